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
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from . import graphfile
from .atomic import atomic_open
from .model import Article, Extraction, node_id
from .resolve.dates import DATED, merge_props, see  # resolve stage: dated links

MAX_EVIDENCE = 20  # evidence sentences kept per relation; `articles` keeps every source


class GraphBuilder:
    """Accumulates articles and their extractions into one corpus-wide graph."""

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self.graph = graph if graph is not None else nx.MultiDiGraph()

    def _entity(self, label: str, name: str) -> str:
        """The node of (label, name), added when new; names lose surrounding
        whitespace (they are keys: " 张三" and "张三" are one person)."""
        name = name.strip()
        nid = node_id(label, name)
        if nid not in self.graph:
            self.graph.add_node(nid, label=label, name=name)
        return nid

    def add(self, article: Article, extraction: Extraction) -> None:
        g = self.graph
        aid = article.id
        g.add_node(aid, label="Article", name=article.title or aid, title=article.title,
                   source=article.source, published=article.published, path=article.path,
                   url=article.url, authors=list(article.authors), script=article.script)
        for ent in extraction.entities:
            if not ent.name.strip():
                continue
            nid = self._entity(ent.label, ent.name)
            attrs = g.nodes[nid]
            for key, value in ent.props.items():
                if value not in (None, "") and attrs.get(key) in (None, ""):
                    attrs[key] = value
            aliases = set(attrs.get("aliases", [])) | {
                a.strip() for a in ent.aliases if a.strip() and a.strip() != attrs["name"]}
            if aliases:
                attrs["aliases"] = sorted(aliases)
            mention = g.get_edge_data(aid, nid, key="MENTIONS")
            if mention:
                mention["count"] += ent.count
            else:
                g.add_edge(aid, nid, key="MENTIONS", type="MENTIONS", count=ent.count, article=aid)
        for rel in extraction.relations:
            if not rel.source.name.strip() or not rel.target.name.strip():
                continue
            # a relation may name an entity the entity list lacks
            src = self._entity(rel.source.label, rel.source.name)
            dst = self._entity(rel.target.label, rel.target.name)
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


def _merge_node(target: nx.MultiDiGraph, nid, attrs: dict) -> None:
    """Add a node, or merge it into the node of that id: properties it lacks, aliases
    unioned."""
    if nid not in target:
        target.add_node(nid, **attrs)
        return
    mine = target.nodes[nid]
    for key, value in attrs.items():
        if key == "aliases":
            mine["aliases"] = sorted(set(mine.get("aliases", [])) | set(value))
        elif mine.get(key) in (None, "", []):
            mine[key] = value


def _merge_edge(target: nx.MultiDiGraph, src, dst, key, attrs: dict) -> None:
    """Add a relation, or merge it into the one of that type between the same nodes:
    articles and evidence unioned (MENTIONS: the larger count)."""
    data = target.get_edge_data(src, dst, key=key)
    if data is None:  # lists copied: later merges must not change `attrs`' graph
        target.add_edge(src, dst, key=key,
                        **{k: list(v) if isinstance(v, list) else v for k, v in attrs.items()})
        return
    if key == "MENTIONS":
        data["count"] = max(data.get("count", 0), attrs.get("count", 0))
        return
    merge_props(data, {k: attrs[k] for k in DATED if k in attrs})  # resolve: widest span
    for aid in attrs.get("articles", []):
        if aid not in data.setdefault("articles", []):
            data["articles"].append(aid)
    evidence = data.setdefault("evidence", [])
    for ev in attrs.get("evidence", []):
        if ev not in evidence and len(evidence) < MAX_EVIDENCE:
            evidence.append(ev)


def merge_into(target: nx.MultiDiGraph, other: nx.MultiDiGraph) -> None:
    """Add `other` to `target`: shared nodes keep their properties and union their
    aliases; shared relations union their articles and evidence. Graphs built from
    separate shards of a corpus merge into the graph of the whole corpus."""
    for nid, attrs in other.nodes(data=True):
        _merge_node(target, nid, attrs)
    for src, dst, key, attrs in other.edges(keys=True, data=True):
        _merge_edge(target, src, dst, key, attrs)


def one_node_per_key(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """`graph` with names stripped of surrounding whitespace and the nodes that share
    a label and name (the key a database merges on) made one, their relations merged.
    Returns `graph` itself when there is nothing to change."""
    first: dict[tuple, object] = {}
    mapping: dict = {}
    for nid, attrs in graph.nodes(data=True):
        label, name = attrs.get("label"), attrs.get("name")
        if label == "Article" or not isinstance(name, str):
            continue
        key = (label, name.strip())
        if key in first or name != key[1]:
            mapping[nid] = first.setdefault(key, nid)
        else:
            first[key] = nid
    if not mapping:
        return graph
    tidy = nx.MultiDiGraph(**graph.graph)
    for nid, attrs in graph.nodes(data=True):
        attrs = dict(attrs)
        if isinstance(attrs.get("name"), str) and attrs.get("label") != "Article":
            attrs["name"] = attrs["name"].strip()
        _merge_node(tidy, mapping.get(nid, nid), attrs)
    for src, dst, key, attrs in graph.edges(keys=True, data=True):
        _merge_edge(tidy, mapping.get(src, src), mapping.get(dst, dst), key, dict(attrs))
    return tidy


def to_node_link(graph: nx.MultiDiGraph) -> dict:
    return nx.node_link_data(graph, edges="links")


def node_lines(graph: nx.MultiDiGraph) -> Iterator[str]:
    return (graphfile.dumps({**attrs, "id": node}) for node, attrs in graph.nodes(data=True))


def link_lines(graph: nx.MultiDiGraph) -> Iterator[str]:
    return (graphfile.dumps({**attrs, "source": src, "target": dst, "key": key})
            for src, dst, key, attrs in graph.edges(keys=True, data=True))


def write_graph(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write graph.json atomically: an interrupted write leaves the old file."""
    with atomic_open(path) as fh:
        graphfile.write_lines(fh, node_lines(graph), link_lines(graph))


class GraphFileError(ValueError):
    """A file that cannot be read as a node-link graph; the message names it and why."""


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a node-link JSON graph written by `write_graph` (or by any tool using
    ``links`` or ``edges`` as the link key), its data-model fields checked and one
    node kept per label and name. kg's own layout is read a line at a time. Raises
    GraphFileError for a bad file."""
    try:
        if graphfile.is_line_layout(path):
            return one_node_per_key(_graph_of_items(graphfile.items(path)))
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except RecursionError:
        raise GraphFileError(f"{path} is not a node-link graph file (nested too deeply)") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise GraphFileError(f"{path} is not a node-link graph file ({_reason(exc)})") from exc
    problem = check_node_link(data)
    if problem:
        raise GraphFileError(f"{path} is not a node-link graph file ({problem})")
    key = "links" if "links" in data else "edges"
    data.setdefault("multigraph", True)
    data.setdefault("directed", True)
    try:
        graph = nx.node_link_graph(data, edges=key)
    except (ValueError, KeyError, TypeError, AttributeError, nx.NetworkXError) as exc:
        raise GraphFileError(f"{path} is not a node-link graph file ({_reason(exc)})") from exc
    if not isinstance(graph, nx.MultiDiGraph):
        graph = nx.MultiDiGraph(graph)
    return one_node_per_key(graph)


def _graph_of_items(items) -> nx.MultiDiGraph:
    """The graph of a stream of checked node-link items (ValueError naming a problem)."""
    graph = nx.MultiDiGraph()
    for kind, item in items:
        problem = node_problem(graph.number_of_nodes(), item) if kind == "node" else \
            link_problem(graph.number_of_edges(), item, graph)
        if problem:
            raise ValueError(problem)
        if kind == "node":
            graph.add_node(item.pop("id"), **item)
        else:
            src, dst = item.pop("source"), item.pop("target")
            graph.add_edge(src, dst, key=item.pop("key", None), **item)
    return graph


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


def _is_strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


# data-model fields and the types a value must have (None is always allowed)
_NODE_FIELDS = {"label": (str,), "name": (str,), "aliases": _is_strings,
                "authors": _is_strings}
_LINK_FIELDS = {"type": (str,), "articles": _is_strings, "count": (int,),
                "evidence": lambda v: isinstance(v, list) and all(
                    isinstance(e, dict) and all(isinstance(x, str) for x in e.values())
                    for e in v)}


def _field_problem(item: dict, fields: dict) -> str | None:
    for name, kind in fields.items():
        value = item.get(name)
        if value is None:
            continue
        ok = isinstance(value, kind) and not isinstance(value, bool) \
            if isinstance(kind, tuple) else kind(value)
        if not ok:
            return f"{name} is {type(value).__name__} {json.dumps(value, ensure_ascii=False)[:40]}"
    return None


def node_problem(i: int, node) -> str | None:
    """What is wrong with the `i`-th node of a node-link file, or None."""
    if not isinstance(node, dict) or not isinstance(node.get("id"), (str, int)) \
            or isinstance(node.get("id"), bool):
        return f"node {i} has no id"
    problem = _field_problem(node, _NODE_FIELDS)
    return f"node {node['id']!r}: {problem}" if problem else None


def link_problem(i: int, link, ids) -> str | None:
    """What is wrong with the `i`-th link, given the node `ids` (a set or a graph)."""
    if not isinstance(link, dict):
        return f"link {i} is not an object"
    for end in ("source", "target"):
        if not isinstance(link.get(end), (str, int)) or link[end] not in ids:
            return f"link {i}: {end} {link.get(end)!r} is not a node"
    problem = _field_problem(link, _LINK_FIELDS)
    return f"link {i}: {problem}" if problem else None


def check_node_link(data) -> str | None:
    """What is wrong with parsed node-link JSON for kg (shape and the types of the
    data model's fields), or None."""
    if not isinstance(data, dict):
        return f"a JSON {type(data).__name__}, not an object"
    nodes, links = data.get("nodes"), data.get("links", data.get("edges", []))
    if not isinstance(nodes, list) or not isinstance(links, list):
        return "'nodes' and 'links' must be lists"
    ids = set()
    for i, node in enumerate(nodes):
        problem = node_problem(i, node)
        if problem:
            return problem
        ids.add(node["id"])
    for i, link in enumerate(links):
        problem = link_problem(i, link, ids)
        if problem:
            return problem
    return None


def counts(graph: nx.MultiDiGraph) -> tuple[Counter, Counter]:
    """Node counts per label and edge counts per relationship type."""
    labels = Counter(d.get("label", "?") for _, d in graph.nodes(data=True))
    types = Counter(d.get("type", k) for _, _, k, d in graph.edges(keys=True, data=True))
    return labels, types
