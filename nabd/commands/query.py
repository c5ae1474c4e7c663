"""`nabd query "SQL"`: ask the warehouse anything, get a readable table (or CSV for other tools).

Without SQL it lists the tables and views there are to ask about.
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd
import sqlalchemy as sa
from rich.console import Console
from rich.table import Table

from warehouse import connect, read_sql

LIST_RELATIONS = """
SELECT table_name AS name, CASE WHEN table_type = 'VIEW' THEN 'view' ELSE 'table' END AS kind
FROM information_schema.tables
WHERE table_schema = current_schema() AND table_name <> 'alembic_version'
ORDER BY kind DESC, name
"""


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "query",
        help="run SQL against the warehouse",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "sql", nargs="?", help='the query, e.g. "SELECT * FROM facility_leaderboard"; - reads stdin'
    )
    parser.add_argument("--url", help="warehouse URL (default: $NABD_WAREHOUSE_URL or ./nabd.duckdb)")
    parser.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    parser.add_argument(
        "--width", type=int, default=48, help="longest cell shown in the table before it is cut (default 48)"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    sql = sys.stdin.read() if args.sql == "-" else args.sql or LIST_RELATIONS
    engine = connect(args.url)
    try:
        frame = read_sql(engine, sql)
    except sa.exc.DBAPIError as error:
        print(f"nabd query: {error.orig}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    if args.csv:
        frame.to_csv(sys.stdout, index=False)
    else:
        print_table(frame, args.width)
    return 0


def print_table(frame: pd.DataFrame, width: int) -> None:
    table = Table(show_edge=False, header_style="bold")
    for column in frame.columns:
        numeric = pd.api.types.is_numeric_dtype(frame[column])
        table.add_column(str(column), justify="right" if numeric else "left", max_width=width, no_wrap=True)
    for row in frame.itertuples(index=False, name=None):
        table.add_row(*(_text(value) for value in row))
    # A terminal gets cells cut to fit it; a pipe or file gets every column at full width.
    needed = 4 + sum(min(width, _widest(frame[c])) + 3 for c in frame)
    console = Console(width=None if sys.stdout.isatty() else needed, soft_wrap=False)
    console.print(table)
    console.print(f"({len(frame)} row{'s' if len(frame) != 1 else ''})", style="dim")


def _text(value: object) -> str:
    """One line per row: missing values blank, line breaks inside a cell (contexts have them) as spaces."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return " ".join(str(value).split())


def _widest(values: pd.Series) -> int:
    return max([len(str(values.name)), *(len(_text(v)) for v in values)])
