"""Render an inference :class:`~dataexam.inference.Report`: one renderer module per format.

``render(report, fmt, out)`` writes ``report`` as ``text`` (terminal, :mod:`.text`), ``json``
(schema ``dataexam.report/1``, :mod:`.json`), ``markdown`` (:mod:`.markdown`) or ``html`` (one
self-contained offline file with charts, :mod:`.html`). Every renderer works on the report's dict form
(:mod:`.view` holds the shared wording); ``only`` picks findings, ``detail="full"`` adds methods,
literature and all evidence, and ``redact=True`` (:mod:`.redact`) keeps aggregates only, for sharing.

Raises ValueError for an unknown format or an unknown name in ``only``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, TextIO

from rich.console import Console

from .charts import hbar
from .view import SECTIONS, Detail

Format = Literal["text", "json", "markdown", "html"]
FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html")


def prepare(report: Any, *, only: Iterable[str] | None = None, redact: bool = False) -> dict[str, Any]:
    """The dict every renderer reads: findings picked by ``only``, redacted when asked."""
    from . import view
    from .redact import redact as redact_dict

    data = view.select(view.as_dict(report), list(only) if only else None)
    data = redact_dict(data) if redact else data
    if getattr(report, "clock", None) is not None:
        # the real clock, switches included, for the local times (view.local_zone); never written (json.to_json)
        data[view.CLOCK_KEY] = report.clock
    return data


def render(report: Any, fmt: Format, out: TextIO | Console, *, detail: Detail = "default",
           only: Iterable[str] | None = None, redact: bool = False) -> None:
    """Write ``report`` (a ``Report`` or its dict) to ``out`` (a text stream or a rich Console) as ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format: {fmt!r} (known: {', '.join(FORMATS)})")
    if detail not in ("default", "full"):
        raise ValueError(f"unknown detail level: {detail!r} (known: default, full)")
    data = prepare(report, only=only, redact=redact)
    if fmt == "text":
        from .text import render_text

        console = out if isinstance(out, Console) else Console(file=out, width=100, force_terminal=False,
                                                               color_system=None, highlight=False)
        render_text(data, console, detail)
        return
    if fmt == "json":
        from .json import to_json

        text = to_json(data) + "\n"
    elif fmt == "markdown":
        from .markdown import to_markdown

        text = to_markdown(data, detail)
    else:
        from .html import to_html

        text = to_html(data, detail)
    if isinstance(out, Console):
        out.file.write(text)
    else:
        out.write(text)


def to_json(report: Any) -> str:
    """The report as JSON text (schema ``dataexam.report/1`` with ``by_id`` and ``tool``)."""
    from .json import to_json as _to_json

    return _to_json(prepare(report))


def to_markdown(report: Any, detail: Detail = "default") -> str:
    from .markdown import to_markdown as _to_markdown

    return _to_markdown(prepare(report), detail)


__all__ = ["FORMATS", "SECTIONS", "Format", "hbar", "prepare", "render", "to_json", "to_markdown"]
