"""A declared place inside a country of several zones picks that zone (T26B's H4, the CLOCK2 brief): a town
GeoNames knows by its own zone, a region tzdata's zone.tab comment names (islands, states) by that zone, not the
country's most populous one ("Chatham Islands, New Zealand" was Pacific/Auckland at high)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from test_inference_synth import Stream, person

from dataexam.inference import infer

NOW = datetime(2025, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(("text", "zone"), [
    # regions zone.tab names: islands and states GeoNames holds no town of
    ("Chatham Islands, New Zealand", "Pacific/Chatham"), ("Canary Islands, Spain", "Atlantic/Canary"),
    ("Quintana Roo, Mexico", "America/Cancun"), ("Bali, Indonesia", "Asia/Makassar"),
    ("Tasmania, Australia", "Australia/Hobart"), ("Lord Howe Island, Australia", "Australia/Lord_Howe"),
    ("Easter Island, Chile", "Pacific/Easter"),
    # towns GeoNames places in the country, no zone named after them: their own zone
    ("Salt Lake City, USA", "America/Denver"), ("El Paso, USA", "America/Denver"),
    ("Surgut, Russia", "Asia/Yekaterinburg"), ("Yuzhno-Sakhalinsk, Russia", "Asia/Sakhalin"),
    ("Denpasar, Indonesia", "Asia/Makassar"), ("Balikpapan, Indonesia", "Asia/Makassar"),
    ("Aktobe, Kazakhstan", "Asia/Aqtobe"), ("Kostanay, Kazakhstan", "Asia/Qostanay"),
    ("Uralsk, Kazakhstan", "Asia/Oral"), ("Kota Kinabalu, Malaysia", "Asia/Kuching"),
    ("Tenerife, Spain", "Atlantic/Canary"), ("Ponta Delgada, Portugal", "Atlantic/Azores"),
    # unchanged: zones named after the town, a town's state
    ("Manaus, Brazil", "America/Manaus"), ("Cuiabá, Mato Grosso, Brazil", "America/Cuiaba"),
    ("Almaty, Kazakhstan", "Asia/Almaty"), ("Perth, Australia", "Australia/Perth"),
    ("Austin, Texas", "America/Chicago"), ("Berlin, Germany", "Europe/Berlin"),
])
def test_a_declared_place_weighs_for_its_own_zone(text: str, zone: str) -> None:
    from dataexam.inference.zoneprior import PlaceEvidence

    ev = PlaceEvidence()
    ev._free_text_place(text)
    assert dict(ev.declared) == {zone: 1}


def test_a_region_several_zones_share_is_the_country() -> None:
    """"Amazonas" is two zones in zone.tab (east and west): no zone of its own, the country."""
    from dataexam.inference.zoneprior import named_region_zone

    assert named_region_zone("Amazonas", "BR") is None
    assert named_region_zone("Chatham Is.", "NZ") == "Pacific/Chatham"


def test_a_chatham_islander_with_nz_logins_is_on_chatham_time() -> None:
    """NZ login IPs and Facebook's current city "Chatham Islands, New Zealand": Pacific/Chatham (UTC+12:45),
    not Auckland's clock 45 minutes off."""
    s = Stream("facebook.zip")
    extra = [s.ev(None, "facebook.profile", "Chatham Islands, New Zealand", fact="current_city"),
             *(s.ev(datetime(2023, 1, 2 + n, tzinfo=UTC), "facebook.login", None, ip="49.224.10.15")
               for n in range(20))]
    events = sorted([*person("Pacific/Chatham", days=300), *extra], key=lambda e: e.sort_key)
    tz = infer(events, now=NOW).finding("timezone")
    assert tz.value["zone"] == "Pacific/Chatham"
    assert tz.value["utc_offset_hours"] == 12.75
