"""T60C 1 (WORD64's follow-up): a Facebook session's ``location`` whose flag names another country than its written
country name — "Germany 🇫🇷" was read ('FR', 'Germany, FR'), "Niger 🇳🇬" Nigeria — is left open, as
``gazetteer.country_alone`` leaves it; a flag beside a town that names no country still gives the country
("Lisboa 🇵🇹": WORD64). Places are invented."""

from __future__ import annotations

import pytest

from dataexam.inference import gazetteer
from dataexam.inference.place import fb_login_place


@pytest.mark.parametrize("location", ["Germany 🇫🇷", "Niger 🇳🇬", "France 🇩🇪", "India 🇵🇰", "Austria 🇦🇺",
                                      "Brazil 🇵🇹", "Mexico 🇺🇸"])
def test_a_flag_beside_another_country_s_name_leaves_it_open(location: str) -> None:
    assert gazetteer.country_alone(location) is None
    assert fb_login_place({"location": location}) is None


@pytest.mark.parametrize(("location", "cc"), [("Lisboa 🇵🇹", "PT"), ("Germany 🇩🇪", "DE"), ("🇮🇳", "IN"),
                                              ("Deutschland 🇩🇪", "DE"), ("Niger 🇳🇪", "NE"),
                                              ("Georgia 🇬🇪", "GE"), ("Atlanta, Georgia 🇺🇸", "US"),
                                              ("Savannah, Georgia 🇺🇸", "US"), ("Georgia 🇺🇸", "US"),
                                              ("Tbilisi, Georgia 🇬🇪", "GE"), ("Paris, Texas 🇺🇸", "US")])
def test_a_flag_that_agrees_or_stands_alone_gives_the_country(location: str, cc: str) -> None:
    read = fb_login_place({"location": location})
    assert read is not None and read[0] == cc, read
