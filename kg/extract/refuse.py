"""Names of bodies, task forces, programs and projects refused once the whole article is
read: names that hold a verb or a title read from the sentence around them, names that
count a kind of thing, and names whose every mention in the article is the start of a
longer word, a document's title or a team set up in many places. Each rule refuses a
name rather than cutting it; the words are data (kg/data/vocab/refuse/). Kinds of names
(foreign affairs, generic or counted teams, …) are told in `kg.extract.refuse_kinds`."""
from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import gazetteer
from ..text.script import is_han
from ..text.segmenter import segmenter
from ..text.vocabulary import alternation, chars, rows, word_set, words
from .context import LEVEL_CHARS, LOCAL_LEVELS
from .lexicon import ESTABLISH_VERBS
from .orgs import ROUTE_ENDS
from .refuse_bodies import (cut_before_title, national_after_place, refused_body, resolved_team,
                            stationed_abroad, venue_only)
from .refuse_campaigns import unowned_year, unquoted_theme, verb_opened_project
from .refuse_events import one_off_event
from .refuse_described import cut_described, foreign_headline, inside_place, refused_described
from .refuse_kinds import QUOTES, clause_start, refused_kind, refused_kind_mentions, sentence_start
from .refuse_org_kinds import glued_foreign_ministry, org_kind, stationed_cut
from .refuse_phrases import attack_target, phrase_name
from .refuse_programs import field_listed, phrase_tail, possessive_unquoted, refused_program, titled_work, via_route
from .refuse_program_kinds import counted_owner, generic_operation, transfer_work, uncoded_system
from .refuse_teams import refused_team_mention
from .team_kinds import refused_team_kind
from .refuse_work_mentions import cut_before_group, prized_entry, ranked_work, sized_before
from .refuse_works import common_project, office_centre, place_network, place_projects
from .team_scopes import copula_figure, meeting_only, people_kind
from .refuse_unowned import after_quoted, cut_after_hyphen, foreign_ministry, placed_crew, refused_opening, sided_team, unowned_team
from .tokens import tag

LABELS = ("Organization", "TaskForce", "Program", "Project")


def _by_label(name: str) -> dict[str, tuple[str, ...]]:
    """A table of `label<TAB>words…` rows: the words of each label."""
    out: dict[str, tuple[str, ...]] = {}
    for row in rows(name, ".tsv"):
        out[row[0]] = out.get(row[0], ()) + tuple(" ".join(row[1:]).split())
    return out


NOT_INSIDE = _by_label("refuse/not_inside")
NOT_ENDINGS = _by_label("refuse/not_endings")
NOT_STARTS = _by_label("refuse/not_starts")
NOT_AFTER = _by_label("refuse/not_after")
NOT_ACROSS = _by_label("refuse/not_across")
NOT_BEFORE = _by_label("refuse/not_before")
ISSUER_MARKERS = words("refuse/issuer_markers")
KIND_MARKERS = re.compile(alternation(words("refuse/kind_markers")))
SEND_VERBS = words("refuse/send_verbs")
OTHER_BODIES = words("refuse/other_bodies")
_NUMERALS = chars("common/numerals")
_COUNTERS = chars("common/counters")
_QUANTITY = chars("common/quantity_words")
_DIGITS_NUMERALS = "0123456789" + _NUMERALS
# A count inside a name: 20家…, 1万多支… (not a batch: 第十批援疆工作队).
COUNTED = re.compile(rf"\d+[{_NUMERALS}]?[{_QUANTITY}]?[{_COUNTERS}]")
# An ordinal inside a name: 第2小组, 国内第一条…生产线 (not a batch: 第十批援疆工作队).
_ORDINAL_COUNTERS = "".join(c for c in _COUNTERS if c not in chars("refuse/batch_counters"))
_ORDINAL = alternation(words("common/ordinal_prefixes"))
ORDINAL = re.compile(rf"(?:{_ORDINAL})(?:\d|[{_NUMERALS}]+[{_ORDINAL_COUNTERS}])")
ORDINAL_LABELS = ("TaskForce", "Project")
ORDINAL_PREFIXES = tuple(words("common/ordinal_prefixes"))
# A size in a project's name (1000万千瓦…基地项目, 三千亩…产业园): a description.
SIZED = re.compile(rf"[\d{_NUMERALS}]+[{_QUANTITY}]?(?:{alternation(words('refuse/project_quantity_units'))})")
SIZE_OPENERS = word_set("refuse/size_openers")
# Last characters of programs' heads: 和 or 、 after one joins two programs.
PROGRAM_HEAD_ENDS = chars("refuse/program_head_ends")
PREPOSITIONS_BEFORE = chars("refuse/prepositions_in_programs")
JOINER_WORDS = words("refuse/joiner_words")
# A verb of forming a team read into its name (某省组织专门工作组), not the noun of a
# body (欧安组织明斯克小组).
VERB_INSIDE = re.compile(rf"(?<![{chars('refuse/noun_before_verb')}])(?:{alternation(words('refuse/verbs_inside_team'))})")
# Conjunctions before a task force that may join two modifiers of one head (治疗和护理专班).
JOINED = chars("refuse/team_joiners")
# Last characters of the heads of bodies: a conjunction after one joins two bodies.
HEAD_ENDS = chars("refuse/head_ends")
# A count in the clause before a task force (2478个行动党支部、党员突击队); right before a name.
_COUNT = rf"[\d{_NUMERALS}][{_QUANTITY}]?[{_COUNTERS}]"
# 抽调5名干部组成专班: a count of people makes one team up
_TEAM_COUNTERS = "".join(c for c in _COUNTERS if c not in chars("common/person_counters"))
COUNT_BEFORE = re.compile(_COUNT.replace(_COUNTERS, _TEAM_COUNTERS))
COUNTED_BEFORE = re.compile(_COUNT + "$")
ANAPHOR = re.compile(rf"[{chars('common/anaphor_determiners')}][{LEVEL_CHARS}]")
# Verbs that may stand right before a task force: setting it up or sending it.
VERBS_BEFORE_TEAM = frozenset(ESTABLISH_VERBS) | word_set("refuse/verbs_before_team") \
    | word_set("posts/hold_verbs") | word_set("people/verbs_of_motion")
VERB_TAGS = frozenset({"v", "vn"})
HYPHENS = "-－—"
DASHES = ("——", "—")
# Words of the genre the segmenter lacks, which a name may start inside (新时代).
SPLIT_WORDS = words("refuse/split_words")
NOUN_TAGS = frozenset({"n", "ns", "nz", "nt", "j"})
CUT_WINDOW = 8  # characters read on either side of a name's start
MAX_BEFORE_SETUP = 5  # characters from a team's owner to the team (已成立, 要牵头成立)


REFUSED_CACHE = 16384  # (label, name) verdicts kept: the same names recur across articles


@lru_cache(maxsize=REFUSED_CACHE)
def refused_name(label: str, name: str) -> bool:
    """Whether `name` of `label` is refused by its words alone (a function of the two and
    the fixed vocabulary, so kept per name)."""
    return (any(w in name for w in NOT_INSIDE.get(label, ()))
            or label in ORDINAL_LABELS and bool(ORDINAL.search(name))
            or label == "TaskForce" and (bool(VERB_INSIDE.search(name)) or people_kind(name) or meeting_only(name))
            or name.endswith(NOT_ENDINGS.get(label, ()) or ("\0",))
            or name.startswith(NOT_STARTS.get(label, ()) or ("\0",))
            or bool(COUNTED.search(name))
            or label == "Project" and _sized(name)
            or refused_kind(label, name)
            or refused_program(label, name)
            or refused_described(label, name)
            or label == "Program" and (unowned_year(name) or uncoded_system(name) or counted_owner(name)
                                       or one_off_event(name) or generic_operation(name)
                                       or transfer_work(name))
            or label == "Project" and (verb_opened_project(name) or place_network(name)
                                       or office_centre(name) or place_projects(name)
                                       or common_project(name))
            or refused_body(label, name)
            or refused_opening(label, name)
            or label == "Organization" and (phrase_name(name) or org_kind(name)))


def _sized(name: str) -> bool:
    """A project named by its size, after a place at most (某地三千亩特色产业园); a company
    before its size names it (某某公司年产30万吨某某项目)."""
    m = SIZED.search(name)
    return m is not None and all(w in SIZE_OPENERS or gazetteer().lookup(w)
                                 for w in segmenter().dictionary_words(name[: m.start()]))


def refused_mentions(label: str, name: str, aliases: set[str], text: str, ctx) -> bool:
    """Whether every mention of the name (or of its aliases) in `text` is one it may not
    be read from; a name the text never writes as such is kept."""
    if label == "Organization" and ctx is not None and ctx.is_mentioned(name):
        return True  # 某国 read as a body: the article names it as a place
    if label == "Program" and phrase_tail(name, aliases):
        return True
    forms = sorted({name, *aliases}, key=len, reverse=True)
    found = [(k, f) for f in forms for k in _positions(text, f)]
    if not found:
        found = _quoted_positions(text, name)  # “两节”疫情防控工作专班
    if not found and label == "TaskForce":
        return quoted_kind(aliases, text)  # 某县、某县等县组成“某某”指导组
    if not found:
        return False
    if refused_kind_mentions(label, name, found, text, ctx) or inside_place(label, name, text, ctx) \
            or foreign_headline(label, name, found, text, ctx):
        return True
    if label == "Program" and (possessive_unquoted(name, text) or unquoted_theme(name, found, text)):
        return True
    if label == "Organization" and (venue_only(name, found, text) or national_after_place(name, ctx)
                                    or stationed_abroad(name, found, text) or stationed_cut(name, found, text)
                                    or glued_foreign_ministry(name, found, text)
                                    or all(cut_before_title(name, f, k, text) for k, f in found)
                                    or all(cut_after_hyphen(f, k, text) for k, f in found)
                                    or foreign_ministry(name, found, text, ctx)
                                    or attack_target(name, found, text)):
        return True
    return all(_bad_mention(label, name, f, k, text, ctx) for k, f in found)


def _positions(text: str, form: str) -> list[int]:
    out, k = [], text.find(form)
    while k >= 0 and len(out) < 50:
        out.append(k)
        k = text.find(form, k + 1)
    return out


def quoted_kind(aliases: set[str], text: str) -> bool:
    """A task force the text writes only with quotes inside a form of it (“某某”指导组, the
    place added by the build) whose every such mention is a kind of team: set up in many
    places (某县、某县等县组成…) or what a copula calls a place (`team_scopes`)."""
    found = [(k, f) for a in aliases for k, f in _quoted_positions(text, a)]
    return bool(found) and all(_kind_of_team(text, k) or copula_figure(f, k, text) for k, f in found)


def _quoted_positions(text: str, name: str) -> list[tuple[int, str]]:
    """Where the article writes `name` with quotes inside it, as (start, form)."""
    pattern = f"[{QUOTES}]?".join(re.escape(c) for c in name)
    return [(m.start(), m.group()) for m in re.finditer(pattern, text)][:50]


def _bad_mention(label: str, name: str, form: str, k: int, text: str, ctx) -> bool:
    end = k + len(form)
    if text.startswith(NOT_AFTER.get(label, ()) or ("\0",), end) or _across(label, form, text, end):
        return True
    if k > 0 and text[k - 1] in "".join(NOT_BEFORE.get(label, ())) or _inside_number(form, k, text):
        return True
    if label in ("Organization", "TaskForce") and text.rfind("《", 0, k) > text.rfind("》", 0, k) \
            and not text.startswith(ISSUER_MARKERS, end):
        return True  # 《某某委员会工作规定》: a document's title (not its issuer's 《某某关于…》)
    if label in ("Program", "Project") and (_cut_start(form, k, text) or cut_described(label, form, k, text)) \
            or label == "Program" and (_joined_object(text, k) or _cut_route_ends(form, k, text)
                                       or titled_work(form, k, text)):
        return True
    if label == "Project" and (_cut_route_ends(form, k, text) or _before_dash(text, k, end, ctx)
                               or via_route(form, k, text) or field_listed(form, k, text)
                               or cut_before_group(form, k, text) or ranked_work(form, k, text)
                               or sized_before(k, text) or prized_entry(form, k, text)):
        return True
    if label in ("Project", "Organization") and COUNTED_BEFORE.search(text, max(0, k - 6), k) \
            or label == "Program" and _counted_programs(text, k):
        return True  # 82个某某项目, 20家某某中心, 6个行业某某专项行动: a kind counted
    if label == "TaskForce":
        return _kind_of_team(text, k) or _after_verb(text, k) or _joined_modifier(text, k) \
            or _placed_elsewhere(name, form, k, text, ctx) or resolved_team(name, form, k, text, ctx) \
            or unowned_team(name, form, k, text, ctx) or placed_crew(name, form, k, text) \
            or after_quoted(form, k, text) or sided_team(name, form) or refused_team_mention(form, k, text) \
            or refused_team_kind(name, form, k, text, ctx) or copula_figure(form, k, text)
    return False


def _inside_number(form: str, k: int, text: str) -> bool:
    """A name written from inside a number (2|0国集团, 7|0人政府代表团): cut, no name."""
    return k > 0 and form[:1].isdigit() and text[k - 1].isdigit()


def _cut_start(form: str, k: int, text: str) -> bool:
    """A program or project cut from a longer name: after one hyphen (某地-某地高铁项目), a
    letter or digit glued to its own first one (X-37B), inside a word (胶|州湾大桥), or inside
    a document's title that it ends after a character of its own (《新某某行动计划》, not
    《“十四五”某某计划》)."""
    if k == 0:
        return False
    before = text[k - 1]
    if is_han(before) and inside_word(form, k, text):
        return True
    if before in HYPHENS and not (k >= 2 and text[k - 2] in HYPHENS):
        return True
    if before.isascii() and before.isalnum() and form[0].isascii() and form[0].isalnum():
        return True
    end = k + len(form)
    return is_han(before) and end < len(text) and text[end] == "》" \
        and text.rfind("《", 0, k) > text.rfind("》", 0, k)


def inside_word(form: str, k: int, text: str) -> bool:
    """The name written at text[k:] starts inside a word of the text: a noun of the
    dictionary read across its start (胶州湾 of 州湾大桥; without the segmenter's guesses:
    和川藏 is no word, its 和 is glued, not cut), or a word of the genre the dictionary lacks
    (refuse/split_words: 新时代 of 时代某某行动计划)."""
    if any(text.startswith(w, k - j) and len(w) > j for w in SPLIT_WORDS for j in range(1, len(w))
           if j <= k):
        return True
    lo = max(clause_start(text, k), k - CUT_WINDOW)
    b = lo
    for word in segmenter().dictionary_words(text[lo:k + min(len(form), CUT_WINDOW)]):
        if b < k < b + len(word):
            return tag(word) in NOUN_TAGS
        b += len(word)
    return False


def _counted_programs(text: str, k: int) -> bool:
    """A program written right after a count (等6个行业某某专项行动): programs of a kind, one
    for each; not an ordinal (第三次某某专项行动)."""
    m = COUNTED_BEFORE.search(text, max(0, k - 6), k)
    if m is None:
        return False
    b = m.start()
    while b > 0 and (text[b - 1].isdigit() or text[b - 1] in _NUMERALS):
        b -= 1
    return not text.endswith(ORDINAL_PREFIXES, 0, b)


def _cut_route_ends(form: str, k: int, text: str) -> bool:
    """A work whose short name of places is cut after its first (中|老泰马跨境铁路, 中|马友谊
    大桥): the character before is a place's or a country's short name too, and no noun
    with the one before it (西宁|青藏铁路)."""
    return k >= 1 and text[k - 1] in ROUTE_ENDS and form[0] in ROUTE_ENDS \
        and not (k >= 2 and tag(text[k - 2:k]) in NOUN_TAGS)


def _before_dash(text: str, k: int, end: int, ctx) -> bool:
    """A project written before a dash that brings in the one it describes (某地首座低瓦斯
    隧道——某某隧道, 教育援疆项目——某某高中班), not opened by a place or a country."""
    if not text.startswith(DASHES, end) or ctx is not None and ctx.starting(k) is not None:
        return False
    words_ = segmenter().dictionary_words(text[k:end])
    return not (words_ and tag(words_[0]) == "ns")  # 中国新加坡互联互通项目——…


def _joined_object(text: str, k: int) -> bool:
    """A program written after 和, 及 or 、 that follows no program's head, after a
    closing bracket, a preposition (向, 被) glued to a word or a joining word (及其): the
    last of objects that share one head (打击某某、某某专项行动), cut from its name."""
    if k < 2 or not is_han(text[k - 2]):
        return False
    return text[k - 1] in JOINED + "、" and text[k - 2] not in PROGRAM_HEAD_ENDS or text[k - 1] in "）)" \
        or text[k - 1] in PREPOSITIONS_BEFORE or text.endswith(JOINER_WORDS, 0, k)



def _joined_modifier(text: str, k: int) -> bool:
    """A task force written after 和 or 及 that follows no body's head: the name is the
    second modifier of a shared head (贸易和投资工作组), not a team of its own."""
    return k >= 2 and text[k - 1] in JOINED and is_han(text[k - 2]) and text[k - 2] not in HEAD_ENDS


def _after_verb(text: str, k: int) -> bool:
    """A task force written right after a verb that is no verb of setting it up: the
    name was cut inside a longer one (解除制裁工作组, 火星探测任务指挥部, 返乡…专班)."""
    toks = segmenter().dictionary_words(text[max(clause_start(text, k), k - 8):k])
    return bool(toks) and tag(toks[-1]) in VERB_TAGS and toks[-1] not in VERBS_BEFORE_TEAM


def _across(label: str, form: str, text: str, end: int) -> bool:
    """The name's last characters and the text after it make one word (指挥部|队)."""
    return any(form.endswith(w[:i]) and text.startswith(w[i:], end)
               for w in NOT_ACROSS.get(label, ()) for i in range(1, len(w)))


def _kind_of_team(text: str, k: int) -> bool:
    """The clause before a task force says it is set up in many places or counts it."""
    clause = text[clause_start(text, k):k]
    if clause and clause[-1] in _DIGITS_NUMERALS:
        return True  # 13|支党员服务队: the counter read into the name
    return bool(KIND_MARKERS.search(clause) or COUNT_BEFORE.search(clause))


def _placed_elsewhere(name: str, form: str, k: int, text: str, ctx) -> bool:
    """A task force that took its place from the article (德清县 + 疫情防控工作专班) while
    neither its sentence nor the one before names that place or a place of its level
    (全市, 区防疫指挥部). A team whose owner is written right before the verb that sets it
    up (某某部已成立工作专班, 某某部要牵头成立工作专班) is that owner's."""
    if form == name or not name.endswith(form):
        return False
    place = name[: len(name) - len(form)]
    if _sent_by_another(text, k) and not place.endswith(OTHER_BODIES):  # not named after that body
        return True
    if _set_up_by(place, k, text):
        return False
    if _main_place(place, ctx):
        return False  # an article about one place: its task forces are that place's
    lo = k
    for _ in range(2):  # its sentence and the one before
        lo = sentence_start(text, max(0, lo - 1))
    if any(m.name.startswith(place) or place.startswith(m.name) for m in ctx.inside(lo, k)) \
            or ANAPHOR.search(text, lo, k):
        return False
    return not (k > 0 and text[k - 1] in LEVEL_CHARS and text[k - 1] == place[-1])


def _set_up_by(owner: str, k: int, text: str) -> bool:
    """The clause writes `owner` right before a verb of setting up that ends just before
    the team at `k`, with at most a few characters of adverbs between (已, 要牵头)."""
    end = text.rfind(owner, clause_start(text, k), k)
    if end < 0:
        return False
    between = text[end + len(owner):k]
    return len(between) <= MAX_BEFORE_SETUP and between.endswith(tuple(ESTABLISH_VERBS))


def _sent_by_another(text: str, k: int) -> bool:
    """The clause before the task force says it was sent (应急管理部派出) or set up by a
    body of its own (部队官兵组成, 某某公安分局组建): the team is theirs, not the place's."""
    clause = text[clause_start(text, k):k]
    if any(w in clause for w in SEND_VERBS):
        return True
    at = max((clause.rfind(w) for w in OTHER_BODIES), default=-1)
    return at >= 0 and any(v in clause[at:] for v in ESTABLISH_VERBS)


def _main_place(place: str, ctx) -> bool:
    """Whether `place` is the place the article names most often among its cities,
    counties and districts."""
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.level in LOCAL_LEVELS:
            counts[m.name] = counts.get(m.name, 0) + 1
    if not counts:
        return False
    top = max(counts.values())
    return any(n.startswith(place) or place.startswith(n) for n, c in counts.items() if c == top)
