"""What text a path must hold for a parser rule's pattern to match it: a cheap test before the regex.

A parser's table has 30-110 path patterns, almost all of the form ``(^|/)Name…``; a pattern that starts
with an alternation gets no literal-prefix speed-up from ``re``, so each ``search`` tries every position
of the path (2-5 µs on a 65-character path). Asking a path that belongs to another parser (every member
is offered to every parser during detection) cost 50-130 µs per table. Most rows name their file or
folder literally, and a plain ``in`` test of that text rejects the path in ~50 ns.

:func:`required_text` derives, from the compiled pattern's own syntax tree (``re._parser``, the parser
``re`` itself compiles with), alternatives of which one must occur in any string the pattern matches:
only literal characters in the pattern's top-level sequence (outside any repeat, set or case-insensitive
group) count, so the test never rejects a path the pattern would match. A pattern it cannot analyse
gets no test (the regex alone decides).
"""

from __future__ import annotations

import re
from typing import Any

from .lazyrx import LazyPattern

try:  # the parser ``re`` compiles with (Python 3.11+); without it, no pattern gets a test
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python
    _parser = None
    _c = None

#: shorter texts reject too few paths to be worth a test ("/", ".")
MIN_TEXT = 3


def required_text(pattern: re.Pattern[str] | LazyPattern) -> tuple[str, ...] | None:
    """Texts of which at least one occurs in every string ``pattern`` matches (``search``), or ``None``
    when no such texts of :data:`MIN_TEXT` characters or more are found (then every path is searched).
    A pattern not compiled yet (:class:`.lazyrx.LazyPattern`, a parser's rule: :func:`.parser.rules_table`) is read
    from its text and stays uncompiled: only a path holding one of the texts makes ``search`` compile it."""
    source, flags = pattern.source() if isinstance(pattern, LazyPattern) else (pattern.pattern, pattern.flags)
    if _parser is None or flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(source, str):
        return None
    try:
        tree = _parser.parse(source, flags)
    except Exception:  # an analysis that fails only costs the speed-up
        return None
    # the flags the pattern sets inline ("(?i)…") are the parsed tree's, as they are a compiled pattern's .flags
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _sequence(list(tree))
    return found if found is not None and min(len(text) for text in found) >= MIN_TEXT else None


def _sequence(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    """The best requirement of one sequence: its longest run of literal characters, or the alternatives
    of a group of branches (each branch's own requirement), whichever has the longer shortest text."""
    best: tuple[str, ...] | None = None
    run: list[str] = []

    def consider(candidate: tuple[str, ...] | None) -> None:
        nonlocal best
        if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(("".join(run),))
            run = []
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not (add_flags | del_flags) & (re.IGNORECASE | re.VERBOSE):
                consider(_sequence(list(sub)))
        elif op is _c.BRANCH:
            consider(_branches(av[1]))
    if run:
        consider(("".join(run),))
    return best


def _branches(branches: list[Any]) -> tuple[str, ...] | None:
    """One text per branch, each required by its branch: one of them occurs in any match."""
    out: list[str] = []
    for branch in branches:
        found = _sequence(list(branch))
        if found is None:
            return None  # a branch with no literal text (`^` of `(^|/)`): no requirement
        out.extend(found)
    return tuple(dict.fromkeys(out))
