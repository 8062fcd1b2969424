"""The graph: merging per-article extractions into one NetworkX graph, and its file.

In memory the graph is a ``networkx.MultiDiGraph`` whose edges are keyed by their
relationship type, so a pair of nodes holds at most one edge of each type. On disk it is
node-link JSON (``networkx.node_link_data(G, edges="links")``), as the data model says:
every node has ``id``, ``label``, ``name``; every link ``source``, ``target``, ``type``.
Extracted links carry their provenance as ``articles`` (ids) and ``evidence``
(``[{"article": id, "sentence": ...}]``), one entry per source.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import networkx as nx

from .model import Article, Extraction, node_id
from .resolve.dates import DATED, merge_props, see  # resolve stage: dated links

MAX_EVIDENCE = 20  # evidence sentences kept per relation; `articles` keeps every source


class GraphBuilder:
    """Accumulates articles and their extractions into one corpus-wide graph."""

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self.graph = graph if graph is not None else nx.MultiDiGraph()

    def add(self, article: Article, extraction: Extraction) -> None:
        g = self.graph
        aid = article.id
        g.add_node(aid, label="Article", name=article.title or aid, title=article.title,
                   source=article.source, published=article.published, path=article.path,
                   url=article.url, authors=list(article.authors), script=article.script)
        for ent in extraction.entities:
            nid = node_id(ent.label, ent.name)
            if nid not in g:
                g.add_node(nid, label=ent.label, name=ent.name)
            attrs = g.nodes[nid]
            for key, value in ent.props.items():
                if value not in (None, "") and attrs.get(key) in (None, ""):
                    attrs[key] = value
            aliases = set(attrs.get("aliases", [])) | {a for a in ent.aliases if a != ent.name}
            if aliases:
                attrs["aliases"] = sorted(aliases)
            mention = g.get_edge_data(aid, nid, key="MENTIONS")
            if mention:
                mention["count"] += ent.count
            else:
                g.add_edge(aid, nid, key="MENTIONS", type="MENTIONS", count=ent.count, article=aid)
        for rel in extraction.relations:
            src, dst = rel.source.node_id, rel.target.node_id
            for ref, nid in ((rel.source, src), (rel.target, dst)):
                if nid not in g:  # a relation may name an entity the entity list lacks
                    g.add_node(nid, label=ref.label, name=ref.name)
            data = g.get_edge_data(src, dst, key=rel.type)
            if data is None:
                g.add_edge(src, dst, key=rel.type, type=rel.type, articles=[], evidence=[])
                data = g.get_edge_data(src, dst, key=rel.type)
            merge_props(data, rel.props)  # resolve: start = earliest, end = latest
            see(data, rel.type, article.published)  # resolve: first_seen / last_seen
            if aid not in data["articles"]:
                data["articles"].append(aid)
            if rel.sentence and len(data["evidence"]) < MAX_EVIDENCE and not any(
                    e["article"] == aid and e["sentence"] == rel.sentence for e in data["evidence"]):
                data["evidence"].append({"article": aid, "sentence": rel.sentence})


def merge_into(target: nx.MultiDiGraph, other: nx.MultiDiGraph) -> None:
    """Add `other` to `target`: shared nodes keep their properties and union their
    aliases; shared relations union their articles and evidence. Graphs built from
    separate shards of a corpus merge into the graph of the whole corpus."""
    for nid, attrs in other.nodes(data=True):
        if nid not in target:
            target.add_node(nid, **attrs)
            continue
        mine = target.nodes[nid]
        for key, value in attrs.items():
            if key == "aliases":
                mine["aliases"] = sorted(set(mine.get("aliases", [])) | set(value))
            elif mine.get(key) in (None, "", []):
                mine[key] = value
    for src, dst, key, attrs in other.edges(keys=True, data=True):
        data = target.get_edge_data(src, dst, key=key)
        if data is None:
            target.add_edge(src, dst, key=key, **attrs)
            continue
        if key == "MENTIONS":
            data["count"] = max(data.get("count", 0), attrs.get("count", 0))
            continue
        merge_props(data, {k: attrs[k] for k in DATED if k in attrs})  # resolve: widest span
        for aid in attrs.get("articles", []):
            if aid not in data.setdefault("articles", []):
                data["articles"].append(aid)
        evidence = data.setdefault("evidence", [])
        for ev in attrs.get("evidence", []):
            if ev not in evidence and len(evidence) < MAX_EVIDENCE:
                evidence.append(ev)


def to_node_link(graph: nx.MultiDiGraph) -> dict:
    return nx.node_link_data(graph, edges="links")


def write_graph(graph: nx.MultiDiGraph, path: str | Path) -> None:
    Path(path).write_text(json.dumps(to_node_link(graph), ensure_ascii=False, indent=1),
                          encoding="utf-8")


class GraphFileError(ValueError):
    """A file that cannot be read as a node-link graph; the message names it and why."""


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a node-link JSON graph written by `write_graph` (or by any tool using
    ``links`` or ``edges`` as the link key). Raises GraphFileError for a bad file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        key = "links" if "links" in data else "edges"
        data.setdefault("multigraph", True)
        data.setdefault("directed", True)
        graph = nx.node_link_graph(data, edges=key)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError,
            nx.NetworkXError) as exc:
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise GraphFileError(f"{path} is not a node-link graph file ({reason})") from exc
    if not isinstance(graph, nx.MultiDiGraph):
        graph = nx.MultiDiGraph(graph)
    return graph


def counts(graph: nx.MultiDiGraph) -> tuple[Counter, Counter]:
    """Node counts per label and edge counts per relationship type."""
    labels = Counter(d.get("label", "?") for _, d in graph.nodes(data=True))
    types = Counter(d.get("type", k) for _, _, k, d in graph.edges(keys=True, data=True))
    return labels, types
