"""A declared interest no keyword category maps is "not checked" (null), not "not backed" (false): the twenty-ninth
pass's third tester, L4 — Facebook's "Board games" and Amazon's "Outdoor enthusiasts" were
``supported_by_data: false`` though posts and orders named board games. Every text here is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from test_inference_synth import Stream

from dataexam.inference import infer
from dataexam.report import html

NOW = datetime(2025, 6, 1, tzinfo=UTC)


def test_an_unmapped_declared_interest_is_not_checked_and_a_mapped_one_still_is() -> None:
    s = Stream("facebook-2024")
    t0 = datetime(2023, 1, 3, 9, tzinfo=UTC)
    events = [s.ev(t0 + timedelta(hours=53 * i), "facebook.post", "Long hike in the hills today, great trail")
              for i in range(30)]
    events += [s.ev(None, "facebook.declared_interest", name, list="ads_interests", position=i)
               for i, name in enumerate(("Hiking", "Board games", "Knitting"))]
    pvd = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("platform_vs_derived")
    fb = pvd.value["platforms"]["facebook_interests"]
    assert fb["items"] == [
        {"declared": "Hiking", "categories": ["hiking"], "supported_by_data": True},
        {"declared": "Board games", "categories": [], "supported_by_data": None,
         "not_checked": "no keyword category maps it"},  # was False: "not backed"
        {"declared": "Knitting", "categories": ["crafts"], "supported_by_data": False}]  # mapped, not in the records
    assert (fb["mappable"], fb["agreeing"]) == (2, 1)
    page = "".join(html._declared(pvd.to_dict()))
    assert "<td>Board games</td><td>not checked</td>" in page and "<td>Knitting</td><td>no</td>" in page


def test_interests_declared_in_the_accounts_language_never_say_no_platform_lists() -> None:
    """Facebook writes its topics in the account's language (the fixture's "Strikking"; T30A H2: "Kaffee, Radfahren,
    Fotografie, Fußball" were "0 of 0 mappable", and the interests the posts imply "which no platform lists" right
    under them): the keyword map (English) cannot read them, so they are counted not mappable and nobody is said not
    to list what the data implies."""
    from dataexam.report import view

    s = Stream("facebook-2022")
    t0 = datetime(2022, 1, 3, 9, tzinfo=UTC)
    texts = ["Best coffee in town, espresso and cappuccino at the cafe",
             "Bike ride along the river, 80 km cycling on the road bike",
             "New camera, photography in the park, 50mm lens"]
    events = [s.ev(t0 + timedelta(hours=41 * i), "facebook.post", texts[i % 3]) for i in range(30)]
    events += [s.ev(None, "facebook.declared_interest", name, list="ads_interests", position=i)
               for i, name in enumerate(("Kaffee", "Radfahren", "Fotografie", "Fußball"))]
    pvd = infer(sorted(events, key=lambda e: e.sort_key), now=NOW).finding("platform_vs_derived")
    fb = pvd.value["platforms"]["facebook_interests"]
    assert (fb["mappable"], fb.get("not_mappable"), pvd.value["not_mappable"]) == (0, 4, 4)
    assert pvd.value["derived_not_declared"]  # the data implies coffee, cycling, photography …
    assert "no platform lists" not in pvd.summary
    assert "4 platform-declared interests maps to" in pvd.summary and "in another language" in pvd.summary
    text = view._h_platform(pvd.value)
    assert "no platform lists" not in text and "4 declared interests are not mappable (in another language" in text
