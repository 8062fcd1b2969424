"""Sending batches: several sessions take transactions from one queue while the caller
encodes the next batches, phase by phase.

A phase ends, every batch committed, before the next begins: nodes before the
relationships that need them, and each level of split rows after the level before
(batch.py), so that no two parts of one row are written at the same time.
"""
from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable

from neo4j import Driver, ManagedTransaction

Batch = tuple[str, dict]  # query, parameters


def _run_batches(tx: ManagedTransaction, batches: list[Batch]) -> None:
    for query, params in batches:
        tx.run(query, params).consume()


class Sender:
    """`workers` sessions writing `per_tx` batches per managed write transaction (the
    driver retries transient failures); `on_commit(n)` after each transaction of n."""

    def __init__(self, driver: Driver, database: str | None, workers: int, per_tx: int,
                 on_commit: Callable[[int], None]) -> None:
        self.driver = driver
        self.database = database
        self.workers = max(1, workers)
        self.per_tx = max(1, per_tx)
        self.on_commit = on_commit
        self._lock = threading.Lock()

    def phase(self, batches: Iterable[Batch]) -> None:
        """Write every batch of `batches` (consumed as the sessions write) and return
        when all are committed. The first error, the caller's or a session's, stops the
        phase and is raised once the sessions have stopped."""
        chunks: queue.Queue = queue.Queue(maxsize=2 * self.workers)
        stop = threading.Event()
        errors: list[BaseException] = []

        def work() -> None:
            try:
                with self.driver.session(database=self.database) as session:
                    while not stop.is_set():
                        try:
                            chunk = chunks.get(timeout=0.05)
                        except queue.Empty:
                            continue
                        if chunk is None:
                            return
                        session.execute_write(_run_batches, chunk)
                        with self._lock:
                            self.on_commit(len(chunk))
            except BaseException as exc:  # noqa: BLE001 (re-raised by the caller's thread)
                errors.append(exc)
                stop.set()

        def put(item) -> None:
            while not stop.is_set():
                try:
                    chunks.put(item, timeout=0.05)
                    return
                except queue.Full:
                    continue

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
        except BaseException:
            stop.set()
            raise
        finally:
            for thread in threads:
                thread.join()
        if errors:
            raise errors[0]
