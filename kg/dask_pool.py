"""Extraction on a Dask cluster (``pip install 'kg[dask]'``): `kg build … --dask
tcp://scheduler:8786`.

The build's process reads the inputs and sends them in partitions of documents to the
cluster, where each worker runs `kg.workers.process` (cleaning, extraction, the resolve
stage's per-article part; the models load once per worker process). The rows come back
in input order and are reduced by node key into the build's store, exactly as a local
build reduces them, so the graph is the same.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .model import RawDocument
from .workers import DocResult, ordered, process

PARTITION_DOCS = 64


class DaskUnavailable(ValueError):
    """--dask without dask.distributed installed, or a scheduler that cannot be reached."""


class DaskPool:
    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise DaskUnavailable("--dask needs dask.distributed: pip install 'kg[dask]'") from None
        try:
            self.client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: "
                                  f"{str(exc) or type(exc).__name__}") from None
        threads = sum(self.client.nthreads().values()) or 1
        self.window = 2 * threads
        self._futures: dict[int, object] = {}
        self._order: list[int] = []

    def _send(self, item: tuple[int, list[RawDocument]]) -> None:
        index, docs = item
        self._futures[index] = self.client.submit(process, docs, pure=False)
        self._order.append(index)

    def _receive(self) -> tuple[int, list[DocResult]]:
        index = self._order.pop(0)  # results are awaited in order; later ones run meanwhile
        return index, self._futures.pop(index).result()

    def run(self, tasks: Iterable[list[RawDocument]]) -> Iterator[tuple[list, list]]:
        return ordered(_partitions(tasks), self.window, self._send, self._receive)

    def close(self) -> None:
        for future in self._futures.values():
            future.cancel()
        self.client.close()


def _partitions(tasks: Iterable[list[RawDocument]]) -> Iterator[list[RawDocument]]:
    """Tasks joined into partitions of about PARTITION_DOCS documents (fewer round
    trips to the scheduler)."""
    part: list[RawDocument] = []
    for task in tasks:
        part += task
        if len(part) >= PARTITION_DOCS:
            yield part
            part = []
    if part:
        yield part
