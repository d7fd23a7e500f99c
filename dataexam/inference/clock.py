"""Activity clocks: time zone, sleep and chronotype, social jetlag, late nights, weekly routine.

State: per UTC day, a 96-bin (15-minute) histogram of the person's own timed actions, plus the
first record seen in each busy bin (for evidence). That is a per-day summary: it grows with the
number of days covered, never with the number of records.
"""

from __future__ import annotations

import importlib.resources
import itertools
import random
from array import array
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from operator import mul
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..events import Event
from . import literature
from .engine import (
    ACTIVITY_KINDS,
    BOOTSTRAP_RESAMPLES,
    BOOTSTRAP_SEED,
    QUARTERS,
    Aggregator,
    Context,
    bootstrap_weights,
    is_activity,
    quarter_of,
)
from .model import Confidence, Evidence, EvidenceItem, Finding, confidence_from_agreement

NIGHT = range(4, 24)  # local quarter-hours 01:00–06:00
SHOULDER = (*range(0, 4), *range(24, 28))  # 00:00–01:00 and 06:00–07:00, the tie-breaker
SHOULDER_WEIGHT = 0.25
MIN_TZ_EVENTS = 100
MIN_TZ_DAYS = 14
UNIFORM_NIGHT_SHARE = len(NIGHT) / QUARTERS
MIN_SLEEP_NIGHTS = 14  # below: insufficient
LOW_SLEEP_NIGHTS = 30  # below: low at best (inference.md §5 #2)
NIGHT_MIN_EVENTS = 5
QUIET_FRACTION = 0.10  # a bin is "quiet" below 10% of the mean bin count
QUIET_NIGHT_SHARE = 0.05
LATE_MIN_RECORDS = 2
LATE_MARGIN_START = 2  # quarter-hours kept clear after the window opens (bedtime is a sharp edge) …
LATE_MARGIN_END = 4  # … and before it closes (mornings are sparse, so waking is a soft edge)
MIN_SLEEP_BINS = 12  # a sleep window lasts at least 3 h …
MAX_SLEEP_BINS = 56  # … and at most 14 h
TZ_BOOTSTRAP_GROUPS = 8
SAMPLE_DAYS = 14  # zone offsets are sampled fortnightly; days between differing samples are checked one by one
NEAR_BEST = 0.25  # relative margin within which the login country breaks ties
NEAR_BEST_ABS = 0.01  # … plus one percentage point of workday-night activity


@lru_cache(maxsize=1)
def zone_countries() -> dict[str, str]:
    """IANA zone → ISO country, from tzdata's zone.tab (falls back to the OS copy)."""
    text = None
    try:
        text = importlib.resources.files("tzdata").joinpath("zoneinfo/zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        for path in ("/usr/share/zoneinfo/zone.tab",):
            try:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
                break
            except OSError:
                continue
    out: dict[str, str] = {}
    for line in (text or "").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            out[parts[2]] = parts[0]
    return out


def _fmt_hours(h: float) -> str:
    h %= 24
    total = round(h * 60)
    return f"{total // 60 % 24:02d}:{total % 60:02d}"


def _fmt_offset(quarters: int) -> str:
    sign = "+" if quarters >= 0 else "-"
    q = abs(quarters)
    return f"UTC{sign}{q // 4:02d}:{q % 4 * 15:02d}"


def _window_sum(cum: list[int], start: int, length: int) -> int:
    """Sum of a circular 96-bin histogram over [start, start+length), from its prefix sums."""
    start %= QUARTERS
    end = start + length
    if end <= QUARTERS:
        return cum[end] - cum[start]
    return cum[QUARTERS] - cum[start] + cum[end - QUARTERS]



def longest_run(flags: Sequence[bool], offset: int = 0) -> tuple[int, int] | None:
    """The first longest run of true flags as ``(start, end)`` (end exclusive, plus ``offset``)."""
    best: tuple[int, int] | None = None
    start: int | None = None
    for i, flag in enumerate([*flags, False]):  # a closing False ends a run at the last position
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    return None if best is None else (best[0] + offset, best[1] + offset)

class _ZoneGroup:
    """Zones (or one fixed offset) with the same UTC offset on every sampled day of the data."""

    __slots__ = ("day_offsets", "name", "score", "segments", "standard", "tz", "zones")

    def __init__(self, name: str, tz: tzinfo) -> None:
        self.name = name
        self.tz = tz
        self.zones: list[str] = []
        self.day_offsets: list[int] = []
        self.segments: list[tuple[int, int, int]] = []  # (offset, first day index, end index)
        self.score = 1.0
        self.standard = 0


def _offset_q(tz: tzinfo, day: date) -> int:
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    off = noon.astimezone(tz).utcoffset() or timedelta(0)
    return round(off.total_seconds() / 900)


class ClockAggregator(Aggregator):
    """Time zone, sleep, social jetlag, late nights and routine from own-action timestamps."""

    name = "clock"
    kinds = ACTIVITY_KINDS | {"facebook.location", "twitter.account"}

    def __init__(self) -> None:
        self.days: dict[date, array] = {}
        self.first_ev: dict[date, dict[int, EvidenceItem]] = defaultdict(dict)
        self.total = 0
        self.declared_zones: Counter[str] = Counter()

    def consume(self, event: Event) -> None:
        if event.kind in ("facebook.location", "twitter.account"):
            # timezone.json (FB) and account-timezone.js (X) declare a zone; it is the platform's word.
            for key in ("timezone", "time_zone", "timeZone"):
                value = event.attrs.get(key)
                if isinstance(value, str) and value:
                    self.declared_zones[value] += 1
            return
        if not is_activity(event):
            return
        t = event.time.astimezone(UTC)  # type: ignore[union-attr]
        d = t.date()
        q = quarter_of(t)
        hist = self.days.get(d)
        if hist is None:
            hist = self.days[d] = array("I", bytes(4 * QUARTERS))
        hist[q] += 1
        self.total += 1
        bins = self.first_ev[d]
        if q not in bins:
            bins[q] = EvidenceItem.of(event)

    # -- time zone ---------------------------------------------------------------------------------
    def _groups(self, days: list[date]) -> list[_ZoneGroup]:
        first, last = days[0], days[-1]
        samples = [first + timedelta(days=i) for i in range(0, (last - first).days + 1, SAMPLE_DAYS)] + [last]
        groups: dict[tuple[int, ...], _ZoneGroup] = {}
        for q in range(-48, 57):  # fixed offsets on the 15-minute grid, UTC−12 … UTC+14
            tz = timezone(timedelta(minutes=15 * q))
            groups.setdefault((q,) * len(samples), _ZoneGroup(_fmt_offset(q), tz))
        for zone_name in sorted(zone_countries()):
            try:
                tz = ZoneInfo(zone_name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
            sig = tuple(_offset_q(tz, s) for s in samples)
            group = groups.get(sig)
            if group is None:
                group = groups[sig] = _ZoneGroup(zone_name, tz)
            group.zones.append(zone_name)
        out = []
        sample_idx = [(d - first).days // SAMPLE_DAYS for d in days]
        for sig, group in groups.items():
            if min(sig) == max(sig):
                offsets = [sig[0]] * len(days)
            else:
                tz = group.tz
                offsets = [sig[i] if sig[i] == sig[i + 1] else _offset_q(tz, d) for i, d in zip(sample_idx, days)]
            group.day_offsets = offsets
            segs: list[tuple[int, int, int]] = []
            for idx, o in enumerate(offsets):
                if segs and segs[-1][0] == o:
                    segs[-1] = (o, segs[-1][1], idx + 1)
                else:
                    segs.append((o, idx, idx + 1))
            group.segments = segs
            recent = [o for d, o in zip(days, offsets) if (last - d).days <= 365] or offsets
            group.standard = min(recent)
            out.append(group)
        return out

    def _timezone(self, ctx: Context) -> tuple[Finding, _ZoneGroup | None, list[date]]:
        days = sorted(self.days)
        meta = {
            "id": "timezone", "title": "Time zone (UTC offset)",
            "method": ("Activity-lull rule: for every IANA zone (DST-aware via zoneinfo, grouped when their offsets "
                       "agree on every day of the data) and every fixed offset on a 15-minute grid, the share of "
                       "own timed actions falling 01:00–06:00 local is computed over workday nights (Mon–Fri "
                       "mornings: weekend sleep runs later and would pull the answer west); the zone minimising it "
                       f"wins. Shoulder hours 00–01 and 06–07 add with weight {SHOULDER_WEIGHT}. Among zones within "
                       f"{NEAR_BEST:.0%} (+1 point) of the best score, those of the country most logins come from are "
                       "preferred "
                       "(time zone → region, Mahmud et al.)."),
            "literature": literature.cards("timezone"),
            "platform_says": dict(self.declared_zones) or None,
        }
        if self.total < MIN_TZ_EVENTS or len(days) < MIN_TZ_DAYS:
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=(f"{self.total} timed own actions on {len(days)} days; at least "
                                             f"{MIN_TZ_EVENTS} on {MIN_TZ_DAYS} days are needed"),
                           summary="Not enough timed activity to place a nightly lull.", **meta), None, days
        # A dense quarter-hour timeline (per-day summaries laid end to end) and its prefix sums.
        base = days[0] - timedelta(days=3)
        span = (days[-1] - base).days + 4
        prefix = [0] * (span * QUARTERS + 1)
        flat = [0] * (span * QUARTERS)
        for d, hist in self.days.items():
            k = (d - base).days * QUARTERS
            flat[k:k + QUARTERS] = hist
        acc = 0
        for i, v in enumerate(flat):
            acc += v
            prefix[i + 1] = acc
        del flat
        limit = span * QUARTERS

        def window(start: int, length: int) -> int:
            a = min(max(start, 0), limit)
            b = min(max(start + length, 0), limit)
            return prefix[b] - prefix[a]

        # Workday mornings with activity in the surrounding noon-to-noon day (for any zone ±14 h).
        mornings = [base + timedelta(days=k) for k in range(2, span - 2)
                    if (base + timedelta(days=k)).weekday() < 5
                    and window(k * QUARTERS - 48 - 56, QUARTERS + 104) > 0]
        if len(mornings) < MIN_TZ_DAYS // 2:
            mornings = [base + timedelta(days=k) for k in range(2, span - 2)]
        n = len(mornings)
        per_offset: dict[int, tuple[list[float], list[int], list[float], list[int]]] = {}

        def per_day(o: int) -> tuple[list[float], list[int], list[float], list[int]]:
            """For offset ``o``: per-morning weighted night score and day total, with prefix sums."""
            got = per_offset.get(o)
            if got is None:
                p = prefix
                ks = [(m - base).days * QUARTERS - o for m in mornings]  # padding keeps every index in range
                n0, n1 = NIGHT.start, NIGHT.stop
                score = [p[k + n1] - p[k + n0] + SHOULDER_WEIGHT * (p[k + 4] - p[k] + p[k + 28] - p[k + 24])
                         for k in ks]
                tot = [p[k + 48] - p[k - 48] for k in ks]
                cs, ct = [0.0], [0]
                for a, b in zip(score, tot):
                    cs.append(cs[-1] + a)
                    ct.append(ct[-1] + b)
                got = per_offset[o] = (score, tot, cs, ct)
            return got

        groups = self._groups(mornings)
        for g in groups:
            num = 0.0
            den = 0
            for o, s, e in g.segments:
                _, _, cs, ct = per_day(o)
                num += cs[e] - cs[s]
                den += ct[e] - ct[s]
            g.score = num / den if den else 1.0
        # ties (e.g. a DST zone whose data all fall in summer) go to the offset more zones share
        groups.sort(key=lambda g: (g.score, -len(g.zones), g.name))
        country_counts = getattr(ctx.aggregators.get("place"), "country_counts", Counter())
        top_country = country_counts.most_common(1)[0][0] if country_counts else None
        zc = zone_countries()

        def choose(scored: list[tuple[float, _ZoneGroup]]) -> _ZoneGroup:
            best_score = min(s for s, _ in scored)
            near = [(s, g) for s, g in scored if s <= best_score * (1 + NEAR_BEST) + NEAR_BEST_ABS]
            home = [(s, g) for s, g in near if top_country and any(zc.get(z) == top_country for z in g.zones)]
            return min(home or near, key=lambda x: x[0])[1]

        best = choose([(g.score, g) for g in groups])
        night_only = 0
        den_best = 0
        for o, s, e in best.segments:
            score, tot, _, ct = per_day(o)
            for m_idx in range(s, e):
                k = (mornings[m_idx] - base).days * QUARTERS - o
                night_only += window(k + NIGHT.start, len(NIGHT))
            den_best += ct[e] - ct[s]
        night_share = night_only / den_best if den_best else 0.0
        # home-country zones first, then zone.tab order (it lists a country's main zone first)
        rank = {z: i for i, z in enumerate(zc)}
        zones = sorted(best.zones, key=lambda z: (zc.get(z) != top_country, rank.get(z, len(rank)), z))
        if not zones:  # a fixed offset no zone shares: list zones with that standard offset
            zones = sorted(g.zones[0] for g in groups if g.zones and g.standard == best.standard)[:10]

        # Seeded bootstrap over workday nights: does the same standard offset win again?
        top = groups[:TZ_BOOTSTRAP_GROUPS]
        if best not in top:
            top.append(best)
        vectors = []
        totals_v = []
        for g in top:
            vs: list[float] = []
            vt: list[int] = []
            for o, s, e in g.segments:
                score, tot, _, _ = per_day(o)
                vs.extend(score[s:e])
                vt.extend(tot[s:e])
            vectors.append(vs)
            totals_v.append(vt)
        rng = random.Random(BOOTSTRAP_SEED)
        hits = 0
        for _ in range(BOOTSTRAP_RESAMPLES):
            w = bootstrap_weights(n, rng)
            scored = [(sum(map(mul, w, v)) / (sum(map(mul, w, t)) or 1), g) for v, t, g in zip(vectors, totals_v, top)]
            if choose(scored).standard == best.standard:
                hits += 1
        agreement = hits / BOOTSTRAP_RESAMPLES
        conf = confidence_from_agreement(agreement)
        basis = f"{agreement:.0%} of {BOOTSTRAP_RESAMPLES} seeded bootstrap resamples of {n} workday nights agree"
        caveats = ["Gives an offset (longitude band), not a place: many countries share a zone.",
                   "Shift workers and people who travel a lot have no single nightly lull."]
        if night_share > 0.5 * UNIFORM_NIGHT_SHARE:
            conf = Confidence.LOW
            basis += (f"; but {night_share:.0%} of activity still falls 01–06 local (uniform would be "
                      f"{UNIFORM_NIGHT_SHARE:.0%}), so there is no clear nightly lull")
        ctx.zone = best.tz
        offsets_seen = sorted({o / 4 for o in best.day_offsets})
        value = {
            "utc_offset_hours": best.standard / 4,
            "observes_dst": len(offsets_seen) > 1,
            "offsets_seen_hours": offsets_seen,
            "zone": zones[0] if zones else best.name,
            "candidate_zones": zones[:12],
            "night_share": round(night_share, 4),
        }
        # Evidence: the first records of the shoulder hours either side of the lull.
        ev = Evidence()
        for d in days:
            o = _offset_q(best.tz, d)
            for q, item in sorted(self.first_ev[d].items()):
                if (q + o) % QUARTERS in SHOULDER and len(ev.items) < 10:
                    ev.items.append(item)
            if len(ev.items) >= 10:
                break
        ev.n_against = night_only
        ev.n_support = den_best - night_only
        sign = "+" if best.standard >= 0 else "-"
        summary = (f"UTC{sign}{abs(best.standard) / 4:g}" + (" with daylight saving" if value["observes_dst"] else "")
                   + f" — most likely {value['zone']}; only {night_share:.1%} of your workday-night activity falls "
                     "01–06 local.")
        return Finding(value=value, confidence=conf, confidence_basis=basis, evidence=ev, caveats=caveats,
                       summary=summary, **meta), best, days

    # -- local conversion ----------------------------------------------------------------------------
    def _local_nights(self, ctx: Context) -> tuple[dict[date, list[int]], dict[tuple[date, int], EvidenceItem]]:
        """Histograms per *night date* (the morning's local date), bins r = local quarter + 48 mod 96,
        so r 0 is 12:00 the day before and r 48 is midnight."""
        nights: dict[date, list[int]] = {}
        ev: dict[tuple[date, int], EvidenceItem] = {}
        for d, hist in self.days.items():
            bins = self.first_ev[d]
            for q, c in enumerate(hist):
                if not c:
                    continue
                ld, lq = ctx.local_bin(d, q)
                nd = ld if lq < 48 else ld + timedelta(days=1)
                r = lq + 48 if lq < 48 else lq - 48
                vec = nights.get(nd)
                if vec is None:
                    vec = nights[nd] = [0] * QUARTERS
                vec[r] += c
                item = bins.get(q)
                if item is not None and (nd, r) not in ev:
                    ev[(nd, r)] = item
        return nights, ev

    @staticmethod
    def _window(hist: list[int], nights: int) -> tuple[int, int] | None:
        """Longest run of quiet bins (r domain) → (first, last+1), or None if under 3 h.

        A bin is quiet below 10% of the mean bin count, or when fewer than 1 night in 20 has a
        record in it (so one odd night, e.g. a DST change, does not cut the window)."""
        total = sum(hist)
        if not total:
            return None
        mean = total / QUARTERS
        thr = max(QUIET_FRACTION * mean, min(QUIET_NIGHT_SHARE * nights, 0.3 * mean))
        best = longest_run([count <= thr for count in hist])
        if best is None or not MIN_SLEEP_BINS <= best[1] - best[0] <= MAX_SLEEP_BINS:
            return None  # under 3 h, or over 14 h: that is not a night's sleep
        return best

    @staticmethod
    def _night_mid(vec: list[int]) -> float | None:
        """Mid-point (r units) of the longest gap of ≥ 2 h between own actions in one night."""
        active = [r for r, c in enumerate(vec) if c]
        best = None
        for a, b in itertools.pairwise(active):
            if b - a - 1 >= 8 and (best is None or b - a > best[1] - best[0]):
                best = (a, b)
        if best is None:
            return None
        return (best[0] + 1 + best[1]) / 2

    def finish(self, ctx: Context) -> list[Finding]:
        tz_finding, _best, _ = self._timezone(ctx)
        out = [tz_finding]
        out.extend(self._sleep_family(ctx, tz_finding))
        out.append(self._routine(ctx, tz_finding))
        return out

    # -- sleep, social jetlag, late nights -----------------------------------------------------------
    def _sleep_family(self, ctx: Context, tz_finding: Finding) -> list[Finding]:
        nights, ev_map = self._local_nights(ctx) if self.days else ({}, {})
        types = {"weekday": [], "weekend": []}
        for nd, _vec in nights.items():
            types["weekday" if nd.weekday() < 5 else "weekend"].append(nd)
        agg = {t: [sum(nights[nd][r] for nd in nds) for r in range(QUARTERS)] for t, nds in types.items()}
        windows = {t: self._window(agg[t], len(types[t])) for t in types}
        full = {t: [nd for nd in nds if sum(nights[nd]) >= NIGHT_MIN_EVENTS] for t, nds in types.items()}
        n_full = sum(len(v) for v in full.values())
        sleep_meta = {
            "id": "sleep", "title": "Sleep window and chronotype",
            "method": ("Own timed actions are binned in 15-minute local bins per night (noon to noon, dated by the "
                       "morning; weekday = a Mon–Fri morning). Across all nights of a type, the longest run of bins "
                       f"below {QUIET_FRACTION:.0%} of the mean bin count (≥ 3 h) is the sleep window; mid-sleep on "
                       "free days (MSF) is its midpoint (MCTQ definition, without sleep-debt correction)."),
            "literature": literature.cards("sleep"),
            "caveats": ["Activity stops before sleep starts and resumes after waking: the window is a lull in "
                        "records, not measured sleep.",
                        "Health-adjacent (sleep): not a medical measurement."],
        }
        tz_ok = tz_finding.confidence != Confidence.INSUFFICIENT
        if n_full < MIN_SLEEP_NIGHTS or not tz_ok or (windows["weekday"] is None and windows["weekend"] is None):
            why = (f"{n_full} nights with ≥ {NIGHT_MIN_EVENTS} own actions (need {MIN_SLEEP_NIGHTS})"
                   if n_full < MIN_SLEEP_NIGHTS else
                   "no time zone could be placed" if not tz_ok else "no nightly lull of ≥ 3 h in the records")
            insuff = Confidence.INSUFFICIENT
            return [
                Finding(value=None, confidence=insuff, confidence_basis=why, summary="No clear sleep window.",
                        **sleep_meta),
                Finding(id="social_jetlag", title="Social jetlag", value=None, confidence=insuff,
                        confidence_basis=why, method="|MSF − MSW| from the sleep finding.",
                        literature=literature.cards("social_jetlag"), summary="Not computed."),
                Finding(id="late_nights", title="Late or irregular nights", value=None, confidence=insuff,
                        confidence_basis=why, method="Nights with activity inside the usual sleep window.",
                        literature=literature.cards("late_nights"), summary="Not computed.",
                        caveats=["Health-adjacent."]),
            ]

        def describe(w: tuple[int, int] | None) -> dict | None:
            if w is None:
                return None
            mid = (w[0] + w[1]) / 2
            return {"start": _fmt_hours(w[0] / 4 + 12), "end": _fmt_hours(w[1] / 4 + 12),
                    "duration_hours": (w[1] - w[0]) / 4, "mid_hours": round((mid / 4 + 12) % 24, 2)}

        wd, we = describe(windows["weekday"]), describe(windows["weekend"])
        msw = wd["mid_hours"] if wd else None
        msf = we["mid_hours"] if we else None
        chronotype = None
        if msf is not None:
            chronotype = ("early type" if msf < 3.5 else "intermediate type" if msf < 5.0 else "late type")
        # Seeded bootstrap over nights: recompute the aggregate windows from resampled nights.
        rng = random.Random(BOOTSTRAP_SEED)
        agreements = []
        for t, nds in types.items():
            w0 = windows[t]
            if w0 is None or not nds:
                continue
            cols = [[nights[nd][r] for nd in nds] for r in range(QUARTERS)]
            hits = 0
            for _ in range(BOOTSTRAP_RESAMPLES):
                wts = bootstrap_weights(len(nds), rng)
                w1 = self._window([sum(map(mul, wts, col)) for col in cols], len(nds))
                if w1 is not None and abs((w1[0] + w1[1]) - (w0[0] + w0[1])) <= 4:  # mid within 30 min
                    hits += 1
            agreements.append(hits / BOOTSTRAP_RESAMPLES)
        agreement = min(agreements) if agreements else 0.0
        conf = confidence_from_agreement(agreement)
        basis = (f"{agreement:.0%} of {BOOTSTRAP_RESAMPLES} seeded bootstrap resamples of nights put "
                 f"mid-sleep within 30 min (weakest of weekday/weekend); {n_full} nights with ≥ "
                 f"{NIGHT_MIN_EVENTS} actions")
        if n_full < LOW_SLEEP_NIGHTS:
            conf = Confidence.LOW
            basis += f" (fewer than {LOW_SLEEP_NIGHTS}, so low at best)"
        if tz_finding.confidence == Confidence.LOW and conf != Confidence.LOW:
            conf = Confidence.LOW
            basis += "; the time zone itself is uncertain"
        ev = Evidence()
        for t in types:
            w = windows[t]
            if w is None:
                continue
            # Last record before and first after the window, on the first nights of this type.
            for nd in sorted(full[t])[:5]:
                before = [r for r in range(w[0] - 4, w[0]) if (nd, r) in ev_map]
                after = [r for r in range(w[1], w[1] + 4) if (nd, r) in ev_map]
                if before:
                    ev.items.append(ev_map[(nd, before[-1])])
                if after:
                    ev.items.append(ev_map[(nd, after[0])])
        ev.items = ev.items[:10]
        inside = sum(agg[t][r] for t in types if windows[t] for r in range(*windows[t]))  # type: ignore[misc]
        ev.n_against = inside
        ev.n_support = sum(sum(v) for v in agg.values()) - inside
        sleep_value = {"weekday": wd, "weekend": we, "msw_hours": msw, "msf_hours": msf, "chronotype": chronotype,
                       "nights": {t: len(full[t]) for t in types}}
        parts = []
        if wd:
            parts.append(f"weekdays ≈{wd['start']}–{wd['end']}")
        if we:
            parts.append(f"weekends ≈{we['start']}–{we['end']}")
        summary = "Asleep (no records) " + ", ".join(parts) + (f"; {chronotype}." if chronotype else ".")
        sleep = Finding(value=sleep_value, confidence=conf, confidence_basis=basis, evidence=ev,
                        summary=summary, **sleep_meta)

        # Social jetlag ----------------------------------------------------------------------------
        if msw is not None and msf is not None:
            w1, w2 = windows["weekday"], windows["weekend"]
            sjl = abs((w2[0] + w2[1]) - (w1[0] + w1[1])) / 8  # type: ignore[index]
            sj = Finding(id="social_jetlag", title="Social jetlag", value={"hours": sjl, "msf_hours": msf,
                                                                            "msw_hours": msw},
                         confidence=conf, confidence_basis="as for the sleep finding: " + basis,
                         method="|MSF − MSW|: the shift of mid-sleep between free days and workdays (MCTQ).",
                         evidence=Evidence(items=list(ev.items), n_support=ev.n_support, n_against=ev.n_against),
                         literature=literature.cards("social_jetlag"),
                         caveats=["Weekday/weekend stands in for workday/free day."],
                         summary=f"Your mid-sleep shifts by {sjl:g} h between weekdays and weekends.")
        else:
            sj = Finding(id="social_jetlag", title="Social jetlag", value=None, confidence=Confidence.INSUFFICIENT,
                         confidence_basis="needs both a weekday and a weekend sleep window",
                         method="|MSF − MSW| (MCTQ).", literature=literature.cards("social_jetlag"),
                         summary="Not computed.")

        # Late nights ------------------------------------------------------------------------------
        dates: list[str] = []
        lev = Evidence()
        for nd in sorted(nights):
            w = windows["weekday" if nd.weekday() < 5 else "weekend"]
            if w is None:
                continue
            core = [r for r in range(w[0] + LATE_MARGIN_START, w[1] - LATE_MARGIN_END) if nights[nd][r]]
            if sum(nights[nd][r] for r in core) < LATE_MIN_RECORDS:
                continue
            r0 = core[0]
            dates.append((nd if r0 >= 48 else nd - timedelta(days=1)).isoformat())
            lev.n_support += sum(nights[nd][r] for r in core)
            item = ev_map.get((nd, r0))
            if item is not None and len(lev.items) < 10:
                lev.items.append(item)
        lev.n_against = len(nights) - len(dates)
        total_local = sum(sum(v) for v in nights.values()) or 1
        small_hours = sum(sum(v[48:68]) for v in nights.values()) / total_local  # 00:00–05:00
        late = Finding(id="late_nights", title="Late or irregular nights",
                       value={"dates": dates, "nights_checked": len(nights), "share_00_05": round(small_hours, 4)},
                       confidence=conf, confidence_basis="depends on the sleep window: " + basis,
                       method=(f"A night is listed when at least {LATE_MIN_RECORDS} own actions fall inside the "
                               "usual sleep window "
                               "of its type, at least 30 min from either edge; the date is the local calendar date "
                               "of that first action."),
                       evidence=lev, literature=literature.cards("late_nights"),
                       caveats=["Health-adjacent: irregular nights are a signal insurers and employers could read.",
                                "Two records are required so that one odd timestamp does not list a night; a "
                                "short late night with a single record is missed."],
                       summary=f"{len(dates)} nights with activity inside your usual sleep window; "
                               f"{small_hours:.1%} of activity falls 00–05 local.")
        return [sleep, sj, late]

    # -- routine -------------------------------------------------------------------------------------
    def _routine(self, ctx: Context, tz_finding: Finding) -> Finding:
        heat = [[0] * 24 for _ in range(7)]
        per_day: dict[date, list[int]] = {}
        for d, hist in self.days.items():
            for q, c in enumerate(hist):
                if c:
                    ld, lq = ctx.local_bin(d, q)
                    heat[ld.weekday()][lq // 4] += c
                    vec = per_day.get(ld)
                    if vec is None:
                        vec = per_day[ld] = [0] * 24
                    vec[lq // 4] += c
        wdays = sorted(d for d in per_day if d.weekday() < 5)
        wends = sorted(d for d in per_day if d.weekday() >= 5)
        meta = {
            "id": "routine", "title": "Weekly routine and working hours",
            "method": ("7×24 local heatmap of own timed actions. Working hours = the longest run (≥ 6 h, within "
                       "07–20) of hours where the weekday rate per day is below 35% of the weekend rate for the "
                       "same hour (weekends active then), or below 20% of the weekday evening (18–22) rate."),
            "literature": literature.cards("routine"),
            "caveats": ["A quiet weekday daytime suggests a job away from screens or a strict workplace, "
                        "not which job."],
        }
        if len(wdays) < 8 or len(wends) < 4 or tz_finding.confidence == Confidence.INSUFFICIENT:
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"{len(wdays)} active weekdays and {len(wends)} weekend days "
                                            "(need 8 and 4) and a time zone",
                           summary="Not enough days for a weekly pattern.", **meta)

        def quiet_run(wd_rates: list[float], we_rates: list[float]) -> tuple[int, int] | None:
            evening = sum(wd_rates[18:22]) / 4
            best = longest_run([(we_rates[h] > 0 and wd_rates[h] < 0.35 * we_rates[h]) or wd_rates[h] < 0.2 * evening
                                for h in range(7, 21)], offset=7)
            return best if best and best[1] - best[0] >= 6 else None

        cols_wd = [[per_day[d][h] for d in wdays] for h in range(24)]
        cols_we = [[per_day[d][h] for d in wends] for h in range(24)]

        def rates(cols: list[list[int]], w: list[int] | None = None) -> list[float]:
            # only the hours quiet_run looks at (07–20); the rest stay 0
            if w is None:
                n = len(cols[0]) or 1
                return [sum(c) / n if 7 <= h < 22 else 0.0 for h, c in enumerate(cols)]
            n = sum(w) or 1
            return [sum(map(mul, w, c)) / n if 7 <= h < 22 else 0.0 for h, c in enumerate(cols)]

        run = quiet_run(rates(cols_wd), rates(cols_we))
        rng = random.Random(BOOTSTRAP_SEED)
        hits = 0
        for _ in range(BOOTSTRAP_RESAMPLES):
            r2 = quiet_run(rates(cols_wd, bootstrap_weights(len(wdays), rng)),
                           rates(cols_we, bootstrap_weights(len(wends), rng)))
            if (r2 is None and run is None) or (r2 and run and abs(r2[0] - run[0]) <= 1 and abs(r2[1] - run[1]) <= 1):
                hits += 1
        agreement = hits / BOOTSTRAP_RESAMPLES
        conf = confidence_from_agreement(agreement)
        if tz_finding.confidence == Confidence.LOW:
            conf = Confidence.LOW
        label = None
        if run:
            label = "office hours" if 7 <= run[0] <= 10 and 6 <= run[1] - run[0] <= 10 else "long or shifted work block"
        peak_day, peak_hour = max(((d, h) for d in range(7) for h in range(24)), key=lambda x: heat[x[0]][x[1]])
        value = {"heatmap": heat, "working_hours": f"{run[0]:02d}-{run[1]:02d}" if run else None,
                 "weekday_daytime_quiet": run is not None, "label": label,
                 "peak": {"weekday": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][peak_day], "hour": peak_hour},
                 "days": {"weekday": len(wdays), "weekend": len(wends)}}
        ev = Evidence(n_support=sum(sum(r) for r in heat))
        summary = (f"Weekday daytime {run[0]:02d}–{run[1]:02d} is quiet while weekends are not ({label})."
                   if run else "No quiet weekday working block stands out.")
        return Finding(value=value, confidence=conf,
                       confidence_basis=f"{agreement:.0%} of {BOOTSTRAP_RESAMPLES} seeded bootstrap resamples of "
                                        f"days give the same block (±1 h)",
                       evidence=ev, summary=summary, **meta)
