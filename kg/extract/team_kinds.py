"""Task forces that are a figure of speech, a kind of team, cut from a longer name, or
named after a work or a body rather than a place, beside `kg.extract.refuse_teams`.

- A team after a verb that casts its subject as one (当好…的先锋队突击队, 争当突击队): a
  figure of speech, not a team (`role_figure`).
- A team named after a work (某某铁路工程建设指挥部, 某某工程任务指挥部) keeps its own name
  when the place before it belongs to another sentence: the work's team, not that place's
  (`named_after_work`).
- A team stationed in units of a kind (驻厂工作组, 驻点工作组), or one of units of a kind
  (社区工作队), that its clause does not set up: the teams of every factory or community,
  not one team of the place (`stationed_kind`).
- A team its clause says firms set up (重点项目和企业成立…专班) to which the build gave
  the place: the firms' teams (`firms_set_up`).
- A team named by generic or owner words alone right after 等 (海关、税务等部门专班): the
  kinds listed (`listed_kind`).
- A team written right after 各 (某委各工作组): teams of one kind, not one team.
- A crew of a kind written after a province or a city (某市志愿者服务队开展了…) that its
  clause does not set up: the place's volunteers at large (`city_crew`).
- A team opened by two levels listed (市县专班, 县乡工作队): a team of each level, or
  a fragment of a longer phrase (市县专班督学), not one team.
- A team whose place is the one its side helps (某省支援某市医疗队…联系后方指挥部): the
  helping side's team, not that place's (`aided_place`).
- A team whose name opens with a meeting's topic right after 的 (学习贯彻党的某某精神宣讲团
  read from 某某精神): cut from its name (`topic_rest`).
- A team set up by a body whose name holds the place written last before it (中国某某
  湖南某研究所抽调骨干，组成…突击队): the body's team, named with the body's name, not
  the place's (`body_holding_place`).
Words are data (kg/data/vocab/refuse/team_kinds.tsv)."""
from __future__ import annotations

from ..text.vocabulary import rows
from .lexicon import ESTABLISH_VERBS, POSSESSIVE
from .refuse_bodies import NATIONAL_OWNERS
from .refuse_kinds import QUOTES, clause_start, ending, team_words
from .refuse_unowned import CREW_HEADS, GENERIC_OR_OWNER

_KINDS = {row[0]: tuple(" ".join(row[1:]).split()) for row in rows("refuse/team_kinds", ".tsv")}
ROLE_VERBS = _KINDS["role"]
WORK_WORDS = _KINDS["work"]
STATIONED = _KINDS["stationed"]
UNITS = _KINDS["units"]
FIRMS = _KINDS["firms"]
FIRM_PREPOSITIONS = _KINDS["firm_prepositions"]
GOVERNMENT = tuple(sorted(_KINDS["government"], key=len, reverse=True))
TOPIC_ENDS = _KINDS["topic"]
AID_VERBS = _KINDS["aid"]
LEVEL_LISTS = _KINDS["levels"]
EACH = "".join(_KINDS["each"])
CROWD_LEVELS = frozenset({"province", "city"})
LIST_CLOSERS = "".join(_KINDS["list_closers"])
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


def stationed_kind(name: str, form: str, k: int = 0, text: str = "") -> bool:
    """A team stationed in units of a kind (驻厂工作组, 驻点工作组) or one of units of a
    kind (社区工作队), named so or with a place the article names before it (name = place
    + form), that its clause does not set up (某市成立驻某地招商专班 is one team)."""
    bare = form.strip(QUOTES)
    if not name.endswith(bare) or not bare.startswith(STATIONED + UNITS):
        return False
    return not any(v in text[clause_start(text, k):k] for v in ESTABLISH_VERBS)  # 某市成立驻某地专班: one


def firms_set_up(text: str, k: int) -> bool:
    """A team its clause says firms set up (重点项目和企业成立…专班): theirs, not the
    place's; not one set up for firms (针对企业成立…)."""
    clause = text[clause_start(text, k):k]
    for firm in FIRMS:
        at = clause.rfind(firm)
        if at >= 0 and clause.startswith(ESTABLISH_VERBS, at + len(firm)) \
                and not any(p in clause[:at] for p in FIRM_PREPOSITIONS):
            return True
    return False


def city_crew(form: str, k: int, text: str, ctx) -> bool:
    """A crew of a kind (志愿服务队, 党员突击队: generic or owner words before a crew's head)
    written after a province or a city (某市志愿者服务队开展了…, 某省某市志愿者服务队走进…),
    when its clause does not
    say the place set it up: the place's volunteers or members at large, not one team (a
    village's or a town's crew is one)."""
    m = ctx.starting(k) if ctx is not None else None
    while m is not None and ctx.starting(m.end) is not None and ctx.starting(m.end).end < k + len(form):
        m = ctx.starting(m.end)  # 某省|某市志愿者服务队: the city written last
    if m is None or m.level not in CROWD_LEVELS or m.end >= k + len(form):
        return False
    rest = text[m.end:k + len(form)].strip(QUOTES)
    if not ending(rest, CREW_HEADS) or team_words(rest, GENERIC_OR_OWNER) is None:
        return False
    clause = text[clause_start(text, k):k]
    return not any(v in clause for v in ESTABLISH_VERBS)


def topic_rest(form: str, k: int, text: str) -> str | None:
    """For a team written right after 的 whose name opens with a meeting's topic (党的|某某
    精神宣讲团, 党的|某某精神中央宣讲团), the part of its name after the topic: a team of its
    own when a national owner opens it (中央宣讲团), else too little to name one. None for
    any other team."""
    if k == 0 or text[k - 1] != POSSESSIVE or any(q in form for q in QUOTES) or POSSESSIVE in form:
        return None  # 团中央“学习党的某某精神”青年宣讲团: the topic is inside its name
    bare = form
    at = max((bare.find(t) + len(t) for t in TOPIC_ENDS if 0 < bare.find(t)), default=-1)
    return bare[at:] if 0 < at < len(bare) else None


def owned_rest(rest: str) -> bool:
    """Whether the part of a team's name after its topic opens with a national owner (中央|宣讲团)."""
    return rest.startswith(NATIONAL_OWNERS)


def aided_place(text: str, place) -> bool:
    """A place written right after a verb of aid (支援某市, 援某县): the place the team's
    side helps, not the side that set the team up."""
    return text.endswith(AID_VERBS, 0, place.start)


def refused_team_kind(name: str, form: str, k: int, text: str, ctx=None) -> bool:
    """Whether the task force written as `form` at `k` (named `name`) is a figure of speech,
    a team stationed in units of a kind, one opened by levels listed (市县专班: teams of
    every city and county), one of many (各工作组), a city's crew of a kind, a team firms
    set up to which the build gave a place, or the kinds a list closes (等部门专班)."""
    return role_figure(text, k) or stationed_kind(name, form, k, text) or form.strip(QUOTES).startswith(LEVEL_LISTS) \
        or (k > 0 and text[k - 1] in EACH) or city_crew(form, k, text, ctx) \
        or name != form.strip(QUOTES) and firms_set_up(text, k) or listed_kind(form, k, text)


def listed_kind(form: str, k: int, text: str) -> bool:
    """A team named by generic or owner words alone written right after 等 (海关、税务等部门
    专班): the teams of the kinds listed, not one team."""
    return k > 0 and text[k - 1] in LIST_CLOSERS and team_words(form.strip(QUOTES), GENERIC_OR_OWNER) is not None


def body_holding_place(state, sent_start: int, place, pos: int) -> str | None:
    """The name of the organisation or company written in the sentence before `pos` whose
    name holds `place` (a place mention), when that body is not the place's own government
    or committee (某省委, 某市政府) and a verb of setting up stands between it and the team
    (某研究所抽调骨干，组成…突击队); else None."""
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
        between = state.text[end:pos]
        return name if any(v in between for v in ESTABLISH_VERBS) else None  # 某支队按照防疫指挥部…: not its team
    return None
