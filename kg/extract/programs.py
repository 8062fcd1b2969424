"""Named programs (quoted names ending in 工程/计划/行动/机制/制度 … or followed by one, and
quoted campaigns right after a verb of carrying out; quoted names sharing a campaign's head
written right after them each take it, “A”“B”行动 → A行动, B行动; a campaign against a quoted
object takes the verb before it, 打击“某某”专项行动), who implements them, quoted parks
being built (推动“…示范园”建设), and the lists the genre writes of projects and companies
(A、B等项目; A、B等世界500强企业), with brands written after a company head (龙头企业某某科技)."""
from __future__ import annotations

import re

from ..model import Ref
from ..text.script import HAN, has_han, is_han
from ..text.vocabulary import alternation, chars, table, words
from .lexicon import IMPLEMENT_VERBS, POSSESSIVE, SPEECH_VERBS, STOP_WORDS, lexicon
from .orgs import Named, clause_bounds, generic_core, is_proper
from .persons import name_like_token
from .program_forms import held_event, parallel_name, works_built_after
from .spans import Sentence, scan_start
from .tokens import freq, tag
from .unquoted import canonical, figurative

PROGRAM_HEADS = words("programs/heads")
QUOTE = re.compile(r"“([^“”\n]{2,30})”|‘([^‘’\n]{2,30})’")
# “A”“B”机制 / “A”、“B”行动: several quoted names sharing one head.
TAIL = re.compile(rf"[^\W{chars('programs/tail_stops')}_]{{0,8}}?"
                  rf"({alternation(sorted(PROGRAM_HEADS, key=len, reverse=True))})")
# What may follow a program head: the name ends there (not 战略目标, 机制建设; but
# “某某”工程经验, “某某”工程实施以来, “某某”工程推进会).
AFTER_HEAD = re.compile(rf"$|[^{HAN}]|，|{alternation(words('programs/after_head'))}")
# A launch or a time word after a program's head ends the name too (“某某”行动计划启动,
# “某某”工程今天在某地启动), unless the head names an event (“某某”征文活动今天启动).
AFTER_LAUNCH = words("programs/after_head_launch")
EVENT_HEADS = words("programs/event_heads")
# Verbs that carry out a campaign named in quotes right after them (推进“某某”, 开展“某某”).
CAMPAIGN_VERBS = words("programs/campaign_verbs")
# What must follow such a quoted campaign: the clause ends (not a list of things built).
CAMPAIGN_END = re.compile(r"$|[，。；：,;:！？）)]")
# Quoted names that are requirements, ideas or agreements, not campaigns: 五个扎实, 某某共识.
NOT_CAMPAIGN = re.compile(rf"^[{chars('common/numerals')}\d]+[{chars('programs/requirement_counters')}]"
                          rf"|(?:{alternation(words('programs/not_campaign_endings'))})$")
NOT_IN_CAMPAIGN = chars("programs/not_in_campaign")
ASPECT_PARTICLES = words("common/aspect_particles")
# Verbs that open a campaign's name before its quoted object (打击“某某”专项行动).
NAME_VERBS = tuple(sorted(words("programs/name_verbs"), key=len, reverse=True))
NAME_VERB_HEADS = tuple(words("programs/name_verb_heads"))
# Campaign heads that several quoted names written before them each take (“A”“B”行动).
SHARED_CAMPAIGN_HEADS = frozenset(words("programs/shared_campaign_heads"))
# Heads added for names written after quotes; a quoted name ending with one of them that is
# itself followed by a head (“…制度”网上签名活动) takes the longer name.
LATE_HEADS = words("programs/late_heads")
ADJACENT_HEADS = words("programs/adjacent_heads")
NOT_PROGRAM_HEADS = words("programs/not_program_heads")
EVENT_VERBS = words("programs/event_verbs")
ONE_COUNTERS = tuple(words("programs/one_counters"))
# ``A、B等项目``, ``A、B、C等世界500强企业``, ``A、B等龙头``: a short modifier may stand between
# 等 and the head.
LIST_HEADS = {head: label for head, (label,) in table("programs/list_heads").items()}
PROJECT_WORD = next(head for head, label in LIST_HEADS.items() if label == "Project")
LIST_END = re.compile(rf"(?:{alternation(words('programs/list_closers'))})"
                      rf"(?:\d+(?:{alternation(words('programs/list_counters'))})"
                      rf"|{alternation(words('programs/list_modifiers'))}){{0,3}}({alternation(LIST_HEADS)})")
NOT_COMPANY_ENDS = words("programs/not_company_endings")
PROJECT_ENDINGS = words("programs/project_endings")
QUANTITY = re.compile(rf"(?:{alternation(words('programs/quantity_openers'))})?\d")
TIME_ENDINGS = words("common/time_endings")
LIST_PROJECT_HEADS = tuple(words("bodies/project_heads") + words("programs/listed_work_endings"))
MAX_ACTIVITY = 4  # characters of a listed item that may be an activity (滑沙, 速度滑冰)


# A quoted park or base being built: 推动“某某示范园”建设 → a Project.
PARK_HEADS = alternation(words("programs/park_heads"))
QUOTED_PROJECT = re.compile(rf"“([^“”\n，。、]{{2,20}}(?:{PARK_HEADS}))”"
                            rf"(?={alternation(words('programs/park_followers'))})")
PARK_HEAD_END = re.compile(rf"(?:{PARK_HEADS})$")


def read_programs(sent: Sentence, reg) -> None:
    text = sent.text
    for m in QUOTED_PROJECT.finditer(text):
        core = PARK_HEAD_END.sub("", m.group(1))
        if len(core) >= 2 and not generic_core(core):
            reg.add("Project", m.group(1), pos=sent.start + m.start())
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
        tail = _tail(text, after)
        if tail and (not _ends_name(text, tail)
                     or any(v in text[after:tail.start(1)] for v in IMPLEMENT_VERBS + EVENT_VERBS)
                     or tail.group(1) in ADJACENT_HEADS and tail.end() - after > 2):
            tail = None
        for m in group:
            content = (m.group(1) or m.group(2)).strip()
            written = None
            if len(group) == 1 and tail and (par := parallel_name(content)) is not None \
                    and not held_event(text, m.start(), tail.group(1)):
                written, content = content + text[after:tail.end()], par  # “某某，某某”工程
            if _bad_content(content):
                continue
            name, alias = None, None
            if content.endswith(PROGRAM_HEADS) and len(content) >= 3 and not (tail and content.endswith(LATE_HEADS)):
                name = content
            elif tail and not text[after:tail.end()].startswith(NOT_PROGRAM_HEADS):
                if len(group) == 1:
                    name, alias = content + text[after:tail.end()], content
                    name = _with_verb(text, m.start(), name)
                elif tail.start(1) == after and tail.group(1) in SHARED_CAMPAIGN_HEADS:
                    name, alias = content + tail.group(1), content  # “A”“B”行动: A行动, B行动
                else:
                    name = content
            elif len(group) == 1 and _campaign(text, m, content):
                name = content  # 全面推进“某某到支部”: a quoted campaign carried out
            if not name or figurative(name) and (sum(_headed(g) for g in group) < 2
                                                 or text.endswith(ONE_COUNTERS, 0, group[0].start())):
                continue  # (“某某工程”“某某工程”: quoted side by side, each names a program;
                # not after 一项: what the subject is)
            pos = sent.start + m.start()
            if canonical(name) != name:  # a form of a known program (“放管服”改革)
                name, alias = canonical(name), name
            aliases = {a for a in (alias, written) if a and a != name}
            ref = reg.add("Program", name, aliases=aliases, pos=pos)
            implements(sent, reg, ref, pos)


def _headed(m: re.Match) -> bool:
    """The quoted name ends with a program's head (“某某工程”)."""
    return (m.group(1) or m.group(2)).strip().endswith(PROGRAM_HEADS)


def _with_verb(text: str, start: int, name: str) -> str:
    """A campaign against a quoted object (打击“某某”走私犯罪行动) named with the verb
    before the quote; `name` as read otherwise."""
    if not name.endswith(NAME_VERB_HEADS):
        return name
    verb = next((v for v in NAME_VERBS if text.endswith(v, 0, start)), "")
    return verb + name


def _tail(text: str, after: int):
    """The head noun written after a quote (“某某”工作部署), the shortest that ends the name."""
    first = None
    for k in range(after, min(len(text), after + 9)):
        tail = TAIL.fullmatch(text, after, k + 1)
        if tail is None:
            continue
        if first is None:
            first = tail
        if _ends_name(text, tail):
            return tail
    return first


def _ends_name(text: str, tail: re.Match) -> bool:
    """Whether a program's name may end with the head `tail` found after a quote."""
    return bool(AFTER_HEAD.match(text, tail.end())) or (
        text.startswith(AFTER_LAUNCH, tail.end()) and not tail.group(1).endswith(EVENT_HEADS)) \
        or works_built_after(text, text[tail.start():tail.start(1)], tail.group(1), tail.end())


def _campaign(text: str, m: re.Match, content: str) -> bool:
    """A quoted name right after a verb of carrying out, that ends the verb's object: a
    campaign (开展“某某基层行”), not a slogan (a list, a sentence, a common word)."""
    if not text.endswith(CAMPAIGN_VERBS, 0, m.start()) or not CAMPAIGN_END.match(text, m.end()):
        return False
    if not 3 <= len(content) <= 12 or any(c in content for c in "、，,。！？!?…—") \
            or POSSESSIVE in content or any(c in content for c in NOT_IN_CAMPAIGN):
        return False
    if NOT_CAMPAIGN.search(content):
        return False
    if content.endswith(ASPECT_PARTICLES) or freq(content) or not has_han(content):
        return False
    return True


def _bad_content(content: str) -> bool:
    """A quote that names no program: a sentence, too long, a body's or a project's head,
    or an attributive phrase closed by 的 (“更好的”某某体系: the head's description)."""
    return (any(c in content for c in "，。？！；：") or len(content) > 24
            or content.endswith(NOT_PROGRAM_HEADS) or content.endswith(POSSESSIVE))


def implements(sent: Sentence, reg, program: Ref, pos: int) -> None:
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


def _activity(name: str, item: str, place) -> bool:
    """A short listed item with no project's head, place, number or quotes (滑沙、攀岩等项目),
    in a list that names no work: an activity or an event offered, not a work."""
    return len(name) <= MAX_ACTIVITY and place is None and name == item \
        and not name.endswith(LIST_PROJECT_HEADS) and not QUANTITY.search(name)


def _brand_word(item: str) -> bool:
    """A word that may be a brand in a list of companies: 2–4 characters, a noun, not a
    word naming a kind (相关, 重点, 配套)."""
    if not 2 <= len(item) <= 3 or not is_han(item):
        return False
    return tag(item) in (None, "n", "nz", "nr", "nrt", "ns", "nt", "j") and not generic_core(item)


# Heads after which a brand may be written without its legal suffix: 龙头企业某某科技落户…
BRAND_HEADS = re.compile(f"(?:{alternation(words('programs/brand_heads'))})")
AFTER_BRAND = words("programs/after_brand")
# A brand written without its suffix ends with a trade word, or is followed by what a company does.
BRAND_TAILS = words("programs/brand_tails")
BRAND_VERBS = words("programs/brand_verbs")


def read_brands(sent: Sentence, reg) -> list[tuple[int, int]]:
    """A brand right after a company head (龙头企业某某股份带动…, 企业某某科技落户…): up to
    three tokens, a proper name, then a verb, a particle or a delimiter."""
    spans = []
    text = sent.article
    for m in BRAND_HEADS.finditer(sent.text):
        e = sent.start + m.end()
        head_tok = sent.token_at(e - 1)
        if head_tok is None or head_tok[1] != e or e >= sent.end:
            continue  # 企业家, 公司化: the head is part of a longer word
        k, toks = e, []
        while k < sent.end and len(toks) < 3:
            tok = sent.token_at(k)
            if tok is None or tok[0] != k or not is_han(tok[2]):
                break
            t = tag(tok[2])
            if toks and (t or "").startswith("v") or tok[2] in AFTER_BRAND or tok[2] in STOP_WORDS \
                    or tok[2] in SPEECH_VERBS:
                break
            if toks and t in ("t", "d", "p", "c", "r", "m", "l", "f", "q") or tok[2].endswith(TIME_ENDINGS):
                break  # 某某不久前, 某某近日: a time word ends the name
            if tok[2] in lexicon().titles:
                toks = []
                break  # 公司董事长某某: a post and a person
            toks.append(tok)
            k = tok[1]
        if not toks or len(toks) == 1 and (freq(toks[0][2]) or len(toks[0][2]) < 3):
            continue  # 企业云集: one known word is no brand
        nxt = sent.token_at(k) if k < sent.end else None
        if nxt is not None and not (text[k] in "，。；、：,;:！？（(" or nxt[2] in AFTER_BRAND
                                    or nxt[2] in STOP_WORDS or nxt[2] in SPEECH_VERBS
                                    or (tag(nxt[2]) or "").startswith("v")):
            continue
        name = text[e:k]
        if not (toks[-1][2] in BRAND_TAILS and len(toks) > 1 or nxt is not None and nxt[2] in BRAND_VERBS):
            continue  # 企业稳岗扩岗, 公司集体发力: a verb phrase, not a brand
        if not 2 <= len(name) <= 6 or not _proper_item(name) or generic_core(toks[0][2]) \
                or sent.ctx.covering(e) is not None or len(name) <= 3 and name_like_token(name) \
                or tag(toks[0][2]) in ("v", "vn", "d", "p", "c", "r", "m", "q", "f", "t", "a", "ad"):
            continue
        reg.add("Company", name, pos=e)
        spans.append((e, k))
    return spans


def read_lists(sent: Sentence, reg) -> list[tuple[int, int]]:
    """``A、B、C等项目`` / ``等企业``: each item a Project or a Company; a project item
    that starts with its company (漳州恒晟8万吨冷轧板) gives the company too."""
    text = sent.article
    spans = read_brands(sent, reg)
    for m in LIST_END.finditer(sent.text):
        label = LIST_HEADS[m.group(1)]
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
        proper = sum(_proper_item("".join(c for c in it if c not in "“”\"")) for _, it in items)
        loose = label != "Project" and proper >= 2 and 2 * proper >= len(items)
        # A list that names works (某某大桥, “某某”码头) keeps its short items (某某三馆).
        works = any("“" in it or it.endswith(LIST_PROJECT_HEADS) for _, it in items)
        for b, item in items:
            spans.append((b, b + len(item)))
            if loose and _brand_word(item) and not (sent.ctx.starting(b) is not None):
                reg.add("Company", item, pos=b)  # 百度 in a list of companies
                continue
            name = "".join(c for c in item if c not in "“”\"")
            place = sent.ctx.starting(b)
            if not (_proper_item(name) or place is not None and b + len(item) - place.end >= 2) \
                    or place is not None and place.end == b + len(item):
                continue
            if label == "Project" and not works and _activity(name, item, place):
                continue
            if label == "Project":
                q = QUANTITY.search(name)
                full = name if name.endswith(PROJECT_ENDINGS) or not q else name + PROJECT_WORD
                reg.add("Project", full, aliases={name} if full != name else (), pos=b)
                if q and q.start() >= 2:
                    company = name[:q.start()]
                    place = sent.ctx.starting(b)
                    if not (place is not None and place.end - b == len(company)):
                        reg.add("Company", company, pos=b)
            elif not name.endswith(NOT_COMPANY_ENDS):
                reg.add("Company", name, pos=b)
    return spans
