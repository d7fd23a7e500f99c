"""Amazon export files that hold no record dataexam reads, with the reason (``(regex, None, reason)``
rows for :func:`dataexam.parser.rules_table`).

A file named here is *ignored on purpose*: ``scan`` and ``describe`` list it with its reason and it
is no ``unhandled-file`` issue, so an untouched export passes ``--strict``; a file no rule names is
still reported. Names and headers come from peers that read real exports (each row says which):
glen-w/data_dumps (``sources/amazon.py`` and its test fixtures, 2025 layout),
MarcoPoloResearchLab/download_your_data (Prime Video), adereis/housebook and
danielwauer-maker/moneyos (returns, payment plans), grossadamm/esp32_s3 (rentals, concessions,
digital returns), ajot/amazon-unboxed and happycollision/amazon-order-history-viewer (legacy trees),
humandataincome/hudi-packages-connectors (Amazon Games, Prime Video counts, advertising opt-out).
Most are named with only part of their columns known; modelling them is future work.
"""

from __future__ import annotations

_NOT_YET = "not modelled yet"

# Legacy dataset folders (≈2019 → 2024); each CSV rule also ignores the dataset written as JSON
# (parsers.amazon._with_json_records).
UNMODELLED_LEGACY: list[tuple[str, None, str]] = [
    (r"(^|/)Digital\.Orders\.Returns[^/]*/", None,
     f"digital returns and their refund components (no date column: grossadamm/esp32_s3): {_NOT_YET}"),
    (r"(^|/)Digital-Ordering[^/]*/Legacy Payment Information\.csv$", None,
     f"payment details of old digital orders: {_NOT_YET}"),
    (r"(^|/)Digital\.Borrows[^/]*\.csv$", None, f"Kindle Unlimited borrows: {_NOT_YET}"),
    (r"(^|/)Retail\.Orders\.ManageYourReturns[^/]*(/.*)?\.csv$", None,
     f"return requests (reason codes; the returns are read from Retail.CustomerReturns / OrdersReturned): "
     f"{_NOT_YET}"),
    (r"(^|/)Retail\.Orders&Returns\.Concessions[^/]*/", None,
     "customer-service concessions: order id and replacement order id, no date"),
    (r"(^|/)Retail\.Returns\.(Receivable|Retrocharge)[^/]*(/.*)?\.csv$", None,
     f"return receivables and charges (columns unknown): {_NOT_YET}"),
    (r"(^|/)Retail\.AmazonRentals[^/]*/", None, f"rental contracts: {_NOT_YET}"),
    (r"(^|/)Retail\.CustomerReviews[^/]*/", None,
     f"review files besides ReviewsVersions (read as amazon.review; these columns unknown): {_NOT_YET}"),
    (r"(^|/)Sustainability\.Value\.Metrics[^/]*(/.*)?\.csv$", None, "Amazon's sustainability figures, no records"),
    (r"(^|/)YourOrders\.PhotoOnDelivery[^/]*/", None, "metadata of photos on delivery"),
    (r"(^|/)AmazonGames[^/]*/", None, f"Amazon Games / Twitch Prime credits and linked accounts: {_NOT_YET}"),
    (r"(^|/)Digital\.PrimeVideo\.ViewCounts[^/]*\.csv$", None, "Prime Video counts per title type, no records"),
    (r"(^|/)Advertising\.OptOut[^/]*\.csv$", None, "interest-based ads opt-out setting per marketplace, not a table"),
    # the Kindle category zip besides its reading sessions and library (a Kindle ingestion plan's
    # "observed columns" of a real export; two personal scripts on a 2025 Kindle zip)
    (r"(^|/)Digital\.Content\.Whispersync[^/]*(/.*)?\.csv$", None,
     f"Kindle last-read positions and annotations synced between devices: {_NOT_YET}"),
    (r"(^|/)Kindle\.Devices\.(autoMarkAsRead|EreaderDeviceActiveUsageTime)[^/]*(/.*)?\.csv$", None,
     f"books marked as read and e-reader usage time per device: {_NOT_YET}"),
    (r"(^|/)Digital\.SeriesContent\.Relation[^/]*/", None, "which books belong to which series, no records"),
    (r"(^|/)Kindle\.UnifiedLibraryIndex[^/]*/", None,
     "an index of the Kindle library (the titles are read from Digital.Content.Ownership, else from its "
     "CustomerOrders file)"),
]

# 2025 "Your …" folders and "Additional Data/" (glen-w/data_dumps and others, see module text)
UNMODELLED_2025: list[tuple[str, None, str]] = [
    (r"(^|/)Your Prime Video Viewing Activity/(Search History|Promotional Trailers Viewed)\.csv$", None,
     f"Prime Video searches and trailers watched: {_NOT_YET}"),
    (r"(^|/)Your Prime Video Library & Purchases/", None, f"Prime Video rentals and purchases: {_NOT_YET}"),
    (r"(^|/)Your (Listening Activity|Music Library)/", None, f"Amazon Music plays, searches and library: {_NOT_YET}"),
    (r"(^|/)Your Shopping Search/Search Product Clicks\.csv$", None, f"products clicked from searches: {_NOT_YET}"),
    (r"(^|/)Your Fire (TV|Tablet) Device & Setup/", None, f"device registrations: {_NOT_YET}"),
    (r"(^|/)Your Returns & Refunds/(Return Requests|Returns Status)\.csv$", None,
     f"return requests and their status (refunds are read from Refund Details.csv): {_NOT_YET}"),
    (r"(^|/)Your Subscriptions & Payment Plans/Monthly Payment Balance\.csv$", None,
     f"instalment balances of payment plans: {_NOT_YET}"),
    (r"(^|/)Buy With Prime Orders\.csv$", None, f"Buy with Prime orders (no amounts): {_NOT_YET}"),
    (r"(^|/)Additional Data/(.*/)?(Your Orders\.Returns\.\d+)/", None,
     f"returns with refund amounts (refunds are read from Refund Details.csv): {_NOT_YET}"),
    (r"(^|/)Additional Data/(.*/)?[^/]*(Glance View Impressions|Buy Again Customer Shopping Impressions)[^/]*/",
     None, f"product pages and 'buy again' items shown to the person: {_NOT_YET}"),
    (r"(^|/)Additional Data/(.*/)?(Alexa|SearchHistory\.RufusConversations)[^/]*/", None,
     f"Alexa (utterances, devices, skills, routines, voice recordings) and Rufus conversations: {_NOT_YET}"),
    (r"(^|/)([^/]*\.)?FileDescriptions\.csv$", None, "Amazon's description of each file in the export"),
    (r"(^|/)README\.txt$", None, "Amazon's guide to a dataset"),
    (r"\.(wav|mp3|m4a)$", None, "audio recordings (Alexa voice)"),
]
