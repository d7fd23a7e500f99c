"""BOUND57 (T54B 3, "Zones 7"): the zone named for an open range of clocks lies inside the range said; the Period's days
are the named zone's (``days_on``).

Before: an X-only Honolulu resident (tweets on Honolulu's clock, no place record) could be told "one of the clocks
from UTC−11 to UTC−7 … Apia time (Pacific/Apia, UTC+13) is named only because more people live on it" — Apia keeps
UTC−11's wall hours a calendar day ahead, so her Period ended "16 Dec 2023" after her last post at 19:00 on 15 Dec.
Named on Kamchatka time for "one of the clocks from UTC+12 to UTC−8", her Period was 2 Sep – 16 Dec for posts of
1 Sep – 15 Dec. Now the head count's pick outside the range said gives way to the head count's pick inside it
(``clock._inside_stated_range``). BOUND57's second rule — UTC days wherever the range's clocks disagree on a bound's
day — was taken back (T55A 3: all-or-nothing, it made right days wrong for Tokyo and Samoa residents); a range across
the date line still gives the named clock's days (Kamchatka's for the Honolulu resident below; note69, open)."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from dataexam import api
from dataexam.inference.clock import _inside_stated_range, open_offsets
from dataexam.inference.openclocks import in_stated_range
from dataexam.report.view import run_lines

HONOLULU = ZoneInfo("Pacific/Honolulu")


def _x_archive(root: Path, zone: ZoneInfo, first: tuple[int, int], last: tuple[int, int],
               hours: tuple[int, int]) -> Path:
    """An X archive (``manifest.js``, ``tweets.js``: invented posts in the real shape) of 1 Sep – 15 Dec 2023 on
    ``zone``'s clock: the first post at ``first`` (hour, minute) on 1 Sep, the last at ``last`` on 15 Dec, and two to
    six a day in between at whole-hour-range ``hours`` (a fixed seed)."""
    rnd = random.Random(1)
    data = root / "data"
    data.mkdir(parents=True)
    (data / "manifest.js").write_text('window.__THAR_CONFIG = {"userInfo": {"accountId": "1500000001"}}')
    start, end = datetime(2023, 9, 1, *first, tzinfo=zone), datetime(2023, 12, 15, *last, tzinfo=zone)
    times = [start, end]
    d = datetime(2023, 9, 2, tzinfo=zone)
    while d.date() < end.date():
        for _ in range(rnd.randint(2, 6)):
            times.append(d.replace(hour=rnd.randint(*hours), minute=rnd.randint(0, 59)))
        d += timedelta(days=1)
    tweets = [{"tweet": {"id_str": str(1700000000000000000 + k),
                         "created_at": t.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y"),
                         "full_text": f"post {k} about coffee"}} for k, t in enumerate(sorted(times))]
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(tweets))
    return root


def _cand(offset: float, zone: str, people: float, fit: float = 0.0) -> SimpleNamespace:
    return SimpleNamespace(standard_q=round(offset * 4), observes_dst=False, zones=[zone], posterior=people,
                           activity_score=fit)


def test_a_range_is_read_eastward_and_across_the_date_line() -> None:
    assert in_stated_range(-11, -11, -7) and in_stated_range(-7, -11, -7) and not in_stated_range(13, -11, -7)
    assert not in_stated_range(-6, -11, -7)
    # "UTC+12 to UTC−8" runs across the date line: +13, +14, −12 … −8 are in it, −6 and +11 are not
    assert all(in_stated_range(o, 12, -8) for o in (12, 13, 14, -12, -10, -8))
    assert not in_stated_range(-6, 12, -8) and not in_stated_range(11, 12, -8)


def test_apia_named_for_utc_minus_11_to_minus_7_gives_way_to_the_range_s_head_count() -> None:
    # the activity fits UTC−11 … −7 alike (and Apia / Kiritimati, their wall hours a day ahead); Apia has the people
    apia = _cand(13, "Pacific/Apia", 0.4)
    cands = [apia, _cand(-11, "Pacific/Pago_Pago", 0.1), _cand(-10, "Pacific/Honolulu", 0.2),
             _cand(14, "Pacific/Kiritimati", 0.05), _cand(-9, "Pacific/Gambier", 0.05),
             _cand(-8, "Pacific/Pitcairn", 0.1), _cand(-7, "America/Phoenix", 0.1)]
    said = open_offsets(cands, also=apia)
    assert (said[0]["utc_offset_hours"], said[-1]["utc_offset_hours"]) == (-11, -7)
    # the clock inside the range more people keep: Honolulu's (Apia's twin Pago Pago has fewer)
    assert _inside_stated_range(cands, apia).zones == ["Pacific/Honolulu"]
    # a pick inside the range stays
    assert _inside_stated_range(cands, cands[2]) is cands[2]


def test_the_mirror_a_range_of_utc_plus_12_to_plus_13_names_no_minus_11_zone() -> None:
    pago = _cand(-11, "Pacific/Pago_Pago", 0.5)
    cands = [pago, _cand(12, "Pacific/Auckland", 0.3), _cand(13, "Pacific/Tongatapu", 0.2)]
    said = open_offsets(cands, also=pago)
    assert (said[0]["utc_offset_hours"], said[-1]["utc_offset_hours"]) == (12, 13)
    assert _inside_stated_range(cands, pago).zones == ["Pacific/Auckland"]


def test_an_x_only_honolulu_resident_named_across_the_date_line_keeps_the_named_clock_s_days(tmp_path: Path) -> None:
    # days from 09:00 to 23:59: the head count names Kamchatka time (UTC+12, Honolulu's wall hours a day ahead)
    root = _x_archive(tmp_path / "x", HONOLULU, (8, 0), (19, 0), (9, 23))
    report = api.report([root])
    tz = report.finding("timezone").to_dict()["value"]
    offs = [o["utc_offset_hours"] for o in tz["offsets_open"]]
    assert tz["zone"] == "Asia/Kamchatka" and in_stated_range(tz["utc_offset_hours"], offs[0], offs[-1])
    assert (offs[0], offs[-1]) == (12, -8)
    inputs = report.inputs
    # the days are the named clock's (Kamchatka's: a day off Honolulu's 1 Sep and 15 Dec), as days_on says. BOUND57's
    # switch to UTC days where the open clocks disagreed was taken back (T55A 3: it made right days wrong for Tokyo
    # and Samoa residents, wrong days 10 → 14 of 44); a range across the date line stays open (note69)
    assert (inputs["first_day"], inputs["last_day"], inputs["days_on"]) == ("2023-09-02", "2023-12-16",
                                                                              "Asia/Kamchatka")
    assert dict(run_lines(report.to_dict()))["Period"] == "2 Sep 2023 – 16 Dec 2023"


def test_an_x_only_honolulu_resident_named_inside_the_range_keeps_its_days(tmp_path: Path) -> None:
    # days from 08:00 to 22:59: "one of the clocks from UTC−11 to UTC−6", Mexico City time named; 08:00 posts are
    # of one day on every clock of the range, so the days are Mexico City's (Honolulu's too)
    root = _x_archive(tmp_path / "x", HONOLULU, (8, 0), (8, 0), (8, 22))
    report = api.report([root])
    tz = report.finding("timezone").to_dict()["value"]
    offs = [o["utc_offset_hours"] for o in tz["offsets_open"]]
    assert tz["zone"] == "America/Mexico_City" and (offs[0], offs[-1]) == (-11, -6)
    inputs = report.inputs
    assert (inputs["first_day"], inputs["last_day"], inputs["days_on"]) == (
        "2023-09-01", "2023-12-15", "America/Mexico_City")
    assert dict(run_lines(report.to_dict()))["Period"] == "1 Sep 2023 – 15 Dec 2023"


def test_a_withheld_bound_forces_no_calendar_on_the_other(tmp_path: Path) -> None:
    # the last post at 23:30 in Honolulu is 03:30 on 16 Dec in Mexico City, a day the range's clocks disagree on, but
    # it is at night and withheld (no day written): the first post's day stays on the zone's calendar
    root = _x_archive(tmp_path / "x", HONOLULU, (8, 0), (23, 30), (8, 22))
    inputs = api.report([root]).inputs
    assert inputs["last"].startswith("withheld ")
    assert (inputs["first_day"], inputs["last_day"], inputs["days_on"]) == ("2023-09-01", None, "America/Mexico_City")
