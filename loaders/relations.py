"""Relationship rows and their `UNWIND … MERGE` queries, one query per relationship
type and pair of endpoint labels.

A relationship is merged on (source key, target key, type). Its provenance is kept as
`articles` (article ids) and the evidence flattened into two parallel lists,
`evidence_articles` and `evidence_sentences` (Neo4j cannot store maps); on a re-load
both are unioned with what the server holds, so a second corpus adds its articles.
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from kg.model import REL_TYPES

from .nodes import check_label, key_of, node_key
from .rows import compact, is_empty, to_property

PROVENANCE = ("articles", "evidence")
SKIP = {"type", "key", "source", "target"}


def check_type(rel_type: str) -> str:
    """`rel_type` if it is one of the data model's types, else ValueError."""
    if rel_type not in REL_TYPES:
        raise ValueError(f"unknown relationship type {rel_type!r} (not in the data model)")
    return rel_type


def edge_row(graph: nx.MultiDiGraph, src: str, dst: str, key: str, data: dict
             ) -> tuple[tuple[str, str, str], dict]:
    """((type, source label, target label), row): s/t the endpoint keys, a the articles,
    ea/es the evidence articles and sentences, p the other properties."""
    rel_type = check_type(data.get("type", key))
    slabel, skey = node_key(graph, src)
    tlabel, tkey = node_key(graph, dst)
    row: dict = {"s": skey, "t": tkey}
    props = {}
    for name, value in data.items():
        if name in SKIP or name in PROVENANCE or is_empty(value):
            continue
        if rel_type == "MENTIONS" and name == "article":
            continue  # the start node's id, already the relationship's source
        props[name] = to_property(value)
    if props:
        row["p"] = props
    if rel_type != "MENTIONS":
        articles = [str(a) for a in data.get("articles") or []]
        evidence = [e for e in data.get("evidence") or [] if isinstance(e, dict)]
        if articles:
            row["a"] = articles
        if evidence:
            row["ea"] = [str(e.get("article", "")) for e in evidence]
            row["es"] = [str(e.get("sentence", "")) for e in evidence]
    return (rel_type, slabel, tlabel), row


def edge_groups(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict]]:
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for src, dst, key, data in graph.edges(keys=True, data=True):
        group, row = edge_row(graph, src, dst, key, data)
        groups[group].append(row)
    return dict(groups)


def edge_query(rel_type: str, slabel: str, tlabel: str) -> str:
    """Match both ends by key, MERGE the relationship, set its properties and union its
    provenance (article ids, and evidence pairs not already present)."""
    check_type(rel_type)
    check_label(slabel)
    check_label(tlabel)
    text = f"""UNWIND $rows AS r
        MATCH (s:{slabel} {{{key_of(slabel)}: r.s}})
        MATCH (t:{tlabel} {{{key_of(tlabel)}: r.t}})
        MERGE (s)-[e:{rel_type}]->(t)
        SET e += coalesce(r.p, {{}})"""
    if rel_type != "MENTIONS":
        text += """, e.articles = coalesce(e.articles, [])
            + [x IN coalesce(r.a, []) WHERE NOT x IN coalesce(e.articles, [])]
        WITH e, coalesce(e.evidence_articles, []) AS oa, coalesce(e.evidence_sentences, []) AS os,
             coalesce(r.ea, []) AS na, coalesce(r.es, []) AS ns
        WITH e, oa, os, na, ns, [i IN range(0, size(na) - 1) WHERE NOT any(
             j IN range(0, size(oa) - 1) WHERE oa[j] = na[i] AND os[j] = ns[i])] AS f
        SET e.evidence_articles = oa + [i IN f | na[i]],
            e.evidence_sentences = os + [i IN f | ns[i]]"""
    return compact(text)
