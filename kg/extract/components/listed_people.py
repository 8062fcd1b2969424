"""People in lists and names with a middle dot. A 、-list of which two items are people
already read is a list of people (党和国家领导人习近平、李克强、汪洋…; 出席会议的有…): its
other items that open with a surname are read as names too, words or not (汪洋). A name
with a middle dot (雪克来提·扎克尔, Uyghur, Tibetan, Mongolian and foreign names) is read
whole after a title or in a list."""
from __future__ import annotations

import re

from ...text.script import HAN
from ..driver import component
from ..holders import add_person, hold
from ..lexicon import DELIMS, NOT_NAMES, POSSESSIVE, ROLE_NOUNS, is_surname_at, lexicon
from ..persons import AFTER_NAME, DOTS as DOT, NAME_OPENERS, NOT_NAME_ENDINGS, RISKY_SURNAMES
from ..posts import posts_before
from ..spans import Sentence
from ..tokens import freq, tag
from ...text.vocabulary import alternation, table, words

NOTICE = {role: word for role, (word,) in table("careers/notice_words").items()}

# A name with one or more middle dots: at most 6 characters before the first, 8 in a part.
MAX_BEFORE_DOT = 6
HAN_RUN = re.compile(f"[{HAN}]+")  # (compiled once: the module cache of re is shared and small)
DOT_NAME = re.compile(rf"[{HAN}]{{1,{MAX_BEFORE_DOT}}}(?:[{DOT}][{HAN}]{{1,8}})+")
NOTE_OPEN = "（"
# A name (with middle dots or not) and its bracketed note: 某某（女）, 某某（藏族）, 某某（女，回族）.
NOTED_NAME = re.compile(rf"([{HAN}]{{2,6}}(?:[{DOT}][{HAN}]{{1,8}})*)（"
                        rf"(?:({alternation(words('people/sex_notes'))})[，,]?)?"
                        rf"([{HAN}]{{1,4}}(?:{alternation(words('people/ethnic_note_endings'))}))?）")
CLAUSE_MARKS = "，。；：、！？\n"
OPENING_TAGS = ("v", "p", "c", "u", "d")  # first letters of the tags of tokens a name may follow  # what may stand before a dotted name opening a clause
FUNCTION_TAGS = ("p", "c", "d")  # jieba's tags of prepositions, conjunctions, adverbs
MIN_LAST_PART, MIN_VERB = 2, 2  # a verb of two characters ends a last part of two or more
VERB_END_TAGS = frozenset({"v", "vd"})
PIECE_TAGS = frozenset({"nr", "nrt", "nrfg", "nz", "ns"})
FUNCTION_BEFORE_VERB = frozenset({"p", "d", "c", "r", "u", "ul", "uj", "f"})
MAX_UNTITLED_PART = 6  # the dot and at most five characters after the last dot, with no title
CLAUSE_ENDS = re.compile("[，。；：,;:！？!?（）()\n]")


@component("people_in_lists", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"),
           writes=("people", "graph.Post", "graph.HOLDS", "graph.OF"))
def listed_people(state, sent: Sentence) -> None:
    if any(c in sent.text for c in DOT):
        _dot_names(state, sent)
    if NOTE_OPEN in sent.text:
        _noted_names(state, sent)
    if "、" not in sent.text:
        return
    state.people_listed = len(state.people)  # (read again later if anyone is read from here on)
    _lists(state, sent)


@component("people_in_lists_late", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"), writes=("people",))
def listed_people_late(state, sent: Sentence) -> None:
    """The 、-lists again, once the sequence tagger has read its people (出席的有某某、…)."""
    if "、" not in sent.text or len(state.people) == state.people_listed:
        return  # no one read since the lists were read
    _lists(state, sent)


def _lists(state, sent: Sentence) -> None:
    """Each clause of the sentence read as a 、-list."""
    lo = sent.start
    for m in CLAUSE_ENDS.finditer(state.text, sent.start, sent.end + 1):
        _list(state, lo, m.start())
        lo = m.end()
    _list(state, lo, sent.end)


def _list(state, lo: int, hi: int) -> None:
    """The items of a 、-list in text[lo:hi]: names where two items are people already. A
    list holding an item longer than a name starts at the last such item's end."""
    text = state.text
    bounds, b = [], lo
    for k in range(lo, hi):
        if text[k] == "、":
            bounds.append((b, k))
            b = k + 1
    if len(bounds) < 2:
        return
    bounds.append((b, hi))
    names, items, known = _names_of(state, bounds)
    cut = max((k for k in range(1, len(bounds) - 1) if bounds[k][1] - bounds[k][0] > MAX_ITEM
               and not any(c in text[bounds[k][0]:bounds[k][1]] for c in DOT)), default=0)
    if known < 2 and cut and len(bounds) - cut >= 3:
        bounds = bounds[cut:]  # 某委、某会决定授予某某、某某、某某: the names open inside a longer item
        names, items, known = _names_of(state, bounds)
    if known < 2:
        return
    if 2 * known >= len(bounds):  # mostly people: names with no Han surname too (巴特尔, 洛桑江村)
        run = _run_of_names(state, items)
        names += [(s, e) for s, e in run if (s, e) not in names and _unsurnamed_name(state, s, e)]
    for s, e in names:
        add_person(state, text[s:e], s)


def _names_of(state, bounds: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list, int]:
    """The name-like items of a list (its first read at its end, its last up to a
    follower of names), all its items, and how many of the names are people already."""
    items = [_known_end(state, *bounds[0]), *bounds[1:-1], _last_item(state, *bounds[-1])]
    names = [(s, e) for s, e in (it for it in items if it) if name_like(state, s, e)]
    return names, items, sum(state.text[s:e] in state.people for s, e in names)


MIN_UNSURNAMED, MAX_UNSURNAMED = 2, 4  # 热地, 向巴平措
RARE_NAME = 20  # jieba's count below which a word may be a name in a list of people


def _run_of_names(state, items: list) -> list[tuple[int, int]]:
    """The items of the list's run holding two people already read: a run ends at an item
    that is no short name (某某也分别就某某、…: a second list begins)."""
    runs, cur = [], []
    for it in items:
        if it is None or it[1] - it[0] > MAX_UNSURNAMED and not any(c in state.text[it[0]:it[1]] for c in DOT):
            runs.append(cur)
            cur = []
        else:
            cur.append(it)
    runs.append(cur)
    return next((r for r in runs if sum(state.text[s:e] in state.people for s, e in r) >= 2), [])


def _unsurnamed_name(state, s: int, e: int) -> bool:
    """text[s:e] may be a name with no Han surname in a list of people: a few characters
    jieba knows as a name or rarely, no place, body, title or word of the genre."""
    name = state.text[s:e]
    opened = len(name) == MAX_UNSURNAMED and name[:2] in NAME_OPENERS  # 某某江村: a Tibetan name, whatever its end
    if not MIN_UNSURNAMED <= len(name) <= MAX_UNSURNAMED or not HAN_RUN.fullmatch(name) \
            or is_surname_at(state.text, s) and len(name) > 3 and not opened:
        return False  # (韩某组成: a surname opens a name of three characters at most)
    if name in NOT_NAMES or name[-1] in NOT_NAME_ENDINGS and not opened \
            or name.endswith(tuple(lexicon().titles)) or any(name.endswith(h) for h in lexicon().suffixes):
        return False  # 国家主席, 某某舰
    if state.ctx.covering(s) is not None or any(a < e and s < z for a, z in state.body_spans):
        return False
    t = tag(name)
    return t in ("nr", "nrt", "nrfg") or t is None or freq(name) < RARE_NAME and t not in ("nz", "j", "n")


LIST_JOINERS = words("people/list_joiners")  # 某某和某某出席: the last two items of a list
MAX_ITEM = 4  # characters of a name in a list of people (surname and given name)


def items_before(state, b: int, lo: int) -> list[tuple[int, int]]:
    """The items of a list of people that ends with the name starting at `b` (某某、某某、
    某某等出席; 某某和某某出席), back to `lo`: every item must look like a name, else none
    is read."""
    text, items, e = state.text, [], b - 1
    while e > lo and (text[e] == "、" or not items and text[e] in LIST_JOINERS):
        s = e
        while s > lo and text[s - 1] not in DELIMS and s > e - MAX_ITEM:
            s -= 1
        if not name_like(state, s, e):
            return []
        items.append((s, e))
        e = s - 1
    return items if e < lo or text[e] in DELIMS and text[e] != "、" else []


def _known_end(state, s: int, e: int) -> tuple[int, int] | None:
    """The first item of a list: a person already read at its end (…领导人习近平), else
    the name-like reading at its end (出席会议的有王岐山)."""
    text = state.text
    e = e - len(NOTICE["comrade"]) if text.endswith(NOTICE["comrade"], 0, e) else e
    known = next((nm for nm in state.people if text.endswith(nm, s, e)), None)
    if known:
        return e - len(known), e
    return next(((e - n, e) for n in (3, 2, 4) if e - n >= s and name_like(state, e - n, e)), None)


def _last_item(state, s: int, e: int) -> tuple[int, int] | None:
    """The last item of a list, up to a follower of names (…王岐山等出席)."""
    text = state.text
    for n in (2, 3, 4):
        if s + n <= e and (s + n == e or text.startswith(AFTER_NAME, s + n)):
            return s, s + n
    return None


def name_like(state, s: int, e: int) -> bool:
    """text[s:e] may be a name in a list of people: a surname and one or two characters
    (or a name with a middle dot), not a place, title or body."""
    text = state.text
    name = text[s:e]
    if any(c in name for c in DOT):
        return DOT_NAME.fullmatch(name) is not None
    sl = is_surname_at(text, s) if s < e else 0
    if not sl or e - s - sl not in (1, 2) or not HAN_RUN.fullmatch(name):
        return False
    if name in NOT_NAMES or name in lexicon().titles or name[-1] in NOT_NAME_ENDINGS \
            or name[0] in RISKY_SURNAMES:  # 还有李鹏: 有 is no surname here
        return False
    if state.ctx.covering(s) is not None or any(a <= s < z for a, z in state.body_spans):
        return False
    return True


def _noted_names(state, sent: Sentence) -> None:
    """Names written with a bracketed note of sex or ethnic group (某某（女）, 某某某某（藏族）,
    某某（女，回族）), opening a clause, an item of a list or a roster, or after a title."""
    text = state.text
    for m in NOTED_NAME.finditer(text, sent.start, sent.end):
        e = m.end(1)
        s = next((k for k in range(e - 2, m.start(1) - 1, -1) if _opens_noted(sent, k)), None)
        if s is None or not (m.group(2) or m.group(3)):
            continue
        if text[s:e] in NOT_NAMES or state.ctx.covering(s) is not None \
                or any(a <= s < z for a, z in state.body_spans):
            continue
        add_person(state, text[s:e], s)


def _opens_noted(sent: Sentence, k: int) -> bool:
    """A noted name may start at `k`: the clause, a list item or a roster entry opens
    there, a title ends there, or a verb or particle token ends right before it."""
    text = sent.article
    if k == sent.start or text[k - 1] in CLAUSE_MARKS or text[k - 1].isspace() or sent.titles_end.get(k):
        return True
    prev, tok = sent.token_at(k - 1), sent.token_at(k)
    return prev is not None and tok is not None and tok[0] == k and prev[1] == k \
        and (tag(prev[2]) or "x")[0] in OPENING_TAGS


def _dot_names(state, sent: Sentence) -> None:
    """Names with a middle dot right after a title (自治区主席雪克来提·扎克尔出席), ending at
    a follower of names or a delimiter; after a role noun or opening a clause, ending at a
    follower (牧民某某·某某说, 某某·某某表示)."""
    text = state.text
    for m in DOT_NAME.finditer(text, sent.start, sent.end):
        dot = min(k for k in (text.find(c, m.start(), m.end()) for c in DOT) if k >= 0)
        s = dot
        while s > m.start() and not sent.titles_end.get(s) and text[s - 1] not in DELIMS \
                and not text.endswith(ROLE_NOUNS, 0, s):
            s -= 1  # back to the title, role noun or delimiter before the name
        if sent.titles_end.get(s + 1) and not sent.titles_end.get(s):
            s += 1  # 副委员|长艾力更…: the title goes on
        titled = bool(sent.titles_end.get(s))
        if titled and text[s] == POSSESSIVE and dot - s > 1:
            s += 1  # 时任某县委副书记的某某·某某: the particle opens no name
        if not (titled or text.endswith(ROLE_NOUNS, 0, s) or s == sent.start or text[s - 1] in CLAUSE_MARKS):
            continue
        while not titled and (tok := sent.token_at(s)) is not None and tok[0] == s and tok[1] < dot \
                and tag(tok[2]) in FUNCTION_TAGS:
            s = tok[1]  # 向某某·某某, 并与某某·某某: a preposition or conjunction opens the clause
        if dot - s > MAX_BEFORE_DOT:
            continue
        last_dot = max(text.rfind(c, s, m.end()) for c in DOT)
        e = _dot_name_end(sent, last_dot, m.end())
        role = text.endswith(ROLE_NOUNS, 0, s)
        if titled or role:
            verb = _verb_after_dot_name(sent, last_dot, m.end() if e is None else e)
            e = verb if verb is not None else e  # 党员某·某某|知道后 (not 某某知道|后)
        if e is not None and not titled and not ((text.startswith(AFTER_NAME, e) or role and _verb_at(sent, e))
                                                 and e - last_dot <= MAX_UNTITLED_PART):
            continue  # with no title before it, a verb or particle ends a short last part
        if e is None or state.ctx.covering(s) is not None or _words_inside(sent, s, e):
            continue
        add_person(state, text[s:e], s)
        for item in posts_before(sent, s):
            hold(state, text[s:e], item, sent)


def _dot_name_end(sent: Sentence, last_dot: int, e: int) -> int | None:
    """Where the part after the last dot ends: at a follower of names (…扎克尔|出席) or a
    delimiter; None when neither ends it (…萨拉姆近日: where the name ends is unknown)."""
    text = sent.article
    for k in range(last_dot + 2, e):
        tok = sent.token_at(k)
        if text.startswith(AFTER_NAME, k) or tok is not None and tok[0] == k and tag(tok[2]) == "t":
            return k  # …扎克尔|出席, …萨拉姆|近日
    return e if e - last_dot >= 2 and (e >= len(text) or text[e] in DELIMS) else None


def _verb_at(sent: Sentence, k: int) -> bool:
    """A verb of two characters or more starts a token at `k` (知道, 带领)."""
    tok = sent.token_at(k)
    return tok is not None and tok[0] == k and len(tok[2]) >= MIN_VERB and (tag(tok[2]) or "x") in VERB_END_TAGS


def _verb_after_dot_name(sent: Sentence, last_dot: int, e: int) -> int | None:
    """After a title or a role noun, where a verb ends the part after the last dot, two
    characters or more after it (牧民某·某某|带领…, 党员某·某某|知道后)."""
    for k in range(last_dot + 1 + MIN_LAST_PART, min(e, last_dot + MAX_UNTITLED_PART) + 1):
        prev = sent.token_at(k - 1)
        if prev is not None and prev[1] == k and len(prev[2]) == 1 and (tag(prev[2]) or "x") in FUNCTION_BEFORE_VERB:
            return None  # 某某·某某因|涉嫌: a preposition or adverb, not the name's end
        if _verb_at(sent, k):
            return k if _name_pieces(sent, last_dot + 1, k) else None
    return None


def _name_pieces(sent: Sentence, b: int, e: int) -> bool:
    """text[b:e] is cut into pieces a name is made of: single characters, words jieba does
    not know or tags as names (not 戈恩|因涉嫌: a word)."""
    k = b
    while k < e:
        tok = sent.token_at(k)
        if tok is None:
            return False
        w = sent.article[max(tok[0], b):min(tok[1], e)]
        if len(w) > 1 and tag(tok[2]) is not None and tag(tok[2]) not in PIECE_TAGS:
            return False
        if len(w) > 1 and tag(tok[2]) is None and tok[1] <= e and (tag(w[-1]) or "x") in FUNCTION_BEFORE_VERB:
            return False  # 梅则|批评: an adverb glued to the name's end
        k = tok[1]
    return True


def _words_inside(sent: Sentence, s: int, e: int) -> bool:
    """A word jieba knows, not a name, inside text[s:e] (兼外长伊维察·…, …·戈恩因涉嫌违反,
    …·西苏里独家专访): no name with a middle dot holds one."""
    k = s
    while k < e:
        tok = sent.token_at(k)
        if tok is None:
            return False
        w = tok[2]
        if tok[0] >= s and tok[1] <= e and len(w) >= 2 and tag(w) in WORD_TAGS \
                and (freq(w) >= COMMON_NOUN if tag(w) == "n" else freq(w) > RARE_WORD):
            return True  # (single characters are read as verbs inside names: 雪克来|提·|扎)
        k = tok[1]
    return False


# Parts of speech of ordinary words (nouns, verbs, time words, adverbs) that no
# transliterated name is cut into.
WORD_TAGS = frozenset({"n", "v", "vn", "vd", "t", "d", "ad", "a", "an", "p", "c", "m", "r"})
COMMON_NOUN = 400  # jieba's count from which a noun is an ordinary word (外长), not a name (买买提)
RARE_WORD = 5  # jieba's count at or below which a word is part of a name (阿卜杜|热合|曼)
