"""The body a party group is named after (某部党组 → 某部, 某省某厅党组 → 某省某厅): a party
group sits only inside one state body, so naming the group names the body. The body is
taken when it is a national body (某部) or its name ends with an organisation's head of
the lexicon (厅, 局, 委员会 …) longer than the head itself. Heads: kg/data/vocab/bodies/party_group_heads.txt."""
from __future__ import annotations

from ...text.vocabulary import words
from ..driver import component
from ..central import canonical as central_form, kind_of as central_kind
from ..lexicon import lexicon

GROUP_HEADS = tuple(words("bodies/party_group_heads"))


def body_of_group(name: str) -> tuple[str, str] | None:
    """The body a party group's `name` is named after, and its kind; None when the rest
    ends with no organisation's head or is only the head."""
    head = next((h for h in GROUP_HEADS if name.endswith(h)), None)
    if head is None:
        return None
    body = name[: len(name) - len(head)]
    if central_form(body) is not None:
        return body, central_kind(body)  # 某部党组: a national body named bare
    suffixes = lexicon().suffixes
    for k in range(1, len(body)):
        suf = suffixes.get(body[k:])
        if suf is not None and suf.label == "Organization" and suf.kind != "party":
            return body, suf.kind
    return None


@component("party_group_bodies", scope="article", reads=("graph.Organization",),
           writes=("graph.Organization",))
def party_group_bodies(state) -> None:
    first: dict[str, int] = {}
    for label, name, pos in state.reg.order:
        if label == "Organization":
            first.setdefault(name, pos)
    for label, name in list(state.reg.entities):
        found = body_of_group(name) if label == "Organization" else None
        if found is not None and ("Organization", found[0]) not in state.reg.entities:
            state.reg.add("Organization", found[0], {"kind": found[1]}, pos=first.get(name, -1))
