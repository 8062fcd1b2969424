"""某某主席 written after the name of the party's general secretary (中共中央总书记某某 …
某某主席): the head of state's post (国家主席), when the article gives the person no other
post of that title (中央军委主席 leaves the bare title unread)."""
from __future__ import annotations

from ...model import Ref
from ...text.vocabulary import table
from ..driver import component

# bare title -> (the post it names, the post its holder must hold, characters that make it another word)
HEAD_OF_STATE = table("posts/head_of_state")


@component("head_of_state", scope="article", reads=("people", "graph.HOLDS"),
           writes=("graph.Post", "graph.HOLDS"))
def head_of_state(state) -> None:
    """某某主席 for the general secretary: the post 国家主席."""
    text, reg = state.text, state.reg
    posts: dict[str, set[str]] = {}
    for r in reg.relations.values():
        if r.type == "HOLDS" and ("Post", r.target.name) in reg.entities:
            posts.setdefault(r.source.name, set()).add(r.target.name)
    for title, (post_name, first, stops) in HEAD_OF_STATE.items():
        for name, held in posts.items():
            if first not in held or any(reg.entities[("Post", p)].props.get("title") == title for p in held):
                continue
            k = text.find(name + title)
            while k >= 0 and text.startswith(tuple(stops), k + len(name) + len(title)):
                k = text.find(name + title, k + 1)
            if k < 0:
                continue
            at = k + len(name)
            sent = next(s for s in state.sentences if s.start <= at < s.end)
            post = reg.add("Post", post_name, {"title": title}, pos=at)
            reg.relate("HOLDS", Ref("Person", name), post, sent.text, status="current")
