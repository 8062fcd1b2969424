"""Openings of a work's name that `kg.extract.projects` reads apart: a demonstrative before
a proper name (这条某某高铁 → 某某高铁; the name is the rest, when its core is one proper
word or an unknown one), and a one-character prefix glued to a region's name that opens it,
when the article always writes the work with it (环某某湾…工程), and a phase written after
a project's name (某某项目一期工程 → 某某项目). Words are data (kg/data/vocab/programs/)."""
from __future__ import annotations

from ..text.segmenter import segmenter
from ..text.vocabulary import table, words
from .tokens import tag

DEMONSTRATIVES = tuple(sorted(words("programs/demonstrative_openers"), key=len, reverse=True))
REGION_PREFIXES = frozenset(words("programs/region_prefixes"))
PROPER_TAGS = (None, "ns", "nz", "nt", "nr", "j")
MIN_REST = 2  # characters of the proper word after a demonstrative
PHASES = tuple(words("programs/phase_heads"))
PROJECT = next(h for h, (label,) in table("programs/list_heads").items() if label == "Project")
MIN_PROJECT_CORE = 4  # characters of a project's name before 项目 that a phase may follow


def after_demonstrative(name: str, head: str) -> str | None:
    """`name` without the demonstrative that opens it, when what is left is one proper
    word (a place, a brand, an unknown word) before the head; else None."""
    opener = next((d for d in DEMONSTRATIVES if name.startswith(d)), None)
    if opener is None or not head:
        return None
    rest = name[len(opener):]
    core = rest[:len(rest) - len(head)]
    if len(core) < MIN_REST or len(segmenter().cut(core)) != 1 or tag(core) not in PROPER_TAGS:
        return None
    return rest


def with_region_prefix(name: str, text: str) -> str:
    """A work's name that the article always writes after the same prefix glued to the
    region's name opening it (环|某某湾…工程): the name with the prefix."""
    before, k = set(), text.find(name)
    while k >= 0:
        before.add(text[k - 1] if k else "")
        k = text.find(name, k + 1)
    if len(before) != 1 or next(iter(before)) not in REGION_PREFIXES:
        return name
    first = segmenter().cut(name)[0]
    return next(iter(before)) + name if len(first) >= 2 and tag(first) in PROPER_TAGS else name


def before_phase(name: str) -> str | None:
    """The project's name when `name` is a named project and a phase of it (某某灌区改造
    项目一期工程 → 某某灌区改造项目): the phase is a stage of that one project, not a
    second work; None otherwise."""
    phase = next((p for p in PHASES if name.endswith(p)), None)
    if phase is None:
        return None
    rest = name[:len(name) - len(phase)]
    if not rest.endswith(PROJECT) or len(rest) - len(PROJECT) < MIN_PROJECT_CORE:
        return None
    return rest
