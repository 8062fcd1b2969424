"""Web-page chrome in text pages: navigation trails, share buttons, QR/contact boxes,
image file names, lists of other headlines, end-of-article markers.

Rules for the genre (Chinese news and government portals), applied to single
normalised lines; none refers to a particular site.
"""
from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff"

# 新闻中心>广东>政经热闻 ; 首页 > 专题 > 正文
NAV_RE = re.compile(r"^(?:[^>＞»›\s]{1,16}\s*[>＞»›]\s*){1,6}[^>＞»›]{0,16}$")
IMAGE_RE = re.compile(r"\S*\.(?:jpe?g|png|gif|bmp|webp|tiff?)\b", re.I)
URL_LINE_RE = re.compile(r"^(?:本文链接|原文链接|链接|网址)?\s*[:：]?\s*https?://\S+$")
# a headline with a date (list of other articles), or a bare date/time line
DATED_ITEM_RE = re.compile(
    r"(?:^|\s)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
TIME_ONLY_RE = re.compile(r"^(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})?\s*\d{1,2}:\d{2}(?::\d{2})?$")
BULLET_RE = re.compile(r"^[•·▪■◆◇○●►▶»]\s*")
PHONE_RE = re.compile(r"^[\d\-—+() （）转]{7,}$")
PHOTO_CREDIT_RE = re.compile(
    rf"(?:(?<=[。！？”）])|\s+)(?:(?:新华社|本报|中新社|人民网)?(?:特约)?记者\s*)?"
    rf"[{CJK}]{{1,3}}(?:\s?[{CJK}]{{1,3}})?\s*(?:摄|供图)$")
CREDIT_ONLY_RE = re.compile(
    rf"^(?:(?:新华社|本报|中新社|[{CJK}]{{0,8}})(?:特约)?记者\s*)?[{CJK}]{{1,4}}(?:\s[{CJK}]{{1,3}})?\s*摄$|^[{CJK}]{{0,8}}供图$")

# words of page chrome; a short line holding one is not article text
CHROME_WORDS = (
    "分享到", "分享", "微信", "微博", "二维码", "扫一扫", "扫码", "客户端", "返回顶部", "打印",
    "关闭窗口", "收藏", "纠错", "字号", "新闻中心", "首页", "排行", "精彩推荐", "推荐阅读",
    "相关新闻", "相关阅读", "热点", "图库", "数字报", "联系我们", "咨询", "登录", "注册",
    "上一篇", "下一篇", "浏览次数", "阅读量", "点击量", "公众号", "官方", "订阅", "下载",
    "APP", "App", "评论", "点赞", "转发", "举报", "版权所有", "免责声明", "滚动", "投稿",
)
CHROME_RE = re.compile("|".join(map(re.escape, CHROME_WORDS)))
# phrases that mark a contact/QR box line whatever its length
CONTACT_RE = re.compile(r"微信号|识别二维码|添加好友|打开微信|扫一扫|长按识别|关注我们|点击.{0,6}复制|版权所有|Copyright|ICP备")
# the article is over: 编辑：…, 责任编辑：…, 【纠错】, （完）, 本文链接
END_RE = re.compile(r"^(?:[(（\[【]?\s*(?:责任编辑|责编|编辑|值班编辑|审核|校对|监制)\s*[:：]|【纠错】|[(（]完[)）]$|本文链接|原文链接)")

SENTENCE_PUNCT = "。！？；"


def is_chrome(line: str) -> bool:
    """A line of page furniture: navigation, share/QR/contact box, file name, list item."""
    if len(line) <= 2 and not re.search(f"[{CJK}]", line):
        return True
    if len(line) >= 90:
        return False
    if NAV_RE.match(line) and (">" in line or "＞" in line or "»" in line or "›" in line):
        return True
    if IMAGE_RE.fullmatch(line.strip()) or (IMAGE_RE.search(line) and len(line) < 60):
        return True
    if URL_LINE_RE.match(line) or PHONE_RE.match(line) or TIME_ONLY_RE.match(line):
        return True
    if CONTACT_RE.search(line) and len(line) < 60:
        return True
    if len(line) <= 16 and CHROME_RE.search(line) and not any(p in line for p in SENTENCE_PUNCT):
        return True
    if BULLET_RE.match(line) and len(line) < 80:
        return True
    if DATED_ITEM_RE.search(line) and len(line) < 90 and not line.endswith(tuple(SENTENCE_PUNCT)):
        return True
    return False


def is_end_marker(line: str) -> bool:
    return bool(END_RE.match(line)) and len(line) < 40


def is_content(line: str) -> bool:
    """A paragraph of article text: long enough and written in sentences."""
    return len(line) >= 40 and any(p in line for p in "，。！？；：") or (
        len(line) >= 12 and line[-1] in "。！？”…")


def is_titlelike(line: str) -> bool:
    """A headline: short, no sentence punctuation at its end, not chrome."""
    return (4 <= len(line) <= 48 and line[-1] not in "。，；：、！,;:" and
            "。" not in line and not line.endswith(("摄", "供图")) and not is_chrome(line))


def strip_photo_credit(line: str) -> str:
    """'肇庆星湖美如画 李力 摄' → '肇庆星湖美如画'; '...调研。张明摄' → '...调研。'"""
    if not line.endswith(("摄", "供图")):
        return line
    return PHOTO_CREDIT_RE.sub("", line).strip()
