"""Finds place-name candidates in a document and reads the words around them.

The detector proposes; :mod:`lagebild.geo.resolve` decides. For every stretch
of text that the gazetteer knows as a name, the detector records the
candidate entries and the evidence the context offers:

* the span, including names inside hyphenated compounds ("Gaza-Grenze",
  "Kiew-Besuch": the name gets its own offsets) and German genitives
  ("Israels", "des Libanons");
* regions with a parent ("im Norden Israels", "Nordisrael", "northern Israel")
  and area or town nouns that narrow the kind ("Gebiet Donezk", "Stadt Gaza");
* cues for names that are also common words ("in Essen" vs "das Essen"),
  person and organisation names around a place name ("Kyle Morris",
  "Jerusalem Post", "Gaza Health Ministry");
* how the name is used (:mod:`lagebild.geo.usage`, the decision the
  entities stage shares): as a location, or for a state or government
  acting ("Moskau reagierte", "Moscow's decision");
* country adjectives before a territory noun ("auf ägyptischem Gebiet",
  "Egyptian territory") and German town adjectives before a noun of town
  life ("die Frankfurter Polizei"): a place named by its adjective;
* qualifiers that disambiguate ("im libanesischen Tripoli", "Paris, Texas").
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal, TypeVar

from lagebild.actors.kb import STATE_BODY_TYPES
from lagebild.geo.gazetteer import (
    FLAG_ALT,
    FLAG_CURATED,
    GERMAN_NAME_PARTICLES,
    GERMAN_NAMING_COUNTRIES,
    Candidate,
    Gazetteer,
)
from lagebild.geo.lexicon import Cues
from lagebild.geo.translit import CYRILLIC_COUNTRIES, ROMANISED_COUNTRIES
from lagebild.geo.usage import NO_EVIDENCE, Use, UseEvidence, UseReader
from lagebild.geo.words import Word, fold, join_key, name_key, split_words
from lagebild.model import EntityMention

Restriction = Literal["city", "admin1"]
_T = TypeVar("_T")
# Punctuation that opens an apposition after a name, with the one that closes an age there.
_APPOSITION_OPENERS = {",": ",", "(": ")"}
# "north of", "nördlich von": the words after a direction that open a place name.
_OF_WORDS = frozenset({"of", "von"})
# Words between the towns of a list (not "als": "in Santiago als Doppeltorschütze").
_LIST_SEPARATORS = frozenset({",", "und", "oder", "sowie", "and", "or"})
# Words between an unlisted name and the country or area that locates it.
_QUALIFYING_WORDS = frozenset({",", "(", "in", "im", "der", "den", "the", "von", "of"})
_QUOTES = frozenset("\"'„“”‚‘’«»‹›")
# A match score ("2:0", "3-1", "0 – 3"), not a time of day ("13:30", "10:15 Uhr").
_SCORE = re.compile(r"(?<![\d.:,])(?:1[0-5]|\d) ?[:\-–] ?(?:1[0-5]|\d)(?![\d:,]|\.\d| ?Uhr)")
# Countries whose town names the gazetteer also spells the German way (lagebild.geo.translit).
_TRANSLITERATED = ROMANISED_COUNTRIES | CYRILLIC_COUNTRIES
# Geographic nouns that German glues to the name of an area ("Tschadseebecken",
# "Donbassfront", "Mittelmeerküste").
_AREA_COMPOUND_HEADS = (
    "becken", "region", "gebiet", "küste", "ufer", "front", "grenze", "tals", "tal",
)
# Valleys take a river's name, and rivers have short names ("Ahrtal", "Inntal").
_VALLEY_HEADS = ("tal", "tals")
# Towns whose districts German writes as "Köln-Ehrenfeld": big towns of the
# German-speaking countries.
_DISTRICT_TOWN_COUNTRIES = frozenset({"DE", "AT", "CH"})
_DISTRICT_TOWN = 50_000
# A town listed under a district's name lies this close to the town it is a district of.
_DISTRICT_KM = 20.0
# Territory nouns that end too many compounds of other meaning ("Gegenseite").
_VAGUE_TERRITORY = frozenset({"Seite"})
# Words whose adjective readings the gazetteer remembers (a few MB at most).
_MEMO_SIZE = 200_000
# Marks a word the adjective memo has not seen (None is a remembered answer).
_UNKNOWN = object()
# Towns below this population are small enough to yield their name to a text that
# says otherwise: an area noun after it ("Centre department"), another country
# qualifying it ("Kuriga im Bundesstaat Kaduna").
_SMALL_TOWN = 15_000
# Smallest place a key-only spelling may name (GeoNames hamlets of a few hundred
# people share keys with suburbs and quarters the gazetteer lacks).
_RESPELLED_MIN_POPULATION = 1_000
# A lower-case Arabic article before a capitalised name ("al-Faschir", "asch-Schaddadi").
_ARABIC_ARTICLE = re.compile(r"(?:al|el|as|ash|asch|ad|ar|at|az|an|ath)-(?=[A-ZÄÖÜ])")
# The same article written apart ("Deir al Balah", "Ras el Ain").
_ARTICLE_WORDS = frozenset({"al", "el", "as", "ash", "asch", "ad", "ar", "at", "az", "an", "ath"})
_Y_BEFORE_VOWEL = re.compile(r"[yY](?=[aeiou])")
# Entity labels that make an overlapping name a person or organisation, not a place.
ACTOR_LABELS = frozenset({"PER", "ORG", "OTH"})


@dataclass
class Mention:
    """A stretch of text that may name a place, with the evidence around it."""

    start: int
    end: int
    text: str
    sentence: int
    first_word: int
    last_word: int  # inclusive
    candidates: tuple[Candidate, ...]
    in_compound: bool = False
    direction: str | None = None
    region_start: int | None = None
    restrict: Restriction | None = None
    restrict_start: int | None = None
    restrict_end: int | None = None
    common_word: bool = False
    sentence_initial: bool = False
    locative: bool = False
    strong_locative: bool = False
    never_alone: bool = False  # a month, weekday, direction word or name particle
    dateline: bool = False  # "Wien – ...", "Gaza/Jerusalem – ..."
    # End of an agency dateline the name opens, reported as the place's span ("KYIV,
    # Ukraine (AP)"); the country inside stays a mention of its own.
    dateline_end: int | None = None
    after_event_verb: bool = False  # "beschossen Orichiw", "troops entered Jenin"
    # After a verb of taking or shelling said of places only ("nahm Kadugli ein").
    after_seizure_verb: bool = False
    after_determiner: bool = False
    # Where a river's name stands without its article ("an Donau und Inn").
    river_slot: bool = False
    # Right after a noun for a river ("am Fluss Oskil"): the river, not its namesake town.
    after_river_noun: bool = False
    near: bool = False  # "nahe Ménaka", "near Menaka": a town rather than its region
    # Right after a noun that introduces a place ("Übergang Kerem Schalom", "die Insel
    # Borneo", "the island of Borneo", "Flüchtlingslager Zamzam").
    after_place_noun: bool = False
    name_context: bool = False
    genitive: bool = False  # German genitive in -s ("Moskaus")
    # A country adjective before a territory noun ("ägyptischem Gebiet") or a town
    # adjective before a noun of town life ("Frankfurter Polizei").
    adjective: bool = False
    use: UseEvidence = NO_EVIDENCE
    qualifiers: set[str] = field(default_factory=set)
    # Countries a place after the name puts it in ("Palma in Mozambique", "Paris,
    # Texas"): unlike an adjective before it ("US strikes on Hodeidah"), which may name
    # a party rather than the town's country.
    placed_in: set[str] = field(default_factory=set)
    # last word of the previous mention when only a comma or "und" separates them
    list_separated_from: int | None = None
    entity_label: str | None = None
    entity_exact: bool = False
    # Named as the other side of a border ("an der Grenze zu Ägypten", "the border
    # with Egypt"): a neighbour, so no evidence of the country the text is about.
    across_border: bool = False
    # Where the overlapping entity came from: "kb", "model" (statistical NER) or "rule".
    entity_source: str | None = None
    entity_covers: bool = False  # the entity spans the whole name ("Jerusalem Post")
    # The entity is exactly the name with its place noun ("Provinz Süd-Kivu", "Stadt Bachmut").
    entity_is_noun_phrase: bool = False
    # The entity is a part of a name of several words ("Yunis" in "Chan Yunis").
    entity_inside: bool = False
    entity_use: Use | None = None  # the entities stage's decision for this exact span
    # The name opens the mention of a body of its state ("Israels Armee", "US-Regierung").
    opens_state_body: bool = False
    # A name the gazetteer lacks, introduced by a place noun ("Provinz Enga"): the
    # GeoNames "class:code" it gets; its candidates are the countries it may lie in.
    unlisted: str | None = None
    # Found by the romanisation key only ("Asas" for "Azaz"): see _romanised_spelling.
    respelled: bool = False
    # An unlisted name found by its neighbours alone ("nahe Kamituga", "in Kupjansk,
    # Borowa und Kurylivka"), with no place noun: any actor reading of it wins.
    guessed: bool = False

    @property
    def span(self) -> tuple[int, int]:
        """The offsets reported for the mention, widened to its region or area noun."""
        start = self.start
        end = self.end
        if self.region_start is not None:
            start = min(start, self.region_start)
        if self.restrict_start is not None:
            start = min(start, self.restrict_start)
        if self.restrict_end is not None:
            end = max(end, self.restrict_end)
        if self.dateline_end is not None:
            end = max(end, self.dateline_end)
        return start, end


@dataclass(frozen=True)
class Reading:
    """What the detector read in one document."""

    mentions: list[Mention]
    adjectives: dict[str, float]  # country code -> weight of country adjectives


@dataclass
class _Context:
    """One document being read."""

    text: str
    words: list[Word]
    sentence_of: list[int]
    language: str
    uses: UseReader
    lemma_of: LemmaSource | None = None
    # Word index -> the place its country or area adjective names, in text order
    # (asked of every word by several passes: read once per document).
    adjective_at: dict[int, tuple[int, str | None]] = field(default_factory=dict)



def _plausible_respelling(
    gaz: Gazetteer, idx: int, *, whole: bool, countries: set[str]
) -> bool:
    """Whether a key-only match may name the gazetteer place ``idx``.

    A town the size of a village may, when its name has several words or the
    document's other places lie in its country. Below that floor only a place
    GeoNames gives no population at all, named by several words: towns of the
    wars ("Tall Abyad") are often listed without a census figure, and a name of
    two words rarely shares its key by chance; a hamlet with a small census
    figure does not ("Dahieh", a suburb of Beirut, shares a key with an Israeli
    hamlet of 700 people).
    """
    population = gaz.population(idx)
    if population >= _RESPELLED_MIN_POPULATION:
        return whole or gaz.country_code(idx) in countries
    return whole and population == 0


def _word_mention(ctx: _Context, i: int, candidates: tuple[Candidate, ...]) -> Mention:
    """A mention of the single word ``i``."""
    word = ctx.words[i]
    return Mention(
        start=word.start,
        end=word.end,
        text=word.text,
        sentence=ctx.sentence_of[i],
        first_word=i,
        last_word=i,
        candidates=candidates,
    )


def _sentence_ids(words: Sequence[Word], bounds: Sequence[tuple[int, int]]) -> list[int]:
    """The sentence of each word: the last one starting at or before it (the first one if none).

    Words and sentences are both in text order, so one walk over both suffices.
    """
    starts = [start for start, _ in bounds]
    ids: list[int] = []
    append = ids.append
    sentence = 0
    last = len(starts) - 1
    for word in words:
        while sentence < last and starts[sentence + 1] <= word.start:
            sentence += 1
        append(sentence)
    return ids


# Direction prefixes of country adjectives ("nordlibanesisch", "south-Lebanese").
_DIRECTION_PREFIX = re.compile(
    r"^(?:(?:nord|süd|ost|west|mittel|zentral)(?:ost|west)?-?|(?:north|south|east|west)"
    r"(?:-?(?:east|west))?(?:ern)?-)",
    re.IGNORECASE,
)

# A town this far from the centre of the country a sentence is about is no town there.
FAR_KM = 2_500


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + (
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 12_742 * math.asin(min(1.0, math.sqrt(h)))


# Nouns after a country adjective that put a name on the neighbour's side ("an der
# polnischen Grenze").
_BORDER_NOUNS = frozenset({"grenze", "border", "frontier"})
# Words before a name that make it the other side of a border.
_BORDER_PHRASES = (
    "grenze zu", "grenze zum", "grenze zur", "grenze nach", "grenzgebiet zu", "grenze mit",
    "border with", "border to", "frontier with", "border between", "grenze zwischen",
    "übergang nach", "übergang zu", "übergang zum", "grenzübergang nach", "grenzübergang zu",
    "grenzübergang zum", "crossing into", "crossing to", "crossing with",
)

class PlaceDetector:
    """Proposes place mentions for one language."""

    def __init__(self, gazetteer: Gazetteer, cues: Cues) -> None:
        self.gaz = gazetteer
        self.cues = cues
        self.language = cues.language
        self._prefixes = tuple(prefix for prefix, _ in cues.direction_prefixes)
        self._unlisted_nouns = frozenset(cues.unlisted_before) | frozenset(cues.unlisted_after)
        self._compound_heads = _compound_heads(cues) if self.language == "de" else {}
        self._compound_lengths = sorted({len(e) for e in self._compound_heads}, reverse=True)
        # Last five letters of those endings: a cheap first test for every word.
        self._compound_tails = frozenset(ending[-5:] for ending in self._compound_heads)
        # Territory nouns that end compounds ("Schwarzmeerküste"); short or vague ones
        # ("Teil", "Seite", "Ort") would end too many unrelated words.
        self._territory_tails = (
            tuple(
                noun.lower()
                for noun in sorted(cues.territory_nouns)
                if len(noun) >= 5 and noun[:1].isupper() and noun not in _VAGUE_TERRITORY
            )
            if self.language == "de"
            else ()
        )
        # Asked for nearly every word of every document; the answers never change, and
        # the detector lives as long as the process (``stages.geo.place_reader``).
        self._memo: dict[tuple[str, str, str], object] = {}
        # The question asked of every word of every document, kept apart from
        # ``_memo`` so that the answer is one dictionary look-up of the word itself.
        self._adjective_places: dict[str, tuple[int, str | None] | None] = {}
        # Whether a capitalised word may be part of a name, whatever its context
        # (asked of most capitalised words the gazetteer lacks: see _name_word).
        self._name_texts: dict[str, bool] = {}
        # Key -> (candidates, genitive) of _look_up, which tries up to four spellings
        # of every capitalised word.
        self._lookups: dict[str, tuple[tuple[Candidate, ...], bool]] = {}
        # Words of nearness as written, also opening a sentence ("Nahe Kamituga ...").
        self._near_forms = frozenset(
            form for word in cues.unlisted_near for form in (word, word.capitalize())
        )
        # First letters of the capture verbs: a cheap test before asking for a lemma.
        self._capture_stems = frozenset(verb[:3] for verb in cues.capture_verbs)

    def _remembered(self, question: str, text: str, answer: Callable[[str], _T]) -> _T:
        """``answer(text)``, remembered for the process."""
        key = (question, self.language, text)
        try:
            return self._memo[key]  # type: ignore[return-value]
        except KeyError:
            found = answer(text)
            if len(self._memo) < _MEMO_SIZE:
                self._memo[key] = found
            return found

    def _head_noun(self, text: str) -> str:
        """:meth:`_compound_head`, remembered for the process."""
        return self._remembered("head", text, self._compound_head)

    def _adjective_country(self, text: str) -> str | None:
        """:meth:`_country_of_adjective`, remembered for the process."""
        return self._remembered("country", text, self._country_of_adjective)

    def _adjective_place(self, text: str) -> tuple[int, str | None] | None:
        """:meth:`_place_of_adjective`, remembered for the process."""
        places = self._adjective_places
        found = places.get(text, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._place_of_adjective(text)
            if len(places) < _MEMO_SIZE:
                places[text] = found
        return found  # type: ignore[return-value]

    def _adjectives_at(self, words: Sequence[Word]) -> dict[int, tuple[int, str | None]]:
        """Word index -> the place each country or area adjective names, in text order."""
        known = self._adjective_places.get
        found: dict[int, tuple[int, str | None]] = {}
        for i, word in enumerate(words):
            place = known(word.text, _UNKNOWN)  # inline: asked of every word
            if place is _UNKNOWN:
                place = self._adjective_place(word.text)
            if place is not None:
                found[i] = place  # type: ignore[assignment]
        return found

    # -- public -----------------------------------------------------------------------

    def read(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        entities: Sequence[EntityMention] = (),
        lemma_of: LemmaSource | None = None,
    ) -> Reading:
        """Reads ``text``: its candidate mentions in text order and its country adjectives.

        Args:
            text: The document text.
            sentences: Sentence offsets (start, end).
            entities: Entity mentions from the entities stage, when it ran.
            lemma_of: Gives the lemma of the word starting at an offset.
        """
        words = split_words(text)
        sentence_of = _sentence_ids(words, sentences or [(0, len(text))])
        uses = UseReader(text, words, sentence_of, self.cues, lemma_of)
        ctx = _Context(
            text, words, sentence_of, self.language, uses, lemma_of, self._adjectives_at(words)
        )
        blocked = self._blocked_words(ctx)
        mentions: list[Mention] = []
        i = 0
        n = len(words)
        while i < n:
            text_i = words[i].text
            if i in blocked or not (text_i[:1].isupper() or "-" in text_i):
                i += 1
                continue
            if text_i[:1].islower():
                found = self._article_name(ctx, i)  # "al-Faschir"; else "pro-russische"
            else:
                found = self._match_at(ctx, i, blocked) or self._town_adjective(ctx, i)
            if found is None and "-" in text_i:
                # A name of one word before may open the longer one ("Port" of
                # "Port Sudan-based", itself a town in France): the longer name wins.
                before = mentions[-1] if mentions else None
                taken = -1
                if before is not None:
                    one_word = before.first_word == before.last_word
                    taken = before.first_word - 1 if one_word else before.last_word
                found = self._name_before_hyphen(ctx, i, taken)
                if found is not None and before is not None and found.first_word <= taken + 1:
                    mentions.pop()
            if found is None:
                mentions.extend(self._compound_mentions(ctx, i))
                i += 1
                continue
            mentions.append(found)
            i = found.last_word + 1
        mentions = self._plausible_respellings(mentions)
        for mention in mentions:
            self._read_context(ctx, mention, lemma_of)
        if mentions:
            reports: dict[int, bool] = {}
            mentions = [m for m in mentions if not self._club_in_match_report(ctx, m, reports)]
        mentions = self._with_territory_adjectives(ctx, mentions)
        self._mark_across_border(ctx, mentions)
        mentions = self._with_country_anaphora(ctx, mentions)
        self._mark_possessive_regions(ctx, mentions)
        self._mark_lists(ctx, mentions)
        self._add_qualifiers(ctx, mentions)
        self._mark_us_state_context(ctx, mentions)
        self._unlist_foreign_namesakes(mentions)
        mentions = self._with_unlisted_places(ctx, mentions)
        mentions = self._with_unlisted_neighbours(ctx, mentions)
        if entities:
            _mark_entities(mentions, entities, self.cues.strong_locative)
        return Reading(mentions, self._adjective_countries(ctx) if mentions else {})

    def _club_in_match_report(self, ctx: _Context, m: Mention, reports: dict[int, bool]) -> bool:
        """A town named without a locative in a match report or beside a role is its club.

        "Newcastle beat Arsenal 2-1", "Werder Bremen gewann 2:0", "the Valencia
        coach", "Bayern-Stürmer", "traf gegen Leverkusen" beside such a role; but
        "verlor in Barcelona mit 1:3" is the town. Countries are left alone
        ("Deutschland-Trainer" coaches the national team, which is no club).

        Args:
            ctx: The document.
            m: The mention, its context read.
            reports: Whether each sentence is a match report, filled as asked.
        """
        if m.first_word != m.last_word or m.locative or m.dateline:
            return False
        if m.after_place_noun or m.restrict is not None:
            return False
        kinds = {self.gaz.kind(c.idx) for c in m.candidates}
        if "country" in kinds:
            return False
        if self._before_sports_role(ctx, m):
            return True
        if m.in_compound or "city" not in kinds:
            return False
        if m.sentence not in reports:
            reports[m.sentence] = self._match_report(ctx, m.first_word)
        return reports[m.sentence]

    def _before_sports_role(self, ctx: _Context, m: Mention) -> bool:
        """Whether the name is glued to ("Bayern-Stürmer") or stands before a club's role noun."""
        roles = self.cues.sports_roles
        word = ctx.words[m.first_word]
        if m.in_compound:
            rest = ctx.text[m.end : word.end]
            return rest.startswith("-") and rest.rsplit("-", 1)[-1] in roles
        following = m.last_word + 1
        return (
            following < len(ctx.words)
            and ctx.words[following].joined
            and ctx.sentence_of[following] == m.sentence
            and ctx.words[following].text in roles
        )

    def _match_report(self, ctx: _Context, index: int) -> bool:
        """Whether the sentence of word ``index`` is a match report.

        It has a word of a match report and either a score or a club's role noun
        (alone or glued to a name: "Bayern-Stürmer").
        """
        sentence = ctx.sentence_of[index]
        first = index
        while first > 0 and ctx.sentence_of[first - 1] == sentence:
            first -= 1
        last = index
        while last + 1 < len(ctx.words) and ctx.sentence_of[last + 1] == sentence:
            last += 1
        words = ctx.words[first : last + 1]
        if self._town_beat_town(ctx, first, last):
            return True
        if not any(w.text in self.cues.sports_words for w in words):
            return False
        roles = self.cues.sports_roles
        if any(w.text.rsplit("-", 1)[-1] in roles for w in words):
            return True
        return _SCORE.search(ctx.text, words[0].start, words[-1].end) is not None

    def _town_beat_town(self, ctx: _Context, first: int, last: int) -> bool:
        """Whether a verb of a result stands right between two town names ("Liverpool beat Madrid").

        Towns do not defeat towns: the names are clubs, score or no score. Countries
        are left out ("Russia beat Ukraine" may be war news).
        """
        verbs = self.cues.match_verbs
        if not verbs:
            return False  # German reports need a score or a role noun
        for i in range(first + 1, last):
            if ctx.words[i].text not in verbs:
                continue
            before, after = ctx.words[i - 1], ctx.words[i + 1]
            if not (before.text[:1].isupper() and after.text[:1].isupper()):
                continue
            if self._town_only(before.text) and self._town_only(after.text):
                return True
        return False

    def _town_only(self, text: str) -> bool:
        """Whether the gazetteer knows ``text`` as a town and never as a country."""
        kinds = {self.gaz.kind(c.idx) for c in self._lookup(fold(text))[0]}
        return "city" in kinds and "country" not in kinds

    # -- matching ---------------------------------------------------------------------

    def _blocked_words(self, ctx: _Context) -> set[int]:
        """Word positions covered by a blocked organisation name ("Jerusalem Post")."""
        out: set[int] = set()
        words = ctx.words
        cues = self.cues
        for i, word in enumerate(words):
            if not word.text[:1].isupper():
                continue
            longest = cues.blocked_max_words.get(fold(word.text))
            if longest is None:
                continue
            for length in range(min(longest, len(words) - i), 0, -1):
                if length > 1 and not all(w.joined for w in words[i + 1 : i + length]):
                    continue
                if join_key(words[i : i + length], ctx.text) in cues.blocked:
                    out.update(range(i, i + length))
                    break
        return out

    def _lookup(self, key: str) -> tuple[tuple[Candidate, ...], bool]:
        """:meth:`_look_up`, remembered for the process."""
        found = self._lookups.get(key)
        if found is None:
            found = self._look_up(key)
            if len(self._lookups) < _MEMO_SIZE:
                self._lookups[key] = found
        return found

    def _look_up(self, key: str) -> tuple[tuple[Candidate, ...], bool]:
        """Candidates for a key, trying mixed spellings and the German genitive (-s)."""
        candidates = self.gaz.candidates_in(key, self.language)
        if not candidates and "-" in key and " " not in key:
            # "Pétion-Ville" for "Pétionville": names written with and without the hyphen.
            first, *rest = key.split("-")
            candidates = self.gaz.candidates_in(
                first + "".join(piece[:1].lower() + piece[1:] for piece in rest), self.language
            )
        if candidates and self.language == "de" and key.endswith("s"):
            # "im Norden Perus": a country's genitive outweighs a foreign town spelled like it
            # (Perus, Brazil); the country is the far likelier reading in German news.
            countries = self._genitive_country(key, candidates)
            if countries:
                return countries, True
        if candidates or self.language != "de" or len(key) < 4:
            return candidates, False
        if "y" in key or "Y" in key:
            # German words seldom have a "y": without an English half nothing is mixed.
            candidates = self._mixed_spelling(key)
        elif "sch" in key or "Sch" in key:
            # Our area tables give English spellings of many regions ("Middle Shabelle"),
            # German text writes them with "sch" ("Mittlerer Schabelle").
            english = key.replace("sch", "sh").replace("Sch", "Sh")
            candidates = tuple(
                c
                for c in self.gaz.candidates_in(english, self.language)
                if self.gaz.kind(c.idx) in ("admin1", "area")
                and self.gaz.country_code(c.idx) in _TRANSLITERATED
            )
        if candidates or not key.endswith("s"):
            return candidates, False
        base = key[:-1]
        if base[-1] in "sxzß":
            return (), False
        strong = tuple(
            c
            for c in self.gaz.candidates_in(base, self.language)
            if not c.flags & FLAG_ALT
            and (self.gaz.kind(c.idx) != "city" or self.gaz.population(c.idx) >= 15000)
        )
        return strong, bool(strong)

    def _genitive_country(
        self, key: str, candidates: tuple[Candidate, ...]
    ) -> tuple[Candidate, ...]:
        """The country whose German genitive ``key`` is, when the name itself only names towns."""
        gaz = self.gaz
        if len(key) < 5 or key[-2] in "sxzß":
            return ()
        if any(gaz.kind(c.idx) != "city" or c.curated for c in candidates):
            return ()
        return tuple(
            c
            for c in gaz.candidates_in(key[:-1], self.language)
            if gaz.kind(c.idx) == "country" and not c.flags & FLAG_ALT
        )

    def _mixed_spelling(self, key: str) -> tuple[Candidate, ...]:
        """Towns of a romanising country spelled half the German, half the English way.

        The gazetteer derives the German form of such names ("Kirjat Schmona" from
        "Kiryat Shmona", "Chan Junis" from "Khan Yunis"); German media often mix
        the two ("Kiryat Schmona", "Chan Yunis"). Each half is tried the other way.
        """
        candidates: tuple[Candidate, ...] = ()
        if "sch" in key or "Sch" in key:
            english = key.replace("sch", "sh").replace("Sch", "Sh")
            candidates = self.gaz.candidates_in(english, self.language)
        if not candidates:
            candidates = self.gaz.candidates_in(_Y_BEFORE_VOWEL.sub(_as_j, key), self.language)
        return tuple(c for c in candidates if self.gaz.country_code(c.idx) in _TRANSLITERATED)

    def _match_at(self, ctx: _Context, i: int, blocked: set[int]) -> Mention | None:
        words = ctx.words
        word = words[i]
        if not word.text[:1].isupper():
            return None
        first = fold(word.text)
        longest = self.gaz.max_words.get(first, 1)
        sentence = ctx.sentence_of[i]
        for length in range(min(longest, len(words) - i), 0, -1):
            last = i + length - 1
            if length > 1:
                if ctx.sentence_of[last] != sentence or words[last].text in {",", "(", "/"}:
                    continue
                if word.text in self.cues.city_nouns or word.text in self.cues.admin_nouns:
                    continue  # "Stadt Luxemburg": a town noun and a name, read as such
                if not all(_joined_in_name(ctx, j) for j in range(i + 1, last + 1)):
                    continue
                if any(j in blocked for j in range(i + 1, last + 1)):
                    continue
            key = join_key(words[i : last + 1], ctx.text) if length > 1 else first
            candidates, genitive = self._lookup(key)
            if (
                candidates
                and length == 1
                and (
                    word.text in self.cues.titles
                    or all(c.alternate for c in candidates)
                    or self._name_follows(ctx, i, sentence)
                )
            ):
                # "Scheich", "Dschisr" or "Khan" alone is a weak name of some hamlet;
                # "nahe Scheich Zuweid", "nahe Dschisr asch-Schughur" name a town, and
                # so does "in Tal Abyad", though "Tal" is a town of its own.
                longer = self._romanised_spelling(ctx, i)
                if longer is not None and longer.last_word > i:
                    return longer
            if candidates and length == 1 and self.language == "de":
                long_name = self._german_long_name(ctx, i, candidates)
                if long_name is not None:
                    return long_name
            if candidates:
                return Mention(
                    start=word.start,
                    end=words[last].end,
                    text=ctx.text[word.start : words[last].end],
                    sentence=sentence,
                    first_word=i,
                    last_word=last,
                    candidates=candidates,
                    genitive=genitive,
                )
        return self._capitalised_dateline(ctx, i) or self._romanised_spelling(ctx, i)

    def _german_long_name(
        self, ctx: _Context, i: int, candidates: tuple[Candidate, ...]
    ) -> Mention | None:
        """A town named like a common word, under its official long name.

        "Waren an der Müritz", "Weiden in der Oberpfalz": the gazetteer has only the
        short name, which alone is a common noun ("Waren", "Weiden") and left to a
        preposition of place; the particle and the river, lake or region after it make
        the whole a town's name (tests/gold/README.md: one span), and the area inside is
        no place of its own. Other towns keep their short name and the area its row.
        """
        word = ctx.words[i]
        if not self.cues.common.is_common(word.text):
            return None
        gaz = self.gaz
        towns = tuple(
            c
            for c in candidates
            if gaz.kind(c.idx) == "city" and gaz.country_code(c.idx) in GERMAN_NAMING_COUNTRIES
        )
        sentence = ctx.sentence_of[i]
        particle = self._word(ctx, i + 1, sentence)
        if not towns or particle is None or particle.text not in GERMAN_NAME_PARTICLES:
            return None
        last = i + 2
        tail = self._word(ctx, last, sentence)
        if tail is not None and tail.text in self.cues.determiners:
            last += 1
            tail = self._word(ctx, last, sentence)
        if tail is None or not tail.text[:1].isupper():
            return None
        tail_candidates, _ = self._lookup(fold(tail.text))
        # The area lies in the town's country, or is a river or lake ("an der Müritz"):
        # "Wahlen in Daraa", "ein Dorf in der Sahelzone" are common nouns before an area.
        areas = {
            gaz.country_code(c.idx)
            for c in tail_candidates
            if gaz.kind(c.idx) in ("area", "admin1")
        }
        water = any(gaz.feature_code(c.idx) in ("STM", "LK") for c in tail_candidates)
        towns = tuple(c for c in towns if water or gaz.country_code(c.idx) in areas)
        if not towns:
            return None
        return Mention(
            start=word.start,
            end=tail.end,
            text=ctx.text[word.start : tail.end],
            sentence=sentence,
            first_word=i,
            last_word=last,
            candidates=towns,
            restrict="city",
        )

    def _name_follows(self, ctx: _Context, i: int, sentence: int) -> bool:
        """Whether a capitalised word joined to word ``i`` follows it in its sentence."""
        nxt = self._word(ctx, i + 1, sentence)
        return nxt is not None and nxt.joined and nxt.text[:1].isupper()

    def _romanised_spelling(self, ctx: _Context, i: int) -> Mention | None:
        """A town of a romanising country in a spelling the gazetteer lacks: "in Asas" (Azaz).

        Arabic, Persian and Pashto names have many romanisations; the gazetteer
        knows some of them and the lookup falls back on a coarse key that forgets
        the differences (:func:`~lagebild.geo.translit.romanisation_key`). The key
        makes look-alikes of common words and names, so it is tried only right
        after a locative preposition or a word of nearness ("in", "nahe", "near"),
        for names that are not common German words.
        """
        words = ctx.words
        sentence = ctx.sentence_of[i]
        prev = self._word(ctx, i - 1, sentence) if words[i].joined else None
        if prev is None:
            return None
        cues = self.cues
        if prev.text == "," or prev.text.lower() in cues.coordinators:
            # "bei Kobane und Tall Rifaat": a list member is placed by the list's preposition.
            prev = self._list_opener(ctx, i - 1, sentence)
            if prev is None:
                return None
        lower = prev.text.lower()
        # "im Bundesstaat Al-Dschasira" (Al Jazirah): an area or town noun says as much,
        # and so does a verb of taking or striking ("captured Tal Rifaat").
        noun = prev.text in cues.admin_nouns or prev.text in cues.city_nouns
        placed = (
            lower in cues.strong_locative
            or lower in cues.near_words
            or noun
            or self._after_capture_verb(ctx, prev)
        )
        # An adjective after a preposition of place places the name too, but reading
        # the phrase back to its preposition costs more than the lookup: it is read
        # only once the lookup has found a town.
        if not placed and not (
            self.language == "de"
            and prev.text[:1].islower()
            and _declined_adjective(prev.text)
            and self._locative_shortly_before(ctx, i - 1, sentence)
        ):
            return None
        # A title or common word ("Sheikh Zuweid", "Khan Scheikhun") opens the name
        # of a town, never all of it.
        if not words[i].text[:1].isupper():
            return None
        alone = self._name_word(ctx, i, sentence, joined=False)
        if not alone and (not placed or words[i].text in cues.never_alone):
            return None
        last = i
        # Up to four words, each joined to the one before ("Aita al-Schaab", "Deir al Balah").
        while last - i < 3:
            nxt = self._word(ctx, last + 1, sentence)
            if nxt is None or not nxt.joined:
                break
            if not (
                self._name_word(ctx, last + 1, sentence)
                or _ARABIC_ARTICLE.match(nxt.text)
                or (nxt.text in _ARTICLE_WORDS and self._name_word(ctx, last + 2, sentence))
            ):
                break
            last += 1
        for end in range(last, i - 1 if alone else i, -1):
            key = join_key(words[i : end + 1], ctx.text) if end > i else fold(words[i].text)
            if len(key) < 4:
                continue
            candidates = self.gaz.romanised_candidates(key, self.language)
            if candidates:
                if not placed and not self._placing_adjective(ctx, prev):
                    return None
                return Mention(
                    start=words[i].start, end=words[end].end,
                    text=ctx.text[words[i].start : words[end].end], sentence=sentence,
                    first_word=i, last_word=end, candidates=candidates, respelled=True,
                )
        return None

    def _locative_shortly_before(self, ctx: _Context, index: int, sentence: int) -> bool:
        """Whether a preposition of place stands within a few words before word ``index``.

        A cheap test that spares most adjectives the full reading of their phrase
        (:meth:`_placing_adjective`): "im rund 40 Kilometer entfernten" has its "im"
        at most six words back.
        """
        words = ctx.words
        sentence_of = ctx.sentence_of
        strong = self.cues.strong_locative
        # Asked for most lower-case words before a capitalised one: no _word() calls.
        for k in range(index - 1, max(index - 7, -1), -1):
            if sentence_of[k] != sentence:
                return False
            if words[k].text.lower() in strong:
                return True
        return False

    def _placing_adjective(self, ctx: _Context, word: Word) -> bool:
        """Whether ``word`` is a German adjective between a preposition of place and a name.

        "im rund 40 Kilometer entfernten Nabatija", "aus dem strategisch wichtigen
        Tall Rifaat": the preposition places the name as it would right before it.
        """
        return (
            self.language == "de"
            and word.text[:1].islower()
            and _declined_adjective(word.text)
            and ctx.uses.before_place_name(word.start, word.end, known=True)
        )

    def _list_opener(self, ctx: _Context, link: int, sentence: int) -> Word | None:
        """The word before a list of names that ends at word ``link`` (a comma or "und").

        "in Latakia, Banias und Dschabla": from the "und" before "Dschabla" back over
        names, commas and coordinators to "in". None when no name precedes the link.
        """
        named = False
        for k in range(link - 1, max(link - 12, -1), -1):
            word = self._word(ctx, k, sentence)
            if word is None:
                return None
            if word.text == "," or word.text.lower() in self.cues.coordinators:
                continue
            if word.text[:1].isupper():
                named = True
                continue
            return word if named else None
        return None

    def _after_capture_verb(self, ctx: _Context, verb: Word) -> bool:
        """Whether ``verb`` is a verb of taking or striking places (cues.yaml: capture_verbs)."""
        if ctx.lemma_of is None or not verb.text[:1].islower():
            return False
        if verb.text[:3] not in self._capture_stems:
            return False  # most words: no lemma lookup needed
        return ctx.lemma_of(verb.start, verb.text) in self.cues.capture_verbs

    def _plausible_respellings(self, mentions: list[Mention]) -> list[Mention]:
        """Drops key-only matches that nothing else in the document supports.

        A coarse key also meets hamlets far away ("Dahieh", a suburb of Beirut the
        gazetteer lacks, shares a key with hamlets in Yemen and Israel). A key-only
        match is kept for the villages (not hamlets) in a country the other places
        of the document may lie in, else for towns big enough to be news by themselves.
        """
        if not any(m.respelled for m in mentions):
            return mentions
        gaz = self.gaz
        countries = {
            gaz.country_code(c.idx) for m in mentions if not m.respelled for c in m.candidates
        }
        kept: list[Mention] = []
        for m in mentions:
            if m.respelled:
                # A name of two or more words sharing a key is seldom a chance look-alike
                # ("in Turmus Ayya"): it needs no support from the document.
                whole = m.last_word > m.first_word
                local = [
                    c for c in m.candidates
                    if _plausible_respelling(gaz, c.idx, whole=whole, countries=countries)
                ]
                m.candidates = tuple(local) or tuple(
                    c for c in m.candidates if gaz.population(c.idx) >= _SMALL_TOWN
                )
                if not m.candidates:
                    continue
            kept.append(m)
        return kept

    def _article_name(self, ctx: _Context, i: int) -> Mention | None:
        """A name after a lower-case Arabic article: "al-Faschir", "el-Obeid", "as-Suwaida".

        Texts write the article in lower case inside a sentence; the gazetteer
        knows the name with a capital article ("Al-Faschir") or without it.
        """
        word = ctx.words[i]
        article = _ARABIC_ARTICLE.match(word.text)
        if article is None:
            return None
        candidates, _ = self._lookup(fold(word.text[:1].upper() + word.text[1:]))
        if not candidates:
            candidates, _ = self._lookup(fold(word.text[article.end() :]))
        return _word_mention(ctx, i, candidates) if candidates else None

    def _capitalised_dateline(self, ctx: _Context, i: int) -> Mention | None:
        """A dateline written in capitals ('BERLIN (dpa) -', 'KYIV, Nov 12 (Reuters) -').

        Only there: elsewhere a word in capitals is far more often an acronym.
        """
        words = ctx.words
        word = words[i]
        if len(word.text) < 3 or not word.text.isupper():
            return None
        # "PORT SUDAN (AFP) -", "GAZA CITY (Reuters) -": a name of several capitalised words.
        last = i
        while (
            last + 1 < len(words)
            and last - i < 3
            and words[last + 1].joined
            and words[last + 1].text.isupper()
            and words[last + 1].text.replace("-", "").isalpha()
        ):
            last += 1
        stops = list(range(last, i - 1, -1))
        if _bracketed_capitals(words, last + 1):
            # "FRANKFURT (ODER) (dpa) -": the town's qualifier belongs to its name.
            stops.insert(0, last + 3)
        for stop in stops:
            if not ctx.uses.dateline(word.start, words[stop].end):
                continue
            title = " ".join(
                _title_case(w.text, inner=w is not word) for w in words[i : stop + 1]
            ).replace("( ", "(").replace(" )", ")")
            candidates, _ = self._lookup(fold(title))
            if not candidates:
                continue
            mention = _word_mention(ctx, i, candidates)
            mention.end, mention.last_word = words[stop].end, stop
            mention.text = ctx.text[mention.start : mention.end]
            return mention
        return None

    def _town_adjective(self, ctx: _Context, i: int) -> Mention | None:
        """'Frankfurter' before a noun of town life: the town ('die Frankfurter Polizei').

        Before an area noun the adjective of an oblast's seat names the oblast
        ("im Charkiwer Gebiet"), and a Land's adjective in "-er" before a noun of
        public life names the Land ("der Thüringer Landtag").
        """
        word = ctx.words[i]
        index = self.gaz.town_adjectives.get(word.text)
        restrict: Restriction = "city"
        if index is None and word.text.endswith("er"):
            # The indeclinable adjectives of Länder work alike: "der Thüringer Landtag".
            index = self.gaz.area_adjectives.get(self.language, {}).get(word.text)
            restrict = "admin1"
        if index is None:
            return None
        head = self._word(ctx, i + 1, ctx.sentence_of[i])
        if head is None or not head.joined:
            return None
        if restrict == "admin1":
            if not self._town_life_noun(head.text):
                return None
        elif head.text in self.cues.seat_area_nouns:
            area = self._seat_area(word.text, index)
            if area is None:
                return None
            index, restrict = area, "admin1"
        elif not self._town_life_noun(head.text):
            return None
        mention = _word_mention(ctx, i, (Candidate(index, FLAG_CURATED),))
        mention.restrict = restrict
        mention.adjective = True
        mention.use = UseEvidence(location=True)
        return mention

    def _seat_area(self, adjective: str, town: int) -> int | None:
        """The admin1 area a town adjective's stem names, when it is the town's own.

        "Charkiwer Gebiet" is Kharkiv Oblast: the stem "Charkiw" names the area the
        town lies in. "Mariupoler Gebiet" names no area (Mariupol lies in Donetsk
        Oblast), and a capital's area is another than the capital's own
        ("Kiewer Gebiet" is Kyiv Oblast, not the city of Kyiv), so neither is read.
        """
        gaz = self.gaz
        if not adjective.endswith("er") or gaz.is_capital(town):
            return None
        area = gaz.admin1_index.get(gaz.admin1_key(town))
        if area is None:
            return None
        named = gaz.candidates_in(fold(adjective[:-2]), self.language)
        return area if any(c.idx == area for c in named) else None

    def _town_life_noun(self, text: str) -> bool:
        """A noun of town life, also as the head of a compound ("Buchmesse", "Landespolizei")."""
        heads = self.cues.town_adjective_heads
        if text in heads:
            return True
        if len(text) < 8 or "-" in text:
            return False
        for cut in range(3, len(text) - 3):
            head = text[cut].upper() + text[cut + 1 :]
            if len(head) >= 5 and head in heads:
                return True
        return False

    def _name_before_hyphen(self, ctx: _Context, i: int, taken: int) -> Mention | None:
        """A name of several words glued to a hyphenated word: "Tel Aviv-based", "New York-Reise".

        The hyphen pieces of the word alone would read "Aviv" or "York" (a town in
        England); the words before it, up to ``taken`` (the last word of the mention
        before), complete the name.
        """
        words = ctx.words
        word = words[i]
        head = word.text.split("-", 1)[0]
        if not head[:1].isupper():
            return None
        sentence = ctx.sentence_of[i]
        end = word.start + len(head)
        for first in (i - 2, i - 1):
            if first <= taken or ctx.sentence_of[first] != sentence:
                continue
            if self.gaz.max_words.get(fold(words[first].text), 1) < i - first + 1:
                continue  # no name of that many words opens with this one (most words)
            if not all(
                words[j].text[:1].isupper() and (j == first or _joined_in_name(ctx, j))
                for j in range(first, i + 1)
            ):
                continue
            candidates, _ = self._lookup(name_key(ctx.text[words[first].start : end]))
            if candidates:
                return Mention(
                    start=words[first].start, end=end, text=ctx.text[words[first].start : end],
                    sentence=sentence, first_word=first, last_word=i, candidates=candidates,
                    in_compound=True,
                )
        return None

    def _compound_mentions(self, ctx: _Context, i: int) -> list[Mention]:
        """Names inside one word: hyphen pieces ("Gaza-Grenze") and direction compounds."""
        word = ctx.words[i]
        text = word.text
        if not text[:1].isupper() and "-" not in text:
            return []
        region = self._direction_compound(ctx, i)
        if region is not None:
            return [region]
        if "-" not in text:
            area = self._area_compound(ctx, i)
            return [area] if area is not None else []
        if text.rsplit("-", 1)[1] in self.cues.product_heads:
            return []  # "Peking-Ente", "Tabasco-Sauce": a food named after the place
        facility = self._facility_compound(ctx, i)
        if facility is not None:
            return [facility]
        pieces: list[tuple[int, int]] = []
        offset = 0
        for piece in text.split("-"):
            pieces.append((word.start + offset, word.start + offset + len(piece)))
            offset += len(piece) + 1
        out: list[Mention] = []
        p = 0
        while p < len(pieces):
            matched = False
            for q in range(len(pieces) - 1, p - 1, -1):
                start, end = pieces[p][0], pieces[q][1]
                piece_text = ctx.text[start:end]
                if not piece_text[:1].isupper():
                    continue
                if fold(piece_text) in self.cues.blocked:
                    p = q + 1
                    matched = True
                    break
                candidates, _ = self._lookup(fold(piece_text))
                if not candidates:
                    continue
                out.append(
                    Mention(
                        start=start,
                        end=end,
                        text=piece_text,
                        sentence=ctx.sentence_of[i],
                        first_word=i,
                        last_word=i,
                        candidates=candidates,
                        in_compound=True,
                    )
                )
                p = q + 1
                matched = True
                break
            if not matched:
                p += 1
        if text.rsplit("-", 1)[1] in self.cues.river_heads:
            out = self._river_before_head(out, pieces[-1][0])
        listed = self._listed_district(ctx, i, pieces, out)
        if listed is not None:
            return [listed]
        district = self._town_district(ctx, i, pieces, out)
        return [*out, district] if district is not None else out

    def _district_towns(self, town: Mention) -> list[Candidate]:
        """The readings of a name before a hyphen that can have districts after it.

        Big towns of German-speaking countries ("Köln-Kalk", "Berlin-Neukölln"):
        elsewhere a hyphenated pair is more often two places or a compound.
        """
        gaz = self.gaz
        return [
            c
            for c in town.candidates
            if gaz.kind(c.idx) == "city"
            and not c.alternate
            and gaz.country_code(c.idx) in _DISTRICT_TOWN_COUNTRIES
            and gaz.population(c.idx) >= _DISTRICT_TOWN
        ]

    def _listed_district(
        self, ctx: _Context, i: int, pieces: Sequence[tuple[int, int]], found: Sequence[Mention]
    ) -> Mention | None:
        """A district the gazetteer lists as a town, after its town: "Köln-Kalk".

        The whole compound names the district (its span, as tests/gold/README.md
        writes "Berlin-Neukölln"), whatever else its name means alone ("Kalk" the
        mineral): a town of that name close to the big town before the hyphen.
        """
        if len(pieces) != 2 or len(found) != 2 or found[0].end != pieces[0][1]:
            return None
        if (found[1].start, found[1].end) != pieces[1]:
            return None
        gaz = self.gaz
        towns = [gaz.point(c.idx) for c in self._district_towns(found[0])]
        districts = tuple(
            c
            for c in found[1].candidates
            if gaz.kind(c.idx) == "city"
            and any(km(gaz.point(c.idx), town) <= _DISTRICT_KM for town in towns)
        )
        if not districts:
            return None
        return Mention(
            start=found[0].start, end=found[1].end, text=ctx.text[found[0].start : found[1].end],
            sentence=ctx.sentence_of[i], first_word=i, last_word=i, candidates=districts,
            in_compound=True, restrict="city",
            qualifiers={gaz.country_code(c.idx) for c in districts},
        )

    def _river_before_head(self, found: list[Mention], head_start: int) -> list[Mention]:
        """The names of a compound ending in a river noun: "am linken Dnipro-Ufer".

        The name before the noun is the river where it is also a town's, and the
        noun itself ("Ufer" is a hamlet too) is no place.
        """
        kept = [m for m in found if m.start < head_start]
        for m in kept:
            if m.end == head_start - 1:
                rivers = tuple(c for c in m.candidates if self.gaz.feature_code(c.idx) == "STM")
                m.candidates = rivers or m.candidates
        return kept

    def _town_district(
        self, ctx: _Context, i: int, pieces: Sequence[tuple[int, int]], found: Sequence[Mention]
    ) -> Mention | None:
        """A district the gazetteer lacks after its town: "Köln-Ehrenfeld", "München-Schwabing".

        German names a town's districts so; the second piece is a district of the town
        (a place of its country) when it is a name, not a word ("Köln-Besuch",
        "Berlin-Mitte" stays unread rather than guessed).
        """
        if len(pieces) != 2 or len(found) != 1 or found[0].end != pieces[0][1]:
            return None
        gaz = self.gaz
        towns = {gaz.country_code(c.idx) for c in self._district_towns(found[0])}
        start, end = pieces[1]
        name = ctx.text[start:end]
        if (
            len(towns) != 1
            or len(name) < 4
            or not name[:1].isupper()
            or not name[1:].islower()
            or self.cues.common.is_common(name)
        ):
            return None
        cc = next(iter(towns))
        return Mention(
            start=start, end=end, text=name, sentence=ctx.sentence_of[i], first_word=i,
            last_word=i, candidates=(Candidate(gaz.country_index[cc], 0),), in_compound=True,
            qualifiers={cc}, unlisted="P:PPLX",
        )

    def _facility_compound(self, ctx: _Context, i: int) -> Mention | None:
        """A facility written as a compound: "Rafah-Grenzübergangs" is the "Grenzübergang Rafah".

        The bare name is the town the facility is named after; with its place noun
        glued on, the word names the facility when the gazetteer lists it under
        the noun and the name ("Grenzübergang Rafah", a crossing on a border).
        """
        word = ctx.words[i]
        name, _, head = word.text.rpartition("-")
        if not name or not head[:1].isupper():
            return None
        nouns = self.cues.place_nouns
        if head not in nouns:
            head = head[:-1] if head.endswith("s") and head[:-1] in nouns else ""
        if not head:
            return None
        candidates, _ = self._lookup(fold(f"{head} {name}"))
        if not candidates:
            return None
        return Mention(
            start=word.start, end=word.end, text=word.text, sentence=ctx.sentence_of[i],
            first_word=i, last_word=i, candidates=candidates, in_compound=True,
        )

    def _area_compound(self, ctx: _Context, i: int) -> Mention | None:
        """An area, country or region glued to a geographic noun: "Tschadseebecken", "Donbassfront".

        German writes such compounds without a hyphen; towns are left out, since a
        town's name before these nouns is rare and short town names hide in
        ordinary compounds.
        """
        word = ctx.words[i]
        text = word.text
        if self.language != "de" or not text.endswith(_AREA_COMPOUND_HEADS):
            return None
        for head in _AREA_COMPOUND_HEADS:
            valley = head in _VALLEY_HEADS
            if not text.endswith(head) or len(text) - len(head) < (3 if valley else 4):
                continue
            candidates, _ = self._lookup(fold(text[: -len(head)]))
            areas = tuple(
                c
                for c in candidates
                if self.gaz.kind(c.idx) != "city"
                and (not valley or self.gaz.feature_code(c.idx) == "STM")
            )
            if not areas:
                return None
            end = word.end - len(head)
            return Mention(
                start=word.start, end=end, text=ctx.text[word.start : end],
                sentence=ctx.sentence_of[i], first_word=i, last_word=i,
                candidates=areas, in_compound=True,
            )
        return None

    def _region_parents(self, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """Candidates that can carry a region: countries, ADM1 areas, areas, preferred forms."""
        return tuple(
            c for c in candidates if self.gaz.kind(c.idx) != "city" or c.preferred
        )

    def _direction_compound(self, ctx: _Context, i: int) -> Mention | None:
        """'Nordisrael', 'Ostukraine', 'Nord-Gaza': a direction prefix glued to a parent."""
        word = ctx.words[i]
        text = word.text
        if not text.startswith(self._prefixes):
            return None
        for prefix, direction in self.cues.direction_prefixes:
            if not text.startswith(prefix) or len(text) <= len(prefix) + 2:
                continue
            rest = text[len(prefix) :]
            if rest.startswith("-"):
                rest = rest[1:]
            elif not rest[:1].islower():
                continue
            rest = rest[:1].upper() + rest[1:]
            candidates, _ = self._lookup(fold(rest))
            parents = self._region_parents(candidates)
            if not parents:
                continue
            parent_start = word.end - len(rest)
            return Mention(
                start=parent_start,
                end=word.end,
                text=ctx.text[parent_start : word.end],
                sentence=ctx.sentence_of[i],
                first_word=i,
                last_word=i,
                candidates=parents,
                in_compound=True,
                direction=direction,
                region_start=word.start,
            )
        return None

    # -- context ----------------------------------------------------------------------

    def _word(self, ctx: _Context, index: int, sentence: int) -> Word | None:
        if 0 <= index < len(ctx.words) and ctx.sentence_of[index] == sentence:
            return ctx.words[index]
        return None

    def _read_context(self, ctx: _Context, m: Mention, lemma_of: LemmaSource | None) -> None:
        cues = self.cues
        first = ctx.words[m.first_word]
        # Inside a compound ("der Gaza-Grenze") the words around belong to the compound.
        plain = not m.in_compound or m.direction is not None
        prev = self._word(ctx, m.first_word - 1, m.sentence) if plain and first.joined else None
        nxt = self._word(ctx, m.last_word + 1, m.sentence) if not m.in_compound else None
        if nxt is not None and not nxt.joined:
            nxt = None
        prev_lower = prev.text.lower() if prev is not None else ""
        m.sentence_initial = (
            not m.in_compound and self._word(ctx, m.first_word - 1, m.sentence) is None
        ) or (not first.joined and not m.in_compound)
        m.common_word = self._is_common_name(m)
        m.locative = prev is not None and (
            prev_lower in cues.locative or prev.text in cues.locative
        )
        m.strong_locative = m.locative and prev_lower in cues.strong_locative
        if prev_lower in cues.name_locative and not m.common_word:
            m.locative = m.strong_locative = True  # "bis Stepanakert", not "bis Ende März"
        m.near = prev is not None and prev_lower in cues.near_words
        m.locative = m.locative or m.near  # "Odesa and nearby Izmail"
        if (
            not m.locative
            and prev is not None
            and prev.text[:1].islower()
            and (
                self._adjective_place(prev.text) is not None
                or (
                    self.language == "de"
                    and not m.common_word  # "in der alten Mitte": the noun
                    and _declined_adjective(prev.text)
                )
            )
            and ctx.uses.before_place_name(prev.start, prev.end, known=True)
        ):
            # "im westfälischen Münster", "im umkämpften Welyka Nowosilka": the preposition
            # before the adjective places the name as it would right before it (the common
            # word "Münster" included).
            m.locative = m.strong_locative = True
        if prev is not None and prev_lower in cues.use_around:
            before = self._word(ctx, m.first_word - 2, m.sentence)
            if before is not None and before.text.lower() in cues.around_words:
                m.locative = m.strong_locative = True  # "rund um Tawila", "all around Kherson"
        if prev is not None and prev_lower in cues.remembrance_prepositions:
            before = self._word(ctx, m.first_word - 2, m.sentence)
            if before is not None and before.text in cues.remembrance_nouns:
                m.locative = m.strong_locative = True  # "die Opfer von Srebrenica"
        if prev is not None and prev_lower in ("von", "of"):
            before = self._word(ctx, m.first_word - 2, m.sentence)
            if before is not None and (
                before.text in cues.vicinity_nouns
                # "nördlich von Zermatt", "unweit von Torezk": a preposition of place
                # that takes "von" in German places the name as it would alone
                or (prev_lower == "von" and before.text.lower() in cues.strong_locative)
                # "der Stadtrat von Halle", "am Hauptbahnhof von Essen": a noun of town
                # life takes the town as the town adjective before it would
                or (prev_lower == "von" and before.text in cues.town_adjective_heads)
            ):
                m.locative = m.strong_locative = True  # "in der Nähe von Cavaillon"
                m.near = before.text in cues.near_words
            elif (
                prev_lower == "von"
                and before is not None
                and before.text[:1].isupper()
                and not cues.common.is_common_noun(before.text)
            ):
                m.locative = False  # "David von Scharnhorst": a name particle, not a place
        elif prev is not None and prev_lower in cues.use_onto:
            # (a name before "auf" is no particle: "von Port-au-Prince auf Mirebalais")
            before = self._word(ctx, m.first_word - 2, m.sentence)
            if before is not None and before.text in cues.event_nouns:
                m.locative = m.strong_locative = True  # "the gas attack on Halabja"
        if self._after_place_possessive(ctx, m):
            m.locative = m.strong_locative = True  # "Kashmir's Pahalgam", "Ukraine's Sumy"
        if nxt is not None and nxt.text in cues.incident_nouns:
            m.locative = m.strong_locative = True  # "the Halabja attack", "Srebrenica massacre"
        m.never_alone = (
            m.last_word == m.first_word
            and ctx.words[m.first_word].text in cues.never_alone
            and all(self.gaz.kind(c.idx) == "city" for c in m.candidates)
        )
        m.dateline = not m.in_compound and ctx.uses.dateline(m.start, m.end)
        if m.dateline:
            m.dateline_end = ctx.uses.dateline_end(m.end)
        if prev is not None and lemma_of is not None and prev.text[:1].islower():
            lemma = lemma_of(prev.start, prev.text)
            m.after_event_verb = lemma in cues.event_verbs
            m.after_seizure_verb = self._seizure_verb(ctx, m, lemma)
        if not m.in_compound and lemma_of is not None and not m.after_seizure_verb:
            m.after_seizure_verb = self._before_seizure_passive(ctx, m, lemma_of)
        m.after_determiner = prev is not None and prev_lower in cues.determiners
        if self._bare_common_area(m, prev) or (
            m.text in cues.article_names and not m.after_determiner
        ):
            # "Channel 4", "on Channel 5": no sea without "the"; "Emirates" the airline
            m.never_alone = True
        m.river_slot = prev is not None and prev_lower in cues.river_prepositions
        m.after_place_noun = self._after_place_noun(ctx, m, prev)
        m.after_river_noun = prev is not None and cues.unlisted_before.get(prev.text) == "H:STM"
        self._read_region(ctx, m, prev)
        self._read_restriction(ctx, m, prev, nxt)
        m.name_context = self._in_longer_name(ctx, m, prev, nxt) or self._ship_name(ctx, m)
        apposition = None if m.in_compound else self._apposition(ctx, m)
        if self._possessor_of_person_noun(ctx, m):
            m.name_context = True  # "Victoria's reign", "Jordan's sneakers"
        elif apposition == "person" and not m.locative:
            # (not "aus Marokko, ein kleines Kind an der Hand": a place after a preposition)
            m.name_context = True
        elif (
            apposition == "town"
            and m.restrict is None
            and any(self.gaz.kind(c.idx) == "city" for c in m.candidates)
        ):
            m.restrict = "city"
        if m.direction is not None or m.adjective:
            m.use = UseEvidence(location=True)
        else:
            m.use = ctx.uses.evidence(m.start, m.end, genitive=m.genitive)

    def _seizure_verb(self, ctx: _Context, m: Mention, lemma: str) -> bool:
        """Whether ``lemma``, the verb before the name, takes or shells places only.

        A separable verb is completed by its particle at the end of the clause:
        "Die Miliz nahm Kadugli ein" (einnehmen).
        """
        seizure = self.cues.seizure_verbs
        if lemma in seizure:
            return True
        if not self.cues.verb_particles:
            return False
        for j in range(m.last_word + 1, min(m.last_word + 8, len(ctx.words))):
            word = ctx.words[j]
            if ctx.sentence_of[j] != m.sentence or word.is_punct:
                return False
            if word.text in self.cues.verb_particles:
                after = self._word(ctx, j + 1, m.sentence)
                if after is None or after.is_punct:
                    return word.text + lemma in seizure
        return False

    def _before_seizure_passive(self, ctx: _Context, m: Mention, lemma_of: LemmaSource) -> bool:
        """Whether the name is the subject of a passive seizure verb: "Kadugli wurde eingenommen".

        The auxiliary follows the name; the participle closes the clause.
        """
        cues = self.cues
        aux = self._word(ctx, m.last_word + 1, m.sentence)
        if aux is None or aux.text not in cues.passive_auxiliaries:
            return False
        for j in range(m.last_word + 2, min(m.last_word + 8, len(ctx.words))):
            word = ctx.words[j]
            if ctx.sentence_of[j] != m.sentence or word.is_punct:
                return False
            if word.text in cues.seizure_participles or (
                word.text[:1].islower() and lemma_of(word.start, word.text) in cues.seizure_verbs
            ):
                return True
        return False

    def _possessor_of_person_noun(self, ctx: _Context, m: Mention) -> bool:
        """English "X's reign", "X's husband": only a person has what follows the possessive."""
        if self.language != "en" or m.in_compound or m.locative:
            return False
        if ctx.text[m.end : m.end + 2] not in ("'s", "’s"):
            return False
        owned = self._word(ctx, m.last_word + 1, m.sentence)
        return owned is not None and owned.text in self.cues.person_possessions

    def _apposition(self, ctx: _Context, m: Mention) -> Literal["person", "town"] | None:
        """What an apposition right after the name says it is.

        "Chad, a retired plumber, said", "Phoenix, a German shepherd,", "Chad, 34,",
        "Victoria (34)": a person (or a pet) bears the name. "El Fascher, die
        Hauptstadt Nord-Darfurs", "Goma, a city of two million": a town does.
        """
        sentence = m.sentence
        last = m.last_word
        opener = self._word(ctx, last + 1, sentence)
        if opener is None or opener.text not in _APPOSITION_OPENERS:
            return None
        first = self._word(ctx, last + 2, sentence)
        if first is None:
            return None
        if first.text.isdigit() and len(first.text) <= 2:
            # An age: "Chad, 34, said", "Victoria (34)"; not points in a table ("Ecuador (3)").
            after = self._word(ctx, last + 3, sentence)
            closer = _APPOSITION_OPENERS[opener.text]
            if after is None or after.text != closer:
                return None
            country = any(self.gaz.kind(c.idx) == "country" for c in m.candidates)
            return "person" if closer == "," or not country else None
        cues = self.cues
        if opener.text != "," or first.text.lower() not in cues.determiners:
            return None
        for offset in range(3, 7):
            word = self._word(ctx, last + offset, sentence)
            if word is None or word.is_punct or word.text.lower() in cues.function_words:
                return None
            head = word.text.rsplit("-", 1)[-1] if self.language == "de" else word.text
            if head in cues.person_nouns:
                return "person"
            if head in cues.city_nouns or head in cues.seat_nouns:
                return "town"
        return None

    def _after_place_possessive(self, ctx: _Context, m: Mention) -> bool:
        """True after the possessive of a country or area: "Kashmir's Pahalgam"."""
        if m.in_compound or m.first_word == 0 or self.language != "en":
            return False
        if ctx.sentence_of[m.first_word - 1] != m.sentence or not _joined_in_name(
            ctx, m.first_word
        ) or ctx.words[m.first_word].joined:
            return False
        owner, _ = self._lookup(fold(ctx.words[m.first_word - 1].text))
        return any(self.gaz.kind(c.idx) != "city" for c in owner)

    def _ship_name(self, ctx: _Context, m: Mention) -> bool:
        """True after a noun introducing a ship or a storm, quoted or not.

        "die Fregatte „Hessen“", "Hurricane Florence": the name is the ship's or the storm's.
        """
        noun = self._word(ctx, m.first_word - 1, m.sentence)
        if noun is None or m.in_compound:
            return False
        if noun.text not in self.cues.vessel_nouns and noun.text not in self.cues.storm_nouns:
            return False
        gap = ctx.text[noun.end : m.start]
        return all(ch.isspace() or ch in _QUOTES for ch in gap)

    def _compound_head(self, text: str) -> str:
        """The place noun a German compound ends in ("Vertriebenenlager" -> "Lager"), else ``text``.

        Only for words that are no place noun themselves, so "Grenzstadt" keeps its own entry.
        """
        if not self._compound_heads or len(text) < 8 or not text[:1].isupper():
            return text
        cues = self.cues
        if text in cues.place_nouns or text in cues.city_nouns or text in cues.admin_nouns:
            return text
        if text in self._unlisted_nouns:
            return text
        lower = text.lower()
        for length in self._compound_lengths:
            noun = self._compound_heads.get(lower[-length:]) if len(lower) - length >= 3 else None
            if noun is not None:
                return noun
        return text

    def _after_place_noun(self, ctx: _Context, m: Mention, prev: Word | None) -> bool:
        """Whether a noun introducing a place comes right before (or before "of")."""
        if prev is None:
            return False
        noun: Word | None = prev
        if prev.text in self.cues.region_connectors:
            noun = self._word(ctx, m.first_word - 2, m.sentence)
        if noun is None:
            return False
        cues = self.cues
        head = self._head_noun(noun.text.rsplit("-", 1)[-1])
        return any(
            head in words or head.lower() in words
            for words in (cues.place_nouns, cues.city_nouns, cues.admin_nouns)
        )

    def _bare_common_area(self, m: Mention, prev: Word | None) -> bool:
        """An English area named by a common word, without the article it takes.

        "the Channel", "the Gulf": English names these seas with "the" (or an
        adjective: "the Persian Gulf", "the Swiss Alps"); bare or after a lower-case
        word ("Channel 4", "on Channel 5") the word names something else.
        """
        if self.language != "en" or m.first_word != m.last_word or m.after_determiner:
            return False
        if prev is not None and prev.text[:1].isupper():
            return False
        gaz = self.gaz
        # (first-order divisions take no article: "Tigray and neighbouring Afar")
        areas = all(gaz.kind(c.idx) == "area" for c in m.candidates)
        return areas and self.cues.common.is_common(m.text)

    def _is_common_name(self, m: Mention) -> bool:
        """True when the name's first word is also a common word of the language."""
        if m.first_word != m.last_word or any(self.gaz.kind(c.idx) != "city" for c in m.candidates):
            return False  # "Bad Ischl", "Le Bourget": a longer name is not a common word
        word = m.text
        return word in self.cues.never_alone or self.cues.common.is_common(word)

    def _read_region(self, ctx: _Context, m: Mention, prev: Word | None) -> None:
        if m.direction is not None or prev is None:
            return
        parents = self._region_parents(m.candidates)
        if not parents:
            return
        cues = self.cues
        # "nördlichen Gazastreifen", "northern Israel", "North Gaza"
        direction = cues.direction_adjective(prev.text)
        # German needs an inflected adjective: "nördlichen Gazastreifen", not "nördlich Kiews".
        inflected = self.language != "de" or prev.text not in cues.direction_adjectives
        if direction is not None and inflected:
            m.direction, m.region_start, m.candidates = direction, prev.start, parents
            return
        # "Norden Israels", "Süden des Libanon", "the north of Israel", "the north of the
        # Gaza Strip" (English areas that take an article keep it after "of")
        noun_index = m.first_word - 1
        if self.language == "en" and prev.text == "the":
            connector = self._word(ctx, noun_index - 1, m.sentence)
            if connector is None or connector.text not in cues.region_connectors:
                return
            noun_index -= 2
        elif prev.text in cues.region_connectors:
            noun_index -= 1
        elif self.language == "en":
            return
        noun = self._word(ctx, noun_index, m.sentence)
        if noun is None:
            return
        direction = cues.direction_nouns.get(noun.text)
        if direction is None:
            return
        if self.language == "en":
            before = self._word(ctx, noun_index - 1, m.sentence)
            if before is None or before.text.lower() != "the":
                return  # "north of Kyiv" lies outside Kyiv
        m.direction, m.region_start, m.candidates = direction, noun.start, parents

    def _read_restriction(
        self, ctx: _Context, m: Mention, prev: Word | None, nxt: Word | None
    ) -> None:
        cues = self.cues
        kinds = {self.gaz.kind(c.idx) for c in m.candidates}
        if prev is not None:
            # "US-Bundesstaat Georgia", "des Gebiets Donezk"
            prev_text = self._head_noun(prev.text.rsplit("-", 1)[-1])
            genitive = prev_text.endswith("s") and prev_text[:-1] in cues.admin_nouns
            if self.language == "de" and genitive:
                prev_text = prev_text[:-1]
            if prev_text in cues.seat_nouns and m.genitive:
                return  # "die Hauptstadt Bangladeschs" names the country of the capital
            if (prev_text in cues.city_nouns or _town_compound(prev_text)) and "city" in kinds:
                m.restrict, m.restrict_start = "city", prev.start
                return
            if prev_text in cues.admin_nouns and kinds & {"admin1", "area"}:
                m.restrict, m.restrict_start = "admin1", prev.start
                return
            if self.language == "en" and prev.text == "of":
                noun = self._word(ctx, m.first_word - 2, m.sentence)
                if noun is not None and noun.text in cues.seat_nouns:
                    return  # "the capital of Bangladesh" names the country, not a town
                area_after = nxt is not None and nxt.text in cues.admin_nouns
                town = noun is not None and not area_after and (
                    # "a residential district of Kharkiv"; not "the capital of Borno state"
                    noun.text in cues.city_nouns
                    or noun.text in cues.town_part_nouns
                )
                if town and "city" in kinds:
                    m.restrict = "city"
                    return
                areas = kinds & {"admin1", "area"}
                if noun is not None and noun.text in cues.admin_nouns and areas:
                    m.restrict = "admin1"
                    return
        english_area = self.language == "en" and nxt is not None and nxt.text in cues.admin_nouns
        if nxt is not None and english_area and kinds & {"admin1", "area"}:
            m.restrict, m.restrict_end = "admin1", nxt.end
        elif nxt is not None and nxt.text in cues.feature_designators:
            # "Dublin Airport", "the Florida Keys": a feature named after the place, in it.
            m.restrict_end = nxt.end

    def _in_longer_name(
        self, ctx: _Context, m: Mention, prev: Word | None, nxt: Word | None
    ) -> bool:
        """True when capitalised words around the name make it part of a longer name.

        "Kyle Morris", "Paris Hilton", "Präsident Cleveland", "Monte dei Paschi":
        the place name is part of a person's or an organisation's name.
        """
        if m.in_compound or m.direction is not None:
            return False
        cues = self.cues
        if nxt is not None and (nxt.text in cues.org_heads or nxt.text in cues.product_heads):
            return True  # "the Sinaloa cartel", "Buffalo wings", "Parma Schinken"
        if (
            nxt is not None
            and nxt.text in cues.treaty_heads
            and all(self.gaz.kind(c.idx) != "country" for c in m.candidates)
        ):
            return True  # "the Minsk agreements", "the Normandy format" (not "the Iran deal")
        if self._named_product(ctx, m, prev, nxt):
            return True
        common = cues.common.is_common_noun
        if nxt is not None and nxt.text in cues.inner_particles:
            after = self._word(ctx, m.last_word + 2, m.sentence)
            if (
                after is not None
                and after.joined
                and after.text[:1].isupper()
                and not (nxt.text in cues.region_connectors and self._lookup(fold(after.text))[0])
            ):
                return True  # "Monte dei Paschi", "Costa de Marfil" (not "Grüne Zone von Bagdad")
        if nxt is not None and nxt.text[:1].isupper() and m.restrict_end is None:
            if self.language == "en":
                if nxt.text not in cues.weekdays and nxt.text not in cues.admin_nouns:
                    return True
            elif (
                not common(nxt.text)
                and nxt.text not in cues.admin_nouns
                # "Deutschlands Innenministerium": a country's genitive owns the next noun.
                and not (m.genitive and any(self.gaz.kind(c.idx) != "city" for c in m.candidates))
            ):
                return True
        if prev is None or not prev.text[:1].isupper() or m.restrict_start is not None:
            return False
        if prev.text in cues.org_prefixes:
            return True  # "Stadtwerke München", "Eintracht Frankfurt", "Real Madrid"
        if prev.text.rsplit("-", 1)[-1].islower() or self._adjective_country(prev.text):
            return False  # "Israeli-occupied Golan Heights", "the Syrian Golan"
        if m.genitive and any(self.gaz.kind(c.idx) != "city" for c in m.candidates):
            return False  # "die Regierungschefs Spaniens": no person is called "X Spaniens"
        if prev.text.rstrip(".") in cues.titles:
            # "Präsident Cleveland" is a person; "Präsident Kenias" names a country.
            return all(self.gaz.kind(c.idx) == "city" for c in m.candidates)
        lower = prev.text.lower()
        if lower in cues.locative or lower in cues.determiners or lower in cues.clause_openers:
            return False
        if (
            prev.text in cues.direction_adjectives
            or prev.text in cues.place_nouns
            or prev.text in cues.place_heads
            or prev.text in cues.vicinity_nouns
        ):
            return False
        sentence_start = m.first_word - 1 == 0 or ctx.sentence_of[m.first_word - 2] != m.sentence
        if self.language == "en" and (not sentence_start or prev.text in cues.given_words):
            # English capitalises names only: "Michael Jordan", "European Union"; at the
            # start, a given name still opens one ("Sam Houston led", not "Rural Texas").
            return True
        return not common(prev.text)

    def _named_product(
        self, ctx: _Context, m: Mention, prev: Word | None, nxt: Word | None
    ) -> bool:
        """A drink or dish sold under a place's name, read from the words before it.

        "a bottle of Bordeaux", "ein Glas Bordeaux": a measure before the name.
        "She ordered a Manhattan at the bar": an English indefinite article before a
        bare name that qualifies no noun after it (a place takes no article; "a
        Manhattan apartment" keeps the borough). Countries are left alone ("a Ukraine
        at peace").
        """
        if prev is None or m.first_word != m.last_word:
            return False
        cues = self.cues
        lower = prev.text.lower()
        if prev.text in cues.product_measures:
            return True  # "ein Glas Bordeaux"
        if lower == "of":
            before = self._word(ctx, m.first_word - 2, m.sentence)
            return before is not None and before.text.lower() in cues.product_measures
        if lower not in cues.indefinite_articles:
            return False
        if any(self.gaz.kind(c.idx) == "country" for c in m.candidates):
            return False
        return nxt is None or nxt.text.lower() in cues.function_words

    def _with_territory_adjectives(self, ctx: _Context, mentions: list[Mention]) -> list[Mention]:
        """Adds country adjectives before a territory noun ("auf ägyptischem Gebiet").

        The adjective names the country as a place; the mention spans the
        adjective and its noun, or the adjective alone before a place name
        ("im iranischen Isfahan"). Other country adjectives only give context.
        Adjectives of admin1 areas work the same way ("in der texanischen
        Kleinstadt Paris"), and a direction prefix makes a region ("im
        ostdeutschen Cottbus": eastern Germany).
        """
        added: list[Mention] = []
        # A known name opening a compound counts too: "im myanmarischen Rakhine-Staat".
        starts = {
            m.first_word
            for m in mentions
            if not m.in_compound or m.start == ctx.words[m.first_word].start
        }
        for i, (index, direction) in ctx.adjective_at.items():
            word = ctx.words[i]
            last = ctx.uses.territory_noun(word.start, word.end)
            if last is None and self._territory_compound(ctx, i):
                last = i + 1  # "an der türkischen Schwarzmeerküste"
            if last is None:
                if not ctx.uses.before_place_name(word.start, word.end, known=i + 1 in starts):
                    continue
                last = i  # "im iranischen Isfahan": the adjective alone names Iran
            end = ctx.words[last].end
            added.append(
                Mention(
                    start=word.start,
                    end=end,
                    text=ctx.text[word.start : end],
                    sentence=ctx.sentence_of[i],
                    first_word=i,
                    last_word=last,
                    candidates=(Candidate(index, 0),),
                    direction=direction,
                    locative=True,
                    strong_locative=True,
                    adjective=True,
                    use=UseEvidence(location=True),
                )
            )
        if not added:
            return mentions
        return sorted([*mentions, *added], key=lambda m: (m.start, m.end))

    def _territory_compound(self, ctx: _Context, adjective: int) -> bool:
        """Whether a German compound ending in a territory noun follows the adjective.

        "Schwarzmeerküste" is a "Küste", "Kriegsgebiet" a "Gebiet": the adjective then
        names the country as a place, as before the bare noun.
        """
        if not self._territory_tails:
            return False
        noun = self._word(ctx, adjective + 1, ctx.sentence_of[adjective])
        if noun is None or not noun.joined or not noun.text[:1].isupper():
            return False
        lower = noun.text.lower()
        return any(
            len(lower) - len(tail) >= 3 and lower.endswith(tail) for tail in self._territory_tails
        )

    def _with_country_anaphora(self, ctx: _Context, mentions: list[Mention]) -> list[Mention]:
        """Adds regions of "the country" just named ("im Süden des Landes").

        "Im Libanon ... im Süden des Landes", "in Sudan ... in the country's west".

        A direction noun followed by a country anaphor (cues.yaml: country_anaphors)
        is a region of the last country named before it in the same or the
        previous sentence; without such a country it is left alone.
        """
        if not (self.cues.country_anaphors or self.cues.country_possessives) or not mentions:
            return mentions
        words = ctx.words
        added: list[Mention] = []
        for i, word in enumerate(words):
            direction = self.cues.direction_nouns.get(word.text)
            if direction is None:
                continue
            span = self._anaphor_span(ctx, i)
            if span is None:
                continue
            first, last = span
            sentence = ctx.sentence_of[i]
            start, end = words[first].start, words[last].end
            country = self._last_country_before(mentions, start, sentence)
            if country is None:
                country = self._only_country_after(mentions, end, sentence)
            if country is None:
                continue
            added.append(
                Mention(
                    start=start, end=end, text=ctx.text[start:end],
                    sentence=sentence, first_word=first, last_word=last,
                    candidates=(country,), direction=direction, region_start=start,
                    locative=True, strong_locative=True, use=UseEvidence(location=True),
                )
            )
        if not added:
            return mentions
        return sorted([*mentions, *added], key=lambda m: (m.start, m.end))

    def _mark_possessive_regions(self, ctx: _Context, mentions: Sequence[Mention]) -> None:
        """Makes "Syria's northwest", "Burkina Faso's north" a region of the possessor.

        Only a lower-case direction noun right after the possessive counts, and not
        before a name ("Sudan's South Kordofan" is the state, "Kashmir's Pahalgam" a town).
        """
        words = ctx.words
        for m in mentions:
            if m.in_compound or m.direction is not None or m.restrict is not None:
                continue
            if ctx.text[m.end : m.end + 2] not in ("'s", "’s"):
                continue
            following = m.last_word + 1
            if following >= len(words) or ctx.sentence_of[following] != m.sentence:
                continue
            direction = self.cues.direction_nouns.get(words[following].text)
            if direction is None or not words[following].text[:1].islower():
                continue
            after = self._word(ctx, following + 1, m.sentence)
            if after is not None and after.joined and after.text[:1].isupper():
                continue
            parents = self._region_parents(m.candidates)
            if not parents:
                continue
            m.candidates = parents
            m.direction = direction
            m.restrict_end = words[following].end

    def _anaphor_end(self, ctx: _Context, first: int) -> int | None:
        """Index of the last word of a country anaphor starting at word ``first``, or None."""
        for phrase in self.cues.country_anaphors:
            last = first + len(phrase) - 1
            if last >= len(ctx.words) or ctx.sentence_of[last] != ctx.sentence_of[first - 1]:
                continue
            if all(ctx.words[first + k].text.lower() == w for k, w in enumerate(phrase)):
                return last
        return None

    def _anaphor_span(self, ctx: _Context, direction: int) -> tuple[int, int] | None:
        """First and last word of a direction noun with its country anaphor, or None."""
        last = self._anaphor_end(ctx, direction + 1)
        if last is not None:
            return direction, last
        # "the country's north": the anaphor as a possessor before the direction
        first = self._possessive_anaphor_start(ctx, direction)
        return None if first is None else (first, direction)

    def _possessive_anaphor_start(self, ctx: _Context, direction: int) -> int | None:
        """Index of "country" in "the country's north" before word ``direction``, or None."""
        noun = self._word(ctx, direction - 1, ctx.sentence_of[direction])
        if noun is None or noun.text.lower() not in self.cues.country_possessives:
            return None
        if ctx.text[noun.end : noun.end + 2] not in ("'s", "’s"):
            return None
        return direction - 1

    def _last_country_before(
        self, mentions: Sequence[Mention], offset: int, sentence: int
    ) -> Candidate | None:
        """The antecedent of "des Landes", "of the country".

        It is the last country named earlier in the sentence, else the only one
        the previous sentence names.

        Countries inside compounds ("US-Luftangriff") and across a border ("an der
        Grenze zu Mali") are not what the text is about, so never antecedents.
        """
        previous: set[int] = set()
        first_previous: Candidate | None = None
        for m in reversed(mentions):
            if m.end > offset or m.direction is not None or m.in_compound or m.across_border:
                continue
            if m.sentence < sentence - 1:
                break
            country = next((c for c in m.candidates if self.gaz.kind(c.idx) == "country"), None)
            if country is None:
                continue
            if m.sentence == sentence:
                return country
            previous.add(country.idx)
            first_previous = country
        return first_previous if len(previous) == 1 else None

    def _only_country_after(
        self, mentions: Sequence[Mention], offset: int, sentence: int
    ) -> Candidate | None:
        """The country a sentence names only after "des Landes", or None.

        German leads often open with the region and name the country in the
        attribution ("Im Norden des Landes ..., teilte die Regierung Burkina Fasos
        mit"). Only a country named by its name counts, and only when it is the one
        country named later in the sentence: an adjective gives an actor's
        nationality more often than the setting ("russische Drohnen").
        """
        found: dict[int, Candidate] = {}
        for m in mentions:
            if m.sentence != sentence or m.start < offset:
                continue
            if m.direction is not None or m.in_compound or m.across_border or m.adjective:
                continue
            country = next((c for c in m.candidates if self.gaz.kind(c.idx) == "country"), None)
            if country is not None:
                found[country.idx] = country
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _mark_across_border(ctx: _Context, mentions: list[Mention]) -> None:
        for m in mentions:
            before = [w.text.lower() for w in ctx.words[max(0, m.first_word - 3) : m.first_word]]
            joined = " ".join(before)
            m.across_border = joined.endswith(_BORDER_PHRASES) or (
                # "near the Turkish border", "an der polnischen Grenze": the neighbour's side
                m.adjective
                and any(
                    w.text.lower() in _BORDER_NOUNS
                    for w in ctx.words[m.last_word : m.last_word + 2]
                )
            )

    def _mark_lists(self, ctx: _Context, mentions: list[Mention]) -> None:
        separators = self.cues.coordinators | {","}
        for a, b in pairwise(mentions):
            if a.sentence != b.sentence or a.in_compound or b.in_compound:
                continue
            between = ctx.words[a.last_word + 1 : b.first_word]
            if 0 < len(between) <= 2 and all(w.text in separators for w in between):
                b.list_separated_from = a.last_word
                # The preposition before a list governs all of it: "zwischen Essen und
                # Duisburg", "in Bochum, Essen und Dortmund".
                b.locative = b.locative or a.locative
                b.strong_locative = b.strong_locative or a.strong_locative
                # So does a verb of taking or striking: "hit Kherson, Beryslav and Tiahynka".
                b.after_event_verb = b.after_event_verb or a.after_event_verb
                # And a river's article: "an der Elbe und Saale", "an Donau und Inn".
                b.river_slot = b.river_slot or a.river_slot or a.after_determiner

    def _verb_between(self, ctx: _Context, word: Word) -> bool:
        """Whether ``word``, between a country adjective and a name, may be a verb.

        German writes every noun in capitals, so any lower-case word there that is no
        adjective may be a verb; English is asked by the verb's lemma.
        """
        if not word.text[:1].islower() or word.is_punct:
            return False
        if self.language == "de":
            return word.text not in self.cues.determiners
        if ctx.lemma_of is None:
            return False
        lemma = ctx.lemma_of(word.start, word.text)
        cues = self.cues
        return lemma in cues.event_verbs or lemma in cues.capture_verbs or lemma in cues.actor_verbs

    def _mark_us_state_context(self, ctx: _Context, mentions: list[Mention]) -> None:
        """A US state that shares its name with a country, in a sentence of US state politics.

        "Early voting began in Georgia, where the Senate race is close": words of
        state elections and offices (cues.yaml: us_state_words) qualify the name with
        the US, as ", Georgia" after an American town would.
        """
        gaz = self.gaz
        for m in mentions:
            kinds = {(gaz.kind(c.idx), gaz.country_code(c.idx)) for c in m.candidates}
            if ("admin1", "US") not in kinds or not any(kind == "country" for kind, _ in kinds):
                continue
            if any(
                ctx.sentence_of[j] == m.sentence and word.text in self.cues.us_state_words
                for j, word in enumerate(ctx.words)
            ):
                m.qualifiers.add("US")

    def _add_qualifiers(self, ctx: _Context, mentions: list[Mention]) -> None:
        """Country adjectives before a name and ', Texas' / '(Libanon)' / 'im Libanon' after it."""
        for m in mentions:
            for offset in range(1, 4):
                word = self._word(ctx, m.first_word - offset, m.sentence)
                if word is None:
                    break
                place = ctx.adjective_at.get(m.first_word - offset)
                if place is None and self._verb_between(ctx, word):
                    # "Russian forces shelled Orikhiv", "Russische Truppen beschossen
                    # Orichiw": an adjective before the verb names the attacker, not
                    # the country of the place
                    break
                if place is not None:
                    m.qualifiers.add(self.gaz.country_code(place[0]))
                    if self.gaz.kind(place[0]) == "admin1":
                        m.qualifiers.add(self.gaz.admin1_key(place[0]))
                    break
        # The country inside "im US-Bundesstaat Kentucky" qualifies the state, not the
        # town before it: leave it out of the pairs so that the town meets the state.
        standalone = [m for m in mentions if not self._in_admin_compound(ctx, m)]
        for a, b in pairwise(standalone):
            if a.sentence != b.sentence or b.in_compound:
                continue
            # A region's direction word belongs to it: "Tempi in central Greece".
            region_start = b.span[0]
            between = [
                w.text for w in ctx.words[a.last_word + 1 : b.first_word] if w.start < region_start
            ]
            # "Kuriga im Bundesstaat Kaduna", "Owo in the state of Ondo", "Paris im
            # US-Bundesstaat Kentucky"
            if len(between) > 1 and between[-1] == "of":
                between.pop()
            if len(between) > 1 and between[-1].rpartition("-")[2] in self.cues.admin_nouns:
                between.pop()
            # "Huwara in the occupied West Bank", "Huwara im besetzten Westjordanland"
            while (
                len(between) > 1
                and between[-1][:1].islower()
                and between[-1] not in self.cues.function_words
                and between[-1] not in self.cues.determiners
            ):
                between.pop()
            if between not in (
                [","], ["("], ["im"], ["in"], ["in", "der"], ["in", "den"], ["in", "the"]
            ):
                continue
            for c in b.candidates:
                kind = self.gaz.kind(c.idx)
                if kind in ("country", "admin1"):
                    a.qualifiers.add(self.gaz.country_code(c.idx))
                    a.placed_in.add(self.gaz.country_code(c.idx))
                    if kind == "admin1":
                        a.qualifiers.add(self.gaz.admin1_key(c.idx))
            if between == [","] and b.restrict is None and self._town_of_state(a, b):
                b.restrict = "admin1"  # "Buffalo, New York": the state, not the city

    def _in_admin_compound(self, ctx: _Context, m: Mention) -> bool:
        """Whether ``m`` is the country in a compound with an area noun ("US-Bundesstaat")."""
        if not m.in_compound:
            return False
        word = ctx.words[m.first_word].text
        return word[m.end - ctx.words[m.first_word].start :].rpartition("-")[2] in (
            self.cues.admin_nouns
        )

    def _town_of_state(self, town: Mention, state: Mention) -> bool:
        """Whether ``town`` may lie in a first-order division that ``state`` may name."""
        gaz = self.gaz
        divisions = {
            gaz.admin1_key(c.idx) for c in state.candidates if gaz.kind(c.idx) == "admin1"
        }
        return any(
            gaz.kind(c.idx) == "city" and gaz.admin1_key(c.idx) in divisions
            for c in town.candidates
        )

    # -- places the gazetteer lacks ---------------------------------------------------

    def _unlist_foreign_namesakes(self, mentions: list[Mention]) -> None:
        """Makes a name qualified by another country a place the gazetteer lacks.

        "Kuriga im Bundesstaat Kaduna": the gazetteer knows only a small or
        alternate-named namesake abroad, while the text puts the name in
        Nigeria; the name is then an unlisted town of the qualifying country.
        """
        gaz = self.gaz
        # Countries the text names as places: a namesake there may well be meant, whatever
        # a nationality adjective nearby says ("russische Einheiten rücken auf Huljajpole vor").
        named: set[str] = set()
        for m in mentions:
            codes = {gaz.country_code(c.idx) for c in m.candidates if gaz.kind(c.idx) != "city"}
            if len(codes) == 1 and not m.in_compound:
                named |= codes
        self._unlist_far_towns(mentions)
        for m in mentions:
            countries = sorted(q for q in m.qualifiers if len(q) == 2)
            if len(countries) != 1 or m.in_compound or m.unlisted is not None:
                continue
            if m.name_context:
                continue
            # English capitalises a common word inside a sentence for a name, and after
            # "in" or "near" for a town's ("near Tempi in central Greece"; "tempi" is a
            # plural), not for an organisation's ("the Cambodian Centre for ...").
            english_name = (
                self.language == "en"
                and m.strong_locative
                and not (m.sentence_initial or m.after_determiner)
            )
            if m.common_word and not (english_name or m.after_place_noun or m.restrict == "city"):
                continue  # "ein Haus in Charkiw": a common noun, not an unlisted town
            country = gaz.country_index.get(countries[0])
            if country is None:
                continue
            if not all(
                gaz.kind(c.idx) == "city"
                and gaz.country_code(c.idx) not in countries
                and gaz.country_code(c.idx) not in named
                and (
                    c.alternate
                    or gaz.population(c.idx) < _SMALL_TOWN
                    or (countries[0] in m.placed_in and self._namesake_far_off(c, country))
                )
                for c in m.candidates
            ):
                continue
            m.candidates = (Candidate(country, 0),)
            m.unlisted = "P:PPL"

    def _namesake_far_off(self, candidate: Candidate, country: int) -> bool:
        """Whether a big town is a mere namesake of a town the text puts in ``country``.

        "Palma in Mozambique": the gazetteer knows Palma de Mallorca, a continent
        away from the country the text names. Capitals and towns we list exonyms
        for keep their name ("Kyiv in Russia's sights").
        """
        gaz = self.gaz
        return (
            not candidate.curated
            and not gaz.is_capital(candidate.idx)
            and km(gaz.point(candidate.idx), gaz.point(country)) > FAR_KM
        )

    def _unlist_far_towns(self, mentions: list[Mention]) -> None:
        """Makes a town after a town noun a place of the sentence's country when it is far away.

        "Im Norden Mosambiks, in der Provinz Cabo Delgado, griffen Islamisten die
        Stadt Palma an": a sentence that places itself in one country's regions
        or provinces and then introduces a town with a town noun means a town
        there, not a namesake on another continent the gazetteer knows (Palma de
        Mallorca). Capitals keep their name; a namesake next door stays a
        namesake ("aus dem Süden des Libanon auf die Stadt Haifa").
        """
        gaz = self.gaz
        regional: dict[int, set[str]] = {}
        for m in mentions:
            kinds = {gaz.kind(c.idx) for c in m.candidates}
            if m.direction is not None or kinds == {"admin1"}:
                regional.setdefault(m.sentence, set()).update(
                    gaz.country_code(c.idx) for c in m.candidates
                )
        for m in mentions:
            countries = regional.get(m.sentence, set())
            if m.restrict != "city" or m.unlisted is not None or len(countries) != 1:
                continue
            (cc,) = countries
            country = gaz.country_index.get(cc)
            if country is None or not all(
                gaz.kind(c.idx) == "city"
                and not gaz.is_capital(c.idx)
                and km(gaz.point(c.idx), gaz.point(country)) > FAR_KM
                for c in m.candidates
            ):
                continue
            m.candidates = (Candidate(country, 0),)
            m.unlisted = "P:PPL"

    def _with_unlisted_places(self, ctx: _Context, mentions: list[Mention]) -> list[Mention]:
        """Adds names a place noun introduces that the gazetteer lacks ("Provinz Enga").

        "im nigerianischen Bundesstaat Borno", "die Insel Sylt", "the village of
        Mundakkai", "Enga province": the noun says the name is a place, so it is
        kept as a place of the country a qualifier names (a country adjective
        before the noun, a country or area right after the name: "Provinz Enga in
        Papua-Neuguinea"), else of one of the countries the document names (the
        resolver picks by context). Without any country it is left out: a place
        we cannot put in a country helps nobody.
        """
        before, after = self.cues.unlisted_before, self.cues.unlisted_after
        nouns = self._unlisted_nouns
        tails = self._compound_tails
        hits = [
            i
            for i, word in enumerate(ctx.words)
            if word.text in nouns
            or (
                tails
                and word.text[-5:] in tails
                and len(word.text) >= 8
                and self._head_noun(word.text) in nouns
            )
            or ("-" in word.text and word.text.rsplit("-", 1)[1] in nouns)
        ]
        if not hits:
            return mentions
        # Words of names the gazetteer knows; pieces of a longer name ("Cabo" and
        # "Delgado" in "Provinz Cabo Delgado") give way to the whole.
        covered: dict[int, Mention | None] = {
            j: m
            for m in mentions
            if not m.name_context
            for j in range(m.first_word, m.last_word + 1)
        }
        added: list[Mention] = []
        for i in hits:
            head = self._head_noun(ctx.words[i].text)
            if head not in nouns:
                head = head.rsplit("-", 1)[-1]  # "im Kosovo-Dorf Banjska"
            feature = before.get(head)
            span = self._unlisted_after_noun(ctx, i) if feature is not None else None
            if span is None:
                feature = after.get(head)
                span = self._unlisted_before_noun(ctx, i) if feature is not None else None
            if span is None or feature is None:
                continue
            first, stop = span
            known = [covered[j] for j in range(first, stop) if j in covered]
            countries = (
                self._compound_country(mentions, i)
                or (self._big_towns_country(known) if feature.startswith("A:") else [])
                or self._unlisted_countries(ctx, mentions, min(i, first), stop - 1)
            )
            if not countries and head in self.cues.national_nouns:
                countries = [self.cues.national_nouns[head]]  # "Landkreis Ahrweiler"
            if not countries:
                continue
            if known and not feature.startswith("A:") and not all(
                m is not None and self._hamlets_abroad(m, countries) for m in known
            ):
                continue  # "Flughafen Frankfurt": the known town's airport
            # An area noun overrules a name known only as towns ("Haiti's Centre department").
            if any(m is None or not self._other_towns(m, countries) for m in known):
                continue
            start, end = ctx.words[first].start, ctx.words[stop - 1].end
            covered.update(dict.fromkeys(range(first, stop)))
            added.append(
                Mention(
                    start=start, end=end, text=ctx.text[start:end],
                    sentence=ctx.sentence_of[i], first_word=first, last_word=stop - 1,
                    candidates=tuple(
                        Candidate(self.gaz.country_index[cc], 0) for cc in countries
                    ),
                    locative=True, strong_locative=True, after_place_noun=True,
                    use=UseEvidence(location=True),
                    qualifiers=set(countries) if len(countries) == 1 else set(),
                    unlisted=feature,
                )
            )
        if not added:
            return mentions
        kept = [
            m for m in mentions
            if not any(a.first_word <= m.first_word and m.last_word <= a.last_word for a in added)
        ]
        return sorted([*kept, *added], key=lambda m: (m.start, m.end))

    def _compound_country(self, mentions: Sequence[Mention], noun: int) -> list[str]:
        """The country or area glued to a place noun: "im Kosovo-Dorf Banjska" -> XK."""
        for m in mentions:
            if m.first_word == noun and m.in_compound and m.direction is None:
                codes = {
                    self.gaz.country_code(c.idx)
                    for c in m.candidates
                    if self.gaz.kind(c.idx) != "city"
                }
                codes.discard("")
                if len(codes) == 1:
                    return sorted(codes)
        return []

    def _with_unlisted_neighbours(
        self, ctx: _Context, mentions: list[Mention]
    ) -> list[Mention]:
        """Adds unlisted town names that a word of nearness or a list of towns places.

        "nahe Kamituga", "near Kamituga", "north of Kamituga": a name right after a
        word that places something next to it is a town. "bei Kupjansk, Borowa und
        Kurylivka vor", "in Lviv, Ternopil and Kurylivka on Sunday": a name the
        gazetteer lacks between or after the towns of a list after a locative is
        one more town, when the list ends there (a comma, a preposition, the end
        of the sentence; not "in Kyiv and Zelensky said"). Like other unlisted
        names they take a country the sentence or document names, and any actor
        reading of the name (a person, an organisation) outweighs them.
        """
        words = ctx.words
        cues = self.cues
        covered = {j for m in mentions for j in range(m.first_word, m.last_word + 1)}
        starts: list[int] = []
        near = self._near_forms
        for i, word in enumerate(words):
            if word.text in near:
                starts.append(i + 1)  # "nahe Kamituga"
            elif (
                word.text in _OF_WORDS
                and i > 0
                and ctx.sentence_of[i - 1] == ctx.sentence_of[i]
                and cues.direction_adjective(words[i - 1].text.lower()) is not None
            ):
                starts.append(i + 1)  # "north of Kamituga", "nördlich von Kamituga"
        added: list[Mention] = []
        for first in starts:
            span = self._unlisted_name(ctx, first, covered)
            if span is not None:
                added.extend(self._guessed_town(ctx, mentions, covered, *span))
        listed: set[int] = set()  # last words of towns in a list after a locative or verb
        for m in mentions:
            placed = m.locative or m.after_event_verb or m.list_separated_from in listed
            if not placed or m.name_context or m.in_compound:
                continue
            listed.add(m.last_word)
            last = m.last_word
            while (span := self._next_in_list(ctx, last, covered)) is not None:
                found = self._guessed_town(ctx, mentions, covered, *span)
                if not found:
                    break
                added.extend(found)
                last = span[1] - 1
        if not added:
            return mentions
        return sorted([*mentions, *added], key=lambda m: (m.start, m.end))

    def _unlisted_name(
        self, ctx: _Context, first: int, covered: set[int]
    ) -> tuple[int, int] | None:
        """Words [first, stop) of a name no known place covers, up to three words."""
        if first >= len(ctx.words) or first in covered:
            return None
        sentence = ctx.sentence_of[first]
        stop = first
        while stop - first < 3 and stop not in covered and self._name_word(ctx, stop, sentence):
            stop += 1
        if stop == first or stop in covered:
            return None
        name = join_key(ctx.words[first:stop], ctx.text)
        if name in self.cues.blocked or name.isupper():
            return None  # "Hamas"; an acronym ("Washington, DC") is no town of its own
        return first, stop

    def _next_in_list(
        self, ctx: _Context, last: int, covered: set[int]
    ) -> tuple[int, int] | None:
        """The span of an unlisted name that continues a list after word ``last``."""
        cues = self.cues
        sentence = ctx.sentence_of[last]
        separator = self._word(ctx, last + 1, sentence)
        if separator is None or separator.text not in _LIST_SEPARATORS:
            return None
        span = self._unlisted_name(ctx, last + 2, covered)
        if span is None:
            return None
        after = self._word(ctx, span[1], sentence)
        ends = (
            after is None
            or after.is_punct
            or after.text in cues.coordinators
            or after.text.lower() in cues.function_words
            or after.text in cues.weekdays
        )
        return span if ends else None

    def _guessed_town(
        self, ctx: _Context, mentions: Sequence[Mention], covered: set[int], first: int, stop: int
    ) -> list[Mention]:
        """An unlisted town at words [first, stop) in a country of the sentence or document."""
        countries = self._unlisted_countries(ctx, mentions, first, stop - 1)
        if not countries:
            return []
        start, end = ctx.words[first].start, ctx.words[stop - 1].end
        covered.update(range(first, stop))
        return [
            Mention(
                start=start, end=end, text=ctx.text[start:end],
                sentence=ctx.sentence_of[first], first_word=first, last_word=stop - 1,
                candidates=tuple(Candidate(self.gaz.country_index[cc], 0) for cc in countries),
                locative=True, strong_locative=True, use=UseEvidence(location=True),
                qualifiers=set(countries) if len(countries) == 1 else set(),
                unlisted="P:PPL", guessed=True,
            )
        ]

    def _hamlets_abroad(self, m: Mention, countries: Sequence[str]) -> bool:
        """Whether a known name names only small towns outside ``countries``.

        "Heathrow Airport in west London": the gazetteer knows a Heathrow only
        in Florida, so the name before the feature noun is one it lacks.
        """
        gaz = self.gaz
        return all(
            gaz.kind(c.idx) == "city"
            and gaz.population(c.idx) < _SMALL_TOWN
            and gaz.country_code(c.idx) not in countries
            for c in m.candidates
        )

    def _big_towns_country(self, known: Sequence[Mention | None]) -> list[str]:
        """The one country of the towns (of some size) a name after an area noun names.

        "in der Oblast Rjasan", "Provinz Kunduz": an area named like a town of some size
        lies around it, in its country, whatever other countries the sentence names
        ("Ukrainische Drohnen trafen ... in der Oblast Rjasan").
        """
        gaz = self.gaz
        if not known or any(m is None for m in known):
            return []
        codes = {
            gaz.country_code(c.idx)
            for m in known
            if m is not None
            for c in m.candidates
            if gaz.kind(c.idx) == "city" and gaz.population(c.idx) >= _SMALL_TOWN
        }
        return sorted(codes) if len(codes) == 1 else []

    def _other_towns(self, m: Mention, countries: Sequence[str]) -> bool:
        """Whether a known name before an area noun names only towns that are not meant.

        An area noun after the name of small towns names an area the gazetteer
        lacks ("Haiti's Centre department"), as it does after a bigger town's
        name placed in another country ("Haiti's Nippes department"); after the
        bigger town's own country it is the area around the town ("Bannu district").
        """
        gaz = self.gaz
        if any(gaz.kind(c.idx) != "city" for c in m.candidates):
            return False
        qualified = countries[0] if len(countries) == 1 else None
        return all(
            gaz.population(c.idx) < _SMALL_TOWN
            or (qualified is not None and gaz.country_code(c.idx) != qualified)
            for c in m.candidates
        )

    def _name_word(
        self, ctx: _Context, index: int, sentence: int, *, joined: bool = True
    ) -> bool:
        """Whether the word at ``index`` may be part of an unlisted place name.

        ``joined``: the word must follow the one before it without punctuation.
        """
        word = self._word(ctx, index, sentence)
        if word is None or (joined and not word.joined) or not word.text[:1].isupper():
            return False
        text = word.text
        may_name = self._name_texts.get(text)
        if may_name is None:
            may_name = self._may_name(text)
            if len(self._name_texts) < _MEMO_SIZE:
                self._name_texts[text] = may_name
        return may_name

    def _may_name(self, text: str) -> bool:
        """Whether a capitalised word, whatever its context, may be part of an unlisted name."""
        cues = self.cues
        if text in cues.never_alone or text.rstrip(".") in cues.titles:
            return False
        if text.lower() in cues.determiners:
            return False  # "The Ohio River" opening a sentence
        if self._adjective_place(text) is not None or not any(ch.isalpha() for ch in text):
            return False
        # Not is_common_noun: its compound heads would make "Manicaland" a kind of "Land".
        return not (self.language == "de" and cues.common.is_common(text))

    def _unlisted_after_noun(self, ctx: _Context, noun: int) -> tuple[int, int] | None:
        """Words [first, stop) of a name after a place noun ("Provinz Enga", "island of Sylt")."""
        sentence = ctx.sentence_of[noun]
        first = noun + 1
        if self.language == "en":
            of = self._word(ctx, first, sentence)
            if of is not None and of.text == "of":
                first += 1
            elif not ctx.words[noun].text[:1].isupper():
                return None  # "the village of Mundakkai"; "Mount Etna" needs no "of"
        stop = first
        while stop - first < 4:
            if self._name_word(ctx, stop, sentence):
                stop += 1
                continue
            particle = self._word(ctx, stop, sentence)
            # "Valle del Cauca", but not "Stadtteil Cité Soleil von Port-au-Prince".
            inner = (
                particle is not None
                and particle.text in self.cues.inner_particles
                and particle.text not in self.cues.region_connectors
            )
            if stop > first and inner and self._name_word(ctx, stop + 1, sentence):
                stop += 2  # "Valle del Cauca"
                continue
            break
        if stop == first:
            return None
        # An English title noun is part of the name: "Mount Etna", "Cape of Good Hope".
        titled = self.language == "en" and ctx.words[noun].text[:1].isupper()
        return (noun if titled else first, stop)

    def _unlisted_before_noun(self, ctx: _Context, noun: int) -> tuple[int, int] | None:
        """Words [first, stop) of a name before a place noun ("Enga province")."""
        sentence = ctx.sentence_of[noun]
        if not ctx.words[noun].joined:
            return None
        first = noun
        # Each name word must be joined to the next one ("Haiti's Artibonite department").
        while (
            noun - first < 3
            and ctx.words[first].joined
            and self._name_word(ctx, first - 1, sentence, joined=False)
        ):
            first -= 1
        return (first, noun) if first < noun else None

    def _unlisted_countries(
        self, ctx: _Context, mentions: Sequence[Mention], first: int, last: int
    ) -> list[str]:
        """The country an unlisted name lies in, or the countries the document names."""
        sentence = ctx.sentence_of[first]
        for offset in range(1, 4):
            word = self._word(ctx, first - offset, sentence)
            if word is None:
                break
            place = self._adjective_place(word.text)
            if place is not None:
                return [self.gaz.country_code(place[0])]  # "im nigerianischen Bundesstaat"
        named: list[str] = []
        placed: set[str] = set()  # countries named as places, not only as actors
        for m in mentions:
            if first <= m.first_word <= last:
                continue  # a piece of the name itself ("Adan" in "Stadt Adan Yabaal")
            if m.name_context or m.never_alone or (m.common_word and not m.locative):
                continue  # "Das Dorf Turmus Ayya": the article is no town in Spain
            codes = {self.gaz.country_code(c.idx) for c in m.candidates}
            if len(codes) > 1:
                # "near Bethlehem": the town our curated tables list, not its namesakes.
                codes = {self.gaz.country_code(c.idx) for c in m.candidates if c.curated}
            codes.discard("")
            if len(codes) != 1 or m.across_border or (m.in_compound and m.direction is None):
                continue
            (cc,) = codes
            if m.sentence == sentence and (
                m.last_word in (first - 1, first - 2) or m.first_word in (last + 2, last + 3)
            ):
                # "Nigeria's Kaduna province", "Provinz Enga in Papua-Neuguinea"
                between = ctx.words[last + 1 : m.first_word] if m.first_word > last else []
                if all(w.text.lower() in _QUALIFYING_WORDS for w in between):
                    return [cc]
            if cc not in named:
                named.append(cc)
            if m.use.location or m.locative or not m.use.actor:
                placed.add(cc)
        # "schickte Spanien Helfer nach Marokko": the country that only acts gives way.
        named = [cc for cc in named if cc in placed] or named
        if not named:
            # "Somalische Truppen haben die Stadt Adan Yabaal ...": the sentence's country
            # adjectives, when no country is named as a place.
            words = ctx.words
            for index in range(len(words)):
                if ctx.sentence_of[index] != sentence:
                    continue
                place = self._adjective_place(words[index].text)
                cc = self.gaz.country_code(place[0]) if place is not None else ""
                if cc and cc not in named:
                    named.append(cc)
        return named

    # -- document-level helpers -------------------------------------------------------

    def _country_of_adjective(self, text: str) -> str | None:
        """The country code of a country adjective ('libanesische' -> LB), or None."""
        adjectives = self.gaz.adjectives.get(self.language, {})
        cc = adjectives.get(text)
        if cc is None and self.language == "de" and text[:1].isupper():
            cc = adjectives.get(text.lower())  # "Libanesische Truppen" opening a sentence
        if cc is None and not self._continent_adjective(text):
            # "nordlibanesischen", "north-Lebanese": a part of the country is still in it.
            bare = _DIRECTION_PREFIX.sub("", text)
            if bare != text and bare:
                cc = adjectives.get(bare) or adjectives.get(bare.lower())
        return cc

    def _place_of_adjective(self, text: str) -> tuple[int, str | None] | None:
        """The entry a country or admin1 adjective names, and the direction of its prefix.

        'libanesische' -> (Lebanon, None), 'texanischen' -> (Texas, None),
        'ostdeutschen' -> (Germany, 'east'); None for any other word.
        """
        found = self._entry_of_adjective(text)
        if found is not None:
            return found, None
        prefix = _DIRECTION_PREFIX.match(text)
        if prefix is None or prefix.end() == len(text) or self._continent_adjective(text):
            return None
        found = self._entry_of_adjective(text[prefix.end() :])
        if found is None:
            return None
        return found, self._prefix_direction(prefix.group(0))

    def _continent_adjective(self, text: str) -> bool:
        """'nordamerikanischen' is North American, not northern American (cues.yaml)."""
        lower = text.lower()
        return any(lower.startswith(stem) for stem in self.cues.continent_adjectives)

    def _entry_of_adjective(self, text: str) -> int | None:
        for word in (text, text.lower()) if self.language == "de" else (text,):
            cc = self.gaz.adjectives.get(self.language, {}).get(word)
            if cc is not None:
                return self.gaz.country_index.get(cc)
            area = self.gaz.area_adjectives.get(self.language, {}).get(word)
            if area is not None:
                return area
        return None

    def _prefix_direction(self, prefix: str) -> str:
        """'ost' -> 'east', 'Nordwest-' -> 'northwest', 'north-' -> 'north'; else 'centre'."""
        bare = prefix.rstrip("-").lower()
        for name, direction in self.cues.direction_prefixes:
            if name.lower() == bare:
                return direction
        return self.cues.direction_adjectives.get(bare, "centre")

    def _adjective_countries(self, ctx: _Context) -> dict[str, float]:
        """Countries named by adjectives ('libanesische' -> LB, 'texanische' -> US), half each."""
        counts: dict[str, float] = {}
        for index, _ in ctx.adjective_at.values():
            cc = self.gaz.country_code(index)
            counts[cc] = counts.get(cc, 0.0) + 0.5
        return counts


class LemmaSource:
    """Gives lemmas of words by their start offset, from the ``lemmas`` stage's output.

    Token offsets are collected on first use only, since most documents never
    need a lemma here.
    """

    def __init__(self, token_starts: Callable[[], Sequence[int]], lemmas: Sequence[str]) -> None:
        self._token_starts = token_starts
        self._starts: Sequence[int] | None = None
        self._lemmas = lemmas

    def __call__(self, start: int, text: str) -> str:
        """The lemma of the token starting at ``start``, or ``text`` when none starts there."""
        if self._starts is None:
            self._starts = self._token_starts()
        starts = self._starts
        index = bisect_right(starts, start) - 1
        if index >= 0 and starts[index] == start and index < len(self._lemmas):
            return self._lemmas[index]
        return text


_POSSESSIVE_GAP = re.compile(r"['’][sS]\s+")


def _as_j(match: re.Match[str]) -> str:
    return "J" if match.group() == "Y" else "j"


def _declined_adjective(word: str) -> bool:
    """A lower-case German word with an adjective's ending ("umkämpften", "besetzte")."""
    return word.isalpha() and word.endswith(("e", "en", "em", "er", "es"))


def _bracketed_capitals(words: Sequence[Word], start: int) -> bool:
    """Whether words ``start``.. are one capitalised word in brackets: "(ODER)"."""
    if start + 2 >= len(words):
        return False
    opening, inner, closing = words[start : start + 3]
    return (
        opening.text == "(" and closing.text == ")"
        and inner.text.isalpha() and inner.text.isupper()
    )


def _title_case(word: str, inner: bool) -> str:
    """A word of a name written in capitals as names are written: "AL-BALAH" -> "al-Balah".

    ``inner``: the word is not the first of the name, where Arabic articles are lower case.
    """
    pieces = [piece[:1] + piece[1:].lower() for piece in word.split("-")]
    if inner and len(pieces) > 1 and _ARABIC_ARTICLE.match(f"{pieces[0].lower()}-{pieces[1]}"):
        pieces[0] = pieces[0].lower()
    return "-".join(pieces)


def _joined_in_name(ctx: _Context, index: int) -> bool:
    """Whether word ``index`` may continue the name before it.

    Only white space separates the words of a name, or a possessive the word
    segmentation cut off, as the name index does: "Cox's Bazar", "Martha's Vineyard".
    """
    word = ctx.words[index]
    if word.joined:
        return True
    gap = ctx.text[ctx.words[index - 1].end : word.start]
    return _POSSESSIVE_GAP.fullmatch(gap) is not None


def _compound_heads(cues: Cues) -> dict[str, str]:
    """Lower-case endings of German compounds naming a kind of place, with their noun.

    "Vertriebenenlager" is a "Lager", "Grenzregion" a "Region": the place nouns
    of cues.yaml of at least five letters, so that "Land" and "Ort" do not end
    every "Ausland" and "Wohnort".
    """
    nouns = {
        *cues.place_nouns, *cues.city_nouns, *cues.admin_nouns, *cues.unlisted_before,
    }
    return {noun.lower(): noun for noun in sorted(nouns) if len(noun) >= 5 and noun[:1].isupper()}


def _town_compound(word: str) -> bool:
    """A compound naming a kind of town: "Grenzort", "Küstenstadt", "Nachbardorf"."""
    if len(word) < 7 or not word[:1].isupper():
        return False
    return word.endswith(("stadt", "dorf", "gemeinde", "ortschaft")) or (
        word.endswith("ort") and not word.endswith("port")
    )


def entity_use(entity: EntityMention) -> Use | None:
    """The entities stage's decision on a place name: its use, or None when it made none."""
    if entity.role_in_text == "location":
        return "location"
    if entity.form == "metonym" or (entity.type == "country" and entity.actor):
        return "actor"
    return None


# German prepositions fused with the article ("Lage am Persischen Golf", "Kämpfe im
# Sudan"): inside a model entity they part a place from the words before it.
_CONTRACTED_LOCATIVES = frozenset({"im", "am", "ins", "beim"})


def _spans_places(entity: EntityMention, locatives: frozenset[str]) -> bool:
    """A model entity running over a locative: "Euphrat nahe Deir ez-Zor" is two places."""
    if entity.source != "model":
        return False
    inner = entity.text.split()[1:-1]
    return any(word in locatives or word in _CONTRACTED_LOCATIVES for word in inner)


def _mark_entities(
    mentions: list[Mention], entities: Sequence[EntityMention], locatives: frozenset[str]
) -> None:
    ordered = sorted(
        (e for e in entities if not _spans_places(e, locatives)), key=lambda e: e.start
    )
    starts = [e.start for e in ordered]
    for m in mentions:
        start, end = m.span
        position = bisect_right(starts, end)
        for entity in ordered[max(0, position - 8) : position]:
            if entity.source == "model" and entity.text[:1].islower():
                continue  # the model swallowed a preposition: "nahe Deir ez-Zor" (OTH)
            if entity.start < end and start < entity.end:
                m.entity_label = entity.label
                m.entity_exact = entity.start == m.start and entity.end == m.end
                m.entity_source = entity.source
                m.entity_covers = entity.start <= start and end <= entity.end
                m.entity_inside = not m.entity_exact and (
                    start <= entity.start and entity.end <= end and " " in m.text
                )
                # (the noun before a name of our area table: "Kibbuz Kfar Aza" as OTH)
                noun = entity.text[: max(0, start - entity.start)].strip()
                m.entity_is_noun_phrase = entity.end == end and (
                    (m.restrict is not None and entity.start == start)
                    or (m.after_place_noun and bool(noun) and " " not in noun)
                )
                if m.entity_exact:
                    m.entity_use = entity_use(entity)
                m.opens_state_body = entity.start == m.start and entity.type in STATE_BODY_TYPES
                break
