"""Control characters from an export stay out of the readers' reports (T58D 3, M, old): an ESC sequence, BEL, BS or
CR typed into a contact's name or an Amazon product title reached the text report raw (ESC 4 times in text,
ESC / BEL / BS 4 times each in Markdown, ESC / BEL / BS / CR in HTML) — a name could colour or rewrite the reader's
terminal — and U+2028 broke the text report's line. ``wording.readable_text`` writes each as Python's repr does
(``\\x1b``, as ``outputs.shown`` writes a file's name; tab and line feed stay, the zero-width space is dropped) where
``report.readable`` already dropped the bidi controls (WORD61); the JSON report keeps the data as written."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from test_wording_leftovers_word61 import _renderings

from dataexam.report import readable
from dataexam.wording import readable_text

CASES = Path(__file__).parent / "cases"

#: what no reader's report may hold: C0 but tab / line feed, DEL, C1, zero-width space, the line separators
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029]")

C0 = [chr(c) for c in range(0x20) if c not in (0x09, 0x0A)]
C1 = [chr(c) for c in range(0x7F, 0xA0)]


def _repr_escape(char: str) -> str:
    return repr(char)[1:-1]


@pytest.mark.parametrize("char", C0 + C1 + ["\u2028", "\u2029"])
def test_each_control_is_written_as_repr_writes_it(char: str) -> None:
    # as outputs.shown writes a file's name: visible, inert
    assert readable_text(f"Mia{char} Becker") == f"Mia{_repr_escape(char)} Becker"
    assert not FORBIDDEN.search(readable_text(f"Mia{char} Becker"))


def test_the_zero_width_space_is_dropped() -> None:
    assert readable_text("Mia\u200b Becker") == "Mia Becker"


def test_tab_newline_joiners_and_clean_text_kept() -> None:
    text = "a\tb\nc 👩\u200d💻 می\u200cخواهم Zoë"
    assert readable_text(text) is text
    assert readable_text("\x1b[31mred\x1b[0m \u202ex") == "\\x1b[31mred\\x1b[0m x"


def test_readable_cleans_nested_values_and_keys() -> None:
    assert readable({"k\x1b": ["v\x07x", 2, ("t\u2028u",)]}) == {"k\\x1b": ["v\\x07x", 2, ("t\\u2028u",)]}


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """What each reader's report holds of :data:`FORBIDDEN` without any typed in: the HTML report's own bundled
    script carries a few (a \\x01 and \\x1a inside the chart library's code), none of the export's."""
    dst = tmp_path_factory.mktemp("clean") / "input"
    shutil.copytree(CASES / "11-amazon-one-line-addresses" / "input", dst)
    out = _renderings(sorted(dst.iterdir()))
    return {fmt: sorted(FORBIDDEN.findall(out[fmt])) for fmt in ("text", "markdown", "html")}


@pytest.mark.parametrize("bad", ["\x1b[31m", "\x07", "\x08", "\u009b2J", "\u2028", "\x1b]0;owned\x07", "\u200b"])
def test_a_control_in_an_export_reaches_no_reader_s_report_and_stays_in_json(tmp_path: Path, bad: str,
                                                                             clean: dict[str, list[str]]) -> None:
    dst = tmp_path / "input"
    shutil.copytree(CASES / "11-amazon-one-line-addresses" / "input", dst)
    for f in dst.rglob("*.csv"):
        text = f.read_text(encoding="utf-8-sig")
        f.write_text(text.replace("Test item", f"Test{bad} item"), encoding="utf-8-sig")
    out = _renderings(sorted(dst.iterdir()))
    for fmt in ("text", "markdown", "html"):
        assert sorted(FORBIDDEN.findall(out[fmt])) == clean[fmt], fmt
        assert f"Test{bad}" not in out[fmt], fmt
    assert clean["text"] == clean["markdown"] == []
    assert "Test" in out["text"]
    # the JSON report keeps the data as written (escaped by the JSON writer); a separator is white space, which the
    # parsers' excerpts fold as any other
    said = _strings(json.loads(out["json"]))
    assert any(f"Test{bad} item" in v or (bad.isspace() and "Test item" in v) for v in said)


def _strings(data: object) -> list[str]:
    """Every string value in a loaded JSON document."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []
