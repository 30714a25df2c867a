"""Request and response bodies of the REST API (they make up its OpenAPI document).

Records themselves (documents' analyses, events) are the public records of
:mod:`lagebild.model`, so fields added there show up here without changes.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from lagebild.model import Event


class Body(BaseModel):
    """Base of response bodies."""

    model_config = ConfigDict(extra="forbid")


class Info(Body):
    """What this server is and holds."""

    name: Literal["lagebild"] = "lagebild"
    version: str
    schema_version: str
    writable: bool = Field(description="True when a write token is configured.")
    counts: dict[str, int]


class SnippetPart(Body):
    """A piece of a search snippet; ``match`` marks the words that matched."""

    text: str
    match: bool


class DocumentSummary(Body):
    """A stored document, without its text and records."""

    id: str
    title: str | None
    language: str | None
    published: str | None
    published_source: str | None
    source: str | None
    outlet: str | None
    status: str
    rejection: str | None
    ingested_at: str
    chars: int
    snippet: list[SnippetPart] | None = Field(
        default=None, description="Text around the matches (full-text search only)."
    )


class DocumentPage(Body):
    """One page of documents."""

    items: list[DocumentSummary]
    total: int
    limit: int
    offset: int


class DocumentRef(Body):
    """The document an item comes from."""

    title: str | None
    source: str | None
    outlet: str | None
    published: str | None


class EventItem(Body):
    """A stored event: its columns for listing, the full record, its document."""

    id: int
    doc_id: str
    idx: int = Field(description="Position in the document's `events` list.")
    type: str
    mode: str | None
    day: str | None = Field(description="Event day, else the publication day.")
    location_name: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    reported_by: str | None
    confidence: float
    event: Event
    document: DocumentRef


class EventPage(Body):
    """One page of events."""

    items: list[EventItem]
    total: int
    limit: int
    offset: int


class DayCount(Body):
    """How many events of one type fell on one day."""

    day: str
    type: str
    count: int


class Timeline(Body):
    """Events per day and type."""

    days: list[DayCount]


class PlaceCount(Body):
    """A place with coordinates and its number of events."""

    location_name: str | None
    geonames_id: int | None
    country_code: str | None
    latitude: float
    longitude: float
    count: int


class PlaceList(Body):
    """Event locations."""

    places: list[PlaceCount]


class ValueCount(Body):
    """A value and how many events have it."""

    value: str
    count: int


class Facets(Body):
    """Values to filter events by."""

    types: list[ValueCount]
    places: list[ValueCount]
    countries: list[ValueCount]
    outlets: list[ValueCount]


class ActorSummary(Body):
    """An actor of events (keyed by knowledge-base id, else by name)."""

    id: str
    name: str
    kb_id: str | None
    events: int
    as_source: int
    as_target: int
    documents: int


class ActorPage(Body):
    """One page of actors."""

    items: list[ActorSummary]
    total: int
    limit: int
    offset: int


class ActorName(Body):
    """A name an actor appears under."""

    name: str
    kb_id: str | None
    count: int


class CoActor(Body):
    """An actor taking part in the same events."""

    id: str
    name: str
    events: int


class ActorDetail(Body):
    """One actor: names, counts, events over time, co-occurring actors."""

    id: str
    name: str
    kb_ids: list[str]
    names: list[ActorName]
    events: int
    as_source: int
    as_target: int
    mentions: int = Field(description="Entity mentions linked to the actor's ids.")
    timeline: list[DayCount]
    co_actors: list[CoActor]


class QuoteItem(Body):
    """A stored quote."""

    id: int
    doc_id: str
    start: int
    end: int
    text: str
    kind: str
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_kb_id: str | None
    cue_text: str | None
    cue_start: int | None
    cue_end: int | None
    title: str | None
    published: str | None
    outlet: str | None


class QuotePage(Body):
    """One page of quotes."""

    items: list[QuoteItem]
    total: int
    limit: int
    offset: int


class QuantityItem(Body):
    """A stored quantity."""

    id: int
    doc_id: str
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    bound: str | None
    category: str | None
    thing: str | None
    title: str | None
    published: str | None
    outlet: str | None


class QuantityPage(Body):
    """One page of quantities."""

    items: list[QuantityItem]
    total: int
    limit: int
    offset: int


class AnalyzeRequest(BaseModel):
    """A report to analyse."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The report text.")
    language: Literal["de", "en"] | None = Field(
        default=None, description="Language; detected when absent."
    )
    # A string, not a date: pydantic would take the number 0 for 1970-01-01.
    published: str | None = Field(
        default=None, pattern=r"^\d{4}-\d{2}-\d{2}$", json_schema_extra={"format": "date"},
        description="Publication date YYYY-MM-DD (anchors 'gestern' and the like).",
    )
    title: str | None = Field(default=None, max_length=1000)
    source: str | None = Field(default=None, max_length=2000, description="Path or URL.")
    outlet: str | None = Field(default=None, max_length=200)
    authors: list[str] = Field(default_factory=list, max_length=50)
    store: StrictBool = Field(
        default=False,
        description="Also store the document and its records (needs the write token).",
    )
