"""The one sentence splitter: article text into sentences with their offsets, none longer
than a cap. Places and extraction read the same sentences."""
from __future__ import annotations

import re

MAX_SENTENCE = 200  # characters; longer runs are cut at a comma, else hard

_END = re.compile(r"[。！？!?；;]+[”’」』]?|\n+")
_SOFT = re.compile(r"[，,、：:]")


def split_sentences(text: str, cap: int = MAX_SENTENCE) -> list[tuple[int, int, str]]:
    """Sentences of `text` as (start, end, text), stripped of surrounding blanks; a
    sentence longer than `cap` is cut at its last comma before the cap (or at the cap).

    >>> split_sentences("市委召开会议。 会议强调：抓落实！")
    [(0, 7, '市委召开会议。'), (8, 17, '会议强调：抓落实！')]
    >>> [t for _, _, t in split_sentences("甲，乙，丙，丁", cap=4)]
    ['甲，乙，', '丙，丁']
    """
    out: list[tuple[int, int, str]] = []
    start = 0
    for m in _END.finditer(text):
        _emit(text, start, m.end(), cap, out)
        start = m.end()
    _emit(text, start, len(text), cap, out)
    return out


def _emit(text: str, start: int, end: int, cap: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > cap:
        cut = None
        for m in _SOFT.finditer(text, start + cap // 2, start + cap):
            cut = m.end()
        cut = cut or start + cap
        out.append((start, cut, text[start:cut]))
        start = cut
    if end > start and any(not c.isspace() and not _is_punct(c) for c in text[start:end]):
        out.append((start, end, text[start:end]))


def _is_punct(c: str) -> bool:
    return not (c.isalnum())
