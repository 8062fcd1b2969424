"""Loading a graph into a Bolt server: schema, optional replace, nodes, relationships.

Rows go in columnar `UNWIND range(0, size(c0) - 1) AS i … MERGE` batches (columns.py;
cut by row count and, on FalkorDB, by encoded size), encoded while earlier batches are
written by several sessions, several batches per managed write transaction (send.py).
Every load query is idempotent, so a re-run after a failure completes the load without
duplicates.
"""
from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import networkx as nx
from neo4j import Driver
from neo4j.exceptions import DriverError, Neo4jError
from tqdm import tqdm

from kg.graph import one_node_per_key
from kg.model import LABELS, REL_TYPES

from .batch import split_row
from .columns import PARAMS_OVERHEAD, Encoder, Table, merge_shapes, table
from .connection import ServerError, describe_error, failure_reason, fetch, redact
from .nodes import RowGroup
from .schema import apply_schema_file
from .send import Batch, Sender, Stalled
from .server import Server, detect
from .stream import GraphRows, graph_rows


@dataclass
class LoadOptions:
    batch_rows: int | None = None       # rows per batch; None: the server's default
    max_bytes: int | None = None        # bytes per RUN message; None: the server's cap
    batches_per_tx: int | None = None   # None: the server's default
    workers: int | None = None          # sessions writing one group's batches in parallel
    replace: bool = False               # delete what kg loaded before
    schema: bool = True                 # apply cypher/schema.cypher first
    progress: bool = False              # tqdm bar on stderr
    on_commit: Callable[[int], None] | None = None  # called with the batches done so far
    stall_seconds: float | None = None  # longest wait for a commit; None: the server's


class LoadMismatch(ServerError):
    """After a load the server holds fewer nodes or relationships than the graph (or
    than before the load): data was lost on the way, such as by a server restarted
    within the driver's retry window, which the driver does not report."""


@dataclass
class LoadReport:
    server: Server
    nodes: Counter = field(default_factory=Counter)          # nodes sent per label
    relationships: Counter = field(default_factory=Counter)  # relationships sent per type
    batches: int = 0   # batches committed
    sent: int = 0      # batches handed to the sessions (committed or not)
    deleted: int = 0
    seconds: float = 0.0
    before: tuple[Counter, Counter] = (Counter(), Counter())  # server counts before writing
    after: tuple[Counter, Counter] = (Counter(), Counter())   # and after (checked)

    @property
    def rows(self) -> int:
        return sum(self.nodes.values()) + sum(self.relationships.values())


@dataclass
class _Job:
    query: str
    kind: str      # label or relationship type, for the report
    is_node: bool
    count: int     # graph nodes or relationships it carries
    levels: list[list[dict]]  # parameters of each batch (see columns.py), by level: level
    # k + 1 holds the later parts of rows too big for one message, sent after level k
    spec: tuple = ()  # (label, shape) or (type, source label, target label)

    @property
    def batches(self) -> list[dict]:
        return [params for level in self.levels for params in level]


def _row_budget(query: str, max_bytes: int | None) -> int | None:
    if max_bytes is None:
        return None
    budget = max_bytes - len(query.encode("utf-8")) - PARAMS_OVERHEAD
    if budget < 200:
        raise ValueError(f"--max-bytes {max_bytes} leaves no room for rows")
    return budget


def _levels(group: RowGroup, rows: list, budget: int | None) -> list[list]:
    """Rows split to fit `budget`, as levels: the first part of every row, then the
    second parts, … so that one batch never holds two parts of the same row."""
    if budget is None or not group.parallel:
        return [rows]
    levels: list[list] = []
    for row in rows:
        for i, part in enumerate(split_row(row, group.identity, group.parallel, budget - 4)):
            if i == len(levels):
                levels.append([])
            levels[i].append(part)
    return levels


def _tables(rows: GraphRows) -> list[Table]:
    """Every row group's columnar form: nodes label by label, then relationships.
    Validates every label, type and property name."""
    return [table(group) for group in merge_shapes(rows.node_groups) + rows.edge_groups]


def _encode(tab: Table, server: Server, options: LoadOptions) -> _Job:
    """The query and batches of one row group, cut by rows and by the server's cap."""
    group = tab.group
    max_rows = options.batch_rows or server.default_batch_rows
    max_bytes = options.max_bytes if options.max_bytes is not None else server.max_message_bytes
    cells = [tab.cells(r) for r in group.rows]
    encoder = Encoder(tab, cells, server.packs_columns, server.prepare)
    budget = _row_budget(encoder.query, max_bytes)
    big: list[int] = []
    levels = [list(encoder.batches(cells, max_rows, budget, big if group.parallel else None))]
    # rows too big for one message: split, their lists shared out, parts by level
    parts = _levels(group, [group.rows[i] for i in big], budget and budget * 9 // 10)
    for k, level in enumerate(parts):
        batches = list(encoder.batches([tab.cells(r) for r in level], max_rows, budget))
        if k < len(levels):
            levels[k] += batches
        else:
            levels.append(batches)
    return _Job(encoder.query, group.kind, group.is_node, group.count, levels, group.spec)


def plan(graph: nx.MultiDiGraph, server: Server, options: LoadOptions) -> list[_Job]:
    """The load queries and their batches: nodes label by label, then relationships."""
    return [_encode(tab, server, options) for tab in _tables(graph_rows(graph))]


def delete_queries(chunk: int = 500) -> list[tuple[str, str]]:
    """(label, query) deleting, `chunk` at a time, the nodes of each data-model label
    that kg loaded (marked ``kg_loaded``) with their relationships."""
    return [(label, f"MATCH (n:{label}) WHERE n.kg_loaded = true WITH n LIMIT {int(chunk)} "
                    "DETACH DELETE n RETURN count(*) AS c") for label in LABELS]


def delete_loaded(driver: Driver, database: str | None = None, chunk: int = 500,
                  stall: float | None = None) -> int:
    """Delete the nodes (and their relationships) that kg loaded before: nodes of the
    data model's labels marked ``kg_loaded``. Nothing else is touched. Each chunk is
    given up (`Stalled`) when it has not come back after `stall` seconds."""
    deleted = 0
    for _, query in delete_queries(chunk):
        while True:
            records = _bounded(stall, lambda q=query: fetch(driver, q, database=database))
            n = records[0]["c"] if records else 0
            deleted += n
            if n < chunk:
                break
    return deleted


def _phases(tables: list[Table], server: Server, options: LoadOptions,
            report: LoadReport) -> Iterator[Iterator[Batch]]:
    """The batches of each phase, encoded as they are sent: nodes, level by level, then
    relationships, level by level (a phase is written whole before the next)."""
    for is_node in (True, False):
        jobs: list[_Job] = []

        def level(k: int) -> Iterator[Batch]:
            if k == 0:  # encoding the jobs, the first level of each as soon as it is ready
                for tab in tables:
                    if tab.group.is_node == is_node:
                        job = _encode(tab, server, options)
                        jobs.append(job)
                        counter = report.nodes if job.is_node else report.relationships
                        counter[job.kind] += job.count
                        yield from ((job.query, p) for p in job.levels[0])
            else:
                for job in jobs:
                    if k < len(job.levels):
                        yield from ((job.query, p) for p in job.levels[k])

        yield level(0)
        for k in range(1, max((len(job.levels) for job in jobs), default=0)):
            yield level(k)


PROBE_STALL = 120.0  # the longest wait for the server's probe (its kind, and so its own
# stall limit, is not known before it answers)


def load_graph(driver: Driver, graph: nx.MultiDiGraph | GraphRows,
               options: LoadOptions | None = None,
               database: str | None = None, uri: str = "?") -> LoadReport:
    """Write `graph` to the server behind `driver`, then check the server's counts.

    Raises `ServerError` (one line) on server trouble, `LoadMismatch` when the server
    then holds fewer nodes or relationships of a kind than the graph or than before
    the load, and ValueError on a graph outside the data model (labels, types and
    property names are checked before anything is written). Nodes that share a label
    and a name (the key MERGE uses), or names with surrounding whitespace, are made one
    first (kg.graph.one_node_per_key). `graph` may also be the rows of a graph file
    read a line at a time (kg.loaders.stream)."""
    options = options or LoadOptions()
    started = time.perf_counter()
    rows = graph if isinstance(graph, GraphRows) else graph_rows(one_node_per_key(graph))
    report: LoadReport | None = None
    try:
        server = _bounded(options.stall_seconds or PROBE_STALL, detect, driver, database)
        tables = _tables(rows)
        report = LoadReport(server)
        stall = options.stall_seconds if options.stall_seconds is not None \
            else server.stall_seconds
        if options.schema:
            _bounded(stall, apply_schema_file, driver, server, database)
        if options.replace:
            report.deleted = delete_loaded(driver, database, stall=stall)
        report.before = _bounded(stall, server_counts, driver, database)
        _send(driver, server, tables, options, report, database, stall)
        report.after = _bounded(stall, server_counts, driver, database)
    except (DriverError, Neo4jError, OSError, Stalled) as exc:
        sent = report.sent if report else 0
        if sent or isinstance(exc, Stalled):
            where = (f" after {report.batches} of the {sent} batches sent were committed "
                     "(the others may be partly written)") if sent else ""
            what = f"the server at {redact(uri)} stopped answering ({failure_reason(exc)}){where}"
        else:
            what = describe_error(exc, uri)
        raise ServerError(what + "; a re-run completes the load (it is idempotent)") from None
    check_counts(rows.counts, report.before, report.after, uri)
    report.seconds = time.perf_counter() - started
    return report


def _bounded(seconds: float, fn: Callable, *args):
    """`fn(*args)`, or `Stalled` when it has not returned after `seconds` (the driver
    reads without a timeout: a query to a server that hangs never returns; the call is
    left behind in a daemon thread)."""
    if seconds is None or seconds == float("inf"):
        return fn(*args)
    box: dict = {}

    def run() -> None:
        try:
            box["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 (re-raised below)
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise Stalled(seconds)
    if "error" in box:
        raise box["error"]
    return box["value"]


def check_counts(want: tuple[Counter, Counter], before: tuple[Counter, Counter],
                 after: tuple[Counter, Counter], uri: str = "?") -> None:
    """LoadMismatch unless the server holds, of every label and relationship type, at
    least the graph's count `want` (MERGE makes one per key) and at least what it held
    before."""
    short = []
    for expected, had, has in zip(want, before, after):
        for kind in sorted(set(expected) | set(had)):
            floor = max(expected[kind], had[kind])
            if has[kind] < floor:
                short.append(f"{kind} {has[kind]} (expected at least {floor})")
    if short:
        raise LoadMismatch(
            f"after the load the server at {redact(uri)} holds too few: " + ", ".join(short)
            + "; data was lost during the load (did the server restart?); run the load again")


def _send(driver: Driver, server: Server, tables: list[Table], options: LoadOptions,
          report: LoadReport, database: str | None, stall: float | None) -> None:
    """Write every batch, phase by phase, counting them in `report`; `Stalled` when no
    commit comes for `stall` seconds."""
    with tqdm(desc="load", unit=" batches", file=sys.stderr, disable=not options.progress,
              leave=False) as bar:
        def committed(n: int) -> None:
            report.batches += n
            bar.update(n)
            if options.on_commit:
                options.on_commit(report.batches)

        sender = Sender(driver, database, options.workers or server.default_workers,
                        options.batches_per_tx or server.batches_per_transaction, committed,
                        stall_seconds=stall)
        try:
            for batches in _phases(tables, server, options, report):
                sender.phase(batches)
        finally:
            report.sent = sender.sent


def count_queries() -> list[tuple[str, str]]:
    """(label or type, query) counting the server's nodes of each data-model label and
    relationships of each type."""
    return ([(label, f"MATCH (n:{label}) RETURN count(n) AS c") for label in LABELS]
            + [(t, f"MATCH ()-[r:{t}]->() RETURN count(r) AS c") for t in REL_TYPES])


def server_counts(driver: Driver, database: str | None = None) -> tuple[Counter, Counter]:
    """Nodes per data-model label and relationships per type on the server."""
    labels, types = Counter(), Counter()
    for kind, query in count_queries():
        n = fetch(driver, query, database=database)[0]["c"]
        if n:
            (labels if kind in LABELS else types)[kind] = n
    return labels, types
