"""The build on a Dask cluster (issue 14): a LocalCluster of two worker processes
extracts, the build's process reduces into its store, and the graph equals the local
build's, byte for byte."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import SEEDS, in_ci
from kg.cli import main

try:
    from distributed import LocalCluster
except ImportError:  # the optional extra: pip install 'kg[dask]'
    LocalCluster = None


@pytest.fixture(scope="module")
def scheduler():
    if LocalCluster is None:
        message = "needs dask.distributed (pip install 'kg[dask]')"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_a_build_on_dask_equals_the_local_build(scheduler, tmp_path):
    runner = CliRunner()
    local, remote = tmp_path / "local", tmp_path / "dask"
    for out, extra in ((local, ["-j", "2"]), (remote, ["--dask", scheduler])):
        result = runner.invoke(main, ["build", str(SEEDS), "--out", str(out), *extra])
        assert result.exit_code == 0, result.output + result.stderr
    for name in ("graph.json", "articles.jsonl", "graph.html"):
        assert (remote / name).read_bytes() == (local / name).read_bytes(), name


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    if LocalCluster is None:
        pytest.skip("needs dask.distributed")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "o"),
                                       "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler" in result.stderr
    assert not (tmp_path / "o" / "graph.json").exists()
