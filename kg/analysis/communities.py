"""Communities of the entity graph (Louvain, seeded so runs agree) and their most
central members."""
from __future__ import annotations

from collections import Counter

import networkx as nx

from .graphs import entity_graph

SEED = 42


def communities(graph: nx.MultiDiGraph, top: int = 10, members: int = 5,
                und: nx.Graph | None = None) -> list[dict]:
    """The `top` largest communities of two or more nodes, each with its label counts and
    its `members` most connected nodes (people first among equals)."""
    und = entity_graph(graph) if und is None else und
    if und.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(und, seed=SEED)
    groups = sorted((c for c in found if len(c) > 1), key=lambda c: (-len(c), min(c)))
    result = []
    for group in groups[:top]:
        ranked = sorted(group, key=lambda n: (-und.degree(n), und.nodes[n].get("label") != "Person",
                                              str(n)))
        result.append({
            "size": len(group),
            "labels": dict(Counter(und.nodes[n].get("label", "?") for n in group).most_common()),
            "central": [{"id": n, "name": und.nodes[n].get("name", n),
                         "label": und.nodes[n].get("label"), "degree": und.degree(n)}
                        for n in ranked[:members]],
            "members": sorted(group),
        })
    return result
