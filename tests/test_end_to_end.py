"""End to end: ingest the bundled examples and the seed report, then read them back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lagebild.ingest.runner import ingest_paths
from lagebild.pipeline import Pipeline
from lagebild.store import open_store
from tests.conftest import EXAMPLES, SEED, shared_path


def test_examples_and_seed(tmp_db: str, pipeline: Pipeline) -> None:
    seed = shared_path("seeds", SEED.name)
    example_files = [p for p in EXAMPLES.rglob("*") if p.is_file() and p.suffix in
                     {".txt", ".html", ".jsonl"}]
    assert len(example_files) >= 12
    store = open_store(tmp_db)
    stats = ingest_paths([str(EXAMPLES), str(seed), str(seed)], store, pipeline)
    assert stats.rejected_total == 0, stats.rejected
    assert stats.duplicates == 1
    languages = {row["language"] for row in store.documents()}
    assert languages == {"de", "en"}

    seed_rows = [row for row in store.documents() if row["source"] == str(seed)]
    assert len(seed_rows) == 1
    result = store.result(seed_rows[0]["id"])
    assert result is not None
    assert result.document.language == "de"
    text = result.document.text
    sentences = [text[s.start:s.end] for s in result.sentences]
    # 14 sentences plus the byline.
    assert len(sentences) == 15
    assert sentences[-1].lstrip("‘ ").startswith("Anders Hagstrom")
    for sentence in sentences:
        assert not re.search(r"\b7\.$", sentence), "split inside '7. Oktober'"
        assert not sentence.startswith("Oktober")
        assert not re.search(r"\b1\.$", sentence) and not sentence.startswith("400")
    fourth = sentences[3]
    assert fourth.count("“") == 1 and fourth.count("”") == 1
    assert fourth.endswith("vereinbart.”")


@pytest.mark.parametrize("path", sorted(p for p in EXAMPLES.rglob("*.txt")), ids=lambda p: p.name)
def test_each_example_is_clean(path: Path, pipeline: Pipeline) -> None:
    from lagebild.service import make_document

    analysis = pipeline.run(make_document(path.read_text(encoding="utf-8"), source=str(path)))
    assert analysis.rejection is None
    expected = "de" if "/de/" in str(path) else "en"
    assert analysis.language == expected
    assert len(analysis.sentences) >= 5


def test_analyze_seed_validates_against_schema() -> None:
    import json

    import jsonschema
    from typer.testing import CliRunner

    from lagebild.cli import app

    seed = shared_path("seeds", SEED.name)
    runner = CliRunner()
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    result = runner.invoke(app, ["analyze", str(seed)])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    jsonschema.validate(payload, schema)
    assert payload["document"]["language"] == "de"
