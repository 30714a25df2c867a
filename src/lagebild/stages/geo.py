"""Places (stage ``places``): place mentions resolved to GeoNames and our gazetteer.

The stage reads the document with :class:`~lagebild.geo.detect.PlaceDetector`,
resolves the mentions with :class:`~lagebild.geo.resolve.Resolver` and stores
``Place`` records in ``analysis.places``. It reads ``analysis.entities`` when
the entities stage ran before it: a name inside a person or organisation
mention is not a place, and a capital that the entities stage took as an actor
stays an actor.

A capital that is the subject of a speech or action verb ("Washington
warnte", "Moskau reagierte") stands for its government: it is not a place
mention. :func:`government_mentions` returns those spans (and countries used
the same way) so the entities stage can make actors of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lagebild.geo.detect import LemmaSource, PlaceDetector
from lagebild.geo.gazetteer import load_gazetteer
from lagebild.geo.lexicon import load_cues
from lagebild.geo.resolve import Resolution, Resolver
from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class PlaceReader:
    """The detector and resolver of one language, built once per process."""

    detector: PlaceDetector
    resolver: Resolver


@dataclass(frozen=True)
class GovernmentMention:
    """A place name used for a government or state ("Moskau reagierte").

    ``kind`` is "capital" (not a place mention: the entities stage should make
    it an actor), or "country"/"admin1"/"area" (kept as a place with
    ``actor_use`` set, and also an actor).
    """

    start: int
    end: int
    text: str
    kind: str
    country_code: str | None
    place_id: str
    geonames_id: int | None


def place_reader(resources: Resources, language: str) -> PlaceReader:
    """The place detector and resolver for ``language`` (cheap: the heavy parts are cached).

    Not a resource loader itself: ``Resources.load`` holds a non-reentrant lock
    while a loader runs, so loaders must not load other resources.
    """
    gazetteer = resources.load(load_gazetteer)
    cues = resources.load(load_cues, language)
    return PlaceReader(PlaceDetector(gazetteer, cues), Resolver(gazetteer, language))


def read_places(analysis: Analysis, resources: Resources) -> list[Resolution]:
    """Detects and resolves the place names of an analysed document.

    Args:
        analysis: An analysis with language, tokens, sentences and lemmas.
        resources: The shared resource cache.

    Returns:
        Every resolved mention in text order, including capitals used for
        their governments (``actor == "capital"``) and names judged to be
        persons (``actor == "person"``), which are not places.
    """
    if analysis.language is None or not analysis.text:
        return []
    reader = place_reader(resources, analysis.language)
    tokens = analysis.tokens
    lemma_of = LemmaSource(
        (lambda: _token_starts(tokens)) if tokens is not None else list, analysis.lemmas
    )
    bounds = [(s.start, s.end) for s in analysis.sentences]
    reading = reader.detector.read(analysis.text, bounds, analysis.entities, lemma_of)
    if not reading.mentions:
        return []
    return reader.resolver.resolve(reading.mentions, reading.adjectives)


def _token_starts(tokens: Doc) -> list[int]:
    """Character offsets of all tokens, read in one C call rather than token by token."""
    starts: list[int] = tokens.to_array("IDX").tolist()
    return starts


def government_mentions(analysis: Analysis, resources: Resources) -> tuple[GovernmentMention, ...]:
    """Place names used for governments, for the entities stage to make actors of.

    Call it from a stage that runs after ``lemmas``; it does not need
    ``analysis.entities``.
    """
    out = []
    for resolution in read_places(analysis.replace(entities=()), resources):
        if resolution.actor is None or resolution.actor == "person":
            continue
        start, end = resolution.mention.start, resolution.mention.end
        entry = resolution.entry
        out.append(
            GovernmentMention(
                start=start,
                end=end,
                text=analysis.text[start:end],
                kind=resolution.actor,
                country_code=entry.country_code,
                place_id=entry.id,
                geonames_id=entry.geonames_id,
            )
        )
    return tuple(out)


@stage("places", requires=("tokens", "sentences", "lemmas"), assigns=("places",))
def find_places(analysis: Analysis, resources: Resources) -> Analysis:
    """Finds place mentions and resolves them to coordinates and GeoNames ids."""
    resolutions = read_places(analysis, resources)
    if not resolutions:
        return analysis.replace(places=())
    reader = place_reader(resources, analysis.language or "")
    doc_id = analysis.document.id
    places = tuple(
        reader.resolver.to_place(resolution, doc_id, analysis.text)
        for resolution in resolutions
        if resolution.actor not in ("capital", "person")
    )
    return analysis.replace(places=places)
