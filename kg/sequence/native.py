"""The sequence tagger's CRF in C (``kg._speedups``'s ``crf_*``): a crfsuite model file
read into compact arrays, tagged and scored as crfsuite does it, to the bit (the same
sums in the same order, the same ties, the same scaled forward-backward marginals), with
attribute ids in place of the strings crfsuite would look up one by one.

``read_model`` reads the file itself: pycrfsuite's ``Tagger.info()`` prints weights to
six decimals, crfsuite keeps them as doubles. The file (crfsuite's crf1d_model.c): a
48-byte header; the features (type, source, label, weight; 20 bytes each); the labels'
and the attributes' string databases (CQDB, read by id through their backward arrays);
per label its transition features and per attribute its state features (feature ids).
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

try:  # the CRF in C, an optional extension (setup.py)
    from .._speedups import (crf_model as _cmodel, crf_probs as _cprobs, crf_tag as _ctag,
                             crf_tag_columns as _ctag_columns)
except ImportError:  # not built here (or built before it had the CRF): pycrfsuite runs it
    _cmodel = _cprobs = _ctag = _ctag_columns = None

_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


@dataclass(frozen=True)
class CrfArrays:
    """A crfsuite model as arrays: `labels` and `attributes` by id; attribute a's state
    features are ``offsets[a]:offsets[a+1]`` of `dsts` (their labels) and `weights`, in
    the file's order; `trans` is L x L, [from][to]."""
    labels: tuple[str, ...]
    attributes: tuple[str, ...]
    offsets: np.ndarray
    dsts: np.ndarray
    weights: np.ndarray
    trans: np.ndarray


def _strings(buf: bytes, off: int, count: int) -> tuple[str, ...]:
    """The `count` strings of the CQDB at `off`, by id."""
    magic, _, _, _, size, back = struct.unpack_from("<4sIIIII", buf, off)
    if magic != b"CQDB" or size < count:
        raise ValueError("no string database where the header points")
    out = []
    for k, rec in enumerate(struct.unpack_from(f"<{count}I", buf, off + back)):
        rid, length = struct.unpack_from("<II", buf, off + rec)
        if rid != k:
            raise ValueError("string database out of order")
        out.append(buf[off + rec + 8:off + rec + 7 + length].decode("utf-8"))
    return tuple(out)


def _refs(buf: bytes, off: int, chunk: bytes, count: int) -> list[np.ndarray]:
    """The feature ids of each of the first `count` entries of a reference chunk."""
    magic, _, num = struct.unpack_from("<4sII", buf, off)
    if magic != chunk or num < count:
        raise ValueError(f"no {chunk.decode()} chunk where the header points")
    out = []
    for rec in struct.unpack_from(f"<{count}I", buf, off + 12):
        n, = struct.unpack_from("<I", buf, rec)
        out.append(np.frombuffer(buf, "<u4", n, rec + 4))
    return out


def read_model(path: str | Path) -> CrfArrays:
    """The model file at `path` as arrays (ValueError when it is no crfsuite CRF1d model)."""
    buf = Path(path).read_bytes()
    (magic, _, kind, _, _, n_labels, n_attrs, off_feat, off_labels, off_attrs, off_lrefs,
     off_arefs) = struct.unpack_from("<4sI4sIIIIIIIII", buf, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"{path}: no crfsuite CRF1d model")
    chunk, _, n_feat = struct.unpack_from("<4sII", buf, off_feat)
    if chunk != b"FEAT":
        raise ValueError(f"{path}: no feature chunk")
    feats = np.frombuffer(buf, _FEATURE, n_feat, off_feat + 12)
    labels = _strings(buf, off_labels, n_labels)
    attributes = _strings(buf, off_attrs, n_attrs)
    trans = np.zeros((n_labels, n_labels), dtype=np.float64)
    for lid, fids in enumerate(_refs(buf, off_lrefs, b"LFRF", n_labels)):
        f = feats[fids]
        if (f["type"] != 1).any() or (f["src"] != lid).any():
            raise ValueError(f"{path}: a label's reference is no transition of its own")
        trans[lid, f["dst"]] = f["weight"]  # crfsuite assigns (one feature per pair)
    arefs = _refs(buf, off_arefs, b"AFRF", n_attrs)
    counts = [len(fids) for fids in arefs]
    f = feats[np.concatenate(arefs)] if arefs else feats[:0]
    if (f["type"] != 0).any() or (f["src"] != np.repeat(np.arange(n_attrs), counts)).any():
        raise ValueError(f"{path}: an attribute's reference is no state feature of its own")
    offsets = np.zeros(n_attrs + 1, dtype=np.int32)
    np.cumsum(counts, out=offsets[1:])
    return CrfArrays(labels, attributes, offsets, f["dst"].astype(np.int32),
                     f["weight"].astype(np.float64), trans)


class NativeCrf:
    """A model's CRF in C: ``tag(items)`` (items: per position a list of attribute ids)
    gives crfsuite's tags, ``tag_columns(n, columns)`` those of n items gathered from
    columns (`FeatureBuilder.columns`); ``probs(spans)`` the smallest marginal of the tags
    over each (start, end) of the last sequence tagged."""

    def __init__(self, model: str | Path):
        if _cmodel is None:
            raise RuntimeError("kg._speedups has no CRF (pip install -e . builds it)")
        arrays = read_model(model)
        self.labels = arrays.labels
        self.ids = {a: k for k, a in enumerate(arrays.attributes)}
        self._model = _cmodel(arrays.labels, arrays.offsets.tobytes(), arrays.dsts.tobytes(),
                              arrays.weights.tobytes(), arrays.trans.tobytes())

    def tag(self, items: list[list[int]]) -> list[str]:
        return _ctag(self._model, items)

    def tag_columns(self, n: int, columns: tuple) -> list[str]:
        return _ctag_columns(self._model, n, columns)

    def probs(self, spans: list[tuple[int, int]]) -> list[float]:
        return _cprobs(self._model, spans)


def available() -> bool:
    """Whether the extension with the CRF was built here."""
    return _cmodel is not None
