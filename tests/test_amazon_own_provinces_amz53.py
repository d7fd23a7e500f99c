"""Amazon shipping addresses read by the marketplace's own provinces, Canada's postcodes and the US military's post
offices (AMZ53). Addresses are invented.

* One cell on a marketplace whose province or state letters are a country's ISO code too: "… Via Roma 1 Varese VA",
  "… Modena MO" on Amazon.it read Vatican City and Macau, "… Gandhi Rd Salem TN" on Amazon.in the United States (all
  high): the marketplace's own town. The old report's "Salem", "TN" on Amazon.in alike.
* Amazon.com, one cell "… London CA" read "United States" with no town (high): London, named with the letters' other
  reading (at most medium). "… Toronto CA M5V 2T6" and the town + ISO letters + postcode cells AMZ52 left ("…
  Frankfurt a.M. DE 60311", "… Jakarta Selatan ID 12190" 'Selatan, Malaysia', "… Tirana AL 1001" 'Al, Belgium'): the
  town in the letters' country, as the old report's City / State / Zip columns read them.
* APO / FPO / DPO: "Apo, United States" (high) → a US military post office abroad, no town, its region named.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_amazon_letters_two_readings import _retail_on
from test_amazon_town_state_zip import _home, _report

from dataexam.report import view
from dataexam_parsers.amazon import _address_place
from dataexam_parsers.amazon_address import Place, shipping_place


@pytest.mark.parametrize(("address", "site", "place"), [
    ("Mario Rossi Via Roma 1 Varese VA", "IT", Place("Varese", "VA", None, "IT")),
    ("Mario Rossi Via Roma 1 Modena MO", "IT", Place("Modena", "MO", None, "IT")),
    ("Mario Rossi Via Roma 1 Pistoia PT", "IT", Place("Pistoia", "PT", None, "IT")),
    ("Mario Rossi Via Roma 1 Brindisi BR", "IT", Place("Brindisi", "BR", None, "IT")),
    ("Ravi Kumar 12 Gandhi Rd Salem TN", "IN", Place("Salem", "TN", None, "IN")),
    # no town of the marketplace's country so called: the letters' country, or the US state's town
    ("Mario Rossi 75001 Paris FR", "IT", Place("Paris", None, "FR", "FR")),
    ("Sam Roe 1 Main St Carthage TN", "IN", Place("Carthage", "TN", None, "US", "letters")),
])
def test_the_marketplace_s_own_province_letters_come_first(address: str, site: str, place: Place) -> None:
    assert shipping_place(address, site_country=site) == place


@pytest.mark.parametrize(("address", "website", "currency", "headline", "confidence"), [
    ("Mario Rossi Via Roma 1 Varese VA", "Amazon.it", "EUR", "You most likely live in Varese, Italy.", "high"),
    ("Mario Rossi Via Roma 1 Modena MO", "Amazon.it", "EUR", "You most likely live in Modena, Italy.", "high"),
    ("Ravi Kumar 12 Gandhi Rd Salem TN", "Amazon.in", "INR", "You most likely live in Salem, India.", "high"),
    ("Sam Roe 1 Main St London CA", "Amazon.com", "USD", "You most likely live in London, United States.", "medium"),
    ("Sam Roe 1 Main St Toronto CA M5V 2T6", "Amazon.com", "USD", "You most likely live in Toronto, Canada.", "high"),
    ("Sam Roe PSC 1234 Box 5678 APO AE 09012", "Amazon.com", "USD",
     "Your orders ship to a US military post office abroad (APO / FPO / DPO AE: Armed Forces Europe, the Middle East, "
     "Africa or Canada); no town is named.", "high"),
])
def test_one_cell_homes(tmp_path: Path, address: str, website: str, currency: str, headline: str,
                        confidence: str) -> None:
    home = _home(_retail_on(tmp_path, address, website, currency))
    assert (view.headline(home), home["confidence"]) == (headline, confidence)


@pytest.mark.parametrize(("address", "place"), [
    ("Ana Ruiz Calle 1 Toronto CA M5V 2T6", Place("Toronto", "ON", None, "CA", "postcode")),
    ("Sam Roe 1 Main St Montreal CA H2X 1Y4", Place("Montreal", "QC", None, "CA", "postcode")),
    ("Ana Ruiz Calle 1 Frankfurt a.M. DE 60311", Place("Frankfurt a.M.", None, None, "DE", "country")),
    ("Ana Ruiz Calle 1 Capital Federal AR C1425", Place("Capital Federal", None, None, "AR", "country")),
    ("Ana Ruiz Calle 1 Jakarta Selatan ID 12190", Place("Jakarta Selatan", None, None, "ID", "country")),
    ("Ana Ruiz Calle 1 Tirana AL 1001", Place("Tirana", None, None, "AL", "country")),
    ("Ana Ruiz Calle 1 Mumbai IN 400001", Place("Mumbai", "MH", None, "IN", "postcode")),
    # the state's own ZIP: the US town stays
    ("Sam Roe 1 Main St Dover DE 19901", Place("Dover", "DE", None, "US", "marketplace")),
    ("Sam Roe 1 Main St Salem IN 47167", Place("Salem", "IN", None, "US", "marketplace")),
    ("Sam Roe 1 Main St Moscow ID 83843", Place("Moscow", "ID", None, "US", "marketplace")),
])
def test_a_town_iso_letters_and_postcode_in_one_cell(address: str, place: Place) -> None:
    assert _address_place(address, "Amazon.com") == place


@pytest.mark.parametrize(("city", "region", "postcode", "headline"), [
    ("APO", "AE", "09012", "Your orders ship to a US military post office abroad (APO / FPO / DPO AE: Armed Forces "
                           "Europe, the Middle East, Africa or Canada); no town is named."),
    ("FPO", "AP", "96522", "Your orders ship to a US military post office abroad (APO / FPO / DPO AP: Armed Forces "
                           "Pacific); no town is named."),
    ("DPO", "AA", "34038", "Your orders ship to a US military post office abroad (APO / FPO / DPO AA: Armed Forces "
                           "Americas); no town is named."),
    ("Carthage", "TN", "", "You most likely live in Carthage, United States."),  # Tennessee's, no military post
])
def test_old_report_military_post_offices_name_no_town(tmp_path: Path, city: str, region: str, postcode: str,
                                          headline: str) -> None:
    home = _home(_report(tmp_path, city, region, postcode, street="PSC 1234 Box 5678"))
    assert view.headline(home) == headline
    assert home["value"]["city"] == (None if city in ("APO", "FPO", "DPO") else city)


@pytest.mark.parametrize(("city", "region", "website", "place"), [
    ("Salem", "TN", "Amazon.in", Place("Salem", "TN", None, "IN", "state")),  # was Tennessee's, 'state' (high)
    ("Carthage", "TN", "Amazon.in", Place("Carthage", "TN", None, "US", "state")),  # no Carthage in India
    ("Varese", "VA", "Amazon.it", Place("Varese", "VA", None, "IT", "state")),
])
def test_old_report_state_letters_on_the_marketplace(city: str, region: str, website: str, place: Place) -> None:
    from dataexam.csvstream import CsvRow, normalise_header
    from dataexam_parsers.amazon import _report_place

    names = ["Website", "Shipping Address Street 1", "Shipping Address City", "Shipping Address State",
             "Shipping Address Zip"]
    row = CsvRow(0, 1, {normalise_header(c): i for i, c in enumerate(names)}, [website, "1 Main St", city, region, ""])
    assert _report_place(row, website) == place


def test_the_military_post_office_in_the_home_summary(tmp_path: Path) -> None:
    home = _home(_retail_on(tmp_path, "Sam Roe PSC 1234 Box 5678 APO AE 09012", "Amazon.com", "USD"))
    assert home["summary"].startswith("You most likely live in a US military post office abroad (APO / FPO / DPO "
                                      "AE): 100% of your")
