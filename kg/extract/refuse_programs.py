"""Programs and projects refused by their words or where the article writes them, beside
`kg.extract.refuse_kinds`: a name with a bracket that closes nothing (某地至某地）某某特大桥:
cut inside a parenthesis); a program that holds a verb of a clause (某某成为今年某某活动,
没有公布计划), whose words before a head often written as a verb's object are verbs with
no noun (研究安排学习教育, 一要看学习教育), named by one fuel switched for another (煤改气
工程), opened by a person of the article and a verb (某人希望某某活动), or holding 的
unless a quote closes inside it (某市的某某工程, “最严格的某某制度”; not “我的某某”活动);
a slogan of listed phrases whose last is a program's head after a verb (保基本、建机制), a
title of a film or a show (电视剧《某某行动》), and a route read from its second place on
after 经 (某地经|某地至某地高速公路). Words are data (kg/data/vocab/refuse/)."""
from __future__ import annotations

import re

from ..gazetteer import gazetteer
from ..text.script import HAN, is_han
from ..text.segmenter import segmenter
from ..text.vocabulary import chars, word_set, words
from .lexicon import POSSESSIVE
from .refuse_kinds import CLAUSE_STOPS, PROJECT_WORD
from .tokens import tag

CLAUSE_VERBS = word_set("refuse/clause_verbs")
OBJECT_HEADS = words("refuse/object_program_heads")
NOUN_TAGS = word_set("refuse/noun_tags")
VERB_TAGS = frozenset({"v", "vd"})
PAIRS = {"）": "（", ")": "(", "》": "《", "」": "「", "】": "【"}
LABELS = ("Program", "Project")
# One thing switched for another, with a head or none (煤改气, 油改气工程): a technique
# carried out everywhere, not one named program (三改一拆 counts, and is kept).
SWITCH = re.compile(rf"^[{HAN}](?:{'|'.join(words('refuse/switch_marks'))})[{HAN}]"
                    rf"(?:{'|'.join(words('refuse/switch_heads'))})?$")
SWITCH_NOT = chars("common/numerals")
OPENING_TAGS = frozenset({"p"})
LONG_OPENING_TAGS = frozenset({"v", "vd", "d", "ad"})
CLOSING_TAGS = frozenset({"v", "vn"})
TAIL_WORDS = word_set("refuse/tail_words")
DESCRIPTOR_ENDS = chars("refuse/descriptor_ends")
TAIL_TAGS = frozenset({"p", "r", "rr", "rz", "c"})
PROGRAM_HEADS = tuple(sorted(words("programs/heads"), key=len, reverse=True))
SPEAKER_TAGS = frozenset({"v", "vd", "p", "d", "c"})
QUOTE_CHARS = "“”‘’\"'「」"
TITLE_BREAKS = " 　—-－·"
VIA = chars("refuse/via_words")
CROSS = chars("refuse/cross_words")
FIELD_WORDS = words("refuse/field_words")
LIST_MARK = "、"
BRIDGE_HEADS = words("refuse/bridge_heads")
WORK_KINDS = tuple(words("refuse/work_kinds"))
MAX_SLOGAN_TAIL = 3  # characters of the last of listed phrases that ends with a program's head
ROUTE_JOINERS = words("bodies/route_joiners")


def refused_program(label: str, name: str) -> bool:
    """Whether a program's or a project's `name` is refused by its words alone."""
    if label not in LABELS:
        return False
    if unpaired_bracket(name):
        return True
    if label == "Project" and (clause_edges(name) or clause_in_name(name) or _short_core(name)
                               or POSSESSIVE in segmenter().dictionary_words(name)):
        return True
    return label == "Program" and (clause_in_name(name) or verbs_before_object(name)
                                   or switched(name) or slogan_head(name))


def slogan_head(name: str) -> bool:
    """Listed phrases whose last is a verb and a program's head alone (保基本、强基层、建机制):
    a slogan, not a program named by the phrases (一门受理、协同办理机制 is kept, and so are
    listed single characters, 免、减、缓政策)."""
    *first, last = name.split(LIST_MARK)
    return bool(first) and all(len(p) > 1 for p in first) and len(last) <= MAX_SLOGAN_TAIL \
        and last.endswith(PROGRAM_HEADS)


def titled_work(form: str, k: int, text: str) -> bool:
    """A program written as a title in 《》 after a kind of work of art (电视剧《某某行动》):
    the title of a film or a show."""
    end = k + len(form)
    return k > 0 and text[k - 1] == "《" and text.startswith("》", end) \
        and text.endswith(WORK_KINDS, 0, k - 1)


def switched(name: str) -> bool:
    """A program named by one fuel or thing switched for another (煤改气工程, 油改气):
    a technique, not one program; a count (三改一拆) is no such name."""
    return bool(SWITCH.match(name)) and not any(c in SWITCH_NOT for c in name[:3])


def speaker_opens(name: str, persons: set[str]) -> bool:
    """A program opened by a person of the article and a verb, preposition or adverb
    (某人希望某某活动, 某人在某地启动某某行动): a sentence read as a name; a program named
    after a person (某人思想学习教育, 学某人活动) is kept."""
    for person in persons:
        if len(person) < 2 or not name.startswith(person) or len(name) == len(person):
            continue
        toks = segmenter().dictionary_words(name[len(person):])
        if toks and tag(toks[0]) in SPEAKER_TAGS:
            return True
    return False


def via_route(form: str, k: int, text: str) -> bool:
    """A route written right after 经 and named from one place to another (某地经|某地至
    某地高速公路), or a bridge right after 跨 (某地跨|某某高速公路特大桥): the name starts
    before them (a route after 跨, 跨某某铁路立交桥, is the one crossed, and kept)."""
    if k == 0:
        return False
    if text[k - 1] in CROSS:
        return form.endswith(BRIDGE_HEADS)
    return text[k - 1] in VIA and any(w in form for w in ROUTE_JOINERS)


def clause_edges(name: str) -> bool:
    """A project opened by a preposition or by a verb or adverb of two characters or more
    (因某某天气高速公路, 深化铁路), or closed by a verb (金属镁生产, 某某条件下航速测量): words
    of the sentence read into it (a route's short names, 合蚌高铁, 引滦调水工程, and a place
    that opens with such a character, 同江某某大桥, are kept)."""
    toks = segmenter().dictionary_words(name)
    if len(toks) < 2:
        return False
    first, last = tag(toks[0]), tag(toks[-1])
    opened = first in OPENING_TAGS or len(toks[0]) >= 2 and first in LONG_OPENING_TAGS
    return opened and not gazetteer().lookup(toks[0]) and not _opening_place(name) or last in CLOSING_TAGS


def _opening_place(name: str) -> bool:
    """`name` opens with the name of a county or a city whose first character the segmenter
    reads as a preposition (同江某某大桥, 和县某某大桥)."""
    return any(gazetteer().lookup(name[:k]) for k in (2, 3))


def unpaired_bracket(name: str) -> bool:
    """A closing bracket with no opening one before it, or a mark or bracket first: the
    name starts inside a parenthesis or after a figure (某地至某地）某某大桥, （某）铁路,
    %某某项目)."""
    first = name[:1]
    if first and not (is_han(first) or first.isalnum() or first in QUOTE_CHARS):
        return True
    return any(c in PAIRS and PAIRS[c] not in name[:k] for k, c in enumerate(name))


def _short_core(name: str) -> bool:
    """A project named by two characters or fewer before 项目 (中某项目, 棚改项目, 福利项目):
    a pair of countries or a kind, not one named work."""
    return name.endswith(PROJECT_WORD) and len(name) - len(PROJECT_WORD) <= 2


def clause_in_name(name: str) -> bool:
    """A verb of a clause (成为, 希望, 举行, 没有) as a word of the name: a sentence read
    back from a head into a name."""
    return any(w in CLAUSE_VERBS for w in segmenter().dictionary_words(name))


def verbs_before_object(name: str) -> bool:
    """Verbs and no noun before a head often written as a verb's object (打牢学习教育,
    研究安排学习教育, 一要看学习教育; not 强军目标学习教育, 三项学习教育)."""
    head = next((h for h in OBJECT_HEADS if name.endswith(h)), "")
    core = name[: len(name) - len(head)] if head else ""
    if not core:
        return False
    tags = [tag(w) for w in segmenter().dictionary_words(core)]
    return any(t in VERB_TAGS for t in tags) and not any(t in NOUN_TAGS for t in tags)


def possessive_unquoted(name: str, text: str) -> bool:
    """A program whose name holds 的 as a word, where the article never closes a quote
    inside the name: a phrase, bare or quoted whole (某市的某某工程, “最严格的某某制度”),
    not a quoted name before its head (“我的某某”主题活动) nor a title with its subtitle
    (“某某的某某——某某宣传工程”)."""
    if POSSESSIVE not in name or any(c in TITLE_BREAKS for c in name) \
            or POSSESSIVE not in segmenter().dictionary_words(name):
        return False
    pattern = f"[{QUOTE_CHARS}]?".join(re.escape(c) for c in name)
    return not any(any(c in QUOTE_CHARS for c in m.group()) for m in re.finditer(pattern, text))


def phrase_tail(name: str, aliases: set[str]) -> bool:
    """A program read on from its quoted name (an alias it starts with) over a
    preposition, a pronoun, a conjunction or a copula to a head (“某某”从制度, “某某”各项
    制度, “某某”代表在巡讲活动, “某某”是此轮示威活动), or from a quoted way of working over
    the words of a kind (“网格化”巡防体系): a sentence or a kind, not a name."""
    for alias in aliases:
        if len(alias) >= len(name) or not name.startswith(alias):
            continue
        tail = name[len(alias):]
        head = next((h for h in PROGRAM_HEADS if tail.endswith(h)), "")
        mid = tail[: len(tail) - len(head)]
        if mid and _descriptor(alias):
            return True
        if mid and any(w in TAIL_WORDS or tag(w) in TAIL_TAGS for w in segmenter().dictionary_words(mid)):
            return True
    return False


def _descriptor(alias: str) -> bool:
    """A quoted way of working: its last word is a word of three characters or more made
    with a suffix such as 化 (网格化, 精细化; not 文化)."""
    toks = segmenter().dictionary_words(alias)
    return bool(toks) and len(toks[-1]) >= 3 and toks[-1][-1] in DESCRIPTOR_ENDS


def field_listed(form: str, k: int, text: str) -> bool:
    """A work listed first among fields of cooperation (加强中某铁路、电力等领域合作): a list
    mark follows it and its clause goes on to a word of fields (not 推进某某港项目等基础设施
    领域合作, a project named as an example)."""
    end = k + len(form)
    if not text.startswith(LIST_MARK, end):
        return False
    stop = end
    while stop < len(text) and text[stop] not in CLAUSE_STOPS:
        stop += 1
    return any(text.find(w, end, stop) >= 0 for w in FIELD_WORDS)
