"""The home's clock where the activity has none (the twenty-sixth pass's first tester, T26A M3): an Amazon-only
export placed in Springfield, IL at high confidence said "ordered late at night (23–04 UTC; no time zone was
found)" for orders at 23:30 UTC, 18:30 in Illinois. Legacy Request-Your-Data shapes (formats.md §3.2), invented."""

from __future__ import annotations

import json
from pathlib import Path

from test_sensitive_words_amazon import HEADER
from typer.testing import CliRunner

from dataexam.cli import app
from dataexam.inference.engine import Context
from dataexam.inference.homeclock import home_zone
from dataexam.inference.model import Confidence, Finding
from helpers import write_retail_orders

SPRINGFIELD = "Jane Doe 12 Elm Street SPRINGFIELD, IL 62701 United States"
MUNICH = "Jane Doe Leopoldstr. 1 MUENCHEN, 80802 Germany"


def _export(root: Path, times_and_addresses: list[tuple[str, str]]) -> Path:
    rows = [["Amazon.com", f"111-{i:07d}-0000001", when, "Not Applicable", "USD", "20.00", "0", "0", "0", "20.00",
             "20.00", "0", f"B0H{i:07d}", "New", "1", "Visa - 0001", "Closed", "Shipped", when, "std", address,
             address, "UPS(1)", f"Notebook no. {i}", "Not Available", "Not Available", "Not Available"]
            for i, (when, address) in enumerate(times_and_addresses)]
    write_retail_orders(root, HEADER, rows)
    return root


def _findings(export: Path) -> dict[str, dict]:
    result = CliRunner().invoke(app, ["report", "-f", "json", str(export)])
    assert result.exit_code == 0, result.stderr
    return {f["id"]: f for f in json.loads(result.stdout)["findings"]}


def _orders(n_evening: int, n_night: int, address: str = SPRINGFIELD) -> list[tuple[str, str]]:
    # 23:30 UTC in July is 18:30 CDT; 05:30 UTC is 00:30 CDT
    evening = [(f"2023-07-{d:02d}T23:30:00Z", address) for d in range(1, n_evening + 1)]
    night = [(f"2023-08-{d:02d}T05:30:00Z", address) for d in range(1, n_night + 1)]
    return evening + night


def test_an_amazon_only_export_is_read_on_its_homes_clock(tmp_path: Path) -> None:
    found = _findings(_export(tmp_path / "export", _orders(8, 3)))
    assert found["timezone"]["confidence"] == "insufficient"  # the activity's own clock: too little of it
    assert found["home"]["value"]["city"] == "Springfield"
    impulse = found["impulse_buying"]
    assert impulse["value"]["zone"] == "America/Chicago"
    assert impulse["value"]["late_night_items"] == 3  # the 00:30 CDT orders, not the 18:30 ones
    assert any("America/Chicago time, the clock of your home (Springfield, IL, United States)" in c
               for c in impulse["caveats"])
    assert found["spending"]["value"]["years_clock"] == "America/Chicago"


def test_a_home_whose_orders_also_go_elsewhere_keeps_utc(tmp_path: Path) -> None:
    orders = _orders(6, 0) + [(f"2023-09-{d:02d}T07:00:00Z", MUNICH) for d in range(1, 4)]
    found = _findings(_export(tmp_path / "export", orders))
    assert found["impulse_buying"]["value"]["zone"] == "UTC"
    assert "no time zone was found" in found["impulse_buying"]["summary"]


def _ctx(value: dict, confidence: Confidence = Confidence.HIGH) -> Context:
    ctx = Context(include_sensitive=False, aggregators={})
    ctx.findings["home"] = Finding(id="home", title="Home", value=value, confidence=confidence,
                                   confidence_basis="", summary="", method="")
    return ctx


def test_the_homes_zone_by_town_state_and_country() -> None:
    one = {"basis": "login IPs", "share": 0.9}
    assert home_zone(_ctx({**one, "country": "US", "region": "TX", "city": "Paris"})) == "America/Chicago"
    assert home_zone(_ctx({**one, "country": "DE", "region": None, "city": None})) == "Europe/Berlin"
    assert home_zone(_ctx({**one, "country": "US", "region": None, "city": None})) is None  # many zones
    assert home_zone(_ctx({**one, "country": "DE"}, Confidence.LOW)) is None
    assert home_zone(_ctx({"basis": "login IPs", "share": 0.6, "country": "DE"})) is None


def test_a_home_that_moved_gives_no_clock() -> None:
    """T26C M1: an Amazon-only home that moved New York → Los Angeles read the New York years on LA's clock."""
    shipped = {"basis": "shipping addresses", "country": "US", "region": "CA", "city": "Los Angeles",
               "shipping": {"recent_share": 1.0, "second": None,
                            "earlier": {"country": "US", "region": "NY", "city": "New York"}}}
    assert home_zone(_ctx(shipped)) is None
    assert home_zone(_ctx({**shipped, "shipping": {**shipped["shipping"], "earlier": None}})) == "America/Los_Angeles"
    logins = {"basis": "login IPs", "share": 0.95, "country": "DE", "moved": {"from": "FR", "to": "DE"}}
    assert home_zone(_ctx(logins)) is None
