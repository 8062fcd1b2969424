"""Extraction: from one cleaned article to its entities and relations.

The article's text layer (`kg.text`: sentences, tokens, tags) and places (`kg.places`)
are built first; then small ordered components (`components`, run by `driver`) read the
sentences in order and record what they find in a `Registry`: bodies by their head word
(`orgs`), people with the posts written around them (`persons`, `posts`), lists, task
forces, programs (`programs`). Relative names are resolved against the places in
context, bare references (专班, 指挥部) against the bodies met before, and short forms
are folded into the full names they abbreviate. The words the rules read are data under
kg/data (`kg.text.vocabulary`).
"""
from __future__ import annotations

from ..model import Article, Extraction, Ref
from . import driver
from .components import PIPELINE
from .components.finish import drop_bodiless_posts
from .state import ArticleState


def extract(article: Article) -> Extraction:
    """Everything extraction finds in `article` (its text already cleaned)."""
    state = ArticleState(article.text, article.published)
    driver.run(PIPELINE, state)
    return state.extraction


__all__ = ["extract", "drop_bodiless_posts", "Ref"]
