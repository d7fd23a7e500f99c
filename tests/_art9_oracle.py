"""The screened-``find_in`` oracle the Art. 9 terms' tests share (ART47: test_art9_parts_automaton and test_hot_path
each built it): a text's special terms found with its tokens' screen (special_terms.token_screen, as
categories._screened gives it) and without one, which must be equal."""

from __future__ import annotations

from typing import NamedTuple

from dataexam import special_terms


class Screened(NamedTuple):
    """A text read both ways: its lower case, its tokens, their screen's bits, and find_in's answers."""

    lowered: str
    tokens: list[str]
    screen: int
    found: tuple[tuple[str, tuple[str, ...]], ...]  # find_in with the screen
    unscreened: tuple[tuple[str, tuple[str, ...]], ...]  # find_in looking everything up


def screened(text: str) -> Screened:
    """``text`` read by :func:`special_terms.find_in` with its tokens' screen and without it."""
    lowered = text.lower()
    tokens = special_terms._TOKEN.findall(lowered)
    screen = 0
    for token in tokens:
        screen |= special_terms.token_screen(token)
    return Screened(lowered, tokens, screen, special_terms.find_in(lowered, tokens, screen),
                    special_terms.find_in(lowered, tokens))
