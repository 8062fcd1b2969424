"""The main job end to end: the graph file follows the data model, ids are stable,
parallel and sharded builds give the same graph as one plain build."""
from __future__ import annotations

import json
import shutil

import networkx as nx
from click.testing import CliRunner

from kg.cli import main
from kg.graph import merge_into, read_graph, to_node_link
from kg.model import ENTITY_LABELS, LABELS, REL_TYPES
from kg.pipeline import build_graph

ENDPOINTS = {  # relationship type -> (allowed source labels, allowed target labels)
    "HOLDS": ({"Person"}, {"Post"}),
    "OF": ({"Post"}, {"Organization", "Company", "Place", "TaskForce"}),
    "MEMBER_OF": ({"Person"}, {"TaskForce"}),
    "PART_OF": ({"Place"}, {"Place"}),
    "LOCATED_IN": ({"Organization", "Company", "TaskForce", "Project"}, {"Place"}),
    "ESTABLISHED": ({"Place", "Organization"}, {"TaskForce"}),
    "IMPLEMENTS": ({"Place", "Organization"}, {"Program"}),
    "MENTIONS": ({"Article"}, set(ENTITY_LABELS)),
}


def _signature(graph: nx.MultiDiGraph, ignore: tuple[str, ...] = ()) -> tuple:
    data = to_node_link(graph)
    nodes = sorted(json.dumps({k: v for k, v in n.items() if k not in ignore},
                              ensure_ascii=False, sort_keys=True) for n in data["nodes"])
    links = sorted(json.dumps({**l, "articles": sorted(l.get("articles", []))},
                              ensure_ascii=False, sort_keys=True) for l in data["links"])
    return tuple(nodes), tuple(links)


def test_graph_file_follows_the_data_model(seed_graph_json):
    data = json.loads(seed_graph_json.read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert "links" in data and data["links"]
    for node in nodes.values():
        assert node["label"] in LABELS and node["name"], node
        if node["label"] == "Post":
            assert node["title"] and node["name"].endswith(node["title"]), node
        if node["label"] == "Article":
            assert node["path"].endswith(".txt") and node["name"] in (node["id"], node["title"])
    articles = {i for i, n in nodes.items() if n["label"] == "Article"}
    for link in data["links"]:
        kind = link["type"]
        assert kind in REL_TYPES, link
        sources, targets = ENDPOINTS[kind]
        assert nodes[link["source"]]["label"] in sources, link
        assert nodes[link["target"]]["label"] in targets, link
        if kind == "MENTIONS":
            assert link["count"] >= 1 and link["article"] == link["source"]
        else:  # provenance: every source article, and the sentence it was read from
            assert link["articles"] and set(link["articles"]) <= articles, link
            assert link["evidence"] and all(e["article"] in articles and e["sentence"]
                                            for e in link["evidence"]), link
    assert {"HOLDS", "OF", "PART_OF", "MENTIONS"} <= {l["type"] for l in data["links"]}


def test_article_ids_are_stable_across_runs(seeds_dir, seed_build):
    again = build_graph([str(seeds_dir)])
    assert [a.id for a in again.articles] == [a.id for a in seed_build[0].articles]


def test_parallel_build_gives_the_same_graph(seeds_dir, seed_graph):
    parallel = build_graph([str(seeds_dir)], jobs=2)
    assert _signature(parallel.graph) == _signature(seed_graph)


def test_shards_merge_into_the_whole_corpus(seeds_dir, seed_graph, tmp_path):
    files = sorted(seeds_dir.glob("*.txt"))
    shards = []
    for i, part in enumerate((files[:3], files[2:])):  # overlapping shards: one file in both
        folder = tmp_path / f"shard{i}"
        folder.mkdir()
        for f in part:
            shutil.copy(f, folder)
        shards.append(build_graph([str(folder)]).graph)
    merged = shards[0]
    merge_into(merged, shards[1])
    # the same graph but for Article.path, which names the shard's folder
    assert _signature(merged, ignore=("path",)) == _signature(seed_graph, ignore=("path",))


def test_build_command_writes_the_three_files(seeds_dir, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 documents read" in result.output and "Person" in result.output
    graph = read_graph(out / "graph.json")
    records = [json.loads(l) for l in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in records} == {n for n, d in graph.nodes(data=True) if d["label"] == "Article"}
    assert all(r["text"] and r["path"] for r in records)
    assert (out / "graph.html").stat().st_size > 10_000


def test_a_bad_graph_file_gets_one_line_naming_it(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"nodes": [', encoding="utf-8")
    runner = CliRunner()
    for args in (["view", str(bad), "--out", str(tmp_path / "p.html")], ["analyze", str(bad)],
                 ["merge", str(bad), "--out", str(tmp_path / "m.json")]):
        result = runner.invoke(main, args)
        assert result.exit_code == 1, (args, result.output)
        assert "Traceback" not in result.output
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and "broken.json is not a node-link graph file" in lines[0], lines
