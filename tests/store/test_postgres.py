"""The store on PostgreSQL (runs when LAGEBILD_TEST_PG_URL names a scratch database).

`.ci/run` starts a local PostgreSQL server and sets the variable; elsewhere
the test skips with that reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url, text

from lagebild.service import analyze
from lagebild.store import open_store
from lagebild.store.db import EventFilter


@pytest.fixture()
def pg_url() -> Iterator[str]:
    base = os.environ.get("LAGEBILD_TEST_PG_URL")
    if not base:
        pytest.skip("LAGEBILD_TEST_PG_URL is not set (no PostgreSQL server for tests)")
    # A fresh database per test keeps runs independent.
    name = f"lagebild_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    url = make_url(base).set(database=name)
    yield url.render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


def test_store_round_trip_on_postgres(pg_url: str) -> None:
    store = open_store(pg_url)
    result = analyze("Die Polizei nahm am Montag in Berlin zwölf Demonstranten fest.",
                     published="2024-03-11")
    assert store.save(result) is True
    assert store.save(result) is False
    assert store.result(result.document.id) == result
    assert store.counts()["documents_ok"] == 1
    stored_types = [row["type"] for row in store.events(EventFilter())]
    assert stored_types == [event.type for event in result.events]
    assert store.counts()["events"] == len(result.events)
    again = open_store(pg_url)  # migrations find the schema current
    assert [row["id"] for row in again.documents()] == [result.document.id]
