"""kg's own jieba tokenizer: the default dictionary plus the domain words (titles, body
suffixes, task words), loaded once per process into a `jieba.Tokenizer` instance that
kg owns. jieba's global tokenizer (`jieba.dt`, `jieba.posseg.dt`) is never touched, so
a program that uses jieba itself sees jieba as it ships, and kg sees the same words and
tags in the first article of a process as in the thousandth.

>>> seg = segmenter()
>>> seg.cut("市招商局副局长")
['市', '招商局', '副局长']
>>> seg.tag("纾困"), seg.tag("发展"), seg.tag("招商局x")
('vn', 'vn', None)
"""
from __future__ import annotations

import logging
from functools import lru_cache
from math import log

from . import vocabulary
from .hmm import cut as hmm_cut
from .postag import tagger_class

try:  # the route loop in C, an optional extension (setup.py)
    from .._speedups import route as _croute, table as _ctable
except ImportError:  # not built here: the same loop in Python
    _croute = _ctable = None
try:  # the cut along the route in C (an extension built before it had one: Python)
    from .._speedups import cut as _ccut
except ImportError:
    _ccut = None

DOMAIN_FREQ = 2000  # frequency given to each domain word
PHRASE_CACHE = 65536  # phrases whose dictionary words are remembered
HMM_CACHE = 8192  # runs of unknown characters whose HMM words are remembered


class _FastLoops:
    """jieba's Tokenizer's inner loops (the word graph of a sentence, the best route
    through it, the cut along it) written without generators and with one dictionary
    look-up per fragment: the same words, a fifth faster. Mixed in before
    jieba.Tokenizer (`_tokenizer_class`), whose own `cut` and part-of-speech tagger
    call them."""

    def _graph(self, sentence: str) -> list[list[tuple[int, float]]]:
        """Per position, the words that start there: (last position, log-probability
        as jieba's route weighs it)."""
        get = self.FREQ.get
        logtotal = log(self.total)
        n = len(sentence)
        graph = []
        for k in range(n):
            ends = []
            i = k
            f = get(sentence[k])
            while f is not None:  # the fragment is a word or a word's prefix
                if f:
                    ends.append((i, log(f) - logtotal))
                i += 1
                if i >= n:
                    break
                f = get(sentence[k:i + 1])
            graph.append(ends or [(k, log(get(sentence[k]) or 1) - logtotal)])
        return graph

    @staticmethod
    def _best(graph: list) -> tuple[list[float], list[int]]:
        """Per position, the best route's log-probability from there to the end and the
        end of its first word (max over (p, x), as jieba)."""
        n = len(graph)
        best = [0.0] * (n + 1)
        nxt = [0] * n
        for idx in range(n - 1, -1, -1):
            best_p, best_x = None, 0
            for x, lp in graph[idx]:
                p = lp + best[x + 1]
                if best_p is None or p > best_p or p == best_p and x > best_x:
                    best_p, best_x = p, x
            best[idx], nxt[idx] = best_p, best_x
        return best, nxt

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:
        """jieba's word graph (for its other cutting modes), read off ``_graph``."""
        self.check_initialized()
        return {k: [i for i, _ in ends] for k, ends in enumerate(self._graph(sentence))}

    def calc(self, sentence: str, dag: dict, route: dict) -> None:
        """jieba's best route over `dag` (for its other cutting modes), by ``_best``."""
        logtotal = log(self.total)
        get = self.FREQ.get
        best, nxt = self._best([[(x, log(get(sentence[idx:x + 1]) or 1) - logtotal) for x in dag[idx]]
                                for idx in range(len(sentence))])
        route.update((idx, (best[idx], nxt[idx])) for idx in range(len(sentence)))
        route[len(sentence)] = (0, 0)

    def _logprobs(self) -> "_LogProbs":
        """log(f) - log(total) per frequency f, as ``_graph`` computes it, kept until the
        dictionary's total changes (`add_word`)."""
        lp = self.__dict__.get("_lp")
        if lp is None or lp.total != self.total:
            lp = self._lp = _LogProbs(self.total)
        return lp

    def _route(self, sentence: str) -> list[int]:
        """Per position, the end of the first word of the best route from there: ``_best``
        over ``_graph`` in one right-to-left pass, without building the graph (the same
        sums, the same ties: the longer word wins). In C (`kg._speedups`) where it
        was built, over the dictionary copied into one hash table of code points
        (`_table`), else `_route_py`."""
        if _croute is not None:
            return _croute(self._table(), sentence)
        return self._route_py(sentence)

    def _table(self):
        """The dictionary as `kg._speedups.table` holds it (some 30 MB), made on first
        use (before the workers fork: they share it) and again when the dictionary's
        size or total changes (`add_word`)."""
        state = (len(self.FREQ), self.total)
        kept = self.__dict__.get("_ctable")
        if kept is None or kept[0] != state:
            kept = self._ctable = (state, _ctable(self.FREQ, self._logprobs().logtotal))
        return kept[1]

    def _route_py(self, sentence: str) -> list[int]:
        """`_route` in Python."""
        get = self.FREQ.get
        lp = self._logprobs()
        single = lp[1]  # a character that starts no word: frequency 1, as jieba
        n = len(sentence)
        best = [0.0] * (n + 1)
        nxt = list(range(n))
        for k in range(n - 1, -1, -1):
            bp = None
            i = k
            f = get(sentence[k])
            while f is not None:  # the fragment is a word or a word's prefix
                if f:
                    p = lp[f] + best[i + 1]
                    if bp is None or p >= bp:
                        bp = p
                        nxt[k] = i
                i += 1
                if i >= n:
                    break
                f = get(sentence[k:i + 1])
            best[k] = single + best[k + 1] if bp is None else bp
        return nxt

    def cut_hmm(self, sentence: str) -> list[str]:
        """jieba's ``cut(sentence, HMM=True)`` as a list (its blocks of words and
        characters, then the rest one character or blank at a time)."""
        import jieba
        han, skip = jieba.re_han_default, jieba.re_skip_default
        out: list[str] = []
        for k, blk in enumerate(han.split(sentence)):
            if not blk:
                continue
            if k & 1:  # split's odd pieces are the pattern's matches
                out.extend(self._Tokenizer__cut_DAG(blk))
                continue
            for x in skip.split(blk):
                if skip.match(x):
                    out.append(x)
                else:
                    out.extend(x)
        return out

    def _Tokenizer__cut_DAG(self, sentence: str) -> list[str]:  # jieba's __cut_DAG
        """jieba's cut along the best route with its HMM for the runs of single characters
        no dictionary word covers: in C but for the HMM (`kg._speedups.cut`) where it
        was built, else `_cut_dag_py`."""
        self.check_initialized()
        if _ccut is None or _croute is None:
            return self._cut_dag_py(sentence)
        out, pending = _ccut(self._table(), sentence)
        for i in reversed(pending):  # the runs for the HMM, from the last
            out[i:i + 1] = _hmm_words(out[i])
        return out

    def _cut_dag_py(self, sentence: str) -> list[str]:
        """`_Tokenizer__cut_DAG` in Python."""
        nxt = self._route(sentence)
        freq = self.FREQ.get
        out: list[str] = []
        x, buf, n = 0, "", len(sentence)
        while x < n:
            y = nxt[x] + 1
            if y - x == 1:
                buf += sentence[x]
            else:
                if buf:
                    out.extend(_unknown(buf, freq))
                    buf = ""
                out.append(sentence[x:y])
            x = y
        if buf:
            out.extend(_unknown(buf, freq))
        return out


    def _Tokenizer__cut_DAG_NO_HMM(self, sentence: str) -> list[str]:  # jieba's, by _route
        self.check_initialized()
        nxt = self._route(sentence)
        from jieba import re_eng
        out: list[str] = []
        x, buf, n = 0, "", len(sentence)
        while x < n:
            y = nxt[x] + 1
            word = sentence[x:y]
            if y - x == 1 and re_eng.match(word):  # single letters and digits run together
                buf += word
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(word)
            x = y
        if buf:
            out.append(buf)
        return out


class _LogProbs(dict):
    """log(f) - log(total) per frequency f, computed on first use of each value."""

    def __init__(self, total: float) -> None:
        super().__init__()
        self.total, self.logtotal = total, log(total)

    def __missing__(self, f: int) -> float:
        v = self[f] = log(f) - self.logtotal
        return v


@lru_cache(maxsize=1)
def _tokenizer_class():
    """jieba's Tokenizer with `_FastLoops` (jieba is imported on first use only)."""
    import jieba
    return type("Tokenizer", (_FastLoops, jieba.Tokenizer), {})


def _unknown(buf: str, freq) -> list[str]:
    """A run of single characters as jieba's cut yields it: one character; the HMM's
    words when the run is no dictionary word; else its characters."""
    if len(buf) == 1:
        return [buf]
    if not freq(buf):
        return _hmm_words(buf)
    return list(buf)


@lru_cache(maxsize=HMM_CACHE)
def _hmm_words(buf: str) -> tuple[str, ...]:
    """jieba's HMM words of a run of characters no dictionary word covers (names, mostly:
    the same runs come back, and are cut once), by `kg.text.hmm` (jieba's, faster)."""
    return tuple(hmm_cut(buf))


class Segmenter:
    """One jieba tokenizer with the domain dictionary, its part-of-speech tagger, and the
    dictionary look-ups the rules make (frequency, dictionary tag)."""

    def __init__(self, domain: list[tuple[str, str | None]]) -> None:
        import jieba

        logging.getLogger("jieba").setLevel(logging.WARNING)  # no progress lines on stderr

        base = default_tokenizer()  # its words and numbers are shared, not copied
        self.tokenizer = _tokenizer_class()()
        self.tokenizer.FREQ, self.tokenizer.total = dict(base.FREQ), base.total
        self.tokenizer.initialized = True
        for word, tag in domain:
            self.tokenizer.add_word(word, freq=DOMAIN_FREQ, tag=tag)
        total = self.tokenizer.total
        for word in vocabulary.words("text/unit_words"):  # 放疗科: a hospital's department
            self.tokenizer.add_word(word, freq=DOMAIN_FREQ, tag="n")
        self.tokenizer.total = total  # (their weight changes no other cut)
        for word in vocabulary.words("text/split_words"):  # a prefix only, no word (部长|职务)
            if self.tokenizer.FREQ.get(word):
                self.tokenizer.FREQ[word] = 0
        # jieba's tagger, with its tag table read here (POSTokenizer's own reading would
        # hold a second copy of every word): the same table, 40 MB less
        self.tagger = tagger_class().__new__(tagger_class())  # its HMM decodes faster
        self.tagger.tokenizer = self.tokenizer
        self.tagger.word_tag_tab = _word_tags(self.tokenizer)
        self.tagger.makesure_userdict_loaded()  # the domain tags, before any cut
        self.FREQ: dict[str, int] = self.tokenizer.FREQ
        self.tags: dict[str, str] = self.tagger.word_tag_tab
        self.dictionary_words = lru_cache(maxsize=PHRASE_CACHE)(self._dictionary_words)

    def cut(self, text: str) -> list[str]:
        """The words of `text` (jieba with its HMM for unknown words)."""
        return self.tokenizer.cut_hmm(text)

    def spans(self, text: str, base: int = 0) -> list[tuple[int, int, str]]:
        """The words of `text` as (start, end, word), offsets shifted by `base`."""
        out, i = [], base
        for w in self.tokenizer.cut_hmm(text):
            j = i + len(w)
            out.append((i, j, w))
            i = j
        return out

    def _dictionary_words(self, phrase: str) -> tuple[str, ...]:
        """The dictionary words of a short phrase (a name's core, a zone's prefix), without
        the HMM: characters jieba does not know stay single."""
        return tuple(self.tokenizer.cut(phrase, HMM=False))

    def pos_tags(self, text: str) -> list[tuple[str, str]]:
        """(word, part of speech) for `text`, as jieba's tagger reads it."""
        return [(p.word, p.flag) for p in self.tagger.cut(text)]

    def freq(self, word: str) -> int:
        """The word's frequency in the dictionary (0 when unknown)."""
        return self.FREQ.get(word, 0) or 0

    def in_dict(self, word: str) -> bool:
        return bool(self.FREQ.get(word))

    def tag(self, word: str) -> str | None:
        """The word's part of speech in the dictionary (None when it has none)."""
        return self.tags.get(word)


def _word_tags(tokenizer) -> dict[str, str]:
    """The part of speech of each word of `tokenizer`'s dictionary file (as jieba's
    POSTokenizer reads it), keyed by the tokenizer's own word objects, one object per tag."""
    words = dict(zip(tokenizer.FREQ, tokenizer.FREQ))
    tags: dict[str, str] = {}
    out: dict[str, str] = {}
    with tokenizer.get_dict_file() as fh:
        text = fh.read().decode("utf-8")  # (decoded at once: a third of the time by line)
    for line in text.split("\n"):
        line = line.strip()
        if line:
            word, _, tag = line.split(" ")
            out[words.get(word, word)] = tags.setdefault(tag, tag)
    return out


@lru_cache(maxsize=1)
def default_tokenizer():
    """A jieba tokenizer with jieba's default dictionary only (not jieba's global one),
    loaded once per process: the sequence model reads words with it
    (kg.sequence.features), and `Segmenter` starts from a copy of its dictionary that
    shares its word objects (60 MB held once, not twice)."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = _tokenizer_class()()
    tokenizer.initialize()
    return tokenizer


def domain_words() -> list[tuple[str, str | None]]:
    """The words kg adds to jieba's dictionary, in the order they are added: titles, body
    suffixes of two characters or more (less text/late_words and text/late_heads), then
    task words (tagged vn)."""
    kept_out = set(vocabulary.words("text/late_words")) | set(vocabulary.words("text/late_heads"))
    titles = list(dict.fromkeys(row[0] for row in vocabulary.rows("titles")))
    suffixes = [w for w in dict.fromkeys(row[0] for row in vocabulary.rows("org_suffixes", ".tsv"))
                if len(w) > 1]
    return [(w, None) for w in titles + suffixes if w not in kept_out] + \
        [(w, "vn") for w in vocabulary.words("text/task_words")]


@lru_cache(maxsize=1)
def segmenter() -> Segmenter:
    """The process's segmenter, built on first use."""
    return Segmenter(domain_words())
