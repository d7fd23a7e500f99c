"""A current X archive (2020 →) whose ``data/`` folder's contents were zipped without the folder — ``manifest.js``,
``tweets.js``, ``like.js`` … at the zip's top — is a current archive (T42B L: labelled ``gdpr-2018``, the era whose
``.js`` files sit at the root; its records were the same). The manifest beside the data files names the account and
the download's day, lists the files whose counts are compared, and makes the era: the 2018–20 GDPR archives had no
manifest (formats.md §2.2), and one of those stays ``gdpr-2018``."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from test_parts_and_owners import _counted_x_archive

from dataexam import api
from dataexam.registry import load_registry

REGISTRY = load_registry()


def _flat(tmp_path: Path, likes: int, following: int, *, folder: bool) -> Path:
    src = tmp_path / "src.zip"
    _counted_x_archive(src, likes, following, split=False)
    out = tmp_path / ("flat" if folder else "flat.zip")
    with zipfile.ZipFile(src) as a:
        names = [n for n in a.namelist() if "/data/" in n]
        if folder:
            out.mkdir()
            for n in names:
                (out / n.split("/data/")[1]).write_bytes(a.read(n))
        else:
            with zipfile.ZipFile(out, "w") as b:
                for n in names:
                    b.writestr(n.split("/data/")[1], a.read(n))
    src.unlink()
    return out


@pytest.mark.parametrize("folder", [False, True])
def test_a_current_archive_zipped_flat_is_current(tmp_path: Path, folder: bool) -> None:
    flat = _flat(tmp_path, 3, 2, folder=folder)
    [export] = api.open_exports([flat], registry=REGISTRY)
    assert (export.parser.name, export.detection.variant) == ("twitter", "current")
    assert export.parser.account(export.archive) == "111111111"
    stats = api.RunStats()
    kinds = Counter(e.kind for e in api.timeline([flat], registry=REGISTRY, stats=stats))
    assert kinds == {"twitter.like": 3, "twitter.following": 2, "twitter.dm": 2, "twitter.tweet": 1}
    assert stats.issues == []
    api.close_exports([export])


def test_a_flat_current_archive_s_counts_are_compared_with_its_manifest(tmp_path: Path) -> None:
    """Its files named as the zip holds them (T43B L: the note named data/like.js and data/manifest.js)."""
    flat = _flat(tmp_path, 1, 2, folder=False)
    stats = api.RunStats()
    list(api.timeline([flat], registry=REGISTRY, stats=stats))
    assert [n.member for n in stats.notes] == ["like.js"]
    assert [i.message for i in stats.issues if i.code == "count-mismatch"] == [
        "like.js holds 1 record where manifest.js lists 3: it may be from another download of the account"]


def test_a_2019_gdpr_archive_without_a_manifest_stays_gdpr_2018(tmp_path: Path) -> None:
    path = tmp_path / "twitter-2019.zip"
    tweet = [{"id_str": "1100000000000000001", "id": "1100000000000000001", "full_text": "hello",
              "created_at": "Mon Mar 04 10:15:00 +0000 2019", "entities": {}}]
    account = [{"account": {"accountId": "111111111", "username": "jane_x", "createdAt": "2015-01-01T10:00:00.000Z"}}]
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("tweet.js", "window.YTD.tweet.part0 = " + json.dumps(tweet))
        z.writestr("account.js", "window.YTD.account.part0 = " + json.dumps(account))
    [export] = api.open_exports([path], registry=REGISTRY)
    assert export.detection.variant == "gdpr-2018"
    assert Counter(e.kind for e in api.timeline([path], registry=REGISTRY))["twitter.tweet"] == 1
    api.close_exports([export])
