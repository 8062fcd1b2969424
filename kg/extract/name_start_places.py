"""Places written as a chain at the start of a company's or project's name (a province's
short name, then a city's or county's: 某省某县某某项目): each link a division under the one
before it in the gazetteer (a zone read from the text is no link), so the chain names
places even though it sits inside the name (so does a city proper alone opening a
project's name: 某市某某隧道); a town-level division named like a facility (某某国际机场)
ends it. The chain's last link, when it is a county's, district's or lower short form,
must not be a facility's, station's or feature's own name: not before a facility head (某区机场)
or a direction (某某东站), nor glued to one character (某某嘴, a word the segmentation cuts)."""
from __future__ import annotations

from ..text.vocabulary import words

FACILITY_HEADS = tuple(words("places/facility_heads"))
DIRECTIONS = tuple(words("common/directions"))
FACILITY_LEVELS = ("town", "village")  # where the gazetteer lists a facility's area (某某国际机场)
PROJECT_HEADS = tuple(words("bodies/project_heads"))
CITY_SUFFIXES = tuple(words("places/city_proper_suffixes"))
LOWER_LEVELS = ("county", "district", "town", "subdistrict", "village", "zone")


def name_start_places(ctx, spans: list[tuple[int, int]], token_at) -> set[str]:
    """Canonical names of the places of every chain of two or more (or of a city alone
    opening a project's name) that opens a span of `spans`; `token_at(pos)` gives the (start, end, word) token covering `pos`."""
    out: set[str] = set()
    for a, z in sorted(set(spans)):
        chain = _chain(ctx, a, z)
        while chain and not _last_ok(ctx.text, chain[-1], token_at):
            chain.pop()
        if len(chain) >= 2 or chain and _project_city(ctx.text[a:z], chain[0]):
            out.update(m.name for m in chain)
    return out


def _project_city(name: str, m) -> bool:
    """A city alone opening a project's name (某市某某隧道, 某市至某市铁路): a city proper (某某市),
    not a prefecture or region whose short form is as often a river's or an area's (某江大桥)."""
    return m.level == "city" and m.name.endswith(CITY_SUFFIXES) and name.endswith(PROJECT_HEADS)


def _chain(ctx, a: int, z: int) -> list:
    """The mentions written one right after the other from `a`, within `z`, each a
    division of the gazetteer under the one before (its ancestry names it)."""
    chain, m = [], ctx.starting(a)
    while m is not None and m.end <= z and m.division is not None \
            and not (m.level in FACILITY_LEVELS and m.name.endswith(FACILITY_HEADS)):
        if chain and chain[-1].name not in {n for n, _ in m.ancestors}:
            break
        chain.append(m)
        m = ctx.starting(m.end)
    return chain


def _last_ok(text: str, m, token_at) -> bool:
    """A chain's last place names the place: written in full, above a county, or a short
    form not before a facility head or a direction nor glued to one more character."""
    if m.surface == m.name or m.level not in LOWER_LEVELS:
        return True
    if text.startswith(FACILITY_HEADS + DIRECTIONS, m.end):
        return False
    tok = token_at(m.end) if m.end < len(text) else None
    return tok is None or tok[1] - tok[0] > 1 or not text[m.end].isalnum()
