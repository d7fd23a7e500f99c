"""--jobs 1 and --jobs 2 say a damaged zip's lines in one order (ZIP63, tester T58C).

A zip whose files' own headers are damaged (``damaged-header``, said when the zip is opened) and one of whose files'
data is damaged too (``corrupt-member``, said as it is read): one process said the zip's own lines first, then each
file's as it was read; two processes sorted all of them by file, so a corrupt-member line came between two
damaged-header lines. Now the export's own lines come first in both, then the files' in their order: stdout, stderr
and the output byte-identical, over flat and nested exports, the default, --keep-going and --strict, and each
command that reads (timeline, scan, report).

Invented exports (the zip-cut tests' builders).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_zip_local_header_grid_zip63 import EXPORTS, FB, _headers
from typer.testing import CliRunner

from dataexam.cli import app


def _damaged(export: str, signed: tuple[int, ...]) -> bytes:
    """``export`` with the signatures of the local headers numbered ``signed`` (in the order :func:`_headers` lists
    them) flipped, and a byte of the posts file's data (its 100th) flipped too."""
    out = bytearray(EXPORTS[export]())
    heads = _headers(bytes(out))
    for k in signed:
        out[heads[k][1] + 1] ^= 0x01
    _name, at = next(h for h in heads if h[0].endswith(FB))
    out[at + 30 + len(FB) + 100] ^= 0x20
    return bytes(out)


CASES = {"flat": ("flat", (3, 8, 15)), "nested-stored": ("nested-stored", (4, 10, 20)),
         "nested-deflated": ("nested-deflated", (5, 9, 16))}


@pytest.mark.parametrize("case", sorted(CASES))
def test_jobs_1_and_2_say_the_same_lines_in_the_same_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            case: str) -> None:
    import dataexam.parallel as parallel

    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)  # (workers for this small export too)
    export, signed = CASES[case]
    path = tmp_path / "x.zip"
    path.write_bytes(_damaged(export, signed))
    differ: list[tuple[str, str]] = []
    for command in ("timeline", "scan", "report"):
        for flags in ([], ["--keep-going"], ["--strict"]):
            said = {}
            for jobs in ("1", "2"):
                out = tmp_path / "out.txt"
                out.unlink(missing_ok=True)
                args = [command, str(path), "--jobs", jobs, *flags]
                if command != "scan":
                    args += ["-o", str(out)]
                result = CliRunner().invoke(app, args)
                assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
                said[jobs] = (result.exit_code, result.stdout, result.stderr,
                              out.read_bytes() if out.exists() else b"")
            if said["1"] != said["2"]:
                differ.append((command, " ".join(flags)))
            if command == "timeline" and not flags:
                lines = said["1"][2]
                assert "damaged-header" in lines and "corrupt-member" in lines, lines
                assert lines.rindex("damaged-header") < lines.index("corrupt-member"), lines
    assert differ == []
