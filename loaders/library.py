"""The Cypher library (cypher/*.cypher): analysts' queries in the Neo4j Browser style,
a header of comment lines (description, then ``:param name => value;`` lines) and the
query. `run` sends one to a server, in the form that server runs."""
from __future__ import annotations

import ast
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.resources import files

from neo4j import Driver

from .columns import PARAMS_OVERHEAD, literal_size
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


class ParamError(ValueError):
    """A query parameter that is malformed, unknown to the query, or too large."""


def parse_params(query: LibraryQuery, pairs: Sequence[str]) -> dict:
    """The values of `name=value` pairs for `query`: a value that reads as a JSON
    number, list or boolean is one, anything else is a string. A name the query has no
    :param line for is an error (it would be ignored)."""
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.isidentifier():
            raise ParamError(f"-p {pair[:40]!r} is not name=value")
        if name not in query.params:
            known = ", ".join(sorted(query.params)) or "none"
            raise ParamError(f"query {query.name} has no parameter {name!r} (its parameters: "
                             f"{known})")
        try:
            params[name] = json.loads(value)
            if isinstance(params[name], (dict, str)) or params[name] is None:
                params[name] = value
        except ValueError:
            params[name] = value
    return params


def run(driver: Driver, server: Server, query: LibraryQuery, params: dict | None = None,
        database: str | None = None) -> list[dict]:
    """Rows of `query` on `server` (header example values for missing parameters).
    ParamError, before anything is sent, when the query and its values pass the
    server's message cap (FalkorDB crashes on a RUN over ~4 KB)."""
    values = {k: server.prepare(v) for k, v in {**query.params, **(params or {})}.items()}
    text = adapt_query(server, query.text)
    cap = server.max_message_bytes
    if cap is not None:
        size = len(text.encode("utf-8")) + PARAMS_OVERHEAD + literal_size(values)
        if size > cap:
            raise ParamError(f"query {query.name} with these values takes {size} bytes, over "
                             f"the {cap}-byte message cap of the {server.kind} server "
                             "(shorten the -p values)")
    return fetch(driver, text, values, database)
