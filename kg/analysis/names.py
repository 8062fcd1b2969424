"""Finding a node from a name the user typed: an id, an exact name, an alias, or a
unique part of a name."""
from __future__ import annotations

import networkx as nx


class NameNotFound(LookupError):
    """No node, or more than one, answers to a name; the message lists candidates."""


def find_node(graph: nx.MultiDiGraph, name: str, label: str | None = None,
              entities_only: bool = True) -> str:
    """The id of the node called `name` (prefer `label` when several match).

    Tries, in order: a node id (``Person:张三``), an exact name, an alias, then a name
    containing `name`. Raises `NameNotFound` when nothing or too much matches.
    """
    name = name.strip()
    if name in graph:
        return name

    def usable(data: dict) -> bool:
        if label and data.get("label") != label:
            return False
        return not (entities_only and data.get("label") == "Article")

    tests = (
        lambda d: d.get("name") == name,
        lambda d: name in (d.get("aliases") or ()),
        lambda d: name in str(d.get("name", "")),
    )
    for test in tests:
        hits = sorted(n for n, d in graph.nodes(data=True) if usable(d) and test(d))
        if len(hits) == 1:
            return hits[0]
        if hits:
            people = [n for n in hits if graph.nodes[n].get("label") == "Person"]
            if len(people) == 1 and test is not tests[2]:
                return people[0]
            shown = ", ".join(hits[:8]) + (" …" if len(hits) > 8 else "")
            raise NameNotFound(f"{name!r} is ambiguous: {shown} (pass the node id)")
    raise NameNotFound(f"no {label or 'entity'} named {name!r} in the graph")
