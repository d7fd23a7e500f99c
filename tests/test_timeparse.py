from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dataexam.events import TimeSource
from dataexam.timeparse import (
    from_date_parts,
    from_epoch,
    from_iso,
    from_twitter,
    parse_any,
    parse_with_formats,
)


def test_twitter_created_at_fast_path_and_offset() -> None:
    assert from_twitter("Sat Jun 06 13:02:35 +0000 2020") == (datetime(2020, 6, 6, 13, 2, 35, tzinfo=UTC),
                                                              TimeSource.UTC)
    assert from_twitter("Sat Jun 06 13:02:35 +0200 2020")[0] == datetime(2020, 6, 6, 11, 2, 35, tzinfo=UTC)
    assert from_twitter("garbage") == (None, TimeSource.NONE)


@pytest.mark.parametrize(("text", "expected", "source"), [
    ("2023-05-30T13:31:42.908Z", datetime(2023, 5, 30, 13, 31, 42, 908000, tzinfo=UTC), TimeSource.UTC),
    ("2023-06-05 17:00:52", datetime(2023, 6, 5, 17, 0, 52, tzinfo=UTC), TimeSource.ASSUMED_UTC),
    ("2012-12-19 14:29:39 +0000", datetime(2012, 12, 19, 14, 29, 39, tzinfo=UTC), TimeSource.UTC),
    ("09/14/2020 19:01:28 UTC", datetime(2020, 9, 14, 19, 1, 28, tzinfo=UTC), TimeSource.UTC),
    ("7/8/2022", datetime(2022, 7, 8, tzinfo=UTC), TimeSource.DATE_ONLY),
])
def test_parse_any(text: str, expected: datetime, source: TimeSource) -> None:
    assert parse_any(text) == (expected, source)


def test_iso_zone_less_is_assumed_utc() -> None:
    assert from_iso("2024-12-15 20:54:45")[1] is TimeSource.ASSUMED_UTC


def test_epochs() -> None:
    assert from_epoch(1587763611349, millis=True)[0] == datetime(2020, 4, 24, 21, 26, 51, 349000, tzinfo=UTC)
    assert from_epoch(0) == (None, TimeSource.NONE)  # Facebook's unknown EXIF time
    assert from_epoch(-5) == (None, TimeSource.NONE)
    assert from_epoch("x") == (None, TimeSource.NONE)


def test_formats_dayfirst_and_date_only() -> None:
    assert parse_with_formats("24/05/2021 10:30", ["%d/%m/%Y %H:%M"])[0] == datetime(2021, 5, 24, 10, 30,
                                                                                      tzinfo=UTC)
    assert parse_with_formats("2021-05-24", ["%Y-%m-%d"])[1] is TimeSource.DATE_ONLY
    assert from_date_parts(2019, 6, None)[0] == datetime(2019, 6, 1, tzinfo=UTC)
    assert from_date_parts(0)[0] is None
