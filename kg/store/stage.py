"""The resolve stage as the store uses it (kg.resolve, when this kg has it).

Per article and pure, in the worker that extracted it: `canonicalize` (canonical body
and post names) and `mentions_of` (what the article says about each name that several
real things may share). Over the corpus, in the store: `assign` tells the mentions of
one (label, name) apart, and `merge_props` / `see` fold a relation's dated properties
(HOLDS: first_seen, last_seen; the widest start and end).

Without kg.resolve, extraction goes to the graph as it is: no mentions, every name one
node, and a relation's properties are those of its first article.
"""
from __future__ import annotations

from ..model import Article, Extraction

try:  # the resolve stage (kg/resolve), when present
    from ..resolve import assign, canonicalize, mentions_of
    from ..resolve.dates import merge_props, see
    RESOLVE = True
except ImportError:  # pragma: no cover - depends on the build of kg
    RESOLVE = False

    def canonicalize(extraction: Extraction) -> Extraction:
        return extraction

    def mentions_of(seq: int, article: Article, extraction: Extraction) -> list:
        return []

    def assign(label: str, name: str, mentions: list) -> list[tuple[str, str]]:
        return [(name, "")] * len(mentions)

    def merge_props(data: dict, props: dict) -> None:
        for key, value in props.items():
            data.setdefault(key, value)

    def see(data: dict, rel_type: str, published: str | None) -> None:
        return None

__all__ = ["RESOLVE", "canonicalize", "mentions_of", "assign", "merge_props", "see"]
