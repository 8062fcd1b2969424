"""People's posts: one person's career with the articles that state it, and the
officials who share a place or a task force."""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from .graphs import edges_of_type
from .names import find_node


def _article(graph: nx.MultiDiGraph, aid: str) -> dict:
    attrs = graph.nodes[aid] if aid in graph else {}
    return {"id": aid, "title": attrs.get("title") or attrs.get("name") or aid,
            "published": attrs.get("published") or "", "source": attrs.get("source") or ""}


def _sources(graph: nx.MultiDiGraph, data: dict) -> tuple[list[dict], list[str]]:
    articles = [_article(graph, a) for a in data.get("articles") or []]
    articles.sort(key=lambda a: (a["published"] or "9999", a["title"]))
    return articles, [e.get("sentence", "") for e in data.get("evidence") or []]


def career(graph: nx.MultiDiGraph, name: str) -> dict:
    """The posts a person HOLDS (current first, then by date of the articles) with the
    bodies they are OF, and the task forces they are MEMBER_OF."""
    person = find_node(graph, name, label="Person")
    posts, memberships = [], []
    for _, target, key, data in graph.out_edges(person, keys=True, data=True):
        kind = data.get("type", key)
        if kind not in ("HOLDS", "MEMBER_OF"):
            continue
        articles, evidence = _sources(graph, data)
        row = {"id": target, "name": graph.nodes[target].get("name", target),
               "articles": articles, "evidence": evidence}
        if kind == "HOLDS":
            row.update(post_facts(graph, target, data))
            posts.append(row)
        else:
            row["role"] = data.get("role", "")
            memberships.append(row)
    posts.sort(key=lambda r: r["name"])
    posts.sort(key=_latest_date, reverse=True)  # later first, undated last
    posts.sort(key=lambda r: r["status"] != "current")  # stable: current first
    mentions = sum(1 for _, _, k, d in graph.in_edges(person, keys=True, data=True)
                   if d.get("type", k) == "MENTIONS")
    attrs = graph.nodes[person]
    return {"id": person, "name": attrs.get("name", person),
            "aliases": attrs.get("aliases", []), "disambiguation": attrs.get("disambiguation", ""),
            "namesakes": namesakes(graph, person), "posts": posts,
            "timeline": sorted(posts, key=_chronological),
            "memberships": memberships, "mentioned_in": mentions}


def post_facts(graph: nx.MultiDiGraph, post: str, holds: dict) -> dict:
    """What a career row says about one HOLDS link: the post's title, the status (former
    once a term is reported ended), the bodies it is OF and their places, and the dates
    (start, end, first_seen, last_seen; '' when unknown)."""
    bodies = [b for _, b, k, d in graph.out_edges(post, keys=True, data=True)
              if d.get("type", k) == "OF"]
    places: list[str] = []
    for body in bodies:
        if graph.nodes[body].get("label") == "Place":
            places.append(body)
        places += [p for _, p, k, d in graph.out_edges(body, keys=True, data=True)
                   if d.get("type", k) == "LOCATED_IN" and graph.nodes[p].get("label") == "Place"]
    name = lambda n: graph.nodes[n].get("name", n)  # noqa: E731
    status = "former" if holds.get("end") else holds.get("status", "")
    return {"title": graph.nodes[post].get("title", ""), "status": status,
            "of": [name(b) for b in bodies], "places": sorted({name(p) for p in places}),
            **{key: holds.get(key) or "" for key in DATE_KEYS}}


DATE_KEYS = ("start", "end", "first_seen", "last_seen")


def _chronological(row: dict) -> tuple:
    """Timeline order: by start (else first seen), then end (else last seen), then name."""
    first = row.get("start") or row.get("first_seen") or "9999"
    last = row.get("end") or row.get("last_seen") or "9999"
    return first, last, row["name"]


def namesakes(graph: nx.MultiDiGraph, person: str) -> list[str]:
    """The other people of the same plain name (split from it by the resolve stage)."""
    attrs = graph.nodes[person]
    plain = attrs.get("name", "") if not attrs.get("disambiguation") else next(
        (a for a in attrs.get("aliases", []) if a and attrs.get("name", "").startswith(a + "（")), "")
    if not plain:
        return []
    out = [d.get("name") for n, d in graph.nodes(data=True)
           if n != person and d.get("label") == "Person"
           and (d.get("name") == plain or (d.get("disambiguation") and plain in d.get("aliases", ())))]
    return sorted(out)


def _latest_date(row: dict) -> str:
    return max((a["published"] for a in row["articles"] if a["published"]), default="")


def shared_places(graph: nx.MultiDiGraph, min_people: int = 2, top: int = 20) -> list[dict]:
    """Places and task forces with at least `min_people` officials: people holding a
    post OF the place (or OF a body LOCATED_IN it) or OF the task force, and members of
    the task force. Largest groups first."""
    located = defaultdict(set)
    for src, dst, _ in edges_of_type(graph, "LOCATED_IN"):
        located[src].add(dst)
    post_of = defaultdict(set)
    for src, dst, _ in edges_of_type(graph, "OF"):
        post_of[src].add(dst)
    groups: dict[str, dict[str, str]] = defaultdict(dict)  # place/task force -> person -> via
    for person, post, _ in edges_of_type(graph, "HOLDS"):
        for body in post_of.get(post, ()):
            for target in {body} | located.get(body, set()):
                if graph.nodes[target].get("label") in ("Place", "TaskForce"):
                    groups[target].setdefault(person, graph.nodes[post].get("name", post))
    for person, force, data in edges_of_type(graph, "MEMBER_OF"):
        groups[force].setdefault(person, data.get("role") or "member")
    rows = [{"id": target, "name": graph.nodes[target].get("name", target),
             "label": graph.nodes[target].get("label"),
             "people": [{"name": graph.nodes[p].get("name", p), "via": via}
                        for p, via in sorted(people.items())]}
            for target, people in groups.items() if len(people) >= min_people]
    rows.sort(key=lambda r: (-len(r["people"]), r["name"]))
    return rows[:top]
