"""The first warehouse: documents, the four fact tables, their dimensions, run records and views.

Revision ID: 0001
Revises:

View bodies are written out here rather than imported, so that this revision keeps creating exactly what
it created the day it shipped; a later change to a view is a later revision that replaces it. They use
only SQL both DuckDB and PostgreSQL read the same way (FILTER, date_trunc, EXTRACT, CAST to FLOAT8).
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SEQUENCES = ("document_id_seq", "facility_id_seq", "fact_id_seq", "quarantine_id_seq")


def _surrogate(name: str, sequence: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger, server_default=sa.text(f"nextval('{sequence}')"), nullable=False)


def _evidence_columns() -> list[sa.Column]:
    return [
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("surface", sa.Text, nullable=False, comment="text[span_start:span_end]"),
        sa.Column("context", sa.Text),
        sa.Column("rule", sa.Text, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("ambiguous", sa.Boolean, nullable=False),
        sa.Column("confidence", sa.Double, nullable=False),
        sa.Column("extractor_version", sa.Text, nullable=False),
        sa.Column("run_id", sa.Text, nullable=False),
        sa.Column("loaded_at", sa.DateTime, nullable=False),
        sa.Column(
            "first_seen_at",
            sa.DateTime,
            nullable=False,
            comment="when this reading of this span was first loaded; survives re-runs",
        ),
    ]


def _create_fact_table(name: str, comment: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        _surrogate("fact_id", "fact_id_seq"),
        sa.Column("document_id", sa.BigInteger, nullable=False),
        *columns,
        *_evidence_columns(),
        sa.PrimaryKeyConstraint("fact_id", name=f"pk_{name}"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["dim_document.document_id"], name=f"fk_{name}_document_id_dim_document"
        ),
        sa.CheckConstraint("span_start >= 0 AND span_end > span_start", name=f"ck_{name}_span"),
        comment=comment,
    )
    op.create_index(f"ix_{name}_document_id", name, ["document_id"])


def _fact_select(table: str, fact_type: str, values: dict[str, str]) -> str:
    """One arm of the `facts` union: every arm lists every value column, typed NULL where absent."""
    typed_nulls = {
        "count_value": "FLOAT8",
        "unit": "TEXT",
        "qualifier": "TEXT",
        "date_value": "TEXT",
        "date_role": "TEXT",
        "hijri": "TEXT",
        "amount": "FLOAT8",
        "currency": "TEXT",
        "facility_id": "BIGINT",
        "facility_name": "TEXT",
        "facility_kind": "TEXT",
    }
    value_sql = ",\n           ".join(
        f"{values[column]} AS {column}" if column in values else f"CAST(NULL AS {sql_type}) AS {column}"
        for column, sql_type in typed_nulls.items()
    )
    return f"""
    SELECT f.fact_id, f.document_id, d.doc AS document, '{fact_type}' AS fact_type,
           f.surface, f.span_start, f.span_end,
           {value_sql},
           f.context, f.rule, f.note, f.ambiguous, f.confidence,
           f.extractor_version, f.run_id, f.loaded_at, f.first_seen_at,
           d.country, d.source, d.published
    FROM {table} f JOIN dim_document d ON d.document_id = f.document_id"""


VIEWS = {
    "facts": "\n    UNION ALL".join(
        (
            _fact_select("fact_count", "count", {c: f"f.{c}" for c in ("count_value", "unit", "qualifier")}),
            _fact_select("fact_date", "date", {c: f"f.{c}" for c in ("date_value", "date_role", "hijri")}),
            _fact_select("fact_budget", "budget", {c: f"f.{c}" for c in ("amount", "currency", "qualifier")}),
            _fact_select(
                "fact_facility_mention",
                "facility",
                {c: f"f.{c}" for c in ("facility_id", "facility_name", "facility_kind")},
            ),
        )
    ),
    "documents": """
    SELECT d.document_id, d.doc, d.source, d.source_path, d.country, d.published, d.title, d.n_chars,
           d.url, d.sha256, d.first_loaded_at, d.last_loaded_at, d.last_run_id, d.extractor_version,
           (SELECT COUNT(*) FROM fact_count f WHERE f.document_id = d.document_id) AS n_counts,
           (SELECT COUNT(*) FROM fact_date f WHERE f.document_id = d.document_id) AS n_dates,
           (SELECT COUNT(*) FROM fact_budget f WHERE f.document_id = d.document_id) AS n_budgets,
           (SELECT COUNT(*) FROM fact_facility_mention f WHERE f.document_id = d.document_id) AS n_facilities
    FROM dim_document d""",
    # A figure repeated in one release is one reading: totals add distinct (document, value) pairs.
    "counts_by_unit_country_month": """
    WITH readings AS (SELECT DISTINCT document_id, unit, count_value FROM fact_count)
    SELECT d.country, CAST(date_trunc('month', d.published) AS DATE) AS month, r.unit,
           COUNT(DISTINCT r.document_id) AS n_documents, COUNT(*) AS n_readings,
           SUM(r.count_value) AS total_value, MAX(r.count_value) AS max_value
    FROM readings r JOIN dim_document d ON d.document_id = r.document_id
    GROUP BY d.country, CAST(date_trunc('month', d.published) AS DATE), r.unit""",
    "budgets_by_currency_year": """
    WITH readings AS (SELECT DISTINCT document_id, currency, amount FROM fact_budget)
    SELECT r.currency, CAST(EXTRACT(YEAR FROM d.published) AS INTEGER) AS year, d.country,
           COUNT(DISTINCT r.document_id) AS n_documents, COUNT(*) AS n_readings,
           SUM(r.amount) AS total_amount, MAX(r.amount) AS max_amount
    FROM readings r JOIN dim_document d ON d.document_id = r.document_id
    GROUP BY r.currency, CAST(EXTRACT(YEAR FROM d.published) AS INTEGER), d.country""",
    "facility_leaderboard": """
    WITH spellings AS (SELECT facility_id, COUNT(*) AS n_spellings FROM facility_alias GROUP BY facility_id)
    SELECT f.facility_id, f.name, f.kind, f.country, f.city, f.region,
           COUNT(*) AS n_mentions, COUNT(DISTINCT m.document_id) AS n_documents, s.n_spellings,
           MIN(d.published) AS first_published, MAX(d.published) AS last_published,
           MAX(m.loaded_at) AS last_loaded_at
    FROM fact_facility_mention m
    JOIN dim_facility f ON f.facility_id = m.facility_id
    JOIN dim_document d ON d.document_id = m.document_id
    LEFT JOIN spellings s ON s.facility_id = f.facility_id
    GROUP BY f.facility_id, f.name, f.kind, f.country, f.city, f.region, s.n_spellings""",
    "facts_per_source": """
    SELECT d.source, COUNT(DISTINCT d.document_id) AS n_documents, COUNT(f.fact_id) AS n_facts,
           COUNT(f.fact_id) FILTER (WHERE f.fact_type = 'count') AS n_counts,
           COUNT(f.fact_id) FILTER (WHERE f.fact_type = 'date') AS n_dates,
           COUNT(f.fact_id) FILTER (WHERE f.fact_type = 'budget') AS n_budgets,
           COUNT(f.fact_id) FILTER (WHERE f.fact_type = 'facility') AS n_facilities,
           CAST(COUNT(f.fact_id) AS FLOAT8) / COUNT(DISTINCT d.document_id) AS facts_per_document,
           MIN(d.first_loaded_at) AS first_loaded_at, MAX(d.last_loaded_at) AS last_loaded_at
    FROM dim_document d LEFT JOIN facts f ON f.document_id = d.document_id
    GROUP BY d.source""",
}


def upgrade() -> None:
    for sequence in SEQUENCES:
        op.execute(sa.schema.CreateSequence(sa.Sequence(sequence)))

    op.create_table(
        "dim_document",
        _surrogate("document_id", "document_id_seq"),
        sa.Column("doc", sa.Text, nullable=False, comment="the document id used everywhere else"),
        sa.Column("source", sa.Text),
        sa.Column("source_path", sa.Text),
        sa.Column("country", sa.Text, comment="ISO 3166 alpha-2"),
        sa.Column("published", sa.Date),
        sa.Column("sha256", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("n_chars", sa.Integer),
        sa.Column("encoding", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("first_loaded_at", sa.DateTime, nullable=False),
        sa.Column("last_loaded_at", sa.DateTime, nullable=False),
        sa.Column("last_run_id", sa.Text, nullable=False),
        sa.Column("extractor_version", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("document_id", name="pk_dim_document"),
        sa.UniqueConstraint("doc", name="uq_dim_document_doc"),
        comment="One row per source document; upserted on every load.",
    )
    op.create_table(
        "document_text",
        sa.Column("document_id", sa.BigInteger, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("document_id", name="pk_document_text"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["dim_document.document_id"], name="fk_document_text_document_id_dim_document"
        ),
        comment="The original text every span_start/span_end points into.",
    )
    op.create_table(
        "dim_facility",
        _surrogate("facility_id", "facility_id_seq"),
        sa.Column(
            "facility_key",
            sa.Text,
            nullable=False,
            comment="normalised name without articles or spaces: spelling variants share it",
        ),
        sa.Column("name", sa.Text, nullable=False, comment="the first spelling seen"),
        sa.Column("kind", sa.Text),
        sa.Column("city", sa.Text),
        sa.Column("region", sa.Text),
        sa.Column("country", sa.Text),
        sa.PrimaryKeyConstraint("facility_id", name="pk_dim_facility"),
        sa.UniqueConstraint("facility_key", name="uq_dim_facility_facility_key"),
        comment="One row per facility, whatever spelling the releases use.",
    )
    op.create_table(
        "facility_alias",
        sa.Column("alias", sa.Text, nullable=False, comment="a name exactly as an extractor read it"),
        sa.Column("facility_id", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("alias", name="pk_facility_alias"),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["dim_facility.facility_id"], name="fk_facility_alias_facility_id_dim_facility"
        ),
    )
    op.create_table(
        "dim_date",
        sa.Column(
            "date_key",
            sa.Integer,
            nullable=False,
            autoincrement=False,
            comment="YYYYMMDD with 00 for the parts a coarser grain leaves out",
        ),
        sa.Column("iso", sa.Text, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("month", sa.Integer),
        sa.Column("day", sa.Integer),
        sa.Column("grain", sa.Text, nullable=False),
        sa.Column("hijri", sa.Text, comment="the Hijri reading first seen for this date, as written"),
        sa.PrimaryKeyConstraint("date_key", name="pk_dim_date"),
        sa.UniqueConstraint("iso", name="uq_dim_date_iso"),
        sa.CheckConstraint("grain IN ('year', 'month', 'day')", name="ck_dim_date_grain"),
    )

    _create_fact_table(
        "fact_count",
        "Numbers of things: beds, centres, patients, visits.",
        sa.Column("count_value", sa.Double, nullable=False),
        sa.Column("unit", sa.Text),
        sa.Column("qualifier", sa.Text),
    )
    _create_fact_table(
        "fact_budget",
        "Money, in whole units of an ISO 4217 currency.",
        sa.Column("amount", sa.Double, nullable=False),
        sa.Column("currency", sa.Text),
        sa.Column("qualifier", sa.Text),
    )
    _create_fact_table(
        "fact_date",
        "Dates and periods a release mentions.",
        sa.Column(
            "date_key", sa.Integer, sa.ForeignKey("dim_date.date_key", name="fk_fact_date_date_key_dim_date")
        ),
        sa.Column("date_value", sa.Text, nullable=False, comment="ISO YYYY, YYYY-MM or YYYY-MM-DD"),
        sa.Column("date_role", sa.Text),
        sa.Column("hijri", sa.Text),
    )
    _create_fact_table(
        "fact_facility_mention",
        "Each time a release names a facility.",
        sa.Column(
            "facility_id",
            sa.BigInteger,
            sa.ForeignKey(
                "dim_facility.facility_id", name="fk_fact_facility_mention_facility_id_dim_facility"
            ),
        ),
        sa.Column("facility_name", sa.Text, nullable=False, comment="the name as read here"),
        sa.Column("facility_kind", sa.Text),
    )

    op.create_table(
        "quarantine",
        _surrogate("quarantine_id", "quarantine_id_seq"),
        sa.Column("source_path", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("detected_at", sa.DateTime, nullable=False),
        sa.Column("run_id", sa.Text),
        sa.PrimaryKeyConstraint("quarantine_id", name="pk_quarantine"),
        comment="Inputs the pipeline refused to read, and why; one row per detection.",
    )
    op.create_table(
        "evaluation_runs",
        sa.Column("run_id", sa.Text, nullable=False),
        sa.Column("fact_type", sa.Text, nullable=False),
        sa.Column("gold_file", sa.Text, nullable=False),
        sa.Column("evaluated_at", sa.DateTime, nullable=False),
        sa.Column("precision", sa.Double),
        sa.Column("recall", sa.Double),
        sa.Column("f1", sa.Double),
        sa.Column("tp", sa.Integer, nullable=False),
        sa.Column("fp", sa.Integer, nullable=False),
        sa.Column("fn", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("run_id", "fact_type", "gold_file", name="pk_evaluation_runs"),
        comment="Scores against a gold file, per run and fact type, to watch quality move between versions.",
    )
    op.create_table(
        "fact_reviews",
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("fact_type", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("span_end", sa.Integer, nullable=False, autoincrement=False),
        sa.Column("surface", sa.Text, nullable=False),
        sa.Column("verdict", sa.Text, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("reviewer", sa.Text),
        sa.Column("reviewed_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("doc", "fact_type", "span_start", "span_end", name="pk_fact_reviews"),
        sa.CheckConstraint("verdict IN ('correct', 'wrong', 'missed')", name="ck_fact_reviews_verdict"),
        sa.CheckConstraint(
            "fact_type IN ('count', 'date', 'budget', 'facility')", name="ck_fact_reviews_fact_type"
        ),
        comment="A researcher's verdict on one extracted (or missed) span.",
    )

    for name, body in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {body}")


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW {name}")
    for table in (
        "fact_reviews",
        "evaluation_runs",
        "quarantine",
        "fact_facility_mention",
        "fact_date",
        "fact_budget",
        "fact_count",
        "dim_date",
        "facility_alias",
        "dim_facility",
        "document_text",
        "dim_document",
    ):
        op.drop_table(table)
    for sequence in SEQUENCES:
        op.execute(sa.schema.DropSequence(sa.Sequence(sequence)))
