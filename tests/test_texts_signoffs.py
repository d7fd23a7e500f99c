"""ART9E (note45 "Texts"): a saying with its source's bare name on the same line ("Be the change. Gandhi") was read as
the person's own words, and a poster's sign-off after a dash ("Great night with the girls. — Sarah Jones") as a
quotation's attribution. The rule (``textrules`` module text): a bare name closes a saying — a line opening with an
imperative that sayings open with, speaking neither of the writer's moment nor to the readers, with no number; a
dash's name is a sign-off where the text speaks of the writer's own moment or the name is signed with kisses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.inference.textrules import own_words

NOW = datetime(2025, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("post", [
    "Be the change. Gandhi", "Be the change you wish to see. Mahatma Gandhi", "Stay hungry, stay foolish. Steve Jobs",
    "Never give up. Winston Churchill", "Do what you love. Steve Jobs 🙏 #motivation",
    "Be yourself; everyone else is already taken. - Oscar Wilde",  # a dash: no moment of the writer's
    "Do not go gentle into that good night. — Dylan Thomas",  # "good night" is no evening out
    "Keep going, keep growing. Rumi",
])
def test_a_saying_with_its_source_s_name_is_not_own_words(post: str) -> None:
    assert own_words(post) == ("", True)


@pytest.mark.parametrize("post", [
    # a sign-off after a dash: the writer's evening, a group out, kisses
    "Great night. — Sarah Jones", "Great night with the girls. — Sarah Jones",
    "What a great night with everyone. — Sarah", "Back home after a fun night out. — Sarah Jones",
    "Had a lovely time at the beach. — Sarah x", "Dinner this evening was perfect — Tom and Anna xx",
    # one's own line before a name: to readers, about oneself, a message with a number
    "Thanks for a lovely evening everyone. Sarah", "Be there at 8. Sarah", "Be with us tonight. Sarah",
    "Love you all. Sarah", "Best holiday ever. Lisbon", "Keep me posted. Tom",
    # too short to be a saying
    "Dream big. Walt Disney", "Be safe. Sarah",
])
def test_a_sign_off_and_one_s_own_line_stay_own_words(post: str) -> None:
    assert own_words(post) == (post, False)


def test_sayings_with_their_source_are_no_language_of_the_writer_and_sign_offs_are() -> None:
    """A cheerful English writer posting French sayings with the source's bare name on the line: French is no
    language of hers; her own evenings signed "— Sarah" are her words, read for her language and counted."""
    s = Stream("facebook")
    out = []
    sayings = ["Sois le changement que tu veux voir. Gandhi", "Vis chaque jour comme le dernier. Marc Aurèle",
               "Crois en tes rêves, toujours et partout. Walt Disney"]
    evenings = ["Great night with the girls, dancing until late. — Sarah",
                "Lovely dinner with the family this evening, so much food. — Sarah",
                "Back home after a fun night out in town, feet hurt. — Sarah x"]
    for i in range(120):
        day = date(2024, 1, 1) + timedelta(days=i)
        out.append(s.ev(datetime(day.year, day.month, day.day, 12, tzinfo=UTC), "facebook.post",
                        f"{evenings[i % 3]} ({i})" if i % 2 else f"Walked the dog in the park, day {i}, sunny"))
        out.append(s.ev(datetime(day.year, day.month, day.day, 15, tzinfo=UTC), "facebook.post", sayings[i % 3]))
    report = infer(sorted(out, key=lambda e: e.sort_key), now=NOW)
    assert set(report.finding("languages").value["shares"]) == {"en"}
    # the 120 sayings are left out of mood, the 60 signed evenings are read as hers
    assert report.finding("mood").value["quoted_left_out"] == 120
