"""The shared-account rule needs more than orders at hours the person's records are quiet (the thirty-first pass's
tester, T31B J1). Every person and order here is invented.

- A man with a day job (breaks 10:00, 12:30–13:00) and a bar shift (Tue–Sat, home after 23:45) ordered the same work
  shoes at 13:00 and at 00:18: 13:00 is a dead hour between his two timetables, and his 16 lunchtime orders were
  "may be shared (someone else ordering)"; the glance said "8 items (100%) ordered late at night" (8 of 24).
- An office worker who tweets only from work and orders only at home in the evening (T30C shared_fp) had all 40 of
  her orders "apart".
- The T30B/T30C household (her running socks by day, his games at 00:00–01:30) stays shared, and says which goods.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_baby_household import _household
from test_inference_synth import Stream

from dataexam.inference import infer

NOW = datetime(2024, 12, 31, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")


def _at(zone: ZoneInfo, day: date, hours: float) -> datetime:
    return (datetime(day.year, day.month, day.day) + timedelta(hours=hours)).replace(tzinfo=zone).astimezone(UTC)


def _two_jobs() -> list:
    """T31B twojobs: 2024 in Manchester; weekdays posts at 06:48–07:48, 10:00–10:18, 12:30–13:00 and 16:00–17:30,
    Tue–Sat at 20:30–21:00 and 23:48–00:45 (after the bar closes), weekends 08:00–17:30; 24 orders of "Work shoes
    non slip", 8 at 00:18 and 16 at 13:00."""
    rng = random.Random(43)
    s = Stream()
    out = []
    d = date(2024, 1, 2)
    while d <= date(2024, 12, 20):
        wd = d.weekday()
        spans = [(6.8, 7.8), (10, 10.3), (12.5, 13), (16, 17.5)] if wd < 5 else [(10 if wd == 6 else 8, 17.5)]
        spans += [(20.5, 21), (23.8, 24.75)] if 1 <= wd <= 5 else [(18, 22.8)]
        for a, b in spans:
            for _ in range(rng.randint(1, 2)):
                out.append(s.ev(_at(LONDON, d, rng.uniform(a, b)), "twitter.tweet", "Busy night behind the bar",
                                lang="en"))
        d += timedelta(days=1)
    for i in range(24):
        t = _at(LONDON, date(2024, 1, 3 + i % 20), 0.3 if i % 3 == 0 else 13)
        out.append(s.ev(t, "amazon.order_item", "Work shoes non slip", currency="GBP", total="34.99",
                        order_id=f"w{i}", shipping_city="Manchester", shipping_country="United Kingdom",
                        ships_to_billing=True))
    return sorted(out, key=lambda e: e.sort_key)


def test_a_two_job_persons_lunchtime_orders_are_his_own() -> None:
    report = infer(_two_jobs(), now=NOW)
    impulse = report.finding("impulse_buying")
    assert impulse.value["shared_account"] is None
    # 8 of his 24 orders after the bar shift, none set apart
    assert impulse.value["late_night_items"] == 8 and impulse.value["timed_items"] == 24
    assert impulse.summary.startswith("33% of items ordered 23–04")
    assert not any("may be shared" in c for c in impulse.caveats)
    assert not any("may be shared" in c for c in report.finding("interests").caveats)
    beh = report.finding("trust_score").value["factors"]["behaviour_preferences"]
    assert beh["inputs"]["orders_apart"] is None


def _office_worker() -> list:
    """T30C shared_fp: 600 tweets on weekdays 09–17 only (Munich), 40 orders at 20:00–22:30 at home, alone."""
    rng = random.Random(31)
    s = Stream()
    out = []
    d = date(2023, 1, 2)
    while len(out) < 600:
        if d.weekday() < 5 and rng.random() < .8:
            out.append(s.ev(_at(BERLIN, d, rng.uniform(9, 17)), "twitter.tweet", "Meeting notes done", lang="en"))
        d += timedelta(days=1)
    for i in range(40):
        out.append(s.ev(_at(BERLIN, date(2023, 1, 10) + timedelta(days=i * 17), rng.uniform(20, 22.5)),
                        "amazon.order_item", rng.choice(["Kaffeebohnen", "Buch Roman", "Fahrradlicht"]),
                        currency="EUR", total=f"{15 + i:.2f}", order_id=f"m{i}", shipping_city="München",
                        shipping_country="Germany", ships_to_billing=True))
    return sorted(out, key=lambda e: e.sort_key)


def test_orders_only_at_home_in_the_evening_are_no_shared_account() -> None:
    impulse = infer(_office_worker(), now=NOW).finding("impulse_buying")
    assert impulse.value["shared_account"] is None
    assert impulse.value["timed_items"] == 40 and impulse.value["late_night_items"] == 0


def test_the_household_stays_shared_and_names_the_other_goods() -> None:
    impulse = infer(_household(7.0, 22.0), now=datetime(2024, 6, 1, tzinfo=UTC)).finding("impulse_buying")
    shared = impulse.value["shared_account"]
    assert shared["orders_apart"] == 40 and shared["timed_orders"] == 80
    assert shared["other_goods"] == ["gaming"] and shared["other_goods_items"] == 40
    assert ("and they are goods your own orders and posts hardly show (gaming): the Amazon account may be shared"
            in impulse.caveats[0])


def test_the_same_goods_at_quiet_hours_are_the_persons_own() -> None:
    # the household's hours, but the night orders are her running socks too: nothing says a second person
    events = [e if e.text != "PS5 video game Elden Ring" else replace(e, text="Running socks")
              for e in _household(7.0, 22.0)]
    impulse = infer(events, now=datetime(2024, 6, 1, tzinfo=UTC)).finding("impulse_buying")
    assert impulse.value["shared_account"] is None
    assert impulse.value["late_night_items"] == 40 and impulse.value["timed_items"] == 80


def test_spending_says_the_account_may_be_shared() -> None:
    """T32B L3: every other money and interest finding said the household's 40 night orders were left out as perhaps
    someone else's; spending counted them in its total without a word. The total stays the account's; a first caveat
    says so, and it is medium at most."""
    report = infer(_household(7.0, 22.0), now=datetime(2024, 6, 1, tzinfo=UTC))
    spending = report.finding("spending")
    assert spending.value["shared_account"]["orders_apart"] == 40
    assert spending.caveats[0].startswith("40 of your 80 timed order items were placed at hours you are otherwise "
                                          "never active: the account may be shared")
    assert spending.confidence.value != "high"
    # one person's own orders: no such word
    own = [e if e.text != "PS5 video game Elden Ring" else replace(e, text="Running socks")
           for e in _household(7.0, 22.0)]
    alone = infer(own, now=datetime(2024, 6, 1, tzinfo=UTC)).finding("spending")
    assert alone.value["shared_account"] is None and "may be shared" not in " ".join(alone.caveats)
