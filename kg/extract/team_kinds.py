"""Task forces that are a figure of speech, a kind of team, cut from a longer name, or
named after a work or a body rather than a place, beside `kg.extract.refuse_teams`.

- A team after a verb that casts its subject as one (当好…的先锋队突击队, 争当突击队): a
  figure of speech, not a team (`role_figure`).
- A team named after a work (某某铁路工程建设指挥部, 某某工程任务指挥部) keeps its own name
  when the place before it belongs to another sentence: the work's team, not that place's
  (`named_after_work`).
- A team stationed in units of a kind (驻厂工作组, 驻点工作组, 社区工作队) to which the build
  gave a city's or a province's name: the teams of every factory or community, not one
  team of the place (`stationed_kind`).
- A team whose place is the one its side helps (某省支援某市医疗队…联系后方指挥部): the
  helping side's team, not that place's (`aided_place`).
- A team whose name opens with a meeting's topic right after 的 (学习贯彻党的某某精神宣讲团
  read from 某某精神): cut from its name (`topic_rest`).
- A team set up by a body whose name holds the place written last before it (某市某局
  …，某某专班; 中国某某湖南某研究所…组成…突击队): the body's team, named with the body's
  name, not the place's (`body_holding_place`).
Words are data (kg/data/vocab/refuse/team_kinds.tsv)."""
from __future__ import annotations

from ..text.vocabulary import rows
from .refuse_bodies import NATIONAL_OWNERS
from .refuse_kinds import QUOTES, clause_start

_KINDS = {row[0]: tuple(" ".join(row[1:]).split()) for row in rows("refuse/team_kinds", ".tsv")}
ROLE_VERBS = _KINDS["role"]
WORK_WORDS = _KINDS["work"]
STATIONED = _KINDS["stationed"]
GOVERNMENT = tuple(sorted(_KINDS["government"], key=len, reverse=True))
TOPIC_ENDS = _KINDS["topic"]
AID_VERBS = _KINDS["aid"]
POSSESSIVE = "的"
BODY_LABELS = ("Organization", "Company")


def role_figure(text: str, k: int) -> bool:
    """A team written after a verb of playing a role in its clause (当好疫情防控的先锋队突击队)."""
    clause = text[clause_start(text, k):k]
    return any(v in clause for v in ROLE_VERBS)


def named_after_work(form: str) -> bool:
    """A team named after a work: a word of a work after a name of its own (川藏铁路|工程建设
    指挥部, 探月|工程任务指挥部; not 工程指挥部)."""
    bare = form.strip(QUOTES)
    return any(0 < bare.find(w) for w in WORK_WORDS)


def stationed_kind(name: str, form: str) -> bool:
    """A team stationed in units of a kind (驻厂工作组, 社区工作队) that took a place the
    article names (name = place + form)."""
    bare = form.strip(QUOTES)
    return bare != name and name.endswith(bare) and bare.startswith(STATIONED)


def topic_rest(form: str, k: int, text: str) -> str | None:
    """For a team written right after 的 whose name opens with a meeting's topic (党的|某某
    精神宣讲团, 党的|某某精神中央宣讲团), the part of its name after the topic: a team of its
    own when a national owner opens it (中央宣讲团), else too little to name one. None for
    any other team."""
    bare = form.strip(QUOTES)
    if k == 0 or text[k - 1] != POSSESSIVE:
        return None
    at = max((bare.find(t) + len(t) for t in TOPIC_ENDS if 0 < bare.find(t)), default=-1)
    return bare[at:] if 0 < at < len(bare) else None


def owned_rest(rest: str) -> bool:
    """Whether the part of a team's name after its topic opens with a national owner (中央|宣讲团)."""
    return rest.startswith(NATIONAL_OWNERS)


def aided_place(text: str, place) -> bool:
    """A place written right after a verb of aid (支援某市, 援某县): the place the team's
    side helps, not the side that set the team up."""
    return text.endswith(AID_VERBS, 0, place.start)


def refused_team_kind(name: str, form: str, k: int, text: str) -> bool:
    """Whether the task force written as `form` at `k` (named `name`) is a figure of speech
    or a team stationed in units of a kind."""
    return role_figure(text, k) or stationed_kind(name, form)


def body_holding_place(state, sent_start: int, place, pos: int) -> str | None:
    """The name of the organisation or company written in the sentence before `pos` whose
    name holds `place` (a place mention), when that body is not the place's own government
    or committee (某省委, 某市政府); else None."""
    for label, name, p in reversed(state.reg.order):
        if p < sent_start:
            return None
        if p > place.start or label not in BODY_LABELS or (label, name) not in state.reg.entities:
            continue
        end = p + len(name)
        if end < place.end or end > pos or end - place.end < 2:
            continue
        rest = name[name.find(place.name) + len(place.name):] if place.name in name else name[place.end - p:]
        if rest in GOVERNMENT or not rest:
            return None
        return name
    return None
