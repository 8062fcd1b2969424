"""The main job: read inputs, clean them into articles, extract, and build the graph."""
from __future__ import annotations

import errno
import json
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from tqdm import tqdm

from .clean import clean_document
from .extract import extract
from .atomic import Outputs
from .graph import GraphBuilder, graph_text
from .model import Article, Extraction
from .read import read_paths
from .report import RunReport


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    articles: list[Article]
    report: RunReport


def iter_articles(paths: Iterable[str], report: RunReport,
                  exclude: Iterable[str | Path] = ()) -> Iterator[Article]:
    """Every distinct article in `paths` (folders in `exclude` left out); a repeated
    article (same id) is kept once. A document that cannot be cleaned is reported and
    skipped."""
    seen: set[str] = set()
    for doc in read_paths(paths, report, exclude):
        report.read += 1
        try:
            articles = clean_document(doc)
        except ValueError as exc:
            report.skip(doc.origin, str(exc))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            report.skip(doc.origin, f"cleaning failed: {type(exc).__name__}: {exc}")
            continue
        if not articles:
            report.skip(doc.origin, "no article text after cleaning")
            continue
        for article in articles:
            if article.id in seen:
                continue
            seen.add(article.id)
            report.articles += 1
            yield article


def _extract_safely(article: Article) -> tuple[Article, Extraction | None, str]:
    """Extract one article; an error becomes a reason instead of ending the run."""
    try:
        return article, extract(article), ""
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        return article, None, f"extraction failed: {type(exc).__name__}: {exc}"


def _extractions(articles: Iterable[Article], jobs: int) -> Iterator[tuple[Article, Extraction | None, str]]:
    """Articles with their extractions, in input order; `jobs` > 1 uses worker processes."""
    if jobs <= 1:
        yield from map(_extract_safely, articles)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with context.Pool(jobs) as pool:
        yield from pool.imap(_extract_safely, articles, chunksize=4)


def build_graph(paths: Iterable[str], report: RunReport | None = None,
                progress: bool = False, jobs: int = 1,
                exclude: Iterable[str | Path] = ()) -> BuildResult:
    """Read, clean and extract every article under `paths` into one graph.

    `jobs` worker processes extract in parallel; the graph is the same for any `jobs`
    (articles are merged in input order). Folders in `exclude` (the build's output
    folder) are not read.
    """
    report = report or RunReport()
    builder = GraphBuilder()
    articles: list[Article] = []
    stream = _extractions(iter_articles(paths, report, exclude), jobs)
    for article, extraction, error in tqdm(stream, desc="articles", unit=" art",
                                           disable=not progress, leave=False):
        if extraction is None:
            report.skip(article.path or article.id, error)
            continue
        builder.add(article, extraction)
        articles.append(article)
    return BuildResult(builder.graph, articles, report)


def check_output_folder(out_dir: str | Path) -> Path:
    """`out_dir` as a Path; NotADirectoryError if it is a file (check it before a long
    build)."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(out))
    return out


class NoArticles(ValueError):
    """A build that read no article: nothing is written."""


OUTPUT_NAMES = {"graph": "graph.json", "articles": "articles.jsonl", "page": "graph.html"}


def write_outputs(result: BuildResult, out_dir: str | Path, page: bool = True) -> dict[str, Path]:
    """Write graph.json, articles.jsonl and (unless `page` is false) graph.html as one
    set: each is written completely beside its target before any replaces an earlier
    output (kg.atomic). A result without articles raises NoArticles and writes nothing,
    so a failed build never replaces a good graph with an empty one."""
    if not result.articles:
        raise NoArticles("no articles read: " + result.report.summary()
                         + "; earlier outputs left as they were")
    out = check_output_folder(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = {kind: out / name for kind, name in OUTPUT_NAMES.items() if page or kind != "page"}
    with Outputs() as outputs:
        outputs.write_text(files["graph"], graph_text(result.graph))
        with outputs.open(files["articles"]) as fh:
            for article in result.articles:
                fh.write(json.dumps(article.record(), ensure_ascii=False) + "\n")
        if page:
            from .view import page_html
            outputs.write_text(files["page"], page_html(result.graph)[0])
    return files
