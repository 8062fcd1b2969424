"""Shared fixtures: where the test data is, and the seed graph built once per run.

The tests run from a bare clone. The seed articles are `examples/`; the gold
annotations and the reference scorer the tests use are copied from the shared folder
into `tests/fixtures/shared/` (laid out as the shared folder is, its `corpus/seeds`
pointing at `examples/`). What only the shared folder has (the bulk corpus, CLUENER)
is reached through `need_shared`, which skips with one line naming what is missing,
or fails under CI=true, where `../shared` is always beside the clone.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
REAL_SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
# the shared folder when it is there, else the copy of the parts the tests use
SHARED = REAL_SHARED if REAL_SHARED.is_dir() else FIXTURES / "shared"
SEEDS = REPO / "examples"
GOLD = FIXTURES / "shared" / "eval" / "gold"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need_shared(*parts: str) -> Path:
    """`../shared/<parts>`, or a skip naming it (a failure under CI)."""
    path = REAL_SHARED.joinpath(*parts)
    if not path.exists():
        message = f"needs {path} (only in the shared data folder; set KG_SHARED)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_build(seeds_dir, tmp_path_factory):
    """The seed articles built once: (BuildResult, output folder with graph.json)."""
    from kg.pipeline import build_graph, write_outputs
    result = build_graph([str(seeds_dir)])
    out = tmp_path_factory.mktemp("seed_out")
    write_outputs(result, out, page=False)
    return result, out


@pytest.fixture(scope="session")
def seed_graph(seed_build):
    """The seed graph (networkx.MultiDiGraph)."""
    return seed_build[0].graph


@pytest.fixture(scope="session")
def seed_graph_json(seed_build) -> Path:
    return seed_build[1] / "graph.json"


def found(text: str, label: str) -> set[str]:
    """The names of `label` that the extraction pipeline finds in `text`."""
    from kg.extract import driver
    from kg.extract.components import PIPELINE
    from kg.extract.state import ArticleState
    state = ArticleState(text)
    driver.run(PIPELINE, state)
    return {e.name for e in state.extraction.entities if e.label == label}


def run(text: str):
    """The extraction of one article made of `text`."""
    from kg.extract import extract
    from kg.model import Article
    return extract(Article(text=text))


def names(ext, label: str) -> set[str]:
    """The names of `label` in an extraction."""
    return {e.name for e in ext.entities if e.label == label}


def holds(ext) -> set[tuple[str, str, str, str]]:
    """(person, title, body, status) of every HOLDS, the body read through OF."""
    posts = {e.name: e for e in ext.entities if e.label == "Post"}
    body = {r.source.name: r.target.name for r in ext.relations if r.type == "OF"}
    return {(r.source.name, posts[r.target.name].props["title"], body.get(r.target.name, ""),
             r.props["status"]) for r in ext.relations if r.type == "HOLDS"}
