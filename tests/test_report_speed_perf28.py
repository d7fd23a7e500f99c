"""Work the report did more than once, done once (issue 16, PERF28): each shortcut gives the value of the work it
replaces, exactly, and hands callers objects of their own."""

from __future__ import annotations

import random
import statistics
from collections import Counter
from datetime import date, timedelta

import pytest

from dataexam.inference import periods, timezone
from dataexam.inference.text import pstdev_of


def _days(first: date, n: int, step: int = 1) -> list[date]:
    return [first + timedelta(days=step * i) for i in range(n)]


def _groups(cands: list[timezone.Candidate]) -> list[tuple[list[str], list[tuple[int, int, int]]]]:
    return [(c.zones, c.segments) for c in cands]


@pytest.mark.parametrize("days", [
    _days(date(2019, 1, 1), 730),  # two years of every day: the EU's and the US's changes apart
    _days(date(2023, 3, 1), 40, 3),  # a sparse spring across the changes
    [date(2024, 7, 1)],  # one day
])
def test_candidates_same_groups_fresh_objects(days: list[date]) -> None:
    """The zone groups for the same days twice in a row equal :func:`timezone._candidates`' own; the second call's
    candidates are new objects, untouched by what a caller did to the first's (score_zones sorts their zones and
    sets their fits in place)."""
    want = _groups(timezone._candidates(days))
    first = timezone.candidates(days)
    assert _groups(first) == want
    for c in first:  # as score_zones does
        c.zones.reverse()
        c.loglik = 7.0
        c.segments.append((0, 0, 0))
    second = timezone.candidates(days)
    assert _groups(second) == want
    assert all(c.loglik == 0.0 and c.habit_step is None for c in second)
    assert not {id(c) for c in first} & {id(c) for c in second}


def test_candidates_other_days_read_again() -> None:
    """Other days than the last call's are grouped anew (the one entry kept is replaced)."""
    summer = _days(date(2022, 6, 1), 30)
    winter = _days(date(2022, 12, 1), 30)
    timezone.candidates(summer)
    assert _groups(timezone.candidates(winter)) == _groups(timezone._candidates(winter))
    assert _groups(timezone.candidates(summer)) == _groups(timezone._candidates(summer))


def _logins(countries: list[str], first: date = date(2022, 1, 1)) -> Counter[tuple[date, str]]:
    return Counter({(first + timedelta(days=i), cc): 3 for i, cc in enumerate(countries)})


def test_settled_day_countries_read_once_same_answer() -> None:
    """The settled logins' days and countries are those of :func:`periods._day_countries`; asked again of the same
    map, the same answer in new lists (a caller's change to one does not reach the next)."""
    ip_days = _logins(["DE"] * 200 + ["AT"] * 3 + ["DE"] * 100)
    days, tops = periods._day_countries(ip_days)
    first = periods._settled_day_countries(ip_days)
    assert first == (days, tops)
    first[1][0] = "FR"
    assert periods._settled_day_countries(ip_days) == (days, tops)
    assert periods.ip_home_country(ip_days) == "DE"


def test_settled_day_countries_follow_a_changed_map() -> None:
    """A map changed since the last call is read again: a settled German history, then the same map with a year in
    Spain after it, is a move (None), and the settled one read again is settled."""
    settled = _logins(["DE"] * 300)
    assert periods._settled_day_countries(settled) is not None
    moved = Counter(settled)
    moved.update(_logins(["ES"] * 300, date(2022, 1, 1) + timedelta(days=300)))
    assert periods._settled_day_countries(moved) is None
    assert periods.ip_home_country(moved) is None
    assert periods._settled_day_countries(settled) == periods._day_countries(settled)


def test_settled_day_countries_tie_follows_item_order() -> None:
    """A day's tie between two countries goes to the first counted (Counter.most_common): the same items in
    another order are another map, read again."""
    a = Counter({(date(2022, 1, 1), "DE"): 2, (date(2022, 1, 1), "FR"): 2})
    b = Counter({(date(2022, 1, 1), "FR"): 2, (date(2022, 1, 1), "DE"): 2})
    assert periods._settled_day_countries(a) == ([date(2022, 1, 1)], ["DE"])
    assert periods._settled_day_countries(b) == ([date(2022, 1, 1)], ["FR"])


def test_pstdev_of_is_statistics_pstdev() -> None:
    """On resamples of weekly medians as the mood reading makes them (``-1 + (i + frac) * 2 / bins``), of mixed
    magnitudes, of one value and of equal values, the very float statistics.pstdev gives."""
    rng = random.Random(16)
    sets = [[-1 + (rng.randint(0, 40) + rng.random()) * 2 / 41 for _ in range(rng.randint(1, 300))]
            for _ in range(60)]
    sets += [[0.0], [0.25] * 9, [1e-300, 1e300, -3.5], [rng.uniform(-1e6, 1e6) for _ in range(50)]]
    for values in sets:
        spread = pstdev_of(values)
        for _ in range(20):
            sample = [rng.choice(values) for _ in values]
            assert spread(sample) == statistics.pstdev(sample)
        assert spread(values) == statistics.pstdev(values)


def test_pstdev_of_other_values_use_statistics() -> None:
    """Values that are not finite floats (integers, infinity) are handed to statistics.pstdev itself."""
    assert pstdev_of([1, 2, 3]) is statistics.pstdev
    assert pstdev_of([1.0, float("inf")]) is statistics.pstdev
    with pytest.raises(statistics.StatisticsError):
        pstdev_of([0.5])([])
