"""The resolve stage's identities in the store: per (label, name), the mentions of all
articles in input order go through `assign`; each mention the stage gives a name other
than the plain one is an identity row, and that article's entity and relation rows
point at the node of that name.

Only the groups named by new articles are assigned again in an update; the nodes whose
rows move from one name to another are returned, to be folded again.
"""
from __future__ import annotations

import dataclasses
import pickle
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import groupby

from ..model import node_id
from ..resolve import assign

Group = tuple[str, str]


def _mention(seq: int, blob: bytes):
    return dataclasses.replace(pickle.loads(blob), seq=seq)


def _all_groups(db: sqlite3.Connection) -> Iterator[tuple[Group, list]]:
    rows = db.execute("SELECT label, name, seq, mention FROM mentions "
                      "ORDER BY label, name, seq, ord")
    for group, items in groupby(rows, key=lambda r: (r[0], r[1])):
        yield group, [(seq, blob) for _, _, seq, blob in items]


def _some_groups(db: sqlite3.Connection, groups: Iterable[Group]) -> Iterator[tuple[Group, list]]:
    for label, name in sorted(set(groups)):
        yield (label, name), db.execute(
            "SELECT seq, mention FROM mentions WHERE label = ? AND name = ? ORDER BY seq, ord",
            (label, name)).fetchall()


def _assigned(label: str, name: str, rows: list) -> dict[int, tuple[str, str]]:
    """seq -> (node id, reason) for the mentions given a name other than `name`."""
    if len(rows) < 2:
        return {}
    mentions = [_mention(seq, blob) for seq, blob in rows]
    return {seq: (node_id(label, new), why)
            for (seq, _), (new, why) in zip(rows, assign(label, name, mentions)) if new != name}


def _move(db: sqlite3.Connection, label: str, name: str, seq: int, node: str) -> None:
    db.execute("UPDATE entities SET node = ? WHERE seq = ? AND label = ? AND name = ?",
               (node, seq, label, name))
    db.execute("UPDATE relations SET src = ? WHERE seq = ? AND src_label = ? AND src_name = ?",
               (node, seq, label, name))
    db.execute("UPDATE relations SET dst = ? WHERE seq = ? AND dst_label = ? AND dst_name = ?",
               (node, seq, label, name))


def resolve(db: sqlite3.Connection, groups: Iterable[Group] | None = None) -> set[str]:
    """Assign the mentions of `groups` (None: every group) and move the rows whose node
    changed; returns the ids of the nodes that lost or gained rows."""
    dirty: set[str] = set()
    for (label, name), rows in (_all_groups(db) if groups is None else _some_groups(db, groups)):
        new = _assigned(label, name, rows)
        old = {seq: (node, why) for seq, node, why in db.execute(
            "SELECT seq, node, reason FROM identities WHERE label = ? AND name = ?",
            (label, name))}
        if new == old:
            continue
        plain = node_id(label, name)
        db.execute("DELETE FROM identities WHERE label = ? AND name = ?", (label, name))
        db.executemany("INSERT INTO identities VALUES (?, ?, ?, ?, ?)",
                       [(label, name, seq, node, why) for seq, (node, why) in new.items()])
        for seq in sorted(set(new) | set(old)):
            before, after = old.get(seq, (plain,))[0], new.get(seq, (plain,))[0]
            if before != after:
                _move(db, label, name, seq, after)
            dirty.update((before, after))
    return dirty
