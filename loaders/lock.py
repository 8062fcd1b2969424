"""One load at a time per server from this machine.

Two loads writing into FalkorDB at once fail or upset it (measured on FalkorDB 4.16:
both create the same indexes, and connections one load closes leave slots that the
other's new connections hang on; docs/neo4j.md). `kg load` therefore holds, for the
whole load, an exclusive lock on one byte of a lock file in the temporary folder (one
file per user), the byte chosen by the server's host and port: a second load to the
same server from this machine waits for the first, loads to other servers do not.
Loads from other machines are not covered; the lock is advisory and released when the
process ends, however it ends.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

try:
    import fcntl
except ImportError:  # Windows: no POSIX record locks; loads are not serialised
    fcntl = None


def lock_file() -> Path:
    return Path(tempfile.gettempdir()) / f"kg-load-{os.getuid()}.lock"


def lock_offset(uri: str) -> int:
    """The byte of the lock file that stands for the server at `uri` (host and port;
    the scheme and user part do not matter)."""
    parts = urlsplit(uri)
    address = f"{(parts.hostname or '').lower()}:{parts.port or 7687}"
    return int.from_bytes(hashlib.sha1(address.encode()).digest()[:4], "big") % (1 << 30)


@contextmanager
def load_lock(uri: str, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the server's load lock; `on_wait` is called once if another load holds it."""
    if fcntl is None:
        yield
        return
    offset = lock_offset(uri)
    fd = os.open(lock_file(), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, offset)
        except OSError:  # held by another process (EAGAIN or EACCES)
            if on_wait:
                on_wait()
            fcntl.lockf(fd, fcntl.LOCK_EX, 1, offset)
        yield
    finally:
        os.close(fd)  # releases the lock
