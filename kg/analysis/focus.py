"""Focused parts of the graph for pages: a person's ego network, the people and bodies
of a place (and the places below it), a program and who carries it out, and the most
connected part of a graph too large to draw whole."""
from __future__ import annotations

import heapq
from collections import Counter

import networkx as nx

from .graphs import edges_of_type, entity_graph
from .names import find_node


def around(graph: nx.MultiDiGraph, name: str, hops: int = 2) -> set[str]:
    """The nodes within `hops` relations of `name` (articles and MENTIONS ignored)."""
    centre = find_node(graph, name)
    return set(nx.ego_graph(entity_graph(graph), centre, radius=hops))


def _posts_and_holders(graph: nx.MultiDiGraph, bodies: set[str]) -> set[str]:
    """Posts OF any of `bodies`, the people who HOLD them, and MEMBER_OF members."""
    posts = {src for src, dst, _ in edges_of_type(graph, "OF") if dst in bodies}
    people = {src for src, dst, _ in edges_of_type(graph, "HOLDS") if dst in posts}
    people |= {src for src, dst, _ in edges_of_type(graph, "MEMBER_OF") if dst in bodies}
    return posts | people


def places_below(graph: nx.MultiDiGraph, place: str) -> set[str]:
    """`place` and every place PART_OF it, directly or through other places."""
    children: dict[str, set[str]] = {}
    for src, dst, _ in edges_of_type(graph, "PART_OF"):
        children.setdefault(dst, set()).add(src)
    found, todo = {place}, [place]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def in_place(graph: nx.MultiDiGraph, name: str) -> set[str]:
    """A place and the places below it, the organisations, companies, task forces and
    projects LOCATED_IN them or set up by them, the posts OF all of these and their
    holders, and the programs they implement."""
    place = find_node(graph, name, label="Place")
    places = places_below(graph, place)
    bodies = set(places)
    bodies |= {src for src, dst, _ in edges_of_type(graph, "LOCATED_IN") if dst in places}
    bodies |= {dst for src, dst, _ in edges_of_type(graph, "ESTABLISHED") if src in bodies}
    programs = {dst for src, dst, _ in edges_of_type(graph, "IMPLEMENTS") if src in bodies}
    return bodies | programs | _posts_and_holders(graph, bodies)


def program(graph: nx.MultiDiGraph, name: str) -> set[str]:
    """A program, the places and organisations that IMPLEMENT it, the task forces they
    set up, and the posts of those bodies with their holders."""
    prog = find_node(graph, name, label="Program")
    bodies = {src for src, dst, _ in edges_of_type(graph, "IMPLEMENTS") if dst == prog}
    bodies |= {dst for src, dst, _ in edges_of_type(graph, "ESTABLISHED") if src in bodies}
    return {prog} | bodies | _posts_and_holders(graph, bodies)


def most_connected(graph: nx.MultiDiGraph, limit: int) -> tuple[set[str], Counter]:
    """At most `limit` nodes forming the most connected part, and a count per label of
    the nodes left out.

    The part grows best-first from the entity with the most relations: each step takes,
    among the neighbours of what is kept, the one with the most relations (MENTIONS not
    counted), so what is drawn hangs together; when a component is exhausted the next
    grows from its own hub. Articles come only after every entity (their titles still
    show in the tooltips). Ties go by id, so runs agree."""
    if graph.number_of_nodes() <= limit:
        return set(graph), Counter()
    und = entity_graph(graph)
    rank = {n: (-und.degree(n), str(n)) for n in und}
    kept: list[str] = []
    queued: set[str] = set()
    for seed in sorted(und, key=rank.__getitem__):
        if len(kept) >= limit:
            break
        if seed in queued:
            continue
        queued.add(seed)
        heap = [(rank[seed], seed)]
        while heap and len(kept) < limit:
            _, node = heapq.heappop(heap)
            kept.append(node)
            for neighbour in und[node]:
                if neighbour not in queued:
                    queued.add(neighbour)
                    heapq.heappush(heap, (rank[neighbour], neighbour))
    if len(kept) < limit:
        articles = sorted((n for n in graph if n not in und),
                          key=lambda n: (-graph.degree(n), str(n)))
        kept.extend(articles[:limit - len(kept)])
    chosen = set(kept)
    left = Counter(d.get("label", "?") for n, d in graph.nodes(data=True) if n not in chosen)
    return chosen, left
