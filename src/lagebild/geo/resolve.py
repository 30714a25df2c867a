"""Decides which detected mentions are places and which place each one names.

Each candidate entry gets a score in log10-population-like units: its prior
(population, or a fixed high value for countries, plus a bonus for national
capitals), minus a penalty for names known only as GeoNames alternates, plus
evidence from the text: curated preferences ("Gaza" = the Gaza Strip),
qualifiers next to the name ("im libanesischen Tripoli", "Paris, Texas") and
the document's country context (countries of the other, unambiguous
mentions and of country adjectives). Context is computed in a first pass
without it, so a mention never votes for itself.

Mentions are dropped, never guessed, when the evidence says they are not
places: a common word without a locative cue, a name inside a person or
organisation name, a small town with no support in the document, or a name
the entities stage marked as a person or organisation. One mention that
cannot be resolved never affects the others.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.geo.detect import ACTOR_LABELS, Mention
from lagebild.geo.gazetteer import Candidate, Entry, Gazetteer
from lagebild.model import Place, PlaceRef

# Score units are log10(population): +1 is ten times as many people.
ALTERNATE_PENALTY = 1.0
PREFERRED_BONUS = 3.0
SAME_NAME_BIG_CITY_PENALTY = 2.0  # "Donezk" is the city unless "Gebiet" says otherwise
QUALIFIER_BONUS = 4.0
QUALIFIER_ADMIN1_BONUS = 2.0
CONTEXT_BONUS = 2.5
CONTEXT_EXTRA = 0.5
ADMIN1_CONTEXT_BONUS = 1.0
HOME_BONUS = 0.3  # German text: DE/AT/CH towns win ties
BIG_CITY = 100_000
NAMESAKE_TOWN = 15_000
SMALL_TOWN = 5_000
CONFIDENT_MARGIN = 1.0

_DIRECTION_NAMES = {
    "north": "northern", "south": "southern", "east": "eastern", "west": "western",
    "northeast": "north-eastern", "northwest": "north-western",
    "southeast": "south-eastern", "southwest": "south-western", "centre": "central",
}
_HOME = {"de": frozenset({"DE", "AT", "CH"}), "en": frozenset()}


@dataclass(frozen=True)
class Resolution:
    """A mention resolved to an entry (or a region of it)."""

    mention: Mention
    entry: Entry
    confidence: float
    actor: str | None  # "capital" or "country"/"admin1"/"area" when used for a government


@dataclass
class _Scored:
    mention: Mention
    candidates: tuple[Candidate, ...]
    gate: float
    best: Candidate | None = None
    margin: float = 0.0


class Resolver:
    """Scores candidates and builds Place records for one language."""

    def __init__(self, gazetteer: Gazetteer, language: str) -> None:
        self.gaz = gazetteer
        self.language = language
        self.home = _HOME.get(language, frozenset())

    # -- gating -----------------------------------------------------------------------

    def _gate(self, m: Mention, neighbours_confirmed: bool) -> tuple[tuple[Candidate, ...], float]:
        """Returns the candidates that survive the context and a detection confidence."""
        gaz = self.gaz
        if m.entity_label in ACTOR_LABELS:
            if m.entity_label == "PER" or not m.entity_exact:
                return (), 0.0
        if m.name_context:
            return (), 0.0
        candidates = m.candidates
        if m.restrict == "city":
            narrowed = tuple(c for c in candidates if gaz.kind(c.index) == "city")
            candidates = narrowed or candidates
        elif m.restrict == "admin1":
            narrowed = tuple(c for c in candidates if gaz.kind(c.index) in ("admin1", "area"))
            candidates = narrowed or candidates
        confidence = 0.9
        if m.after_determiner and self.language == "de" and m.restrict is None:
            # German town names take no article: "das Essen", "im Hof".
            candidates = tuple(c for c in candidates if gaz.kind(c.index) != "city")
        if not candidates:
            return (), 0.0
        if m.common_word:
            sentence_initial_only = self.language == "en"
            cued = m.locative or m.restrict == "city" or neighbours_confirmed or bool(m.qualifiers)
            if not cued and (not sentence_initial_only or m.sentence_initial):
                return (), 0.0
            confidence = 0.75
        if m.in_compound:
            confidence = min(confidence, 0.85)
        if m.direction is not None:
            confidence = min(confidence, 0.85)
        return candidates, confidence

    # -- scoring ----------------------------------------------------------------------

    def _score(
        self,
        c: Candidate,
        m: Mention,
        big_city: bool,
        context: dict[str, float],
        admin_context: dict[str, float],
    ) -> float:
        gaz = self.gaz
        index = c.index
        kind = gaz.kind(index)
        score = gaz.prior(index)
        if c.alternate:
            score -= ALTERNATE_PENALTY
        if c.preferred:
            score += PREFERRED_BONUS
        if kind == "admin1" and big_city and not c.preferred and m.restrict != "admin1":
            score -= SAME_NAME_BIG_CITY_PENALTY
        cc = gaz.country_code(index)
        admin1 = gaz.admin1_key(index)
        if cc and cc in m.qualifiers:
            score += QUALIFIER_BONUS
        if admin1 and admin1 in m.qualifiers:
            score += QUALIFIER_ADMIN1_BONUS
        weight = context.get(cc, 0.0) if cc else 0.0
        if weight > 0:
            score += CONTEXT_BONUS * min(weight, 1.0) + CONTEXT_EXTRA * min(max(weight - 1, 0), 2)
        if admin1:
            score += ADMIN1_CONTEXT_BONUS * min(admin_context.get(admin1, 0.0), 1.0)
        if kind == "city" and cc in self.home:
            score += HOME_BONUS
        return score

    def _choose(
        self,
        item: _Scored,
        context: dict[str, float],
        admin_context: dict[str, float],
    ) -> None:
        gaz = self.gaz
        candidates = item.candidates
        big_city = any(
            gaz.kind(c.index) == "city" and gaz.population(c.index) >= BIG_CITY for c in candidates
        )
        # An area named after its capital ("Cherson", "Idlib") is the town when bare.
        town_countries = {
            gaz.country_code(c.index)
            for c in candidates
            if gaz.kind(c.index) == "city" and gaz.population(c.index) >= NAMESAKE_TOWN
        }
        scored = sorted(
            (
                (
                    self._score(
                        c,
                        item.mention,
                        big_city or gaz.country_code(c.index) in town_countries,
                        context,
                        admin_context,
                    ),
                    c,
                )
                for c in candidates
            ),
            key=lambda pair: (-pair[0], pair[1].index),
        )
        item.best = scored[0][1]
        item.margin = scored[0][0] - scored[1][0] if len(scored) > 1 else math.inf

    def _context(
        self, items: Sequence[_Scored], adjectives: dict[str, float]
    ) -> tuple[dict[str, float], dict[str, float]]:
        context = dict(adjectives)
        admin_context: dict[str, float] = {}
        for item in items:
            if item.best is None or item.margin < CONFIDENT_MARGIN:
                continue
            cc = self.gaz.country_code(item.best.index)
            if cc:
                context[cc] = context.get(cc, 0.0) + 1.0
            admin1 = self.gaz.admin1_key(item.best.index)
            if admin1:
                admin_context[admin1] = admin_context.get(admin1, 0.0) + 1.0
        return context, admin_context

    def _without(
        self, item: _Scored, context: dict[str, float], admin_context: dict[str, float]
    ) -> tuple[dict[str, float], dict[str, float]]:
        """The context minus what ``item`` itself contributed."""
        if item.best is None or item.margin < CONFIDENT_MARGIN:
            return context, admin_context
        cc = self.gaz.country_code(item.best.index)
        admin1 = self.gaz.admin1_key(item.best.index)
        own = dict(context)
        own_admin = dict(admin_context)
        if cc:
            own[cc] = own.get(cc, 0.0) - 1.0
        if admin1:
            own_admin[admin1] = own_admin.get(admin1, 0.0) - 1.0
        return own, own_admin

    # -- main -------------------------------------------------------------------------

    def resolve(self, mentions: Sequence[Mention], adjectives: dict[str, float]) -> list[Resolution]:
        """Resolves the detected mentions of one document.

        Args:
            mentions: Mentions from :class:`~lagebild.geo.detect.PlaceDetector`, in text order.
            adjectives: Country weights from country adjectives in the document.

        Returns:
            One resolution per mention kept, in text order.
        """
        items: list[_Scored] = []
        for position, m in enumerate(mentions):
            candidates, gate = self._gate(m, self._neighbour_confirmed(mentions, position))
            if candidates:
                items.append(_Scored(m, candidates, gate))
        for item in items:
            self._choose(item, {}, {})
        context, admin_context = self._context(items, adjectives)
        for item in items:
            own, own_admin = self._without(item, context, admin_context)
            self._choose(item, own, own_admin)
        out: list[Resolution] = []
        for item in items:
            resolution = self._finish(item, *self._without(item, context, admin_context))
            if resolution is not None:
                out.append(resolution)
        return out

    def _neighbour_confirmed(self, mentions: Sequence[Mention], position: int) -> bool:
        """True when a list neighbour ("Bochum, Essen und Dortmund") is a plain place name."""
        m = mentions[position]
        for other_position in (position - 1, position + 1):
            if not 0 <= other_position < len(mentions):
                continue
            other = mentions[other_position]
            if other.sentence != m.sentence or other.name_context:
                continue
            if other.common_word and not other.locative:
                continue
            left, right = (m, other) if other_position > position else (other, m)
            if right.list_separated_from == left.last_word:
                return True
        return False

    def _finish(
        self, item: _Scored, context: dict[str, float], admin_context: dict[str, float]
    ) -> Resolution | None:
        assert item.best is not None
        m = item.mention
        entry = self.gaz.entry(item.best.index)
        confidence = item.gate
        if math.isfinite(item.margin):
            confidence *= 1.0 - 0.5 * math.exp(-item.margin)
        if item.best.alternate:
            confidence *= 0.9
        weak = entry.kind == "city" and not item.best.curated and (
            entry.population < SMALL_TOWN or item.best.alternate
        )
        if weak:
            # Small towns and names GeoNames lists only as alternates need support.
            supported = m.locative or m.restrict == "city" or bool(m.qualifiers) or (
                entry.country_code is not None and context.get(entry.country_code, 0.0) >= 1.0
            )
            if not supported:
                return None
            confidence *= 0.8
        actor: str | None = None
        if m.entity_label in ACTOR_LABELS and m.entity_exact:
            if entry.kind == "city":
                return Resolution(m, entry, confidence, "capital" if entry.is_capital else "person")
            actor = entry.kind
        if m.subject_of is not None:
            if entry.kind == "city":
                # A capital stands for its government; another town as the subject of a
                # speech verb is most likely a person's name ("Martin sagte").
                return Resolution(m, entry, confidence, "capital" if entry.is_capital else "person")
            actor = entry.kind
        return Resolution(m, entry, round(confidence, 3), actor)

    # -- records ----------------------------------------------------------------------

    def to_place(self, resolution: Resolution, doc_id: str, text: str) -> Place:
        """Builds the Place record of a resolution (a region of its entry when it has a direction)."""
        m = resolution.mention
        entry = resolution.entry
        start, end = m.span
        if m.direction is not None and entry.kind != "city":
            lat, lon = self.gaz.region_point(entry.index, m.direction)  # type: ignore[arg-type]
            return Place(
                doc_id=doc_id,
                text=text[start:end],
                start=start,
                end=end,
                name=f"{_DIRECTION_NAMES.get(m.direction, m.direction)} {entry.name}",
                id=f"lb:region:{entry.id}:{m.direction}",
                geonames_id=None,
                latitude=lat,
                longitude=lon,
                feature_class="L",
                feature_code="RGN",
                country_code=entry.country_code,
                admin1=entry.admin1 if entry.kind == "admin1" else None,
                admin1_code=entry.admin1_code if entry.kind == "admin1" else None,
                precision="region",
                parent=PlaceRef(
                    id=entry.id,
                    name=entry.name,
                    geonames_id=entry.geonames_id,
                    country_code=entry.country_code,
                ),
                actor_use=resolution.actor is not None,
                confidence=resolution.confidence,
            )
        if m.direction is not None:
            start = m.start  # a part of a town is the town
        return Place(
            doc_id=doc_id,
            text=text[start:end],
            start=start,
            end=end,
            name=entry.name,
            id=entry.id,
            geonames_id=entry.geonames_id,
            latitude=round(entry.latitude, 5),
            longitude=round(entry.longitude, 5),
            feature_class=entry.feature_class,
            feature_code=entry.feature_code,
            country_code=entry.country_code,
            admin1=entry.admin1,
            admin1_code=entry.admin1_code,
            precision=entry.precision,
            parent=None,
            actor_use=resolution.actor is not None,
            confidence=resolution.confidence,
        )
