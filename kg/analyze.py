"""`kg analyze`: the offline analyses of a graph gathered into one report, as JSON-ready
values and as readable terminal tables.

Every analysis treats the graph as undirected and leaves out Article nodes and MENTIONS
links (see `kg.analysis`); the counts in the summary are of the whole graph.
"""
from __future__ import annotations

import unicodedata

import networkx as nx

from .analysis.careers import career, shared_places
from .analysis.centrality import people_centrality
from .analysis.communities import communities
from .analysis.graphs import entity_graph
from .analysis.paths import describe, shortest_path
from .analysis.summary import summary

SOURCES_SHOWN = 3  # articles listed per post in a career's text (the JSON has them all)
NOTE = "undirected; Article nodes and MENTIONS links left out of everything but the counts"


def analyze(graph: nx.MultiDiGraph, people: tuple[str, ...] = (),
            path: tuple[str, str] | None = None, top: int = 10) -> dict:
    """The report: summary, centrality, communities, shared places, and on request
    careers of `people` and the shortest `path` between two names.

    Raises `kg.analysis.names.NameNotFound` for a name not in the graph."""
    und = entity_graph(graph)
    report = {
        "note": NOTE,
        "summary": summary(graph, top, und),
        "centrality": people_centrality(graph, top, und),
        "communities": communities(graph, top, und=und),
        "shared": shared_places(graph, top=top),
    }
    if people:
        report["careers"] = [career(graph, name) for name in people]
    if path:
        found = shortest_path(graph, path[0], path[1], und)
        found["text"] = describe(graph, found)
        report["path"] = found
    return report


def width(text: str) -> int:
    """Columns `text` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(headers: list[str], rows: list[list[object]]) -> str:
    """A plain text table with columns aligned for CJK text."""
    cells = [[str(c) for c in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(width(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c + " " * (w - width(c)) for c, w in zip(row, widths)).rstrip()
             for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_report(report: dict) -> str:
    """The report as terminal text, one titled section after another."""
    parts = [("Summary", _summary_text(report["summary"], report["note"])),
             ("Centrality of people", _centrality_text(report["centrality"])),
             ("Communities (Louvain, seed 42)", _communities_text(report["communities"])),
             ("Officials sharing a place or task force", _shared_text(report["shared"]))]
    parts += [(f"Career of {person['name']}", _career_text(person))
              for person in report.get("careers", [])]
    if "path" in report:
        p = report["path"]
        parts.append(("Shortest path", p["text"] + (f"  ({p['length']} steps)"
                                                    if p["length"] is not None else "")))
    return _printable("\n\n".join(f"== {title} ==\n{body}" for title, body in parts))


def _summary_text(s: dict, note: str) -> str:
    comp = s["components"]
    lines = [f"{s['nodes']} nodes, {s['links']} links, {s['articles']} articles ({note})",
             "nodes: " + ", ".join(f"{k} {v}" for k, v in s["labels"].items()),
             "links: " + ", ".join(f"{k} {v}" for k, v in s["relations"].items()),
             f"connected components: {comp['count']} (largest {comp['largest']}, "
             f"{comp['isolated']} isolated nodes)"]
    for key, title in (("top_people", "most connected people"),
                       ("top_organizations", "most connected organisations and companies")):
        rows = [[r["name"], r["label"], r["degree"]] for r in s[key]]
        lines += ["", f"{title}:", table(["name", "label", "neighbours"], rows) if rows else "(none)"]
    return "\n".join(lines)


def _centrality_text(c: dict) -> str:
    rows = [[r["name"], r["degree"], f"{r['degree_centrality']:.3f}", f"{r['betweenness']:.3f}"]
            for r in c["people"]]
    body = table(["name", "neighbours", "degree c.", "betweenness"], rows) if rows else "(no people)"
    return c["note"] + "\n" + body


def _communities_text(communities: list[dict]) -> str:
    lines = []
    for i, com in enumerate(communities, 1):
        labels = ", ".join(f"{k} {v}" for k, v in com["labels"].items())
        central = "、".join(f"{m['name']}({m['degree']})" for m in com["central"])
        lines.append(f"#{i} {com['size']} nodes [{labels}]: {central}")
    return "\n".join(lines) or "(no links between entities)"


def _shared_text(shared: list[dict]) -> str:
    lines = []
    for row in shared:
        people = "; ".join(f"{p['name']} ({p['via']})" for p in row["people"])
        lines.append(f"{row['name']} [{row['label']}] {len(row['people'])}: {people}")
    return "\n".join(lines) or "(none)"


def _career_text(person: dict) -> str:
    """The dated timeline of a person's posts (oldest first), then task forces."""
    def sources(row: dict) -> str:
        shown = "; ".join(f"{a['title']} ({a['published'] or 'undated'})"
                          for a in row["articles"][:SOURCES_SHOWN])
        more = len(row["articles"]) - SOURCES_SHOWN
        return shown + (f"; … {more} more" if more > 0 else "")
    rows = [[post["name"], post["status"] or "?", "、".join(post["of"]), "、".join(post["places"]),
             post["start"], post["end"], post["first_seen"], post["last_seen"], len(post["articles"])]
            for post in person["timeline"]]
    head = f"mentioned in {person['mentioned_in']} articles"
    if person["aliases"]:
        head += f"; aliases {'、'.join(person['aliases'])}"
    if person.get("disambiguation"):
        head += f"\n{person['disambiguation']}"
    if person.get("namesakes"):
        head += f"\nother people of this name: {'、'.join(person['namesakes'])}"
    body = table(["post", "status", "body", "place", "start", "end", "first_seen", "last_seen",
                  "articles"], rows) if rows else "(no posts)"
    lines = [f"{p['name']} ({p['status'] or '?'}): {sources(p)}" for p in person["timeline"]]
    lines += [f"{m['name']} (task force, {m['role'] or 'member'}): {sources(m)}"
              for m in person["memberships"]]
    return head + "\n" + body + ("\n\nsources:\n" + "\n".join(lines) if lines else "")


def _printable(text: str) -> str:
    """`text` with control characters (terminal escapes from a hostile name) shown as ?."""
    return "".join("?" if unicodedata.category(c) == "Cc" and c != "\n" else c for c in text)
