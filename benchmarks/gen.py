"""Benchmark inputs: persona exports at a target size, and dedicated single-source exports.

Every generator streams: records are formatted one at a time and written straight to the file
(or zip member), so generating a multi-GB input needs a few MB of memory. Run as a script so the
benchmark can measure the generator's own peak memory in a subprocess::

    python benchmarks/gen.py persona  --out DIR --scale 40 [--zip]
    python benchmarks/gen.py x        --out DIR --bytes 1e9 [--zip]   # X archive, data/tweet.js
    python benchmarks/gen.py x-social --out DIR --bytes 1e9 [--zip] [--realistic]  # X likes, DMs, follows, logins
    python benchmarks/gen.py messenger --out DIR --bytes 1e9          # Messenger-heavy Facebook
    python benchmarks/gen.py amazon   --out DIR --rows 1000000        # legacy Retail.OrderHistory CSV

The dedicated exports are fictional people, in the layouts of formats.md: the X archive is the
2020–22 ``data/`` layout (``tweet.js`` with ``{"tweet": …}`` items, ``" : "`` style, string numbers —
the file name twitter-to-sqlite knows), Messenger threads are 2024–25 ``your_facebook_activity``
threads split into ``message_N.json`` files of 10,000 messages with Meta's mojibake, and the Amazon
file is the legacy all-quoted, BOM-prefixed CSV with ``Not Available`` sentinels.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

_ZIP_TIME = (2025, 1, 10, 12, 0, 0)
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_WORDS = ("coffee morning train hiking river garden bread market concert guitar photo weekend city rain "
          "sunset museum recipe bicycle climbing book library ocean forest mountain running football "
          "tea dinner friends family travel airport ticket holiday camera painting yoga swimming "
          "café mañana straße niño größe déjà").split()


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n)).capitalize()


class Output:
    """An export written as a folder or a zip (deflate level 1, zip64), one streamed member at a time."""

    def __init__(self, root: Path, *, zipped: bool) -> None:
        self.zipped = zipped
        self.path = root.with_name(root.name + ".zip") if zipped else root
        self._zip = None
        if zipped:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._zip = zipfile.ZipFile(self.path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        else:
            self.path.mkdir(parents=True, exist_ok=True)

    @contextmanager
    def text(self, member: str, *, bom: bool = False, newline: str = "") -> Iterator[IO[str]]:
        if self._zip is not None:
            info = zipfile.ZipInfo(member, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            with self._zip.open(info, "w", force_zip64=True) as raw:
                buffered = io.BufferedWriter(raw, buffer_size=1 << 20)  # type: ignore[arg-type]
                out = io.TextIOWrapper(buffered, encoding="utf-8-sig" if bom else "utf-8", newline=newline)
                yield out
                out.flush()
                out.detach()
                buffered.flush()
                buffered.detach()
        else:
            target = self.path / member
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("w", encoding="utf-8-sig" if bom else "utf-8", newline=newline,
                             buffering=1 << 20) as out:
                yield out

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


class _Counter:
    """Counts characters written through it (ASCII-dominated output: characters ≈ bytes)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.n = 0

    def write(self, text: str) -> None:
        self.n += len(text)
        self.out.write(text)


# -- X archive -----------------------------------------------------------------------------------

_TWEET = """{
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "%(id)s"
          ],
          "editableUntil" : "%(editable)s",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\\"https://mobile.twitter.com\\" rel=\\"nofollow\\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "%(tag)s",
            "indices" : [
              "0",
              "%(taglen)d"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/%(tco)s",
            "expanded_url" : "https://example.org/%(tag)s/%(id)s",
            "display_url" : "example.org/%(tag)s/…",
            "indices" : [
              "%(u0)d",
              "%(u1)d"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "%(u1)d"
      ],
      "favorite_count" : "%(fav)d",
      "id_str" : "%(id)s",
      "truncated" : false,
      "retweet_count" : "%(rt)d",
      "id" : "%(id)s",
      "possibly_sensitive" : false,
      "created_at" : "%(created)s",
      "favorited" : false,
      "full_text" : %(text)s,
      "lang" : "en"
    }
  }"""

_MANIFEST = """window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1200000001",
    "userName" : "bench_jane",
    "displayName" : "Jane Bench"
  },
  "archiveInfo" : {
    "sizeBytes" : "%(size)d",
    "generationDate" : "2022-01-15T12:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [ { "fileName" : "data/account.js", "globalName" : "YTD.account.part0", "count" : "1" } ]
    },
    "tweets" : {
      "files" : [ { "fileName" : "data/tweet.js", "globalName" : "YTD.tweet.part0", "count" : "%(tweets)d" } ]
    }
  }
}"""

_ACCOUNT = """window.YTD.account.part0 = [ {
  "account" : {
    "email" : "jane.bench@example.org",
    "createdVia" : "web",
    "username" : "bench_jane",
    "accountId" : "1200000001",
    "createdAt" : "2010-03-01T09:00:00.000Z",
    "accountDisplayName" : "Jane Bench"
  }
} ]"""


def _x_time(dt: datetime) -> str:
    return f"{_DAYS[dt.weekday()]} {_MONTHS[dt.month - 1]} {dt.day:02d} {dt:%H:%M:%S} +0000 {dt.year}"


def write_x_archive(root: Path, target_bytes: int, *, seed: int = 7, zipped: bool = False) -> dict[str, int]:
    """An X archive (2020–22 ``data/`` layout) whose ``tweet.js`` is about ``target_bytes`` long."""
    rng = random.Random(seed)
    out = Output(root, zipped=zipped)
    tweets = 0
    try:
        with out.text("data/tweet.js") as raw:
            fh = _Counter(raw)
            fh.write("window.YTD.tweet.part0 = [ ")
            t = datetime(2022, 1, 10, 12, 0, 0, tzinfo=UTC)
            tweet_id = 1480000000000000000
            while fh.n < target_bytes:
                t -= timedelta(seconds=rng.randint(60, 40_000))  # newest first, as X writes it
                tweet_id -= rng.randint(10**9, 10**12)
                tag = rng.choice(_WORDS[:30])
                body = f"#{tag} {_sentence(rng, rng.randint(6, 24))} &amp; more"
                u0 = len(body) + 1
                text = f"{body} https://t.co/{tweet_id % 10**10:010d}"
                if tweets:
                    fh.write(", ")
                fh.write(_TWEET % {
                    "id": tweet_id, "editable": (t + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "tag": tag, "taglen": len(tag) + 1, "tco": f"{tweet_id % 10**10:010d}", "u0": u0,
                    "u1": len(text), "fav": rng.randint(0, 50), "rt": rng.randint(0, 9), "created": _x_time(t),
                    "text": json.dumps(text, ensure_ascii=False),
                })
                tweets += 1
            fh.write(" ]")
        with out.text("data/account.js") as fh2:
            fh2.write(_ACCOUNT)
        with out.text("data/manifest.js") as fh2:
            fh2.write(_MANIFEST % {"size": target_bytes, "tweets": tweets})
        with out.text("Your archive.html") as fh2:
            fh2.write("<!DOCTYPE html><html><body>Your archive</body></html>")
    finally:
        out.close()
    return {"tweets": tweets}


# -- X archive of likes, follows, DMs and logins ----------------------------------------------------

#: shares of the social archive's bytes per file: likes and DMs dominate, as in a heavy reader's and
#: chatter's archive (issue 16: "archives dominated by likes, follows and DMs")
_SOCIAL_SHARES = (("like", 0.35), ("direct-messages", 0.35), ("follower", 0.10), ("following", 0.05),
                  ("ip-audit", 0.15))
_SOCIAL_SELF = 1200000001


#: everyday words that are no interest keyword (``--realistic``): most liked tweets and DMs hold no keyword at all,
#: where every word of :data:`_WORDS` is a hobby's or a place's
_PLAIN = ("the a to and is this that so just it for you me my was what when people time day good new one get like "
          "know think really now still today here going love got see make can't don't i'm it's your all about how "
          "more back only need right much want even never always thing way week year last first every").split()
_REPLIES = ("ok", "lol", "yes", "thanks!", "haha", "same", "omg", "wow", "see you soon", "haha yes", "no way",
            "sounds good", "on my way", "❤️", "😂😂", "true", "thank you so much", "yeah", "nice", "good night")
_LINK = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _real_text(rng: random.Random, n: int) -> str:
    """A sentence of ``n`` everyday words, one in twenty a keyword of :data:`_WORDS` (few keyword hits)."""
    return " ".join(rng.choice(_WORDS) if rng.random() < 0.05 else rng.choice(_PLAIN) for _ in range(n)).capitalize()


def _real_like(rng: random.Random) -> str:
    """A liked tweet as X writes them: a reply's ``@handle`` first (2 in 5), a t.co link of 10 letters and digits
    (3 in 5)."""
    text = _real_text(rng, rng.randint(3, 25))
    if rng.random() < 0.4:
        text = f"@user{rng.randint(1, 5000)} {text}"
    if rng.random() < 0.6:
        text += " https://t.co/" + "".join(rng.choice(_LINK) for _ in range(10))
    return text


def _real_message(rng: random.Random) -> str:
    """A DM: a short reply of a few common ones half the time, else a sentence of everyday words."""
    return rng.choice(_REPLIES) if rng.random() < 0.5 else _real_text(rng, rng.randint(2, 16))


def _social_like(rng: random.Random, n: int, realistic: bool = False) -> str:
    tweet_id = 1480000000000000000 - n * 7919
    text = json.dumps(_real_like(rng) if realistic else
                      f"{_sentence(rng, rng.randint(4, 30))} &amp; https://t.co/{tweet_id % 10**10:010d}",
                      ensure_ascii=False)
    return (f'{{\n    "like" : {{\n      "tweetId" : "{tweet_id}",\n      "fullText" : {text},\n'
            f'      "expandedUrl" : "https://twitter.com/i/web/status/{tweet_id}"\n    }}\n  }}')


def _social_account(kind: str, n: int) -> str:
    account = 2_000_000_000 + n * 37  # every record a distinct account, as in a big account's lists
    return (f'{{\n    "{kind}" : {{\n      "accountId" : "{account}",\n'
            f'      "userLink" : "https://twitter.com/intent/user?user_id={account}"\n    }}\n  }}')


#: the newest and oldest login of the social archive: its logins run back from the newest one every
#: ~25 minutes and start again from it below the oldest, so any size spans the years of a real account
#: (X's ip-audit), not decades
_SOCIAL_NEWEST = datetime(2025, 1, 5, 12, 0, 0, tzinfo=UTC)
_SOCIAL_OLDEST = datetime(2012, 1, 1, tzinfo=UTC)


def _social_login(rng: random.Random, t: datetime) -> str:
    ip = (f"203.0.113.{rng.randint(1, 254)}" if rng.random() < 0.7
          else f"198.{rng.randint(18, 19)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
    return (f'{{\n    "ipAudit" : {{\n      "accountId" : "{_SOCIAL_SELF}",\n'
            f'      "createdAt" : "{t:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",\n'
            f'      "loginIp" : "{ip}",\n      "loginPortNumber" : "{rng.randint(1024, 65535)}"\n    }}\n  }}')


def _social_conversation(rng: random.Random, n: int, t: datetime, realistic: bool = False) -> tuple[str, int]:
    """One ``dmConversation`` with a partner of its own, its messages newest first."""
    partner = 3_000_000_000 + n
    low, high = sorted((_SOCIAL_SELF, partner))
    messages = []
    for i in range(min(2000, int(rng.expovariate(1 / 60)) + 1)):
        t -= timedelta(seconds=rng.randint(20, 20_000))
        mine = rng.random() < 0.5
        sender, recipient = (_SOCIAL_SELF, partner) if mine else (partner, _SOCIAL_SELF)
        text = json.dumps(_real_message(rng) if realistic else _sentence(rng, rng.randint(2, 16)), ensure_ascii=False)
        messages.append(
            f'{{\n          "messageCreate" : {{\n            "recipientId" : "{recipient}",\n'
            f'            "reactions" : [ ],\n            "urls" : [ ],\n            "text" : {text},\n'
            f'            "mediaUrls" : [ ],\n            "senderId" : "{sender}",\n'
            f'            "id" : "{1470000000000000000 + n * 100_000 + i}",\n'
            f'            "createdAt" : "{t:%Y-%m-%dT%H:%M:%S}.{rng.randint(0, 999):03d}Z",\n'
            f'            "editHistory" : [ ]\n          }}\n        }}')
    body = ", ".join(messages)
    return (f'{{\n    "dmConversation" : {{\n      "conversationId" : "{low}-{high}",\n'
            f'      "messages" : [ {body} ]\n    }}\n  }}'), len(messages)


def write_x_social_archive(root: Path, target_bytes: int, *, seed: int = 17, zipped: bool = False,
                           realistic: bool = False) -> dict[str, int]:
    """An X archive (2022–25 ``data/`` layout) of about ``target_bytes`` that holds no tweets: likes,
    DMs, followers, followings and logins (:data:`_SOCIAL_SHARES`). Likes, followers and followings
    are undated in X's files, and every one names a distinct tweet or account; every DM conversation
    has a partner of its own — the shapes whose per-record state could grow with the archive. ``realistic``: texts
    of everyday words with few keyword hits, t.co links of letters and digits, replies' handles and many short DMs
    (:func:`_real_like`, :func:`_real_message`) instead of sentences made of keywords alone."""
    rng = random.Random(seed)
    out = Output(root, zipped=zipped)
    counts: dict[str, int] = {}
    try:
        for stem, share in _SOCIAL_SHARES:
            global_name = stem.replace("-", "_")
            with out.text(f"data/{stem}.js") as raw:
                fh = _Counter(raw)
                fh.write(f"window.YTD.{global_name}.part0 = [ ")
                n = 0
                t = _SOCIAL_NEWEST
                while fh.n < target_bytes * share:
                    if stem == "like":
                        item = _social_like(rng, n, realistic)
                    elif stem in ("follower", "following"):
                        item = _social_account(stem, n)
                    elif stem == "ip-audit":
                        t -= timedelta(seconds=rng.randint(60, 3_000))
                        if t < _SOCIAL_OLDEST:  # a 2 GB archive's logins ran back to 1944 at one clock
                            t = _SOCIAL_NEWEST - timedelta(seconds=rng.randint(0, 3_000))
                        item = _social_login(rng, t)
                    else:
                        item, messages = _social_conversation(rng, n, t - timedelta(seconds=rng.randint(0, 10**8)),
                                                              realistic)
                        counts["messages"] = counts.get("messages", 0) + messages
                    fh.write((", " if n else "") + item)
                    n += 1
                fh.write(" ]")
                counts[stem] = n
        with out.text("data/account.js") as fh2:
            fh2.write(_ACCOUNT)
        with out.text("data/manifest.js") as fh2:
            fh2.write(_MANIFEST % {"size": target_bytes, "tweets": 0})
        with out.text("Your archive.html") as fh2:
            fh2.write("<!DOCTYPE html><html><body>Your archive</body></html>")
    finally:
        out.close()
    return counts


# -- Messenger-heavy Facebook export ---------------------------------------------------------------

_FRIENDS = ("Tobias Løye", "Ana Núñez", "Mark Olsen", "Priya Raman", "Jürgen Weiß", "Chloé Martin",
            "Sam Carter", "Léa Dubois", "Omar Haddad", "Ines García", "Kofi Mensah", "Mia Schmidt")
_SELF = "Jane Bench"
_PER_FILE = 10_000
_MAX_PARTS = 6  # message_N.json files per thread
# Message times: each thread starts (newest message) within 5 years before 2025-01-01 and steps back
# ≤ 50 min per message, so even a 60,000-message thread stays after 2014
_MESSENGER_NEWEST_MS = 1735689600000
_MESSENGER_SPREAD_MS = 5 * 365 * 86_400_000
_MESSENGER_STEP_MS = 3_000_000


def _moji(text: str) -> str:
    return text if text.isascii() else text.encode("utf-8").decode("latin-1")


def _meta(value: object) -> str:
    return json.dumps(_moji(value) if isinstance(value, str) else value, ensure_ascii=True)


def write_messenger_export(root: Path, target_bytes: int, *, seed: int = 11, zipped: bool = False) -> dict[str, int]:
    """A 2024–25 Facebook export that is nearly all Messenger threads, about ``target_bytes`` long."""
    rng = random.Random(seed)
    out = Output(root, zipped=zipped)
    base = "your_facebook_activity/messages/inbox"
    written = messages = threads = 0
    try:
        with out.text("personal_information/profile_information/profile_information.json") as fh:
            fh.write(json.dumps({"profile_v2": {"name": {"full_name": _SELF}, "registration_timestamp": 1262304000}},
                                indent=2, ensure_ascii=True))
        while written < target_bytes:
            # each thread runs back from its own newest message: one clock for the whole export went
            # past 1970 after ~1.4 million messages, and 70% of the 1 GB benchmark export was undated
            t_ms = _MESSENGER_NEWEST_MS - rng.randint(0, _MESSENGER_SPREAD_MS)
            friend = _FRIENDS[threads % len(_FRIENDS)]
            slug = "".join(c for c in friend.lower() if c.isascii() and c.isalnum())
            thread = f"{slug}_{10_000_000_000 + threads}"
            # a thread of 1–6 files; long threads are split into message_1 (newest), message_2, …
            for part in range(1, rng.randint(1, _MAX_PARTS) + 1):
                if written >= target_bytes:
                    break
                with out.text(f"{base}/{thread}/message_{part}.json") as raw:
                    fh2 = _Counter(raw)
                    fh2.write(f'{{\n  "participants": [\n    {{\n      "name": {_meta(friend)}\n    }},\n'
                              f'    {{\n      "name": {_meta(_SELF)}\n    }}\n  ],\n  "messages": [')
                    for i in range(_PER_FILE):
                        t_ms -= rng.randint(1_000, _MESSENGER_STEP_MS)
                        sender = _SELF if rng.random() < 0.5 else friend
                        content = _sentence(rng, rng.randint(3, 18))
                        extra = ""
                        if rng.random() < 0.1:
                            extra = (f',\n      "reactions": [\n        {{\n          "reaction": {_meta("❤")},\n'
                                     f'          "actor": {_meta(friend)}\n        }}\n      ]')
                        fh2.write(f'{"," if i else ""}\n    {{\n      "sender_name": {_meta(sender)},\n'
                                  f'      "timestamp_ms": {t_ms},\n      "content": {_meta(content)}{extra},\n'
                                  f'      "is_geoblocked_for_viewer": false\n    }}')
                        messages += 1
                    fh2.write(f'\n  ],\n  "title": {_meta(friend)},\n  "is_still_participant": true,\n'
                              f'  "thread_path": "inbox/{thread}",\n  "magic_words": []\n}}')
                    written += fh2.n
            threads += 1
    finally:
        out.close()
    return {"messages": messages, "threads": threads}


# -- Amazon legacy order history -----------------------------------------------------------------

_AMAZON_HEADER = ("Website", "Order ID", "Order Date", "Purchase Order Number", "Currency", "Unit Price",
                  "Unit Price Tax", "Shipping Charge", "Total Discounts", "Total Owed", "Shipment Item Subtotal",
                  "Shipment Item Subtotal Tax", "ASIN", "Product Condition", "Quantity", "Payment Instrument Type",
                  "Order Status", "Shipment Status", "Ship Date", "Shipping Option", "Shipping Address",
                  "Billing Address", "Carrier Name & Tracking Number", "Product Name", "Gift Message",
                  "Gift Sender Name", "Gift Recipient Contact Details")
_PRODUCTS = ("Dark Chocolate Almond Snack Nuts, 40oz Bag", "Trail Running Shoes, Size 8", "Organic Green Tea, 100 Bags",
             "Yoga Mat, Non-Slip, 6mm", "Hiking Backpack 30L", "Stainless Steel Water Bottle", "Paperback Novel",
             "USB-C Charging Cable, 2 Pack", "Coffee Beans, Whole, 1kg", "Camping Lantern, LED")


def write_amazon_orders(root: Path, rows: int, *, seed: int = 13, zipped: bool = False) -> dict[str, int]:
    """A legacy ``Retail.OrderHistory.1.csv`` with ``rows`` item rows (BOM, all quoted, CRLF)."""
    rng = random.Random(seed)
    out = Output(root, zipped=zipped)
    try:
        with out.text("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", bom=True) as fh:
            def q(values: tuple[str, ...]) -> str:
                return '"' + '","'.join(values)

            fh.write(q(_AMAZON_HEADER) + '"\r\n')
            t = datetime(2024, 12, 31, 20, 0, 0, tzinfo=UTC)
            for i in range(rows):
                t -= timedelta(seconds=rng.randint(30, 600))
                ms = f".{rng.randint(0, 999):03d}" if i % 3 else ""  # with and without milliseconds
                price = rng.randint(199, 9999)
                discount = f"'-{rng.randint(1, 99) / 100:.2f}'" if i % 7 == 0 else "0"
                status = "Closed" if i % 11 else "Cancelled"
                fh.write(q((
                    "Amazon.com", f"11{i % 7}-{i // 10:07d}-{rng.randint(0, 9999999):07d}",
                    f"{t:%Y-%m-%dT%H:%M:%S}{ms}Z", "Not Applicable", "USD", f"{price / 100:.2f}", "0", "0",
                    discount, f"{price / 100:.2f}", "Not Available", "Not Available", f"B0{rng.randint(0, 10**8):08d}",
                    "New", "1", "Visa - 0001", status, "Shipped" if status == "Closed" else "Not Available",
                    f"{t + timedelta(days=1):%Y-%m-%dT%H:%M:%S}Z", "std-us", "Jane Bench 1 Main St",
                    "Jane Bench 1 Main St", "AMZN_US(TBA000000000)", rng.choice(_PRODUCTS), "Not Available",
                    "Not Available", "Not Available")) + '"\r\n')
    finally:
        out.close()
    return {"rows": rows}


# -- persona ----------------------------------------------------------------------------------------

def write_persona_export(out_dir: Path, scale: float, *, seed: int = 1, zipped: bool = False) -> list[str]:
    """The persona generator's exports of one fictional person; returns the input paths."""
    from dataexam.persona import export_paths, write_persona

    truth = write_persona(out_dir, seed=seed, scale=scale, zipped=zipped)
    return [str(p) for p in export_paths(truth)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("persona", "x", "x-social", "messenger", "amazon"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--bytes", type=float, default=1e8)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--zip", action="store_true")
    ap.add_argument("--realistic", action="store_true", help="x-social: everyday texts, few keyword hits")
    args = ap.parse_args(argv)
    if args.what == "persona":
        info: object = write_persona_export(args.out, args.scale, seed=args.seed, zipped=args.zip)
    elif args.what == "x":
        info = write_x_archive(args.out, int(args.bytes), zipped=args.zip)
    elif args.what == "x-social":
        info = write_x_social_archive(args.out, int(args.bytes), zipped=args.zip, realistic=args.realistic)
    elif args.what == "messenger":
        info = write_messenger_export(args.out, int(args.bytes), zipped=args.zip)
    else:
        info = write_amazon_orders(args.out, args.rows, zipped=args.zip)
    json.dump(info, sys.stdout)  # the harness reads what was written (paths, record counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
