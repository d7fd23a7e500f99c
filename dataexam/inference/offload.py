"""Inference on two cores: a few aggregators consume the timeline in a worker process.

``report`` reads the timeline once and every aggregator consumes every event it wants, in one
process; after a parallel parse (``--jobs``) that single consuming pass is most of the report's
time. The aggregators do not talk to each other while consuming (they only meet in ``finish``,
through the :class:`~dataexam.inference.engine.Context`), so the costliest of them — ``text``
(languages, mood, style, topics), ``interests``, ``social``, ``trust`` and ``platform``
(:data:`OFFLOADED`) — consume in a worker while the main process feeds the others:

* the main process forwards the timeline's own bytes (the :func:`~dataexam.normalise.portable_encode`
  payloads it decodes anyway) for the kinds they want, in batches through the worker's stdin;
* with each record goes the keyword matches of its text when the main process has them: always for
  kinds both sides categorise, and for kinds only the worker categorises (likes) while the worker
  lags behind (:attr:`Offload.lagging`: the timeline's kind mix changes along the way, so either
  side can be the one waiting);
* the worker decodes them and runs the same :func:`~dataexam.inference.engine.run` over them — its
  same-instant duplicate guard decides the same for these kinds, as equal keys have equal kinds
  and one instant's events are contiguous in any subset of a chronological stream;
* at the end the worker returns the aggregators themselves (their state is bounded), and the main
  process finishes all of them in the usual order. The report is byte-identical to one process's
  (tests compare them).

The worker is started when the first event is forwarded — after the parse, whose worker processes
have ended by then — so the process tree holds at most two interpreters.
"""

from __future__ import annotations

import array
import contextlib
import pickle
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO

try:  # Unix only: without them the worker is never seen lagging
    import fcntl
    import termios
except ImportError:  # pragma: no cover - Windows
    fcntl = termios = None  # type: ignore[assignment]

from ..categories import Matches, prime
from ..errors import WorkerFailed
from ..events import Event
from ..normalise import portable_decode
from ..workers import Worker
from .engine import Aggregator, InputStats, run

#: aggregators consumed in the worker: the costliest consumers (text ~50 % of the consuming pass on
#: the persona, interests ~15 %, social ~5 %), self-contained while consuming, with picklable state; trust and
#: platform too (issue 16: with three, this process still spent ~15 s CPU of a 96 MB X archive's report against the
#: worker's ~7 s, and categorised every DM again for trust; with five, ~10 s against ~6 s)
OFFLOADED = ("text", "interests", "social", "trust", "platform")
_BATCH = 512  # events per pickled batch through the pipe
PIPE_BYTES = 1 << 20  # the pipe's capacity asked for: ~4–8 batches (Linux's pipe-max-size default)
#: the worker lags when this much is waiting in the pipe (a batch of likes or DMs is ~100–250 KB)
LAG_BYTES = 256 * 1024


class Offload:
    """The worker that consumes :data:`OFFLOADED` aggregators' events (see the module text).

    :meth:`send` forwards one event's ``(key, payload)``; :meth:`result` ends the input and returns
    the worker's aggregators by name; :meth:`close` ends the worker if it is still running. A
    worker that dies raises :class:`~dataexam.errors.WorkerFailed` (never a broken pipe, which the
    CLI would take for a reader that left).
    """

    def __init__(self, aggregators: Sequence[Aggregator], folder: str) -> None:
        self.names = frozenset(a.name for a in aggregators if a.name in OFFLOADED)
        wanted = [a.kinds for a in aggregators if a.name in self.names]
        self.every_kind = any(k is None for k in wanted)
        self.kinds = frozenset().union(*(k for k in wanted if k is not None))
        # kinds whose texts both sides categorise: the main process sends its matches along
        here = frozenset().union(*(a.categorised_kinds for a in aggregators if a.name not in self.names))
        there = frozenset().union(*(a.categorised_kinds for a in aggregators if a.name in self.names))
        self.categorised_on_both = here & there
        # kinds only the worker categorises (likes, page likes): the main process works their matches
        # out too, but only while the worker lags behind (see :attr:`lagging`)
        self.categorised_there_only = there - here
        #: the worker has more than :data:`LAG_BYTES` of batches not yet read: this process would soon
        #: wait for it, so it had better take some of the worker's work (updated at every batch)
        self.lagging = False
        #: the events the worker's :func:`~.engine.run` leaves out, as the main process's does (set by
        #: :func:`dataexam.inference.infer`: a default report's purchases in special categories)
        self.withhold: Callable[[Event], bool] | None = None
        self._folder = folder
        self._worker: Worker | None = None
        self._batch: list[tuple[str, bytes, Matches | None]] = []

    def wants(self, kind: str) -> bool:
        return bool(self.names) and (self.every_kind or kind in self.kinds)

    def send(self, key: str, payload: bytes, matches: Matches | None = None) -> None:
        """Forward one event; ``matches``: :func:`~dataexam.categories.keyword_matches` of its text,
        when this process has them (the worker then takes them instead of computing them)."""
        self._batch.append((key, payload, matches))
        if len(self._batch) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self._batch:
            return
        if self._worker is None:
            self._worker = Worker(_consume, (tuple(sorted(self.names)), self.withhold), self._folder, "inference",
                                  feed=True)
            _widen(self._worker.stdin)
        blob = pickle.dumps(self._batch, pickle.HIGHEST_PROTOCOL)
        self._batch.clear()
        try:
            self.lagging = _unread(self._worker.stdin) > LAG_BYTES
            self._worker.stdin.write(len(blob).to_bytes(4, "little") + blob)
        except (BrokenPipeError, ConnectionResetError):
            self.close()
            raise WorkerFailed("the inference worker process ended early (killed, or out of memory?); "
                               "nothing was written — run again, or with --jobs 1") from None

    def result(self) -> dict[str, Aggregator]:
        """The worker's aggregators, by name, once it has consumed everything sent."""
        self._flush()
        if self._worker is None:  # nothing was forwarded: the aggregators consumed nothing
            from . import _aggregators

            return {a.name: a for a in _aggregators() if a.name in self.names}
        worker, self._worker = self._worker, None
        aggregators: list[Aggregator] = worker.result()
        return {a.name: a for a in aggregators}

    def close(self) -> None:
        if self._worker is not None:
            self._worker.kill()
            self._worker = None


def _widen(pipe: IO[bytes]) -> None:
    """Let the pipe to the worker hold :data:`PIPE_BYTES` (Linux; 64 KiB by default, under one batch
    of long texts), so that a lag shows in :func:`_unread` before this process has to wait."""
    with contextlib.suppress(AttributeError, OSError, ValueError):  # not Linux, or over pipe-max-size
        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)  # type: ignore[attr-defined]


def _unread(pipe: IO[bytes]) -> int:
    """Bytes written to ``pipe`` that its reader has not read yet (``FIONREAD``; 0 where unknown)."""
    count = array.array("i", [0])
    try:
        fcntl.ioctl(pipe.fileno(), termios.FIONREAD, count, True)
    except (AttributeError, OSError, ValueError):
        return 0
    return count[0]


def _read_batches(stream: IO[bytes]) -> Iterator[Event]:
    """The events of every batch written by :meth:`Offload.send`, decoded, until the pipe closes."""
    while True:
        head = stream.read(4)
        if len(head) < 4:
            return
        for key, payload, matches in pickle.loads(stream.read(int.from_bytes(head, "little"))):
            event = portable_decode(payload, key)
            if matches is not None:
                prime(event.text, matches)  # type: ignore[arg-type]
            yield event


class _Uncounted(InputStats):
    """The worker's stand-in for the run's counts, which the main process keeps over every event (it
    returns only the aggregators): counting the forwarded events again was ~3 % of the worker's time."""

    def consume(self, event: Event) -> None:
        pass


def _consume(names: tuple[str, ...], withhold: Callable[[Event], bool] | None = None) -> list[Aggregator]:
    """In the worker: the named aggregators, having consumed every event read from stdin (but those ``withhold``
    says true of, as in the main process)."""
    from . import _aggregators

    aggregators = [a for a in _aggregators() if a.name in names]
    run(_read_batches(sys.stdin.buffer), aggregators, _Uncounted(), withhold)
    return aggregators
