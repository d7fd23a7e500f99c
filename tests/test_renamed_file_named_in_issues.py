"""A single export file sent renamed is named by its own name in every issue (T35 M8).

A renamed order history (``my-orders.csv``) is read as ``Retail.OrderHistory.1.csv`` (its first bytes say so,
``discover.renamed_export_name``), but an issue named that internal name — a file the user never gave:
"Retail.OrderHistory.1.csv: bad-date". Now "my-orders.csv (read as Retail.OrderHistory.1.csv): bad-date". Invented
values.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import api
from dataexam.archive import open_input
from dataexam.cli import app
from dataexam.events import ParseIssue

HEADER = ("Website,Order ID,Order Date,Purchase Order Number,Currency,Unit Price,Unit Price Tax,Shipping Charge,"
          "Total Discounts,Total Owed,Shipment Item Subtotal,Shipment Item Subtotal Tax,ASIN,Product Condition,"
          "Quantity,Payment Instrument Type,Order Status,Shipment Status,Ship Date,Shipping Option,Shipping Address,"
          "Billing Address,Carrier Name & Tracking Number,Product Name,Gift Message,Gift Sender Name,"
          "Gift Recipient Contact Details")
ROW = ("Amazon.de,302-1234567-1234567,{date},Not Applicable,EUR,12.99,2.07,0,0,12.99,12.99,2.07,B00TEST001,New,1,"
       "Visa - 1234,Closed,Shipped,2023-05-02T10:00:00Z,std-de,Street 5 Town,Street 5 Town,DHL(123),A kettle,"
       "Not Available,Not Available,Not Available")


@pytest.fixture
def renamed(tmp_path: Path) -> Path:
    path = tmp_path / "my-orders.csv"
    path.write_text("\n".join([HEADER, ROW.format(date="01/05/2023 garbage"), ROW.format(date="2023-05-01T10:00:00Z")])
                    + "\n", encoding="utf-8")
    return path


def test_a_renamed_files_issue_names_the_file_given(renamed: Path) -> None:
    archive = open_input(renamed)
    assert archive.members()[0].path == "Retail.OrderHistory.1.csv"  # still read as the service's file
    assert archive.members()[0].shown == "my-orders.csv (read as Retail.OrderHistory.1.csv)"
    exports = api.open_exports([renamed])
    try:
        issues = [i for i in api.iter_events(exports) if isinstance(i, ParseIssue)]
    finally:
        api.close_exports(exports)
    assert [(i.member, i.code) for i in issues] == [("my-orders.csv (read as Retail.OrderHistory.1.csv)", "bad-date")]


def test_scan_names_the_file_given(renamed: Path) -> None:
    result = CliRunner().invoke(app, ["scan", str(renamed)])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    assert "my-orders.csv (read as Retail.OrderHistory.1.csv): bad-date" in flat
    assert "Retail.OrderHistory.1.csv: bad-date" not in flat.replace("(read as Retail.OrderHistory.1.csv): bad", "")


def test_a_file_under_its_own_name_is_named_as_before(tmp_path: Path) -> None:
    path = tmp_path / "Retail.OrderHistory.1.csv"
    path.write_text(HEADER + "\n" + ROW.format(date="2023-05-01T10:00:00Z") + "\n", encoding="utf-8")
    assert open_input(path).members()[0].shown is None
