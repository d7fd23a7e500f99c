"""SWITCH59 (T56C 3b): a record that places the person in a country, beside a switch of their clock, is judged by
the night gate on that country's clock. Sydney → Los Angeles: the first US login, Sun 30 Jun 2024 12:00 in Los
Angeles, was withheld as "Mon 05:00, date withheld (night-time; --include-sensitive)" — Sydney's clock, a night
there, within SWITCH_DOUBT_H of the switch, where every example is read on both clocks beside it. A login from the
country of one clock beside the switch (and not of the other) was lived on that clock: its weekday, hour and night
are that clock's. Records that place no one (posts, orders) and logins from a third country (a VPN exit) are still
read on both clocks (T30C N1)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_switch_own_clock_switch59 import _moved

from dataexam.inference import infer
from dataexam.inference.model import EvidenceItem
from dataexam.inference.sensitive import _undate_items, is_night_at, switch_clocks
from dataexam.inference.timezone import MovedZone

PAIRS = [
    ("Europe/Berlin", "DE", "Asia/Tokyo", "JP"),
    ("Asia/Tokyo", "JP", "Europe/Berlin", "DE"),
    ("Australia/Sydney", "AU", "America/Los_Angeles", "US"),
    ("America/Los_Angeles", "US", "Australia/Sydney", "AU"),
    ("Asia/Dubai", "AE", "Asia/Kolkata", "IN"),
    ("Asia/Kolkata", "IN", "Asia/Dubai", "AE"),
    ("America/Chicago", "US", "Europe/London", "GB"),
    ("Europe/London", "GB", "America/Chicago", "US"),
    ("Pacific/Auckland", "NZ", "Pacific/Honolulu", "US"),
    ("Pacific/Honolulu", "US", "Pacific/Auckland", "NZ"),
]
SWITCH = datetime(2024, 6, 30, 12, tzinfo=UTC)


@pytest.mark.parametrize(("a", "cc_a", "b", "cc_b"), PAIRS)
def test_a_login_beside_a_switch_is_judged_on_its_country_s_clock(a: str, cc_a: str, b: str, cc_b: str) -> None:
    """Every quarter-hour from two days before the switch to two days after it, a login from either country and a
    record that places no one: the login withheld exactly where its country's clock is at night, said on that
    clock; the other record where either clock is."""
    clock = MovedZone(ZoneInfo(a), ZoneInfo(b), SWITCH)
    times = [SWITCH + timedelta(minutes=15 * k) for k in range(-4 * 47, 4 * 47)]
    for cc, own in ((cc_a, ZoneInfo(a)), (cc_b, ZoneInfo(b)), (None, None)):
        items = [
            EvidenceItem("x.zip", "ip-audit.js", i, t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "twitter.login", country=cc)
            for i, t in enumerate(times)
        ]
        said = [i.time for i in _undate_items(items, clock, every=False)]
        for t, s in zip(times, said, strict=True):
            if own is not None:
                night = is_night_at(t, own)
                assert s.startswith("withheld") == night, (a, b, cc, t, s)
                if night:
                    assert s == f"withheld {t.astimezone(own):%a %H:%M}", (a, b, cc, t, s)
            else:
                night = is_night_at(t, ZoneInfo(a)) or is_night_at(t, ZoneInfo(b)) or is_night_at(t, clock)
                assert s.startswith("withheld") == night, (a, b, t, s)


def test_a_third_country_s_login_and_a_move_inside_one_country_are_read_on_both_clocks() -> None:
    clock = MovedZone(ZoneInfo("Australia/Sydney"), ZoneInfo("America/Los_Angeles"), SWITCH)
    t = "2024-06-30T19:00:00.000Z"  # Sun 12:00 in Los Angeles, Mon 05:00 in Sydney
    assert switch_clocks(t, clock, "US") == [ZoneInfo("America/Los_Angeles")]
    assert switch_clocks(t, clock, "DE") == [clock, ZoneInfo("Australia/Sydney"), ZoneInfo("America/Los_Angeles")]
    assert switch_clocks(t, clock) == [clock, ZoneInfo("Australia/Sydney"), ZoneInfo("America/Los_Angeles")]
    within = MovedZone(ZoneInfo("America/New_York"), ZoneInfo("America/Los_Angeles"), SWITCH)
    assert switch_clocks(t, within, "US") == [within, ZoneInfo("America/New_York"), ZoneInfo("America/Los_Angeles")]
    far = "2024-06-20T19:00:00.000Z"  # ten days before: its own period's clock alone, whatever the country
    assert switch_clocks(far, clock, "US") == [clock]


@pytest.mark.parametrize(("first_h", "said"), [(12.0, "2024-06-30T19:00:00Z"), (2.5, "withheld Sun 04:30")])
def test_sydney_to_los_angeles_first_us_login_is_read_on_los_angeles_clock(first_h: float, said: str) -> None:
    """T56C 3b end to end: the last Sydney record Sun 09:00 (Sydney), the first US login Sun 30 Jun 2024 at
    ``first_h`` in Los Angeles — at noon dated (was "withheld Mon 05:00", Sydney's clock), at 02:30 withheld on the
    US clock the report names (Chicago's, which the activity cannot tell from Los Angeles': "Sun 04:30"; Sydney's
    "Sun 19:30" is by day)."""
    events, _last, first = _moved("Australia/Sydney", "America/Los_Angeles", date(2024, 6, 30), 33.0, first_h)
    # the planted first record on the later clock is a login from the United States
    events = [
        e
        if e.time != first
        else type(e)(
            **{
                **{f: getattr(e, f) for f in e.__dataclass_fields__},
                "kind": "twitter.login",
                "text": None,
                "source": "twitter",
                "attrs": {"ip": "73.10.0.5"},
            }
        )
        for e in events
    ]
    report = infer(events, now=datetime(2025, 4, 2, tzinfo=UTC))
    assert isinstance(report.clock, MovedZone) and str(report.clock.zones[1]) == "America/Chicago"
    times = [
        i.time
        for fid in ("home", "life_events")
        for i in report.finding(fid).evidence.items
        if i.kind == "twitter.login" and (i.time or "").startswith(("2024-06-30T", "withheld"))
    ]
    if first_h >= 6:
        assert said in times, times
    else:
        # WINDOW62: the login lies in the window of the withheld night-time move, so every record there is said by
        # the window, no weekday (was "withheld Sun 04:30") and no hour (WINDOW65: a record in the window is on
        # whichever clock the withheld night gives it, so its hour moved with the night; SWITCH62's lived clock,
        # Chicago's 04:30 and never Sydney's 19:30, gives the hour only outside a window)
        assert times and all(t == "withheld (near a night-time move) May–Jul 2024" for t in times), times
    assert not any(t.startswith("withheld Mon") for t in times), times
