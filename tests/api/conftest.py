"""An API over a small database: generated reports plus written ones.

The module-scoped database runs on SQLite and, when LAGEBILD_TEST_PG_URL names
a PostgreSQL server (as `.ci/run` arranges), on PostgreSQL too.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, make_url, text

from lagebild.api import create_app
from lagebild.model import AnalysisResult
from lagebild.pipeline import Pipeline
from lagebild.store import Store, open_store
from lagebild.store.synthetic import reports
from tests.api.reports import written_results

WRITE_TOKEN = "test-token-3f9a"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
                 ) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(Path(tmp_path_factory.mktemp("api")) / "api.db")
        return
    base = os.environ.get("LAGEBILD_TEST_PG_URL")
    if not base:
        pytest.skip("LAGEBILD_TEST_PG_URL is not set (no PostgreSQL server for tests)")
    pytest.importorskip("pg8000")
    name = f"lagebild_api_{uuid.uuid4().hex[:12]}"  # a scratch database per module
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    yield make_url(base).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture(scope="module")
def stored(database_url: str, pipeline: Pipeline
           ) -> Iterator[tuple[Store, list[AnalysisResult]]]:
    store = open_store(database_url)
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


def needs_fts(store: Store) -> None:
    """Skips a test of SQLite's FTS5 behaviour (folding, snippets) on other databases."""
    if store.engine.dialect.name != "sqlite":
        pytest.skip("FTS5 behaviour; other databases search with LIKE")
