"""`nabd bench`: generate a realistic corpus and measure extraction, loading and memory at scale."""

from __future__ import annotations

import argparse

from bench.run import add_arguments
from bench.run import run as run_bench


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "bench",
        help="measure speed and memory on a generated corpus of press releases",
        description="Writes N synthetic releases (reused when present), then measures one-core extraction, "
        "dateparser beside it, and the full pipeline into DuckDB; prints a table and writes JSON.",
    )
    return add_arguments(parser)


def run(args: argparse.Namespace) -> int:
    return run_bench(args)
