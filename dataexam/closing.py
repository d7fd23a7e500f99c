"""A reader over another stream that closes that stream when it is closed (:class:`ClosesRaw`)."""

from __future__ import annotations

from typing import IO, Any


class ClosesRaw:
    """Mixin for an ``io`` reader class over the stream in ``self._raw``: :meth:`close` closes that stream, then the
    reader itself — also when closing the stream raises (the reader is closed either way). Put it before the ``io``
    base class: ``class _Window(ClosesRaw, io.RawIOBase)``."""

    _raw: IO[bytes] | Any

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()  # type: ignore[misc]
