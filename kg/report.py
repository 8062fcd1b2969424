"""Run reports: one clear stderr line per skipped input, and a closing summary."""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO


@dataclass
class RunReport:
    """Counts what a run read and skipped; `skip` prints one line naming the input."""
    read: int = 0
    articles: int = 0
    known: int = 0  # articles already in the graph being updated
    skipped: Counter = field(default_factory=Counter)
    stream: TextIO | None = None

    def skip(self, origin: str, reason: str) -> None:
        self.skipped[reason.split(":")[0]] += 1
        print(f"kg: skipped {origin}: {reason}", file=self.stream or sys.stderr)

    def note(self, origin: str, message: str) -> None:
        """A line about an input that is read all the same (partly decoded), or left
        out on purpose (the build's output folder); not counted as skipped."""
        print(f"kg: {origin}: {message}", file=self.stream or sys.stderr)

    def summary(self) -> str:
        total = sum(self.skipped.values())
        line = f"{self.read} documents read, {self.articles} articles"
        if self.known:
            line += f", {self.known} already in the graph"
        line += f", {total} skipped"
        if total:
            line += " (" + ", ".join(f"{n} {why}" for why, n in self.skipped.most_common()) + ")"
        return line
