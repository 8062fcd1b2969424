"""The optional C extension (kg._speedups: the segmenter's route loop, the person
tagger's Viterbi, the sequence tagger's CRF); everything else is in pyproject.toml.
Where it cannot be built, kg runs the same loops in Python (pycrfsuite for the CRF)."""
from setuptools import Extension, setup

setup(ext_modules=[Extension("kg._speedups", ["kg/_speedups.c"], optional=True)])
