"""Registering the bodies a sentence names (organisations, companies, task forces,
projects) once they are found and resolved (`orgs`): a bare reference takes the body of
its kind met before, a task force without a place takes the place in context, a project
gives the company it is named after."""
from __future__ import annotations

import re

from ..model import Ref
from ..text.vocabulary import alternation, chars, word_set, words
from .context import LEVEL_CHARS, LEVEL_PREFIXES
from ..text.segmenter import segmenter
from .lexicon import ESTABLISH_VERBS, POSSESSIVE, lexicon
from .orgs import NATIONAL, PROJECT_HEADS, Named, clause_bounds, generic_core, is_proper, strip_quotes
from .tokens import PROPER_TAGS, freq, tag
from .programs import PROJECT_WORD, QUANTITY
from .spans import ROUTE_WORDS, Sentence
from .team_anchor import NONE, OWN, far_place, placed_name
from .team_owners import owning_body
from .team_places import full_place_name
from .team_kinds import aided_place, body_holding_place, owned_rest, topic_rest

QUOTED_PROGRAM = re.compile(rf"^“([^”]{{2,16}})”{PROJECT_WORD}$")
# Last words of a built work: a quoted one before 项目 stays a project.
FACILITY_ENDINGS = tuple(PROJECT_HEADS + words("programs/park_heads") + words("programs/facility_endings"))
# A place referred to by its level: 该镇, 全县, 镇里, 本市, and a clause opening with a bare
# level word (，街道将成立…).
ANAPHOR = re.compile(
    rf"(?:{alternation(words('common/anaphor_determiners'))})"
    rf"({alternation(sorted(LEVEL_PREFIXES, key=len, reverse=True))})"
    rf"|([{LEVEL_CHARS}])(?:{alternation(words('common/anaphor_suffixes'))})"
    rf"|(?<=[，。；：])({alternation(words('common/clause_level_subjects'))})"
    rf"(?={alternation(words('common/clause_level_verbs'))})")
JOINERS = tuple(chars("bodies/joiners"))
COMPANY_HEADS = words("bodies/company_heads")
# Heads of the task forces a government sets up (专班, 指挥部): one without a place written
# takes the place in context; a team (服务队, 小组) does so only when set up in the clause.
PLACED_HEADS = word_set("bodies/placed_taskforce_heads")
# Heads of standing groups a place convenes or sets up (领导小组, 委员会), and the verbs it does so by.
CONVENED_HEADS = word_set("bodies/convened_heads")
CONVENE_VERBS = words("bodies/convene_verbs")
PUBLIC_WORKS = frozenset(words("programs/infrastructure_heads") + words("programs/built_heads"))
SITE_ENDINGS = words("bodies/site_endings")


def register(state, n: Named, sent: Sentence) -> Ref | None:
    """Register a non-generic name (or resolve a generic one); returns its Ref."""
    if n.generic and n.label == "Organization" and n.head in CONVENED_HEADS and n.place is None:
        _convened_by(state, sent, n)  # 某省召开…领导小组会议: the province's group
    if n.generic:
        return reference(state, n)
    reg = state.reg
    if n.place is None and not n.relative:
        known = reg.ending_with(n.label, n.name, n.start)
        if known is not None:
            reg.entities[(known.label, known.name)].aliases.add(n.name)
            reg.add(known.label, known.name, pos=n.start)
            return known
    if n.label == "Project":
        project_company(state, n)
        quoted = QUOTED_PROGRAM.match(n.surface)
        if quoted and _kind_of_projects(quoted.group(1), state.text, n.start, sent.start):
            return None  # 一批“小而美”项目, “白名单”项目: a kind of projects
        if quoted and not quoted.group(1).endswith(FACILITY_ENDINGS):
            # “政企连心桥”项目: a named service programme (not “某某国际社区”项目: a work built)
            n.label, n.name = "Program", quoted.group(1)
            n.aliases = {quoted.group(1) + PROJECT_WORD}
    if n.label == "TaskForce" and counted_before(state.text, n.start, sent.start):
        return None  # 成立了7个工作组, 2200多支突击队: teams of a kind, not one
    if n.label == "TaskForce" and not topic_team(state, sent, n):
        return None  # 党的|某某精神宣讲团: cut from its name
    if n.label == "TaskForce" and n.place is None and not n.name.startswith(NATIONAL):
        if not (n.head in PLACED_HEADS or set_up(state, sent, n.start)):
            if not distinct_team(strip_quotes(n.surface)[:-len(n.head)]):
                return None  # 志愿服务队, 村里的突击队: a team of a kind, no one body
            p = None
        else:
            p = _set_up_team(state, sent, n)
            if p is False:
                return None
        if p is not None:
            n.aliases.add(n.name)
            n.name = placed_name(p.name, n.name)
            n.place = p
    if n.label == "TaskForce":
        full = full_place_name(n.name, state.text)  # 玉树|灾后重建指挥部: the place's full name
        if full is not None:
            n.aliases.add(n.name)
            n.name = full
    props = {"kind": n.kind} if n.label == "Organization" and n.kind else {}
    ref = reg.add(n.label, n.name, props, n.aliases, pos=n.start)
    if n.place is None and n.start >= 2 and state.text[n.start - 1] == POSSESSIVE:
        p = state.ctx.covering(n.start - 2)  # 位于江宁区的云岭集团
        if p is not None and p.end == n.start - 1:
            n.place = p
    if n.place is not None and n.label in ("Organization", "Company", "TaskForce", "Project"):
        reg.relate("LOCATED_IN", ref, Ref("Place", n.place.name), sent.text)
    return ref


NUMERAL_CHARS = chars("common/numerals")
LIST_CLOSERS = tuple(words("programs/list_closers"))  # 某某、某某等“某某”项目
TEAM_COUNTERS = "".join(c for c in chars("common/counters") if c not in chars("common/person_counters"))
COUNTED_TEAMS = re.compile(rf"[\d{chars('common/numerals')}][{chars('common/quantity_words')}]*"
                          rf"[{TEAM_COUNTERS}]$")


def _kind_of_projects(quoted: str, text: str, pos: int, lo: int) -> bool:
    """A quoted word before 项目 that names a kind of projects, not a programme: a word of
    the dictionary or two characters, with no number (“白名单”, “绿电”; not “两重”), kinds joined (“某某+某某”), the last
    of a list (某某、某某等“两高一低”) or counted (一批“小而美”)."""
    counted = any(c in NUMERAL_CHARS for c in quoted)  # “两重”, “两新”: a programme's numbered name
    return not counted and (bool(freq(quoted)) or len(quoted) <= 2) or "+" in quoted or "＋" in quoted \
        or text.endswith(LIST_CLOSERS, 0, pos) or counted_before(text, pos, lo)


def counted_before(text: str, pos: int, lo: int) -> bool:
    """A number and a counter before the name's clause part: 7个…工作组, 2200多支…突击队."""
    k = pos
    while k > lo and text[k - 1] not in "，,。；;：:、“":
        k -= 1
        if COUNTED_TEAMS.search(text, max(lo, k - 6), k + 1) and text[k] in TEAM_COUNTERS:
            return True
    return False


def _convened_by(state, sent: Sentence, n: Named) -> None:
    """A standing group or committee that the place opening its clause convenes or sets up
    (某省召开扶贫开发领导小组会议, 某省成立了生态环境保护委员会) is that place's."""
    lo, _ = clause_bounds(sent, n.start)
    p = state.ctx.starting(lo)
    if p is None or p.end >= n.start or not any(v in state.text[p.end:n.start] for v in CONVENE_VERBS):
        return
    n.aliases.add(strip_quotes(n.surface))
    n.name, n.place, n.generic = p.name + strip_quotes(n.surface), p, False


def _set_up_team(state, sent: Sentence, n: Named):
    """The place that names task force `n`, which its clause sets up or whose head a place
    sets up (专班, 指挥部): None when a body names it instead (its name is then the body's +
    its own) or it keeps its own name, False when it is no team to name."""
    owner = owning_body(state, sent, n.start)  # 某局成立专项工作组: the bureau's
    p = None if owner is not None else anaphor_place(state, sent, n.start) \
        or last_place(state, sent, n.start)
    if p is not None and owner is None and aided_place(state.text, p):
        return False  # 某省支援某市医疗队…联系后方指挥部: the helping side's
    if p is not None and owner is None:
        owner = body_holding_place(state, sent.start, p, n.start)  # 某研究所抽调骨干，组成…突击队
        p = None if owner is not None else p
    if p is None and owner is None:
        p = state.ctx.nearest_local(n.start, state.name_spans)  # not 国务院…专班: national
        named_by = far_place(state, strip_quotes(n.surface), p, n.start) if p is not None else OWN
        if named_by == NONE:
            return False  # 某某专班 after another story's place: no team to name
        if named_by == OWN:
            p = None  # 某部工作组, 某河…总指挥部: a ministry's or a basin's team
    if owner is not None:
        n.aliases.add(n.name)
        n.name = owner + n.name
    return p


def topic_team(state, sent: Sentence, n: Named) -> bool:
    """Whether task force `n` stays a team once a meeting's topic its name opens with after
    的 is taken off (党的|某某精神中央宣讲团 → 中央宣讲团); False when too little is left
    (党的|某某精神宣讲团, when no place is written before it in its sentence)."""
    rest = topic_rest(n.surface, n.start, state.text)
    if rest is None:
        return True
    if not owned_rest(rest):
        return bool(state.ctx.inside(sent.start, n.start))  # 某市组建…的某某精神宣讲团: the place's
    n.name, n.place, n.relative = rest, None, False
    return True


def last_place(state, sent: Sentence, pos: int):
    """The place written last before `pos` in its sentence (天津成立…工作组: the province)."""
    inside = state.ctx.inside(sent.start, pos)
    return inside[-1] if inside else None


def set_up(state, sent: Sentence, pos: int) -> bool:
    """A verb of setting up (成立, 组建) written before `pos` in its clause."""
    lo, _ = clause_bounds(sent, pos)
    window = state.text[lo:pos]
    return any(v in window for v in ESTABLISH_VERBS)


def distinct_team(core: str) -> bool:
    """Whether a team's name without a place tells one team (党员突击队 of a named body,
    a quoted or proper name, a rare word) rather than a kind of team (志愿服务队)."""
    if not core or generic_core(core):
        return False
    if any(h in core for h in lexicon().suffixes):
        return True  # 某某医院党员突击队: the team of a body
    words = segmenter().dictionary_words(core)
    return any(not freq(w) or tag(w) in PROPER_TAGS - {"nz"} and freq(w) < 3000
               for w in words if len(w) > 1) or any(not c.isalpha() or c.isascii() for c in core)


def project_company(state, n: Named) -> None:
    """The company a project is named after: the part before its quantity (远航集团年产
    30万吨…项目) or between a leading country and an inner place (德国莱茵化工钦州…项目,
    雪佛龙宁波乙烯项目); a public work (某某机场, 某某航站楼, 某某高铁) only after a company
    head in its name (某某集团某某水电站)."""
    m = QUANTITY.search(n.name)
    company = None
    named = _named_company(n.name)
    if n.head in PUBLIC_WORKS:
        company = named
    elif m is not None and m.start() >= 2:
        company = n.name[:m.start()]
    elif named:
        company = named
    else:
        places = state.ctx.inside(n.start, n.end)
        r = n.start
        for p in places:
            if p.start == r:
                r = p.end
        inner = [p for p in places if p.start > r and p.level != "zone"]  # not 某某|雄安新区|…项目
        end = inner[0].start if inner else (n.end - len(n.head) if r > n.start else r)
        cand = state.text[r:end]
        if 2 <= len(cand) <= 6 and (inner or len(cand) <= 4) and is_proper(cand, n) \
                and not generic_core(cand):
            company = cand
    if not company or company.endswith(JOINERS) or any(w in company for w in ROUTE_WORDS) \
            or state.ctx.is_mentioned(company) or company.endswith(SITE_ENDINGS):
        return
    if n.place is not None and company == n.place.name:
        return
    state.reg.add("Company", company, pos=n.start)


def _named_company(name: str) -> str | None:
    """The company a project's name opens with, up to the last company head in it
    (某某集团公司技改项目, 某某股份有限公司项目), when two or more characters precede it."""
    best = None
    for h in COMPANY_HEADS:
        k = name.rfind(h)
        if k >= 2 and (best is None or k + len(h) > len(best)):
            best = name[:k + len(h)]
    return best


def reference(state, n: Named) -> Ref | None:
    """A bare reference (专班, 指挥部, 招商局): the body of that kind met before."""
    name = strip_quotes(n.surface)
    known = state.reg.ending_with(n.label, name, n.start)
    if known is None and n.label == "TaskForce" and name == n.head:
        known = state.reg.last("TaskForce", n.start)
    if known is not None:
        state.reg.add(known.label, known.name, pos=n.start)
    return known


def anaphor_place(state, sent: Sentence, pos: int):
    """该镇/全镇/镇里 … before `pos` in its sentence: the place of that level in context
    (该镇…成立了…专班 → the town's task force, not its county's)."""
    m = None
    for m in ANAPHOR.finditer(state.text, sent.start, pos):
        pass
    if m is None:
        return None
    p = state.ctx.context(m.start(), LEVEL_PREFIXES[m.group(1) or m.group(2) or m.group(3)])
    return p if p is not None and p.start <= m.start() else None

