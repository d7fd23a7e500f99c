"""Offsets, zone cities and a move's last day as people read them (T26B's L1 and L2, the CLOCK2 brief)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from test_inference_synth import START, Stream, person

from dataexam.inference import infer
from dataexam.report.view import _h_timezone, utc_offset_text, zone_city

NOW = datetime(2025, 1, 1, tzinfo=UTC)


def test_fractional_offsets_read_hours_and_minutes() -> None:
    assert [utc_offset_text(h) for h in (5.5, 5.75, 9.5, 12.75, -3.5, 1, -5)] == \
        ["UTC+5:30", "UTC+5:45", "UTC+9:30", "UTC+12:45", "UTC−3:30", "UTC+1", "UTC−5"]
    said = _h_timezone({"zone": "Asia/Kolkata", "utc_offset_hours": 5.5, "observes_dst": False})
    assert said == "You live on Kolkata time (Asia/Kolkata, UTC+5:30)."


def test_zone_cities_are_cldr_s() -> None:
    assert zone_city("America/St_Johns") == "St. John's"
    assert zone_city("Asia/Ho_Chi_Minh") == "Ho Chi Minh City"
    assert zone_city("Europe/Berlin") == "Berlin"
    assert zone_city("Etc/Unknown_Place") == "Unknown Place"


def test_the_finding_s_summary_writes_minutes() -> None:
    s = Stream("x.zip")
    extra = [s.ev(None, "twitter.profile", None, location="Kolkata, India"),
             *(s.ev(datetime(2023, 1, 2 + n, 6, tzinfo=UTC), "twitter.login", None, ip="49.36.0.1") for n in range(20))]
    tz = infer(sorted([*person("Asia/Kolkata", days=200), *extra], key=lambda e: e.sort_key), now=NOW) \
        .finding("timezone")
    assert tz.value["zone"] == "Asia/Kolkata" and tz.summary.startswith("UTC+5:30 — most likely Asia/Kolkata")


def test_a_move_has_one_last_day() -> None:
    """São Paulo → Lisbon: the earlier period's ``to`` and ``earlier_zone.until`` are one local day (they were the
    switch's UTC day and the day before it), and the Lisbon period starts on it or the day after."""
    cut = START + timedelta(days=400)
    s = Stream("logins.zip")
    days = [START + timedelta(days=5 * n) for n in range(120)]
    ips = [s.ev(datetime(d.year, d.month, d.day, 15, tzinfo=UTC), "twitter.login", None,
                ip="179.228.136.117" if d < cut else "148.71.235.200") for d in days]
    events = [*person("America/Sao_Paulo", days=400), *person("Europe/Lisbon", days=200, seed=2, start=cut), *ips]
    tz = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("timezone")
    periods, earlier = tz.value["periods"], tz.value["earlier_zone"]
    assert [p["zone"] for p in periods] == ["America/Sao_Paulo", "Europe/Lisbon"]
    assert earlier["until"] == periods[0]["to"]
    last, first = date.fromisoformat(periods[0]["to"]), date.fromisoformat(periods[1]["from"])
    assert abs((cut - timedelta(days=1) - last).days) <= 1 and 0 <= (first - last).days <= 1
