"""Reading inputs: files and folders of .txt, .html/.htm and .jsonl, or ``-`` for stdin.

Bytes are decoded here (UTF-8 with or without BOM, UTF-16, GB18030/GBK, Big5); a bad
input is reported through ``RunReport.skip`` with a short stable reason and the batch
goes on. Reasons: ``not found``, ``unsupported file type``, ``unreadable``,
``empty file``, ``binary file``, ``undecodable``, ``bad JSON line``,
``no text in JSON line``, ``not a regular file``, ``broken link``. Bytes that no
encoding reads inside an otherwise readable file are replaced and noted
(``RunReport.note``), not skipped.
"""
from __future__ import annotations

import codecs
import json
import os
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
    if hint:  # the page's own declaration, when it reads as text (pages lie: a GBK
        try:  # page declaring ISO-8859-1 decodes, as mojibake)
            text = data.decode(hint)
            if _plausible(text):
                return text
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


_LEGACY = ("gb18030", "big5hkscs")


def _decode_line(line: bytes, legacy: str) -> tuple[str, int]:
    """One line as UTF-8, else in the file's legacy encoding; bytes neither reads
    become U+FFFD. Returns (text, bytes replaced)."""
    for enc in ("utf-8", legacy):
        try:
            return line.decode(enc), 0
        except UnicodeDecodeError:
            pass
    text = line.decode(legacy, errors="surrogateescape")
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    return "".join("\ufffd" if "\udc80" <= c <= "\udcff" else c for c in text), bad


def decode_lenient(data: bytes, hint: str | None = None) -> tuple[str, str]:
    """(text, note). As `decode_bytes`; but where no one encoding reads the whole file
    (a GBK file with a broken last byte, a file half UTF-8 and half GBK), each line is
    read in the encoding that reads it and the bytes none reads become U+FFFD; `note`
    then says how many and on which lines. Mostly undecodable bytes stay an error."""
    try:
        return decode_bytes(data, hint), ""
    except DecodeError as exc:
        if not str(exc).startswith("undecodable"):
            raise
        error = exc
    lines = data.split(b"\n")

    def strictly_read(enc: str) -> int:
        total = 0
        for line in lines:
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    line.decode(enc)
                    total += len(line)
                except UnicodeDecodeError:
                    pass
        return total

    legacy = max(_LEGACY, key=strictly_read)
    parts, bad_lines, bad = [], [], 0
    for number, line in enumerate(lines, 1):
        text, n = _decode_line(line, legacy)
        parts.append(text)
        if n:
            bad += n
            bad_lines.append(number)
    text = "\n".join(parts)
    if bad > 0.05 * len(data) or not _plausible(text.replace("\ufffd", "")):
        raise error
    if not bad:  # every line read in one encoding or the other
        return text, ""
    where = ", ".join(map(str, bad_lines[:5])) + (" …" if len(bad_lines) > 5 else "")
    return text, (f"{bad} undecodable byte{'s' if bad > 1 else ''} replaced by U+FFFD "
                  f"(line{'s' if len(bad_lines) > 1 else ''} {where})")


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
        if key == "authors":  # a name, a list of names, or any JSON value
            items = value if isinstance(value, list) else [value]
            value = [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                     for v in items if v not in (None, "", [], {})]
        elif not isinstance(value, str):
            value = str(value)
        meta[key] = value
    return RawDocument(path=path, origin=origin, content=text, kind=kind, meta=meta)


def read_jsonl(text: str, path: str, report: RunReport) -> Iterator[RawDocument]:
    """One document per JSON line; a malformed line is reported (path:line) and skipped.
    Lines end at ``\\n`` only (``\\r\\n`` too): U+2028, U+0085, form feeds and the like
    may stand inside a JSON string, and `str.splitlines` would cut the line there."""
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        origin = f"{path}:{lineno}"
        try:  # strict=False: control characters inside strings are text, not errors
            record = json.loads(line, strict=False)
        except json.JSONDecodeError as exc:
            report.skip(origin, f"bad JSON line: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(record, dict):
            report.skip(origin, "bad JSON line: not an object")
            continue
        try:
            yield document_from_record(record, path, origin)
        except (ValueError, TypeError) as exc:
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
        text, note = decode_lenient(data, hint)
    except DecodeError as exc:
        report.skip(name, str(exc))
        return
    if note:
        report.note(name, note)
    yield from documents_from_text(text, name, kind, report)


def read_stdin(report: RunReport) -> Iterator[RawDocument]:
    """Standard input: JSON lines, HTML or plain text, told apart by its content."""
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    try:
        text, note = decode_lenient(data)
    except DecodeError as exc:
        report.skip("<stdin>", str(exc))
        return
    if note:
        report.note("<stdin>", note)
    yield from documents_from_text(text, "<stdin>", _sniff_kind(text), report)


def _walk(folder: Path, report: RunReport, exclude: set[str]) -> Iterator[Path]:
    """Supported files under `folder`, recursively (symbolic links to folders
    followed, each folder once), in a stable order; other file types are passed over
    silently. Folders in `exclude` (real paths) are not entered, and said so; a
    supported name that is no regular file (a FIFO, a device, a broken link) is
    reported."""
    found: list[Path] = []
    seen: set[str] = set()
    for root, dirs, names in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in exclude:
            report.note(root, "not read: the output folder of this build")
            dirs[:] = []
            continue
        if real in seen:  # a link back up the tree, or a second link to one folder
            dirs[:] = []
            continue
        seen.add(real)
        for name in names:
            f = Path(root) / name
            if f.suffix.lower() not in TEXT_EXT or name.startswith("."):
                continue
            if f.is_file():
                found.append(f)
            else:
                report.skip(str(f), "not a regular file" if f.exists() else "broken link")
    return iter(sorted(found))


def read_paths(paths: Iterable[str], report: RunReport,
               exclude: Iterable[str | Path] = ()) -> Iterator[RawDocument]:
    """Every document under `paths` (files, folders searched recursively, '-' for
    stdin); folders in `exclude` (a build's output folder) are not read."""
    skip = {os.path.realpath(p) for p in exclude}
    for p in paths:
        if p == "-":
            yield from read_stdin(report)
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path, report, skip):
                yield from read_file(f, report)
        elif path.is_file():
            if path.suffix.lower() not in TEXT_EXT:
                report.skip(str(path), f"unsupported file type: {path.suffix or '(none)'}")
                continue
            yield from read_file(path, report)
        elif path.exists():
            report.skip(str(path), "not a regular file")
        else:
            report.skip(str(path), "not found")
