"""``dataexam batch``: participants as units, Parquet tables, pseudonymised events, resume, Dask."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import stat
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dataexam import api, cli
from dataexam.batch import MARKER, run_batch
from dataexam.batch.participants import discover
from dataexam.batch.pseudonym import Pseudonymiser, load_or_create_key
from dataexam.batch.tables import flatten_value
from dataexam.persona import export_paths, write_persona
from helpers import process_running, wait_until

runner = CliRunner()


@pytest.fixture(scope="module")
def donations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three participants: P1 (X only), P2 (Facebook + Amazon), P3 (not an export)."""
    root = tmp_path_factory.mktemp("donations")
    persona = root.parent / "persona"
    truth = write_persona(persona, seed=5, scale=0.1)
    paths = {p.name: p for p in export_paths(truth)}
    (root / "P1").mkdir()
    shutil.copytree(paths["twitter-2024"], root / "P1" / "twitter-2024")
    (root / "P2").mkdir()
    shutil.copytree(paths["amazon-2025"], root / "P2" / "amazon-2025")
    shutil.copytree(paths["facebook-2020"], root / "P2" / "facebook-2020")
    (root / "P3").mkdir()
    (root / "P3" / "holiday.pdf").write_bytes(b"%PDF-1.4 not an export")
    return root


def _table(path: Path) -> list[dict]:
    return pq.read_table(path).to_pylist()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_local_batch_tables(donations: Path, tmp_path: Path, no_network: None) -> None:
    out = tmp_path / "out"
    summary = run_batch(donations, out, workers=1)
    assert (summary.total, summary.ok, summary.failed) == (3, 2, 1)
    runs = {r["participant_id"]: r for r in _table(out / "runs.parquet")}
    assert list(runs) == ["P1", "P2", "P3"]
    assert runs["P1"]["status"] == "ok" and runs["P1"]["sources"] == "twitter"
    assert runs["P2"]["sources"] == "amazon,facebook"
    assert runs["P3"]["status"] == "error" and "input-1.folder: not a recognised export" in runs["P3"]["reason"]
    assert str(donations) not in runs["P3"]["reason"]  # base names only
    assert runs["P1"]["records__twitter_tweet"] > 0 and runs["P1"]["peak_rss_mb"] > 0
    findings = _table(out / "findings.parquet")
    ids = {(r["participant_id"], r["finding_id"]) for r in findings}
    assert ("P1", "timezone") in ids and ("P2", "spending") in ids and not any(p == "P3" for p, _ in ids)
    # the same report values as `dataexam report` on the same inputs
    expected = api.report(sorted((donations / "P1").iterdir())).finding("timezone")
    row = next(r for r in findings if r["participant_id"] == "P1" and r["finding_id"] == "timezone")
    assert row["confidence"] == str(expected.confidence)
    assert row["value__utc_offset_hours"] == expected.value["utc_offset_hours"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["participants"] == 3 and manifest["error"] == 1
    p1 = next(r for r in manifest["runs"] if r["participant_id"] == "P1")
    assert len(p1["inputs"][0]["sha256"]) == 64 and p1["inputs"][0]["source"] == "twitter"
    assert p1["parsers"] == {"twitter": api.load_registry().parsers["twitter"].version}
    for f in ("runs.parquet", "findings.parquet", "manifest.json", MARKER):
        assert _mode(out / f) == 0o600, f
    assert _mode(out) == 0o700 and _mode(out / "units" / "P1") == 0o700


def test_two_workers_same_findings_and_resume(donations: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    run_batch(donations, one, workers=1)
    summary = run_batch(donations, two, workers=2)
    assert summary.ok == 2

    def values(path: Path) -> list:
        return sorted(json.dumps(r, sort_keys=True, default=str) for r in _table(path / "findings.parquet"))

    assert values(one) == values(two)
    again = run_batch(donations, two, workers=2)
    assert (again.ok, again.resumed, again.failed) == (0, 2, 1)  # done ones skipped, the failed one retried
    assert values(two) == values(one)
    # an input changed → that participant is redone
    (donations / "P1" / "twitter-2024" / "data" / "extra-note.txt").write_text("x")
    try:
        third = run_batch(donations, two, workers=1)
        assert (third.ok, third.resumed) == (1, 1)
    finally:
        (donations / "P1" / "twitter-2024" / "data" / "extra-note.txt").unlink()


def test_events_are_pseudonymised(donations: Path, tmp_path: Path) -> None:
    out, key = tmp_path / "out", tmp_path / "study.key"
    run_batch(donations, out, workers=1, events=True, key_file=key)
    assert _mode(key) == 0o600
    rows = pq.read_table(out / "events" / "P1" / "part-0.parquet").to_pylist()
    assert {r["participant_id"] for r in rows} == {"P1"}  # the id is in the file, not only the folder name
    timeline = list(api.timeline(sorted((donations / "P1").iterdir())))
    assert len(rows) == len(timeline)
    private = set()
    for e in timeline:
        if e.actor != "self":
            private.add(e.actor)
        for k in ("sender_id", "recipient_id", "screen_name", "user_id", "conversation_id"):
            if isinstance(e.attrs.get(k), str):
                private.add(e.attrs[k])
        if e.text and len(e.text) > 12:
            private.add(e.text)
        if e.attrs.get("ip"):
            private.add(e.attrs["ip"])
    assert private
    dumped = json.dumps(rows, default=str)
    leaked = [p for p in private if p and p in dumped]
    assert not leaked, leaked[:5]
    assert all(r["text"] is None for r in rows)
    assert all(r["actor"] == "self" or r["actor"].startswith("p_") for r in rows)
    logins = [json.loads(r["attrs"]) for r in rows if r["kind"] == "twitter.login"]
    assert logins and all(len(a.get("ip") or "XX") == 2 for a in logins)  # IP → country code
    assert sorted(p.name for p in (out / "events").iterdir()) == ["P1", "P2"]  # a failed unit leaves no events


def test_same_person_same_token_across_participants() -> None:
    key = bytes(range(32))
    a, b = Pseudonymiser(key), Pseudonymiser(key)
    assert a.token("Mia Becker") == b.token("mia becker ") != Pseudonymiser(bytes(32)).token("Mia Becker")
    attrs = a.attrs({"ip": "8.8.8.8", "latitude": 52.5163, "url": "https://shop.example/p?id=jane",
                     "email": "jane@example.org", "currency": "EUR", "total": "12.00", "counterpart": "Jane"})
    assert attrs["latitude"] == 53 and attrs["url"] == "shop.example" and attrs["currency"] == "EUR"
    assert attrs["email"].startswith("p_") and attrs["counterpart"].startswith("p_")


def test_key_file_is_never_overwritten(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("my notes")
    with pytest.raises(ValueError):
        load_or_create_key(bad)
    assert bad.read_text() == "my notes"


def test_outdir_safety(donations: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "thesis.docx").write_text("precious")
    result = runner.invoke(cli.app, ["batch", str(donations), "-o", str(foreign), "-j", "1"])
    assert result.exit_code == 2 and (foreign / "thesis.docx").read_text() == "precious"
    assert sorted(p.name for p in foreign.iterdir()) == ["thesis.docx"]


def test_cli_batch_and_duckdb(donations: Path, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "out"
    result = runner.invoke(cli.app, ["batch", str(donations), "-o", str(out), "-j", "2", "--events",
                                     "--key-file", str(tmp_path / "k"), "--coarsen-time", "hour"])
    assert result.exit_code == 5, result.output  # P3 is no export: some participants failed
    assert "participant P3:" in result.stderr and "2 done" in result.stderr
    con = duckdb.connect()
    n = con.execute(f"select count(*) from read_parquet('{out}/events/*/*.parquet', hive_partitioning=true) "
                    "where participant_id = 'P1' and minute(time) <> 0").fetchone()[0]
    assert n == 0  # coarsened to the hour
    kinds = con.execute(f"select count(distinct participant_id) from read_parquet('{out}/events/*/*.parquet', "
                        "hive_partitioning=true)").fetchone()[0]
    assert kinds == 2
    tz = con.execute(f"select value__utc_offset_hours from '{out}/findings.parquet' "
                     "where participant_id='P1' and finding_id='timezone'").fetchone()
    assert tz is not None
    pandas = pytest.importorskip("pandas")
    assert len(pandas.read_parquet(out / "runs.parquet")) == 3


def test_all_failed_exits_3(tmp_path: Path) -> None:
    donations = tmp_path / "d"
    (donations / "A").mkdir(parents=True)
    (donations / "A" / "x.txt").write_text("nothing")
    result = runner.invoke(cli.app, ["batch", str(donations), "-o", str(tmp_path / "o"), "-j", "1"])
    assert result.exit_code == 3


def test_manifests(tmp_path: Path, donations: Path) -> None:
    csv_manifest = tmp_path / "m.csv"
    csv_manifest.write_text(f"participant_id,path\nA,{donations}/P1/twitter-2024\nB,{donations}/P2/amazon-2025\n"
                            f"B,{donations}/P2/facebook-2020\n")
    found = discover(csv_manifest)
    assert [(p.participant_id, len(p.paths)) for p in found] == [("A", 1), ("B", 2)]
    js = tmp_path / "m.json"
    js.write_text(json.dumps({"A": ["rel/x.zip"], "B": "y"}))
    found = discover(js)
    assert found[0].paths == (str(tmp_path / "rel" / "x.zip"),)
    js.write_text(json.dumps([{"participant_id": "../evil", "paths": ["x"]}]))
    with pytest.raises(cli.UsageProblem):
        discover(js)


def test_zip_groups_in_folder(tmp_path: Path) -> None:
    for name in ("P7__twitter.zip", "P7__facebook.zip", "P8.zip", ".hidden.zip", "notes.txt"):
        (tmp_path / name).write_bytes(b"PK")
    found = {p.participant_id: sorted(Path(x).name for x in p.paths) for p in discover(tmp_path)}
    assert found == {"P7": ["P7__facebook.zip", "P7__twitter.zip"], "P8": ["P8.zip"]}


def test_flatten_value_writes_lists_as_json_text_and_skips_name_keys() -> None:
    """A list is its JSON text (T32B L8; tests/test_batch_list_columns.py), the contacts never; name keys skipped."""
    flat = flatten_value({"a": 1, "b": {"c": "x", "Jane Doe": 3}, "top": [{"n": 1}], "top_contacts": [{"name": "Jane"}],
                          "EUR": {"2023": "1.0"}})
    assert flat == {"value__a": 1, "value__b__c": "x", "value__top": '[{"n":1}]', "value__EUR__2023": "1.0"}


def test_dask_local_cluster(donations: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    out = tmp_path / "out"
    summary = run_batch(donations, out, engine="dask", workers=2)
    assert (summary.ok, summary.failed) == (2, 1)
    local = tmp_path / "local"
    run_batch(donations, local, workers=1)
    strip = [{k: v for k, v in r.items()} for r in _table(out / "findings.parquet")]
    assert sorted(map(str, strip)) == sorted(map(str, _table(local / "findings.parquet")))


def test_interrupted_unit_leaves_nothing_partial(donations: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(donations, out, workers=1)
    stale = out / "units" / ".tmp-P1-dead"
    stale.mkdir()
    (stale / "run.json").write_text("{}")
    run_batch(donations, out, workers=1)
    assert not stale.exists()
    assert sorted(p.name for p in (out / "units").iterdir()) == ["P1", "P2", "P3"]
    assert os.listdir(out / "units" / "P1") == ["findings.json", "run.json"] or sorted(
        os.listdir(out / "units" / "P1")) == ["findings.json", "run.json"]


def test_outputs_never_carry_input_file_names(donations: Path, tmp_path: Path) -> None:
    """Facebook names its zips facebook-<username>-<date>: manifests and unit records name inputs by
    position and kind only (the SHA-256 identifies the file)."""
    out = tmp_path / "out"
    run_batch(donations, out, workers=1)
    text = (out / "manifest.json").read_text() + "".join(p.read_text() for p in (out / "units").glob("*/run.json"))
    for name in ("twitter-2024", "amazon-2025", "facebook-2020", "holiday.pdf"):
        assert name not in text
    p2 = next(r for r in json.loads((out / "manifest.json").read_text())["runs"] if r["participant_id"] == "P2")
    # the participant's folder is its one input; the two exports found in it are both named
    assert [(i["name"], i["source"]) for i in p2["inputs"]] == [("input-1.folder", "amazon,facebook")]


def test_a_participant_folder_that_is_an_export_or_holds_stray_files(tmp_path: Path) -> None:
    # donated exports arrive unpacked straight into the participant's folder, or beside a read-me: each
    # file inside was taken for an export of its own ("input-1.html: not a recognised export") and the
    # participant failed
    truth = write_persona(tmp_path / "persona", seed=4, scale=0.05)
    x = next(p for p in export_paths(truth) if p.name == "twitter-2024")
    donations = tmp_path / "donations"
    shutil.copytree(x, donations / "P1")  # the folder is the export
    shutil.copytree(x, donations / "P2" / "twitter-2024")
    (donations / "P2" / "instructions.pdf").write_bytes(b"%PDF-1.4 how to donate")
    summary = run_batch(donations, tmp_path / "out", workers=1)
    assert (summary.total, summary.ok, summary.failed) == (2, 2, 0)
    runs = {r["participant_id"]: r for r in _table(tmp_path / "out" / "runs.parquet")}
    assert runs["P1"]["sources"] == runs["P2"]["sources"] == "twitter"
    assert runs["P1"]["records__twitter_tweet"] == runs["P2"]["records__twitter_tweet"] > 0


def test_places_below_region_are_tokens() -> None:
    p = Pseudonymiser(bytes(32))
    attrs = p.attrs({"shipping_city": "Springfield", "shipping_region": "IL", "shipping_country_code": "US",
                     "time_zone": "Amsterdam"})
    assert attrs["shipping_region"] == "IL" and attrs["shipping_country_code"] == "US"
    assert attrs["shipping_city"].startswith("p_") and attrs["time_zone"].startswith("p_")


def test_outdir_inside_the_input_is_refused(donations: Path) -> None:
    result = runner.invoke(cli.app, ["batch", str(donations), "-o", str(donations / "results"), "-j", "1"])
    assert result.exit_code == 2 and not (donations / "results").exists()


def test_units_in_one_process_load_the_language_profiles_once(donations: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker keeps langdetect's profiles from one participant to the next (~0.17 s each saved);
    the batch releases them when it ends, and every participant's findings are as without keeping."""
    from dataexam.inference import language

    loads: list[int] = []
    detections: list[int] = []  # per unit: detections asked for
    real = language._language_factory

    def counting():
        if language._FACTORY is None:
            loads.append(1)
        detections[-1] += 1
        return real()

    def next_unit(record: dict, done: int, total: int) -> None:
        detections.append(0)

    detections.append(0)
    monkeypatch.setattr(language, "_language_factory", counting)
    out = tmp_path / "out"
    run_batch(donations, out, workers=1, on_result=next_unit)
    assert sum(1 for n in detections if n) == 2, "both participants with texts detect languages"
    assert len(loads) == 1, "the profiles were loaded again for the second participant"
    assert not language.language_profiles_loaded(), "the batch's end did not release them"
    for pid in ("P1", "P2"):
        kept = json.loads((out / "units" / pid / "findings.json").read_text())
        alone = [f.to_dict() for f in api.report(sorted((donations / pid).iterdir())).findings]
        assert [r["finding_id"] for r in kept] == [f["id"] for f in alone]
        row = next(r for r in kept if r["finding_id"] == "languages")
        shares = {k.removeprefix("value__shares__"): v for k, v in row.items() if k.startswith("value__shares__")}
        assert shares and shares == next(f for f in alone if f["id"] == "languages")["value"]["shares"]


def test_run_unit_alone_leaves_the_language_profiles_as_it_found_them(donations: Path, tmp_path: Path) -> None:
    """Keeping the profiles is the engines' business (their workers), not a unit's: a unit run on its
    own through the API changes nothing for the reports that follow in that process."""
    from dataexam.batch.participants import Participant
    from dataexam.batch.unit import UnitOptions, run_unit
    from dataexam.inference import language

    out = tmp_path / "out"
    (out / "units").mkdir(parents=True)
    record = run_unit(Participant("P1", tuple(str(p) for p in sorted((donations / "P1").iterdir()))),
                      UnitOptions(outdir=str(out)))
    assert record["status"] == "ok"
    assert not language._KEEP and not language.language_profiles_loaded()


def test_an_interrupted_unit_removes_its_private_folder(donations: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C (or SIGTERM, raised as an exception) in the middle of a unit: its .tmp- folder, with the
    pseudonymised events written so far, is removed, and nothing partial is published."""
    import dataexam.inference as inference
    from dataexam.batch import unit
    from dataexam.batch.participants import Participant

    real = inference.infer

    def interrupted(events, **kw):  # type: ignore[no-untyped-def]
        for n, _ in enumerate(events):
            if n == 50:
                raise KeyboardInterrupt
        return real([], **kw)

    monkeypatch.setattr(inference, "infer", interrupted)
    monkeypatch.setattr(unit.EventParquetWriter.__init__, "__defaults__", (10,))  # rows reach the file
    written: list[int] = []
    real_add = unit.EventParquetWriter.add
    monkeypatch.setattr(unit.EventParquetWriter, "add",
                        lambda self, row: (written.append(1), real_add(self, row))[1])
    out = tmp_path / "out"
    (out / "units").mkdir(parents=True)
    opts = unit.UnitOptions(outdir=str(out), events=True, key_hex="00" * 32)
    with pytest.raises(KeyboardInterrupt):  # as in a pool worker: the unit itself must clean up
        unit.run_unit(Participant("P1", tuple(str(p) for p in sorted((donations / "P1").iterdir()))), opts)
    assert len(written) >= 50
    assert list((out / "units").iterdir()) == []
    assert not (out / "events").exists() or list((out / "events").rglob("*")) == []


def test_an_interrupted_batch_sweeps_what_stopped_workers_left(donations: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A pool worker stopped outright cannot clean up: the batch removes the unfinished units' folders
    when it is interrupted (the workers have ended by then)."""
    import dataexam.batch as batch

    out = tmp_path / "out"

    def stopped(participants, opts, workers, on_result):  # type: ignore[no-untyped-def]
        left = out / "units" / ".tmp-P2-0badcafe"
        left.mkdir()
        (left / "part-0.parquet").write_bytes(b"PAR1 rows of a participant")
        (out / "events").mkdir(exist_ok=True)
        (out / "events" / ".tmp-P2-0badcafe").mkdir()
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run_local", stopped)
    with pytest.raises(KeyboardInterrupt):
        run_batch(donations, out, workers=2)
    assert list((out / "units").iterdir()) == [] and list((out / "events").iterdir()) == []


def test_a_dask_cluster_of_someone_elses_does_not_keep_the_profiles_afterwards(donations: Path,
                                                                                tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    from dataexam.inference import language

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        summary = run_batch(donations, tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address)
        assert summary.ok == 2
        kept = client.run(lambda: (language._KEEP, language.language_profiles_loaded()))
        assert kept and all(state == (False, False) for state in kept.values())


def test_a_finished_batch_leaves_nothing_a_lost_worker_wrote(donations: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A Dask worker killed mid-unit leaves that unit's private folder while Dask runs the unit again
    elsewhere and the batch succeeds; an interruption between a unit's two renames leaves an events
    partition without its unit. Both are removed when the batch ends (complete units untouched)."""
    import dataexam.batch as batch

    out = tmp_path / "out"
    real = batch.run_local

    def losing_one(participants, opts, workers, on_result):  # type: ignore[no-untyped-def]
        real(participants, opts, workers, on_result)
        (out / "units" / ".tmp-P2-0badcafe").mkdir()
        (out / "units" / ".tmp-P2-0badcafe" / "part-0.parquet").write_bytes(b"PAR1 rows")
        for stale in ("P9", "participant_id=P1"):  # a unit never published; an earlier version's Hive folder
            (out / "events" / stale).mkdir(parents=True)
            (out / "events" / stale / "part-0.parquet").write_bytes(b"PAR1 rows")

    monkeypatch.setattr(batch, "run_local", losing_one)
    summary = run_batch(donations, out, workers=1, events=True, key_file=tmp_path / "k.key")
    assert summary.ok == 2
    assert sorted(p.name for p in (out / "units").iterdir()) == ["P1", "P2", "P3"]
    assert sorted(p.name for p in (out / "events").iterdir()) == ["P1", "P2"]


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_an_exception_of_the_callers_callback_is_the_callers(donations: Path, tmp_path: Path, engine: str) -> None:
    """With several workers too, an on_result that raises stops the batch with its own exception: it
    is never taken for the unit's worker failing (which recorded the unit twice, ok and error)."""
    if engine == "dask":
        pytest.importorskip("dask.distributed")

    class Stop(Exception):
        pass

    seen: list[str] = []

    def callback(record: dict, done: int, total: int) -> None:
        seen.append(record["participant_id"])
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        run_batch(donations, tmp_path / "out", workers=2, engine=engine, on_result=callback)
    assert len(seen) == len(set(seen)) == 2


def test_dasks_configuration_is_left_as_it_was(donations: Path, tmp_path: Path) -> None:
    """The LocalCluster's scratch folder is set in Dask's global configuration for the batch only: a
    cluster the caller starts later must not reuse (and recreate) the folder removed at the end."""
    dask = pytest.importorskip("dask")
    pytest.importorskip("dask.distributed")
    before = dask.config.get("temporary-directory", None)
    run_batch(donations, tmp_path / "out", engine="dask", workers=1)
    assert dask.config.get("temporary-directory", None) == before


# ---- a local pool worker that dies, is interrupted, or loses its main process ----------------------

def _with_unit(monkeypatch: pytest.MonkeyPatch, marks: Path, unit_name: str) -> None:
    """Run the batch's local pool with a unit of tests/batch_faults.py (its marks in ``marks``)."""
    import functools

    import batch_faults

    import dataexam.batch as batch

    marks.mkdir()
    monkeypatch.setenv("DATAEXAM_TEST_FAULTS", str(marks))
    monkeypatch.setattr(batch, "run_local", functools.partial(batch.run_local, unit=getattr(batch_faults, unit_name)))


def _hidden(out: Path) -> list[str]:
    return [p.name for p in out.rglob(".*") if p.name != MARKER]


def test_a_worker_killed_once_costs_no_unit(donations: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kernel kills a worker (out of memory) mid-unit: the pool breaks, taking every unit in flight
    with it. Those units run again, each alone, and all finish; the batch is as if nothing happened
    (it ended with an internal error before)."""
    _with_unit(monkeypatch, tmp_path / "marks", "dies_once")
    out = tmp_path / "out"
    records: list[dict] = []
    summary = run_batch(donations, out, workers=2, on_result=lambda r, done, total: records.append(r))
    assert (tmp_path / "marks" / "died-P2").exists()  # it did die
    assert sorted(r["participant_id"] for r in records) == ["P1", "P2", "P3"]  # each recorded once
    by_id = {r["participant_id"]: r for r in records}
    assert by_id["P1"]["status"] == by_id["P2"]["status"] == "ok" and by_id["P2"]["records"]
    assert summary.ok == 2 and summary.failed == 1  # P3 is not an export
    assert _hidden(out) == []
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["participants"] == 3 and manifest["ok"] == 2


def test_a_unit_finished_before_the_pool_broke_is_not_called_resumed(donations: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """P1 finishes (its unit on disk) but the pool breaks before its result comes back: run again alone,
    it finds its own unit. That is this batch's work, not an earlier batch's: ok, not resumed (the
    summary said ok=1, resumed=1 when the timing fell so)."""
    _with_unit(monkeypatch, tmp_path / "marks", "finishes_then_pool_breaks")
    out = tmp_path / "out"
    summary = run_batch(donations, out, workers=2)
    assert (tmp_path / "marks" / "died-P2").exists() and (tmp_path / "marks" / "done-P1").exists()
    by_id = {r["participant_id"]: r for r in summary.records}
    assert by_id["P1"]["status"] == by_id["P2"]["status"] == "ok"
    assert not by_id["P1"]["resumed"] and not by_id["P2"]["resumed"]
    assert (summary.ok, summary.resumed, summary.failed) == (2, 0, 1)
    again = run_batch(donations, out, workers=2)  # a second batch: now they are resumed
    assert (again.ok, again.resumed, again.failed) == (0, 2, 1)


def test_a_unit_that_kills_its_worker_every_time_is_an_error_and_the_batch_goes_on(
        donations: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_unit(monkeypatch, tmp_path / "marks", "always_dies")
    out = tmp_path / "out"
    summary = run_batch(donations, out, workers=2)
    by_id = {r["participant_id"]: r for r in summary.records}
    assert sorted(by_id) == ["P1", "P2", "P3"] and len(summary.records) == 3
    assert by_id["P1"]["status"] == "ok"
    assert by_id["P2"]["status"] == "error" and "worker process ended abruptly, twice" in by_id["P2"]["reason"]
    assert len(list((tmp_path / "marks").glob("attempt-*"))) == 2  # once among others, once alone
    assert summary.ok == 1 and summary.failed == 2
    assert _hidden(out) == []
    assert [r["status"] for r in _table(out / "runs.parquet")] == ["ok", "error", "error"]
    # a re-run resumes P1 and tries P2 again
    again = run_batch(donations, out, workers=2)
    assert again.resumed == 1 and again.failed == 2


_HOLDING_BATCH = """\
import sys
sys.path[:0] = {paths!r}
from pathlib import Path
import batch_faults
from dataexam.batch import prepare_outdir
from dataexam.batch.engines import run_dask, run_local
from dataexam.batch.participants import discover
from dataexam.batch.unit import UnitOptions
out = Path(sys.argv[2])
prepare_outdir(out)
try:
    {engine}(discover(sys.argv[1]), UnitOptions(outdir=str(out)), 3, print, unit=batch_faults.holds)
except KeyboardInterrupt:
    sys.exit(130)
"""


def _interruptible() -> None:
    """SIGINT as a terminal delivers it: a test run started in the background by a shell (a CI runner)
    has it ignored, the child would inherit that, and the Ctrl-C cases would test nothing."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _holding_batch(donations: Path, tmp_path: Path,
                   engine: str = "run_local") -> tuple[subprocess.Popen[str], list[int], Path]:
    """A batch on three workers in a session of its own: two long units (P1, P2) and a quick one (P3);
    returns it once both long units run and the third worker is idle again, with the long units' pids."""
    import sys
    import time

    marks = tmp_path / "marks"
    marks.mkdir()
    out = tmp_path / "out"
    env = {**os.environ, "DATAEXAM_TEST_FAULTS": str(marks)}
    script = _HOLDING_BATCH.format(paths=sys.path, engine=engine)
    proc = subprocess.Popen([sys.executable, "-c", script, str(donations), str(out)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=_interruptible)
    deadline = time.monotonic() + 60
    while len(list(marks.glob("pid-*"))) < 2 or not (marks / "done-P3").exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the units never started"
        time.sleep(0.05)
    time.sleep(0.5)  # the marks complete, the third worker back at the pool's queue
    return proc, [int(p.read_text()) for p in sorted(marks.glob("pid-*"))], out


def _gone(pid: int, within: float) -> bool:
    return wait_until(lambda: not process_running(pid), within)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
def test_ctrl_c_ends_the_workers_quietly_and_they_clean_up(donations: Path, tmp_path: Path) -> None:
    """A Ctrl-C at the terminal reaches the whole process group. The workers ignore it (an idle worker
    printed a KeyboardInterrupt traceback before); the main process ends them, and each removes its
    unit's private folder."""
    proc, workers, out = _holding_batch(donations, tmp_path)
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in stderr, stderr
    assert all(_gone(pid, 10) for pid in workers)
    assert _hidden(out) == []


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
def test_workers_end_when_the_main_process_is_killed(donations: Path, tmp_path: Path) -> None:
    """SIGKILL of the main process: nothing there can end the workers, which used to wait on the
    pool's queue for ever. They notice within a second and end, removing their units' folders."""
    proc, workers, out = _holding_batch(donations, tmp_path)
    try:
        os.kill(proc.pid, signal.SIGKILL)
        _, stderr = proc.communicate(timeout=30)
        assert all(_gone(pid, 15) for pid in workers)
        # multiprocessing's resource tracker removed the pool's semaphores and said so, "leaked"
        assert stderr == "", stderr
        assert _hidden(out) == []
    finally:
        for pid in workers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
def test_a_second_batch_into_a_busy_outdir_is_refused(donations: Path, tmp_path: Path) -> None:
    """Two batches into one OUTDIR at once (a cluster job submitted twice, a second terminal): each removed the
    other's unfinished units as leftovers and both ended "internal error (FileNotFoundError)" (T27A H2). The
    second is refused at its start, naming the folder, and touches nothing; the first goes on."""
    proc, workers, out = _holding_batch(donations, tmp_path)
    try:
        held = sorted(_hidden(out))
        assert held == [".tmp-P1-0faulty0", ".tmp-P2-0faulty0"]
        second = CliRunner().invoke(cli.app, ["batch", str(donations), "-o", str(out), "-j", "1"])
        assert second.exit_code == 2
        said = " ".join(second.stderr.split())
        assert f"{out}: another dataexam batch is writing into this folder now; nothing was done" in said
        assert "internal error" not in said
        assert sorted(_hidden(out)) == held  # the first batch's units are still its own
        assert proc.poll() is None
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        proc.communicate(timeout=60)
        for pid in workers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    after = CliRunner().invoke(cli.app, ["batch", str(donations), "-o", str(out), "-j", "1"])
    assert after.exit_code == 5, after.stderr  # the lock ends with the batch that held it (P3 is no export: 5)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
def test_ctrl_c_leaves_our_dask_clusters_workers_quiet(donations: Path, tmp_path: Path) -> None:
    """The workers of the LocalCluster dataexam starts are in its process group too: each printed a
    KeyboardInterrupt traceback from Dask's nanny code. They ignore SIGINT; closing the cluster ends them."""
    pytest.importorskip("dask.distributed")
    proc, workers, _out = _holding_batch(donations, tmp_path, "run_dask")
    try:
        os.killpg(proc.pid, signal.SIGINT)
        _, stderr = proc.communicate(timeout=90)
        assert proc.returncode == 130
        assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
        assert all(_gone(pid, 20) for pid in workers)
    finally:
        for pid in workers:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
def test_a_dask_worker_started_again_after_one_died_is_quiet_too(donations: Path, tmp_path: Path) -> None:
    """Dask's nanny starts a new worker process when one dies (killed for memory). Ignoring SIGINT was
    set on the workers there at the start only, so the new one printed a KeyboardInterrupt traceback at
    the next Ctrl-C. It is a worker plugin now, which Dask runs on every worker that joins."""
    import time

    pytest.importorskip("dask.distributed")
    proc, workers, _out = _holding_batch(donations, tmp_path, "run_dask")
    before = _in_session(proc.pid)
    started: list[int] = []
    try:
        os.kill(workers[0], signal.SIGKILL)  # P1's worker: Dask runs P1 again, on the new worker or the idle one
        assert wait_until(lambda: bool(_in_session(proc.pid) - before), 60), "no worker was started again"
        started.extend(_in_session(proc.pid) - before)
        # the new worker joins the cluster and its plugin ignores SIGINT: waited for, not guessed (5 s were too
        # few on a loaded machine: the Ctrl-C reached a worker still starting, whose traceback failed the test)
        wait_until(lambda: any(_ignores_sigint(pid) for pid in started), 90)
        time.sleep(1)
        os.killpg(proc.pid, signal.SIGINT)
        _, stderr = proc.communicate(timeout=90)
        assert proc.returncode == 130
        assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    finally:
        for pid in (*workers, *started):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _ignores_sigint(pid: int) -> bool:
    """Whether process ``pid`` ignores SIGINT (bit 1 of SigIgn in /proc/PID/status); False once it is gone."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("SigIgn:"):
                    return bool(int(line.split()[1], 16) & (1 << (signal.SIGINT - 1)))
    except OSError:
        pass
    return False


def _in_session(sid: int) -> set[int]:
    """The processes of session ``sid`` (from /proc; the field after the command's closing parenthesis)."""
    pids = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid:
                pids.add(int(entry))
    return pids


def test_a_second_sigterm_does_not_interrupt_a_units_clean_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """The main process's SIGTERM and the pool's own (it terminates the other workers once it sees one
    gone) can arrive together: the second, raised in the middle of the unit's clean-up, left part of its
    folder (seen once under load)."""
    from dataexam.batch import engines

    monkeypatch.setattr(engines, "_in_unit", True)
    monkeypatch.setattr(engines, "_stopping", False)
    with pytest.raises(engines._Stopped):
        engines._on_sigterm(signal.SIGTERM, None)
    engines._on_sigterm(signal.SIGTERM, None)  # returns: the clean-up goes on


def test_an_input_that_cannot_be_read_is_named_by_position(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text(f"participant_id,path\nP1,{tmp_path}/gone-folder\n")
    summary = run_batch(manifest, tmp_path / "out", workers=1)
    assert summary.failed == 1
    runs = _table(tmp_path / "out" / "runs.parquet")
    assert runs[0]["reason"] == "input-1.file: cannot be read (not found)"  # never its file name


def test_a_bad_cpu_cap_stops_a_batch_before_its_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam.errors import UsageProblem

    monkeypatch.setenv("LOKY_MAX_CPU_COUNT", "abc")
    manifest = tmp_path / "m.csv"
    manifest.write_text(f"participant_id,path\nP1,{tmp_path}\n")
    with pytest.raises(UsageProblem, match="LOKY_MAX_CPU_COUNT"):
        run_batch(manifest, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert run_batch(manifest, tmp_path / "out", workers=1).total == 1  # --jobs 1 needs no count


# -- participant ids that readers of Hive folder names decode or type-guess (TESTER22a F3) ------------------
#: ids that a Hive folder name merged (P%41 decodes to PA), broke (a=b), retyped (001 → 1, merged with 1) or
#: hid (a leading . or _ is skipped by pyarrow); each must keep its own rows
TRICKY_IDS = ["P%41", "PA", "P 1", "a=b", "001", "1", "Jürgen", "x+y", "_p", ".p"]


@pytest.fixture(scope="module")
def tricky_study(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """A batch with --events whose participants carry TRICKY_IDS, each with a different-sized X export,
    and the number of events each wrote."""
    root = tmp_path_factory.mktemp("tricky")
    manifest = {}
    for n, pid in enumerate(TRICKY_IDS):
        truth = write_persona(root / f"persona{n}", seed=7 + n, scale=0.02 + 0.01 * n)
        manifest[pid] = [str(p) for p in export_paths(truth) if p.name == "twitter-2024"]
    (root / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    out = root / "study"
    summary = run_batch(root / "manifest.json", out, workers=2, events=True, key_file=root / "k.key")
    assert summary.ok == len(TRICKY_IDS), summary.records
    written = {r["participant_id"]: r["events_written"] for r in summary.records}
    assert len(set(written.values())) == len(TRICKY_IDS)  # sizes differ: a merge or a swap would show
    return out, written


def test_events_folders_are_escaped_and_reversible(tricky_study: tuple[Path, dict[str, int]]) -> None:
    from dataexam.batch.participants import folder_name, id_of_folder

    out, _written = tricky_study
    names = sorted(p.name for p in (out / "events").iterdir())
    assert names == sorted(folder_name(pid) for pid in TRICKY_IDS)
    assert "P%2541" in names and "a%3Db" in names and "P%201" in names and "%5Fp" in names and "%2Ep" in names
    assert all("=" not in n and not n.startswith((".", "_")) for n in names)
    assert {id_of_folder(n) for n in names} == set(TRICKY_IDS)
    assert all(_mode(out / "events" / n) == 0o700 for n in names)


def test_pyarrow_reads_each_participants_own_rows(tricky_study: tuple[Path, dict[str, int]]) -> None:
    import pyarrow.dataset as ds

    out, written = tricky_study
    for table in (pq.read_table(out / "events"), ds.dataset(out / "events", partitioning="hive").to_table()):
        ids = table.column("participant_id").to_pylist()
        assert {pid: ids.count(pid) for pid in set(ids)} == written


def test_pandas_reads_each_participants_own_rows(tricky_study: tuple[Path, dict[str, int]]) -> None:
    pandas = pytest.importorskip("pandas")
    out, written = tricky_study
    frame = pandas.read_parquet(out / "events")
    assert frame.groupby("participant_id").size().to_dict() == written
    findings = pandas.read_parquet(out / "findings.parquet")
    assert set(findings["participant_id"]) == set(written)  # the same ids: events and findings join


def test_the_readmes_duckdb_query_reads_each_participants_own_rows(tricky_study: tuple[Path, dict[str, int]]) -> None:
    duckdb = pytest.importorskip("duckdb")
    out, written = tricky_study
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    query = next(line for line in readme.splitlines() if "read_parquet('study-out/events" in line)
    query = query.replace("study-out", str(out)).rstrip(";")
    rows = duckdb.connect().execute(f"select participant_id, sum(n) from ({query.replace('count(*)', 'count(*) n')}) "
                                    "group by all").fetchall()
    assert dict(rows) == written
    for hive in ("true", "false"):  # a script written for the earlier Hive layout still reads the right ids
        rows = duckdb.connect().execute(
            f"select participant_id, count(*) from read_parquet('{out}/events/*/*.parquet', hive_partitioning={hive}) "
            "group by all").fetchall()
        assert dict(rows) == written


@pytest.mark.parametrize(("pid", "why"), [
    (".", "'.' and '..' mean the folder itself"), ("..", "'.' and '..' mean the folder itself"),
    ("a/b", "contains '/'"), ("a\tb", "control characters"), ("x" * 201, "too long"),
])
def test_ids_that_cannot_name_a_folder_are_refused_with_the_true_reason(tmp_path: Path, pid: str, why: str) -> None:
    from dataexam.errors import UsageProblem

    manifest = tmp_path / "m.csv"
    manifest.write_text(f"participant_id,path\nP1,p1.zip\n\"{pid}\",p2.zip\n", "utf-8")
    with pytest.raises(UsageProblem, match="line 3") as info:
        discover(manifest)
    assert why in str(info.value)
    assert "is empty or" not in str(info.value)


def test_a_folder_holding_only_a_damaged_zip_is_not_said_to_hold_no_files(tmp_path: Path) -> None:
    donation = tmp_path / "don" / "P1"
    donation.mkdir(parents=True)
    (donation / "twitter.zip").write_bytes(b"PK\x03\x04 not really a zip" + bytes(range(256)) * 8)
    summary = run_batch(tmp_path / "don", tmp_path / "out", workers=1)
    reason = summary.records[0]["reason"]
    assert summary.failed == 1 and "contains no files" not in reason
    assert "nothing in it could be read" in reason and "damaged" in reason


def test_ids_that_differ_only_by_outer_spaces_are_refused(tmp_path: Path) -> None:
    # "A1" and "A1 " were one participant, two people's Amazon orders blended with no word (the twenty-second
    # pass's third tester); the same id on several CSV rows stays one participant
    from dataexam.errors import UsageProblem
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps({"A1": ["a"], "A1 ": ["b"]}))
    with pytest.raises(UsageProblem, match="differ only by the spaces around them"):
        discover(manifest)
    rows = tmp_path / "m.csv"
    rows.write_text("participant_id,path\nA1,a\nA1,b\n")
    (one,) = discover(rows)
    assert one.participant_id == "A1" and len(one.paths) == 2


@pytest.mark.parametrize(("first", "second"), [
    ("A1", "a1"),  # one folder on macOS and Windows (case-insensitive file systems)
    ("P\u00a01", "P 1"),  # a no-break space from a spreadsheet
    ("\uff21\uff11", "A1"),  # full-width letters from a CJK input method
    ("Stra\u00dfe", "STRA\u00dfE"),  # ß keeps its case mapping
])
def test_ids_that_differ_only_by_case_or_character_form_are_refused(tmp_path: Path, first: str,
                                                                     second: str) -> None:
    # the twenty-second pass's fourth tester: "A1" and "a1" shared events/A1 on a case-insensitive file
    # system, two people's records in one folder
    from dataexam.errors import UsageProblem
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps({first: ["a"], second: ["b"]}))
    with pytest.raises(UsageProblem, match="differ only by letter case or by the form of their characters") as caught:
        discover(manifest)
    assert repr(first) in str(caught.value) and repr(second) in str(caught.value)
    rows = tmp_path / "m.csv"
    rows.write_text(f"participant_id,path\n{first},a\n{second},b\n", encoding="utf-8")
    with pytest.raises(UsageProblem, match="differ only by letter case"):
        discover(rows)


def test_ids_holding_an_invisible_character_are_refused(tmp_path: Path) -> None:
    # a zero-width space pasted with an id shows as "P1" in every table, beside the real P1
    from dataexam.errors import UsageProblem
    (tmp_path / "a").mkdir()
    for pid, code in (("P1\u200b", "U+200B ZERO WIDTH SPACE"), ("\u200fP2", "U+200F RIGHT-TO-LEFT MARK"),
                      ("P\u20283", "U+2028 LINE SEPARATOR")):
        manifest = tmp_path / "m.json"
        manifest.write_text(json.dumps({pid: ["a"]}))
        with pytest.raises(UsageProblem, match=re.escape(f"invisible character ({code})")):
            discover(manifest)
    folder = tmp_path / "don"
    (folder / "P1\u200b").mkdir(parents=True)
    with pytest.raises(UsageProblem, match="invisible character"):
        discover(folder)
    # visible non-ASCII ids stay allowed (escaped in folder names); "Straße" and "Strasse" are two ids (no file
    # system folds ß to ss)
    manifest.write_text(json.dumps({"Zoë": ["a"], "参加者1": ["a"], "Stra\u00dfe": ["a"], "Strasse": ["a"]}))
    assert {p.participant_id for p in discover(manifest)} == {"Zoë", "参加者1", "Stra\u00dfe", "Strasse"}


# -- participants who left the input (consent withdrawn), password-protected and cut zips (the twenty-fourth
# pass's first tester: B1, E1, Z1) ------------------------------------------------------------------------

def _events_ids(out: Path) -> set[str]:
    return {r["participant_id"] for part in (out / "events").glob("*/*.parquet") for r in _table(part)}


def test_a_withdrawn_participant_is_refused_by_name_then_removed_with_the_flag(donations: Path, tmp_path: Path) -> None:
    from dataexam.errors import UsageProblem

    study = tmp_path / "study"
    shutil.copytree(donations, study)
    out, key = tmp_path / "out", tmp_path / "k.key"
    run_batch(study, out, workers=1, events=True, key_file=key)
    assert _events_ids(out) == {"P1", "P2"}
    (out / "events" / "notes.txt").write_text("the researcher's own file")  # not a participant's: never touched
    (out / "events" / "mine").mkdir()  # nor a folder of the researcher's (it was removed as a stale partition)
    (out / "events" / "mine" / "sample.csv").write_text("kind,n\n")
    shutil.rmtree(study / "P2")  # P2 withdraws consent
    with pytest.raises(UsageProblem, match=r"holds the outputs \(events/, units/\) of 1 participant\(s\) not in .*: "
                                           r"P2\. .*add --remove-absent"):
        run_batch(study, out, workers=1, events=True, key_file=key)
    assert (out / "events" / "P2").is_dir() and (out / "units" / "P2").is_dir()  # refused: nothing changed
    summary = run_batch(study, out, workers=1, events=True, key_file=key, remove_absent=True)
    assert summary.removed == ["P2"] and summary.total == 2 and summary.resumed == 1
    assert not (out / "events" / "P2").exists() and not (out / "units" / "P2").exists()
    assert _events_ids(out) == {"P1"}
    assert {r["participant_id"] for r in _table(out / "runs.parquet")} == {"P1", "P3"}
    assert {r["participant_id"] for r in _table(out / "findings.parquet")} == {"P1"}
    assert (out / "events" / "notes.txt").read_text() == "the researcher's own file"
    assert (out / "events" / "mine" / "sample.csv").read_text() == "kind,n\n"
    assert not [p for p in (out / "units").iterdir() if p.name.startswith(".")]
    again = run_batch(study, out, workers=1, events=True, key_file=key)  # nothing absent now: runs as before
    assert again.removed == [] and again.resumed == 1


def test_an_outdir_of_another_study_is_refused_naming_its_participants(donations: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(donations, out, workers=1)
    other = tmp_path / "other"
    shutil.copytree(donations / "P1", other / "Q1")
    (out / "units" / "mine").mkdir()  # a folder without dataexam's run.json is nobody's participant
    result = runner.invoke(cli.app, ["batch", str(other), "-o", str(out), "-j", "1"])
    assert result.exit_code == 2
    assert "of 3 participant(s) not in" in result.stderr and "P1, P2, P3" in result.stderr
    assert "mine" not in result.stderr and "choose a new OUTDIR" in result.stderr
    removed = runner.invoke(cli.app, ["batch", str(other), "-o", str(out), "-j", "1", "--remove-absent"])
    assert removed.exit_code == 0, removed.stderr
    assert "removed the outputs (events/, units/) of 3 participant(s) no longer in the input: P1, P2, P3" \
        in removed.stderr
    assert sorted(p.name for p in (out / "units").iterdir()) == ["Q1", "mine"]
    assert [r["participant_id"] for r in _table(out / "runs.parquet")] == ["Q1"]


def test_a_password_protected_or_cut_zip_in_a_participant_folder(tmp_path: Path) -> None:
    from helpers import cut_zip, tree_files, write_locked_zip

    x_tree = Path(__file__).resolve().parent.parent / "fixtures" / "twitter" / "current" / "archive"

    donations = tmp_path / "don"
    write_locked_zip(donations / "P1" / "facebook-jane.doe-2024.zip", tree_files(x_tree))  # every file encrypted
    cut_zip(write_locked_zip(donations / "P2" / "twitter.zip", tree_files(x_tree), encrypt=set()), "data/tweets.js")
    write_locked_zip(donations / "P3__twitter.zip", tree_files(x_tree), encrypt={"data/like.js"})
    summary = run_batch(donations, tmp_path / "out", workers=1)
    runs = {r["participant_id"]: r for r in summary.records}
    # was: P1 status ok with 0 records ("unexpected RuntimeError"), P2 an error (the cut zip skipped whole)
    assert runs["P1"]["status"] == "error"
    assert "password-protected" in runs["P1"]["reason"] and "a zip inside it" in runs["P1"]["reason"]
    assert "jane" not in runs["P1"]["reason"]  # never a file name in the outputs
    assert runs["P2"]["status"] == "ok" and sum(runs["P2"]["records"].values()) > 0
    # the file the zip ends inside is read up to the cut: here ten bytes of it, before its first record (T28B M1)
    assert runs["P2"]["issues"] == {"truncated-zip": 1}  # one issue of the cut (INP51: and the file's corrupt-member)
    assert runs["P3"]["status"] == "ok" and runs["P3"]["issues"] == {"encrypted-member": 1}
    assert "twitter.like" not in runs["P3"]["records"] and runs["P3"]["records"]["twitter.tweet"] > 0
