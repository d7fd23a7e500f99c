"""``Parser.classify`` remembers each path's rule per parser class (issue 16, nineteenth pass: a Kindle
library of 20,000 title files spent 13.6 s of a 21 s ``scan`` matching ~130 patterns ~19 times a file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dataexam.archive import open_archive
from dataexam.parser import Parser, rules_table
from dataexam_parsers.amazon import AmazonParser
from dataexam_parsers.facebook import FacebookParser
from dataexam_parsers.twitter import TwitterParser
from helpers import FIXTURES


def _uncached(parser: Parser, path: str) -> object:
    return next((rule for rule in parser.rules if rule.pattern.search(path)), None)


@pytest.mark.parametrize("cls", [AmazonParser, FacebookParser, TwitterParser])
def test_remembered_rules_are_the_table_s(cls: type[Parser]) -> None:
    paths = []
    for fixture in sorted(FIXTURES.glob("*/*/archive")):
        with open_archive(fixture) as archive:
            paths += [m.path for m in archive.members()]
    assert len(paths) > 200
    parser = cls()
    for _ in range(2):  # the first answers computed, the second remembered: the same
        for path in paths:
            got = parser.classify(path)
            if type(parser).classify is Parser.classify:
                assert got is _uncached(parser, path), path
            else:  # an override (Instagram folders, Amazon's header-sniffed CSVs) asks the table first
                table = Parser.classify(parser, path)
                assert table is _uncached(parser, path), path


def test_bounded_and_forgotten_when_the_table_changes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    class Notes(Parser):
        name = "notes-cache"
        rules = rules_table([(r"\.json$", "_json"), (r"\.txt$", None, "text")])

    monkeypatch.setattr(Notes, "CLASSIFIED_PATHS", 10)
    parser = Notes()
    for n in range(25):
        assert parser.classify(f"f{n}.json") is Notes.rules[0]
        assert len(Notes._classified) <= 10  # emptied when full: memory bounded whatever the archive
    assert parser.classify("a.txt") is Notes.rules[1]
    Notes.rules = rules_table([(r"\.txt$", "_text")])  # a new table on the class: the old answers go
    assert parser.classify("a.txt") is Notes.rules[0] and parser.classify("f1.json") is None
    parser.rules = rules_table([(r"\.json$", "_mine")])  # an instance's own table is asked every time
    assert parser.classify("f1.json") is parser.rules[0]
    assert Notes().classify("f1.json") is None
    assert Parser._classified == {} or all(not isinstance(k, int) for k in Parser._classified)


def test_a_table_grown_in_place_is_seen() -> None:
    # a plugin's table kept as a list and appended to after the first answers (the fresh tester's finding)
    import re

    from dataexam.parser import Rule

    class Grown(Parser):
        name = "grown-cache"
        rules = list(rules_table([(r"(^|/)notes\.json$", "_n")]))

    assert Grown().classify("media/a.jpg") is None
    Grown.rules.append(Rule(re.compile(r"(^|/)media/"), None, "media"))
    assert Grown().classify("media/a.jpg") is Grown.rules[1]
