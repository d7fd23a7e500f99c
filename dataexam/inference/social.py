"""Social circle: counts of friends and followers, top contacts by message volume (aggregates only).

Nothing is inferred about the contacts themselves: they appear as names (or X account ids, the
only thing X exports) with message volumes. State is a counter per contact and per thread.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..events import Event
from . import literature
from .engine import Aggregator, Context
from .model import Confidence, Evidence, EvidenceItem, Finding

TOP_CONTACTS = 10


class SocialAggregator(Aggregator):
    """Friends, followers, following, and message volumes per contact."""

    name = "social"
    kinds = frozenset({"facebook.friend", "twitter.follower", "twitter.following", "facebook.message", "twitter.dm"})

    def __init__(self) -> None:
        self.friend_status: Counter[str] = Counter()
        self.followers = 0
        self.following = 0
        self.received: Counter[str] = Counter()
        self.thread_actors: dict[str, Counter[str]] = defaultdict(Counter)
        self.thread_sent: Counter[str] = Counter()
        self.sent_direct: Counter[str] = Counter()
        self.sent_total = 0
        self.received_total = 0
        self.contact_ev: dict[str, EvidenceItem] = {}
        self.friend_ev: list[EvidenceItem] = []

    def consume(self, event: Event) -> None:
        kind = event.kind
        if kind == "facebook.friend":
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
        thread = str(event.attrs.get("thread") or event.attrs.get("conversation_id") or event.attrs.get(
            "conversation") or "")
        if event.actor == "self":
            self.sent_total += 1
            recipient = event.attrs.get("recipient") or event.attrs.get("recipient_id")
            if kind == "twitter.dm" and isinstance(recipient, str) and recipient:
                self.sent_direct[recipient] += 1
            elif thread:
                self.thread_sent[thread] += 1
            return
        self.received_total += 1
        self.received[event.actor] += 1
        if thread:
            self.thread_actors[thread][event.actor] += 1
        if event.actor not in self.contact_ev and len(self.contact_ev) < 1000:
            self.contact_ev[event.actor] = EvidenceItem.of(event, "message received (content not shown)")

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

    def finish(self, ctx: Context) -> list[Finding]:
        vol = self.volumes()
        total = sum(vol.values())
        top = vol.most_common(TOP_CONTACTS)
        hhi = round(sum((v / total) ** 2 for v in vol.values()), 4) if total else None
        value = {"facebook_friends": self.friends(), "facebook_friend_statuses": dict(self.friend_status),
                 "twitter_followers": self.followers, "twitter_following": self.following,
                 "top_contacts": [{"name": n, "messages": v} for n, v in top],
                 "contacts": len(vol), "messages_sent": self.sent_total, "messages_received": self.received_total,
                 "reciprocity": round(r, 3) if (r := self.reciprocity()) is not None else None,
                 "concentration_hhi": hhi}
        ev = Evidence(items=[self.contact_ev[n] for n, _ in top if n in self.contact_ev][:7] + self.friend_ev,
                      n_support=total + sum(self.friend_status.values()) + self.followers + self.following)
        has_any = total or self.friend_status or self.followers or self.following
        conf = Confidence.HIGH if has_any else Confidence.INSUFFICIENT
        summary = (f"{self.friends()} Facebook friends, {self.followers} X followers, {self.following} following; "
                   + (f"top contact {top[0][0]} ({top[0][1]} messages)." if top else "no messages."))
        return [Finding(id="social_circle", title="Social circle (aggregates only)", value=value if has_any else None,
                        confidence=conf,
                        confidence_basis=("exact counts of records" if has_any else "no friend, follower or message "
                                          "records"),
                        method=("Counts of friend-list entries by status, X follower/following entries; messages per "
                                "contact = received from them + sent in one-to-one threads (FB) or to them (X DMs); "
                                "reciprocity = min(sent, received)/max; Herfindahl index of message shares."),
                        evidence=ev, literature=literature.cards("social_circle"),
                        caveats=["Contacts are listed by volume only; nothing is inferred about them.",
                                 "X exports give account ids, not names, for followers and DM partners."],
                        summary=summary)]
