"""``dataexam batch``: research runs over many participants' exports.

Each participant's exports are one unit of work, parsed, normalised and inferred exactly as
``dataexam report`` does, on a local process pool or a Dask cluster (:mod:`.engines`). Outputs
in ``OUTDIR`` (files 0600, folders 0700):

- ``findings.parquet``: one row per participant × finding, value fields in typed columns (:mod:`.tables`);
- ``runs.parquet`` (one row per participant) and ``manifest.json``: input hashes, detection,
  parser versions, records per kind, issues per code, duration, peak memory, status, version,
  ``inputs_changed`` (redone since the last run for other inputs), ``same_inputs_as`` (the other participants
  whose inputs are the same files), ``holds_inputs_of`` (those whose every file this participant's inputs hold) and
  ``earlier_kept`` (the input cannot be read now and the findings of the participant's earlier run stay in
  ``findings.parquet``); ``manifest.json``'s ``skipped`` lists the INPUT entries that are no participant, with why
  (the three are written to temporaries and renamed into place together);
- with ``--events``: ``events/<id>/part-0.parquet``, the pseudonymised timeline (:mod:`.pseudonym`),
  one folder per participant (the id escaped: :func:`.participants.folder_name`) and the id a column
  of every file, a dataset DuckDB, pandas and pyarrow read as-is;
- ``units/<id>/``: each unit's own record and findings (what resume reads), ``.dataexam-batch``: the
  marker that says this folder is dataexam's own.

Re-running the same command skips the participants already done with the same input hashes and
options; a folder that is not empty and lacks the marker is refused, never written into. A participant
whose outputs ``OUTDIR`` holds and who is no longer in the input (consent withdrawn, the folder or
manifest row removed; or ``OUTDIR`` reused for another study) stops the run before anything is read,
naming them: ``remove_absent`` deletes their ``units/<id>`` and ``events/<id>`` (:func:`absent_participants`).
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
import shutil
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..archive import DEFAULT_LIMITS, ArchiveLimits, printable_path
from ..errors import OutputError, UsageProblem, no_room, no_room_reason
from .columns import COLUMN_TYPES, declared_type
from .engines import default_workers, run_dask, run_local
from .oswords import plain_reason
from .participants import Participant, Skipped, discover, id_of_folder
from .pseudonym import key_fingerprint, new_key, read_key, unit_key_id, write_key
from .tables import (
    BASE_COLUMNS,
    concat_rows,
    nullable_ints,
    rows_to_table,
    stage_json_private,
    stage_parquet_private,
    write_json_private,
)
from .unit import CONTENTS, WARNINGS, UnitOptions, contained_inputs, read_run_record, unit_dir

MARKER = ".dataexam-batch"
ENGINES = ("local", "dask")


@dataclass
class BatchSummary:
    """What a batch did: participants done, skipped (resumed) and failed, and the output paths."""

    total: int = 0
    ok: int = 0
    resumed: int = 0
    failed: int = 0
    #: participants whose outputs were removed because they are no longer in the input (``remove_absent``)
    removed: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    #: entries of the INPUT folder that are no participant, with why (T29B H1)
    skipped: list[Skipped] = field(default_factory=list)
    #: groups of participants who gave identical inputs (same SHA-256 of every input), each in input order (T29B L1)
    same_inputs: list[list[str]] = field(default_factory=list)
    #: participants whose input files hold all of others' (id → those ids, in input order; T29D L-a)
    holds_inputs_of: dict[str, list[str]] = field(default_factory=dict)
    #: the units' warnings about the temporary folder (a tmpfs TMPDIR), each with the participants whose run said it
    #: (INP58: dropped before; never written to the tables)
    warnings: dict[str, list[str]] = field(default_factory=dict)


class OutdirLock:
    """The exclusive lock a batch holds on its ``OUTDIR`` for as long as it runs (``flock`` on the marker file):
    two batches writing into one folder at once each removed the other's unfinished unit folders as
    leftovers and both ended with an internal error (T27A H2). The system releases it when the process ends,
    however it ends (SIGKILL too); :meth:`release` lets it go earlier."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the only descriptor of the open file releases its flock
            self._fd = None


def _lock(outdir: Path, marker: Path) -> OutdirLock:
    """Take :class:`OutdirLock` on ``outdir``; raises UsageProblem (exit 2) when another batch holds it."""
    import fcntl

    fd = os.open(marker, os.O_RDONLY | os.O_CLOEXEC)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise UsageProblem(f"{printable_path(str(outdir))}: another dataexam batch is writing into this folder now; "
                           "nothing was done. Wait until it ends (then run this command again: it goes on from "
                           "there), or choose another OUTDIR") from None
    except OSError:  # a file system without locks (some network mounts): go on unlocked, as before
        pass
    return OutdirLock(fd)


def prepare_outdir(outdir: Path) -> OutdirLock:
    """Create ``outdir`` (0700) with dataexam's marker, or accept one that carries it; lock it for this
    batch (:class:`OutdirLock`, the caller releases it) and remove what unfinished units of an earlier
    batch left.

    Raises UsageProblem for a path that is a file, a non-empty folder without the marker
    (dataexam never writes into, or deletes from, a folder it did not create), or a folder another batch
    is writing into now.
    """
    try:
        if outdir.exists() and not outdir.is_dir():
            raise UsageProblem(f"{outdir}: exists and is not a folder")
        if outdir.is_dir() and any(outdir.iterdir()) and not (outdir / MARKER).is_file():
            raise UsageProblem(f"{outdir}: folder is not empty and was not made by dataexam batch; "
                               "choose a new or empty folder")
        outdir.mkdir(mode=0o700, parents=True, exist_ok=True)
        marker = outdir / MARKER
        if not marker.exists():
            try:
                fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:  # another batch started on the same new folder a moment ago: its lock tells
                pass
            else:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write("made by dataexam batch; this folder's contents are dataexam's own outputs\n")
        lock = _lock(outdir, marker)
        try:
            (outdir / "units").mkdir(mode=0o700, exist_ok=True)
            # an earlier batch's folder on a disk now read-only (or no longer ours to write): the folder exists, so
            # nothing above wrote; said here, as for a new folder, not as an internal error at the end (T29B M1)
            for folder in (outdir, outdir / "units"):  # the tables' temporaries, the units' folders
                probe = folder / f".probe-{secrets.token_hex(4)}"
                os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
                probe.unlink()
        except BaseException:
            lock.release()
            raise
    except OSError as exc:
        if no_room(exc):
            raise  # the CLI names the folder and says no room
        # a read-only disk, no permission (also to look), a parent that is a file: it was "internal error"
        raise OutputError(f"{printable_path(str(outdir))}: cannot make or use the batch's output folder here "
                          f"({os.strerror(exc.errno) if exc.errno else type(exc).__name__})") from None
    _remove_partial_units(outdir)  # only under the lock: another batch's unfinished units are its own
    return lock


def _remove_partial_units(outdir: Path) -> None:
    """Remove what units that never finished left (ours: the outdir carries the marker): their
    ``.tmp-``/``.old-`` folders in ``units/`` and ``events/``, and an events partition whose unit was
    never published (a unit publishes its events first and its folder last). Best effort: a folder that cannot be
    listed (no permission) is left as it is (the next run tries again)."""
    try:
        _remove_partial(outdir)
    except OSError:
        pass


def _remove_partial(outdir: Path) -> None:
    units = outdir / "units"
    for stale in units.glob(".*-*"):
        shutil.rmtree(stale, ignore_errors=True)
    events = outdir / "events"
    if events.is_dir():
        for stale in events.glob(".tmp-*"):
            shutil.rmtree(stale, ignore_errors=True)
        for partition in events.iterdir():
            if partition.name.startswith(".") or not partition.is_dir():
                continue
            # an earlier version's Hive folder (participant_id=<id>, unescaped): its unit runs again
            stale = "=" in partition.name
            if not stale:
                try:
                    stale = not (units / id_of_folder(partition.name) / "run.json").is_file()
                except (UnicodeDecodeError, ValueError):
                    stale = True
            if stale and _ours(partition):
                shutil.rmtree(partition, ignore_errors=True)


def _ours(partition: Path) -> bool:
    """Whether an ``events/`` folder holds only what a unit publishes there (``part-0.parquet``, or nothing
    yet): a folder of the researcher's own put there is never removed."""
    try:
        return all(entry.name == "part-0.parquet" and entry.is_file() for entry in partition.iterdir())
    except OSError:
        return False


def absent_participants(outdir: Path, ids: Iterable[str]) -> list[str]:
    """The participants whose outputs ``outdir`` (a batch's, with the marker) holds and who are not in ``ids``,
    sorted. Only units the batch itself published count: a ``units/<id>/`` folder holding the ``run.json``
    a unit writes last, whose ``participant_id`` names that very folder; nothing else is ever claimed.

    A participant removed from the input (consent withdrawn: GDPR Art. 7(3), 17) kept their pseudonymised
    events in ``events/``, read by every analysis of that folder, while ``runs``/``findings`` no longer
    listed them; so did every participant of an earlier study when an OUTDIR was reused (the
    twenty-fourth pass's first tester, B1)."""
    wanted = set(ids)
    units = outdir / "units"
    found: list[str] = []
    if not units.is_dir():
        return found
    for folder in units.iterdir():
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        record = read_run_record(folder)
        pid = record.get("participant_id") if record is not None else None
        if isinstance(pid, str) and pid == folder.name and pid not in wanted:
            found.append(pid)
    return sorted(found)


def remove_participant(outdir: Path, participant_id: str) -> None:
    """Delete one participant's outputs: ``events/<id>`` first, then ``units/<id>`` (each renamed to a
    hidden name first, so an interrupted removal leaves only what the next run's clean-up removes, and
    the unit, as long as it is there, still names the participant as absent)."""
    from .unit import events_dir

    for path, hidden in ((events_dir(outdir, participant_id), f".tmp-removed-{secrets.token_hex(4)}"),
                         (unit_dir(outdir, participant_id), f".old-removed-{secrets.token_hex(4)}")):
        if path.is_dir() and not path.is_symlink():
            staged = path.with_name(hidden)
            os.replace(path, staged)
            shutil.rmtree(staged)


def participants_with_events(outdir: Path, ids: Iterable[str]) -> list[str]:
    """The participants among ``ids`` whose finished unit in ``outdir`` was written with ``--events`` and whose
    ``events/<id>/part-0.parquet`` is there, in the order of ``ids``."""
    from .unit import events_dir

    found = []
    for pid in ids:
        record = read_run_record(unit_dir(outdir, pid)) or {}
        options = record.get("options")
        if (isinstance(options, dict) and options.get("events") and record.get("participant_id") == pid
                and (events_dir(outdir, pid) / "part-0.parquet").is_file()):
            found.append(pid)
    return found


def _events_problem(outdir: str | os.PathLike[str], kept: list[str]) -> str:
    # A run without --events redid every unit (other options) and replaced each participant's events folder with
    # nothing: the study's pseudonymised timelines were gone, and the summary said it wrote events/ (T27A M2)
    return (f"{printable_path(os.fspath(outdir))} holds the pseudonymised events (events/) of {len(kept)} "
            "participant(s), written by a run with --events; this run, without --events, would redo their units "
            "and delete those events. Nothing was done. Add --events --key-file with the study's key to keep "
            "them (units done with the same key and options are skipped), choose another OUTDIR for findings "
            "alone, or delete the events/ folder yourself if you no longer want them")


def _absent_problem(outdir: str | os.PathLike[str], input_path: str | os.PathLike[str], absent: list[str]) -> str:
    shown = ", ".join(absent[:10]) + (f" and {len(absent) - 10} more" if len(absent) > 10 else "")
    return (f"{printable_path(os.fspath(outdir))} holds the outputs (events/, units/) of {len(absent)} participant(s) "
            f"not in {printable_path(os.fspath(input_path))}: {shown}. Their pseudonymised events would stay in "
            "every analysis of events/. If they withdrew, add --remove-absent to delete their outputs; if this "
            "folder is another study's, choose a new OUTDIR")


#: the file of an OUTDIR that records the fingerprint of the study key its events are pseudonymised with
STUDY_KEY_RECORD = "study_key.json"


def _recorded_fingerprint(out: Path) -> str | None:
    """The key fingerprint ``out`` records (:data:`STUDY_KEY_RECORD`), or ``None`` where it records none."""
    try:
        with (out / STUDY_KEY_RECORD).open(encoding="utf-8") as fh:
            record = json.load(fh)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise UsageProblem(f"{printable_path(str(out / STUDY_KEY_RECORD))}: cannot be read ({exc}); it records "
                           "which study key the folder's events were made with. Nothing was done") from None
    fingerprint = record.get("fingerprint") if isinstance(record, dict) else None
    if not isinstance(fingerprint, str):
        raise UsageProblem(f"{printable_path(str(out / STUDY_KEY_RECORD))}: holds no key fingerprint. Nothing was "
                           "done")
    return fingerprint


def _check_study_key(out: Path, outdir: str | os.PathLike[str], key_file: str | os.PathLike[str] | None, key: bytes,
                     ids: Iterable[str]) -> None:
    """Refuse (:class:`UsageProblem`, nothing changed) a key that is not the one ``out``'s pseudonymised events
    were made with: another study's key, or a new one made by a mistyped name, would pseudonymise every
    participant anew and replace their events (T27E M3).

    ``out`` records the key's fingerprint (:func:`~dataexam.batch.pseudonym.key_fingerprint`, a keyed hash) from
    the first run that writes pseudonymised events. A folder written before it did so is this key's when every
    participant of the input whose events it holds (:func:`participants_with_events`) has this key's id in the
    unit's ``run.json`` (``options.key_id``, :func:`~dataexam.batch.pseudonym.unit_key_id`, written by every
    version so far); a folder without such events is a new study's. Either way the fingerprint is then recorded
    (:func:`_record_study_key`)."""
    shown_key = printable_path(os.fspath(key_file)) if key_file is not None else "the key"
    shown_out = printable_path(os.fspath(outdir))
    recorded = _recorded_fingerprint(out)
    if recorded is not None:
        if not hmac.compare_digest(recorded, key_fingerprint(key)):
            raise UsageProblem(
                f"--key-file {shown_key} is not the study key {shown_out} was made with (the folder records the "
                "fingerprint of another key): it would pseudonymise every participant anew and replace their "
                "events. Nothing was done. Give the study's key file, or choose another OUTDIR for a new study")
        return
    mine = unit_key_id(key)
    other = 0
    for pid in participants_with_events(out, ids):
        options = (read_run_record(unit_dir(out, pid)) or {}).get("options") or {}
        if options.get("key_id") not in (None, mine):
            other += 1
    if other:
        raise UsageProblem(
            f"--key-file {shown_key} is not the study key {shown_out} was made with: the pseudonymised events of "
            f"{other} participant(s) there were made with another key, and this one would pseudonymise them anew "
            "and replace them. Nothing was done. Give the study's key file, or choose another OUTDIR for a new study")


def _record_study_key(out: Path, key: bytes) -> None:
    """Record the study key's fingerprint in ``out`` (:data:`STUDY_KEY_RECORD`, 0600) where it records none."""
    if (out / STUDY_KEY_RECORD).exists():
        return
    try:
        write_json_private({"schema": "dataexam.study-key/1", "fingerprint": key_fingerprint(key),
                            "about": "HMAC-SHA-256 of a fixed label under the study key: which key this folder's "
                                     "pseudonymised events are made with (never the key)"}, out / STUDY_KEY_RECORD)
    except OSError as exc:
        raise OutputError(f"{printable_path(str(out))}: cannot record the study key's fingerprint "
                          f"({exc.strerror or type(exc).__name__}); nothing was run") from None


def _write_new_key(key_file: str | os.PathLike[str], key: bytes) -> None:
    """Write a new study key (:func:`~dataexam.batch.pseudonym.write_key`); a failure is an :class:`OutputError`."""
    try:
        write_key(key_file, key)
    except OSError as exc:
        if no_room(exc):
            why = no_room_reason(exc, str(key_file))
            raise OutputError(f"{key_file}: no room to write the new study key ({why}); "
                              "nothing was written") from None
        # a file the run cannot write (no permission, a read-only folder, made meanwhile by someone else): exit 1,
        # as any output that cannot be written
        raise OutputError(f"--key-file {key_file}: cannot be read or created "
                          f"({exc.strerror or type(exc).__name__})") from None


def _runs_row(record: dict[str, Any]) -> dict[str, Any]:
    inputs = record.get("inputs") or []
    row: dict[str, Any] = {
        "participant_id": record["participant_id"], "status": record.get("status"), "reason": record.get("reason"),
        "inputs": len(inputs),
        "sources": ",".join(sorted({i["source"] for i in inputs if i.get("source")})) or None,
        "variants": ",".join(sorted({i["variant"] for i in inputs if i.get("variant")})) or None,
        "input_sha256": ",".join(i.get("sha256", "") for i in inputs) or None,
        "records_total": sum((record.get("records") or {}).values()),
        "issues_total": sum((record.get("issues") or {}).values()),
        "events_written": record.get("events_written", 0), "duplicates": record.get("duplicates", 0),
        "duration_s": record.get("duration_s"), "peak_rss_mb": record.get("peak_rss_mb"),
        "resumed": bool(record.get("resumed")), "dataexam_version": record.get("dataexam_version", __version__),
        "inputs_changed": bool(record.get("inputs_changed")),
        "same_inputs_as": record.get("same_inputs_as"),
        "holds_inputs_of": record.get("holds_inputs_of"),
        # the input cannot be read now (status error), and the findings of its earlier run are kept in the tables
        "earlier_kept": bool(record.get("earlier_kept")),
    }
    for kind, n in (record.get("records") or {}).items():
        row["records__" + kind.replace(".", "_")] = n
    for code, n in (record.get("issues") or {}).items():
        row["issues__" + code.replace("-", "_")] = n
    return row


def run_batch(input_path: str | os.PathLike[str], outdir: str | os.PathLike[str], *, engine: str = "local",
              workers: int | None = None, scheduler: str | None = None, include_sensitive: bool = False,
              events: bool = False, key_file: str | os.PathLike[str] | None = None, keep_text: bool = False,
              coarsen_time: str | None = None, limits: ArchiveLimits = DEFAULT_LIMITS,
              participants: list[Participant] | None = None, remove_absent: bool = False,
              on_result: Callable[[dict[str, Any], int, int], None] | None = None) -> BatchSummary:
    """Run every participant of ``input_path`` and write the research tables to ``outdir``.

    ``on_result(record, done, total)`` is called as each unit finishes (progress display).
    Raises UsageProblem for a bad input, outdir, engine or key file, for an ``outdir`` another batch is
    writing into now (:class:`OutdirLock`, held until this returns), and for an ``outdir`` holding the
    outputs of participants not in the input unless ``remove_absent`` (then they are deleted before any
    unit runs and listed in the summary's ``removed``), and, without ``events``, for an ``outdir`` holding
    participants' events written with ``--events`` (:func:`participants_with_events`: the run would delete them);
    a participant's own failure is never raised (its record says ``error``).
    """
    if engine not in ENGINES:
        raise UsageProblem(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise UsageProblem("--scheduler goes with --engine dask")
    if (keep_text or coarsen_time) and not events:
        raise UsageProblem("--keep-text and --coarsen-time shape the events output: add --events")
    if key_file is not None:
        _check_key_place(key_file, outdir, input_path)
    key: bytes | None = None
    key_is_new = False
    if events:
        if key_file is None:
            raise UsageProblem("--events needs --key-file (the study key that makes the pseudonyms; "
                               "created if missing; keep it apart from the outputs)")
        try:
            key = read_key(key_file)
        except ValueError as exc:
            raise UsageProblem(f"--key-file: {exc}") from None
        except OSError as exc:  # a link to nothing, no permission: exit 1, as any input that cannot be read
            raise OutputError(f"--key-file {key_file}: cannot be read or created "
                              f"({exc.strerror or type(exc).__name__})") from None
        if key is None and Path(outdir).is_dir():
            # a mistyped key file name made a new key, and every participant's events were pseudonymised anew
            # under it, said nowhere (T27D M3): a new key beside events written with one is refused, nothing made
            people = participants if participants is not None else discover(input_path)
            kept = participants_with_events(Path(outdir), [p.participant_id for p in people])
            if kept:
                raise UsageProblem(
                    f"--key-file {printable_path(os.fspath(key_file))} does not exist, but "
                    f"{printable_path(os.fspath(outdir))} holds the pseudonymised events of {len(kept)} "
                    "participant(s), made with a study key: a new key would pseudonymise them all anew and "
                    "replace them. Nothing was done (no key was made). Give the study's key file, or choose "
                    "another OUTDIR for a new study")
        if key is None:
            # made now, written only once every refusal has passed (T27E M3: a refused run made the key file,
            # and the same typo then passed the check above)
            key, key_is_new = new_key(), True
    skipped: list[Skipped] = []
    people = participants if participants is not None else discover(input_path, skipped)
    ids = [p.participant_id for p in people]
    dupes = [pid for pid, n in Counter(ids).items() if n > 1]
    if dupes:
        raise UsageProblem(f"participant ids listed twice: {', '.join(sorted(dupes)[:5])}")
    out = Path(outdir)
    src = os.path.realpath(input_path)
    if Path(src).is_dir() and (os.path.realpath(out) + os.sep).startswith(src.rstrip(os.sep) + os.sep):
        raise UsageProblem(f"{outdir}: the output folder would be inside the input {input_path}; choose one outside")
    n = workers or default_workers()  # before the folder is made: a bad LOKY_MAX_CPU_COUNT made it, then stopped
    lock = prepare_outdir(out)
    try:
        return _run_locked(out, input_path, outdir, people, ids, n, engine=engine, scheduler=scheduler,
                           include_sensitive=include_sensitive, events=events, key=key, keep_text=keep_text,
                           coarsen_time=coarsen_time, limits=limits, remove_absent=remove_absent, on_result=on_result,
                           key_file=key_file, key_is_new=key_is_new, skipped=skipped)
    finally:
        lock.release()


def _run_locked(out: Path, input_path: str | os.PathLike[str], outdir: str | os.PathLike[str],
                people: list[Participant], ids: list[str], n: int, *, engine: str, scheduler: str | None,
                include_sensitive: bool, events: bool, key: bytes | None, keep_text: bool,
                coarsen_time: str | None, limits: ArchiveLimits, remove_absent: bool,
                on_result: Callable[[dict[str, Any], int, int], None] | None,
                key_file: str | os.PathLike[str] | None = None, key_is_new: bool = False,
                skipped: list[Skipped] | None = None) -> BatchSummary:
    """:func:`run_batch` once ``out`` is prepared and locked. Every refusal comes before anything is changed:
    a new study key (``key_is_new``) is written to ``key_file`` only after them, and the study's key is checked
    (:func:`_check_study_key`) before any participant is removed or run."""
    absent = absent_participants(out, ids)
    if absent and not remove_absent:
        raise UsageProblem(_absent_problem(outdir, input_path, absent))
    if not events:
        kept = participants_with_events(out, ids)
        if kept:
            raise UsageProblem(_events_problem(outdir, kept))
    if events and key is not None:
        _check_study_key(out, outdir, key_file, key, ids)
        if key_is_new:
            assert key_file is not None
            _write_new_key(key_file, key)
        _record_study_key(out, key)
    opts = UnitOptions(outdir=str(out.resolve()), include_sensitive=include_sensitive, events=events,
                       key_hex=key.hex() if key is not None else None, keep_text=keep_text,
                       coarsen_time=coarsen_time, limits=limits, batch_id=secrets.token_hex(8))
    summary = BatchSummary(total=len(people), skipped=list(skipped or []))
    for pid in absent:  # withdrawn: gone before anything else is written (also if the run is interrupted)
        try:
            remove_participant(out, pid)
        except OSError as exc:
            raise OutputError(f"{printable_path(str(out))}: the outputs of participant {pid} cannot be removed "
                              f"({exc.strerror or type(exc).__name__}); nothing was run") from None
        summary.removed.append(pid)

    contents: dict[str, bytes] = {}

    def collect(record: dict[str, Any]) -> None:
        files = record.pop(CONTENTS, None)  # never written anywhere: compared below, then dropped
        for said in record.pop(WARNINGS, None) or ():  # said on stderr by the command, never written
            summary.warnings.setdefault(said, []).append(record["participant_id"])
        if isinstance(files, bytes) and record.get("status") == "ok":
            contents[record["participant_id"]] = files
        summary.records.append(record)
        if record.get("status") != "ok":
            summary.failed += 1
        elif record.get("resumed"):
            summary.resumed += 1
        else:
            summary.ok += 1
        if on_result is not None:
            on_result(record, len(summary.records), summary.total)

    try:
        if engine == "dask":
            run_dask(people, opts, n, collect, scheduler=scheduler)
        else:
            run_local(people, opts, n, collect)
    finally:
        # a worker stopped outright (Ctrl-C, SIGTERM, or killed and its unit run again elsewhere by
        # Dask) leaves its unit's private folder (pseudonymised events so far); the workers have ended
        _remove_partial_units(out)
    summary.same_inputs = _same_inputs(people, summary.records, contents)
    summary.holds_inputs_of = _holds_inputs(people, summary.records, contents)
    summary.outputs = _write_tables(out, people, summary.records, events, summary.skipped)
    return summary


def _check_key_place(key_file: str | os.PathLike[str], outdir: str | os.PathLike[str],
                     input_path: str | os.PathLike[str]) -> None:
    """Refuse (exit 2) a study key inside ``outdir`` or inside the ``input_path`` folder: whoever is given the study
    folder (a collaborator, a repository upload) would get the key, with which every pseudonym can be recomputed
    from a guessed name or handle (T29B M4). Links are followed; the key file need not exist yet."""
    key = os.path.realpath(key_file)
    for folder, what in ((outdir, "the output folder"), (input_path, "the input folder")):
        if what == "the input folder" and not Path(folder).is_dir():
            continue  # a manifest file: its folder is the study's own, not handed on
        root = os.path.realpath(folder).rstrip(os.sep) + os.sep
        if key.startswith(root):
            raise UsageProblem(f"--key-file {printable_path(os.fspath(key_file))} is inside {what} "
                               f"{printable_path(os.fspath(folder))}: keep it apart from the outputs and the "
                               "inputs (whoever is given that folder could recompute every pseudonym with it). "
                               "Nothing was done. Move the key elsewhere and give its new path")
    # a key written through a link into another study's OUTDIR went with that study's outputs (T29D L-a)
    here = Path(key).parent
    for folder in (here, *here.parents):
        if (folder / MARKER).is_file():
            raise UsageProblem(f"--key-file {printable_path(os.fspath(key_file))} is inside "
                               f"{printable_path(str(folder))}, the output folder of another dataexam batch (it "
                               f"carries {MARKER}): keep the key apart from every study's outputs (whoever is given "
                               "that folder could recompute every pseudonym with it). Nothing was done. Move the key "
                               "elsewhere and give its new path")


def _same_inputs(people: list[Participant], records: list[dict[str, Any]],
                 contents: dict[str, bytes] | None = None) -> list[list[str]]:
    """Groups of participants whose inputs are the same files: a donor who gave twice, counted as two people (T29B
    L1). Compared by the content of each file (``contents``, :func:`~.unit.sha256_of`'s ``files``: the same zip
    saved as ``download (3).zip`` by one and ``export.zip`` by the other is the same donation, as is a zip of the
    other's unpacked folder: a zip gives its members' digests), else, for a
    participant whose input cannot be read now, by every input's SHA-256. Each record gets ``same_inputs_as``: the
    others' ids, comma-separated."""
    order = {p.participant_id: i for i, p in enumerate(people)}
    by_hash: dict[tuple[str, ...] | bytes, list[str]] = {}
    for record in records:
        record.pop("same_inputs_as", None)
        hashes = tuple(sorted(i.get("sha256") or "" for i in record.get("inputs") or []))
        files = (contents or {}).get(record["participant_id"])
        # only participants the tables count: one that failed is in no finding (T29D L-a: a failed P06 was named,
        # "one donation counted 2 times", though it was counted nowhere)
        if files and _in_findings(record):
            by_hash.setdefault(files, []).append(record["participant_id"])
        elif hashes and all(hashes) and _in_findings(record):
            by_hash.setdefault(hashes, []).append(record["participant_id"])
    groups = [sorted(ids, key=lambda pid: order.get(pid, len(order))) for ids in by_hash.values() if len(ids) > 1]
    groups.sort(key=lambda ids: order.get(ids[0], len(order)))
    of = {pid: group for group in groups for pid in group}
    for record in records:
        group = of.get(record["participant_id"])
        if group:
            record["same_inputs_as"] = ",".join(pid for pid in group if pid != record["participant_id"])
    return groups


def _in_findings(record: dict[str, Any]) -> bool:
    """Whether a participant's findings are in ``findings.parquet``: done now or earlier, or kept from an earlier run
    while their input cannot be read (:func:`~.unit._with_earlier_outputs`)."""
    return record.get("status") == "ok" or bool(record.get("earlier_kept"))


def _holds_inputs(people: list[Participant], records: list[dict[str, Any]],
                  contents: dict[str, bytes]) -> dict[str, list[str]]:
    """Participants done whose input files hold every file of others' and more (:func:`~.unit.contained_inputs`;
    the same files are identical inputs, said apart); each such record gets ``holds_inputs_of``: the others' ids,
    comma-separated."""
    order = {p.participant_id: i for i, p in enumerate(people)}
    found = contained_inputs(dict(sorted(contents.items(), key=lambda kv: order.get(kv[0], len(order)))))
    for record in records:
        record.pop("holds_inputs_of", None)
        if record["participant_id"] in found:
            record["holds_inputs_of"] = ",".join(found[record["participant_id"]])
    return found


def findings_table(rows: list[dict[str, Any]]) -> Any:
    """``findings.parquet``'s table: every declared column (:data:`~.columns.COLUMN_TYPES`) in every study, typed
    nulls where no participant had it (T29B M3: 359 columns in one study, 314 in another, and pooling lost
    values), then the data-keyed columns (``value__countries__AT``) the rows hold."""
    table = rows_to_table(rows, first=BASE_COLUMNS, types=declared_type)
    missing = [name for name in COLUMN_TYPES if name not in table.column_names]
    if missing:
        import pyarrow as pa

        for name in missing:
            table = table.append_column(pa.field(name, declared_type(name)),
                                        pa.nulls(table.num_rows, type=declared_type(name)))
        rest = sorted(n for n in table.column_names if n not in BASE_COLUMNS)
        table = table.select(list(BASE_COLUMNS) + rest)
    return table


def _write_tables(out: Path, people: list[Participant], records: list[dict[str, Any]], events: bool,
                  skipped: list[Skipped] | None = None) -> list[str]:
    """Write ``runs.parquet``, ``findings.parquet`` and ``manifest.json``: each to a private temporary beside it,
    and only once all three are written, renamed into place together — a full disk left a new ``runs.parquet``
    beside an old (or no) ``findings.parquet`` (T29B M2); now the earlier three stay as they were. A write that
    fails for want of room raises its OSError (the CLI says so); any other is an OutputError naming the file."""
    order = {p.participant_id: i for i, p in enumerate(people)}
    records = sorted(records, key=lambda r: order.get(r["participant_id"], len(order)))
    runs = nullable_ints(rows_to_table([_runs_row(r) for r in records], first=("participant_id", "status")))
    finding_files = [unit_dir(out, r["participant_id"]) / "findings.json" for r in records if _in_findings(r)]
    manifest = {
        "schema": "dataexam.batch/1",
        "dataexam_version": __version__,
        "participants": len(records),
        "ok": sum(1 for r in records if r.get("status") == "ok"),
        "error": sum(1 for r in records if r.get("status") != "ok"),
        "runs": records,
        # entries of the INPUT folder that are no participant, and why (T29B H1)
        "skipped": [{"entry": s.entry, "reason": s.reason} for s in skipped or []],
    }
    staged: list[tuple[Path, Path]] = []
    dest = out / "runs.parquet"
    try:
        staged.append((stage_parquet_private(runs, dest), dest))
        dest = out / "findings.parquet"
        rows = concat_rows(f for f in finding_files if f.exists())
        staged.append((stage_parquet_private(findings_table(rows), dest), dest))
        dest = out / "manifest.json"
        staged.append((stage_json_private(manifest, dest), dest))
        for tmp, final in staged:
            dest = final
            os.replace(tmp, final)
    except OSError as exc:
        for tmp, _final in staged:
            tmp.unlink(missing_ok=True)
        if no_room(exc):
            raise
        raise OutputError(f"{printable_path(str(dest))}: cannot be written ({plain_reason(exc)}); the participants "
                          "done so far are kept in units/: run the same command again once it can be") from None
    except BaseException:
        for tmp, _final in staged:
            tmp.unlink(missing_ok=True)
        raise
    written = ["findings.parquet", "runs.parquet", "manifest.json"]
    if events and (out / "events").is_dir():  # only what this run wrote (T27A M2: said after a run without it)
        written.append("events/")
    return written


__all__ = ["ENGINES", "MARKER", "BatchSummary", "OutdirLock", "Participant", "Skipped", "absent_participants",
           "default_workers", "discover", "findings_table", "participants_with_events", "prepare_outdir",
           "remove_participant", "run_batch"]
