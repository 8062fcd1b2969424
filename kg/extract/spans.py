"""One sentence prepared for the rules: its tokens, title hits, and the backward scan
that finds where a name ending at a given position begins."""
from __future__ import annotations

import re
from functools import cache

from ..gazetteer import zone_suffixes
from ..text.document import Sentence as TextSentence
from ..text.script import is_han
from ..text.vocabulary import alternation, chars, word_set, words
from .context import LEVEL_CHARS, ArticleContext
from .lexicon import ADVERB_OPENERS, AND, DELIMS, STOP_WORDS, is_surname_at, lexicon
from .tokens import FUNCTION_TAGS, NAME_VERBS, freq, in_dict, tag
from .trade_words import placed_trade_word

STOPSET = frozenset(STOP_WORDS)
VERB_OR_ADVERB = frozenset({"v", "d", "ad", "vd", "a"})  # tags of a word before a glued verb (重新: a)
GLUED_PREPOSITIONS = word_set("bodies/glued_prepositions")
SEATS = word_set("bodies/central_seats")  # 在|京|中共中央政治局: where, no owner of the body
SEAT_PREPOSITIONS = word_set("bodies/seat_prepositions")
MAX_NAME = 26  # characters an organisation-like name may span
OPEN_QUOTES = "“「『\""
CLOSE_QUOTES = "”」』\""
NUMERALS = chars("common/numerals")
DATE_UNITS = words("common/date_units")
CLASSIFIERS = word_set("common/classifiers")
COUNTERS = chars("common/counters")
ACTING = chars("posts/acting_marks")  # 代市长: an acting title
TITLE_SURNAME_WORDS = word_set("posts/title_surname_words")  # 主|任何|立新: 主任, then 何
# A number and a measure word (三个, 多家, 5项): no part of a name.
COUNTED = re.compile(rf"^[{NUMERALS}{chars('common/quantity_words')}\d]+"
                     rf"[{chars('common/counters')}]+$")
DATE = re.compile(rf"^\d{{1,4}}(?:{alternation(DATE_UNITS)})$"  # 2024年, 三月份
                  rf"|^[{NUMERALS}]+(?:{alternation(words('common/month_units'))})$")
YEAR = re.compile(rf"\d{{1,4}}(?:{alternation(DATE_UNITS)})")  # a date opening a name: 2024年…专班
DATE_CHARS = "".join(u for u in DATE_UNITS if len(u) == 1)
QUANTITY_UNITS = chars("programs/quantity_units")
TITLES_IN_NAMES = words("bodies/titles_in_names")
# Titles and forms of address at which the scan stops: 党委书记李某和纪委 …
TITLE_STOPS = frozenset(t for t in lexicon().titles if len(t) >= 2 and t not in TITLES_IN_NAMES) \
    | word_set("bodies/title_stops")
TITLE_ENDS = tuple(t for t in TITLE_STOPS if len(t) >= 2 and t not in TITLES_IN_NAMES)
GLUE_STOPS = frozenset(chars("bodies/glue_stops"))
ROLE_GLUED_ENDS = frozenset(chars("bodies/role_glued_ends"))
DEMONSTRATIVES = frozenset(chars("bodies/demonstratives"))
NUMERAL_CHARS = frozenset(chars("common/numerals"))
COMMON_ADVERB = 1000  # jieba frequency from which an adverb is a function word (就是, 曾, 也)
LEADING_PREDICATES = words("bodies/leading_predicates")
LEADING_JOINERS = chars("bodies/joiners") + "、"
ROUTE_WORDS = word_set("bodies/route_joiners")
ROUTE_HEADS = re.compile(alternation(words("bodies/route_heads")))
COMPANY_VERBS = word_set("bodies/company_verbs")
COMPANY_HEADS = words("bodies/company_heads")
SPANNING_TITLES = word_set("bodies/spanning_titles")
SPLIT_HEADS = words("bodies/split_heads")
LEGAL_HEADS = words("bodies/legal_heads")
PAIRED_HEADS = words("bodies/paired_heads")
NATIONAL = words("bodies/national_prefixes")
AND_HEADS = words("bodies/and_heads")
STATIONED = word_set("bodies/stationed_words")
# Who a team is made of, right before its head (党代表|宣讲团): part of the team's name.
TEAM_MEMBER_WORDS = word_set("bodies/team_member_words")
KIND_BEFORE_HEADS = word_set("bodies/kind_before_heads")  # 期货交易所|某某交易所
SETUP_VERBS = word_set("relations/establish_verbs")
ZONE_SUFFIXES = tuple(zone_suffixes())


class Sentence:
    """A sentence as the rules read it: the text layer's sentence (its tokens shared with
    places) with the article's places and the titles written in it. Offsets are into the
    article text."""

    __slots__ = ("start", "end", "text", "article", "ctx", "base", "token_at", "token_ending",
                 "is_token", "_titles")

    def __init__(self, base: TextSentence, ctx: ArticleContext) -> None:
        self.start, self.end, self.text, self.article = base.start, base.end, base.text, base.article
        self.base, self.ctx = base, ctx
        self.token_at = base.token_at  # the token covering an article position
        self.token_ending = base.token_ending  # the token ending right at an article position
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
                if word[0] in ACTING and word[1:] in lexicon().titles and self._glued(pos - len(word)):
                    word = word[1:]  # 年代|市长: 代 ends a word, no acting title
                if len(word) > len(self._titles.get(pos, "")):
                    self._titles[pos] = word
        return self._titles

    def _glued(self, i: int) -> bool:
        """A token starts before article position `i` and covers it."""
        tok = self.token_at(i)
        return tok is not None and tok[0] < i

    def title_before(self, pos: int) -> str | None:
        """A title ending at `pos`, provided it is a whole word (not 书记 inside 秘书记…)."""
        t = self.titles_end.get(pos)
        if not t:
            return None
        tok = self.token_at(pos - 1)
        if tok is not None and tok[1] > pos and tok[2] not in lexicon().titles \
                and not (tok[0] >= pos - len(t) and is_surname_at(self.article, pos)
                         and (not in_dict(tok[2]) or tok[2] in TITLE_SURNAME_WORDS)):
            return None  # (福建省|长唐|登杰: jieba glued the title's end to a surname: still a title)
        return t


def scan_start(sent: Sentence, s: int, lo: int | None = None, maxlen: int = MAX_NAME) -> int:
    """Where a name whose head starts at `s` begins: walk back over places, quoted and
    bracketed parts and content tokens until a delimiter, a stop word or a function word;
    then drop the joiners, dates and predicates left at the start."""
    lo = sent.start if lo is None else max(lo, sent.start)
    i = s
    while i > lo and s - i < maxlen:
        i, stop = _step_back(sent, i, lo, s)
        if stop:
            break
    return _strip_start(sent, i, lo, s)


def at_seat(sent: Sentence, i: int, lo: int) -> bool:
    """The token ending at `i` is the capital written after 在 (在京中共中央政治局委员): where
    the body's people are, not a place owning the body."""
    tok = sent.token_at(i - 1)
    if tok is None or tok[1] != i or tok[2] not in SEATS or tok[0] <= lo:
        return False
    prep = sent.token_at(tok[0] - 1)
    return prep is not None and prep[2] in SEAT_PREPOSITIONS


def _step_back(sent: Sentence, i: int, lo: int, s: int) -> tuple[int, bool]:
    """One step of the backward scan from `i`: the position before the unit ending at `i`
    (a place, a quoted or bracketed part, a token), and whether the name starts here."""
    text, ctx = sent.article, sent.ctx
    if at_seat(sent, i, lo):
        return i, True
    m = ctx.covering(i - 1)
    if m is not None and m.start >= lo and m.end <= s:
        return m.start, False
    c = text[i - 1]
    if c in CLOSE_QUOTES:
        j = max(text.rfind(q, lo, i - 1) for q in OPEN_QUOTES)
        if j >= lo and 0 < i - 1 - j <= 16 and not any(ch in DELIMS for ch in text[j + 1:i - 1]):
            return j, False
        return i, True
    if c in ")）":
        j = max(text.rfind("(", lo, i - 1), text.rfind("（", lo, i - 1))
        if j > lo and 0 < i - 1 - j <= 8 and not any(ch in DELIMS for ch in text[j + 1:i - 1]):
            return j, False
        return i, True
    if c in DELIMS or c.isspace():
        return i, True
    zone = i == s and next((z for z in ZONE_SUFFIXES if text.endswith(z, lo, i)), None)
    if zone and text[i - len(zone) - 1:i - len(zone)] in LEVEL_CHARS:
        return i - len(zone), False  # 县产业集聚区党委: the body of the county's zone
    tok = sent.token_at(i - 1)
    if tok is None:
        return i, True
    if tok[2] in ROUTE_WORDS and tok[0] > lo and ctx.starting(i) is not None \
            and ROUTE_HEADS.search(text, i, s + 8) \
            and any(ctx.covering(k) is not None for k in range(max(lo, tok[0] - 3), tok[0])):
        return tok[0], False  # 某县至某市高速公路项目: a route between two places is one name
    tstart = max(tok[0], lo)
    word = text[tstart:i]
    if word in STATIONED and sent.ctx.starting(i) is not None:
        # 某县驻深圳招商专班: the body and where it is stationed; 成立驻深圳招商专班: 驻 opens it
        if _stationed(sent, tstart, i, lo):
            return tstart, False
        return (tstart if _taskforce_head(text, s) else i), True
    if word in STATIONED and tstart > lo and not _taskforce_head(text, s) \
            and _ends_with_head(text[lo:tstart]):
        return i, True  # 某市纪委驻卫计委纪检组: a body stationed in another body, not one name
    if i == s and word in TEAM_MEMBER_WORDS and tstart > lo and _taskforce_head(text, s):
        return tstart, False  # 某省基层党代表宣讲团: whom the team is made of, read on
    if _stops_at(sent, tok, word, i, lo, s):
        return i, True
    if word in KIND_BEFORE_HEADS and text.startswith(word, s):
        return i, True  # 期货交易所某某交易所: the kind, then the one body
    if word in SETUP_VERBS and _taskforce_head(text, s):
        return i, True  # 组织党员先锋队: the verb sets the team up and opens no name
    if len(word) > 1 and word[0] in GLUE_STOPS and tag(word) is None \
            and not _placed_brand(sent, tstart, s):
        return tstart + 1, True  # 从大…: a stop glued to the start
    if len(word) == 2 and word[0] in ROLE_GLUED_ENDS and word[1] in LEVEL_CHARS and tag(word) is None:
        return tstart + 1, True  # 宣讲|人镇|党委: a role noun's end glued to the level word
    if _two_bodies(text, tstart, i, s):
        return i, True
    if tok[2] in COMPANY_VERBS and text.endswith(COMPANY_HEADS, lo, tstart):
        return i, True  # 与某某公司合作建设…中心: the company, then what it does
    return tstart, False


def _stops_at(sent: Sentence, tok: tuple[int, int, str], word: str, i: int, lo: int, s: int) -> bool:
    """Whether the token `tok` (its part `word` before `i`) ends the name: a stop word, a
    count or date, a title, a function word, a 和 between two bodies, a set phrase."""
    text = sent.article
    if placed_trade_word(sent, tok, i, s):
        return False  # 某省|排水|集团: the firm's trade after its place
    if tok[2] in SPANNING_TITLES and tok[1] > i:
        pass  # 全国人大|代表: the body ends inside the compound title, read on
    elif (word in STOPSET or tok[2] in STOPSET or word in CLASSIFIERS or COUNTED.match(word)
          or DATE.match(word) or word in TITLE_STOPS
          or len(word) == 1 and word in COUNTERS and text[tok[0] - 1:tok[0]] == word) \
            and not _bounded_brand(sent, tok, s):
        return True  # …, 一趟趟: a doubled counter
    if tok[1] == i and tag(tok[2]) in FUNCTION_TAGS and tok[2] not in NAME_VERBS \
            and tok[2] != AND and not _in_suffixes(tok[2]) \
            and not (len(tok[2]) == 1 and text.endswith(SPLIT_HEADS, 0, i)) \
            and not _split_brand(sent, tok, s) and not _bounded_brand(sent, tok, s):  # 民盟某市委|会
        return True
    if word == AND and (not _inner_and(text, i, s) or sent.ctx.starting(i) is not None
                        or _ends_with_head(text[lo:i - 1]) or _body_word_before(sent, i - 1)) \
            and not _brand_and(sent, i, s):
        return True  # 某省和某市纪委, 某县政府和环保局: two bodies, not one name
    if len(tok[2]) > 1 and tok[1] == i and tok[2].endswith(AND) and _ends_with_head(text[lo:i - 1]):
        return True  # 吉林省|委和|省政府: jieba glued 和 to the end of the body before
    if len(word) >= 3 and word.endswith(TITLE_ENDS):
        return True  # 党委书记李某和纪委: a post (and a name) before the body
    if len(tok[2]) >= 3 and tok[2].startswith(ADVERB_OPENERS):
        return True  # 严格执行|政府定价, 积极探索|党支部领办: a set phrase, not a name
    if len(word) > 1 and word[-1] in GLUE_STOPS and tag(word) is None:
        return True  # 根是: a stop glued to the end of an unknown token
    if tok[1] == i and tag(tok[2]) == "d" and freq(tok[2]) >= COMMON_ADVERB \
            and not (tok[0] > lo and (text[tok[0] - 1].isdigit() or text[tok[0] - 1] in NUMERAL_CHARS)) \
            and not _route_after(text, i):  # 快速|公路: a kind of road, not an adverb
        return True  # 就是|某大学, 曾|就读于: an adverb opens no name (第24届 is a count)
    if len(tok[2]) > 1 and tok[2][0] in DEMONSTRATIVES and tag(tok[2]) is None:
        return True  # 这架|…航空公司: a demonstrative opens no name
    if tok[1] == i and glued_verb(tok[2]):
        return True  # 拒绝接受|某国政府, 任教于|某大学: a verb jieba glued into a longer word
    return False


@cache
def glued_verb(word: str) -> bool:
    """A word of three characters or more that jieba keeps whole (tagged as no verb) but
    that ends with a verb or a preposition of the dictionary written after a word of its
    own: a preposition a verb takes (任教|于: bodies/glued_prepositions; not any, 加勒|比),
    or a verb after a verb or an adverb (拒绝|接受; 重新|加入, tagged an adjective); not a
    verb after a noun, which names a field (新闻|出版, 器官|移植), nor one that names a
    body's work (bodies/name_verbs), nor a verb of one character, too often part of a
    transliterated name (马拉|维). It is the clause's verb, which opens no name after it."""
    if len(word) < 3 or not is_han(word) or tag(word) in FUNCTION_TAGS:
        return False
    for k in range(1, len(word)):
        tail = word[k:]
        if (tail in GLUED_PREPOSITIONS or len(tail) >= 2 and tag(tail) == "v" and tag(word[:k]) in VERB_OR_ADVERB) \
                and tail not in NAME_VERBS and in_dict(word[:k]):
            return True
    return False


def _route_after(text: str, i: int) -> bool:
    """A route's head of two characters or more at `i` (公路, 铁路): the word before it
    that jieba tags as an adverb (快速) qualifies the road."""
    m = ROUTE_HEADS.match(text, i)
    return m is not None and len(m.group()) >= 2


def _strip_start(sent: Sentence, i: int, lo: int, s: int) -> int:
    """Drop what the scan leaves at a name's start: joiners (的, 和), dates (2024年,
    1998.09－), and a predicate written right before it (保障德国莱茵化工…项目)."""
    text = sent.article
    while i < s and text[i] in LEADING_JOINERS:
        i += 1
    opening = i
    while i < s - 2 and (text[i].isdigit() or text[i] in ".－-~～—"
                         or text[i] in DATE_CHARS and i > 0 and text[i - 1].isdigit()):
        i += 1  # 1998.09－1999.01中央党校, 2024年…专班: dates
    if i > opening and text[i - 1].isdigit() and (text[i] in QUANTITY_UNITS or _latin(text[i])):
        i = opening  # 40万吨…项目: a quantity opens the name, no date; 5G…中心: a code word
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


def _latin(c: str) -> bool:
    """An ASCII letter: after digits it makes a code word (5G, 3D), not a date."""
    return c.isascii() and c.isalpha()


def _split_brand(sent: Sentence, tok: tuple[int, int, str], s: int) -> bool:
    """A character of an unknown brand that jieba cut into single characters before a
    company's legal form (华润|置|地|有限公司, 上海|为|烨|投资集团有限公司): no verb or
    particle here when the run of single characters holds two or more and only words of
    two or more characters follow it up to the legal form."""
    text = sent.article
    if len(tok[2]) != 1 or not text.startswith(LEGAL_HEADS, s):
        return False
    lo, hi = _single_run(sent, tok, s, _single)
    return hi - lo >= 2 and _long_words(_tokens_between(sent, hi, s))


# Tags of a single character that is no part of a brand (在, 和, 的, 他).
NOT_BRAND_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "rr", "rz", "y", "e", "o", "m"})
BOUNDARY_TAGS = frozenset({"p", "v", "c"})  # a word before a brand that opens no name (在, 走进, 和)


def _bounded_brand(sent: Sentence, tok: tuple[int, int, str], s: int) -> bool:
    """A character of an unknown brand that jieba cut into single characters before a
    company's head (在|某|天|光电科技公司: 天 no classifier here): the run of single
    characters (no particle, pronoun or numeral) holds two or more, opens at a boundary
    (the sentence's start, a punctuation mark, a preposition, verb or conjunction) and
    only words of two or more characters follow it up to the head."""
    text = sent.article
    if len(tok[2]) != 1 or not text.startswith(COMPANY_HEADS, s) or not _brand_char(sent, tok[0]):
        return False
    lo, hi = _single_run(sent, tok, s, _brand_char)
    if hi - lo < 2 or any(c in NUMERAL_CHARS or c.isdigit() for c in text[lo:hi]):
        return False
    before = sent.token_at(lo - 1) if lo > sent.start else None
    if not (lo == sent.start or text[lo - 1] in DELIMS
            or before is not None and before[1] == lo and tag(before[2]) in BOUNDARY_TAGS):
        return False
    rest = _tokens_between(sent, hi, s)
    return bool(rest) and _long_words(rest)


def _single_run(sent: Sentence, tok: tuple[int, int, str], s: int, member) -> tuple[int, int]:
    """The run of single-character tokens that `member` accepts around the one-character
    token `tok`, from the sentence's start at most up to `s`: (start, end)."""
    lo, hi = tok[0], tok[1]
    while lo > sent.start and member(sent, lo - 1):
        lo -= 1
    while hi < s and member(sent, hi):
        hi += 1
    return lo, hi


def _tokens_between(sent: Sentence, a: int, s: int) -> list[tuple[int, int, str]]:
    return [t for t in sent.tokens if a <= t[0] < s]


def _long_words(tokens: list[tuple[int, int, str]]) -> bool:
    """Every token a word of two or more characters, none opening with a delimiter."""
    return all(len(t[2]) > 1 and t[2][0] not in DELIMS for t in tokens)


def _brand_char(sent: Sentence, k: int) -> bool:
    return _single(sent, k) and tag(sent.article[k]) not in NOT_BRAND_TAGS


def _placed_brand(sent: Sentence, b: int, s: int) -> bool:
    """An unknown word right after a place, in a company's registered name (上海|为烨|投资
    集团有限公司): the brand, though its first character is a stop elsewhere."""
    m = sent.ctx.covering(b - 1)
    return m is not None and m.end == b and sent.article.startswith(LEGAL_HEADS, s)


def _single(sent: Sentence, k: int) -> bool:
    t = sent.token_at(k)
    return t is not None and t[1] - t[0] == 1 and sent.article[k] not in DELIMS


def _taskforce_head(text: str, s: int) -> bool:
    """Whether a task force's head starts at `s` (专班, 工作队): one set up may open with 驻."""
    return any(text.startswith(h, s) and suf.label == "TaskForce" for h, suf in lexicon().suffixes.items())


def _stationed(sent: Sentence, b: int, i: int, lo: int) -> bool:
    """驻 at [b, i) between a place or a body's head and the place it is stationed in."""
    if b <= lo:
        return False
    m = sent.ctx.covering(b - 1)
    return m is not None and m.end == b or _ends_with_head(sent.article[lo:b])


def _ends_with_head(before: str) -> bool:
    """The text before a 和 ends with a body's head word (…政府和…)."""
    return any(before.endswith(h) for h in lexicon().suffixes if len(h) >= 2)


def _body_word_before(sent: Sentence, end: int) -> bool:
    """A word of three characters or more ending at `end` with a head a 和 may stand
    inside (知识产权局|和|版权局): a body's name of its own, so 和 joins two bodies
    (not 发展|和|改革局, whose word before 和 is no body)."""
    tok = sent.token_at(end - 1)
    return tok is not None and tok[1] == end and len(tok[2]) >= 3 and tok[2].endswith(AND_HEADS)


def _in_suffixes(word: str) -> bool:
    return word in lexicon().suffixes


def _two_bodies(text: str, tstart: int, i: int, s: int) -> bool:
    """县委县政府, 市委市政府: a body head right before a name that starts with a level word."""
    return text[tstart:i] in PAIRED_HEADS and text[i:i + 1] in tuple(LEVEL_CHARS)


def _brand_and(sent: Sentence, i: int, s: int) -> bool:
    """和 a character of a brand a place opens, in a company's registered name: 广东|万和|新
    电气股份有限公司 (和 at i - 1, the head at s)."""
    text = sent.article
    if not text.startswith(LEGAL_HEADS, s) or not text[i:i + 1].strip():
        return False
    for j in (i - 2, i - 3):  # one or two brand characters before 和
        m = sent.ctx.covering(j - 1)
        if m is not None and m.end == j and is_han(text[j:i - 1]):
            return True
    return False


def _inner_and(text: str, i: int, s: int) -> bool:
    """和 inside a body's name (发展和改革局, 工业和信息化委员会): short, right before a head."""
    if text[i:i + 1] in tuple(LEVEL_CHARS) or text.startswith(NATIONAL, i):
        return False  # 某某和中央组织部: a second body
    for k in range(i + 1, min(s, i + 5) + 1):
        if text.startswith(AND_HEADS, k):
            return True
    return False
