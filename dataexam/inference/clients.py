"""Tweet clients that are not the person at their device: schedulers (the time is not theirs) and cross-posters
(the device is not theirs).

X writes a tweet's sending client in its ``source`` (kept by the parsers as ``attrs.client``, HTML tags stripped).
The clock findings leave out tweets of :data:`SCHEDULING_CLIENTS` (:func:`scheduling_client`); the devices finding
gives no operating system to those nor to :data:`CROSS_POSTERS` (:func:`client_os`). One module for both lists
(the twenty-fourth pass's two builders each wrote one), and the operating system a user agent or client name tells
(:func:`os_family`, :func:`client_os`: the devices finding's reading).
"""

from __future__ import annotations

import functools
import re

from ..events import Event

# Posting clients that send at a time chosen in advance: a tweet they sent shows when it was queued for, not when
# the person was awake (the twenty-fourth pass's tester: a Madrid sleeper's Buffer tweets at 03:00 and 05:00 every
# day left no weekday night and put the lull at 08:52). Names as X writes them in a tweet's `source` (kept by the
# parsers as attrs.client, HTML tags stripped), case-folded: social-media schedulers (Buffer, Hootsuite, Sprout
# Social, Later, SocialBee, CoSchedule, …), feed and automation services (IFTTT, dlvr.it, Zapier, twitterfeed,
# Revive Old Posts, …) and X's own scheduling tools (Media Studio, the ads composer). TweetDeck is left in: its
# scheduler and its live use write the same `source`, and most of its tweets are sent live. No other service's
# records name a sending client: Facebook's posts, comments and messages carry no app field in any era (the
# parsers' `app` is the off-Facebook activity's, not a post's), Amazon's orders none.
SCHEDULING_CLIENTS = frozenset({
    "buffer", "bufferapp", "hootsuite", "hootsuite inc", "sprout social", "later", "later.com", "later media",
    "socialbee", "socialbee.io", "coschedule", "sendible", "loomly", "agorapulse", "socialpilot", "socialpilot.co",
    "publer", "post planner", "meetedgar", "edgar", "echobox", "socialflow", "sprinklr", "khoros", "oktopost",
    "statusbrew", "crowdfire", "hypefury", "typefully", "tweet hunter", "missinglettr", "fedica", "planable",
    "zoho social", "sked social", "contentcal", "ifttt", "dlvr.it", "zapier", "zapier.com", "twitterfeed",
    "twittbot.net", "paper.li", "revive old posts", "revive social", "revive social app", "tweet jukebox",
    "twuffer", "twitter media studio", "media studio", "twitter ads composer", "advertiser-interface",
    "twitter ads", "socialoomph", "recurpost", "postoplan", "vista social", "metricool", "sociallymap",
})
# the same names with a company suffix ("Hootsuite Inc.", "Buffer, Inc.") or a product word after them
_CLIENT_SUFFIXES = (", inc.", " inc.", ", inc", " inc", " app", " publisher", " scheduler")


def scheduling_client(event: Event) -> str | None:
    """The client's name as written when ``event`` (an own tweet) was sent by one of :data:`SCHEDULING_CLIENTS`,
    else None. Reads ``attrs.client`` (X's `source`, current and classic archives alike)."""
    client = event.attrs.get("client") if event.kind == "twitter.tweet" else None
    if not isinstance(client, str) or not client.strip():
        return None
    name = " ".join(client.casefold().split())
    for suffix in _CLIENT_SUFFIXES:
        if name.endswith(suffix) and name[: -len(suffix)] in SCHEDULING_CLIENTS:
            return client.strip()
    return client.strip() if name in SCHEDULING_CLIENTS else None


#: clients that post for the person from another service's servers: what they say of a device is nothing, though the
#: time is the person's own action there (an Instagram photo shared to X, a blog post announced); with
#: :data:`SCHEDULING_CLIENTS` and TweetDeck (any OS), the names client_os gives no operating system, matched
#: as parts of the client's name ("Hootsuite Inc.", "Twitter for Facebook" …)
CROSS_POSTERS = ("tweetdeck", "wordpress", "instagram", "facebook", "linkedin", "tumblr", "twibble", "falcon",
                 "brandwatch", "meet edgar")

__all__ = ["CROSS_POSTERS", "SCHEDULING_CLIENTS", "scheduling_client"]


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


#: Tweet clients that say nothing of the person's own device (:mod:`.clients`): schedulers and automation, and
#: cross-posters (X's ``source`` names them: "Buffer", "Hootsuite Inc.", "IFTTT", "Instagram", "TweetDeck" …)
NOT_A_DEVICE = (*sorted(SCHEDULING_CLIENTS), *CROSS_POSTERS)


@functools.lru_cache(maxsize=1024)  # a person tweets from a handful of clients
def client_os(name: str) -> str | None:
    """Operating-system family of a tweet's client (X's ``source``, kept as ``attrs.client``): "Twitter for iPhone"
    / "for iPad" → iOS, "Twitter for Android" → Android, "Twitter for Mac" → macOS, "Twitter for Windows" →
    Windows; ``None`` for the web app (any OS), scheduling and cross-posting services (:data:`NOT_A_DEVICE`:
    not the person's device) and names that tell no OS."""
    s = name.casefold()
    if any(k in s for k in NOT_A_DEVICE):
        return None
    if re.search(r"\bfor mac\b|\bmac ?os\b", s):
        return "macOS"
    if re.search(r"\bfor (iphone|ipad|ios)\b|\bi[oο]s\b|\biphone\b|\bipad\b", s):  # Tweetbot writes "iΟS"
        return "iOS"
    return os_family(name)
