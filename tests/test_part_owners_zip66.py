"""A part's name never makes another person's download "you" (ZIP66: tester T60A 1).

1. Parts ``1of3-facebook-a.zip`` and ``3of3-facebook-a.zip`` beside John Roe's Messenger-only download named as part 2
   (``2of3-facebook-a.zip``, saved again ``… (1).zip``, ``…-1.zip``, ``….zip.crdownload``, ``….zip.bak``,
   ``….zip (1)``) were one export, his messages counted as the person's, no issue: parts of one name were grouped
   by their names without reading their owners. Now a part whose owner clashes with its siblings' is refused as
   a second account's whatever its name; the real part 2 under every such name still joins parts 1 and 3.

Invented exports (ZIP64's nested parts; a Messenger-only download of another owner).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from test_zip_part_damaged_twice_zip64 import _parts

from dataexam import api
from dataexam.errors import SeveralAccounts

#: what part 2's name may be, as given beside parts 1 and 3
PART2_NAMES = ["2of3-facebook-a.zip", "2of3-facebook-a (1).zip", "2of3-facebook-a-1.zip",
               "2of3-facebook-a.zip.crdownload", "2of3-facebook-a.zip.bak", "2of3-facebook-a.zip (1)",
               "2of3-facebook-a.zip.part", "2of3-facebook-a_(2).zip"]


def _messenger_only(path: Path, owner: str) -> None:
    """A Messenger-only Facebook download whose owner (``owner``) is in every thread, with Anna and Bob."""
    with zipfile.ZipFile(path, "w") as z:
        for other, folder in (("Anna", "anna_111"), ("Bob", "bob_222")):
            thread = {"participants": [{"name": other}, {"name": owner}], "title": other,
                      "messages": [{"sender_name": owner if k % 2 else other, "content": f"m {k}",
                                    "timestamp_ms": (1_700_000_000 + k) * 1000} for k in range(6)],
                      "thread_path": f"inbox/{folder}"}
            z.writestr(f"your_activity_across_facebook/messages/inbox/{folder}/message_1.json", json.dumps(thread))


def _exports(paths: list[Path]) -> int | str:
    """How many exports the inputs open as, or why they are refused."""
    try:
        exports = api.open_exports(paths)
    except SeveralAccounts as exc:
        return f"refused: {exc}"
    count = len(exports)
    api.close_exports(exports)
    return count


@pytest.mark.parametrize("name", PART2_NAMES)
def test_another_persons_download_under_a_part_name_is_refused(tmp_path: Path, name: str) -> None:
    """Part 2's name on John Roe's Messenger-only download: refused as two accounts (before: one export, his
    messages merged, no issue)."""
    parts = _parts()
    for n in (1, 3):
        (tmp_path / f"{n}of3-facebook-a.zip").write_bytes(parts[n])
    _messenger_only(tmp_path / name, "John Roe")
    got = _exports(sorted(tmp_path.iterdir()))
    assert isinstance(got, str) and "2 different accounts" in got, (name, got)


@pytest.mark.parametrize("name", PART2_NAMES)
def test_the_real_part_under_every_name_still_joins(tmp_path: Path, name: str) -> None:
    """The real part 2 under the same names joins parts 1 and 3: one export, no missing-part line."""
    parts = _parts()
    for n in (1, 3):
        (tmp_path / f"{n}of3-facebook-a.zip").write_bytes(parts[n])
    (tmp_path / name).write_bytes(parts[2])
    paths = sorted(tmp_path.iterdir())
    assert _exports(paths) == 1, name
    stats = api.RunStats()
    assert len(list(api.timeline(paths, stats=stats))) > 0
    assert [i.message for i in stats.issues if i.code == "missing-part"] == [], name


@pytest.mark.parametrize(("first", "second"), [("1of2-facebook-jane-12.zip", "2of2-facebook-jane-13.zip"),
                                               ("1of2-facebook-a.zip", "2of2-facebook-a.zip")])
def test_two_owners_under_one_pair_of_part_names_are_two_accounts(tmp_path: Path, first: str, second: str) -> None:
    """Part 1 of a person's download and another owner's Messenger-only download named as its part 2: refused
    (before: one export)."""
    (tmp_path / first).write_bytes(_parts()[1])
    _messenger_only(tmp_path / second, "John Roe")
    got = _exports(sorted(tmp_path.iterdir()))
    assert isinstance(got, str) and "2 different accounts" in got, got
