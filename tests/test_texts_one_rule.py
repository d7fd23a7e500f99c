"""One rule for whose words (TEXTS2, thirtieth pass): life events from posts read retweets and quotations by
``textrules`` as mood, topics and interests do; a line posted again and again that language detection misreads is
one text; topics and the platform comparison read the recent years; the quote styles posts use are quotations
(T29D L-e). Invented texts in the exports' shapes.

- note43 "Written again": ``lifeposts`` had its own quotation regex and "RT @" check, so a retweet flagged by the
  parser (``retweeted_status``) without the "RT @" text was the person's own life event; its rows kept every text.
- note43 "Texts": grief's "Good coffee, good book, good day" ×111 detected as Somali (21 %), mood capped for it; topics
  read all years and quoted words; the platform comparison read interests of all years.
"""

from __future__ import annotations

import itertools
import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_inference_bounded import state
from test_inference_synth import Stream, local

from dataexam.inference import Confidence, infer
from dataexam.inference.lifeposts import TEXTS_READ, PostLife, post_life_kind
from dataexam.inference.textrules import own_words
from dataexam.report import html, text, view

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2025, 1, 1, tzinfo=UTC)


# -- 1. life events from posts: textrules' retweet and quotation rules, bounded rows --------------------------------
def test_a_flagged_retweet_without_rt_text_is_no_own_life_event() -> None:
    s = Stream("x")
    life = PostLife()
    # the parser's flag (tweets.js `retweeted_status`, formats.md §2.4) with the retweeted text as it stands
    life.feed(s.ev(datetime(2024, 6, 14, 12, tzinfo=UTC), "twitter.tweet", "We got engaged tonight 💍",
                   is_retweet=True))
    assert life.events(True) == ([], 0) and life.read == 0
    life.feed(s.ev(datetime(2024, 6, 20, 12, tzinfo=UTC), "twitter.tweet", "We got engaged tonight 💍"))
    (event,), _ = life.events(True)
    assert (event["type"], event["start"]) == ("engagement", "2024-06-20")


@pytest.mark.parametrize("post", [
    "'I got the job' is the best film line ever",  # single quotes: a quotation (lifeposts' own regex had none)
    "Il a dit « we got engaged tonight » en riant",
    "Er rief »I got the job« durch das Büro",
])
def test_quoted_life_event_words_are_not_the_persons(post: str) -> None:
    assert post_life_kind(post) is None
    assert post_life_kind("I got the job!") == "new_job"  # control: the same words as her own


def test_a_life_events_rows_keep_only_the_texts_read() -> None:
    def fed(days: int) -> PostLife:
        s = Stream("fb")
        life = PostLife()
        for i in range(days):  # a post a day: one event (each within SAME_EVENT_DAYS of the last)
            life.feed(s.ev(datetime(2024, 1, 1, 12, tzinfo=UTC) + timedelta(days=i), "facebook.post",
                           f"Grief comes in waves. Mum passed away {i} days ago and I miss her"))
        return life

    small, large = fed(300), fed(3000)  # not Python's cached small ints
    (row,) = large.found["bereavement"]
    assert row["posts"] == 3000 and len(row["_texts"]) == TEXTS_READ == 20
    assert state(small) == state(large)  # ten times the posts, the same state


# -- 2. a repeated line misread by detection is one text -------------------------------------------------------------
_EN = [f"{a} {b} {c}" for a, b, c in itertools.product(
    ("This morning I", "Yesterday we", "After work I", "On Sunday we", "Tonight I"),
    ("walked the dog along the river", "cooked a big pot of soup for everyone", "read another chapter of my book",
     "met my sister for a long lunch"),
    ("and it was lovely", "before the rain came", "with a cup of tea", "and then went home early"))]
_DE = [f"{a} {b} {c}" for a, b, c in itertools.product(
    ("Heute Morgen bin ich", "Gestern sind wir", "Nach der Arbeit bin ich"),
    ("mit dem Fahrrad zum Markt gefahren", "durch den Stadtpark gelaufen", "mit der Bahn nach Hamburg gefahren"),
    ("und es war schön", "obwohl es geregnet hat", "mit meiner Schwester"))]
REPEATED = "Good coffee, good book, good day"  # langdetect: Somali


def _two_languages_and_a_repeated_line() -> list:
    rng = random.Random(3)
    s = Stream("facebook")
    out = []
    d = date(2024, 1, 1)
    for i in range(200):
        day = d + timedelta(days=i)
        out.append(s.ev(local(ZONE, day, rng.uniform(8, 21)), "facebook.post", rng.choice(_EN)))
        if i % 3 == 0:
            out.append(s.ev(local(ZONE, day, rng.uniform(8, 21)), "facebook.post", rng.choice(_DE)))
        if i % 2 == 0:
            out.append(s.ev(local(ZONE, day, rng.uniform(8, 21)), "facebook.post", REPEATED))
    return sorted(out, key=lambda e: e.sort_key)


def test_a_repeated_line_read_as_another_language_counts_once_for_languages_mood_and_interests() -> None:
    report = infer(_two_languages_and_a_repeated_line(), now=NOW)
    langs = report.finding("languages")
    shares = langs.value["shares"]
    assert "so" not in shares or shares["so"] <= 0.01  # 100 posts of one line: one text (1 of 108), not 29 % Somali
    assert set(k for k, v in shares.items() if v >= 0.05) == {"en", "de"}
    assert 0.6 < shares["en"] < 0.85 and 0.15 < shares["de"] < 0.4  # 200 English, 67 German texts
    assert langs.value["texts_repeated"]["so"] > 10
    assert "Somali read in one text only" in langs.confidence_basis
    # mood's share read and the keyword findings' language gap read the same shares
    mood = report.finding("mood")
    assert mood.value["share_read"] == round(shares["en"], 3)
    assert "mostly German" in mood.confidence_basis
    topics = report.finding("topics")
    assert not any("Somali" in c for c in topics.caveats)


# -- 3. topics: own words of the recent years; the platform comparison like with like --------------------------------
_GAMING = [f"{a} {b}" for a, b in itertools.product(
    ("Playing minecraft all night", "Fortnite again", "New xbox game", "Gaming session", "Ranked match on my ps4"),
    ("with the squad", "after school", "till 2am", "so good", "lol", "yes"))]
_RUNNING = [f"{a} {b}" for a, b in itertools.product(
    ("Morning run along the canal", "Marathon training", "Easy 5k run", "Long run in the rain", "Running club"),
    ("today", "done", "before work", "feeling strong", "with friends", "again"))]


def _teen_then_adult(quote: bool = False) -> list:
    rng = random.Random(9)
    s = Stream("x")
    out = []
    for year, pool in ((2012, _GAMING), (2013, _GAMING), (2023, _RUNNING), (2024, _RUNNING)):
        for i in range(120):
            t = local(ZONE, date(year, 1, 1) + timedelta(days=3 * i), rng.uniform(9, 21))
            out.append(s.ev(t, "twitter.tweet", rng.choice(pool), lang="en"))
        if year >= 2023:
            for i in range(40):  # someone else's words about football, quoted (or, in the control, her own)
                line = f"Dad always says football is life, son {i}"
                t = local(ZONE, date(year, 2, 1) + timedelta(days=7 * i), 12)
                out.append(s.ev(t, "twitter.tweet", f'"{line}" haha' if quote else line, lang="en"))
    out.append(s.ev(None, "twitter.declared_interest", "Video games"))
    out.append(s.ev(None, "twitter.declared_interest", "Running"))
    return sorted(out, key=lambda e: e.sort_key)


def test_topics_read_the_recent_years_own_words() -> None:
    topics = infer(_teen_then_adult(quote=True), now=NOW).finding("topics")
    cats = [r["category"] for r in topics.value]
    assert cats[0] == "running" and "gaming" not in cats and "sports" not in cats  # quoted football left out
    # the window is 2022–2024, but the texts in it begin in January 2023 (T32A L2: said from where they are)
    assert topics.summary.startswith("Since 2023, you write most about running")
    assert all(r["years"] == "2022–2024" and set(r["by_year"]) <= {2023, 2024} for r in topics.value)
    assert "read from 2022–2024" in topics.confidence_basis
    assert view._h_topics([r for r in topics.to_dict()["value"]]).startswith("Since 2023, you write most about running")
    assert topics.evidence.items and all(str(e.time)[:4] in ("2023", "2024") for e in topics.evidence.items)
    # control: the same football words as her own are a topic
    own = infer(_teen_then_adult(quote=False), now=NOW).finding("topics")
    assert "sports" in [r["category"] for r in own.value]


def test_the_platform_comparison_reads_the_same_years_as_the_interests_and_says_them() -> None:
    report = infer(_teen_then_adult(), now=NOW)
    f = report.finding("platform_vs_derived")
    rows = {r["declared"]: r["supported_by_data"] for r in f.value["platforms"]["twitter_interests"]["items"]}
    # X's undated list is its profile now: the 2012–13 gaming era does not back "Video games" (it did, read over
    # every year), running does
    assert rows == {"Video games": False, "Running": True}
    assert f.value["derived_years"] == "2022–2024"
    assert "backed by your records of 2022–2024" in f.summary
    assert "your interests read from 2022–2024" in f.confidence_basis
    found = f.to_dict()
    assert view._h_platform(found["value"]).startswith("Your records of 2022–2024 back 1 of 2")
    assert "  ✓ = backed by your own records of 2022–2024" in text.picture(found, None)
    assert "backed by your records of 2022–2024" in "".join(html._declared(found))


# -- 4. the quote styles real posts use --------------------------------------------------------------------------------
@pytest.mark.parametrize(("post", "own"), [
    ("Il a dit « je suis fatigué de tout » hier soir", "Il a dit hier soir"),  # French
    ("Sie sagte „ich kann nicht mehr so weiter“ und lachte", "Sie sagte und lachte"),  # German low-high
    ("Sie sagte »ich kann nicht mehr so weiter« und lachte", "Sie sagte und lachte"),  # German »…«
    ("#lyricoftheday 'I hurt myself today, to see if I still feel' (Hurt) - what a voice",
     "#lyricoftheday - what a voice"),  # balanced single quotes, an apostrophe-free lyric
    ("She said 'I'm so tired of being here' and I laughed", "She said and I laughed"),  # "I'm" inside
    ("今日は「もう疲れた、全部いやだ」と歌っていた。楽しい一日", "今日は と歌っていた。楽しい一日"),  # Japanese 「」
    ("『ノルウェイの森』を読んだ、最高", "を読んだ、最高"),  # Japanese 『』
])
def test_quote_styles_are_quotations(post: str, own: str) -> None:
    assert own_words(post) == (own, True)


@pytest.mark.parametrize("post", [
    "I don't know, it's fine, the boys' bikes are back",  # apostrophes
    "What a 'great' day",  # scare quotes: two words or fewer
    "Rock 'n' roll all night",
    "'Cause I'm happy, clap along if you feel",  # an opening mark with no closing one
    "彼は「はい」と言った",  # a two-character answer
])
def test_apostrophes_and_scare_quotes_are_the_writers_own(post: str) -> None:
    assert own_words(post) == (post, False)


def test_mood_says_when_quoted_words_were_left_out() -> None:
    rng = random.Random(4)
    s = Stream("facebook")
    happy = [f"{a} {b}" for a, b in itertools.product(
        ("Lovely swim this morning", "Brilliant gig last night", "Wonderful walk with friends", "Great pub quiz"),
        ("so happy", "what a day", "feeling great", "love it"))]
    out = []
    for i in range(200):
        day = date(2024, 1, 1) + timedelta(days=i)
        for _ in range(2):
            out.append(s.ev(local(ZONE, day, rng.uniform(8, 21)), "facebook.post", rng.choice(happy)))
        if i % 10 == 0:
            out.append(s.ev(local(ZONE, day, 22), "facebook.post",
                            "Still singing « everybody hurts sometimes, everybody cries » all day"))
    mood = infer(sorted(out, key=lambda e: e.sort_key), now=NOW).finding("mood")
    assert mood.value["quoted_left_out"] == 20
    assert "Quoted words in 20 texts (lyrics, sayings) were left out" in mood.summary
    assert view._h_mood(mood.value).endswith("Words you quoted from others (20 texts) were left out.")
    assert mood.confidence != Confidence.INSUFFICIENT
