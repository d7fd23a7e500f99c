"""Dates that follow a religious calendar are withheld without --include-sensitive (T27B M5).

The twenty-seventh pass's tester: "26 late nights … (last in Apr 2024)", every date inside the Ramadans of 2022, 2023
and 2024, printed by a default report — the practice, read off a calendar. The counts stay; the dates, the
evidence's times and the words naming them go, and the caveat says only "Some dates withheld (special categories)".
Ordinary late nights (at random, or a fixed month of every year: exams each April) keep their dates.
"""

from __future__ import annotations

import io
import json
import random
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from test_inference_synth import person

from dataexam import report as report_module
from dataexam.calendars import concentrated, ramadans
from dataexam.inference import infer, sensitive

NOW = datetime(2025, 1, 1, tzinfo=UTC)
START = date(2022, 1, 1)
DAYS = 3 * 365


def test_ramadan_days_are_umm_al_qura_widened_by_two() -> None:
    # Umm al-Qura: 1 Ramadan 1445 = 2024-03-11, 30 days; 1 Ramadan 1443 = 2022-04-02, 30 days (Eid 2022-05-02)
    got = {p.year: (p.first, p.last) for p in ramadans(date(2022, 1, 1), date(2024, 12, 31))}
    assert got[1445] == (date(2024, 3, 9), date(2024, 4, 11))
    assert got[1443] == (date(2022, 3, 31), date(2022, 5, 3))
    assert sorted(got) == [1443, 1444, 1445]
    assert ramadans(date(1900, 1, 1), date(1901, 1, 1)) == []  # outside the tabulated range: nothing known


def _ramadan_nights(per_year: int, rng: random.Random) -> list[date]:
    out = []
    for p in ramadans(START, START + timedelta(days=DAYS - 1)):
        first = p.first + timedelta(days=2)
        out += sorted({first + timedelta(days=rng.randrange(29)) for _ in range(per_year)})
    return out


def test_the_testers_ramadan_nights_follow_and_ordinary_ones_do_not() -> None:
    rng = random.Random(3)
    # the tester's 26 nights (ramadan/report-sens.json)
    t27b = ["2022-04-04", "2022-04-06", "2022-04-10", "2022-04-20", "2022-04-21", "2022-04-23", "2022-04-27",
            "2023-03-24", "2023-03-27", "2023-03-28", "2023-03-31", "2023-04-06", "2023-04-08", "2023-04-11",
            "2023-04-13", "2023-04-14", "2023-04-21", "2024-03-13", "2024-03-15", "2024-03-16", "2024-03-20",
            "2024-03-21", "2024-03-22", "2024-03-29", "2024-03-31", "2024-04-08"]
    c = concentrated([(date.fromisoformat(d),) * 2 for d in t27b])
    assert c.follows and c.inside == 26 and c.years == 3
    # a student up late before each April's exams, 2022-2024, when Ramadan fell in March-April: not Ramadan
    exams = [date(y, 4, d) for y in (2022, 2023, 2024) for d in range(1, 31, 3)]
    assert not concentrated([(d, d) for d in exams]).follows
    # one Ramadan alone is a month-long cluster like any other (exams, a newborn): kept
    one = [d for d in _ramadan_nights(10, rng) if d.year == 2023]
    assert not concentrated([(d, d) for d in one]).follows
    # a span (broken nights, shift nights) counts when half its days are inside, or when it begins and ends with
    # the month: the Ramadans' own spans follow it in any two years; each April of 2022-2024 (half inside, but a
    # fixed Gregorian window holds as many, and only 2022's edges are the month's) does not
    spans = [(p.first + timedelta(days=2), p.last - timedelta(days=2))
             for p in ramadans(date(2020, 1, 1), date(2024, 12, 31))]
    assert len(spans) == 5 and concentrated(spans).follows and concentrated(spans[3:]).follows
    aprils = [(date(y, 4, 1), date(y, 4, 30)) for y in (2022, 2023, 2024)]
    assert not concentrated(aprils).follows


def test_false_positive_rate_on_lives_without_the_pattern() -> None:
    """Measured: random late nights over 1-4 years and a month-long cluster at a fixed month of every year withhold
    at most 1 % (the report: 1/1000 and 1/1000 with seed 7); Ramadan nights of 2-5 years are all withheld."""
    rng = random.Random(11)
    uniform = fixed = ram = 0
    for _ in range(300):
        y0, years = rng.randint(2012, 2023), rng.randint(1, 4)
        n = rng.choice([3, 5, 10, 20, 50, 150])
        uniform += concentrated([(d, d) for d in (date(y0, 1, 1) + timedelta(days=rng.randrange(365 * years))
                                                  for _ in range(n))]).follows
        m = rng.randint(1, 12)
        days = [date(y, m, 1) + timedelta(days=rng.randrange(30)) for y in range(y0, y0 + rng.randint(2, 5))
                for _ in range(rng.randint(3, 15))]
        fixed += concentrated([(d, d) for d in days]).follows
        ps = ramadans(date(y0, 1, 1), date(y0 + 2, 12, 31))
        nights = [p.first + timedelta(days=2 + rng.randrange(29)) for p in ps for _ in range(rng.randint(2, 15))]
        ram += concentrated([(d, d) for d in nights]).follows
    assert uniform <= 3 and fixed <= 3 and ram == 300


@pytest.fixture(scope="module")
def lives() -> dict[str, Any]:
    rng = random.Random(5)
    fasting = tuple(_ramadan_nights(8, rng))
    ordinary = tuple(sorted({START + timedelta(days=rng.randrange(DAYS)) for _ in range(24)}))
    out: dict[str, Any] = {"fasting_nights": fasting, "ordinary_nights": ordinary}
    for name, nights in (("fasting", fasting), ("ordinary", ordinary)):
        events = person(days=DAYS, per_day=5, start=START, late_nights=nights)
        out[name] = infer(events, now=NOW)
        if name == "fasting":
            out["fasting_sens"] = infer(events, include_sensitive=True, now=NOW)
    return out


def _render(rep: Any, fmt: str, detail: str = "default") -> str:
    buf = io.StringIO()
    report_module.render(rep, fmt, buf, detail=detail)  # type: ignore[arg-type]
    # the HTML file embeds plotly, whose code names calendars ("islamic")
    return re.sub(r"<script\b.*?</script>", "", buf.getvalue(), flags=re.DOTALL)


def test_late_nights_in_ramadan_keep_their_count_not_their_dates(lives: dict[str, Any]) -> None:
    nights = lives["fasting_nights"]
    shown = lives["fasting_sens"].finding("late_nights")
    assert len(shown.value["dates"]) == len(nights) >= 20
    f = lives["fasting"].finding("late_nights")
    assert f.value["dates"] == [] and f.value["listed"] == len(shown.value["dates"])
    assert "dates_withheld" not in f.value and f.value["broken_spans"] == []  # no flag of its own (T27D H1)
    assert sensitive.DATES_WITHHELD_NOTE in f.caveats
    assert f.evidence.items and all(i.time is None for i in f.evidence.items)
    assert f.evidence.n_support == shown.evidence.n_support  # the counts stay
    for fmt in ("text", "markdown", "html", "json"):
        for detail in ("default", "full"):
            out = _render(lives["fasting"], fmt, detail)
            for d in nights:
                assert d.isoformat() not in out, (fmt, detail, d)
                assert d.strftime("%-d %b %Y") not in out, (fmt, detail, d)
            assert "ramadan" not in out.lower() and "islam" not in out.lower(), (fmt, detail)
            if detail == "full" or fmt == "json":  # caveats: in the full report and the JSON
                assert "religious calendar period are not listed" in out, (fmt, detail)
    text = _render(lives["fasting"], "text")
    assert f"{len(nights)} late nights awake inside your usual sleep time." in text
    data = json.loads(_render(lives["fasting"], "json"))
    assert data["by_id"]["late_nights"]["value"]["listed"] == len(nights)


def test_ordinary_late_nights_keep_their_dates(lives: dict[str, Any]) -> None:
    f = lives["ordinary"].finding("late_nights")
    assert f.value["dates"] == [d.isoformat() for d in lives["ordinary_nights"]]
    # the note is said alike whether or not a date was withheld: its presence tells nothing (T27D H1)
    assert sensitive.DATES_WITHHELD_NOTE in f.caveats
    assert f.value["listed"] == len(lives["ordinary_nights"])
    assert lives["fasting"].finding("late_nights").caveats.count(sensitive.DATES_WITHHELD_NOTE) == 1


def test_shift_nights_that_are_the_ramadans_lose_their_dates() -> None:
    """T26B's ma_ramadan: the whole day moved each Ramadan; the sleep finding named the three spells by date (in the
    summary, a caveat and the "Shift nights" row). Three spans in the springs of 2022-2024 are Ramadan by their
    edges (calendars._aligned), not by a count."""
    from dataexam.inference.model import Evidence, EvidenceItem, Finding

    periods = [("2022-04-03", "2022-05-04", 32), ("2023-03-24", "2023-04-23", 31), ("2024-03-13", "2024-04-10", 29)]
    said = "; ".join(f"{a} to {b} ({n} nights, asleep ≈04:30–10:00)" for a, b, n in periods)
    f = Finding(id="sleep", title="t", value={"shift_periods": [
        {"from": a, "to": b, "nights": n, "window": {"start": "04:30", "end": "10:00"}} for a, b, n in periods]},
        confidence="high", confidence_basis="b", method="m",  # type: ignore[arg-type]
        summary="Asleep (no records) weekdays ≈23:30–07:30 — from 700 nights" + "".join(
            f"; on the shift nights from {a} to {b}, asleep ≈04:30–10:00" for a, b, _n in periods) + ".",
        caveats=[f"Your nights were on other hours from {said}, with your usual place: night or shift work.", "x"],
        evidence=Evidence(items=[EvidenceItem("x", "data/tweets.js", 1, "2022-01-02T21:03:03Z", "twitter.tweet")],
                          n_support=5))
    assert sensitive.gate_dates(f)
    assert f.value["shift_periods"] is None and f.value["shift_nights"] == 92
    text = " ".join([f.summary, *f.caveats, json.dumps(f.value)])
    for a, b, _n in periods:
        assert a not in text and b not in text
    assert f.summary == "Asleep (no records) weekdays ≈23:30–07:30 — from 700 nights."
    assert f.evidence.items[0].time is None  # (the note is added to every sleep finding: gate_all_dates)
    # a school's summer holidays, two years (T27B L1's teen): not Ramadan
    teen = Finding(id="sleep", title="t", value={"shift_periods": [
        {"from": "2022-06-12", "to": "2022-08-28", "nights": 70, "window": None},
        {"from": "2023-06-11", "to": "2023-08-28", "nights": 70, "window": None}]},
        confidence="low", confidence_basis="b", method="m", summary="s.")  # type: ignore[arg-type]
    assert not sensitive.gate_dates(teen) and teen.value["shift_periods"]


def test_months_of_broken_nights_in_ramadan_are_not_named() -> None:
    """T26B's ma_ramadan: months of broken nights named in the late nights' summary and in the sleep finding's
    caveat ("on 93% of the nights in Apr 2022 …")."""
    from dataexam.inference.model import Evidence, Finding

    dates = [f"{y}-{m:02d}-{d:02d}" for y, m, d0 in ((2022, 4, 3), (2023, 3, 24), (2024, 3, 13))
             for d in range(d0, d0 + 25) for m in [m]]
    dates = [d for d in dates if int(d[8:]) <= 28]
    spans = [{"from": "2022-04", "to": "2022-04", "nights": 25, "share": 0.83},
             {"from": "2023-03", "to": "2023-04", "nights": 25, "share": 0.4},
             {"from": "2024-03", "to": "2024-04", "nights": 16, "share": 0.27}]
    late = Finding(id="late_nights", title="t", value={"dates": dates, "broken_spans": spans},
                   confidence="high", confidence_basis="b", method="m",  # type: ignore[arg-type]
                   summary=f"{len(dates)} nights with activity inside your usual sleep window; broken nights Apr 2022 "
                           "(25 nights, 83% of them), Mar 2023 – Apr 2023 (25 nights, 40% of them); 4.4% of "
                           "activity falls 00–05 Africa/Cairo time.", evidence=Evidence(n_support=3))
    sleep = Finding(id="sleep", title="t", value={"shift_periods": None}, confidence="high",  # type: ignore[arg-type]
                    confidence_basis="b", method="m", summary="s.",
                    caveats=["Your nights were broken (records inside this window) on 83% of the nights in Apr 2022 "
                             "and 40% of the nights Mar 2023 – Apr 2023: the window is the one the rest of your "
                             "history keeps; those nights are listed under late nights."])
    assert sensitive.gate_all_dates([sleep, late]) == ["late_nights"]
    assert late.summary == (f"{len(dates)} nights with activity inside your usual sleep window; 4.4% of activity "
                            "falls 00–05 Africa/Cairo time.")
    assert late.value["broken_spans"] == [] and late.value["listed"] == len(dates)
    assert "2022" not in sleep.caveats[0] and sleep.caveats[0].endswith("listed under late nights.")


def test_the_night_activity_of_every_finding_is_read_together() -> None:
    """T27D H2, H5, M1: a 2023 Ramadan in the sleep finding's shift nights and a 2024 one in the late nights were
    each one year (the test needs two) and kept their dates; late-night orders and the time zone's examples kept
    theirs. Read together they follow the calendar: every one of them loses its dates."""
    from dataexam.inference.model import Evidence, EvidenceItem, Finding

    def item(t: str) -> EvidenceItem:
        return EvidenceItem("x", "data/tweets.js", 1, t, "twitter.tweet")

    late_days = [f"2024-03-{d:02d}" for d in range(14, 31, 2)] + [f"2024-04-{d:02d}" for d in (1, 3, 5)]
    late = Finding(id="late_nights", title="t", value={"dates": late_days, "broken_spans": []},
                   confidence="high", confidence_basis="b", method="m",  # type: ignore[arg-type]
                   summary="11 late nights.", evidence=Evidence(items=[item(f"{d}T00:30:00Z") for d in late_days]))
    sleep = Finding(id="sleep", title="t", value={"shift_periods": [
        {"from": "2023-03-24", "to": "2023-04-20", "nights": 28, "window": {"start": "04:30", "end": "10:00"}}]},
        confidence="high", confidence_basis="b", method="m",  # type: ignore[arg-type]
        summary="Asleep ≈23:30–07:30; on the shift nights from 2023-03-24 to 2023-04-20, asleep ≈04:30–10:00.",
        evidence=Evidence(items=[item("2023-03-25T02:00:00Z")]))
    orders = ["2022-04-05T00:10:00Z", "2022-04-12T00:20:00Z", "2022-04-20T00:40:00Z"]
    impulse = Finding(id="impulse_buying", title="t", value={"late_night_items": 3}, confidence="low",
                      confidence_basis="b", method="m", summary="3 items ordered late at night.",  # type: ignore[arg-type]
                      evidence=Evidence(items=[item(t) for t in orders]))
    zone = Finding(id="timezone", title="t", value={"zone": "Africa/Cairo"}, confidence="high",  # type: ignore[arg-type]
                   confidence_basis="b", method="m", summary="Cairo.",
                   evidence=Evidence(items=[item("2024-03-20T00:30:00Z")]))
    interests = Finding(id="interests", title="t", value=[], confidence="low",  # type: ignore[arg-type]
                        confidence_basis="b", method="m", summary="s",
                        evidence=Evidence(items=[item(orders[0]), item("2022-08-01T12:00:00Z")]))
    for f in (late, sleep):
        assert not sensitive.concentrated(sensitive.dated_spans(f)).follows  # each alone: one Ramadan
    sensitive.gate_all_dates([late, sleep, impulse, zone, interests])
    # T27E M4: another finding's example on one of those nights loses its time; one on another day keeps it
    assert [i.time for i in interests.evidence.items] == [None, "2022-08-01T12:00:00Z"]
    # T27E H1: the same fields as a person without the pattern (the number always, no null for an empty list)
    assert sleep.value["shift_nights"] == 28 and late.value["broken_spans"] == []
    assert late.value["dates"] == [] and late.value["listed"] == len(late_days)
    assert sleep.value["shift_periods"] is None and "2023-03-24" not in sleep.summary
    assert all(i.time is None for f in (late, sleep, impulse, zone) for i in f.evidence.items)
