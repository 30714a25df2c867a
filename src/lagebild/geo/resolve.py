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
from dataclasses import dataclass, field
from itertools import pairwise

from lagebild.geo.detect import ACTOR_LABELS, FAR_KM, Mention, km
from lagebild.geo.gazetteer import Candidate, Entry, Gazetteer
from lagebild.geo.usage import NameKind
from lagebild.geo.words import fold
from lagebild.model import Place, PlaceRef

# Score units are log10(population): +1 is ten times as many people.
ALTERNATE_PENALTY = 1.0
PREFERRED_BONUS = 3.0
SAME_NAME_BIG_CITY_PENALTY = 2.0  # "Donezk" is the city unless "Gebiet" says otherwise
QUALIFIER_BONUS = 4.0
QUALIFIER_ADMIN1_BONUS = 2.0
CONTEXT_PRESENCE_BONUS = 0.5  # the country is named elsewhere in the document
CONTEXT_SHARE_BONUS = 1.5  # times the country's share of the document's places
FAME_BONUS = 1.0  # towns we list exonyms for are well known
ADMIN1_CONTEXT_BONUS = 1.0
HOME_BONUS = 0.3  # German text: DE/AT/CH towns win ties
# A town whose own country also has a region of its name ("Valencia": the town and
# the Valencian Community) outweighs a somewhat bigger namesake abroad.
NAMESAKE_REGION_BONUS = 0.5
BIG_CITY = 100_000  # a town this big is a place without any cue
NAMESAKE_TOWN = 15_000  # a bare area name means its capital town when the town is this big
CONTEXT_TOWN = 15_000  # a town this big is a place when its country dominates the text
COMMON_WORD_TOWN = 20_000  # a town named like a common word must be at least this big
SMALL_TOWN = 15_000  # below this, only a strong cue ("in", "nach", "Stadt") makes a place
DOMINANT_SHARE = 0.5
UNLISTED_CONFIDENCE = 0.6  # a place noun vouches for the name, the gazetteer does not
CONFIDENT_MARGIN = 1.0

_DIRECTION_NAMES = {
    "north": "northern", "south": "southern", "east": "eastern", "west": "western",
    "northeast": "north-eastern", "northwest": "north-western",
    "southeast": "south-eastern", "southwest": "south-western", "centre": "central",
}
# GeoNames feature codes of water bodies.
_WATER = frozenset({"STM", "LK", "SEA", "GULF", "STRT", "OCN", "CNL", "BAY"})
_HOME = {"de": frozenset({"DE", "AT", "CH"}), "en": frozenset()}
# Rivers and lakes are reported without a country, even when one country holds them
# (tests/gold/README.md); the country still weighs as context for the other names.
_COUNTRYLESS_WATER = frozenset({"STM", "LK"})


# A one-word statistical PER reading yields to a city at least this large.
_PERSON_OVERRIDE_POPULATION = 100_000


def _in_named_area(admin1_key: str, qualifiers: set[str]) -> bool:
    """Whether a candidate's first-order area ('IT.15') is one the text names beside it."""
    return bool(admin1_key) and admin1_key in qualifiers


def _name_kind(entry: Entry) -> NameKind:
    """What kind of name (in the sense of :mod:`lagebild.geo.usage`) an entry is."""
    if entry.kind == "country":
        return "country"
    if entry.kind == "city":
        return "capital" if entry.is_capital else "city"
    return "area"


@dataclass(frozen=True)
class Resolution:
    """A mention resolved to an entry (or a region of it)."""

    mention: Mention
    entry: Entry
    confidence: float
    # "capital" (not a place: the government acting), "person" (a town name that is a
    # person's), or "country"/"admin1"/"area" for a place that also acts; None: a place.
    actor: str | None


@dataclass
class _Scored:
    mention: Mention
    candidates: tuple[Candidate, ...]
    gate: float
    signal: bool
    listed: bool
    key: str = ""
    best: Candidate | None = None
    margin: float = 0.0
    # Listed right beside a name read as a town ("zwischen Gao und Ménaka").
    beside_town: bool = False


@dataclass
class _DocContext:
    """Countries and areas the document's confident mentions (and adjectives) name.

    Each distinct name counts once, so that "Dollar" ten times does not make
    its namesake village's country the topic of the text, and a mention never
    counts for itself.
    """

    countries: dict[str, float] = field(default_factory=dict)
    admin1: dict[str, float] = field(default_factory=dict)
    by_key: dict[str, tuple[str, str]] = field(default_factory=dict)
    # The countries of the place names alone, without the adjectives: "Afghan migrants"
    # give the people's nationality, not where the text is.
    named: dict[str, float] = field(default_factory=dict)

    def without(self, key: str) -> _DocContext:
        own = self.by_key.get(key)
        if own is None:
            return self
        countries = dict(self.countries)
        admin1 = dict(self.admin1)
        named = dict(self.named)
        cc, area = own
        if cc:
            countries[cc] = countries.get(cc, 0.0) - 1.0
            named[cc] = named.get(cc, 0.0) - 1.0
        if area:
            admin1[area] = admin1.get(area, 0.0) - 1.0
        return _DocContext(countries, admin1, {}, named)

    def named_share(self, cc: str) -> float:
        total = sum(w for w in self.named.values() if w > 0)
        return max(self.named.get(cc, 0.0), 0.0) / total if total > 0 else 0.0

    def weight(self, cc: str) -> float:
        return self.countries.get(cc, 0.0) if cc else 0.0

    def share(self, cc: str) -> float:
        total = sum(w for w in self.countries.values() if w > 0)
        return self.weight(cc) / total if total > 0 else 0.0


def _reference(entry: Entry) -> PlaceRef:
    """The reference to an entry as the parent of a place."""
    return PlaceRef(
        id=entry.id, name=entry.name, geonames_id=entry.geonames_id, country_code=entry.country_code
    )


class Resolver:
    """Scores candidates and builds Place records for one language."""

    def __init__(self, gazetteer: Gazetteer, language: str) -> None:
        self.gaz = gazetteer
        self.language = language
        self.home = _HOME.get(language, frozenset())

    # -- gating -----------------------------------------------------------------------

    def _outweighs_model_person(self, m: Mention) -> bool:
        """Whether the gazetteer outweighs the statistical NER's reading of a name.

        The NER model guesses a label for unfamiliar capitalised words. A name
        that is exactly a large city ("Haifa") is more likely the city than a
        one-word person, and a town cue ("im Grenzort Kfar Kila") beats an
        organisation or other-name guess, unless the knowledge base or a rule
        made the mention. So do a noun that introduces a place ("die Insel
        Borneo") and a town of some size under its own name against an
        other-name guess, and a town's whole two-word name after an event verb
        against a person guess ("erreichte Fort McMurray"). The model's span decides
        nothing when it is exactly the name with its place noun ("Provinz Süd-Kivu" as
        an organisation) or only a part of a longer name ("Yunis" in "Chan Yunis"); and
        a town well known enough for our exonym table beats a one-word person guess
        unless the name speaks or acts ("Bachmut ist gefallen", not "Roth sagte"), as
        does a town's romanisation the gazetteer lacks right after "in" ("in Asas").
        """
        if m.entity_source != "model":
            return False
        if m.entity_is_noun_phrase:
            return True  # "Provinz Süd-Kivu" (ORG): the place noun says what the name is
        if m.dateline:
            return True  # "TEL AVIV (dpa) -": a dateline names the place of the report
        if m.entity_inside:
            return True  # "Chan Yunis" (PER on "Yunis"): the model saw a part of the name
        if m.adjective and m.restrict == "admin1" and m.entity_label in ("ORG", "OTH"):
            return True  # "der Thüringer Landtag" (ORG): the Land whose parliament it is
        if (
            m.entity_label == "ORG"
            and m.after_determiner
            and not m.entity_exact
            and all(self.gaz.feature_code(c.idx) in _WATER for c in m.candidates)
        ):
            # "der Pegel des Bodensees" (ORG): a lake or river after its article ends no
            # organisation's name; the model took a measurement of it for one.
            return True
        if not m.entity_exact:
            return False
        if m.after_seizure_verb and any(self.gaz.kind(c.idx) == "city" for c in m.candidates):
            # "beschoss Orichiw", "nahm Kadugli ein", "El Fascher wird belagert": no one
            # besieges or shells a person by name
            return True
        if m.after_place_noun:
            return True  # "über den Übergang Kerem Schalom", "die Insel Borneo"
        if (
            m.after_determiner
            and m.entity_label == "PER"
            and not any(self.gaz.kind(c.idx) == "city" for c in m.candidates)
        ):
            # "am Bosporus", "the Bosphorus": a person's name takes no article; a strait,
            # river or region does (a town does not either, so towns keep the guess).
            return True
        town = any(
            not c.alternate and self.gaz.population(c.idx) >= SMALL_TOWN for c in m.candidates
        )
        if town and m.entity_label == "OTH":
            return True  # "other" (events, works) is the model's guess for an unknown town
        if town and " " in m.text.strip() and (m.after_event_verb or m.strong_locative):
            return True  # "erreichte Fort McMurray": persons rarely bear a whole town name
        if any(
            self.gaz.kind(c.idx) != "country"
            and (
                self.gaz.admin1_key(c.idx) in m.qualifiers
                or self.gaz.country_code(c.idx) in m.qualifiers
            )
            for c in m.candidates
        ):
            # "Huwara im Westjordanland", "Ras al-Ain im Nordosten Syriens", "Tawila in
            # Nord-Darfur" (a village of our area table): the place after the name is the
            # place's own region, whatever the model guessed.
            return True
        if m.entity_label in ("ORG", "OTH"):
            return m.restrict == "city" or m.strong_locative
        if m.respelled and m.strong_locative and m.last_word > m.first_word:
            # "in Turmus Ayya": a whole two-word name after "in" sharing a village's key
            # (detect.PlaceDetector._plausible_respellings) is seldom a person's.
            return not m.use.subject
        if m.entity_label != "PER" or " " in m.text.strip():
            return False
        if m.respelled and m.strong_locative and not m.use.subject and any(
            self.gaz.population(c.idx) >= SMALL_TOWN for c in m.candidates
        ):
            # "in Asas" (Azaz): the model guesses a person for a spelling it never saw.
            return True
        if not m.use.subject and any(
            c.curated
            and not c.alternate
            and (
                self.gaz.population(c.idx) >= SMALL_TOWN
                # an island or region our tables prefer over namesakes ("auf Luzon")
                or (c.preferred and self.gaz.kind(c.idx) == "area")
            )
            for c in m.candidates
        ):
            # "Bachmut ist gefallen": a town well known enough to have its own exonyms is
            # no one's surname, unless it speaks or acts ("Roth sagte").
            return True
        return any(self.gaz.population(c.idx) >= _PERSON_OVERRIDE_POPULATION for c in m.candidates)

    def _gate(
        self, m: Mention, neighbour_confirmed: bool, river_names: frozenset[str] = frozenset()
    ) -> tuple[tuple[Candidate, ...], float, bool]:
        """Filters candidates by the context.

        Returns:
            The surviving candidates, a detection confidence, and whether a cue
            (a locative preposition, a town noun, a dateline, an event verb, a
            list of places) marks the mention as a place.
        """
        gaz = self.gaz
        if m.opens_state_body:
            # "Israels Armee", "US-Regierung": the country of the body, acting.
            countries = tuple(c for c in m.candidates if gaz.kind(c.idx) == "country")
            if countries:
                m.entity_use = "actor"
                return countries, 0.9, True
        if m.unlisted is not None:
            # A name the gazetteer lacks: its place noun is the evidence, which only the
            # knowledge base or a rule calling it an organisation or person outweighs.
            if m.entity_label in ACTOR_LABELS and (m.entity_source != "model" or m.guessed):
                return (), 0.0, False
            return m.candidates, UNLISTED_CONFIDENCE, True
        inside_actor = m.entity_label in ACTOR_LABELS and (
            m.entity_label == "PER" or (m.entity_covers and not m.entity_exact)
        )
        if inside_actor and not self._outweighs_model_person(m):
            # Inside a person's or an organisation's name ("Jerusalem Post"); a longer
            # place name around an organisation's ("Grüne Zone" around "Grünen") stays.
            return (), 0.0, False
        if m.name_context or (m.never_alone and m.restrict != "city"):
            return (), 0.0, False
        candidates = self._towns_on(m.candidates, river_names)
        if len(candidates) < len(m.candidates):
            # The river qualifies the town as a country would ("Frankfurt (Oder)").
            m.qualifiers.update(self.gaz.country_code(c.idx) for c in candidates)
        candidates = self._without_shadowed_alternates(candidates, m.qualifiers)
        if m.dateline:
            candidates = self._dateline_capital(candidates)
        if m.restrict == "city":
            # Small places of our area table ("im Dorf Lidice") are towns too.
            narrowed = tuple(
                c
                for c in candidates
                if gaz.kind(c.idx) == "city" or gaz.feature_code(c.idx).startswith("PPL")
            )
            candidates = narrowed or candidates
        elif m.near and m.restrict is None:
            # "near Menaka": the town, not the region of the same country named after it.
            town_countries = {
                gaz.country_code(c.idx) for c in candidates if gaz.kind(c.idx) == "city"
            }
            candidates = tuple(
                c
                for c in candidates
                if gaz.kind(c.idx) != "admin1" or gaz.country_code(c.idx) not in town_countries
            )
        elif m.restrict == "admin1":
            # "Republik Moldau", "Region Tigray": an area noun never introduces a river or sea.
            narrowed = tuple(
                c
                for c in candidates
                if gaz.kind(c.idx) in ("admin1", "area") and gaz.feature_code(c.idx) not in _WATER
            )
            candidates = narrowed or candidates
        if m.after_river_noun:
            rivers = tuple(c for c in candidates if gaz.feature_code(c.idx) == "STM")
            candidates = rivers or candidates
        if (
            m.after_determiner
            and self.language == "de"
            and m.restrict is None
            and not m.text.endswith("-Stadt")  # "in der Gaza-Stadt": the noun takes the article
        ):
            # German town names take no article: "das Essen", "im Hof"; nor does the area
            # named after a town without an area word ("in dem Valencia siegte": the club).
            towns = any(gaz.kind(c.idx) == "city" for c in candidates)
            candidates = tuple(
                c
                for c in candidates
                if gaz.kind(c.idx) != "city"
                and not (towns and gaz.kind(c.idx) == "admin1" and not c.preferred)
            )
        if (
            not (m.after_determiner or m.after_place_noun or m.in_compound or m.river_slot)
            and m.first_word == m.last_word
        ):
            # A river takes one in both languages: "an der Oder", "the Danube" (but
            # "Oder" opening a sentence is the conjunction), or a river noun: "Fluss Oder";
            # a German list after "an" or "zwischen" drops it ("an Donau und Inn").
            candidates = tuple(c for c in candidates if gaz.feature_code(c.idx) != "STM")
        if m.after_determiner and self.language == "en" and m.restrict is None:
            # "along the Dnipro": English towns take no article either, when a river is meant.
            rivers = tuple(c for c in candidates if gaz.feature_code(c.idx) == "STM")
            candidates = rivers or candidates
        if not candidates:
            return (), 0.0, False
        signal = (
            m.locative
            or m.use.location  # "residents of Halabja", "Angriffe auf Halabdscha"
            or m.restrict == "city"
            or m.after_place_noun  # "im Flüchtlingslager Balata"
            or m.dateline
            or m.after_event_verb
            or m.after_seizure_verb  # "Kadugli wurde eingenommen"
            or neighbour_confirmed
        )
        confidence = 0.9
        if m.common_word:
            # English capitalises only names, so a common word is suspect at a sentence start
            # or after an article ("the Commonwealth") only.
            suspect = self.language != "en" or m.sentence_initial or m.after_determiner
            if suspect and self.language == "en" and m.entity_source == "kb" and m.entity_exact:
                # "London police arrested ...": the knowledge base knows the sentence-initial
                # name as a place (LOC), so the dictionary's "london" does not count.
                suspect = m.entity_label != "LOC"
            if suspect:
                # "bei Emden", "bei Kehl": a weak preposition of place counts where the
                # NER model, too, reads exactly this name as a location.
                model_place = (
                    m.locative and m.entity_label == "LOC" and m.entity_exact
                    and m.entity_source == "model"
                )
                if not (
                    m.strong_locative or m.restrict == "city" or neighbour_confirmed
                    or model_place
                ):
                    return (), 0.0, False
                # "in Essen" yes, "in Gang halten" no: only real towns under strong names,
                # or under their own name after a town noun ("im Dorf Burin").
                least = 0 if m.restrict == "city" else COMMON_WORD_TOWN
                candidates = tuple(
                    c
                    for c in candidates
                    if gaz.kind(c.idx) != "city"
                    or (not c.alternate and gaz.population(c.idx) >= least)
                )
                if not candidates:
                    return (), 0.0, False
            confidence = 0.75
        if m.in_compound or m.direction is not None:
            confidence = min(confidence, 0.85)
        return candidates, confidence, signal

    def _towns_on(
        self, candidates: tuple[Candidate, ...], rivers: frozenset[str]
    ) -> tuple[Candidate, ...]:
        """The namesake on a river the sentence names ("an der Oder ... Frankfurt").

        German towns that share a name carry their river in it ("Frankfurt
        (Oder)", "Halle (Saale)"); a sentence naming the river means that one.
        """
        if not rivers or len(candidates) < 2:
            return candidates
        gaz = self.gaz
        on = tuple(
            c
            for c in candidates
            if gaz.kind(c.idx) == "city"
            and any(f"({river})" in gaz.entry(c.idx).name for river in rivers)
        )
        return on or candidates

    def _dateline_capital(self, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """A dateline names a town: a country's name there is its capital of that name.

        "DSCHIBUTI (dpa) -", "KUWAIT (Reuters) -": city-states and countries whose
        capital bears their name report from the capital, not the whole country.
        """
        gaz = self.gaz
        countries = {gaz.country_code(c.idx) for c in candidates if gaz.kind(c.idx) == "country"}
        if not countries:
            return candidates
        capitals = tuple(
            c for c in candidates if gaz.is_capital(c.idx) and gaz.country_code(c.idx) in countries
        )
        return capitals or candidates

    def _without_shadowed_alternates(
        self, candidates: tuple[Candidate, ...], qualifiers: set[str]
    ) -> tuple[Candidate, ...]:
        """Drops towns that bear a name only as a GeoNames alternate when a bigger town bears it.

        "Quebec" is an old alternate name of New Britain (Connecticut), but the
        province and the city of Quebec are called so: a text naming "Quebec"
        means one of them, whatever else the document mentions. A town whose form
        our exonym table lists shadows alternates of any size. A town in the
        first-order area named right after the name stays ("Syracuse in Sicily":
        Siracusa, whose English name GeoNames lists as an alternate).
        """
        gaz = self.gaz
        if not any(c.alternate for c in candidates):
            return candidates
        own = [
            gaz.population(c.idx)
            for c in candidates
            if not c.alternate and gaz.kind(c.idx) == "city"
        ]
        if not own:
            return candidates  # "Luxemburg", "Derna": the country or area does not shadow the town
        # A town we list the form for (exonyms.tsv) is called so, however small GeoNames
        # counts it: "Ras al-Ain" (population unknown) is no alternate of Rosh HaAyin's.
        curated = any(
            c.curated and not c.alternate and gaz.kind(c.idx) == "city" for c in candidates
        )
        biggest = math.inf if curated else max(own)
        return tuple(
            c
            for c in candidates
            if not (c.alternate and gaz.kind(c.idx) == "city" and gaz.population(c.idx) <= biggest)
            or _in_named_area(gaz.admin1_key(c.idx), qualifiers)
        )

    # -- scoring ----------------------------------------------------------------------

    def _score(
        self,
        c: Candidate,
        m: Mention,
        namesake_city: bool,
        context: _DocContext,
        rival_named: bool = False,
    ) -> float:
        gaz = self.gaz
        index = c.idx
        kind = gaz.kind(index)
        score = gaz.prior(index)
        if c.alternate:
            score -= ALTERNATE_PENALTY
        cc = gaz.country_code(index)
        if c.preferred and not (rival_named and context.weight(cc) <= 0):
            # The preference ("Victoria" is the Australian state) holds unless the
            # document names the country of a rival and not the preferred one's.
            score += PREFERRED_BONUS
        if kind == "admin1" and namesake_city and not c.preferred and m.restrict != "admin1":
            score -= SAME_NAME_BIG_CITY_PENALTY
        admin1 = gaz.admin1_key(index)
        if cc and cc in m.qualifiers:
            score += QUALIFIER_BONUS
        if admin1 and admin1 in m.qualifiers:
            score += QUALIFIER_ADMIN1_BONUS
        if context.weight(cc) > 0:
            score += CONTEXT_PRESENCE_BONUS + CONTEXT_SHARE_BONUS * context.share(cc)
        if admin1:
            score += ADMIN1_CONTEXT_BONUS * min(max(context.admin1.get(admin1, 0.0), 0.0), 1.0)
        if kind == "city" and cc in self.home:
            score += HOME_BONUS
        if kind == "city" and c.curated:
            score += FAME_BONUS
        return score

    def _choose(self, item: _Scored, context: _DocContext) -> None:
        gaz = self.gaz
        candidates = item.candidates
        big_city = any(
            gaz.kind(c.idx) == "city" and gaz.population(c.idx) >= BIG_CITY for c in candidates
        )
        # An area named after its capital ("Cherson", "Idlib") is the town when bare.
        town_countries = {
            gaz.country_code(c.idx)
            for c in candidates
            if gaz.kind(c.idx) == "city"
            and (item.beside_town or gaz.population(c.idx) >= NAMESAKE_TOWN)
        }
        rival_named = any(
            not c.preferred and context.weight(gaz.country_code(c.idx)) > 0 for c in candidates
        )
        region_countries = self._namesake_region_countries(candidates, item.mention, context)
        scored = sorted(
            (
                (
                    self._score(
                        c, item.mention, big_city or gaz.country_code(c.idx) in town_countries,
                        context, rival_named,
                    )
                    + (NAMESAKE_REGION_BONUS if self._is_town_of(c, region_countries) else 0.0),
                    c,
                )
                for c in candidates
            ),
            key=lambda pair: (-pair[0], pair[1].idx),
        )
        item.best = scored[0][1]
        item.margin = scored[0][0] - scored[1][0] if len(scored) > 1 else math.inf

    def _namesake_region_countries(
        self, candidates: Sequence[Candidate], mention: Mention, context: _DocContext
    ) -> set[str]:
        """Countries with a region named like the mention, when nothing else decides.

        A prior only: a country the document names or a qualifier of the mention
        decides instead.
        """
        gaz = self.gaz
        if mention.qualifiers or any(
            context.weight(gaz.country_code(c.idx)) > 0 for c in candidates
        ):
            return set()
        return {
            gaz.country_code(c.idx)
            for c in candidates
            if gaz.kind(c.idx) in ("admin1", "area") and not c.alternate
        }

    def _is_town_of(self, candidate: Candidate, countries: set[str]) -> bool:
        """Whether a candidate is a town (not an alternate name) in one of ``countries``."""
        gaz = self.gaz
        return (
            gaz.kind(candidate.idx) == "city"
            and not candidate.alternate
            and gaz.country_code(candidate.idx) in countries
        )

    def _context(self, items: Sequence[_Scored], adjectives: dict[str, float]) -> _DocContext:
        context = _DocContext(countries=dict(adjectives))
        for item in items:
            if item.best is None or item.margin < CONFIDENT_MARGIN or item.key in context.by_key:
                continue
            if item.mention.unlisted is not None:
                continue  # its country is a guess from the others: no evidence for them
            cc = self.gaz.country_code(item.best.idx)
            admin1 = self.gaz.admin1_key(item.best.idx)
            context.by_key[item.key] = (cc, admin1)
            if item.mention.across_border:
                continue  # "an der Grenze zu Ägypten": the neighbour, not where things are
            if cc:
                context.countries[cc] = context.countries.get(cc, 0.0) + 1.0
                context.named[cc] = context.named.get(cc, 0.0) + 1.0
            if admin1:
                context.admin1[admin1] = context.admin1.get(admin1, 0.0) + 1.0
        return context

    # -- main -------------------------------------------------------------------------

    def resolve(
        self, mentions: Sequence[Mention], adjectives: dict[str, float]
    ) -> list[Resolution]:
        """Resolves the detected mentions of one document.

        Args:
            mentions: Mentions from :class:`~lagebild.geo.detect.PlaceDetector`, in text order.
            adjectives: Country weights from country adjectives in the document.

        Returns:
            One resolution per mention kept, in text order.
        """
        items: list[_Scored] = []
        rivers = self._rivers_by_sentence(mentions)
        for position, m in enumerate(mentions):
            listed = self._neighbour_confirmed(mentions, position)
            candidates, gate, signal = self._gate(
                m, listed, rivers.get(m.sentence, frozenset())
            )
            if candidates:
                items.append(_Scored(m, candidates, gate, signal, listed, fold(m.text)))
        empty = _DocContext()
        for item in items:
            self._choose(item, empty)
        self._mark_towns_beside(items)
        context = self._context(items, adjectives)
        out: list[Resolution] = []
        for item in items:
            own = context.without(item.key)
            self._choose(item, own)
            resolution = self._finish(item, own)
            if resolution is not None:
                out.append(resolution)
        return out

    def _mark_towns_beside(self, items: Sequence[_Scored]) -> None:
        """Marks list members next to a name read as a town.

        "zwischen Gao und Ménaka": a list of places names things of one kind, so a
        region named like its small capital is the town there, as after "nahe".
        """
        for left, right in pairwise(items):
            a, b = left.mention, right.mention
            if a.sentence != b.sentence or b.list_separated_from != a.last_word:
                continue
            for item, other in ((left, right), (right, left)):
                if other.best is not None and self.gaz.kind(other.best.idx) == "city":
                    item.beside_town = True

    def _rivers_by_sentence(self, mentions: Sequence[Mention]) -> dict[int, frozenset[str]]:
        """Names of rivers each sentence names with an article ("an der Oder"), as written."""
        gaz = self.gaz
        rivers: dict[int, frozenset[str]] = {}
        for m in mentions:
            if m.after_determiner and any(gaz.feature_code(c.idx) == "STM" for c in m.candidates):
                rivers[m.sentence] = rivers.get(m.sentence, frozenset()) | {m.text}
        return rivers

    def _neighbour_confirmed(self, mentions: Sequence[Mention], position: int) -> bool:
        """True when a list neighbour ("in Bochum, Essen und Dortmund") is clearly a place."""
        m = mentions[position]
        for other_position in (position - 1, position + 1):
            if not 0 <= other_position < len(mentions):
                continue
            other = mentions[other_position]
            if other.sentence != m.sentence or other.name_context:
                continue
            left, right = (m, other) if other_position > position else (other, m)
            if right.list_separated_from != left.last_word:
                continue
            # (or the NER reads both names as places: "Auch Lyman und Siwersk stehen unter Druck")
            both_named = all(n.entity_exact and n.entity_label == "LOC" for n in (m, other))
            clear = (
                other.locative
                or other.dateline
                or other.after_event_verb
                or both_named
                or any(
                    self.gaz.kind(c.idx) != "city" or (c.curated and not other.common_word)
                    for c in other.candidates
                )
            )
            if clear:
                return True
        return False

    def _far_from_the_text(self, candidate: Candidate, context: _DocContext) -> bool:
        """Whether a small town lies a continent away from the country the text is about.

        "Residents fled Al-Fashir toward Tawila and Korma": with Sudan the text's
        country, a Korma in Belarus is a namesake of a village the gazetteer lacks,
        not a place the text names; a town in a country the text names anywhere
        stays, and so does one with a qualifier ("Korma, Belarus"). Only place names
        say where the text is: "Afghan migrants drowned off Calais" keeps Calais.
        """
        gaz = self.gaz
        cc = gaz.country_code(candidate.idx)
        if not cc or context.weight(cc) > 0:
            return False
        point = gaz.point(candidate.idx)
        for other in context.named:
            if context.named_share(other) < DOMINANT_SHARE or other not in gaz.country_index:
                continue
            # (the capital too: Russia's centre lies in Siberia, far from Vovchansk)
            anchors = [gaz.country_index[other], gaz.capitals.get(other)]
            if all(km(point, gaz.point(a)) > FAR_KM for a in anchors if a is not None):
                return True
        return False

    def _finish(self, item: _Scored, context: _DocContext) -> Resolution | None:
        assert item.best is not None
        m = item.mention
        best = item.best
        entry = self.gaz.entry(best.idx)
        confidence = item.gate
        if math.isfinite(item.margin):
            confidence *= 1.0 - 0.5 * math.exp(-item.margin)
        if entry.kind == "city":
            strong = not best.alternate
            prominent = strong and (
                best.curated or entry.population >= BIG_CITY or entry.is_capital
            )
            qualified = entry.country_code in m.qualifiers
            # The NER reading the very name as a place vouches for a weaker (alternate) form.
            named_place = m.entity_exact and m.entity_label == "LOC"
            dominant = (
                (strong or named_place)
                and entry.population >= CONTEXT_TOWN
                and entry.country_code is not None
                and context.share(entry.country_code) >= DOMINANT_SHARE
            )
            if not (prominent or item.signal or qualified or dominant):
                return None
            if not (prominent or qualified) and self._far_from_the_text(best, context):
                return None
            if not prominent and entry.population < SMALL_TOWN and not qualified:
                # A weaker locative ("bei Siwersk") counts when the NER reads the name as a place.
                located = m.locative and m.entity_exact and m.entity_label == "LOC"
                strong_cue = (
                    m.strong_locative
                    or m.restrict == "city"
                    or m.after_place_noun
                    or m.dateline
                    or item.listed
                    or located
                    or m.after_seizure_verb  # "shelled Orikhiv", "nahm Kadugli ein"
                )
                if not strong_cue:
                    return None
            if not prominent:
                confidence *= 0.85 if item.signal or qualified else 0.75
        named_actor = m.entity_label in ACTOR_LABELS and m.entity_exact
        if named_actor and not self._outweighs_model_person(m):
            # The NER model calls exactly this name a person or organisation.
            if entry.kind == "city":
                return Resolution(m, entry, confidence, "capital" if entry.is_capital else "person")
            return Resolution(m, entry, round(confidence, 3), entry.kind)
        # The entities stage's decision when it read this very name, else the same
        # reader's (lagebild.geo.usage): the two stages never disagree.
        use = m.entity_use or m.use.decide(_name_kind(entry))
        if use == "actor" and entry.kind == "city":
            # A capital stands for its government; another town as the subject of a
            # speech verb is most likely a person's name ("Martin sagte"); a town as a
            # possessor is still the town ("Frankfurt's stock exchange").
            if entry.is_capital or m.entity_use is not None:
                return Resolution(m, entry, confidence, "capital")
            if m.use.subject and not (m.strong_locative or item.listed):
                # ("in Sudan's El Obeid cut off ...": after "in", the town is where it happens;
                # "Die Kämpfe um Kursk und Belgorod halten an": so is a town listed with one)
                return Resolution(m, entry, confidence, "person")
            use = "location"
        actor = entry.kind if use == "actor" else None
        return Resolution(m, entry, round(confidence, 3), actor)

    # -- records ----------------------------------------------------------------------

    def to_place(self, resolution: Resolution, doc_id: str, text: str) -> Place:
        """Builds the Place record of a resolution (a region of its entry for a direction)."""
        m = resolution.mention
        entry = resolution.entry
        start, end = m.span
        if m.direction is not None and entry.kind != "city":
            lat, lon = self.gaz.region_point(entry.index, m.direction)
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
                parent=_reference(entry),
                actor_use=resolution.actor is not None,
                confidence=resolution.confidence,
            )
        if m.unlisted is not None:
            return self._unlisted_place(resolution, doc_id, text)
        if m.direction is not None:
            start = m.start  # a part of a town is the town
        # (a valley named after its river, "Ahrtal", keeps the river's country)
        countryless = entry.feature_code in _COUNTRYLESS_WATER and not m.in_compound
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
            country_code=None if countryless else entry.country_code,
            admin1=entry.admin1,
            admin1_code=entry.admin1_code,
            precision=entry.precision,
            parent=None,
            actor_use=resolution.actor is not None,
            confidence=resolution.confidence,
        )

    @staticmethod
    def _unlisted_place(resolution: Resolution, doc_id: str, text: str) -> Place:
        """A place the gazetteer lacks ("Provinz Enga"): named as written, put at its country.

        Its coordinates are the country's, so its precision is "country"; the
        feature code comes from the noun that introduced it (cues.yaml).
        """
        m = resolution.mention
        country = resolution.entry
        feature_class, _, feature_code = (m.unlisted or "").partition(":")
        name = text[m.start : m.end]
        slug = "-".join(fold(name).casefold().split())
        return Place(
            doc_id=doc_id,
            text=name,
            start=m.start,
            end=m.end,
            name=name,
            id=f"lb:unlisted:{country.country_code}:{slug}",
            geonames_id=None,
            latitude=round(country.latitude, 5),
            longitude=round(country.longitude, 5),
            feature_class=feature_class or None,
            feature_code=feature_code or None,
            # Waters (rivers, straits, shoals) belong to no country (tests/gold/README.md),
            # even where the text's country locates them: the parent keeps it.
            country_code=None if feature_class == "H" else country.country_code,
            precision="country",
            parent=_reference(country),
            actor_use=False,
            confidence=resolution.confidence,
        )
