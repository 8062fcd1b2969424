"""The main job: read inputs, clean them into articles, extract, and build the graph."""
from __future__ import annotations

import json
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from tqdm import tqdm

from .clean import clean_document
from .extract import extract
from .graph import GraphBuilder, write_graph
from .model import Article, Extraction
from .read import read_paths
from .report import RunReport
from .resolve import Identities, canonicalize


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    articles: list[Article]
    report: RunReport


def iter_articles(paths: Iterable[str], report: RunReport) -> Iterator[Article]:
    """Every distinct article in `paths`; a repeated article (same id) is kept once."""
    seen: set[str] = set()
    for doc in read_paths(paths, report):
        report.read += 1
        try:
            articles = clean_document(doc)
        except ValueError as exc:
            report.skip(doc.origin, str(exc))
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
        return article, canonicalize(extract(article)), ""  # resolve: canonical names
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
                progress: bool = False, jobs: int = 1) -> BuildResult:
    """Read, clean and extract every article under `paths` into one graph.

    `jobs` worker processes extract in parallel; the graph is the same for any `jobs`
    (articles are merged in input order).
    """
    report = report or RunReport()
    builder = GraphBuilder()
    identities = Identities()  # resolve: people (and companies …) told apart
    articles: list[Article] = []
    stream = _extractions(iter_articles(paths, report), jobs)
    for article, extraction, error in tqdm(stream, desc="articles", unit=" art",
                                           disable=not progress, leave=False):
        if extraction is None:
            report.skip(article.path or article.id, error)
            continue
        builder.add(article, extraction)
        identities.observe(article, extraction)
        articles.append(article)
    identities.apply(builder.graph)
    return BuildResult(builder.graph, articles, report)


def write_outputs(result: BuildResult, out_dir: str | Path, page: bool = True) -> dict[str, Path]:
    """Write graph.json, articles.jsonl and (unless `page` is false) graph.html."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = {"graph": out / "graph.json", "articles": out / "articles.jsonl"}
    write_graph(result.graph, files["graph"])
    with files["articles"].open("w", encoding="utf-8") as fh:
        for article in result.articles:
            fh.write(json.dumps(article.record(), ensure_ascii=False) + "\n")
    if page:
        from .view import write_page
        files["page"] = out / "graph.html"
        write_page(result.graph, files["page"])
    return files
