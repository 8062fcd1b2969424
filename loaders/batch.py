"""Batching rows for `UNWIND $rows` queries by row count and by encoded size.

FalkorDB's Bolt listener crashes when the query text plus its parameters, written out as
Cypher literals, pass about 4 KB (measured: 4,088 bytes ran, 4,248 crashed), so batches
are cut by that size, not only by row count; a row too big for one message is
split into several rows that carry parts of its list properties (the load queries union
lists, so the parts add up to the whole).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any


class RowTooLarge(ValueError):
    """A row whose scalar part alone does not fit in one message."""


def encoded_size(value: Any) -> int:
    """Bytes `value` takes written as a Cypher literal (``{k: 'v', n: [1, 2]}``): that is
    how FalkorDB's Bolt layer hands parameters to its parser, in a buffer of about 4 KB
    shared with the query text. For the loader's values it also bounds their PackStream
    size (to a byte), so the same measure serves both servers."""
    if value is None:
        return 4
    if isinstance(value, bool):
        return 5
    if isinstance(value, int):
        return len(str(value))
    if isinstance(value, float):
        return 24
    if isinstance(value, str):
        return len(value.encode("utf-8")) + 2
    if isinstance(value, (list, tuple)):
        return 2 + sum(encoded_size(v) for v in value) + 2 * max(len(value) - 1, 0)
    if isinstance(value, dict):
        return 2 + sum(len(str(k)) + 2 + encoded_size(v) for k, v in value.items()) \
            + 2 * max(len(value) - 1, 0)
    raise TypeError(f"cannot encode {type(value).__name__} as a query parameter")


def split_row(row: dict, identity: Sequence[str], parallel: Sequence[Sequence[str]],
              max_bytes: int) -> list[dict]:
    """`row` itself if it fits in `max_bytes`; else several rows: the first keeps every
    scalar field, the others only the `identity` fields, and the list fields named in
    `parallel` (groups of lists of equal length, such as evidence articles and
    sentences) are shared out between them, item by item."""
    if encoded_size(row) <= max_bytes:
        return [row]
    list_keys = {k for group in parallel for k in group}
    base = {k: v for k, v in row.items() if k not in list_keys}
    if encoded_size(base) + 8 * len(list_keys) > max_bytes:
        raise RowTooLarge(f"row {_describe(row, identity)} is larger than {max_bytes} bytes "
                          "without its lists")
    ident = {k: row[k] for k in identity}
    out: list[dict] = []
    current, size = dict(base), encoded_size(base)
    for group in parallel:
        length = len(row.get(group[0]) or [])
        for i in range(length):
            item = {k: row[k][i] for k in group}
            # item bytes, plus room for the keys and list headers it may add or grow
            cost = sum(len(k) + 6 + encoded_size(v) for k, v in item.items())
            if size + cost > max_bytes and any(k in current for k in list_keys):
                out.append(current)
                current, size = dict(ident), encoded_size(ident)
            if size + cost > max_bytes:
                raise RowTooLarge(f"row {_describe(row, identity)}: one item of "
                                  f"{'/'.join(group)} is larger than {max_bytes} bytes")
            for k, v in item.items():
                current.setdefault(k, []).append(v)
            size += cost
    out.append(current)
    return out


def _describe(row: dict, identity: Sequence[str]) -> str:
    return "(" + ", ".join(str(row.get(k))[:40] for k in identity) + ")"


def batches(rows: Iterable[dict], max_rows: int, max_bytes: int | None) -> Iterator[list[dict]]:
    """Consecutive batches of `rows`, each at most `max_rows` rows and (when `max_bytes`
    is set) at most `max_bytes` bytes as a PackStream list. Rows must each fit."""
    batch: list[dict] = []
    size = 2  # list brackets
    for row in rows:
        cost = encoded_size(row) if max_bytes else 0
        if max_bytes and cost + 2 > max_bytes:
            raise RowTooLarge(f"a row of {cost} bytes exceeds the {max_bytes}-byte batch limit")
        if batch and (len(batch) >= max_rows or (max_bytes and size + cost > max_bytes)):
            yield batch
            batch, size = [], 2
        batch.append(row)
        size += cost + 2  # separator
    if batch:
        yield batch
