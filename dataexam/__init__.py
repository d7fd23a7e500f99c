"""dataexam: see what companies could learn from your data exports.

The public API lives in :mod:`dataexam.api`; the most used names are re-exported here.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .events import SCHEMA_VERSION, Event, Origin, ParseIssue, TimeSource

__all__ = ["SCHEMA_VERSION", "Event", "Origin", "ParseIssue", "TimeSource", "__version__"]
