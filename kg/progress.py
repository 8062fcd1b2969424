"""Progress of a long build on a terminal: files, articles, rate and time left, on one
line of stderr rewritten a few times a second. Silent when stderr is not a terminal.

Time left comes from the bytes of input done against the bytes of all the inputs
(listed once at the start, as kg.read would find them; unknown for stdin).
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from .read import TEXT_EXT

EVERY = 0.25  # seconds between redraws


def input_size(paths: Iterable[str], exclude: Iterable[str | Path] = ()) -> tuple[int, int] | None:
    """(files, bytes) of the inputs under `paths`, or None when one is stdin."""
    skip = {os.path.realpath(p) for p in exclude}
    files = size = 0
    for path in paths:
        if path == "-":
            return None
        found = [path] if os.path.isfile(path) else [
            os.path.join(root, f) for root, dirs, names in os.walk(path, followlinks=True)
            if os.path.realpath(root) not in skip for f in names]
        for name in found:
            if Path(name).suffix.lower() in TEXT_EXT:
                try:
                    size += os.stat(name).st_size
                    files += 1
                except OSError:
                    continue
    return files, size


class Progress:
    """Call `advance` as documents are done; `close` clears the line."""

    def __init__(self, enabled: bool, total: tuple[int, int] | None,
                 stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self.total = total
        self.stream = stream or sys.stderr
        self.started = self.drawn = time.monotonic()
        self.files = self.articles = 0
        self.done_bytes = 0      # bytes of the files done
        self.current_bytes = 0   # of the file being read, estimated from its documents
        self._path: str | None = None
        self._size = 0

    def advance(self, path: str, text_bytes: int, articles: int) -> None:
        if not self.enabled:
            return
        if path != self._path:
            self.done_bytes += self._size
            self._path, self.current_bytes = path, 0
            self.files += 1
            try:
                self._size = os.stat(path).st_size
            except OSError:
                self._size = 0
        self.current_bytes = min(self._size, self.current_bytes + text_bytes)
        self.articles += articles
        now = time.monotonic()
        if now - self.drawn >= EVERY:
            self.drawn = now
            self._draw(now - self.started)

    def _draw(self, elapsed: float) -> None:
        files = f"files {self.files}" + (f"/{self.total[0]}" if self.total else "")
        line = f"{files} · {self.articles:,} articles · {self.articles / max(elapsed, 1e-9):,.0f}/s"
        done = self.done_bytes + self.current_bytes
        if self.total and self.total[1] and done:
            left = elapsed * max(self.total[1] - done, 0) / done
            line += f" · {int(left) // 60}:{int(left) % 60:02d} left"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()

    def note(self, text: str) -> None:
        """A stage after reading (folding the graph, writing files)."""
        if self.enabled:
            self.stream.write("\r" + text + "\x1b[K")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
