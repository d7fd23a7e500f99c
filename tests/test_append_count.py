"""``timeline --append`` of records numbered ``<key>#n``: whatever the cut and order of runs, the database holds the
records one run over everything holds (the twenty-seventh pass's APPEND; T26C H1).

The input is the final tester's ``msgkey`` (invented names and words, real Messenger structure): the owner's
"Happy new year!" to Ola Berg at 05:20:00.300 and to Ola Smith at .500 of one second, both Olas' "Same to
you!" at :09 (.400, .700), one older message each, and in the later download one newer message each. Before,
``--until .400`` then ``--append --since .400`` kept 7 of 8 messages (Smith's "Happy new year!" took the bare
key Berg's held), and ``--since .400`` then an append of all of the later download doubled Smith's and lost
Berg's.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dataexam.appendcount import base_key, new_keys
from dataexam.cli import app

S = 1_650_000_000 * 1000  # 2022-04-15T05:20:00Z in ms
CUT = "2022-04-15T05:20:00.400Z"  # inside the second of the two "Happy new year!"


def _download(root: Path, later: bool, *, chats: tuple[str, ...] = ("Ola Berg", "Ola Smith")) -> Path:
    """The tester's make.py: dl-2022 (``later`` False) or dl-2023 (one newer message in each chat)."""
    folder = root / "personal_information/profile_information"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "profile_information.json").write_text(json.dumps({"profile_v2": {"name": {"full_name": "Jane Roe"}}}))
    for ola, fid, ms_h, ms_s in (("Ola Berg", "olaberg_1001", 300, 9_400), ("Ola Smith", "olasmith_1002", 500, 9_700)):
        if ola not in chats:
            continue
        said = [{"sender_name": ola, "timestamp_ms": S + ms_s, "content": "Same to you!"},
                {"sender_name": "Jane Roe", "timestamp_ms": S + ms_h, "content": "Happy new year!"},
                {"sender_name": ola, "timestamp_ms": S - 50_000, "content": "Ready for tonight?"}]
        if later:
            said.insert(0, {"sender_name": ola, "timestamp_ms": S + 86_400_000, "content": "Lunch tomorrow?"})
        rel = f"your_activity_across_facebook/messages/inbox/{fid}"
        (root / rel).mkdir(parents=True, exist_ok=True)
        (root / rel / "message_1.json").write_text(json.dumps({
            "participants": [{"name": ola}, {"name": "Jane Roe"}], "messages": said, "title": ola,
            "is_still_participant": True, "thread_path": rel.split("messages/", 1)[-1]}))
    return root


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("msgkey")
    return {"22": _download(base / "dl-2022", False), "23": _download(base / "dl-2023", True)}


#: a run: a download and its window ("" all of it, "<" --until CUT, ">" --since CUT)
RUNS = [d + w for d in ("22", "23") for w in ("", "<", ">")]
WINDOW = {"": [], "<": ["--until", CUT], ">": ["--since", CUT]}


def _run(runner: CliRunner, downloads: dict[str, Path], run: str, db: Path, append: bool) -> None:
    args = ["timeline", str(downloads[run[:2]]), "-o", str(db), "-q", "--kind", "facebook.message",
            *WINDOW[run[2:]], *(["--append"] if append else [])]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr


def _messages(db: Path, per_account: bool = False) -> Counter[tuple[str, str, str]]:
    """The messages of ``db`` as (time, actor, text); their keys distinct (per account with ``per_account``)."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT time, actor, text, key FROM events WHERE kind = 'facebook.message'").fetchall()
        owned = conn.execute("SELECT count(DISTINCT r.account || ' ' || e.key) FROM events e JOIN "
                             "dataexam_row_accounts r ON r.event_id = e.id WHERE e.kind = 'facebook.message'"
                             ).fetchone()[0] if per_account else len({key for *_, key in rows})
    assert owned == len(rows), "keys repeat"
    return Counter((t, a, x) for t, a, x, _ in rows)


@pytest.fixture(scope="module")
def truth(downloads: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Counter[tuple[str, str, str]]:
    db = tmp_path_factory.mktemp("full") / "full.db"
    result = CliRunner().invoke(app, ["timeline", str(downloads["22"]), str(downloads["23"]), "-o", str(db), "-q"])
    assert result.exit_code == 0, result.stderr
    full = _messages(db)
    assert sum(full.values()) == 8 and full[("2022-04-15T05:20:00.300Z", "self", "Happy new year!")] == 1
    return full


def _expected(truth: Counter[tuple[str, str, str]], runs: tuple[str, ...]) -> Counter[tuple[str, str, str]]:
    """One run over everything, of the records some run's download and window hold."""
    def held(run: str, time: str, text: str) -> bool:
        window = run[2:]
        return ((window == "" or (window == "<") == (time < CUT)) and (run[:2] == "23" or text != "Lunch tomorrow?"))
    return Counter({rec: n for rec, n in truth.items() if any(held(r, rec[0], rec[2]) for r in runs)})


def test_the_testers_incremental_pair_keeps_all_eight(downloads: dict[str, Path], tmp_path: Path,
                                                      truth: Counter[tuple[str, str, str]]) -> None:
    # T26C H1 as reported: 7 of 8, Smith's "Happy new year!" lost ("1 already in the database")
    runner, db = CliRunner(), tmp_path / "i.db"
    _run(runner, downloads, "22<", db, append=False)
    result = runner.invoke(app, ["timeline", str(downloads["23"]), "--since", CUT, "-o", str(db), "--append"])
    assert result.exit_code == 0, result.stderr
    assert "0 already in the database" in result.stderr
    assert _messages(db) == truth


def test_since_then_the_whole_later_download_neither_doubles_nor_loses(downloads: dict[str, Path], tmp_path: Path,
                                                                      truth: Counter[tuple[str, str, str]]) -> None:
    # T26C H1's variant: 8 rows, Smith's .500 twice and Berg's .300 lost
    runner, db = CliRunner(), tmp_path / "w.db"
    _run(runner, downloads, "22>", db, append=False)
    _run(runner, downloads, "23", db, append=True)
    assert _messages(db) == truth


@pytest.mark.parametrize("runs", list(itertools.product(RUNS, repeat=2)), ids="-then-".join)
def test_every_order_of_two_runs_holds_what_one_run_holds(downloads: dict[str, Path], tmp_path: Path,
                                                          truth: Counter[tuple[str, str, str]],
                                                          runs: tuple[str, str]) -> None:
    runner, db = CliRunner(), tmp_path / "t.db"
    for i, run in enumerate(runs):
        _run(runner, downloads, run, db, append=i > 0)
    assert _messages(db) == _expected(truth, runs)


@pytest.mark.parametrize("runs", list(itertools.permutations(["22<", "22>", "23<", "23>"], 3))
                         + list(itertools.permutations(["22>", "23", "22<"])), ids="-then-".join)
def test_three_runs_in_any_order(downloads: dict[str, Path], tmp_path: Path, truth: Counter[tuple[str, str, str]],
                                 runs: tuple[str, ...]) -> None:
    runner, db = CliRunner(), tmp_path / "t.db"
    for i, run in enumerate(runs):
        _run(runner, downloads, run, db, append=i > 0)
    assert _messages(db) == _expected(truth, runs)


def test_a_download_lacking_one_chat_appended_first_loses_nothing(tmp_path: Path) -> None:
    # no cut at all: the download without Ola Berg's chat numbers Smith's "Happy new year!" as the bare key,
    # which the full download gives Berg's; matched by key, Berg's was lost and Smith's doubled
    runner = CliRunner()
    lacking = _download(tmp_path / "smith-only", False, chats=("Ola Smith",))
    full = _download(tmp_path / "both", False)
    one, db = tmp_path / "one.db", tmp_path / "two.db"
    assert runner.invoke(app, ["timeline", str(lacking), str(full), "-o", str(one), "-q"]).exit_code == 0
    assert runner.invoke(app, ["timeline", str(lacking), "-o", str(db), "-q"]).exit_code == 0
    result = runner.invoke(app, ["timeline", str(full), "-o", str(db), "--append"])
    assert result.exit_code == 0, result.stderr
    assert _messages(db) == _messages(one) and sum(_messages(db).values()) == 6
    again = runner.invoke(app, ["timeline", str(full), "-o", str(db), "--append"])
    assert "wrote 0 event(s)" in again.stderr and _messages(db) == _messages(one)


def test_per_account_append_counts_each_accounts_records_apart(tmp_path: Path) -> None:
    # two people's downloads hold the same words at one second; with --per-account each keeps its own
    runner = CliRunner()
    jane = _download(tmp_path / "jane", False)
    kari = _download(tmp_path / "kari", False)
    profile = kari / "personal_information/profile_information/profile_information.json"
    profile.write_text(json.dumps({"profile_v2": {"name": {"full_name": "Kari Lund"}}}))
    one, db = tmp_path / "one.db", tmp_path / "two.db"
    assert runner.invoke(app, ["timeline", str(jane), str(kari), "-o", str(one), "-q", "--per-account"]).exit_code == 0
    assert runner.invoke(app, ["timeline", str(jane), "-o", str(db), "-q", "--until", CUT]).exit_code == 0
    for args in ([str(kari)], [str(jane), "--since", CUT]):
        result = runner.invoke(app, ["timeline", *args, "-o", str(db), "-q", "--append", "--per-account"])
        assert result.exit_code == 0, result.stderr
    assert _messages(db, True) == _messages(one, True) and sum(_messages(db, True).values()) == 12


# ---- Amazon: ordinals made per file before the window, so the key rule holds for any cut ----------------------

PAYMENTS_HEADER = ["OrderID", "ReversalID", "RefundCompletionDate", "Currency", "AmountRefunded", "Status",
                   "DisbursementType"]


def _refunds(root: Path, later: bool) -> Path:
    """Two refunds of one order on one day for one amount (16:02 and 16:15: ``<key>`` and ``<key>#1``)."""
    rows = [("RvAAAA", "2023-03-20T16:02:11.000Z"), ("XbBBBB", "2023-03-20T16:15:47.000Z")]
    if later:
        rows.append(("HnCCCC", "2023-07-04T11:30:00.000Z"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(PAYMENTS_HEADER)
    for reversal, when in rows:
        writer.writerow(["702-0000001-0000001", reversal, when, "CAD", "33.29", "Completed", "Refund"])
    path = root / "Retail.OrdersReturned.Payments.1/Retail.OrdersReturned.Payments.1.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(out.getvalue(), encoding="utf-8")
    return root


@pytest.mark.parametrize("runs", list(itertools.product(["a", "a<", "a>", "b", "b<", "b>"], repeat=2)),
                         ids="-then-".join)
def test_amazon_refunds_numbered_per_file_append_right_in_any_order(tmp_path: Path, runs: tuple[str, str]) -> None:
    cut = "2023-03-20T16:10:00Z"
    exports = {"a": _refunds(tmp_path / "a", False), "b": _refunds(tmp_path / "b", True)}
    runner, db = CliRunner(), tmp_path / "t.db"
    for i, run in enumerate(runs):
        window = {"": [], "<": ["--until", cut], ">": ["--since", cut]}[run[1:]]
        result = runner.invoke(app, ["timeline", str(exports[run[0]]), "-o", str(db), "-q", *window,
                                     *(["--append"] if i else [])])
        assert result.exit_code == 0, result.stderr
    with sqlite3.connect(db) as conn:
        got = sorted(conn.execute("SELECT time, key FROM events WHERE kind = 'amazon.refund'"))
    want = {t for run in runs for t in (["2023-03-20T16:02:11.000Z", "2023-03-20T16:15:47.000Z"]
                                        + (["2023-07-04T11:30:00.000Z"] if run[0] == "b" else []))
            if run[1:] == "" or (run[1:] == "<") == (t < "2023-03-20T16:10:00.000Z")}
    assert [t for t, _ in got] == sorted(want)
    assert len({k for _, k in got}) == len(got)


# ---- the rule itself ---------------------------------------------------------------------------------------------

K = "facebook.message:3884264d67e02efe8050eac1"


def test_base_key() -> None:
    assert base_key(f"{K}#12") == K and base_key(K) == K and base_key("twitter.tweet:#tag") == "twitter.tweet:#tag"


H, M = "2022-04-15T05:20:00.300Z", "2022-04-15T05:20:00.500Z"


def test_a_record_at_an_instant_the_database_holds_is_there() -> None:
    held = [(K, H, "self"), (f"{K}#1", M, "self")]
    run = [(H, K, "self"), (M, f"{K}#1", "self")]
    assert new_keys(run, held, {K, f"{K}#1"}) == [None, None]


def test_a_new_record_takes_the_lowest_free_ordinal_where_its_key_is_taken() -> None:
    held = [(K, M, "self")]  # Smith's, under the bare key (a --since run)
    run = [(H, K, "self"), (M, f"{K}#1", "self")]
    assert new_keys(run, held, {K}) == [f"{K}#1", None]


def test_rows_outside_the_runs_window_are_not_counted() -> None:
    held = [(K, H, "self")]  # Berg's, from an --until .400 run
    run = [(M, K, "self")]  # Smith's, the only one of an --since .400 run
    assert new_keys(run, held, {K}, since=CUT) == [f"{K}#1"]
    # without the window Berg's row would be taken for Smith's record (other instants, one each)
    assert new_keys(run, held, {K}) == [None]


def test_at_one_millisecond_the_sender_tells_which_row_is_which() -> None:
    at = "2022-04-15T05:19:10.000Z"
    held = [(K, at, "Ola Smith")]  # a download without Ola Berg's chat
    run = [(at, K, "Ola Berg"), (at, f"{K}#1", "Ola Smith")]
    assert new_keys(run, held, {K}) == [f"{K}#1", None]
    # a friend renamed between downloads: matched at the instant alone
    assert new_keys([(at, K, "Ola Nordmann")], [(K, at, "Ola Berg")], {K}) == [None]


def test_the_count_bounds_what_instants_cannot_match() -> None:
    # an early-2018 download gives seconds only: two rows at .000; a later download's .300 and .500 are the same two
    zero = "2022-04-15T05:20:00.000Z"
    held = [(K, zero, "self"), (f"{K}#1", zero, "self")]
    run = [(H, K, "self"), (M, f"{K}#1", "self")]
    assert new_keys(run, held, {K, f"{K}#1"}) == [None, None]
    assert new_keys(run, held[:1], {K}) == [f"{K}#1", None]


# -- the early-2018 whole-second limit, stated precisely (the twenty-eighth pass's LIMITS 4) --------------------
# A 2018 download writes both of two equal messages of one second (truly .300 and .500) at .000.
S2018 = "2018-04-15T05:20:00"
ZERO, EARLY, LATE = f"{S2018}.000Z", f"{S2018}.300Z", f"{S2018}.500Z"
HELD_2018 = [(K, ZERO, "self"), (f"{K}#1", ZERO, "self")]


def test_whole_second_bounds_on_a_2018_database_are_exact() -> None:
    # --since on the second itself: both 2018 rows inside the window, the run's two records are them
    assert new_keys([(EARLY, K, "self"), (LATE, f"{K}#1", "self")], HELD_2018, {K, f"{K}#1"},
                    since=ZERO) == [None, None]
    # --since the next second: the second is wholly outside, nothing of it in the run
    assert new_keys([], HELD_2018, {K, f"{K}#1"}, since=f"{S2018[:-2]}01.000Z") == []
    # --until the second itself: the 2018 rows and the run's records both outside
    assert new_keys([], HELD_2018, {K, f"{K}#1"}, until=ZERO) == []


def test_a_bound_inside_a_2018_second_is_the_documented_limit() -> None:
    cut = f"{S2018}.400Z"
    # --since .400: the rows at .000 are outside the window, the run's .500 record is added again (right: None)
    assert new_keys([(LATE, K, "self")], HELD_2018, {K, f"{K}#1"}, since=cut) == [f"{K}#2"]
    # --until .400 onto a 2018 download that held only the .500 message: its .000 row counts for the run's .300
    # record, which is not added (right: added)
    assert new_keys([(EARLY, K, "self")], [(K, ZERO, "self")], {K}, until=cut) == [None]
