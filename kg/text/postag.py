"""jieba's part-of-speech tagger with a faster HMM for the characters no dictionary word
covers: the same Viterbi search as ``jieba.posseg.viterbi`` (the same sums, the same
ties), where each state's best predecessor is sought among the states that can precede
it rather than among all 250, and each run of characters is decoded once per process.
`tagger_class` is jieba's ``POSTokenizer`` with it (jieba is imported on first use)."""
from __future__ import annotations

import os
import sys
from functools import lru_cache

RUN_CACHE = 4096  # runs of characters whose tags are remembered


def posseg():
    """The module ``jieba.posseg``, imported without reading the tag table of its global
    tagger (``jieba.posseg.dt``) up front: its import reads jieba's dictionary file into
    a table of 350,000 words (a second or so and some 40 MB in every process) that kg
    never uses (its tagger reads its own, `kg.text.segmenter`). The global tagger reads
    its table on first use instead, so a program that uses jieba itself sees the same tags."""
    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    import jieba

    saved = jieba.dt.dictionary
    jieba.dt.dictionary = os.devnull  # what the import's POSTokenizer(jieba.dt) reads
    try:
        import jieba.posseg as module
    finally:
        jieba.dt.dictionary = saved
    if not module.dt.word_tag_tab:
        module.dt.word_tag_tab = _TagsOnFirstUse(module.dt)
    return module


class _TagsOnFirstUse(dict):
    """Stands for a POSTokenizer's tag table until it is first read: then the tokenizer
    reads its table (``load_word_tag``), which replaces this one, and answers."""

    def __init__(self, owner) -> None:
        super().__init__()
        self.owner = owner

    def _table(self) -> dict:
        if self.owner.word_tag_tab is self:
            self.owner.load_word_tag(self.owner.tokenizer.get_dict_file())
        return self.owner.word_tag_tab

    def get(self, *args):
        return self._table().get(*args)

    def __getitem__(self, key):
        return self._table()[key]

    def __contains__(self, key) -> bool:
        return key in self._table()

    def __len__(self) -> int:
        return len(self._table())

    def __iter__(self):
        return iter(self._table())

    def update(self, *args, **kwargs) -> None:
        self._table().update(*args, **kwargs)


@lru_cache(maxsize=1)
def _tables() -> tuple:
    """jieba's HMM tables, and per state the states that can precede it."""
    module = posseg()
    viterbi = sys.modules["jieba.posseg.viterbi"]  # (the package's name is the function)
    before: dict[str, list] = {}
    for y0, nxt in module.trans_P.items():
        for y in nxt:
            before.setdefault(y, []).append(y0)
    return (module.char_state_tab_P, module.start_P, module.trans_P, module.emit_P,
            before, viterbi.MIN_FLOAT, viterbi.MIN_INF)


@lru_cache(maxsize=RUN_CACHE)
def viterbi(obs: str) -> tuple[float, tuple]:
    """jieba.posseg.viterbi(obs, …) with jieba's tables: (probability, state per char)."""
    states, start_p, trans_p, emit_p, before, min_float, min_inf = _tables()
    all_states = trans_p.keys()
    V = [{y: start_p[y] + emit_p[y].get(obs[0], min_float)
          for y in states.get(obs[0], all_states)}]
    paths: list[dict] = [dict.fromkeys(V[0], "")]
    for t in range(1, len(obs)):
        prev, cur, path = V[t - 1], {}, {}
        prev_states = [x for x in prev if trans_p[x]]
        expect = {y for x in prev_states for y in trans_p[x]}
        obs_states = set(states.get(obs[t], all_states)) & expect
        if not obs_states:
            obs_states = expect if expect else all_states
        for y in obs_states:
            emit = emit_p[y].get(obs[t], min_float)
            # a predecessor without a transition to y scores -inf: only the others count,
            # unless none scores above -inf (then jieba's max over all decides)
            best = max(((prev[y0] + trans_p[y0][y] + emit, y0) for y0 in before.get(y, ())
                        if y0 in prev), default=None)
            if best is None or best[0] == min_inf:
                best = max((prev[y0] + trans_p[y0].get(y, min_inf) + emit, y0)
                           for y0 in prev_states)
            cur[y], path[y] = best
        V.append(cur)
        paths.append(path)
    prob, state = max((V[-1][y], y) for y in paths[-1])
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = paths[i][state]
    return prob, tuple(route)


@lru_cache(maxsize=1)
def tagger_class():
    """jieba's POSTokenizer, its HMM decoding by `viterbi`."""
    module = posseg()

    class POSTokenizer(module.POSTokenizer):
        def _POSTokenizer__cut(self, sentence: str):  # jieba's __cut, by `viterbi`
            pos_list = viterbi(sentence)[1]
            begin, nexti = 0, 0
            for i, char in enumerate(sentence):
                pos = pos_list[i][0]
                if pos == "B":
                    begin = i
                elif pos == "E":
                    yield module.pair(sentence[begin:i + 1], pos_list[i][1])
                    nexti = i + 1
                elif pos == "S":
                    yield module.pair(char, pos_list[i][1])
                    nexti = i + 1
            if nexti < len(sentence):
                yield module.pair(sentence[nexti:], pos_list[nexti][1])
    return POSTokenizer
