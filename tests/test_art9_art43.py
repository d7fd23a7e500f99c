"""Art. 9, ART43 (T41B): look-alikes of the rite at a saint's church and of Temple, and German strikes by their shape.

Before: "critical mass at St. Mary's", "muscle mass at St. John's" read religion (the rite × saint terms could not
leave out the word before "mass"); "change at Temple for the District line", "Temple, Texas" read religion; "die
Kollegen streiken", "Kollegen streiken morgen", "Lehrerstreik morgen", "Lehrer-Streik", "Verdi-Streik am Flughafen:
ich bin dabei" read nothing; "I will be striking a pose" read union. After: each as its sense says, in the report's
sensitive-signal inventory (--include-sensitive) as in the gate. Every text is invented.
"""

from __future__ import annotations

import pytest
from test_art9_strike_policy import inventory_records

from dataexam.categories import special_category

CASES = [
    # the rite at a saint's church: a shape whose rite's word is read with the word before it
    ("critical mass at St. Mary's", None), ("Critical Mass at St. Paul's tonight", None),
    ("muscle mass at St. John's", None), ("building muscle: gaining mass at St. Mary's gym", None),
    ("booking confirmation at St Mary's", None), ("appointment confirmed at St John's", None),
    ("Mass at St. Mary's on Sunday", "religion"), ("my confirmation at St. Mary's", "religion"),
    ("went to mass at st. joseph's", "religion"), ("got confirmed at St Peter's", "religion"),
    ("Critical Mass ride, then Mass at St. Anne's", "religion"), ("Mass at St Louis", None),
    ("Mass at St. Mary's Hospital", None), ("Boston, Mass at St. Mary's Street", None),
    ("mass at St. Paul's school reunion", None), ("Mass at St. Mary's Church", "religion"),
    # Temple as a place's name
    ("change at Temple for the District line", None), ("Temple, Texas", None), ("moved to Temple, TX", None),
    ("Temple Bar", None), ("Embankment to Temple, then walk", None), ("Temple (District and Circle lines)", None),
    ("at the temple on Saturday", "religion"), ("temple service", "religion"), ("went to temple", "religion"),
    ("change at the temple for prayers", "religion"),
    # colleagues striking, with or without a possessive
    ("die Kollegen streiken", "union"), ("Kollegen streiken morgen", "union"), ("meine Kollegen streiken", "union"),
    ("collega's staken morgen", "union"), ("коллеги бастуют", "union"), ("colleagues are striking tomorrow", "union"),
    ("die Piloten streiken", None),
    # German "-streik" compounds read as the noun alone; a hunger strike and a service's strike apart
    ("Lehrerstreik morgen", "union"), ("Lehrer-Streik morgen", "union"), ("Pilotenstreik bei uns", "union"),
    ("Ärztestreik", "union"), ("Warnstreik morgen", "union"), ("Solidaritätsstreik", "union"),
    ("Hungerstreik", None), ("Bahnstreik", None), ("GDL-Streik", None), ("Kitastreik morgen", None),
    ("Lehrerstreiks in drei Ländern", None),
    # a traveller's strike with the person's part taken after it
    ("Verdi-Streik am Flughafen", None), ("Verdi-Streik am Flughafen: ich bin dabei", "union"),
    ("Streik am Flughafen, wir sind dabei!", "union"), ("strike at Heathrow, count me in", "union"),
    ("Streik am Flughafen, ich bin dabei umzubuchen", None),
    # "striking" in the verb's other senses
    ("I will be striking a pose", None), ("I'm striking a pose", None), ("we're striking a fine balance", None),
    ("a striking resemblance", None), ("I will be striking tomorrow", "union"),
    ("we are striking for a better deal", "union"),
    # a customer's shop on strike: a workplace the lists do not know stays union (FIXART3), and a pharmacy is
    # health's own word, which the map names first
    ("my pharmacy is on strike", "health"),
]


@pytest.mark.parametrize(("text", "category"), CASES)
def test_art43_readings(text: str, category: str | None) -> None:
    assert special_category(text) == category


def test_the_inventory_counts_them_as_read() -> None:
    """The report's sensitive-signal inventory: the look-alikes add no record, the readings theirs."""
    counts = inventory_records(["critical mass at St. Mary's", "change at Temple for the District line",
                                "I will be striking a pose", "Lehrerstreik morgen", "die Kollegen streiken"])
    assert counts.get("union") == 16 and "religion" not in counts
