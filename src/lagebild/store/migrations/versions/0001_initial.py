"""Baseline: documents and one table per record type.

A new database is built from ``lagebild.store.schema`` with ``create_all`` and
stamped at the newest revision (Alembic's recipe for building an up-to-date
database from scratch), so this baseline has nothing to do. Later revisions
carry the changes that bring an existing database up to date.

Revision ID: 0001
Revises:
"""

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing: the baseline schema is created by ``create_all``."""


def downgrade() -> None:
    """Nothing below the baseline."""
