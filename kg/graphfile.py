"""graph.json as kg writes it: node-link JSON with one node or link per line.

    {"directed":true,"multigraph":true,"graph":{},"nodes":[
    {"label":"Article",…,"id":"a1f…"},
    …
    ],"links":[
    {"type":"MENTIONS",…,"source":"a1f…","target":"Place:佛山市","key":"MENTIONS"},
    …
    ]}

It is one JSON document (``json.load`` and NetworkX read it as before), and it can be
written from a stream and read back one line at a time, so neither side holds the
whole graph. `items` reads that layout line by line and any other node-link file whole.
Lines end at ``\\n`` only: JSON escapes a newline inside a string, and U+2028 and the
like stay inside their line.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

HEADER = '{"directed":true,"multigraph":true,"graph":{},"nodes":['
MIDDLE = '],"links":['
FOOTER = ']}'


def write_lines(fh: IO[str], nodes: Iterable[str], links: Iterable[str]) -> None:
    """Write the graph file from each node's and each link's JSON text."""
    fh.write(HEADER)
    _write_items(fh, nodes)
    fh.write("\n" + MIDDLE)
    _write_items(fh, links)
    fh.write("\n" + FOOTER + "\n")


def _write_items(fh: IO[str], lines: Iterable[str], batch: int = 2000) -> None:
    chunk: list[str] = []
    sep = "\n"
    for line in lines:
        chunk.append(line)
        if len(chunk) >= batch:
            fh.write(sep + ",\n".join(chunk))
            chunk, sep = [], ",\n"
    if chunk:
        fh.write(sep + ",\n".join(chunk))


class LayoutError(ValueError):
    """A file that is not node-link JSON; the message says why (not the file's name)."""


def is_line_layout(path: str | Path) -> bool:
    with open(path, "rb") as fh:
        return fh.readline().rstrip(b"\r\n") == HEADER.encode()


def items(path: str | Path) -> Iterator[tuple[str, dict]]:
    """("node", node) for every node, then ("link", link) for every link of the
    node-link file at `path`. A file in kg's line layout is read a line at a time;
    any other is parsed whole (its "links" or "edges"). Raises LayoutError (or OSError)."""
    if is_line_layout(path):
        yield from _stream(path)
        return
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except RecursionError:
        raise LayoutError("nested too deeply") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise LayoutError(_reason(exc)) from exc
    if not isinstance(data, dict):
        raise LayoutError(f"a JSON {type(data).__name__}, not an object")
    nodes, links = data.get("nodes"), data.get("links", data.get("edges", []))
    if not isinstance(nodes, list) or not isinstance(links, list):
        raise LayoutError("'nodes' and 'links' must be lists")
    yield from (("node", n) for n in nodes)
    yield from (("link", link) for link in links)


def _stream(path: str | Path) -> Iterator[tuple[str, dict]]:
    kind, done = "node", False
    with open(path, "rb") as fh:
        fh.readline()
        for number, raw in enumerate(fh, start=2):
            line = raw.rstrip(b"\r\n")
            if done:
                if line.strip():
                    raise LayoutError(f"line {number}: text after the end of the graph")
                continue
            if line == MIDDLE.encode() and kind == "node":
                kind = "link"
                continue
            if line == FOOTER.encode() and kind == "link":
                done = True
                continue
            try:
                item = json.loads(line[:-1] if line.endswith(b",") else line)
            except (UnicodeDecodeError, ValueError) as exc:
                raise LayoutError(f"line {number}: {_reason(exc)}") from exc
            if not isinstance(item, dict):
                raise LayoutError(f"line {number}: a {kind} is not an object")
            yield kind, item
    if not done:
        raise LayoutError("the file ends before the graph does (truncated)")


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
