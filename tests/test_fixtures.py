"""The copies that let the tests run from a bare clone are the shared folder's files:
`examples/` its seed articles, `tests/fixtures/shared/eval` its gold files and scorer.
(Run where ../shared is, as in CI; skipped in a bare clone.)"""
from __future__ import annotations

import filecmp

import pytest

from conftest import FIXTURES, SEEDS, need_shared

COPIES = [(SEEDS, ("corpus", "seeds")),
          (FIXTURES / "shared" / "eval" / "gold", ("eval", "gold"))]


@pytest.mark.parametrize("copy, parts", COPIES, ids=["seeds", "gold"])
def test_copied_folders_equal_the_shared_ones(copy, parts):
    shared = need_shared(*parts)
    names = sorted(p.name for p in shared.iterdir())
    assert sorted(p.name for p in copy.iterdir()) == names
    match, mismatch, errors = filecmp.cmpfiles(shared, copy, names, shallow=False)
    assert (mismatch, errors) == ([], [])


def test_the_copied_scorer_is_the_shared_one():
    shared = need_shared("eval", "score.py")
    assert filecmp.cmp(shared, FIXTURES / "shared" / "eval" / "score.py", shallow=False)
