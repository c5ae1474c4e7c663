"""The schema comes from the Alembic migrations, upgrades in place, and matches warehouse/schema.py."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

import warehouse
from extractors.facility_place import facility_place
from nabd.records import fact_context
from warehouse.migrate import alembic_config, upgrade
from warehouse.schema import FACT_TABLES, VIEWS, metadata
from warehouse.testing import BackendUnavailable, gold_batch, scratch_postgres

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(params=["duckdb", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a brand-new database: these tests need one each, since they watch it being built."""
    if request.param == "duckdb":
        yield f"duckdb:///{tmp_path / 'fresh.duckdb'}"
        return
    with ExitStack() as stack:
        try:
            url = stack.enter_context(scratch_postgres())
        except BackendUnavailable as error:
            pytest.skip(str(error))
        yield url


def _relations(engine: sa.Engine) -> dict[str, str]:
    rows = warehouse.read_sql(
        engine,
        "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = current_schema()",
    )
    return dict(rows.itertuples(index=False))


def _revision(engine: sa.Engine) -> str:
    return warehouse.read_sql(engine, "SELECT version_num FROM alembic_version")["version_num"].item()


def test_connect_builds_every_table_and_view_from_empty(empty_url):
    engine = warehouse.connect(empty_url)
    relations = _relations(engine)
    engine.dispose()

    assert {t.name for t in metadata.sorted_tables} | {"alembic_version"} == {
        name for name, kind in relations.items() if kind == "BASE TABLE"
    }
    assert set(VIEWS) == {name for name, kind in relations.items() if kind == "VIEW"}


def test_connect_on_an_existing_warehouse_changes_nothing(empty_url):
    documents, facts = gold_batch(FIXTURES)
    engine = warehouse.connect(empty_url)
    warehouse.load_batch(engine, documents, facts, run_id="r1", extractor_version="1")
    before = warehouse.read_sql(engine, "SELECT * FROM facts ORDER BY fact_id")
    revision = _revision(engine)
    engine.dispose()

    statements: list[str] = []
    again = sa.create_engine(empty_url)
    sa.event.listen(again, "before_cursor_execute", lambda *args: statements.append(args[2]))
    upgrade(again)
    after = warehouse.read_sql(again, "SELECT * FROM facts ORDER BY fact_id")
    assert _revision(again) == revision
    again.dispose()

    assert any("alembic_version" in s for s in statements)
    assert not [s for s in statements if s.lstrip().upper().startswith(("CREATE", "ALTER", "DROP", "INSERT"))]
    assert after.equals(before)


def test_downgrade_to_nothing_and_back(empty_url):
    engine = warehouse.connect(empty_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert set(_relations(engine)) == {"alembic_version"}
    upgrade(engine)
    assert set(VIEWS) <= set(_relations(engine))
    engine.dispose()


def test_contexts_stored_by_0001_read_the_same_after_the_upgrade_and_back(empty_url):
    """0002 drops the stored contexts for ones the `facts` view cuts from the text; a warehouse loaded
    at 0001, which stored each fact's `fact_context`, must show every fact row unchanged, and a
    downgrade must store them back."""
    documents, facts = gold_batch(FIXTURES)
    engine = sa.create_engine(empty_url)
    upgrade(engine, "0001")
    warehouse.load_batch(engine, documents, facts, run_id="r1", extractor_version="1")
    texts = dict(zip(documents["doc"], documents["text"], strict=True))
    spans = warehouse.read_sql(engine, "SELECT fact_id, document, span_start, span_end FROM facts")
    contexts = [
        {"fact_id": row.fact_id, "context": fact_context(texts[row.document], row.span_start, row.span_end)}
        for row in spans.itertuples()
    ]
    with engine.begin() as conn:
        for table in FACT_TABLES.values():
            conn.execute(
                sa.text(f"UPDATE {table.name} SET context = :context WHERE fact_id = :fact_id"), contexts
            )
    at_0001 = warehouse.read_sql(engine, "SELECT * FROM facts ORDER BY fact_id")

    upgrade(engine)
    at_head = warehouse.read_sql(engine, "SELECT * FROM facts ORDER BY fact_id")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    downgraded = warehouse.read_sql(engine, "SELECT * FROM facts ORDER BY fact_id")
    engine.dispose()

    assert at_0001["context"].notna().all() and len(at_0001) == len(facts)
    assert at_head.equals(at_0001)
    assert downgraded.equals(at_0001)


def test_facilities_loaded_before_0003_are_placed_by_the_upgrade_and_emptied_by_the_downgrade(empty_url):
    """Before 0003 no load filled `city` and `region`; the upgrade fills them from each facility's
    stored name and country as a load now does, without adding or dropping a facility or a mention,
    and `facility_leaderboard` (which has shown both columns since 0001) ranks by them at once."""
    documents, facts = gold_batch(FIXTURES)
    engine = sa.create_engine(empty_url)
    upgrade(engine, "0002")
    warehouse.load_batch(engine, documents, facts, run_id="r1", extractor_version="1")
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE dim_facility SET city = NULL, region = NULL"))
    query = "SELECT facility_id, name, country, city, region FROM dim_facility ORDER BY facility_id"
    before = warehouse.read_sql(engine, query)
    mentions = warehouse.read_sql(engine, "SELECT * FROM fact_facility_mention ORDER BY fact_id")
    mecca_before = warehouse.facility_leaderboard(engine=engine, region="مكة المكرمة")

    upgrade(engine)
    upgraded = warehouse.read_sql(engine, query)
    mecca = warehouse.facility_leaderboard(engine=engine, region="مكة المكرمة", limit=None)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
    downgraded = warehouse.read_sql(engine, query)
    upgrade(engine)
    again = warehouse.read_sql(engine, query)
    after = warehouse.read_sql(engine, "SELECT * FROM fact_facility_mention ORDER BY fact_id")
    engine.dispose()

    places = [facility_place(row.name, row.country) for row in before.itertuples()]
    assert upgraded["facility_id"].tolist() == before["facility_id"].tolist()
    placed = upgraded.astype(object).where(upgraded.notna(), None)
    assert placed["city"].tolist() == [p.city for p in places]
    assert placed["region"].tolist() == [p.region for p in places]
    assert "مكة المكرمة" in placed["city"].tolist()
    # The leaderboard view reads the places from dim_facility, so it shows them with no view change.
    assert mecca_before.empty
    in_mecca = placed[placed["region"] == "مكة المكرمة"]
    assert sorted(mecca["facility_id"]) == sorted(in_mecca["facility_id"]) and len(mecca) >= 2
    assert downgraded.equals(before)
    assert again.equals(upgraded)
    assert after.equals(mentions)


def _text_table(engine: sa.Engine) -> str:
    return warehouse.read_sql(engine, "SELECT sql FROM duckdb_tables() WHERE table_name = 'document_text'")[
        "sql"
    ].item()


def test_document_texts_loaded_before_0004_are_kept_with_zstd_and_back(tmp_path: Path):
    """0004 rebuilds DuckDB's `document_text` with zstd; every text, and every fact's context cut from
    it, must read the same after the upgrade and after the downgrade."""
    documents, facts = gold_batch(FIXTURES)
    engine = sa.create_engine(f"duckdb:///{tmp_path / 'w.duckdb'}")
    upgrade(engine, "0003")
    warehouse.load_batch(engine, documents, facts, run_id="r1", extractor_version="1")
    query = "SELECT fact_id, document, surface, context FROM facts ORDER BY fact_id"
    texts_query = "SELECT document_id, text FROM document_text ORDER BY document_id"
    before, texts_before = warehouse.read_sql(engine, query), warehouse.read_sql(engine, texts_query)

    upgrade(engine)
    compressed = _text_table(engine)
    after, texts_after = warehouse.read_sql(engine, query), warehouse.read_sql(engine, texts_query)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003")
    plain = _text_table(engine)
    downgraded = warehouse.read_sql(engine, query)
    engine.dispose()

    assert "USING COMPRESSION ZSTD" in compressed and "COMPRESSION" not in plain
    assert "FOREIGN KEY" in compressed and "PRIMARY KEY" in compressed
    assert sorted(texts_before["text"]) == sorted(documents["text"])
    assert texts_after.equals(texts_before)
    assert after.equals(before) and downgraded.equals(before)
    assert before["context"].notna().all() and len(before) == len(facts)


@pytest.mark.postgres
def test_schema_module_matches_the_migrations():
    """Autogenerate finds nothing to do at head. PostgreSQL only: duckdb-engine cannot reflect under
    SQLAlchemy 2.1 (it queries pg_catalog tables DuckDB does not have)."""
    with ExitStack() as stack:
        try:
            url = stack.enter_context(scratch_postgres())
        except BackendUnavailable as error:
            pytest.skip(str(error))
        engine = warehouse.connect(url)
        with engine.connect() as conn:
            differences = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), metadata
            )
        engine.dispose()
    assert differences == []
