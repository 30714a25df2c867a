"""Counts of things (stage ``quantities``): how many were killed, taken, fired.

Each :class:`~lagebild.model.Quantity` is a count in the text with its value,
bounds, bound type, the counted noun and a category. German and English.

How a count is found:

1. One compiled regular expression scans the document for number cores:
   digits with German or English separators ("1.400", "1,400", "2,5"), number
   words parsed by text2num ("vier", "zweihundert", "zweiundzwanzig",
   "twenty-five"), lexicon phrases ("ein Dutzend"), vague magnitudes
   ("Tausende", "tens of thousands") and, for single casualties, articles
   ("ein 17-Jähriger wurde getötet" = 1 killed). The same scan consumes dates
   ("7.10.2023"), clock times, scores and phone numbers so that their digits
   are never read as counts.
2. Around each core, small anchored expressions read a qualifier before it
   ("mindestens", "more than"), a multiplier after it ("Millionen", "Mio."),
   a range ("zwischen 20 und 30", "20 bis 30", "20-30") and "oder mehr".
3. On the tokens and lemmas of the sentence: the counted noun (German nouns
   are capitalised; English nouns come from the lexicon or are the last word
   before a function word), partitives ("vier der etwa 200 Geiseln",
   "Tausende von Raketen"), ellipsis ("Tausende weitere" takes the noun of
   the count before), and the category.

The category comes from the word that governs the counted noun, found
without a parser. Sentences are cut into clauses at punctuation,
conjunctions (not those joining two counted nouns: "Raketen und
Marschflugkörper") and subordinators (German ones only after a comma, so that
"seit Beginn der Offensive" stays a preposition; English "since", "after"
only before a clause, not "since Sunday" or "have since been"). A cue (verb,
participle, noun or phrase from ``quantities_cues.tsv``, by word form or
lemma) applies when it suits the noun's class (people are killed, rockets are
fired, drones shot down are targets). Cues may span words ("kosten … leben":
"kostete 21 Menschen das Leben"; "fly … out"); German separable verbs are
joined with their particle ("ließ ... frei", and "freikamen" split into "frei"
+ "kommen"); a noun with its complement ("den Tod von", "the release of")
governs only the count right after it; an English verb cue after a
determiner is a noun and governs nothing else; "has"/"hat" before a verb is
an auxiliary. In order:

1. an attribute between number and noun ("200 verschleppte Geiseln", "drei
   aus dem Jemen gestartete Drohnen") unless the clause has a verb that says
   what happened to them ("ließ 19 entführte Dorfbewohner frei");
2. the nearest cue in the count's clause (after it first), not beyond
   another count ("Von den 40 entführten Touristen sind 12 wieder frei") and
   not a cue that another count owns: the one right before its number, or
   between two counts, unless passive or intransitive ("Zwei Angreifer
   erschossen fünf Passanten": the attackers are not killed);
3. the group a count belongs to: "darunter elf Kinder", "including",
   "two of them", "von denen 130", "Unter den (240) Geiseln sind 30 Kinder",
   "among the dead", "Of the 1,200 people killed, around 800 ...";
4. the main clause resumed after a relative clause, the relative clause on
   the noun, a coordinated count's cue ("zwei Amerikaner und zwei Israelis
   freigelassen"), a coordinated verb phrase when the count is its subject,
   and the verb of the clause before a German clause without a verb ("Die
   Armee verlor 16 Soldaten, die Miliz mehr als 40 Kämpfer");
5. a bare number takes the class of the count before it, which decides the
   cues that suit it ("Während 24 Geiseln freikamen, werden 136
   festgehalten"; "Of the 31 rockets fired, 27 were intercepted");
6. the noun itself ("Tote", "Geiseln"); soldiers and fighters default to
   ``troops``; anything else is ``other``.

The inner count of a partitive ("200" in "vier der 200 Geiseln") never takes
the clause's verb (that belongs to "vier"), only its attribute, its relative
clause or its noun; weapons counted that way share the outer count's
category ("38 von 44 Drohnen abgefangen").

Conventions (also in ``resources/{de,en}/quantities.yaml``):

* Only counts of things are emitted. Dates, ordinals ("7. Oktober"), clock
  times, years without a counted noun, phone numbers, percentages, money,
  measures, fractions, frequencies ("dreimal") and durations ("18 Tagen")
  are not emitted at all; neither are ages, except that a person given by
  age counts once when a casualty verb applies to them.
* A digit or number-word count needs a counted noun, a partitive head, or a
  category cue ("zwei wurden getötet"); vague magnitudes are emitted alone.
* bound: exact | at_least | more_than | about | up_to | at_most | less_than
  | approx_range. low/high follow from it (counts are whole numbers): exact
  -> low = high = value; at_least -> low = value; more_than -> low = value
  + 1; up_to, at_most -> high = value; less_than -> high = value - 1;
  about -> none; approx_range ("20 bis 30" and vague magnitudes) -> value
  None with both ends. These are the project's annotation conventions
  (``tests/gold/README.md``).
* Vague magnitudes: value None, bound "approx_range", low/high by this table:
  Dutzende / dozens 24-99, Hunderte / hundreds 200-999, Tausende /
  thousands 2,000-9,999, Zehntausende / tens of thousands 20,000-99,999,
  Hunderttausende / hundreds of thousands 200,000-999,999, Millionen /
  millions 2,000,000-9,999,999 (the smallest plural reading up to just
  below the next magnitude). Counts in dozens ("ein Dutzend", "zwei
  Dutzend", "a dozen") are ``about`` 12, 24, ...
* "knapp" (just under), "gut" (a good), "fast", "nearly", "almost" are
  ``about``: the stated figure is the value users want; "just under" is
  ``less_than``.
* categories: killed, injured, missing, abducted, released, arrested,
  displaced, weapons_fired, weapons_held, troops, evacuated, other. Own
  fighters "verloren" (lost) are killed; people in shelters or tents are
  displaced (fleeing suspects are not); rescued people are evacuated;
  intercepted projectiles were fired; drones shot down, targets destroyed
  and weapons delivered are other (``tests/gold/README.md``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from lagebild.model import Quantity
from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources
from lagebild.stages.quantity_lexicon import (
    CASUALTY_CATEGORIES,
    CUE_GAP,
    NONE,
    PERSON,
    THING,
    TROOPS,
    WEAPON_CLASSES,
    Cue,
    Noun,
    QuantityLexicon,
    load_quantity_lexicon,
    parse_number_word,
    separable_lemma,
)

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w")
_WORD_ENDS = re.compile(r"[^\s-]+")
# Punctuation that ends a clause (not "-", which joins "17-year-old").
_CLAUSE_PUNCT = frozenset(",;:()[]–—\"„“”»«‚‘’›‹")
_CLOSING = " \t\n\"'“”»«’)]"
_SENTENCE_END = ".!?\"“”»:"
_YEAR = re.compile(r"(?:18|19|20)\d\d|2100")
# Digits grouped in thousands ("3.000", "1,200") are never labels or years.
_GROUPED = re.compile(r"\d[.,]\d{3}(?!\d)")
# Endings of an inflected German participle ("gestartete", "lebenden").
_PARTICIPLE_ENDINGS = ("te", "ten", "ter", "tes", "ene", "enen", "ener", "ende", "enden", "ender")
# English words that resume a main clause after a relative clause.
_RESUMING = frozenset({"was", "were", "is", "are", "have", "has", "had", "will", "would"})


@dataclass
class _Expr:
    """A number expression and what the stage learns about it."""

    start: int
    end: int
    core_end: int
    kind: str
    value: float | None
    low: float | None
    high: float | None
    bound: str
    year_like: bool = False
    first: int = 0  # first token (sentence-relative)
    last: int = 0  # token after the expression (sentence-relative)
    thing: int | None = None  # token of the counted noun
    thing_end: int | None = None  # token after the noun (multi-token English ages)
    noun: Noun | None = None
    cls: str = NONE
    ellipsis: bool = False
    via_partitive: bool = False  # "vier der Geiseln", "four of the hostages"
    partitive_of: _Expr | None = None
    embedded: bool = False
    unit: bool = False
    qualified: bool = False  # a qualifier ("rund", "more than") precedes the number
    of_pronoun: bool = False  # "two of them", "zwei von ihnen": members of the count before
    category: str | None = None  # once decided: read by counts that include this one
    decided: bool = False
    claimed: set[int] = field(default_factory=set)


def _right(e: _Expr) -> int:
    """The token after a count and its noun (the noun only when it follows the count)."""
    if e.thing is not None and e.thing_end is not None and e.thing >= e.last:
        return e.thing_end
    return e.last


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text.strip()).lower()


def parse_digits(digits: str, decimal_separator: str, before_multiplier: bool) -> float:
    """Reads digits written with German or English separators.

    A separator followed by exactly three digits groups thousands ("1.400",
    "1,400"), unless a multiplier follows and it is the language's decimal
    separator ("1,500 Millionen" in German). Other single separators are
    decimal ("2,5", "2.5"). With both kinds, the last one is the decimal.

    Args:
        digits: The matched digits, e.g. "1.400" or "2,5".
        decimal_separator: "," (German) or "." (English).
        before_multiplier: Whether "Millionen", "million" etc. follows.

    Returns:
        The number.
    """
    digits = digits.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    separators = [c for c in digits if c in ".,"]
    if not separators:
        return float(digits)
    if len(set(separators)) == 2:
        decimal = digits[max(digits.rfind("."), digits.rfind(","))]
        grouping = "," if decimal == "." else "."
        return float(digits.replace(grouping, "").replace(decimal, "."))
    sep = separators[0]
    groups = digits.split(sep)
    grouped = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if len(groups) > 2 or (grouped and not (before_multiplier and sep == decimal_separator)):
        return float(digits.replace(sep, ""))
    return float(digits.replace(sep, "."))


def _word_before(text: str, start: int) -> str:
    before = text[max(0, start - 24):start].split()
    return before[-1].lower() if before else ""


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_END


# Counts in dozens are approximate by convention ("zwei Dutzend Verletzte").
_DOZEN = re.compile(r"(?i:dutzend|dozen)")


class _Reader:
    """Reads number expressions from the text around scanner matches."""

    def __init__(self, lex: QuantityLexicon, text: str) -> None:
        self.lex = lex
        self.text = text

    def number(self, kind: str, start: int, end: int) -> tuple[float, float, int] | None:
        """Value, multiplier (1 when none) and end of a digits or number-word core."""
        lex, text = self.lex, self.text
        if kind == "morph":
            words = text[start:end]
            lower = _normal(words)
            if lower in lex.not_numbers:
                return None
            if words[0].isupper() and lower in lex.capitalised_not_numbers and not (
                _sentence_initial(text, start)
            ):
                return None
            found = parse_number_word(lower, lex.language)
            if found is None:
                # "two and three": keep the longest prefix text2num accepts.
                ends = [start + m.end() for m in _WORD_ENDS.finditer(words)]
                for cut in reversed(ends[:-1]):
                    found = parse_number_word(_normal(text[start:cut]), lex.language)
                    if found is not None:
                        end = cut
                        break
                if found is None:
                    return None
            value = found
        multiplier = lex.multiplier_after.match(text, end)
        if kind == "digits":
            value = parse_digits(text[start:end], lex.decimal_separator, multiplier is not None)
        if multiplier is None:
            return value, 1.0, end
        return value, lex.multipliers[_normal(multiplier.group())], multiplier.end()

    def read(self, match: re.Match[str]) -> _Expr | None:
        """Builds the expression around one scanner match, or None when it is no count."""
        lex, text = self.lex, self.text
        kind = match.lastgroup or ""
        start, end = match.span()
        if kind == "article":
            return _Expr(start, end, end, kind, 1.0, 1.0, 1.0, "exact")
        if kind == "vague":
            low, high = lex.vague[_normal(match.group())]
            expr = _Expr(start, end, end, kind, None, low, high, "approx_range")
        elif kind == "words":
            value = lex.number_words[_normal(match.group())]
            expr = _Expr(start, end, end, kind, value, value, value, "exact")
        else:
            number = self.number(kind, start, end)
            if number is None:
                return None
            bare, multiplier, number_end = number
            value = bare * multiplier
            expr = _Expr(start, number_end, end, kind, value, value, value, "exact")
            core = match.group()
            expr.year_like = (
                kind == "digits" and number_end == end and len(core) == 4 and core.isdigit()
                and 1800 <= value <= 2100
            )
            self._range(expr, bare, multiplier)
        if text[max(0, expr.start - 2):expr.start].strip() in ("$", "€", "£", "US$") or (
            text[expr.start - 1:expr.start] == "(" and text[expr.end:expr.end + 1] == ")"
        ):
            return None
        qualifier = lex.qualifier_before.search(text, max(0, expr.start - 32), expr.start)
        blocked = qualifier is not None and (
            _word_before(text, qualifier.start()) in lex.qualifier_blockers
        )
        if blocked:
            qualifier = None  # "handed over 13", "verfügt über 500": a preposition
        if qualifier is not None and expr.bound != "approx_range":
            bound = lex.qualifiers[_normal(qualifier.group())]
            expr.start = qualifier.start()
            expr.year_like = False
            expr.qualified = True
            self._bound(expr, bound)
        elif expr.bound == "exact" and _DOZEN.search(text, expr.start, expr.end):
            self._bound(expr, "about")
        elif expr.bound == "exact":
            post = lex.post_qualifier.match(text, expr.end)
            if post is not None:
                expr.end = post.end()
                self._bound(expr, lex.post_qualifiers[_normal(post.group())])
        return expr

    @staticmethod
    def _bound(expr: _Expr, bound: str) -> None:
        expr.bound = bound
        if expr.kind == "vague":
            return
        value = expr.value
        expr.low = expr.high = None
        if value is None:
            return
        if bound in ("exact", "at_least"):
            expr.low = value
        elif bound == "more_than":
            expr.low = value + 1
        if bound in ("exact", "up_to", "at_most"):
            expr.high = value
        elif bound == "less_than":
            expr.high = value - 1

    def _range(self, expr: _Expr, bare: float, multiplier: float) -> None:
        lex, text = self.lex, self.text
        tail = lex.range_tail.match(text, expr.end)
        if tail is None:
            return
        joiner = _normal(tail.group("joiner") or "")
        opener = lex.range_opener_before.search(text, max(0, expr.start - 16), expr.start)
        opened = opener is not None and lex.range_openers[_normal(opener.group())] == joiner
        if joiner in lex.range_openers.values() and not opened and joiner not in (
            "bis", "to"
        ):
            return
        second_start = tail.start("second")
        second_kind = "digits" if text[second_start].isdigit() else "morph"
        second = self.number(second_kind, second_start, tail.end("second"))
        if second is None:
            return
        high_bare, high_multiplier, end = second
        # "zwischen 2 und 3 Millionen": the multiplier applies to both ends.
        low = bare * (multiplier if multiplier != 1.0 else high_multiplier)
        high = high_bare * high_multiplier
        if not low < high:
            return
        expr.value, expr.low, expr.high, expr.bound = None, low, high, "approx_range"
        # "zwischen 1993 und 2006": a period, unless a noun follows ("2000 bis 3000 Soldaten").
        expr.year_like = expr.year_like and _YEAR.fullmatch(text[second_start:end]) is not None
        expr.end = end
        if opened and opener is not None:
            expr.start = opener.start()


class _Sentence:
    """Token-level view of one sentence: words, lemmas and clauses."""

    def __init__(
        self, lex: QuantityLexicon, words: list[str], lemmas: list[str], exprs: list[_Expr]
    ) -> None:
        self.lex = lex
        self.words = words
        self.lower = [w.lower() for w in words]
        self.lemma = [lem.lower() for lem in lemmas]
        self.punct = [_WORD.search(w) is None for w in words]
        self.exprs = exprs
        self.active: list[_Expr] = []  # the counts being categorised (set by the caller)
        self.expr_at = {e.first: e for e in exprs}
        self.in_expr = [False] * len(words)
        for e in exprs:
            for k in range(e.first, e.last):
                self.in_expr[k] = True
        self._segment()

    def _segment(self) -> None:
        lex, lower, n = self.lex, self.lower, len(self.words)
        self.seg = [-1] * n
        # Per clause: [start, end, is_relative, follows_conjunction, inclusion],
        # where inclusion is the length of a lead such as "darunter" or
        # "including" that opens the clause (0 for none). A clause that lists
        # members of a count is skipped like a relative clause when the main
        # clause resumes after it.
        self.clauses: list[list[int | bool]] = []
        pending, after_conj, after_comma = True, False, False
        german = lex.capitalised_nouns
        auxiliaries = 0
        for k in range(n):
            word = lower[k]
            if not german and word in _RESUMING and self.clauses and self.clauses[-1][2]:
                # "the soldiers who were in the convoy were killed": the second
                # auxiliary ends an English relative clause without commas.
                auxiliaries += 1
                pending = pending or auxiliaries > 1
            if not self.in_expr[k]:
                if self.punct[k] and word in _CLAUSE_PUNCT:
                    pending, after_conj, after_comma = True, False, True
                    continue
                if word in lex.conjunctions and not self._joins_nouns(k):
                    pending, after_conj, after_comma = True, True, False
                    continue
                if self._opens_clause(k) or (
                    not german and word in lex.relative_pronouns
                    and not (k >= 2 and lower[k - 1] in lex.partitive and self.in_expr[k - 2])
                ):  # but "600 of whom have been killed" is one clause
                    pending = True
            if pending:
                relative = (after_comma or not german) and (
                    word in lex.relative_pronouns
                    or (word in lex.relative_prepositions and k + 1 < n
                        and lower[k + 1] in lex.relative_pronouns)
                )
                lead = self._phrase_at(k, lex.inclusion_leads)
                self.clauses.append([k, k, relative or lead > 0, after_conj, lead])
                pending, after_conj, after_comma = False, False, False
                auxiliaries = 1 if relative and word in _RESUMING else 0
            self.seg[k] = len(self.clauses) - 1
            self.clauses[-1][1] = k + 1
        if german:
            for clause in self.clauses:
                if clause[2] and not clause[4] and self._verbless(int(clause[0]), int(clause[1])):
                    clause[2] = False  # "..., die Miliz mehr als 40 Kämpfer": a gapped clause

    def _joins_nouns(self, k: int) -> bool:
        # "Raketen und Marschflugkörper", "women and children": a conjunction
        # between two counted nouns joins a noun phrase, not two clauses; so
        # does one between a name and a preposition ("in der Türkei und im
        # Nordirak").
        lex = self.lex
        if not 0 < k < len(self.words) - 1 or self.in_expr[k + 1]:
            return False
        if self.lower[k + 1] in lex.prepositions and self.words[k - 1][:1].isupper():
            return True
        return all(lex.noun(self.lower[j], self.lemma[j]) is not None for j in (k - 1, k + 1))

    def _opens_clause(self, k: int) -> bool:
        # A subordinator opens a clause, except German ones without a comma
        # (prepositions: "seit Beginn") and English ones before the object of
        # a preposition ("since Sunday", "after the riots", "have since been").
        lex, word = self.lex, self.lower[k]
        if word not in lex.subordinators or lex.subordinators_after_comma:
            return False
        if word in lex.prepositional_subordinators and k + 1 < len(self.words):
            following = self.lower[k + 1]
            return not (following in lex.preposition_objects or following[:1].isdigit()
                        or lex.units.get(following) == "date")
        return True

    def _phrase_at(self, k: int, phrases: tuple[tuple[str, ...], ...]) -> int:
        """The length of the first of ``phrases`` (word tuples) at token k, or 0."""
        lower = self.lower
        for phrase in phrases:
            if tuple(lower[k:k + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def _verbless(self, start: int, end: int) -> bool:
        """Whether a German clause has no verb: only nouns, counts and function words.

        A lower-case word right before a noun is an adjective.
        """
        lex, words = self.lex, self.words
        for k in range(start, end):
            word = self.lower[k]
            if word in lex.auxiliaries or word in lex.function_verbs:
                return False
            if self.in_expr[k] or self.punct[k] or words[k][:1].isupper() or (
                word in lex.stopwords or word in lex.determiners
                or word in lex.relative_pronouns or word in lex.possessives
            ):
                continue
            if not (k + 1 < end and words[k + 1][:1].isupper()):
                return False  # not an adjective before a noun ("entsprach zwei Pints")
        return True

    # --- the counted noun -------------------------------------------------

    def is_noun(self, k: int) -> bool:
        """Whether token k can be the counted noun (German: capitalised or an age noun)."""
        word = self.words[k]
        if self.lex.capitalised_nouns:
            return word[:1].isupper() or (
                self.lex.age.fullmatch(word) is not None and word != word.lower()
            )
        return self.lex.noun(self.lower[k], self.lemma[k]) is not None

    def _cue_here(self, k: int) -> bool:
        # Whether a cue of any class (a word or a whole phrase) stands at token k.
        cues = self.lex.cues
        return any(
            self._phrase_matches(k, cue.words)
            for key in (self.lower[k], self.lemma[k]) for cue in cues.get(key, ())
        )

    def is_cue_word(self, k: int) -> bool:
        """Whether token k is listed as a category cue (it ends a noun search)."""
        return self.lower[k] in self.lex.cues or self.lemma[k] in self.lex.cues

    def find_thing(self, e: _Expr) -> None:
        """Finds the counted noun after ``e`` (or the inner count of a partitive)."""
        lex, lower, n = self.lex, self.lower, len(self.words)
        german = lex.capitalised_nouns
        k, steps, partitive = e.last, 0, False
        candidate: int | None = None
        while k < n and steps < 5:
            if lex.unit(lower[k], self.lemma[k]) is not None:
                e.unit = candidate is None
                break
            if self.punct[k]:
                if german or lower[k] != "-" or candidate is None:
                    break
                k += 1  # "anti-tank missiles", "festival-goers": one compound
                continue
            other = self.expr_at.get(k)
            if other is not None:
                if partitive and other.kind != "article":
                    e.partitive_of = other
                    other.embedded = True
                break
            word = lower[k]
            if word in lex.partitive:
                if steps >= 2:
                    break  # "two compounds housing the ...": another phrase
                partitive = e.via_partitive = True
            elif german and self.is_noun(k):
                candidate = k
                if k + 1 < n and self.is_noun(k + 1) and lex.noun(
                    lower[k + 1], self.lemma[k + 1]
                ) is not None and lex.noun(word, self.lemma[k]) is None:
                    candidate = k + 1
                break
            elif word in lex.ellipsis:
                e.ellipsis = True
            elif partitive and word in lex.partitive_pronouns:
                e.of_pronoun = True
            elif word in lex.stopwords or word in lex.conjunctions:
                if german and word in lex.prepositions and (
                    steps == 0 or (partitive and steps == 1)
                ):
                    candidate = self._extended_attribute(k)
                break
            elif not german and lex.noun(word, self.lemma[k]) is not None:
                candidate = k
                if not (k + 1 < n and lex.noun(lower[k + 1], self.lemma[k + 1])):
                    if self._plural_head(k):
                        candidate = k + 1  # "two aircraft carriers", "40 rocket launchers"
                    break
            elif not german:
                following = lower[k + 1] if k + 1 < n else ""
                if (self.is_cue_word(k) or word.endswith(("ed", "ing"))) and (
                    not _WORD.match(following) or following in lex.stopwords
                    or following in lex.partitive
                ):
                    break  # a verb ("20 killed", "Hundreds protested"), not "armed men"
                candidate = k
            k += 1
            steps += 1
        if candidate is not None and not e.unit:
            start = candidate
            while not german and start >= 2 and lower[start - 1] == "-" and (
                _WORD.match(lower[start - 2]) and start - 2 >= e.last
            ):
                start -= 2  # "festival-goers"
            self._set_thing(e, start, candidate + 1)

    def _plural_head(self, k: int) -> bool:
        # An English singular noun before a plural one modifies it.
        lex, lower = self.lex, self.lower
        if k + 1 >= len(lower) or lower[k].endswith("s"):
            return False
        head = lower[k + 1]
        return head.isalpha() and head.endswith("s") and not (
            head in lex.stopwords or self.is_cue_word(k + 1)
            or lex.unit(head, self.lemma[k + 1]) is not None
        )

    def _extended_attribute(self, k: int) -> int | None:
        # German "drei aus dem Jemen gestartete Drohnen", "die zwölf bei dem
        # Anschlag getöteten Menschen": a phrase ending in an inflected
        # participle or adjective stands between the number and its noun.
        lex, words, lower = self.lex, self.words, self.lower
        after_noun = False
        for j in range(k + 1, min(k + 9, len(words) - 1)):
            word = lower[j]
            if self.punct[j] or self.in_expr[j] or word in lex.conjunctions or (
                word in lex.auxiliaries or word in lex.subordinators
            ):
                return None
            if words[j][:1].isupper():
                after_noun = True
                continue
            if word in lex.stopwords or word in lex.determiners:
                if after_noun:
                    return None  # "gegen Ingolstadt den ersten Sieg": a new phrase
                continue
            if word.endswith(_PARTICIPLE_ENDINGS) and not word.endswith("sten") and (
                self.is_noun(j + 1)
            ):
                return j + 1
            return None
        return None

    def _set_thing(self, e: _Expr, k: int, end: int) -> None:
        e.thing, e.thing_end = k, end
        if self.lex.unit(self.lower[k], self.lemma[k]) is not None:
            e.unit = True
        e.noun = self.lex.noun(self.lower[k], self.lemma[k])
        if e.noun is None and self.lex.age.fullmatch(self.words[k]):
            e.noun = Noun("person", None)
        e.cls = e.noun.cls if e.noun is not None else THING

    def find_article_noun(self, e: _Expr, text: str, offsets: list[int]) -> bool:
        """For "ein 17-Jähriger" / "a soldier": finds the person the article counts."""
        lex, n = self.lex, len(self.words)
        k = e.last
        if k < n:
            age = lex.age.match(text, offsets[k])
            if age is not None:
                end = bisect_left(offsets, age.end(), lo=k)
                if lex.capitalised_nouns and not self.is_noun(k):
                    k = end  # "ein 17-jähriger Palästinenser": the age is an adjective
                else:
                    self._set_thing(e, k, end)
                    e.noun = e.noun if e.noun is not None else Noun("person", None)
                    e.cls = e.noun.cls
                    return True
        for _ in range(3):
            if k >= n or self.punct[k] or self.expr_at.get(k) is not None:
                return False
            noun = lex.noun(self.lower[k], self.lemma[k])
            if noun is not None and noun.cls not in WEAPON_CLASSES and (
                not lex.capitalised_nouns or self.is_noun(k)
            ):
                self._set_thing(e, k, k + 1)
                return True
            if self.lower[k] in lex.stopwords and self.lower[k] not in lex.partitive:
                return False
            k += 1
        return False

    # --- the category -----------------------------------------------------

    def cue_at(
        self, k: int, cls: str, particle: str | None, skip: set[int], left: int = -1
    ) -> Cue | None:
        """The cue at token k that suits a noun of class ``cls``, if any.

        ``left`` is the first token of the count the cue is sought for: a cue
        with a complement ("tod von", "deaths of") applies only right before
        it. An English verb cue after a determiner is a noun ("demand the
        release of the hostages") and applies to no other count.
        """
        if k in skip or self.punct[k]:
            return None
        lex, lower, lemma = self.lex, self.lower, self.lemma
        if lower[k] in lex.function_verbs and k + 1 < len(lower) and not (
            self.in_expr[k + 1] or lower[k + 1] in lex.noun_determiners
        ):
            return None  # "has moved", "have hit": an auxiliary, not "has 500 rockets"
        after_determiner = k > 0 and lower[k - 1] in lex.noun_determiners
        if lower[k] == lemma[k] and k + 1 < len(lower) and lower[k + 1] in lex.modified_nouns:
            return None  # "rescue workers recovered 17 bodies": a modifier
        if lex.capitalised_nouns:
            # A separable verb before its simple verb: "schoss ... ab" is
            # "abschießen" (shot down), not "schießen".
            keys = [particle + lemma[k]] if particle is not None else []
            if lemma[k] == lower[k] and len(lower[k]) > 5 and self.words[k][:1].islower():
                joined = separable_lemma(lower[k], lex.particles, lex.language)  # "freikamen"
                if joined is not None:
                    keys.append(joined)
            for key in keys:
                for cue in lex.cues.get(key, ()):
                    if cls in cue.applies and len(cue.words) == 1:
                        return cue
        by_form, by_lemma = lex.cues.get(lower[k], ()), lex.cues.get(lemma[k], ())
        candidates = by_form or by_lemma
        if by_form and by_lemma and by_form is not by_lemma:
            # "shot down": the lemma's phrase "shoot down" before the form's "shot".
            candidates = tuple(sorted(by_form + by_lemma, key=lambda c: -len(c.words)))
        for cue in candidates:
            if cls not in cue.applies or not self._phrase_matches(k, cue.words):
                continue
            if cue.words[-1] in lex.complement_prepositions:
                if self._complements(k + len(cue.words), left):
                    return cue
                continue
            if not after_determiner:
                return cue
        return None

    def _complements(self, k: int, left: int) -> bool:
        # "the release of 50", "die Freilassung der 50", "the release of the 50".
        return k == left or (
            k + 1 == left and (self.lower[k] in self.lex.determiners
                               or self.lower[k] in self.lex.possessives)
        )

    def _phrase_matches(self, k: int, words: tuple[str, ...]) -> bool:
        # Each word by form or lemma; "…" skips up to CUE_GAP words of the clause.
        n, lower, lemma = len(self.words), self.lower, self.lemma
        j, gap = k, False
        for word in words[1:]:
            if word == "…":
                gap = True
                continue
            j += 1
            if gap:
                limit = min(n, j + CUE_GAP)
                while j < limit and lower[j] != word and lemma[j] != word:
                    if self.punct[j] and lower[j] in _CLAUSE_PUNCT:
                        return False
                    j += 1
                if j >= limit:
                    return False
                gap = False
            elif j >= n or (lower[j] != word and lemma[j] != word):
                return False
        return True

    def particle(self, clause: int) -> str | None:
        """The separable-verb particle closing a German clause ("ließ ... frei").

        Coordinated counts share it: "griff mit 40 Drohnen und sechs
        Marschflugkörpern an".
        """
        last = clause
        while last + 1 < len(self.clauses) and self.clauses[last + 1][3] and (
            self._leading_expr(last + 1) is not None
        ):
            last += 1
        start, end = int(self.clauses[clause][0]), int(self.clauses[last][1]) - 1
        while end > start and self.punct[end]:
            end -= 1
        if end >= start and self.lower[end] in self.lex.particles:
            return self.lower[end]
        return None

    def nearest_cue(
        self, clause: int, left: int, right: int, cls: str, skip: set[int],
        barriers: set[int] | None = None,
    ) -> Cue | None:
        """The cue in ``clause`` nearest to tokens left..right (after them first).

        The search stops in a direction at a token of ``barriers`` (another
        count: "Von den 40 entführten Touristen sind 12 wieder frei").
        """
        start, end = int(self.clauses[clause][0]), int(self.clauses[clause][1])
        particle = self.particle(clause)
        stop = barriers or set()
        for distance in range(max(end - right, left - start, 0)):
            after = right + distance
            if after < end:
                if after in stop:
                    end = after
                else:
                    cue = self.cue_at(after, cls, particle, skip, left)
                    if cue is not None:
                        return cue
            before = left - 1 - distance
            if before >= start:
                if before in stop:
                    start = before + 1
                else:
                    cue = self.cue_at(before, cls, particle, skip, left)
                    if cue is not None:
                        return cue
        return None

    def first_cue(self, clause: int, cls: str, skip: set[int]) -> Cue | None:
        """The first cue in ``clause`` that suits ``cls``."""
        start, end = int(self.clauses[clause][0]), int(self.clauses[clause][1])
        return self.nearest_cue(clause, start, start, cls, skip) if end > start else None

    def category(
        self, e: _Expr, skip: set[int], blocked: set[int] | None = None
    ) -> tuple[str | None, bool]:
        """The category of ``e`` and whether a cue (not the noun) gave it.

        ``blocked`` holds cues that other counts own (the verb right before
        their number: "Zwei Angreifer töteten 5 Menschen"); ``e`` does not
        take them from its own clause.
        """
        cls = e.cls
        right = _right(e)
        # An attribute between number and noun: "200 verschleppte Geiseln".
        attribute: Cue | None = None
        attributes = range(e.last, right - 1) if e.partitive_of is None else range(0)
        for k in attributes:
            attribute = self.cue_at(k, cls, None, set())
            if attribute is not None:
                e.claimed.add(k)
                break
        clause = self.seg[e.first]
        if attribute is not None and (clause < 0 or e.embedded or e.kind == "article"):
            return attribute.category, True
        if clause < 0:
            return self._default(e), False
        clauses = self.clauses
        relative = clause + 1 < len(clauses) and bool(clauses[clause + 1][2])
        cue: Cue | None
        if e.embedded:
            cue = self._post_participle(e, skip)
            if cue is None and relative:
                cue = self.first_cue(clause + 1, cls, skip)
            return (cue.category, True) if cue is not None else (self._default(e), False)
        if e.via_partitive:
            # "four of the hostages taken ...": "taken" belongs to the hostages.
            self._post_participle(e, skip)
        if e.kind == "article":
            cue = self._passive_cue(clause, right, cls, skip)
            return (cue.category, True) if cue is not None else (self._default(e), False)
        others = skip | blocked if blocked else skip
        barriers = {
            k for x in self.active if x is not e and x is not e.partitive_of
            and self.seg[x.first] == clause for k in range(x.first, x.last)
        }
        cue = self.nearest_cue(clause, e.first, right, cls, others | e.claimed, barriers)
        if attribute is not None:
            # "ließ 19 entführte Dorfbewohner frei": the verb says what happened
            # to them; without one the attribute does ("meldete 15 verletzte Soldaten").
            return (cue or attribute).category, True
        if cue is None and e.claimed:
            # "Thousands of people fled.": the word after the noun was the verb.
            e.claimed.clear()
            cue = self.nearest_cue(clause, e.first, right, cls, others, barriers)
        if cue is None:
            included = self._included(e, clause, others)
            if included is not None:
                return included, True
        if cue is None and relative:
            cue = self._resumed(clause, cls, skip)
            if cue is None:
                cue = self.first_cue(clause + 1, cls, skip)
        if cue is None:
            cue = self._coordinated(e, clause, cls, skip)
        return (cue.category, True) if cue is not None else (self._default(e), False)

    def _included(self, e: _Expr, clause: int, skip: set[int]) -> str | None:
        # Members of a group take its category: "32 Tote, darunter elf
        # Kinder", "including five children"; "Unter den (240) Geiseln sind
        # 30 Kinder", "Three children were among the twelve people killed".
        lex = self.lex
        start, end = int(self.clauses[clause][0]), int(self.clauses[clause][1])
        lead = int(self.clauses[clause][4])
        if (lead and e.first == start + lead) or e.of_pronoun:
            # "darunter elf Kinder", "two of them children": the count before,
            # unless a cue for what it counts says more ("von denen 600 gefallen sind").
            group = [x for x in self.exprs if x.first < e.first and x.decided and not x.embedded]
            if not group:
                return None
            cue = None
            if e.thing is None and group[-1].cls != e.cls:
                cue = self.nearest_cue(clause, e.first, _right(e), group[-1].cls, skip)
            return cue.category if cue is not None else group[-1].category
        spans = [(start, end, lex.inclusion_markers)]
        before = clause - 1
        while before >= 0 and self.clauses[before][2]:
            before -= 1
        if before >= 0:
            first, last = int(self.clauses[before][0]), int(self.clauses[before][1])
            if self._phrase_at(first, lex.fronted_markers):
                # "Of the 1,200 people killed, around 800 were civilians."
                spans.append((first, last, lex.fronted_markers))
            elif before < clause - 1:
                # "Unter den 240 Menschen, die ... verschleppt hatte, waren 30 Kinder."
                spans.append((first, last, lex.inclusion_markers))
        for first, last, markers in spans:
            for m in range(first, last):
                size = self._phrase_at(m, markers)
                if size and not m <= e.first <= m + size:
                    return self._group_category(m + size, last)
        return None

    def _group_category(self, k: int, end: int) -> str | None:
        # The category of the group after "unter den" / "among the": its
        # count once decided, its noun ("Toten", "the dead") or a participle
        # ("the 12 people taken hostage").
        for j in range(k, min(k + 6, end)):
            count = self.expr_at.get(j)
            if count is not None and count.decided:
                return count.category
            if self.in_expr[j]:
                continue
            noun = self.lex.noun(self.lower[j], self.lemma[j])
            if noun is not None and noun.category is not None:
                return noun.category
            cue = self.cue_at(j, PERSON, None, set())
            if cue is not None:
                return cue.category
        return None

    def _passive_cue(self, clause: int, right: int, cls: str, skip: set[int]) -> Cue | None:
        # "ein Palästinenser verletzte einen Israeli": without a parser, the
        # person an article introduces counts only as the patient of a passive
        # ("wurde getötet", "was killed") or of an intransitive verb
        # ("starb", "died"); the noun itself may say it ("einen Toten").
        lex = self.lex
        end = int(self.clauses[clause][1])
        passive = any(self.lower[k] in lex.auxiliaries for k in range(right, end))
        for k in range(right, end):
            cue = self.cue_at(k, cls, self.particle(clause), skip)
            if cue is not None and (
                passive or self.lemma[k] in lex.intransitive or self.lower[k] in lex.intransitive
            ):
                return cue
        return None

    def _default(self, e: _Expr) -> str | None:
        if e.noun is not None and e.noun.category is not None:
            return e.noun.category
        return "troops" if e.cls == TROOPS else None

    def _post_participle(self, e: _Expr, skip: set[int]) -> Cue | None:
        # English "the 200 hostages taken on 7 October": a participle right
        # after the inner count's noun belongs to it, not to the outer count.
        if self.lex.capitalised_nouns or e.thing_end is None:
            return None
        k = e.thing_end
        if k < len(self.words):
            cue = self.cue_at(k, e.cls, None, skip)
            if cue is not None:
                e.claimed.add(k)
                return cue
        return None

    def _resumed(self, clause: int, cls: str, skip: set[int]) -> Cue | None:
        # "Die 200 Geiseln, die ... wurden, sind freigelassen worden": the main
        # clause goes on after the relative clause with its verb.
        nxt = clause + 1
        while nxt < len(self.clauses) and self.clauses[nxt][2]:
            nxt += 1
        if nxt >= len(self.clauses) or self.clauses[nxt][3]:
            return None
        first = int(self.clauses[nxt][0])
        if self.lex.capitalised_nouns:
            resumes = self.words[first][:1].islower()
        else:
            resumes = self.lower[first] in _RESUMING
        return self.first_cue(nxt, cls, skip) if resumes else None

    def _leading_expr(self, clause: int) -> _Expr | None:
        # The count that opens a clause, after at most a determiner ("und die 30").
        start = int(self.clauses[clause][0])
        for e in self.exprs:
            if self.seg[e.first] == clause and (
                e.first == start
                or (e.first == start + 1 and self.lower[start] in self.lex.determiners)
            ):
                return e
        return None

    def _starts_with_verb(self, clause: int) -> bool:
        first = int(self.clauses[clause][0])
        if first in self.expr_at:
            return False
        if self.lex.capitalised_nouns:
            return self.words[first][:1].islower()
        return self.lower[first] in _RESUMING or self.is_cue_word(first)

    def _is_subject(self, e: _Expr, clause: int) -> bool:
        # No content word before the count in its clause: "Tausende Menschen
        # haben ...", "Bei dem Angriff wurden 40 Menschen ..."; not the object
        # in "The army cleared two villages and moved 900 residents".
        lex, words = self.lex, self.words
        for k in range(int(self.clauses[clause][0]), e.first):
            word = self.lower[k]
            if self.punct[k] or word in lex.stopwords or word in lex.determiners or (
                not words[k][:1].islower()
            ):
                continue
            if lex.capitalised_nouns and words[k + 1][:1].isupper():
                continue  # an adjective ("räumte zwei Dörfer": a verb before the number)
            return False
        return True

    def _coordinated(self, e: _Expr, clause: int, cls: str, skip: set[int]) -> Cue | None:
        # "zwei Amerikaner und zwei Israelis freigelassen": coordinated counts
        # share the verb, forwards or backwards; "... verlassen und sind auf
        # der Flucht": a coordinated verb phrase shares the subject.
        clauses = self.clauses
        nxt = clause + 1
        while nxt < len(clauses) and bool(clauses[nxt][3]):
            partner = self._leading_expr(nxt)
            if partner is None:
                if self._starts_with_verb(nxt) and self._is_subject(e, clause):
                    return self.first_cue(nxt, cls, skip)
                break
            cue = self.nearest_cue(nxt, partner.first, _right(partner), cls, skip)
            if cue is not None:
                return cue
            nxt += 1
        own_category = e.noun is not None and e.noun.category not in (None, "troops")
        if clause == 0 or own_category:  # "36 killed and dozens of wounded": the noun says it
            return None
        start, end = int(clauses[clause][0]), int(clauses[clause][1])
        gapped = self.lex.capitalised_nouns and self._verbless(start, end) and not any(
            self.seg[x.first] == clause for x in self.exprs if x.first < e.first
        )  # "Die Armee verlor 16 Soldaten, die Miliz mehr als 40 Kämpfer."
        if any(self._cue_here(k) for k in range(start, end) if not self.in_expr[k]):
            return None  # "... and two others fled": its own verb, though it did not suit
        if (bool(clauses[clause][3]) and self._leading_expr(clause) is e) or gapped:
            before = [x for x in self.active if self.seg[x.first] == clause - 1]
            if before:
                partner = before[-1]
                return self.nearest_cue(clause - 1, partner.first, _right(partner), cls, skip)
        return None

    def toll(self, e: _Expr) -> str | None:
        """For a count without noun: "Zahl der Toten stieg auf 300", "death toll rose to 300".

        Sets the noun when the toll names one and returns the toll's category.
        """
        lex = self.lex
        for k in range(e.first - 1, -1, -1):
            if lex.toll_words.get(self.lemma[k], "") == "" and (
                lex.toll_words.get(self.lower[k], "") == ""
            ):
                continue
            category = lex.toll_words.get(self.lower[k]) or lex.toll_words.get(self.lemma[k])
            for j in range(k + 1, min(k + 4, e.first)):
                if self.lower[j] in lex.partitive:
                    continue
                noun = lex.noun(self.lower[j], self.lemma[j])
                if noun is not None:
                    self._set_thing(e, j, j + 1)
                    return category or noun.category or "other"
                break
            return category
        return None


def _label_before(view: _Sentence, k: int) -> bool:
    """Whether the words before token k make the number a label, date or non-count."""
    if k <= 0:
        return False
    lex, lower = view.lex, view.lower
    word = lower[k - 1]
    if word in lex.labels or word in lex.negators or lex.units.get(word) == "date":
        return True
    if k >= 2 and f"{lower[k - 2]} {word}" in lex.labels:
        return True
    return word.endswith(lex.label_suffixes) and view.words[k - 1][:1].isupper()


def _emit(
    e: _Expr, view: _Sentence, text: str, ordinal_dot: bool, sentence_end: int
) -> bool:
    """First filter: is ``e`` a count at all (before looking at its noun)?"""
    grouped = e.kind == "digits" and _GROUPED.search(text, e.start, e.core_end) is not None
    if e.kind in ("digits", "morph") and not (e.qualified or grouped) and (
        _label_before(view, e.first)
    ):  # "Jahr 2023" is a label; "im vergangenen Jahr 3.000 Kinder" is a count
        return False
    # German ordinals: "7. Oktober"; "stieg auf 300." at the end is a count.
    return not (
        ordinal_dot and e.kind == "digits" and text[e.core_end:e.core_end + 1] == "."
        and text[e.core_end + 1:sentence_end].strip(_CLOSING) != ""
        and e.end == e.core_end
    )


def extract_quantities(analysis: Analysis, lex: QuantityLexicon) -> list[Quantity]:
    """Finds the counts of things in an analysed document.

    Args:
        analysis: A document with tokens, lemmas and sentences.
        lex: The lexicon of the document's language.

    Returns:
        The quantities in text order.
    """
    text = analysis.text
    reader = _Reader(lex, text)
    found: list[_Expr] = []
    search = lex.scanner.search
    pos = 0
    while True:
        match = search(text, pos)
        if match is None:
            break
        expr = None if match.lastgroup == "skip" else reader.read(match)
        if expr is None:
            pos = match.end()
            continue
        found.append(expr)
        pos = max(expr.end, match.end())
    if not found:
        return []
    doc = analysis.tokens
    assert doc is not None
    offsets: list[int] = doc.to_array("IDX").tolist()  # no Token objects: much faster
    sentences = analysis.sentences
    sentence_starts = [s.start for s in sentences]
    by_sentence: dict[int, list[_Expr]] = {}
    for e in found:
        index = bisect_right(sentence_starts, e.start) - 1
        if index >= 0 and e.end <= sentences[index].end:
            by_sentence.setdefault(index, []).append(e)
    out: list[Quantity] = []
    ordinal_dot = lex.decimal_separator == ","
    for index, exprs in by_sentence.items():
        sentence = sentences[index]
        first = bisect_left(offsets, sentence.start)
        last = bisect_left(offsets, sentence.end)
        if all(e.kind == "article" for e in exprs) and not any(
            _article_may_count(lex, analysis, e, offsets, last) for e in exprs
        ):
            continue
        local_offsets = offsets[first:last]
        for e in exprs:
            e.first = bisect_right(local_offsets, e.start) - 1
            e.last = bisect_left(local_offsets, e.end)
        words = [t.text for t in doc[first:last]]
        view = _Sentence(lex, words, list(analysis.lemmas[first:last]), exprs)
        out.extend(_sentence_quantities(
            view, exprs, text, local_offsets, sentence.end, ordinal_dot, analysis.document.id
        ))
    return out


def _article_may_count(
    lex: QuantityLexicon, analysis: Analysis, e: _Expr, offsets: list[int], last: int
) -> bool:
    # Cheap test before building a sentence view: is a person noun or an age
    # within three tokens of the article?
    doc = analysis.tokens
    assert doc is not None
    k = bisect_left(offsets, e.end)
    for j in range(k, min(k + 3, last)):
        word = doc[j].text
        if lex.age.match(analysis.text, offsets[j]) or lex.noun(
            word.lower(), analysis.lemmas[j].lower()
        ) is not None:
            return True
    return False


def _sentence_quantities(
    view: _Sentence, exprs: list[_Expr], text: str, offsets: list[int], sentence_end: int,
    ordinal_dot: bool, doc_id: str,
) -> list[Quantity]:
    kept = [e for e in exprs if _emit(e, view, text, ordinal_dot, sentence_end)]
    articles = [e for e in kept if e.kind == "article"]
    counts = [e for e in kept if e.kind != "article"]
    for e in counts:
        view.find_thing(e)
    articles = [e for e in articles if view.find_article_noun(e, text, offsets)]
    previous: _Expr | None = None
    for e in counts:
        if e.partitive_of is not None and e.thing is None:
            inner = e.partitive_of
            e.thing, e.thing_end, e.noun, e.cls = (
                inner.thing, inner.thing_end, inner.noun, inner.cls
            )
        elif e.thing is None and e.ellipsis and previous is not None:
            e.noun, e.cls = previous.noun, previous.cls
            e.thing, e.thing_end = previous.thing, previous.thing_end
        if e.thing is not None and not e.unit:
            previous = e
    skip: set[int] = set()
    for e in counts + articles:
        skip.update(range(e.first, e.last))
        skip.update(range(e.last, _right(e)) if e.thing is not None else ())
    # The counts that stop a cue search: not years ("starben im Sommer 2014
    # mehr als 2.200 Menschen") nor persons after a preposition ("nach einer
    # Attacke auf eine Soldatin").
    prepositions = view.lex.prepositions
    view.active = [
        e for e in counts + articles if not e.unit and not e.embedded
        and not (e.year_like and e.noun is None)
        and not (e.kind == "article" and e.first > 0 and view.lower[e.first - 1] in prepositions)
    ]
    for e in counts:
        e.of_pronoun = e.of_pronoun or _after_partitive_relative(view, e.first)
    owned = _owned_cues(view, view.active)
    results: list[tuple[_Expr, str | None]] = []
    # Inner counts of partitives first: the attributes they claim are not the
    # outer count's verb.
    for e in sorted(counts + articles, key=lambda x: not x.embedded):
        if e.unit:
            continue
        has_noun = e.thing is not None
        blocked = {k for k, owner in owned.items() if owner is not e}
        category, from_cue = view.category(e, skip, blocked)
        if not has_noun and not from_cue and e.kind != "article":
            category, from_cue = _as_antecedent(view, e, skip, blocked, category)
        skip |= e.claimed
        if e.kind == "article":
            if category not in CASUALTY_CATEGORIES or e not in view.active:
                continue  # "auf eine Soldatin", "von einem Soldaten": no argument of the verb
        elif not has_noun and not from_cue:
            toll = view.toll(e)
            if toll is not None:
                category, from_cue = toll, True
            elif e.kind != "vague" and e.partitive_of is None:
                continue
        elif e.year_like and (e.thing != e.last or e.noun is None):
            continue  # "Die 1960 gegründete ...": a year, unless "2000 Soldaten"
        if e.kind == "vague" and not has_noun and not from_cue and (e.low or 0) >= 1e6:
            continue  # "verdient Millionen": money, not a count
        e.category, e.decided = category, True
        results.append((e, category))
    for index, (e, category) in enumerate(results):
        outer = next((x for x in counts if x.partitive_of is e), None)
        if category is None and outer is not None and e.cls in WEAPON_CLASSES and (
            outer.category in ("weapons_fired", "weapons_held")
        ):
            results[index] = (e, outer.category)  # "38 of 44 drones were intercepted"
    results.sort(key=lambda item: item[0].start)
    return [_record(e, category, view, text, offsets, doc_id) for e, category in results]


def _after_partitive_relative(view: _Sentence, k: int) -> bool:
    # "von denen 130", "von denen noch 130", "of which 12": members of the
    # count before.
    lex, lower = view.lex, view.lower
    if k >= 1 and lower[k - 1] in lex.stopwords and lower[k - 1] not in lex.relative_pronouns:
        k -= 1  # one adverb ("noch", "still")
    return k >= 2 and lower[k - 1] in lex.relative_pronouns and lower[k - 2] in lex.partitive


def _owned_cues(view: _Sentence, counts: list[_Expr]) -> dict[int, _Expr]:
    # A cue right before a number, or between two counts of a clause,
    # governs the count after it ("töteten 5 Menschen", "Zwei Angreifer
    # erschossen am Abend fünf Passanten"); the count before it is the agent.
    owned: dict[int, _Expr] = {}
    active = sorted((e for e in counts if not e.embedded), key=lambda e: e.first)
    for index, e in enumerate(active):
        k = e.first - 1
        if k >= 0 and view.cue_at(k, e.cls, None, set(), e.first):
            owned[k] = e
        if index == 0 or view.seg[active[index - 1].first] != view.seg[e.first]:
            continue
        lex = view.lex
        for k in range(_right(active[index - 1]), e.first):
            if view.lower[k] in lex.auxiliaries:
                break  # "Eight captives were freed in exchange for 25": a passive
            if view.cue_at(k, e.cls, None, set(), e.first) and not (
                view.lower[k] in lex.intransitive or view.lemma[k] in lex.intransitive
            ):
                owned[k] = e
    return owned


def _as_antecedent(
    view: _Sentence, e: _Expr, skip: set[int], blocked: set[int], category: str | None
) -> tuple[str | None, bool]:
    # A bare number counts what the count before it counted, which decides
    # which cues suit it: "Während 24 Geiseln freikamen, werden 136
    # festgehalten", "Of the 31 rockets fired, 27 were intercepted".
    before = [x for x in view.exprs if x.first < e.first and x.thing is not None and not x.unit]
    if not before or before[-1].cls == e.cls:
        return category, False
    own = e.cls
    e.cls = before[-1].cls
    found, from_cue = view.category(e, skip, blocked)
    if from_cue:
        return found, True
    e.cls = own
    return category, False


def _record(
    e: _Expr, category: str | None, view: _Sentence, text: str, offsets: list[int], doc_id: str
) -> Quantity:
    thing = None
    start, end = e.start, e.end
    if e.thing is not None and e.thing_end is not None:
        thing_start = offsets[e.thing]
        last = e.thing_end - 1
        thing_end = offsets[last] + len(view.words[last])
        thing = text[thing_start:thing_end]
        if e.kind == "article":
            end = thing_end
    return Quantity(
        doc_id=doc_id,
        text=text[start:end],
        start=start,
        end=end,
        value=e.value,
        low=e.low,
        high=e.high,
        bound=e.bound,
        category=category or "other",
        thing=thing,
    )


def load_lexicon(resources: Resources, language: str) -> QuantityLexicon:
    """Returns the compiled quantity lexicon of ``language`` (built once per process)."""
    return resources.load(load_quantity_lexicon, language)


@stage("quantities", requires=("tokens", "sentences", "lemmas", "language"),
       assigns=("quantities",))
def find_quantities(analysis: Analysis, resources: Resources) -> Analysis:
    """Finds counts of things: value, bounds, bound type, counted noun and category."""
    assert analysis.language is not None
    lex = load_lexicon(resources, analysis.language)
    return analysis.replace(quantities=tuple(extract_quantities(analysis, lex)))
