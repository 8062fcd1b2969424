"""Extraction depends on nothing but the article: the same result in a fresh process as
after a hundred other articles, and each sentence segmented (and tagged) once."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections import Counter

from kg.extract import extract
from kg.text.document import Text
from kg.text.segmenter import segmenter

# In the style of the genre; the brand before a task word (稳岗, 纾困) was read as part of
# the company's name in a fresh process only, while jieba's tagger had not yet merged the
# task words' tags that kg had added to jieba's global tokenizer.
ARTICLE = ("开发区引进龙头企业宏发稳岗落户当地。园区龙头企业瑞禾纾困投资建设新项目。"
           "县委副书记、县长李明华说，全县成立助企纾困工作专班，由王建军任组长。")

_RUN = textwrap.dedent("""
    import json, sys
    from kg.clean import clean_document
    from kg.extract import extract
    from kg.model import Article
    from kg.read import read_paths
    from kg.report import RunReport

    def canon(x):
        ents = sorted([e.label, e.name, sorted(e.props.items()), sorted(e.aliases), e.count]
                      for e in x.entities)
        rels = sorted([r.type, r.source.name, r.target.name, r.sentence, sorted(r.props.items())]
                      for r in x.relations)
        return [ents, rels]

    article, seeds, warm = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if warm:
        texts = [p for doc in read_paths([seeds], RunReport()) for a in clean_document(doc)
                 for p in a.text.split("\\n") if len(p) > 20]
        assert len(texts) >= warm, len(texts)
        for t in texts[:warm]:
            extract(Article(text=t))
    print(json.dumps(canon(extract(Article(text=article))), ensure_ascii=False))
""")


def _extract_in_new_process(seeds_dir, warm: int) -> list:
    out = subprocess.run([sys.executable, "-c", _RUN, ARTICLE, str(seeds_dir), str(warm)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_same_result_in_a_fresh_process_and_after_a_hundred_articles(seeds_dir):
    fresh = _extract_in_new_process(seeds_dir, 0)
    after = _extract_in_new_process(seeds_dir, 100)
    assert fresh == after
    names = {(label, name) for label, name, *_ in fresh[0]}
    assert ("Person", "李明华") in names and ("TaskForce", "助企纾困工作专班") in {
        (lab, n[-len("助企纾困工作专班"):]) for lab, n in names}
    assert not any(label == "Company" and name.endswith(("稳岗", "纾困")) for label, name in names)


def test_each_sentence_is_segmented_and_tagged_once(seeds_dir, monkeypatch):
    """Places and extraction share the sentences' tokens: jieba cuts each sentence once
    (and tags at most once); the only other cuts are dictionary splits of name cores."""
    from kg.clean import clean_document
    from kg.read import read_paths
    from kg.report import RunReport
    (doc,) = [d for d in read_paths([str(seeds_dir)], RunReport()) if "000_" in d.path]
    article = clean_document(doc)[0]
    seg = segmenter()
    cuts, tags, phrases = Counter(), Counter(), []
    real_cut = seg.tokenizer.cut

    def counting_cut(text, cut_all=False, HMM=True, use_paddle=False):
        (cuts if HMM else Counter())[text] += 1
        if not HMM:
            phrases.append(text)
        return real_cut(text, cut_all=cut_all, HMM=HMM)
    real_hmm = seg.tokenizer.cut_hmm

    def counting_hmm(text):
        cuts[text] += 1
        return real_hmm(text)
    real_tags = seg.pos_tags

    def counting_tags(text):
        tags[text] += 1
        return real_tags(text)
    monkeypatch.setattr(seg.tokenizer, "cut", counting_cut)
    monkeypatch.setattr(seg.tokenizer, "cut_hmm", counting_hmm)
    monkeypatch.setattr(seg, "pos_tags", counting_tags)
    seg.dictionary_words.cache_clear()
    extract(article)
    sentences = [s.text for s in Text(article.text).sentences]
    assert len(sentences) > 50
    assert sorted(cuts) == sorted(set(sentences))  # every sentence, and nothing else
    assert set(cuts.values()) == {1} or all(cuts[s] == sentences.count(s) for s in cuts)
    assert set(tags) <= set(sentences) and all(tags[s] <= sentences.count(s) for s in tags)
    assert phrases and max(len(p) for p in phrases) <= 30  # name cores, not sentences
