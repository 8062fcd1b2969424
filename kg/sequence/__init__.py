"""A character CRF for the names kg's rules have no anchor for.

    from kg.sequence import spans, worth_tagging
    if worth_tagging(sentence):
        for span in spans(sentence):   # Span(start, end, label, prob, text)
            ...

Labels are CLUENER2020's: name, company, government, organization, position,
address, scene, book, movie, game. The model is trained by ``python -m
kg.sequence.train`` from CLUENER train and shipped in ``kg/data/sequence/``.
"""
from .flag import worth_tagging
from .model import Span, Tagger, spans

__all__ = ["Span", "Tagger", "spans", "worth_tagging"]
