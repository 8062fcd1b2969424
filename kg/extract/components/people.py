"""People read where the genre anchors a name, with the posts written around it: after a
title (科长孙立业), after a role noun (村民李大山), opening an interview answer (王五：…),
before a verb of saying (周建国说), opening a clause or closing a list before a verb of
leading or meeting (某某主持, 某某、某某出席), before an honorific (习近平总书记), and before a post
(赵立群是…主任). Each anchor is one component; they run in this order, and a later one
may take a name an earlier one read (`people`)."""
from __future__ import annotations

from collections.abc import Iterator

from ..driver import component
from .listed_people import DOT_NAME, LIST_JOINERS, items_before
from ..holders import add_person, hold, hold_list
from ...text.vocabulary import chars, table, words
from ..lexicon import DELIMS, HOLD_VERBS, NOT_NAMES, automaton, is_surname_at, POSSESSIVE, ROLE_NOUNS, SPEECH_VERBS
from ..ner import persons_in
from ..orgs import clause_bounds
from ..persons import (ADDRESS_WORDS, CJK, CONJUNCTIONS, NOT_FIRST, RISKY_SURNAMES, after_title, name_after,
                       name_before, plausible, tagger_agrees)
from ..posts import posts_after, posts_before
from ..spans import Sentence
from ..tokens import freq, in_dict, tag

ACTIVITY_VERBS = words("people/activity_verbs")
ACTIVITY_AC = automaton(ACTIVITY_VERBS)
ROLE_AC = automaton(ROLE_NOUNS)  # one pass over a sentence finds every role noun
LIST_CLOSERS = words("programs/list_closers")  # 某某、某某等出席: the list ends before 等
# 某某和中央有关部门负责同志陪同考察: an unnamed group of officials closes the list.
GROUP_CLOSERS = tuple(j + g for g in words("people/group_closers") for j in words("people/group_joiners"))
HONORIFICS = words("people/honorifics")  # not 总理/主席: countries stand before those
DEPUTY_WORDS = tuple(words("people/deputy_words"))  # 某某代表说: between the name and the verb
ADVERBS = chars("people/adverbs_before_verbs")
FORMER_VERBS = words("posts/former_verbs")
BEFORE_HOLD_VERBS = words("posts/before_hold_verbs")
FORMER_BEFORE_HOLD = frozenset(words("posts/former_before_hold"))  # 生前是…: a former post
# Verbs of holding a perfective particle may follow (某某当选了…代表): verb -> particle.
PERFECTIVE_AFTER = {verb: particle for verb, (particle,) in table("posts/perfective_verbs").items()}
# What follows a name read after a role noun: a verb, a particle, a time word.
AFTER_ROLE_NAME = ("，",) + words("people/after_role_name")
NAME_TAGS = ("nr", "nrfg", "nrt", "ns")  # (jieba tags some foreign leaders' names ns)
VERB_TAGS = ("v", "p", "d", "t")  # first letters of jieba's tags of verbs, prepositions, adverbs, times


SPEECH_AC = automaton(SPEECH_VERBS)
HOLD_AC = automaton(HOLD_VERBS)
HONORIFIC_AC = automaton(HONORIFICS)
# The activity verbs longer than each one.
LONGER_ACTIVITY = {v: tuple(w for w in ACTIVITY_VERBS if len(w) > len(v)) for v in ACTIVITY_VERBS}
# The longer verbs of saying that end with each one (说 → 笑着说): read from those.
LONGER_SPEECH = {v: tuple(w for w in SPEECH_VERBS if len(w) > len(v) and w.endswith(v))
                 for v in SPEECH_VERBS}


def occurrences(sent: Sentence, word: str) -> Iterator[int]:
    """Article positions where `word` is written in the sentence."""
    k = sent.text.find(word)
    while k >= 0:
        yield sent.start + k
        k = sent.text.find(word, k + 1)


def _before_hold_words(text: str, v: int, lo: int) -> tuple[int, bool]:
    """Where the name before a verb of holding ends, over the words of time or secondment
    written between them (某某生前是…, 某某，现在挂职任…), each perhaps after an adverb
    (某某这次也当选…), and whether one of them makes the post a former one (生前, 当时)."""
    former = False
    for _ in range(2):
        a = v - 1 if v - 1 > lo and text[v - 1] in ADVERBS else v  # 某某这次也当选…
        w = next((w for w in BEFORE_HOLD_VERBS if a - len(w) > lo and text.endswith(w, 0, a)), None)
        if w is None:
            break
        v = a - len(w)
        former = former or w in FORMER_BEFORE_HOLD
    return v, former


def written(sent: Sentence, ac, words: tuple[str, ...]) -> list[tuple[str, int]]:
    """(word, article position) of each of `words` written in the sentence, found by one
    pass of `ac` (their automaton), in the order of `words` and then of position: the
    order of ``occurrences`` word by word."""
    found: dict[str, list[int]] = {}
    for end, word in ac.iter(sent.text):  # by end: a word's positions in order
        found.setdefault(word, []).append(sent.start + end + 1 - len(word))
    return [(w, k) for w in words if w in found for k in found[w]] if found else []


def known_before(state, e: int) -> str | None:
    """A person already read whose name ends at `e`."""
    return next((nm for nm in state.people if state.text.endswith(nm, 0, e)), None)


def _token_len(sent: Sentence, q: int) -> int:
    tok = sent.token_at(q)
    return tok[1] - q if tok is not None and tok[0] == q else 0


@component("people_after_titles", scope="sentence",
           reads=("sentence.tokens", "places", "sentence.body_spans"),
           writes=("people", "graph.Post", "graph.HOLDS", "graph.OF", "graph.MEMBER_OF"))
def after_titles(state, sent: Sentence) -> None:
    """Names right after a title, or after 的 after one (时任…副局长的罗振华), with the
    posts listed before them."""
    text = state.text
    for p in sorted(sent.titles_end):
        if any(sent.titles_end.get(r, "") and r - len(sent.titles_end[r]) < p
               for r in (p + 1, p + 2)):
            continue  # 董事|长孙…: the title goes on (董事长), no name starts here
        if p < sent.end and text[p] in CAPTION_SPACES:
            _caption(state, sent, p)
            continue
        q = p + 1 if p < sent.end and text[p] == POSSESSIVE else p
        name = name_after(text, q, sent.end, state.count, _token_len(sent, q), anchored=q == p)
        if not name or sent.title_before(p) is None:
            continue
        if q > p and freq(name) >= 3 and (len(name) == 2 or tag(name) not in ("nr", "nrfg", "nrt")):
            continue  # 总书记的关怀: after 的 a word jieba knows is no name (时任…的习近平 is)
        add_person(state, name, q)
        for item in posts_before(sent, p):
            hold(state, name, item, sent)


CAPTION_SPACES = " \u3000\xa0"
CAPTION_COLONS = "：:"
MAX_CAPTION_NAME = 12  # characters of a captioned name (with middle dots)


def _caption(state, sent: Sentence, p: int) -> None:
    """An interview caption opening its line: posts, a space, the name and a colon
    (某县某镇党委书记 某某：…): the name holds the posts."""
    text = state.text
    if sent.title_before(p) is None or text[sent.start:p].count(" ") or any(
            c in CAPTION_COLONS for c in text[sent.start:p]):
        return  # (the caption fills its line's start: no space or colon before the title)
    q = p + 1
    k = next((k for k in range(q + 2, min(sent.end, q + MAX_CAPTION_NAME + 1)) if text[k] in CAPTION_COLONS), None)
    if k is None:
        return
    name = text[q:k]
    if name not in state.people and not DOT_NAME.fullmatch(name) \
            and not (CJK.fullmatch(name) and len(name) <= 4 and is_surname_at(text, q) and plausible(name, anchored=True)) \
            or state.ctx.covering(q) is not None:
        return
    add_person(state, name, q)
    for item in posts_before(sent, p):
        hold(state, name, item, sent)


@component("people_after_roles", scope="sentence",
           reads=("sentence.tokens", "places", "sentence.body_spans"), writes=("people",))
def after_roles(state, sent: Sentence) -> None:
    """Names right after a role noun (竹器经营户王大成), followed by a verb or particle;
    and a name opening an interview answer (王五：…)."""
    text = state.text
    for end, role in ROLE_AC.iter(sent.text):
        at = sent.start + end + 1 - len(role)
        q = at + len(role)
        name = name_after(text, q, sent.end, state.count, _token_len(sent, q))
        if name and text.startswith(AFTER_ROLE_NAME, q + len(name)):
            add_person(state, name, q)
        elif name := _tagged_after_role(state, sent, at, q):
            add_person(state, name, q)
    colon = sent.text.find("：")
    if 2 <= colon <= 4:
        name = name_before(text, sent.start + colon, sent.start, state.count, sent.is_token)
        if name and len(name) == colon:
            add_person(state, name, sent.start)


MIN_LONG_NAME, MAX_LONG_NAME = 3, 6  # 索南才让, 阿卜杜艾力: names with no Han surname
MIN_NAME = 2  # a two-character name (总统普京) only as the tagger reads it, not extended
ROLE_TAG_WINDOW = 10  # characters after the role noun sent to the tagger
COMMON_TOKEN = 50  # jieba frequency from which the token after a role noun is a word (农民收入)


def _tagged_after_role(state, sent: Sentence, at: int, q: int) -> str | None:
    """A name with no Han surname right after a role noun (牧民索南才让家, 村民阿卜杜艾力说):
    the tagger's PER span starting there, followed by what follows such names. The tagger
    runs only where the role noun is a token and the next token is no common word."""
    role, nxt = sent.token_at(at), sent.token_at(q)
    if role is None or role[0] != at or role[1] != q or nxt is None or nxt[0] != q \
            or not CJK.match(nxt[2]) or state.text.startswith(AFTER_ROLE_NAME, q) \
            or freq(nxt[2]) >= COMMON_TOKEN and tag(nxt[2]) not in NAME_TAGS and len(nxt[2]) > 1:
        return None  # (a single character may open a name jieba cut apart: 肯|雅塔)
    text = state.text
    if state.ctx.covering(q) is not None:
        return None
    end = next((k for k in range(q + MIN_NAME, min(sent.end, q + MAX_LONG_NAME + 1))
                if text.startswith(AFTER_ROLE_NAME, k)), None)
    hi = min(sent.end, q + ROLE_TAG_WINDOW)
    ends = [b for b, _, w in sent.tokens if q + MIN_LONG_NAME <= b <= hi and (tag(w) or "x")[0] in VERB_TAGS]
    if not any(_role_name(text[q:k]) and text[q:k] not in state.people for k in ends + [end] if k):
        return None  # whatever the tagger reads, no name it could end here is a new person
    for s, e, _ in persons_in(text[at:hi]):
        if at + s != q:
            continue
        after = sent.token_at(at + e)
        if e - s >= MIN_LONG_NAME and after is not None and after[0] == at + e \
                and (tag(after[2]) or "x")[0] in VERB_TAGS:
            end = at + e  # 首相某某某提出…: a verb ends the tagger's name
        if end is not None and at + e <= end and (end - q >= MIN_LONG_NAME or at + e == end) and (
                at + e == end or e - s == MIN_NAME and end - q <= 2 * MIN_NAME and all(
                len(tok[2]) == 1 for tok in _tokens(sent, at + e, end))):
            name = text[q:end]  # the tagger's name, with single characters it left (索南|才|让)
            return name if _role_name(name) else None
    return None


def _role_name(name: str) -> bool:
    """Whether `_tagged_after_role` keeps `name` (Han characters, no word, no 先生/女士 …)."""
    return CJK.match(name) is not None and name not in NOT_NAMES \
        and not any(name.endswith(w, 1) for w in ADDRESS_WORDS)


def _tokens(sent: Sentence, b: int, e: int) -> Iterator[tuple]:
    """The tokens covering text[b:e]."""
    while b < e:
        tok = sent.token_at(b)
        if tok is None:
            return
        yield tok
        b = tok[1]


@component("people_before_speech", scope="sentence",
           reads=("sentence.tokens", "sentence.tags", "places", "people", "sentence.body_spans"),
           writes=("people",))
def before_speech(state, sent: Sentence) -> None:
    """Names before a verb of saying (周建国说), or before a deputy's title and the verb
    (周建国代表说, 某某·某某委员表示), vetoed where jieba's tagger reads the characters as a
    word and no title stands before them."""
    text = state.text
    for verb, e in written(sent, SPEECH_AC, SPEECH_VERBS):
        if any(text.startswith(v2, e - len(v2) + len(verb)) for v2 in LONGER_SPEECH[verb]):
            continue  # 说 of 笑着说: read from the longer verb
        vt = sent.token_at(e)
        if vt is not None and vt[0] == e and len(vt[2]) > len(verb) and vt[2] not in SPEECH_VERBS \
                and in_dict(vt[2]) and not vt[2].startswith(verb + "，"):
            continue  # 说唱, 说明: the verb is part of another word
        if e - 1 > sent.start and text[e - 1] in ADVERBS:
            e -= 1
        deputy = next((w for w in DEPUTY_WORDS if text.endswith(w, sent.start, e)), "")
        e -= len(deputy)  # 某某代表说: the name before the deputy's title
        lo, _ = clause_bounds(sent, e - 1)
        name = known_before(state, e)
        if name is None:
            name = name_before(text, e, lo, state.count, sent.is_token)
            if name and not after_title(text, e - len(name)) \
                    and not tagger_agrees(sent, e - len(name), name):
                name = None
            name = name or _tagged_before(state, sent, e, lo) or (deputy and _dotted_before(text, e, lo))
        if name:
            add_person(state, name, e - len(name))


MAX_DOTTED = 16  # characters of a name with middle dots (某某某·某某某某)


def _dotted_before(text: str, e: int, lo: int) -> str | None:
    """A name with middle dots ending at `e` and opening the clause or following a
    delimiter or 的 (某某·某某代表说)."""
    for b in range(max(lo, e - MAX_DOTTED), e - 2):
        if (b == lo or text[b - 1] in DELIMS or text[b - 1] == POSSESSIVE) and DOT_NAME.fullmatch(text, b, e):
            return text[b:e]
    return None


TAGGED_NAME = 3  # a surname and two characters, read as one name by jieba's tagger


def _tagged_before(state, sent: Sentence, e: int, lo: int) -> str | None:
    """A name of three characters before a verb of saying that the segmenter cut apart
    (…把式|韩中|乾告诉记者) but jieba's tagger reads whole as a name it does not know as a
    word: a surname and two characters, no place or body."""
    b = e - TAGGED_NAME
    text = state.text
    if b < lo or is_surname_at(text, b) != 1 or not sent.base.is_edge(b) or sent.is_token(b, e) \
            or not CJK.match(text[b:e]):
        return None  # (the segmenter's whole token was read by name_before)
    name = text[b:e]
    if name[0] in RISKY_SURNAMES or name[0] in NOT_FIRST or name[0] in CONJUNCTIONS:
        return None  # 向法方和德方介绍: a conjunction or a function word, no surname
    if not plausible(name) or freq(name) or state.ctx.covering(b) is not None \
            or any(a < e and b < z for a, z in state.body_spans):
        return None
    if not any(s == b and t == e and flag in NAME_TAGS for s, t, _, flag in sent.base.pos_tags()):
        return None
    return name


@component("people_before_activities", scope="sentence",
           reads=("sentence.tokens", "sentence.tags", "places", "people", "sentence.body_spans"),
           writes=("people",))
def before_activities(state, sent: Sentence) -> None:
    """Names opening a clause or closing a list before a verb of leading, attending or
    meeting (某某主持会议, 某某、某某陪同考察, 某某等出席), vetoed like a speaker's name
    where jieba's tagger reads the characters as a word."""
    text = state.text
    for end, verb in ACTIVITY_AC.iter(sent.text):
        v = sent.start + end + 1 - len(verb)
        if text.startswith(LONGER_ACTIVITY[verb], v) \
                or text.endswith(LONGER_ACTIVITY[verb], 0, v + len(verb)):
            continue  # read from the longer verb
        closer = next((w for w in LIST_CLOSERS + GROUP_CLOSERS if text.endswith(w, sent.start, v)), "")
        e = v - len(closer)
        lo, _ = clause_bounds(sent, e - 1)
        name = known_before(state, e)
        if name is None:
            name = name_before(text, e, lo, state.count, sent.is_token, closed=e < v) \
                or next((nm for j in (e - 3, e - 4) if j > lo and text[j] in LIST_JOINERS
                         and (nm := name_before(text, e, j + 1, state.count, sent.is_token,
                                                closed=e < v))), None)
            if not name or not tagger_agrees(sent, e - len(name), name):
                continue
        b = e - len(name)
        items = items_before(state, b, lo)
        if b != lo and text[b - 1] != "、" and not items:
            continue  # the name opens neither its clause nor an item of a list
        add_person(state, name, b)
        for s, t in items:
            add_person(state, text[s:t], s)


@component("people_before_honorifics", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"), writes=("people",))
def before_honorifics(state, sent: Sentence) -> None:
    """Names before an honorific title: 习近平总书记, 某某同志."""
    for _, e in written(sent, HONORIFIC_AC, HONORIFICS):
        lo, _ = clause_bounds(sent, e - 1)
        name = known_before(state, e) \
            or name_before(state.text, e, lo, state.count, sent.is_token)
        if name:
            add_person(state, name, e - len(name))


@component("people_before_posts", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"),
           writes=("people", "graph.Post", "graph.HOLDS", "graph.OF", "graph.MEMBER_OF"))
def before_posts(state, sent: Sentence) -> None:
    """Names before a post: 赵立群是…主任, 钱小东，是专班骨干; the posts go on after
    ，此前担任… ."""
    text = state.text
    for verb, v in written(sent, HOLD_AC, HOLD_VERBS):
        tok = sent.token_at(v)
        if tok is None or tok[0] != v and (in_dict(tok[2]) or tok[1] < v + len(verb)):
            continue  # part of a longer word (上任 for 任, 但是 for 是)
        e, was = _before_hold_words(text, v, sent.start)
        e = e - 1 if e - 1 > sent.start and text[e - 1] == "，" else e
        if e - 1 > sent.start and text[e - 1] in ADVERBS:
            e -= 1
        lo, _ = clause_bounds(sent, e - 1)
        name = known_before(state, e)
        if name is None and e > lo:
            name = name_before(text, e, lo, state.count, sent.is_token)
        if not name:
            continue
        status = "former" if verb in FORMER_VERBS or was else "current"
        after = v + len(verb)
        particle = PERFECTIVE_AFTER.get(verb)
        after += len(particle) if particle and text.startswith(particle, after) else 0
        items, end = posts_after(sent, after, status)
        if items:
            add_person(state, name, e - len(name))
        hold_list(state, name, items, end, sent)
