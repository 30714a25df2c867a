"""Alembic migrations of the lagebild database schema."""
