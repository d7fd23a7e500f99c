"""Units that kill or hold their own worker process, for the local pool's tests (tests/test_batch.py).

They are module-level functions because the pool pickles the unit function by name to its ``spawn``
workers, which import this module (pytest puts ``tests/`` on ``sys.path``, and ``spawn`` hands
``sys.path`` to the workers). ``DATAEXAM_TEST_FAULTS`` names a folder for their marks.
"""

from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path
from typing import Any

from dataexam.batch.participants import Participant
from dataexam.batch.unit import UnitOptions, run_unit

VICTIM = "P2"


def _marks() -> Path:
    return Path(os.environ["DATAEXAM_TEST_FAULTS"])


def dies_once(participant: Participant, opts: UnitOptions) -> dict[str, Any]:
    """P2's first attempt kills its worker (SIGKILL, as the kernel's out-of-memory killer does)."""
    mark = _marks() / f"died-{participant.participant_id}"
    if participant.participant_id == VICTIM and not mark.exists():
        mark.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return run_unit(participant, opts)


def always_dies(participant: Participant, opts: UnitOptions) -> dict[str, Any]:
    """P2 kills its worker on every attempt (each attempt leaves a mark)."""
    if participant.participant_id == VICTIM:
        (_marks() / f"attempt-{os.getpid()}").touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return run_unit(participant, opts)


def holds(participant: Participant, opts: UnitOptions) -> dict[str, Any]:
    """A long unit (P1, P2): its private folder in ``units/``, its worker's pid in a mark, then a long
    sleep; the folder is removed only if the unit ends by an exception (as run_unit's own cleanup
    does). Others run at once, then leave a ``done-`` mark (their worker is idle after it)."""
    if participant.participant_id not in ("P1", "P2"):
        record = run_unit(participant, opts)
        (_marks() / f"done-{participant.participant_id}").touch()
        return record
    tmp = Path(opts.outdir) / "units" / f".tmp-{participant.participant_id}-0faulty0"
    tmp.mkdir(parents=True, exist_ok=True)  # (a second attempt, after its worker was killed)
    try:
        (_marks() / f"pid-{participant.participant_id}").write_text(str(os.getpid()))
        time.sleep(120)
    except BaseException:
        shutil.rmtree(tmp)
        raise
    return run_unit(participant, opts)


def finishes_then_pool_breaks(participant: Participant, opts: UnitOptions) -> dict[str, Any]:
    """P1 finishes its unit (written to disk), then the pool breaks before its result is handed back:
    P2's first attempt waits for P1's unit and then kills its worker; P1 waits for that death."""
    import time

    marks = _marks()
    if participant.participant_id == "P1":
        record = run_unit(participant, opts)
        (marks / "done-P1").touch()
        for _ in range(300):  # the pool then breaks while this future is still pending
            if (marks / f"died-{VICTIM}").exists():
                time.sleep(5)
                break
            time.sleep(0.1)
        return record
    mark = marks / f"died-{participant.participant_id}"
    if participant.participant_id == VICTIM and not mark.exists():
        for _ in range(300):
            if (marks / "done-P1").exists():
                break
            time.sleep(0.1)
        mark.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return run_unit(participant, opts)
