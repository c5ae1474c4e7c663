"""`python -m warehouse.migrations [--url URL] {upgrade,current,revision -m MESSAGE}`.

Upgrade or inspect a warehouse by hand, or autogenerate the next migration from warehouse/schema.py
(see warehouse.migrate for what to check in a generated migration).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import command

from warehouse.engine import default_url
from warehouse.migrate import alembic_config


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warehouse.migrations", description=__doc__)
    parser.add_argument("--url", default=None, help="warehouse URL (default: $NABD_WAREHOUSE_URL)")
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("upgrade", help="bring the warehouse to the latest schema")
    sub.add_parser("current", help="print the warehouse's schema revision")
    revision = sub.add_parser("revision", help="autogenerate the next migration from warehouse/schema.py")
    revision.add_argument("-m", "--message", required=True)
    args = parser.parse_args(argv)

    engine = sa.create_engine(args.url or default_url())
    with engine.begin() as connection:
        config = alembic_config(connection)
        if args.action == "upgrade":
            command.upgrade(config, "head")
        elif args.action == "current":
            command.current(config)
        else:
            command.revision(config, message=args.message, autogenerate=True)
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
