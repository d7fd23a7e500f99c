"""Reference tables shipped in the package (``dataexam/data/*.json``), built once from a library's data.

A table that costs a report a library's load (babel's 27 locales: ≈0.2 s of CPU; pycountry's tables and their
translations: ≈0.1 s) ships as JSON beside the code and is read in ≈0.003 s; a copy without the file (an unusual
install) computes it, so the answer is the same either way. Each table's test holds the shipped copy to the installed
library (``tests/test_clock_place_bounded.py``, ``tests/test_place_towns.py``); ``python -m`` of the table's module
writes it again after a library update (:func:`write`).
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

#: the package's folder of shipped tables (``package-data`` in pyproject.toml: ``data/*``)
DATA_DIR = Path(__file__).resolve().parent / "data"


def read(name: str, compute: Callable[[], T]) -> T:
    """The JSON table ``name`` (a file of ``dataexam/data``) as shipped, else ``compute()`` (what the file holds,
    built from the libraries): a dict or list of plain JSON values either way."""
    try:
        text = importlib.resources.files("dataexam").joinpath("data", name).read_text(encoding="utf-8")
    except OSError:
        return compute()
    return json.loads(text)


def write(name: str, table: Any) -> Path:
    """Write ``table`` as the shipped JSON table ``name`` (compact UTF-8, one line and a newline); its path."""
    target = DATA_DIR / name
    target.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return target
