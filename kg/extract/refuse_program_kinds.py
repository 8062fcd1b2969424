"""Programs that are no program by their kind or by where their name starts, beside
`kg.extract.refuse_programs`: a system of institutions (某某服务体系, “某某”制度体系,
某某防控体系) named without a code (“2468”企业服务体系 and “3+2”考核体系 are kept),
and a name opened by the clause's verb of carrying out, after an adverb or not (深入打好
某某攻坚战, 坚持实施某某政策), which is read as the program after them (not when a quote
opens before the verb: “深化某某、某某”系列活动), a program opened by a count of its owners
(八部门某某行动), and a campaign of learning opened by who takes part in it (政协|某某学习教育), read as the campaign, or as none
when only its head is left (团员|学习教育), and a program opened by the body that carries
it out (公安部|某某专项行动, 公安机关|打击某某专项行动), read as the program; and a
generic operation with no topic (三轮打击行动, 地面军事行动, 集中缉捕行动), and a part of a
national transfer work (某某调水|输配水工程, 西电东送|重点工程): a work, not a program; and
two programs glued by 和 or 与, each with its own head (某某规划和某某计划), read as the
second. Words are data
(kg/data/vocab/refuse/, programs/carry_verbs)."""
from __future__ import annotations

import re

from functools import lru_cache

from ..resolve.aliases import tables
from ..text.vocabulary import alternation, chars, table, words
from .refuse_kinds import QUOTES

SYSTEM_HEADS = tuple(words("refuse/system_heads"))
CODE_CHARS = frozenset(chars("common/numerals") + chars("common/counters") + chars("refuse/code_marks"))
MIN_CODE = 2  # characters of a code opening a system's name (四个一, 3+2; not 一 of 一城一策)
CARRY_ADVERBS = tuple(sorted(words("refuse/carry_adverbs"), key=len, reverse=True))
CARRY_VERBS = tuple(sorted((v for v in words("programs/carry_verbs") if len(v) >= 2), key=len, reverse=True))
MIN_REST = 4  # characters of the program left after the clause's words
OPENING_QUOTES = "“‘\"「"
PARTICIPANTS = tuple(sorted(words("refuse/participants"), key=len, reverse=True))
LEARNING_HEADS = tuple(words("refuse/learning_heads"))
OWNER_KINDS = tuple(words("refuse/campaign_owner_kinds"))
MARKS = table("refuse/program_kind_marks")
GLUE_MARKS = "".join(MARKS["glue"])
HEAD_ENDS = chars("refuse/program_head_ends")  # 划 of 规划, 动 of 运动 …
MIN_GLUED = 4  # characters of each of two glued programs (某某规划, 某某行动)
PROGRAM_HEADS = tuple(words("programs/heads"))
MIN_OWNED = 4  # characters of the program left after its owner (公安部|净网专项行动)
# A generic operation: a scope or a count of rounds and a kind of operation, one of the
# two at least, then 行动 (三轮打击行动, 地区军事行动, 地区行动计划).
(_ROUND,), (_OPERATION,), (_PLAN,) = MARKS["round"], MARKS["operation"], MARKS["plan"]
_OPENER = (rf"(?:[\d{chars('common/numerals')}]+{_ROUND}"
           rf"|{alternation(sorted(words('refuse/operation_openers'), key=len, reverse=True))})")
_KIND = rf"(?:{alternation(words('refuse/operation_kinds'))})"
GENERIC_OPERATION = re.compile(rf"^(?:{_OPENER}{_KIND}?|{_KIND}){_OPERATION}(?:{_PLAN})?$")
# A national transfer work (programs/diversion_works) with words before 工程: a work.
MAX_WORK_WORDS = 6  # characters between the work's name and 工程 (输配水, 后续, 重点)
TRANSFER_WORK = re.compile(rf"^(?:{alternation(words('programs/diversion_works'))})"
                           rf"[^，。、]{{0,{MAX_WORK_WORDS}}}(?:{alternation(words('programs/works_head'))})$")
COUNTED_OWNER = re.compile(rf"^[\d{chars('common/numerals')}]+(?:{alternation(words('refuse/counted_owners'))})")


def _code_char(c: str) -> bool:
    return c.isascii() and c.isalnum() or c.isdigit() or c in CODE_CHARS


def uncoded_system(name: str) -> bool:
    """A system (某某体系, 某某体制) whose name is not opened by a code of two characters or
    more (互联网+养老服务体系, 某某制度体系; not 2468企业服务体系, 四个一产业体系)."""
    if not name.endswith(SYSTEM_HEADS):
        return False
    k = 0
    while k < len(name) and _code_char(name[k]):
        k += 1
    return k < MIN_CODE


def generic_operation(name: str) -> bool:
    """An operation named only by its kind, after a scope or a count of rounds at most
    (三轮打击行动, 全球应对行动, 地区军事行动计划), or by a scope alone (地区行动计划): what
    is done, not a program (打击洋垃圾走私集中行动 names its topic and is kept)."""
    return bool(GENERIC_OPERATION.match(name))


def transfer_work(name: str) -> bool:
    """A national transfer work, or a line or part of one, named with 工程 (引某济某输配水
    工程, 某某调水后续工程, 某某送电重点工程): a work (a Project), not a program; its plan
    (某某调水工程总体规划) is kept."""
    return bool(TRANSFER_WORK.match(name))


def counted_owner(name: str) -> bool:
    """A program opened by a count of who carries it out (八部门某某专项行动, 10部委某某行动)."""
    return bool(COUNTED_OWNER.match(name))


def carried_remainder(name: str, text: str) -> str | None:
    """The program after a verb of carrying out that opens `name`, with an adverb before it
    or none (深入打好|某某攻坚战, 坚持实施|某某政策, 深化|某某行动计划), when the article never
    opens a quote at the name's start (“进一步…”政策 is a quoted name); None otherwise."""
    rest = name
    adverb = next((a for a in CARRY_ADVERBS if rest.startswith(a)), "")
    verb = next((v for v in CARRY_VERBS if rest.startswith(v, len(adverb))), "")
    if not verb:
        return None
    rest = rest[len(adverb) + len(verb):]
    if len(rest) < MIN_REST:
        return None
    k = text.find(name)
    while k >= 0:
        if k > 0 and text[k - 1] in OPENING_QUOTES:
            return None
        k = text.find(name, k + 1)
    if any(q + name[:len(name) - len(rest) + 1] in text for q in OPENING_QUOTES):
        return None  # “深化某某、某某”系列活动: the verb opens a quoted name
    return rest if not any(c in QUOTES for c in rest[:1]) else None


def participant_remainder(name: str) -> str | None:
    """The campaign of learning after who takes part in it (政协某某学习教育 → 某某学习教育);
    "" when only the head is left (团员学习教育: learning of a kind); None when `name` opens
    with no such word or is no campaign of learning."""
    if not name.endswith(LEARNING_HEADS):
        return None
    rest = name
    while (who := next((w for w in PARTICIPANTS if rest.startswith(w)), "")):
        rest = rest[len(who):]
    if rest == name:
        return None
    return "" if rest in LEARNING_HEADS else rest


@lru_cache(maxsize=1)
def _owners() -> tuple[str, ...]:
    """National bodies named bare (central_bodies.tsv) and kinds of bodies, longest first."""
    forms = {f for f in tables().central if len(f) >= 2} | set(OWNER_KINDS)
    return tuple(sorted(forms, key=len, reverse=True))


def owner_remainder(name: str) -> str | None:
    """The program after the body that carries it out, which opens `name` (公安部净网专项行动
    → 净网专项行动, 公安机关打击某某专项行动 → 打击某某专项行动); None when no body opens it,
    or what is left is short or no program's name (国务院第三次全体会议)."""
    owner = next((o for o in _owners() if name.startswith(o)), "")
    rest = name[len(owner):]
    if not owner or len(rest) < MIN_OWNED or not rest.endswith(PROGRAM_HEADS):
        return None
    return rest


def glued_remainder(name: str) -> str | None:
    """The second of two programs glued by 和 or 与, each ending with a program's head, the
    first read by its last character (某某发展规划和某某培训计划 → 某某培训计划, 某某运动和
    某某行动 → 某某行动); None when the first part has no head of its own (大豆和油料产能
    提升工程: one program of two topics)."""
    for k, c in enumerate(name):
        if c in GLUE_MARKS and k >= MIN_GLUED and name[k - 1] in HEAD_ENDS:
            rest = name[k + 1:]
            if len(rest) >= MIN_GLUED and rest.endswith(PROGRAM_HEADS):
                return rest
    return None
