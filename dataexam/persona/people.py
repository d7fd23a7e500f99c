"""The planted person: who they are, where they live and travel, and when they are awake.

Everything is drawn from ``random.Random`` instances seeded from the persona seed and a stream
name, so each file's records can be regenerated identically (a tweet present in both X archives
is generated twice, never held in memory). Activity is planted in the person's *local* time and
converted to UTC with zoneinfo, so DST shifts the UTC hours exactly as it would for a real person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from . import ipblocks, texts

PERIOD_START = date(2019, 1, 1)
PERIOD_END = date(2024, 12, 31)


@dataclass(frozen=True)
class Home:
    country: str
    city: str
    lat: float
    lon: float
    zone: str
    second_language: str
    currency: str
    website: str
    alt_currency: str
    alt_website: str
    region: str
    postal: str
    trip_options: tuple[str, ...]


HOMES: tuple[Home, ...] = (
    Home("DE", "Berlin", 52.52, 13.405, "Europe/Berlin", "de", "EUR", "Amazon.de", "USD", "Amazon.com",
         "Berlin", "10435", ("PT", "IT", "GR", "FR", "NL", "TH")),
    Home("US", "New York", 40.7128, -74.006, "America/New_York", "es", "USD", "Amazon.com", "CAD", "Amazon.ca",
         "New York", "11215", ("MX", "CA", "GB", "JP", "FR", "IT")),
    Home("ES", "Madrid", 40.4168, -3.7038, "Europe/Madrid", "es", "EUR", "Amazon.es", "USD", "Amazon.com",
         "Comunidad de Madrid", "28004", ("PT", "FR", "IT", "GB", "MX", "NL")),
    Home("MX", "Mexico City", 19.4326, -99.1332, "America/Mexico_City", "es", "MXN", "Amazon.com.mx", "USD",
         "Amazon.com", "Ciudad de México", "06700", ("US", "ES", "CA", "FR", "JP")),
    Home("AT", "Vienna", 48.2082, 16.3738, "Europe/Vienna", "de", "EUR", "Amazon.de", "USD", "Amazon.com",
         "Wien", "1070", ("IT", "GR", "PT", "CH", "NL", "TH")),
)

CITIES: dict[str, tuple[str, float, float]] = {
    "PT": ("Lisbon", 38.7223, -9.1393), "IT": ("Rome", 41.9028, 12.4964), "GR": ("Athens", 37.9838, 23.7275),
    "FR": ("Paris", 48.8566, 2.3522), "NL": ("Amsterdam", 52.3676, 4.9041), "TH": ("Bangkok", 13.7563, 100.5018),
    "MX": ("Mexico City", 19.4326, -99.1332), "CA": ("Toronto", 43.6532, -79.3832),
    "GB": ("London", 51.5074, -0.1278), "JP": ("Tokyo", 35.6762, 139.6503), "US": ("New York", 40.7128, -74.006),
    "ES": ("Madrid", 40.4168, -3.7038), "CH": ("Zurich", 47.3769, 8.5417),
}

SLEEP_VARIANTS = (  # (weekday start, weekday end, weekend start, weekend end) in minutes after midnight
    (23 * 60 + 30, 7 * 60, 1 * 60 + 30, 9 * 60),
    (23 * 60, 6 * 60 + 30, 1 * 60, 8 * 60 + 30),
    (0, 7 * 60 + 30, 2 * 60, 10 * 60),
)
LIFE_EVENTS = ("pregnancy", "move", "new_pet")


@dataclass(frozen=True)
class Trip:
    country: str
    city: str
    lat: float
    lon: float
    start: date
    end: date

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Contact:
    name: str
    x_id: str
    weight: float


@dataclass
class Persona:
    """One fictional person and the planted schedule behind every generated record."""

    seed: int
    scale: float
    control: bool
    first: str
    last: str
    handle: str
    x_id: str
    email: str
    home: Home
    zone: ZoneInfo
    languages: dict[str, float]
    interests: tuple[str, ...]
    interest_weights: tuple[float, ...]
    noise: tuple[str, ...]
    life_event: str | None
    life_month: date | None
    low_mood: tuple[date, date] | None
    late_nights: tuple[date, ...]
    trips: tuple[Trip, ...]
    primary_os: str
    sleep: tuple[int, int, int, int]
    contacts: tuple[Contact, ...]
    religion_pages: int
    _late: frozenset[date] = field(default=frozenset(), repr=False)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def rng(self, stream: str) -> random.Random:
        """A private random stream: the same (seed, stream) always yields the same records."""
        return random.Random(f"dataexam-persona:{self.seed}:{int(self.control)}:{stream}")

    def count(self, rng: random.Random, per_day: float) -> int:
        """How many records of a stream fall on one day (mean ``per_day`` × scale, bursty)."""
        random_ = rng.random
        lam = per_day * self.scale * (0.3 + 1.4 * random_())
        n = int(lam)
        return n + 1 if random_() < lam - n else n

    # -- time ------------------------------------------------------------------------------
    def awake_bounds(self, day: date) -> tuple[int, int]:
        """Minutes after local midnight of ``day`` the person is awake (end may pass midnight)."""
        wd_start, wd_end, we_start, we_end = self.sleep
        wake = wd_end if day.weekday() < 5 else we_end
        tomorrow = day + timedelta(days=1)
        bed = wd_start if tomorrow.weekday() < 5 else we_start
        if bed < 12 * 60:
            bed += 24 * 60
        return wake, bed

    def when(self, rng: random.Random, day: date) -> datetime:
        """A UTC instant of activity on ``day``: awake hours in local time (control: uniform UTC)."""
        if self.control:
            start = datetime.combine(day, time(0), UTC)
            return start + timedelta(seconds=rng.randrange(86400), milliseconds=rng.randrange(1000))
        wake, bed = self.awake_bounds(day)
        wake += rng.randrange(0, 40)  # jitter only shortens the awake span, so the window stays empty
        bed -= rng.randrange(0, 40)
        weekday = day.weekday() < 5
        while True:
            minute = rng.randrange(wake, bed)
            local_hour = (minute // 60) % 24
            if weekday and 9 <= local_hour < 17 and minute < 24 * 60 and rng.random() > 0.08:
                continue  # working hours: little personal activity
            if local_hour < 18 and rng.random() > 0.7:
                continue  # evenings are busier than mornings
            break
        return self.local_to_utc(day, minute * 60 + rng.randrange(60)) + timedelta(milliseconds=rng.randrange(1000))

    def late_night_time(self, rng: random.Random, day: date) -> datetime:
        """Activity between 02:00 and 04:00 local on a planted late night."""
        return self.local_to_utc(day, 2 * 3600 + rng.randrange(2 * 3600))

    def local_to_utc(self, day: date, seconds: int) -> datetime:
        naive = datetime.combine(day, time(0)) + timedelta(seconds=seconds)
        return naive.replace(tzinfo=self.zone).astimezone(UTC)

    def is_late_night(self, day: date) -> bool:
        return day in self._late

    # -- place -----------------------------------------------------------------------------
    def trip_on(self, day: date) -> Trip | None:
        for trip in self.trips:
            if trip.covers(day):
                return trip
        return None

    def place_on(self, day: date) -> tuple[str, str, float, float]:
        trip = self.trip_on(day)
        if trip is not None:
            return trip.country, trip.city, trip.lat, trip.lon
        h = self.home
        return h.country, h.city, h.lat, h.lon

    def ip_on(self, rng: random.Random, day: date) -> str:
        """A login IP: home ISP (a new lease every ~quarter) or a mobile IP; trip country abroad."""
        if self.control:
            return ipblocks.random_ip(rng, ipblocks.random_country(rng))
        trip = self.trip_on(day)
        if trip is not None:
            return ipblocks.random_ip(random.Random(f"{self.seed}:trip-ip:{trip.start}:{rng.randrange(3)}"),
                                      trip.country)
        if rng.random() < 0.75:
            quarter = (day.year, (day.month - 1) // 3)
            return ipblocks.random_ip(random.Random(f"{self.seed}:home-ip:{quarter}"), self.home.country)
        return ipblocks.random_ip(rng, self.home.country)

    def os_for(self, rng: random.Random) -> str:
        if self.control:
            return rng.choice(("iOS", "Android", "desktop"))
        return self.primary_os if rng.random() < 0.8 else "desktop"

    # -- text ------------------------------------------------------------------------------
    def mood_on(self, day: date) -> str:
        if self.low_mood is not None and self.low_mood[0] <= day <= self.low_mood[1]:
            return "neg"
        return "pos"

    def topic(self, rng: random.Random, topical: float = 0.85) -> str | None:
        """A category for one text: planted interests (ranked), rarer noise, or none."""
        if rng.random() > topical:
            return None
        if self.control:
            return rng.choice(texts.INTEREST_POOL + texts.NOISE_POOL)
        if rng.random() < 0.8:
            return rng.choices(self.interests, weights=self.interest_weights)[0]
        return rng.choice(self.noise)

    def language(self, rng: random.Random) -> str:
        second = next(lang for lang in self.languages if lang != "en")
        return second if rng.random() < self.languages[second] else "en"

    def own_text(self, rng: random.Random, day: date, category: str | None) -> tuple[str, str]:
        """(text, language) of something the person wrote on ``day``."""
        mood = self.mood_on(day)
        if mood == "neg" and rng.random() < 0.85:
            return texts.own_text(rng, "en", category, "neg"), "en"
        lang = self.language(rng)
        return texts.own_text(rng, lang, category, "pos" if rng.random() < 0.6 else "neu"), lang


def build_persona(seed: int, scale: float = 1.0, control: bool = False) -> Persona:
    """The persona for ``seed``: home, zone, interests and life event differ from seed to seed."""
    rng = random.Random(f"dataexam-persona:{seed}:{int(control)}:identity")
    home = HOMES[(seed - 1) % len(HOMES)]
    firsts, lasts = texts.PEOPLE[home.country]
    first, last = rng.choice(firsts), rng.choice(lasts)
    ascii_first = first.encode("ascii", "ignore").decode().lower() or "user"
    handle = f"{ascii_first}_{last.encode('ascii', 'ignore').decode().lower()[:5]}{rng.randrange(10, 99)}"
    x_id = str(rng.randrange(10**8, 2 * 10**9))
    interests = tuple(rng.sample(texts.INTEREST_POOL, 3))
    noise = tuple(c for c in texts.NOISE_POOL if c not in interests)
    second = home.second_language
    share = round(rng.uniform(0.25, 0.35), 2)
    life_event = LIFE_EVENTS[(seed - 1 + seed // len(HOMES)) % len(LIFE_EVENTS)]
    life_month = date(rng.choice((2021, 2022, 2023)), rng.randrange(1, 13), 1)
    if life_month > date(2023, 6, 1):
        life_month = date(2023, 6, 1)
    mood_start = date(2021, 9, 6) + timedelta(weeks=rng.randrange(0, 100))
    low_mood = (mood_start, mood_start + timedelta(days=41))
    trips = _plan_trips(rng, home)
    late = set()
    while len(late) < 8:
        d = date(2020, 7, 1) + timedelta(days=rng.randrange((PERIOD_END - date(2020, 7, 1)).days))
        if any(t.covers(d) or t.covers(d - timedelta(days=1)) for t in trips):
            continue
        if low_mood[0] <= d <= low_mood[1] or _dst_change(ZoneInfo(home.zone), d):
            continue
        late.add(d)
    # top contacts: three clear leaders, then a tail
    people = set()
    all_firsts = [f for fs, _ in texts.PEOPLE.values() for f in fs]
    while len(people) < 9:
        pool_first = rng.choice(firsts) if rng.random() < 0.7 else rng.choice(all_firsts)
        candidate = f"{pool_first} {rng.choice(lasts)}"
        if candidate != f"{first} {last}" and not candidate.startswith(first + " "):
            people.add(candidate)
    names = sorted(people)
    rng.shuffle(names)
    weights = (0.3, 0.2, 0.13, 0.08, 0.07, 0.07, 0.06, 0.05, 0.04)
    if control:
        weights = tuple(1 / 9 for _ in range(9))
    contacts = tuple(Contact(n, str(rng.randrange(10**8, 2 * 10**9)), w) for n, w in zip(names, weights))
    persona = Persona(
        seed=seed, scale=scale, control=control, first=first, last=last, handle=handle, x_id=x_id,
        email=f"{ascii_first}.{last.encode('ascii', 'ignore').decode().lower()}@example.com", home=home,
        zone=ZoneInfo(home.zone), languages={"en": round(1 - share, 2), second: share},
        interests=interests, interest_weights=(0.5, 0.3, 0.2), noise=noise,
        life_event=None if control else life_event, life_month=None if control else life_month,
        low_mood=None if control else low_mood, late_nights=() if control else tuple(sorted(late)),
        trips=() if control else trips, primary_os=rng.choice(("iOS", "iOS", "Android")),
        sleep=SLEEP_VARIANTS[rng.randrange(len(SLEEP_VARIANTS))], contacts=contacts,
        religion_pages=0 if control else rng.choice((0, 2, 3)),
    )
    persona._late = frozenset(persona.late_nights)
    return persona


def _plan_trips(rng: random.Random, home: Home) -> tuple[Trip, ...]:
    # one trip while the 2019 X archive and the 2020 Facebook export were current, two later
    countries = rng.sample(home.trip_options, 3)
    starts = (date(2019, 8, 1) + timedelta(days=rng.randrange(70)),
              date(2021, 9, 1) + timedelta(days=rng.randrange(200)),
              date(2023, 8, 1) + timedelta(days=rng.randrange(300)))
    trips = []
    for cc, start in zip(countries, starts):
        city, lat, lon = CITIES[cc]
        trips.append(Trip(cc, city, lat, lon, start, start + timedelta(days=rng.randrange(5, 10))))
    return tuple(trips)


def _dst_change(zone: ZoneInfo, day: date) -> bool:
    a = datetime.combine(day, time(0), zone).utcoffset()
    b = datetime.combine(day + timedelta(days=1), time(0), zone).utcoffset()
    return a != b


def days(start: date, end: date):
    """Every date from ``start`` to ``end`` inclusive."""
    d = start
    one = timedelta(days=1)
    while d <= end:
        yield d
        d += one


def snowflake(moment: datetime, rng: random.Random) -> str:
    """An X id for an instant (X ids encode their creation time since 2010-11-04)."""
    ms = int(moment.timestamp() * 1000) - 1288834974657
    return str((ms << 22) | rng.randrange(1 << 22))


def sleep_summary(p: Persona) -> dict[str, object]:
    wd_start, wd_end, we_start, we_end = p.sleep

    def hhmm(minutes: int) -> str:
        return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"

    def mid(start: int, end: int) -> float:
        if start > end:
            start -= 24 * 60
        return ((start + end) / 2) / 60 % 24

    msf, msw = mid(we_start, we_end), mid(wd_start, wd_end)
    return {"weekday": {"start": hhmm(wd_start), "end": hhmm(wd_end)},
            "weekend": {"start": hhmm(we_start), "end": hhmm(we_end)},
            "msf_hours": round(msf, 2), "msw_hours": round(msw, 2), "social_jetlag_hours": round(abs(msf - msw), 2)}


def distinct_seconds(moments: list[datetime], *, millis: bool = False) -> list[datetime]:
    """The moments sorted, nudged so that no two share a whole second (or millisecond).

    Facebook stores seconds and X login times milliseconds, and record keys are built from them;
    at large scale two records of one stream could otherwise share a time and look like one.
    """
    out: list[datetime] = []
    last = None
    step = timedelta(milliseconds=1) if millis else timedelta(seconds=1)
    for moment in sorted(moments):
        whole = moment.replace(microsecond=moment.microsecond // 1000 * 1000 if millis else 0)
        if last is not None and whole <= last:
            whole = last + step
        out.append(whole)
        last = whole
    return out
