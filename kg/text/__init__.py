"""The text layer, below places and extraction: the vocabulary files, the one sentence
splitter, kg's own jieba segmenter, and `Text`, an article's sentences with their tokens
and tags, each computed once."""
