"""A spell of later nights (T31B R1: a month of nights awake to 03:30, asleep later) is read apart as a spell with
its own window, not as irregular late nights; scattered late nights and a new parent's broken nights are not one."""
import random
from datetime import date, timedelta

from dataexam.inference.engine import QUARTERS
from dataexam.inference.nightspells import later_spell

USUAL = (46, 78)  # 23:30-07:30, bins from noon the day before


def _bin(h: float) -> int:
    """A clock hour (12-36: noon to noon) as a night's bin."""
    return int((h - 12) * 4)


def _nights(spell: tuple[date, date] | None, extra=None, seed: int = 7) -> dict[date, list[int]]:
    """Per night (its morning's date), 96 bins from noon the day before: 3-5 records a day, 07:30-23:30, or in the
    spell 18:00-03:30 and 12:00-16:00 (the T31B ramadan shape); ``extra`` adds to a night."""
    rng = random.Random(seed)
    nights: dict[date, list[int]] = {}
    d = date(2024, 1, 2)
    while d <= date(2024, 12, 20):
        for _ in range(rng.randint(3, 5)):
            if spell and spell[0] <= d <= spell[1]:
                h = rng.choice([rng.uniform(18, 27.5), rng.uniform(12, 16)])
            else:
                h = rng.uniform(7.5, 23.5)
            since_noon = (d - date(2024, 1, 1)).days * 24 + h - 12  # hours since noon of 1 Jan
            nd = date(2024, 1, 2) + timedelta(days=int(since_noon // 24))
            nights.setdefault(nd, [0] * QUARTERS)[int(since_noon % 24 * 4)] += 1
        d += timedelta(days=1)
    if extra:
        for nd, vec in nights.items():
            extra(nd, vec, rng)
    return nights


def _ext(nights: dict[date, list[int]]) -> dict[date, list[int]]:
    # a night's own bins (noon to noon) and the next night's, as sleep_family's ext
    out = {}
    for nd, vec in nights.items():
        nxt = nights.get(nd + timedelta(days=1)) or [0] * (2 * QUARTERS)
        out[nd] = [*vec, *nxt]
    return out


def test_month_of_later_nights_is_one_spell_with_its_own_window() -> None:
    nights = _nights((date(2024, 3, 11), date(2024, 4, 9)))
    found = later_spell({nd: USUAL for nd in nights}, _ext(nights))
    assert found is not None
    nds, win = found
    assert abs((nds[0] - date(2024, 3, 11)).days) <= 3
    assert abs((nds[-1] - date(2024, 4, 9)).days) <= 3
    # asleep from about 03:30, hours after the usual 23:30
    assert _bin(27) <= win[0] <= _bin(28.5)
    assert win[1] > USUAL[1]


def test_scattered_late_nights_are_no_spell() -> None:
    def late(d: date, vec: list[int], rng: random.Random) -> None:
        if rng.random() < 0.08:
            vec[_bin(rng.uniform(25, 28))] += 2
    nights = _nights(None, late)
    assert later_spell({nd: USUAL for nd in nights}, _ext(nights)) is None


def test_broken_nights_of_a_new_parent_are_no_later_spell() -> None:
    # feeds at 02:00-04:00 on most nights of three months, bedtime and rising unchanged: broken, not later
    def feeds(d: date, vec: list[int], rng: random.Random) -> None:
        if date(2024, 5, 1) <= d <= date(2024, 7, 31) and rng.random() < 0.7:
            vec[_bin(rng.uniform(26, 28))] += 1
    nights = _nights(None, feeds)
    assert later_spell({nd: USUAL for nd in nights}, _ext(nights)) is None


def test_broken_span_starting_late_in_a_month_begins_in_that_month() -> None:
    # MOOD5's leftover: nights broken from 25 Mar to 30 Apr; March holds 7 of its 31 nights (23 %, under 25 %), so the
    # span began in April; its last week is broken on every night, so it begins in March
    from dataexam.inference.nightspells import broken_spans

    listed = [date(2024, 3, 25) + timedelta(days=i) for i in range(37)]
    checked = {"2024-02": 29, "2024-03": 31, "2024-04": 30, "2024-05": 31}
    assert broken_spans(listed, checked) == [{"from": "2024-03", "to": "2024-04", "nights": 37, "share": 0.61}]
    # two stray late nights in March (3rd and 28th) do not pull it back
    listed = [date(2024, 3, 3), date(2024, 3, 28)] + [date(2024, 4, 1) + timedelta(days=i) for i in range(30)]
    assert broken_spans(listed, checked) == [{"from": "2024-04", "to": "2024-04", "nights": 30, "share": 1.0}]


def test_glance_sleep_line_names_the_earlier_era() -> None:
    # SLEEP6's left: the at-a-glance line named today's windows only
    from dataexam.report import view

    v = {"weekday": {"start": "23:00", "end": "07:00"}, "weekend": {"start": "23:00", "end": "07:00"},
         "earlier_period": {"from": "2013-07", "to": "2016-06", "nights": 767,
                            "window": {"start": "02:30", "end": "10:00"}}}
    assert view.headline({"id": "sleep", "value": v}) == (
        "You are offline (asleep) about 23:00–07:00 on weekdays and 23:00–07:00 at weekends; until Jun 2016, "
        "about 02:30–10:00.")
    del v["earlier_period"]
    assert view.headline({"id": "sleep", "value": v}) == (
        "You are offline (asleep) about 23:00–07:00 on weekdays and 23:00–07:00 at weekends.")
