"""Relationship rows and their `UNWIND … MERGE` queries, one query per relationship
type and pair of endpoint labels.

A relationship is merged on (source key, target key, type). Its provenance is kept as
`articles` (article ids) and the evidence flattened into two parallel lists,
`evidence_articles` and `evidence_sentences` (Neo4j cannot store maps); on a re-load
both are unioned with what the server holds, so a second corpus adds its articles.

Rows are positional: ``[source, target, articles, evidence articles, evidence
sentences, props?]``; MENTIONS rows carry one article and all it mentions of one label:
``[article, [names], [counts]]``. The loader sends them in columns (`columns.py`);
`edge_query` is the same write for a list of rows (the row-at-a-time form).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from kg.model import REL_TYPES

from .nodes import RowGroup, check_label, key_of, node_key
from .rows import compact, is_empty, to_property

PROVENANCE = ("articles", "evidence")
SKIP = {"type", "key", "source", "target"}


def check_type(rel_type: str) -> str:
    """`rel_type` if it is one of the data model's types, else ValueError."""
    if rel_type not in REL_TYPES:
        raise ValueError(f"unknown relationship type {rel_type!r} (not in the data model)")
    return rel_type


def edge_row(rel_type: str, source: tuple[str, str], target: tuple[str, str], data: dict
             ) -> tuple[tuple[str, str, str], list]:
    """((type, source label, target label), row) of one extracted relationship between
    nodes of (label, key) `source` and `target`."""
    (slabel, skey), (tlabel, tkey) = source, target
    props = {name: to_property(value) for name, value in data.items()
             if name not in SKIP and name not in PROVENANCE and not is_empty(value)}
    evidence = [e for e in data.get("evidence") or [] if isinstance(e, dict)]
    row = [skey, tkey, [str(a) for a in data.get("articles") or []],
           [str(e.get("article", "")) for e in evidence],
           [str(e.get("sentence", "")) for e in evidence]]
    if props:
        row.append(props)
    return (rel_type, slabel, tlabel), row


def edge_query(rel_type: str, slabel: str, tlabel: str) -> str:
    """Match both ends by key, MERGE the relationship, set its properties and union its
    provenance (article ids, and evidence pairs not already present)."""
    check_type(rel_type)
    check_label(slabel)
    check_label(tlabel)
    if rel_type == "MENTIONS":
        return compact(f"""UNWIND $rows AS r
            MATCH (s:{slabel} {{{key_of(slabel)}: r[0]}})
            UNWIND range(0, size(r[1]) - 1) AS i
            MATCH (t:{tlabel} {{{key_of(tlabel)}: r[1][i]}})
            MERGE (s)-[e:MENTIONS]->(t)
            SET e.count = r[2][i]""")
    return compact(f"""UNWIND $rows AS r
        MATCH (s:{slabel} {{{key_of(slabel)}: r[0]}})
        MATCH (t:{tlabel} {{{key_of(tlabel)}: r[1]}})
        MERGE (s)-[e:{rel_type}]->(t)
        SET e += coalesce(r[5], {{}}), e.articles = coalesce(e.articles, [])
            + [x IN r[2] WHERE NOT x IN coalesce(e.articles, [])]
        WITH e, r, coalesce(e.evidence_articles, []) AS oa, coalesce(e.evidence_sentences, []) AS os
        WITH e, r, oa, os, [i IN range(0, size(r[3]) - 1) WHERE NOT any(
             j IN range(0, size(oa) - 1) WHERE oa[j] = r[3][i] AND os[j] = r[4][i])] AS f
        SET e.evidence_articles = oa + [i IN f | r[3][i]],
            e.evidence_sentences = os + [i IN f | r[4][i]]""")


def edge_groups(graph: nx.MultiDiGraph) -> list[RowGroup]:
    """One group per type and endpoint labels, in the data model's type order."""
    keys = {node: node_key(graph, node) for node in graph.nodes}
    return edge_groups_of(keys, graph.edges(keys=True, data=True))


def edge_groups_of(keys: dict, edges: Iterable[tuple]) -> list[RowGroup]:
    """The groups of (source, target, key, data) links between nodes whose (label,
    key value) `keys` holds, such as a graph file's links."""
    groups: dict[tuple[str, str, str], RowGroup] = {}
    mentions: dict[tuple[str, str], list] = defaultdict(list)
    for src, dst, key, data in edges:
        rel_type = check_type(data.get("type", key))
        if rel_type == "MENTIONS":
            (slabel, skey), (tlabel, tkey) = keys[src], keys[dst]
            spec = (rel_type, slabel, tlabel)
            if spec not in groups:
                groups[spec] = RowGroup(rel_type, False, edge_query(*spec), identity=(0,),
                                        parallel=((1, 2),), spec=spec)
            mentions[(spec, skey)].append((tkey, data.get("count", 1)))
            groups[spec].count += 1
            continue
        spec, row = edge_row(rel_type, keys[src], keys[dst], data)
        if spec not in groups:
            groups[spec] = RowGroup(rel_type, False, edge_query(*spec), identity=(0, 1),
                                    parallel=((2,), (3, 4)), spec=spec)
        groups[spec].rows.append(row)
        groups[spec].count += 1
    for (spec, skey), targets in mentions.items():
        groups[spec].rows.append([skey, [t for t, _ in targets], [c for _, c in targets]])
    return [groups[k] for k in sorted(groups, key=lambda k: (REL_TYPES.index(k[0]), k[1:]))]
