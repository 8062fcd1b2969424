"""The generic vocabulary extraction reads with: surnames, titles, organisation suffixes,
trigger words. Loaded once from ``kg/data`` and compiled into Aho-Corasick automata."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

DATA = Path(__file__).resolve().parent.parent / "data"

# Verbs of saying that follow a speaker's name (the name ends right before them).
SPEECH_VERBS = ("说", "表示", "介绍", "指出", "坦言", "强调", "认为", "告诉", "透露", "感慨",
                "回忆", "说道", "谈到", "提到", "解释", "补充", "建议", "直言", "感叹", "道出",
                "笑着说", "笑言", "称", "坦承", "总结", "分析", "举例", "算起", "讲述", "呼吁")
# Role nouns written right before a name (竹器经营户王大成, 村民李大山): a person, no post.
ROLE_NOUNS = ("村民", "农民", "居民", "市民", "游客", "员工", "工人", "职工", "经营户", "个体户",
              "创业者", "企业家", "老人", "志愿者", "党员", "教师", "学生", "医生", "护士", "民警",
              "农户", "种植户", "养殖户", "果农", "菜农", "茶农", "渔民", "牧民", "网格员", "快递员",
              "技术员", "工程师", "设计师", "主播", "创客", "农创客", "返乡青年", "大学生", "村医",
              "代表委员", "专家", "教授", "研究员", "院士", "老党员", "退役军人", "乡贤", "带头人",
              "致富带头人", "非遗传承人", "传承人", "商户", "店主", "老板", "厂长", "船长", "机长")
# Words after which a clause says the post is a former one.
FORMER_MARKERS = ("时任", "原任", "曾任", "此前担任", "之前担任", "此前任", "前任", "原")
# Verbs linking a name to a post that follows it: 张三是/任/担任 X局局长.
HOLD_VERBS = ("是", "任", "担任", "已担任", "现任", "出任", "上任", "兼任", "曾任", "此前担任",
              "之前担任", "此前任", "曾担任", "原任", "作为")
# Verbs by which a place or body sets up a task force / carries out a program.
ESTABLISH_VERBS = ("成立", "组建", "设立", "建立", "组成", "抽调")
IMPLEMENT_VERBS = ("实施", "推进", "开展", "落实", "启动", "推行", "深化", "建立", "构建",
                   "创建", "打造", "出台", "依托", "探索", "深入实施", "全面实施")

# Characters that never occur inside a name.
DELIMS = set("，。、；：！？,.;:!?　 \t\n\r（）()《》〈〉【】[]{}—…·/\\|'\"‘’“”「」『』-~～－")

# Words at which a backward scan for the start of a name stops (the name begins after them).
STOP_WORDS = (
    "时任", "原任", "曾任", "现任", "担任", "出任", "兼任", "此前", "之前", "前任", "上任",
    "的", "在", "与", "及", "以及", "向", "对", "由", "是", "为", "把", "将", "被", "从", "到",
    "了", "着", "过", "让", "使", "给", "跟", "同", "以", "按", "经", "据", "于", "并", "还", "也",
    "都", "就", "又", "已", "等", "或", "及其", "其", "该", "各", "每", "这", "那", "之",
    "所属", "隶属", "联系", "走访", "带领", "带队", "依托", "推动", "支持",
    "引进", "招引", "签约", "签订", "签署", "落户", "落地", "成立", "组建", "设立", "建立",
    "开工", "竣工", "投产", "建成", "加快", "推进", "促成", "参与", "参加", "召开",
    "举办", "举行", "出台", "制定", "发布", "印发", "通过", "审议", "公布", "得知", "认识",
    "洽谈", "考察", "调研", "帮助", "指导", "打造", "实施", "开展", "落实", "启动",
    "所在", "位于", "来自", "包括", "如", "像", "赴", "去", "来", "入驻", "进驻", "上门",
    "牵头", "领导", "主管", "分管", "负责", "作为", "成为", "担当", "当地", "全市", "全省",
    "全县", "全区", "全镇", "本地", "我们", "他们", "我", "你", "他", "她", "记者", "今年",
    "去年", "目前", "近年来", "如今", "当时", "今天", "昨天", "已经", "正在", "积极", "主动",
    "相关", "有关", "多家", "一家", "一些", "多个", "首个", "踏进", "走进", "来到", "进入",
    "新开工", "新建", "加快建设", "有序", "纳入", "列入", "申报", "获批", "获评",
    "评为", "命名", "荣获", "入选", "授予", "批准", "同意", "要求", "提出", "明确", "推荐",
    "吸引", "陪同", "会见", "会同", "联手", "携手", "签", "建起", "里", "持续", "加码", "即", "指", "充分发挥", "发挥", "欢迎", "热烈欢迎", "全体", "任命", "祝贺", "建立健全", "健全", "驻村", "派驻", "挂职", "致信", "致电", "免去", "紧紧围绕", "围绕", "代表", "进一步", "力争", "一个", "分别",
    # verbs of visiting, recalling and holding that never sit inside a body's name
    "历任", "已任", "历届", "当年", "亮相", "前往", "抵达", "牢记", "视察", "看望", "慰问",
    "参观", "听取", "主持", "出席", "访问", "率领", "率", "更多", "人大代表", "政协委员", "党代表",
    # reporting and adverbs written before a body: 援引某局, 视频连线某集团, 正规划建设某中心
    "援引", "连线", "视频连线", "正", "旗下", "下属",
)
# Adverbs that open a set phrase jieba keeps whole (严格执行, 积极探索): it ends a body's name.
ADVERB_OPENERS = ("严格", "积极", "认真", "全面", "大力", "切实", "扎实", "深入", "不断", "努力",
                  "主动", "加快", "持续")

# Words that start with a surname character but are not names.
NOT_NAMES = set("""
常务 常委 高新 高质量 高效 高端 高标准 高层 高管 高度 高水平 金融 黄金 方面 方式 方案 方向 文化 文旅 文明
安全 安排 万元 万吨 万亩 万名 万人 周边 周年 周期 全面 全国 全市 全省 全县 全区 全镇 全村 全链 全域
于是 东西 东部 西部 南部 北部 时间 时期 时代 明确 明显 平台 平安 和谐 和美 华为 江南 田间 包括 包装
程序 钟情 马上 杨梅 石油 石化 龙头 龙头企业 林业 牛奶 毛利 柳州 温度 温室 温暖 温馨 于此 于今
向前 向上 任务 任何 任职 任期 成效 成功 成立 成员 成为 成果 成本 成都 管理 管委 管委会 管道 经济
经营 经验 经开区 经理 经费 解决 解读 应急 应用 应对 应当 宣传 宣讲 单位 单位负责人 党员 党委 党建
党组 党工委 通过 通知 通道 边坡 国家 国际 国企 国有 国务 广大 广泛 广场 关键 关于 关注 查看 公司
公开 公共 公里 公安 公路 商务 商贸 商户 商会 商品 商业 年度 年轻 年产 年均 代表 代理 兰州
福利 福建 言传 信心 信息 信用 信访 原料 原来 原有 智能 智慧 银行 银星 占地 战略 战斗 由于 风险
风貌 玉米 区域 区块 区县 水利 水电 水果 水库 水平 云端 云南 花卉 苏州 齐心 齐鲁 项目 祝福 董事
梁平 杜绝 江苏 江西 童年 颜值 郭守 梅州 林下 钟表 徐州 高速 夏季 蔡家 田园 胡同 凌晨 霍尔 万家
支持 支部 支书 柯桥 管护 房屋 干部 干事 干部作风 宗旨 丁香 宣布 洪水 包村 左右 石头 吉林 程度 陆续
荣誉 翁源 惠及 惠企 封闭 储备 储能 靳 段落 富民 富裕 巴士 牧场 山区 山水 谷物 车间 侯 全员 全力
班子 秋收 仲裁 伊犁 宫殿 宁夏 宁波 武汉 武器 符合 刘 景区 景观 詹 龙门 叶片 司法 黎明 白天 白色
怀化 宿舍 池塘 乔木 党史 党性 党群 党校 申请 申报 农业 农村 农民 农场 农产品 温州 庄园 柴油 连续
连锁 习惯 艾滋 向阳 古镇 易地 居民 居住 衡阳 步伐 都市 耿直 满意 国内 文件 东莞 东方 广州 广东
广西 广元 利润 利用 越来越 师生 师傅 巩固 聂拉木 冷链 那些 简单 饶平 空间 曾经 沙漠 关心 查询
游客 游戏 权益 盖章 公园 岳阳 商场 年前 年底 年初 代码 兰花 福州 佟 揭阳 付出 操作 晋江 练习
初步 信号 麦田 区位 达到 才能 铁路 原则 智力 银川 拓展 占比 种植 战线 母亲 由此 风光 玉溪 央企
白皮书 黄牛 海尔 长江 信中 齐聚 林茂 长沙 长期 长效 长远 长城 长春 长治 长安 长征 长者 长足 长廊 长线 长三角 长度 长大 长处 长河
""".split())


@dataclass(frozen=True)
class Suffix:
    """A head word ending an organisation-like name, with the label and kind it implies."""
    word: str
    label: str
    kind: str


@dataclass(frozen=True)
class Lexicon:
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    titles: dict[str, str]            # title -> "" or "member"
    suffixes: dict[str, Suffix]
    title_ac: ahocorasick.Automaton
    suffix_ac: ahocorasick.Automaton
    stop_words: tuple[str, ...]
    max_stop: int


def _lines(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _automaton(words) -> ahocorasick.Automaton:
    ac = ahocorasick.Automaton()
    for w in words:
        ac.add_word(w, w)
    ac.make_automaton()
    return ac


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, built once per process."""
    single, compound = set(), set()
    for line in _lines("surnames.txt"):
        for tok in line.split():
            (single if len(tok) == 1 else compound).add(tok)
    titles = {}
    for line in _lines("titles.txt"):
        parts = line.split("\t")
        titles[parts[0]] = parts[1] if len(parts) > 1 else ""
    suffixes = {}
    for line in _lines("org_suffixes.tsv"):
        word, label, kind = line.split("\t")
        suffixes[word] = Suffix(word, label, kind)
    return Lexicon(frozenset(single), frozenset(compound), titles, suffixes,
                   _automaton(titles), _automaton(suffixes), STOP_WORDS,
                   max(len(w) for w in STOP_WORDS))


def is_surname_at(text: str, i: int) -> int:
    """Length of the surname starting at text[i] (2 for compound, 1, or 0 for none)."""
    lex = lexicon()
    if text[i:i + 2] in lex.compound_surnames:
        return 2
    if i < len(text) and text[i] in lex.surnames:
        return 1
    return 0
