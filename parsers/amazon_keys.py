"""De-duplication keys of Amazon records that carry no record id of their own.

Amazon's CSVs have no row id. A key is built from the fields that stay equal when the same record
is read from an earlier and a later download, or from a legacy (``Retail.*``) and a 2025
(``Your Amazon Orders/…``) export: order id, ASIN, order day, amount. Those fields alone are not
unique: in real exports

* one ASIN of one order leaves in two parcels — two ``Retail.OrderHistory`` rows with the same
  order id, ASIN, order day and ``Total Owed`` that differ in ship date, tracking number and
  ``Shipment Item Subtotal`` (a real 2023 US export: 1,056 rows, one lost);
* produce lines share one generic ASIN under different ``Product Name`` s, and two gift items of one
  product differ only in ``Gift Message`` (a real 2025 US export: 2,676 rows, three lost);
* two units of one order are refunded separately on one day for the same amount, with different
  ``ReversalID`` s (a real 2024 Amazon.ca export: 49 refunds, one lost).

The distinguishing fields cannot simply join the key: Amazon re-words product names between exports
(formats.md §4), the 2025 files lack some legacy columns (``ReversalID``), and eras write times with and
without milliseconds. So the key stays the stable base, and :class:`DistinctRows` adds an **ordinal**:
within one file, the *n*-th distinct row (n ≥ 1) sharing a base key gets ``<base>#n``. Rows that are
identical in their distinguishing content (the byte-identical per-unit rows of
``Retail.OrdersReturned.1.csv``, a 2025 refund payout repeated once per return request) get the same
ordinal and so stay one record. Two downloads holding the same rows give the same set of keys, whatever
the rows' order and wording — only the *number* of distinct rows per base key matters.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterable


class DistinctRows:
    """Per-file ordinals of distinct rows that share a base key.

    ``key(base, content)`` returns ``base`` for the first distinct ``content`` seen under ``base``
    and ``f"{base}#{n}"`` for the n-th further one; equal ``content`` always gets the same answer.

    Memory is bounded: the ``capacity`` most recently used base keys are remembered, each with the
    content of its distinct rows (compared only when a base key repeats, so a file of unique keys costs
    no hashing), so a file of any length is read in constant memory. Rows of one order are written next
    to each other in every export seen, far inside that window.
    """

    def __init__(self, capacity: int = 256) -> None:
        self._capacity = capacity
        self._seen: OrderedDict[str, list[tuple[Hashable, ...]]] = OrderedDict()

    def key(self, base: str, content: Iterable[Hashable]) -> str:
        return self.key_and_repeat(base, content)[0]

    def key_and_repeat(self, base: str, content: Iterable[Hashable]) -> tuple[str, bool]:
        """As :meth:`key`, and whether this very content was seen under ``base`` before (a repeated row)."""
        row = tuple(content)
        seen = self._seen.get(base)
        if seen is None:
            self._seen[base] = [row]
            if len(self._seen) > self._capacity:
                self._seen.popitem(last=False)
            return base, False
        self._seen.move_to_end(base)
        try:
            n = seen.index(row)
            repeat = True
        except ValueError:
            n = len(seen)
            seen.append(row)
            repeat = False
        return (base if n == 0 else f"{base}#{n}"), repeat
