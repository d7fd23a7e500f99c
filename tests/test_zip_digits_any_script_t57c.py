"""US ZIP codes typed in full-width or Arabic-Indic digits (tester T57C 1, on POST59).

POST59's postcode check runs on every US address, and ``gazetteer.us_zip_place`` hands the ZIP to the ``zipcodes``
package, whose Rust core panicked on a byte index inside a full-width digit ("Houston TX ７７００２": a
pyo3 PanicException, a BaseException, so ``dataexam report`` died with a 350-line backtrace holding the ZIP).
Every decimal digit is now read as its ASCII digit first (``gazetteer.ascii_digits``): the ZIP is that ZIP."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dataexam.inference.gazetteer import ascii_digits, us_zip_near_town, us_zip_place

#: 77002 (Houston, TX) in ASCII, full-width, Arabic-Indic, Extended Arabic-Indic (Persian), Devanagari digits
FORMS = ["77002", "７７００２", "٧٧٠٠٢", "۷۷۰۰۲", "७७००२"]


@pytest.mark.parametrize("zip_code", FORMS)
def test_a_zip_in_any_script_s_digits_is_that_zip(zip_code: str) -> None:
    assert ascii_digits(zip_code) == "77002"
    found = us_zip_place(zip_code)
    assert found is not None and found[0] == "TX" and "houston" in found[1]
    assert us_zip_place(zip_code + "-1234") == found
    assert us_zip_near_town(zip_code, "Houston") == "TX"


@pytest.mark.parametrize("text", ["７７", "7700٢x", "ab", "", "77002 ", "７７００２３"])
def test_no_panic_on_anything_else(text: str) -> None:
    us_zip_place(text)  # no exception (a PanicException is a BaseException: pytest would report it)
    us_zip_near_town(text, "Houston")


def test_report_on_a_full_width_zip_reads_the_town(tmp_path: Path) -> None:
    export = tmp_path / "in" / "Retail.OrderHistory.1"
    export.mkdir(parents=True)
    columns = ["Website", "Order ID", "Order Date", "Currency", "Unit Price", "Total Owed", "ASIN", "Quantity",
               "Order Status", "Shipment Status", "Ship Date", "Shipping Address", "Billing Address", "Product Name"]
    address = '"Sam Roe 1 Main St Houston TX ７７００２ United States"'
    rows = [",".join(["Amazon.com", f"111-{i:07d}-0000000", f"2023-0{1 + i % 9}-1{i % 9}T15:0{i % 6}:00Z", "USD",
                      "9.99", "10.79", f"B000000{i:03d}", "1", "Closed", "Shipped",
                      f"2023-0{1 + i % 9}-2{i % 9}T10:00:00Z", address, address, f"Thing {i}"]) + "\n"
            for i in range(12)]
    head = ",".join(columns) + "\n"
    (export / "Retail.OrderHistory.1.csv").write_text(head + "".join(rows), encoding="utf-8")
    out = tmp_path / "r.txt"
    run = subprocess.run([sys.executable, "-m", "dataexam", "report", str(tmp_path / "in"), "-q", "-o", str(out)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Panic" not in run.stderr and "Traceback" not in run.stderr
    assert "Houston, TX, United States" in out.read_text(encoding="utf-8")
