"""The consuming pass hands someone else's records only to the aggregators that read them (issue 16).

On an X archive of likes, follows and DMs a third of the records are someone else's (followers, messages received);
the place, zone evidence, clock and interests aggregators return at once on them but for a few kinds
(:meth:`~dataexam.inference.engine.Aggregator.reads_others`), and :func:`~dataexam.inference.engine.run` no longer
calls them there. Nothing a report says may change: each aggregator that declines a kind must be left as it was by
such a record, whatever it holds, and a report must read the same as with every record handed to every aggregator.
"""

from __future__ import annotations

import io
import json
import pickle
from datetime import UTC, datetime, timedelta

import pytest
from test_border_nights import IPS
from test_inference_synth import Stream, person

from dataexam.events import Event
from dataexam.inference import _aggregators, infer
from dataexam.registry import load_registry
from dataexam.report import render

NOW = datetime(2024, 6, 1, tzinfo=UTC)
WHEN = datetime(2023, 3, 7, 14, 30, tzinfo=UTC)

# every field an aggregator reads a place, a device, a zone, a phone or a purchase from
RICH_ATTRS: dict[str, object] = {
    "ip": IPS["GB"], "login_ip": IPS["GB"], "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X)",
    "os": "iOS", "client": "Twitter for iPhone", "device": "iPhone", "phone_number": "+441632960001",
    "latitude": 51.5, "longitude": -0.12, "coordinates": {"lat": 51.5, "lon": -0.12},
    "place": {"name": "London", "latitude": 51.5, "longitude": -0.12}, "city": "London", "region": "England",
    "country": "United Kingdom", "country_code": "GB", "location": "London, UK", "timezone": "Europe/London",
    "time_zone": "Europe/London", "local_timezone": "Europe/London", "shipping_country_code": "GB",
    "shipping_city": "London", "shipping_region": "England", "website": "amazon.co.uk", "action": "Login",
    "group": "Walking club", "status": "friend", "lang": "en", "conversation_id": "c-1", "recipient": "self",
}


def _every_kind() -> list[str]:
    registry = load_registry()
    return sorted({k for info in registry.parsers.values() for k in info.kinds})


def _others(stream: Stream, kind: str, time: datetime | None) -> Event:
    return stream.ev(time, kind, "Hiking boots and a marathon in London, my therapist says", actor="acct-99",
                     **RICH_ATTRS)


@pytest.mark.parametrize("dated", [True, False])
def test_an_aggregator_that_declines_others_records_is_left_as_it_was(dated: bool) -> None:
    """The whole class: for every aggregator of a report and every kind of every built-in parser it consumes but
    whose others' records it declines, such a record (every field read anywhere filled in) changes nothing in it —
    after some own records, so that a state that is not empty is compared too."""
    kinds = _every_kind()
    stream = Stream()
    own = person(days=10, per_day=4)
    checked = 0
    for aggregator in _aggregators():
        for event in own:
            if aggregator.kinds is None or event.kind in aggregator.kinds:
                aggregator.consume(event)
        for kind in kinds:
            if (aggregator.kinds is not None and kind not in aggregator.kinds) or aggregator.reads_others(kind):
                continue
            before = pickle.dumps(aggregator.__dict__)
            aggregator.consume(_others(stream, kind, WHEN if dated else None))
            assert pickle.dumps(aggregator.__dict__) == before, (aggregator.name, kind)
            checked += 1
    assert checked > 50  # place and zone evidence decline most kinds, clock and interests some


def _report_json(events: list[Event]) -> dict[str, object]:
    out = io.StringIO()
    render(infer(events, now=NOW, include_sensitive=True), "json", out, detail="full")
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def test_report_reads_the_same_with_others_records_left_out_of_own_only_aggregators(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A Berliner's tweets beside someone else's records of every kind that carry places, devices and zones (messages
    received from London IPs, followers, another account's profile place and zone, an advertiser's ad on iOS): the
    report is the one every aggregator gets when handed every record of its kinds, and the others' declared zone
    and ad device are still read."""
    events = person(days=60, per_day=10)
    stream = Stream("others.zip")
    start = events[0].time
    assert start is not None
    extra = []
    for i in range(40):
        t = start + timedelta(days=i, hours=5)
        extra.append(stream.ev(t, "twitter.dm", "See you at the marathon", actor="acct-7", ip=IPS["GB"],
                               conversation_id="c-7", recipient="self"))
        extra.append(stream.ev(None, "twitter.follower", None, actor=f"acct-{i}", account_id=str(i)))
        extra.append(stream.ev(t, "twitter.ad_impression", "Shoes", actor="advertiser", os_type="iOS"))
    extra.append(stream.ev(start, "facebook.location", None, actor="acct-7", timezone="Europe/Berlin",
                           city="Berlin", country="Germany"))
    mixed = sorted([*events, *extra], key=lambda e: e.sort_key)
    now = _report_json(mixed)
    for cls in {type(a) for a in _aggregators()}:
        monkeypatch.setattr(cls, "reads_others", lambda self, kind: True)
    every = _report_json(mixed)
    assert now == every
    findings = {f["id"]: f for f in now["findings"]}
    assert findings["devices"]["value"]["primary_os"] == "iOS"  # the advertiser's ads, read as before
    assert findings["devices"]["value"]["observations"] == 40
    home = findings["home"]["value"]
    # the place declared in another actor's location record is read; the London IPs of messages received place nobody
    assert (home["country"], home["city"], home["countries"]) == ("DE", "Berlin", {"DE": 1})
    assert findings["timezone"]["value"]["zone"] == "Europe/Berlin"
