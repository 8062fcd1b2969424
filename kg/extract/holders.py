"""Recording a person and the posts they hold: a reading is refused as a person where a
place or a body's name stands; a post takes the body written with it, else the body its
title implies (县长 → the county in context, 组长 → the task force just set up, 总书记 →
中共中央)."""
from __future__ import annotations

import re

from ..model import Ref
from ..text.vocabulary import alternation, chars, table, words
from .bodies import reference, register
from .context import HEAD_LEVELS, LEVEL_PREFIXES
from .history import stated_long_ago
from .level_bodies import level_body, stationed_body
from .national_committees import national_committee
from .village_posts import village_body
from .orgs import strip_quotes
from .head_titles import head_title
from .posts import OWN_BODY_TITLES, PARTY_BODIES, PostItem, continuation, posts_after
from .spans import Sentence

# Roles in a task force read with no body written (由某某任组长).
TASKFORCE_ROLES = words("posts/taskforce_roles")
# Titles whose body is a national one when none is written: title -> (body, kind).
NATIONAL_BODIES = table("posts/national_titles")
# Endings of a word before a title that describes the person (苗族代表, 80后代表), no body.
PERSON_DESCRIPTORS = words("posts/person_descriptors")
# Words after a national body's name that make it a longer body's (全国人大|常委会).
BODY_CONTINUATIONS = words("posts/body_continuations")
# The last party named before the name decides whose 总书记 it is (越共中央…, 朝鲜劳动党…).
PARTIES = re.compile(rf"({alternation(words('posts/chinese_party'))})"
                     rf"|({alternation(words('posts/foreign_parties'))})")
# Place endings → the suffix their party committee takes (湖南省 → 湖南省委).
COMMITTEE_SUFFIXES = {end: suffix for end, (suffix,) in table("posts/committee_suffixes").items()}
_LEVELS = "".join(w for w in COMMITTEE_SUFFIXES if len(w) == 1)
# A party congress or committee of some level written before the name: 湖南省第十二次党代会,
# 市委全会, 中共某县委 — the level character is group 1.
PARTY_CONTEXT = re.compile(
    rf"([{_LEVELS}])(?:(?:{alternation(words('common/ordinal_prefixes'))})[{chars('common/numerals')}\d]+"
    rf"(?:{alternation(words('common/session_words'))}))?"
    rf"(?:{alternation(words('posts/party_congresses'))}"
    rf"|{alternation({COMMITTEE_SUFFIXES[w] for w in _LEVELS})}(?![{chars('posts/committee_word_continuations')}]))")


def add_person(state, name: str, pos: int) -> None:
    """Record `name` read at `pos` as a person, unless a place or a body starts there."""
    m = state.ctx.covering(pos)
    if m is not None and m.end >= pos + len(name) - 1:
        return  # a place (伊拉克), not a person
    if any(a == pos and z > pos + len(name) for a, z in state.body_spans):
        return  # the first characters of a body's or company's name (代表某某控股集团…)
    if name not in state.people:
        state.people[name] = pos


def hold_list(state, name: str, items: list[PostItem], stop: int, sent: Sentence) -> None:
    """Record that `name` holds the posts `items` (a list ending at `stop`) and those of the
    lists that continue it (…，兼任…)."""
    while items:
        for item in items:
            hold(state, name, item, sent)
        nxt = continuation(sent, stop)
        if not nxt:
            break
        items, stop = posts_after(sent, nxt[0], nxt[1])


def hold(state, name: str, item: PostItem, sent: Sentence, dates: dict | None = None) -> Ref | None:
    """Record that person `name` holds the post `item` (or is a member of a task force);
    `dates` (start, end) come from a career event. Returns the post, if one was recorded."""
    if name not in state.people:
        return None  # the reading was refused as a person (a place, a body's first word)
    reg = state.reg
    person = Ref("Person", name)
    org = item.org
    status = item.status
    if status == "current" and (not dates or dates.get("start") == state.published) \
            and stated_long_ago(state, sent, item.title_start):
        status, dates = "former", None  # history, not taken on the article's day (not a résumé's line)
    body: Ref | None = None
    described = org is not None and item.title in NATIONAL_BODIES and describes_person(strip_quotes(org.surface))
    if described:
        org = None  # 苗族代表: a word on the person, not the body; the title's own body, below
    if org is not None:
        if org.label == "Place":
            body = Ref("Place", org.name)
        elif org.generic:
            body = national_committee(state, org, longer=True) or reference(state, org) \
                or level_body(state, org, sent) or village_body(state, org, sent) or national_committee(state, org)
            if body is None:  # unresolved bare body: the post keeps its name, no node
                if item.member:
                    return None
                post = reg.add("Post", strip_quotes(org.surface) + item.title, {"title": item.title},
                               pos=item.title_start)
                reg.relate("HOLDS", person, post, sent.text, status=status, **(dates or {}))
                return post
        elif org.name in state.people or strip_quotes(org.surface) in state.people:
            body = None
        else:
            body = register(state, org, sent)
    if body is None and org is None:
        body = head_place(state, item) or taskforce_of_role(state, item, sent) \
            or stationed_body(state, item.title_start, sent) or (
            bare_body(state, item.title, item.title_start, sent)
            if item.title in OWN_BODY_TITLES or described else None)
    if body is not None and body.label == "TaskForce":
        reg.relate("MEMBER_OF", person, body, sent.text, role=item.title)
        if item.member:
            return None
    elif item.member and not (body is not None and body.name.endswith(PARTY_BODIES)):
        return  # a member of a party group holds a post (某局党组成员)
    post_name = (body.name if body is not None else "") + item.title
    post = reg.add("Post", post_name, {"title": item.title}, pos=item.title_start)
    reg.relate("HOLDS", person, post, sent.text, status=status, **(dates or {}))
    if body is not None:
        reg.relate("OF", post, body, sent.text)
    return post


def describes_person(word: str) -> bool:
    """A word before a title that describes the person holding it (苗族, 赫哲族80后), not
    the body of the post."""
    return word.endswith(PERSON_DESCRIPTORS)


def written_alone(text: str, body: str) -> bool:
    """Whether `body` is written in `text` other than as the start of a longer body's name
    (全国人大 in 全国人大常委会)."""
    k = text.find(body)
    while k >= 0:
        if not text.startswith(BODY_CONTINUATIONS, k + len(body)):
            return True
        k = text.find(body, k + 1)
    return False


def taskforce_of_role(state, item: PostItem, sent: Sentence) -> Ref | None:
    """成立某某专班，由某某任组长: a task force's role with no body written takes the
    task force named before it in the sentence."""
    if item.title not in TASKFORCE_ROLES:
        return None
    for label, name, pos in reversed(state.reg.order):
        if pos < sent.start:
            return None
        if label == "TaskForce" and pos <= item.title_start and (label, name) in state.reg.entities:
            return Ref(label, name)
    return None


def head_place(state, item: PostItem) -> Ref | None:
    """县长商振江 with no body written: the county in context (市长 → city …)."""
    level = HEAD_LEVELS.get(head_title(item.title))
    if level is None:
        return None
    p = state.ctx.context(item.title_start, level)
    if p is None or p.start > item.title_start or p.name not in state.ctx.mention_names():
        return None
    return Ref("Place", p.name)


def bare_body(state, title: str, ts: int, sent: Sentence) -> Ref | None:
    """The body of a title written with none: 总书记 → 中共中央 (unless a foreign party is
    named before), 省长 → the province in context, 书记 → the party committee of the
    congress or committee named before the name."""
    if title in NATIONAL_BODIES:
        last = None
        for last in PARTIES.finditer(state.text, sent.start, ts):
            pass
        if last is not None and last.group(2) and not last.group(1):
            return None  # a foreign party's leader
        body, kind, *written = NATIONAL_BODIES[title]
        if written and not written_alone(state.text, body):
            return None  # 某某委员长 in an article on another country's body
        return state.reg.add("Organization", body, {"kind": kind}, pos=ts)
    if head_title(title) in HEAD_LEVELS:
        return head_place(state, PostItem(title, None, "current", ts, False))
    return _party_committee(state, ts, sent)


def _party_committee(state, ts: int, sent: Sentence) -> Ref | None:
    """书记: the party committee of the congress or committee written before the name, in
    its sentence or the one before."""
    prev = [s for s in state.sentences if s.end <= sent.start][-1:]
    for lo, hi in ((sent.start, ts), *((s.start, s.end) for s in prev)):
        m = None
        for m in PARTY_CONTEXT.finditer(state.text, lo, hi):
            pass
        if m is None:
            continue
        k = m.start(1)
        place = state.ctx.covering(k)
        if place is None or place.end != k + 1:
            place = state.ctx.context(k, LEVEL_PREFIXES[m.group(1)])
            if place is None or place.start > k:
                continue
        suffix = next((suf for end, suf in COMMITTEE_SUFFIXES.items() if place.name.endswith(end)), None)
        if suffix is None:
            continue
        ref = state.reg.add("Organization", place.name + suffix, {"kind": "party"}, pos=ts)
        state.reg.relate("LOCATED_IN", ref, Ref("Place", place.name), sent.text)
        return ref
    return None
