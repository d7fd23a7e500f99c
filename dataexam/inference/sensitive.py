"""The sensitive gate on what findings quote: no record text of a GDPR Art. 9 category without ``--include-sensitive``.

Findings that rest on *when* a person acted (time zone, sleep, social jetlag, late nights, routine, late-night
buying) quote no record text at all (:meth:`.model.EvidenceItem.pointer`), so this gate matters for the rest.
Findings that are themselves Art. 9 (``Finding.sensitive``: the sensitive-signal inventory, a pregnancy) are
withheld whole by :func:`dataexam.inference.infer`. This module guards the rest: any finding may quote a record
as an example (the time zone's first night-time order, the spending finding's first purchases, a sleep window's
earliest tweet), and the twenty-third pass's tester found a pregnancy test bought at 01:30, prenatal vitamins,
an antidepressant, condoms, a Bible and "Praying at church …" quoted verbatim as evidence of time zone, sleep,
spending and late-night buying, right under the banner "Sensitive findings … are off". :func:`gate` runs once
on every finding the report keeps, so no aggregator has to remember it:

- every evidence item whose text relates to a special category (``categories.special_category`` of the whole
  text, kept on the item as ``EvidenceItem.special``, or of its excerpt) keeps its pointer (export, file,
  record, time, kind) and its place in the counts, but its excerpt becomes :data:`WITHHELD_EXCERPT`;
- so does every record dict of that shape inside a finding's value (impulse buying's ad → order pairs, the
  trust score's per-factor evidence), which hold the items' dict form.

- every evidence item's member path (and every quoted record's) has its Messenger thread folder's name masked
  (:func:`mask_thread_folder`): Facebook names the folder after the thread's title or the other person
  (``messages/archived_threads/hivsupportzq_6800539491/``, a group "HIV support"), and a run-together,
  lower-cased title cannot be read word by word by the keyword gate, so every thread folder is masked, not only
  those a keyword would catch (T25B M4). The id after the last ``_`` stays, so the pointer still finds the folder.

The platforms' own declared interests in special categories are counted, not named, by
:mod:`.platform`, which knows which list they came from.

Purchases in special categories are not counted at all without ``--include-sensitive``: :func:`withheld_purchase`
is the one test, applied once, where the timeline enters the inference (:func:`.engine.run`, in the main process
and in the inference worker alike), so no finding — spending, the home's shipping addresses, the time zone's timed
actions, interests, the inputs' counts — counts a purchase another leaves out. A number that differed between two
findings by the purchases one of them withheld would give their count (the twenty-sixth pass's tester, T26C H3:
"100 % of your 6 orders" beside spending's 1 order). ``scan`` and ``batch`` apply the same test to what they count
(docs/findings.md, "Purchases in special categories").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ..calendars import concentrated
from ..categories import WITHHELD_EXCERPT, is_sensitive, special_excerpt
from ..events import Event
from .engine import categories_of
from .model import EvidenceItem, Finding

# the keys of EvidenceItem.to_dict(): a dict holding all of them inside a value is a quoted record
_ITEM_KEYS = frozenset({"archive", "member", "index", "kind", "excerpt"})


#: what a Messenger thread folder's name becomes in a member path without --include-sensitive
THREAD_MASK = "<thread>"

# A Messenger thread folder: the segment after ``messages/`` (2018: ``messages/<title>_<id>/``) or after one of
# its sorting folders (``messages/inbox/<title>_<id>/`` since 2019, under ``your_activity_across_facebook/`` in
# 2022-23 and ``your_facebook_activity/`` since 2024; formats.md "Messenger"), followed by the thread's files
# (``message_N.json``) or media folders (``photos/``, ``files/`` …). A file directly under ``messages/`` or a
# sorting folder (``messages/autofill_information.json``) is no thread.
_SORTING = ("inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover")
_THREAD_FOLDER = re.compile(r"(?:^|(?<=/))messages/(?:(?:" + "|".join(_SORTING) + r")/)?(?P<folder>[^/]+)/")
# Facebook's own folders beside the threads in the 2018 layout: not named after anyone
_NOT_THREADS = frozenset({*_SORTING, "stickers_used", "photos", "gifs", "videos", "audio", "files",
                          "message_requests", "secret_conversations"})
_THREAD_ID = re.compile(r"_(?P<id>[A-Za-z0-9-]*\d[A-Za-z0-9-]*)$")


#: the purchase records a report without ``--include-sensitive`` leaves out when their text is special
#: (:func:`withheld_purchase`): every kind a finding counts as a purchase, a purchase's reversal or its payment —
#: retail items and the old report's shipments, refunds, returns, replacements, digital orders and their returns,
#: instalment plans, subscriptions and Audible charges (docs/kinds.md)
PURCHASE_KINDS = frozenset({
    "amazon.order_item", "amazon.shipment", "amazon.refund", "amazon.return", "amazon.replacement_order",
    "amazon.digital_order", "amazon.digital_return", "amazon.payment_plan", "amazon.subscription",
    "amazon.audible_billing",
})


def special_record(event: Event) -> bool:
    """Whether ``event``'s text matches a sensitive (Art. 9) category of the keyword map (:func:`.engine.categories_of`
    of the whole text): the trust score's test at its door, and :func:`withheld_purchase`'s."""
    return any(is_sensitive(c) for c in categories_of(event.text))


def withheld_purchase(event: Event) -> bool:
    """Whether a report without ``--include-sensitive`` leaves ``event`` out of everything it counts: a record of
    :data:`PURCHASE_KINDS` whose text is special (module text). The one predicate: :func:`dataexam.inference.infer`
    hands it to :func:`.engine.run`; ``scan`` and ``batch`` use it for their counts."""
    return event.kind in PURCHASE_KINDS and special_record(event)


def mask_thread_folder(member: str) -> str:
    """``member`` (an archive member path) with a Messenger thread folder's name replaced by :data:`THREAD_MASK`,
    keeping the id after its last ``_`` when that holds a digit (``…/inbox/hivsupportzq_6800539491/message_1.json``
    → ``…/inbox/<thread>_6800539491/message_1.json``); other paths unchanged."""
    match = _THREAD_FOLDER.search(member)
    if match is None or match["folder"] in _NOT_THREADS or match["folder"].startswith(THREAD_MASK):
        return member
    folder = match["folder"]
    tail = _THREAD_ID.search(folder)
    masked = THREAD_MASK + (f"_{tail['id']}" if tail else "")
    return member[:match.start("folder")] + masked + member[match.end("folder"):]


def _gate_member(item: EvidenceItem) -> EvidenceItem:
    member = mask_thread_folder(item.member)
    return item if member == item.member else replace(item, member=member)


def withheld_item(item: EvidenceItem) -> bool:
    """True when ``item``'s excerpt must not be shown without ``--include-sensitive``."""
    return item.excerpt is not None and item.excerpt != WITHHELD_EXCERPT and bool(
        item.special or special_excerpt(item.excerpt))


def gate_item(item: EvidenceItem) -> EvidenceItem:
    """``item`` with its excerpt withheld when it relates to a special category and its thread folder masked
    (:func:`mask_thread_folder`), else ``item`` itself."""
    return _gate_member(replace(item, excerpt=WITHHELD_EXCERPT) if withheld_item(item) else item)


def _gate_value(node: Any) -> Any:
    """A finding's value with the excerpt of every quoted record (a dict of an evidence item's keys) that
    relates to a special category withheld; other values unchanged (a new container only where one changed)."""
    if isinstance(node, dict):
        if _ITEM_KEYS <= node.keys():
            out = node
            if isinstance(node.get("excerpt"), str) and node["excerpt"] != WITHHELD_EXCERPT and \
                    special_excerpt(node["excerpt"]):
                out = {**out, "excerpt": WITHHELD_EXCERPT}
            if isinstance(node.get("member"), str) and mask_thread_folder(node["member"]) != node["member"]:
                out = {**out, "member": mask_thread_folder(node["member"])}
            return out
        out = {k: _gate_value(v) for k, v in node.items()}
        return node if all(out[k] is v for k, v in node.items()) else out
    if isinstance(node, list):
        items = [_gate_value(v) for v in node]
        return node if all(a is b for a, b in zip(items, node)) else items
    if isinstance(node, EvidenceItem):
        return gate_item(node)
    return node


def gate(finding: Finding) -> int:
    """Withhold, in place, every excerpt of ``finding`` that relates to a special category (evidence items and
    records quoted inside its value); returns how many evidence items were withheld."""
    items = finding.evidence.items
    withheld = 0
    for i, item in enumerate(items):
        if withheld_item(item):
            item = replace(item, excerpt=WITHHELD_EXCERPT)
            withheld += 1
        items[i] = _gate_member(item)
    finding.value = _gate_value(finding.value)
    return withheld


#: the caveat of a finding whose dates are withheld (:func:`gate_dates`): nothing on why beyond this
# Said on every late-nights and sleep finding without --include-sensitive, whether or not a date was withheld: a note
# (or a field) present only where the calendar test fired told the practice itself, and `findings.parquet` carried it
# as a per-person flag (T27D H1)
DATES_WITHHELD_NOTE = ("Dates that fall in a religious calendar period are not listed without --include-sensitive "
                       "(special categories); their number is.")


def _day(iso: Any) -> date | None:
    try:
        return date.fromisoformat(str(iso)[:10])
    except ValueError:
        return None


def _month(ym: Any, last: bool) -> date | None:
    """"2023-03" → its first (or ``last``) day."""
    d = _day(f"{ym}-01")
    if d is None or not last:
        return d
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def dated_spans(finding: Finding) -> list[tuple[date, date]]:
    """The dated items of ``finding``'s value that :func:`gate_dates` reads, as day spans: the late nights'
    ``dates`` (one day each) and ``broken_spans`` (months), the sleep finding's ``shift_periods``."""
    v = finding.value if isinstance(finding.value, dict) else {}
    spans: list[tuple[date, date]] = []
    if finding.id == "late_nights":
        spans += [(d, d) for d in map(_day, v.get("dates") or []) if d is not None]
        for sp in v.get("broken_spans") or []:
            if isinstance(sp, dict) and (a := _month(sp.get("from"), False)) and (b := _month(sp.get("to"), True)):
                spans.append((a, b))
    elif finding.id == "sleep":
        for sp in v.get("shift_periods") or []:
            if isinstance(sp, dict) and (a := _day(sp.get("from"))) and (b := _day(sp.get("to"))):
                spans.append((a, b))
    return spans


_BROKEN_SAID = re.compile(r"; broken nights .*?(?=; [\d.]+% of activity falls)")
_BROKEN_CAVEAT = "Your nights were broken (records inside this window) on "


def gate_all_dates(findings: list[Finding]) -> list[str]:
    """:func:`gate_dates` on every finding; where the late nights' dates are withheld, the sleep finding's caveat
    that names their months of broken nights says it without them. Returns the ids withheld."""
    for f in findings:
        if f.id in ("late_nights", "sleep"):
            f.caveats = [*f.caveats, DATES_WITHHELD_NOTE]
        if f.id == "late_nights" and isinstance(f.value, dict):  # the number, whether or not the dates are listed
            f.value = {**f.value, "listed": len(f.value.get("dates") or [])}
        if f.id == "sleep" and isinstance(f.value, dict):  # the shift nights' number, likewise (T27E H1)
            f.value = {**f.value, "shift_nights": sum(int(sp.get("nights") or 0) for sp in
                                                      f.value.get("shift_periods") or [] if isinstance(sp, dict))}
    # the night activity of every finding read together (T27D H2: a 2023 Ramadan in the sleep finding's shift
    # nights and a 2024 one in the late nights were each one year, under the test's two; H5: late-night orders)
    together = concentrated([span for f in findings for span in [*dated_spans(f), *_night_order_spans(f)]]).follows
    withheld = [f.id for f in findings if gate_dates(f, force=together)]
    if together:
        # the same records dated elsewhere: the late-night orders, the time zone's examples (T27D H5, M1), and any
        # finding's example on one of the withheld nights (T27E M4: the interests quoted a late-night order's time)
        days = {d for f in findings for a, b in [*dated_spans(f), *_night_order_spans(f)] for d in _days(a, b)}
        for f in findings:
            if f.id in _DATED_EVIDENCE and f.evidence.items:
                f.evidence.items = [replace(i, time=None) for i in f.evidence.items]
                withheld.append(f.id)
            elif any(_night_of(i.time) in days for i in f.evidence.items):
                f.evidence.items = [replace(i, time=None) if _night_of(i.time) in days else i
                                    for i in f.evidence.items]
    if "late_nights" in withheld:
        for f in findings:
            if f.id == "sleep":
                f.caveats = [c if not c.startswith(_BROKEN_CAVEAT) else
                             "Your nights were broken (records inside this window) in some months: the window is "
                             "the one the rest of your history keeps; those nights are listed under late nights."
                             for c in f.caveats]
    return withheld


#: findings whose evidence dates the night activity that :func:`gate_all_dates` reads
_DATED_EVIDENCE = ("impulse_buying", "timezone", "routine", "social_jetlag")


def _days(first: date, last: date) -> list[date]:
    """Every day from ``first`` to ``last``, and the day after each (a night's records run past midnight)."""
    n = min((last - first).days, 400)
    return [first + timedelta(days=k) for k in range(n + 2)]


def _night_of(time: str | None) -> date | None:
    """The UTC day of an evidence item's time, or None."""
    return _day((time or "")[:10]) if time else None


def _night_order_spans(finding: Finding) -> list[tuple[date, date]]:
    """The impulse-buying finding's evidence (its late-night orders), as days."""
    if finding.id != "impulse_buying":
        return []
    return [(d, d) for d in (_day((i.time or "")[:10]) for i in finding.evidence.items) if d is not None]


def gate_dates(finding: Finding, force: bool = False) -> bool:
    """Withhold, in place, the dates of ``finding`` when they follow a religious calendar period
    (:func:`dataexam.calendars.concentrated` of :func:`dated_spans`: T27B M5, three years of late nights inside
    Ramadan tell the practice). The counts stay (late nights: ``listed``, the number of nights; sleep: the shift
    nights' total in ``shift_nights``); the dates go — the late nights' ``dates`` and ``broken_spans``, the sleep
    finding's ``shift_periods`` and the sentences that name them —, every evidence item's ``time`` with them
    (the records still found by export, file and index), and the caveat :data:`DATES_WITHHELD_NOTE` says only
    that. True when it withheld."""
    if not dated_spans(finding) or not (force or concentrated(dated_spans(finding)).follows):
        return False
    v = dict(finding.value)
    if finding.id == "late_nights":
        v["listed"] = len(v.get("dates") or [])
        v["dates"] = []
        v["broken_spans"] = []
        # the summary's "; broken nights Apr 2022 (28 nights, 93% of them) …" (clock.set_late_nights)
        finding.summary = _BROKEN_SAID.sub("", finding.summary)
    elif finding.id == "sleep":
        v["shift_nights"] = sum(int(sp.get("nights") or 0) for sp in v.get("shift_periods") or []
                                if isinstance(sp, dict))
        v["shift_periods"] = None  # as for a person with none (clock: `shift_periods or None`)
        # the summary's "; on the shift nights from <date> to <date>, asleep …" and the caveat naming the periods
        finding.summary = finding.summary.split("; on the shift nights from ")[0].rstrip(".") + "."
        finding.caveats = [c if not c.startswith("Your nights were on other hours from ") else
                           "Some of your nights were on other hours, with your usual place: night or shift work; "
                           "they are read apart, and those awake inside your usual window are listed as late nights."
                           for c in finding.caveats]
    finding.value = v
    finding.evidence.items = [replace(i, time=None) for i in finding.evidence.items]
    return True


__all__ = ["DATES_WITHHELD_NOTE", "PURCHASE_KINDS", "THREAD_MASK", "WITHHELD_EXCERPT", "dated_spans", "gate",
           "gate_all_dates", "gate_dates", "gate_item", "mask_thread_folder",
           "special_record", "withheld_item", "withheld_purchase"]
