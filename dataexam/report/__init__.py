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

from ..wording import readable_text
from . import view
from .charts import hbar
from .view import SECTIONS, Detail

Format = Literal["text", "json", "markdown", "html"]
FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html")


def prepare(report: Any, *, only: Iterable[str] | None = None, redact: bool = False) -> dict[str, Any]:
    """The dict every renderer reads: findings picked by ``only``, redacted when asked."""
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
    if fmt != "json":
        data = readable(data)
    token = view.DOLLARS_APART.set(view.other_dollars(data))
    try:
        _render(data, fmt, out, detail)
    finally:
        view.DOLLARS_APART.reset(token)


def _render(data: dict[str, Any], fmt: Format, out: TextIO | Console, detail: Detail) -> None:
    """:func:`render`'s body: ``data`` (:func:`prepare`'s dict) to ``out`` as ``fmt``."""
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

    data = readable(prepare(report))
    token = view.DOLLARS_APART.set(view.other_dollars(data))
    try:
        return _to_markdown(data, detail)
    finally:
        view.DOLLARS_APART.reset(token)


def readable(data: Any) -> Any:
    """The report's dict as the readers' renderers (text, Markdown, HTML) use it: every string, key and value, without
    Unicode's bidirectional controls and control characters (:func:`dataexam.wording.readable_text`: a U+202E from an
    export's field reversed the report's line around it, an ESC sequence in a name rewrote the terminal); the JSON
    report keeps the data as written. Other values (numbers, the clock under
    ``view.CLOCK_KEY``) as they are; a dict or list without any such character is returned itself."""
    if isinstance(data, str):
        return readable_text(data)
    if isinstance(data, dict):
        out: dict[Any, Any] = {}
        changed = False
        for key, value in data.items():
            new_key, new_value = readable(key), readable(value)
            changed = changed or new_key is not key or new_value is not value
            out[new_key] = new_value
        return out if changed else data
    if isinstance(data, (list, tuple)):
        items = [readable(v) for v in data]
        if all(a is b for a, b in zip(items, data, strict=True)):
            return data
        return items if isinstance(data, list) else tuple(items)
    return data


__all__ = ["FORMATS", "SECTIONS", "Format", "hbar", "prepare", "readable", "render", "to_json", "to_markdown"]
