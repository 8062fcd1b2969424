"""The build's store (issue 14): an update equals a full rebuild, adding an article again
changes nothing, an interrupted update leaves everything as it was, the page's nodes are
chosen in the store as in memory, and the build's process never loads the models."""
from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from test_faults import KILLER  # SIGKILL half-way through the first write of a file
from kg.cli import main
from kg.graph import read_graph
from kg.store import Store
from kg.store.page import select_stored
from kg.view import page_data, select

# articles written for these tests in the genre's style: two village secretaries of one
# name in unrelated places, one of them seen again later
FILLER = "会议强调，要扎实推动高质量发展，切实保障和改善民生。"
NAMESAKES = [
    ("2020-05-06", "吉林省白山市江源区大石人镇河口村党支部书记赵永顺介绍，村里新建了蔬菜大棚。"),
    ("2021-09-14", "走进贵州省遵义市湄潭县兴隆镇田家沟村，茶园连片。田家沟村党支部书记赵永顺说，"
                   "村里成立了茶叶专业合作社。"),
    ("2022-03-02", "白山市江源区大石人镇河口村党支部书记赵永顺告诉记者，今年还要建一座加工厂。"),
    ("2022-08-30", "湄潭县兴隆镇田家沟村党支部书记赵永顺表示，合作社带动三百户茶农增收。"),
]


def _jsonl(path: Path, items: list[tuple[str, str]], first: int = 0) -> Path:
    path.write_text("".join(json.dumps({"title": f"村里的事{first + i}", "date": d, "text": t + FILLER},
                                       ensure_ascii=False) + "\n" for i, (d, t) in enumerate(items)),
                    encoding="utf-8")
    return path


def build(*args) -> str:
    result = CliRunner().invoke(main, ["build", *map(str, args)])
    assert result.exit_code == 0, result.output + (result.stderr or "")
    return result.output


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("graph.json", "articles.jsonl")}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> tuple[Path, Path]:
    """Two batches of inputs: three seed files and the first namesake articles, then the
    other seed files (one of the first batch again) and the later namesake articles."""
    root = tmp_path_factory.mktemp("inputs")
    first, second = root / "first", root / "second"
    first.mkdir()
    second.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for f in seeds[:3]:
        shutil.copy(f, first)
    for f in seeds[2:]:
        shutil.copy(f, second)
    _jsonl(first / "namesakes.jsonl", NAMESAKES[:2])
    _jsonl(second / "namesakes.jsonl", NAMESAKES[2:], first=2)
    return first, second


@pytest.fixture(scope="module")
def full(inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("full") / "out"
    build(*inputs, "--out", out)
    return out


def test_an_update_equals_the_full_rebuild(inputs, full, tmp_path):
    out = tmp_path / "out"
    build(inputs[0], "--out", out, "-j", "2")
    said = build(inputs[1], "--out", out, "--update")
    assert "already in the graph" in said  # the articles of the seed file in both batches
    assert outputs(out) == outputs(full)  # byte for byte: same nodes, links, order
    graph = read_graph(out / "graph.json")
    people = {d["name"] for _, d in graph.nodes(data=True) if d["label"] == "Person"
              and d["name"].startswith("赵永顺")}
    assert len(people) == 2, people  # the resolve stage tells the namesakes apart, also on an update


def test_an_update_of_a_store_with_the_earlier_indexes_equals_the_full_rebuild(
        inputs, full, tmp_path):
    """Stores written before the graph's covering indexes (nodes_pos, links_pos) take an
    update: it makes the new indexes, drops the old ones, and ends in the same files."""
    out = tmp_path / "out"
    build(inputs[0], "--out", out)
    db = sqlite3.connect(out / "kg.sqlite", isolation_level=None)
    db.executescript("DROP INDEX nodes_order; DROP INDEX links_order; "
                     "CREATE INDEX nodes_pos ON nodes (pos); CREATE INDEX links_pos ON links (pos);")
    db.close()
    build(inputs[1], "--out", out, "--update")
    assert outputs(out) == outputs(full)
    db = sqlite3.connect(out / "kg.sqlite")
    indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    db.close()
    assert {"nodes_order", "links_order"} <= indexes and not {"nodes_pos", "links_pos"} & indexes


def test_adding_the_same_articles_again_changes_nothing(inputs, full, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(full, out)
    before = outputs(out)
    said = build(*inputs, "--out", out, "--update")
    assert "0 articles" in said and "already in the graph" in said
    assert outputs(out) == before


def test_update_of_a_graph_without_its_store_is_one_line(full, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(full, out)
    (out / "kg.sqlite").unlink()
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out), "--update"])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and "no store to update" in result.stderr
    fresh = tmp_path / "fresh"  # nothing there yet: the update is a first build
    build(SEEDS, "--out", fresh, "--update")
    assert (fresh / "kg.sqlite").is_file() and (fresh / "graph.json").is_file()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd (Linux)")
def test_an_update_killed_while_writing_leaves_everything_as_it_was(inputs, full, tmp_path):
    out = tmp_path / "out"
    build(inputs[0], "--out", out)
    names = ("graph.json", "articles.jsonl", "graph.html", "kg.sqlite")
    before = {name: (out / name).read_bytes() for name in names}
    done = subprocess.run([sys.executable, "-c", KILLER, "graph.json", "build", str(inputs[1]),
                           "--out", str(out), "--update"], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert {name: (out / name).read_bytes() for name in names} == before
    build(inputs[1], "--out", out, "--update")  # and the store takes the update after it
    assert outputs(out) == outputs(full)


def test_the_page_chooses_the_same_nodes_in_the_store_as_in_memory(full):
    graph = read_graph(full / "graph.json")
    store = Store.open(full / "kg.sqlite")
    try:
        for limit in (1, 40, 300, 10_000):
            from_store = page_data(select_stored(store, limit))
            in_memory = page_data(select(graph, max_nodes=limit))
            assert from_store == in_memory, limit
    finally:
        store.close()


MAIN_LOADS_NOTHING = r"""
import sys
from kg.pipeline import build_graph
result = build_graph([sys.argv[1]], jobs=2)
assert result.articles
print(sorted(m for m in ("jieba", "onnxruntime", "kg.extract", "kg.gazetteer", "kg.places", "kg.text.segmenter",
                         "kg.clean", "opencc") if m in sys.modules))
"""


def test_with_workers_the_build_process_loads_no_model():
    """The models are loaded once, by the first worker, and shared with the others by
    fork: the build's own process (which writes the store) never loads them."""
    done = subprocess.run([sys.executable, "-c", MAIN_LOADS_NOTHING, str(SEEDS)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"  # not even imported: extraction is in the workers
