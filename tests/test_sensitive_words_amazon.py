"""Amazon purchases and audiences of a special category whose words the gate missed (the twenty-sixth pass's
first tester, T26A H2): disability and continence aids and pregnancy audiences named without "pregnan" are health
(GDPR Art. 4(15), Art. 9(1)); a tefillin set or a puja thali tells a religion. Legacy Request-Your-Data shapes of
formats.md §3.1–3.2 (`Retail.OrderHistory.1.csv`, `Advertising.AmazonAudiences.csv`), invented values."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam.categories import categorise, declared_categories
from dataexam.cli import app
from helpers import write_retail_orders

HEADER = ["Website", "Order ID", "Order Date", "Purchase Order Number", "Currency", "Unit Price", "Unit Price Tax",
          "Shipping Charge", "Total Discounts", "Total Owed", "Shipment Item Subtotal", "Shipment Item Subtotal Tax",
          "ASIN", "Product Condition", "Quantity", "Payment Instrument Type", "Order Status", "Shipment Status",
          "Ship Date", "Shipping Option", "Shipping Address", "Billing Address", "Carrier Name & Tracking Number",
          "Product Name", "Gift Message", "Gift Sender Name", "Gift Recipient Contact Details"]
HOME = "Jane Doe 12 Elm Street SPRINGFIELD, IL 62701 United States"
SPECIAL_ITEMS = {"Folding wheelchair, lightweight": "sensitive:health",
                 "Adult incontinence pads, 40 count": "sensitive:health",
                 "Forearm crutches, pair": "sensitive:health", "Tefillin set with bag": "sensitive:religion",
                 "Brass puja thali set": "sensitive:religion"}
SPECIAL_AUDIENCES = ("Expectant mothers", "Moms-to-be", "Expecting parents", "Mobility aids shoppers",
                     "Incontinence care")


@pytest.mark.parametrize(("text", "category"), sorted(SPECIAL_ITEMS.items()))
def test_the_testers_purchases_are_special(text: str, category: str) -> None:
    assert categorise(text) == [category]


@pytest.mark.parametrize("name", SPECIAL_AUDIENCES)
def test_the_testers_audiences_are_health(name: str) -> None:
    assert declared_categories(name) == ["sensitive:health"]


@pytest.mark.parametrize("text", ["Johnnie Walker Black Label", "Candy cane set", "Dog walker harness",
                                  "Notebook, A5 dotted", "Runners"])
def test_everyday_words_near_them_stay_everyday(text: str) -> None:
    assert not [c for c in categorise(text) if c.startswith("sensitive:")]


def _export(root: Path) -> Path:
    names = [*SPECIAL_ITEMS, "Notebook, A5 dotted"]
    rows = [["Amazon.com", f"111-00000{i:02d}-0000001", f"2024-0{i + 1}-05T15:00:00Z", "Not Applicable", "USD",
             "20.00", "0", "0", "0", "20.00", "20.00", "0", f"B0G00000{i:02d}", "New", "1", "Visa - 0001", "Closed",
             "Shipped", f"2024-0{i + 1}-06T15:00:00Z", "std", HOME, HOME, "UPS(1)", n, "Not Available",
             "Not Available", "Not Available"] for i, n in enumerate(names)]
    write_retail_orders(root, HEADER, rows)
    (root / "Advertising.1").mkdir()
    audiences = ["Amazon Audiences in which you are included", *SPECIAL_AUDIENCES, "Runners"]
    (root / "Advertising.1" / "Advertising.AmazonAudiences.csv").write_text(
        "".join(f'"{a}"\r\n' for a in audiences), encoding="utf-8-sig")
    return root


@pytest.mark.parametrize("fmt", ["json", "text", "markdown"])
def test_no_special_purchase_or_audience_is_named_by_default(tmp_path: Path, fmt: str) -> None:
    export = _export(tmp_path / "export")
    result = CliRunner().invoke(app, ["report", "--no-pager", "-f", fmt, "--detail", "full", str(export)])
    assert result.exit_code == 0, result.stderr
    for name in [*SPECIAL_ITEMS, *SPECIAL_AUDIENCES]:
        assert name.split(",")[0] not in result.stdout, name
    assert "Runners" in result.stdout  # the everyday audience is still listed


def test_with_the_flag_they_are_named(tmp_path: Path) -> None:
    export = _export(tmp_path / "export")
    result = CliRunner().invoke(app, ["report", "-f", "json", "--detail", "full", "--include-sensitive",
                                      str(export)])
    assert result.exit_code == 0, result.stderr
    assert "Tefillin set with bag" in result.stdout and "Moms-to-be" in result.stdout
