"""The head's title a deputy, executive, acting or assistant title belongs to (常务副县长 →
县长, 代市长 → 市长, 省长助理 → 省长), shared by the post readers (`posts`, `title_bodies`,
`holders`)."""
from __future__ import annotations

from ..text.vocabulary import chars, words
from .context import HEAD_LEVELS
from .spans import ACTING

DEPUTY_MARKS = chars("posts/deputy_marks")  # 副, 常务: 常务副县长 is a 县长's deputy
ASSISTANT_MARKS = words("posts/assistant_marks")  # 省长助理: an assistant of the head, of its place


def head_title(title: str) -> str:
    """The head's title `title` is of (常务副县长 → 县长, 代市长 → 市长, 省长助理 → 省长)."""
    t = title.lstrip(DEPUTY_MARKS)
    t = next((t[:-len(m)] for m in ASSISTANT_MARKS if t.endswith(m) and t[:-len(m)] in HEAD_LEVELS), t)
    return t[1:] if t[:1] in ACTING and t[1:] in HEAD_LEVELS else t
