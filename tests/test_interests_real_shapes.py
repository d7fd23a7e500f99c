"""Interests and the platforms' declared interests on real shapes (the twenty-fifth pass's tester, T25A M2, M3, M4,
M6, M10, L4, L5, L6). Values invented; shapes as the parsers keep them (``attrs.is_disabled`` of an X interest,
``attrs.list`` ``other_categories`` of Facebook's behaviour categories).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from test_inference_synth import Stream

from dataexam.categories import (
    CATEGORIES,
    IAB_CONTENT,
    IDIOMS,
    categorise,
    declared_categories,
    interest_categories,
    special_category,
)
from dataexam.inference import infer
from dataexam.report import view

NOW = datetime(2025, 6, 1, tzinfo=UTC)
START = datetime(2024, 1, 1, 9, tzinfo=UTC)


def _days(i: int) -> datetime:
    return START + timedelta(days=i, hours=i % 7)


# -- M2: idioms and incidental nouns are no hobby ---------------------------------------------------------------

def test_idioms_are_no_interest() -> None:
    assert categorise("Running late, the train is delayed again") == ["running"]  # the raw keyword map
    assert interest_categories("Running late, the train is delayed again") == []
    assert interest_categories("Sorry, we are running out of milk") == []
    assert interest_categories("The new server is up and running") == []
    assert interest_categories("Can you send me the photos from the weekend please") == []
    assert interest_categories("I saw her at the station") == []
    assert interest_categories("Hot dog and a beer at the game") == []
    assert interest_categories("Back in stock tomorrow, they said") == []
    assert interest_categories("My pet peeve: people who are late") == []
    # the hobby still counts beside an idiom, and the practice's own words stay
    assert interest_categories("Running late for the marathon") == ["running"]
    assert interest_categories("Running late. Went running at six anyway") == ["running"]
    assert interest_categories("Spent the evening editing photos from the trip") == ["photography"]
    assert interest_categories("Bought a circular saw for the shed") == ["diy"]
    # the special categories' gate reads every word, idiom or not
    assert special_category("Out on the campaign trail") == "politics"
    assert "sensitive:politics" in interest_categories("Out on the campaign trail")


def test_every_idiom_holds_its_keyword() -> None:
    keywords = {w for c, ws in CATEGORIES.items() for w in ws}
    for keyword, phrases in IDIOMS.items():
        assert keyword in keywords, keyword
        for phrase in phrases:
            assert re.search(rf"(?<!\w){re.escape(keyword)}(?!\w)", phrase), (keyword, phrase)


def test_everyday_posts_make_no_interest_and_no_unlisted_claim() -> None:
    s = Stream("fb.zip")
    events = []
    for i in range(9):
        events.append(s.ev(_days(i), "facebook.post", "Running late, the train is delayed again"))
        events.append(s.ev(_days(i + 20), "facebook.post", "Can you send me the photos from the weekend please"))
    for i in range(8):
        events.append(s.ev(_days(i + 40), "facebook.post", "Did you watch the football match yesterday evening"))
    events.append(s.ev(None, "facebook.declared_interest", "Football", list="ads_interests", position=0))
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    cats = [r["category"] for r in report.finding("interests").value]
    assert cats == ["sports"]
    pvd = report.finding("platform_vs_derived")
    assert pvd.value["derived_not_declared"] == []
    assert "photography" not in pvd.summary and "which no platform lists" not in pvd.summary


# -- M3: a liked post's hashtags are the author's --------------------------------------------------------------

def test_liked_hashtags_weigh_as_a_liked_post() -> None:
    s = Stream("x.zip")
    events = [s.ev(_days(i), "twitter.like", "Fresh loaf out of the oven #baking", hashtags=["baking"])
              for i in range(8)]
    events += [s.ev(_days(i + 10), "twitter.tweet", "Weekend plans: sourdough #baking", hashtags=["baking"])
               for i in range(3)]
    events += [s.ev(_days(i + 20), "twitter.tweet", "RT @baker: my loaf #baking", hashtags=["baking"])
               for i in range(2)]
    row = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("interests").value[0]
    assert row["category"] == "cooking"
    # a retweet's words are its author's: "retweeted post", never "words in own posts" (T29C M2)
    assert row["signals"] == {"liked post": 8, "hashtag": 3, "retweeted post": 2}
    assert row["score"] == 8 * 1 + 3 * 3 + 2 * 1
    assert row["deliberate_share"] == round(3 / 13, 3)


# -- M4, L4, L6: declared interests in the plural, narrower terms ----------------------------------------------

def test_declared_interests_fold_plurals_and_topic_words() -> None:
    assert declared_categories("Concerts") == ["music"]
    assert declared_categories("Cryptocurrencies") == ["finance"]
    assert declared_categories("Bread") == ["cooking"]
    assert declared_categories("Marathons") == ["running"]
    assert declared_categories("Outdoor recreation") == ["hiking"]
    assert declared_categories("Software engineering") == ["tech"]
    assert declared_categories("Trail running") == ["running"]  # L4: a run on a trail, not a hike
    assert declared_categories("Tennis") == ["sports"]  # "tennis" is no plural
    assert declared_categories("Frequent Travelers") == []
    assert declared_categories("Rock climbing") == ["outdoors"]  # no music
    assert declared_categories("Pop culture") == []
    assert IAB_CONTENT["hiking"] == ("159", "Attractions > Outdoor Activities")


def test_a_plural_declared_interest_backs_and_is_listed() -> None:
    s = Stream("fb.zip")
    events = [s.ev(_days(i), "facebook.post", "That concert was brilliant, thanks for the ticket") for i in range(7)]
    events += [s.ev(None, "facebook.declared_interest", name, list="ads_interests", position=k)
               for k, name in enumerate(["Coffee", "Concerts", "Travel"])]
    pvd = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("platform_vs_derived")
    fb = pvd.value["platforms"]["facebook_interests"]
    assert [(r["declared"], r["categories"], r["supported_by_data"]) for r in fb["items"]] == [
        ("Coffee", ["food_drink"], False), ("Concerts", ["music"], True), ("Travel", ["travel"], False)]
    assert (fb["mappable"], fb["agreeing"]) == (3, 1)
    assert pvd.value["derived_not_declared"] == []
    # the platforms' undated lists against the years of records read (TEXTS2: like with like)
    assert pvd.summary.startswith("1 of 3 mappable platform-declared interests are backed by your records of 2024.")


# -- M6, L5: switched-off interests and behaviour categories are listed apart ----------------------------------

def test_switched_off_and_behaviour_categories_are_apart() -> None:
    s = Stream("x.zip")
    events = [s.ev(_days(i), "twitter.tweet", "Hiking the ridge again today") for i in range(12)]
    events += [s.ev(None, "twitter.declared_interest", "Hiking", name="Hiking", source="interests", position=0,
                    is_disabled=False),
               s.ev(None, "twitter.declared_interest", "Cryptocurrencies", name="Cryptocurrencies",
                    source="interests", position=1, is_disabled=True)]
    fb = Stream("fb.zip")
    events += [fb.ev(None, "facebook.declared_interest", name, list="other_categories", position=k)
               for k, name in enumerate(["Frequent Travelers", "Technology early adopters", "Away from hometown"])]
    events.append(fb.ev(None, "facebook.declared_interest", "Hiking", list="ads_interests", position=0))
    pvd = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("platform_vs_derived")
    x, f = pvd.value["platforms"]["twitter_interests"], pvd.value["platforms"]["facebook_interests"]
    assert [r["declared"] for r in x["items"]] == ["Hiking"]
    assert x["switched_off"] == [{"declared": "Cryptocurrencies", "categories": ["finance"]}]
    assert (x["mappable"], x["agreeing"]) == (1, 1)
    assert [r["declared"] for r in f["items"]] == ["Hiking"]
    assert [r["declared"] for r in f["behaviour_categories"]] == ["Frequent Travelers", "Technology early adopters",
                                                                  "Away from hometown"]
    assert (f["mappable"], f["agreeing"]) == (1, 1)
    assert "You switched off X's interest in Cryptocurrencies (X keeps it; not counted)." in pvd.summary
    assert ("Facebook's 3 behaviour and demographic categories (Frequent Travelers, Technology early adopters, "
            "Away from hometown) are no interests and not counted.") in pvd.summary
    assert view.set_apart("twitter_interests", x) == "you switched off: Cryptocurrencies"
    rows = {name: says for name, says, _ in view.platform_lines({"findings": [pvd.to_dict()]})
            if name in ("X's interests", "Facebook's interests")}
    assert rows["X's interests"] == "Hiking; you switched off: Cryptocurrencies"
    assert rows["Facebook's interests"].startswith("Hiking; behaviour and demographic categories, not interests: ")


# -- M10: a person writing in another language is told why ------------------------------------------------------

NORWEGIAN = ["Vi var på tur i fjellet i helgen, og været var helt fantastisk hele dagen",
             "Jeg har lest en veldig god bok om historien til byen vår denne uken",
             "Middagen i går ble mye bedre enn jeg hadde trodd, takk for oppskriften",
             "Nå gleder jeg meg til sommerferien og lange kvelder ute med venner"]


def test_non_english_writer_is_told_the_lists_read_english_only() -> None:
    s = Stream("fb.zip")
    events = [s.ev(_days(i), "facebook.post", NORWEGIAN[i % 4] + f" ({i})") for i in range(60)]
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    topics, interests = report.finding("topics"), report.finding("interests")
    sentence = ("100% of your texts are in languages other than English (mostly Norwegian), and dataexam's keyword "
                "lists read English only")
    assert topics.summary == f"Topics not read: {sentence}."
    assert interests.summary == f"No interest could be read: {sentence}."
    assert topics.value is None and interests.value is None
    # the at-a-glance block says why, not "Not enough data"
    g = view.glance(report.to_dict())
    assert "topics" in g.english_only and "interests" in g.english_only
    assert "topics" not in g.insufficient and "interests" not in g.insufficient
    assert g.english_only_line().startswith("Not read: ")
    # life events too (MOOD5, T30B L1): their phrases are English and German
    assert g.english_only_line() == ("Not read: mood, topics, interests and life events (their word lists read English "
                                     "only, life events' English and German; see each finding).")


# -- T28A L6: X's switched-off languages, the gender the person typed, the first example -------------------------

def test_switched_off_language_and_typed_gender_are_said_and_the_example_is_an_interest() -> None:
    s = Stream("x.zip")
    events = [s.ev(None, "twitter.declared_demographic", "unknown", type="gender", value="unknown", override="Borg"),
              s.ev(None, "twitter.declared_demographic", "English", type="language", value="English",
                   is_disabled=False),
              s.ev(None, "twitter.declared_demographic", "German", type="language", value="German", is_disabled=True),
              s.ev(None, "twitter.declared_interest", "Poker", name="Poker", source="interests", position=0,
                   is_disabled=True),
              s.ev(None, "twitter.declared_interest", "Cooking", name="Cooking", source="interests", position=1,
                   is_disabled=False)]
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    pvd = report.finding("platform_vs_derived")
    assert pvd.value["demographics"] == [
        {"type": "gender", "value": "unknown", "override": "Borg"},
        {"type": "language", "value": "English"},
        {"type": "language", "value": "German", "switched_off": True}]
    # the finding's sentence is about interests: its first example is the counted interest, not the gender record
    assert [i.excerpt for i in pvd.evidence.items] == ["Cooking", "Poker", "unknown", "English", "German"]
    data = {"findings": [f.to_dict() for f in report.findings]}
    rows = {name: says for name, says, _ in view.platform_lines(data)}
    assert rows["Demographics"] == ("gender unknown (you entered: Borg), language English and language German (you "
                                    "switched it off)")
    assert report.finding("languages").platform_says == {"x_declared_languages": ["English"],
                                                         "x_switched_off_languages": ["German"]}
    assert rows["Languages you write in"] == "X: English; you switched off: German"
