"""The main job: read inputs, clean and extract them (kg.workers), gather the rows in
the output folder's store (kg.store) and write the graph, the articles and the page
from it.

The build's process reads the inputs and writes the store; cleaning and extraction run
in workers. Memory stays bounded: documents go out in a bounded window of tasks, rows
go to disk as they arrive, and the graph is folded in the store one node or link at a
time. `--update` adds new articles to the store of an earlier build; the graph is a
function of the stored rows in input order, so it equals a full build of the old and
new inputs together.
"""
from __future__ import annotations

import errno
import json
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import graphfile
from .atomic import Outputs
from .model import Article, RawDocument
from .progress import Progress, input_size
from .read import read_paths
from .report import RunReport
from .store import STORE_NAME, Store, StoreError
from .store.rows import record_line
from .workers import KNOWN, Failed, Known, Skipped, chunks, pool

OUTPUT_NAMES = {"graph": "graph.json", "articles": "articles.jsonl", "page": "graph.html"}


class NoArticles(ValueError):
    """A build that read no article: nothing is written."""


@dataclass
class BuildSummary:
    report: RunReport
    files: dict[str, Path] = field(default_factory=dict)
    counts: tuple[Counter, Counter] = (Counter(), Counter())
    added: int = 0      # articles new to the store
    seconds: dict[str, float] = field(default_factory=dict)  # per stage, for benchmarks


def check_output_folder(out_dir: str | Path) -> Path:
    """`out_dir` as a Path; NotADirectoryError if it is a file (check it before a long
    build)."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(out))
    return out


def _documents(paths: Iterable[str], report: RunReport, exclude) -> Iterator[RawDocument]:
    for doc in read_paths(paths, report, exclude):
        report.read += 1
        yield doc


def ingest(store: Store, paths: Iterable[str], report: RunReport, *, jobs: int = 1,
           dask: str | None = None, exclude: Iterable[str | Path] = (),
           progress: Progress | None = None) -> None:
    """Read, clean and extract every document under `paths` into `store`, in input
    order. A repeated article (same id) is kept once; one already stored from an
    earlier build is counted in `report.known`."""
    failed: set[str] = set()
    workers = pool(jobs, dask, None if store.new else store.path)
    try:
        for task, results in workers.run(chunks(_documents(paths, report, exclude))):
            for doc, result in zip(task, results):
                if isinstance(result, Skipped):
                    report.skip(result.origin, result.reason)
                    continue
                for item in result:
                    _add(store, item, report, failed)
                if progress and progress.enabled:
                    progress.advance(doc.path, len(doc.content.encode("utf-8", "replace")),
                                     len(result))
    finally:
        workers.close()
        KNOWN.path = None
        KNOWN.close()


def _add(store: Store, item, report: RunReport, failed: set[str]) -> None:
    if item.id in failed:
        return
    if isinstance(item, Known):
        report.known += 1
        return
    if isinstance(item, Failed):
        if store.seq_of(item.id) is None:
            failed.add(item.id)
            report.articles += 1
            report.skip(item.origin, item.reason)
        return
    seq = store.add(item)
    if seq is None:
        report.articles += 1
    elif seq < store.first_seq:
        report.known += 1


def build(paths: Iterable[str], out_dir: str | Path, *, jobs: int = 1, update: bool = False,
          dask: str | None = None, page: bool = True, progress: bool = False) -> BuildSummary:
    """Build the graph of `paths` into `out_dir` (its store, graph.json, articles.jsonl
    and, unless `page` is false, graph.html), or with `update` add them to the graph
    already there. Every file is replaced only when all are complete (kg.atomic): a
    failed or interrupted build, or one that reads no article, leaves the earlier ones."""
    paths = list(paths)
    out = check_output_folder(out_dir)
    target = out / STORE_NAME
    if update and not target.exists():
        if (out / OUTPUT_NAMES["graph"]).exists():
            raise StoreError(f"{target}: no store to update (the graph in {out} was built "
                             "by an older kg: build it again without --update)")
        update = False  # nothing there yet: a first build
    report = RunReport()
    bar = Progress(progress, input_size(paths, [out]) if progress else None)
    clock = _Clock()
    with Outputs() as outputs:
        if update:
            store = Store.open(target)
        else:
            out.mkdir(parents=True, exist_ok=True)
            store = Store.create(outputs.stage(target))
        try:
            ingest(store, paths, report, jobs=jobs, dask=dask, exclude=[out], progress=bar)
            if not report.articles and not report.known:
                raise NoArticles("no articles read: " + report.summary()
                                 + "; earlier outputs left as they were")
            clock.lap("read and extract")
            bar.note("folding the graph")
            store.finish()
            clock.lap("fold")
            bar.note("writing the files")
            files = write_files(store, out, outputs, page)
            clock.lap("write")
            summary = BuildSummary(report, {**files, "store": target}, store.counts(),
                                   store.added, clock.laps)
            store.commit()
        finally:
            store.close()
            bar.close()
    clock.lap("commit")
    return summary


class _Clock:
    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round(now - self.last, 2)
        self.last = now


def write_files(store: Store, out: Path, outputs: Outputs, page: bool = True) -> dict[str, Path]:
    """Stage graph.json, articles.jsonl and graph.html from `store` in `outputs`."""
    files = {kind: out / name for kind, name in OUTPUT_NAMES.items() if page or kind != "page"}
    with outputs.open(files["graph"]) as fh:
        graphfile.write_lines(fh, store.node_lines(), store.link_lines())
    with outputs.open(files["articles"]) as fh:
        fh.writelines(line + "\n" for line in store.article_lines())
    if page:
        from .store.page import select_stored
        from .view import selection_html
        outputs.write_text(files["page"], selection_html(select_stored(store))[0])
    return files


# -- in memory: the graph of a few articles, for the library and the tests ----------

@dataclass
class BuildResult:
    graph: object  # networkx.MultiDiGraph
    articles: list[Article]
    report: RunReport


def build_graph(paths: Iterable[str], report: RunReport | None = None,
                progress: bool = False, jobs: int = 1,
                exclude: Iterable[str | Path] = (), dask: str | None = None) -> BuildResult:
    """The graph of every article under `paths`, in memory (through a temporary store:
    the same graph a build writes). `jobs` worker processes extract in parallel; the
    graph is the same for any `jobs`."""
    from .graph import read_graph
    report = report or RunReport()
    with tempfile.TemporaryDirectory(prefix="kg-build-") as tmp:
        store = Store.create(Path(tmp) / STORE_NAME)
        try:
            ingest(store, paths, report, jobs=jobs, dask=dask, exclude=exclude,
                   progress=Progress(progress, None))
            store.finish()
            with open(Path(tmp) / "graph.json", "w", encoding="utf-8") as fh:
                graphfile.write_lines(fh, store.node_lines(), store.link_lines())
            articles = [Article(**{k: v for k, v in json.loads(line).items()
                                   if k != "id"}) for line in store.article_lines()]
        finally:
            store.close()
        graph = read_graph(Path(tmp) / "graph.json")
    return BuildResult(graph, articles, report)


def write_outputs(result: BuildResult, out_dir: str | Path, page: bool = True) -> dict[str, Path]:
    """Write graph.json, articles.jsonl and (unless `page` is false) graph.html of an
    in-memory `result` as one set (kg.atomic). A result without articles raises
    NoArticles and writes nothing."""
    from .graph import link_lines, node_lines
    if not result.articles:
        raise NoArticles("no articles read: " + result.report.summary()
                         + "; earlier outputs left as they were")
    out = check_output_folder(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = {kind: out / name for kind, name in OUTPUT_NAMES.items() if page or kind != "page"}
    with Outputs() as outputs:
        with outputs.open(files["graph"]) as fh:
            graphfile.write_lines(fh, node_lines(result.graph), link_lines(result.graph))
        with outputs.open(files["articles"]) as fh:
            for article in result.articles:
                fh.write(record_line(article) + "\n")
        if page:
            from .view import page_html
            outputs.write_text(files["page"], page_html(result.graph)[0])
    return files
