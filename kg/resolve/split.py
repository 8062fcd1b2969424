"""Applying identities to the graph: `Identities` collects the mentions of every article
as the graph is built, then splits each node whose mentions are several real things into
one node per thing, moving each article's links (and provenance) to its node."""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from ..model import Article, Extraction, node_id
from .dates import SEEN_TYPES, iso_day
from .identity import assign
from .mentions import Mention, mentions_of


class Identities:
    """Mentions per (label, name), in the order articles were added."""

    def __init__(self) -> None:
        self.mentions: dict[tuple[str, str], list[Mention]] = defaultdict(list)
        self.seq = 0

    def observe(self, article: Article, extraction: Extraction) -> None:
        for label, name, mention in mentions_of(self.seq, article, extraction):
            self.mentions[(label, name)].append(mention)
        self.seq += 1

    def apply(self, graph: nx.MultiDiGraph) -> dict[str, int]:
        """Split the nodes of `graph` that hold several real things; returns the number
        of nodes added per label."""
        added: dict[str, int] = defaultdict(int)
        for (label, name), mentions in sorted(self.mentions.items()):
            if len(mentions) < 2:
                continue
            result = assign(label, name, mentions)
            homes = {m.article: node for m, (node, _) in zip(mentions, result) if node != name}
            if not homes:
                continue
            reasons = {node: why for node, why in result if node != name}
            added[label] += split_node(graph, label, name, homes, reasons)
        return dict(added)


def split_node(graph: nx.MultiDiGraph, label: str, name: str, homes: dict[str, str],
               reasons: dict[str, str]) -> int:
    """Move the links of node `label:name` stated by the articles in `homes` to the node
    named there (created with the plain name as alias and the reason as
    `disambiguation`). Returns the number of nodes created."""
    nid = node_id(label, name)
    if nid not in graph:
        return 0
    attrs = graph.nodes[nid]
    created = 0
    for new in sorted(set(homes.values())):
        new_id = node_id(label, new)
        if new_id not in graph:
            created += 1
            graph.add_node(new_id, **{**attrs, "name": new, "disambiguation": reasons[new],
                                      "aliases": sorted(set(attrs.get("aliases", [])) | {name})})
    edges = [(u, v, k, d, u == nid) for u, v, k, d in graph.out_edges(nid, keys=True, data=True)]
    edges += [(u, v, k, d, False) for u, v, k, d in graph.in_edges(nid, keys=True, data=True)]
    for u, v, key, data, outgoing in edges:
        parts = _parts(data, homes, name)
        for new, articles in parts.items():
            if new == name:
                continue
            moved = _subset(graph, data, articles)
            src, dst = (node_id(label, new), v) if outgoing else (u, node_id(label, new))
            graph.add_edge(src, dst, key=key, **moved)
        if name in parts:
            kept = _subset(graph, data, parts[name])
            data.clear()
            data.update(kept)
        else:
            graph.remove_edge(u, v, key=key)
    return created


def _parts(data: dict, homes: dict[str, str], name: str) -> dict[str, list[str]]:
    """The link's articles grouped by the node each belongs to."""
    articles = data.get("articles")
    if articles is None:
        articles = [data["article"]] if data.get("article") else []
    parts: dict[str, list[str]] = defaultdict(list)
    for aid in articles:
        parts[homes.get(aid, name)].append(aid)
    return dict(parts) or {name: []}


def _subset(graph: nx.MultiDiGraph, data: dict, articles: list[str]) -> dict:
    """A copy of link `data` restricted to `articles` (provenance and seen dates)."""
    keep = set(articles)
    out = dict(data)
    if "articles" in data:
        out["articles"] = list(articles)
        out["evidence"] = [e for e in data.get("evidence", []) if e.get("article") in keep]
    if data.get("type") in SEEN_TYPES:
        days = sorted(d for d in (iso_day(graph.nodes[a].get("published")) if a in graph else None
                                  for a in articles) if d)
        out.pop("first_seen", None)
        out.pop("last_seen", None)
        if days:
            out["first_seen"], out["last_seen"] = days[0], days[-1]
    return out
