"""No date of night-time activity without --include-sensitive, for anyone (the twenty-eighth pass's NIGHTS).

A person awake at night in Ramadan tells a religion (GDPR Art. 9): the twenty-seventh pass's tester found 26 late
nights dated inside three Ramadans (T27B M5). A calendar test that withheld the dates of the people it caught knew
Ramadan only, and the missing dates beside other people's told the practice themselves (T27D H1, T27E H1). The
mechanism: without the flag no finding gives the date of a night-time record or spell — counts, weekdays, hours and
month-less spans instead — for every person alike; with the flag, the dates as before.
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
from dataexam.calendars import ramadans
from dataexam.inference import infer, sensitive
from dataexam.inference.model import Evidence, EvidenceItem, Finding

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


@pytest.fixture(scope="module")
def lives() -> dict[str, Any]:
    """Three people on one synthetic life (test_inference_synth.person): fasting (awake for the meal before dawn
    on the Ramadan nights of 2022-24), a night-shift worker (awake every other night of each October: a fixed
    month) and a control (24 late nights at random)."""
    rng = random.Random(5)
    fasting = tuple(d for p in ramadans(START, START + timedelta(days=DAYS - 1))
                    for d in (p.first + timedelta(days=k) for k in range(3, 30, 2)))
    shift = tuple(date(y, 10, d) for y in (2022, 2023, 2024) for d in range(2, 31, 2))
    control = tuple(sorted({START + timedelta(days=rng.randrange(DAYS)) for _ in range(24)}))
    out: dict[str, Any] = {"nights": {"fasting": fasting, "shift": shift, "control": control}}
    for name, nights in out["nights"].items():
        events = person(days=DAYS, per_day=5, start=START, late_nights=nights)
        out[name] = infer(events, now=NOW)
        out[name + "_sens"] = infer(events, include_sensitive=True, now=NOW)
    return out


def _render(rep: Any, fmt: str, detail: str = "default", redact: bool = False) -> str:
    buf = io.StringIO()
    report_module.render(rep, fmt, buf, detail=detail, redact=redact)  # type: ignore[arg-type]
    # the HTML file embeds plotly, whose code names calendars ("islamic")
    return re.sub(r"<script\b.*?</script>", "", buf.getvalue(), flags=re.DOTALL)


@pytest.mark.parametrize("who", ["fasting", "shift", "control"])
def test_no_format_gives_a_night_date_without_the_flag(lives: dict[str, Any], who: str) -> None:
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    nights = lives["nights"][who]
    assert lives[who].finding("timezone").value["zone"] == "Europe/Berlin"
    if who != "control":
        # every other night of a month at one hour (03:00–03:30), any weekday, the other nights unwoken: a sparse
        # spell of early waking (the thirty-third pass's NIGHTS, T32B M2), for the fasting person and the shift
        # worker alike — dated with the flag, each year's spell by its length only without it
        spells = [(sp["from"], sp["to"], sp["woken"]) for sp in lives[who + "_sens"].finding("sleep").value[
            "shift_periods"]]
        years = sorted({d.year for d in nights})
        assert spells == [(min(d for d in nights if d.year == y).isoformat(),
                           max(d for d in nights if d.year == y).isoformat(), sum(d.year == y for d in nights))
                          for y in years]
        undated = lives[who].finding("sleep").value["shift_periods"]
        assert [("from" in sp, "to" in sp, sp["days"], sp["woken"]) for sp in undated] == [
            (False, False, (date.fromisoformat(b) - date.fromisoformat(a)).days + 1, n) for a, b, n in spells]
        assert lives[who].finding("late_nights").value["listed"] == 0  # its nights are the spell's, not late
        _no_night_date_in_any_format(lives[who], nights, berlin)
        return
    shown = lives[who + "_sens"].finding("late_nights")
    assert shown.value["dates"] == [d.isoformat() for d in nights]  # with the flag: the dates as before
    f = lives[who].finding("late_nights")
    assert f.value["dates"] is None and f.value["travel_dates"] is None
    assert f.value["listed"] == len(nights) and f.value["travel_nights"] == 0
    weekdays = [0] * 7
    for d in nights:
        weekdays[d.weekday()] += 1
    assert list(f.value["weekdays"].values()) == weekdays and list(f.value["weekdays"]) == [
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert f.value["over_days"] == (nights[-1] - nights[0]).days + 1
    assert f.evidence.n_support == shown.evidence.n_support  # the counts stay
    # every late night's example: its weekday and hour on the local clock, not its date
    shown_local = [datetime.fromisoformat(i.time.replace("Z", "+00:00")).astimezone(berlin)
                   for i in shown.evidence.items]
    assert [i.time for i in f.evidence.items] == [f"withheld {t:%a %H:%M}" for t in shown_local]
    assert [i.index for i in f.evidence.items] == [i.index for i in shown.evidence.items]  # still found by record
    assert sensitive.NIGHT_DATES_NOTE in f.caveats and sensitive.NIGHT_DATES_NOTE in lives[who].finding(
        "sleep").caveats
    _no_night_date_in_any_format(lives[who], nights, berlin)
    text = " ".join(_render(lives[who], "text", "full").split())  # lines wrapped at 100
    # T27D L3: the record is dated, its date withheld — not "undated"
    assert re.search(r"record \d+, (Mon|Tue|Wed|Thu|Fri|Sat|Sun) 0[0-5]:\d\d, date withheld \(night-time; "
                     r"--include-sensitive\)", text)
    assert f"{len(nights)} late nights awake inside your usual sleep time (over " in text
    data = json.loads(_render(lives[who], "json"))
    assert data["by_id"]["late_nights"]["value"]["listed"] == len(nights)


def _no_night_date_in_any_format(rep: Any, nights: tuple[date, ...], berlin: Any) -> None:
    """No format, detail or redaction of ``rep`` names one of ``nights`` or a night-time instant, nor Ramadan."""
    for fmt in ("text", "markdown", "html", "json"):
        for detail in ("default", "full"):
            for redact in (False, True):
                out = _render(rep, fmt, detail, redact).replace("2025-01-01T00:00:00Z", "")  # generated_at
                for d in nights:  # the nights as the late nights' rows and the text name them
                    assert d.strftime("%-d %b %Y") not in out and d.isoformat() not in out, (fmt, detail, redact, d)
                # no dated night-time record: every local time shown (text, Markdown, HTML) is 06:00-22:00 …
                for when in re.findall(r"\b\d{4}-\d\d-\d\d (\d\d):\d\d\b", out):
                    assert 6 <= int(when) < 22, (fmt, detail, redact, when)
                # … and every UTC time in the JSON is, on Berlin's clock (the synthetic life's zone)
                for iso in re.findall(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", out):
                    assert not sensitive.is_night(iso, berlin), (fmt, detail, redact, iso)
                assert "ramadan" not in out.lower() and "islam" not in out.lower(), (fmt, detail)


def _keys(node: Any, path: str = "") -> set[str]:
    """Every key path of a value, list items merged (a list's items' keys under ``[]``)."""
    if isinstance(node, dict):
        return {k for key, v in node.items() for k in ({f"{path}/{key}"} | _keys(v, f"{path}/{key}"))}
    if isinstance(node, list):
        return {k for v in node for k in _keys(v, f"{path}[]")}
    return set()


def test_the_same_fields_and_notes_for_everyone(lives: dict[str, Any]) -> None:
    """A Ramadan-pattern person, a night-shift worker and a control: the late nights' and the sleep finding's
    fields and notes are equal apart from values (T27E H1: `shift_nights`, a null, a note present only for the
    person a calendar test caught)."""
    digits = re.compile(r"\d+([.,:]\d+)*")
    for fid in ("late_nights", "sleep", "social_jetlag"):
        found = {who: lives[who].finding(fid) for who in ("fasting", "shift", "control")}
        tops = {who: sorted(f.value) for who, f in found.items()}
        assert tops["fasting"] == tops["shift"] == tops["control"], fid
        # each note by its first words (the rest names values: how many spells, of how many months)
        notes = {who: [" ".join(digits.sub("N", c).split()[:8]) for c in f.caveats] for who, f in found.items()}
        assert notes["fasting"] == notes["shift"], fid
    # the fasting person and the shift worker both have a spell of early waking each year (NIGHTS, T32B M2: their
    # every-other-night wakes at one hour were months of broken nights): the same item shape, no dates
    spells = {who: lives[who].finding("sleep").value["shift_periods"] for who in ("fasting", "shift")}
    assert len(spells["fasting"]) == len(spells["shift"]) == 3
    assert {k for sp in spells["fasting"] + spells["shift"] for k in sp} == {"days", "nights", "window", "wake",
                                                                            "woken", "label"}
    assert _keys(lives["fasting"].finding("sleep").value) == _keys(lives["shift"].finding("sleep").value)
    assert _keys(lives["fasting"].finding("late_nights").value) == _keys(lives["shift"].finding("late_nights").value)
    # the control's only other note is the one naming its broken-night months' count (it has none): a value
    assert lives["control"].finding("late_nights").value["broken_spans"] == []
    assert lives["control"].finding("late_nights").caveats == lives["fasting"].finding("late_nights").caveats


def _item(t: str | None, index: int = 1, excerpt: str | None = None) -> EvidenceItem:
    return EvidenceItem("x", "data/tweets.js", index, t, "twitter.tweet", excerpt)


def test_late_nights_are_written_without_dates_by_the_clock_itself() -> None:
    """The late nights are written undated where they are made (sleep.set_late_nights with the report's
    sensitive.NightGate), not rewritten afterwards (GATE: a rewording in the clock would have silently defeated a
    phrase replacement): count, weekdays, the run's length, the broken months' count; no date anywhere."""
    from dataexam.inference.sleep import set_late_nights

    rows = {d: (3, _item(f"{d.isoformat()}T00:30:00Z", i)) for i, d in enumerate(
        [*(date(2022, 4, k) for k in range(2, 30, 2)), *(date(2023, 3, k) for k in range(1, 31, 3)),
         *(date(2023, 4, k) for k in range(1, 9)), date(2022, 8, 1)])}
    checked = {"2022-04": 28, "2022-08": 30, "2023-03": 31, "2023-04": 30}
    value = {"dates": [], "nights_checked": 119, "share_00_05": 0.044, "zone": "Africa/Cairo", "travel_dates": [],
             "nights_one_record": 0, "broken_spans": []}
    late = Finding(id="late_nights", title="t", value=value, confidence="high", confidence_basis="b",
                   method="m", summary="", caveats=[])  # type: ignore[arg-type]
    set_late_nights(late, rows, [date(2022, 8, 1)], "Africa/Cairo", checked, sensitive.NightGate(dated=False))
    assert late.value == {
        "dates": None, "nights_checked": 119, "share_00_05": 0.044, "zone": "Africa/Cairo", "travel_dates": None,
        "nights_one_record": 0, "broken_spans": [{"months": 1, "nights": 14, "share": 0.5},
                                                 {"months": 2, "nights": 18, "share": 0.3}],
        "listed": 32, "travel_nights": 1, "over_days": 372, "listed_one_record": 0,
        "weekdays": {"Mon": 4, "Tue": 5, "Wed": 5, "Thu": 4, "Fri": 4, "Sat": 6, "Sun": 4}}
    assert late.summary == ("32 nights with activity inside your usual sleep window over 12 months (1 more on a trip "
                            "abroad set aside); broken nights in one month (14 nights, 50% of them) and over 2 "
                            "months (18 nights, 30% of them); 4.4% of activity falls 00–05 Africa/Cairo time.")
    assert late.caveats == ["Nights on a trip abroad (1) are set aside, not counted: they were spent on another "
                            "clock than Africa/Cairo time."]
    assert not re.search(r"20\d\d-\d\d", json.dumps([late.summary, late.caveats, late.value]))
    # with the flag: the dates, as before
    dated = Finding(id="late_nights", title="t", value={**value, "dates": [], "travel_dates": []},
                    confidence="high", confidence_basis="b", method="m", summary="")  # type: ignore[arg-type]
    set_late_nights(dated, rows, [date(2022, 8, 1)], "Africa/Cairo", checked, sensitive.NightGate(dated=True))
    assert dated.value["dates"][:2] == ["2022-04-02", "2022-04-04"] and dated.value["travel_dates"] == ["2022-08-01"]
    assert dated.value["broken_spans"][1] == {"from": "2023-03", "to": "2023-04", "nights": 18, "share": 0.3}
    assert dated.summary.startswith("32 nights with activity inside your usual sleep window (1 more on a trip abroad "
                                    "set aside); broken nights in 2022-04 (14 nights, 50% of them) and from 2023-03 "
                                    "to 2023-04 (18 nights, 30% of them)")


def test_any_findings_night_examples_lose_their_date_on_the_local_clock() -> None:
    """T27D H5, M1, T27E M4: late-night orders, the time zone's examples and another finding's example quoting a
    night-time record were dated. Night = 22:00-06:00 on the zone's clock, for every finding; a daytime record and a
    date-only one keep their dates."""
    from zoneinfo import ZoneInfo

    cairo = ZoneInfo("Africa/Cairo")  # UTC+2 in January
    items = [_item("2022-01-05T00:32:00Z"),  # 02:32 local: night
             _item("2022-01-05T19:30:00Z", 2),  # 21:30 local: evening, kept
             _item("2022-01-05T20:30:00Z", 3),  # 22:30 local: night
             _item("2022-01-05T04:10:00Z", 4),  # 06:10 local: morning, kept
             _item("2022-01-05", 5)]  # a date-only record: no hour, kept
    pairs = {"pairs": [{"ad": {**_item("2022-01-04T23:50:00Z", 9).to_dict()},
                        "order": {**_item("2022-01-05T12:00:00Z", 10).to_dict()}}]}
    interests = Finding(id="interests", title="t", value=pairs, confidence="low", confidence_basis="b",
                        method="m", summary="s", evidence=Evidence(items=list(items)))  # type: ignore[arg-type]
    sensitive.withhold_night_dates([interests], cairo)
    assert [i.time for i in interests.evidence.items] == [
        "withheld Wed 02:32", "2022-01-05T19:30:00Z", "withheld Wed 22:30", "2022-01-05T04:10:00Z", "2022-01-05"]
    assert interests.value["pairs"][0]["ad"]["time"] == "withheld Wed 01:50"  # 01:50 local
    assert interests.value["pairs"][0]["order"]["time"] == "2022-01-05T12:00:00Z"
    assert interests.caveats == []  # the note is the clock findings' only
    # without a zone the hours are UTC's
    assert sensitive.is_night("2022-01-05T23:00:00Z", None) and not sensitive.is_night("2022-01-05T12:00:00Z", None)


def test_holy_cities_are_withheld_the_trip_kept() -> None:
    """T27D L6: a trip to Makkah or Madinah (Hajj, Umrah) names the town a check-in or geotag was near; without
    --include-sensitive the town is withheld, the country and the trip stay. Medina, Ohio is no holy city."""
    trips = Finding(id="trips", title="t", value=[{"country": "SA", "start": "2023-06-25", "end": "2023-07-02"}],
                    confidence="medium", confidence_basis="b", method="m", summary="1 trip: SA.",  # type: ignore[arg-type]
                    evidence=Evidence(items=[_item("2023-06-26T09:00:00Z", 1, "check-in near Makkah, SA"),
                                             _item("2023-06-28T09:00:00Z", 2, "geotag near Madinah, SA"),
                                             _item("2023-06-30T09:00:00Z", 3, "geotag near Jeddah, SA"),
                                             _item("2023-07-10T09:00:00Z", 4, "check-in near Medina, US")]))
    sensitive.gate(trips)
    assert [i.excerpt for i in trips.evidence.items] == [
        "check-in near a place withheld (special category; --include-sensitive), SA",
        "geotag near a place withheld (special category; --include-sensitive), SA",
        "geotag near Jeddah, SA", "check-in near Medina, US"]
    assert trips.value == [{"country": "SA", "start": "2023-06-25", "end": "2023-07-02"}]
