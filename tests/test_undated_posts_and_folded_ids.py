"""Two low faults of the twenty-sixth pass's leftovers (fault 4), invented inputs.

* A deleted post of ``deleted-tweets.js`` (or a live one) without ``created_at`` was undated without a word: it is
  kept, undated, and a ``bad-date`` issue names the file and the record; the other records are read as before.
* ``dataexam batch`` participant ids ``kız`` and ``kiz`` are one folder on Windows (NTFS upper-cases dotless ı to
  I): such pairs are refused like ``A1``/``a1``, naming both; ``Straße``/``Strasse`` stay two ids.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dataexam.archive import open_archive
from dataexam.batch.participants import discover
from dataexam.errors import UsageProblem
from dataexam.events import Event, ParseIssue
from dataexam_parsers.twitter import TwitterParser


def _archive(root: Path, tweets: list[dict], deleted: list[dict]) -> Path:
    data = root / "data"
    data.mkdir(parents=True)
    (data / "manifest.js").write_text('window.__THAR_CONFIG = {"userInfo": {"accountId": "1500000001"}}',
                                      encoding="utf-8")
    for name, var, items in (("tweets", "tweets", tweets), ("deleted-tweets", "deleted_tweets", deleted)):
        (data / f"{name}.js").write_text(f"window.YTD.{var}.part0 = " + json.dumps([{"tweet": t} for t in items]),
                                         encoding="utf-8")
    return root


def test_a_deleted_post_without_created_at_is_kept_and_said(tmp_path: Path) -> None:
    deleted = [{"id_str": "1780000000000000001", "created_at": "Mon Apr 15 10:00:05 +0000 2024",
                "full_text": "First deleted", "deleted_at": "2024-04-16T09:00:00.000Z"},
               {"id_str": "1780000000000000002", "full_text": "No time at all", "deleted_at": "2024-04-17T09:00:00Z"},
               {"id_str": "1780000000000000003", "created_at": "Wed Apr 17 08:00:00 +0000 2024",
                "full_text": "Third deleted"}]
    live = [{"id_str": "1780000000000000010", "full_text": "A live post without its time"},
            {"id_str": "1780000000000000011", "created_at": "Thu Apr 18 08:00:00 +0000 2024", "full_text": "Fine"}]
    with open_archive(_archive(tmp_path / "x", live, deleted)) as archive:
        items = list(TwitterParser().events(archive))
    events = {e.attrs["id"]: e for e in items if isinstance(e, Event)}
    issues = [(i.member, i.code, i.position) for i in items if isinstance(i, ParseIssue)]
    assert sorted(issues) == [("data/deleted-tweets.js", "bad-date", "record 1"),
                              ("data/tweets.js", "bad-date", "record 0")]
    assert all("no created_at" in i.message for i in items if isinstance(i, ParseIssue))
    assert events["1780000000000000002"].kind == "twitter.deleted_tweet"
    assert events["1780000000000000002"].time is None and events["1780000000000000002"].text == "No time at all"
    assert events["1780000000000000002"].attrs["deleted_at"] == "2024-04-17T09:00:00Z"
    # the rest is read as before: every other record dated, no issue
    assert [events[i].time is not None for i in ("1780000000000000001", "1780000000000000003",
                                                 "1780000000000000011")] == [True, True, True]
    assert events["1780000000000000010"].time is None


@pytest.mark.parametrize(("first", "second"), [
    ("k\u0131z", "kiz"),  # Turkish dotless ı: KIZ both on NTFS
    ("\u017fam", "sam"),  # long s: SAM both
    ("K\u0131Z-1", "kiz-1"),
])
def test_ids_one_upper_case_apart_are_refused(tmp_path: Path, first: str, second: str) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps({first: ["a"], second: ["b"]}), encoding="utf-8")
    with pytest.raises(UsageProblem, match="differ only by letter case") as caught:
        discover(manifest)
    assert repr(first) in str(caught.value) and repr(second) in str(caught.value)


def test_ids_no_file_system_joins_stay_apart(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    manifest = tmp_path / "m.json"
    ids = ["Stra\u00dfe", "Strasse", "\u0130stanbul", "istanbul", "Zo\u00eb", "Zoe", "k\u0131z"]
    manifest.write_text(json.dumps({pid: ["a"] for pid in ids}), encoding="utf-8")
    assert sorted(p.participant_id for p in discover(manifest)) == sorted(ids)
