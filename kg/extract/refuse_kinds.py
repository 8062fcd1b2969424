"""Kinds of names refused once the article is read, beside `kg.extract.refuse`: names of
foreign affairs (a country's team or program, a facility abroad, a country read as a body;
not a project under way abroad), task forces named only by generic words (督导工作组,
特别工作组), teams counted in words (三万多支驻村工作队, 多路工作组), programs counted
without quotes or named by a word before a generic head, bodies written with 原.
Words are data (kg/data/vocab/refuse/)."""
from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache
from pathlib import Path

from ..text.script import is_han
from ..text.segmenter import segmenter
from ..text.vocabulary import alternation, chars, table, word_set, words
from .tokens import tag

_NUMERALS = chars("common/numerals")
_QUANTITY = chars("common/quantity_words")
_ORDINALS = chars("common/ordinal_prefixes")
# A count of teams in numerals or words (三万多支, 3组专家, 三人小组, 多路); not a batch
# (第十二批援疆工作队) or a numbered one (第三工作组).
TEAM_COUNTED = re.compile(
    rf"(?<![{_ORDINALS}\d{_NUMERALS}])(?:[\d{_NUMERALS}]+[{_QUANTITY}]?|[{_QUANTITY}])[{chars('refuse/team_counters')}]"
    rf"|[{_QUANTITY}][{chars('refuse/team_quantity_counters')}]")
# Heads of task forces, longest first, and the generic words that alone name no team.
TEAM_HEADS = tuple(sorted(words("refuse/team_heads"), key=len, reverse=True))
GENERIC_TEAM_WORDS = tuple(sorted(words("refuse/generic_team_words"), key=len, reverse=True))
GENERIC_PROGRAM_HEADS = words("refuse/generic_program_heads")
FORMER_MARKS = words("refuse/former_marks")
# Words of a sentence that make a foreign affair China's too (中方, 我国, 中资, 承建).
CHINA_MARKERS = re.compile(alternation(words("refuse/china_markers")))
SENTENCE_STOPS = "。！？!?\n"
CLAUSE_STOPS = "，,。；;：:！？!?\n"
QUOTES = "“”‘’\"「」"
CHINESE_LEVELS = frozenset({"province", "city", "county", "district", "town", "subdistrict",
                            "village", "zone"})
FOREIGN_LABELS = ("TaskForce", "Program", "Project")
# Heads of projects under way (波斯湾海底隧道项目), which a foreign sentence keeps: only
# facilities that stand abroad (某国核电站, 某某大桥) are no project of this graph.
PROJECT_WORKS = tuple(words("refuse/project_works"))
# A count of kinds opening a program (十大专项行动, 五大沙地): the kinds, not one program.
COUNTED_KINDS = re.compile(rf"[{_NUMERALS}]+[{chars('refuse/kind_count_marks')}]")
# A count or a span of time alone before a generic head (三年行动计划, 百日行动, 八项行动,
# 9大专项行动): a kind, or one program whose name is not written (not 三千工程, 863计划).
ONLY_COUNTED = re.compile(rf"(?:\d{{1,2}}|[{_NUMERALS}]+)[{chars('refuse/count_span_marks')}]"
                          rf"(?:{alternation(words('refuse/generic_program_ends'))})$")
# Generic words before a program's or a project's head (安全生产专项行动, 双创项目).
GENERIC_PROGRAM_ENDS = tuple(sorted(words("refuse/generic_program_ends"), key=len, reverse=True))
GENERIC_PROGRAM_WORDS = tuple(sorted(words("refuse/generic_program_words"), key=len, reverse=True))
INNER_JOINER_SPLIT = re.compile(alternation(words("programs/inner_joiners")))
GENERIC_PROJECT_WORDS = tuple(sorted(words("refuse/generic_project_words"), key=len, reverse=True))
# (a generic word the segmenter tags as a place opening a name, 大中城市, 深水, is no place
# before the head; after a place's name, 某市城市航站楼, it is read as the main code reads it)
GENERIC_PROJECT_SET = frozenset(GENERIC_PROJECT_WORDS)
PROJECT_HEADS = tuple(sorted(words("bodies/project_heads"), key=len, reverse=True))
WORK_HEADS = words("programs/infrastructure_heads")
BUILT_HEADS = words("programs/built_heads")  # 机场: a work's head too (高原机场某某机场)
PROJECT_WORD = next(h for h, (label,) in table("programs/list_heads").items() if label == "Project")
ROUTE_HEADS = tuple(words("bodies/route_heads"))
SIDES = tuple(words("refuse/sides"))
PROVINCE_SHORT = chars("common/province_abbreviations")
REGION_HEADS = words("refuse/region_project_heads")
OBJECT_HEADS = words("refuse/object_program_heads")
OBJECT_TAGS = ("n", "m", "v")  # a verb's object or its second verb (保障全党, 梳理出)
# Joining words inside a program's name: two things joined (某倡议同某战略), or a subject
# and its verb (某某代表在巡讲活动): a phrase read as a name.
JOINED_INSIDE = word_set("refuse/program_joined_inside")
PROGRAM_NAME_HEADS = words("programs/heads")
PREPOSITIONS_AFTER_HEAD = chars("refuse/prepositions_after_head")


@cache
def world_rows() -> tuple[tuple[str, ...], ...]:
    """The rows of jionlp's world table (a country's short and full names, its capital and
    big cities), without China's row (refuse/not_foreign), and the short names it lacks
    (places/country_short_names: 印尼)."""
    spec = importlib.util.find_spec("jionlp")  # its file, without importing it (it prints)
    world = Path(spec.origin).parent / "dictionary" / "world_location.txt"
    home = word_set("refuse/not_foreign")
    rows = (tuple(line.split("\t")) for line in world.read_text(encoding="utf-8").splitlines())
    short = tuple((s, full) for s, (full, *_) in table("places/country_short_names").items())
    return tuple(cells for cells in rows if len(cells) >= 2 and cells[0] not in home) + short


@cache
def countries() -> frozenset[str]:
    """Countries' short and full names (jionlp's world table, without China's), less
    people/not_countries (欧洲, 中东: jieba tags them as places)."""
    return frozenset(n for cells in world_rows() for n in cells[:2] if len(n) >= 2) \
        - word_set("people/not_countries")


@cache
def foreign_names() -> frozenset[str]:
    """Names of countries (short and full), their capitals and big cities, less
    refuse/not_foreign (with the names that open Chinese words: 中非)."""
    out = {n for cells in world_rows() for cell in cells for n in cell.split("/") if len(n) >= 2}
    return frozenset(out - word_set("refuse/not_foreign"))


@cache
def _foreign_pattern() -> re.Pattern:
    return re.compile(alternation(sorted(foreign_names(), key=len, reverse=True)))


def ending(name: str, heads) -> str:
    """The first of `heads` that `name` ends with ("" for none)."""
    return next((h for h in heads if name.endswith(h)), "")


def team_words(form: str, vocab: tuple[str, ...]) -> list[str] | None:
    """The words of `vocab` that make up the whole of `form` before a team's head (志愿服务队
    → [志愿]); None without a team's head or when any other word is there."""
    head = ending(form, TEAM_HEADS)
    return covering_words(form[: len(form) - len(head)], vocab) if head else None


def generic_team(form: str) -> bool:
    """Whether a task force's written form is only generic words before a team's head
    (督导工作组, 特别工作组, 跨部门工作专班): no name of its own."""
    return team_words(form, GENERIC_TEAM_WORDS) is not None


def refused_kind(label: str, name: str) -> bool:
    """Whether `name` of `label` is refused by its words alone (a kind, not one body)."""
    if label == "Organization":
        return name in foreign_names() or _former(name)  # 斯里兰卡 read before 总理
    if label == "TaskForce":
        return bool(TEAM_COUNTED.search(name)) or generic_team(name)
    if label in ("Program", "Project") and name.startswith(SIDES):
        return True  # 巴方经济发展项目: one side's, described
    if label == "Project":
        return generic_project(name) or _regions_only(name) or two_works(name) or _coded(name)
    return label == "Program" and (_generic_rule(name) or generic_program(name) or _joined(name)
                                   or _verb_before_object(name) or _head_then_preposition(name))


def covering_words(rest: str, vocab: tuple[str, ...]) -> list[str] | None:
    """The words of `vocab` (longest first) that make up the whole of `rest`, read left to
    right; None when some other word is there."""
    out = []
    while rest:
        word = next((w for w in vocab if rest.startswith(w)), None)
        if word is None:
            return None
        out.append(word)
        rest = rest[len(word):]
    return out


def _covered(rest: str, vocab: tuple[str, ...]) -> bool:
    """Whether `rest` is only words of `vocab`."""
    return covering_words(rest, vocab) is not None


def clause_start(text: str, k: int) -> int:
    """Where the clause holding position `k` starts."""
    while k > 0 and text[k - 1] not in CLAUSE_STOPS:
        k -= 1
    return k


def sentence_start(text: str, k: int) -> int:
    """Where the sentence holding position `k` starts."""
    while k > 0 and text[k - 1] not in SENTENCE_STOPS:
        k -= 1
    return k


def generic_program(name: str) -> bool:
    """A program named only by generic words before its head (安全生产专项行动, 造林绿化
    行动, 生态补偿机制), also when they are joined (某某和某某整治行动: programs/inner_joiners):
    a kind of work, not a named one."""
    head = ending(name, GENERIC_PROGRAM_ENDS)
    rest = name[: len(name) - len(head)] if head else ""
    return bool(rest) and all(part and _covered(part, GENERIC_PROGRAM_WORDS)
                              for part in INNER_JOINER_SPLIT.split(rest))


def generic_project(name: str) -> bool:
    """A project named, after any place, only by generic words before its head (某国重要
    基础设施项目, 双创项目, 全自动生产线): a kind of project, not one named work."""
    head = ending(name, PROJECT_HEADS)
    if not head:
        return False
    toks = segmenter().dictionary_words(name[: len(name) - len(head)])
    if toks and toks[0] in GENERIC_PROJECT_SET:
        return _covered("".join(toks), GENERIC_PROJECT_WORDS)  # opened by a generic word: no place
    while toks and len(toks[0]) >= 2 and (tag(toks[0]) == "ns" or toks[0] in foreign_names()):
        toks = toks[1:]
    rest = "".join(toks)
    return len(rest) >= 2 and _covered(rest, GENERIC_PROJECT_WORDS)


def _verb_before_object(name: str) -> bool:
    """A program that is a verb and at most one word before a head that is often a verb's
    object (狠抓学习教育, 务求主题教育, 保障全党学习教育): a phrase of the sentence."""
    head = ending(name, OBJECT_HEADS)
    if not head:
        return False
    toks = segmenter().dictionary_words(name[: len(name) - len(head)])
    return 1 <= len(toks) <= 2 and len(toks[0]) >= 2 and tag(toks[0]) == "v" \
        and (len(toks) == 1 or tag(toks[1]) in OBJECT_TAGS)


def two_works(name: str) -> bool:
    """A work's head written twice (某某大桥港珠澳大桥, 某某高铁自某某高铁), or 项目 before
    the end: a kind of work before a named one, or two works read as one name."""
    if 0 <= name.find(PROJECT_WORD, 0, len(name) - len(PROJECT_WORD) - 1):
        return True  # 某某项目一期生产线, 某某投资项目某某水电站: a project, then another thing
    head = max((h for h in WORK_HEADS + BUILT_HEADS if name.endswith(h)), key=len, default="")
    return bool(head) and name.find(head, 0, len(name) - len(head)) >= 0


def _coded(name: str) -> bool:
    """A project named only by a code before its head (T3航站楼, 5G项目): a part or a kind,
    whose work's name is not written; a route is named by its number (G60高速公路)."""
    head = ending(name, PROJECT_HEADS)
    core = name[: len(name) - len(head)] if head else ""
    return bool(core) and not any(is_han(c) for c in core) and not name.endswith(ROUTE_HEADS)


def _regions_only(name: str) -> bool:
    """Projects named by short names of provinces alone (京津项目): those from a region."""
    head = ending(name, REGION_HEADS)
    core = name[: len(name) - len(head)] if head else ""
    return len(core) >= 2 and all(c in PROVINCE_SHORT for c in core)


def _head_then_preposition(name: str) -> bool:
    """A program's head inside the name followed by a preposition and a phrase (某某制度为
    服务某某战略): a clause read as one name."""
    for head in PROGRAM_NAME_HEADS:
        k = name.find(head, 1)
        while k > 0:
            after = k + len(head)
            if after < len(name) - 2 and name[after] in PREPOSITIONS_AFTER_HEAD:
                return True
            k = name.find(head, k + 1)
    return False


def _joined(name: str) -> bool:
    """A program whose name holds a joining word as a word of its own after a word of two
    characters or more (某倡议同某战略; not 四同某某活动)."""
    toks = segmenter().dictionary_words(name)
    return any(w in JOINED_INSIDE and len(toks[i - 1]) >= 2 for i, w in enumerate(toks[1:-1], 1))


def _generic_rule(name: str) -> bool:
    """A program named by a word or two before a generic head (导师制度, 土政策): a kind
    of rule, not a named one (大督查机制, 腾笼换鸟政策)."""
    head = ending(name, GENERIC_PROGRAM_HEADS)
    return bool(head) and len(name) - len(head) <= 2


def _former(name: str) -> bool:
    """A body's name opened by a word of being former (原中央顾问委员会): the name is the
    body's without it (原平市委 opens with a place)."""
    return name.startswith(FORMER_MARKS) and segmenter().cut(name)[0] in FORMER_MARKS


def refused_kind_mentions(label: str, name: str, found: list[tuple[int, str]], text: str,
                          ctx) -> bool:
    """Whether the name's mentions `found` ((start, form), at least one) make it a kind:
    a program counted without quotes (十大专项行动, 三年行动计划; not “三大创建”), or a name every
    sentence of which is about foreign affairs only."""
    if label == "Program" and (COUNTED_KINDS.match(name) or ONLY_COUNTED.match(name)) \
            and all(k == 0 or text[k - 1] not in QUOTES for k, _ in found):
        return True
    if label == "Project" and name.endswith(PROJECT_WORKS):
        return False
    if label == "Project" and _foreign_article(text, ctx):
        return True  # 某国某某核电站 in an article about that country alone
    return label in FOREIGN_LABELS and all(_foreign_sentence(text, k, len(f), ctx) for k, f in found)


def _foreign_article(text: str, ctx) -> bool:
    """Whether the whole article is about foreign affairs only: it names a foreign country
    or city and neither China (refuse/china_markers) nor a Chinese place (a facility in it,
    某某核电站, stands abroad though its own sentence names no country)."""
    if not _foreign_text(text):
        return False
    return ctx is None or not any(m.level in CHINESE_LEVELS for m in ctx.mentions)


@lru_cache(maxsize=4)
def _foreign_text(text: str) -> bool:
    """The text names no China marker and some foreign country or city (read once per
    article)."""
    return not CHINA_MARKERS.search(text) and bool(_foreign_pattern().search(text))


def _foreign_sentence(text: str, k: int, n: int, ctx) -> bool:
    """Whether the sentence holding text[k:k+n] names a foreign country or city and
    neither China (refuse/china_markers) nor a Chinese place."""
    lo, hi = sentence_start(text, k), k + n
    while hi < len(text) and text[hi] not in SENTENCE_STOPS:
        hi += 1
    if not _foreign_pattern().search(text, lo, hi) or CHINA_MARKERS.search(text, lo, hi):
        return False
    return ctx is None or not any(m.level in CHINESE_LEVELS for m in ctx.inside(lo, hi))
