"""The home's clock for findings that need one when the activity gives none.

An Amazon-only export (a few dozen orders) has too little timed activity for the time zone finding, which then
says "insufficient" and leaves every clock finding in UTC. Yet the home finding may place the person at high
confidence from the shipping addresses of their own orders (Springfield, IL, US), and the money findings that
read a local clock — late-night orders, spending per calendar year, months of financial stress — said "23–04
UTC; no time zone was found" for an order at 23:30 UTC, 18:30 in Illinois (the twenty-sixth pass's first tester,
T26A M3). Here the zone of that home is taken for the findings finished after it, named as such.

Only a home at medium or high confidence whose evidence keeps to one place (:func:`_one_place`), and only
where its place has one clock: the town's zone in GeoNames within its state or province
(``gazetteer.city_zone_in``: "Springfield", "US", "IL" → America/Chicago), the state's or province's only zone
(``zoneprior.region_zones``), the country's principal zone where all its zones in tzdata's zone.tab keep one
clock on the data's own dates (``zoneprior.zone_clocks``), or the one zone every town of that name in that
country shares. The time zone finding itself stays as it was (it describes the activity's clock, of which there
is too little); the findings that use the home's clock say so in their caveats.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .engine import Context
from .gazetteer import city_zone_in, city_zones, country_display, country_in_text
from .zoneprior import clock_years, country_zones, region_zones, zone_clocks

TRUSTED = ("high", "medium")
ONE_PLACE_SHARE = 0.8  # of the recent orders or night logins at the home's place


def home_zone(ctx: Context) -> str | None:
    """The IANA zone of the home finding's place (``ctx.findings["home"]``), or ``None`` where the home is below
    medium confidence or its place spans several zones."""
    home = ctx.findings.get("home")
    if home is None or home.confidence not in TRUSTED or not isinstance(home.value, dict):
        return None
    value = home.value
    if not _one_place(value):
        return None
    country, region, city = value.get("country"), value.get("region"), value.get("city")
    if not isinstance(country, str) or len(country) != 2:
        return None
    if isinstance(city, str) and city and isinstance(region, str) and region:
        zone = city_zone_in(city, country, region)
        if zone:
            return zone
    if isinstance(region, str) and region:
        zones = region_zones(country, region)
        if len(zones) == 1:
            return zones[0]
    zones = country_zones().get(country, ())
    # on the data's own dates: Kazakhstan's zones keep one clock from 2024-03-01, not before
    if zones and len(zone_clocks(zones, clock_years(ctx.first_time, ctx.last_time))) == 1:
        return zones[0]  # zone.tab lists a country's principal zone first (DE: Berlin, then Busingen)
    if isinstance(city, str) and city:
        in_country = {z for cc, _admin1, z in city_zones(city) if cc == country}
        if len(in_country) == 1:
            return in_country.pop()
    return None


def _one_place(value: dict) -> bool:
    """Whether the home's evidence keeps to one place: ≥ :data:`ONE_PLACE_SHARE` of the recent orders shipped
    there and no second address, or of the night logins there. An Amazon.com buyer whose last orders went to
    München too (T26A's legacy-mixed input: 5 of 7 to Springfield) is not read on Chicago's clock: those
    mornings in Munich would be nights in Illinois."""
    shipping = value.get("shipping")
    if str(value.get("basis") or "").startswith("shipping") and isinstance(shipping, dict):
        share = shipping.get("recent_share")
        return (isinstance(share, (int, float)) and share >= ONE_PLACE_SHARE and not shipping.get("second")
                and not shipping.get("earlier") and not value.get("moved"))
    share = value.get("share")
    # a home that moved (New York → Los Angeles) is no one clock for the years before (T26C M1: the New York
    # years read on Los Angeles's clock made 8 of 16 orders "late at night")
    return isinstance(share, (int, float)) and share >= ONE_PLACE_SHARE and not value.get("moved")


def adopt_home_zone(ctx: Context) -> bool:
    """Where no zone was chosen from the activity, set ``ctx.zone`` / ``ctx.zone_name`` to :func:`home_zone`
    and ``ctx.zone_from_home`` to the home's place as a sentence names it ("Springfield, IL, United States": the
    country by its name, T56B; a country alone with its article, "the Netherlands"); True when it did."""
    if ctx.zone is not None:
        return False
    name = home_zone(ctx)
    if name is None:
        return False
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    value = ctx.findings["home"].value
    parts = [str(p) for p in (value.get("city"), value.get("region")) if p]
    cc = value.get("country")
    if cc:
        parts.append(country_display(str(cc)) if parts else country_in_text(str(cc)))
    place = ", ".join(parts)
    ctx.zone, ctx.zone_name, ctx.zone_from_home = zone, name, place
    return True


def home_clock_caveat(ctx: Context) -> str | None:
    """The caveat of a finding read on the home's clock, or ``None`` when the clock came from the activity."""
    if not ctx.zone_from_home:
        return None
    return (f"Times are read on {ctx.zone_name} time, the clock of your home ({ctx.zone_from_home}) as the home "
            "finding places it: your activity has too few timed records to show a clock of its own.")
