"""POST59: the postcode check on Amazon shipping addresses, whatever else is written (T56B 6–9, 11–12; POST58's
leftovers).

- Units whose name holds their type were said "the territory of Northwest Territories", "the district of District
  of Columbia": now "the Northwest Territories", "the District of Columbia" (T56B 9).
"""
from __future__ import annotations

import pycountry
import pytest

from dataexam.inference.shipping import _the_unit_of, _theirs, _unlisted_why


@pytest.mark.parametrize(("country", "code", "said"), [
    ("CA", "NT", "the Northwest Territories"),
    ("US", "DC", "the District of Columbia"),
    ("AU", "ACT", "the Australian Capital Territory"),
    ("AU", "NT", "the Northern Territory"),
    ("CA", "ON", "the province of Ontario"),
    ("CA", "YT", "the territory of Yukon"),
    ("AU", "WA", "the state of Western Australia"),
    ("IT", "MI", "the metropolitan city of Milano"),
    ("IN", "DL", "the union territory of Delhi"),
    ("US", "TX", "the state of Texas"),
])
def test_a_unit_named_with_its_type(country: str, code: str, said: str) -> None:
    name = pycountry.subdivisions.get(code=f"{country}-{code}").name
    assert _the_unit_of(country, code, name) == said


def test_no_unit_is_named_twice_over() -> None:
    # every subdivision of the nine countries: its type is never said before a name that holds it
    for country in ("US", "CA", "AU", "GB", "DE", "IT", "FR", "MX", "IN"):
        for sub in pycountry.subdivisions.get(country_code=country) or ():
            code = sub.code.split("-", 1)[1]
            said = _the_unit_of(country, code, sub.name)
            kind = sub.type.lower().split()[-1]
            words = sub.name.lower().split()
            if kind in words or kind[:-1] + "ies" in words:
                assert said == f"the {sub.name}", said
            assert f"{kind} of {sub.name}".lower() not in said.lower() or kind not in words


@pytest.mark.parametrize(("args", "has", "lacks"), [
    (("CA", "ON", "Yellowknife", None, "NT"), "are the Northwest Territories': Yellowknife, ON, or a town of the "
                                              "Northwest Territories (NT)", "territory of Northwest"),
    (("US", "MD", "Bethesda", "DC"), "the postcode written is the District of Columbia's (DC)", "district of District"),
    (("AU", "NSW", "Queanbeyan", None, "ACT"), "or a town of the Australian Capital Territory (ACT)",
     "territory of Australian"),
    (("AU", "WA", "Perth", None, "NSW"), "are New South Wales's: Perth, WA, or a town of the state of New South Wales "
                                         "(NSW)", "the New South Wales"),
])
def test_the_sentences_name_such_units_once(args: tuple[str, ...], has: str, lacks: str) -> None:
    said = _unlisted_why(*args)
    assert has in said and lacks not in said


def test_possessives() -> None:
    assert _theirs("IT", "RM", "Roma") == "Roma's"
    assert _theirs("CA", "NT", "Northwest Territories") == "the Northwest Territories'"
    assert _theirs("US", "DC", "District of Columbia") == "the District of Columbia's"


@pytest.mark.parametrize(("country", "letters", "postcode_region", "has"), [
    ("CA", "QC", "ON", "the postcode written is Ontario's (ON), but the letters written (QC) are Quebec's, and no "
                       "town was read beside them: a town of the province of Quebec (QC) or of the province of Ontario "
                       "(ON)"),
    ("AU", "NSW", "WA", "the postcode written is Western Australia's (WA), but the letters written (NSW) are New South "
                        "Wales's, and no town was read beside them"),
])
def test_no_town_both_readings_said(country: str, letters: str, postcode_region: str, has: str) -> None:
    said = _unlisted_why(country, letters, None, postcode_region)
    assert has in said and said.endswith("(at most medium)")
