"""Entity mentions and their links to the actor knowledge base (stage ``entities``).

Four sources of mentions, in order of trust:

1. Knowledge-base matches (:mod:`lagebild.actors.gazetteer`): inflected forms,
   parts of hyphenated compounds with their own offsets, coordinated names.
2. Rules: a name after a role noun ("Außenminister Lawrow", "Hamas-Vizechef
   Saleh al-Arouri") and the reporters named in a byline.
3. The statistical NER model's spans (``analysis.ner``, empty when the ``ner``
   stage did not run). Where they overlap a knowledge-base match the match
   wins; spans the knowledge base lacks become mentions with a stable
   ``unlinked:`` id, so unknown names are never dropped.

Then the document is read as a whole: a bare surname joins the person named
in full earlier ("Nasrallah" after "Sayyed Hassan Nasrallah", "Jordan" after
"Jim Jordan", even where the surname is also a country), a place name that
is part of a personal name ("Michael Jordan") is not the country, news
outlets are marked as sources and byline names as bylines, so that events
use neither as actors.

Whether a country, capital or country adjective acts or only names a place
is decided by :class:`lagebild.geo.usage.UseReader`, the same decision the
``places`` stage makes: a capital links to its country only where it acts
("Washington warnte", "Moscow's decision", not "in Washington"); a country
named as a location ("in der Ukraine", "nach Libanon", "to Qatar") keeps its
link but is not an actor (``actor=False``, ``role_in_text="location"``), and
so is a country adjective before a territory noun ("auf ägyptischem Gebiet").

Beyond that shared decision, this stage settles what only the knowledge base
knows:

* A seat of power (alias kind ``b``: "White House", "Kreml", "Pentagon")
  stands for the body housed there unless a preposition of place makes it
  the building ("im Weißen Haus empfangen", "a deal signed at the White
  House").
* A country name or adjective opening the name of a sea, gulf or region
  ("Japanisches Meer", "Persian Gulf") is part of that place name.
* A country possessive before a company, party or armed group only locates
  it ("Germany's largest arms maker", "Yemen's Houthi rebels", "Austria's
  OMV"); before a state body it is the state ("Ukraine's military").
* A one-word party alias that opens a longer organisation name is not the
  party ("Democratic Progressive Party", "Republikanische Garde").
* A state body named right after another country's adjective or possessive
  is not that body ("the Polish Senate" is not the U.S. Senate).
* A name several states' bodies share (alias kind ``g``: "Nationalversammlung",
  "Congress", "Defence Ministry", "Liberal Party") links to the body of the
  country named right before or after it, else in the sentence or the
  document; unsettled, a generic name stays unlinked.
* A state body placed by "in <country or capital>" ("die Regierung in
  Warschau", "the authorities in Moscow") is that state's body, or the state
  itself as its government; the place stays a place.
* A German country adjective behind "pro"/"anti" in one word
  ("prorussische Separatisten"), or in lower case before a group's name
  ("die pakistanischen Taliban"), is a mention of the country of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from lagebild.actors.gazetteer import Gazetteer, Match, Pattern, Unit, load_gazetteer, make_units
from lagebild.actors.kb import (
    ADJECTIVE,
    CAPITAL,
    DEMONYM,
    GENERIC,
    NAME,
    SEAT,
    SHORT,
    STATE_BODY_TYPES,
    Entry,
    fold,
    label_for,
    unlinked_id,
)
from lagebild.actors.lexicon import ActorLexicon, load_lexicon
from lagebild.geo.detect import LemmaSource
from lagebild.geo.gazetteer import Candidate
from lagebild.geo.gazetteer import Gazetteer as PlaceGazetteer
from lagebild.geo.gazetteer import load_gazetteer as load_place_gazetteer
from lagebild.geo.lexicon import Cues, load_cues
from lagebild.geo.usage import NameKind, Use, UseReader
from lagebild.geo.words import Word, join_key, split_words
from lagebild.model import EntityMention
from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources
from lagebild.settings import Settings

Source = Literal["kb", "model", "rule"]
Form = Literal["name", "adjective", "demonym", "metonym", "short"]
_FORMS: dict[str, Form] = {
    ADJECTIVE: "adjective", DEMONYM: "demonym", CAPITAL: "metonym", SEAT: "metonym",
    SHORT: "short"
}
_PLACE_LIKE = frozenset({"country", "territory"})
# The shared use decision's kind of name for each kind of place-gazetteer entry.
_PLACE_KINDS: dict[str, NameKind] = {
    "country": "country", "city": "city", "admin1": "area", "area": "area"
}
_LEADING_ARTICLES = frozenset({"the", "die", "der", "das"})
_ARTICLES = frozenset({"the", "der", "die", "das", "dem", "den", "des"})
_POSSESSIVES = ("'s", "’s")
# Entry types a country possessive only locates ("Yemen's Houthi rebels"),
# unless the entry's CAMEO code makes it a body of a state (Russia's Africa Corps).
_NON_STATE_TYPES = frozenset({"party", "armed_group", "organisation", "ngo", "media"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "COP", "LEG", "JUD"})
# Words between a country possessive and what it owns ("Germany's largest arms maker").
_MAX_OWNER_GAP = 4
# Longest place name (in words) tried after a country word ("Golf von Mexiko" aside).
_MAX_AREA_WORDS = 3
_AREA_CHARS = 48
# Particles that may open a name ("al-Baghdadi"); others only continue one.
_LEADING_PARTICLES = frozenset({"al", "el", "abu", "ibn", "bin", "ben"})
# Titles before a name that are not part of it.
_TITLES = frozenset({"dr", "prof", "mr", "mrs", "ms", "sir", "herr", "frau"})
# Longest name run taken after a role noun or in a byline.
_MAX_NAME_UNITS = 5
# Words between a body's name and the country or capital that places it
# ("Nationalversammlung in Caracas", "National Assembly of Venezuela").
_PLACING = frozenset({"in", "in der", "in the", "of", "of the"})
_HYPHEN = re.compile(r"(?<=\w)[-‐‑–](?=\w)")
# Words a restriction may stand before goods and "to" ("controls on chips to China").
_MAX_RESTRICTION_GAP = 3
# Inflected German adjectives that open proper names ("Nationale", "Oberste",
# "Islamische", "Freie"), not nouns that end alike ("Tochter").
_NAME_ADJECTIVE = re.compile(r"(?:isch|lich|ig|al|är|iv|ell|st|frei|neu)(?:e|en|er|es|em)$")
# Agent nouns that end alike but name what the company is ("Der Autohersteller BMW",
# "Finanzdienstleister Wirecard", "Minister").
# An acronym in brackets right after a name: "Alliance Fleuve Congo (AFC)".
_BRACKETED_ACRONYM = re.compile(r" ?\(([A-ZÄÖÜ][A-ZÄÖÜ0-9-]{1,9})\)")
_OPENING_QUOTES = frozenset({"„", "\"", "»", "«", "“", "‚"})
_CLOSING_QUOTES = frozenset({"“", "\"", "«", "»", "”", "‘"})
_AGENT_NOUN = re.compile(r"(?:(?:stell|leist|ist|meist)ern?|isten?)$")


@dataclass
class Found:
    """A mention while the document is being read."""

    start: int
    end: int
    label: str
    kb_id: str | None = None
    name: str | None = None
    type: str | None = None
    code: str | None = None
    source: Source = "kb"
    actor: bool | None = None
    form: Form | None = "name"
    byline: bool = False
    location: bool = False
    country: str | None = None
    # A possessor: "Germany's", German genitive "Deutschlands".
    possessive: bool = False
    # The entries a name several states' bodies share may stand for ("Congress").
    shared: tuple[str, ...] = ()
    # Matched by a generic alias only: linked once the text names the country.
    generic: bool = False
    # The country a capital named as a place lies in ("in Warschau").
    place_of: str | None = None
    # A possessive country split off an alias: the unit where the rest starts.
    unit_after: int = 0

    def overlaps(self, start: int, end: int) -> bool:
        """Whether this mention shares a character with [start, end)."""
        return self.start < end and start < self.end

    def link(self, entry: Entry, kind: str = NAME) -> None:
        """Links the mention to ``entry`` matched by an alias of ``kind`` (its form stays)."""
        code = entry.code
        if kind == CAPITAL and entry.type == "country":
            code = entry.code[:3] + "GOV"  # a capital acting stands for the government
        self.label, self.kb_id, self.name, self.type = (
            label_for(entry.type), entry.id, entry.name, entry.type
        )
        self.code, self.actor, self.country = code or None, entry.is_actor, entry.country or None


def _linked(entry: Entry, start: int, end: int, kind: str, source: Source = "kb") -> Found:
    found = Found(start, end, label_for(entry.type), source=source, form=_FORMS.get(kind, "name"))
    found.link(entry, kind)
    return found


def _name_kind(entry: Entry, kind: str) -> NameKind | None:
    """What kind of place name a knowledge-base match is (None: not a place name)."""
    if kind == CAPITAL:
        return "capital"
    if entry.type == "territory":
        return "area"
    if entry.type != "country" or kind == DEMONYM:
        return None
    return "adjective" if kind == ADJECTIVE else "country"


def _unlinked(text: str, start: int, end: int, label: str, source: Source,
              type_: str | None = None, actor: bool | None = None) -> Found:
    return Found(start, end, label, unlinked_id(text, label), None, type_, None, source,
                 actor, "name")


class DocumentReader:
    """Finds and links the mentions of one document."""

    def __init__(
        self,
        analysis: Analysis,
        gazetteer: Gazetteer,
        lexicon: ActorLexicon,
        cues: Cues,
        places: PlaceGazetteer | None = None,
    ) -> None:
        assert analysis.tokens is not None
        self.analysis = analysis
        self.text = analysis.text
        self.gazetteer = gazetteer
        self.kb = gazetteer.kb
        self.lexicon = lexicon
        self.cues = cues
        self.places = places
        self.units = make_units(analysis.text, (s.start for s in analysis.sentences))
        self.matched = [False] * len(self.units)
        self._unit_starts = [u.start for u in self.units]
        self.first_names = gazetteer.first_names | lexicon.given_names
        tokens = analysis.tokens
        self._lemma_of = LemmaSource(lambda: tokens.to_array("IDX").tolist(), analysis.lemmas)
        self._sentence_starts = [s.start for s in analysis.sentences]
        self._uses: dict[int, UseReader] = {}

    def use(self, start: int, end: int, kind: NameKind, genitive: bool) -> Use:
        """How the place name at start..end is used (the reader of its sentence, cached)."""
        return self._use_reader(start).use(start, end, kind, genitive=genitive)

    def _use_reader(self, start: int) -> UseReader:
        index = max(bisect_right(self._sentence_starts, start) - 1, 0)
        reader = self._uses.get(index)
        if reader is None:
            sentences = self.analysis.sentences
            bounds = (sentences[index].start, sentences[index].end) if sentences else (
                0, len(self.text)
            )
            reader = UseReader.for_sentence(self.text, *bounds, self.cues, self._lemma_of)
            self._uses[index] = reader
        return reader

    # -- knowledge base ---------------------------------------------------
    def kb_mentions(self) -> list[Found]:
        """Knowledge-base matches, with capitals and name parts resolved."""
        found: list[Found] = []
        matches = self.gazetteer.match(self.units, set())
        for match in matches:
            for i in range(match.first, match.last + 1):
                self.matched[i] = True
        for match in matches:
            entry = self.kb.entries[match.pattern.entry]
            other_start = self._other_name_start(match, entry)
            other_end = self._other_name_end(match, entry)
            if other_start is not None or other_end is not None:
                start = other_start if other_start is not None else self.units[match.first].start
                end = other_end if other_end is not None else self.units[match.last].end
                found.append(_unlinked(self.text[start:end], start, end, "ORG", "kb"))
                continue
            owner = self._possessive_owner(match)
            if owner is not None:
                found.append(owner)
                match = Match(owner.unit_after, match.last, match.pattern)
            first = match.first
            if self.units[first].key in _LEADING_ARTICLES and match.last - first >= 2:
                first += 1  # "The Washington Post": the article is not part of the mention
            start, end = self.units[first].start, self.units[match.last].end
            person = self._person_around(match, entry)
            if person is not None:
                found.append(person)
                continue
            nationality = self._nationality_split(match, entry, first)
            if nationality is not None:
                found.extend(nationality)
                continue
            kind = _name_kind(entry, match.pattern.kind)
            if kind is None and match.pattern.kind == NAME and (
                    entry.id in self.lexicon.territorial_unions):
                kind = "country"  # "in der EU": the union's territory, as a state's
            if kind is None and self._attributive_demonym(match, entry):
                kind = "adjective"  # "in the Lebanese capital": the demonym qualifies a noun
            if kind in ("country", "adjective"):
                area_end = self._area_end(start)
                if area_end is not None:
                    found.append(self._place(start, area_end, "area"))
                    continue
                area_start = self._area_start(start, end)
                if area_start is not None:
                    found.append(self._place(area_start, end, "area"))
                    continue
            if kind == "country" and entry.id in self.lexicon.state_namesakes and (
                    self._names_us_state(start, end)):
                found.append(self._place(start, end, "area"))  # "Georgia's governor"
                continue
            if match.pattern.kind == SEAT:
                if self._seat_is_place(first, start, end, match.pattern.genitive):
                    found.append(self._place(start, end, "building"))
                    continue
                location = False
            else:
                location = kind is not None and self.use(
                    start, end, kind, match.pattern.genitive
                ) == "location"
                # English demonyms double as adjectives ("Chinese steel").
                if not location and (kind == "adjective" or (
                        match.pattern.kind == DEMONYM and entry.type == "country")):
                    location = self._qualifies_goods(match.last)
                elif not location and kind == "country":
                    # "tariffs on U.S. steel": a name before goods gives their origin too.
                    location = self._origin_or_destination(first, end) or (
                        self.lexicon.language == "en"
                        and self._inside_phrase(first)
                        and self._qualifies_goods(match.last)
                    )
            placed = self._placed_alias(match, entry)
            if placed is not None:
                found.extend(placed)
                continue
            if location and kind == "capital":
                place = self._place(start, end, "city")
                place.place_of = entry.country or None
                found.append(place)
                continue
            mention = _linked(entry, start, end, match.pattern.kind)
            mention.possessive = match.pattern.genitive or self.text.startswith(_POSSESSIVES, end)
            self._mark_shared(mention, match.pattern)
            if location:
                mention.actor, mention.location = False, True
            found.append(mention)
        return (found + self._prefixed_adjectives() + self._compound_prefixes()
                + self._hyphenated_short_names() + self._capital_adjectives())

    def _mark_shared(self, mention: Found, pattern: Pattern) -> None:
        """Records the entries sharing the matched name, for the context to settle later."""
        shared = self.gazetteer.sharing(pattern)
        if shared:
            mention.shared = tuple(dict.fromkeys(p.entry for p in shared))
            mention.generic = pattern.kind == GENERIC

    def _names_us_state(self, start: int, end: int) -> bool:
        """Whether a country named like a U.S. state stands for the state here.

        A word of U.S. state politics in the sentence ("Senate", "county") or a
        state office after the possessive ("Georgia's top election official")
        says so (``actors.yaml`` ``state_offices``; README: a U.S. state is always
        a place).
        """
        index = max(bisect_right(self._sentence_starts, start) - 1, 0)
        sentences = self.analysis.sentences
        stop = sentences[index].end if sentences else len(self.text)
        begin = sentences[index].start if sentences else 0
        words = split_words(self.text, begin, stop)
        if any(w.text in self.cues.us_state_words for w in words):
            return True
        if not self.text.startswith(_POSSESSIVES, end):
            return False
        after = [fold(w.text) for w in words if w.start > end + 1]
        while after and after[0] in self.lexicon.role_modifiers:
            after.pop(0)
        return any(tuple(after[:len(office)]) == office for office in self.lexicon.state_offices)

    def _placed_alias(self, match: Match, entry: Entry) -> list[Found] | None:
        """A state body's alias that names it by its seat ("Verteidigungsministerium in Moskau").

        The city is named as a location, as in "die Regierung in Warschau",
        which no alias spells: the place is a mention of its own and the body
        before "in" another. A government as a whole ("Regierung", "Führung"
        in Teheran) is its state, as :meth:`bodies_in_places` links it; a
        named body keeps its entry.
        """
        if entry.type not in STATE_BODY_TYPES or not entry.country or match.last - match.first < 2:
            return None
        at = next((j for j in range(match.first + 1, match.last)
                   if self.units[j].key == "in"), None)
        if at is None:
            return None
        first = at + 1
        if self.units[first].key in _ARTICLES and first < match.last:
            first += 1
        start, end = self.units[match.first].start, self.units[at - 1].end
        state = self.kb.countries.get(entry.country)
        if state is not None and self.lexicon.is_capital_head(self.units[at - 1].text):
            body = _linked(state, start, end, CAPITAL)
        else:
            body = _linked(entry, start, end, match.pattern.kind)
        place = self._place(self.units[first].start, self.units[match.last].end, "city")
        place.place_of = entry.country
        return [body, place]

    def _qualifies_goods(self, last: int) -> bool:
        """Whether the country adjective ending at unit ``last`` gives goods' origin.

        "Zölle auf amerikanische Waren", "Russian oil and gas": the adjective
        says where the goods come from, not who acts. English piles nouns:
        goods before a noun of people, firms, plants or bodies ("Russian oil
        traders", "Russian oil giant", "a Russian oil refinery") only
        qualify it, and the adjective gives that noun's nationality.
        """
        lexicon = self.lexicon
        german = lexicon.language == "de"
        j = last + 1
        while True:
            unit = self._unit(j)
            if (
                unit is None
                or unit.sent_start
                or unit.glued
                or (german and not unit.text[:1].isupper())
            ):
                break
            if not lexicon.is_goods_head(unit.text) and (
                german or j != last + 1 or not self._noun_before_goods(j)
            ):
                break
            j += 1
        if j == last + 1:
            return False
        after = self._unit(j)
        return german or after is None or after.sent_start or not (
            lexicon.is_goods_holder(after.text)
            or lexicon.is_owned_head(after.text)
            or lexicon.is_state_head(after.text)
            or lexicon.is_restriction(after.text)  # "US export controls": the state's own
        )

    def _inside_phrase(self, first: int) -> bool:
        """Whether a lower-case word precedes unit ``first`` in its sentence.

        After a preposition, article or adjective the name can qualify a noun
        ("tariffs on U.S. steel"); opening the clause it is the subject.
        """
        unit, before = self.units[first], self._unit(first - 1)
        return not unit.sent_start and before is not None and before.text.islower()

    def _noun_before_goods(self, j: int) -> bool:
        """An English noun that opens a compound with goods ("bank account", "crude oil")."""
        unit, following = self._unit(j), self._unit(j + 1)
        return (
            unit is not None
            and following is not None
            and unit.text.isalpha()
            and unit.text.islower()
            and unit.text not in self.cues.function_words
            # a verb after a subject is no compound noun ("Ghana banned imports", "cut gas")
            and not unit.text.endswith(("ed", "ing"))
            and unit.text not in self.cues.actor_verbs
            and not following.sent_start
            and not following.glued
            and self.lexicon.is_goods_head(following.text)
        )

    def _origin_or_destination(self, first: int, end: int) -> bool:
        """Whether a country name only says where something is based, comes from or goes.

        "Kenya-based diplomats", "a Qatar-registered tanker" (a suffix the
        lexicon lists, glued by a hyphen); "French troops left Mali" (the
        object of an English verb of leaving; German puts the subject after
        the verb too, "2022 verließ Frankreich Mali", so there only a country
        before a clause-final "verlassen" counts); "Trumps Anspruch auf
        Grönland", "control of Crimea" (a territory claimed, held or taken);
        "exports to the United States", "supply gas to Syria" (goods right
        before "to", unless a restriction aims at the state: "export
        controls on chips to China"): the state neither acts nor receives
        aid or weapons.
        """
        lexicon = self.lexicon
        if self.text.startswith(lexicon.place_suffixes, end):
            return True
        german = lexicon.language == "de"
        if german and self._left_before(end):
            return True
        i = first - 1
        if i >= 0 and self.units[i].key in _ARTICLES and not self.units[i + 1].sent_start:
            i -= 1
        if i < 0 or self.units[i + 1].sent_start:
            return False
        key = self.units[i].key
        if key in lexicon.departure_verbs and not german:
            return True
        before = self._unit(i - 1)
        if before is None or self.units[i].sent_start:
            return False
        if (key in lexicon.claim_prepositions and lexicon.is_claim_head(before.text)
                and not self.text.startswith(_POSSESSIVES, end)
                and not self._trade_restriction(i - 1)):
            return True  # not "control of Israel's budget"
        if key not in lexicon.goods_prepositions or not lexicon.is_goods_head(before.text):
            return False
        # "export controls on chips to China": the state a restriction aims at acts.
        return not any(
            lexicon.is_restriction(unit.text)
            for unit in self.units[max(i - 1 - _MAX_RESTRICTION_GAP, 0) : i - 1]
        )

    def _trade_restriction(self, head: int) -> bool:
        """Whether the claim head at unit ``head`` restricts trade ("export controls on Vietnam").

        Goods before a restriction make it a measure aimed at the state after it,
        not control held over a territory ("control of Crimea").
        """
        goods = self._unit(head - 1)
        return (
            goods is not None
            and not self.units[head].sent_start
            and self.lexicon.is_restriction(self.units[head].text)
            and self.lexicon.is_goods_head(goods.text)
        )

    def _left_before(self, end: int) -> bool:
        """German: a country right before a clause-final verb of leaving ("hat Niger verlassen")."""
        at = bisect_right(self._unit_starts, end)
        verb, after = self._unit(at), self._unit(at + 1)
        return (
            verb is not None
            and not verb.sent_start
            and verb.key in self.lexicon.departure_verbs
            and (after is None or after.sent_start or not after.text[:1].isalnum())
        )

    def _capital_adjectives(self) -> list[Found]:
        """A capital's German adjective before a leadership noun is its state.

        "die Moskauer Führung", "das Teheraner Regime" stand for Russia and
        Iran as "Moskau" does where it acts; the adjective is the mention. So
        does one before a body the state has under that name ("das Moskauer
        Verteidigungsministerium", which the adjective then settles).
        """
        found: list[Found] = []
        adjectives = self.gazetteer.capital_adjectives
        if not adjectives:
            return found
        heads = self.lexicon.capital_heads
        for i, unit in enumerate(self.units[:-1]):
            pattern = adjectives.get(unit.key)
            if pattern is None or self.matched[i]:
                continue
            head = self.units[i + 1]
            if head.sent_start or head.glued:
                continue
            state = self.kb.entries[pattern.entry]
            if head.key not in heads and (
                not state.country or self.gazetteer.body_named((head.key,), state.country) is None
            ):
                continue
            found.append(_linked(state, unit.start, unit.end, CAPITAL))
            self.matched[i] = True
        return found

    def _other_name_end(self, match: Match, entry: Entry) -> int | None:
        """End of a longer name a one-word party alias opens ("Democratic Progressive Party").

        The capitalised words after it run to an organisation head ("Party",
        "Guard", "Front"), so the name is another organisation's, unknown to
        the knowledge base; "Democratic New York Governor Kathy Hochul" keeps
        the party.
        """
        if entry.type != "party" or match.first != match.last:
            return None
        for unit in self.units[match.last + 1 : match.last + 1 + _MAX_NAME_UNITS]:
            if unit.sent_start or not unit.text[:1].isupper():
                return None
            if unit.key in self.lexicon.name_heads:
                return unit.end
        return None

    def _other_name_start(self, match: Match, entry: Entry) -> int | None:
        """Start of a longer name a one-word alias ends ("Social Democrats").

        English: a capitalised word before a party alias that no other match
        took opens another party's name; "Senate Democrats" and "House
        Republicans" keep the party, as the body before it is a match of its
        own, and so does a state or province ("the Ohio Republican", "Texas
        Democrats"). German: a capitalised adjective inside a sentence is part
        of a proper name, so before an organisation's one-word alias it opens
        a name the knowledge base lacks ("der Nationale Sicherheitsrat der
        Türkei" is not the UN Security Council).
        """
        if match.first != match.last:
            return None
        if self.lexicon.language == "de":
            return self._german_name_start(match, entry)
        if entry.type != "party" or self.lexicon.language != "en":
            return None
        unit = self.units[match.first]
        before = self._unit(match.first - 1)
        if (
            unit.sent_start
            or before is None
            or unit.glued
            or self.matched[match.first - 1]
            or not before.text[:1].isupper()
            or not before.text.isalpha()
            or before.text.isupper()
            or before.key in _ARTICLES
            or self.lexicon.is_role_word(before.text)
            or (before.sent_start and self.lexicon.is_known_word(before.text))
            or self._is_admin1(before.start, before.end)
        ):
            return None
        return before.start

    def _german_name_start(self, match: Match, entry: Entry) -> int | None:
        """Start of a capitalised adjective that opens a longer German name (see above)."""
        if entry.type in _PLACE_LIKE or entry.type == "person" or match.first == 0:
            return None
        unit, before = self.units[match.first], self.units[match.first - 1]
        if (
            unit.sent_start
            or before.sent_start
            or unit.glued
            or self.matched[match.first - 1]
            or not before.text[:1].isupper()
            or not before.text.isalpha()
            or not _NAME_ADJECTIVE.search(before.key)
            or _AGENT_NOUN.search(before.key)
            or self.lexicon.is_role_word(before.text)
        ):
            return None
        return before.start

    def _place_candidates(self, words: list[Word]) -> tuple[Candidate, ...]:
        """The place gazetteer's entries for the name ``words`` spell (none without it)."""
        if self.places is None:
            return ()
        return self.places.candidates_in(join_key(words, self.text),
                                         self.analysis.language or "")

    def _is_admin1(self, start: int, end: int) -> bool:
        """Whether the text at start..end names a state or province ("Ohio")."""
        places = self.places
        return places is not None and any(
            places.kind(c.idx) == "admin1"
            for c in self._place_candidates(split_words(self.text, start, end))
        )

    def _possessive_owner(self, match: Match) -> Found | None:
        """The country opening an alias in the possessive ("South Korea's Democratic Party").

        The country is a mention of its own, as where the alias lacks it
        ("Austria's Freedom Party"); the rest of the alias stays the match.
        """
        for j in range(match.first + 1, match.last):
            if self.units[j].key not in ("'s", "’s"):
                continue
            start, end = self.units[match.first].start, self.units[j - 1].end
            pattern = self.gazetteer.lookup(self.text[start:end])
            if pattern is None or self.kb.entries[pattern.entry].type != "country":
                return None
            owner = _linked(self.kb.entries[pattern.entry], start, end, pattern.kind)
            owner.possessive, owner.unit_after = True, j + 1
            return owner
        return None

    def _nationality_split(self, match: Match, entry: Entry, first: int) -> list[Found] | None:
        """A lower-case country adjective opening a group's alias is the country.

        German writes the adjective of a proper name with a capital
        ("Syrische Demokratische Kräfte"), a descriptive one in lower case:
        in "die pakistanischen Taliban" the adjective names Pakistan and the
        rest the group the alias links to.
        """
        unit = self.units[first]
        if (
            match.last <= first
            or not unit.text[:1].islower()
            or entry.type not in _NON_STATE_TYPES
            or entry.code[3:6] in _STATE_SECTORS
        ):
            return None
        adjective = next(
            (p for p in self.gazetteer.single(unit.key)
             if p.kind == ADJECTIVE and self.kb.entries[p.entry].type == "country"),
            None,
        )
        if adjective is None:
            return None
        rest = self.units[first + 1].start, self.units[match.last].end
        return [
            _linked(self.kb.entries[adjective.entry], unit.start, unit.end, ADJECTIVE),
            _linked(entry, *rest, match.pattern.kind),
        ]

    def _place(self, start: int, end: int, type_: str) -> Found:
        place = _unlinked(self.text[start:end], start, end, "LOC", "kb", type_, False)
        place.location = True
        return place

    def _area_end(self, start: int) -> int | None:
        """End of a sea, gulf or region whose name opens at ``start`` ("Japanisches Meer")."""
        if self.places is None:
            return None
        index = max(bisect_right(self._sentence_starts, start) - 1, 0)
        sentences = self.analysis.sentences
        stop = min(sentences[index].end if sentences else len(self.text), start + _AREA_CHARS)
        words = split_words(self.text, start, stop)[:_MAX_AREA_WORDS]
        for size in range(len(words), 1, -1):
            candidates = self._place_candidates(words[:size])
            if any(self.places.kind(c.idx) == "area" for c in candidates):
                return words[size - 1].end
        return None

    def _attributive_demonym(self, match: Match, entry: Entry) -> bool:
        """An English demonym that doubles as the adjective before a lower-case noun.

        "Lebanese", "Chinese", "Swiss" are both; before a noun ("the Lebanese
        capital") they are the adjective and read as one; alone ("two
        Lebanese were killed") they stay the people.
        """
        if match.pattern.kind != DEMONYM or entry.type != "country":
            return False
        if self.lexicon.language != "en":
            return False
        after = self._unit(match.last + 1)
        return (
            after is not None
            and not after.sent_start
            and not after.glued
            and after.text.isalpha()
            and after.text.islower()
            and after.text not in self.cues.function_words
        )

    def _area_start(self, start: int, end: int) -> int | None:
        """Start of a sea, gulf or bay whose name a country closes ("Sea of Japan").

        Only names of two or more words the place gazetteer lists as areas,
        so "Japan" alone, or "Tokyo, Japan", stays the country.
        """
        if self.places is None:
            return None
        before = self.text[max(start - 5, 0) : start].split()
        if not before or before[-1] not in self.cues.region_connectors:
            return None  # only "Sea of Japan", "Golf von Mexiko": a connector before it
        index = max(bisect_right(self._sentence_starts, start) - 1, 0)
        sentences = self.analysis.sentences
        opening = max(sentences[index].start if sentences else 0, start - _AREA_CHARS)
        words = split_words(self.text, opening, end)[-_MAX_AREA_WORDS:]
        for size in range(len(words), 1, -1):
            candidates = self._place_candidates(words[-size:])
            if any(self.places.kind(c.idx) == "area" for c in candidates):
                return words[-size].start
        return None

    def _seat_is_place(self, first: int, start: int, end: int, genitive: bool) -> bool:
        """Whether a seat of power names the building (see module docstring).

        Only a preposition of place makes it one ("im Weißen Haus", "at the
        White House"), or one of direction where the shared reader finds a
        location ("a visit to the White House", not "a letter to the White
        House"); "contracts from the Pentagon" come from the department.
        """
        i = first - 1
        while i >= 0 and not self.units[i + 1].sent_start and self.units[i].key in _ARTICLES:
            i -= 1
        if i < 0 or self.units[i + 1].sent_start:
            return False
        preposition = self.units[i].key
        if preposition in self.lexicon.seat_prepositions:
            return True
        # A seat names its building as a capital names its city.
        return preposition in self.lexicon.seat_destinations and self._located(
            start, end, "capital", genitive
        )

    def _located(self, start: int, end: int, kind: NameKind, genitive: bool = False) -> bool:
        """Whether a cue makes the name at start..end a location and the shared decision agrees.

        A locative cue alone is not enough: a country name may qualify the
        noun the preposition governs ("to the new US levies").
        """
        evidence = self._use_reader(start).evidence(start, end, genitive=genitive)
        return evidence.location and evidence.decide(kind) == "location"

    def _prefixed_adjectives(self) -> list[Found]:
        """Country adjectives behind "pro"/"anti" in one word ("prorussische Separatisten")."""
        found: list[Found] = []
        words = self.lexicon.prefixed_words
        if words is None:
            return found
        for hit in words.finditer(self.text):
            i = bisect_right(self._unit_starts, hit.start()) - 1
            if i < 0 or self.units[i].start != hit.start() or self.matched[i]:
                continue
            unit = self.units[i]
            pattern = next(
                (p for p in self.gazetteer.single(fold(hit.group(2))) if p.kind == ADJECTIVE),
                None,
            )
            entry = self.kb.entries[pattern.entry] if pattern is not None else None
            if entry is not None and entry.type == "country" and hit.end() == unit.end:
                found.append(_linked(entry, hit.start(2), unit.end, ADJECTIVE))
                self.matched[i] = True
        return found

    def _compound_prefixes(self) -> list[Found]:
        """Actor names opening a German closed compound ("Bundeswehrsoldaten", "Kremlsprecher").

        The name is a mention of its own, with the offsets of that part of the
        word (as "Hamas" in "Hamas-Kämpfer"); see
        :meth:`lagebild.actors.gazetteer.Gazetteer.compound_prefix`.
        """
        found: list[Found] = []
        heads = self.lexicon.compound_heads
        if not heads or self.lexicon.language != "de":
            return found  # English writes its member nouns apart ("Wagner mercenaries")
        for i, unit in enumerate(self.units):
            if self.matched[i] or not unit.text[:1].isupper() or not unit.key.endswith(heads):
                continue
            split = self.gazetteer.compound_prefix(unit, heads)
            if split is not None:
                pattern, size = split
                entry = self.kb.entries[pattern.entry]
                mention = _linked(entry, unit.start, unit.start + size, pattern.kind)
                # Settled like the name alone ("Außenamtssprecher in Peking").
                self._mark_shared(mention, pattern)
                found.append(mention)
                self.matched[i] = True
        return found

    def _hyphenated_short_names(self) -> list[Found]:
        """An organisation's short name before a member or leader noun ("Wagner-Chef").

        A short form (alias kind ``s``) otherwise links only after a fuller
        name in the same document; before a hyphen and a member or leader noun
        (``compound_heads``) it names the organisation on its own, and so it
        does in English before the noun written apart ("Wagner mercenaries").
        Persons' surnames are left to the document ("Merz-Vertraute").
        """
        found: list[Found] = []
        units, heads = self.units, self.lexicon.compound_heads
        for i in self._before_member_nouns():
            unit, head = units[i], units[i + 1]
            if head.key not in heads or self.matched[i] or not unit.text[:1].isupper():
                continue
            pattern = next((p for p in self.gazetteer.single(unit.key)
                            if p.kind == SHORT and self.kb.entries[p.entry].type != "person"),
                           None)
            if pattern is not None:
                found.append(_linked(self.kb.entries[pattern.entry], unit.start, unit.end,
                                     SHORT))
                self.matched[i] = True
        return found

    def _before_member_nouns(self) -> Iterator[int]:
        """Indices of units a hyphen (or, in English, a space) joins to the next unit."""
        units = self.units
        # Hyphens are rare: find them in the text rather than testing every unit.
        for hyphen in _HYPHEN.finditer(self.text):
            i = bisect_right(self._unit_starts, hyphen.start()) - 1
            if i >= 0 and i + 1 < len(units) and units[i + 1].glued:
                yield i
        if self.lexicon.language == "en" and self.lexicon.compound_heads:
            heads = self.lexicon.compound_heads
            for i in range(len(units) - 1):
                following = units[i + 1]
                if not following.glued and not following.sent_start and following.key in heads:
                    yield i

    def _unit(self, i: int) -> Unit | None:
        return self.units[i] if 0 <= i < len(self.units) else None

    def _capitalised_free(self, i: int) -> bool:
        unit = self._unit(i)
        return (
            unit is not None
            and not self.matched[i]
            and unit.text[:1].isupper()
            and unit.text.isalpha()
            and not unit.glued
        )

    def _person_around(self, match: Match, entry: Entry) -> Found | None:
        """A place name inside a personal name ("Michael Jordan", "Jordan Bardella")."""
        if match.first != match.last or entry.type not in _PLACE_LIKE:
            return None
        if match.pattern.kind not in (CAPITAL, NAME):
            return None
        i = match.first
        unit = self.units[i]
        first_names = self.first_names
        start = end = None
        if (
            not unit.sent_start
            and self._capitalised_free(i - 1)
            and self.units[i - 1].key in first_names
        ):
            start, end = self.units[i - 1].start, unit.end
        elif (
            unit.key in first_names
            and self._capitalised_free(i + 1)
            and not self.units[i + 1].sent_start
            and not self.lexicon.is_known_word(self.units[i + 1].text)
        ):
            start, end = unit.start, self.units[i + 1].end
        if start is None or end is None:
            return None
        return _unlinked(self.text[start:end], start, end, "PER", "rule")

    # -- rules --------------------------------------------------------------
    def name_run(self, i: int, limit: int = _MAX_NAME_UNITS) -> tuple[int, int] | None:
        """Unit range of a personal name starting at unit ``i`` (None if none starts there)."""
        units = self.units
        particles = self.lexicon.name_particles
        while i < len(units) and units[i].key in _TITLES:
            i += 1 + (i + 1 < len(units) and units[i + 1].key == ".")
        j = i
        last = None
        while j < len(units) and j - i < limit:
            unit = units[j]
            if j > i and unit.sent_start:
                break
            if (
                unit.key in particles
                and (last is not None or unit.key in _LEADING_PARTICLES)
                and j + 1 < len(units)
                and units[j + 1].text[:1].isupper()
            ):
                j += 1
                continue
            if (
                last is not None
                and len(unit.text) == 1
                and unit.text.isupper()
                and j + 2 < len(units)
                and units[j + 1].key == "."
                and units[j + 2].text[:1].isupper()
            ):
                j += 2  # a middle initial: "Clarence E. Smith"
                continue
            if not unit.text[:1].isupper() or not unit.text.replace(".", "").isalpha():
                break
            after_first_name = last is not None and units[last].key in self.first_names
            # English capitalises names only; German every noun, so there a
            # known common word ends the name.
            if (
                self.lexicon.language == "de"
                and unit.key not in self.first_names
                and self.lexicon.is_known_word(unit.text)
                and not after_first_name
                and not self.matched[j]
            ):
                break
            last = j
            j += 1
        return (i, last) if last is not None else None

    def role_names(self, taken: list[Found]) -> list[Found]:
        """Names right after a role noun that no other source found."""
        found: list[Found] = []
        i = 0
        while i < len(self.units):
            role = self.lexicon.role_at(self.units, i)
            if role is None:
                i += 1
                continue
            start_unit = i + role[1]
            run = self.name_run(start_unit) if start_unit < len(self.units) else None
            i = start_unit
            if run is None and self._capitalised_free(start_unit):
                # A surname that is also a German word ("Kassem") ends no name run, but
                # after a title it is the office holder's if the knowledge base says so.
                titled = self._titled_holder(self.units[start_unit].key, role[0])
                if titled is not None:
                    unit = self.units[start_unit]
                    found.append(_linked(titled, unit.start, unit.end, SHORT, "rule"))
                continue
            if run is None:
                continue
            start, end = self.units[run[0]].start, self.units[run[1]].end
            if any(m.overlaps(start, end) for m in taken):
                continue
            holder = (
                self._titled_holder(self.units[run[0]].key, role[0])
                if run[0] == run[1] else None
            )
            if holder is not None:
                found.append(_linked(holder, start, end, SHORT, "rule"))
            else:
                found.append(_unlinked(self.text[start:end], start, end, "PER", "rule"))
            i = run[1] + 1
        return found

    def _titled_holder(self, surname: str, role: str) -> Entry | None:
        """The person a title and a surname name ("Speaker Johnson", "Juntachef Traoré").

        The surname may be a short form of the holder's name ("Präsident Lai" of Lai
        Ching-te, whose family name comes first). A generic title ("Chef", "chief")
        names an office holder, not an office, so any office of ``office_roles`` the
        surname's one bearer holds will do.
        """
        holder = self.kb.titled_surname(surname, role) or self.kb.office_holder(
            surname, frozenset({role})
        )  # the office holder's short form ("Präsident Lai" of Lai Ching-te)
        if holder is None and role == self.lexicon.generic_title_role:
            holder = self.kb.office_holder(surname, self.lexicon.office_roles)
        return holder

    def government_heads(self, taken: list[Found]) -> list[Found]:
        """A surname naming the government its bearer heads ("Regierung Ortega").

        German puts the surname after the noun ("die Regierung Sánchez"), English
        before it ("the Sánchez government"). The surname links when exactly one
        person has it and holds an office of ``office_roles`` with no end date
        (:meth:`KnowledgeBase.office_holder`); otherwise nothing is added.
        """
        found: list[Found] = []
        nouns = self.lexicon.government_nouns
        after = self.lexicon.language == "de"
        for i, unit in enumerate(self.units):
            if unit.key not in nouns:
                continue
            at = i + 1 if after else i - 1
            name = self._unit(at)
            if name is None or not self._capitalised_free(at) or name.sent_start:
                continue
            if after and (following := self._unit(at + 1)) is not None and (
                following.text[:1].isupper() and not following.sent_start
            ):
                continue  # "Regierung Pedro Sánchez" is a full name the gazetteer reads
            if any(m.overlaps(name.start, name.end) for m in taken):
                continue
            holder = self.kb.office_holder(name.key, self.lexicon.office_roles)
            if holder is not None:
                found.append(_linked(holder, name.start, name.end, SHORT, "rule"))
        return found

    def bylines(self, mentions: list[Found]) -> list[Found]:
        """Marks the names in byline sentences (and adds the ones not yet found)."""
        added: list[Found] = []
        for sentence in self.analysis.sentences:
            if not self.lexicon.is_byline(self.text[sentence.start : sentence.end]):
                continue
            for mention in mentions:
                if sentence.start <= mention.start < sentence.end and mention.label == "PER":
                    mention.byline = True
                    mention.actor = False
            units = [i for i, u in enumerate(self.units)
                     if sentence.start <= u.start < sentence.end]
            for i in units:
                unit = self.units[i]
                previous = self._unit(i - 1)
                starts_chunk = (
                    i == units[0]
                    or previous is None
                    or previous.key in self.lexicon.byline_separators
                    or not previous.text[:1].isalnum()
                )
                if not starts_chunk or unit.key in self.lexicon.byline_separators:
                    continue
                run = self._byline_name(i, units[-1])
                if run is None:
                    continue
                start, end = self.units[run[0]].start, self.units[run[1]].end
                if any(m.overlaps(start, end) for m in mentions + added):
                    continue
                name = _unlinked(self.text[start:end], start, end, "PER", "rule", None, False)
                name.byline = True
                added.append(name)
        return added

    def _byline_name(self, i: int, last_unit: int) -> tuple[int, int] | None:
        """Two to four capitalised words ending at a separator: one reporter's name."""
        j = i
        while j <= last_unit and j - i < 4:
            unit = self.units[j]
            if not (unit.text[:1].isupper() and unit.text.isalpha()) and unit.key not in (
                self.lexicon.name_particles
            ):
                break
            j += 1
        if j - i < 2:
            return None
        end = self._unit(j)
        if end is not None and j <= last_unit and end.text[:1].isupper():
            return None  # longer than a name: not a list of reporters
        return (i, j - 1)

    # -- model --------------------------------------------------------------
    def merge_model(self, mentions: list[Found]) -> list[Found]:
        """Adds the NER model's spans the knowledge base and rules did not cover."""
        result = list(mentions)
        for span in self.analysis.ner:
            if self.lexicon.is_role_word(self.text[span.start : span.end]):
                continue  # "der katarische Emir": a title, not a name
            span = self._as_place(span)
            overlapping = [m for m in result if m.overlaps(span.start, span.end)]
            if overlapping and not self._model_person_wins(span, overlapping):
                continue
            for mention in overlapping:
                result.remove(mention)
            text = self.text[span.start : span.end]
            pattern = self.gazetteer.lookup(text)
            if pattern is not None and label_for(self.kb.entries[pattern.entry].type) == span.label:
                entry = self.kb.entries[pattern.entry]
                result.append(_linked(entry, span.start, span.end, pattern.kind, "model"))
            else:
                result.append(_unlinked(text, span.start, span.end, span.label, "model"))
        return result

    def _as_place(self, span: EntityMention) -> EntityMention:
        """A model span that is, or starts with, a known place after a locative cue.

        The statistical model calls unfamiliar town names persons or
        organisations ("bei Nablus", "in Beit Lahia") or runs past them ("in
        Chan Junis 35 Leichen"); the gazetteer and the words before the name
        settle it. Returns the span unchanged when neither applies.
        """
        if span.label == "LOC" or self.places is None:
            return span
        words = split_words(self.text, span.start, span.end)
        for size in range(len(words), 0, -1):
            candidates = self._place_candidates(words[:size])
            if not candidates:
                continue
            end = words[size - 1].end
            kind = _PLACE_KINDS[self.places.kind(candidates[0].idx)]
            if not self._located(span.start, end, kind):
                return span
            return span.model_copy(
                update={"end": end, "text": self.text[span.start : end], "label": "LOC"}
            )
        return span

    def _model_person_wins(self, span: EntityMention, overlapping: Sequence[Found]) -> bool:
        """A model PER span around a lone place match is a personal name.

        Not where the span opens with a role noun: "Emir von Katar", "King
        of Jordan" name an office of the country, which stays its mention.
        """
        first = self.text[span.start : span.end].split(maxsplit=1)[0]
        return (
            span.label == "PER"
            and not self.lexicon.is_role_word(first)
            and all(m.type in _PLACE_LIKE and m.source == "kb" for m in overlapping)
            and all(span.start <= m.start and m.end <= span.end for m in overlapping)
            and any((m.start, m.end) != (span.start, span.end) for m in overlapping)
        )

    # -- document-level linking ----------------------------------------------
    def repeated_surnames(self, mentions: list[Found]) -> list[Found]:
        """Later bare mentions of the surname of a person named in full."""
        surnames: dict[str, Found] = {}
        added: list[Found] = []
        covered = sorted((m.start, m.end) for m in mentions)
        full_names = sorted((m for m in mentions if m.label == "PER"), key=lambda m: m.start)
        pending = iter(full_names)
        upcoming = next(pending, None)
        for i, unit in enumerate(self.units):
            while upcoming is not None and upcoming.end <= unit.start:
                words = self.text[upcoming.start : upcoming.end].split()
                if len(words) >= 2 and not upcoming.byline and words[-1][:1].isupper():
                    surnames.setdefault(fold(words[-1]), upcoming)
                upcoming = next(pending, None)
            full = surnames.get(unit.key)
            if (
                full is None
                or self.matched[i]
                or not unit.text[:1].isupper()
                or (self._unit(i + 1) is not None and self.units[i + 1].glued)
                or any(s < unit.end and unit.start < e for s, e in covered)
            ):
                continue
            short = Found(unit.start, unit.end, "PER", full.kb_id, full.name, full.type,
                          full.code, "rule", full.actor, "short")
            added.append(short)
        return added

    def surnames_over_places(self, mentions: list[Found]) -> None:
        """A place name repeating the surname of a person named before is that person.

        "Jim Jordan ... Jordan sagte": the second "Jordan" is the person, not
        the country. Mentions must be in text order.
        """
        surnames: dict[str, Found] = {}
        for mention in mentions:
            text = self.text[mention.start : mention.end]
            if mention.label == "PER" and not mention.byline:
                words = text.split()
                if len(words) >= 2 and words[-1][:1].isupper():
                    surnames.setdefault(fold(words[-1]), mention)
                continue
            full = surnames.get(fold(text)) if " " not in text else None
            if full is None or (mention.type not in _PLACE_LIKE and mention.type != "city"):
                continue
            mention.label, mention.kb_id, mention.name = "PER", full.kb_id, full.name
            mention.type, mention.code, mention.country = full.type, full.code, full.country
            mention.actor, mention.form, mention.location = full.actor, "short", False

    def owned_by_country(self, mentions: list[Found]) -> None:
        """A country possessive before a company, party or armed group only locates it.

        Mentions must be in text order (see module docstring).
        """
        for index, owner in enumerate(mentions):
            if (
                owner.possessive
                and owner.type == "country"
                and owner.form == "name"
                and not owner.location
                and self._owns_non_state(owner, mentions[index + 1 : index + 2 + _MAX_OWNER_GAP])
            ):
                owner.actor, owner.location = False, True

    def _owns_non_state(self, owner: Found, following: list[Found]) -> bool:
        """Whether the phrase a country possessive opens is a company, party or armed group.

        The phrase runs over modifiers ("largest arms") to its head noun; a
        state head ends it as the state's ("Afghanistan's Taliban government",
        "Sudan's army"), an owned head as a located one ("arms maker",
        "Houthi rebels") unless a role or state head follows it, which heads
        the phrase ("Vietnam's Communist Party chief To Lam"); a name without
        a head decides by its entry.
        """
        by_start = {m.start: m for m in following}
        lexicon = self.lexicon
        owned: Found | None = None
        i = bisect_right(self._unit_starts, owner.start)
        for n, unit in enumerate(self.units[i : i + 2 + _MAX_OWNER_GAP], start=i):
            if unit.sent_start:
                break
            if unit.start < owner.end or unit.key == "'s":
                continue
            if owned is not None and unit.start < owned.end:
                continue  # inside the name: "Forces" in "Rapid Support Forces" heads nothing
            if lexicon.is_state_head(unit.text):
                return False
            if lexicon.is_owned_head(unit.text):
                head = self._unit(n + 1)
                return head is None or head.sent_start or not (
                    lexicon.is_state_head(head.text) or lexicon.is_role_word(head.text))
            if owned is not None:
                break
            owned = by_start.get(unit.start)
            if owned is None and (
                not unit.text.isalpha()
                or unit.key in _ARTICLES
                or unit.key in self.cues.function_words
                or (lexicon.language == "de" and not unit.text[:1].islower())
            ):
                return False  # past the phrase: punctuation, a function word, another noun
        if owned is None:
            return False
        if owned.type is None:  # an organisation the knowledge base does not know
            return owned.label == "ORG"
        return owned.type in _NON_STATE_TYPES and (owned.code or "")[3:6] not in _STATE_SECTORS

    def foreign_bodies(self, mentions: list[Found]) -> None:
        """Unlinks a state body named right after another country's adjective or possessive.

        "the Polish Senate", "Pakistan's Supreme Court" where the knowledge
        base knows only another country's body of that name. Mentions must be
        in text order.
        """
        for previous, mention in pairwise(mentions):
            if (
                mention.source == "kb"
                and mention.form == "name"
                and mention.type in STATE_BODY_TYPES
                and mention.country
                and previous.type == "country"
                and previous.country
                and previous.country != mention.country
                and self.text[previous.end : mention.start].strip() in ("", *_POSSESSIVES)
            ):
                self._unlink(mention)

    def _unlink(self, mention: Found) -> None:
        text = self.text[mention.start : mention.end]
        mention.kb_id, mention.name = unlinked_id(text, mention.label), None
        mention.type = mention.code = mention.country = None
        mention.actor, mention.shared, mention.generic = None, (), False

    def bodies_in_places(self, mentions: list[Found]) -> list[Found]:
        """A state body placed by "in <country or capital>" is a mention of that state's body.

        "die Regierung in Warschau", "the government in Tehran", "das
        Verteidigungsministerium in Tokio": a body head (``placed_heads``)
        before "in" and a country or capital links to the body of that country
        the knowledge base knows under the head's words, else to the country
        itself as its government. The place stays a place; a head a name
        already opens ("die somalische Regierung", "the Taliban government")
        is left to that name. Mentions must be in text order; returns the new
        list.
        """
        added: list[Found] = []
        for place in mentions:
            country = place.country if place.type == "country" else place.place_of
            if not country or place.form not in ("name", "metonym"):
                continue
            head = self._placed_head(place)
            if head is None:
                continue
            start, end = self.units[head[0]].start, self.units[head[1]].end
            keys = tuple(u.key for u in self.units[head[0] : head[1] + 1])
            body = self.gazetteer.body_named(keys, country)
            overlapping = [m for m in mentions if m.overlaps(start, end)]
            if overlapping:
                self._reseat_body(overlapping, start, end, country, body)
                continue
            if body is not None:
                added.append(_linked(self.kb.entries[body.entry], start, end, NAME))
            elif country in self.kb.countries:
                added.append(_linked(self.kb.countries[country], start, end, CAPITAL))
        if not added:
            return mentions
        return sorted(mentions + added, key=lambda m: (m.start, -m.end))

    def _reseat_body(self, overlapping: list[Found], start: int, end: int, country: str,
                     body: Pattern | None) -> None:
        """A body named as another state's but placed in this one's capital is this one's.

        "Die Bundesregierung in Wien" is Austria's federal government, though the
        bare word names Germany's: the place says whose body it is. Only a single
        match of exactly the head that links to a state body of another country is
        moved, to the placed state's body of that name, else to the state itself.
        """
        if len(overlapping) != 1:
            return
        mention = overlapping[0]
        entry = self.kb.get(mention.kb_id) if mention.kb_id else None
        if (
            (mention.start, mention.end) != (start, end)
            or entry is None
            or entry.type not in STATE_BODY_TYPES
            or not entry.country
            or entry.country == country
        ):
            return
        if body is not None:
            mention.link(self.kb.entries[body.entry])
        elif country in self.kb.countries:
            mention.link(self.kb.countries[country], CAPITAL)

    def partners_of_placed_bodies(self, mentions: list[Found]) -> None:
        """A state coordinated after a body placed in a capital is that body's partner.

        In "die Regierung in Kiew und die USA" and "the government in Kyiv
        and the United States" the second conjunct is coordinated with the
        body, not with the place, so it is no location: the country (or a
        capital, as its state) acts. A coordinated body head in the plural
        ("the governments in Kyiv and Moscow") places both. Mentions must be
        in text order.
        """
        for previous, mention in pairwise(mentions):
            if not mention.location or mention.form not in ("name", "metonym"):
                continue
            country = mention.country if mention.type == "country" else mention.place_of
            if not country or country not in self.kb.countries:
                continue
            between = self.text[previous.end : mention.start].split()
            if not between or fold(between[0]) not in self.lexicon.partner_conjunctions or any(
                fold(word) not in _ARTICLES for word in between[1:]
            ):
                continue
            if not self._placed_body(previous):
                continue
            if mention.place_of is not None:
                mention.link(self.kb.countries[country], CAPITAL)
                mention.form, mention.place_of = "metonym", None
            mention.actor, mention.location = True, False

    def _placed_body(self, place: Found) -> bool:
        """Whether a place is the seat of a body named right before it ("Regierung in Kiew")."""
        if not place.location:
            return False
        head = self._placed_head(place)
        return head is not None and head[0] == head[1] and (
            self.lexicon.language == "de" or self.units[head[1]].key in self.lexicon.placed_heads
        )

    def _placed_head(self, place: Found) -> tuple[int, int] | None:
        """Units of the body head before "in (der|the)" and a place, if there is one."""
        i = bisect_right(self._unit_starts, place.start) - 1
        if i < 2 or self.units[i].sent_start:
            return None
        j = i - 1
        if self.units[j].key in _ARTICLES and not self.units[j].sent_start:
            j -= 1
        if j < 1 or self.units[j].key != "in" or self.units[j].sent_start:
            return None
        last = j - 1
        if not self.lexicon.is_placed_head(self.units[last].text):
            return None
        first = last
        # English names a ministry in words before the head ("Defence Ministry").
        while (
            self.lexicon.language == "en"
            and first > 0
            and not self.units[first].sent_start
            and self.units[first - 1].text[:1].isupper()
            and self.units[first - 1].text.isalpha()
            and self.units[first - 1].key not in _ARTICLES
        ):
            first -= 1
        if first > 0 and not self.units[first].sent_start and self.matched[first - 1]:
            return None  # a name opens the body ("the Taliban government")
        return first, last

    def settle_shared_names(self, mentions: list[Found]) -> list[Found]:
        """Links a name several states' bodies share to the body of the country meant.

        The country is the one named right before ("Canada's Conservatives",
        "die kanadische Liberale Partei") or right after ("Nationalversammlung
        in Caracas", "Nationalversammlung Venezuelas"); failing that, the one
        of the sharing entries whose country the sentence, then the document,
        names ("Mexico's ruling party won a majority in Congress"). A generic
        alias the context does not settle is left unlinked; a full name keeps
        its own entry. A generic name in lower case ("the foreign ministry")
        is a mention only where a country right next to it settles it: the
        sentence's other countries are as often the ones it deals with ("the
        foreign ministry summoned the Turkish ambassador"). Mentions must be in
        text order; returns the list without the unsettled lower-case ones.
        """
        dropped: list[Found] = []
        for index, mention in enumerate(mentions):
            if not mention.shared:
                continue
            anchor = self._anchor_country(mentions, index)
            if anchor is None and mention.generic and self.text[mention.start].islower():
                dropped.append(mention)
                continue
            if anchor is not None:
                chosen = next(
                    (e for e in mention.shared if self.kb.entries[e].country == anchor), None
                )
            else:
                chosen = self._context_choice(mentions, mention)
            if chosen is not None:
                mention.link(self.kb.entries[chosen])
                mention.generic = False
            elif mention.generic:
                self._unlink(mention)
        if not dropped:
            return mentions
        gone = {id(m) for m in dropped}
        return [m for m in mentions if id(m) not in gone]

    def _anchor_country(self, mentions: list[Found], index: int) -> str | None:
        """The country named right before or right after mention ``index``."""
        mention = mentions[index]
        if index > 0:
            previous = mentions[index - 1]
            if (
                previous.type == "country"
                and previous.country
                and self.text[previous.end : mention.start].strip() in ("", *_POSSESSIVES)
            ):
                return previous.country
        if index + 1 < len(mentions):
            following = mentions[index + 1]
            country = following.country if following.type == "country" else following.place_of
            between = self.text[mention.end : following.start].strip().lower()
            if country and (between in _PLACING or (not between and following.possessive)):
                return country
        return None

    def _context_choice(self, mentions: list[Found], mention: Found) -> str | None:
        """The sharing entry whose country the sentence, else the document, names."""
        index = max(bisect_right(self._sentence_starts, mention.start) - 1, 0)
        sentences = self.analysis.sentences
        scopes = [(0, len(self.text))]
        if sentences:
            scopes.insert(0, (sentences[index].start, sentences[index].end))
        default = None if mention.generic else mention.kb_id
        for start, end in scopes:
            countries = {
                m.country or m.place_of
                for m in mentions
                if m is not mention and not m.generic and start <= m.start < end
            }
            fitting = [e for e in mention.shared if self.kb.entries[e].country in countries]
            if default in fitting:
                return default
            if len(fitting) == 1:
                return fitting[0]
            if fitting:
                return None
        return None

    def papers_by_context(self, mentions: list[Found]) -> list[Found]:
        """Papers named by a common word are linked only where the text reports.

        "laut Bild", "Bild berichtete", "Die Zeit meldete" name the paper; "Die Zeit
        drängt" and "Die Welt schaut auf Gaza" do not, so a knowledge-base match of
        the bare title ("Die Zeit") without such a cue is dropped. Longer titles
        ("Welt am Sonntag", "Bild-Zeitung") stay as matched.
        """
        lexicon = self.lexicon
        if lexicon.paper_words is None:
            return mentions
        added: list[Found] = []
        dropped: set[int] = set()
        for found in lexicon.paper_words.finditer(self.text):
            start = found.start(1) if found.group(1) else found.start(2)
            end = found.end(2)
            entry_id = lexicon.context_papers[found.group(2)]
            reported = self._paper_reports(start, end, bool(found.group(1)))
            same = [m for m in mentions if m.overlaps(start, end)]
            for mention in same:
                if mention.kb_id == entry_id and (mention.start, mention.end) == (start, end) \
                        and not reported:
                    dropped.add(id(mention))
                elif reported and self._stands_for_paper(mention, found.start(2), end,
                                                         entry_id):
                    # "Dawn reported": not the network DAWN, nor the unnamed "Zeitung Dawn"
                    dropped.add(id(mention))
            if reported and all(id(m) in dropped for m in same):
                added.append(_linked(self.kb.entries[entry_id], found.start(2), end, NAME))
        if not added and not dropped:
            return mentions
        kept = [m for m in mentions if id(m) not in dropped] + added
        kept.sort(key=lambda m: (m.start, -m.end))
        return kept

    @staticmethod
    def _stands_for_paper(mention: Found, start: int, end: int, entry_id: str) -> bool:
        """Whether a mention over a reporting paper's title gives way to the paper.

        Another entry matched on the title alone (an acronym that spells the word)
        or an unlinked name ending with it ("Zeitung Dawn") does; a longer linked
        name ("Welt am Sonntag") or one going on past the title ("according to Dawn
        Butler") keeps its own.
        """
        if mention.kb_id == entry_id:
            return False
        unlinked = mention.kb_id is None or mention.kb_id.startswith("unlinked:")
        return (unlinked and mention.end <= end) or (mention.start, mention.end) == (start, end)

    def _paper_reports(self, start: int, end: int, article: bool) -> bool:
        """Whether the title at start..end is a source ("laut Bild") or reports ("Bild schrieb").

        A reporting verb right after it counts where the title opens its clause
        (after its article, "wie" or a comma): "In der Zeit berichtete er" has none.
        A title in quotation marks is the paper's („Die Zeit“), and so is one after a
        word for a paper ("die Zeitung Dawn") or a source phrase ("according to Dawn");
        a capitalised word right after the title makes it part of a longer name.
        """
        lexicon = self.lexicon
        if self.text[start - 1 : start] in _OPENING_QUOTES and self.text[end : end + 1] in (
            _CLOSING_QUOTES
        ):
            return True  # a title in quotation marks: „Die Zeit“ berichtet
        after = self.text[end : end + 24].split()
        if after and after[0][:1].isupper() and after[0].strip(",.;:").isalpha():
            return False  # a longer name: "according to Dawn Butler"
        before = self.text[max(0, start - 24) : start].split()
        previous = before[-1] if before else ""
        if previous.lower() in self.cues.source_prepositions:
            return True
        if fold(previous) in lexicon.paper_nouns or (
            fold(" ".join(before[-2:])) in lexicon.paper_sources
            or fold(previous) in lexicon.paper_sources
        ):
            return True  # "die Zeitung Dawn", "according to Dawn"
        following = fold(after[0].strip(",.;:")) if after else ""
        opens = article or not previous or previous.endswith(",") or previous.lower() == "wie"
        return opens and following in lexicon.paper_verbs

    def acronyms_of_long_forms(self, mentions: list[Found]) -> None:
        """An acronym introduced in brackets after a linked name takes that name's entry.

        "Alliance Fleuve Congo (AFC)": every "AFC" of the document is the alliance,
        whatever else the knowledge base knows by those letters (the Asian Football
        Confederation). The acronym must open with the long form's first letter.
        """
        defined: dict[str, Found] = {}
        for mention in mentions:
            if not mention.kb_id or mention.kb_id.startswith("unlinked:"):
                continue
            found = _BRACKETED_ACRONYM.match(self.text, mention.end)
            if found is not None and found.group(1)[0] == self.text[mention.start].upper():
                defined.setdefault(found.group(1), mention)
        if not defined:
            return
        for mention in mentions:
            long_form = defined.get(self.text[mention.start : mention.end])
            if long_form is not None and mention.kb_id != long_form.kb_id:
                assert long_form.kb_id is not None
                mention.link(self.kb.entries[long_form.kb_id])
                mention.form = "short"

    def join_short_names(self, mentions: list[Found]) -> None:
        """Links an unlinked surname to the person named in full earlier."""
        earlier: list[Found] = []
        for mention in mentions:
            if mention.label == "PER" and mention.kb_id and mention.kb_id.startswith("unlinked:"):
                key = fold(self.text[mention.start : mention.end])
                for previous in reversed(earlier):
                    full = fold(self.text[previous.start : previous.end])
                    if len(full) > len(key) and full.endswith(" " + key):
                        mention.kb_id, mention.name = previous.kb_id, previous.name
                        mention.type, mention.code = previous.type, previous.code
                        mention.actor = previous.actor if not mention.byline else False
                        mention.form = "short"
                        break
            if mention.label == "PER":
                earlier.append(mention)


def _to_record(found: Found, doc_id: str, text: str) -> EntityMention:
    return EntityMention(
        doc_id=doc_id,
        text=text[found.start : found.end],
        start=found.start,
        end=found.end,
        label=found.label,
        kb_id=found.kb_id,
        name=found.name,
        type=found.type,
        code=found.code,
        source=found.source,
        actor=False if found.byline else found.actor,
        form=found.form,
        role_in_text="byline" if found.byline else ("location" if found.location else None),
        country=found.country,
    )


# The stages whose output the entity and role stages read.
TEXT_STAGES = frozenset({"language", "tokens", "sentences", "lemmas"})


def text_stages(settings: Settings) -> list[str]:
    """The configured text stages, in their configured order (for partial pipelines)."""
    return [name for name in settings.get("pipeline", "stages") if name in TEXT_STAGES]


def read_entities(analysis: Analysis, resources: Resources) -> list[Found]:
    """Finds, links and marks the mentions of one document (see module docstring)."""
    assert analysis.language is not None
    reader = DocumentReader(
        analysis,
        resources.load(load_gazetteer, analysis.language),
        resources.load(load_lexicon, analysis.language),
        resources.load(load_cues, analysis.language),
        resources.load(load_place_gazetteer),
    )
    mentions = reader.kb_mentions()
    mentions += reader.role_names(mentions)
    mentions += reader.government_heads(mentions)
    mentions = reader.merge_model(mentions)
    mentions += reader.bylines(mentions)
    mentions += reader.repeated_surnames(mentions)
    mentions.sort(key=lambda m: (m.start, -m.end))
    reader.surnames_over_places(mentions)
    reader.join_short_names(mentions)
    reader.acronyms_of_long_forms(mentions)
    mentions = reader.papers_by_context(mentions)
    reader.owned_by_country(mentions)
    mentions = reader.bodies_in_places(mentions)
    reader.partners_of_placed_bodies(mentions)
    mentions = reader.settle_shared_names(mentions)
    reader.foreign_bodies(mentions)
    return mentions


@stage("entities", requires=("tokens", "sentences", "lemmas", "language"), assigns=("entities",))
def find_entities(analysis: Analysis, resources: Resources) -> Analysis:
    """Finds entity mentions and links them to the actor knowledge base."""
    mentions = read_entities(analysis, resources)
    doc_id = analysis.document.id
    records = tuple(_to_record(m, doc_id, analysis.text) for m in mentions)
    return analysis.replace(entities=records)


__all__ = ["DocumentReader", "Found", "find_entities", "read_entities", "text_stages"]
