"""Organisations, companies, task forces and projects found by their head word (局, 党委,
有限公司, 专班, 项目 …), with their start found by scanning back, and their names
resolved against the places of the article (市委组织部 → 泉州市委组织部)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..gazetteer import gazetteer
from ..resolve.noise import strip_leading
from ..text.segmenter import segmenter
from ..text.vocabulary import alternation, chars, table, word_set, words
from .central import canonical as central_form, kind_of as central_kind, party_body as central_party_body
from .context import LEVEL_CHARS, LEVEL_PREFIXES
from .glued_titles import title_glued
from .grassroots import home_place, placed_alone, village_core
from .lexicon import POSSESSIVE, automaton, lexicon
from .spans import LEGAL_HEADS, Sentence, scan_start
from .quoted_teams import quoted_team_start
from .tokens import PROPER_TAGS, freq, tag

# Roles in a task force written right after its name (某县招商专班组长).
MEMBER_ROLES = words("relations/member_roles")
# Heads that end a named project or a data/compute centre being built.
PROJECT_HEADS = words("bodies/project_heads")
PROJECT_AC = automaton(PROJECT_HEADS)
# Words that end with an organisation head but are not organisations.
NOT_ORG_WORDS = word_set("bodies/not_body_words")
HEAD_POSITIONS = words("bodies/head_positions")  # 中心|位置: a place's centre, no body
NOT_ORG_ENDINGS = tuple(w for w in words("bodies/not_body_words") if len(w) >= 2) \
    + words("bodies/not_body_endings")
CODE_QUOTE = re.compile(r"“[\d+＋Nn]+”")
_QUOTES_DROPPED = str.maketrans(dict.fromkeys("“”「」『』\"‘’'"))  # what strip_quotes drops
ORDINAL = re.compile(rf"(?:{alternation(words('common/ordinal_prefixes'))})?"
                     rf"[{chars('common/numerals')}\d]+(?:{alternation(words('common/ordinal_words'))})")
NOT_PREFIX_WORDS = word_set("bodies/not_prefix_words")
# Words after a head that make it a modifier: 专班运行体系, 指挥部办公室 stays (an office).
NOT_AFTER_HEAD = words("bodies/not_after_head")
# Modifiers too generic to name a body on their own (产业专班, 相关部门, 石化公司; 控股, 上市, 跨国).
FIRM_KINDS = word_set("bodies/firm_kind_modifiers")
GENERIC = word_set("bodies/generic_modifiers") | FIRM_KINDS
VERB_HEADS = {head: tuple(results.split()) for head, (results,) in table("bodies/verb_heads").items()}
FORMER_PREFIXES = chars("posts/former_prefixes")
LABEL_ENDINGS = {end: tuple(rest) for end, rest in table("bodies/label_endings").items()}
# Committees that hold their own level word: 村委会 → 村.
LEVEL_COMMITTEES = {word: level for word, (level,) in table("bodies/level_committees").items()}
NATIONAL = words("bodies/national_prefixes")
STATE_FIRMS = words("bodies/state_firm_openers")
SLOGAN_NUMERALS = chars("bodies/slogan_numerals")
PLACED_ONLY = word_set("bodies/placed_only_heads")
PLACE_NAMED_HEADS = word_set("bodies/place_named_heads")
PLACE_NAMING_LEVELS = ("province", "city")
REGION_NAMES = word_set("bodies/region_names")
FIELD_TAGS = ("n", "vn", "nz", "j")  # the words of a field after a place (航空航天, 师范)
# An international association is named by its scope and trade (国际某某生产者协会, 世界某某联合会).
WORLD_HEADS = word_set("bodies/world_heads")
WORLD_OPENERS = words("bodies/world_openers")
MIN_WORLD_CORE = 5  # the scope and at least three characters of trade
OWN_SUFFIX_LEVELS = word_set("common/own_suffix_levels")
COUNTY_LEVELS = ("county",)  # a county-level city (桂平市) is the 市 of the news it writes
STATE_KINDS = ("government", "party", "congress", "cppcc", "leading group")
SOCIETY_KINDS = ("association", "institute")
SOCIETY_OPENERS = tuple(words("bodies/national_society_openers"))
NOT_SOCIETY_OPENERS = tuple(words("bodies/not_society_openers"))
# Particles jieba glues to a head (发展改革局等部门 → …|局等|…): the head still ends a word.
GLUED_AFTER_HEAD = frozenset(chars("bodies/glued_after_head"))
BUILDING_WORDS = word_set("programs/building_words")  # a work's head glued to them: 工程|建设
GLUED_VERB_TAGS = ("v", "vn")  # a verb jieba glued to a head: 海关|监管
# A core naming every body of a kind: 省级, 四级, 7省市, 2015年.
GRADE_WORDS = words("common/grade_words")
GRADE = alternation(GRADE_WORDS)
LEVEL_SET = re.compile(rf"(?:[{chars('common/numerals')}{chars('common/quantity_words')}\d]+"
                       rf"|{alternation(LEVEL_CHARS)})(?:{GRADE})$"
                       rf"|{alternation(words('common/level_pairs'))}"
                       rf"|^[\d{''.join(dict.fromkeys(''.join(words('common/date_units'))))}.]+$")


@dataclass
class Named:
    """A name found in a sentence, before and after resolution."""
    start: int
    end: int
    surface: str
    label: str
    kind: str
    head: str
    name: str = ""
    aliases: set[str] = field(default_factory=set)
    place: object | None = None       # PlaceMention the body is located in
    generic: bool = False             # a bare reference (专班, 指挥部, 招商局)
    relative: bool = False            # resolved from a level word (市委 → 泉州市委)
    former: bool = False              # written with 原 inside (某县原县委): a former post's body
    legal: bool = False               # a company proper only by its legal form (华润置地有限公司)


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], tuple[int, ...]]:
    """Every organisation/project head word, and their lengths, longest first."""
    heads = frozenset(lexicon().suffixes) | frozenset(PROJECT_HEADS)
    return heads, tuple(sorted({len(h) for h in heads}, reverse=True))


def head_at(sent: Sentence, end: int) -> str | None:
    """The longest organisation/project head word ending at article position `end`."""
    heads, lengths = _heads()
    text = sent.article
    if end > len(text):
        return None
    for n in lengths:
        if n <= end - sent.start and text[end - n:end] in heads:
            return text[end - n:end]
    return None


def place_ends(sent: Sentence, k: int) -> bool:
    """Whether a place ends right before `k`, and `k` is in no place (某村原党支部书记,
    某省原政协主席; not the 前 of 某某前旗): a place named in the text, or a level word
    before 原 (某乡原党委: a village or township the gazetteer does not list)."""
    if sent.ctx.covering(k) is not None:
        return False
    m = sent.ctx.covering(k - 1)
    if m is not None:
        return m.end == k
    return sent.article[k - 1] in LEVEL_CHARS and sent.article[k] == FORMER_PREFIXES[0]


def find_named(sent: Sentence) -> list[Named]:
    """Every organisation-like name in `sent`, rightmost first, nested ones dropped."""
    lex = lexicon()
    text = sent.article
    ends: dict[int, str] = {}
    for e, word in lex.suffix_ac.iter(sent.text):
        pos = sent.start + e + 1
        if len(word) > len(ends.get(pos, "")):
            ends[pos] = word
    for e, h in PROJECT_AC.iter(sent.text):
        pos = sent.start + e + 1
        if len(h) > len(ends.get(pos, "")):
            ends[pos] = h
    out: list[Named] = []
    last_start = None
    for e in sorted(ends, reverse=True):
        if last_start is not None and e > last_start:  # nested in the name to its right
            continue
        head = ends[e]
        s = e - len(head)
        if not _valid_end(sent, s, e, head):
            continue
        if text.startswith(NOT_AFTER_HEAD, e) or text[e:e + 1] in "”」』" \
                and text.startswith(NOT_AFTER_HEAD, e + 1):
            continue  # 专班运行体系, “链长+专班”服务机制: a mechanism named after a body
        if text[e:e + 1] in VERB_HEADS.get(head, ()):
            continue  # 把实事办好, 小产业办大: the verb and its result
        b = scan_start(sent, s)
        if text[b] in "（(":  # （9月4日）国新办: a bracketed date or note before the name
            close = min((k for k in (text.find("）", b, s), text.find(")", b, s)) if k >= 0), default=-1)
            if close >= 0:
                b = close + 1
        surface = text[b:e]
        if any(text[k] in FORMER_PREFIXES and head_at(sent, k) for k in range(b + 2, s)):
            continue  # 某厅原党组: a former post's body; the body before 原 is read on its own
        if surface in NOT_ORG_WORDS and surface not in lexicon().suffixes:
            continue
        last = sent.token_at(e - 1)  # 民政局, 财政局: an organisation's word that ends like 政局
        word = last[2] if last is not None and last[1] == e and tag(last[2]) == "nt" else ""
        if surface.endswith(NOT_ORG_ENDINGS) \
                and any(surface.endswith(w) and len(word) <= len(w) for w in NOT_ORG_ENDINGS):
            continue
        label, kind = label_of(head, surface)
        if label == "TaskForce" and (q := quoted_team_start(sent, b, e)) != b:
            b, surface = q, text[q:e]  # “某某作战突击队”: the quoted name as a whole
        out.append(Named(b, e, surface, label, kind, head))
        last_start = b
    out.reverse()
    return out


def label_of(head: str, surface: str = "") -> tuple[str, str]:
    """The label and kind a name ending with `head` has; an ending of `surface` in
    LABEL_ENDINGS decides first (领导小组, 七国集团: no company)."""
    for ending, label_kind in LABEL_ENDINGS.items():
        if surface.endswith(ending):
            return label_kind
    if surface.startswith(STATE_FIRMS) and head not in PROJECT_HEADS and lexicon().suffixes[head].kind != "party":
        return "Company", "company"  # 中建三局, 中铁十一局: a state firm's unit (its 党支部 is a party body)
    if head in PROJECT_HEADS:
        return "Project", "project"
    suf = lexicon().suffixes[head]
    return suf.label, suf.kind


ROLES_AFTER_HEAD = word_set("bodies/roles_after_head")  # 大学|教授, one jieba word (after 大学, 学院)


def _valid_end(sent: Sentence, s: int, e: int, head: str) -> bool:
    """The head must end a word: 局 in 招商局 (not 局面), 中心 not in 中心城区."""
    tok = sent.token_at(e - 1)
    if tok is not None and tok[1] > e:
        rest = sent.article[e:tok[1]]
        if rest[0] not in GLUED_AFTER_HEAD and not (rest in ROLES_AFTER_HEAD and head in PLACE_NAMED_HEADS) \
                and not title_glued(rest) \
                and not (head in PROJECT_HEADS and rest in BUILDING_WORDS) \
                and not _glued_verb(head, rest):  # 某某引水|工程建设
            return False
    if any(w.startswith(head) and sent.article.startswith(w, e - len(head)) for w in HEAD_POSITIONS):
        return False  # 某某经济区中心位置: the centre of a place
    m = sent.ctx.covering(e - 1)
    if m is not None and m.start <= s:  # inside a place name (…产业园区)
        return False
    if tok is not None and tok[2] in NOT_ORG_WORDS and tok[2] not in lexicon().suffixes:
        return False
    return True


def _glued_verb(head: str, rest: str) -> bool:
    """The rest of a word jieba glued to an organisation's head is a verb of its own
    (某某海关|监管): the head still ends the name. Not a team's or a work's head (委员
    小组|讨论, 班列铁路|运输: the group or the route as a kind)."""
    suffix = lexicon().suffixes.get(head)
    return suffix is not None and suffix.label == "Organization" and len(rest) >= 2 \
        and tag(rest) in GLUED_VERB_TAGS


def resolve(n: Named, sent: Sentence) -> Named:
    """Give `n` its canonical name: strip a leading chain of places down to the last one,
    resolve a leading level word from context, mark generic references."""
    ctx, text = sent.ctx, sent.article
    noise = len(n.surface) - len(strip_leading(n.surface))
    if 0 < noise < n.end - n.start - 1:
        n.start += noise  # 今年初某县人社局: a time word before the name
    if text[n.start] in FORMER_PREFIXES and n.end - n.start > 3 and (
            ctx.starting(n.start + 1) is not None or text[n.start + 1] in LEVEL_CHARS):
        n.start += 1  # 原株洲市发改委: the former post, not the body's name
    n.surface = text[n.start:n.end]
    if n.label in ("Organization", "Company") and (central_form(n.surface) or central_party_body(n.surface)):
        n.name = n.surface  # a national body named bare: 市场监管总局 (no 市), 国务院总理, 某总局党组
        if n.label == "Company":  # 中国人民银行: the central bank, no firm
            n.label, n.kind = "Organization", central_kind(n.surface)
        return n
    session = ORDINAL.match(n.surface) if n.label == "Organization" else None
    if session and central_form(n.surface[session.end():]):
        n.name = n.surface[session.end():]  # 十一届全国政协: the national body of that term
        n.aliases.add(n.surface)
        return n
    if _possessed_committee(n, sent):
        return n
    core_start = _resolve_place(n, sent)
    if core_start is None:
        return n
    _clean_name(n)
    _mark_generic(n, strip_quotes(text[core_start:n.end - len(n.head)]), sent)
    return n


def _resolve_place(n: Named, sent: Sentence) -> int | None:
    """Set `n`'s name and place from the places it starts with, else from a leading level
    word; returns where its core starts (None when `n` is settled: a place, a grade)."""
    ctx, text = sent.ctx, sent.article
    chain = []
    i = n.start
    while i < n.end:
        m = ctx.starting(i)
        if m is None or m.end > n.end:
            break
        chain.append(m)
        i = m.end
    if chain and chain[-1].end == n.end:  # the whole name is a place
        n.generic, n.place, n.name, n.label = True, chain[-1], chain[-1].name, "Place"
        return None
    if not chain:
        return _resolve_level_word(n, sent)
    last = chain[-1]
    cut = last.end + 1 if _former_inside(text, last.end, n.end) else last.end
    n.former = cut > last.end
    if n.former and _level_repeated(last.surface, text[cut:n.end]):
        cut += 1  # 某县原县委 → 某县委: the level word repeats the place's suffix
    lead = last.name if (last.name != last.surface and last.name.endswith(last.surface)) else last.surface
    n.name = lead + text[cut:n.end]
    n.place = last
    if len(chain) > 1 or lead != last.surface or n.former:
        n.aliases.add(n.surface)
    return last.end


# Party committees and branches a town or village is said to have with 的 (某镇的党委书记).
POSSESSED_HEADS = word_set("bodies/possessed_heads")
POSSESSING_LEVELS = ("town", "subdistrict", "village")


def _possessed_committee(n: Named, sent: Sentence) -> bool:
    """A bare party committee right after a town or village and 的 (某镇的党委书记, 某村的
    党支部): that place's committee, named as if 的 were not written."""
    text = sent.article
    if n.label != "Organization" or n.surface != n.head or n.head not in POSSESSED_HEADS \
            or n.start - 2 < sent.start or text[n.start - 1] != POSSESSIVE:
        return False
    p = sent.ctx.covering(n.start - 2)
    if p is None or p.end != n.start - 1 or p.level not in POSSESSING_LEVELS:
        return False
    n.name, n.place = p.name + n.head, p
    n.aliases.add(p.surface + n.head)
    return True


def _level_repeated(place: str, rest: str) -> bool:
    """Whether `rest`, a body written after a place and 原, opens with the place's own
    level suffix (某县|县委, 某村|村党支部), not with a word of its own (村委会)."""
    return len(rest) > 1 and rest[0] == place[-1] and rest[0] in LEVEL_CHARS \
        and not rest.startswith(tuple(LEVEL_COMMITTEES))


def _former_inside(text: str, at: int, end: int) -> bool:
    """原/前 right after a body's place and before its level word (某县原县委, 某市前市政府),
    or 原 before a party body of the place (某镇原党委, 某村原党支部)."""
    return end - at > 2 and text[at] in FORMER_PREFIXES and (
        text[at + 1] in LEVEL_CHARS
        or text[at] == FORMER_PREFIXES[0] and text.startswith(PLACE_PARTY_BODIES, at + 1))


# Party bodies a place has, named after it (某镇党委, 某村党支部, 某区党工委).
PLACE_PARTY_BODIES = tuple(words("posts/party_bodies"))


def _resolve_level_word(n: Named, sent: Sentence) -> int | None:
    """A name opening with a level word (市委组织部, 村委会): the place of that level in
    context (泉州市委组织部), else a generic reference; a grade (区级党委) is generic."""
    clean, ctx = n.surface, sent.ctx
    committee = next((w for w in LEVEL_COMMITTEES if clean.startswith(w)), None)
    whole = committee is not None  # 村委会: 村 is part of the word
    pref = LEVEL_COMMITTEES[committee] if whole else next(
        (p for p in sorted(LEVEL_PREFIXES, key=len, reverse=True) if clean.startswith(p)), None)
    tok = sent.token_at(n.start)
    if pref and (n.label not in ("Organization", "TaskForce") or tok is not None and tok[0] == n.start
                 and tok[2] in NOT_PREFIX_WORDS):
        pref = None  # 乡村融合发展项目: 乡 is no level word here
        whole = False
    if pref and not whole and clean.startswith(GRADE_WORDS, len(pref)):
        n.generic = True  # 区级党委: every body of that level, not one
        n.name = clean
        return None
    if not (pref and (whole or len(clean) > len(pref))):
        n.name = clean
        return n.start
    p = home_place(ctx, sent.article, ctx.context(n.start, LEVEL_PREFIXES[pref]), n.start, LEVEL_PREFIXES[pref])
    if "city" in LEVEL_PREFIXES[pref]:  # 北京市, 上海市: municipalities sit at province level
        q = home_place(ctx, sent.article, ctx.context(n.start, ("province",)), n.start, ("province",))
        if q is not None and q.name.endswith(pref) and _near(q, n.start) and (
                p is None or not _near(p, n.start) or q.start > p.start):
            p = q
    if "city" in LEVEL_PREFIXES[pref] and not whole:  # 桂平市委…市人大: the county-level city
        c = ctx.last_ending(n.start, pref, COUNTY_LEVELS)
        if c is not None and (p is None or not _near(p, n.start) or c.start >= p.start):
            p = c
    keep = clean if whole else clean[len(pref):]
    if p is None or not _near(p, n.start):
        p = ctx.only(LEVEL_PREFIXES[pref])  # the article's one county, written after
    if pref in OWN_SUFFIX_LEVELS and p is not None and not p.name.endswith(pref):
        p = None  # 旗面中心, 旗下公司: no banner's body
    if p is not None:
        n.name, n.place, n.relative = p.name + keep, p, True
        n.aliases.add(clean)
    else:
        n.name, n.generic = clean, True
    return n.start + (0 if whole else len(pref))


def _clean_name(n: Named) -> None:
    """Drop quotes, a program's code (“1+3+12”产业链专班) and an ordinal (十四届) from the
    name, keeping the written forms as aliases."""
    code = CODE_QUOTE.search(n.name)
    if code and len(n.name) - len(code.group()) >= 3 and n.label in ("TaskForce", "Organization"):
        # “1+3+12”产业链专班: the program's code, not part of the body's name
        n.aliases.add(strip_quotes(n.name))
        n.name = n.name[:code.start()] + n.name[code.end():]
        if n.label == "TaskForce" and n.place is None and generic_core(strip_quotes(n.name)[:-len(n.head)]):
            n.generic = True
    n.name = strip_quotes(n.name)
    n.aliases = {strip_quotes(a) for a in n.aliases} - {n.name}
    ordinal = ORDINAL.search(n.name)
    if ordinal and n.label == "Organization":  # 湖南省十四届人大 → 湖南省人大
        n.aliases.add(n.name)
        n.name = n.name[:ordinal.start()] + n.name[ordinal.end():]


def _national_society(core: str, n: Named, sent: Sentence) -> bool:
    """中国人权研究会, 全国某某联合会: a national society or institute, named by the country's
    name and two characters more, with no other country written before it (某国中国友好协会)."""
    if n.kind not in SOCIETY_KINDS or not core.startswith(SOCIETY_OPENERS):
        return False
    opener = max((w for w in SOCIETY_OPENERS if core.startswith(w)), key=len)
    if len(core) - len(opener) < 2 or core.startswith(NOT_SOCIETY_OPENERS):
        return False  # 全国性…协会
    before = sent.token_at(n.start - 1) if n.start > sent.start else None
    return before is None or tag(before[2]) not in ("ns", "nrt") and sent.article[n.start - 1] not in "-－—"


INSTITUTION_OPENERS = word_set("bodies/national_institution_openers")
INSTITUTION_HEADS = word_set("bodies/national_institution_heads")


def _national_institution(core: str, n: Named) -> bool:
    """中国美术馆, 中央歌舞团, 国家图书馆: the country's opener alone before a head that is
    a whole kind word names the national institution."""
    return core in INSTITUTION_OPENERS and n.head in INSTITUTION_HEADS


SCHOOL_OPENERS = words("bodies/national_school_openers")
# openers that name no one school on their own (国家大学, 中央学院: a kind)
FIELD_ONLY_OPENERS = word_set("bodies/field_only_school_openers")


def _national_school(core: str, n: Named) -> bool:
    """中央美术学院, 陆军工程大学, 国防大学: a national or military school or academy, named by
    its opener and the words of a field (PLACE_NAMED_HEADS: 大学, 学院, 科学院)."""
    if n.head not in PLACE_NAMED_HEADS or not core.startswith(SCHOOL_OPENERS):
        return False
    rest = core
    while rest.startswith(SCHOOL_OPENERS):  # 解放军|陆军|工程大学
        opener = max((w for w in SCHOOL_OPENERS if rest.startswith(w)), key=len)
        rest = rest[len(opener):]
    if not rest:
        return opener not in FIELD_ONLY_OPENERS
    return len(rest) >= 2 and all(len(w) > 1 and tag(w) in FIELD_TAGS
                                  for w in segmenter().dictionary_words(rest))


def _mark_generic(n: Named, core: str, sent: Sentence) -> None:
    """Mark `n` generic when its core (between its place and its head) names no one body."""
    quoted = "“" in n.surface
    if n.label == "Project" and n.place is None \
            and (route_core(core, n.head) or initials_route(core, n.head, sent)):
        return  # 京沪高铁, 中老铁路, 南凭高铁: a route named by the short names of its ends
    if n.label == "Project" and n.surface.endswith("”" + n.head) and not n.surface.startswith("“"):
        n.generic = True  # …产业“两个一批”项目: a batch of projects, not one
    elif n.place is None and not n.relative and not quoted and not is_proper(core, n) \
            and not (n.head in PLACE_NAMED_HEADS and _province_or_city(core)) \
            and not (n.head in WORLD_HEADS and core.startswith(WORLD_OPENERS)
                     and len(core) >= MIN_WORLD_CORE) \
            and not village_core(core) and not _national_society(core, n, sent) \
            and not _national_school(core, n) and not _national_institution(core, n) \
            and not (n.kind == "party" and core.startswith(STATE_FIRMS)):
        n.generic = True  # (中铁某局项目部临时党支部: a state firm's party branch is one body)
        if n.label == "Company" and n.head in LEGAL_HEADS and len(core) >= 2 and not generic_core(core) \
                and not sent.ctx.inside(n.start, n.end) and not (freq(core) > RARE and tag(core) == "n"):
            n.generic, n.legal = False, True  # 华润置地有限公司: a registered name is one firm
    elif core and LEVEL_SET.search(core):
        n.generic = True  # 某省四级人大, 华东7省市党委
    if n.head in PLACED_ONLY and (n.place is None and not n.relative or generic_core(core)) \
            and not placed_alone(n.head, core, n.place):  # (某村卫生室 is one)
        n.generic = True  # 山区学校, 美国多地学校: schools of a kind, not one
    if len(core) >= 3 and core[0] in SLOGAN_NUMERALS and core[-1] in SLOGAN_NUMERALS:
        n.generic = True  # “一链条一专班”: a rule of work (one task force per chain), no body
    if (n.label == "TaskForce" or n.place is None and n.label in ("Project", "Company")) \
            and generic_core(core) and not _placed_taskforce(n, core) and not _staffed(n, core, sent):
        n.generic = True


def _province_or_city(core: str) -> bool:
    """`core` is the name of a province, a city or a region (河北大学, 中山大学, 东北大学),
    or one followed by the nouns of a field (北京航空航天大学, 湖南师范大学)."""
    if _names_place(core):
        return True
    for k in (2, 3):
        rest = core[k:]
        if len(rest) >= 2 and _names_place(core[:k]) and all(
                len(w) > 1 and tag(w) in FIELD_TAGS for w in segmenter().dictionary_words(rest)):
            return True
    return False


def _names_place(word: str) -> bool:
    return word in REGION_NAMES or any(d.level in PLACE_NAMING_LEVELS for d in gazetteer().lookup(word))


def _placed_taskforce(n: Named, core: str) -> bool:
    """A task force written with its place and what it works on (某县招商工作专班): the
    place's one, though its words are common; a bare or graded one (某县专班) is not."""
    return n.label == "TaskForce" and n.place is not None and not n.relative \
        and len(core) >= 4 and core.strip() not in GENERIC and not LEVEL_SET.search(core)


def _staffed(n: Named, core: str, sent: Sentence) -> bool:
    """A task force written with its place and a member's role after it (某县招商专班组长
    某某): one the article staffs, though its words are common."""
    return n.label == "TaskForce" and n.place is not None and not n.relative and len(core) >= 2 \
        and not LEVEL_SET.search(core) and sent.article.startswith(MEMBER_ROLES, n.end)


def _near(p, pos: int) -> bool:
    """A context place found before `pos` (not only somewhere after it)."""
    return p.start <= pos


def strip_quotes(s: str) -> str:
    return s.translate(_QUOTES_DROPPED)


# Transport works and the short names a route is called by (京沪高铁, 中老铁路, 沪宁城际铁路).
ROUTE_HEADS = words("programs/infrastructure_heads")
ROUTE_ENDS = frozenset(chars("common/province_abbreviations") + chars("people/country_abbreviations"))
MAX_ROUTE_CORE = 4


def route_core(core: str, head: str) -> bool:
    """`core` before a work's head is a route's short name: each of its characters the
    short name of a province or country, or one abbreviation jieba knows (京广, 沪宁)."""
    if head not in ROUTE_HEADS or not 2 <= len(core) <= MAX_ROUTE_CORE:
        return False
    return all(c in ROUTE_ENDS for c in core) or len(core) <= 3 and tag(core) in ("j", "nz")


def initials_route(core: str, head: str, sent: Sentence) -> bool:
    """`core` before a work's head is a route named by its two ends' initials, places the
    article names (某宁至某祥高铁 → 宁祥高铁)."""
    return head in ROUTE_HEADS and two_initials(core, (m.surface for m in sent.ctx.mentions))


def two_initials(core: str, places) -> bool:
    """`core` is two characters, each the first of a different place of `places`."""
    if len(core) != 2 or core[0] == core[1]:
        return False
    firsts = {p[0] for p in places if len(p) >= 2}
    return core[0] in firsts and core[1] in firsts


@lru_cache(maxsize=8192)
def generic_core(core: str) -> bool:
    core = core.strip()
    if not core:
        return True
    if core in GENERIC or LEVEL_SET.search(core):
        return True  # 省级政府, 四级人大, 7省市党委, 2015年政府: every body of a kind
    # every jieba word of the core generic: 重点产业, 相关企业
    words = segmenter().dictionary_words(core)
    return all(w in GENERIC for w in words)


RARE = 5  # jieba frequency at or below which a word is a name more than a word
RARE_FIELD_TAGS = ("n", "nz", "nt")  # a rare noun of fields before 大学/学院 names one school
# A group's brand (某钢集团) opens its core with a word jieba has seen this rarely or less.
GROUP_HEADS = word_set("bodies/group_heads")
RARE_GROUP = 30


def is_proper(core: str, n: Named) -> bool:
    """Whether a name without a place is specific enough to be a node of its own: some
    part of it is a proper noun, an unknown or rare word, a number or a quoted name.
    A state body needs its place (泉州市委组织部) or a national prefix (国家发展改革委)."""
    if not core or generic_core(core):
        return False  # 大中小学, 高水平中小学: words that name a kind of body
    if any(c.isdigit() or c.isascii() and c.isalpha() for c in core):
        return True
    if n.label == "TaskForce":
        return not generic_core(core)
    words = segmenter().dictionary_words(core)
    if n.label == "Organization" and n.kind in STATE_KINDS:
        if core.startswith(NATIONAL) or central_form(core) is not None:
            return True  # 国家发展改革委…; a national body's unit (某部办公厅, 国家防总办公室)
        return any(not freq(w) or tag(w) in PROPER_TAGS - {"nz"} and freq(w) < 3000
                   for w in words if len(w) > 1)
    singles = 0
    for w in words:
        singles = singles + 1 if len(w) == 1 and tag(w) not in ("p", "c", "u", "uj", "r") else 0
        if singles >= 2:  # an unknown word jieba split into characters (云岭, 石湾, 翠峰)
            return True
        if len(w) == 1 and not freq(w):
            return True
        if len(w) > 1 and (not freq(w) or tag(w) in PROPER_TAGS and freq(w) < 3000
                           or n.label == "Company" and (freq(w) <= RARE or n.head in GROUP_HEADS and w is words[0]
                                                        and freq(w) <= RARE_GROUP and w not in GENERIC)
                           or n.head in PLACE_NAMED_HEADS and tag(w) in RARE_FIELD_TAGS and freq(w) <= RARE
                           and _field_words(words)):
            return True  # a rare word: 华为技术有限公司 (jieba knows 华为技术, seen 3 times),
            # a university named by a rare compound of its fields (某某科技大学)
    return False


def _field_words(words: list[str]) -> bool:
    """Every word of a core a noun of a field (电子|科技, 热带|海洋), at most MAX_FIELD_CORE
    characters: a school's name, not a phrase that ends before 大学 (某某孩子上重点大学)."""
    return sum(map(len, words)) <= MAX_FIELD_CORE and all(
        len(w) > 1 and tag(w) in FIELD_TAGS + RARE_FIELD_TAGS for w in words)


MAX_FIELD_CORE = 6


def clause_bounds(sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause around `pos` (between commas) within the sentence."""
    text = sent.article
    lo = pos
    while lo > sent.start and text[lo - 1] not in "，,；;：:":
        lo -= 1
    hi = pos
    while hi < sent.end and text[hi] not in "，,；;：:":
        hi += 1
    return lo, hi


