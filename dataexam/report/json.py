"""The JSON report (``-f json``): schema ``dataexam.report/1``, validated by ``schemas/report.schema.json``.

Compatible additions for scripts: ``tool`` (``{"name": "dataexam", "version": …}``) and ``by_id`` (every
finding again, keyed by its id: ``.by_id.spending.value``). ``inputs`` carries, when the report came
through :func:`dataexam.api.report`, ``exports`` (base names, detected source, variant, confidence),
``parse_issues`` (total, by code, by file) and the real ``duplicates_skipped`` of the merge.
"""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..events import json_default


def to_json(data: dict[str, Any]) -> str:
    out = dict(data)
    out.pop("_clock", None)  # view.CLOCK_KEY: the renderers' own copy of the clock, not part of the report
    out["tool"] = {"name": "dataexam", "version": __version__}
    out["by_id"] = {f["id"]: f for f in data.get("findings", []) if isinstance(f, dict) and "id" in f}
    return json.dumps(out, ensure_ascii=False, indent=2, default=json_default)
