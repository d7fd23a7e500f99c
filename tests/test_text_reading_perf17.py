"""PERF17 (issue 16, "the report rides the timeline"): one reading of a text shared by its readers.

The ``text``, ``interests`` and life-event readers each worked out :func:`.textrules.own_words` of the same post and
lower-cased it apart; :func:`.textrules.reading_of` gives them one :class:`.textrules.TextReading` per text, each
reading computed once, the table bounded. These tests hold the readings to the functions' own answers on a grid of
texts (scripts, quotation marks, sayings, tags, case changes that alter a text's length), in any order of asking and
across the table's emptying, and the readers that use it to what they read before."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta

import pytest
from test_inference_synth import Stream

from dataexam.inference import infer, lifeposts, textrules
from dataexam.inference.text import _words, lower_words
from dataexam.inference.textrules import READINGS_MAX, TextReading, own_words, reading_of

NOW = datetime(2025, 1, 1, tzinfo=UTC)

#: texts of every kind the readers meet: plain, quoted (double, single, guillemets, curly), quote-tagged, sayings
#: with their source, sign-offs, other scripts, case changes that alter a text's length (Turkish İ, ß stays),
#: emoji, line breaks, blanks, life events told and congratulated
GRID = [
    "Cooking pasta tonight and planning a bike ride tomorrow",
    "'Everybody hurts sometimes' (R.E.M.) - timeless",
    "Il a dit « je suis fatigué de tout » hier",
    "I don't know, it's fine",
    "\u201cBe yourself; everyone else is already taken.\u201d \u2014 Oscar Wilde",
    "Be the change. Gandhi", "Great night with the girls. \u2014 Sarah Jones", "Be there at 8. Sarah",
    "#lyricoftheday hello darkness my old friend", "\"Hello darkness my old friend\" #nowplaying so good",
    "He said 'I will never come back to this place again' and left", "Scare 'quotes' stay",
    "İSTANBUL'DA GÜZEL BİR GÜN", "STRAẞE und Straße, GROẞ", "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ", "今天去夜市吃了蚵仔煎，好好吃。",
    "आज बिहान रोटी खाएँ", "Ich habe heute meinen Job gekündigt und bin froh", "¡Qué horror de tráfico!",
    "Graduated today!", "Congrats on your new job!", "Mum passed away this morning.", "Wir haben uns verlobt",
    "We got married!!! 💍💍 #wedding", "Started my new job at the bakery today", "We moved to Leeds last week",
    "same-\nsex marriage now", "Mass at 9 then brunch", "🙂🙂🙂", "   ", "a", "x" * 3000,
    "Line one.\nLine two.\n\u2014 Mum", "\"\"", "'", "\u2018single curly quoted text of many words here\u2019 ok",
    "RT @someone: Graduated today!", "Me siento fatal", "Train delayed. Again.",
]


def _old_post_life_kind(text: str) -> str | None:
    """post_life_kind as it read before PERF17: its own lower-casing and own_words call."""
    if not text:
        return None
    words = set(lifeposts._WORD.findall(text.lower()))
    kinds = [k for k, needed in lifeposts._TRIGGERS.items() if not needed.isdisjoint(words)]
    if not kinds or lifeposts._OTHERS.search(text):
        return None
    own, _quoted = own_words(text)
    if not own:
        return None
    for kind in kinds:
        if lifeposts._PATTERNS[kind].search(own):
            return kind
    return None


def _texts(seed: int, n: int) -> list[str]:
    """``n`` seeded texts made of the grid's pieces: joined, quoted, cased, with repeats (copies share a reading)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        a, b = rng.choice(GRID), rng.choice(GRID)
        shape = rng.randrange(6)
        out.append([a, f"{a} {b}", f"\u201c{a}\u201d {b}", f"'{a}' \u2014 {b}", a.upper(), f"{a}\n{b}"][shape])
    return out


@pytest.mark.parametrize("text", GRID)
def test_a_reading_gives_what_the_functions_give(text: str) -> None:
    reading = TextReading(text)
    assert reading.own == own_words(text)
    assert reading.lowered == text.lower()
    assert _words(reading.lowered) == lower_words(text)
    # asked again: the same values (computed once)
    assert reading.own == own_words(text) and reading.lowered == text.lower()
    assert lifeposts.post_life_kind(text) == _old_post_life_kind(text)


@pytest.mark.parametrize("seed", range(4))
def test_shared_readings_in_any_order_and_across_the_table_s_emptying(seed: int) -> None:
    """Seeded texts asked about in a shuffled order, each several times with other texts between (so the table is
    emptied meanwhile): every answer is the functions' own."""
    texts = _texts(seed, 3 * READINGS_MAX)
    rng = random.Random(seed + 100)
    asks = texts * 3
    rng.shuffle(asks)
    for text in asks:
        reading = reading_of(text)
        assert reading.text == text
        assert reading.own == own_words(text)
        assert reading.lowered == text.lower()
        assert lifeposts.post_life_kind(text) == _old_post_life_kind(text)
        assert len(textrules._READINGS) <= READINGS_MAX


def test_equal_texts_share_one_reading_and_the_table_is_bounded() -> None:
    text = "Started my new job at the bakery today"
    copy = "".join(list(text))  # an equal text, another object (a repeated post)
    assert copy is not text
    assert reading_of(text) is reading_of(copy)
    for i in range(10 * READINGS_MAX):
        reading_of(f"post number {i}")
        assert len(textrules._READINGS) <= READINGS_MAX


def _posts(texts: list[str]) -> list:
    """Own posts and tweets, one a day at noon, the texts in turn, and a friend's comment between."""
    s = Stream("facebook")
    out = []
    for i, text in enumerate(texts):
        day = date(2024, 1, 1) + timedelta(days=i)
        at = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
        out.append(s.ev(at, "facebook.post" if i % 2 else "twitter.tweet", text))
        out.append(s.ev(at + timedelta(hours=1), "facebook.comment", text, actor="friend"))
    return sorted(out, key=lambda e: e.sort_key)


def _pinned(report) -> str:
    """The whole report as JSON (every finding, value and evidence line)."""
    return json.dumps(report.to_dict(), sort_keys=True, default=str)


@pytest.mark.parametrize("seed", range(3))
def test_the_report_reads_the_same_with_the_table_warm_or_cold(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same posts read with the shared readings (each text's reading made once, asked by every reader) and with
    none kept at all (READINGS_MAX 0-like: every ask makes a new reading, as each reader computed its own before)."""
    texts = [t for t in _texts(seed, 150) if t.strip()]
    warm = _pinned(infer(_posts(texts), now=NOW))

    def fresh(text: str) -> TextReading:
        return TextReading(text)

    for module in ("dataexam.inference.text", "dataexam.inference.interests", "dataexam.inference.lifeposts"):
        monkeypatch.setattr(f"{module}.reading_of", fresh)
    cold = _pinned(infer(_posts(texts), now=NOW))
    assert warm == cold
    ids = {f.id for f in infer(_posts(texts), now=NOW).findings}
    assert {"languages", "mood", "topics", "writing_style", "interests", "life_events"} <= ids  # their readers read


def test_own_words_is_worked_out_once_however_many_readers_ask() -> None:
    """A reading computes own_words once however many readers ask (counted through the module's function)."""
    calls = []
    real = textrules.own_words

    def counting(text: str) -> tuple[str, bool]:
        calls.append(text)
        return real(text)

    text = "\u201cQuoted words of somebody else here\u201d and mine"
    textrules._READINGS.clear()
    try:
        textrules.own_words = counting  # TextReading.own calls the module's own_words
        for _ in range(5):
            assert reading_of(text).own == real(text)
    finally:
        textrules.own_words = real
    assert calls == [text]


# -- the trust score's screen, remembered for texts it ruled out (engine.special_text) ------------------------------
#: received messages and posts, special (Art. 9) and not, look-alikes, other languages, a text past SCREENED_CHARS
SCREEN_GRID = [
    "Sounds good, see you at seven then.", "Happy birthday!! Hope you have a great day", "ok", "Haha yes",
    "Got my HIV test results back today", "Mass at 9 then brunch", "Joined the union today, finally",
    "same-\nsex marriage is legal now", "Ich bin in der Gewerkschaft", "Ich bin nicht in der Gewerkschaft",
    "Running late, sorry!", "My therapist says I should rest", "Going to church on Sunday with grandma",
    "admitted last night with a VIP ticket", "Termin beim Psychiater morgen", "Hörgerätebatterien gekauft",
    "Il est allé à la mosquée", "Fui a la misa del domingo", "Sounds good! " * 40, "Chemo starts next week " * 20,
    "Voted Labour again", "pride-\nful of my kids", "今天去医院看病", "Great night with the girls. — Sarah Jones",
]


def _special_reference(text: str) -> bool:
    """Whether the text is special, from its categories (no screen, nothing remembered)."""
    from dataexam.categories import interest_categories, is_sensitive

    return any(map(is_sensitive, interest_categories(text)))


@pytest.mark.parametrize("seed", range(3))
def test_the_screen_s_remembered_answers_are_its_own(seed: int) -> None:
    """special_text asked about the grid's texts in a shuffled order, each several times (so the remembered answers
    and, past SCREENED_TEXTS, the emptied table are both met): always the text's categories' answer."""
    from dataexam.inference import engine

    rng = random.Random(seed)
    asks = SCREEN_GRID * 4 + [f"See you at {i} o'clock" for i in range(engine.SCREENED_TEXTS + 10)]
    rng.shuffle(asks)
    engine._NOT_SPECIAL.clear()
    for text in asks:
        assert engine.special_text(text) == _special_reference(text), text
        assert len(engine._NOT_SPECIAL) <= engine.SCREENED_TEXTS
    assert not any(_special_reference(t) for t in engine._NOT_SPECIAL)
    assert all(len(t) <= engine.SCREENED_CHARS for t in engine._NOT_SPECIAL)
    assert any(_special_reference(t) for t in SCREEN_GRID)  # the grid holds special texts


class _Forgetting(set):
    """A set that keeps nothing: special_text screens every text again, as before PERF17."""

    def add(self, item: object) -> None:
        """Keep nothing."""


def _messages(seed: int) -> list:
    """A year of messages received and sent, the grid's texts repeated, special ones among them."""
    rng = random.Random(seed)
    s = Stream("facebook")
    out = []
    for i in range(400):
        day = date(2024, 1, 1) + timedelta(days=i % 365)
        at = datetime(day.year, day.month, day.day, 9 + i % 12, tzinfo=UTC)
        text = rng.choice(SCREEN_GRID)
        out.append(s.ev(at, "facebook.message", text, actor="self" if i % 3 == 0 else "friend", thread=f"t{i % 7}"))
        if i % 5 == 0:
            out.append(s.ev(at + timedelta(minutes=3), "facebook.post", rng.choice(SCREEN_GRID)))
    return sorted(out, key=lambda e: e.sort_key)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("sensitive", [False, True])
def test_the_report_is_the_same_with_the_screen_remembered_or_not(seed: int, sensitive: bool,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam.inference import engine

    kept = _pinned(infer(_messages(seed), now=NOW, include_sensitive=sensitive))
    monkeypatch.setattr(engine, "_NOT_SPECIAL", _Forgetting())
    again = _pinned(infer(_messages(seed), now=NOW, include_sensitive=sensitive))
    assert kept == again
    assert "trust_score" in {f.id for f in infer(_messages(seed), now=NOW).findings}
