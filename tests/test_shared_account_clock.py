"""A shared account's other person leaves the clock and the interests' words too (the thirty-first pass's closing
note, SHARED3's leftover): the time zone's examples were the partner's night orders, the quiet hours' centre and the
sleep window counted them, and the interests' terms and distinct records still held their goods. Now the time-zone,
sleep and interests findings of Maria's shared account are those of her own records alone. Every person and order
here is invented (the household of test_shared_account_household: Maria in Denver, Tom ordering at 23:30–01:30).
"""

from __future__ import annotations

import pytest
import test_shared_account_household as house

from dataexam.inference import infer

# Tom's night orders: his games and headset (goods not hers), graphic novels (books, which are hers too), and a
# game every other night for six months — enough to move the quiet hours' centre and the sleep window
TOM = [*house.TOM, *((d, "Graphic novel hardback") for d in (15, 45, 75, 105, 135)),
       *((d, "PlayStation 5 game Elden Ring") for d in range(3, 180, 2))]


def _events(own_from: float, own_to: float, with_tom: bool) -> list:
    saved = house.TOM
    house.TOM = TOM
    try:
        events = house._household(own_from, own_to)
    finally:
        house.TOM = saved
    return events if with_tom else [e for e in events if not (
        e.kind == "amazon.order_item" and str(e.attrs.get("order_id") or "").startswith("t"))]


@pytest.fixture(scope="module")
def reports() -> tuple:
    return (infer(_events(7.0, 22.0, True), now=house.NOW), infer(_events(7.0, 22.0, False), now=house.NOW))


def test_the_time_zone_is_read_from_her_own_records(reports) -> None:
    shared, alone = (r.finding("timezone") for r in reports)
    assert reports[0].finding("impulse_buying").value["shared_account"]["orders_apart"] == len(TOM)
    # was "your quietest hours centre on 03:00" (spread 1.75 h), 84 records "against" inside the lull, and ten of
    # Tom's night orders as the examples
    assert shared.value["lull_mid_local"] == alone.value["lull_mid_local"] == "02:22"
    assert shared.value["lull_spread_hours"] == alone.value["lull_spread_hours"]
    assert shared.summary == alone.summary and shared.confidence_basis == alone.confidence_basis
    assert shared.evidence.n_against == alone.evidence.n_against == 0
    assert not any(i.kind == "amazon.order_item" for i in shared.evidence.items)


def test_the_sleep_window_is_hers(reports) -> None:
    shared, alone = (r.finding("sleep") for r in reports)
    # was "weekdays ≈01:15–07:00": Tom's orders until 01:30 were read as her being awake
    assert shared.summary == alone.summary and "≈22:00–07:00" in shared.summary
    assert reports[0].finding("late_nights").summary == reports[1].finding("late_nights").summary


def test_her_interests_terms_and_distinct_records_leave_his_orders_out(reports) -> None:
    shared, alone = ({r["category"]: r for r in rep.finding("interests").value} for rep in reports)
    # books was "novel, reading, graphic novel, paperback" from 5 distinct records: his graphic novels among them
    assert shared["books"]["terms"] == alone["books"]["terms"] == ["novel", "reading", "paperback"]
    assert shared["books"]["distinct_texts"] == alone["books"]["distinct_texts"] == 2
    assert {c: r["terms"] for c, r in shared.items()} == {c: r["terms"] for c, r in alone.items()}


def test_a_night_owls_orders_stay_in_her_clock() -> None:
    owl = infer(_events(10.0, 26.5, True), now=house.NOW)
    assert owl.finding("impulse_buying").value["shared_account"] is None
    tz = owl.finding("timezone")
    alone = infer(_events(10.0, 26.5, False), now=house.NOW).finding("timezone")
    # every order is hers: the clock counts them (more active bins than without them)
    assert tz.confidence_basis != alone.confidence_basis
    books = {r["category"]: r for r in owl.finding("interests").value}.get("books")
    assert books is not None and "graphic novel" in books["terms"]
