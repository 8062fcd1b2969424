"""Scoring a graph against gold annotations: precision, recall and F1 per label and relation.

A clean reimplementation of ``shared/eval/score.py`` (which is not shipped with the
package); it gives the same rows and the same numbers. Gold files are described in
``shared/eval/README.md``. In short:

- Entities are scoped per gold file through the Article nodes read from that file (matched
  on the basename or stem of ``path``, ``source_file``, ``file``, ``name`` or ``id``) and
  their MENTIONS links; relations through their provenance (``article``, ``articles``,
  ``article_id``, ``sources``, ``evidence[].article``), or, when no link carries any,
  through links between mentioned nodes.
- Names are compared NFKC-normalised without whitespace; a predicted name is right when it
  equals a gold entry's name or alias; ``optional`` entries count neither way.
- HOLDS matches on (person, title), and fully on (person, title, org) through the body at
  the end of the post's OF link (or the post name minus its title); MEMBER_OF on (person,
  task force); PART_OF on (child, parent), judging only children the gold knows.
- A gold article the graph does not hold scores as all missed.
"""
from __future__ import annotations

import json
import os
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

SCORED_LABELS = ("Person", "Place", "Organization", "Company", "TaskForce", "Program", "Project")
PROVENANCE_KEYS = ("article", "articles", "article_id", "sources")
ARTICLE_NAME_KEYS = ("path", "source_file", "file", "name", "id")


def norm(text: object) -> str:
    """NFKC-normalised text without any whitespace (``None`` gives "")."""
    return "".join(unicodedata.normalize("NFKC", str(text or "")).split())


def node_label(node: dict) -> str | None:
    label = node.get("label") or node.get("type") or node.get("labels")
    if isinstance(label, list):
        label = label[0] if label else None
    return label


def link_articles(link: dict) -> set[str]:
    """The article ids a link cites, whatever shape its provenance has."""
    out: set[str] = set()
    for key in PROVENANCE_KEYS:
        value = link.get(key)
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, list):
            out.update(x if isinstance(x, str) else x.get("article", "") for x in value if x)
    for ev in link.get("evidence") or []:
        if isinstance(ev, dict) and ev.get("article"):
            out.add(ev["article"])
    return out


@dataclass
class GraphData:
    """A graph as the scorer reads it: node dicts by id and link dicts."""
    nodes: dict[str, dict] = field(default_factory=dict)
    links: list[dict] = field(default_factory=list)

    @classmethod
    def from_file(cls, path: str | Path) -> GraphData:
        from .graph import GraphFileError
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (RecursionError, UnicodeDecodeError, ValueError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:120]
            raise GraphFileError(f"{path} is not a node-link graph file ({reason})") from None
        if not isinstance(data, dict):
            raise GraphFileError(f"{path} is not a node-link graph file (not a JSON object)")
        return cls({n["id"]: n for n in data.get("nodes", [])},
                   list(data.get("links", data.get("edges", []))))

    @classmethod
    def from_graph(cls, graph: nx.MultiDiGraph) -> GraphData:
        data = nx.node_link_data(graph, edges="links")
        return cls({n["id"]: n for n in data["nodes"]}, list(data["links"]))

    def name(self, node_id: str) -> str:
        return norm(self.nodes[node_id].get("name"))

    def articles_from(self, filename: str) -> list[str]:
        """Every Article node read from the file `filename` (a page may hold several)."""
        stem = os.path.splitext(filename)[0]
        found = []
        for nid, node in self.nodes.items():
            if node_label(node) != "Article":
                continue
            for key in ARTICLE_NAME_KEYS:
                base = os.path.basename(str(node.get(key, "")))
                if base == filename or os.path.splitext(base)[0] == stem:
                    found.append(nid)
                    break
        return found


def prf(pred_ok: int, pred: int, gold_ok: int, gold: int) -> tuple[float, float, float]:
    p = pred_ok / pred if pred else 0.0
    r = gold_ok / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Tally:
    """Counts per row: predictions right, predictions, gold entries found, gold entries."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])

    def add(self, key: str, pred_ok: int, pred: int, gold_ok: int, gold: int) -> None:
        row = self.counts[key]
        for i, n in enumerate((pred_ok, pred, gold_ok, gold)):
            row[i] += n

    def rows(self) -> dict[str, dict]:
        """Rows in report order: the entity totals, each label, then relations as met."""
        rows = {}
        for key, (po, pn, go, gn) in self.counts.items():
            p, r, f = prf(po, pn, go, gn)
            rows[key] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                         "pred": pn, "gold": gn}
        order = ["ALL_ENTITIES", "ANY_LABEL", *SCORED_LABELS]
        ordered = {k: rows[k] for k in order if k in rows}
        ordered.update({k: v for k, v in rows.items() if k not in ordered})
        return ordered


@dataclass
class Scope:
    """The part of the graph one gold article is judged on."""
    mentioned: set[str]
    links: list[dict]


def article_scope(graph: GraphData, article_ids: list[str]) -> Scope:
    ids = set(article_ids)
    mentioned = {l["target"] for l in graph.links
                 if l["source"] in ids and l.get("type") == "MENTIONS"}
    links = [l for l in graph.links if ids & link_articles(l) or l["source"] in ids]
    if not links:  # provenance not on links: fall back to links between mentioned nodes
        links = [l for l in graph.links if l["source"] in mentioned and l["target"] in mentioned]
    return Scope(mentioned, links)


class GoldNames:
    """A gold article's names: alias -> canonical name per label, and optional entries."""

    def __init__(self, gold: dict) -> None:
        self.entries = {label: gold["entities"].get(label, []) for label in SCORED_LABELS}
        self.alias: dict[str, dict[str, str]] = {}
        for label, entries in self.entries.items():
            self.alias[label] = {norm(nm): norm(e["name"])
                                 for e in entries for nm in [e["name"]] + e.get("aliases", [])}
        self.any_alias: dict[str, str] = {}
        for label in SCORED_LABELS:
            self.any_alias.update(self.alias[label])

    def required(self, label: str) -> set[str]:
        return {norm(e["name"]) for e in self.entries[label] if not e.get("optional")}

    def optional(self, label: str) -> set[str]:
        return {norm(e["name"]) for e in self.entries[label] if e.get("optional")}

    def canonical(self, label: str, name: str) -> str:
        """The canonical gold name `name` stands for, else `name` itself."""
        return self.alias[label].get(name, name)


def score_entities(gold: GoldNames, graph: GraphData, scope: Scope, tally: Tally) -> dict:
    """Tally each label and ALL_ENTITIES; returns {label: {missed, spurious}}."""
    misses = {}
    for label in SCORED_LABELS:
        alias, optional, required = gold.alias[label], gold.optional(label), gold.required(label)
        pred = {graph.name(i) for i in scope.mentioned
                if i in graph.nodes and node_label(graph.nodes[i]) == label} - {""}
        pred = {p for p in pred if alias.get(p) not in optional}
        ok_pred = {p for p in pred if p in alias}
        hit = {alias[p] for p in ok_pred}
        for key in (label, "ALL_ENTITIES"):
            tally.add(key, len(ok_pred), len(pred), len(hit), len(required))
        misses[label] = {"missed": sorted(required - hit), "spurious": sorted(pred - ok_pred)}
    return misses


def score_any_label(gold: GoldNames, graph: GraphData, scope: Scope, tally: Tally) -> None:
    """Names right whatever label they were given: separates naming from typing errors."""
    pred = {graph.name(i) for i in scope.mentioned
            if i in graph.nodes and node_label(graph.nodes[i]) in SCORED_LABELS} - {""}
    optional = set().union(*(gold.optional(label) for label in SCORED_LABELS))
    required = set().union(*(gold.required(label) for label in SCORED_LABELS))
    pred = {p for p in pred if gold.any_alias.get(p) not in optional}
    ok_pred = {p for p in pred if p in gold.any_alias}
    hit = {gold.any_alias[p] for p in ok_pred} & required
    tally.add("ANY_LABEL", len(ok_pred), len(pred), len(hit), len(required))


def score_holds(gold: dict, graph: GraphData, scope: Scope, tally: Tally) -> None:
    """HOLDS on (person, title), and on (person, title, org) through the post's body."""
    of_targets: dict[str, list[str]] = defaultdict(list)
    for l in graph.links:  # bodies are read from the whole graph, not the article's scope
        if l.get("type") == "OF" and l["target"] in graph.nodes:
            of_targets[l["source"]].append(l["target"])

    pred = set()  # (person, post title, post name, post id)
    for l in scope.links:
        if l.get("type") == "HOLDS" and l["source"] in graph.nodes and l["target"] in graph.nodes:
            post = graph.nodes[l["target"]]
            pred.add((graph.name(l["source"]), norm(post.get("title") or ""),
                      norm(post.get("name")), l["target"]))

    gold_holds = gold["relations"].get("HOLDS", [])
    matched_pred, found_gold, full_gold = set(), 0, 0
    for g in gold_holds:
        person = norm(g["person"])
        titles = {norm(g["title"])} | {norm(t) for t in g.get("title_aliases", [])}
        orgs = ({norm(g.get("org", ""))} | {norm(a) for a in g.get("org_aliases", [])}) - {""}
        found = full = False
        for key in pred:
            p_person, p_title, p_name, p_id = key
            if p_person != person:
                continue
            for title in titles:
                if p_title == title or (not p_title and p_name.endswith(title)):
                    found = True
                    matched_pred.add(key)
                    named_body = p_name[: -len(title)] if p_name.endswith(title) else ""
                    bodies = {graph.name(t) for t in of_targets[p_id]} | {named_body}
                    full = full or bool(orgs & bodies)
        found_gold += found
        full_gold += full
    tally.add("HOLDS(person,title)", len(matched_pred), len(pred), found_gold, len(gold_holds))
    tally.add("HOLDS(person,title,org)", len(matched_pred), len(pred), full_gold, len(gold_holds))


def _typed_pairs(graph: GraphData, scope: Scope, rel_type: str) -> set[tuple[str, str]]:
    return {(graph.name(l["source"]), graph.name(l["target"])) for l in scope.links
            if l.get("type") == rel_type and l["source"] in graph.nodes and l["target"] in graph.nodes}


def score_member_of(gold: dict, names: GoldNames, graph: GraphData, scope: Scope,
                    tally: Tally) -> None:
    pred = {(person, names.canonical("TaskForce", tf))
            for person, tf in _typed_pairs(graph, scope, "MEMBER_OF")}
    want = {(norm(g["person"]), names.canonical("TaskForce", norm(g["taskforce"])))
            for g in gold["relations"].get("MEMBER_OF", [])}
    tally.add("MEMBER_OF", len(pred & want), len(pred), len(pred & want), len(want))


def score_part_of(gold: dict, names: GoldNames, graph: GraphData, scope: Scope,
                  tally: Tally) -> None:
    pred = {(names.canonical("Place", c), names.canonical("Place", p))
            for c, p in _typed_pairs(graph, scope, "PART_OF")}
    want = {(names.canonical("Place", norm(g["child"])), names.canonical("Place", norm(g["parent"])))
            for g in gold["relations"].get("PART_OF", [])}
    # only pairs whose child the gold knows are judged: a true hierarchy the article does
    # not state is no error
    children = {c for c, _ in want}
    judged = {pair for pair in pred if pair[0] in children}
    tally.add("PART_OF", len(judged & want), len(judged), len(pred & want), len(want))


def score_article(gold: dict, graph: GraphData, scope: Scope, tally: Tally) -> dict:
    """Tally every row for one gold article; returns its misses per label."""
    names = GoldNames(gold)
    misses = score_entities(names, graph, scope, tally)
    score_any_label(names, graph, scope, tally)
    score_holds(gold, graph, scope, tally)
    score_member_of(gold, names, graph, scope, tally)
    score_part_of(gold, names, graph, scope, tally)
    return misses


@dataclass
class EvalResult:
    """Scores per row, gold articles the graph lacks, and misses per article and label."""
    scores: dict[str, dict]
    articles_not_in_graph: list[str]
    misses: dict[str, dict[str, dict]]

    def to_json(self, misses: bool = False) -> dict:
        out = {"scores": self.scores, "articles_not_in_graph": self.articles_not_in_graph}
        if misses:
            out["misses"] = self.misses
        return out

    def table(self, misses: bool = False) -> str:
        lines = [f"{'':26}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}"]
        for key, r in self.scores.items():
            lines.append(f"{key:26}{r['precision']:7.3f}{r['recall']:7.3f}{r['f1']:7.3f}"
                         f"{r['pred']:7d}{r['gold']:7d}")
        if self.articles_not_in_graph:
            lines.append("articles not found in the graph (scored as all missed): "
                         + ", ".join(self.articles_not_in_graph))
        if misses:
            for art, labels in self.misses.items():
                lines.append(f"\n== {art}")
                for label, d in labels.items():
                    if d["missed"] or d["spurious"]:
                        lines.append(f"  {label}: missed {d['missed']}  spurious {d['spurious']}")
        return "\n".join(lines)


def gold_files(gold_dir: str | Path, articles: Iterable[str] | None = None) -> list[Path]:
    """The gold JSON files in `gold_dir`, sorted, kept to `articles` (names or stems)."""
    files = sorted((p for p in Path(gold_dir).iterdir() if p.name.endswith(".json")),
                   key=lambda p: p.name)
    if articles:
        stems = {os.path.splitext(a)[0] for a in articles}
        files = [p for p in files if os.path.splitext(p.name)[0] in stems]
    return files


def evaluate(graph: GraphData | nx.MultiDiGraph | str | Path, gold_dir: str | Path,
             articles: Iterable[str] | None = None) -> EvalResult:
    """Score `graph` (a node-link JSON path, a networkx graph or GraphData) against the
    gold files in `gold_dir`."""
    if isinstance(graph, (str, Path)):
        graph = GraphData.from_file(graph)
    elif isinstance(graph, nx.Graph):
        graph = GraphData.from_graph(graph)
    tally, misses, unscoped = Tally(), {}, []
    for path in gold_files(gold_dir, articles):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article_ids = graph.articles_from(gold["article"])
        if article_ids:
            found = score_article(gold, graph, article_scope(graph, article_ids), tally)
        else:  # an article the graph does not hold scores as all misses
            unscoped.append(gold["article"])
            found = score_article(gold, GraphData(), Scope(set(), []), tally)
        misses.setdefault(gold["article"], {}).update(found)
    return EvalResult(tally.rows(), unscoped, misses)
