"""Organisations, companies, task forces and projects found by their head word (局, 党委,
有限公司, 专班, 项目 …), with their start found by scanning back, and their names
resolved against the places of the article (市委组织部 → 泉州市委组织部)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .context import LEVEL_PREFIXES
from .lexicon import lexicon
from .spans import Sentence, scan_start
from ..text.segmenter import segmenter
from .tokens import PROPER_TAGS, freq, tag

# Heads that end a named project or a data/compute centre being built.
PROJECT_HEADS = ("项目", "算力中心", "数据中心", "产业园")
# Words that end with an organisation head but are not organisations.
NOT_ORG_WORDS = {
    "格局", "布局", "大局", "结局", "当局", "骗局", "开局", "困局", "变局", "破局", "全局", "时局",
    "政局", "出局", "棋局", "饭局", "新格局", "大厅", "餐厅", "客厅", "展厅", "门厅", "舞厅",
    "举办", "创办", "承办", "主办", "协办", "申办", "开办", "兴办", "督办", "代办", "怎么办",
    "包办", "筹办", "查办", "交办", "好办", "部署", "签署", "中心", "核心", "重心", "信心",
    "决心", "爱心", "用心", "初心", "民心", "人心", "同心", "精心", "细心", "耐心", "安心",
    "放心", "热心", "开心", "暖心", "省心", "舒心", "贴心", "公心", "连心", "齐心", "专心",
    "城市中心", "市中心", "中心城区", "中心区", "小组", "人大", "政府", "公司", "集团", "银行",
    "办", "局", "厅", "署", "委员会", "办公室", "大学", "学院",
}
NOT_ORG_WORDS -= {"中心", "小组", "人大", "政府", "公司", "集团", "银行", "委员会", "办公室", "大学", "学院"}
CODE_QUOTE = re.compile(r"“[\d+＋Nn]+”")
ORDINAL = re.compile(r"第?[一二三四五六七八九十百零\d]+届")
NOT_ORG_ENDINGS = tuple(w for w in NOT_ORG_WORDS if len(w) >= 2) + (
    "好局", "开好局", "协商会", "座谈会", "研讨会", "交流会", "推介会", "博览会", "展销会", "联谊会",
    # 办 as the verb "to handle": 实事办好, 网上办, 跨省通办, 转办
    "事办", "通办", "网上办", "掌上办", "马上办", "就近办", "一次办", "免办", "转办", "帮办", "领办",
    "快办", "难办", "联办", "合办", "承办")
NOT_PREFIX_WORDS = {"市场", "市值", "市面", "市民", "区域", "区间", "区块", "区别", "区分", "县域",
                    "县城", "乡村", "乡镇", "乡土", "乡亲", "乡愁", "镇村", "村庄", "村落", "村民",
                    "省级", "市级", "县级", "区级", "乡级", "镇级", "村级", "市县", "省市", "县区",
                    "市区", "城区"}
# Words after a head that make it a modifier: 专班运行体系, 指挥部办公室 stays (an office).
NOT_AFTER_HEAD = ("运行", "机制", "体系", "制度", "模式", "工作机制", "成员单位", "月调度", "工作报告")
# Modifiers too generic to name a body on their own (产业专班, 相关部门, 石化公司).
GENERIC = set("""
产业 重点 重点产业 工作 各 相关 有关 该 本 其 这 此 各类 各级 全市 全县 全区 全省 全镇 全村 新 老 大 小
企业 服务 专业 管理 建设 项目 行业 部门 单位 机构 系统 党员 干部 群众 基层 地方 当地 上级 下级 两 三
多 个 等 一 一个 多个 石化 化工 能源 科技 应用 封装 测试 材料 芯片 公司 集团 村 镇 县 市 区 省 乡
专门 综合 社区 企业服务 升规 高企 融资 融资服务 工业 产业发展 经济 发展 创新 国有 民营 外资 合资
乡村 融合 乡村融合 发展项目 合作 重大 签约 开工 竣工 洽谈 在谈 问题 困难 新开工 新签约 中
城市更新 更新 民生 惠民 为民 实事 公益 基础设施 基础 设施 招商 科研 攻关 运动 体育 比赛 体操 非遗
文化 旅游 文旅 农业 水利 交通 能源 环保 生态 保护 治理 改造 提升 示范 试点 援助 对外援助 适老化
价格 帮扶 扶贫 援建 援疆 援藏 乡村振兴 振兴 民营企业 外资企业 国有企业 战略性 新兴产业 新兴 产业链
数字 数字化 智能 智慧 绿色 低碳 新能源 高新技术 科技创新 研发 孵化 就业 培训 教育 医疗 养老 托育
住房 棚户区 老旧小区 城中村 安置 搬迁 道路 桥梁 管网 污水 供水 供电 绿化 亮化 美化 第一批 第二批
一批 首批 高水平 研究型 理工类 国外 境外 国内 中小学 大中 中小 高校 名校 重点 知名 一流 新质生产力 新质 生产力 促发展 雪上 冰上 水上 体验 该 此类 这些 各类 上述 相关 配套 子 级 大型 小型 中小 龙头 链主 优质 好 大批
""".split())


@dataclass
class Named:
    """A name found in a sentence, before and after resolution."""
    start: int
    end: int
    surface: str
    label: str
    kind: str
    head: str
    name: str = ""
    aliases: set[str] = field(default_factory=set)
    place: object | None = None       # PlaceMention the body is located in
    generic: bool = False             # a bare reference (专班, 指挥部, 招商局)
    relative: bool = False            # resolved from a level word (市委 → 泉州市委)


def head_at(sent: Sentence, end: int) -> str | None:
    """The longest organisation/project head word ending at article position `end`."""
    text = sent.article
    best = None
    for h in list(lexicon().suffixes) + list(PROJECT_HEADS):
        if len(h) <= end - sent.start and text.startswith(h, end - len(h)):
            if best is None or len(h) > len(best):
                best = h
    return best


def find_named(sent: Sentence) -> list[Named]:
    """Every organisation-like name in `sent`, rightmost first, nested ones dropped."""
    lex = lexicon()
    text = sent.article
    ends: dict[int, str] = {}
    for e, word in lex.suffix_ac.iter(sent.text):
        pos = sent.start + e + 1
        if len(word) > len(ends.get(pos, "")):
            ends[pos] = word
    for h in PROJECT_HEADS:
        k = sent.text.find(h)
        while k >= 0:
            pos = sent.start + k + len(h)
            if len(h) > len(ends.get(pos, "")):
                ends[pos] = h
            k = sent.text.find(h, k + 1)
    out: list[Named] = []
    last_start = None
    for e in sorted(ends, reverse=True):
        if last_start is not None and e > last_start:  # nested in the name to its right
            continue
        head = ends[e]
        s = e - len(head)
        if not _valid_end(sent, s, e, head):
            continue
        if text.startswith(NOT_AFTER_HEAD, e) or text[e:e + 1] in "”」』" \
                and text.startswith(NOT_AFTER_HEAD + ("服务机制", "服务模式", "工作模式"), e + 1):
            continue  # 专班运行体系, “链长+专班”服务机制: a mechanism named after a body
        if head == "办" and text[e:e + 1] in tuple("好成实了理妥完得大")[:] and text[e:e + 1]:
            continue  # 把实事办好, 小产业办大: the verb and its result
        b = scan_start(sent, s)
        if text[b] in "（(":  # （9月4日）国新办: a bracketed date or note before the name
            close = min((k for k in (text.find("）", b, s), text.find(")", b, s)) if k >= 0), default=-1)
            if close >= 0:
                b = close + 1
        surface = text[b:e]
        if any(text[k] in "原前" and head_at(sent, k) for k in range(b + 2, s)):
            continue  # 某厅原党组: a former post's body; the body before 原 is read on its own
        if surface in NOT_ORG_WORDS and surface not in lexicon().suffixes:
            continue
        last = sent.token_at(e - 1)  # 民政局, 财政局: an organisation's word that ends like 政局
        word = last[2] if last is not None and last[1] == e and tag(last[2]) == "nt" else ""
        if any(surface.endswith(w) and len(word) <= len(w) for w in NOT_ORG_ENDINGS):
            continue
        label, kind = label_of(head)
        if surface.endswith("领导小组"):
            label, kind = "Organization", "leading group"
        elif surface.endswith(("国集团", "欧元集团")):
            label, kind = "Organization", "international"  # 七国集团, 二十国集团: no company
        out.append(Named(b, e, surface, label, kind, head))
        last_start = b
    out.reverse()
    return out


def label_of(head: str) -> tuple[str, str]:
    if head in PROJECT_HEADS:
        return "Project", "project"
    suf = lexicon().suffixes[head]
    return suf.label, suf.kind


# Particles jieba glues to a head (发展改革局等部门 → …|局等|…): the head still ends a word.
GLUED_AFTER_HEAD = frozenset("等和及与的")


def _valid_end(sent: Sentence, s: int, e: int, head: str) -> bool:
    """The head must end a word: 局 in 招商局 (not 局面), 中心 not in 中心城区."""
    tok = sent.token_at(e - 1)
    if tok is not None and tok[1] > e:
        rest = sent.article[e:tok[1]]
        if rest[0] not in GLUED_AFTER_HEAD \
                and not any(rest.startswith(t) or t.startswith(rest) for t in lexicon().titles):
            return False
    m = sent.ctx.covering(e - 1)
    if m is not None and m.start <= s:  # inside a place name (…产业园区)
        return False
    if tok is not None and tok[2] in NOT_ORG_WORDS and tok[2] not in lexicon().suffixes:
        return False
    return True


def resolve(n: Named, sent: Sentence) -> Named:
    """Give `n` its canonical name: strip a leading chain of places down to the last one,
    resolve a leading level word from context, mark generic references."""
    ctx, text = sent.ctx, sent.article
    if text[n.start] == "原" and n.end - n.start > 3 and (
            ctx.starting(n.start + 1) is not None or text[n.start + 1] in "省市县区镇乡村"):
        n.start += 1  # 原株洲市发改委: the former post, not the body's name
    n.surface = text[n.start:n.end]
    clean = n.surface
    core_start = n.start
    chain = []
    i = n.start
    while i < n.end:
        m = ctx.starting(i)
        if m is None or m.end > n.end:
            break
        chain.append(m)
        i = m.end
    if chain and chain[-1].end == n.end:  # the whole name is a place
        n.generic = True
        n.place = chain[-1]
        n.name = chain[-1].name
        n.label = "Place"
        return n
    if chain:
        last = chain[-1]
        rest = text[last.end:n.end]
        lead = last.name if (last.name != last.surface and last.name.endswith(last.surface)) else last.surface
        n.name = lead + rest
        n.place = last
        if len(chain) > 1 or lead != last.surface:
            n.aliases.add(clean)
        core_start = last.end
    else:
        whole = clean.startswith(("村委会", "村民委员会", "居委会"))  # 村 is part of the word
        pref = "村" if clean.startswith(("村委会", "村民委员会")) else "社区" if whole else next(
            (p for p in sorted(LEVEL_PREFIXES, key=len, reverse=True) if clean.startswith(p)), None)
        tok = sent.token_at(n.start)
        if pref and (n.label not in ("Organization", "TaskForce") or tok is not None and tok[0] == n.start
                     and tok[2] in NOT_PREFIX_WORDS):
            pref = None  # 乡村融合发展项目: 乡 is no level word here
            whole = False
        if pref and not whole and clean[len(pref):len(pref) + 1] == "级":
            n.generic = True  # 区级党委: every body of that level, not one
            n.name = clean
            return n
        if pref and (whole or len(clean) > len(pref)):
            p = ctx.context(n.start, LEVEL_PREFIXES[pref])
            if pref == "市":  # 北京市, 上海市: municipalities sit at province level
                q = ctx.context(n.start, ("province",))
                if q is not None and q.name.endswith("市") and _near(q, n.start) and (
                        p is None or not _near(p, n.start) or q.start > p.start):
                    p = q
            keep = clean if whole else clean[len(pref):]
            if p is not None and _near(p, n.start):
                n.name = p.name + keep
                n.place = p
                n.relative = True
                n.aliases.add(clean)
            else:
                n.name = clean
                n.generic = True
            core_start = n.start + (0 if whole else len(pref))
        else:
            n.name = clean
    code = CODE_QUOTE.search(n.name)
    if code and len(n.name) - len(code.group()) >= 3 and n.label in ("TaskForce", "Organization"):
        # “1+3+12”产业链专班: the program's code, not part of the body's name
        n.aliases.add(strip_quotes(n.name))
        n.name = n.name[:code.start()] + n.name[code.end():]
        if n.label == "TaskForce" and n.place is None and generic_core(strip_quotes(n.name)[:-len(n.head)]):
            n.generic = True
    n.name = strip_quotes(n.name)
    n.aliases = {strip_quotes(a) for a in n.aliases} - {n.name}
    ordinal = ORDINAL.search(n.name)
    if ordinal and n.label == "Organization":  # 湖南省十四届人大 → 湖南省人大
        n.aliases.add(n.name)
        n.name = n.name[:ordinal.start()] + n.name[ordinal.end():]
    core = strip_quotes(text[core_start:n.end - len(n.head)])
    quoted = "“" in n.surface
    if n.label == "Project" and n.surface.endswith("”" + n.head) and not n.surface.startswith("“"):
        n.generic = True  # …产业“两个一批”项目: a batch of projects, not one
    elif n.place is None and not n.relative and not quoted and not is_proper(core, n):
        n.generic = True
    elif core and LEVEL_SET.search(core):
        n.generic = True  # 某省四级人大, 华东7省市党委
    if (n.label == "TaskForce" or n.place is None and n.label in ("Project", "Company")) \
            and generic_core(core):
        n.generic = True
    return n


def _near(p, pos: int) -> bool:
    """A context place found before `pos` (not only somewhere after it)."""
    return p.start <= pos


def strip_quotes(s: str) -> str:
    return "".join(c for c in s if c not in "“”「」『』\"‘’'")


LEVEL_SET = re.compile(r"(?:[一二三四五六七八九十两多\d]+|省|市|县|区|乡|镇|村)级$|省市|市县|县区|区市|区县|省区|^[\d年月日度.]+$")


def generic_core(core: str) -> bool:
    core = core.strip()
    if not core:
        return True
    if core in GENERIC or LEVEL_SET.search(core):
        return True  # 省级政府, 四级人大, 7省市党委, 2015年政府: every body of a kind
    # every jieba word of the core generic: 重点产业, 相关企业
    words = segmenter().dictionary_words(core)
    return all(w in GENERIC for w in words)


NATIONAL = ("中共", "中央", "国家", "全国", "国务院", "中国", "中华")
STATE_KINDS = ("government", "party", "congress", "cppcc", "leading group")


RARE = 5  # jieba frequency at or below which a word is a name more than a word


def is_proper(core: str, n: Named) -> bool:
    """Whether a name without a place is specific enough to be a node of its own: some
    part of it is a proper noun, an unknown or rare word, a number or a quoted name.
    A state body needs its place (泉州市委组织部) or a national prefix (国家发展改革委)."""
    if not core or generic_core(core):
        return False  # 大中小学, 高水平中小学: words that name a kind of body
    if any(c.isdigit() or c.isascii() and c.isalpha() for c in core):
        return True
    if n.label == "TaskForce":
        return not generic_core(core)
    words = segmenter().dictionary_words(core)
    if n.label == "Organization" and n.kind in STATE_KINDS:
        if core.startswith(NATIONAL):
            return True
        return any(not freq(w) or tag(w) in PROPER_TAGS - {"nz"} and freq(w) < 3000
                   for w in words if len(w) > 1)
    singles = 0
    for w in words:
        singles = singles + 1 if len(w) == 1 and tag(w) not in ("p", "c", "u", "uj", "r") else 0
        if singles >= 2:  # an unknown word jieba split into characters (云岭, 石湾, 翠峰)
            return True
        if len(w) == 1 and not freq(w):
            return True
        if len(w) > 1 and (not freq(w) or tag(w) in PROPER_TAGS and freq(w) < 3000
                           or n.label == "Company" and freq(w) <= RARE):
            return True  # a rare word: 华为技术有限公司 (jieba knows 华为技术, seen 3 times)
    return False


def clause_bounds(sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause around `pos` (between commas) within the sentence."""
    text = sent.article
    lo = pos
    while lo > sent.start and text[lo - 1] not in "，,；;：:":
        lo -= 1
    hi = pos
    while hi < sent.end and text[hi] not in "，,；;：:":
        hi += 1
    return lo, hi


