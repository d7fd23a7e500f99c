"""Mistakes are answered, not met with silence: --since/--until, --kind, --source, --keep-going (issue 13)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import cli
from dataexam.dates import AmbiguousDate, parse_time_bound
from dataexam.errors import ExitCode
from helpers import FIXTURES

runner = CliRunner()
X_CLASSIC = FIXTURES / "twitter" / "classic" / "archive"
X_CURRENT = FIXTURES / "twitter" / "current" / "archive"
FB = FIXTURES / "facebook" / "2023" / "archive"
NOW = datetime(2026, 11, 29, 15, 30, tzinfo=UTC)
OTHER_DAY = datetime(2025, 7, 3, 4, 5, tzinfo=UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# -- --since / --until ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2024", utc(2024, 1, 1)), ("2010", utc(2010, 1, 1)), (" 2024 ", utc(2024, 1, 1)),
    ("2024-03", utc(2024, 3, 1)), ("2024-3", utc(2024, 3, 1)), ("2024-03-05", utc(2024, 3, 5)),
    ("2024-03-05T10:00", utc(2024, 3, 5, 10)), ("2024-03-05T10:00+02:00", utc(2024, 3, 5, 8)),
    ("2024-03-05 10:00:30Z", utc(2024, 3, 5, 10, 0, 30)), ("March 2024", utc(2024, 3, 1)),
    ("Mar 2024", utc(2024, 3, 1)), ("5 March 2024", utc(2024, 3, 5)), ("13/2/2024", utc(2024, 2, 13)),
    ("2/13/2024", utc(2024, 2, 13)), ("1/1/2024", utc(2024, 1, 1)),
])
def test_absolute_values_never_depend_on_the_run_date(text: str, expected: datetime) -> None:
    assert parse_time_bound(text, now=NOW) == expected
    assert parse_time_bound(text, now=OTHER_DAY) == expected
    assert parse_time_bound(text) == expected  # the real clock


@pytest.mark.parametrize(("text", "expected"), [
    ("30d", utc(2026, 10, 30, 15, 30)), ("30 days ago", utc(2026, 10, 30, 15, 30)),
    ("30 days", utc(2026, 10, 30, 15, 30)),
    ("2w", utc(2026, 11, 15, 15, 30)), ("6mo", utc(2026, 5, 29, 15, 30)), ("1y", utc(2025, 11, 29, 15, 30)),
    ("1 year ago", utc(2025, 11, 29, 15, 30)), ("12h", utc(2026, 11, 29, 3, 30)), ("today", utc(2026, 11, 29)),
    ("yesterday", utc(2026, 11, 28)), ("3 Weeks Ago", utc(2026, 11, 8, 15, 30)),
])
def test_relative_values_count_back_from_now(text: str, expected: datetime) -> None:
    assert parse_time_bound(text, now=NOW) == expected


@pytest.mark.parametrize("text", ["1/2/2024", "03/04/2024", "1.2.2024", "5/6/24"])
def test_ambiguous_numeric_dates_are_refused_unless_told(text: str) -> None:
    with pytest.raises(AmbiguousDate):
        parse_time_bound(text, now=NOW)
    day_first, month_first = parse_time_bound(text, dayfirst=True), parse_time_bound(text, dayfirst=False)
    assert (day_first.day, month_first.month) == (int(text.split(text[1 if text[1] in "/." else 2])[0]),) * 2


@pytest.mark.parametrize("text", ["soon", "March 5", "2024-13", "", "next tuesday", "30 parsecs ago"])
def test_unreadable_values_raise(text: str) -> None:
    with pytest.raises(ValueError):
        parse_time_bound(text, now=NOW)


def test_cli_since_until_bare_year_is_start_of_period(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT)])
    times = sorted(t for t in (json.loads(line)["time"] for line in result.stdout.splitlines()) if t)
    year = int(times[len(times) // 2][:4])
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--since", str(year), "--until", str(year + 1)])
    assert result.exit_code == 0, result.stderr
    got = [json.loads(line)["time"] for line in result.stdout.splitlines()]
    assert got == [t for t in times if t.startswith(str(year))]


@pytest.mark.parametrize(("since", "until"), [("2024", "2023"), ("2024-03", "2024-03"), ("2024-05-01", "2024-03")])
def test_since_not_before_until_is_exit_2(since: str, until: str) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "--since", since, "--until", until])
    assert result.exit_code == ExitCode.USAGE
    assert "is not before --until" in result.stderr


def test_cli_ambiguous_date_needs_dayfirst_or_monthfirst() -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "--since", "1/2/2017"])
    assert result.exit_code == ExitCode.USAGE
    assert "--dayfirst" in result.stderr and "--monthfirst" in result.stderr
    for flag in ("--dayfirst", "--monthfirst"):
        result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "--since", "1/2/2017", flag])
        assert result.exit_code == 0, result.stderr


def test_cli_relative_since_is_accepted() -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "--since", "30 days ago"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # the fixture's records are years old


# -- --kind and --source ----------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "suggestion"), [
    ("tweet", "twitter.tweet"), ("twitter.tweets", "twitter.tweet"), ("tweets", "twitter.tweet"),
    ("facebook.posts", "facebook.post"), ("amazon.orders", "amazon.order"), ("twitter.tweet,facebook.postt",
                                                                              "facebook.post"),
])
def test_unknown_kind_is_a_usage_error_with_close_matches(value: str, suggestion: str) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "--kind", value])
    assert result.exit_code == ExitCode.USAGE
    assert "did you mean" in result.stderr and suggestion in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("value", ["twitter.tweet", "twitter.*", "*.tweet", "twitter.tweet,facebook.post"])
def test_known_kinds_and_globs_pass(value: str) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "--kind", value])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("\n") == 3


def test_kind_glob_matching_nothing_is_an_error() -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "--kind", "instagram.*"])
    assert result.exit_code == ExitCode.USAGE


@pytest.mark.parametrize("value", ["twitter", "Twitter", "TWITTER", "x", "X"])
def test_source_is_case_insensitive_and_x_means_twitter(value: str) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CLASSIC), "--source", value])
    assert result.exit_code == 0, result.stderr
    assert {json.loads(line)["source"] for line in result.stdout.splitlines()} == {"twitter"}


@pytest.mark.parametrize(("value", "suggestion"), [("twiter", "twitter"), ("facebok", "facebook"),
                                                   ("amazn", "amazon")])
def test_unknown_source_is_a_usage_error_with_close_matches(value: str, suggestion: str) -> None:
    for command in ("timeline", "scan", "report"):
        result = runner.invoke(cli.app, [command, str(X_CLASSIC), "--source", value])
        assert result.exit_code == ExitCode.USAGE, command
        assert f"did you mean {suggestion}?" in result.stderr


def test_unknown_source_without_close_match_lists_installed() -> None:
    result = runner.invoke(cli.app, ["scan", str(X_CLASSIC), "--source", "instagram"])
    assert result.exit_code == ExitCode.USAGE
    assert "installed: amazon, facebook, twitter" in result.stderr


# -- --keep-going -------------------------------------------------------------------------------------

def unrecognised(tmp_path: Path) -> Path:
    folder = tmp_path / "holiday-photos"
    folder.mkdir()
    (folder / "readme.txt").write_text("not an export")
    return folder


@pytest.mark.parametrize("command", ["timeline", "scan", "report"])
def test_one_unrecognised_input_aborts_by_default(tmp_path: Path, command: str) -> None:
    result = runner.invoke(cli.app, [command, str(X_CLASSIC), str(unrecognised(tmp_path))])
    assert result.exit_code == ExitCode.NOTHING_RECOGNISED


def test_keep_going_skips_with_one_warning_line(tmp_path: Path) -> None:
    bad = unrecognised(tmp_path)
    alone = runner.invoke(cli.app, ["timeline", str(X_CLASSIC)])
    result = runner.invoke(cli.app, ["timeline", str(bad), str(X_CLASSIC), "--keep-going"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == alone.stdout
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "holiday-photos" in warnings[0] and "skipped" in warnings[0]


@pytest.mark.parametrize("command", ["scan", "report"])
def test_keep_going_for_scan_and_report(tmp_path: Path, command: str) -> None:
    result = runner.invoke(cli.app, [command, str(unrecognised(tmp_path)), str(X_CLASSIC), "--keep-going"])
    assert result.exit_code == 0, result.stderr
    assert "skipped" in result.stderr


def test_keep_going_with_nothing_recognised_is_exit_3(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.csv").write_text("x,y\n1,2\n")
    result = runner.invoke(cli.app, ["timeline", str(unrecognised(tmp_path)), str(other), "--keep-going"])
    assert result.exit_code == ExitCode.NOTHING_RECOGNISED
    assert result.stderr.count("skipped") == 2


@pytest.mark.parametrize("word", ["PST", "CET", "EST", "BST", "IST"])
def test_a_zone_abbreviation_is_refused_not_read_as_utc(word: str) -> None:
    """T28B M2: '18:00 PST' was read as 18:00 UTC under dateutil's 'tzname PST identified' warning."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no library warning leaks
        with pytest.raises(ValueError, match=rf"the zone abbreviation '{word}' is ambiguous or unknown; write an "
                                             r"offset \(\+01:00, -08:00\) or an IANA zone name"):
            parse_time_bound(f"2024-03-05 18:00 {word}", now=NOW)


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-03-05 18:00 Europe/Berlin", datetime(2024, 3, 5, 17, tzinfo=UTC)),
    ("2024-07-05 18:00 Europe/Berlin", datetime(2024, 7, 5, 16, tzinfo=UTC)),  # summer time
    ("2024-03-05 18:00 America/Los_Angeles", datetime(2024, 3, 6, 2, tzinfo=UTC)),
    ("2024-03-05 18:00 UTC", datetime(2024, 3, 5, 18, tzinfo=UTC)),
    ("2024-03-05 18:00 GMT", datetime(2024, 3, 5, 18, tzinfo=UTC)),
    ("2024-03-05 18:00-08:00", datetime(2024, 3, 6, 2, tzinfo=UTC)),
])
def test_an_iana_zone_or_offset_is_honoured(text: str, expected: datetime) -> None:
    assert parse_time_bound(text, now=NOW) == expected


def test_cli_names_the_zone_abbreviation(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--since", "2024-03-05 18:00 PST"])
    assert result.exit_code == ExitCode.USAGE
    assert "--since: '2024-03-05 18:00 PST': the zone abbreviation 'PST' is ambiguous" in result.stderr
    assert "tzinfos" not in result.stderr


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-03-05 18:00 EST5EDT", datetime(2024, 3, 5, 23, tzinfo=UTC)),  # T28D N4: "cannot read as a date"
    ("2024-07-05 18:00 EST5EDT", datetime(2024, 7, 5, 22, tzinfo=UTC)),  # its summer time
    ("2024-03-05 18:00 PST8PDT", datetime(2024, 3, 6, 2, tzinfo=UTC)),
    ("2024-03-05 18:00 Japan", datetime(2024, 3, 5, 9, tzinfo=UTC)),
    ("2024-03-05 18:00 GMT0", datetime(2024, 3, 5, 18, tzinfo=UTC)),
    ("5 March 2024", datetime(2024, 3, 5, tzinfo=UTC)),  # a last word that is no zone is read as before
])
def test_a_zone_name_without_a_slash_is_honoured(text: str, expected: datetime) -> None:
    assert parse_time_bound(text, now=NOW) == expected


@pytest.mark.parametrize(("text", "said"), [
    ("2024-03-31 02:30 Europe/Berlin", "2024-03-31 02:30 does not exist on that day's clock in Europe/Berlin (it "
                                       "skips an hour: the clock went from 02:00 +01:00 to 03:00 +02:00)"),
    ("2024-03-10 02:30 America/New_York", "2024-03-10 02:30 does not exist on that day's clock in America/New_York"),
    ("2024-10-27 02:30 Europe/Berlin", "2024-10-27 02:30 occurs twice on that day's clock in Europe/Berlin (at "
                                       "+02:00 and again at +01:00: the clock went back an hour); write the offset, "
                                       "2024-10-27 02:30+02:00 or 2024-10-27 02:30+01:00"),
])
def test_a_wall_time_the_clock_skips_or_repeats_is_refused(text: str, said: str) -> None:
    """T28D N4: 02:30 on the spring-forward day was read silently as 01:30 UTC (as if the clock had not
    changed), 02:30 on the autumn day as its first occurrence; both are refused naming what they could mean."""
    with pytest.raises(ValueError, match=re.escape(said)):
        parse_time_bound(text, now=NOW)
    # the hour beside the change reads as written
    assert parse_time_bound("2024-03-31 03:30 Europe/Berlin", now=NOW) == datetime(2024, 3, 31, 1, 30, tzinfo=UTC)
    assert parse_time_bound("2024-10-27 03:30 Europe/Berlin", now=NOW) == datetime(2024, 10, 27, 2, 30, tzinfo=UTC)
    assert parse_time_bound("2024-10-27 02:30+01:00", now=NOW) == datetime(2024, 10, 27, 1, 30, tzinfo=UTC)


def test_cli_refuses_a_skipped_wall_time(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--since", "2024-03-31 02:30 Europe/Berlin"])
    assert result.exit_code == ExitCode.USAGE
    assert "--since: '2024-03-31 02:30 Europe/Berlin': 2024-03-31 02:30 does not exist" in result.stderr


# -- T29D L-b: the span a clock skips, a day whose midnight is skipped, zone names of capitals -------------------------

@pytest.mark.parametrize(("text", "said"), [
    # Samoa moved across the date line: 2011-12-30 was never on Apia's clocks (the offsets give the span)
    ("2011-12-30 10:00 Pacific/Apia", "2011-12-30 10:00 does not exist on that day's clock in Pacific/Apia (it skips a "
                                      "whole day, 24 hours: the clock went from 2011-12-30 00:00 -10:00 to 2011-12-31 "
                                      "00:00 +14:00)"),
    # Lord Howe Island moves its clock by half an hour
    ("2024-10-06 02:15 Australia/Lord_Howe", "(it skips 30 minutes: the clock went from 02:00 +10:30 to 02:30 +11:00)"),
    ("2024-04-07 01:45 Australia/Lord_Howe", "(at +11:00 and again at +10:30: the clock went back 30 minutes)"),
])
def test_the_span_skipped_or_repeated_is_said_as_it_is(text: str, said: str) -> None:
    """T29D L-b: "2011-12-30 10:00 Pacific/Apia" was said to skip "an hour … -10:00 to +14:00"."""
    with pytest.raises(ValueError, match=re.escape(said)):
        parse_time_bound(text, now=NOW)


def test_a_date_whose_midnight_is_skipped_starts_at_its_first_instant() -> None:
    """T29D L-b: "2030-09-08 America/Santiago" (Chile's clocks go from 00:00 to 01:00 that night) was refused; a bare
    date is the start of that day, so it is 01:00 -03:00, with a note saying so."""
    notes: list[str] = []
    assert parse_time_bound("2030-09-08 America/Santiago", now=NOW, notes=notes) == datetime(2030, 9, 8, 4,
                                                                                              tzinfo=UTC)
    assert notes == ["'2030-09-08 America/Santiago': 2030-09-08 00:00 does not exist on the clock in America/Santiago "
                     "(the clock went from 00:00 -04:00 to 01:00 -03:00, skipping an hour); read as the day's first "
                     "instant, 01:00 -03:00 (2030-09-08 04:00 UTC)"]
    # a day whose midnight exists: no note; the day before starts at its midnight (-04:00)
    notes.clear()
    assert parse_time_bound("2030-09-07 America/Santiago", now=NOW, notes=notes) == datetime(2030, 9, 7, 4,
                                                                                              tzinfo=UTC)
    assert notes == []
    # a midnight shown twice (Havana's clock goes back from 01:00 to 00:00 on 2024-11-03) starts the day at its
    # first showing (-04:00), with no note; a time in the repeated hour is still refused
    assert parse_time_bound("2024-11-03 America/Havana", now=NOW, notes=notes) == datetime(2024, 11, 3, 4, tzinfo=UTC)
    assert notes == []
    with pytest.raises(ValueError, match="occurs twice"):
        parse_time_bound("2024-11-03 00:30 America/Havana", now=NOW)
    # a day skipped whole is refused
    with pytest.raises(ValueError, match=re.escape("2011-12-30 does not exist on the clock in Pacific/Apia (the clock "
                                                   "went from 2011-12-30 00:00 -10:00 to 2011-12-31 00:00 +14:00, "
                                                   "skipping a whole day, 24 hours)")):
        parse_time_bound("2011-12-30 Pacific/Apia", now=NOW)


def test_cli_says_the_first_instant_on_stderr() -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--since", "2030-09-08 America/Santiago"])
    assert "--since: '2030-09-08 America/Santiago': 2030-09-08 00:00 does not exist" in result.stderr
    assert "read as the day's first instant, 01:00 -03:00 (2030-09-08 04:00 UTC)" in result.stderr


@pytest.mark.parametrize(("word", "expected"), [
    ("GB", datetime(2024, 7, 5, 17, tzinfo=UTC)),  # Europe/London, summer time
    ("NZ", datetime(2024, 7, 5, 6, tzinfo=UTC)),  # Pacific/Auckland, winter (+12:00)
    ("PRC", datetime(2024, 7, 5, 10, tzinfo=UTC)),
    ("ROK", datetime(2024, 7, 5, 9, tzinfo=UTC)),
    ("UCT", datetime(2024, 7, 5, 18, tzinfo=UTC)),
])
def test_a_country_named_zone_of_capitals_is_read_as_its_zone(word: str, expected: datetime) -> None:
    """T29D L-b: "GB", "NZ", "UCT" were "cannot read …"; they are zoneinfo's names of a country's zone (and UTC)."""
    assert parse_time_bound(f"2024-07-05 18:00 {word}", now=NOW) == expected
    assert parse_time_bound("2024-07-05 18:00 Etc/UCT", now=NOW) == datetime(2024, 7, 5, 18, tzinfo=UTC)


@pytest.mark.parametrize("word", ["WET", "EET", "CET", "MET", "EST", "MST", "HST", "PST", "IST"])
@pytest.mark.parametrize("form", ["2024-07-05 18:00 {}", "2024-07-05 {}"])
def test_every_abbreviation_gets_one_message(word: str, form: str) -> None:
    """T29D L-b: WET, EET, MST, HST were "cannot read …" while CET got the abbreviation message: one rule, one
    message, after a time or a bare date alike. EST, MST and HST are fixed offsets as zoneinfo zones, but "EST"
    written in July most often means New York's clock: the person writes the offset."""
    text = form.format(word)
    said = f"'{text}': the zone abbreviation '{word}' is ambiguous or unknown"
    with pytest.raises(ValueError, match=re.escape(said)):
        parse_time_bound(text, now=NOW)


def test_no_zoneinfo_key_of_capitals_is_unreadable() -> None:
    """Every zoneinfo key of capitals only is read as a zone or refused as an abbreviation, none "cannot read"."""
    import zoneinfo

    keys = sorted(k for k in zoneinfo.available_timezones() if re.fullmatch("[A-Z]+", k))
    assert {"GB", "NZ", "UCT", "CET", "EST", "HST"} <= set(keys)
    for key in keys:
        try:
            parse_time_bound(f"2024-03-05 18:00 {key}", now=NOW)
        except ValueError as exc:
            assert "the zone abbreviation" in str(exc), key


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-03-05 10:00 PM", datetime(2024, 3, 5, 22, tzinfo=UTC)),  # capitals that are no zone read as before
    ("MARCH 2024", datetime(2024, 3, 1, tzinfo=UTC)),
    ("2024-03-05 UTC", datetime(2024, 3, 5, tzinfo=UTC)),
])
def test_capital_words_of_dates_are_still_read(text: str, expected: datetime) -> None:
    assert parse_time_bound(text, now=NOW) == expected


@pytest.mark.parametrize(("value", "utc"), [
    ("2024-07-05 18:00 UTC+3", datetime(2024, 7, 5, 15, 0, tzinfo=UTC)),
    ("2024-07-05 18:00 UTC-5", datetime(2024, 7, 5, 23, 0, tzinfo=UTC)),
    ("2024-07-05 18:00 UTC +3", datetime(2024, 7, 5, 15, 0, tzinfo=UTC)),
    ("2024-07-05 18:00 GMT+05:30", datetime(2024, 7, 5, 12, 30, tzinfo=UTC)),
    ("2024-07-05 18:00 UTC\u22122", datetime(2024, 7, 5, 20, 0, tzinfo=UTC)),
    ("2024-07-05 18:00 utc", datetime(2024, 7, 5, 18, 0, tzinfo=UTC)),
])
def test_an_offset_written_after_utc_means_that_offset(value: str, utc: datetime) -> None:
    """T30C C2: dateutil read "UTC+3" the POSIX-TZ way (UTC−3, 21:00 UTC) and "UTC +3" as UTC, silently."""
    assert parse_time_bound(value) == utc


def test_an_offset_beyond_any_clock_is_refused() -> None:
    with pytest.raises(ValueError, match="no offset of a clock"):
        parse_time_bound("2024-07-05 18:00 UTC+15")


@pytest.mark.parametrize(("text", "form"), [
    ("2024-07-05 18:00 CET+1", "CET+1"),  # T30C C2b: 19:00 UTC, the POSIX reading, silently
    ("2024-07-05 18:00 Z+3", "Z+3"),  # T30C C2b: 21:00 UTC
    ("2024-07-05T18:00Z+3", "Z+3"),
    ("2024-07-05 18:00 CET +1", "CET+1"),
    ("2024-07-05 18:00 cet+1", "cet+1"),
    ("2024-07-05 18:00 EST-5", "EST-5"),
    ("2024-07-05 18:00 PST+08:00", "PST+08:00"),
    ("2024-07-05 18:00 CET-0100", "CET-0100"),
    ("2024-07-05 18:00 CET\u22121", "CET\u22121"),
    ("2024-07-05 18:00 Berlin+1", "Berlin+1"),
    ("2024-07-05 6pm CET+1", "CET+1"),
    ("2024-07-05 CET+1", "CET+1"),
    ("5 March 2024 CET+1", "CET+1"),
])
def test_a_zone_word_with_an_offset_is_refused(text: str, form: str) -> None:
    """T30C C2b: every zone word followed by an offset has one rule — refused, naming the form written and the forms
    read (an offset, UTC±h, an IANA name) — where dateutil read each with the sign inverted and 'CET' alone was
    refused."""
    said = (f"'{text}': a zone word followed by an offset ('{form}') has no one reading (POSIX reads CET+1 as UTC−1; "
            "people mean UTC+1, or CET plus an hour: UTC+2); write an offset (+01:00), UTC+1 (plus is east of "
            "Greenwich) or an IANA zone name (Europe/Berlin)")
    with pytest.raises(ValueError) as exc:
        parse_time_bound(text, now=NOW)
    assert str(exc.value) == said


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-07-05 18:00 UTC+3", datetime(2024, 7, 5, 15, tzinfo=UTC)),  # the everyday reading, as before
    ("2024-07-05 18:00 UCT+3", datetime(2024, 7, 5, 15, tzinfo=UTC)),  # UCT is a UTC word as in a zone's place
    ("2024-07-05 18:00Z", datetime(2024, 7, 5, 18, tzinfo=UTC)),
    ("2024-07-05T18:00:00Z", datetime(2024, 7, 5, 18, tzinfo=UTC)),
    ("2024-07-05 18:00 +01:00", datetime(2024, 7, 5, 17, tzinfo=UTC)),
    ("2024-07-05 6pm +01:00", datetime(2024, 7, 5, 17, tzinfo=UTC)),  # "pm" is no zone word
    ("2024-07-05 18:00 Etc/GMT+3", datetime(2024, 7, 5, 21, tzinfo=UTC)),  # tzdb's own POSIX-signed zone: UTC−3
    ("2024-07-05 18:00 Etc/GMT-3", datetime(2024, 7, 5, 15, tzinfo=UTC)),
])
def test_utc_words_and_iana_names_with_a_sign_keep_their_reading(text: str, expected: datetime) -> None:
    """The offsets that stay read: UTC±h the everyday way, Z alone, an IANA name ending in a sign ('Etc/GMT+3' was
    "cannot read": the UTC+h rewrite took its tail)."""
    assert parse_time_bound(text, now=NOW) == expected


def test_cli_refuses_a_zone_word_with_an_offset() -> None:
    result = runner.invoke(cli.app, ["timeline", str(X_CURRENT), "--since", "2024-07-05 18:00 CET+1"])
    assert result.exit_code == ExitCode.USAGE
    assert "--since: '2024-07-05 18:00 CET+1': a zone word followed by an offset ('CET+1') has no one reading" \
        in result.stderr


@pytest.mark.parametrize(("text", "expected"), [
    # T32A L5: a date (no time) with an eastern offset was "cannot read" while the western one was read
    ("2025-01-01 UTC+5:45", datetime(2024, 12, 31, 18, 15, tzinfo=UTC)),  # Kathmandu's start of the day
    ("2025-01-01 GMT+3", datetime(2024, 12, 31, 21, tzinfo=UTC)),
    ("2025-01-01 UTC+03:00", datetime(2024, 12, 31, 21, tzinfo=UTC)),
    ("5 March 2024 UTC+1", datetime(2024, 3, 4, 23, tzinfo=UTC)),
    ("March 2024 UTC+2", datetime(2024, 2, 29, 22, tzinfo=UTC)),  # a month: its first day there
    ("2025-01-01 UTC-3", datetime(2025, 1, 1, 3, tzinfo=UTC)),  # the western forms as before
    ("2025-01-01 GMT-05:30", datetime(2025, 1, 1, 5, 30, tzinfo=UTC)),
    ("2025-01-01 00:00 UTC+5:45", datetime(2024, 12, 31, 18, 15, tzinfo=UTC)),  # with a time, as before
    ("2025-01-01 5pm UTC+2", datetime(2025, 1, 1, 15, tzinfo=UTC)),
])
def test_a_date_with_an_offset_either_side_of_greenwich_starts_that_day_there(text: str, expected: datetime) -> None:
    assert parse_time_bound(text, now=NOW) == expected


def test_a_bad_date_with_an_eastern_offset_is_still_refused() -> None:
    with pytest.raises(ValueError, match="cannot read '2025-13-01 UTC\\+3' as a date or time"):
        parse_time_bound("2025-13-01 UTC+3", now=NOW)
    with pytest.raises(AmbiguousDate):
        parse_time_bound("1/2/2024 UTC+3", now=NOW)
