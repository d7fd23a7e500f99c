"""ART58 (T53 3 on ART57): after her yes to "not in the union?", a past-tense verb, "not really", "nah", "nope" take
it back only by what follows them — nothing, a laugh, a filler or a time bound ("until", "bis", "hasta", "jusqu'en",
"até", "last year", "früher", "antes", "avant", "years ago"); a complement saying her role or standing goes on, and
she stays a member. A retraction after an emoji and a laugh takes it back in every language."""

import pytest

from dataexam.categories import special_category

EN = "not in the union? yes I am"
DE = "Bist du nicht in der Gewerkschaft? Doch, bin ich"
ES = "¿No estás en el sindicato? Sí, estoy"
FR = "Tu n'es pas au syndicat ? Si, je le suis"
PT = "Você não está no sindicato? Estou sim"

GOES_ON = [
    EN + ", I was one of the first to join",
    EN + ". I was a rep for years",
    EN + ", not really happy with them though",
    EN + ", nah they're fine",
    EN + "! nah, they're fine",
    EN + ", I used to be a steward too",
    EN + ", I was a member at my old job as well",
    EN + ". I was in the union at my last job too",
    EN + ". nope, not leaving either",
    EN + ", not really in it for the politics though",
    DE + ". Ich war sogar Vertrauensmann.",
    DE + ". War ich schon immer.",
    DE + ". Ich war dabei, als wir gestreikt haben",
    DE + ". Ich war einer der ersten",
    ES + ". Era hora",
    ES + ", era obvio",
    ES + ". Estaba en otro antes",
    ES + ". Era delegado sindical",
    PT + ", era óbvio",
    PT + ", fui eu que organizei a greve",
    PT + ". Fui delegado sindical",
    FR + ". J'étais délégué l'an dernier aussi",
    FR + ", j'ai été élu délégué",
    FR + ". J'étais même délégué",
    DE + ". Ich war früher Vertrauensmann",
    DE + ". Ich war mal Betriebsrat",
    EN + ", I was once a rep",
    EN + " 😂 lol",
    ES + " 😂 jaja",
    DE + " 💪",
]

TAKEN_BACK = [
    EN + ". nah not really",
    EN + "... nope lol",
    EN + ". nah lol",
    EN + ", not really tbh",
    EN + "... I was lol",
    EN + ". I was until last year",
    EN + ". I was till 2021",
    EN + ", I used to, before the layoffs",
    EN + ". nope never",
    EN + ". nah mate",
    EN + ". nope, not since 2019",
    EN + ". I was, years ago",
    EN + ", I was a member until 2019",
    EN + ". I was",
    DE + ". War ich mal.",
    DE + ". War ich früher mal",
    DE + ". Ich war früher mal drin",
    EN + ". I was once",
    DE + ". Ich war bis 2020 drin",
    DE + ". War ich früher",
    DE + ". Ich war Mitglied bis 2019",
    DE + ". Nicht wirklich.",
    ES + ". Estaba hasta el año pasado",
    ES + ". Lo era antes",
    ES + ". Era antes jaja",
    ES + ". Estuve hace años",
    ES + ". Estaba afiliado hasta 2019",
    FR + ". J'étais jusqu'en 2020",
    FR + ". J'étais avant",
    FR + ". J'ai été il y a des années",
    PT + ". Estava até o ano passado",
    PT + ". Fui até 2020",
    PT + ", era antes",
    PT + ". Não muito.",
    # an emoji and a laugh before the retraction
    EN + " 😂 lol not really",
    EN + " 🙃 lol nope",
    EN + " 😂😂 lol nah",
    DE + " 😂 lol nein",
    DE + " 🙃 lol Quatsch",
    ES + " 😂 jaja mentira",
    ES + " 🤣 jaja no",
    FR + " 😂 mdr non",
    PT + " 😂 kkk mentira",
    PT + " 🤣 kkkk não",
]


@pytest.mark.parametrize("text", GOES_ON)
def test_what_she_goes_on_to_say_keeps_her_yes(text: str) -> None:
    assert special_category(text) == "union"


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_time_bound_a_laugh_or_nothing_takes_it_back(text: str) -> None:
    assert special_category(text) is None
