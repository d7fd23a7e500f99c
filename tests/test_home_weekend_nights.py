"""A weekend second home is slept in; a commuter's weekdays are where her evenings are (T29D N5).

- ``shopper``: lives in Basel (CH); every Saturday 10–16 four logins across the border in Germany (shopping), the
  Saturday evening and every Sunday at home. Was "Weekends in Germany (78 of 78 weekends …): … a second home
  (medium)". A weekend counts for a place only with a record there in one of its nights.
- ``commuter``: lives in Strasbourg (FR), Monday–Friday four logins 08:30–17:00 from the office in Kehl (DE) and one
  at about 21:00 from home, weekends in France. Was home "Germany (71% of the weekdays with a login)", high, and
  "Weekends in France … a second home". The weekdays' evenings decide: home France, no weekend home.

Every person and address here is invented; the hours are local (Europe/Paris and Europe/Zurich keep one clock).
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_home_shipping import DE_IP, home_of
from test_inference_synth import Stream

from dataexam.inference.place import weekend_split

CH_IP, FR_IP = "85.1.2.3", "90.12.33.4"
MONDAY = date(2023, 1, 2)
CET = ZoneInfo("Europe/Paris")


def _logins(s: Stream, weeks: int, plan) -> list:
    """Logins every day of ``weeks`` weeks from MONDAY: ``plan(day)`` → [(local hour, address)]."""
    out = []
    for i in range(weeks * 7):
        d = MONDAY + timedelta(days=i)
        for h, ip in plan(d):
            t = datetime(d.year, d.month, d.day, int(h), int(h % 1 * 60), tzinfo=CET).astimezone(UTC)
            out.append(s.ev(t, "facebook.login", None, ip=ip))
    return out


def test_saturday_shopping_across_the_border_is_no_second_home():
    def shopper(d: date) -> list:
        if d.weekday() == 5:  # 10:30–15:30 in Germany, home by the evening
            return [(10.5, DE_IP), (12, DE_IP), (13.5, DE_IP), (15.5, DE_IP), (19.5, CH_IP)]
        return [(8, CH_IP), (12.5, CH_IP), (18, CH_IP), (21.5, CH_IP)]
    home, report = home_of(_logins(Stream(), 40, shopper))
    v = home.value
    assert v["country"] == "CH" and v["weekend_home"] is None  # was Germany, 40 of 40 weekends, medium
    assert "Weekends in" not in home.summary
    assert "second home" not in report.finding("trips").summary


def test_a_commuters_home_is_where_her_evenings_are_not_her_office():
    def commuter(d: date) -> list:
        if d.weekday() < 5:  # office 08:30–17:00 in Germany, the evening at home in France
            return [(8.5, DE_IP), (11, DE_IP), (14, DE_IP), (17, DE_IP), (21, FR_IP)]
        return [(9.5, FR_IP), (13, FR_IP), (16, FR_IP), (19, FR_IP), (21.5, FR_IP)]
    home, _ = home_of(_logins(Stream(), 40, commuter))
    v = home.value
    assert v["country"] == "FR" and v["weekend_home"] is None  # was Germany, high, and weekends in France
    assert v["basis"] == "evenings"
    assert "of the evenings with a login" in home.summary


def test_weekends_slept_at_the_second_place_still_name_it():
    # Saturday and Sunday in France with a Saturday-evening login there: the second home of HOME2's test
    def second(d: date) -> list:
        return [(9.5, FR_IP), (13, FR_IP), (19.5, FR_IP), (21.5, FR_IP)] if d.weekday() >= 5 else \
            [(8, DE_IP), (13, DE_IP), (20, DE_IP), (21.5, DE_IP)]
    home, _ = home_of(_logins(Stream(), 40, second))
    w = home.value["weekend_home"]
    assert home.value["country"] == "DE" and (w["country"], w["weekends"], w["of_weekends"]) == ("FR", 40, 40)


def test_weekend_split_counts_a_weekend_only_with_a_night_there():
    per_day, evenings, nights = {}, {}, {}
    for i in range(30 * 7):
        d = MONDAY + timedelta(days=i)
        per_day[d] = Counter({"B" if d.weekday() == 5 else "A": 3})
        if d.weekday() < 4:
            evenings[d] = Counter({"A": 1})
        if d.weekday() == 0:
            nights[d] = {"A"} if (i // 7) % 2 else {"A", "B"}  # a login at B in a night every other weekend
    assert weekend_split(per_day)["weekends"] == 30  # by day alone, every weekend
    split = weekend_split(per_day, evenings, nights)
    assert split is not None and (split["second"], split["weekends"], split["of_weekends"]) == ("B", 30, 30)
    assert weekend_split(per_day, evenings, {d: {"A"} for d in nights}) is None  # day trips only
    # a night there on 8 of 30 weekends: under a third (a dinner out now and then)
    few = {d: {"A", "B"} if (d - MONDAY).days // 7 % 4 == 0 else {"A"} for d in nights}
    assert sum("B" in v for v in few.values()) == 8 and weekend_split(per_day, evenings, few) is None
    # the weekday home is where the weekday evenings are
    office = {d: Counter({"B": 1}) for d in evenings}
    assert weekend_split(per_day, office, nights) is None  # home B by the evenings: B is no second place
