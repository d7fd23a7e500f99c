"""Clocks named after their country (WORD62, T58D): ``clock.named_after_country`` compared a zone's city with its
country's names as written, and missed America/St_Lucia (CLDR's "St. Lucia"), Asia/Macao (a link to Asia/Macau),
America/Cayman ("Cayman Islands"), Atlantic/Faroe ("Faroe Islands"). The zone's city and CLDR's exemplar city are now
read against every English name of the country, "St." and "Saint" one, a name's "Islands", "Island", "& …" tail
aside. Without a record placing the person, a clock is named by a zone not called after its country."""

from __future__ import annotations

import zoneinfo

import pytest

from dataexam.inference.clock import named_after_country

NAMED = ["Asia/Singapore", "Asia/Hong_Kong", "America/Panama", "Asia/Kuwait", "Europe/Luxembourg", "Europe/Monaco",
         "Europe/San_Marino", "Africa/Djibouti", "America/Guatemala", "America/El_Salvador", "America/Belize",
         "America/Jamaica", "Europe/Andorra", "Europe/Gibraltar", "Asia/Macau", "Asia/Macao", "America/Curacao",
         "Indian/Reunion", "Indian/Mauritius", "Indian/Maldives", "Pacific/Guam", "Pacific/Palau", "Pacific/Nauru",
         "Atlantic/Bermuda", "America/Martinique", "America/Guadeloupe", "America/Aruba", "America/Montserrat",
         "America/Anguilla", "America/Dominica", "America/Grenada", "America/Puerto_Rico", "Asia/Brunei",
         "Asia/Bahrain", "Asia/Qatar", "Europe/Malta", "America/St_Lucia", "America/St_Kitts", "America/St_Vincent",
         "America/St_Barthelemy", "Europe/Isle_of_Man", "Europe/Jersey", "Europe/Guernsey", "Atlantic/Faroe",
         "Atlantic/Faeroe", "Pacific/Pitcairn", "Pacific/Norfolk", "Indian/Christmas", "Indian/Cocos",
         "America/Cayman", "Pacific/Fiji", "Europe/Vatican", "Pacific/Niue", "Africa/Sao_Tome", "America/Antigua",
         "America/Barbados", "Atlantic/South_Georgia", "Atlantic/St_Helena", "Indian/Mayotte", "Pacific/Wallis",
         "America/Costa_Rica", "America/Guyana", "Atlantic/Cape_Verde"]
#: zones called after a town that is not its country's name
TOWNS = ["Asia/Tokyo", "Africa/Cairo", "America/Mexico_City", "Asia/Kuala_Lumpur", "America/Santo_Domingo",
         "Asia/Saigon", "Asia/Ho_Chi_Minh", "America/Marigot", "America/Lower_Princes", "Pacific/Tongatapu",
         "America/Nassau", "Asia/Kabul", "America/Tortola", "America/St_Thomas", "Arctic/Longyearbyen",
         "Europe/Kyiv", "Europe/Kiev", "Asia/Jerusalem", "Asia/Tel_Aviv", "Asia/Gaza", "Asia/Hebron", "Pacific/Kosrae",
         "Pacific/Chuuk", "Europe/Belfast", "Europe/Istanbul", "Asia/Istanbul", "America/New_York",
         "Europe/London", "Europe/Berlin", "Australia/Sydney", "America/Port_of_Spain", "America/Grand_Turk",
         "Africa/Bissau", "Africa/Conakry", "Pacific/Port_Moresby", "Europe/Sarajevo", "America/St_Johns",
         "America/Sao_Paulo", "America/Santiago", "EST", "MST", "UTC", "Etc/GMT+5"]


@pytest.mark.parametrize("zone", NAMED)
def test_a_zone_called_after_its_country(zone: str) -> None:
    assert named_after_country(zone)


@pytest.mark.parametrize("zone", TOWNS)
def test_a_zone_called_after_a_town(zone: str) -> None:
    assert not named_after_country(zone)


def test_no_zone_of_a_large_country_reads_as_named_after_it() -> None:
    """Over every zone: the ones said named after their country are those of small countries and territories (whose
    town is the country), never one of a country with several zones' cities (US, CA, BR, RU, AU, MX, CN, IN)."""
    from dataexam.inference.clock import zone_countries

    named = {z for z in zoneinfo.available_timezones() if named_after_country(z)}
    assert named >= {z for z in NAMED if z in zoneinfo.available_timezones()}
    assert not {z for z in named if zone_countries().get(z) in {"US", "CA", "BR", "RU", "AU", "MX", "CN", "IN"}}
