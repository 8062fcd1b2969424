"""Cleaning a raw document into articles (STUB)."""
from __future__ import annotations

from .model import Article, RawDocument


def clean_document(doc: RawDocument) -> list[Article]:
    return [Article(text=doc.content, path=doc.path)]
