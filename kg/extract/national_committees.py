"""Committees of the national congress and CPPCC named bare (外事委员会, 财政经济委员会,
常委会法制工作委员会, 宪法法律委) in an article that names their owner earlier (全国人大
常委会第某次会议; 全国政协…): the national committee of kg/data/central_bodies.tsv that the owner's name and
the bare name make, of the owner named last before it."""
from __future__ import annotations

from ..model import Ref
from ..resolve.aliases import tables
from ..text.vocabulary import table, words
from .orgs import Named, strip_quotes

OWNERS = tuple((owner, marker) for owner, (marker,) in table("bodies/national_committee_owners").items())
ENDS = tuple(words("bodies/national_committee_ends"))  # 委员会, or a short form (宪法法律委)
MAX_NAME = 12  # characters of a committee's bare name (文化文史和学习委员会)


def national_committee(state, org: Named, longer: bool = False) -> Ref | None:
    """The national committee a bare committee's name `org` is, or None: the name with an
    owner is a national body, and the owner is named before it in the article (the last one
    named when both could own it). `longer`: only where the name is written further back than
    `org` was read (文化文史和学习|委员会), which no earlier body can be."""
    surface = strip_quotes(org.surface)
    if not surface.endswith(ENDS) or len(surface) < 3:
        return None
    # the name read further back than the head's reading stopped (文化文史和学习|委员会), longest first
    forms = [state.text[org.end - k:org.end] for k in range(min(MAX_NAME, org.end), len(surface), -1)] \
        + ([] if longer else [surface])
    found: dict[str, tuple[int, str, str]] = {}
    for owner, marker in OWNERS:
        written = next((f for f in forms if owner + f in tables().central), None)
        if written is None or marker in found:
            continue
        at = state.text.rfind(marker, 0, org.end - len(written))
        if at >= 0:
            found[marker] = (at, tables().central[owner + written], written)
    if not found:
        return None
    _, name, written = max(found.values())
    return state.reg.add("Organization", name, {"kind": tables().central_kind.get(name, "")},
                         aliases=(written,), pos=org.end - len(written))
