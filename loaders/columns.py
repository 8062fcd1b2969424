"""Columnar batches: each row group's batch is sent as one parameter per column.

A batch of rows becomes parameters ``c0, c1, …``, one per column (the node key, each
property, the aliases; or the two endpoint keys, the articles, the evidence articles and
sentences, each property), and the query reads row ``i`` as ``c0[i], c1[i], …`` after
``UNWIND range(0, size(c0) - 1) AS i``. Property keys are not repeated per row; labels,
types and ``kg_loaded = true`` are in the query text; a property a row lacks is None
and ``coalesce`` keeps what the node already holds, as ``SET n += props`` did.

How a column goes into its parameter depends on the server (`Server.packs_columns`):

- lists (Neo4j): the column as a list (a list of lists for list properties);
- packed (FalkorDB only): FalkorDB's Bolt layer writes every parameter value out as
  Cypher text and parses it again, ~5-7 µs per value and ~4 KB per message at most
  (see server.py). So the batch's distinct strings go once, joined by U+001F, in one
  parameter ``d``, and each column is one string of indices into it (rows separated by
  ``,``, list items by a space), turned back into values by ``split`` in the query. A
  column whose values are not all strings free of U+001F (or all integers) goes as a
  list. Values stay parameters: nothing of the data is written into the query text.

The stored result is the same as with one row per query (`node_query`/`edge_query`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .batch import RowTooLarge, encoded_size
from .nodes import ALIASES, PLAIN, RowGroup, key_of, node_query
from .rows import compact

SEP = "\x1f"          # between the values of the batch dictionary `d` (packed only)
PARAMS_OVERHEAD = 40  # bytes of the message besides the query text and the parameters
_NAME = re.compile(r"^[^\W\d]\w*$")


@dataclass
class Table:
    """A row group as columns: `many[k]` tells whether column k holds a list per row;
    `body` reads row i as c0[i], c1[i], …; `cells` turns a positional row into its
    cells, one per column."""
    group: RowGroup
    many: tuple[bool, ...]
    body: str
    props: tuple[str, ...] = ()

    def cells(self, row) -> list:
        if self.group.is_node:
            shape = self.group.spec[1]
            if shape == PLAIN:
                return [row]
            props = row[1] or {}
            cells = [row[0]] + [props.get(p) for p in self.props]
            return cells + [row[2] or []] if shape == ALIASES else cells
        if self.group.kind == "MENTIONS":
            return [row[0], row[1] or [], row[2] or []]
        props = (row[5] if len(row) > 5 else None) or {}
        return list(row[:5]) + [props.get(p) for p in self.props]


def merge_shapes(groups: list[RowGroup]) -> list[RowGroup]:
    """Node groups of one label merged into one (fewer, fuller batches): rows without
    properties or aliases get None and [] there, which the columnar query leaves alone.
    Not Article, whose name rule applies to rows with properties only."""
    out: list[RowGroup] = []
    for group in groups:
        label, shape = group.spec
        last = out[-1] if out else None
        if (last is None or label == "Article" or last.spec[0] != label):
            out.append(group)
            continue
        rows = [_as_shape(r, shape) for g in (last, group) for r in g.rows]
        out[-1] = RowGroup(label, True, node_query(label, shape), rows, identity=(0,),
                           parallel=((2,),) if shape == ALIASES else (),
                           count=last.count + group.count, spec=(label, shape))
    return out


def _as_shape(row, shape: str) -> list:
    """A row in `shape`, the shape of a later group of its label (groups come PLAIN,
    PROPS, ALIASES)."""
    if not isinstance(row, list):
        row = [row, None]
    return row + [[]] if shape == ALIASES and len(row) == 2 else row


def _prop(name: str) -> str:
    """A property name fit for the query text (graph attribute names go there now)."""
    if not _NAME.match(name):
        raise ValueError(f"property name {name!r} cannot be loaded (not an identifier)")
    return name


def table(group: RowGroup) -> Table:
    """The columnar form of `group` (labels and types were checked by the group)."""
    if group.is_node:
        label, shape = group.spec
        key = key_of(label)
        head = f"MERGE (n:{label} {{{key}: v0}}) SET n.kg_loaded = true"
        if shape == PLAIN:
            return Table(group, (False,), head)
        props = tuple(sorted({_prop(p) for r in group.rows for p in (r[1] or {})}))
        sets = [f"n.{p} = coalesce(v{k + 1}, n.{p})" for k, p in enumerate(props)
                if not (label == "Article" and p == "name")]
        if label == "Article":  # the name, else the title (rows leave out name == title)
            first = [f"v{props.index(p) + 1}" for p in ("name", "title") if p in props]
            sets.append(f"n.name = coalesce({', '.join(first + ['n.name', 'v0'])})")
        many = (False,) * (1 + len(props))
        if shape == ALIASES:
            a = f"v{len(props) + 1}"
            sets.append(f"n.aliases = CASE WHEN size({a}) = 0 THEN n.aliases ELSE "
                        f"coalesce(n.aliases, []) + [x IN {a} WHERE NOT x IN "
                        f"coalesce(n.aliases, [])] END")
            many += (True,)
        return Table(group, many, ", ".join([head] + sets), props)
    rel_type, slabel, tlabel = group.spec
    start = f"MATCH (s:{slabel} {{{key_of(slabel)}: v0}}) "
    if rel_type == "MENTIONS":
        return Table(group, (False, True, True), start + (
            f"WITH s, v1, v2 UNWIND range(0, size(v1) - 1) AS j "
            f"MATCH (t:{tlabel} {{{key_of(tlabel)}: v1[j]}}) "
            f"MERGE (s)-[e:MENTIONS]->(t) SET e.count = v2[j]"))
    props = tuple(sorted({_prop(p) for r in group.rows if len(r) > 5 for p in (r[5] or {})}))
    sets = "".join(f"e.{p} = coalesce(v{k + 5}, e.{p}), " for k, p in enumerate(props))
    body = start + (
        f"MATCH (t:{tlabel} {{{key_of(tlabel)}: v1}}) MERGE (s)-[e:{rel_type}]->(t) "
        f"SET {sets}e.articles = coalesce(e.articles, []) "
        "+ [x IN v2 WHERE NOT x IN coalesce(e.articles, [])] "
        "WITH e, v3, v4, coalesce(e.evidence_articles, []) AS oa, "
        "coalesce(e.evidence_sentences, []) AS os "
        "WITH e, v3, v4, oa, os, [k IN range(0, size(v3) - 1) WHERE NOT any("
        "j IN range(0, size(oa) - 1) WHERE oa[j] = v3[k] AND os[j] = v4[k])] AS f "
        "SET e.evidence_articles = oa + [k IN f | v3[k]], "
        "e.evidence_sentences = os + [k IN f | v4[k]]")
    return Table(group, (False, False, True, True, True) + (False,) * len(props), body, props)


# -- encoding a batch ------------------------------------------------------------------

STR, INT, LIST = "s", "i", "l"


def _kind(values: list, packed: bool) -> str:
    if not packed:
        return LIST
    if all(isinstance(v, str) and SEP not in v for v in values):
        return STR
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return INT
    return LIST


def _values(cells: Iterable, many: bool) -> list:
    if many:
        return [v for c in cells if isinstance(c, list) for v in c] + \
            [c for c in cells if not isinstance(c, list)]
    return [c for c in cells if c is not None]


class Encoder:
    """Parameters and query of one table's batches; `packed` is FalkorDB's encoding."""

    def __init__(self, tab: Table, rows: list[list], packed: bool,
                 prepare: Callable = lambda value: value) -> None:
        self.table = tab
        self.prepare = prepare  # the server's escaping of string values
        self._size: dict = {}   # bytes of each string value, escaped, with its separator
        n = len(tab.many)
        self.kinds = tuple(_kind(_values((r[k] for r in rows), tab.many[k]), packed)
                           for k in range(n))
        nullable = [any(r[k] is None for r in rows) for k in range(n)]
        cols, cells = [], []
        for k, (kind, many) in enumerate(zip(self.kinds, tab.many)):
            value = "d[toInteger(y)]" if kind == STR else "toInteger(y)"
            cols.append(f"$c{k}" if kind == LIST else f"split($c{k}, ',')")
            if kind == LIST:
                cells.append(f"c{k}[i]")
            elif many:
                cells.append(f"[y IN split(c{k}[i], ' ') WHERE y <> '' | {value}]")
            elif nullable[k]:
                cells.append(f"CASE c{k}[i] WHEN '' THEN null ELSE "
                             f"{value.replace('(y)', f'(c{k}[i])')} END")
            else:
                cells.append(value.replace("(y)", f"(c{k}[i])"))
        # the columns are left behind at once: a record carrying them on through a
        # WITH or a MATCH costs a copy of each per row on FalkorDB (measured: 1,000
        # rows 76 ms against 1.5 ms)
        body = compact("WITH " + ", ".join(f"{c} AS c{k}" for k, c in enumerate(cols))
                       + " UNWIND range(0, size(c0) - 1) AS i WITH "
                       + ", ".join(f"{c} AS v{k}" for k, c in enumerate(cells))
                       + " " + tab.body)
        # after compact(): Python's str.split() takes U+001F for whitespace
        self._layout = [(k, kind, many) for k, (kind, many)
                        in enumerate(zip(self.kinds, tab.many))]
        self.query = (body.replace("WITH ", f"WITH split($d,'{SEP}')AS d,", 1)
                      if STR in self.kinds else body)

    def _cost(self, row: list, index: dict, new: dict) -> int:
        """Bytes `row` adds to a batch whose dictionary is `index` (values new to it
        are put in `new`): its index tokens and separators, its new dictionary values
        as escaped for the server, its LIST cells as JSON."""
        cost = 0
        size = self._size
        for k, kind, many in self._layout:
            cell = row[k]
            if kind == LIST:
                cost += encoded_size(self.prepare(cell)) + 2  # with its ", "
            elif kind == INT:
                cost += len(" ".join(map(str, cell)) if many else str(cell)) + 1 \
                    if cell is not None else 1
            else:
                for v in (cell if many else (cell,)):
                    if v is None:
                        continue
                    i = index.get(v) or new.get(v)
                    if i is None:
                        i = new[v] = str(len(index) + len(new))
                        n = size.get(v)
                        if n is None:
                            n = size[v] = len(self.prepare(v).encode("utf-8")) + 1
                        cost += n
                    cost += len(i) + 1
                cost += 1 if not many or not cell else 0
        return cost

    def batches(self, rows: list[list], max_rows: int, budget: int | None,
                oversize: list[int] | None = None) -> Iterator[dict]:
        """Parameters of consecutive batches of `rows` (cells), each at most `max_rows`
        rows and, when `budget` is set, at most `budget` bytes of parameters. A row too
        big alone raises RowTooLarge, or has its position put in `oversize` if given."""
        if budget is None:
            for i in range(0, len(rows), max_rows):
                yield self.params(rows[i:i + max_rows])
            return
        fixed = sum(len(f"c{k}") + 4 for k in range(len(self.kinds))) + 6
        batch: list = []
        index: dict = {}
        size = fixed
        for position, row in enumerate(rows):
            new: dict = {}
            cost = self._cost(row, index, new)
            if batch and (len(batch) >= max_rows or size + cost > budget):
                yield self.params(batch, index)
                batch, index, size, new = [], {}, fixed, {}
                cost = self._cost(row, index, new)
            if fixed + cost > budget:
                if oversize is not None:
                    oversize.append(position)
                    continue
                raise RowTooLarge(f"a {self.table.group.kind} row of {cost} bytes exceeds "
                                  f"the {budget}-byte batch limit")
            batch.append(row)
            index.update(new)
            size += cost
        if batch:
            yield self.params(batch, index)

    def params(self, rows: list[list], index: dict | None = None) -> dict:
        """The parameters of one batch, escaped for the server (`Server.prepare`).
        `index` maps the batch's distinct strings to their tokens (as `batches` counted
        them: numbered in order of first use, row by row); built here when not given."""
        strings = [k for k, kind, _ in self._layout if kind == STR]
        if index is None:
            index = {}
            for row in rows:
                for k in strings:
                    cell = row[k]
                    for v in (cell if self.table.many[k] else (cell,)):
                        if v is not None and v not in index:
                            index[v] = str(len(index))
        params: dict = {}
        for k, kind, many in self._layout:
            cells = [r[k] for r in rows]
            if kind == LIST:
                params[f"c{k}"] = self.prepare(cells)
            elif kind == INT:
                params[f"c{k}"] = ",".join(" ".join(map(str, c)) if many else
                                           "" if c is None else str(c) for c in cells)
            elif many:
                params[f"c{k}"] = ",".join(" ".join([index[v] for v in c]) for c in cells)
            else:
                params[f"c{k}"] = ",".join(["" if v is None else index[v] for v in cells])
        if strings:
            params["d"] = self.prepare(SEP.join(index))
        return params


def literal_size(params: dict) -> int:
    """Bytes of `params` written out as Cypher literals (``name=value `` each), as
    FalkorDB's Bolt layer writes them before parsing: strings exactly (quotes and the
    escapes `Server.prepare` added), lists of other values measured as JSON (never
    shorter)."""
    size = 0
    for name, value in params.items():
        size += len(name) + 2
        size += len(value.encode("utf-8")) + 2 if isinstance(value, str) else encoded_size(value)
    return size
