"""National bodies named bare (商务部, 国务院, 中组部, 民革): every name and alias of
kg/data/central_bodies.tsv (read by `kg.resolve.aliases`) matched by one Aho-Corasick
automaton over the sentence. A match counts when it is a whole word, no place or country
is written right before it (美国商务部, 某省公安厅 are other bodies), and the body existed
in the article's year (a body created later is some other phrase)."""
from __future__ import annotations

from functools import lru_cache

import ahocorasick

from ..resolve.aliases import tables
from ..text.vocabulary import chars, table, word_set, words
from .spans import Sentence, at_seat
from .tokens import tag

NOT_BARE = word_set("bodies/central_not_bare")
# …except beside the other force (解放军和武警): form -> (what follows, what precedes).
BARE_PAIRS = {form: (tuple(after.split("|")), tuple(before.split("|")))
              for form, (after, before) in table("bodies/central_bare_pairs").items()}
GLUED_PARTICLES = frozenset(chars("bodies/glued_particles"))  # 以及生态环境|部等
MAX_GLUED = 2
PLACE_TAGS = ("ns", "nt")  # a place or body written right before: 美国|商务部
OPENERS = word_set("bodies/central_openers")  # …except the country's own name: 中国|外交部
# A party's name followed by a word making it its members (中国共产党人): no body.
PARTY_MEMBERS = {end: tuple(rest) for end, rest in table("bodies/party_members").items()}
PARTY_BODIES = tuple(words("posts/party_bodies"))  # 党组, 党委: a body's party body
TROOP_WORDS = word_set("bodies/troop_words")  # 武警|官兵: the force's people glued after it


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    ac = ahocorasick.Automaton()
    for form in tables().central:
        if (form not in NOT_BARE or form in BARE_PAIRS) and len(form) >= 2:
            ac.add_word(form, form)
    ac.make_automaton()
    return ac


def canonical(form: str) -> str | None:
    """The canonical national body `form` names, or None."""
    return tables().central.get(form)


INTERNATIONAL = "international"  # the kind of an international body (上海合作组织)


def party_body(surface: str) -> bool:
    """A national body's party body named bare (某总局党组): no place's body."""
    body = next((b for b in PARTY_BODIES if surface.endswith(b)), None)
    return body is not None and canonical(surface[:-len(body)]) is not None


def kind_of(form: str) -> str:
    return tables().central_kind.get(canonical(form) or "", "")


def existed(form: str, year: int | None) -> bool:
    """Whether the body `form` names existed in `year` (created by then; unknown: yes)."""
    if year is None:
        return True
    first, _ = tables().central_years.get(canonical(form) or "", (0, 9999))
    return first <= year


def joint_nameplate(surface: str) -> int | None:
    """Where `surface`, no national body's name itself, splits into two of them written
    together (bodies under joint nameplates: 中央纪委|国家监委), else None."""
    if canonical(surface) is not None:
        return None
    return next((k for k in range(2, len(surface) - 1)
                 if canonical(surface[:k]) is not None and canonical(surface[k:]) is not None), None)


def find_central(sent: Sentence, year: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, form) of each national body named in `sent`, longest first, left to
    right, none overlapping."""
    hits = []
    for end, form in _automaton().iter(sent.text):
        hits.append((sent.start + end + 1 - len(form), sent.start + end + 1, form))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out, last_end = [], -1
    for s, e, form in hits:
        if form in NOT_BARE and not _paired(sent.article, s, e, *BARE_PAIRS[form]):
            continue  # 解放军某部: no body named bare
        if s < last_end or not _whole_word(sent, s, e) or not existed(form, year) \
                or any(form.endswith(p) and sent.article.startswith(w, e) for p, w in PARTY_MEMBERS.items()):
            continue
        out.append((s, e, form))
        last_end = e
    return out


def _paired(text: str, s: int, e: int, after: tuple[str, ...], before: tuple[str, ...]) -> bool:
    """The other force is written right after or right before text[s:e] (解放军和武警)."""
    return text.startswith(after, e) or any(text.endswith(b, 0, s) for b in before)


def _glued(text: str, a: int, b: int) -> bool:
    """text[a:b] (between the name and its token's edge) is nothing or particles."""
    return b - a <= MAX_GLUED and all(c in GLUED_PARTICLES for c in text[a:b])


def _whole_word(sent: Sentence, s: int, e: int) -> bool:
    """The match starts and ends on token boundaries and follows no place or country."""
    first, last = sent.token_at(s), sent.token_at(e - 1)
    if first is None or last is None or not _glued(sent.article, first[0], s) \
            and sent.article[first[0]:s] not in OPENERS \
            or not (_glued(sent.article, e, last[1]) or sent.article[e:last[1]] in TROOP_WORDS):
        return False  # (中国外交部 is one token: the country's own name may open it)
    if at_seat(sent, s, sent.start):
        return True  # 在京中共中央政治局委员: the capital is where, no owner
    m = sent.ctx.covering(s - 1) if s > sent.start else None
    if m is not None and m.end == s:
        return False
    before = sent.token_at(s - 1) if s > sent.start else None
    return first[0] != s or before is None or before[2] in OPENERS or tag(before[2]) not in PLACE_TAGS
