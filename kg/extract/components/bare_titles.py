"""A leader named with a bare title after the name (张三书记要求…, 李四省长在…提出,
习近平总书记): the name is read in its sentence; the post once every sentence was read,
when the person holds no post of that title already, its body from context (省长 → the
province, 书记 → the party committee of the congress or committee named before, 总书记 →
中共中央)."""
from __future__ import annotations

from ...model import Ref
from ...text.vocabulary import chars, table, words
from ..driver import component
from ..holders import add_person, bare_body
from ..lexicon import DELIMS, SPEECH_VERBS
from ..ner import persons_in, tagger
from ..orgs import clause_bounds
from ..persons import name_before
from ..posts import former_before
from ..spans import Sentence
from ..tokens import freq, tag

TAG_WINDOW = 12  # characters of context before a name sent to the tagger
# Titles written right after a leader's name (习近平总书记, 某某书记要求, 某某省长在…提出),
# with the body each one reads from context.
BARE_TITLES = words("people/bare_titles")
# Words after which a bare title is not a post (书记处, 书记员).
NOT_AFTER_BARE = words("people/not_after_bare_title")
# Bare titles that are also verbs (代表: on behalf of), and the words that may follow them as titles.
VERB_TITLES = frozenset(words("people/verb_titles"))
TITLE_FOLLOWERS = frozenset(words("posts/session_title_followers"))
BEFORE_KNOWN = "，、。：；“ " + chars("people/before_known_name")  # what may stand before a name already read
# Frames giving a leader a title before the body (以某某同志为总书记的党中央): the opener
# before the name, the copula before the title; 同志 may follow the name.
FRAMES = tuple((a, b) for a, (b,) in table("relations/role_frames").items())
AFTER_FRAMED_NAME = tuple(words("relations/after_member_name"))


@component("people_before_bare_titles", scope="sentence",
           reads=("sentence.tokens", "places", "people", "sentence.body_spans"),
           writes=("people", "bare_titles"))
def before_bare_titles(state, sent: Sentence) -> None:
    """某某书记, 某某省长 …: a name written right before a bare leader's title. The name
    must be bounded on its left and read as a name by the tagger (or met before)."""
    text = state.text
    for p, title in sent.titles_end.items():
        if title not in BARE_TITLES or sent.title_before(p) is None:
            continue
        ts = p - len(title)
        if text.startswith(NOT_AFTER_BARE, p) or p < sent.end and sent.titles_end.get(p + 1):
            continue
        if title in VERB_TITLES and not _title_not_verb(sent, p):
            continue  # 某某代表党中央…: the verb, no post
        lo, _ = clause_bounds(sent, ts - 1)
        if ts - lo < 2:
            continue
        framed = _framed(state, ts, lo)
        if framed is not None:  # 以某某同志为总书记的党中央
            name, b = framed
            add_person(state, name, b)
            state.bare.append((name, title, ts, sent, "former" if former_before(text, b, sent.start) else "current"))
            continue
        name = next((nm for nm in state.people if text.endswith(nm, 0, ts) and ts - len(nm) >= lo
                     and (ts - len(nm) == lo or text[ts - len(nm) - 1] in BEFORE_KNOWN
                          or sent.is_token(ts - len(nm), ts))), None)  # 贯彻|某某|总书记
        if name is None:
            name = name_before(text, ts, lo, state.count, sent.is_token)
            if not name or not _tagger_reads(state, name, ts - len(name), lo, p):
                continue
        b = ts - len(name)
        if state.ctx.covering(b) is not None or state.ctx.covering(ts - 1) is not None \
                or any(a <= b < z for a, z in state.body_spans):
            continue  # 临湘市长, a body's name: not a person
        add_person(state, name, b)
        status = "former" if former_before(text, b, sent.start) else "current"
        state.bare.append((name, title, ts, sent, status))


def _title_not_verb(sent: Sentence, p: int) -> bool:
    """A title that is also a verb, ending at `p`, is the title: a delimiter, a verb of
    saying or a word of TITLE_FOLLOWERS follows it (某某代表说, 某某代表向…汇报; not 某某代表国务院…)."""
    if p >= sent.end or sent.article[p] in DELIMS:
        return True
    tok = sent.token_at(p)
    word = sent.article[p:tok[1]] if tok is not None and tok[0] == p else sent.article[p]
    return word in TITLE_FOLLOWERS or word in SPEECH_VERBS


def _framed(state, ts: int, lo: int) -> tuple[str, int] | None:
    """A person already read, set in a frame before a title (以某某同志为总书记的…): the
    name and where it starts, when the frame's copula ends right before the title and a
    possessive follows it."""
    text = state.text
    for opener, copula in FRAMES:
        if not text.endswith(copula, lo, ts):
            continue
        e = ts - len(copula)
        e -= next((len(w) for w in AFTER_FRAMED_NAME if text.endswith(w, lo, e)), 0)
        name = max((nm for nm in state.people if text.endswith(nm, lo, e)
                    and text.endswith(opener, lo, e - len(nm))), key=len, default=None)
        if name is not None:
            return name, e - len(name)
    return None


def _tagger_reads(state, name: str, b: int, lo: int, hi: int) -> bool:
    """The tagger reads `name` at `b` as a person in the clause [lo, hi), or, without a
    tagger, jieba does not know the characters as an ordinary word."""
    if freq(name) and tag(name) not in ("nr", "nrfg", "nrt"):
        return False
    lo = max(lo, b - TAG_WINDOW)
    found = persons_in(state.text[lo:hi + 4])
    if not found and tagger() is None:
        return True
    return any(lo + s == b and lo + t >= b + 2 for s, t, _ in found)  # 王建|新: a name's start


@component("bare_title_posts", scope="article", reads=("bare_titles", "people", "graph.HOLDS"),
           writes=("graph.Post", "graph.HOLDS", "graph.OF", "graph.Organization"))
def bare_title_posts(state) -> None:
    """The posts of 某某书记, 某某省长 …, once every sentence was read."""
    reg = state.reg
    held: set[tuple[str, str]] = set()
    for rel in reg.relations.values():
        if rel.type == "HOLDS":
            post = reg.entities.get(("Post", rel.target.name))
            if post is not None:
                held.add((rel.source.name, post.props.get("title", "")))
    for name, title, ts, sent, status in state.bare:
        if name not in state.people or (name, title) in held:
            continue
        held.add((name, title))
        body = bare_body(state, title, ts, sent)
        post = reg.add("Post", (body.name if body is not None else "") + title, {"title": title}, pos=ts)
        reg.relate("HOLDS", Ref("Person", name), post, sent.text, status=status)
        if body is not None:
            reg.relate("OF", post, body, sent.text)
