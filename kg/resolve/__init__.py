"""The resolve stage, between extraction and the graph.

- `canonicalize(extraction)`: per article and pure, the canonical names of bodies and
  posts (alias tables in kg/data/), names without opening time or discourse words.
- `Identities`: across the corpus, one node per real person, company, task force or
  program; `observe` each article as the graph is built, then `apply` to the graph. It
  rests on `mentions_of` (one article's `Mention`s) and `assign(label, name, mentions)`.
"""
from __future__ import annotations

from .canonical import canonicalize
from .identity import assign
from .mentions import Mention, mentions_of
from .split import Identities

__all__ = ["canonicalize", "assign", "Mention", "mentions_of", "Identities"]
