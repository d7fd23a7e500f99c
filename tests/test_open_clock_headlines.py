"""Headlines where the evidence leaves several of a country's clocks open (T33B M2): the time zone's headline says the
range, the sleep, routine and impulse-buying headlines give their times on every open clock — at a glance and in
every renderer — never one head-count clock's times as fact ("You live on New York time", "asleep about
01:15–09:15" for a Denver person asleep 23:30–07:00)."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime, timedelta

from rich.console import Console
from test_inference_synth import Stream
from test_zone_open_clocks import country_only, early_sleeper

from dataexam.inference import infer
from dataexam.report import render, view

NOW = datetime(2025, 1, 1, tzinfo=UTC)


def _logins(days: int, ip: str = "8.8.8.8") -> list:
    """A US login a day (one address: the country, nothing within it), as T33A's clock personas have."""
    s = Stream("x.zip")
    return [s.ev(datetime(2023, 1, 2, 18, tzinfo=UTC) + timedelta(days=i), "twitter.login", None, ip=ip)
            for i in range(days)]


def _denver():
    events = [*early_sleeper("America/Denver"), *_logins(300)]
    return infer(sorted(events, key=lambda e: e.sort_key), now=NOW)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_time_zone_headline_says_the_range_of_open_clocks() -> None:
    result = _denver()
    tz = result.finding("timezone").to_dict()
    opened = {o["zone"] for o in tz["value"]["open_zones"] or ()}
    assert tz["value"]["zone"] == "America/New_York" and "America/Denver" in opened  # the head count's pick
    head = view.headline(tz)
    assert head.startswith("You live on one of the clocks kept in the United States from Los Angeles time "
                           "(America/Los_Angeles, UTC−8) to New York time (America/New_York, UTC−5), each with "
                           "summer time: your activity cannot tell these clocks apart"), head
    assert "New York time is named only because more people live on it" in head
    # never the one clock as fact
    assert not head.startswith("You live on New York time")


def test_the_sleep_headline_gives_the_window_on_every_open_clock() -> None:
    result = _denver()
    sleep = result.finding("sleep").to_dict()
    v = sleep["value"]
    by_clock = v["windows_by_clock"]
    # west to east, the zone read on among them: a 23:30–07:00 sleeper is ≈23:30–07:15 on her own clock
    assert list(by_clock) == ["America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York"]
    assert by_clock["America/Denver"]["weekday"] == {"start": "23:30", "end": "07:15"}
    assert by_clock["America/New_York"]["weekday"] == {"start": v["weekday"]["start"], "end": v["weekday"]["end"]}
    # weekdays and weekends alike (SLEEP2 reads a slot on both kinds of night where they do not differ)
    assert view.headline(sleep) == (
        "You are offline (asleep) about 22:30–06:15 on Los Angeles time, 23:30–07:15 on Denver time, 00:30–08:15 on "
        "Chicago time or 01:30–09:15 on New York time, on weekdays and at weekends alike (your activity cannot tell "
        "these clocks apart).")


def test_one_window_on_every_kind_of_day_is_said_once_per_clock() -> None:
    """T33B's Denver input: 01:15–09:15 on New York time on weekdays and weekends alike."""
    window = {"start": "01:15", "end": "09:15", "duration_hours": 8.0, "mid_hours": 5.25}
    value = {"weekday": window, "weekend": window, "zone": "America/New_York",
             "open_zones": [{"zone": "America/Los_Angeles", "hours_from_zone": -3.0},
                            {"zone": "America/Denver", "hours_from_zone": -2.0},
                            {"zone": "America/Chicago", "hours_from_zone": -1.0}]}
    assert view.headline({"id": "sleep", "value": value}) == (
        "You are offline (asleep) about 22:15–06:15 on Los Angeles time, 23:15–07:15 on Denver time, 00:15–08:15 on "
        "Chicago time or 01:15–09:15 on New York time, on weekdays and at weekends alike (your activity cannot tell "
        "these clocks apart).")


def test_every_renderer_s_glance_and_headline_says_the_open_clocks() -> None:
    result = _denver()
    for fmt in ("text", "markdown", "html"):
        out = io.StringIO()
        # the text report's glance lines wrap beside their confidence column at 100: one line each at 400
        render(result, fmt, Console(file=out, width=400, force_terminal=False, color_system=None)
               if fmt == "text" else out)  # type: ignore[arg-type]
        text = _flat(out.getvalue())
        assert "You live on New York time" not in text, fmt
        assert "about 01:15–09:15 on weekdays" not in text, fmt
        # at a glance and in the section: twice each
        assert text.count("from Los Angeles time (America/Los_Angeles, UTC−8) to New York time") >= 2, fmt
        assert text.count("23:30–07:15 on Denver time") >= 2, fmt
    out = io.StringIO()
    render(result, "json", out)  # type: ignore[arg-type]
    data = json.loads(out.getvalue())
    assert data["by_id"]["sleep"]["value"]["windows_by_clock"]["America/Denver"]["weekend"]["start"] == "23:30"
    assert {o["zone"] for o in data["by_id"]["sleep"]["value"]["open_zones"]} == {
        "America/Los_Angeles", "America/Denver", "America/Chicago"}


def test_a_pinned_clock_keeps_its_one_clock_headlines() -> None:
    """A declared city pins the clock: one clock, said as before."""
    s = Stream("fb.zip")
    city = [s.ev(datetime(2023, 1, 2, 12, tzinfo=UTC), "facebook.profile", None, current_city="Denver, Colorado")]
    events = [*early_sleeper("America/Denver"), *country_only("US"), *city]
    result = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    tz, sleep = result.finding("timezone").to_dict(), result.finding("sleep").to_dict()
    assert view.headline(tz) == "You live on Denver time (America/Denver, UTC−7 with summer time)."
    assert sleep["value"]["windows_by_clock"] is None and sleep["value"]["open_zones"] is None
    assert view.headline(sleep) == "You are offline (asleep) about 23:30–07:00 on weekdays and 23:30–07:00 at weekends."


def test_routine_and_impulse_headlines_give_their_hours_on_each_open_clock() -> None:
    opened = [{"zone": "America/Los_Angeles", "hours_from_zone": -3.0},
              {"zone": "America/Chicago", "hours_from_zone": -1.0}]
    office = {"working_hours": "09-17", "quiet_block": "09-17", "weekday_daytime_quiet": True, "label": "office",
              "peak": {"weekday": "Mon", "hour": 20}, "zone": "America/New_York", "open_zones": opened}
    assert view.headline({"id": "routine", "value": office}) == (
        "You keep office hours: weekdays 06–14 on Los Angeles time, 08–16 on Chicago time or 09–17 on New York "
        "time are quiet, weekends are not (your activity cannot tell these clocks apart).")
    # a peak just after midnight is the evening before on the clocks behind
    peak = {"working_hours": None, "quiet_block": None, "weekday_daytime_quiet": False, "label": None,
            "peak": {"weekday": "Tue", "hour": 1, "confidence": "medium"}, "zone": "America/New_York",
            "open_zones": opened}
    assert view.headline({"id": "routine", "value": peak}) == (
        "You are most active on Mon around 22:00 on Los Angeles time, Tue around 00:00 on Chicago time or Tue "
        "around 01:00 on New York time (your activity cannot tell these clocks apart).")
    impulse = {"late_night_items": 4, "late_night_share": 0.1, "zone": "America/New_York", "late_hours": "00:15–05:15",
               "open_zones": opened}
    assert view.headline({"id": "impulse_buying", "value": impulse}) == (
        "4 items (10%) ordered late at night (21:15–02:15 on Los Angeles time, 23:15–04:15 on Chicago time or "
        "00:15–05:15 on New York time; your activity cannot tell these clocks apart).")


def test_a_time_moves_round_the_dial_in_any_label() -> None:
    assert view.shifted_times("23–04 and 06–11", -3) == "20–01 and 03–08"
    assert view.shifted_times("09–17", -1.5) == "07:30–15:30"
    assert view.shifted_times("01:15–09:15", 2) == "03:15–11:15"


def test_an_island_clock_of_few_people_stays_open_where_the_activity_keeps_it_likely() -> None:
    """T33A M1: a Honolulu sleeper (asleep ≈23:30–07:00 HST, no summer time) with US logins only: Phoenix and
    Honolulu both keep no summer time, so the activity tells them apart by the night's hour only; Honolulu's few
    people (0.4 % of the country's) kept it out of the open clocks, and the person was read asleep 02:15–10:15 on
    Phoenix's clock with no word of Honolulu."""
    events = [*early_sleeper("Pacific/Honolulu", days=400), *_logins(400)]
    result = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    tz = result.finding("timezone").to_dict()
    zones = {tz["value"]["zone"], *(o["zone"] for o in tz["value"]["open_zones"] or ())}
    assert {"Pacific/Honolulu", "America/Phoenix"} <= zones, tz["summary"]
    assert any("Pacific/Honolulu" in c and "fit the activity about equally" in c for c in tz["caveats"])
    head = view.headline(tz)
    assert "Honolulu time (Pacific/Honolulu, UTC−10)" in head and "cannot tell these clocks apart" in head, head
    sleep = result.finding("sleep").to_dict()
    # on Honolulu's clock the night is the person's own 23:xx–07:xx; no chronotype stated where it flips
    honolulu = sleep["value"]["windows_by_clock"]["Pacific/Honolulu"]["weekday"]
    assert honolulu["start"].startswith("23:") and honolulu["end"].startswith("07:"), honolulu
    assert sleep["value"]["chronotype"] is None
    assert re.search(r"23:\d\d–07:\d\d on Honolulu time", view.headline(sleep))


def test_a_phoenix_sleeper_is_not_given_honolulu() -> None:
    """The same rule leaves a Phoenix sleeper (US logins) on Phoenix's clock: Honolulu would put her night at
    20:30–04:00, which keeps it under a tenth of the posterior."""
    events = [*early_sleeper("America/Phoenix", days=400), *_logins(400)]
    result = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    tz = result.finding("timezone").to_dict()
    assert tz["value"]["zone"] == "America/Phoenix"
    assert "Pacific/Honolulu" not in {o["zone"] for o in tz["value"]["open_zones"] or ()}


def test_without_a_place_the_clocks_the_activity_fits_alike_are_the_range_said() -> None:
    """T33A M6: a Phoenix sleeper's tweets and nothing that places her (no IP, no city): every clock without summer
    time from UTC−8 to UTC−4 fits her lull within a nat, and the population's weight named UTC−4 with a caveat
    "to within an hour or so" that left her own UTC−7 unnamed. The headline, summary and caveat say the range."""
    events = early_sleeper("America/Phoenix", days=400)
    tz = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("timezone").to_dict()
    opened = tz["value"]["offsets_open"]
    offsets = [o["utc_offset_hours"] for o in opened]
    assert offsets == sorted(offsets) and -7.0 in offsets and tz["value"]["utc_offset_hours"] in offsets
    assert not any(o["observes_dst"] for o in opened)
    assert {o["zone"] for o in opened if o["utc_offset_hours"] == -7.0} == {"America/Phoenix"}
    said = f"from {view.utc_offset_text(offsets[0])} to {view.utc_offset_text(offsets[-1])} (no summer time)"
    head = view.headline(tz)
    assert head.startswith(f"You live on one of the clocks {said}: no record places you, and your activity alone "
                           "cannot tell these clocks apart;"), head
    assert said in tz["summary"]
    caveat = next(c for c in tz["caveats"] if c.startswith("No record places you"))
    assert said.replace("from ", "every clock from ") in caveat and "within an hour or so" not in caveat


def test_a_placed_person_has_no_open_offsets() -> None:
    events = [*early_sleeper("America/Phoenix", days=400), *country_only("US")]
    s = Stream("fb.zip")
    city = [s.ev(datetime(2023, 1, 2, 12, tzinfo=UTC), "facebook.profile", None, current_city="Phoenix, Arizona")]
    tz = infer(sorted([*events, *city], key=lambda e: e.sort_key), now=NOW).finding("timezone").to_dict()
    assert tz["value"]["zone"] == "America/Phoenix" and tz["value"]["offsets_open"] is None
    assert view.headline(tz) == "You live on Phoenix time (America/Phoenix, UTC−7)."


def test_a_move_phoenix_to_denver_without_a_mountain_source_is_read_on_the_earlier_side_s_winter_clock() -> None:
    """T33A M5 without X's time-zone setting: US logins only. The Phoenix side keeps no summer time, so its clock is
    UTC−7; the change of summer-time habit keeps the winter hours, so the later home is the US clock on UTC−7 with
    summer time — Denver's — not New York's by head count (one "New York" clock and 15 late nights before)."""
    from test_clock_back_and_unnamed_country import _phoenix_then_denver

    events = [e for e in _phoenix_then_denver() if e.kind != "twitter.account"]
    report = infer(events, now=datetime(2025, 6, 1, tzinfo=UTC))
    tz, late = report.finding("timezone"), report.finding("late_nights")
    periods = tz.value["periods"]
    assert (periods[0]["zone"], periods[0]["kind"]) == ("America/Phoenix", "earlier home"), tz.summary
    assert (periods[-1]["zone"], periods[-1]["kind"]) == ("America/Denver", "home")
    assert tz.value["zone"] == "America/Denver" and tz.value["open_zones"] is None
    assert int(late.value.get("listed") or 0) == 0
    assert view.headline(tz.to_dict()).startswith("You live on Denver time (America/Denver, UTC−7 with summer time)")


def test_an_open_clock_that_fits_better_is_said_as_such() -> None:
    """T33B's Yekaterinburg person with RU logins: Russia's clocks from Moscow to Irkutsk left open, Omsk's fitting
    best (``fits_better``): the headline names the range and Omsk, never "cannot tell apart" beside "fits better"."""
    value = {"zone": "Europe/Moscow", "utc_offset_hours": 3.0, "observes_dst": False, "place_country": "RU",
             "fits_better": [{"zone": "Asia/Omsk", "utc_offset_hours": 6.0, "observes_dst": False}],
             "open_zones": [{"zone": z, "utc_offset_hours": 3.0 + h, "observes_dst": False, "hours_from_zone": h}
                            for z, h in (("Asia/Yekaterinburg", 2.0), ("Asia/Omsk", 3.0), ("Asia/Irkutsk", 5.0))]}
    assert view.headline({"id": "timezone", "value": value}) == (
        "You live on one of the clocks kept in Russia from Moscow time (Europe/Moscow, UTC+3) to Irkutsk time "
        "(Asia/Irkutsk, UTC+8): your activity fits Omsk time (Asia/Omsk, UTC+6) best of them, but not enough to tell "
        "them apart; Moscow time is named only because more people live on it.")


def test_without_a_place_the_sleep_headline_gives_the_window_on_each_clock_the_activity_fits_alike() -> None:
    """T33A M6's class: with no record that places the person the sleep window was said on the zone named by head
    count only (a London writer of English without IPs: Berlin's 00:30–08:00). The headline gives it on each clock
    the activity fits alike, her own London's 23:30–07:00 among them."""
    from test_inference_synth import person

    result = infer(person("Europe/London", days=300, start=datetime(2023, 1, 2).date()), now=NOW)
    tz, sleep = result.finding("timezone").to_dict(), result.finding("sleep").to_dict()
    assert tz["value"]["zone"] == "Europe/Berlin" and tz["value"]["open_zones"] is None  # no country's clocks
    assert "Europe/London" in {z for z, _ in view.open_clocks(sleep["value"])}
    london = sleep["value"]["windows_by_clock"]["Europe/London"]["weekday"]
    assert (london["start"], london["end"]) == ("23:30", "07:00")
    head = view.headline(sleep)
    assert "23:30–07:00 on weekdays and 01:30–09:00 at weekends on London time" in head, head
    assert head.endswith("(your activity cannot tell these clocks apart).")
