"""Two people's classic X archives of the tweets.csv-only kind (M5 of the thirty-fifth pass).

A 2012–2018 "Grailbird" download (``tweets.zip`` for everyone) kept as its ``tweets.csv`` alone has no column naming
its account (``tweet_id, in_reply_to_status_id, in_reply_to_user_id, timestamp, source, text, retweeted_status_id,
retweeted_status_user_id, retweeted_status_timestamp, expanded_urls``: the real header, peer parsers), so two
people's merged into one timeline and one report, exit 0. What names the owner now: a self-reply (a reply to a tweet
of the same file: its ``in_reply_to_user_id`` is the owner's id); an own status link
(``twitter.com/<handle>/status/<id of a tweet of the file>``, an own photo's) its handle; and the tweets themselves —
one account's archives are cumulative, so two of one person repeat the tweets of the months both cover, two
people's share none. Two people's are refused (exit 2) naming both files; one person's two archives stay one.
Invented values in the real structure.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam import api
from dataexam.cli import app
from dataexam.errors import ExitCode, SeveralAccounts
from dataexam.registry import load_registry
from dataexam_parsers.twitter import TwitterParser

REGISTRY = load_registry()
HEADER = ["tweet_id", "in_reply_to_status_id", "in_reply_to_user_id", "timestamp", "source", "text",
          "retweeted_status_id", "retweeted_status_user_id", "retweeted_status_timestamp", "expanded_urls"]
WEB = '<a href="http://twitter.com" rel="nofollow">Twitter Web Client</a>'


def _row(tweet_id: int, when: str, text: str, reply_to: tuple[int, int] | None = None, urls: str = "",
         retweet_of: tuple[int, int] | None = None) -> list[str]:
    return [str(tweet_id), str(reply_to[0]) if reply_to else "", str(reply_to[1]) if reply_to else "",
            f"{when} +0000", WEB, text, str(retweet_of[0]) if retweet_of else "",
            str(retweet_of[1]) if retweet_of else "", f"{when} +0000" if retweet_of else "", urls]


def _tweets(base: int, months: list[str], per_month: int = 3) -> list[list[str]]:
    """``per_month`` plain tweets in each month (ids from ``base``), newest first as the file lists them."""
    rows = [_row(base + 10 * m + k, f"{month}-{10 + k:02d} 09:00:00", f"note {m}.{k}")
            for m, month in enumerate(months) for k in range(per_month)]
    return rows[::-1]


def _archive(folder: Path, rows: list[list[str]]) -> Path:
    folder.mkdir(parents=True)
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    (folder / "tweets.csv").write_text(out.getvalue(), encoding="utf-8")
    return folder


def _open(*paths: Path, per_account: bool = False) -> list:
    return api.open_exports(list(paths), registry=REGISTRY, per_account=per_account)


MONTHS_2016 = ["2016-01", "2016-02", "2016-03", "2016-04"]


def test_two_people_s_csv_archives_of_the_same_months_are_refused(tmp_path: Path) -> None:
    lena = _archive(tmp_path / "in" / "lena_tweets", _tweets(700000000000000000, MONTHS_2016))
    jonas = _archive(tmp_path / "in" / "jonas_tweets", _tweets(710000000000000000, MONTHS_2016))
    with pytest.raises(SeveralAccounts, match="2 different accounts") as caught:
        api.close_exports(_open(tmp_path / "in"))
    message = str(caught.value)
    assert "lena_tweets" in message and "jonas_tweets" in message
    assert "4 months both cover (2016-01 to 2016-04) have none in common" in message
    exports = _open(lena, jonas, per_account=True)
    try:
        assert len({e.account for e in exports}) == 2
    finally:
        api.close_exports(exports)
    result = CliRunner().invoke(app, ["report", str(lena), str(jonas), "-q", "-o", str(tmp_path / "r.json")])
    assert result.exit_code == ExitCode.USAGE
    assert "2 different accounts" in result.stderr and "lena_tweets" in result.stderr
    assert "jonas_tweets" in result.stderr
    assert not (tmp_path / "r.json").exists()


def test_one_person_s_two_csv_archives_stay_one(tmp_path: Path) -> None:
    """A 2016 and a 2017 download of one account: the later repeats the earlier's tweets (one deleted since)."""
    early = _tweets(700000000000000000, MONTHS_2016)
    late = _tweets(700000000000000000, [*MONTHS_2016, "2017-01"])
    late = [r for r in late if r[0] != "700000000000000001"]
    a = _archive(tmp_path / "a", early)
    b = _archive(tmp_path / "b", late)
    exports = _open(a, b)
    try:
        assert [e.account for e in exports] == [None, None]
        assert not [i for e in exports for i in e.archive.issues if i.code == "two-customers"]
    finally:
        api.close_exports(exports)


def test_a_self_reply_names_the_owner(tmp_path: Path) -> None:
    """A reply to a tweet of the same file is the owner's own thread: its ``in_reply_to_user_id`` is the owner's
    id, which a current archive of the same account (account.js) or another person's meets."""
    rows = _tweets(700000000000000000, MONTHS_2016)
    rows.insert(0, _row(700000000000000900, "2016-05-02 10:00:00", "@lena_hh and part two",
                        reply_to=(700000000000000031, 9200000001)))
    rows.insert(1, _row(700000000000000901, "2016-05-03 10:00:00", "@friend_x sure", reply_to=(650, 990000003)))
    rows.insert(2, _row(700000000000000902, "2016-05-04 10:00:00", "RT @nadia_h: park",
                        retweet_of=(640, 990000002)))
    archive = _archive(tmp_path / "lena", rows)
    parser = TwitterParser()
    exports = _open(archive)
    try:
        assert exports[0].account == "9200000001"
        assert parser.account(exports[0].archive) == "9200000001"
    finally:
        api.close_exports(exports)
    # another person's self-replying archive of other months (nothing in common to compare): two ids, refused
    other = _tweets(710000000000000000, ["2013-01", "2013-02"])
    other.insert(0, _row(710000000000000900, "2013-03-01 10:00:00", "@jonas_k 2/2",
                         reply_to=(710000000000000011, 9400000009)))
    jonas = _archive(tmp_path / "jonas", other)
    with pytest.raises(SeveralAccounts, match="2 different accounts"):
        api.close_exports(_open(archive, jonas))


def test_own_status_links_name_the_handle_but_tell_no_one_apart(tmp_path: Path) -> None:
    """Archives of no month in common (an account of 2012–13, another of 2016): their own photos' status links name
    their handles; a link to another person's status names no one. Two handles and no time in common were refused as
    two people (this test asserted so), but a handle can change: one person renamed between two downloads, her old
    tweets deleted, looks the same (T36) — read as one, a ``handles-differ`` issue saying so."""
    lena_rows = _tweets(700000000000000000, MONTHS_2016)
    lena_rows.insert(0, _row(700000000000000950, "2016-05-05 10:00:00", "lake https://t.co/Ph0000001",
                             urls="https://twitter.com/Lena_HH/status/700000000000000950/photo/1"))
    lena_rows.insert(1, _row(700000000000000951, "2016-05-06 10:00:00", "look https://t.co/Qt0000001",
                             urls="https://twitter.com/nadia_h/status/555"))
    jonas_rows = _tweets(310000000000000000, ["2013-01", "2013-02"])
    jonas_rows.insert(0, _row(310000000000000950, "2013-03-01 10:00:00", "snow http://t.co/Ph2",
                              urls="http://twitter.com/jonas_k/status/310000000000000950/photo/1"))
    lena = _archive(tmp_path / "lena", lena_rows)
    jonas = _archive(tmp_path / "jonas", jonas_rows)
    exports = _open(lena)
    try:
        assert exports[0].account is None
        assert exports[0].aliases == frozenset({"handle:lena_hh"})
    finally:
        api.close_exports(exports)
    exports = _open(lena, jonas)
    try:
        assert [e.account for e in exports] == [None, None]
        [issue] = [i for e in exports for i in e.archive.issues if i.code == "handles-differ"]
        assert issue.archive == exports[1].archive.name
        assert "read as one person who changed handle" in issue.message and "lena" not in issue.message.lower()
    finally:
        api.close_exports(exports)
    # the same handle in two downloads of no month in common (the older tweets deleted): one person
    again = _tweets(720000000000000000, ["2018-01", "2018-02"])
    again.insert(0, _row(720000000000000950, "2018-03-01 10:00:00", "pic https://t.co/Ph3",
                         urls="https://twitter.com/lena_hh/status/720000000000000950/photo/1"))
    exports = _open(lena, _archive(tmp_path / "lena_2018", again))
    try:
        assert [e.account for e in exports] == [None, None]
    finally:
        api.close_exports(exports)


def test_archives_telling_nothing_stay_together(tmp_path: Path) -> None:
    """One month in common, no handles, no self-replies: nothing tells them apart, read as one (as before)."""
    a = _archive(tmp_path / "a", _tweets(700000000000000000, ["2016-01"]))
    b = _archive(tmp_path / "b", _tweets(710000000000000000, ["2016-01"]))
    exports = _open(a, b)
    try:
        assert [e.account for e in exports] == [None, None]
    finally:
        api.close_exports(exports)


def _current(root: Path, account: str, handle: str, rows: list[list[str]]) -> Path:
    """A current (2020 →) X archive naming its account (``manifest.js`` ``userInfo``, ``account.js``) whose
    ``tweets.js`` holds the tweets of ``rows`` (tweets.csv rows: id, timestamp, text), in formats.md §2's shape."""
    data = root / "data"
    data.mkdir(parents=True)

    def js(name: str, items: list) -> None:
        (data / f"{name}.js").write_text(f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2), encoding="utf-8")

    js("account", [{"account": {"username": handle, "accountId": account, "createdAt": "2012-03-01T10:00:00.000Z",
                                "accountDisplayName": handle}}])
    stamp = "%a %b %d %H:%M:%S +0000 %Y"
    js("tweets", [{"tweet": {"id_str": r[0], "id": r[0], "full_text": r[5], "lang": "en", "source": WEB,
                             "created_at": datetime.strptime(r[3], "%Y-%m-%d %H:%M:%S %z").strftime(stamp),
                             "retweeted": False, "favorite_count": "0", "retweet_count": "0",
                             "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}}}
                  for r in rows])
    manifest = {"userInfo": {"accountId": account, "userName": handle, "displayName": handle},
                "archiveInfo": {"sizeBytes": "100000", "generationDate": "2024-06-20T00:00:00.000Z",
                                "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
                "dataTypes": {k: {"files": [{"fileName": f"data/{k}.js", "globalName": f"YTD.{k}.part0",
                                             "count": str(n)}]} for k, n in (("account", 1), ("tweets", len(rows)))}}
    (data / "manifest.js").write_text("window.__THAR_CONFIG = " + json.dumps(manifest, indent=2), encoding="utf-8")
    (root / "Your archive.html").write_text("<html></html>", encoding="utf-8")
    return root


def test_a_csv_archive_beside_another_person_s_current_archive_is_refused(tmp_path: Path) -> None:
    """A tweets.csv naming no owner beside another person's current archive (its account id known): the current
    archive's tweets of the 4 months both cover share none of the classic archive's — two people (was: read
    together as one 'you', exit 0)."""
    lena = _archive(tmp_path / "lena_tweets", _tweets(700000000000000000, MONTHS_2016))
    jonas = _current(tmp_path / "twitter-2024-06-20-jonas", "9400000009", "jonas_k",
                     _tweets(710000000000000000, [*MONTHS_2016, "2019-05"]))
    with pytest.raises(SeveralAccounts, match="2 different accounts") as caught:
        api.close_exports(_open(lena, jonas))
    message = str(caught.value)
    assert "lena_tweets" in message and "twitter-2024-06-20-jonas" in message
    assert ("names no account — a classic tweets.csv has no column naming it — but its posts of the 4 months it "
            "shares with") in message
    assert "(2016-01 to 2016-04) have none in common with that account's" in message
    result = CliRunner().invoke(app, ["report", str(lena), str(jonas), "-q", "-o", str(tmp_path / "r.json")])
    assert result.exit_code == ExitCode.USAGE
    assert "lena_tweets" in result.stderr and "twitter-2024-06-20-jonas" in result.stderr


def test_a_csv_archive_beside_the_same_person_s_current_archive_stays_one(tmp_path: Path) -> None:
    """The same person's classic tweets.csv and current archive (one 2016 tweet deleted since): one 'you'. A current
    archive covering none of the classic archive's months (its old tweets deleted) tells nothing: read together."""
    rows = _tweets(700000000000000000, MONTHS_2016)
    lena = _archive(tmp_path / "lena_tweets", rows)
    later = [r for r in _tweets(700000000000000000, [*MONTHS_2016, "2019-05"]) if r[0] != "700000000000000001"]
    current = _current(tmp_path / "twitter-2024-06-20-lena", "9200000001", "lena_hh", later)
    exports = _open(lena, current)
    try:
        assert [e.account for e in exports] == [None, "9200000001"]
    finally:
        api.close_exports(exports)
    emptied = _current(tmp_path / "twitter-2024-06-20-lena-b", "9200000001", "lena_hh",
                       _tweets(730000000000000000, ["2019-05", "2019-06"]))
    exports = _open(lena, emptied)
    try:
        assert [e.account for e in exports] == [None, "9200000001"]
    finally:
        api.close_exports(exports)


def _by_day(base: int, first: str, days: int, handle: str | None = None, step: int = 1) -> list[list[str]]:
    """A tweet a day at 09:00 for ``days`` days from ``first`` (``YYYY-MM-DD``; ids from ``base``), every fifth an own
    photo whose status link names ``handle``; newest first as the file lists them."""
    from datetime import date, timedelta

    start = date.fromisoformat(first)
    rows = []
    for k in range(0, days, step):
        day = (start + timedelta(days=k)).isoformat()
        tweet_id = base + k
        url = f"https://twitter.com/{handle}/status/{tweet_id}/photo/1" if handle and k % 5 == 0 else ""
        rows.append(_row(tweet_id, f"{day} 09:00:00", f"day {k}", urls=url))
    return rows[::-1]


def test_two_people_sharing_one_month_are_refused(tmp_path: Path) -> None:
    """T36 (the tester's B3): one person's tweets of Mar 2012 – Feb 2016 and another's of Feb 2016 – May 2018, a
    tweet a day, no handle, no self-reply: one month in common, no tweet of it in common — merged as one 'you'
    (a month was too little), now refused: each one's tweets dated inside the other's span are not in the other."""
    anna = _archive(tmp_path / "anna", _by_day(250000000000000000, "2012-03-01", 1461))  # to 2016-02-29
    ben = _archive(tmp_path / "ben", _by_day(760000000000000000, "2016-02-02", 850))
    with pytest.raises(SeveralAccounts, match="2 different accounts") as caught:
        api.close_exports(_open(anna, ben))
    assert "their posts of the month both cover (2016-02) have none in common" in str(caught.value)
    parser = TwitterParser()
    compared = parser.own_records_compared(_open_archive(anna), _open_archive(ben))
    assert compared is not None and compared.shared == 0
    assert (compared.start, compared.end) == ("2016-02-02 09:00:00", "2016-02-29 09:00:00")
    # 27 days strictly inside the other's span each side (3–29 Feb, 2–28 Feb), all sampled (under 64 a month)
    assert compared.missing == 2 * 27


def test_one_person_s_downloads_sharing_one_month_stay_one(tmp_path: Path) -> None:
    """One person's download of 2 Mar 2015 and of 2018 (cumulative: the later holds every earlier tweet): one month in
    common, its tweets shared — one person."""
    full = _by_day(300000000000000000, "2012-01-01", 2300)
    early = _archive(tmp_path / "early", [r for r in full if r[3] < "2015-03-02"])
    late = _archive(tmp_path / "late", [r for r in full if r[3] >= "2015-03-01"])  # older ones deleted
    exports = _open(early, late)
    try:
        assert [e.account for e in exports] == [None, None]
        assert not [i for e in exports for i in e.archive.issues if i.code == "handles-differ"]
    finally:
        api.close_exports(exports)


def test_a_handle_change_and_a_bulk_deletion_are_one_person(tmp_path: Path) -> None:
    """T36 (the tester's E): cara_m's download of 2012–2014, then a rename to cara_makes and every tweet before 2015
    deleted before the 2018 download: no time in common, two handles — refused as two people, now one (a
    ``handles-differ`` issue); the same with a self-reply in each naming one account id: one account, no issue."""
    old = _by_day(300000000000000000, "2012-01-01", 1096, handle="cara_m")
    new = _by_day(560000000000000000, "2015-01-01", 1200, handle="cara_makes")
    a = _archive(tmp_path / "cara_2014", old)
    b = _archive(tmp_path / "cara_2018", new)
    exports = _open(a, b)
    try:
        assert [e.account for e in exports] == [None, None]
        assert [i.code for e in exports for i in e.archive.issues if i.code == "handles-differ"] == ["handles-differ"]
    finally:
        api.close_exports(exports)
    old.insert(0, _row(300000000000009000, "2015-01-01 08:00:00", "@cara_m 2/2",
                       reply_to=(300000000000000001, 9300000003)))
    new.insert(0, _row(560000000000009000, "2018-05-01 08:00:00", "@cara_makes 2/2",
                       reply_to=(560000000000000001, 9300000003)))
    exports = _open(_archive(tmp_path / "ids_2014", old), _archive(tmp_path / "ids_2018", new))
    try:
        assert [e.account for e in exports] == ["9300000003", "9300000003"]
        assert not [i for e in exports for i in e.archive.issues if i.code == "handles-differ"]
    finally:
        api.close_exports(exports)
    # another account id in the later download (a self-reply): two people, refused whatever the handles
    new[0] = _row(560000000000009000, "2018-05-01 08:00:00", "@ben_r 2/2", reply_to=(560000000000000001, 9500000005))
    with pytest.raises(SeveralAccounts, match="2 different accounts"):
        api.close_exports(_open(tmp_path / "ids_2014", _archive(tmp_path / "other_2018", new)))


def test_a_retweet_of_an_own_tweet_names_the_owner(tmp_path: Path) -> None:
    """A retweet of a tweet of the same file names the owner as its author (``retweeted_status_user_id``)."""
    rows = _tweets(700000000000000000, MONTHS_2016)
    rows.insert(0, _row(700000000000000960, "2016-05-02 10:00:00", "RT @lena_hh: note",
                        retweet_of=(700000000000000031, 9200000001)))
    exports = _open(_archive(tmp_path / "lena", rows))
    try:
        assert exports[0].account == "9200000001"
    finally:
        api.close_exports(exports)


def _open_archive(path: Path):
    from dataexam.archive import open_input

    return open_input(path)
