"""ART9E (note45, "Art. 9" left alone): a date withheld because its record was made at night (the night rule:
``inference.sensitive.NightGate``, ``withhold_night_dates``) was said "date withheld (special category;
--include-sensitive)", as a record whose own text is special (Art. 9 gating). Only the Art. 9 gate says special
category; the night rule says night-time — in the evidence rows, the sentences' bounds and the late nights' row.
"""

from __future__ import annotations

from dataexam.categories import WITHHELD_EXCERPT
from dataexam.inference import sensitive
from dataexam.inference.model import EvidenceItem
from dataexam.report import view

NIGHT = "date withheld (night-time; --include-sensitive)"
SPECIAL = "date withheld (special category; --include-sensitive)"


def _finding(*items: dict) -> dict:
    return {"id": "x", "evidence": {"n_support": len(items), "items": list(items)}}


def test_an_evidence_row_says_why_its_date_is_withheld() -> None:
    night = EvidenceItem(archive="a.zip", member="tweets.js", index=1, time="2024-03-05T02:32:00Z",
                         kind="twitter.tweet", excerpt="Cannot sleep, watching the rain")
    art9 = EvidenceItem(archive="a.zip", member="tweets.js", index=2, time="2024-03-03T10:27:00Z",
                        kind="twitter.tweet", excerpt="Started HRT this week, testosterone day one")
    # the night rule withholds the everyday record's date (its text stays); the Art. 9 gate the special one's
    night_said = sensitive.withheld_time(night.time, None)
    gated = sensitive.gate_item(art9, None)
    assert (night_said, gated.time, gated.excerpt) == ("withheld Tue 02:32", "withheld (special category) Sun 10:27",
                                                      WITHHELD_EXCERPT)
    rows = view.evidence_rows(_finding({**night.to_dict(), "time": night_said}, gated.to_dict()), None, None)
    assert [r.when for r in rows] == [f"Tue 02:32, {NIGHT}", f"Sun 10:27, {SPECIAL}"]
    # a special text written at night: its own text is withheld, so Art. 9 says it
    both = sensitive.gate_item(EvidenceItem(archive="a.zip", member="tweets.js", index=3, kind="twitter.tweet",
                                            time="withheld Tue 02:32", excerpt="Week 10 on E, feeling great"), None)
    assert view.evidence_rows(_finding(both.to_dict()), None, None)[0].when == f"Tue 02:32, {SPECIAL}"
    # a report saved before the marker carried the reason: the withheld excerpt still says it
    old = {**gated.to_dict(), "time": "withheld Sun 10:27"}
    assert view.evidence_rows(_finding(old), None, None)[0].when == f"Sun 10:27, {SPECIAL}"


def test_a_sentence_s_bound_withheld_at_night_says_night_time() -> None:
    # the bounds a sentence gives (a shipping town's first order, a season's end, a move's day) are NightGate's
    gate = sensitive.NightGate(dated=False)
    from datetime import UTC, datetime
    said = gate.day(datetime(2024, 10, 27, 23, 30, tzinfo=UTC), UTC)
    assert sensitive.spoken(said) == f"Sun 23:30, {NIGHT}"
    assert "special category" not in sensitive.spoken(said)
    assert sensitive.spoken("2024-10-27") == "2024-10-27"
    # the renderers' day and Period row alike
    assert view.day(said) == view._bound(said) == f"Sun 23:30, {NIGHT}"


def test_the_late_nights_row_says_night_time() -> None:
    f = {"id": "late_nights", "value": {"listed": 3, "dates": None, "weekdays": {"Fri": 2, "Sat": 1}}}
    nights = dict(view.facts(f))["Nights"]
    assert nights == "3, most on Fri and Sat, dates withheld (night-time; --include-sensitive)"
