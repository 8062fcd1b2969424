"""graph.json one node or link per line (issue 14): still one JSON document for any
reader, streamed by kg's own readers (kg.graph.read_graph, kg load), a truncated file
refused with one line; and the progress line of a long build."""
from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from conftest import SEEDS
from kg import graphfile
from kg.cli import main
from kg.graph import GraphFileError, read_graph, to_node_link
from kg.loaders.stream import graph_rows, rows_of_file
from kg.progress import Progress, input_size


def test_the_file_is_json_and_streams_the_same(seed_graph_json, tmp_path):
    text = seed_graph_json.read_text(encoding="utf-8")
    assert text.splitlines()[0] == graphfile.HEADER
    data = json.loads(text)
    streamed = list(graphfile.items(seed_graph_json))
    assert [i for k, i in streamed if k == "node"] == data["nodes"]
    assert [i for k, i in streamed if k == "link"] == data["links"]
    whole = nx.node_link_graph(data, edges="links")  # any reader: NetworkX as it is
    assert whole.number_of_edges() == len(data["links"])
    pretty = tmp_path / "pretty.json"  # the same graph in another layout, read whole
    pretty.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    assert to_node_link(read_graph(pretty)) == to_node_link(read_graph(seed_graph_json))


def test_the_loader_reads_the_file_a_line_at_a_time_into_the_same_rows(seed_graph_json):
    streamed = rows_of_file(seed_graph_json)
    whole = graph_rows(read_graph(seed_graph_json))
    assert streamed is not None
    assert [(g.spec, g.rows, g.count) for g in streamed.node_groups] == \
        [(g.spec, g.rows, g.count) for g in whole.node_groups]
    assert [(g.spec, g.rows, g.count) for g in streamed.edge_groups] == \
        [(g.spec, g.rows, g.count) for g in whole.edge_groups]
    assert streamed.counts == whole.counts


def test_a_file_with_names_to_merge_is_read_whole(seed_graph_json, tmp_path):
    lines = seed_graph_json.read_text(encoding="utf-8").splitlines()
    node = json.loads(lines[2].rstrip(","))
    lines.insert(2, json.dumps({**node, "id": "other", "name": " " + node["name"]},
                               ensure_ascii=False) + ",")
    odd = tmp_path / "odd.json"
    odd.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert rows_of_file(odd) is None  # kg load then reads it whole and merges the two


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_a_truncated_file_is_refused_with_one_line(seed_graph_json, tmp_path, cut):
    data = seed_graph_json.read_bytes()
    bad = tmp_path / "cut.json"
    bad.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(GraphFileError, match="cut.json is not a node-link graph file"):
        read_graph(bad)
    with pytest.raises(GraphFileError):
        rows_of_file(bad)
    result = CliRunner().invoke(main, ["analyze", str(bad)])
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1


def test_progress_shows_files_articles_rate_and_time_left(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("x" * 1000)
    second.write_text("y" * 3000)
    stream = io.StringIO()
    bar = Progress(True, input_size([str(tmp_path)]), stream)
    bar.started -= 2  # two seconds in
    bar.drawn -= 1
    bar.advance(str(first), 1000, 10)
    line = stream.getvalue()
    assert "files 1/2" in line and "10 articles" in line and "/s" in line
    assert "0:06 left" in line  # a quarter of the bytes in two seconds
    quiet = io.StringIO()
    Progress(False, None, quiet).advance(str(first), 1000, 10)
    assert quiet.getvalue() == ""


def test_a_build_that_is_piped_shows_no_progress(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "o"),
                                       "--no-page"])
    assert result.exit_code == 0 and "\r" not in result.stderr + result.output
