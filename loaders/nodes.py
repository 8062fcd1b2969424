"""Node rows, grouped by label and row shape, and their row-at-a-time query.

Rows are positional, empty parts left out: a bare key when the node has nothing else,
``[key, props]``, or ``[key, props, aliases]``. The loader sends them in columns
(`columns.py`); `node_query` (``UNWIND $rows … MERGE``) is the same write for a list of
such rows, one per query in the bench's baseline and the tests' reference load.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from kg.model import LABELS

from .rows import compact, is_empty, to_property

UNION_LISTS = ("aliases",)  # list properties merged with what the server holds
PLAIN, PROPS, ALIASES = "plain", "props", "aliases"


@dataclass
class RowGroup:
    """Rows loaded by one query; `identity`/`parallel` are the positions split_row
    keeps in every part / shares out when a row is too big (see batch.split_row)."""
    kind: str                  # label or relationship type
    is_node: bool
    query: str
    rows: list = field(default_factory=list)
    identity: tuple = ()
    parallel: tuple = ()
    count: int = 0             # graph nodes or relationships the rows carry
    spec: tuple = ()           # (label, shape) or (type, source label, target label)


def key_of(label: str) -> str:
    """The key property of a label: Article.id, every other label's name."""
    return "id" if label == "Article" else "name"


def check_label(label: str) -> str:
    """`label` if it is one of the data model's labels, else ValueError (labels are
    formatted into query text, so nothing else may pass)."""
    if label not in LABELS:
        raise ValueError(f"unknown node label {label!r} (not in the data model)")
    return label


def node_key(graph: nx.MultiDiGraph, node: str) -> tuple[str, str]:
    """(label, key value) of a graph node."""
    return key_of_node(node, graph.nodes[node])


def key_of_node(node: str, attrs: dict) -> tuple[str, str]:
    """(label, key value) of the node `node` with properties `attrs`."""
    label = check_label(attrs.get("label", ""))
    key = node if label == "Article" else attrs.get("name")
    if is_empty(key):
        raise ValueError(f"node {node!r} has no {key_of(label)}")
    return label, str(key)


def node_row(graph: nx.MultiDiGraph, node: str) -> tuple[str, str, object]:
    """(label, shape, row) of one node."""
    return row_of_node(node, graph.nodes[node])


def row_of_node(node: str, attrs: dict) -> tuple[str, str, object]:
    """(label, shape, row) of the node `node` with properties `attrs`."""
    label, key = key_of_node(node, attrs)
    props, aliases = {}, None
    for name, value in attrs.items():
        if name in ("label", "id", key_of(label)) or is_empty(value):
            continue
        if label == "Article" and name == "name" and value == attrs.get("title"):
            continue  # the query sets it from the title (saves a title's bytes per row)
        if name in UNION_LISTS:
            aliases = to_property(list(value) if not isinstance(value, str) else [value])
        else:
            props[name] = to_property(value)
    if aliases:
        return label, ALIASES, [key, props, aliases]
    if props:
        return label, PROPS, [key, props]
    return label, PLAIN, key


def node_query(label: str, shape: str) -> str:
    """MERGE on the key, set the other properties, mark the node as loaded by kg, and
    union the aliases with those already on the server."""
    check_label(label)
    key = key_of(label)
    if shape == PLAIN:
        return f"UNWIND $rows AS k MERGE (n:{label} {{{key}: k}}) SET n.kg_loaded = true"
    text = f"""UNWIND $rows AS r
        MERGE (n:{label} {{{key}: r[0]}})
        SET n += coalesce(r[1], {{}}), n.kg_loaded = true"""
    if label == "Article":
        text += ", n.name = coalesce(r[1].name, r[1].title, n.name, r[0])"
    if shape == ALIASES:
        text += """, n.aliases = coalesce(n.aliases, [])
            + [x IN r[2] WHERE NOT x IN coalesce(n.aliases, [])]"""
    elif shape != PROPS:
        raise ValueError(f"unknown row shape {shape!r}")
    return compact(text)


def node_groups(graph: nx.MultiDiGraph) -> list[RowGroup]:
    """One group per label and row shape, in the data model's label order."""
    return node_groups_of(graph.nodes(data=True))


def node_groups_of(nodes: Iterable[tuple[str, dict]]) -> list[RowGroup]:
    """The groups of (node, properties) pairs, such as a graph file's nodes."""
    groups: dict[tuple[str, str], RowGroup] = {}
    for node, attrs in nodes:
        label, shape, row = row_of_node(node, attrs)
        group = groups.get((label, shape))
        if group is None:
            group = groups[(label, shape)] = RowGroup(
                label, True, node_query(label, shape), identity=(0,),
                parallel=((2,),) if shape == ALIASES else (), spec=(label, shape))
        group.rows.append(row)
        group.count += 1
    order = {PLAIN: 0, PROPS: 1, ALIASES: 2}
    return [groups[k] for k in sorted(groups, key=lambda k: (LABELS.index(k[0]), order[k[1]]))]
