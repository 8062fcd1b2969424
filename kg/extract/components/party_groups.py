"""The body a party group is named after (某部党组 → 某部, 某省某厅党组 → 某省某厅): a party
group sits only inside one state body, so naming the group names the body. The body is
taken when it is a national body (某部), or when its name opens with its place and ends
with an organisation's head of the lexicon (厅, 局, 委员会 …): no bare 人民检察院. A leading
中共 names the group, not the body. Heads: kg/data/vocab/bodies/party_group_heads.txt."""
from __future__ import annotations

from ...text.vocabulary import words
from ..driver import component
from ...gazetteer import gazetteer
from ..central import canonical as central_form, kind_of as central_kind
from ..lexicon import lexicon

GROUP_HEADS = tuple(words("bodies/party_group_heads"))
PARTY_PREFIXES = tuple(words("bodies/party_group_prefixes"))  # the party's prefix names the group
MIN_PLACE = 2  # characters of the place a local body's name opens with


def body_of_group(name: str) -> tuple[str, str] | None:
    """The body a party group's `name` is named after, and its kind; None when the rest
    ends with no organisation's head or is only the head."""
    head = next((h for h in GROUP_HEADS if name.endswith(h)), None)
    if head is None:
        return None
    body = name[: len(name) - len(head)]
    body = next((body[len(p):] for p in PARTY_PREFIXES if body.startswith(p)), body)
    if central_form(body) is not None:
        return body, central_kind(body)  # 某部党组: a national body named bare
    if not _placed(body):
        return None  # 人民检察院党组: no body named without its place
    suffixes = lexicon().suffixes
    for k in range(1, len(body)):
        suf = suffixes.get(body[k:])
        if suf is not None and suf.label == "Organization" and suf.kind != "party":
            return body, suf.kind
    return None


def _placed(body: str) -> bool:
    """`body` opens with the name of a place (厦门市环境保护局, 忠县工商业联合会)."""
    return any(gazetteer().lookup(body[:k]) for k in range(MIN_PLACE, len(body) - 1))


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
