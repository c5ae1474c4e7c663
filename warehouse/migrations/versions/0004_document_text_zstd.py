"""Document texts kept with zstd on DuckDB.

Revision ID: 0004
Revises: 0003

A load's commit spent most of its time choosing and applying a compression for the document texts:
releases of a few kilobytes of Arabic, which DuckDB's string codecs for short values (dictionary,
FSST) do little for. zstd compresses them three times smaller and writes them in half the CPU time
(10,000 bench releases: 5.8 MB against 19.1 MB, 0.21 s against 0.41–0.53 s); whole loads of those
releases went from 75,000–83,000 to 103,000–108,000 facts per CPU second, and the warehouse file from
62–68 to 56 MB. `LIKE` over the texts and the contexts of every fact read as fast as before. A query
that reads the contexts of a few facts pays to decompress a larger block of text: the newest forty
facts with their contexts took 280–430 ms against 150–230 ms on those releases. Only this column
changes: zstd would slow scans of the fact tables' short text columns, which DuckDB's own choice
keeps fast.

DuckDB sets a column's compression when the table is created, so the table is rebuilt: its rows are
kept in a temporary table while it is dropped and created again. PostgreSQL compresses long texts on
its own (TOAST) and is left as it is.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CREATE = """
CREATE TABLE document_text (
    document_id BIGINT NOT NULL,
    text VARCHAR{using} NOT NULL,
    CONSTRAINT pk_document_text PRIMARY KEY (document_id),
    CONSTRAINT fk_document_text_document_id_dim_document
        FOREIGN KEY (document_id) REFERENCES dim_document (document_id)
)
"""
_COMMENT = "COMMENT ON TABLE document_text IS 'The original text every span_start/span_end points into.'"


def _rebuild(using: str) -> None:
    if op.get_bind().dialect.name != "duckdb":
        return
    op.execute("CREATE TEMPORARY TABLE nabd_document_text AS SELECT document_id, text FROM document_text")
    op.drop_table("document_text")
    op.execute(sa.text(_CREATE.format(using=using)))
    op.execute(_COMMENT)
    op.execute("INSERT INTO document_text SELECT document_id, text FROM nabd_document_text")
    op.execute("DROP TABLE nabd_document_text")


def upgrade() -> None:
    _rebuild(" USING COMPRESSION zstd")


def downgrade() -> None:
    _rebuild("")
