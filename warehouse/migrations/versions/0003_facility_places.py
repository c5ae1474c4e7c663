"""Facilities placed by their names: `dim_facility.city` and `.region` filled where they are empty.

Revision ID: 0003
Revises: 0002

The columns came with revision 0001 but nothing filled them; loads now do, from each facility's name
and country (extractors.facility_place). This fills them for the facilities loaded before, from the
name and country each was stored with, which is what a load would have used. Facilities whose name
gives no place keep both empty. The places are worked out in Python (the gazetteer and the Arabic
normaliser), staged in one bulk insert and applied by one UPDATE.

Downgrading empties both columns again: before this revision no facility had either.
"""

import pandas as pd
import sqlalchemy as sa
from alembic import op

from extractors.facility_place import NOWHERE, facility_place
from warehouse.bulk import bulk_insert, create_temporary, drop_temporary

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_placed = sa.Table(
    "nabd_placed_facilities",
    sa.MetaData(),
    sa.Column("facility_id", sa.BigInteger),
    sa.Column("city", sa.Text),
    sa.Column("region", sa.Text),
    prefixes=["TEMPORARY"],
)


def upgrade() -> None:
    conn = op.get_bind()
    unplaced = conn.execute(
        sa.text("SELECT facility_id, name, country FROM dim_facility WHERE city IS NULL AND region IS NULL")
    )
    rows = []
    for facility_id, name, country in unplaced:
        place = facility_place(name, country)
        if place != NOWHERE:
            rows.append({"facility_id": facility_id, "city": place.city, "region": place.region})
    if not rows:
        return
    create_temporary(conn, _placed)
    bulk_insert(conn, _placed, pd.DataFrame(rows, columns=["facility_id", "city", "region"]))
    conn.execute(
        sa.text(
            f"UPDATE dim_facility SET city = p.city, region = p.region FROM {_placed.name} p "
            "WHERE dim_facility.facility_id = p.facility_id"
        )
    )
    drop_temporary(conn, _placed)


def downgrade() -> None:
    op.execute("UPDATE dim_facility SET city = NULL, region = NULL")
