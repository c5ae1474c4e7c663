"""The warehouse schema as SQLAlchemy Core metadata: the model the Alembic migrations must reproduce.

A star around the document: every fact table row points at the document it was read from, and at the
conformed dimensions a researcher groups by (the calendar for dates, the folded facility for mentions).
Facts keep their evidence (span, surface, rule, note) so any number in a chart can be traced back to
the words it came from; the `facts` view adds each one's context, cut from the document's text by
offset rather than stored (see migration 0002).

Both backends must accept every construct here, which rules out SERIAL and IDENTITY (DuckDB has
neither): surrogate keys draw from explicit sequences through a server default, so set-based
`INSERT ... SELECT` statements get keys without the client asking for them. Integer primary keys that
are not surrogates say `autoincrement=False` for the same reason. Timestamps are naive UTC.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

DOCUMENT_ID = sa.Sequence("document_id_seq", metadata=metadata)
FACILITY_ID = sa.Sequence("facility_id_seq", metadata=metadata)
# One sequence for the four fact tables, so `fact_id` stays unique across the `facts` view.
FACT_ID = sa.Sequence("fact_id_seq", metadata=metadata)
QUARANTINE_ID = sa.Sequence("quarantine_id_seq", metadata=metadata)

FACT_TYPES = ("count", "date", "budget", "facility")
VERDICTS = ("correct", "wrong", "missed")


def _surrogate(name: str, sequence: sa.Sequence) -> sa.Column:
    return sa.Column(name, sa.BigInteger, sequence, server_default=sequence.next_value(), primary_key=True)


dim_document = sa.Table(
    "dim_document",
    metadata,
    _surrogate("document_id", DOCUMENT_ID),
    sa.Column("doc", sa.Text, nullable=False, unique=True, comment="the document id used everywhere else"),
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
    comment="One row per source document; upserted on every load.",
)

# The full text lives apart so that `SELECT * FROM dim_document` stays readable; spans index it.
document_text = sa.Table(
    "document_text",
    metadata,
    sa.Column(
        "document_id",
        sa.BigInteger,
        sa.ForeignKey("dim_document.document_id"),
        primary_key=True,
        autoincrement=False,
    ),
    sa.Column("text", sa.Text, nullable=False),
    comment="The original text every span_start/span_end points into.",
)

dim_facility = sa.Table(
    "dim_facility",
    metadata,
    _surrogate("facility_id", FACILITY_ID),
    sa.Column(
        "facility_key",
        sa.Text,
        nullable=False,
        unique=True,
        comment="normalised name without articles or spaces: spelling variants share it",
    ),
    sa.Column("name", sa.Text, nullable=False, comment="the first spelling seen"),
    sa.Column("kind", sa.Text),
    sa.Column("city", sa.Text),
    sa.Column("region", sa.Text),
    sa.Column("country", sa.Text),
    comment="One row per facility, whatever spelling the releases use.",
)

facility_alias = sa.Table(
    "facility_alias",
    metadata,
    sa.Column("alias", sa.Text, primary_key=True, comment="a name exactly as an extractor read it"),
    sa.Column("facility_id", sa.BigInteger, sa.ForeignKey("dim_facility.facility_id"), nullable=False),
)

dim_date = sa.Table(
    "dim_date",
    metadata,
    sa.Column(
        "date_key",
        sa.Integer,
        primary_key=True,
        autoincrement=False,
        comment="YYYYMMDD with 00 for the parts a coarser grain leaves out",
    ),
    sa.Column("iso", sa.Text, nullable=False, unique=True),
    sa.Column("year", sa.Integer, nullable=False),
    sa.Column("month", sa.Integer),
    sa.Column("day", sa.Integer),
    sa.Column("grain", sa.Text, nullable=False),
    sa.Column("hijri", sa.Text, comment="the Hijri reading first seen for this date, as written"),
    sa.CheckConstraint("grain IN ('year', 'month', 'day')", name="grain"),
)


def _fact_table(name: str, comment: str, *columns: sa.Column) -> sa.Table:
    """A fact table: the typed reading in `columns`, and the evidence and lineage every fact carries."""
    return sa.Table(
        name,
        metadata,
        _surrogate("fact_id", FACT_ID),
        sa.Column(
            "document_id",
            sa.BigInteger,
            sa.ForeignKey("dim_document.document_id"),
            nullable=False,
            index=True,
        ),
        *columns,
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("surface", sa.Text, nullable=False, comment="text[span_start:span_end]"),
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
        sa.CheckConstraint("span_start >= 0 AND span_end > span_start", name="span"),
        comment=comment,
    )


fact_count = _fact_table(
    "fact_count",
    "Numbers of things: beds, centres, patients, visits.",
    sa.Column("count_value", sa.Double, nullable=False),
    sa.Column("unit", sa.Text),
    sa.Column("qualifier", sa.Text),
)

fact_budget = _fact_table(
    "fact_budget",
    "Money, in whole units of an ISO 4217 currency.",
    sa.Column("amount", sa.Double, nullable=False),
    sa.Column("currency", sa.Text),
    sa.Column("qualifier", sa.Text),
)

fact_date = _fact_table(
    "fact_date",
    "Dates and periods a release mentions.",
    sa.Column("date_key", sa.Integer, sa.ForeignKey("dim_date.date_key")),
    sa.Column("date_value", sa.Text, nullable=False, comment="ISO YYYY, YYYY-MM or YYYY-MM-DD"),
    sa.Column("date_role", sa.Text),
    sa.Column("hijri", sa.Text),
)

fact_facility_mention = _fact_table(
    "fact_facility_mention",
    "Each time a release names a facility.",
    sa.Column("facility_id", sa.BigInteger, sa.ForeignKey("dim_facility.facility_id")),
    sa.Column("facility_name", sa.Text, nullable=False, comment="the name as read here"),
    sa.Column("facility_kind", sa.Text),
)

FACT_TABLES: dict[str, sa.Table] = {
    "count": fact_count,
    "date": fact_date,
    "budget": fact_budget,
    "facility": fact_facility_mention,
}

quarantine = sa.Table(
    "quarantine",
    metadata,
    _surrogate("quarantine_id", QUARANTINE_ID),
    sa.Column("source_path", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("detected_at", sa.DateTime, nullable=False),
    sa.Column("run_id", sa.Text),
    comment="Inputs the pipeline refused to read, and why; one row per detection.",
)

evaluation_runs = sa.Table(
    "evaluation_runs",
    metadata,
    sa.Column("run_id", sa.Text, primary_key=True),
    sa.Column("fact_type", sa.Text, primary_key=True),
    sa.Column("gold_file", sa.Text, primary_key=True),
    sa.Column("evaluated_at", sa.DateTime, nullable=False),
    sa.Column("precision", sa.Double),
    sa.Column("recall", sa.Double),
    sa.Column("f1", sa.Double),
    sa.Column("tp", sa.Integer, nullable=False),
    sa.Column("fp", sa.Integer, nullable=False),
    sa.Column("fn", sa.Integer, nullable=False),
    comment="Scores against a gold file, per run and fact type, to watch quality move between versions.",
)

# Keyed by span, not by fact_id: fact rows are replaced on every re-run, judgements must outlive them.
fact_reviews = sa.Table(
    "fact_reviews",
    metadata,
    sa.Column("doc", sa.Text, primary_key=True),
    sa.Column("fact_type", sa.Text, primary_key=True),
    sa.Column("span_start", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("span_end", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("surface", sa.Text, nullable=False),
    sa.Column("verdict", sa.Text, nullable=False),
    sa.Column("note", sa.Text),
    sa.Column("reviewer", sa.Text),
    sa.Column("reviewed_at", sa.DateTime, nullable=False),
    sa.CheckConstraint(f"verdict IN {VERDICTS!r}", name="verdict"),
    sa.CheckConstraint(f"fact_type IN {FACT_TYPES!r}", name="fact_type"),
    comment="A researcher's verdict on one extracted (or missed) span.",
)

VIEWS = (
    "facts",
    "documents",
    "counts_by_unit_country_month",
    "budgets_by_currency_year",
    "facility_leaderboard",
    "facts_per_source",
)
