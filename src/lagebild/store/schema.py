"""The database schema (SQLAlchemy Core), one table per record type.

The full analysis of each document is also kept as JSON in
``documents.result``, so that nothing the pipeline produced is lost even
where the relational tables flatten it; the tables exist for filtering,
joining and export. Schema changes go through Alembic migrations in
``migrations/versions``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _doc_fk() -> Column[str]:
    return Column(
        "doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )


documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("source", Text),
    Column("title", Text),
    Column("language", String(8)),
    Column("published", String(10)),
    Column("published_source", String(16)),
    Column("authors", JSON),
    Column("outlet", Text),
    Column("text", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("rejection", Text),
    Column("ingested_at", String(32), nullable=False),
    Column("schema_version", String(8), nullable=False),
    Column("result", JSON, nullable=False),
    Index("ix_documents_published", "published"),
    Index("ix_documents_status", "status"),
)

sentences = Table(
    "sentences",
    metadata,
    _doc_fk(),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_sentences_doc", "doc_id", "idx", unique=True),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(16), nullable=False),
    Column("kb_id", String(128)),
    Column("name", Text),
    Index("ix_entities_doc", "doc_id"),
    Index("ix_entities_kb", "kb_id"),
)

roles = Table(
    "roles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("person", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("organization", Text),
    Column("person_kb_id", String(128)),
    Column("organization_kb_id", String(128)),
    Index("ix_roles_doc", "doc_id"),
)

times = Table(
    "times",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String(64)),
    Column("type", String(16), nullable=False),
    Index("ix_times_doc", "doc_id"),
)

quantities = Table(
    "quantities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("bound", String(32)),
    Column("category", String(32)),
    Column("thing", Text),
    Index("ix_quantities_doc", "doc_id"),
    Index("ix_quantities_category", "category"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("speaker_text", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_kb_id", String(128)),
    Column("cue_text", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Index("ix_quotes_doc", "doc_id"),
    Index("ix_quotes_speaker", "speaker_kb_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("idx", Integer, nullable=False),
    Column("type", String(32), nullable=False),
    Column("mode", String(64)),
    Column("cameo", String(16)),
    # The event's day when the text gives a full date, else the document's
    # publication date; used by date filters.
    Column("day", String(10)),
    Column("date_value", String(64)),
    Column("location_name", Text),
    Column("geonames_id", Integer),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("country_code", String(8)),
    Column("modality", String(16), nullable=False),
    Column("reported_by", Text),
    Column("confidence", Float, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("record", JSON, nullable=False),
    Index("ix_events_doc", "doc_id"),
    Index("ix_events_type_day", "type", "day"),
    Index("ix_events_day", "day"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    _doc_fk(),
    Column("role", String(8), nullable=False),
    Column("name", Text, nullable=False),
    Column("kb_id", String(128)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_event_actors_kb", "kb_id"),
    Index("ix_event_actors_event", "event_id"),
)

# Tables holding a document's records, children first (deletion order).
RECORD_TABLES = (event_actors, events, quotes, quantities, times, roles, entities, sentences)
