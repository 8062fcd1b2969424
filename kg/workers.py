"""Per-document work and the processes that do it.

`process` is the whole per-document job: clean, extract, canonicalise, and turn the
result into store rows (kg.store.rows). It runs in the build's own process (`-j 1`),
in worker processes on this machine, or on a Dask cluster (kg.dask_pool).

Worker processes share one copy of the models. The build's process stays small: it
forks a first worker before loading anything heavy; that worker loads the gazetteer
and its automaton, jieba and the taggers once (`warm_up`), freezes them out of the
garbage collector's reach (`gc.freeze`, so collections do not write to their pages),
returns the heap's free pages to the system, and forks the other workers, which share
those pages copy-on-write.
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import queue
import signal
import threading
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .model import Article, RawDocument
from .store.rows import ArticleRows

# text for loading every model on first use (a made-up sentence, not from any corpus)
WARM_TEXT = "广东省某某市发展和改革局局长王小明在会上表示，要加快推进项目建设。"


@dataclass(slots=True)
class Skipped:
    """A document that gave no article."""
    origin: str
    reason: str


@dataclass(slots=True)
class Failed:
    """An article whose extraction failed."""
    id: str
    origin: str
    reason: str


@dataclass(slots=True)
class Known:
    """An article the store being updated holds already: not extracted again."""
    id: str


DocResult = Skipped | list  # a document's articles: ArticleRows, Failed or Known each


class _KnownArticles:
    """The ids of the store being updated, looked up read-only by each worker process in
    the store's committed state (what it held before this run); none without a store."""

    def __init__(self) -> None:
        self.path: str | None = None
        self._db: tuple | None = None  # (pid, path, connection): never across fork

    def __contains__(self, article_id: str) -> bool:
        """Whether the store holds `article_id`; False when it cannot be read at once
        (the build's process is writing to it): the article is extracted, and the store
        skips it all the same."""
        if self.path is None:
            return False
        import sqlite3
        try:
            if self._db is None or self._db[:2] != (os.getpid(), self.path):
                self.close()
                uri = "file:" + urllib.parse.quote(self.path) + "?mode=ro"
                self._db = (os.getpid(), self.path,
                            sqlite3.connect(uri, uri=True, timeout=0.05))
            return self._db[2].execute("SELECT 1 FROM articles WHERE id = ?",
                                       (article_id,)).fetchone() is not None
        except sqlite3.Error:
            return False

    def close(self) -> None:
        """Forget the store (this process's connection to it is closed)."""
        if self._db is not None and self._db[0] == os.getpid():
            self._db[2].close()
        self._db = None


KNOWN = _KnownArticles()


def _article(article: Article, origin: str) -> ArticleRows | Failed | Known:
    """The article's store rows; Failed, named by `origin` (its document's path or
    path:line) and its id, when extraction raises."""
    from .extract import extract
    from .store.rows import article_rows
    from .resolve import canonicalize, mentions_of
    if article.id in KNOWN:
        return Known(article.id)
    try:
        extraction = canonicalize(extract(article))
        return article_rows(article, extraction, mentions_of(0, article, extraction))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        return Failed(article.id, f"{origin} (article {article.id})",
                      f"extraction failed: {type(exc).__name__}: {exc}")


def process(docs: list[RawDocument]) -> list[DocResult]:
    """Each document's articles as store rows, or why it gave none."""
    from .clean import clean_document
    out: list[DocResult] = []
    for doc in docs:
        try:
            articles = clean_document(doc)
        except ValueError as exc:
            out.append(Skipped(doc.origin, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            out.append(Skipped(doc.origin, f"cleaning failed: {type(exc).__name__}: {exc}"))
            continue
        if not articles:
            out.append(Skipped(doc.origin, "no article text after cleaning"))
            continue
        out.append([_article(a, doc.origin) for a in articles])
    return out


# the loaders of the models extraction uses, each loading its model once per process
MODEL_LOADERS = (("kg.gazetteer", "gazetteer"), ("kg.extract.ner", "tagger"),
                 ("kg.text.segmenter", "segmenter"), ("kg.sequence.model", "default_tagger"),
                 ("kg.sequence.features", "segmenter"))


def warm_up() -> None:
    """Load every model cleaning and extraction use (once per process, before the other
    workers fork): run them on a made-up article, then call every model's loader."""
    import importlib
    process([RawDocument("", "", WARM_TEXT)])
    for module, loader in MODEL_LOADERS:  # also those the made-up article did not need
        getattr(importlib.import_module(module), loader, lambda: None)()


def release_free_memory() -> None:
    """Return the heap's free pages to the system (glibc's malloc_trim; best effort):
    loading the models leaves some 30 MB free that every forked worker would carry."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


class InProcess:
    """Work done in the build's own process, in order."""

    def run(self, tasks: Iterable[list[RawDocument]]) -> Iterator[tuple[list, list]]:
        warm_up()
        return ((task, process(task)) for task in tasks)

    def close(self) -> None:
        return None


class WorkerDied(RuntimeError):
    """A worker process ended before its work was done."""


def _die_with_parent() -> None:
    """Ask Linux to end this process when its parent ends (best effort)."""
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _serve(tasks, results) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the build's process handles ^C
    while True:
        item = tasks.get()
        if item is None:
            return
        index, docs = item
        try:
            results.put((index, process(docs)))
        except BaseException as exc:  # noqa: BLE001 - reported, the build then stops
            results.put((index, WorkerDied(f"a worker failed: {type(exc).__name__}: {exc}")))


def _first_worker(jobs: int, tasks, results) -> None:
    """Load the models, then fork the other workers (sharing them) and work too."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()
    gc.collect()
    gc.freeze()
    release_free_memory()
    context = multiprocessing.get_context("fork")
    others = [context.Process(target=_other_worker, args=(tasks, results), daemon=True)
              for _ in range(jobs - 1)]
    for worker in others:
        worker.start()

    def watch(worker) -> None:
        worker.join()
        if worker.exitcode:
            results.put((-1, WorkerDied(f"a worker ended with exit code {worker.exitcode}")))

    for worker in others:
        threading.Thread(target=watch, args=(worker,), daemon=True).start()
    _serve(tasks, results)
    for worker in others:
        worker.join()


def _other_worker(tasks, results) -> None:
    _die_with_parent()
    _serve(tasks, results)


class Forked:
    """`jobs` worker processes sharing one copy of the models (see the module's text);
    at most `window` tasks are out at once, so memory does not grow with the input."""

    def __init__(self, jobs: int) -> None:
        context = multiprocessing.get_context("fork")
        self.jobs = jobs
        self.window = 4 * jobs
        self.tasks, self.results = context.Queue(), context.Queue()
        self.first = context.Process(target=_first_worker, args=(jobs, self.tasks, self.results))
        self.first.start()

    def _get(self) -> tuple[int, object]:
        while True:
            try:
                index, out = self.results.get(timeout=0.5)
            except queue.Empty:
                if self.first.exitcode is not None:
                    raise WorkerDied(f"a worker ended with exit code {self.first.exitcode}") \
                        from None
                continue
            if isinstance(out, WorkerDied):
                raise out
            return index, out

    def run(self, tasks: Iterable[list[RawDocument]]) -> Iterator[tuple[list, list]]:
        """Each task with its results, in the order of the tasks."""
        return ordered(tasks, self.window, self.tasks.put, self._get)

    def close(self) -> None:
        for _ in range(self.jobs):
            self.tasks.put(None)
        self.first.join(timeout=10)
        if self.first.exitcode is None:
            self.first.terminate()
            self.first.join()


def ordered(tasks: Iterable, window: int, send, receive) -> Iterator:
    """Send (index, task) pairs, at most `window` ahead of what was received, and yield
    (task, result) (`receive` returns (index, result) in any order) in task order."""
    pending: dict[int, object] = {}
    out_tasks: dict[int, object] = {}
    source = iter(tasks)
    sent = done = 0
    more = True
    while True:
        while more and sent - done < window:
            task = next(source, None)
            if task is None:
                more = False
                break
            send((sent, task))
            out_tasks[sent] = task
            sent += 1
        if done == sent:
            return
        while done not in pending:
            index, out = receive()
            pending[index] = out
        yield out_tasks.pop(done), pending.pop(done)
        done += 1


def pool(jobs: int, dask: str | None = None, known: str | os.PathLike | None = None):
    """The workers for a build: a Dask cluster, worker processes, or this process.
    `known`: the store being updated, whose articles the local workers do not extract
    again (a Dask worker may not see the file: it extracts them, the store skips them)."""
    KNOWN.path = None if known is None or dask else str(known)
    if dask:
        from .dask_pool import DaskPool
        return DaskPool(dask)
    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        return Forked(jobs)
    if jobs > 1:  # no fork (Windows): a pool whose workers each load the models
        return Spawned(jobs)
    return InProcess()


class Spawned:
    """Worker processes started afresh (where fork is missing), each with its models."""

    def __init__(self, jobs: int) -> None:
        self.pool = multiprocessing.get_context("spawn").Pool(
            jobs, initializer=_spawned_worker, initargs=(KNOWN.path,))

    def run(self, tasks: Iterable[list[RawDocument]]) -> Iterator[tuple[list, list]]:
        sent: list = []

        def keep(source):
            for task in source:
                sent.append(task)
                yield task
        return ((sent.pop(0), out) for out in self.pool.imap(process, keep(tasks)))

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


def _spawned_worker(known: str | None) -> None:
    KNOWN.path = known
    warm_up()


def chunks(docs: Iterable[RawDocument], max_docs: int = 32,
           max_chars: int = 64_000) -> Iterator[list[RawDocument]]:
    """Documents in tasks of at most `max_docs` documents or about `max_chars`."""
    task: list[RawDocument] = []
    size = 0
    for doc in docs:
        task.append(doc)
        size += len(doc.content)
        if len(task) >= max_docs or size >= max_chars:
            yield task
            task, size = [], 0
    if task:
        yield task
