"""Metadata a news page states in its text: source (来源：…), date (发布日期/发表时间 …),
authors (作者：…, 记者 …, 文/…, □ …), editors; and ISO dates from any common form."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .boilerplate import CJK
_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
# field labels of a page's information line
_FIELD = r"(?:来源|作者|编辑|责任编辑|责编|发布日期|发布时间|发表时间|发表日期|时间|日期|浏览次数|阅读次数|点击数|字号|记者|通讯员|摄影)"
_FIELD_RE = re.compile(rf"{_FIELD}\s*[:：]")
_SOURCE_RE = re.compile(rf"来源\s*[:：]\s*([^\s:：]+?)(?=\s|$|{_FIELD}\s*[:：])")
_AUTHOR_RE = re.compile(rf"(?:作者|记者|文)\s*[:：/]\s*(.*?)(?=\s*(?:{_FIELD}\s*[:：]|(?:19|20)\d{{2}}-|$))")
_PAPER_RE = re.compile(r"《\s*([^《》]{2,12}?)\s*》\s*[(（]\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")
# role words around names in a byline
_ROLE_RE = re.compile(
    r"(?:本报|本台|本刊|新华社|人民日报|[^\s]{0,12}?(?:全媒体|融媒体|时刻新闻|客户端)?)"
    r"(?:特约|实习|首席)?(?:记者|通讯员|实习生|编辑|摄影|摄像|报道|撰稿|视频|文字|图)(?:\s|[:：/]|$)")
_NAME_RE = re.compile(rf"^[{CJK}]{{2,4}}$|^[{CJK}]{{1,4}}·[{CJK}]{{1,6}}$")
_NOT_NAMES = {"报道", "长沙报道", "摄影", "记者", "通讯员", "编辑", "来源", "作者", "本报", "供图"}

BYLINE_RE = re.compile(
    r"^(?:[□■◆●◎]\s*\S|文\s*/|文[:：]|(?:本报|本台)?(?:特约|实习|首席)?记者\s|本报记者|本报通讯员|通讯员\s"
    rf"|[^\s，。]{{0,12}}(?:全媒体|融媒体|时刻新闻)记者|(?=[^，。]{{0,118}}\s[{CJK}]{{2,4}}\s[^，。]*[{CJK}]{{2,6}}报道$))")
# (王明 李华): names in brackets closing an article
CLOSING_NAMES_RE = re.compile(rf"^[(（]\s*([{CJK}]{{2,4}}(?:\s+[{CJK}]{{2,4}})*)\s*[)）]$")
EDITOR_LINE_RE = re.compile(r"^[(（]?\s*(?:视频|文字|责任|值班|网络)?编辑\s*[:：]")


@dataclass
class PageMeta:
    """Metadata gathered from a page's lines."""
    title: str = ""
    source: str = ""
    published: str | None = None
    authors: list[str] = field(default_factory=list)

    def add_authors(self, names: list[str]) -> None:
        for name in names:
            if name not in self.authors:
                self.authors.append(name)


def iso_date(text: str) -> str | None:
    """The first date in `text` as yyyy-mm-dd (2021-01-14, 2021年1月14日, 2021/1/14)."""
    m = _DATE_RE.search(text or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def names_in(text: str) -> list[str]:
    """Person names in a byline fragment: 2-4 character words once role words are gone."""
    text = _ROLE_RE.sub(" ", text)
    text = re.sub(r"[，,、；;|/]", " ", text)
    out = []
    for word in text.split():
        word = word.strip("（）()")
        if _NAME_RE.match(word) and word not in _NOT_NAMES and not word.endswith(("报道", "摄")):
            out.append(word)
    return out


def is_info_line(line: str) -> bool:
    """A page's information line: 来源：… 作者：… 发布日期：… (two fields, or one with a date)."""
    fields = _FIELD_RE.findall(line)
    if len(line) > 200 or not fields or "。" in line[:-1] or line.startswith(("（", "(")):
        return False
    return len(fields) >= 2 or bool(_DATE_RE.search(line)) or line.startswith(("来源", "作者"))


def read_info_line(line: str, meta: PageMeta) -> None:
    """Fill `meta` from an information line (source, date, authors)."""
    if not meta.source:
        m = _SOURCE_RE.search(line)
        if m:
            meta.source = m.group(1).strip()
    if not meta.published:
        meta.published = iso_date(line)
    m = _AUTHOR_RE.search(line)
    if m:
        meta.add_authors(names_in(m.group(1)))


def read_byline(line: str, meta: PageMeta) -> None:
    """Authors (and a newspaper source/date) from a byline: 文/… 记者 …, □ …, 本报记者 …"""
    m = _PAPER_RE.search(line)
    if m:
        meta.source = meta.source or m.group(1).strip()
        meta.published = meta.published or iso_date(m.group(2))
        line = line[:m.start()]
    line = re.sub(r"^[□■◆●◎]\s*", "", line)
    line = re.sub(r"^文\s*[/:：]\s*", "", line)
    meta.add_authors(names_in(line))
