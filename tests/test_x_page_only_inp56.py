"""An X zip holding only its page is said so wherever it is found (INP56, T53C 5).

X's page ("Your archive.html") with none of its data files gets words of its own (what to give instead). A zip of
the page and data/manifest.js (which lists the data files but holds no record), or of the page and a file of the
person's own, was "no file of a known … export was found"; one of X's several zips holding only its page, inside a
zip beside the part with the data, was "a zip of 1 file(s) no parser recognises" in the run's warning. Invented
exports from the zip-cut tests' builders.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from test_zip_cut import _zip
from test_zip_cut_one_fault import _x_two

from dataexam import api
from dataexam.errors import NothingRecognised

PAGE = b"<!DOCTYPE html><html><head><title>Your X data</title></head><body>" + b"x" * 3000 + b"</body></html>"
PAGE_ONLY = ("only the page of an X archive was found (Your archive.html), none of its data files (data/*.js), which "
             "are what dataexam reads: give the whole archive (X delivers a large one in several zips)")


@pytest.mark.parametrize("beside", [
    {},
    {"data/manifest.js": _x_two()["data/manifest.js"]},
    {"notes.txt": b"hello"},
    {"assets/js/app.js": b"var a=1;", "data/README.txt": b"read me"},
])
def test_the_page_without_data_files_is_said_so(tmp_path: Path, beside: dict[str, bytes]) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(_zip({"Your archive.html": PAGE, **beside}, zipfile.ZIP_DEFLATED))
    with pytest.raises(NothingRecognised) as caught:
        for _ in api.timeline(str(path), stats=api.RunStats()):
            pass
    assert str(caught.value) == f"{path}: not a recognised export ({PAGE_ONLY})"


def test_a_page_only_part_zip_inside_a_zip_is_said_so_in_the_runs_warning(tmp_path: Path) -> None:
    data = _zip(_x_two(), zipfile.ZIP_DEFLATED)
    path = tmp_path / "outer.zip"
    path.write_bytes(_zip({"twitter-2024-05-01-abc123-part1.zip": data,
                           "twitter-2024-05-01-abc123-part2.zip": _zip({"Your archive.html": PAGE},
                                                                       zipfile.ZIP_DEFLATED)}, zipfile.ZIP_STORED))
    stats = api.RunStats()
    assert sum(1 for _ in api.timeline(str(path), stats=stats)) > 0
    assert [w for w in stats.warnings if "skipped" in w] == [
        f"{path}: 'twitter-2024-05-01-abc123-part2.zip' was skipped: {PAGE_ONLY}"]
    [item] = [r for r in api.scan(str(path)) if not r.is_export]
    assert item.reason == PAGE_ONLY
