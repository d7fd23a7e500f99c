from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dataexam import timeparse as T
from dataexam.csvstream import parse_date
from dataexam.events import TimeSource
from dataexam.timeparse import (
    from_date_parts,
    from_epoch,
    from_iso,
    from_twitter,
    parse_any,
    parse_with_formats,
)
from helpers import FIXTURES


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


@pytest.mark.parametrize("call", [
    lambda: T.from_twitter("Mon Jan 01 00:00:00 +0100 0001"),  # 1 January of year 1 at +01:00 is year 0 in UTC
    lambda: T.from_twitter("Fri Dec 31 23:59:59 -0100 9999"),
    lambda: T.from_iso("0001-01-01T00:00:00+01:00"),
    lambda: T.from_iso("9999-12-31T23:59:59-01:00"),
    lambda: T.parse_any("0001-01-01 00:00:00 +0100"),
    lambda: T.parse_with_formats("0001-01-01 00:00:00 +0100", ["%Y-%m-%d %H:%M:%S %z"]),
    lambda: parse_date("0001-01-01T00:00:00+01:00"),
    lambda: parse_date("12/31/9999 23:00:00 PST"),
    # the second fresh tester's: an int past float's range, offsets of a day or more, years 0000–0099
    # that dateutil would read as 2000–2099
    lambda: T.from_epoch(10 ** 400),
    lambda: T.from_epoch("1" + "0" * 400, millis=True),
    lambda: T.from_iso("2023-03-04T10:15:00+99:59"),
    lambda: T.parse_any("2023-03-04 10:15:00 +9959"),
    lambda: parse_date("2023-03-04T10:15:00+99:59"),
    lambda: T.parse_any("Mon, 01 Jan 0001 00:30:00 +0100"),
    lambda: parse_date("Mon, 01 Jan 0001 00:30:00 +0100"),
    lambda: T.from_twitter("Mon Jan 01 00:30:00 +0100 0001 "),
    lambda: T.from_twitter("Sat Mar 04 10:15:00 +0000 0000"),
    lambda: T.from_twitter("Mon Jan 01 00:30:00 +9959 2024"),  # (the third tester's: read as 27 Dec before)
    lambda: T.from_twitter("Mon Jan 01 00:30:00 +2400 2024"),
    lambda: T.from_twitter("Mon Jan 01 00:30:00 -0075 2024"),
])
def test_instants_outside_the_calendar_are_no_time(call) -> None:
    # OverflowError used to escape: in the X parser it ended the whole file as a parser error
    assert call() == (None, TimeSource.NONE)


@pytest.mark.parametrize("year", ["20_0", "+202", "٢٠٢٠"])
def test_twitter_years_need_ascii_digits(year: str) -> None:
    # int() takes underscores, signs, spaces and other scripts' digits: "20_0" was read as the year 200
    dt, _ = T.from_twitter(f"Sat Jun 06 13:02:35 +0000 {year}")
    assert dt is None or dt.year == 2020


_X_FIXTURE = FIXTURES / "twitter" / "current" / "archive"


def test_a_tweet_dated_before_year_one_loses_only_its_time(tmp_path: Path) -> None:
    from dataexam import api

    archive = Path(shutil.copytree(_X_FIXTURE, tmp_path / "x"))
    path = archive / "data" / "tweets.js"
    if not path.exists():
        path = archive / "data" / "tweet.js"
    raw = path.read_text(encoding="utf-8")
    first = raw.index('"created_at"')
    end = raw.index('"', raw.index('"', first + len('"created_at"') + 1) + 1)
    raw = raw[:first] + '"created_at" : "Mon Jan 01 00:00:00 +0100 0001' + raw[end:]
    path.write_text(raw, encoding="utf-8")
    stats = api.RunStats()
    tweets = [e for e in api.timeline([archive], stats=stats) if e.kind == "twitter.tweet"]
    before = [e for e in api.timeline([_X_FIXTURE]) if e.kind == "twitter.tweet"]
    assert len(tweets) == len(before)  # no tweet after it lost
    assert sum(e.time is None for e in tweets) == 1 + sum(e.time is None for e in before)
    assert not any(code == "parser-error" for _, code in stats.issue_summary)


def test_an_unknown_zone_name_is_not_warned_about() -> None:
    # dateutil warns on a zone name it does not know; the warning reached stderr as "dataexam: warning"
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert T.parse_any("12/31/2020 23:00:00 XYZT")[0] is not None


def test_offsets_and_clocks_are_not_early_years() -> None:
    assert T.parse_any("Sat Mar 04 00:30:00 +0030 2023 ")[0] == datetime(2023, 3, 4, 0, 0, tzinfo=UTC)
    assert T.parse_any("March 4, 2023 00:30")[0] == datetime(2023, 3, 4, 0, 30, tzinfo=UTC)


def test_one_bad_login_record_keeps_the_others(tmp_path: Path) -> None:
    from dataexam import api

    archive = Path(shutil.copytree(_X_FIXTURE, tmp_path / "x"))
    path = archive / "data" / "ip-audit.js"
    raw = path.read_text(encoding="utf-8")
    first = raw.index('"createdAt"')
    end = raw.index('"', raw.index('"', first + len('"createdAt"') + 1) + 1)
    raw = raw[:first] + '"createdAt" : "2024-12-30T21:05:44.120+99:59' + raw[end:]  # the first record: no time
    raw = raw.replace('"loginPortNumber" : "443"', '"loginPortNumber" : "not a port"')  # the second: broken
    assert "+99:59" in raw and "not a port" in raw
    path.write_text(raw, encoding="utf-8")
    stats = api.RunStats()
    logins = [e for e in api.timeline([archive], stats=stats) if e.kind == "twitter.login"]
    before = [e for e in api.timeline([_X_FIXTURE]) if e.kind == "twitter.login"]
    assert len(logins) == len(before) - 1  # only the broken record is left out, as a bad record
    # the first record's offset of a day or more is a date not understood: undated and said (bad-date)
    assert [code for _, code in stats.issue_summary] == ["bad-date", "bad-record"]
    assert sum(e.time is None for e in logins) == 1 + sum(e.time is None for e in before)
