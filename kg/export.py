"""Exporting the graph: CSV files for `neo4j-admin database import full`, GraphML and
GEXF (Gephi) through NetworkX. Every export is written atomically, its files as one set
(kg.atomic): a failed export leaves an earlier one as it was.

neo4j-admin, in the import tool's documented format: one node file per label (``:ID``
— ``id:ID`` for Article, whose id is also its key property — ``:LABEL``, the key and
typed properties such as ``count:long`` and ``aliases:string[]``) and one relationship
file per type (``:START_ID``, ``:END_ID``, ``:TYPE``, ``articles:string[]`` and the
evidence as two parallel arrays, ``evidence_articles:string[]`` and
``evidence_sentences:string[]``, as the Bolt loader stores them), each with a separate
header file. The array delimiter is the first of `ARRAY_DELIMITERS` that no array item
contains, and the printed command names it (``--array-delimiter``), so that the files
read back into the same graph.
"""
from __future__ import annotations

import csv
import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .atomic import Outputs, atomic_open
from .model import LABELS, REL_TYPES

ARRAY_DELIMITERS = ("|", ";", "\u001f", "\u001e")


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    command: str = ""  # the import command line, for neo4j-admin
    array_delimiter: str = ""


def export_graph(graph: nx.MultiDiGraph, fmt: str, out: str | Path) -> ExportResult:
    if fmt == "careers":  # one row per person and post (kg.careers_export)
        from .careers_export import write_careers
        return ExportResult([write_careers(graph, out)])
    if fmt == "neo4j-admin":
        return export_neo4j_admin(graph, out)
    if fmt in ("graphml", "gexf"):
        path = Path(out)
        if path.is_dir():
            path = path / f"graph.{fmt}"
        path.parent.mkdir(parents=True, exist_ok=True)
        flat = flatten_for_gephi(graph) if fmt == "gexf" else flatten(graph)
        with atomic_open(path, binary=True) as fh:
            (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(flat, fh)
        return ExportResult([path])
    raise ValueError(f"unknown export format {fmt!r} (neo4j-admin, graphml, gexf, careers)")


# -- GraphML / GEXF -----------------------------------------------------------------

# characters XML 1.0 cannot hold, even escaped: C0 controls but tab, newline and
# return; lone surrogates; U+FFFE and U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` with the characters XML cannot hold replaced by U+FFFD, so that the
    file stays well-formed (the character itself cannot be kept)."""
    return _NOT_XML.sub("\ufffd", text)


def _scalar(value):
    """A value GraphML/GEXF take: scalars as they are, lists and maps as JSON text;
    text made safe for XML."""
    if isinstance(value, (int, float, bool)):
        return value
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))
    return xml_safe(value)


def flatten(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with every list or map property turned into a JSON string, None dropped."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(_scalar(node), **{k: _scalar(v) for k, v in data.items() if v is not None})
    for src, dst, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(_scalar(src), _scalar(dst), key=_scalar(key),
                      **{k: _scalar(v) for k, v in data.items() if v is not None})
    return flat


def flatten_for_gephi(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """`flatten`, with GEXF's display ``label`` set to the name and the data-model
    label kept as ``kind``."""
    flat = flatten(graph)
    for _, data in flat.nodes(data=True):
        data["kind"] = data.get("label", "")
        data["label"] = str(data.get("name", ""))
    return flat


# -- neo4j-admin --------------------------------------------------------------------

def _items(value) -> list:
    return list(value) if isinstance(value, (list, tuple, set)) else [value]


def _array_text(value) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def array_delimiter(records: list[dict], kinds: dict[str, str]) -> str:
    """The first delimiter of ARRAY_DELIMITERS found in no array item."""
    used = set()
    for rec in records:
        for name, kind in kinds.items():
            if kind == "string[]" and rec.get(name) not in (None, ""):
                used.update(c for item in _items(rec[name]) for c in _array_text(item)
                            if c in ARRAY_DELIMITERS)
    for delimiter in ARRAY_DELIMITERS:
        if delimiter not in used:
            return delimiter
    raise ValueError("every array delimiter neo4j-admin could use occurs in the data")


def _column_type(values: list) -> str:
    """neo4j-admin type of a property column from its non-empty values."""
    if any(isinstance(v, (list, tuple, set)) for v in values):
        return "string[]"
    if values and all(isinstance(v, bool) for v in values):
        return "boolean"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "long"
    if values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _cell(value, kind: str, delimiter: str) -> str:
    if value is None or value == "" or value == []:
        return ""
    if kind == "string[]":
        return delimiter.join(_array_text(v) for v in _items(value))
    if kind == "boolean":
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _columns(records: list[dict]) -> list[tuple[str, str]]:
    """(property, neo4j-admin type) of every property the records hold, in first-seen
    order."""
    names: list[str] = []
    for rec in records:
        names += [k for k in rec if k not in names]
    return [(n, _column_type([r[n] for r in records if r.get(n) not in (None, "", [])]))
            for n in names]


def _field(name: str, kind: str) -> str:
    return name if kind == "string" else f"{name}:{kind}"


def edge_record(data: dict) -> dict:
    """A relationship's properties as the loader stores them: provenance flattened."""
    rec = {k: v for k, v in data.items() if k not in ("type", "evidence", "key")}
    evidence = [e for e in data.get("evidence") or [] if isinstance(e, dict)]
    if evidence:
        rec["evidence_articles"] = [e.get("article", "") for e in evidence]
        rec["evidence_sentences"] = [e.get("sentence", "") for e in evidence]
    if data.get("type") == "MENTIONS":
        rec.pop("article", None)  # the start node
    return rec


@dataclass
class _Table:
    stem: str
    header: list[str]
    columns: list[tuple[str, str]]   # property columns: (name, type)
    lead: list[list[str]]            # per row: the cells before the property columns
    records: list[dict]


def _node_tables(graph: nx.MultiDiGraph) -> list[_Table]:
    by_label: dict[str, list[tuple[str, dict]]] = {}
    for node, data in graph.nodes(data=True):
        label = data.get("label")
        if label not in LABELS:
            raise ValueError(f"node {node!r} has label {label!r}, not one of the data model's")
        by_label.setdefault(label, []).append((node, data))
    tables = []
    for label in (label for label in LABELS if label in by_label):
        nodes = by_label[label]
        records = [{k: v for k, v in d.items() if k not in ("label", "id")} for _, d in nodes]
        columns = _columns(records)
        id_field = "id:ID" if label == "Article" else ":ID"
        tables.append(_Table(f"nodes_{label}", [id_field, ":LABEL"], columns,
                             [[str(node), label] for node, _ in nodes], records))
    return tables


def _edge_tables(graph: nx.MultiDiGraph) -> list[_Table]:
    by_type: dict[str, list[tuple[str, str, dict]]] = {}
    for src, dst, key, data in graph.edges(keys=True, data=True):
        rel_type = data.get("type", key)
        if rel_type not in REL_TYPES:
            raise ValueError(f"relationship {src!r}->{dst!r} has type {rel_type!r}, "
                             "not one of the data model's")
        by_type.setdefault(rel_type, []).append((src, dst, edge_record(data)))
    tables = []
    for rel_type in (t for t in REL_TYPES if t in by_type):
        edges = by_type[rel_type]
        records = [rec for _, _, rec in edges]
        tables.append(_Table(f"rels_{rel_type}", [":START_ID", ":END_ID", ":TYPE"],
                             _columns(records),
                             [[str(s), str(d), rel_type] for s, d, _ in edges], records))
    return tables


def export_neo4j_admin(graph: nx.MultiDiGraph, out: str | Path,
                       database: str = "neo4j") -> ExportResult:
    """Write nodes_<Label> and rels_<TYPE> CSV + header files into `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    nodes, edges = _node_tables(graph), _edge_tables(graph)
    delimiter = array_delimiter([r for t in nodes + edges for r in t.records],
                                {n: k for t in nodes + edges for n, k in t.columns})
    shown = delimiter if delimiter.isprintable() else f"U+{ord(delimiter):04X}"
    args = ["neo4j-admin", "database", "import", "full", database,
            f"--array-delimiter={shown}", "--multiline-fields=true"]
    result = ExportResult(array_delimiter=delimiter)
    with Outputs() as outputs:
        for table in nodes + edges:
            head, body = out / f"{table.stem}.header.csv", out / f"{table.stem}.csv"
            header = table.header + [_field(n, k) for n, k in table.columns]
            rows = [lead + [_cell(rec.get(n), k, delimiter) for n, k in table.columns]
                    for lead, rec in zip(table.lead, table.records)]
            for path, lines in ((head, [header]), (body, rows)):
                with outputs.open(path) as fh:
                    csv.writer(fh, quoting=csv.QUOTE_MINIMAL).writerows(lines)
            result.files += [head, body]
            option = "--nodes=" if table.stem.startswith("nodes_") else "--relationships="
            args.append(option + ",".join(str(f) for f in (head, body)))
    result.command = " ".join(shlex.quote(a) for a in args)
    return result
