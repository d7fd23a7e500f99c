"""Every command that inflates zips inside zips into a temporary folder in memory says it, in a unit that shows the
size, and --jobs workers inflate none again (INP57; T54B 7, note67 "Inputs").

T54B 7: ``scan`` (and ``describe``) inflated part zips into a tmpfs ``TMPDIR`` without the notice a timeline gives,
and a tiny part was "their 0.0 MB". Inputs: with ``--jobs 2`` every worker re-opened the inputs and inflated every
part zip once more, unsaid. Invented exports (the zip-cut tests' builders); the folder's file system is made
"tmpfs" by patching the look-up.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import pytest
from test_issue_counts_inp51 import _last
from test_zip_cut import _facebook_files, _zip
from typer.testing import CliRunner

from dataexam import api, archive, parallel
from dataexam.cli import app
from dataexam.tempdirs import size_words


def _nested(tmp_path: Path) -> Path:
    part = _zip(dict(_last(_facebook_files()[0], "posts/your_posts_1.json")), zipfile.ZIP_DEFLATED)
    path = tmp_path / "outer.zip"
    path.write_bytes(_zip({"facebook-a-part1.zip": part, "facebook-a-part2.zip": part}, zipfile.ZIP_DEFLATED))
    return path


def _in_memory(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder.mkdir(exist_ok=True)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # (Python caches its choice)
    monkeypatch.setattr(api, "memory_file_system",
                        lambda p: "tmpfs" if Path(p).resolve() == folder.resolve() else None)


@pytest.mark.parametrize(("n", "said"), [(0, "0 bytes"), (1, "1 byte"), (999, "999 bytes"), (1000, "1 kB"),
                                         (21_636, "22 kB"), (999_499, "999 kB"), (999_500, "1.0 MB"),
                                         (1_234_567, "1.2 MB"),  # past MB (INP58, T55B 11: was "2,000.0 MB"); CLDR's kB
                                         (2_000_000_000, "2.0 GB")])
def test_sizes_are_said_in_a_unit_that_shows_them(n: int, said: str) -> None:
    assert size_words(n) == said


@pytest.mark.parametrize("command", ["scan", "describe"])
def test_scan_and_describe_say_part_zips_inflated_into_memory(command: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = _nested(tmp_path)
    folder = tmp_path / "shm"
    _in_memory(folder, monkeypatch)
    result = CliRunner().invoke(app, [command, str(path)])
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "inflated into the temporary folder" in line]
    assert len(said) == 1, result.stderr
    assert said[0].startswith(f"dataexam: warning: 2 zips inside zips (a zip of part zips) were inflated into the "
                              f"temporary folder {folder}, which is in memory (tmpfs): their ")
    assert " kB took memory too while they were read" in said[0] and "0.0 MB" not in said[0]
    assert list(folder.iterdir()) == []  # nothing left behind


def test_on_disk_scan_says_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _nested(tmp_path)
    folder = tmp_path / "disk"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setattr(api, "memory_file_system", lambda p: None)
    said: list[str] = []
    assert api.scan([str(path)], warnings=said) and said == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_workers_read_the_main_process_copies(jobs: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # each part zip inflated once, by the main process, whatever --jobs: a worker is given its copies
    path = _nested(tmp_path)
    _in_memory(tmp_path / "shm", monkeypatch)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)
    shared: list[int] = []
    real = archive.shared_spills

    def counted(archives):  # type: ignore[no-untyped-def]
        out = real(archives)
        shared.append(len(out))
        return out

    monkeypatch.setattr(parallel, "shared_spills", counted)
    stats = api.RunStats()
    rows = list(api.timeline(str(path), stats=stats, jobs=jobs))
    assert len(rows) == 432
    assert shared == ([2] if jobs > 1 else [])  # both part zips handed to the worker
    said = [w for w in stats.warnings if "inflated" in w]
    assert len(said) == 1 and said[0].startswith("2 zips inside zips")
    if jobs > 1:  # every run a worker sorts is written into the folder: said too
        assert any(w.startswith("the records were sorted through the temporary folder") for w in stats.warnings)


def test_a_worker_reads_a_shared_copy_and_inflates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _nested(tmp_path)
    main = api.open_exports([str(path)])
    try:
        shared = archive.shared_spills(e.archive for e in main)
        assert len(shared) == 2
        archive.use_shared_spills(shared)  # as a worker is started
        made: list[object] = []
        monkeypatch.setattr(tempfile, "TemporaryFile", lambda *a, **k: made.append(1))
        again = api.open_exports([str(path)])
        try:
            assert made == [] and all(not e.archive.spills for e in again)
            assert [m.path for e in again for m in e.archive.members()] == \
                [m.path for e in main for m in e.archive.members()]
        finally:
            api.close_exports(again)
    finally:
        archive.use_shared_spills({})
        api.close_exports(main)
