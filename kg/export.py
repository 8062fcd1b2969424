"""Exporting the graph: CSV files for `neo4j-admin database import full`, GraphML and
GEXF (Gephi) through NetworkX.

neo4j-admin: one node file per label (``:ID``, ``:LABEL``, the key and typed properties,
lists as ``string[]``) and one relationship file per type (``:START_ID``, ``:END_ID``,
``:TYPE``, ``articles:string[]`` and the evidence as two parallel arrays, as the Bolt
loader stores them), each with a separate header file. Arrays use ``|`` as delimiter (a
``|`` inside a value becomes the full-width ``｜``).
"""
from __future__ import annotations

import csv
import json
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .model import LABELS, REL_TYPES

ARRAY_DELIMITER = "|"


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    command: str = ""  # the import command line, for neo4j-admin


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
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(flat, path)
        return ExportResult([path])
    raise ValueError(f"unknown export format {fmt!r} (neo4j-admin, graphml, gexf, careers)")


# -- GraphML / GEXF -----------------------------------------------------------------

def _scalar(value):
    """A value GraphML/GEXF take: scalars as they are, lists and maps as JSON text."""
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))


def flatten(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with every list or map property turned into a JSON string, None dropped."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: _scalar(v) for k, v in data.items() if v is not None})
    for src, dst, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(src, dst, key=key, **{k: _scalar(v) for k, v in data.items()
                                             if v is not None})
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

def _array_item(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text.replace(ARRAY_DELIMITER, "｜")


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


def _cell(value, kind: str) -> str:
    if value is None or value == "":
        return ""
    if kind == "string[]":
        items = value if isinstance(value, (list, tuple, set)) else [value]
        return ARRAY_DELIMITER.join(_array_item(v) for v in items)
    if kind == "boolean":
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _columns(records: list[dict], skip: set[str]) -> list[tuple[str, str]]:
    names: list[str] = []
    for rec in records:
        names += [k for k in rec if k not in skip and k not in names]
    return [(n, _column_type([r[n] for r in records if r.get(n) not in (None, "")]))
            for n in names]


def _write_pair(out: Path, stem: str, header: list[str], rows: list[list[str]]) -> list[Path]:
    head, body = out / f"{stem}.header.csv", out / f"{stem}.csv"
    for path, lines in ((head, [header]), (body, rows)):
        with path.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, quoting=csv.QUOTE_MINIMAL).writerows(lines)
    return [head, body]


def edge_record(data: dict) -> dict:
    """A relationship's properties as the loader stores them: provenance flattened."""
    rec = {k: v for k, v in data.items() if k not in ("type", "evidence", "key")}
    evidence = [e for e in data.get("evidence") or [] if isinstance(e, dict)]
    if evidence:
        rec["evidence_articles"] = [e.get("article", "") for e in evidence]
        rec["evidence_sentences"] = [e.get("sentence", "") for e in evidence]
    if data.get("type") == "MENTIONS":
        rec.pop("article", None)
    return rec


def export_neo4j_admin(graph: nx.MultiDiGraph, out: str | Path,
                       database: str = "neo4j") -> ExportResult:
    """Write nodes_<Label> and rels_<TYPE> CSV + header files into `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    result = ExportResult()
    args = ["neo4j-admin", "database", "import", "full", database,
            f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true"]
    by_label: dict[str, list[tuple[str, dict]]] = {}
    for node, data in graph.nodes(data=True):
        label = data.get("label")
        if label not in LABELS:
            raise ValueError(f"node {node!r} has label {label!r}, not one of the data model's")
        by_label.setdefault(label, []).append((node, data))
    for label in LABELS:
        if label not in by_label:
            continue
        nodes = by_label[label]
        key = "id" if label == "Article" else "name"
        records = [{k: v for k, v in d.items() if k not in ("label", "id")} for _, d in nodes]
        cols = [(k, t) for k, t in _columns(records, {key}) if k != key]
        id_col = "id:ID" if label == "Article" else ":ID"
        header = [id_col, ":LABEL"] + ([] if label == "Article" else ["name"]) + \
            [f"{k}:{t}" if t != "string" else k for k, t in cols]
        rows = []
        for (node, _), rec in zip(nodes, records):
            row = [str(node), label] + ([] if label == "Article" else [str(rec.get("name", ""))])
            rows.append(row + [_cell(rec.get(k), t) for k, t in cols])
        files = _write_pair(out, f"nodes_{label}", header, rows)
        result.files += files
        args.append("--nodes=" + ",".join(str(f) for f in files))
    by_type: dict[str, list[tuple[str, str, dict]]] = {}
    for src, dst, key, data in graph.edges(keys=True, data=True):
        rel_type = data.get("type", key)
        if rel_type not in REL_TYPES:
            raise ValueError(f"relationship {src!r}->{dst!r} has type {rel_type!r}, "
                             "not one of the data model's")
        by_type.setdefault(rel_type, []).append((src, dst, edge_record(data)))
    for rel_type in REL_TYPES:
        if rel_type not in by_type:
            continue
        edges = by_type[rel_type]
        cols = _columns([rec for _, _, rec in edges], set())
        header = [":START_ID", ":END_ID", ":TYPE"] + [f"{k}:{t}" if t != "string" else k
                                                      for k, t in cols]
        rows = [[str(s), str(d), rel_type] + [_cell(rec.get(k), t) for k, t in cols]
                for s, d, rec in edges]
        files = _write_pair(out, f"rels_{rel_type}", header, rows)
        result.files += files
        args.append("--relationships=" + ",".join(str(f) for f in files))
    result.command = " ".join(shlex.quote(a) for a in args)
    return result
