"""One load at a time per server from this machine.

Two loads writing into FalkorDB at once fail or upset it (measured on FalkorDB 4.16:
both create the same indexes, and connections one load closes leave slots that the
other's new connections hang on; docs/neo4j.md). `kg load` therefore takes an
exclusive lock named after the server's address, in the temporary folder, for the whole
load: a second load from this machine waits for the first. Loads from other machines
are not covered; the lock is advisory and released when the process ends, however it
ends.
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
except ImportError:  # Windows: no advisory locks of this kind; loads are not serialised
    fcntl = None


def lock_path(uri: str) -> Path:
    """The lock file of the server at `uri` (host and port; the scheme and user part do
    not matter)."""
    parts = urlsplit(uri)
    address = f"{(parts.hostname or '').lower()}:{parts.port or 7687}"
    digest = hashlib.sha1(address.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"kg-load-{digest}.lock"


@contextmanager
def load_lock(uri: str, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the server's load lock; `on_wait` is called once if another load holds it."""
    if fcntl is None:
        yield
        return
    path = lock_path(uri)
    fd = os.open(path, os.O_RDONLY | os.O_CREAT, 0o644)  # flock needs no write access
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait:
                on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock

