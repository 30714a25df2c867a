"""Every error the API can return comes in one JSON shape.

``{"error": {"status", "code", "message", "detail"}}`` for 400, 401, 403, 404,
405, 413, 422 and 500 alike, from our code and from the framework.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from lagebild.api import create_app
from lagebild.api.errors import ErrorResponse
from lagebild.errors import Code, StoreError
from lagebild.pipeline import Pipeline
from tests.api.conftest import WRITE_TOKEN

AUTH = {"Authorization": f"Bearer {WRITE_TOKEN}"}

# (method, path, request keyword arguments, expected status, expected code)
CASES: list[tuple[str, str, dict[str, Any], int, str]] = [
    ("GET", "/api/v1/nothing-here", {}, 404, "E801"),
    ("GET", "/nothing-here", {}, 404, "E801"),
    ("GET", "/static/missing.js", {}, 404, "E801"),
    ("GET", "/api/v1/documents/ffff", {}, 404, "E801"),
    ("GET", "/api/v1/events/987654", {}, 404, "E801"),
    ("GET", "/api/v1/actors/nobody", {}, 404, "E801"),
    ("DELETE", "/api/v1/events", {}, 405, "E802"),
    ("GET", "/api/v1/analyze", {}, 405, "E802"),
    ("GET", "/api/v1/events", {"params": {"limit": 0}}, 422, "E502"),
    ("GET", "/api/v1/events", {"params": {"limit": "many"}}, 422, "E502"),
    ("GET", "/api/v1/events", {"params": {"offset": -1}}, 422, "E502"),
    ("GET", "/api/v1/events", {"params": {"since": "gestern"}}, 422, "E502"),
    ("GET", "/api/v1/events", {"params": {"until": "2024-02-30"}}, 422, "E111"),
    ("GET", "/api/v1/events/abc", {}, 422, "E502"),
    ("GET", "/api/v1/events/0", {}, 422, "E502"),
    ("GET", "/api/v1/documents", {"params": {"status": "maybe"}}, 422, "E502"),
    ("POST", "/api/v1/analyze", {"json": {}}, 422, "E502"),
    ("POST", "/api/v1/analyze", {"json": {"text": "x", "colour": "red"}}, 422, "E502"),
    ("POST", "/api/v1/analyze", {"json": {"text": "x", "language": "fr"}}, 422, "E502"),
    ("POST", "/api/v1/analyze", {"json": {"text": "x", "published": "2024-13-01"}}, 422, "E111"),
    ("POST", "/api/v1/analyze", {"content": b"{not json",
                                 "headers": {"Content-Type": "application/json"}}, 422, "E502"),
    ("POST", "/api/v1/analyze", {"content": b"%,\x00_15\xff",
                                 "headers": {"Content-Type": "application/json"}}, 400, "E806"),
    ("POST", "/api/v1/analyze", {"json": {"text": "x" * 3_000}}, 413, "E103"),
    ("POST", "/api/v1/analyze", {"json": {"text": "x", "store": True}}, 401, "E803"),
    ("POST", "/api/v1/analyze", {"json": {"text": "x", "store": True},
                                 "headers": {"Authorization": "Bearer wrong"}}, 403, "E804"),
    ("POST", "/api/v1/analyze", {"json": {"text": "x", "store": True},
                                 "headers": {"Authorization": WRITE_TOKEN}}, 401, "E803"),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("errors") / "errors.db"
    app = create_app(str(path), write_token=WRITE_TOKEN, pipeline=pipeline,
                     max_body_bytes=4_000, max_text_bytes=2_000)

    @app.get("/api/v1/test-crash", include_in_schema=False)
    def crash() -> None:
        raise RuntimeError("boom")

    @app.get("/api/v1/test-store-error", include_in_schema=False)
    def store_error() -> None:
        raise StoreError(Code.STORE, "cannot write: disk full")

    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _check_shape(response: Any, status: int, code: str) -> ErrorResponse:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = ErrorResponse.model_validate_json(response.content)
    assert set(response.json()) == {"error"}
    assert set(response.json()["error"]) == {"status", "code", "message", "detail"}
    assert body.error.status == status
    assert body.error.code == code
    assert body.error.message and "\n" not in body.error.message
    return body


@pytest.mark.parametrize(("method", "path", "kwargs", "status", "code"), CASES,
                         ids=[f"{c[3]}-{c[0]} {c[1]}" for c in CASES])
def test_error_shape(client: TestClient, method: str, path: str, kwargs: dict[str, Any],
                     status: int, code: str) -> None:
    _check_shape(client.request(method, path, **kwargs), status, code)


def test_validation_errors_say_where(client: TestClient) -> None:
    body = _check_shape(client.get("/api/v1/events", params={"limit": 0, "offset": -3}),
                        422, "E502")
    assert sorted(tuple(item["loc"]) for item in body.error.detail) == [
        ("query", "limit"), ("query", "offset")]


def test_unexpected_errors_are_500_in_the_same_shape(client: TestClient) -> None:
    body = _check_shape(client.get("/api/v1/test-crash"), 500, "E899")
    assert "boom" not in body.error.message  # internals stay in the server log
    body = _check_shape(client.get("/api/v1/test-store-error"), 500, "E401")


def test_every_operation_documents_the_error_shape(client: TestClient) -> None:
    document = client.get("/api/v1/openapi.json").json()
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status in ("404", "422", "500"):
                schema = operation["responses"][status]["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, (method, path)
