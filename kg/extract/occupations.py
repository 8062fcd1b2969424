"""Occupations on a résumé's lines (某地区食品厂工人, 某地委党校教员): the post is the body
written before the occupation, with the occupation as its title. Read only where a résumé
lists posts (kg/extract/components/resumes.py), where a body and a job are the whole item."""
from __future__ import annotations

from ..text.vocabulary import words
from .orgs import head_at
from .posts import PostItem, body
from .spans import Sentence

OCCUPATIONS = tuple(sorted(words("careers/resume_occupations"), key=len, reverse=True))
ITEM_ENDS = "，、；。,;\n"
BODY_LABELS = ("Organization", "Company")


def occupation_post(sent: Sentence, q: int, status: str) -> tuple[PostItem | None, int]:
    """The item written from `q` to the next list mark when it is a body and an occupation
    (某食品厂工人): its post, and where the item ends; (None, q) otherwise."""
    text = sent.article
    e = next((k for k in range(q, sent.end) if text[k] in ITEM_ENDS), sent.end)
    occupation = next((w for w in OCCUPATIONS if text.endswith(w, q, e)), None)
    if occupation is None or e - len(occupation) - q < 2:
        return None, q
    ts = e - len(occupation)
    if not head_at(sent, ts):
        return None, q  # (某地区食品厂: a body no head word names is not read as one)
    org = body(sent, q, ts, occupation)
    if org is None or org.label not in BODY_LABELS or org.generic:
        return None, q
    return PostItem(occupation, org, status, ts, False), e
