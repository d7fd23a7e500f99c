"""Installing: the wheel's package names, its entry points, and the README's fresh-machine commands (issue 13)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from helpers import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
CI = (REPO / ".ci" / "run").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # a copy of what the build reads, so setuptools' build/ folder is not left in the repository
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(REPO / name, source / name)
    for name in ("dataexam", "parsers"):
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    # no build isolation: nothing is downloaded; the test environment's setuptools builds it
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(out), str(source)], capture_output=True, timeout=600, check=False,
                          env=dict(os.environ, PIP_NO_INDEX="1"))
    assert proc.returncode == 0, proc.stderr.decode()
    (found,) = out.glob("dataexam-*.whl")
    return found


def test_wheel_has_no_top_level_parsers_package(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/", 1)[0] for n in names}
    assert "parsers" not in tops
    assert {"dataexam", "dataexam_parsers"} <= tops
    assert {"dataexam_parsers/twitter.py", "dataexam_parsers/facebook/__init__.py",
            "dataexam_parsers/amazon.py"} <= set(names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "dataexam = dataexam.cli:main" in text
    for name in ("twitter", "facebook", "amazon"):
        assert f"{name} = dataexam_parsers.{name}:" in text
    assert "= parsers." not in text


def test_wheel_entry_points_load_from_the_wheel(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import importlib.metadata as m, importlib.util, json, dataexam, dataexam_parsers\n"
        "from dataexam.registry import load_registry\n"
        "eps = m.entry_points(group='dataexam.parsers')\n"
        "loaded = {ep.name: ep.load().__module__ for ep in eps}\n"
        "reg = load_registry()\n"
        "print(json.dumps({'dataexam': dataexam.__file__, 'parsers_pkg': dataexam_parsers.__file__,"
        " 'loaded': loaded, 'names': reg.names(), 'bare_parsers': importlib.util.find_spec('parsers') is not None,"
        " 'script': [ep.value for ep in m.entry_points(group='console_scripts') if ep.name == 'dataexam']}))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(site))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, cwd=tmp_path, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    import json

    got = json.loads(proc.stdout)
    assert got["dataexam"].startswith(str(site)) and got["parsers_pkg"].startswith(str(site))
    assert set(got["loaded"]) == {"twitter", "facebook", "amazon"}
    assert all(module.startswith(f"dataexam_parsers.{name}") for name, module in got["loaded"].items())
    assert sorted(got["names"]) == ["amazon", "facebook", "twitter"]
    assert got["bare_parsers"] is False
    assert got["script"] == ["dataexam.cli:main"]


# -- the README's two commands for a fresh machine are what CI runs ------------------------------------

def readme_command(marker: str) -> str:
    """The one-line shell command in the code block right after ``<!-- ci: MARKER -->`` in the README."""
    m = re.search(rf"<!-- ci: {marker} -->\s*```sh\n(.+?)\n```", README)
    assert m, f"README lacks the '{marker}' command block"
    return m.group(1)


def test_readme_fresh_machine_commands_use_a_virtual_environment() -> None:
    try_it, test_it = readme_command("try"), readme_command("test")
    for command in (try_it, test_it):
        # PEP 668 (Debian/Ubuntu system Python) refuses `pip install` outside a virtual environment
        assert command.startswith("python3 -m venv .venv && .venv/bin/pip install ")
        assert "python3 -m pip install" not in command
    assert try_it.endswith(".venv/bin/dataexam demo")
    assert "pytest" in test_it


def test_ci_runs_exactly_the_readme_commands() -> None:
    # .ci/run reads the commands out of the README (so they cannot drift apart) and runs them, plus ruff
    assert "<!-- ci: try -->" in CI and "<!-- ci: test -->" in CI
    assert "ruff check ." in CI
    proc = subprocess.run(["bash", str(REPO / ".ci" / "run"), "--print-commands"], capture_output=True, timeout=60,
                          check=False, cwd=REPO)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode().splitlines() == [readme_command("try"), readme_command("test")]
