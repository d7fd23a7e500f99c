"""Art. 9, FIXART4 (T42): the head's temple, more US places named Temple, Italian colleagues striking, the rites'
idioms.

Before: "my temples hurt", "headache in my temple", "pain in the temple", "Temple Terrace, Florida", "baptism of fire
at St Andrews golf", "communion of minds at St John's College" read religion; "i colleghi scioperano" read nothing.
After: each as its sense says, in the report's sensitive-signal inventory (--include-sensitive) as in the gate. Every
text is invented.
"""

from __future__ import annotations

import pytest
from test_art9_strike_policy import inventory_records

from dataexam.categories import special_category

BODY = ["my temples hurt", "headache in my temple", "pain in the temple", "pain in my left temple",
        "throbbing pain in my right temple", "my temple is throbbing", "temples still aching", "rub your temples",
        "pressure on both temples", "greying at the temples", "he held a gun to his temple", "temple pain again"]
PLACES = ["Temple Terrace, Florida", "moved to Temple Terrace, FL 33617", "Temple City, California",
          "Temple Hills, MD 20748", "living in Temple, Texas"]
IDIOMS = ["baptism of fire at St Andrews golf", "communion of minds at St John's College", "a real baptism of fire",
          "baptism by fire at work", "communion with nature", "baptême de l'air à Toulouse",
          "bautismo de fuego en el nuevo trabajo", "battesimo del fuoco"]
CASES = [
    *((text, None) for text in (*BODY, *PLACES, *IDIOMS)),
    # worship stays: the singular "my temple" alone (a congregant's word), "our temples", the city of temples
    ("went to my temple for Yom Kippur", "religion"), ("our temples were full at Diwali", "religion"),
    ("prayed at the temple", "religion"), ("the temple city of Madurai", "religion"),
    ("my temples hurt after the temple service", "religion"), ("Temple Terrace", "religion"),
    ("my son's baptism at St Mary's", "religion"), ("first communion at St. Anne's", "religion"),
    ("baptism of fire, then my daughter's baptism", "religion"),
    # a pain word beside "the temple" that goes on to the place's noun is the place's (lead, after FIXART4: these
    # read none, leaking the religion text)
    ("pressure on the temple authorities", "religion"), ("ache in the temple district", "religion"),
    ("tension around the temple complex", "religion"), ("pain in the temple gate", "religion"),
    ("pain in the temple and behind my eyes", None),
    # the pain word beside the head's temple stays to be read: a migraine is health (T42B: the temple's look-alike
    # blanked the migraine with it, health → none)
    ("migraine behind the temple.", "health"), ("migraine on the left temple", "health"),
    ("migraine in my temple, took sumatriptan", "health"), ("my temples throb, migraine again", "health"),
    # colleagues striking in Italian, as in German, Dutch and Russian; French, Spanish, Portuguese by the noun
    ("i colleghi scioperano", "union"), ("le colleghe hanno scioperato ieri", "union"),
    ("i miei colleghi domani scioperano", "union"), ("I COLLEGHI SCIOPERANO", "union"),
    ("les collègues font grève", "union"), ("los compañeros hacen huelga", "union"),
    ("os colegas fazem greve", "union"), ("i colleghi non scioperano", None), ("ho visto i colleghi al bar", None),
]


@pytest.mark.parametrize(("text", "category"), CASES)
def test_fixart4_readings(text: str, category: str | None) -> None:
    assert special_category(text) == category


@pytest.mark.parametrize("text", BODY + PLACES)
def test_each_look_alike_is_special_without_its_sense(text: str) -> None:
    """As test_everyday_senses asks of each listed phrase: the temple's word alone reads religion, and worship beside
    the look-alike stays religion."""
    assert special_category("temples" if "temples" in text else "temple") == "religion"
    assert special_category(f"{text}, then Friday prayer at the mosque") == "religion", text


def test_the_inventory_counts_them_as_read() -> None:
    """The report's sensitive-signal inventory: the look-alikes add no record, the readings theirs."""
    counts = inventory_records(["my temples hurt", "Temple Terrace, Florida", "baptism of fire at St Andrews golf",
                                "i colleghi scioperano"])
    assert counts.get("union") == 10 and "religion" not in counts
