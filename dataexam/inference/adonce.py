"""One X ad, once: an ad the person engaged with is in both of X's ad files.

X's archive lists every promoted item shown to the person in ``ad-impressions.js`` and those they engaged with in
``ad-engagements.js``, whose records repeat the impression whole under ``impressionAttributes`` (advertiser, display
location, device, promoted tweet or trend or publisher, ``impressionTime``, matched targeting; formats.md, the
parser's ``twitter.ad_impression`` / ``twitter.ad_engagement``). The two records are kept in the timeline (one is a
view, the other an engagement, each with its own key), but an ad counted from both was two ads (the twenty-ninth
pass: PLATX left it). :class:`AdOnce` tells the first record of an ad from its repeat.

Bounded memory: the timeline is chronological and one instant's records are contiguous in any subset of it
(:mod:`dataexam.inference.offload`), and the two records of one ad share its ``impressionTime``; so only the ads of the
current instant are remembered. Undated records (a blank ``impressionTime``) come last; up to :data:`MAX_UNDATED` of
them are remembered, past that each counts.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..events import Event

MAX_UNDATED = 10_000


def ad_identity(attrs: Any) -> tuple[Any, ...]:
    """What one impression is, as both files give it: advertiser (name, handle), where and on what it was shown, and
    what was promoted (tweet id, trend, publisher); hashable. Not the matched targeting, whose order (or a criterion)
    one file may give otherwise without the impression being another: with the instant, these fields tell it."""
    trend = attrs.get("promoted_trend")
    return (attrs.get("advertiser_name"), attrs.get("advertiser_screen_name"), attrs.get("display_location"),
            attrs.get("device_os"), attrs.get("promoted_tweet_id"),
            tuple(sorted((str(k), str(v)) for k, v in trend.items())) if isinstance(trend, dict) else trend,
            attrs.get("publisher_name"))


class AdOnce:
    """Call with each X ad record in timeline order: True for the first record of an ad, False for its repeat (the
    other file's record of the same impression). Picklable."""

    __slots__ = ("at", "seen", "undated")

    def __init__(self) -> None:
        self.at: datetime | None = None
        self.seen: set[tuple[Any, ...]] = set()
        self.undated: set[tuple[Any, ...]] = set()

    def __call__(self, event: Event) -> bool:
        ident = ad_identity(event.attrs or {})
        if event.time is None:
            if ident in self.undated:
                return False
            if len(self.undated) < MAX_UNDATED:
                self.undated.add(ident)
            return True
        if event.time != self.at:
            self.at = event.time
            self.seen = set()
        if ident in self.seen:
            return False
        self.seen.add(ident)
        return True
