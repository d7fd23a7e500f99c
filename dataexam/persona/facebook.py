"""Facebook "Download Your Information" exports of a persona, in two eras (formats.md §1).

* ``2019-20`` (requested 2020-07-02, all data until then; layout per SBH [P]): flat category folders
  (``posts/your_posts_1.json``, ``messages/inbox/<thread>/message_1.json``,
  ``likes_and_reactions/pages.json``, ``security_and_login_information/…``, ``ads/…``,
  ``location/location_history.json``), list keys without ``_v2``, an ``events/no-data.txt``.
* ``2024-25`` (requested 2025-01-10 *for the date range since the last download*, the way DYI lets
  people pick one, so no record repeats the 2020 export): ``your_facebook_activity/…``,
  ``connections/…``, ``logged_information/…``, ``_v2`` keys, label_values reactions (WIF [V], TLZ
  ``year2024`` [P]), split over two
  part folders/zips ``1of2-facebook-<user>-<date>-XXXXXXXX`` / ``2of2-…``. The top contact's thread
  is split into ``message_1.json``/``message_2.json`` with one message present in both.

Every string is written with Meta's mojibake (each UTF-8 byte as ``\\u00XX``, ASCII-only JSON).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from . import texts
from .people import PERIOD_END, PERIOD_START, Persona, days, distinct_seconds
from .writers import JsonArray, Sink, Tally, meta_scalar, write_meta_list_file, write_meta_object_file

END_2020 = date(2020, 6, 30)  # last day in the 2019–20 export
START_2024 = date(2020, 7, 1)  # the 2024 export's requested date range starts here
MESSAGES_PER_DAY = 2.5
POSTS_PER_DAY = 0.12
COMMENTS_PER_DAY = 0.08
REACTIONS_PER_DAY = 0.2
SEARCHES_PER_DAY = 0.05
LOGINS_PER_DAY = 0.2
LOCATIONS_PER_DAY = 0.3
COUNTRY_NAMES = {"DE": "Germany", "US": "United States", "ES": "Spain", "MX": "Mexico", "AT": "Austria",
                 "PT": "Portugal", "IT": "Italy", "GR": "Greece", "FR": "France", "NL": "Netherlands",
                 "TH": "Thailand", "CA": "Canada", "GB": "United Kingdom", "JP": "Japan", "CH": "Switzerland"}


def _ts(moment: datetime) -> int:
    return int(moment.timestamp())


def _window(era: str) -> tuple[date, date]:
    return (PERIOD_START, END_2020) if era == "2020" else (START_2024, PERIOD_END)


def thread_dir(p: Persona, index: int) -> str:
    name = p.contacts[index].name
    slug = "".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())
    return f"{slug}_{random.Random(f'{p.seed}:thread:{index}').randrange(10**9, 10**10)}"


def thread_messages(p: Persona, index: int, era: str) -> Iterator[dict[str, Any]]:
    """One Messenger thread's messages in an era, newest first (the order Meta writes)."""
    contact = p.contacts[index]
    rng = p.rng(f"fb-thread:{index}:{era}")
    start, end = _window(era)
    day = end
    while day >= start:
        n = p.count(rng, MESSAGES_PER_DAY * contact.weight)
        times = [(p.when(rng, day), False) for _ in range(n)]
        if index == 0 and p.is_late_night(day):  # the person writes to their closest contact at 3 a.m.
            times += [(p.late_night_time(rng, day), True) for _ in range(rng.randint(2, 3))]
        used: set[int] = set()
        for moment, late in sorted(times, reverse=True):
            ms = int(moment.timestamp() * 1000) + rng.randrange(1000)
            while ms in used:
                ms += 1
            used.add(ms)
            mine = late or rng.random() < 0.5
            msg: dict[str, Any] = {"sender_name": p.name if mine else contact.name, "timestamp_ms": ms}
            if mine:
                if rng.random() < 0.6:
                    msg["content"] = p.own_text(rng, day, p.topic(rng, 0.4))[0]
                else:
                    msg["content"] = rng.choice(texts.OWN_SHORT[p.language(rng)])
            elif rng.random() < 0.08:  # a photo, no text
                msg["photos"] = [{"uri": f"messages/inbox/{thread_dir(p, index)}/photos/{rng.randrange(10**8)}_n.jpg",
                                  "creation_timestamp": ms // 1000}]
            else:
                msg["content"] = rng.choice(texts.CONTACT_LINES)
            if rng.random() < 0.05:
                msg["reactions"] = [{"reaction": "❤", "actor": p.name if not mine else contact.name}]
            if era == "2024":
                msg["is_geoblocked_for_viewer"] = False
            else:
                msg["type"] = "Generic"
            yield msg
        day -= timedelta(days=1)


def _thread_file(p: Persona, sink: Sink, tally: Tally, member: str, index: int, era: str, folder: str,
                 messages: Iterator[dict[str, Any]], unique_first: bool = True) -> None:
    """Write ``{"participants": …, "messages": [ … ], "title": …}`` streaming the messages."""
    contact = p.contacts[index]
    key = sink.key(member)
    tally.touch(key)
    with sink.open_text(member) as out:
        out.write("{\n  \"participants\": [\n    {\n      \"name\": " + meta_scalar(contact.name) +
                  "\n    },\n    {\n      \"name\": " + meta_scalar(p.name) + "\n    }\n  ],\n  \"messages\": ")
        arr = JsonArray(out, style="meta", indent=2)
        arr.open()
        for i, msg in enumerate(messages):
            arr.add(msg)
            unique = unique_first or i > 0
            tally.add(key, "facebook.message", unique=unique)
            if unique:
                tally.contacts[contact.name] += 1
                if msg["sender_name"] == p.name:
                    tally.note_text(msg.get("content"))
        arr.close()
        tail = {"title": contact.name, "is_still_participant": True,
                "thread_path": f"{folder}/{thread_dir(p, index)}", "magic_words": []}
        if era == "2020":
            tail["thread_type"] = "Regular"
        for k, v in tail.items():
            out.write(f",\n  {meta_scalar(k)}: {meta_scalar(v)}")
        out.write("\n}")


def posts(p: Persona, era: str) -> Iterator[dict[str, Any]]:
    """Status updates, check-ins and shared links, newest first; trip days get check-ins abroad."""
    rng = p.rng(f"fb-posts:{era}")
    start, end = _window(era)
    day = end
    while day >= start:
        trip = p.trip_on(day)
        n = p.count(rng, POSTS_PER_DAY) + (1 if trip is not None and rng.random() < 0.6 else 0)
        for moment in reversed(distinct_seconds([p.when(rng, day) for _ in range(n)])):
            text, _ = p.own_text(rng, day, p.topic(rng))
            item: dict[str, Any] = {"timestamp": _ts(moment), "attachments": [],
                                    "data": [{"post": text}, {"update_timestamp": _ts(moment)}],
                                    "title": f"{p.name} updated {'her' if p.seed % 2 else 'his'} status."}
            if (trip is not None or rng.random() < 0.1) and not p.control:
                _, city, lat, lon = p.place_on(day)
                place = {"name": city, "coordinate": {"latitude": round(lat + rng.uniform(-0.03, 0.03), 5),
                                                      "longitude": round(lon + rng.uniform(-0.03, 0.03), 5)},
                         "address": "", "url": f"https://www.facebook.com/{city.replace(' ', '')}"}
                item["attachments"] = [{"data": [{"place": place}]}]
                item["title"] = f"{p.name} was in {city}."
            elif rng.random() < 0.1:
                item["attachments"] = [{"data": [{"external_context": {"url": "https://blog.example.org/p/"
                                                                       + str(rng.randrange(10**6))}}]}]
            yield item
        day -= timedelta(days=1)


def _dated(p: Persona, stream: str, era: str, per_day: float) -> Iterator[tuple[date, datetime, random.Random]]:
    rng = p.rng(f"{stream}:{era}")
    start, end = _window(era)
    day = end
    while day >= start:
        for moment in reversed(distinct_seconds([p.when(rng, day) for _ in range(p.count(rng, per_day))])):
            yield day, moment, rng
        day -= timedelta(days=1)


def comments(p: Persona, era: str) -> Iterator[dict[str, Any]]:
    for day, moment, rng in _dated(p, "fb-comments", era, COMMENTS_PER_DAY):
        friend = rng.choice(p.contacts).name
        text, _ = p.own_text(rng, day, p.topic(rng, 0.5))
        yield {"timestamp": _ts(moment),
               "data": [{"comment": {"timestamp": _ts(moment), "comment": text, "author": p.name}}],
               "title": f"{p.name} commented on {friend}'s post."}


def reactions(p: Persona, era: str) -> Iterator[dict[str, Any]]:
    for _, moment, rng in _dated(p, "fb-reactions", era, REACTIONS_PER_DAY):
        friend = rng.choice(p.contacts).name
        kind = rng.choice(("LIKE", "LIKE", "LIKE", "LOVE", "HAHA", "WOW"))
        if era == "2020":
            yield {"timestamp": _ts(moment), "data": [{"reaction": {"reaction": kind, "actor": p.name}}],
                   "title": f"{p.name} likes {friend}'s post."}
        else:
            url = f"https://www.facebook.com/permalink.php?story_fbid={rng.randrange(10**15)}"
            yield {"timestamp": _ts(moment), "media": [], "fbid": str(rng.randrange(10**14, 10**15)),
                   "label_values": [{"label": "Reaction", "value": kind.capitalize()},
                                    {"label": "URL", "value": url, "href": url},
                                    {"label": "Name", "value": f"{friend}'s post"}]}


def searches(p: Persona, era: str) -> Iterator[dict[str, Any]]:
    for _, moment, rng in _dated(p, "fb-search", era, SEARCHES_PER_DAY):
        category = p.topic(rng, 1.0) or "tech"
        query = f'"{rng.choice(texts.SEARCHES[category])}"'
        yield {"timestamp": _ts(moment), "attachments": [{"data": [{"text": query}]}],
               "data": [{"text": query}], "title": "You searched Facebook"}


def logins(p: Persona, era: str, stream: str, per_day: float) -> Iterator[tuple[datetime, str, str, str]]:
    """(time, ip, user agent, country code) of sessions; every trip day has at least one, abroad."""
    rng = p.rng(f"{stream}:{era}")
    start, end = _window(era)
    for day in days(start, end):
        n = p.count(rng, per_day) + (1 if p.trip_on(day) else 0)
        for moment in distinct_seconds([p.when(rng, day) for _ in range(n)]):
            ip = p.ip_on(rng, day)
            country = p.place_on(day)[0] if not p.control else "--"
            yield moment, ip, rng.choice(texts.USER_AGENTS[p.os_for(rng)]), country


def _activity_items(p: Persona, era: str) -> Iterator[dict[str, Any]]:
    datr_rng = random.Random(f"{p.seed}:datr")
    datr = "".join(datr_rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_-") for _ in range(24))
    for moment, ip, ua, country in logins(p, era, "fb-activity", LOGINS_PER_DAY):
        city = p.place_on(moment.date())[1] if not p.control else ""
        yield {"action": "Login" if moment.minute % 3 else "Session updated", "timestamp": _ts(moment),
               "ip_address": ip, "user_agent": ua, "datr_cookie": datr, "city": city, "region": city,
               "country": country,
               "site_name": "Facebook app" if "FBAN" in ua or "FB_IAB" in ua else "www.facebook.com"}


def _page_likes(p: Persona) -> list[tuple[str, str]]:
    """(era, page name) for every page like: unique names, interests first, a little noise."""
    rng = p.rng("fb-pages")
    chosen: list[str] = []
    if p.control:
        pool = [n for c in texts.INTEREST_POOL + texts.NOISE_POOL for n in texts.PAGES[c][:2]]
        chosen = rng.sample(pool, 16)
    else:
        for cat, k in zip(p.interests, (6, 4, 3)):
            chosen += list(texts.PAGES[cat][:k])
        for cat in rng.sample(list(p.noise), 3):
            chosen.append(texts.PAGES[cat][0])
        chosen += list(texts.RELIGION_PAGES[:p.religion_pages])
    rng.shuffle(chosen)
    cut = len(chosen) // 3
    return [("2020" if i < cut else "2024", name) for i, name in enumerate(chosen)]


def _page_items(p: Persona, era: str) -> Iterator[dict[str, Any]]:
    rng = p.rng(f"fb-page-times:{era}")
    start, end = _window(era)
    span = (end - start).days
    names = [n for e, n in _page_likes(p) if e == era]
    stamps = sorted((_ts(datetime.combine(start + timedelta(days=rng.randrange(span)), datetime.min.time(), UTC)
                         + timedelta(seconds=rng.randrange(86400))) for _ in names), reverse=True)
    for name, stamp in zip(names, stamps):
        if era == "2020":
            yield {"name": name, "timestamp": stamp}
        else:
            yield {"name": name, "timestamp": stamp,
                   "url": "https://www.facebook.com/" + "".join(ch for ch in name if ch.isalnum())}


def _friends(p: Persona, era: str) -> Iterator[dict[str, Any]]:
    """The friends list of an era's download: the 2024 download is one of a date range (from :data:`START_2024`), so
    its list holds the friends made since and the 2020 download's the 68 made before; the report counts those as
    current, dated before the newest download's first record (``social_circle`` ``before_newest_range``; L9 of the
    thirty-fifth pass: it said 32 friends for the persona's 100)."""
    rng = p.rng("fb-friends")
    firsts, lasts = texts.PEOPLE[p.home.country]
    names = [c.name for c in p.contacts]
    seen = set(names) | {p.name}
    while len(names) < 100:
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        if name in seen:
            name = f"{rng.choice(firsts)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(lasts)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    cut = 68
    chosen = names[:cut] if era == "2020" else names[cut:]
    start, end = _window(era)
    if era == "2020":
        start = date(2009, 5, 1)
    span = (end - start).days
    trng = p.rng(f"fb-friend-times:{era}")
    stamps = sorted((_ts(datetime.combine(start + timedelta(days=trng.randrange(span)), datetime.min.time(), UTC)
                         + timedelta(seconds=trng.randrange(86400))) for _ in chosen), reverse=True)
    for name, stamp in zip(chosen, stamps):
        yield {"name": name, "timestamp": stamp}


def _list_file(sink: Sink, tally: Tally, member: str, items: Iterator[dict[str, Any]], wrapper: str | None,
               kind: str, text_of: Any = None) -> int:
    key = sink.key(member)
    tally.touch(key)

    def count(item: Any) -> None:
        tally.add(key, kind)
        if text_of is not None:
            tally.note_text(text_of(item))

    return write_meta_list_file(sink, member, items, wrapper=wrapper, on_item=count)


def _declared(p: Persona) -> dict[str, list[str]]:
    """Facebook's own inferred topics per file: all strings distinct across files and eras."""
    if p.control:
        rng = p.rng("fb-declared")
        pool = sorted({t for ts in texts.FB_TOPICS.values() for t in ts} | set(texts.FB_OTHER))
        picked = rng.sample(pool, 10)
        return {"2020": picked[:3], "2024": picked[3:7], "other": picked[7:]}
    first, second, third = p.interests
    return {"2020": [texts.FB_TOPICS[first][0], texts.FB_OTHER[0], texts.FB_OTHER[1]],
            "2024": [texts.FB_TOPICS[first][1], texts.FB_TOPICS[second][0], texts.FB_TOPICS[third][0],
                     texts.FB_OTHER[2], texts.FB_OTHER[3]],
            "other": list(texts.FB_OTHER[6:9])}


def declared_interests(p: Persona) -> list[str]:
    d = _declared(p)
    return d["2020"] + d["2024"] + d["other"]


def write_facebook_2020(p: Persona, sink: Sink, tally: Tally) -> None:
    """The 2019–20 export (SBH layout, keys without ``_v2``)."""
    era = "2020"

    def post_text(item: dict[str, Any]) -> str | None:
        return next((d["post"] for d in item["data"] if "post" in d), None)

    _list_file(sink, tally, "posts/your_posts_1.json", posts(p, era), None, "facebook.post", post_text)
    _list_file(sink, tally, "comments/comments.json", comments(p, era), "comments", "facebook.comment",
               lambda item: item["data"][0]["comment"]["comment"])
    _list_file(sink, tally, "likes_and_reactions/posts_and_comments.json", reactions(p, era), "reactions",
               "facebook.reaction")
    _list_file(sink, tally, "likes_and_reactions/pages.json", _page_items(p, era), "page_likes",
               "facebook.page_like", lambda item: item["name"])
    _list_file(sink, tally, "friends/friends.json", _friends(p, era), "friends", "facebook.friend")
    _list_file(sink, tally, "search_history/your_search_history.json", searches(p, era), "searches",
               "facebook.search", lambda item: item["data"][0]["text"])
    for index in range(len(p.contacts)):
        folder = "inbox"
        member = f"messages/{folder}/{thread_dir(p, index)}/message_1.json"
        _thread_file(p, sink, tally, member, index, era, folder, thread_messages(p, index, era))
    _list_file(sink, tally, "security_and_login_information/account_activity.json", _activity_items(p, era),
               "account_activity", "facebook.login")
    _list_file(sink, tally, "security_and_login_information/used_ip_addresses.json",
               ({"ip": ip, "action": "Login", "timestamp": _ts(m)}
                for m, ip, _, _ in logins(p, era, "fb-ips", 0.1)), "used_ip_address", "facebook.login")
    _list_file(sink, tally, "security_and_login_information/logins_and_logouts.json",
               ({"action": "Log in", "timestamp": _ts(m), "site": "www.facebook.com", "ip_address": ip}
                for m, ip, _, _ in logins(p, era, "fb-accesses", 0.08)), "account_accesses", "facebook.login")
    _list_file(sink, tally, "location/location_history.json", _locations(p), "location_history",
               "facebook.location")
    declared = _declared(p)
    _list_file(sink, tally, "ads/ads_interests.json", iter(declared["2020"]), "topics", "facebook.declared_interest")
    _list_file(sink, tally, "ads/advertisers_who_uploaded_a_contact_list_with_your_information.json",
               iter(texts.ADVERTISERS[:3]), "custom_audiences", "facebook.advertiser")
    _list_file(sink, tally, "ads/advertisers_you've_interacted_with.json", _ad_history(p, era, texts.ADVERTISERS[3:6]),
               "history", "facebook.advertiser")
    sink.write_bytes("events/no-data.txt", b"You have no data in this section.\n")
    tally.touch(sink.key("events/no-data.txt"))


def _locations(p: Persona) -> Iterator[dict[str, Any]]:
    for day, moment, rng in _dated(p, "fb-location", "2020", LOCATIONS_PER_DAY):
        _, city, lat, lon = p.place_on(day)
        if p.control:
            lat, lon, city = rng.uniform(-50, 60), rng.uniform(-120, 140), ""
        yield {"name": city, "coordinate": {"latitude": round(lat + rng.uniform(-0.02, 0.02), 5),
                                            "longitude": round(lon + rng.uniform(-0.02, 0.02), 5)},
               "creation_timestamp": _ts(moment)}


def _ad_history(p: Persona, era: str, names: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    rng = p.rng(f"fb-ad-history:{era}")
    start, end = _window(era)
    for name in names:
        moment = datetime.combine(start + timedelta(days=rng.randrange((end - start).days)), datetime.min.time(), UTC)
        yield {"title": name, "action": "Clicked ad", "timestamp": _ts(moment + timedelta(hours=rng.randrange(8, 23)))}


def write_facebook_2024(p: Persona, part1: Sink, part2: Sink, tally: Tally) -> None:
    """The 2024–25 export in two parts: activity + profile in part 1, the rest in part 2."""
    era = "2024"
    act = "your_facebook_activity"

    def post_text(item: dict[str, Any]) -> str | None:
        return next((d["post"] for d in item["data"] if "post" in d), None)

    _list_file(part1, tally, f"{act}/posts/your_posts__check_ins__photos_and_videos_1.json", posts(p, era), None,
               "facebook.post", post_text)
    _list_file(part1, tally, f"{act}/comments_and_reactions/comments.json", comments(p, era), "comments_v2",
               "facebook.comment", lambda item: item["data"][0]["comment"]["comment"])
    _list_file(part1, tally, f"{act}/comments_and_reactions/likes_and_reactions.json", reactions(p, era), None,
               "facebook.reaction")
    _list_file(part1, tally, f"{act}/pages/pages_you've_liked.json", _page_items(p, era), "page_likes_v2",
               "facebook.page_like", lambda item: item["name"])
    last = len(p.contacts) - 1
    for index in range(len(p.contacts)):
        if index == 0:
            _split_thread(p, part1, tally, index)
            continue
        folder, sink = ("archived_threads", part2) if index == last else ("inbox", part1)
        member = f"{act}/messages/{folder}/{thread_dir(p, index)}/message_1.json"
        _thread_file(p, sink, tally, member, index, era, folder, thread_messages(p, index, era))
    profile = _profile(p)
    write_meta_object_file(part1, "personal_information/profile_information/profile_information.json", profile)
    tally.add(part1.key("personal_information/profile_information/profile_information.json"), "facebook.profile",
              n=profile_facts(profile["profile_v2"]))

    _list_file(part2, tally, "connections/friends/your_friends.json", _friends(p, era), "friends_v2",
               "facebook.friend")
    _list_file(part2, tally, "connections/friends/removed_friends.json", iter([]), "deleted_friends_v2",
               "facebook.friend")  # an empty list file
    _list_file(part2, tally, "logged_information/search/your_search_history.json", searches(p, era), "searches_v2",
               "facebook.search", lambda item: item["data"][0]["text"])
    _list_file(part2, tally, "security_and_login_information/account_activity.json", _activity_items(p, era),
               "account_activity_v2", "facebook.login")
    _list_file(part2, tally, "security_and_login_information/ip_address_activity.json",
               ({"ip": ip, "action": "Login", "timestamp": _ts(m), "user_agent": ua}
                for m, ip, ua, _ in logins(p, era, "fb-ips", 0.1)), "used_ip_address_v2", "facebook.login")
    _list_file(part2, tally, "security_and_login_information/where_you're_logged_in.json", _sessions(p),
               "active_sessions_v2", "facebook.login")
    declared = _declared(p)
    _list_file(part2, tally, "logged_information/other_logged_information/ads_interests.json",
               iter(declared["2024"]), "topics_v2", "facebook.declared_interest")
    write_meta_object_file(part2, "ads_information/other_categories_used_to_reach_you.json", {
        "media": [], "fbid": "1", "ent_name": "Other categories used to reach you",
        "label_values": [{"label": "Name", "ent_field_name": "Name",
                          "vec": [{"value": v} for v in declared["other"]]}]})
    tally.add(part2.key("ads_information/other_categories_used_to_reach_you.json"), "facebook.declared_interest",
              n=len(declared["other"]))
    _list_file(part2, tally, "ads_information/advertisers_you've_interacted_with.json",
               _ad_history(p, era, texts.ADVERTISERS[6:]), "history_v2", "facebook.advertiser")
    _write_off_facebook(p, part2, tally)
    home = p.home
    for member, value in (
        ("logged_information/location/primary_location.json",
         {"primary_location_v2": {"city_region_pairs": [[home.city, home.region]], "zipcode": [home.postal]}}),
        ("logged_information/location/primary_public_location.json",
         {"primary_public_location_v2": {"city": home.city, "region": home.region,
                                         "country": COUNTRY_NAMES[home.country]}}),
        ("logged_information/location/timezone.json", {"timezone_v2": home.zone}),
    ):
        write_meta_object_file(part2, member, value)
        tally.add(part2.key(member), "facebook.location")


def _split_thread(p: Persona, sink: Sink, tally: Tally, index: int) -> None:
    """The busiest thread, long enough to be split: message_1 (newest) and message_2, the boundary
    message written in both files (Meta repeats it; the key dedups it)."""
    act = "your_facebook_activity"
    base = f"{act}/messages/inbox/{thread_dir(p, index)}"
    split_at = datetime(2022, 9, 1, tzinfo=UTC).timestamp() * 1000

    def newer() -> Iterator[dict[str, Any]]:
        boundary_written = False
        for msg in thread_messages(p, index, "2024"):
            if msg["timestamp_ms"] >= split_at:
                yield msg
            elif not boundary_written:
                boundary_written = True
                yield msg  # the first message of message_2, repeated at the end of message_1
            else:
                return

    def older() -> Iterator[dict[str, Any]]:
        for msg in thread_messages(p, index, "2024"):
            if msg["timestamp_ms"] < split_at:
                yield msg

    _thread_file(p, sink, tally, f"{base}/message_1.json", index, "2024", "inbox", newer())
    _thread_file(p, sink, tally, f"{base}/message_2.json", index, "2024", "inbox", older(), unique_first=False)


def _sessions(p: Persona) -> Iterator[dict[str, Any]]:
    rng = p.rng("fb-sessions")
    devices = {"iOS": "iPhone", "Android": "Pixel 7", "desktop": "Windows PC"}
    for i in range(3):
        day = PERIOD_END - timedelta(days=rng.randrange(5, 300))
        created = p.when(rng, day)
        updated = created + timedelta(days=rng.randrange(1, 30))
        os_name = p.primary_os if i < 2 else "desktop"
        yield {"created_timestamp": _ts(created), "updated_timestamp": _ts(updated),
               "ip_address": p.ip_on(rng, day), "user_agent": texts.USER_AGENTS[os_name][0],
               "datr_cookie": "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24)),
               "device": devices[os_name], "location": "" if p.control else f"{p.home.city}, "
                                                                       f"{COUNTRY_NAMES[p.home.country]}",
               "app": "Facebook app" if os_name != "desktop" else "Chrome", "session_type": "Mobile App"
               if os_name != "desktop" else "Web"}


def _write_off_facebook(p: Persona, sink: Sink, tally: Tally) -> None:
    """``off_facebook_activity_v2``: one item per site, each streaming its ``events`` array."""
    member = "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json"
    key = sink.key(member)
    tally.touch(key)
    with sink.open_text(member) as out:
        out.write('{\n  "off_facebook_activity_v2": [')
        for i, site in enumerate(texts.SHOP_SITES):
            out.write(",\n" if i else "\n")
            out.write(f'    {{\n      "name": {meta_scalar(site)},\n      "events": ')
            arr = JsonArray(out, style="meta", indent=6)
            arr.open()
            for _, moment, rng in _dated(p, f"fb-offsite:{i}", "2024", 0.02):
                arr.add({"id": rng.randrange(10**14, 10**15), "type": rng.choice(("PAGE_VIEW", "PURCHASE", "CUSTOM")),
                         "timestamp": _ts(moment)})
                tally.add(key, "facebook.off_facebook")
            arr.close()
            out.write("\n    }")
        out.write("\n  ]\n}")


def _profile(p: Persona) -> dict[str, Any]:
    rng = p.rng("fb-profile")
    reg = datetime(2009, 4, 2, 18, 30, tzinfo=UTC)
    return {"profile_v2": {
        "name": {"full_name": p.name, "first_name": p.first, "middle_name": "", "last_name": p.last},
        "emails": {"emails": [p.email], "previous_emails": []},
        "birthday": {"year": rng.randrange(1985, 1996), "month": rng.randrange(1, 13), "day": rng.randrange(1, 29)},
        "gender": {"gender_option": "FEMALE" if p.seed % 2 else "MALE", "pronoun": "SHE" if p.seed % 2 else "HE"},
        "current_city": {"name": f"{p.home.city}, {COUNTRY_NAMES[p.home.country]}", "timestamp": _ts(reg) + 86400},
        "hometown": {"name": f"{p.home.city}, {COUNTRY_NAMES[p.home.country]}", "timestamp": _ts(reg) + 86400},
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": "+" + str(rng.randrange(10**10, 10**11)),
                           "verified": True}],
        "registration_timestamp": _ts(reg),
        "profile_uri": f"https://www.facebook.com/{p.handle.replace('_', '.')}",
    }}


def profile_facts(profile: dict[str, Any]) -> int:
    """Profile facts as records: one each for name, username, birthday, gender, current city,
    hometown, relationship and registration date, plus one per email and phone number.

    (docs/kinds.md lists the facts without ``registration``; the Facebook parser also emits the
    registration date as a fact, and so the truth counts it.)
    """
    singles = ("name", "username", "birthday", "gender", "current_city", "hometown", "relationship",
               "registration_timestamp")
    n = sum(1 for key in singles if profile.get(key))
    emails = profile.get("emails") or {}
    n += sum(len(emails.get(k) or []) for k in ("emails", "previous_emails", "pending_emails", "ad_account_emails"))
    return n + len(profile.get("phone_numbers") or [])
