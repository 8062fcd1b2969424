"""Undirected views of the graph used by analysis and focused pages."""
from __future__ import annotations

import networkx as nx


def entity_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """A simple undirected graph of the entities and their extracted relations.

    Article nodes and MENTIONS links are left out. Each edge keeps ``types``: the set
    of relationship types between the two nodes, in either direction.
    """
    und = nx.Graph()
    for node, data in graph.nodes(data=True):
        if data.get("label") != "Article":
            und.add_node(node, **data)
    for src, dst, key, data in graph.edges(keys=True, data=True):
        kind = data.get("type", key)
        if kind == "MENTIONS" or src not in und or dst not in und or src == dst:
            continue
        if und.has_edge(src, dst):
            und[src][dst]["types"].add(kind)
        else:
            und.add_edge(src, dst, types={kind})
    return und


def label_of(graph: nx.Graph | nx.MultiDiGraph, node: str) -> str:
    return graph.nodes[node].get("label", "?")


def edges_of_type(graph: nx.MultiDiGraph, kind: str):
    """(source, target, data) of every link of relationship type `kind`."""
    for src, dst, key, data in graph.edges(keys=True, data=True):
        if data.get("type", key) == kind:
            yield src, dst, data
