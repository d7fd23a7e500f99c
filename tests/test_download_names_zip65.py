"""Parts under a browser's or system's download names (ZIP65: tester T59E 5, 6).

1. A part named ``2of3-facebook-a.zip.zip``, ``… .zip (1)``, ``…_(1)``, ``…-1.zip``, ``….zip.crdownload`` … was read
   (432 records) but its number was read from the name as given: "part 2 … is not among the inputs" beside "parts 1
   and 3 … are not among the inputs". Now the number and the download's name are read without those additions
   (:func:`dataexam.download_names.part_of`): one download, no missing-part line.
2. ``….zip.bak``, ``.download``, ``.crdownload`` parts were refused as "2 different accounts"; now one account. A
   part so named that is truly unfinished (cut short) is read up to the cut, its line saying the download of that
   file looks unfinished.

Invented exports: the repository's fixtures split into three zips, and ZIP63's nested export's part zips.
"""

from __future__ import annotations

import io
import zipfile
from functools import cache
from pathlib import Path

import pytest
from test_zip_part_damaged_twice_zip64 import _parts

from dataexam import api
from dataexam.archive import Archive
from dataexam.download_names import download_stem, interrupted_words, part_of, unfinished_download
from dataexam.errors import DataexamError, SeveralAccounts
from dataexam.registry import load_registry
from helpers import FIXTURES

REGISTRY = load_registry()

#: what a browser or system adds to a part's name, in place of its ".zip"
ENDINGS = [".zip.zip", ".zip (1)", ".zip_(1)", "-1.zip", " (1).zip", "_(1).zip", ".zip.download", ".zip.crdownload",
           ".zip.part", ".zip.bak", ".zip.tmp", ".download", ".crdownload", ".part", ".bak", ".tmp",
           " (2).zip.crdownload", ".zip (1).part"]

#: each source's fixture and two namings of its parts (a format taking the part's number ``n``)
SOURCES = {"facebook": ("facebook/2023/archive", ["{n}of3-facebook-janedoe-07_04_2023-AbCdEf",
                                                  "facebook-janedoe-part{n}"]),
           "twitter": ("twitter/current/archive", ["twitter-2024-05-01-abc123-part{n}",
                                                   "{n}of3-twitter-2024-05-01-abc123"]),
           "amazon": ("amazon/2025/archive", ["amazon-data-part{n}", "{n}of3-amazon-data"])}


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(("naming", "count", "name"), [
    ("{n}of3-facebook-a", 3, "facebook-a"), ("facebook-a-part{n}", 0, "facebook-a"),
    ("{n}of12-facebook-janedoe-07_04_2023-AbCdEf", 12, "facebook-janedoe-07_04_2023-abcdef"),
    ("twitter-2024-05-01-abc123-part{n}", 0, "twitter-2024-05-01-abc123"), ("x_part {n}", 0, "x"),
    ("{n}of2-facebook-zoe-2025", 2, "facebook-zoe-2025")])
def test_a_part_s_number_and_name_are_read_without_what_a_browser_added(naming: str, count: int, name: str,
                                                                         ending: str) -> None:
    """Every ending, on parts 1, 2 and 9 (of 12 where counted): the same ``(M, name, N)`` as the part named ".zip"."""
    for n in (1, 2, 9):
        if count and n > count:
            continue
        plain = part_of(naming.format(n=n) + ".zip")
        assert plain == (count, name, n)
        assert part_of(naming.format(n=n) + ending) == plain, ending


def test_look_alikes_keep_their_numbers() -> None:
    """A "-1" that is the part's own number stays it; a ".part2" is no browser's ".part"; a name of no part is none;
    a part renamed ".dat" and one named ".zip" are one download; a username's dot is kept where asked."""
    assert part_of("facebook-a-part-1.zip") == (0, "facebook-a", 1)
    assert part_of("facebook-a-part-1.zip.crdownload") == (0, "facebook-a", 1)
    assert part_of("facebook-a-part2-1.zip") == (0, "facebook-a", 2)
    assert part_of("facebook-a.part2") == (0, "facebook-a", 2)
    assert part_of("facebook-a.part2.zip.part") == (0, "facebook-a", 2)
    assert part_of("2of3-john.doe.zip") == part_of("2of3-john.doe.dat") == (3, "john.doe", 2)
    assert part_of("facebook-janedoe-2024-01-02-AbC.zip.crdownload") is None
    assert part_of("notes.txt") is None and part_of("4of3-x.zip") is None
    assert download_stem("facebook-john.doe", other_extension=False) == "facebook-john.doe"
    assert download_stem("facebook-john.doe.zip (1).crdownload", other_extension=False) == "facebook-john.doe"
    assert [unfinished_download(n) for n in ("a.zip.crdownload", "a.zip.part", "a.DOWNLOAD", "a.zip.part (1)",
                                             "a.zip", "a.bak", "a.part2", "a.zip.tmp")] == [
        ".crdownload", ".part", ".DOWNLOAD", ".part", None, None, None, None]
    assert interrupted_words("a.zip") == "was the download interrupted?"
    assert "the download of a.zip.crdownload looks unfinished" in interrupted_words("a.zip.crdownload")


@cache
def _split(source: str) -> tuple[dict[int, bytes], int, tuple[tuple[str, str], ...]]:
    """The source's fixture split into three zips (its files in turn), its records read whole, and its issues."""
    root = FIXTURES / SOURCES[source][0]
    files = sorted(p for p in root.rglob("*") if p.is_file())
    out = {n: io.BytesIO() for n in (1, 2, 3)}
    zips = {n: zipfile.ZipFile(b, "w") for n, b in out.items()}
    for i, f in enumerate(files):
        zips[i % 3 + 1].write(f, f.relative_to(root).as_posix())
    for z in zips.values():
        z.close()
    stats = api.RunStats()
    events = len(list(api.timeline([root], stats=stats)))
    return {n: b.getvalue() for n, b in out.items()}, events, tuple((i.code, i.message) for i in stats.issues)


def _run(paths: list[Path]) -> tuple[int | str, list[tuple[str, str]], int]:
    """Records read (or why refused), each issue as ``(code, message)``, and the exports the inputs make."""
    stats = api.RunStats()
    try:
        events: int | str = len(list(api.timeline(paths, stats=stats, registry=REGISTRY)))
        exports = api.open_exports(paths, registry=REGISTRY)
        count = len(exports)
        api.close_exports(exports)
    except DataexamError as exc:
        return f"refused: {exc}", [], 0
    return events, [(i.code, i.message) for i in stats.issues], count


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_a_part_under_a_download_name_is_one_download_of_one_account(tmp_path: Path, source: str) -> None:
    """Facebook, X and Amazon parts, two namings each, each ending on part 1, 2 or 3: every record the whole export
    gives, one export, no missing-part line and no other line the whole export does not give, never "2 different
    accounts" (before, on main: 144 of these 270 runs said a part missing or refused two accounts)."""
    parts, whole, whole_issues = _split(source)
    wrong: list[tuple[str, int, str, object]] = []
    k = 0
    for naming in SOURCES[source][1]:
        for which in (1, 2, 3):
            for ending in ENDINGS:
                k += 1
                folder = tmp_path / str(k)
                folder.mkdir()
                for n, data in parts.items():
                    (folder / (naming.format(n=n) + (ending if n == which else ".zip"))).write_bytes(data)
                events, issues, exports = _run(sorted(folder.iterdir()))
                extra = [i for i in issues if i not in whole_issues]
                if events != whole or extra or exports != 1:
                    wrong.append((naming, which, ending, (events, extra, exports)))
    assert wrong == []


@pytest.mark.parametrize("naming", ["{n}of3-facebook-a", "facebook-a-part{n}"])
def test_the_t59e_parts_are_one_download_and_a_part_left_out_is_still_said(tmp_path: Path, naming: str) -> None:
    """ZIP64's three part zips (432 records), one of them under each ending: 432, one export, no issue. Part 2 left
    out, parts 1 and 3 under each ending: 32 records and one line, "part 2 … is not among the inputs"."""
    parts = _parts()
    wrong: list[tuple[int, str, object]] = []
    for which in (1, 2, 3):
        for ending in ENDINGS:
            folder = tmp_path / f"{which}{ENDINGS.index(ending)}"
            folder.mkdir()
            for n, data in parts.items():
                (folder / (naming.format(n=n) + (ending if n == which else ".zip"))).write_bytes(data)
            got = _run(sorted(folder.iterdir()))
            if got != (432, [], 1):
                wrong.append((which, ending, got))
    for ending in ENDINGS:
        folder = tmp_path / f"without{ENDINGS.index(ending)}"
        folder.mkdir()
        for n in (1, 3):
            (folder / (naming.format(n=n) + (ending if n == 3 else ".zip"))).write_bytes(parts[n])
        events, issues, exports = _run(sorted(folder.iterdir()))
        said = [m for c, m in issues if c == "missing-part"]
        if events != 32 or exports != 1 or len(said) != 1 or not said[0].startswith("part 2 of ") \
                or "not among the inputs" not in said[0]:
            wrong.append((0, ending, (events, issues, exports)))
    assert wrong == []


@pytest.mark.parametrize("ending", ENDINGS)
def test_the_username_in_a_download_name_is_read_without_what_a_browser_added(ending: str) -> None:
    """Facebook's account hint (the username in ``facebook-<username>-<date>-<code>.zip``) under every ending, as
    given and as a part: ``username:janedoe`` (before: none for ``.zip.crdownload``, ``.zip.bak``, ``-1.zip`` …);
    a name with a dot keeps it."""
    parser = REGISTRY.create("facebook")
    for name in ("facebook-janedoe-07_04_2023-AbCdEf", "2of3-facebook-janedoe-2023-04-07-AbCdEf",
                 "facebook-janedoe"):
        archive = Archive([f"/in/{name}{ending}"], [], [])
        assert parser.account_hints(archive) == {"username:janedoe"}, name
    assert parser.account_hints(Archive([f"/in/facebook-jane.doe{ending}"], [], [])) == {"username:jane.doe"}


def _messenger_only(path: Path, owner: str) -> None:
    """A Messenger-only Facebook download (no profile): ``owner`` in every thread."""
    import json

    with zipfile.ZipFile(path, "w") as z:
        for other, folder in (("Anna", "anna_111"), ("Bob", "bob_222")):
            thread = {"participants": [{"name": other}, {"name": owner}], "title": other,
                      "messages": [{"sender_name": owner if k % 2 else other, "content": f"m {k}",
                                    "timestamp_ms": (1_700_000_000 + k) * 1000} for k in range(6)],
                      "thread_path": f"inbox/{folder}"}
            z.writestr(f"your_activity_across_facebook/messages/inbox/{folder}/message_1.json", json.dumps(thread))


@pytest.mark.parametrize("ending", [".zip.crdownload", ".zip.bak", ".zip (1)", "-1.zip", ".download"])
def test_another_account_under_a_download_name_is_still_another(tmp_path: Path, ending: str) -> None:
    """A partner's Messenger-only download whose name carries another account number, under a browser's ending,
    beside the person's parts: still "2 different accounts" (the ending takes nothing from his name's number)."""
    parts = _parts()
    for n, data in parts.items():
        (tmp_path / f"{n}of3-facebook-a.zip").write_bytes(data)
    _messenger_only(tmp_path / f"facebook-100099999999999-2023-06-01-JoHn{ending}", "John Roe")
    with pytest.raises(SeveralAccounts) as refused:
        api.close_exports(api.open_exports(sorted(tmp_path.iterdir()), registry=REGISTRY))
    assert "2 different accounts" in str(refused.value)


UNFINISHED = [".zip.crdownload", ".crdownload", ".zip.part", ".zip.download", ".download", ".zip (1).part"]


@pytest.mark.parametrize("source", ["facebook", "twitter"])
def test_an_unfinished_download_is_read_up_to_its_cut_and_said_so(tmp_path: Path, source: str) -> None:
    """Part 2 cut short (at a third, a half, nine tenths) under a browser's ending for a download under way: read up
    to the cut (as many records as the same bytes named ".zip"), one export, and its truncated-zip line says the
    download of that file looks unfinished, naming it; under ".zip" or ".bak" the line asks "was the download
    interrupted?" as before; a whole part so named says nothing of it."""
    parts, whole, _ = _split(source)
    naming = SOURCES[source][1][0]
    wrong: list[tuple[str, float, object]] = []
    for frac in (0.34, 0.5, 0.9):
        cut = parts[2][: int(len(parts[2]) * frac)]
        for ending in [*UNFINISHED, ".zip", ".zip.bak"]:
            folder = tmp_path / f"{frac}{ending}"
            folder.mkdir()
            for n, data in parts.items():
                (folder / (naming.format(n=n) + (ending if n == 2 else ".zip"))).write_bytes(cut if n == 2 else data)
            events, issues, exports = _run(sorted(folder.iterdir()))
            name = naming.format(n=2) + ending
            cuts = [m for c, m in issues if c == "truncated-zip"]
            if ending in UNFINISHED:
                ok = len(cuts) == 1 and f"the download of {name} looks unfinished" in cuts[0] \
                    and "was the download interrupted" not in " ".join(m for _, m in issues)
            else:
                ok = len(cuts) == 1 and "was the download interrupted?" in cuts[0] and "unfinished" not in cuts[0]
            base = folder / "as-zip"
            base.mkdir()
            for n, data in parts.items():
                (base / (naming.format(n=n) + ".zip")).write_bytes(cut if n == 2 else data)
            expected, _, _ = _run(sorted(base.iterdir()))
            if not ok or events != expected or exports != 1:
                wrong.append((ending, frac, (events, expected, issues)))
    for ending in UNFINISHED:
        folder = tmp_path / f"whole{ending}"
        folder.mkdir()
        for n, data in parts.items():
            (folder / (naming.format(n=n) + (ending if n == 2 else ".zip"))).write_bytes(data)
        events, issues, exports = _run(sorted(folder.iterdir()))
        if events != whole or any("unfinished" in m for _, m in issues) or exports != 1:
            wrong.append((ending, 1.0, (events, issues)))
    assert wrong == []


@pytest.mark.parametrize("ending", [".zip.crdownload", ".part"])
def test_an_unfinished_download_with_nothing_to_read_says_so_in_its_refusal(tmp_path: Path, ending: str) -> None:
    """An export cut before its first file's data, named as a download under way: refused, the reason saying the
    download of that file looks unfinished (before: "was the download interrupted?")."""
    data = _split("twitter")[0][1]
    path = tmp_path / f"twitter-2024-05-01-abc123{ending}"
    path.write_bytes(data[:20])
    events, _, _ = _run([path])
    assert isinstance(events, str) and events.startswith("refused")
    assert f"the download of {path.name} looks unfinished" in events


@pytest.mark.parametrize("ending", ENDINGS)
def test_messages_of_a_part_under_a_download_name_come_from_its_download(ending: str) -> None:
    """Which download a message came from (:func:`dataexam.inference.social._download_of`: one person's threads
    across the parts of one download): a part under each ending is the download its ".zip" sibling is (before:
    ``2of2-facebook-jane.zip.crdownload`` and ``….zip (1)``, ``-1.zip`` another download); downloads of other names
    stay apart."""
    from dataexam.inference.social import _download_of

    for e2ee in (False, True):
        one = _download_of("Downloads/1of2-facebook-jane-2024-01-02-AbC.zip", e2ee)
        assert _download_of(f"Downloads/2of2-facebook-jane-2024-01-02-AbC{ending}", e2ee) == one
        assert _download_of(f"Downloads/2of2-facebook-john-2024-01-02-AbC{ending}", e2ee) != one
        assert _download_of(f"Other/2of2-facebook-jane-2024-01-02-AbC{ending}", e2ee) != one


@pytest.mark.parametrize("ending", [".zip.crdownload", ".zip (1)", ".zip.bak", "-1.zip", ".download"])
def test_a_second_copy_of_a_part_under_a_download_name_beside_it_changes_nothing(tmp_path: Path, ending: str) -> None:
    """Parts 1-3 as ".zip" and a second copy of part 2 under a download name (whole, or cut at half): 432 records,
    no missing-part line, no refusal (before: "2 different accounts" for ".zip.crdownload", and "parts 1 and 3 …
    are not among the inputs" for ".zip (1)"); the cut copy's line alone beside them."""
    parts = _parts()
    for cut in (1.0, 0.5):
        folder = tmp_path / str(cut)
        folder.mkdir()
        for n, data in parts.items():
            (folder / f"{n}of3-facebook-a.zip").write_bytes(data)
        (folder / f"2of3-facebook-a{ending}").write_bytes(parts[2][: int(len(parts[2]) * cut)])
        events, issues, _ = _run(sorted(folder.iterdir()))
        assert events == 432, (cut, events)
        assert [c for c, _ in issues] == ([] if cut == 1.0 else ["truncated-zip"]), (cut, issues)
