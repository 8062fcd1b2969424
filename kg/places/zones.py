"""Development zones: ``[place…][core ≤ 6 chars]suffix`` (suffixes in kg/data/zone_suffixes.tsv),
bare suffixes (经开区: the zone of that kind named last), later mentions without the places
a zone was first named with, their canonical names and their parents."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import Gazetteer, zone_suffixes
from ..text.segmenter import segmenter
from ..text.vocabulary import word_set, words
from .matching import CJK
from .mentions import ArticlePlaces, PlaceMention
from .new_areas import core_before, province_of

# a zone suffix followed by these is part of another name (a company, a project)
ZONE_BLOCK_RIGHT = words("places/zone_blockers")
# tokens that end a zone's prefix (function words and predicates written before a zone)
ZONE_STOP = word_set("common/name_stops") | word_set("places/zone_stops")
BARE_ZONE = word_set("places/bare_zones")
# a bare suffix after these is zones in general (115个国家级高新区), not the one in context
BARE_BLOCK = words("places/bare_zone_blockers")
BARE_REACH = 2000  # a bare 经开区 refers to a zone named at most this many characters before
GENERIC_WORDS = word_set("places/generic_words")
MAX_ZONE_CORE = 6
ZONE_STOP_TAGS = {"p", "c", "u", "uj", "ul", "ud", "ug", "uv", "uz", "d", "r", "m", "q", "mq",
                  "y", "e", "o", "x", "w", "f", "t", "zg", "v", "vd", "ad"}
# verbs that name an industry inside a park's name (数据应用产业园)
ZONE_VERBS = word_set("places/zone_verbs")
# zone kinds that also name trade agreements (中欧自贸区): only with a Chinese place
PLACE_ONLY_ZONES = word_set("places/place_only_zones")
# suffixes that also end ordinary words and islands (峡谷, 海南岛, 涠洲岛): a zone only
# after a place name and an industry word (…机器人谷, …科学城)
NEEDS_CORE = word_set("places/core_zones")
INDUSTRY_WORDS = words("places/industry_words")
ZONE_END_WORDS = words("places/zone_end_words")


@dataclass
class Zone:
    """A zone name: [start, suffix_start) its prefix, [suffix_start, end) its suffix."""
    start: int
    end: int
    suffix_start: int
    suffix: str                              # canonical suffix (经开区)
    after: tuple[int, int] | None = None     # span of a zone written just before it
    core: int = 0                            # characters of its own name before the suffix
    short: bool = False                      # its name without the places it was named with

    @property
    def bare(self) -> bool:
        return self.start == self.suffix_start


@lru_cache(maxsize=1)
def _zone_pattern() -> re.Pattern:
    return re.compile("|".join(re.escape(s) for s in zone_suffixes()))


def _place_ish(token: str, tag: str, gaz: Gazetteer, suffixes: dict[str, str]) -> bool:
    """A token that can open a zone name: a gazetteer name or a jieba place word."""
    if len(token) < 2 or not CJK.match(token) or token in suffixes or token in GENERIC_WORDS:
        return False
    if tag == "ns":
        return True
    return gaz.key_index(token) is not None and token not in gaz.common_shorts


def zone_candidates(text: str, gaz: Gazetteer) -> list[Zone]:
    """Zones written ``[place…][core]suffix``, and bare suffixes of BARE_ZONE kinds.

    The prefix is cut into jieba words back from the suffix up to a stop word, a
    function word or punctuation; the zone starts at the leftmost place word (gazetteer
    name or jieba ``ns``) with at most MAX_ZONE_CORE other characters between it and the
    suffix (a city, a numeral and a district short form before 机器人谷 are all one name)."""
    suffixes = zone_suffixes()
    seg = segmenter()
    tags = seg.tags  # part of speech of dictionary words
    out: list[Zone] = []
    for m in _zone_pattern().finditer(text):
        s, e = m.start(), m.end()
        if text[e:e + 2] in ZONE_BLOCK_RIGHT or text[e:e + 4] in ZONE_BLOCK_RIGHT:
            continue
        if text.startswith(ZONE_END_WORDS, e - 1):
            continue  # 某开发区域: the suffix's last character opens a word
        lo = max(0, s - 24, out[-1].end if out else 0)
        prefix = re.split(r"[，,、：:“”\"‘’'（）()《》\s。！？!?；;…—]", text[lo:s])[-1]
        tokens = [(w, tags.get(w, "")) for w in seg.dictionary_words(prefix)] if prefix else []
        core, best_core, start, first = 0, 0, None, len(tokens)
        for k in range(len(tokens) - 1, -1, -1):
            word, tag = tokens[k]
            if word in ZONE_STOP or (len(word) > 1 and tag in ZONE_STOP_TAGS
                                     and word not in ZONE_VERBS):
                break
            if _place_ish(word, tag, gaz, suffixes):
                start, first, best_core = s - sum(len(w) for w, _ in tokens[k:]), k, core
                continue
            core += len(word)
            if core > MAX_ZONE_CORE:
                break
        canon = suffixes[m.group(0)]
        named = core_before(text, s, m.group(0)) if start is None else 0
        if named:  # 雄安新区: a national new area named bare
            start, first, best_core = s - named, len(tokens), named
        if start is not None and canon in PLACE_ONLY_ZONES | NEEDS_CORE and not any(
                gaz.key_index(w) is not None for w, _ in tokens[first:]):
            start = None
        if start is not None and canon in NEEDS_CORE and (
                best_core < 2 or not text[start:s].endswith(INDUSTRY_WORDS)):
            start = None
        after = (out[-1].start, out[-1].end) \
            if out and out[-1].end == s - len(prefix) == lo and prefix else None
        if start is not None:
            out.append(Zone(start, e, s, canon, after, best_core))
        elif not prefix or (core == 0 and tokens and canon in BARE_ZONE
                            and not (out and out[-1].end == s)):
            if canon in BARE_ZONE and not prefix.endswith(BARE_BLOCK):
                out.append(Zone(s, e, s, canon))
    return _short_zones(text, out)


def _short_zones(text: str, zones: list[Zone]) -> list[Zone]:
    """`zones` and the later mentions of a zone by its name without the places it was
    first named with (中山市火炬开发区 …, 火炬开发区管委会)."""
    out = list(zones)
    for z in zones:
        if z.bare or z.core < 2 or z.start == z.suffix_start - z.core:
            continue
        short = text[z.suffix_start - z.core:z.end]
        pos = text.find(short, z.end)
        while pos >= 0:
            if not any(o.start <= pos < o.end or pos <= o.start < pos + len(short) for o in out):
                out.append(Zone(pos, pos + len(short), pos + z.core, z.suffix, core=z.core,
                                 short=True))
            pos = text.find(short, pos + len(short))
    return sorted(out, key=lambda z: z.start)


def zone_mentions(text: str, zones: list[Zone], mentions: list[PlaceMention],
                   inner: list[PlaceMention]) -> list[PlaceMention]:
    """Zone mentions with their canonical names (bare ones: the last zone of their kind
    named before them); parents are set afterwards by `_zone_parents`."""
    at = {m.start: m for m in inner}
    elsewhere = {m.name for m in mentions}
    info: list[tuple[str, str, tuple[PlaceMention, ...]] | None] = []
    forms: dict[str, Counter] = {}
    full: dict[str, int] = {}  # ident -> index of the first zone named in full
    for z in zones:
        if z.bare:
            info.append(None)
            continue
        if z.short:
            info.append((text[z.start:z.suffix_start] + z.suffix, "", ()))
            continue
        pos, head = z.start, []
        while pos < z.suffix_start and pos in at:  # the places the name starts with
            head.append(at[pos])
            pos = at[pos].end
        core = text[pos:z.suffix_start]
        ident = core + z.suffix if core else (head[-1].name if head else "") + z.suffix
        if head and head[0].level == "province" and (core or len(head) > 1):
            head_text = text[head[1].start if len(head) > 1 else pos:z.suffix_start]
        else:
            head_text = text[z.start:z.suffix_start]
        form = head_text + z.suffix
        info.append((ident, form, tuple(head)))
        forms.setdefault(ident, Counter())[form] += 1
        full.setdefault(ident, len(info) - 1)
    canon = {ident: max(cnt, key=lambda f: (cnt[f], len(f))) for ident, cnt in forms.items()}

    def parent_of(head: tuple[PlaceMention, ...]) -> tuple[str | None, tuple]:
        # the last place of the name that the article also names on its own (the city
        # rather than a district written only inside the zone's name), else the last place
        if not head:
            return None, ()
        p = next((m for m in reversed(head) if m.name in elsewhere), head[-1])
        return p.name, ((p.name, p.level),) + p.ancestors

    out = []
    latest: dict[str, int] = {}  # canonical suffix -> index of the last named zone of it
    for n, z in enumerate(zones):
        if z.short:
            k = full.get(info[n][0])
            if k is None:
                continue
            last = info[k]
        elif info[n] is None:
            k = latest.get(z.suffix)
            if k is None or z.start - zones[k].end > BARE_REACH:
                continue
            last = info[k]
        else:
            last = info[n]
            latest[z.suffix] = n
        ident, _, head = last
        out.append(PlaceMention(z.start, z.end, text[z.start:z.end], canon[ident], "zone",
                                None, *parent_of(head)))
    return out


def _zone_core(name: str) -> str:
    for suf in sorted(set(zone_suffixes().values()), key=len, reverse=True):
        if name.endswith(suf):
            return name[: -len(suf)]
    return name


def zone_parents(places: ArticlePlaces, zones: list[Zone]) -> ArticlePlaces:
    """A zone's parent: the zone written just before it (雄安新区|中关村科技园), a zone
    whose core its name contains (X石化产业园区 in X经开区), the place its
    name starts with, else the city in context."""
    found = [m for m in places.mentions if m.level == "zone" and m.division is None]
    by_span = {(m.start, m.end): m for m in found}
    zone_at = {(z.start, z.end): z for z in zones}
    cores = {}
    for z in found:
        core = _zone_core(z.name)
        if len(core) >= 2 and not (z.parent and z.parent.startswith(core[:2])):
            cores[z.name] = (core, z)
    fixed = []
    for m in places.mentions:
        if m.level == "zone" and m.division is None:
            parent, ups = m.parent, m.ancestors
            z = zone_at.get((m.start, m.end))
            before = by_span.get(z.after) if z is not None and z.after is not None else None
            if before is not None:
                parent, ups = before.name, ((before.name, "zone"),) + before.ancestors
            else:
                for other, (core, o) in cores.items():
                    if other != m.name and core in m.name and not m.name.endswith(core):
                        parent, ups = other, ((other, "zone"),) + o.ancestors
                        break
            if parent is None and province_of(m.name):  # 雄安新区: its province, when named
                prov = next((p for p in places.mentions if p.name == province_of(m.name)), None)
                if prov is not None:
                    parent, ups = prov.name, ((prov.name, prov.level),)
            elif parent is None:
                ctx = places.context(m.start, "city", forward=False)
                if ctx is not None:
                    parent, ups = ctx.name, ((ctx.name, ctx.level),) + ctx.ancestors
            m = PlaceMention(m.start, m.end, m.surface, m.name, m.level, m.adcode, parent, ups)
        fixed.append(m)
    return ArticlePlaces(fixed, places.text, places.inner)
