"""Node rows and their `UNWIND … MERGE` queries, one query per label."""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from kg.model import LABELS

from .rows import compact, is_empty, to_property

UNION_LISTS = ("aliases",)  # list properties merged with what the server holds


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
    attrs = graph.nodes[node]
    label = check_label(attrs.get("label", ""))
    key = node if label == "Article" else attrs.get("name")
    if is_empty(key):
        raise ValueError(f"node {node!r} has no {key_of(label)}")
    return label, str(key)


def node_row(graph: nx.MultiDiGraph, node: str) -> tuple[str, dict]:
    """(label, row) with short keys: k the key, p the other properties, al the aliases."""
    label, key = node_key(graph, node)
    props, aliases = {}, None
    for name, value in graph.nodes[node].items():
        if name in ("label", "id", key_of(label)) or is_empty(value):
            continue
        if name in UNION_LISTS:
            aliases = to_property(list(value) if not isinstance(value, str) else [value])
        else:
            props[name] = to_property(value)
    row: dict = {"k": key}
    if props:
        row["p"] = props
    if aliases:
        row["al"] = aliases
    return label, row


def node_groups(graph: nx.MultiDiGraph) -> dict[tuple[str, bool], list[dict]]:
    """Rows grouped by (label, has aliases): each group is loaded by one query."""
    groups: dict[tuple[str, bool], list[dict]] = defaultdict(list)
    for node in graph.nodes:
        label, row = node_row(graph, node)
        groups[(label, "al" in row)].append(row)
    return dict(groups)


def node_query(label: str, with_aliases: bool) -> str:
    """MERGE on the key, set the other properties, mark it as loaded by kg, and union
    the aliases with those already on the server."""
    check_label(label)
    key = key_of(label)
    text = f"""UNWIND $rows AS r
        MERGE (n:{label} {{{key}: r.k}})
        SET n += coalesce(r.p, {{}}), n.kg_loaded = true"""
    if with_aliases:
        text += """, n.aliases = coalesce(n.aliases, [])
            + [x IN coalesce(r.al, []) WHERE NOT x IN coalesce(n.aliases, [])]"""
    return compact(text)
