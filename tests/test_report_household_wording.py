"""The household finding says one sentence in JSON and every renderer (the twenty-fifth pass's second tester, L2:
JSON "baby purchases over 0 months." where text, Markdown and HTML said "4 baby purchases (Jan 2023)")."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from test_inference_synth import Stream

from dataexam import report as report_module
from dataexam.inference import infer
from dataexam.inference.interests import household_sentence
from dataexam.report import view


def test_household_sentence() -> None:
    one_month = {"child_signals": {"baby_items": 4, "first": "2023-01", "last": "2023-01"}, "pets": None}
    assert household_sentence(one_month) == "Your orders include 4 baby purchases (Jan 2023)."
    both = {"child_signals": {"baby_items": 12, "first": "2023-01", "last": "2024-03"}, "pets": {"dog": 3, "cat": 5}}
    # WORD59 (T56C 6): no brackets in brackets ("pet purchases (cat (5) and dog (3))"), the total said
    assert household_sentence(both) == ("Your orders include 12 baby purchases (Jan 2023 – Mar 2024) and 8 pet "
                                        "purchases (5 for a cat and 3 for a dog).")
    assert household_sentence({"child_signals": None, "pets": None}) == ""


def test_json_summary_and_renderers_agree() -> None:
    s = Stream("amazon-2025")
    events = [s.ev(datetime(2023, 1, d, 12, tzinfo=UTC), "amazon.order_item", "Pampers baby diapers size 1",
                   total="20.00", currency="EUR", order_id=str(d)) for d in (3, 9, 15, 21)]
    rep = infer(events, now=datetime(2025, 1, 1, tzinfo=UTC))
    household = rep.finding("household")
    assert household.value["child_signals"]["baby_items"] == 4
    # BABY (T30B M3): the nappy size is said, with the ages it fits (no "about 0 months old" within one month)
    assert household.summary == ("Your orders include 4 baby purchases (Jan 2023), nappy size 1 (fits a child of "
                                 "about 0–2 months).")  # the one size said once (WORD59)
    assert view.headline(household.to_dict()) == household.summary
    for fmt in ("text", "markdown", "html"):
        buf = io.StringIO()
        report_module.render(rep, fmt, buf)
        assert "4 baby purchases (Jan 2023)" in " ".join(buf.getvalue().split()), fmt
    buf = io.StringIO()
    report_module.render(rep, "json", buf)
    assert json.loads(buf.getvalue())["by_id"]["household"]["summary"] == household.summary
