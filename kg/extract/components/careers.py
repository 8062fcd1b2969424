"""Career events: appointment and removal notices read as dated posts. 某某同志任云南省委
书记 (and 当选, 调任, 兼任 …) starts the posts on the article's publication date;
某某同志不再担任…职务, 免去某某的…职务 (免去某某…职务, 撤销某某…资格: the posts closed by
职务 or 资格) and 某某辞去…职务 end them (status former); 任命某某为… (增补某某为…) starts them
(任命某某、某某为…: each name of the list).
A notice's list 某省委委员、常委、书记 gives each post of the committee."""
from __future__ import annotations

import copy

from ..driver import component
from ..holders import add_person, hold
from ..orgs import clause_bounds
from ..persons import name_before
from ..posts import posts_after
from ..spans import Sentence
from ..lexicon import POSSESSIVE, automaton
from ..notice_names import LIST_MARK, MAX_LISTED, NOTICE_VERBS, notice_name
from ...text.vocabulary import table, words
from .people import known_before, occurrences

NOTICE = {role: word for role, (word,) in table("careers/notice_words").items()}
COMRADE = NOTICE["comrade"]
START_VERBS = words("careers/start_verbs")
END_VERBS = words("careers/end_verbs")
REMOVAL_VERBS = words("careers/removal_verbs")
APPOINTMENT_VERBS = words("careers/appointment_verbs")
RESIGN_VERBS = words("careers/resign_verbs")
# One pass over a sentence finds whether it writes any of them (most write none).
EVENT_WORDS = automaton((COMRADE, *REMOVAL_VERBS, *APPOINTMENT_VERBS, NOTICE["revoke"],
                         NOTICE["removed_own"], *RESIGN_VERBS))


def _dates(state, ending: bool) -> dict:
    if not state.published:
        return {}
    return {"end": state.published} if ending else {"start": state.published}


def _record(state, sent: Sentence, name: str, at: int, q: int, ending: bool) -> None:
    """The posts written from `q` on, held by `name` (read at `at`) from or until the
    article's date; a further event after a comma (…书记，不再担任…) goes on."""
    text = state.text
    while True:
        items, end = posts_after(sent, q, "former" if ending else "current")
        if not items:
            return
        add_person(state, name, at)
        for item in items:
            hold(state, name, item, sent, _dates(state, ending))
        event = _verb_at(text, end + 1) if end < sent.end and text[end] in "，," else None
        if event is None:
            return
        q, ending = end + 1 + len(event[0]), event[1]


def _verb_at(text: str, q: int) -> tuple[str, bool] | None:
    """The event verb written at `q`: (verb, whether it ends the posts); none where a
    notice's verb with an object of its own stands there (任命某某为…, 免去某某…)."""
    if text.startswith(NOTICE_VERBS, q):
        return None
    for verb in END_VERBS:
        if text.startswith(verb, q):
            return verb, True
    for verb in START_VERBS:
        if text.startswith(verb, q):
            return verb, False
    return None


@component("career_events", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"),
           writes=("people", "graph.Post", "graph.HOLDS", "graph.OF"))
def career_events(state, sent: Sentence) -> None:
    """某某同志任/不再担任 …; 任命某某为 …; 免去某某(同志)的 … 职务."""
    if next(EVENT_WORDS.iter(sent.text), None) is None:
        return  # none of the words every event below opens with
    text = state.text
    for e in occurrences(sent, COMRADE):
        q = e + len(COMRADE)
        event = _verb_at(text, q)
        if event is None:
            continue
        lo, _ = clause_bounds(sent, e - 1)
        name = known_before(state, e) or name_before(text, e, lo, state.count, sent.is_token)
        if name:
            _record(state, sent, name, e - len(name), q + len(event[0]), event[1])
    for verbs, ending in ((REMOVAL_VERBS, True), (APPOINTMENT_VERBS, False)):
        for verb in verbs:
            for v in occurrences(sent, verb):
                _object_posts(state, sent, v + len(verb), ending)
    for v in occurrences(sent, NOTICE["revoke"]):
        _revoked_mandates(state, sent, v + len(NOTICE["revoke"]))
    for v in occurrences(sent, NOTICE["removed_own"]):
        _revoked_mandates(state, sent, v + len(NOTICE["removed_own"]), NOTICE["office"])
    for verb in RESIGN_VERBS:
        for v in occurrences(sent, verb):
            _resigned(state, sent, v, verb)


def _resigned(state, sent: Sentence, v: int, verb: str) -> None:
    """某某辞去…职务 (接受某某辞去…职务的请求): the posts after the verb, held by the name
    right before it until the article's date; only a list of posts closed by 职务."""
    text = state.text
    k = text.find(NOTICE["office"], v + len(verb), sent.end)
    if k < 0:
        return
    lo, _ = clause_bounds(sent, v - 1)
    name = known_before(state, v) or name_before(text, v, lo, state.count, sent.is_token)
    if not name:
        return
    items, _ = posts_after(_clipped(sent, k), v + len(verb), "former")  # the posts up to 职务
    if not items:
        return
    add_person(state, name, v - len(name))
    for item in items:
        hold(state, name, item, sent, _dates(state, True))


def _revoked_mandates(state, sent: Sentence, q: int, closing: str = NOTICE["mandate"]) -> None:
    """终止其|…代表、…代表资格: the mandates (posts) of the person named last before, ended
    (former) — only in a sentence of 资格; 免去其|…职务 likewise, read up to 职务."""
    k = state.text.find(closing, q, sent.end)
    if k < 0:
        return
    items, _ = posts_after(_clipped(sent, k), q, "former")  # the list up to 资格, where its last post ends
    if not items:
        return
    name = max(state.people, key=lambda nm: state.text.rfind(nm, 0, q), default=None)
    if name is None or state.text.rfind(name, 0, q) < 0:
        return
    for item in items:
        hold(state, name, item, sent, _dates(state, True))


def _object_posts(state, sent: Sentence, p: int, ending: bool) -> None:
    """免去|某某(同志)的…职务, 任命|某某(同志)为…: the name after the verb, then its posts;
    a 、-list of names (任命某某、某某为…, 免去某某、某某的…职务) gives each name the posts."""
    text = state.text
    names = _object_names(state, sent, p)
    if not names:
        return
    q = _after_note(text, names[-1][0] + len(names[-1][1]), sent.end)
    if text.startswith(COMRADE, q):
        q += len(COMRADE)
    link = POSSESSIVE if ending else NOTICE["appointed_as"]
    linked = text.startswith(link, q)
    if linked:
        q += len(link)
    if ending:
        closed = _closed_posts(sent, q)
        if closed is None and not linked:
            return
        sent = closed or sent
    elif not linked:
        return
    for at, name in names:
        _record(state, sent, name, at, q, ending)


def _closed_posts(sent: Sentence, q: int) -> Sentence | None:
    """The sentence read up to the 职务 or 资格 that closes the posts written from `q` on
    (免去某某(的)第某届某委员会副主任职务, 撤销某某、某某(的)第某届某委员资格), or None."""
    ends = [k for k in (sent.article.find(w, q, sent.end) for w in (NOTICE["office"], NOTICE["mandate"]))
            if k >= 0]
    if not ends:
        return None
    clipped = _clipped(sent, min(ends))
    items, end = posts_after(clipped, q, "former")
    return clipped if items and end == clipped.end else None


def _clipped(sent: Sentence, k: int) -> Sentence:
    """`sent` read up to `k` (where a list of posts ends: 职务, 资格)."""
    clipped = copy.copy(sent)
    clipped.end, clipped.text, clipped._titles = k, sent.text[:k - sent.start], None
    return clipped


def _object_names(state, sent: Sentence, p: int) -> list[tuple[int, str]]:
    """The names written from `p` on, one or a 、-list of them: (position, name)."""
    text = state.text
    out: list[tuple[int, str]] = []
    while len(out) < MAX_LISTED:
        name = notice_name(text, p, sent.end, state.count)
        if not name:
            break
        out.append((p, name))
        q = _after_note(text, p + len(name), sent.end)
        if q >= sent.end or text[q] != LIST_MARK:
            break
        p = q + 1
    return out


NOTE_OPEN, NOTE_CLOSE = "（", "）"
MAX_NOTE = 8  # characters of a bracketed note after a name: 某某（女，白族）


def _after_note(text: str, q: int, hi: int) -> int:
    """Where the list goes on after a name ending at `q`: past its bracketed note (女，白族)."""
    if not text.startswith(NOTE_OPEN, q):
        return q
    k = text.find(NOTE_CLOSE, q + 1, min(hi, q + MAX_NOTE + 2))
    return k + 1 if k > 0 else q
