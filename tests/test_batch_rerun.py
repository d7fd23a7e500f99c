"""Re-running a study's batch without ``--events`` never deletes the events an earlier run wrote (T27A M2), and the
summary names only what the run wrote."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from dataexam.cli import app
from helpers import FIXTURES, zip_tree

FB = FIXTURES / "facebook" / "2024-25" / "archive"
X = FIXTURES / "twitter" / "current" / "archive"


def _events(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "events").rglob("*.parquet"))}


def test_a_run_without_events_keeps_the_events_and_says_so(tmp_path: Path) -> None:
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P1" / "facebook.zip")
    shutil.copytree(X, donations / "P2" / "twitter")
    out, key = tmp_path / "out", tmp_path / "study.key"
    first = CliRunner().invoke(app, ["batch", str(donations), "-o", str(out), "-j", "1", "--events",
                                     "--key-file", str(key)])
    assert first.exit_code == 0, first.stderr
    before = _events(out)
    rows = sum(pq.read_table(out / name).num_rows for name in before)
    assert sorted(before) == ["events/P1/part-0.parquet", "events/P2/part-0.parquet"] and rows > 0
    runs_before = (out / "units" / "P1" / "run.json").read_bytes()

    again = CliRunner().invoke(app, ["batch", str(donations), "-o", str(out), "-j", "1"])
    said = " ".join(again.stderr.split())
    # was: exit 0, every unit redone, events/ emptied, "wrote … events/ in out"
    assert again.exit_code == 2
    assert (f"{out} holds the pseudonymised events (events/) of 2 participant(s), written by a run with --events; "
            "this run, without --events, would redo their units and delete those events. Nothing was done.") in said
    assert _events(out) == before
    assert (out / "units" / "P1" / "run.json").read_bytes() == runs_before

    resumed = CliRunner().invoke(app, ["batch", str(donations), "-o", str(out), "-j", "1", "--events",
                                       "--key-file", str(key)])
    assert resumed.exit_code == 0
    assert "0 done, 2 already done (skipped), 0 failed; wrote findings.parquet, runs.parquet, manifest.json, " \
           "events/ in" in " ".join(resumed.stderr.split())
    assert _events(out) == before

    # the researcher who no longer wants them deletes events/ (their choice, said in the refusal): the run goes on,
    # and says it wrote no events
    shutil.rmtree(out / "events")
    (out / "events").mkdir()
    findings_only = CliRunner().invoke(app, ["batch", str(donations), "-o", str(out), "-j", "1"])
    assert findings_only.exit_code == 0, findings_only.stderr
    summary = " ".join(findings_only.stderr.split())
    assert "2 done, 0 already done (skipped), 0 failed; wrote findings.parquet, runs.parquet, manifest.json in" \
           in summary and "events/" not in summary


def test_counts_in_runs_are_integers_in_pandas(tmp_path: Path) -> None:
    import pandas

    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P1" / "facebook.zip")
    shutil.copytree(X, donations / "P2" / "twitter")
    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["batch", str(donations), "-o", str(out), "-j", "1", "-q"]).exit_code == 0
    runs = pandas.read_parquet(out / "runs.parquet").set_index("participant_id")
    counts = [c for c in runs.columns if c.startswith(("records__", "issues__"))] + ["records_total", "issues_total"]
    assert "records__twitter_tweet" in counts and "records__facebook_post" in counts
    assert {str(runs[c].dtype) for c in counts} == {"Int64"}  # was float64 (30.0, NaN) where a kind was absent
    tweets = runs.loc["P2", "records__twitter_tweet"]
    assert isinstance(tweets, int | pandas.Int64Dtype().type) and tweets > 0
    assert runs.loc["P1", "records__twitter_tweet"] is pandas.NA
    assert pq.read_table(out / "runs.parquet").schema.field("records__twitter_tweet").type == "int64"


def test_a_mistyped_key_file_beside_a_studys_events_is_refused(tmp_path: Path) -> None:
    """T27D M3: `--key-file stduy.key` (a typo) made a new key and pseudonymised every participant's events anew,
    rc 0, said nowhere. A key file that does not exist beside events made with a key is refused, no key made."""
    donations = tmp_path / "donations"
    zip_tree(FB, donations / "P1" / "facebook.zip")
    out, key, typo = tmp_path / "out", tmp_path / "study.key", tmp_path / "stduy.key"
    first = CliRunner().invoke(app, ["batch", str(donations), "-o", str(out), "-j", "1", "--events",
                                     "--key-file", str(key)])
    assert first.exit_code == 0, first.stderr
    before = _events(out)
    again = CliRunner().invoke(app, ["batch", str(donations), "-o", str(out), "-j", "1", "--events",
                                     "--key-file", str(typo)])
    assert again.exit_code == 2
    assert "does not exist" in again.stderr and "Nothing was done (no key was made)" in " ".join(again.stderr.split())
    assert not typo.exists() and _events(out) == before
    # a new study in a new folder: the key is made, as before
    fresh = CliRunner().invoke(app, ["batch", str(donations), "-o", str(tmp_path / "new"), "-j", "1", "--events",
                                     "--key-file", str(typo)])
    assert fresh.exit_code == 0, fresh.stderr
    assert typo.exists()
