"""Migrations: an old database brought up to date equals a new one, data included."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sqlalchemy import text

from lagebild.model import AnalysisResult, Quote, Speaker
from lagebild.service import analyze
from lagebild.store import open_store
from lagebild.store.db import EventFilter
from lagebild.store.queries import search_documents, search_quotes

SCHEMA_0001 = Path(__file__).parent / "data" / "schema_0001.sql"


def _schema(path: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name != 'alembic_version' ORDER BY name"
    ).fetchall()
    connection.close()
    return [(kind, name, re.sub(r"\s+", " ", sql or "").strip()) for kind, name, sql in rows]


def _old_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA_0001.read_text(encoding="utf-8"))
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")
    connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    connection.commit()
    connection.close()


def _report() -> AnalysisResult:
    result = analyze("Der Bürgermeister von Köln sagte: „Die Brücke bleibt gesperrt.“ "
                     "Die Polizei sperrte am Morgen die Zufahrt.", published="2024-03-02")
    text_ = result.document.text
    start = text_.index("„")
    end = text_.index("“") + 1
    quote = Quote(doc_id=result.document.id, text=text_[start:end], start=start, end=end,
                  kind="direct", speaker=Speaker(text="Der Bürgermeister", start=0, end=17))
    return result.model_copy(update={"quotes": [quote]})


def test_old_database_upgraded_equals_new_one(tmp_path: Path) -> None:
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    _old_database(old)
    open_store(str(old)).close()
    open_store(str(new)).close()
    assert _schema(old) == _schema(new)
    assert any(name == "documents_fts" for _, name, _ in _schema(new))


def test_upgrade_indexes_rows_stored_before_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_database(path)
    # Rows written by the old release: insert them while the database is still at 0001.
    report = _report()
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO documents (id, text, status, ingested_at, schema_version, "
                       "result) VALUES (?, ?, 'ok', '2024-03-02T00:00:00', '1', '{}')",
                       (report.document.id, report.document.text))
    quote = report.quotes[0]
    connection.execute("INSERT INTO quotes (doc_id, start, \"end\", text, kind, speaker_text) "
                       "VALUES (?, ?, ?, ?, 'direct', ?)",
                       (report.document.id, quote.start, quote.end, quote.text,
                        quote.speaker.text if quote.speaker else None))
    connection.execute("INSERT INTO events (id, doc_id, idx, type, day, modality, confidence, "
                       "evidence_start, evidence_end, record) VALUES (7, ?, 0, 'CONSULT', "
                       "'2024-03-01', 'asserted', 0.5, 0, 10, '{}')", (report.document.id,))
    connection.execute("INSERT INTO event_actors (event_id, doc_id, role, name, start, \"end\") "
                       "VALUES (7, ?, 'source', 'Polizei', 0, 7)", (report.document.id,))
    connection.commit()
    connection.close()
    store = open_store(str(path))
    with store.engine.connect() as db:
        assert db.execute(text("SELECT day FROM event_actors")).scalar_one() == "2024-03-01"
    assert store.event_page(EventFilter(actor="polizei", limit=5)) == ([7], 1)
    assert store.count_events(EventFilter(text="Zufahrt")) == 1  # events counted per document
    assert store.count_events(EventFilter(text="Zufahrt", type="CONSULT")) == 1
    assert [d["id"] for d in search_documents(store, "koln brucke")] == [report.document.id]
    assert [q["text"] for q in search_quotes(store, "gesperrt")] == [quote.text]
    assert search_quotes(store, "Zufahrt") == []


def test_fts_follows_inserts_and_deletes(tmp_db: str) -> None:
    store = open_store(tmp_db)
    report = _report()
    store.save(report)
    assert [d["id"] for d in search_documents(store, "Zufahrt")] == [report.document.id]
    assert len(search_quotes(store, "Bürgermeister")) == 1
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM documents"))
    assert search_documents(store, "Zufahrt") == []
    assert search_quotes(store, "Bürgermeister") == []
