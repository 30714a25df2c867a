"""The CAMEO verb dictionary (PETRARCH2, MIT) for English triggers.

``resources/en/cameo_verbs.tsv`` holds 1,860 verbs in 396 synonym blocks, each
with a default CAMEO code, and 11,008 phrase patterns that refine the code by
the words around the verb ("- * &CEASEFIRE [196]": abandoning a ceasefire;
"- * AID TO + [162]": cutting aid to someone). PETRARCH matched the patterns
against the verb phrase of a constituency parse; lagebild matches them over the
clause's tokens and its noun-phrase chunks, with PETRARCH's semantics:

* ``*`` is the verb. Elements after it must follow the verb in order, elements
  before it must precede it in order (read outwards from the verb), with at
  most ``MAX_GAP`` skipped units (a token, or a whole noun phrase) before each.
* ``$`` (source), ``+`` (target) and ``%`` (a compound: "X and Y", all of them
  sources of a joint action) match a noun phrase at that place and bind it: the
  event's source or target is read from that phrase. They are required, as in
  PETRARCH (no phrase, no match).
  ``^`` skips a noun phrase without binding it.
* A word matches a token whose text or lemma is the word or its plural;
  TABARI-era stems ("ACCUS", "SALAR") also match a token that continues them
  with an English suffix ("accusation", "salaries"), unless the word ends in
  ``_`` (exact). Words joined by ``_`` must be adjacent. ``&NAME`` matches any
  member of a synonym set (members may be several words).
* The pattern with the most words wins (ties: the one that binds more
  phrases), and any matching pattern beats the block's default code;
  ``[---]`` means "matched, code nothing", which suppresses the default.

A verb's default code applies only when no pattern matched and the verb is not
listed as pattern-only in ``resources/en/event_lexicon.tsv`` (general verbs
such as "take", "go" or "hold").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from lagebild.resources import Resources, data_path

# At most this many units (tokens, or whole noun phrases) may be skipped before a
# pattern element: PETRARCH matched inside the verb phrase; over a whole clause,
# unlimited gaps let "took power in the wake of ..." match patterns meant for "took X
# into custody".
MAX_GAP = 3
SOURCE = "$"
TARGET = "+"
BOTH = "%"
SKIP = "^"
SLOTS = frozenset({SOURCE, TARGET, BOTH, SKIP})
# Pattern words of at least this length are TABARI stems that may be continued by a suffix.
MIN_STEM = 4
_TOKEN_KEYS_LIMIT = 200_000
STEM_SUFFIXES = frozenset({
    "", "s", "es", "e", "d", "ed", "ing", "er", "ers", "y", "ies", "ied", "ion", "ions",
    "ation", "ations", "ment", "ments", "al", "ity", "ities", "ive", "ance", "ence", "ant",
    "ants", "ist", "ists", "ism", "ly",
})

# Closed-class words: a pattern made only of these and slots ("+ * IN $") is weak.
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "from", "with", "against",
    "into", "over", "near", "as", "and", "or", "that", "is", "are", "am", "was", "were",
    "be", "been", "being", "has", "have", "had", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "do", "does", "did", "not", "it", "its", "their",
    "his", "her", "they", "he", "she", "we", "this", "these", "those", "after", "before",
    "about", "under", "up", "out", "off", "down", "back",
})

Span = tuple[int, int]  # first and last token of a noun phrase (sentence-relative)


@dataclass(frozen=True)
class Element:
    """One element of a pattern: words, a synonym set, or a noun-phrase slot."""

    kind: str  # word | syn | slot
    value: str  # slot: its symbol; syn: the set's name; word: the first word
    words: tuple[str, ...] = ()  # word: adjacent words ("in_front_of")
    exact: bool = False


@dataclass(frozen=True)
class Pattern:
    """A CAMEO phrase pattern around a verb."""

    code: str
    before: tuple[Element, ...]  # nearest to the verb first
    after: tuple[Element, ...]
    words: int  # number of words the pattern requires: its specificity
    text: str
    slots: int = 0  # number of binding slots ($, +, %)
    # content words (not closed-class): a pattern without any ("+ * IN $") is weak and
    # matches only with its elements adjacent to each other and the verb
    content: int = 1


@dataclass(frozen=True)
class Verb:
    """A verb of the dictionary: its block, default code and any words after it."""

    lemma: str
    block: str
    code: str
    rest: tuple[str, ...] = ()  # multiword verbs: "wage war" -> ("war",)


@dataclass(frozen=True)
class Match:
    """The outcome of matching a verb in a clause."""

    code: str
    verb: Verb
    pattern: Pattern | None
    source: Span | None = None  # the noun phrase a $ or % bound
    target: Span | None = None  # the noun phrase a + or % bound
    last_token: int = -1  # last token of a multiword verb


@dataclass
class _Bindings:
    source: Span | None = None
    target: Span | None = None

    def bind(self, symbol: str, span: Span) -> None:
        # A compound ("%": "X and Y met") makes all its members sources, as lagebild
        # codes joint actions (PETRARCH coded each member against the others).
        if symbol in (SOURCE, BOTH) and self.source is None:
            self.source = span
        if symbol == TARGET and self.target is None:
            self.target = span


@dataclass(frozen=True)
class _Context:
    """A clause as the matcher reads it."""

    lower: Sequence[str]
    lemmas: Sequence[str]
    sequence: list[int]  # tokens in reading order (after: rightwards, before: leftwards)
    phrases: dict[int, Span]  # noun phrases by the first token met in reading order
    bare: frozenset[Span] = frozenset()  # noun phrases without a preposition
    # every pattern word that could match a token of the clause (_match_keys)
    keys: frozenset[str] | None = None


@dataclass
class CameoDictionary:
    """Verbs by first word, patterns by block, synonym sets."""

    verbs: dict[str, list[Verb]] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)  # irregular form -> lemma
    patterns: dict[str, list[Pattern]] = field(default_factory=dict)
    synsets: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # per pattern text: for each word or synonym-set element, the words one of which the
    # clause must contain for the element to match (a quick test before the full match)
    _required: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    # per block: the patterns (by position) keyed by one word they require, and those
    # that require no single word, so that a clause is matched only against the patterns
    # whose words it has (most of a block's hundreds of patterns never qualify)
    # (built for the block's list as it is then: a replaced list is indexed anew)
    _index: dict[str, tuple[list[Pattern], dict[str, list[int]], list[int]]] = field(
        default_factory=dict
    )
    # per (form, lemma): the pattern words that token could match; a clause is matched
    # once per verb it holds, and the same words recur across clauses
    _token_keys: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)

    def lookup(self, lemma: str, lower: str) -> list[Verb]:
        """Returns the verbs a token may be (by lemma or irregular form)."""
        found = self.verbs.get(lemma)
        if found is None and lower in self.forms:
            found = self.verbs.get(self.forms[lower])
        return found or []

    def match(
        self,
        verb: Verb,
        lower: Sequence[str],
        lemmas: Sequence[str],
        tokens: Sequence[int],
        position: int,
        phrases: Sequence[Span] = (),
        bare: Sequence[Span] = (),
    ) -> Match | None:
        """Matches ``verb`` at ``tokens[position]`` against its block's patterns.

        Args:
            verb: The dictionary verb.
            lower: Lowercase token texts of the sentence.
            lemmas: Lowercase lemmas of the sentence.
            tokens: The clause's token indices (sentence-relative), in order.
            position: Where the verb's first word is in ``tokens``.
            phrases: The clause's noun phrases as (first, last) token spans.
            bare: The noun phrases without a preposition (subjects and objects): a weak
                pattern may not skip them ("+ * IN $" does not read "blocked roads in X").

        Returns:
            The match (pattern None: the verb's default code), or None when a
            multiword verb's other words are absent.
        """
        end = position
        for word in verb.rest:
            end += 1
            if end >= len(tokens) or (lemmas[tokens[end]] != word and lower[tokens[end]] != word):
                return None
        objects = frozenset(bare)
        keys = self._match_keys(lower, lemmas, tokens)
        after = _Context(lower, lemmas, [tokens[k] for k in range(end + 1, len(tokens))],
                         {first: (first, last) for first, last in phrases}, objects, keys)
        before = _Context(lower, lemmas, [tokens[k] for k in range(position - 1, -1, -1)],
                          {last: (first, last) for first, last in phrases}, objects, keys)
        best: tuple[tuple[int, int], Pattern, _Bindings] | None = None
        for pattern in self._candidates(verb.block, keys):
            rank = (pattern.words, pattern.slots)
            if best is not None and rank <= best[0]:
                continue
            if not all(need & keys for need in self._requirements(pattern)):
                continue  # a word of the pattern is nowhere in the clause
            bindings = _Bindings()
            weak = pattern.content == 0
            if self._walk(pattern.after, 0, after, bindings, True, weak) and self._walk(
                pattern.before, 0, before, bindings, False, weak
            ):
                best = (rank, pattern, bindings)
        if best is None:
            return Match(verb.code, verb, None, last_token=tokens[end])
        _, pattern, bindings = best
        return Match(pattern.code, verb, pattern, bindings.source, bindings.target, tokens[end])

    def _match_keys(self, lower: Sequence[str], lemmas: Sequence[str],
                    tokens: Sequence[int]) -> frozenset[str]:
        """Every pattern word that could match a token of the clause."""
        cache = self._token_keys
        if len(cache) > _TOKEN_KEYS_LIMIT:
            cache.clear()  # a long-running service meets ever new words
        keys: set[str] = set()
        for token in tokens:
            pair = (lower[token], lemmas[token])
            found = cache.get(pair)
            if found is None:
                found = cache[pair] = _token_match_keys(*pair)
            keys.update(found)
        return frozenset(keys)

    def _candidates(self, block: str, keys: frozenset[str]) -> list[Pattern]:
        """The block's patterns whose keyed word the clause has, in dictionary order."""
        patterns = self.patterns.get(block, [])
        index = self._index.get(block)
        if index is None or index[0] is not patterns:
            by_word: dict[str, list[int]] = {}
            free: list[int] = []
            for k, pattern in enumerate(patterns):
                single = next((need for need in self._requirements(pattern) if len(need) == 1),
                              None)
                if single is None:
                    free.append(k)
                else:
                    by_word.setdefault(next(iter(single)), []).append(k)
            index = self._index[block] = (patterns, by_word, free)
        _, by_word, free = index
        chosen = list(free)
        for key in keys:
            chosen.extend(by_word.get(key, ()))
        chosen.sort()
        return [patterns[k] for k in chosen]

    def _requirements(self, pattern: Pattern) -> tuple[frozenset[str], ...]:
        """The word sets a clause must meet for ``pattern`` to match (cached)."""
        found = self._required.get(pattern.text)
        if found is None:
            needs: list[frozenset[str]] = []
            for element in (*pattern.before, *pattern.after):
                if element.kind == "word":
                    needs.extend(frozenset({w}) for w in element.words)
                elif element.kind == "syn":
                    needs.append(frozenset(m[0].rstrip("_") for m in self.synsets.get(
                        element.value, ()) if m))
            found = self._required[pattern.text] = tuple(needs)
        return found

    def _walk(self, elements: tuple[Element, ...], start: int, context: _Context,
              bindings: _Bindings, rightwards: bool, weak: bool, glued: bool = False) -> bool:
        """Matches ``elements`` from ``context.sequence[start]`` on, with backtracking.

        Words may match inside a noun phrase; a skipped noun phrase counts as one unit
        of the gap. A slot right after a word (``glued``: "TO +") binds the phrase that
        follows the word directly: the object of the preposition. A ``weak`` pattern
        may not skip a subject or object.
        """
        if not elements:
            return True
        element, rest = elements[0], elements[1:]
        sequence = context.sequence
        k = start
        skipped = 0
        limit = 0 if glued and element.kind == "slot" else MAX_GAP
        phrase_end = -1  # position of the last token of the noun phrase being crossed
        while k < len(sequence):
            taken = self._take(element, k, context, rightwards)
            if taken is not None:
                saved = (bindings.source, bindings.target)
                if element.kind == "slot" and element.value != SKIP:
                    bindings.bind(element.value, context.phrases[sequence[k]])
                if self._walk(rest, taken, context, bindings, rightwards, weak,
                              glued=element.kind == "word"):
                    return True
                bindings.source, bindings.target = saved
            if k > phrase_end:
                span = context.phrases.get(sequence[k])
                if span is not None:
                    if weak and span in context.bare:
                        return False
                    phrase_end = self._past(span, k, context, rightwards) - 1
            if k >= phrase_end:
                skipped += 1
                if skipped > limit:
                    return False
            k += 1
        return False

    @staticmethod
    def _past(span: Span, k: int, context: _Context, rightwards: bool) -> int:
        """The reading position right after the noun phrase ``span`` that starts at ``k``."""
        edge = span[1] if rightwards else span[0]
        while k < len(context.sequence) and context.sequence[k] != edge:
            k += 1
        return k + 1

    def _take(self, element: Element, k: int, context: _Context,
              rightwards: bool) -> int | None:
        """Where reading goes on when ``element`` matches at position ``k`` (else None)."""
        if element.kind == "slot":
            span = context.phrases.get(context.sequence[k])
            return None if span is None else self._past(span, k, context, rightwards)
        options = [element.words] if element.kind == "word" else self.synsets.get(
            element.value, ())
        for words in options:
            exact = element.exact
            if element.kind == "syn":
                exact = words[-1].endswith("_")
                words = tuple(w.rstrip("_") for w in words)
            ordered = words if rightwards else tuple(reversed(words))
            if k + len(ordered) > len(context.sequence) or (
                context.keys is not None and ordered[0] not in context.keys
            ):
                continue  # (a synonym no token of the clause can match)
            if all(_word_matches(word, context.sequence[k + n], context, exact)
                   for n, word in enumerate(ordered)) and _adjacent(
                       context.sequence[k:k + len(ordered)], context.lower):
                return k + len(ordered)
        return None


def _token_match_keys(low: str, lemma: str) -> frozenset[str]:
    """Every pattern word that could match one token (:func:`_word_matches`)."""
    keys = {low, lemma, lemma + "s", low[:-1], low[:-2]}
    keys.update(low[:len(low) - len(suffix)] for suffix in STEM_SUFFIXES
                if suffix and low.endswith(suffix))
    return frozenset(keys)


def _adjacent(tokens: Sequence[int], lower: Sequence[str]) -> bool:
    """Whether the tokens follow each other; a hyphen may join them ("cease-fire")."""
    return all(abs(b - a) == 1 or (abs(b - a) == 2 and lower[min(a, b) + 1] == "-")
               for a, b in itertools.pairwise(tokens))


def _word_matches(word: str, token: int, context: _Context, exact: bool) -> bool:
    """Whether a pattern word matches a token (see the module docstring)."""
    low, lemma = context.lower[token], context.lemmas[token]
    if low == word or lemma == word:
        return True
    if len(word) > 3 and word.endswith("s") and lemma == word[:-1]:
        return True  # the pattern's plural, the text's singular
    if low in (word + "s", word + "es"):
        return True
    if exact or len(word) < MIN_STEM or not low.startswith(word):
        return False
    return low[len(word):] in STEM_SUFFIXES


def _elements(words: Sequence[str]) -> tuple[Element, ...]:
    out: list[Element] = []
    for raw in words:
        if raw in SLOTS:
            out.append(Element("slot", raw))
        elif not raw:
            continue
        elif raw.startswith("&"):
            out.append(Element("syn", raw[1:].rstrip("_")))
        else:
            exact = raw.endswith("_")
            # the tokenizer splits "go-ahead" at its hyphen, which _adjacent then allows
            # between the pattern's words
            parts = tuple(p.lower() for p in raw.strip("_").replace("-", "_").split("_") if p)
            slots = [p for p in parts if p in SLOTS]
            if slots:
                # "^_RECONSTRUCTION_AID": a slot glued to words
                for part in parts:
                    out.append(Element("slot", part) if part in SLOTS else
                               Element("word", part, (part,), exact))
            elif parts:
                out.append(Element("word", parts[0], parts, exact))
    return tuple(out)


def parse_pattern(code: str, text: str,
                  functional: frozenset[str] = frozenset()) -> Pattern | None:
    """Parses a PETRARCH pattern ("SAID &AIRCRAFT CARRIED OUT * [195]" without the code).

    ``functional`` names the synonym sets that hold only closed-class words.
    """
    tokens = text.replace("_*_", " * ").replace("*_", "* ").replace("_*", " *").split()
    if "*" not in tokens:
        return None
    star = tokens.index("*")
    before = _elements(list(reversed(tokens[:star])))
    after = _elements(tokens[star + 1:])
    elements = (*before, *after)
    words = sum(len(e.words) if e.kind == "word" else 1 for e in elements if e.kind != "slot")
    slots = sum(1 for e in elements if e.kind == "slot" and e.value != SKIP)
    content = sum(1 for e in elements if (e.kind == "word" and any(
        w not in FUNCTION_WORDS for w in e.words)) or (
            e.kind == "syn" and e.value not in functional))
    return Pattern(code, before, after, words, text, slots, content)


def read_cameo_dictionary() -> CameoDictionary:
    """Reads ``resources/en/cameo_verbs.tsv``."""
    dictionary = CameoDictionary()
    synsets: dict[str, list[tuple[str, ...]]] = {}
    functional: frozenset[str] | None = None
    text = data_path("en", "cameo_verbs.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0] == "S":
            members = []
            for member in cells[2].split("|"):
                exact = member.endswith("_")
                parts = [p.lower() for p in member.strip("_").split("_") if p]
                if parts:
                    if exact:
                        parts[-1] += "_"
                    members.append(tuple(parts))
            synsets[cells[1]] = members
        elif cells[0] == "V":
            _, block, verb, forms, code = cells
            words = verb.lower().replace("_", " ").split()
            if not words:
                continue
            entry = Verb(words[0], block, code, tuple(words[1:]))
            dictionary.verbs.setdefault(words[0], []).append(entry)
            for form in forms.lower().split():
                first = form.replace("_", " ").split()[0]
                if first != words[0]:
                    dictionary.forms.setdefault(first, words[0])
        elif cells[0] == "P":
            _, block, code, pattern_text, _found = [*cells, ""][:5]
            if functional is None:  # the synonym sets come first in the file
                functional = frozenset(name for name, members in synsets.items() if all(
                    len(m) == 1 and m[0].rstrip("_") in FUNCTION_WORDS for m in members))
            pattern = parse_pattern(code, pattern_text, functional)
            if pattern is not None:
                dictionary.patterns.setdefault(block, []).append(pattern)
    dictionary.synsets = {name: tuple(members) for name, members in synsets.items()}
    for patterns in dictionary.patterns.values():
        patterns.sort(key=lambda p: (-p.words, -p.slots))
    return dictionary


def load_cameo(resources: Resources, language: str) -> CameoDictionary:
    """Resource loader for :func:`read_cameo_dictionary` (English only)."""
    return read_cameo_dictionary()
