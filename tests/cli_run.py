"""Running `kg` as a user does, in a process of its own, and checking its errors.

`kg` runs as ``python -m kg.cli`` with this interpreter, so that it is the code under
test. `unprivileged` gives the prefix that makes file permissions apply to a process:
none for an ordinary user; for root, ``setpriv`` dropping the capabilities that let
root ignore them (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest


def run_kg(*args: str, env: dict | None = None, prefix: tuple[str, ...] = (),
           timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    command = [*prefix, sys.executable, "-m", "kg.cli", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, **kwargs)


def unprivileged() -> tuple[str, ...]:
    """The prefix under which a chmod-ed folder is unwritable, or a skip."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv (util-linux): cannot make a folder "
                    "unwritable")
    return (setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search")


def one_error(stderr: str, command: str) -> str:
    """The one error line of `kg command` (no traceback); other lines may name skipped
    inputs."""
    assert "Traceback" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if re.match(rf"kg {command}: error: ", line)]
    assert len(errors) == 1, stderr
    return errors[0]
