"""Atomic output files: a reader sees the old file or the new one, never a part.

Each output is written to a temporary file in the same folder, flushed and fsynced,
then moved over the target with ``os.replace`` (atomic on POSIX and Windows within one
file system), and the folder is fsynced so that the rename itself survives a crash.
A failure or an interrupt (disk full, ``kill -9``) before the move leaves the target as
it was; only a hidden ``.NAME.*.tmp`` file may remain, and a failure removes it.

`Outputs` groups several files of one run (a build's graph, articles and page): all
are written first, and only when every one is complete are they moved into place, one
rename each, so that a failed run replaces none of them.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # a folder that cannot be opened (Windows): the rename stands
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temp_beside(path: Path) -> tuple[int, Path]:
    """A new temporary file in `path`'s folder; an error names `path` itself."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise type(exc)(exc.errno, exc.strerror, str(path)) from None
    return fd, Path(name)


@contextmanager
def _staged(path: Path, binary: bool) -> Iterator[tuple[IO, Path]]:
    """A temporary file beside `path`, complete and fsynced on exit; removed if the
    body fails."""
    fd, tmp = _temp_beside(path)
    try:
        mode = "wb" if binary else "w"
        kwargs = {} if binary else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh, tmp
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_open(path: str | Path, binary: bool = False) -> Iterator[IO]:
    """A file to write `path` through: it replaces `path` only when the block ends
    without an error."""
    path = Path(path)
    with _staged(path, binary) as (fh, tmp):
        yield fh
    os.replace(tmp, path)
    _fsync_folder(path.parent)


def write_text(path: str | Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` atomically."""
    with atomic_open(path) as fh:
        fh.write(text)


class Outputs:
    """Files written as one set: `open` each, then `commit` moves them all into place.
    Used as a context manager, it commits when the block succeeds and otherwise
    removes what it staged, leaving every earlier output as it was."""

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []  # (temporary file, target)

    @contextmanager
    def open(self, path: str | Path, binary: bool = False) -> Iterator[IO]:
        path = Path(path)
        with _staged(path, binary) as (fh, tmp):
            self._staged.append((tmp, path))
            yield fh

    def write_text(self, path: str | Path, text: str) -> None:
        with self.open(path) as fh:
            fh.write(text)

    def stage(self, path: str | Path) -> Path:
        """A temporary file beside `path` for another writer to fill (a database): it
        replaces `path` on commit, and is removed on discard. The writer flushes it."""
        path = Path(path)
        fd, tmp = _temp_beside(path)
        os.close(fd)
        os.chmod(tmp, 0o666 & ~_umask())
        self._staged.append((tmp, path))
        return tmp

    def commit(self) -> list[Path]:
        folders = []
        for tmp, path in self._staged:
            os.replace(tmp, path)
            if path.parent not in folders:
                folders.append(path.parent)
        for folder in folders:
            _fsync_folder(folder)
        done = [path for _, path in self._staged]
        self._staged = []
        return done

    def discard(self) -> None:
        for tmp, _ in self._staged:
            tmp.unlink(missing_ok=True)
        self._staged = []

    def __enter__(self) -> "Outputs":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()
