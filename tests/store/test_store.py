"""The SQLite store: transactions, duplicates, migrations, queries."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from lagebild.errors import StoreError
from lagebild.model import AnalysisResult, Event, EventActor, EventDate, Offsets
from lagebild.service import analyze
from lagebild.store import open_store
from lagebild.store.db import EventFilter


def _with_events(result: AnalysisResult) -> AnalysisResult:
    doc_id = result.document.id
    events = [
        Event(doc_id=doc_id, type="ASSAULT", mode="aerial", confidence=0.9,
              sources=[EventActor(name="Israel", kb_id="Q801", start=0, end=6)],
              targets=[EventActor(name="Hamas", kb_id="Q38799", start=20, end=25)],
              date=EventDate(value="2023-10-24", start=30, end=40),
              evidence=Offsets(start=0, end=40)),
        Event(doc_id=doc_id, type="CONSULT", confidence=0.8,
              sources=[EventActor(name="Hamas", kb_id="Q38799", start=50, end=55)],
              evidence=Offsets(start=45, end=60)),
    ]
    return result.model_copy(update={"events": events})


def test_save_query_and_duplicates(tmp_db: str) -> None:
    store = open_store(tmp_db)
    result = _with_events(
        analyze("Israel griff am Dienstag Ziele der Hamas an. Die Hamas beriet sich danach.",
                published="2023-10-25")
    )
    assert store.save(result) is True
    assert store.save(result) is False
    assert store.result(result.document.id) == result
    assert len(store.events()) == 2
    assert [e["type"] for e in store.events(EventFilter(type="assault"))] == ["ASSAULT"]
    assert len(store.events(EventFilter(actor="Q38799"))) == 2
    assert len(store.events(EventFilter(actor="israel"))) == 1
    assert [e["day"] for e in store.events(EventFilter(since="2023-10-25"))] == ["2023-10-25"]
    assert [e["day"] for e in store.events(EventFilter(until="2023-10-24"))] == ["2023-10-24"]
    assert store.counts()["event_actors"] == 3
    assert store.integrity_check() == "ok"


def test_wal_mode_and_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    open_store(str(path)).close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    versions = Path(__file__).parents[2] / "src/lagebild/store/migrations/versions"
    head = max(p.name.split("_")[0] for p in versions.glob("[0-9]*_*.py"))
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head


def test_newer_schema_is_refused_without_touching_data(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    store = open_store(str(path))
    store.save(analyze("Ein kurzer Bericht über das Wetter in Hamburg."))
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(StoreError, match="newer than this lagebild"):
        open_store(str(path))
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE documents (x)")
    connection.commit()
    with pytest.raises(StoreError, match="not a lagebild database"):
        open_store(str(path))


def test_missing_database_when_reading(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        open_store(str(tmp_path / "none.db"), create=False)
