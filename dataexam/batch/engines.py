"""Where units run: a local process pool (default) or a Dask distributed cluster.

Both engines take the same picklable ``(participant, options)`` pairs, run
:func:`~dataexam.batch.unit.run_unit` on each and hand every finished record to ``on_result`` in
completion order. A unit that fails comes back as an ``error`` record and the batch goes on.

A worker that dies (killed, out of memory) takes down more than its own unit. Dask runs the unit
again on another worker (``KilledWorker`` after its retries: an ``error`` record). The local pool
breaks as a whole (``BrokenProcessPool``: every unit in flight fails with it, and nothing tells which
one killed it), so the engine starts a new pool and runs each of those units again *alone*, one at
a time: the others finish, and the unit whose worker dies again is an ``error`` record ("its worker
process ended abruptly, twice") while the batch goes on.

The local pool's workers (``spawn``) ignore SIGINT: a Ctrl-C at the terminal reaches the whole
process group, and the main process ends them instead (SIGTERM: each removes its unit's private
folder and exits, no traceback printed). The workers of a ``LocalCluster`` dataexam starts ignore
SIGINT too, also one Dask starts again after a worker died (:mod:`dataexam.batch.dask_plugin`;
closing the cluster ends them). A local pool worker whose main process is gone (SIGKILL) ends itself
within a second rather than stay behind, idle, holding its memory. dataexam starts no server of its
own: the Dask engine connects to the scheduler the user named (``tcp://HOST:8786``) or starts a
``LocalCluster`` of worker processes bound to 127.0.0.1 with no dashboard.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from types import FrameType
from typing import Any

from ..errors import UsageProblem
from ..inference.language import keep_language_profiles
from ..parallel import cpu_jobs, memory_jobs
from ..tempdirs import make_folder
from .oswords import plain_reason
from .participants import Participant
from .unit import UnitOptions, run_unit

OnResult = Callable[[dict[str, Any]], None]
Unit = Callable[[Participant, UnitOptions], dict[str, Any]]

PARENT_POLL_S = 1.0  # how often a pool worker checks that the batch's main process is still there


#: memory one worker may reach while it runs a participant's report: the report's own ceiling (issue 16's
#: target; measured 141-175 MB per worker on small donations, README "batch", and 113-131 MB for a
#: ``report --jobs 1`` of 100 MB to 2 GB)
WORKER_BYTES = 200_000_000
#: memory the batch's main process may reach (it hands out units and writes the tables; ~100 MB measured)
MAIN_BYTES = 120_000_000


def default_workers() -> int:
    """Worker count when none is given: the CPUs this process may use, its container's CPU quota
    included (:func:`dataexam.parallel.cpu_jobs`), and no more than the memory left holds at
    :data:`WORKER_BYTES` each (:func:`memory_workers`): a worker the kernel kills for want of memory
    costs the units in flight, which are run again one at a time."""
    fit = memory_workers()
    cpus = cpu_jobs()
    return cpus if fit is None else max(1, min(cpus, fit))


def memory_workers(floor: int = 1) -> int | None:
    """How many workers the memory left holds (at least ``floor``), or ``None`` where it cannot be read
    (:func:`dataexam.parallel.memory_jobs`)."""
    return memory_jobs(MAIN_BYTES, WORKER_BYTES, main_works=False, floor=floor)


def _failed(participant: Participant, reason: str) -> dict[str, Any]:
    return {"participant_id": participant.participant_id, "status": "error", "reason": reason, "inputs": [],
            "records": {}, "issues": {}, "duration_s": 0.0, "peak_rss_mb": 0.0, "resumed": False}


def _record_of(future: Any, participant: Participant) -> dict[str, Any]:
    """The unit's record, or an ``error`` record when its worker failed. Only the worker's failure is
    caught here: an exception of the caller's ``on_result`` is the caller's and propagates."""
    try:
        record: dict[str, Any] = future.result()
    except Exception as exc:
        record = _failed(participant, f"worker failed ({plain_reason(exc)})")
    return record


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker (one per process, its own interpreter: it removes the
    pool's named semaphores once this process is gone) told not to warn about them.

    After a ``kill -9`` of the batch it printed "UserWarning: resource_tracker: There appear to be 5
    leaked semaphore objects to clean up at shutdown" on the user's terminal: it had just removed
    them as it should, and "leaked" from a tool holding personal data reads as something else. The
    tracker takes this process's ``-W`` options (``sys.warnoptions``) on its command line; the filter
    is added only while it starts. A tracker already running (started by the caller) is left as it is.
    """
    if sys.platform == "win32":  # no resource tracker there
        return
    from multiprocessing import resource_tracker

    saved = sys.warnoptions[:]
    sys.warnoptions.append("ignore::UserWarning:multiprocessing.resource_tracker")
    try:
        resource_tracker.ensure_running()
    finally:
        sys.warnoptions[:] = saved


# ---- inside a local pool worker -------------------------------------------------------------------

_in_unit = False  # a unit is running (SIGTERM must let it clean up)
_stopping = False  # and it has been told to stop already


class _Stopped(BaseException):
    """SIGTERM in a worker while it runs a unit: the unit's cleanup runs (it removes its private
    folder on any exception), then the worker ends (:func:`_unit_in_worker`)."""


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    global _stopping
    if _in_unit:
        if _stopping:  # a second SIGTERM (the pool's own, once it sees a worker gone): the unit is
            return     # cleaning up already, and must not be interrupted in the middle of it
        _stopping = True
        raise _Stopped()
    os._exit(128 + signum)  # idle: nothing to clean up, and the pool's queues are the main process's


def _watch_parent(parent: int) -> None:
    """End this worker (as SIGTERM does) once the batch's main process is gone: killed outright, it
    could not end its workers, which would otherwise wait on the pool's queue for ever."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os.kill(os.getpid(), signal.SIGTERM)


def _start_worker(parent: int) -> None:
    """The pool's initializer: signals as the module docstring says, and langdetect's profiles kept
    from one participant to the next (:func:`~dataexam.inference.language.keep_language_profiles`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the terminal's Ctrl-C: the main process ends us
    signal.signal(signal.SIGTERM, _on_sigterm)
    keep_language_profiles(True)
    threading.Thread(target=_watch_parent, args=(parent,), name="dataexam-parent-watch", daemon=True).start()


def _unit_in_worker(unit: Unit, participant: Participant, opts: UnitOptions) -> dict[str, Any]:
    global _in_unit
    _in_unit = True
    try:
        return unit(participant, opts)
    except _Stopped:
        os._exit(128 + signal.SIGTERM)  # the unit has removed its folder; the batch wants no result
    finally:
        _in_unit = False


# ---- in the main process ---------------------------------------------------------------------------


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """SIGTERM to the pool's live workers. ``ProcessPoolExecutor`` keeps them in ``_processes``
    (CPython 3.8 to 3.14); were it gone, the pool's shutdown would wait for the running units instead."""
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(Exception):  # ended already
            if process.is_alive():
                process.terminate()


def _drain(todo: deque[Participant], opts: UnitOptions, workers: int, in_flight: int, on_result: OnResult,
           unit: Unit) -> list[Participant]:
    """Run units from the left of ``todo`` on a new pool of ``workers`` (at most ``in_flight`` queued
    at once) until ``todo`` is empty or a worker dies. Returns the units lost with the pool (in
    submission order; empty when all finished); units never submitted stay in ``todo``."""
    ctx = multiprocessing.get_context("spawn")
    pending: dict[Future[dict[str, Any]], Participant] = {}
    order: dict[str, int] = {}
    lost: list[Participant] = []
    broken = False
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_start_worker,
                             initargs=(os.getpid(),)) as pool:
        try:
            while pending or (todo and not broken):
                while todo and not broken and len(pending) < in_flight:
                    participant = todo.popleft()
                    try:
                        future = pool.submit(_unit_in_worker, unit, participant, opts)
                    except BrokenProcessPool:  # it broke since the last wait
                        todo.appendleft(participant)
                        broken = True
                        break
                    pending[future] = participant
                    order[participant.participant_id] = len(order)
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    participant = pending.pop(future)
                    if isinstance(future.exception(), BrokenProcessPool):
                        broken = True
                        lost.append(participant)
                    else:
                        on_result(_record_of(future, participant))
        except BaseException:  # Ctrl-C, SIGTERM, or the caller's on_result raised: end the workers now
            for future in pending:
                future.cancel()
            _stop_workers(pool)
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return sorted(lost, key=lambda p: order[p.participant_id])


def run_local(participants: Sequence[Participant], opts: UnitOptions, workers: int, on_result: OnResult, *,
              unit: Unit = run_unit) -> None:
    """Run every unit on a local process pool of ``workers`` processes (1 = in this process).

    Each worker keeps langdetect's language profiles loaded from one participant to the next
    (:func:`~dataexam.inference.language.keep_language_profiles`: ~0.17 s saved per participant,
    the same peak memory); this process lets them go when its units are done. When a worker dies,
    the units lost with the pool run again one at a time (module docstring). ``unit`` is the
    function run per participant (a module-level function: it is pickled to the workers).
    """
    if workers <= 1:
        keep_language_profiles(True)
        try:
            for participant in participants:
                on_result(unit(participant, opts))
        finally:
            keep_language_profiles(False)
        return
    _start_resource_tracker()
    todo = deque(participants)
    while todo:
        # at most 2 units queued per worker, so a Ctrl-C does not leave thousands of futures to cancel
        suspects = deque(_drain(todo, opts, workers, 2 * workers, on_result, unit))
        while suspects:  # alone, one at a time: a second death names the unit that kills its worker
            for participant in _drain(suspects, opts, 1, 1, on_result, unit):
                on_result(_failed(participant, "its worker process ended abruptly, twice (killed, or out of "
                                               "memory?); run it alone with dataexam report to see more"))


def run_dask(participants: Sequence[Participant], opts: UnitOptions, workers: int, on_result: OnResult,
             scheduler: str | None = None, *, unit: Unit = run_unit) -> None:
    """Run every unit on Dask: the cluster at ``scheduler``, or a new ``LocalCluster`` of ``workers``.

    Workers read the inputs by path, so on a real cluster every worker must see the same paths
    (a shared filesystem) and ``OUTDIR``. ``unit`` as for :func:`run_local`. Raises UsageProblem
    when Dask is not installed.
    """
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise UsageProblem('--engine dask needs Dask: pip install "dataexam[dask]"') from None
    import logging
    import shutil

    # Dask's own INFO logs (worker start/stop, "dashboard at …") are not dataexam's to print
    for name in ("distributed", "dask"):
        logging.getLogger(name).setLevel(logging.ERROR)
    # cleaned up in reverse order of registration: the client, then our own cluster, Dask's
    # configuration as it was, our scratch folder
    with contextlib.ExitStack() as stack:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            # no dashboard (no HTTP server at all); the workers' spill space in a private folder removed at the end,
            # on disk where /tmp is in memory (spilling into memory would defeat Dask's spilling)
            scratch = make_folder("dataexam-dask-")
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
        else:
            # a plugin, not client.run: Dask runs it on every worker of the cluster, also on one its
            # nanny starts again after a worker died (killed for memory)
            from .dask_plugin import OwnWorker

            client.register_plugin(OwnWorker())
        futures = {}
        for participant in participants:
            future = client.submit(unit, participant, opts, pure=False,
                                   key=f"dataexam-unit-{participant.participant_id}")
            futures[future.key] = (future, participant)
        try:
            for future in as_completed([f for f, _ in futures.values()]):
                on_result(_record_of(future, futures[future.key][1]))
        except BaseException:
            client.cancel([f for f, _ in futures.values()])
            raise


def _ignore_interrupts() -> None:
    """On a worker of our own ``LocalCluster``: ignore SIGINT. The terminal's Ctrl-C reaches the whole
    process group, and each worker printed a KeyboardInterrupt traceback; the main process closes the
    cluster instead."""
    with contextlib.suppress(ValueError):  # not the worker's main thread: leave it as it is
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop_keeping_profiles(client: Any) -> None:
    with contextlib.suppress(Exception):  # a scheduler that is gone has no workers to tell
        client.run(keep_language_profiles, False)
