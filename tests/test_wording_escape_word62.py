"""One escape for control characters (WORD62, second read of WORD61): ``wording.readable_text`` wrote a control
character with a copy of ``outputs._escaped``'s repr-style escape; both now ask :func:`dataexam.outputs.escaped_char`.
And ``view.other_dollars`` asks babel of every word of three capitals without a broad ``except``: babel writes an
unknown code as it is."""

from __future__ import annotations

import string

import pytest

from dataexam.outputs import escaped_char, shown
from dataexam.report.view import other_dollars
from dataexam.wording import readable_text

#: every character readable_text writes escaped: C0 but tab and line feed, DEL, C1, the line and paragraph separators
CONTROLS = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)]


@pytest.mark.parametrize("ch", CONTROLS)
def test_names_and_export_text_write_a_control_character_alike(ch: str) -> None:
    written = repr(ch)[1:-1]
    assert escaped_char(ch) == written
    assert readable_text(f"a{ch}b") == f"a{written}b"
    assert shown(f"a{ch}b") == f"a{written}b"


@pytest.mark.parametrize("ch", ["\t", "\n"])
def test_tab_and_line_feed_stay_in_text_and_are_escaped_in_names(ch: str) -> None:
    assert readable_text(f"a{ch}b") == f"a{ch}b"
    assert shown(f"a{ch}b") == f"a{escaped_char(ch)}b" == f"a{repr(ch)[1:-1]}b"


@pytest.mark.parametrize("text", ["plain", "Zoë’s café", "日本語", "a\u200cb", "emoji 🎉"])
def test_text_without_controls_is_unchanged(text: str) -> None:
    assert readable_text(text) == text == shown(text)


DOLLARS = ["MXN", "CAD", "AUD", "HKD", "NZD", "TWD"]
NO_DOLLAR = ["EUR", "GBP", "JPY", "INR", "CHF", "XXX", "ZZZ", "ABC", "NEW", "USD", "THE", "AND"]


@pytest.mark.parametrize("code", DOLLARS)
def test_another_dollar_is_found(code: str) -> None:
    assert other_dollars({"totals": {code: "1.00", "USD": "2.00"}})
    assert other_dollars(["USD", "ZZZ", {"currency": code}])


def test_no_other_dollar_among_other_codes_and_words_of_three_capitals() -> None:
    assert not other_dollars({"totals": {c: "1.00" for c in NO_DOLLAR}, "words": NO_DOLLAR})
    words = ["".join(t) for t in zip(string.ascii_uppercase, reversed(string.ascii_uppercase), string.ascii_uppercase,
                                     strict=True)]
    assert not other_dollars(words)
