"""Full-text search (SQLite FTS5 over documents and quotes) and indexes for the API filters.

The statements come from ``lagebild.store.schema`` (the same ones ``create_all``
runs for a new database), so a migrated database equals a new one.

Revision ID: 0002
Revises: 0001
"""

from alembic import op
from sqlalchemy import Index

from lagebild.store import schema

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _indexes() -> list[Index]:
    wanted = set(schema.INDEXES_0002)
    return [
        index
        for table in schema.metadata.sorted_tables
        for index in table.indexes
        if index.name in wanted
    ]


def upgrade() -> None:
    bind = op.get_bind()
    for index in _indexes():
        index.create(bind)
    if bind.dialect.name == "sqlite":
        for statement in (*schema.FTS_CREATE, *schema.FTS_FILL):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in schema.FTS_DROP:
            op.execute(statement)
    for index in _indexes():
        index.drop(bind)
