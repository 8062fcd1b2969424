"""Shared fixtures: where the shared folder is, and the seed graph built once per run."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "eval" / "gold"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"seed articles not found at {SEEDS} (set KG_SHARED)")
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
