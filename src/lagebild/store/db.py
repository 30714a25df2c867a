"""Opening, migrating, writing and querying the lagebild database.

SQLite (``lagebild.db``) is the default, in WAL mode so that readers (the web
UI) never block the writer. Each document and all its records are written in
one transaction: a crash at any moment leaves whole documents or nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Engine,
    Select,
    Table,
    Text,
    create_engine,
    event,
    false,
    func,
    insert,
    inspect,
    intersect,
    literal,
    literal_column,
    select,
    type_coerce,
    union,
)
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from lagebild.errors import Code, StoreError
from lagebild.model import SCHEMA_VERSION, AnalysisResult, Event
from lagebild.store import schema
from lagebild.store.search import document_ids_matching, document_keys

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def normalize_url(url: str) -> str:
    """Turns a bare file path into a SQLite URL; leaves URLs as they are."""
    return url if "://" in url else f"sqlite:///{url}"


def _sqlite_pragmas(dbapi_connection: Any, _: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers do not block the writer; NORMAL sync is crash-safe in WAL
    # mode (a process kill loses nothing committed).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    # Reads (the API's filters) touch index and row pages all over the file:
    # memory-mapping spares a system call per page, and a larger page cache
    # (32 MB per connection) keeps the indexes in memory.
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.execute("PRAGMA cache_size=-32768")
    cursor.close()


def _alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    location = importlib_resources.files("lagebild.store").joinpath("migrations")
    config.set_main_option("script_location", str(location))
    config.attributes["connection"] = connection
    return config


def _migrate(engine: Engine, url: str) -> None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.begin() as connection:
        config = _alembic_config(connection)
        scripts = ScriptDirectory.from_config(config)
        head = scripts.get_current_head()
        current = MigrationContext.configure(connection).get_current_revision()
        if current == head:
            return
        if current is None:
            if inspect(connection).has_table("documents"):
                raise StoreError(
                    Code.SCHEMA_VERSION, "database has no schema version; not a lagebild database?",
                    path=url,
                )
            schema.metadata.create_all(connection)
            command.stamp(config, "head")
            return
        known = {rev.revision for rev in scripts.walk_revisions()}
        if current not in known:
            raise StoreError(
                Code.SCHEMA_VERSION,
                f"database schema {current} is newer than this lagebild (knows up to {head}); "
                "upgrade lagebild",
                path=url,
            )
        command.upgrade(config, "head")


def actor_matches(actor: str) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """Conditions on event_actors: the actor by knowledge-base id, and by name.

    Names compare with lower() on both sides: SQLite's lower() folds ASCII
    only, so folding the needle in Python would miss "Ägypten" for "Ägypten".
    """
    a = schema.event_actors
    return a.c.kb_id == actor, func.lower(a.c.name) == func.lower(literal(actor))


def actor_condition(actor: str) -> ColumnElement[bool]:
    """Matches ``event_actors`` rows by knowledge-base id or name (case-insensitive)."""
    by_id, by_name = actor_matches(actor)
    return by_id | by_name


@dataclass(frozen=True)
class EventFilter:
    """Filters for listing events; None means no filter."""

    type: str | None = None
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    doc_id: str | None = None
    place: str | None = None
    country: str | None = None
    outlet: str | None = None
    text: str | None = None
    limit: int | None = None
    offset: int = 0


def _event_day(event_record: Event, published: dt.date | None) -> str | None:
    if event_record.date is not None and event_record.date.value:
        value = event_record.date.value
        if _FULL_DATE.match(value):
            return value
    return published.isoformat() if published else None


class Store:
    """A lagebild database."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url

    # Writing -----------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        """Tells whether a document with this id is stored."""
        with self.engine.connect() as connection:
            found = connection.execute(
                select(schema.documents.c.id).where(schema.documents.c.id == doc_id)
            ).first()
        return found is not None

    def save(self, result: AnalysisResult) -> bool:
        """Stores a document and all its records in one transaction.

        Args:
            result: The analysis of one document.

        Returns:
            True when stored, False when a document with the same id (the same
            content) was already stored.

        Raises:
            StoreError: When the database cannot be written.
        """
        try:
            with self.engine.begin() as connection:
                self._insert(connection, result)
        except IntegrityError:
            if self.has_document(result.document.id):
                return False
            raise
        except SQLAlchemyError as exc:
            raise StoreError(Code.STORE, f"cannot write: {exc.__class__.__name__}: {exc}",
                             path=self.url) from exc
        return True

    def _insert(self, connection: Connection, result: AnalysisResult) -> None:
        document = result.document
        doc_id = document.id
        # Values go in as parameters, not .values(...), so that SQLAlchemy
        # compiles each INSERT once per process instead of once per row.
        connection.execute(
            insert(schema.documents),
            dict(
                id=doc_id,
                source=document.source,
                title=document.title,
                language=document.language,
                published=document.published.isoformat() if document.published else None,
                published_source=document.published_source,
                authors=list(document.authors),
                outlet=document.outlet,
                text=document.text,
                status=result.status,
                rejection=result.rejection,
                ingested_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                schema_version=SCHEMA_VERSION,
                result=result.model_dump(mode="json"),
            ),
        )
        rows: list[tuple[Table, list[dict[str, Any]]]] = [
            (schema.sentences, [
                {"doc_id": doc_id, "idx": i, "start": s.start, "end": s.end}
                for i, s in enumerate(result.sentences)
            ]),
            (schema.entities, [
                {"doc_id": doc_id, "start": e.start, "end": e.end, "text": e.text,
                 "label": e.label, "kb_id": e.kb_id, "name": e.name}
                for e in result.entities
            ]),
            (schema.roles, [
                {"doc_id": doc_id, "start": r.start, "end": r.end, "person": r.person,
                 "role": r.role, "organization": r.organization,
                 "person_kb_id": r.person_kb_id, "organization_kb_id": r.organization_kb_id}
                for r in result.roles
            ]),
            (schema.times, [
                {"doc_id": doc_id, "start": t.start, "end": t.end, "text": t.text,
                 "value": t.value, "type": t.type}
                for t in result.times
            ]),
            (schema.quantities, [
                {"doc_id": doc_id, "start": q.start, "end": q.end, "text": q.text,
                 "value": q.value, "low": q.low, "high": q.high, "bound": q.bound,
                 "category": q.category, "thing": q.thing}
                for q in result.quantities
            ]),
            (schema.quotes, [
                {"doc_id": doc_id, "start": q.start, "end": q.end, "text": q.text,
                 "kind": q.kind,
                 "speaker_text": q.speaker.text if q.speaker else None,
                 "speaker_start": q.speaker.start if q.speaker else None,
                 "speaker_end": q.speaker.end if q.speaker else None,
                 "speaker_kb_id": q.speaker.kb_id if q.speaker else None,
                 "cue_text": q.cue.text if q.cue else None,
                 "cue_start": q.cue.start if q.cue else None,
                 "cue_end": q.cue.end if q.cue else None}
                for q in result.quotes
            ]),
        ]
        for table, values in rows:
            if values:
                connection.execute(insert(table), values)
        for idx, record in enumerate(result.events):
            location = record.location
            day = _event_day(record, document.published)
            event_id = connection.execute(
                insert(schema.events),
                dict(
                    doc_id=doc_id,
                    idx=idx,
                    type=record.type,
                    mode=record.mode,
                    cameo=record.cameo,
                    day=day,
                    date_value=record.date.value if record.date else None,
                    location_name=location.name if location else None,
                    geonames_id=location.geonames_id if location else None,
                    latitude=location.latitude if location else None,
                    longitude=location.longitude if location else None,
                    country_code=location.country_code if location else None,
                    modality=record.modality,
                    reported_by=record.reported_by.text if record.reported_by else None,
                    confidence=record.confidence,
                    evidence_start=record.evidence.start,
                    evidence_end=record.evidence.end,
                    record=record.model_dump(mode="json"),
                ),
            ).inserted_primary_key
            assert event_id is not None
            event_id = event_id[0]
            actors = [
                {"event_id": event_id, "doc_id": doc_id, "role": role, "name": actor.name,
                 "kb_id": actor.kb_id, "start": actor.start, "end": actor.end, "day": day}
                for role, group in (("source", record.sources), ("target", record.targets))
                for actor in group
            ]
            if actors:
                connection.execute(insert(schema.event_actors), actors)

    # Reading -----------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Returns the number of rows per table (documents split by status)."""
        out: dict[str, int] = {}
        with self.engine.connect() as connection:
            for status, n in connection.execute(
                select(schema.documents.c.status, func.count()).group_by(schema.documents.c.status)
            ):
                out[f"documents_{status}"] = int(n)
            for table in schema.RECORD_TABLES:
                out[table.name] = int(
                    connection.execute(select(func.count()).select_from(table)).scalar_one()
                )
        return out

    def documents(
        self, *, status: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Lists stored documents (without their text), newest publication first."""
        d = schema.documents
        query = select(
            d.c.id, d.c.title, d.c.language, d.c.published, d.c.published_source, d.c.source,
            d.c.outlet, d.c.status, d.c.rejection, d.c.ingested_at,
            func.length(d.c.text).label("chars"),
        ).order_by(d.c.published.desc(), d.c.id)
        if status is not None:
            query = query.where(d.c.status == status)
        if limit is not None:
            query = query.limit(limit)
        query = query.offset(offset)
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(query)]

    def result(self, doc_id: str) -> AnalysisResult | None:
        """Returns the stored analysis of one document, or None."""
        with self.engine.connect() as connection:
            stored = connection.execute(
                select(schema.documents.c.result).where(schema.documents.c.id == doc_id)
            ).scalar_one_or_none()
        return None if stored is None else AnalysisResult.model_validate(stored)

    def iter_results(self) -> Iterator[AnalysisResult]:
        """Yields every stored analysis, in id order."""
        with self.engine.connect() as connection:
            for (stored,) in connection.execute(
                select(schema.documents.c.result).order_by(schema.documents.c.id)
            ):
                yield AnalysisResult.model_validate(stored)

    def _document_sets(self, filters: EventFilter) -> list[Select[Any]]:
        """SELECTs of document ids, one per document filter (outlet, text)."""
        d = schema.documents
        sets: list[Select[Any]] = []
        if filters.outlet:
            sets.append(select(d.c.id).where(d.c.outlet == filters.outlet))
        if filters.text is not None:
            sets.append(document_ids_matching(self.engine.dialect.name, filters.text))
        return sets

    def _many_documents(self, filters: EventFilter) -> bool:
        """Whether the document filters (outlet, text) keep more than 1 in 50 documents."""
        sets = self._document_sets(filters)
        if not sets or self.engine.dialect.name != "sqlite":
            return False
        kept = intersect(*sets) if len(sets) > 1 else sets[0]
        with self.engine.connect() as connection:
            count = connection.execute(
                select(func.count()).select_from(kept.subquery())).scalar_one()
            everything = connection.execute(
                select(func.count()).select_from(schema.documents)).scalar_one()
        return int(count) * 50 > int(everything)

    def event_conditions(self, filters: EventFilter, *, scan_by_day: bool = False
                         ) -> list[ColumnElement[bool]]:
        """The WHERE conditions on ``schema.events`` that ``filters`` asks for.

        Place matches the location name exactly or, when it is a number, the
        GeoNames id; actor matches the knowledge-base id or the name (case-
        insensitive); text matches the event's document (full-text search).

        Args:
            filters: The filters.
            scan_by_day: Keep SQLite from driving the query by the documents'
                events (used when many documents match: walking events by day
                until a page is full is then cheaper than sorting them all).
        """
        e = schema.events
        conditions: list[ColumnElement[bool]] = []
        if filters.type:
            conditions.append(e.c.type == filters.type.upper())
        if filters.since:
            conditions.append(e.c.day >= filters.since)
        if filters.until:
            conditions.append(e.c.day <= filters.until)
        if filters.doc_id:
            conditions.append(e.c.doc_id == filters.doc_id)
        if filters.actor:
            conditions.append(self._actor_events(filters.actor, e.c.id))
        if filters.place:
            place = e.c.location_name == filters.place
            if filters.place.isdigit() and len(filters.place) < 12:
                place = place | (e.c.geonames_id == int(filters.place))
            conditions.append(place)
        if filters.country:
            conditions.append(e.c.country_code == filters.country.upper())
        # "+events.doc_id": SQLite's idiom for "use no index for this term"
        doc_id = literal_column("+events.doc_id") if scan_by_day else e.c.doc_id
        conditions.extend(doc_id.in_(documents) for documents in self._document_sets(filters))
        return conditions

    def _event_rows(self, raw_records: bool = False) -> Select[Any]:
        e, d = schema.events, schema.documents
        # raw: the record as the stored JSON text, for callers that pass it on as is
        record = type_coerce(e.c.record, Text).label("record") if raw_records else e.c.record
        return select(
            e.c.id, e.c.doc_id, e.c.idx, e.c.type, e.c.mode, e.c.cameo, e.c.day,
            e.c.date_value, e.c.location_name, e.c.geonames_id, e.c.latitude,
            e.c.longitude, e.c.country_code, e.c.modality, e.c.reported_by,
            e.c.confidence, e.c.evidence_start, e.c.evidence_end, record, d.c.title,
            d.c.source, d.c.outlet, d.c.published,
        ).join(d, d.c.id == e.c.doc_id)

    def _event_id_query(self, filters: EventFilter, *columns: Any,
                        scan_by_day: bool = False) -> Select[Any]:
        e = schema.events
        conditions = self.event_conditions(filters, scan_by_day=scan_by_day)
        query = select(e.c.id, *columns).where(*conditions).order_by(
            *self._late_first(e.c.day, e.c.id))
        if filters.limit is not None:
            query = query.limit(filters.limit)
        return query.offset(filters.offset)

    def event_ids(self, filters: EventFilter) -> list[int]:
        """Ids of the events matching ``filters``, latest day first, then latest stored first.

        Only ids are sorted and paged; the wide rows (with their JSON record)
        are read for the page alone (see :meth:`events`).
        """
        query = self._event_id_query(filters, scan_by_day=self._many_documents(filters))
        with self.engine.connect() as connection:
            return list(connection.execute(query).scalars())

    def event_page(self, filters: EventFilter) -> tuple[list[int], int]:
        """One page of event ids (as :meth:`event_ids`) and the number of all matches.

        An actor filter is resolved by looking events up one id at a time, the
        costly part: then one pass yields both page and count. Other filters
        walk an index in order, where a page and a separate count are cheaper
        than sorting every match.
        """
        if not filters.actor:
            return self.event_ids(filters), self.count_events(filters)
        others = (filters.type, filters.place, filters.country, filters.outlet, filters.doc_id)
        if not any(others) and filters.text is None:
            return self._actor_page(filters)
        query = self._event_id_query(filters, func.count().over().label("total"))
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
        if not rows:  # past the last page, or nothing at all
            return [], self.count_events(filters) if filters.offset else 0
        return [int(row[0]) for row in rows], int(rows[0][1])

    def _late_first(self, day: ColumnElement[Any], ident: ColumnElement[Any]
                    ) -> list[ColumnElement[Any]]:
        """ORDER BY for events: latest day first (undated last), then latest id."""
        latest_day = day.desc()
        if self.engine.dialect.name != "sqlite":
            latest_day = latest_day.nulls_last()  # SQLite puts NULL last already
        return [latest_day, ident.desc()]

    def _actor_page(self, filters: EventFilter) -> tuple[list[int], int]:
        # An actor (and days) alone: answered from event_actors' indexes, which
        # carry the day, without touching events at all.
        assert filters.actor is not None
        a = schema.event_actors
        by_id, by_name = actor_matches(filters.actor)
        days = [a.c.day >= filters.since] if filters.since else []
        days += [a.c.day <= filters.until] if filters.until else []
        present = [m for m in (by_id, by_name) if self._any(m)]
        if not present:
            return [], 0
        if len(present) == 1:
            # One index, (key, day, event_id), read in its own order: no sorting,
            # and GROUP BY folds an actor named twice in one event. Ordered in
            # the same SELECT: around a subquery SQLite would sort again.
            single = select(a.c.event_id).where(present[0], *days).group_by(
                a.c.day, a.c.event_id)
            counted = single.subquery()
            page = cast(Select[Any], single.order_by(*self._late_first(a.c.day, a.c.event_id)))
        else:
            both = union(*(select(a.c.event_id, a.c.day).where(m, *days)
                           for m in present)).subquery()
            counted = both
            page = cast(Select[Any], select(both.c.event_id).order_by(
                *self._late_first(both.c.day, both.c.event_id)))
        page = page.offset(filters.offset)
        if filters.limit is not None:
            page = page.limit(filters.limit)
        count = select(func.count()).select_from(counted)
        with self.engine.connect() as connection:
            ids = [int(row[0]) for row in connection.execute(page)]
            total = int(connection.execute(count).scalar_one())
        return ids, total

    def actor_event_ids(self, actor: str) -> Select[Any] | CompoundSelect[Any] | None:
        """A SELECT of the ids of ``actor``'s events (by id or name); None without any.

        Only the ways of naming the actor that occur are asked: two would need
        a UNION, which sorts, where one index read alone does not.
        """
        a = schema.event_actors
        present = [m for m in actor_matches(actor) if self._any(m)]
        if not present:
            return None
        if len(present) == 1:
            return select(a.c.event_id).where(present[0])
        return union(*(select(a.c.event_id).where(m) for m in present))

    def _actor_events(self, actor: str, event_id: ColumnElement[Any]) -> ColumnElement[bool]:
        ids = self.actor_event_ids(actor)
        return false() if ids is None else event_id.in_(ids)

    def _any(self, condition: ColumnElement[bool]) -> bool:
        with self.engine.connect() as connection:
            found = connection.execute(
                select(schema.event_actors.c.event_id).where(condition).limit(1)).first()
        return found is not None

    def analyze_statistics(self) -> None:
        """Refreshes the query planner's statistics (SQLite; sampled, so fast on any size).

        Without them SQLite may read the wide event rows where a narrow index
        would do.
        """
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA analysis_limit=1000")
            connection.exec_driver_sql("ANALYZE")

    def events(self, filters: EventFilter = EventFilter()) -> list[dict[str, Any]]:
        """Lists events matching ``filters`` with their document's title and source."""
        ids = self.event_ids(filters)
        return self.events_by_id(ids)

    def events_by_id(self, ids: Sequence[int], *, raw_records: bool = False
                     ) -> list[dict[str, Any]]:
        """The event rows (as :meth:`events` gives them) of ``ids``, in that order.

        Args:
            ids: Event ids.
            raw_records: Give ``record`` as the stored JSON text (on SQLite;
                other drivers may still parse it) instead of parsing it.
        """
        rows: dict[int, dict[str, Any]] = {}
        with self.engine.connect() as connection:
            for i in range(0, len(ids), 500):
                chunk = list(ids[i:i + 500])
                query = self._event_rows(raw_records).where(schema.events.c.id.in_(chunk))
                rows.update((row.id, dict(row._mapping)) for row in connection.execute(query))
        return [rows[i] for i in ids if i in rows]

    def count_events(self, filters: EventFilter = EventFilter()) -> int:
        """Counts the events matching ``filters`` (ignoring limit and offset)."""
        event_level = (filters.type, filters.since, filters.until, filters.doc_id,
                       filters.actor, filters.place, filters.country)
        sets = self._document_sets(filters)
        if sets and not any(event_level) and self.engine.dialect.name == "sqlite":
            # Only document filters: add up the documents' event counts.
            keys = document_keys
            query = select(func.coalesce(func.sum(keys.c.events), 0)).where(
                *(keys.c.doc_id.in_(documents) for documents in sets))
            with self.engine.connect() as connection:
                return int(connection.execute(query).scalar_one())
        # Never scan_by_day here: without an order to keep, SQLite would read
        # the whole table instead of the documents' index entries.
        query = select(func.count()).select_from(schema.events).where(
            *self.event_conditions(filters)
        )
        with self.engine.connect() as connection:
            return int(connection.execute(query).scalar_one())

    def table_rows(self, name: str) -> Iterator[Mapping[str, Any]]:
        """Yields every row of one record table (for export)."""
        table = schema.metadata.tables.get(name)
        if table is None or table is schema.documents:
            raise StoreError(Code.USAGE, f"no exportable table '{name}'")
        with self.engine.connect() as connection:
            for row in connection.execute(select(table)):
                yield dict(row._mapping)

    def integrity_check(self) -> str:
        """Runs SQLite's integrity check; returns "ok" when the file is sound."""
        with self.engine.connect() as connection:
            if connection.dialect.name != "sqlite":
                return "ok"
            return str(connection.exec_driver_sql("PRAGMA integrity_check").scalar_one())

    def close(self) -> None:
        """Releases the database connections."""
        self.engine.dispose()


def open_store(url: str, *, create: bool = True) -> Store:
    """Opens (creating and migrating as needed) the database at ``url``.

    Args:
        url: An SQLAlchemy URL (``sqlite:///lagebild.db``,
            ``postgresql+psycopg://...``) or a plain file path for SQLite.
        create: Create a missing SQLite file; when False, a missing file is an error.

    Raises:
        StoreError: When the database cannot be opened or has a newer schema.
    """
    url = normalize_url(url)
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        path = Path(url[len("sqlite:///"):])
        if not create and not path.exists():
            raise StoreError(Code.STORE, "no such database (run `lagebild ingest` first)",
                             path=str(path))
        if path.parent and not path.parent.exists():
            raise StoreError(Code.STORE, "folder of the database does not exist", path=str(path))
    try:
        engine = create_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(Code.STORE, f"cannot open database: {exc}", path=url) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        _migrate(engine, url)
    except OperationalError as exc:
        raise StoreError(Code.STORE, f"cannot open database: {exc.orig}", path=url) from exc
    return Store(engine, url)


def ids_stored(store: Store, ids: Sequence[str]) -> set[str]:
    """Returns which of ``ids`` are already stored (one query per 500 ids)."""
    found: set[str] = set()
    with store.engine.connect() as connection:
        for i in range(0, len(ids), 500):
            chunk = list(ids[i:i + 500])
            found.update(
                connection.execute(
                    select(schema.documents.c.id).where(schema.documents.c.id.in_(chunk))
                ).scalars()
            )
    return found
