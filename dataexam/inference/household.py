"""Children read from what is bought for them: nappy sizes, formula stages and baby clothes' age sizes, each an age
band, put together into one run per child (T32B M9).

A second baby's newborn nappies after the first child's size 5 ("Pampers Baby-Dry Size 1 → 5", Feb 2021 – May 2023,
nine months of nothing, then "Pampers Premium Protection Size 1/2" from March 2024) were one child "about 46 months
old by the last purchase": the sizes were read as one progression. Each purchase of a sized item says the child it
is for was of an age in a band then (size 1: 0–2 months; stage 3 formula: 12–36; "3-6 months" clothes: 3–6), so it
says when that child was born, within a window: ``[month − band's top, month − band's foot]``. One child's purchases
keep one birth window; a purchase whose window lies apart from every child's so far (widened by
:data:`TOLERANCE_MONTHS` either side: makers' bands differ and children's weights spread around the median) is
another child's — a size going back to a newborn's after a larger one (after a gap or not), and two children bought
for in the same months (sizes 5 and 1), alike. A child's run of one month only is no child (a present for a friend's
baby); :func:`read_children` leaves it out.

Pure functions over a bounded list of (month, line, band) observations (the household finding keeps at most
``interests.MAX_NAPPY_KEYS`` distinct ones); no state per record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

from ..lazyrx import lazy_compile

#: months a purchase's birth window is widened either side before it is compared with a child's: one child is
#: bought for in a size a few months off its band (a heavy baby in size 4 at 8 months, a slim toddler in size 3 at
#: 18), while siblings are born at least a year apart (twins share a run)
TOLERANCE_MONTHS = 6
#: a child bought for in one line (nappies, formula, clothes) within this many months, at its size or the next, is
#: the same child even past its band's end (a child in size 4 for three years; size 3 for two)
CONTINUITY_MONTHS = 3
#: the top of an open band (nappy size 6 and 7: "13 kg and more"), months above its foot
OPEN_BAND_MONTHS = 36
#: a child is read from purchases in at least this many months (one month's pack: a present, or a mistake)
MIN_CHILD_MONTHS = 2
#: more children than this bought for in one month is a shop's range, no family's (the nappy finding's own rule
#: then says "more than one household's use")
MAX_CHILDREN_AT_ONCE = 3
#: a run starting in this band's foot or younger begins with a newborn (its first month dates the birth)
NEWBORN_FOOT_MONTHS = 1

#: formula stages as the UK's and Europe's makers number them (Aptamil, Cow & Gate, Kendamil, HiPP): 1 first infant
#: milk from birth, 2 follow-on milk from 6 months, 3 growing-up milk from 1 year, 4 from 2 years (the makers' own
#: labels; the NHS: follow-on milk "should never be given to babies under 6 months", growing-up milk from 1 year)
FORMULA_STAGE_MONTHS: dict[int, tuple[int, int]] = {1: (0, 6), 2: (6, 12), 3: (12, 24), 4: (24, 48)}
#: a formula line: the words the makers print
_FORMULA = re.compile(r"\b(?:formula|infant milk|follow[- ]?on milk|growing[- ]?up milk|toddler milk|"
                      r"baby milk|säuglingsmilch|folgemilch|kindermilch|lait infantile|leche infantil)\b",
                      re.IGNORECASE)
_FORMULA_WORDS = ((re.compile(r"\bfirst infant milk\b|\bnewborn\b|\bpre\b|\bfrom birth\b", re.IGNORECASE), 1),
                  (re.compile(r"\bfollow[- ]?on\b|\bfolgemilch\b", re.IGNORECASE), 2),
                  (re.compile(r"\bgrowing[- ]?up\b|\btoddler milk\b|\bkindermilch\b", re.IGNORECASE), 3))
_FORMULA_STAGE = re.compile(r"\b(?:stage|stufe|étape|etapa|no\.?)\s*([1-4])\b|^\s*(?:\w+\s+){0,3}?([1-4])\s+(?:first|"
                            r"follow|growing|infant|toddler)\b", re.IGNORECASE)
#: a garment for a baby (its age size is the child's): the shops' words
_GARMENT = re.compile(r"\b(?:sleepsuits?|babygrows?|baby grows?|bodysuits?|vests?|rompers?|onesies?|outfits?|"
                      r"dress(?:es)?|leggings|pyjamas|pajamas|sleeping bags?|socks|cardigans?|jumpers?|snowsuits?|"
                      r"clothes|clothing|strampler|body)\b", re.IGNORECASE)
#: an age size as clothes give it: "0-3 months", "3-6 Months", "12–18 mths", "2-3 years", "newborn", "tiny baby"
_AGE_SIZE = lazy_compile(r"\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*(m|mths?|months?|y|yrs?|years?)\b", re.IGNORECASE)
_NEWBORN_SIZE = lazy_compile(r"\b(?:newborn|new born|tiny baby|early baby|premature)\b", re.IGNORECASE)


class Band(NamedTuple):
    """One sized purchase: ``month`` "YYYY-MM", ``line`` (``"nappy"``, ``"formula"``, ``"clothes"``), ``step`` as
    written (a nappy size, a formula stage, a clothes size's foot in months) and the child's age band in months then
    (``lo``, ``hi``)."""

    month: str
    line: str
    step: int
    lo: int
    hi: int


def formula_stage(text: str) -> int | None:
    """A formula line's stage (1–4: :data:`FORMULA_STAGE_MONTHS`) by its number ("Aptamil 1 First Infant Milk",
    "Stage 2") or its words ("follow-on milk" 2, "growing up milk" 3); None for a line naming no formula."""
    if not _FORMULA.search(text):
        return None
    m = _FORMULA_STAGE.search(text)
    if m:
        return int(m.group(1) or m.group(2))
    return next((stage for rx, stage in _FORMULA_WORDS if rx.search(text)), None)


def clothes_band(text: str) -> tuple[int, int] | None:
    """A baby garment's age size as a band in months: "0-3 months" (0, 3), "12-18 mths" (12, 18), "2-3 years"
    (24, 36), "newborn"/"tiny baby" (0, 1); None for a line naming no garment or no age size."""
    if not _GARMENT.search(text):
        return None
    m = _AGE_SIZE.search(text)
    if m:
        lo, hi = int(m.group(1)), int(m.group(2))
        if m.group(3).lower().startswith("y"):
            lo, hi = lo * 12, hi * 12
        return (lo, hi) if lo < hi <= 72 else None
    return (0, 1) if _NEWBORN_SIZE.search(text) else None


def _index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


class _Run:
    __slots__ = ("bands", "hi", "latest", "lo", "months")

    def __init__(self, band: Band, lo: int, hi: int) -> None:
        self.lo, self.hi = lo, hi  # the birth window, as month indices
        self.bands: list[Band] = [band]
        self.months: set[str] = {band.month}
        self.latest: dict[str, tuple[int, int]] = {band.line: (_index(band.month), band.lo)}  # line → (month, foot)

    def gap(self, lo: int, hi: int) -> int:
        """Months between this child's birth window and another's (0 where they overlap)."""
        return max(lo - self.hi, self.lo - hi, 0)

    def goes_on(self, band: Band) -> bool:
        """Whether ``band`` continues this child's line: bought in it within :data:`CONTINUITY_MONTHS` at a band
        no younger than the one before it (a size's foot at most a size below: a child in size 4 past its band)."""
        seen = self.latest.get(band.line)
        if seen is None or _index(band.month) - seen[0] > CONTINUITY_MONTHS:
            return False
        younger = [b.lo for b in self.bands if b.line == band.line and b.lo < seen[1]]
        return band.lo >= (max(younger) if younger else seen[1])

    def take(self, band: Band, lo: int, hi: int) -> None:
        self.bands.append(band)
        self.months.add(band.month)
        m = _index(band.month)
        seen = self.latest.get(band.line)
        if seen is None or (m, band.lo) > seen:
            self.latest[band.line] = (m, band.lo)
        if max(lo, self.lo) <= min(hi, self.hi):  # narrow the window where they agree; a band off by a few months
            self.lo, self.hi = max(lo, self.lo), min(hi, self.hi)  # (within the tolerance) leaves it as it was


def child_runs(bands: Iterable[Band]) -> list[dict[str, Any]]:
    """Every run of purchases with one birth window (module text), in the order their first purchase was made; a run
    is ``{first, last, months, born_from, born_to, newborn, lines, sizes, stages, clothes, first_band, last_band,
    bands}``: its first and last month, the months bought in, its birth window's ends ("YYYY-MM"), whether it starts
    at a newborn's band (its first month then dates the birth), the lines it was read from, the nappy sizes, formula
    stages and clothes sizes ("0–3", months) in the order bought (each once), its first and last purchase's band
    ``[lo, hi]``, and its purchases (:class:`Band`)."""
    runs: list[_Run] = []
    for band in sorted(bands, key=lambda b: (b.month, b.lo, b.line, b.step)):
        m = _index(band.month)
        lo, hi = m - band.hi, m - band.lo
        near = [(r.gap(lo, hi), -_index(max(r.months)), k) for k, r in enumerate(runs)
                if r.gap(lo, hi) <= TOLERANCE_MONTHS or r.goes_on(band)]
        if near:
            runs[min(near)[2]].take(band, lo, hi)
        else:
            runs.append(_Run(band, lo, hi))
    out = []
    for r in runs:
        first = min(r.bands, key=lambda b: (b.month, b.lo))
        last = max(r.bands, key=lambda b: (b.month, b.lo))

        def steps(line: str, bands: list[Band] = r.bands) -> list[int]:
            return list(dict.fromkeys(b.step for b in bands if b.line == line))

        out.append({"first": first.month, "last": last.month, "months": len(r.months),
                    "born_from": _month(r.lo), "born_to": _month(r.hi),
                    "newborn": first.lo <= NEWBORN_FOOT_MONTHS,
                    "lines": list(dict.fromkeys(b.line for b in r.bands)),
                    "sizes": steps("nappy"), "stages": steps("formula"),
                    "clothes": list(dict.fromkeys(f"{b.lo}–{b.hi}" for b in r.bands if b.line == "clothes")),
                    "first_band": [first.lo, first.hi], "last_band": [last.lo, last.hi], "bands": list(r.bands)})
    return out


def read_children(bands: Iterable[Band]) -> tuple[list[dict[str, Any]], set[str]]:
    """(the children :func:`child_runs` reads — runs bought for in at least :data:`MIN_CHILD_MONTHS` months — each
    with ``approx_age_months_at_last``: its age at its last purchase where its run begins at a newborn's band (the
    months since its first purchase, plus that band's foot), else None; the months whose sizes the children explain:
    at most :data:`MAX_CHILDREN_AT_ONCE` children bought for and at most two nappy sizes each (one child wears two
    in the overlap)). A month of more children than that is no family's: ``[]`` and no month explained."""
    runs = child_runs(bands)
    kids = [r for r in runs if r["months"] >= MIN_CHILD_MONTHS]
    per_month: dict[str, list[int]] = {}  # month → the nappy sizes each child bought for then was bought
    for r in kids:
        sizes: dict[str, set[int]] = {b.month: set() for b in r["bands"]}
        for b in r["bands"]:
            if b.line == "nappy":
                sizes[b.month].add(b.step)
        for month, held in sizes.items():
            per_month.setdefault(month, []).append(len(held))
    if any(len(v) > MAX_CHILDREN_AT_ONCE for v in per_month.values()):
        return [], set()
    explained = {m for m, v in per_month.items() if len(v) > 1 and all(n <= 2 for n in v)}
    for r in kids:
        r["approx_age_months_at_last"] = (_index(r["last"]) - _index(r["first"]) + r["first_band"][0]
                                          if r["newborn"] else None)
    return kids, explained


def run_words(child: dict[str, Any]) -> str:
    """What a child's run was read from, as the sentence says it: "nappy sizes 1 → 5", "formula stages 1 → 2", "clothes
    0–3 → 6–9 months" (the first line that holds one)."""
    if child.get("sizes"):  # one size said as one (WORD60: "nappy sizes 3")
        return ("nappy sizes " if len(child["sizes"]) > 1 else "nappy size ") + " → ".join(map(str, child["sizes"]))
    if child.get("stages"):
        return ("formula stages " if len(child["stages"]) > 1 else "formula stage ") + " → ".join(
            map(str, child["stages"]))
    if child.get("clothes"):
        return "clothes " + " → ".join(child["clothes"]) + " months"
    return "baby items"


def last_words(child: dict[str, Any]) -> str:
    """A child's last size as words: "size 5" (nappies), "stage 3" (formula), "clothes 12–18 months"."""
    if child.get("sizes"):
        return f"size {child['sizes'][-1]}"
    if child.get("stages"):
        return f"stage {child['stages'][-1]}"
    if child.get("clothes"):
        return f"clothes {child['clothes'][-1]} months"
    return "an older child's sizes"
