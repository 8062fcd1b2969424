"""The graph page without a browser: what the HTML holds, escaping, offline, the cut of
large graphs, and the focused views (--around, --place, --program)."""
from __future__ import annotations

import json
import math
import re

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analysis import focus
from kg.analysis.names import NameNotFound, find_node
from kg.cli import main
from kg.graph import GraphBuilder, write_graph
from kg.model import Article, Entity, Extraction, Ref, Relation
from kg.view import embed_json, page_data, write_page

HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_SENTENCE = '他说"好"</script><script>alert(2)</script>'


def _rel(kind, src, dst, sentence="s", **props):
    return Relation(kind, Ref(*src), Ref(*dst), sentence, props)


def small_graph() -> nx.MultiDiGraph:
    """佛山市 > 顺德区 > 容桂街道; an office, a company and a task force there; posts, people."""
    b = GraphBuilder()
    art = Article(text="一", title="顺德 <b>报道</b> & 更多", published="2025-08-12", source="人民日报")
    b.add(art, Extraction(
        entities=[Entity("Person", "海玉宝"), Entity("Person", HOSTILE), Entity("Company", "悍高集团")],
        relations=[
            _rel("PART_OF", ("Place", "顺德区"), ("Place", "佛山市")),
            _rel("PART_OF", ("Place", "容桂街道"), ("Place", "顺德区"), HOSTILE_SENTENCE),
            _rel("LOCATED_IN", ("Organization", "顺德区招商局"), ("Place", "顺德区")),
            _rel("LOCATED_IN", ("Company", "悍高集团"), ("Place", "容桂街道")),
            _rel("OF", ("Post", "顺德区招商局副局长"), ("Organization", "顺德区招商局")),
            _rel("HOLDS", ("Person", "海玉宝"), ("Post", "顺德区招商局副局长"), status="current"),
            _rel("OF", ("Post", "容桂街道党工委书记"), ("Place", "容桂街道")),
            _rel("HOLDS", ("Person", HOSTILE), ("Post", "容桂街道党工委书记"), status="former"),
            _rel("ESTABLISHED", ("Place", "顺德区"), ("TaskForce", "顺德区招商专班")),
            _rel("MEMBER_OF", ("Person", "李四"), ("TaskForce", "顺德区招商专班")),
            _rel("IMPLEMENTS", ("Place", "顺德区"), ("Program", "百千万工程")),
            _rel("OF", ("Post", "广州市市长"), ("Place", "广州市")),
            _rel("HOLDS", ("Person", "王五"), ("Post", "广州市市长"), status="current"),
        ]))
    return b.graph


def _embedded(html: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert block, "no embedded data block"
    return json.loads(block.group(1))


def test_page_holds_every_node_and_link(tmp_path):
    graph = small_graph()
    out = tmp_path / "page.html"
    stats = write_page(graph, out, title="测试")
    data = _embedded(out.read_text(encoding="utf-8"))
    assert stats["shown"] == graph.number_of_nodes() == len(data["nodes"])
    assert len(data["edges"]) == graph.number_of_edges()
    assert {n["id"] for n in data["nodes"]} == set(graph.nodes)
    holds = next(e for e in data["edges"] if e["type"] == "HOLDS" and e["from"] == "Person:海玉宝")
    assert holds["props"]["status"] == "current"
    aid = holds["evidence"][0][0]
    assert data["articles"][aid]["title"] == "顺德 <b>报道</b> & 更多"
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_page_is_offline_and_inlines_vis_network(tmp_path):
    out = tmp_path / "page.html"
    write_page(small_graph(), out)
    html = out.read_text(encoding="utf-8")
    assert not re.search(r"""<(script|link|img|iframe)[^>]*(src|href)\s*=\s*["']?(https?:)?//""",
                         html, re.I)
    assert "vis.Network" in html and "@version 9.1.2" in html  # vis-network is inlined
    assert "Noto Sans CJK SC" in html


def test_hostile_text_cannot_break_out(tmp_path):
    out = tmp_path / "page.html"
    write_page(small_graph(), out, title='<script>alert("t")</script>')
    html = out.read_text(encoding="utf-8")
    assert HOSTILE not in html and "alert(2)</script>" not in html
    assert '<script>alert("t")' not in html
    assert "<title>&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;</title>" in html
    data = _embedded(html)  # ... yet the data still holds the exact strings
    assert HOSTILE in {n["name"] for n in data["nodes"]}
    assert any(HOSTILE_SENTENCE == s for e in data["edges"] for _, s in e["evidence"])
    assert "innerHTML" not in html.split("id=\"kg-data\"")[1]  # the page's own script


def test_embed_json_escapes_markup_characters():
    text = embed_json({"a": "</script>&<!--\u2028"})
    assert not set("<>&") & set(text) and "\u2028" not in text
    assert json.loads(text) == {"a": "</script>&<!--\u2028"}


def test_large_graph_keeps_the_most_connected_and_says_what_it_left_out(tmp_path):
    graph = nx.MultiDiGraph()
    for i in range(40):  # a hub with 40 spokes, and 30 isolated places
        graph.add_node(f"Person:p{i}", label="Person", name=f"p{i}")
        graph.add_edge(f"Person:p{i}", "Organization:hub", key="MEMBER_OF", type="MEMBER_OF")
    graph.nodes["Organization:hub"].update(label="Organization", name="hub")
    for i in range(30):
        graph.add_node(f"Place:x{i}", label="Place", name=f"x{i}")
    data = page_data(graph, max_nodes=25)
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == 25 and "Organization:hub" in ids
    assert not any(i.startswith("Place:") for i in ids)
    assert data["left_out"] == {"Person": 16, "Place": 30}
    assert data["left_out_edges"] == 16 and len(data["edges"]) == 24
    assert data["total_nodes"] == 71


def test_size_by_articles_uses_mentions():
    data = page_data(small_graph(), size_by="articles")
    sizes = {n["id"]: (n["arts"], n["size"]) for n in data["nodes"]}
    assert sizes["Person:海玉宝"][0] == 1 and sizes["Place:佛山市"][0] == 0
    assert sizes["Person:海玉宝"][1] > sizes["Place:佛山市"][1]
    with pytest.raises(ValueError):
        page_data(small_graph(), size_by="colour")


def test_around_follows_relations_not_articles():
    graph = small_graph()
    assert focus.around(graph, "海玉宝", hops=1) == {"Person:海玉宝", "Post:顺德区招商局副局长"}
    two = focus.around(graph, "海玉宝", hops=3)
    assert "Place:顺德区" in two and "Person:王五" not in two
    assert not any(graph.nodes[n]["label"] == "Article" for n in two)


def test_place_view_takes_places_below_and_their_people():
    graph = small_graph()
    nodes = focus.in_place(graph, "顺德区")
    assert {"Place:顺德区", "Place:容桂街道", "Organization:顺德区招商局", "Company:悍高集团",
            "Post:顺德区招商局副局长", "Person:海玉宝", "Post:容桂街道党工委书记", f"Person:{HOSTILE}",
            "TaskForce:顺德区招商专班", "Person:李四", "Program:百千万工程"} == nodes
    assert "Place:佛山市" not in nodes  # above, not below
    assert "Person:王五" in focus.in_place(graph, "广州市")


def test_program_view():
    nodes = focus.program(small_graph(), "百千万工程")
    assert {"Program:百千万工程", "Place:顺德区", "TaskForce:顺德区招商专班", "Person:李四"} <= nodes
    assert "Person:海玉宝" not in nodes  # his post is of the office, not of the district


def test_find_node_by_id_name_alias_and_part():
    graph = small_graph()
    graph.nodes["Company:悍高集团"]["aliases"] = ["悍高"]
    assert find_node(graph, "Person:海玉宝") == "Person:海玉宝"
    assert find_node(graph, "海玉宝") == "Person:海玉宝"
    assert find_node(graph, "悍高") == "Company:悍高集团"
    assert find_node(graph, "招商专班") == "TaskForce:顺德区招商专班"
    with pytest.raises(NameNotFound):
        find_node(graph, "顺德区招商")  # the office, its post and the task force
    with pytest.raises(NameNotFound):
        find_node(graph, "不存在")


def test_cli_view_writes_focused_page(tmp_path):
    graph_path = tmp_path / "graph.json"
    write_graph(small_graph(), graph_path)
    out = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["view", str(graph_path), "--out", str(out),
                                       "--place", "顺德区"])
    assert result.exit_code == 0, result.output
    data = _embedded(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 11 and "顺德区" in data["note"]
    bad = CliRunner().invoke(main, ["view", str(graph_path), "--out", str(out), "--around", "不存在"])
    assert bad.exit_code != 0 and "不存在" in bad.output


def test_seed_page_draws_every_node(seed_graph, tmp_path):
    out = tmp_path / "graph.html"
    stats = write_page(seed_graph, out)
    assert stats["shown"] == seed_graph.number_of_nodes() > 0
    assert len(_embedded(out.read_text(encoding="utf-8"))["nodes"]) == stats["shown"]


def test_layout_keeps_linked_nodes_together():
    from kg.layout import spring_positions
    graph = nx.Graph()
    left = [f"l{i}" for i in range(6)]
    right = [f"r{i}" for i in range(6)]
    graph.add_edges_from((a, b) for group in (left, right) for a in group for b in group if a < b)
    pos = spring_positions(graph, scale=100.0)
    assert pos == spring_positions(graph, scale=100.0)  # seeded: the same page every run
    assert all(abs(c) <= 100.0 + 1e-3 for xy in pos.values() for c in xy)

    def mean_distance(pairs):
        return sum(math.dist(pos[a], pos[b]) for a, b in pairs) / len(pairs)
    inside = [(a, b) for g in (left, right) for a in g for b in g if a < b]
    across = [(a, b) for a in left for b in right]
    assert mean_distance(inside) * 2 < mean_distance(across)


def test_a_cut_keeps_entities_before_articles():
    graph = nx.MultiDiGraph()
    for i in range(10):  # ten articles mentioning everything, and a chain of 4 places
        graph.add_node(f"a{i}", label="Article", name=f"a{i}")
    places = [f"Place:p{i}" for i in range(4)]
    for i, place in enumerate(places):
        graph.add_node(place, label="Place", name=place[6:])
        if i:
            graph.add_edge(place, places[i - 1], key="PART_OF", type="PART_OF")
        for a in range(10):
            graph.add_edge(f"a{a}", place, key="MENTIONS", type="MENTIONS")
    data = page_data(graph, max_nodes=5)
    ids = [n["id"] for n in data["nodes"]]
    assert set(places) <= set(ids) and len(ids) == 5
    assert sum(e["type"] == "PART_OF" for e in data["edges"]) == 3
    assert data["left_out"] == {"Article": 9}


def test_a_cut_grows_from_the_biggest_hub_so_the_part_hangs_together():
    graph = nx.MultiDiGraph()
    stars = {"Organization:A": 10, "Organization:B": 8}
    for hub, spokes in stars.items():
        graph.add_node(hub, label="Organization", name=hub)
        for i in range(spokes):
            leaf = f"Person:{hub[-1]}{i}"
            graph.add_node(leaf, label="Person", name=leaf)
            graph.add_edge(leaf, hub, key="MEMBER_OF", type="MEMBER_OF")
    kept, left = focus.most_connected(graph, 12)
    assert kept == {"Organization:A", "Organization:B"} | {f"Person:A{i}" for i in range(10)}
    assert left == {"Person": 8}


def test_an_empty_graph_still_makes_a_page(tmp_path):
    out = tmp_path / "empty.html"
    assert write_page(nx.MultiDiGraph(), out)["shown"] == 0
    assert _embedded(out.read_text(encoding="utf-8"))["nodes"] == []


def test_cli_view_around_program_and_one_focus_only(tmp_path):
    graph_path = tmp_path / "graph.json"
    write_graph(small_graph(), graph_path)
    out = tmp_path / "page.html"
    run = CliRunner().invoke
    result = run(main, ["view", str(graph_path), "--out", str(out), "--around", "海玉宝", "--hops", "1"])
    assert result.exit_code == 0, result.output
    assert {n["id"] for n in _embedded(out.read_text(encoding="utf-8"))["nodes"]} == {
        "Person:海玉宝", "Post:顺德区招商局副局长"}
    result = run(main, ["view", str(graph_path), "--out", str(out), "--program", "百千万工程"])
    assert result.exit_code == 0 and "wrote" in result.output
    both = run(main, ["view", str(graph_path), "--out", str(out), "--place", "顺德区",
                      "--program", "百千万工程"])
    assert both.exit_code == 2 and "at most one" in both.output
