"""Everything that differs between Neo4j and FalkorDB, in one place.

The product is Neo4j 5: constraints with ``IF NOT EXISTS``, ``shortestPath`` in the
Cypher library, big batches. FalkorDB (the Bolt test server) reports itself as
"Neo4j/5.13.0" but lists its own ``db.idx.*`` procedures; on it:

- constraints and ``IF NOT EXISTS`` do not parse: schema statements become plain
  ``CREATE INDEX FOR (n:L) ON (n.p)``, skipped when ``db.indexes()`` already lists them;
- ``shortestPath(...)`` does not run: the bounded variable-length pattern inside it is
  matched instead, and the query's own ``ORDER BY <length> LIMIT 1`` keeps the shortest;
- parameters are written into the query text as literals before parsing: a RUN whose
  query plus parameters pass about 4 KB crashes the server (batches are cut by that
  size), a ``'`` in a string fails the query and a ``\\`` is read as an escape, so
  string values are escaped for it (`Server.prepare`; values still go as parameters),
  and batches go packed, few values per column (`Server.packs_columns`);
- each Bolt connection ended with GOODBYE leaves a stale slot: a later connection on
  the same file descriptor gets no answer to its handshake. Raw handshakes
  (`prime_handshake`) clear them before the driver connects.
"""
from __future__ import annotations

import re
import select
import socket
import time
from dataclasses import dataclass
from urllib.parse import urlparse
from weakref import WeakKeyDictionary

from neo4j import Driver
from neo4j.exceptions import Neo4jError

NEO4J, FALKORDB = "neo4j", "falkordb"


@dataclass(frozen=True)
class Server:
    """What the loader needs to know about the server it writes to."""
    kind: str
    version: str = ""

    @property
    def is_neo4j(self) -> bool:
        return self.kind == NEO4J

    @property
    def max_message_bytes(self) -> int | None:
        """Largest RUN message (query text + parameters, as the loader counts them) to
        send; None: no cap. FalkorDB 4.16 writes ``CYPHER k=v … query`` into a 4,096-byte
        stack buffer; the loader's count is never below the text written (by ~30 bytes
        in the bench), so 4,000 leaves a margin of about 120 bytes."""
        return None if self.is_neo4j else 4000

    @property
    def default_batch_rows(self) -> int:
        return 2000 if self.is_neo4j else 1000

    @property
    def default_workers(self) -> int:
        """Sessions writing batches in parallel (send.py). One on FalkorDB: two sessions
        were 1.2-1.4x faster (the bench; bulk_new2, 74k articles: 22 s against 28 s),
        but FalkorDB 4.16 does not survive two Bolt connections writing at once for
        long: of 8 loads of bulk_new2 with two, 4 ended with the server dead or hung,
        each time in the relationship phase and each time differently (SIGSEGV in
        HashTableFind under ExecutionPlan_Clone from the plan cache; SIGABRT in a mutex
        under RM_Yield from QueryCtx_LockForCommit; "illegal decrRefCount" on the main
        thread; the main thread deadlocked in moduleAcquireGIL), the marks of a race in
        the server, not of one row (the batches it died on were under the cap, and the
        same batches, sent by one session, all load). With one session, 7 of 7 loads
        of bulk_new2 went in whole, 27.5-28.7 s (docs/neo4j.md)."""
        return 4 if self.is_neo4j else 1

    @property
    def stall_seconds(self) -> float:
        """The longest wait for a transaction's commit before the load gives the server
        up as not answering (send.py). On FalkorDB a transaction (10 batches under its
        4 KB cap) commits in milliseconds; on Neo4j one of 10 × 2,000 rows may wait on
        locks or a checkpoint for a while."""
        return 120.0 if self.is_neo4j else 30.0

    @property
    def batches_per_transaction(self) -> int:
        """UNWIND batches sent in one managed transaction (one BEGIN/COMMIT)."""
        return 10

    @property
    def packs_columns(self) -> bool:
        """Send each batch column as one string of indices into one string of the
        batch's distinct values (`loaders/columns.py`): FalkorDB parses every parameter
        value out of text (~5-7 µs each, measured) under a ~4 KB cap, so fewer values and
        fewer bytes per row are what make batches pay. Neo4j gets plain lists."""
        return not self.is_neo4j

    def prepare(self, value):
        """A parameter value as this server needs it: unchanged on Neo4j; on FalkorDB
        every string with ``\\`` and ``'`` escaped (its Bolt layer unescapes them)."""
        if self.is_neo4j:
            return value
        return _escape(value)


def _escape(value):
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, list):
        return [_escape(v) for v in value]
    if isinstance(value, dict):
        return {k: _escape(v) for k, v in value.items()}
    return value


PROBE = "CALL dbms.components() YIELD name, versions RETURN name, versions"


_detected: WeakKeyDictionary = WeakKeyDictionary()  # driver -> {database: Server}


def detect(driver: Driver, database: str | None = None) -> Server:
    """The server behind `driver`, probed once per driver and database.

    Neo4j answers ``dbms.components()``; FalkorDB (which calls itself "Neo4j/5.13.0")
    fails it and lists its own procedures (``db.idx.*``, ``algo.*``) under
    ``dbms.procedures()``, which Neo4j 5 no longer has. So every statement sent to
    Neo4j is one Neo4j knows (the Cypher lint checks them); the failed probe costs
    FalkorDB ~40 ms, once."""
    known = _detected.setdefault(driver, {})
    if database not in known:
        known[database] = _probe(driver, database)
    return known[database]


def _probe(driver: Driver, database: str | None) -> Server:
    try:
        records = _fetch(driver, PROBE, database)
        versions = records[0]["versions"] if records else []
        return Server(NEO4J, versions[0] if versions else "")
    except Neo4jError:
        pass
    try:
        names = [r["name"] for r in _fetch(
            driver, "CALL dbms.procedures() YIELD name RETURN name", database)]
    except Neo4jError:
        names = []
    if any(n.startswith(("db.idx.", "algo.")) for n in names):
        return Server(FALKORDB, driver.get_server_info().agent or "")
    return Server(NEO4J, "")


def _fetch(driver: Driver, text: str, database: str | None) -> list[dict]:
    with driver.session(database=database) as session:
        return [record.data() for record in session.run(text)]


def prime_handshake(uri: str, timeout: float = 0.5, width: int = 8, rounds: int = 4) -> None:
    """Clear FalkorDB's stale connection slots before the driver connects.

    Measured on FalkorDB 4.16: a connection the client ends with GOODBYE (as a driver
    closes its pool) leaves its socket's slot registered, and a later connection given
    the same file descriptor gets no answer to its handshake (a driver would wait its
    whole connection timeout). A raw connection that gets no answer and is closed clears
    the slot. So: open `width` raw connections at once, each sending a handshake, close
    them all, and repeat until every one was answered, so that the next `width` sockets
    the server accepts (the driver's sessions) are clean. Harmless on Neo4j (answered at
    once); does nothing for routing or TLS schemes or when nothing listens."""
    parsed = urlparse(uri)
    if parsed.scheme != "bolt" or not parsed.hostname:
        return
    address = (parsed.hostname, parsed.port or 7687)
    # magic, then four proposed versions: 5.4, 4.4, none, none
    hello = b"\x60\x60\xb0\x17" + b"\x00\x00\x04\x05" + b"\x00\x00\x04\x04" + b"\x00" * 8
    for _ in range(rounds):
        socks: list[socket.socket] = []
        try:
            for _ in range(width):
                sock = socket.create_connection(address, timeout=timeout)
                socks.append(sock)
                sock.sendall(hello)
            answered = 0
            deadline = time.monotonic() + timeout
            waiting = list(socks)
            while waiting and time.monotonic() < deadline:
                ready, _, _ = select.select(waiting, [], [], max(0.0, deadline - time.monotonic()))
                for sock in ready:
                    waiting.remove(sock)
                    answered += len(sock.recv(4)) == 4
            if answered == width:
                return
        except OSError:
            return
        finally:
            for sock in socks:
                sock.close()


# -- schema -------------------------------------------------------------------------

_CONSTRAINT = re.compile(
    r"CREATE\s+CONSTRAINT\s+\w*\s*(?:IF\s+NOT\s+EXISTS\s+)?FOR\s*\(\s*(\w+)\s*:\s*(\w+)\s*\)"
    r"\s*REQUIRE\s+\1\.(\w+)\s+IS\s+UNIQUE", re.I)
_INDEX = re.compile(
    r"CREATE\s+(?:RANGE\s+|TEXT\s+)?INDEX\s+\w*\s*(?:IF\s+NOT\s+EXISTS\s+)?FOR\s*\(\s*(\w+)\s*:"
    r"\s*(\w+)\s*\)\s*ON\s*\(\s*\1\.(\w+)\s*\)", re.I)


def schema_target(statement: str) -> tuple[str, str] | None:
    """(label, property) that a constraint or index statement covers, else None."""
    m = _CONSTRAINT.search(statement) or _INDEX.search(statement)
    return (m.group(2), m.group(3)) if m else None


def apply_schema(driver: Driver, server: Server, statements: list[str],
                 database: str | None = None) -> list[str]:
    """Run the Neo4j schema statements as they are on Neo4j; on FalkorDB create the
    nearest form, a plain index on the same label and property, unless it exists.
    Returns the statements actually run."""
    if server.is_neo4j:
        for statement in statements:
            _fetch(driver, statement, database)
        return list(statements)
    existing = _indexes(driver, database)
    ran: list[str] = []
    for statement in statements:
        target = schema_target(statement)
        if target is None:
            raise ValueError(f"schema statement has no FalkorDB form: {statement[:80]}")
        if target in existing:
            continue
        label, prop = target
        text = f"CREATE INDEX FOR (n:{label}) ON (n.{prop})"
        try:
            _fetch(driver, text, database)
        except Neo4jError:  # another load created it since (FalkorDB: "already indexed")
            if target not in _indexes(driver, database):
                raise
            continue
        existing.add(target)
        ran.append(text)
    return ran


def _indexes(driver: Driver, database: str | None) -> set[tuple[str, str]]:
    """(label, property) of every index on FalkorDB."""
    records = _fetch(driver, "CALL db.indexes()", database)
    return {(r["label"], p) for r in records for p in (r["properties"] or [])}


# -- queries of the Cypher library ----------------------------------------------------

_SHORTEST = re.compile(r"\b(?:all)?shortestPath\s*\(", re.I)


def adapt_query(server: Server, text: str) -> str:
    """The query to run on `server`: unchanged on Neo4j; on FalkorDB each
    ``shortestPath(PATTERN)`` becomes ``PATTERN`` (the query orders by length itself)."""
    if server.is_neo4j:
        return text
    while (m := _SHORTEST.search(text)):
        depth, end = 1, m.end()
        while depth:
            if end >= len(text):
                raise ValueError("unbalanced parentheses after shortestPath")
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            end += 1
        text = text[:m.start()] + text[m.end():end - 1] + text[end:]
    return text
