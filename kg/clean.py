"""Cleaning a raw document into articles: HTML body extraction, text normalisation,
page chrome dropped, a repeated article kept once, several articles on one page kept
apart, and the metadata the page states (title, source, date, authors)."""
from __future__ import annotations

import json
import re

from . import boilerplate as bp
from .metadata import (BYLINE_RE, CLOSING_NAMES_RE, EDITOR_LINE_RE, PageMeta, is_info_line,
                       iso_date, read_byline, read_info_line)
from .model import Article, RawDocument
from .normalize import detect_script, is_misconverted, normalize_text

GAP = "⁂"  # stands for a wide gap (2+ blank lines) between blocks of a page
_GAP_RE = re.compile(r"\n[ \t\u3000\xa0]*\n[ \t\u3000\xa0]*\n(?:[ \t\u3000\xa0]*\n)+")
# the lead of a new article: 本报讯 / 本报北京5月3日电 / 新华社长沙电 / 记者从…获悉 is not one
_LEAD_RE = re.compile(r"^(?:本报讯|本报[^\s，。]{0,12}电|新华社[^\s，。]{0,12}电|[(（]记者[^)）]{0,20}[)）])")
_HEADING_SPLIT_RE = re.compile(r"\s——|\s—")
MIN_TEXT = 20
# （视频编辑：… 文字编辑：…） closing a paragraph: editors are not news subjects
_TAIL_EDITORS_RE = re.compile(r"[（(]\s*(?:视频|文字|责任|网络)?编辑\s*[:：][^（）()]{0,60}[)）]$")
# （王明 李华） closing the last paragraph: the reporters
_TAIL_NAMES_RE = re.compile(
    r"(?<=[。！？”])\s*[(（]\s*([\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,5})\s*[)）]$")


def html_to_text(html: str) -> tuple[str, dict]:
    """The article body of an HTML page (trafilatura) and the metadata it found."""
    import trafilatura
    out = trafilatura.extract(html, output_format="json", with_metadata=True,
                              include_comments=False, include_tables=False, deduplicate=True)
    if not out:
        raise ValueError("no article text in HTML page")
    data = json.loads(out)
    meta = {k: data.get(k) for k in ("title", "date", "url", "author") if data.get(k)}
    if data.get("sitename") or data.get("source-hostname"):
        meta["source"] = data.get("sitename") or data.get("source-hostname")
    return data.get("text") or "", meta


def _start_meta(doc: RawDocument, extra: dict) -> PageMeta:
    m = {**extra, **doc.meta}
    authors = m.get("authors") or m.get("author") or []
    if isinstance(authors, str):
        authors = [a for a in re.split(r"[;；,，、\s]+", authors) if a]
    return PageMeta(title=str(m.get("title") or "").strip(), source=str(m.get("source") or "").strip(),
                    published=iso_date(str(m.get("published") or m.get("date") or "")),
                    authors=list(authors))


def _dedupe(lines: list[str]) -> list[str]:
    """Drop a line already seen on the page (a page that repeats its article holds it once)."""
    seen: set[str] = set()
    out = []
    for line in lines:
        if line != GAP and len(line) >= 6:
            if line in seen:
                continue
            seen.add(line)
        out.append(line)
    return out


_BROKEN_END_RE = re.compile(r"[\u4e00-\u9fff，、]$")
_BROKEN_START_RE = re.compile(r"^[\u4e00-\u9fff0-9“]")
# A résumé's lines open with their years (1984－1987年 …, 2017－ …): the line after them
# that opens with none (第十六届中央候补委员，…) is the résumé's next part, not the rest of
# a broken paragraph. (Year lines glued to each other are left as they were.)
_RESUME_LINE_RE = re.compile(r"^(?:19|20)\d\d(?:[.．]\d{1,2})?\s*[-－—–~～]")


def _join_broken(lines: list[str]) -> list[str]:
    """Join a paragraph the page broke in mid-sentence ('…年轻干部下' + '沉一线，…')."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if (len(prev) >= 12 and _BROKEN_END_RE.search(prev) and any(p in prev for p in "，。；")
                and not prev.endswith(("摄", "供图"))
                and _BROKEN_START_RE.match(line) and not bp.is_titlelike(line)
                and not BYLINE_RE.match(line) and not is_info_line(prev)
                and not (_RESUME_LINE_RE.match(prev) and not _RESUME_LINE_RE.match(line))):
            out[-1] = prev + line
        else:
            out.append(line)
    return out


def _article_starts(lines: list[str]) -> list[int]:
    """Indices where a new article begins: a headline followed (after at most one deck
    line) by a byline (□ 记者…) or a lead (本报讯, 新华社…电), or a headline after a wide
    gap followed by text. The first article starts at 0."""
    starts = [0]
    seen_content = False
    gaps_mean_breaks = lines.count(GAP) <= 3  # a page with gaps everywhere: they mean nothing
    for i, line in enumerate(lines):
        if seen_content and bp.is_titlelike(line) and not BYLINE_RE.match(line):
            nxt = [x for x in lines[i + 1:i + 4] if x != GAP][:3]
            signal = any(BYLINE_RE.match(x) for x in nxt[:2]) or any(_LEAD_RE.match(x) for x in nxt[:2])
            after_gap = (gaps_mean_breaks and i > 0 and lines[i - 1] == GAP and nxt
                         and bp.is_content(nxt[0]))
            if signal or after_gap:
                starts.append(i)
                seen_content = False
                continue
        if bp.is_content(line):
            seen_content = True
    return starts


def _heading_of_first_line(line: str) -> tuple[str, list[str]]:
    """A one-line page begins with its headline: '标题 ——副题 正文…'. Returns
    (title, [subtitle, rest]) or ('', [line])."""
    first_stop = min([i for i in (line.find("，"), line.find("。")) if i >= 0] or [len(line)])
    cut = line.rfind(" ", 0, first_stop)
    if cut <= 0:
        return "", [line]
    heading, rest = line[:cut].strip(), line[cut + 1:].strip()
    if not (4 <= len(heading) <= 120) or any(p in heading for p in "。！？；"):
        return "", [line]
    parts = _HEADING_SPLIT_RE.split(heading, maxsplit=1)
    title = parts[0].strip()
    sub = ["——" + parts[1].strip()] if len(parts) > 1 and parts[1].strip() else []
    return title, sub + [rest]


def _clean_segment(lines: list[str], meta: PageMeta, title: str = "",
                   trusted: bool = False) -> tuple[str, list[str]]:
    """(title, paragraphs) of one article's lines; metadata lines feed `meta`.
    `trusted`: the lines come from a container that stated the title (a JSON item), so
    short lines before the first paragraph are text (headlines of a news digest), not
    page furniture."""
    lines = [x for x in lines if x != GAP]
    first = next((i for i, x in enumerate(lines) if bp.is_content(x) and not is_info_line(x)
                  and not BYLINE_RE.match(x)), None)
    if first is None:
        if not trusted:
            return title, []
        first = 0  # a JSON item made of lists (名单): all of it is text
    # header: title, information line, bylines, captions; chrome and rubrics dropped
    header, body_lines = lines[:first], lines[first:]
    info_at = next((i for i, x in enumerate(header) if is_info_line(x)), None)
    if not title and info_at and bp.is_titlelike(header[info_at - 1]):
        title = header[info_at - 1]
    kept_header = []
    for x in header:
        if is_info_line(x):
            read_info_line(x, meta)
        elif BYLINE_RE.match(x):
            read_byline(x, meta)
        elif x == title or bp.is_chrome(x) or bp.CREDIT_ONLY_RE.match(x):
            continue
        elif not title and bp.is_titlelike(x):
            title = x
        elif x.endswith(("摄", "供图")):
            caption = bp.strip_photo_credit(x)
            if len(caption) >= 8:
                kept_header.append(caption)
        elif trusted or len(x) > 20 and not bp.is_titlelike(x) or len(x) > 30:
            kept_header.append(x)  # a deck or lead-in in sentences
    # body: stop at the end marker; bylines and information lines to metadata
    body: list[str] = []
    for x in body_lines:
        if bp.is_end_marker(x):
            break
        if is_info_line(x) and len(x) < 120:
            read_info_line(x, meta)
        elif BYLINE_RE.match(x) and len(x) < 120:
            read_byline(x, meta)
        elif CLOSING_NAMES_RE.match(x):
            read_byline(CLOSING_NAMES_RE.match(x).group(1), meta)
        elif EDITOR_LINE_RE.match(x) or bp.is_chrome(x) or bp.CREDIT_ONLY_RE.match(x):
            continue
        else:
            x = _TAIL_EDITORS_RE.sub("", x)
            body.append(bp.strip_photo_credit(x) if x.endswith(("摄", "供图")) else x)
    # trailing lines after the last paragraph of text: headline lists and the like
    while (body and not trusted and not bp.is_content(body[-1])
           and not body[-1].endswith(("。", "！", "？", "”"))):
        body.pop()
    if body:
        m = _TAIL_NAMES_RE.search(body[-1])
        if m:
            read_byline(m.group(1), meta)
            body[-1] = body[-1][:m.start()]
    if not title and body:
        title, head = _heading_of_first_line(body[0])
        body[0:1] = head
    paragraphs = kept_header + body
    return title, [p for p in paragraphs if p]


def clean_document(doc: RawDocument) -> list[Article]:
    """The articles in one raw document (several when its page holds several)."""
    extra: dict = {}
    text = doc.content
    if doc.kind == "html":
        text, extra = html_to_text(text)
    if not text or not text.strip():
        raise ValueError("no text")
    script = detect_script(text)
    misconverted = is_misconverted(text)
    text = _GAP_RE.sub(f"\n{GAP}\n", text.replace("\r\n", "\n"))
    lines = _join_broken(_dedupe(normalize_text(text, misconverted).split("\n")))
    trusted = bool(doc.meta.get("title"))  # a JSON item: one article, its title stated
    starts = [0] if trusted else _article_starts(lines)
    articles = []
    for n, (a, b) in enumerate(zip(starts, starts[1:] + [len(lines)])):
        meta = _start_meta(doc, extra) if n == 0 else PageMeta(
            source=articles[0].source if articles else "", published=articles[0].published if articles else None)
        seg_title = "" if n == 0 else lines[a]
        seg = lines[a:] if n == 0 and len(starts) == 1 else lines[a + (1 if n else 0):b]
        if n == 0 and meta.title:
            seg_title = normalize_text(meta.title, misconverted).replace("\n", " ")
        title, paragraphs = _clean_segment(seg, meta, seg_title, trusted=trusted)
        body = "\n".join(paragraphs)
        if len(body) < MIN_TEXT:
            continue
        articles.append(Article(text=body, path=doc.path, title=title, source=meta.source,
                                published=meta.published, url=str(doc.meta.get("url") or extra.get("url") or ""),
                                authors=meta.authors, script=script))
    if not articles:
        raise ValueError("no article text after cleaning")
    return articles
