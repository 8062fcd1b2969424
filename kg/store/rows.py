"""What one article puts in the store, made where it was extracted (a worker process,
or a Dask worker): plain tuples of strings and numbers, their JSON already encoded, so
that the process writing the store only inserts them.

Positions order everything an article adds: ``seq << 20 | ord``, where `ord` is 0 for
the article itself, 1 + i for its i-th entity and REL_BASE + j for its j-th relation.
A node or link of the graph sits at the position of its first row, so graph.json lists
them in input order.
"""
from __future__ import annotations

import json
import pickle
from dataclasses import dataclass, field

from ..graphfile import dumps
from ..model import Article, Extraction, node_id

SEQ_SHIFT = 20
REL_BASE = 1 << 19


def position(seq: int, ord_: int) -> int:
    return seq << SEQ_SHIFT | ord_


@dataclass(slots=True)
class ArticleRows:
    """One article's rows: its id, publication date, articles.jsonl line, Article node,
    entity rows ``(ord, label, name, props, aliases, count)``, relation rows ``(ord,
    type, source label, source name, target label, target name, sentence, props)`` and
    mention rows ``(label, name, pickled Mention)`` for the resolve stage, and its
    MENTIONS links ``(node id, ord, JSON)`` under the names as extracted (the store
    folds again those of the nodes the resolve stage splits)."""
    id: str
    published: str | None
    record: str
    node: str
    entities: list[tuple] = field(default_factory=list)
    relations: list[tuple] = field(default_factory=list)
    mentions: list[tuple] = field(default_factory=list)
    mention_links: list[tuple] = field(default_factory=list)


def record_line(article: Article) -> str:
    """The article's line of articles.jsonl (without its newline)."""
    return json.dumps(article.record(), ensure_ascii=False)


def article_node(article: Article) -> dict:
    """The Article node's properties, as GraphBuilder gave them."""
    aid = article.id
    return {"label": "Article", "name": article.title or aid, "title": article.title,
            "source": article.source, "published": article.published, "path": article.path,
            "url": article.url, "authors": list(article.authors), "script": article.script,
            "id": aid}


def _props(props: dict) -> str | None:
    return dumps(props) if props else None


def article_rows(article: Article, extraction: Extraction, mentions: list) -> ArticleRows:
    """The rows of `article` and its (canonical) `extraction`; names lose surrounding
    whitespace and entities or relations with an empty name are left out. `mentions`
    are the resolve stage's (label, name, Mention) for the article."""
    rows = ArticleRows(article.id, article.published, record_line(article),
                       dumps(article_node(article)))
    for i, ent in enumerate(extraction.entities):
        name = ent.name.strip()
        if not name:
            continue
        aliases = sorted({a.strip() for a in ent.aliases if a.strip()})
        rows.entities.append((1 + i, ent.label, name, _props(ent.props),
                              dumps(aliases) if aliases else None, ent.count))
    for j, rel in enumerate(extraction.relations):
        src, dst = rel.source.name.strip(), rel.target.name.strip()
        if not src or not dst:
            continue
        rows.relations.append((REL_BASE + j, rel.type, rel.source.label, src, rel.target.label,
                               dst, rel.sentence, _props(rel.props)))
    rows.mention_links = mention_links(article.id, rows.entities)
    for label, name, mention in mentions:
        rows.mentions.append((label, name.strip(), pickle.dumps(mention, pickle.HIGHEST_PROTOCOL)))
    return rows


def mention_links(article: str, entities: list[tuple]) -> list[tuple]:
    """(node id, ord of its first entity row, JSON) of each MENTIONS link of an article:
    one per node, the counts of its entity rows added up."""
    first: dict[str, int] = {}
    counts: dict[str, int] = {}
    for ord_, label, name, _, _, count in entities:
        node = node_id(label, name)
        first.setdefault(node, ord_)
        counts[node] = counts.get(node, 0) + count
    return [(node, first[node], dumps(mentions_link(article, node, counts[node])))
            for node in first]


def mentions_link(article: str, node: str, count: int) -> dict:
    return {"type": "MENTIONS", "count": count, "article": article, "source": article,
            "target": node, "key": "MENTIONS"}
