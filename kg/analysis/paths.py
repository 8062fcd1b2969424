"""The shortest path between two named entities, over relations only (undirected;
articles and MENTIONS left out), with the direction of each relation."""
from __future__ import annotations

import networkx as nx

from .graphs import entity_graph
from .names import find_node


def shortest_path(graph: nx.MultiDiGraph, a: str, b: str,
                  und: nx.Graph | None = None) -> dict:
    """``nodes`` and ``steps`` ({source, type, target} as stored) from `a` to `b`;
    ``length`` is None when they are not connected."""
    und = entity_graph(graph) if und is None else und
    start, end = find_node(graph, a), find_node(graph, b)
    result = {"from": start, "to": end, "length": None, "nodes": [], "steps": []}
    try:
        path = nx.shortest_path(und, start, end)
    except nx.NetworkXNoPath:
        return result
    result["length"] = len(path) - 1
    result["nodes"] = [{"id": n, "name": graph.nodes[n].get("name", n),
                        "label": graph.nodes[n].get("label")} for n in path]
    for left, right in zip(path, path[1:]):
        forward = graph.get_edge_data(left, right) or {}
        backward = graph.get_edge_data(right, left) or {}
        kinds = sorted(k for k in forward if k != "MENTIONS")
        src, dst = (left, right) if kinds else (right, left)
        kinds = kinds or sorted(k for k in backward if k != "MENTIONS")
        result["steps"].append({"source": src, "type": "/".join(kinds), "target": dst,
                                "forward": src == left})
    return result


def describe(graph: nx.MultiDiGraph, result: dict) -> str:
    """``甲 -HOLDS-> 职务 -OF-> 机构 <-PART_OF- 地方`` for a path found above."""
    if result["length"] is None:
        return f"no path between {result['from']} and {result['to']}"
    text = graph.nodes[result["nodes"][0]["id"]].get("name", "")
    for step, node in zip(result["steps"], result["nodes"][1:]):
        arrow = f" -{step['type']}-> " if step["forward"] else f" <-{step['type']}- "
        text += arrow + str(node["name"])
    return text
