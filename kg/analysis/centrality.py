"""Centrality of people: degree and betweenness on the entity graph (undirected,
articles and MENTIONS left out), betweenness sampled over `k` sources when large."""
from __future__ import annotations

import networkx as nx

from .graphs import entity_graph

EXACT_LIMIT = 2000   # above this many nodes betweenness is sampled
SAMPLE_K = 300       # sources sampled at most ...
MIN_K = 20           # ... and at least
BUDGET = 3_000_000   # about (nodes + edges) x sources affordable in a minute
SEED = 42


def sample_size(nodes: int, edges: int) -> int | None:
    """How many sources betweenness samples (None: exact) for a graph of this size."""
    if nodes <= EXACT_LIMIT:
        return None
    return max(MIN_K, min(SAMPLE_K, BUDGET // max(1, nodes + edges)))


def people_centrality(graph: nx.MultiDiGraph, top: int = 10,
                      und: nx.Graph | None = None) -> dict:
    """The `top` people by betweenness (then degree), with how it was computed."""
    und = entity_graph(graph) if und is None else und
    n = und.number_of_nodes()
    k = sample_size(n, und.number_of_edges())
    degree = nx.degree_centrality(und) if n > 1 else {node: 0.0 for node in und}
    between = nx.betweenness_centrality(und, k=k, seed=SEED) if n > 2 else {node: 0.0 for node in und}
    rows = [{"id": node, "name": d.get("name", node), "degree": und.degree(node),
             "degree_centrality": round(degree[node], 4), "betweenness": round(between[node], 4)}
            for node, d in und.nodes(data=True) if d.get("label") == "Person"]
    rows.sort(key=lambda r: (-r["betweenness"], -r["degree"], str(r["name"])))
    return {"people": rows[:top], "nodes": n, "sampled_k": k,
            "note": "entity graph, undirected, without articles/MENTIONS"
                    + (f"; betweenness sampled over {k} sources" if k else "")}
