"""Named programs (quoted names ending in 工程/计划/行动/机制 … or followed by one), who
implements them, and the lists the genre writes of projects and companies
(A、B等项目; A、B等企业)."""
from __future__ import annotations

import re

from ..model import Ref
from .lexicon import IMPLEMENT_VERBS
from .orgs import Named, clause_bounds, generic_core, is_proper
from .spans import Sentence, scan_start

PROGRAM_HEADS = ("工程", "计划", "行动", "机制", "体系", "活动", "战略", "十条", "条措施",
                 "行动计划", "专项行动", "攻坚战", "工作法", "政策")
QUOTE = re.compile(r"“([^“”\n]{2,30})”|‘([^‘’\n]{2,30})’")
# “A”“B”机制 / “A”、“B”行动: several quoted names sharing one head.
TAIL = re.compile(r"[^\W的等和与及之_]{0,8}?(" + "|".join(sorted(PROGRAM_HEADS, key=len, reverse=True)) + ")")
# What may follow a program head: the name ends there (not 战略目标, 机制建设).
AFTER_HEAD = re.compile(r"$|[^\u4e00-\u9fff]|[的和与及中，]")
NOT_PROGRAM_HEADS = ("专班", "指挥部", "工作组", "小组", "项目")
LIST_END = re.compile(r"等(?:重大|重点|大|新)?(项目|企业|公司)")
QUANTITY = re.compile(r"(?:年产)?\d")


def read_programs(sent: Sentence, reg) -> None:
    text = sent.text
    matches = list(QUOTE.finditer(text))
    k = 0
    while k < len(matches):
        group = [matches[k]]
        while k + 1 < len(matches) and matches[k + 1].start() - group[-1].end() <= 1 \
                and text[group[-1].end():matches[k + 1].start()] in ("", "、"):
            k += 1
            group.append(matches[k])
        k += 1
        after = group[-1].end()
        tail = TAIL.match(text, after)
        if tail and (not AFTER_HEAD.match(text, tail.end())
                     or any(v in text[after:tail.start(1)] for v in IMPLEMENT_VERBS + ("开展", "举办", "参加"))
                     or tail.group(1) == "政策" and tail.end() - after > 2):
            tail = None
        for m in group:
            content = (m.group(1) or m.group(2)).strip()
            if _bad_content(content):
                continue
            name, alias = None, None
            if content.endswith(PROGRAM_HEADS) and len(content) >= 3:
                name = content
            elif tail and not text[after:tail.end()].startswith(NOT_PROGRAM_HEADS):
                if len(group) == 1:
                    name, alias = content + text[after:tail.end()], content
                else:
                    name = content
            if not name:
                continue
            pos = sent.start + m.start()
            ref = reg.add("Program", name, aliases={alias} if alias else (), pos=pos)
            _implements(sent, reg, ref, pos)


def _bad_content(content: str) -> bool:
    return (any(c in content for c in "，。？！；：") or len(content) > 24
            or content.endswith(NOT_PROGRAM_HEADS))


def _implements(sent: Sentence, reg, program: Ref, pos: int) -> None:
    """PLACE/ORG 实施/开展/启动 “program” → IMPLEMENTS, within the clause."""
    lo, _ = clause_bounds(sent, pos)
    window = sent.article[lo:pos]
    at = max((window.rfind(v) for v in IMPLEMENT_VERBS), default=-1)
    if at < 0:
        return
    v = lo + at
    cands = [(m.start, Ref("Place", m.name)) for m in sent.ctx.inside(lo, v)]
    cands += [(p, Ref(lab, n)) for lab, n, p in reg.order
              if lo <= p < v and lab in ("Organization", "Place") and (lab, n) in reg.entities]
    if cands:  # the subject opens the clause: 市委组织部联合市工商联…启动“…”
        reg.relate("IMPLEMENTS", min(cands, key=lambda c: c[0])[1], program, sent.text)


def _proper_item(name: str) -> bool:
    """A listed item names one thing: a number, a quoted or unknown word, a proper noun
    (not 绿化、供水等项目)."""
    if len(name) < 2 or generic_core(name):
        return False
    return is_proper(name, Named(0, 0, name, "Project", "project", ""))


def read_lists(sent: Sentence, reg) -> list[tuple[int, int]]:
    """``A、B、C等项目`` / ``等企业``: each item a Project or a Company; a project item
    that starts with its company (漳州恒晟8万吨冷轧板) gives the company too."""
    text = sent.article
    spans = []
    for m in LIST_END.finditer(sent.text):
        kind = m.group(1)
        end = sent.start + m.start()
        items = []
        while True:
            b = scan_start(sent, end, maxlen=30)
            item = text[b:end]
            if b >= end or any(c in item for c in "，。；："):
                break
            items.append((b, item))
            if b - 1 >= sent.start and text[b - 1] == "、":
                end = b - 1
                continue
            break
        for b, item in items:
            spans.append((b, b + len(item)))
            name = "".join(c for c in item if c not in "“”\"")
            place = sent.ctx.starting(b)
            if not (_proper_item(name) or place is not None and b + len(item) - place.end >= 2) \
                    or place is not None and place.end == b + len(item):
                continue
            if kind == "项目":
                q = QUANTITY.search(name)
                full = name if name.endswith(("项目", "基地", "园", "谷", "馆", "村", "码头", "中心")) or not q else name + "项目"
                reg.add("Project", full, aliases={name} if full != name else (), pos=b)
                if q and q.start() >= 2:
                    company = name[:q.start()]
                    place = sent.ctx.starting(b)
                    if not (place is not None and place.end - b == len(company)):
                        reg.add("Company", company, pos=b)
            else:
                reg.add("Company", name, pos=b)
    return spans
