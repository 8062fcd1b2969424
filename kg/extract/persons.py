"""Person names: a surname (single or compound) and one or two given characters, read
where the genre puts names: right after a title (科长孙立业), before a verb of saying
(周建国说), or before a post (赵立群是…主任). Names nothing anchors (in lists, opening a
clause) are proposed by a tagger (`ner`) and kept only if `confirm_tagged` accepts them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text.script import HAN
from ..text.vocabulary import chars, word_set, words
from .lexicon import (DELIMS, HOLD_VERBS, NOT_NAMES, POSSESSIVE, ROLE_NOUNS, SPEECH_VERBS,
                      is_surname_at, lexicon)
from .tokens import freq, in_dict, tag

CJK = re.compile(rf"^[{HAN}]+$")
# Words that may follow a name directly: if one starts at the third character, the name
# has two characters (方远联系…, 钱小东，…, 郑强的…). Longest first.
AFTER_NAME = tuple(sorted(set(SPEECH_VERBS + HOLD_VERBS + words("people/name_followers")),
                          key=len, reverse=True))
SINGLE_FOLLOWERS = frozenset(chars("people/clause_openers_after_name"))
# Forms of address and titles written after a surname: never a given name (张经理).
ADDRESS_WORDS = word_set("people/address_words")
# Surnames that are also function words (都, 有, 和 …): such a name must be seen twice.
RISKY_SURNAMES = frozenset(chars("people/risky_surnames"))
TITLED_RISKY_SURNAMES = frozenset(chars("people/titled_risky_surnames"))
FUNCTION_GIVEN = frozenset(chars("people/function_given"))
CONJUNCTIONS = chars("people/name_joiners")
# Function words that end a clause's first word and never end a three-character name.
TRAILING_FUNCTION = frozenset(chars("people/trailing_function"))
TITLE_PARTS = words("people/title_parts")
NOT_AFTER_TITLE = words("people/not_after_title")
ADDRESS_AFTER_NAME = words("people/address_after_name")
ADVERB_SURNAMES = frozenset(chars("people/adverb_surnames"))
VERBS_OF_MOTION = frozenset(chars("people/verbs_of_motion"))
NOT_NAME_ENDINGS = chars("people/not_name_endings")
NAME_OPENERS = word_set("people/name_openers")
GLUED_AFTER = frozenset(chars("people/glued_after"))
DOTS = "·•"  # the middle dot of Uyghur, Tibetan and foreign names
NOT_IN_GIVEN = words("people/not_in_given")
PRONOUNS_PARTICLES = chars("people/pronouns_particles")
NEGATIONS = chars("people/negations")
COUNT_NUMERALS = frozenset(chars("people/count_numerals"))
PLACE_WORDS_AFTER_NAME = words("people/place_words_after_name")
COUNTRY_SUFFIXES = chars("people/country_suffixes")
TAGGED_NOT_NAME_ENDINGS = chars("people/tagged_not_name_endings")


def name_after(text: str, p: int, hi: int, counts, token_len: int = 0,
               anchored: bool = False) -> str | None:
    """The name starting at `p` (before `hi`), or None if no name starts there; `anchored`
    when a title stands right before `p` (see `plausible`)."""
    sl = is_surname_at(text, p)
    if not sl or text[p] in CONJUNCTIONS:
        return None  # 主席和普京: 和 joins two names here
    short, long_ = text[p:p + sl + 1], text[p:p + sl + 2]
    if p + len(short) > hi or not CJK.match(short):
        return None
    if any(text.startswith(w, p) for w in NOT_AFTER_TITLE):
        return None
    long_ok = p + len(long_) <= hi and CJK.match(long_) is not None
    after_short = _follower(text, p + len(short))
    if long_ok and after_short and not _long_reading_reads_on(text, p + len(short), p + len(long_),
                                                              len(after_short)):
        long_ok = False
    if long_ok and counts(short) > counts(long_) and after_short:
        long_ok = False
    if long_ok and counts(short) >= 2 * counts(long_) >= 2:
        long_ok = False
    if long_ok and text[p + len(long_) - 1] == text[p] \
            and text.startswith(ADDRESS_AFTER_NAME, p + len(long_)) and counts(long_) < 2:
        long_ok = False  # 总监孙晶孙女士: the surname, repeated, opens 孙女士 (not 林建国先生)
    nxt2 = text[p + len(short):p + len(short) + 2]
    if long_ok and token_len == len(short) and counts(long_) < 2 and len(nxt2) == 2 and in_dict(nxt2) \
            and not (text.startswith(AFTER_NAME, p + len(long_))
                     and tag(text[p + len(short):p + len(short) + 2]) not in ("v", "vi", "vd", "d", "p", "c")) \
            and not _long_reading_reads_on(text, p + len(short), p + len(long_)) \
            and not _verb_after_long_reading(text, p + len(long_), nxt2) \
            and not (anchored and _clause_after_long_reading(text, p + len(short), p + len(long_), nxt2)):
        long_ok = False  # 方远联系…: jieba ends the name where a word begins
    name = long_ if long_ok else short
    if name[0] in RISKY_SURNAMES and counts(name) < 2 and not _risky_after_title(text, p, name, anchored):
        return None
    if _title_across(text, p, p + len(name)):
        return None  # 省长任总林长: 任 is the verb, 总林长 the post
    if token_len > len(name) and in_dict(text[p:p + token_len]):
        return None  # 总书记高瞻远瞩: the characters open a longer word
    if "·" in text[p + len(name):p + len(name) + 3] or "•" in text[p + len(name):p + len(name) + 3]:
        return None  # 校长戴维·…: a transliterated name, cut short
    if name[0] in ADVERB_SURNAMES and _verb_after(text, p + 1):
        return None  # 总书记曾来村里, 曾指出: 曾 is the adverb
    if len(name) == 3 and name_goes_on(text, p + len(name), hi):
        return None  # 总理米舒斯京在…: a longer (transliterated) name, not one to cut
    if long_ok and name == long_ and glued(text, p, p + len(name)):
        return short
    if plausible(name, anchored):
        return name
    return short if long_ok and plausible(short, anchored) and after_short else None


def _risky_after_title(text: str, b: int, name: str, anchored: bool) -> bool:
    """省长于伟国已经…: right after a title, a three-character reading whose surname is also
    a function word, written once, is a name when neither its first two characters nor its
    given ones make a word and a follower of names or a delimiter comes after it (not
    省长于近日…, 书记于是…)."""
    e = b + len(name)
    if not anchored or len(name) != 3 or name[0] not in TITLED_RISKY_SURNAMES \
            or in_dict(name[1:]) or in_dict(name[:2]):
        return False
    return e >= len(text) or text[e] in DELIMS or text.startswith(AFTER_NAME, e)


def glued(text: str, b: int, e: int) -> bool:
    """A three-character reading text[b:e] whose last character is one the genre glues to a
    two-character name (李希|和省长…, 尹力|发了言), with no follower of names after it."""
    if e - b != 3 or text[e - 1] not in GLUED_AFTER or is_surname_at(text, b) != 1:
        return False
    if e >= len(text) or text[e] in DELIMS or text.startswith(AFTER_NAME, e):
        return False
    return plausible(text[b:e - 1])


def _follower(text: str, pos: int) -> str:
    """The longest follower of names (AFTER_NAME) written at `pos`, else ""."""
    if not text.startswith(AFTER_NAME, pos):  # the common case, at C speed
        return ""
    return next(w for w in AFTER_NAME if text.startswith(w, pos))


def _long_reading_reads_on(text: str, short_end: int, long_end: int, word: int = 2) -> bool:
    """李志强调研: a follower of names of two characters or more (调研) starts after the
    long reading, while the `word` characters after the short one (强调) leave a lone
    character (研): the long reading is the name. 张天任介绍: the short one's follower
    (任) would need a post, and a verb of saying follows it instead."""
    follower = _follower(text, long_end)
    q = short_end + word
    if q == long_end and text[short_end:q] in HOLD_VERBS and follower in SPEECH_VERBS:
        return True
    if q == long_end and word == 1 and len(follower) >= 2:
        return True  # 索南才|让|介绍: one character would follow the short reading, a word the long
    return len(follower) >= 2 and q > long_end and not in_dict(text[q:q + 2]) \
        and not text.startswith(AFTER_NAME, q)


def _verb_after_long_reading(text: str, long_end: int, nxt2: str) -> bool:
    """易炼红点燃…: a verb starts right after the long reading (点燃), far more common than
    the word the short reading would open (红点) and would cut: the long reading is the name."""
    verb = text[long_end:long_end + 2]
    return len(verb) == 2 and tag(verb) in ("v", "vn") and freq(verb) > 10 * max(1, freq(nxt2))


def _clause_after_long_reading(text: str, short_end: int, long_end: int, nxt2: str) -> bool:
    """部长唐某健在回答…: right after a title, the word the short reading would open (健在)
    is followed by a one-character follower of names (在) and a word far more common than it
    (回答): the follower opens the clause after a three-character name. Not when the word
    itself opens with a follower (王强|将在…)."""
    if text.startswith(AFTER_NAME, short_end) or text[long_end:long_end + 1] not in SINGLE_FOLLOWERS:
        return False
    word = text[long_end + 1:long_end + 3]
    return len(word) == 2 and freq(word) > 10 * max(1, freq(nxt2))


def name_goes_on(text: str, e: int, hi: int) -> bool:
    """One more character of a transliterated name after a three-character reading, then
    the name's end (a verb of saying, a particle, a delimiter, a time word: 今天, 近日):
    the name is longer."""
    if e >= hi or text[e] not in TRANSLITERATION_END or text.startswith(AFTER_NAME, e):
        return False  # a fourth character of a Chinese name is rare; of a foreign one, common
    if e - 3 >= 0 and not CJK.match(text[e - 3:e]):
        return False
    nxt = e + 1
    return nxt >= hi or text[nxt] in DELIMS or text.startswith(AFTER_NAME, nxt) \
        or text[nxt] in FOLLOWERS or text[nxt].isdigit() or tag(text[nxt:nxt + 2]) == "t"


def _verb_after(text: str, i: int) -> bool:
    """A verb (or a verb of motion) written right after position `i`."""
    if text[i:i + 1] in VERBS_OF_MOTION:
        return True
    for n in (2, 3):
        w = text[i:i + n]
        if w in SPEECH_VERBS or (freq(w) > 50 and tag(w) in ("v", "vi", "vd", "vn")):
            return True
    return False


def _title_across(text: str, b: int, e: int) -> bool:
    """A title that starts inside text[b:e] and ends after it."""
    window = text[b:e + 4]
    for end, word in lexicon().title_ac.iter(window):
        start = end + 1 - len(word)
        if 0 < start < e - b < end + 1:
            return True
    return False


def name_before(text: str, e: int, lo: int, counts, is_token=None, closed: bool = False) -> str | None:
    """The name ending at `e` (a verb of saying or a post follows), starting after `lo`;
    `closed` when a word that never opens a verb ends the name there (某某等出席)."""
    verb = "" if closed else _follower(text, e)
    if verb and _long_reading_reads_on(text, e, e + 1, len(verb)):
        return None  # 李志|强调|研: the verb's first character ends the name (李志强|调研)
    best = None
    for length in (3, 2, 4):
        b = e - length
        if b < lo:
            continue
        cand = text[b:e]
        if not CJK.match(cand) or not is_surname_at(text, b):
            continue
        sl = is_surname_at(text, b)
        if length - sl not in (1, 2):
            continue
        left = text[b - 1] if b > 0 else "。"
        if left in DOTS:
            continue  # …·扎克尔: the end of a name with a middle dot
        bounded = b == lo or left in DELIMS or left in POSSESSIVE or after_title(text, b)
        if not plausible(cand) or cand[0] in RISKY_SURNAMES and counts(cand) < 2 or glued(text, b, e):
            continue
        if cand[0] in NOT_FIRST and counts(cand) < 2 and not after_title(text, b):
            continue  # 。但某某表示: the conjunction, not a surname
        if bounded:
            return cand
        if best is None and length == 3 and is_token is not None and is_token(b, e):
            best = cand
    return best if best and _strong(best) else None


def tagger_agrees(sent, b: int, name: str) -> bool:
    """A name read only from a verb of saying is vetoed when jieba's tagger reads the same
    characters as an ordinary word (应询表示: 应询/vn; 信中说到: 信/n 中/f). The tags are
    the sentence's, tagged once."""
    e = b + len(name)
    parts = [(w, flag, s) for s, t, w, flag in sent.base.pos_tags() if t > b and s < e]
    if len(parts) == 1 and parts[0][0] == name and parts[0][1] not in ("nr", "nrfg", "nrt", "x", "eng"):
        return not freq(name) and parts[0][1] in ("n", "nz", "j", "l", "i")
    first = parts[0] if parts else None
    last = parts[-1] if parts else None
    if last and len(parts) > 1 and len(last[0]) == 1 and last[1] in ("p", "f", "d", "u", "uj", "c", "ul"):
        return False  # 张方在回忆录里写道: the last character is a preposition
    if first and first[2] == b and 2 <= len(first[0]) < len(name) and freq(first[0]) > 20 \
            and first[1] not in ("nr", "nrfg", "nrt") and first[0] not in lexicon().compound_surnames:
        return False  # 贺电上说道: a word, then a particle
    if len(name) == 2 and len(parts) == 2 and all(len(w) == 1 for w, _, _ in parts) \
            and parts[1][1] in ("f", "v", "p", "u", "ul", "uj", "d", "c", "r", "m", "q"):
        return False
    return True


def after_title(text: str, b: int) -> bool:
    return text.endswith(_titles(), 0, b)


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    """The lexicon's titles as one tuple (one endswith tests them all)."""
    return tuple(lexicon().titles)


def _strong(name: str) -> bool:
    """An unbounded reading is kept only when jieba does not know it as a word."""
    return not freq(name) or tag(name) in ("nr", "nrfg", "nrt")


PLAUSIBLE_CACHE = 16384  # verdicts kept: the same tokens come back in every article


@lru_cache(maxsize=PLAUSIBLE_CACHE)
def plausible(name: str, anchored: bool = False) -> bool:
    """Whether `name` may be a person's name; `anchored` (read right after a title) lets a
    given name that is also a word pass (书记陈全国), where jieba does not know the whole.
    (A function of the two and the fixed lexicon and dictionary: kept per name.)"""
    if name in NOT_NAMES or len(name) < 2:
        return False
    if name in lexicon().titles or any(t in name for t in TITLE_PARTS):
        return False
    if name[-1] in NOT_NAME_ENDINGS and not (anchored and name[:2] in NAME_OPENERS):
        return False  # (洛桑江村 after a title: a Tibetan name may end with 村)
    given = name[2:] if name[:2] in lexicon().compound_surnames else name[1:]
    if given in ADDRESS_WORDS or any(w in given for w in NOT_IN_GIVEN):
        return False  # 张经理, 吴小姐, 有的人
    if any(c in PRONOUNS_PARTICLES for c in given):
        return False  # 来找我: a verb and a pronoun
    if len(given) == 1 and given in FUNCTION_GIVEN:
        return False  # 都要, 巴方
    if len(given) == 2 and given[-1] in TRAILING_FUNCTION:
        return False  # 王五等, 卢某因: a function word glued to the end of a name
    if len(given) == 2 and given[0] in NEGATIONS or given == name[0] * len(given):
        return False  # 富不富 (a question), 殷殷 (a doubled word)
    if any(c in COUNT_NUMERALS for c in given):
        return False  # 长达十小(时): a count, not a given name

    noun_given = anchored and not freq(name) and tag(given) in ("n", "nz", "ns", "a")  # 书记陈全国
    if len(given) == 2 and (freq(given) > 100 and tag(given) in ("d", "r", "p", "c", "u", "m", "q", "f", "y", "e", "o")
                            or freq(given) > 1000 and tag(given) == "t"
                            or freq(given) > 3500 and tag(given) == "v"  # 时强调, 某指出
                            or freq(given) > 9000 and tag(given) not in ("nr", "nrfg", "nrt") and not noun_given):
        return False  # 向大家, 和几乎, 李明天: a word, not a given name (国庆 is both)
    f, t = freq(name), tag(name)
    if t == "ns" and f:
        return False  # 伊拉克总理
    if f and t not in ("nr", "nrfg", "nrt") and f > 3:
        return False
    if len(name) == 3 and freq(name[:2]) > 50 and tag(name[:2]) not in ("nr", "nrfg", "nrt", None) \
            and name[:2] not in lexicon().compound_surnames \
            and not (t in ("nr", "nrfg", "nrt") and f * 10 > freq(name[:2])):  # 王国生 (not 石棉瓦)
        return False
    if len(name) == 2 and freq(name[1]) == 0:
        return True
    return True


def name_like_at(tokens: list, k: int) -> bool:
    """Token `k` may open a name: a name-like token, or a lone surname followed by one or
    two given characters that jieba cut as a word of their own (曹|鹏飞, 李|永春)."""
    w = tokens[k][2]
    if name_like_token(w):
        # words the confirmation refuses anyway are not worth the tagger's time
        return w not in NOT_NAMES and not (len(w) == 2 and freq(w) >= 5)
    if len(w) == 1 and w in lexicon().surnames and w not in RISKY_SURNAMES and k + 1 < len(tokens):
        nxt = tokens[k + 1][2]
        return 1 <= len(nxt) <= 2 and CJK.match(nxt) is not None and nxt not in FOLLOWERS \
            and not (freq(nxt) >= 900 and tag(nxt) in ("n", "v", "vn", "a", "an", "ad", "d"))
    return False


def name_like_token(word: str) -> bool:
    """A jieba token that may be a name: 2–4 characters, a surname first, and either
    unknown to jieba's dictionary (its HMM joined the characters) or known as a name."""
    if not 2 <= len(word) <= 4 or not CJK.match(word):
        return False
    sl = is_surname_at(word, 0)
    if not sl or len(word) - sl not in (1, 2):
        return False
    return not freq(word) or tag(word) in ("nr", "nrfg", "nrt")


def confirm_tagged(name: str, text: str, s: int, e: int, sent, counts) -> bool:
    """Rules a tagger's PER span must pass: surname + one or two given characters, the
    span on jieba's token boundaries, a plausible name (not a word, title or place),
    not the start of a transliterated name (戴维·…)."""
    if not CJK.match(name):
        return False
    sl = is_surname_at(name, 0)
    if not sl or len(name) - sl not in (1, 2):
        return False
    if not plausible(name) or name[0] in RISKY_SURNAMES and counts(name) < 2:
        return False
    if e < len(text) and text[e] in "·•．.-－" or any(c in TRANSLITERATION for c in name[sl:]):
        return False  # a transliterated name (…尔, …斯), read by other means if at all
    if name[0] in NOT_FIRST and counts(name) < 2:
        return False  # 但安…, 时成…: a conjunction or adverb opening the clause
    first, last = sent.token_at(s), sent.token_at(e - 1)
    if first is not None and first[0] == s - 1 and text[s - 1] in GLUED_BEFORE:
        first = (s, first[1], first[2][1:])  # 而纪平: a conjunction jieba glued to the name
    if first is None or first[0] != s or last is None or last[1] != e:
        return False  # starts or ends inside a word (全面从严治党)
    rest = name[sl:]
    if first[1] - first[0] == sl and sent.is_token(s + sl, e) and freq(rest) >= 900 \
            and tag(rest) in ("n", "v", "vn", "a", "an", "ad", "d"):
        return False  # 林|森林, 段|航道: a surname character before a common word
    nxt = sent.token_at(e) if e < sent.end else None
    if nxt is not None and nxt[1] - nxt[0] == 1 and CJK.match(nxt[2]) \
            and not text.startswith(AFTER_NAME, e) and nxt[2] not in FOLLOWERS:
        return False  # 安征|迁: a single character glued after it is the rest of a word
    if any(counts(name + lv) for lv in PLACE_WORDS_AFTER_NAME):
        return False  # 某某村 in the article: a place's name
    if _word_family(text, s, e, sent):
        return False  # 环评、能评、安评: a list of words sharing their last character
    prev = sent.token_at(s - 1) if s > sent.start else None
    if len(name) == 2 and (_noun_token(prev) or _noun_token(nxt)):
        return False  # 洪水洪峰, 林权改革: a two-character reading next to a noun
    if _noun_token(prev) and nxt is not None and CJK.match(nxt[2]) \
            and not text.startswith(AFTER_NAME, e) and nxt[2] not in FOLLOWERS \
            and nxt[2] not in lexicon().titles and nxt[2] not in NAME_NEIGHBOURS:
        return False  # 山水|林田湖|草沙: a reading inside a run of content words
    if s > 0 and e < len(text) and text[s - 1] in OPEN_Q and text[e] in CLOSE_Q:
        return False  # “秦创原”, “苏超”: a quoted brand, platform or nickname
    if len(name) == 2 and name[0] in PROVINCE_ABBR and name[1] in PROVINCE_ABBR:
        return False  # 云桂, 苏陕: two provinces' short names
    if name[0] in COUNTRY_ABBR and (name[1] in COUNTRY_SUFFIXES or len(name) == 2 and name[1] in COUNTRY_ABBR):
        return False  # 乌军, 阿方, 马中: a country's short name
    prev1 = sent.token_at(s - 1) if s > sent.start else None
    if prev1 is not None and len(prev1[2]) == 1 and prev1[2] in lexicon().surnames \
            and prev1[2] not in RISKY_SURNAMES and prev1[2] not in CONJUNCTIONS and prev1[2] not in NOT_FIRST:
        return False  # 向|平华: the name may start one character earlier
    if name[-1] in TAGGED_NOT_NAME_ENDINGS:
        return False  # an ethnic group, a household, a section, a satellite, farmers
    f = freq(name)
    if f >= 5 and (len(name) == 2 or freq(name[sl:]) >= 5):
        return False  # 林子, 通达, 乔灌木, 夏玉米: words jieba knows (and tags nr)
    return True


ROLE_ENDINGS = frozenset(chars("people/role_endings"))
NOUN_TAGS = frozenset({"n", "vn", "an", "ng", "nz", "j", "l", "i", "a", "ns", "nt"})
NAME_NEIGHBOURS = word_set("people/name_neighbours")


def _noun_token(tok) -> bool:
    """A neighbouring token that is an ordinary noun (not a title, role or honorific)."""
    if tok is None or not CJK.match(tok[2]):
        return False
    w = tok[2]
    if w in lexicon().titles or w in NAME_NEIGHBOURS or w in ROLE_NOUNS or w[-1] in ROLE_ENDINGS:
        return False  # 营销主管, 分析师, 副领事: a role before the name
    t = tag(w)
    return t in NOUN_TAGS or t in ("nr", "nrt", "nrfg") and freq(w) >= 20  # jieba tags 洪水 nr


# Characters of transliterated foreign names, rare in Chinese given names.
TRANSLITERATION = frozenset(chars("people/transliteration"))
# Characters that end transliterated names (…斯京, …斯, …夫, …科).
TRANSLITERATION_END = TRANSLITERATION | frozenset(chars("people/transliteration_ends"))
OPEN_Q, CLOSE_Q = "“「『\"‘", "”」』\"’"
COUNTRY_ABBR = frozenset(chars("people/country_abbreviations"))
PROVINCE_ABBR = frozenset(chars("common/province_abbreviations"))
# Characters that open a clause as a function word more often than as a surname.
NOT_FIRST = frozenset(chars("people/not_first"))
# Single characters jieba may glue before a name.
GLUED_BEFORE = frozenset(chars("people/glued_before"))
# Single characters that may follow a name directly.
FOLLOWERS = frozenset(chars("people/followers"))


def _word_family(text: str, s: int, e: int, sent) -> bool:
    """A 、-list item two of whose fellow items end with the same character, or one that
    does not open with a surname (环评、能评、安评): words of one family, not names."""
    lo, hi = s, e
    while lo > sent.start and text[lo - 1] not in "，。；：,;:！？":
        lo -= 1
    while hi < sent.end and text[hi] not in "，。；：,;:！？":
        hi += 1
    items = [it.strip("“”‘’「」\"") for it in text[lo:hi].split("、")]
    if len(items) < 2:
        return False
    name = text[s:e]
    if any(it != name and len(it) == len(name) and it[0] == name[0]
           and (freq(it) >= 20 or freq(it) >= 3 and tag(it) not in ("nr", "nrfg")) for it in items):
        return True  # 夏收、夏种、夏管: words sharing their first character
    for a, b in ((s - 1, s - 1), (e, e + 1)):  # the tokens right across each 、
        if not sent.start <= a < sent.end or text[a] != "、":
            continue
        tok = sent.token_at(a - 1) if b == a else sent.token_at(b)
        if tok is not None and len(tok[2]) == e - s and CJK.match(tok[2]) \
                and (not is_surname_at(tok[2], 0) or freq(tok[2]) >= 20 and tag(tok[2]) not in ("nr", "nrfg")):
            return True  # 扶志、扶智: the neighbour is a word, not a name
    name, last = text[s:e], text[e - 1]
    same = [it for it in items if it and it != name and len(it) == e - s and it[-1] == last]
    if len(same) >= 2 or any(not is_surname_at(it, 0) for it in same):
        return True
    inner = items[1:-1] if len(items) > 2 else []
    return any(len(it) == e - s and not is_surname_at(it, 0) for it in inner + items[-1:])
