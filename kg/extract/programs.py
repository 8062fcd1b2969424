"""Named programs (quoted names ending in 工程/计划/行动/机制/制度 … or followed by one, and
quoted campaigns right after a verb of carrying out), who implements them, quoted parks
being built (推动“…示范园”建设), and the lists the genre writes of projects and companies
(A、B等项目; A、B等世界500强企业), with brands written after a company head (龙头企业某某科技)."""
from __future__ import annotations

import re

from ..model import Ref
from .lexicon import IMPLEMENT_VERBS, SPEECH_VERBS, STOP_WORDS, lexicon
from .orgs import Named, clause_bounds, generic_core, is_proper
from .spans import Sentence, scan_start
from .persons import name_like_token
from .tokens import freq, tag

PROGRAM_HEADS = ("工程", "计划", "行动", "机制", "体系", "活动", "战略", "十条", "条措施",
                 "行动计划", "专项行动", "攻坚战", "工作法", "政策", "制度", "工作部署", "创建")
QUOTE = re.compile(r"“([^“”\n]{2,30})”|‘([^‘’\n]{2,30})’")
# “A”“B”机制 / “A”、“B”行动: several quoted names sharing one head.
TAIL = re.compile(r"[^\W的等和与及之_]{0,8}?(" + "|".join(sorted(PROGRAM_HEADS, key=len, reverse=True)) + ")")
# What may follow a program head: the name ends there (not 战略目标, 机制建设; but
# “某某”工程经验, “某某”工程实施以来, “某某”工程推进会).
AFTER_HEAD = re.compile(r"$|[^\u4e00-\u9fff]|[的和与及中上，]|定位|经验|以来|实施|推进会|现场会")
# Verbs that carry out a campaign named in quotes right after them (推进“某某”, 开展“某某”).
CAMPAIGN_VERBS = ("推进", "开展", "落实", "推行", "深化", "深入开展", "全面推进",
                  "大力开展", "扎实开展", "持续开展", "组织开展")
# What must follow such a quoted campaign: the clause ends (not a list of things built).
CAMPAIGN_END = re.compile(r"$|[，。；：,;:！？）)]")
# Quoted names that are requirements, ideas or agreements, not campaigns: 五个扎实, 某某共识.
NOT_CAMPAIGN = re.compile(r"^[一二三四五六七八九十两百千万\d]+[个项种条点]|(?:共识|精神|思想|要求|理念|指示|讲话|论述|倡议|意识|自信|维护|方案|进程|关系|愿景|主义|战|令|打击|码)$")
# Heads added for names written after quotes; a quoted name ending with one of them that is
# itself followed by a head (“…制度”网上签名活动) takes the longer name.
LATE_HEADS = ("制度", "工作部署", "创建")
NOT_PROGRAM_HEADS = ("专班", "指挥部", "工作组", "小组", "项目")
# ``A、B等项目``, ``A、B、C等世界500强企业``, ``A、B等龙头``: a short modifier may stand between
# 等 and the head.
LIST_MODS = ("世界500强", "中国500强", "世界", "全球", "国内外", "国内", "国际", "知名", "龙头", "头部", "骨干",
             "领军", "重点", "链主", "大型", "优质", "行业", "平台", "科技", "互联网", "高新技术", "民营",
             "国有", "上市", "一批", "多家", "一流", "领先", "标杆", "重大", "外资", "大", "新")
LIST_END = re.compile(r"等(?:\d+家|\d+强|" + "|".join(LIST_MODS) + r"){0,3}(项目|企业|公司|龙头)")
NOT_COMPANY_ENDS = ("园", "园区", "基地", "中心", "研究院", "研究所", "大学", "学院", "医院", "协会", "商会")
QUANTITY = re.compile(r"(?:年产)?\d")


# A quoted park or base being built: 推动“某某示范园”建设 → a Project.
QUOTED_PROJECT = re.compile(r"“([^“”\n，。、]{2,20}(?:示范园|产业园|科技园|工业园|园区|基地|小镇|综合体))”(?=建设|项目|开工|落地|建成)")


def read_programs(sent: Sentence, reg) -> None:
    text = sent.text
    for m in QUOTED_PROJECT.finditer(text):
        core = re.sub(r"(?:示范园|产业园|科技园|工业园|园区|基地|小镇|综合体)$", "", m.group(1))
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
        if tail and (not AFTER_HEAD.match(text, tail.end())
                     or any(v in text[after:tail.start(1)] for v in IMPLEMENT_VERBS + ("开展", "举办", "参加"))
                     or tail.group(1) == "政策" and tail.end() - after > 2):
            tail = None
        for m in group:
            content = (m.group(1) or m.group(2)).strip()
            if _bad_content(content):
                continue
            name, alias = None, None
            if content.endswith(PROGRAM_HEADS) and len(content) >= 3 and not (tail and content.endswith(LATE_HEADS)):
                name = content
            elif tail and not text[after:tail.end()].startswith(NOT_PROGRAM_HEADS):
                if len(group) == 1:
                    name, alias = content + text[after:tail.end()], content
                else:
                    name = content
            elif len(group) == 1 and _campaign(text, m, content):
                name = content  # 全面推进“某某到支部”: a quoted campaign carried out
            if not name:
                continue
            pos = sent.start + m.start()
            ref = reg.add("Program", name, aliases={alias} if alias else (), pos=pos)
            _implements(sent, reg, ref, pos)


def _tail(text: str, after: int):
    """The head noun written after a quote (“某某”工作部署), the shortest that ends the name."""
    first = None
    for k in range(after, min(len(text), after + 9)):
        tail = TAIL.fullmatch(text, after, k + 1)
        if tail is None:
            continue
        if first is None:
            first = tail
        if AFTER_HEAD.match(text, tail.end()):
            return tail
    return first


def _campaign(text: str, m: re.Match, content: str) -> bool:
    """A quoted name right after a verb of carrying out, that ends the verb's object: a
    campaign (开展“某某基层行”), not a slogan (a list, a sentence, a common word)."""
    if not text.endswith(CAMPAIGN_VERBS, 0, m.start()) or not CAMPAIGN_END.match(text, m.end()):
        return False
    if not 3 <= len(content) <= 12 or any(c in content for c in "、，,。！？!?…—的") \
            or any(c in content for c in "我你他她们吗呢吧啊"):
        return False
    if NOT_CAMPAIGN.search(content):
        return False
    if content.endswith(("的", "了", "着")) or freq(content) or not any("\u4e00" <= c <= "\u9fff" for c in content):
        return False
    return True


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


def _brand_word(item: str) -> bool:
    """A word that may be a brand in a list of companies: 2–4 characters, a noun, not a
    word naming a kind (相关, 重点, 配套)."""
    if not 2 <= len(item) <= 3 or not all("\u4e00" <= c <= "\u9fff" for c in item):
        return False
    return tag(item) in (None, "n", "nz", "nr", "nrt", "ns", "nt", "j") and not generic_core(item)


# Heads after which a brand may be written without its legal suffix: 龙头企业某某科技落户…
BRAND_HEADS = re.compile(r"(?:龙头企业|链主企业|领军企业|骨干企业|头部企业|企业|公司)")
AFTER_BRAND = ("的", "在", "已", "将", "是", "也", "还", "就", "于", "等")
# A brand written without its suffix ends with a trade word, or is followed by what a company does.
BRAND_TAILS = ("科技", "股份", "控股", "电子", "汽车", "药业", "医药", "食品", "电器", "材料", "新材料",
               "智能", "能源", "新能源", "光电", "生物", "农业", "物流", "传媒", "实业", "重工", "机械",
               "航空", "通信", "通讯", "电气", "化工", "钢铁", "建设", "置业", "环保", "数据", "软件",
               "网络", "信息", "动力", "装备", "精密", "半导体", "微电子", "制药", "乳业", "纺织")
BRAND_VERBS = ("落户", "入驻", "投资", "带动", "签约", "投产", "扎根", "进驻", "布局", "建成", "研发", "生产")


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
            if tok is None or tok[0] != k or not all("\u4e00" <= c <= "\u9fff" for c in tok[2]):
                break
            t = tag(tok[2])
            if toks and (t or "").startswith("v") or tok[2] in AFTER_BRAND or tok[2] in STOP_WORDS \
                    or tok[2] in SPEECH_VERBS:
                break
            if toks and t in ("t", "d", "p", "c", "r", "m", "l", "f", "q") or tok[2].endswith(("前", "后", "时")):
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
        if kind == "龙头":
            kind = "企业"
        proper = sum(_proper_item("".join(c for c in it if c not in "“”\"")) for _, it in items)
        loose = kind != "项目" and proper >= 2 and 2 * proper >= len(items)
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
            if kind == "项目":
                q = QUANTITY.search(name)
                full = name if name.endswith(("项目", "基地", "园", "谷", "馆", "村", "码头", "中心")) or not q else name + "项目"
                reg.add("Project", full, aliases={name} if full != name else (), pos=b)
                if q and q.start() >= 2:
                    company = name[:q.start()]
                    place = sent.ctx.starting(b)
                    if not (place is not None and place.end - b == len(company)):
                        reg.add("Company", company, pos=b)
            elif not name.endswith(NOT_COMPANY_ENDS):
                reg.add("Company", name, pos=b)
    return spans
