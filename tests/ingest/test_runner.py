"""Batch ingest: idempotent, goes on past bad items, counts rejections by reason."""

from __future__ import annotations

from pathlib import Path

from lagebild.ingest.runner import ingest_paths
from lagebild.pipeline import Pipeline
from lagebild.store import open_store


def test_batch_is_idempotent_and_counts_by_reason(
    tmp_path: Path, tmp_db: str, pipeline: Pipeline
) -> None:
    (tmp_path / "a.txt").write_text(
        "Die Feuerwehr rettete am Montag zwölf Menschen aus dem Hochwasser.", encoding="utf-8")
    (tmp_path / "copy.txt").write_text(
        "Die Feuerwehr rettete am Montag zwölf Menschen aus dem Hochwasser.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "The court sentenced the former minister to five years in prison.", encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "Le tribunal a condamné l'ancien ministre à cinq ans de prison ferme.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    store = open_store(tmp_db)
    lines: list[str] = []
    stats = ingest_paths([str(tmp_path)], store, pipeline, report=lines.append)
    assert stats.ingested == 2
    assert stats.duplicates == 1
    assert stats.rejected["empty document (no text)"] == 1
    assert stats.rejected["invalid JSON: Expecting property name enclosed in double quotes"] == 1
    assert stats.rejected["unsupported language fr; supported: de, en"] == 1
    assert len(lines) == 3 and all("\n" not in line for line in lines)
    counts = store.counts()
    assert counts["documents_ok"] == 2 and counts["documents_rejected"] == 1

    again = ingest_paths([str(tmp_path)], store, pipeline)
    assert again.ingested == 0 and again.duplicates == 4
    assert store.counts()["documents_ok"] == 2


def test_nothing_read(tmp_path: Path, tmp_db: str, pipeline: Pipeline) -> None:
    stats = ingest_paths([str(tmp_path / "missing")], open_store(tmp_db), pipeline)
    assert stats.nothing_read and stats.rejected_total == 1
