"""Art. 9 look-alikes the fresh tester of pass 37 still found (T37 M3), and what must stay special beside them.
Invented texts."""

from __future__ import annotations

import pytest

from dataexam.categories import special_category


@pytest.mark.parametrize("text", [
    # "strike" as a hit, a find, an attack or a pose, not a stoppage of work
    "strike a pose", "Lucky Strike", "bowling strike tonight!", "strike a deal with the landlord",
    "drone strike in the news", "Counter-Strike ranked", "strike while the iron is hot",
    # the cusp of two signs
    "Cancer/Leo cusp birthday", "Leo/Cancer cusp", "gemini-cancer cusp vibes",
    # the owner's sentence about the animal
    "My dog has diabetes", "my dog is on insulin", "our cat was diagnosed with cancer",
    "my horse has arthritis again", "Cat insulin pen needles",
])
def test_look_alikes_are_nothing_special(text: str) -> None:
    assert special_category(text) is None, text


@pytest.mark.parametrize(("text", "category"), [
    ("Tube strike — I'm striking too, RMT member", "union"), ("we are on strike", "union"),
    ("joining the rail strike", "union"), ("Unison member since 2019", "union"),
    ("I have diabetes", "health"), ("my dog has diabetes and I have cancer", "health"),
    ("my dog is on insulin, so am I: my insulin pen", "health"),
    ("strike a pose, then Friday prayer at the mosque", "religion"),
])
def test_the_person_s_own_stays_special(text: str, category: str) -> None:
    assert special_category(text) == category, text


def test_striking_alone_is_no_union() -> None:
    assert special_category("a striking resemblance") is None
    assert special_category("Tube strike again, walking") is None
