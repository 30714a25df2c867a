"""Property-based tests of the whole OpenAPI document (schemathesis).

Every operation gets generated requests, valid and invalid; no response may be
a server error, every response must match the documented schema, and every
error must come in the one error shape. Deterministic (derandomized) and kept
small so the suite stays fast.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from lagebild.api import create_app
from lagebild.api.errors import ErrorResponse
from lagebild.store import open_store
from lagebild.store.synthetic import reports

_folder = Path(tempfile.mkdtemp(prefix="lagebild-schemathesis-"))
atexit.register(shutil.rmtree, _folder, ignore_errors=True)
_store = open_store(str(_folder / "api.db"))
for _result in reports(120, per_report=6, seed=11, place_count=10):
    _store.save(_result)
app = create_app(_store, write_token="schemathesis-token", max_body_bytes=50_000,
                 max_text_bytes=5_000)
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)


@schema.parametrize()
@settings(max_examples=20, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(case: schemathesis.Case) -> None:
    # The first /analyze call loads every language resource; on a busy CI
    # machine that alone can pass schemathesis's default 10 s read timeout.
    response = case.call(timeout=180)
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        body = ErrorResponse.model_validate_json(response.content)
        assert body.error.status == response.status_code
    case.validate_response(response)
