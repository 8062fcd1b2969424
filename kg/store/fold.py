"""Folding rows, in input order, into a node's or a link's final properties.

The rules are GraphBuilder's: a node keeps the first non-empty value of each property
and the sorted union of its aliases (never its own name); MENTIONS counts add up; a
link lists every article that states it, in input order, keeps the first MAX_EVIDENCE
distinct (article, sentence) pairs, and its first value of each property (the resolve
stage's dated properties widen instead). A fold can go on from a stored result with
later rows: that is how an update equals a full rebuild.
"""
from __future__ import annotations

import json

from ..graph import MAX_EVIDENCE
from ..resolve.dates import merge_props, see


class NodeFold:
    """A node's properties, folded from its entity rows."""

    __slots__ = ("attrs", "name", "_seen")

    def __init__(self, label: str, name: str, stored: str | None = None) -> None:
        self.name = name
        self.attrs = json.loads(stored) if stored else {"label": label, "name": name}
        self.attrs.pop("id", None)
        self._seen: set[str] = set()  # JSON texts folded already: again, they add nothing

    def add(self, props: str | None, aliases: str | None) -> None:
        attrs, seen = self.attrs, self._seen
        if props in seen:
            props = None
        elif props:
            seen.add(props)
        if aliases in seen:
            aliases = None
        elif aliases:
            seen.add(aliases)
        if props:
            for key, value in json.loads(props).items():
                if value not in (None, "") and attrs.get(key) in (None, ""):
                    attrs[key] = value
        if aliases:
            merged = set(attrs.get("aliases", ())) | {
                a for a in json.loads(aliases) if a != self.name}
            if merged:
                attrs["aliases"] = sorted(merged)

    def split_from(self, plain: str, reason: str) -> None:
        """Mark a node the resolve stage split from the node of name `plain`."""
        self.attrs["disambiguation"] = reason
        self.attrs["aliases"] = sorted(set(self.attrs.get("aliases", ())) | {plain})

    def result(self, node_id: str) -> dict:
        return {**self.attrs, "id": node_id}


class LinkFold:
    """An extracted relation's properties and provenance, folded from its rows."""

    __slots__ = ("data", "type", "_articles", "_evidence", "_props")

    def __init__(self, rel_type: str, stored: str | None = None) -> None:
        self.type = rel_type
        if stored:
            data = json.loads(stored)
            for end in ("source", "target", "key"):
                data.pop(end, None)
        else:
            data = {"type": rel_type, "articles": [], "evidence": []}
        self.data = data
        self._articles = set(data["articles"])
        self._evidence = {(e["article"], e["sentence"]) for e in data["evidence"]}
        self._props: set[str] = set()  # JSON texts folded already: again, they add nothing

    def add(self, article: str, published: str | None, sentence: str | None,
            props: str | None) -> None:
        data = self.data
        if props and props not in self._props:
            self._props.add(props)
            merge_props(data, json.loads(props))
        see(data, self.type, published)
        if article not in self._articles:
            self._articles.add(article)
            data["articles"].append(article)
        if sentence and len(data["evidence"]) < MAX_EVIDENCE \
                and (article, sentence) not in self._evidence:
            self._evidence.add((article, sentence))
            data["evidence"].append({"article": article, "sentence": sentence})

    def result(self, source: str, target: str) -> dict:
        return {**self.data, "source": source, "target": target, "key": self.type}
