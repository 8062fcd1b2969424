"""The Cypher library (cypher/*.cypher): analysts' queries in the Neo4j Browser style,
a header of comment lines (description, then ``:param name => value;`` lines) and the
query. `run` sends one to a server, in the form that server runs."""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from importlib.resources import files

from neo4j import Driver

from .connection import fetch
from .server import Server, adapt_query

_PARAM = re.compile(r"^:param\s+(\w+)\s*=>\s*(.+?);?\s*$")
NOT_QUERIES = {"schema"}


@dataclass
class LibraryQuery:
    name: str
    description: str
    params: dict = field(default_factory=dict)  # the example values of the header
    text: str = ""


def parse(name: str, source: str) -> LibraryQuery:
    """Split a library file into description, example parameters and query text."""
    description, params, body = [], {}, []
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith("//") and not body:
            comment = stripped[2:].strip()
            m = _PARAM.match(comment)
            if m:
                try:
                    params[m.group(1)] = ast.literal_eval(m.group(2))
                except (ValueError, SyntaxError):
                    raise ValueError(f"{name}: bad :param line {comment!r}") from None
            elif comment:
                description.append(comment)
        elif stripped or body:
            body.append(line)
    text = "\n".join(body).strip().rstrip(";")
    if not text:
        raise ValueError(f"{name}: no query")
    return LibraryQuery(name, " ".join(description), params, text)


def library() -> dict[str, LibraryQuery]:
    """Every query of the library by name (file stem), schema.cypher excluded."""
    out = {}
    for entry in sorted(files("kg.cypher").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher") and entry.name[:-7] not in NOT_QUERIES:
            name = entry.name[:-7]
            out[name] = parse(name, entry.read_text(encoding="utf-8"))
    return out


def run(driver: Driver, server: Server, query: LibraryQuery, params: dict | None = None,
        database: str | None = None) -> list[dict]:
    """Rows of `query` on `server` (header example values for missing parameters)."""
    values = {k: server.prepare(v) for k, v in {**query.params, **(params or {})}.items()}
    return fetch(driver, adapt_query(server, query.text), values, database)
