"""The graph store: a SQLite file in the build's output folder that holds every article
and its extraction as rows, and the graph made from them (kg.store.materialise).

A build adds articles in input order; an article already in the store (same id) is
skipped, so adding it again changes nothing. `finish` resolves identities and folds
the new rows into the graph. Nothing of the corpus is held in memory but the rows of
the articles not yet written (`FLUSH_EVERY`) and, while folding, one node or link.
"""
from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from . import identities, materialise
from .db import StoreError, as_os_error, connect
from .rows import SEQ_SHIFT, ArticleRows

STORE_NAME = "kg.sqlite"
FLUSH_EVERY = 500  # articles whose rows are inserted at once


class Store:
    """One store file; use `create` (a new one) or `open` (to update one)."""

    def __init__(self, path: Path, db: sqlite3.Connection, new: bool) -> None:
        self.path, self.db, self.new = path, db, new
        self.first_seq = self.next_seq = 1 + (db.execute(
            "SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0])
        self._pending: list[ArticleRows] = []
        self.added = 0

    @classmethod
    def create(cls, path: str | Path) -> "Store":
        """A new store at `path` (an empty or missing file), written without a journal:
        it is complete only after `close`."""
        path = Path(path)
        try:
            store = cls(path, connect(path, new=True), True)
            store.db.execute("BEGIN")
        except sqlite3.Error as exc:
            raise as_os_error(exc, path) from None
        return store

    @classmethod
    def open(cls, path: str | Path) -> "Store":
        """An existing store, in one transaction until `commit` (an interrupted update
        leaves it as it was)."""
        path = Path(path)
        if not path.is_file():
            raise StoreError(f"{path}: no store to update (build the folder once without --update)")
        try:
            store = cls(path, connect(path, new=False), False)
            store.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise as_os_error(exc, path) from None
        return store

    def _guard(self):
        return _Guard(self.path)

    def seq_of(self, article_id: str) -> int | None:
        """The input position of a stored article, or None."""
        row = self.db.execute("SELECT seq FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def add(self, rows: ArticleRows) -> int | None:
        """Add one article's rows and return None; when its id is already stored, add
        nothing and return the stored article's position."""
        with self._guard():
            seq = self.next_seq
            cur = self.db.execute("INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?)",
                                  (seq, rows.id, rows.published, rows.record))
            if cur.rowcount == 0:
                return self.seq_of(rows.id)
            self.next_seq += 1
            self.added += 1
            self._pending.append(rows)
            if len(self._pending) >= FLUSH_EVERY:
                self._flush()
        return None

    def _flush(self) -> None:
        seqs = range(self.next_seq - len(self._pending), self.next_seq)
        db = self.db
        db.executemany("INSERT INTO nodes VALUES (?, ?, 'Article', ?)",
                       [(r.id, seq << SEQ_SHIFT, r.node) for seq, r in zip(seqs, self._pending)])
        db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
            (seq, o, label, name, props, aliases, count, f"{label}:{name}")
            for seq, r in zip(seqs, self._pending)
            for o, label, name, props, aliases, count in r.entities])
        db.executemany("INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (seq, o, t, sl, sn, dl, dn, sentence, props, f"{sl}:{sn}", f"{dl}:{dn}")
            for seq, r in zip(seqs, self._pending)
            for o, t, sl, sn, dl, dn, sentence, props in r.relations])
        db.executemany("INSERT INTO links VALUES (?, ?, 'MENTIONS', ?, ?)", [
            (r.id, node, seq << SEQ_SHIFT | o, data) for seq, r in zip(seqs, self._pending)
            for node, o, data in r.mention_links])
        db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)", [
            (label, name, seq, o, blob) for seq, r in zip(seqs, self._pending)
            for o, (label, name, blob) in enumerate(r.mentions)])
        self._pending = []

    def finish(self) -> None:
        """Resolve identities and fold the new rows into the graph."""
        with self._guard():
            self._flush()
            if self.new:
                materialise.materialise_all(self.db, identities.resolve(self.db))
                return
            groups = self.db.execute("SELECT DISTINCT label, name FROM mentions WHERE seq >= ?",
                                     (self.first_seq,)).fetchall()
            dirty = identities.resolve(self.db, groups)
            materialise.materialise_since(self.db, self.first_seq, dirty)

    def commit(self) -> None:
        """End the store's transaction; a new store is also flushed to disk."""
        with self._guard():
            self.db.execute("COMMIT")
            if self.new:
                self.db.close()
                fd = os.open(self.path, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)

    def close(self) -> None:
        """Close without committing (what was not committed is rolled back)."""
        try:
            self.db.close()
        except sqlite3.Error:
            pass

    # -- reading the graph ------------------------------------------------------

    def counts(self) -> tuple[Counter, Counter]:
        """Nodes per label and links per relationship type."""
        labels = Counter(dict(self.db.execute("SELECT label, count(*) FROM nodes GROUP BY label")))
        types = Counter(dict(self.db.execute("SELECT type, count(*) FROM links GROUP BY type")))
        return labels, types

    def node_lines(self) -> Iterator[str]:
        """Each node's JSON, in input order."""
        return (row[0] for row in self.db.execute("SELECT data FROM nodes ORDER BY pos, id"))

    def link_lines(self) -> Iterator[str]:
        return (row[0] for row in self.db.execute(
            "SELECT data FROM links ORDER BY pos, src, dst, type"))

    def article_lines(self) -> Iterator[str]:
        """The articles.jsonl lines, in input order."""
        return (row[0] for row in self.db.execute("SELECT record FROM articles ORDER BY seq"))


class _Guard:
    """SQLite errors as OSError (a full disk) or StoreError, naming the store."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> None:
        if exc is not None and isinstance(exc, sqlite3.Error):
            raise as_os_error(exc, self.path) from None
