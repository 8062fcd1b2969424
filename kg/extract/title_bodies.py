"""Bodies written before a title that the backward scan of a body (`spans.scan_start`)
does not read: a body then a phrase of the post's duties before the title (中宣部分管日常
工作的副部长某某, vocab posts/title_interludes), and a national body of the alias lexicon
whose last character is no head word (香港中联办主任某某); and the body of a bare title in a
list of titled people, that of the title of the same rank before it (省委书记某某、副书记某某)."""
from __future__ import annotations

from ..text.vocabulary import words
from .central import canonical
from .head_titles import DEPUTY_MARKS, head_title
from .lexicon import AND, is_surname_at
from .orgs import Named
from .persons import CJK
from .spans import Sentence, scan_start

INTERLUDES = words("posts/title_interludes")
DEPUTY_ENDS = tuple(DEPUTY_MARKS)  # 某部常务|副部长: a deputy's title cut, no body
MAX_NATIONAL = 16  # characters of the longest national body form read back from a title


def interlude_len(text: str, b: int, ts: int) -> int:
    """Length of the duty phrase ending the text [b, ts) before a title, when a body is
    written before it; else 0."""
    w = next((w for w in INTERLUDES if text.endswith(w, b, ts)), None)
    return len(w) if w is not None and ts - len(w) > b else 0


def body_start_before(sent: Sentence, ts: int) -> int:
    """Where the body of a title starting at `ts` starts when the usual scan read none:
    before a duty phrase, or at a national body named right before the title; else `ts`."""
    text = sent.article
    w = next((w for w in INTERLUDES if text.endswith(w, sent.start, ts)), None)
    e = ts - len(w) if w is not None else ts
    b = scan_start(sent, e) if w is not None else e
    if b < e:
        return b
    for k in range(max(sent.start, e - MAX_NATIONAL), e - 1):
        if canonical(text[k:e]) is not None:
            return k
    return ts


LIST_MARKS = "、" + AND
NAME_LENGTHS = (2, 3, 4)


def listed_body(sent: Sentence, ts: int, title: str, before) -> Named | None:
    """The body of a bare title opening an item of a list of titled people, taken from the
    item before when its title is of the same rank (省委书记某某、副书记某某; 某委副主任某某、
    副主任某某): `before` reads the posts before a name (`posts.posts_before`)."""
    text = sent.article
    k = ts - 1
    if k <= sent.start or text[k] not in LIST_MARKS:
        return None
    for n in NAME_LENGTHS:
        s = k - n
        if s <= sent.start or not is_surname_at(text, s) or not CJK.match(text[s:k]):
            continue
        prev = sent.title_before(s)
        if not prev or head_title(prev) != head_title(title):
            continue
        items = before(sent, s)
        org = items[-1].org if items and items[-1].title == prev else None
        if org is not None and not org.surface.endswith(DEPUTY_ENDS):  # (某部常务|副部长: no body)
            return org
    return None
