"""Which characters are Chinese: the CJK Unified Ideographs block, as the rules test it.

>>> is_han("佛山市"), is_han("5G"), has_han("5G基站")
(True, False, True)
"""
from __future__ import annotations

HAN_FIRST, HAN_LAST = "\u4e00", "\u9fff"
HAN = f"{HAN_FIRST}-{HAN_LAST}"  # for a regular expression's character class


def is_han(text: str) -> bool:
    """Every character of `text` is a Chinese character (True for "")."""
    return all(HAN_FIRST <= c <= HAN_LAST for c in text)


def has_han(text: str) -> bool:
    """Some character of `text` is a Chinese character."""
    return any(HAN_FIRST <= c <= HAN_LAST for c in text)
