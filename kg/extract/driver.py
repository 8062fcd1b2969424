"""Extraction as small ordered components, each declaring what it reads and what it writes
(after spaCy's pipeline components and its pipe analysis), and the short driver that
runs them over one article.

A component is a function decorated with `component`. A ``sentence`` component is called
once per sentence, in order, with ``(state, sentence)``; an ``article`` component once,
after every sentence was read, with ``(state)``. What a component reads must be there
before it runs: given by the text layer and places (`PROVIDED`), or written by a
component before it. `analyze` checks that and lists the pipeline:

>>> @component("demo_people", scope="sentence", reads=("sentence.tokens",), writes=("people",))
... def demo_people(state, sent): ...
>>> @component("demo_posts", scope="sentence", reads=("people",), writes=("graph.HOLDS",))
... def demo_posts(state, sent): ...
>>> [row["problems"] for row in analyze([demo_posts, demo_people])]
[['reads people before any component writes it'], []]
>>> [row["problems"] for row in analyze([demo_people, demo_posts])]
[[], []]
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

# What exists before any component runs: the article's text layer and its places.
PROVIDED = frozenset({"text", "sentences", "sentence.tokens", "sentence.tags", "places"})


@dataclass(frozen=True)
class Component:
    """A rule of extraction with its declared inputs and outputs."""
    name: str
    scope: str                      # "sentence" or "article"
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    func: Callable

    def __call__(self, *args) -> None:
        self.func(*args)


def component(name: str, *, scope: str, reads: Sequence[str] = (),
              writes: Sequence[str] = ()) -> Callable[[Callable], Component]:
    """Declare a function as a component of extraction."""
    if scope not in ("sentence", "article"):
        raise ValueError(f"component {name}: scope must be 'sentence' or 'article'")

    def wrap(func: Callable) -> Component:
        return Component(name, scope, tuple(reads), tuple(writes), func)
    return wrap


def analyze(pipeline: Sequence[Component]) -> list[dict]:
    """One row per component, in order: its scope, reads, writes, and problems (a read
    that no earlier component writes, a sentence component after an article one)."""
    written = set(PROVIDED)
    rows, seen_article = [], False
    for comp in pipeline:
        problems = [f"reads {r} before any component writes it" for r in comp.reads
                    if r not in written]
        if comp.scope == "sentence" and seen_article:
            problems.append("a sentence component after an article component")
        seen_article = seen_article or comp.scope == "article"
        written.update(comp.writes)
        rows.append({"name": comp.name, "scope": comp.scope, "reads": comp.reads,
                     "writes": comp.writes, "problems": problems})
    return rows


def check(pipeline: Sequence[Component]) -> None:
    """Raise ValueError when `analyze` finds a problem."""
    bad = [f"{row['name']}: {p}" for row in analyze(pipeline) for p in row["problems"]]
    if bad:
        raise ValueError("extraction pipeline: " + "; ".join(bad))


def run(pipeline: Sequence[Component], state) -> None:
    """Run the sentence components over each sentence in order, then the article ones."""
    per_sentence = [c.func for c in pipeline if c.scope == "sentence"]
    for sent in state.sentences:
        for func in per_sentence:
            func(state, sent)
    for comp in pipeline:
        if comp.scope == "article":
            comp.func(state)
