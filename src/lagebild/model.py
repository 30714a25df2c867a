"""Typed records produced by the pipeline.

Every record carries its evidence as character offsets (``start`` inclusive,
``end`` exclusive) into ``Document.text`` and the id of the document it came
from, so that any field can be traced back to the characters behind it.

The JSON shape printed by ``lagebild analyze`` is :class:`AnalysisResult`;
``lagebild schema`` prints its JSON Schema. Keys are stable from schema
version 1 on: new keys may be added, none renamed or removed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1"] = "1"

PublishedSource = Literal["metadata", "given", "inferred"]
DocumentStatus = Literal["ok", "rejected"]


class Record(BaseModel):
    """Base of all records: immutable, and strict about unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    """A stretch of the document text that serves as evidence."""

    text: str = Field(description="The characters text[start:end].")
    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset after the last character.")


class Offsets(Record):
    """Character offsets without the text (used where the text is implied)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


def content_id(text: str) -> str:
    """Returns the document id for a text: a hash of its content.

    Args:
        text: The normalised document text.

    Returns:
        The first 32 hex digits of the SHA-256 of the UTF-8 text, so that the
        same content always gets the same id, whatever file it came from.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class Document(Record):
    """One news report: its text and what is known about it."""

    id: str = Field(description="Content hash of `text` (see `content_id`).")
    language: str | None = Field(default=None, description="ISO 639-1 code, e.g. 'de'.")
    title: str | None = None
    published: dt.date | None = Field(default=None, description="Publication date.")
    published_source: PublishedSource | None = Field(
        default=None,
        description="How `published` was obtained: from the source's metadata, "
        "given by the user, or inferred from the text.",
    )
    published_confidence: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="For an inferred `published`: the probability the inference gives it.",
    )
    published_evidence: list[Span] = Field(
        default_factory=list,
        description="For an inferred `published`: the text spans it was inferred from.",
    )
    authors: list[str] = Field(default_factory=list)
    text: str
    source: str | None = Field(default=None, description="Path or URL the text came from.")
    outlet: str | None = Field(default=None, description="Publishing outlet, when known.")


class Sentence(Record):
    """A sentence, as offsets into the document text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class EntityMention(Record):
    """A mention of a named actor, organisation, place or other entity."""

    doc_id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str = Field(description="PER, ORG, LOC or OTH.")
    kb_id: str | None = Field(
        default=None,
        description="Knowledge-base id (Wikidata QID where one exists) or a stable "
        "'unlinked:' id.",
    )
    name: str | None = Field(default=None, description="Canonical name of the linked entity.")
    type: str | None = Field(
        default=None,
        description="Knowledge-base type: country, territory, armed_group, igo, ngo, "
        "government, military, intelligence, police, legislature, judiciary, party, media, "
        "person, organisation; 'city' for a capital named as a place.",
    )
    code: str | None = Field(
        default=None, description="CAMEO-style actor code (country + sector), e.g. ISRMIL."
    )
    source: Literal["kb", "model", "rule"] | None = Field(
        default=None,
        description="What found the mention: the knowledge-base gazetteer, the statistical "
        "NER model, or a rule (names after role nouns, bylines).",
    )
    actor: bool | None = Field(
        default=None,
        description="False for places (including a country or capital named as a location: "
        "'in der Ukraine', 'to Qatar'), news outlets (sources, not actors) and byline names; "
        "None when unknown (unlinked names).",
    )
    form: Literal["name", "adjective", "demonym", "metonym", "short"] | None = Field(
        default=None,
        description="How the entity is named: by name, a country adjective, a demonym, a "
        "capital standing for its government, or a short form of a name given earlier.",
    )
    role_in_text: Literal["byline", "location"] | None = Field(
        default=None,
        description="'byline' for reporters credited in a byline; 'location' for a country, "
        "capital, territory or country adjective naming where something happens rather than "
        "who acts ('in der Ukraine', 'nach Libanon', 'auf ägyptischem Gebiet').",
    )
    country: str | None = Field(
        default=None,
        description="CAMEO/ISO 3166-1 alpha-3 code of the country the linked entity belongs "
        "to (ISR for Israel, its army and its ministers); None for international and "
        "unlinked entities.",
    )


class Role(Record):
    """A person holding a role in an organisation, as the text states it."""

    doc_id: str
    person: str
    role: str
    organization: str | None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    person_kb_id: str | None = None
    organization_kb_id: str | None = None


class TimeExpr(Record):
    """A temporal expression normalised to a TIMEX3 value."""

    doc_id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: str | None = Field(
        description="TIMEX3 value (2023-10-25, 2023-W43, P18D, PRESENT_REF, ...) or None "
        "when it cannot be resolved."
    )
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    granularity: str | None = Field(
        default=None,
        description="Finest unit the value names: century, decade, year, half, quarter, "
        "season, month, week, day, time; None for durations and vague references.",
    )
    mod: str | None = Field(
        default=None,
        description="TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN, ...",
    )
    anchor: Literal["publication", "previous", "absolute"] | None = Field(
        default=None,
        description="What the value was resolved against: the publication date, the "
        "previous date in the text, or nothing (the expression is absolute).",
    )
    begin_value: str | None = Field(
        default=None, description="Start of an interval, as a TIMEX3 value."
    )
    end_value: str | None = Field(
        default=None, description="End of an interval, as a TIMEX3 value."
    )
    regime: Literal["news", "narrative"] | None = Field(
        default=None,
        description="Anchoring regime used: news (deictic expressions anchor on the "
        "publication date) or narrative (they anchor on the last date mentioned).",
    )


class Quantity(Record):
    """A count of something, with its bounds and what was counted."""

    doc_id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: float | None
    low: float | None = None
    high: float | None = None
    bound: str | None = Field(
        default=None, description="exact, at_least, more_than, about, up_to, at_most, ..."
    )
    category: str | None = Field(
        default=None, description="killed, injured, missing, abducted, released, ..."
    )
    thing: str | None = Field(default=None, description="The counted noun, e.g. 'Geiseln'.")


class Speaker(Record):
    """Who a quote is attributed to."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kb_id: str | None = None


QuoteKind = Literal["direct", "indirect", "scare"]


class Quote(Record):
    """A direct, indirect or scare quote."""

    doc_id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: Span | None = None
    cue_particle: Span | None = Field(
        default=None,
        description="The separated particle of a split reporting verb "
        "(the 'hinzu' of 'fügte ... hinzu'); `cue` holds the verb.",
    )


AttributionKind = Literal["according_to", "reporting_verb", "quote", "free_indirect"]


class Attribution(Record):
    """A reported sentence or clause and the source it is attributed to.

    ``start``/``end`` cover what is reported (a quote's content, the clause
    after "X sagte, dass", the sentence carrying "laut X"), so that an event
    found inside it can say according to whom.
    """

    doc_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    source: Speaker
    cue: Span | None = None
    cue_particle: Span | None = None
    kind: AttributionKind = Field(
        description="according_to ('laut X', 'X zufolge', 'according to X', ', so X'), "
        "reporting_verb ('X sagte, dass ...', 'the ministry said ...'), quote (a direct "
        "quote), free_indirect (a following sentence in Konjunktiv that goes on reporting)."
    )


class EventActor(Record):
    """An actor taking part in an event."""

    name: str
    kb_id: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str | None = Field(
        default=None, description="The mention as written: text[start:end]."
    )
    code: str | None = Field(
        default=None, description="CAMEO-style actor code of the entity, when known."
    )


class EventDate(Record):
    """When an event happened, with the evidence for it."""

    value: str | None
    start: int | None = None
    end: int | None = None
    text: str | None = Field(default=None, description="The time expression as written.")
    basis: Literal["text", "document"] | None = Field(
        default=None,
        description="'text': a time expression in the event's clause dates it (start/end "
        "point at it); 'document': the text gives no date and this is the publication "
        "date, which only bounds the event from above.",
    )


class EventLocation(Record):
    """Where an event happened."""

    name: str
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country_code: str | None = None
    precision: str | None = None
    start: int | None = None
    end: int | None = None
    id: str | None = Field(
        default=None, description="Stable place id ('geonames:294640' or 'lb:...')."
    )
    fallback: bool = Field(
        default=False,
        description="True when no place stands in the event's sentence and the document's "
        "main place was used instead; `precision` is then one level coarser than the place's.",
    )


PlacePrecision = Literal["exact", "admin1", "region", "country"]


class PlaceRef(Record):
    """A place another place lies in (the parent of a region such as 'northern Israel')."""

    id: str = Field(description="Stable place id ('geonames:294640' or 'lb:...').")
    name: str
    geonames_id: int | None = None
    country_code: str | None = None


class Place(Record):
    """A mention of a place, resolved to a gazetteer entry with coordinates."""

    doc_id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    name: str = Field(description="Canonical (English) name of the resolved place.")
    id: str = Field(
        description="Stable id: 'geonames:<id>' for GeoNames places, 'lb:<kind>:<slug>' for "
        "places we added, 'lb:region:<parent id>:<direction>' for parts of a parent."
    )
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    feature_class: str | None = Field(
        default=None, description="GeoNames feature class (A, P, L, H, T)."
    )
    feature_code: str | None = Field(
        default=None, description="GeoNames feature code (PCLI, ADM1, PPL, PPLC, RGN, ...)."
    )
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")
    admin1: str | None = Field(default=None, description="Name of the first-level area.")
    admin1_code: str | None = Field(default=None, description="GeoNames admin1 code, e.g. 'UA.14'.")
    precision: PlacePrecision = Field(
        description="Geo-precision as in ACLED/UCDP: 'exact' (a town), 'admin1' (a "
        "first-level area), 'region' (a named area or part of a country), 'country'."
    )
    parent: PlaceRef | None = Field(
        default=None, description="For a part of a place ('im Norden Israels'): the whole."
    )
    actor_use: bool = Field(
        default=False,
        description="The name is the subject of a speech or action verb and stands for a "
        "government ('Israel erklärte ...'); it is still a place.",
    )
    confidence: float = Field(ge=0.0, le=1.0)


class Event(Record):
    """One reported event: who did what to whom, when, where, according to whom."""

    doc_id: str
    type: str = Field(description="PLOVER event type, e.g. ASSAULT.")
    mode: str | None = None
    cameo: str | None = None
    sources: list[EventActor] = Field(default_factory=list)
    targets: list[EventActor] = Field(default_factory=list)
    date: EventDate | None = None
    location: EventLocation | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    modality: str = Field(
        default="asserted",
        description="asserted, negated, threatened, planned or hypothetical.",
    )
    reported_by: Speaker | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: Offsets
    quad: int | None = Field(
        default=None,
        description="PLOVER quad class: 1 verbal cooperation, 2 material cooperation, "
        "3 verbal conflict, 4 material conflict.",
    )
    trigger: Span | None = Field(
        default=None, description="The words that name the event (verb or noun)."
    )
    trigger_particle: Span | None = Field(
        default=None, description="The separated particle of a German verb ('griff ... an')."
    )
    mode_evidence: Span | None = Field(
        default=None, description="The word the mode was read from ('Raketen', 'Luft...')."
    )
    modality_evidence: Span | None = Field(
        default=None, description="The word the modality was read from ('nicht', 'will')."
    )


class AnalysisResult(Record):
    """Everything the pipeline found in one document (`lagebild analyze` output)."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    document: Document
    status: DocumentStatus = "ok"
    rejection: str | None = Field(default=None, description="Why the document was rejected.")
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[EntityMention] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)


def json_schema() -> dict[str, object]:
    """Returns the JSON Schema of the `lagebild analyze` output."""
    schema = AnalysisResult.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
