"""The JSON report stays `dataexam.report/1` and adds what scripts ask for: by_id, the tool version, the
inputs (base names, source, variant), the parse-issue summary and the real duplicates count."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest
from report_data import demo_report

from dataexam import __version__, api
from dataexam import report as report_module
from dataexam.events import ParseIssue

SCHEMA = json.loads((Path(api.__file__).parent / "schemas" / "report.schema.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return demo_report(tmp_path_factory)


@pytest.fixture(scope="module")
def data(demo):
    buf = io.StringIO()
    report_module.render(demo[0], "json", buf)
    return json.loads(buf.getvalue())


def test_schema_and_old_keys_unchanged(data):
    jsonschema.validate(data, SCHEMA)
    assert data["schema"] == "dataexam.report/1"
    for key in ("generated_at", "include_sensitive", "inputs", "findings", "withheld_sensitive", "not_attempted"):
        assert key in data
    assert [f["id"] for f in data["findings"]][:2] == ["timezone", "sleep"]


def test_by_id_and_tool(data):
    assert data["tool"] == {"name": "dataexam", "version": __version__}
    assert set(data["by_id"]) == {f["id"] for f in data["findings"]}
    assert data["by_id"]["spending"] == next(f for f in data["findings"] if f["id"] == "spending")
    assert data["by_id"]["spending"]["value"]["main_currency"] == "EUR"


def test_inputs_name_each_export_by_base_name(data, demo):
    exports = data["inputs"]["exports"]
    assert {(e["name"], e["source"], e["variant"]) for e in exports} >= {
        ("facebook-2020", "facebook", "2019-20"), ("twitter-2019", "twitter", "gdpr-2018"),
        ("amazon-legacy", "amazon", "legacy"), ("amazon-2025", "amazon", "2025")}
    parts = next(e for e in exports if e["variant"] == "2024-25")
    assert parts["name"].startswith("1of2-facebook-") and " + 2of2-facebook-" in parts["name"]  # both part folders
    assert not any("/" in e["name"] for e in exports)
    assert data["inputs"]["parse_issues"]["total"] == 0


def test_duplicates_count_is_the_merges(data, demo):
    # the persona's two Facebook, two X and two Amazon exports overlap: the merge drops the repeats
    stats = api.RunStats()
    events = list(api.timeline(demo[1], stats=stats))
    assert stats.merge.duplicates > 100
    assert data["inputs"]["duplicates_skipped"] == stats.merge.duplicates
    # a default report leaves the purchases in special categories out of its counts (sensitive.withheld_purchase)
    from dataexam.inference.sensitive import withheld_purchase as set_aside

    assert data["inputs"]["events"] == len([e for e in events if not set_aside(e)]) < len(events)


def test_parse_issue_summary():
    stats = api.RunStats()
    for member, code in (("a.json", "empty-file"), ("a.json", "empty-file"), ("b/c.js", "bad-json")):
        stats.add_issue(ParseIssue(archive="/x/y.zip", member=member, position=None, code=code, message="m"))
    facts = api.run_facts(stats, guarded=3)
    assert facts["parse_issues"] == {"total": 3, "by_code": {"bad-json": 1, "empty-file": 2},
                                     "by_file": {"a.json": 2, "b/c.js": 1},
                                     # a file cut short is an input note (T43 M), said once per file and wording
                                     # each note says what it did to its file's reading (INP50)
                                     "notes": [{"code": "bad-json", "export": "y.zip", "file": "b/c.js",
                                                "message": "m", "kind": "stops", "nothing_read": False}],
                                     "notes_left_out": []}  # none past the caps (T43B M1)
    assert facts["duplicates_skipped"] == 3


def test_only_and_redact_are_marked(demo):
    buf = io.StringIO()
    report_module.render(demo[0], "json", buf, only=["trips"], redact=True)
    data = json.loads(buf.getvalue())
    jsonschema.validate(data, SCHEMA)
    assert data["only"] == ["trips"] and data["redacted"] is True
    assert [f["id"] for f in data["findings"]] == ["trips"] and list(data["by_id"]) == ["trips"]
