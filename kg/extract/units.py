"""Units of an institution named bare in a list of posts after it: 某县人民检察院检察委员会
委员、第一检察部副主任; 某市人民医院党委委员、心内科主任. The unit belongs to the
institution its left neighbour names (某县人民检察院第一检察部), not to the place."""
from __future__ import annotations

from ..text.vocabulary import words

INSTITUTIONS = tuple(sorted(words("posts/unit_institutions"), key=len, reverse=True))
UNIT_HEADS = tuple(words("posts/unit_heads"))
MIN_UNIT = 2  # characters of a unit's name with its head (刑庭 is no unit of this list)


def institution_unit(surface: str, neighbour: str) -> str | None:
    """The name of the unit written `surface` when the body before it in the list,
    `neighbour`, is or belongs to an institution of INSTITUTIONS: the institution's name
    then the unit's; else None."""
    if len(surface) <= MIN_UNIT or not surface.endswith(UNIT_HEADS) or surface.startswith(INSTITUTIONS):
        return None
    # an institution with a name before its head (某县人民检察院, not a bare 检察院)
    end = max((k + len(i) for i in INSTITUTIONS if (k := neighbour.rfind(i)) > 0), default=-1)
    if end < 0:
        return None
    return neighbour[:end] + surface
