"""Whether a task force written without a place, in a sentence that names none, takes
the place named last before it in the article (`Context.nearest_local`).

A team named by generic words alone (现场指挥部, 临时指挥部) is the scene's: it takes
that place. A team with a name of its own (某某产业专班, 某河防汛抗旱总指挥部,
某某工程任务指挥部, 某部工作组) takes it only when the article is about that place: names
it PLACE_TIMES times or more and no other city, county or district more often. In a
roundup of national news the last place named belongs to another story, and a team of a
ministry, a basin or a national program is none of that place's. Left without a place,
a team named by one common word before its head (某某专班 of a tool or a material) is a
kind of team, not one body.

A team written with its level word (自治区宣讲团, 县宣讲团) takes its place's name in place
of that word, not beside it (某某自治区宣讲团, not 某某自治区自治区宣讲团)."""
from __future__ import annotations

from ..text.segmenter import segmenter
from .context import LEVEL_PREFIXES, LOCAL_LEVELS
from .refuse_bodies import NATIONAL_OWNERS, PLACE_TIMES, _central_start, _generic_words
from .refuse_kinds import TEAM_HEADS, ending
from .tokens import PROPER_TAGS, tag


def far_place_fits(state, form: str, place) -> bool:
    """Whether `place`, named before the task force written as `form` but not in its
    sentence, is the team's place."""
    if form.startswith(NATIONAL_OWNERS) or _central_start(form):
        return False  # 某河…总指挥部, 某部工作组: a basin's or a ministry's team
    if _generic_words(form) is not None:
        return True  # 现场指挥部: the scene's command post
    counts: dict[str, int] = {}
    for m in state.ctx.mentions:
        if m.level in LOCAL_LEVELS:
            counts[m.name] = counts.get(m.name, 0) + 1
    times = counts.get(place.name, 0)
    return times >= PLACE_TIMES and times == max(counts.values())


def kind_without_place(form: str) -> bool:
    """A team written as `form`, left without a place, named by one common word before its
    head (无人机专班, 碎石小组): a kind of team."""
    if form.startswith(NATIONAL_OWNERS) or _central_start(form):
        return False  # 某部工作组: the ministry's
    head = ending(form, TEAM_HEADS)
    core = form[: len(form) - len(head)] if head else ""
    words = segmenter().dictionary_words(core) if core else []
    return len(words) == 1 and len(core) >= 2 and tag(core) not in PROPER_TAGS


LEVELS_LONGEST_FIRST = tuple(sorted(LEVEL_PREFIXES, key=len, reverse=True))


def placed_name(place: str, form: str) -> str:
    """The name of the team written as `form` of `place`: `place` + `form`, less the level
    word `form` opens with when `place` ends with it and it stands as a word of its own
    (自治区|宣讲团; not 市场|监管专班)."""
    for level in LEVELS_LONGEST_FIRST:
        if place.endswith(level) and form.startswith(level) and len(form) > len(level):
            words = segmenter().dictionary_words(form[:len(level) + 2])
            if words and words[0] == level:
                return place + form[len(level):]
    return place + form
