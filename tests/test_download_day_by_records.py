"""Downloads dated by their newest record where they name no day (the thirty-sixth pass, after M12 of the
thirty-fifth): an Amazon download without an order history (other categories only) by its newest dated record of
any kind; a download dated by its records beside one of its source dated by its name compared like with like; an X
archive without ``manifest.js`` (classic, 2018–20) by its newest tweet.

Invented values in the real shapes: formats.md §3.4's ``Digital.PrimeVideo.Viewinghistory.csv`` (``Playback Hour``
``MM/DD/YYYY HH:MM:SS``) and one-column ``Advertising.*.csv``; §3.2's legacy order history
(test_amazon_newest_download); the repository's X fixtures (classic Grailbird, 2018–20).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from test_amazon_newest_download import ORDERS, _platform, amazon
from test_snapshot_newest_download import order_and_days

from dataexam import api
from dataexam.parser import RECORD_DAY_MARK

VIEW_HEADER = ('"Playback Hour","Operating System","Browser","Delivery Type","City","Country","ISP","State",'
               '"Content Quality Entitled","Entitlement Type","Video Type","Audio Language","Title"')


def _no_orders(root: Path, hours: list[str], audiences: list[str]) -> Path:
    """An Amazon download of the Prime Video and advertising categories only (no order history)."""
    (root / "Digital.PrimeVideo.Viewinghistory").mkdir(parents=True)
    rows = [f'"{h}","Fire OS","Not Available","Streaming","Lyon","FR","Invented ISP","ARA","HD","Prime","Movie",'
            f'"fr","Invented Film {n}"' for n, h in enumerate(hours)]
    (root / "Digital.PrimeVideo.Viewinghistory" / "Digital.PrimeVideo.Viewinghistory.csv").write_text(
        "\ufeff" + "\n".join([VIEW_HEADER, *rows]) + "\n", encoding="utf-8")
    (root / "Advertising.1").mkdir()
    (root / "Advertising.1" / "Advertising.AmazonAudiences.csv").write_text(
        "\ufeff" + "\n".join(f'"{v}"' for v in ["Amazon Audiences in which you are included", *audiences]) + "\n",
        encoding="utf-8")
    return root


def test_amazon_download_without_orders_is_dated_by_its_newest_viewing(tmp_path: Path) -> None:
    # the file lists its hours oldest first in one, newest first in the other: the newest of any row counts
    new = _no_orders(tmp_path / "amazon-a", ["01/03/2022 20:00:00", "11/28/2023 21:00:00", "06/02/2023 19:00:00"],
                     ["Film buffs", "Coffee lovers"])
    old = _no_orders(tmp_path / "amazon-b", ["01/03/2022 20:00:00", "02/14/2022 22:00:00"],
                     ["Film buffs", "Video gamers"])
    order, days = order_and_days([new, old])
    assert order is not None and order[str(new)] > order[str(old)]
    assert days == {str(new): "2023-11-28" + RECORD_DAY_MARK, str(old): "2022-02-14" + RECORD_DAY_MARK}
    value = _platform([old, new])["value"]
    assert sorted(i["declared"] for i in value["platforms"]["amazon_audiences"]["items"]) == [
        "Coffee lovers", "Film buffs"]  # was also Video gamers: the two lists unioned
    assert {"list": "amazon_audiences", "download": "the download whose newest record is of Feb 2022",
            "values": ["Video gamers"]} in value["older_downloads"]


def _audiences_only(root: Path, audiences: list[str]) -> Path:
    """An Amazon download of the advertising category only: its one-column lists carry no date (formats.md §3.4)."""
    (root / "Advertising.1").mkdir(parents=True)
    (root / "Advertising.1" / "Advertising.AmazonAudiences.csv").write_text(
        "\ufeff" + "\n".join(f'"{v}"' for v in ["Amazon Audiences in which you are included", *audiences]) + "\n",
        encoding="utf-8")
    return root


def test_undated_amazon_downloads_are_combined_and_said_so(tmp_path: Path) -> None:
    one = _audiences_only(tmp_path / "amazon-a", ["Film buffs", "Coffee lovers"])
    other = _audiences_only(tmp_path / "amazon-b", ["Film buffs", "Video gamers"])
    order, days = order_and_days([one, other])
    assert order == {str(one): 0, str(other): 0}  # nothing tells them apart: they rank alike
    assert days == {str(one): "~undated:0", str(other): "~undated:1"}
    f = _platform([one, other])
    value = f["value"]
    assert sorted(i["declared"] for i in value["platforms"]["amazon_audiences"]["items"]) == [
        "Coffee lovers", "Film buffs", "Video gamers"]
    assert value["older_downloads"] is None
    # was silent: the two lists unioned as if one download's
    assert ("Amazon's lists here combine 2 downloads that carry no date (none in their names, no dated record): "
            "which is newer is unknown, so an entry the later one no longer lists may still be counted.") in (
        f["caveats"])
    # beside a dated download the undated one is the older: its label says no day
    dated = _no_orders(tmp_path / "amazon-c", ["02/14/2022 22:00:00"], ["Coffee lovers"])
    value = _platform([one, dated])["value"]
    assert [i["declared"] for i in value["platforms"]["amazon_audiences"]["items"]] == ["Coffee lovers"]
    assert value["older_downloads"] == [
        {"list": "amazon_audiences", "download": "an older download", "values": ["Film buffs"]}]


def test_one_amazon_download_alone_says_nothing_of_combining(tmp_path: Path) -> None:
    f = _platform([_audiences_only(tmp_path / "amazon-a", ["Film buffs"])])
    assert not any("combine" in c for c in f["caveats"])


def test_named_download_whose_records_are_older_ranks_below(tmp_path: Path) -> None:
    # 'amazon-2024-06-01' names a day, but its newest order is of Mar 2022; the unnamed download's is of May 2024:
    # a cumulative download made after May 2024 would hold that order, so the unnamed one is the newer
    named = amazon(tmp_path / "amazon-2024-06-01", ORDERS[:15], ["Video gamers"], ["Invented Travel"])
    unnamed = amazon(tmp_path / "amazon-b", ORDERS, ["Coffee lovers"], ["Invented Motors"])
    order, days = order_and_days([named, unnamed])
    assert order is not None and order[str(unnamed)] > order[str(named)]  # was below: '2024-06-01' > '2024-05-15~'
    assert days == {str(named): "2024-06-01", str(unnamed): "2024-05-15" + RECORD_DAY_MARK}
    value = _platform([named, unnamed])["value"]
    assert [i["declared"] for i in value["platforms"]["amazon_audiences"]["items"]] == ["Coffee lovers"]


def test_named_download_with_the_newer_records_stays_newest(tmp_path: Path) -> None:
    named = amazon(tmp_path / "amazon-2024-06-01", ORDERS, ["Coffee lovers"], ["Invented Motors"])
    unnamed = amazon(tmp_path / "amazon-b", ORDERS[:15], ["Video gamers"], ["Invented Travel"])
    order, _days = order_and_days([unnamed, named])
    assert order is not None and order[str(named)] > order[str(unnamed)]


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "twitter"


def test_x_archives_without_manifest_are_dated_by_their_newest_tweet(tmp_path: Path) -> None:
    # one person's classic archive twice: the later one holds Oct 2017's tweets, the earlier ends in Sep 2017
    later = shutil.copytree(FIXTURES / "classic", tmp_path / "tweets-a")
    earlier = shutil.copytree(FIXTURES / "classic", tmp_path / "tweets-b")
    (earlier / "archive" / "data" / "js" / "tweets" / "2017_10.js").unlink()
    csv_path = earlier / "archive" / "tweets.csv"
    lines = csv_path.read_text(encoding="utf-8").splitlines(keepends=True)
    csv_path.write_text("".join(line for line in lines if not line.startswith('"912000000000000003"')),
                        encoding="utf-8")
    exports = api.open_exports([later, earlier])
    try:
        days = api.download_dates(exports)
        # the newest month file's newest tweet (data/js/tweets/YYYY_MM.js) — was {}: "an older download"
        assert days == {str(later / "archive"): "2017-10-02" + RECORD_DAY_MARK,
                        str(earlier / "archive"): "2017-09-15" + RECORD_DAY_MARK}
        order = api.download_order(exports)
        assert order is not None and order[str(later / "archive")] > order[str(earlier / "archive")]
        # one archive alone: nothing read for it (no day, as before)
        assert api.download_dates(exports[:1]) == {}
    finally:
        api.close_exports(exports)


def test_x_2018_archive_is_dated_by_its_newest_tweet() -> None:
    exports = api.open_exports([FIXTURES / "gdpr-2018"])
    try:
        # tweet.js of the 2018-20 archive (no manifest.js)
        assert exports[0].parser.newest_record_day(exports[0].archive) == "2019-06-14"
    finally:
        api.close_exports(exports)
