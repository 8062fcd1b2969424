"""A unit or institute a national body names after itself (某部就业指导中心, 某部规划设计研究院,
某总局调查规划院): the body's name opens the unit's, so the unit is one body, named as
written, though its own core (就业指导) is made of common words. Taken only where the
rest between the national body and the head is a core of MIN_CORE characters or more
that names one body (no grade or 有关 words, not a place alone: 某党某市委 is the body's
local branch), and no mark or 和 splits it from the body; not a news outlet's desk
(某社某某报道中心: outlets are optional in annotation). Outlets:
kg/data/vocab/bodies/media_outlets.txt and the state_media rows of central_bodies.tsv."""
from __future__ import annotations

from ..bodies import register
from ..central import canonical, kind_of
from ..driver import component
from ..nested import unspecific
from ..orgs import strip_quotes
from ..spans import Sentence
from ...gazetteer import gazetteer
from ...text.vocabulary import chars, word_set

MIN_CORE = 2  # characters between the national body and the unit's head (就业指导)
MIN_FORM = 2  # characters of the national body's form (国务院, 教育部, 中国科协)
NOT_IN_CORE = chars("bodies/unit_core_stops")  # two bodies listed or possessed, not one name
KINDS = ("Organization",)
MEDIA_KIND = "state_media"
MEDIA = word_set("bodies/media_outlets")  # outlets of other kinds (新华通讯社)


def national_opener(surface: str, head: str) -> str | None:
    """The longest national body's form that opens `surface` and leaves a core before
    `head`, else None."""
    for k in range(len(surface) - len(head) - MIN_CORE, MIN_FORM - 1, -1):
        if canonical(surface[:k]) is not None:
            return surface[:k]
    return None


@component("national_units", scope="sentence", reads=("sentence.names",),
           writes=("sentence.names", "graph.Organization"))
def national_units(state, sent: Sentence) -> None:
    for n in state.named:
        if not (n.generic and n.label in KINDS and n.place is None and not n.relative and n.head):
            continue
        surface = strip_quotes(n.surface)
        opener = national_opener(surface, n.head)
        if opener is None or kind_of(opener) == MEDIA_KIND or canonical(opener) in MEDIA:
            continue  # 某台某某中心: a news outlet's desk
        core = surface[len(opener):len(surface) - len(n.head)]
        if any(c in NOT_IN_CORE for c in core) or unspecific(core) or _placed(core):
            continue
        n.generic, n.name = False, surface
        register(state, n, sent)


def _placed(core: str) -> bool:
    """`core` is only a place's name (民进|怀化市|委: a local branch, not a unit; 某军|南京总|医院
    and 武警|某省总队|医院 are units)."""
    return bool(gazetteer().lookup(core))
