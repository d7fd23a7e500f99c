"""The parser registry: every parser, built-in or third-party, comes through one entry-point group.

Built-in parsers are declared in dataexam's own ``pyproject.toml`` under the entry-point group
``dataexam.parsers``, exactly as a plugin would declare its own; a plugin package adds a line
such as ``mysource = "dataexam_mysource:MySourceParser"`` to the same group. A plugin that fails to
import is recorded as a warning and skipped, never a crash.

When dataexam runs from a source checkout that was never installed (no entry points), the
built-ins are loaded from :data:`BUILTIN_PARSERS` instead.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata

from .archive import DEFAULT_LIMITS, Archive, ArchiveLimits
from .errors import UnknownSource
from .events import Detection
from .parser import Parser

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "dataexam.parsers"

BUILTIN_PARSERS: dict[str, str] = {
    "twitter": "dataexam_parsers.twitter:TwitterParser",
    "facebook": "dataexam_parsers.facebook:FacebookParser",
    "amazon": "dataexam_parsers.amazon:AmazonParser",
}

#: below this confidence a parser's claim on an archive is not taken
MIN_CONFIDENCE = 0.15


@dataclass(frozen=True)
class ParserInfo:
    """A loaded parser class with where it came from."""

    name: str
    version: str
    origin: str
    cls: type[Parser]

    @property
    def kinds(self) -> dict[str, str]:
        return dict(self.cls.kinds)


@dataclass
class Registry:
    """The parsers available in this run, and warnings about plugins that could not load."""

    parsers: dict[str, ParserInfo] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return sorted(self.parsers)

    def create(self, name: str, limits: ArchiveLimits = DEFAULT_LIMITS) -> Parser:
        try:
            info = self.parsers[name]
        except KeyError:
            raise UnknownSource(f"no parser named '{name}' (installed: {', '.join(self.names())})") from None
        return info.cls(limits)

    def detect(self, archive: Archive) -> list[Detection]:
        """Every parser's detection for ``archive``, most confident first."""
        detections = []
        for name in self.names():
            try:
                detections.append(self.parsers[name].cls().detect(archive))
            except Exception as exc:  # a plugin's detect() must not end the run
                self.warnings.append(f"parser '{name}' failed while detecting ({type(exc).__name__})")
        return sorted(detections, key=lambda d: (-d.confidence, d.parser))

    def best(self, archive: Archive) -> Detection | None:
        """The most confident detection above :data:`MIN_CONFIDENCE`, if any."""
        for detection in self.detect(archive):
            if detection.confidence >= MIN_CONFIDENCE or detection.variant == "html-export":
                return detection
            break
        return None


def _load_class(spec: str) -> type[Parser]:
    module_name, _, attr = spec.partition(":")
    module = importlib.import_module(module_name)
    cls = getattr(module, attr)
    if not (isinstance(cls, type) and issubclass(cls, Parser)):
        raise TypeError(f"{spec} is not a dataexam Parser subclass")
    return cls


def load_registry(*, entry_points: bool = True, extra: Iterable[type[Parser]] = ()) -> Registry:
    """Load every parser: built-ins and plugins from the ``dataexam.parsers`` entry points.

    ``entry_points=False`` loads only the built-ins, so tests do not depend on what else is
    installed; ``extra`` adds parser classes directly (tests, notebooks).
    """
    registry = Registry()
    attempted: set[str] = set()
    if entry_points:
        for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
            attempted.add(ep.name)
            dist = ep.dist
            dist_name = dist.metadata["Name"] if dist is not None else "?"
            try:
                cls = ep.load()
                if not (isinstance(cls, type) and issubclass(cls, Parser)):
                    raise TypeError("not a Parser subclass")
            except Exception as exc:
                registry.warnings.append(
                    f"plugin parser '{ep.name}' from {dist_name} could not be loaded "
                    f"({type(exc).__name__}); skipped")
                continue
            if dist_name.lower() == "dataexam":
                origin = "built-in"
                version = cls.version
            else:
                origin = f"plugin: {dist_name} {dist.version if dist else ''}".strip()
                version = cls.version if cls.version != "0" else (dist.version if dist else "0")
            registry.parsers[cls.name or ep.name] = ParserInfo(cls.name or ep.name, version, origin, cls)
    for name, spec in BUILTIN_PARSERS.items():
        if name in registry.parsers or name in attempted:
            continue
        try:
            cls = _load_class(spec)
        except Exception as exc:
            registry.warnings.append(f"built-in parser '{name}' could not be loaded ({type(exc).__name__})")
            continue
        registry.parsers[name] = ParserInfo(name, cls.version, "built-in", cls)
    for cls in extra:
        registry.parsers[cls.name] = ParserInfo(cls.name, cls.version, "extra", cls)
    return registry
