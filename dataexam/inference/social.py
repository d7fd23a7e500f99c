"""Social circle: counts of friends and followers, top contacts by message volume (aggregates only).

Nothing is inferred about the contacts themselves: they appear as names (or X account ids, the
only thing X exports) with message volumes. State is a counter per contact and per thread.

Who is who, as real exports have it:

* **The owner.** The parsers mark the owner's messages ``actor == "self"``. A Messenger-only download
  has no profile file; when no Facebook message of the inputs is marked ``self``, the owner is found
  here as Facebook Messenger shows it: the one sender present in every thread (two threads or more),
  or, in a one-to-one thread whose ``title`` (or title-derived folder name, ``hakonbrakke_abc123``)
  names the other person, the participant it does not name.
  The owner is never listed as their own contact, and their messages count as sent.
* **Deleted accounts.** Facebook writes an empty ``sender_name`` for a deleted or deactivated account
  (the parser's actor is then ``"unknown"``). Each such sender is a distinct person per thread, shown
  as "(no name) in <thread>", never one contact "unknown" collecting every thread's messages.
* **Invisible names.** A display name made only of invisible or blank characters (zero-width spaces,
  the Hangul filler U+3164 people use for "empty" names, Braille blank …) is shown as
  "(invisible name U+3164)" so a reader sees that a name exists and what it is made of.
* **Services not given.** A count whose records are not in the inputs is ``None`` and listed under
  ``not_in_inputs`` — "0 Facebook friends" only when a friends list was read and is empty of friends.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter, defaultdict
from typing import Any

from ..events import Event
from . import literature
from .engine import Aggregator, Context
from .model import Confidence, Evidence, EvidenceItem, Finding

TOP_CONTACTS = 10
MAX_THREADS = 20_000  # per-thread counters; past this, new threads are counted without a thread
MAX_CONTACTS = 50_000  # per-contact counters; past this, messages of new contacts count only in the totals
# Blank letters that render as nothing although Unicode does not class them as spaces or format chars.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
_NO_NAME = ("", "unknown")
FOLDER_MATCH = 0.8  # folder slug ~ a participant's folded name
FOLDER_MISMATCH = 0.5


def is_invisible(name: str) -> bool:
    """True for a non-empty name whose every character is blank, a space, or a format/control character."""
    return bool(name) and all(ch in _BLANK_LETTERS or ch.isspace() or unicodedata.category(ch) in ("Cf", "Cc", "Zs",
                                                                                                    "Zl", "Zp")
                              for ch in name)


def _fold(text: str) -> str:
    """Lower-case ASCII letters and digits only ("Håkon Brække" → "hakonbrkke"), as in folder names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


def display_name(name: str) -> str:
    """A contact's name as a reader can see it: invisible names are spelled out by code point."""
    if is_invisible(name):
        points = " ".join(f"U+{ord(ch):04X}" for ch in dict.fromkeys(name))
        return f"(invisible name {points})"
    return name


class SocialAggregator(Aggregator):
    """Friends, followers, following, and message volumes per contact."""

    name = "social"
    kinds = frozenset({"facebook.friend", "twitter.follower", "twitter.following", "facebook.follower",
                       "facebook.following", "facebook.message", "twitter.dm"})

    def __init__(self) -> None:
        self.friend_status: Counter[str] = Counter()
        self.friend_records = 0
        self.followers = 0
        self.following = 0
        self.fb_followers = 0
        self.fb_following = 0
        self.kinds_seen: Counter[str] = Counter()
        self.received: Counter[str] = Counter()
        self.thread_actors: dict[str, Counter[str]] = defaultdict(Counter)
        self.thread_sent: Counter[str] = Counter()
        self.thread_titles: dict[str, str] = {}
        self.fb_threads: set[str] = set()
        self.sent_direct: Counter[str] = Counter()
        self.sent_total = 0
        self.fb_sent = 0
        self.received_total = 0
        self.contact_ev: dict[str, EvidenceItem] = {}
        self.friend_ev: list[EvidenceItem] = []
        self.owner: str | None = None
        self.owner_basis: str | None = None

    def consume(self, event: Event) -> None:
        kind = event.kind
        self.kinds_seen[kind] += 1
        if kind == "facebook.friend":
            self.friend_records += 1
            status = str(event.attrs.get("status") or "friend")
            self.friend_status[status] += 1
            if len(self.friend_ev) < 3:
                self.friend_ev.append(EvidenceItem.of(event, "friend list entry"))
            return
        if kind == "twitter.follower":
            self.followers += 1
            return
        if kind == "twitter.following":
            self.following += 1
            return
        if kind == "facebook.follower":  # 2019→ followers files (people who follow the owner)
            self.fb_followers += 1
            return
        if kind == "facebook.following":  # profiles and pages the owner follows
            self.fb_following += 1
            return
        thread = str(event.attrs.get("thread") or event.attrs.get("conversation_id") or event.attrs.get(
            "conversation") or "")
        if thread and thread not in self.thread_actors and len(self.thread_actors) >= MAX_THREADS:
            thread = ""
        if thread and kind == "facebook.message":
            self.fb_threads.add(thread)
        title = event.attrs.get("thread_title") or event.attrs.get("title")
        if thread and isinstance(title, str) and title and len(self.thread_titles) < MAX_THREADS:
            self.thread_titles.setdefault(thread, title)
        if event.actor == "self":
            self.sent_total += 1
            if kind == "facebook.message":
                self.fb_sent += 1
            recipient = event.attrs.get("recipient") or event.attrs.get("recipient_id")
            if kind == "twitter.dm" and isinstance(recipient, str) and recipient:
                if recipient in self.sent_direct or len(self.sent_direct) < MAX_CONTACTS:
                    self.sent_direct[recipient] += 1
            elif thread:
                self.thread_sent[thread] += 1
            return
        actor = event.actor
        if kind == "facebook.message" and actor in _NO_NAME and not (event.attrs.get("sender") or "").strip():
            # a deleted account: one person per thread, not one "unknown" across all threads
            actor = f"(no name) in {thread or 'an unnamed thread'}"
        self.received_total += 1
        if actor not in self.received and len(self.received) >= MAX_CONTACTS:
            return
        self.received[actor] += 1
        if thread:
            self.thread_actors[thread][actor] += 1
        if actor not in self.contact_ev and len(self.contact_ev) < 1000:
            self.contact_ev[actor] = EvidenceItem.of(event, "message received (content not shown)")

    # -- the owner of a Messenger-only download ------------------------------------------------------
    def _find_owner(self) -> None:
        """Reassign the owner's messages when no Facebook message was marked ``self`` by the parser."""
        if self.fb_sent or not self.thread_actors or self.kinds_seen["facebook.message"] == 0:
            return
        threads = {t: c for t, c in self.thread_actors.items() if t in self.fb_threads}
        owner = basis = None
        if len(threads) >= 2:
            common = None
            for counts in threads.values():
                names = {n for n in counts if not n.startswith("(no name)")}
                common = names if common is None else common & names
            if common is not None and len(common) == 1:
                owner = next(iter(common))
                basis = f"the one sender present in all {len(threads)} threads"
        if owner is None:
            for t, counts in threads.items():
                title = self.thread_titles.get(t)
                if title and len(counts) == 2 and title in counts:
                    owner = next(n for n in counts if n != title)
                    basis = "the participant the one-to-one thread's title does not name"
                    break
        if owner is None:
            owner, basis = self._owner_from_folders(threads)
        if owner is None:
            return
        self.owner, self.owner_basis = owner, basis
        moved = self.received.pop(owner, 0)
        self.received_total -= moved
        self.sent_total += moved
        self.contact_ev.pop(owner, None)
        for t, counts in self.thread_actors.items():
            n = counts.pop(owner, 0)
            if n:
                self.thread_sent[t] += n

    @staticmethod
    def _owner_from_folders(threads: dict[str, Counter[str]]) -> tuple[str | None, str | None]:
        """Facebook names a thread's folder after its title (``hakonbrakke_abc123``): in a one-to-one
        thread the folder names the other person, so the owner is the sender it does not name. Every
        such thread must point at the same owner; any doubt gives no owner."""
        owners: set[str] = set()
        for thread, counts in threads.items():
            if len(counts) != 2:
                continue
            slug = _fold(thread.rsplit("_", 1)[0] if "_" in thread else thread)
            if not slug:
                continue
            scored = sorted(((difflib.SequenceMatcher(None, slug, _fold(n)).ratio(), n) for n in counts),
                            reverse=True)
            (best, _named), (other, rest) = scored[0], scored[1]
            if best >= FOLDER_MATCH and other <= FOLDER_MISMATCH:
                owners.add(rest)
        if len(owners) == 1:
            return next(iter(owners)), "the participant the one-to-one thread's folder name does not name"
        return None, None

    def volumes(self) -> Counter[str]:
        """Messages exchanged per contact: received from them + sent in one-to-one threads with them."""
        vol: Counter[str] = Counter(self.received)
        vol.update(self.sent_direct)
        for thread, sent in self.thread_sent.items():
            actors = self.thread_actors.get(thread)
            if actors and len(actors) == 1:  # one-to-one thread: the sent messages went to that person
                vol[next(iter(actors))] += sent
        return vol

    def reciprocity(self) -> float | None:
        if not self.sent_total or not self.received_total:
            return None
        return min(self.sent_total, self.received_total) / max(self.sent_total, self.received_total)

    def friends(self) -> int:
        return self.friend_status.get("friend", 0)

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

    def finish(self, ctx: Context) -> list[Finding]:
        self._find_owner()
        vol = self.volumes()
        total = sum(vol.values())
        top = vol.most_common(TOP_CONTACTS)
        hhi = round(sum((v / total) ** 2 for v in vol.values()), 4) if total else None
        missing = self._missing(ctx)
        invisible = sum(1 for n in vol if is_invisible(n))
        deleted = sum(1 for n in vol if n.startswith("(no name)"))
        value: dict[str, Any] = {
            "facebook_friends": None if "facebook_friends" in missing else self.friends(),
            "facebook_friend_statuses": dict(self.friend_status) if self.friend_records else None,
            "twitter_followers": None if "twitter_followers" in missing else self.followers,
            "twitter_following": None if "twitter_following" in missing else self.following,
            "facebook_followers": None if "facebook_followers" in missing else self.fb_followers,
            "facebook_following": None if "facebook_following" in missing else self.fb_following,
            "top_contacts": [{"name": display_name(n), "messages": v} for n, v in top],
            "contacts": len(vol), "messages_sent": self.sent_total, "messages_received": self.received_total,
            "reciprocity": round(r, 3) if (r := self.reciprocity()) is not None else None,
            "concentration_hhi": hhi, "contacts_without_name": deleted, "contacts_with_invisible_name": invisible,
            "owner_inferred": ({"basis": self.owner_basis} if self.owner else None),
            "not_in_inputs": missing or None}
        ev = Evidence(items=[self.contact_ev[n] for n, _ in top if n in self.contact_ev][:7] + self.friend_ev,
                      n_support=total + sum(self.friend_status.values()) + self.followers + self.following
                      + self.fb_followers + self.fb_following)
        has_any = (total or self.friend_records or self.followers or self.following or self.fb_followers
                   or self.fb_following)
        conf = Confidence.HIGH if has_any else Confidence.INSUFFICIENT
        parts = []
        if value["facebook_friends"] is not None:
            parts.append(f"{self.friends()} Facebook friends")
        if value["facebook_followers"]:
            parts.append(f"{self.fb_followers} Facebook followers")
        if value["twitter_followers"] is not None:
            parts.append(f"{self.followers} X followers")
        if value["twitter_following"] is not None:
            parts.append(f"{self.following} following")
        if "messages" not in missing:
            parts.append(f"top contact {display_name(top[0][0])} ({top[0][1]} messages)" if top else "no messages")
        summary = "; ".join(parts) + "." if parts else "No friend, follower or message records in the inputs."
        if missing and parts:
            summary += " Not in the inputs: " + ", ".join(k.replace("_", " ") for k in missing) + "."
        caveats = ["Contacts are listed by volume only; nothing is inferred about them.",
                   "X exports give account ids, not names, for followers and DM partners.",
                   "A Facebook sender with an empty name (deleted account) is counted as a separate person in each "
                   "thread."]
        if self.owner:
            caveats.append(f"No profile file: the owner was taken to be {self.owner_basis}.")
        return [Finding(id="social_circle", title="Social circle (aggregates only)", value=value if has_any else None,
                        confidence=conf,
                        confidence_basis=("exact counts of records" if has_any else "no friend, follower or message "
                                          "records in the inputs"),
                        method=("Counts of friend-list entries by status, X follower/following entries; messages per "
                                "contact = received from them + sent in one-to-one threads (FB) or to them (X DMs); "
                                "reciprocity = min(sent, received)/max; Herfindahl index of message shares. Without "
                                "a profile file the owner is the sender present in every thread, or the participant "
                                "a one-to-one thread's title does not name. Counts whose records are not in the "
                                "inputs are null (listed in not_in_inputs), never 0."),
                        evidence=ev, literature=literature.cards("social_circle"),
                        caveats=caveats, summary=summary)]
