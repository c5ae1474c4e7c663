"""`nabd review`: researchers judge extracted facts and record missed ones; `summary` turns that into precision."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import warehouse
from nabd import review
from warehouse.schema import FACT_TYPES


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser("review", help="judge extracted facts, record missed ones, estimate precision")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--warehouse", help="SQLAlchemy URL (default $NABD_WAREHOUSE_URL or ./nabd.duckdb)")
    common.add_argument("--reviewer", help="who is judging (default $NABD_REVIEWER or the login name)")
    actions = parser.add_subparsers(dest="action", required=True)

    export = actions.add_parser(
        "export", parents=[common], help="write documents' facts to a CSV file with a verdict column"
    )
    export.add_argument("docs", nargs="+", metavar="DOC", help="document ids as stored in the warehouse")
    export.add_argument("-o", "--output", type=Path, required=True, help="CSV file to write")

    imported = actions.add_parser(
        "import",
        parents=[common],
        help="store the verdicts (correct, wrong, missed) filled in a review CSV",
        description="Rows with an empty verdict are skipped. A missed fact may give only its words in "
        "`surface` (and the reading in `value`) when they occur once in the document.",
    )
    imported.add_argument("file", type=Path, help="review CSV written by `nabd review export`")

    for name, help_text in (
        ("mark", "judge one extracted fact"),
        ("add", "record a fact the extractor missed"),
    ):
        action = actions.add_parser(name, parents=[common], help=help_text)
        action.add_argument("doc", metavar="DOC")
        action.add_argument("fact_type", metavar="TYPE", choices=FACT_TYPES, help=", ".join(FACT_TYPES))
        action.add_argument("start", metavar="START", type=int, help="span start in the original text")
        action.add_argument("end", metavar="END", type=int, help="span end in the original text")
        if name == "mark":
            action.add_argument("verdict", choices=("correct", "wrong"))
        else:
            action.add_argument(
                "--value", help="the reading the extractor should have made, e.g. 80 or 2021-04"
            )
        action.add_argument("--note", help="why, in a few words")

    actions.add_parser(
        "summary", parents=[common], help="precision per fact type (Wilson 95%% interval) and recall hints"
    )
    return parser


def _percent(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.0%}"


def _print_summary(engine) -> None:
    frame = review.precision_by_type(engine)
    print(
        f"{'type':10}{'extracted':>10}{'judged':>8}{'precision':>11}  {'95% interval':14}{'missed':>7}{'recall':>8}"
    )
    for row in frame.itertuples(index=False):
        interval = f"{_percent(row.precision_low)}-{_percent(row.precision_high)}" if row.judged else "-"
        print(
            f"{row.fact_type:10}{row.extracted:>10}{row.judged:>8}{_percent(row.precision):>11}  {interval:14}"
            f"{row.missed:>7}{_percent(row.recall_hint):>8}"
        )
    stale = int(frame["stale"].sum())
    if stale:
        print(f"{stale} verdicts are on facts the current extraction no longer produces (counted as stale).")
    print(
        "recall is a hint: the share of known true facts (judged correct or added as missed) extracted now."
    )


def run(args: argparse.Namespace) -> int:
    engine = warehouse.connect(args.warehouse)
    try:
        if args.action == "export":
            rows = review.export_csv(engine, args.docs, args.output)
            print(f"{rows} rows written to {args.output}")
        elif args.action == "import":
            stored = review.import_csv(engine, args.file, reviewer=args.reviewer)
            print(f"{stored} verdicts stored")
        elif args.action == "mark":
            review.mark(
                engine, args.doc, args.fact_type, args.start, args.end, args.verdict,
                note=args.note, reviewer=args.reviewer,
            )  # fmt: skip
        elif args.action == "add":
            review.add(
                engine, args.doc, args.fact_type, args.start, args.end,
                value=args.value, note=args.note, reviewer=args.reviewer,
            )  # fmt: skip
        else:
            _print_summary(engine)
    except review.ReviewError as exc:
        print(f"nabd review: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0
