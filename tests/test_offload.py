"""The report's consuming pass on two cores (issue 16, :mod:`dataexam.inference.offload`).

With ``--jobs`` ≥ 2 and enough work, the text, interests and social aggregators consume the
timeline in a worker fed through a pipe; the report must be the very same as one process's.
"""

from __future__ import annotations

import io
import json
import pickle
from pathlib import Path

import pytest

from dataexam import api, parallel
from dataexam.errors import WorkerFailed
from dataexam.inference import offload as offload_mod
from dataexam.report import render


@pytest.fixture(scope="module")
def persona(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    from dataexam.persona import export_paths, write_persona

    return export_paths(write_persona(tmp_path_factory.mktemp("persona") / "p", seed=11, scale=0.2))


@pytest.fixture(autouse=True)
def _offload_even_when_small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "MIN_OFFLOAD_COST", 0)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_COST", 0)
    monkeypatch.setattr(parallel, "default_jobs", lambda *_: 2)
    monkeypatch.setattr(api, "default_jobs", lambda *_: 2)


def _json(report: object) -> dict[str, object]:
    out = io.StringIO()
    render(report, "json", out, detail="full")
    data = json.loads(out.getvalue())
    data.pop("generated_at", None)
    return data


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[frozenset[str]]:
    """The names each inference worker returned (one entry per report that used one)."""
    seen: list[frozenset[str]] = []
    real = offload_mod.Offload.result

    def result(self):  # type: ignore[no-untyped-def]
        started = self._worker is not None or bool(self._batch)
        out = real(self)
        if started:
            seen.append(frozenset(out))
        return out

    monkeypatch.setattr(offload_mod.Offload, "result", result)
    return seen


def test_a_report_with_an_inference_worker_is_the_same(persona: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy(monkeypatch)
    one = api.report(persona, jobs=1, include_sensitive=True)
    assert seen == []  # --jobs 1: no worker
    two = api.report(persona, jobs=2, include_sensitive=True)
    assert seen == [frozenset(offload_mod.OFFLOADED)]
    assert _json(one) == _json(two)
    assert one.inputs["events"] > 1000 and len(two.findings) > 10


def test_reports_per_account_use_it_too(persona: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy(monkeypatch)
    one = api.report_per_account(persona, jobs=1)
    two = api.report_per_account(persona, jobs=2)
    assert [label for label, _ in one] == [label for label, _ in two]
    assert [_json(r) for _, r in one] == [_json(r) for _, r in two]
    assert seen


def test_little_work_or_one_job_starts_no_inference_worker(persona: list[Path],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy(monkeypatch)
    monkeypatch.setattr(api, "MIN_OFFLOAD_COST", 10**15)
    api.report(persona, jobs=2)
    monkeypatch.setattr(api, "MIN_OFFLOAD_COST", 0)
    monkeypatch.setattr(api, "default_jobs", lambda *_: 1)  # one CPU: --jobs 2 is one process
    api.report(persona, jobs=2)
    assert seen == []


def test_a_dead_inference_worker_is_a_clear_error(persona: list[Path], monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    class Dying(offload_mod.Worker):
        def __init__(self, *args, **kw):  # type: ignore[no-untyped-def]
            super().__init__(*args, **kw)
            self.process.kill()
            self.process.wait()

    monkeypatch.setattr(offload_mod, "Worker", Dying)
    with pytest.raises(WorkerFailed, match=r"inference worker|without a result"):
        api.report(persona, jobs=2)


def test_offloaded_aggregators_survive_pickling(persona: list[Path]) -> None:
    """What the worker sends back is the aggregators themselves: their consumed state must pickle."""
    from dataexam.inference import _aggregators
    from dataexam.inference.engine import InputStats, run

    aggregators = [a for a in _aggregators() if a.name in offload_mod.OFFLOADED]
    assert {a.name for a in aggregators} == set(offload_mod.OFFLOADED)
    run(api.timeline(persona), aggregators, InputStats())
    for a in aggregators:
        copy = pickle.loads(pickle.dumps(a, pickle.HIGHEST_PROTOCOL))
        assert type(copy) is type(a) and copy.__dict__.keys() == a.__dict__.keys()


def test_the_worker_takes_the_main_process_matches(persona: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts both sides categorise (an Amazon order item: ``money`` here, ``interests`` and ``trust`` there) travel
    with the main process's keyword matches, and the worker uses them instead of computing them."""
    from dataexam import categories
    from dataexam.inference import _aggregators
    from dataexam.normalise import portable_encode

    offload = offload_mod.Offload(_aggregators(), "/nonexistent")
    assert offload.categorised_on_both == {"amazon.order_item"}
    # trust consumes in the worker too: only the worker categorises posts, DMs and likes (issue 16)
    assert {"twitter.dm", "facebook.message", "twitter.tweet", "facebook.post", "twitter.like"} <= (
        offload.categorised_there_only)
    assert "twitter.declared_interest" not in offload.categorised_there_only  # nobody categorises these
    event = next(e for e in api.timeline(persona) if e.kind == "amazon.order_item" and e.text)
    fake = (("pets", ("not-a-keyword-of-this-text",)),)  # told apart from what the text really matches
    blob = pickle.dumps([(event.key, portable_encode(event), fake)], pickle.HIGHEST_PROTOCOL)
    stream = io.BytesIO(len(blob).to_bytes(4, "little") + blob)

    def computed(text: str) -> object:
        raise AssertionError("computed again in the worker")

    monkeypatch.setattr(categories, "_computed_matches", computed)
    monkeypatch.setattr(categories, "_primed", {})
    (decoded,) = offload_mod._read_batches(stream)
    assert decoded == event
    assert categories.keyword_matches(event.text) == fake


def test_primed_matches_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataexam import categories

    monkeypatch.setattr(categories, "_primed", {})
    for n in range(categories._PRIMED_MAX + 10):
        categories.prime(f"text {n}", ())
    assert len(categories._primed) <= categories._PRIMED_MAX
    assert categories.keyword_matches(f"text {categories._PRIMED_MAX + 9}") == ()
    assert categories.keyword_matches("I walk my dog") == categories._computed_matches("I walk my dog") != ()


def test_a_lagging_worker_gets_matches_for_the_texts_only_it_categorises(persona: list[Path]) -> None:
    """Likes and DMs are categorised in the worker only (``interests``, ``text``, ``trust``). While the worker lags
    behind (more than LAG_BYTES waiting in its pipe), the main process works their matches out too and
    sends them along; otherwise it leaves them to the worker. Texts both sides categorise (an order item) always
    travel with their matches; kinds nobody categorises never do."""
    from dataexam import categories
    from dataexam.inference import _aggregators
    from dataexam.normalise import portable_encode

    offload = offload_mod.Offload(_aggregators(), "/nonexistent")
    assert "twitter.like" in offload.categorised_there_only
    assert not offload.categorised_there_only & offload.categorised_on_both
    sent: list[tuple[str, object]] = []
    offload.send = lambda key, payload, matches=None: sent.append((key, matches))  # type: ignore[method-assign]
    events = list(api.timeline(persona))
    like = next(e for e in events if e.kind == "twitter.like" and e.text and categories.keyword_matches(e.text))
    dm = next(e for e in events if e.kind == "twitter.dm" and e.text and categories.keyword_matches(e.text))
    item = next(e for e in events if e.kind == "amazon.order_item" and e.text)
    # a kind the worker wants but nobody categorises (X's declared interests: interests reads them as declared)
    uncategorised = next(e for e in events if e.kind == "twitter.declared_interest")
    assert offload.wants(uncategorised.kind)
    assert uncategorised.kind not in offload.categorised_on_both | offload.categorised_there_only
    entries = [(e.key, portable_encode(e)) for e in (like, dm, item, uncategorised)]
    for lagging in (False, True):
        offload.lagging = lagging
        sent.clear()
        assert list(api._forwarding(entries, offload)) == [like, dm, item, uncategorised]
        matches = dict(sent)
        assert matches[item.key] == categories.keyword_matches(item.text)
        assert matches[uncategorised.key] is None
        assert matches[like.key] == (categories.keyword_matches(like.text) if lagging else None)
        assert matches[dm.key] == (categories.keyword_matches(dm.text) if lagging else None)


def test_lag_is_what_waits_in_the_pipe() -> None:
    import fcntl
    import os

    read, write = os.pipe()
    with os.fdopen(write, "wb", buffering=0) as pipe, os.fdopen(read, "rb", buffering=0) as reader:
        offload_mod._widen(pipe)
        # Linux lets any process widen a pipe up to /proc/sys/fs/pipe-max-size (1 MiB by default)
        with open("/proc/sys/fs/pipe-max-size") as fh:
            if int(fh.read()) >= offload_mod.PIPE_BYTES:
                assert fcntl.fcntl(pipe.fileno(), fcntl.F_GETPIPE_SZ) == offload_mod.PIPE_BYTES
        assert offload_mod._unread(pipe) == 0
        pipe.write(b"x" * 40_000)  # under any pipe's capacity: never blocks
        assert offload_mod._unread(pipe) == 40_000
        reader.read(30_000)
        assert offload_mod._unread(pipe) == 10_000
    assert offload_mod.LAG_BYTES < offload_mod.PIPE_BYTES


def test_order_ids_hash_alike_in_every_process() -> None:
    """A ledger consumed in the inference worker (money, trust) is settled in the main process, where held shipments
    are released and hashed again: an order id must hash alike in both. Python's ``hash`` of a string differs between
    processes (hash randomisation); the ledger's :func:`order_hash` is the same in a process of another seed."""
    import os
    import subprocess
    import sys

    from dataexam.inference.ledger import order_hash

    ids = ["111-2223334-5556667", "D01-1234567-7654321", "S-1"]
    code = "import sys; from dataexam.inference.ledger import order_hash; print([order_hash(i) for i in sys.argv[1:]])"
    for seed in ("0", "7"):
        out = subprocess.run([sys.executable, "-c", code, *ids], capture_output=True, check=True,
                             env=dict(os.environ, PYTHONHASHSEED=seed)).stdout.decode().strip()
        assert out == str([order_hash(i) for i in ids])
    assert order_hash("S-1") == int.from_bytes(__import__("hashlib").blake2b(b"S-1", digest_size=8).digest(),
                                               "little", signed=True)
    assert len({order_hash(i) for i in ids}) == 3 and all(-2**63 <= order_hash(i) < 2**63 for i in ids)
