"""The trained tagger: load once, tag a sentence, return labelled spans with a
probability.

``spans(sentence)`` uses the model shipped in ``kg/data/sequence/``. A span's
probability is the smallest marginal probability, over its characters, of the tag
the model chose there (B/I/E or S of its label): a span is as sure as its least
sure character, boundaries included.

Which path runs: where the optional C extension was built (``kg._speedups``, by
``pip install -e .``), the CRF in C (`kg.sequence.native`: the model file read into
arrays when the tagger loads, before the workers fork; features as attribute ids, in
columns gathered in C, no list per character; crfsuite's sums, ties and marginals to
the bit); elsewhere pycrfsuite, with features
as UTF-8 bytes. ``Tagger.native`` says which; ``Tagger(native=False)`` forces
pycrfsuite.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from .cluener import decode
from . import native as _native
from .features import builder
from .fast import FeatureBuilder

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "sequence"
MODEL_FILE = MODEL_DIR / "tagger.crfsuite"  # its settings beside it in tagger.json, its
# attributes (the features it gives a weight) in tagger.attributes
MAX_CHARS = 400  # a longer sentence is tagged in windows of this size


@dataclass(frozen=True)
class Span:
    """A labelled span of a sentence: ``sentence[start:end]`` (end exclusive)."""
    start: int
    end: int
    label: str
    prob: float
    text: str = ""


class Tagger:
    """A CRF model file and the feature set it was trained with."""

    def __init__(self, model: str | Path = MODEL_FILE, feature_set: str | None = None,
                 native: bool | None = None):
        """`native`: the CRF in C (True: it must have been built), pycrfsuite (False) or,
        by default, C where it was built."""
        model = Path(model)
        if not model.is_file():
            raise FileNotFoundError(f"{model}: no sequence model (run python -m kg.sequence.train)")
        if feature_set is None:
            meta_path = model.with_suffix(".json")
            try:
                feature_set = json.loads(meta_path.read_text(encoding="utf-8"))["feature_set"]
            except (OSError, ValueError, KeyError) as exc:
                raise ValueError(f"{meta_path}: no feature set for {model.name} ({exc})") from exc
        self.feature_set = feature_set
        self.native = _native.available() if native is None else native
        if self.native:
            self._crf = _native.NativeCrf(model)
            self.features = FeatureBuilder(feature_set, ids=self._crf.ids)
        else:
            self._tagger = pycrfsuite.Tagger()
            self._tagger.open(str(model))
            self.features = builder(feature_set, known_attributes(model), encoded=True)

    def spans(self, sentence: str, words: list[str] | None = None,
              labels: frozenset[str] | None = None) -> list[Span]:
        """Labelled spans of `sentence` with their probabilities, in order. `words`:
        the sentence in kg's words when the caller has them (the text layer's tokens);
        `labels`: only spans of these labels (the others' probabilities are not worked
        out)."""
        if len(sentence) <= MAX_CHARS:
            return self._window(sentence, 0, words, labels)
        out: list[Span] = []
        for offset in range(0, len(sentence), MAX_CHARS):
            out.extend(self._window(sentence[offset:offset + MAX_CHARS], offset, None, labels))
        return out

    def _window(self, text: str, offset: int, words: list[str] | None,
                labels: frozenset[str] | None) -> list[Span]:
        if not text:
            return []
        if self.native:
            tags = self._crf.tag_columns(len(text), self.features.columns(text, words))
        else:
            self._tagger.set(self.features.build(text, words))
            tags = self._tagger.tag()
        found = [(start, end, label) for start, end, label in decode(tags)
                 if labels is None or label in labels]
        if not found:
            return []
        return [Span(start + offset, end + offset, label, round(prob, 4), text[start:end])
                for (start, end, label), prob in zip(found, self._probs(tags, found))]

    def _probs(self, tags: list[str], found: list[tuple[int, int, str]]) -> list[float]:
        """Each span's smallest marginal of its tags, in the sequence just tagged."""
        if self.native:
            return self._crf.probs([(start, end) for start, end, _ in found])
        marginal = self._tagger.marginal
        return [min(marginal(tags[i], i) for i in range(start, end)) for start, end, _ in found]


def attributes_file(model: Path) -> Path:
    return model.with_suffix(".attributes")


def known_attributes(model: Path) -> frozenset[str] | None:
    """The attributes `model` gives a weight, from the file beside it (written by
    training); None (keep every feature) when there is none."""
    path = attributes_file(model)
    if not path.is_file():
        return None
    return frozenset(path.read_text(encoding="utf-8").split("\n")) - {""}


def write_attributes(model: Path, out: Path) -> None:
    """Write the attributes `model` gives a weight, one a line, to `out`."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    names = sorted({attr for attr, _ in tagger.info().state_features})
    out.write_text("\n".join(names) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """The shipped model, loaded once per process."""
    return Tagger()


def spans(sentence: str, words: list[str] | None = None,
          labels: frozenset[str] | None = None) -> list[Span]:
    """Labelled spans of `sentence` (name, company, government, organization,
    position, address, scene, book, movie, game) by the shipped model; `words`: the
    sentence in kg's words, when the caller has them; `labels`: only these."""
    return default_tagger().spans(sentence, words, labels)
