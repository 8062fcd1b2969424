"""The resolve stage, between extraction and the graph.

- `canonicalize(extraction)`: per article and pure, the canonical names of bodies and
  posts (alias tables in kg/data/), names without opening time or discourse words.
- across the corpus, one node per real person, company, task force or program:
  `mentions_of` (one article's `Mention`s, in the worker) and `assign(label, name,
  mentions)` (in the store, kg.store.identities, over all articles in input order).
"""
from __future__ import annotations

from .canonical import canonicalize
from .identity import assign
from .mentions import Mention, mentions_of

__all__ = ["canonicalize", "assign", "Mention", "mentions_of"]
