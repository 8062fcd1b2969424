"""Reading inputs: files and folders of .txt, .html/.htm and .jsonl, or ``-`` for stdin.

Bytes are decoded here (UTF-8 with or without BOM, UTF-16, GB18030/GBK, Big5); a bad
input is reported through ``RunReport.skip`` with a short stable reason and the batch
goes on. Reasons: ``not found``, ``unsupported file type``, ``unreadable``,
``empty file``, ``binary file``, ``undecodable``, ``bad JSON line``,
``no text in JSON line``.
"""
from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import RawDocument
from .report import RunReport

TEXT_EXT = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
            ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}

# field names a JSON line may use, in order of preference
TEXT_FIELDS = ("text", "content", "body", "article", "maintext", "正文", "内容")
HTML_FIELDS = ("html", "raw_html", "page")
META_FIELDS = {
    "title": ("title", "headline", "标题"),
    "url": ("url", "link", "href", "source_url"),
    "published": ("published", "date", "pub_time", "publish_time", "pubdate",
                  "publish_date", "time", "datetime", "发布时间", "日期"),
    "source": ("source", "site", "media", "publisher", "来源"),
    "authors": ("authors", "author", "byline", "作者"),
}

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff",
                 b"\x7fELF", b"BZh", b"7z\xbc\xaf", b"Rar!", b"\x00\x00\x01\x00")
_CJK_RE = re.compile("[\u3400-\u9fff]")
_CONTROL_RE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_META_CHARSET_RE = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]{2,20})", re.I)


class DecodeError(ValueError):
    """Bytes that are not text we can read; the message is the skip reason."""


def _plausible(text: str) -> bool:
    """Reads as Chinese or ASCII text: 90% common characters, punctuation, spaces."""
    from .normalize import _common_chars
    common = _common_chars()
    sample = text[:2000]
    good = sum(1 for c in sample if c in common or (c.isascii() and (c.isprintable() or c.isspace()))
               or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" or "\u2010" <= c <= "\u206f")
    return bool(sample) and good >= 0.9 * len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM (little or big endian) that reads as text."""
    if len(data) % 2:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    return None


def decode_bytes(data: bytes, hint: str | None = None) -> str:
    """Decode a file's bytes; raise DecodeError("empty file" | "binary file" |
    "undecodable ...") when they are not usable text."""
    if not data.strip():
        raise DecodeError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable: bad {enc} after BOM ({exc.reason})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _utf16_without_bom(data)
    if text is not None:
        return text
    if b"\x00" in data:
        raise DecodeError("binary file")
    if data.startswith(_BINARY_MAGIC) or len(_CONTROL_RE.findall(data[:4000])) > 8:
        raise DecodeError("binary file")
    if hint:
        try:
            return data.decode(hint)
        except (UnicodeDecodeError, LookupError):
            pass
    decoded = {}
    for enc in ("gb18030", "big5hkscs"):
        try:
            decoded[codecs.lookup(enc).name] = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    if len(decoded) == 1:
        return next(iter(decoded.values()))
    import charset_normalizer
    if decoded:
        best = charset_normalizer.from_bytes(data, cp_isolation=list(decoded)).best()
        name = codecs.lookup(best.encoding).name if best else None
        return decoded.get(name) or decoded.get("gb18030") or next(iter(decoded.values()))
    best = charset_normalizer.from_bytes(data).best()
    text = str(best) if best is not None else ""
    high = sum(b >= 0x80 for b in data[:4000]) / min(len(data), 4000)
    if not text or (high > 0.3 and not _CJK_RE.search(text)):
        guess = f" (looks like {best.encoding})" if best is not None else ""
        raise DecodeError(f"undecodable: not UTF-8, UTF-16, GB18030 or Big5{guess}")
    return text


def _first(record: dict, names: tuple[str, ...]):
    for name in names:
        value = record.get(name)
        if value not in (None, "", []):
            return value
    return None


def document_from_record(record: dict, path: str, origin: str) -> RawDocument:
    """A RawDocument from one JSON object; field names mapped (text/content/body ...)."""
    text = _first(record, TEXT_FIELDS)
    kind = "text"
    if not isinstance(text, str) or not text.strip():
        text = _first(record, HTML_FIELDS)
        kind = "html"
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no text in JSON line")
    meta = {}
    for key, names in META_FIELDS.items():
        value = _first(record, names)
        if value is None:
            continue
        if key == "authors":
            value = [value] if isinstance(value, str) else [str(v) for v in value if v]
        elif not isinstance(value, str):
            value = str(value)
        meta[key] = value
    return RawDocument(path=path, origin=origin, content=text, kind=kind, meta=meta)


def read_jsonl(text: str, path: str, report: RunReport) -> Iterator[RawDocument]:
    """One document per JSON line; a malformed line is reported (path:line) and skipped."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        origin = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            report.skip(origin, f"bad JSON line: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(record, dict):
            report.skip(origin, "bad JSON line: not an object")
            continue
        try:
            yield document_from_record(record, path, origin)
        except ValueError as exc:
            report.skip(origin, str(exc))


def _sniff_kind(text: str) -> str:
    head = text.lstrip()[:2000].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype", "<html", "<?xml")) or head.count("</") + head.count("<p") > 5:
        return "html"
    return "text"


def documents_from_text(text: str, path: str, kind: str, report: RunReport) -> Iterator[RawDocument]:
    if kind == "jsonl":
        yield from read_jsonl(text, path, report)
    elif not text.strip():
        report.skip(path, "empty file")
    else:
        yield RawDocument(path=path, origin=path, content=text, kind=kind)


def read_file(path: Path, report: RunReport, kind: str | None = None) -> Iterator[RawDocument]:
    """The documents in one file (several for .jsonl)."""
    name = str(path)
    kind = kind or TEXT_EXT.get(path.suffix.lower(), "text")
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.skip(name, f"unreadable: {exc.strerror or exc}")
        return
    hint = None
    if kind == "html":
        m = _META_CHARSET_RE.search(data[:4000])
        hint = m.group(1).decode("ascii").lower() if m else None
    try:
        text = decode_bytes(data, hint)
    except DecodeError as exc:
        report.skip(name, str(exc))
        return
    yield from documents_from_text(text, name, kind, report)


def read_stdin(report: RunReport) -> Iterator[RawDocument]:
    """Standard input: JSON lines, HTML or plain text, told apart by its content."""
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        report.skip("<stdin>", str(exc))
        return
    yield from documents_from_text(text, "<stdin>", _sniff_kind(text), report)


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under `folder`, recursively, in a stable order; others skipped."""
    for f in sorted(folder.rglob("*")):
        if f.is_file() and f.suffix.lower() in TEXT_EXT and not f.name.startswith("."):
            yield f


def read_paths(paths: Iterable[str], report: RunReport) -> Iterator[RawDocument]:
    """Every document under `paths` (files, folders searched recursively, '-' for stdin)."""
    for p in paths:
        if p == "-":
            yield from read_stdin(report)
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path):
                yield from read_file(f, report)
        elif path.is_file():
            if path.suffix.lower() not in TEXT_EXT:
                report.skip(str(path), f"unsupported file type: {path.suffix or '(none)'}")
                continue
            yield from read_file(path, report)
        else:
            report.skip(str(path), "not found")
