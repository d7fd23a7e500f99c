"""Wording leftovers (WORD61): bidi controls out of the readers' reports (T57D 6), one "(liked tweets)" per sentence,
"US$" beside another dollar, a city state's town said once, life events' ISO days in words, zones named after a
country by CLDR's names too."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from dataexam import api
from dataexam.inference.clock import named_after_country
from dataexam.inference.gazetteer import town_and_country
from dataexam.inference.interests import LIKED, interests_sentence
from dataexam.inference.lifedeclared import declared_sentence
from dataexam.report import readable, render, view
from dataexam.wording import iso_words, without_bidi

CASES = Path(__file__).parent / "cases"
#: every Unicode bidirectional formatting character (UAX #9): marks, embeddings, overrides, isolates
BIDI = ["\u061c", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069"]
BIDI_RX = re.compile("[" + "".join(BIDI) + "]")


@pytest.mark.parametrize("char", BIDI)
def test_without_bidi_drops_each_control_and_keeps_joiners(char: str) -> None:
    assert without_bidi(f"Lis{char}bon") == "Lisbon"
    # zero-width joiners and non-joiners are letters' business: emoji sequences, Persian and Indic words
    assert without_bidi("👩\u200d💻 می\u200cخواهم") == "👩\u200d💻 می\u200cخواهم"


def test_readable_cleans_keys_and_values_and_leaves_clean_data_itself() -> None:
    clean = {"a": ["x", 1, {"b": None}]}
    assert readable(clean) is clean
    assert readable({"k\u202e": ["v\u2066x\u2069", 2.5, ("t\u200f",)]}) == {"k": ["vx", 2.5, ("t",)]}


def _renderings(paths: list[Path]) -> dict[str, str]:
    report = api.report(paths)
    out = {}
    for fmt in ("text", "markdown", "html", "json"):
        buf = io.StringIO()
        target = Console(file=buf, width=100, force_terminal=False, color_system=None, highlight=False) \
            if fmt == "text" else buf
        render(report, fmt, target, detail="full")
        out[fmt] = buf.getvalue()
    return out


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u200f"])
def test_a_bidi_control_in_an_export_reaches_no_reader_s_report_and_stays_in_json(tmp_path: Path, char: str) -> None:
    """T57D 6: a U+202E typed into an Amazon product name and address reached the text report raw (30 in each of
    text, Markdown and HTML for case 11's input with them) and reversed the rest of the line."""
    dst = tmp_path / "input"
    shutil.copytree(CASES / "11-amazon-one-line-addresses" / "input", dst)
    for f in dst.rglob("*.csv"):
        text = f.read_text(encoding="utf-8-sig")
        f.write_text(text.replace("Test item", f"Test {char}item").replace("ROCHESTER", f"ROCH{char}ESTER"),
                     encoding="utf-8-sig")
    out = _renderings(sorted(dst.iterdir()))
    for fmt in ("text", "markdown", "html"):
        assert not BIDI_RX.search(out[fmt]), fmt
        assert "Test item" in out[fmt], fmt
    assert char in out["json"]  # data stays as written


def test_liked_tweets_said_once() -> None:
    def row(cat: str, signal: str, era: str | None = None) -> dict[str, object]:
        return {"category": cat, "signals": {signal: 5}, "era": era, "since": 2023, "years": "2019–2022"}

    assert interests_sentence([row("music", LIKED), row("hiking", LIKED), row("gaming", LIKED),
                               row("music", "words in own posts", "earlier")]) == \
        "Since 2023, tweets you liked point to music, hiking and gaming. Earlier, 2019–2022: music."
    assert interests_sentence([row("music", "words in own posts"), row("cooking", "words in own posts"),
                               row("fashion", LIKED), row("outdoors", LIKED)]) == \
        "Since 2023, your records point to music and cooking, and tweets you liked to fashion and outdoors."
    assert interests_sentence([row("cooking", "words in own posts"), row("sports", LIKED)]) == \
        "Since 2023, your records point to cooking and sports (liked tweets)."


@pytest.mark.parametrize("other", ["MXN", "CAD", "AUD", "NZD", "HKD", "TWD", "BRL"])
def test_us_dollars_beside_another_dollar_are_us_dollars(other: str) -> None:
    data = {"findings": [{"id": "spending", "value": {"totals": {other: {"2024": "10"}, "USD": {"2024": "5"}}}}]}
    assert view.other_dollars(data)
    token = view.DOLLARS_APART.set(True)
    try:
        assert view.money("1606.22", "USD") == "US$1,606.22"
        assert "$" in view.money("10", other) and not view.money("10", other).startswith("US")
    finally:
        view.DOLLARS_APART.reset(token)
    assert view.money("1606.22", "USD") == "$1,606.22"


@pytest.mark.parametrize("other", ["EUR", "GBP", "JPY", "USD"])
def test_us_dollars_alone_or_beside_no_dollar_keep_the_bare_sign(other: str) -> None:
    assert not view.other_dollars({"findings": [{"value": {"totals": {other: {}, "USD": {}}}}]})


@pytest.mark.parametrize(("town", "cc", "said"), [
    ("Hong Kong", "HK", "Hong Kong"), ("Singapore", "SG", "Singapore"), ("Macau", "MO", "Macau"),
    ("Macao", "MO", "Macao"), ("Monaco", "MC", "Monaco"), ("Vatican City", "VA", "Vatican City"),
    ("Gibraltar", "GI", "Gibraltar"), ("Kowloon", "HK", "Kowloon, Hong Kong"), ("Panama", "PA", "Panama, Panama"),
    ("Lisbon", "PT", "Lisbon, Portugal"), (None, "US", "United States"),
])
def test_a_city_state_s_town_is_said_once(town: str | None, cc: str, said: str) -> None:
    assert town_and_country(town, cc) == said


@pytest.mark.parametrize(("iso", "said"), [("2023-02-14", "14 Feb 2023"), ("2024-05", "May 2024"), ("2024", "2024"),
                                           ("2023-02-30", "2023-02-30"), ("Mar 2024 (day withheld: night-time)",
                                                                          "Mar 2024 (day withheld: night-time)")])
def test_iso_words(iso: str, said: str) -> None:
    assert iso_words(iso) == said


def test_declared_life_events_say_days_in_words() -> None:
    events = [{"type": "relationship", "start": "2023-02-14", "title": "Engaged"},
              {"type": "move", "start": "2024-05", "title": "Moved to Bergen, Norway"}]
    assert declared_sentence(events) == ("You told Facebook: relationship 14 Feb 2023 (Engaged); move May 2024 (Moved "
                                         "to Bergen, Norway).")


@pytest.mark.parametrize(("zone", "named"), [
    ("Asia/Hong_Kong", True), ("Asia/Macau", True), ("America/Curacao", True), ("Asia/Singapore", True),
    ("America/Guatemala", True), ("Asia/Shanghai", False), ("Europe/Berlin", False), ("Africa/Tunis", False),
])
def test_zones_named_after_their_country_by_any_of_its_names(zone: str, named: bool) -> None:
    assert named_after_country(zone) is named
