"""A move between one country's clocks is no foreign zone's change of law (CHIPHX, pass 38): a Chicagoan who moved to
Phoenix on 1 Jan 2024, US logins throughout, export to Dec 2024, was "UTC−2 with daylight saving (UTC−1 with summer
time until 30 Mar 2024) — most likely America/Scoresbysund", no periods — Scoresbysund's own change of law in 2024
(UTC−1 → UTC−2) mimicked the move, and the season blocks' reading of the change of summer-time habit failed on a
short last winter. Where the logins place the person in one country, the history is now read on that country's own
clocks (periods.clock_runs) and the move dated between them. People are invented: records built directly as events
(test_inference_synth.person's sleeper), logins from an invented US address."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from test_clock_moves_after_seasons import US_IP, _lived

from dataexam.inference import infer

NOW = datetime(2025, 4, 5, tzinfo=UTC)


def _moved(first: str, second: str, on: date, end: date, ip: str | None = US_IP) -> dict:
    events = _lived([(first, ip, date(2023, 1, 1), on - timedelta(days=1)), (second, ip, on, end)],
                    login_share=0.5, seed=31)
    return infer(events, now=NOW, include_sensitive=True).finding("timezone")


def _periods(tz: dict) -> list[tuple]:
    return [(p["zone"], p["from"], p["utc_offset_hours"], p["observes_dst"]) for p in tz["periods"] or []]


def test_chicago_to_phoenix_on_new_year_is_a_move_not_scoresbysund() -> None:
    f = _moved("America/Chicago", "America/Phoenix", date(2024, 1, 1), date(2024, 12, 31))
    tz = f.value
    assert tz["zone"] == "America/Phoenix"
    assert "Scoresbysund" not in f.summary and f.summary.startswith("UTC-7 — most likely America/Phoenix")
    got = _periods(tz)
    # the earlier US clock (the head count may name New York's for Chicago's: the same person's night), summer time
    # kept; Phoenix's without, from the move (a Monday; its Sunday eve may read on the later clock already)
    assert len(got) == 2 and got[0][1] == "2023-01-01" and got[0][3] and got[0][0].startswith("America/")
    assert got[1][0] == "America/Phoenix" and got[1][2:] == (-7.0, False)
    assert got[1][1] in ("2023-12-31", "2024-01-01")


def test_longer_export_and_march_move_are_dated_moves_too() -> None:
    for on, end in ((date(2024, 1, 1), date(2025, 4, 4)), (date(2024, 3, 1), date(2025, 4, 4))):
        f = _moved("America/Chicago", "America/Phoenix", on, end)
        got = _periods(f.value)
        assert f.value["zone"] == "America/Phoenix", (on, f.summary)
        assert len(got) == 2 and got[1][0] == "America/Phoenix" and not got[1][3] and got[0][3]
        assert abs((date.fromisoformat(got[1][1]) - on).days) <= 1


def test_moves_on_one_summer_time_rule_name_no_foreign_zone() -> None:
    # Chicago → Denver and New York → Chicago on 1 Jan: an hour's change on one summer-time rule (new working hours
    # or a move, the records cannot tell); never a Greenland or Kazakh zone with US logins
    for first, second in (("America/Chicago", "America/Denver"), ("America/New_York", "America/Chicago")):
        f = _moved(first, second, date(2024, 1, 1), date(2025, 4, 4))
        assert f.value["zone"].startswith("America/") and f.value["zone"] != "America/Scoresbysund", f.summary
        assert f.value["observes_dst"] is True
