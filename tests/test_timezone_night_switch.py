"""The time zone's switch dates are night-time dates too (GATE3, CLOCK4's leftover): Lisbon → São Paulo, whose
travel night puts a record at 23:45 on São Paulo's clock (02:45 UTC, the night in Lisbon too) between the last
evening in Lisbon (22:30) and the first day in São Paulo. A far move's switch lies at UTC midnight of such a travel
night (clock._day_switch), beside night-time records. Without --include-sensitive the value's
``earlier_zone.until`` and the periods' ``from``/``to``/``start`` around that switch are undated ("withheld Mon
23:45", as the other night-time bounds: ``sensitive.NightGate``), in every format and in the batch's findings table;
the report still reads every example on its own period's clock (``Report.clock``). With the flag the dates stay.

Before MOVE45 this fixture was São Paulo → Lisbon, the Lisbon records from 6 Feb 2024 and a planted 01:30 record on
7 Feb: the switch sat at UTC midnight of 7 Feb, a day late, and the night record beside it withheld the day. A far
move's switch now lies between two daytime records of its first day (6 Feb), which the default report gives:
:func:`test_a_night_record_a_day_after_the_first_daytime_records_leaves_the_day_given`."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_synth import START, Stream, local, person

from dataexam import report as report_module
from dataexam.batch.tables import finding_row
from dataexam.inference import infer
from dataexam.inference.timezone import MovedZone
from dataexam.report import view

NOW = datetime(2025, 1, 1, tzinfo=UTC)
CUT = START + timedelta(days=400)  # Tuesday 2024-02-06: the first day of the new clock's records
LISBON_IP, SAO_PAULO_IP = "148.71.235.200", "179.228.136.117"
#: the travel night's record: 02:45 UTC on Tuesday 2024-02-06, 23:45 on Monday in São Paulo (UTC−3), 02:45 in Lisbon
NIGHT = datetime(2024, 2, 6, 2, 45, tzinfo=UTC)

#: the switch's bounds beside a night-time record, said by its window (WINDOW66), and how a sentence says the day
NEAR_W = "withheld (near a night-time move) Jan–Mar 2024"
NEAR_DAY = "day withheld: near a night-time move; --include-sensitive"


def _events(planted: bool = True, night: datetime = NIGHT, east: bool = False) -> list:
    """Lisbon from 2 Jan 2023 to 5 Feb 2024, São Paulo from ``CUT`` (``east``: the other way), a login every fifth
    day at 15:00 UTC from the home's address; ``planted``: one tweet at ``night``."""
    s = Stream("logins.zip")
    a, b = ("America/Sao_Paulo", "Europe/Lisbon") if east else ("Europe/Lisbon", "America/Sao_Paulo")
    ip_a, ip_b = (SAO_PAULO_IP, LISBON_IP) if east else (LISBON_IP, SAO_PAULO_IP)
    # no login on the move's days (the first on the new clock on Thursday 8 Feb): a saved report places an undated
    # switch at its first instant on the new clock (json._with_examples_from), and one within a day of the real
    # switch reads its wall time as shown twice (view._repeated) where the live report does not
    days = [START + timedelta(days=5 * n + 2) for n in range(120)]
    ips = [s.ev(datetime(d.year, d.month, d.day, 15, tzinfo=UTC), "twitter.login", None,
                ip=ip_a if d < CUT else ip_b) for d in days]
    events = [*person(a, days=400), *person(b, days=200, seed=2, start=CUT), *ips]
    if planted:
        events.append(Stream("late.zip").ev(night, "twitter.tweet", "up late after the move"))
    return sorted(events, key=lambda e: e.sort_key)


@pytest.fixture(scope="module")
def reports() -> dict[bool, object]:
    events = _events()
    return {flag: infer(events, now=NOW, include_sensitive=flag) for flag in (False, True)}


def test_the_switch_is_undated_without_the_flag_and_dated_with_it(reports) -> None:  # type: ignore[no-untyped-def]
    dated = reports[True].finding("timezone").value
    assert dated["earlier_zone"]["until"] == "2024-02-05"
    assert [(p["zone"], p["from"], p["to"], p["start"]) for p in dated["periods"]] == [
        ("Europe/Lisbon", "2023-01-02", "2024-02-05", None),
        ("America/Sao_Paulo", "2024-02-06", "2024-08-24", "2024-02-06T00:00:00Z")]
    tz = reports[False].finding("timezone")
    v = tz.value
    # the switch as a whole: the new clock's first record (23:45 in São Paulo, night) and the old clock's last one
    # (22:30 in Lisbon, the evening before) each by weekday and hour; the export's last record (01:00) too
    # WINDOW66: the switch's two bounds by its window (Jan–Mar 2024), no weekday nor hour (they were "withheld Mon
    # 22:30" / "withheld Mon 23:45", the weekday one night in seven); the export's last record, at night with no
    # switch beside it, keeps its own form
    assert v["earlier_zone"] == dated["earlier_zone"] | {"until": NEAR_W}
    assert [(p["from"], p["to"], p["start"]) for p in v["periods"]] == [
        ("2023-01-02", NEAR_W, None),
        (NEAR_W, "withheld Sat 01:00", NEAR_W)]
    said = " ".join([*tz.caveats, tz.confidence_basis, tz.summary])
    assert "2024-02-05" not in said and "2024-02-06" not in said
    # T33B L1: the bound said by its month, the sentence whole (was "Your records from Wed 01:30, date withheld
    # (night-time; --include-sensitive) on fit Europe/Lisbon")
    # WINDOW62: the switch's bounds by its window's months (Jan–Mar 2024 about 6 Feb, the first day on São Paulo's
    # clock), not the night's own month ("Feb 2024"), here and in "around …"
    assert f"Your records since Jan–Mar 2024 ({NEAR_DAY}) fit America/Sao_Paulo, " \
           "those before them Europe/Lisbon;" in tz.caveats[0]
    assert [(p.get("from_month"), p.get("to_month")) for p in v["periods"]] == [(None, "2024-01/2024-03"),
                                                                              ("2024-01/2024-03", "2024-08")]
    assert "around Jan–Mar 2024" in tz.caveats[0]  # the window is said, as the other withheld bounds'
    assert tz.confidence == reports[True].finding("timezone").confidence == "medium"  # Manaus's clock alike
    assert tz.value["zone"] == dated["zone"] and tz.summary == reports[True].finding("timezone").summary


@pytest.mark.parametrize(("east", "planted"), [(False, False), (True, False), (True, True)])
def test_a_night_record_a_day_after_the_first_daytime_records_leaves_the_day_given(east: bool,
                                                                                   planted: bool) -> None:
    """This module's fixture before MOVE45 (``east``: São Paulo → Lisbon, the Lisbon records from Tuesday 6 Feb, a
    record at 01:30 in Lisbon on Wednesday 7 Feb) and the travel night's move without its night record: the switch
    lies between two daytime records of the new clock's first day, and the default report gives its day. Before,
    the switch was at 2024-02-07T00:00:00Z beside the 01:30 record ("since Feb 2024 (day withheld …)"), or, without
    it, "since 7 Feb 2024": a day late."""
    night = local(ZoneInfo("Europe/Lisbon"), CUT, 25.5)
    assert night == datetime(2024, 2, 7, 1, 30, tzinfo=UTC)
    tz = infer(_events(planted=planted, night=night, east=east), now=NOW).finding("timezone")
    v = tz.value
    assert v["earlier_zone"]["until"] == "2024-02-05"
    (first_from, first_start), (later_from, later_start) = [(p["from"], p["start"]) for p in v["periods"]]
    assert (first_from, first_start, later_from) == ("2023-01-02", None, "2024-02-06")
    # the switch instant: on no record, between two daytime ones near the later clock's noon
    assert later_start.startswith("2024-02-06T") and "T09:00:00Z" <= later_start[10:] <= "T15:00:00Z", later_start
    later, earlier = ("Lisbon", "São Paulo") if east else ("São Paulo", "Lisbon")
    said = view.headline(tz.to_dict())
    assert f"{later} time (" in said and f"since 6 Feb 2024; before, on {earlier} time" in said, said
    assert "withheld" not in said and tz.confidence == ("high" if east else "medium")


def test_every_format_says_the_switch_undated_and_reads_examples_on_their_own_clock(reports) -> None:  # type: ignore[no-untyped-def]
    report = reports[False]
    data = report_module.prepare(report)
    zone = view.local_zone(data)
    # the renderers' clock is the rule's own, switch included, though the value no longer dates it
    assert isinstance(zone, MovedZone) and zone is report.clock
    assert view.local_time("2024-02-05T20:00:00Z", zone) == "2024-02-05 20:00"  # Lisbon's evening
    assert view.local_time("2024-02-06T20:00:00Z", zone) == "2024-02-06 17:00"  # São Paulo's
    headline = view.headline(data["by_id"]["timezone"] if "by_id" in data else
                             next(f for f in data["findings"] if f["id"] == "timezone"))
    assert headline.startswith("You live on Manaus time (America/Manaus, UTC−4) or São Paulo time "
                               "(America/Sao_Paulo, UTC−3) since Jan–Mar 2024 (day withheld: near a night-time move; "
                               "--include-sensitive); before, on Lisbon time"), headline
    outs = {}
    for fmt in ("json", "text", "markdown", "html"):
        buf = io.StringIO()
        report_module.render(report, fmt, buf, detail="full")  # type: ignore[arg-type]
        outs[fmt] = buf.getvalue()
    doc = json.loads(outs["json"])
    assert "_clock" not in doc
    assert doc["by_id"]["timezone"]["value"]["earlier_zone"]["until"] == NEAR_W
    for fmt, out in outs.items():
        assert "since Jan–Mar 2024 (day withheld: near a night-time move" in out or fmt == "json", fmt
        assert "since 6 Feb 2024" not in out and "2024-02-06T00:00:00Z" not in out, fmt
    # with the flag the headline dates the move, as before
    dated = report_module.prepare(reports[True])
    tz = next(f for f in dated["findings"] if f["id"] == "timezone")
    assert "since 6 Feb 2024; before, on Lisbon time" in view.headline(tz)


def test_a_report_dict_without_the_clock_skips_an_undated_switch(reports) -> None:  # type: ignore[no-untyped-def]
    """A report dict with no clock of its own and no ``examples_from`` (a JSON written before GATE4): an undated
    switch is not placed (no error, no date guessed). The saved JSON now carries it: tests/test_night_gate_clocks.py."""
    doc = json.loads(report_module.to_json(reports[False]))
    for f in [*doc["findings"], doc["by_id"]["timezone"]]:
        for p in f["value"]["periods"] if f["id"] == "timezone" else ():
            p.pop("examples_from", None)
    zone = view.local_zone(doc)
    assert zone is not None and not isinstance(zone, MovedZone) and zone.key == "America/Sao_Paulo"


def test_the_batch_findings_table_holds_the_undated_bounds(reports) -> None:  # type: ignore[no-untyped-def]
    rows = {flag: finding_row("p1", r.finding("timezone").to_dict()) for flag, r in reports.items()}
    assert rows[False]["value__earlier_zone__until"] == NEAR_W
    assert not [k for k, x in rows[False].items() if "2024-02-05" in str(x) or "2024-02-06" in str(x)]
    assert rows[True]["value__earlier_zone__until"] == "2024-02-05"  # the periods, a list: JSON text, dated alike


def test_an_example_beside_a_switch_is_read_on_both_clocks():
    """T30C N1: the first Canadian login, 02:50 in Toronto, sat a day before the clock's switch to Toronto and was an
    example at "2024-09-01 08:50 local" (Berlin's clock), dated. Within SWITCH_DOUBT_H of a switch an example is at
    night if it is on either clock; farther from it, its own period's clock alone decides."""
    from dataexam.inference.model import EvidenceItem
    from dataexam.inference.sensitive import _undate_items
    from dataexam.inference.timezone import MovedZone

    clock = MovedZone(ZoneInfo("Europe/Berlin"), ZoneInfo("America/Toronto"), datetime(2024, 9, 2, 12, tzinfo=UTC))
    items = [EvidenceItem("x", "ip-audit.js", i, t, "twitter.login") for i, t in enumerate(
        ["2024-09-01T06:50:00.000Z", "2024-08-20T06:50:00.000Z", "2024-09-02T15:51:00.000Z"])]
    said = [i.time for i in _undate_items(items, clock, every=False)]
    assert said == ["withheld Sun 02:50", "2024-08-20T06:50:00.000Z", "2024-09-02T15:51:00.000Z"]


def test_a_move_beside_a_night_record_is_said_by_its_month_never_as_a_daytime_record_s_night() -> None:
    """T33B L1: Perth → Sydney, the last record on Perth's clock at night and the first on Sydney's at 11:00: "Your
    records from Sat 11:00, date withheld (night-time; --include-sensitive) on fit Australia/Sydney" — a daytime
    record said as a night-time one, and the sentence broken. The switch stays undated as a whole in the value (a
    day beside the other record's weekday would date the night), and every sentence says the bound's month."""
    # Lisbon, whose last evening (Mon 22:30) is at night, then São Paulo from Mon 21:30 (daytime there; 00:30 UTC on
    # the travel night, which puts the switch at UTC midnight: clock._day_switch)
    events = _events(night=datetime(2024, 2, 6, 0, 30, tzinfo=UTC))
    tz = infer(events, now=NOW).finding("timezone")
    v = tz.value
    assert v["earlier_zone"]["until"] == v["periods"][1]["from"] == NEAR_W
    assert v["periods"][0]["to_month"] == v["periods"][1]["from_month"] == "2024-01/2024-03"  # WINDOW62: the window
    move = next(c for c in tz.caveats if "a move" in c)
    assert f"Your records since Jan–Mar 2024 ({NEAR_DAY}) fit America/Sao_Paulo, " \
           "those before them Europe/Lisbon" in move
    assert "date withheld" not in move and " on fit " not in move
    data = report_module.prepare(infer(events, now=NOW))
    headline = view.headline(next(f for f in data["findings"] if f["id"] == "timezone"))
    assert f"since Jan–Mar 2024 ({NEAR_DAY}); before, on Lisbon time" in headline
    assert "date withheld" not in headline


def test_a_period_s_bounds_are_said_by_their_month() -> None:
    """T33B L1's stays (chicago_uk_summers: "31 Aug 2024 – Sat 23:00, date withheld (…)", the London summer's bounds
    "withheld Sun 08:00" … "withheld Sun 22:00"): a withheld bound by its month, the reason said once."""
    from dataexam.inference.sensitive import spoken_bound, spoken_span

    stay = {"from": "withheld Sun 08:00", "from_month": "2024-06", "to": "withheld Sat 23:00", "to_month": "2024-08"}
    assert view.period_span(stay) == "Jun 2024 – Aug 2024 (days withheld: night-time; --include-sensitive)"
    assert view.period_span(stay | {"from": "2024-06-01"}) == \
        "1 Jun 2024 – Aug 2024 (day withheld: night-time; --include-sensitive)"
    assert view.period_span({"from": "2024-06-01", "to": "2024-08-31"}) == "1 Jun – 31 Aug 2024"
    assert spoken_span(stay["from"], stay["from_month"], stay["to"], stay["to_month"]) == \
        "from Jun 2024 to Aug 2024 (days withheld: night-time; --include-sensitive)"
    assert spoken_bound("2024-06-01", None) == "2024-06-01"
    assert spoken_bound("withheld (special category) Sun 10:27", "2024-06-30") == \
        "Jun 2024 (day withheld: special category; --include-sensitive)"
