"""Summary figures: counts per label and relation, articles, the most connected people
and organisations, and connected components (articles and MENTIONS left out)."""
from __future__ import annotations

import networkx as nx

from ..graph import counts
from .graphs import entity_graph


def most_connected_of(und: nx.Graph, labels: tuple[str, ...], top: int) -> list[dict]:
    """The `top` nodes with these labels having the most neighbours in `und`."""
    rows = [{"id": n, "name": d.get("name", n), "label": d.get("label"), "degree": und.degree(n)}
            for n, d in und.nodes(data=True) if d.get("label") in labels]
    rows.sort(key=lambda r: (-r["degree"], str(r["name"])))
    return rows[:top]


def summary(graph: nx.MultiDiGraph, top: int = 10, und: nx.Graph | None = None) -> dict:
    """Counts and the most connected entities of `graph`."""
    und = entity_graph(graph) if und is None else und
    labels, types = counts(graph)
    components = sorted((len(c) for c in nx.connected_components(und)), reverse=True)
    return {
        "nodes": graph.number_of_nodes(), "links": graph.number_of_edges(),
        "labels": dict(sorted(labels.items())), "relations": dict(sorted(types.items())),
        "articles": labels.get("Article", 0),
        "top_people": most_connected_of(und, ("Person",), top),
        "top_organizations": most_connected_of(und, ("Organization", "Company"), top),
        "components": {"count": len(components), "largest": components[:5],
                       "isolated": sum(1 for size in components if size == 1)},
    }
