"""Programs written without quotes: the national ones the genre names bare (一带一路,
西部陆海新通道) from a table, campaigns before their head (扫黑除恶专项斗争, 某某学习教育),
and, right after a verb of carrying out, names before a program head (实施某某提升工程,
某省实施某某工程), each with its start read back to a proper boundary."""
from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from ..text.script import is_han
from ..text.segmenter import segmenter
from ..text.vocabulary import alternation, chars, rows, word_set, words
from .orgs import PROJECT_HEADS, generic_core
from .program_forms import listed_kind_after, word_starts_at
from .spans import YEAR, Sentence
from .tokens import freq, tag

CAMPAIGN_HEADS = words("programs/campaign_heads")
ITEM_JOINERS = chars("programs/item_joiners")
INNER_JOINERS = word_set("programs/inner_joiners")  # 实施某某和某某提升工程: one name
DESCRIBING_TAGS = ("a", "an", "ad", "b")  # a word before such a joiner that describes a kind
VERB_HEADS = words("programs/verb_heads")
CARRY_VERBS = word_set("programs/carry_verbs")
COMPOUND_HEAD_VERBS = word_set("programs/compound_head_verbs")  # 巩固|提升工程: part of the head
DRAFTING_VERBS = word_set("programs/drafting_verbs")  # 编制|某某行动计划
NAME_STOPS = word_set("programs/name_stops") | DRAFTING_VERBS
TITLE_OPEN, TITLE_CLOSE = chars("programs/title_marks")  # 《加快某某行动计划》: the title is the name
PREDICATES = word_set("programs/predicate_verbs")
SCOPE_OPENERS = words("programs/scope_openers")
PROGRAM_ENDS = words("programs/program_ends")
NOT_CORES = word_set("programs/not_program_cores")
KIND_OPENERS = words("programs/kind_openers")
GLUED_ENDS = word_set("programs/glued_ends")  # 开展某某工程|建设
GLUED_COMMON = 1000  # jieba frequency from which a word of such a name is a common word
KIND_ENDINGS = words("programs/kind_endings")  # 经常性|学习教育: a habit, not a campaign
STOP_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "rr", "rz",
                       "d", "ad", "q", "t", "y", "e", "o", "f"})
SUBJECT_TAGS = frozenset({"ns", "nt"})
# What opens a name without being part of it: a year, a count, an ordinal, a scope word.
OPENER = re.compile(rf"{YEAR.pattern}|(?:{alternation(words('common/ordinal_prefixes'))})?"
                    rf"[\d{chars('common/numerals')}{chars('common/quantity_words')}]+"
                    rf"[{chars('common/counters')}]|{alternation(SCOPE_OPENERS)}")
FIGURATIVE_HEADS = words("programs/figurative_heads")
NUMERALS = chars("common/numerals")
COMMON_WORD = 30  # jieba frequency from which a word is common
MAX_CORE = 16  # characters a program's name may have before its head
COMMON_VERB = 200  # jieba frequency from which a verb alone names no program (改善; not 打拐)
DURATION_TAGS = frozenset({"m", "t", "mq"})  # 三年 between a core and its head
# A known program's form glued to what makes it a body (一带一路办, 河长制办).
BODY_AFTER = chars("programs/body_after_known")
OPENING_QUOTES = "“‘「"
CLOSING_QUOTES = "”’」"
LIST_CLOSERS = word_set("programs/list_closers")  # 某某、某某等|重点领域三年行动: the kind of the list
PLAN_PERIODS = word_set("programs/plan_periods")  # “十四五”某某行动计划: the plan's period
YEARS_HEADS = tuple(words("programs/counted_years_heads"))  # 某某提升五年|行动: the years are part of the name
# A count of years (五年, 3年; not a centenary, 百年, nor a date, 2018年) right before such a head.
COUNTED_YEARS = re.compile(rf"(?:\d{{1,2}}|[{chars('programs/year_count_numerals')}]{{1,3}})"
                           rf"(?:{alternation(words('programs/year_count_units'))})")


@lru_cache(maxsize=1)
def known() -> tuple[dict[str, str], ahocorasick.Automaton]:
    """Every written form of the national programs, mapped to the program's name, and an
    automaton over those forms."""
    forms: dict[str, str] = {}
    for name, *others in rows("programs/national", ".tsv"):
        for form in (name, *others):
            forms[form] = name
            forms.setdefault(form.replace("“", "").replace("”", ""), name)
    ac = ahocorasick.Automaton()
    for form in forms:
        ac.add_word(form, form)
    ac.make_automaton()
    return forms, ac


def figurative(name: str) -> bool:
    """A common two-character word before a figurative head (民心工程, 面子工程): a figure
    of speech, not a program."""
    head = next((h for h in FIGURATIVE_HEADS if name.endswith(h)), None)
    word = name[:-len(head)] if head else ""
    return len(word) == 2 and freq(word) >= COMMON_WORD \
        and not any(c.isdigit() or c in NUMERALS for c in word)  # 三千工程: a number names a program


def canonical(name: str) -> str:
    """The name of the national program `name` is a form of, else `name`."""
    return known()[0].get(name, name)


def read_unquoted(sent: Sentence) -> list[tuple[str, str, int]]:
    """(name, written form, article position) of every program the sentence names without
    quotes."""
    found = _known_in(sent)
    taken = [(p, p + len(form)) for _, form, p in found]
    for head in CAMPAIGN_HEADS + VERB_HEADS:
        k = sent.text.find(head)
        while k >= 0:
            s = sent.start + k
            e = s + len(head)
            if not any(a <= s < b or a < e <= b for a, b in taken):
                hit = _headed(sent, s, e, head in VERB_HEADS)
                if hit is not None:
                    found.append(hit)
                    taken.append((hit[2], e))
            k = sent.text.find(head, k + 1)
    return found


def _known_in(sent: Sentence) -> list[tuple[str, str, int]]:
    forms, ac = known()
    best: dict[int, str] = {}
    for end, form in ac.iter(sent.text):
        start = end + 1 - len(form)
        if len(form) > len(best.get(start, "")):
            best[start] = form
    out, last = [], -1
    for start in sorted(best):
        form = best[start]
        if start < last:
            continue
        s, e = sent.start + start, sent.start + start + len(form)
        if not _whole_words(sent, s, e) or sent.article[e:e + 1] and sent.article[e] in BODY_AFTER:
            continue
        out.append((forms[form], form, s))
        last = start + len(form)
    return out


def _whole_words(sent: Sentence, s: int, e: int) -> bool:
    """[s, e) starts and ends at token boundaries (not 一带一路 inside a longer word)."""
    first, last = sent.token_at(s), sent.token_at(e - 1)
    return (first is None or first[0] >= s or not is_han(sent.article[s])) \
        and (last is None or last[1] <= e or not is_han(sent.article[e - 1]) or word_starts_at(sent, e))


def _headed(sent: Sentence, s: int, e: int, needs_verb: bool) -> tuple[str, str, int] | None:
    """The program whose head is [s, e): read back from the head to a stop; a head that
    names a program only after a verb of carrying out needs one there."""
    text = sent.article
    last = sent.token_at(e - 1)
    if last is None or last[1] != e and not (needs_verb and text[e:last[1]] in GLUED_ENDS) \
            or not _ends_name(sent, e):
        return None  # 战略合作, 工程师: the head is part of a longer word or name
    if s > sent.start and text[s - 1] in "”」":
        return None  # a quoted name before its head: read by `programs.read_programs`
    b, verb = _read_back(sent, s)
    if _after_list(sent, b):
        return None  # 某某、某某等|重点领域五年行动: the kind of the items listed, not one program
    if _drafted_kind(sent, b, s):
        return None  # 各地…编制|某某五年行动计划: a kind of plan each body is to draft
    b = _title_start(sent, b, e)
    if _after_quote(text, b, sent.start):
        return None  # “某某”|招聘专项行动: the quoted words open the name
    if needs_verb and not verb and not _listed_after(sent, b) and not listed_kind_after(text, e):
        return None
    b = _strip_openers(text, b, s)
    core = text[b:s]
    if not 2 <= len(core) <= MAX_CORE or core in NOT_CORES or generic_core(core) \
            or core.startswith(KIND_OPENERS) or core.endswith(KIND_ENDINGS):
        return None  # 重点工程, 专项治理三年行动: a kind of program, not one
    if _common_verb(core):
        return None  # 空气质量持续|改善行动计划, 迅速|调整行动计划: a verb of the clause, cut
    if needs_verb and (len(core) < 3 and not any(c.isdigit() for c in core)
                       or _verbs_only(sent, b, s)):
        return None  # 实施新工程, 开展春季行动: too short to name one program
    name = text[b:e]
    if name.endswith(PROJECT_HEADS) or figurative(name):
        return None  # 某某调水工程: a construction project, read with the bodies
    if last[1] != e and all(freq(w) >= GLUED_COMMON for w in segmenter().dictionary_words(core)):
        return None  # 完成城市地下工程建设: works of a kind, in common words only
    return canonical(name), name, b


def _after_list(sent: Sentence, b: int) -> bool:
    """The read of a name stopped at the word closing a list (某某、某某等|…行动)."""
    tok = sent.token_ending(b)
    return tok is not None and tok[2] in LIST_CLOSERS


def _drafted_kind(sent: Sentence, b: int, s: int) -> bool:
    """The read stopped at a verb of drafting and the name counts its years before the head
    (编制|某某建设五年行动计划): a plan of a kind to be drafted, not one program."""
    tok = sent.token_ending(b)
    before = sent.token_at(s - 1)
    return tok is not None and tok[2] in DRAFTING_VERBS and before is not None \
        and COUNTED_YEARS.fullmatch(sent.article, before[0], s) is not None


def _title_start(sent: Sentence, b: int, e: int) -> int:
    """Where a name that closes a document title starts: at the title's opening when one stop
    word stands between it and the read (《加快|某某五年行动计划》: the title is the name)."""
    text = sent.article
    if text[e:e + 1] != TITLE_CLOSE or b <= sent.start or text[b - 1] == TITLE_OPEN:
        return b
    tok = sent.token_ending(b)
    if tok is None or tok[0] <= sent.start or text[tok[0] - 1] != TITLE_OPEN \
            or tok[2] not in NAME_STOPS or tok[2] in DRAFTING_VERBS:
        return b
    return tok[0]


def _after_quote(text: str, b: int, start: int) -> bool:
    """A name read back to a closing quote right before it (“百日千万”|招聘专项行动,
    “净海2024”|打击某某专项行动): the quoted words open the campaign's name, which
    `programs.read_programs` reads whole; not a plan's period or a year quoted before a plan
    (“十四五”|某某行动计划)."""
    if b <= start or text[b - 1] not in CLOSING_QUOTES:
        return False
    o = max(text.rfind(q, start, b - 1) for q in OPENING_QUOTES)
    quoted = text[o + 1:b - 1] if o >= 0 else ""
    return not (quoted in PLAN_PERIODS or quoted.isdigit())


def _common_verb(core: str) -> bool:
    """The words before a head, but for a duration (三年), are one common verb (改善|行动计划,
    突破|三年行动, 调整|行动计划): the name was cut after the clause's adverb or object
    (空气质量持续|改善…), or is a verb of the sentence; not a campaign's own verb (打拐)."""
    toks = segmenter().dictionary_words(core)
    while len(toks) > 1 and tag(toks[-1]) in DURATION_TAGS:
        toks = toks[:-1]
    return len(toks) == 1 and (tag(toks[0]) or "").startswith("v") and freq(toks[0]) >= COMMON_VERB


def _listed_after(sent: Sentence, b: int) -> bool:
    """The name starting at `b` follows a joiner and a program carried out by a verb
    (实施某某计划和|某某行动): the verb carries both."""
    text = sent.article
    if b - 1 <= sent.start or text[b - 1] not in ITEM_JOINERS:
        return False
    head = next((h for h in CAMPAIGN_HEADS + VERB_HEADS if text.endswith(h, sent.start, b - 1)), None)
    return head is not None and _read_back(sent, b - 1 - len(head))[1] is not None


def _verb_to(sent: Sentence, b: int, s: int) -> bool:
    """One verb token spans [b, s) (the 提升 of 巩固提升工程)."""
    tok = sent.token_at(b)
    return tok is not None and tok[0] == b and tok[1] == s and (tag(tok[2]) or "").startswith("v")


def _verbs_only(sent: Sentence, b: int, s: int) -> bool:
    """Every token of [b, s) is a verb (巩固提升工程 alone: a kind of works, no name)."""
    i = b
    while i < s:
        tok = sent.token_at(i)
        if tok is None or not (tag(tok[2]) or "").startswith("v"):
            return False
        i = tok[1]
    return True


def _strip_openers(text: str, b: int, s: int) -> int:
    """Drop a date, a count (5项, 第二轮) and a scope word (全国) opening a name."""
    for _ in range(3):
        m = OPENER.match(text, b, s)
        if m is None or s - m.end() < 2:
            break
        b = m.end()
    return b


def _ends_name(sent: Sentence, e: int) -> bool:
    """What follows a head lets the name end there."""
    text = sent.article
    if e >= sent.end or not is_han(text[e]):
        return True
    if text.startswith(PROGRAM_ENDS, e):
        return True
    nxt = sent.token_at(e)
    t = tag(nxt[2]) if nxt is not None else None
    return t is not None and t.startswith("v") and t != "vn"


def _subject_before(sent: Sentence, pos: int) -> bool:
    """A place or a body's word ends at `pos` (the subject of a verb starting there)."""
    if pos <= sent.start:
        return False
    if sent.ctx.covering(pos - 1) is not None:
        return True
    tok = sent.token_at(pos - 1)
    return tok is not None and tag(tok[2]) in SUBJECT_TAGS


def _through_joiner(sent: Sentence, s: int, i: int, joiner: int) -> tuple[int, str | None]:
    """The read of a name ending at `s` that met a joiner at `joiner` (the name read so far
    starts at `i`): through it when a verb of carrying out opens the words before it, they
    end with no program head (实施某某和某某提升工程: one program; not 实施某某计划和某某行动,
    two) nor an adjective, and two characters or more stand on each side; else stopped at
    the joiner."""
    text = sent.article
    if joiner - sent.start < 2 or s - i < 2 or text.endswith(tuple(CAMPAIGN_HEADS + VERB_HEADS), sent.start, joiner):
        return i, None
    before = sent.token_at(joiner - 1)
    if before is None or tag(before[2]) in DESCRIBING_TAGS:
        return i, None  # 困难和亏损企业: qualities of a kind, not the nouns of one name
    b, verb = _read_back(sent, joiner)
    if verb is None or joiner - b < 2 or s - b > MAX_CORE:
        return i, None
    return b, verb


def _read_back(sent: Sentence, s: int) -> tuple[int, str | None]:
    """Where a program's name ending at `s` begins, and the verb of carrying out before it
    (None when the read stopped elsewhere)."""
    text = sent.article
    i = s
    while i > sent.start and s - i <= MAX_CORE:
        c = text[i - 1]
        if not (is_han(c) or c.isdigit()):
            return i, None
        tok = sent.token_at(i - 1)
        if tok is None:
            return i, None
        word = tok[2]
        if tok[1] == s and COUNTED_YEARS.fullmatch(text, tok[0], s) and text.startswith(YEARS_HEADS, s):
            i = tok[0]
            continue  # 某某提升五年|行动: the count of years is part of the name, read on
        if word in CARRY_VERBS:
            if word in COMPOUND_HEAD_VERBS and _verb_to(sent, tok[1], s):
                i = tok[0]
                continue  # 某某巩固提升工程: the verb opens the head, the name reads on
            return i, word
        if word in NAME_STOPS or word in PREDICATES or tag(word) in STOP_TAGS or sent.title_before(i):
            if word in INNER_JOINERS:
                return _through_joiner(sent, s, i, tok[0])
            return i, None
        if tag(word) == "v" and _subject_before(sent, tok[0]):
            return i, None  # 某市举办…: a subject and its verb before the name
        i = max(tok[0], sent.start)
    return i, None
