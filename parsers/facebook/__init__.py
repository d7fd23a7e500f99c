"""The Facebook "Download Your Information" parser (JSON exports, 2018–2025).

Reach it through :func:`dataexam.registry.load_registry`; the class is exported here for the
``dataexam.parsers`` entry point ``dataexam_parsers.facebook:FacebookParser``.
"""

from .parser import FacebookParser

__all__ = ["FacebookParser"]
