"""`nabd run --input DIR`: materialise the whole Dagster graph in-process and say what landed where."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

import dagster as dg

import warehouse
from nabd.progress import progress_bar
from pipelines import definitions
from pipelines.jobs import MAIN_GRAPH
from pipelines.resources import (
    DEFAULT_GOLD,
    DEFAULT_INPUT,
    GoldFile,
    Inbox,
    InputFolder,
    ReportFolder,
    Warehouse,
)


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser("run", help="ingest, extract and load a folder of press releases")
    parser.add_argument(
        "--input", type=Path, default=Path(DEFAULT_INPUT), help=f"input folder (default {DEFAULT_INPUT})"
    )
    parser.add_argument("--warehouse", help="SQLAlchemy URL (default $NABD_WAREHOUSE_URL or ./nabd.duckdb)")
    parser.add_argument("--gold", default=DEFAULT_GOLD, help=f"gold file or glob (default {DEFAULT_GOLD})")
    parser.add_argument("--reports", type=Path, default=Path("reports"), help="folder for the HTML report")
    return parser


def run(args: argparse.Namespace) -> int:
    if not args.input.is_dir():
        print(f"nabd: {args.input}: no such folder", file=sys.stderr)
        return 2
    url = args.warehouse or warehouse.default_url()
    _log_progress_to_stderr()
    resources = {
        "input_folder": InputFolder(path=str(args.input)),
        "warehouse_db": Warehouse(url=url),
        "gold_file": GoldFile(path=args.gold),
        "report_folder": ReportFolder(path=str(args.reports)),
        "inbox": Inbox(),
    }
    defs = definitions.defs
    selection = MAIN_GRAPH
    if not GoldFile(path=args.gold).files():
        print(f"nabd: no gold file matches {args.gold}; skipping the gold evaluation", file=sys.stderr)
        selection = MAIN_GRAPH - dg.AssetSelection.assets("gold_evaluation")
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    with progress_bar(sys.stdout.isatty()):
        result = dg.materialize(
            [*defs.assets, *defs.asset_checks],
            selection=selection,
            resources=resources,
            instance=instance,
            raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
        )
    if not result.success:
        for event in result.all_events:
            if event.is_failure:
                print(f"nabd: {event.message}", file=sys.stderr)
        return 1
    return _summary(result, url)


def _summary(result: dg.ExecuteInProcessResult, url: str) -> int:
    articles = result.output_for_node("raw_articles", "raw_articles")
    quarantine = result.output_for_node("raw_articles", "quarantined_files")
    facts = result.output_for_node("extracted_facts")
    by_type = facts["fact_type"].value_counts()
    print(f"documents: {len(articles)} read, {len(quarantine)} quarantined")
    for fact_type in ("count", "date", "budget", "facility"):
        print(f"{fact_type + ' facts:':16}{int(by_type.get(fact_type, 0))}")
    for row in quarantine.itertuples(index=False):
        print(f"quarantined: {row.source_path}: {row.reason}")
    for check in result.get_asset_check_evaluations():
        status = "passed" if check.passed else "FAILED"
        print(f"check {check.check_name}: {status}")
    print(f"warehouse: {url}")
    return 0 if len(articles) else 1


def _log_progress_to_stderr() -> None:
    """Progress lines when piped; only Nabd's own logger, so library chatter stays out of the way."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    logger = logging.getLogger("nabd")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
