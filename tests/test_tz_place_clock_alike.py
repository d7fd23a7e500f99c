"""The time zone's word on place evidence whose country has a clock the activity fits as well (TZX49).

A Perth resident behind an always-on Canadian exit (one login a month from home), orders shipped to Tokyo, read
"Tokyo time" (low) with the caveat "the place evidence (IP country) points to AU, but the activity clock fits
Asia/Tokyo better (travel, shift work or a VPN?)" and the summary's "Activity and place disagree." — false: Perth's
clock fits the activity within 0.1 nats of Tokyo's (:data:`~dataexam.inference.timezone.RIVAL_ACTIVITY_MARGIN` is 1).
"Fits better" is now said only where no clock of the place's country fits within the margin; otherwise both clocks
are named, as the "… or Perth time if you live in Australia" hedges do. A Perth resident with no home logins behind
the Canadian exit keeps "fits Asia/Tokyo better": no clock of Canada comes near.

People are invented: test_untold_exit_orders_home's two years, an order every five days (test_exit_orders_turned_basis).
"""

from __future__ import annotations

import pytest
from test_exit_orders_turned_basis import _report
from test_untold_exit_orders_home import IPS, NAMES

from dataexam.inference.clock import place_clocks_alike
from dataexam.inference.exit_caveats import _without_disagreement

IPS.setdefault("JP", "133.242.0.1")
IPS.setdefault("CA", "24.48.0.1")
IPS.setdefault("AU", "1.120.0.1")
IPS.setdefault("US", "73.10.0.5")
NAMES.update({"JP": "Japan", "CA": "Canada", "AU": "Australia", "US": "United States"})

TOKYO = ((145, "Tokyo", None, "JP"),)


def _shown(report, fid: str = "timezone") -> dict:
    return next(f for f in report.to_dict()["findings"] if f["id"] == fid)


ALIKE = [
    ("Australia/Perth", "CA", "Australia/Perth or Australia/Brisbane (UTC+8 to UTC+10), clocks of Australia: "
                              "Asia/Tokyo, or Australia/Perth or Australia/Brisbane"),
    ("Australia/Perth", "US", "Australia/Perth or Australia/Brisbane (UTC+8 to UTC+10), clocks of Australia: "
                              "Asia/Tokyo, or Australia/Perth or Australia/Brisbane"),
    ("Australia/Brisbane", "CA", "Australia/Brisbane (UTC+10), a clock of Australia: Asia/Tokyo, or "
                                 "Australia/Brisbane"),
]


@pytest.mark.parametrize(("zone", "exit_cc", "named"), ALIKE)
def test_a_clock_of_the_place_that_fits_as_well_is_named_not_said_to_fit_worse(zone: str, exit_cc: str,
                                                                                named: str) -> None:
    shown = _shown(_report(zone, exit_cc, "AU", TOKYO, 7))
    assert (shown["value"]["zone"], shown["confidence"]) == ("Asia/Tokyo", "low")
    said = [c for c in shown["caveats"] if "points to Australia" in c]
    # was "the place evidence (IP country) points to AU, but the activity clock fits Asia/Tokyo better (travel,
    # shift work or a VPN?)"
    assert said == [f"the place evidence (IP country) points to Australia, and the activity cannot tell Asia/Tokyo "
                    f"from {named} if you live in Australia"]
    assert not any("fits Asia/Tokyo better" in c for c in shown["caveats"])
    assert shown["summary"].endswith(". The activity fits a clock of Australia as well.")
    assert "Activity and place disagree" not in shown["summary"]
    assert shown["value"]["disagreement"] == said
    assert shown["value"]["place_disagreement"]["country"] == "AU"  # the data place.py reads is kept


@pytest.mark.parametrize("seed", [7, 3])
def test_the_perth_reading_holds_for_another_seed(seed: int) -> None:
    shown = _shown(_report("Australia/Perth", "CA", "AU", TOKYO, seed))
    said = [c for c in shown["caveats"] if "points to Australia" in c]
    assert len(said) == 1 and said[0].startswith("the place evidence (IP country) points to Australia, and the "
                                                 "activity cannot tell Asia/Tokyo from ")
    assert "Australia/Perth" in said[0] and said[0].endswith(" if you live in Australia")
    assert not any("activity clock fits" in c for c in shown["caveats"])


def test_no_clock_of_the_place_near_still_fits_better() -> None:
    # no home logins: the place evidence is Canada's, none of whose clocks the Perth sleeper's nights fit
    shown = _shown(_report("Australia/Perth", "CA", None, TOKYO, 7))
    assert shown["value"]["zone"] == "Asia/Tokyo"
    assert [c for c in shown["caveats"] if "points to Canada" in c] == [
        "the place evidence (IP country) points to Canada, but the activity clock fits Asia/Tokyo better (travel, "
        "shift work or a VPN?)"]
    assert shown["summary"].endswith(". Activity and place disagree.")


class _Cand:
    def __init__(self, zones: list[str], q: int, score: float) -> None:
        self.zones, self.standard_q, self.observes_dst, self.activity_score = zones, q, False, score


def test_place_clocks_alike_keeps_the_margin_and_the_populous() -> None:
    cands = [_Cand(["Asia/Tokyo", "Asia/Seoul"], 36, -100.0), _Cand(["Australia/Eucla"], 35, -100.0),
             _Cand(["Australia/Perth", "Asia/Shanghai"], 32, -100.4), _Cand(["Australia/Brisbane"], 40, -100.99),
             _Cand(["Australia/Sydney"], 40, -101.0)]
    assert [z for _c, z in place_clocks_alike(cands, "AU")] == ["Australia/Perth", "Australia/Brisbane"]
    assert place_clocks_alike(cands, "CA") == []
    # Eucla alone within the margin: said, few as its people are
    assert [z for _c, z in place_clocks_alike(cands[:2], "AU")] == ["Australia/Eucla"]


def test_the_summary_drops_either_word_on_the_place() -> None:
    assert _without_disagreement("UTC+9 — most likely Asia/Tokyo. The activity fits a clock of Australia as "
                                 "well.") == "UTC+9 — most likely Asia/Tokyo."
    assert _without_disagreement("UTC+9 — x. Activity and place disagree.") == "UTC+9 — x."
