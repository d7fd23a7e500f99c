"""Whose download is this, where nothing inside it says (T31D H1; note45 "Accounts and parts").

* H1: a partner's posts-only Facebook download whose zip name carries a username but no account number
  (``facebook-janedoe-2024-05-01-AbCdEf.zip``) beside the person's full ``facebook-johnroe-…`` download merged into
  "you". The username of its name (formats.md §1: ``facebook-<username|numeric id>-<date>-<8 chars>.zip``) now names
  it: another username is another account (refused, or two under ``--per-account``), the same username the same
  account. A username is the one of the download's day: the same person's downloads before and after a change of
  username stay one account where something else links them (the name the posts' titles start with, the profile
  name, the Messenger owner).
* An X part without ``account.js`` or a manifest beside two X accounts joined whichever it met first: its id is
  read from its records where they name it (``tweet-headers.js`` ``user_id``, ``ip-audit.js`` ``accountId``, the id
  every one-to-one DM conversation holds); a part that names none is an export of its own with an
  ``owner-unknown`` issue.

Invented values in real structures (formats.md §1.4, §2.3).
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from test_parts_and_owners import T, _fb, _thread
from typer.testing import CliRunner

from dataexam import api
from dataexam.archive import open_input
from dataexam.cli import app
from dataexam.errors import ExitCode, SeveralAccounts
from dataexam.registry import load_registry
from dataexam_parsers.facebook.parser import _usernames_in_names
from dataexam_parsers.twitter import TwitterParser

REGISTRY = load_registry()
ACT = "your_activity_across_facebook"


def _full(path: Path, name: str, username: str | None) -> None:
    """A full 2023–24 download: the profile (``username`` where the profile has one), one chat, two posts."""
    profile: dict[str, Any] = {"name": {"full_name": _fb(name)}, "registration_timestamp": T - 10**8}
    if username is not None:
        profile["username"] = username
        profile["profile_uri"] = f"https://www.facebook.com/{username}"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("personal_information/profile_information/profile_information.json",
                   json.dumps({"profile_v2": profile}))
        z.writestr(f"{ACT}/messages/inbox/friendone_333/message_1.json",
                   json.dumps(_thread(name, "Friend Öne", "friendone_333", 6)))
        z.writestr(f"{ACT}/posts/your_posts__check_ins__photos_and_videos_1.json",
                   json.dumps([{"timestamp": T + k, "data": [{"post": f"full post {k}"}],
                                "title": _fb(f"{name} updated the status.")} for k in range(2)]))


def _posts_only(path: Path, owner: str | None, first: int = 10, n: int = 1) -> None:
    """A download of posts only (in ``your_posts…_<n>.json``): no profile, no chat; the titles name ``owner`` or,
    ``None``, no one."""
    title = {} if owner is None else {"title": _fb(f"{owner} updated the status.")}
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"{ACT}/posts/your_posts__check_ins__photos_and_videos_{n}.json",
                   json.dumps([{"timestamp": T + 100 + k, "data": [{"post": f"posts-only post {k}"}], **title}
                               for k in range(first, first + 4)]))


def _messenger_only(path: Path, owner: str) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for other, folder, n in (("Anna", "anna_111", 4), ("Bob", "bob_222", 2)):
            z.writestr(f"{ACT}/messages/inbox/{folder}/message_1.json", json.dumps(_thread(owner, other, folder, n)))


@pytest.mark.parametrize("name", [
    "facebook-janedoe-2024-05-01-AbCdEf.zip",
    "facebook-janedoe-05_12_2023-AbCdEfGh.zip",
    "1of1-facebook-janedoe-05_12_2023-AbCdEfGh.zip",
    "facebook-janedoe-2024-05-01-AbCdEf (1).zip",
    "facebook-janedoe.zip",  # the 2018 era's name
    "facebook-JaneDoe-2024-05-01-AbCdEf.zip",  # usernames are caseless
])
@pytest.mark.parametrize("titles", ["Jane Doe", None])
@pytest.mark.parametrize("his_username", ["johnroe", None])
def test_a_partners_posts_only_download_named_by_username_is_another_account(
        tmp_path: Path, name: str, titles: str | None, his_username: str | None) -> None:
    """Her posts-only download beside his full one: refused as two accounts (was: merged, her 4 posts his), with
    her posts titled by her name or untitled, his profile with a username or (older) without one."""
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    _full(downloads / "facebook-johnroe-2024-05-01-XyZaBcDe.zip", "John Roe", his_username)
    _posts_only(downloads / name, titles)
    with pytest.raises(SeveralAccounts) as refused:
        api.close_exports(api.open_exports([downloads], registry=REGISTRY))
    assert "2 different accounts" in str(refused.value)
    exports = api.open_exports([downloads], registry=REGISTRY, per_account=True)
    try:
        assert len(exports) == 2
        hers = next(e for e in exports if name in e.name)
        his = next(e for e in exports if name not in e.name)
        assert his.account == "John Roe" and hers.account == "username:janedoe"
        assert api.account_ids(hers) == {}  # a username of the download's day: a hint, never an identifier
        assert len(api.accounts_of(exports)) == 2
    finally:
        api.close_exports(exports)


@pytest.mark.parametrize("folder", [False, True])
def test_his_own_posts_only_download_named_by_his_username_merges(tmp_path: Path, folder: bool) -> None:
    """The same username in both names (a zip, or its unpacked folder): one account, his 2 + 4 posts."""
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    _full(downloads / "facebook-johnroe-2024-05-01-XyZaBcDe.zip", "John Roe", None)
    own = downloads / "facebook-johnroe-2024-01-10-PoStOnLy.zip"
    _posts_only(own, None)
    if folder:
        _unpack(own, downloads / own.name.removesuffix(".zip"))
    exports = api.open_exports([downloads], registry=REGISTRY)  # no refusal
    try:
        assert {e.account for e in exports} == {"John Roe"}
    finally:
        api.close_exports(exports)
    posts = [e for e in api.timeline(downloads, registry=REGISTRY) if e.kind == "facebook.post"]
    assert len(posts) == 2 + 4


@pytest.mark.parametrize(("old_name", "new_name", "posts_first"), [
    ("facebook-johnold-2023-02-01-AbCdEf.zip", "facebook-johnnew-2024-05-01-XyZaBcDe.zip", True),
    ("facebook-johnold-2023-02-01-AbCdEf.zip", "facebook-johnnew-2024-05-01-XyZaBcDe.zip", False),
])
def test_a_change_of_username_between_two_downloads_is_one_person_linked_by_the_name(
        tmp_path: Path, old_name: str, new_name: str, posts_first: bool) -> None:
    """His posts-only download before he changed his username (titles "John Roe …") and his full download after
    (profile "John Roe", username johnnew): one account, not refused, whichever is given first."""
    old, new = tmp_path / old_name, tmp_path / new_name
    _posts_only(old, "John Roe")
    _full(new, "John Roe", "johnnew")
    inputs = [old, new] if posts_first else [new, old]
    exports = api.open_exports(inputs, registry=REGISTRY)
    try:
        assert {e.account for e in exports} == {"John Roe"}
    finally:
        api.close_exports(exports)
    assert sum(e.kind == "facebook.post" for e in api.timeline(inputs, registry=REGISTRY)) == 2 + 4


def test_a_change_of_name_keeping_the_username_is_one_person_linked_by_the_username(tmp_path: Path) -> None:
    """Posts titled by his earlier display name, its zip named by his username; his later full download under
    his new name with that username in its profile: one account."""
    old, new = tmp_path / "facebook-johnroe-2023-02-01-AbCdEf.zip", tmp_path / "facebook-johnroe-2024-05-01-XyZ.zip"
    _posts_only(old, "Johnny Roe")
    _full(new, "John Roe", "johnroe")
    exports = api.open_exports([old, new], registry=REGISTRY)
    try:
        assert {e.account for e in exports} == {"John Roe"}
    finally:
        api.close_exports(exports)


def test_a_messenger_owner_links_downloads_of_two_usernames(tmp_path: Path) -> None:
    """Her Messenger-only download under an earlier username and her full one under a later: the Messenger owner
    is her profile name, one account; the partner's Messenger-only download beside them is still another."""
    old, new = tmp_path / "facebook-janeold-2023-02-01-MsGr.zip", tmp_path / "facebook-janenew-2024-05-01-XyZ.zip"
    _messenger_only(old, "Jane Doe")
    _full(new, "Jane Doe", "janenew")
    exports = api.open_exports([old, new], registry=REGISTRY)
    try:
        assert {e.account for e in exports} == {"Jane Doe"}
    finally:
        api.close_exports(exports)
    partner = tmp_path / "facebook-janeold-2023-03-01-PaRt.zip"  # his, though the name says hers: the owner wins
    _messenger_only(partner, "John Roe")
    with pytest.raises(SeveralAccounts, match="2 different accounts"):
        api.close_exports(api.open_exports([partner, new], registry=REGISTRY))


def test_two_posts_only_downloads_of_two_usernames_are_two_accounts(tmp_path: Path) -> None:
    """Nothing inside either names anyone: two usernames in the names, two accounts (was: one export)."""
    a, b = tmp_path / "facebook-janedoe-2024-05-01-AbC.zip", tmp_path / "facebook-johnroe-2024-05-01-XyZ.zip"
    _posts_only(a, None, first=0)
    _posts_only(b, None, first=10)
    exports = api.open_exports([a, b], registry=REGISTRY, per_account=True)
    try:
        assert sorted(e.account or "" for e in exports) == ["username:janedoe", "username:johnroe"]
    finally:
        api.close_exports(exports)


def test_append_links_a_username_named_download_by_its_username_and_refuses_another(tmp_path: Path) -> None:
    """``--append`` into a database of his full download (profile username johnroe): his posts-only download
    named ``facebook-johnroe-…`` is his (linked by the username), hers named ``facebook-janedoe-…`` is refused."""
    full = tmp_path / "facebook-johnroe-2024-05-01-XyZaBcDe.zip"
    _full(full, "John Roe", "johnroe")
    db = tmp_path / "t.db"
    run = CliRunner().invoke
    assert run(app, ["timeline", str(full), "-o", str(db)]).exit_code == 0
    hers = tmp_path / "facebook-janedoe-2024-05-01-AbCdEf.zip"
    _posts_only(hers, None)
    before = db.read_bytes()
    assert run(app, ["timeline", str(hers), "--append", "-o", str(db)]).exit_code == ExitCode.USAGE
    assert db.read_bytes() == before
    his = tmp_path / "facebook-johnroe-2024-01-10-PoStOnLy.zip"
    _posts_only(his, None)
    appended = run(app, ["timeline", str(his), "--append", "-o", str(db)])
    assert appended.exit_code == 0, appended.stderr


@pytest.mark.parametrize(("name", "found"), [
    ("facebook-janedoe-2024-05-01-AbCdEf.zip", {"janedoe"}),
    ("facebook-jane.doe.5-05_12_2023-AbCdEfGh.zip", {"jane.doe.5"}),
    ("2of3-facebook-janedoe-05_12_2023-AbCdEfGh.zip", {"janedoe"}),
    ("facebook-janedoe-2024-01-01-part1.zip", {"janedoe"}),
    ("facebook-janedoe", {"janedoe"}),
    ("facebook-100012345678901-05_12_2023-AbCdEfGh.zip", set()),  # the number form: an identifier of its own
    ("facebook-2022", set()),  # a year, not a username
    ("facebook-a", set()),  # under Facebook's 5 characters
    ("facebook-janedoe-notes.zip", set()),  # a word after the name, not a date and code: a person's own name
    ("my-facebook-janedoe-2024-05-01-AbC.zip", set()),
    ("facebook-export", set()),  # a person's own word for the folder
    ("facebook-backup.zip", set()),
])
def test_the_username_read_from_a_download_name(tmp_path: Path, name: str, found: set[str]) -> None:
    path = tmp_path / name
    if name.endswith(".zip"):
        _posts_only(path, None)
    else:
        (path / ACT / "posts").mkdir(parents=True)
    archive = open_input(path)
    try:
        assert _usernames_in_names(archive) == found
    finally:
        archive.close()


# ---- X: a part without account.js ----------------------------------------------------------------------------

def _js(name: str, items: list[dict[str, Any]]) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(items, indent=2) + "\n"


def _x_full(path: Path, account: str, handle: str) -> None:
    manifest = {"userInfo": {"accountId": account, "userName": handle, "displayName": handle.title()},
                "archiveInfo": {"generationDate": "2025-01-10T09:00:00.000Z", "isPartialArchive": False},
                "dataTypes": {"account": {"files": [{"fileName": "data/account.js", "count": "1"}]}}}
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("data/manifest.js", "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2))
        z.writestr("data/account.js", _js("account", [{"account": {
            "username": handle, "accountId": account, "createdAt": "2015-06-01T10:00:00.000Z"}}]))
        z.writestr("data/tweets.js", _js("tweets", [{"tweet": {
            "id_str": f"17{account}01", "full_text": f"{handle} says hi",
            "created_at": "Mon Mar 04 10:15:00 +0000 2024", "entities": {}}}]))


def _x_part(path: Path, names: str | None) -> None:
    """A part of an X archive: tweets-part1.js only, with a file naming ``names`` as its account where given."""
    tweets = [{"tweet": {"id_str": f"18000000000000000{k}", "full_text": f"part tweet {k}",
                         "created_at": "Tue Mar 05 10:15:00 +0000 2024", "entities": {}}} for k in range(3)]
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("data/tweets-part1.js", "window.YTD.tweets.part1 = " + json.dumps(tweets))
        if names == "headers":
            z.writestr("data/tweet-headers.js", _js("tweet_headers", [{"tweet": {
                "tweet_id": "180000000000000000", "user_id": "4200000002",
                "created_at": "Tue Mar 05 10:15:00 +0000 2024"}}]))
        elif names == "ip-audit":
            z.writestr("data/ip-audit.js", _js("ip_audit", [{"ipAudit": {
                "accountId": "4200000002", "createdAt": "2024-03-05T10:00:00.000Z", "loginIp": "192.0.2.1"}}]))
        elif names == "dms":
            z.writestr("data/direct-messages.js", _js("direct_messages", [
                {"dmConversation": {"conversationId": pair, "messages": []}}
                for pair in ("4200000002-4200000077", "4200000002-4200000099")]))
        elif names == "one-dm":  # one conversation holds two ids: it names no one
            z.writestr("data/direct-messages.js", _js("direct_messages", [
                {"dmConversation": {"conversationId": "4200000002-4200000077", "messages": []}}]))


def _x_pair(folder: Path) -> None:
    _x_full(folder / "twitter-2025-01-10-aaaa1111.zip", "4200000001", "ana")
    _x_full(folder / "twitter-2025-01-10-bbbb2222.zip", "4200000002", "ben")


@pytest.mark.parametrize("names", [None, "one-dm"])
def test_an_x_part_naming_no_account_beside_two_accounts_is_said_not_guessed(tmp_path: Path,
                                                                             names: str | None) -> None:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    _x_pair(downloads)
    _x_part(downloads / "twitter-2025-01-10-cccc3333-part2.zip", names)
    with pytest.raises(SeveralAccounts, match="2 different accounts"):
        api.close_exports(api.open_exports([downloads], registry=REGISTRY))
    exports = api.open_exports([downloads], registry=REGISTRY, per_account=True)
    try:
        assert len(exports) == 3  # was 2: the part inside Ana's export (the first it met)
        part = next(e for e in exports if "cccc3333" in e.name)
        assert part.account is None and len(part.archive.inputs) == 1
        [issue] = [i for i in part.archive.issues if i.code == "owner-unknown"]
        assert "2 different accounts" in issue.message and "ana" not in issue.message
        assert all(len(e.archive.inputs) == 1 for e in exports)
    finally:
        api.close_exports(exports)


@pytest.mark.parametrize("names", ["headers", "ip-audit", "dms"])
def test_an_x_part_whose_records_name_the_account_joins_it(tmp_path: Path, names: str) -> None:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    _x_pair(downloads)
    part = downloads / "twitter-2025-01-10-cccc3333-part2.zip"
    _x_part(part, names)
    exports = api.open_exports([downloads], registry=REGISTRY, per_account=True)
    try:
        assert len(exports) == 2
        ben = next(e for e in exports if e.account == "4200000002")
        assert sorted(Path(p).name for p in ben.archive.inputs) == ["twitter-2025-01-10-bbbb2222.zip",
                                                                     part.name]
        assert not [i for e in exports for i in e.archive.issues if i.code == "owner-unknown"]
    finally:
        api.close_exports(exports)


def test_an_x_part_beside_one_account_joins_it_as_before(tmp_path: Path) -> None:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    _x_full(downloads / "twitter-2025-01-10-aaaa1111.zip", "4200000001", "ana")
    _x_part(downloads / "twitter-2025-01-10-aaaa1111-part2.zip", None)
    exports = api.open_exports([downloads], registry=REGISTRY)
    try:
        assert len(exports) == 1 and len(exports[0].archive.inputs) == 2
        assert not [i for i in exports[0].archive.issues if i.code == "owner-unknown"]
    finally:
        api.close_exports(exports)
    kinds = Counter(e.kind for e in api.timeline(downloads, registry=REGISTRY))
    assert kinds["twitter.tweet"] == 1 + 3


def test_the_x_owner_read_from_records_needs_them_to_agree(tmp_path: Path) -> None:
    """Two files naming two ids: no owner (never the first one met)."""
    path = tmp_path / "part.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("data/tweet-headers.js", _js("tweet_headers", [{"tweet": {"tweet_id": "1", "user_id": "111111"}}]))
        z.writestr("data/ip-audit.js", _js("ip_audit", [{"ipAudit": {"accountId": "222222"}}]))
    archive = open_input(path)
    try:
        assert TwitterParser().account(archive) is None
    finally:
        archive.close()


# ---- Amazon: two customers' downloads (no customer id in the files) ---------------------------------------------

_ORDERS_2025 = ("ASIN,Billing Address,Carrier Name & Tracking Number,Currency,Gift Message,Gift Recipient Contact,"
                "Gift Sender Name,Item Serial Number,Order Date,Order ID,Order Status,Original Quantity,"
                "Payment Method Type,Product Condition,Product Name,Purchase Order Number,Ship Date,"
                "Shipment Item Subtotal,Shipment Item Subtotal Tax,Shipment Status,Shipping Address,Shipping Charge,"
                "Shipping Option,Total Amount,Total Discounts,Unit Price,Unit Price Tax,Website")
_REPORT_ITEMS = ("Order Date,Order ID,Title,Category,ASIN/ISBN,Website,Condition,Seller,List Price Per Unit,"
                 "Purchase Price Per Unit,Quantity,Payment Instrument Type,Ordering Customer Email,Shipment Date,"
                 "Order Status,Item Subtotal,Item Subtotal Tax,Item Total,Buyer Name,Currency")


def _orders(months: range, series: str) -> list[tuple[str, str]]:
    """(order id, ISO date) of two orders a month, ``months`` counted from January 2023."""
    out = []
    for m in months:
        for k in (1, 2):
            out.append((f"{series}-{m:07d}-000000{k}", f"{2023 + m // 12}-{m % 12 + 1:02d}-1{k}T10:00:00Z"))
    return out


def _amazon_2025(root: Path, orders: list[tuple[str, str]], name: str) -> Path:
    path = root / "Your Orders" / "Your Amazon Orders" / "Order History.csv"
    path.parent.mkdir(parents=True)
    rows = [f'B0TEST{n:04d},"{name}\n1 Sample Street\nSpringfield",Not Available,USD,Not Available,'
            f"Not Available,Not Available,Not Available,{date},{order_id},Closed,1,Visa - 0001,New,Thing {n},"
            f'Not Applicable,{date},9.99,0,Shipped,"{name}\n1 Sample Street\nSpringfield",0,std-us,9.99,0,9.99,0,'
            "Amazon.com" for n, (order_id, date) in enumerate(orders)]
    path.write_text("\ufeff" + "\n".join([_ORDERS_2025, *rows]) + "\n", encoding="utf-8")
    return root


def _order_report(path: Path, orders: list[tuple[str, str]]) -> Path:
    """The old items report: US dates (``M/D/YY``), ``$`` money."""
    rows = []
    for n, (order_id, date) in enumerate(orders):
        y, m, d = date[:4], int(date[5:7]), int(date[8:10])
        rows.append(f"{m}/{d}/{y[2:]},{order_id},Thing {n},Kitchen,B0TEST{n:04d},Amazon.com,new,Seller,$9.99 ,"
                    f"$9.99 ,1,Visa - 0001,someone@example.org,{m}/{d}/{y[2:]},Shipped,$9.99 ,$0.00 ,$9.99 ,Buyer,USD")
    path.write_text("\n".join([_REPORT_ITEMS, *rows]) + "\n", encoding="utf-8")
    return path


def _customer_issues(inputs: list[Path]) -> list[Any]:
    stats = api.RunStats()
    kinds = Counter(e.kind for e in api.timeline(inputs, registry=REGISTRY, stats=stats))
    assert kinds["amazon.order_item"] > 0
    return [i for i in stats.issues if i.code == "two-customers"]


def test_two_customers_amazon_downloads_are_said(tmp_path: Path) -> None:
    """Jane's orders Jan 2023 – Jun 2024, John's Mar 2023 – Mar 2024, no order in common: said (was: silent)."""
    jane = _amazon_2025(tmp_path / "jane", _orders(range(0, 18), "111"), "Jane Example")
    john = _amazon_2025(tmp_path / "john", _orders(range(2, 15), "112"), "John Example")
    [issue] = _customer_issues([jane, john])
    assert issue.archive == str(john) and f"and {jane} both" in issue.message
    assert "13 months (2023-03 to 2024-03)" in issue.message and "two customers" in issue.message


def test_one_customers_two_downloads_a_year_apart_are_not_said(tmp_path: Path) -> None:
    """Her download of Dec 2023 (orders of 2023) and of Dec 2024 (2023 and 2024, cumulative): no issue."""
    early = _amazon_2025(tmp_path / "early", _orders(range(0, 12), "111"), "Jane Example")
    late = _amazon_2025(tmp_path / "late", _orders(range(0, 24), "111"), "Jane Example")
    assert _customer_issues([early, late]) == []
    assert _customer_issues([late, early]) == []


def test_two_customers_across_layouts_are_said_and_one_across_layouts_is_not(tmp_path: Path) -> None:
    """An old items report (US dates) beside a 2025 download: another customer's orders said, her own not."""
    jane = _amazon_2025(tmp_path / "jane", _orders(range(0, 18), "111"), "Jane Example")
    (tmp_path / "reports").mkdir()
    hers = _order_report(tmp_path / "reports" / "items.csv", _orders(range(0, 6), "111"))
    assert _customer_issues([jane, hers]) == []
    (tmp_path / "his").mkdir()
    his = _order_report(tmp_path / "his" / "items.csv", _orders(range(0, 6), "113"))
    [issue] = _customer_issues([jane, his])
    assert "6 months (2023-01 to 2023-06)" in issue.message


def test_downloads_overlapping_by_one_month_are_not_said(tmp_path: Path) -> None:
    """One month in common says too little (a download's first or last month is partial)."""
    a = _amazon_2025(tmp_path / "a", _orders(range(0, 6), "111"), "Jane Example")
    b = _amazon_2025(tmp_path / "b", _orders(range(5, 12), "112"), "Jane Example")
    assert _customer_issues([a, b]) == []


@pytest.mark.parametrize("titles", ["John Roe", None])
def test_a_nameless_facebook_download_beside_two_accounts_goes_with_the_name_its_titles_give(
        tmp_path: Path, titles: str | None) -> None:
    """Jane's and John's full downloads and a posts-only ``posts.zip`` (no number, no username in its name): its
    titles name John, so it is his (never joined to Jane's, the first met); untitled, whose it is is said unknown."""
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    _full(downloads / "a-jane.zip", "Jane Doe", "janedoe")
    _posts_only(downloads / "posts.zip", titles, n=2)  # a path neither full download holds: it could join either
    _full(downloads / "c-john.zip", "John Roe", "johnroe")
    with pytest.raises(SeveralAccounts, match="2 different accounts"):
        api.close_exports(api.open_exports([downloads], registry=REGISTRY))
    exports = api.open_exports([downloads], registry=REGISTRY, per_account=True)
    try:
        [posts] = [e for e in exports if any(Path(p).name == "posts.zip" for p in e.archive.inputs)]
        inputs = sorted(Path(p).name for p in posts.archive.inputs)
        unknown = [i for i in posts.archive.issues if i.code == "owner-unknown"]
        if titles is None:  # was: inside Jane's export (inputs a-jane.zip and posts.zip)
            assert inputs == ["posts.zip"] and posts.account is None and len(unknown) == 1
        else:
            assert inputs == ["c-john.zip", "posts.zip"] and posts.account == "John Roe" and unknown == []
    finally:
        api.close_exports(exports)


def test_a_nameless_download_kept_apart_by_a_path_is_the_account_its_titles_name(tmp_path: Path) -> None:
    """The same, its posts file also in John's full download (no part of it): a separate export, John's account
    under ``--per-account`` (read with his exports, not beside the other sources')."""
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    _full(downloads / "a-jane.zip", "Jane Doe", "janedoe")
    _posts_only(downloads / "posts.zip", "John Roe")
    _full(downloads / "c-john.zip", "John Roe", "johnroe")
    exports = api.open_exports([downloads], registry=REGISTRY, per_account=True)
    try:
        assert len(exports) == 3
        groups = api.accounts_of(exports)
        [his] = [group for _label, group in groups if any(e.account == "John Roe" for e in group)]
        assert sorted(Path(e.name).name for e in his) == ["c-john.zip", "posts.zip"]
    finally:
        api.close_exports(exports)


def _unpack(zipped: Path, folder: Path) -> None:
    with zipfile.ZipFile(zipped) as z:
        z.extractall(folder)
    zipped.unlink()


def test_a_partners_x_part_unpacked_beside_a_whole_archive_is_another_account(tmp_path: Path) -> None:
    """T32B H1: the two downloads unpacked side by side in one folder (each zip into a folder of its name) were one
    export — the folder the root of one X archive — and Ben's part's tweets Ana's own, with no issue. Each folder
    that holds its own data/ is an export's root: Ben's part is the account its tweet-headers name."""
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    _x_full(downloads / "a.zip", "4200000001", "ana")
    _unpack(downloads / "a.zip", downloads / "twitter-2025-01-10-aaaa1111")
    _x_part(downloads / "b.zip", "headers")  # names 4200000002
    _unpack(downloads / "b.zip", downloads / "twitter-2025-01-10-bbbb2222-part2")
    with pytest.raises(SeveralAccounts, match="2 different accounts"):
        api.close_exports(api.open_exports([downloads], registry=REGISTRY))
    exports = api.open_exports([downloads], registry=REGISTRY, per_account=True)
    try:
        assert sorted(e.account or "" for e in exports) == ["4200000001", "4200000002"]
    finally:
        api.close_exports(exports)


def test_ones_own_x_part_unpacked_beside_the_archive_still_joins_it(tmp_path: Path) -> None:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    _x_full(downloads / "a.zip", "4200000001", "ana")
    _unpack(downloads / "a.zip", downloads / "twitter-2025-01-10-aaaa1111")
    _x_part(downloads / "b.zip", None)
    _unpack(downloads / "b.zip", downloads / "twitter-2025-01-10-aaaa1111-part2")
    exports = api.open_exports([downloads], registry=REGISTRY)
    try:
        assert len(exports) == 1
        assert not [i for i in exports[0].archive.issues if i.code == "owner-unknown"]
    finally:
        api.close_exports(exports)
    kinds = Counter(e.kind for e in api.timeline(downloads, registry=REGISTRY))
    assert kinds["twitter.tweet"] == 1 + 3


@pytest.mark.parametrize("source", ["twitter", "facebook"])
def test_downloads_each_unpacked_in_a_persons_folder_stay_two_accounts(tmp_path: Path, source: str) -> None:
    """T32C N1: each download unpacked inside a folder named for its person (``ana/twitter-…``,
    ``ben/twitter-…-part2``; ``john/facebook-johnroe-…``, ``jane/facebook-janedoe-…``), the parent given, was one
    export: the collision read the units' top folders only (now the innermost folders holding parsed files, X's
    data/), and a Facebook download's username was read from the wrapper's name, not from the download's folder."""
    shared = tmp_path / "shared"
    if source == "twitter":
        _x_full(tmp_path / "a.zip", "4200000001", "ana")
        _unpack(tmp_path / "a.zip", shared / "ana" / "twitter-2025-01-10-aaaa1111")
        _x_part(tmp_path / "b.zip", "headers")
        _unpack(tmp_path / "b.zip", shared / "ben" / "twitter-2025-01-10-bbbb2222-part2")
    else:
        _full(tmp_path / "j.zip", "John Roe", "johnroe")
        _unpack(tmp_path / "j.zip", shared / "john" / "facebook-johnroe-2024-05-01-XyZaBcDe")
        _posts_only(tmp_path / "d.zip", None)
        _unpack(tmp_path / "d.zip", shared / "jane" / "facebook-janedoe-2024-05-01-AbCdEf")
    with pytest.raises(SeveralAccounts, match="2 different accounts"):
        api.close_exports(api.open_exports([shared], registry=REGISTRY))


CLASSIC = Path(__file__).resolve().parent.parent / "fixtures" / "twitter" / "classic" / "archive"


def _classic(folder: Path, account: str) -> Path:
    """The classic (Grailbird, ≤ mid-2018) fixture archive with its account card naming ``account``."""
    import shutil

    shutil.copytree(CLASSIC, folder)
    card = folder / "data" / "js" / "user_details.js"
    card.write_text(card.read_text("utf-8").replace('"14000001"', f'"{account}"'), "utf-8")
    return folder


def test_two_peoples_classic_archives_are_two_accounts(tmp_path: Path) -> None:
    """T33A H2: two classic archives (tweets.csv + data/js/tweets, no account.js) of two people in one folder were
    one "you" (exit 0, both people's tweets): each names its account in data/js/user_details.js ``"id"``."""
    _classic(tmp_path / "old" / "lena_tweets", "9200000001")
    _classic(tmp_path / "old" / "jonas_tweets", "9400000009")
    with pytest.raises(SeveralAccounts, match="2 different accounts"):
        api.close_exports(api.open_exports([tmp_path / "old"], registry=REGISTRY))
    exports = api.open_exports([tmp_path / "old"], registry=REGISTRY, per_account=True)
    try:
        assert sorted(e.account or "" for e in exports) == ["9200000001", "9400000009"]
    finally:
        api.close_exports(exports)


def test_a_classic_archive_and_a_current_one_of_the_same_account_are_one_person(tmp_path: Path) -> None:
    """The same account's classic archive of 2016 and its current archive (account.js) are one person; another
    person's classic archive beside that current archive is refused (T33A H2's second case)."""
    _x_full(tmp_path / "new.zip", "9200000001", "lena")
    _classic(tmp_path / "lena_2016", "9200000001")
    exports = api.open_exports([tmp_path / "new.zip", tmp_path / "lena_2016"], registry=REGISTRY)
    try:
        assert {e.account for e in exports} == {"9200000001"}
    finally:
        api.close_exports(exports)
    _classic(tmp_path / "jonas_2016", "9400000009")
    result = CliRunner().invoke(app, ["report", str(tmp_path / "new.zip"), str(tmp_path / "jonas_2016"), "-q",
                                      "-o", str(tmp_path / "r.json")])
    assert result.exit_code == ExitCode.USAGE and "2 different accounts" in result.stderr
    assert not (tmp_path / "r.json").exists()


def _classic_without_card(folder: Path, account: str, handle: str) -> Path:
    """The classic fixture archive without ``data/js/user_details.js`` (T33B L6), its tweets' own ``user`` naming
    ``account``/``handle`` (a retweet's original author, under ``retweeted_status``, stays another account)."""
    import shutil

    shutil.copytree(CLASSIC, folder)
    (folder / "data" / "js" / "user_details.js").unlink()
    for month in (folder / "data" / "js" / "tweets").glob("*.js"):
        month.write_text(month.read_text("utf-8").replace("14000001", account).replace('"patnak"', f'"{handle}"'),
                         "utf-8")
    return folder


def test_two_peoples_classic_archives_without_their_cards_are_two_accounts(tmp_path: Path) -> None:
    """T33B L6: two people's classic archives without ``user_details.js`` merged silently (2,556 tweets as one
    person, exit 0); each monthly tweet file names its author (``user.id_str``): refused as with the cards."""
    _classic_without_card(tmp_path / "old" / "lena_tweets", "9200000001", "lena_hh")
    _classic_without_card(tmp_path / "old" / "jonas_tweets", "9400000009", "jonas_k")
    with pytest.raises(SeveralAccounts, match="2 different accounts"):
        api.close_exports(api.open_exports([tmp_path / "old"], registry=REGISTRY))
    exports = api.open_exports([tmp_path / "old"], registry=REGISTRY, per_account=True)
    try:
        assert sorted(e.account or "" for e in exports) == ["9200000001", "9400000009"]
    finally:
        api.close_exports(exports)
    result = CliRunner().invoke(app, ["timeline", str(tmp_path / "old"), "-q", "-o", str(tmp_path / "t.jsonl")])
    assert result.exit_code == ExitCode.USAGE and "2 different accounts" in result.stderr
    assert not (tmp_path / "t.jsonl").exists()


def test_the_same_person_s_classic_archives_without_cards_stay_one(tmp_path: Path) -> None:
    """The same account's two classic archives without cards (its handle changed between them), and one beside
    its current archive, are one person."""
    _classic_without_card(tmp_path / "old" / "a", "9200000001", "lena_hh")
    _classic_without_card(tmp_path / "old" / "b", "9200000001", "lena_sails")
    exports = api.open_exports([tmp_path / "old"], registry=REGISTRY)
    try:
        assert {e.account for e in exports} == {"9200000001"}
    finally:
        api.close_exports(exports)
    _x_full(tmp_path / "new.zip", "9200000001", "lena")
    exports = api.open_exports([tmp_path / "new.zip", tmp_path / "old" / "a"], registry=REGISTRY)
    try:
        assert {e.account for e in exports} == {"9200000001"}
    finally:
        api.close_exports(exports)
    with pytest.raises(SeveralAccounts, match="2 different accounts"):
        _classic_without_card(tmp_path / "jonas", "9400000009", "jonas_k")
        api.close_exports(api.open_exports([tmp_path / "new.zip", tmp_path / "jonas"], registry=REGISTRY))
