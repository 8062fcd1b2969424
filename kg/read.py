"""Reading inputs (STUB: to be replaced by the readers' work)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import RawDocument
from .report import RunReport


def read_paths(paths: Iterable[str], report: RunReport) -> Iterator[RawDocument]:
    for p in paths:
        for f in sorted(Path(p).rglob("*.txt")) if Path(p).is_dir() else [Path(p)]:
            yield RawDocument(path=str(f), origin=str(f), content=f.read_text(encoding="utf-8"))
