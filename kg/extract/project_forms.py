"""Openings of a work's name that `kg.extract.projects` reads apart: a demonstrative before
a proper name (这条某某高铁 → 某某高铁; the name is the rest, when its core is one proper
word or an unknown one), and a one-character prefix glued to a region's name that opens it,
when the article always writes the work with it (环某某湾…工程); a phase written after a
project's name (某某项目一期工程 → 某某项目); the works a project of works is named after
(某某扩建工程项目 → 某某扩建工程); the place a name was cut inside (同|江某某铁路大桥:
某江 is a county), which opens the name; and the full name of a work the article also writes
in full (某某机场 → 某市某某国际机场). Words are data (kg/data/vocab/programs/)."""
from __future__ import annotations

from ..gazetteer import gazetteer
from ..text.script import is_han
from ..text.segmenter import segmenter
from ..text.vocabulary import words
from .refuse_kinds import PROJECT_WORD
from .tokens import tag

DEMONSTRATIVES = tuple(sorted(words("programs/demonstrative_openers"), key=len, reverse=True))
REGION_PREFIXES = frozenset(words("programs/region_prefixes"))
PROPER_TAGS = (None, "ns", "nz", "nt", "nr", "j")
MIN_REST = 2  # characters of the proper word after a demonstrative
PHASES = tuple(words("programs/phase_heads"))
MIN_PROJECT_CORE = 4  # characters of a project's name before 项目 that a phase may follow
PLACE_LEVELS = ("province", "city", "county", "district")
FULL_MARKS = tuple(words("programs/full_name_marks"))
OWNER_LEVELS = ("province", "city", "county")
MAX_OWNER = 4  # characters of the place written before a work's full name
MAX_CUT = 2  # characters of a place's name on either side of the cut
WORKS_WORD = words("programs/works_head")[0]  # 工程: 某某扩建工程项目 is the works 某某扩建工程


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
    if not rest.endswith(PROJECT_WORD) or len(rest) - len(PROJECT_WORD) < MIN_PROJECT_CORE:
        return None
    return rest
def works_of_project(name: str) -> str | None:
    """The works a project of works is named after (某某核电站扩建工程项目 → 某某核电站扩建
    工程), when at least MIN_PROJECT_CORE characters name them; None otherwise."""
    tail = WORKS_WORD + PROJECT_WORD
    if not name.endswith(tail) or len(name) - len(tail) < MIN_PROJECT_CORE:
        return None
    return name[: len(name) - len(PROJECT_WORD)]


def with_cut_place(name: str, text: str) -> str:
    """A work's name that every mention starts inside the name of a city, a county or a
    district (同|江某某铁路大桥: the segmenter read 同 as a preposition): the name from the
    place's start. Not when the name opens with a place of its own (江西|兴国至某某铁路)."""
    first = segmenter().dictionary_words(name)[:1]
    if not first or gazetteer().lookup(first[0]):
        return name
    found, k = set(), text.find(name)
    while k >= 0:
        found.add(_place_start(name, k, text))
        k = text.find(name, k + 1)
    return found.pop() if len(found) == 1 and None not in found else name


def _place_start(name: str, k: int, text: str) -> str | None:
    """The name written at text[k:] with the characters before it that, with its own first
    ones, make a place's name; None when there are none."""
    for j in range(1, MAX_CUT + 1):
        for m in range(1, MAX_CUT + 1):
            before = text[max(0, k - j):k]
            if len(before) == j and all(is_han(c) for c in before) and len(name) > m \
                    and any(d.level in PLACE_LEVELS for d in gazetteer().lookup(before + name[:m])):
                return before + name
    return None


def full_built_name(name: str, head: str, text: str, owned: bool = False) -> str:
    """A work's short name (某某机场) that the article also writes in full, with the mark its
    short name drops and the city before it (某市某某国际机场): the full name, when every
    such mention agrees; else `name`. With `owned`, the city written right before the name
    itself counts too (某市|某某机场, 某市|某某国际机场), unless the name opens with one."""
    if not head or not name.endswith(head):
        return name
    core = name[: len(name) - len(head)]
    if not core:
        return name
    marks = () if core.endswith(FULL_MARKS) else FULL_MARKS
    if owned and not _opens_with_owner(core):
        marks = ("", *marks)
    forms = set()
    for mark in marks:
        forms |= _written_forms(core + mark + head, text, with_owner_only=not mark)
    return forms.pop() if len(forms) == 1 else name


def with_owner(name: str, text: str) -> str:
    """A phase or part of a work (某某国际机场二期工程, 某某机场T3航站楼) written after its city
    in the article (某市某某国际机场二期工程): the name with the city, when every mention
    written after a city agrees; else `name`. Not when the name opens with a city."""
    if _opens_with_owner(name):
        return name
    forms = _written_forms(name, text, with_owner_only=True)
    return forms.pop() if len(forms) == 1 else name


def _written_forms(full: str, text: str, with_owner_only: bool) -> set[str]:
    """`full` as each of its mentions writes it, with the city before it when there is one;
    with `with_owner_only`, only the mentions written after a city."""
    forms, k = set(), text.find(full)
    while k >= 0:
        owner = _owner_before(text, k)
        if owner or not with_owner_only:
            forms.add(owner + full)
        k = text.find(full, k + 1)
    return forms


def _opens_with_owner(core: str) -> bool:
    """`core` opens with the name of a province, a city or a county (某市某某)."""
    return any(any(d.level in OWNER_LEVELS for d in gazetteer().lookup(core[:j]))
               for j in range(2, min(MAX_OWNER, len(core)) + 1))


def _owner_before(text: str, k: int) -> str:
    """The longest name of a province, a city or a county written right before text[k]
    ("" for none)."""
    for j in range(MAX_OWNER, 1, -1):
        before = text[max(0, k - j):k]
        if len(before) == j and any(d.level in OWNER_LEVELS for d in gazetteer().lookup(before)):
            return before
    return ""
