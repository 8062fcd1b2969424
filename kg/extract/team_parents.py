"""The body a task force's name opens with: a party committee or a government body
written with its place and followed by the team (某市委督导组, 某省委宣讲团, 某县人社局工作队).
The text names that body too, so it is a body of its own. `nested.parent_body` reads the
same for an organisation's units (某市公安局指挥中心); a team's name, whose head is itself a
body's head (督导组), needs its own reading."""
from __future__ import annotations

from ..text.vocabulary import chars, words
from .nested import PARENT_HEADS, unspecific
from .orgs import Named, label_of

COMMITTEE_HEADS = words("bodies/team_parent_heads")
NOT_UNIT_OPENERS = tuple(chars("bodies/not_unit_openers"))  # 某县委原…: no team of the body
MIN_CORE = 2  # characters of a government body's own name between its place and head (人社)
MIN_TEAM = 2  # characters of the team after the body (工作队, 督导组)


def team_parent(n: Named, text: str) -> Named | None:
    """The party committee or government body that task force `n`'s name opens with,
    or None."""
    p = n.place
    if n.label != "TaskForce" or p is None or n.former or not (n.start <= p.start and p.end < n.end):
        return None
    end = _committee_end(text, p.end, n.end) or _body_end(text, p.end, n.end)
    if end is None:
        return None
    team = text[end:n.end]
    if len(team) < MIN_TEAM or team.startswith(NOT_UNIT_OPENERS) or not n.name.endswith(team):
        return None
    surface = text[n.start:end]
    name = n.name[:len(n.name) - len(team)]
    head = next((h for h in COMMITTEE_HEADS if name.endswith(h)), None)
    if head is not None:
        label, kind = "Organization", "party"
    else:
        head = next(h for h in sorted(PARENT_HEADS, key=len, reverse=True) if name.endswith(h))
        label, kind = label_of(head, text[p.end:end - len(head)])
    return Named(n.start, end, surface, label, kind, head, name=name, place=p, relative=n.relative)


def _committee_end(text: str, after: int, end: int) -> int | None:
    """Where a party committee written right after its place ends (郴州市|委, 郴州|市委)."""
    for head in COMMITTEE_HEADS:
        if text.startswith(head, after) and after + len(head) < end:
            return after + len(head)
        if text[after - 1:after] == head[0] and text.startswith(head[1:], after) \
                and after + len(head) - 1 < end:
            return after + len(head) - 1
    return None


def _body_end(text: str, after: int, end: int) -> int | None:
    """Where a government body written right after its place ends (某县|人社局|工作队):
    its own name, then a head of `nested.PARENT_HEADS`."""
    for k in range(end - MIN_TEAM, after + MIN_CORE, -1):
        head = next((h for h in sorted(PARENT_HEADS, key=len, reverse=True)
                     if text.endswith(h, after, k)), None)
        if head is None or k - len(head) - after < MIN_CORE:
            continue
        return None if unspecific(text[after:k - len(head)]) else k
    return None
