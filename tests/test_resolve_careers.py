"""Dated careers: HOLDS carry first_seen / last_seen and the widest start / end, and the
timeline reaches analysts through `kg analyze --person` and `kg export --format careers`."""
from __future__ import annotations

import csv

from bolt_server import driver_fixture  # noqa: F401 (the `driver` fixture)
from click.testing import CliRunner

from kg.cli import main
from kg.graph import GraphBuilder, merge_into, write_graph
from kg.model import Article, Entity, Extraction, Ref, Relation

PERSON, OLD, NEW = Ref("Person", "周海峰"), Ref("Post", "甲县县长"), Ref("Post", "乙市市长")


def _holds(post: Ref, **props) -> Extraction:
    return Extraction([Entity("Person", PERSON.name), Entity("Post", post.name, {"title": post.name[-2:]})],
                      [Relation("HOLDS", PERSON, post, f"周海峰任{post.name}。", {"status": "current", **props}),
                       Relation("OF", post, Ref("Place", post.name[:2]), "s")])


def _graph() -> GraphBuilder:
    b = GraphBuilder()
    b.add(Article(text="一", title="甲县新闻", published="2016-05-03"), _holds(OLD, start="2016-04"))
    b.add(Article(text="二", title="甲县又一条", published="2018-02-11"), _holds(OLD, end="2018-01"))
    b.add(Article(text="三", title="更早的报道", published="2015-12-30"), _holds(OLD, start="2015-12"))
    b.add(Article(text="四", title="乙市新闻", published="2019-07-01 19:00:00"), _holds(NEW))
    return b


def test_holds_carry_the_dates_of_the_articles_and_the_widest_start_and_end():
    g = _graph().graph
    old = g.edges[PERSON.node_id, OLD.node_id, "HOLDS"]
    assert (old["first_seen"], old["last_seen"]) == ("2015-12-30", "2018-02-11")
    assert (old["start"], old["end"]) == ("2015-12", "2018-01")  # earliest start, latest end
    new = g.edges[PERSON.node_id, NEW.node_id, "HOLDS"]
    assert (new["first_seen"], new["last_seen"]) == ("2019-07-01", "2019-07-01")
    assert "start" not in new and "end" not in new


def test_a_post_reported_ended_keeps_its_end_and_stays_held():
    # the link says the person held the post (an article states it current); the end
    # says the term is over, and the timeline reads such a post as former
    b = GraphBuilder()
    b.add(Article(text="一", title="a", published="2016-05-03"), _holds(OLD))
    b.add(Article(text="二", title="b", published="2018-02-11"), _holds(OLD, status="former", end="2018-02-11"))
    data = b.graph.edges[PERSON.node_id, OLD.node_id, "HOLDS"]
    assert (data["status"], data["end"]) == ("current", "2018-02-11")


def test_a_post_first_called_a_past_one_stays_former():
    # 时任…省委书记 in a later article does not make a past post current, nor the reverse
    b = GraphBuilder()
    b.add(Article(text="一", title="a", published="2016-05-03"), _holds(OLD, status="former"))
    b.add(Article(text="二", title="b", published="2017-05-03"), _holds(OLD))
    assert b.graph.edges[PERSON.node_id, OLD.node_id, "HOLDS"]["status"] == "former"


def test_merged_shards_keep_the_widest_dates():
    early, late = GraphBuilder(), GraphBuilder()
    early.add(Article(text="一", title="a", published="2016-05-03"), _holds(OLD, start="2016-04"))
    late.add(Article(text="二", title="b", published="2018-02-11"), _holds(OLD, start="2017-01"))
    merge_into(early.graph, late.graph)
    data = early.graph.edges[PERSON.node_id, OLD.node_id, "HOLDS"]
    assert (data["first_seen"], data["last_seen"], data["start"]) == ("2016-05-03", "2018-02-11", "2016-04")


def test_analyze_person_shows_a_dated_timeline(tmp_path):
    path = tmp_path / "graph.json"
    write_graph(_graph().graph, path)
    result = CliRunner().invoke(main, ["analyze", str(path), "--person", PERSON.name])
    assert result.exit_code == 0, result.output
    text = result.output[result.output.index("== Career of 周海峰 =="):]
    header = text.splitlines()[2].split()
    assert header == ["post", "status", "body", "place", "start", "end", "first_seen",
                      "last_seen", "articles"]
    rows = [line.split() for line in text.splitlines()[4:6]]
    assert rows[0] == ["甲县县长", "former", "甲县", "甲县", "2015-12", "2018-01", "2015-12-30",
                       "2018-02-11", "3"]  # oldest first
    assert rows[1] == ["乙市市长", "current", "乙市", "乙市", "2019-07-01", "2019-07-01", "1"]


def test_export_careers_writes_one_row_per_person_and_post(tmp_path):
    path = tmp_path / "graph.json"
    write_graph(_graph().graph, path)
    out = tmp_path / "careers.csv"
    result = CliRunner().invoke(main, ["export", str(path), str(out), "--format", "careers"])
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so that spreadsheets read UTF-8
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["person", "post", "title", "status", "body", "place", "start",
                             "end", "first_seen", "last_seen", "articles"]
    assert [(r["post"], r["start"], r["end"], r["first_seen"], r["last_seen"], r["articles"])
            for r in rows] == [("甲县县长", "2015-12", "2018-01", "2015-12-30", "2018-02-11", "3"),
                               ("乙市市长", "", "", "2019-07-01", "2019-07-01", "1")]
    assert {r["person"] for r in rows} == {"周海峰"} and rows[0]["place"] == "甲县"


def test_the_cypher_library_shows_the_same_timeline(driver):
    from bolt_server import clean
    from kg.loaders import detect, load_graph
    from kg.loaders.library import library, run
    clean(driver)
    load_graph(driver, _graph().graph)  # start and end reach the server as properties
    rows = run(driver, detect(driver), library()["career_timeline"], {"person": PERSON.name})
    got = [(r["post"], r["body"], r["place"], r["start"], r["end"], r["first_seen"], r["last_seen"],
            r["articles"]) for r in rows]
    assert got == [("甲县县长", ["甲县"], ["甲县"], "2015-12", "2018-01", "2015-12-30", "2018-02-11", 3),
                   ("乙市市长", ["乙市"], ["乙市"], None, None, "2019-07-01", "2019-07-01", 1)]
