"""The store's SQLite file: its tables, how it is opened, and its errors.

- ``articles``: one row per article in input order (`seq`), its id (unique), publication
  date, articles.jsonl line;
- ``entities`` and ``relations``: each article's extraction as rows (kg.store.rows),
  with the node each row belongs to after the resolve stage (`node`, `src`, `dst`);
- ``mentions`` and ``identities``: what each article says about a name that several
  real things may share, and the names the resolve stage gave the ones told apart;
- ``nodes`` and ``links``: the graph, each node and link as its final JSON, at the
  position of its first row (graph.json lists them in that order).
"""
from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

FORMAT = "kg-store 1"

TABLES = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, published TEXT,
                       record TEXT NOT NULL);
CREATE TABLE entities (seq INTEGER NOT NULL, ord INTEGER NOT NULL, label TEXT NOT NULL,
                       name TEXT NOT NULL, props TEXT, aliases TEXT, count INTEGER NOT NULL,
                       node TEXT NOT NULL, PRIMARY KEY (seq, ord)) WITHOUT ROWID;
CREATE TABLE relations (seq INTEGER NOT NULL, ord INTEGER NOT NULL, type TEXT NOT NULL,
                        src_label TEXT NOT NULL, src_name TEXT NOT NULL,
                        dst_label TEXT NOT NULL, dst_name TEXT NOT NULL, sentence TEXT,
                        props TEXT, src TEXT NOT NULL, dst TEXT NOT NULL,
                        PRIMARY KEY (seq, ord)) WITHOUT ROWID;
CREATE TABLE mentions (label TEXT NOT NULL, name TEXT NOT NULL, seq INTEGER NOT NULL,
                       ord INTEGER NOT NULL, mention BLOB NOT NULL,
                       PRIMARY KEY (label, name, seq, ord)) WITHOUT ROWID;
CREATE TABLE identities (label TEXT NOT NULL, name TEXT NOT NULL, seq INTEGER NOT NULL,
                         node TEXT NOT NULL, reason TEXT NOT NULL,
                         PRIMARY KEY (label, name, seq)) WITHOUT ROWID;
CREATE TABLE nodes (id TEXT PRIMARY KEY, pos INTEGER NOT NULL, label TEXT NOT NULL,
                    data TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE links (src TEXT NOT NULL, dst TEXT NOT NULL, type TEXT NOT NULL,
                    pos INTEGER NOT NULL, data TEXT NOT NULL,
                    PRIMARY KEY (src, dst, type)) WITHOUT ROWID;
"""


class StoreError(ValueError):
    """A store that cannot be used (missing, of another format); the message says why."""


def as_os_error(exc: sqlite3.Error, path: Path) -> Exception:
    """A full disk or an unwritable file as an OSError naming the file; other SQLite
    errors as StoreError."""
    text = str(exc)
    if "full" in text:
        return OSError(errno.ENOSPC, f"{text} (writing the store)", str(path))
    if "readonly" in text or "unable to open" in text or "disk I/O" in text:
        return OSError(errno.EIO, text, str(path))
    return StoreError(f"{path}: {text}")


def connect(path: Path, new: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit). A new store is
    written without a journal (it is a temporary file until the build completes); an
    existing one keeps a rollback journal, so an interrupted update leaves it whole."""
    db = sqlite3.connect(path, isolation_level=None, timeout=30)
    db.execute("PRAGMA cache_size = -65536")  # 64 MB of pages, the bound on its memory
    db.execute("PRAGMA temp_store = FILE")
    if new:
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.executescript(TABLES)
        db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
    else:
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = FULL")
        check_format(db, path)
    return db


def check_format(db: sqlite3.Connection, path: Path) -> None:
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a kg store ({exc})") from None
    if not row or row[0] != FORMAT:
        raise StoreError(f"{path} is a store of another kg version ({row[0] if row else '?'}); "
                         "build again without --update")
