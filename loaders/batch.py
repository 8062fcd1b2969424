"""Batching rows for `UNWIND $rows` queries by row count and by encoded size.

FalkorDB's Bolt listener crashes when the query text plus its parameters, written out as
Cypher literals, pass about 4 KB (measured: 4,088 bytes ran, 4,248 crashed), so batches
are cut by that size, not only by row count; a row too big for one message is
split into several rows that carry parts of its list properties (the load queries union
lists, so the parts add up to the whole).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from json import dumps
from typing import Any


class RowTooLarge(ValueError):
    """A row whose scalar part alone does not fit in one message."""


def encoded_size(value: Any) -> int:
    """Bytes `value` takes written out as a literal: that is how FalkorDB's Bolt layer
    hands parameters to its parser, in a buffer of about 4 KB shared with the query
    text. Measured as compact-separator JSON (C speed), which is never shorter than the
    Cypher literal (``{"k": 1}`` against ``{k: 1}``) nor than the PackStream encoding of
    the loader's values, so one measure serves both servers."""
    try:
        return len(dumps(value, ensure_ascii=False).encode("utf-8"))
    except TypeError:
        raise TypeError(f"cannot encode {value!r:.60} as a query parameter") from None


def split_row(row: list, identity: Sequence[int], parallel: Sequence[Sequence[int]],
              max_bytes: int) -> list[list]:
    """`row` itself if it fits in `max_bytes`; else several rows: the first keeps every
    field, the others only the `identity` fields (list fields left empty), and the list
    fields at the positions in `parallel` (groups of lists of equal length, such as
    evidence articles and sentences) are shared out between them, item by item."""
    if encoded_size(row) <= max_bytes:
        return [row]
    list_pos = {i for group in parallel for i in group}
    base = [[] if i in list_pos else v for i, v in enumerate(row)]
    if encoded_size(base) > max_bytes:
        raise RowTooLarge(f"row {_describe(row, identity)} is larger than {max_bytes} bytes "
                          "without its lists")
    ident = [v if i in identity else ([] if i in list_pos else None) for i, v in enumerate(row)]
    out: list[list] = []
    current, size, filled = list(base), encoded_size(base), False
    for group in parallel:
        for k in range(len(row[group[0]] or [])):
            cost = sum(encoded_size(row[i][k]) + 2 for i in group)
            if size + cost > max_bytes and filled:
                out.append(current)
                current, size, filled = [list(v) if isinstance(v, list) else v for v in ident], \
                    encoded_size(ident), False
            if size + cost > max_bytes:
                raise RowTooLarge(f"row {_describe(row, identity)}: one item is larger "
                                  f"than {max_bytes} bytes")
            for i in group:
                current[i] = current[i] + [row[i][k]]
            size += cost
            filled = True
    out.append(current)
    return out


def _describe(row: list, identity: Sequence[int]) -> str:
    return "(" + ", ".join(str(row[i])[:40] for i in identity) + ")"


def batches(rows: Iterable, max_rows: int, max_bytes: int | None) -> Iterator[list]:
    """Consecutive batches of `rows`, each at most `max_rows` rows and (when `max_bytes`
    is set) at most `max_bytes` bytes as one list. Rows must each fit."""
    batch: list = []
    size = 2  # list brackets
    for row in rows:
        cost = encoded_size(row) + 2 if max_bytes else 0  # with its separator
        if max_bytes and cost > max_bytes:
            raise RowTooLarge(f"a row of {cost} bytes exceeds the {max_bytes}-byte batch limit")
        if batch and (len(batch) >= max_rows or (max_bytes and size + cost > max_bytes)):
            yield batch
            batch, size = [], 2
        batch.append(row)
        size += cost
    if batch:
        yield batch
