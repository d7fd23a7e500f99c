"""A date-only Amazon order keeps its date everywhere on a clock west of UTC (note40, "still open": spending years
for date-only orders). An old Order History Report gives "12/31/2022" and nothing else: the event is 00:00 UTC of
that date, ``time_source`` date-only. Spending's years and months already kept the date (the ledger's
``localise``); the report's evidence moved it — "2022-12-30 19:00 local" for a New Year's Eve order read on New
York's clock, a year early. Invented values.
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime

from rich.console import Console
from test_inference_synth import Stream, merge, person

from dataexam import report as report_module
from dataexam.events import TimeSource
from dataexam.inference import infer


def _at(y: int, m: int, d: int, h: int = 12) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


def _report() -> dict:
    """Seven timed $10.00 orders June–December 2022 at 20:00 UTC, date-only orders of $5.00 on 31 December 2022,
    $7.00 on 1 January 2023 and $3.00 on 1 February 2023, beside eighteen months of New York tweets: 2022 holds
    70 + 5 = $75.00, 2023 holds 7 + 3 = $10.00; each date-only order is shown on its own date."""
    tweets = person("America/New_York", days=420, start=date(2022, 6, 2))
    s = Stream("amazon-legacy")
    orders = [s.ev(_at(2022, m, 10, 20), "amazon.order_item", f"Item {m}", currency="USD", total="10.00",
                   order_id=f"o{m}") for m in range(6, 13)]
    for when, total, oid, text in ((_at(2022, 12, 31, 0), "5.00", "eve", "Party hats"),
                                   (_at(2023, 1, 1, 0), "7.00", "ny", "Hangover tea"),
                                   (_at(2023, 2, 1, 0), "3.00", "feb", "Feb thing")):
        orders.append(replace(s.ev(when, "amazon.order_item", text, currency="USD", total=total, order_id=oid),
                              time_source=TimeSource.DATE_ONLY))
    rep = infer(merge(tweets, orders), now=_at(2024, 1, 1))
    buf = io.StringIO()
    report_module.render(rep, "json", buf)
    return json.loads(buf.getvalue())


def test_date_only_orders_keep_their_date_in_years_and_in_the_evidence() -> None:
    data = _report()
    spending = next(f for f in data["findings"] if f["id"] == "spending")
    assert spending["value"]["years_clock"] == "America/New_York"
    assert spending["value"]["totals"] == {"USD": {"2022": "75.00", "2023": "10.00"}}
    times = {i["excerpt"]: i["time"] for f in data["findings"] for i in f["evidence"]["items"]
             if i.get("excerpt") in ("Party hats", "Hangover tea", "Feb thing")}
    assert times == {"Party hats": "2022-12-31", "Hangover tea": "2023-01-01", "Feb thing": "2023-02-01"}
    console = Console(file=io.StringIO(), width=300, color_system=None, force_terminal=False)
    report_module.render(data, "text", console, detail="full")
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "2022-12-31 (date only) — “Party hats”" in text and "2023-01-01 (date only) — “Hangover tea”" in text
    assert "2022-12-30" not in text and "(date only) local" not in text
    markdown = io.StringIO()
    report_module.render(data, "markdown", markdown, detail="full")
    assert "2023-01-01 (date only)" in markdown.getvalue() and "2022-12-31 19:00" not in markdown.getvalue()
