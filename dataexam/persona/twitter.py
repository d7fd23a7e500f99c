"""X (Twitter) archives of a persona, in two eras (formats.md §2).

* ``gdpr-2018`` (root-level ``.js`` files, archive of 2019-11): ``tweet.js`` holds **bare** tweet
  objects (no ``"tweet"`` wrapper; DOG, KHPI), DMs are in ``direct-message.js``, followers carry
  ``accountId`` only (DOG), no manifest and no ``Your archive.html`` (KHPI ``old_format``).
* ``current`` (archive of 2025-01): ``Your archive.html`` + ``data/manifest.js`` +
  ``data/*.js``; tweets split over ``tweets.js`` and ``tweets-part1.js``, every part listed in
  the manifest with string counts.

Both use X's JavaScript envelope ``window.YTD.<name>.partN = [ … ]`` with ``" : "`` separators,
string numbers and HTML-escaped ``full_text``. The 2024 archive holds every tweet, like and DM
of the 2019 one again (same ids), so those count once in truth ``counts``.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from . import texts
from .people import PERIOD_END, PERIOD_START, Contact, Persona, days, distinct_seconds, snowflake
from .writers import JsonArray, Sink, Tally, write_x_file

CUTOFF_2019 = date(2019, 11, 20)  # the 2019 archive was generated that day
GENERATED_2024 = "2025-01-05T09:12:44.000Z"
TWEETS_PER_DAY = 0.5
DMS_PER_DAY = 0.5
LOGINS_PER_DAY = 0.25
LIKES_PER_DAY = 0.2


def _created_at(moment: datetime) -> str:
    return moment.strftime("%a %b %d %H:%M:%S +0000 %Y")


def _iso_ms(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def tweets(p: Persona) -> Iterator[tuple[datetime, dict[str, Any], str | None]]:
    """Every tweet of the period, oldest first: (time, current-era tweet object, category)."""
    rng = p.rng("tweets")
    contacts = p.contacts
    for day in days(PERIOD_START, PERIOD_END):
        times = [p.when(rng, day) for _ in range(p.count(rng, TWEETS_PER_DAY))]
        if p.is_late_night(day):
            times += [p.late_night_time(rng, day) for _ in range(rng.randint(1, 2))]
        for moment in sorted(times):
            category = p.topic(rng)
            text, lang = p.own_text(rng, day, category)
            hashtags: list[str] = []
            mentions: list[dict[str, Any]] = []
            reply: Contact | None = None
            roll = rng.random()
            link: str | None = None
            if category is not None and roll < 0.4:
                tag = rng.choice(texts.HASHTAGS[category])
                text = f"{text} #{tag}"
                hashtags.append(tag)
            elif roll < 0.47:  # a shared link, shortened to t.co in the text and expanded in entities
                link = "https://t.co/" + _token(rng, 10)
                text = f"{text} {link}"
            elif roll > 0.9:
                reply = rng.choice(contacts)
                text = f"@{_handle(reply.name)} {text}"
            if p.mood_on(day) != "neg" and rng.random() < 0.1:
                text += " <3 & more soon"
            tweet_id = snowflake(moment, rng)
            entities: dict[str, Any] = {"hashtags": [], "symbols": [], "user_mentions": mentions, "urls": []}
            for tag in hashtags:
                start = text.index("#" + tag)
                entities["hashtags"].append({"text": tag, "indices": [str(start), str(start + len(tag) + 1)]})
            if link is not None:
                start = text.index(link)
                target = f"blog.example.org/{p.handle}/{rng.randrange(10**4, 10**5)}"
                entities["urls"].append({"url": link, "expanded_url": "https://" + target, "display_url": target,
                                         "indices": [str(start), str(start + len(link))]})
            tweet: dict[str, Any] = {
                "edit_info": {"initial": {"editTweetIds": [tweet_id],
                                          "editableUntil": _iso_ms(moment + timedelta(hours=1)),
                                          "editsRemaining": "5", "isEditEligible": True}},
                "retweeted": False,
                "source": texts.X_SOURCES[p.os_for(rng)],
                "entities": entities,
                "display_text_range": ["0", str(len(text))],
                "favorite_count": str(rng.randrange(0, 25)),
                "id_str": tweet_id,
                "truncated": False,
                "retweet_count": str(rng.randrange(0, 4)),
                "id": tweet_id,
                "possibly_sensitive": False,
                "created_at": _created_at(moment),
                "favorited": False,
                "full_text": html.escape(text, quote=False),
                "lang": lang,
            }
            if reply is not None:
                handle = _handle(reply.name)
                mentions.append({"name": reply.name, "screen_name": handle, "indices": ["0", str(len(handle) + 1)],
                                 "id_str": reply.x_id, "id": reply.x_id})
                parent = snowflake(moment - timedelta(minutes=rng.randrange(5, 600)), rng)
                tweet.update({"in_reply_to_status_id_str": parent, "in_reply_to_status_id": parent,
                              "in_reply_to_user_id": reply.x_id, "in_reply_to_user_id_str": reply.x_id,
                              "in_reply_to_screen_name": handle})
            yield moment, tweet, category


def _handle(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())[:15]


def likes(p: Persona) -> Iterator[tuple[datetime, dict[str, Any]]]:
    """Liked tweets (oldest liked tweet first); X gives no like time, the tweet id encodes the tweet's."""
    rng = p.rng("likes")
    for day in days(PERIOD_START, PERIOD_END):
        for _ in range(p.count(rng, LIKES_PER_DAY)):
            moment = datetime.combine(day, datetime.min.time(), UTC) + timedelta(seconds=rng.randrange(86400))
            tweet_id = snowflake(moment, rng)
            like: dict[str, Any] = {"tweetId": tweet_id,
                                    "expandedUrl": f"https://twitter.com/i/web/status/{tweet_id}"}
            if rng.random() > 0.05:  # deleted tweets keep no text (KHPI)
                category = p.topic(rng, topical=0.9)
                line = texts.own_text(rng, "en", category, "pos")
                like = {"tweetId": tweet_id, "fullText": html.escape(line, quote=False),
                        "expandedUrl": like["expandedUrl"]}
            yield moment, like


def accounts(p: Persona, stream: str, n: int) -> Iterator[str]:
    rng = p.rng(stream)
    for _ in range(n):
        yield str(rng.randrange(10**7, 1600000000000000000) if rng.random() < 0.2 else rng.randrange(10**7, 3 * 10**9))


def dm_conversation(p: Persona, index: int) -> Iterator[tuple[datetime, dict[str, Any]]]:
    """One 1:1 DM conversation with contact ``index``, newest message first (as X writes them)."""
    contact = p.contacts[index]
    rng = p.rng(f"x-dm:{index}")
    for day in days_back(PERIOD_START, PERIOD_END):
        n = p.count(rng, DMS_PER_DAY * contact.weight)
        for moment in sorted((p.when(rng, day) for _ in range(n)), reverse=True):
            mine = rng.random() < 0.5
            if mine:
                text = p.own_text(rng, day, p.topic(rng, 0.4))[0] if rng.random() < 0.6 else \
                    rng.choice(texts.OWN_SHORT[p.language(rng)])
            else:
                text = rng.choice(texts.CONTACT_LINES)
            msg: dict[str, Any] = {
                "recipientId": contact.x_id if mine else p.x_id,
                "reactions": [],
                "urls": [],
                "text": text,
                "mediaUrls": [],
                "senderId": p.x_id if mine else contact.x_id,
                "id": snowflake(moment, rng),
                "createdAt": _iso_ms(moment),
            }
            yield moment, {"messageCreate": msg}


def days_back(start: date, end: date) -> Iterator[date]:
    d = end
    while d >= start:
        yield d
        d -= timedelta(days=1)


def conversation_id(a: str, b: str) -> str:
    lo, hi = sorted((a, b), key=int)
    return f"{lo}-{hi}"


def logins(p: Persona) -> Iterator[tuple[datetime, dict[str, Any]]]:
    rng = p.rng("x-ipaudit")
    for day in days(PERIOD_START, PERIOD_END):
        n = p.count(rng, LOGINS_PER_DAY) + (1 if p.trip_on(day) else 0)
        for moment in distinct_seconds([p.when(rng, day) for _ in range(n)], millis=True):
            yield moment, {"accountId": p.x_id, "createdAt": _iso_ms(moment), "loginIp": p.ip_on(rng, day),
                           "loginPortNumber": str(rng.randrange(1024, 65535))}


def ad_items(p: Persona, start: date, end: date, stream: str, per_day: float) -> Iterator[dict[str, Any]]:
    """impressionAttributes objects for promoted tweets seen between ``start`` and ``end``."""
    rng = p.rng(stream)
    country = {"DE": "Germany", "US": "United States", "ES": "Spain", "MX": "Mexico", "AT": "Austria"}
    for day in days(start, end):
        for _ in range(p.count(rng, per_day)):
            moment = p.when(rng, day)
            advertiser = rng.choice(texts.ADVERTISERS)
            category = p.topic(rng, 1.0) or "tech"
            keyword = rng.choice(texts.HASHTAGS[category])
            yield {
                "deviceInfo": {"osType": texts.X_OS[p.os_for(rng)]},
                "displayLocation": rng.choice(("TimelineHome", "TweetConversation", "Spotlight")),
                "promotedTweetInfo": {"tweetId": snowflake(moment - timedelta(days=3), rng),
                                      "tweetText": f"New {keyword} gear for the weekend, shop now",
                                      "urls": [], "mediaUrls": ["https://t.co/" + _token(rng, 10)]},
                "advertiserInfo": {"advertiserName": advertiser,
                                   "screenName": "@" + advertiser.replace(" ", "").replace("&", "and")},
                "matchedTargetingCriteria": [
                    {"targetingType": "Locations", "targetingValue": country.get(p.home.country, "Germany")},
                    {"targetingType": "Keywords", "targetingValue": keyword},
                    {"targetingType": "Age", "targetingValue": "25 to 49"},
                ],
                "impressionTime": moment.strftime("%Y-%m-%d %H:%M:%S"),
            }


def _token(rng: Any, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def personalization(p: Persona, era: str) -> dict[str, Any]:
    second = {"de": "German", "es": "Spanish"}[p.home.second_language]
    if era == "2019":
        names = list(texts.X_TOPICS[p.interests[0]]) + list(texts.X_OTHER[:2])
        shows = list(texts.SHOWS[:2])
    else:
        names = [texts.X_TOPICS[i][0] for i in p.interests] + [texts.X_TOPICS[p.interests[0]][1]]
        names += list(texts.X_OTHER[1:4])
    if p.control:
        rng = p.rng(f"x-p13n:{era}")
        pool = [n for ts in texts.X_TOPICS.values() for n in ts] + list(texts.X_OTHER)
        names = sorted(rng.sample(pool, 5))
    interests = [{"name": n, "isDisabled": False} for n in dict.fromkeys(names)]
    audience: dict[str, Any] = {"advertisers": [], "numAudiences": "0"}
    if era != "2019":
        audience = {"lookalikeAdvertisers": ["@SummitGearCo", "@PixelforgeGames"], "advertisers": [],
                    "doNotReachAdvertisers": [], "catalogAudienceAdvertisers": [], "numAudiences": "0"}
        shows = list(texts.SHOWS[1:4])
    return {"p13nData": {
        "demographics": {"languages": [{"language": "English", "isDisabled": False},
                                       {"language": second, "isDisabled": False}],
                         "genderInfo": {"gender": "female" if p.seed % 2 else "male"}},
        "interests": {"interests": interests, "partnerInterests": [], "audienceAndAdvertisers": audience,
                      "shows": shows},
        "locationHistory": [],
        "inferredAgeInfo": {"age": ["25-34"], "birthDate": ""},
    }}


def _account(p: Persona) -> dict[str, Any]:
    return {"account": {"email": p.email, "createdVia": "web", "username": p.handle, "accountId": p.x_id,
                        "createdAt": "2012-03-14T19:22:05.000Z", "accountDisplayName": p.name}}


def _profile(p: Persona) -> dict[str, Any]:
    bio = " · ".join(p.interests) if not p.control else "Just here to read"
    return {"profile": {"description": {"bio": bio, "website": "", "location": p.home.city},
                        "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{p.x_id}/avatar.jpg"}}


class _XWriter:
    """Writes one archive's files and registers them (name, global, count) for the manifest."""

    def __init__(self, p: Persona, sink: Sink, tally: Tally, base: str) -> None:
        self.p, self.sink, self.tally, self.base = p, sink, tally, base
        self.manifest: dict[str, list[dict[str, str]]] = {}

    def file(self, stem: str, part: int, items: Iterator[Any], kind: str | None,
             unique: Any = True, data_type: str | None = None, text_of: Any = None) -> int:
        """Write ``<base><stem>.js`` (or ``-partN``); ``unique`` is a bool or a per-item predicate."""
        name = f"{self.base}{stem}{'' if part == 0 else f'-part{part}'}.js"
        glob = f"YTD.{stem.replace('-', '_')}.part{part}"
        key = self.sink.key(name)
        self.tally.touch(key)

        def count(item: Any) -> None:
            if kind is not None:
                is_unique = unique(item) if callable(unique) else unique
                self.tally.add(key, kind, unique=is_unique)
                if is_unique and text_of is not None:
                    self.tally.note_text(text_of(item))

        n = write_x_file(self.sink, name, glob, items, on_item=count)
        self.manifest.setdefault(data_type or _camel(stem), []).append(
            {"fileName": name, "globalName": glob, "count": str(n)})
        return n


def _camel(stem: str) -> str:
    head, *rest = stem.split("-")
    return head + "".join(w.capitalize() for w in rest)


def write_twitter_2019(p: Persona, sink: Sink, tally: Tally) -> dict[str, int]:
    """The 2018–2020 root-level archive: everything up to :data:`CUTOFF_2019` (all in the 2024 one too)."""
    w = _XWriter(p, sink, tally, "")
    cutoff = datetime.combine(CUTOFF_2019, datetime.min.time(), UTC)
    bare = ({k: v for k, v in t.items() if k != "edit_info"} for m, t, _ in tweets(p) if m < cutoff)
    n_tweets = w.file("tweet", 0, bare, "twitter.tweet", unique=False)
    w.file("like", 0, ({"like": lk} for m, lk in likes(p) if m < cutoff), "twitter.like", unique=False)
    n_followers, n_following = _graph_sizes(p)
    w.file("follower", 0, ({"follower": {"accountId": a}} for a in
                           _take(accounts(p, "followers", n_followers), 0, n_followers // 2)),
           "twitter.follower", unique=_index_predicate(0, n_followers // 10))
    w.file("following", 0, ({"following": {"accountId": a}} for a in
                            _take(accounts(p, "following", n_following), 0, n_following // 2)),
           "twitter.following", unique=False)
    _write_dms(p, w, "direct-message", cutoff, unique=False)
    old_logins = ({"ipAudit": {k: v for k, v in r.items() if k != "loginPortNumber"}}
                  for m, r in logins(p) if m < cutoff)
    w.file("ip-audit", 0, old_logins, "twitter.login", unique=False)
    w.file("personalization", 0, iter([personalization(p, "2019")]), None)
    _write_ads(p, w, CUTOFF_2019 - timedelta(days=60), CUTOFF_2019 - timedelta(days=1), "2019")
    w.file("account", 0, iter([_account(p)]), "twitter.account", unique=False)
    w.file("profile", 0, iter([_profile(p)]), "twitter.profile", unique=False)
    _tally_p13n(p, tally, sink.key("personalization.js"), "2019")
    return {"tweets": n_tweets}


def write_twitter_2024(p: Persona, sink: Sink, tally: Tally) -> dict[str, int]:
    """The current ``data/`` archive with every record of the period; writes the manifest last."""
    w = _XWriter(p, sink, tally, "data/")
    sink.write_bytes("Your archive.html", b"<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                          b"<title>Your archive</title></head><body></body></html>\n")
    tally.touch(sink.key("Your archive.html"))
    # ~60% of tweets in tweets.js, the rest in tweets-part1.js (X splits at a size limit)
    expected = int(TWEETS_PER_DAY * p.scale * (PERIOD_END - PERIOD_START).days * 0.6) + 1
    def first_part() -> Iterator[dict[str, Any]]:
        for i, (_, t, _) in enumerate(tweets(p)):
            if i >= expected:
                return
            yield {"tweet": t}

    def second_part() -> Iterator[dict[str, Any]]:
        for i, (_, t, _) in enumerate(tweets(p)):
            if i >= expected:
                yield {"tweet": t}

    # the 2024 archive holds every tweet, like, DM and login of the 2019 one: those count here
    def tweet_text(item: dict[str, Any]) -> str:
        return html.unescape(item["tweet"]["full_text"])

    n1 = w.file("tweets", 0, first_part(), "twitter.tweet", text_of=tweet_text)
    n2 = w.file("tweets", 1, second_part(), "twitter.tweet", text_of=tweet_text)
    w.file("like", 0, ({"like": lk} for _, lk in likes(p)), "twitter.like",
           text_of=lambda item: html.unescape(item["like"].get("fullText", "")))
    n_followers, n_following = _graph_sizes(p)
    w.file("follower", 0, ({"follower": {"accountId": a, "userLink": f"https://twitter.com/intent/user?user_id={a}"}}
                           for a in _take(accounts(p, "followers", n_followers), n_followers // 10, n_followers)),
           "twitter.follower")
    w.file("following", 0, ({"following": {"accountId": a, "userLink": f"https://twitter.com/intent/user?user_id={a}"}}
                            for a in accounts(p, "following", n_following)), "twitter.following")
    _write_dms(p, w, "direct-messages", None, unique=True)
    _write_group_dms(p, w)
    w.file("ip-audit", 0, ({"ipAudit": r} for _, r in logins(p)), "twitter.login")
    w.file("personalization", 0, iter([personalization(p, "2024")]), None)
    _tally_p13n(p, tally, sink.key("data/personalization.js"), "2024")
    w.file("ageinfo", 0, iter([{"ageMeta": {"ageInfo": {"age": ["13-54"], "birthDate": ""}}}]),
           "twitter.declared_demographic")
    _write_ads(p, w, PERIOD_END - timedelta(days=120), PERIOD_END, "2024")
    w.file("account", 0, iter([_account(p)]), "twitter.account")
    w.file("profile", 0, iter([_profile(p)]), "twitter.profile")
    w.file("block", 0, iter([]), "twitter.block")  # an empty file, as X writes it: `= [ ]`
    w.file("mute", 0, ({"muting": {"accountId": a, "userLink": f"https://twitter.com/intent/user?user_id={a}"}}
                       for a in accounts(p, "mutes", 2)), "twitter.mute")
    manifest = {
        "userInfo": {"accountId": p.x_id, "userName": p.handle, "displayName": p.name},
        "archiveInfo": {"sizeBytes": str(int(4_200_000 * p.scale)), "generationDate": GENERATED_2024,
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": {k: {"files": v} for k, v in w.manifest.items()},
    }
    sink.write_bytes("data/manifest.js", ("window.__THAR_CONFIG = " + json.dumps(
        manifest, indent=2, separators=(",", " : "), ensure_ascii=False)).encode("utf-8"))
    tally.touch(sink.key("data/manifest.js"))
    return {"tweets": n1 + n2, "followers": n_followers - n_followers // 10, "following": n_following}


def _graph_sizes(p: Persona) -> tuple[int, int]:
    rng = p.rng("graph")
    return max(4, round(rng.randint(70, 95) * min(p.scale, 20))), max(4, round(rng.randint(85, 110) * min(p.scale, 20)))


def _take(it: Iterator[str], start: int, stop: int) -> Iterator[str]:
    for i, value in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield value


def _index_predicate(start: int, unique_before: int):
    """Unique-ness by position for a list written from index ``start``: only items before
    ``unique_before`` are absent from the later archive (followers who left by 2024)."""
    state = {"i": start}

    def unique(_item: Any) -> bool:
        i = state["i"]
        state["i"] += 1
        return i < unique_before

    return unique


def _write_dms(p: Persona, w: _XWriter, stem: str, cutoff: datetime | None, unique: bool) -> None:
    """``dmConversation`` items, one per contact, each streaming its ``messages`` array."""
    name = f"{w.base}{stem}.js"
    glob = f"YTD.{stem.replace('-', '_')}.part0"
    key = w.sink.key(name)
    w.tally.touch(key)
    conversations = 0
    with w.sink.open_text(name) as out:
        out.write(f"window.{glob} = [")
        for index, contact in enumerate(p.contacts):
            cid = conversation_id(p.x_id, contact.x_id)
            out.write(", {\n" if conversations else " {\n")
            out.write(f'  "dmConversation" : {{\n    "conversationId" : "{cid}",\n    "messages" : [')
            arr = JsonArray(out, style="x", indent=6)
            for moment, msg in dm_conversation(p, index):
                if cutoff is not None and moment >= cutoff:
                    continue
                arr.add(msg)
                w.tally.add(key, "twitter.dm", unique=unique)
                if unique:
                    w.tally.contacts[contact.name] += 1
                    w.tally.note_text(msg["messageCreate"]["text"])
            out.write(" ]\n  }\n}")
            conversations += 1
        out.write(" ]")
    w.manifest.setdefault(_camel(stem), []).append({"fileName": name, "globalName": glob, "count": str(conversations)})


def _write_group_dms(p: Persona, w: _XWriter) -> None:
    """One group conversation (since 2021): no ``recipientId``, a ``joinConversation`` at its start."""
    name = f"{w.base}direct-messages-group.js"
    key = w.sink.key(name)
    w.tally.touch(key)
    members = [c for c in p.contacts[:3]]
    rng = p.rng("x-group")
    start = date(2021, 3, 1)
    with w.sink.open_text(name) as out:
        out.write("window.YTD.direct_messages_group.part0 = [ {\n")
        out.write(f'  "dmConversation" : {{\n    "conversationId" : "{rng.randrange(10**18, 2 * 10**18)}",\n'
                  '    "messages" : [')
        arr = JsonArray(out, style="x", indent=6)
        for day in days_back(start, PERIOD_END):
            for moment in sorted((p.when(rng, day) for _ in range(p.count(rng, 0.06))), reverse=True):
                sender = rng.choice([*members, None])
                text = rng.choice(texts.CONTACT_LINES) if sender else rng.choice(texts.OWN_SHORT["en"])
                arr.add({"messageCreate": {"reactions": [], "urls": [], "text": text, "mediaUrls": [],
                                           "senderId": sender.x_id if sender else p.x_id,
                                           "id": snowflake(moment, rng), "createdAt": _iso_ms(moment)}})
                w.tally.add(key, "twitter.dm")
        joined = datetime.combine(start, datetime.min.time(), UTC) + timedelta(hours=19)
        arr.add({"joinConversation": {"initiatingUserId": members[0].x_id,
                                      "participantsSnapshot": [p.x_id] + [m.x_id for m in members],
                                      "createdAt": _iso_ms(joined)}})
        out.write(" ]\n  }\n} ]")
    w.manifest["directMessagesGroup"] = [{"fileName": name, "globalName": "YTD.direct_messages_group.part0",
                                          "count": "1"}]


def _write_ads(p: Persona, w: _XWriter, start: date, end: date, era: str) -> None:
    for stem, wrapper, inner, per_day in (("ad-impressions", "adImpressions", "impressions", 1.2),
                                          ("ad-engagements", "adEngagements", "engagements", 0.4)):
        name = f"{w.base}{stem}.js"
        glob = f"YTD.{stem.replace('-', '_')}.part0"
        key = w.sink.key(name)
        kind = "twitter.ad_impression" if inner == "impressions" else "twitter.ad_engagement"
        w.tally.touch(key)
        with w.sink.open_text(name) as out:
            out.write(f"window.{glob} = [ {{\n  \"ad\" : {{\n    \"adsUserData\" : {{\n      \"{wrapper}\" : {{\n"
                      f"        \"{inner}\" : [")
            arr = JsonArray(out, style="x", indent=8)
            rng = p.rng(f"x-ad-engage:{era}")
            for item in ad_items(p, start, end, f"x-ads:{era}:{stem}", per_day):
                if inner == "engagements":
                    seen = datetime.strptime(item["impressionTime"], "%Y-%m-%d %H:%M:%S")
                    engaged = seen + timedelta(seconds=rng.randrange(2, 30))
                    item = {"impressionAttributes": item, "engagementAttributes": [
                        {"engagementTime": engaged.strftime("%Y-%m-%d %H:%M:%S"),
                         "engagementType": rng.choice(("ChargeableImpression", "VideoContentPlaybackStart",
                                                       "VideoContent6secView", "Mute"))}]}
                arr.add(item)
                w.tally.add(key, kind)
            out.write(" ]\n      }\n    }\n  }\n} ]")
        w.manifest[_camel(stem)] = [{"fileName": name, "globalName": glob, "count": "1"}]


def _tally_p13n(p: Persona, tally: Tally, key: str, era: str) -> None:
    """personalization.js records: interests, shows, lookalikes, audience advertisers and count, demographics
    (de-duplicated by value)."""
    data = personalization(p, era)["p13nData"]
    seen = tally.seen
    entries: list[tuple[str, str]] = []
    entries += [("twitter.declared_interest", i["name"]) for i in data["interests"]["interests"]]
    entries += [("twitter.show", s) for s in data["interests"]["shows"]]
    audience = data["interests"]["audienceAndAdvertisers"]
    entries += [("twitter.lookalike_advertiser", a) for a in audience.get("lookalikeAdvertisers", [])]
    entries += [("twitter.audience_advertiser", f"{group}:{a}") for group in
                ("advertisers", "catalogAudienceAdvertisers", "doNotReachAdvertisers") for a in audience.get(group, [])]
    if str(audience.get("numAudiences", "")).isdigit() and int(audience["numAudiences"]):  # "0": no event
        entries.append(("twitter.audience_count", str(audience["numAudiences"])))
    entries += [("twitter.declared_demographic", "language:" + lang["language"])
                for lang in data["demographics"]["languages"]]
    entries += [("twitter.declared_demographic", "gender:" + data["demographics"]["genderInfo"]["gender"]),
                ("twitter.declared_demographic", "inferred_age:" + ",".join(data["inferredAgeInfo"]["age"]))]
    for kind, value in entries:
        bucket = seen.setdefault(kind, set())
        tally.add(key, kind, unique=value not in bucket)
        bucket.add(value)


def declared_interests(p: Persona) -> list[str]:
    names: dict[str, None] = {}
    for era in ("2019", "2024"):
        for i in personalization(p, era)["p13nData"]["interests"]["interests"]:
            names[i["name"]] = None
    return list(names)
