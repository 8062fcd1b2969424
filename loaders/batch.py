"""Batching rows for `UNWIND $rows` queries by row count and by encoded (PackStream) size.

FalkorDB's Bolt listener crashes on a RUN message over about 4 KB, so batches are cut by
the bytes the driver will send, not only by row count; a row too big for one message is
split into several rows that carry parts of its list properties (the load queries union
lists, so the parts add up to the whole).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any


class RowTooLarge(ValueError):
    """A row whose scalar part alone does not fit in one message."""


def _header(n: int) -> int:
    return 1 if n < 16 else 2 if n < 256 else 3 if n < 65536 else 5


def encoded_size(value: Any) -> int:
    """Bytes `value` takes in PackStream (the Bolt wire encoding), exactly for the
    types the loader sends (None, bool, int, float, str, list, dict)."""
    if value is None or isinstance(value, bool):
        return 1
    if isinstance(value, int):
        if -16 <= value < 128:
            return 1
        if -128 <= value < 128:
            return 2
        if -32768 <= value < 32768:
            return 3
        if -2**31 <= value < 2**31:
            return 5
        return 9
    if isinstance(value, float):
        return 9
    if isinstance(value, str):
        n = len(value.encode("utf-8"))
        return _header(n) + n
    if isinstance(value, (list, tuple)):
        return _header(len(value)) + sum(encoded_size(v) for v in value)
    if isinstance(value, dict):
        return _header(len(value)) + sum(encoded_size(k) + encoded_size(v)
                                         for k, v in value.items())
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
            cost = sum(encoded_size(k) + 3 + encoded_size(v) for k, v in item.items())
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
    size = 3  # list header
    for row in rows:
        cost = encoded_size(row) if max_bytes else 0
        if max_bytes and cost + 3 > max_bytes:
            raise RowTooLarge(f"a row of {cost} bytes exceeds the {max_bytes}-byte batch limit")
        if batch and (len(batch) >= max_rows or (max_bytes and size + cost > max_bytes)):
            yield batch
            batch, size = [], 3
        batch.append(row)
        size += cost
    if batch:
        yield batch
