"""Language data for the place detector: cue words and a common-word test.

The cue words are reviewable YAML (``resources/geo/cues.yaml``). The
common-word test uses simplemma's dictionary for the language (the same one
the ``lemmas`` stage loads, so it costs no extra memory in the pipeline): a
capitalised word is a common word when its lower-case form is a word of its
own ("Essen" -> "essen") or when the dictionary knows inflected forms of it
that a name does not have ("Hof" -> "Höfe", "Halle" -> "Hallen").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lagebild.errors import Code, LagebildError
from lagebild.geo.gazetteer import read_table
from lagebild.geo.words import name_key
from lagebild.resources import Resources, data_path, parse_yaml, read_lines

_UMLAUT = str.maketrans({"a": "ä", "o": "ö", "u": "ü"})
_NOUN_ENDINGS = ("e", "en", "n", "er", "ern", "es", "nen")


def _simplemma_dictionary(language: str) -> Mapping[str, str]:
    """Simplemma's form -> lemma dictionary, shared with simplemma's own lemmatizer."""
    from simplemma.strategies.dictionaries import dictionary_factory

    factory = getattr(dictionary_factory, "DEFAULT_DICTIONARY_FACTORY", None)
    if factory is None:  # pragma: no cover - older simplemma
        factory = dictionary_factory.DefaultDictionaryFactory()
    dictionary: Mapping[str, str] = factory.get_dictionary(language)
    return dictionary


class CommonWords:
    """Tells common words from names, for one language (memoised)."""

    def __init__(self, language: str, dictionary: Mapping[str, str] | None = None) -> None:
        self.language = language
        self._dictionary = dictionary
        self.is_common = lru_cache(maxsize=100_000)(self._is_common)
        self.is_common_noun = lru_cache(maxsize=100_000)(self._is_common_noun)

    @property
    def dictionary(self) -> Mapping[str, str]:
        """The form -> lemma dictionary (loaded on first use)."""
        if self._dictionary is None:
            self._dictionary = _simplemma_dictionary(self.language)
        return self._dictionary

    def _is_common(self, word: str) -> bool:
        """A word of the language on its own ("Essen", "Hof"); town-name compounds are not."""
        return self._is_common_form(word)

    def _is_common_noun(self, word: str) -> bool:
        """Like ``is_common``, also for compounds whose last part is common.

        Used for the words around a name ("Raketenbeschuss Israels",
        "Liga-Präsident"); not for the name itself, since town names are
        compounds too ("Wolfsburg").
        """
        if "-" in word:
            head = word.rsplit("-", 1)[1]
            return bool(head[:1].isupper()) and self.is_common_noun(head)
        if self._is_common_form(word):
            return True
        if self.language != "de" or len(word) < 8:
            return False
        # German compounds ("Raketenbeschuss", "Maximilianmuseum") are common when
        # their last part is: try heads of at least four letters, longest first.
        for cut in range(3, len(word) - 3):
            head = word[cut:]
            capitalised = head[:1].upper() + head[1:]
            if self._is_common_form(capitalised) and self.dictionary.get(capitalised) is not None:
                return True
        return False

    def _is_common_form(self, word: str) -> bool:
        lookup = self.dictionary.get
        lower = word.lower()
        if lower != word:
            lower_lemma = lookup(lower)
            if lower_lemma is not None and lower_lemma[:1].islower():
                return True
        if self.language != "de":
            return False
        lemma = lookup(word)
        if lemma is None:
            return False
        if word in (lemma + "s", lemma + "es") and lemma != word:
            return self._is_common_form(lemma)  # genitive "Kantons" is as common as "Kanton"
        if lemma != word and word != lemma + "'":
            return True
        # A noun has plural or case forms ("Höfe", "Hallen"); a town name has none.
        stems = {word, word[:-1] + word[-1:].translate(_UMLAUT)}
        last_vowel = max(word.rfind(v) for v in "aou")
        if last_vowel > 0:
            umlauted = word[last_vowel].translate(_UMLAUT)
            stems.add(word[:last_vowel] + umlauted + word[last_vowel + 1 :])
        for stem in stems:
            for ending in ("", *_NOUN_ENDINGS):  # "Böden": an umlaut alone makes a plural
                form = stem + ending
                if form != word and lookup(form) == lemma:
                    return True
        return False


@dataclass(frozen=True, slots=True)
class UseWords:
    """The reader's own word lists (``resources/geo/usage.yaml``, one language)."""

    inanimate_subjects: frozenset[str]
    inanimate_endings: tuple[str, ...]
    state_heads: frozenset[str]
    state_head_endings: tuple[str, ...]
    agent_heads: frozenset[str]
    coming_verbs: frozenset[str]
    source_acts: frozenset[str]
    counts: frozenset[str]
    departure_verbs: frozenset[str]
    recipient_words: frozenset[str]
    territory_verbs: frozenset[str]
    siege_verbs: frozenset[str]
    local_bodies: frozenset[str]
    clause_prepositions: frozenset[str]
    envoy_nouns: frozenset[str]
    side_nouns: frozenset[str]
    subject_adverbs: frozenset[str]
    visit_verbs: frozenset[str]
    aim_words: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    arrival_verbs: frozenset[str]
    clause_adverbs: frozenset[str]
    phrase_prepositions: frozenset[str]
    sale_nouns: frozenset[str]
    attack_verbs: frozenset[str]
    attack_particle_forms: frozenset[str]
    attack_participles: frozenset[str]
    verbal_words: frozenset[str]
    demand_verbs: frozenset[str]
    receipt_verbs: frozenset[str]
    arms_nouns: frozenset[str]


def _read_use_words(language: str) -> UseWords:
    """The word lists of ``usage.yaml`` for ``language`` (read with the cues, once per Resources).

    Args:
        language: ISO code (de, en); other languages get empty lists.
    """
    path = data_path("geo", "usage.yaml")
    data = parse_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise LagebildError(Code.RESOURCE, "usage.yaml must be a mapping", path=str(path))
    section = data.get(language) or {}

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w).lower() for w in section.get(key) or ())

    return UseWords(
        inanimate_subjects=frozenset(words("inanimate_subjects")),
        inanimate_endings=words("inanimate_endings"),
        state_heads=frozenset(words("state_heads")),
        state_head_endings=words("state_head_endings"),
        agent_heads=frozenset(words("agent_heads")),
        coming_verbs=frozenset(words("coming_verbs")),
        source_acts=frozenset(words("source_acts")),
        counts=frozenset(words("counts")),
        departure_verbs=frozenset(words("departure_verbs")),
        recipient_words=frozenset(words("recipient_words")),
        territory_verbs=frozenset(words("territory_verbs")),
        siege_verbs=frozenset(words("siege_verbs")),
        local_bodies=frozenset(words("local_bodies")),
        clause_prepositions=frozenset(words("clause_prepositions")),
        envoy_nouns=frozenset(words("envoy_nouns")),
        side_nouns=frozenset(words("side_nouns")),
        subject_adverbs=frozenset(words("subject_adverbs")),
        visit_verbs=frozenset(words("visit_verbs")),
        aim_words=frozenset(words("aim_words")),
        perfect_auxiliaries=frozenset(words("perfect_auxiliaries")),
        arrival_verbs=frozenset(words("arrival_verbs")),
        clause_adverbs=frozenset(words("clause_adverbs")),
        phrase_prepositions=frozenset(words("phrase_prepositions")),
        sale_nouns=frozenset(words("sale_nouns")),
        attack_verbs=frozenset(words("attack_verbs")),
        attack_particle_forms=frozenset(words("attack_particle_forms")),
        attack_participles=frozenset(words("attack_participles")),
        verbal_words=frozenset(words("verbal_words")),
        demand_verbs=frozenset(words("demand_verbs")),
        receipt_verbs=frozenset(words("receipt_verbs")),
        arms_nouns=frozenset(words("arms_nouns")),
    )


@dataclass(frozen=True)
class Cues:
    """The cue words of one language (see ``resources/geo/cues.yaml``)."""

    language: str
    locative: frozenset[str]
    strong_locative: frozenset[str]
    # Prepositions that mark even a small town, but only one whose name is no common
    # word: "bis Stepanakert", not "bis Ende März" (Ende, Indonesia).
    name_locative: frozenset[str]
    vicinity_nouns: frozenset[str]
    # Nouns of remembrance and the prepositions after them that name where it happened:
    # "die Opfer von Srebrenica", "das Gedenken an Butscha".
    remembrance_nouns: frozenset[str]
    remembrance_prepositions: frozenset[str]
    # Units and hedges of a distance phrase before an adjective ("rund 40 Kilometer
    # entfernten"), skipped on the way from a name back to its preposition.
    distance_words: frozenset[str]
    # The adjectives a distance phrase qualifies ("entfernten"): without one, numbers
    # and hedges before a name count something else ("an zwei Staaten").
    distance_adjectives: frozenset[str]
    inner_particles: frozenset[str]
    titles: frozenset[str]
    determiners: frozenset[str]
    city_nouns: frozenset[str]
    admin_nouns: frozenset[str]
    place_nouns: frozenset[str]
    direction_nouns: Mapping[str, str]
    # Nouns around a place name the gazetteer may lack -> "class:code" of such a place.
    unlisted_before: Mapping[str, str]
    national_nouns: Mapping[str, str]
    unlisted_after: Mapping[str, str]
    direction_adjectives: Mapping[str, str]
    direction_prefixes: tuple[tuple[str, str], ...]
    # Phrases that refer back to a country just named, as lower-case words
    # ("des Landes", "of the country").
    country_anaphors: tuple[tuple[str, ...], ...]
    region_connectors: frozenset[str]
    # The place-or-actor reader's own lists (geo/usage.py).
    usage: UseWords
    actor_verbs: frozenset[str]
    event_verbs: frozenset[str]
    auxiliaries: frozenset[str]
    clause_openers: frozenset[str]
    subordinators: frozenset[str]
    org_prefixes: frozenset[str]
    coordinators: frozenset[str]
    weekdays: frozenset[str]
    use_locative: frozenset[str]
    use_relations: frozenset[str]
    # "für"/"for" after one of plan_nouns: the topic of a plan, a place.
    use_for: frozenset[str]
    plan_nouns: frozenset[str]
    # Councils a name may own: a town's is local, a country's is the state's body.
    council_nouns: frozenset[str]
    use_between: frozenset[str]
    use_towards: frozenset[str]
    use_onto: frozenset[str]
    use_over: frozenset[str]
    topic_words: frozenset[str]
    idiom_heads: frozenset[str]
    use_source: frozenset[str]
    source_nouns: frozenset[str]
    town_adjective_heads: frozenset[str]
    # Nouns after a town adjective naming the area called after the town ("Charkiwer Gebiet").
    seat_area_nouns: frozenset[str]
    # Compound halves after which a name that is also a town's is the river ("Dnipro-Ufer").
    river_heads: frozenset[str]
    sports_words: frozenset[str]
    sports_roles: frozenset[str]
    # Verbs of a result between two sides ("Liverpool beat Madrid"): between two town
    # names they make a match report even without a score.
    match_verbs: frozenset[str]
    town_part_nouns: frozenset[str]
    continent_adjectives: frozenset[str]
    named_territory_nouns: frozenset[str]
    source_verbs: frozenset[str]
    source_prepositions: frozenset[str]
    source_heads: frozenset[str]
    source_postpositions: frozenset[str]
    country_possessives: frozenset[str]
    position_words: frozenset[str]
    use_from: frozenset[str]
    place_heads: frozenset[str]
    geo_heads: frozenset[str]
    territory_nouns: frozenset[str]
    event_nouns: frozenset[str]
    transfer_nouns: frozenset[str]
    place_head_endings: tuple[str, ...]
    # Verb lemma -> the words after it that make its subject act ("bleibt bei").
    stance_verbs: Mapping[str, frozenset[str]]
    giving_verbs: frozenset[str]
    use_around: frozenset[str]
    around_words: frozenset[str]
    body_nouns: frozenset[str]
    not_modifiers: frozenset[str]
    # Nouns that introduce the name of a ship ("die Fregatte Hessen", "the tanker Eagle S").
    vessel_nouns: frozenset[str]
    # Words that introduce the name of a storm ("Hurricane Florence", "Taifun Haiyan").
    storm_nouns: frozenset[str]
    # Words that place something next to the name after them: a town, not its region.
    near_words: frozenset[str]
    # Words of nearness after which a name the gazetteer lacks is a town ("nahe Kamituga").
    unlisted_near: frozenset[str]
    # Prepositions after which a river's name stands without its article ("Passau an
    # Donau und Inn", "zwischen Rhein und Mosel").
    river_prepositions: frozenset[str]
    # Words of US state politics ("Senate race", "governor", "county"): a name that is a
    # US state and a country ("Georgia") names the state in their sentence.
    us_state_words: frozenset[str]
    # Lemmas of verbs of taking, shelling or besieging a place, never said of a person
    # by name: a town right after one is no person, whatever the NER guesses.
    seizure_verbs: frozenset[str]
    # Particles that complete a separable verb of ``seizure_verbs`` ("nahm Kadugli ein").
    verb_particles: frozenset[str]
    # Participles of ``seizure_verbs`` as written, for a passive the lemmatiser leaves
    # alone ("El Fascher wird belagert"), and the passive's auxiliaries as written.
    seizure_participles: frozenset[str]
    passive_auxiliaries: frozenset[str]
    # Second halves of compounds after a capital that make it its government ("Tehran-backed").
    allegiance_words: frozenset[str]
    # English nouns of violent events a town names by modifying them ("the Halabja attack").
    incident_nouns: frozenset[str]
    # Nouns for a capital whose genitive or "of" complement is its country ("the capital of").
    seat_nouns: frozenset[str]
    # English capitalised words after a place name that name a feature in it ("Dublin Airport").
    feature_designators: frozenset[str]
    # Lower-case nouns after a place name that make it part of an organisation's name
    # ("the Sinaloa cartel").
    org_heads: frozenset[str]
    # Lower-case nouns of treaties and negotiating formats named after a town or
    # region ("the Minsk agreements", "the Normandy format"): the name is no place.
    treaty_heads: frozenset[str]
    # Nouns of foods, goods and breeds named after a place ("Buffalo wings", "Peking-Ente"):
    # the place name before them (or glued to them with a hyphen) is no place.
    product_heads: frozenset[str]
    # Measures of a drink or dish before the name it is sold under ("a bottle of
    # Bordeaux", "ein Glas Bordeaux"), and the indefinite articles that make a bare
    # town name a drink or dish ("she ordered a Manhattan"): no place.
    product_measures: frozenset[str]
    indefinite_articles: frozenset[str]
    # Country names that name the country only after "the" ("the Emirates"); bare,
    # they name a company or brand ("Emirates cancelled flights": the airline).
    article_names: frozenset[str]
    # Given names that are also common words ("Sam", "Kirk", "Lisa"): opening a
    # sentence before a town name, they open a person's name ("Sam Houston led").
    given_words: frozenset[str]
    # Nouns for a person (or a pet) in an apposition after a name ("Chad, a retired
    # plumber, said"): the name is the person's.
    person_nouns: frozenset[str]
    # English nouns only a person has: "Victoria's reign", "Jordan's sneakers".
    person_possessions: frozenset[str]
    # Lemmas of verbs of taking or striking places: their object may be a town in a
    # spelling the gazetteer lacks ("eroberten Tall Rifaat").
    capture_verbs: frozenset[str]
    never_alone: frozenset[str]
    # Prepositions, clause openers and coordinators: the words that end a run of
    # articles and adjectives before a name (lagebild.geo.usage).
    function_words: frozenset[str]
    blocked: frozenset[str]
    blocked_max_words: Mapping[str, int]
    common: CommonWords

    def direction_adjective(self, word: str) -> str | None:
        """The direction of an (inflected) direction adjective: 'nördlichen' -> 'north'."""
        direction = self.direction_adjectives.get(word)
        if direction is not None or self.language != "de":
            return direction
        for ending in ("en", "em", "er", "es", "e"):
            if word.endswith(ending):
                found = self.direction_adjectives.get(word[: -len(ending)])
                if found is not None:
                    return found
        return None


# Cue lists read as plain word sets, by their key in cues.yaml (= the Cues field).
_WORD_LISTS = (
    "locative", "strong_locative", "name_locative", "vicinity_nouns", "remembrance_nouns",
    "remembrance_prepositions", "distance_words", "distance_adjectives",
    "inner_particles",
    "titles", "determiners",
    "city_nouns", "admin_nouns", "place_nouns", "region_connectors", "actor_verbs",
    "event_verbs", "auxiliaries", "clause_openers", "subordinators", "org_prefixes",
    "coordinators", "weekdays",
    "use_locative", "use_relations", "use_between", "use_towards", "use_onto", "use_from",
    "use_over", "topic_words", "idiom_heads", "use_source", "source_nouns", "position_words",
    "town_adjective_heads", "seat_area_nouns", "river_heads", "town_part_nouns",
    "continent_adjectives", "named_territory_nouns",
    "source_verbs", "source_prepositions", "source_heads", "source_postpositions",
    "country_possessives", "sports_words", "sports_roles", "match_verbs",
    "place_heads", "geo_heads", "territory_nouns", "event_nouns", "transfer_nouns",
    "giving_verbs", "body_nouns", "not_modifiers", "use_around", "around_words", "vessel_nouns",
    "incident_nouns", "near_words", "allegiance_words", "seat_nouns", "feature_designators",
    "org_heads", "treaty_heads", "storm_nouns", "capture_verbs", "product_heads",
    "product_measures",
    "indefinite_articles", "article_names", "given_words", "person_nouns", "unlisted_near",
    "person_possessions", "use_for", "plan_nouns", "council_nouns", "river_prepositions",
    "us_state_words", "seizure_verbs", "verb_particles", "seizure_participles",
    "passive_auxiliaries",
)


# Cue lists of lemmas, compared with the lemmatiser's output.
_LEMMA_LISTS = ("event_verbs", "capture_verbs", "actor_verbs", "seizure_verbs")


def _load_yaml() -> dict[str, Any]:
    path = data_path("geo", "cues.yaml")
    data = parse_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise LagebildError(Code.RESOURCE, "cues.yaml must be a mapping", path=str(path))
    return data


def _country_adjectives(language: str) -> set[str]:
    """Adjective forms from countries.tsv (capitalised in English, any case in German)."""
    column = {"de": "adj_de", "en": "adj_en"}.get(language)
    if column is None:
        return set()
    out: set[str] = set()
    for row in read_table("countries.tsv"):
        for form in (row.get(column) or "").split(";"):
            form = form.strip()
            if not form:
                continue
            if language == "de":
                for ending in ("e", "en", "er", "es", "em"):
                    out.add((form + ending)[:1].upper() + (form + ending)[1:])
            else:
                out.add(form)
                out.add(form + "s")
    return out


def load_cues(resources: Resources, language: str) -> Cues:
    """Resource loader: the cue words of ``language``.

    Country adjectives and demonyms ("Chadian", "Thai") from the gazetteer's
    country table are added to the words that are never a place on their own.
    """
    data = _load_yaml()
    section = data.get(language)
    if not isinstance(section, dict):
        raise LagebildError(Code.RESOURCE, f"cues.yaml has no section '{language}'")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in section.get(key) or ())

    def mapping(key: str) -> dict[str, str]:
        return {str(k): str(v) for k, v in (section.get(key) or {}).items()}

    blocked = frozenset(name_key(str(name)) for name in data.get("blocked") or ())
    blocked_max: dict[str, int] = {}
    for key in blocked:
        first = key.split(" ", 1)[0]
        blocked_max[first] = max(blocked_max.get(first, 0), len(key.split(" ")))
    prefixes = sorted(mapping("direction_prefixes").items(), key=lambda kv: -len(kv[0]))
    # Words that are never a place on their own: months, weekdays, holidays
    # ("on Christmas night"), illnesses ("starben an Corona"), direction words,
    # name particles ("Van der Bellen").
    never_alone = (
        words("weekdays")
        | words("holidays")
        | words("illnesses")
        | words("name_particles")
        # abbreviations too, since datelines drop the dot ("KYIV, Nov 12 (Reuters)")
        | {m.rstrip(".") for m in read_lines(language, "months.txt")}
        | set(mapping("direction_nouns"))
        | {prefix for prefix, _ in prefixes}
        | _country_adjectives(language)
    )
    lists = {name: words(name) for name in _WORD_LISTS}
    for name in _LEMMA_LISTS:
        # The lemmatiser writes "ss" for "ß" ("beschoss" -> "beschiessen").
        lists[name] = lists[name] | {w.replace("ß", "ss") for w in lists[name]}
    function_words = frozenset().union(
        *(lists[name] for name in (
            "use_locative", "use_relations", "use_between", "use_towards", "use_onto",
            "use_over", "use_around", "use_from", "locative", "clause_openers", "coordinators",
            "source_prepositions",
        ))
    )
    return Cues(
        language=language,
        usage=_read_use_words(language),
        **lists,
        function_words=function_words,
        direction_nouns=mapping("direction_nouns"),
        unlisted_before=mapping("unlisted_before"),
        national_nouns=mapping("national_nouns"),
        unlisted_after=mapping("unlisted_after"),
        direction_adjectives=mapping("direction_adjectives"),
        direction_prefixes=tuple(prefixes),
        country_anaphors=tuple(
            tuple(str(phrase).lower().split()) for phrase in section.get("country_anaphors") or ()
        ),
        place_head_endings=tuple(str(w) for w in section.get("place_head_endings") or ()),
        stance_verbs={
            str(verb): frozenset(str(w) for w in following or ())
            for verb, following in (section.get("stance_verbs") or {}).items()
        },
        never_alone=frozenset(never_alone),
        blocked=blocked,
        blocked_max_words=blocked_max,
        common=CommonWords(language),
    )
