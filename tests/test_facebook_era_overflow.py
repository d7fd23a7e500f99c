"""A Facebook download's era told by its newest record's year reads past a number ijson's C backend cannot hold
(INP49): a messages-only or posts-only download (the same layout in 2019–20 and 2021–22) whose first record's time
was 1e400 or 10^30 in a damaged or hand-edited file ended that file's scan, and the era was "no dated record to tell
2019-20 from 2021-22" (no era) — or another file's older year. The owner look-ups read past such a number since
pass 47. Synthetic data only."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from dataexam.archive import open_input
from dataexam_parsers.facebook.parser import FacebookParser

INBOX = "messages/inbox/"
POSTS = "posts/your_posts_1.json"
#: 2022-05-02 and a day after each: the era of 2021–22
_MAY_2022_MS = 1_651_500_000_000


def _thread(first: str, year_ms: int) -> bytes:
    """A Messenger thread, newest first, whose first message's time is the raw JSON number ``first``."""
    messages = [{"sender_name": "Ines Varga", "timestamp_ms": year_ms - k * 86_400_000, "content": f"hallo {k}"}
                for k in range(5)]
    text = json.dumps({"participants": [{"name": "Odo Brandt"}, {"name": "Ines Varga"}],
                       "messages": [{"sender_name": "Odo Brandt", "timestamp_ms": 0, "content": "first"},
                                    *messages]})
    return text.replace('"timestamp_ms": 0', f'"timestamp_ms": {first}', 1).encode()


def _posts(first: str, year_ms: int) -> bytes:
    posts = [{"timestamp": year_ms // 1000 - k * 86_400, "data": [{"post": f"post {k}"}]} for k in range(5)]
    text = json.dumps([{"timestamp": 0, "data": [{"post": "odd"}]}, *posts])
    return text.replace('"timestamp": 0', f'"timestamp": {first}', 1).encode()


def _era(tmp_path: Path, files: dict[str, bytes]) -> tuple[str | None, str]:
    path = tmp_path / "facebook-inesvarga.zip"
    with zipfile.ZipFile(path, "w") as z:
        for name, body in files.items():
            z.writestr(name, body)
    with open_input(path) as archive:
        return FacebookParser()._tell_era(archive)


@pytest.mark.parametrize("number", ["1e400", "-1e400", "1000000000000000000000000000000", "1.5e308",
                                    "-9223372036854775809"])
@pytest.mark.parametrize(("year_ms", "era", "year"), [(_MAY_2022_MS, "2021-22", 2022),
                                                      (_MAY_2022_MS - 3 * 365 * 86_400_000, "2019-20", 2019)])
def test_a_thread_s_first_time_past_the_c_backend_is_read_past(tmp_path: Path, number: str, year_ms: int, era: str,
                                                              year: int) -> None:
    said = _era(tmp_path, {INBOX + "odobrandt_1/message_1.json": _thread(number, year_ms)})
    assert said == (era, f"messages/inbox/ or numbered posts files (2019–22 layout); newest record dated {year}")


@pytest.mark.parametrize("number", ["1e400", "1000000000000000000000000000000"])
def test_a_posts_file_s_first_time_past_the_c_backend_is_read_past(tmp_path: Path, number: str) -> None:
    """Beside an older thread (2019): the posts of 2022 decide, as when the odd number is not there."""
    files = {POSTS: _posts(number, _MAY_2022_MS),
             INBOX + "odobrandt_1/message_1.json": _thread("1560000000000", _MAY_2022_MS - 3 * 365 * 86_400_000)}
    assert _era(tmp_path, files) == ("2021-22", "messages/inbox/ or numbered posts files (2019–22 layout); newest "
                                                "record dated 2022")
    files[POSTS] = _posts("1651000000", _MAY_2022_MS)
    assert _era(tmp_path, files)[0] == "2021-22"


def test_a_file_damaged_otherwise_still_tells_nothing(tmp_path: Path) -> None:
    """A thread cut mid-JSON before any time: no dated record, as before."""
    said = _era(tmp_path, {INBOX + "odobrandt_1/message_1.json": b'{"participants": [{"name": "Odo'})
    assert said == (None, "messages/inbox/ or numbered posts files (2019–22 layout), and no dated record to tell "
                          "2019-20 from 2021-22")
