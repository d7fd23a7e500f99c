"""The JSON report (``-f json``): schema ``dataexam.report/1``, validated by ``schemas/report.schema.json``.

Compatible additions for scripts: ``tool`` (``{"name": "dataexam", "version": …}``) and ``by_id`` (every
finding again, keyed by its id: ``.by_id.spending.value``). ``inputs`` carries, when the report came
through :func:`dataexam.api.report`, ``exports`` (base names, detected source, variant, confidence),
``parse_issues`` (total, by code, by file) and the real ``duplicates_skipped`` of the merge.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from .. import __version__
from ..events import json_default

#: an instant as a report writes it (``events.format_time``: ISO-8601 UTC, ``…Z``), the only strings a renderer
#: reads on the person's clock (``view.local_time``); a date-only value is never moved by a clock
_INSTANT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)")


def _instants(node: Any, out: list[datetime]) -> None:
    if isinstance(node, str):
        if _INSTANT.fullmatch(node):
            out.append(datetime.fromisoformat(node.replace("Z", "+00:00")).astimezone(UTC).replace(tzinfo=None))
    elif isinstance(node, dict):
        for v in node.values():
            _instants(v, out)
    elif isinstance(node, list | tuple):
        for v in node:
            _instants(v, out)


def report_instants(data: dict[str, Any]) -> list[datetime]:
    """Every instant a report dict writes (``_INSTANT`` strings; not the tool's, the ``by_id`` copy's nor
    ``generated_at``), naive UTC, sorted."""
    seen: list[datetime] = []
    _instants({k: v for k, v in data.items() if k not in ("tool", "by_id", "generated_at")}, seen)
    return sorted(seen)


#: why a period's ``examples_from`` is None (WINDOW62, T58E: a bare null beside an undated switch said nothing of why)
EXAMPLES_FROM_NONE = ("no instant this report dates falls in this period: its records are withheld (near a "
                      "night-time move, or at night) or there are none")


def _with_examples_from(out: dict[str, Any], clock: Any) -> dict[str, Any]:
    """``out`` with ``examples_from`` on each ``timezone`` period whose switch is undated (GATE3: "withheld Wed
    01:30"): the first instant this report writes anywhere that the report's own clock (``Report.clock``, never
    written) reads on that period's clock — the switch as a report rendered from this JSON needs it to read every
    instant in it on the clock the live rendering does (``view.local_zone``); None when no instant of the report
    falls in the period, with ``examples_from_why`` (:data:`EXAMPLES_FROM_NONE`). No date the report does not
    already give: an instant of its own, said dated there. A
    new dict; ``out`` unchanged."""
    switches = getattr(clock, "switches", None)
    findings = out.get("findings")
    if not switches or not isinstance(findings, list):
        return out
    for n, f in enumerate(findings):
        if not (isinstance(f, dict) and f.get("id") == "timezone" and isinstance(f.get("value"), dict)):
            continue
        periods = f["value"].get("periods")
        if not isinstance(periods, list) or len(periods) != len(switches) + 1:
            return out
        seen = report_instants(out)
        said = []
        for k, p in enumerate(periods):
            if k == 0 or not isinstance(p, dict) or not any(str(p.get(b)).startswith("withheld")
                                                                 for b in ("start", "from")):
                said.append(p)
                continue
            end = switches[k] if k < len(switches) else None
            first = next((t for t in seen if t >= switches[k - 1] and (end is None or t < end)), None)
            said.append(p | ({"examples_from": first.strftime("%Y-%m-%dT%H:%M:%SZ")} if first else
                             {"examples_from": None, "examples_from_why": EXAMPLES_FROM_NONE}))
        value = f["value"] | {"periods": said}
        return out | {"findings": [*findings[:n], f | {"value": value}, *findings[n + 1:]]}
    return out


def to_json(data: dict[str, Any]) -> str:
    out = dict(data)
    clock = out.pop("_clock", None)  # view.CLOCK_KEY: the renderers' own copy of the clock, not part of the report
    out = _with_examples_from(out, clock)
    out["tool"] = {"name": "dataexam", "version": __version__}
    out["by_id"] = {f["id"]: f for f in out.get("findings", []) if isinstance(f, dict) and "id" in f}
    return json.dumps(out, ensure_ascii=False, indent=2, default=json_default)
