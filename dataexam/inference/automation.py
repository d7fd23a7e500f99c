"""Does the account look automated? A feed or bot posts round the clock, at one fixed interval, through an
automation service; a person sleeps, posts at uneven gaps, and at most queues some posts in a scheduler.

The findings that read a *person* from the posts (:data:`PERSON_FINDINGS`: interests, topics, mood, writing style,
routine, the trust score) are then told so: :func:`mark` gives each a caveat "this account looks automated" and
lowers its confidence to low. Nothing is withheld: the values are what the records say, only not of a person.

The rule (docs/findings.md, "Automated accounts"), on the account's own timed posts (X tweets, Facebook posts),
needing at least :data:`MIN_POSTS` of them on :data:`MIN_DAYS` days:

* **round the clock** (required): the quietest hour of the day (UTC; flatness does not depend on the zone) holds at
  least :data:`FLAT_SHARE` of the mean hour's posts. A person's sleep leaves some hours near empty, even a night
  worker's; rotating shifts can flatten a year's hours, so this alone is not enough;
* and either **a fixed interval**: at least :data:`REGULAR_SHARE` of the gaps between consecutive posts lie within a
  minute of the commonest gap (of at least :data:`MIN_GAP_MINUTES` minutes, so that a thread's quick replies are no
  interval); or **an automation client**: at least :data:`CLIENT_SHARE` of the posts were sent by one of
  ``clients.SCHEDULING_CLIENTS`` (X's ``source``: IFTTT, dlvr.it, Zapier, Buffer …).

A person who queues some posts in a scheduler is not called automated: a scheduler posts in the audience's waking
hours (no round-the-clock hours), and the person's own posts break both the interval and the client share. State is
bounded: 24 hour counters, a counter of gaps in minutes up to a day, three integers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from ..events import Event
from .clients import scheduling_client
from .engine import Aggregator, Context, is_activity
from .model import Confidence, Finding

#: the findings that read a person from the account's posts: told when the account looks automated
PERSON_FINDINGS = frozenset({"interests", "topics", "mood", "writing_style", "routine", "trust_score"})
POST_KINDS = frozenset({"twitter.tweet", "facebook.post"})
MIN_POSTS = 240  # ten a day for 24 days, or one an hour for ten: below it the hours say nothing of a lull
MIN_DAYS = 14
FLAT_SHARE = 0.5
REGULAR_SHARE = 0.6
MIN_GAP_MINUTES = 2
CLIENT_SHARE = 0.9
_DAY_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class Automation:
    """The verdict: ``posts`` read; ``quiet_hour_share`` (quietest hour ÷ mean hour, 0–1+); ``interval_minutes``
    (the commonest gap, None if none qualified) and ``interval_share`` (0–1); ``client`` (the commonest automation
    client's name as written, or None) and ``client_share`` (0–1)."""

    posts: int
    quiet_hour_share: float
    interval_minutes: int | None
    interval_share: float
    client: str | None
    client_share: float

    @property
    def round_the_clock(self) -> bool:
        return self.quiet_hour_share >= FLAT_SHARE

    @property
    def regular(self) -> bool:
        return self.interval_minutes is not None and self.interval_share >= REGULAR_SHARE

    @property
    def via_client(self) -> bool:
        return self.client is not None and self.client_share >= CLIENT_SHARE

    @property
    def automated(self) -> bool:
        return self.round_the_clock and (self.regular or self.via_client)

    def reason(self) -> str:
        """One sentence for the caveat: which signals hold, with their figures."""
        parts = [f"it posts at every hour of the day (the quietest hour holds {self.quiet_hour_share:.0%} of an "
                 "average hour's posts)"]
        if self.regular:
            parts.append(f"{self.interval_share:.0%} of its posts follow the previous one after "
                         f"{self.interval_minutes} minutes")
        if self.via_client:
            parts.append(f"{self.client_share:.0%} were sent by an automation service ({self.client})")
        return "; ".join(parts)


class AutomationAggregator(Aggregator):
    """Counts the signals of :class:`Automation` over the own timed posts (chronological stream)."""

    name = "automation"
    kinds = POST_KINDS

    def __init__(self) -> None:
        self.hours = [0] * 24
        self.gaps: Counter[int] = Counter()
        self.clients: Counter[str] = Counter()
        self.posts = 0
        self.days: set = set()
        self._last: datetime | None = None

    def consume(self, event: Event) -> None:
        if not is_activity(event) or event.time is None:
            return
        t = event.time
        self.posts += 1
        self.hours[t.hour] += 1
        if len(self.days) <= MIN_DAYS:
            self.days.add(t.date())
        if self._last is not None:
            minutes = round((t - self._last).total_seconds() / 60)
            if 0 <= minutes <= _DAY_MINUTES:
                self.gaps[minutes] += 1
        self._last = t
        client = scheduling_client(event)
        if client is not None:
            self.clients[client] += 1

    def verdict(self) -> Automation | None:
        """The signals, or None below :data:`MIN_POSTS` posts on :data:`MIN_DAYS` days."""
        if self.posts < MIN_POSTS or len(self.days) < MIN_DAYS:
            return None
        mean = self.posts / 24
        quiet = min(self.hours) / mean
        gaps_total = max(1, self.posts - 1)
        interval, share = None, 0.0
        candidates = [(n, g) for g, n in self.gaps.items() if g >= MIN_GAP_MINUTES]
        if candidates:
            _, interval = max(candidates)
            share = sum(self.gaps.get(g, 0) for g in (interval - 1, interval, interval + 1)) / gaps_total
        client, _ = (self.clients.most_common(1) or [(None, 0)])[0]
        return Automation(posts=self.posts, quiet_hour_share=quiet, interval_minutes=interval,
                          interval_share=share, client=client, client_share=sum(self.clients.values()) / self.posts)

    def finish(self, ctx: Context) -> list[Finding]:
        ctx.automation = self.verdict()
        return []


def caveat(verdict: Automation) -> str:
    return (f"This account looks automated: {verdict.reason()}. What is read here is the feed's, not a person's; "
            "the confidence is lowered to low.")


def mark(findings: list[Finding], verdict: Automation | None) -> None:
    """Tell :data:`PERSON_FINDINGS` (those with a value) that the account looks automated: the caveat first, the
    confidence lowered to low. Does nothing when ``verdict`` is None or not :attr:`Automation.automated`."""
    if verdict is None or not verdict.automated:
        return
    note = caveat(verdict)
    for f in findings:
        if f.id not in PERSON_FINDINGS or f.value is None or f.confidence == Confidence.INSUFFICIENT:
            continue
        f.caveats = [note, *f.caveats]
        if f.confidence in (Confidence.HIGH, Confidence.MEDIUM):
            f.confidence = Confidence.LOW
            f.confidence_basis = f"{f.confidence_basis} Lowered to low: the account looks automated.".strip()


__all__ = ["PERSON_FINDINGS", "Automation", "AutomationAggregator", "caveat", "mark"]
