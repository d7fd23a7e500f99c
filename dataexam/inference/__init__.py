"""Inference: what the unified timeline reveals, each finding with its evidence and its limits.

``infer(events)`` makes one streaming pass over a chronological, de-duplicated timeline
(``dataexam.api.timeline``) with aggregators that keep bounded state, then finishes them in
dependency order (languages before the time zone's prior; time zone before anything that needs
local time; interests before the platform comparison). Each aggregator's state is dropped as soon
as it and every later reader of it have finished, and the heavy reference data sets (langdetect's
profiles in ``text``, babel and geonames in ``clock``'s zone prior, the gazetteer in ``place``) are
used one finish step after another, the first released before the next is loaded.
``dataexam.report.render`` turns the :class:`Report` into text, JSON or
Markdown. Finding ids and the shape of each ``value`` are documented in docs/findings.md.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..events import Event
    from .engine import Aggregator
    from .model import Report
    from .offload import Offload

#: the names this package re-exports from its modules (PERF26: imported on first use, not with the package — the
#: timeline of an Amazon export imports :mod:`.gazetteer` for its towns, and the package's aggregators, their regular
#: expressions and word lists (special_terms, text, textrules: ≈0.2 s of CPU) came with it, unused)
_EXPORTS = {"BANNER": "trust", "SET_ASIDE_NOTE": "trust", "REPORT_SCHEMA": "model", "Confidence": "model",
            "Evidence": "model", "EvidenceItem": "model", "Finding": "model", "LiteratureCard": "model",
            "Report": "model", "NOT_ATTEMPTED": "literature", "PlaceEvidence": "zoneprior"}


def __getattr__(name: str) -> Any:
    """A re-exported name (:data:`_EXPORTS`) or a module of this package, imported on first use (PEP 562)."""
    module = _EXPORTS.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value
    if not name.startswith("__"):
        try:
            return importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# The order findings appear in, and the stable ids (docs/findings.md).
FINDING_IDS = (
    "timezone", "sleep", "social_jetlag", "late_nights", "routine",
    "home", "work_location", "trips", "devices",
    "languages", "mood", "topics", "writing_style",
    "interests", "sensitive_signals", "life_events", "household",
    "spending", "impulse_buying", "financial_stress",
    "social_circle", "platform_vs_derived", "trust_score",
)


def _aggregators() -> list[Aggregator]:
    # Finish order matters: zone_place (place evidence: IPs, shipping regions, phones, declared places)
    # is read by clock for the zone prior, clock sets the zone that place, money and trust use,
    # interests feed platform.
    # social and trust share one pass over the DMs: trust, which screens each at its door, feeds both (issue 16)
    from . import automation
    from .clock import ClockAggregator
    from .interests import InterestAggregator
    from .money import MoneyAggregator
    from .place import PlaceAggregator
    from .platform import PlatformAggregator
    from .social import SocialAggregator
    from .text import TextAggregator
    from .trust import TrustAggregator
    from .zoneprior import PlaceEvidence

    social = SocialAggregator()
    return [automation.AutomationAggregator(),
            PlaceAggregator(), PlaceEvidence(), ClockAggregator(), TextAggregator(), InterestAggregator(),
            MoneyAggregator(),
            social, PlatformAggregator(), TrustAggregator(social)]


# text first: its languages finding feeds clock's zone prior (zoneprior._language_shares), so
# langdetect's profiles are loaded once, for text's sample, and released before clock loads its
# reference data (text reads nothing from the Context).
FINISH_ORDER = ("automation", "zone_place", "text",
                "clock", "place", "interests", "money", "social", "platform", "trust")
# Aggregators whose state a later finish reads through ``Context.aggregators``: kept until that reader
# has finished (clock builds its prior from zone_place and text; platform compares with interests).
READERS: dict[str, tuple[str, ...]] = {"zone_place": ("clock",), "text": ("clock",), "interests": ("platform",)}


# the findings whose figures count purchases: without --include-sensitive each says that purchases in special
# categories are left out (trust.SET_ASIDE_NOTE), never how many
PURCHASE_FINDINGS = frozenset({"spending", "impulse_buying", "financial_stress", "trust_score"})


def _release(aggregator: Aggregator) -> None:
    """Drop a finished aggregator's state (its findings are in the Context): per-day bins, samples and
    evidence of one aggregator are not kept while the next ones finish."""
    aggregator.__dict__.clear()


def infer(events: Iterable[Event], *, include_sensitive: bool = False, now: datetime | None = None,
          offload: Offload | None = None,
          downloads: Callable[[], tuple[Mapping[str, int] | None, Mapping[str, str]] | None] | None = None) -> Report:
    """One streaming pass over the (chronological, de-duplicated) timeline; bounded memory.

    Sensitive (GDPR Art. 9) findings are left out unless ``include_sensitive`` is true; the report
    then lists their ids under ``withheld_sensitive``, and the findings kept quote no record text of a
    special category (:func:`.sensitive.gate` says such an excerpt is withheld). ``now`` fixes
    ``generated_at`` (tests).
    With ``offload`` (:mod:`.offload`), the aggregators it names consume in its worker process
    (the caller forwards their events while ``events`` is read) and are finished here as usual.
    ``downloads``, called once ``events`` is read: (``origin.archive`` → how new its download is,
    :func:`dataexam.api.download_order`, ``None`` for one download per source; ``origin.archive`` → the day it was
    made, :func:`dataexam.api.download_dates`) or ``None`` (``RunStats.downloads``, set as the timeline starts):
    snapshot lists (friends, followers, the platform's inferences) count from the newest download of each source.
    """
    from . import automation, sensitive
    from .engine import Context, InputStats, run
    from .exit_caveats import say_exits
    from .homeclock import adopt_home_zone
    from .literature import NOT_ATTEMPTED
    from .model import Finding, Report
    from .moves import home_countries, undate_trips_near_move
    from .proxies import set_aside_exits
    from .tripnights import doubt_nights_after_clock_change, set_aside_trip_nights
    from .trust import SET_ASIDE_NOTE

    stats = InputStats()
    aggregators = _aggregators()
    # purchases in special categories are left out of the whole default report where it reads the timeline, so that
    # no figure counts a purchase another leaves out (sensitive module text; ART9 fault 2, T26C H3)
    withhold = None if include_sensitive else sensitive.withheld_purchase
    if offload is None:
        run(events, aggregators, stats, withhold)
    else:
        offload.withhold = withhold
        run(events, [a for a in aggregators if a.name not in offload.names], stats, withhold)
        remote = offload.result()
        aggregators = [remote.get(a.name, a) for a in aggregators]
    by_name = {a.name: a for a in aggregators}
    ctx = Context(include_sensitive=include_sensitive, aggregators=by_name)
    read = downloads() if downloads is not None else None
    if read is not None:
        ctx.download_rank = dict(read[0] or {})
        ctx.download_day = dict(read[1])
    stats.finish(ctx)
    ctx.sources = frozenset(stats.sources)
    # logins through a VPN or proxy exit that switches with home within hours, farther than travel allows, are no
    # place the person was: set aside before the clock and the home read the logins (CLOCKSA, M1/M2)
    set_aside_exits(ctx)
    findings: list[Finding] = []
    done: set[str] = set()
    for name in FINISH_ORDER:
        for finding in by_name[name].finish(ctx):
            ctx.findings[finding.id] = finding
            findings.append(finding)
        if name == "place":  # the trips are known now: their nights are travel, not late nights
            set_aside_trip_nights(ctx)
            # a clock change beside a place on another clock: a move the zone did not read (T32A M5)
            doubt_nights_after_clock_change(ctx)
            # no clock in the activity: the money findings read the home's (T26A M3)
            adopt_home_zone(ctx)
            # the logins set aside as a VPN or proxy exit, said where the home and the clock are (CLOCKSA)
            say_exits(ctx)
            ctx.clock_days = None  # the weekend gate's (place's) copy of the released clock's days
            ctx.activity_fits = None  # the exits' readers' scores of those days
        done.add(name)
        for other in [name, *(n for n, readers in READERS.items() if name in readers)]:
            if other in done and all(r in done for r in READERS.get(other, ())):
                _release(by_name[other])
    # a feed's posts read as a person's: the findings that read a person say so (T27B L4)
    automation.mark(findings, ctx.automation)
    withheld = []
    if not include_sensitive:
        withheld.append("sensitive_signals")
        # the report's night gate: its days near a switch the time zone undated (NightGate.near_move, EXAMPLE60)
        night_gate = sensitive.NightGate.of(ctx)
        kept = []
        for f in findings:
            if f.sensitive:
                withheld.append(f.id)
            else:
                # the one gate on what the kept findings quote: no record text of an Art. 9 category
                sensitive.gate(f, ctx.zone, night_gate)
                if f.id in PURCHASE_FINDINGS and f.value is not None:
                    f.caveats = [*f.caveats, SET_ASIDE_NOTE]  # said whether or not any was set aside
                kept.append(f)
        findings = kept
        # no calendar date of night-time activity, for anyone: a night's date can tell a religious practice
        # (late nights in Ramadan: T27B M5), and withholding it for the people a calendar test caught told it too
        # … nor, by day, of the records within a week of a switch the time-zone finding undated (EXAMPLE60)
        sensitive.withhold_night_dates(findings, ctx.zone, night_gate)
        for f in findings:
            if f.id == "trips":  # … nor a trip's days there (by their months)
                home = ctx.findings.get("home")
                undate_trips_near_move(f, night_gate, home_countries(home.value if home is not None else None))
    order = {fid: i for i, fid in enumerate(FINDING_IDS)}
    findings.sort(key=lambda f: order.get(f.id, len(order)))
    stats.zone = ctx.zone  # the first / last records on the home's calendar (AMZ55: events.Bounds)
    inputs = stats.summary()
    # the first and last records' instants as every night-time record is given (T28D M2: a night record whose date
    # the examples withheld was dated here); unchanged with --include-sensitive
    gate = sensitive.NightGate.of(ctx)
    # a date-only bound (an old Amazon report's order day) is its ISO day, flagged beside it (``first_date_only``:
    # the one shape of every such bound, NightGate.instant)
    for key, when in zip(("first", "last"), stats.bounds, strict=True):
        inputs[key] = gate.instant(when, ctx.zone)
        # (a date-only bound near an undated switch is said by its month: no day, so not flagged one)
        inputs[f"{key}_date_only"] = gate.date_only(when) and not str(inputs[key]).startswith(sensitive.TIME_WITHHELD)
        # the bound's day on the home's calendar, the clock the evidence lines are read on (BOUND56: a Los Angeles
        # post at 20:00 on 31 Dec was a Period from "1 Jan", its UTC day); None where the instant is withheld
        inputs[f"{key}_day"] = gate.home_day(when, ctx.zone)
    # which calendar those days are on: the time-zone finding's clock, or UTC where none was found
    inputs["days_on"] = ctx.clock_label
    # an archive's span is no special-category fact: a withheld bound keeps its month (local, on the person's clock),
    # as every other night-time date's sentence does (T32A: a night worker's Period was two weekdays and hours)
    for key, when in zip(("first", "last"), stats.bounds, strict=True):
        said = inputs.get(key)
        if when is not None and isinstance(said, str) and said.startswith(sensitive.TIME_WITHHELD):
            t = when.t
            inputs[f"{key}_month"] = (t.astimezone(ctx.zone) if ctx.zone is not None else t).strftime("%Y-%m")
    return Report(generated_at=now or datetime.now(UTC), inputs=inputs, findings=findings,
                  include_sensitive=include_sensitive, withheld_sensitive=withheld,
                  not_attempted=list(NOT_ATTEMPTED), clock=ctx.zone)


__all__ = [
    "BANNER", "FINDING_IDS", "REPORT_SCHEMA", "Confidence", "Evidence", "EvidenceItem", "Finding",
    "LiteratureCard", "Report", "infer",
]
