"""The social circle says how it changed over time (T27B L3).

The tester's input: one-to-one messages with 14 friends for two years, then with 3 only, and 5 friends removed in
June 2023. The finding listed the top contacts by volume and nothing of the circle going from 14 people to 3 or of
the friends removed (``facebook_friend_statuses.removed: 5`` was in the JSON only). Nothing is inferred about why.

People are invented: records built directly as events.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.inference.social import circle_change, quarter_index, quarter_name
from dataexam.report import view

NOW = datetime(2025, 1, 1, tzinfo=UTC)
OWNER = "Sarah Hughes"
FRIENDS = [f"{n} Hughes" for n in ("Emma", "Olivia", "Chloe", "Lucy", "Hannah", "Jess", "Amy", "Katie", "Laura",
                                    "Beth", "Zoe", "Holly", "Megan", "Rachel")]


def circle() -> list:
    s = Stream("facebook-sarah.zip")
    out = []
    d = date(2021, 1, 4)
    while d < date(2024, 12, 30):
        # every friend once a fortnight until March 2023, then only the first three
        friends = FRIENDS if d < date(2023, 3, 14) else FRIENDS[:3]
        for i, name in enumerate(friends):
            t = datetime(d.year, d.month, d.day, 18, i, tzinfo=UTC)
            thread = f"inbox/{name.split()[0].lower()}_{i}"
            out.append(s.ev(t, "facebook.message", "hi", actor=name, thread=thread, sender=name, participants=2))
            out.append(s.ev(t + timedelta(seconds=30), "facebook.message", "hi back", actor="self", thread=thread,
                            sender=OWNER, participants=2))
        d += timedelta(days=14)
    out += [s.ev(datetime(2023, 6, 2 + i, 20, tzinfo=UTC), "facebook.friend", name, status="removed", name=name)
            for i, name in enumerate(FRIENDS[9:])]
    out += [s.ev(None, "facebook.friend", name, status="friend", name=name) for name in FRIENDS[:9]]
    out.sort(key=lambda e: e.sort_key)
    return out


def test_the_circle_shrinking_and_friends_removed_are_said():
    social = infer(circle(), now=NOW).finding("social_circle")
    v = social.value
    assert v["circle_change"] == {"before": {"from": "2021-Q1", "to": "2023-Q1", "people": 14},
                                  "after": {"from": "2023-Q2", "to": "2024-Q4", "people": 3}}
    assert v["circle_over_time"][0] == {"quarter": "2021-Q1", "people": 14}
    assert v["circle_over_time"][-1] == {"quarter": "2024-Q4", "people": 3}
    assert v["friends_removed"] == {"count": 5, "months": {"2023-06": 5}}
    assert ("your one-to-one circle went from about 14 people a quarter (2021-Q1 to 2023-Q1) to about 3 (2023-Q2 to "
            "2024-Q4); 5 friends removed (Jun 2023)") in social.summary
    assert social.caveats[0] == ("Contacts are listed by volume only; nothing is inferred about them or about why "
                                 "your circle changed.")
    # the text report's sentence and rows say it too
    assert "went from about 14 a quarter to about 3 (from 2023-Q2)" in view._h_social(v)


def test_a_steady_circle_says_no_change():
    steady = [(q, n) for q, n in zip(range(40, 56), [12, 14, 13, 15, 14, 12, 13, 14, 15, 13, 14, 12, 13, 14, 15, 9],
                                      strict=True)]
    assert circle_change(steady) is None
    # too few quarters on a side, or too small a change in people
    assert circle_change([(0, 14), (1, 14), (2, 14), (3, 3), (4, 3)]) is None
    assert circle_change([(q, 4 if q < 8 else 2) for q in range(16)]) is None


def test_quarters_are_named_from_2000():
    assert quarter_name(quarter_index(2023, 6)) == "2023-Q2"
    assert quarter_name(quarter_index(1999, 12)) == "2000-Q1"
