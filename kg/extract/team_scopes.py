"""Task forces that a sentence names as what a place is called, or named by kinds of
people alone, beside `kg.extract.team_kinds`. (Teams a place sets up listed before 等 and
a plural, 某省组建了某某宣讲团、某某宣讲团等多个宣讲团, are teams of that place, as the
gold annotates them.)

- A team written right after 的 in a clause whose verb is a copula (这里是某某战役的临时
  指挥部, 某地是…的总指挥部): what a place is or was called, a figure or history, not a
  team of that place (`copula_figure`); not a team followed by 的 (是某市防汛指挥部的成员).
- A team named by kinds of people alone before its head, with no place or owner
  (大学生宣讲团, 巾帼宣讲团), or by a meeting alone (十九大报告宣讲团, 四中全会精神宣讲团):
  a kind of team many places and bodies have, not one (`people_kind`, `meeting_only`).
Words are data (kg/data/vocab/refuse/team_scopes.tsv)."""
from __future__ import annotations

import re

from ..text.vocabulary import chars, rows
from .lexicon import POSSESSIVE
from .refuse_kinds import GENERIC_TEAM_WORDS, QUOTES, TEAM_HEADS, clause_start, covering_words, ending

_ROWS = {row[0]: tuple(" ".join(row[1:]).split()) for row in rows("refuse/team_scopes", ".tsv")}
COPULAS = tuple(sorted(_ROWS["copula"], key=len, reverse=True))
NOT_COPULAS = tuple(sorted(_ROWS["not_copula"], key=len, reverse=True))
PEOPLE_OR_GENERIC = tuple(sorted(set(_ROWS["people"]) | set(GENERIC_TEAM_WORDS), key=len, reverse=True))
PEOPLE_HEADS = tuple(sorted(set(_ROWS["people_heads"]) | set(TEAM_HEADS), key=len, reverse=True))
_NUMERALS = chars("common/numerals")
_SESSION = re.escape(_ROWS["meeting_session"][0])
MEETING_ONLY = re.compile(
    rf"^(?:{'|'.join(_ROWS['meeting_openers'])})*[{_NUMERALS}]+(?:{_SESSION})?[{_NUMERALS}]*"
    rf"(?:{'|'.join(sorted(_ROWS['meeting'], key=len, reverse=True))})(?:{'|'.join(_ROWS['meeting_parts'])})*$")


def _copula_in(clause: str) -> bool:
    """Whether `clause` holds a copula, not inside a word that holds 是 otherwise (于是, 还是)."""
    for c in COPULAS:
        at = clause.find(c)
        while at >= 0:
            if not any(clause.startswith(w, at - w.find(c)) and w.find(c) <= at
                       for w in NOT_COPULAS if c in w):
                return True
            at = clause.find(c, at + 1)
    return False


def copula_figure(form: str, k: int, text: str) -> bool:
    """A team written right after 的 in a clause whose verb is a copula (这里是某某战役的
    临时指挥部): what a place is called, not a team; not one followed by 的."""
    if k == 0 or text[k - 1] != POSSESSIVE or text.startswith(POSSESSIVE, k + len(form)):
        return False
    return _copula_in(text[clause_start(text, k):k])


def people_kind(name: str) -> bool:
    """A team named by kinds of people (and generic words) alone before its head, with no
    place or owner (大学生宣讲团, 巾帼宣讲团, 基层理论宣讲团)."""
    head = ending(name, PEOPLE_HEADS)
    return bool(head) and len(name) > len(head) \
        and covering_words(name[:len(name) - len(head)], PEOPLE_OR_GENERIC) is not None


def meeting_only(name: str) -> bool:
    """A team named by a party meeting alone before its head, with no place or owner
    (十九大报告宣讲团, 二十大精神宣讲团, 十九届四中全会精神宣讲团)."""
    head = ending(name, PEOPLE_HEADS)
    return bool(head) and bool(MEETING_ONLY.match(name[:len(name) - len(head)]))
