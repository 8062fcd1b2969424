"""Deputies named with their bare title after the name (某某代表提出, 某某委员说, 甲、乙代表
建议), the style of news on the national congress and conference sessions: the post is the
national body's (代表 → 全国人大, 委员 → 全国政协) when the article writes that body's
name and no other body whose deputies or members it could be (a party congress, a province's
congress); 代表 is a deputy of a numbered party congress (十八大) when the article names that
congress's deputies (十八大代表) and no other congress or kind of deputy. A name read as a person
by an earlier rule is needed; names joined by 、 or 和 before the title each hold it."""
from __future__ import annotations

from ...model import Ref
from ...text.vocabulary import chars, table, words
from ..driver import component
from .party_congresses import DEPUTIES, NAME_AFTER, NAME_BEFORE, SHORT_FORM

# title -> (body, kind, names of the body, words of other bodies that leave it unread)
SESSION_TITLES = {title: (body, kind, tuple(names.split("|")), tuple(others.split("|")))
                  for title, (body, kind, names, others) in table("posts/session_titles").items()}
TITLE_STOPS = chars("posts/session_title_stops")  # 代表团, 委员会: another word
LIST_JOINERS = chars("posts/list_joiners")  # 甲、乙代表
# What follows the title when it is one (某某代表提出, 某某委员说), not the verb 代表 (某某代表国务院…).
FOLLOWERS = tuple(words("posts/session_title_followers")) + tuple(words("people/speech_verbs"))
# Words of other congresses or kinds of deputies that leave a party congress's bare 代表 unread.
PARTY_DEPUTY_OTHERS = tuple(words("posts/party_deputy_others"))
PARTY_DEPUTY_TITLE = DEPUTIES[0]  # the deputy's title of bodies/party_congress_forms.tsv


@component("session_deputies", scope="article", reads=("people", "graph.HOLDS"),
           writes=("graph.Post", "graph.HOLDS", "graph.OF", "graph.Organization"))
def session_deputies(state) -> None:
    """某某代表, 某某委员 after a person's name: the post of the session's national body."""
    text, reg = state.text, state.reg
    bodies = [(title, body, kind) for title, (body, kind, body_names, others) in SESSION_TITLES.items()
              if any(n in text for n in body_names) and not any(o in text for o in others)]
    congress = _party_congress(text) if PARTY_DEPUTY_TITLE in text else None
    if congress:  # a bare 代表 read before with no body (某某代表) takes the congress
        bodies.append((PARTY_DEPUTY_TITLE, congress, "party"))
    if not bodies:
        return
    with_body = {r.source.name for r in reg.relations.values() if r.type == "OF"}
    held = {(r.source.name, reg.entities[("Post", r.target.name)].props.get("title", ""), r.target.name in with_body)
            for r in reg.relations.values()
            if r.type == "HOLDS" and ("Post", r.target.name) in reg.entities}
    for title, body, kind in bodies:
        for name, at in _titled(state, title):
            if (name, title, True) in held or body != congress and (name, title, False) in held:
                continue
            held.add((name, title, True))
            org = reg.add("Organization", body, {"kind": kind}, pos=at)
            post = reg.add("Post", body + title, {"title": title}, pos=at)
            sent = next(s for s in state.sentences if s.start <= at < s.end)
            reg.relate("HOLDS", Ref("Person", name), post, sent.text, status="current")
            reg.relate("OF", post, org, sent.text)


def _party_congress(text: str) -> str | None:
    """The full name of the one numbered party congress whose deputies the article names
    (十八大代表), when it names no other congress or kind of deputy."""
    found = {NAME_BEFORE + m.group(1) + NAME_AFTER for m in SHORT_FORM.finditer(text)}
    if len(found) != 1 or any(o in text for o in PARTY_DEPUTY_OTHERS):
        return None
    return found.pop()


def _titled(state, title: str) -> list[tuple[str, int]]:
    """(name, where the title starts) for each person written right before `title`, and
    for the people listed before that one (甲、乙代表)."""
    text = state.text
    out = []
    k = text.find(title)
    while k >= 0:
        after = k + len(title)
        if after >= len(text) or text[after] not in TITLE_STOPS and text.startswith(FOLLOWERS, after):
            name = _name_ending(state, k)
            e = k
            while name is not None:
                out.append((name, k))
                e -= len(name)
                if e < 1 or text[e - 1] not in LIST_JOINERS:
                    break
                e -= 1
                name = _name_ending(state, e)
        k = text.find(title, k + 1)
    return out


def _name_ending(state, e: int) -> str | None:
    """The longest person's name ending at `e`, not inside a place's name."""
    name = max((n for n in state.people if state.text.endswith(n, 0, e)), key=len, default=None)
    if name is None or state.ctx.covering(e - len(name)) is not None:
        return None
    return name
