"""A part's name never makes another person's download "you" (ZIP66: tester T60A 1).

1. Parts ``1of3-facebook-a.zip`` and ``3of3-facebook-a.zip`` beside John Roe's Messenger-only download named as part 2
   (``2of3-facebook-a.zip``, saved again ``… (1).zip``, ``…-1.zip``, ``….zip.crdownload``, ``….zip.bak``,
   ``….zip (1)``) were one export, his messages counted as the person's, no issue: parts of one name were grouped
   by their names without reading their owners. Now a part whose owner clashes with its siblings' is refused as
   a second account's whatever its name; the real part 2 under every such name still joins parts 1 and 3.

Invented exports (ZIP64's nested parts; a Messenger-only download of another owner).
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from test_zip_part_damaged_twice_zip64 import _parts

from dataexam import api
from dataexam.download_names import part_of
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


#: dates a download's name may end with: a year, a year and month, a whole date
DATES = ["2024", "2024-05", "2024-05-01", "2023-12-31"]


@pytest.mark.parametrize("date", DATES)
@pytest.mark.parametrize("pattern", ["{n}of3-twitter-{d}{c}{e}", "{n}of3-facebook-jane-{d}{c}{e}",
                                     "twitter-{d}-part{n}{c}{e}"])
def test_a_date_ending_a_part_name_is_never_a_copy_number(pattern: str, date: str) -> None:
    """2. ``2of3-twitter-2024-05-01.zip`` is part 2 of ``twitter-2024-05-01`` (before: of ``twitter-2024-05``, its
    day taken as a copy's number, so parts of two days' downloads were one); a copy's ``-1`` after a whole date still
    goes, under every browser addition; after a year or a year and month a "-12" stays (the month or day)."""
    wrong = []
    for copy in ("", "-1", "-12"):
        for ending in (".zip", ".zip.crdownload", " (1).zip", ".zip (2)"):
            name = pattern.format(n=2, d=date, c=copy, e=ending)
            # after a year or a year and month a two-digit "-NN" is the month or day: kept, never taken as a copy's
            kept = copy if len(date) < 10 and len(copy) == 3 else ""
            base = pattern.format(n=2, d=date, c=kept, e="").split("-part")[0]
            want = (0 if "-part" in pattern else 3, base.split("of3-", 1)[-1].casefold(), 2)
            if part_of(name) != want:
                wrong.append((name, part_of(name), want))
    assert wrong == []


def test_parts_of_two_days_are_two_downloads() -> None:
    """Part 1 of one day's download and part 2 of the next day's are not one download's parts."""
    assert part_of("1of2-twitter-2024-05-01.zip")[1] != part_of("2of2-twitter-2024-05-02.zip")[1]


@pytest.mark.parametrize("user", ["john.doe", "john.doe.5", "j.r.r", "johndoe"])
@pytest.mark.parametrize("unpacked", [1, 2, 3])
def test_a_part_unpacked_to_a_folder_with_a_dot_is_one_download(tmp_path: Path, user: str, unpacked: int) -> None:
    """4. Part ``unpacked`` of ``NofM-facebook-<user>`` unpacked to a folder, the others zips: one export, 432
    records' worth, no missing-part line (before, a username with a dot: ".doe" taken as an extension, two
    contradictory lines "part 2 … is not among the inputs" and "parts 1 and 3 … are not among the inputs")."""
    parts = _parts()
    for n in (1, 2, 3):
        if n == unpacked:
            folder = tmp_path / f"{n}of3-facebook-{user}"
            with zipfile.ZipFile(io.BytesIO(parts[n])) as z:
                z.extractall(folder)
        else:
            (tmp_path / f"{n}of3-facebook-{user}.zip").write_bytes(parts[n])
    paths = sorted(tmp_path.iterdir())
    assert _exports(paths) == 1
    stats = api.RunStats()
    assert len(list(api.timeline(paths, stats=stats))) == 432
    assert [i.message for i in stats.issues if i.code == "missing-part"] == []


#: a system's names for a copy (T60A 5): Finder's, Windows's, a numbered copy, an editor's backup
OS_COPIES = [" copy.zip", " copy 2.zip", " - Copy.zip", " - Copy (2).zip", " [1].zip", ".zip~", " Copy.ZIP"]


@pytest.mark.parametrize("naming", [("{n}of3-facebook-a", 3, "facebook-a"),
                                    ("{n}of3-twitter-2024-05-01-abc123", 3, "twitter-2024-05-01-abc123"),
                                    ("facebook-a-part{n}", 0, "facebook-a")])
def test_a_systems_copy_name_is_read_as_the_part(naming: tuple[str, int, str]) -> None:
    """5. ``2of3-facebook-a copy.zip`` (and every name of :data:`OS_COPIES`) is part 2 of ``facebook-a`` as
    ``… (1).zip`` is (before: no part, or another name); a username "copy" stays the name."""
    pattern, count, name = naming
    wrong = [(e, n, part_of(pattern.format(n=n) + e)) for e in OS_COPIES for n in (1, 2, 3)
             if part_of(pattern.format(n=n) + e) != (count, name, n)]
    assert wrong == []
    assert part_of("2of3-facebook-copy.zip") == (3, "facebook-copy", 2)


@pytest.mark.parametrize("ending", OS_COPIES)
def test_part_two_under_a_systems_copy_name_joins(tmp_path: Path, ending: str) -> None:
    """Part 2 under a system's copy name beside parts 1 and 3: one export, 432 records, no missing-part line."""
    parts = _parts()
    for n in (1, 3):
        (tmp_path / f"{n}of3-facebook-a.zip").write_bytes(parts[n])
    (tmp_path / f"2of3-facebook-a{ending}").write_bytes(parts[2])
    paths = sorted(tmp_path.iterdir())
    assert _exports(paths) == 1
    stats = api.RunStats()
    assert len(list(api.timeline(paths, stats=stats))) == 432
    assert [i.message for i in stats.issues if i.code == "missing-part"] == []
