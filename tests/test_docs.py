"""The documentation keeps up with the code: every kind, every finding id, the event schema."""

from __future__ import annotations

import json

import pytest

from dataexam.registry import load_registry
from helpers import REPO

REGISTRY = load_registry(entry_points=False)
KINDS_DOC = (REPO / "docs" / "kinds.md").read_text(encoding="utf-8")
README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", sorted(k for info in REGISTRY.parsers.values() for k in info.kinds))
def test_every_kind_is_documented(kind: str) -> None:
    assert f"`{kind}`" in KINDS_DOC


def test_kinds_belong_to_their_source() -> None:
    for name, info in REGISTRY.parsers.items():
        assert info.kinds, f"{name} declares no kinds"
        assert all(k.startswith(f"{name}.") for k in info.kinds)


def test_every_finding_id_is_in_the_readme_and_findings_doc() -> None:
    from dataexam.inference import FINDING_IDS

    findings_doc = (REPO / "docs" / "findings.md").read_text(encoding="utf-8")
    for finding_id in FINDING_IDS:
        assert f"`{finding_id}`" in README, finding_id
        assert f"`{finding_id}`" in findings_doc, finding_id


def test_event_schema_matches_the_event_shape() -> None:
    from dataexam.events import Event

    schema = json.loads((REPO / "dataexam" / "schemas" / "event.schema.json").read_text(encoding="utf-8"))
    assert set(schema["required"]) == set(Event.__dataclass_fields__)
    assert set(schema["properties"]["time_source"]["enum"]) == {"utc", "assumed-utc", "local-converted",
                                                                "date-only", "none"}


def test_timeline_rows_validate_against_the_event_schema() -> None:
    import jsonschema
    from typer.testing import CliRunner

    from dataexam import cli
    from helpers import FIXTURES

    schema = json.loads((REPO / "dataexam" / "schemas" / "event.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    trees = [FIXTURES / s / c / "archive" for s, c in (("twitter", "current"), ("facebook", "2024-25"),
                                                         ("amazon", "legacy"))]
    result = CliRunner().invoke(cli.app, ["timeline", *map(str, trees)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["source"] for r in rows} == {"twitter", "facebook", "amazon"}
    for row in rows:
        validator.validate(row)
