"""`kg eval` must score exactly as shared/eval/score.py does: same rows, same numbers.

The fixture is a small hand-written node-link graph and gold folder with invented names,
covering aliases, optional entries, HOLDS with and without org and with title aliases,
MEMBER_OF through a task-force alias, PART_OF with judged and unjudged children, a page
holding two articles, provenance as `articles`, `article` and `evidence`, and a gold
article the graph lacks.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import GOLD, SHARED
from kg.cli import main
from kg.evaluate import GraphData, evaluate, norm

SCORE_PY = SHARED / "eval" / "score.py"


def _node(label: str, name: str, **props) -> dict:
    return {"id": f"{label}:{name}", "label": label, "name": name, **props}


def _link(source: str, target: str, type_: str, **props) -> dict:
    return {"source": source, "target": target, "type": type_, "key": type_, **props}


def _mentions(article: str, *targets: str) -> list[dict]:
    return [_link(article, t, "MENTIONS", count=1) for t in targets]


GRAPH = {
    "directed": True, "multigraph": True, "graph": {},
    "nodes": [
        {"id": "art_a", "label": "Article", "name": "甲文", "path": "/in/a_news.txt"},
        {"id": "art_b1", "label": "Article", "name": "乙文一", "path": "pages/b_page.html"},
        {"id": "art_b2", "label": "Article", "name": "乙文二", "path": "pages/b_page.html"},
        {"id": "art_x", "label": "Article", "name": "not graded", "path": "x_other.txt"},
        _node("Person", "林远舟"), _node("Person", "顾南星"), _node("Person", "苏青禾"),
        _node("Person", "王错"), _node("Person", "赵一帆"),
        _node("Place", "澄川"), _node("Place", "云溪区"), _node("Place", "东湖镇"),
        _node("Place", "北岭省"), _node("Place", "南岭省"), _node("Place", "澄川市"),
        _node("Organization", "招商局"), _node("Organization", "澄川市招商局"),
        _node("Organization", "青禾科技"), _node("Organization", "澄川市委"),
        _node("Company", "青禾科技有限公司"), _node("Company", "ＡＢ集团"),
        _node("TaskForce", "澜江专班"), _node("TaskForce", "澄川市澜江专班"),
        _node("Program", "百园工程"),
        _node("Post", "澄川市招商局局长", title="局长"),
        _node("Post", "市委书记", title="市委书记"),
        _node("Post", "云溪区主任"), _node("Post", "云溪区区长", title="区长"),
        _node("Post", "澄川市委书记", title="书记"),
        _node("Post", "董事长", title="董事长"),
    ],
    "links": [
        *_mentions("art_a", "Person:林远舟", "Person:顾南星", "Person:苏青禾", "Person:王错",
                   "Place:澄川", "Place:云溪区", "Place:东湖镇", "Organization:招商局",
                   "Organization:青禾科技", "Company:青禾科技有限公司", "Company:ＡＢ集团",
                   "TaskForce:澜江专班", "Program:百园工程", "Post:澄川市招商局局长"),
        *_mentions("art_b1", "Person:林远舟", "Place:北岭省"),
        *_mentions("art_b2", "Person:赵一帆", "Organization:澄川市委"),
        *_mentions("art_x", "Person:王错"),
        # article a: HOLDS with body through OF, by title alias, by post name, wrong person
        _link("Person:林远舟", "Post:澄川市招商局局长", "HOLDS", articles=["art_a"]),
        _link("Post:澄川市招商局局长", "Organization:澄川市招商局", "OF", articles=["art_a"]),
        _link("Person:林远舟", "Post:市委书记", "HOLDS",
              evidence=[{"article": "art_a", "sentence": "林远舟任市委书记。"}]),
        _link("Person:顾南星", "Post:云溪区主任", "HOLDS", article="art_a"),
        _link("Person:顾南星", "Post:云溪区区长", "HOLDS", articles=["art_a"]),  # body in name
        _link("Person:王错", "Post:董事长", "HOLDS", articles=["art_a"]),
        _link("Person:林远舟", "TaskForce:澜江专班", "MEMBER_OF", articles=["art_a"]),
        _link("Person:顾南星", "TaskForce:澄川市澜江专班", "MEMBER_OF", articles=["art_a"]),
        _link("Person:王错", "TaskForce:澜江专班", "MEMBER_OF", articles=["art_a"]),
        _link("Place:云溪区", "Place:澄川", "PART_OF", articles=["art_a"]),
        _link("Place:东湖镇", "Place:云溪区", "PART_OF", articles=["art_a"]),
        _link("Place:澄川市", "Place:南岭省", "PART_OF", articles=["art_a"]),
        # the page b: one post found in its second article, and a link from another file
        _link("Person:赵一帆", "Post:澄川市委书记", "HOLDS", articles=["art_b2"]),
        _link("Post:澄川市委书记", "Organization:澄川市委", "OF", articles=["art_b2"]),
        # from a file without gold: would make a's 书记 fully right if scoping leaked
        _link("Person:林远舟", "Post:澄川市委书记", "HOLDS", articles=["art_x"]),
    ],
}

GOLD_FILES = {
    "a_news.json": {
        "article": "a_news.txt",
        "entities": {
            "Person": [{"name": "林远舟"}, {"name": "顾南星"}, {"name": "周野"},
                       {"name": "苏青禾", "optional": True}],
            "Place": [{"name": "澄川市", "aliases": ["澄川"], "level": "city"},
                      {"name": "云溪区", "level": "district"},
                      {"name": "北岭省", "level": "province"}],
            "Organization": [{"name": "澄川市招商局", "aliases": ["招商局"]},
                             {"name": "澄川市委", "aliases": ["市委"]}],
            "Company": [{"name": "青禾科技有限公司", "aliases": ["青禾科技"]},
                        {"name": "AB集团"}],
            "TaskForce": [{"name": "澄川市澜江专班", "aliases": ["澜江专班"]}],
            "Program": [{"name": "百园工程", "optional": True}],
            "Project": [{"name": "云溪光伏项目"}],
        },
        "relations": {
            "HOLDS": [
                {"person": "林远舟", "title": "局长", "org": "澄川市招商局",
                 "org_aliases": ["招商局"], "title_aliases": [], "status": "current"},
                {"person": "林远舟", "title": "书记", "org": "澄川市委",
                 "org_aliases": ["市委"], "title_aliases": ["市委书记"], "status": "current"},
                {"person": "顾南星", "title": "主任", "status": "former"},
                {"person": "顾南星", "title": "区长", "org": "云溪区"},
                {"person": "周野", "title": "副局长", "org": "澄川市招商局"},
            ],
            "MEMBER_OF": [{"person": "林远舟", "taskforce": "澄川市澜江专班"},
                          {"person": "顾南星", "taskforce": "澜江专班"}],
            "PART_OF": [{"child": "云溪区", "parent": "澄川市"},
                        {"child": "澄川市", "parent": "北岭省"}],
        },
    },
    "b_page.json": {
        "article": "b_page.html",
        "entities": {"Person": [{"name": "林远舟"}, {"name": "赵一帆"}],
                     "Place": [{"name": "北岭省"}],
                     "Organization": [{"name": "澄川市委"}]},
        "relations": {"HOLDS": [{"person": "赵一帆", "title": "书记", "org": "澄川市委"}]},
    },
    "c_missing.json": {
        "article": "c_missing.txt",
        "entities": {"Person": [{"name": "林远舟"}], "Place": [{"name": "澄川市"}]},
        "relations": {"HOLDS": [{"person": "林远舟", "title": "局长"}],
                      "PART_OF": [{"child": "云溪区", "parent": "澄川市"}]},
    },
}


@pytest.fixture()
def fixture_files(tmp_path) -> tuple[Path, Path]:
    graph = tmp_path / "graph.json"
    graph.write_text(json.dumps(GRAPH, ensure_ascii=False), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    for name, data in GOLD_FILES.items():
        (gold / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return graph, gold


def score_py(*args: str) -> str:
    if not SCORE_PY.is_file():
        pytest.fail(f"score.py not found at {SCORE_PY} (set KG_SHARED)")
    done = subprocess.run([sys.executable, str(SCORE_PY), *args], capture_output=True,
                          text=True, encoding="utf-8", check=True)
    return done.stdout


def kg_eval(*args: str) -> str:
    result = CliRunner().invoke(main, ["eval", *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("extra", [[], ["--misses"], ["--article", "a_news", "--article", "c_missing.txt"]])
def test_json_agrees_with_score_py_on_fixture(fixture_files, extra):
    graph, gold = fixture_files
    args = [str(graph), "--gold", str(gold), "--json", *extra]
    assert json.loads(kg_eval(*args)) == json.loads(score_py(*args))


@pytest.mark.parametrize("extra", [[], ["--misses"]])
def test_table_agrees_with_score_py_on_fixture(fixture_files, extra):
    graph, gold = fixture_files
    args = [str(graph), "--gold", str(gold), *extra]
    assert kg_eval(*args) == score_py(*args)


def test_fixture_numbers(fixture_files):
    """Hand-counted: guards against both scorers drifting together or the fixture going slack."""
    graph, gold = fixture_files
    result = evaluate(graph, gold)
    s = result.scores
    assert result.articles_not_in_graph == ["c_missing.txt"]
    assert list(s)[:2] == ["ALL_ENTITIES", "ANY_LABEL"]
    # a: 林远舟 顾南星 right, 王错 spurious, 苏青禾 optional; b: 林远舟 赵一帆; c: nothing
    assert (s["Person"]["pred"], s["Person"]["gold"], s["Person"]["precision"]) == (5, 6, 0.8)
    assert s["Person"]["recall"] == round(4 / 6, 4)
    # full-width ＡＢ集团 matches AB集团 after NFKC
    assert s["Company"]["precision"] == 1.0 and s["Company"]["recall"] == 1.0
    # 青禾科技 labelled Organization is wrong there but right under ANY_LABEL
    assert s["Organization"]["pred"] == 3 and s["Organization"]["recall"] == round(2 / 3, 4)
    assert (s["ANY_LABEL"]["pred"], s["ANY_LABEL"]["precision"]) == (15, round(13 / 15, 4))
    assert s["Program"]["pred"] == 0 and s["Program"]["gold"] == 0  # optional only
    # HOLDS: a has 5 predicted (4 right), b 1 right; c's gold counts as missed
    holds, full = s["HOLDS(person,title)"], s["HOLDS(person,title,org)"]
    assert (holds["pred"], holds["gold"], holds["precision"]) == (6, 7, round(5 / 6, 4))
    assert holds["recall"] == round(5 / 7, 4)
    assert full["recall"] == round(3 / 7, 4)  # 局长 and b's 书记 via OF, 区长 via the post name
    assert s["MEMBER_OF"]["precision"] == round(2 / 3, 4) and s["MEMBER_OF"]["recall"] == 1.0
    # PART_OF: 东湖镇 is not judged; 澄川市→南岭省 is wrong; c's pair is missed
    assert (s["PART_OF"]["pred"], s["PART_OF"]["gold"], s["PART_OF"]["precision"]) == (2, 3, 0.5)
    assert result.misses["a_news.txt"]["Person"] == {"missed": ["周野"], "spurious": ["王错"]}


def test_networkx_graph_scores_like_its_file(fixture_files):
    from kg.graph import read_graph
    graph, gold = fixture_files
    assert evaluate(read_graph(graph), gold).to_json(True) == evaluate(graph, gold).to_json(True)


def test_norm_drops_whitespace_and_folds_width():
    assert norm(" ＡＢ 集\u3000团\n") == "AB集团"
    assert norm(None) == ""


def test_article_nodes_matched_by_file_stem():
    graph = GraphData({n["id"]: n for n in GRAPH["nodes"]}, GRAPH["links"])
    assert graph.articles_from("b_page.html") == ["art_b1", "art_b2"]
    assert graph.articles_from("a_news.json") == ["art_a"]
    assert graph.articles_from("c_missing.txt") == []


def test_agrees_with_score_py_on_seed_graph(seed_graph_json):
    args = [str(seed_graph_json), "--gold", str(GOLD), "--json", "--misses"]
    ours = json.loads(kg_eval(*args))
    assert ours == json.loads(score_py(*args))
    assert ours["scores"]["ALL_ENTITIES"]["gold"] > 0
    assert ours["articles_not_in_graph"] == []
