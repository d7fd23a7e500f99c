"""Renderers read finding dicts defensively: an empty report and findings whose value changed shape
(the inference modules evolve) still render in every format, falling back to each finding's summary."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest
from report_data import planted_report

from dataexam import report as report_module
from dataexam.inference import infer

ODD_VALUES = (None, [], {}, "a string", 3, [1, 2], {"weekday": "x", "totals": [1], "heatmap": [[1]],
                                                     "weekly": [{"week": "nope"}], "shares": {"de": "x"},
                                                     "factors": {"x": "y"}, "platforms": {"a": 1}})


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_empty_report(fmt):
    rep = infer([], now=datetime(2025, 1, 1, tzinfo=UTC))
    buf = io.StringIO()
    report_module.render(rep, fmt, buf, detail="full")
    out = buf.getvalue()
    assert out
    if fmt == "text":
        assert "Not enough data for:" in out


@pytest.mark.parametrize("odd", ODD_VALUES, ids=lambda v: type(v).__name__ + str(len(json.dumps(v))))
def test_every_finding_with_an_unexpected_value(odd):
    data = planted_report().to_dict()
    for f in data["findings"]:
        f["value"] = odd
        f["summary"] = f"summary of {f['id']}"
    for fmt in ("text", "markdown", "html", "json"):
        buf = io.StringIO()
        report_module.render(data, fmt, buf, redact=fmt == "markdown")
        if fmt != "json":
            assert "summary of spending" in buf.getvalue()  # the finding's own words when its value is odd
