"""Social circle: counts of friends and followers, top contacts by message volume (aggregates only).

Nothing is inferred about the contacts themselves: they appear as names (or X account ids, the
only thing X's DMs give — shown as the @handle where the archive's own replies or mentions name the id)
with message volumes. State is a counter per thread (:class:`MessageThreads`).

Who is who, as real exports have it:

* **The owner.** The parsers mark the owner's messages ``actor == "self"``. A Messenger-only download
  has no profile file; when no Facebook message of the inputs is marked ``self``, the owner is found
  here as Facebook Messenger shows it: the one sender present in every thread (two threads or more),
  or, in a one-to-one thread whose ``title`` (or title-derived folder name, ``hakonbrakke_abc123``)
  names the other person, the participant it does not name.
  The owner is never listed as their own contact, and their messages count as sent.
* **One name is not one person.** Facebook exports names, never person ids; its one-to-one thread
  (the folder ``<name>_<thread id>``) is the identity it does give. A contact is a one-to-one thread
  (Facebook) or the other account id of a one-to-one conversation (X), so two people called "Alex
  Smith" are two contacts, each marked ``same_name`` (the twenty-third pass's first tester: two Alex
  Smith threads of 60 messages were summed into a top contact of 120).
* **Group chats are not close contacts.** inference.md §5 #20 ranks the person's contacts by their
  direct messages (DMs) and measures reciprocity on them: a group member who never wrote to the owner
  is no contact of theirs (the same tester: a chatty hiking group's members filled the top five and
  pulled reciprocity down). Group threads (Facebook: a third participant or sender, or the 2024–25
  ``group_messages`` chats; X: ``direct-messages-group.js``) are reported apart, as people in groups.
* **Notes to oneself.** A thread in which nobody but the owner writes and whose title or folder names
  the owner is no exchange: its messages are counted apart, not as sent.
* **Deleted accounts.** Facebook writes an empty ``sender_name``, or the placeholder "Facebook user"
  (:data:`PLACEHOLDER_NAMES`), for a deleted or deactivated account. Such a partner is no identity: a
  one-to-one thread with one counts in the exchange and in ``contacts_without_name``, never as a
  contact, and never are several threads summed into one "Facebook user". X exports account ids only;
  a deleted account stays an id (there is no X placeholder to drop).
* **Invisible names.** A display name made only of invisible or blank characters (zero-width spaces,
  the Hangul filler U+3164 people use for "empty" names, Braille blank …) is shown as
  "(invisible name U+3164)" so a reader sees that a name exists and what it is made of.
* **Message requests are not contacts.** A Facebook (or Instagram-shaped) one-to-one thread in
  ``message_requests`` (a request never accepted) or ``filtered_threads`` (one Facebook filtered as spam) that the
  owner never wrote in, and an X one-to-one conversation the owner never wrote in (X's archive keeps message requests
  among the conversations and marks none: the owner's silence is the only sign), is counted apart as a message
  request, never ranked as "the person you message most" nor counted in reciprocity (the twenty-ninth pass's first
  tester, T29A H2: a stranger's 25 unanswered offers in ``message_requests`` were the top contact at high). The X
  rule applies only when the owner's own id is known (a DM of theirs was read), else every conversation would look
  unanswered. Once the owner wrote, the thread is a conversation whatever its folder (answering accepts a request).
* **Services not given.** A count whose records are not in the inputs is ``None`` and listed under
  ``not_in_inputs`` — "0 Facebook friends" only when a friends list was read and is empty of friends.
"""

from __future__ import annotations

import copy
import difflib
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Any

from ..categories import special_category
from ..download_names import download_stem
from ..events import Event
from ..textfix import folder_slug
from ..wording import count_phrase
from . import literature
from .engine import Aggregator, Context
from .model import Confidence, Evidence, EvidenceItem, Finding
from .textrules import text_digest

TOP_CONTACTS = 10
#: what a contact's name becomes without --include-sensitive when it relates to a special category (T29C H6)
NAME_WITHHELD = "(name withheld: special category, GDPR Art. 9)"
TOP_ONE_SIDED = 5  # names listed per side of the one-sided threads (T29C M6)
NEVER_REPLIED = " (never replied)"  # after a one-to-one thread's folder name, the other never having written
#: parenthesised tags at the end of a thread folder's name part: ours, or a copy's number (" (1)")
#: (a copy's number is short: "room (2019)" keeps its year, T50C)
_FOLDER_TAGS = re.compile(r"(?:\s*\((?:never replied|\d{1,2})\))+$")
MAX_THREAD_ARCHIVES = 8  # inputs remembered per thread (a person gives a few downloads)
MAX_THREADS = 20_000  # per-thread counters; past this, new threads are counted without a thread
MAX_HANDLES = 20_000  # X id → handle entries kept from the person's tweets (then only DM partners' ids)
MAX_LIST_STAMPS = 200_000  # Facebook list entries' timestamps kept (friends ≤ 5,000 an account; then not matched)
MAX_MEMBERS = 1_000  # listed members kept per group thread
MAX_CONTACTS = 50_000  # per-contact counters; past this, messages of new contacts count only in the totals
# Blank letters that render as nothing although Unicode does not class them as spaces or format chars.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
_NO_NAME = ("", "unknown")
FOLDER_MATCH = 0.8  # folder slug ~ a participant's folded name
#: Facebook DYI's folders of threads the owner did not accept: a request never accepted, a chat filtered as spam
#: (the parser's ``thread_folder``; Instagram-shaped exports use the same names)
REQUEST_FOLDERS = frozenset({"message_requests", "filtered_threads"})
FOLDER_MISMATCH = 0.5


def is_invisible(name: str) -> bool:
    """True for a non-empty name whose every character is blank, a space, or a format/control character."""
    return bool(name) and all(ch in _BLANK_LETTERS or ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc", "Zs",
                                                                                                    "Zl", "Zp")
                              for ch in name)




_PART = re.compile(r"^\d+of\d+-", re.IGNORECASE)


@lru_cache(maxsize=256)  # once per input and folder kind, not per message (1.5 % of a report's profile)
def _download_of(archive: str, e2ee: bool) -> str:
    """Which download a message came from, for :meth:`MessageThreads._one_person_across_downloads`: its input
    with the part prefix of a split download dropped (``1of2-facebook-jane-…zip`` and ``2of2-…`` are one
    download, whose namesakes' threads fall in either part: the final tester's P1), and Messenger's end-to-end
    encrypted chats apart from the DYI threads beside them (a chat continued after the E2EE cutover, dropped
    into the export under ``messages/e2ee/``, is one person's: P2)."""
    head, _, name = archive.replace("\\", "/").rpartition("/")
    # one part re-saved as "(1).zip", "….zip.crdownload", "….zip (1)" (ZIP65), or unpacked to a folder
    stem = download_stem(_PART.sub("", name), other_extension=False)
    name = re.sub(r"-\d{1,2}$", "", stem) if _PART.match(name) else stem  # (a part's copy "…-1.zip")
    return f"{head}/{name}" + ("#e2ee" if e2ee else "")


@lru_cache(maxsize=1)
def _special_words() -> tuple[str, ...]:
    """The special categories' keywords and terms of five letters or more, spaces and hyphens taken out, lower-case
    (what a run-together folder name can hold: ``mindfultherapyberlin``)."""
    from ..categories import CATEGORIES, is_sensitive
    from ..special_terms import NOT_IN_HANDLES, TERMS
    words = {w for c, ws in CATEGORIES.items() if is_sensitive(c) for w in ws}
    # not the phrases a run-together name is not read for, as a handle's (categories.special_value): "days on t"
    # squeezed is inside "holidaysontheroad"
    words |= {t.strip("*") for ts in TERMS.values() for t in ts if t not in NOT_IN_HANDLES}
    squeezed = {re.sub(r"[\s'’.-]+", "", w) for w in words}
    return tuple(sorted(w for w in squeezed if len(w) >= 5))


def special_slug(slug: str) -> bool:
    """Whether a thread folder's run-together, lower-cased name part (``mindfultherapyberlin``, a thread never
    answered, whose title is not read) holds a special category's word (:func:`_special_words`) anywhere: such a
    name is withheld without ``--include-sensitive`` (T29C H6), a few innocent ones too."""
    folded = re.sub(r"[\s'’._-]+", "", slug.casefold())
    return any(w in folded for w in _special_words())


def display_name(name: str) -> str:
    """A contact's name as a reader can see it: invisible names are spelled out by code point."""
    if is_invisible(name):
        points = " ".join(f"U+{ord(ch):04X}" for ch in dict.fromkeys(name))
        return f"(invisible name {points})"
    return name


ONE_TO_ONE, GROUP, SELF_ONLY = "one-to-one", "group", "no other participant"
# What Facebook (and Instagram, in Accounts Center exports) writes as the sender of a deleted or
# deactivated account, by interface language; casefolded. English is what the testers' exports carry;
# the others are the platforms' interface strings for the same placeholder.
PLACEHOLDER_NAMES = frozenset({
    "facebook user", "instagram user", "facebook-nutzer", "facebook-benutzer", "utilisateur de facebook",
    "utilisateur facebook", "usuario de facebook", "utente di facebook", "usuário do facebook",
    "facebook-gebruiker", "użytkownik facebooka", "facebook-bruker", "facebook-användare", "facebook-bruger",
    "facebook-käyttäjä"})


def is_placeholder(name: str) -> bool:
    """True for a sender that names no one: empty, ``unknown`` (the parser's actor for an empty name) or a
    deleted/deactivated account's placeholder ("Facebook user")."""
    return name.strip() in _NO_NAME or name.strip().casefold() in PLACEHOLDER_NAMES


def _told_apart(name: str, c: Contact) -> str:
    """A listed name that another listed contact also has, with the thread folder that tells which person it is,
    quoted, in the name's one parenthesis: 'hakonbrakke (never replied; thread folder "hakonbrakke_123")', 'Max Power
    (thread folder "maxpower_4000")' (INP52: two "hakonbrakke (never replied)" in one list could not be told apart)."""
    if name.endswith(NEVER_REPLIED):
        return f'{name[:-1]}; thread folder "{c.key}")'
    return f'{name} (thread folder "{c.key}")'


class Thread:
    """One conversation's tallies: a Facebook Messenger thread (key: its folder, ``alexsmith_1111``) or an
    X DM conversation (key: ``conversationId``). Picklable (the inference worker returns it)."""

    __slots__ = ("archives", "ev", "group", "last", "members", "others_listed", "participants", "partner", "quarters",
                 "received", "recipient", "request_folder", "sent", "service", "title", "two_ids")

    def __init__(self, service: str) -> None:
        self.service = service  # "facebook" | "twitter"
        self.group = False  # X group conversation, Facebook group_messages chat: a group whatever else holds
        self.participants: int | None = None  # Facebook header count (2018: the others only; later: everyone)
        self.others_listed = False  # 2018 ``messages/<thread>/message.json``: participants lists the others only
        self.title: str | None = None
        # Facebook: the participant a one-to-one thread's folder names (the parser's ``partner``; the title, which
        # Facebook writes after the messages and the parser does not read): a thread never answered is named by it
        self.partner: str | None = None
        # Facebook's message_requests / filtered_threads folder the thread was read from (None: any other folder)
        self.request_folder: str | None = None
        self.two_ids = False  # X: a one-to-one conversation id "<id>-<id>"
        self.sent = 0  # the owner's messages
        self.received: Counter[str] = Counter()  # sender (name or X id) → messages
        self.recipient: str | None = None  # X: the recipient id of the owner's messages
        self.ev: EvidenceItem | None = None  # the first message received (content not shown)
        # the inputs its messages came from (at most MAX_THREAD_ARCHIVES): one person's chat read from two
        # downloads whose thread folder changed name (2020 KariSand_Zs11Uy-bpw, 2022 karisand_1015…) is two
        # threads never seen in one input — one contact, not "2 different people" (:meth:`MessageThreads.resolve`)
        self.archives: set[str] = set()
        self.last: float | None = None  # the newest message's instant (UTC seconds): whose name is current
        # the members the export lists (Facebook ``members`` of a group file, X ``participantsSnapshot``), with or
        # without the owner: more than those who wrote
        self.members: set[str] = set()
        # the calendar quarters with a message of this thread, one bit each (:func:`quarter_index`): who was in the
        # circle when (T27B L3: a circle shrinking from 14 people to 3 went unsaid)
        self.quarters = 0


#: the first calendar quarter counted for the circle over time (bit 0 of ``Thread.quarters``)
FIRST_QUARTER_YEAR = 2000
CIRCLE_CHANGE_RATIO = 0.5  # one side's median at most this share of the other's …
CIRCLE_CHANGE_PEOPLE = 3  # … and this many people apart: a change of circle, said in the summary
CIRCLE_MIN_QUARTERS = 2  # quarters on each side of the change


def _month_words(month: str) -> str:
    """``"2023-06"`` → ``"Jun 2023"``."""
    year, m = month.split("-")
    return f"{('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[int(m) - 1]} {year}"


def quarter_index(year: int, month: int) -> int:
    """Calendar quarters since 2000-Q1 (0), never negative (earlier dates count as 2000-Q1)."""
    return max(0, (year - FIRST_QUARTER_YEAR) * 4 + (month - 1) // 3)


def quarter_name(index: int) -> str:
    """``"2023-Q2"`` for :func:`quarter_index`'s number."""
    return f"{FIRST_QUARTER_YEAR + index // 4}-Q{index % 4 + 1}"


def circle_change(per_quarter: list[tuple[int, int]]) -> dict[str, Any] | None:
    """The one change of the one-to-one circle's size, or None: ``per_quarter`` is (quarter index, people) for every
    quarter from the first to the last with messages (zeros included). The split is the one that leaves the least
    absolute deviation from each side's median number of people per quarter (one change point); it is a change when
    one median is at most :data:`CIRCLE_CHANGE_RATIO` of the other and they are :data:`CIRCLE_CHANGE_PEOPLE` people
    apart, with :data:`CIRCLE_MIN_QUARTERS` quarters on each side. The first and last quarters are left out of the
    medians (a download rarely starts or ends on a quarter's edge), not of the spans. Returns
    ``{before: {from, to, people}, after: {from, to, people}}`` (quarters as "YYYY-Qn", people = the median per
    quarter)."""
    inner = per_quarter[1:-1]
    best = None
    for cut in range(CIRCLE_MIN_QUARTERS, len(inner) - CIRCLE_MIN_QUARTERS + 1):
        left, right = [n for _q, n in inner[:cut]], [n for _q, n in inner[cut:]]
        a, b = _median(left), _median(right)
        cost = sum(abs(n - a) for n in left) + sum(abs(n - b) for n in right)
        if best is None or cost < best[0]:
            best = (cost, cut, a, b)
    if best is None:
        return None
    _cost, cut, a, b = best
    lo, hi = min(a, b), max(a, b)
    if hi - lo < CIRCLE_CHANGE_PEOPLE or lo > CIRCLE_CHANGE_RATIO * hi:
        return None

    def side(first: int, last: int, people: float) -> dict[str, Any]:
        return {"from": quarter_name(first), "to": quarter_name(last), "people": people}

    # the edge quarters belong to their side's span, though not to its median
    return {"before": side(per_quarter[0][0], inner[cut - 1][0], a),
            "after": side(inner[cut][0], per_quarter[-1][0], b)}


def _median(values: list[int]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    m = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
    return int(m) if m == int(m) else m


class Exchange:
    """What the threads add up to once the owner is known (:meth:`MessageThreads.resolve`).

    ``contacts``: one ``(name, messages, service, key)`` per one-to-one identity both sides wrote to, most messages
    first; ``one_sided``: the one-to-one identities only one side wrote to (T29C M6: never contacts, never in the
    circle, the Herfindahl index or reciprocity); ``renamed``: contacts joined from threads of two names by their
    thread id; ``direct_sent``/``direct_received``: messages of one-to-one threads (deleted accounts and one-sided
    threads included);
    ``group_*``: group threads; ``notes_*``: threads with no other participant. Messages of no thread
    (or past :data:`MAX_THREADS`) count in the one-to-one totals — nothing says they were in a group —
    but name no contact.
    """

    def __init__(self) -> None:
        self.contacts: list[tuple[str, int, str, str]] = []
        self.contact_ev: dict[str, EvidenceItem] = {}  # key → evidence
        self.deleted = 0
        self.direct_sent = self.direct_received = 0
        self.groups = self.group_sent = self.group_received = 0
        self.group_members: set[str] = set()
        self.group_placeholder_messages = 0
        self.notes_threads = self.notes_messages = 0
        # one-to-one threads the owner never wrote in: Facebook message requests / filtered chats, X conversations
        # (see the module docstring); never contacts, never in reciprocity. folder → threads, and their messages
        self.requests: Counter[str] = Counter()
        self.request_messages = 0
        # quarter index → two-way contacts (service, surviving thread key) with a message that quarter (deleted
        # accounts and one-sided threads left out: T29C M6)
        self.quarters: dict[int, set[tuple[str, str]]] = {}
        self.one_sided: list[Contact] = []
        self.one_sided_sent = self.one_sided_received = 0
        self.renamed = 0

    @property
    def sent(self) -> int:
        """The owner's messages to someone (notes to oneself left out)."""
        return self.direct_sent + self.group_sent

    @property
    def received(self) -> int:
        return self.direct_received + self.group_received

    def reciprocity(self) -> float | None:
        """min(sent, received)/max(sent, received) over the one-to-one threads both sides wrote in (one-sided
        threads left out: T29C M6); None without both directions."""
        sent, received = self.direct_sent - self.one_sided_sent, self.direct_received - self.one_sided_received
        if not sent or not received:
            return None
        return min(sent, received) / max(sent, received)


class MessageThreads:
    """Per-thread tallies of ``facebook.message`` and ``twitter.dm`` events; :meth:`resolve` finds the
    owner of a Messenger-only download, classifies each thread (one-to-one, group, no other
    participant) and returns the :class:`Exchange`. Used by the social circle and the trust score."""

    def __init__(self) -> None:
        self.threads: dict[str, Thread] = {}
        self.loose_sent = 0  # no thread, or past MAX_THREADS
        self.loose_received = 0
        self.fb_sent = 0
        self.fb_messages = 0
        self.owner_name: str | None = None  # the owner's Facebook sender name, from the parser's self mark
        self.own_x_id: str | None = None  # the owner's X account id, from the parser's self mark
        self.owner: str | None = None  # inferred owner of a Messenger-only download
        self.owner_basis: str | None = None
        self._resolved: Exchange | None = None
        self.x_people: set[str] = set()  # X ids met as DM senders or recipients (at most MAX_CONTACTS)

    def add(self, event: Event) -> None:
        kind = event.kind
        attrs = event.attrs
        if kind == "facebook.message" and str(attrs.get("system_text") or "").startswith("Reacted "):
            return  # Messenger's "Reacted ❤ to your message": a reaction, already on the message it reacts to
        self._resolved = None
        if kind == "twitter.dm":
            thread = str(attrs.get("conversation_id") or "")
            partner = (attrs.get("recipient_id") or attrs.get("recipient")) if event.actor == "self" else event.actor
            if not thread and not attrs.get("group") and isinstance(partner, str) and partner:
                thread = f"dm:{partner}"  # a one-to-one DM without its conversation: keyed by the partner
        else:
            thread = str(attrs.get("thread") or "")
        if thread and kind == "twitter.dm":
            thread = "x:" + thread  # an X conversation id never meets a Facebook folder name
            if isinstance(partner, str) and partner and len(self.x_people) < MAX_CONTACTS:
                self.x_people.add(partner)
        t = self.threads.get(thread) if thread else None
        if t is None and thread and len(self.threads) < MAX_THREADS:
            t = self.threads[thread] = Thread("twitter" if kind == "twitter.dm" else "facebook")
            if kind == "twitter.dm":
                cid = thread[2:]
                t.two_ids = cid.count("-") == 1 and all(part.isdigit() for part in cid.split("-"))
            elif attrs.get("thread_folder") == "group_messages":  # a Facebook group's chat (2024–25)
                t.group = True
            elif "thread_folder" not in attrs:  # the parser gives no folder for the 2018 messages/<thread>/
                t.others_listed = True
            elif attrs.get("thread_folder") in REQUEST_FOLDERS:
                t.request_folder = str(attrs["thread_folder"])
        if kind == "facebook.message":
            self.fb_messages += 1
        if t is not None:
            if event.time is not None and (t.last is None or event.time.timestamp() > t.last):
                t.last = event.time.timestamp()
            if event.time is not None:
                t.quarters |= 1 << quarter_index(event.time.year, event.time.month)
            if len(t.archives) < MAX_THREAD_ARCHIVES:
                t.archives.add(_download_of(event.origin.archive, attrs.get("thread_folder") == "e2ee"))
            if attrs.get("group"):
                t.group = True
            n = attrs.get("participants")
            if isinstance(n, int) and not isinstance(n, bool):
                t.participants = max(t.participants or 0, n)
            members = attrs.get("members")
            if isinstance(members, list) and len(t.members) < MAX_MEMBERS:
                t.members.update(m for m in members[:MAX_MEMBERS] if isinstance(m, str) and m)
            title = attrs.get("thread_title") or attrs.get("title")
            if t.title is None and isinstance(title, str) and title:
                t.title = title
            named = attrs.get("partner")
            if t.partner is None and isinstance(named, str) and named:
                t.partner = named
        if event.actor == "self":
            if kind == "facebook.message":
                self.fb_sent += 1
                sender = attrs.get("sender")
                if self.owner_name is None and isinstance(sender, str) and sender:
                    self.owner_name = sender
            if t is None:
                self.loose_sent += 1
                return
            t.sent += 1
            if kind == "twitter.dm" and self.own_x_id is None and isinstance(attrs.get("sender_id"), str):
                self.own_x_id = attrs["sender_id"]
            recipient = attrs.get("recipient_id") or attrs.get("recipient")
            if kind == "twitter.dm" and isinstance(recipient, str) and recipient and t.recipient is None:
                t.recipient = recipient
            return
        actor = event.actor
        if kind == "facebook.message" and actor in _NO_NAME and not (attrs.get("sender") or "").strip():
            actor = ""  # a deleted account (empty sender_name)
        if t is None:
            self.loose_received += 1
            return
        if actor in t.received or len(t.received) < MAX_CONTACTS:
            t.received[actor] += 1
        else:
            self.loose_received += 1
        if t.ev is None:
            t.ev = EvidenceItem.of(event, "message received (content not shown)")

    # -- the owner of a Messenger-only download ------------------------------------------------------
    def _find_owner(self) -> None:
        """Reassign the owner's messages when no Facebook message was marked ``self`` by the parser."""
        if self.fb_sent or self.owner is not None or not self.fb_messages:
            return
        threads = {k: t.received for k, t in self.threads.items() if t.service == "facebook" and t.received}
        if not threads:
            return
        owner = basis = None
        if len(threads) >= 2:
            common = None
            for counts in threads.values():
                names = {n for n in counts if not is_placeholder(n)}
                common = names if common is None else common & names
            if common is not None and len(common) == 1:
                owner = next(iter(common))
                basis = f"the one sender present in all {len(threads)} threads"
        if owner is None:
            for k, counts in threads.items():
                title = self.threads[k].title
                if title and len(counts) == 2 and title in counts:
                    owner = next(n for n in counts if n != title)
                    basis = "the participant the one-to-one thread's title does not name"
                    break
        if owner is None:
            owner, basis = _owner_from_folders(threads)
        if owner is None:
            return
        self.owner, self.owner_basis, self.owner_name = owner, basis, owner
        for t in self.threads.values():
            if t.service == "facebook":
                t.sent += t.received.pop(owner, 0)

    def kind_of(self, key: str, t: Thread) -> str:
        """:data:`ONE_TO_ONE`, :data:`GROUP` or :data:`SELF_ONLY` for one thread (owner already found).

        Facebook gives names and a participant count (2018 files list the other participants only,
        later files everyone: formats.md §1.4), X a group flag and ``<id>-<id>`` one-to-one ids.
        """
        if t.group:
            return GROUP
        others = len(t.received)
        if others >= 2:
            return GROUP
        if t.service == "twitter":
            return ONE_TO_ONE if others or t.recipient or t.two_ids else SELF_ONLY
        if t.participants is not None and t.participants >= 3:
            return GROUP  # a group in which one member (or no one) but the owner wrote
        if others == 1:
            return ONE_TO_ONE
        # nobody but the owner wrote: a note to oneself, or a one-to-one thread never answered
        owner = folder_slug(self.owner_name or "")
        if t.title:
            return SELF_ONLY if owner and folder_slug(t.title) == owner else ONE_TO_ONE
        slug = folder_slug(key.rsplit("_", 1)[0] if "_" in key else key)
        if owner and slug and difflib.SequenceMatcher(None, slug, owner).ratio() >= FOLDER_MATCH:
            return SELF_ONLY
        # someone else is listed: 2018 files list only the others, later files the owner too
        return ONE_TO_ONE if (t.participants or 0) >= (1 if t.others_listed else 2) else SELF_ONLY

    def _unanswered_request(self, t: Thread) -> bool:
        """Whether a one-to-one thread is a message request the owner never wrote in (module docstring): a Facebook
        thread of :data:`REQUEST_FOLDERS`, or an X conversation once the owner's own X id is known."""
        if t.sent or not t.received:
            return False
        if t.service == "facebook":
            return t.request_folder is not None
        return self.own_x_id is not None

    def _partner(self, key: str, t: Thread) -> str:
        """The other person of a one-to-one thread: the one sender, else the title, the X recipient id, or
        the folder's name part (a thread never answered)."""
        if t.received:
            return next(iter(t.received))
        if t.service == "twitter":
            if t.recipient:
                return t.recipient
            cid = key[2:]
            return next((i for i in cid.split("-") if i and i != self.own_x_id), cid)
        if t.title:
            return t.title
        if t.partner and not is_placeholder(t.partner):
            return t.partner  # the participant the folder names (T29C L2: "landlordoffice" for "Landlord Office")
        # the title comes after the messages in Facebook's files and is not read, and no participant was named: the
        # folder's name part
        # a folder already tagged (a copy unpacked as "hakonbrakke (never replied)", "annab (1)") is tagged once:
        # "hakonbrakke (never replied) (never replied)" read as nonsense (INP52)
        part = key.rsplit("_", 1)[0] if "_" in key else key
        if stripped := _FOLDER_TAGS.sub("", part):
            return stripped + NEVER_REPLIED
        # nothing but tags ("(never replied)_123", T50C: "(never replied) (never replied)"): tagged once
        return part if part.endswith(NEVER_REPLIED.strip()) else part + NEVER_REPLIED

    def resolve(self) -> Exchange:
        """Classify every thread and add them up (cached until the next :meth:`add`)."""
        if self._resolved is not None:
            return self._resolved
        self._find_owner()
        ex = Exchange()
        ex.direct_sent, ex.direct_received = self.loose_sent, self.loose_received
        direct: list[Contact] = []
        group_counts: list[Counter[str]] = []
        listed: set[str] = set()
        for key, t in self.threads.items():
            kind = self.kind_of(key, t)
            got = sum(t.received.values())
            if kind == SELF_ONLY:
                ex.notes_threads += 1
                ex.notes_messages += t.sent
                continue
            if kind == GROUP:
                ex.groups += 1
                ex.group_sent += t.sent
                ex.group_received += got
                group_counts.append(t.received)
                listed |= t.members
                continue
            if self._unanswered_request(t):
                ex.requests[t.request_folder or "x_unanswered"] += 1
                ex.request_messages += got
                continue
            ex.direct_sent += t.sent
            ex.direct_received += got
            partner = self._partner(key, t)
            if t.service == "facebook" and is_placeholder(partner):
                ex.deleted += 1
                continue
            direct.append(Contact(partner, t, key, got))
            if t.ev is not None and len(ex.contact_ev) < 1000:
                ex.contact_ev[key] = t.ev
        for counts in group_counts:
            for name, n in counts.items():
                if is_placeholder(name):
                    ex.group_placeholder_messages += n
                elif len(ex.group_members) < MAX_CONTACTS:
                    ex.group_members.add(name)
        # the members the files list who never wrote (M7: "1 people in 1 group" for a group of four); the owner
        # (by name, or by X id) is no member of their own circle
        own = {self.owner_name, self.own_x_id, "self"}
        for name in sorted(listed):
            if name not in own and not is_placeholder(name) and len(ex.group_members) < MAX_CONTACTS:
                ex.group_members.add(name)
        # one person, one contact (the thread id, the X account, one name across downloads); then who talks both ways
        people = sorted(self._one_person_across_downloads(direct), key=lambda c: (-c.messages, c.name, c.key))
        two_way = []
        # who wrote is known only once the owner is: without a message of theirs (no profile and no owner found in
        # Facebook's threads; no DM of theirs in X's, whose own id then is unknown) a thread of one sender may be
        # the owner's own, so no thread is called one-sided and all stay contacts, as before T29C
        sides = {"facebook": bool(self.fb_sent or self.owner), "twitter": self.own_x_id is not None}
        for c in people:
            if (c.sent and c.received) or not sides.get(c.service, True):
                two_way.append(c)
                q, bits = 0, c.quarters
                while bits:
                    if bits & 1:
                        ex.quarters.setdefault(q, set()).add((c.service, c.key))
                    bits >>= 1
                    q += 1
            else:
                # a one-sided thread (T29C M6): someone who wrote and was never answered (a stranger's offers, a
                # chat Facebook did not file as a request), or someone who never answered the owner
                ex.one_sided.append(c)
                ex.one_sided_sent += c.sent
                ex.one_sided_received += c.received
        ex.contacts = [(c.name, c.messages, c.service, c.key) for c in two_way]
        ex.renamed = sum(1 for c in two_way if c.renamed)
        self._resolved = ex
        return ex

    def _one_person_across_downloads(self, direct: list[Contact]) -> list[Contact]:
        """Facebook one-to-one threads of one name that no single input holds together are one contact; an X
        account is one contact whatever conversations hold it.

        Facebook renamed thread folders between eras (≈2020 ``KariSand_Zs11Uy-bpw``, 2022 on
        ``karisand_10158812345678901``): one person's chat read from a 2020 and a 2024 download is two threads,
        each seen in one download only (the messages both hold are one record, :mod:`dataexam_parsers.facebook`),
        and was said as "2 different people are called Kari Sand". Two people of one name have two threads in
        one download. Threads are joined greedily, most messages first, into a contact whose threads share no
        input (:func:`_download_of`: the parts of a split download are one input, the E2EE chats beside a DYI
        export another). A thread the other never answered is named by its folder ("karisand (never
        replied)") where no participant is named: its folded name meets the person's ("Kari Sand"), whose name
        the contact then takes. X: the partner is an account id, which a rename of the handle does not change; two
        conversations of one account (an archive that gives no conversation id beside one that does) are one."""
        out: list[Contact] = []
        clusters: dict[str, list[tuple[Contact, set[str]]]] = {}
        accounts: dict[str, Contact] = {}
        archives: dict[str, set[str]] = {}
        for c in sorted(self._one_thread_id_across_downloads(direct, archives), key=lambda c: (-c.messages, c.key)):
            t = self.threads.get(c.key)
            if c.service == "twitter":
                if c.name in accounts:
                    accounts[c.name].join(c)
                else:
                    accounts[c.name] = c
                    out.append(c)
                continue
            folded = folder_slug(c.name.removesuffix(NEVER_REPLIED))
            if t is None or not t.archives or not folded:
                out.append(c)
                continue
            held = archives.get(c.key, t.archives)
            for contact, seen in clusters.setdefault(folded, []):
                if seen.isdisjoint(held):
                    contact.join(c)
                    seen |= held
                    if contact.name.endswith(NEVER_REPLIED) and not c.name.endswith(NEVER_REPLIED):
                        contact.name = c.name
                    break
            else:
                clusters[folded].append((c, set(held)))
        out.extend(c for group in clusters.values() for c, _seen in group)
        return out

    def _one_thread_id_across_downloads(self, direct: list[Contact], archives: dict[str, set[str]]) -> list[Contact]:
        """Facebook one-to-one threads whose folders end in one numeric thread id (2022 on:
        ``karinordmann_1234567``, ``karismith_1234567``) and that no single input holds together are one chat,
        named as the newest of them names the person: Facebook writes a person's current name into the folder,
        the title and every sender of a download, so a friend renamed between two downloads (a marriage) was two
        contacts (the twenty-fifth pass's first tester, H1; T29C M5, whose ids were short). The E2EE download's
        ``<Name>_<n>.json`` index is no thread id (:func:`_download_of` marks its chats). ``archives`` receives the
        joined threads' inputs by the surviving key. A former name is not kept: only that the contact was renamed."""
        out: list[Contact] = []
        by_id: dict[str, list[tuple[Contact, set[str], float]]] = {}
        for c in sorted(direct, key=lambda c: (-c.messages, c.key)):
            t = self.threads.get(c.key)
            tid = c.key.rpartition("_")[2]
            if (c.service != "facebook" or t is None or not t.archives or "_" not in c.key or not tid.isdigit()
                    or any(a.endswith("#e2ee") for a in t.archives)):
                out.append(c)
                continue
            for i, (chat, seen, last) in enumerate(by_id.setdefault(tid, [])):
                if seen.isdisjoint(t.archives):
                    newer = t.last is not None and t.last > last
                    renamed = folder_slug(chat.name.removesuffix(NEVER_REPLIED)) != folder_slug(
                        c.name.removesuffix(NEVER_REPLIED))
                    name = chat.name
                    if (newer and not c.name.endswith(NEVER_REPLIED)) or chat.name.endswith(NEVER_REPLIED):
                        name = c.name
                    chat.join(c)
                    chat.name = name
                    chat.renamed = chat.renamed or renamed
                    seen |= t.archives
                    by_id[tid][i] = (chat, seen, max(last, t.last or last))
                    break
            else:
                by_id[tid].append((c, set(t.archives), t.last or 0.0))
        for chats in by_id.values():
            for chat, seen, _last in chats:
                archives[chat.key] = seen
                out.append(chat)
        return out


class Contact:
    """One person of the one-to-one circle, as threads are joined into it (:meth:`MessageThreads.resolve`): the
    shown name, messages both ways, the surviving thread key, the owner's and the other's messages, the quarters
    with a message (``Thread.quarters`` bits), and whether threads of two names were joined by their thread id."""

    __slots__ = ("key", "messages", "name", "quarters", "received", "renamed", "sent", "service")

    def __init__(self, name: str, t: Thread, key: str, received: int) -> None:
        self.name, self.service, self.key = name, t.service, key
        self.sent, self.received = t.sent, received
        self.messages = t.sent + received
        self.quarters = t.quarters
        self.renamed = False

    def join(self, other: Contact) -> None:
        """Add another thread of the same person (its name is the caller's to choose)."""
        self.sent += other.sent
        self.received += other.received
        self.messages += other.messages
        self.quarters |= other.quarters
        self.renamed = self.renamed or other.renamed


def _owner_from_folders(threads: dict[str, Counter[str]]) -> tuple[str | None, str | None]:
    """Facebook names a thread's folder after its title (``hakonbrakke_abc123``): in a one-to-one
    thread the folder names the other person, so the owner is the sender it does not name. Every
    such thread must point at the same owner; any doubt gives no owner."""
    owners: set[str] = set()
    for thread, counts in threads.items():
        if len(counts) != 2:
            continue
        slug = folder_slug(thread.rsplit("_", 1)[0] if "_" in thread else thread)
        if not slug:
            continue
        scored = sorted(((difflib.SequenceMatcher(None, slug, folder_slug(n)).ratio(), n) for n in counts),
                        reverse=True)
        (best, _named), (other, rest) = scored[0], scored[1]
        if best >= FOLDER_MATCH and other <= FOLDER_MISMATCH:
            owners.add(rest)
    if len(owners) == 1:
        return next(iter(owners)), "the participant the one-to-one thread's folder name does not name"
    return None, None


#: friend-list statuses that are the state on the download's day (the friends, pending requests: a request is
#: accepted or withdrawn later) → their snapshot list; ``removed`` and ``request-declined`` entries are dated events
_PENDING = {"friend": "facebook.friend", "request-sent": "facebook.friend:request-sent",
            "request-received": "facebook.friend:request-received"}
_STATUS_OF = {v: k for k, v in _PENDING.items()}
#: snapshot list kind → its count's field in the value (``older_downloads_only`` keys)
_LIST_FIELDS = {"facebook.friend": "facebook_friends", "facebook.friend:request-sent": "facebook_requests_sent",
                "facebook.friend:request-received": "facebook_requests_received",
                "twitter.follower": "twitter_followers",
                "twitter.following": "twitter_following", "facebook.follower": "facebook_followers",
                "facebook.following": "facebook_following"}
#: snapshot list kind → what its older-only entries are, in the summary ("5 Facebook friends listed in …")
_OLDER_WORDS = {"facebook.friend": "Facebook friends listed",
                "facebook.friend:request-sent": "pending friend requests you sent listed",
                "facebook.friend:request-received": "pending friend requests to you listed",
                "twitter.follower": "X followers listed",
                "twitter.following": "X accounts followed", "facebook.follower": "Facebook followers listed",
                "facebook.following": "Facebook profiles followed"}


class SharedThreads:
    """One pass over the direct messages for two readers (issue 16: each kept its own threads, and every DM was
    added twice): :attr:`every` holds every message (the social circle), :attr:`unspecial` the messages outside the
    special (Art. 9) categories (the trust score, whose door leaves them out). The two are one state until the first
    special message; then the trust score's is forked off (a copy of the state so far) and fed apart from there, so
    each reads exactly what its own threads held before — in memory at most two bounded
    :class:`MessageThreads`, as before."""

    def __init__(self) -> None:
        self.every = MessageThreads()
        self._unspecial: MessageThreads | None = None  # None: no special message yet, the two are one

    def add(self, event: Event, special: bool) -> None:
        if special:
            if self._unspecial is None:
                self._unspecial = copy.deepcopy(self.every)
        elif self._unspecial is not None:
            self._unspecial.add(event)
        self.every.add(event)

    @property
    def unspecial(self) -> MessageThreads:
        return self.every if self._unspecial is None else self._unspecial


class SocialAggregator(Aggregator):
    """Friends, followers, following, and message volumes per contact."""

    name = "social"
    kinds = frozenset({"facebook.friend", "twitter.follower", "twitter.following", "facebook.follower",
                       "facebook.following", "facebook.message", "twitter.dm", "twitter.tweet"})

    def __init__(self) -> None:
        self.friend_status: Counter[str] = Counter()
        self.friend_records = 0
        self.removed_months: Counter[str] = Counter()  # "YYYY-MM" → friends removed that month (dated records)
        self.followers = 0
        self.following = 0
        self.fb_followers = 0
        self.fb_following = 0
        self.kinds_seen: Counter[str] = Counter()
        # snapshot lists (the state on the download's day: friends, followers, following) → origin.archive → entries:
        # one counter per archive read, so that only the newest download's list counts (T34A H1; finish)
        self.snapshots: dict[str, Counter[str]] = {}
        # list → entries of older downloads only (gone from the newest download's list), set by finish
        self.older: dict[str, tuple[int, str]] = {}
        # Facebook snapshot list → origin.archive → the entries' timestamps (the friending, the follow: whole seconds;
        # at most MAX_LIST_STAMPS): an older download's entry whose time the newest download's list holds under
        # another name is the same person renamed, not gone (L7 of the thirty-fifth pass)
        self.stamps: dict[str, dict[str, list[tuple[int, bytes]]]] = {}  # … → [(timestamp, name digest)]
        self.stamps_kept = 0
        # origin.archive → digests of the names its removed_friends list holds (a friend removed is no friend)
        self.removed_names: dict[str, set[bytes]] = {}
        # list → entries of older downloads only that the newest lists again under a new name, set by finish
        self.renamed: dict[str, tuple[int, str]] = {}
        # list → entries of older downloads only dated before the newest download begins (a download of a date
        # range lists nothing before it): still current, counted (L9), set by finish: (count, download, range start)
        self.before_range: dict[str, tuple[int, str, str]] = {}
        self.dms = SharedThreads()
        self.threads = self.dms.every
        self.feeds_threads = True  # False once the trust score feeds the shared threads (:meth:`share_threads`)
        self.friend_ev: list[EvidenceItem] = []
        self.include_sensitive = False  # the run's --include-sensitive (set by finish): names in _shown
        # X account id → the handle the archive's own tweets give it (a reply's in_reply_to_screen_name, a
        # mention's id_str → screen_name): a DM partner is an id only, the handle is shown where one is known
        # (M11). At most MAX_HANDLES ids; past that, only ids already met as DM partners or senders.
        self.handles: dict[str, str] = {}

    @property
    def owner(self) -> str | None:
        return self.threads.owner

    @property
    def owner_basis(self) -> str | None:
        return self.threads.owner_basis

    def consume(self, event: Event) -> None:
        kind = event.kind
        self.kinds_seen[kind] += 1
        if kind == "facebook.friend":
            self.friend_records += 1
            status = str(event.attrs.get("status") or "friend")
            self.friend_status[status] += 1
            if status in _PENDING:  # a pending request is the state on the download's day, as the friends are
                self.snapshots.setdefault(_PENDING[status], Counter())[event.origin.archive] += 1
                self._stamp(_PENDING[status], event)
            if status == "removed" and event.time is not None:
                self.removed_months[event.time.strftime("%Y-%m")] += 1
            if status == "removed" and event.text and self.stamps_kept < MAX_LIST_STAMPS:
                self.removed_names.setdefault(event.origin.archive, set()).add(text_digest(event.text))
                self.stamps_kept += 1
            if len(self.friend_ev) < 3:
                self.friend_ev.append(EvidenceItem.of(event, "friend list entry"))
            return
        if kind == "twitter.follower":
            self.followers += 1
            self.snapshots.setdefault(kind, Counter())[event.origin.archive] += 1
            return
        if kind == "twitter.following":
            self.following += 1
            self.snapshots.setdefault(kind, Counter())[event.origin.archive] += 1
            return
        if kind == "facebook.follower":  # 2019→ followers files (people who follow the owner)
            self.fb_followers += 1
            self.snapshots.setdefault(kind, Counter())[event.origin.archive] += 1
            self._stamp(kind, event)
            return
        if kind == "facebook.following":  # profiles and pages the owner follows
            self.fb_following += 1
            self.snapshots.setdefault(kind, Counter())[event.origin.archive] += 1
            self._stamp(kind, event)
            return
        if kind == "twitter.tweet":
            if event.actor == "self":
                self._note_handles(event.attrs)
            return
        if self.feeds_threads:
            self.threads.add(event)

    def share_threads(self) -> SharedThreads:
        """The message threads, for the trust score to feed from now on: it screens every DM for its door
        anyway, and adds each once for both (:class:`SharedThreads`)."""
        self.feeds_threads = False
        return self.dms

    def _stamp(self, kind: str, event: Event) -> None:
        """Keep a Facebook list entry's timestamp by list and archive (bounded: :data:`MAX_LIST_STAMPS`)."""
        if event.time is None or self.stamps_kept >= MAX_LIST_STAMPS:
            return
        self.stamps.setdefault(kind, {}).setdefault(event.origin.archive, []).append(
            (int(event.time.timestamp()), text_digest(event.text or "")))
        self.stamps_kept += 1

    def _note_handles(self, attrs: Any) -> None:
        pairs: list[tuple[object, object]] = [(attrs.get("in_reply_to_user_id"), attrs.get("in_reply_to_screen_name"))]
        ids, names = attrs.get("mention_ids"), attrs.get("mentions")
        if isinstance(ids, list) and isinstance(names, list) and len(ids) == len(names):
            pairs.extend(zip(ids, names, strict=True))
        for account, handle in pairs:
            if not (isinstance(account, str) and account and isinstance(handle, str) and handle):
                continue
            if account in self.handles or len(self.handles) < MAX_HANDLES or self._is_partner(account):
                self.handles[account] = handle  # the newest tweet's spelling (tweets come in time order)

    def _is_partner(self, account: str) -> bool:
        """Whether an X id is already a DM partner (a sender, or the recipient of the owner's DM)."""
        return account in self.threads.x_people

    def _shown(self, name: str, service: str) -> str:
        """A contact as the report shows it: an X id as its @handle where the archive names it; a name that relates
        to a special category ("Mindful Therapy Berlin", "St. Mary's Parish Office", "AA Sponsor Klaus":
        :func:`.categories.special_category`) as :data:`NAME_WITHHELD` without ``--include-sensitive`` (T29C H6)."""
        if not self.include_sensitive and (special_category(name) is not None or (
                name.endswith(NEVER_REPLIED) and special_slug(name[:-len(NEVER_REPLIED)]))):
            return NAME_WITHHELD
        if service == "twitter" and name.isdigit() and name in self.handles:
            handle = "@" + self.handles[name]
            return NAME_WITHHELD if not self.include_sensitive and special_category(handle) else handle
        return display_name(name)

    def friends(self) -> int:
        return self.friend_status.get("friend", 0)

    def _one_sided(self, ex: Exchange) -> dict[str, Any] | None:
        """The one-sided one-to-one threads (T29C M6), or None: ``{unanswered, never_replied}``, each ``{people,
        messages, top[{name, messages}]}`` (at most :data:`TOP_ONE_SIDED` names, most messages first) or None —
        ``unanswered``: people who wrote and were never answered; ``never_replied``: people the owner wrote to who
        never answered."""
        if not ex.one_sided:
            return None
        out: dict[str, Any] = {}
        for label, mine in (("unanswered", False), ("never_replied", True)):
            these = sorted((c for c in ex.one_sided if bool(c.sent) == mine and (c.sent or c.received)),
                           key=lambda c: (-c.messages, c.name, c.key))
            top = [(self._shown(c.name, c.service), c) for c in these[:TOP_ONE_SIDED]]
            twice = {name for name, n in Counter(name for name, _c in top).items() if n > 1 and name != NAME_WITHHELD}
            out[label] = ({"people": len(these), "messages": sum(c.messages for c in these),
                           "top": [{"name": _told_apart(name, c) if name in twice else name, "messages": c.messages}
                                   for name, c in top]} if these else None)
        return out

    def _missing(self, ctx: Context) -> dict[str, str]:
        """Counts whose records are not in the inputs, with why (no export of that service / no such file)."""
        out = {}
        for key, kind, service, label in (("facebook_friends", "facebook.friend", "facebook", "friends list"),
                                          ("twitter_followers", "twitter.follower", "twitter", "follower list"),
                                          ("twitter_following", "twitter.following", "twitter", "following list"),
                                          ("facebook_followers", "facebook.follower", "facebook", "followers list"),
                                          ("facebook_following", "facebook.following", "facebook",
                                           "list of who you follow")):
            if not self.kinds_seen[kind]:
                given = service in ctx.sources
                out[key] = (f"the {service.title() if service != 'twitter' else 'X'} export has no {label}" if given
                            else f"no {'Facebook' if service == 'facebook' else 'X'} export in the inputs")
        if not (self.kinds_seen["facebook.message"] or self.kinds_seen["twitter.dm"]):
            out["messages"] = "no Facebook messages or X direct messages in the inputs"
        return out

    def _current(self, ctx: Context) -> None:
        """Each snapshot list counted from the newest download holding it (:meth:`Context.newest_only`): a friends
        or followers list is the state on its download's day, so the entries only an older download lists are no
        longer current (removed, unfollowed; a friend renamed since is listed again under the new name) and are
        counted apart in :attr:`older` (T34A H1: two downloads' lists were unioned, 40 friends for 35)."""
        for kind, per_archive in self.snapshots.items():
            newest, older = ctx.newest_only(per_archive)
            now = sum(per_archive[a] for a in newest)
            gone = sum(per_archive[a] for a in older)
            renamed, early = self._older_entries(kind, newest, older, ctx.download_start(newest)) if gone else (0, 0)
            if renamed:
                self.renamed[kind] = (renamed, ctx.download_label(older))
                gone -= renamed
            if early:
                start = ctx.download_start(newest)
                self.before_range[kind] = (early, ctx.download_label(older), start.date().isoformat() if start else "")
                gone -= early
                now += early
            if gone:
                self.older[kind] = (gone, ctx.download_label(older))
            if kind.startswith("facebook.friend"):
                self.friend_status[_STATUS_OF[kind]] = now
            elif kind == "twitter.follower":
                self.followers = now
            elif kind == "twitter.following":
                self.following = now
            elif kind == "facebook.follower":
                self.fb_followers = now
            elif kind == "facebook.following":
                self.fb_following = now

    def _older_entries(self, kind: str, newest: set[str], older: set[str], start: Any) -> tuple[int, int]:
        """Of an older download's entries of a Facebook list that the newest download does not list under their name
        (the timeline keeps one copy of an entry both list: the newest's), ``(renamed, before the newest download)``:
        renamed — listed by the newest download at the same second under another name (a friend renamed, a marriage:
        Facebook writes the current name and the friending time into each download; L7 of the thirty-fifth pass: they
        were "no longer current"); before — dated before the newest download's first record (``start``), where that
        download is of a date range (its lists hold nothing dated before it: the demo's 2024 download begins on 1 Jul
        2020, so its friends list held the 32 friends made since and the report said 32 friends for 100; L9), unless
        the newest download lists the name as removed. The rest are gone (removed, unfollowed)."""
        per = self.stamps.get(kind)
        if not per:
            return 0, 0
        now: Counter[int] = Counter()
        for a in newest:
            now.update(t for t, _name in per.get(a, ()))
        removed = set().union(*(self.removed_names.get(a, set()) for a in newest))
        cut = int(start.timestamp()) if start is not None else None
        renamed = early = 0
        for a in older:
            for t, name in per.get(a, ()):
                if now[t] > 0:
                    now[t] -= 1
                    renamed += 1
                elif cut is not None and t < cut and name not in removed:
                    early += 1
        return renamed, early

    def finish(self, ctx: Context) -> list[Finding]:
        self.include_sensitive = ctx.include_sensitive
        self._current(ctx)
        ex = self.threads.resolve()
        contacts = ex.contacts
        total = sum(n for _name, n, _s, _k in contacts)
        top = contacts[:TOP_CONTACTS]
        hhi = round(sum((n / total) ** 2 for _name, n, _s, _k in contacts), 4) if total else None
        names = Counter((s, name) for name, _n, s, _k in contacts)
        missing = self._missing(ctx)
        invisible = sum(1 for name, _n, _s, _k in contacts if is_invisible(name))
        only_in_groups = ex.group_members - {name for name, _n, _s, _k in contacts}

        def entry(name: str, n: int, service: str) -> dict[str, Any]:
            out: dict[str, Any] = {"name": self._shown(name, service), "messages": n}
            if service == "twitter" and out["name"] != name:
                out["account_id"] = name
            if names[(service, name)] > 1:
                out["same_name"] = names[(service, name)]  # this many one-to-one contacts carry this name
            return out

        messages = "messages" not in missing
        # people in the one-to-one circle per calendar quarter, from the first quarter with messages to the last
        circle: list[dict[str, Any]] = []
        per_quarter: list[tuple[int, int]] = []
        if ex.quarters:
            for q in range(min(ex.quarters), max(ex.quarters) + 1):
                per_quarter.append((q, len(ex.quarters.get(q, ()))))
                circle.append({"quarter": quarter_name(q), "people": per_quarter[-1][1]})
        change = circle_change(per_quarter)
        value: dict[str, Any] = {
            "facebook_friends": None if "facebook_friends" in missing else self.friends(),
            "facebook_friend_statuses": dict(self.friend_status) if self.friend_records else None,
            "twitter_followers": None if "twitter_followers" in missing else self.followers,
            "twitter_following": None if "twitter_following" in missing else self.following,
            "facebook_followers": None if "facebook_followers" in missing else self.fb_followers,
            "facebook_following": None if "facebook_following" in missing else self.fb_following,
            "top_contacts": [entry(name, n, s) for name, n, s, _k in top],
            "contacts": len(contacts), "messages_sent": ex.sent, "messages_received": ex.received,
            "one_to_one": ({"sent": ex.direct_sent, "received": ex.direct_received} if messages else None),
            "reciprocity": round(r, 3) if (r := ex.reciprocity()) is not None else None,
            "concentration_hhi": hhi, "contacts_without_name": ex.deleted, "contacts_with_invisible_name": invisible,
            "same_name_contacts": sum(k for k in names.values() if k > 1),
            "group_chats": ({"groups": ex.groups, "people": len(ex.group_members),
                             "people_only_in_groups": len(only_in_groups), "sent": ex.group_sent,
                             "received": ex.group_received} if ex.groups else None),
            "notes_to_self": ({"threads": ex.notes_threads, "messages": ex.notes_messages}
                              if ex.notes_threads else None),
            # one-to-one threads you never wrote in (Facebook message requests and filtered chats, X conversations):
            # threads per folder (x_unanswered for X) and their messages; never contacts (T29A H2)
            "message_requests": ({"threads": sum(ex.requests.values()), "messages": ex.request_messages,
                                  "folders": dict(sorted(ex.requests.items()))} if ex.requests else None),
            # one-to-one threads only one side wrote in (T29C M6): people who wrote and were never answered, people
            # the owner wrote to who never answered; no contacts, in no count of the circle
            "one_sided": self._one_sided(ex),
            "renamed_contacts": ex.renamed,
            "owner_inferred": ({"basis": self.owner_basis} if self.owner else None),
            "circle_over_time": circle or None,
            "circle_change": change,
            "friends_removed": ({"count": self.friend_status["removed"],
                                 "months": dict(sorted(self.removed_months.items()))}
                                if self.friend_status.get("removed") else None),
            # entries of an older download's snapshot list not in the newest download's (no longer friends,
            # followers, followed): list kind → {count, download} (T34A H1)
            "older_downloads_only": ({_LIST_FIELDS[kind]: {"count": n, "download": label} for kind, (n, label)
                                      in sorted(self.older.items())} or None),
            # entries of an older download's list the newest lists under a new name, friended (followed) at the same
            # second: renamed, counted once under the new name and not among older_downloads_only (L7)
            "renamed_in_lists": ({_LIST_FIELDS[kind]: {"count": n, "download": label} for kind, (n, label)
                                  in sorted(self.renamed.items())} or None),
            # entries of an older download's list dated before the newest download's first record (a download of a
            # date range lists nothing before it): counted, from that older download (L9)
            "before_newest_range": ({_LIST_FIELDS[kind]: {"count": n, "download": label, "newest_begins": start}
                                     for kind, (n, label, start) in sorted(self.before_range.items())} or None),
            "not_in_inputs": missing or None}
        ev = Evidence(items=[ex.contact_ev[k] for _n, _v, _s, k in top if k in ex.contact_ev][:7] + self.friend_ev,
                      n_support=ex.sent + ex.received + sum(self.friend_status.values())
                      + self.followers + self.following + self.fb_followers + self.fb_following)
        has_any = (ex.sent or ex.received or ex.notes_messages or self.friend_records or self.followers
                   or self.following or self.fb_followers or self.fb_following)
        conf = Confidence.HIGH if has_any else Confidence.INSUFFICIENT
        basis = "exact counts of records" if has_any else "no friend, follower or message records in the inputs"
        if has_any and (change is not None or ex.one_sided):
            # the circle is the people both sides wrote to (T29C M6: three never-answered senders and a landlord who
            # never replied made "your circle shrank" at high)
            basis += (f"; the circle counts the {count_phrase(len(contacts), 'contact')} both sides wrote to"
                      + (f" ({count_phrase(len(ex.one_sided), 'one-sided thread')} apart)" if ex.one_sided else ""))
        if has_any and change is not None:
            # a change in one service's chats is a sign, not a measure, of a changed circle: chats move between apps
            conf = Confidence.MEDIUM
            basis += ("; a change of circle is read from these exports' one-to-one chats alone, which also change "
                      "when chats move to another app")
        parts = []
        if value["facebook_friends"] is not None:
            parts.append(count_phrase(self.friends(), "Facebook friend"))  # "1 Facebook friend" (T29A L2)
        if value["facebook_followers"]:
            parts.append(count_phrase(self.fb_followers, "Facebook follower"))
        if value["twitter_followers"] is not None:
            parts.append(count_phrase(self.followers, "X follower"))
        if value["twitter_following"] is not None:
            parts.append(f"{self.following} following")
        if messages:
            if top:
                name, n, service, _k = top[0]
                same = names[(service, name)]
                parts.append(f"top contact {self._shown(name, service)} ({count_phrase(n, 'message')}"
                             + (f"; {same} different people are called {self._shown(name, service)}"
                                if same > 1 else "")
                             + ")")
            else:
                parts.append("no one-to-one messages")
            sided = value["one_sided"]
            if sided:
                said = []
                if sided["unanswered"]:
                    said.append(f"{count_phrase(sided['unanswered']['people'], 'person', 'people')} you never "
                                f"answered ({count_phrase(sided['unanswered']['messages'], 'message')})")
                if sided["never_replied"]:
                    said.append(f"{count_phrase(sided['never_replied']['people'], 'person', 'people')} who never "
                                f"answered you ({count_phrase(sided['never_replied']['messages'], 'message')})")
                parts.append("one-sided threads not counted as contacts: " + " and ".join(said))
            if ex.requests:
                n_req = sum(ex.requests.values())
                parts.append(f"{count_phrase(n_req, 'message request')} you never answered "
                             f"({count_phrase(ex.request_messages, 'message')}) not counted as contacts")
            if ex.groups:
                people = len(ex.group_members)
                parts.append(f"group chats: {people} {'person' if people == 1 else 'people'} in {ex.groups} "
                             f"group{'s' if ex.groups != 1 else ''}")
        if change is not None:
            b, a = change["before"], change["after"]
            parts.append(f"your one-to-one circle went from about {b['people']} people a quarter ({b['from']} to "
                         f"{b['to']}) to about {a['people']} ({a['from']} to {a['to']})")
        removed = value["friends_removed"]
        if removed:
            months = removed["months"]
            when = (f" ({_month_words(min(months))}" + (f" – {_month_words(max(months))}" if len(months) > 1 else "")
                    + ")") if months else ""
            parts.append(f"{count_phrase(removed['count'], 'friend')} removed{when}")
        for kind, (n, label) in sorted(self.older.items()):
            parts.append(f"{n} {_OLDER_WORDS[kind]} in {label} but not in the newest download's list (no longer "
                         "current, not counted)")
        for kind, (n, label, start) in sorted(self.before_range.items()):
            # a newest download of a date range: its list holds nothing before the range (L9)
            parts.append(f"{n} {_OLDER_WORDS[kind]} in {label} only are counted: dated before the newest "
                         f"download's first record ({start}; a download of a date range holds nothing earlier)")
        for kind, (n, label) in sorted(self.renamed.items()):
            # the same friend under a new name (friended at the same second): one, under the new name (L7)
            parts.append(f"{n} {_OLDER_WORDS[kind]} in {label} under another name, renamed since (the same "
                         f"{'friending' if kind == 'facebook.friend' else 'listing'} time; counted once, under the new "
                         "name)")
        summary = "; ".join(parts) + "." if parts else "No friend, follower or message records in the inputs."
        if missing and parts:
            summary += " Not in the inputs: " + ", ".join(k.replace("_", " ") for k in missing) + "."
        caveats = ["Contacts are listed by volume only; nothing is inferred about them"
                   + (" or about why your circle changed" if change is not None or removed else "") + ".",
                   "X exports give account ids, not names, for followers and DM partners; a DM partner is "
                   "shown by the handle the same archive's replies or mentions give that id, where they do.",
                   "Facebook exports names, not person ids: each one-to-one thread is one contact, so two "
                   "people of one name are listed apart — and one person Facebook filed under two threads "
                   "(an end-to-end encrypted chat, a message request) appears twice.",
                   "A deleted or deactivated account (an empty name or \u201cFacebook user\u201d) is never a "
                   "contact; its one-to-one messages count in the totals and reciprocity only."]
        if ex.groups:
            caveats.append("Group chats are not ranked: their members are counted as people in groups, and "
                           "group messages are left out of reciprocity.")
        if ex.notes_threads:
            caveats.append(f"{count_phrase(ex.notes_messages, 'message')} in {ex.notes_threads} thread"
                           f"{'s' if ex.notes_threads != 1 else ''} with no one but you are not counted as sent.")
        if ex.requests:
            caveats.append("A one-to-one thread you never wrote in is a message request, not a contact: Facebook's "
                           "message_requests and filtered_threads folders (a request never accepted, a chat Facebook "
                           "filtered as spam) and X conversations without a message of yours are counted apart and "
                           "left out of the top contacts and reciprocity.")
        if ex.one_sided:
            caveats.append("A one-to-one thread only one side wrote in (someone you never answered, or who never "
                           "answered you) is one-sided: counted apart, and left out of the contacts, the circle over "
                           "time, reciprocity and the top contacts.")
        if self.older:
            caveats.append("Friends, followers and following lists are the state on their download's day: with "
                           "several downloads of one account they count from the newest download's list; entries "
                           "only an older download lists are no longer current (removed or unfollowed since, or a "
                           "friend listed under another name since) and are counted apart.")
        if ex.renamed:
            caveats.append(f"{count_phrase(ex.renamed, 'contact')} filed under another name in another download (one "
                           "thread id: a name changed, as at a marriage) "
                           + ("is" if ex.renamed == 1 else "are") + " counted once, under the newest name; the "
                           "former name is not shown.")
        if self.owner:
            caveats.append(f"No profile file: the owner was taken to be {self.owner_basis}.")
        return [Finding(id="social_circle", title="Social circle (aggregates only)", value=value if has_any else None,
                        confidence=conf,
                        confidence_basis=basis,
                        method=("Counts of friend-list entries by status, X follower/following entries. A contact "
                                "is an identity the export gives: a Facebook one-to-one thread (its folder), the "
                                "other account id of an X one-to-one conversation — never a display name, so two "
                                "people of one name stay two contacts (marked same_name); one thread id read under two "
                                "names from two downloads, or one X account, is one contact under the newest name. "
                                "A contact is someone both sides wrote to: a one-to-one thread only one side wrote "
                                "in is one_sided, counted apart and in no count of the circle. Top contacts rank "
                                "one-to-one exchange (received from them + sent to them): inference.md §5 #20 ranks "
                                "the person's own contacts by direct messages, and a group member who never wrote "
                                "to you is no contact of yours, so group chats (a third participant or sender; X "
                                "group DMs; Facebook group chats) are reported apart as people in groups and left "
                                "out of reciprocity. Reciprocity = min(sent, received)/max over one-to-one threads; "
                                "Herfindahl index of one-to-one message shares. A thread with no other "
                                "participant (a note to yourself) is not social and not counted as sent; "
                                "\u201cFacebook user\u201d and empty names (deleted accounts) are never contacts. "
                                "Without a profile file the owner is the sender present in every thread, or the "
                                "participant a one-to-one thread's title does not name. Counts whose records are "
                                "not in the inputs are null (listed in not_in_inputs), never 0."),
                        evidence=ev, literature=literature.cards("social_circle"),
                        caveats=caveats, summary=summary)]
