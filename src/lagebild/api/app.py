"""The FastAPI application: REST API under ``/api/v1`` and the web UI at ``/``."""

from __future__ import annotations

from importlib import resources as importlib_resources
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lagebild import __version__
from lagebild.api.errors import APIError, error_response, install_error_handlers
from lagebild.api.routes import router
from lagebild.errors import Code
from lagebild.pipeline import Pipeline
from lagebild.store import Store, open_store

DEFAULT_MAX_BODY_BYTES = 6_000_000

# The UI loads nothing from elsewhere: this policy makes the browser refuse to.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)


class _BodyTooLarge(APIError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, Code.TOO_LARGE, f"request body too large (limit {limit} bytes)")


class LimitsAndHeaders:
    """Refuses request bodies over a size limit; adds security headers.

    The limit is checked against Content-Length up front and against the bytes
    actually received (chunked requests have no Content-Length).
    """

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handles one ASGI call."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_body_bytes
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value.isdigit() and int(value) > limit:
                response = error_response(413, Code.TOO_LARGE,
                                          f"request body too large (limit {limit} bytes)")
                await response(scope, receive, self._with_headers(send))
                return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge(limit)
            return message

        await self.app(scope, limited_receive, self._with_headers(send))

    @staticmethod
    def _with_headers(send: Send) -> Send:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        return send_with_headers


def create_app(
    db_url: str | Store,
    write_token: str | None = None,
    *,
    pipeline: Pipeline | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_text_bytes: int | None = None,
    create: bool = True,
) -> FastAPI:
    """Builds the lagebild web application.

    Args:
        db_url: The database (path or SQLAlchemy URL), or an open Store.
        write_token: Enables storing through ``POST /api/v1/analyze`` for
            requests that carry it as a Bearer token; None keeps the server
            read-only.
        pipeline: The pipeline for ``/analyze``; the default one when None
            (built on first use).
        max_body_bytes: Largest request body accepted (413 beyond).
        max_text_bytes: Largest text to analyse; the ingest limit of the
            settings when None.
        create: Create a missing SQLite database.
    """
    from lagebild.settings import load_settings

    store = db_url if isinstance(db_url, Store) else open_store(db_url, create=create)
    store.analyze_statistics()
    if max_text_bytes is None:
        max_text_bytes = int(load_settings(None).data["ingest"]["max_bytes"])
    app = FastAPI(
        title="lagebild",
        version=__version__,
        description="Structured, verifiable event records from German and English news. "
        "Every record points to the characters of the text it came from.",
        openapi_url="/api/v1/openapi.json",
        # The interactive docs pages load scripts from a CDN: not offered.
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.write_token = write_token or None
    app.state.pipeline = pipeline
    app.state.max_text_bytes = max_text_bytes
    install_error_handlers(app)
    app.include_router(router)
    _mount_ui(app)
    app.add_middleware(LimitsAndHeaders, max_body_bytes=max_body_bytes)
    return app


def _mount_ui(app: FastAPI) -> None:
    static = importlib_resources.files("lagebild.web").joinpath("static")
    index = static.joinpath("index.html")

    @app.get("/", include_in_schema=False)
    def ui() -> Any:
        return FileResponse(str(index), headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=str(static)), name="static")
