"""kill -9 in the middle of an ingest leaves whole documents or nothing."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

SUBJECTS = ["Die Regierung", "Der Stadtrat", "Die Polizei", "Das Gericht", "Die Feuerwehr",
            "Die Armee", "Der Verband", "Die Opposition"]
VERBS = ["beriet am Montag über", "kritisierte scharf", "kündigte an", "wies zurück",
         "untersuchte", "bestätigte"]
OBJECTS = ["den Haushalt", "die Proteste", "neue Hilfen", "den Einsatz", "das Urteil",
           "die Vorwürfe", "den Streik"]


def _corpus(folder: Path, n: int) -> None:
    rng = random.Random(7)
    folder.mkdir()
    for i in range(n):
        sentences = [
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."
            for _ in range(rng.randint(4, 12))
        ]
        sentences.append(f"Die Meldung trägt die Nummer {i}.")
        (folder / f"{i:04d}.txt").write_text(" ".join(sentences), encoding="utf-8")


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        connection = sqlite3.connect(db, timeout=10)
        return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "lagebild.cli", "ingest", str(folder), "--db", str(db),
         "--no-summary"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_kill_9_mid_batch_then_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    n = 400
    _corpus(folder, n)
    db = tmp_path / "crash.db"
    rng = random.Random()
    for round_ in range(3):
        process = _ingest(folder, db)
        target = _count(db) + rng.randint(5, 60)
        deadline = time.monotonic() + 120
        while _count(db) < target and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.random() * 0.05)
        assert process.poll() is None, "the batch finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert 0 < _count(db) < n
        connection = sqlite3.connect(db)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Every stored document is whole: its sentences are all there.
        for doc_id, stored in connection.execute("SELECT id, result FROM documents"):
            expected = len(json.loads(stored)["sentences"])
            got = connection.execute(
                "SELECT count(*) FROM sentences WHERE doc_id = ?", (doc_id,)).fetchone()[0]
            assert got == expected, (round_, doc_id)
        connection.close()
    process = _ingest(folder, db)
    assert process.wait(timeout=300) == 0
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("SELECT count(*) FROM documents").fetchone()[0] == n
    assert connection.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0] == n
    assert connection.execute(
        "SELECT count(*) FROM documents WHERE text LIKE '%Nummer 17.%'").fetchone()[0] == 1
