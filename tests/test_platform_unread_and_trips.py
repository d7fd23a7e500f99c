"""The platform comparison where the records that would back a declared interest were not read (the twenty-seventh
pass's fresh tester T27B, M1).

A retiree's Facebook "Gardening" was "not backed" beside 144 French posts about his garden, a Japanese writer's X
"Cats" beside Japanese cat tweets: the keyword lists read English only, and the finding said nothing of the text
it could not read. Such an item is now "not checkable", counted apart, and the caveat says how much text was
unread. Facebook's "Travel" was "not backed" beside 7 trips abroad at high: trips listed at medium or high now
back it. Every person, text and address here is invented.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from test_inference_synth import Stream
from test_place_own_clock import ADELAIDE, LONDON, TRIP, _ips_ok, life

from dataexam.inference import Confidence, infer
from dataexam.report import view

NOW = datetime(2025, 6, 1, tzinfo=UTC)
FR = ("Les tomates du jardin sont enfin mûres, quelle joie après tout ce travail",
      "Ce matin j'ai taillé les rosiers et arrosé le potager avant la chaleur",
      "Les courgettes envahissent le jardin, il faudra en donner aux voisins")
EN = ("Tomatoes from the garden are finally ripe after all that work",
      "Pruned the roses and watered the vegetable patch this morning")


def _posts(texts: tuple[str, ...], n: int = 150) -> list:
    s = Stream("facebook-2024")
    t0 = datetime(2023, 1, 3, 9, tzinfo=UTC)
    events = [s.ev(t0 + timedelta(hours=53 * i), "facebook.post", texts[i % len(texts)]) for i in range(n)]
    events.append(s.ev(None, "facebook.declared_interest", "Gardening", list="ads_interests", position=0))
    return sorted(events, key=lambda e: e.sort_key)


def test_an_interest_in_unread_texts_is_not_checkable():
    pvd = infer(_posts(FR), now=NOW).finding("platform_vs_derived")
    fb = pvd.value["platforms"]["facebook_interests"]
    assert fb["items"] == [{"declared": "Gardening", "categories": ["gardening"], "supported_by_data": None,
                            "not_checkable": "texts unread"}]  # was supported_by_data False: "not backed"
    assert (fb["mappable"], fb["agreeing"], fb["not_checkable"]) == (0, 0, 1)
    assert pvd.value["not_checkable"] == 1 and pvd.value["unread_text_share"] == 1.0
    assert pvd.summary.startswith("None of the 1 platform-declared interest could be checked against your records: "
                                  "100% of your texts are in languages other than English (mostly French)")
    assert any(c.startswith("100% of your texts are in languages other than English (mostly French), and "
                            "dataexam's keyword lists read English only: a declared interest not found")
               for c in pvd.caveats)
    headline = view.headline(pvd.to_dict())
    assert "1 declared interest is not checkable: 100% of your texts are in languages" in headline


def test_a_checked_and_an_unchecked_interest_are_said_apart():
    """French garden posts and some English ones about photography: Photography is checked (backed), Gardening not
    checkable (most of the text is unread)."""
    s = Stream("facebook-2024")
    t0 = datetime(2023, 1, 3, 9, tzinfo=UTC)
    events = [s.ev(t0 + timedelta(hours=53 * i), "facebook.post", FR[i % 3]) for i in range(150)]
    events += [s.ev(t0 + timedelta(hours=53 * i + 5), "facebook.post",
                    "Took some photos with my new camera lens at the lake") for i in range(30)]
    events += [s.ev(None, "facebook.declared_interest", name, list="ads_interests", position=k)
               for k, name in enumerate(["Gardening", "Photography"])]
    pvd = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("platform_vs_derived")
    fb = pvd.value["platforms"]["facebook_interests"]
    assert [(r["declared"], r["supported_by_data"]) for r in fb["items"]] == [("Gardening", None),
                                                                              ("Photography", True)]
    assert pvd.summary.startswith("1 of 1 mappable platform-declared interests are backed by your records of 2023. "
                                  "1 more is not checkable: ")


def test_no_unchecked_interest_no_caveat_about_them():
    """Most texts unread, but the one declared interest checked (English photo posts): no caveat counting "0 such
    items" (T27D L1)."""
    s = Stream("facebook-2024")
    t0 = datetime(2023, 1, 3, 9, tzinfo=UTC)
    events = [s.ev(t0 + timedelta(hours=53 * i), "facebook.post", FR[i % 3]) for i in range(150)]
    events += [s.ev(t0 + timedelta(hours=53 * i + 5), "facebook.post",
                    "Took some photos with my new camera lens at the lake") for i in range(30)]
    events.append(s.ev(None, "facebook.declared_interest", "Photography", list="ads_interests", position=0))
    pvd = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("platform_vs_derived")
    assert pvd.value["not_checkable"] == 0 and pvd.value["unread_text_share"] is not None
    assert not any("not checkable" in c for c in pvd.caveats), pvd.caveats


def test_the_same_interest_in_english_texts_is_checked():
    pvd = infer(_posts(EN), now=NOW).finding("platform_vs_derived")
    fb = pvd.value["platforms"]["facebook_interests"]
    assert fb["items"][0]["supported_by_data"] is True and (fb["mappable"], fb["agreeing"]) == (1, 1)
    assert pvd.value["not_checkable"] == 0 and pvd.value["unread_text_share"] is None


def test_trips_abroad_back_a_declared_travel():
    _ips_ok()
    events = life(540, lambda d: (LONDON, "GB") if TRIP[0] <= d <= TRIP[1] else (ADELAIDE, "AU"), away_logins=3)
    s = Stream("facebook-2024")
    events += [s.ev(None, "facebook.profile", "Adelaide, South Australia, Australia", fact="current_city"),
               s.ev(None, "facebook.declared_interest", "Travel", list="ads_interests", position=0)]
    report = infer(sorted(events, key=lambda e: e.sort_key), now=NOW)
    trips = report.finding("trips")
    assert trips.confidence in (Confidence.HIGH, Confidence.MEDIUM) and len(trips.value) == 1
    fb = report.finding("platform_vs_derived").value["platforms"]["facebook_interests"]
    assert fb["items"] == [{"declared": "Travel", "categories": ["travel"], "supported_by_data": True,
                            "backed_by": "1 trip abroad (trips finding)"}]  # was False beside the trip
    assert (fb["mappable"], fb["agreeing"]) == (1, 1)
    assert date.fromisoformat(trips.value[0]["start"]) >= TRIP[0]
