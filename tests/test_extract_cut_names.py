"""A name jieba cut one character short by gluing its last character to the next word
(见到某志|增时): when every mention of the short name goes on with the same character and
jieba reads the two as one word somewhere, the person is the longer name. Sentences are
made up; no name is from any gold file."""
from __future__ import annotations

from conftest import names, run


def test_a_name_cut_before_a_glued_word_takes_its_whole_reading():
    ext = run("我们见到张志增时，他正在收麦。张志增没有犹豫，接下了任务。")
    assert names(ext, "Person") == {"张志增"}


def test_a_name_always_followed_by_a_verb_is_not_lengthened():
    ext = run("李强说，今年收成好。李强说，明年会更好。")
    assert names(ext, "Person") == {"李强"}


def test_a_name_before_a_verb_jieba_glued_is_not_lengthened():
    ext = run("江南省委书记孙淼致欢迎辞。孙淼致辞。")
    assert names(ext, "Person") == {"孙淼"}
