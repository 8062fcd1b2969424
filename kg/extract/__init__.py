"""Extraction: from one cleaned article to its entities and relations.

Sentences are read in order. In each: organisation-like names by their head word
(`orgs`), names of people with the posts written around them (`persons`, `posts`),
named programs and project lists (`programs`); places come from `kg.places`. Relative
names are resolved against the places in context, bare references (专班, 指挥部) against
the bodies met before, and short forms are folded into the full names they abbreviate.
"""
from __future__ import annotations

import re

from ..model import Article, Extraction, Ref
from .article import ArticleExtractor

# What may stand before a title without naming a body: a Post named only by these
# (主任, 党组书记, 受表彰代表) is the same string for every body in the corpus.
_UNNAMED_BODY = re.compile(r"(?:副|常务|执行|党委|党组|党支部|党工委|总|首席|名誉|受表彰|农民|职工|群众)*")


def extract(article: Article) -> Extraction:
    """Everything extraction finds in `article` (its text already cleaned)."""
    return drop_bodiless_posts(ArticleExtractor(article.text).run())


def drop_bodiless_posts(extraction: Extraction) -> Extraction:
    """Remove posts that name no body and are OF none (a bare 主任 or 党组书记), with
    their relations: one node for all of them would merge different real posts."""
    has_body = {rel.source for rel in extraction.relations if rel.type == "OF"}
    bare = {ent.ref for ent in extraction.entities if ent.label == "Post" and ent.ref not in has_body
            and _UNNAMED_BODY.fullmatch(ent.name[: len(ent.name) - len(ent.props.get("title", ""))])}
    if not bare:
        return extraction
    extraction.entities = [e for e in extraction.entities if e.ref not in bare]
    extraction.relations = [r for r in extraction.relations
                            if r.source not in bare and r.target not in bare]
    return extraction


__all__ = ["extract", "drop_bodiless_posts", "Ref"]
