"""ART57: docs/findings.md's `sensitive_signals` keys and `platform_vs_derived`'s special categories are the code's one
list (art9.ART9_CATEGORIES / ART9_WORDS); both lacked ethnicity."""

import re
from pathlib import Path

from dataexam.art9 import ART9_CATEGORIES, ART9_WORDS

FINDINGS = (Path(__file__).resolve().parents[1] / "docs" / "findings.md").read_text(encoding="utf-8")


def test_sensitive_signals_keys_are_the_code_list():
    row = next(line for line in FINDINGS.splitlines() if line.startswith("| `sensitive_signals`"))
    keys = re.search(r"`\{([\w|]+): \{records", row)
    assert keys is not None
    assert tuple(keys.group(1).split("|")) == ART9_CATEGORIES
    assert tuple(keys.group(1).split("|")) == ("health", "religion", "politics", "sexuality", "union", "ethnicity")


def test_platform_vs_derived_names_every_special_category():
    row = next(line for line in FINDINGS.splitlines() if line.startswith("| `platform_vs_derived`"))
    assert f"an item in a special category ({ART9_WORDS}: `art9.ART9_WORDS`) is left out unsaid" in row
    assert ART9_WORDS == "health, religion, politics, sexuality, union membership, ethnicity"
