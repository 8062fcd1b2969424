"""`kg export GRAPH FILE --format careers`: every post every person holds, one row each,
as a CSV table for spreadsheets, R and Stata.

Columns: person, post, title, status, body, place, start, end, first_seen, last_seen,
articles (how many articles state it). Dates are ISO (YYYY-MM-DD), empty when unknown;
several bodies or places of one post are joined with ``|``. The file is UTF-8 with a
byte-order mark, which Excel needs to show Chinese and R (readr, or read.csv with
fileEncoding="UTF-8-BOM") and Stata (import delimited, encoding(utf8)) read as well. It
is written to a temporary file first, so a failed export leaves the old one in place.
"""
from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

import networkx as nx

from .analysis.careers import post_facts

COLUMNS = ("person", "post", "title", "status", "body", "place", "start", "end",
           "first_seen", "last_seen", "articles")


def career_rows(graph: nx.MultiDiGraph) -> list[dict]:
    """One row per HOLDS link, ordered by person, then start (else first seen), then post."""
    rows = []
    for person, post, key, data in graph.edges(keys=True, data=True):
        if data.get("type", key) != "HOLDS":
            continue
        facts = post_facts(graph, post, data)
        rows.append({"person": graph.nodes[person].get("name", person),
                     "post": graph.nodes[post].get("name", post),
                     "title": facts["title"], "status": facts["status"],
                     "body": "|".join(facts["of"]), "place": "|".join(facts["places"]),
                     **{k: facts[k] for k in ("start", "end", "first_seen", "last_seen")},
                     "articles": len(data.get("articles") or [])})
    rows.sort(key=lambda r: (r["person"], r["start"] or r["first_seen"] or "9999", r["post"]))
    return rows


def write_careers(graph: nx.MultiDiGraph, out: str | Path) -> Path:
    """Write the careers table to `out` (a file, or `careers.csv` inside a folder)."""
    path = Path(out)
    if path.is_dir():
        path = path / "careers.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(career_rows(graph))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
