"""A name with no Han surname right after a title, read from its repeats: Tibetan, Yi,
Uyghur or Mongolian names written without a middle dot (乡党委书记某某某某带领…) that no
list of surnames or name openers knows. Features about local cadres write such a name
again and again (某某某某是…, 某某某某调到…); the name is the longest run of Han
characters after the title that the article writes at least `MIN_REPEATS` times, with
different characters before and after its occurrences (a name, not a phrase glued to one
word). The run must be no word of the dictionary and hold no common word (书记主持会议…)."""
from __future__ import annotations

from ..driver import component
from ..holders import add_person, hold
from ..lexicon import DELIMS, NOT_NAMES, POSSESSIVE
from ..persons import CJK, NOT_FIRST, PRONOUNS_PARTICLES, TRAILING_FUNCTION
from ..posts import posts_before
from ..spans import Sentence
from ..tokens import freq, in_dict
from ...text.segmenter import segmenter
from ...text.vocabulary import chars

MIN_REPEATS = 3  # the title's mention and at least two more
MIN_LEN, MAX_LEN = 3, 6  # characters: a two-character run is too often a word
COMMON_WORD = 50  # jieba frequency from which a token inside the run is a common word
MIN_NEIGHBOURS = 2  # distinct characters before, and after, the run's occurrences
NOT_FIRST_CHARS = frozenset(chars("people/not_first_of_repeats")) | NOT_FIRST \
    | frozenset(PRONOUNS_PARTICLES) | {POSSESSIVE}
NOT_LAST_CHARS = frozenset(chars("people/not_last_of_repeats")) | frozenset(TRAILING_FUNCTION)


@component("people_repeated_after_titles", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"),
           writes=("people", "graph.Post", "graph.HOLDS", "graph.OF", "graph.MEMBER_OF"))
def repeated_after_titles(state, sent: Sentence) -> None:
    """Names with no Han surname right after a title, read from their repeats, with the
    posts listed before them."""
    text = state.text
    for p in sorted(sent.titles_end):
        if p + MIN_LEN > sent.end or text[p] in NOT_FIRST_CHARS or not CJK.match(text[p:p + MIN_LEN]) \
                or state.count(text[p:p + MIN_LEN]) < MIN_REPEATS:
            continue  # (the cheap tests first: most titles are followed by a known name or a word)
        if any(text.startswith(nm, p) for nm in state.people) \
                or any(a <= p < z for a, z in state.body_spans) or sent.title_before(p) is None:
            continue
        name = repeated_run(state, p, sent.end)
        if name is None:
            continue
        add_person(state, name, p)
        if name in state.people:
            for item in posts_before(sent, p):
                hold(state, name, item, sent)


def repeated_run(state, p: int, hi: int) -> str | None:
    """The longest run text[p:p+L] (MIN_LEN <= L <= MAX_LEN, before `hi`) written at least
    MIN_REPEATS times with varied neighbours, if it reads as a name."""
    text, best = state.text, None
    for n in range(MIN_LEN, MAX_LEN + 1):
        run = text[p:p + n]
        if p + n > hi or not CJK.fullmatch(run) or state.count(run) < MIN_REPEATS:
            break
        if _varied(text, run):
            best = run
    if best is None or in_dict(best) or best in NOT_NAMES \
            or best[0] in NOT_FIRST_CHARS or best[-1] in NOT_LAST_CHARS:
        return None
    if any(len(w) > 1 and freq(w) >= COMMON_WORD for w in segmenter().cut(best)):
        return None
    if freq(text[p + len(best) - 1:p + len(best) + 1]) >= COMMON_WORD:
        return None  # 总书记情系农|业: the run ends inside a common word
    return best


def _varied(text: str, run: str) -> bool:
    """Whether the characters before and after the occurrences of `run` vary (a name is
    written in different clauses; a phrase repeats with its context)."""
    before, after, k = set(), set(), text.find(run)
    while k >= 0:
        before.add(text[k - 1] if k else "")
        after.add(text[k + len(run):k + len(run) + 1])
        k = text.find(run, k + 1)
    return len(before) >= MIN_NEIGHBOURS and len(after) >= MIN_NEIGHBOURS
