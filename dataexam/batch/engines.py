"""Where units run: a local process pool (default) or a Dask distributed cluster.

Both engines take the same picklable ``(participant, options)`` pairs, run
:func:`~dataexam.batch.unit.run_unit` on each and hand every finished record to ``on_result`` in
completion order. A unit that fails comes back as an ``error`` record and the batch goes on. A
worker that dies (killed, out of memory) is another matter: Dask runs its unit again on another
worker, while the local pool breaks and ends the batch (``BrokenProcessPool``; a re-run resumes,
finished units skipped). dataexam starts no server of its own: the local engine uses
``concurrent.futures`` with ``spawn`` worker processes; the Dask engine connects to the scheduler
the user named (``tcp://HOST:8786``) or starts a ``LocalCluster`` of worker processes bound to
127.0.0.1 with no dashboard.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from ..errors import UsageProblem
from ..inference.language import keep_language_profiles
from .participants import Participant
from .unit import UnitOptions, run_unit

OnResult = Callable[[dict[str, Any]], None]


def default_workers() -> int:
    """Worker count when none is given: the CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _failed(participant: Participant, exc: BaseException) -> dict[str, Any]:
    return {"participant_id": participant.participant_id, "status": "error",
            "reason": f"worker failed ({type(exc).__name__})", "inputs": [], "records": {}, "issues": {},
            "duration_s": 0.0, "peak_rss_mb": 0.0, "resumed": False}


def _record_of(future: Any, participant: Participant) -> dict[str, Any]:
    """The unit's record, or an ``error`` record when its worker failed. Only the worker's failure is
    caught here: an exception of the caller's ``on_result`` is the caller's and propagates."""
    try:
        record: dict[str, Any] = future.result()
    except Exception as exc:
        record = _failed(participant, exc)
    return record


def run_local(participants: Sequence[Participant], opts: UnitOptions, workers: int, on_result: OnResult) -> None:
    """Run every unit on a local process pool of ``workers`` processes (1 = in this process).

    Each worker keeps langdetect's language profiles loaded from one participant to the next
    (:func:`~dataexam.inference.language.keep_language_profiles`: ~0.17 s saved per participant,
    the same peak memory); this process lets them go when its units are done."""
    if workers <= 1:
        keep_language_profiles(True)
        try:
            for participant in participants:
                on_result(run_unit(participant, opts))
        finally:
            keep_language_profiles(False)
        return
    ctx = multiprocessing.get_context("spawn")
    # at most 2 units queued per worker, so a Ctrl-C does not leave thousands of futures to cancel
    pending: dict[Future[dict[str, Any]], Participant] = {}
    todo = list(participants)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=keep_language_profiles,
                             initargs=(True,)) as pool:
        try:
            while todo or pending:
                while todo and len(pending) < 2 * workers:
                    participant = todo.pop(0)
                    pending[pool.submit(run_unit, participant, opts)] = participant
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    participant = pending.pop(future)
                    on_result(_record_of(future, participant))
        except BaseException:
            for future in pending:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def run_dask(participants: Sequence[Participant], opts: UnitOptions, workers: int, on_result: OnResult,
             scheduler: str | None = None) -> None:
    """Run every unit on Dask: the cluster at ``scheduler``, or a new ``LocalCluster`` of ``workers``.

    Workers read the inputs by path, so on a real cluster every worker must see the same paths
    (a shared filesystem) and ``OUTDIR``. Raises UsageProblem when Dask is not installed.
    """
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise UsageProblem('--engine dask needs Dask: pip install "dataexam[dask]"') from None
    import logging
    import shutil
    import tempfile

    # Dask's own INFO logs (worker start/stop, "dashboard at …") are not dataexam's to print
    for name in ("distributed", "dask"):
        logging.getLogger(name).setLevel(logging.ERROR)
    # cleaned up in reverse order of registration: the client, then our own cluster, Dask's
    # configuration as it was, our scratch folder
    with contextlib.ExitStack() as stack:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            # no dashboard (no HTTP server at all); the workers' spill space in a private folder removed at the end
            scratch = tempfile.mkdtemp(prefix="dataexam-dask-")
            stack.callback(shutil.rmtree, scratch, ignore_errors=True)
            import dask

            # the scheduler's and nannies' scratch space too, for this batch only (the caller's process
            # may start clusters of its own later, which must not reuse a folder removed here)
            stack.enter_context(dask.config.set({"temporary-directory": scratch}))
            cluster = stack.enter_context(LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                scheduler_kwargs={"dashboard": False}, local_directory=scratch, silence_logs=logging.ERROR))
            client = Client(cluster)
        stack.callback(client.close)
        if scheduler:  # long-lived workers of someone else's cluster keep the profiles only for this batch
            stack.callback(_stop_keeping_profiles, client)
        client.run(keep_language_profiles, True)
        futures = {}
        for participant in participants:
            future = client.submit(run_unit, participant, opts, pure=False,
                                   key=f"dataexam-unit-{participant.participant_id}")
            futures[future.key] = (future, participant)
        try:
            for future in as_completed([f for f, _ in futures.values()]):
                on_result(_record_of(future, futures[future.key][1]))
        except BaseException:
            client.cancel([f for f, _ in futures.values()])
            raise


def _stop_keeping_profiles(client: Any) -> None:
    with contextlib.suppress(Exception):  # a scheduler that is gone has no workers to tell
        client.run(keep_language_profiles, False)
