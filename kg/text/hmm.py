"""jieba's HMM for runs of characters its dictionary does not cover (`jieba.finalseg.cut`),
with its Viterbi written out for its four states: the same words, some three times as
fast. jieba's own Viterbi builds a dictionary per character, a list of candidates per
state and a new path per state per character; this one keeps four numbers and a back
pointer per character. The sums are jieba's, in its order ((score + transition) +
emission), and so are its ties (of two equal scores, `max` over (score, state) keeps the
later letter). The model (start, transition and emission log-probabilities) and the
words jieba must split (`Force_Split_Words`) are read from `jieba.finalseg` itself.

>>> cut("李明华说")
['李明华', '说']
"""
from __future__ import annotations

from functools import lru_cache

MIN_FLOAT = -3.14e100  # jieba's log-probability of what its tables lack
_STATE = {"B": 0, "M": 1, "E": 2, "S": 3}  # a back pointer's index in its 4-tuple


@lru_cache(maxsize=1)
def _model() -> tuple:
    """jieba.finalseg, its start log-probabilities and the eight transitions the states'
    predecessors take (B after E or S; M after M or B; S after S or E; E after B or M)."""
    from jieba import finalseg

    start, trans = finalseg.start_P, finalseg.trans_P

    def tr(a: str, b: str) -> float:
        return trans[a].get(b, MIN_FLOAT)
    return (finalseg, start["B"], start["M"], start["E"], start["S"],
            tr("E", "B"), tr("S", "B"), tr("M", "M"), tr("B", "M"),
            tr("S", "S"), tr("E", "S"), tr("B", "E"), tr("M", "E"))


def states(obs: str) -> list[str]:
    """The best state path of `obs` (a run of Han characters), as jieba's
    `finalseg.viterbi(obs, 'BMES', …)` gives it."""
    fs, sB, sM, sE, sS, tEB, tSB, tMM, tBM, tSS, tES, tBE, tME = _model()
    emit = fs.emit_P
    eB, eM, eE, eS = emit["B"].get, emit["M"].get, emit["E"].get, emit["S"].get
    c = obs[0]
    vB, vM = sB + eB(c, MIN_FLOAT), sM + eM(c, MIN_FLOAT)
    vE, vS = sE + eE(c, MIN_FLOAT), sS + eS(c, MIN_FLOAT)
    back = []
    for k in range(1, len(obs)):
        c = obs[k]
        em = eB(c, MIN_FLOAT)
        a, b = vE + tEB + em, vS + tSB + em
        nB, fB = (b, "S") if b >= a else (a, "E")
        em = eM(c, MIN_FLOAT)
        a, b = vM + tMM + em, vB + tBM + em
        nM, fM = (a, "M") if a >= b else (b, "B")
        em = eS(c, MIN_FLOAT)
        a, b = vS + tSS + em, vE + tES + em
        nS, fS = (a, "S") if a >= b else (b, "E")
        em = eE(c, MIN_FLOAT)
        a, b = vB + tBE + em, vM + tME + em
        nE, fE = (b, "M") if b >= a else (a, "B")
        vB, vM, vE, vS = nB, nM, nE, nS
        back.append((fB, fM, fE, fS))
    y = "S" if vS >= vE else "E"
    path = [y]
    for fr in reversed(back):
        y = fr[_STATE[y]]
        path.append(y)
    path.reverse()
    return path


def _cut_han(sentence: str) -> list[str]:
    """jieba's `finalseg.__cut`: the words the state path marks."""
    pos_list = states(sentence)
    out: list[str] = []
    begin = nexti = 0
    for i, pos in enumerate(pos_list):
        if pos == "B":
            begin = i
        elif pos == "E":
            out.append(sentence[begin:i + 1])
            nexti = i + 1
        elif pos == "S":
            out.append(sentence[i])
            nexti = i + 1
    if nexti < len(sentence):
        out.append(sentence[nexti:])
    return out


def cut(sentence: str) -> list[str]:
    """`jieba.finalseg.cut(sentence)` as a list."""
    fs = _model()[0]
    force_split = fs.Force_Split_Words
    out: list[str] = []
    for blk in fs.re_han.split(sentence):
        if fs.re_han.match(blk):
            for word in _cut_han(blk):
                if word not in force_split:
                    out.append(word)
                else:
                    out.extend(word)
        else:
            out.extend(x for x in fs.re_skip.split(blk) if x)
    return out
