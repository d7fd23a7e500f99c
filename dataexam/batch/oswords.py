"""Plain words for the system's refusals to write a batch's outputs (T29B M2: a unit's reason was
``worker failed (OSError)``; a resume into a read-only folder an "internal error").

``ENOSPC``, ``EDQUOT``, ``EROFS``, ``EACCES``/``EPERM`` are the errno values of ``write(2)``/``open(2)`` for a full
device, a used-up quota, a read-only file system and a missing permission (Linux ``errno(3)``; the same names on
macOS and the BSDs).
"""

from __future__ import annotations

import errno

_PLAIN = {
    errno.ENOSPC: "no room left on the device",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "a file larger than the file system or a file size limit allows",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "no permission to write there",
    errno.EPERM: "no permission to write there",
}


#: errno values only a write gives (reading an export never does): a unit's OSError with one of them is its outputs'
WRITE_ONLY_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS})


def plain_reason(exc: BaseException) -> str:
    """Why a write failed, in plain words (``no room left on the device``); for an errno without words of its
    own, the system's text (``Input/output error``), else the exception's type name."""
    if isinstance(exc, OSError):
        if exc.errno in _PLAIN:
            return _PLAIN[exc.errno]
        if exc.strerror:
            return exc.strerror
    return type(exc).__name__


__all__ = ["WRITE_ONLY_ERRNOS", "plain_reason"]
