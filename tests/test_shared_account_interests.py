"""A shared Amazon account's orders are not the person's interests, and interests read the person's own words
(the thirtieth pass: BABY2). Every person and order here is invented.

- The partner's games, ordered at hours the person is otherwise never active (sharedaccount), ranked "gaming" among
  her interests and were the trust score's behaviour examples (T30B M6, after BABY): they leave the interests'
  counts and evidence and the behaviour examples, and the finding says how many were left out. A night owl, whose
  own posts run late too, keeps everything.
- Interests counted the words inside a quoted lyric ("Strumming my guitar …" (artist)) as the person's (TEXTS2 left
  them to interests): they read :func:`.textrules.own_words`, as topics and mood do.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from test_baby_household import _at, _household
from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.inference.engine import Context
from dataexam.inference.interests import InterestAggregator

NOW = datetime(2024, 6, 1, tzinfo=UTC)
LEFT_OUT = "40 orders at hours you are otherwise never active were left out: the account may be shared"


def _with_own_games(own_from: float, own_to: float) -> list:
    """:func:`test_baby_household._household` (40 daytime "Running socks", 40 "PS5 video game Elden Ring" at
    00:00–01:30 Berlin) and 3 games she orders herself at 15:00."""
    events = _household(own_from, own_to)
    s = Stream()
    s.n = 10_000
    extra = [s.ev(_at(date(2024, 2, 1) + timedelta(days=7 * i), 15.0), "amazon.order_item", "Xbox controller",
                  currency="EUR", total="55.00", order_id=f"x{i}", shipping_city="Berlin",
                  shipping_country="Germany", ships_to_billing=True) for i in range(3)]
    return sorted([*events, *extra], key=lambda e: e.sort_key)


def _rows(report) -> dict[str, dict]:
    return {r["category"]: r for r in report.finding("interests").value}


def test_a_shared_accounts_orders_leave_the_interests_and_the_behaviour_examples() -> None:
    report = infer(_with_own_games(7.0, 22.0), now=NOW)
    interests = report.finding("interests")
    rows = _rows(report)
    # her 3 games remain (under the 5 records an interest needs); the partner's 40 are gone
    assert "gaming" not in rows
    assert rows["running"]["signals"]["purchase"] == 40
    assert interests.caveats[0].startswith(LEFT_OUT)
    assert "40 orders at hours you are otherwise never active left out" in interests.confidence_basis
    assert not any("Elden Ring" in (i.excerpt or "") for i in interests.evidence.items)
    beh = report.finding("trust_score").value["factors"]["behaviour_preferences"]
    assert beh["inputs"]["gaming_orders_apart"] == 40 and beh["inputs"]["gaming_records"] == 3
    # the examples are her own daytime games, the earliest first; none of the partner's
    assert [e["index"] for e in beh["evidence"]] == sorted(e["index"] for e in beh["evidence"])
    assert len(beh["evidence"]) == 3
    assert all(e["time"] and e["time"] >= "2024-02-01" and "T14:00" in e["time"] for e in beh["evidence"])
    assert all(e["excerpt"] == "gaming purchase" for e in beh["evidence"])


def test_a_night_owl_keeps_her_games_among_her_interests_and_examples() -> None:
    report = infer(_with_own_games(10.0, 26.5), now=NOW)
    interests = report.finding("interests")
    rows = _rows(report)
    assert rows["gaming"]["signals"]["purchase"] == 43
    assert not any("never active" in c for c in interests.caveats)
    assert "never active" not in interests.confidence_basis
    beh = report.finding("trust_score").value["factors"]["behaviour_preferences"]
    assert beh["inputs"]["orders_apart"] is None and beh["inputs"]["gaming_records"] == 43
    # the first three gaming purchases offered, as before: the night orders of January (a night-time record's day
    # is withheld by default, its weekday and time said)
    assert len(beh["evidence"]) == 3 and all(e["time"].startswith("withheld ") for e in beh["evidence"])
    assert [e["index"] for e in beh["evidence"]] == sorted(e["index"] for e in beh["evidence"])


def _tweets(texts: list[str]) -> InterestAggregator:
    s = Stream()
    agg = InterestAggregator()
    t0 = datetime(2024, 3, 1, 12, tzinfo=UTC)
    for i, text in enumerate(texts):
        agg.consume(s.ev(t0 + timedelta(hours=i), "twitter.tweet", text, lang="en"))
    return agg


LYRIC = '"Strumming my guitar all night long" (The Band {i}) - monday mood'


def test_a_quoted_lyric_is_no_interest_of_the_person() -> None:
    quoted = _tweets([LYRIC.format(i=i) for i in range(8)])
    assert quoted.counts["music"] == 0 and quoted.quoted == 0  # nothing of hers matched: no category, none counted
    tagged = _tweets([f"Strumming my guitar all night long {i} #lyricoftheday" for i in range(8)])
    assert tagged.counts["music"] == 0
    # her own words around the quotation count, and the quotation is said to be left out
    mixed = _tweets([LYRIC.format(i=i) + ", new guitar strings today" for i in range(8)])
    assert mixed.counts["music"] == 8 and mixed.quoted == 8
    ctx = Context(include_sensitive=False, aggregators={"interests": mixed})
    finding = mixed.finish(ctx)[0]
    assert "8 posts quoting someone else read for your own words only" in finding.confidence_basis
    # the unquoted control: her own words about her guitar
    own = _tweets([f"Strumming my guitar all night long, take {i}" for i in range(8)])
    assert own.counts["music"] == 8 and own.quoted == 0


def test_offering_a_records_categories_at_once_keeps_what_offering_each_does() -> None:
    """PERF9 (issue 16): interests offer a record to its categories' examples in one call (its order bin read once),
    and read a (category, year)'s distinct texts as full from a set: the examples kept (per UTC hour and half-year for
    timed orders, the first ``cap`` otherwise), their counts and the full keys are those of one offer per category."""
    from dataexam.inference.sharedaccount import OwnExamples
    from dataexam.inference.textrules import DISTINCT_FOR_HIGH, DistinctTexts

    s = Stream()
    events = [*_with_own_games(7.0, 22.0),
              *(s.ev(datetime(2024, 3, 1, tzinfo=UTC) + timedelta(hours=5 * i), "twitter.like", f"guitar {i}",
                     actor="someone") for i in range(12)),
              *(s.ev(None, "amazon.order_item", "Guitar strings", order_id=f"u{i}") for i in range(4))]
    one = [OwnExamples(), OwnExamples(5)]
    each = [OwnExamples(), OwnExamples(5)]
    for event in events:
        OwnExamples.offer_each(one, event)
        for ex in each:
            ex.offer(event)
    for a, b in zip(one, each):
        assert (a.count, a.plain, a.timed) == (b.count, b.plain, b.timed)
        assert a.kept() == b.kept()
    assert one[0].count == len(events) and len(one[1].plain) == 5
    assert sum(len(v) for v in one[0].timed.values()) > 3  # timed orders in several hours: the other branch ran

    distinct = DistinctTexts()
    for i in range(DISTINCT_FOR_HIGH + 3):
        assert distinct.full("music\x002024") == (i >= DISTINCT_FOR_HIGH)
        assert ("music\x002024" in distinct.filled) == (i >= DISTINCT_FOR_HIGH)
        distinct.add("music\x002024", i.to_bytes(8, "big"))
        distinct.add("music\x002024", i.to_bytes(8, "big"))  # a copy: no new text
    assert distinct.count("music\x002024") == DISTINCT_FOR_HIGH and distinct.filled == {"music\x002024"}
