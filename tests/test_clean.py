"""Cleaning whole documents: the five seeds, chrome, repeated and multiple articles,
metadata, JSON-line items and HTML pages."""
from __future__ import annotations

import re

import pytest

from conftest import SEEDS
from kg.boilerplate import is_chrome, strip_photo_credit
from kg.clean import clean_document
from kg.metadata import iso_date
from kg.model import RawDocument
from kg.normalize import _TONED, _trad_set, normalize_text, repair_table


def seed_path(prefix: str):
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def raw(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cleaned() -> dict[str, list]:
    return {p: clean_document(RawDocument(path=str(seed_path(p)), origin=str(seed_path(p)),
                                          content=raw(p))) for p in ("000", "001", "002", "003", "004")}


def test_no_traditional_misconverted_or_pinyin_left(cleaned):
    variants = {chr(v) for v in repair_table()[0]}
    for prefix, articles in cleaned.items():
        for a in articles:
            text = a.title + a.text
            assert not (set(text) & (_trad_set() | variants)), prefix
            assert not re.search(f"[{_TONED}]", text), prefix
            assert not re.search(r"[,;]{2}|。。|\?/p>|&nbsp;|<[a-z/]", text), prefix
            assert "\n\n" not in a.text and a.text == a.text.strip()


def test_scripts(cleaned):
    assert [a.script for a in cleaned["000"]] == ["Hant"]
    assert cleaned["004"][0].script == "Hant" and cleaned["001"][0].script == "Hans"


def test_repeated_article_is_held_once(cleaned):
    (article,) = cleaned["003"]
    page = raw("003")
    first_paragraph = next(x.strip() for x in page.splitlines() if len(x.strip()) > 100)
    assert page.count(first_paragraph) == 2  # the page really repeats it
    # every long paragraph of the page appears exactly once in the article
    lines = article.text.split("\n")
    for par in {x.strip() for x in page.splitlines() if len(x.strip()) > 100}:
        assert lines.count(normalize_text(par)) == 1, par[:30]


def test_headline_lists_and_chrome_dropped(cleaned):
    (article,) = cleaned["003"]
    page = raw("003").splitlines()
    tail = page[next(i for i, x in enumerate(page) if x.startswith("编辑")):]
    listed = [x.strip(" •") for x in tail if x.strip().startswith("•") or re.search(r"\d{2}:\d{2}$", x)]
    listed += [x for x in tail if 8 <= len(x) <= 40 and not re.search(r"[，。,]", x)]
    assert len(listed) > 20
    for item in listed:
        head = re.sub(r"\s*\d{4}-\d{2}-\d{2}.*$", "", item)[:12].replace(",", "，").replace("?", "？")
        if head in raw("003").split("编辑")[0]:
            continue  # also in the article itself (its own title)
        assert head not in article.text, head
    for prefix in ("001", "003", "004"):
        text = cleaned[prefix][0].text
        for chrome in ("分享", "二维码", "微信号", ".jpg", ".JPG", "新闻中心", "0731-", "本文链接", "返回顶部"):
            assert chrome not in text, (prefix, chrome)


def test_several_articles_split_by_their_titles(cleaned):
    articles = cleaned["002"]
    assert len(articles) >= 3
    lines = [x.strip() for x in raw("002").splitlines()]
    for a in articles:
        assert a.title in lines  # each title is a headline line of the page
        assert a.title not in a.text.split("\n")
    # the bylines that mark the articles went to authors, not text
    assert all("□" not in a.text for a in articles)
    assert sum(bool(a.authors) for a in articles) >= 3
    # no article's text holds another's headline
    titles = {a.title for a in articles}
    for a in articles:
        assert not titles & set(a.text.split("\n"))


def test_metadata_from_the_page(cleaned):
    a003 = cleaned["003"][0]
    assert (a003.title, a003.source, a003.published) == ("加快绿色崛起 肇庆争当湾区新秀", "金羊网", "2021-01-14")
    assert len(a003.authors) == 2
    byline = next(x for x in raw("003").splitlines() if x.startswith("文/"))
    assert all(name in byline for name in a003.authors)
    a001 = cleaned["001"][0]
    assert a001.published == "2025-08-19" and a001.source.startswith("湖南日报")
    assert a001.title.startswith("之江潮涌 奋楫争先")
    a000 = cleaned["000"][0]
    assert a000.published == "2025-08-12" and a000.source == "人民日报"
    assert a000.title == "干在实处 闯出新路（前沿观察·挑大梁 看担当）"
    assert a000.authors and not any(n in a000.text for n in a000.authors)
    a004 = cleaned["004"][0]
    assert a004.published == "2023-01-14" and a004.source == "红网" and len(a004.authors) >= 10


def test_photo_credits_and_chrome_lines():
    assert strip_photo_credit("肇庆星湖美如画 李力 摄") == "肇庆星湖美如画"
    assert strip_photo_credit("丽水经开区投资促进部干部赴企调研。徐新贤摄") == "丽水经开区投资促进部干部赴企调研。"
    for line in ("新闻中心>广东>政经热闻", "分享到", "微信图片_20220330084110.jpg", "—分享—",
                 "• 肯德基广州市场门店突破600家 2020-12-29", "2021-01-23 12:28:54", "16:51",
                 "微信号：88886666", "0731-82768989", "扫一扫 联系我们"):
        assert is_chrome(line), line
    for line in ("攻坚", "“一个难题一个难题突破”", "今年上半年，浙江全省地区生产总值45004亿元，同比增长5.8%。"):
        assert not is_chrome(line), line


def test_dates():
    assert iso_date("发表时间:2021-01-14 06:41") == "2021-01-14"
    assert iso_date("( 2025年08月12日 19 版)") == "2025-08-12"
    assert iso_date("2024/1/5") == "2024-01-05" and iso_date("第10000辆") is None


def test_deterministic(cleaned):
    again = clean_document(RawDocument(path="x", origin="x", content=raw("000")))
    assert [a.id for a in again] == [a.id for a in cleaned["000"]]


def test_bulk_style_item():
    text = ("中国网络电视台消息(新闻联播)：本台消息，应国家主席邀请，古巴共和国国务委员会主席将于7月4日至7日对中国进行国事访问。\n"
            "(视频编辑：张贝龙 文字编辑：温凤浩)")
    doc = RawDocument(path="b.jsonl", origin="b.jsonl:2", content=text,
                      meta={"title": "古巴国务委员会主席将访华", "published": "2012-07-02 19:09:57",
                            "url": "https://tv.cctv.com/x.shtml", "source": "新闻联播"})
    (a,) = clean_document(doc)
    assert a.title == "古巴国务委员会主席将访华" and a.published == "2012-07-02"
    assert a.url == "https://tv.cctv.com/x.shtml" and a.source == "新闻联播"
    assert "编辑" not in a.text and a.text.startswith("中国网络电视台消息（新闻联播）：本台消息，")


def test_html_page_body_extracted():
    paras = [x.strip() for x in raw("001").splitlines() if len(x.strip()) > 60][1:8]
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>之江潮涌 奋楫争先</title></head><body>"
            "<nav><ul><li><a href='/'>首页</a></li><li><a href='/n'>新闻中心</a></li></ul></nav>"
            "<div class='sidebar'><h3>热点排行</h3><ul><li><a href='/1'>某地举行运动会开幕式</a></li></ul></div>"
            f"<article><h1>之江潮涌 奋楫争先</h1>{body}</article>"
            "<footer><p>版权所有 某某日报社 ICP备12345678号</p></footer></body></html>")
    (a,) = clean_document(RawDocument(path="p.html", origin="p.html", content=html, kind="html"))
    assert a.title == "之江潮涌 奋楫争先"
    assert "义乌" in a.text and "版权所有" not in a.text and "运动会" not in a.text and "首页" not in a.text


def test_unusable_documents_raise():
    with pytest.raises(ValueError):
        clean_document(RawDocument(path="e", origin="e", content="分享到\n微信\n返回顶部"))
    with pytest.raises(ValueError):
        clean_document(RawDocument(path="h", origin="h", content="<html><body></body></html>", kind="html"))
