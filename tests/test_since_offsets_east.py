"""A date followed by an offset east of Greenwich (the thirty-second pass's fresh tester T32A, L5): "--since
'2025-01-01 UTC+5:45'" was refused ("cannot read … as a date or time") while the minus forms and the form with a time
were read. A bare date with an offset is that day's midnight on that clock, on either side of Greenwich."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dataexam.dates import parse_time_bound


@pytest.mark.parametrize(("text", "utc"), [
    ("2025-01-01 UTC+5:45", datetime(2024, 12, 31, 18, 15)),  # Kathmandu
    ("2025-01-01 GMT+3", datetime(2024, 12, 31, 21, 0)),
    ("2025-01-01 UTC+03:00", datetime(2024, 12, 31, 21, 0)),
    ("5 March 2024 UTC+1", datetime(2024, 3, 4, 23, 0)),
    ("2025-01-01 +05:30", datetime(2024, 12, 31, 18, 30)),
    ("2025-01-01 UTC+10:30", datetime(2024, 12, 31, 13, 30)),  # Adelaide in summer
    # west of Greenwich, as before
    ("2025-01-01 UTC-3", datetime(2025, 1, 1, 3, 0)),
    ("2025-01-01 GMT-05:30", datetime(2025, 1, 1, 5, 30)),
    ("5 March 2024 UTC-1", datetime(2024, 3, 5, 1, 0)),
    ("2025-01-01 -03:00", datetime(2025, 1, 1, 3, 0)),
    # with a time of day, as before
    ("2025-01-01 00:00 UTC+5:45", datetime(2024, 12, 31, 18, 15)),
    ("2025-01-01 9am UTC+3", datetime(2025, 1, 1, 6, 0)),
    ("2025-01-01T09:00 UTC+3", datetime(2025, 1, 1, 6, 0)),
])
def test_a_date_with_an_offset_is_that_days_midnight_there(text, utc):
    assert parse_time_bound(text) == utc.replace(tzinfo=UTC)


@pytest.mark.parametrize("text", ["2025-01-01 CET+1", "2025-01-01 UTC+15"])
def test_what_was_refused_stays_refused(text):
    with pytest.raises(ValueError):
        parse_time_bound(text)
