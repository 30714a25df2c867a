"""Full-text search (SQLite FTS5 over documents and quotes), indexes for the API filters,
and the event day on event actors.

The statements and indexes come from ``lagebild.store.schema`` (the same ones
``create_all`` makes for a new database), so a migrated database equals a new one.

Revision ID: 0002
Revises: 0001
"""

from alembic import op
from sqlalchemy import Column, Index

from lagebild.store import schema

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _added() -> list[Index]:
    wanted = set(schema.INDEXES_ADDED_0002)
    return [
        index
        for table in schema.metadata.sorted_tables
        for index in table.indexes
        if index.name in wanted
    ]


def upgrade() -> None:
    bind = op.get_bind()
    for table, name in schema.COLUMNS_ADDED_0002:
        column = schema.metadata.tables[table].c[name]
        op.add_column(table, Column(column.name, column.type, nullable=column.nullable))
    for statement in schema.FILL_0002:
        op.execute(statement)
    for name, table, _ in schema.INDEXES_DROPPED_0002:
        op.drop_index(name, table_name=table)
    for index in _added():
        index.create(bind)
    if bind.dialect.name == "sqlite":
        for statement in (*schema.FTS_CREATE, *schema.FTS_FILL):
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in schema.FTS_DROP:
            op.execute(statement)
    for index in _added():
        index.drop(bind)
    for name, table, columns in schema.INDEXES_DROPPED_0002:
        op.create_index(name, table, list(columns))
    for table, column in schema.COLUMNS_ADDED_0002:
        op.drop_column(table, column)
