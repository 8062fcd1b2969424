"""Places in an article: gazetteer mentions, development zones, PART_OF, place context.

`find_places(text)` finds every administrative division the article names (official
names such as 昭通市/塘房镇/凉水村 and, for provinces, cities and counties, their short
forms 昭通/鼎城/云南) with one automaton pass over the text (kg.gazetteer), plus
development zones (潍坊高新区, 西宁经开区, 鄂州葛店经开区) found from their suffix.

Rules against false hits and for ambiguous names:

- a short form must sit on jieba word boundaries (昭通 in 昭通籍, not 吴江 in 吴江华), an
  official name must start a word or follow another name, and is not taken when its suffix
  starts a word (昆山市场 → 昆山 + 市场) or it is a function character plus a word (于城镇);
- a name carried by several divisions takes the one written just after its ancestor
  (云南省昭通市镇雄县), else one the article names elsewhere, else the one whose nearest
  ancestor is named, else the highest level;
- a county or district short form needs its city named, or written just before it (for
  a short form that is no ordinary word, any named ancestor will do); a short form that
  is an ordinary word (和平, 振兴: kg.gazetteer.common_short_forms) counts only written
  right after its parent;
- towns count when a county or city above them is named, or their name is unique in
  China; villages and communities only when their town or county is named; a town's
  short form (团洲 for 团洲乡) only where the article also writes the full name.

Zones: ``[place…][core ≤ 6 chars]suffix`` (suffixes in kg/data/zone_suffixes.tsv), where the
zone starts at a place name (gazetteer or jieba ``ns``) at most six other characters before
the suffix; long suffixes take their canonical short form (经济技术开发区 → 经开区) and a
leading province is dropped from the name (河北雄安新区 → 雄安新区). A bare 经开区/高新区/
自贸区/综保区 is the zone of that kind named last before it. A zone's forms (西宁经济技术
开发区, 西宁经开区) are one node named after the form used most. A zone's parent is the zone
written just before it, else a zone whose core its name contains, else the place its name
starts with, else the city in context.

PART_OF goes only to an immediate parent the article names (no node is invented for an
unnamed parent).
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .gazetteer import LEVEL_RANK, Gazetteer, gazetteer, short_zone_name, zone_suffixes
from .model import Entity, Ref, Relation
from .text.document import Text
from .text.segmenter import segmenter

__all__ = ["PlaceMention", "ArticlePlaces", "find_places", "gazetteer", "split_sentences"]

# an official name is not a mention when its suffix character starts one of these words
BAD_RIGHT = {"市场", "市值", "市面", "市民", "区域", "区间", "区块", "区别", "区分", "县域",
             "乡村", "乡镇", "乡土", "乡亲", "乡愁", "镇化", "村庄", "村落"}
# … unless the word goes on as a body's: 佛山市|民政局, 市|民宗局, 市|民防办, 市|民营经济
GOOD_RIGHT = ("市民政", "市民宗", "市民族", "市民防", "市民营", "市民航", "市民兵")
# a zone suffix followed by these is part of another name (a company, a project)
ZONE_BLOCK_RIGHT = ("有限", "股份", "公司", "集团", "项目", "建设项目")
# tokens that end a zone's prefix (function words and predicates written before a zone)
ZONE_STOP = {"的", "在", "和", "与", "及", "是", "为", "到", "从", "将", "把", "对", "向", "由",
             "于", "了", "着", "个", "等", "各", "该", "本", "全", "其", "这", "那", "以", "即",
             "位于", "落户", "入驻", "建设", "打造", "推进", "推动", "成立", "设立", "来到",
             "走进", "踏进", "考察", "调研", "依托", "围绕", "加快", "支持", "发展", "国家级",
             "省级", "国家", "包括", "其中", "以及", "还有", "同时", "目前", "今年", "如今",
             "通过", "共建", "引进", "入园", "园内", "企业", "项目", "扎堆", "落地", "集聚",
             "聚集", "云集", "进驻", "布局", "签约"}
BARE_ZONE = {"经开区", "高新区", "自贸区", "综保区"}
# a bare suffix after these is zones in general (115个国家级高新区), not the one in context
BARE_BLOCK = ("国家级", "省级", "市级", "各", "个", "全国", "多个", "一批", "等", "其他",
              "所有", "各类", "这些", "新设", "新批")
BARE_REACH = 2000  # a bare 经开区 refers to a zone named at most this many characters before
GENERIC_WORDS = {"新区", "城区", "园区", "市区", "郊区", "矿区", "景区", "片区", "社区", "小区",
                 "地区", "山区", "湾区", "港区", "开发区", "示范区", "试验区", "中国", "全国",
                 "大城市", "城市", "农村", "乡村", "各地", "地方", "当地", "本地", "沿海", "内陆",
                 "边境", "城乡", "县城", "城镇", "国内", "海外", "境外", "全省", "全市"}
MAX_ZONE_CORE = 6
FUNCTION_CHARS = set("于向在和与对给到从为的是及把被将让比至往由自")
SENTENCE_END = re.compile(r"[。！？!?；;\n]+")
CJK = re.compile(r"^[\u3400-\u9fff]+$")
LEVEL_GROUPS = {"province": {"province"}, "city": {"city"},
                "county": {"county", "district"}, "district": {"county", "district"},
                "town": {"town", "subdistrict"}, "subdistrict": {"town", "subdistrict"},
                "village": {"village"}, "zone": {"zone"}}


@dataclass(frozen=True)
class PlaceMention:
    """One place named in the article text."""
    start: int
    end: int
    surface: str              # as written (昭通)
    name: str                 # canonical (昭通市)
    level: str                # province/city/district/county/town/subdistrict/village/zone/…
    adcode: str | None
    parent: str | None        # canonical name of the immediate parent (None: top or unknown)
    ancestors: tuple[tuple[str, str], ...] = ()  # (name, level) of parent, grandparent …
    division: int | None = field(default=None, compare=False)  # gazetteer id when known


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, split after 。！？；and newlines."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


@dataclass
class ArticlePlaces:
    """The places of one article: `mentions` sorted by start and non-overlapping.

    `inner` holds places written inside a zone name (潍坊 in 潍坊高新区): they are not
    mentions of their own but count for `context`.
    """
    mentions: list[PlaceMention]
    text: str = ""
    inner: list[PlaceMention] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._context = sorted(self.mentions + self.inner, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self._context]

    def names(self) -> set[str]:
        return {m.name for m in self.mentions}

    def entities(self) -> list[Entity]:
        """One Place entity per canonical name: props level and adcode, the other
        surface forms as aliases, and the number of mentions."""
        out: dict[str, Entity] = {}
        for m in self.mentions:
            ent = out.get(m.name)
            if ent is None:
                props = {"level": m.level}
                if m.adcode:
                    props["adcode"] = m.adcode
                out[m.name] = ent = Entity("Place", m.name, props, set(), 0)
            ent.count += 1
            if m.surface != m.name:
                ent.aliases.add(m.surface)
        return list(out.values())

    def part_of(self, sentences: list | None = None) -> list[Relation]:
        """PART_OF child → immediate parent, for each place whose parent the article also
        names. `sentences`: (start, end) spans, (start, end, text) triples or the sentence
        strings in order (default: `split_sentences(text)`). The evidence is the sentence
        of the child's first mention written together with its parent, else of its first
        mention."""
        spans = self._sentence_spans(sentences)
        named = self.names() | {m.name for m in self.inner}
        first: dict[str, PlaceMention] = {}
        with_parent: dict[str, PlaceMention] = {}
        for m in self.mentions:
            if not m.parent or m.parent not in named or m.parent == m.name:
                continue
            first.setdefault(m.name, m)
            if m.name not in with_parent:
                lo, hi = self._span_of(spans, m.start)
                near = self._context[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]
                if any(o.name == m.parent for o in near):
                    with_parent[m.name] = m
        out = []
        for name, m in first.items():
            m = with_parent.get(name, m)
            lo, hi = self._span_of(spans, m.start)
            out.append(Relation("PART_OF", Ref("Place", name), Ref("Place", m.parent),
                                self.text[lo:hi].strip()))
        return out

    def context(self, pos: int, level: str, forward: bool = True) -> PlaceMention | None:
        """The place of `level` (province, city, county/district, town, zone) in context
        at text position `pos`: the nearest mention before `pos` of that level, or the
        ancestor of that level of a nearer lower-level mention (鼎城区 implies 常德市);
        failing those (and if `forward`), the first such place after `pos`. A
        municipality (天津市) is the city of its districts."""
        want = LEVEL_GROUPS.get(level, {level})
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            hit = self._as_level(self._context[i], want)
            if hit:
                return hit
            i -= 1
        if not forward:
            return None
        for m in self._context[bisect_right(self._starts, pos):]:
            hit = self._as_level(m, want)
            if hit:
                return hit
        return None

    def context_of(self, pos: int, prefix: str) -> PlaceMention | None:
        """The place a relative prefix refers to at `pos`: 省 → province, 市 → city,
        county-level city (昆山市) or municipality, 区/县 → district or county, 镇/乡/
        街道 → town or subdistrict, 村/社区 → village (市委组织部 in a passage about 昭通
        → 昭通市). Only places before `pos` count, nearest first."""
        want = PREFIX_LEVELS.get(prefix)
        if want is None:
            return None
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            m = self._context[i]
            for name, level in ((m.name, m.level),) + m.ancestors:
                if _fits_prefix(prefix, name, level, want):
                    if name == m.name:
                        return m
                    return self._as_level(m, {level}) if level != "province" else \
                        PlaceMention(m.start, m.end, name, name, level, None, None)
            i -= 1
        return None

    def at(self, start: int, end: int) -> PlaceMention | None:
        """The mention covering the span [start, end), if any."""
        for m in self.mentions:
            if m.start <= start and end <= m.end:
                return m
        return None

    @staticmethod
    def _as_level(m: PlaceMention, want: set[str]) -> PlaceMention | None:
        if m.level in want or ("city" in want and _municipality(m.name, m.level)):
            return m
        for k, (name, lv) in enumerate(m.ancestors):
            if lv in want or ("city" in want and _municipality(name, lv)):
                up = m.ancestors[k + 1:]
                return PlaceMention(m.start, m.end, name, name, lv, None,
                                    up[0][0] if up else None, up)
        return None

    def _sentence_spans(self, sentences: list | None) -> list[tuple[int, int]]:
        if sentences is None:
            return split_sentences(self.text)
        spans, pos = [], 0
        for s in sentences:
            if isinstance(s, str):
                at = self.text.find(s, pos)
                if at < 0:
                    continue
                spans.append((at, at + len(s)))
                pos = at + len(s)
            else:
                spans.append((s[0], s[1]))
        return sorted(spans)

    @staticmethod
    def _span_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
        k = bisect_right(spans, (pos, float("inf"))) - 1
        if k >= 0 and spans[k][0] <= pos < spans[k][1]:
            return spans[k]
        return pos, pos


PREFIX_LEVELS = {"省": {"province"}, "市": {"city", "county", "province"},
                 "区": {"district", "county"}, "县": {"county"}, "镇": {"town"},
                 "乡": {"town"}, "街道": {"subdistrict"}, "村": {"village"},
                 "社区": {"village", "subdistrict"}}


def _fits_prefix(prefix: str, name: str, level: str, want: set[str]) -> bool:
    if level not in want:
        return False
    if prefix == "市" and level != "city":
        return name.endswith("市")  # 昆山市 (county-level), 天津市 (municipality)
    if prefix == "区" and level == "county":
        return name.endswith("区")
    if prefix == "县":
        return not name.endswith(("市", "区"))  # 县, 旗, 自治县
    if prefix == "省":
        return True
    if prefix in ("镇", "乡", "街道", "村", "社区"):
        return name.endswith(prefix) or level == "village"
    return True


def _municipality(name: str, level: str) -> bool:
    """上海市, 天津市, 重庆市 …: provinces that are also the city in context."""
    return level == "province" and name.endswith("市")


# --------------------------------------------------------------------------- matching

@dataclass
class _Cand:
    """A gazetteer name found in the text, with the divisions it may stand for."""
    start: int
    end: int
    options: list[tuple[int, bool]]          # (division id, via short form)
    short: bool = False                      # no option is an official name
    choice: int = -1

    @property
    def length(self) -> int:
        return self.end - self.start

    def via_short(self) -> bool:
        return dict(self.options)[self.choice]


@dataclass
class _Zone:
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


class _Boundaries:
    """Word boundaries of the article's segmentation (kg.text), where a name must start
    or end."""

    def __init__(self, doc: Text) -> None:
        self.doc = doc
        self.text = doc.text

    def starts_word(self, pos: int) -> bool:
        return pos == 0 or not CJK.match(self.text[pos - 1]) or self.doc.is_word_boundary(pos)

    def ends_word(self, pos: int) -> bool:
        return (pos >= len(self.text) or not CJK.match(self.text[pos])
                or self.doc.is_word_boundary(pos))


def _gazetteer_candidates(text: str, gaz: Gazetteer) -> list[_Cand]:
    out = []
    for end_idx, k in gaz.automaton.iter(text):
        key = gaz.keys[k]
        start, end = end_idx - len(key) + 1, end_idx + 1
        full = gaz.full_ids(k)
        if full and text[end - 1:end + 1] in BAD_RIGHT and not text.startswith(GOOD_RIGHT, end - 1):
            full = []
        opts = [(i, False) for i in full]
        opts += [(i, True) for i in gaz.short_ids(key) if i not in full]
        if opts:
            out.append(_Cand(start, end, opts, short=not full))
    return out


def _plausible(cands: list[_Cand], gaz: Gazetteer) -> list[_Cand]:
    """Drop the village (and non-unique town) options none of whose ancestors any
    candidate could name: most of the automaton's hits, removed before jieba runs."""
    possible = {i for c in cands for i, _ in c.options
                if gaz.level(i) not in ("village",)}
    out = []
    for c in cands:
        opts = []
        for i, via_short in c.options:
            level = gaz.level(i)
            if via_short and level in ("town", "subdistrict"):
                if gaz.parent(i) in possible:  # a town's short form needs its county
                    opts.append((i, via_short))
                continue
            if level in ("village", "town", "subdistrict") and not (
                    level != "village" and len(c.options) == 1) and not any(
                    a in possible for a in gaz.ancestors(i)):
                continue
            opts.append((i, via_short))
        if opts:
            c.options = opts
            out.append(c)
    return out


def _on_boundaries(cands: list[_Cand], bounds: _Boundaries) -> list[_Cand]:
    """Candidates that start a word or follow another candidate (a town then its
    village, where jieba may cut across the two); short forms and two-character names must also end a word or
    precede an official name (上海|浦东新区, one jieba word)."""
    ends = {c.end for c in cands}
    starts = {c.start for c in cands if not c.short}
    words = segmenter().FREQ
    out = []
    for c in cands:
        chained = c.start in ends
        if not (chained or bounds.starts_word(c.start)):
            continue
        name = bounds.text[c.start:c.end]
        if not chained and name[0] in FUNCTION_CHARS and words.get(name[1:]):
            continue  # 向城镇 in 向城镇转移, 于城镇 in 快于城镇居民
        if (c.short or c.length <= 2) and not (c.end in starts or bounds.ends_word(c.end)):
            continue
        out.append(c)
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates covering the most text (河南|新乡 rather than 南新乡),
    official names before short forms, fewer pieces before more."""
    cands = sorted(cands, key=lambda c: (c.end, c.start))
    ends = [c.end for c in cands]
    best: list[tuple[float, int | None, int]] = [(0.0, None, -1)]  # (score, cand, prev row)
    for j, c in enumerate(cands):
        weight = c.length - (0.25 if c.short else 0.0) - 0.01
        k = bisect_right(ends, c.start, 0, j)  # rows 1..k end at or before c.start
        take = best[k][0] + weight
        if take > best[j][0]:
            best.append((take, j, k))
        else:
            best.append((best[j][0], None, j))
    out, row = [], len(cands)
    while row > 0:
        score, j, prev = best[row]
        if j is None:
            row = prev
        else:
            out.append(cands[j])
            row = prev
    return sorted(out, key=lambda c: c.start)


def _resolve(cands: list[_Cand], gaz: Gazetteer) -> list[_Cand]:
    """Choose a division for each candidate from the article's other places, and drop
    the towns, villages and short forms that nothing anchors."""
    anc = {i: gaz.ancestors(i) for c in cands for i, _ in c.options}
    for c in cands:  # first guess: highest level, official name before short form
        c.choice = min(c.options, key=lambda o: (LEVEL_RANK[gaz.level(o[0])], o[1]))[0]
    keep = list(cands)
    for _ in range(4):
        for _ in range(2):
            chosen = Counter(c.choice for c in keep)
            below = Counter(a for c in keep for a in anc[c.choice])
            prev = None
            for c in keep:
                adjacent = prev.choice if prev is not None and prev.end == c.start else None
                own, own_ups = c.choice, set(anc[c.choice])

                def score(o: tuple[int, bool]) -> tuple:
                    # written after its ancestor; named elsewhere itself (长沙市 makes
                    # 长沙 the city, not 长沙县); the nearest named ancestor; a named
                    # descendant; the higher level; an official name
                    i, via_short = o
                    ups = anc[i]
                    near = next((k for k, a in enumerate(ups) if chosen[a] - (a == own) > 0),
                                len(ups) + 9)
                    return (adjacent is not None and adjacent in ups,
                            chosen[i] - (i == own) > 0, -near,
                            below[i] - (i in own_ups) > 0,
                            -LEVEL_RANK[gaz.level(i)], not via_short)
                c.choice = max(c.options, key=score)[0]
                prev = c
        chosen = Counter(c.choice for c in keep)
        strict, prev = [], None
        for c in keep:
            adjacent = prev.choice if prev is not None and prev.end == c.start else None
            strict.append(_anchored(c, gaz, anc[c.choice], chosen, adjacent))
            prev = c
        sure = {c.choice for c, ok in zip(keep, strict) if ok}
        new_keep = [c for c, ok in zip(keep, strict) if ok or c.choice in sure]
        if len(new_keep) == len(keep):
            break
        keep = new_keep
    return keep


def _anchored(c: _Cand, gaz: Gazetteer, ups: list[int], chosen: Counter,
              adjacent: int | None) -> bool:
    """Whether the article backs candidate `c` (see the module docstring)."""
    i = c.choice
    level = gaz.level(i)

    def named(a: int) -> bool:
        return chosen[a] - (a == i) > 0

    if level in ("town", "subdistrict") and c.via_short():
        # 团洲 only where the article also writes 团洲乡 (see _resolve): alone, a town's
        # short form is as often a lake, a river or a scenic spot (西溪, 千岛湖, 沱江)
        return False
    if c.via_short() and gaz.shorts.get(i) in gaz.common_shorts:
        return bool(ups) and adjacent == ups[0]  # 河源和平, not 辽宁振兴发展
    if adjacent is not None and adjacent in ups:
        return True
    if level in ("county", "district") and (c.via_short() or c.length <= 2):
        # its city is named (a municipality is too broad: 长寿花 in a 重庆 roundup); for a
        # short form that is no ordinary word (若尔盖, 古田), any named ancestor will do
        if c.via_short() and gaz.shorts.get(i) in gaz.distinct_shorts:
            return any(named(a) for a in ups)
        return bool(ups) and gaz.level(ups[0]) == "city" and named(ups[0])
    if level == "village":
        return any(named(a) and gaz.level(a) in ("town", "subdistrict", "county",
                                                  "district", "zone") for a in ups)
    if level in ("town", "subdistrict", "zone"):
        if any(named(a) and gaz.level(a) != "province" for a in ups):
            return True
        name = gaz.names[i]
        return (level != "zone" and len(c.options) == 1 and len(name) >= 3
                and name.endswith(("镇", "乡", "街道")))
    return True


def _canonical(gaz: Gazetteer, i: int) -> str:
    name = gaz.names[i]
    return short_zone_name(name) if gaz.level(i) == "zone" else name


def _ancestry(gaz: Gazetteer, i: int) -> tuple[tuple[str, str], ...]:
    return tuple((_canonical(gaz, a), gaz.level(a)) for a in gaz.ancestors(i))


def _mention(text: str, gaz: Gazetteer, c: _Cand) -> PlaceMention:
    i = c.choice
    ups = _ancestry(gaz, i)
    return PlaceMention(c.start, c.end, text[c.start:c.end], _canonical(gaz, i), gaz.level(i),
                        gaz.adcode(i), ups[0][0] if ups else None, ups, i)


# ------------------------------------------------------------------------------ zones

ZONE_STOP_TAGS = {"p", "c", "u", "uj", "ul", "ud", "ug", "uv", "uz", "d", "r", "m", "q", "mq",
                  "y", "e", "o", "x", "w", "f", "t", "zg", "v", "vd", "ad"}
# verbs that name an industry inside a park's name (数据应用产业园)
ZONE_VERBS = {"应用", "服务", "创新", "研发", "制造", "物流", "孵化", "加工", "示范", "合作",
              "创业", "保税", "出口", "开发", "智造", "培育", "种植", "养殖", "融合"}
# zone kinds that also name trade agreements (中欧自贸区): only with a Chinese place
PLACE_ONLY_ZONES = {"自贸区", "自贸港"}
# suffixes that also end ordinary words and islands (峡谷, 海南岛, 涠洲岛): a zone only
# after a place name and an industry word (…机器人谷, …科学城)
NEEDS_CORE = {"谷", "岛"}
INDUSTRY_WORDS = ("机器人", "生物", "医药", "药", "光", "声", "数据", "数字", "智能", "智造",
                  "科技", "科创", "创新", "金融", "软件", "芯", "硅", "氢", "电子", "信息",
                  "健康", "能源", "材料", "制造", "汽车", "航空", "航天", "海洋", "种业")


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


def _zone_candidates(text: str, gaz: Gazetteer) -> list[_Zone]:
    """Zones written ``[place…][core]suffix``, and bare suffixes of BARE_ZONE kinds.

    The prefix is cut into jieba words back from the suffix up to a stop word, a
    function word or punctuation; the zone starts at the leftmost place word (gazetteer
    name or jieba ``ns``) with at most MAX_ZONE_CORE other characters between it and the
    suffix (a city, a numeral and a district short form before 机器人谷 are all one name)."""
    suffixes = zone_suffixes()
    seg = segmenter()
    tags = seg.tags  # part of speech of dictionary words
    out: list[_Zone] = []
    for m in _zone_pattern().finditer(text):
        s, e = m.start(), m.end()
        if text[e:e + 2] in ZONE_BLOCK_RIGHT or text[e:e + 4] in ZONE_BLOCK_RIGHT:
            continue
        if text[e - 1] == "区" and text[e:e + 1] == "域":
            continue
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
        if start is not None and canon in PLACE_ONLY_ZONES | NEEDS_CORE and not any(
                gaz.key_index(w) is not None for w, _ in tokens[first:]):
            start = None
        if start is not None and canon in NEEDS_CORE and (
                best_core < 2 or not text[start:s].endswith(INDUSTRY_WORDS)):
            start = None
        after = (out[-1].start, out[-1].end) \
            if out and out[-1].end == s - len(prefix) == lo and prefix else None
        if start is not None:
            out.append(_Zone(start, e, s, canon, after, best_core))
        elif not prefix or (core == 0 and tokens and canon in BARE_ZONE
                            and not (out and out[-1].end == s)):
            if canon in BARE_ZONE and not prefix.endswith(BARE_BLOCK):
                out.append(_Zone(s, e, s, canon))
    return _short_zones(text, out)


def _short_zones(text: str, zones: list[_Zone]) -> list[_Zone]:
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
                out.append(_Zone(pos, pos + len(short), pos + z.core, z.suffix, core=z.core,
                                 short=True))
            pos = text.find(short, pos + len(short))
    return sorted(out, key=lambda z: z.start)


def find_places(text: str | Text, exclude: list[tuple[int, int]] = ()) -> ArticlePlaces:
    """Every place the article names, resolved (see the module docstring). Places inside
    an `exclude` span (a company name, say: 上海某某食品) count for context only. `text` is
    the article's `kg.text.Text` (its segmentation is shared) or a string."""
    doc = text if isinstance(text, Text) else Text(text)
    text = doc.text
    gaz = gazetteer()
    cands = _plausible(_gazetteer_candidates(text, gaz), gaz)
    zones = _zone_candidates(text, gaz)
    # a name ending where a zone ends and longer than its suffix (浦东新区, 长沙经开区,
    # 滨海新区, 秦皇岛) is that division, not a new zone
    name_ends: dict[int, int] = {}  # end -> earliest start of a name ending there
    for c in cands:
        name_ends[c.end] = min(name_ends.get(c.end, c.start), c.start)
    zones = [z for z in zones if not (z.end in name_ends and not z.bare
                                      and name_ends[z.end] < z.suffix_start)]
    covered = [(z.start, z.end) for z in zones if not z.bare] + list(exclude)
    owner = array("i", bytes(4 * (len(text) + 1)))  # 1 + index of the span covering a char
    count = array("i", bytes(4 * (len(text) + 1)))  # count[i]: covered chars before i
    if covered:
        for k, (s, e) in enumerate(covered):
            owner[s:e] = array("i", [k + 1]) * (e - s)
        for i in range(len(text)):
            count[i + 1] = count[i] + (owner[i] > 0)

    def inside(c: _Cand) -> bool:
        return owner[c.start] > 0 and owner[c.start] == owner[c.end - 1]

    free = _on_boundaries([c for c in cands if count[c.end] == count[c.start]],
                          _Boundaries(doc))
    # inside a zone name: the places it starts with (厦门|经济特区, 芜湖|航空|产业园)
    heads = {s for s, _ in covered}
    within = []
    for c in sorted((c for c in cands if inside(c)), key=lambda c: (c.start, -c.length)):
        if c.start in heads:
            within.append(c)
            heads.add(c.end)
    resolved = _resolve(_select(free) + _select(within), gaz)
    top = [_mention(text, gaz, c) for c in resolved if not inside(c)]
    inner = [_mention(text, gaz, c) for c in resolved if inside(c)]
    top += _zone_mentions(text, zones, top, inner)
    top.sort(key=lambda m: (m.start, m.end))
    return _zone_parents(ArticlePlaces(top, text, inner), zones)


def _zone_mentions(text: str, zones: list[_Zone], mentions: list[PlaceMention],
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


def _zone_parents(places: ArticlePlaces, zones: list[_Zone]) -> ArticlePlaces:
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
            if parent is None:
                ctx = places.context(m.start, "city", forward=False)
                if ctx is not None:
                    parent, ups = ctx.name, ((ctx.name, ctx.level),) + ctx.ancestors
            m = PlaceMention(m.start, m.end, m.surface, m.name, m.level, m.adcode, parent, ups)
        fixed.append(m)
    return ArticlePlaces(fixed, places.text, places.inner)
