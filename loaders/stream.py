"""A graph file loaded without building the graph in memory: kg's own layout (one node
or link per line, kg.graphfile) is read a line at a time straight into the loader's row
groups, checked as kg.graph.read_graph checks a file.

A file in another layout, or one whose nodes must first be made one per key (names
with surrounding whitespace, two nodes of one label and name), is read whole instead.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import chain
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg import graphfile
from kg.graph import GraphFileError, counts, link_problem, node_problem

from .nodes import RowGroup, key_of_node, node_groups, node_groups_of
from .relations import edge_groups, edge_groups_of


@dataclass
class GraphRows:
    """A graph as the loader sends it: node and relationship row groups, and the
    graph's counts per label and per relationship type (checked after the load)."""
    node_groups: list[RowGroup]
    edge_groups: list[RowGroup]
    counts: tuple[Counter, Counter]


def graph_rows(graph: nx.MultiDiGraph) -> GraphRows:
    return GraphRows(node_groups(graph), edge_groups(graph), counts(graph))


class _Whole(Exception):
    """The file needs reading whole (see the module's text)."""


class _Reader:
    def __init__(self, path: str | Path) -> None:
        self.path = path
        self.items = graphfile.items(path)
        self.keys: dict = {}
        self.names: set[tuple[str, str]] = set()
        self.labels: Counter = Counter()
        self.types: Counter = Counter()
        self.first_link: dict | None = None

    def nodes(self) -> Iterator[tuple[str, dict]]:
        for kind, item in self.items:
            if kind == "link":
                self.first_link = item
                return
            problem = node_problem(len(self.keys), item)
            if problem:
                raise GraphFileError(f"{self.path} is not a node-link graph file ({problem})")
            node = item["id"]
            label, key = key_of_node(node, item)
            name = item.get("name")
            if node in self.keys or (label != "Article" and (
                    not isinstance(name, str) or name != name.strip()
                    or (label, name) in self.names)):
                raise _Whole
            self.names.add((label, name))
            self.keys[node] = (label, key)
            self.labels[label] += 1
            yield node, item

    def links(self) -> Iterator[tuple]:
        first = [("link", self.first_link)] if self.first_link is not None else []
        for i, (_, link) in enumerate(chain(first, self.items)):
            problem = link_problem(i, link, self.keys)
            if problem:
                raise GraphFileError(f"{self.path} is not a node-link graph file ({problem})")
            kind = link.get("type", link.get("key"))
            self.types[kind] += 1
            yield link["source"], link["target"], link.get("key"), link


def rows_of_file(path: str | Path) -> GraphRows | None:
    """The row groups of a graph file in kg's layout, read a line at a time; None for a
    file to read whole (kg.graph.read_graph). Raises GraphFileError for a bad file."""
    if not graphfile.is_line_layout(path):
        return None
    reader = _Reader(path)
    try:
        nodes = node_groups_of(reader.nodes())
        links = edge_groups_of(reader.keys, reader.links())
    except _Whole:
        return None
    except (graphfile.LayoutError, UnicodeDecodeError) as exc:
        raise GraphFileError(f"{path} is not a node-link graph file ({exc})") from exc
    return GraphRows(nodes, links, (reader.labels, reader.types))
