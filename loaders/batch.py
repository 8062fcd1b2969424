"""Sizes of parameters and splitting rows too big for one message.

FalkorDB's Bolt listener crashes when the query text plus its parameters, written out as
Cypher literals, pass 4 KB (a 4,096-byte buffer; measured: 4,088 bytes ran, 4,248
crashed), so batches are cut by that size (columns.py), and a row too big for one
message is split into several rows that carry parts of its list properties (the load
queries union lists, so the parts add up to the whole).
"""
from __future__ import annotations

from collections.abc import Sequence
from json import dumps
from typing import Any


class RowTooLarge(ValueError):
    """A row whose scalar part alone does not fit in one message."""


def encoded_size(value: Any) -> int:
    """Bytes `value` takes written out as a literal: that is how FalkorDB's Bolt layer
    hands parameters to its parser, in a buffer of 4 KB shared with the query text.
    Measured as JSON with its default ``, `` separators (C speed), which FalkorDB also
    writes between list items and which is never shorter than its literal (``{"k": 1}``
    against ``{k: 1}``) once floats are counted as it writes them, nor than the
    PackStream encoding of the loader's values, so one measure serves both servers."""
    try:
        return len(dumps(value, ensure_ascii=False).encode("utf-8")) + _float_excess(value)
    except TypeError:
        raise TypeError(f"cannot encode {value!r:.60} as a query parameter") from None


def _float_excess(value: Any) -> int:
    """Bytes FalkorDB's ``%f`` writing of floats (0.100000, 1e20 in full) takes beyond
    JSON's."""
    if isinstance(value, float):
        return max(0, len(f"{value:f}") - len(repr(value)))
    if isinstance(value, list):
        return sum(_float_excess(v) for v in value if isinstance(v, (float, list)))
    return 0


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
