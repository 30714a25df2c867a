"""An API over a small database: generated reports plus written ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from lagebild.api import create_app
from lagebild.model import AnalysisResult
from lagebild.pipeline import Pipeline
from lagebild.store import Store, open_store
from lagebild.store.synthetic import reports
from tests.api.reports import written_results

WRITE_TOKEN = "test-token-3f9a"


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline
           ) -> Iterator[tuple[Store, list[AnalysisResult]]]:
    path = Path(tmp_path_factory.mktemp("api")) / "api.db"
    store = open_store(str(path))
    results = [*reports(400, per_report=8, seed=7, place_count=25), *written_results(pipeline)]
    for result in results:
        store.save(result)
    yield store, results
    store.close()


@pytest.fixture(scope="module")
def client(stored: tuple[Store, list[AnalysisResult]], pipeline: Pipeline
           ) -> Iterator[TestClient]:
    app = create_app(stored[0], pipeline=pipeline)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture()
def writable(tmp_db: str, pipeline: Pipeline) -> Iterator[TestClient]:
    app = create_app(tmp_db, write_token=WRITE_TOKEN, pipeline=pipeline, max_body_bytes=20_000,
                     max_text_bytes=10_000)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
