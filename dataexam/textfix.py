"""Text repairs shared by parsers."""

from __future__ import annotations

import html
import unicodedata
from typing import Any


def repair_mojibake(text: str) -> str:
    """Undo Meta's mojibake: each UTF-8 byte written as its own ``\\u00XX`` escape.

    Facebook (every era, still in 2024–25 exports) and Instagram JSON decode to strings such as
    ``"Tobias L\\u00c3\\u00b8ye"``; mapping each code point back to a byte and decoding the bytes as
    UTF-8 restores ``"Tobias Løye"`` (and emoji). Text that is already right (pure ASCII, or any
    code point above U+00FF, or bytes that are not valid UTF-8) is returned unchanged. A U+FFFD
    (a lone surrogate escape replaced while reading) is kept and the text around it repaired.
    """
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeEncodeError:
        # U+FFFD stands for a lone surrogate escape (dataexam.surrogates): repair around it
        if "\ufffd" in text:
            return "\ufffd".join(map(repair_mojibake, text.split("\ufffd")))
        return text
    except UnicodeDecodeError:
        return text


def repair_tree(value: Any) -> Any:
    """Apply :func:`repair_mojibake` to every string in a decoded JSON value, keys included."""
    if isinstance(value, str):
        return repair_mojibake(value)
    if isinstance(value, list):
        return [repair_tree(v) for v in value]
    if isinstance(value, dict):
        return {repair_mojibake(k): repair_tree(v) for k, v in value.items()}
    return value


def unescape_html(text: str) -> str:
    """X stores tweet text HTML-escaped (``&amp;``, ``&lt;``); return what the person typed."""
    amps = text.count("&")
    if not amps:
        return text
    if amps == text.count("&amp;") + text.count("&lt;") + text.count("&gt;"):
        # only the three entities X writes: plain replaces give html.unescape's text (&amp; last, so
        # "&amp;lt;" stays "&lt;" as in its single pass) at a tenth of its regex-and-callback cost
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return html.unescape(text)


def folder_slug(name: str) -> str:
    """A name as Facebook spells it in a thread folder's name: lower-case ASCII letters and digits only ("Håkon
    Brække" → "hakonbrkke", "Kari Sand" and the ≈2020 folder "KariSand" → "karisand"; accents dropped by
    decomposition). Used by the Facebook parser's message keys and the social circle's owner and contacts."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())
