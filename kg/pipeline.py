"""The main job: read inputs, clean them into articles, extract, and build the graph."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from tqdm import tqdm

from .clean import clean_document
from .extract import extract
from .graph import GraphBuilder, write_graph
from .model import Article
from .read import read_paths
from .report import RunReport


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


def build_graph(paths: Iterable[str], report: RunReport | None = None,
                progress: bool = False) -> BuildResult:
    """Read, clean and extract every article under `paths` into one graph."""
    report = report or RunReport()
    builder = GraphBuilder()
    articles: list[Article] = []
    for article in tqdm(iter_articles(paths, report), desc="articles", unit=" art",
                        disable=not progress, leave=False):
        builder.add(article, extract(article))
        articles.append(article)
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
