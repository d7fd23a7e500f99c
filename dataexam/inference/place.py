"""Places and devices: home, work location, trips (login IPs, geotags, declared locations), devices.

IP addresses become countries with ``iptocc`` (RIR allocation data shipped inside the package, so
nothing is looked up online). State is kept per UTC (day, hour): counters of countries, network
prefixes and rounded coordinates — per-day summaries, bounded by days × places.
"""

from __future__ import annotations

import functools
import ipaddress
import random
from collections import Counter, defaultdict
from datetime import UTC, date, timedelta
from typing import Any

import iptocc

from ..events import Event
from . import literature
from .engine import BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, Aggregator, Context, bootstrap_weights, is_self
from .model import Confidence, Evidence, EvidenceItem, Finding, Reservoir, confidence_from_agreement

IP_KEYS = ("ip", "ip_address", "login_ip", "loginIp", "upload_ip", "customer_ip", "userCreationIp")
UA_KEYS = ("user_agent", "os", "os_type", "device_os", "operating_system", "device", "source")
COUNTRY_KEYS = ("country_code", "country")
MIN_HOME_OBS = 5
TRIP_GAP_DAYS = 3
_IP_CACHE_MAX = 50_000


@functools.lru_cache(maxsize=4096)  # user agents and client names repeat across thousands of records
def os_family(text: str) -> str | None:
    """Operating-system family from a user agent, an X ``osType`` or a tweet's client name."""
    s = text.lower()
    if any(k in s for k in ("iphone", "ipad", "ios", "cpu os")):
        return "iOS"
    if "android" in s:
        return "Android"
    if "windows" in s:
        return "Windows"
    if "cros" in s or "chromeos" in s:
        return "ChromeOS"
    if "mac os" in s or "macintosh" in s or "macos" in s:
        return "macOS"
    if "linux" in s or "ubuntu" in s:
        return "Linux"
    return None


def ip_prefix(ip: str) -> str | None:
    """The /24 (IPv4) or /48 (IPv6) network of an address: one home or office line, roughly."""
    try:
        addr = ipaddress.ip_address(ip.strip())
    except ValueError:
        return None
    if addr.is_private or addr.is_loopback:
        return None
    bits = 24 if addr.version == 4 else 48
    return str(ipaddress.ip_network(f"{addr}/{bits}", strict=False))


class PlaceAggregator(Aggregator):
    """Home, work location, trips and devices."""

    name = "place"
    kinds = None

    def __init__(self) -> None:
        self._cc_cache: dict[str, str | None] = {}
        self.country_counts: Counter[str] = Counter()
        self.hourly_country: dict[tuple[date, int], Counter[str]] = defaultdict(Counter)
        self.hourly_prefix: dict[tuple[date, int], Counter[str]] = defaultdict(Counter)
        self.hourly_coord: dict[tuple[date, int], Counter[tuple[float, float]]] = defaultdict(Counter)
        self.country_ev: dict[str, Reservoir] = defaultdict(Reservoir)
        self.day_country_ev: dict[tuple[date, str], EvidenceItem] = {}
        self.prefix_country: dict[str, str | None] = {}
        self.declared_city: Counter[str] = Counter()
        self.declared_country: Counter[str] = Counter()
        self.declared_ev = Reservoir()
        self.os_counts: Counter[str] = Counter()
        self.os_ev: dict[str, Reservoir] = defaultdict(Reservoir)
        self.unknown_ips = 0

    def _country(self, ip: str) -> str | None:
        if ip in self._cc_cache:
            return self._cc_cache[ip]
        try:
            cc = iptocc.country_code(ip.strip())
        except Exception:  # iptocc raises on malformed input; a bad IP is just unknown
            cc = None
        if len(self._cc_cache) < _IP_CACHE_MAX:
            self._cc_cache[ip] = cc
        return cc

    def consume(self, event: Event) -> None:
        attrs = event.attrs
        if not attrs:
            return
        kind = event.kind
        # Declared places: FB primary/public location, profile current city (the platform's record).
        if kind in ("facebook.location", "facebook.profile"):
            self._declared(event)
        # Devices: user agents (FB logins/sessions), X ad deviceInfo.osType, tweet client names.
        if is_self(event) or kind.endswith(("ad_impression", "ad_engagement")):
            for key in UA_KEYS:
                value = attrs.get(key)
                if isinstance(value, str) and value:
                    fam = os_family(value)
                    if fam:
                        self.os_counts[fam] += 1
                        self.os_ev[fam].offer(event, f"{kind}: {fam}")
                        break
        if event.time is None or (not is_self(event) and kind not in ("facebook.location",)):
            return
        t = event.time.astimezone(UTC)
        slot = (t.date(), t.hour)
        for key in IP_KEYS:
            ip = attrs.get(key)
            if isinstance(ip, str) and ip:
                cc = self._country(ip)
                prefix = ip_prefix(ip)
                if prefix:
                    self.hourly_prefix[slot][prefix] += 1
                    self.prefix_country.setdefault(prefix, cc)
                if cc is None:
                    self.unknown_ips += 1
                    break
                self._observe(event, slot, cc, f"login from an address registered in {cc}")
                break
        lat, lon = attrs.get("latitude"), attrs.get("longitude")
        if lat is not None and lon is not None:
            try:
                self.hourly_coord[slot][(round(float(lat), 2), round(float(lon), 2))] += 1
            except (TypeError, ValueError):
                pass
        if kind == "facebook.location":
            cc = _country_attr(attrs)
            if cc:
                self._observe(event, slot, cc, f"location record in {cc}")

    def _observe(self, event: Event, slot: tuple[date, int], cc: str, text: str) -> None:
        self.country_counts[cc] += 1
        self.hourly_country[slot][cc] += 1
        self.country_ev[cc].offer(event, text)
        key = (slot[0], cc)
        if key not in self.day_country_ev:
            self.day_country_ev[key] = EvidenceItem.of(event, text)

    def _declared(self, event: Event) -> None:
        attrs = event.attrs
        city = attrs.get("city") or (attrs.get("current_city") if isinstance(attrs.get("current_city"), str) else None)
        field = str(attrs.get("field") or attrs.get("type") or attrs.get("fact") or "")
        if not city and event.kind == "facebook.profile" and "city" in field and event.text:
            city = event.text
        if isinstance(city, str) and city:
            self.declared_city[city.split(",")[0].strip()] += 1
            self.declared_ev.offer(event, f"declared city {city}")
        cc = _country_attr(attrs)
        if cc:
            self.declared_country[cc] += 1

    # -- finishing ------------------------------------------------------------------------------------
    def _local(self, ctx: Context, slot: tuple[date, int]) -> tuple[date, int]:
        ld, lq = ctx.local_bin(slot[0], slot[1] * 4)
        return ld, lq // 4

    def finish(self, ctx: Context) -> list[Finding]:
        home = self._home(ctx)
        return [home, self._work(ctx), self._trips(ctx, home), self._devices()]

    def _home(self, ctx: Context) -> Finding:
        night: Counter[str] = Counter()
        per_day: dict[date, Counter[str]] = defaultdict(Counter)
        for slot, counts in self.hourly_country.items():
            ld, lh = self._local(ctx, slot)
            if lh >= 22 or lh < 6:
                night.update(counts)
                per_day[ld].update(counts)
        basis_counter = night if sum(night.values()) >= 3 else self.country_counts
        used_nights = basis_counter is night
        n_obs = sum(self.country_counts.values())
        days_seen = {s[0] for s in self.hourly_country}
        declared_city = self.declared_city.most_common(1)[0][0] if self.declared_city else None
        platform = None
        if self.declared_city or self.declared_country:
            platform = {"cities": dict(self.declared_city), "countries": dict(self.declared_country)}
        meta = {
            "id": "home", "title": "Home country and city",
            "method": ("Login and session IPs are mapped to the country their block is registered to (iptocc, "
                       "offline RIR data); home = the most common country at night (22–06 local), or over all "
                       "hours when fewer than 3 night observations exist. City only where the platform itself "
                       "declares one (Facebook primary/public location, current city); coordinates are the most "
                       "common 0.01° cell of geotags at night."),
            "literature": literature.cards("home"),
            "platform_says": platform,
            "caveats": ["IP blocks are registered to a country, not a place; VPNs and mobile carriers move them.",
                        "No reverse geocoding ships offline here, so a city needs a platform declaration."],
        }
        if n_obs < MIN_HOME_OBS or len(days_seen) < 3:
            if declared_city or self.declared_country:
                cc = self.declared_country.most_common(1)[0][0] if self.declared_country else None
                ctx.home_country = cc
                return Finding(value={"country": cc, "city": declared_city, "lat": None, "lon": None,
                                      "share": None, "observations": n_obs, "countries": dict(self.country_counts)},
                               confidence=Confidence.LOW,
                               confidence_basis=f"only {n_obs} IP observations; the platform's declaration is used",
                               evidence=Evidence(items=list(self.declared_ev.items), n_support=self.declared_ev.count),
                               summary=f"The platform says you live in {declared_city or cc}.", **meta)
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"{n_obs} located IP observations on {len(days_seen)} days "
                                            f"(need {MIN_HOME_OBS} on 3)",
                           summary="Not enough located logins.", **meta)
        country, count = basis_counter.most_common(1)[0]
        share = count / sum(basis_counter.values())
        ctx.home_country = country
        # Coordinates: the night mode cell.
        coords: Counter[tuple[float, float]] = Counter()
        for slot, counts in self.hourly_coord.items():
            _, lh = self._local(ctx, slot)
            if lh >= 22 or lh < 6:
                coords.update(counts)
        if not coords:
            for counts in self.hourly_coord.values():
                coords.update(counts)
        lat = lon = None
        if coords:
            (lat, lon), _ = coords.most_common(1)[0]
        # Bootstrap over days (nights when they were used).
        units = sorted(per_day) if used_nights else sorted({s[0] for s in self.hourly_country})
        if used_nights:
            day_counts = [per_day[d] for d in units]
        else:
            agg: dict[date, Counter[str]] = defaultdict(Counter)
            for slot, counts in self.hourly_country.items():
                agg[slot[0]].update(counts)
            day_counts = [agg[d] for d in units]
        rng = random.Random(BOOTSTRAP_SEED)
        hits = 0
        for _ in range(BOOTSTRAP_RESAMPLES):
            w = bootstrap_weights(len(units), rng)
            tally: Counter[str] = Counter()
            for wi, c in zip(w, day_counts):
                if wi:
                    for k, v in c.items():
                        tally[k] += wi * v
            if tally and tally.most_common(1)[0][0] == country:
                hits += 1
        agreement = hits / BOOTSTRAP_RESAMPLES
        ev_res = self.country_ev[country]
        ev = Evidence(items=list(ev_res.items), n_support=self.country_counts[country],
                      n_against=n_obs - self.country_counts[country])
        city = declared_city if (not self.declared_country or self.declared_country.most_common(1)[0][0] == country) \
            else None
        value: dict[str, Any] = {"country": country, "city": city, "lat": lat, "lon": lon, "share": round(share, 3),
                                 "basis": "nights" if used_nights else "all hours", "observations": n_obs,
                                 "countries": dict(self.country_counts.most_common())}
        where = f"{city}, {country}" if city else country
        return Finding(value=value, confidence=confidence_from_agreement(agreement),
                       confidence_basis=f"{agreement:.0%} of {BOOTSTRAP_RESAMPLES} seeded bootstrap resamples of "
                                        f"{len(units)} days give the same country",
                       evidence=ev, summary=f"You most likely live in {where} ({share:.0%} of "
                                            f"{'night' if used_nights else 'all'} logins).", **meta)

    def _work(self, ctx: Context) -> Finding:
        night: Counter[str] = Counter()
        day: Counter[str] = Counter()
        for slot, counts in self.hourly_prefix.items():
            ld, lh = self._local(ctx, slot)
            if lh >= 22 or lh < 6:
                night.update(counts)
            elif ld.weekday() < 5 and 10 <= lh < 16:
                day.update(counts)
        cnight: Counter[tuple[float, float]] = Counter()
        cday: Counter[tuple[float, float]] = Counter()
        for slot, counts in self.hourly_coord.items():
            ld, lh = self._local(ctx, slot)
            if lh >= 22 or lh < 6:
                cnight.update(counts)
            elif ld.weekday() < 5 and 10 <= lh < 16:
                cday.update(counts)
        meta = {
            "id": "work_location", "title": "Work location",
            "method": ("The most common network (/24 IPv4, /48 IPv6) or 0.01° geotag cell on weekdays 10–16 local "
                       "that differs from the night-time one."),
            "literature": literature.cards("work_location"),
            "caveats": ["A network is not an address; an office, a café and a mobile carrier look alike."],
        }
        home_net = night.most_common(1)[0][0] if night else None
        home_cell = cnight.most_common(1)[0][0] if cnight else None
        cand = [(p, c) for p, c in day.most_common() if p != home_net]
        ccand = [(p, c) for p, c in cday.most_common() if p != home_cell]
        total = sum(day.values())
        if (not cand or cand[0][1] < 5) and (not ccand or ccand[0][1] < 5):
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"{total} weekday-daytime network observations; no place other than "
                                            "the night-time one seen at least 5 times",
                           summary="No distinct weekday-daytime place.", **meta)
        value: dict[str, Any] = {"network": None, "country": None, "share": None, "lat": None, "lon": None}
        if cand and cand[0][1] >= 5:
            value.update(network=cand[0][0], country=self.prefix_country.get(cand[0][0]),
                         share=round(cand[0][1] / total, 3))
        if ccand and ccand[0][1] >= 5:
            value.update(lat=ccand[0][0][0], lon=ccand[0][0][1])
        share = value["share"] or 0
        conf = Confidence.MEDIUM if share >= 0.5 else Confidence.LOW
        return Finding(value=value, confidence=conf,
                       confidence_basis=f"the place holds {share:.0%} of weekday-daytime observations "
                                        "(≥ 50% → medium, else low)",
                       evidence=Evidence(n_support=cand[0][1] if cand else 0, n_against=total - (cand[0][1] if cand
                                                                                                   else 0)),
                       summary="A distinct network is used on weekday daytimes.", **meta)

    def _trips(self, ctx: Context, home: Finding) -> Finding:
        meta = {
            "id": "trips", "title": "Trips abroad",
            "method": ("Each local day takes the most common country of its IP and location observations; runs of "
                       f"days in a country other than home, merged across services when at most {TRIP_GAP_DAYS} "
                       "days apart with no home day between, are trips (start = first, end = last day seen)."),
            "literature": literature.cards("trips"),
            "caveats": ["Dates are the first and last day a record was seen abroad, so a trip can be longer.",
                        "VPN exits abroad look like trips."],
        }
        if home.value is None or not home.value.get("country"):
            return Finding(value=None, confidence=Confidence.INSUFFICIENT, confidence_basis="no home country",
                           summary="Trips need a home country.", **meta)
        home_cc = home.value["country"]
        per_day: dict[date, Counter[str]] = defaultdict(Counter)
        first_ev: dict[tuple[date, str], EvidenceItem] = {}
        for slot, counts in self.hourly_country.items():
            ld, _ = self._local(ctx, slot)
            per_day[ld].update(counts)
            for cc in counts:
                item = self.day_country_ev.get((slot[0], cc))
                if item is not None and (ld, cc) not in first_ev:
                    first_ev[(ld, cc)] = item
        trips: list[dict[str, Any]] = []
        current: dict[str, Any] | None = None
        for d in sorted(per_day):
            cc = per_day[d].most_common(1)[0][0]
            if cc == home_cc:
                current = None
                continue
            if current and current["country"] == cc and (d - date.fromisoformat(current["end"])).days \
                    <= TRIP_GAP_DAYS:
                current["end"] = d.isoformat()
                current["days_observed"] += 1
                current["observations"] += per_day[d][cc]
                current["_days"].append(d)
            else:
                current = {"country": cc, "start": d.isoformat(), "end": d.isoformat(), "days_observed": 1,
                           "observations": per_day[d][cc], "_days": [d]}
                trips.append(current)
        ev = Evidence()
        for trip in trips:
            for d in trip.pop("_days")[:2]:
                item = first_ev.get((d, trip["country"]))
                if item is not None and len(ev.items) < 10:
                    ev.items.append(item)
            ev.n_support += trip["observations"]
        ev.n_against = sum(c[home_cc] for c in per_day.values())
        singles = sum(1 for t in trips if t["days_observed"] < 2)
        if not trips:
            conf, basis = home.confidence, "no day abroad in the records; as confident as the home finding"
        elif singles:
            conf, basis = Confidence.LOW, f"{singles} trip(s) rest on a single observed day"
        else:
            conf = Confidence.MEDIUM if home.confidence != Confidence.HIGH else Confidence.HIGH
            basis = "every trip is seen on at least 2 days; capped by the home finding's confidence"
        listed = ", ".join(f"{t['country']} {t['start']}–{t['end']}" for t in trips[:5])
        summary = f"{len(trips)} trip(s) abroad: {listed}" if trips else "No trips abroad seen."
        return Finding(value=trips, confidence=conf, confidence_basis=basis, evidence=ev, summary=summary, **meta)

    def _devices(self) -> Finding:
        total = sum(self.os_counts.values())
        meta = {
            "id": "devices", "title": "Devices and operating systems",
            "method": "Shares of operating systems named in login user agents, X ad device info and tweet clients.",
            "literature": literature.cards("devices"),
            "caveats": ["Berg et al. 2020: iOS vs Android alone separates credit risk like a bureau percentile gap; "
                        "this is why lenders want it."],
        }
        if total < 3:
            return Finding(value=None, confidence=Confidence.INSUFFICIENT,
                           confidence_basis=f"{total} records name an operating system (need 3)",
                           summary="No device information.", **meta)
        primary, n = self.os_counts.most_common(1)[0]
        share = n / total
        value = {"primary_os": primary, "shares": {k: round(v / total, 3) for k, v in self.os_counts.most_common()},
                 "observations": total}
        conf = Confidence.HIGH if share >= 0.6 and total >= 20 else Confidence.MEDIUM if share >= 0.5 else \
            Confidence.LOW
        return Finding(value=value, confidence=conf,
                       confidence_basis=f"{primary} in {share:.0%} of {total} records (≥ 60% of ≥ 20 → high, "
                                        "≥ 50% → medium)",
                       evidence=Evidence(items=list(self.os_ev[primary].items), n_support=n, n_against=total - n),
                       summary=f"Mostly {primary} ({share:.0%}).", **meta)


def _country_attr(attrs: Any) -> str | None:
    for key in COUNTRY_KEYS:
        value = attrs.get(key)
        if isinstance(value, str) and len(value.strip()) == 2 and value.strip().isalpha():
            return value.strip().upper()
    return None


__all__ = ["PlaceAggregator", "ip_prefix", "os_family", "timedelta"]
