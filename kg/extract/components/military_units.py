"""Military units that national news names without a head word kg reads as a body: a
numbered group army (第十三集团军, 13集团军, 陆军第七十二集团军), the armed police corps of a
province (武警四川总队) and a province's military district (浙江省军区, 西藏军区). Each is
named as written (陆军第七十二集团军 also as 第七十二集团军); a span a rule before already read
as a body (北京军区: a national body) is left to it. Words: kg/data/vocab/bodies/military_units.tsv."""
from __future__ import annotations

import re
from functools import lru_cache

from ..bodies import register
from ..driver import component
from ..orgs import Named
from ..spans import Sentence
from ...text.vocabulary import alternation, chars, rows, table, words

KIND = "military"


def _words(role: str) -> tuple[str, ...]:
    return tuple(table("bodies/military_units")[role][0].split())




# Words one of which every unit's name holds: a cheap test before the pattern.
GATES = tuple(dict.fromkeys((*_words("numbered_heads"), *_words("police_heads"), *_words("district_heads"))))


@lru_cache(maxsize=1)
def pattern() -> re.Pattern[str]:
    """One alternation over the three kinds of unit; group ``service`` is a service
    opening a numbered unit (陆军), dropped in the unit's alias."""
    provinces = sorted({w for row in rows("province_names", ".tsv")
                        for w in (row[0], *(row[2].split("|") if len(row) > 2 else ()))}, key=len, reverse=True)
    prov = alternation(provinces)
    numerals = chars("common/numerals")
    numbered = (rf"(?P<service>{alternation(_words('services'))})?"
                rf"(?:{alternation(words('common/ordinal_prefixes'))})?[\d{numerals}]+"
                rf"(?:{alternation(_words('numbered_heads'))})")
    police = rf"(?:{alternation(_words('police_opener'))})(?:{prov})(?:{alternation(_words('police_heads'))})"
    district = rf"(?:{prov})(?:{alternation(_words('district_heads'))})"
    return re.compile(rf"{numbered}|{police}|{district}")


@component("military_units", scope="sentence", reads=("sentence.tokens", "places", "sentence.body_spans"),
           writes=("sentence.names", "sentence.body_spans", "graph.Organization"))
def military_units(state, sent: Sentence) -> None:
    text = sent.text
    if not any(w in text for w in GATES):
        return
    spans = state.body_spans
    added = False
    for m in pattern().finditer(text):
        s, e = sent.start + m.start(), sent.start + m.end()
        if any(a < e and s < z for a, z in spans):
            continue  # read before (北京军区, a national body; a longer body around it)
        form = m.group()
        n = Named(s, e, form, "Organization", KIND, form, name=form)
        if m.group("service"):
            n.aliases.add(form[len(m.group("service")):])
        register(state, n, sent)
        state.named.append(n)
        spans.append((s, e))
        added = True
    if added:
        state.named.sort(key=lambda n: n.start)
