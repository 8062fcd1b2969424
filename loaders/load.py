"""Loading a graph into a Bolt server: schema, optional replace, nodes, relationships.

Rows go in `UNWIND $rows … MERGE` batches (cut by row count and, on FalkorDB, by encoded
size), several batches per managed write transaction (`session.execute_write`, with the
driver's retries). Every load query is idempotent, so a re-run after a failure
completes the load without duplicates.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import networkx as nx
from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import DriverError, Neo4jError
from tqdm import tqdm

from kg.model import LABELS, REL_TYPES

from .batch import batches, encoded_size, split_row
from .connection import ServerError, describe_error, fetch
from .nodes import node_groups, node_query
from .relations import edge_groups, edge_query
from .schema import apply_schema_file
from .server import Server, detect

PARAMS_OVERHEAD = 40  # bytes besides the query text and the rows ("CYPHER rows=")


@dataclass
class LoadOptions:
    batch_rows: int | None = None       # rows per batch; None: the server's default
    max_bytes: int | None = None        # bytes per RUN message; None: the server's cap
    batches_per_tx: int | None = None   # None: the server's default
    replace: bool = False               # delete what kg loaded before
    schema: bool = True                 # apply cypher/schema.cypher first
    progress: bool = False              # tqdm bar on stderr
    on_commit: Callable[[int], None] | None = None  # called with the rows done so far


@dataclass
class LoadReport:
    server: Server
    nodes: Counter = field(default_factory=Counter)          # rows sent per label
    relationships: Counter = field(default_factory=Counter)  # rows sent per type
    batches: int = 0
    deleted: int = 0
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(self.nodes.values()) + sum(self.relationships.values())


@dataclass
class _Job:
    query: str
    kind: str      # label or relationship type, for the report
    is_node: bool
    rows: list[list[dict]]  # batches


def _row_budget(query: str, max_bytes: int | None) -> int | None:
    if max_bytes is None:
        return None
    budget = max_bytes - len(query.encode("utf-8")) - PARAMS_OVERHEAD
    if budget < 200:
        raise ValueError(f"--max-bytes {max_bytes} leaves no room for rows")
    return budget


def _levels(rows: list[dict], identity: tuple[str, ...], parallel, budget: int | None
            ) -> list[list[dict]]:
    """Rows split to fit `budget`, as levels: the first part of every row, then the
    second parts, … so that one batch never holds two parts of the same row."""
    if budget is None:
        return [rows]
    levels: list[list[dict]] = []
    for row in rows:
        for i, part in enumerate(split_row(row, identity, parallel, budget - 2)):
            if i == len(levels):
                levels.append([])
            levels[i].append(part)
    return levels


def plan(graph: nx.MultiDiGraph, server: Server, options: LoadOptions) -> list[_Job]:
    """The load queries and their batches: nodes label by label, then relationships."""
    max_rows = options.batch_rows or server.default_batch_rows
    max_bytes = options.max_bytes if options.max_bytes is not None else server.max_message_bytes
    jobs: list[_Job] = []
    prep = server.prepare
    for (label, with_aliases), rows in sorted(node_groups(graph).items(),
                                              key=lambda kv: (LABELS.index(kv[0][0]), kv[0][1])):
        query = node_query(label, with_aliases)
        budget = _row_budget(query, max_bytes)
        for level in _levels([prep(r) for r in rows], ("k",), (("al",),), budget):
            jobs.append(_Job(query, label, True, list(batches(level, max_rows, budget))))
    for (rel_type, slabel, tlabel), rows in sorted(
            edge_groups(graph).items(), key=lambda kv: (REL_TYPES.index(kv[0][0]), kv[0][1:])):
        query = edge_query(rel_type, slabel, tlabel)
        budget = _row_budget(query, max_bytes)
        for level in _levels([prep(r) for r in rows], ("s", "t"), (("a",), ("ea", "es")),
                             budget):
            jobs.append(_Job(query, rel_type, False, list(batches(level, max_rows, budget))))
    return jobs


def _run_batches(tx: ManagedTransaction, query: str, group: list[list[dict]]) -> None:
    for rows in group:
        tx.run(query, rows=rows).consume()


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def delete_loaded(driver: Driver, database: str | None = None, chunk: int = 500) -> int:
    """Delete the nodes (and their relationships) that kg loaded before: nodes of the
    data model's labels marked ``kg_loaded``. Nothing else is touched."""
    deleted = 0
    for label in LABELS:
        query = (f"MATCH (n:{label}) WHERE n.kg_loaded = true WITH n LIMIT {int(chunk)} "
                 "DETACH DELETE n RETURN count(*) AS c")
        while True:
            records = fetch(driver, query, database=database)
            n = records[0]["c"] if records else 0
            deleted += n
            if n < chunk:
                break
    return deleted


def load_graph(driver: Driver, graph: nx.MultiDiGraph, options: LoadOptions | None = None,
               database: str | None = None, uri: str = "?") -> LoadReport:
    """Write `graph` to the server behind `driver`. Raises `ServerError` (one line) on
    server trouble and ValueError on a graph outside the data model."""
    options = options or LoadOptions()
    started = time.perf_counter()
    done = total = 0
    try:
        server = detect(driver, database)
        jobs = plan(graph, server, options)  # validates labels/types before any write
        report = LoadReport(server)
        if options.schema:
            apply_schema_file(driver, server, database)
        if options.replace:
            report.deleted = delete_loaded(driver, database)
        total = sum(len(b) for job in jobs for b in job.rows)
        per_tx = options.batches_per_tx or server.batches_per_transaction
        bar = tqdm(total=total, desc="load", unit=" rows", file=sys.stderr,
                   disable=not options.progress, leave=False)
        with bar, driver.session(database=database) as session:
            for job in jobs:
                for group in _chunks(job.rows, per_tx):
                    session.execute_write(_run_batches, job.query, group)
                    n = sum(len(b) for b in group)
                    done += n
                    bar.update(n)
                    report.batches += len(group)
                    (report.nodes if job.is_node else report.relationships)[job.kind] += n
                    if options.on_commit:
                        options.on_commit(done)
    except (DriverError, Neo4jError, OSError) as exc:
        where = f" after {done} of {total} rows" if total else ""
        raise ServerError(describe_error(exc, uri) + where
                          + "; a re-run completes the load (it is idempotent)") from None
    report.seconds = time.perf_counter() - started
    return report


def server_counts(driver: Driver, database: str | None = None) -> tuple[Counter, Counter]:
    """Nodes per data-model label and relationships per type on the server."""
    labels, types = Counter(), Counter()
    for label in LABELS:
        records = fetch(driver, f"MATCH (n:{label}) RETURN count(n) AS c", database=database)
        if records[0]["c"]:
            labels[label] = records[0]["c"]
    for rel_type in REL_TYPES:
        records = fetch(driver, f"MATCH ()-[r:{rel_type}]->() RETURN count(r) AS c",
                        database=database)
        if records[0]["c"]:
            types[rel_type] = records[0]["c"]
    return labels, types
