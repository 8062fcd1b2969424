"""Turning the store's rows into its graph: the ``nodes`` and ``links`` tables.

A full build folds every node's and link's rows from a scan sorted by node or link
key, one group in memory at a time. An update folds only the keys its new articles
touch, going on from their stored result with the new rows (which come later in input
order), and folds again from all their rows the nodes whose identity changed (the
resolve stage split a name differently) with every link touching them. Both end in the
same tables, so an update equals a full rebuild.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from itertools import groupby

from .fold import LinkFold, NodeFold
from .rows import SEQ_SHIFT, dumps, mentions_link

BATCH = 2000
_POS = f"(seq << {SEQ_SHIFT}) | ord"

NODE_ROWS = f"""
SELECT node, label, {_POS} AS pos, props, aliases FROM entities {{e}}
UNION ALL SELECT src, src_label, {_POS}, NULL, NULL FROM relations {{s}}
UNION ALL SELECT dst, dst_label, {_POS}, NULL, NULL FROM relations {{d}}"""
NODE_ORDER = " ORDER BY 1, 3"
LINK_ROWS = f"""
SELECT r.src, r.dst, r.type, (r.seq << {SEQ_SHIFT}) | r.ord, a.id, a.published, r.sentence,
       r.props
FROM relations r JOIN articles a ON a.seq = r.seq {{where}}"""
LINK_ORDER = " ORDER BY r.src, r.dst, r.type, r.seq, r.ord"
# A full build reads every row: a sequential scan of the tables and one sort take a third
# less time than walking a key index in order with a look-up into the table for each row
# (which SQLite chooses for the plain queries, and which suits the few rows of an update)
ALL_NODE_ROWS = f"SELECT * FROM ({NODE_ROWS.format(e='', s='', d='')}){NODE_ORDER}"
ALL_LINK_ROWS = ("WITH copied AS MATERIALIZED (SELECT * FROM relations) "
                 + LINK_ROWS.format(where="").replace("FROM relations r", "FROM copied r")
                 + LINK_ORDER)
MENTION_ROWS = f"""
SELECT a.id, e.node, SUM(e.count), (e.seq << {SEQ_SHIFT}) | MIN(e.ord)
FROM entities e JOIN articles a ON a.seq = e.seq {{where}}
GROUP BY e.seq, e.node"""


def split_nodes(db: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """Nodes the resolve stage split off: node id -> (the plain name, why)."""
    return {node: (name, reason) for name, node, reason in
            db.execute("SELECT DISTINCT name, node, reason FROM identities")}


def _insert(db: sqlite3.Connection, sql: str, rows: Iterable[tuple]) -> None:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            db.executemany(sql, batch)
            batch = []
    if batch:
        db.executemany(sql, batch)


def _fold_nodes(rows: Iterable[tuple], split: dict, stored: dict | None = None
                ) -> Iterator[tuple]:
    """(id, pos, label, JSON) per node from its rows sorted by (node, pos); `stored`
    holds (pos, JSON) results to go on from."""
    for node, group in groupby(rows, key=lambda r: r[0]):
        first = next(group)
        label = first[1]
        pos, data = (stored or {}).get(node, (first[2], None))
        fold = NodeFold(label, node[len(label) + 1:], data)
        for _, _, _, props, aliases in (first, *group):
            fold.add(props, aliases)
        if node in split and data is None:
            fold.split_from(*split[node])
        yield node, min(pos, first[2]), label, dumps(fold.result(node))


def _fold_links(rows: Iterable[tuple], stored: dict | None = None) -> Iterator[tuple]:
    """(src, dst, type, pos, JSON) per link from its rows sorted by key and position."""
    for (src, dst, kind), group in groupby(rows, key=lambda r: r[:3]):
        first = next(group)
        pos, data = (stored or {}).get((src, dst, kind), (first[3], None))
        fold = LinkFold(kind, data)
        for *_, article, published, sentence, props in (first, *group):
            fold.add(article, published, sentence, props)
        yield src, dst, kind, min(pos, first[3]), dumps(fold.result(src, dst))


def _mentions(rows: Iterable[tuple]) -> Iterator[tuple]:
    for article, node, count, pos in rows:
        yield article, node, "MENTIONS", pos, dumps(mentions_link(article, node, count))


def materialise_all(db: sqlite3.Connection, dirty: set[str]) -> None:
    """Every node and extracted link from all rows (a full build: the tables hold the
    Articles and their MENTIONS under the names as extracted; those of the `dirty`
    nodes, which the resolve stage split, are folded again)."""
    _index(db, ROW_INDEXES)
    split = split_nodes(db)
    _insert(db, "INSERT INTO nodes VALUES (?, ?, ?, ?)",
            _fold_nodes(db.execute(ALL_NODE_ROWS), split))
    _insert(db, "INSERT INTO links VALUES (?, ?, ?, ?, ?)",
            _fold_links(db.execute(ALL_LINK_ROWS)))
    _keys_table(db, "dirty", "id", ((n,) for n in dirty))
    _update_mentions(db)
    _index(db, GRAPH_INDEXES)


def _index(db: sqlite3.Connection, statements: str) -> None:
    for statement in statements.strip().splitlines():
        db.execute(statement)


def _keys_table(db: sqlite3.Connection, name: str, columns: str, rows: Iterable[tuple]) -> None:
    db.execute(f"DROP TABLE IF EXISTS temp.{name}")
    db.execute(f"CREATE TEMP TABLE {name} ({columns}, PRIMARY KEY ({columns})) WITHOUT ROWID")
    width = columns.count(",") + 1
    db.executemany(f"INSERT OR IGNORE INTO temp.{name} VALUES ({', '.join('?' * width)})", rows)


def materialise_since(db: sqlite3.Connection, first_seq: int, dirty: set[str]) -> None:
    """Fold the rows of articles from `first_seq` on into the stored graph, and every
    row again of the `dirty` nodes and their links."""
    _index(db, GRAPH_INDEXES)  # those of a store written by an earlier kg
    split = split_nodes(db)
    _keys_table(db, "dirty", "id", ((n,) for n in dirty))
    _update_nodes(db, first_seq, split)
    _update_links(db, first_seq)
    _update_mentions(db)


def _update_nodes(db: sqlite3.Connection, first_seq: int, split: dict) -> None:
    db.execute("DELETE FROM nodes WHERE id IN (SELECT id FROM temp.dirty)")
    new = "WHERE seq >= ? AND {0} NOT IN (SELECT id FROM temp.dirty)"
    again = "WHERE {0} IN (SELECT id FROM temp.dirty)"
    query = NODE_ROWS.format(e=new.format("node"), s=new.format("src"), d=new.format("dst"))
    rows = _new_rows(db, query, (first_seq,) * 3, 3)
    stored = _stored(db, "SELECT id, pos, data FROM nodes WHERE id = ?",
                     {(r[0],) for r in rows})
    query = NODE_ROWS.format(e=again.format("node"), s=again.format("src"),
                             d=again.format("dst")) + NODE_ORDER
    out = list(_fold_nodes(rows, split, stored))
    out += _fold_nodes(db.execute(query), split)
    _insert(db, "INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?)", out)


def _new_rows(db: sqlite3.Connection, query: str, args: tuple, width: int) -> list[tuple]:
    """The rows of the new articles, sorted here by their first `width` columns (key,
    then position): they are few, and an ORDER BY makes SQLite walk a whole key index
    in order instead of reading the new rows by their position."""
    return sorted(db.execute(query, args), key=lambda r: r[:width])


def _stored(db: sqlite3.Connection, query: str, keys: set[tuple]) -> dict:
    out = {}
    for key in keys:
        row = db.execute(query, key).fetchone()
        if row:
            out[key[0] if len(key) == 1 else key] = (row[-2], row[-1])
    return out


def _update_links(db: sqlite3.Connection, first_seq: int) -> None:
    """Links of the new rows (going on from what is stored), and every extracted link
    that touches a dirty node (folded again from all rows)."""
    touching = "(r.src IN (SELECT id FROM temp.dirty) OR r.dst IN (SELECT id FROM temp.dirty))"
    db.execute("DELETE FROM links WHERE type != 'MENTIONS' AND (src IN (SELECT id FROM temp.dirty)"
               " OR dst IN (SELECT id FROM temp.dirty))")
    _keys_table(db, "again", "src, dst, type", db.execute(
        f"SELECT src, dst, type FROM relations r WHERE {touching}").fetchall())
    again = list(db.execute(LINK_ROWS.format(
        where="WHERE (r.src, r.dst, r.type) IN (SELECT src, dst, type FROM temp.again)")
        + LINK_ORDER))
    rows = _new_rows(db, LINK_ROWS.format(
        where="WHERE r.seq >= ? AND (r.src, r.dst, r.type) NOT IN "
              "(SELECT src, dst, type FROM temp.again)"), (first_seq,), 4)
    stored = _stored(db, "SELECT pos, data FROM links WHERE src = ? AND dst = ? AND type = ?",
                     {r[:3] for r in rows})
    out = list(_fold_links(rows, stored)) + list(_fold_links(again))
    _insert(db, "INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?)", out)


def _update_mentions(db: sqlite3.Connection) -> None:
    """MENTIONS of the `dirty` nodes folded again (those of new articles came in with
    them, under the names as extracted)."""
    db.execute("DELETE FROM links WHERE type = 'MENTIONS' AND dst IN (SELECT id FROM temp.dirty)")
    rows = list(db.execute(MENTION_ROWS.format(
        where="WHERE e.node IN (SELECT id FROM temp.dirty)")))
    _insert(db, "INSERT INTO links VALUES (?, ?, ?, ?, ?)", _mentions(rows))


ROW_INDEXES = """
CREATE INDEX IF NOT EXISTS entities_node ON entities (node, seq, ord);
CREATE INDEX IF NOT EXISTS relations_src ON relations (src, seq);
CREATE INDEX IF NOT EXISTS relations_dst ON relations (dst, seq);
CREATE INDEX IF NOT EXISTS relations_key ON relations (src, dst, type, seq, ord);
"""
# graph.json lists nodes and links by position: these two indexes hold the whole rows in
# that order, so the file is written from one sequential read of each (an index of the
# position alone costs one look-up into the table per row, three times the time)
GRAPH_INDEXES = """
CREATE INDEX IF NOT EXISTS nodes_order ON nodes (pos, id, data);
CREATE INDEX IF NOT EXISTS links_order ON links (pos, src, dst, type, data);
CREATE INDEX IF NOT EXISTS links_dst ON links (dst, type);
DROP INDEX IF EXISTS nodes_pos;
DROP INDEX IF EXISTS links_pos;
"""
