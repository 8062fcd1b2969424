"""Whether a task force written without a place, in a sentence that names none, takes
the place named last before it in the article (`Context.nearest_local`), keeps its own
name, or is no one team.

A team of a ministry, a basin or a national body (某部工作组, 某河防汛抗旱总指挥部) keeps
its own name. A team named by generic words alone (现场指挥部, 临时指挥部) is the scene's:
it takes that place. So does a team that its clause says is local (当地成立…) or whose
place the sentence before names in the same paragraph, and one of the place an article
is about (named PLACE_TIMES times or more, no other city, county or district more
often). Otherwise the place belongs to another story of a roundup (a headline's, a
paragraph's before) and the team, named without its owner, is no one body this graph can
name (某某专班 led by a person of a bureau, 某某服务小组 of 农业部门).

A team written with its level word (自治区宣讲团, 县宣讲团) takes its place's name in place
of that word, not beside it (某某自治区宣讲团, not 某某自治区自治区宣讲团)."""
from __future__ import annotations

from ..text.segmenter import segmenter
from .context import LEVEL_PREFIXES, LOCAL_LEVELS
from .refuse_bodies import LOCAL, NATIONAL_OWNERS, PLACE_TIMES, _central_start, _generic_words
from .refuse_kinds import clause_start, sentence_start
from .team_kinds import named_after_work


PLACE, OWN, NONE = "place", "own", "none"


def far_place(state, form: str, place, pos: int) -> str:
    """What the task force written as `form` at `pos` is named by, when `place` is named
    before it but not in its sentence: PLACE (the place's team), OWN (its own name, the
    team of a national body) or NONE (no team to name)."""
    if form.startswith(NATIONAL_OWNERS) or _central_start(form):
        return OWN  # 某河…总指挥部, 某部工作组: a basin's or a ministry's team
    if _generic_words(form) is not None:
        return PLACE  # 现场指挥部: the scene's command post
    if named_after_work(form):
        return OWN  # 某铁路工程建设指挥部: the work's team
    text = state.text
    lo = clause_start(text, pos)
    if any(w in text[lo:pos] for w in LOCAL):
        return PLACE  # 某县…。当地成立…服务队
    before = sentence_start(text, max(0, sentence_start(text, pos) - 1))
    if place.start >= before and "\n" not in text[place.end:pos]:
        return PLACE  # 某县大力推广…。眼下，…成立了…指导组
    counts: dict[str, int] = {}
    for m in state.ctx.mentions:
        if m.level in LOCAL_LEVELS:
            counts[m.name] = counts.get(m.name, 0) + 1
    times = counts.get(place.name, 0)
    return PLACE if times >= PLACE_TIMES and times == max(counts.values()) else NONE



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
