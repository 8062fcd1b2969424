"""Kinds of bodies and task forces refused once the article is read, beside
`kg.extract.refuse_kinds`: a venue where something is held (在某某国际会议中心举行), a
foreign country's subdivision read as a body (某国某某州), teams of a foreign side
(泰方工作组) or with a foreign country's name and nothing of China's, teams named by an
owner word and generic words alone (党小组, 部门工作专班), and task forces whose place the
build took from the article while the team is no team of that place: one named only by
generic or owner words with no place in its clause (村里成立志愿服务队), one of a national
body or a river's basin (长江防汛抗旱总指挥部), an aid team (援宁工作队); bodies whose
name ends with no body's last character (某委员会第一, a person's or a place's name) or
holds a person of the article before a word of the sentence (某人同某委员会), or that
list several (某市等七地海关).
Words are data (kg/data/vocab/refuse/)."""
from __future__ import annotations

import re
from functools import cache

from ..resolve.aliases import tables
from ..places.matching import COUNT_CHARS
from ..text.script import is_han
from ..text.segmenter import segmenter
from ..text.vocabulary import alternation, chars, rows, word_set, words
from .context import LEVEL_CHARS
from .refuse_kinds import (GENERIC_TEAM_WORDS, QUOTES, _foreign_pattern, sentence_start,
                           team_words, world_rows)
from .tokens import tag

VENUE_HEADS = tuple(words("refuse/venue_heads"))
VENUE_BEFORE = tuple(words("refuse/venue_before"))
OWNER_WORDS = tuple(sorted(words("refuse/owner_words"), key=len, reverse=True))
GENERIC_OR_OWNER = tuple(sorted(GENERIC_TEAM_WORDS + OWNER_WORDS, key=len, reverse=True))
NATIONAL_OWNERS = tuple(words("refuse/national_team_owners"))
AID_MARKS = re.compile(alternation(words("refuse/aid_marks")))
AID_OPENERS = chars("refuse/aid_openers")
FOREIGN_SIDES = tuple(words("refuse/foreign_sides"))
FOREIGN_PLACE_ENDS = tuple(chars("refuse/foreign_place_ends"))
CHINA_TEAM = re.compile(alternation(words("refuse/china_team_marks")))
ANAPHOR = re.compile(rf"[{chars('common/anaphor_determiners')}][{LEVEL_CHARS}]")  # 该县, 全市
CUT_TITLES = tuple(words("refuse/cut_titles"))
HEAD_ENDS = chars("refuse/head_ends")
_WORDS = {row[0]: tuple(row[1].split()) for row in rows("refuse/body_words", ".tsv")}
LOCAL = _WORDS["local"]  # the article's own place (当地)
COMMAND_HEADS = _WORDS["command"]  # a place's command post keeps its place (现场指挥部)
NATIONAL_AFTER = _WORDS["national"][0]  # 某市全国人大
CHINA_OPENERS = _WORDS["china"]
TITLE_CLOSERS = _WORDS["closers"]  # 外交部部长
FORMER_AFTER = _WORDS["former"]  # 民政部原副部长
STATIONED = _WORDS["stationed"][0]  # 某公司驻某国首都办事处
JOINERS = "".join(_WORDS["joiners"])  # 某人同某委员会
PLACE_REACH = 150  # characters before a task force within which its place is named
PLACE_TIMES = 3  # mentions of a place that make an article about it
AWAY = chars("refuse/away_marks")
# Tags of the word after a person's name inside a body's name that make it a phrase of the
# sentence (某人和|某委员会, 某人为|某部, 某人先后|同): a conjunction, preposition, adverb,
# verb, number or time, or a place (某人|某市某局).
SENTENCE_TAGS = frozenset({"c", "p", "d", "ad", "v", "m", "t", "ns"})


# a mark of a list and a count inside a name (refuse/collective_marks): bodies of several
# places or kinds listed as one, not one body
_MARK, *_AFTER = words("refuse/collective_marks")
COLLECTIVE = re.compile(f"{_MARK}(?:[0-9０-９{COUNT_CHARS}]+|{'|'.join(_AFTER)})")


@cache
def body_last_chars() -> frozenset[str]:
    """Last characters of bodies' names: those of the heads in org_suffixes.tsv and
    refuse/body_last_chars."""
    return frozenset(row[0][-1] for row in rows("org_suffixes", ".tsv")) | frozenset(chars("refuse/body_last_chars"))


def refused_body(label: str, name: str) -> bool:
    """Whether `name` of `label` is refused by its words alone."""
    if label == "Organization":
        return _foreign_place(name) or unheaded(name) or COLLECTIVE.search(name) is not None
    if label == "TaskForce":
        return name.startswith(FOREIGN_SIDES) or owner_team(name) or _foreign_team(name)
    return False


def unheaded(name: str) -> bool:
    """A body whose name (less a closing bracket's part: 某某（某某）) ends with a Han
    character that ends no body's name (某国外交部第一, 某某有关部门的, 某市某村村), and
    that is no national body's known name."""
    core = name[: name.rindex("（")] if name.endswith("）") and "（" in name else name
    return bool(core) and is_han(core[-1]) and core[-1] not in body_last_chars() \
        and name not in tables().central


def holds_person(name: str, persons: set[str]) -> bool:
    """A body whose name holds the name of a person of the article followed by nothing
    or by a word of the sentence (某人8日同某委员会, 某人和某组织, 某人为某部, 某人|某市
    某局), or opened by the person before a national body (某人全国政协): not a body named
    after a person (某某基金会, 某某纪念医院)."""
    for person in persons:
        at = name.find(person) if len(person) >= 2 else -1
        if at < 0:
            continue
        rest = name[at + len(person):]
        if not rest or rest[0].isdigit() or at == 0 and rest in tables().central:
            return True  # 某人|全国政协: a national body is named after no one
        toks = segmenter().dictionary_words(rest)
        if toks and (tag(toks[0]) in SENTENCE_TAGS or toks[0][0] in JOINERS):
            return True
    return False


def _foreign_place(name: str) -> bool:
    """A foreign country followed by its state or city (某国某某州, 美国某州某市): a place."""
    m = _foreign_pattern().match(name)
    if m is None or m.end() == len(name):
        return False
    tail = _foreign_pattern().search(name, m.end())
    return name.endswith(FOREIGN_PLACE_ENDS) or tail is not None and tail.end() == len(name)


def _foreign_team(name: str) -> bool:
    """A team with a foreign country's name and no word of China's (某国联合行动指挥部; not
    a city's: 欧安组织明斯克小组)."""
    return bool(_country_pattern().search(name)) and not CHINA_TEAM.search(name) \
        and not name.startswith(CHINA_OPENERS)


@cache
def _country_pattern() -> re.Pattern:
    """Names of foreign countries (short and full: the first two cells of a row of the
    world table), less refuse/not_foreign."""
    names = {n for cells in world_rows() for cell in cells[:2] for n in cell.split("/")
             if len(n) >= 2} - word_set("refuse/not_foreign")
    return re.compile(alternation(sorted(names, key=len, reverse=True)))


def owner_team(form: str) -> bool:
    """A task force named by owner words and generic words alone (党小组, 企业服务专班,
    部门工作专班), with at least one owner word."""
    cut = _generic_words(form.strip(QUOTES))
    return cut is not None and any(w in OWNER_WORDS for w in cut)


def venue_only(name: str, found: list[tuple[int, str]], text: str) -> bool:
    """A body named with a venue's head whose every mention is the place of an event or a
    visit (在某某会议中心举行, 抵达某某行政中心)."""
    return name.endswith(VENUE_HEADS) and all(text.endswith(VENUE_BEFORE, 0, k) for k, _ in found)


def stationed_abroad(name: str, found: list[tuple[int, str]], text: str) -> bool:
    """A body named by a foreign country or city whose every mention follows 驻: the
    office abroad of the body before it, named without it (某航空公司驻|某国首都办事处)."""
    return bool(_foreign_pattern().match(name)) and all(k > 0 and text[k - 1] == STATIONED for k, _ in found)


def cut_before_title(name: str, form: str, k: int, text: str) -> bool:
    """A body whose mention lost its last character to a title (某国财政|部长), or is
    followed by 原 before a title (民政部原|副部长) read into it."""
    end = k + len(form)
    return not name.endswith(TITLE_CLOSERS) and text.startswith(CUT_TITLES, end) \
        or name.endswith(FORMER_AFTER) and len(name) > 1 and name[-2] in HEAD_ENDS


def national_after_place(name: str, ctx) -> bool:
    """A place glued before a national body (某市全国人大): a delegation or a list, not a
    body of that place."""
    at = name.find(NATIONAL_AFTER)  # not 中央 (某市中央小学)
    return at > 0 and ctx is not None and ctx.is_mentioned(name[:at])


def resolved_team(name: str, form: str, k: int, text: str, ctx) -> bool:
    """A task force written as `form` at `k` that took its place from the article
    (name = place + form) and is no team of that place: an aid team (援宁工作队), one of
    a national or international body or a basin (长江…总指挥部, 公安部…工作组), one whose
    place the article does not name shortly before it (but a command post named by
    generic words, the scene's: 现场指挥部), or a team named by generic or owner words
    alone (志愿服务队, 党小组) whose sentence names neither that place (but as where one
    goes: 驻某市) nor 该县/全市/当地."""
    bare = form.strip(QUOTES)
    if form == name or not name.endswith(form):
        return False
    place = name[: len(name) - len(form)]
    if ctx is None or not ctx.is_mentioned(place):
        return False  # 永川区“某某”服务队: more than a place before the form
    if _aid(bare) or bare.startswith(NATIONAL_OWNERS) or _central_start(bare):
        return True
    generic = _generic_words(bare) is not None
    if generic and bare.endswith(COMMAND_HEADS):
        return False
    if not _named_before(place, k, ctx):
        return True
    if not generic or bare.endswith(COMMAND_HEADS):
        return False
    lo = sentence_start(text, k)
    if any((m.name.startswith(place) or place.startswith(m.name))
           and not (m.start > 0 and text[m.start - 1] in AWAY) for m in ctx.inside(lo, k)):
        return False
    return not ANAPHOR.search(text, lo, k) and not any(w in text[lo:k] for w in LOCAL)


def _named_before(place: str, k: int, ctx) -> bool:
    """Whether the article names `place` within the PLACE_REACH characters before `k` (a
    story of a roundup names its place near its task forces) or is about it: names it
    PLACE_TIMES times or more."""
    def same(m) -> bool:
        return m.name.startswith(place) or place.startswith(m.name)
    return any(same(m) and m.end <= k for m in ctx.inside(max(0, k - PLACE_REACH), k)) \
        or sum(map(same, ctx.mentions)) >= PLACE_TIMES


def _central_start(form: str) -> bool:
    """A team's form opened by a national body's name (公安部前方工作组, 国家减灾委工作组)."""
    central = tables().central
    return any(form[:i] in central for i in range(2, min(len(form), 12)))


def _aid(form: str) -> bool:
    """A team of aid (援宁工作队, 对口帮扶工作队; not 救援指挥部)."""
    return any(m.start() == 0 or form[m.start() - 1] in AID_OPENERS for m in AID_MARKS.finditer(form))


def _generic_words(form: str) -> list[str] | None:
    """The generic or owner words before a team's head that make up the whole of `form`
    (志愿服务队 → [志愿], 党小组 → [党]); None when any other word is there."""
    return team_words(form, GENERIC_OR_OWNER)
