"""What the platforms say they inferred, set against what the data implies.

Facebook's ad interests and "other categories", X's personalization interests and demographics,
and Amazon's audiences are already profiling outputs inside the exports (inference.md §3.4). Each
declared item is mapped to dataexam's categories; agreement = share of mappable declared items
whose category is among the tool's derived interests.

Each platform's list keeps the export's order (its records' file, record and ``position`` attribute:
undated records reach the inference in their keys' order). A declared item in a GDPR Art. 9 special
category (``categories.special_category``: X's "Pregnancy", "Christianity", "Gay pride", Facebook's
"other categories" such as a political leaning) is, without ``--include-sensitive``, left out unsaid: not
named, not counted, no category, no withheld evidence item, and a list holding nothing else is not shown
(inference.md §4 "Art. 9 items are off by default"; the twenty-third pass's tester found them first in the
at-a-glance table, right under the banner saying sensitive findings are off; the twenty-seventh's, T27B L7,
found "1 more in special categories of data (health)" still telling which category was there, against the
report's "never whether one was found"). The caveat :data:`SPECIAL_NOTE` says so in every report without the
flag, whether or not any item was left out.

X's other statements in ``personalization.js`` (formats.md §2.4) are shown as they are, counted, with
bounded lists (the first :data:`TOP_N` in the file's order and the count): the TV shows X thinks the
person watches, the advertisers whose look-alike or tailored audiences include them (and those who
asked not to reach them), and ``numAudiences`` (``twitter_inferences``). The posts X kept after the
person deleted them (``deleted-tweets.js``) are counted (``twitter_deleted_posts``). X's inferred age
range is set against the age X holds (``ageinfo.js``), and a contradiction is said
(``demographic_remarks``: the twenty-fifth pass's tester found "28" beside "18-24" with no word).

Three more of the platforms' own statements are shown beside what the data implies (the twenty-ninth pass's first
tester, T29A):

* **X's ad targeting** (``twitter_ad_targeting``, M1): the ``matchedTargetingCriteria`` of ``ad-impressions.js`` and
  ``ad-engagements.js`` (Locations, Age, Gender, Interests, Keywords, Follower look-alikes, Languages, Platforms …:
  the criteria an advertiser chose and X matched to the person, so X's inference about them) — per targeting type the
  values, most ads first, the targeted locations and languages set against the home and languages findings. A value
  in a special category (an interest, keyword or tailored audience naming a religion, a health condition …) is, without
  ``--include-sensitive``, neither named nor counted, as the declared interests.
* **Facebook's inferred topics** (``facebook_topics``, M3): ``your_topics.json`` ``inferred_topics_v2`` ("topics
  determined by your activity on Facebook"), a list of its own beside ``facebook_interests`` (ads_interests …),
  checked against the derived interests the same way.
* **Facebook's login places** (``facebook_login_places``, L1): the city/region/country Facebook writes beside each
  login (``account_activity_v2``) and each session (``active_sessions_v2`` ``location``) — Facebook's own statement
  of where the logins were (its own IP geolocation, method not given), counted per place and set against the home
  finding. Since PLACES2 a login whose address the registry does not place (none, reserved, unlisted) is placed by
  Facebook's country for the home and trips (place.py, one place per login); a home resting mostly on those is said
  to be the platform's own word here, not an independent check.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from ..categories import declared_categories, is_sensitive, special_category, special_value
from ..events import Event
from ..wording import count_phrase
from . import gazetteer, literature
from .adonce import AdOnce
from .engine import Aggregator, Context
from .language import language_name
from .model import EVIDENCE_CAP, Confidence, Evidence, EvidenceItem, Finding, Reservoir
from .text import keywords_language_gap

DECLARED = {"facebook.declared_interest": "facebook_interests", "twitter.declared_interest": "twitter_interests",
            "amazon.declared_audience": "amazon_audiences", "twitter.declared_demographic": "twitter_demographics"}
CAP = 200
#: a value key's platform (its first word) → its name in sentences
_PLATFORM_NAMES = {"facebook": "Facebook", "twitter": "X", "amazon": "Amazon"}
# Declared items that are no interest the platform ascribes: Facebook's "other categories used to reach you"
# ("Frequent Travelers", "Away from hometown", "Technology early adopters": behaviours and demographics, never
# backed by an interest), and an X interest the person switched off (`isDisabled`: X keeps it, the person unticked
# it). Each is listed apart, outside the mappable and backed counts (the twenty-fifth pass's tester, T25A L5, M6).
APART = {"other_categories": "behaviour_categories", "switched_off": "switched_off"}
#: the category a declared "Travel" maps to, backed by the trips finding's trips abroad at medium or high (T27B M1:
#: Facebook's "Travel" was "not backed" beside 7 trips abroad at high: trips are no keyword record)
TRAVEL = "travel"
TOP_N = 10  # names shown per list of X's other inferences (the count is always given)
# X's other inferences in personalization.js: kind → value key (the audience advertisers by their attr list)
X_INFERENCES = {"twitter.show": "shows", "twitter.lookalike_advertiser": "lookalike_advertisers"}
_AUDIENCE_LISTS = {"advertisers": "audience_advertisers", "catalog": "catalog_audience_advertisers",
                   "do_not_reach": "do_not_reach_advertisers"}
#: a Facebook declared-interest list shown as a list of its own (the parser's ``list`` attr → the platforms key)
FACEBOOK_OWN_LISTS = {"your_topics": "facebook_topics"}
AD_KINDS = frozenset({"twitter.ad_impression", "twitter.ad_engagement"})
#: the advertiser lists of Facebook and Amazon (T33A M3, L4): value key → list → (one, many, what they did), in the
#: order said. Facebook's 2018–20 ``advertisers_who_uploaded_a_contact_list_with_your_information.json`` and the
#: ``has_data_file_custom_audience`` flag of 2021+ ``advertisers_using_your_activity_or_information.json`` (2024+: its
#: label "… uploaded or used a list to reach you") are one list, ``contact_list``; ``has_remarketing_custom_audience``
#: ("You may have interacted with their website, app or store") is ``remarketing``, ``has_in_person_store_visit``
#: ``store_visit``. Amazon's ``Advertising.AdvertiserClicks.csv`` ("Advertisers whose ads you clicked"),
#: ``Advertising.AdvertiserAudiences.csv`` ("Advertisers who brought audiences in which you are included") and
#: ``Advertising.3PAudiences.csv`` ("Audiences in which you are included via 3rd Parties"), formats.md §3.4.
ADVERTISER_WORDS: dict[str, dict[str, tuple[str, str, str]]] = {
    "facebook_advertisers": {
        "contact_list": ("advertiser uploaded", "advertisers uploaded", "a list holding your contact details"),
        "remarketing": ("advertiser retargets", "advertisers retarget", "you after you visited their site or app"),
        "store_visit": ("advertiser matched", "advertisers matched", "you from a store visit"),
        "using_your_activity": ("advertiser uses", "advertisers use", "your activity or information to reach you"),
        "interacted": ("advertiser", "advertisers", "whose ads you interacted with"),
        "ads_viewed": ("ad", "ads", "you viewed"),
    },
    "amazon_advertisers": {
        "ad_clicks": ("advertiser", "advertisers", "whose ads you clicked"),
        "audience_advertisers": ("advertiser brought", "advertisers brought", "an audience you are in"),
        "third_party_audiences": ("third-party audience", "third-party audiences", "you are in"),
    },
}
_ADVERTISER_OWNER = {"facebook_advertisers": "Facebook", "amazon_advertisers": "Amazon"}
#: each list in a few words, for the comparison table's one row ("Facebook: 3 uploaded your contact details")
ADVERTISER_SHORT = {"contact_list": "uploaded your contact details", "remarketing": "retarget your site or app visits",
                    "store_visit": "matched a store visit", "using_your_activity": "use your activity",
                    "interacted": "ads you interacted with", "ads_viewed": "ads you viewed",
                    "ad_clicks": "ads you clicked", "audience_advertisers": "brought an audience you are in",
                    "third_party_audiences": "third-party audiences"}
#: Amazon's audience files that name advertisers or third parties' audiences (the parser's ``list``), not Amazon's
#: own audiences: listed apart, never counted as declared interests (T33A L4)
_AMAZON_APART = {"advertiser": "audience_advertisers", "third-party": "third_party_audiences"}
#: the flags of a Facebook advertiser record → the list it also belongs to
_FACEBOOK_FLAGS = {"has_data_file_custom_audience": "contact_list", "has_remarketing_custom_audience": "remarketing",
                   "has_in_person_store_visit": "store_visit"}
MAX_TARGETING_VALUES = 2000  # distinct (type, value) pairs counted; past this only known pairs are counted
MAX_LOGIN_PLACES = 500  # distinct Facebook login places counted
_INFERENCE_WORDS = {"shows": ("TV show", "TV shows", "X thinks you watch"),
                    "lookalike_advertisers": ("advertiser", "advertisers", "put you in a look-alike audience"),
                    "audience_advertisers": ("advertiser", "advertisers", "put you in a tailored audience"),
                    "catalog_audience_advertisers": ("advertiser", "advertisers", "put you in a catalog audience"),
                    "do_not_reach_advertisers": ("advertiser", "advertisers", "chose not to reach you")}


def not_mappable_phrase(n: int) -> str:
    """The sentence for ``n`` declared interests no keyword category maps (``not_mappable``): their names may be in
    the account's language (Facebook writes topics in it: "Kaffee", "Strikking"), which the keyword map (English)
    does not hold, so whether a platform lists an interest the data implies is not known."""
    return (f"{n} declared interest{'s are' if n != 1 else ' is'} not mappable (in another language, or named by no "
            "keyword category), so whether a platform lists what the data implies is not known.")


class PlatformAggregator(Aggregator):
    """Collects declared interests, audiences and demographics (small lists by nature)."""

    name = "platform"
    kinds = frozenset(DECLARED) | frozenset(X_INFERENCES) | AD_KINDS | frozenset({
        "twitter.audience_advertiser", "twitter.audience_count", "twitter.deleted_tweet", "facebook.login",
        "facebook.advertiser", "amazon.ad_click"})

    def __init__(self) -> None:
        # per list: (place in the export, declared name, evidence item, APART key or ""), at most CAP (the earliest
        # in the export)
        self.items: dict[str, list[tuple[tuple[str, str, int, int], str, EvidenceItem, str]]] = defaultdict(list)
        self.demographics: list[dict[str, Any]] = []
        self.ev = Reservoir()
        # X's other inferences: list → {name: place in the export}, at most CAP names each; counts apart
        self.x_lists: dict[str, dict[str, tuple[str, str, int, int]]] = defaultdict(dict)
        # distinct names per list (bounded by CAP * 10) → the origin.archive that named it
        self.x_counts: dict[str, dict[str, str]] = defaultdict(dict)
        # Facebook's and Amazon's advertiser lists: (value key, list) → {name: place in the export}, as X's lists
        self.ad_lists: dict[tuple[str, str], dict[str, tuple[str, str, int, int]]] = defaultdict(dict)
        # (platform key, list) → name → the archive that lists it (the newest download's copy, the timeline keeps)
        self.ad_counts: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
        self.audiences: list[tuple[int, str]] = []  # (numAudiences, origin.archive) per export read
        self.demo_archives: list[str] = []  # origin.archive of each demographics entry
        # the platforms' statements of an older download (no longer what the platform says: _newest), for the value
        self.older: list[dict[str, Any]] = []
        # platform (facebook, twitter, amazon) → (the newest download's label, the older ones') where its lists were
        # read from the newest of several downloads (_newest): said in a caveat (M12)
        self.lists_from: dict[str, tuple[str, str]] = {}
        # platform → how many of its downloads, none dated (neither by name nor by a record), had their lists combined
        self.combined: dict[str, int] = {}
        self.deleted = 0
        self.deleted_first: str | None = None
        self.deleted_last: str | None = None
        self.deleted_with_time = 0  # of them, with the time of deletion (deleted_at)
        # X's ad targeting: (type, value) → ads matched on it; ads read with any criterion
        self.targeting: Counter[tuple[str, str]] = Counter()
        self.targeted_ads = 0
        self.ad_once = AdOnce()  # an engaged ad is in both X ad files: counted once
        # Facebook's login places: "city, region, country" as written → logins and sessions; those with a place
        self.login_places: Counter[str] = Counter()
        self.placed_logins = 0

    def consume(self, event: Event) -> None:
        if event.kind in AD_KINDS:
            if self.ad_once(event):
                self._targeting(event)
            return
        if event.kind == "facebook.login":
            place = login_place(event.attrs)
            if place:
                self.placed_logins += 1
                if place in self.login_places or len(self.login_places) < MAX_LOGIN_PLACES:
                    self.login_places[place] += 1
            return
        if event.kind == "twitter.deleted_tweet":
            self.deleted += 1
            if event.time is not None:
                day = event.time.date().isoformat()
                self.deleted_first = min(self.deleted_first or day, day)
                self.deleted_last = max(self.deleted_last or day, day)
            self.deleted_with_time += bool(event.attrs.get("deleted_at"))
            return
        if event.kind == "twitter.audience_count":
            count = event.attrs.get("count")
            if isinstance(count, int) and len(self.audiences) < CAP:
                self.audiences.append((count, event.origin.archive))
            return
        if event.kind in ("facebook.advertiser", "amazon.ad_click") or (
                event.kind == "amazon.declared_audience" and (event.attrs or {}).get("list") in _AMAZON_APART):
            self._advertiser(event)
            return
        if event.kind in X_INFERENCES or event.kind == "twitter.audience_advertiser":
            which = X_INFERENCES.get(event.kind) or _AUDIENCE_LISTS.get(str(event.attrs.get("list")))
            if which and event.text:
                o = event.origin
                position = event.attrs.get("position")
                place = (o.archive, o.member, o.index, position if isinstance(position, int) else 0)
                names = self.x_lists[which]
                if event.text in names or len(names) < CAP:
                    names[event.text] = min(names.get(event.text, place), place)
                if len(self.x_counts[which]) < CAP * 10:
                    self.x_counts[which].setdefault(event.text, event.origin.archive)
            return
        key = DECLARED[event.kind]
        if event.kind == "facebook.declared_interest":
            key = FACEBOOK_OWN_LISTS.get(str((event.attrs or {}).get("list")), key)
        if event.kind == "twitter.declared_demographic":
            if len(self.demographics) < CAP:
                entry = {"type": event.attrs.get("type"), "value": event.text
                         if event.text is not None else event.attrs.get("value")}
                # T28A L6: a language the person switched off (`isDisabled`) is no statement of X's about them,
                # and the gender the person typed (`genderOverride`) stands beside X's own guess: both said
                if event.attrs.get("is_disabled") is True:
                    entry["switched_off"] = True
                if isinstance(event.attrs.get("override"), str):
                    entry["override"] = event.attrs["override"]
                self.demographics.append(entry)
                self.demo_archives.append(event.origin.archive)
            self.ev.offer(event)
            return
        if event.text:
            o = event.origin
            attrs = event.attrs or {}
            position = attrs.get("position")
            apart = ("other_categories" if attrs.get("list") == "other_categories" else
                     "switched_off" if attrs.get("is_disabled") is True else "")
            rows = self.items[key]
            rows.append(((o.archive, o.member, o.index, position if isinstance(position, int) else 0),
                         event.text, EvidenceItem.of(event), apart))
            if len(rows) >= 2 * CAP:  # bounded: keep the CAP earliest in the export
                rows.sort(key=lambda r: r[0])
                del rows[CAP:]

    def _advertiser(self, event: Event) -> None:
        """One name of Facebook's or Amazon's advertiser lists (:data:`ADVERTISER_WORDS`) into each list it is on."""
        if not event.text:
            return
        attrs = event.attrs or {}
        if event.kind == "facebook.advertiser":
            key = "facebook_advertisers"
            lists = [str(attrs.get("list"))] + [name for flag, name in _FACEBOOK_FLAGS.items()
                                                if attrs.get(flag) is True]
        elif event.kind == "amazon.ad_click":
            key, lists = "amazon_advertisers", ["ad_clicks"]
        else:
            key, lists = "amazon_advertisers", [_AMAZON_APART[str(attrs.get("list"))]]
        o = event.origin
        position = attrs.get("position")
        place = (o.archive, o.member, o.index, position if isinstance(position, int) else 0)
        for which in dict.fromkeys(lists):
            if which not in ADVERTISER_WORDS[key]:
                continue
            names = self.ad_lists[(key, which)]
            if event.text in names or len(names) < CAP:
                names[event.text] = min(names.get(event.text, place), place)
            if len(self.ad_counts[(key, which)]) < CAP * 10:
                self.ad_counts[(key, which)].setdefault(event.text, o.archive)

    def _advertisers(self, ctx: Context, key: str) -> dict[str, Any] | None:
        """{contact_list|remarketing|…: {count, top[≤ TOP_N]}} of one platform's advertiser lists in the export's
        order, the lists in :data:`ADVERTISER_WORDS`' order; None without any. A name in a special category is,
        without ``include_sensitive``, neither named nor counted (as X's lists)."""
        out: dict[str, Any] = {}
        for which in ADVERTISER_WORDS[key]:
            names = self.ad_lists.get((key, which))
            if not names:
                continue
            ordered = sorted(names, key=lambda n: names[n])
            keep = [n for n in ordered if ctx.include_sensitive or not special_value(n)]
            counted = [n for n in self.ad_counts[(key, which)] if ctx.include_sensitive or not special_value(n)]
            if counted:
                out[which] = {"count": len(counted), "top": keep[:TOP_N]}
        return out or None

    def _targeting(self, event: Event) -> None:
        """Count one ad's matched targeting criteria (``attrs.targeting`` [{type, value}]), each pair once per ad."""
        criteria = (event.attrs or {}).get("targeting")
        pairs = set()
        for c in criteria if isinstance(criteria, list) else ():
            if not isinstance(c, dict):
                continue
            kind, value = c.get("type"), c.get("value")
            if isinstance(kind, str) and kind.strip():
                pairs.add((kind.strip(), str(value).strip() if value not in (None, "") else ""))
        if not pairs:
            return
        self.targeted_ads += 1
        for pair in pairs:
            if pair in self.targeting or len(self.targeting) < MAX_TARGETING_VALUES:
                self.targeting[pair] += 1

    def _newest(self, ctx: Context) -> None:
        """Keep each platform statement of the newest download holding it (:meth:`Context.newest_only`): a declared
        interest list, X's demographics and inference lists, Amazon's audiences are the platform's model on the
        download's day, so with two downloads "the platform says" is the newest's; an older download's values go
        to :attr:`older`, labelled with their download (T34A M3: "gender male … and gender female", "Paris and
        Lyon"). One download: nothing changes."""
        def split(archives: list[str], platform: str | None = None) -> tuple[set[str], set[str]]:
            newest, older = ctx.newest_only(dict.fromkeys(archives, 1))
            if platform and (undated := ctx.undated_downloads(newest)) > 1:  # none can be told newest: combined
                self.combined[platform] = max(undated, self.combined.get(platform, 0))
            if older and platform:  # which download each platform's lists are said from (M12)
                now = ctx.download_label(newest)
                self.lists_from[platform] = ("its newest download" if now == "an older download" else now,
                                             ctx.download_label(older))
            return newest, older

        for key, rows in list(self.items.items()):
            newest, older = split([r[0][0] for r in rows], key.split("_")[0])
            if older:
                gone = sorted((r for r in rows if r[0][0] in older), key=lambda r: r[0])
                self.older.append({"list": key, "download": ctx.download_label(older),
                                   "values": list(dict.fromkeys(r[1] for r in gone))[:CAP]})
                self.items[key] = [r for r in rows if r[0][0] in newest]
        if self.demographics:
            newest, older = split(self.demo_archives, "twitter")
            if older:
                self.older.append({"list": "twitter_demographics", "download": ctx.download_label(older),
                                   "values": [d for d, a in zip(self.demographics, self.demo_archives, strict=True)
                                              if a in older]})
                self.demographics = [d for d, a in zip(self.demographics, self.demo_archives, strict=True)
                                     if a in newest]
        for which, names in list(self.x_lists.items()):
            counts = self.x_counts.get(which, {})
            newest, older = split([*(p[0] for p in names.values()), *counts.values()], "twitter")
            if older:
                self.x_lists[which] = {n: p for n, p in names.items() if p[0] in newest}
                self.x_counts[which] = {n: a for n, a in counts.items() if a in newest}
        if self.audiences:
            newest, _older = split([a for _n, a in self.audiences])
            self.audiences = [(n, a) for n, a in self.audiences if a in newest]
        # Facebook's and Amazon's advertiser lists (advertisers with your contact list, Amazon's audience advertisers
        # and third-party audiences, ads clicked) are the state on the download's day too (M12 of the thirty-fifth
        # pass: two Amazon downloads' lists were unioned); an older download's names are said apart
        for (key, which), counts in list(self.ad_counts.items()):
            names = self.ad_lists.get((key, which), {})
            newest, older = split([*(p[0] for p in names.values()), *counts.values()], key.split("_")[0])
            if older:
                gone = sorted((p, n) for n, p in names.items() if p[0] in older)
                self.older.append({"list": f"{key}.{which}", "download": ctx.download_label(older),
                                   "values": [n for _p, n in gone][:CAP]})
                self.ad_lists[(key, which)] = {n: p for n, p in names.items() if p[0] in newest}
                self.ad_counts[(key, which)] = {n: a for n, a in counts.items() if a in newest}

    def finish(self, ctx: Context) -> list[Finding]:
        self._newest(ctx)
        interests = ctx.aggregators.get("interests")
        # like with like: the platforms' lists carry no dates (each is the platform's profile of the person as of the
        # export), so they are set against today's interests as the interests finding reads them — the recent
        # years' records where they reach further back (textrules.RECENT_YEARS) — and the years are said; reading
        # every year set a teenage era's gaming against an adult's current ad profile (note43, "Texts")
        derived, years = interests.compared_interests() if interests is not None else ([], None)  # type: ignore[attr-defined]
        top = set(derived[:10])
        if ctx.include_sensitive and interests is not None:
            # a declared special category the records show too (orders, page likes, groups: the sensitive-signal
            # inventory's counts, which hold no platform's declarations) is backed (T29C M1: "Diabetes care
            # shoppers" beside 23 diabetes orders, "Trade union" beside ver.di and IG Metall, said not backed)
            counts = getattr(interests, "counts", {})
            top |= {c for c, n in counts.items() if is_sensitive(c) and n > 0}
        trips = _trips_abroad(ctx)
        if trips:
            top.add(TRAVEL)
        # the texts the keyword lists cannot read (another language): a declared interest not found in the records
        # is then not checkable, not "not backed" (T27B M1: Facebook's "Gardening" beside 144 French garden posts)
        unread = _unread_texts(ctx)
        per_platform: dict[str, Any] = {}
        agree_total = mappable_total = unchecked_total = unmapped_total = 0
        declared_ev: list[EvidenceItem] = []
        apart_ev: list[EvidenceItem] = []  # of them, those listed apart (switched off, behaviour categories)
        for key, entries in sorted(self.items.items()):
            entries = sorted(entries, key=lambda r: r[0])[:CAP]  # the export's order
            rows = []
            apart: dict[str, list[dict[str, Any]]] = {}
            agree = mappable = unchecked = unmapped = 0
            for _, name, item, aside in entries:
                if not ctx.include_sensitive and special_category(name) is not None:
                    # left out unsaid: neither named, counted, categorised nor quoted as a withheld evidence item
                    # (T27B L7: "1 more in special categories of data (health)" told what it withheld)
                    continue
                declared_ev.append(item)
                # plural folded and the platforms' topic words ("Concerts", "Bread": T25A M4)
                cats = [c for c in declared_categories(name) if not is_sensitive(c) or ctx.include_sensitive]
                if aside:  # listed apart, never counted as mappable or backed
                    apart_ev.append(item)
                    apart.setdefault(APART[aside], []).append({"declared": name, "categories": cats})
                    continue
                match = sorted(top.intersection(cats))
                if cats and not match and unread is not None:  # its texts may be among those not read
                    unchecked += 1
                    rows.append({"declared": name, "categories": cats, "supported_by_data": None,
                                 "not_checkable": "texts unread"})
                    continue
                if cats:
                    mappable += 1
                    agree += bool(match)
                # an item no keyword category maps ("Board games", "Outdoor enthusiasts") was never checked: null,
                # not false — the records may well name it (the twenty-ninth pass's third tester, L4)
                row = {"declared": name, "categories": cats, "supported_by_data": bool(match) if cats else None}
                if not cats:
                    row["not_checked"] = "no keyword category maps it"
                    unmapped += 1
                if match == [TRAVEL] and trips and TRAVEL not in derived[:10]:
                    row["backed_by"] = f"{trips} trip{'s' if trips != 1 else ''} abroad (trips finding)"
                rows.append(row)
            if not rows and not apart and not ctx.include_sensitive:
                continue  # every item was special: the list is not shown, as if the export had none
            per_platform[key] = {"items": rows, "mappable": mappable, "agreeing": agree,
                                 "agreement": round(agree / mappable, 3) if mappable else None, **apart}
            if unchecked:
                per_platform[key]["not_checkable"] = unchecked
                unchecked_total += unchecked
            if unmapped:  # named in words the keyword map does not hold (the account's language: "Kaffee", T30A H2)
                per_platform[key]["not_mappable"] = unmapped
                unmapped_total += unmapped
            agree_total += agree
            mappable_total += mappable
        # "which no platform lists": no declared item of any list maps to it, those listed apart included (X still
        # holds an interest the person switched off)
        unclaimed = [c for c in derived[:10] if not any(
            c in row["categories"] for p in per_platform.values()
            for row in [*p["items"], *(r for a in APART.values() for r in p.get(a, []))])]
        meta = {
            "id": "platform_vs_derived", "title": "What the platforms say vs what the data implies",
            "method": ("Each declared interest or audience is mapped to dataexam's keyword categories (plurals "
                       "made singular, and the platforms' own topic words: 'Concerts' → music, 'Bread' → cooking); "
                       "it agrees when that category is among the tool's top-10 derived interests. Facebook's "
                       "'other categories' (behaviours and demographics such as 'Frequent Travelers') and X "
                       "interests you switched off are listed apart and not counted. The platforms' lists carry no "
                       "dates (each is the platform's profile of you when the export was made); they are checked "
                       "against today's interests as the interests finding reads them: the last 3 calendar years of "
                       "your records where they reach further back, and the years read are said. Demographics are "
                       "listed as declared; the tool derives none (no honest offline model; see literature)."),
            "literature": literature.cards("platform_vs_derived"),
            "caveats": ["Declared lists are the platforms' own outputs: the exports omit the models and scores "
                        "behind them (GDPR Art. 15(1)(h) asks for 'meaningful information about the logic')."],
        }
        if not ctx.include_sensitive:
            meta["caveats"].append(SPECIAL_NOTE)
        for platform, (now, before) in sorted(self.lists_from.items()):
            # the lists are the state on a download's day: said from which (M12: two Amazon downloads' were unioned)
            name = _PLATFORM_NAMES.get(platform, platform)
            meta["caveats"].append(f"{name}'s lists here are from {now}; what only {before} listed is no longer its "
                                   "statement (older_downloads).")
        for platform, n in sorted(self.combined.items()):
            # downloads that say no day (an Amazon download of audiences only: nothing in it is dated) cannot be
            # ordered: their lists are combined, so an entry the later one no longer lists may be counted
            name = _PLATFORM_NAMES.get(platform, platform)
            meta["caveats"].append(f"{name}'s lists here combine {n} downloads that carry no date (none in their "
                                   "names, no dated record): which is newer is unknown, so an entry the later one "
                                   "no longer lists may still be counted.")
        x_inferences = self._x_inferences(ctx)
        deleted = self._deleted()
        remarks = demographic_remarks(self.demographics)
        targeting = self._ad_targeting(ctx, top)
        login_places = self._login_places(ctx)
        advertisers = {key: self._advertisers(ctx, key) for key in ADVERTISER_WORDS}
        if not per_platform and not self.demographics and not x_inferences and not deleted and not targeting \
                and not login_places and not any(advertisers.values()):
            given = sorted(ctx.sources & {"facebook", "twitter", "amazon"})
            if not given:
                return [Finding(value=None, confidence=Confidence.INSUFFICIENT,
                                confidence_basis="no Facebook, X or Amazon export in the inputs",
                                summary="Not in the inputs: no Facebook, X or Amazon export.", **meta)]
            names = ", ".join({"facebook": "Facebook", "twitter": "X", "amazon": "Amazon"}[g] for g in given)
            return [Finding(value=None, confidence=Confidence.INSUFFICIENT,
                            confidence_basis=f"the exports given ({names}) contain no declared interests, audiences "
                                             "or demographics (those files may not have been requested)",
                            summary=f"No platform declarations in the {names} export(s) given.", **meta)]
        if unread is not None and unchecked_total:  # none such: nothing to say (T27D L1: "(0 such items)")
            meta["caveats"] = [*meta["caveats"], f"{unread['sentence'][0].upper()}{unread['sentence'][1:]}: a "
                               "declared interest not found in your records is not checkable, not 'not backed' "
                               f"({unchecked_total} such item{'s' if unchecked_total != 1 else ''})."]
        agreement = round(agree_total / mappable_total, 3) if mappable_total else None
        value = {"platforms": per_platform, "not_checkable": unchecked_total, "not_mappable": unmapped_total,
                 "unread_text_share": unread["other_share"] if unread is not None else None,
                 "demographics": self.demographics, "agreement": agreement,
                 "derived_not_declared": unclaimed, "derived_years": years, "demographic_remarks": remarks,
                 "twitter_inferences": x_inferences, "twitter_deleted_posts": deleted,
                 "twitter_ad_targeting": targeting, "facebook_login_places": login_places, **advertisers,
                 # what an older download of the same account had the platform say (no longer its statement: T34A M3)
                 "older_downloads": self._older_shown(ctx) or None}
        conf = Confidence.HIGH if mappable_total >= 5 else Confidence.MEDIUM if mappable_total else Confidence.LOW
        apart_notes = [note for k, p in sorted(per_platform.items()) for note in [apart_note(k, p)] if note]
        of_years = f" of {years}" if years else ""
        # a declared name the keyword map cannot read (Facebook writes its topics in the account's language:
        # "Kaffee", "Radfahren") may well be one of the derived interests: then no platform is said not to list them
        # (T30A H2: "which no platform lists" right under Facebook's "Kaffee, Radfahren, Fotografie, Fußball")
        unmapped_note = (f" {not_mappable_phrase(unmapped_total)}" if unmapped_total else "")
        summary = (f"{agree_total} of {mappable_total} mappable platform-declared interests are backed by your "
                   f"records{of_years}" + (f"; the data also implies {', '.join(unclaimed[:3])}"
                                           + (", which no platform lists." if not unmapped_total else
                                              ", which no mappable declared interest names.")
                                           if unclaimed else ".")) + unmapped_note + \
            (f" {unchecked_total} more {'are' if unchecked_total != 1 else 'is'} not checkable: {unread['sentence']}."
             if unchecked_total and unread is not None else "") + \
            "".join(f" {note}" for note in apart_notes)
        if not mappable_total and unchecked_total and unread is not None:  # nothing could be checked
            summary = (f"None of the {unchecked_total} platform-declared interest{'s' if unchecked_total != 1 else ''}"
                       f" could be checked against your records: {unread['sentence']}.") + \
                "".join(f" {note}" for note in apart_notes)
        if not mappable_total and not unchecked_total and unmapped_total:  # nothing could be mapped (T30A H2)
            summary = (f"None of the {unmapped_total} platform-declared interest{'s' if unmapped_total != 1 else ''} "
                       "maps to dataexam's keyword categories (in another language, or named by no keyword category): "
                       "whether your records back them is not known"
                       + (f", and whether a platform lists what the data implies ({', '.join(unclaimed[:3])}) "
                          "is not known either." if unclaimed else ".")) + "".join(f" {note}" for note in apart_notes)
        if not per_platform and not self.demographics:  # only X's other statements or its deleted posts
            summary = "No platform declares interests, audiences or demographics in the exports given."
        extra = [x_inferences_sentence(x_inferences), *(advertisers_sentence(k, a) for k, a in advertisers.items()),
                 deleted_sentence(deleted), *remarks, targeting_sentence(targeting),
                 login_places_sentence(login_places)]
        summary = " ".join([summary, *(e for e in extra if e)])
        # evidence: each list's entries in the export's order, those counted first, then the demographics — the
        # first example sits under the sentence about interests, so it is an interest (T28A L6: it was X's gender
        # record); an entry in a special category is quoted as withheld by the sensitive gate
        aside_ids = {id(item) for item in apart_ev}
        declared_ev.sort(key=lambda item: id(item) in aside_ids)
        basis = f"{mappable_total} declared items map to categories (≥ 5 → high)"
        if years:
            basis += (f"; the platforms' lists are undated (as of the export), your interests read from {years}")
        return [Finding(value=value, confidence=conf,
                        confidence_basis=basis,
                        evidence=Evidence(items=(declared_ev + list(self.ev.items))[:EVIDENCE_CAP],
                                          n_support=agree_total, n_against=mappable_total - agree_total),
                        platform_says={k: [r["declared"] for r in [*v["items"], *(
                            r for a in APART.values() for r in v.get(a, []))]] for k, v in per_platform.items()},
                        summary=summary, **meta)]


    def _ad_targeting(self, ctx: Context, derived: set[str]) -> dict[str, Any] | None:
        """{ads, types: {type: {count, top[{value, ads}] (≤ TOP_N, most ads first)}}, vs_home?, vs_languages?,
        vs_interests?, vs_age?} of X's matched ad targeting; None without any. Without ``include_sensitive`` a value
        (or a type) in a special category is neither named nor counted, and a type holding nothing else is not
        shown. ``derived``: the top derived interest categories (as the declared interests are checked)."""
        if not self.targeted_ads:
            return None
        per_type: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for (kind, value), n in self.targeting.items():
            # a look-alike's @handle is read as its words too (T29D N6: @PlannedParenthood was named)
            if not ctx.include_sensitive and (special_value(value) or special_category(kind)):
                continue
            per_type[kind].append((value, n))
        if not per_type:
            return None
        types = {}
        for kind in sorted(per_type, key=lambda k: (-sum(n for _v, n in per_type[k]), k)):
            ranked = sorted(per_type[kind], key=lambda vn: (-vn[1], vn[0]))
            types[kind] = {"count": len(ranked), "top": [{"value": v, "ads": n} for v, n in ranked[:TOP_N]]}
        out: dict[str, Any] = {"ads": self.targeted_ads, "types": types}
        home = _home(ctx)
        places = [t["value"] for k, e in types.items() if k.casefold() in ("locations", "location")
                  for t in e["top"] if t["value"]]
        if home and places:
            out["vs_home"] = {"targeted": places[:TOP_N], "home": home, "home_basis": _home_basis(ctx),
                              "agrees": any(_place_meets(p, home) for p in places)}
        langs = _languages(ctx)
        targeted_langs = [t["value"] for k, e in types.items() if k.casefold() in ("languages", "language")
                          for t in e["top"] if t["value"]]
        if langs and targeted_langs:
            out["vs_languages"] = {"targeted": targeted_langs[:TOP_N], "derived": langs,
                                   "agrees": any(lang.casefold() in {x.casefold() for x in langs}
                                                 for lang in targeted_langs)}
        # interests and keywords: mapped to categories as the declared interests are, backed when among the derived
        mapped = [cats for k, e in per_type.items() if k.casefold() in _TARGETED_TOPICS for v, _n in e
                  for cats in [[c for c in declared_categories(v) if not is_sensitive(c) or ctx.include_sensitive]]
                  if cats]
        if mapped:
            out["vs_interests"] = {"mappable": len(mapped), "backed": sum(bool(derived.intersection(c))
                                                                          for c in mapped)}
        # age: the targeted ranges set against the age X holds or infers (ageinfo.js, personalization.js)
        held = [(d.get("value"), _age_span(d.get("value"))) for d in self.demographics
                if d.get("type") in ("age", "inferred_age")]
        held = [(text, span) for text, span in held if span is not None]
        ages = [v for k, e in per_type.items() if k.casefold() == "age" for v, _n in e if _age_span(v) is not None]
        if held and ages:
            out["vs_age"] = {"targeted": ages[:TOP_N], "x_holds": [str(t) for t, _s in held],
                             "agrees": any(a[0] <= h[1] and h[0] <= a[1] for v in ages for a in [_age_span(v)]
                                           if a is not None for _t, h in held)}
        return out

    def _login_places(self, ctx: Context) -> dict[str, Any] | None:
        """{logins, places[{place, logins}] (≤ TOP_N, most first), vs_home?} of the places Facebook writes beside
        logins and sessions; None without any."""
        if not self.placed_logins:
            return None
        ranked = sorted(self.login_places.items(), key=lambda pn: (-pn[1], pn[0]))
        out: dict[str, Any] = {"logins": self.placed_logins, "distinct": len(ranked),
                               "places": [{"place": p, "logins": n} for p, n in ranked[:TOP_N]]}
        home = _home(ctx)
        if home:
            out["vs_home"] = {"home": home, "home_basis": _home_basis(ctx), "agrees": _place_meets(ranked[0][0], home)}
        return out

    def _x_inferences(self, ctx: Context) -> dict[str, Any] | None:
        """{shows|lookalike_advertisers|audience_advertisers|…: {count, top[≤ TOP_N]}, audiences:
        int}, the lists in the export's order; None when X states none of these. A name in a special category is,
        without ``include_sensitive``, neither named nor counted (as the declared interests)."""
        out: dict[str, Any] = {}
        for which in (*X_INFERENCES.values(), *_AUDIENCE_LISTS.values()):
            names = self.x_lists.get(which)
            if names:
                ordered = sorted(names, key=lambda n: names[n])
                # without the flag a name in a special category is left out of the list and of its count alike,
                # unsaid (a count beyond the names shown would tell that one was withheld: T27B L7)
                keep = [n for n in ordered if ctx.include_sensitive or not special_value(n)]
                counted = [n for n in self.x_counts[which] if ctx.include_sensitive or not special_value(n)]
                if counted:
                    out[which] = {"count": len(counted), "top": keep[:TOP_N]}
        if self.audiences:
            out["audiences"] = max(n for n, _a in self.audiences)  # the newest download's (_newest)
        return out or None

    def _older_shown(self, ctx: Context) -> list[dict[str, Any]]:
        """:attr:`older` without a name in a special category unless ``include_sensitive`` (as the lists shown)."""
        out = []
        for entry in self.older:
            values = [v for v in entry["values"] if ctx.include_sensitive or isinstance(v, dict)
                      or special_category(str(v)) is None]
            if values:
                out.append({**entry, "values": values})
        return out

    def _deleted(self) -> dict[str, Any] | None:
        """{count, first, last, with_deletion_time} of the posts X kept after the person deleted them."""
        if not self.deleted:
            return None
        return {"count": self.deleted, "first": self.deleted_first, "last": self.deleted_last,
                "with_deletion_time": self.deleted_with_time}


def login_place(attrs: Any) -> str | None:
    """The place Facebook writes beside a login: "Lisbon, Lisbon, PT" from ``city``/``region``/``country``
    (``account_activity_v2``), else ``location`` ("Lisbon, Portugal", ``active_sessions_v2``); a region equal to
    the city is said once; None without any."""
    if not isinstance(attrs, dict):
        return None
    parts: list[str] = []
    for key in ("city", "region", "country"):
        value = attrs.get(key)
        if isinstance(value, str) and value.strip() and value.strip() not in parts:
            parts.append(value.strip())
    if parts:
        return ", ".join(parts)
    location = attrs.get("location")
    return location.strip() if isinstance(location, str) and location.strip() else None


def _home(ctx: Context) -> dict[str, str] | None:
    """{city?, country?} of the home finding (finished before this one) at low confidence or better; None
    otherwise."""
    f = ctx.findings.get("home")
    if f is None or f.confidence == Confidence.INSUFFICIENT or not isinstance(f.value, dict):
        return None
    out = {k: str(f.value[k]) for k in ("city", "country") if f.value.get(k)}
    return out or None


def _home_basis(ctx: Context) -> str | None:
    """The home finding's ``basis`` ("nights", "platform declaration" …): a home taken from the platform's own
    declaration is no check of the platform's other statements, and is said so."""
    f = ctx.findings.get("home")
    basis = f.value.get("basis") if f is not None and isinstance(f.value, dict) else None
    if not basis and f is not None and "declaration" in (f.confidence_basis or ""):
        basis = "platform declaration"  # too few IP observations: the home finding's value names no basis
    elif f is not None and isinstance(f.value, dict) and basis != "shipping addresses" \
            and 2 * int(f.value.get("facebook_placed") or 0) >= int(f.value.get("observations") or 0) > 0:
        # the logins that place the home are mostly placed by Facebook itself (no registry country for their
        # addresses): comparing its login places with that home checks Facebook against Facebook
        basis = "platform declaration"
    return str(basis) if basis else None


def _place_meets(place: str, home: dict[str, str]) -> bool:
    """Whether a place a platform names ("Phoenix", "Arizona, US", "Lisbon, Lisbon, PT", "Germany", "Lisbon,
    Portugal") names the home's city or country (whole comma-separated parts, any case). The country part (the last)
    is read by its code whether written as one or as a name, in English or the platform's UI language
    (:func:`gazetteer.country_code`: "Germany", "Deutschland", "Alemania" are DE: T32A M1, X's whole-country
    Locations and Facebook's "Lisbon, Portugal" sessions were "not your home (Germany)"); a city part meets the
    home's city in any of its spellings GeoNames knows ("Lisbon" and "Lisboa" are one town). A place whose later
    parts name another country only — by its name or code, or by a US state's, a Canadian province's or an
    Australian state's name or letters (:func:`gazetteer.place_countries`) — is not the home whatever its town is
    called (T32B L7: "Birmingham, Alabama, United States", "London, Ontario", "Paris, Texas", "Perth, Scotland" met
    homes in Birmingham GB, London GB, Paris FR and Perth AU by the town's name alone). Two letters after a town that
    the one reading of a written place (:func:`gazetteer.written_country`) does not take for its country are a
    region's, never the home's country ("Mumbai, MH" meets a home in Mumbai, India, not one in the Marshall Islands;
    "Ho Chi Minh City, SG" no home in Singapore: WORD61, T57D 1), and a tail that is one of the home country's own
    ISO 3166-2 regions, after a town of that country, names no other country ("Chennai, TN" is Tamil Nadu's for a
    home in India, though TN is Tennessee's letters too). A town and two letters the one reading leaves without a
    country meet the home where the town is a GeoNames town of the home's country (≥ 500 people) and, for a home
    without a town, the letters are that country's own or one of its ISO 3166-2 regions' ("Mumbai, MH", "Panaji, GA"
    in India, "Munich, BY" in Germany, "Belo Horizonte, MG" in Brazil, "Catania, CT" in Italy; "Salem, IN" in the
    United States and in India alike), for a home with a town, the town is the home's ("Monterrey, NL" for a home in
    Monterrey, Mexico — Nuevo León's ISO letters are NLE): WORD62, T58D ("… Mumbai, MH — not your home (India)").
    Parts are read as :func:`gazetteer.clean_part` reads them (a zero-width space inside a town's name)."""
    parts = [p for p in (gazetteer.clean_part(x) for x in place.split(",")) if p]
    if not parts:
        return False
    country = (home.get("country") or "").upper()
    named = gazetteer.place_countries(parts)
    last = parts[-1].upper() if len(parts) > 1 else ""
    reading = gazetteer.written_country(tuple(parts)) if last else None
    if reading is None and len(parts) == 2 and len(country) == 2 and _region_of_home(parts[0], last, home):
        return True
    if len(last) == 2 and last.isalpha() and reading != last and (
            reading is not None or named == {last} or (len(parts) == 2 and _listed_elsewhere(parts[0], named))):
        # two letters after a town that the one reading does not take for its country: another country's state
        # ("Los Angeles, CA": the United States', never a home in Canada) or a region ("Mumbai, MH": no home in the
        # Marshall Islands; "Chennai, TN" none in Tunisia, "Dehradun, UK" none in the United Kingdom, WORD62); their
        # letters never meet the home's country code as written
        named, parts = (frozenset({reading}) if reading else frozenset()), parts[:-1]
    elif named and len(country) == 2 and country not in named and len(parts) > 1 \
            and gazetteer.is_subdivision(country, parts[-1]) and gazetteer.town(parts[0], country) is not None:
        named = frozenset()  # the home country's own region after one of its towns ("Chennai, TN" in India)
    if named and len(country) == 2 and country not in named:
        return False
    folded = {p.casefold() for p in parts}
    if any(v.casefold() in folded for v in home.values()):
        return True
    if len(country) == 2 and gazetteer.country_code(parts[-1]) == country:
        return True
    if len(country) == 2 and not home.get("city") and reading == country:
        return True  # a home without a town met by a place of its country ("Los Angeles, CA" in the United States)
    city = home.get("city")
    if city and len(country) == 2:
        own = gazetteer.town(city, country)
        if own is not None:
            return any(gazetteer.town(p, country) == own for p in parts)
        key = gazetteer.fold_town(city)
        return any(gazetteer.fold_town(p) == key for p in parts)
    return False


def _listed_elsewhere(town_name: str, named: frozenset[str]) -> bool:
    """Whether GeoNames lists towns called ``town_name`` (≥ 5,000 people: :func:`gazetteer.city_zones`) and none in the
    countries ``named`` ("Chennai" and {TN, US}; "Dehradun" and {GB})."""
    zones = {c for c, _a, _z in gazetteer.city_zones(town_name)}
    return bool(zones) and not zones & named


def _region_of_home(town_name: str, letters: str, home: dict[str, str]) -> bool:
    """Whether a written "town, XX" the one reading leaves without a country (:func:`gazetteer.written_country`) is in
    the home's country (two capital letters): GeoNames has a town so called there (≥ 5,000 people, by its own or an
    alternate name: :func:`gazetteer.city_zones`, :func:`gazetteer.town`; else a place of ≥ 500:
    :func:`gazetteer.small_town`) and it is the home's own town, or, for a home without a town, the letters are that
    country's code or one of its regions' (:func:`gazetteer.region_code`: ISO 3166-2's, India's former OR, TG…,
    Mexico's written BC, QR…: WORD63)."""
    country = str(home.get("country") or "").upper()
    if not (any(c == country for c, _a, _z in gazetteer.city_zones(town_name))
            or gazetteer.town(town_name, country) is not None
            or gazetteer.small_town(town_name, country) is not None):
        return False
    city = home.get("city")
    if not city:
        return letters == country or gazetteer.region_code(country, letters)  # "Bhubaneswar, OR", "Tijuana, BC"
    if gazetteer.fold_town(town_name) == gazetteer.fold_town(city):
        return True
    own = gazetteer.town(town_name, country)
    return own is not None and own == gazetteer.town(city, country)


def _languages(ctx: Context) -> list[str]:
    """The languages finding's languages of ≥ 5 % (English names), largest first; [] without it."""
    f = ctx.findings.get("languages")
    if f is None or not isinstance(f.value, dict):
        return []
    shares = f.value.get("shares") or {}
    return [language_name(k) for k, v in sorted(shares.items(), key=lambda kv: -kv[1])
            if isinstance(v, (int, float)) and v >= 0.05]


def targeting_sentence(t: dict[str, Any] | None) -> str:
    """"X's ad targeting matched you (7 ads) on Locations: Phoenix, Arizona, US; Age: 25 to 34." (with how the
    targeted place and languages meet the home and languages findings); ``""`` without any."""
    if not t or not t.get("types"):
        return ""
    parts = []
    for kind, entry in t["types"].items():
        values = [str(v["value"]) for v in entry["top"] if v.get("value")]
        more = entry["count"] - len(values)
        parts.append(f"{kind}: {_names(values, 5)}" + (f" and {more} more" if more > 0 and len(values) > 5 else "")
                     if values else kind)
    out = f"X's ad targeting matched you ({count_phrase(t['ads'], 'ad')}) on " + "; ".join(parts) + "."
    vs = t.get("vs_home")
    if isinstance(vs, dict):
        home = _home_words(vs["home"]) + _basis_note(vs)
        out += (f" Its targeted places include your home ({home})." if vs.get("agrees") else
                f" Its targeted places ({_names(vs['targeted'], 3)}) are not your home ({home}).")
    vl = t.get("vs_languages")
    if isinstance(vl, dict) and not vl.get("agrees"):
        out += f" Its targeted languages ({_names(vl['targeted'], 3)}) are not those you write in."
    va = t.get("vs_age")
    if isinstance(va, dict) and not va.get("agrees"):
        out += (f" Its targeted age ({_names(va['targeted'], 3)}) is not the age X holds for you "
                f"({_names(va['x_holds'], 2)}).")
    vi = t.get("vs_interests")
    if isinstance(vi, dict) and vi.get("mappable"):
        targeted = count_phrase(vi["mappable"], "targeted interest or keyword", "targeted interests or keywords")
        out += f" {vi['backed']} of its {targeted} that map to a category are backed by your records."
    return out


def place_words(place: str, country: str | None = None) -> str:
    """A place as a reader says it: a two-letter country code as its last comma-separated part named in CLDR English
    (:func:`.gazetteer.country_display`: "Lisbon, PT" → "Lisbon, Portugal", "Kowloon, HK" → "Kowloon, Hong Kong")
    where those letters are the place's country — by the record's own ``country`` field
    (:func:`.gazetteer.code_is_country`), else by the one reading of a written place
    (:func:`.gazetteer.written_country`: a town and a region before them, a GeoNames town of that country, a small
    town GeoNames does not list: "Vila Nova de Cerveira, PT" → "…, Portugal"; WORD61) —; a city state's town says its
    country once ("Hong Kong, HK" → "Hong Kong", not "Hong Kong, Hong Kong"); other parts as written, a state's
    letters before the country too ("Springfield, IL, US" → "Springfield, IL, United States", not Israel's name), and
    a US state's, Canadian province's or Australian state's letters after a town as written (WORD60, T57B M1: "Los
    Angeles, CA" had been "Los Angeles, Canada", "Atlanta, GA" "Atlanta, Gabon"), a region's too ("Mumbai, MH"); a
    country alone with its article ("NL" → "the Netherlands")."""
    parts = [p for p in (part.strip() for part in place.split(",")) if p]
    if parts and len(parts[-1]) == 2 and parts[-1].isupper():
        if len(parts) == 1:
            parts[-1] = gazetteer.country_in_text(parts[-1])
        elif gazetteer.code_is_country(parts, country) if country or len(parts) > 2 \
                else gazetteer.written_country(tuple(parts)) == parts[-1]:
            parts[-2:] = [gazetteer.town_and_country(parts[-2], parts[-1])]
    return ", ".join(dict.fromkeys(parts))


def _home_words(home: dict[str, str]) -> str:
    """The home finding's {city?, country?} as :func:`place_words` says it, its country field its country."""
    return place_words(", ".join(home.values()), home.get("country"))


def _basis_note(vs: dict[str, Any]) -> str:
    """"; itself from the platform's declaration" where the home finding rests on a platform's declaration."""
    return "; itself from a platform's declaration" if vs.get("home_basis") == "platform declaration" else ""


def login_places_sentence(p: dict[str, Any] | None) -> str:
    """"Facebook places 30 logins in Lisbon, PT." (and whether that is the home); ``""`` without any."""
    if not p or not p.get("places"):
        return ""
    top = p["places"][0]
    n = p["logins"]
    out = (f"Facebook's login records name a place for {count_phrase(n, 'login')}, most often "
           f"{place_words(top['place'])} ({top['logins']:,})")
    if p.get("distinct", 1) > 1:
        out += f", {p['distinct']} places in all"
    vs = p.get("vs_home")
    if isinstance(vs, dict):
        home = _home_words(vs["home"]) + _basis_note(vs)
        out += f" — {'your home' if vs.get('agrees') else 'not your home'} ({home})"
    return out + "."


def _trips_abroad(ctx: Context) -> int:
    """Trips abroad the trips finding (finished before this one) lists at medium or high confidence; 0 otherwise."""
    f = ctx.findings.get("trips")
    if f is None or f.confidence not in (Confidence.HIGH, Confidence.MEDIUM) or not isinstance(f.value, list):
        return 0
    return len(f.value)


def _unread_texts(ctx: Context) -> dict[str, Any] | None:
    """:func:`.text.keywords_language_gap` of the languages finding (finished before this one): what share of the
    person's texts the English keyword lists cannot read; None under its threshold or without the finding."""
    f = ctx.findings.get("languages")
    if f is None or not isinstance(f.value, dict):
        return None
    return keywords_language_gap(dict(f.value.get("shares") or {}), int(f.value.get("texts_sampled") or 0))


def x_inferences_sentence(x: dict[str, Any] | None) -> str:
    """"X also says 2 TV shows X thinks you watch (Skam, Exit); 1 advertiser put you in a look-alike audience
    (@OutdoorShop); you are in 3 tailored audiences." — ``""`` without any."""
    if not x:
        return ""
    parts = []
    for which, (one, many, what) in _INFERENCE_WORDS.items():
        entry = x.get(which)
        if isinstance(entry, dict) and entry.get("count"):
            n = entry["count"]
            top = entry.get("top") or []
            names = ", ".join(top) + (f" and {n - len(top)} more" if n > len(top) and top else "")
            parts.append(f"{n} {one if n == 1 else many} {what}" + (f" ({names})" if names else ""))
    if isinstance(x.get("audiences"), int):
        n = x["audiences"]
        parts.append(f"you are in {n} tailored audience{'' if n == 1 else 's'} of advertisers" if n
                     else "you are in no tailored audience of advertisers (numAudiences 0)")
    return ("X's personalization file also lists: " + "; ".join(parts) + ".") if parts else ""


def advertiser_lines(key: str, a: dict[str, Any] | None, limit: int = TOP_N) -> list[str]:
    """One phrase per advertiser list of ``facebook_advertisers`` / ``amazon_advertisers`` (:data:`ADVERTISER_WORDS`):
    "2 advertisers uploaded a list holding your contact details (Nordsee Reisen GmbH, Fahrradhaus Elbe)", at most
    ``limit`` names each ("and 4 more"); ``[]`` without any."""
    if not isinstance(a, dict):
        return []
    out = []
    for which, (one, many, what) in ADVERTISER_WORDS.get(key, {}).items():
        entry = a.get(which)
        if isinstance(entry, dict) and entry.get("count"):
            n = entry["count"]
            top = [str(t) for t in entry.get("top") or []][:limit]
            names = ", ".join(top) + (f" and {n - len(top):,} more" if n > len(top) and top else "")
            out.append(f"{n:,} {one if n == 1 else many} {what}" + (f" ({names})" if names else ""))
    return out


def advertisers_counts(v: dict[str, Any] | None) -> str:
    """The comparison table's row of ``platform_vs_derived``'s advertiser lists, counts only: "Facebook: 3 uploaded
    your contact details, 7 ads you interacted with; Amazon: 2 ads you clicked"; ``""`` without any."""
    if not isinstance(v, dict):
        return ""
    parts = []
    for key, owner in _ADVERTISER_OWNER.items():
        a = v.get(key)
        counts = [f"{a[w]['count']:,} {ADVERTISER_SHORT[w]}" for w in ADVERTISER_WORDS[key]
                  if isinstance(a, dict) and isinstance(a.get(w), dict) and a[w].get("count")]
        if counts:
            parts.append(f"{owner}: {', '.join(counts)}")
    return "; ".join(parts)


def advertisers_sentence(key: str, a: dict[str, Any] | None) -> str:
    """"Facebook's advertiser lists: 1 advertiser uploaded a list holding your contact details (Nordsee Reisen
    GmbH); 1 advertiser retargets you after you visited their site or app (Yoga Studio Altona)." — ``""`` without
    any (T33A M3: these lists were read and never shown)."""
    lines = advertiser_lines(key, a)
    return f"{_ADVERTISER_OWNER.get(key, 'The platform')}'s advertiser lists: {'; '.join(lines)}." if lines else ""


def deleted_sentence(d: dict[str, Any] | None) -> str:
    """"X kept 3 posts you deleted (deleted-tweets.js, 2023-01-02 to 2024-05-06)." — ``""`` without any."""
    if not d or not d.get("count"):
        return ""
    n = d["count"]
    span = ""
    if d.get("first") and d.get("last"):
        span = f", posted {d['first']}" + (f" to {d['last']}" if d["last"] != d["first"] else "")
    return f"X kept {n} post{'' if n == 1 else 's'} you deleted (deleted-tweets.js{span})."


#: X targeting types whose values are topics (mapped to categories like the declared interests)
_TARGETED_TOPICS = frozenset({"interests", "keywords", "conversation topics", "movies and tv shows", "events"})
# "18-24", "25 to 34" (X's ad targeting), "13–54"
_AGE_RANGE = re.compile(r"^\s*(\d{1,3})\s*(?:[-–]|to)\s*(\d{1,3})\s*$")
_AGE = re.compile(r"^\s*(\d{1,3})\s*$")


def _age_span(value: Any) -> tuple[int, int] | None:
    """"18-24" → (18, 24); "28" → (28, 28); "13-54+"-like or other text → None."""
    text = str(value) if value is not None else ""
    m = _AGE_RANGE.match(text)
    if m:
        low, high = int(m.group(1)), int(m.group(2))
        return (low, high) if low <= high else None
    m = _AGE.match(text)
    return (int(m.group(1)), int(m.group(1))) if m else None


def demographic_remarks(demographics: list[dict[str, Any]], quote: bool = True) -> list[str]:
    """Sentences where X's statements about the person contradict each other: an inferred age range
    (``personalization.js``/``ageinfo.js`` ``inferredAgeInfo``) that does not hold the age or age range X keeps in
    ``ageinfo.js`` ``ageInfo`` (from a birth date the person gave, or X's own estimate). Ranges that overlap are
    no contradiction ("13-54" beside "28"). ``[]`` when nothing contradicts. ``quote=False`` says the same without
    the ages (a ``--redact`` report lists no demographic value: T33A H1)."""
    ages = [(d.get("value"), _age_span(d.get("value"))) for d in demographics if d.get("type") == "age"]
    inferred = [(d.get("value"), _age_span(d.get("value"))) for d in demographics if d.get("type") == "inferred_age"]
    out = []
    for age_text, age in ages:
        for inf_text, span in inferred:
            if age is None or span is None or (age[0] <= span[1] and span[0] <= age[1]):
                continue
            out.append(f"X's inferred age range {inf_text} contradicts the age X holds for you ({age_text}, "
                       "ageinfo.js)." if quote else
                       "X's inferred age range contradicts the age X holds for you (ageinfo.js).")
    return list(dict.fromkeys(out))


def apart_note(key: str, p: dict[str, Any]) -> str:
    """The sentence naming a list's items set apart (:data:`APART`): "You switched off X's interest in
    Cryptocurrencies (X keeps it)." / "Facebook's 3 behaviour and demographic categories (Frequent Travelers, …) are
    no interests and are not counted."; ``""`` when none."""
    owner = _LIST_OWNER.get(key, ("The platform", "items"))[0]
    out = []
    off = [str(r["declared"]) for r in p.get("switched_off", [])]
    if off:
        out.append(f"You switched off {owner}'s interest{'s' if len(off) != 1 else ''} in {_names(off)} "
                   f"({owner} keeps {'them' if len(off) != 1 else 'it'}; not counted).")
    behaviour = [str(r["declared"]) for r in p.get("behaviour_categories", [])]
    if behaviour:
        n = len(behaviour)
        out.append(f"{owner}'s {n} behaviour and demographic categor{'ies' if n != 1 else 'y'} ({_names(behaviour)}) "
                   f"{'are' if n != 1 else 'is'} no interest{'s' if n != 1 else ''} and not counted.")
    return " ".join(out)


def _names(names: list[str], limit: int = 4) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


_LIST_OWNER = {"facebook_interests": ("Facebook", "interests"), "facebook_topics": ("Facebook", "topics"),
               "twitter_interests": ("X", "interests"),
               "amazon_audiences": ("Amazon", "audiences")}


#: said by the finding without ``--include-sensitive``, whether or not any declared item was left out (T27B L7)
SPECIAL_NOTE = ("Declared items in special categories of data (GDPR Art. 9) are not listed here, nor counted: "
                "--include-sensitive shows them.")
