"""Readers: encodings, JSON lines, folders, stdin, and every error path; plus the
end-to-end `kg build` run over a folder mixing good and bad files."""
from __future__ import annotations

import io
import json
import os
import sys

import opencc
import pytest
from click.testing import CliRunner

from conftest import SEEDS, need_shared
from kg.read import DecodeError, decode_bytes, read_paths
from kg.report import RunReport


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def excerpts() -> dict[str, str]:
    """Real paragraphs: simplified (seed 001, 003) and traditional (seed 001 through s2tw)."""
    p001 = [x.strip() for x in seed("001").splitlines() if len(x.strip()) > 60]
    p003 = [x.strip() for x in seed("003").splitlines() if len(x.strip()) > 60]
    return {"simp": "\n".join(p001[:3]), "simp2": "\n".join(p003[:3]),
            "trad": "\n".join(t for t in map(opencc.OpenCC("s2tw").convert, p001[3:12])
                               if _big5_ok(t))[:400]}


def _big5_ok(text: str) -> bool:
    try:
        text.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


def report_lines() -> tuple[RunReport, io.StringIO]:
    stream = io.StringIO()
    return RunReport(stream=stream), stream


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "gbk"])
def test_decodes_simplified(excerpts, encoding):
    text = excerpts["simp"]
    assert decode_bytes(text.encode(encoding)).lstrip("\ufeff") == text


@pytest.mark.parametrize("encoding", ["big5", "utf-16-be", "utf-8"])
def test_decodes_traditional(excerpts, encoding):
    text = excerpts["trad"]
    assert decode_bytes(text.encode(encoding)) == text


def test_short_big5_line(excerpts):
    line = excerpts["trad"][:40]
    assert decode_bytes(line.encode("big5")) == line


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"), (b"  \n\r\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)), "binary file"),
    (bytes(range(256)) * 4, "binary file"),
    (b"\xff\x80\x81\x8d\x8f\x90\x9d" * 50, "undecodable"),
    (bytes(range(0x80, 0x100)) * 8, "undecodable"),
])
def test_bad_bytes(data, reason):
    with pytest.raises(DecodeError) as err:
        decode_bytes(data)
    assert str(err.value).startswith(reason)


def test_jsonl_fields_mapped_and_bad_line_reported(tmp_path, excerpts):
    f = tmp_path / "items.jsonl"
    f.write_text("\n".join([
        json.dumps({"title": "甲", "content": excerpts["simp"], "date": "2024-01-15 19:10:52",
                    "link": "https://example.org/a"}, ensure_ascii=False),
        '{"title": "乙", "text": ',
        "",
        json.dumps({"title": "丙", "body": excerpts["simp2"], "source": "某报"}, ensure_ascii=False),
        json.dumps({"title": "丁"}, ensure_ascii=False),
        "[1, 2]",
    ]), encoding="utf-8")
    report, stream = report_lines()
    docs = list(read_paths([str(f)], report))
    assert [d.meta["title"] for d in docs] == ["甲", "丙"]
    assert docs[0].content == excerpts["simp"] and docs[0].meta["url"] == "https://example.org/a"
    assert docs[0].meta["published"] == "2024-01-15 19:10:52" and docs[1].meta["source"] == "某报"
    assert docs[0].origin == f"{f}:1"
    err = stream.getvalue().splitlines()
    assert len(err) == 3
    assert err[0].startswith(f"kg: skipped {f}:2: bad JSON line: ")
    assert f"{f}:5: no text in JSON line" in err[1] and f"{f}:6: bad JSON line: not an object" in err[2]


def test_bulk_item_is_read(tmp_path):
    bulk = sorted(need_shared("corpus", "bulk").glob("*.jsonl"))
    with bulk[0].open(encoding="utf-8") as fh:
        line = fh.readline()
    f = tmp_path / "bulk.jsonl"
    f.write_text(line, encoding="utf-8")
    (doc,) = read_paths([str(f)], RunReport())
    record = json.loads(line)
    assert doc.content == record["text"] and doc.meta["title"] == record["title"]
    assert doc.meta["published"] == record["date"] and doc.meta["url"] == record["url"]


def test_folders_extensions_and_missing_paths(tmp_path, excerpts):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (sub / "one.txt").write_text(excerpts["simp"], encoding="utf-8")
    (tmp_path / "two.htm").write_text(f"<html><body><p>{excerpts['simp2']}</p></body></html>", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    report, stream = report_lines()
    docs = list(read_paths([str(tmp_path), str(tmp_path / "image.png"), str(tmp_path / "nope.txt")], report))
    assert sorted(d.kind for d in docs) == ["html", "text"]
    err = stream.getvalue()
    assert "notes.pdf" not in err  # skipped silently inside a folder
    assert f"{tmp_path / 'image.png'}: unsupported file type: .png" in err
    assert f"{tmp_path / 'nope.txt'}: not found" in err


def test_stdin(monkeypatch, excerpts):
    data = excerpts["simp"].encode("gb18030")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (doc,) = read_paths(["-"], RunReport())
    assert doc.content == excerpts["simp"] and doc.origin == "<stdin>"
    lines = "\n".join(json.dumps({"title": t, "text": excerpts["simp"]}, ensure_ascii=False) for t in "ab")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    assert [d.meta["title"] for d in read_paths(["-"], RunReport())] == ["a", "b"]


def test_kg_build_mixed_folder(tmp_path, excerpts):
    """Every good article is read; each bad file is named on stderr with its reason."""
    from kg.cli import main
    src = tmp_path / "in"
    src.mkdir()
    title_utf8, title_gbk, title_big5 = "浙江干部赴企调研", "肇庆争当湾区新秀", "之江潮涌奮楫爭先"
    (src / "good.txt").write_text(f"{title_utf8}\n\n{excerpts['simp']}", encoding="utf-8")
    (src / "gbk.txt").write_bytes(f"{title_gbk}\n\n{excerpts['simp2']}".encode("gbk"))
    (src / "big5.txt").write_bytes(f"{title_big5}\n\n{excerpts['trad']}".encode("big5"))
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    rows = [json.dumps({"title": f"条目{i}", "text": para}, ensure_ascii=False)
            for i, para in enumerate(excerpts["simp2"].split("\n"))]
    rows.insert(1, '{"title": "坏行", "text": "没有结尾')
    (src / "items.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(src), "--out", str(out), "--no-page"])
    assert result.exit_code == 0, result.output + result.stderr
    err = result.stderr
    assert f"{src / 'empty.txt'}: empty file" in err
    assert f"{src / 'binary.txt'}: binary file" in err
    assert f"{src / 'items.jsonl'}:2: bad JSON line: " in err
    assert len([line for line in err.splitlines() if line.startswith("kg: skipped")]) == 3
    articles = [json.loads(x) for x in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    titles = {a["title"] for a in articles}
    assert {title_utf8, title_gbk, "之江潮涌奋楫争先", "条目0", "条目1", "条目2"} <= titles
    big5 = next(a for a in articles if a["title"] == "之江潮涌奋楫争先")
    assert big5["script"] == "Hant" and "浙江" in big5["text"]
    assert "3 skipped" in result.output


def test_html_charset_declared_in_page(tmp_path, excerpts):
    page = (f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=gbk'></head>"
            f"<body><p>{excerpts['simp2']}</p></body></html>")
    f = tmp_path / "page.html"
    f.write_bytes(page.encode("gbk"))
    (doc,) = read_paths([str(f)], RunReport())
    assert doc.kind == "html" and excerpts["simp2"] in doc.content


# -- issue 10, defect 3: JSON lines cut by str.splitlines; a numeric author -------------

SEPARATORS = ["\u2028", "\u2029", "\x85", "\x1c", "\x1d", "\x1e", "\x0b", "\x0c"]


def test_json_lines_end_at_newline_only(tmp_path, excerpts):
    """Every separator `str.splitlines` knows, raw inside a JSON string: each line is
    one whole article, numbered as a text editor numbers it."""
    rows = []
    for i, sep in enumerate(SEPARATORS):
        text = excerpts["simp"][:30] + sep + excerpts["simp"][30:]
        rows.append(json.dumps({"title": f"条目{i}", "text": "TEXT"}, ensure_ascii=False)
                    .replace('"TEXT"', '"' + text.replace("\n", "\\n") + '"'))
    f = tmp_path / "items.jsonl"
    f.write_bytes("\r\n".join(rows).encode("utf-8"))
    report, stream = report_lines()
    docs = list(read_paths([str(f)], report))
    assert stream.getvalue() == ""
    assert [d.meta["title"] for d in docs] == [f"条目{i}" for i in range(len(SEPARATORS))]
    for doc, sep in zip(docs, SEPARATORS):
        assert doc.content == excerpts["simp"][:30] + sep + excerpts["simp"][30:]
    assert [d.origin for d in docs] == [f"{f}:{i + 1}" for i in range(len(SEPARATORS))]


def test_authors_of_any_json_type_do_not_stop_the_build(tmp_path, excerpts):
    f = tmp_path / "items.jsonl"
    f.write_text("\n".join(json.dumps({"title": f"条目{i}", "text": text, "author": author},
                                      ensure_ascii=False)
                           for i, (text, author) in enumerate([
                               (excerpts["simp"], 12345), (excerpts["simp2"], ["甲", 7, None]),
                               (excerpts["simp"] + "。", {"name": "乙"}), (excerpts["simp2"] + "。", True)])),
                 encoding="utf-8")
    docs = list(read_paths([str(f)], RunReport()))
    assert [d.meta["authors"] for d in docs] == [["12345"], ["甲", "7"], ['{"name": "乙"}'], ["true"]]
    from kg.cli import main
    result = CliRunner().invoke(main, ["build", str(f), "--out", str(tmp_path / "out"), "--no-page"])
    assert result.exit_code == 0, result.output
    assert "4 documents read, 4 articles, 0 skipped" in result.output


# -- issue 10, defect 6: decode what can be; wrong charsets; links; FIFOs -----------

def _paragraphs(excerpts) -> tuple[str, str]:
    return excerpts["simp"], excerpts["simp2"]


def test_a_gbk_file_with_a_broken_last_byte_is_read_and_the_byte_reported(tmp_path, excerpts):
    first, second = _paragraphs(excerpts)
    f = tmp_path / "cut.txt"
    f.write_bytes((first + "\n" + second).encode("gbk") + b"\x81")
    report, stream = report_lines()
    (doc,) = read_paths([str(f)], report)
    assert doc.content == first + "\n" + second + "\ufffd"
    lines = first.count("\n") + second.count("\n") + 2
    assert stream.getvalue() == (f"kg: {f}: 1 undecodable byte replaced by U+FFFD "
                                 f"(line {lines})\n")


@pytest.mark.parametrize("order", ["utf8-gbk", "gbk-utf8"])
def test_a_file_half_utf8_half_gbk_is_read_whole(tmp_path, excerpts, order):
    first, second = _paragraphs(excerpts)
    one, two = ("utf-8", "gbk") if order == "utf8-gbk" else ("gbk", "utf-8")
    f = tmp_path / "mixed.txt"
    f.write_bytes(first.encode(one) + b"\n" + second.encode(two))
    report, stream = report_lines()
    (doc,) = read_paths([str(f)], report)
    assert doc.content == first + "\n" + second
    assert stream.getvalue() == ""


def test_mostly_undecodable_bytes_are_still_rejected():
    data = "第一行".encode("gbk") + b"\n" + bytes(range(0x80, 0x100)) * 4
    with pytest.raises(DecodeError, match="undecodable"):
        from kg.read import decode_lenient
        decode_lenient(data)


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252", "shift_jis", "koi8-r"])
def test_a_page_declaring_the_wrong_charset_is_read_right(tmp_path, excerpts, declared):
    page = (f"<html><head><meta charset='{declared}'></head>"
            f"<body><p>{excerpts['simp2']}</p></body></html>")
    f = tmp_path / "page.html"
    f.write_bytes(page.encode("gbk"))
    (doc,) = read_paths([str(f)], RunReport())
    assert excerpts["simp2"] in doc.content


def test_symlinked_subfolders_are_read_once_and_loops_end(tmp_path, excerpts):
    real = tmp_path / "elsewhere"
    real.mkdir()
    (real / "linked.txt").write_text(excerpts["simp"], encoding="utf-8")
    root = tmp_path / "in"
    root.mkdir()
    (root / "own.txt").write_text(excerpts["simp2"], encoding="utf-8")
    (root / "sub").symlink_to(real, target_is_directory=True)
    (root / "again").symlink_to(real, target_is_directory=True)
    (real / "up").symlink_to(root, target_is_directory=True)  # a loop
    report, stream = report_lines()
    docs = list(read_paths([str(root)], report))
    assert sorted(d.content for d in docs) == sorted([excerpts["simp"], excerpts["simp2"]])
    assert stream.getvalue() == ""


def test_fifos_and_broken_links_are_reported_not_skipped_silently(tmp_path, excerpts):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(excerpts["simp"], encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "direct.jsonl")
    report, stream = report_lines()
    docs = list(read_paths([str(folder), str(tmp_path / "direct.jsonl")], report))
    assert [d.content for d in docs] == [excerpts["simp"]]
    err = stream.getvalue().splitlines()
    assert sorted(err) == sorted([f"kg: skipped {folder / 'pipe.txt'}: not a regular file",
                                  f"kg: skipped {folder / 'gone.txt'}: broken link",
                                  f"kg: skipped {tmp_path / 'direct.jsonl'}: not a regular file"])
