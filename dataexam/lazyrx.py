"""Regular expressions compiled when first used, not at import.

A module-level ``re.compile`` is paid by every run that imports the module, whether or not the run meets a record the
pattern is for: an X archive of likes and DMs never reads a Facebook life event's title, a German death notice or a
pet's diagnosis, yet ``import dataexam.inference`` compiled them all (issue 16: two thirds of its regex compile time
went to patterns an X archive's report never used). :func:`lazy_compile` stands in for ``re.compile`` at module level:
the pattern is compiled at its first use, and every attribute read then (``search``, ``sub``, ``pattern`` …) is kept
on the stand-in, so later calls cost what a compiled pattern's do.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """A :class:`re.Pattern` compiled on first use (module text). Reads like one; not an instance of it."""

    def __init__(self, pattern: str | bytes, flags: int | re.RegexFlag = 0) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[Any] | None = None
        #: the pattern's text, as :attr:`re.Pattern.pattern` gives it (read without compiling)
        self.pattern = pattern

    def source(self) -> tuple[str | bytes, int]:
        """``(pattern, flags)`` as given to :func:`lazy_compile` (not compiled: the flags are those given, without
        the pattern's inline ones or ``re.UNICODE``, which :attr:`re.Pattern.flags` adds)."""
        return self._source

    def compiled(self) -> re.Pattern[Any]:
        """The compiled pattern (compiled now if not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # only attributes not found on the stand-in come here: each is read once from the compiled pattern and kept
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, self._source)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r})"


def lazy_compile(pattern: str | bytes, flags: int | re.RegexFlag = 0) -> Any:
    """``re.compile(pattern, flags)`` at the pattern's first use (:class:`LazyPattern`); typed ``Any`` so that a
    module's ``re.Pattern[str]`` annotations and calls read it as the pattern it stands for."""
    return LazyPattern(pattern, flags)
