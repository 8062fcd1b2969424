"""HTML view (STUB)."""
from __future__ import annotations

from pathlib import Path

import networkx as nx


def write_page(graph: nx.MultiDiGraph, path: str | Path) -> None:
    Path(path).write_text("<html></html>", encoding="utf-8")
