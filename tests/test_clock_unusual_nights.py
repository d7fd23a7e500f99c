"""The clock findings on unusual nights (the twenty-fourth pass's tester, T24B H2, H3, M1, M6).

- H2: a new parent's four months of night feeds (active on ~16 % of all nights, above the 10 % cut) split the
  night: the sleep window became the 3-hour piece before the feeds for the whole history at high, social jetlag
  5.75 h, and none of the ~100 broken nights was a late night. A habit of a few months now leaves the usual window
  whole (judged per calendar quarter) and its nights are listed, as a span of broken nights.
- H3: a night nurse's weekday day sleep was "office hours" at high when weekends keep a day rhythm.
- M1: tweets sent by a scheduling client (Buffer at 03:00 and 05:00) read as the person being awake.
- M6: "0 records for, 610 against" under "no late nights".

People are invented: records built directly as events in a known zone with a known schedule.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from rich.console import Console
from test_inference_synth import Stream, local

from dataexam import report as report_module
from dataexam.inference import infer
from dataexam.inference.clock import scheduling_client, sleep_share
from dataexam.inference.model import Confidence
from dataexam.inference.nightspells import broken_spans
from dataexam.inference.sleep import DAY_SLEEP_LABEL, DISJOINT_CAVEAT
from dataexam.inference.sleepwindow import median_active

NOW = datetime(2025, 1, 1, tzinfo=UTC)
# include_sensitive=True where a test reads the dates of nights: without it no report gives them, for anyone
# (sensitive.withhold_night_dates; tests/test_night_dates.py)
LONDON = ZoneInfo("Europe/London")
FEEDS = (date(2024, 3, 1), date(2024, 7, 1))  # four months of night feeds in twenty
CLOCK_IDS = ("timezone", "sleep", "social_jetlag", "late_nights", "routine")


def sleeper(zone: ZoneInfo = LONDON, *, start: date = date(2023, 1, 2), days: int = 600, per_day: int = 8,
            seed: int = 11, weekday: tuple[float, float] = (7.0, 23.0), weekend: tuple[float, float] = (8.0, 23.5),
            extra: Callable[[date, random.Random], list[float]] | None = None, client: str | None = None,
            country: str = "GB") -> list:
    """Own tweets of a person awake from ``weekday``/``weekend`` (wake, bed: local hours of the day; the day's
    type is that of its own date) ``per_day`` times a day, uniform; ``extra(day, rng)`` gives more local hours that
    day (past 24 = after midnight). Every tweet names ``client`` when given. Declared ``country`` records
    (place evidence) put the zone beyond doubt."""
    rng = random.Random(seed)
    s = Stream("x.zip")
    out = []
    for i in range(days):
        d = start + timedelta(days=i)
        wake, bed = weekday if d.weekday() < 5 else weekend
        hours = [rng.uniform(wake, bed) for _ in range(per_day)] + (extra(d, rng) if extra else [])
        for h in hours:
            attrs = {"client": client} if client else {}
            out.append(s.ev(local(zone, d, h), "twitter.tweet", "Tea and the news", **attrs))
    loc = Stream("declared.zip")
    out += [loc.ev(datetime(2023, 1, 2, 12, tzinfo=UTC), "facebook.location", None, country_code=country)
            for _ in range(3)]
    out.sort(key=lambda e: e.sort_key)
    return out


def feeds(d: date, rng: random.Random) -> list[float]:
    """Three records between 02:00 and 04:30 on 80 % of the nights of the feeding months (the tester's parent)."""
    if FEEDS[0] <= d < FEEDS[1] and rng.random() < 0.8:
        return [rng.uniform(26.0, 28.5) for _ in range(3)]
    return []


@pytest.fixture(scope="module")
def parent():
    return infer(sleeper(extra=feeds), now=NOW, include_sensitive=True)


def test_months_of_night_feeds_leave_the_usual_night_whole(parent):
    """The window is the history's 23:00–07:00, not the 3 h before the feeds; social jetlag stays small."""
    sleep = parent.finding("sleep")
    wd, we = sleep.value["weekday"], sleep.value["weekend"]
    assert "22:45" <= wd["start"] <= "23:30" and "06:45" <= wd["end"] <= "07:30", wd
    assert "23:00" <= we["start"] <= "23:59" and "07:45" <= we["end"] <= "08:30", we
    assert parent.finding("social_jetlag").value["hours"] <= 1.0
    said = [c for c in sleep.caveats if c.startswith("Your nights were broken")]
    assert len(said) == 1 and "from 2024-03 to 2024-06" in said[0], sleep.caveats


def test_the_broken_nights_are_listed_and_said_as_a_span(parent):
    late = parent.finding("late_nights")
    dates = late.value["dates"]
    in_feeds = [d for d in dates if FEEDS[0].isoformat() <= d <= FEEDS[1].isoformat()]
    assert len(in_feeds) >= 80 and len(dates) - len(in_feeds) <= 3, dates
    (span,) = late.value["broken_spans"]
    assert (span["from"], span["to"]) == ("2024-03", "2024-06") and span["nights"] >= 80
    assert 0.6 <= span["share"] <= 0.95
    assert "broken nights from 2024-03 to 2024-06" in late.summary


def test_the_same_person_without_feeds_has_the_same_window_and_no_late_nights():
    plain = infer(sleeper(), now=NOW, include_sensitive=True)
    wd = plain.finding("sleep").value["weekday"]
    assert "22:45" <= wd["start"] <= "23:30" and "06:45" <= wd["end"] <= "07:30", wd
    late = plain.finding("late_nights")
    assert late.value["dates"] == [] and late.value["broken_spans"] == []


def test_a_pattern_in_under_half_of_the_quarters_does_not_raise_a_bin():
    """The median over quarters of the share of nights active: two busy quarters of seven leave a bin quiet, five
    make it busy; the scale is the type's nights."""
    sizes = [60] * 7
    two = [[30, 0]] * 2 + [[0, 0]] * 5
    five = [[30, 0]] * 5 + [[0, 0]] * 2
    assert median_active(two, sizes, 420) == [0.0, 0.0]
    assert median_active(five, sizes, 420) == [210.0, 0.0]


def test_pieces_of_a_broken_night_on_no_common_hour_are_no_social_jetlag_to_trust():
    """The wake every night of the history (no quarter to set it aside, 2.5 h: longer than the short wake a window
    may hold): the weekday window is the piece before it (23:00–02:00), the weekend's the piece after (04:30–08:00).
    The 5.75 h between them was high; it is low now, the sleep medium at most, both saying why first."""
    def wakes(d: date, rng: random.Random) -> list[float]:
        return [rng.uniform(26.0, 28.5) for _ in range(3)] if rng.random() < 0.8 else []

    res = infer(sleeper(weekday=(6.5, 23.0), weekend=(8.0, 23.5), extra=wakes, days=300), now=NOW)
    sleep, sj = res.finding("sleep"), res.finding("social_jetlag")
    wd, we = sleep.value["weekday"], sleep.value["weekend"]
    assert (wd["start"], wd["end"], we["start"], we["end"]) == ("23:00", "02:00", "04:30", "08:00")
    assert sj.value["hours"] == 5.75 and sj.confidence == Confidence.LOW and sj.caveats[0] == DISJOINT_CAVEAT
    assert sleep.confidence == Confidence.MEDIUM and sleep.caveats[0] == DISJOINT_CAVEAT


def test_disjoint_windows_cap_the_confidence():
    """The windows the tester's parent got (weekdays 23:00–02:00, weekends 04:30–08:00), planted directly: the
    social jetlag of 5.75 h is low and the sleep medium at most, both with the caveat first."""
    def quiet_between(d: date, rng: random.Random) -> list[float]:
        # awake 02:00-04:30 on weekdays' nights (the morning's type decides the window) and 23:00-04:30 at weekends
        weekend_night = (d + timedelta(days=1)).weekday() >= 5
        span = (23.0, 28.5) if weekend_night else (26.0, 28.5)
        return [rng.uniform(*span) for _ in range(4)]

    res = infer(sleeper(weekday=(7.0, 23.0), weekend=(8.0, 23.0), extra=quiet_between, days=240), now=NOW)
    sleep, sj = res.finding("sleep"), res.finding("social_jetlag")
    wd, we = sleep.value["weekday"], sleep.value["weekend"]
    assert wd["end"] <= we["start"] or we["end"] <= wd["start"], (wd, we)  # the planted windows share no hour
    assert sj.confidence == Confidence.LOW and sj.caveats[0] == DISJOINT_CAVEAT
    assert sleep.confidence != Confidence.HIGH and sleep.caveats[0] == DISJOINT_CAVEAT
    assert "share no hour" in sleep.confidence_basis


# -- H3: a night worker's day sleep is no office hours --------------------------------------------------------
def test_a_night_nurse_s_weekday_day_sleep_is_no_office_hours():
    """Works Mon–Fri nights, asleep ≈08:00–15:30 on weekdays, ≈01:00–09:00 at weekends (the tester's nurse)."""
    events = sleeper(ZoneInfo("Europe/Berlin"), weekday=(15.5, 32.0), weekend=(9.0, 25.0), days=420, country="DE")
    res = infer(events, now=NOW, include_sensitive=True)
    wd = res.finding("sleep").value["weekday"]
    assert "07:30" <= wd["start"] <= "08:30" and "15:00" <= wd["end"] <= "16:00", wd
    routine = res.finding("routine")
    assert routine.value["label"] == DAY_SLEEP_LABEL and routine.value["working_hours"] is None, routine.summary
    assert routine.value["quiet_block"] is not None and routine.value["weekday_daytime_quiet"] is True
    assert "office hours" not in routine.summary.replace("not office hours", "")
    assert "weekday sleep" in routine.summary


def test_an_office_worker_keeps_office_hours():
    """The control: quiet 09:00–17:00 on weekdays at work, asleep at night: the block is work."""
    rng = random.Random(4)
    events = [e for e in sleeper(per_day=14, days=300)
              if e.kind != "twitter.tweet" or e.time.astimezone(LONDON).weekday() >= 5
              or not 9 <= e.time.astimezone(LONDON).hour < 17 or rng.random() < 0.05]
    routine = infer(events, now=NOW).finding("routine")
    assert routine.value["label"] == "office hours" and routine.value["working_hours"] is not None, routine.summary


@pytest.mark.parametrize("block,window,share", [
    ((8, 15), {"start": "08:00", "duration_hours": 7.5}, 1.0),  # the nurse's day sleep
    ((9, 17), {"start": "23:00", "duration_hours": 8.0}, 0.0),  # an office worker's night is elsewhere
    ((7, 15), {"start": "23:00", "duration_hours": 8.5}, 0.0625),  # the night's last half hour
    ((8, 10), {"start": "08:30", "duration_hours": 1.0}, 0.5),
    ((10, 16), {"start": "09:30", "duration_hours": 3.0}, 0.4166666666666667),
    ((8, 15), None, 0.0),
])
def test_sleep_share(block, window, share):
    assert sleep_share(block, window) == pytest.approx(share)


# -- M1: scheduled tweets -------------------------------------------------------------------------------------
@pytest.mark.parametrize("client,scheduled", [
    ("Buffer", True), ("Hootsuite Inc.", True), ("Hootsuite", True), ("IFTTT", True), ("dlvr.it", True),
    ("Twitter Media Studio", True), ("SocialBee", True), ("Later", True), ("Sprout Social", True),
    ("Zapier.com", True), ("  buffer  ", True),
    ("Twitter for iPhone", False), ("Twitter Web App", False), ("TweetDeck", False), ("Later Gator", False),
    ("", False), (None, False),
])
def test_scheduling_clients_by_name(client, scheduled):
    ev = Stream().ev(datetime(2024, 1, 1, tzinfo=UTC), "twitter.tweet", "x", client=client)
    assert (scheduling_client(ev) is not None) is scheduled


def test_scheduled_tweets_are_left_out_of_every_clock_and_counted():
    """A Madrid sleeper (00:30–08:00) whose Buffer posts at 03:00 and 05:00 every day (the tester's input): the
    night is plain again and every clock finding says how many were left out."""
    madrid = ZoneInfo("Europe/Madrid")
    own = sleeper(madrid, weekday=(8.0, 24.5), weekend=(9.5, 25.5), days=300, per_day=6, country="ES")
    s = Stream("x-buffer.zip")
    start = date(2023, 1, 2)
    queued = [s.ev(local(madrid, start + timedelta(days=i), h), "twitter.tweet", "Nuevo artículo", client="Buffer")
              for i in range(300) for h in (3.0, 5.0)]
    res = infer(sorted(own + queued, key=lambda e: e.sort_key), now=NOW, include_sensitive=True)
    tz = res.finding("timezone")
    assert tz.value["zone"] == "Europe/Madrid"
    assert tz.value["scheduled_left_out"] == {"records": 600, "clients": {"Buffer": 600}}
    wd = res.finding("sleep").value["weekday"]
    # (the night into Monday follows Sunday's 01:30 bedtime: a fifth of the weekday nights start late)
    assert "00:15" <= wd["start"] <= "01:45" and "07:45" <= wd["end"] <= "08:30", wd
    assert res.finding("late_nights").value["dates"] == []
    for fid in CLOCK_IDS:
        said = [c for c in res.finding(fid).caveats if "scheduling client" in c]
        assert said == ["600 tweets sent by a scheduling client (Buffer) are left out: such a tweet shows when it "
                        "was queued for, not when you were awake."], (fid, res.finding(fid).caveats)
    alone = infer(own, now=NOW, include_sensitive=True)
    assert "scheduled_left_out" not in alone.finding("timezone").value
    assert not any("scheduling client" in c for c in alone.finding("sleep").caveats)


# -- M6: what the counts count --------------------------------------------------------------------------------
def test_no_late_nights_is_supported_by_the_nights_checked():
    res = infer(sleeper(days=200), now=NOW, include_sensitive=True)
    late = res.finding("late_nights")
    assert late.value["dates"] == []
    ev = late.evidence
    assert ev.unit == "nights"
    assert ev.n_support == late.value["nights_checked"] - late.value["nights_one_record"] > 150
    assert ev.n_against == late.value["nights_one_record"]
    assert late.to_dict()["evidence"]["unit"] == "nights"
    console = Console(file=io.StringIO(), width=200, color_system=None, force_terminal=False)
    report_module.render(res, "text", console, detail="full")
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert f"{ev.n_support} nights support it" in text
    assert f"{ev.n_support} nights support it" in report_module.to_markdown(res, detail="full")


def test_sleep_and_routine_count_records_inside_their_quiet_hours_against(parent):
    """Sleep: records outside the windows for, inside against (the feeds are inside now); routine: weekday records
    inside its quiet block against."""
    sleep = parent.finding("sleep")
    assert sleep.evidence.unit == "records"
    assert sleep.evidence.n_against >= 200  # the feeds' records inside 23:00-07:00
    assert sleep.evidence.n_support > 10 * sleep.evidence.n_against


@pytest.mark.parametrize("listed,checked,spans", [
    ([], {"2024-01": 31}, []),
    # 12 of 31 nights in one month: a span; 3 in the next: not
    ([date(2024, 1, d) for d in range(1, 13)] + [date(2024, 2, d) for d in (1, 2, 3)], {"2024-01": 31, "2024-02": 29},
     [{"from": "2024-01", "to": "2024-01", "nights": 12, "share": 0.39}]),
    # two adjacent months join; a gap month breaks the run
    ([date(2024, 1, d) for d in range(1, 9)] + [date(2024, 2, d) for d in range(1, 9)]
     + [date(2024, 4, d) for d in range(1, 9)], {"2024-01": 31, "2024-02": 29, "2024-03": 31, "2024-04": 30},
     [{"from": "2024-01", "to": "2024-02", "nights": 16, "share": 0.27}]),
    # scattered late nights (under a quarter of each month) make no span
    ([date(2024, m, 5) for m in range(1, 13)], {f"2024-{m:02d}": 30 for m in range(1, 13)}, []),
])
def test_broken_spans(listed, checked, spans):
    assert broken_spans(listed, checked) == spans


def test_the_report_says_the_broken_nights_and_the_day_sleep(parent):
    """Every format's headline and facts: the broken span beside the late nights, the day sleep for routine."""
    from dataexam.report import view

    late = parent.finding("late_nights").to_dict()
    assert view.headline(late).endswith("; broken nights Mar 2024 – Jun 2024).")
    facts = dict(view.facts(late))
    assert facts["Broken nights"].startswith("Mar 2024 – Jun 2024: ")
    nurse = {"id": "routine", "value": {"working_hours": None, "quiet_block": "08-15", "weekday_daytime_quiet": True,
                                        "label": DAY_SLEEP_LABEL, "peak": {"weekday": "Fri", "hour": 18}}}
    assert view.headline(nurse) == ("Your quiet weekday daytime (08–15) is your weekday sleep: night or shift work, "
                                    "not office hours.")


# -- night shifts at home: their nights read apart (MCTQ^Shift), each one late against the usual window -------------
BERLIN = ZoneInfo("Europe/Berlin")
SHIFT = (date(2023, 3, 1), date(2023, 5, 1))  # two months of night shifts in nine


def _night_shifts(awake_on_shift: list[tuple[float, float]], seed: int = 5) -> list:
    """The twenty-fifth pass's last testers' input: a Berlin person with a German login every day, 12 tweets a day
    awake 07:00–23:30 local, except on the shift nights of :data:`SHIFT`, awake in ``awake_on_shift`` (local hours of
    the shift night's evening date; past 24 = the next morning). Sleep is by day then."""
    rng = random.Random(seed)
    s, logins = Stream("x.zip"), Stream("x-logins.zip")
    out = []
    d = date(2023, 1, 2)
    while d < date(2023, 10, 1):
        spans = awake_on_shift if SHIFT[0] <= d < SHIFT[1] else [(7.0, 23.5)]
        total = sum(b - a for a, b in spans)
        for _ in range(12):
            h = rng.uniform(0, total)
            for a, b in spans:
                if h < b - a:
                    break
                h -= b - a
            out.append(s.ev(local(BERLIN, d, a + h), "twitter.tweet", "shift notes"))
        # a login is an own action: in awake hours (half an hour after the day's first span opens)
        out.append(logins.ev(local(BERLIN, d, spans[0][0] + 0.5), "twitter.login", None, ip="85.214.132.117"))
        d += timedelta(days=1)
    out.sort(key=lambda e: e.sort_key)
    return out


@pytest.mark.parametrize(("awake", "sleep_mid"), [([(23.0, 39.5)], 19.75),  # the tester's: awake 23:00–15:30
                                                  ([(15.5, 21.0), (22.5, 32.0)], 11.75)])  # asleep 08:00–15:30
def test_night_shifts_at_home_are_late_nights_and_a_window_of_their_own(awake, sleep_mid):
    """The twenty-fifth pass's last tester (M2): two months of night shifts in Germany, a German login every day,
    read Berlin with no stay (right), but late_nights listed 14 weekend nights of the 61 and the sleep finding had
    no weekday window (the shift ate it; the weekend one shrank to 23:30–03:45). By MCTQ^Shift (Juda et al. 2013)
    each shift type's sleep is its own: the usual windows come from the other nights, the shift period gets its own
    (a day sleep), and against the usual window every night awake on shift is a late night."""
    result = infer(_night_shifts(awake), now=NOW, include_sensitive=True)
    tz = result.finding("timezone")
    assert tz.value["zone"] == "Europe/Berlin" and not tz.value["periods"]
    # where the quarters show the quiet hours shift, it is said as night work at home, not "a move … cannot fit all
    # of it" (lowered a level)
    if tz.value["quiet_hours_shift"] is not None:
        assert tz.caveats[0].startswith("Your quiet hours shift") and "night or shift work at home" in tz.caveats[0]
        assert "not lowered" in tz.confidence_basis
    assert tz.confidence == Confidence.HIGH
    sleep = result.finding("sleep").value
    for t in ("weekday", "weekend"):
        assert sleep[t] is not None and sleep[t]["start"] in ("23:15", "23:30", "23:45"), sleep[t]
        assert sleep[t]["end"] in ("06:45", "07:00", "07:15"), sleep[t]
    assert sleep["chronotype"] is not None
    [shift] = sleep["shift_periods"]
    assert abs((date.fromisoformat(shift["from"]) - SHIFT[0]).days) <= 2
    assert abs((date.fromisoformat(shift["to"]) - SHIFT[1]).days) <= 2
    assert shift["nights"] >= 58 and abs(shift["window"]["mid_hours"] - sleep_mid) <= 1.0, shift
    assert shift["label"] == ("day sleep (night or shift work)" if 8 <= sleep_mid < 20 else None)
    late = result.finding("late_nights").value
    on_shift = [d for d in map(date.fromisoformat, late["dates"]) if SHIFT[0] <= d <= SHIFT[1]]
    assert len(on_shift) >= 58, len(on_shift)
    assert len(late["dates"]) - len(on_shift) <= 3  # the usual nights stay quiet
    assert [(sp["from"], sp["to"]) for sp in late["broken_spans"]] == [("2023-03", "2023-04")]
