"""Turning graph values into Bolt property values: scalars and lists of scalars only."""
from __future__ import annotations

import json
import re
from typing import Any


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def to_property(value: Any) -> Any:
    """A value Neo4j can store: scalars as they are, lists of scalars as lists, maps (and
    maps inside lists) as JSON strings, mixed lists as lists of strings."""
    if isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, (list, tuple, set)):
        items = [to_property(v) for v in (sorted(value) if isinstance(value, set) else value)]
        if len({type(v) for v in items}) > 1:
            items = [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                     for v in items]
        return items
    return str(value)


_PUNCT = re.compile(r"\s*([,()\[\]{}=+|<>:])\s*")


def compact(text: str) -> str:
    """Query text on one line, without spaces around punctuation: fewer bytes per RUN
    message, so more rows fit under FalkorDB's cap. Only for the loader's own queries,
    which hold no string literals."""
    return _PUNCT.sub(r"\1", " ".join(text.split()))
