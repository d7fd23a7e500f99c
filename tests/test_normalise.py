from __future__ import annotations

import os
import random
from datetime import UTC, datetime, timedelta

from dataexam.events import Event, Origin, TimeSource
from dataexam.normalise import MergeStats, chronological
from dataexam.tempdirs import LOCK_NAME, PrivateTempDir


def ev(key: str, when: datetime | None, kind: str = "notes.note") -> Event:
    return Event(time=when, time_source=TimeSource.UTC if when else TimeSource.NONE, source="notes", kind=kind,
                 actor="self", text=f"text {key}", attrs={"n": key}, origin=Origin("a.zip", "notes/a.json", 0),
                 key=f"{kind}:{key}")


BASE = datetime(2021, 1, 1, tzinfo=UTC)


def test_sorted_with_spilling_equals_in_memory_sort() -> None:
    rng = random.Random(5)
    events = [ev(str(i), BASE + timedelta(minutes=rng.randrange(100000))) for i in range(3000)]
    stats = MergeStats()
    out = list(chronological(events, spill_bytes=20_000, stats=stats))
    assert stats.runs_spilled > 5
    assert [e.key for e in out] == [e.key for e in sorted(events, key=lambda e: (e.time, e.key))]
    assert stats.events_out == 3000 and stats.duplicates == 0


def test_duplicates_across_exports_kept_once_and_undated_last() -> None:
    a = [ev("1", BASE), ev("2", BASE + timedelta(hours=1)), ev("like", None)]
    b = [ev("2", BASE + timedelta(hours=1)), ev("3", BASE + timedelta(hours=2)), ev("like", None)]
    stats = MergeStats()
    out = list(chronological(a + b, stats=stats))
    assert [e.key.split(":")[1] for e in out] == ["1", "2", "3", "like"]
    assert stats.duplicates == 2 and stats.undated == 1


def test_same_key_within_window_is_one_record_outside_is_two() -> None:
    # an Amazon order report gives the day only; the order file gives the second
    day_only = ev("order", BASE)
    precise = ev("order", BASE + timedelta(hours=13))
    far = ev("order", BASE + timedelta(days=30))
    out = list(chronological([precise, day_only, far]))
    assert [e.time for e in out] == [BASE, BASE + timedelta(days=30)]


def test_spill_folder_is_private_and_removed() -> None:
    with PrivateTempDir() as tmp:
        path, fh = tmp.new_file()
        fh.close()
        assert oct(os.stat(tmp.path).st_mode & 0o777) == "0o700"
        assert oct(os.stat(path).st_mode & 0o777) == "0o600"
        folder = tmp.path
    assert not os.path.exists(folder)


def test_abandoned_generator_removes_spill_runs() -> None:
    events = [ev(str(i), BASE + timedelta(seconds=i)) for i in range(2000)]
    tmp = PrivateTempDir()
    gen = chronological(events, spill_bytes=10_000, tmp=tmp)
    next(gen)
    assert os.listdir(tmp.path)
    gen.close()
    tmp.close()
    assert not os.path.exists(tmp.path)


def test_many_runs_are_merged_in_groups_with_the_same_result(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """More sorted runs than MAX_FAN_IN: groups are merged into longer runs first (memory bounded by
    the fan-in, not by the input), and the timeline is the same; every run file is gone afterwards."""
    import dataexam.normalise as normalise

    rng = random.Random(9)
    events = [ev(str(i % 2500), BASE + timedelta(minutes=rng.randrange(100000))) for i in range(3000)]
    events += [ev(f"u{i % 40}", None) for i in range(600)]  # undated, with duplicates
    expected_stats = MergeStats()
    expected = [e.key for e in chronological(events, stats=expected_stats)]
    opened: list[int] = []
    real_merge = normalise.heapq.merge

    def counting_merge(*iterables, **kw):  # type: ignore[no-untyped-def]
        opened.append(len(iterables))
        return real_merge(*iterables, **kw)

    monkeypatch.setattr(normalise, "MAX_FAN_IN", 3)
    monkeypatch.setattr(normalise.heapq, "merge", counting_merge)
    stats = MergeStats()
    with PrivateTempDir(str(tmp_path)) as tmp:
        out = [e.key for e in chronological(events, spill_bytes=5_000, stats=stats, tmp=tmp)]
        assert os.listdir(tmp.path) == [LOCK_NAME]  # intermediate runs removed once read (the folder's lock stays)
    assert stats.runs_spilled > 9
    assert max(opened) <= 3  # never more than MAX_FAN_IN runs open at once
    assert out == expected
    assert (stats.duplicates, stats.undated, stats.events_out) == (
        expected_stats.duplicates, expected_stats.undated, expected_stats.events_out)


def test_the_fan_in_is_what_the_sort_buffer_holds(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Merging reads as many runs at once as the sort's own (released) buffer held at MERGE_RUN_BYTES
    each: 16 MiB → 838 (a 2 GB Messenger export's 418 runs in one merge), never fewer than MAX_FAN_IN,
    never more than the open files allowed."""
    import resource

    from dataexam import normalise

    monkeypatch.setattr(resource, "getrlimit", lambda _which: (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    assert normalise.fan_in(16 * 1024 * 1024) == 16 * 1024 * 1024 // normalise.MERGE_RUN_BYTES == 838
    assert normalise.fan_in(normalise.MIN_SPILL_BYTES) == 104  # tight memory: 2 MiB
    assert normalise.fan_in(1024 * 1024) == normalise.MAX_FAN_IN == 64  # never fewer
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (1024, 4096))  # Linux's usual soft limit
    assert normalise.fan_in(16 * 1024 * 1024) == 1024 // 2 - 32 == 480
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (100, 4096))  # a very low limit: fewer than 64
    assert normalise.fan_in(16 * 1024 * 1024) == 18
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (20, 4096))
    assert normalise.fan_in(16 * 1024 * 1024) == 2


def test_only_the_smallest_runs_are_read_twice(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Six runs at a fan-in of four: one merge of the three smallest (four left), where merging the
    first four read four runs twice; ten equal runs at four: 10 → 7 → 4, then the final merge."""
    from dataexam import normalise

    monkeypatch.setattr(normalise, "MAX_FAN_IN", 4)
    rng = random.Random(3)
    entries = sorted((float(rng.randrange(10**6)), f"k{i:05d}", "notes.note", (0, "a", "m", i), b"p" * (i % 9))
                     for i in range(3000))
    merges: list[int] = []
    reads: list[str] = []
    real_merge, real_read = normalise.heapq.merge, normalise._read_run

    def merge(*iterables, **kw):  # type: ignore[no-untyped-def]
        merges.append(len(iterables))
        return real_merge(*iterables, **kw)

    def read(path):  # type: ignore[no-untyped-def]
        reads.append(os.path.basename(path))
        return real_read(path)

    monkeypatch.setattr(normalise.heapq, "merge", merge)
    monkeypatch.setattr(normalise, "_read_run", read)
    for counts in ((100, 900, 800, 700, 200, 300), (300,) * 10):
        merges.clear()
        reads.clear()
        rng.shuffle(entries)  # each run is sorted on its own; the runs interleave
        paths, start = [], 0
        for n, count in enumerate(counts):
            path = tmp_path / f"{len(counts)}-{n}.run"
            with open(path, "wb") as fh:
                normalise._write_entries(fh, sorted(entries[start:start + count]))
            paths.append(str(path))
            start += count
        assert list(normalise.merge_run_files(paths, spill_bytes=0)) == sorted(entries[:start])
        assert not any(os.path.exists(p) for p in paths)
        if len(counts) == 6:
            assert merges == [3, 4]
            assert reads[:3] == ["6-0.run", "6-4.run", "6-5.run"]  # the 100-, 200- and 300-entry runs
        else:
            assert merges == [4, 4, 4]


def test_merged_runs_are_private(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import stat

    import dataexam.normalise as normalise

    monkeypatch.setattr(normalise, "MAX_FAN_IN", 2)
    modes: list[int] = []
    real_write = normalise._write_entries

    def spy(fh, entries, compress=False):  # type: ignore[no-untyped-def]
        modes.append(stat.S_IMODE(os.fstat(fh.fileno()).st_mode))
        return real_write(fh, entries, compress)

    monkeypatch.setattr(normalise, "_write_entries", spy)
    events = [ev(str(i), BASE + timedelta(seconds=i * 7 % 1000)) for i in range(800)]
    with PrivateTempDir(str(tmp_path)) as tmp:
        assert len(list(chronological(events, spill_bytes=5_000, tmp=tmp))) == 800
    assert modes and set(modes) == {0o600}


def test_the_copy_kept_at_one_instant_does_not_depend_on_the_encoding() -> None:
    # Copies of one record at the same instant: the one with the most attributes, then the one from the
    # input (member, record) that sorts first. It used to be whichever encoded bytes sorted first, so
    # the API (pickles) and the CLI (JSON Lines rows) could keep different copies (issue 16).
    from dataexam.normalise import EventCodec, chronological_encoded, portable_encode
    from dataexam.writers import jsonl_line

    when = datetime(2021, 5, 1, 12, 0, tzinfo=UTC)

    def copy(archive: str, attrs: dict[str, object], index: int = 0) -> Event:
        return Event(time=when, time_source=TimeSource.UTC, source="twitter", kind="twitter.login", actor="self",
                     text=None, attrs=attrs, origin=Origin(archive, "ip-audit.js", index), key="twitter.login:1")

    cases = [
        ([copy("b-2019", {"ip": "x"}), copy("a-2024", {"ip": "x", "port": 1})], "a-2024"),
        ([copy("a-2019", {"ip": "x"}), copy("b-2024", {"ip": "x", "port": 1})], "b-2024"),  # the richer copy
        ([copy("b", {"ip": "x", "zz": "longer"}), copy("a", {"ip": "x", "port": 1})], "a"),  # then the input
        ([copy("a", {"ip": "x"}, 7), copy("a", {"ip": "x"}, 3)], "a"),
    ]
    for events, kept in cases:
        for order in (events, events[::-1]):
            for encode in (portable_encode, jsonl_line, EventCodec().encode):
                out = list(chronological_encoded(order, encode))
                assert len(out) == 1
                assert out[0][2] == encode(min(order, key=lambda e: (-len(e.attrs), e.origin.archive,
                                                                     e.origin.member, e.origin.index)))
            assert min(order, key=lambda e: (-len(e.attrs), e.origin.archive, e.origin.index)).origin.archive == kept


def test_a_low_open_files_limit_merges_fewer_runs_at_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A very low open-files limit and more sorted runs than files may be open: the merge reads fewer
    than 64 at once and the timeline is the same as with no limit (`ulimit -n 70` failed with "Too many
    open files" at a fixed 64; the final tester of the eighteenth pass)."""
    import subprocess
    import sys
    from pathlib import Path

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "twitter" / "current" / "archive"
    script = (
        "import resource, sys\n"
        "from dataexam import api, writers\n"
        "if sys.argv[2] == 'low':\n"
        "    resource.setrlimit(resource.RLIMIT_NOFILE, (24, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))\n"
        "stats = api.RunStats()\n"
        "rows = api.timeline_encoded([sys.argv[1]], writers.jsonl_line, spill_bytes=500, stats=stats, jobs=1)\n"
        "out = b''.join(rows)\n"
        "sys.stdout.write(f'{stats.merge.runs_spilled} {len(out)} {hash(out)}')\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "0", "TMPDIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", script, str(fixture), limit], capture_output=True, text=True,
                           env=env, timeout=120) for limit in ("none", "low")]
    assert all(r.returncode == 0 for r in runs), [r.stderr[-500:] for r in runs]
    spilled = runs[1].stdout.split()[0]
    assert int(spilled) > 24  # more runs than files may be open
    assert runs[0].stdout == runs[1].stdout


def test_too_many_open_files_is_said_plainly(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno

    from typer.testing import CliRunner

    from dataexam import api
    from dataexam.cli import app

    def refuse(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError(errno.EMFILE, "Too many open files", "/tmp/dataexam-x/00079.dated.run")

    monkeypatch.setattr(api, "timeline_encoded", refuse)
    from pathlib import Path

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "twitter" / "current" / "archive"
    result = CliRunner().invoke(app, ["timeline", str(fixture), "-o", os.devnull])
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert "too many files open: this process's limit on open files (`ulimit -n` says" in said
    assert "raise it (e.g. `ulimit -n 1024`) and run again" in said
    assert "internal error" not in said and "00079" not in said


def _dated(key: str, when: datetime, source: TimeSource, archive: str) -> Event:
    return Event(time=when, time_source=source, source="amazon", kind="amazon.order_item", actor="self",
                 text=f"item {key}", attrs={"n": key}, origin=Origin(archive, "orders.csv", 0),
                 key=f"amazon.order_item:{key}")


def test_a_copy_with_a_time_of_day_replaces_a_date_only_copy_and_the_output_stays_in_order() -> None:
    """The twenty-fourth pass's final tester (N11): an order in the old order report (its local date, 00:00 UTC)
    and in a later download (its instant, 20 h later) is one record since the key no longer holds the day — and
    the date-only copy, first in time, was kept: every order's hour was lost. The timed copy is kept now."""
    day = datetime(2022, 3, 9, tzinfo=UTC)
    report = [_dated(str(i), day + timedelta(days=i), TimeSource.DATE_ONLY, "report.zip") for i in range(3)]
    rmd = [_dated(str(i), day + timedelta(days=i, hours=20), TimeSource.UTC, "rmd.zip") for i in range(2)]
    between = [ev("x", day + timedelta(hours=5)), ev("y", day + timedelta(days=1, hours=3))]
    stats = MergeStats()
    out = list(chronological([*report, *between, *rmd], stats=stats))
    kept = {e.key.split(":")[1]: (e.time_source, e.origin.archive) for e in out if e.kind == "amazon.order_item"}
    assert kept == {"0": (TimeSource.UTC, "rmd.zip"), "1": (TimeSource.UTC, "rmd.zip"),
                    "2": (TimeSource.DATE_ONLY, "report.zip")}  # the third has no timed copy: kept as it is
    assert [e.time for e in out] == sorted(e.time for e in out)  # still in time order
    assert stats.duplicates == 2 and stats.events_out == len(out) == 5
    # the timed copy first (east of UTC) keeps itself; the date-only one after it is the duplicate
    east = list(chronological([_dated("e", day - timedelta(hours=2), TimeSource.UTC, "rmd.zip"),
                               _dated("e", day, TimeSource.DATE_ONLY, "report.zip")]))
    assert [(e.time_source, e.origin.archive) for e in east] == [(TimeSource.UTC, "rmd.zip")]
