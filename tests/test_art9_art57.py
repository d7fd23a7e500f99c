"""ART57: Art. 9 signals — an illness after a "with" look-alike, answers' tense and retractions, third-person and
dash answers, T50E's over-reads, and the look-alikes' crossing check made n log m."""

import random

import pytest

from dataexam.categories import _edge_inside, special_category

# --- 5. speed: a term's match crosses a soft look-alike's edge exactly where a phrase's start or end lies inside it

def test_edge_inside_is_the_pairwise_crossing_check():
    rng = random.Random(57)
    for _ in range(20000):
        soft = [(a, a + rng.randint(1, 10)) for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 5)))]
        start = rng.randint(0, 35)
        end = start + rng.randint(1, 10)
        pairwise = any(start < b and a < end and not (a <= start and end <= b) for a, b in soft)
        starts, ends = sorted(a for a, _b in soft), sorted(b for _a, b in soft)
        assert (_edge_inside(starts, start, end) or _edge_inside(ends, start, end)) is pairwise


def test_repeated_not_in_the_union_reads_none():
    assert special_category("Ich bin nicht in der Gewerkschaft. " * 2000) is None
    assert special_category("Bist du nicht in der Gewerkschaft? Nein. " * 400) is None
    assert special_category("Ich bin nicht in der Gewerkschaft. " * 50 + "Ich bin in der Gewerkschaft.") == "union"


# --- 1. an illness after a "with" look-alike: any of the stay's illness words (everyday.ILLNESS_WORDS), through
# "and", commas or a bracket, turns the look-alike down

@pytest.mark.parametrize("first", ["a hangover", "my mates", "a sigh", "a VIP ticket"])
@pytest.mark.parametrize("illness", ["pancreatitis", "a broken finger", "stomach cramps", "hypothermia", "vomiting",
                                     "an irregular heartbeat", "a stab wound", "a sprained ankle", "appendicitis",
                                     "a fractured skull", "concussion"])
def test_an_illness_after_a_with_lookalike_is_health(first: str, illness: str) -> None:
    assert special_category(f"admitted last night with {first} and {illness}") == "health"


@pytest.mark.parametrize("text", [
    "admitted last night with my mates, a hangover and pneumonia",
    "admitted last night with a hangover, stomach pumped",
    "admitted last night with a hangover (stomach pump)", "admitted last night with my friends after a car crash",
    "admitted last night with a hangover and a dislocated shoulder",
    "admitted last night with a hangover and bronchitis",
    "admitted to Stanford Hospital with pancreatitis", "admitted with leukaemia", "admitted with a suspected melanoma",
])
def test_the_stays_illness_words(text: str) -> None:
    assert special_category(text) == "health"


@pytest.mark.parametrize("first", ["a hangover", "my mates", "a sigh", "a VIP ticket"])
@pytest.mark.parametrize("then", ["a kebab", "a few beers", "no regrets", "a free drink", "a bottle of wine",
                                  "a big smile", "a shrug", "my sister", "high hopes", "a broken phone", "a moustache"])
def test_no_illness_after_a_with_lookalike_stays_none(first: str, then: str) -> None:
    assert special_category(f"admitted last night with {first} and {then}") is None


@pytest.mark.parametrize("text", [
    "admitted last night with my mates, all pumped", "admitted to the fund with a lump sum",
    "admitted to academia with a grin",
])
def test_words_like_an_illness_are_none(text: str) -> None:
    assert special_category(text) is None


# --- 4. T50E's over-reads and a miss

@pytest.mark.parametrize("text, category", [
    ("admitted with a cancer research grant", None), ("admitted with a diabetes research grant", None),
    ("admitted with a cancer research scholarship", None), ("admitted to the team with a fractured reputation", None),
    ("admitted to the party with a fever dream outfit", None),
    ("admitted with cancer", "health"), ("admitted with a cancer scare", "health"),
    # Czech: "then to MSI to look at the prices" (the laptop maker's shop) — Mass only without the maker's words
    ("jdu domu a pak na msi podívat se na ceny", None), ("jdu domu a pak na msi podívat se na kostel", "religion"),
    ("v neděli jdu na mši", "religion"),
    # a high dependency bay is a hospital's: the one admitted named between, the ward's bay (T50E expected health;
    # the brief listed it among the over-reads, but it is a stay)
    ("they admitted her to the ward's high dependency bay overnight", "health"),
    ("they admitted him to the high dependency unit", "health"), ("admitted her to the ward's team", None),
])
def test_t50e_leftovers(text: str, category: str | None) -> None:
    assert special_category(text) == category


# --- 2. answers: her yes in the past tense, and what takes her yes back right after it

@pytest.mark.parametrize("text, category", [
    # The question's tense decides: asked in the present ("aren't you in the union?"), a yes in the past tense ("Si,
    # j'étais", yes I was) says she is no longer — no yes to it, none, as "… I used to be"
    ("Tu n'es pas au syndicat ? Si, j'étais", None), ("Você não está no sindicato? Sim, estava", None),
    ("¿No estás en el sindicato? Sí, estaba", None), ("Bist du nicht in der Gewerkschaft? Doch, war ich", None),
    ("not in the union? yes I was", None),
    # … asked in the past ("weren't you …?"), no phrase of "not in the union" holds it: the text is read as written —
    # the union's word is the membership it asks of, whatever the answer (Spanish, French, Portuguese) and English's
    # "in the union" alone is no term
    ("Tu n'étais pas au syndicat ? Si, j'étais", "union"), ("Você não estava no sindicato? Sim, estava", "union"),
    ("weren't you in the union? yes I was", None),
    # a retraction right after her yes (per language: everyday.UNION_RETRACTIONS)
    ("¿No estás en el sindicato? Sí, estoy. Mentira jaja", None),
    ("¿No estás en el sindicato? Sí, estoy. Mentira", None),
    ("Tu n'es pas au syndicat ? Si, je le suis, mdr non", None), ("Tu n'es pas au syndicat ? Si. Non.", None),
    ("Você não está no sindicato? Estou sim, só que não", None), ("Você não está no sindicato? Sim, mentira", None),
    ("Bist du nicht in der Gewerkschaft? Doch, bin ich. Nicht.", None),
    ("Bist du nicht in der Gewerkschaft? Doch. Quatsch, nein", None),
    ("not in the union? yes I am (not really)", None), ("not in the union? yes I am... not really", None),
    ("not in the union? yes I am lol not", None), ("not in the union? yes I am. lol nope", None),
    # … and her yes where none follows
    ("¿No estás en el sindicato? Sí, estoy. Orgulloso", "union"),
    ("Tu n'es pas au syndicat ? Si, je le suis, mdr", "union"),
    ("Você não está no sindicato? Estou sim, kkk", "union"),
    ("Bist du nicht in der Gewerkschaft? Doch, bin ich. Seit 2019.", "union"),
    ("not in the union? yes I am (since 2019)", "union"), ("not in the union? yes I am, proud", "union"),
    ("Bist du nicht in der Gewerkschaft? Doch, bin ich", "union"), ("Tu n'es pas au syndicat ? Si !", "union"),
])
def test_answers_tense_and_retractions(text: str, category: str | None) -> None:
    assert special_category(text) == category


# --- 3. the question of another, "aren't you", a dash, a full-width mark, an emoji

@pytest.mark.parametrize("text, category", [
    ("Isn't he in the union? yes I am", "union"), ("Isn't she in the union? yes I am", "union"),
    ("Aren't you in the union? yes I am", "union"), ("Isn't he in the union? no", None),
    ("Aren't you in the union? no", None), ("aren't you in the union? I am, jk", None),
    ("Aren't you in the union? yes I am tired", None), ("isn't he in the union? lol yes I am tired", None),
    ("Ist er nicht in der Gewerkschaft? Doch, bin ich", "union"),
    ("¿Tu hermano no está en el sindicato? Sí, estoy", "union"),
    ("not in the union? — yes I am", "union"), ("not in the union? - yes I am", "union"),
    ("not in the union? – I'm in", "union"), ("not in the union? — I am not", None), ("not in the union? — no", None),
    ("Bist du nicht in der Gewerkschaft? — Doch, bin ich", "union"),
    ("Bist du nicht in der Gewerkschaft? — Nein", None),
    ("¿No estás en el sindicato? — Sí, estoy", "union"), ("¿No estás en el sindicato? — No", None),
    ("Tu n'es pas au syndicat ? — Si, je le suis", "union"), ("Você não está no sindicato? — Estou sim", "union"),
    ("Bist du nicht in der Gewerkschaft? — yes I am", "union"),
    ("not in the union？ yes I am", "union"), ("not in the union？yes I am", "union"), ("not in the union？ no", None),
    ("Bist du nicht in der Gewerkschaft？ Doch, bin ich", "union"),
    # after an emoji, only what may follow her yes itself goes on
    ("not in the union? yes I am 😴 tired", None), ("not in the union? yes I am 😴 going home", None),
    ("not in the union? yes I am 💪", "union"), ("not in the union? yes I am 💪 since 2019", "union"),
    ("not in the union? yes I am 😀 proud member", "union"), ("not in the union? yes I am ❤️ 😀", "union"),
    ("¿No estás en el sindicato? Sí, estoy 😴 cansado", None), ("¿No estás en el sindicato? Sí, estoy 💪", "union"),
    ("Bist du nicht in der Gewerkschaft? Doch, seit 2019 😀", "union"),
    ("Tu n'es pas au syndicat ? Si, je le suis 😀 depuis 2019", "union"),
    ("Você não está no sindicato? Estou sim 😀", "union"),
])
def test_questions_of_another_dashes_marks_emoji(text: str, category: str | None) -> None:
    assert special_category(text) == category
