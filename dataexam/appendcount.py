"""Which of a run's numbered records ``--append`` adds to a SQLite database (records of threaded kinds).

A Messenger message's key says who the chat is with, the side, the second and the words, never which thread
of a download it was read from; the merge numbers the distinct records sharing a key ``<key>#n`` in time order
(:func:`dataexam.normalise._dedup_window`). Those ordinals are made *per run*: a run that sees only part of
the records sharing a key (``--since``/``--until`` cutting their second, or a download lacking a chat)
numbers them otherwise than a run that sees them all. Matching an appended record by its key alone then lost
one of two equal messages and doubled another (the twenty-sixth pass's final tester, T26C H1: "Happy new
year!" to Ola Berg at .300 and to Ola Smith at .500 of one second; ``--until .400`` then ``--append --since
.400`` kept 7 of 8 messages).

So for these kinds an append counts instead of matching keys. The rule, per key without its ordinal (the
*base* key) and account:

* The run's records of a base key are the truth for the time span the run covers (its ``--since``/``--until``
  window, all time without them): as many distinct records as the place holding most of them holds, each at
  its instant — the merge's count (a download that overlaps an earlier one holds the earlier copies too; a
  second download of the same chats is the same records again, not more).
* The database's rows of that base key inside the same span are what it already knows of that span.
  A run's record at the instant (millisecond) of such a row — of the same sender where one is, else any — is
  that row again; of the rest, the run adds
  as many as it holds more than the database does (``max(0, run − database)``), the earliest first. So
  the database ends with as many records of the key in that span as the run or the earlier runs showed,
  whichever is more — the count one run over all the downloads gives — whatever the cut and order of runs.
* An added record keeps the run's key where the database has no row with it, else takes the lowest free
  ordinal (``<key>``, ``<key>#1``, …): keys stay distinct, rows already there are never rewritten, so a
  record's ordinal in an appended database can differ from the one a single run gives it (the set of
  records is the same).

Limit (exact where no window bound falls inside a second): a database row's instant is compared as written. An
early-2018 download gives seconds only, every row at ``.000``, where its messages were in truth anywhere in that
second. A later run whose ``--since``/``--until`` falls *inside* such a second (``…:00.400Z``) and that holds
records of the same key in it then meets those rows on the wrong side of its bound:

* ``--since S.400``: the rows at ``S.000`` are outside the window, so every record the run holds of the key in
  ``[S.400, S+1)`` is added although the database already holds it — one record twice per such message (the
  twenty-seventh pass's APPEND: 7 rows against 6 for one run);
* ``--until S.400``: the rows at ``S.000`` are all inside the window and count for its records in
  ``[S.000, S.400)``; where the 2018 download lacked a message before the cut but held an equal one after it,
  the earlier message is not added (and a later ``--since S.400`` run adds the later one again).

It cannot be made exact: the download does not say which of its equal rows of the second lie before the cut, and
either choice is wrong for some pair of downloads (one holding both messages, one lacking a chat). Bounds on a
whole second (``--since 2018-04-15T05:20:01Z``), or appending a download whole, meet no such second and are exact
(``tests/test_append_count.py``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

#: between a record's key and its ordinal (:data:`dataexam.normalise.ORDINAL_MARK`; kept here to stay import-light)
ORDINAL_MARK = "#"


def base_key(key: str) -> str:
    """``key`` without its ordinal: ``"facebook.message:3a…#2"`` → ``"facebook.message:3a…"``; a key
    without one is returned as it is."""
    head, mark, tail = key.rpartition(ORDINAL_MARK)
    return head if mark and tail.isdigit() else key


def key_range(base: str) -> tuple[str, str]:
    """``(low, high)`` bounds of the keys ``<base>#n`` in text order (``low <= key < high``), for an indexed
    ``BETWEEN``-style lookup: ``#`` is U+0023, ``$`` the next code point."""
    return base + ORDINAL_MARK, base + "$"


def in_window(time: str | None, since: str | None, until: str | None) -> bool:
    """Whether ``time`` (``format_time_ms`` text, whose text order is time order) is inside
    ``[since, until)``; ``None`` bounds are open; an undated row is outside any bounded window."""
    if since is None and until is None:
        return True
    if time is None:
        return False
    return (since is None or time >= since) and (until is None or time < until)


def new_keys(run: Sequence[tuple[str, str, str | None]], held: Sequence[tuple[str, str | None, str | None]],
             used: set[str], since: str | None = None, until: str | None = None) -> list[str | None]:
    """Which of a run's records of one base key and account the database lacks, and their keys.

    ``run``: the run's records of the base key as ``(time, key, actor)``, in time order (times as
    ``format_time_ms`` text); ``held``: the database's rows of that base key and account as ``(key, time,
    actor)``; ``used``: every key of that base the database's rows of the account hold (updated with the keys
    given out); ``since``/``until``: the run's window (text, ``None`` open). Returns, per run record,
    ``None`` (already there) or the key it is added with (see the module's rule).

    A row is matched to a record at its instant, first where the actor is the same too (the same words from
    Ola Berg and from Ola Smith at one millisecond are two records, the row of one is not the other's), then
    at the instant alone (a friend renamed between downloads)."""
    inside = [(time, actor) for _key, time, actor in held if in_window(time, since, until)]
    room = len(run) - len(inside)
    both = Counter(inside)
    there = [False] * len(run)
    for i, (time, _key, actor) in enumerate(run):
        if both[(time, actor)] > 0:
            both[(time, actor)] -= 1
            there[i] = True
    instants = Counter[str | None]()
    for (time, _actor), n in both.items():
        instants[time] += n
    for i, (time, _key, _actor) in enumerate(run):
        if not there[i] and instants[time] > 0:
            instants[time] -= 1
            there[i] = True
    out: list[str | None] = []
    base = base_key(run[0][1]) if run else ""
    for (_time, key, _actor), found in zip(run, there, strict=True):
        if found or room <= 0:
            out.append(None)
            continue
        room -= 1
        if key in used:
            key = next(k for k in _ordinals(base) if k not in used)
        used.add(key)
        out.append(key)
    return out


def _ordinals(base: str) -> Iterator[str]:
    yield base
    n = 1
    while True:
        yield f"{base}{ORDINAL_MARK}{n}"
        n += 1
