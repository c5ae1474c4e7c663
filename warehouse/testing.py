"""Scratch warehouses for tests, on both backends, plus a real batch to load into them.

A test module takes the fixtures with one line (pytest finds them as module attributes):

    postgres_url, warehouse_engine = warehouse_fixtures()

`warehouse_engine` is parametrised over DuckDB (a file in tmp_path) and PostgreSQL (one scratch database
per test module, emptied after each test and dropped at the end). PostgreSQL tests skip, saying why,
when the server at $NABD_TEST_POSTGRES_URL (default: the local trust-auth server) cannot be reached.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import sqlalchemy as sa

from extractors import read_article
from extractors.facts import Fact
from nabd.records import documents_frame, facts_table
from warehouse.engine import connect
from warehouse.schema import metadata

POSTGRES_URL_VARIABLE = "NABD_TEST_POSTGRES_URL"
DEFAULT_POSTGRES_URL = "postgresql+psycopg://root@127.0.0.1:5432/test"
GOLD_TYPES = {"counts": "count", "dates": "date", "budgets": "budget", "facilities": "facility"}


class BackendUnavailable(RuntimeError):
    pass


@contextmanager
def scratch_postgres(url: str | None = None) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped on exit; BackendUnavailable if no server."""
    server = sa.make_url(url or os.environ.get(POSTGRES_URL_VARIABLE) or DEFAULT_POSTGRES_URL)
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    name = f"nabd_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as error:
        admin.dispose()
        where = server.render_as_string(hide_password=True)
        raise BackendUnavailable(f"PostgreSQL not reachable at {where}: {error.orig}") from error
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def empty_tables(engine: sa.Engine) -> None:
    """Delete every row, children before parents, keeping the schema (and its version) in place.

    One transaction per table: DuckDB refuses to delete a parent row in the transaction that deleted
    the rows referring to it.
    """
    for table in reversed(metadata.sorted_tables):
        with engine.begin() as conn:
            conn.execute(table.delete())


def warehouse_fixtures() -> tuple[Any, Any]:
    """The (postgres_url, warehouse_engine) fixtures described in the module docstring."""

    @pytest.fixture(scope="module", name="postgres_url")
    def postgres_url() -> Iterator[str]:
        with ExitStack() as stack:
            try:
                url = stack.enter_context(scratch_postgres())
            except BackendUnavailable as error:
                pytest.skip(str(error))
            yield url

    @pytest.fixture(
        name="warehouse_engine",
        params=["duckdb", pytest.param("postgresql", marks=pytest.mark.postgres)],
    )
    def warehouse_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
        if request.param == "duckdb":
            url = f"duckdb:///{tmp_path / 'warehouse.duckdb'}"
        else:
            url = request.getfixturevalue("postgres_url")
        engine = connect(url)
        yield engine
        if request.param == "postgresql":
            empty_tables(engine)
        engine.dispose()

    return postgres_url, warehouse_engine


def gold_batch(fixtures: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The fixture articles with their gold facts as warehouse frames: real text, real spans.

    Gold facts name their evidence (`text`, or the facility `name`); each is placed at the first
    occurrence of that evidence in the article, and facts whose evidence is not verbatim are left out.
    """
    documents, facts = [], []
    for line in (fixtures / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = (fixtures / "articles" / gold["doc"]).read_text(encoding="utf-8")
        documents.append(
            {
                "doc": gold["doc"],
                "source_path": f"articles/{gold['doc']}",
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
                "title": text.strip().splitlines()[0].strip(),
                "text": text,
                "country": read_article(text).country,
                "published": None,
                "source": "fixtures",
                "url": None,
                "encoding": "utf-8",
                "n_chars": len(text),
            }
        )
        for key, fact_type in GOLD_TYPES.items():
            for item in gold[key]:
                evidence = item.get("text") or item["name"]
                start = text.find(evidence)
                if start < 0:
                    continue
                attrs = {k: v for k, v in item.items() if k not in ("text", "note")}
                fact = Fact(fact_type, start, start + len(evidence), evidence, f"gold_{key}", attrs)
                facts.append((gold["doc"], fact))
    return documents_frame(documents), facts_table(facts)
