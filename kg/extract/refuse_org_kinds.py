"""Organization names refused by their words alone because they name a kind of body or a
phrase of the sentence rather than one body, beside `kg.extract.refuse_phrases`: a national
opener before a head only places own (全国党委, 中央人大), the committees of a congress
taken together (某人大专门委员会), a kind under a ministry (某部直属师范大学), a kind with
no owner (bare 孔子学院), a foreign country's courts (某国法院) or a venue's head alone
(滑雪中心: cut from its name), a verb of saying or of a clause read in (某组织称某医院,
某中央委托某部), a description read in before a body with its own place (主管部门某市某委,
立功集体某省某局), and two bodies joined where the second opens with its own place, country
or national word (某国某宫和某国某中心, 某人和某国某委员会); by its mentions, a body every
mention of which follows 驻 (某军驻|某地部队: its owner cut) and a bare ministry every
mention of which follows a foreign country glued to it (某国|卫生部). Names of the national
lexicon are kept before these rules run (`kg.extract.components.refused`). Words are data
(kg/data/vocab/refuse/org_kind_marks.tsv)."""
from __future__ import annotations

from functools import cache

from ..gazetteer import gazetteer
from ..text.script import is_han
from ..text.segmenter import segmenter
from ..text.vocabulary import chars, table, word_set
from .central import canonical
from .lexicon import lexicon
from .refuse_bodies import VENUE_HEADS
from .refuse_kinds import _foreign_pattern

_MARKS = {key: tuple(" ".join(cols).split()) for key, cols in table("refuse/org_kind_marks").items()}
NATIONAL = _MARKS["national"]
LOCAL_HEADS = frozenset(_MARKS["local_heads"])
COLLECTIVE = _MARKS["collective"]
COLLECTIVE_OWNERS = _MARKS["collective_owners"]
UNDER = _MARKS["under"]
UNDER_KINDS = frozenset(_MARKS["under_kinds"])
BARE = frozenset(_MARKS["bare"])
SAID = frozenset(_MARKS["said"])
CLAUSE = frozenset(_MARKS["clause"])
DESCRIPTOR = frozenset(_MARKS["descriptor"])
JOINERS = frozenset(_MARKS["joiners"])
HEAD_ENDS = chars("refuse/head_ends")
STATIONED = "".join(_MARKS["stationed"])
PERMANENT = "".join(_MARKS["permanent"])
FOREIGN_KINDS = _MARKS["foreign_kinds"]
MINISTRIES = word_set("bodies/foreign_ministries")
# Foreign countries' one-character short names (俄, 美; not 中).
ABBREVIATIONS = "".join(c for c in chars("people/country_abbreviations") if c not in _MARKS["china"])
STOPS = "".join(_MARKS["stops"])


@cache
def org_kind(name: str) -> bool:
    """Whether an Organization's `name` names a kind of body or a phrase, by its words."""
    return (name in BARE or name in VENUE_HEADS or _national_kind(name) or _collective(name)
            or _under_kind(name) or _foreign_kind(name) or _worded(name))


def _foreign_kind(name: str) -> bool:
    """A foreign country or city alone before a head its courts share (某国法院): the
    courts of that country, not one body."""
    head = next((h for h in FOREIGN_KINDS if name.endswith(h)), "")
    return bool(head) and _foreign_pattern().fullmatch(name[: -len(head)]) is not None


def stationed_cut(name: str, found: list[tuple[int, str]], text: str) -> bool:
    """A body opened by a place of the gazetteer whose every mention follows 驻 (某军驻|某地
    部队, 某部驻|某地特派员公署): the unit stationed there of the body before it, named
    without its owner; not a body a mission is accredited to or a team is sent into
    (常驻|某国际组织某办事处, 派驻|某县委办公室)."""
    if not all(k > 1 and text[k - 1] in STATIONED and text[k - 2] not in PERMANENT for k, _ in found):
        return False  # the cheap test first: most bodies have a mention not after 驻
    return any(gazetteer().lookup(name[:j]) for j in range(2, min(len(name), 6) + 1))


def glued_foreign_ministry(name: str, found: list[tuple[int, str]], text: str) -> bool:
    """A ministry's bare name (外交部, 卫生部; bodies/foreign_ministries) every mention of
    which has a foreign country's name or one-character short name glued right before it
    (某国|卫生部, 俄|财政部): that country's ministry, not China's, whatever else the
    sentence names."""
    if name not in MINISTRIES:
        return False
    for k, form in found:
        if form != name or k == 0:
            return False
        if text[k - 1] in ABBREVIATIONS and not (k >= 2 and is_han(text[k - 2]) and text[k - 2] not in STOPS):
            continue  # 俄|财政部 at a clause's start; not 中俄|… or a word's end
        if not any(m.end() == k for m in _foreign_pattern().finditer(text, max(0, k - 12), k)):
            return False
    return True


def _national_kind(name: str) -> bool:
    """全国 or 中央 alone before a head only places own (全国党委, 中央人大)."""
    return any(name.startswith(o) and name[len(o):] in LOCAL_HEADS for o in NATIONAL) \
        and canonical(name) is None


def _collective(name: str) -> bool:
    """A congress's or a CPPCC's committees taken together (某人大专门委员会)."""
    for head in COLLECTIVE:
        if name.endswith(head) and name[: -len(head)].endswith(COLLECTIVE_OWNERS):
            return True
    return False


def _under_kind(name: str) -> bool:
    """A kind of body under a ministry, named by the kind (某部直属师范大学)."""
    for mark in UNDER:
        k = name.find(mark)
        if k > 0 and name[k + len(mark):] in UNDER_KINDS:
            return True
    return False


def _worded(name: str) -> bool:
    """A verb of saying or of a clause, a description before a placed body, or a joining
    word before a placed body or between two bodies of the national lexicon, each standing
    as a word of its own inside the name."""
    toks = segmenter().dictionary_words(name)
    at = 0
    for i, word in enumerate(toks):
        rest = name[at + len(word):]
        if i > 0 and rest and word in SAID or rest and word in CLAUSE:
            return True  # 某组织|称|某医院, 某中央|委托|某部, 建议|某政府
        if rest and len(rest) >= 4 and (word in DESCRIPTOR or word in JOINERS and i > 0) \
                and _placed_body(rest):
            return True  # 主管部门|某市某委, 某宫|和|某国某中心
        if word in JOINERS and i > 0 and canonical(name[:at]) is not None and canonical(rest) is not None:
            return True  # 联合国|和|某国际委员会: two bodies of the lexicon
        at += len(word)
    return False


def _placed_body(rest: str) -> bool:
    """`rest` is a body of its own: a name of the national lexicon (税务总局), or a head (or
    a head's last character) ends it and it opens with a place or a country."""
    if canonical(rest) is not None:
        return True
    if not (rest.endswith(tuple(lexicon().suffixes)) or rest[-1] in HEAD_ENDS):
        return False
    if _foreign_pattern().match(rest):
        return True
    return any(gazetteer().lookup(rest[:j]) for j in range(2, min(len(rest), 7) + 1))
