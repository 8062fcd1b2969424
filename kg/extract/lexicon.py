"""The vocabulary most rules share: surnames, titles, organisation suffixes, trigger
words. Read from ``kg/data`` by `kg.text.vocabulary`; titles and suffixes compiled into
Aho-Corasick automata once per process."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ..text.vocabulary import rows, words

# Verbs of saying that follow a speaker's name (the name ends right before them).
SPEECH_VERBS = words("people/speech_verbs")
# Role nouns written right before a name (竹器经营户王大成, 村民李大山): a person, no post.
ROLE_NOUNS = words("people/role_nouns")
# Words after which a clause says the post is a former one.
FORMER_MARKERS = words("posts/former_markers")
# Verbs linking a name to a post that follows it: 张三是/任/担任 X局局长.
HOLD_VERBS = words("posts/hold_verbs")
# Verbs by which a place or body sets up a task force / carries out a program.
ESTABLISH_VERBS = words("relations/establish_verbs")
IMPLEMENT_VERBS = words("relations/implement_verbs")

# The two structural markers the rules name: the possessive particle (时任…的习近平, 位于
# 江宁区的云岭集团) and the conjunction inside or between names (发展和改革局, 某县和某市).
POSSESSIVE = "的"
AND = "和"

# Characters that never occur inside a name.
DELIMS = set("，。、；：！？,.;:!?　 \t\n\r（）()《》〈〉【】[]{}—…·/\\|'\"‘’“”「」『』-~～－")

# Words at which a backward scan for the start of a name stops (the name begins after them).
STOP_WORDS = words("common/name_stops") + words("bodies/name_stops")
# Adverbs that open a set phrase jieba keeps whole (严格执行, 积极探索): it ends a body's name.
ADVERB_OPENERS = words("bodies/adverb_openers")
# Words that start with a surname character but are not names.
NOT_NAMES = set(words("people/not_names"))


@dataclass(frozen=True)
class Suffix:
    """A head word ending an organisation-like name, with the label and kind it implies."""
    word: str
    label: str
    kind: str


@dataclass(frozen=True)
class Lexicon:
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    titles: dict[str, str]            # title -> "" or "member"
    suffixes: dict[str, Suffix]
    title_ac: ahocorasick.Automaton
    suffix_ac: ahocorasick.Automaton


def automaton(words) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over `words`, each word its own value."""
    ac = ahocorasick.Automaton()
    for w in words:
        ac.add_word(w, w)
    ac.make_automaton()
    return ac


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, built once per process."""
    single, compound = set(), set()
    for tok in words("surnames") + words("people/rare_surnames") + words("people/name_openers"):
        (single if len(tok) == 1 else compound).add(tok)
    titles = {}
    for row in rows("titles"):
        titles[row[0]] = row[1] if len(row) > 1 else ""
    for word in words("posts/military_titles") + words("posts/executive_titles"):
        titles.setdefault(word, "")  # not in titles.txt: not tagger features
    suffixes = {}
    for word, label, kind in rows("org_suffixes", ".tsv"):
        suffixes[word] = Suffix(word, label, kind)
    return Lexicon(frozenset(single), frozenset(compound), titles, suffixes,
                   automaton(titles), automaton(suffixes))


def is_surname_at(text: str, i: int) -> int:
    """Length of the surname starting at text[i] (2 for compound, 1, or 0 for none)."""
    lex = lexicon()
    if text[i:i + 2] in lex.compound_surnames:
        return 2
    if i < len(text) and text[i] in lex.surnames:
        return 1
    return 0
