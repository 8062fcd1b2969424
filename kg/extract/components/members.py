"""Members of task forces written around people already read: a list before a role
(副县长某某、某某任副组长), a list after a task force's role (专班成员某某、某某), a
role given by 由 (指挥长由县长某某担任), people drawn to make one up (抽调某某、某某组成
工作专班; 专班由某某、某某组成) and its leader (某某带领专班). Only names already read as
people count; the task force is one named in the sentence, or the last one before it."""
from __future__ import annotations

import re

from ...model import Ref
from ...text.vocabulary import alternation, table, words
from ..lexicon import POSSESSIVE, automaton
from ..driver import component
from ..spans import Sentence

ROLES = words("relations/member_roles")
ROLE = alternation(ROLES)
ROLE_AC = automaton(ROLES)
COMPOSE = words("relations/member_verbs")
LEAD = words("relations/lead_verbs")
# 任/担任 a role; a role then 由 … 担任; a role then the names (成员某某、某某).
ROLE_VERB = alternation(words("relations/role_verbs"))
BY = alternation(words("relations/agent_markers"))
ROLE_AFTER_VERB = re.compile(rf"(?:{ROLE_VERB})({ROLE})")
ROLE_BY = re.compile(rf"({ROLE})(?:{BY})([^，。；]{{2,24}}?)(?:{ROLE_VERB})")
CLAUSE_ENDS = "，。；;,"
GROUP_KIND = "leading group"  # the kind of a standing 领导小组 (kg/data/vocab/bodies/label_endings.tsv)
LIST_SEP = "".join(words("relations/member_list_joiners"))
ROLE_AS = re.compile("|".join(rf"(?:{re.escape(a)})([^，。；]{{2,24}}?)(?:{re.escape(b)})({ROLE})"
                              for a, (b,) in table("relations/role_frames").items()))
BY_WORDS = tuple(words("relations/agent_markers"))
LIST_OPENERS = words("relations/member_list_openers")
# A clause opening with a role and a list (，成员包括某某、某某; ，组长为某某): the task
# force is the last one named.
ROLE_LIST = re.compile(rf"(?<=[，；：])({ROLE})(?:{alternation(LIST_OPENERS)})")
MEMBER_AS = words("relations/member_as")
# 专班由某某带队: the task force, 由, the leader, a verb of leading.
LEAD_BY = re.compile(rf"(?:{BY})([^，。；]{{2,24}}?)(?:{alternation(words('relations/lead_after'))})")
AFTER_NAME = words("relations/after_member_name")


@component("taskforce_members", scope="sentence", reads=("people", "sentence.names", "graph.TaskForce"),
           writes=("graph.MEMBER_OF",))
def taskforce_members(state, sent: Sentence) -> None:
    text = state.text
    # the four frames below each hold a role: a sentence that writes none is not searched
    stop = sent.end if next(ROLE_AC.iter(sent.text), None) is not None else sent.start
    for m in ROLE_AFTER_VERB.finditer(text, sent.start, stop):
        force = _force_after(state, m.end()) or _force(state, sent, m.start())
        if force is not None:
            for name in _names_before(state, sent, m.start()):
                _member(state, name, force, m.group(1), sent)
    for m in ROLE_AS.finditer(text, sent.start, stop):
        force = _force_after(state, m.end())
        name = _last_name(state, m.group(1))
        if force is not None and name:
            _member(state, name, force, m.group(2), sent)
    for m in ROLE_LIST.finditer(text, sent.start, stop):
        force = _force(state, sent, m.start())
        if force is not None:
            end = min((k for k in (text.find(c, m.end(), sent.end) for c in CLAUSE_ENDS) if k >= 0), default=sent.end)
            for name in _names_in(state, m.end(), end):
                _member(state, name, force, m.group(1), sent)
    for m in ROLE_BY.finditer(text, sent.start, stop):
        force = _force(state, sent, m.start())
        name = _last_name(state, m.group(2))
        if force is not None and name:
            _member(state, name, force, m.group(1), sent)
    for n in state.named:
        if n.label != "TaskForce" or not n.name:
            continue
        force = Ref("TaskForce", n.name)
        if (force.label, force.name) not in state.reg.entities:
            continue
        at = n.end + 1 if text.startswith(POSSESSIVE, n.end) else n.end  # 工作队(的)领队某某
        role = next((r for r in ROLES if text.startswith(r, at)), None)
        if role is not None:
            for name in _names_after(state, sent, at + len(role)) or _listed(state, sent, at + len(role)):
                _member(state, name, force, role, sent)
            _role_as(state, sent, n.start, force, role)
        _composed(state, sent, n, force)


def _listed(state, sent: Sentence, start: int) -> list[str]:
    """成员有某局局长某某、某某: the people of the sentence after a word opening the list."""
    opener = next((w for w in LIST_OPENERS if state.text.startswith(w, start)), None)
    return _names_in(state, start + len(opener), sent.end) if opener else []


def _role_as(state, sent: Sentence, pos: int, force: Ref, role: str) -> None:
    """某某作为专班成员, 某某同志担任突击队队长: the person right before the verb."""
    before = state.text[sent.start:pos]
    verb = next((v for v in MEMBER_AS if before.endswith(v)), None)
    if verb is None:
        return
    before = before[:-len(verb)]
    before = next((before[:-len(w)] for w in AFTER_NAME if before.endswith(w)), before)
    name = _last_name(state, before)
    if name:
        _member(state, name, force, role, sent)


def _composed(state, sent: Sentence, n, force: Ref) -> None:
    """抽调某某、某某…组成工作专班; 专班由某某、某某…组成; 某某带领工作专班."""
    text = state.text
    before = text[sent.start:n.start]
    verb = next((v for v in COMPOSE if before.endswith(v) or text.startswith(BY_WORDS, n.end)
                 and v in text[n.end:sent.end]), None)
    if verb is not None:
        lo, hi = (sent.start, n.start) if before.endswith(verb) else (n.end, text.find(verb, n.end, sent.end))
        for name in _names_in(state, lo, hi):
            _member(state, name, force, "", sent)
    m = LEAD_BY.match(text, n.end)
    name = _last_name(state, m.group(1)) if m else None
    if name:
        _member(state, name, force, "", sent)
    for v in LEAD:
        if before.endswith(v):
            name = _last_name(state, before[:-len(v)])
            if name and before[:-len(v)].endswith(name):
                _member(state, name, force, "", sent)


def _force(state, sent: Sentence, pos: int) -> Ref | None:
    """The task force a role at `pos` belongs to: the last one named before it, in its
    sentence or the one before, unless a leading group (领导小组) is named after it."""
    if any(n.kind == GROUP_KIND and n.start < pos for n in state.named):
        return None  # 成立某某领导小组，由某某任组长: the standing group's leader
    prev = [s for s in state.sentences if s.end <= sent.start][-1:]
    lo = prev[0].start if prev else sent.start
    for label, name, p in reversed(state.reg.order):
        if p < lo:
            return None
        if p > pos or (label, name) not in state.reg.entities:
            continue
        if label == "TaskForce":
            return Ref(label, name)
        if state.reg.entities[(label, name)].props.get("kind") == GROUP_KIND:
            return None  # 成立某某领导小组，由某某任组长: the standing group's leader
    return None


def _force_after(state, end: int) -> Ref | None:
    """The task force a role written before it qualifies (某某任组长的专班, 以某某为组长的
    工作专班): the first one named after it in its clause with 的 between them."""
    for n in state.named:
        between = state.text[end:n.start]
        if n.label == "TaskForce" and n.start > end and (n.label, n.name) in state.reg.entities \
                and POSSESSIVE in between and not any(c in CLAUSE_ENDS for c in between):
            return Ref(n.label, n.name)
    return None


def _names_before(state, sent: Sentence, end: int) -> list[str]:
    """People listed right before `end` (副县长某某、某某任…): each item of the list ends
    with a person's name."""
    text, out = state.text, []
    k = end
    while k > sent.start:
        name = _last_name(state, text[max(sent.start, k - 12):k])
        if not name:
            break
        out.append(name)
        k -= len(name)
        while k > sent.start and text[k - 1] not in LIST_SEP + "，。；：":
            k -= 1  # the titles before the name
        if k <= sent.start or text[k - 1] not in LIST_SEP:
            break
        k -= 1
    return out


def _names_after(state, sent: Sentence, start: int) -> list[str]:
    """People listed from `start` on (成员某某、某某参加)."""
    text, out, k = state.text, [], start
    while k < sent.end:
        name = next((nm for nm in sorted(state.people, key=len, reverse=True) if text.startswith(nm, k)), None)
        if name is None:
            break
        out.append(name)
        k += len(name)
        if k >= sent.end or text[k] not in LIST_SEP:
            break
        k += 1
    return out


def _names_in(state, lo: int, hi: int) -> list[str]:
    """People written between `lo` and `hi`."""
    if hi <= lo:
        return []
    span = state.text[lo:hi]
    return [nm for nm in state.people if nm in span]


def _last_name(state, span: str) -> str | None:
    """The person whose name ends `span`."""
    return max((nm for nm in state.people if span.endswith(nm)), key=len, default=None)


def _member(state, name: str, force: Ref, role: str, sent: Sentence) -> None:
    props = {"role": role} if role else {}
    state.reg.relate("MEMBER_OF", Ref("Person", name), force, sent.text, **props)
