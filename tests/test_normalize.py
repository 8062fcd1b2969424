"""Normalisation steps on real excerpts of the seed articles."""
from __future__ import annotations

import re

import opencc
import pytest

from conftest import SEEDS
from kg.data import make_repair_table as mrt
from kg.normalize import (MAX_PARAGRAPH, detect_script, is_misconverted, normalize_punctuation,
                          normalize_text, repair_mojibake, repair_table, strip_debris,
                          to_simplified)


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


# ------------------------------------------------------------------ script

def test_misconverted_seed_is_detected_and_repaired():
    text = seed("000")
    assert is_misconverted(text) and detect_script(text) == "Hant"
    excerpt = "今年上半年,,,,,廣東經濟縂量超6.8萬億元,,,,,這背後是廣大黨員乾部“闖”的精神"
    assert to_simplified(excerpt, misconverted=True) == \
        "今年上半年,,,,,广东经济总量超6.8万亿元,,,,,这背后是广大党员干部“闯”的精神"


@pytest.mark.parametrize("bad, good", [
    ("擔儅作爲", "担当作为"), ("招商侷副侷長", "招商局副局长"), ("高新區琯委會", "高新区管委会"),
    ("聯郃騐收", "联合验收"), ("層麪", "层面"), ("鄕村全麪振興", "乡村全面振兴"),
    ("設計槼劃", "设计规划"), ("讅議通過", "审议通过"), ("實躰經濟", "实体经济"),
    ("衚衕", "胡同"), ("硃紅", "朱红"), ("彿教", "佛教"), ("黨員乾部", "党员干部"),
])
def test_misconversion_class(bad, good):
    # the context is a mis-converted page: enough marker characters around
    page = "儅侷郃縂鄕" + bad
    assert to_simplified(page) == "当局合总乡" + good


def test_qian_survives_in_genuine_text():
    genuine_trad = "張家界元宇宙虛擬山峰乾坤柱命名權競拍風靡互聯網"  # seed 004 (genuine traditional)
    assert not is_misconverted(genuine_trad)
    assert "乾坤柱" in to_simplified(genuine_trad)
    assert to_simplified("乾隆年间的古建筑") == "乾隆年间的古建筑"
    # a rare variant in a simplified name is not touched outside a mis-converted page
    assert to_simplified("李堃表示") == "李堃表示"


def test_genuine_traditional_seed_is_hant_but_not_misconverted():
    text = seed("004")
    assert detect_script(text) == "Hant" and not is_misconverted(text)
    assert detect_script(seed("001")) == "Hans"


def test_zhe_after_conversion():
    assert to_simplified("也推動著婁底經濟工作穩中有進") == "也推动着娄底经济工作稳中有进"
    assert to_simplified("著名的國家級園區") == "著名的国家级园区"


def test_repair_table_is_generated_from_the_dictionaries():
    table, markers = repair_table()
    assert {"儅", "郃", "縂", "鄕", "琯", "躰"} <= markers
    assert table[ord("縂")] == "总" and table[ord("鄕")] == "乡" and table[ord("儅")] == "当"
    known = mrt.opencc_pairs() | mrt.jionlp_pairs()
    assert all(chr(v) in known for v in table)
    # nothing in the table is something t2s already gets right
    t2s = opencc.OpenCC("t2s")
    assert all(t2s.convert(chr(v)) != s for v, s in table.items())


# ------------------------------------------------------------------ debris

def test_pinyin_annotations_stripped():
    line = "湖南人大網(wǎng)>專題>正文"  # seed 004
    assert strip_debris(line) == "湖南人大網>專題>正文"
    assert strip_debris("中共中央政治局召開會(huì)議,強(qiáng)調(diào)要") == "中共中央政治局召開會議,強調要"
    assert strip_debris("全國(guó)高新區(qū)(B型)") == "全國高新區(B型)"  # a real bracket stays


def test_html_debris_removed():
    line = "是改革的題中要義。要擺脫對(duì)于土地財(cái)政的依賴,就要敢于發(fā)展新興產(chǎn)業(yè)。?/p>"
    assert strip_debris(line) == "是改革的題中要義。要擺脫對于土地財政的依賴,就要敢于發展新興產業。"
    assert strip_debris("<p>肇庆星湖美如画&nbsp;李力</p><br/>") == "肇庆星湖美如画\xa0李力"


def test_mojibake_of_shifted_gbk_is_reread():
    # seed 004: GBK read one byte out of step after a lost byte
    line = "實(shí)現(xiàn)了質(zhì)的有效提升和量的合理增長(zhǎng)?!编u文輝表示。"
    assert "。”鄒文輝表示" in repair_mojibake(line)
    # a genuine question mark is left alone
    for line in ("“敢”的實質是什么?如何激發全社會干事創業的活力?“敢”的時代號召",
                 "“兩路供電都中斷,怎麽辦?他說GDP", "怎么办?他G"):
        assert repair_mojibake(line) == line


# ------------------------------------------------------------------ punctuation

def test_repeated_punctuation_collapsed():
    src = "大門,,,,,映入眼簾的是一座校園式園區。。。。。。。。說起園區建設,,,,,能盡快安排嗎????? 組織蓡觀;;;;;;"
    out = normalize_punctuation(src)
    assert out == "大門，映入眼簾的是一座校園式園區。說起園區建設，能盡快安排嗎？ 組織蓡觀；"


def test_width_made_consistent():
    assert normalize_punctuation("ＧＤＰ超３０００亿元") == "GDP超3000亿元"
    assert normalize_punctuation("在浙江义乌(苏溪)国际枢纽港,发往宁波") == "在浙江义乌（苏溪）国际枢纽港，发往宁波"
    assert normalize_punctuation("来源:金羊网") == "来源：金羊网"
    assert normalize_punctuation("超6.8万亿元, 1,000 items (AI)") == "超6.8万亿元， 1,000 items (AI)"
    assert "“" in normalize_punctuation('他说"信心比黄金更珍贵"。')


def test_one_long_line_becomes_paragraphs_of_whole_sentences():
    out = normalize_text(seed("000"))
    lines = out.split("\n")
    assert len(lines) > 30
    assert max(map(len, lines)) <= MAX_PARAGRAPH
    body = lines[1:-1]
    assert all(line[-1] in "。！？”…；" or len(line) < 60 for line in body)
    assert not re.search(r"[,;?]{2}|，，|。。", out)
