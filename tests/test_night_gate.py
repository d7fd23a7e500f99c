"""GATE (twenty-ninth pass): night dates withheld by the clock itself, not by rewriting finished text; the first and
last records' instants (T28D M2); a home in a holy city.

Without ``--include-sensitive`` the findings that speak of nights build their texts and values undated
(``sensitive.NightGate``): the same person read with and without the flag differs in exactly the dated phrases and
fields, whatever the clock's wording. The inputs' and the trust score's first and last records give a night-time
record as every example does ("withheld Thu 22:32"). A home in Makkah or Madinah names the country only.
"""

from __future__ import annotations

import io
import json
import random
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_clock_unusual_nights import _night_shifts, feeds, sleeper
from test_inference_synth import Stream, local

from dataexam import report as report_module
from dataexam.inference import infer
from dataexam.inference.sensitive import NIGHT_DATES_NOTE, NightGate, holy_town

NOW = datetime(2025, 1, 1, tzinfo=UTC)
ISO_DAY = re.compile(r"20\d\d-\d\d-\d\d")
CLOSED, OPEN = NightGate(dated=False), NightGate(dated=True)


def test_the_gate_words_spells_and_months_with_or_without_dates() -> None:
    assert OPEN.spell("2022-04-03", "2022-05-04") == "from 2022-04-03 to 2022-05-04"
    assert OPEN.spell("2022-04-03", "2022-05-04", lead="") == "2022-04-03 to 2022-05-04"
    assert CLOSED.spell("2022-04-03", "2022-05-04") == "in a spell of 32 days"
    assert CLOSED.spell("2022-04-03", "2022-05-04", lead="") == "a spell of 32 days"
    assert CLOSED.spell("2022-04-03", "2022-04-03", lead="") == "a spell of 1 day"  # wording.plural
    assert CLOSED.spell("2022-01-01", "2022-06-30", lead="") == "a spell of 6 months"  # 181 days
    assert CLOSED.spell("2020-01-01", "2022-06-30", lead="") == "a spell of 2.5 years"  # 912 days
    assert OPEN.months({"from": "2024-03", "to": "2024-03"}) == "in 2024-03"
    assert OPEN.months({"from": "2024-03", "to": "2024-06"}) == "from 2024-03 to 2024-06"
    assert CLOSED.months({"from": "2024-03", "to": "2024-03"}) == "in one month"
    assert CLOSED.months({"from": "2023-11", "to": "2024-02"}) == "over 4 months"


def test_a_records_instant_is_withheld_at_night_only_without_the_flag() -> None:
    """T28D M2: the bounds of a period are given as the examples are."""
    night, noon = datetime(2021, 11, 11, 22, 32, 48, tzinfo=UTC), datetime(2021, 11, 11, 12, tzinfo=UTC)
    assert CLOSED.instant(night, None) == "withheld Thu 22:32"
    assert OPEN.instant(night, None) == "2021-11-11T22:32:48Z"
    assert CLOSED.instant(noon, None) == "2021-11-11T12:00:00Z"
    assert CLOSED.day(noon, None) == "2021-11-11" and CLOSED.day(night, None) == "withheld Thu 22:32"
    assert OPEN.day(night, None) == "2021-11-11"
    assert CLOSED.instant(None, None) is None and CLOSED.day(None, None) is None
    # on the zone's clock: 04:30 UTC is 05:30 in Berlin in winter (night), 21:30 UTC is 22:30 (night), 05:30 UTC is
    # 06:30 (morning, kept)
    berlin = ZoneInfo("Europe/Berlin")
    assert CLOSED.instant(datetime(2022, 1, 5, 4, 30, tzinfo=UTC), berlin) == "withheld Wed 05:30"
    assert CLOSED.instant(datetime(2022, 1, 5, 21, 30, tzinfo=UTC), berlin) == "withheld Wed 22:30"
    assert CLOSED.instant(datetime(2022, 1, 5, 5, 30, tzinfo=UTC), berlin) == "2022-01-05T05:30:00Z"


# -- the same person with and without the flag: only the dated phrases differ -------------------------------------
@pytest.fixture(scope="module")
def shifts():
    """Two months of night shifts at home in nine (test_clock_unusual_nights): a shift spell in the sleep finding,
    the time zone's quiet hours shifted by it."""
    events = _night_shifts([(23.0, 39.5)])
    return infer(events, now=NOW, include_sensitive=True), infer(events, now=NOW)


def test_the_shift_spell_is_written_by_its_length(shifts) -> None:
    dated, undated = (r.finding("sleep") for r in shifts)
    [sp] = dated.value["shift_periods"]
    days = (date.fromisoformat(sp["to"]) - date.fromisoformat(sp["from"])).days + 1
    assert 58 <= days <= 63
    rest = {k: v for k, v in sp.items() if k not in ("from", "to")}
    assert undated.value["shift_periods"] == [{"days": days, **rest}]
    assert undated.value["shift_nights"] == sp["nights"] and "shift_nights" not in dated.value
    spell = f"in a spell of {days} days" if days < 62 else "in a spell of 2 months"
    assert undated.summary == dated.summary.replace(f"from {sp['from']} to {sp['to']}", spell)
    assert f"on the shift nights {spell}, asleep" in undated.summary
    months = [(OPEN.months(b), CLOSED.months(b)) for b in shifts[0].finding("late_nights").value["broken_spans"]]
    assert months  # the shift's nights are late nights: their months are broken nights too

    def undate(c: str) -> str:
        for a, b in [(f"from {sp['from']} to {sp['to']}", spell), *months]:
            c = c.replace(a, b)
        return c

    assert undated.caveats == [*map(undate, dated.caveats), NIGHT_DATES_NOTE]
    # every other field the same
    assert {k: v for k, v in undated.value.items() if k not in ("shift_periods", "shift_nights")} == \
        {k: v for k, v in dated.value.items() if k != "shift_periods"}


def test_the_time_zone_does_not_date_the_night_work(shifts) -> None:
    """The time zone's caveat and basis named the shift spell's dates ("shift by 8.8 h from 2023-03-01 to
    2023-04-30 … night or shift work at home") and its value the parts' days: both dated the nights the sleep
    finding withheld."""
    dated, undated = (r.finding("timezone") for r in shifts)
    assert dated.value["quiet_hours_shift"]["from"] is not None
    said = [c for c in dated.caveats if c.startswith("Your quiet hours shift")]
    assert len(said) == 1 and ISO_DAY.search(said[0])
    assert undated.value["quiet_hours_shift"] == {"from": None, "to": None,
                                                   "utc_hours": dated.value["quiet_hours_shift"]["utc_hours"]}
    [mine] = [c for c in undated.caveats if c.startswith("Your quiet hours shift")]
    assert re.match(r"Your quiet hours shift by 8\.\d h in a spell of \d+ days, and your logins then are from DE",
                    mine), mine
    for f in shifts[1].findings:
        if f.id in ("timezone", "sleep", "social_jetlag", "late_nights", "routine"):
            assert not ISO_DAY.search(json.dumps([f.summary, f.caveats, f.confidence_basis, f.value])), f.id


def test_the_broken_months_are_counted_not_named() -> None:
    """Months of night feeds (test_clock_unusual_nights' parent): the late nights' summary and the sleep caveat say
    "over 4 months" where the flag gives "from 2024-03 to 2024-06"; the rest is the same."""
    events = sleeper(extra=feeds)
    dated, undated = infer(events, now=NOW, include_sensitive=True), infer(events, now=NOW)
    d_late, u_late = dated.finding("late_nights"), undated.finding("late_nights")
    [span] = d_late.value["broken_spans"]
    assert (span["from"], span["to"]) == ("2024-03", "2024-06")
    assert u_late.value["broken_spans"] == [{"months": 4, "nights": span["nights"], "share": span["share"]}]
    days = sorted(map(date.fromisoformat, d_late.value["dates"]))
    over = (days[-1] - days[0]).days + 1
    assert u_late.value["over_days"] == over and u_late.value["listed"] == len(days)
    assert sum(u_late.value["weekdays"].values()) == len(days)
    assert u_late.value["weekdays"]["Mon"] == sum(d.weekday() == 0 for d in days)
    head = f"{len(days)} nights with activity inside your usual sleep window"
    assert u_late.summary.startswith(head + " over ")
    said = u_late.summary
    assert said[len(head):said.index(";")] == f" over {round(over / 30.44)} months"
    assert said[:len(head)] + said[said.index(";"):] == d_late.summary.replace(" from 2024-03 to 2024-06",
                                                                             " over 4 months")
    d_sleep, u_sleep = dated.finding("sleep"), undated.finding("sleep")
    assert u_sleep.caveats[:-1] == [c.replace("from 2024-03 to 2024-06", "over 4 months") for c in d_sleep.caveats]
    assert any("of the nights over 4 months: the window is" in c for c in u_sleep.caveats)


# -- the first and last records (T28D M2) ---------------------------------------------------------------------------
def test_the_period_does_not_date_a_night_time_first_record() -> None:
    """T28D M2: az_it2021's first order at 22:32 was "Thu 22:32, date withheld" as an example and
    "2021-11-11T22:32:48Z" as the inputs' first record and the trust score's period."""
    rng = random.Random(2)
    s = Stream("x.zip")
    berlin = ZoneInfo("Europe/Berlin")
    az = Stream("amazon.zip")
    # the first record: an order at 23:30 (the trust score's Amazon history starts there too)
    events = [az.ev(local(berlin, date(2023, 1, 5), 23.5), "amazon.order_item", "Paperback", total="12.00",
                    currency="EUR", order_id="302-1")]
    d = date(2023, 1, 6)
    while d < date(2023, 7, 1):
        events += [s.ev(local(berlin, d, rng.uniform(8, 21)), "twitter.tweet", "a day out") for _ in range(6)]
        if d.day == 15:
            events.append(az.ev(local(berlin, d, 12.0), "amazon.order_item", "Paperback", total="12.00",
                                currency="EUR", order_id=f"302-{d.month}"))
        events.append(s.ev(local(berlin, d, 9.0), "twitter.login", None, ip="85.214.132.117"))
        d += timedelta(days=1)
    events.sort(key=lambda e: e.sort_key)
    plain, flagged = infer(events, now=NOW), infer(events, now=NOW, include_sensitive=True)
    assert plain.inputs["first"] == "withheld Thu 23:30"  # 22:30 UTC, on Berlin's clock
    assert plain.inputs["last"].startswith("2023-06-30T") and plain.inputs["last"] == flagged.inputs["last"]
    assert flagged.inputs["first"] == "2023-01-05T22:30:00Z"
    trust = plain.finding("trust_score").value
    assert trust["period"] == ["withheld Thu 23:30", plain.inputs["last"]]
    assert trust["factors"]["credit_history"]["inputs"]["account_since"] == "withheld Thu 23:30"
    assert flagged.finding("trust_score").value["factors"]["credit_history"]["inputs"]["account_since"] == \
        "2023-01-05"
    buf = io.StringIO()
    report_module.render(plain, "text", buf)
    # the archive's span keeps its month (T32A: a night worker's Period was two weekdays and hours, no date at all)
    assert plain.inputs["first_month"] == "2023-01" and "last_month" not in plain.inputs
    assert "first_month" not in flagged.inputs
    assert "Period Jan 2023, Thu 23:30, date withheld (night-time; --include-sensitive) – 30 Jun 2023" in \
        " ".join(buf.getvalue().split())
    # the first record is the only one of its day: no format dates it
    for fmt in ("json", "markdown", "html"):
        buf = io.StringIO()
        report_module.render(plain, fmt, buf, detail="full")  # type: ignore[arg-type]
        assert "2023-01-05" not in buf.getvalue() and "5 Jan 2023" not in buf.getvalue(), fmt


# -- a home in a holy city ----------------------------------------------------------------------------------------
RIYADH = ZoneInfo("Asia/Riyadh")


def _saudi_life(declared: str) -> list:
    rng = random.Random(3)
    s, fb = Stream("x.zip"), Stream("fb.zip")
    out = []
    d = date(2023, 1, 2)
    while d < date(2023, 7, 1):
        out += [s.ev(local(RIYADH, d, rng.uniform(8, 21.5)), "twitter.tweet", "Traffic on the ring road")
                for _ in range(8)]
        out.append(s.ev(local(RIYADH, d, 9.5), "twitter.login", None, ip="37.224.0.1"))  # a Saudi block (iptocc)
        d += timedelta(days=1)
    out.append(fb.ev(local(RIYADH, date(2023, 1, 3), 12), "facebook.profile", declared, field="current_city"))
    return sorted(out, key=lambda e: e.sort_key)


@pytest.mark.parametrize("declared", ["Makkah, Saudi Arabia", "Mecca, Saudi Arabia", "Al-Madinah, Saudi Arabia"])
def test_a_home_in_a_holy_city_names_the_country_only(declared: str) -> None:
    """Living in Makkah or Madinah tells a religion (non-Muslims may not enter): the home is Saudi Arabia, with no
    note (a note would tell the town's kind); with the flag the town is named."""
    events = _saudi_life(declared)
    plain = infer(events, now=NOW)
    home = plain.finding("home")
    assert home.value["country"] == "SA" and home.value["city"] is None
    assert home.summary.startswith("You most likely live in Saudi Arabia (")
    for fmt in ("json", "text", "markdown", "html"):
        buf = io.StringIO()
        report_module.render(plain, fmt, buf, detail="full")  # type: ignore[arg-type]
        said = buf.getvalue().split("<script")[0]  # the HTML's own text, not the chart library's
        assert not re.search(r"makkah|mecca|madinah|medina", said, re.IGNORECASE), fmt
    named = infer(events, now=NOW, include_sensitive=True).finding("home")
    assert named.value["city"] is not None and named.summary.startswith("You most likely live in ")
    assert named.value["city"] != "Saudi Arabia"


def test_an_ordinary_saudi_town_and_medina_ohio_are_named() -> None:
    assert infer(_saudi_life("Jeddah, Saudi Arabia"), now=NOW).finding("home").value["city"] == "Jeddah"
    assert holy_town("Makkah", "SA") and holy_town("makkah al-mukarramah", "sa") and holy_town("Médina", "SA")
    assert not holy_town("Medina", "US") and not holy_town("Jeddah", "SA") and not holy_town("Makkah", None)
