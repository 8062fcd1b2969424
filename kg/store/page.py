"""The part of a stored graph that its page draws, chosen in the store: the same nodes
as kg.analysis.focus.most_connected chooses in memory (best-first from the entity with
the most neighbours, ties by id; articles last), read without loading the graph."""
from __future__ import annotations

import heapq
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator

import networkx as nx

from ..view import DEFAULT_MAX_NODES, MAX_ARTICLES_SHOWN, Selection
from .store import Store

_RELATED = "type != 'MENTIONS' AND src != dst"
DEGREES = f"""
CREATE TEMP TABLE degree AS
SELECT n AS id, count(DISTINCT m) AS d FROM (
  SELECT src AS n, dst AS m FROM links WHERE {_RELATED}
  UNION ALL SELECT dst, src FROM links WHERE {_RELATED}) GROUP BY n"""
NEIGHBOURS = f"""
SELECT m, coalesce(g.d, 0) FROM (
  SELECT dst AS m FROM links WHERE src = ?1 AND {_RELATED}
  UNION SELECT src FROM links WHERE dst = ?1 AND {_RELATED}) LEFT JOIN temp.degree g ON g.id = m"""


def _seeds(db: sqlite3.Connection) -> Iterator[tuple[str, int]]:
    """Every entity by rank: most neighbours first, then by id."""
    return db.execute(
        "SELECT n.id, coalesce(g.d, 0) AS d FROM nodes n LEFT JOIN temp.degree g ON g.id = n.id "
        "WHERE n.label != 'Article' ORDER BY d DESC, n.id")


def most_connected(db: sqlite3.Connection, limit: int) -> list[str]:
    """At most `limit` node ids: the most connected part (see the module's text)."""
    db.execute("DROP TABLE IF EXISTS temp.degree")
    db.execute(DEGREES)
    db.execute("CREATE INDEX temp.degree_id ON degree (id)")
    kept: list[str] = []
    queued: set[str] = set()
    for seed, degree in _seeds(db):
        if len(kept) >= limit:
            break
        if seed in queued:
            continue
        queued.add(seed)
        heap = [((-degree, seed), seed)]
        while heap and len(kept) < limit:
            _, node = heapq.heappop(heap)
            kept.append(node)
            for neighbour, d in db.execute(NEIGHBOURS, (node,)).fetchall():
                if neighbour not in queued:
                    queued.add(neighbour)
                    heapq.heappush(heap, ((-d, neighbour), neighbour))
    if len(kept) < limit:
        kept += [row[0] for row in db.execute(
            "SELECT n.id, (SELECT count(*) FROM links l WHERE l.src = n.id) AS d FROM nodes n "
            "WHERE n.label = 'Article' ORDER BY d DESC, n.id LIMIT ?", (limit - len(kept),))]
    return kept


def _kept_table(db: sqlite3.Connection, kept: Iterable[str]) -> None:
    db.execute("DROP TABLE IF EXISTS temp.kept")
    db.execute("CREATE TEMP TABLE kept (id TEXT PRIMARY KEY) WITHOUT ROWID")
    db.executemany("INSERT INTO temp.kept VALUES (?)", ((k,) for k in kept))


def _shown(db: sqlite3.Connection) -> nx.MultiDiGraph:
    shown = nx.MultiDiGraph()
    # CROSS JOIN fixes the join order: from the kept ids into the tables' keys (left to
    # itself, SQLite walks every node by position, or every link to a kept node)
    for (data,) in db.execute("SELECT n.data FROM temp.kept k CROSS JOIN nodes n ON n.id = k.id "
                              "ORDER BY n.pos, n.id"):
        attrs = json.loads(data)
        shown.add_node(attrs.pop("id"), **attrs)
    for (data,) in db.execute("SELECT l.data FROM temp.kept k CROSS JOIN links l ON l.src = k.id "
                              "CROSS JOIN temp.kept d ON d.id = l.dst "
                              "ORDER BY l.pos, l.src, l.dst, l.type"):
        attrs = json.loads(data)
        shown.add_edge(attrs.pop("source"), attrs.pop("target"), key=attrs.pop("key"), **attrs)
    return shown


def select_stored(store: Store, max_nodes: int = DEFAULT_MAX_NODES) -> Selection:
    """What the page of the whole stored graph draws."""
    db = store.db
    labels, types = store.counts()
    total = sum(labels.values())
    kept = [row[0] for row in db.execute("SELECT id FROM nodes")] if total <= max_nodes \
        else most_connected(db, max(1, max_nodes))
    _kept_table(db, kept)
    shown = _shown(db)
    left = labels - Counter(d.get("label", "?") for _, d in shown.nodes(data=True))
    counts, firsts = {}, {}
    for node in shown:
        counts[node] = db.execute("SELECT count(*) FROM links WHERE dst = ? AND type = "
                                  "'MENTIONS'", (node,)).fetchone()[0]
        firsts[node] = [row[0] for row in db.execute(
            "SELECT src FROM links WHERE dst = ? AND type = 'MENTIONS' ORDER BY src LIMIT ?",
            (node, MAX_ARTICLES_SHOWN))]

    def records(ids: Iterable[str]) -> dict:
        out = {}
        for aid in ids:
            row = db.execute("SELECT data FROM nodes WHERE id = ?", (aid,)).fetchone()
            out[aid] = json.loads(row[0]) if row else {}
        return out

    return Selection(shown, total, sum(types.values()), left, counts, firsts, records)
