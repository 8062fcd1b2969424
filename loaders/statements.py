"""Every Cypher text kg ships or sends to Neo4j, with its parameters: what the Cypher
lint (tests/test_cypher_lint.py, Neo4j's own parser) checks.

- the library (cypher/*.cypher): each query with its ``:param`` values as parameters,
  and each ``:param`` line as the Browser console command it is;
- the schema (cypher/schema.cypher), statement by statement;
- every load query the loader builds, for each label (every row shape) and each
  relationship type between every pair of labels the data model allows, in both
  encodings (lists for Neo4j, packed columns for FalkorDB) and in the row-at-a-time
  form, each with the parameters of a real batch;
- the loader's other statements: the server probe, the counts, `--replace`'s deletes.

Statements only FalkorDB receives after it failed the probe (``dbms.procedures()``,
``db.indexes()``, plain ``CREATE INDEX``, the library with ``shortestPath`` rewritten)
are not Neo4j's and are left out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources import files

import networkx as nx

from kg.model import LABELS

from .library import library
from .load import LoadOptions, plan
from .nodes import node_groups, node_query
from .relations import edge_groups, edge_query
from .schema import schema_statements
from .server import FALKORDB, NEO4J, Server

# The data model's relationships: type -> (source labels, target labels)
ENDPOINTS = {
    "HOLDS": (("Person",), ("Post",)),
    "OF": (("Post",), ("Organization", "Company", "Place", "TaskForce")),
    "MEMBER_OF": (("Person",), ("TaskForce",)),
    "PART_OF": (("Place",), ("Place",)),
    "LOCATED_IN": (("Organization", "Company", "TaskForce", "Project"), ("Place",)),
    "ESTABLISHED": (("Place", "Organization"), ("TaskForce",)),
    "IMPLEMENTS": (("Place", "Organization"), ("Program",)),
    "MENTIONS": (("Article",), tuple(label for label in LABELS if label != "Article")),
}
# property keys the data model (and the loader's marker) puts on nodes and relationships
PROPERTY_KEYS = ("id", "name", "title", "source", "published", "path", "url", "authors",
                 "script", "aliases", "level", "adcode", "kind", "kg_loaded", "status", "role",
                 "count", "articles", "evidence_articles", "evidence_sentences", "disambiguation",
                 "start", "end", "first_seen", "last_seen")


@dataclass
class Statement:
    name: str                   # where it comes from, for messages
    text: str
    params: dict | None = field(default_factory=dict)  # None: not checked
    console: bool = False       # a Browser console command (:param)


def covering_graph() -> nx.MultiDiGraph:
    """A graph with every label in every row shape (a bare key, properties, aliases)
    and every relationship type between every pair of labels the data model allows,
    each with its properties: the loader builds every query it can from it."""
    g = nx.MultiDiGraph()
    props = {"Article": {"title": "标题", "published": "2025-01-01", "authors": ["作者"]},
             "Post": {"title": "局长"}, "Place": {"level": "city", "adcode": "440600"},
             "Organization": {"kind": "party"}}
    for label in LABELS:
        for shape in ("plain", "props", "aliases"):
            node = f"{label}:{shape}"
            attrs = {"label": label, "name": node}
            if shape != "plain":
                attrs.update(props.get(label, {"kind": "x"}))
            if shape == "aliases" and label != "Article":
                attrs["aliases"] = ["别名"]
            g.add_node(node, **attrs)
    for rel_type, (sources, targets) in ENDPOINTS.items():
        for source in sources:
            for target in targets:
                data = {"type": rel_type}
                if rel_type == "MENTIONS":
                    data.update(count=2, article=f"{source}:props")
                else:
                    data.update(articles=["Article:props"], status="current", role="成员",
                                evidence=[{"article": "Article:props", "sentence": "句子。"}])
                g.add_edge(f"{source}:props", f"{target}:plain", key=rel_type, **data)
    return g


def _library() -> list[Statement]:
    out = []
    for name, query in sorted(library().items()):
        where = f"cypher/{name}.cypher"
        out.append(Statement(where, query.text, dict(query.params)))
        source = files("kg.cypher").joinpath(f"{name}.cypher").read_text(encoding="utf-8")
        for line in source.splitlines():
            if line.lstrip("/ ").startswith(":param"):
                out.append(Statement(f"{where} {line.lstrip('/ ')[:24]}", line.lstrip("/ "),
                                     None, console=True))
    return out


def _load_queries() -> list[Statement]:
    graph = covering_graph()
    out = []
    for server in (Server(NEO4J), Server(FALKORDB)):
        form = "lists" if server.is_neo4j else "packed"
        for job in plan(graph, server, LoadOptions()):
            spec = job.spec[:1] if job.is_node else job.spec  # node shapes are merged
            out.append(Statement(f"load {' '.join(spec)} ({form})", job.query, job.batches[0]))
    for group in node_groups(graph):
        out.append(Statement(f"row at a time {group.kind} {group.spec[1]}",
                             node_query(*group.spec), {"rows": group.rows}))
    for group in edge_groups(graph):
        out.append(Statement(f"row at a time {' '.join(group.spec)}",
                             edge_query(*group.spec), {"rows": group.rows}))
    return out


def _loader_statements() -> list[Statement]:
    from .load import count_queries, delete_queries
    from .server import PROBE
    out = [Statement("server probe", PROBE)]
    out += [Statement(f"count {kind}", text) for kind, text in count_queries()]
    out += [Statement(f"replace {label}", text) for label, text in delete_queries()]
    return out


def neo4j_statements() -> list[Statement]:
    """Every statement above, in a stable order."""
    schema = [Statement(f"cypher/schema.cypher #{i + 1}", text)
              for i, text in enumerate(schema_statements())]
    return _library() + schema + _load_queries() + _loader_statements()
