"""T32A M5: a move between neighbouring clocks (an hour or two: under the regimes' 2.5 h) whose only place evidence is
after it — X keeps login IPs for months only — was one zone for the whole history, fitted with a change of habits
("Your clock moved later by 1 h … new working hours, or a move to a neighbouring zone"), and the later city's
evenings were late nights at high. Where the login IPs from the change on are in one country that is not the zone's,
and none before it, the change is a move: each side is read on its own zone (periods.split_at_placed_step)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from test_inference_synth import Stream, person

from dataexam.inference import infer

NOW = datetime(2025, 10, 1, tzinfo=UTC)
MOVE = date(2024, 9, 1)
DE_IP = "141.20.5.9"  # Humboldt-Universität zu Berlin's block (iptocc: DE)
RU_IP = "5.255.255.5"  # a Yandex address (iptocc: RU)
US_IP = "8.8.8.8"


def _moved(*, ips_from: date, ip: str = DE_IP, earlier_ip: str | None = None, later_zone: str = "Europe/Berlin"
           ) -> list:
    s = Stream("twitter.zip")
    before = person("Europe/Moscow", days=(MOVE - date(2022, 9, 1)).days, start=date(2022, 9, 1), per_day=8)
    after = person(later_zone, days=395, start=MOVE, per_day=8, seed=2)
    logins = [s.ev(datetime(d.year, d.month, d.day, 17, tzinfo=UTC), "twitter.login", None, ip=ip)
              for d in (ips_from + timedelta(days=3 * n) for n in range(60)) if d < date(2025, 9, 30)]
    if earlier_ip is not None:
        logins += [s.ev(datetime(2023, 3, 1, 14, tzinfo=UTC) + timedelta(days=4 * n), "twitter.login", None,
                        ip=earlier_ip) for n in range(60)]
    return sorted([*before, *after, *logins], key=lambda e: e.sort_key)


def test_a_move_moscow_to_berlin_placed_by_later_logins_reads_each_side_on_its_clock() -> None:
    report = infer(_moved(ips_from=date(2025, 4, 1)), now=NOW)
    tz = report.finding("timezone")
    assert tz.value["zone"] == "Europe/Berlin"
    periods = tz.value["periods"]
    assert [(p["kind"], p["utc_offset_hours"], p["observes_dst"]) for p in periods] == [
        ("earlier home", 3.0, False), ("home", 1.0, True)]
    assert abs((date.fromisoformat(periods[1]["from"]) - MOVE).days) <= 3  # the habit step's day, give or take
    assert tz.value["clock_change"] is None
    # her Berlin evenings are no late nights (was 59 nights, a spell of broken nights, high)
    late = report.finding("late_nights")
    assert late.value["listed"] == 0 and late.summary.startswith("0 nights"), late.summary


def test_logins_in_that_country_before_the_change_too_keep_one_zone() -> None:
    """Logins in Germany on both sides of a one-hour change: a new rhythm there (or a VPN), not a move."""
    tz = infer(_moved(ips_from=date(2025, 4, 1), earlier_ip=DE_IP), now=NOW).finding("timezone")
    assert tz.value["periods"] is None and tz.value["clock_change"]["utc_hours"] == 1.0


def test_a_far_exit_after_the_change_is_no_move_there() -> None:
    """Logins only from a US address after the change (a VPN's exit): Berlin's evenings on a US clock would put the
    night at noon — no move to America is read. The move itself (UTC+3 all year → Berlin, 2 h apart in winter and
    1 h in summer) is read from the rhythm alone since T36's moves across a part-year difference (MOVEDATE); this
    test asserted no periods at all before, which encoded that limit."""
    tz = infer(_moved(ips_from=date(2025, 4, 1), ip=US_IP), now=NOW).finding("timezone")
    periods = tz.value["periods"]
    assert tz.value["zone"] == "Europe/Berlin"
    assert [(p["kind"], p["utc_offset_hours"], p["zone"].startswith("America/")) for p in periods] == [
        ("earlier home", 3.0, False), ("home", 1.0, False)]
    assert abs((date.fromisoformat(periods[1]["from"]) - MOVE).days) <= 3
