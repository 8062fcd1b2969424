"""jieba, initialised once with the domain words, and the few token look-ups we need."""
from __future__ import annotations

from ..text.segmenter import segmenter

# Tags of tokens that never sit inside a name (prepositions, conjunctions, particles,
# adverbs, pronouns, interjections, onomatopoeia).
FUNCTION_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "y",
                           "e", "o", "rr", "rz", "q", "vd", "v", "vi", "vg", "vq"})
# Verbs that do occur inside names of bodies (投资促进中心, 用地保障专班).
NAME_VERBS = frozenset({"促进", "保障", "振兴", "开发", "创新", "指挥", "孵化", "推广",
                        "发展", "改革", "建设", "服务", "管理", "监督", "检验", "检测", "培训",
                        "统筹", "招商", "投资", "研究", "交流", "合作", "救助", "治理",
                        "执法", "审批", "评估", "应急", "储备", "转化", "提升", "融合", "协同",
                        "领导", "提质", "增效", "引领", "共富", "攻坚", "帮扶", "示范", "复兴",
                        "组织", "提升", "再生", "互补", "投诉", "运行", "集成", "回收", "循环",
                        "加工", "制造", "生产", "种植", "养殖", "经营", "销售", "运输", "物流",
                        "开放", "流通", "采购", "维修", "设计", "规划", "保护", "利用", "改造",
                        "控股", "持股", "巡视", "执法", "稽查", "出租", "租赁", "登记", "调度", "监测", "预警", "展示",
                        # the tasks that name task forces, command posts and centres
                        # (联防联控机制, 征地拆迁工作专班, 扫黑除恶领导小组, 调处化解中心)
                        "联防", "联控", "抢险", "救灾", "灭火", "扫黑", "除恶", "安置", "帮教",
                        "拆迁", "征收", "征迁", "搬迁", "处置", "化解", "调处", "调解", "防治",
                        "防范", "打击", "纾困", "护航", "斗争"})
PROPER_TAGS = frozenset({"nr", "ns", "nt", "nz", "nrt", "nrfg", "eng"})


def tag(word: str) -> str | None:
    """jieba's dictionary tag of `word` (None when the word is not in the dictionary)."""
    return segmenter().tags.get(word)


def in_dict(word: str) -> bool:
    return bool(segmenter().FREQ.get(word))


def freq(word: str) -> int:
    return segmenter().FREQ.get(word, 0) or 0


def cut_spans(text: str, base: int = 0) -> list[tuple[int, int, str]]:
    """Tokens of `text` as (start, end, word), offsets shifted by `base`."""
    return segmenter().spans(text, base)
