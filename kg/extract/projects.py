"""Which Project names name one project: not a batch or kind of projects (某省第二季度重大
项目, 首批外资项目), not an event of a contest or a heritage item (田赛项目, 非遗代表性项目),
not a description (最北高铁项目); a transport or energy work has a short proper name
(京九铁路), not a place's network (某省高铁) or a phrase (全线最长隧道)."""
from __future__ import annotations

import re

from ..gazetteer import gazetteer
from ..text.script import HAN
from ..text.segmenter import segmenter
from ..text.vocabulary import alternation, chars, word_set, words
from .orgs import PROJECT_HEADS, ROUTE_ENDS, ROUTE_HEADS, route_core, two_initials
from .project_forms import (after_demonstrative, before_phase, full_built_name, with_cut_place, with_owner,
                            with_region_prefix, works_of_project)
from .placed_works import PLACED_WORK_HEADS, UNKNOWN_NAME_HEADS
from .refuse import inside_word
from .refuse_kinds import PROJECT_WORD
from .registry import Registry
from .tokens import freq, tag

BATCH_WORDS = words("programs/project_batch_words")
NOT_PROJECT_WORDS = words("programs/not_project_words")
NOT_OPENERS = words("programs/not_project_openers")
WORKS = words("programs/infrastructure_heads")
NOT_IN_WORKS = words("programs/not_in_works")
TIME_FROM = tuple(words("programs/time_from_words"))  # 今起|铁路部门: a time, not a work's name
AFTER_WORKS = chars("programs/after_works")
AFTER_ROUTES = tuple(words("programs/after_routes"))
# The heads of routes, after which AFTER_ROUTES are read (not 某某大桥车流量, 某某特大桥桥拱).
LINE_HEADS = tuple(h for h in words("programs/infrastructure_heads")
                   if h.endswith(tuple(words("programs/line_heads"))))
GLUED = chars("programs/glued_openers")
KIND_HEADS = words("programs/kind_heads")
BUILT_HEADS = words("programs/built_heads")
ROUTE_JOINERS = word_set("bodies/route_joiners")
# The section of a work between two places: 某地至某地段.
SECTION = re.compile(rf"[{HAN}]{{2,4}}(?:{alternation(ROUTE_JOINERS)})[{HAN}]{{2,4}}"
                     rf"(?:{alternation(words('programs/section_words'))})")
BUILDING = words("programs/building_words")
WORK_WORDS = (*words("programs/works_head"), PROJECT_WORD)  # 工程, 项目: the work itself
# A work named after its place reads 工程 or 项目 only right after its name (see _being_built).
PLACED_BUILDING = tuple(w for w in BUILDING if w not in WORK_WORDS)
# …and after a reservoir's name, none that also tells of a work in use (某某水库建成60周年).
AFTER_BUILDING = tuple(w for w in PLACED_BUILDING if w not in words("programs/in_use_words"))
PAST_MARKS = tuple(words("programs/past_building_marks"))  # 某某水库建设时: building of the past
UNKNOWN_NAMED = tuple(UNKNOWN_NAME_HEADS)
BUILT_AFTER = tuple(words("programs/built_after_heads"))  # building read only after the name
OWNED_BUILT = tuple(words("programs/city_named_heads"))  # 机场: named with the city before it
PLACED_NAMED = tuple(PLACED_WORK_HEADS)
PROVINCE_SHORT = frozenset(chars("common/province_abbreviations"))
DIRECTIONS = frozenset(words("common/directions"))
# Heads that name a work only after a route's name (沈海高速, not 某舰高速航行), and phases of
# a work that need its name before them (某某电厂二期工程, not 远超一期工程).
ROUTE_ONLY_HEADS = word_set("programs/route_only_heads")
PHASE_HEADS = word_set("programs/phase_heads")
CITY_LEVELS = ("city", "county", "district")
MIN_PHASE_CORE = 4
ROUTE_NUMBER = re.compile(r"[A-Z]\d+")
# A count opening the name (1300多处…改造项目, 两个…项目): projects of a kind, counted.
COUNT_OPENER = re.compile(rf"[\d{chars('common/numerals')}]+[{chars('common/quantity_words')}]*"
                          rf"[{chars('common/counters')}{chars('programs/work_counters')}]")
ORDINALS = words("common/ordinal_prefixes")
BUILDING_WINDOW = 12  # characters around a mention where building is read
LIST_JOINER = "、"  # a mention that opens a list reads building to the clause's end
WORKS_PARTS = words("programs/works_parts")  # a work's phase or line after its name (二期, 东线)
CLAUSE_END = re.compile("[，。；！？：,;!?\n]")
PROPER = ("ns", "nz", "nt", "j")
COMMON_WORD = 100  # jieba frequency from which a word before a head names a kind
MAX_WORK_CORE = 12  # characters before a work's head
COMMON_PLACE = 500  # jieba frequency from which a place word is a country or a region
KNOWN_COUNTRY = 100  # …and from which one before a route's short name is a country (某国|内马铁路)
NOT_IN_CORE_TAGS = ("v", "d", "m", "q", "p", "c", "u", "uj", "r", "f", "l", "i", "t", "nrfg", "ad")


def project_name(name: str, places: set[str]) -> str | None:
    """The name of the one project the Project `name` names (a work's name read back to
    its proper part: 高度重视某某铁路 → 某某铁路), or None; `places` are the article's
    place names as written. A route's name read back to its ends' short names when the
    words before it hide them (建设好中老铁路 → 中老铁路, 某国某某铁路 → 某某铁路)."""
    return _read_name(name, places) or _route_start(name, places)


def _route_start(name: str, places: set[str]) -> str | None:
    """A route named by its ends' short names after other words (好|中老铁路), or after a
    country's name (某国|内马铁路)."""
    head = max((h for h in ROUTE_HEADS if name.endswith(h)), key=len, default="")
    core = name[:len(name) - len(head)]
    if not head or any(w in name for w in BATCH_WORDS):
        return None
    words_ = segmenter().cut(core)
    starts = [len(core) - len("".join(words_[i:])) for i in range(len(words_))]
    tail = next((core[k:] for k in starts if 0 < k and all(c in ROUTE_ENDS for c in core[k:])), "")
    if tail and route_core(tail, head):
        return tail + head  # (on a word's start: 以|中老铁路 is not 以中老铁路)
    if len(words_) >= 2 and tag(words_[0]) == "ns" and freq(words_[0]) >= KNOWN_COUNTRY:
        rest = core[len(words_[0]):]
        if 2 <= len(rest) <= 3 and _route_named(rest, head, places) and not _common_word(rest):
            return rest + head
    return None


def _read_name(name: str, places: set[str]) -> str | None:
    project = before_phase(name)
    if project is not None:  # 某某项目一期工程: the project of that phase
        return _read_name(project, places)
    head = max((h for h in PROJECT_HEADS if name.endswith(h)), key=len, default="")
    rest = after_demonstrative(name, head)
    if rest is not None:  # 这条某某高铁: the work's name follows the demonstrative
        return _read_name(rest, places)
    core = name[:len(name) - len(head)]
    if any(w in name for w in BATCH_WORDS) or core.endswith(NOT_PROJECT_WORDS) and not route_core(core, head) \
            or name.startswith(NOT_OPENERS) \
            or COUNT_OPENER.match(name):
        return None
    if name.endswith(KIND_HEADS) and _common_word(core):
        return None
    if not name.endswith(WORKS):
        return name
    words_ = _join_regions(segmenter().cut(core))
    k = len(words_)
    while k > 0 and (_route_end_before(words_, k) or not (
            tag(words_[k - 1]) in NOT_IN_CORE_TAGS or words_[k - 1].isdigit()
            or any(w in words_[k - 1] for w in NOT_IN_WORKS) or words_[k - 1].endswith(TIME_FROM))):
        k -= 1
        if _glued_word(words_[k]):
            break  # 能力|和川藏|铁路: a joiner glued to the name's start ends the read
    while k >= 2 and words_[k - 1] in ROUTE_JOINERS and 2 <= len(words_[k - 2]) <= 3 \
            and tag(words_[k - 2]) not in NOT_IN_CORE_TAGS and k < len(words_) \
            and len("".join(words_[k - 2:])) <= MAX_WORK_CORE:
        k -= 2  # 某地至某地高铁, 某地至某地至某地铁路: a route named by its ends
    core = _after_place(words_[k:], head, places)
    if k < len(words_) and core == "".join(words_[k:]) and words_[k][0] in GLUED and (len(words_[k]) == 1 or tag(words_[k]) is None):
        core = core[1:]  # 前某某铁路, 线某某隧道: a preposition or a stray character before the name
    if not 2 <= len(core) <= MAX_WORK_CORE or core in places or any(w in core for w in NOT_IN_WORKS) \
            or tag(core) == "ns" and freq(core) >= COMMON_PLACE or _common_word(core):
        return None  # 某国铁路, 某省高铁: a place's network
    if head in ROUTE_ONLY_HEADS and not _route_named(core, head, places) \
            or head in PHASE_HEADS and len(core) < MIN_PHASE_CORE:
        return None  # 某舰高速(航行), 远超一期工程: no route, no work's name
    return core + head


def _route_end_before(words_: list[str], k: int) -> bool:
    """words_[k - 1] is a place's or a country's short name alone before another (中|老泰马,
    中|马友谊): the first of a chain of short names, which the work's name starts with."""
    return len(words_[k - 1]) == 1 and words_[k - 1] in ROUTE_ENDS and k < len(words_) \
        and words_[k][0] in ROUTE_ENDS


def _glued_word(word: str) -> bool:
    """A word the segmenter guessed (no dictionary word) that opens with a character glued
    to a name's start (和川藏, 自京): the name starts after it; not a route's joiner (某地
    至大余: the route runs on before it)."""
    return len(word) > 1 and word[0] in GLUED and tag(word) is None and word[0] not in ROUTE_JOINERS


def _after_place(words_: list[str], head: str, places: set[str]) -> str:
    """The core of a route's name without a place of the article written before it (某市|
    川藏铁路: where the route passes); the core as read otherwise. A place before another
    work (某市白沙长江大桥) names it."""
    core = "".join(words_)
    for p in sorted((p for p in places if len(p) >= 2 and core.startswith(p)), key=len, reverse=True):
        if route_core(core[len(p):], head):
            return core[len(p):]
    return core


def _route_named(core: str, head: str, places: set[str]) -> bool:
    """`core` names a route: a numbered one (G15), the short names of its ends (京新, or
    two or three characters no dictionary word: 宁洛, 武易), or the initials of two places
    the article names."""
    return route_core(core, head) or bool(ROUTE_NUMBER.match(core)) \
        or 2 <= len(core) <= 3 and not freq(core) or two_initials(core, places)


def _join_regions(words_: list[str]) -> list[str]:
    """A province's short name and a direction the segmenter cut apart (某中, 某西): one
    region word, the start of a work's name (滇中引水工程 reads 滇|中|引水|工程)."""
    out: list[str] = []
    for w in words_:
        if w in DIRECTIONS and out and len(out[-1]) == 1 and out[-1] in PROVINCE_SHORT:
            out[-1] += w
        else:
            out.append(w)
    return out


def _common_word(core: str) -> bool:
    """`core` is one common dictionary word, no place or proper name (公路, 智能化)."""
    return tag(core) not in (None, *PROPER) and freq(core) >= COMMON_WORD


def drop_unnamed_projects(reg: Registry, places: set[str], text: str) -> None:
    """Remove the Projects that name no one project, with their relations; a work read
    with a phrase or a stray character before its name takes its name."""
    bad = set()
    for key in [k for k in reg.entities if k[0] == "Project"]:
        name = project_name(key[1], places)
        if name is not None and name.endswith(WORKS):
            name = _as_written(name, text)
            name = name and _with_section(name, text)
            name = name and with_region_prefix(name, text)
            name = name and with_cut_place(name, text)
        if name is not None and name.endswith(BUILT_HEADS) \
                and (not _being_built(name, text) or _runs_on(name, text)):
            name = None
        if name is not None and name.endswith(BUILT_HEADS):  # 某某机场 also written 某市某某国际机场
            name = full_built_name(name, next(h for h in BUILT_HEADS if name.endswith(h)), text,
                                   owned=name.endswith(OWNED_BUILT))  # 某市|某某机场
        elif name is not None and any(0 < name.find(h) < len(name) - len(h) for h in OWNED_BUILT):
            name = with_owner(name, text)  # 某市|某某国际机场二期工程
        if name is None:
            bad.add(key)
        elif name != key[1]:
            reg.add("Project", name)
            reg.merge(key, ("Project", name))
    reg.drop(bad)


def _as_written(name: str, text: str) -> str | None:
    """A work's name as the article writes it on its own: without a character glued before
    it when the rest is written more often (和某某铁路 → 某某铁路, 某国某某高铁 → 某某高铁; not
    a city's name: 九江长江大桥 stays though other 长江大桥 are written); None when every mention
    goes on into a station, a port or a network (某某高铁站). Not when the rest is written
    more often only inside other words (胶州湾大桥 and 杭州湾大桥: no 州湾大桥)."""
    for k in (1, 2):
        rest = name[k:]
        if len(rest) - max((len(h) for h in WORKS if rest.endswith(h)), default=0) >= 2 \
                and text.count(rest) > text.count(name) and not _city(name[:k]) \
                and not all(inside_word(rest, i, text) for i in positions(text, rest)):
            name = rest
            break
    return None if _runs_on(name, text) else name


def _runs_on(name: str, text: str) -> bool:
    """Every mention of `name` goes on into a longer noun: a station, a port, a network or
    a section (某某高铁站, 某某机场段), or after a route's head its bridge, station or freight
    yard (某某铁路桥, 某某铁路货运站)."""
    after = AFTER_ROUTES if name.endswith(LINE_HEADS) else ()
    at = [i + len(name) for i in positions(text, name)]
    return bool(at) and all(i < len(text) and (text[i] in AFTER_WORKS or text.startswith(after, i))
                            for i in at)


def _city(word: str) -> bool:
    """`word` is the short or full name of a city or county (九江, 南京), which names its
    works (九江长江大桥), unlike a country or a province before a work's name."""
    return any(d.level in CITY_LEVELS for d in gazetteer().lookup(word))


def _with_section(name: str, text: str) -> str:
    """A work always written with its section (某某铁路某地至某地段): the section's name."""
    sections = {m.group() for k in positions(text, name)
                if (m := SECTION.match(text, k + len(name))) is not None}
    if len(sections) == 1 and text.count(name) == text.count(name + next(iter(sections))):
        return name + sections.pop()
    return name


def _being_built(name: str, text: str) -> bool:
    """Some mention of `name` has a word of building near it (某某机场建设, 新建某某机场);
    a description (某地第一高边坡机场) is no name. A work named after its place (某某灌区)
    takes 工程 or 项目 only right after its name (某某灌区工程; not 两处灌溉工程 nearby), an
    estate (某某新家园) any word of building only right after its name, and a reservoir
    building only after its name in its clause (BUILT_AFTER)."""
    core = name[:len(name) - max((len(h) for h in BUILT_HEADS if name.endswith(h)), default=0)]
    if any(w in core for w in ORDINALS + NOT_IN_WORKS):  # in the name before its head (某某水库|工程)
        return False
    near, found = BUILDING, positions(text, name)
    if name.endswith(UNKNOWN_NAMED):  # 某某新家园建设工地; not 某某家园2009年建成
        return any(text.startswith((*BUILDING, *WORK_WORDS), k + len(name)) for k in found)
    if name.endswith(BUILT_AFTER):  # 某某水库开工建设; not 工程建成后将连通某某水库
        return any(text.startswith(WORK_WORDS, k + len(name)) or _built_after(text, k + len(name))
                   for k in found)
    if name.endswith(PLACED_NAMED):
        near = PLACED_BUILDING
        if any(text.startswith(WORK_WORDS, k + len(name)) for k in found):
            return True
    lists = name.endswith(PLACED_NAMED)  # a placed work listed before its verb
    return any(w in text[max(0, k - BUILDING_WINDOW):_after_end(text, k + len(name), lists=lists)]
               for k in found for w in near)


def _built_after(text: str, end: int) -> bool:
    """A word of building after a mention ending at `end`, in its clause (某某水库今天开工建设),
    not one of the past (某某水库建设时) nor 工程 or 项目 there (某某水库是某某工程的水源地)."""
    window = text[end:_after_end(text, end, clause=True, lists=True)]
    return any((i := window.find(w)) >= 0 and not window.startswith(PAST_MARKS, i + len(w))
               for w in AFTER_BUILDING)


def _after_end(text: str, end: int, clause: bool = False, lists: bool = False) -> int:
    """Where building is read up to after a mention ending at `end`: BUILDING_WINDOW
    characters (within the mention's clause when `clause`), or, with `lists`, when the
    mention (with its phase or line: 某某灌区二期) opens a list (某某水库、某某水库等…开工
    建设), the end of the clause, whose verb is the list's."""
    stop = end + BUILDING_WINDOW
    if clause and (m := CLAUSE_END.search(text, end, stop)) is not None:
        stop = m.start()
    part = next((w for w in WORKS_PARTS if text.startswith(w, end)), "")  # 某某灌区二期、
    if lists and text.startswith(LIST_JOINER, end + len(part)):
        m = CLAUSE_END.search(text, end)
        stop = max(stop, m.start() if m else len(text))
    return stop


def positions(text: str, s: str) -> list[int]:
    """Where `s` is written in `text`, every time."""
    out, k = [], text.find(s)
    while k >= 0:
        out.append(k)
        k = text.find(s, k + 1)
    return out


def name_after_works(reg: Registry) -> None:
    """A project of works (某某扩建工程项目) kept once refusals ran takes the works' name
    (某某扩建工程); the written form stays an alias."""
    for key in [k for k in reg.entities if k[0] == "Project"]:
        works = works_of_project(key[1])
        if works is not None:
            reg.add("Project", works, count=0)
            reg.merge(key, ("Project", works))
