"""How a place name is used in its sentence: where something happens, or who acts.

``docs/place-or-actor.md`` tabulates the decision by syntactic position.

One decision shared by the ``entities`` stage (is a country, capital or
country adjective an actor?) and the ``places`` stage (is it a place, and is
the place acting?), so that the two never disagree. Both stages call
:class:`UseReader` on the same words (:func:`lagebild.geo.words.split_words`),
sentences and lemmas, with the cue words of ``resources/geo/cues.yaml``.

The reader collects evidence from the words around a name:

* location: a locative or directional preposition before it ("in der
  Ukraine", "nach Libanon", "aus dem Jemen", "in Lithuania", "into
  Bangladesh", "Raketen auf Israel", "strikes on Kyiv", "über Jordanien"),
  also across articles and adjectives and for the later
  conjuncts of such a phrase ("in Polen und Litauen"); a place noun it
  complements ("im Norden Syriens", "im Zentrum Moskaus", "the outskirts of
  Kyiv", "Kyiv's mayor"); a route or border ("Flüge zwischen Moskau und
  Istanbul", "von Berlin nach Tel Aviv", "the border with Syria"); "to" in
  English unless something is given ("flew to Qatar", not "aid to Ukraine");
  a direction compound ("Nordisrael"); a dateline ("Kiew – ..."); the topic of a
  plan ("ein Plan für die Westsahara", "a plan for Western Sahara"); German
  "von X aus" ("Von Polen aus werden Waffen geliefert"); a possessor of a named
  region ("Russia's Kursk region");
* actor: the subject of a speech or action verb ("Moskau reagierte", "Am
  Montag warnte Washington", "Paris und Berlin einigten sich", "Washington
  has warned", also past a conjunct opened by a determiner, "Kyiv and its
  allies discussed", or a relative clause, "Moscow, which denies it,
  summoned"), the agent of a German passive ("wurde von Teheran
  angeordnet"), the object of one ("warned Beijing"), a possessor
  ("Moskaus Entscheidung", "die Haltung Pekings", "Moscow's decision", also of a
  state body named by a place noun: "Japan's coast guard", "Germany's interior
  ministry"; a council is the state's for a country only), the
  source of a statement ("nach Angaben aus Kiew", "criticism from Beijing"), a
  partner, opponent or recipient ("Gespräche mit Teheran", "Sanktionen gegen
  Moskau", "Waffen an Kiew", "ties between Beijing and Washington", "aid to
  Ukraine", "supplying drones to Moscow", "pressure on Beijing"); in English, a
  country qualifying the noun after it ("to the new US tariffs") stands for its
  state whatever preposition governs the phrase;
* neither: the object of an attack or movement verb in German ("beschossen
  Kiew"), since the same order has the subject after the verb too ("Am
  Montag griff Israel an"); English "troops entered Jenin" is a location.

:meth:`UseEvidence.decide` turns the evidence into a use for a kind of name:
location evidence wins; otherwise actor evidence makes an actor; without
either, a country (or a country adjective) stands for its state and a
capital, town or area names the place. A country adjective is a place only
before a territory noun ("auf ägyptischem Gebiet", "Egyptian territory").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from lagebild.geo.lexicon import Cues
from lagebild.geo.words import Word, split_words

NameKind = Literal["country", "adjective", "capital", "city", "area"]
Use = Literal["location", "actor"]
# Kinds that stand for their state unless the text makes them a location.
_ACTOR_BY_DEFAULT = frozenset({"country", "adjective"})
_COORDINATORS = frozenset({",", "und", "oder", "sowie", "and", "or", "&"})
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "the"})
_INDEFINITE = frozenset({"ein", "eine", "einer", "einem", "einen", "eines", "a", "an"})
_POSSESSIVE = ("'s", "’s")
_PASSIVE = frozenset({"been", "being", "worden"})
# English forms of "be" that make a progressive with a verb in -ing ("are negotiating").
_PROGRESSIVE = frozenset({"is", "are", "was", "were"})
# Forms of "werden" that make a passive after a participle ("angegriffen wurde").
_WERDEN = frozenset({"wird", "wurde", "wurden", "werden"})
_DASHES = "–—-"
# An agency dateline after the opening name, with an optional date between:
# "BERLIN (dpa) - ...", "KYIV, Nov 12 (Reuters) - ...".
_AGENCY_DATELINE = re.compile(r"(?:,[^()\n]{1,25})? ?\([A-Za-z/ ]{2,20}\) ?[–—-] ")
# What an agency dateline's town takes into its span: its country or state and the
# agency ("KHARKIV, Ukraine (Reuters)", "KIEW (dpa)"), as tests/gold/README.md writes
# datelines; a date in between ("KYIV, Nov 12 (Reuters)") is no part of the place.
_DATELINE_TAIL = re.compile(r"(?:,(?: [A-Z][\w.'-]*){1,3})? ?\([A-Za-z/ ]{2,20}\)(?= ?[–—-] )")
# A dateline with its country or state but no agency: "ZAPORIZHZHIA, Ukraine — ...".
_PLACE_DATELINE = re.compile(r",(?: [A-Z][\w.]*){1,3} [–—-] ")
# Longest stretch of articles and adjectives between a preposition and its name.
_MAX_MODIFIERS = 3
# Words of a distance before an adjective: "nur wenige Kilometer", "etwa 15 Kilometer".
_MAX_DISTANCE_WORDS = 4
# Longest name skipped when walking over coordinated names, and most names walked.
_MAX_NAME_WORDS = 3
_MAX_CONJUNCTS = 4
# Words between a German verb and its object: an inverted subject, adverbs and one
# adverbial phrase ("bombardierte Pakistan nach eigenen Angaben Afghanistan").
_MAX_MIDDLE_FIELD = 8
_GENITIVE_ARTICLES = frozenset({"der", "des"})
# How far after "zwischen X und Y" a position word may make it a location.
_POSITION_WINDOW = 8
# Pronouns that open a relative clause after a subject ("Moscow, which denies it, summoned").
_RELATIVE_PRONOUNS = frozenset(
    {"which", "who", "der", "die", "das", "welche", "welcher", "welches"}
)
# German prepositions that end a route opened by "von" ("von Rom ... nach Neapel").
_ROUTE_ENDS = frozenset({"nach", "bis"})
# Prepositions of a passive's agent: "the attacks by Israel", "durch Russland annektiert".
_AGENT_PREPOSITIONS = frozenset({"by", "durch"})
# Longest relative clause skipped between a subject and its verb.
_MAX_RELATIVE_WORDS = 16
# How far after "Aus X" a statement noun or verb makes X the source ("Aus Peking kam Kritik").
_SOURCE_WINDOW = 4


@dataclass(frozen=True, slots=True)
class UseEvidence:
    """What the words around one name say about its use."""

    location: bool = False
    actor: bool = False
    subject: bool = False
    # The name qualifies the noun after it ("the new US tariffs", "US troops").
    modifier: bool = False
    # The name owns a council ("Kyiv's city council", "Haiti's transitional council"):
    # a town's is local, a country's is the state's own body.
    council: bool = False
    # The object of an English verb of striking ("Israel struck Iran", "shelled Kherson"):
    # the place where the blow lands, a country included, as tests/gold/README.md writes
    # the target of a strike; only a possessed place after it is told apart from its owner.
    struck: bool = False
    # The object of a verb of blockading or besieging ("JNIM blockiert Bamako"): a town
    # is the place closed off; a country keeps its reading ("Ungarn blockiert die Ukraine").
    besieged: bool = False
    # Officials, diplomats or delegations "from" the name ("Beamte aus Griechenland"): a
    # country's speak for its state; a town's may be its own, so a town stays the place.
    envoys: bool = False

    def decide(self, kind: NameKind) -> Use:
        """The use of a name of ``kind`` given this evidence (see module docstring)."""
        if (self.modifier or self.council or self.envoys) and kind == "country":
            return "actor"  # a preposition before "to the new US tariffs" governs the tariffs
        if self.location:
            return "location"
        if self.besieged and kind not in _ACTOR_BY_DEFAULT:
            return "location"
        if self.actor:
            return "actor"
        if kind in _ACTOR_BY_DEFAULT:
            return "actor"
        return "location"


NO_EVIDENCE = UseEvidence()


class UseReader:
    """Reads the use of names in one document."""

    def __init__(
        self,
        text: str,
        words: Sequence[Word],
        sentence_of: Sequence[int],
        cues: Cues,
        lemma_of: Callable[[int, str], str] | None,
    ) -> None:
        self.text = text
        self.words = words
        self.sentence_of = sentence_of
        self.cues = cues
        self.language = cues.language
        self.lemma_of = lemma_of
        self._starts = [w.start for w in words]
        self._stop = cues.function_words
        self._own = cues.usage

    @classmethod
    def for_document(
        cls,
        text: str,
        sentences: Sequence[tuple[int, int]],
        cues: Cues,
        lemma_of: Callable[[int, str], str] | None,
    ) -> UseReader:
        """A reader that splits ``text`` into words itself."""
        words = split_words(text)
        starts = [start for start, _ in sentences] or [0]
        sentence_of = [max(bisect_right(starts, w.start) - 1, 0) for w in words]
        return cls(text, words, sentence_of, cues, lemma_of)

    @classmethod
    def for_sentence(
        cls,
        text: str,
        start: int,
        end: int,
        cues: Cues,
        lemma_of: Callable[[int, str], str] | None,
    ) -> UseReader:
        """A reader of one sentence (``text[start:end]``; offsets stay the document's).

        Every decision reads one sentence only, so a stage that asks about a
        few names need not split the whole document (the entities stage).
        """
        words = split_words(text, start, end)
        return cls(text, words, [0] * len(words), cues, lemma_of)

    # -- public -----------------------------------------------------------------------

    def use(self, start: int, end: int, kind: NameKind, *, genitive: bool = False) -> Use:
        """The use of the name of ``kind`` at ``start``..``end`` (see module docstring)."""
        if kind == "adjective":
            return self.adjective(start, end).decide(kind)
        return self.evidence(start, end, genitive=genitive).decide(kind)

    def evidence(self, start: int, end: int, *, genitive: bool = False) -> UseEvidence:
        """Reads the evidence around the name at character offsets ``start``..``end``.

        Args:
            start: Offset of the name's first character.
            end: Offset after its last character.
            genitive: The name is a German genitive in -s ("Moskaus").
        """
        span = self._span(start, end)
        if span is None:
            return NO_EVIDENCE
        first, last = span
        word = self.words[first]
        if start > word.start or end < self.words[last].end:
            return self._in_compound(word, start, end)
        sentence = self.sentence_of[first]
        if self._dateline(first, last, sentence):
            return UseEvidence(location=True)
        before = self._before(first, sentence, genitive)
        if before is not None and self._new_clause_subject(first, last, sentence):
            # "Raketen auf Nordisrael, Israel antwortete": no list member but a new subject
            return UseEvidence(actor=True, subject=True)
        if before is not None:
            if before.struck and self.text.startswith(_POSSESSIVE, self.words[last].end):
                return UseEvidence(location=True)  # "captured Ukraine's Avdiivka"
            if self._qualifies_local_body(first, last, sentence):
                # "sentenced by a Moscow court": the preposition governs the court,
                # which the town only places; a country's stays the state's
                return UseEvidence(location=True, council=True)
            if self._modifies_noun(first, last, sentence):
                return UseEvidence(location=before.location, actor=True, modifier=True)
            if before.location and not before.struck and self._owns_state_head(
                last, sentence, genitive
            ):
                return UseEvidence(actor=True)  # "mit Katars Emir", "with Qatar's emir"
            return before
        after = self._after(last, sentence, genitive)
        if after is not None:
            return after
        if self._inanimate_subject(first, sentence):
            return UseEvidence(location=True)  # "Die Flutwelle erreichte am Sonntag Bangladesch"
        if self._subject(first, last, sentence):
            return UseEvidence(actor=True, subject=True)
        if self._object_to_act(first, sentence):
            # "forced Cairo to open": asked last, so that a verb of visiting or striking
            # keeps its place ("visited China to discuss trade")
            return UseEvidence(actor=True)
        return NO_EVIDENCE

    def dateline(self, start: int, end: int) -> bool:
        """Whether the name at ``start``..``end`` opens a dateline ("Kiew – Die Armee ...")."""
        span = self._span(start, end)
        return span is not None and self._dateline(*span, self.sentence_of[span[0]])

    def dateline_end(self, end: int) -> int | None:
        """The end of the agency dateline a town name opens, or None.

        Args:
            end: Where the town's name ends.

        Returns:
            The offset after the agency's closing bracket when the country or
            state (if any) and the agency follow the name ("KYIV, Ukraine (AP) —"),
            else None ("KYIV, Nov 12 (Reuters) -", "Kiew – ...").
        """
        match = _DATELINE_TAIL.match(self.text, end, end + 48)
        return match.end() if match is not None else None

    def adjective(self, start: int, end: int) -> UseEvidence:
        """A country adjective before a territory noun is a place ("Egyptian territory").

        Prepositions say nothing about an adjective: in "bei russischen
        Angriffen" Russia attacks; only the noun it qualifies counts. Before a
        name in a place phrase ("im iranischen Isfahan") the adjective places
        that name in its country, and so names a location too.
        """
        noun = self.territory_noun(start, end)
        if noun is not None and self._party_side(start, end, noun):
            return UseEvidence(actor=True)  # "die russische Seite wies zurück"
        if noun is not None or self.before_place_name(start, end):
            return UseEvidence(location=True)
        return NO_EVIDENCE

    def _party_side(self, start: int, end: int, noun: int) -> bool:
        """Whether "Seite"/"side" after the adjective names a party, not a place.

        "Die russische Seite wies zurück", "the Chinese side rejected": a party to
        talks; "auf der ukrainischen Seite", "the Russian side of the border": a
        place, told by a preposition of place before or a genitive or "of" after.
        """
        word = self.words[noun]
        if word.text.lower() not in self._own.side_nouns:
            return False
        span = self._span(start, end)
        if span is None:
            return False
        sentence = self.sentence_of[span[0]]
        following = self._word(noun + 1, sentence)
        if following is not None and following.text.lower() in ("of", "der", "des"):
            return False
        governor = self._governor(span[0], sentence)
        if governor is not None and (
            governor[1].text.lower() in self.cues.use_locative
            or governor[1].text.lower() in self.cues.use_onto
        ):
            return False  # "auf der polnischen Seite", "on the Polish side"
        before = self._before(span[0], sentence, False)
        return before is None or not before.location

    def before_place_name(self, start: int, end: int, *, known: bool = False) -> bool:
        """Whether the adjective at start..end qualifies a name in a place phrase.

        "im iranischen Isfahan", "nach dem syrischen Aleppo": a preposition of
        place before the adjective and a name (not a common noun, which
        German capitalises too: "bei russischen Angriffen") after it.
        ``known``: the word after it is a place name the gazetteer knows, even
        if it looks like a compound noun ("im thüringischen Sonneberg").
        """
        span = self._span(start, end)
        if span is None:
            return False
        first, last = span
        sentence = self.sentence_of[last]
        name = self._word(last + 1, sentence)
        if name is None or not self._name_word(name):
            return False
        if not known and self.cues.common.is_common_noun(name.text):
            return False
        before = self._before(first, sentence, False)
        return before is not None and before.location

    def territory_noun(self, start: int, end: int) -> int | None:
        """Index of the territory noun a country adjective qualifies, if it has one."""
        span = self._span(start, end)
        if span is None:
            return None
        last = span[1]
        sentence = self.sentence_of[last]
        for index in (last + 1, last + 2):
            noun = self._word(index, sentence)
            if noun is None or not noun.joined:
                return None
            if self._is(noun, self.cues.territory_nouns) or self._named_territory(index, sentence):
                body = self._word(index + 1, sentence)
                if body is not None and body.joined and self._is(body, self.cues.body_nouns):
                    return None  # "Turkish coast guards": a state body, not a coast
                return index
            if not self._modifier(noun):
                return None
        return None

    def _source_phrase(self, index: int, first: int, sentence: int) -> bool:
        """Whether "aus X"/"from X" names the source of a statement.

        A statement noun before the preposition ("Kritik aus Peking") or in the
        clause the phrase opens ("Aus Peking kam scharfe Kritik", "Aus Moskau
        hieß es") says so; "Flüchtlinge aus Kiew" stay a place. A statement noun
        that is the subject of "come" does too ("Criticism of China came from Japan").
        """
        cues = self.cues
        noun = self._word(index - 1, sentence)
        if noun is not None and (
            self._is(noun, cues.source_nouns) or noun.text.lower() in self._own.source_acts
        ):
            return True  # "Kritik aus Islamabad", "Zölle aus Washington"
        if noun is not None and self._received_before(index, noun, sentence):
            return True  # "received F-16s from Denmark": the state that gave them
        if noun is not None and self._inanimate(noun):
            return False  # goods keep their origin: "Gas from Qatar covers demand"
        if noun is not None and noun.text.lower() in self._own.coming_verbs:
            for offset in range(2, 2 + _SOURCE_WINDOW + 2):
                word = self._word(index - offset, sentence)
                if word is None or word.is_punct:
                    break
                if self._is(word, cues.source_nouns):
                    return True
        if noun is not None and not noun.is_punct and (
            noun.text.lower() not in self._stop or self._name_word(noun)
        ) and not self._clause_edge(noun):
            # "Students from Nigeria protested": the verb after the phrase is its noun's
            return False
        for index in range(first + 1, first + 1 + _SOURCE_WINDOW):
            word = self._word(index, sentence)
            if word is None or word.text in (",", ";", ".", ":"):
                return False
            if self._is(word, cues.source_nouns) or self._is(word, cues.source_verbs):
                return True
        return False

    def _received_before(self, index: int, noun: Word, sentence: int) -> bool:
        """Whether "from"/"aus" at ``index`` names who gave arms or aid that was received.

        "Ukraine received F-16s from Denmark", "erhielt Kampfjets aus Dänemark":
        the name is the giver (link19), as a recipient of weapons is a state. The
        thing received must be arms, aid or a named weapon (a designation with a
        digit); goods keep their origin ("got wheat from Washington").
        """
        if not (
            self._is(noun, self.cues.transfer_nouns)
            or noun.text.lower() in self._own.arms_nouns
            or any(c.isdigit() for c in noun.text)
        ):
            return False
        for offset in range(1, _SOURCE_WINDOW + 1):
            word = self._word(index - offset, sentence)
            if word is None or word.is_punct:
                return False
            if word.text[:1].islower() and self._is(word, self._own.receipt_verbs):
                return True
        return False

    def _named_territory(self, index: int, sentence: int) -> bool:
        """'the Mexican state of Sinaloa': a noun that is a territory before "of" + a name."""
        noun = self.words[index]
        if not self._is(noun, self.cues.named_territory_nouns):
            return False
        of = self._word(index + 1, sentence)
        name = self._word(index + 2, sentence)
        return (
            of is not None
            and of.text in self.cues.region_connectors
            and name is not None
            and self._name_word(name)
        )

    # -- helpers ----------------------------------------------------------------------

    def _span(self, start: int, end: int) -> tuple[int, int] | None:
        """Indices of the first and last word of a name, or None outside any word."""
        first = bisect_right(self._starts, start) - 1
        if first < 0 or start >= self.words[first].end:
            return None
        return first, max(first, bisect_right(self._starts, end - 1) - 1)

    def _word(self, index: int, sentence: int) -> Word | None:
        if 0 <= index < len(self.words) and self.sentence_of[index] == sentence:
            return self.words[index]
        return None

    def _lemma(self, word: Word) -> str:
        return self.lemma_of(word.start, word.text) if self.lemma_of is not None else word.text

    def _is(self, word: Word, words: frozenset[str]) -> bool:
        """Whether the word, lower-cased or as its lemma, is in ``words``."""
        if word.text in words or word.text.lower() in words:
            return True
        lemma = self._lemma(word)
        return lemma in words or lemma.lower() in words

    def _in_compound(self, word: Word, start: int, end: int) -> UseEvidence:
        """A name inside a word: "Nordisrael" and "Ost-Ukraine" are locations.

        Before a word of allegiance the name stands for its government: "Tehran-backed
        militias", "Moskau-treue Separatisten".
        """
        prefix = self.text[word.start : start].rstrip("-")
        if prefix and prefix in dict(self.cues.direction_prefixes):
            return UseEvidence(location=True)
        suffix = self.text[end : word.end]
        if suffix[:1] == "-" and suffix[1:].lower() in self.cues.allegiance_words:
            return UseEvidence(actor=True)
        return NO_EVIDENCE

    def _dateline(self, first: int, last: int, sentence: int) -> bool:
        """A name opening a sentence before a dash: 'Kiew – Die Armee ...', 'Gaza/Jerusalem –'.

        Agency datelines count too: 'BERLIN (dpa) - ...', 'KYIV, Nov 12 (Reuters) - ...',
        and ones with the country but no agency: 'ZAPORIZHZHIA, Ukraine — ...'.
        """
        index = first
        while index >= 2 and self.words[index - 1].text == "/" and self._word(index - 2, sentence):
            index -= 2
        if self._word(index - 1, sentence) is not None and self.words[index].joined:
            return False
        end = self.words[last].end
        j = last + 1
        while self._word(j, sentence) is not None and self.words[j].text == "/":
            following = self._word(j + 1, sentence)
            if following is None:
                break
            end = following.end
            j += 2
        after = self.text[end : end + 3]
        if after[:1] == " " and after[1:2] in _DASHES and after[2:3] == " ":
            return True
        return (
            _AGENCY_DATELINE.match(self.text, end, end + 48) is not None
            or _PLACE_DATELINE.match(self.text, end, end + 40) is not None
        )

    def _name_word(self, word: Word) -> bool:
        """A capitalised word that can be part of a name (not "In" opening a sentence)."""
        lower = word.text.lower()
        return (
            word.text[:1].isupper()
            and lower not in self._stop
            and lower not in _ARTICLES
            and lower not in self.cues.determiners
        )

    @staticmethod
    def _particle_name(word: Word) -> bool:
        """A name opened by a lower-case particle ("al-Scharaa", "el-Sisi", "bin-Salman")."""
        particle, _, rest = word.text.partition("-")
        return bool(rest) and particle.isalpha() and particle.islower() and len(particle) <= 4 \
            and rest[:1].isupper()

    def _modifier(self, word: Word) -> bool:
        """An article or adjective that may stand between a preposition and a name."""
        text = word.text
        lower = text.lower()
        if lower in self._stop:
            return False
        if lower in _ARTICLES or lower in self.cues.determiners:
            return True
        if not text[:1].islower() or not text.replace("-", "").isalpha():
            return False
        cues = self.cues
        if (
            lower in self._stop
            or self._is(word, cues.actor_verbs)
            or self._is(word, cues.event_verbs)
            or self._is(word, cues.auxiliaries)
        ):
            return False
        if self.language == "de":
            return lower.endswith(("e", "en", "er", "em", "es"))
        return True

    def _distance_word(self, word: Word) -> bool:
        """A number, unit or hedge of a distance before an adjective ("rund 40 Kilometer")."""
        return word.text.isdigit() or word.text in self.cues.distance_words

    def _governor(self, first: int, sentence: int) -> tuple[int, Word] | None:
        """The word governing the phrase the name heads, skipping articles and adjectives.

        Later conjuncts of a phrase share its governor: in "in Polen und
        Litauen" both names are governed by "in".
        """
        index = first - 1
        hops = 0
        while True:
            skipped = 0
            distance = 0
            measured = False  # an adjective of distance seen ("entfernten")
            word = self._word(index, sentence)
            while (
                word is not None
                and skipped < _MAX_MODIFIERS
                and self.words[index + 1].joined
            ):
                measured = measured or word.text in self.cues.distance_adjectives
                if measured and distance < _MAX_DISTANCE_WORDS and self._distance_word(word):
                    # "im rund 40 Kilometer entfernten Nabatija": the measure belongs
                    # to the adjective, the preposition before it governs the name.
                    distance += 1
                elif self._modifier(word):
                    skipped += 1
                else:
                    break
                index -= 1
                word = self._word(index, sentence)
            if word is None or not self.words[index + 1].joined:
                return None
            if word.text.lower() not in _COORDINATORS or hops >= _MAX_CONJUNCTS:
                return index, word
            # "in Polen und Litauen": walk back over the previous conjunct's name.
            index -= 1
            taken = 0
            while (
                taken < _MAX_NAME_WORDS
                and (previous := self._word(index, sentence)) is not None
                and self._name_word(previous)
            ):
                index -= 1
                taken += 1
            if taken == 0:
                return None
            hops += 1

    def _before(self, first: int, sentence: int, genitive: bool) -> UseEvidence | None:
        """Evidence from the word governing the name (a preposition, a noun, a verb)."""
        cues = self.cues
        adjective = self._word(first - 1, sentence)
        if (
            adjective is not None
            and self.words[first].joined
            and (adjective.text in cues.direction_adjectives
                 or cues.direction_adjective(adjective.text) is not None)
        ):
            return UseEvidence(location=True)  # "northern Israel", "im östlichen Libanon"
        if self._left_or_traded(first, sentence):
            return UseEvidence(location=True)  # "wants to buy Greenland", "left Mali in 2024"
        governor = self._governor(first, sentence)
        if governor is None:
            return None
        index, word = governor
        lower = word.text.lower()
        noun = self._word(index - 1, sentence)
        if lower in cues.source_prepositions or (
            noun is not None and lower in cues.use_towards and self._is(noun, cues.source_heads)
        ):
            return UseEvidence(actor=True)  # "laut Kiew", "according to Kyiv"
        if lower in cues.use_between:
            geo = (noun is not None and self._is(noun, cues.geo_heads)) or self._positioned(
                first, sentence
            )
            return UseEvidence(location=geo, actor=not geo)
        if lower in cues.use_relations:
            if lower not in _AGENT_PREPOSITIONS and noun is not None and (
                self._is(noun, cues.geo_heads)
                # a verb, not the noun of a meeting: "ein Treffen mit Katar" is with the state
                or (noun.text[:1].islower() and self._is(noun, cues.event_verbs))
                or (lower in cues.use_for and self._is(noun, cues.plan_nouns))
            ):
                # "border with Syria", "left for Moscow", "a plan for Western Sahara";
                # not an agent: "the attacks by Israel"
                return UseEvidence(location=True)
            return UseEvidence(actor=True)
        if lower in cues.use_towards:
            if self.language == "en":
                given = self._given_before(index, sentence)
                return UseEvidence(actor=given, location=not given)
            geo = noun is not None and self._is(noun, cues.geo_heads)
            return UseEvidence(location=geo, actor=not geo)
        if lower in cues.use_onto:
            # "Raketen auf Israel", "strikes on Kyiv", "Überfall Russlands auf die Ukraine":
            # weapons are things given too ("Raketen an Kiew"), but fired onto a name they
            # land on a place, so an attack or weapon is asked before a thing given.
            heads = [
                head for offset in (1, 2)
                if (head := self._word(index - offset, sentence)) is not None
            ]
            struck_head = any(
                self._is(head, cues.event_nouns) or self._is(head, cues.event_verbs)
                for head in heads
            )
            if not struck_head and noun is not None and self._is(noun, cues.transfer_nouns):
                return UseEvidence(actor=True)  # "Druck auf Peking", "sanctions on Tehran"
            if (
                not struck_head
                and lower == "at"
                and self.words[first - 1].text == "the"
                and not any(head.text.lower() in self._own.aim_words for head in heads)
            ):
                # "received at the Vatican"; not "lashed out at the Netherlands"
                return UseEvidence(location=True)
            if struck_head:
                # English strikes land on a place ("strikes on Kyiv"); see UseEvidence.struck.
                struck = self.language == "en" and any(
                    self._is(head, cues.capture_verbs) for head in heads
                )
                return UseEvidence(location=True, struck=struck)
            return None
        if lower in cues.use_over:
            topic = any(
                (w := self._word(index - offset, sentence)) is not None
                and self._is(w, cues.topic_words)
                for offset in (1, 2, 3)
            )
            return None if topic else UseEvidence(location=True)
        if lower in cues.use_from:
            return self._from(index, first, sentence, noun)
        if lower in cues.use_around:
            around = noun is not None and noun.text.lower() in cues.around_words
            return UseEvidence(location=True) if around else None
        if lower in self._own.clause_prepositions and self._subordinate_clause(index, first,
                                                                               sentence):
            return None  # "Bis Russland einlenkt, ...": a conjunction before a subject
        if lower in cues.use_locative or word.text in cues.use_locative:
            if noun is not None and self._is(noun, cues.idiom_heads):
                return None  # "interfere in Taiwan", "Vertrauen in Israel"
            if lower in cues.use_source and self._source_phrase(index, first, sentence):
                return UseEvidence(actor=True)  # "Kritik aus Islamabad", "signals from Moscow"
            if lower in cues.use_source and noun is not None and (
                noun.text.lower() in self._own.envoy_nouns
            ):
                # "Beamte aus Griechenland": a country's officials speak for its state; a
                # town's may be its own ("Officials from Berlin" stays the place).
                return UseEvidence(location=True, envoys=True)
            if lower in _AGENT_PREPOSITIONS and (
                self._participle_after(first, sentence) or self._agent_head_before(index, sentence)
            ):
                # "wurde 2014 durch Russland annektiert", "eine Blockade der Insel durch China"
                return UseEvidence(actor=True)
            return UseEvidence(location=True)
        adjacent = index == first - 1
        articles_only = all(
            self.words[i].text.lower() in _ARTICLES for i in range(index + 1, first)
        )
        if articles_only and word.text[:1].isupper() and self._place_noun(word):
            # "im Norden Syriens", "im Süden des Libanon", "die Hauptstadt Kiew"
            return UseEvidence(location=True)
        if adjacent and genitive and word.text.lower() in self._own.sale_nouns:
            return UseEvidence(location=True)  # "einen Verkauf Grönlands": the land sold
        if adjacent and genitive and word.text[:1].isupper():
            return UseEvidence(actor=True)  # "die Entscheidung Moskaus"
        if adjacent and word.text[:1].islower():
            after = self._after_verb(index, word, sentence)
            if after is None and self._object_past_subject(first, sentence):
                return UseEvidence(location=True)  # "beschossen die Rebellen erneut Ruanda"
            return after
        if articles_only and word.text[:1].islower() and (
            self._struck_or_visited(index, word, sentence)
            or self._taken_in_perfect(index, word, sentence)
        ):
            return UseEvidence(location=True)  # "Der Papst besucht den Libanon"
        if self._object_past_subject(first, sentence):
            return UseEvidence(location=True)  # "Am Sonntag beschossen die USA den Iran"
        return None

    def _subordinate_clause(self, index: int, first: int, sentence: int) -> bool:
        """Whether the word at ``index`` opens a verb-final clause with the name as subject.

        "Bis Russland einlenkt, ...", "..., bis Moskau nachgibt.": the clause opens
        the sentence or follows a comma, and past the name only lower-case words (the
        verb) stand before the next comma or the sentence's end ("Bis Berlin sind es
        noch 200 Kilometer" goes on past its verb, so "bis" stays a preposition).
        """
        if index != first - 1 or not self._opens_clause(index, sentence):
            return False
        position = first + 1
        while (
            (word := self._word(position, sentence)) is not None
            and word.text[:1].isupper()
            and position - first <= _MAX_NAME_WORDS
        ):
            position += 1
        verbs = 0
        while (word := self._word(position, sentence)) is not None and not word.is_punct:
            if not word.text[:1].islower() or verbs >= _MAX_MODIFIERS:
                return False
            verbs, position = verbs + 1, position + 1
        return verbs > 0 and (word is None or word.text in (",", ".", ";", "!", "?"))

    def _place_noun(self, word: Word) -> bool:
        cues = self.cues
        return (
            self._is(word, cues.place_heads)
            or word.text in cues.city_nouns
            or word.text in cues.admin_nouns
            or word.text.lower().endswith(cues.place_head_endings)
        )

    def _qualifies_local_body(self, first: int, last: int, sentence: int) -> bool:
        """Whether an English name after an article qualifies a local body ("a Moscow court")."""
        if self.language != "en":
            return False
        before = self._word(first - 1, sentence)
        noun = self._word(last + 1, sentence)
        return (
            before is not None
            and (before.text.lower() in _ARTICLES or before.text.lower() in _INDEFINITE)
            and noun is not None
            and noun.joined
            and noun.text in self._own.local_bodies
        )

    def _modifies_noun(self, first: int, last: int, sentence: int) -> bool:
        """Whether an English name qualifies the common noun after it ("avoid US tariffs").

        Only after an article, adjective or verb ("to the new US tariffs"): right
        after a preposition or a coordinator the name is the object ("in Sudan
        has", "in Austria and Croatia go"). Nouns of place ("Kyiv residents",
        "the Syria border") and words that are no noun ("in the Ukraine
        overnight") do not count.
        """
        if self.language != "en":
            return False
        before = self._word(first - 1, sentence)
        if before is None or before.text.lower() in _COORDINATORS or not self._modifier(before):
            return False
        noun = self._word(last + 1, sentence)
        if noun is None or not noun.joined or not noun.text.isalpha() or not noun.text.islower():
            return False
        cues = self.cues
        lists = (self._stop, cues.subordinators, cues.determiners, cues.not_modifiers)
        if any(noun.text in words for words in lists) or noun.text.endswith(("ly", "ed")):
            return False
        if noun.text in cues.transfer_nouns:
            return True  # "hit by new U.S. sanctions": a noun, though "sanction" is a verb too
        return not any(
            self._is(noun, words)
            for words in (
                cues.auxiliaries, cues.actor_verbs, cues.event_verbs, cues.place_heads,
                cues.territory_nouns, cues.geo_heads, cues.admin_nouns, cues.city_nouns,
                cues.place_nouns, cues.vicinity_nouns,
            )
        )

    def _positioned(self, first: int, sentence: int) -> bool:
        """A position word shortly after "zwischen X und Y" ("... liegt der Grenzübergang")."""
        for offset in range(1, _POSITION_WINDOW + 1):
            word = self._word(first + offset, sentence)
            if word is None:
                return False
            if self._is(word, self.cues.position_words):
                return True
        return False

    def _from(self, index: int, first: int, sentence: int, noun: Word | None) -> UseEvidence | None:
        """'nördlich von', 'the north of', 'von Berlin nach Tel Aviv', 'on behalf of Moscow'."""
        cues = self.cues
        if noun is not None and (
            self._is(noun, cues.place_heads)
            or self._is(noun, cues.vicinity_nouns)
            or cues.direction_adjective(noun.text) is not None
            or noun.text.lower() in cues.direction_adjectives
        ):
            return UseEvidence(location=True)
        if noun is not None and self._is(noun, cues.source_nouns):
            return UseEvidence(actor=True)  # "on behalf of Moscow", "Kritik von China"
        if noun is not None and noun.text.lower() in self._own.sale_nouns:
            return UseEvidence(location=True)  # "the sale of Greenland": the land dealt in
        if noun is not None and noun.text[:1].islower() and self._is(
            noun, self._own.demand_verbs
        ):
            return UseEvidence(actor=True)  # "Kiew fordert von Berlin": the state asked
        if self.language == "de":
            later = self._after_name(first, sentence)
            if later is not None and later.text in ("nach", "aus"):
                return UseEvidence(location=True)  # "von Berlin nach", "von Polen aus"
            if self._participle_after(first, sentence) or self._passive_agent(
                index, first, sentence
            ):
                return UseEvidence(actor=True)  # "wurde von Teheran angeordnet"
        return None

    def _passive_agent(self, index: int, first: int, sentence: int) -> bool:
        """German: "von X" names the agent of a passive that ends its clause.

        The agent may open the clause before "wurde" ("Von Warschau wurde der
        Vorschlag zurückgewiesen") or stand with conjuncts and adverbs before the
        participle ("wurde von Paris und Berlin gemeinsam getroffen"). After a noun
        the phrase belongs to the noun ("Ein Teil von Berlin wurde zerstört").
        """
        before = self._word(index - 1, sentence)
        if before is not None and not before.is_punct and self._name_word(before):
            return False
        clause = list(self._clause_words(first, sentence))
        if len(clause) < 2 or any(word.text in _ROUTE_ENDS for word in clause[1:]):
            return False  # "Von Rom wurde der Zug nach Neapel umgeleitet": a route
        last = clause[-1]
        if last.text in _WERDEN or last.text in _PASSIVE:
            last = clause[-2]  # "abgelehnt wurde", "getroffen worden"
        if last is clause[0] or not (
            self._clause_verb(last)
            # any participle closes a passive: "gemeinsam vorgelegt", "einstimmig gewählt"
            or (last.text.isalpha() and last.text.islower() and last.text.endswith(("t", "en")))
        ):
            return False
        if any(word.text in _WERDEN for word in clause[1:]):
            return True
        for offset in range(1, _MAX_RELATIVE_WORDS):
            word = self._word(index - offset, sentence)
            if word is None or word.is_punct:
                return False
            if word.text in _WERDEN:
                return True
        return False

    def _after_name(self, first: int, sentence: int) -> Word | None:
        """The first word after the name starting at ``first`` that is not part of a name."""
        for offset in range(1, _MAX_NAME_WORDS + 2):
            later = self._word(first + offset, sentence)
            if later is None or not later.joined:
                return None
            if not later.text[:1].isupper():
                return later
        return None

    def _participle_after(self, first: int, sentence: int) -> bool:
        """German: a verb follows the name, as after an agent ("von Teheran angeordnet")."""
        if self.language != "de":
            return False
        # A passive needs a form of "werden" before the agent: a cheap test that spares
        # the lemma lookups after every other "von" ("ein Teil von Berlin").
        passive = any(
            (word := self._word(first - offset, sentence)) is not None and word.text in _WERDEN
            for offset in range(2, _MAX_RELATIVE_WORDS)
        )
        later = self._after_name(first, sentence) if passive else None
        return later is not None and self._clause_verb(later)

    def _given_before(self, index: int, sentence: int) -> bool:
        """Whether something given precedes English "to" in its clause ("aid to Ukraine")."""
        for offset in range(1, 7):
            word = self._word(index - offset, sentence)
            if word is None or word.is_punct:
                return False
            if (
                self._is(word, self.cues.transfer_nouns)
                or self._is(word, self.cues.giving_verbs)
                or word.text.lower() in self._own.recipient_words
            ):
                return True  # "aid to Ukraine", "supplying drones to Moscow", "extradited to"
        return False

    def _after_verb(self, index: int, verb: Word, sentence: int) -> UseEvidence | None:
        """The name right after a verb: its object (or, in German, its inverted subject).

        After a storm, a load or a missile as the clause's subject it is the place
        reached or hit ("Ein Hurrikan traf Kuba", "Die Lieferungen erreichen Libyen").
        """
        cues = self.cues
        if self._inanimate_subject(index + 1, sentence):
            return UseEvidence(location=True)
        if (
            self.language == "de"
            and self._lemma(verb).lower() in self._own.departure_verbs
            and self._subject_opens(index, sentence)
        ):
            return UseEvidence(location=True)  # "Die Wagner-Söldner verließen Mali"
        if self._besieged(index, verb, sentence):
            return UseEvidence(besieged=True)  # "JNIM blockiert Bamako", "besieged Goma"
        if self._taken_in_perfect(index, verb, sentence):
            return UseEvidence(location=True)  # "Die Miliz hatte Damaskus eingenommen"
        if self._struck_or_visited(index, verb, sentence):
            return UseEvidence(location=True)  # "Die Huthis beschossen Israel"
        if self._is(verb, cues.event_verbs) or self._is(verb, cues.capture_verbs):
            if self.language != "en":
                return None
            if (subject := self._word(index - 1, sentence)) is not None and (
                subject.text.lower() in self._own.source_acts
            ):
                # "Sanctions hit Russia hard": a measure strikes the state it targets,
                # as "Die Sanktionen treffen Russland" does.
                return UseEvidence(actor=True)
            struck = self._is(verb, cues.capture_verbs)
            return UseEvidence(location=True, struck=struck)
        if self._is(verb, cues.actor_verbs):
            return UseEvidence(actor=True, subject=self.language == "de")
        return None

    def _object_to_act(self, first: int, sentence: int) -> bool:
        """English: the name is the object of a verb and "to" and a verb follow it.

        "forced Cairo to open", "asked Tehran to stop": the name is the one who is
        to act, whatever the verb before it. A preposition before the name ("went
        to Iran to study") or "to" before an article or a name ("returned Crimea to
        Ukraine") is no such object.
        """
        verb = self._word(first - 1, sentence)
        if (
            self.language != "en"
            or verb is None
            or not self.words[first].joined
            or not verb.text.isalpha()
            or not verb.text.islower()
            or verb.text in self._stop
            or verb.text in _ARTICLES
            or verb.text in self.cues.determiners
        ):
            return False
        to = self._after_name(first, sentence)
        if to is None or to.text != "to":
            return False
        position = bisect_right(self._starts, to.start)
        following = self._word(position, sentence)
        return (
            following is not None
            and following.joined
            and following.text.isalpha()
            and following.text.islower()
            and following.text not in self._stop
            and following.text not in _ARTICLES
            and following.text not in _INDEFINITE
            and following.text not in self.cues.determiners
        )

    def _struck_or_visited(self, index: int, verb: Word, sentence: int) -> bool:
        """German: the object of a verb of striking, taking, visiting or reaching.

        "Die Huthis beschossen Israel" names the target of a strike, as English
        "struck" does; "Merz besuchte Israel", "Der Papst besucht den Libanon" the
        place visited, as English "visited"; "Die Flüchtlinge erreichten Italien" the
        place reached. German only where the subject opens the clause before the verb
        ("Im Dezember besuchte Israel ..." has it after).
        """
        return (
            self.language == "de"
            and (self._moving_onto(verb) or self._military_attack(index, verb, sentence))
            and self._subject_opens(index, sentence)
        )

    def _military_attack(self, index: int, verb: Word, sentence: int) -> bool:
        """German: "angreifen"/"attackieren" at ``index`` meant as a strike (link19).

        "Israel griff den Iran an", "Russland attackierte die Ukraine": the object
        is the target, as after "beschießen". A word of verbal attack in the
        clause ("griff die Regierung scharf an", "attackierte Israel wegen ...")
        leaves the object its reading.
        """
        own = self._own
        clause = list(self._clause_words(index, sentence))
        if any(word.text.lower() in own.verbal_words for word in clause):
            return False
        if self._is(verb, own.attack_verbs):
            return True
        # "griff ... an": the particle closes the clause
        return verb.text.lower() in own.attack_particle_forms and (
            clause[-1].text.rstrip(".") == "an"
        )

    def _perfect_attack(self, index: int, sentence: int) -> bool:
        """German: the clause from ``index`` ends in "angegriffen", with no word of speech."""
        clause = list(self._clause_words(index, sentence))
        own = self._own
        return bool(clause) and clause[-1].text.lower() in own.attack_participles and not any(
            word.text.lower() in own.verbal_words for word in clause
        )

    def _moving_onto(self, verb: Word) -> bool:
        """German: a verb of striking, taking, visiting or reaching its object."""
        return (
            self._is(verb, self.cues.seizure_verbs)
            or self._is(verb, self._own.visit_verbs)
            or self._is(verb, self._own.arrival_verbs)
        )

    def _object_past_subject(self, first: int, sentence: int) -> bool:
        """German: the object of a verb of striking, visiting or reaching, further back.

        Between the verb and the name stand its inverted subject ("Am Sonntag
        bombardierten die USA den Iran"), adverbs ("beschoss Russland erneut die
        Ukraine") or an adverbial phrase ("Die Sudanesen erreichten in dieser Woche
        den Tschad"). Without a subject there, the subject must open the clause before
        the verb, as for a name right after it. A genitive attribute ("Einheiten der
        Ukraine") belongs to the noun before it, so it is no object.
        """
        if self.language != "de":
            return False
        own = self._own
        index = first - 1
        article = self._word(index, sentence)
        before = self._word(index - 1, sentence)
        if (
            article is not None and before is not None
            and article.text.lower() in _GENITIVE_ARTICLES
            and self._name_word(before)
        ):
            return False
        nouns = 0  # capitalised words since the last preposition: the inverted subject's
        for _ in range(_MAX_MIDDLE_FIELD):
            word = self._word(index, sentence)
            if word is None or word.is_punct:
                return False
            lower = word.text.lower()
            if word.text[:1].islower() and (
                self._moving_onto(word) or self._military_attack(index, word, sentence)
            ):
                return nouns > 0 or (index < first - 1 and self._subject_opens(index, sentence))
            if lower in own.phrase_prepositions and word.text[:1].islower():
                nouns = 0  # "in dieser Woche": the noun was the phrase's, not a subject
            elif self._name_word(word) and lower not in own.clause_adverbs:
                nouns += 1
            elif not (
                lower in _ARTICLES
                or lower in _INDEFINITE
                or lower in own.clause_adverbs
                or word.text.isdigit()
                or self._modifier(word)
            ):
                return False
            index -= 1
        return False

    def _taken_in_perfect(self, index: int, verb: Word, sentence: int) -> bool:
        """German: the name after "hat"/"hatte" is the object of a participle of taking.

        "Die Miliz hatte Damaskus im Dezember eingenommen": the subject opens the
        clause before the auxiliary and the participle of taking ends the clause,
        so the name is the place taken; with the subject after the auxiliary
        ("Am Montag hat Russland ... erobert") the name is that subject.
        """
        if verb.text.lower() not in self._own.perfect_auxiliaries:
            return False
        if not self._subject_opens(index, sentence):
            return False
        last = None
        for word in self._clause_words(index + 1, sentence):
            last = word
        return last is not None and (
            last.text.lower() in self.cues.seizure_participles
            or self._perfect_attack(index + 1, sentence)  # "Israel hat den Iran angegriffen"
        )

    def _besieged(self, index: int, verb: Word, sentence: int) -> bool:
        """Whether the name after ``verb`` is the object of a verb of blockading.

        German only where the subject opens the clause before the verb, as for
        verbs of leaving ("Am Montag blockierte Ungarn ..." has it after).
        """
        lower = verb.text.lower()
        if self.language == "de":
            return self._lemma(verb).lower() in self._own.siege_verbs and self._subject_opens(
                index, sentence
            )
        return lower in self._own.siege_verbs

    def _after(self, last: int, sentence: int, genitive: bool) -> UseEvidence | None:
        """Possessors: "Moscow's decision", "Moskaus Entscheidung" (but "Kyiv's mayor").

        Also a source before a postposition: "Kiew zufolge".
        """
        end = self.words[last].end
        head = self._word(last + 1, sentence)
        if head is not None and head.text in self.cues.source_postpositions:
            return UseEvidence(actor=True)  # "Kiew zufolge"
        possessive = self.text[end : end + 2] in _POSSESSIVE or (
            genitive and head is not None and head.joined and head.text[:1].isupper()
        )
        if not possessive:
            return None
        # The possessed noun, past its adjectives: "Kyiv's main square".
        cues = self.cues
        index = last + 1
        while head is not None and (head.joined or index == last + 1) and index < last + 4:
            if head.text.lower() in self._own.local_bodies:
                # "Berlin's police": a town's own force; a country's stays the state's
                return UseEvidence(location=True, council=True)
            if self._names_area(index, sentence):
                return UseEvidence(location=True)  # "Russia's Kursk region"
            if self._is(head, cues.place_heads) or self._is(head, cues.admin_nouns):
                body = self._word(index + 1, sentence)
                if body is not None and body.joined and self._is(body, cues.body_nouns):
                    return UseEvidence(actor=True)  # "Japan's coast guard", "interior ministry"
                return UseEvidence(location=True, council=self._is(head, cues.council_nouns))
            if not self._modifier(head):
                break
            index += 1
            head = self._word(index, sentence)
        return UseEvidence(actor=True)

    def _owns_state_head(self, last: int, sentence: int, genitive: bool) -> bool:
        """Whether the name is the possessor of an office or state body ("Katars Emir").

        Past the possessed noun's adjectives ("Ukraine's foreign minister"); the
        README's rule that a country before a head of state, a minister, an army or
        a government body is the state, whatever governs the phrase.
        """
        end = self.words[last].end
        head = self._word(last + 1, sentence)
        if head is None:
            return False
        possessive = self.text[end : end + 2] in _POSSESSIVE
        if not (possessive or (genitive and head.joined and head.text[:1].isupper())):
            return False
        own = self._own
        for index in range(last + 1, last + 1 + _MAX_MODIFIERS):
            word = self._word(index, sentence)
            if word is None or (index > last + 1 and not word.joined):
                return False
            lower = word.text.lower()
            if lower in own.state_heads or lower.endswith(own.state_head_endings):
                return True
            if not self._modifier(word):
                return False
        return False

    def _inanimate_subject(self, first: int, sentence: int) -> bool:
        """Whether the clause the name ends in has a storm, load or missile as its subject.

        The subject opens the clause ("Ein Zyklon traf Mosambik", "Die Lieferungen aus
        der Türkei erreichen Libyen", "Shipments reached Libya") or, in German, follows
        the verb just before the name ("Am Sonntag erreichte die Flutwelle Bangladesch").
        A subject that follows a preposition is no subject ("Nach dem Sturm bat Kuba").
        """
        # Later conjuncts share the subject: "Die Flut erreichte Bangladesch und Indien".
        while (
            (joiner := self._word(first - 1, sentence)) is not None
            and joiner.text.lower() in _COORDINATORS
            and (previous := self._word(first - 2, sentence)) is not None
            and self._name_word(previous)
        ):
            first -= 2
        index = first - 1
        while (word := self._word(index, sentence)) is not None and not self._clause_edge(word):
            index -= 1
        start = index + 1  # the clause's first word
        if start >= first:
            return False
        # Past articles, adjectives and counts ("Hunderte Drohnen", "A powerful earthquake");
        # English adjectives look like any lower-case word, so the noun is asked first.
        noun = start
        while noun < first - 1:
            word = self.words[noun]
            if self._inanimate(word):
                return True
            if noun - start >= _MAX_MODIFIERS or not (
                self._modifier(word)
                or word.text.lower() in self._own.counts
                or word.text.replace(".", "").isdigit()
            ):
                break
            noun += 1
        # German inversion: "... erreichte die Flutwelle Bangladesch".
        before = self._word(first - 1, sentence)
        return (
            self.language == "de"
            and before is not None
            and self._inanimate(before)
            and (article := self._word(first - 2, sentence)) is not None
            and (article.text.lower() in _ARTICLES or article.text.lower() in self.cues.determiners)
        )

    def _new_clause_subject(self, first: int, last: int, sentence: int) -> bool:
        """A name after a comma and right before its actor verb opens a new clause."""
        comma = self._word(first - 1, sentence)
        verb = self._word(last + 1, sentence)
        return (
            comma is not None
            and comma.text == ","
            and verb is not None
            and verb.joined
            and verb.text[:1].islower()
            and self._is(verb, self.cues.actor_verbs)
        )

    def _left_or_traded(self, first: int, sentence: int) -> bool:
        """English: a name that is the whole object of leaving or trading land is a place.

        "left Mali in 2024", "wants to buy Greenland": the place left or dealt in.
        Asked before the governor, since English verbs pass for adjectives there.
        """
        if self.language == "de":
            return self._traded_before(first, sentence)
        verb = self._word(first - 1, sentence)
        if self.language != "en" or verb is None or not verb.text.islower():
            return False
        lower, own = verb.text, self._own
        return (lower in own.territory_verbs or lower in own.departure_verbs) and self._ends_phrase(
            first, sentence
        )

    def _traded_before(self, first: int, sentence: int) -> bool:
        """German: a name right before a verb of trading land that ends the clause.

        "Trump will Grönland kaufen", "nachdem Russland die Krim annektiert hatte"
        keep "Krim" the land dealt in; a name with more words after the verb is no
        such object.
        """
        verb = self._word(first + 1, sentence)
        if verb is None or not verb.text.islower() or not verb.joined:
            return False
        if verb.text not in self._own.territory_verbs:
            return False
        following = self._word(first + 2, sentence)
        return (
            following is None
            or following.is_punct
            or following.text.lower() in self._own.perfect_auxiliaries
            or following.text in _WERDEN
        )

    def _subject_opens(self, verb: int, sentence: int) -> bool:
        """German: a noun phrase opens the clause right before the verb ("Die Söldner verließen").

        Then a name after the verb is its object, not its inverted subject ("Am
        Montag verließ Frankreich ...").
        """
        index, nouns = verb - 1, 0
        while (
            nouns < _MAX_NAME_WORDS
            and (word := self._word(index, sentence)) is not None
            and (self._name_word(word) or self._particle_name(word))
            # "Gestern bombardierte Pakistan ...": an adverb, not the subject
            and word.text.lower() not in self._own.clause_adverbs
        ):
            index, nouns = index - 1, nouns + 1
        # Articles and adjectives, not "Am" ("Am Montag verließ Frankreich ...").
        while (word := self._word(index, sentence)) is not None and (
            word.text.lower() in _ARTICLES
            or word.text.lower() in _INDEFINITE
            or (word.text[:1].islower() and self._modifier(word))
        ):
            index -= 1
        word = self._word(index, sentence)
        return nouns > 0 and (word is None or self._clause_edge(word))

    def _ends_phrase(self, first: int, sentence: int) -> bool:
        """Whether the one-word name at ``first`` ends its noun phrase (no noun follows)."""
        following = self._word(first + 1, sentence)
        return following is None or following.is_punct or following.text.lower() in self._stop

    def _clause_edge(self, word: Word) -> bool:
        """Punctuation or a word that opens a new clause ("und", "but", "nachdem")."""
        lower = word.text.lower()
        return (
            word.is_punct
            or lower in _COORDINATORS
            or lower in self.cues.subordinators
            or lower in self.cues.clause_openers
        )

    def _inanimate(self, word: Word) -> bool:
        own = self._own
        lower = word.text.lower()
        if self.language == "de" and not word.text[:1].isupper():
            return False  # German nouns are capitalised; "gas" is no noun here
        return lower in own.inanimate_subjects or (
            bool(own.inanimate_endings) and lower.endswith(own.inanimate_endings)
        )

    def _agent_head_before(self, index: int, sentence: int) -> bool:
        """German "durch" after a noun of an act names its doer ("Blockade ... durch China")."""
        for offset in range(1, 4):
            word = self._word(index - offset, sentence)
            if word is None or word.is_punct:
                return False
            if word.text[:1].isupper() and word.text.lower() in self._own.agent_heads:
                return True
        return False

    def _names_area(self, index: int, sentence: int) -> bool:
        """A name followed by a noun of an administrative area: "Kursk region", "Idlib province"."""
        name = self.words[index]
        noun = self._word(index + 1, sentence)
        return (
            self._name_word(name)
            and noun is not None
            and noun.joined
            and noun.text.islower()
            and self._is(noun, self.cues.admin_nouns)
        )

    # -- subjects ---------------------------------------------------------------------

    def _subject(self, first: int, last: int, sentence: int) -> bool:
        """Whether the name is the subject of a speech or action verb."""
        cues = self.cues
        first_word = self.words[first]
        before = self._word(first - 1, sentence)
        if (
            self.language == "de"
            and before is not None
            and first_word.joined
            and before.text[:1].islower()
            and self._is(before, cues.auxiliaries)
            and self._verb_in_clause(last + 1, sentence)
        ):
            return True  # "Nun hat Peking reagiert"
        if (
            self.language == "de"
            and before is not None
            and first_word.joined
            and before.text.lower() == "wie"
            and self._opens_clause(first - 1, sentence)
        ):
            return self._speech_in_clause(last + 1, sentence)  # "Wie Kiew mitteilte, ..."
        if before is not None and first_word.joined and before.text.lower() in cues.subordinators:
            if self.language == "de":
                # "nachdem Peking neue Zölle angekündigt hatte": the verb ends the clause.
                return self._speech_in_clause(last + 1, sentence)
            return self._verb_follows(self._past_conjuncts(last + 1, sentence), sentence)
        opens_clause = (
            before is None
            or not first_word.joined
            or before.text in (",", ";")
            or before.text.lower() in cues.clause_openers
        )
        if not opens_clause:
            return False
        after = self._past_relative(self._past_conjuncts(last + 1, sentence), sentence)
        return self._verb_follows(self._past_weekday(after, sentence), sentence)

    def _past_weekday(self, index: int, sentence: int) -> int:
        """Skips an English wire date after the subject: "Washington on Monday announced".

        Also "on Monday night"; returns ``index`` unless "on" and a weekday start there.
        """
        on = self._word(index, sentence)
        day = self._word(index + 1, sentence)
        if self.language != "en" or on is None or on.text != "on" or day is None:
            return index
        if day.text not in self.cues.weekdays:
            return index
        part = self._word(index + 2, sentence)
        if part is not None and part.text in ("morning", "afternoon", "evening", "night"):
            return index + 3
        return index + 2

    def _opens_clause(self, index: int, sentence: int) -> bool:
        """Whether the word at ``index`` opens its sentence or follows a comma."""
        before = self._word(index - 1, sentence)
        return before is None or not self.words[index].joined or before.text == ","

    def _past_relative(self, index: int, sentence: int) -> int:
        """Skips a relative clause after the subject: "Moskau, das ... bestreitet, bestellte".

        Returns the index after the clause's closing comma, or ``index`` when
        no relative clause opens there or none closes within the sentence.
        """
        comma = self._word(index, sentence)
        pronoun = self._word(index + 1, sentence)
        if comma is None or comma.text != "," or pronoun is None:
            return index
        if pronoun.text not in _RELATIVE_PRONOUNS:
            return index
        for offset in range(2, _MAX_RELATIVE_WORDS):
            word = self._word(index + offset, sentence)
            if word is None:
                return index
            if word.text == ",":
                return index + offset + 1
        return index

    def _past_conjuncts(self, index: int, sentence: int) -> int:
        """Skips coordinated names: "Paris und Berlin einigten sich" -> the verb's index.

        A conjunct opened by a determiner may also be a common noun phrase:
        "Kyiv and its allies discussed", "Kiew und seine Verbündeten berieten".
        """
        while True:
            word = self._word(index, sentence)
            if word is None or word.text.lower() not in _COORDINATORS:
                return index
            j = index + 1
            following = self._word(j, sentence)
            determined = following is not None and (
                following.text.lower() in _ARTICLES
                or following.text.lower() in self.cues.determiners
            )
            if determined:
                j += 1
            taken = 0
            while (
                taken < _MAX_NAME_WORDS
                and (name := self._word(j, sentence)) is not None
                and self._name_word(name)
            ):
                j += 1
                taken += 1
            if taken == 0 and determined:
                taken = self._common_conjunct(j, sentence)
                j += taken
            if taken == 0:
                return index
            index = j

    def _common_conjunct(self, index: int, sentence: int) -> int:
        """How many lower-case words after a determiner make a conjunct's noun ("its allies").

        English only (German nouns are capitalised, so names cover them); at
        most two words, none of them a verb, so the clause's verb stays next.
        """
        if self.language != "en":
            return 0
        cues = self.cues
        taken = 0
        while taken < 2:
            word = self._word(index + taken, sentence)
            if (
                word is None
                or not word.joined
                or not word.text.isalpha()
                or not word.text.islower()
                or word.text in self._stop
                or word.text in _PROGRESSIVE
                or self._is(word, cues.actor_verbs)
                or self._is(word, cues.auxiliaries)
            ):
                break
            taken += 1
        return taken

    def _verb_follows(self, index: int, sentence: int) -> bool:
        cues = self.cues
        word = self._word(index, sentence)
        skipped = 0
        while word is not None and word.joined and skipped < 3:
            if self._is(word, cues.actor_verbs) and word.text[:1].islower():
                return True
            if self._is(word, cues.auxiliaries):
                return self._verb_in_clause(index + 1, sentence)
            if self.language == "en" and word.text in _PROGRESSIVE:
                # "Washington and Brussels are negotiating" (not the passive "is shelled");
                # a passive of a verb of saying or dealing keeps the state, as its object
                # would ("Moscow is accused by Kyiv", "Washington was told"; link19).
                following = self._word(index + 1, sentence)
                return (
                    following is not None
                    and self._is(following, cues.actor_verbs)
                    and (
                        following.text.endswith("ing")
                        or not (
                            self._is(following, cues.event_verbs)
                            or self._is(following, cues.capture_verbs)
                        )
                    )
                )
            stance = cues.stance_verbs.get(self._lemma(word))
            if stance is not None:
                following = self._word(index + 1, sentence)
                return following is not None and following.text.lower() in stance
            if self.language == "en" and word.text.islower() and (
                word.text.endswith("ly") or word.text in self._own.subject_adverbs
            ):
                # "Washington quickly responded", "Ankara no longer opposes"
                index += 1
                skipped += 1
                word = self._word(index, sentence)
                continue
            return False
        return False

    def _speech_in_clause(self, index: int, sentence: int) -> bool:
        """A speech or action verb in the rest of an active German subordinate clause.

        "nachdem Peking Zölle angekündigt hatte" (the government acting), but not
        "nachdem Kiew angegriffen worden war" (a passive: the town attacked).
        """
        found = after_verb = False
        for word in self._clause_words(index, sentence):
            if word.text in _PASSIVE or (after_verb and word.text in _WERDEN):
                return False  # "angegriffen worden war", "angegriffen wurde"
            after_verb = self._clause_verb(word)
            found = found or (after_verb and self._is(word, self.cues.actor_verbs))
        return found

    def _verb_in_clause(self, index: int, sentence: int) -> bool:
        """An actor verb later in the clause ("hat ... gewarnt", "has ... refused").

        The participle of an attack may also count ("hat Awdijiwka
        eingenommen"), but not after a passive ("has been hit").
        """
        for word in self._clause_words(index, sentence):
            if word.text in _PASSIVE:
                return False
            if self._clause_verb(word):
                return True
        return False

    def _clause_words(self, index: int, sentence: int) -> Iterator[Word]:
        """The words from ``index`` up to the next gap or punctuation (at most 12)."""
        for offset in range(12):
            word = self._word(index + offset, sentence)
            if word is None or (offset and not word.joined) or word.is_punct:
                return
            yield word

    def _clause_verb(self, word: Word) -> bool:
        """A lower-case actor or event verb ("gewarnt", "eingenommen")."""
        return word.text[:1].islower() and (
            self._is(word, self.cues.actor_verbs) or self._is(word, self.cues.event_verbs)
        )

__all__ = ["NO_EVIDENCE", "NameKind", "Use", "UseEvidence", "UseReader"]
