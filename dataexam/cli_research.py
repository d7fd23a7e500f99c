"""The research commands of the CLI: ``describe`` (structure-only fingerprint) and ``batch``.

They live apart from :mod:`dataexam.cli` (which imports this module to register them) because
they serve researchers and bug reporters rather than the everyday timeline and report.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from .cli import _at_least, _memory_left, _note_low_memory, app, err, handle_errors, state, warn
from .errors import ExitCode, OutputError, no_room, no_room_reason
from .outputs import shown
from .tempdirs import MB


def _check_workers_fit(workers: int) -> None:
    """Warn when the workers asked for on this machine need more memory than is left (they are started
    all the same: a worker the kernel kills costs its units a second run, alone)."""
    from .batch.engines import MAIN_BYTES, WORKER_BYTES, memory_workers

    fit = memory_workers(floor=0)
    if fit is not None and workers > max(1, fit):  # one worker that does not fit: the low-memory warning has said so
        holds = f"about {fit} worker{'s' if fit > 1 else ''}" if fit else "less than one worker"
        warn(f"--jobs {workers}: the memory left ({_memory_left()}) holds {holds} at ~{WORKER_BYTES // MB} MB "
             f"each beside ~{MAIN_BYTES // MB} MB for the main process; if the system stops one for want of "
             "memory, its participants are run again one at a time")


@app.command(short_help="Print an export's structure without any value, for bug reports.")
@handle_errors
def describe(
    paths: Annotated[list[Path], typer.Argument(help="Exports to describe: zips, folders or single files.",
                                                metavar="PATH...", show_default=False, readable=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Print an export's structure without any of its values, to attach to a bug report.

    Shows file paths (people's names in them masked), sizes in ranges, JSON key paths with their
    types, CSV headers and row counts in ranges, and what dataexam detected; never a value.

    Example: dataexam describe ~/Downloads/facebook-jane.zip --json
    """
    from .describe import describe as describe_inputs
    from .describe import render_text

    said: list[str] = []  # zips inside zips inflated into a temporary folder in memory (INP57, T54B 7)
    found = describe_inputs(paths, limits=state.limits, warnings=said)
    for message in said:
        warn(message)
    if as_json:
        typer.echo(json.dumps([d.to_dict() for d in found], indent=1, ensure_ascii=False))
    else:
        typer.echo(render_text(found))


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class Coarsen(StrEnum):
    hour = "hour"
    day = "day"


@app.command(short_help="Report on many participants' exports into Parquet tables (research).")
@handle_errors
def batch(
    input_path: Annotated[Path, typer.Argument(
        help="A folder with one subfolder (or zip, or ID__*.zip group) per participant, or a manifest "
             "(CSV with participant_id,path or JSON; its relative paths are read from the manifest's own "
             "folder).", metavar="INPUT", show_default=False, readable=False)],
    outdir: Annotated[Path, typer.Option("--output", "-o", help="Output folder (new, empty, or an earlier "
                                         "batch's to resume).", metavar="OUTDIR", show_default=False,
                                         readable=False)],
    engine: Annotated[Engine, typer.Option(help="local: a process pool on this machine; dask: a Dask "
                                           "cluster.")] = Engine.local,
    workers: Annotated[int | None, typer.Option("--jobs", "-j", "--workers", callback=_at_least(1), metavar="N",
                                                help="Worker processes (default: the CPUs this run may use, "
                                                "a container's CPU quota included, as many as its memory "
                                                "holds).",
                                                show_default=False)] = None,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (tcp://HOST:8786); default: a "
                                                  "LocalCluster.", metavar="ADDRESS")] = None,
    events: Annotated[bool, typer.Option("--events", help="Also write the pseudonymised timeline (Parquet, "
                                         "partitioned by participant). Once OUTDIR holds events, every run "
                                         "into it needs --events (one without is refused: it would delete "
                                         "them).")] = False,
    key_file: Annotated[Path | None, typer.Option("--key-file", help="Study key for pseudonyms (created "
                                                  "0600 if missing).", metavar="FILE",
                                                  readable=False)] = None,
    keep_text: Annotated[bool, typer.Option("--keep-text", help="Keep record texts in --events (dropped by "
                                            "default).")] = False,
    coarsen_time: Annotated[Coarsen | None, typer.Option(help="Round event times in --events down to the "
                                                         "hour or day.")] = None,
    include_sensitive: Annotated[bool, typer.Option("--include-sensitive", help="Include GDPR Art. 9 "
                                                    "findings.")] = False,
    remove_absent: Annotated[bool, typer.Option("--remove-absent", help="Delete the outputs (events/, units/) "
                                                "OUTDIR holds of participants no longer in INPUT (consent "
                                                "withdrawn); without it such a run is refused, naming them.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit with code 4 if any participant's exports had a "
                                         "parse issue (the tables are still complete); a failed participant is "
                                         "exit 5 (3 when all failed) with or without it.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
) -> None:
    """Run the report over many participants' exports and write research tables (Parquet).

    Each participant is one unit: read, inferred and written atomically; a broken export marks
    that participant 'error' and the batch goes on; re-running skips finished participants.
    Exit 0 when every participant is done; 5 when some failed (or an entry of INPUT holding a
    donation was not read): the tables hold the others, complete; 3 when every one failed.

    Example: dataexam batch donations/ -o study-out --events --key-file study.key
    """
    from .batch import run_batch

    state.quiet = quiet
    if scheduler is None:
        from .batch.engines import MAIN_BYTES, WORKER_BYTES

        _note_low_memory(MAIN_BYTES + WORKER_BYTES, "the batch's main process and one worker")
        if workers is not None:
            _check_workers_fit(workers)
    progress = _BatchProgress(enabled=not quiet and err.is_terminal)
    with progress:
        try:
            summary = run_batch(input_path, outdir, engine=engine.value, workers=workers, scheduler=scheduler,
                                include_sensitive=include_sensitive, events=events, key_file=key_file,
                                keep_text=keep_text, coarsen_time=coarsen_time.value if coarsen_time else None,
                                limits=state.limits, remove_absent=remove_absent, on_result=progress.update)
        except OSError as exc:
            if not no_room(exc):
                raise
            why = no_room_reason(exc, str(outdir))
            raise OutputError(f"{outdir}: no room left to write the batch's outputs ({why}); the "
                              "participants done so far are kept: run the same command again once there is room "
                              "and it goes on from there") from None
    if summary.removed and not quiet:
        # participant ids are the researcher's pseudonyms, but a manifest may hold any text: escaped as names are
        removed = ", ".join(shown(str(r)) for r in summary.removed[:10]) + (
            f" and {len(summary.removed) - 10} more" if len(summary.removed) > 10 else "")
        err.print(f"dataexam: batch: removed the outputs (events/, units/) of {len(summary.removed)} participant(s) "
                  f"no longer in the input: {removed}", highlight=False, markup=False)
    for said, whose in list(summary.warnings.items())[:5]:  # a tmpfs TMPDIR the units' part zips went into (INP58)
        warn(f"{said} (participant{'s' if len(whose) > 1 else ''} {_names(whose)})")
    if len(summary.warnings) > 5:
        others = sorted({p for whose in list(summary.warnings.values())[5:] for p in whose})
        warn(f"the runs of {len(others)} more participant(s) said the same of the temporary folder")
    for entry in summary.skipped:  # an entry of INPUT that is no participant: never left out without a word
        warn(f"{shown(str(input_path))}: {entry.entry}: {entry.reason}")
    for record in summary.records:
        if record.get("inputs_changed"):
            warn(f"{record['participant_id']}: inputs changed since the last run; redone (their earlier outputs "
                 "replaced)")
        if record.get("status") != "ok":
            warn(f"participant {record['participant_id']}: {record.get('reason')}")
    for group in summary.same_inputs:  # a donor who gave twice would count as two people
        warn(f"participants {', '.join(group)} gave identical inputs (the same SHA-256 of each file): one donation "
             f"counted {len(group)} times unless they are different people; see runs.parquet's same_inputs_as")
    for holder, others in summary.holds_inputs_of.items():  # P50 = P07's export + P09's zip (T29D L-a)
        whose = _names(others)
        warn(f"participant {holder}'s inputs hold every file of the inputs of {whose} (the same SHA-256 of each "
             "file): their data counted twice unless these are different people; see runs.parquet's holds_inputs_of")
    unread = [s for s in summary.skipped if s.donation]
    if not quiet:
        failed = f"{summary.failed} failed"
        if summary.failed:
            kept = sum(1 for r in summary.records if r.get("earlier_kept"))
            failed += (" (why: the warnings above, and the reason column of runs.parquet" +
                       (f"; {kept} of them with their earlier run's findings kept, earlier_kept" if kept else "") + ")")
        entries = (f"; {len(unread)} entr{'y' if len(unread) == 1 else 'ies'} of INPUT holding a donation not read "
                   "(the warnings above, and manifest.json's skipped)") if unread else ""
        noun = "participant" if summary.total == 1 else "participants"
        err.print(f"dataexam: batch: {summary.total} {noun}: {summary.ok} done, {summary.resumed} already "
                  f"done (skipped), {failed}{entries}; wrote {', '.join(summary.outputs)} in {shown(str(outdir))}",
                  highlight=False, markup=False)
    raise typer.Exit(int(batch_exit_code(summary, strict)))


def _names(ids: list[str]) -> str:
    return ids[0] if len(ids) == 1 else f"{', '.join(ids[:-1])} and {ids[-1]}"


def batch_exit_code(summary: Any, strict: bool = False) -> ExitCode:
    """The batch's exit status (README, "Exit codes"): 3 when every participant failed; 5 (``SOME_FAILED``) when some
    failed or an entry of INPUT holding a donation was not read (a tar archive, a hidden folder of exports) — the
    tables are complete for the others, and a script's ``dataexam batch … && analyse`` must not take that for a
    whole study (it exited 0: the thirtieth pass); 4 with ``strict`` when a participant's exports had parse issues;
    else 0."""
    if summary.total and summary.failed == summary.total:
        return ExitCode.NOTHING_RECOGNISED
    if summary.failed or any(s.donation for s in summary.skipped):
        return ExitCode.SOME_FAILED
    if strict and any(sum((r.get("issues") or {}).values()) for r in summary.records if r.get("status") == "ok"):
        return ExitCode.PARSE_ISSUES
    return ExitCode.SUCCESS


class _BatchProgress:
    """Participants done / total, rate, ETA and failures on stderr, only when it is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._progress: Any = None
        self._task: Any = None
        self.failed = 0

    def __enter__(self) -> _BatchProgress:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(TextColumn("batch"), BarColumn(), MofNCompleteColumn(),
                                      TextColumn("{task.fields[rate]}/min"), TextColumn("ETA"),
                                      TimeRemainingColumn(), TimeElapsedColumn(),
                                      TextColumn("{task.fields[failed]} failed"),
                                      console=Console(stderr=True), transient=True)
            self._progress.__enter__()
            self._task = self._progress.add_task("batch", total=None, rate="–", failed=0)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)

    def update(self, record: dict[str, Any], done: int, total: int) -> None:
        if record.get("status") != "ok":
            self.failed += 1
        if self._progress is None:
            return
        task = self._progress.tasks[0]
        elapsed = task.elapsed or 0.0
        rate = f"{done / elapsed * 60:.1f}" if elapsed > 0 else "–"
        self._progress.update(self._task, completed=done, total=total, rate=rate, failed=self.failed)



