"""Sending batches: several sessions take transactions from one queue while the caller
encodes the next batches, phase by phase.

A phase ends, every batch committed, before the next begins: nodes before the
relationships that need them, and each level of split rows after the level before
(batch.py), so that no two parts of one row are written at the same time.

A server that dies or stops answering must not hang the load. The driver retries a
failed transaction for `max_transaction_retry_time`, but that window is only checked
between attempts, and an attempt has no read timeout of its own (the Neo4j driver reads
with none unless the server sends one): a session waiting for the answer of a server
that hangs (measured on FalkorDB 4.16: its main thread deadlocked on the module lock, or
stuck in its crash handler) waits forever, and the caller with it, blocked on the full
queue. So the caller watches the commits: when none has come for `stall_seconds` while
transactions are out, it stops the phase with `Stalled` and leaves the blocked sessions
behind (daemon threads).
"""
from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable

from neo4j import Driver, ManagedTransaction

Batch = tuple[str, dict]  # query, parameters

_TICK = 0.05  # seconds between looks at the queue, the stop flag and the clock


class Stalled(RuntimeError):
    """No transaction committed for `seconds` while some were being written."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no answer for {seconds:g} s")
        self.seconds = seconds


def _run_batches(tx: ManagedTransaction, batches: list[Batch]) -> None:
    for query, params in batches:
        tx.run(query, params).consume()


class Sender:
    """`workers` sessions writing `per_tx` batches per managed write transaction (the
    driver retries transient failures); `on_commit(n)` after each transaction of n.
    `stall_seconds`: the longest wait for a commit while transactions are out (None:
    no limit)."""

    def __init__(self, driver: Driver, database: str | None, workers: int, per_tx: int,
                 on_commit: Callable[[int], None],
                 stall_seconds: float | None = None) -> None:
        self.driver = driver
        self.database = database
        self.workers = max(1, workers)
        self.per_tx = max(1, per_tx)
        self.on_commit = on_commit
        self.stall_seconds = stall_seconds
        self.sent = 0  # batches handed to the sessions, over every phase
        self._lock = threading.Lock()

    def phase(self, batches: Iterable[Batch]) -> None:
        """Write every batch of `batches` (consumed as the sessions write) and return
        when all are committed. The first error, the caller's or a session's, stops the
        phase and is raised once the sessions have stopped; `Stalled` when no commit
        came for `stall_seconds` while transactions were out (the sessions still
        waiting are left behind)."""
        chunks: queue.Queue = queue.Queue(maxsize=2 * self.workers)
        stop = threading.Event()
        errors: list[BaseException] = []
        state = {"out": 0, "last": time.monotonic()}  # chunks handed out, last progress

        def work() -> None:
            try:
                with self.driver.session(database=self.database) as session:
                    while not stop.is_set():
                        try:
                            chunk = chunks.get(timeout=_TICK)
                        except queue.Empty:
                            continue
                        if chunk is None:
                            return
                        session.execute_write(_run_batches, chunk)
                        with self._lock:
                            state["out"] -= 1
                            state["last"] = time.monotonic()
                            self.on_commit(len(chunk))
            except BaseException as exc:  # noqa: BLE001 (re-raised by the caller's thread)
                errors.append(exc)
                stop.set()

        def check() -> None:
            """Stalled when transactions are out and none committed for too long."""
            if self.stall_seconds is None:
                return
            with self._lock:
                waiting = state["out"] > 0 and \
                    time.monotonic() - state["last"] > self.stall_seconds
            if waiting:
                stop.set()
                raise Stalled(self.stall_seconds)

        def put(item) -> None:
            while not stop.is_set():
                check()
                try:
                    chunks.put(item, timeout=_TICK)
                except queue.Full:
                    continue
                if item is not None:
                    with self._lock:
                        if state["out"] == 0:  # the clock runs from the first one out
                            state["last"] = time.monotonic()
                        state["out"] += 1
                        self.sent += len(item)
                return

        def wait() -> None:
            """Until every session has ended: on a stop, a session blocked on a server
            that does not answer is given a moment, then left behind."""
            grace = None
            while (alive := [t for t in threads if t.is_alive()]):
                if stop.is_set():
                    grace = grace or time.monotonic() + 1.0
                    if time.monotonic() > grace:
                        return
                else:
                    check()
                alive[0].join(_TICK)

        threads = [threading.Thread(target=work, daemon=True) for _ in range(self.workers)]
        for thread in threads:
            thread.start()
        try:
            chunk: list[Batch] = []
            for batch in batches:
                if stop.is_set():
                    break
                chunk.append(batch)
                if len(chunk) == self.per_tx:
                    put(chunk)
                    chunk = []
            if chunk:
                put(chunk)
            for _ in threads:
                put(None)
            wait()
        except BaseException:
            stop.set()
            wait()
            raise
        if errors:
            raise errors[0]
