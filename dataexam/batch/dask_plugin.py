"""The set-up of each worker of the Dask ``LocalCluster`` that ``dataexam batch --engine dask`` starts.

A module of its own because it imports Dask, which is optional (``dataexam[dask]``): only
:func:`dataexam.batch.engines.run_dask` imports it, and only for a cluster of its own.
"""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from ..inference.language import keep_language_profiles


class OwnWorker(WorkerPlugin):
    """Sets up a worker of the ``LocalCluster`` dataexam starts and ends with the batch: it ignores SIGINT
    (the terminal's Ctrl-C reaches the whole process group; the main process closes the cluster) and
    keeps the language profiles from one unit to the next.

    A plugin rather than ``client.run``: Dask runs :meth:`setup` on each worker when the plugin is
    registered and on every worker that joins later, such as the one a nanny starts again after its
    worker died (killed for memory), which otherwise printed a KeyboardInterrupt traceback at Ctrl-C.
    """

    name = "dataexam-own-worker"

    def setup(self, worker: Any) -> None:
        import logging

        from .engines import _ignore_interrupts

        _ignore_interrupts()
        keep_language_profiles(True)
        # at Ctrl-C the scheduler may close before a worker's next heartbeat, which Dask then logs at ERROR with
        # a traceback (a CI run caught it once in eight); a unit's own failure reaches the batch through its
        # future, so the worker's log is not the person's to read
        logging.getLogger("distributed.worker").setLevel(logging.CRITICAL)
