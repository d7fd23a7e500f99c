"""WORD60 (T57B L3): the at-a-glance lines left fragments by WORD59 are sentences; no repeat, no two brackets in a
row. "Mostly iOS (92%).", "No financial-stress signal in purchases.", "A move around May 2022.", "Perhaps a new pet
around May 2021." had no verb; seed 4's "UTC−6; UTC−6 with summer time until 29 Oct 2022" read as a repeat; seed 8's
"9 Mar – 3 May 2020 (8 weeks) (in your messages)" put two brackets in a row.
"""

from __future__ import annotations

import pytest

from dataexam.inference import interests
from dataexam.inference.money import stress_sentence
from dataexam.report import view


@pytest.mark.parametrize("os_name", ["iOS", "Android", "Windows", "macOS", "Linux"])
@pytest.mark.parametrize("share", [0.51, 0.92, 1.0])
def test_the_devices_line_is_a_sentence(os_name: str, share: float) -> None:
    line = view._h_devices({"primary_os": os_name, "shares": {os_name: share}})
    assert line == f"Your records come mostly from {os_name} ({share:.0%} of them)."
    assert view._h_devices({"primary_os": os_name, "shares": {}}) == f"Your records come mostly from {os_name}."


def test_the_financial_stress_line_is_a_sentence() -> None:
    assert stress_sentence([]) == "Your purchases show no sign of financial stress."
    said = stress_sentence(["median unit price fell from 12.5 to 6.0 EUR", "returns per item rose from 1.0% to 9.0%"])
    assert said == ("Your purchases show possible signs of financial stress: median unit price fell from 12.5 to 6.0 "
                    "EUR; returns per item rose from 1.0% to 9.0%.")


LIFE = [
    ([{"type": "move", "month": "2022-05"}], "Your records point to a move around May 2022."),
    ([{"type": "new_pet", "month": "2021-05"}], "Your records hint at a new pet around May 2021."),
    ([{"type": "new_baby", "month": "2024-03", "why": "nappy size 1 from Mar 2024"}],
     "Your records hint at a new baby around Mar 2024 (nappy size 1 from Mar 2024)."),
    ([{"type": "wedding", "month": "2023-02", "basis": "posts only"}], "Your posts mention a wedding around Feb 2023."),
    ([{"type": "move", "month": "2022-05"}, {"type": "new_pet", "month": "2021-05"},
      {"type": "move", "month": "2023-09"}],
     "Your records point to a move around May 2022 and a move around Sep 2023. Your records hint at a new pet around "
     "May 2021."),
    ([{"type": "stay_abroad", "country": "JP", "start": "2024-09", "completed": "2025-01", "months": 5,
       "seen_in": "login countries"}],
     "Your records point to a stay abroad in Japan, Sep 2024 – Jan 2025 (5 months; the home finding: login "
     "countries)."),
]


@pytest.mark.parametrize(("value", "said"), LIFE)
def test_the_life_events_line_is_a_sentence(value: list, said: str) -> None:
    assert interests.life_events_said(value) == said
    assert said[0].isupper() and said.endswith(".")
    # the facts row keeps its phrases ("From your records: a move around May 2022 (purchases)")
    assert not interests.life_events_sentence(value).startswith("Your")


ZONES = [
    # (zone, now's offset, now summer time, earlier law's offset, its summer time, said)
    ("America/Mexico_City", -6.0, False, -6.0, True, "UTC−6; until 29 Oct 2022, with summer time"),
    ("Europe/Istanbul", 3.0, False, 2.0, True, "UTC+3; until 29 Oct 2022, UTC+2 with summer time"),
    ("America/Sao_Paulo", -3.0, False, -3.0, True, "UTC−3; until 29 Oct 2022, with summer time"),
    ("Asia/Amman", 3.0, False, 2.0, True, "UTC+3; until 29 Oct 2022, UTC+2 with summer time"),
    ("Europe/Moscow", 3.0, False, 4.0, False, "UTC+3; until 29 Oct 2022, UTC+4"),
    ("America/Chicago", -6.0, True, -6.0, False, "UTC−6 with summer time; until 29 Oct 2022, no summer time"),
]


@pytest.mark.parametrize(("zone", "off", "dst", "was", "was_dst", "said"), ZONES)
def test_a_changed_law_is_no_repeat(zone: str, off: float, dst: bool, was: float, was_dst: bool, said: str) -> None:
    value = {"zone": zone, "utc_offset_hours": off, "observes_dst": dst,
             "law_periods": [{"from": "2020-01-01", "until": "2022-10-29", "utc_offset_hours": was,
                              "observes_dst": was_dst},
                             {"from": "2022-10-30", "until": "2024-12-31", "utc_offset_hours": off,
                              "observes_dst": dst}]}
    line = view.headline({"id": "timezone", "value": value})
    assert f"({zone}, {said})." in line, line
    offset = said.split(";")[0]
    assert line.count(offset) == 1 or offset == "UTC+3", line  # the offset said once
    # a law that kept the same clock adds nothing
    value["law_periods"][0].update(utc_offset_hours=off, observes_dst=dst)
    assert "until" not in view.headline({"id": "timezone", "value": value})


@pytest.mark.parametrize("source", ["posts", "messages", "all", None])
@pytest.mark.parametrize("weeks", [1, 8])
def test_a_low_spell_has_one_bracket(source: str | None, weeks: int) -> None:
    low = {"start": "2020-03-09", "end": "2020-05-03", "weeks": weeks, "source": source}
    line = view._h_mood({"low_periods": [low]})
    unit = "week" if weeks == 1 else "weeks"
    inside = f", in your {source}" if source in ("posts", "messages") else ""
    assert line == f"A low spell in your writing: 9 Mar – 3 May 2020 ({weeks} {unit}{inside})."
    assert ") (" not in line
    two = view._h_mood({"low_periods": [low, {**low, "start": "2021-01-04", "end": "2021-02-28"}]})
    assert ") (" not in two and two.startswith("Your writing turned low 9 Mar – 3 May 2020")
