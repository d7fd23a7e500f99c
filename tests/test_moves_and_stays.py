"""Every move of the home's history is a life event; a stay abroad is one (the thirtieth pass's tester, T30B M4).

- mover3: Lisbon → Berlin (May) → Toronto (Sep): the home said both moves, the life events only "Move from DE to
  CA" (``interests.home_moves`` read the home's latest move alone).
- student: Madrid, a semester in Tokyo (Sep – Jan), Madrid again: home "Madrid since Feb 2025 (before: Spain …;
  Japan …)", trips "No trips abroad seen", life events "Move from JP to ES" — under a year abroad and back is one
  stay abroad (``stays.STAY_ABROAD_MAX_DAYS``, the UN's 12 months for a change of usual residence), said alike by
  the three findings.

Every person and address here is invented.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from test_inference_synth import Stream
from test_place_moves_checkins import DE_IP, PT_IP, US_IP, _logins, _sorted

from dataexam.inference import infer
from dataexam.inference.stays import STAY_ABROAD_MAX_DAYS, homes, mark_stays

NOW = datetime(2025, 9, 1, tzinfo=UTC)
ES_IP, JP_IP, CA_IP = "2.136.0.1", "133.242.0.1", "24.48.0.1"
MIDDAY = (12, 14, 16)  # UTC: no night-time record in Europe; the periods' days are given as they are


def _findings(events):
    report = infer(_sorted(events), now=NOW)
    return report.finding("home"), report.finding("trips"), report.finding("life_events")


def test_two_moves_are_two_life_events():
    s = Stream()
    events = _logins(s, date(2024, 1, 1), 150, PT_IP, hours=MIDDAY)  # until 2024-05-29
    events += _logins(s, date(2024, 5, 30), 150, DE_IP, hours=MIDDAY)  # until 2024-10-26
    events += _logins(s, date(2024, 10, 27), 150, CA_IP, hours=MIDDAY)
    home, trips, life = _findings(events)
    assert [p["country"] for p in home.value["moved"]["periods"]] == ["PT", "DE", "CA"]
    assert "before: Portugal Jan 2024 – May 2024; Germany May 2024 – Oct 2024" in home.summary
    assert [(v["type"], v["from"], v["to"], v["start"], v["completed"], v["month"]) for v in life.value] == [
        ("move", "PT", "DE", "2024-05-29", "2024-05-30", "2024-05"),
        ("move", "DE", "CA", "2024-10-26", "2024-10-27", "2024-10")]
    assert life.summary == ("Your records point to a move from Portugal to Germany between 29 May 2024 and "
                            "30 May 2024 (the home finding: "
                            "login countries); a move from Germany to Canada between 26 Oct 2024 and 27 Oct 2024 (the "
                            "home finding: login countries).")
    assert "moves and stays abroad" in life.confidence_basis or "moves" in life.confidence_basis
    assert trips.value == [] and "stay abroad" not in trips.summary


def test_a_semester_abroad_is_one_stay_in_home_trips_and_life_events():
    s = Stream()
    events = _logins(s, date(2024, 1, 1), 244, ES_IP, hours=MIDDAY)  # until 2024-08-31
    events += _logins(s, date(2024, 9, 1), 153, JP_IP, hours=MIDDAY)  # 2024-09-01 – 2025-01-31
    events += _logins(s, date(2025, 2, 1), 150, ES_IP, hours=MIDDAY)
    home, trips, life = _findings(events)
    said = "a stay abroad in Japan, Sep 2024 – Jan 2025 (5 months)"
    assert home.value["country"] == "ES"
    assert [p["country"] for p in home.value["moved"]["periods"]] == ["ES", "JP", "ES"]
    assert home.value["moved"]["periods"][1]["stay_abroad"] == {"from": "2024-09", "until": "2025-01", "months": 5}
    # no "since Feb 2025", no move and move back: the home is Spain throughout, the stay named
    assert home.summary.startswith(f"You most likely live in Spain, with {said} (")
    assert "since Feb 2025" not in home.summary and "before:" not in home.summary
    assert "back from a stay abroad" in home.confidence_basis
    assert trips.value == []
    assert trips.summary == f"No trips abroad seen. A{said[1:]} is not counted as a trip (see the home finding)."
    assert "judged against the home of each period" not in trips.confidence_basis
    assert [(v["type"], v["country"], v["from"], v["start"], v["completed"], v["months"]) for v in life.value] == [
        ("stay_abroad", "JP", "ES", "2024-09", "2025-01", 5)]
    assert life.summary == ("Your records point to a stay abroad in Japan, Sep 2024 – Jan 2025 (5 months; the home "
                            "finding: login "
                            "countries).")
    assert "the home finding's stay abroad" in life.confidence_basis


def test_a_stay_in_every_format_is_the_finding_s_sentence():
    import io
    import re

    from dataexam import report as report_module

    s = Stream()
    events = _logins(s, date(2024, 1, 1), 244, ES_IP, hours=MIDDAY)
    events += _logins(s, date(2024, 9, 1), 153, JP_IP, hours=MIDDAY)
    events += _logins(s, date(2025, 2, 1), 150, ES_IP, hours=MIDDAY)
    rep = infer(_sorted(events), now=NOW)
    buf = io.StringIO()
    report_module.render(rep, "text", buf, detail="full")  # type: ignore[arg-type]
    out = " ".join(re.sub(r"<[^>]+>|[*|`\\\\]", " ", buf.getvalue()).split())
    assert "You most likely live in Spain, with a stay abroad in Japan, Sep 2024 – Jan 2025 (5 months)." in out
    assert "Japan Sep 2024 – Jan 2025 (a stay abroad); Spain since Feb 2025" in out  # by months, never withheld
    assert "Move from" not in out


def test_one_move_stays_one_move():
    """Control: one move (Germany → United States), no stay: one life event, the home's sentence as before."""
    s = Stream()
    events = _logins(s, date(2023, 4, 1), 183, DE_IP, hours=MIDDAY)
    events += _logins(s, date(2023, 10, 1), 183, US_IP, hours=MIDDAY)
    home, trips, life = _findings(events)
    assert home.summary.startswith("You most likely live in the United States since Oct 2023 (before: Germany)")
    assert [(v["type"], v["from"], v["to"], v["start"], v["completed"]) for v in life.value] == [
        ("move", "DE", "US", "2023-09-30", "2023-10-01")]
    assert life.summary.startswith("Your records point to a move from Germany to the United States between "
                                   "30 Sep 2023 and 1 Oct 2023")
    assert trips.summary == "No trips abroad seen."


def test_a_year_abroad_and_back_is_two_moves():
    s = Stream()
    events = _logins(s, date(2023, 1, 2), 200, DE_IP, hours=MIDDAY)
    events += _logins(s, date(2023, 7, 21), 400, US_IP, hours=MIDDAY)  # until 2024-08-23
    events += _logins(s, date(2024, 8, 24), 200, DE_IP, hours=MIDDAY)
    home, _, life = _findings(events)
    assert "since Aug 2024 (before: Germany Jan 2023 – Jul 2023; the United States Jul 2023 – Aug 2024)" in home.summary
    assert [(v["type"], v["from"], v["to"]) for v in life.value] == [("move", "DE", "US"), ("move", "US", "DE")]


def test_night_time_days_are_withheld_as_the_home_withholds_them():
    """Logins at 01, 03 and 20 UTC: a period's first or last record may be a night-time one; the life events give
    each move's days as the home's value gives them (withheld there, withheld here), the month from the day."""
    s = Stream()
    events = _logins(s, date(2024, 1, 1), 150, PT_IP)
    events += _logins(s, date(2024, 5, 30), 150, DE_IP)
    events += _logins(s, date(2024, 10, 27), 150, CA_IP)
    home, _, life = _findings(events)
    periods = home.value["moved"]["periods"]
    assert [p["country"] for p in periods] == ["PT", "DE", "CA"]
    moves = [v for v in life.value if v["type"] == "move"]
    assert [(v["start"], v["completed"]) for v in moves] == [(periods[0]["until"], periods[1]["from"]),
                                                             (periods[1]["until"], periods[2]["from"])]
    assert [v["month"] for v in moves] == ["2024-05", "2024-10"]
    for v in moves:  # a withheld day is never also given as a date
        for key in ("start", "completed"):
            if not str(v[key])[:4].isdigit():
                assert v[key].startswith("withheld") and "2024-" not in v[key]


def test_the_stay_rule_and_its_bounds():
    assert STAY_ABROAD_MAX_DAYS == 365  # the UN's 12 months for a change of usual residence (stays.py)

    def periods(days_abroad: int) -> list[dict]:
        from datetime import timedelta
        start = date(2024, 1, 1)
        return [{"country": "ES", "from": "2023-01-01", "until": "2023-12-31"},
                {"country": "JP", "from": start.isoformat(),
                 "until": (start + timedelta(days=days_abroad - 1)).isoformat()},
                {"country": "ES", "from": "2026-01-01", "until": "2026-06-30"}]

    p = periods(364)
    mark_stays(p)
    assert p[1]["stay_abroad"]["months"] == 12 and homes(p) == [
        {"country": "ES", "from": "2023-01-01", "until": "2026-06-30"}]
    p = periods(365)
    mark_stays(p)
    assert "stay_abroad" not in p[1] and [h["country"] for h in homes(p)] == ["ES", "JP", "ES"]
    # two different countries around it: moves, not a stay
    p = [{"country": "PT", "from": "2024-01-01", "until": "2024-04-30"},
         {"country": "DE", "from": "2024-05-01", "until": "2024-08-31"},
         {"country": "CA", "from": "2024-09-01", "until": "2024-12-20"}]
    mark_stays(p)
    assert not any("stay_abroad" in x for x in p)


def test_a_first_login_at_night_in_the_new_country_is_withheld_though_the_clock_is_still_the_old_homes():
    """T30C M1: Berlin, then Toronto; the first Canadian login at 06:50 UTC — 02:50 in Toronto, 08:50 on Berlin's
    clock, which the person's clock still read that day — gave the move's day ("since 2024-09-01"). The night is
    Toronto's: the clock lives on Toronto's zone from the next day."""
    s = Stream()
    events = _logins(s, date(2024, 3, 1), 184, DE_IP, hours=(8, 12, 17))  # until 2024-08-31, Berlin's daytime
    events.append(s.ev(datetime(2024, 9, 1, 6, 50, tzinfo=UTC), "facebook.login", None, ip=CA_IP))
    events += _logins(s, date(2024, 9, 2), 150, CA_IP, hours=(14, 18, 22))  # Toronto's daytime
    home, _trips, life = _findings(events)
    assert home.value["country"] == "CA"
    assert home.value["moved"]["since"].startswith("withheld Sun ")
    assert "2024-09-01" not in home.summary and "2024-09-01" not in life.summary
    flagged = infer(_sorted(events), now=NOW, include_sensitive=True)
    assert flagged.finding("home").value["moved"]["since"] == "2024-09-01"
