"""The on-disk graph store of a build (SQLite, in the output folder): articles and
their extraction as rows, identities, and the graph folded from them. See store.py."""
from __future__ import annotations

from .db import StoreError
from .rows import ArticleRows, article_rows
from .store import STORE_NAME, Store

__all__ = ["Store", "StoreError", "STORE_NAME", "ArticleRows", "article_rows"]
