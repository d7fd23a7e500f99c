"""The literal pre-test of parser rules (dataexam/rulefilter.py): sound on every construct the tables use."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dataexam.lazyrx import lazy_compile
from dataexam.rulefilter import required_text
from dataexam_parsers.amazon import AmazonParser
from dataexam_parsers.facebook import FacebookParser
from dataexam_parsers.twitter import TwitterParser


@pytest.mark.parametrize(("pattern", "texts"), [
    (r"(^|/)Retail\.OrderHistory[^/]*(/.*)?\.csv$", ("Retail.OrderHistory",)),
    (r"(?:^|/)(?:tweet-headers|deleted-tweet-headers)(?:-part\d+)?\.js$", ("tweet-headers", "deleted-tweet-headers")),
    (r"(^|/)(Digital\.)?PrimeVideo\.View(?i:inghistory)[^/]*\.csv$", ("PrimeVideo.View",)),  # case-insensitive tail
    (r"(^|/)who_you('|_)?ve_unfollowed\.json$", ("ve_unfollowed.json",)),  # the longer run of two
    (r"(^|/)photos_and_videos/album/\d+\.json$|(^|/)album/\d+\.json$", ("photos_and_videos/album/", "album/")),
    (r"(^|/)(a|bc)/x", None),  # a branch text of fewer than 3 characters
    (r"(?i)(^|/)readme\.txt$", None),  # case-insensitive: no test
    (r"(^|/)(media|photos|videos)/", ("media", "photos", "videos")),
    (r"(^|/)[^/]+_\d+\.json$", (".json",)),
    (r"(^|/)(?=abc)abcd", ("abcd",)),
    (r"x*", None),
])
def test_required_texts(pattern: str, texts: tuple[str, ...] | None) -> None:
    assert required_text(re.compile(pattern)) == texts


def _tables() -> list[re.Pattern[str]]:
    """The tables' patterns, compiled (a table's own are compiled at first use: parser.rules_table)."""
    return [rule.pattern.compiled() for cls in (AmazonParser, FacebookParser, TwitterParser) for rule in cls.rules]


def test_a_table_pattern_is_read_without_compiling_it() -> None:
    """required_text reads a rule's pattern from its text, as the pattern compiled gives it, and leaves it
    uncompiled; inline flags count as a compiled pattern's do ("(?i)" and an inline verbose pattern: no texts)."""
    rules = [rule for cls in (AmazonParser, FacebookParser, TwitterParser) for rule in cls.rules]
    assert len(rules) > 200
    for rule in rules:
        fresh = lazy_compile(rule.pattern.pattern)
        assert required_text(fresh) == required_text(re.compile(rule.pattern.pattern)), rule.pattern.pattern
        assert fresh._compiled is None
    for pattern, texts in [(r"(?i)(^|/)readme\.txt$", None), (r"(?x) (^|/) readme \.txt$", None),
                           (r"(^|/)Retail\.OrderHistory[^/]*(/.*)?\.csv$", ("Retail.OrderHistory",))]:
        assert required_text(lazy_compile(pattern)) == required_text(re.compile(pattern)) == texts


def _matching_paths(pattern: re.Pattern[str], rng: random.Random) -> list[str]:
    """Strings the pattern matches, built from the fixtures' and the tables' own names."""
    pieces = ["data", "Retail.OrderHistory.1", "your_facebook_activity", "messages", "inbox", "x_1", "Kindle",
              "Your Orders", "Audible.Listening", "Account Holder", "message_1.json", "tweets.js", "a.csv", "b.json"]
    for other in _tables():
        pieces += re.findall(r"[A-Za-z][A-Za-z0-9_.& -]{2,}", other.pattern.replace("\\.", "."))
    found = []
    for _ in range(3000):
        path = "/".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        for suffix in ("", ".json", ".js", ".csv", "/a.json", "_2.json", "-part1.js"):
            if pattern.search(path + suffix):
                found.append(path + suffix)
    return found


def test_no_rule_of_the_tables_rejects_a_path_it_matches() -> None:
    rng = random.Random(20261201)
    checked = 0
    for pattern in _tables():
        need = required_text(pattern)
        if need is None:
            continue
        for path in _matching_paths(pattern, rng):
            assert any(text in path for text in need), (pattern.pattern, path, need)
            checked += 1
    assert checked > 1000


@settings(max_examples=300, deadline=None)
@given(st.from_regex(re.compile(r"(^|/)(Digital\.)?Prime(Video|Music)\.(View(?i:ing)|Watch)[a-z]*(/x)?\.csv$")))
def test_sound_on_generated_matches(path: str) -> None:
    pattern = re.compile(r"(^|/)(Digital\.)?Prime(Video|Music)\.(View(?i:ing)|Watch)[a-z]*(/x)?\.csv$")
    need = required_text(pattern)
    assert need is not None and any(text in path for text in need)


@pytest.mark.parametrize("pattern", _tables(), ids=lambda p: p.pattern[:40])
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_sound_on_every_table_pattern(pattern: re.Pattern[str], data: st.DataObject) -> None:
    need = required_text(pattern)
    path = data.draw(st.from_regex(pattern))  # a string the pattern matches (search)
    assert need is None or any(text in path for text in need), (pattern.pattern, path, need)
