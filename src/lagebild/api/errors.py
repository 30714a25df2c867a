"""One JSON shape for every error the API returns.

``{"error": {"status": 404, "code": "E801", "message": "...", "detail": [...]}}``:
``status`` repeats the HTTP status, ``code`` is a stable :class:`lagebild.errors.Code`
value, ``message`` one line for people, ``detail`` a list of structured items
(for validation errors: where and what).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from lagebild.errors import Code, LagebildError

log = logging.getLogger("lagebild.api")


class ErrorInfo(BaseModel):
    """What went wrong."""

    status: int = Field(description="The HTTP status code.")
    code: str = Field(description="Stable lagebild error code, e.g. E801.")
    message: str = Field(description="One line for people.")
    detail: list[dict[str, Any]] = Field(
        default_factory=list, description="Structured details, e.g. invalid parameters."
    )


class ErrorResponse(BaseModel):
    """The body of every error response."""

    error: ErrorInfo


class APIError(StarletteHTTPException):
    """An HTTP error with a lagebild code."""

    def __init__(self, status: int, code: Code, message: str,
                 detail: list[dict[str, Any]] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code=status, detail=message, headers=headers)
        self.code = code
        self.message = message
        self.items = detail or []


# Codes for HTTP errors raised by the framework itself (routing, methods).
_HTTP_CODES = {
    404: Code.API_NOT_FOUND,
    405: Code.API_METHOD_NOT_ALLOWED,
    401: Code.API_UNAUTHORIZED,
    403: Code.API_FORBIDDEN,
    413: Code.TOO_LARGE,
    422: Code.USAGE,
}

# HTTP status for errors of the library (bad input is the client's fault; a
# failing stage or database is ours).
_STATUS_OF_CODE = {
    Code.EMPTY: 422,
    Code.BINARY: 422,
    Code.TOO_LARGE: 413,
    Code.BAD_ENCODING: 422,
    Code.BAD_DATE: 422,
    Code.BAD_JSON: 422,
    Code.MISSING_FIELD: 422,
    Code.UNSUPPORTED_LANGUAGE: 422,
    Code.UNKNOWN_LANGUAGE: 422,
    Code.USAGE: 422,
}

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": HTTPStatus(status).phrase}
    for status in (404, 422, 500)
}
WRITE_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": HTTPStatus(status).phrase}
    for status in (400, 401, 403, 413)
}


def error_response(status: int, code: Code | str, message: str,
                   detail: list[dict[str, Any]] | None = None,
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    """Builds the one error response shape."""
    body = ErrorResponse(error=ErrorInfo(status=status, code=str(code), message=message,
                                         detail=detail or []))
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def _validation_items(exc: RequestValidationError) -> list[dict[str, Any]]:
    items = []
    for error in exc.errors():
        items.append({
            "loc": [str(part) for part in error.get("loc", ())],
            "msg": str(error.get("msg", "")),
            "type": str(error.get("type", "")),
        })
    return items


async def _on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if isinstance(exc, APIError):
        return error_response(exc.status_code, exc.code, exc.message, exc.items, exc.headers)
    status = exc.status_code
    code = _HTTP_CODES.get(status, Code.API_INTERNAL if status >= 500 else Code.API_BAD_REQUEST)
    message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(status).phrase
    if status == 404 and message == "Not Found":
        message = f"no such resource: {request.url.path}"
    if status == 405:
        message = f"method {request.method} not allowed on {request.url.path}"
    return error_response(status, code, message, headers=exc.headers)


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    items = _validation_items(exc)
    first = items[0] if items else {"loc": [], "msg": "invalid request"}
    where = ".".join(first["loc"])
    return error_response(422, Code.USAGE, f"invalid request: {where}: {first['msg']}", items)


async def _on_lagebild_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, LagebildError)
    status = _STATUS_OF_CODE.get(exc.code, 500)
    if status >= 500:
        log.error("%s %s: %s", request.method, request.url.path, exc)
    return error_response(status, exc.code, exc.message)


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("%s %s failed", request.method, request.url.path)
    return error_response(500, Code.API_INTERNAL,
                          f"internal error ({type(exc).__name__}); see the server log")


def install_error_handlers(app: FastAPI) -> None:
    """Makes every error of ``app`` come out in the one shape."""
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(LagebildError, _on_lagebild_error)
    app.add_exception_handler(Exception, _on_unexpected)
