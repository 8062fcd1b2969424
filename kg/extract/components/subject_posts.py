"""Posts taken in a later clause of the sentence whose subject opens it (2014年，某某回到家乡，
当选村党支部书记): a verb of posts/clause_hold_verbs opening a clause gives its posts to the
one person named in the sentence before it, when that name stands in one of the sentence's
first two clauses, no other person is named before the verb and no verb of saying stands
between them."""
from __future__ import annotations

from ...text.vocabulary import words
from ..driver import component
from ..holders import hold_list
from ..lexicon import SPEECH_VERBS, automaton
from ..posts import posts_after
from ..spans import Sentence

CLAUSE_VERBS = words("posts/clause_hold_verbs")
VERB_AC = automaton(CLAUSE_VERBS)
CLAUSE_MARKS = "，,"
CLAUSE_ENDS = "，,；;：:"


@component("subject_posts", scope="article", reads=("sentence.tokens", "places", "people"),
           writes=("graph.Post", "graph.HOLDS", "graph.OF"))
def subject_posts(state) -> None:
    """Read after every sentence: the subject may be read as a person only in a later one."""
    for sent in state.sentences:
        _clause_posts(state, sent)


def _clause_posts(state, sent: Sentence) -> None:
    text = state.text
    done: set[int] = set()
    for end, verb in VERB_AC.iter(sent.text):
        v = sent.start + end + 1 - len(verb)
        if v <= sent.start or text[v - 1] not in CLAUSE_MARKS or v in done:
            continue  # not opening a clause (a name before it is read by people_before_posts)
        done.add(v)
        name = _subject(state, sent, v)
        if name is None:
            continue
        hold_list(state, name, *posts_after(sent, v + len(verb)), sent)


def _subject(state, sent: Sentence, v: int) -> str | None:
    """The one person named in the sentence before `v`, if that name lies in one of the
    sentence's first two clauses (the first may be a date: 2014年，某某…) and no verb of
    saying stands between it and `v` (某某说，当选…: a quote)."""
    text = state.text
    found = {nm: text.find(nm, sent.start, v) for nm in state.people}
    found = {nm: k for nm, k in found.items() if k >= 0}
    names = [nm for nm in found if not any(nm != o and nm in o for o in found)]  # 王强 in 王强华
    if len(names) != 1:
        return None
    name, k = names[0], found[names[0]]
    clauses_before = sum(text[j] in CLAUSE_ENDS for j in range(sent.start, k))
    if clauses_before > 1 or any(w in text[k + len(name):v] for w in SPEECH_VERBS):
        return None
    return name
