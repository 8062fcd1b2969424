"""Peak memory of a command's whole process tree: the sum of RSS over the command and
every process below it (the issue's measure), and the sum of PSS, sampled from /proc
every 0.2 s; plus the wall time.

RSS counts a page shared by several processes (a forked worker's copy of the parent's
gazetteer) once per process; PSS shares it out among them, so the PSS sum is what the
tree really costs the machine.

Run: python bench/memtree.py [--interval 0.2] [--json] -- COMMAND ARGS...
Also importable: `measure(argv)` returns a `TreeMemory`.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass
class TreeMemory:
    seconds: float = 0.0
    exit_code: int = 0
    peak_rss_mb: float = 0.0       # peak of the sum over the tree
    peak_pss_mb: float = 0.0
    peak_processes: int = 0
    per_process_peak_rss_mb: dict = field(default_factory=dict)  # pid -> its own peak


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                ppid = int(fh.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        kids.setdefault(ppid, []).append(int(name))
    return kids


def tree(root: int) -> list[int]:
    """`root` and every process below it."""
    kids, out, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(kids.get(pid, ()))
    return out


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def measure(argv: list[str], interval: float = 0.2, **popen) -> TreeMemory:
    """Run `argv` to its end, sampling its process tree every `interval` seconds."""
    result = TreeMemory()
    started = time.perf_counter()
    proc = subprocess.Popen(argv, **popen)
    peaks: dict[int, int] = {}
    while True:
        pids = tree(proc.pid)
        rss = {pid: rss_kb(pid) for pid in pids}
        for pid, kb in rss.items():
            peaks[pid] = max(peaks.get(pid, 0), kb)
        result.peak_rss_mb = max(result.peak_rss_mb, sum(rss.values()) / 1024)
        result.peak_pss_mb = max(result.peak_pss_mb, sum(map(pss_kb, pids)) / 1024)
        result.peak_processes = max(result.peak_processes, sum(1 for kb in rss.values() if kb))
        if proc.poll() is not None:
            break
        time.sleep(interval)
    result.exit_code = proc.returncode
    result.seconds = time.perf_counter() - started
    result.per_process_peak_rss_mb = {pid: round(kb / 1024, 1) for pid, kb in peaks.items() if kb}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interval", type=float, default=0.2)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to measure after --")
    result = measure(command, args.interval)
    if args.json:
        print(json.dumps(asdict(result)))
    else:
        print(f"exit {result.exit_code}, {result.seconds:.1f} s; peak of the tree: "
              f"RSS sum {result.peak_rss_mb:,.0f} MB, PSS sum {result.peak_pss_mb:,.0f} MB, "
              f"{result.peak_processes} processes; each process's own peak RSS (MB): "
              + ", ".join(f"{v:,.0f}" for v in sorted(result.per_process_peak_rss_mb.values(),
                                                      reverse=True)), file=sys.stderr)
    sys.exit(result.exit_code)


if __name__ == "__main__":
    main()
