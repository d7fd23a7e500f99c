"""The text report's one example per finding (default detail): a record already given under another finding is not
given again, and the line never points "above" at an example that is not there (T26A L2, T26C L1: spending ended
"1 speaks against it (the example above)", the example being the home finding's, two sections up)."""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console

from dataexam.report.text import PlainConsole, _finding


def _item(index: int, excerpt: str) -> dict[str, Any]:
    return {"archive": "export.zip", "member": "Retail.OrderHistory.1.csv", "index": index,
            "time": "2023-05-31T13:00:00Z", "excerpt": excerpt, "kind": "amazon.order_item"}


def _f(fid: str, title: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": fid, "title": title, "confidence": "high", "value": None, "summary": f"{title}.",
            "evidence": {"n_support": len(items), "n_against": 1, "items": items}}


def _render(*findings: dict[str, Any]) -> list[str]:
    out = io.StringIO()
    console = PlainConsole(Console(file=out, width=3000, color_system=None, force_terminal=False))
    shown: dict[tuple[str, str, str], str] = {}
    for f in findings:
        _finding(console, f, None, False, shown)
    return [line.strip() for line in out.getvalue().splitlines() if "Evidence:" in line]


def test_a_finding_gives_its_next_record_when_the_first_was_given_already() -> None:
    home = _f("home", "Home country and city", [_item(10, "order shipped to Springfield, IL")])
    spending = _f("spending", "Spending", [_item(10, "order shipped to Springfield, IL"), _item(0, "Dark chocolate")])
    first, second = _render(home, spending)
    assert first.endswith("record 10, 2023-05-31 13:00 UTC — “order shipped to Springfield, IL”")
    assert second == ("Evidence: 2 records support it, 1 speaks against it. For example: export.zip › "
                      "Retail.OrderHistory.1.csv, record 0, 2023-05-31 13:00 UTC — “Dark chocolate”")


def test_a_finding_whose_only_record_was_given_names_where() -> None:
    home = _f("home", "Home country and city", [_item(10, "order shipped to Springfield, IL")])
    spending = _f("spending", "Spending", [_item(10, "order shipped to Springfield, IL")])
    _first, second = _render(home, spending)
    assert second == ("Evidence: 1 record supports it, 1 speaks against it "
                      "(its example is given under “Home country and city”)")
    assert "above" not in second
