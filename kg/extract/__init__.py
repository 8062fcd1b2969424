"""Extraction (STUB)."""
from __future__ import annotations

from ..model import Article, Extraction


def extract(article: Article) -> Extraction:
    return Extraction()
