"""jieba's part-of-speech tagger with a faster HMM for the characters no dictionary word
covers: the same Viterbi search as ``jieba.posseg.viterbi`` (the same sums, the same
ties), where each state's best predecessor is sought among the states that can precede
it rather than among all 250, and each run of characters is decoded once per process.
`tagger_class` is jieba's ``POSTokenizer`` with it (jieba is imported on first use)."""
from __future__ import annotations

from functools import lru_cache

RUN_CACHE = 4096  # runs of characters whose tags are remembered


@lru_cache(maxsize=1)
def _tables() -> tuple:
    """jieba's HMM tables, and per state the states that can precede it."""
    import sys

    import jieba.posseg as posseg
    viterbi = sys.modules["jieba.posseg.viterbi"]  # (the package's name is the function)
    before: dict[str, list] = {}
    for y0, nxt in posseg.trans_P.items():
        for y in nxt:
            before.setdefault(y, []).append(y0)
    return (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P,
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
    import jieba.posseg as posseg

    class POSTokenizer(posseg.POSTokenizer):
        def _POSTokenizer__cut(self, sentence: str):  # jieba's __cut, by `viterbi`
            pos_list = viterbi(sentence)[1]
            begin, nexti = 0, 0
            for i, char in enumerate(sentence):
                pos = pos_list[i][0]
                if pos == "B":
                    begin = i
                elif pos == "E":
                    yield posseg.pair(sentence[begin:i + 1], pos_list[i][1])
                    nexti = i + 1
                elif pos == "S":
                    yield posseg.pair(char, pos_list[i][1])
                    nexti = i + 1
            if nexti < len(sentence):
                yield posseg.pair(sentence[nexti:], pos_list[nexti][1])
    return POSTokenizer
