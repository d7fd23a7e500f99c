"""A town and its region's letters stay in the town's country (WORD64; tester T59E's finding 8).

"Hermosillo, SO" was said "Hermosillo, Somalia" in a re-rendered saved report and met no home in Mexico; "Chihuahua,
CH" Switzerland, "Culiacán, SI" Slovenia, "Veracruz, VE" Venezuela, "Reynosa, TM" Turkmenistan: the two letters
Mexican addresses write for a state were no region of Mexico (``gazetteer.WRITTEN_REGION_LETTERS``). Letters no
country has ("Durango, DG": Diego Garcia's in CLDR) are kept as written. Grid: town x letters in IN, MX, US, CA, AU,
BR, IT, ES; each meets a home in its own country, no other, and a saved excerpt keeps it as written or names the
town's own country.
"""

from __future__ import annotations

import pytest

from dataexam.inference import gazetteer
from dataexam.inference.platform import _place_meets
from dataexam.report.view import _excerpt_text

GRID = {
    "IN": ["Mumbai, MH", "Pune, MH", "Chennai, TN", "Kolkata, WB", "Jaipur, RJ", "Lucknow, UP", "Patna, BR",
           "Panaji, GA", "Chandigarh, CH", "Puducherry, PY", "Hyderabad, TG", "Bhubaneswar, OR", "Dehradun, UK",
           "Bengaluru, KA", "Imphal, MN"],
    "MX": ["Hermosillo, SO", "Chihuahua, CH", "Culiacán, SI", "Veracruz, VE", "Puebla, PU", "Oaxaca, OA", "Cancún, QR",
           "Mérida, YU", "Tijuana, BC", "Monterrey, NL", "Zapopan, JA", "Hermosillo, SON", "Chihuahua, CHIH",
           "Culiacán, SIN", "Morelia, MI", "Cuernavaca, MO", "Tepic, NA", "Villahermosa, TB", "Tlaxcala, TL",
           "Zacatecas, ZA", "Saltillo, CO", "Durango, DG", "Pachuca, HG", "Colima, CL", "Tuxtla Gutiérrez, CS",
           "Campeche, CM", "Aguascalientes, AG", "Acapulco, GR", "Querétaro, QT", "San Luis Potosí, SL", "La Paz, BS",
           "Reynosa, TM", "Xalapa, VER", "Puebla, PUE"],
    "US": ["Memphis, TN", "Springfield, IL", "Athens, GA", "Denver, CO", "Portland, ME", "Los Angeles, CA",
           "Salem, OR"],
    "CA": ["Toronto, ON", "Vancouver, BC", "Halifax, NS", "Winnipeg, MB"],
    "AU": ["Perth, WA", "Hobart, TAS", "Darwin, NT", "Brisbane, QLD"],
    "BR": ["Belo Horizonte, MG", "Salvador, BA", "Recife, PE", "Curitiba, PR", "Manaus, AM", "Porto Alegre, RS"],
    "IT": ["Catania, CT", "Rieti, RI", "Viterbo, VT", "Aosta, AO", "Palermo, PA", "Bari, BA", "Parma, PR",
           "Milano, MI"],
    "ES": ["Sevilla, SE", "Málaga, MA", "Bilbao, BI", "Cádiz, CA", "Zaragoza, Z", "Valencia, V"],
}
#: a town known abroad whose letters are another country's code that holds no town so called, still meeting a home
#: there too (T59E 3, left for a later pass): Saltillo (Coahuila) and Colombia, Palermo (Sicily) and Panama, Parma
#: (Italy, Ohio) and Puerto Rico; each still meets its own country's home
LEFT_OPEN = {"Saltillo, CO", "Palermo, PA", "Parma, PR"}
CASES = [(cc, place) for cc, places in GRID.items() for place in places]


@pytest.mark.parametrize(("cc", "place"), CASES)
def test_a_town_and_its_region_s_letters_meet_a_home_in_its_country_only(cc: str, place: str) -> None:
    assert _place_meets(place, {"country": cc})
    letters = place.rsplit(", ", 1)[1]
    town = place.split(",")[0]
    if place in LEFT_OPEN:
        return
    if letters != cc and gazetteer.country_code(letters) == letters and gazetteer.town(town, letters) is None \
            and gazetteer.small_town(town, letters) is None:
        assert not _place_meets(place, {"country": letters})  # "Hermosillo, SO" is no place in Somalia


@pytest.mark.parametrize(("cc", "place"), [c for c in CASES if len(c[1].rsplit(", ", 1)[1]) == 2])
def test_a_saved_login_excerpt_keeps_the_town_s_country(cc: str, place: str) -> None:
    text = _excerpt_text(f"login placed by Facebook in {place}")
    town = place.split(",")[0]
    assert text.endswith(place) or text.endswith(f"{town}, {gazetteer.country_display(cc)}"), text


@pytest.mark.parametrize("letters", sorted(gazetteer.WRITTEN_REGION_LETTERS["MX"]))
def test_every_written_mexican_letters_are_mexico_s(letters: str) -> None:
    assert gazetteer.region_code("MX", letters)
    assert gazetteer.region_code("MX", letters.lower() + ".")


@pytest.mark.parametrize("place", ["Lisbon, DE", "Tunis, TN", "Libreville, GA", "Toluca, MX"])
def test_a_record_s_country_after_a_town_is_still_named(place: str) -> None:
    text = _excerpt_text(f"login placed by Facebook in {place}")
    assert not text.endswith(place)
