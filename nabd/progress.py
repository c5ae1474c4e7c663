"""Progress for long loops: a bar on a terminal, plain log lines when piped or inside Dagster.

The CLI turns the bar on (it knows whether stdout is a terminal); library code just wraps its loops in
`track`, so the same asset code shows a bar under `nabd run` and log lines in the Dagster UI.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

T = TypeVar("T")
LOG = logging.getLogger("nabd")
_bar: Progress | None = None


@contextmanager
def progress_bar(enabled: bool) -> Iterator[None]:
    """Show a bar for every `track` loop inside the block when `enabled` (i.e. stdout is a terminal)."""
    global _bar
    if not enabled:
        yield
        return
    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()
    ) as bar:
        _bar = bar
        try:
            yield
        finally:
            _bar = None


def track(items: Iterable[T], total: int, label: str, every: int = 0) -> Iterator[T]:
    """Yield `items`, reporting progress on the bar if one is shown, else a log line every ~10%."""
    if _bar is not None:
        task = _bar.add_task(label, total=total)
        for item in items:
            yield item
            _bar.advance(task)
        return
    step = every or max(1, total // 10)
    for done, item in enumerate(items, start=1):
        yield item
        if done % step == 0 or done == total:
            LOG.info("%s: %d/%d", label, done, total)
