"""One participant's unit of work, run inside a worker process (local pool or Dask worker).

:func:`run_unit` hashes the inputs, skips the unit if an earlier run already finished it with the
same input hashes and options (resume), else reads the exports exactly as ``dataexam report``
does (one streaming pass: timeline → inference), optionally writing the pseudonymised events, and
publishes the unit atomically:

    OUTDIR/units/<participant_id>/run.json        what was read and how it went (status ok|error)
    OUTDIR/units/<participant_id>/findings.json   the findings rows (tables.finding_row)
    OUTDIR/events/<id, escaped>/part-0.parquet   with --events (participants.folder_name)

Everything is first written under a private ``.tmp-…`` folder and renamed into place, the
``units/<id>`` folder last: a unit folder exists only when the unit is complete, so an interrupted
run leaves only complete units behind (stale ``.tmp-…`` folders are removed by the next run).

A unit never raises for a bad export: the record says ``error`` with a one-line reason that names
the input by its base name only (no record content, no local path).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import resource
import secrets
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..archive import DEFAULT_LIMITS, ArchiveLimits, input_label, is_junk, printable_path
from ..errors import DataexamError, NothingRecognised, SeveralAccounts
from ..events import Event
from ..janitor import Janitor
from ..parser import INPUT_CHANGED
from .oswords import WRITE_ONLY_ERRNOS, plain_reason
from .participants import Participant, folder_name
from .pseudonym import Pseudonymiser, unit_key_id
from .tables import EventParquetWriter, finding_row, write_json_private

HASH_CHUNK = 1024 * 1024
#: the key of a unit's record holding its files' content digests (bytes; :func:`contained_inputs`), taken out of it
#: before the record is written anywhere
CONTENTS = "_contents"
#: the run's warnings about the machine's temporary folder (a tmpfs TMPDIR the part zips or the sort's runs went
#: into): handed to the batch for its stderr, never written (INP58: the batch dropped them, T55B 11)
WARNINGS = "_warnings"


@dataclass(frozen=True)
class UnitOptions:
    """Everything a worker needs besides the participant (picklable; sent to Dask workers)."""

    outdir: str
    include_sensitive: bool = False
    events: bool = False
    key_hex: str | None = None
    keep_text: bool = False
    coarsen_time: str | None = None
    limits: ArchiveLimits = field(default=DEFAULT_LIMITS)
    #: the batch's own random id, kept in each unit's record: a unit run again within one batch (its
    #: worker's pool broke after it had finished) finds its own record — this batch's work, not
    #: ``resumed`` from an earlier batch. Not part of :meth:`signature`.
    batch_id: str = ""

    def signature(self) -> dict[str, Any]:
        """The options that change a unit's outputs (a re-run with other options redoes the unit)."""
        key_id = unit_key_id(bytes.fromhex(self.key_hex)) if self.key_hex else None
        # "outputs" 2: the findings hold no count of special-category records without --include-sensitive and
        # events tokenise the ASIN of such a record (T25B H2, M7): units written before are redone
        return {"include_sensitive": self.include_sensitive, "events": self.events, "key_id": key_id,
                "keep_text": self.keep_text, "coarsen_time": self.coarsen_time, "dataexam": __version__,
                "outputs": 2}


#: bytes of a file's content digest kept for :func:`contained_inputs` (the first 8 of its SHA-256: one wrong match in
#: ~10^19 pairs; a folder of thousands of files costs kilobytes, not the 64-character hex string each)
FILE_DIGEST_BYTES = 8


def sha256_of(path: str | os.PathLike[str], files: list[bytes] | None = None) -> str:
    """SHA-256 of a file, or of a folder (every file's relative path and content, in sorted order). ``files``, when
    given, gets each non-empty file's content digest (:data:`FILE_DIGEST_BYTES` bytes): what tells that participants
    gave the same files, or that one's inputs hold another's (:func:`contained_inputs`). A zip gives its members'
    digests, not its own (:func:`_zip_member_digests`), so a zip of another participant's unpacked folder, or the
    same export zipped and unpacked, is the same files (BATCH2's limit: a zip was one file); a file the systems
    leave (``.DS_Store``, ``__MACOSX/``, AppleDouble ``._*``, ``Icon\\r``) gives none and is no part of a folder's own
    digest, as a zip made by Finder holds them and the folder does not."""
    p = Path(path)
    digest = hashlib.sha256()
    if p.is_dir():
        for sub in sorted(x for x in p.rglob("*") if x.is_file() and not x.is_symlink()):
            rel = sub.relative_to(p).as_posix()
            if _litter(rel):
                # what the systems leave is no part of the donation: Finder writing .DS_Store or Icon\r when the
                # folder is opened on a Mac made the input "changed since the last run" and redid it (T32B L6)
                continue
            digest.update(rel.encode("utf-8") + b"\0")
            digest.update(bytes.fromhex(sha256_of(sub, files)))
        return digest.hexdigest()
    size = 0
    head = b""
    with p.open("rb") as fh:
        while chunk := fh.read(HASH_CHUNK):
            if not size:
                head = chunk[:4]
            digest.update(chunk)
            size += len(chunk)
    if files is not None and size:
        members = _zip_member_digests(p) if head == b"PK\x03\x04" else None
        files.extend([digest.digest()[:FILE_DIGEST_BYTES]] if members is None else members)
    return digest.hexdigest()


def _litter(rel: str) -> bool:
    """Whether a file at ``rel`` (a path inside a folder or zip) is one the systems leave, not the export's: the
    same test the export reader applies (:func:`dataexam.archive.is_junk`), so a digest and a run skip alike."""
    return is_junk(rel)


def _zip_member_digests(path: Path) -> list[bytes] | None:
    """The content digests of a zip's non-empty members (:data:`FILE_DIGEST_BYTES` bytes each, members read in
    :data:`HASH_CHUNK` pieces, never whole), or None where the zip cannot be read so (password-protected, damaged, a
    compression zipfile lacks): it is then one file, as before. A zip inside is one file, as it is in a folder."""
    import zipfile

    out: list[bytes] = []
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.is_dir() or not info.file_size or _litter(info.filename.replace("\\", "/")):
                    continue
                member = hashlib.sha256()
                with zf.open(info) as fh:
                    while chunk := fh.read(HASH_CHUNK):
                        member.update(chunk)
                out.append(member.digest()[:FILE_DIGEST_BYTES])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, EOFError,
            ValueError):
        return None
    return out


def contained_inputs(contents: dict[str, bytes]) -> dict[str, list[str]]:
    """For each participant whose input files hold every file of others' (``contents``: participant id → the
    concatenated content digests of their files, :func:`sha256_of`'s ``files``), those others' ids, in the order
    of ``contents``: a donation that is another's files and more (P50 = P07's export + P09's zip, T29D L-a), one
    person's data counted twice, which the identical-inputs check (every input alike) cannot see. Files are
    compared by content, wherever they lie and whatever their name, a zip by its members (a zip of another's folder
    is matched). Two with the same files are not listed (the batch says them apart, as identical inputs). Each
    participant
    is looked up by its rarest file (held by the fewest others), so a file every export of a kind shares (X's
    ``Your archive.html``) costs nothing."""
    sets = {pid: frozenset(blob[i:i + FILE_DIGEST_BYTES] for i in range(0, len(blob), FILE_DIGEST_BYTES))
            for pid, blob in contents.items() if blob}
    holders: dict[bytes, list[str]] = {}
    for pid, files in sets.items():
        for d in files:
            holders.setdefault(d, []).append(pid)
    found: dict[str, list[str]] = {}
    for small, files in sets.items():
        rarest = min(files, key=lambda d: (len(holders[d]), d))
        for big in holders[rarest]:
            if big != small and files < sets[big]:
                found.setdefault(big, []).append(small)
    order = {pid: i for i, pid in enumerate(contents)}
    return {big: sorted(smalls, key=order.__getitem__) for big, smalls in sorted(found.items(),
                                                                               key=lambda kv: order[kv[0]])}


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux: the worker process's own peak so far (this unit and earlier ones)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _one_line(exc: BaseException, paths: tuple[str, ...]) -> str:
    if isinstance(exc, DataexamError):
        text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if isinstance(exc, SeveralAccounts):  # batch has no --per-account: one person per participant
            text = text.split(", or add --per-account")[0] + " (one person per participant folder or manifest id)"
        return by_position(text, paths, exc.inner_names)[:300]
    return f"unexpected {type(exc).__name__} (message withheld: it may quote the data)"


#: an input named by position followed by a path inside it that is not itself named by position
_UNNAMED_INSIDE = re.compile(r"(input-\d+\.[A-Za-z0-9]+)/(?!(?:zip|folder|file)-\d+(?![\w.-]))[^;,:()]*")


def by_position(text: str, paths: tuple[str, ...] | list[str], inner_names: tuple[str, ...] = ()) -> str:
    """``text`` (an error's or warning's message) with every input named by position and kind
    (:func:`~dataexam.archive.input_label`: ``input-1.folder``) and every file inside an input that
    ``inner_names`` lists (as the message quotes it: a path under an input, or a name inside it) by its
    order in the message and its kind: ``input-1.folder/zip-1``, ``input-1.folder/zip-2``; one such name
    given alone is "a zip inside it". Facebook names its zips ``facebook-<username>-<date>``: a participant's
    folder holding two accounts' zips put both usernames in the reason (T27A H1). A path under an input that
    is still left (a message that quoted a name no one listed) becomes "a file inside it".

    One pass over the text, names matched whole (not inside a longer word), the longest first: a label
    written in is never rewritten (an input whose base name is ``1``)."""
    inputs = []
    for n, path in enumerate(paths, 1):
        label = input_label(n, path)
        for form in {os.fspath(path), printable_path(os.fspath(path))}:
            inputs.append((form.rstrip("/") or form, label))
    names: dict[str, str] = {}
    inner = [name for name in dict.fromkeys(inner_names) if name]
    inner.sort(key=lambda name: (text.find(name) if name in text else len(text), name))
    counts: Counter[str] = Counter()
    for name in inner:
        holder = next(((form, label) for form, label in inputs if name.startswith(form + "/")), None)
        rel = name[len(holder[0]) + 1:] if holder is not None else name
        if rel.lower().endswith(".zip"):
            kind = "zip"
        elif (holder is not None and os.path.isdir(os.path.join(holder[0], rel))) or not Path(rel).suffix:
            kind = "folder"
        else:
            kind = "file"
        counts[kind] += 1
        own = f"{kind}-{counts[kind]}"
        if holder is not None:
            names[name] = f"{holder[1]}/{own}"
        names.setdefault(rel, own)
    if len(inner) == 1:  # one file inside an input, named alone: as before ("a zip inside it")
        names = {k: (v if "/" in v else f"a {v.split('-')[0]} inside it") for k, v in names.items()}
    for form, label in inputs:
        names.setdefault(form, label)
        names.setdefault(Path(form).name, label)
    names.pop("", None)
    if names:
        pattern = re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True))
                             + r")(?![\w-])(?!\.\w)")
        text = pattern.sub(lambda m: names[m.group(0)], text)
    return _UNNAMED_INSIDE.sub(lambda m: f"{m.group(1)}/a file inside it", text)


def unit_dir(outdir: str | Path, participant_id: str) -> Path:
    return Path(outdir) / "units" / participant_id


def events_dir(outdir: str | Path, participant_id: str) -> Path:
    """A participant's events folder. Not a Hive ``participant_id=<id>`` folder: readers decode such a
    name (pandas, DuckDB: ``P%41`` read as ``PA``, two people merged; an ``=`` in it broke DuckDB's whole
    query) and guess its type (pandas and pyarrow read ``001`` as the number 1). The id is a column
    of every events file instead, and the folder is named by :func:`~.participants.folder_name`."""
    return Path(outdir) / "events" / folder_name(participant_id)


def read_run_record(folder: Path) -> dict[str, Any] | None:
    """A unit folder's ``run.json`` (our own small record), or None when it is missing or unreadable."""
    import json

    try:
        with (folder / "run.json").open(encoding="utf-8") as fh:
            record = json.load(fh)
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _previous(participant: Participant, opts: UnitOptions, hashes: list[dict[str, str]]) -> dict[str, Any] | None:
    record = read_run_record(unit_dir(opts.outdir, participant.participant_id))
    if record is None:
        return None
    same = (record.get("status") == "ok" and record.get("options") == opts.signature()
            and [i.get("sha256") for i in record.get("inputs", [])] == [h["sha256"] for h in hashes])
    if same and opts.events and not (events_dir(opts.outdir, participant.participant_id) / "part-0.parquet").exists():
        same = False
    return record if same else None


def _broken_link(path: str) -> bool:
    """Whether ``path`` is a link to nothing (not a link loop, said apart)."""
    if not os.path.islink(path):
        return False
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno != errno.ELOOP
    return False


def _link_label(n: int, path: str) -> str:
    """An input's name in the outputs (:func:`~dataexam.archive.input_label`); a link to nothing is
    ``input-N.link``: its kind cannot be known (T30C B2b: a dangling link to a folder was "input-1.file")."""
    return f"input-{n}.link" if _broken_link(path) else input_label(n, path)


def _broken_link_reason(participant: Participant, n: int, path: str) -> str:
    """Why a participant whose input is a link to nothing (a folder on a share not mounted: T29B H1) failed. The
    link that is the participant's entry of INPUT is named by its own name, the participant's id ("the link P07 is
    broken": T30C B2b, it was "input-1.file: … path does not exist"); any other by position (``input-2.link``),
    never by a file name that may carry a handle."""
    if Path(path).name == participant.participant_id:
        named = f"the link {participant.participant_id}"
    else:
        named = f"{_link_label(n, path)}, a link,"
    return f"{named} is broken: what it points to is not there, such as a folder on a share not mounted"


def run_unit(participant: Participant, opts: UnitOptions) -> dict[str, Any]:
    """Run one participant (see the module docstring); returns the run record (also on error)."""
    started = time.monotonic()
    record: dict[str, Any] = {
        "participant_id": participant.participant_id, "status": "ok", "reason": None,
        "inputs": [], "parsers": {}, "records": {}, "issues": {}, "events_written": 0,
        "duplicates": 0, "duration_s": 0.0, "peak_rss_mb": 0.0, "dataexam_version": __version__,
        "options": opts.signature(), "resumed": False, "batch_id": opts.batch_id,
    }
    hashes = []
    files: list[bytes] = []
    for n, p in enumerate(participant.paths, 1):
        try:
            hashes.append({"name": input_label(n, p), "sha256": sha256_of(p, files)})
        except OSError as exc:  # named by position, as everywhere in the outputs (never by its file name)
            why = "not found" if isinstance(exc, FileNotFoundError) else (exc.strerror or type(exc).__name__)
            if exc.errno == errno.ELOOP:  # P18 -> P18, or two links naming each other: not "does not exist" (T29D)
                why = "a link loop: the link leads back to itself, so it names no file or folder"
            if isinstance(exc, FileNotFoundError) and n <= len(participant.from_manifest_folder) \
                    and participant.from_manifest_folder[n - 1]:
                why += "; a relative path in a manifest is read from the manifest's own folder"
            reason = f"{input_label(n, p)}: cannot be read ({why})"
            if _broken_link(p):
                reason = _broken_link_reason(participant, n, p)
            record.update(status="error", reason=reason,
                          inputs=[{"name": _link_label(k, q)} for k, q in enumerate(participant.paths, 1)])
            record["duration_s"] = round(time.monotonic() - started, 3)
            return _with_earlier_outputs(record, opts)
    contents = b"".join(sorted(set(files)))  # not written to run.json: the batch compares and drops it
    previous = _previous(participant, opts, hashes)
    if previous is not None:
        previous["resumed"] = not (opts.batch_id and previous.get("batch_id") == opts.batch_id)
        previous["inputs_changed"] = False  # said by the run that redid it, not again by every resume
        previous[CONTENTS] = contents
        return previous
    record["inputs"] = hashes
    earlier = read_run_record(unit_dir(opts.outdir, participant.participant_id))
    earlier_hashes = [i.get("sha256") for i in (earlier or {}).get("inputs", []) if isinstance(i, dict)]
    if earlier is not None and earlier_hashes and earlier_hashes != [h["sha256"] for h in hashes]:
        # the folder was swapped or the donation replaced: redone, and said (T29B L3: replaced without a word)
        record["inputs_changed"] = True

    units = Path(opts.outdir) / "units"
    tmp = units / f".tmp-{participant.participant_id}-{secrets.token_hex(4)}"
    try:
        tmp.mkdir(mode=0o700, parents=True)
    except OSError as exc:  # a full or read-only disk: the unit says so in plain words (T29B M2)
        record.update(status="error", reason=f"its outputs cannot be written ({plain_reason(exc)})")
        record["duration_s"] = round(time.monotonic() - started, 3)
        return record
    janitor = Janitor(str(tmp))  # this process killed outright (SIGKILL, out of memory): the folder goes too
    try:
        done = _run_into(tmp, participant, opts, record, started)
        done[CONTENTS] = contents
        return done
    except OSError as exc:  # writing or publishing the unit failed: nothing of it is left
        shutil.rmtree(tmp, ignore_errors=True)
        record.update(status="error", reason=f"its outputs cannot be written ({plain_reason(exc)})")
        return record
    except BaseException:  # Ctrl-C, SIGTERM: the partial unit (pseudonymised events so far) goes too
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        janitor.release()  # the folder is published (renamed: the janitor removes nothing) or removed


def _with_earlier_outputs(record: dict[str, Any], opts: UnitOptions) -> dict[str, Any]:
    """``record`` of a participant whose input cannot be read now (a share not mounted, a link loop), with what an
    earlier finished run of theirs left in ``units/<id>`` and ``events/<id>``, which such a run never touches: that
    run's inputs, records and issues, and ``earlier_kept`` true, so the tables name the findings they still hold
    (the batch writes them into ``findings.parquet``). While a link was broken the participant's findings vanished
    from that run's tables though their events stayed (BATCHFIX's open point). The status stays ``error`` with the
    reason: this run did not read them. An earlier run made with other options (``--include-sensitive``, the event
    options) is not kept but removed: its findings and events answer another question, and may hold Art. 9 rows and
    texts this run did not ask for."""
    pid = record["participant_id"]
    earlier = read_run_record(unit_dir(opts.outdir, pid))
    if earlier is None or earlier.get("participant_id") != pid or earlier.get("status") != "ok":
        return record
    if earlier.get("options") != opts.signature():
        # made with other options (T30C B1: a run with --include-sensitive brought its Art. 9 rows into a run
        # without it; B1b: its events, texts and Art. 9 records kept by --keep-text, stayed in events/ under a
        # manifest saying neither was asked): none of it is kept. Its outputs are removed, as a readable
        # participant's are replaced by a run with other options; they are made again once it can be read
        from . import remove_participant

        remove_participant(Path(opts.outdir), pid)
        return {**record, "reason": f"{record['reason']}; its earlier run used other options, so its outputs "
                                    "(findings, events) were removed, as a readable participant's are replaced; they "
                                    "are made again once it can be read"}
    kept = {key: earlier.get(key) for key in ("inputs", "parsers", "records", "issues", "events_written",
                                              "duplicates", "dataexam_version", "options")
            if earlier.get(key) is not None}
    return {**record, **kept, "earlier_kept": True,
            "reason": f"{record['reason']}; the outputs of its earlier run are kept (findings, events) until it can "
                      "be read again"}


def _run_into(tmp: Path, participant: Participant, opts: UnitOptions, record: dict[str, Any],
              started: float) -> dict[str, Any]:
    """Read, infer and write one participant into ``tmp``, then publish it (see :func:`run_unit`)."""
    from .. import api
    from ..inference import infer

    rows: list[dict[str, Any]] = []
    writer: EventParquetWriter | None = None
    said: list[str] = []
    try:
        stats = api.RunStats()
        said = stats.warnings  # (filled as the timeline is read)
        events: Iterator[Event] = api.timeline(list(participant.paths), stats=stats, limits=opts.limits)
        withheld: Counter[str] = Counter()  # per kind: purchases in special categories left out (no flag)
        if opts.events:
            pseudo = Pseudonymiser(bytes.fromhex(opts.key_hex or ""), keep_text=opts.keep_text,
                                   coarsen_time=opts.coarsen_time, include_sensitive=opts.include_sensitive)
            writer = EventParquetWriter(tmp / "part-0.parquet")
            events = _tee(events, writer, pseudo, participant.participant_id, withheld, opts.include_sensitive)
        elif not opts.include_sensitive:
            events = _withheld_counted(events, withheld)
        # friends, followers and the platforms' statements count from the newest download (T34A H1, M3)
        report = infer(events, include_sensitive=opts.include_sensitive, downloads=lambda: stats.downloads)
        if writer is not None:
            writer.close()
            record["events_written"] = writer.count
        rows = [finding_row(participant.participant_id, f.to_dict()) for f in report.findings]
        # the exports found in each input: usually one, several when a participant's folder holds them
        # (its source and variant are then listed, comma-separated, and its confidence is the lowest)
        by_input: dict[str, list[Any]] = {}
        for export in stats.exports:
            for given in {name for name, _inside in export.locations}:
                by_input.setdefault(os.path.realpath(given), []).append(export.detection)
            record["parsers"][export.parser.name] = export.parser.version
        for path, item in zip(participant.paths, record["inputs"]):
            found = sorted(by_input.get(os.path.realpath(printable_path(os.fspath(path))), []),
                           key=lambda d: (d.parser, d.variant or ""))
            item.update(source=",".join(dict.fromkeys(d.parser for d in found)) or None,
                        variant=",".join(dict.fromkeys(d.variant or "" for d in found)) or None,
                        confidence=min((d.confidence for d in found), default=None))
        # records per kind as the findings count them: without --include-sensitive no purchase in a special
        # category, so that no count of runs.parquet or of the events differs from the findings' by their number
        record["records"] = {k: n - withheld[k] for k, n in sorted(stats.kinds.items()) if n > withheld[k]}
        per_code: Counter[str] = Counter()
        for (_member, code), n in stats.issue_summary.items():
            per_code[code] += n
        record["issues"] = dict(sorted(per_code.items()))
        changed = sum(n for code, n in per_code.items() if code in INPUT_CHANGED)
        if changed:  # files moved, deleted or rewritten mid-run: incomplete, so a resumed batch redoes it
            record.update(status="error", reason=f"{changed} file(s) were moved, deleted or changed while "
                                                 "the unit was read; run it again")
        record["duplicates"] = stats.merge.duplicates
    except OSError as exc:
        if exc.errno in WRITE_ONLY_ERRNOS:  # the events file could not be written: said in plain words (T29B M2)
            record.update(status="error", reason=f"its outputs cannot be written ({plain_reason(exc)})")
        else:
            record.update(status="error", reason=_one_line(exc, participant.paths))
    except (DataexamError, ValueError, MemoryError) as exc:
        record.update(status="error", reason=_one_line(exc, participant.paths) + _single_file_hint(exc, participant))
    except Exception as exc:
        record.update(status="error", reason=_one_line(exc, participant.paths))
    finally:
        if writer is not None and record["status"] != "ok":
            try:
                writer.close()
            except Exception:
                pass
    record["duration_s"] = round(time.monotonic() - started, 3)
    record["peak_rss_mb"] = _peak_rss_mb()
    try:
        if record["status"] != "ok":  # a failed unit publishes its record only, never partial events
            (tmp / "part-0.parquet").unlink(missing_ok=True)
        write_json_private(rows, tmp / "findings.json")
        write_json_private(record, tmp / "run.json")
        _publish(tmp, participant.participant_id, opts)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if machine := [w for w in said if "temporary folder" in w]:  # (not files' names: the batch's stderr is shared)
        record[WARNINGS] = machine
    return record


def _single_file_hint(exc: BaseException, participant: Participant) -> str:
    """For a participant given as one loose file (``P35.csv`` in the INPUT folder) that is no recognised export:
    how to give it. A single export file is recognised by its own name (an old order report by its header), and X's
    data files and Amazon's order history also by their first bytes (:func:`~dataexam.discover.renamed_export_name`):
    another file renamed after the participant is not."""
    one = participant.paths[0] if len(participant.paths) == 1 else None
    if not (isinstance(exc, NothingRecognised) and one is not None and os.path.isfile(one)):
        return ""
    return ("; a single export file is recognised by its own name or by what it begins with (X's data files, "
            "Amazon's order history): put it, under the name the service gave it, in a folder named "
            f"{participant.participant_id}")


def _tee(events: Iterator[Event], writer: EventParquetWriter, pseudo: Pseudonymiser, pid: str,
         withheld: Counter[str], include_sensitive: bool) -> Iterator[Event]:
    """``events``, each also written to the events file as a pseudonymised row — but, without
    ``include_sensitive``, a purchase in a special category (:func:`~dataexam.inference.sensitive.withheld_purchase`,
    which the findings leave out too): counted in ``withheld`` instead of written (T26C H3: a count of the events'
    order items beside spending's would give their number)."""
    from ..inference.sensitive import withheld_purchase

    for event in events:
        if not include_sensitive and withheld_purchase(event):
            withheld[event.kind] += 1
        else:
            writer.add(pseudo.row(pid, event))
        yield event


def _withheld_counted(events: Iterator[Event], withheld: Counter[str]) -> Iterator[Event]:
    """``events`` as they are, each purchase in a special category counted in ``withheld`` (per kind)."""
    from ..inference.sensitive import withheld_purchase

    for event in events:
        if withheld_purchase(event):
            withheld[event.kind] += 1
        yield event


def _publish(tmp: Path, participant_id: str, opts: UnitOptions) -> None:
    """Move the finished unit into place: events partition first, the unit folder (the marker) last."""
    parquet = tmp / "part-0.parquet"
    edir = events_dir(opts.outdir, participant_id)
    if edir.exists():  # an earlier run's partition of this participant (ours): replaced
        shutil.rmtree(edir)
    if parquet.exists():
        edir.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        staged = edir.parent / f".tmp-{edir.name}-{secrets.token_hex(4)}"
        staged.mkdir(mode=0o700)
        os.replace(parquet, staged / "part-0.parquet")
        os.replace(staged, edir)
    final = unit_dir(opts.outdir, participant_id)
    if final.exists():
        old = final.with_name(f".old-{participant_id}-{secrets.token_hex(4)}")
        os.replace(final, old)
        shutil.rmtree(old, ignore_errors=True)
    os.replace(tmp, final)


__all__ = ["CONTENTS", "WARNINGS", "UnitOptions", "by_position", "contained_inputs", "events_dir", "run_unit",
           "sha256_of",
           "unit_dir"]
