"""The 2025 "All Data Categories" download's files and the legacy search rows (T28A L1, L3–L5; values invented,
shapes from hudi-packages-connectors' mock of a real amazon.it Search-Data file and phdb's Amazon adapter).

- `Country ID` of a search row (35691 on amazon.it rows, 331051 on Prime Video rows) is a store number, not a
  country: `marketplace_id`; rows of Search Type `br` (a category page, empty Keywords) are `amazon.browse`, no
  search;
- Audible's 2025 `Audible.AudibleLibraryItemFactoryService/…/Library.csv` was an `unhandled-file`: its titles are
  read (undated);
- `Kindle.UnifiedLibraryIndex.CustomerOrders.csv` was ignored "as read from Digital.Content.Ownership", which a 2025
  download lacks: read where no Ownership file is, never beside one;
- `Retail.CustomerReviews.ReviewsVersions1.csv` was ignored ("columns unknown"): the person's reviews.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from dataexam import api
from dataexam.categories import WITHHELD_EXCERPT
from dataexam.events import Event
from dataexam.inference.model import EvidenceItem
from dataexam.inference.sensitive import gate_item, special_record

_SEARCH_HEADER = ["First Search Time (GMT)", "Country ID", "All Department (APS) or Category", "Site Variant",
                  "Device Model", "Search Type (Keyword,Visual,Browse)", "Session ID", "Query ID",
                  "First Search Query String", "Operating System Name", "Customer IP", "Keywords",
                  "First Browse Node", "Number of Items Ordered"]


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL).writerows(rows)
    return out.getvalue()


def _run(root: Path) -> tuple[list[Event], list[str]]:
    stats = api.RunStats()
    events = list(api.timeline([root], stats=stats))
    return events, [str(i) for i in stats.issues]


def _search_export(tmp_path: Path) -> Path:
    root = tmp_path / "amazon-it" / "Search-Data"
    root.mkdir(parents=True)
    rows = [_SEARCH_HEADER,
            ["2021-11-11 17:32:32", "35691", "aps", "PC Browser", "Not Available", "kw", "260-1", "1570000001",
             "field-keywords=disco ssd&url=search-alias=aps", "Windows", "93.40.0.1", "disco ssd", "", "0"],
            ["2019-07-24 15:17:06", "35691", "computers", "PC Browser", "Not Available", "br", "260-1", "1570000002",
             "rh=n:460158031,p_n_feature_keywords_three_browse-bin:5870343031", "Windows", "93.40.0.2", "", "", "0"],
            ["2020-10-30 01:40:56", "35691", "computers", "Mobile Browser", "Xiaomi Mi A1", "br", "260-2",
             "1570000003", "rh=n:460159031", "Android", "93.40.0.3", "", "460159031", "0"],
            ["2020-02-27 15:52:06", "331051", "instant-video", "", "Not Available", "kw", "260-3", "1570000004",
             "keywords=invented show&search-alias=instant-video", "", "93.40.0.4", "invented show", "", "0"]]
    (root / "Search-Data.Customer-Engagement.csv").write_text(_csv(rows), encoding="utf-8")
    return root.parent


def test_browse_rows_are_their_own_kind_and_country_id_is_a_marketplace(tmp_path: Path) -> None:
    events, issues = _run(_search_export(tmp_path))
    assert issues == []
    searches = sorted((e for e in events if e.kind == "amazon.search"), key=lambda e: e.time)
    browses = sorted((e for e in events if e.kind == "amazon.browse"), key=lambda e: e.time)
    assert [e.text for e in searches] == ["invented show", "disco ssd"]  # no search without words
    assert [(e.attrs["marketplace_id"], e.attrs["marketplace_country"]) for e in searches] == [
        ("331051", None), ("35691", None)]
    assert all("country" not in e.attrs for e in searches + browses)
    assert [(b.text, b.attrs["department"], b.attrs["browse_node"], b.attrs["search_type"], b.attrs["ip"],
             b.attrs["os"], b.attrs["marketplace_id"]) for b in browses] == [
        (None, "computers", "460158031", "br", "93.40.0.2", "Windows", "35691"),
        (None, "computers", "460159031", "br", "93.40.0.3", "Android", "35691")]
    assert [b.time.isoformat() for b in browses if b.time] == ["2019-07-24T15:17:06+00:00",
                                                                "2020-10-30T01:40:56+00:00"]
    assert "query" not in browses[0].attrs


def test_browse_rows_are_no_search_in_the_interests_finding(tmp_path: Path) -> None:
    from dataexam.inference.interests import SIGNALS  # the kinds the interests finding reads, as what
    assert "amazon.browse" not in SIGNALS
    from dataexam.inference.engine import ACTIVITY_KINDS
    # a browse is still a visit at that time: the clock counts it, as it did when it was read as a search
    assert "amazon.browse" in ACTIVITY_KINDS


def _all_data_zip(tmp_path: Path, files: dict[str, str]) -> Path:
    path = tmp_path / "All Data Categories.zip"
    order_header = ["Website", "Order ID", "Order Date", "Currency", "Unit Price", "Total Amount", "ASIN",
                    "Original Quantity", "Product Name"]
    files = {"Your Amazon Orders/Order History.csv": _csv([order_header, [
        "Amazon.com", "112-0000001-0000001", "2025-03-01T18:20:11.123Z", "USD", "19.99", "21.98", "B0INV00001", "1",
        "Invented lamp"]]), **files}
    with zipfile.ZipFile(path, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return path


AUDIBLE = "Additional Data/Audible.AudibleLibraryItemFactoryService/datasets/Library/Library.csv"
KINDLE = ("Additional Data/Kindle.UnifiedLibraryIndex/datasets/Kindle.UnifiedLibraryIndex.CustomerOrders/"
          "Kindle.UnifiedLibraryIndex.CustomerOrders.csv")
OWNERSHIP = "Additional Data/Digital.Content.Ownership/Digital.Content.Ownership.1.json"
REVIEWS = ("Additional Data/Retail.CustomerReviews/datasets/Retail.CustomerReviews.ReviewsVersions1/"
           "Retail.CustomerReviews.ReviewsVersions1.csv")


def test_audible_2025_library_titles_are_read_undated(tmp_path: Path) -> None:
    path = _all_data_zip(tmp_path, {AUDIBLE: _csv([
        ["title_in_english", "length_in_minutes", "available_in_library"],
        ["An Invented Book", "620", "true"], ["Another Invented Book", "95", "false"]])})
    events, issues = _run(path)
    assert issues == []
    titles = sorted((e for e in events if e.kind == "amazon.audible_library"), key=lambda e: e.text or "")
    assert [(e.text, e.attrs["length_minutes"], e.attrs["available"], e.time) for e in titles] == [
        ("An Invented Book", 620, True, None), ("Another Invented Book", 95, False, None)]
    assert len({e.key for e in titles}) == 2


def test_kindle_customer_orders_read_where_no_ownership_file(tmp_path: Path) -> None:
    path = _all_data_zip(tmp_path, {KINDLE: _csv([
        ["Order ID", "ASIN", "Product Name", "Order Type"],
        ["D01-0000001-0000001", "B0KINDLE9", "Invented Novel", "Purchase"],
        ["D01-0000002-0000002", "B0KINDLE8", "Invented Sample", "Sample"]])})
    events, issues = _run(path)
    assert issues == []
    books = sorted((e for e in events if e.kind == "amazon.kindle_library"), key=lambda e: e.text or "")
    assert [(e.text, e.attrs["asin"], e.attrs["order_id"], e.attrs["order_type"], e.time) for e in books] == [
        ("Invented Novel", "B0KINDLE9", "D01-0000001-0000001", "Purchase", None),
        ("Invented Sample", "B0KINDLE8", "D01-0000002-0000002", "Sample", None)]


def test_kindle_customer_orders_not_read_beside_ownership(tmp_path: Path) -> None:
    ownership = ('{"rights": [{"rightType": "Purchase", "rightStatus": "Active", "acquiredDate": '
                 '"2024-02-01T10:00:00Z", "origin": {"originType": "Purchase"}}], "resource": {"resourceType": '
                 '"KindleEBook", "ASIN": "B0KINDLE9", "Product Name": "Invented Novel"}}')
    path = _all_data_zip(tmp_path, {OWNERSHIP: ownership, KINDLE: _csv([
        ["Order ID", "ASIN", "Product Name", "Order Type"],
        ["D01-0000001-0000001", "B0KINDLE9", "Invented Novel", "Purchase"]])})
    events, issues = _run(path)
    assert issues == []
    books = [e for e in events if e.kind == "amazon.kindle_library"]
    assert [(e.text, e.attrs["origin_type"], e.time.isoformat() if e.time else None) for e in books] == [
        ("Invented Novel", "Purchase", "2024-02-01T10:00:00+00:00")]


def test_reviews_are_read_with_their_words_behind_the_sensitive_gate(tmp_path: Path) -> None:
    path = _all_data_zip(tmp_path, {REVIEWS: _csv([
        ["ASIN", "ProductName", "StarRating", "SubmissionDate", "Title", "Body"],
        ["B0INV00001", "Invented lamp", "2", "2025-03-20T08:00:00Z", "Broke fast", "It broke after a week."],
        ["B0INV00002", "Invented pill organiser", "5", "2025-04-02T19:30:00Z", "Great for my meds",
         "I keep my antidepressant doses straight with it."]])})
    events, issues = _run(path)
    assert issues == []
    reviews = sorted((e for e in events if e.kind == "amazon.review"), key=lambda e: e.time)
    assert [(e.text, e.attrs["asin"], e.attrs["product"], e.attrs["rating"], e.attrs["title"], e.actor,
             e.time.isoformat() if e.time else None) for e in reviews] == [
        ("Broke fast\nIt broke after a week.", "B0INV00001", "Invented lamp", 2, "Broke fast", "self",
         "2025-03-20T08:00:00+00:00"),
        ("Great for my meds\nI keep my antidepressant doses straight with it.", "B0INV00002",
         "Invented pill organiser", 5, "Great for my meds", "self", "2025-04-02T19:30:00+00:00")]
    assert [special_record(e) for e in reviews] == [False, True]
    assert gate_item(EvidenceItem.of(reviews[1])).excerpt == WITHHELD_EXCERPT
    assert gate_item(EvidenceItem.of(reviews[0])).excerpt == "Broke fast It broke after a week."


def test_all_data_2025_files_are_read_or_ignored_with_a_reason(tmp_path: Path) -> None:
    path = _all_data_zip(tmp_path, {
        AUDIBLE: _csv([["title_in_english", "length_in_minutes", "available_in_library"], ["A", "1", "true"]]),
        KINDLE: _csv([["Order ID", "ASIN", "Product Name", "Order Type"], ["D01-1", "B0K", "K", "Purchase"]]),
        REVIEWS: _csv([["ASIN", "ProductName", "StarRating", "SubmissionDate", "Title", "Body"],
                       ["B0R", "R", "4", "2025-03-20T08:00:00Z", "T", "B"]]),
        "Additional Data/Retail.TransactionalInvoicing.2.1/1.pdf": "%PDF-1.4 invented"})
    events, issues = _run(path)
    assert issues == []
    assert sorted(e.kind for e in events) == ["amazon.audible_library", "amazon.kindle_library",
                                              "amazon.order_item", "amazon.review"]
