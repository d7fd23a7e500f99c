"""Zones that share today's offset but differ in history (T26B's H5, the CLOCK2 brief; M6 below): Almaty moved
from UTC+6 to +5 on 2024-03-01 by law; a resident whose hours kept the same UTC hours (solar habits) was Asia/Aqtobe
(+5 all along) at medium, the right setting called "old". The declared city and setting now decide, and the change of
law the person's hours did not follow is the ``clock_change``, said as such."""

from __future__ import annotations

from datetime import UTC, date, datetime

from test_inference_synth import Stream, person

from dataexam.inference import infer

NOW = datetime(2025, 7, 1, tzinfo=UTC)
KZ_IP = "2.72.115.204"


def _kz(zone: str, declared: bool) -> list:
    s = Stream("twitter.zip")
    extra = [s.ev(datetime(2023, 6 + n // 28, 1 + n % 28, tzinfo=UTC), "twitter.login", None, ip=KZ_IP)
             for n in range(120)]
    if declared:
        extra += [s.ev(None, "twitter.account", None, timezone="Almaty"),
                  s.ev(None, "twitter.profile", None, location="Almaty")]
    # the same UTC hours all along: Aqtobe's clock (+5) every day is Almaty's before 2024-03-01 less an hour
    return sorted([*person(zone, days=700, start=date(2023, 6, 5), per_day=8), *extra], key=lambda e: e.sort_key)


def test_an_almaty_resident_who_kept_the_old_hours_is_on_almaty_time() -> None:
    tz = infer(_kz("Asia/Aqtobe", declared=True), now=NOW).finding("timezone")
    assert tz.value["zone"] == "Asia/Almaty"
    assert tz.value["clock_change"] == {"on": "2024-03-01", "utc_hours": 0.0, "law_not_followed": True}
    assert tz.value["periods"] is None
    first = tz.caveats[0]
    assert "changed by law from UTC+6 to UTC+5 on 2024-03-01" in first and "did not follow" in first
    assert not any("an old setting" in c for c in tz.caveats)


def test_an_almaty_resident_who_followed_the_law_has_no_clock_change() -> None:
    tz = infer(_kz("Asia/Almaty", declared=True), now=NOW).finding("timezone")
    assert tz.value["zone"] == "Asia/Almaty"
    assert tz.value["clock_change"] is None


def test_a_move_between_clocks_an_hour_apart_is_dated_by_the_logins() -> None:
    """Mexico City (−6) until 2023-06-30, Bogotá (−5) since, MX then CO login IPs (T26B's M6): the regimes merge
    clocks under 2.5 h apart, so the Mexican months were read on Bogotá's clock. The IP-dated change of country cuts
    the period: an earlier home on Mexico City's clock until the last Mexican login day."""
    from datetime import timedelta

    from test_inference_synth import START

    s = Stream("twitter.zip")
    mx, co = "201.125.173.185", "181.49.0.10"
    cut = date(2023, 7, 1)
    ips = [s.ev(datetime.combine(START + timedelta(days=3 * n), datetime.min.time(), UTC) + timedelta(hours=18),
                "twitter.login", None, ip=mx if START + timedelta(days=3 * n) < cut else co) for n in range(240)]
    before = person("America/Mexico_City", days=(cut - START).days)
    after = person("America/Bogota", days=365, seed=2, start=cut)
    events = sorted([*before, *after, *ips], key=lambda e: e.sort_key)
    # dated with --include-sensitive: the switch lies next to a night-time record (GATE3: undated without the flag)
    tz = infer(events, now=NOW, include_sensitive=True).finding("timezone")
    assert tz.value["zone"] == "America/Bogota"
    periods = tz.value["periods"]
    assert [(p["zone"], p["kind"]) for p in periods] == [("America/Mexico_City", "earlier home"),
                                                          ("America/Bogota", "home")]
    assert periods[1]["from"] == "2023-07-01"
