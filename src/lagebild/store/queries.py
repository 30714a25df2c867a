"""Read queries behind the REST API: pages, facets, timelines, actors, search.

Every listing returns ``(rows, total)`` so that callers can page through it;
rows are plain dicts of column values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, case, distinct, func, select

from lagebild.store import schema
from lagebild.store.db import EventFilter, Store, actor_condition
from lagebild.store.search import (
    document_keys,
    documents_fts,
    documents_matching,
    fts_match,
    fts_rank,
    parse_terms,
    quotes_matching,
    snippet_column,
    snippet_parts,
    text_snippet,
)

Rows = list[dict[str, Any]]


def _page(store: Store, query: Select[Any], limit: int, offset: int) -> tuple[Rows, int]:
    """Runs ``query`` for one page and counts all its rows."""
    counted = select(func.count()).select_from(query.order_by(None).subquery())
    with store.engine.connect() as connection:
        rows = [dict(r._mapping) for r in connection.execute(query.limit(limit).offset(offset))]
        total = int(connection.execute(counted).scalar_one())
    return rows, total


def _all(store: Store, query: Select[Any]) -> Rows:
    with store.engine.connect() as connection:
        return [dict(r._mapping) for r in connection.execute(query)]


# Documents ---------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentFilter:
    """Filters for listing documents; None means no filter."""

    text: str | None = None
    language: str | None = None
    outlet: str | None = None
    status: str | None = None
    limit: int = 50
    offset: int = 0


def list_documents(store: Store, filters: DocumentFilter) -> tuple[Rows, int]:
    """Lists documents (without their text), best match first when searching.

    With a full-text query, each row has a ``snippet``: parts of the text
    around the matches, as ``[{"text", "match"}]`` (FTS5's on SQLite, built
    here for the page's rows on other databases).
    """
    d = schema.documents
    columns: list[Any] = [
        d.c.id, d.c.title, d.c.language, d.c.published, d.c.published_source, d.c.source,
        d.c.outlet, d.c.status, d.c.rejection, d.c.ingested_at,
        func.length(d.c.text).label("chars"),
    ]
    dialect = store.engine.dialect.name
    snippet = snippet_column(dialect, filters.text) if filters.text is not None else None
    query: Select[Any]
    if snippet is not None and filters.text is not None:
        # snippet() and rank need the FTS table itself in the FROM clause.
        query = (
            select(*columns, snippet.label("snippet"))
            .select_from(
                documents_fts.join(document_keys, document_keys.c.num == documents_fts.c.rowid)
                .join(d, d.c.id == document_keys.c.doc_id)
            )
            .where(fts_match("documents_fts", parse_terms(filters.text)))
            .order_by(fts_rank("documents_fts"), d.c.id)
        )
    else:
        query = select(*columns).order_by(d.c.published.desc(), d.c.id)
        if filters.text is not None:
            query = query.where(documents_matching(dialect, filters.text, d.c.id))
    conditions = [
        column == value
        for column, value in ((d.c.language, filters.language), (d.c.outlet, filters.outlet),
                              (d.c.status, filters.status))
        if value
    ]
    rows, total = _page(store, cast("Select[Any]", query.where(*conditions)), filters.limit,
                        filters.offset)
    if snippet is None and filters.text is not None and rows:
        wanted = select(d.c.id, d.c.text).where(d.c.id.in_([row["id"] for row in rows]))
        texts = {row["id"]: row["text"] for row in _all(store, wanted)}
        for row in rows:
            row["snippet"] = text_snippet(texts.get(row["id"], ""), filters.text)
    for row in rows:
        if "snippet" in row:
            row["snippet"] = snippet_parts(row["snippet"])
    return rows, total


def search_documents(store: Store, text: str, limit: int = 20) -> Rows:
    """Documents matching a full-text query, best first."""
    return list_documents(store, DocumentFilter(text=text, limit=limit))[0]


# Quotes and quantities -----------------------------------------------------------


@dataclass(frozen=True)
class QuoteFilter:
    """Filters for listing quotes; None means no filter."""

    text: str | None = None
    speaker: str | None = None
    kind: str | None = None
    doc_id: str | None = None
    limit: int = 50
    offset: int = 0


def list_quotes(store: Store, filters: QuoteFilter) -> tuple[Rows, int]:
    """Lists quotes with their document's title, newest document first."""
    q, d = schema.quotes, schema.documents
    query = (
        select(q.c.id, q.c.doc_id, q.c.start, q.c.end, q.c.text, q.c.kind, q.c.speaker_text,
               q.c.speaker_start, q.c.speaker_end, q.c.speaker_kb_id, q.c.cue_text,
               q.c.cue_start, q.c.cue_end, d.c.title, d.c.published, d.c.outlet)
        .join(d, d.c.id == q.c.doc_id)
        .order_by(d.c.published.desc(), q.c.doc_id, q.c.start)
    )
    if filters.text is not None:
        query = query.where(quotes_matching(store.engine.dialect.name, filters.text, q.c.id,
                                            (q.c.text, q.c.speaker_text)))
    if filters.speaker:
        query = query.where((q.c.speaker_kb_id == filters.speaker)
                            | (q.c.speaker_text == filters.speaker))
    if filters.kind:
        query = query.where(q.c.kind == filters.kind)
    if filters.doc_id:
        query = query.where(q.c.doc_id == filters.doc_id)
    return _page(store, query, filters.limit, filters.offset)


def search_quotes(store: Store, text: str, limit: int = 20) -> Rows:
    """Quotes whose text or speaker matches a full-text query."""
    return list_quotes(store, QuoteFilter(text=text, limit=limit))[0]


@dataclass(frozen=True)
class QuantityFilter:
    """Filters for listing quantities; None means no filter."""

    category: str | None = None
    doc_id: str | None = None
    min_value: float | None = None
    max_value: float | None = None
    limit: int = 50
    offset: int = 0


def list_quantities(store: Store, filters: QuantityFilter) -> tuple[Rows, int]:
    """Lists quantities with their document's title, newest document first."""
    n, d = schema.quantities, schema.documents
    query = (
        select(n.c.id, n.c.doc_id, n.c.start, n.c.end, n.c.text, n.c.value, n.c.low, n.c.high,
               n.c.bound, n.c.category, n.c.thing, d.c.title, d.c.published, d.c.outlet)
        .join(d, d.c.id == n.c.doc_id)
        .order_by(d.c.published.desc(), n.c.doc_id, n.c.start)
    )
    if filters.category:
        query = query.where(n.c.category == filters.category)
    if filters.doc_id:
        query = query.where(n.c.doc_id == filters.doc_id)
    if filters.min_value is not None:
        query = query.where(n.c.value >= filters.min_value)
    if filters.max_value is not None:
        query = query.where(n.c.value <= filters.max_value)
    return _page(store, query, filters.limit, filters.offset)


# Events --------------------------------------------------------------------------


def list_events(store: Store, filters: EventFilter, *, raw_records: bool = False
                ) -> tuple[Rows, int]:
    """One page of events matching ``filters`` and the number of all of them."""
    ids, total = store.event_page(filters)
    return store.events_by_id(ids, raw_records=raw_records), total


def event_by_id(store: Store, event_id: int, *, raw_records: bool = False
                ) -> dict[str, Any] | None:
    """One event row (as in :func:`list_events`), or None."""
    rows = store.events_by_id([event_id], raw_records=raw_records)
    return rows[0] if rows else None


def event_timeline(store: Store, filters: EventFilter) -> Rows:
    """Events per day and type (days without a date are left out)."""
    e = schema.events
    query = (
        select(e.c.day, e.c.type, func.count().label("count"))
        .where(e.c.day.is_not(None), *store.event_conditions(filters))
        .group_by(e.c.day, e.c.type)
        .order_by(e.c.day, e.c.type)
    )
    return _all(store, query)


def event_places(store: Store, filters: EventFilter, limit: int = 2000) -> Rows:
    """Event locations with coordinates, and how many events each has."""
    e = schema.events
    query = (
        select(e.c.location_name, e.c.geonames_id, e.c.country_code, e.c.latitude,
               e.c.longitude, func.count().label("count"))
        .where(e.c.latitude.is_not(None), e.c.longitude.is_not(None),
               *store.event_conditions(filters))
        .group_by(e.c.location_name, e.c.geonames_id, e.c.country_code, e.c.latitude,
                  e.c.longitude)
        .order_by(func.count().desc(), e.c.location_name)
        .limit(limit)
    )
    return _all(store, query)


def event_facets(store: Store, limit: int = 200) -> dict[str, Rows]:
    """Values to filter events by, each with its number of events (most first)."""
    e, d = schema.events, schema.documents

    def counts(column: Any, *joins: Any) -> Rows:
        query = select(column.label("value"), func.count().label("count")).select_from(e)
        for table, on in joins:
            query = query.join(table, on)
        query = (query.where(column.is_not(None)).group_by(column)
                 .order_by(func.count().desc(), column).limit(limit))
        return _all(store, query)

    return {
        "types": counts(e.c.type),
        "places": counts(e.c.location_name),
        "countries": counts(e.c.country_code),
        "outlets": counts(d.c.outlet, (d, d.c.id == e.c.doc_id)),
    }


# Actors --------------------------------------------------------------------------


def _actor_key() -> ColumnElement[Any]:
    a = schema.event_actors
    return func.coalesce(a.c.kb_id, a.c.name)


def list_actors(
    store: Store, text: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[Rows, int]:
    """Actors of events (by knowledge-base id, else by name), most events first."""
    a = schema.event_actors
    key = _actor_key()
    query = (
        select(
            key.label("id"),
            func.min(a.c.name).label("name"),
            func.max(a.c.kb_id).label("kb_id"),
            func.count(distinct(a.c.event_id)).label("events"),
            func.sum(case((a.c.role == "source", 1), else_=0)).label("as_source"),
            func.sum(case((a.c.role == "target", 1), else_=0)).label("as_target"),
            func.count(distinct(a.c.doc_id)).label("documents"),
        )
        .group_by(key)
        .order_by(func.count(distinct(a.c.event_id)).desc(), key)
    )
    if text:
        words = [t.text for t in parse_terms(text)]
        for word in words:
            pattern = f"%{word}%"
            query = query.where(a.c.name.ilike(pattern) | a.c.kb_id.ilike(pattern))
    return _page(store, query, limit, offset)


def actor_detail(store: Store, actor: str, partners: int = 25) -> dict[str, Any] | None:
    """One actor: names, counts, events per day and type, co-occurring actors.

    Returns:
        None when no event has this actor.
    """
    a, e = schema.event_actors, schema.events
    mine = store.actor_event_ids(actor)
    if mine is None:
        return None
    with store.engine.connect() as connection:
        names = [
            dict(r._mapping) for r in connection.execute(
                select(a.c.name, a.c.kb_id, func.count().label("count"))
                .where(actor_condition(actor))
                .group_by(a.c.name, a.c.kb_id)
                .order_by(func.count().desc(), a.c.name)
            )
        ]
        if not names:
            return None
        roles: dict[str, int] = {
            role: int(n) for role, n in connection.execute(
                select(a.c.role, func.count(distinct(a.c.event_id)))
                .where(actor_condition(actor)).group_by(a.c.role)
            )
        }
        timeline = [
            dict(r._mapping) for r in connection.execute(
                select(e.c.day, e.c.type, func.count().label("count"))
                .where(e.c.id.in_(mine), e.c.day.is_not(None))
                .group_by(e.c.day, e.c.type).order_by(e.c.day, e.c.type)
            )
        ]
        key = _actor_key()
        co_actors = [
            dict(r._mapping) for r in connection.execute(
                select(key.label("id"), func.min(a.c.name).label("name"),
                       func.count(distinct(a.c.event_id)).label("events"))
                .where(a.c.event_id.in_(mine), ~actor_condition(actor))
                .group_by(key)
                .order_by(func.count(distinct(a.c.event_id)).desc(), key)
                .limit(partners)
            )
        ]
        total = int(connection.execute(
            select(func.count()).select_from(e).where(e.c.id.in_(mine))
        ).scalar_one())
        kb_ids = sorted({n["kb_id"] for n in names if n["kb_id"]})
        mentions = 0
        if kb_ids:
            mentions = int(connection.execute(
                select(func.count()).select_from(schema.entities)
                .where(schema.entities.c.kb_id.in_(kb_ids))
            ).scalar_one())
    return {
        "id": actor,
        "name": names[0]["name"],
        "kb_ids": kb_ids,
        "names": names,
        "events": total,
        "as_source": int(roles.get("source", 0)),
        "as_target": int(roles.get("target", 0)),
        "mentions": mentions,
        "timeline": timeline,
        "co_actors": co_actors,
    }


__all__ = [
    "DocumentFilter",
    "EventFilter",
    "QuantityFilter",
    "QuoteFilter",
    "actor_detail",
    "event_by_id",
    "event_facets",
    "event_places",
    "event_timeline",
    "list_actors",
    "list_documents",
    "list_events",
    "list_quantities",
    "list_quotes",
    "search_documents",
    "search_quotes",
]
