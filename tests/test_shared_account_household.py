"""A shared Amazon account's other person leaves every finding that says it sets them apart (the thirty-first pass:
SHARED3; T30C H6). Every person and order here is invented.

The household of T30B's ``household`` input (T30C re-ran it): Maria in Denver tweets 07:00–22:00 and orders in the
morning (07–09); Tom orders on the same account at 23:30–01:30 — his games, and here also nappies of another size,
cat litter, moving boxes and a sofa. BABY (impulse buying, the trust score's night rules) and BABY2 (interests) set
his orders apart; the household's baby and pet counts, the nappy sizes, the life-event sequences, the trust score's
baby rule and its spending examples still counted them. One rule (:mod:`.sharedaccount`) now takes them out of all
of these. A night owl — Maria tweeting until 02:30 — keeps every order as hers.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from test_inference_synth import Stream

from dataexam.categories import interest_categories
from dataexam.inference import infer
from dataexam.inference.interests import household_sentence

DENVER = ZoneInfo("America/Denver")
START = date(2024, 1, 1)
NOW = datetime(2025, 1, 1, tzinfo=UTC)
# Maria's own orders (morning), by day from START; three baby items and a dog (a pet sequence: food, then a leash)
MARIA = [(10, "Running shoes women"), (20, "Yoga mat"), (30, "Paperback novel"), (60, "Pampers nappies size 1"),
         (70, "Baby monitor with camera"), (100, "Pampers nappies size 2"), (110, "Dog food 12kg"),
         (130, "Dog leash"), (150, "Water bottle"), (170, "Sports bra")]
# Tom's (23:30–01:30): games, nappies of another size, cat litter, and a move sequence (moving boxes, then a sofa)
TOM = [(12, "PlayStation 5 game Elden Ring"), (22, "Gaming headset wireless"), (32, "Energy drink 24 pack"),
       (42, "Xbox gift card 50"), (52, "Graphics card RTX 4070"), (62, "Pampers nappies size 4"),
       (72, "Pampers nappies size 4"), (82, "Cat litter 10 l"), (92, "Cat litter 10 l"), (102, "Cat litter 10 l"),
       (112, "Moving boxes 20 pack"), (122, "Sofa bed grey"), (132, "PlayStation 5 game Elden Ring"),
       (142, "Gaming headset wireless")]


def _at(day: date, hours: float) -> datetime:
    return (datetime(day.year, day.month, day.day) + timedelta(hours=hours)).replace(tzinfo=DENVER).astimezone(UTC)


def _household(own_from: float, own_to: float) -> list:
    """Maria's tweets (10 a day between ``own_from`` and ``own_to`` Denver hours, 180 days), a US login a day, her
    orders at 07–09 and Tom's at 23:30–01:30, all shipped to their one Denver address."""
    rng = random.Random(10)
    s = Stream()
    out = []
    texts = ["Morning run done, 10k!", "Yoga before work", "Reading a great novel", "Trail run in the foothills"]
    for i in range(180):
        d = START + timedelta(days=i)
        for _ in range(10):
            out.append(s.ev(_at(d, rng.uniform(own_from, own_to)), "twitter.tweet", rng.choice(texts), lang="en"))
        out.append(s.ev(_at(d, 8.0), "twitter.login", ip="8.8.8.8"))
    ship = {"currency": "USD", "total": "30.00", "shipping_city": "Denver", "shipping_state": "CO",
            "shipping_country": "United States", "ships_to_billing": True}
    for day, name in MARIA:
        out.append(s.ev(_at(START + timedelta(days=day), rng.uniform(7, 9)), "amazon.order_item", name,
                        order_id=f"m{day}", **ship))
    for day, name in TOM:
        out.append(s.ev(_at(START + timedelta(days=day), 24 + rng.uniform(-0.5, 1.5)), "amazon.order_item", name,
                        order_id=f"t{day}", **ship))
    return sorted(out, key=lambda e: e.sort_key)


def _excerpts(items) -> list[str]:
    return [i["excerpt"] if isinstance(i, dict) else i.excerpt for i in items]


TOMS = {name for _, name in TOM}


def test_the_other_persons_orders_leave_household_life_events_and_the_trust_score() -> None:
    report = infer(_household(7.0, 22.0), now=NOW)
    impulse = report.finding("impulse_buying")
    assert impulse.value["shared_account"]["orders_apart"] == len(TOM)
    left_out = f"{len(TOM)} orders at hours you are otherwise never active were left out: the account may be shared"

    household = report.finding("household")
    child = household.value["child_signals"]
    # her three baby items (the camera monitor among them), not his two nappies of size 4
    assert child["baby_items"] == 3 and child["first"] == "2024-03" and child["last"] == "2024-04"
    assert child["diaper_sizes"] == [["2024-03", 1], ["2024-04", 2]]
    assert household.value["pets"] == {"dog": 2}  # her dog food and leash; his cat litter left out
    assert household.summary == household_sentence(household.value)
    assert "nappy sizes 1 → 2 (size 2 fits a child of about 1–7 months" in household.summary
    assert household.caveats[0].startswith(left_out)
    assert household.evidence.n_support == 5
    assert set(_excerpts(household.evidence.items)) == {"Pampers nappies size 1", "Baby monitor with camera",
                                                        "Pampers nappies size 2", "Dog food 12kg", "Dog leash"}

    life = report.finding("life_events")
    # her new dog is hers; his moving boxes and sofa are no move of hers
    assert [(v["type"], v["start"][:7]) for v in life.value] == [("new_pet", "2024-04")]
    assert not TOMS & set(_excerpts(life.evidence.items))
    assert any(c.startswith(left_out) for c in life.caveats)

    trust = report.finding("trust_score")
    beh = trust.value["factors"]["behaviour_preferences"]
    assert beh["inputs"]["baby_purchases"] == 3 and beh["inputs"]["baby_orders_apart"] == 2
    assert beh["inputs"]["gaming_records"] == 0 and beh["inputs"]["gaming_orders_apart"] == 5  # games, headsets, card
    assert [r["rule"] for r in beh["rules_applied"]] == ["≥ 3 baby purchases → +0.15"]
    assert _excerpts(beh["evidence"]) == ["baby purchase"] * 3
    ful = trust.value["factors"]["fulfilment_capacity"]
    # the spending examples are her first three orders, none of his (his money still counts: the account's)
    assert _excerpts(ful["evidence"]) == ["Running shoes women", "Yoga mat", "Paperback novel"]
    assert not TOMS & set(_excerpts(trust.evidence.items))

    interests = report.finding("interests")
    assert "gaming" not in {r["category"] for r in interests.value}
    assert not TOMS & set(_excerpts(interests.evidence.items))


def test_a_night_owl_keeps_every_order_as_hers() -> None:
    report = infer(_household(10.0, 26.5), now=NOW)
    assert report.finding("impulse_buying").value["shared_account"] is None
    household = report.finding("household")
    child = household.value["child_signals"]
    assert child["baby_items"] == 5
    assert child["diaper_sizes"] == [["2024-03", 1], ["2024-03", 4], ["2024-04", 2]]
    assert household.value["pets"] == {"dog": 2, "cat": 3}
    assert not any("never active" in c for c in household.caveats)
    life = report.finding("life_events")
    assert sorted(v["type"] for v in life.value) == ["move", "new_pet"]
    assert not any("never active" in c for c in life.caveats)
    beh = report.finding("trust_score").value["factors"]["behaviour_preferences"]
    assert beh["inputs"]["baby_purchases"] == 5 and beh["inputs"]["baby_orders_apart"] is None


def test_a_baby_monitor_with_a_camera_is_a_baby_item_not_photography() -> None:
    for text in ("Baby monitor with camera", "Video baby monitor with camera and audio", "Baby camera monitor 1080p",
                 "Camera baby monitor, night vision"):
        assert interest_categories(text) == ["baby"], text
    # a camera named apart from the monitor is still a camera
    assert interest_categories("Canon camera and baby monitor") == ["photography", "baby"]
    assert interest_categories("Nikon camera lens") == ["photography"]
    assert "tech" in interest_categories("Gaming monitor 27 inch")
