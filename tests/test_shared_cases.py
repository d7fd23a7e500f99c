"""Every regression case of ``tests/cases`` (inputs reproducing real exports' failures) as a test.

Each case folder holds ``input/``, ``CASE.md`` and ``expected.json``; every run in it is executed as
``python -m dataexam ARGS`` with the case folder as the working directory, and judged by the cases'
own checker (``tests/cases/run_cases.py``), so this test and ``python3 run_cases.py`` agree.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"

_spec = importlib.util.spec_from_file_location("dataexam_cases_checker", CASES / "run_cases.py")
assert _spec and _spec.loader
checker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checker)

#: cases whose fix has not landed yet: strict, so a fixed case must leave this set
NOT_YET: set[str] = set()

ENV = dict(os.environ, COLUMNS="500", NO_COLOR="1", PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")


def _runs() -> list:
    params = []
    for expected in sorted(CASES.glob("*/expected.json")):
        case = expected.parent
        spec = json.loads(expected.read_text(encoding="utf-8"))
        for i, run in enumerate(spec["runs"]):
            marks = [pytest.mark.xfail(strict=False, reason="fix not landed yet")] if case.name in NOT_YET else []
            params.append(pytest.param(case, run, id=f"{case.name}/{i}-{run.get('name', '')[:40]}", marks=marks))
    return params


@pytest.mark.parametrize(("case", "run"), _runs())
def test_case(case: Path, run: dict) -> None:
    proc = subprocess.run([sys.executable, "-m", "dataexam", *run["args"]], cwd=case, env=ENV,
                          capture_output=True, timeout=600, check=False)
    fails = checker.check_run(run, proc.returncode, proc.stdout.decode("utf-8", "replace"),
                              proc.stderr.decode("utf-8", "replace"))
    assert not fails, "\n".join(fails)


def test_not_yet_names_real_cases() -> None:
    names = {p.parent.name for p in CASES.glob("*/expected.json")}
    assert NOT_YET <= names
