"""A platform's time-zone setting is place evidence (dataexam.inference.zonesetting + zoneprior).

X's ``account-timezone.js`` names the zone the way Ruby on Rails does ("Mountain Time (US & Canada)",
"Hawaii"), Facebook's ``timezone.json`` and Audible's "Local Timezone" by IANA name. Until now the setting
was only shown as ``platform_says``: the time-zone sweep's Denver, Honolulu and St John's people whose
setting named their zone came out as America/New_York (low), America/Phoenix (3 h off) and America/Toronto.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from test_inference_synth import Stream, person
from test_timezone_model import NOW, declared, with_evidence

from dataexam.inference import infer
from dataexam.inference.model import Confidence
from dataexam.inference.zoneprior import PlaceEvidence, build_prior, zone_countries
from dataexam.inference.zonesetting import RAILS_ZONES, canonical_zone, setting_zone


@pytest.mark.parametrize("value,zone", [
    ("Mountain Time (US & Canada)", "America/Denver"), ("Hawaii", "Pacific/Honolulu"),
    ("Eastern Time (US & Canada)", "America/New_York"), ("Newfoundland", "America/St_Johns"),
    ("eastern time (us & canada)", "America/New_York"), ("  Arizona ", "America/Phoenix"),
    ("(GMT-07:00) Arizona", "America/Phoenix"), ("(GMT+05:30) New Delhi", "Asia/Kolkata"),
    ("Amsterdam", "Europe/Amsterdam"), ("Hanoi", "Asia/Bangkok"), ("Edinburgh", "Europe/London"),
    # Rails' own values that tzdata now keeps as links: followed to the zone zone.tab lists
    ("Greenland", "America/Nuuk"), ("Rangoon", "Asia/Yangon"), ("Kyiv", "Europe/Kyiv"),
    # IANA names, as Facebook and Audible write them, links included
    ("America/Toronto", "America/Toronto"), ("Asia/Calcutta", "Asia/Kolkata"), ("US/Eastern", "America/New_York"),
    ("Europe/Kiev", "Europe/Kyiv"),
    # no populated zone, or no zone at all
    ("UTC", None), ("International Date Line West", None), ("Etc/GMT+5", None), ("-7", None), ("", None),
    ("Mountain Time", None), ("x" * 100, None),
    # the fifth tester: "(GMTx10:00)" is no offset; IANA names in another case are still the zone
    ("(GMTx10:00) Arizona", None), ("(UTC−05:00) Eastern Time (US & Canada)", "America/New_York"),
    ("america/new_york", "America/New_York"), ("ASIA/CALCUTTA", "Asia/Kolkata")])
def test_setting_names_a_zone(value, zone):
    assert setting_zone(value) == zone


def test_every_rails_name_resolves_to_a_listed_zone():
    """ActiveSupport's whole table: every name but the two that name no country's zone is a zone.tab zone."""
    known = zone_countries()
    unresolved = {name for name in RAILS_ZONES if setting_zone(name) not in known}
    assert unresolved == {"International Date Line West", "UTC"}
    assert canonical_zone("Asia/Chongqing") == "Asia/Shanghai"


def _ips(s: Stream, ip: str = "8.8.8.8", n: int = 20) -> list:
    return [s.ev(datetime(2023, 1, 2 + i, tzinfo=UTC), "twitter.login", None, ip=ip) for i in range(n)]


def _setting(s: Stream, value: str, kind: str = "twitter.account", key: str = "time_zone") -> list:
    return [s.ev(None, kind, None, **{"fact": "time_zone", key: value})]


@pytest.mark.parametrize("zone,setting,offset", [
    ("America/Denver", "Mountain Time (US & Canada)", -7.0), ("Pacific/Honolulu", "Hawaii", -10.0)])
def test_x_setting_places_a_us_person(zone, setting, offset):
    """US login IPs alone leave Denver as New York and Honolulu as Phoenix (population and the lull prior
    decide); with the account's setting the answer is the person's zone, high."""
    s = Stream("x.zip")
    alone = infer(with_evidence(person(zone, days=250), _ips(s)), now=NOW).finding("timezone")
    assert alone.value["zone"] != zone
    tz = infer(with_evidence(person(zone, days=250), [*_ips(s), *_setting(s, setting)]), now=NOW).finding("timezone")
    assert (tz.value["zone"], tz.value["utc_offset_hours"]) == (zone, offset)
    assert tz.confidence == Confidence.HIGH
    src = next(p for p in tz.value["place_evidence"] if p["source"] == "time zone setting")
    assert src["top_country"] == "US" and zone in src["detail"]


def test_facebook_setting_tells_a_country_s_minority_zone():
    """Canada by its declared country: the clock cannot tell St John's from Toronto and the population picks
    Toronto; Facebook's timezone.json names St John's."""
    s = Stream("fb.zip")
    base = with_evidence(person("America/St_Johns", days=250), declared("CA", 3))
    assert infer(base, now=NOW).finding("timezone").value["zone"] != "America/St_Johns"
    said = _setting(s, "America/St_Johns", kind="facebook.location", key="timezone")
    tz = infer(with_evidence(person("America/St_Johns", days=250), [*declared("CA", 3), *said]),
               now=NOW).finding("timezone")
    assert tz.value["zone"] == "America/St_Johns"
    assert not any("fit the activity about equally" in c for c in tz.caveats)  # placed within Canada


def test_an_old_setting_does_not_outweigh_the_ips_or_the_clock():
    """A setting left from years ago ("Tokyo" for someone in London): UK IPs and the clock keep London; with
    no other evidence the clock wins and the caveat names the setting as a possible cause."""
    s = Stream("x.zip")
    with_ips = infer(with_evidence(person("Europe/London", days=250),
                                   [*_ips(s, "81.2.69.160"), *_setting(s, "Tokyo")]), now=NOW).finding("timezone")
    assert with_ips.value["zone"] == "Europe/London"
    # the other evidence agrees with the clock: the answer stands, and the setting is still said (the fifth tester)
    assert any("setting says Asia/Tokyo" in c for c in with_ips.caveats)
    assert with_ips.confidence == Confidence.HIGH
    alone = infer(with_evidence(person("Europe/London", days=250), _setting(s, "Tokyo")), now=NOW).finding("timezone")
    assert alone.value["utc_offset_hours"] == 0.0 or alone.value["zone"].startswith("Europe/")
    assert any("time zone setting" in c and "an old setting" in c for c in alone.caveats)
    assert alone.confidence != Confidence.HIGH


def test_audible_local_timezone_counts_only_for_the_account_holder():
    """Audible's Listening.csv carries each session's "Local Timezone"; another profile's rows (a kid's) are
    not the person's and say nothing of where they live."""
    s = Stream("audible.zip")
    ev = PlaceEvidence()
    for e in (s.ev(datetime(2024, 1, 2, tzinfo=UTC), "amazon.audible_listen", None, local_timezone="America/Chicago"),
              s.ev(datetime(2024, 1, 3, tzinfo=UTC), "amazon.audible_listen", None, actor="kid profile",
                   local_timezone="Asia/Tokyo"),
              s.ev(datetime(2024, 1, 4, tzinfo=UTC), "amazon.audible_listen", None, local_timezone="Not Available")):
        ev.consume(e)
    assert dict(ev.zone_settings) == {"America/Chicago": 1}
    prior = build_prior(ev)
    assert prior.placed == {"US": {"America/Chicago": 1.0}}
    assert [s.name for s in prior.sources] == ["time zone setting"]


def test_settings_held_are_bounded():
    ev = PlaceEvidence()
    s = Stream("x.zip")
    zones = sorted(zone_countries())
    for z in zones:
        ev.consume(s.ev(None, "facebook.location", None, timezone=z))
    assert len(ev.zone_settings) == 50


def test_platform_says_keeps_zone_values_only():
    """``platform_says`` lists what the platforms declare: Audible's "Local Timezone" too; a value no zone name
    could be (10 kB, padded) is cleaned or left out."""
    s = Stream("mixed.zip")
    extra = [*_setting(s, "  Hawaii "), *_setting(s, "x" * 10_000),
             s.ev(datetime(2023, 1, 2, tzinfo=UTC), "amazon.audible_listen", None, local_timezone="Pacific/Honolulu"),
             s.ev(datetime(2023, 1, 3, tzinfo=UTC), "amazon.audible_listen", None, local_timezone="Not Available")]
    tz = infer(with_evidence(person("Pacific/Honolulu", days=150), extra), now=NOW).finding("timezone")
    assert tz.platform_says == {"Hawaii": 1, "Pacific/Honolulu": 1}
