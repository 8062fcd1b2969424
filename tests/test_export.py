"""Exports: neo4j-admin CSV files read back (counts, ids, typed arrays), GraphML and GEXF
read back through NetworkX, and the `kg export` command."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.export import ARRAY_DELIMITERS, edge_record, export_graph, flatten
from kg.graph import counts, read_graph, write_graph
from sample_graph import sample_graph


# The import tool's header format (Neo4j 5 operations manual, "Import", CSV header
# format): `name:type` property columns, `:ID`/`name:ID` with an optional ID space,
# `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, `:IGNORE`; types int, long, float, double,
# boolean, byte, short, char, string, point, date, localtime, time, localdatetime,
# datetime, duration, each also as an array with `[]`.
TYPES = ("int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
         "point", "date", "localtime", "time", "localdatetime", "datetime", "duration")
FIELD = re.compile(r"^(?P<name>[^:]*)(?::(?P<kind>ID|START_ID|END_ID)(?:\([^)]*\))?"
                   r"|:(?P<special>LABEL|TYPE|IGNORE)"
                   r"|:(?P<type>" + "|".join(TYPES) + r")(?P<array>\[\])?)?$")


def check_header(columns: list[str], nodes: bool) -> None:
    matches = [FIELD.match(c) for c in columns]
    assert all(matches), columns
    kinds = [m.group("kind") or m.group("special") for m in matches]
    if nodes:
        assert kinds.count("ID") == 1 and kinds.count("LABEL") == 1, columns
        assert not {"START_ID", "END_ID", "TYPE"} & set(kinds)
    else:
        assert [kinds.count(k) for k in ("START_ID", "END_ID", "TYPE")] == [1, 1, 1], columns
        assert "ID" not in kinds and "LABEL" not in kinds
    names = [m.group("name") for m in matches if m.group("name")]
    assert len(names) == len(set(names)), columns


def _value(text: str, kind: str | None, array: bool, delimiter: str):
    if array:
        return [_value(item, kind, False, delimiter) for item in text.split(delimiter)]
    if kind in ("long", "int"):
        return int(text)
    if kind in ("double", "float"):
        return float(text)
    if kind == "boolean":
        return text == "true"
    return text


def read_admin(result) -> nx.MultiDiGraph:
    """The graph the import tool would build from the files and command of `result`:
    headers checked against the documented format, arrays split by the delimiter
    the command names, empty fields absent (as neo4j-admin treats them)."""
    delimiter = result.array_delimiter
    named = re.search(r"--array-delimiter=(\S+)", result.command).group(1).strip("'")
    assert named == (delimiter if delimiter.isprintable() else f"U+{ord(delimiter):04X}")
    graph = nx.MultiDiGraph()
    pairs = re.findall(r"--(nodes|relationships)=(\S+)", result.command)
    assert {Path(f) for _, files in pairs for f in files.split(",")} == set(result.files)
    for option in ("nodes", "relationships"):  # nodes first: relationships point at them
        for _, files in (p for p in pairs if p[0] == option):
            header_file, data_file = files.split(",")
            with open(header_file, encoding="utf-8", newline="") as fh:
                columns = next(csv.reader(fh))
            check_header(columns, option == "nodes")
            with open(data_file, encoding="utf-8", newline="") as fh:
                for values in csv.reader(fh):
                    assert len(values) == len(columns)
                    _add_row(graph, columns, values, delimiter, option == "nodes")
    return graph


def _add_row(graph, columns, values, delimiter, is_node) -> None:
    props, ends = {}, {}
    for column, text in zip(columns, values):
        m = FIELD.match(column)
        role = m.group("kind") or m.group("special")
        if role in ("ID", "START_ID", "END_ID", "LABEL", "TYPE"):
            ends[role] = text
            if role == "ID" and m.group("name"):
                props[m.group("name")] = text
        elif text != "":
            props[m.group("name")] = _value(text, m.group("type"), bool(m.group("array")),
                                            delimiter)
    if is_node:
        assert ends["ID"] not in graph, "duplicate :ID"
        graph.add_node(ends["ID"], label=ends["LABEL"], **props)
        return
    assert ends["START_ID"] in graph and ends["END_ID"] in graph
    graph.add_edge(ends["START_ID"], ends["END_ID"], key=ends["TYPE"], type=ends["TYPE"],
                   **props)


def as_loaded(graph: nx.MultiDiGraph) -> tuple[dict, dict]:
    """Nodes and relationships with their properties as a database stores them: empty
    values absent, the evidence as two parallel lists, MENTIONS without its article
    (its start node), Article's id as a property."""
    nodes = {}
    for node, data in graph.nodes(data=True):
        props = {k: v for k, v in data.items() if v not in (None, "", [])}
        if data.get("label") == "Article":
            props["id"] = node
        nodes[node] = props
    links = {}
    for src, dst, key, data in graph.edges(keys=True, data=True):
        props = {k: v for k, v in edge_record(data).items() if v not in (None, "", [])}
        links[(src, dst, key)] = {**props, "type": data.get("type", key)}
    return nodes, links


def check_round_trip(graph: nx.MultiDiGraph, folder: Path):
    result = export_graph(graph, "neo4j-admin", folder)
    back = read_admin(result)
    assert as_loaded(back) == as_loaded(graph)
    labels, types = counts(graph)
    assert result.command.startswith("neo4j-admin database import full")
    assert result.command.count("--nodes=") == len(labels)
    assert result.command.count("--relationships=") == len(types)
    return result


def test_neo4j_admin_files_read_back_into_the_seed_graph(seed_graph_json, tmp_path):
    check_round_trip(read_graph(seed_graph_json), tmp_path / "admin")


def test_neo4j_admin_files_read_back_into_the_hand_made_graph(tmp_path):
    graph = sample_graph()
    graph.nodes["Company:悍高集团"]["aliases"] = ["悍高", "a|b"]
    edge = graph.get_edge_data("Person:海玉宝", "Post:顺德区招商局副局长", key="HOLDS")
    edge["evidence"].append({"article": edge["articles"][0], "sentence": "第一行\n第二行，\"引号\""})
    result = check_round_trip(graph, tmp_path / "admin")
    assert result.array_delimiter == ";"  # "|" occurs in an alias
    header = (tmp_path / "admin" / "nodes_Article.header.csv").read_text(encoding="utf-8")
    assert header.startswith("id:ID,:LABEL")
    holds = (tmp_path / "admin" / "rels_HOLDS.header.csv").read_text(encoding="utf-8")
    assert {"articles:string[]", "evidence_articles:string[]",
            "evidence_sentences:string[]"} <= set(holds.strip().split(","))
    mentions = (tmp_path / "admin" / "rels_MENTIONS.header.csv").read_text(encoding="utf-8")
    assert mentions.strip() == ":START_ID,:END_ID,:TYPE,count:long"


def test_every_delimiter_in_the_data_is_refused(tmp_path):
    graph = sample_graph()
    graph.nodes["Company:悍高集团"]["aliases"] = ["".join(ARRAY_DELIMITERS)]
    with pytest.raises(ValueError, match="array delimiter"):
        export_graph(graph, "neo4j-admin", tmp_path / "admin")


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
