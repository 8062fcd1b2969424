"""Bodies and task forces refused for what opens or owns them, beside
`kg.extract.refuse_bodies`: a name opened by a one-character word of the sentence
(事故发生后|某县政府, 240|家|某某医院) or by a date (本月16号|调查小组), a room written
with its number (某区3号厅), a bare national ministry's name in sentences about a
foreign country only (某国…财政部部长), two bodies joined by 和 after a head (某委员会和某中心), a task force with no place, body or country before its topic
in a sentence about two countries' dealings (双方…成立气候变化工作组: a mechanism of the
two sides, written without them), a task force cut after a quoted part of its name
(某市“某某”宣讲团 read as 宣讲团), and a crew of a kind (党员服务队, 青年突击队) to which
the build gave the article's place.
Words are data (kg/data/vocab/refuse/)."""
from __future__ import annotations

import re

from ..gazetteer import gazetteer
from ..text.script import is_han
from ..text.segmenter import segmenter
from ..text.vocabulary import alternation, chars, rows, words
from ..resolve.aliases import tables
from .lexicon import ESTABLISH_VERBS
from .refuse_kinds import (CHINA_MARKERS, CHINESE_LEVELS, GENERIC_TEAM_WORDS, QUOTES,
                           SENTENCE_STOPS, _foreign_pattern, clause_start, ending, sentence_start, team_words)
from .tokens import tag

# Two countries named by their short names (中美, 中越): a team they open is theirs.
BOTH_SIDES = tuple(sorted(words("refuse/two_country_marks"), key=len, reverse=True))
BILATERAL = re.compile(alternation([*words("refuse/bilateral_marks"), *BOTH_SIDES]))
TEAM_OWNERS = tuple(words("refuse/team_owners"))
SENTENCE_OPENERS = frozenset(chars("refuse/sentence_openers"))
CREW_HEADS = tuple(sorted(words("refuse/crew_heads"), key=len, reverse=True))
OWNER_WORDS = tuple(words("refuse/owner_words"))
GENERIC_OR_OWNER = tuple(sorted(GENERIC_TEAM_WORDS + OWNER_WORDS, key=len, reverse=True))
# A date or a count with its measure word before the name (16号, 8日, 240家).
_MARKS = {row[0]: "".join(" ".join(row[1:]).split()) for row in rows("refuse/number_marks", ".tsv")}
DATED = re.compile(rf"^[0-9０-９]+[{_MARKS['date']}]")
# One of a kind written after a place (某国首都一法院, 某州一医院): no name; not a numbered
# one (某市一医院, 第一医院, 八一学校).
_BEFORE_ONE = chars('refuse/level_chars_before_one') + chars('common/numerals') + chars('common/ordinal_prefixes')
ONE_OF_KIND = re.compile(rf"(?<![{_BEFORE_ONE}]){_MARKS['one']}"
                         rf"(?:{alternation(words('refuse/kind_heads_after_one'))})$")
ROOM = re.compile(rf"[0-9０-９]+{_MARKS['room']}[{chars('refuse/room_heads')}]$")
# Tags of a one-character word that no name opens with: a preposition, a conjunction, a
# particle (measure words are refuse/sentence_openers' counters: 张 and 集 open places).
OPENER_TAGS = frozenset({"p", "c", "u", "uj", "ul"})
# Tags of a first word that names an owner: a place, a body, a person, a brand.
OWNER_TAGS = frozenset({"ns", "nt", "nr", "nrt", "nz", "j"})
LABELS = ("Organization", "TaskForce")
# Words that open a national body's name as China's (中国, 国家, 中共, 全国, 中央, 国务院).
CHINA_OPENERS = tuple(words("refuse/china_body_openers"))
MINISTRY = tuple(words("refuse/ministry_heads"))
HYPHENS = "-－"
SEND_VERBS = tuple(words("refuse/send_verbs"))
HEAD_ENDS = chars("refuse/head_ends")
BODY_JOINERS = frozenset(chars("refuse/body_joiners"))
CLOSING_QUOTES = "”’」"
STOPS_BEFORE_QUOTE = "。！？!?，,；;：:…"


def refused_opening(label: str, name: str) -> bool:
    """Whether a body's or task force's name is opened by a date or a one-character word
    of the sentence (后|某县政府, 家|某某医院, 现|某某), or is a numbered room (3号厅), one of a kind (某国首都一法院) or
    two bodies joined (某委员会和某中心)."""
    if label not in LABELS:
        return False
    if DATED.match(name) or label == "Organization" and (ROOM.search(name) or joined_bodies(name)):
        return True
    if label == "Organization" and ONE_OF_KIND.search(name):
        return True
    toks = segmenter().dictionary_words(name[:8])
    if not (toks and len(toks[0]) == 1 and len(toks) > 1):
        return False
    if toks[0] not in SENTENCE_OPENERS and tag(toks[0]) not in OPENER_TAGS:
        return False
    return not any(gazetteer().lookup(name[:j]) for j in range(2, 5))  # 于都县委, 和县


def joined_bodies(name: str) -> bool:
    """A body's name that joins two bodies: a joining word standing as a word of its own
    right after a word of three characters or more that ends as a body's head does (某某委员会
    和疾控中心, 某部和某总局; not 发展和改革委员会, 社会和法制委员会, 公安局|和平|分局)."""
    toks = segmenter().dictionary_words(name)
    at = 0
    for i, word in enumerate(toks):
        if word in BODY_JOINERS and i > 0 and len(toks[i - 1]) >= 3 and toks[i - 1][-1] in HEAD_ENDS \
                and len(name) - at > 3:
            return True  # 委员会|和, 财政部|和; not 社会|和 (a word of two that ends so)
        at += len(word)
    return False


def unowned_team(name: str, form: str, k: int, text: str, ctx) -> bool:
    """A task force written as `form` at `k`, named as written (no place resolved into
    it), whose first word names no place, body, country or person, and that is someone
    else's: sent by a body its clause names (某局派出|现场应急工作队), or in a sentence (or
    the one before it) about two countries' dealings (双方, 两国, 中美) or naming a foreign
    country (成立网络工作组, 金融合作工作组): one side's or both sides' team written without
    them, not one this graph can name."""
    bare = form.strip(QUOTES)
    if name != bare or _owned(bare, k, ctx):
        return False
    clause = text[clause_start(text, k):k]
    if any(v in clause for v in SEND_VERBS):
        return True
    lo = sentence_start(text, max(0, sentence_start(text, k) - 1))
    hi = k + len(form)
    while hi < len(text) and text[hi] not in SENTENCE_STOPS:
        hi += 1
    return bool(BILATERAL.search(text, lo, hi) or _foreign_named(text, lo, hi, ctx))


def _foreign_named(text: str, lo: int, hi: int, ctx) -> bool:
    """Whether a foreign country is named in text[lo:hi], not as part of a longer Chinese
    place's name (蒙古 in 内蒙古)."""
    for m in _foreign_pattern().finditer(text, lo, hi):
        c = ctx.covering(m.start()) if ctx is not None else None
        if c is None or c.level not in CHINESE_LEVELS or c.end - c.start <= m.end() - m.start():
            return True
    return False


def sided_team(name: str, form: str) -> bool:
    """A team of two countries (中德某某工作组) to which the build gave the article's
    place (name = place + form): theirs, not the place's."""
    bare = form.strip(QUOTES)
    return bare != name and name.endswith(bare) and bare.startswith(BOTH_SIDES)


def _owned(form: str, k: int, ctx) -> bool:
    """Whether a team's name opens with its owner: a place of the article, a country, a
    word of refuse/team_owners (中央, 国务院), or a word the segmenter tags as a place,
    body, person or brand."""
    if form.startswith(TEAM_OWNERS) or _foreign_pattern().match(form) or form.startswith(BOTH_SIDES):
        return True
    if ctx is not None and ctx.starting(k) is not None:
        return True
    toks = segmenter().dictionary_words(form[:8])
    return bool(toks) and tag(toks[0]) in OWNER_TAGS


def foreign_ministry(name: str, found: list[tuple[int, str]], text: str, ctx) -> bool:
    """A national ministry's bare name (司法部, 财政部: a name of the national table that ends
    with 部 and opens with no word of China's; not an international body's) whose every mention follows a foreign country or city in its sentence,
    which names neither China nor a Chinese place (某国政府改组，更换财政部部长): that
    country's ministry, not China's."""
    if not name.endswith(MINISTRY) or name not in tables().central or name.startswith(CHINA_OPENERS):
        return False
    for k, form in found:
        lo, hi = sentence_start(text, k), k + len(form)
        while hi < len(text) and text[hi] not in SENTENCE_STOPS:
            hi += 1
        if not _foreign_pattern().search(text, lo, k) or CHINA_MARKERS.search(text, lo, hi):
            return False
        if ctx is not None and any(m.level in CHINESE_LEVELS for m in ctx.inside(lo, hi)):
            return False
    return True


def cut_after_hyphen(form: str, k: int, text: str) -> bool:
    """A body written right after one hyphen that follows a Han character: cut from a name
    of two sides (中国-某国高级混合委员会 read from the second on); not after a dash (--)."""
    return k >= 2 and text[k - 1] in HYPHENS and is_han(text[k - 2]) and form[0] not in HYPHENS


def after_quoted(form: str, k: int, text: str) -> bool:
    """A task force written right after a closing quote that closes a phrase, not a
    sentence (某市“某某”宣讲团 read as 宣讲团; not 。”某某专班): the quoted words are
    part of its name, which the form lacks."""
    return k >= 2 and text[k - 1] in CLOSING_QUOTES and form[0] not in QUOTES \
        and text[k - 2] not in STOPS_BEFORE_QUOTE


def placed_crew(name: str, form: str, k: int, text: str) -> bool:
    """A crew of a kind (党员服务队, 志愿服务队, 青年突击队: generic or owner words before a
    crew's head) to which the build gave the article's place (name = place + form), when
    its clause does not say that place or body set it up (某县组建党员突击队 is the county's
    one team): many places set such crews up, and the article names none of them."""
    bare = form.strip(QUOTES)
    if bare == name or not name.endswith(bare) or not ending(bare, CREW_HEADS):
        return False
    if team_words(bare, GENERIC_OR_OWNER) is None:
        return False
    owner = name[: len(name) - len(bare)]
    clause = text[clause_start(text, k):k]
    verb = max((clause.rfind(v) for v in ESTABLISH_VERBS), default=-1)
    return not (verb > 0 and (owner in clause[:verb] or owner[:-1] in clause[:verb] and len(owner) > 2))
