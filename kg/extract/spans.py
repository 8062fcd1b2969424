"""One sentence prepared for the rules: its tokens, title hits, and the backward scan
that finds where a name ending at a given position begins."""
from __future__ import annotations

import re

from ..text.document import Sentence as TextSentence
from .context import ArticleContext
from .lexicon import ADVERB_OPENERS, DELIMS, STOP_WORDS, lexicon
from .tokens import FUNCTION_TAGS, NAME_VERBS, tag

STOPSET = frozenset(STOP_WORDS)
MAX_NAME = 26  # characters an organisation-like name may span
OPEN_QUOTES = "“「『\""
CLOSE_QUOTES = "”」』\""


class Sentence:
    """A sentence as the rules read it: the text layer's sentence (its tokens shared with
    places) with the article's places and the titles written in it. Offsets are into the
    article text."""

    __slots__ = ("start", "end", "text", "article", "ctx", "base", "token_at", "is_token",
                 "_titles")

    def __init__(self, base: TextSentence, ctx: ArticleContext) -> None:
        self.start, self.end, self.text, self.article = base.start, base.end, base.text, base.article
        self.base, self.ctx = base, ctx
        self.token_at = base.token_at  # the token covering an article position
        self.is_token = base.is_token  # whether [b, e) is exactly one token
        self._titles: dict[int, str] | None = None

    @property
    def tokens(self) -> list[tuple[int, int, str]]:
        return self.base.tokens

    @property
    def titles_end(self) -> dict[int, str]:
        """Longest title ending at each article position."""
        if self._titles is None:
            self._titles = {}
            for end, word in lexicon().title_ac.iter(self.text):
                pos = self.start + end + 1
                if len(word) > len(self._titles.get(pos, "")):
                    self._titles[pos] = word
        return self._titles

    def title_before(self, pos: int) -> str | None:
        """A title ending at `pos`, provided it is a whole word (not 书记 inside 秘书记…)."""
        t = self.titles_end.get(pos)
        if not t:
            return None
        tok = self.token_at(pos - 1)
        if tok is not None and tok[1] > pos and tok[2] not in lexicon().titles:
            return None
        return t


def scan_start(sent: Sentence, s: int, lo: int | None = None, maxlen: int = MAX_NAME) -> int:
    """Where a name whose head starts at `s` begins: walk back over places, quoted and
    bracketed parts and content tokens until a delimiter, a stop word or a function word."""
    text, ctx = sent.article, sent.ctx
    lo = sent.start if lo is None else max(lo, sent.start)
    i = s
    while i > lo and s - i < maxlen:
        m = ctx.covering(i - 1)
        if m is not None and m.start >= lo and m.end <= s:
            i = m.start
            continue
        c = text[i - 1]
        if c in CLOSE_QUOTES:
            j = max(text.rfind(q, lo, i - 1) for q in OPEN_QUOTES)
            if j >= lo and 0 < i - 1 - j <= 16 and not any(ch in DELIMS for ch in text[j + 1:i - 1]):
                i = j
                continue
            break
        if c in ")）":
            j = max(text.rfind("(", lo, i - 1), text.rfind("（", lo, i - 1))
            if j > lo and 0 < i - 1 - j <= 8 and not any(ch in DELIMS for ch in text[j + 1:i - 1]):
                i = j
                continue
            break
        if c in DELIMS or c.isspace():
            break
        tok = sent.token_at(i - 1)
        if tok is None:
            break
        if tok[2] in ROUTE_WORDS and tok[0] > lo and ctx.starting(i) is not None \
                and ROUTE_HEADS.search(text, i, s + 8) and any(ctx.covering(k) is not None for k in range(max(lo, tok[0] - 3), tok[0])):
            i = tok[0]  # 某县至某市高速公路项目: a route between two places is one name
            continue
        tstart = max(tok[0], lo)
        word = text[tstart:i]
        if tok[2] in SPANNING_TITLES and tok[1] > i:
            pass  # 全国人大|代表: the body ends inside the compound title, read on
        elif word in STOPSET or tok[2] in STOPSET or word in CLASSIFIERS or COUNTED.match(word) \
                or DATE.match(word) or word in TITLE_STOPS:
            break
        if tok[1] == i and tag(tok[2]) in FUNCTION_TAGS and tok[2] not in NAME_VERBS \
                and tok[2] != "和" and not _in_suffixes(tok[2]) \
                and not (tok[2] == "会" and text[i - 2:i - 1] == "委"):  # 民盟某市委|会 (a committee)
            break
        if word == "和" and (not _inner_and(text, i, s) or ctx.starting(i) is not None
                            or _ends_with_head(text[lo:i - 1])) and not _brand_and(sent, i, s):
            break  # 某省和某市纪委, 某县政府和环保局: two bodies, not one name
        if len(word) >= 3 and word.endswith(TITLE_ENDS):
            break  # 党委书记李某和纪委: a post (and a name) before the body
        if len(tok[2]) >= 3 and tok[2].startswith(ADVERB_OPENERS):
            break  # 严格执行|政府定价, 积极探索|党支部领办: a set phrase, not a name
        if len(word) > 1 and word[-1] in GLUE_STOPS and tag(word) is None:
            break  # 根是: a stop glued to the end of an unknown token
        if len(word) > 1 and word[0] in GLUE_STOPS and tag(word) is None:
            i = tstart + 1
            break  # 从大…: a stop glued to the start
        if _two_bodies(text, tstart, i, s):
            break
        if tok[2] in COMPANY_VERBS and text.endswith(("公司", "集团"), lo, tstart):
            break  # 与某某公司合作建设…中心: the company, then what it does

        i = tstart
    while i < s and text[i] in "的之和与及、":
        i += 1
    # a predicate written right before the name: 保障德国莱茵化工…项目, 建设华美新材料…
    while i < s - 2 and (text[i].isdigit() or text[i] in ".－-~～—"
                         or text[i] in "年月日" and i > 0 and text[i - 1].isdigit()):
        i += 1  # 1998.09－1999.01中央党校, 2024年…专班: dates
    stripped = i == lo or text[i - 1] != "、"  # a listed item keeps its first word
    while stripped:
        stripped = False
        tok = sent.token_at(i)
        for lead in LEADING_PREDICATES:  # not the start of a longer word (招商引资工作专班)
            if text.startswith(lead, i) and s - i - len(lead) >= 2 \
                    and (tok is None or tok[1] <= i + len(lead)):
                i += len(lead)
                stripped = True
                break
        year = YEAR.match(text, i)
        if year and s - year.end() >= 2:
            i = year.end()
            stripped = True
    return i


COUNTED = re.compile(r"^[一二三四五六七八九十百千万两几多数各每\d]+[个项家批名位条类次户座所种支]$")
DATE = re.compile(r"^\d{1,4}(年|月份|月|日)$|^[一二三四五六七八九十]+月份?$")
TITLE_STOPS = frozenset(t for t in lexicon().titles if len(t) >= 2 and t not in ("代表", "委员", "成员")) \
    | {"总统", "首相", "国王", "总书记", "同志", "母校"}
CLASSIFIERS = frozenset("亿元 万元 元 亿 个 项 家 批 名 位 条 类 次 户 座 所 种 分钟 多个 余个 多家 余家".split())
GLUE_STOPS = frozenset("是在从与对向把被将让给于即到入为个任致")
YEAR = re.compile(r"\d{1,4}(?:年度|年|月份|月)")
LEADING_PREDICATES = ("一揽子", "一系列", "高标准", "高质量", "高水平", "联合", "协调", "联系", "招商", "分别", "布局", "弘扬", "新进", "建设", "新建", "打造", "推进", "引进", "保障", "服务", "签约", "开工", "投资",
                      "支持", "推动", "加快")


ROUTE_WORDS = frozenset(("至", "到"))
ROUTE_HEADS = re.compile(r"高速|公路|铁路|高铁|城际|轨道|航线|管道|快速路|快速通道|大道|国道|省道|线")
COMPANY_VERBS = frozenset(("合作", "签约", "共建", "联合", "携手", "投资", "合资"))
SPANNING_TITLES = frozenset(("人大代表", "政协委员", "党代表"))
TITLE_ENDS = tuple(t for t in TITLE_STOPS if len(t) >= 2 and t not in ("委员", "成员", "代表"))


def _ends_with_head(before: str) -> bool:
    """The text before a 和 ends with a body's head word (…政府和…)."""
    return any(before.endswith(h) for h in lexicon().suffixes if len(h) >= 2)


def _in_suffixes(word: str) -> bool:
    return word in lexicon().suffixes


def _two_bodies(text: str, tstart: int, i: int, s: int) -> bool:
    """县委县政府, 市委市政府: a body head right before a name that starts with a level word."""
    return text[tstart:i] in ("县委", "市委", "省委", "区委", "党委", "政府", "人大", "政协") \
        and text[i:i + 1] in ("县", "市", "省", "区", "镇", "乡")


LEGAL_HEADS = ("有限公司", "股份有限公司", "有限责任公司", "股份公司")


def _brand_and(sent: Sentence, i: int, s: int) -> bool:
    """和 a character of a brand a place opens, in a company's registered name: 广东|万和|新
    电气股份有限公司 (和 at i - 1, the head at s)."""
    text = sent.article
    if not text.startswith(LEGAL_HEADS, s) or not text[i:i + 1].strip():
        return False
    for j in (i - 2, i - 3):  # one or two brand characters before 和
        m = sent.ctx.covering(j - 1)
        if m is not None and m.end == j and all("\u4e00" <= c <= "\u9fff" for c in text[j:i - 1]):
            return True
    return False


def _inner_and(text: str, i: int, s: int) -> bool:
    """和 inside a body's name (发展和改革局, 工业和信息化委员会): short, right before a head."""
    if text[i:i + 1] in tuple("省市县区镇乡村") or text.startswith(("中央", "中共", "国家", "全国", "国务院"), i):
        return False  # 某某和中央组织部: a second body
    for k in range(i + 1, min(s, i + 5) + 1):
        if text[k] in "局厅委部办" or text.startswith(("中心", "委员会"), k):
            return True
    return False
