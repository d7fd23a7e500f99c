"""dataexam.csvstream: encodings, header names, sentinels, money, dates, and faults as data."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dataexam.csvstream import (
    SNIFF_BYTES,
    CsvProblem,
    CsvReader,
    CsvRow,
    Money,
    clean_value,
    money_text,
    normalise_header,
    parse_bool,
    parse_date,
    parse_money,
    read_rows,
    sniff_delimiter,
    sniff_encoding,
)
from dataexam.events import TimeSource


def read(data: bytes, **options) -> tuple[list[CsvRow], list[CsvProblem]]:
    rows, problems = [], []
    for item in read_rows(io.BytesIO(data), **options):
        (rows if isinstance(item, CsvRow) else problems).append(item)
    return rows, problems


# -- header names and values -----------------------------------------------------------------------
def test_bom_before_quoted_header_and_lookup_by_any_spelling() -> None:
    data = '\ufeff"Website","Order ID","Total Owed"\r\n"Amazon.com","114-1","12.89"\r\n'.encode()
    rows, problems = read(data)
    assert problems == []
    [row] = rows
    assert row.get("Website") == row.get("website") == row.get("  WEBSITE ") == "Amazon.com"
    assert row.get("order id") == "114-1"
    assert row.get("Missing Column", "Order ID") == "114-1"  # first present name wins
    assert row.get("Missing Column") is None and not row.has("Missing Column")
    assert row.as_dict() == {"website": "Amazon.com", "order id": "114-1", "total owed": "12.89"}


@pytest.mark.parametrize(("raw", "name"), [
    ('\ufeff"Website"', "website"), ("ï»¿Website", "website"), ('  "Order  ID" ', "order id"),
    ("First Search Time (GMT)", "first search time (gmt)"),
])
def test_normalise_header(raw: str, name: str) -> None:
    assert normalise_header(raw) == name


def test_columns_mapped_by_name_not_position() -> None:
    legacy = b'"Order ID","ASIN","Total Owed"\r\n"1","B1","2.00"\r\n'
    new = b"Total Amount,Order ID,ASIN\r\n2.00,1,B1\r\n"
    [a], _ = read(legacy)
    [b], _ = read(new)
    assert (a.get("ASIN"), a.money("Total Owed", "Total Amount")) == (b.get("ASIN"), b.money("Total Owed",
                                                                                          "Total Amount"))


@pytest.mark.parametrize("sentinel", ["Not Available", "not applicable", "N/A", "", "   ", "NOT AVAILABLE "])
def test_sentinels_are_none(sentinel: str) -> None:
    assert clean_value(sentinel) is None
    assert parse_money(sentinel) is None
    assert parse_date(sentinel) == (None, TimeSource.NONE)


def test_sentinels_in_numeric_columns() -> None:
    [row], problems = read(b'"Unit Price","Quantity","Tax"\r\n"Not Available","Not Applicable","N/A"\r\n')
    assert problems == []
    assert row.money("Unit Price") is None and row.integer("Quantity") is None and row.decimal("Tax") is None


@pytest.mark.parametrize(("text", "flag"), [("Yes", True), ("N", False), ("1", True), ("false", False),
                                             ("maybe", None), ("Not Available", None)])
def test_parse_bool(text: str, flag: bool | None) -> None:
    assert parse_bool(text) is flag


# -- money -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "currency", "expected"), [
    ("12.89", None, Money(Decimal("12.89"), None)),
    ("'-0.68'", "USD", Money(Decimal("-0.68"), "USD")),  # apostrophe-wrapped negative discount
    ("$6.29 ", "USD", Money(Decimal("6.29"), "USD")),  # old report: symbol and trailing space
    ("$6.29 ", None, Money(Decimal("6.29"), None)),  # a bare $ alone does not say which dollar
    ("$1,249.00", "USD", Money(Decimal("1249.00"), "USD")),
    ("-$1.00", None, Money(Decimal("-1.00"), None)),
    ("($3.50)", None, Money(Decimal("-3.50"), None)),
    ("€12,99", None, Money(Decimal("12.99"), "EUR")),
    ("12,99 €", None, Money(Decimal("12.99"), "EUR")),
    ("EUR 1.234,56", None, Money(Decimal("1234.56"), "EUR")),
    ("1 234,56 EUR", None, Money(Decimal("1234.56"), "EUR")),
    ("£3", None, Money(Decimal("3"), "GBP")),
    ("₹1,499", None, Money(Decimal("1499"), "INR")),
    ("CA$20.00", "USD", Money(Decimal("20.00"), "CAD")),  # the text's own currency wins
    ("1,234", None, Money(Decimal("1234"), None)),
    ("0", "EUR", Money(Decimal("0"), "EUR")),
])
def test_parse_money(text: str, currency: str | None, expected: Money) -> None:
    result = parse_money(text, currency)
    assert result == expected
    assert result is not None and isinstance(result.amount, Decimal)


@pytest.mark.parametrize("text", ["twelve", "$", "12.3.4.5x", "1e5"])
def test_parse_money_rejects_non_amounts_without_quoting_them(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_money(text)
    assert text not in str(info.value)


@pytest.mark.parametrize(("amount", "text"), [
    (Decimal("12.9"), "12.90"), (Decimal("12"), "12.00"), (Decimal("0.125"), "0.125"),
    (Decimal("-0.68"), "-0.68"), (Decimal("-0"), "0.00"), (Decimal("1249.00"), "1249.00"),
])
def test_money_text(amount: Decimal, text: str) -> None:
    assert money_text(amount) == text


def test_totals_are_exact() -> None:
    rows, _ = read(b"Total\r\n" + b"0.10\r\n" * 30)
    assert sum((r.decimal("Total") for r in rows), Decimal(0)) == Decimal("3.00")


# -- dates -----------------------------------------------------------------------------------------
def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(("text", "when", "source"), [
    ("2023-05-31T13:00:59.799Z", _utc(2023, 5, 31, 13, 0, 59, 799000), TimeSource.UTC),
    ("2023-05-31T13:00:59Z", _utc(2023, 5, 31, 13, 0, 59), TimeSource.UTC),
    ("09/14/2020 19:01:28 UTC", _utc(2020, 9, 14, 19, 1, 28), TimeSource.UTC),
    ("09/14/2020 19:01:28", _utc(2020, 9, 14, 19, 1, 28), TimeSource.ASSUMED_UTC),
    ("04/10/2023 21:03", _utc(2023, 4, 10, 21, 3), TimeSource.ASSUMED_UTC),
    ("6/5/23 4:05:06 PM PDT", _utc(2023, 6, 5, 23, 5, 6), TimeSource.LOCAL_CONVERTED),
    ("Sat, 19 Sep 2020 10:00:00 GMT", _utc(2020, 9, 19, 10), TimeSource.UTC),
    ("Wed Jun 07 10:00:00 PDT 2023", _utc(2023, 6, 7, 17), TimeSource.LOCAL_CONVERTED),
    ("2023-05-29 18:04:50.0", _utc(2023, 5, 29, 18, 4, 50), TimeSource.ASSUMED_UTC),
    ("2021-07-01", _utc(2021, 7, 1), TimeSource.DATE_ONLY),
    ("12-Jan-2022", _utc(2022, 1, 12), TimeSource.DATE_ONLY),
    ("7/8/2022", _utc(2022, 7, 8), TimeSource.DATE_ONLY),
    ("10/01/22", _utc(2022, 10, 1), TimeSource.DATE_ONLY),
])
def test_parse_date_amazon_formats(text: str, when: datetime, source: TimeSource) -> None:
    assert parse_date(text) == (when, source)


def test_day_first_format_list_for_the_italian_seller_feedback() -> None:
    from dataexam.csvstream import DATE_FORMATS

    assert parse_date("03/01/2023 18:05", DATE_FORMATS["dayfirst"])[0] == _utc(2023, 1, 3, 18, 5)
    assert parse_date("03/01/2023 18:05", DATE_FORMATS["us_datetime"])[0] == _utc(2023, 3, 1, 18, 5)


def test_unparseable_date_gives_no_time() -> None:
    assert parse_date("sometime in May") == (None, TimeSource.NONE)


# -- layout: multi-line fields, escapes, footers, documentation rows --------------------------------
def test_multiline_quoted_fields_escapes_and_line_numbers() -> None:
    data = (b'"Order ID","Shipping Address","Product Name"\r\n'
            b'"1","Jane Example\n12 Sample Street\nSPRINGFIELD, IL 62704","Novel ""Harbour"""\r\n'
            b'"2","Max\nBerlin","Plain"\r\n')
    rows, problems = read(data)
    assert problems == []
    assert [r.index for r in rows] == [0, 1]
    assert [r.line for r in rows] == [2, 5]
    assert rows[0].get("Shipping Address") == "Jane Example\n12 Sample Street\nSPRINGFIELD, IL 62704"
    assert rows[0].get("Product Name") == 'Novel "Harbour"'


def test_footer_block_ends_the_records() -> None:
    data = (b'"Sent Time","Channel"\r\n"2023-06-01T01:20:00Z","EMAIL"\r\n\r\n'
            b'"File Summary:"\r\n"Total Rows","1"\r\n"Generated","2023-07-01"\r\n')
    reader = CsvReader(io.BytesIO(data))
    items = list(reader)
    assert [i.get("Channel") for i in items if isinstance(i, CsvRow)] == ["EMAIL"]
    assert not [i for i in items if isinstance(i, CsvProblem)]
    assert reader.footer_line == 4


def test_documentation_row_detected_and_skipped() -> None:
    data = (b'"RegistrationDate","DeviceName","ASIN"\r\n'
            b'"Date the button was registered","Name you gave the button","Product the button reorders"\r\n'
            b'"2018-03-04T10:00:00Z","Kitchen button","B0TESTCOFF"\r\n')
    rows, problems = read(data)
    assert problems == [] and [r.get("DeviceName") for r in rows] == ["Kitchen button"]
    assert rows[0].index == 0 and rows[0].line == 3
    # forced off, the same row is data
    rows, _ = read(data, documentation_row=False)
    assert len(rows) == 2
    # digits inside a describing sentence do not hide it
    with_digits = data.replace(b'"Date the button was registered"', b'"ISO 8601 time the button was registered"')
    rows, _ = read(with_digits)
    assert [r.get("DeviceName") for r in rows] == ["Kitchen button"]


def test_real_first_rows_are_not_mistaken_for_documentation() -> None:
    data = b"Title,Category\r\nThe Quiet Harbour,Books and more\r\nSecond,Row\r\n"
    rows, _ = read(data)
    assert len(rows) == 1  # prose-only first row: taken as documentation (the heuristic's price) …
    rows, _ = read(b"Order ID,Title\r\n114-1,A Short History of Tides\r\n")
    assert len(rows) == 1  # … but a row with any digit never is
    rows, _ = read(b"Audience\r\nYoga Enthusiasts\r\n")
    assert len(rows) == 1  # nor a one-column file


def test_blank_lines_and_repeated_header_skipped() -> None:
    rows, problems = read(b"A,B\r\n1,2\r\n\r\n,\r\nA,B\r\n3,4\r\n")
    assert problems == []
    assert [r.get("A") for r in rows] == ["1", "3"]


def test_empty_and_header_only_files() -> None:
    assert read(b"") == ([], [CsvProblem("empty-file", "file has no header row", 0)])
    assert read(b"\xef\xbb\xbf\"A\",\"B\"\r\n") == ([], [])


# -- faults become problems, never crashes --------------------------------------------------------
def test_ragged_rows_reported_and_skipped() -> None:
    rows, problems = read(b"A,B,C\r\n1,2,3\r\n4,5\r\n6,7,8,9\r\n10,11,12,\r\n13,14,15\r\n")
    assert [r.get("A") for r in rows] == ["1", "10", "13"]  # a trailing empty cell is harmless
    assert [(p.code, p.line) for p in problems] == [("ragged-row", 3), ("ragged-row", 4)]
    assert problems[0].message == "row has 2 fields, the header has 3; row skipped"
    assert [r.index for r in rows] == [0, 3, 4]  # indices count the skipped rows, so origins stay true


def test_a_quote_left_open_loses_only_its_own_row() -> None:
    # T28B L7: ',"unterminated' at the end of a line made csv read the next line into the same row (54 fields for 27):
    # both orders were lost and the issue said "row skipped". The lines after the broken one are read again.
    rows, problems = read(b'"id","addr","n"\r\n"1","a","x"\r\n"2","b","y","unterminated\r\n"3","c","z"\r\n'
                          b'"4","d","w"\r\n')
    assert [(r.get("id"), r.index, r.line) for r in rows] == [("1", 0, 2), ("3", 2, 4), ("4", 3, 5)]
    assert [(p.code, p.line) for p in problems] == [("ragged-row", 3)]
    assert problems[0].message == ("row has 6 fields, the header has 3: a quote left open on line 3 ran on to line 4; "
                                   "the row of line 3 was skipped, the lines after it were read again")
    # Amazon's addresses span lines inside quotes: the open quote inverts them; read again, they are whole
    rows, problems = read(b'"id","addr","n"\r\n"1","a\nstreet","x"\r\n"2","b","y","unterminated\r\n'
                          b'"3","c\nstreet 2\ncity","z"\r\n"4","d\ne","w"\r\n"5","f","v"\r\n')
    assert [(r.get("id"), r.get("addr"), r.line) for r in rows] == [
        ("1", "a\nstreet", 2), ("3", "c\nstreet 2\ncity", 5), ("4", "d\ne", 8), ("5", "f", 10)]
    assert [(p.code, p.line) for p in problems] == [("ragged-row", 4)]
    assert "ran on to line 7" in problems[0].message


def test_a_ragged_row_over_several_lines_says_which_lines() -> None:
    # fewer fields than the header over two lines (an address's line break without its quotes around): both lines
    rows, problems = read(b'A,B,C\r\n1,2,3\r\n4,"five\nsix"\r\n7,8,9\r\n')
    assert [r.get("A") for r in rows] == ["1", "7"]
    assert [(p.line, p.message) for p in problems] == [(3, "row has 2 fields, the header has 3; lines 3–4 skipped")]


def test_problems_past_the_listed_ones_are_counted() -> None:
    # the twenty-second pass's tester: 80 ragged rows gave 50 problems and 30 rows vanished uncounted
    data = b"A,B\r\n" + b"".join(b"%d,x,extra\r\n" % i for i in range(80)) + b"ok,1\r\n"
    rows, problems = read(data)
    assert [r.get("A") for r in rows] == ["ok"]
    assert [p.code for p in problems] == ["ragged-row"] * 50 + ["more-problems"]
    assert problems[-1].message == "30 more problem(s) in this file are not listed one by one; 30 more row(s) skipped"
    assert read(b"A,B\r\n" + b"1,x,extra\r\n" * 50)[1][-1].code == "ragged-row"  # 50: all listed, no summary


@pytest.mark.parametrize("header,delimiter", [
    ('"Website";"Order ID";"Total Owed"', ";"), ("Website\tOrder ID\tTotal Owed", "\t"),
    ('"Website","Order ID","Total Owed"', ","), ('"Price; incl. VAT","Order ID"', ","), ("Title", ","),
    ("", ",")])
def test_the_delimiter_is_the_header_s(header: str, delimiter: str) -> None:
    assert sniff_delimiter(header) == delimiter


def test_a_file_saved_again_by_a_european_spreadsheet_is_read() -> None:
    # a German or French Excel writes ";" between cells (its decimal mark is the comma): the header was one
    # column and every row ragged or empty
    data = "\ufeffWebsite;Order ID;Total Owed\r\n\r\nAmazon.de;028-1;\"12,99\"\r\nAmazon.de;028-2;5\r\n".encode()
    rows, problems = read(data)
    assert problems == []
    assert [(r.get("Order ID"), r.money("Total Owed")) for r in rows] == [
        ("028-1", Money(Decimal("12.99"), None)), ("028-2", Money(Decimal("5"), None))]
    assert read(b"A;B\r\n1;2\r\n", delimiter=",")[0][0].get("A;B") == "1;2"  # a delimiter given is kept


def test_excel_s_separator_hint_line_names_the_delimiter() -> None:
    # "sep=;" before the header (Excel's hint): the header was read as "sep=" and every row was ragged
    rows, problems = read(b"sep=;\r\nWebsite;Order ID\r\nAmazon.de;028-1\r\n")
    assert problems == [] and [(r.get("Order ID"), r.line) for r in rows] == [("028-1", 3)]


@pytest.mark.parametrize("text,expected", [
    ("02.01.2019 06:39", datetime(2019, 1, 2, 6, 39, tzinfo=UTC)), ("13.01.2019", datetime(2019, 1, 13, tzinfo=UTC)),
    ("2.1.2019 6:39:05", datetime(2019, 1, 2, 6, 39, 5, tzinfo=UTC)), ("02.01.19", datetime(2019, 1, 2, tzinfo=UTC)),
    ("02.01.2019 6:39 PM", datetime(2019, 1, 2, 18, 39, tzinfo=UTC))])
def test_dotted_dates_are_day_first(text: str, expected: datetime) -> None:
    # a German Excel's re-save writes 02.01.2019: it was read as 1 February (68 of 203 orders, no issue)
    assert parse_date(text)[0] == expected


def test_nul_bytes_reported_and_removed() -> None:
    rows, problems = read(b"A,B\r\nab\x00c,2\r\n3,4\r\n")
    assert [p.code for p in problems] == ["nul-byte"]
    assert [r.get("A") for r in rows] == ["abc", "3"]


def test_oversized_field_is_a_problem_and_reading_goes_on() -> None:
    huge = b"x" * (csv.field_size_limit() + 10)
    rows, problems = read(b"A,B\r\n1,2\r\n" + huge + b",3\r\n4,5\r\n")
    assert [p.code for p in problems] == ["bad-csv"]
    assert "x" * 20 not in problems[0].message
    assert (rows[0].get("A"), rows[-1].get("A")) == ("1", "4")


# -- encodings -------------------------------------------------------------------------------------
def test_cp1252_file() -> None:
    data = "Title,Price\r\nCafé crème,€12,50\r\n".replace("€12,50", '"€12,50"').encode("cp1252")
    reader = CsvReader(io.BytesIO(data))
    items = list(reader)
    assert reader.encoding == "cp1252"
    [row] = [i for i in items if isinstance(i, CsvRow)]
    assert row.get("Title") == "Café crème"
    assert row.money("Price") == Money(Decimal("12.50"), "EUR")
    assert not [i for i in items if isinstance(i, CsvProblem)]


def test_stray_cp1252_bytes_after_the_sniff_window_never_raise() -> None:
    filler = b"".join(b"%d,plain ascii row\r\n" % i for i in range(SNIFF_BYTES // 16))
    data = b"N,Text\r\n" + filler + b"99,Caf\xe9\r\n100,after\r\n"
    reader = CsvReader(io.BytesIO(data))
    items = list(reader)
    assert reader.encoding == "utf-8-sig"
    problems = [i for i in items if isinstance(i, CsvProblem)]
    assert [p.code for p in problems] == ["bad-encoding"]
    rows = [i for i in items if isinstance(i, CsvRow)]
    assert rows[-2].get("Text") == "Café" and rows[-1].get("Text") == "after"


def test_multibyte_character_cut_by_the_sniff_window_is_still_utf8() -> None:
    head = b"A\r\n" + b"x" * (SNIFF_BYTES - 4) + "é".encode()  # é straddles the window's end
    assert sniff_encoding(head[:SNIFF_BYTES]) == "utf-8-sig"
    rows, problems = read(head + b"\r\n")
    assert problems == [] and rows[0].get("A").endswith("é")


def test_utf16_file() -> None:
    data = "Title,Price\r\nZürich,5.00\r\n".encode("utf-16")
    rows, problems = read(data)
    assert problems == [] and rows[0].get("Title") == "Zürich"


def test_reader_does_not_close_the_callers_stream() -> None:
    stream = io.BytesIO(b"A\r\n1\r\n")
    list(read_rows(stream))
    assert not stream.closed


# -- property: every way Amazon writes an amount reads back exactly -------------------------------
_cents = st.integers(min_value=-10**9, max_value=10**9).map(lambda c: Decimal(c).scaleb(-2))


def _us(amount: Decimal) -> str:
    return f"{abs(amount):,.2f}"


def _eu(amount: Decimal) -> str:
    return f"{abs(amount):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


@given(_cents)
def test_money_written_any_amazon_way_reads_back_exactly(amount: Decimal) -> None:
    sign = "-" if amount < 0 else ""
    plain = f"{amount:.2f}"
    assert parse_money(plain) == Money(amount, None)
    assert parse_money(f"'{plain}'") == Money(amount, None)  # legacy discounts
    assert parse_money(f"{sign}${_us(amount)} ", "USD") == Money(amount, "USD")  # old report
    assert parse_money(f"{sign}{_eu(amount)} €") == Money(amount, "EUR")
    assert money_text(parse_money(plain).amount) == plain


def test_endless_line_is_skipped_without_holding_it() -> None:
    import io
    import tracemalloc

    from dataexam.csvstream import MAX_LINE_CHARS, CsvProblem, CsvRow, read_rows

    body = b"a,b\n1,2\n" + b"x" * (MAX_LINE_CHARS * 20) + b"\n3,4\n"
    tracemalloc.start()
    items = list(read_rows(io.BytesIO(body)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rows = [list(r.values) for r in items if isinstance(r, CsvRow)]
    problems = [p.code for p in items if isinstance(p, CsvProblem)]
    assert rows == [["1", "2"], ["3", "4"]]
    assert problems == ["line-too-long"]
    assert peak < 8 * MAX_LINE_CHARS  # never the whole 20 MB line
