"""Alembic migrations of the warehouse schema (a package so that it ships with the wheel)."""
