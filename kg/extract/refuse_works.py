"""Works that name no one project, refused by their words, beside `kg.extract.refuse_kinds`:
a country's or a place's network of routes (某国高速公路, 某国现代化铁路, 某市市郊铁路, 某站
铁路: a route's head after a place and only common words, or after a country alone), and a
data centre named by a place or a body alone (某省大数据中心, 某局数据中心, 某部数据中心,
某地政务数据中心): the body's office or a kind, not one centre being built (a firm's or a
brand's centre, 某地某某云数据中心, keeps its name); and projects named by a place alone
(某省项目, 某国项目: the place's projects, or a firm's named by the country it works in),
or by common words alone (灾后重建项目, 非遗展示互动项目, 暑期文旅项目: a kind of project).
Words are data (kg/data/vocab/refuse/)."""
from __future__ import annotations

from functools import cache

from ..gazetteer import gazetteer
from ..text.script import is_han
from ..text.segmenter import segmenter
from ..text.vocabulary import chars, word_set, words
from .orgs import PROJECT_HEADS, ROUTE_ENDS
from .refuse_kinds import PROJECT_WORD, ending, world_rows
from .tokens import freq, tag

ROUTE_HEADS = tuple(sorted(words("programs/infrastructure_heads"), key=len, reverse=True))
# Only the heads of routes: a bridge, a tunnel or a station is named by its place.
LINE_HEADS = tuple(h for h in ROUTE_HEADS if h.endswith(tuple(words("programs/line_heads"))))
ROUTE_JOINERS = word_set("bodies/route_joiners")
SHAPE_WORDS = word_set("refuse/route_shape_words")
# Characters that make a word a route's course: a ring (西北二环), a direction (东海岸).
COURSE_CHARS = chars("refuse/route_course_chars")
RING = COURSE_CHARS[0]
CENTRE_HEADS = tuple(words("refuse/centre_heads"))
FACILITY_ENDS = tuple(PROJECT_HEADS) + tuple(words("refuse/facility_ends"))
OWNER_HEADS = tuple(w for w in words("refuse/facility_ends") if len(w) > 1)
# Tags of words that may name one project: places, proper names, unknown words, numbers.
NAMING_TAGS = (None, "ns", "nz", "nt", "j", "nr", "nrt", "nrfg", "eng", "m")
# Levels of places whose names are no common words (运河, 港口 and 新区 name districts or towns too).
NAMED_LEVELS = ("province", "city", "county")
CENTRE_WORDS = tuple(sorted(words("refuse/centre_words"), key=len, reverse=True))
OWNER_ENDS = chars("refuse/centre_owner_ends")
PLACE_TAGS = ("ns",)
PROPER_TAGS = (None, "ns", "nz", "nt", "j", "nr", "nrt", "nrfg")
COMMON_WORD = 100  # jieba frequency from which a word is a common one (现代化, 市郊, 火车站)
MIN_PLACE = 2  # characters of a place word that opens a route's name


@cache
def country_names() -> frozenset[str]:
    """Short and full names of foreign countries (jionlp's world table, less China)."""
    return frozenset(n for cells in world_rows() for cell in cells[:2] for n in cell.split("/")
                     if len(n) >= MIN_PLACE)


def _project_core(name: str) -> str:
    """`name` before its closing 项目 ("" when it does not end with it)."""
    return name[: len(name) - len(PROJECT_WORD)] if name.endswith(PROJECT_WORD) else ""


def _place_word(word: str) -> bool:
    return len(word) >= MIN_PLACE and (tag(word) in PLACE_TAGS or word in country_names()
                                       or bool(gazetteer().lookup(word)))


def place_network(name: str) -> bool:
    """A route's head after a country's name alone (某国高速公路), or after places and only
    common words (某国现代化铁路, 某市市郊铁路, 某地火车站铁路): the network of a place, not
    one route. A route named by its ends (某地至某地铁路) or by its course (某省环岛高铁) is one."""
    head = ending(name, LINE_HEADS)
    core = name[: len(name) - len(head)]
    if not head or not core:
        return False
    if core in country_names():
        return True
    toks = segmenter().dictionary_words(core)
    k = 0
    while k < len(toks) and _place_word(toks[k]):
        k += 1
    rest = toks[k:]
    if k == 0 or not rest:
        return False
    return all(tag(w) not in PROPER_TAGS and freq(w) >= COMMON_WORD and len(w) >= MIN_PLACE
               and w not in ROUTE_JOINERS and not _course(w) for w in rest)


def _course(word: str) -> bool:
    """A word of a route's course or shape (环岛, 沿江, 二环, 东海岸, 机场): with a place, the
    name of one route (某省环岛高铁, 某地机场高速公路)."""
    return word in SHAPE_WORDS or word[0] in COURSE_CHARS or RING in word


def office_centre(name: str) -> bool:
    """A data or compute centre named by a place or a body alone, with at most a code and
    generic words between (某省大数据中心, 某地12306大数据中心, 某局数据中心, 某省政务数据中心):
    the body's office or a kind, not one centre being built."""
    head = ending(name, CENTRE_HEADS)
    core = name[: len(name) - len(head)]
    if not head or not core:
        return False
    cut = True
    while cut:
        cut = False
        word = next((w for w in CENTRE_WORDS if core.endswith(w)), "")
        if word and len(core) > len(word):
            core, cut = core[: len(core) - len(word)], True
        stripped = core.rstrip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        if stripped != core and stripped:
            core, cut = stripped, True
    if core[-1] in OWNER_ENDS and len(core) >= MIN_PLACE + 1:
        return True  # 某局数据中心, 某公司大数据中心
    toks = segmenter().dictionary_words(core)
    return bool(toks) and all(_place_word(w) for w in toks)


def place_projects(name: str) -> bool:
    """A project named by places alone before 项目 (某省项目, 某国项目): the place's projects,
    not one (某地某某运河项目 is one)."""
    core = _project_core(name)
    toks = segmenter().dictionary_words(core) if core else []
    return bool(toks) and all(w in country_names() or any(d.level in NAMED_LEVELS for d in gazetteer().lookup(w))
                              for w in toks)


def common_project(name: str) -> bool:
    """A project named by common dictionary words alone before 项目, with no place, proper or
    unknown word, number, facility or owner (灾后重建项目, 非遗展示互动项目): a kind of
    project. Not a work's or a facility's project (某某铁路项目, 某某火炬园项目), nor one
    opened by the short names of two places or countries (中老铁路项目, 新马高铁项目)."""
    core = _project_core(name)
    if not core or not is_han(core) or core.endswith(FACILITY_ENDS) \
            or any(h in core for h in OWNER_HEADS) \
            or len(core) >= MIN_PLACE and core[0] in ROUTE_ENDS and core[1] in ROUTE_ENDS:
        return False
    return all(tag(w) not in NAMING_TAGS and freq(w) >= COMMON_WORD and not gazetteer().lookup(w)
               for w in segmenter().dictionary_words(core))
