"""Extraction: from one cleaned article to its entities and relations.

Sentences are read in order. In each: organisation-like names by their head word
(`orgs`), names of people with the posts written around them (`persons`, `posts`),
named programs and project lists (`programs`); places come from `kg.places`. Relative
names are resolved against the places in context, bare references (专班, 指挥部) against
the bodies met before, and short forms are folded into the full names they abbreviate.
"""
from __future__ import annotations

from ..model import Article, Extraction, Ref
from .article import ArticleExtractor


def extract(article: Article) -> Extraction:
    """Everything extraction finds in `article` (its text already cleaned)."""
    return ArticleExtractor(article.text).run()


__all__ = ["extract", "Ref"]
