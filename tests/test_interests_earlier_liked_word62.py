"""An earlier era's interests resting on liked tweets (WORD62, T58D): "Since 2022, your records point to music.
Earlier, 2012–2014: gaming and books." where only liked tweets — other people's words — pointed to gaming and books;
the recent era's categories said so. The earlier era now says it as the recent one does; a grid over which rows of
each era rest on liked tweets, retweets or the person's own words, with and without detail."""

from __future__ import annotations

import itertools

import pytest

from dataexam.inference.interests import LIKED, RETWEET, interests_sentence

OWN = "words in own posts"
KINDS = {"own": OWN, "liked": LIKED, "retweet": RETWEET[0]}


def _row(category: str, main: str, earlier: bool) -> dict:
    signals = {main: 10, OWN: 1} if main != OWN else {main: 10}
    return {"category": category, "signals": signals, "since": "2022",
            "era": "earlier" if earlier else "recent", "years": "2012–2014" if earlier else "2022–2024"}


def _earlier_part(sentence: str) -> str:
    return sentence.split(" Earlier, 2012–2014", 1)[1]


@pytest.mark.parametrize("kinds", list(itertools.product(KINDS, repeat=3)))
@pytest.mark.parametrize("detail", [False, True])
def test_each_earlier_category_resting_on_others_words_is_said_so(kinds: tuple[str, ...], detail: bool) -> None:
    cats = ["gaming", "books", "cooking"]
    rows = [_row("music", OWN, False), *(_row(c, KINDS[k], True) for c, k in zip(cats, kinds, strict=True))]
    earlier = _earlier_part(interests_sentence(rows, detail=detail))
    liked = [c for c, k in zip(cats, kinds, strict=True) if k == "liked"]
    retweeted = [c for c, k in zip(cats, kinds, strict=True) if k == "retweet"]
    for c in cats:
        assert c in earlier, earlier
    for c in retweeted:
        assert f"{c} (retweets)" in earlier, earlier
    if liked:
        assert "tweets you liked" in earlier or all(f"{c} (liked tweets)" in earlier for c in liked), earlier
    else:
        assert "liked" not in earlier, earlier
    if len(liked) == len(cats) and not detail:
        assert earlier == ", tweets you liked point to gaming, books and cooking."
    if not liked and not retweeted:
        assert earlier == ": gaming, books and cooking."


@pytest.mark.parametrize("detail", [False, True])
def test_the_recent_era_is_said_as_before(detail: bool) -> None:
    rows = [_row("music", LIKED, False), _row("hiking", LIKED, False), _row("gaming", OWN, True)]
    said = interests_sentence(rows, detail=detail)
    assert said.startswith("Since 2022, tweets you liked point to music")
    assert said.endswith("Earlier, 2012–2014: gaming.")


def test_an_earlier_era_alone_as_before() -> None:
    rows = [_row("gaming", LIKED, True), _row("books", LIKED, True)]
    assert interests_sentence(rows) == "Tweets you liked point to gaming and books, in 2012–2014; nothing since 2022 " \
                                       "stands out."
