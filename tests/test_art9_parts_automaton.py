"""The Art. 9 compounds' parts (``*part*`` terms, terms of scripts without spaces) are found by one Aho-Corasick pass
(special_terms._parts, PERF19): the same terms, the same token screens and the same report values as one substring
search per part, and a term added to the tables is found at once."""

from __future__ import annotations

from _art9_oracle import screened

from dataexam import special_terms as S
from dataexam.categories import keyword_matches

# words and texts that hold parts inside other words, overlapping parts, parts of other scripts beside emoji, and none
TEXTS = (
    "Hörgerätebatterien und ein Blutdruckmessgerät",
    "Im-Ohr-Hörgerät, Ohrkondom 🎉 und Kondome",
    "酷儿电影节 😀 and a Gebetsteppich",
    "ストライキ中です",
    "hörgerätehörgerät",  # one part twice
    "Tea book mountain climbing café straße https://t.co/a8Zq0w",
    "",
)


def _parts_by_search(text: str) -> set[tuple[str, str]]:
    """The (category, term) pairs of every part in ``text``: one substring search per part (the reading before)."""
    return {(category, term) for part, category, term in S._index().infix if part in text}


def test_parts_found_as_substring_search() -> None:
    for text in TEXTS:
        lowered = text.lower()
        found = {(c, t) for _end, terms in S._parts().every.iter(lowered) for c, t in terms}
        assert found == _parts_by_search(lowered), text


def test_token_screen_part_bits() -> None:
    index = S._index()
    for text in TEXTS:
        for token in S._TOKEN.findall(text.lower()):
            flags = S.token_screen(token)
            words = [w for w in token.split("-") if w] if "-" in token else [token]
            part = any(p in w for w in words for p in (index.ascii_infix if w.isascii() else index.infix_parts))
            long = any(len(w) >= index.shortest_part + 2 and any(p in w for p in index.ascii_infix) for w in words)
            assert bool(flags & S.PART) == part, token
            assert bool(flags & S.LONG_PART) == long, token


def test_find_reads_compounds() -> None:
    assert S.find("Hörgerätebatterien und ein Blutdruckmessgerät") == (("health", ("blutdruck", "hörgerät")),)
    assert ("sensitive:health", ("blutdruck", "hörgerät")) in keyword_matches(
        "Hörgerätebatterien und ein Blutdruckmessgerät")
    assert S.find("Tea book mountain climbing café straße") == ()


def test_a_part_added_to_the_tables_is_found(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The automata are built anew with the index (a helper adding terms to the tables needs no other change)."""
    terms = {category: list(words) for category, words in S.TERMS.items()}
    terms["health"].append("*quuxkrank*")
    monkeypatch.setattr(S, "TERMS", terms)
    S._index.cache_clear()
    S.find.cache_clear()
    try:
        assert S.find("Eine Quuxkrankheit") == (("health", ("quuxkrank",)),)
        assert S.token_screen("megaquuxkrankheit") & S.PART
    finally:
        monkeypatch.undo()
        S._index.cache_clear()
        S.find.cache_clear()
    assert S.find("Eine Quuxkrankheit") == ()


def test_a_word_of_a_stems_first_letters_and_no_stem_asks_for_no_word_look_up() -> None:
    """PERF22 (issue 16): "still" holds the first five letters of the stem "stilleinlage" (a nursing pad) and no stem;
    its screen says no word look-up can find a term (WORDS off), as find_in's look-up of it finds none, while each stem
    and each word it starts keep the bit, and the texts' terms are the same read with the screen or without."""
    index = S._index()
    assert not S.token_screen("still") & S.WORDS and not S.token_screen("stillen") & S.WORDS
    assert S.token_screen("stilleinlagen") & S.WORDS
    assert S.find("still waiting, stillen Abend") == ()
    assert S.find("Stilleinlagen für die Nacht") == (("health", ("stilleinlage",)),)
    checked = 0
    for stem in index.prefix:
        for word in {stem[:k] for k in range(5, len(stem) + 1)} | {stem + "n", stem[:-1] + "x", "über-" + stem}:
            starts = any(word.split("-")[-1].startswith(p) for p in index.prefix)
            assert bool(S.token_screen(word) & S.WORDS) == (starts or word in index.single), word
            for text in (f"{word} again", f"still {word}", f"My {word.upper()}, still!"):
                read = screened(text)
                assert read.found == read.unscreened, text
                checked += 1
    assert checked > 1000


def test_a_text_screened_with_phrases_first_words_only_finds_what_the_whole_look_up_finds() -> None:
    """PERF23 (issue 16): a text whose tokens' screen says only "a phrase's first word" (FIRST, no WORDS: "i" of "i'm",
    "t" of a t.co link, "my") has its phrases looked up and not its tokens and their first letters again; the terms
    found are find_in's without the screen, for every phrase of the tables beside everyday words (found, broken by a
    word between, cut short), and a one-word term or a stem beside a phrase's first word is still found."""
    index = S._index()
    checked = found = 0
    for phrases in index.whole.values():
        for words, _category, _term in phrases:
            said = " ".join("7" if w == S._NUMBER else w for w in words)
            cut = " ".join("7" if w == S._NUMBER else w for w in words[:-1])
            for text in (f"I'm out, {said} today https://t.co/Ab12Cd", f"My day: {cut}, then home",
                         f"{words[0]} and then {' '.join(words[1:])}", f"{said.upper()}!"):
                lowered = text.lower()
                tokens = S._TOKEN.findall(lowered)
                screen = 0
                for token in tokens:
                    screen |= S.token_screen(token)
                got = S.find_in(lowered, tokens, screen)
                assert got == S.find_in(lowered, tokens), text
                checked += 1
                found += bool(got)
    assert checked > 1000 and found > 100
    # a one-word term and a stem still count beside a phrase's first word (the screen's WORDS bit)
    assert S.find("i'm fine, my Stilleinlagen are here") == (("health", ("stilleinlage",)),)
    text = "my day https://t.co/Ab12Cd"
    assert S.find_in(text, S._TOKEN.findall(text), S.FIRST) == ()
