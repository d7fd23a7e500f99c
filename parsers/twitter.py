"""Twitter / X account archives, all three generations (formats.md §2).

* ``classic`` — the "Grailbird" archive (≤ mid-2018): root ``tweets.csv`` plus the same tweets again
  as ``data/js/tweets/YYYY_MM.js``; both give a tweet the key ``twitter.tweet:<id>``, so the
  normaliser keeps one of them.
* ``gdpr-2018`` — 2018 → Mar 2020: ``*.js`` files at the archive root; ``tweet.js`` items are bare
  tweet objects; Jun–Dec 2019 archives ship media as nested zips (mounted by the Archive).
* ``current`` — Mar 2020 → now: ``Your archive.html``, ``assets/``, ``data/manifest.js``,
  ``data/*.js`` with ``-partN`` splits, media folders.

Every record→event rule follows ``docs/kinds.md``. Choices that page leaves open:

* ``note-tweet.js`` (long posts, 2023 →) yields no events of its own — the long post is already a
  tweet in ``tweets.js`` with its text cut to 280 characters. A note whose ``createdAt`` second
  equals a tweet's ``created_at`` and whose text starts with the tweet's visible text (links, "…"
  and a reply's leading ``@mentions`` left out: the note's body lacks them) replaces that tweet's
  text, the reply's mentions kept in front as X shows them (``attrs.note_tweet_id`` says so).
  Counting stays one event per tweet. The set-up pairs notes and tweets (each note one tweet), so a
  note that matches no tweet of the tweets files is a ``bad-record`` issue of ``note-tweet.js``
  (its text is on no event); a note of a deleted tweet gives that ``twitter.deleted_tweet`` its text.
* ``community-tweet.js`` (posts made inside X Communities, 2022 →; in no other file) and
  ``twitter-circle-tweet.js`` (posts shared with a Twitter Circle, 2022–23) hold the person's own
  posts in the ``tweets.js`` item shape: they are ``twitter.tweet`` events under the same id key, so a
  copy also present in ``tweets.js`` is de-duplicated; ``attrs.community_id`` / ``attrs.audience``
  say where they were posted.
* Classic archives of ~2013 show older tweets at ``00:00:00`` in ``tweets.csv`` and ``data/js``; the
  real time comes from ``data/csv/YYYY_MM.csv`` (:mod:`dataexam_parsers.twitter_classic`), and a
  midnight no file corrects is ``date-only``.
* ``tweet-headers.js`` repeats id/time of the tweets in ``tweets.js`` (ignored on purpose).
  ``deleted-tweets.js`` (2022 → archives; WIF's 2024–25 file list, formats.md §2.3) holds the posts the
  person deleted that X still keeps and hands back, in the ``tweets.js`` item shape plus ``deleted_at``:
  each is a ``twitter.deleted_tweet`` (its own kind, never a ``twitter.tweet``: the findings about "your
  tweets" read live tweets only), ``attrs.deleted_at`` when the file gives it. Opt-in in a timeline (named
  by ``--kind`` only), read by the report (``report_kinds``).
* The items of a ``dmConversation.messages[]`` array that are not messages — group-DM membership
  and naming items (``joinConversation``, ``participantsJoin``, ``participantsLeave``,
  ``conversationNameUpdate``, ``direct-messages-group.js``, 2021 →) and the 2019–20 sibling
  ``reactionCreate`` items (later archives nest reactions in ``messageCreate.reactions[]``) — are
  one ``twitter.dm_event`` each (``attrs.event`` says which), not messages: the group's name and the
  owner's own timed actions (a rename, an add, leaving, a reaction) are kept without counting as DMs.
  The kind is opt-in (``opt_in_kinds``): a timeline gives it only where ``--kind`` names it.
  An item of no known type, or whose body is not an object, is a ``bad-record`` issue; the
  conversation's messages are read on. So is a conversation that is not an object, has no
  ``messages`` or whose ``messages`` is not a list (placed as ``conversation N``, from 0). A top-level
  item with no ``dmConversation`` key at all (never seen; the file's bytes are matched only at the
  keys above, to keep DMs on ijson's C path) is not seen.
"""

from __future__ import annotations

import csv
import heapq
import io
import re
import zlib
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache, partial
from typing import Any, ClassVar

import ijson

from dataexam import jsonstream
from dataexam.archive import Archive, Member
from dataexam.counts import whole_count
from dataexam.events import Event, ParseIssue, TimeSource, format_time, id_key, stable_key
from dataexam.geo import geojson_pair
from dataexam.issue_codes import CUT_ZIP_PART, IssueKind
from dataexam.parser import (
    DATA_ERRORS,
    RECORD_ERRORS,
    MemberContext,
    OwnRecordsCompared,
    Parser,
    _zip_chain,
    cut_issue,
    describe_error,
    issue_code,
    rules_table,
)
from dataexam.surrogates import repair_message
from dataexam.textfix import unescape_html
from dataexam.timeparse import NO_TIME, from_epoch, from_iso, from_twitter, parse_any

from .twitter_classic import MonthTimes
from .twitter_notes import NoteIndex

Item = Event | ParseIssue

# X launched in 2006; a 2025 export was seen holding tweets dated 1997 and 2003 (KHPI drops them,
# we keep them flagged).
_FIRST_YEAR = 2006

_PART = r"(?:-part\d+)?\.js$"


def _from_data_folder(path: str) -> str:
    """A member's path as ``data/manifest.js`` names the archive's files (formats.md §2.3): from its last
    ``data/`` folder on (``twitter-2024/data/like.js`` → ``data/like.js``); a file in no ``data/`` folder under
    ``data/`` by its name (``like.js`` → ``data/like.js``: a part whose data folder's contents were zipped
    without the folder, T41B L)."""
    if path.startswith("data/"):
        return path
    at = path.rfind("/data/")
    return path[at + 1:] if at >= 0 else "data/" + path.rsplit("/", 1)[-1]


def _as_held(path: str) -> str:
    """A data file's path as its archive holds it, from its ``data/`` folder on (``twitter-2024/data/like.js`` →
    ``data/like.js``: the folder above it may carry the account's name), or its bare name where it sits in no
    ``data/`` folder (a flat zip's ``like.js``, ``manifest.js``)."""
    return _from_data_folder(path) if path.startswith("data/") or "/data/" in path else path.rsplit("/", 1)[-1]


def _manifest(archive: Archive) -> list[Member]:
    """The archive's ``data/manifest.js`` (2020 → archives, formats.md §2.3), else a ``manifest.js`` at any depth
    outside a ``data/`` folder: a current archive whose ``data/`` folder's contents were zipped without the folder
    (the 2018–20 GDPR archives had no manifest, so a ``manifest.js`` beside the data files is the current era's;
    T41B L: such an archive was labelled ``gdpr-2018``). ``[]`` where there is none."""
    return archive.find(r"(?:^|/)data/manifest\.js$") or archive.find(r"(?:^|/)manifest\.js$")


def _absent(archive: Archive, listed: Mapping[str, int]) -> list[tuple[str, int]]:
    """The files of ``listed`` (``data/<file>`` → the manifest's count) with records that are not in ``archive``."""
    # a listed file counts as given wherever its data/ folder sits: the zips of one archive unpacked or renamed
    # apart may root it differently (T41: a.zip under twitter-2024/, b.zip's data/like.js at its top, whose records
    # are read, were said "not read")
    present = {_from_data_folder(path) for path in archive.paths()} if listed else set()
    return [(name, count) for name, count in listed.items() if count and name not in present]


def _one_cut(archive: Archive) -> ParseIssue | None:
    """The ``truncated-zip`` line of the archive's one zip cut short (``dataexam.archive._salvage_into``), naming the
    file the zip ends inside or none (a cut in a header, just after a file's data); None where no zip of it is cut
    (a zip whose directory alone is cut lost no file: a note) or more than one is."""
    cuts = [i for i in archive.issues if i.code == "truncated-zip" and i.kind is not IssueKind.NOTE]
    return cuts[0] if len(cuts) == 1 else None


def _count(value: object) -> int | None:
    """A manifest ``count`` (a string of digits, ``"4"``) as a number; ``None`` for anything else, a count past
    :data:`_MAX_COUNT` too."""
    text = str(value).strip() if isinstance(value, (str, int, Decimal)) and not isinstance(value, bool) else ""
    return int(text) if text.isdigit() and len(text) <= _MAX_COUNT_DIGITS else None


#: the digits of the largest count a manifest may list: a file's items are held in memory by no archive past 10^15
#: (X's largest archives list ~10^6 likes); "99999999999999999999999" is a damaged count, not one to compare (T44B)
_MAX_COUNT_DIGITS = 15


def _js(*stems: str) -> str:
    """A pattern for ``<stem>.js`` / ``<stem>-partN.js`` at any depth (root in 2018–20, data/ later)."""
    return r"(?:^|/)(?:" + "|".join(stems) + r")" + _PART


# Data files of 2018 → 2025 archives that hold no record of a kind in docs/kinds.md, grouped by why.
_IGNORED_DATA: tuple[tuple[tuple[str, ...], str], ...] = (
    (("manifest",), "archive manifest; read once up front for the account id"),
    (("tweet-headers", "deleted-tweet-headers"), "id/time headers repeating tweets.js / deleted-tweets.js"),
    (("deleted-note-tweet",), "long-post text of deleted tweets; the deleted tweet's own record is read"),
    (("note-tweet",), "long-post text; merged into the matching tweet of tweets.js, no event of its own"),
    (("direct-message-headers", "direct-message-group-headers", "direct-message-mute"),
     "DM conversation headers and mutes; the messages come from direct-messages*.js"),
    (("ad-mobile-conversions-attributed", "ad-mobile-conversions-unattributed",
      "ad-online-conversions-attributed", "ad-online-conversions-unattributed", "ads-revenue-sharing"),
     "ad conversion attributions and creator payouts; no kind in kinds.md yet"),
    (("ad-free-article-visits",),
     "articles read ad-free with a subscription (2022–23 archives, usually empty); no kind in kinds.md yet"),
    (("account-suspension", "account-label", "protected-history", "verified", "verified-organization",
      "key-registry", "device-token", "ni-devices", "sso", "connected-application", "app", "contact",
      "professional[-_]data", "expanded-profile", "message-event", "branch-links", "reply-prompt", "smartblock",
      "user-link-clicks"),
     "account settings, devices and app links; no kind in kinds.md yet"),
    (("community-note", "community-note-rating", "community-note-batsignal", "community-note-tombstone",
      "birdwatch-note", "birdwatch-note-rating", "birdwatch-note-tombstone", "moment", "article",
      "article-metadata", "spaces-metadata", "fleet",
      "audio-video-calls-in-dm", "audio-video-calls-in-dm-recipient-sessions", "tweetdeck",
      "twitter-circle", "twitter-circle-member", "twitter-article",
      "twitter-article-metadata", "mobile", "periscope-[a-z-]+"),
     "other X products (Community Notes, called Birdwatch notes until 2022; moments, spaces, "
     "Periscope, TweetDeck); no kind in kinds.md yet"),
    (("catalog-item", "commerce-catalog", "product-drop", "product-set", "shop-module", "shopify-account",
      "twitter-shop"),
     "X shopping features; no kind in kinds.md yet"),
)

_RULES: list[tuple[str, str | None] | tuple[str, str | None, str]] = [
    (r"(?:^|/)assets/", None, "archive viewer scripts and styles (2020 →)"),
    # -- classic "Grailbird" archive (≤ mid-2018) --------------------------------------------
    (r"(?:^|/)tweets\.csv$", "_parse_tweets_csv"),
    (r"(?:^|/)data/js/tweets/\d{4}_\d{2}\.js$", "_parse_tweets"),
    (r"(?:^|/)data/csv/\d{4}_\d{2}\.csv$", None,
     "the same tweets by month; read on demand for the real times of tweets that tweets.csv and "
     "data/js show at 00:00:00"),
    (r"(?:^|/)data/js/(?:tweet_index|payload_details|user_details)\.js$", None,
     "classic archive index, export metadata and account card (read once for the account id); no records"),
    (r"(?:^|/)(?<!data/)js/", None, "classic archive viewer scripts"),
    (r"(?:^|/)(?:css|img|lib|fonts?)/", None, "classic archive viewer assets"),
    (r"(?:^|/)index\.html$", None, "classic archive viewer page"),
    # -- GDPR-era and current archives ---------------------------------------------------------
    (_js("tweets?", "community[-_]tweet", "twitter-circle-tweet"), "_parse_tweets"),
    (_js("deleted-tweets?"), "_parse_deleted_tweets"),
    (_js("like"), "_parse_likes"),
    (_js("follower", "following", "block", "mute"), "_parse_relations"),
    *((_js(*stems), None, note) for stems, note in _IGNORED_DATA),
    (_js("direct-messages?", "direct-messages?-group"), "_parse_dms"),
    (_js("ip-audit"), "_parse_logins"),
    (_js("ad-impressions", "ad-engagements"), "_parse_ads"),
    (_js("personalization"), "_parse_personalization"),
    (_js("ageinfo"), "_parse_ageinfo"),
    (_js("account", "account-timezone", "account-creation-ip", "phone-number", "email-address-change"),
     "_parse_account"),
    (_js("profile"), "_parse_profile"),
    (_js("screen-name-change"), "_parse_screen_name_change"),
    (_js("lists-created", "lists-member", "lists-subscribed"), "_parse_lists"),
    (_js("saved-search"), "_parse_saved_search"),
    (_js("grok-chat-item"), "_parse_grok_chat"),
    # media folders: data/tweets_media (tweet_media ≤2022), direct_messages(_group)_media,
    # profile_media, moments_media, community_tweet_media …; 2019 nested media zips mount as the same
    (r"(?:^|/)[a-z_]+_media/", None, "photos and videos; no records"),
    (r"(?:^|/)Your archive\.html$", None, "archive viewer page"),
    (r"(?:^|/)README\.txt$", None, "X's explanation of the archive files"),
]

_TCO = re.compile(r"https?://t\.co/[A-Za-z0-9]+")
_RT = re.compile(r"^RT @(\w{1,15}):")
_MENTION = re.compile(r"(?<![\w@])@(\w{1,15})")
_HASHTAG = re.compile(r"(?<![\w&#])#(\w+)")
_TAGS = re.compile(r"<[^>]+>")
_LINK = re.compile(r"https?://\S+")
# the @handles X puts before a reply's text (outside its display_text_range): a long post's note holds the
# body without them (the pattern a public X-archive thread reader strips, found by the twenty-third pass's
# second tester; n0madic/twitter-scraper#76 shows a reply's display_text_range starting after them)
_LEADING_MENTIONS = re.compile(r"^(?:@\w+\s+)+")
_STATUS_URL = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(\w+)/status(?:es)?/(\d+)", re.I)

# direct-messages(-group).js: where a conversation starts, its id, and its messages key, as the keys
# stand in the bytes (jsonstream.iter_items_marked; the depth says which are item.dmConversation's own).
# The value: a string (an unclosed one runs to the end of the bytes read, so more is read first), any
# other scalar as written (a number, true, null), or the bracket a container opens with (a conversation
# is an object, its messages a list: anything else is said as a bad record). A key written with escapes
# ("dm\u0043onversation", never seen in an export) is not met: every regex tried for it either
# backtracked over long escaped texts (4.5 min for 4,000 DMs of 2,000 "\n" each) or tried a group at
# every string (twice the DM time).
_DM_MARKS = re.compile(
    rb'"(dmConversation|conversationId|messages)"\s*:\s*("[^"]*"?|[^\s,{}\[\]":]+|[\[{])?')

# dmConversation.messages[] items that are not messages, by their key → attrs.event of their
# twitter.dm_event. Source: alkihis/twitter-archive-reader ts/types/GDPRDMs.ts
# (DirectMessageEventContainer lists these five beside messageCreate and welcomeMessageCreate).
# joinConversation {initiatingUserId, participantsSnapshot[], createdAt}: the owner was added to a group
# (initiatingUserId = who added them); participantsJoin {initiatingUserId, userIds[], createdAt};
# participantsLeave {userIds[], createdAt}; conversationNameUpdate {initiatingUserId, name, createdAt}
# (group files, 2021 →); reactionCreate {senderId, reactionKey, eventId, createdAt}, eventId being the
# id of the message reacted to (2019–20 archives: a sibling item, before or after its message).
_DM_ITEM_EVENTS: Mapping[str, str] = {
    "joinConversation": "join_conversation",
    "participantsJoin": "participants_join",
    "participantsLeave": "participants_leave",
    "conversationNameUpdate": "conversation_name_update",
    "reactionCreate": "reaction",
}
# A 1:1 conversation's id is "<lower account id>-<higher account id>"; a group's is one number
# (a real reader's test asserts `is_group = "-" not in conversationId`, found via find_string).
_ONE_TO_ONE = re.compile(r"\d+-\d+")
# a group DM file's conversation ids and member lists, for _group_members' byte scan
_GROUP_LISTS = re.compile(
    rb'"conversationId"\s*:\s*"([^"\\]{1,64})"'
    rb'|"participantsSnapshot"\s*:\s*\[([^\]]{0,65536})\]'
    rb'|"participantsJoin"\s*:\s*\{[^{}]{0,4096}?"userIds"\s*:\s*\[([^\]]{0,65536})\]')
_DIGITS = re.compile(rb"\d{1,25}")
MAX_GROUP_MEMBERS = 1_000  # ids kept per group conversation: far above any group DM's size
MAX_GROUPS = 20_000


def _edit_of(t: Mapping[str, Any], tweet_id: str) -> str | None:
    """The first version's id when this tweet is a later version of an edited post (2022+ archives:
    ``edit_info.edit.initialTweetId``; the first version carries ``edit_info.initial`` instead). Every
    version is its own item of tweets.js (steipete/birdclaw's importer reads both variants; karlicoss/HPI
    notes the "dupes"), so this links them."""
    info = t.get("edit_info")
    edit = info.get("edit") if isinstance(info, Mapping) else None
    initial = edit.get("initialTweetId") if isinstance(edit, Mapping) else None
    if isinstance(initial, int) and not isinstance(initial, bool):
        initial = str(initial)
    # a tweet id, as X writes it (a string of digits); anything else links nothing
    return initial if isinstance(initial, str) and initial.isascii() and initial.isdigit() \
        and initial != tweet_id else None


def _dm_conversation_id(value: bytes | None) -> str | None:
    """A conversationId's JSON text as the id string, numbers read as ijson reads them (``1e3`` →
    ``"1000"``, as the event-level reading gave); ``None`` for no value or a container."""
    if not value or value in (b"{", b"["):
        return None
    try:
        return _str(next(ijson.items(io.BytesIO(value), ""), None))
    except ijson.JSONError:
        return None


@dataclass
class _ArchiveState:
    """Facts looked up once per archive before streaming (the account id, long-post texts)."""

    account_id: str | None = None
    # tweet id → (noteTweetId, the long post's full text): note-tweet.js paired with the tweets files, in memory
    # while few, else in a private SQLite file (twitter_notes.NoteIndex; closed when the archive's events end)
    notes: NoteIndex = field(default_factory=NoteIndex)
    # classic archives: real times of midnight-truncated tweets, from data/csv/YYYY_MM.csv
    month_times: MonthTimes | None = None  # None only outside events() (a handler called directly)
    # data/<file> → the count data/manifest.js lists for it (TwitterParser._manifest_counts); {} without one
    listed: dict[str, int] = field(default_factory=dict)
    # the manifest as the archive holds it: "data/manifest.js", or "manifest.js" at the top of a flat zip (T43B L:
    # a flat zip's count-mismatch named data/ paths the zip does not hold); whether its reading was said to fail
    manifest: str = "data/manifest.js"
    manifest_fault: bool = False
    # the archive's one zip cut short (_one_cut) and what its line says besides the cut (INP54): the files the manifest
    # lists that were lost with the zip's end, the long posts whose tweets were lost with it — one line, whichever
    # reading gives it (the cut file's handler, the manifest's or the long posts' reading up front, or
    # _listed_but_absent for a cut in a header or in a file no handler reads)
    cut: ParseIssue | None = None
    cut_words: list[str] = field(default_factory=list)


@dataclass
class _ManifestRead:
    """What ``data/manifest.js`` lists (:meth:`TwitterParser._read_manifest`): ``counts``, data file → its count;
    ``odd``, the files listed with a count that is no number; ``fault``, the error that stopped the reading."""

    member: Member
    counts: dict[str, int] = field(default_factory=dict)
    odd: list[str] = field(default_factory=list)
    fault: BaseException | None = None


@dataclass(frozen=True)
class _CsvOwner:
    """What a tweets.csv-only classic archive says of its owner (:meth:`TwitterParser._classic_csv`): ``owners``,
    the account ids its self-replies name (a reply to a tweet of the same file: ``in_reply_to_user_id`` is then the
    owner's — a thread of one's own — and a retweet of a tweet of the same file its ``retweeted_status_user_id``);
    ``handles``, the lowercase handles its own status links name; ``months``, month → a sample of its tweet ids (the
    :data:`TwitterParser.TWEET_SAMPLE` smallest CRC-32s of each month's ids); ``times``, each sampled id → its
    timestamp (``YYYY-MM-DD HH:MM:SS``, UTC: the file writes ``+0000``); ``cuts``, month → the largest CRC-32 its
    sample keeps where the month holds more tweets than the sample (a tweet of the month with a smaller one is in the
    sample); ``span``, the first and the last tweet's timestamp."""

    owners: frozenset[str] = frozenset()
    handles: frozenset[str] = frozenset()
    months: Mapping[str, frozenset[str]] = field(default_factory=dict)
    times: Mapping[str, str] = field(default_factory=dict)
    cuts: Mapping[str, int] = field(default_factory=dict)
    span: tuple[str, str] | None = None


def _read_classic_csv(members: list[Member], sample: int) -> _CsvOwner:
    """Read ``tweets.csv`` files for :class:`_CsvOwner` (streamed; a damaged file gives what was read before)."""
    own: set[int] = set()
    replies: list[tuple[int, str]] = []  # (in_reply_to_status_id, in_reply_to_user_id); and a retweet's ids
    links: list[tuple[str, int]] = []  # (handle, status id) of every status link
    kept: dict[str, tuple[list[tuple[int, str]], set[str]]] = {}
    times: dict[str, str] = {}  # a sampled id's timestamp
    full: set[str] = set()  # months with more tweets than the sample
    first = last = None
    for member in members:
        try:
            with member.open() as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text:
                for row in csv.DictReader(text):
                    tweet_id = (row.get("tweet_id") or "").strip()
                    if not tweet_id.isdigit():
                        continue
                    own.add(int(tweet_id))
                    status, user = (row.get("in_reply_to_status_id") or "").strip(), (
                        row.get("in_reply_to_user_id") or "").strip()
                    if status.isdigit() and user.isdigit():
                        replies.append((int(status), user))
                    # a retweet of one's own tweet names the owner as its author (the file's own ids, as a reply)
                    status, user = (row.get("retweeted_status_id") or "").strip(), (
                        row.get("retweeted_status_user_id") or "").strip()
                    if status.isdigit() and user.isdigit():
                        replies.append((int(status), user))
                    for handle, linked in TwitterParser._STATUS_LINK.findall(row.get("expanded_urls") or ""):
                        links.append((handle.lower(), int(linked)))
                    stamp = (row.get("timestamp") or "").strip()[:19]
                    month = stamp[:7]
                    if not re.fullmatch(r"\d{4}-\d{2}", month):
                        continue
                    if len(stamp) == 19:
                        first = stamp if first is None or stamp < first else first
                        last = stamp if last is None or stamp > last else last
                    heap, ids = kept.setdefault(month, ([], set()))
                    mark = (-zlib.crc32(tweet_id.encode()), tweet_id)
                    if tweet_id in ids:
                        continue
                    if len(heap) < sample:
                        heapq.heappush(heap, mark)
                        ids.add(tweet_id)
                        times[tweet_id] = stamp
                    else:
                        full.add(month)
                        if mark > heap[0]:
                            dropped = heapq.heapreplace(heap, mark)[1]
                            ids.discard(dropped)
                            times.pop(dropped, None)
                            ids.add(tweet_id)
                            times[tweet_id] = stamp
        except (*DATA_ERRORS, csv.Error):
            continue
    return _CsvOwner(owners=frozenset(user for status, user in replies if status in own),
                     handles=frozenset(handle for handle, linked in links if linked in own),
                     months={month: frozenset(ids) for month, (_heap, ids) in kept.items()},
                     times=times, cuts={month: -kept[month][0][0][0] for month in full},
                     span=(first, last) if first is not None and last is not None else None)


class TwitterParser(Parser):
    """Twitter / X account archives: classic (≤2018), GDPR 2018–20 and current (2020 →)."""

    name = "twitter"
    # Members are independent once the account id and long posts are read (events() does it first,
    # in every process); classic CSV times are read per month on demand.
    member_split = True
    # One big tweets.js / like.js / follower.js / following.js / ip-audit.js can itself be cut between
    # processes: each is one array of independent items, one record per item (DMs are not: their
    # record index counts messages inside conversations).
    sliceable = frozenset({"_parse_tweets", "_parse_likes", "_parse_relations", "_parse_logins"})
    parse_cost = 1.0
    # per byte, against tweets.js (benchmarks/handler_costs.py on the persona and the likes/DMs archive,
    # issue 16): shorter records cost more per byte
    handler_costs: ClassVar[Mapping[str, float]] = {
        "_parse_dms": 1.4, "_parse_likes": 1.25, "_parse_logins": 2.4, "_parse_relations": 1.9, "_parse_ads": 0.75,
    }
    version = "1.0"
    description = "Twitter / X account archive (classic Grailbird, GDPR 2018–20, current)"
    kinds: ClassVar[Mapping[str, str]] = {
        "twitter.tweet": "a tweet the person posted (classic csv/js, tweet.js, tweets.js and parts, Community and "
                         "Circle posts)",
        "twitter.deleted_tweet": "a tweet the person deleted that X still keeps (deleted-tweets.js; attr "
                                 "deleted_at where given); not counted among the live tweets",
        "twitter.like": "a tweet the person liked (no time: X gives none)",
        "twitter.follower": "an account following the person (actor = its id)",
        "twitter.following": "an account the person follows",
        "twitter.block": "an account the person blocked",
        "twitter.mute": "an account the person muted",
        "twitter.dm": "a direct message, 1:1 or group (actor = self or the sender id)",
        "twitter.dm_event": "a DM conversation event that is not a message: joining a group, people added or "
                            "leaving, a rename, a 2019-20 reaction (actor = self or the acting id)",
        "twitter.login": "a login from ip-audit.js (ip, port where given)",
        "twitter.ad_impression": "a promoted item shown to the person, with every targeting criterion",
        "twitter.ad_engagement": "a promoted item the person engaged with, engagement types and times",
        "twitter.declared_interest": "an interest X attributes to the person (personalization.js)",
        "twitter.declared_demographic": "a language, gender, age or place (location_history) X attributes to "
                                        "the person",
        "twitter.lookalike_advertiser": "an advertiser whose look-alike audience includes the person",
        "twitter.show": "a TV show X thinks the person watches",
        "twitter.audience_advertiser": "an advertiser whose tailored audience includes the person (attr list "
                                       "advertisers | catalog | do_not_reach)",
        "twitter.audience_count": "how many tailored audiences X says include the person (numAudiences above 0; "
                                  "attr count)",
        "twitter.account": "an account fact (account, time zone, creation IP, phone, e-mail change)",
        "twitter.profile": "the profile: bio, website, location, pictures",
        "twitter.screen_name_change": "a change of @handle",
        "twitter.list": "a list the person created, is a member of or subscribes to",
        "twitter.saved_search": "a saved search query",
        "twitter.grok_chat_item": "a message of a chat with X's Grok assistant (actor = self for the person's "
                                  "prompt, grok for the reply)",
    }
    rules = rules_table(_RULES)
    # pruning metadata (dataexam.parser.Parser.handler_kinds): what each handler can emit
    handler_kinds: ClassVar[Mapping[str, frozenset[str]]] = {
        "_parse_tweets": frozenset({"twitter.tweet"}), "_parse_tweets_csv": frozenset({"twitter.tweet"}),
        "_parse_deleted_tweets": frozenset({"twitter.deleted_tweet"}),
        "_parse_likes": frozenset({"twitter.like"}),
        "_parse_relations": frozenset({"twitter.follower", "twitter.following", "twitter.block", "twitter.mute"}),
        "_parse_dms": frozenset({"twitter.dm", "twitter.dm_event"}), "_parse_logins": frozenset({"twitter.login"}),
        "_parse_ads": frozenset({"twitter.ad_impression", "twitter.ad_engagement"}),
        "_parse_personalization": frozenset({"twitter.declared_interest", "twitter.declared_demographic",
                                             "twitter.lookalike_advertiser", "twitter.show",
                                             "twitter.audience_advertiser", "twitter.audience_count"}),
        "_parse_ageinfo": frozenset({"twitter.declared_demographic"}),
        "_parse_account": frozenset({"twitter.account"}), "_parse_profile": frozenset({"twitter.profile"}),
        "_parse_screen_name_change": frozenset({"twitter.screen_name_change"}),
        "_parse_lists": frozenset({"twitter.list"}), "_parse_saved_search": frozenset({"twitter.saved_search"}),
        "_parse_grok_chat": frozenset({"twitter.grok_chat_item"}),
    }
    # a DM conversation's items that are not messages (group joins, leaves, renames; 2019-20 reactions): asked
    # for by name only (Parser.opt_in_kinds)
    opt_in_kinds: ClassVar[frozenset[str]] = frozenset({"twitter.dm_event", "twitter.deleted_tweet"})
    # the posts X kept after their deletion: no part of the live timeline (given to a timeline by name only, the
    # cases' exact kind counts of a 2023 archive list none), but the report counts them (platform_vs_derived)
    report_kinds: ClassVar[frozenset[str]] = frozenset({"twitter.deleted_tweet"})
    undated_kinds: ClassVar[frozenset[str]] = frozenset({
        "twitter.like", "twitter.follower", "twitter.following", "twitter.block", "twitter.mute",
        "twitter.declared_interest", "twitter.declared_demographic", "twitter.lookalike_advertiser", "twitter.show",
        "twitter.audience_advertiser", "twitter.audience_count",
        "twitter.profile", "twitter.list", "twitter.saved_search"})
    markers = (
        r"(?:^|/)data/manifest\.js$",
        r"(?:^|/)Your archive\.html$",
        r"(?:^|/)tweets\.csv$",
        r"(?:^|/)data/js/tweet_index\.js$",
        r"(?:^|/)tweets?(?:-part\d+)?\.js$",
        r"(?:^|/)ip-audit\.js$",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._states: dict[int, _ArchiveState] = {}
        # the last archives' tweets.csv owner facts (account, aliases, own_record_ids and own_records_compared each
        # ask, the last pairwise: read once each; a few kept, each a sample)
        self._csv_owner: dict[tuple[int, str], _CsvOwner] = {}

    # -- detection ------------------------------------------------------------------------------
    def detect_variant(self, archive: Archive) -> str | None:
        """``classic``, ``gdpr-2018`` or ``current`` from the era's marker files."""
        if archive.find(r"(?:^|/)(?:tweets\.csv|data/js/tweet_index\.js)$") or archive.find(
                r"(?:^|/)data/js/tweets/\d{4}_\d{2}\.js$"):
            return "classic"
        if archive.find(r"(?:^|/)Your archive\.html$") or _manifest(archive):
            return "current"
        data_files = [p for p in archive.paths() if p.endswith(".js") and self._handles(p)]
        if any(re.search(r"(?:^|/)data/[^/]+\.js$", p) for p in data_files):
            return "current"  # data/ layout without its viewer page (a partial re-zip)
        if data_files:
            return "gdpr-2018"
        return None

    def _handles(self, path: str) -> bool:
        rule = self.classify(path)
        return rule is not None and rule.handler is not None

    # -- per-archive set-up ---------------------------------------------------------------------
    def events(self, archive: Archive) -> Iterator[Item]:
        """Every event of the archive; the account id and long-post texts are looked up first."""
        # classic tweets at 00:00:00 get their real time from data/csv, or become date-only
        state = _ArchiveState(month_times=MonthTimes(archive))
        try:  # the long posts' index is closed (its private file removed) however the events end
            for issue in self._prepare(archive, state):
                yield self._with_cut_words(issue, state)
            self._states[id(archive)] = state
            for item in super().events(archive):
                yield self._with_cut_words(item, state) if isinstance(item, ParseIssue) else item
        finally:
            self._states.pop(id(archive), None)
            state.notes.close()

    def _state(self, f: MemberContext) -> _ArchiveState:
        return self._states.get(id(f.archive)) or _ArchiveState()

    def account(self, archive: Archive) -> str | None:
        """The X account id (``data/manifest.js`` userInfo, else ``account.js``): two exports with
        different ids are two people's."""
        state = _ArchiveState()
        for _issue in self._prepare_account(archive, state):
            pass  # the events pass reports a damaged file
        return state.account_id or self._owner_from_records(archive)

    def download_date(self, archive: Archive) -> str | None:
        """The day X made the archive: ``data/manifest.js`` ``archiveInfo.generationDate`` (formats.md §2.1,
        current archives), else the day in the export's name (:meth:`Parser.download_date`)."""
        for member in _manifest(archive)[:1]:
            try:
                with self.open_json(member) as fh:
                    for info in jsonstream.iter_items(fh, "archiveInfo"):
                        day = str(info.get("generationDate") or "")[:10] if isinstance(info, dict) else ""
                        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
                            return day
                        break
            except DATA_ERRORS:  # a damaged manifest: the name's day, if any
                pass
        return super().download_date(archive)

    def newest_record_day(self, archive: Archive) -> str | None:
        """The UTC day of the archive's newest tweet, for an archive that names no day (no ``data/manifest.js``: the
        classic "Grailbird" and 2018–20 archives, a download renamed): two such archives, or one beside a current
        archive, were labelled only "an older download". Classic: the newest ``data/js/tweets/YYYY_MM.js`` month
        (its tweets, by the file's name), else ``tweets.csv``; 2018–20: ``tweet.js`` and its parts. ``None`` without
        a dated tweet."""
        paths = archive.paths()
        months = sorted((p for p in paths if self._CLASSIC_MONTHS.search(p)), key=lambda p: p[-10:])
        if months:  # classic: the monthly files are named by their tweets' month; the newest holds the newest tweet
            members = [m for m in archive.members() if m.path == months[-1]]
        else:
            members = [m for m in archive.members()
                       if (rule := self.classify(m.path)) is not None
                       and rule.handler in ("_parse_tweets", "_parse_tweets_csv")]
        return self._newest_event_day(archive, members)

    #: files of the account's own whose first records name its id (formats.md §2.3): ``tweet-headers.js``
    #: (``tweet.user_id``: the author of the account's own tweets), ``ip-audit.js``, ``screen-name-change.js``,
    #: ``email-address-change.js``, ``account-timezone.js``, ``account-creation-ip.js`` (``…accountId``)
    _OWN_ID_FILES = re.compile(_js("tweet-headers", "deleted-tweet-headers", "ip-audit", "screen-name-change",
                                   "email-address-change", "account-timezone", "account-creation-ip"))
    _OWN_ID = re.compile(rb'"(?:user_id|accountId)"\s*:\s*"?(\d{1,25})\b')
    #: a classic "Grailbird" archive's account card (≤ mid-2018): ``data/js/user_details.js``, one object
    #: ``var user_details = {"screen_name" : …, "full_name" : …, "id" : "<account id>", "created_at" : …}`` with no
    #: object inside it, so its one ``"id"`` key is the account's (T33A H2: two people's classic archives were one)
    _CLASSIC_CARD = re.compile(r"(?:^|/)data/js/user_details\.js$")
    _CARD_ID = re.compile(rb'"id"\s*:\s*"?(\d{1,25})\b')
    _PAIR_ID = re.compile(rb'"conversationId"\s*:\s*"(\d{1,25})-(\d{1,25})"')
    #: bytes read from the head of each file looked into for the account id (bounded work, never a whole file)
    OWNER_PROBE_BYTES = 1 << 20

    def _owner_from_records(self, archive: Archive) -> str | None:
        """The account id of a part without ``data/manifest.js`` and ``account.js`` (X delivers a large archive in
        several zips, T31A M3) as its records name it: the id the first record of one of :data:`_OWN_ID_FILES`
        or a classic archive's account card (:data:`_CLASSIC_CARD`) gives (all that name one agree), else the one id
        every one-to-one DM conversation holds (``conversationId`` ``<id>-<id>``, the owner in each: two
        conversations at least, with one id in common).
        ``None`` when the heads of these files say nothing, or say two ids (a part that cannot say whose it is:
        :func:`dataexam.api.open_exports` says so where two accounts are among the inputs)."""
        named: set[str] = set()
        for member in archive.find(self._OWN_ID_FILES.pattern):
            head = self._head(member)
            found = self._OWN_ID.search(head)
            if found is not None:
                named.add(found.group(1).decode())
        cards = archive.find(self._CLASSIC_CARD.pattern)
        for member in cards:
            found = self._CARD_ID.search(self._head(member))
            if found is not None:
                named.add(found.group(1).decode())
        if not cards:
            named |= self._classic_tweet_owners(archive)
        if not cards and not named:  # a tweets.csv-only classic archive: its self-replies name the owner (M5)
            named |= self._classic_csv(archive).owners
        if named:
            return next(iter(named)) if len(named) == 1 else None
        common: set[bytes] | None = None
        pairs = 0
        for member in archive.find(_js("direct-messages", "direct-message")):
            for a, b in self._PAIR_ID.findall(self._head(member)):
                pairs += 1
                common = {a, b} if common is None else common & {a, b}
        if common is not None and pairs >= 2 and len(common) == 1:
            return next(iter(common)).decode()
        return None

    #: a classic archive's monthly tweet files (``data/js/tweets/YYYY_MM.js``: ``Grailbird.data.tweets_YYYY_MM =
    #: [{…, "user": {"screen_name", "id_str", …}}]``, each tweet's own ``user`` the account's — a retweet's
    #: author is under ``retweeted_status``), of which :meth:`_classic_tweet_owners` reads the first and the last
    _CLASSIC_MONTHS = re.compile(r"(?:^|/)data/js/tweets/\d{4}_\d{2}\.js$")
    #: tweets read from the head of each of those files (bounded work: the owner is every tweet's author)
    CLASSIC_OWNER_TWEETS = 3

    def _classic_tweet_owners(self, archive: Archive) -> set[str]:
        """The account ids the classic monthly tweet files name where the archive has no ``user_details.js``
        (T33B L6: two people's classic archives without it merged into one person): each tweet's own
        ``user.id_str`` (else ``user.id``) in the first :data:`CLASSIC_OWNER_TWEETS` tweets of the first and the
        last month's file. Empty when they name none (a damaged file: the events pass reports it)."""
        months = sorted(archive.find(self._CLASSIC_MONTHS.pattern), key=lambda m: m.path)
        ids: set[str] = set()
        for member in {m.path: m for m in (months[:1] + months[-1:])}.values():
            try:
                with self.open_json(member) as fh:
                    for n, tweet in enumerate(jsonstream.iter_items(fh, "item", js=True)):
                        user = tweet.get("user") if isinstance(tweet, Mapping) else None
                        said = _str(user.get("id_str") or user.get("id")) if isinstance(user, Mapping) else None
                        if said and said.isdigit():
                            ids.add(said)
                        if n + 1 >= self.CLASSIC_OWNER_TWEETS:
                            break
            except DATA_ERRORS:
                continue
        return ids

    #: a classic archive's ``tweets.csv`` (2012–2018; the download was ``tweets.zip`` for everyone, so its name tells
    #: nothing). Columns (formats.md §2, peer parsers): ``tweet_id, in_reply_to_status_id, in_reply_to_user_id,
    #: timestamp, source, text, retweeted_status_id, retweeted_status_user_id, retweeted_status_timestamp,
    #: expanded_urls`` (2012–13: the retweet columns before ``timestamp``, no ``retweeted_status_timestamp``); no
    #: column names the account
    _CLASSIC_CSV = re.compile(r"(?:^|/)tweets\.csv$")
    #: a link to a status: ``twitter.com/<handle>/status/<id>`` (an own photo's link ends ``/photo/1``)
    _STATUS_LINK = re.compile(r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/([A-Za-z0-9_]{1,15})/status(?:es)?/(\d{1,25})")
    #: tweet ids kept per month by :meth:`own_record_ids` (the smallest hashes: the same for the same tweets)
    TWEET_SAMPLE = 64
    #: tweets.csv archives whose owner facts are kept (compared pairwise: each read once among this many)
    CSV_OWNERS_KEPT = 16

    def _classic_csv(self, archive: Archive) -> _CsvOwner:
        """What a classic archive's ``tweets.csv`` says of its owner (:class:`_CsvOwner`), read once per archive
        (streamed; the own tweet ids are held as ints while it is read). Empty for an archive without one, or one
        whose monthly ``data/js`` files or account card name the owner (read there: :meth:`_owner_from_records`)."""
        key = (id(archive), archive.name)
        if key in self._csv_owner:
            return self._csv_owner[key]
        found = _CsvOwner()
        members = archive.find(self._CLASSIC_CSV.pattern)
        if members and not archive.find(self._CLASSIC_CARD.pattern) and not archive.find(
                self._CLASSIC_MONTHS.pattern) and not archive.find(r"(?:^|/)data/account\.js$") and not _manifest(
                    archive):
            found = _read_classic_csv(members, self.TWEET_SAMPLE)
        if len(self._csv_owner) >= self.CSV_OWNERS_KEPT:
            self._csv_owner.pop(next(iter(self._csv_owner)))
        self._csv_owner[key] = found
        return found

    def account_aliases(self, archive: Archive) -> frozenset[str]:
        """A tweets.csv-only classic archive's handles (``handle:<lowercase>``): those its own status links name —
        a link ``twitter.com/<handle>/status/<id>`` to a tweet of the same file (an own photo's link, a quote of an
        own tweet). A name, not an identifier (a handle can change): it links two such archives, and two handles
        tell nothing apart (T36: one person renamed between two downloads was refused as two)."""
        return frozenset(f"handle:{h}" for h in self._classic_csv(archive).handles)

    def own_record_ids(self, archive: Archive) -> Mapping[str, frozenset[str]]:
        """A tweets.csv-only classic archive's month (``YYYY-MM``) → a sample of its tweet ids (the
        :data:`TWEET_SAMPLE` smallest hashes): an account's classic archives are cumulative, so two of one person
        share the tweets of the months both cover and two people's share none (M5: two people's ``tweets.csv``
        archives merged into one timeline). Empty for any other archive."""
        return self._classic_csv(archive).months

    def own_records_compared(self, archive: Archive, other: Archive) -> OwnRecordsCompared | None:
        """Two tweets.csv-only classic archives' own tweets where their times overlap (M5 of T35, T36): an account's
        archives are cumulative, so a tweet of one dated strictly inside the other's span (its first to its last
        tweet) is in the other unless deleted one by one — whatever months they share (one month in common, or an
        earlier download's last days inside a later one's first month after a bulk deletion). Counted on the
        sampled tweets (:data:`TWEET_SAMPLE` a month, the smallest CRC-32s): a sampled tweet the other's sample of
        its month must hold were it there (that month is in the other's sample whole, or its CRC-32 is at most the
        other's cut). ``None`` where either is no such archive or either has no dated tweet."""
        mine, theirs = self._classic_csv(archive), self._classic_csv(other)
        if mine.span is None or theirs.span is None or not mine.months or not theirs.months:
            return None
        start, end = max(mine.span[0], theirs.span[0]), min(mine.span[1], theirs.span[1])
        shared = sum(len(ids & theirs.months.get(month, frozenset())) for month, ids in mine.months.items())

        def missing(a: _CsvOwner, b: _CsvOwner) -> int:
            assert b.span is not None
            return sum(1 for month, ids in a.months.items() for tweet_id in ids
                       if b.span[0] < a.times.get(tweet_id, "") < b.span[1]
                       and tweet_id not in b.months.get(month, frozenset())
                       and (month not in b.cuts or zlib.crc32(tweet_id.encode()) <= b.cuts[month]))

        return OwnRecordsCompared(shared=shared, missing=missing(mine, theirs) + missing(theirs, mine),
                                  start=start if start <= end else None, end=end if start <= end else None)

    #: own tweet ids read per month by :meth:`own_records_of_months` (bounded memory on a prolific account)
    MONTH_IDS_CAP = 20_000

    def own_records_of_months(self, archive: Archive, months: Collection[str]) -> Mapping[str, frozenset[str]]:
        """Month (``YYYY-MM``, UTC) → the ids of the archive's own tweets of that month (``tweets.js`` and its parts,
        2018–20 ``tweet.js``, classic ``data/js/tweets``; at most :data:`MONTH_IDS_CAP` a month), for the ``months``
        asked: a tweets.csv-only classic archive naming no account is compared on them with an archive naming its
        account (one account's archives repeat its tweets; another person's share none). ``{}`` for a tweets.csv-only
        archive (:meth:`own_record_ids` says its tweets). Streams the tweet files once."""
        wanted = set(months)
        if not wanted or self._classic_csv(archive).months:
            return {}
        found: dict[str, set[str]] = {}
        for member in archive.members():
            rule = self.classify(member.path)
            if rule is None or rule.handler != "_parse_tweets":
                continue
            for item in self.parse_member(archive, member, rule.handler):
                if not isinstance(item, Event) or item.kind != "twitter.tweet" or item.time is None:
                    continue
                month, tweet_id = item.time.strftime("%Y-%m"), str(item.attrs.get("id") or "")
                if month in wanted and tweet_id.isdigit():
                    ids = found.setdefault(month, set())
                    if len(ids) < self.MONTH_IDS_CAP:
                        ids.add(tweet_id)
        return {month: frozenset(ids) for month, ids in found.items()}

    #: X's classic tweets.csv archives name no account: two whose own tweets tell two people are refused
    own_records_tell_accounts: ClassVar[bool] = True

    def _head(self, member: Member) -> bytes:
        """The first :data:`OWNER_PROBE_BYTES` of ``member`` (``b""`` when it cannot be read: the events pass
        reports it)."""
        try:
            with self.open_json(member) as fh:
                return fh.read(self.OWNER_PROBE_BYTES)
        except DATA_ERRORS:
            return b""

    def _prepare(self, archive: Archive, state: _ArchiveState) -> Iterator[ParseIssue]:
        yield from self._prepare_account(archive, state)
        read = self._read_listed(archive, state)
        yield from self._prepare_notes(archive, state)
        yield from self._listed_but_absent(archive, state, read)

    def _with_cut_words(self, issue: ParseIssue, state: _ArchiveState) -> ParseIssue:
        """``issue`` as said: the archive's one cut line (:func:`_one_cut`), however its reading gave it, with what
        else the cut lost (``state.cut_words``: the files the manifest lists, the long posts' tweets) — one line for
        the one cut (INP54: a missing-part "… see its truncated-zip issue …" beside it, and a "long post that matches
        no tweet" for each long post whose tweet was in the lost end)."""
        cut = state.cut
        if (cut is None or not state.cut_words or issue.code != cut.code or issue.member != cut.member
                or issue.archive != cut.archive or issue.kind is IssueKind.NOTE):
            return issue
        words = "; ".join(state.cut_words)
        if issue.message.endswith(words):
            return issue
        return replace(issue, message=f"{issue.message}; {words}", source=self.name,
                       nothing_read=True if not issue.member else issue.nothing_read)

    def _gives_cut(self, archive: Archive, issue: ParseIssue) -> bool:
        """Whether this parser's set-up gives the cut line ``issue`` itself (:meth:`_listed_but_absent`): the
        archive's one cut, where files the manifest lists were lost with it and no handler's reading of the cut file
        (nor the manifest's or the long posts' up front) gives the line — a cut in a header, just after a file's
        data, or inside a file no handler reads (a photo, ``README.txt``) or the run's ``--kind`` leaves unread."""
        if issue is not _one_cut(archive) or super().reads_cut(archive, issue):
            return False
        member = archive.get(issue.member) if issue.member else None
        if member is not None and (member in _manifest(archive)[:1] or member in archive.find(_js("note-tweet"))):
            return False
        return bool(self._manifest_absent(archive))

    def _manifest_absent(self, archive: Archive) -> list[tuple[str, int]] | None:
        """The data files ``data/manifest.js`` lists with records that are not in ``archive``
        (:meth:`_manifest_counts`), as ``(data/<file>, count)``; ``None`` where it has no manifest or the manifest
        cannot be read (the account look-up reports the fault). Files listed with count 0 are not looked for."""
        listed = self._manifest_counts(archive)
        return None if listed is None else _absent(archive, listed)

    def _manifest_counts(self, archive: Archive) -> dict[str, int] | None:
        """Every data file ``data/manifest.js`` lists (``dataTypes.<type>.files[]`` ``{fileName, count}``,
        formats.md §2.3: every part of a split archive is listed, ``tweets-part1.js`` with its own count) → its
        count, the items of its top-level array (a DM file's conversations, not messages); ``None`` where it has
        no manifest or the manifest cannot be read."""
        read = self._read_manifest(archive)
        return None if read is None or read.fault is not None else read.counts

    def _read_manifest(self, archive: Archive) -> _ManifestRead | None:
        """The counts ``data/manifest.js`` lists (:meth:`_manifest_counts`), the files it lists with a count that
        is no number of records (``"abc"``, ``"-1"``) and the fault that stopped its reading; ``None`` without
        a manifest."""
        for member in _manifest(archive)[:1]:
            read = _ManifestRead(member)
            try:
                with self.open_json(member) as fh:
                    for data_types in jsonstream.iter_items(fh, "dataTypes"):
                        if not isinstance(data_types, Mapping):
                            break
                        for entry in data_types.values():
                            files = entry.get("files") if isinstance(entry, Mapping) else None
                            for listed in files if isinstance(files, list) else ():
                                if not isinstance(listed, Mapping) or not isinstance(listed.get("fileName"), str):
                                    continue
                                name = listed["fileName"].lstrip("./")
                                count = _count(listed.get("count"))
                                if count is not None:
                                    read.counts[name] = count
                                elif "count" in listed:  # "abc", "-1", null, 10^23 (T44B: null said nothing)
                                    read.odd.append(name)
                        break
            except DATA_ERRORS as exc:
                read.fault = exc
            return read
        return None

    def completed_by(self, archive: Archive, other: Archive) -> bool:
        """Whether every data file of ``other`` is one ``archive``'s ``data/manifest.js`` lists and ``archive``
        lacks: ``other`` is a part of the same download whatever era it looks like alone. A part whose ``data/``
        folder's contents were zipped without the folder (``like.js`` at its top) looks like a 2018 archive, whose
        files sat at the top (T41B L: read as a second, gdpr-2018 export, and the manifest's files said "not
        read")."""
        absent = self._manifest_absent(archive)
        if not absent:
            return False
        listed = {name for name, _ in absent}
        data = [path for path in other.paths() if (rule := self.classify(path)) is not None and rule.handler]
        return bool(data) and all(_from_data_folder(path) in listed for path in data)

    #: handlers whose record index counts the items of the file's top-level array, the manifest's ``count``
    #: (a DM file's handler counts its conversations apart: MemberContext.items); the others' index counts
    #: something else (an ad file's impressions inside its items, a Grok chat's messages) and is not compared
    _COUNTED = frozenset({"_parse_tweets", "_parse_deleted_tweets", "_parse_likes", "_parse_relations",
                          "_parse_logins", "_parse_dms", "_parse_account", "_parse_profile",
                          "_parse_screen_name_change", "_parse_saved_search"})

    def _run_handler(self, ctx: MemberContext, handler_name: str) -> Iterator[Item]:
        """The handler's events and issues, then a ``count-mismatch`` issue where a file ``data/manifest.js``
        lists was read whole (no fault but bad records and dates) and holds another number of records than the
        manifest says: a file of another download of the account, or of another account, given among this one's
        (T42 3: a 2019 archive's like.js, 69 records, joined a 2024 archive whose manifest lists 443 likes, and
        nothing said so). With --jobs, a file cut in slices is compared by the process reading the slice that
        holds the array's end, which numbers its items in the whole file."""
        listed = self._state(ctx).listed.get(_from_data_folder(ctx.path)) if handler_name in self._COUNTED else None
        if listed is None:
            yield from super()._run_handler(ctx, handler_name)
            return
        whole = True
        for item in super()._run_handler(ctx, handler_name):
            if isinstance(item, ParseIssue) and item.kind is not IssueKind.READ_ON:
                # the rest of the file was not read: its issue says so (a handler's ValueError "after 2 records" is a
                # bad-record that ended the file, INP49: it was then said to hold 2 records where the manifest lists 3)
                whole = False
            yield item
        report = ctx.slice_report
        if ctx.part is not None and (report is None or not report.split or report.first_index is None
                                     or report.end is not None):
            return  # a slice that does not reach the array's end (another slice's process compares it)
        held = ctx.items if ctx.items is not None else ctx.index + 1
        if whole and held != listed:
            # a DM file's items are its conversations (T42B L: "holds 10 records" beside 1,137 messages read)
            noun = "conversation" if ctx.items is not None else "record"
            yield ParseIssue(
                archive=ctx.member.input, member=ctx.member.shown or ctx.path, code="count-mismatch",
                message=f"{_as_held(ctx.path)} holds {held:,} {noun}{'s' if held != 1 else ''} where "
                        f"{self._state(ctx).manifest} lists {listed:,}: it may be from another download of the account",
                source=self.name)

    def _read_listed(self, archive: Archive, state: _ArchiveState) -> _ManifestRead | None:
        """Read what ``data/manifest.js`` lists into ``state`` (``listed``, ``manifest``) and, where the archive's one
        zip was cut short (:func:`_one_cut`) and files it lists were lost with the zip's end, the words its cut line
        gets for them (``state.cut_words``); the manifest's reading as :meth:`_read_manifest` gives it."""
        read = self._read_manifest(archive)
        state.cut = _one_cut(archive)
        if read is None or read.fault is not None:
            return read
        state.listed = read.counts
        state.manifest = _as_held(read.member.path)
        absent = _absent(archive, state.listed)
        if absent and state.cut is not None:
            state.cut_words.append(self._absent_words(state.manifest, absent, cut=True))
        return read

    @staticmethod
    def _absent_words(manifest: str, absent: list[tuple[str, int]], *, cut: bool) -> str:
        shown = ", ".join(f"{name} ({count:,} record{'s' if count != 1 else ''})" for name, count in absent[:10])
        more = f" and {len(absent) - 10} more" if len(absent) > 10 else ""
        one = len(absent) == 1
        if cut:
            # a zip cut short (an interrupted download, salvaged from its local headers) lost its tail: the files may
            # be in that lost end as well as in another zip of the archive (T40B L2: "give every part" alone sent the
            # person looking for a part that never existed); said in the cut's one line (T50C, INP54: a second line,
            # missing-part, and the zip's line referred to each other)
            return (f"{manifest} lists {shown}{more}, which {'is' if one else 'are'} not in the part read: "
                    f"{'its' if one else 'their'} records are not read (they may be in the zip's lost end or in "
                    "another zip of the archive; download it again and give every part)")
        return (f"{manifest} lists {shown}{more}, which {'is' if one else 'are'} not among the inputs: "
                f"{'its' if one else 'their'} records are not read (X delivers a large archive in several zips: give "
                "every part)")

    def _listed_but_absent(self, archive: Archive, state: _ArchiveState,
                           read: _ManifestRead | None) -> Iterator[ParseIssue]:
        """One ``missing-part`` issue for the data files ``data/manifest.js`` lists with records that are not in the
        export (read into ``state`` by :meth:`_read_listed`): an archive delivered in two zips of which one is given
        lost the other's tweets and DMs without a word (T31A M3). An issue of the export as a whole (no member): with
        --jobs the first part keeps it. Where the archive's zip was cut short, the cut's own line says them instead,
        given here where no other reading gives it (:meth:`_gives_cut`), and the manifest's own where the zip ends in
        its last bytes, after the files it lists (T51 5: a missing-part pointing at a truncated-zip issue that was
        not there)."""
        if read is not None and read.fault is not None:
            # a manifest cut or damaged after its userInfo (the account look-up read no further): its counts are
            # not compared, and the run says so (T43B L: a manifest.js cut mid-JSON raised no issue)
            if not state.manifest_fault:
                yield self._manifest_fault(read.member, read.fault, archive)
            return
        if read is not None and read.odd:
            shown_odd = ", ".join(read.odd[:5]) + (f" and {len(read.odd) - 5} more" if len(read.odd) > 5 else "")
            # an input note (T44B: a null count said nothing, and "abc" reached stderr only)
            yield ParseIssue(archive=read.member.input, member=read.member.shown or read.member.path,
                             code="bad-count", message=(
                                 f"{_as_held(read.member.path)} lists {shown_odd} with a count that is no number "
                                 "of records: " + (
                                     "its records are not compared with it" if len(read.odd) == 1
                                     else "their records are not compared with theirs")),
                             source=self.name)
        cut = state.cut
        if read is not None and cut is not None and cut is cut_issue(archive, read.member):
            # the zip ends in the manifest's last bytes, after the files it lists (read whole with their counts):
            # no reading met the cut, so none gave its line
            shown, zip_name = _zip_chain(read.member, archive)
            yield replace(cut, message=(
                f"{cut.message}; {shown} is cut off after the files it lists, which were read with their counts; the "
                f"rest of it and every file after it in {zip_name} are lost"), source=self.name)
            return
        if cut is not None and self._gives_cut(archive, cut):
            yield cut  # (with the lost files: _with_cut_words)
            return
        absent = _absent(archive, state.listed)
        if not absent or (cut is not None and state.cut_words):
            return
        # several zips cut short: each its own line; these files are said here, once (a fault in the run's count of
        # them: files not read; T46C)
        several = any(issue.code == "truncated-zip" and issue.kind is not IssueKind.NOTE for issue in archive.issues)
        message = self._absent_words(state.manifest, absent, cut=False)
        if several:
            message = message.replace("(X delivers a large archive in several zips: give every part)", (
                f"({CUT_ZIP_PART}, see its truncated-zip issue: they may be in its lost end or in another zip of the "
                "archive; download it again and give every part)"))
        yield ParseIssue(archive=archive.name, member="", code="missing-part", message=message, source=self.name,
                         kind=IssueKind.STOPS if several else None, nothing_read=several)

    def reads_cut(self, archive: Archive, issue: ParseIssue) -> bool:
        """The parser's own (a data file the zip is cut inside), and the manifest's: its reading up front gives the
        zip's line with what was not read (:meth:`_manifest_fault`); the zip's line of a cut at or before a file's
        data, or inside a file no handler reads, where the manifest lists files lost with the zip's end:
        :meth:`_listed_but_absent` gives it with those files (:meth:`_gives_cut`)."""
        if super().reads_cut(archive, issue):
            return True
        if issue.code == "truncated-zip" and self._gives_cut(archive, issue):
            return True
        member = archive.get(issue.member) if issue.code == "truncated-zip" and issue.member else None
        if member is None or cut_issue(archive, member) is not issue:
            return False
        # the manifest, read up front; the long posts' file (note-tweet.js), which no handler reads: read up front
        # too, its reading gives the zip's line (T50C: a second line called the cut "zip member is damaged (bad CRC or
        # truncated data)")
        return member in _manifest(archive)[:1] or member in archive.find(_js("note-tweet"))

    def _manifest_fault(self, member: Member, exc: BaseException, archive: Archive | None = None) -> ParseIssue:
        """The issue of a manifest whose reading stopped at ``exc``: what the fault is, and that the counts it lists
        were not compared (T43B L: a manifest cut mid-JSON raised no issue). A zip cut inside it: the zip's one
        truncated-zip line says so (INP52: a second line called the cut "zip member is damaged (bad CRC …)")."""
        cut = cut_issue(archive, member) if archive is not None else None
        if cut is not None:
            shown, zip_name = _zip_chain(member, archive)
            return replace(cut, message=(
                f"{cut.message}; {shown} is cut off: the files it lists and their counts were not read, so neither a "
                "part of the archive missing nor a file of another download can be told; the rest of it and every "
                f"file after it in {zip_name} are lost"), nothing_read=True, source=self.name)
        return ParseIssue(archive=member.input, member=member.shown or member.path, code=issue_code(exc), message=(
            f"{describe_error(exc).split(';')[0]}: the files it lists and their counts were not read, so neither a "
            "part of the archive missing nor a file of another download can be told"), source=self.name)

    def _prepare_account(self, archive: Archive, state: _ArchiveState) -> Iterator[ParseIssue]:
        # The account id tells the person's own DMs from others'. The manifest (2020 →) names it in
        # userInfo; older archives only in account.js.
        for member in _manifest(archive)[:1]:
            try:
                with self.open_json(member) as fh:  # under the limits of every read
                    for info in jsonstream.iter_items(fh, "userInfo"):
                        state.account_id = _str(info.get("accountId")) if isinstance(info, dict) else None
                        break
            except DATA_ERRORS as exc:  # an odd id, a vanished file: no id, never no export
                state.manifest_fault = True  # said here: the counts' reading (_listed_but_absent) says it no more
                if issue_code(exc) == "bad-record":
                    yield from self._setup_issue(member, exc)
                else:  # the counts after it are lost too (T44B: a Latin-1 or empty manifest did not say so)
                    yield self._manifest_fault(member, exc, archive)
        if state.account_id is None:
            for member in archive.find(_js("account"))[:1]:
                try:
                    with self.open_json(member) as fh:
                        for account_id in jsonstream.iter_items(fh, "item.account.accountId"):
                            state.account_id = _str(account_id)
                            break
                except DATA_ERRORS as exc:
                    yield from self._setup_issue(member, exc)

    def _prepare_notes(self, archive: Archive, state: _ArchiveState) -> Iterator[ParseIssue]:
        """Pair the long posts of ``note-tweet.js`` with their tweets (``state.notes``: tweet id → note).

        A long post's tweet holds its first 280 characters; the note, saved in the same second, the whole
        text. The pairing is made here, over every tweets file, not tweet by tweet as the tweets are read:
        only then is a note that matches no tweet known (its text would be lost unsaid: the twenty-third
        pass's second tester), and it is the same whichever process (``--jobs``) reads which tweet. Notes
        are few (X Premium's long posts), and the tweets files are read again only when there are some
        (~1.5 s per 100 MB, ijson's C backend building the items).
        """
        # created_at second (ISO) → notes (noteTweetId, full text, the note's member number, its record index):
        # in memory while few, else in a private SQLite file (NoteIndex: memory does not grow with the notes)
        index = state.notes
        note_members: list[Member] = []
        cut_line: ParseIssue | None = None  # the zip's line of a cut inside it, given once the pairing is known
        for member in archive.find(_js("note-tweet")):
            note_members.append(member)
            try:
                with self.open_json(member) as limited:  # the limits and end check of every handler's read
                    repairs = jsonstream.surrogate_repairer(limited)
                    for record, item in enumerate(jsonstream.iter_items(limited, "item.noteTweet")):
                        note_id, created, text = _note_text(item)
                        if note_id and created and text:
                            index.add(created, note_id, text, len(note_members) - 1, record)
                if repairs is not None and repairs.repairs:
                    # the note's text reaches the tweet's event: say where the U+FFFD came from
                    yield ParseIssue(archive=member.input, member=member.shown or member.path, code="bad-escape",
                                     message=repair_message(repairs.repairs),
                                     position=f"byte {repairs.first_repair_offset}", source=self.name)
            except DATA_ERRORS as exc:
                cut = cut_issue(archive, member)
                if cut is not None:  # the zip cut inside it: the zip's one line says what was not read
                    shown, zip_name = _zip_chain(member, archive)
                    cut_line = replace(cut, message=(
                        f"{cut.message}; {shown} is cut off: the long posts after the cut keep the first 280 "
                        f"characters their tweets hold; the rest of it and every file after it in {zip_name} are "
                        "lost"), source=self.name)
                else:
                    yield from self._setup_issue(member, exc)
        if not index.notes or not (self.wants("_parse_tweets") or self.wants("_parse_deleted_tweets")):
            index.drop_notes()
            if cut_line is not None:
                yield cut_line
            return  # no long post, or no tweet this run gives (--kind): nothing to pair
        complete = True  # every tweets file read to its end: a note left over matches no tweet
        for member in archive.members():
            rule = self.classify(member.path)
            deleted = _stem(member.path) in ("deleted-tweets", "deleted-tweet")
            if not deleted and (rule is None or rule.handler != "_parse_tweets" or "data/js/tweets/" in member.path):
                continue  # (classic monthly files predate long posts)
            try:
                with self.open_json(member) as limited:
                    for item in jsonstream.iter_items(limited, "item"):
                        tweet = item.get("tweet", item) if isinstance(item, Mapping) else None
                        if isinstance(tweet, Mapping):
                            self._pair_note(tweet, index)
            except DATA_ERRORS:
                complete = False  # the tweets handler reports the fault when it reads the file
        # the zip cut short where tweets files the manifest lists were in its lost end: a long post left over is
        # expected there, its tweet lost with them — said once, in the cut's line (INP54: a bad-record "a long post
        # that matches no tweet" for each, beside the cut)
        tweets_absent = any(
            (rule := self.classify(name)) is not None and rule.handler in ("_parse_tweets", "_parse_deleted_tweets")
            for name, _n in _absent(archive, state.listed))
        tweets_lost = state.cut is not None and state.cut_words and tweets_absent
        if complete and (tweets_lost or (tweets_absent and state.cut is None)):
            unused, held, first = 0, set(), None
            for member_no, record in index.unused():
                unused += 1
                held.add(_as_held(note_members[member_no].path))
                first = first or (note_members[member_no], record)
            if unused and first is not None:
                many = unused != 1
                said = (f"{unused:,} long post{'s' if many else ''} of {' and '.join(sorted(held))} "
                        f"match{'' if many else 'es'} no tweet read: {'their' if many else 'its'} "
                        f"tweet{'s' if many else ''} may be in the lost end ({'their' if many else 'its'} full text is "
                        "on no event)")
                if tweets_lost:
                    state.cut_words.append(said)
                else:
                    # a zip of the archive not given (X delivers a large archive in several zips), none cut: the
                    # tweets files it holds are said missing (missing-part); the long posts whose tweets are in them
                    # are said once, with their count (INP55: a "matches no tweet" line for each)
                    member, record = first
                    yield ParseIssue(archive=member.input, member=member.shown or member.path, code="bad-record",
                                     message=said.replace(" may be in the lost end (", (
                                         " may be in the part of the archive not given (see its missing-part "
                                         "issue); ")).removesuffix(")"),
                                     position=f"record {record}", source=self.name)
        elif complete:
            for member_no, record in index.unused():
                member = note_members[member_no]
                yield ParseIssue(archive=member.input, member=member.shown or member.path, code="bad-record",
                                 message="a long post that matches no tweet of the tweets files (none of its "
                                 "second begins with its text); its full text is on no event",
                                 position=f"record {record}", source=self.name)
        index.drop_notes()  # only the pairs are read while the tweets stream
        if cut_line is not None:
            yield cut_line

    @staticmethod
    def _pair_note(tweet: Mapping[str, Any], index: NoteIndex) -> None:
        """Pair ``tweet`` with the first unused note of its second whose text it begins (``index`` keeps the
        pair: a deleted tweet's too, ids being unique)."""
        time, _source = from_twitter(tweet.get("created_at"))
        if time is None:
            return
        second = time.replace(microsecond=0).isoformat()
        if not index.has_second(second):
            return
        text = tweet.get("full_text") or tweet.get("text")
        tweet_id = _str(tweet.get("id_str") or tweet.get("id"))
        if not isinstance(text, str) or not tweet_id:
            return
        for note_id, note_text, _member, _index in index.candidates(second):
            if _note_matches(note_text, unescape_html(text)):
                index.pair(tweet_id, note_id, note_text)
                return

    def _setup_issue(self, member: Member, exc: BaseException) -> Iterator[ParseIssue]:
        """The issue of a fault met reading ``member`` before the events, unless a handler reads the
        whole file in this run and so reports the same fault (``account.js``, truncated or gone, was
        counted twice): a file's read fault (bad JSON, a limit, an OS error) is met again by any later
        read of it; an odd value (``bad-record``) only the set-up looks at. A file the run's ``--kind``
        prunes, or that has no handler (``manifest.js``, ``note-tweet.js``), is reported here."""
        code = issue_code(exc)
        if code != "bad-record":
            rule = self.classify(member.path)
            if rule is not None and rule.handler is not None and self.wants(rule.handler):
                return  # with --jobs, the part that reads it reports it; the others drop this issue anyway
        yield ParseIssue(archive=member.input, member=member.shown or member.path, code=code,
                         message=describe_error(exc), source=self.name)

    # -- tweets ---------------------------------------------------------------------------------
    def _parse_tweets(self, f: MemberContext) -> Iterator[Item]:
        # tweets.js items are {"tweet": {…}}; 2018–20 tweet.js and classic YYYY_MM.js items are bare;
        # community-tweet.js and twitter-circle-tweet.js items are {"tweet": {…}} too.
        state = self._state(f)
        notes = state.notes
        months = state.month_times if "data/js/tweets/" in f.path else None
        audience = {"twitter-circle-tweet": "circle"}.get(_stem(f.path))
        yield from f.each(f.json_items("item"), lambda item: self._tweet_event(
            f, item.get("tweet", item) if isinstance(item, dict) else item, notes, months, audience))

    def _parse_deleted_tweets(self, f: MemberContext) -> Iterator[Item]:
        # deleted-tweets.js: {"tweet": {… the tweets.js fields …, "deleted_at": …}}; deleted_at read as X's
        # created_at form or ISO 8601 (both forms are in X's files)
        notes = self._state(f).notes
        yield from f.each(f.json_items("item"), lambda item: self._tweet_event(
            f, item.get("tweet", item) if isinstance(item, dict) else item, notes, kind="twitter.deleted_tweet"))

    def _tweet_event(self, f: MemberContext, t: Mapping[str, Any],
                     notes: NoteIndex | Mapping[str, tuple[str, str]], months: MonthTimes | None = None,
                     audience: str | None = None, kind: str = "twitter.tweet") -> Event:
        tweet_id = _str(t.get("id_str") or t["id"])
        entities = t.get("entities") or {}
        media_list = (t.get("extended_entities") or {}).get("media") or entities.get("media") or []
        text = unescape_html(t.get("full_text") or t.get("text") or "")
        urls: list[str] = []
        for u in entities.get("urls") or []:
            expanded = u.get("expanded_url") or u.get("url")
            if expanded:
                urls.append(expanded)
                if u.get("url"):
                    text = text.replace(u["url"], expanded)
        media: list[dict[str, Any]] = []
        for m in media_list:
            url = m.get("media_url_https") or m.get("media_url")
            media.append({"type": m.get("type") or "photo", "url": url})
            if m.get("url"):  # the media t.co link → the media's permalink (or file)
                text = text.replace(m["url"], m.get("expanded_url") or url or m["url"])
        time, source = from_twitter(t.get("created_at"))
        if time is None and t.get("created_at"):
            f.bad_date()
        if months is not None:
            time, source = months.repair(f.path, tweet_id, time, source)
        if time is None and t.get("created_at") is None:
            # a post (a deleted one of deleted-tweets.js most of all: the twenty-sixth pass's leftovers) with no
            # created_at field at all, or null: kept, undated, and said — never silently undated (an empty string
            # stays X's "nothing written", undated without a fault: test_bad_dates)
            f.bad_date("no created_at: the post is kept without a time")
        attrs: dict[str, Any] = {"id": tweet_id}
        community = _str(t.get("community_id_str") or t.get("community_id"))
        if community:
            attrs["community_id"] = community
        if audience:
            attrs["audience"] = audience
        _reply_attrs(attrs, t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id"),
                     t.get("in_reply_to_user_id_str") or t.get("in_reply_to_user_id"),
                     t.get("in_reply_to_screen_name"))
        rt = _RT.match(text)
        retweeted = t.get("retweeted_status") or {}
        attrs["is_retweet"] = bool(rt or retweeted)
        if rt:
            attrs["retweeted_screen_name"] = rt.group(1)
        elif retweeted:  # classic js: the retweeted tweet is embedded
            attrs["retweeted_screen_name"] = (retweeted.get("user") or {}).get("screen_name")
        if retweeted.get("id_str"):
            attrs["retweeted_status_id"] = _str(retweeted["id_str"])
        _quote_attrs(attrs, urls, t)
        mentioned = [m for m in entities.get("user_mentions") or [] if m.get("screen_name")]
        attrs["mentions"] = [m["screen_name"] for m in mentioned]
        if any(_str(m.get("id_str") or m.get("id")) for m in mentioned):
            # each mention's account id, in the order of ``mentions`` ("" where none): the one place besides a
            # reply where the archive ties an id to a handle, so a DM partner known by id only can be shown by
            # the handle (the twenty-fifth pass's first tester, M11)
            attrs["mention_ids"] = [_str(m.get("id_str") or m.get("id")) or "" for m in mentioned]
        attrs["hashtags"] = [h["text"] for h in entities.get("hashtags") or [] if h.get("text")]
        attrs["urls"] = urls
        attrs["media"] = media
        for name, key in (("lang", "lang"), ("client", "source")):
            value = t.get(key)
            if value:
                attrs[name] = _strip_tags(value) if name == "client" else value
        for name in ("favorite_count", "retweet_count"):
            if t.get(name) not in (None, ""):
                attrs[name] = whole_count(t[name])
        coords = _coordinates(t)
        if coords:
            attrs["coordinates"] = coords
        edit_of = _edit_of(t, tweet_id)
        if edit_of:
            attrs["edit_of"] = edit_of
        if time is not None and time.year < _FIRST_YEAR:
            attrs["suspect_time"] = True
        note = notes.get(tweet_id) if notes else None
        if note is not None:
            attrs["note_tweet_id"], text = note[0], _with_mentions(text, note[1])
        if kind == "twitter.deleted_tweet" and t.get("deleted_at"):
            gone, _ = from_twitter(t.get("deleted_at"))
            if gone is None:
                gone, _ = parse_any(t.get("deleted_at"))
            if gone is not None:
                attrs["deleted_at"] = format_time(gone)
        return f.event(kind=kind, time=time, time_source=source, text=text, attrs=attrs,
                       key=id_key(kind, tweet_id))

    def _parse_tweets_csv(self, f: MemberContext) -> Iterator[Item]:
        # Classic tweets.csv: columns mapped by header name (10-column 2017 order and 9-column 2012–13
        # order both seen); all fields quoted, "" escapes; source is an HTML link.
        months = self._state(f).month_times
        with io.TextIOWrapper(f.open(), encoding="utf-8-sig", newline="") as text_stream:
            yield from f.each(_counted(f, csv.DictReader(text_stream)), lambda row: self._csv_tweet_event(
                f, row, months) if row.get("tweet_id") else None)  # no tweet_id: a blank line

    def _csv_tweet_event(self, f: MemberContext, row: Mapping[str, str | None],
                         months: MonthTimes | None = None) -> Event:
        tweet_id = (row["tweet_id"] or "").strip()
        text = unescape_html(row.get("text") or "")
        # expanded_urls lists the t.co targets in text order, comma-separated (URLs may hold commas
        # rarely; we split on "," followed by a scheme).
        urls = [u for u in re.split(r",(?=https?://)", row.get("expanded_urls") or "") if u]
        links = _TCO.findall(text)
        if len(links) == len(urls):
            for short, expanded in zip(links, urls):
                text = text.replace(short, expanded, 1)
        time, source = parse_any(row.get("timestamp"))
        if time is None and row.get("timestamp"):
            f.bad_date()
        if months is not None:
            time, source = months.repair(f.path, tweet_id, time, source)
        attrs: dict[str, Any] = {"id": tweet_id}
        _reply_attrs(attrs, row.get("in_reply_to_status_id"), row.get("in_reply_to_user_id"), None)
        rt = _RT.match(text)
        attrs["is_retweet"] = bool(rt or row.get("retweeted_status_id"))
        if rt:
            attrs["retweeted_screen_name"] = rt.group(1)
        if row.get("retweeted_status_id"):
            attrs["retweeted_status_id"] = row["retweeted_status_id"]
        _quote_attrs(attrs, urls, {})
        # the csv has no entities: mentions and hashtags come from the text
        attrs["mentions"] = _MENTION.findall(text)
        attrs["hashtags"] = _HASHTAG.findall(text)
        attrs["urls"] = urls
        attrs["media"] = []
        if row.get("source"):
            attrs["client"] = _strip_tags(row["source"] or "")
        if time is not None and time.year < _FIRST_YEAR:
            attrs["suspect_time"] = True
        return f.event(kind="twitter.tweet", time=time, time_source=source, text=text, attrs=attrs,
                       key=id_key("twitter.tweet", tweet_id))

    # -- likes, follows, blocks, mutes ------------------------------------------------------------
    def _parse_likes(self, f: MemberContext) -> Iterator[Item]:
        # {"like": {"tweetId", "fullText"?, "expandedUrl"}}: no time; fullText missing for deleted tweets.
        yield from f.each(f.json_items("item"), lambda item: self._like_event(f, item))

    def _like_event(self, f: MemberContext, item: Mapping[str, Any]) -> Item:
        like = item.get("like") or {}
        tweet_id = _str(like.get("tweetId"))
        if not tweet_id:
            return f.issue("bad-record", "like without a tweet id")
        attrs = {"tweet_id": tweet_id}
        if like.get("expandedUrl"):
            attrs["url"] = like["expandedUrl"]
        text = like.get("fullText")
        return f.event(kind="twitter.like", time=None, time_source=TimeSource.NONE, attrs=attrs,
                       text=unescape_html(text) if text else None, key=id_key("twitter.like", tweet_id))

    _RELATIONS: ClassVar[Mapping[str, tuple[str, str]]] = {
        # file stem → (wrapper key, kind)
        "follower": ("follower", "twitter.follower"),
        "following": ("following", "twitter.following"),
        "block": ("blocking", "twitter.block"),
        "mute": ("muting", "twitter.mute"),
    }

    def _parse_relations(self, f: MemberContext) -> Iterator[Item]:
        # {"follower": {"accountId", "userLink"?}} — no handles, no times (2019–20: accountId only).
        wrapper, kind = self._RELATIONS[_stem(f.path)]
        yield from f.each(f.json_items("item"), lambda item: self._relation_event(f, wrapper, kind, item))

    def _relation_event(self, f: MemberContext, wrapper: str, kind: str, item: Mapping[str, Any]) -> Item:
        record = item.get(wrapper) or {}
        account_id = _str(record.get("accountId"))
        if not account_id:
            return f.issue("bad-record", "account record without an id")
        attrs = {"account_id": account_id}
        if record.get("userLink"):
            attrs["user_link"] = record["userLink"]
        actor = account_id if kind == "twitter.follower" else "self"
        return f.event(kind=kind, time=None, time_source=TimeSource.NONE, actor=actor, attrs=attrs,
                       key=id_key(kind, account_id))

    # -- direct messages ------------------------------------------------------------------------
    def _parse_dms(self, f: MemberContext) -> Iterator[Item]:
        # {"dmConversation": {"conversationId", "messages": [{"messageCreate": {…}} | {"joinConversation": …}]}}
        # A conversation can hold years of messages: stream each message, not each conversation. The
        # conversationId precedes the messages in every export seen; it is picked out of the bytes as
        # they stream by (_DM_MARKS), so ijson's C backend builds the messages with no Python step per
        # JSON event (a Python filter over ijson.parse made DMs ~2x slower to read than tweets).
        own_id = self._state(f).account_id
        group = "group" in _stem(f.path)
        # a group's members as the file lists them (joinConversation.participantsSnapshot, participantsJoin):
        # those items come last in a conversation (oldest), after the messages, so a byte scan reads them first
        # and the conversation's first message carries them as ``members`` (the twenty-fifth pass's first
        # tester, M7: the social circle counted only the members who wrote)
        members = self._group_members(f) if group else {}
        conversation_id: str | None = None
        # the conversation open (its dmConversation key met) has not shown its messages key yet; a fault of a
        # conversation itself is placed by the conversation's number in the file (from 0), not a message's
        awaiting_messages = False
        conversation = -1
        try:
            for mark, message in jsonstream.iter_items_marked(f.open(), "item.dmConversation.messages.item",
                                                              _DM_MARKS):
                if mark is not None:
                    key, value = mark.groups
                    if key == b"dmConversation" and mark.depth == 2:  # a new conversation: no id yet
                        if awaiting_messages:
                            yield f.issue("bad-record", "a conversation without its messages",
                                          f"conversation {conversation}")
                        conversation += 1
                        conversation_id = None
                        awaiting_messages = value == b"{"
                        if not awaiting_messages:  # "dmConversation": "…", a number, null, a list
                            yield f.issue("bad-record", "a conversation that is not an object",
                                          f"conversation {conversation}")
                    elif key == b"conversationId" and mark.depth == 3:  # item.dmConversation.conversationId
                        conversation_id = _dm_conversation_id(value)
                    elif key == b"messages" and mark.depth == 3:  # item.dmConversation.messages
                        awaiting_messages = False
                        if value != b"[":  # its messages are in no list: none of them is read
                            yield f.issue("bad-record", "a conversation whose messages are not a list",
                                          f"conversation {conversation}")
                    continue
                f.next_index()
                if not isinstance(message, dict):  # every item X writes is an object of one key
                    yield f.issue("bad-record", "a conversation item that is not an object")
                    continue
                # the automatic first DM a business or support account sends (the API's welcome messages,
                # 2017 on): a messageCreate's fields under its own name (hestiaAI Argonodes' key-path
                # inventory of a real archive; alkihis/twitter-archive-reader reads it as one)
                name = "messageCreate" if "messageCreate" in message else "welcomeMessageCreate"
                create = message.get(name)
                try:
                    if isinstance(create, dict):
                        event = self._dm_event(f, create, conversation_id, group, own_id, name != "messageCreate")
                        listed = members.pop(conversation_id, None) if conversation_id is not None else None
                        if listed:
                            event = replace(event, attrs={**event.attrs, "members": listed})
                        yield event
                    elif create is not None:
                        yield f.issue("bad-record", f"a {name} item without its object")
                    else:
                        # a group's join / add / leave / rename, a 2019–20 reactionCreate (_DM_ITEM_EVENTS)
                        yield self._dm_item_event(f, message, conversation_id, group, own_id)
                except RECORD_ERRORS as exc:
                    yield f.issue("bad-record", describe_error(exc))
                if f.pending:
                    yield from f.flush_pending()
            if awaiting_messages:
                yield f.issue("bad-record", "a conversation without its messages", f"conversation {conversation}")
        except jsonstream.JSONError as exc:
            if not jsonstream.is_trailing_garbage(exc):
                raise
        f.items = conversation + 1  # the manifest counts a DM file's conversations (_run_handler)

    def _dm_event(self, f: MemberContext, m: Mapping[str, Any], conversation_id: str | None, group: bool,
                  own_id: str | None, welcome: bool = False) -> Event:
        message_id = _str(m["id"])
        sender = _str(m.get("senderId"))
        # DM text is HTML-escaped like tweet text; links are t.co with their targets in urls[]; an
        # attached photo/video leaves one more t.co link at the end, pointing at the media.
        text = unescape_html(m.get("text") or "")
        urls = []
        for u in m.get("urls") or []:
            expanded = u.get("expanded") or u.get("url")
            if expanded:
                urls.append(expanded)
                if u.get("url"):
                    text = text.replace(u["url"], expanded)
        media_urls = [str(x) for x in m.get("mediaUrls") or []]
        leftover = _TCO.findall(text)
        if media_urls and leftover:
            text = text.replace(leftover[-1], media_urls[0])
        attrs: dict[str, Any] = {"id": message_id, "conversation_id": conversation_id, "sender_id": sender}
        if group or not m.get("recipientId"):
            attrs["group"] = True
        else:
            attrs["recipient_id"] = _str(m["recipientId"])
        attrs["reactions"] = [
            {"sender_id": _str(r.get("senderId")), "reaction": r.get("reactionKey"),
             "time": r.get("createdAt")}
            for r in m.get("reactions") or []
        ]
        attrs["urls"] = urls
        attrs["media"] = media_urls
        history = m.get("editHistory")
        if history and isinstance(history, list):
            # 2025 on: [{"createdAtSec": "<unix seconds>", "editedText": …}] (that-in-rust/tweet-scrolls' schema
            # of real archives). Which version `text` holds, the first or the last, no source says: every
            # version is kept with its time, so none is lost whichever it is
            attrs["edited"] = True
            edits = [_compact_edit(e) for e in history if isinstance(e, Mapping)]
            attrs["edits"] = [e for e in edits if e["time"] is not None or e["text"] is not None]
        elif history:  # another shape than the list seen in real archives: the DM is kept, flagged
            attrs["edited"] = True
        if welcome:
            attrs["welcome_message"] = True
        created = m.get("createdAt")
        time, source = from_iso(created) if isinstance(created, str) else NO_TIME
        if time is None and created not in (None, ""):
            f.bad_date()
        actor = "self" if own_id is not None and sender == own_id else (sender or "unknown")
        return f.event(kind="twitter.dm", time=time, time_source=source, actor=actor, text=text or None,
                       attrs=attrs, key=id_key("twitter.dm", message_id))

    def _dm_item_event(self, f: MemberContext, item: Mapping[str, Any], conversation_id: str | None,
                       group: bool, own_id: str | None) -> Item:
        """One ``twitter.dm_event`` for a conversation item that is not a message (:data:`_DM_ITEM_EVENTS`),
        or a ``bad-record`` issue for an item of no known type or whose body is not an object."""
        found = next((k for k in item if k in _DM_ITEM_EVENTS), None)
        if found is None:
            # {}, a null messageCreate, or a type no source lists: said, not dropped
            return f.issue("bad-record", "a conversation item of no known type (not a message nor a group "
                                         "event or reaction)")
        body = item[found]
        if not isinstance(body, Mapping):
            return f.issue("bad-record", f"a {found} item without its object")
        if not body:
            return f.issue("bad-record", f"an empty {found} item")
        event = _DM_ITEM_EVENTS[found]
        in_group = group or (conversation_id is not None and not _ONE_TO_ONE.fullmatch(conversation_id))
        attrs: dict[str, Any] = {"event": event, "conversation_id": conversation_id, "group": in_group}
        actor_id: str | None
        if event == "reaction":
            message_id, sender = _dm_id(body.get("eventId")), _dm_id(body.get("senderId"))
            attrs.update(message_id=message_id, reaction=_string(body.get("reactionKey")), sender_id=sender)
            actor_id, detail = sender, [message_id, sender, attrs["reaction"]]
        elif event == "participants_leave":
            # no initiatingUserId: the people who left are the actors
            user_ids = _dm_ids(body.get("userIds"))
            attrs["user_ids"] = user_ids
            actor_id = own_id if own_id is not None and own_id in user_ids else (user_ids[0] if user_ids else None)
            detail = [user_ids]
        else:
            initiating = _dm_id(body.get("initiatingUserId"))
            attrs["initiating_user_id"] = initiating
            if event == "conversation_name_update":
                # the new name as written: no source says whether X escapes HTML in it as in DM text
                attrs["name"] = _string(body.get("name"))
                detail = [initiating, attrs["name"]]
            else:
                # joinConversation's participantsSnapshot: who was in the group when the owner joined it
                users = body.get("participantsSnapshot" if event == "join_conversation" else "userIds")
                attrs["user_ids"] = _dm_ids(users)
                detail = [initiating, attrs["user_ids"]]
            actor_id = initiating
        created = body.get("createdAt")
        # an item without createdAt (or with one that is no ISO text) keeps its facts, undated, as a DM does
        time, source = from_iso(created) if isinstance(created, str) else NO_TIME
        if time is None and created not in (None, ""):
            f.bad_date()
        actor = "self" if own_id is not None and actor_id == own_id else (actor_id or "unknown")
        when = format_time(time) if time is not None else ("" if created is None else str(created))
        # the same item of two downloads gets the same key; two items of one instant differ in their fields
        key = stable_key(f"twitter.dm_event:{conversation_id or ''}:{event}:{when}", *detail)
        return f.event(kind="twitter.dm_event", time=time, time_source=source, actor=actor, attrs=attrs, key=key)

    def _group_members(self, f: MemberContext) -> dict[str, list[str]]:
        """conversationId → the account ids a group DM file lists as members (``participantsSnapshot`` of
        ``joinConversation``, ``userIds`` of ``participantsJoin``; formats.md §2.4, alkihis/twitter-archive-reader
        GDPRDMs.ts), at most :data:`MAX_GROUP_MEMBERS` per conversation and :data:`MAX_GROUPS` conversations.

        A regular-expression scan of the bytes (a JSON key is never preceded by an escaped quote, so a DM's text
        cannot fake one); a fault ends the scan quietly, the message pass reports it."""
        found: dict[str, set[str]] = {}
        conversation: str | None = None
        # the raw bytes: the regular expression bounds every length itself (the message pass applies the limits)
        stream = f.member.open()
        try:
            tail = b""
            while True:
                chunk = stream.read(1 << 20)
                if not chunk:
                    break
                data = tail + chunk
                # the last 64 KiB are read again with the next chunk: a list cut at the boundary is whole there
                # (a set holds each id once; the conversation id read again is the same)
                for m in _GROUP_LISTS.finditer(data):
                    if m.group(1) is not None:
                        conversation = m.group(1).decode("ascii", "replace")
                    elif conversation is not None and (conversation in found or len(found) < MAX_GROUPS):
                        ids = found.setdefault(conversation, set())
                        ids.update(i.decode("ascii") for i in _DIGITS.findall(m.group(2) or m.group(3))
                                   if len(ids) < MAX_GROUP_MEMBERS)
                tail = data[-(1 << 16):]
        except DATA_ERRORS:
            pass  # a damaged file: the message pass reports it
        finally:
            stream.close()
        return {cid: sorted(ids) for cid, ids in found.items() if ids}

    # -- logins -----------------------------------------------------------------------------------
    def _parse_logins(self, f: MemberContext) -> Iterator[Item]:
        # {"ipAudit": {"accountId", "createdAt", "loginIp", "loginPortNumber"? (newer exports only)}}
        yield from f.each(f.json_items("item"), lambda item: self._login_event(f, item))

    def _login_event(self, f: MemberContext, item: Mapping[str, Any]) -> Event:
        audit = item.get("ipAudit") or {}
        time, source = from_iso(audit.get("createdAt"))
        if time is None and audit.get("createdAt"):
            f.bad_date()
        attrs: dict[str, Any] = {"ip": audit.get("loginIp"), "account_id": _str(audit.get("accountId"))}
        if audit.get("loginPortNumber") not in (None, ""):
            attrs["port"] = whole_count(audit["loginPortNumber"])
        return f.event(kind="twitter.login", time=time, time_source=source, attrs=attrs,
                       key=stable_key("twitter.login", attrs["account_id"], audit.get("createdAt"),
                                      audit.get("loginIp")))

    # -- ads --------------------------------------------------------------------------------------
    def _parse_ads(self, f: MemberContext) -> Iterator[Item]:
        # One item {"ad": {"adsUserData": {...}}} holds every impression/engagement: stream the inner array.
        if _stem(f.path) == "ad-impressions":
            prefix, kind = "item.ad.adsUserData.adImpressions.impressions.item", "twitter.ad_impression"
        else:
            prefix, kind = "item.ad.adsUserData.adEngagements.engagements.item", "twitter.ad_engagement"
        yield from f.each(f.json_items(prefix), lambda record: self._ad_event(f, kind, record))

    def _ad_event(self, f: MemberContext, kind: str, record: Mapping[str, Any]) -> Event:
        imp = record.get("impressionAttributes", record) if kind == "twitter.ad_engagement" else record
        advertiser = imp.get("advertiserInfo") or {}
        attrs: dict[str, Any] = {
            "advertiser_name": advertiser.get("advertiserName"),
            "advertiser_screen_name": advertiser.get("screenName"),
            "display_location": imp.get("displayLocation"),
            "device_os": (imp.get("deviceInfo") or {}).get("osType"),
        }
        text = None
        promoted = imp.get("promotedTweetInfo")
        ref_id = None
        if promoted:
            ref_id = _str(promoted.get("tweetId"))
            attrs["promoted_tweet_id"] = ref_id
            text = unescape_html(promoted["tweetText"]) if promoted.get("tweetText") else None
            attrs["promoted_tweet_text"] = text
            if promoted.get("urls"):
                attrs["promoted_urls"] = list(promoted["urls"])
            if promoted.get("mediaUrls"):
                attrs["promoted_media_urls"] = list(promoted["mediaUrls"])
        trend = imp.get("promotedTrendInfo")
        if trend:  # promoted trend instead of a tweet
            attrs["promoted_trend"] = {k: trend.get(src) for k, src in
                                       (("id", "trendId"), ("name", "name"), ("description", "description"))}
            ref_id = ref_id or _str(trend.get("trendId")) or trend.get("name")
            text = text or trend.get("name")
        publisher = imp.get("publisherInfo")
        if publisher:  # an ad shown on a publisher's site or app
            attrs["publisher_name"] = publisher.get("publisherName")
            ref_id = ref_id or publisher.get("publisherName")
        attrs["targeting"] = [
            {"type": c.get("targetingType"), **({"value": c["targetingValue"]} if "targetingValue" in c else {})}
            for c in imp.get("matchedTargetingCriteria") or []
        ]
        if kind == "twitter.ad_engagement":
            engagements = []
            for e in record.get("engagementAttributes") or []:
                when, _ = from_iso(e.get("engagementTime"))
                engagements.append({"type": e.get("engagementType"), "time": format_time(when)})
            attrs["engagements"] = engagements
        # impressionTime is zone-less ("2024-12-15 20:54:45"): X means UTC → assumed-utc
        time, source = from_iso(imp.get("impressionTime"))
        if time is None and imp.get("impressionTime"):
            f.bad_date()
        actor = attrs["advertiser_screen_name"] or attrs["advertiser_name"] or "unknown"
        return f.event(kind=kind, time=time, time_source=source, actor=actor, text=text, attrs=attrs,
                       key=stable_key(kind, imp.get("impressionTime"), attrs["advertiser_name"], ref_id))

    # -- what X says about the person --------------------------------------------------------------
    def _parse_personalization(self, f: MemberContext) -> Iterator[Item]:
        # One element {"p13nData": {...}}: small (hundreds of interests at most), read whole. Each
        # section is built on its own (f.each), so one odd value costs its section, not the others.
        for item in f.json_items("item"):
            data = _mapping(item.get("p13nData") if isinstance(item, Mapping) else None)
            demographics = _mapping(data.get("demographics"))
            interests = _mapping(data.get("interests"))
            sections = (
                partial(self._p13n_languages, f, demographics.get("languages")),
                partial(self._p13n_gender, f, demographics.get("genderInfo")),
                partial(_age, f, "inferred_age", data.get("inferredAgeInfo")),
                partial(self._p13n_interests, f, interests),
                partial(self._p13n_audiences, f, interests),
                partial(self._p13n_locations, f, data.get("locationHistory")),
            )
            yield from f.each(sections, lambda build: build())

    # Owners who publish their archive blank values ("", [""], null, {}): a blank value is no
    # statement by X, so it yields no event (in every p13nData section below).
    def _p13n_languages(self, f: MemberContext, languages: object) -> Iterator[Item]:
        for lang in _list(languages):
            language = _text(lang.get("language") if isinstance(lang, dict) else lang)
            if language:
                yield _demographic(f, "language", language,
                                   is_disabled=lang.get("isDisabled") if isinstance(lang, dict) else None)

    def _p13n_locations(self, f: MemberContext, history: object) -> Iterator[Item]:
        # `locationHistory`: places X associates with the account (settings page "Places you've been"),
        # strings such as "Porto, Portugal" (formats.md §personalization; empty in most published
        # archives). Each is a `location_history` statement of X's, in file order, undated.
        # Only text is a place: a number or a boolean there is no statement of X's (a fresh tester's
        # `5`, `true`, `1e400` became places "5", "True", "1E+400").
        for place in _list(history):
            value = (place.get("location") or place.get("name")) if isinstance(place, dict) else place
            name = _text(value) if isinstance(value, str) else None
            if name:
                yield _demographic(f, "location_history", name)

    def _p13n_gender(self, f: MemberContext, gender: object) -> Iterator[Item]:
        if isinstance(gender, dict) and _text(gender.get("gender")):
            override = _text(gender.get("genderOverride"))
            yield _demographic(f, "gender", _text(gender["gender"]), **({"override": override} if override else {}))

    def _p13n_interests(self, f: MemberContext, interests: Mapping[str, Any]) -> Iterator[Item]:
        # `position`: the entry's place in the file (interests, then partnerInterests). Every entry is one record
        # (p13nData), and undated records reach the inference in their keys' order, so without it the report
        # listed X's interests in hash order (the twenty-third pass's tester: the export's first, "Cycling",
        # came sixth).
        position = 0
        for group in ("interests", "partnerInterests"):
            for entry in _list(interests.get(group)):
                name = _text(entry.get("name") if isinstance(entry, dict) else entry)
                if not name:
                    continue
                attrs: dict[str, Any] = {"name": name, "source": group, "position": position}
                position += 1
                if isinstance(entry, dict) and "isDisabled" in entry:
                    attrs["is_disabled"] = bool(entry["isDisabled"])
                yield f.event(kind="twitter.declared_interest", time=None, time_source=TimeSource.NONE,
                              text=name, attrs=attrs, key=stable_key("twitter.declared_interest", name))

    def _p13n_audiences(self, f: MemberContext, interests: Mapping[str, Any]) -> Iterator[Item]:
        audiences = _mapping(interests.get("audienceAndAdvertisers"))
        for handle in filter(None, map(_text, _list(audiences.get("lookalikeAdvertisers")))):
            yield f.event(kind="twitter.lookalike_advertiser", time=None, time_source=TimeSource.NONE,
                          text=handle, attrs={"handle": handle},
                          key=stable_key("twitter.lookalike_advertiser", handle))
        # advertisers whose tailored audiences include the person (2019 → files: `advertisers`; 2022 →:
        # also `catalogAudienceAdvertisers`, `doNotReachAdvertisers` — formats.md §2.4), in file order
        position = 0
        for group, which in (("advertisers", "advertisers"), ("catalogAudienceAdvertisers", "catalog"),
                             ("doNotReachAdvertisers", "do_not_reach")):
            for handle in filter(None, map(_text, _list(audiences.get(group)))):
                yield f.event(kind="twitter.audience_advertiser", time=None, time_source=TimeSource.NONE,
                              text=handle, attrs={"handle": handle, "list": which, "position": position},
                              key=stable_key("twitter.audience_advertiser", which, handle))
                position += 1
        # numAudiences: a count as a string ("12"); a blank, "0" or a non-number is no statement of X's
        try:
            count: int | None = whole_count(audiences["numAudiences"]) if audiences.get("numAudiences") else None
        except ValueError:
            count = None
        if count:  # "0": no audience, no statement to show (as blank values)
            yield f.event(kind="twitter.audience_count", time=None, time_source=TimeSource.NONE, text=str(count),
                          attrs={"count": count}, key=stable_key("twitter.audience_count", count))
        for position, title in enumerate(filter(None, map(_text, _list(interests.get("shows"))))):
            yield f.event(kind="twitter.show", time=None, time_source=TimeSource.NONE, text=title,
                          attrs={"title": title, "position": position}, key=stable_key("twitter.show", title))

    def _parse_ageinfo(self, f: MemberContext) -> Iterator[Item]:
        # {"ageMeta": {"ageInfo": {"age": ["13-54"], "birthDate": ""}, "inferredAgeInfo"?: {…}}}
        for item in f.json_items("item"):
            meta = _mapping(item.get("ageMeta") if isinstance(item, Mapping) else None)
            yield from _age(f, "age", meta.get("ageInfo"))
            yield from _age(f, "inferred_age", meta.get("inferredAgeInfo"))

    # -- account facts ------------------------------------------------------------------------------
    def _parse_account(self, f: MemberContext) -> Iterator[Item]:
        stem = _stem(f.path)
        wrapper = self._ACCOUNT_WRAPPERS.get(stem, "emailAddressChange")
        yield from f.each(f.json_items("item"), _requiring(f, wrapper, lambda item: self._account_event(f, stem, item)))

    # each account-fact file's wrapper object, by file stem (see _account_fact)
    _ACCOUNT_WRAPPERS: ClassVar[Mapping[str, str]] = {
        "account": "account", "account-timezone": "accountTimezone", "account-creation-ip": "accountCreationIp",
        "phone-number": "device", "email-address-change": "emailAddressChange"}

    def _account_event(self, f: MemberContext, stem: str, item: Mapping[str, Any]) -> Item:
        attrs, when = _account_fact(stem, item)
        time, source = from_iso(when) if when else NO_TIME
        if time is None and when:
            f.bad_date()
        return f.event(kind="twitter.account", time=time, time_source=source, attrs=attrs,
                       key=stable_key("twitter.account", stem, item))

    def _parse_profile(self, f: MemberContext) -> Iterator[Item]:
        # {"profile": {"description": {"bio", "website", "location"}, "avatarMediaUrl", "headerMediaUrl"}}
        yield from f.each(f.json_items("item"), _requiring(f, "profile", lambda item: self._profile_event(f, item)))

    def _profile_event(self, f: MemberContext, item: Mapping[str, Any]) -> Item:
        profile = item.get("profile") or {}
        description = profile.get("description") or {}
        attrs = {"bio": description.get("bio"), "website": description.get("website"),
                 "location": description.get("location"), "avatar_url": profile.get("avatarMediaUrl"),
                 "header_url": profile.get("headerMediaUrl")}
        return f.event(kind="twitter.profile", time=None, time_source=TimeSource.NONE,
                       text=_string(description.get("bio")) or None, attrs=attrs,
                       key=stable_key("twitter.profile", item))

    def _parse_screen_name_change(self, f: MemberContext) -> Iterator[Item]:
        # {"screenNameChange": {"accountId", "screenNameChange": {"changedAt", "changedFrom", "changedTo"}}}
        yield from f.each(f.json_items("item"),
                          _requiring(f, "screenNameChange", lambda item: self._screen_name_event(f, item)))

    def _screen_name_event(self, f: MemberContext, item: Mapping[str, Any]) -> Item:
        outer = item.get("screenNameChange") or {}
        change = outer.get("screenNameChange") or {}
        time, source = from_iso(change.get("changedAt"))
        if time is None and change.get("changedAt"):
            f.bad_date()
        attrs = {"account_id": _str(outer.get("accountId")), "changed_from": change.get("changedFrom"),
                 "changed_to": change.get("changedTo")}
        return f.event(kind="twitter.screen_name_change", time=time, time_source=source,
                       text=_string(change.get("changedTo")), attrs=attrs,
                       key=stable_key("twitter.screen_name_change", attrs["account_id"], change.get("changedAt"),
                                      change.get("changedFrom"), change.get("changedTo")))

    def _parse_lists(self, f: MemberContext) -> Iterator[Item]:
        # {"userListInfo": {"url": "https://twitter.com/<owner>/lists/<slug>"}} (older: "urls": [...])
        relation = _stem(f.path).removeprefix("lists-")
        for item in f.json_items("item"):
            info = _mapping(item.get("userListInfo") if isinstance(item, Mapping) else None)
            urls = _list(info.get("urls")) or ([info["url"]] if info.get("url") else [])
            yield from f.each(urls, lambda url: self._list_event(f, relation, url))

    def _list_event(self, f: MemberContext, relation: str, url: str) -> Item:
        parts = url.rstrip("/").split("/")
        attrs = {"url": url, "relation": relation, "owner": parts[-3] if len(parts) >= 3 else None,
                 "slug": parts[-1]}
        return f.event(kind="twitter.list", time=None, time_source=TimeSource.NONE, text=parts[-1],
                       attrs=attrs, key=stable_key("twitter.list", url))

    def _parse_saved_search(self, f: MemberContext) -> Iterator[Item]:
        # {"savedSearch": {"savedSearchId", "query"}}
        yield from f.each(f.json_items("item"), lambda item: self._saved_search_event(f, item))

    def _saved_search_event(self, f: MemberContext, item: Mapping[str, Any]) -> Item:
        search = item.get("savedSearch") or {}
        search_id = _str(search.get("savedSearchId"))
        if not search_id:
            return f.issue("bad-record", "saved search without an id")
        return f.event(kind="twitter.saved_search", time=None, time_source=TimeSource.NONE,
                       text=_string(search.get("query")), attrs={"id": search_id, "query": search.get("query")},
                       key=id_key("twitter.saved_search", search_id))

    def _parse_grok_chat(self, f: MemberContext) -> Iterator[Item]:
        # grok-chat-item.js (2024 →; a public sample of a real 2025 file): {"grokChatItem": {"grokMode": {"name":
        # "Normal", …}, "accountId", "chatId", "createdAt", "sender": {"name": "User" | "Agent", "originalName":
        # "USER" | "AGENT"}, "message", "postIds"?: [...], "attachments"?: [{mediaId, fileName, mimeType, url}]}}.
        # The reply carries the prompt's createdAt to the millisecond: the sender tells the two apart.
        yield from f.each(f.json_items("item"),
                          _requiring(f, "grokChatItem", lambda item: self._grok_event(f, item)))

    def _grok_event(self, f: MemberContext, item: Mapping[str, Any]) -> Item:
        chat = _mapping(item.get("grokChatItem"))
        sender = _mapping(chat.get("sender"))
        role = sender.get("originalName") or sender.get("name")
        role = role.strip().lower() if isinstance(role, str) else None
        if role not in ("user", "agent"):
            return f.issue("bad-record", "Grok chat item without a known sender (USER or AGENT)")
        created = chat.get("createdAt")
        time, source = from_iso(created) if isinstance(created, str) else NO_TIME
        if time is None and created not in (None, ""):
            f.bad_date()
        message = chat.get("message")
        post_ids = list(dict.fromkeys(i for i in (_str(p) for p in _list(chat.get("postIds"))) if i))
        attachments = [{"file_name": a.get("fileName"), "mime_type": a.get("mimeType")}
                       for a in _list(chat.get("attachments")) if isinstance(a, Mapping)]
        mode = _mapping(chat.get("grokMode")).get("name")
        attrs = {"chat_id": _str(chat.get("chatId")), "sender": role, "grok_mode": mode if isinstance(mode, str)
                 else None, "post_ids": post_ids or None, "attachments": attachments or None}
        # the person's prompt is their own words; the reply is Grok's (never the person's text or activity)
        return f.event(kind="twitter.grok_chat_item", time=time, time_source=source,
                       actor="self" if role == "user" else "grok",
                       text=_string(message), attrs=attrs,
                       key=stable_key("twitter.grok_chat_item", attrs["chat_id"], chat.get("createdAt"), role,
                                      message if isinstance(message, str) else None))


# -- helpers -------------------------------------------------------------------------------------
def _compact_edit(edit: Mapping[str, Any]) -> dict[str, Any]:
    """One ``editHistory`` entry of a DM: its time (``createdAtSec``, unix seconds as text) and text."""
    seconds = edit.get("createdAtSec")
    when, _source = from_epoch(seconds) if seconds not in (None, "") else NO_TIME
    text = edit.get("editedText")
    return {"time": format_time(when), "text": unescape_html(text) if isinstance(text, str) else None}


def _str(value: object) -> str | None:
    """IDs stay strings (64-bit ids lose digits as floats); numbers from old files become text.

    A whole number written with an exponent (``1e3``) becomes its digits (``"1000"``) when it has
    at most 40 of them, as ids do; a bigger one (``1e5000``) becomes the decimal's standard text
    (``"1E+5000"``): its digits would pass Python's int-to-text limit (an error that ended the whole
    export when the manifest's accountId was one) and take seconds to build."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        if value.is_finite() and value == value.to_integral_value() and value.adjusted() < 40:
            return str(int(value))
        return str(value)
    return str(value)


def _dm_id(value: object) -> str | None:
    """An account or message id of a DM conversation item: digits as a string (X writes strings; a number
    is read as its digits, as :func:`_str` does); anything else (an object, a list, true) is no id."""
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        return None
    return _str(value)


def _dm_ids(value: object) -> list[str]:
    """The ids of an item's ``userIds`` / ``participantsSnapshot`` list; another shape holds none."""
    return [i for i in map(_dm_id, _list(value)) if i is not None]


def _stem(path: str) -> str:
    """``data/tweets-part1.js`` → ``tweets``."""
    name = path.rsplit("/", 1)[-1]
    return re.sub(_PART, "", name)


def _strip_tags(html_text: str) -> str:
    """``<a href="…" rel="nofollow">Twitter for iPhone</a>`` → ``Twitter for iPhone``."""
    if type(html_text) is str:
        return _strip_tags_cached(html_text)
    return unescape_html(_TAGS.sub("", html_text)).strip()  # not a string: fails as before (a bad record)


@lru_cache(maxsize=1024)  # a tweet's ``source``: a handful of distinct client links in an archive
def _strip_tags_cached(html_text: str) -> str:
    return unescape_html(_TAGS.sub("", html_text)).strip()


def _reply_attrs(attrs: dict[str, Any], status_id: object, user_id: object, screen_name: object) -> None:
    if _str(status_id):
        attrs["in_reply_to_status_id"] = _str(status_id)
    if _str(user_id):
        attrs["in_reply_to_user_id"] = _str(user_id)
    if screen_name:
        attrs["in_reply_to_screen_name"] = str(screen_name)


def _quote_attrs(attrs: dict[str, Any], urls: list[str], t: Mapping[str, Any]) -> None:
    # A quote tweet carries the quoted tweet's permalink among its urls (and, in some API-shaped
    # exports, quoted_status_id_str / quoted_status_permalink).
    quoted_id = _str(t.get("quoted_status_id_str") or t.get("quoted_status_id"))
    permalink = (t.get("quoted_status_permalink") or {}).get("expanded")
    for url in urls:
        m = _STATUS_URL.match(url)
        if m and (quoted_id is None or m.group(2) == quoted_id):
            quoted_id, permalink = m.group(2), url
            attrs["quoted_screen_name"] = m.group(1)
            break
    if quoted_id:
        attrs["quoted_status_id"] = quoted_id
        if permalink:
            attrs["quoted_url"] = permalink


def _coordinates(t: Mapping[str, Any]) -> dict[str, float] | None:
    # "coordinates" is GeoJSON [lon, lat]; the older "geo" holds [lat, lon]; either may hold numbers
    # or numeric strings. A pair that is not a coordinate is dropped, the tweet kept (dataexam.geo).
    for name, lon_first in (("coordinates", True), ("geo", False)):
        holder = t.get(name)
        if isinstance(holder, dict) and holder.get("coordinates"):
            pair = geojson_pair(holder["coordinates"], lon_first=lon_first)
            if pair is not None:
                return {"lat": pair[0], "lon": pair[1]}
    return None


def _note_text(note: Mapping[str, Any]) -> tuple[str | None, str | None, str | None]:
    """(noteTweetId, createdAt second as ISO, text with t.co links expanded) of a note-tweet item."""
    core = note.get("core") or {}
    text = core.get("text") or ""
    for u in core.get("urls") or []:
        short, expanded = u.get("shortUrl"), u.get("expandedUrl")
        if short and expanded:
            text = text.replace(short, expanded)
    created, _ = from_iso(note.get("createdAt"))
    second = created.replace(microsecond=0).isoformat() if created else None
    return _str(note.get("noteTweetId")), second, unescape_html(text) or None


def _comparable(text: str) -> str:
    """A long post's text as its tweet and its note can be compared: links, a reply's leading ``@mentions``
    and "…" left out, whitespace runs as one space (the tweet's t.co links are the note's expanded ones)."""
    return " ".join(_LEADING_MENTIONS.sub("", _LINK.sub(" ", text).lstrip()).replace("…", " ").split())


def _note_matches(note_text: str, tweet_text: str) -> bool:
    """Whether a note (of the tweet's second) is the long post whose first characters the tweet shows: the
    note begins with the tweet's first 100 comparable characters (a reply's tweet starts with the
    ``@handles`` X adds, which the note's body lacks: the twenty-third pass's second tester)."""
    return _comparable(note_text).startswith(_comparable(tweet_text)[:100])


def _with_mentions(tweet_text: str, note_text: str) -> str:
    """The long post's text as X shows it: a reply's leading ``@mentions`` (in the tweet, not in the note's
    body) before the note's text, unless the note already starts with them."""
    prefix = _LEADING_MENTIONS.match(tweet_text)
    if prefix is None or note_text.startswith(prefix.group(0).rstrip()):
        return note_text
    return prefix.group(0) + note_text


def _demographic(f: MemberContext, kind_type: str, value: object, **extra: Any) -> Event:
    attrs: dict[str, Any] = {"type": kind_type, "value": value}
    attrs.update({k: v for k, v in extra.items() if v is not None})
    return f.event(kind="twitter.declared_demographic", time=None, time_source=TimeSource.NONE,
                   text=str(value) if value is not None else None, attrs=attrs,
                   key=stable_key("twitter.declared_demographic", kind_type, value))


def _age(f: MemberContext, kind_type: str, info: object) -> Iterator[Event]:
    # "age": ["13-54"] — a list of ranges, usually one; "birthDate": "" unless the person gave one.
    # Blanked by an owner ({"age": [""], "birthDate": ""}) or empty ({}, null): no event.
    if not isinstance(info, Mapping):
        return
    ages = info.get("age")
    ranges = [t for t in map(_text, ages if isinstance(ages, list) else [ages]) if t]
    birth = _text(info.get("birthDate"))
    if not ranges and not birth:
        return
    yield _demographic(f, kind_type, ", ".join(ranges) or None, **({"birth_date": birth} if birth else {}))


def _requiring(f: MemberContext, key: str, build: Callable[[Mapping[str, Any]], Item]) -> Callable[[Any], Item]:
    """``build`` for the records that hold their file's wrapper object ``key`` (``{"profile": {…}}``,
    blank inside or not); any other record is a ``bad-record`` issue, since an event of nulls would
    hide that it was not read (a key renamed in a future export, a damaged file)."""
    def checked(item: Any) -> Item:
        if isinstance(item, Mapping) and isinstance(item.get(key), Mapping):
            return build(item)
        return f.issue("bad-record", f"record without its {key!r} object")
    return checked


def _counted(f: MemberContext, rows: Iterator[dict[str, str | None]]) -> Iterator[dict[str, str | None]]:
    """``rows``, each counted as a record of ``f`` (a handler that does not read through ``f.json_items``)."""
    for row in rows:
        f.next_index()
        yield row


def _string(value: object) -> str | None:
    """``value`` if it is text (as the export wrote it), else ``None``: an event's text is text."""
    return value if isinstance(value, str) else None


def _mapping(value: object) -> Mapping[str, Any]:
    """``value`` if it is an object, else ``{}`` (a blanked or odd section says nothing)."""
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    """``value`` if it is an array, else ``[]``."""
    return value if isinstance(value, list) else []


def _text(value: object) -> str | None:
    """A declared value as trimmed text; ``None`` for blanks (``""``, white space, ``None``, ``[]``, ``{}``)."""
    if value is None or isinstance(value, (list, dict)):
        return None
    text = str(value).strip()
    return text or None


def _account_fact(stem: str, item: Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The attrs and time (ISO text) of one account-fact item, by file."""
    if stem == "account":
        a = item.get("account") or {}
        return ({"fact": "account", "account_id": _str(a.get("accountId")), "username": a.get("username"),
                 "display_name": a.get("accountDisplayName"), "email": a.get("email"),
                 "created_via": a.get("createdVia"),
                 **({"phone_number": a["phoneNumber"]} if a.get("phoneNumber") else {})},
                a.get("createdAt"))
    if stem == "account-timezone":
        a = item.get("accountTimezone") or {}
        return {"fact": "time_zone", "account_id": _str(a.get("accountId")), "time_zone": a.get("timeZone")}, None
    if stem == "account-creation-ip":
        a = item.get("accountCreationIp") or {}
        return {"fact": "creation_ip", "account_id": _str(a.get("accountId")),
                "ip": a.get("userCreationIp")}, None
    if stem == "phone-number":
        a = item.get("device") or {}
        return {"fact": "phone_number", "phone_number": a.get("phoneNumber")}, None
    # email-address-change.js: {"emailAddressChange": {"accountId", "emailChange": {"changedAt", "changedTo"}}}
    a = item.get("emailAddressChange") or {}
    change = a.get("emailChange") or {}
    return ({"fact": "email_change", "account_id": _str(a.get("accountId")), "email": change.get("changedTo"),
             **({"changed_from": change["changedFrom"]} if change.get("changedFrom") else {})},
            change.get("changedAt"))


__all__ = ["TwitterParser"]
