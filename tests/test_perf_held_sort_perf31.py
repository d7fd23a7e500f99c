"""PERF31: the report's in-process timeline sorts its events held as themselves (normalise.HeldEvent), pickled only
when a run spills to disk — where it sorted and unpickled every event's pickle. The timeline it gives is the one the
pickles gave: the same events, in the same order, the same copy of a record kept, whether the sort spilled or not."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest

from dataexam.events import Event, Origin, TimeSource
from dataexam.normalise import (
    HeldEvent,
    MergeStats,
    chronological_encoded,
    held_decode,
    hold_event,
    portable_decode,
    portable_encode,
)

BASE = datetime(2021, 1, 1, tzinfo=UTC)


def _event(i: int, when: datetime | None, key: str, *, kind: str = "notes.note", index: int = 0,
           attrs: dict | None = None, text: str | None = None) -> Event:
    return Event(time=when, time_source=TimeSource.UTC if when else TimeSource.NONE, source="notes", kind=kind,
                 actor="self", text=text if text is not None else f"text {i}", attrs=attrs if attrs is not None else
                 {"n": i}, origin=Origin("a.zip", "notes/a.json", index), key=key)


def _events(seed: int) -> list[Event]:
    rng = random.Random(seed)
    out = []
    for i in range(1500):
        when = None if rng.random() < 0.1 else BASE + timedelta(days=3 * rng.randrange(20))
        # copies of a record at one instant that tie on time, key, kind and copy rank and differ only in their text:
        # the merge keeps the one whose pickle sorts first
        out.append(_event(i, when, f"k{rng.randrange(900)}", index=rng.randrange(3), text=f"t{rng.randrange(4)}"))
    return out


def _timeline(events: list[Event], encode, decode, spill_bytes: int) -> tuple[list[tuple], MergeStats]:
    stats = MergeStats()
    out = [decode(payload, key) for _kind, key, payload in chronological_encoded(events, encode,
                                                                                  spill_bytes=spill_bytes,
                                                                                  stats=stats)]
    return [(e.time, e.key, e.text, e.attrs, e.origin) for e in out], stats


@pytest.mark.parametrize("spill_bytes", [10_000, 16 * 1024 * 1024])
def test_held_events_give_the_timeline_the_pickles_gave(spill_bytes: int) -> None:
    events = _events(3)
    want, want_stats = _timeline(events, portable_encode, portable_decode, spill_bytes)
    got, got_stats = _timeline(events, hold_event, held_decode, spill_bytes)
    assert got == want
    assert got_stats.duplicates == want_stats.duplicates
    # the copies that tie on all but their pickle are many: which one is kept depends on the bytes alone
    ties = {(e.time, e.key, e.origin.index) for e in events if e.time is not None}
    assert len(events) - len(ties) > 100 and len(got) == len(events) - got_stats.duplicates
    if spill_bytes == 10_000:
        assert got_stats.runs_spilled > 20  # held events were pickled into runs and read back
    else:
        assert got_stats.runs_spilled == 0


def test_an_unspilled_event_is_handed_back_itself() -> None:
    event = _event(1, BASE, "k1")
    (_kind, key, payload), = chronological_encoded([event], hold_event)
    assert type(payload) is HeldEvent and held_decode(payload, key) is event


def test_a_held_event_reads_back_as_its_pickle_would() -> None:
    # a time in another offset comes back in UTC; attributes as a plain dict; the key the merge yields (a later
    # copy of a threaded record is numbered)
    event = _event(1, datetime(2021, 1, 1, 3, 0, tzinfo=timezone(timedelta(hours=2))), "k1")
    held = held_decode(hold_event(event), "k1#1")
    pickled = portable_decode(portable_encode(event), "k1#1")
    assert held == pickled
    assert held.time == datetime(2021, 1, 1, 1, 0, tzinfo=UTC) and held.time.tzinfo is UTC and held.key == "k1#1"


def test_held_events_sort_as_their_pickles() -> None:
    a, b = _event(1, BASE, "k", text="zeta"), _event(2, BASE, "k", text="alpha")
    assert (HeldEvent(a) < HeldEvent(b)) == (portable_encode(a) < portable_encode(b))
    assert (HeldEvent(b) < HeldEvent(a)) == (portable_encode(b) < portable_encode(a))
    assert len(HeldEvent(_event(1, BASE, "k", text="x" * 100, attrs={"a": 1, "b": 2}))) == (700 + 200 + 200) // 2
