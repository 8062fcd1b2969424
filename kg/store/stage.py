"""The resolve stage as the store uses it (kg.resolve).

Per article and pure, in the worker that extracted it: `canonicalize` (canonical body
and post names) and `mentions_of` (what the article says about each name that several
real things may share). Over the corpus, in the store: `assign` tells the mentions of
one (label, name) apart, and `merge_props` / `see` fold a relation's dated properties
(HOLDS: first_seen, last_seen; the widest start and end).
"""
from __future__ import annotations

from ..resolve import assign, canonicalize, mentions_of
from ..resolve.dates import merge_props, see

__all__ = ["canonicalize", "mentions_of", "assign", "merge_props", "see"]
