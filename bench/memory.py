"""Peak memory and CPU time of a process tree; memory is measured two ways because each alone misleads.

`getrusage` gives the high-water mark of the process itself and of its largest waited-for child, not
of the children together, so with two extraction workers "self + children" undercounts (and misses
workers forked by a fork server, which are not our children at all). A sampler that sums the whole
tree from /proc every quarter second sees every process, but can miss a short spike between samples.
It sums RSS, which counts a page shared by several processes once per process (an upper bound), and
PSS, which splits shared pages between their users (the memory the tree really takes).
"""

from __future__ import annotations

import os
import resource
import threading
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
MB = 2**20


def rusage_peaks_mb() -> dict[str, float]:
    """High-water RSS of this process and of its largest terminated child (Linux reports KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "self_mb": round(own, 1),
        "largest_child_mb": round(child, 1),
        "self_plus_children_mb": round(own + child, 1),
    }


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and its waited-for children so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _parents() -> dict[int, int]:
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                # The command name (field 2) may hold spaces; the parent pid follows its closing paren.
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    return parents


def _tree(root: int) -> set[int]:
    parents = _parents()
    tree = {root}
    grew = True
    while grew:
        grown = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= grown
        grew = bool(grown)
    return tree


def _rss(pid: int) -> int:
    return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE


def _pss(pid: int) -> int:
    """Proportional set size: shared pages (libraries, the forked server's imports) split between the
    processes sharing them, so a sum over the tree counts each page once."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


def tree_memory_mb(root: int) -> tuple[float, float]:
    """(RSS, PSS) of `root` and all its descendants now, in MiB; 0 where /proc is unavailable."""
    rss = pss = 0
    for pid in _tree(root):
        try:
            rss += _rss(pid)
            pss += _pss(pid)
        except (OSError, ValueError, IndexError):
            continue
    return rss / MB, pss / MB


class TreeSampler:
    """Samples `tree_memory_mb(pid)` on a thread until stopped, keeping the largest sums seen."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_rss_mb = 0.0
        self.peak_pss_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        if Path("/proc").is_dir():
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            rss, pss = tree_memory_mb(self.pid)
            self.peak_rss_mb = max(self.peak_rss_mb, rss)
            self.peak_pss_mb = max(self.peak_pss_mb, pss)
