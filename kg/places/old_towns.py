"""A town written as its old town (某某古镇: the town's historic quarter, how tourism news
names it) is that town when the gazetteer lists 某某镇 under a division the article names
(苏州同里古镇 → 同里镇 under 吴江区, 苏州市). The mention keeps the written form; a 古镇 the
gazetteer does not list as a town under a named division is left alone (a scenic area)."""
from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from ..text.vocabulary import words
from .mentions import PlaceMention
from .resolution import to_mention
from .matching import Candidate

OLD_TOWN = words("places/old_town_words")[0]  # 古镇
TOWN = words("places/old_town_words")[1]      # 镇
PATTERN = re.compile(rf"[\u4e00-\u9fff]{{2}}(?={OLD_TOWN})")


def old_towns(text: str, gaz: Gazetteer, mentions: list[PlaceMention],
              taken: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """The old towns of `text` the gazetteer lists as towns under a division the article
    names (see the module docstring)."""
    if OLD_TOWN not in text:
        return []
    named = {m.division for m in mentions if m.division is not None}
    spans = [(m.start, m.end) for m in mentions] + list(taken)
    out = []
    for m in PATTERN.finditer(text):
        s, e = m.start(), m.end() + len(OLD_TOWN)
        if any(a < e and s < b for a, b in spans):
            continue
        k = gaz.key_index(m.group() + TOWN)
        if k is None:
            continue
        ids = [i for i in gaz.full_ids(k) if gaz.level(i) == "town" and named.intersection(gaz.ancestors(i))]
        if len(ids) != 1:
            continue
        c = Candidate(s, e, [(ids[0], False)], choice=ids[0])
        out.append(to_mention(text, gaz, c))
        spans.append((s, e))
    return out
