"""Every Cypher text kg ships or sends to Neo4j, checked by Neo4j's own parser and
semantic checker: `@neo4j-cypher/language-support` (behind Neo4j Browser, Query and the
VS Code extension), run by node from tests/cypher_lint (pinned, with its lockfile;
`npm ci` there installs it, as .ci/run does). Zero errors; the warnings are those
docs/neo4j.md lists. Without node or the package the tests skip, except under CI.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, in_ci
from kg.loaders.library import library
from kg.loaders.schema import schema_statements
from kg.loaders.statements import ENDPOINTS, PROPERTY_KEYS, Statement, neo4j_statements
from kg.model import LABELS, REL_TYPES

LINT_DIR = Path(__file__).parent / "cypher_lint"
DOC = REPO / "docs" / "neo4j.md"


def _unavailable(reason: str):
    if in_ci():
        pytest.fail(f"Cypher lint under CI: {reason}")
    pytest.skip(reason)


def lint(statements: list[Statement]) -> dict[str, list[dict]]:
    """Diagnostics of each statement, by name."""
    node = shutil.which("node")
    if node is None:
        _unavailable("node is not installed (.ci/run installs it with apt)")
    if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        _unavailable(f"the lint package is not installed: run `npm ci` in {LINT_DIR}")
    payload = {"schema": {"labels": list(LABELS), "relationshipTypes": list(REL_TYPES),
                          "propertyKeys": list(PROPERTY_KEYS)},
               "statements": [{"name": s.name, "text": s.text, "params": s.params,
                               "console": s.console} for s in statements]}
    done = subprocess.run([node, "lint.mjs"], cwd=LINT_DIR, input=json.dumps(payload),
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert len(results) == len(statements)
    return {r["name"]: r["diagnostics"] for r in results}


@pytest.fixture(scope="module")
def results() -> dict[str, list[dict]]:
    statements = neo4j_statements()
    assert len({s.name for s in statements}) == len(statements), "names must be unique"
    return lint(statements)


def test_every_statement_kg_ships_or_sends_parses_without_error(results):
    errors = {name: [d for d in found if d["severity"] == "error"]
              for name, found in results.items()}
    assert {name: e for name, e in errors.items() if e} == {}


def test_the_statements_cover_the_library_schema_and_every_load_query():
    names = {s.name for s in neo4j_statements()}
    assert {f"cypher/{name}.cypher" for name in library()} <= names
    assert len([n for n in names if n.startswith("cypher/schema.cypher")]) == len(schema_statements())
    pairs = {(t, s, d) for t, (sources, targets) in ENDPOINTS.items()
             for s in sources for d in targets}
    for form in ("lists", "packed"):
        assert {f"load {label} ({form})" for label in LABELS} <= names
        assert {f"load {t} {s} {d} ({form})" for t, s, d in pairs} <= names
    assert {f"row at a time {t} {s} {d}" for t, s, d in pairs} <= names
    assert {"server probe"} | {f"count {k}" for k in LABELS + REL_TYPES} <= names
    library_params = [s for s in neo4j_statements() if s.name.startswith("cypher/")
                      and not s.console and "schema" not in s.name]
    assert all(s.params for s in library_params if "$" in s.text)


def test_the_warnings_are_those_docs_neo4j_md_lists(results):
    """docs/neo4j.md lists each warning as `statement` — message: a new warning, or
    one gone, means the page is updated."""
    found = {(name, d["message"].split(". ")[0])
             for name, diagnostics in results.items() for d in diagnostics
             if d["severity"] == "warning"}
    text = DOC.read_text(encoding="utf-8")
    start = text.index("<!-- cypher-lint-warnings -->")
    end = text.index("<!-- /cypher-lint-warnings -->")
    listed = set()
    for line in text[start:end].splitlines():
        if line.startswith("- `"):
            name, _, message = line[3:].partition("` — ")
            listed.add((name, message))
    assert found == listed


BROKEN = [
    ("missing parenthesis", "MATCH (p:Person {name: $person} RETURN p.name", {"person": "x"}),
    ("misspelt clause", "MATCH (p:Person) RETRUN p.name", {}),
    ("undefined variable", "MATCH (p:Person) RETURN q.name", {}),
    ("unknown function", "MATCH (p:Person) RETURN sizee(p.aliases)", {}),
    ("undefined parameter", "MATCH (p:Person {name: $persn}) RETURN p", {"person": "x"}),
    ("APOC, absent from Neo4j without plugins", "RETURN apoc.text.join(['a'], ',') AS x", {}),
    ("Neo4j 4 procedure", "CALL dbms.procedures() YIELD name RETURN name", {}),
    ("broken :param", ":param person => ", None),
]


def test_a_broken_query_fails_the_lint():
    statements = [Statement(name, text, params, console=text.startswith(":"))
                  for name, text, params in BROKEN]
    person_posts = library()["person_posts"]
    statements.append(Statement("person_posts with RETURN misspelt",
                                person_posts.text.replace("RETURN", "RETRN"),
                                dict(person_posts.params)))
    found = lint(statements)
    assert all(any(d["severity"] == "error" for d in found[s.name]) for s in statements), found
