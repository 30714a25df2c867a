"""Places (stage ``places``): place mentions resolved to GeoNames and our gazetteer.

The stage reads the document with :class:`~lagebild.geo.detect.PlaceDetector`,
resolves the mentions with :class:`~lagebild.geo.resolve.Resolver` and stores
``Place`` records in ``analysis.places``. It reads ``analysis.entities`` when
the entities stage ran before it: a name inside a person or organisation
mention is not a place.

Whether a country or capital names a place or stands for its government is
decided once, by :class:`lagebild.geo.usage.UseReader`, for both stages: the
entities stage records the decision on its mentions (``actor``,
``role_in_text="location"``, ``form="metonym"``) and this stage follows it
for the same name, or asks the same reader when the entities stage did not
run. A capital used for its government ("Washington warnte", "Moscow's
decision") is not a place; a country used so stays a place with
``actor_use`` set.
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


def place_reader(resources: Resources, language: str) -> PlaceReader:
    """The place detector and resolver for ``language``, built once per process."""
    # The parts load first: ``Resources.load`` holds a non-reentrant lock while
    # a loader runs, and ``_build_reader`` then finds them already cached
    # (a cached resource is returned without taking the lock).
    resources.load(load_gazetteer)
    resources.load(load_cues, language)
    return resources.load(_build_reader, language)


def _build_reader(resources: Resources, language: str) -> PlaceReader:
    """Loader of :func:`place_reader`; only valid once the gazetteer and cues are cached."""
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
