"""Exports: neo4j-admin CSV files read back (counts, ids, typed arrays), GraphML and GEXF
read back through NetworkX, and the `kg export` command."""
from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from kg.cli import main
from kg.export import ARRAY_DELIMITER, export_graph, flatten
from kg.graph import counts, read_graph, write_graph
from sample_graph import INJECTION, sample_graph


def read_admin(folder: Path):
    """Parse the header + data files back: (nodes by id, relationships list)."""
    nodes, rels = {}, []
    for header in sorted(folder.glob("*.header.csv")):
        data = header.with_name(header.name.replace(".header.csv", ".csv"))
        with header.open(encoding="utf-8", newline="") as fh:
            columns = next(csv.reader(fh))
        with data.open(encoding="utf-8", newline="") as fh:
            for values in csv.reader(fh):
                assert len(values) == len(columns)
                row = {}
                for col, val in zip(columns, values):
                    name, _, kind = col.partition(":")
                    key = name or ":" + kind
                    if kind.endswith("[]"):
                        row[key] = val.split(ARRAY_DELIMITER) if val else []
                    elif kind in ("long", "int") and val:
                        row[key] = int(val)
                    else:
                        row[key] = val
                if header.name.startswith("nodes_"):
                    node_id = row.get(":ID", row.get("id"))
                    assert node_id not in nodes, "duplicate :ID"
                    nodes[node_id] = row
                else:
                    rels.append(row)
    return nodes, rels


def check_round_trip(graph: nx.MultiDiGraph, folder: Path) -> None:
    result = export_graph(graph, "neo4j-admin", folder)
    nodes, rels = read_admin(folder)
    labels, types = counts(graph)
    assert Counter(n[":LABEL"] for n in nodes.values()) == labels
    assert Counter(r[":TYPE"] for r in rels) == types
    assert set(nodes) == set(graph.nodes)
    for r in rels:  # every relationship points at exported nodes, as in the graph
        assert r[":START_ID"] in nodes and r[":END_ID"] in nodes
        assert graph.has_edge(r[":START_ID"], r[":END_ID"], key=r[":TYPE"])
    assert result.command.startswith("neo4j-admin database import full")
    assert result.command.count("--nodes=") == len(labels)
    assert result.command.count("--relationships=") == len(types)


def test_neo4j_admin_round_trip_on_seed_graph(seed_graph_json, tmp_path):
    check_round_trip(read_graph(seed_graph_json), tmp_path / "admin")


def test_neo4j_admin_round_trip_on_hand_made_graph(tmp_path):
    graph = sample_graph()
    graph.nodes["Company:悍高集团"]["aliases"] = ["悍高", "a|b"]
    check_round_trip(graph, tmp_path / "admin")
    nodes, rels = read_admin(tmp_path / "admin")
    assert nodes["Company:悍高集团"]["aliases"] == ["悍高", "a｜b"]
    assert nodes[f"Person:{INJECTION}"]["name"] == INJECTION
    holds = [r for r in rels if r[":TYPE"] == "HOLDS" and r[":START_ID"] == "Person:海玉宝"
             and r[":END_ID"] == "Post:顺德区招商局副局长"][0]
    edge = graph.get_edge_data("Person:海玉宝", "Post:顺德区招商局副局长", key="HOLDS")
    assert holds["articles"] == edge["articles"]
    assert holds["evidence_sentences"] == [e["sentence"] for e in edge["evidence"]]
    assert holds["status"] == "former"
    header = (tmp_path / "admin" / "nodes_Article.header.csv").read_text(encoding="utf-8")
    assert header.startswith("id:ID,:LABEL")
    mentions = (tmp_path / "admin" / "rels_MENTIONS.header.csv").read_text(encoding="utf-8")
    assert mentions.strip() == ":START_ID,:END_ID,:TYPE,count:long"


def test_graphml_and_gexf_read_back(tmp_path):
    graph = sample_graph()
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = export_graph(graph, fmt, tmp_path / f"g.{fmt}").files[0]
        back = reader(path)
        assert back.number_of_nodes() == graph.number_of_nodes()
        assert back.number_of_edges() == graph.number_of_edges()
    back = nx.read_graphml(tmp_path / "g.graphml")
    data = back.nodes["Company:悍高集团"]
    assert data["label"] == "Company" and json.loads(data["aliases"]) == ["悍高"]
    gexf = nx.read_gexf(tmp_path / "g.gexf")
    assert gexf.nodes["Company:悍高集团"]["label"] == "悍高集团"  # Gephi shows the name
    assert gexf.nodes["Company:悍高集团"]["kind"] == "Company"


def test_flatten_leaves_only_scalars():
    flat = flatten(sample_graph())
    for _, data in flat.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
    for _, _, data in flat.edges(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())


def test_cli_export(tmp_path):
    graph_file = tmp_path / "g.json"
    write_graph(sample_graph(), graph_file)
    result = CliRunner().invoke(main, ["export", str(graph_file), "--format", "neo4j-admin",
                                       str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    assert "neo4j-admin database import full" in result.output
    assert (tmp_path / "csv" / "nodes_Person.csv").is_file()
    result = CliRunner().invoke(main, ["export", str(graph_file), "--format", "gexf",
                                       str(tmp_path / "g.gexf")])
    assert result.exit_code == 0 and (tmp_path / "g.gexf").is_file()
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2")
    result = CliRunner().invoke(main, ["export", str(bad), "--format", "graphml", str(tmp_path / "x")])
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
