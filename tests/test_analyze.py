"""Offline analysis on small graphs whose answers are known, and `kg analyze` on the seeds."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analysis.careers import career, shared_places
from kg.analysis.centrality import people_centrality
from kg.analysis.communities import communities
from kg.analysis.graphs import entity_graph
from kg.analysis.names import NameNotFound
from kg.analysis.paths import describe, shortest_path
from kg.analysis.summary import summary
from kg.analyze import analyze, format_report, table, width
from kg.cli import main
from kg.graph import GraphBuilder, write_graph
from kg.model import Article, Entity, Extraction, Ref, Relation


def _node(g: nx.MultiDiGraph, label: str, name: str) -> str:
    g.add_node(f"{label}:{name}", label=label, name=name)
    return f"{label}:{name}"


def _link(g: nx.MultiDiGraph, src: str, dst: str, kind: str, **props) -> None:
    g.add_edge(src, dst, key=kind, type=kind, articles=[], evidence=[], **props)


def _mention_all(g: nx.MultiDiGraph) -> None:
    """An article mentioning every node: analysis must not route through it."""
    aid = _node(g, "Article", "报道")
    for node in list(g):
        if node != aid:
            g.add_edge(aid, node, key="MENTIONS", type="MENTIONS", count=1, article=aid)


def star() -> nx.MultiDiGraph:
    """Person 甲 holds four posts; plus an article mentioning everything."""
    g = nx.MultiDiGraph()
    centre = _node(g, "Person", "甲")
    for i in range(4):
        _link(g, centre, _node(g, "Post", f"职务{i}"), "HOLDS", status="current")
    _mention_all(g)
    return g


def chain() -> nx.MultiDiGraph:
    """乙 -HOLDS-> 乙职 -OF-> 某局 <-OF- 丙职 <-HOLDS- 丙, and 丁 apart (holding 丁职)."""
    g = nx.MultiDiGraph()
    b, c, d = (_node(g, "Person", n) for n in ("乙", "丙", "丁"))
    bureau = _node(g, "Organization", "某局")
    for person, post in ((b, "乙职"), (c, "丙职")):
        post = _node(g, "Post", post)
        _link(g, person, post, "HOLDS", status="current")
        _link(g, post, bureau, "OF")
    _link(g, d, _node(g, "Post", "丁职"), "HOLDS")
    _node(g, "Place", "孤村")
    _mention_all(g)
    return g


def test_entity_graph_drops_articles_and_mentions():
    und = entity_graph(star())
    assert und.number_of_nodes() == 5 and und.number_of_edges() == 4
    assert not any(d["label"] == "Article" for _, d in und.nodes(data=True))


def test_star_centrality():
    result = people_centrality(star())
    (centre,) = result["people"]
    assert centre["name"] == "甲" and centre["degree"] == 4
    assert centre["degree_centrality"] == pytest.approx(1.0)
    assert centre["betweenness"] == pytest.approx(1.0)  # every pair of posts goes through 甲
    assert result["sampled_k"] is None


def test_chain_centrality_and_components():
    rows = {r["name"]: r for r in people_centrality(chain())["people"]}
    # 8 entity nodes; 乙 and 丁 are ends of their chains
    assert rows["乙"]["betweenness"] == 0.0 and rows["丁"]["betweenness"] == 0.0
    assert rows["乙"]["degree_centrality"] == pytest.approx(1 / 7, abs=1e-4)
    s = summary(chain())
    assert s["components"] == {"count": 3, "largest": [5, 2, 1], "isolated": 1}
    assert s["articles"] == 1 and s["labels"]["Person"] == 3
    assert s["relations"] == {"HOLDS": 3, "MENTIONS": 8, "OF": 2}
    assert s["top_organizations"][0] == {"id": "Organization:某局", "name": "某局",
                                         "label": "Organization", "degree": 2}


def test_person_in_the_middle_of_a_path():
    g = nx.MultiDiGraph()  # 职A <-HOLDS- 甲 -HOLDS-> 职B -OF-> 局
    person = _node(g, "Person", "甲")
    _link(g, person, _node(g, "Post", "职A"), "HOLDS")
    _link(g, person, _node(g, "Post", "职B"), "HOLDS")
    _link(g, "Post:职B", _node(g, "Organization", "局"), "OF")
    _mention_all(g)
    (row,) = people_centrality(g)["people"]
    assert row["betweenness"] == pytest.approx(2 / 3, abs=1e-4)  # 2 of the 3 pairs not his
    assert row["degree_centrality"] == pytest.approx(2 / 3, abs=1e-4)


def test_shortest_path_with_directions():
    found = shortest_path(chain(), "乙", "丙")
    assert found["length"] == 4
    assert [n["name"] for n in found["nodes"]] == ["乙", "乙职", "某局", "丙职", "丙"]
    assert [s["type"] for s in found["steps"]] == ["HOLDS", "OF", "OF", "HOLDS"]
    assert [s["forward"] for s in found["steps"]] == [True, True, False, False]
    assert describe(chain(), found) == "乙 -HOLDS-> 乙职 -OF-> 某局 <-OF- 丙职 <-HOLDS- 丙"
    apart = shortest_path(chain(), "乙", "丁")  # only the article joins them
    assert apart["length"] is None and "no path" in describe(chain(), apart)
    with pytest.raises(NameNotFound):
        shortest_path(chain(), "乙", "戊")


def _career_graph() -> nx.MultiDiGraph:
    b = GraphBuilder()
    old = Article(text="一", title="旧闻", published="2019-03-01")
    new = Article(text="二", title="新闻", published="2025-08-12")
    person, post_old, post_new = Ref("Person", "海玉宝"), Ref("Post", "珠玑镇党委书记"), Ref("Post", "顺德区招商局副局长")
    b.add(old, Extraction([Entity("Person", "海玉宝")], [
        Relation("HOLDS", person, post_old, "海玉宝任珠玑镇党委书记。", {"status": "current"}),
        Relation("OF", post_old, Ref("Place", "珠玑镇"), "s")]))
    b.add(new, Extraction([Entity("Person", "海玉宝"), Entity("Post", "顺德区招商局副局长", {"title": "副局长"})], [
        Relation("HOLDS", person, post_new, "海玉宝任顺德区招商局副局长。", {"status": "current"}),
        Relation("OF", post_new, Ref("Organization", "顺德区招商局"), "s"),
        Relation("LOCATED_IN", Ref("Organization", "顺德区招商局"), Ref("Place", "顺德区"), "s"),
        Relation("HOLDS", Ref("Person", "胡永峰"), Ref("Post", "顺德区区长"), "s", {"status": "current"}),
        Relation("OF", Ref("Post", "顺德区区长"), Ref("Place", "顺德区"), "s"),
        Relation("MEMBER_OF", person, Ref("TaskForce", "招商专班"), "s", {"role": "班长"}),
        Relation("MEMBER_OF", Ref("Person", "李剑虹"), Ref("TaskForce", "招商专班"), "s")]))
    g = b.graph
    g.edges[person.node_id, post_old.node_id, "HOLDS"]["status"] = "former"  # 原…
    return g


def test_career_lists_current_then_former_posts_with_articles():
    c = career(_career_graph(), "海玉宝")
    assert [(p["name"], p["status"]) for p in c["posts"]] == [
        ("顺德区招商局副局长", "current"), ("珠玑镇党委书记", "former")]
    current, former = c["posts"]
    assert current["title"] == "副局长" and current["of"] == ["顺德区招商局"]
    assert [(a["title"], a["published"]) for a in current["articles"]] == [("新闻", "2025-08-12")]
    assert former["articles"][0]["title"] == "旧闻" and former["evidence"] == ["海玉宝任珠玑镇党委书记。"]
    assert c["memberships"][0]["name"] == "招商专班" and c["memberships"][0]["role"] == "班长"
    assert c["mentioned_in"] == 2
    with pytest.raises(NameNotFound):
        career(_career_graph(), "顺德区招商局")  # not a person


def test_officials_sharing_a_place_or_task_force():
    rows = {r["name"]: r for r in shared_places(_career_graph())}
    assert set(rows) == {"顺德区", "招商专班"}
    assert rows["顺德区"]["people"] == [{"name": "海玉宝", "via": "顺德区招商局副局长"},
                                      {"name": "胡永峰", "via": "顺德区区长"}]
    assert [p["name"] for p in rows["招商专班"]["people"]] == ["李剑虹", "海玉宝"]


def test_louvain_finds_two_task_forces():
    g = nx.MultiDiGraph()
    for force in ("甲专班", "乙专班"):
        tf = _node(g, "TaskForce", force)
        for i in range(5):
            _link(g, _node(g, "Person", f"{force}{i}"), tf, "MEMBER_OF")
    _link(g, "Person:甲专班0", "TaskForce:乙专班", "MEMBER_OF")  # one bridge
    _mention_all(g)
    found = communities(g)
    assert len(found) == 2
    for com in found:
        head = com["central"][0]
        assert head["label"] == "TaskForce"
        own = {f"Person:{head['name']}{i}" for i in range(1, 5)} | {head["id"]}
        assert own <= set(com["members"])
    assert sum(c["size"] for c in found) == 12


def test_table_aligns_cjk():
    text = table(["名字", "n"], [["海玉宝", 1], ["ab", 22]])
    lines = text.splitlines()
    assert width("海玉宝") == 6 and lines[0].startswith("名字    n")
    assert width(lines[2][:lines[2].index("1")]) == width(lines[3][:lines[3].index("22")]) == 8


def test_report_text_has_every_section():
    text = format_report(analyze(_career_graph(), people=("海玉宝",), path=("胡永峰", "海玉宝")))
    for title in ("== Summary ==", "== Centrality of people ==", "== Communities",
                  "== Officials sharing a place or task force ==", "== Career of 海玉宝 ==",
                  "== Shortest path =="):
        assert title in text
    assert "胡永峰 -HOLDS-> 顺德区区长 -OF-> 顺德区 <-LOCATED_IN- 顺德区招商局" in text


def test_cli_analyze_json_and_errors(tmp_path):
    path = tmp_path / "graph.json"
    write_graph(_career_graph(), path)
    result = CliRunner().invoke(main, ["analyze", str(path), "--json", "--person", "海玉宝",
                                       "--path", "李剑虹", "胡永峰"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    # 李剑虹 - 专班 - 海玉宝 - 副局长 - 招商局 - 顺德区 - 区长 - 胡永峰
    assert report["path"]["length"] == 7
    assert report["careers"][0]["posts"][0]["status"] == "current"
    bad = CliRunner().invoke(main, ["analyze", str(path), "--person", "无名氏"])
    assert bad.exit_code != 0 and "无名氏" in bad.output


def test_cli_analyze_seed_graph(seed_graph_json):
    result = CliRunner().invoke(main, ["analyze", str(seed_graph_json)])
    assert result.exit_code == 0, result.output
    assert "== Summary ==" in result.output and "== Communities" in result.output
    assert "articles" in result.output


def test_betweenness_is_sampled_on_large_graphs():
    from kg.analysis.centrality import MIN_K, SAMPLE_K, sample_size
    assert sample_size(500, 2000) is None
    assert sample_size(3000, 6000) == SAMPLE_K
    assert sample_size(100_000, 300_000) == MIN_K
