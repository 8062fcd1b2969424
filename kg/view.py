"""The graph as an interactive, offline HTML page drawn with vis-network (vis.js).

The page is filled in bulk from a template (``kg/data/graph_page.html``) with the
vis-network build that the pyvis package ships inlined (read from the installed pyvis),
so nothing is fetched when the page is opened. Node positions are computed here with
NetworkX and vis.js physics stays off, so a page of a thousand nodes draws in seconds.
Every text value travels as JSON inside a ``<script type="application/json">`` block
with ``<``, ``>`` and ``&`` escaped, and the page's script writes it with
``textContent`` only: a name or sentence cannot inject markup.
"""
from __future__ import annotations

import importlib.util
import html
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import networkx as nx

from .analysis.focus import most_connected
from .atomic import write_text
from .layout import spring_positions

DEFAULT_MAX_NODES = 1500
FONT_STACK = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif'

# label -> (colour, vis.js shape, legend symbol)
NODE_STYLE = {
    "Person": ("#e15759", "dot", "●"),
    "Post": ("#f28e2b", "diamond", "◆"),
    "Organization": ("#4e79a7", "square", "■"),
    "Company": ("#59a14f", "triangle", "▲"),
    "Place": ("#76b7b2", "hexagon", "⬢"),
    "TaskForce": ("#edc948", "star", "★"),
    "Program": ("#b07aa1", "triangleDown", "▼"),
    "Project": ("#9c755f", "diamond", "◆"),
    "Article": ("#bab0ac", "dot", "●"),
}
EDGE_COLOURS = {
    "HOLDS": "#e15759", "OF": "#f28e2b", "MEMBER_OF": "#edc948", "PART_OF": "#76b7b2",
    "LOCATED_IN": "#4e79a7", "ESTABLISHED": "#b07aa1", "IMPLEMENTS": "#59a14f",
    "MENTIONS": "#d5d5d5",
}
NODE_PROPS = ("title", "level", "adcode", "kind", "aliases", "source", "published",
              "path", "url", "authors")
EDGE_PROPS = ("status", "role", "count")
MAX_EVIDENCE_SHOWN = 5
MAX_ARTICLES_SHOWN = 5
WIDE = 1.4  # horizontal stretch of the layout


@dataclass
class Selection:
    """What a page draws and what it says of the rest: the `shown` part of the graph
    with its properties, the whole graph's totals, the labels of the nodes left out,
    and for each shown node the articles that mention it (their count, and the first
    few ids). `records` gives the titles of cited articles."""
    shown: nx.MultiDiGraph
    total_nodes: int
    total_edges: int
    left: Counter
    mention_counts: dict
    mentioned_in: dict
    records: Callable[[Iterable[str]], dict]


def select(graph: nx.MultiDiGraph, nodes: set[str] | None = None,
           max_nodes: int = DEFAULT_MAX_NODES) -> Selection:
    """The part of `graph` (or of its `nodes`) a page draws: the `max_nodes` most
    connected nodes (kg.analysis.focus.most_connected)."""
    part = graph if nodes is None else graph.subgraph(nodes)
    kept, left = most_connected(part, max(1, max_nodes))
    shown = part.subgraph(kept)
    counts: Counter = Counter()
    firsts: dict[str, list[str]] = {}
    for node in shown:
        sources = sorted(src for src, _, key, d in graph.in_edges(node, keys=True, data=True)
                         if d.get("type", key) == "MENTIONS")
        counts[node], firsts[node] = len(sources), sources[:MAX_ARTICLES_SHOWN]

    def records(ids: Iterable[str]) -> dict:
        return {a: graph.nodes[a] if a in graph else {} for a in ids}

    return Selection(shown, part.number_of_nodes(), part.number_of_edges(), left, counts,
                     firsts, records)


def write_page(graph: nx.MultiDiGraph, path: str | Path, *, nodes: set[str] | None = None,
               title: str = "kg graph", note: str = "", max_nodes: int = DEFAULT_MAX_NODES,
               size_by: str = "degree") -> dict:
    """Write the page for `graph` (or for the `nodes` of it) to `path`, atomically.

    Above `max_nodes` nodes only the most connected are drawn and the page says what
    it left out. `size_by` is ``degree`` or ``articles`` (how many articles mention a
    node). Returns the figures of what was drawn (``shown``, ``total``, ``left_out``).
    """
    text, stats = page_html(graph, nodes=nodes, title=title, note=note,
                            max_nodes=max_nodes, size_by=size_by)
    write_text(path, text)
    return stats


def page_html(graph: nx.MultiDiGraph, *, nodes: set[str] | None = None,
              title: str = "kg graph", note: str = "", max_nodes: int = DEFAULT_MAX_NODES,
              size_by: str = "degree") -> tuple[str, dict]:
    """The page's HTML and the figures of what it draws (see `write_page`)."""
    return selection_html(select(graph, nodes, max_nodes), title=title, note=note,
                          size_by=size_by)


def selection_html(selection: Selection, *, title: str = "kg graph", note: str = "",
                   size_by: str = "degree") -> tuple[str, dict]:
    """The page of a `Selection` (of a graph in memory, or of a store) and its figures."""
    data = page_data(selection, title=title, note=note, size_by=size_by)
    return render(data), {"shown": len(data["nodes"]), "total": data["total_nodes"],
                          "edges": len(data["edges"]), "left_out": data["left_out"]}


def page_data(selection: Selection | nx.MultiDiGraph, *, nodes: set[str] | None = None,
              title: str = "kg graph", note: str = "", max_nodes: int = DEFAULT_MAX_NODES,
              size_by: str = "degree") -> dict:
    """Everything the page's script needs, as plain JSON-ready values (of a graph, with
    `nodes` and `max_nodes` choosing what is drawn, or of a `Selection`)."""
    if size_by not in ("degree", "articles"):
        raise ValueError(f"size_by must be 'degree' or 'articles', not {size_by!r}")
    if isinstance(selection, nx.Graph):
        selection = select(selection, nodes, max_nodes)
    shown = selection.shown
    cited: set[str] = set()  # articles whose titles the tooltips need
    node_rows = _node_rows(selection, size_by, cited)
    edge_rows = _edge_rows(shown, cited)
    records = selection.records(sorted(cited))
    return {
        "title": title, "note": note,
        "total_nodes": selection.total_nodes, "total_edges": selection.total_edges,
        "left_out": dict(sorted(selection.left.items())),
        "left_out_edges": selection.total_edges - shown.number_of_edges(),
        "styles": {label: {"color": c, "shape": s, "symbol": sym}
                   for label, (c, s, sym) in NODE_STYLE.items()},
        "edge_colors": EDGE_COLOURS, "font": FONT_STACK, "size_by": size_by,
        "nodes": sorted(node_rows, key=lambda r: str(r["id"])),
        "edges": sorted(edge_rows, key=lambda r: r["id"]),
        "articles": {a: _article_record(a, records.get(a) or {}) for a in sorted(cited)},
    }


def _node_rows(selection: Selection, size_by: str, cited: set[str]) -> list[dict]:
    """One row per node drawn: position, size, degree (relations on the page; for an
    article, its MENTIONS), article count and the properties for its tooltip."""
    shown = selection.shown
    positions = layout(shown)
    links: Counter = Counter()
    for src, dst, key, attrs in shown.edges(keys=True, data=True):
        links[src] += 1
        if attrs.get("type", key) != "MENTIONS":
            links[dst] += 1
    rows = []
    for node, attrs in shown.nodes(data=True):
        label = attrs.get("label", "?")
        deg, arts = links.get(node, 0), selection.mention_counts.get(node, 0)
        metric = deg if size_by == "degree" else arts
        x, y = positions[node]
        mentioned_in = selection.mentioned_in.get(node, [])
        cited.update(mentioned_in)
        rows.append({
            "id": node, "name": str(attrs.get("name") or node), "label": label,
            "x": round(x, 1), "y": round(y, 1), "deg": deg, "arts": arts,
            "size": 7 if label == "Article" else round(min(10 + 4 * math.sqrt(metric), 48), 1),
            "props": {k: attrs[k] for k in NODE_PROPS if attrs.get(k) not in (None, "", [])},
            "mentioned_in": mentioned_in,
        })
    return rows


def _edge_rows(shown: nx.MultiDiGraph, cited: set[str]) -> list[dict]:
    """One row per link drawn: type, properties, evidence sentences and articles."""
    rows = []
    for src, dst, key, attrs in shown.edges(keys=True, data=True):
        kind = attrs.get("type", key)
        evidence = [[e.get("article", ""), e.get("sentence", "")]
                    for e in (attrs.get("evidence") or [])[:MAX_EVIDENCE_SHOWN]]
        articles = list(attrs.get("articles") or [])
        if kind == "MENTIONS" and attrs.get("article"):
            articles = [attrs["article"]]
        cited.update(a for a, _ in evidence)
        cited.update(articles[:MAX_ARTICLES_SHOWN])
        rows.append({
            "id": f"{src}\x1f{dst}\x1f{kind}", "from": src, "to": dst, "type": kind,
            "props": {k: attrs[k] for k in EDGE_PROPS if attrs.get(k) not in (None, "")},
            "evidence": evidence, "articles": articles[:MAX_ARTICLES_SHOWN],
            "n_articles": len(articles),
        })
    return rows


def _article_record(article: str, attrs: dict) -> dict:
    return {"title": str(attrs.get("title") or attrs.get("name") or article),
            "published": attrs.get("published") or "", "source": attrs.get("source") or ""}


def layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Pixel positions from a spring layout with a bounded iteration count (MENTIONS
    links pull weakly), spread in proportion to the square root of the size."""
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for src, dst, key, attrs in edges:  # sorted: the same picture whatever the edge order
        if src != dst:
            weight = 0.05 if attrs.get("type", key) == "MENTIONS" else 1.0
            old = simple.get_edge_data(src, dst, {}).get("weight", 0.0)
            simple.add_edge(src, dst, weight=max(old, weight))
    pos = spring_positions(simple, iterations=60 if n <= 2000 else 30, seed=7,
                           scale=60.0 * math.sqrt(n) + 100.0)
    return {node: (x * WIDE, y) for node, (x, y) in pos.items()}  # screens are wide


def embed_json(value: object) -> str:
    """JSON safe to place inside a ``<script>`` element: ``<``, ``>``, ``&`` and the
    JavaScript line separators are written as ``\\uXXXX`` escapes."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _asset(name: str) -> str:
    return files("kg").joinpath("data", name).read_text(encoding="utf-8")


def vis_network_js() -> str:
    """The newest vis-network build shipped in the pyvis package (found, not imported:
    importing pyvis imports IPython, a third of a second)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the pyvis package is not installed")
    lib = Path(next(iter(spec.submodule_search_locations)), "templates", "lib")
    builds = sorted((d for d in lib.iterdir() if d.name.startswith("vis-")),
                    key=lambda d: tuple(int(x) for x in re.findall(r"\d+", d.name)))
    for build in reversed(builds):
        script = build.joinpath("vis-network.min.js")
        if script.is_file():
            return script.read_text(encoding="utf-8")
    raise FileNotFoundError("no vis-network.min.js in the installed pyvis package")


def render(data: dict) -> str:
    """The page's HTML: the template with the title, vis-network and the data filled in."""
    script = vis_network_js()
    if re.search(r"</script|<!--", script, re.IGNORECASE):
        raise ValueError("vis-network.min.js cannot be inlined safely")
    fills = {"TITLE": html.escape(str(data["title"]), quote=True),
             "VIS_NETWORK_JS": script, "GRAPH_JSON": embed_json(data)}
    return re.sub(r"\{\{(TITLE|VIS_NETWORK_JS|GRAPH_JSON)\}\}",
                  lambda m: fills[m.group(1)], _asset("graph_page.html"))
