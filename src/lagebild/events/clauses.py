"""Clauses and noun-phrase chunks over tokens and lemmas (no statistical parser).

A sentence is cut into clauses at punctuation, subordinating conjunctions,
relative pronouns and coordinated verb phrases; each clause is cut into
chunks (a noun phrase, possibly governed by a preposition, with genitive and
"von X" attachments and coordinated noun phrases). The word classes come from
closed lists (``resources/<lang>/event_syntax.yaml``), capitalisation (German
nouns), the trigger lexicon and a few suffix rules. This is what the event
coder needs to find subjects, objects and prepositional arguments; the choice
against a trained dependency parser is explained in ``docs/events.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lagebild.events.lexicon import Lexicon, SyntaxWords

# Word classes
PUNCT = "X"
QUOTE = "Q"
PREP = "P"
DET = "D"
COORD = "C"
SUBORD = "S"
AUX = "A"
MODAL = "M"
NOUN = "N"
VERB = "V"
PARTICLE = "T"
PRONOUN = "R"
NUMBER = "#"
# The years a lone four-digit number after a German verb is read as ("schlossen 1648 Frieden").
FIRST_YEAR, LAST_YEAR = 1000, 2100
OTHER = "O"

# English words that open a relative date before a time noun ("next week", "last month").
_RELATIVE_TIME_WORDS = frozenset({"last", "next", "coming", "past", "previous"})
# English: a bracketed name glossing the name before it ("Hizbollah (Party of God)
# group") has at most this many words, capitalised or these links.
MAX_GLOSS = 5
GLOSS_LINKS = frozenset({"of", "the", "for", "and", "de", "al"})
BOUNDARY_PUNCT = frozenset({",", ";", ":", "(", ")", "–", "—", "-", "[", "]"})
QUOTE_CHARS = frozenset({'"', "„", "“", "”", "«", "»", "‚", "‘", "’", "'", "‹", "›"})
_NUMBER_WORDS = frozenset({
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
    "zwanzig", "dreißig", "hundert", "tausend", "dutzend", "hunderte", "tausende", "million",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred",
    "thousand", "dozen", "hundreds", "thousands", "half", "a", "ein", "eine",
})
# English verb particles, when right after a verb ("cut off", "set up", "pulled out")
ENGLISH_PARTICLES = frozenset({"off", "up", "out", "down", "back", "away"})
_VERB_ENDINGS = ("t", "te", "ten", "en", "st", "tet", "ete", "eten")


@dataclass
class SentenceView:
    """The tokens of one sentence with the facts the coder needs about each."""

    language: str
    offset: int  # index of the first token in the document
    words: list[str]
    lower: list[str]
    lemmas: list[str]  # lowercase
    starts: list[int]
    ends: list[int]
    classes: list[str] = field(default_factory=list)
    in_quote: list[bool] = field(default_factory=list)
    # whether the lemmatizer wrote the lemma capitalised (a noun), where known
    noun_lemma: list[bool] = field(default_factory=list)
    # tokens of actor mentions that modify a noun ("israelische", "Israelische")
    modifiers: set[int] = field(default_factory=set)
    # token spans (first, last) of the sentence's actor mentions
    mention_spans: list[tuple[int, int]] = field(default_factory=list)
    # resolved places of the sentence: (start, end, ISO country code, text)
    places: list[tuple[int, int, str, str]] = field(default_factory=list)
    # start offsets of the places among them that are capitals (GeoNames PPLC)
    capitals: set[int] = field(default_factory=set)
    # start offsets of the places among them that are states (GeoNames PCL*)
    states: set[int] = field(default_factory=set)
    # the document's text (the offsets above index it)
    text: str = ""
    # what a pronoun or description may refer to (the previous sentence's subject);
    # set by the coder, typed loosely to keep this module free of coder types
    antecedent: Any = None
    # the same for pronouns of reported clauses, by token ("X sagte, sie habe ...")
    referents: dict[int, Any] = field(default_factory=dict)
    # first tokens of reported speech without "that" ("Iraq said | it would allow")
    complements: set[int] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.words)


@dataclass
class Clause:
    """A clause: the token indices (sentence-relative) it consists of."""

    kind: str  # main | sub | rel | inf | conj
    tokens: list[int]
    parent: Clause | None = None
    opener: str | None = None
    antecedent: int | None = None  # rel: index of the noun before the relative pronoun
    group: int = 0  # coordinated conjuncts share a group id
    chunks: list[Chunk] = field(default_factory=list)

    @property
    def first(self) -> int:
        """Index of the first token."""
        return self.tokens[0]

    @property
    def last(self) -> int:
        """Index of the last token."""
        return self.tokens[-1]


@dataclass
class Chunk:
    """A noun phrase (with its preposition, if any) inside a clause."""

    first: int
    last: int
    prep: str | None = None
    det: str | None = None
    head: int = -1  # the last noun-like token, -1 when none
    attached_to: Chunk | None = None
    attachment: str | None = None  # "gen" | "von" | None
    coord: int = -1  # chunks with the same id are coordinated
    position: int = 0  # order within the clause
    pronoun: bool = False  # a personal pronoun: fills a slot, names no actor
    temporal: bool = False  # "Anfang dieses Monats", "am Sonntag": an adverbial

    def covers(self, index: int) -> bool:
        """Whether token ``index`` is inside the chunk."""
        return self.first <= index <= self.last


def _bare_year(view: SentenceView, token: int) -> bool:
    """German: a lone year number ("empfing 1521 die Gesandten") dates, it is no object."""
    word = view.words[token]
    return view.classes[token] == NUMBER and len(word) == 4 and word.isdigit() and (
        FIRST_YEAR <= int(word) <= LAST_YEAR
    )


def _names_place(view: SentenceView, token: int) -> bool:
    """Whether ``token`` lies inside a resolved place name of the sentence."""
    start, end = view.starts[token], view.ends[token]
    return any(p_start <= start and end <= p_end for p_start, p_end, _, _ in view.places)


def overlaps_place(view: SentenceView, first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` share a character with a resolved place name.

    Args:
        view: The sentence.
        first: The first token of the span.
        last: The last token of the span (inclusive).

    Returns:
        True when any place of the sentence overlaps the span.
    """
    start, end = view.starts[first], view.ends[last]
    return any(p_start < end and start < p_end for p_start, p_end, _, _ in view.places)


def _append(chunks: list[Chunk], chunk: Chunk, coord_id: int) -> int:
    """Appends a chunk (a new coordination unless it joins one); returns the last id."""
    if chunk.coord < 0:
        coord_id += 1
        chunk.coord = coord_id
    chunk.position = len(chunks)
    chunks.append(chunk)
    return coord_id


def _is_number(word: str) -> bool:
    return word[:1].isdigit()


# English plurals that are nouns far more often than verbs: before a lowercase word other
# than an article or pronoun they modify it ("arms sales", "talks collapse" is rare).
_NOUN_FIRST_PLURALS = frozenset({"arms", "talks", "forces", "troops", "ties"})
# English verbs followed by a bare infinitive ("helped rebuild", "let them go").
_BARE_INFINITIVE_VERBS = frozenset({"help", "helped", "let", "make", "made", "see", "saw",
                                    "hear", "heard", "watch", "bid", "dare"})


class Reader:
    """Classifies tokens and builds clauses and chunks for one language."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.words: SyntaxWords = lexicon.syntax
        self.german = lexicon.language == "de"
        self._function = self.words.function_words
        self._long_titles = tuple(t for t in self.words.title_nouns if len(t) >= 5)

    # -- word classes ------------------------------------------------------------------
    def looks_verbal(self, view: SentenceView, i: int) -> bool:
        """Whether token ``i`` looks like a verb form (finite, participle or infinitive)."""
        low, lemma = view.lower[i], view.lemmas[i]
        if not self.german:
            return self._english_verbal(view, i)
        if self._extended_attribute(view, i):
            return False
        if low in self.lexicon.forms or lemma in self.lexicon.verbs or (
            lemma in self.lexicon.separable or low in self.lexicon.separable_forms
        ) or low in self.lexicon.light_forms:
            return not (view.words[i][:1].isupper() and i > 0)
        if view.words[i][:1].isupper() or low in self._function or len(low) < 4:
            return False
        if not lemma.endswith(("en", "ern", "eln")):
            return False
        previous = view.lower[i - 1] if i > 0 else ""
        if previous in self.words.determiners or previous in self.words.prepositions:
            return False  # attributive adjective ("die getöteten Soldaten")
        if low == lemma:
            return previous == "zu" or previous in self.words.modals
        return low.endswith(_VERB_ENDINGS)

    def _english_verbal(self, view: SentenceView, i: int) -> bool:
        """Whether an English word is read as a verb.

        "attacks" in "Israel attacks Gaza" is a verb, in "Israeli attacks on Gaza" a
        noun: a known verb form not after a determiner, a preposition or a number,
        or any "-ed" form in that position.
        """
        low, lemma = view.lower[i], view.lemmas[i]
        words = self.words
        if low in words.negations or low in words.adverbs:
            return False
        if i > 0 and view.words[i - 1] == "-" and view.starts[i] == view.ends[i - 1]:
            return False  # "Israeli-occupied": part of a compound adjective
        if i > 0 and view.words[i][:1].isupper() and any(
            a <= i <= b and a < b for a, b in view.mention_spans
        ):
            return False  # "the International Monetary Fund", "Rapid Support Forces": a name
        k = i - 1
        while k >= 0 and view.lower[k] in ("also", "reportedly", "allegedly", "then", "again",
                                           "later", "jointly", "repeatedly", "publicly",
                                           "formally", "officially", "strongly", "not", "n't",
                                           "never", "already", "still", "recently", "now"):
            k -= 1
        previous = view.lower[k] if k >= 0 else ""
        following = view.lower[i + 1] if i + 1 < len(view) else "."
        if low == lemma and k >= 1 and view.words[k][:1].isupper() and (
            view.lower[k - 1] in ("a", "an", "the")
        ):
            return False  # "a US offer", "the UN request": a name qualifies the noun
        if previous in words.determiners or previous in words.possessives or (
            previous.endswith("'s") or previous in ("'s", "’s", "'") or previous[:1].isdigit()
            or k in view.modifiers
        ):
            return False  # "the attack", "Israel's attack", "Russian forces"
        if previous in words.prepositions and previous not in ("to", "that"):
            # a gerund with an object ("guilty of violating the ceasefire") is verbal;
            # "after weeks of fighting" is a noun
            return low.endswith("ing") and (
                following in words.determiners or following in words.possessives
            )
        if low.endswith("ed") and k >= 0 and k == i - 1 and view.classes[k] == VERB and (
            i + 1 < len(view) and (view.words[i + 1][:1].isupper()
                                   or any(a == i + 1 for a, _ in view.mention_spans)
                                   or (view.words[i + 1][:1].islower() and view.words[i + 1][
                                       :1].isalpha() and following not in words.prepositions
                                       and following not in words.determiners
                                       and following not in words.adverbs))
        ):
            # "extradited suspected British militant X", "entered disputed waters": an
            # adjective
            return False
        if low.endswith("ed") and k < 0 and following[:1].isalpha() and (
            following not in words.prepositions and following not in words.determiners
        ):
            # "Ousted President X said", "Detained journalist X was freed": a participle
            # opening the sentence before its noun is an adjective (a finite verb would
            # need a subject before it)
            return False
        if previous == "to":
            # an infinitive is a lowercase base form: "to demands", "to talks", "to
            # Ukraine" are noun phrases, and so is a hyphenated modifier ("to flood-hit
            # Mozambique", "to war-torn Syria")
            return view.words[i][:1].islower() and not self._hyphen_joins(view, i) and not any(
                a <= i <= b for a, b in view.mention_spans
            ) and (low == lemma or low in self.lexicon.forms or low in self.cameo_forms) and (
                low not in words.destination_nouns
            )
        if previous in words.auxiliaries or previous in words.modals:
            return True
        if low != lemma and not low.endswith("ing") and k >= 0 and (
            view.classes[k] == NOUN and view.words[k][:1].islower()
        ) and any(c in (VERB, AUX, MODAL) for c in view.classes[:k]) and following in (
            "in", "by", "on", "at", "last", "from", "during", "since", "earlier", "this",
            "under", "with", "for", "over", "of",
        ):
            return False  # a reduced relative: "the agreement signed in March"
        if lemma in self.lexicon.verbs or low in self.lexicon.forms or (
            self.cameo_verbs is not None and (lemma in self.cameo_verbs or low in self.cameo_verbs)
        ):
            if low in _NOUN_FIRST_PLURALS and view.words[i + 1:i + 2] != [] and (
                view.words[i + 1][:1].islower() and following not in words.determiners
                and following not in words.possessives and following not in words.pronouns
            ):
                return False  # "the United Nations arms inspection team", "US arms sales"
            if low in (lemma + "s", lemma + "es") or (
                lemma.endswith("y") and low == lemma[:-1] + "ies"
            ):
                # "Israel attacks Gaza" (verb) vs "air strikes on Gaza" (noun)
                return k >= 0 and view.words[k][:1].isupper() and following not in (
                    "on", "against", "by", "in", "at", "of", "and", ",", ".", "from", "between"
                ) and not following.endswith("ed") and not (
                    # "U.N. monitors said": the plural noun is the speaker
                    i + 1 < len(view) and view.lemmas[i + 1] in words.speech_verbs
                )
            if low.endswith("ing"):
                # "were converging", "Israel attacking", ", killing 20 people", "began
                # withdrawing"; "the killing of" is a noun
                return k >= 0 and (previous in words.auxiliaries or view.words[k][:1].isupper()
                                   or previous in words.pronouns or previous == ","
                                   or view.classes[k] == VERB)
            irregular = low in self.lexicon.forms or low in self.cameo_forms
            if low == lemma and not irregular and 0 <= k == i - 1 and (
                view.classes[k] == VERB and view.lemmas[k] not in _BARE_INFINITIVE_VERBS
            ):
                return False  # "mobilized pressure groups": a base form after a verb
            # "humanitarian aid": a base form after an adjective or noun is a noun; after
            # a plural noun of people it is a headline's verb ("Tunisian authorities
            # arrest opposition leader", "Rebels attack army base")
            return not (
                low == lemma and not irregular and k >= 0 and view.words[k][:1].islower()
                and previous not in words.pronouns and previous not in words.relative_pronouns
                and previous not in words.coordinators and not previous.endswith("ed")
                and previous not in words.negations
                and not (previous != view.lemmas[k] and (
                    view.lemmas[k] in words.participant_nouns
                    or previous in words.participant_nouns))
            )
        return low.endswith("ed") and low != lemma and k >= 0

    cameo_verbs: frozenset[str] | None = None
    cameo_forms: frozenset[str] = frozenset()

    def attributive(self, view: SentenceView, i: int) -> bool:
        """Whether token ``i`` is a participle used as an adjective ("der ... getöteten X")."""
        return self.german and self._extended_attribute(view, i)

    def _extended_attribute(self, view: SentenceView, i: int) -> bool:
        """Whether a participle is part of an extended attribute, i.e. an adjective.

        In "der vom Iran unterstützten Gruppe" the participle stands between a
        determiner + prepositional phrase and the noun it modifies.
        """
        j = i + 1
        while j < min(i + 3, len(view)) and view.words[j][:1].islower() and view.lower[j].endswith(
            ("en", "e", "er", "es", "em")
        ) and view.lower[j] not in self._function:
            j += 1  # "die vor zwei Wochen verhängte nächtliche Ausgangssperre"
        following = view.words[j] if j < len(view) else ""
        if not following[:1].isupper() or not view.lower[i].endswith(("en", "e", "er", "es",
                                                                        "em")):
            return False
        if i > 0 and view.lower[i - 1] in self.words.determiners and (
            view.lower[i - 1] not in self.words.prepositions
        ):
            return True  # "aus dem belagerten Krankenhaus"
        k = i - 1
        seen_prep = False
        while k >= 0 and (view.words[k][:1].isupper() or view.lower[k][:1].isdigit()
                          or view.lower[k] in _NUMBER_WORDS or (
                              k < i - 1 and view.lower[k].endswith(("en", "e", "er", "es", "em"))
                              and view.lower[k] not in self._function
                              and view.words[k + 1][:1].isupper())
                          or view.lower[k] in self.words.prepositions
                          or view.lower[k] in self.words.determiners):
            low = view.lower[k]
            if low in self.words.prepositions:
                seen_prep = True
            elif low in self.words.determiners and seen_prep and (
                view.lower[k + 1] in self.words.prepositions
            ):
                return True
            k -= 1
        return False

    def classify(self, view: SentenceView) -> None:
        """Fills ``view.classes`` and ``view.in_quote``."""
        words = self.words
        classes: list[str] = []
        in_quote: list[bool] = []
        # filled as we go, so that rules can look at the classes of earlier tokens
        view.classes = classes
        view.in_quote = in_quote
        quoted = False
        n = len(view)
        for i in range(n):
            word, low = view.words[i], view.lower[i]
            if word in QUOTE_CHARS:
                # An apostrophe inside English text is rarely a quote mark.
                if word in {"'", "’"} and not self.german:
                    classes.append(PUNCT)
                    in_quote.append(quoted)
                    continue
                quoted = not quoted if word not in {"„", "«", "‚"} else True
                if word in {"“", "»"} and self.german and quoted is False:
                    quoted = False
                classes.append(QUOTE)
                in_quote.append(quoted)
                continue
            in_quote.append(quoted)
            if not any(ch.isalnum() for ch in word):
                classes.append(PUNCT)
            elif _is_number(word):
                classes.append(NUMBER)
            elif low in words.auxiliaries:
                classes.append(AUX)
            elif low in words.modals:
                classes.append(MODAL)
            elif low in words.pronouns and (word[:1].islower() or i == 0) and (
                low not in words.determiners or self._pronoun_use(view, i)
            ):
                classes.append(PRONOUN)
            elif low in words.separable_particles and self._clause_final(view, i):
                classes.append(PARTICLE)
            elif not self.german and low in ENGLISH_PARTICLES and i > 0 and (
                classes[i - 1] == VERB
            ):
                classes.append(OTHER)  # "cut off all trade", "set up a centre": a particle
            elif low in words.prepositions and (
                low not in words.determiners or not self._before_count(view, i)
            ) and not (low == "following" and i > 0 and view.lower[i - 1] in words.determiners):
                # "following the attack" is a preposition, "the following day" is not
                classes.append(PREP)  # "über neue Sanktionen"; "über 50 Tote" is a count
            elif low in ("als", "than") and i > 0 and view.lower[i - 1] in (
                "mehr", "weniger", "more", "fewer", "less"
            ):
                classes.append(DET)  # "mehr als 200 Geiseln"
            elif low == "als" and i + 1 < len(view) and view.lower[i + 1] in words.as_nouns:
                classes.append(PREP)  # "Als Reaktion auf den Angriff kündigte X an"
            elif low in words.subordinators:
                classes.append(SUBORD)
            elif low in words.coordinators or low in words.clause_coordinators:
                classes.append(COORD)
            elif low in words.determiners and not self._verb_like_determiner(view, i):
                classes.append(DET)
            elif self.looks_verbal(view, i):
                classes.append(VERB)
            elif self.german and word[:1].isupper() and (
                i > 0 or self._initial_noun(view, i)
            ):
                classes.append(NOUN)
            elif not self.german and low not in self._function:
                # English nouns are not capitalised: content words that are neither verbs
                # nor adverbs are read as (parts of) noun phrases; a participle that is not
                # a verb ("a diplomat accused of spying") is not a noun either
                classes.append(OTHER if low in words.adverbs or (
                    low.endswith("ed") and low != view.lemmas[i] and not word[:1].isupper()
                    # "evacuated the wounded": a participle standing for people
                    and not (low in words.participant_nouns and i > 0
                             and view.lower[i - 1] in words.determiners)
                ) or (
                    low.endswith("ly") and len(low) > 4 and not word[:1].isupper()
                    and not self._ly_noun(view, i)
                ) else NOUN)
            else:
                classes.append(OTHER)
        view.classes = classes
        view.in_quote = in_quote

    def _verb_like_determiner(self, view: SentenceView, i: int) -> bool:
        """Whether a German determiner form is the infinitive of a trigger verb.

        "sich nicht auf einen Text einigen können", "sich zu einigen": "einigen" is a
        verb when no noun phrase follows it (the end of the clause, a verb, "zu" before).
        """
        if not self.german or view.lower[i] not in self.lexicon.forms:
            return False
        following = view.lower[i + 1] if i + 1 < len(view) else "."
        return (not following[:1].isalpha() or following in self.words.auxiliaries
                or following in self.words.modals or (i > 0 and view.lower[i - 1] == "zu"))

    def _ly_noun(self, view: SentenceView, i: int) -> bool:
        """Whether a word in -ly is a noun, not an adverb ("rally", "supply", "ally")."""
        low, lemma = view.lower[i], view.lemmas[i]
        return lemma in self.lexicon.nouns or lemma in self.lexicon.verbs or (
            self.cameo_verbs is not None and lemma in self.cameo_verbs
        ) or low in self.words.participant_nouns or lemma in ("ally", "assembly", "family")

    def _initial_noun(self, view: SentenceView, i: int) -> bool:
        """Whether a sentence-initial capitalised word is a noun.

        It is when its lemma is one, or when a verb follows it ("Bewaffnete entführten").
        """
        if not view.noun_lemma or view.noun_lemma[i]:
            return True
        following = view.lower[i + 1] if i + 1 < len(view) else ""
        return following in self.lexicon.forms or view.lemmas[i + 1 if i + 1 < len(view)
                                                             else i] in self.lexicon.verbs

    @staticmethod
    def _before_count(view: SentenceView, i: int) -> bool:
        following = view.lower[i + 1] if i + 1 < len(view) else ""
        if following in ("ein", "eine"):
            # "über eine Million" is a count, "über eine Waffenruhe" a topic
            after = view.lower[i + 2] if i + 2 < len(view) else ""
            return after in _NUMBER_WORDS or after.startswith(("million", "milliard", "halb"))
        return following[:1].isdigit() or following in _NUMBER_WORDS

    def _pronoun_use(self, view: SentenceView, i: int) -> bool:
        """Whether "das"/"dies" is a pronoun: not followed by a noun phrase."""
        following = view.words[i + 1] if i + 1 < len(view) else "."
        after = view.words[i + 2] if i + 2 < len(view) else "."
        if following[:1].isupper() or following[:1].isdigit():
            return False  # "das Militär"
        # "das ukrainische Militär": an adjective and a noun follow
        return not (following[:1].isalpha() and after[:1].isupper())

    def _clause_final(self, view: SentenceView, i: int) -> bool:
        if not self.german:
            return False
        following = view.words[i + 1] if i + 1 < len(view) else "."
        if not any(ch.isalnum() for ch in following):
            return True
        low = following.lower()
        return low in self.words.clause_coordinators or low in self.words.auxiliaries or (
            low in self.words.modals
        )

    # -- clauses -------------------------------------------------------------------------
    def clauses(self, view: SentenceView) -> list[Clause]:
        """Cuts a classified sentence into clauses."""
        segments = self._segments(view)
        clauses: list[Clause] = []
        stack: list[Clause] = []
        group = 0
        for seg_index, segment in enumerate(segments):
            tokens = [i for i in segment if view.classes[i] not in (PUNCT, QUOTE)
                      or view.words[i] == ","]
            while tokens and view.words[tokens[0]] == ",":
                tokens.pop(0)
            if not tokens:
                continue
            if self.german and tokens[0] > 0 and view.words[tokens[0] - 1] == ":":
                # "stellte ein Ultimatum: Sollten die Geiseln ..., werde ...": what follows
                # a colon is a sentence of its own, not part of the clause before it
                stack = []
            kind, opener, antecedent = self._opening(view, tokens, segments, seg_index)
            if kind in ("sub", "rel", "inf"):
                parent = self._open_parent(view, stack)
                if kind == "inf" and not self.german and clauses and tokens[0] > 0 and (
                    view.classes[tokens[0] - 1] not in (PUNCT, QUOTE)
                ):
                    # "as he embarked on a trip | to seek support": an English infinitive
                    # right after a clause completes that clause
                    parent = clauses[-1]
                group += 1
                clause = Clause(kind, tokens, parent, opener, antecedent, group)
                clauses.append(clause)
                stack.append(clause)
                continue
            # Close finished subordinate clauses: a verb-final clause ends with its verb.
            while len(stack) > 1 and self._closed(view, stack[-1]):
                stack.pop()
            top = stack[-1] if stack else None
            if not self.german and top is not None and top.kind == "main" and (
                self._interjection(view, top, tokens, segments, seg_index)
            ):
                # "Israeli jets, acting on ..., struck X", "The minister, on his first trip
                # abroad, held talks": a participle or phrase between commas describes the
                # subject; the verb after it is the subject's, and the aside codes nothing
                continue
            if top is not None and top.parent is None and self._closed(view, top):
                # a fronted subordinate clause: "Wenn X angreift, wird Y ..."
                group += 1
                clause = Clause("main", tokens, None, None, None, group)
                top.parent = clause
                clauses.append(clause)
                stack[-1] = clause
                continue
            if self.german and kind == "coord" and top is not None and top.kind in (
                "main", "conj"
            ) and len(tokens) > 1 and view.classes[tokens[1]] in (VERB, AUX, MODAL):
                # "eröffneten das Feuer auf X, die ..., und töteten zwölf Menschen": a verb
                # phrase after a closed clause shares the subject of the clause it continues
                clause = Clause("conj", tokens, top.parent, opener, None, top.group)
                clauses.append(clause)
                stack[-1] = clause
                continue
            if top is None or (kind == "coord" and self._has_finite(view, tokens) and not (
                # "Bulgaria, Romania, and Greece signed": the last name of a list
                not self.german and top.kind == "main" and not self._has_finite(view, top.tokens)
            )) or (
                top.kind in ("main", "conj") and self._has_finite(view, top.tokens)
                and self._starts_new_main(view, tokens)
            ):
                group += 1
                parent = top.parent if top is not None else None
                clause = Clause("main", tokens, parent, opener if kind == "coord" else None,
                                None, group)
                if top is not None and top.kind in ("sub", "rel", "inf") and kind == "coord":
                    clause.kind = top.kind
                    clause.parent = top.parent
                clauses.append(clause)
                if stack:
                    stack[-1] = clause
                else:
                    stack.append(clause)
                continue
            top.tokens.extend(tokens)
        return [part for clause in clauses for part in self._split_coordination(view, clause)]

    def _interjection(self, view: SentenceView, top: Clause, tokens: list[int],
                      segments: list[list[int]], seg_index: int) -> bool:
        """English: whether a comma segment is an aside between a subject and its verb.

        The clause so far is a noun phrase without a verb, the segment opens with a
        participle or a preposition, and the next segment opens with the verb.
        """
        if seg_index + 1 >= len(segments) or self._has_finite(view, top.tokens) or not any(
            view.classes[i] == NOUN for i in top.tokens
        ):
            return False
        first = tokens[0]
        if view.classes[first] == VERB:
            if not view.lower[first].endswith(("ing", "ed", "en")):
                return False
        elif view.classes[first] == NOUN:
            # "acting on ...", read as a noun: an -ing form before a preposition
            if not (view.lower[first].endswith("ing") and len(tokens) > 1
                    and view.classes[tokens[1]] == PREP):
                return False
        elif view.classes[first] != PREP:
            return False
        following = [i for i in segments[seg_index + 1] if view.words[i] != ","]
        return bool(following) and view.classes[following[0]] in (VERB, AUX, MODAL) and (
            view.lower[following[0]] not in ("and", "or")
        )

    def _segments(self, view: SentenceView) -> list[list[int]]:
        segments: list[list[int]] = [[]]
        depth = 0
        resume: list[int] | None = None
        for i in range(len(view)):
            word = view.words[i]
            # A parenthesis ("Hizbollah (Party of God) group") is left out; the clause
            # goes on after it.
            if word == "(":
                depth += 1
                resume = segments[-1] if depth == 1 else resume
                continue
            if word == ")" and depth:
                depth -= 1
                if depth == 0 and resume is not None:
                    segments.append(resume)
                    segments.remove(resume)
                    resume = None
                continue
            if depth:
                continue
            if not self.german and i > 0 and segments[-1] and self._english_opener(view, i):
                segments.append([])
            if view.classes[i] == QUOTE or (
                word in BOUNDARY_PUNCT and not (word == "-" and self._glued(view, i))
            ):
                segments.append([i] if word == "," else [])
                continue
            segments[-1].append(i)
        return [s for s in segments if any(view.classes[i] not in (PUNCT, QUOTE) for i in s)]

    def _english_opener(self, view: SentenceView, i: int) -> bool:
        """An English subordinate, relative or infinitive clause starts here without a comma.

        Infinitives ("agreed | to set up a centre", "urged Israel | to allow aid") and
        reported speech without "that" ("Iraq said | it would allow ...") are clauses
        of their own, so that each verb reads its own subject and objects.
        """
        low = view.lower[i]
        previous = view.classes[i - 1]
        if low == "to":
            following = view.classes[i + 1] if i + 1 < len(view) else PUNCT
            return following in (VERB, AUX) and view.lower[i + 1] in (
                view.lemmas[i + 1], "be", "have"
            )
        if self._reported_speech(view, i):
            view.complements.add(i)
            return True
        if low in ("who", "which", "whom", "whose"):
            return previous in (NOUN, OTHER)
        if low == "that":
            following = view.classes[i + 1] if i + 1 < len(view) else PUNCT
            return previous in (VERB, NOUN, OTHER) and following in (DET, NOUN, PRONOUN, OTHER)
        return low in ("because", "after", "before", "while", "whether", "although", "unless",
                       "until", "if", "when", "where") and previous not in (DET, PREP)

    def _reported_speech(self, view: SentenceView, i: int) -> bool:
        """Whether reported speech without "that" starts at ``i`` ("said | it would ...").

        The token before (after at most a short time phrase: "said Thursday", "said on
        Sunday") is a reporting verb, and a subject with its own verb follows.
        """
        k = i - 1
        steps = 0
        while k > 0 and steps < 3 and (view.lower[k] in self.words.time_nouns
                                       or view.lower[k] in ("on", "late", "early")):
            k -= 1
            steps += 1
        if view.classes[k] != VERB or view.lemmas[k] not in self.words.speech_verbs:
            return False
        if view.classes[i] not in (PRONOUN, DET, NOUN, NUMBER) and not (
            view.words[i][:1].isupper()
        ):
            return False
        if view.classes[i] == PRONOUN and view.lower[i] in ("that", "this"):
            return False
        if view.lower[i] in self.words.time_nouns:
            return False  # "said on Tuesday | it had ...": the date belongs to the verb
        for j in range(i + 1, min(len(view), i + 7)):
            if view.classes[j] in (VERB, AUX, MODAL):
                return True
            if view.classes[j] in (PUNCT, SUBORD, PREP) and view.words[j] != "'s":
                return False
            if view.lower[j] == "that":
                return False  # "warned Kosovo that ...": an object, then the clause
        return False

    def _hyphen_joins(self, view: SentenceView, i: int) -> bool:
        """Whether an English word is joined to the word after next by a glued hyphen.

        "Asia-Pacific" is tokenized as three tokens and the hyphen is no clause token,
        so without this the name's noun phrase would end at "Asia".
        """
        k = i + 1
        return not self.german and k + 1 < len(view) and view.words[k] == "-" and (
            view.ends[i] == view.starts[k] and view.ends[k] == view.starts[k + 1]
        )

    def _listed(self, view: SentenceView, tokens: list[int], pos: int, previous: Chunk,
                mention_tokens: set[int]) -> bool:
        """English: whether a name after a comma continues a list of names.

        "Israel, Egypt and Jordan": the comma coordinates when names stand on both sides
        and a coordinator closes the list before the verb (an apposition such as
        "Museveni, the president of Uganda," is no list).
        """
        i = tokens[pos]
        if self.german or previous.last + 2 != i or view.words[i - 1] != "," or (
            previous.head not in mention_tokens or i not in mention_tokens
        ):
            return False
        for k in tokens[pos + 1:]:
            if view.classes[k] in (VERB, AUX, MODAL, SUBORD, PREP):
                return False
            if view.classes[k] == COORD and view.lower[k] in self.words.coordinators:
                return True
        return False

    def _gap_joins(self, view: SentenceView, i: int, k: int) -> bool:
        """Whether English words ``i`` and ``k`` belong to one noun phrase across punctuation.

        "Kurdistan Workers' Party" is one name around its apostrophe, and "The
        Asia-Pacific Economic Cooperation (APEC) forum" one phrase around the
        acronym in brackets (names of organisations in wire ledes carry one), as is
        "The Hizbollah (Party of God) group" around a bracketed name after a name.
        """
        if self.german or k <= i + 1:
            return False
        if any(a <= i and k <= b for a, b in view.mention_spans):
            return True
        if view.words[i + 1] != "(" or view.words[k - 1] != ")":
            return False
        if k - i == 4 and view.words[i + 2].isupper():
            return True
        inner = view.words[i + 2:k - 1]
        return 0 < len(inner) <= MAX_GLOSS and view.words[i][:1].isupper() and (
            inner[0][:1].isupper()) and all(
            w[:1].isupper() or w.lower() in GLOSS_LINKS for w in inner)

    @staticmethod
    def _glued(view: SentenceView, i: int) -> bool:
        return (i > 0 and view.ends[i - 1] == view.starts[i]) or (
            i + 1 < len(view) and view.ends[i] == view.starts[i + 1]
        )

    def _opening(
        self, view: SentenceView, tokens: list[int], segments: list[list[int]], seg_index: int
    ) -> tuple[str, str | None, int | None]:
        words = self.words
        first = view.lower[tokens[0]]
        second = view.lower[tokens[1]] if len(tokens) > 1 else ""
        if first in words.infinitive_openers and "zu" in (view.lower[i] for i in tokens):
            return "inf", first, None
        if not self.german and first == "to" and seg_index > 0:
            return "inf", first, None
        if not self.german and tokens[0] in view.complements:
            return "sub", None, None  # reported speech: "said | it would ..."
        if first in words.subordinators and not (
            self.german and first in {"als", "wie", "bis", "seit", "während"}
            and not self._verb_final(view, tokens)
        ) and not (first == "als" and second in words.as_nouns):
            if not self.german and first == "that" and self._is_relative_that(view, tokens):
                return "rel", first, self._antecedent(view, tokens[0])
            return "sub", first, None
        if self.german and first in words.hypothetical_openers and first in words.modals and (
            len(tokens) > 2 and self._verb_final(view, tokens)
        ):
            # "Sollte Israel Rafah angreifen, ...", "..., sollte es erneut angreifen": a
            # conditional clause with the verb first
            return "sub", first, None
        if self.german and seg_index > 0 and self._zu_infinitive(view, tokens):
            return "inf", None, None
        if seg_index > 0 and (
            (first in words.relative_pronouns)
            or (first in words.prepositions and second in words.relative_pronouns)
        ) and (not self.german or self._verb_final(view, tokens)):
            return "rel", first, self._antecedent(view, tokens[0])
        if first in words.clause_coordinators:
            return "coord", first, None
        return "cont", None, None

    def _zu_infinitive(self, view: SentenceView, tokens: list[int]) -> bool:
        """Whether a segment is a zu-infinitive ("..., Israel anzugreifen")."""
        last = tokens[-1]
        if len(tokens) > 1 and view.lower[tokens[-2]] == "zu" and view.classes[last] in (
            VERB, AUX
        ):
            return True  # "..., zu verhandeln", "..., abgeschossen zu haben"
        if view.classes[last] != VERB:
            return False
        low = view.lower[last]
        k = low.find("zu", 1)
        return k > 0 and low[:k] in self.words.separable_particles and low.endswith("en")

    def _is_relative_that(self, view: SentenceView, tokens: list[int]) -> bool:
        following = view.classes[tokens[1]] if len(tokens) > 1 else PUNCT
        if following in (DET, PRONOUN) or (
            len(tokens) > 1 and view.words[tokens[1]][:1].isupper()
        ):
            return False  # "said that the US must": a complement clause
        before = tokens[0] - 1
        while before >= 0 and view.classes[before] == PUNCT:
            before -= 1
        return before >= 0 and view.classes[before] == NOUN and not self.looks_verbal(view, before)

    def _antecedent(self, view: SentenceView, first: int) -> int | None:
        """The noun a relative pronoun refers to.

        It is the last noun before it, skipping a clause-final verb ("vier Geiseln
        freigelassen, die ...").
        """
        i = first - 1
        while i >= 0 and view.classes[i] in (PUNCT, QUOTE, VERB, PARTICLE, AUX, MODAL):
            i -= 1
        return i if i >= 0 and view.classes[i] in (NOUN, NUMBER) else None

    def _verb_final(self, view: SentenceView, tokens: list[int]) -> bool:
        last = tokens[-1]
        return view.classes[last] in (VERB, AUX, MODAL, PARTICLE) or self.looks_verbal(view, last)

    def _closed(self, view: SentenceView, clause: Clause) -> bool:
        if clause.kind not in ("sub", "rel", "inf"):
            return False
        if not self.german:
            return True
        return self._verb_final(view, clause.tokens)

    def _has_finite(self, view: SentenceView, tokens: list[int]) -> bool:
        return any(view.classes[i] in (VERB, AUX, MODAL) for i in tokens)

    def _starts_new_main(self, view: SentenceView, tokens: list[int]) -> bool:
        """A comma-separated segment with its own subject and verb ("X griff an, Y floh")."""
        if not self._has_finite(view, tokens):
            return False
        first_class = view.classes[tokens[0]]
        if first_class in (VERB, AUX, MODAL):
            # "..., erklärte Blinken": a reporting clause after reported speech ("...,
            # teilte ein Sprecher mit": the verb with its particle)
            last = next((i for i in reversed(tokens) if view.classes[i] != PUNCT), tokens[0])
            particle = view.lower[last] if view.classes[last] == PARTICLE else ""
            return not self.german or view.lemmas[tokens[0]] in self.words.speech_verbs or (
                particle + view.lemmas[tokens[0]] in self.words.speech_verbs
            )
        if not self.german:
            # "..., a senior official said": a subject with its own verb
            return first_class in (DET, NOUN, PRONOUN, NUMBER) and any(
                view.classes[i] in (VERB, AUX, MODAL) for i in tokens[1:]
            )
        # German: a noun phrase followed directly by the finite verb (V2).
        for i in tokens[1:5]:
            if view.classes[i] in (VERB, AUX, MODAL):
                return True
            if view.classes[i] in (PREP, SUBORD, COORD):
                return False
        return False

    def _open_parent(self, view: SentenceView, stack: list[Clause]) -> Clause | None:
        while len(stack) > 1 and self._closed(view, stack[-1]):
            stack.pop()
        return stack[-1] if stack else None

    def _split_coordination(self, view: SentenceView, clause: Clause) -> list[Clause]:
        """Splits "griffen an und drangen ein" / "getötet und verletzt wurden" into conjuncts."""
        parts: list[list[int]] = [[]]
        tokens = clause.tokens
        for pos, i in enumerate(tokens):
            if view.lower[i] in self.words.clause_coordinators and 0 < pos < len(tokens) - 1:
                before = tokens[pos - 1]
                after = tokens[pos + 1]
                verb_before = view.classes[before] in (VERB, PARTICLE) or (
                    view.classes[before] == AUX and self.german
                )
                verb_after = view.classes[after] in (VERB, AUX, MODAL)
                if ((verb_before and (self.german or verb_after)) or (
                    verb_after and self._has_finite(view, parts[-1])
                )) and (self._has_finite(view, parts[-1]) or verb_before):
                    parts.append([])
                    continue
            parts[-1].append(i)
        parts = [p for p in parts if p]
        if len(parts) == 1:
            return [clause]
        out = []
        for k, part in enumerate(parts):
            out.append(Clause(clause.kind if k == 0 else "conj", part, clause.parent,
                              clause.opener, clause.antecedent, clause.group))
        return out

    # -- chunks --------------------------------------------------------------------------
    def chunk(self, view: SentenceView, clause: Clause, mention_tokens: set[int]) -> None:
        """Fills ``clause.chunks`` with the clause's noun phrases."""
        words = self.words
        tokens = clause.tokens
        chunks: list[Chunk] = []
        pos = 0
        coord_id = 0
        previous: Chunk | None = None
        pending_prep: str | None = None
        pending_coord = False
        while pos < len(tokens):
            i = tokens[pos]
            cls = view.classes[i]
            low = view.lower[i]
            if pos == 0 and clause.kind == "sub" and clause.opener == low:
                pos += 1  # "Während israelische Truppen ...": a conjunction, no preposition
                continue
            if cls == PREP and not self.german and low == "at" and i + 1 < len(view) and (
                view.lower[i + 1] in ("least", "most")
            ):
                pos += 2  # "killing at least 20 people": a quantifier, no preposition
                continue
            if cls == PREP:
                # "according to X" stays "according": an attribution, never a recipient
                if not (low == "to" and pending_prep == "according"):
                    pending_prep = words.contractions.get(low, low)
                if low == "zufolge":
                    pending_prep = "laut"
                    if chunks and chunks[-1].last == i - 1 and chunks[-1].prep is None:
                        # "Aktivisten zufolge": a postposition; its noun is no subject
                        chunks[-1].prep, pending_prep = "laut", None
                pos += 1
                continue
            if (cls in (COORD,) and low in words.coordinators) or view.words[i] == ",":
                pending_coord = previous is not None and pending_prep is None
                pos += 1
                continue
            # (German "die Israel angegriffen hatte", "auf die sich X geeinigt hatte": a
            # relative pronoun is a phrase of its own, not the article of a name)
            if cls == PRONOUN or (self.german and cls == DET and clause.kind == "rel" and (
                pos == 0 or (pos == 1 and view.classes[tokens[0]] == PREP)
            ) and low in words.relative_pronouns and pos + 1 < len(tokens) and (
                tokens[pos + 1] in mention_tokens or view.lower[tokens[pos + 1]] == "sich"
                or view.classes[tokens[pos + 1]] in (DET, PRONOUN, PREP, VERB, AUX, MODAL)
            )):
                coord_id = _append(chunks, Chunk(i, i, pending_prep, low, -1, pronoun=True),
                                   coord_id)
                previous = None
                pending_prep = None
                pending_coord = False
                pos += 1
                continue
            if self._np_token(view, i, mention_tokens) or cls == DET:
                if not pending_coord and previous is not None and pending_prep is None and (
                    self._listed(view, tokens, pos, previous, mention_tokens)
                ):
                    pending_coord = True  # "Israel, Egypt and Jordan agreed"
                end = pos
                det = low if cls == DET else None
                seen_noun = (cls == NOUN and i not in view.modifiers) or (
                    i in mention_tokens and view.words[i][:1].isupper()
                    and i not in view.modifiers
                )
                while end + 1 < len(tokens) and (
                    tokens[end + 1] == tokens[end] + 1 or self._hyphen_joins(view, tokens[end])
                    or self._gap_joins(view, tokens[end], tokens[end + 1])
                ) and self._np_continues(view, tokens[end + 1], mention_tokens, seen_noun):
                    end += 1
                    nxt = tokens[end]
                    seen_noun = seen_noun or (
                        view.classes[nxt] == NOUN and nxt not in view.modifiers
                    )
                # German genitive or "von" attachment to a common noun
                first, last = i, tokens[end]
                head = self._head(view, first, last, mention_tokens)
                chunk = Chunk(first, last, pending_prep, det, head)
                chunk.temporal = (self.german and first == last and _bare_year(view, first)) or (
                    any(
                        (view.lemmas[k] in words.time_nouns or view.lower[k] in words.time_nouns)
                        # "a two-day visit": a duration modifier, no time phrase
                        and not (first <= k - 2 and k < last and self._hyphen_joins(view, k - 2))
                        for k in range(first, last + 1)
                    ) and not any(k in mention_tokens for k in range(first, last + 1))
                )
                if self.german and previous is not None and not pending_coord and (
                    pending_prep is None and previous.head >= 0 and previous.last + 1 == first
                    and view.classes[previous.head] == NOUN
                    and (det in words.genitive_determiners
                         or (det == "der" and previous.head not in mention_tokens))
                ):
                    chunk.attached_to, chunk.attachment = previous, "gen"
                elif previous is not None and not pending_coord and pending_prep in (
                    ("von",) if self.german else ("of",)
                ) and previous.head >= 0 and previous.last + 2 == first and (
                    previous.head not in mention_tokens and view.classes[previous.head] in (
                        NOUN, NUMBER)
                ) and not previous.temporal and not _names_place(view, previous.head):
                    # "am Montag von der Hamas angegriffen", "in Gaza von der Hamas
                    # angegriffen": a date or a place takes no "von" phrase
                    chunk.attached_to, chunk.attachment = previous, "von"
                elif self.german and previous is not None and not pending_coord and (
                    pending_prep is None and previous.last + 1 == first and det is None
                    and first in mention_tokens and view.lower[first].endswith("s")
                    and view.classes[first] == NOUN and previous.head >= 0
                ):
                    chunk.attached_to, chunk.attachment = previous, "gen"
                elif pending_coord and previous is not None:
                    base = previous
                    if self.german and previous.attachment == "gen" and (
                        previous.attached_to is not None and det is not None
                        and det not in words.genitive_determiners and det != "der"
                    ):
                        # "über die Stärkung der Ostflanke und weitere Waffenlieferungen":
                        # the conjunct joins the phrase the genitive hangs on
                        base = previous.attached_to
                    elif self.german and previous.prep == "in" and det in ("die", "das") and (
                        len(chunks) > 1 and chunks[-2].prep is None and chunks[-2].head >= 0
                        and view.classes[chunks[-2].head] == NOUN
                        and chunks[-2].last + 2 == previous.first
                        and previous.det is None and previous.first == previous.last
                        and pending_prep is None
                    ):
                        # "Die Regierung in Kiew und die USA": a nominative conjunct after
                        # a place joins the noun the place qualifies, not the place
                        base = chunks[-2]
                    chunk.coord = base.coord
                    chunk.prep = base.prep if pending_prep is None else pending_prep
                    chunk.attached_to, chunk.attachment = base.attached_to, base.attachment
                coord_id = _append(chunks, chunk, coord_id)
                previous = chunk
                pending_prep = None
                pending_coord = False
                pos = end + 1
                continue
            # a verb or anything else ends the noun phrase context
            if cls in (VERB, AUX, MODAL, SUBORD, PARTICLE) or (cls == OTHER and not self.german):
                previous = None if cls != OTHER else previous
                pending_coord = False
            pending_prep = None if cls != OTHER else pending_prep
            pos += 1
        clause.chunks = chunks

    def _np_token(self, view: SentenceView, i: int, mention_tokens: set[int]) -> bool:
        cls = view.classes[i]
        if i in mention_tokens:
            return True
        if cls in (NOUN, NUMBER):
            return True
        if cls == OTHER:
            # adjectives before a noun
            j = i + 1
            while j < len(view) and view.classes[j] == OTHER:
                j += 1
            return j < len(view) and (view.classes[j] in (NOUN, NUMBER) or j in mention_tokens)
        return False

    def _np_continues(self, view: SentenceView, i: int, mention_tokens: set[int],
                      seen_noun: bool) -> bool:
        cls = view.classes[i]
        if not self.german:
            if seen_noun and view.words[i][:1].isupper() and i not in mention_tokens and (
                view.lower[i] in self.words.time_nouns
            ):
                return False  # "issued a reminder Saturday to Iraq": a date, not the noun's
            if seen_noun and view.lower[i] in _RELATIVE_TIME_WORDS and i + 1 < len(view) and (
                view.lemmas[i + 1] in self.words.time_nouns
            ):
                return False  # "travel to Moscow next week": the date opens a phrase
            if not seen_noun and cls == OTHER:
                return self._np_token(view, i, mention_tokens)  # "67 elderly nationals"
            if not seen_noun and cls == DET and view.classes[i - 1] == DET:
                return True  # "a two-day visit", "the two countries": one phrase
            # English noun phrases run until a function word or verb: nouns are not
            # capitalised, so "the prime minister", "northern Israel" are one phrase
            return i in mention_tokens or cls in (NOUN, NUMBER) or view.words[i] in (
                "'s", "’s", "'") or (cls == DET and view.lower[i] in ("than", "about"))
        if seen_noun:
            # after the head noun only name parts continue the phrase ("Sayyed Hassan
            # Nasrallah", "Präsident Selenskyj"), and a counted noun after a count noun
            # ("Tausende Menschen"); a common noun, number or adjective opens a new one
            # ("in der Nacht Ziele der Hamas", "am Dienstag Kiew")
            previous = i - 1
            if i in mention_tokens and view.words[i][:1].isupper() and (
                self._same_mention(view, previous, i, mention_tokens)
                or self.title(view.lemmas[previous])
            ):
                return True
            if cls == NOUN and view.lemmas[previous] in self.words.quantity_nouns:
                return True
            return not self.german and view.words[i] in ("'s", "’s", "'")
        if i in mention_tokens or cls in (NOUN, NUMBER):
            return True
        if cls == DET and view.lower[i] in ("mehr", "als", "etwa", "rund", "than", "about"):
            return True
        if cls == OTHER:
            return self._np_token(view, i, mention_tokens)
        return not self.german and view.words[i] in ("'s", "’s", "'")

    @staticmethod
    def _same_mention(view: SentenceView, previous: int, i: int,
                      mention_tokens: set[int]) -> bool:
        """Whether two tokens belong to one actor mention ("die Hamas Israel" are two)."""
        if previous not in mention_tokens:
            return False
        return not view.mention_spans or any(
            a <= previous and i <= b for a, b in view.mention_spans)

    def title(self, lemma: str) -> bool:
        """Whether a noun is a title or role ("Präsident", "Hamas-Vizechef")."""
        titles = self.words.title_nouns
        if lemma in titles:
            return True
        return any(lemma.endswith(t) for t in self._long_titles)

    @staticmethod
    def _head(view: SentenceView, first: int, last: int, mention_tokens: set[int]) -> int:
        for i in range(last, first - 1, -1):
            if view.classes[i] in (NOUN, NUMBER) or i in mention_tokens:
                return i
        return -1
