"""The command line: every command, output formats, exit codes and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from lagebild.cli import app

runner = CliRunner()
GERMAN = (
    "Berlin – Die Polizei hat am Dienstag bei Protesten 40 Menschen festgenommen. "
    "„Wir bleiben friedlich“, sagte eine Sprecherin der Demonstranten."
)


@pytest.fixture()
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(GERMAN, encoding="utf-8")
    return path


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("lagebild ")


def test_analyze_json_validates_against_schema(report: Path) -> None:
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    result = runner.invoke(app, ["analyze", str(report), "--date", "2024-03-12"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    jsonschema.validate(payload, schema)
    assert payload["document"]["language"] == "de"
    assert payload["document"]["published"] == "2024-03-12"
    assert len(payload["sentences"]) == 2


def test_analyze_from_stdin_with_language_and_table() -> None:
    result = runner.invoke(app, ["analyze", "-", "--lang", "en", "--format", "table"],
                           input="The court ruled on Monday. The minister resigned.")
    assert result.exit_code == 0, result.output
    assert "language=en" in result.stdout and "sentences=2" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["analyze", "/nonexistent/x.txt"],
         "lagebild: /nonexistent/x.txt: error E108: no such file"),
        (["analyze", "{report}", "--date", "12.03.2024"], "lagebild: error E502: --date must be"),
        (["events", "--db", "/nonexistent/dir/x.db"], "error E401: no such database"),
        (["eval", "nosuch", "--data", "."], "error E502: unknown evaluation task 'nosuch'"),
        (["train", "nosuch"], "error E502: unknown model 'nosuch'"),
    ],
)
def test_errors_are_one_line_and_non_zero(report: Path, args: list[str], message: str) -> None:
    args = [a.replace("{report}", str(report)) for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_ingest_list_and_export(tmp_path: Path, report: Path) -> None:
    db = str(tmp_path / "cli.db")
    (tmp_path / "bad.jsonl").write_text("{nope\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(report), str(tmp_path / "bad.jsonl"), "--db", db])
    assert result.exit_code == 0, result.output
    assert "bad.jsonl:1: error E104: invalid JSON" in result.stderr
    assert "What was found" in result.stdout

    strict = runner.invoke(app, ["ingest", str(report), str(tmp_path / "bad.jsonl"), "--db", db,
                                 "--strict"])
    assert strict.exit_code == 1
    assert "duplicates" in strict.stderr

    listed = runner.invoke(app, ["documents", "--db", db, "--format", "json"])
    rows = json.loads(listed.stdout)
    assert len(rows) == 1 and rows[0]["language"] == "de"

    events = runner.invoke(app, ["events", "--db", db, "--format", "csv", "--type", "ASSAULT"])
    assert events.exit_code == 0
    assert next(csv.reader(io.StringIO(events.stdout)))[0] == "day"

    out = tmp_path / "docs.jsonl"
    exported = runner.invoke(app, ["export", "--db", db, "--what", "documents", "--out", str(out)])
    assert exported.exit_code == 0, exported.output
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["document"]["text"] == (
        GERMAN)
    sentences_csv = runner.invoke(app, ["export", "--db", db, "--what", "sentences", "-f", "csv"])
    assert sentences_csv.stdout.splitlines()[0] == "doc_id,idx,start,end"
    parquet = tmp_path / "events.parquet"
    assert runner.invoke(app, ["export", "--db", db, "-f", "parquet", "--out", str(parquet)]
                         ).exit_code == 0
    import pyarrow.parquet as pq

    assert "type" in pq.read_table(parquet).column_names


def test_ingest_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(empty), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "error E101: empty document" in result.stderr


def test_console_script_runs() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "lagebild.cli", "--help"], capture_output=True, text=True,
        check=False,
    )
    assert completed.returncode == 0
    for command in ("analyze", "ingest", "documents", "events", "export", "schema", "eval",
                    "train"):
        assert command in completed.stdout
