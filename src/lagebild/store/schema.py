"""The database schema (SQLAlchemy Core), one table per record type.

The full analysis of each document is also kept as JSON in
``documents.result``, so that nothing the pipeline produced is lost even
where the relational tables flatten it; the tables exist for filtering,
joining and export. Schema changes go through Alembic migrations in
``migrations/versions``.
"""

from __future__ import annotations

from sqlalchemy import (
    DDL,
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
    event,
    func,
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
    Index("ix_documents_outlet", "outlet", "id"),
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
    # Pages of events by day; with doc_id, so that document filters (outlet,
    # text) matching many documents are checked while walking it.
    Index("ix_events_day_doc", "day", "doc_id"),
    # Filter indexes go on with day (a filtered page ordered by day is read
    # from the index alone: event rows are wide, they hold the JSON record)
    # and with doc_id or type, to check a second filter without the rows.
    Index("ix_events_type_day_doc", "type", "day", "doc_id"),
    Index("ix_events_doc_day_type", "doc_id", "day", "type"),
    Index("ix_events_location_day_doc", "location_name", "day", "doc_id"),
    Index("ix_events_country_day_doc", "country_code", "day", "doc_id"),
    # Looking events up by id (from actor and document filters) reads this
    # narrow copy of the filter columns instead of the wide rows.
    Index("ix_events_filters", "id", "day", "type", "doc_id", "country_code",
          "location_name", "geonames_id"),
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
    # The event's day (as events.day), so that an actor's events can be paged
    # by day from this table's indexes alone (revision 0002).
    Column("day", String(10)),
    Index("ix_event_actors_kb_day", "kb_id", "day", "event_id"),
    Index("ix_event_actors_event", "event_id"),
)
# Actor filters match names case-insensitively.
Index("ix_event_actors_name_day", func.lower(event_actors.c.name), event_actors.c.day,
      event_actors.c.event_id)

# Tables holding a document's records, children first (deletion order).
RECORD_TABLES = (event_actors, events, quotes, quantities, times, roles, entities, sentences)

# Index changes of revision 0002; the migration makes exactly these, so that a
# migrated database equals a new one.
INDEXES_ADDED_0002 = (
    "ix_documents_outlet",
    "ix_events_day_doc",
    "ix_events_type_day_doc",
    "ix_events_doc_day_type",
    "ix_events_location_day_doc",
    "ix_events_country_day_doc",
    "ix_events_filters",
    "ix_event_actors_kb_day",
    "ix_event_actors_name_day",
)
# (table, column) added by revision 0002, filled from ``FILL_0002``.
COLUMNS_ADDED_0002 = (("event_actors", "day"),)
FILL_0002 = (
    "UPDATE event_actors SET day = "
    "(SELECT day FROM events WHERE events.id = event_actors.event_id)",
)
# (name, table, columns) of baseline indexes that 0002 replaces.
INDEXES_DROPPED_0002 = (
    ("ix_events_doc", "events", ("doc_id",)),
    ("ix_event_actors_kb", "event_actors", ("kb_id",)),
    ("ix_events_day", "events", ("day",)),
    ("ix_events_type_day", "events", ("type", "day")),
)

# Full-text search (SQLite FTS5, revision 0002). The index reads titles and
# texts from the documents themselves (no copy) through a view that gives each
# document a stable integer key: FTS5 needs one, and documents' implicit rowids
# may be renumbered by VACUUM. Matches then come back as integers, which is
# fast; fetching a text column from FTS5 would read the whole text. Quotes
# have an integer primary key and are indexed directly. Other databases search
# with (I)LIKE instead (see ``lagebild.store.search``).
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
FTS_CREATE = (
    # document_keys also counts each document's events (kept by triggers), so
    # that "how many events do the matching documents have" reads one narrow
    # row per document instead of an index entry per event.
    "CREATE TABLE document_keys (num INTEGER PRIMARY KEY, "
    "doc_id VARCHAR(64) NOT NULL UNIQUE, events INTEGER NOT NULL DEFAULT 0)",
    "CREATE TRIGGER document_keys_event_insert AFTER INSERT ON events BEGIN "
    "UPDATE document_keys SET events = events + 1 WHERE doc_id = new.doc_id; END",
    "CREATE TRIGGER document_keys_event_delete AFTER DELETE ON events BEGIN "
    "UPDATE document_keys SET events = events - 1 WHERE doc_id = old.doc_id; END",
    "CREATE VIEW documents_fts_source AS SELECT k.num AS num, d.title AS title, "
    "d.text AS text FROM document_keys k JOIN documents d ON d.id = k.doc_id",
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, "
    f"content='documents_fts_source', content_rowid='num', tokenize='{FTS_TOKENIZER}')",
    "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO document_keys(doc_id) VALUES (new.id); "
    "INSERT INTO documents_fts(rowid, title, text) VALUES "
    "((SELECT num FROM document_keys WHERE doc_id = new.id), new.title, new.text); END",
    "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "SELECT 'delete', num, old.title, old.text FROM document_keys WHERE doc_id = old.id; "
    "DELETE FROM document_keys WHERE doc_id = old.id; END",
    "CREATE VIRTUAL TABLE quotes_fts USING fts5("
    f"text, speaker_text, content='quotes', content_rowid='id', tokenize='{FTS_TOKENIZER}')",
    "CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, text, speaker_text) "
    "VALUES (new.id, new.text, new.speaker_text); END",
    "CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_text) "
    "VALUES ('delete', old.id, old.text, old.speaker_text); END",
)
# Fills the indexes from rows stored before they existed (migration only).
FTS_FILL = (
    "INSERT INTO document_keys(doc_id, events) SELECT id, "
    "(SELECT count(*) FROM events WHERE events.doc_id = documents.id) "
    "FROM documents ORDER BY rowid",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
)
FTS_DROP = (
    "DROP TRIGGER IF EXISTS document_keys_event_insert",
    "DROP TRIGGER IF EXISTS document_keys_event_delete",
    "DROP TRIGGER IF EXISTS documents_fts_insert",
    "DROP TRIGGER IF EXISTS documents_fts_delete",
    "DROP TRIGGER IF EXISTS quotes_fts_insert",
    "DROP TRIGGER IF EXISTS quotes_fts_delete",
    "DROP TABLE IF EXISTS documents_fts",
    "DROP VIEW IF EXISTS documents_fts_source",
    "DROP TABLE IF EXISTS document_keys",
    "DROP TABLE IF EXISTS quotes_fts",
)

for _statement in FTS_CREATE:
    event.listen(
        metadata, "after_create",
        DDL(_statement).execute_if(dialect="sqlite"),  # type: ignore[no-untyped-call]
    )
for _statement in FTS_DROP:
    event.listen(
        metadata, "before_drop",
        DDL(_statement).execute_if(dialect="sqlite"),  # type: ignore[no-untyped-call]
    )
