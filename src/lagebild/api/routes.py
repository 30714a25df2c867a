"""The endpoints under ``/api/v1``."""

from __future__ import annotations

import datetime as dt
import hmac
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response

from lagebild import __version__
from lagebild.api.errors import ERROR_RESPONSES, WRITE_ERROR_RESPONSES, APIError
from lagebild.api.models import (
    ActorDetail,
    ActorPage,
    AnalyzeRequest,
    DocumentPage,
    EventItem,
    EventPage,
    Facets,
    Info,
    PlaceList,
    QuantityPage,
    QuotePage,
    Timeline,
)
from lagebild.errors import Code, InputError
from lagebild.model import SCHEMA_VERSION, AnalysisResult
from lagebild.store import Store, queries
from lagebild.store.db import EventFilter

MAX_PAGE = 200
# Offsets beyond this are refused rather than handed to the database (SQLite
# integers are 64-bit; deep pages are better reached with filters anyway).
MAX_OFFSET = 10_000_000
MAX_ID = 2**62
DAY_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
DATE_FORMAT: dict[str, Any] = {"format": "date"}

router = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES)

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
ShortText = Annotated[str | None, Query(max_length=200)]
SearchText = Annotated[
    str | None,
    Query(max_length=500, description='Full-text query: words, "phrases" and prefix* words, '
          "all of which must match."),
]


def get_store(request: Request) -> Store:
    """The database of the app."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


def _valid_day(value: str | None, name: str) -> str | None:
    # The pattern admits 2024-02-30; the calendar does not.
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise APIError(422, Code.BAD_DATE, f"invalid request: {name}: no such day {value}",
                       [{"loc": ["query", name], "msg": "no such day", "type": "value_error"}]
                       ) from None
    return value


def event_filter(
    type: Annotated[str | None, Query(max_length=64, description="Event type, e.g. ASSAULT.")]
    = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="Actor: knowledge-base id or name.")
    ] = None,
    place: Annotated[
        str | None, Query(max_length=200, description="Location name or GeoNames id.")
    ] = None,
    country: Annotated[
        str | None, Query(max_length=8, description="ISO 3166 country code of the location.")
    ] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="Publishing outlet.")]
    = None,
    since: Annotated[str | None, Query(pattern=DAY_PATTERN, json_schema_extra=DATE_FORMAT,
                                       description="From this day on (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(pattern=DAY_PATTERN, json_schema_extra=DATE_FORMAT,
                                       description="Up to this day (YYYY-MM-DD).")] = None,
    q: SearchText = None,
    doc_id: Annotated[str | None, Query(max_length=64, description="Only this document.")]
    = None,
) -> EventFilter:
    """The event filters shared by the event list, the timeline and the map."""
    since = _valid_day(since, "since")
    until = _valid_day(until, "until")
    return EventFilter(
        type=type, actor=actor, place=place, country=country, outlet=outlet,
        since=since, until=until,
        text=q, doc_id=doc_id,
    )


EventFilterDep = Annotated[EventFilter, Depends(event_filter)]


@router.get("", response_model=Info, summary="What this server is and holds")
def info(request: Request, store: StoreDep) -> dict[str, Any]:
    """Version, schema version, whether writes are enabled, and row counts."""
    return {"version": __version__, "schema_version": SCHEMA_VERSION,
            "writable": request.app.state.write_token is not None, "counts": store.counts()}


# Documents -----------------------------------------------------------------------


@router.get("/documents", response_model=DocumentPage, summary="List documents")
def list_documents(
    store: StoreDep,
    q: SearchText = None,
    language: ShortText = None,
    outlet: ShortText = None,
    status: Literal["ok", "rejected"] | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Documents without their text, newest first, or best match first with ``q``."""
    rows, total = queries.list_documents(
        store, queries.DocumentFilter(text=q, language=language, outlet=outlet, status=status,
                                      limit=limit, offset=offset)
    )
    return {"items": rows, "total": total, "limit": limit, "offset": offset}


@router.get("/documents/{doc_id}", response_model=AnalysisResult,
            summary="One document with all its records")
def get_document(
    store: StoreDep, doc_id: Annotated[str, Path(max_length=64)]
) -> AnalysisResult:
    """The stored analysis: the same JSON as ``lagebild analyze`` prints."""
    result = store.result(doc_id)
    if result is None:
        raise APIError(404, Code.API_NOT_FOUND, f"no document {doc_id}")
    return result


# Events --------------------------------------------------------------------------


_EVENT_COLUMNS = ("id", "doc_id", "idx", "type", "mode", "day", "location_name", "country_code",
                  "latitude", "longitude", "reported_by", "confidence")


def _event_item_json(row: dict[str, Any]) -> str:
    """One EventItem as JSON.

    The stored record goes in as it is (it was written from a validated
    Event), which spares parsing and validating it again per request.
    """
    head = {key: row[key] for key in _EVENT_COLUMNS}
    head["document"] = {key: row[key] for key in ("title", "source", "outlet", "published")}
    record = row["record"]
    if not isinstance(record, str):
        record = json.dumps(record, ensure_ascii=False)
    return f'{json.dumps(head, ensure_ascii=False)[:-1]},"event":{record}}}'


def _json_response(body: str) -> Response:
    return Response(content=body.encode("utf-8"), media_type="application/json")


@router.get("/events", response_model=EventPage, summary="List events")
def list_events(
    store: StoreDep, filters: EventFilterDep, limit: Limit = 50, offset: Offset = 0
) -> Response:
    """Events matching all given filters, latest day first.

    ``q`` matches the text of the event's document (full-text search).
    """
    page = EventFilter(**{**filters.__dict__, "limit": limit, "offset": offset})
    rows, total = queries.list_events(store, page, raw_records=True)
    items = ",".join(_event_item_json(r) for r in rows)
    return _json_response(
        f'{{"items":[{items}],"total":{total},"limit":{limit},"offset":{offset}}}'
    )


@router.get("/events/timeline", response_model=Timeline, summary="Events per day and type")
def event_timeline(store: StoreDep, filters: EventFilterDep) -> dict[str, Any]:
    """How many matching events fell on each day, by type."""
    return {"days": queries.event_timeline(store, filters)}


@router.get("/events/places", response_model=PlaceList, summary="Event locations")
def event_places(store: StoreDep, filters: EventFilterDep) -> dict[str, Any]:
    """Locations (with coordinates) of matching events and their counts."""
    return {"places": queries.event_places(store, filters)}


@router.get("/events/facets", response_model=Facets, summary="Values to filter events by")
def event_facets(store: StoreDep) -> dict[str, Any]:
    """Event types, places, countries and outlets with their numbers of events."""
    return queries.event_facets(store)


@router.get("/events/{event_id}", response_model=EventItem, summary="One event")
def get_event(
    store: StoreDep, event_id: Annotated[int, Path(ge=1, le=MAX_ID)]
) -> Response:
    """One event with its full record and its document's title."""
    row = queries.event_by_id(store, event_id, raw_records=True)
    if row is None:
        raise APIError(404, Code.API_NOT_FOUND, f"no event {event_id}")
    return _json_response(_event_item_json(row))


# Actors, quotes, quantities --------------------------------------------------------


@router.get("/actors", response_model=ActorPage, summary="List actors")
def list_actors(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200, description="Part of a name or id.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Actors of events with their numbers of events, most events first."""
    rows, total = queries.list_actors(store, q, limit, offset)
    return {"items": rows, "total": total, "limit": limit, "offset": offset}


@router.get("/actors/{actor_id}", response_model=ActorDetail, summary="One actor")
def get_actor(
    store: StoreDep, actor_id: Annotated[str, Path(max_length=200)]
) -> dict[str, Any]:
    """An actor (knowledge-base id or name): events over time, co-occurring actors."""
    detail = queries.actor_detail(store, actor_id)
    if detail is None:
        raise APIError(404, Code.API_NOT_FOUND, f"no actor {actor_id}")
    return detail


@router.get("/quotes", response_model=QuotePage, summary="List quotes")
def list_quotes(
    store: StoreDep,
    q: SearchText = None,
    speaker: Annotated[
        str | None, Query(max_length=200, description="Speaker knowledge-base id or text.")
    ] = None,
    kind: Literal["direct", "indirect", "scare"] | None = None,
    doc_id: Annotated[str | None, Query(max_length=64)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Quotes, newest document first; ``q`` searches quote text and speaker."""
    rows, total = queries.list_quotes(
        store, queries.QuoteFilter(text=q, speaker=speaker, kind=kind, doc_id=doc_id,
                                   limit=limit, offset=offset)
    )
    return {"items": rows, "total": total, "limit": limit, "offset": offset}


@router.get("/quantities", response_model=QuantityPage, summary="List quantities")
def list_quantities(
    store: StoreDep,
    category: ShortText = None,
    doc_id: Annotated[str | None, Query(max_length=64)] = None,
    min_value: Annotated[float | None, Query(ge=-1e15, le=1e15)] = None,
    max_value: Annotated[float | None, Query(ge=-1e15, le=1e15)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Counts of things (killed, injured, ...), newest document first."""
    rows, total = queries.list_quantities(
        store, queries.QuantityFilter(category=category, doc_id=doc_id, min_value=min_value,
                                      max_value=max_value, limit=limit, offset=offset)
    )
    return {"items": rows, "total": total, "limit": limit, "offset": offset}


# Analysis --------------------------------------------------------------------------


def _check_write_token(request: Request, authorization: str | None) -> None:
    token: str | None = request.app.state.write_token
    if token is None:
        raise APIError(403, Code.API_READ_ONLY,
                       "this server is read-only (start it with a write token to store)")
    if not authorization or not authorization.startswith("Bearer "):
        raise APIError(401, Code.API_UNAUTHORIZED, "storing needs 'Authorization: Bearer TOKEN'",
                       headers={"WWW-Authenticate": "Bearer"})
    given = authorization.removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise APIError(403, Code.API_FORBIDDEN, "wrong write token")


@router.post(
    "/analyze",
    response_model=AnalysisResult,
    summary="Analyse a report",
    responses=WRITE_ERROR_RESPONSES,
)
def analyze(
    request: Request,
    response: Response,
    body: AnalyzeRequest,
    store: StoreDep,
    authorization: Annotated[str | None, Header(max_length=1000)] = None,
) -> AnalysisResult:
    """Runs the pipeline on a text and returns its records (as ``lagebild analyze``).

    With ``"store": true`` (and the write token) the document is also stored;
    the ``Lagebild-Stored`` header then says ``new`` or ``duplicate``.
    """
    from lagebild.service import analyze_document, make_document

    if body.store:
        _check_write_token(request, authorization)
    limit: int = request.app.state.max_text_bytes
    size = len(body.text.encode("utf-8"))
    if size > limit:
        raise APIError(413, Code.TOO_LARGE,
                       f"text too large ({size} bytes; limit {limit} bytes)")
    document = make_document(body.text, language=body.language, published=body.published,
                             title=body.title, authors=body.authors, source=body.source,
                             outlet=body.outlet)
    if not document.text:
        raise InputError(Code.EMPTY, "text is empty")
    result = analyze_document(document, request.app.state.pipeline)
    if body.store:
        response.headers["Lagebild-Stored"] = "new" if store.save(result) else "duplicate"
    else:
        response.headers["Lagebild-Stored"] = "no"
    return result
