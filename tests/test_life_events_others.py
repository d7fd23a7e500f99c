"""Life events are the person's own: posts about someone else's wedding or move start no event.

The twenty-third pass's tester (T23A F-life, input ``fb-life-social``): a guest's "What a beautiful wedding!
Congratulations Anna and Tom" then "Anna and Tom's honeymoon photos", and "Helping my sister move flats … moving
boxes and packing tape" then "Her new sofa finally arrived" became "wedding around 2023-05; move around 2023-08"
at medium confidence. Values are invented.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.categories import LIFE_EVENT_RULES
from dataexam.inference import Confidence, infer
from dataexam.inference.interests import _group_rx, about_others

NOW = datetime(2025, 6, 1, tzinfo=UTC)


def at(m: int, d: int) -> datetime:
    return datetime(2023, m, d, 12, tzinfo=UTC)


def _life(records: list[tuple[datetime, str, str]]):
    s = Stream("facebook-2024")
    events = [s.ev(t, kind, text, total="10.00", currency="EUR") if kind == "amazon.order_item"
              else s.ev(t, kind, text) for t, kind, text in records]
    return infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("life_events")


def test_a_guest_s_wedding_and_a_sister_s_move_are_not_the_person_s_events() -> None:
    life = _life([
        (at(5, 20), "facebook.post", "What a beautiful wedding! Congratulations Anna and Tom, so happy for you two."),
        (at(6, 18), "facebook.post", "Anna and Tom's honeymoon photos from Bali are unreal."),
        (at(8, 5), "facebook.post", "Helping my sister move flats this weekend, my car is full of moving boxes "
                                    "and packing tape."),
        (at(8, 26), "facebook.post", "Her new sofa finally arrived, the flat looks great."),
        (at(9, 9), "facebook.post", "Met my best friend's newborn today, tiny hands! Gave her a stroller blanket.")])
    assert life.value == []
    assert life.summary == "No life-event sequence found."


def test_own_posts_alone_say_posts_mention_at_low() -> None:
    life = _life([(at(2, 14), "facebook.post", "Engagement ring shopping today! Wedding planning starts now."),
                  (at(7, 1), "facebook.post", "Booked our honeymoon to Lisbon.")])
    assert [(e["type"], e["month"], e["basis"]) for e in life.value] == [("wedding", "2023-02", "posts only")]
    assert life.summary == "Your posts mention a wedding around Feb 2023."
    assert life.confidence == Confidence.LOW
    assert "posts only" in life.confidence_basis


def test_a_first_person_engagement_is_said_beside_the_posts_wedding_at_medium() -> None:
    # "We got engaged!" tells the person's own engagement (lifeposts, T29C M8): dated by that post, at medium
    life = _life([(at(2, 14), "facebook.post", "We got engaged! Wedding planning starts now."),
                  (at(7, 1), "facebook.post", "Booked our honeymoon to Lisbon.")])
    assert [(e["type"], e["start"], e["basis"]) for e in life.value] == [
        ("engagement", "2023-02-14", "own posts (first person)"), ("wedding", "2023-02-14", "posts only")]
    assert life.summary == ("Your own posts tell of engagement 14 Feb 2023 (your post). Your posts mention a wedding "
                            "around Feb 2023.")
    assert life.confidence == Confidence.MEDIUM


def test_own_purchases_keep_the_event_at_medium() -> None:
    life = _life([(at(3, 3), "amazon.order_item", "Moving boxes, 20 pack"),
                  (at(3, 13), "facebook.post", "Our new sofa finally arrived!"),
                  # someone else's wedding card bought: congratulating, no wedding of the person's own
                  (at(4, 1), "amazon.order_item", "Wedding Congratulations Card, gold foil"),
                  (at(4, 20), "amazon.order_item", "Bridal shower game cards")])
    assert [(e["type"], e["month"], e["basis"]) for e in life.value] == [("move", "2023-03", "purchases or searches")]
    assert life.summary == "Your records point to a move around Mar 2023."  # a sentence, at a glance too (WORD60)
    assert life.confidence == Confidence.MEDIUM


def test_a_product_name_s_possessive_is_no_one_else_s() -> None:
    """"Men's" in a product name is its buyers' word: the person's own wedding band still starts a wedding."""
    life = _life([(at(1, 10), "amazon.order_item", "Men's Wedding Band, tungsten"),
                  (at(3, 10), "amazon.order_item", "Honeymoon travel pillow")])
    assert [e["type"] for e in life.value] == ["wedding"]


def test_someone_else_s_step_does_not_complete_an_own_sequence() -> None:
    start = at(8, 1)
    life = _life([(start, "amazon.order_item", "Packing tape, 6 rolls"),
                  (start + timedelta(days=20), "facebook.post", "Her new sofa finally arrived, the flat looks great.")])
    assert life.value == []


MOVE2 = _group_rx(LIFE_EVENT_RULES["move"][1])


@pytest.mark.parametrize("text,others", [
    ("What a beautiful wedding! Congratulations Anna and Tom, so happy for you two.", True),
    ("Anna and Tom's honeymoon photos from Bali are unreal.", True),
    ("Helping my sister move flats this weekend, my car is full of moving boxes and packing tape.", True),
    ("Her new sofa finally arrived, the flat looks great.", True),
    ("My brother's wedding was so much fun", True),
    ("She is moving to Berlin next month", True),
    ("Helping Lea move on Saturday, bring packing tape", True),
    ("Mom's new flat has a lovely sofa", True),
    ("Our wedding day was perfect", False),
    ("My wife and I are moving: moving boxes everywhere", False),
    ("Today's the day: moving boxes everywhere", False),
    ("Packing tape and moving boxes for our new flat", False),
    ("New sofa for the living room", False),
])
def test_about_others(text: str, others: bool) -> None:
    assert about_others(text, MOVE2) is others


def test_product_names_only_congratulate() -> None:
    assert about_others("Wedding Congratulations Card", written=False)
    assert not about_others("Men's Wedding Band", written=False)
    assert not about_others("Scarf for Her, birthday gift", MOVE2, written=False)


def _orders(s: Stream, city: str, region: str, start: datetime, n: int, every: int = 60, text: str = "Notebook"):
    return [s.ev(start + timedelta(days=every * i), "amazon.order_item", text, total="10.00", currency="USD",
                 order_id=f"{city}-{i}", shipping_city=city, shipping_region=region, shipping_country="United States",
                 shipping_country_code="US", ships_to_billing=True) for i in range(n)]


def test_the_home_finding_s_move_is_a_life_event() -> None:
    # the twenty-sixth pass's first tester (M6): the home finding said "Before that most orders went to Springfield,
    # IL, US (last on 2022-11-10): a move", while life events said "No life-event sequence found"
    s = Stream("amazon-legacy")
    events = (_orders(s, "Springfield", "IL", datetime(2021, 2, 10, 15, tzinfo=UTC), 8)
              + _orders(s, "Austin", "TX", datetime(2022, 5, 10, 15, tzinfo=UTC), 8))
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    home, life = report.finding("home"), report.finding("life_events")
    earlier = home.value["shipping"]["earlier"]
    assert (earlier["city"], earlier["last"], home.value["shipping"]["first"]) == (
        "Springfield", "2022-04-06", "2022-05-10")
    assert life.value == [{"type": "move", "month": "2022-05", "start": "2022-04-06", "completed": "2022-05-10",
                           "sensitive": None, "basis": "home finding", "from": "Springfield, IL, United States",
                           "to": "Austin, TX, United States", "seen_in": "shipping addresses"}]
    assert life.summary == ("Your records point to a move from Springfield, IL, United States to Austin, TX, "
                            "United States between "
                            "6 Apr 2022 and 10 May 2022 "
                            "(the home finding: shipping addresses).")
    assert life.confidence == Confidence.MEDIUM


def test_a_keyword_move_near_the_home_finding_s_move_is_listed_once() -> None:
    s = Stream("amazon-legacy")
    events = (_orders(s, "Springfield", "IL", datetime(2021, 2, 10, 15, tzinfo=UTC), 8)
              + _orders(s, "Austin", "TX", datetime(2022, 5, 10, 15, tzinfo=UTC), 8)
              + [s.ev(datetime(2022, 4, 20, 12, tzinfo=UTC), "amazon.order_item", "Moving boxes, 20 pack",
                      total="25.00", currency="USD", order_id="mv-1"),
                 s.ev(datetime(2022, 5, 25, 12, tzinfo=UTC), "amazon.order_item", "Sofa, grey", total="400.00",
                      currency="USD", order_id="mv-2")])
    life = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("life_events")
    assert [(v["type"], v["basis"]) for v in life.value] == [("move", "purchases or searches")]


def test_a_move_of_login_countries_is_a_life_event() -> None:
    from types import SimpleNamespace

    from dataexam.inference.interests import home_moves

    home = SimpleNamespace(value={"moved": {"from": "DE", "to": "US", "until": "2023-09-28", "since": "2023-10-02"},
                                  "shipping": None})
    assert home_moves(home) == [{"type": "move", "month": "2023-10", "start": "2023-09-28", "completed": "2023-10-02",
                                 "sensitive": None, "basis": "home finding", "from": "DE", "to": "US",
                                 "seen_in": "login countries"}]
    assert home_moves(SimpleNamespace(value=None)) == [] and home_moves(None) == []
