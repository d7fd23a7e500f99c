"""Counting emoji as Unicode defines them, not every pictographic symbol (T27A L2: "✓" was counted as an emoji).

An emoji here is what UTS #51 (Unicode Emoji, https://www.unicode.org/reports/tr51/) shows as one:

* a character with **Emoji_Presentation=Yes** (😀, ✅, ⭐: emoji by default), optionally with a skin-tone
  modifier (U+1F3FB–1F3FF) and joined by ZERO WIDTH JOINER (U+200D) to more of them (👩‍💻 is one emoji);
* an **emoji presentation sequence**: a symbol followed by VARIATION SELECTOR-16 (U+FE0F), which asks for the
  emoji form of a text-default character (❤️ = U+2764 U+FE0F, ✔️);
* a **flag**: two regional indicator letters (🇩🇪); a **keycap**: ``#``, ``*`` or a digit, U+FE0F, U+20E3 (1️⃣).

A text-default symbol without U+FE0F (✓ U+2713 is no emoji at all; ✔ U+2714, ❤ U+2764 and ★ U+2605 are shown as
text) is not counted.

**The Emoji_Presentation table** is generated at import from the Unicode Character Database in the standard
library (:mod:`unicodedata`), no extra package or file: UAX #11 (East Asian Width, since Unicode 9.0) gives every
Emoji_Presentation=Yes character the width W ("wide"), and outside the CJK blocks the wide symbols (general
category So or Sm) are exactly those — checked against emoji-data.txt's Emoji_Presentation list (Unicode 15.1) in
tests/test_emoji_count.py. Two exceptions are handled by name: the Enclosed Ideographic Supplement
(U+1F200–1F2FF) is wide throughout, CJK, and only the members emoji-data.txt lists are taken
(:data:`_ENCLOSED_IDEOGRAPHIC`); regional indicators (U+1F1E6–1F1FF) are narrow and counted in pairs. Characters
newer than the interpreter's Unicode version (Python 3.11: Unicode 14.0) are not known to it and not counted.
"""

from __future__ import annotations

import re
import unicodedata

#: the blocks where Emoji_Presentation characters live (UTS #51's emoji are symbols of these), searched once at import
_BLOCKS = ((0x2000, 0x2BFF), (0x1F000, 0x1F1FF), (0x1F300, 0x1FAFF))
#: Emoji_Presentation=Yes members of the Enclosed Ideographic Supplement (emoji-data.txt, Unicode 15.1)
_ENCLOSED_IDEOGRAPHIC = (0x1F201, 0x1F21A, 0x1F22F, 0x1F232, 0x1F233, 0x1F234, 0x1F235, 0x1F236, 0x1F238,
                         0x1F239, 0x1F23A, 0x1F250, 0x1F251)
_MODIFIERS = "\U0001F3FB-\U0001F3FF"  # Fitzpatrick skin tones: part of the emoji before them


def _presentation() -> list[int]:
    """The Emoji_Presentation=Yes code points the interpreter's Unicode data knows (see the module text)."""
    out = []
    for lo, hi in _BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if unicodedata.east_asian_width(ch) == "W" and unicodedata.category(ch) in ("So", "Sm"):
                out.append(cp)
    return sorted([*out, *_ENCLOSED_IDEOGRAPHIC])


def _ranges(points: list[int]) -> str:
    """A regular-expression character class body for sorted code points, as ranges."""
    parts = []
    start = prev = points[0]
    for cp in [*points[1:], -1]:
        if cp == prev + 1:
            prev = cp
            continue
        parts.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = cp
    return "".join(parts)


PRESENTATION = frozenset(_presentation())
_EP = f"[{_ranges(sorted(PRESENTATION))}]"
_SYMBOL = "[\u00a9\u00ae\u2000-\u2bff\u3030\u303d\u3297\u3299\U0001F000-\U0001FAFF]"  # may take U+FE0F (UTS #51)
_ONE = rf"(?:{_EP}\ufe0f?|{_SYMBOL}\ufe0f)[{_MODIFIERS}]?"
EMOJI = re.compile(rf"[\U0001F1E6-\U0001F1FF]{{2}}|[#*0-9]\ufe0f?\u20e3|{_ONE}(?:\u200d{_ONE})*")


def count_emoji(text: str) -> int:
    """How many emoji ``text`` holds, each flag, keycap and ZWJ sequence once (see the module text)."""
    if text.isascii():  # every emoji needs a character beyond ASCII (a keycap its U+20E3): none, without the scan
        return 0
    return len(EMOJI.findall(text))


__all__ = ["EMOJI", "PRESENTATION", "count_emoji"]
