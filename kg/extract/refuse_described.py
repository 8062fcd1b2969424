"""Programs and projects that describe rather than name, refused once the article is
read, beside `kg.extract.refuse_programs`. By their words: a program that is one verb of
a list of quoted steps (“调研”“推广”三大行动 → 推广), a clause with 把 (某部把学习教育),
who takes part alone before a head often a verb's object (全省学习教育), the activities
of a commemorative day (世界某某日活动; not a theme day of a party branch, 主题党日活动,
nor an open day), the events of a ceremony or an anniversary (某某开幕式活动, 某某50周年
活动), periods or rounds counted before a program (4期某某行动计划, 两轮某某工程), a year's
plan (某州2013年计划); a project named by
a slogan of two characters and generic words (“三保”建设项目), a region's network (长三角
地区城际铁路, 桃临两地高铁). Where the article writes them: a name written only from inside a
place (某市|新区至某地高速铁路), after a route's first end (某地至|某地高速公路某某特大桥),
ending a dated title after a character of it (《某某推动“某某”某某行动计划（2017-2020）》),
right after a Latin letter (ABC|认证某某专项行动) or a quoted object and 及 (“某某”及|某某
专项治理); a project counted right after (某某项目30多个。) or a work named only in
foreign sentences and in headlines before one (某某大桥附近起火 / 据某国消防部门…).
Words are data (kg/data/vocab/refuse/)."""
from __future__ import annotations

import re

from ..text.script import is_han
from ..text.segmenter import segmenter
from ..text.vocabulary import alternation, chars, table, word_set, words
from .refuse_kinds import PROJECT_WORD, PROJECT_WORKS, SENTENCE_STOPS, _foreign_pattern, _foreign_sentence
from .tokens import tag

PROGRAM_HEADS = tuple(words("programs/heads"))
VERB_TAGS = frozenset({"v", "vn"})
CLAUSE_MARKS = word_set("refuse/clause_marks")
OBJECT_HEADS = tuple(words("refuse/object_program_heads"))
SCOPE_OPENERS = tuple(words("refuse/scope_words"))
SCOPE_ENDS = tuple(words("refuse/scope_ends"))
MAX_SCOPE = 3  # characters of a scope opened by 全 (全省, 全局, 全系统)
MARKS = table("refuse/described_marks")
DAYS, (EVENT,), EVENT_KINDS = MARKS["day"], MARKS["event"], MARKS["event_kinds"]
(YEAR_PLAN,) = MARKS["year_plan"]
NOT_DAY_ENDS = tuple(words("refuse/day_event_excluded"))
MIN_DAY_NAME = 2  # characters before 日 that name a day (水日 is no day's name alone)
CEREMONY_WORDS = tuple(words("refuse/ceremony_words"))
# An anniversary counted in digits or in 周年 (某某50周年, 某某二十周年, 某某25年; not 建党百年).
_ROUND, _YEAR = MARKS["anniversary"]
ANNIVERSARY = re.compile(rf"(?:\d+|[\d{chars('common/numerals')}]+{_ROUND}){_YEAR}$")
SLOGAN_WORDS = tuple(words("refuse/slogan_project_words"))
MAX_SLOGAN = 2
_ROUTE_ENDS = tuple(words("bodies/route_heads"))
# Heads of routes, longest first (高速铁路 before 铁路): a route's own, or a work's that ends with one.
ROUTE_HEADS = tuple(sorted({*_ROUTE_ENDS, *(h for h in words("bodies/project_heads") if h.endswith(_ROUTE_ENDS))},
                           key=len, reverse=True))
REGIONS = tuple(sorted(words("refuse/network_regions"), key=len, reverse=True))
(PAIR_PLACES,) = MARKS["pair_places"]
(ROUTE_TO,), (ROUTE_TO_SPOKEN,) = MARKS["route_to"], MARKS["route_to_spoken"]  # 某地至某地, 某地到某地
LABELS = ("Program", "Project")
_NUMERALS = chars("common/numerals")
# A count right after a project, ending the clause (某某项目30多个。): projects of a
# kind, counted; not a count of the list before it (某某、某某项目3个重大项目签约).
COUNT_AFTER = re.compile(rf"[\d{_NUMERALS}]+[{chars('common/quantity_words')}]?[{chars('refuse/counted_after')}]"
                         rf"(?=[，。；！？,;!?\n]|$)")
# A count of periods or rounds opening a program, with no 第 (4期某某行动计划, 三轮某某
# 行动): the periods or rounds of one, counted (not 四轮驱动: an idiom).
COUNT_OPENER = re.compile(rf"[\d{_NUMERALS}]+[{chars('refuse/program_period_counters')}]"
                          rf"(?!{alternation(words('refuse/counted_idioms'))})")
JOINERS = chars("refuse/team_joiners")
CLOSING_QUOTES = "”’"
OPENING_QUOTES = "“‘"
QUOTES = OPENING_QUOTES + CLOSING_QUOTES
PERIOD = re.compile(r"[（(][^）)《》]{1,20}[）)]")


def refused_described(label: str, name: str) -> bool:
    """Whether a program's or a project's `name` describes rather than names, by its
    words alone."""
    if label == "Program":
        return bare_verb(name) or clause_mark(name) or day_event(name) or ceremony_event(name) \
            or scope_object(name) \
            or bool(COUNT_OPENER.match(name)) or year_plan(name)
    if label == "Project":
        return slogan_project(name) or region_network(name)
    return False


def bare_verb(name: str) -> bool:
    """A program with no program's head that is one verb of the dictionary (推广, 示范:
    one of a list of quoted steps sharing a head, “调研”“推广”“示范”三大行动)."""
    if name.endswith(PROGRAM_HEADS):
        return False
    toks = segmenter().dictionary_words(name)
    return len(toks) == 1 and tag(toks[0]) in VERB_TAGS


def clause_mark(name: str) -> bool:
    """A program's name holding 把 as a word (某部把学习教育): a clause read back, not a
    name (一把手 is one word)."""
    return any(w in CLAUSE_MARKS for w in segmenter().dictionary_words(name))


def scope_object(name: str) -> bool:
    """Who takes part, alone before a head often a verb's object (全省学习教育, 全局学习
    教育, 局机关学习教育): the clause's scope, not a program's name (纪律作风学习教育 is kept)."""
    head = next((h for h in OBJECT_HEADS if name.endswith(h)), "")
    scope = name[: len(name) - len(head)] if head else ""
    if not scope:
        return False
    return scope.startswith(SCOPE_OPENERS) and len(scope) <= MAX_SCOPE or scope.endswith(SCOPE_ENDS)


def day_event(name: str) -> bool:
    """The activities of a commemorative day or week (世界某某日活动, 某某安全日主题活动,
    某国日活动, 某国文化周活动): events held on a day, not a campaign; a theme day of a party branch or a
    youth league (主题党日活动, 主题团日活动), an open day, 百日 and 节日 are kept."""
    if not name.endswith(EVENT):
        return False
    rest = name[: -len(EVENT)]
    for kind in EVENT_KINDS:
        if rest.endswith(kind):
            rest = rest[: -len(kind)]
            break
    if not rest.endswith(DAYS):
        return False
    day = rest[:-1]
    return len(day) >= MIN_DAY_NAME and not day.endswith(NOT_DAY_ENDS)


def ceremony_event(name: str) -> bool:
    """The events of a ceremony or of an anniversary (某某友好年开幕式活动, 某某号入列活动,
    某某返航欢迎活动, 某某50周年系列活动): held once, not a campaign (a campaign of a
    centenary, 某某庆祝建党百年活动, is kept)."""
    if not name.endswith(EVENT):
        return False
    rest = name[: -len(EVENT)]
    kind = next((k for k in EVENT_KINDS if rest.endswith(k)), "")
    rest = rest[: len(rest) - len(kind)]
    return rest.endswith(CEREMONY_WORDS) or bool(ANNIVERSARY.search(rest))


def year_plan(name: str) -> bool:
    """A year's plan named by its year alone (某州2013年计划): the plan of a year, not a
    named program."""
    k = len(name) - len(YEAR_PLAN)
    return name.endswith(YEAR_PLAN) and k > 0 and name[k - 1].isdigit()


def slogan_project(name: str) -> bool:
    """Projects named by a slogan of two characters and generic words before 项目
    (“三保”建设项目, 双保工程项目): the projects of a policy, not one work."""
    if not name.endswith(PROJECT_WORD):
        return False
    core = name[: -len(PROJECT_WORD)]
    stripped = False
    while core.endswith(SLOGAN_WORDS):
        core = core[: -len(next(w for w in SLOGAN_WORDS if core.endswith(w)))]
        stripped = True
    return stripped and 0 < len(core) <= MAX_SLOGAN


def region_network(name: str) -> bool:
    """A route's head after the name of a region only (长三角地区城际铁路, 珠三角高铁, 桃临
    两地高铁, “八纵八横”城际铁路): the region's network, not one route."""
    head = next((h for h in ROUTE_HEADS if name.endswith(h)), "")
    core = name[: len(name) - len(head)].strip("“”\"")
    if not head or not core:
        return False
    if core.endswith(PAIR_PLACES):
        return True
    while core:
        word = next((r for r in REGIONS if core.startswith(r)), None)
        if word is None:
            return False
        core = core[len(word):]
    return True


def cut_described(label: str, form: str, k: int, text: str) -> bool:
    """A program or project written right after a Latin letter (ABC|认证某某专项行动), or
    after a quoted object and a joining word (“某某”及|某某专项治理); a project
    written before a count (某某项目30多个): cut from a longer name, or a kind."""
    if label not in LABELS or k == 0 or not form:
        return False
    if label == "Project" and COUNT_AFTER.match(text, k + len(form)):
        return True
    before = text[k - 1]
    if is_han(form[0]) and before.isascii() and before.isalpha():
        return True
    return before in JOINERS and k >= 2 and text[k - 2] in CLOSING_QUOTES


def _ends_dated_title(name: str, k: int, text: str) -> bool:
    """The name, quotes aside, ends a document's title before its years in brackets
    (《某某推动“某某”某某行动计划（2017-2020）》), and a character of the title stands
    before it."""
    b = k - 1 if text[k - 1] in OPENING_QUOTES else k
    if b == 0 or not is_han(text[b - 1]) or text.rfind("《", 0, b) <= text.rfind("》", 0, b):
        return False
    close = text.find("》", b)
    if close < 0:
        return False
    rest = text[b:close]
    period = PERIOD.search(rest)
    if period is None or period.end() != len(rest):
        return False
    return "".join(c for c in rest[:period.start()] if c not in OPENING_QUOTES + CLOSING_QUOTES) == name


def foreign_headline(label: str, name: str, found: list[tuple[int, str]], text: str, ctx) -> bool:
    """A work every mention of which stands in a foreign sentence, or in a headline that
    names no place, followed by a foreign sentence (某某核电站机组现某某 / 某国某某公司日前
    …): a facility abroad, as `refuse_kinds` refuses in one sentence; a project under way
    (某某项目) is kept."""
    if label != "Project" or name.endswith(PROJECT_WORKS):
        return False
    return all(_foreign_sentence(text, k, len(f), ctx) or _before_foreign(text, k, len(f), ctx)
               for k, f in found)


def _before_foreign(text: str, k: int, n: int, ctx) -> bool:
    """text[k:k+n] stands in a headline (a line with no stop) that names no foreign place
    nor a Chinese one, and the next sentence is a foreign one."""
    hi = k + n
    while hi < len(text) and text[hi] not in SENTENCE_STOPS:
        hi += 1
    if hi >= len(text) or text[hi] != "\n":
        return False
    lo = k
    while lo > 0 and text[lo - 1] not in SENTENCE_STOPS:
        lo -= 1
    if _foreign_pattern().search(text, lo, hi) or ctx is not None and list(ctx.inside(lo, hi)):
        return False
    nxt = hi + 1
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    return nxt < len(text) and _foreign_sentence(text, nxt, 1, ctx)


def inside_place(label: str, name: str, text: str, ctx) -> bool:
    """A program or project whose name the article writes (quotes aside), every time,
    from inside a place it names (某地至某市|新区至某地高速铁路), ending a document's title
    before its years (《某某推动“某某”某某行动计划（2017-2020）》), or a project written
    every time after 至, or after 到 right after a place (某地至|某地高速公路某某特大桥):
    cut from a longer name, though read back from a longer form or its quoted part."""
    if label not in LABELS or ctx is None:
        return False
    at = _written_at(name, text)
    return bool(at) and all(_cut_at(label, name, k, text, ctx) for k in at)


def _written_at(name: str, text: str) -> list[int]:
    """Where `name` is written in `text`, a quote allowed between two of its characters
    (某地至“某市”): the starts of ``re.finditer`` of that pattern, without making one per
    name. (Without a quote in the name, a match is one walk: a quote, if there is one,
    and the next character.)"""
    if not name or any(c in QUOTES for c in name):
        pattern = f"[{QUOTES}]?".join(re.escape(c) for c in name)
        return [m.start() for m in re.finditer(pattern, text)]
    out: list[int] = []
    n, first, rest = len(text), name[0], name[1:]
    k = text.find(first)
    while k >= 0:
        j = k + 1
        for c in rest:
            if j < n and text[j] in QUOTES:
                j += 1
            if j < n and text[j] == c:
                j += 1
            else:
                break
        else:
            out.append(k)
            k = text.find(first, j)
            continue
        k = text.find(first, k + 1)
    return out


def _cut_at(label: str, name: str, k: int, text: str, ctx) -> bool:
    """The name written at text[k:] starts inside a place, ends a dated title after a
    character of it, or (a project) follows a route's joiner: 至, or 到 right after a
    place."""
    if any(m.start < k < m.end for m in ctx.mentions) or k > 0 and _ends_dated_title(name, k, text):
        return True
    if label != "Project" or k == 0:
        return False
    if text[k - 1] == ROUTE_TO:
        return True
    return text[k - 1] == ROUTE_TO_SPOKEN and any(m.end == k - 1 for m in ctx.mentions)
