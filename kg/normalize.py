"""Normalising article text: script (traditional / mis-converted → simplified), pinyin
annotations, HTML debris, repeated punctuation, full-/half-width, whitespace.

Everything here is a pure function of its input (article ids hash the result), built on
compiled regexes and ``str.translate``; OpenCC runs only on paragraphs that hold a
traditional character.
"""
from __future__ import annotations

import html
import os
import re
from functools import lru_cache

import opencc

DATA = os.path.join(os.path.dirname(__file__), "data")
_OPENCC_DICT = os.path.join(os.path.dirname(opencc.__file__), "dictionary")

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{CJK}]")

# --------------------------------------------------------------------------- script


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def repair_table() -> tuple[dict[int, str], frozenset[str]]:
    """(translate table variant→simplified, marker characters) from misconverted.tsv."""
    table: dict[int, str] = {}
    markers: set[str] = set()
    with open(os.path.join(DATA, "misconverted.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            variant, simp, rule = line.rstrip("\n").split("\t")[:3]
            table[ord(variant)] = simp
            if rule == "marker":
                markers.add(variant)
    return table, frozenset(markers)


@lru_cache(maxsize=1)
def _traditional_chars() -> str:
    """Characters OpenCC's t2s changes (traditional-only forms)."""
    chars = set()
    with open(os.path.join(_OPENCC_DICT, "TSCharacters.txt"), encoding="utf-8") as fh:
        for line in fh:
            trad, simps = line.rstrip("\n").split("\t")
            if len(trad) == 1 and trad not in simps.split():
                chars.add(trad)
    return "".join(sorted(chars))


@lru_cache(maxsize=1)
def _trad_set() -> frozenset[str]:
    return frozenset(_traditional_chars()) | repair_table()[1]


@lru_cache(maxsize=1)
def _any_of(chars: frozenset[str]) -> re.Pattern:
    """A pattern that finds any of a few `chars` (one scan in C: most texts hold none)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def is_misconverted(text: str) -> bool:
    """True when `text` carries the variant characters a naive s2t conversion picks
    (儅, 侷, 郃, 縂 ...): at least 3 different ones, or 5 in all."""
    markers = repair_table()[1]
    if _any_of(markers).search(text) is None:
        return False
    found = set(text) & markers
    return len(found) >= 3 or (bool(found) and sum(text.count(c) for c in found) >= 5)


def detect_script(text: str) -> str:
    """``Hant`` when at least 5% of the CJK characters (and 3 in all) are
    traditional-only or mis-conversion variants, else ``Hans``."""
    found = set(text) & _trad_set()
    if not found:
        return "Hans"
    trad = sum(text.count(c) for c in found)
    if trad < 3:
        return "Hans"
    cjk = len(_CJK_RE.findall(text))
    return "Hant" if cjk and trad / cjk >= 0.05 else "Hans"


def to_simplified(text: str, misconverted: bool | None = None) -> str:
    """Simplified text: mis-conversion variants repaired (only in text detected as
    mis-converted), then OpenCC t2s on the paragraphs holding a traditional character."""
    if misconverted is None:
        misconverted = is_misconverted(text)
    if misconverted:
        text = text.translate(repair_table()[0])
    trad = _trad_set()
    if trad.isdisjoint(text):
        return text
    convert = _t2s().convert
    return "\n".join(_zhe(convert(p)) if not trad.isdisjoint(p) else p for p in text.split("\n"))


# t2s keeps 著 (a simplified character too) where simplified writes 着 (随着, 推动着);
# 著 stays only in the words where simplified keeps it.
_ZHU_KEEP = ("著名", "著作", "显著", "著称", "卓著", "著述", "原著", "名著", "著录", "巨著",
             "土著", "编著", "著者", "合著", "遗著", "专著", "著书", "论著", "译著", "新著",
             "拙著", "昭著", "著有", "著述", "著文", "著译", "较著", "著明")
_ZHU_RE = re.compile("|".join(_ZHU_KEEP) + "|著")


def _zhe(text: str) -> str:
    if "著" not in text:
        return text
    return _ZHU_RE.sub(lambda m: m.group(0) if len(m.group(0)) > 1 else "着", text)


# --------------------------------------------------------------------------- debris

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# 網(wǎng): a pinyin syllable (with at least one tone mark) in brackets after a character
PINYIN_RE = re.compile(
    rf"(?<=[{CJK}])[(（]\s*[a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*\s*[)）]")
_TONED_RE = re.compile(f"[{_TONED}]")  # (no pinyin annotation without a tone mark)
# a pinyin annotation cut in half by mojibake: "àn)" / "(fēng" next to CJK
PINYIN_HALF_RE = re.compile(
    rf"[a-zü]*[{_TONED}][a-zü{_TONED}]*[)）]|[(（][a-zü]*[{_TONED}][a-zü{_TONED}]*(?=[^a-zü{_TONED})）]|$)")
TAG_RE = re.compile(r"<(?:/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,300})?|!--.*?--)/?>", re.S)
# tag remnants whose '<' was lost: ?/p>  /span>  br/>
TAG_DEBRIS_RE = re.compile(r"[?？]?/?\b(?:p|br|div|span|strong|em|b|i|u|a|li|ul|ol|td|tr|th|table|font|img|h[1-6]|section|article)\s*/?>")
ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});?")


# a run of lost characters ("????") and a stray letter glued to the next word: ????G部
_LOST_RE = re.compile(rf"^[?？]+[ \t]*|[?？]{{3,}}[A-Za-z](?=[{CJK}])", re.M)


def strip_debris(text: str) -> str:
    """Remove HTML tags, tag remnants, entities (decoded), pinyin annotations and
    placeholders of lost characters."""
    if "?" in text or "？" in text:
        text = _LOST_RE.sub("", text)
    if "<" in text or ">" in text:
        text = TAG_RE.sub("", text)
        text = TAG_DEBRIS_RE.sub("", text)
    if "&" in text:
        text = ENTITY_RE.sub(lambda m: html.unescape(m.group(0)), text)
    if "(" in text or "（" in text:
        text = PINYIN_RE.sub("", text)
    if _TONED_RE.search(text):
        text = PINYIN_HALF_RE.sub("", text)
    return text


# --------------------------------------------------------------------------- mojibake
# A GBK page read one byte out of step: after a lost byte ('?') each character is made of
# the second byte of one real character and the first byte of the next (闭劶皩 for ”談及),
# until an ASCII byte (a letter, @) or another lost byte puts it back in step. Encoding
# the run back to GB18030 and decoding it one byte later gives the real text; the result
# is kept only when it reads as common Chinese.
_RUN_CHARS = r"[^\x00-\x7f\s“”‘’。、，？]"
PUA_RE = re.compile("[\ue000-\uf8ff\ufffd]")
MOJIBAKE_RE = re.compile(
    rf"\?([a-zü{_TONED}]{{1,7}}\))?([!,]?{_RUN_CHARS}{{1,40}}?(?:[\x40-\x7e]|(?=\?)|(?={_RUN_CHARS}*$)))")


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """GB2312 level 1 (the 3755 commonest simplified characters) and Big5 level 1
    (5401 common traditional ones), with CJK punctuation."""
    chars = set("，。、；：？！“”‘’（）《》…—")
    for hi in range(0xB0, 0xD8):
        chars.update(bytes([hi, lo]).decode("gb2312", "ignore") for lo in range(0xA1, 0xFF))
    for hi in range(0xA4, 0xC7):
        for lo in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            chars.add(bytes([hi, lo]).decode("big5", "ignore"))
    chars.discard("")
    return frozenset(chars)


def _shifted(run: str) -> str | None:
    try:
        raw = run.replace("!", "！").replace(",", "，").encode("gb18030")
    except UnicodeEncodeError:
        return None
    text = raw[1:].decode("gbk", "replace").replace("\ufffd", "")
    common = _common_chars()
    cjk = [c for c in text if not c.isascii()]
    realigned = "\x40" <= run[-1] <= "\x7e"
    if len(cjk) < (1 if realigned else 2) or sum(c in common for c in cjk) < 0.85 * len(cjk):
        return None
    # the run itself must look garbled: rare characters, private-use ones, or an ASCII
    # byte glued to it (genuine text after a real '?' re-reads as common by chance)
    before = [c for c in run if not c.isascii()]
    rare = sum(c not in common for c in before)
    if not (realigned or PUA_RE.search(run) or rare > 0.3 * len(before)):
        return None
    if len(cjk) < 2 and not (run[0] in "!！" or PUA_RE.search(run)):
        return None  # too short to tell from chance
    return text


def _repair(m: re.Match) -> str:
    run = m.group(2)
    fixed = _shifted(run)
    if fixed is None:
        # '?' + the pinyin of a lost character + a short run up to the next lost byte:
        # an island of garbage with nothing to recover
        island = m.group(1) and len(run) <= 6 and m.string.startswith("?", m.end())
        return "" if island else m.group(0)
    return ("。" if fixed.startswith("”") else "") + fixed


def repair_mojibake(text: str) -> str:
    """Re-read runs of byte-shifted GBK (see above); drop private-use leftovers."""
    if "?" not in text:
        return PUA_RE.sub("", text) if PUA_RE.search(text) else text
    text = MOJIBAKE_RE.sub(_repair, text)
    return PUA_RE.sub("", text)


# --------------------------------------------------------------------------- punctuation

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
# fullwidth letters/digits and a few symbols → ASCII; ideographic space → space
_HALF = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}
_HALF.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})
_HALF.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})
_HALF.update({ord(c): ord(h) for c, h in zip("％＋－＝／＜＞＠＃＆＊＿｜～", "%+-=/<>@#&*_|~")})
_HALF.update({0x3000: " ", 0xA0: " ", 0x2002: " ", 0x2003: " ", 0x2009: " ", 0x200B: None,
              0xFEFF: None, 0x200E: None, 0x200F: None, ord("\t"): " ", ord("\r"): None,
              0xFF0E: "．", ord("﹐"): "，", ord("﹔"): "；", ord("﹕"): "："})
_HALF_TABLE = str.maketrans(_HALF)
_HALF_RE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_HALF_TABLE)) + "]")
_ASCII_PUNCT_CHARS = re.compile("[" + re.escape("".join(_FULL)) + "]")

# the sentence punctuation that gets doubled: runs like ,,,,, 。。。。 ????? ;;;;;
_RUN_RE = re.compile(r"([,，;；:：!！?？。、])[,，;；:：!！?？。、]+")
_CJKP = f"{CJK}“”‘’《》（）【】、，。；：？！…—"
_ASCII_PUNCT_RE = re.compile(rf"(?<=[{_CJKP}])\s*([,;:?!])|([,;:?!])\s*(?=[{_CJKP}])")
_PAREN_RE = re.compile(r"\(([^()\n]{0,120})\)")
_STRAIGHT_QUOTES_RE = re.compile(r"\"([^\"\n]{1,200}?)\"")


def _full_parens(m: re.Match) -> str:
    inner = m.group(1)
    return f"（{inner}）" if _CJK_RE.search(inner) else m.group(0)


def _full_quotes(m: re.Match) -> str:
    inner = m.group(1)
    return f"“{inner}”" if _CJK_RE.search(inner) else m.group(0)


def _collapse(m: re.Match) -> str:
    return _FULL.get(m.group(1), m.group(1))


def normalize_punctuation(text: str) -> str:
    """Half-width letters/digits, full-width Chinese punctuation between CJK text,
    runs of repeated punctuation collapsed (,,,,, → ，; 。。。 → 。; ????? → ？)."""
    if _HALF_RE.search(text):  # (most texts hold no character the table changes)
        text = text.translate(_HALF_TABLE)
    text = _RUN_RE.sub(_collapse, text)
    if "………" in text:
        text = re.sub(r"…{3,}", "……", text)
    if "(" in text:
        text = _PAREN_RE.sub(_full_parens, text)
    if '"' in text:
        text = _STRAIGHT_QUOTES_RE.sub(_full_quotes, text)
    if _ASCII_PUNCT_CHARS.search(text):
        text = _ASCII_PUNCT_RE.sub(lambda m: _FULL[m.group(1) or m.group(2)], text)
    return text


# --------------------------------------------------------------------------- layout

_SPACES_RE = re.compile(r"[ \t\u3000\xa0]+")
# a single-line page: whitespace after a sentence end starts a new paragraph
_SENT_BREAK_RE = re.compile(r"(?<=[。！？…”」』])\s+(?=\S)")
_SENTENCE_END_RE = re.compile(r"(?<=[。！？；])(?![”’」』）)])|(?<=[。！？][”’」』])")
# 攻  坚 (a heading spread out with spaces)
_SPREAD_RE = re.compile(rf"^([{CJK}])\s+([{CJK}])$")
MAX_PARAGRAPH = 600


def _split_long(par: str) -> list[str]:
    """Cut a paragraph longer than MAX_PARAGRAPH at sentence ends (sentences kept whole)."""
    if len(par) <= MAX_PARAGRAPH:
        return [par]
    out, cur = [], ""
    for sent in _SENTENCE_END_RE.split(par):
        if cur and len(cur) + len(sent) > MAX_PARAGRAPH:
            out.append(cur)
            cur = ""
        cur += sent
    if cur:
        out.append(cur)
    return out


def split_paragraphs(text: str) -> list[str]:
    """Non-empty, stripped lines; a very long line is split where a sentence end is
    followed by whitespace, then at sentence ends."""
    pars: list[str] = []
    for line in text.split("\n"):
        line = _SPACES_RE.sub(" ", line).strip()
        if not line:
            continue
        if len(line) > MAX_PARAGRAPH:
            for chunk in _SENT_BREAK_RE.split(line):
                pars.extend(_split_long(chunk.strip()))
        else:
            line = _SPREAD_RE.sub(r"\1\2", line)
            pars.append(line)
    return [p for p in pars if p]


def normalize_text(text: str, misconverted: bool | None = None) -> str:
    """The whole normalisation of one text: debris, script, punctuation, layout.
    Paragraphs are returned separated by ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "(" in text or "（" in text:
        text = PINYIN_RE.sub("", text)  # first: annotations sit inside mojibake runs too
    text = strip_debris(repair_mojibake(text))
    text = to_simplified(text, misconverted)
    text = normalize_punctuation(text)
    return "\n".join(split_paragraphs(text))
