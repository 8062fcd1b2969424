"""The trained tagger: load once, tag a sentence, return labelled spans with a
probability.

``spans(sentence)`` uses the model shipped in ``kg/data/sequence/``. A span's
probability is the smallest marginal probability, over its characters, of the tag
the model chose there (B/I/E or S of its label): a span is as sure as its least
sure character, boundaries included.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from .cluener import decode
from .features import sentence_features

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "sequence"
MODEL_FILE = MODEL_DIR / "tagger.crfsuite"  # its settings beside it in tagger.json
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

    def __init__(self, model: str | Path = MODEL_FILE, feature_set: str | None = None):
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
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model))

    def spans(self, sentence: str) -> list[Span]:
        """Labelled spans of `sentence` with their probabilities, in order."""
        out: list[Span] = []
        for offset in range(0, len(sentence), MAX_CHARS):
            out.extend(self._window(sentence[offset:offset + MAX_CHARS], offset))
        return out

    def _window(self, text: str, offset: int) -> list[Span]:
        if not text:
            return []
        tagger = self._tagger
        tagger.set(sentence_features(text, self.feature_set))
        tags = tagger.tag()
        out = []
        for start, end, label in decode(tags):
            prob = min(tagger.marginal(tags[i], i) for i in range(start, end))
            out.append(Span(start + offset, end + offset, label, round(prob, 4),
                            text[start:end]))
        return out


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """The shipped model, loaded once per process."""
    return Tagger()


def spans(sentence: str) -> list[Span]:
    """Labelled spans of `sentence` (name, company, government, organization,
    position, address, scene, book, movie, game) by the shipped model."""
    return default_tagger().spans(sentence)
