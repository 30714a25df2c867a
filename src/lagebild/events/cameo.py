"""The CAMEO verb dictionary (PETRARCH2, MIT) for English triggers.

``resources/en/cameo_verbs.tsv`` holds 1,860 verbs in 396 synonym blocks, each
with a default CAMEO code, and 11,008 phrase patterns that refine the code by
the words around the verb ("- * &CEASEFIRE [196]": abandoning a ceasefire).
PETRARCH matched patterns against a constituency parse; lagebild matches them
over the clause's tokens:

* words after ``*`` must follow the verb in order, words before it must
  precede it in order, with at most ``MAX_GAP`` other words between two of them;
* a pattern word matches a token that starts with it (TABARI's stemming),
  unless it ends in ``_`` (exact match); ``&NAME`` matches any member of a
  synonym set; ``$``/``+``/``%`` mark where the source/target/both stand and
  bind the actor found there, without being required; ``^`` is ignored;
* the pattern with the most matching words wins; ``[---]`` means "matched,
  but code nothing", which suppresses the verb's default code.

A verb's default code applies only when no pattern matched and the verb is not
listed as pattern-only in ``resources/en/event_lexicon.tsv`` (general verbs
such as "take", "go" or "hold").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lagebild.resources import Resources, data_path

# At most this many words may stand between two pattern words (or the verb and the
# first): PETRARCH matched inside the verb phrase; over a whole clause, unlimited gaps
# let "took power in the wake of ..." match patterns meant for "took X into custody".
MAX_GAP = 3
SOURCE = "$"
TARGET = "+"
BOTH = "%"


@dataclass(frozen=True)
class Element:
    """One element of a pattern: a word, a synonym set or an actor slot."""

    kind: str  # word | syn | slot
    value: str
    exact: bool = False


@dataclass(frozen=True)
class Pattern:
    """A CAMEO phrase pattern around a verb."""

    code: str
    before: tuple[Element, ...]  # nearest to the verb first
    after: tuple[Element, ...]
    words: int  # number of word/synset elements: the pattern's specificity
    text: str


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
    source_token: int | None = None
    target_token: int | None = None
    last_token: int = -1  # last token of a multiword verb


@dataclass
class CameoDictionary:
    """Verbs by first word, patterns by block, synonym sets."""

    verbs: dict[str, list[Verb]] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)  # irregular form -> lemma
    patterns: dict[str, list[Pattern]] = field(default_factory=dict)
    synsets: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

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
        actors: set[int],
    ) -> Match | None:
        """Matches ``verb`` at ``tokens[position]`` against its block's patterns.

        Args:
            verb: The dictionary verb.
            lower: Lowercase token texts of the sentence.
            lemmas: Lowercase lemmas of the sentence.
            tokens: The clause's token indices (sentence-relative), in order.
            position: Where the verb's first word is in ``tokens``.
            actors: Token indices that are part of an actor mention.

        Returns:
            The match (pattern None: the verb's default code), or None when a
            multiword verb's other words are absent.
        """
        end = position
        for word in verb.rest:
            end += 1
            if end >= len(tokens) or (lemmas[tokens[end]] != word and lower[tokens[end]] != word):
                return None
        best: tuple[int, Pattern, int | None, int | None] | None = None
        after = [tokens[k] for k in range(end + 1, len(tokens))]
        before = [tokens[k] for k in range(position - 1, -1, -1)]
        for pattern in self.patterns.get(verb.block, ()):
            if best is not None and pattern.words <= best[0]:
                continue
            ok_after, src_a, tgt_a = self._walk(pattern.after, after, lower, actors)
            if not ok_after:
                continue
            ok_before, src_b, tgt_b = self._walk(pattern.before, before, lower, actors)
            if not ok_before:
                continue
            best = (pattern.words, pattern, src_b if src_b is not None else src_a,
                    tgt_a if tgt_a is not None else tgt_b)
        if best is None:
            return Match(verb.code, verb, None, last_token=tokens[end])
        return Match(best[1].code, verb, best[1], best[2], best[3], tokens[end])

    def _walk(
        self,
        elements: tuple[Element, ...],
        tokens: list[int],
        lower: Sequence[str],
        actors: set[int],
    ) -> tuple[bool, int | None, int | None]:
        source = target = None
        k = 0
        for element in elements:
            if element.kind == "slot":
                probe = k
                while probe < len(tokens) and probe < k + 4 and tokens[probe] not in actors:
                    probe += 1
                if probe < len(tokens) and tokens[probe] in actors:
                    if element.value in (SOURCE, BOTH) and source is None:
                        source = tokens[probe]
                    if element.value in (TARGET, BOTH) and target is None:
                        target = tokens[probe]
                continue
            found = False
            limit = k + MAX_GAP + 1
            while k < len(tokens) and k < limit:
                if self._matches(element, lower, tokens, k):
                    found = True
                    k += 1
                    break
                k += 1
            if not found:
                return False, None, None
        return True, source, target

    def _matches(self, element: Element, lower: Sequence[str], tokens: list[int], k: int) -> bool:
        word = lower[tokens[k]]
        if element.kind == "word":
            return word == element.value if element.exact else word.startswith(element.value)
        for member in self.synsets.get(element.value, ()):
            first = member[0]
            exact = first.endswith("_")
            stem = first.rstrip("_")
            if (word == stem) if exact else word.startswith(stem):
                return True
        return False


def _elements(words: Sequence[str]) -> tuple[Element, ...]:
    out: list[Element] = []
    for raw in words:
        if raw in (SOURCE, TARGET, BOTH):
            out.append(Element("slot", raw))
        elif raw == "^" or not raw:
            continue
        elif raw.startswith("&"):
            out.append(Element("syn", raw[1:].rstrip("_")))
        else:
            exact = raw.endswith("_")
            for part in raw.strip("_").split("_"):
                if part:
                    out.append(Element("word", part.lower(), exact))
    return tuple(out)


def parse_pattern(code: str, text: str) -> Pattern | None:
    """Parses a PETRARCH pattern ("SAID &AIRCRAFT CARRIED OUT * [195]" without the code)."""
    tokens = text.replace("_*_", " * ").replace("*_", "* ").replace("_*", " *").split()
    if "*" not in tokens:
        return None
    star = tokens.index("*")
    before = _elements(list(reversed(tokens[:star])))
    after = _elements(tokens[star + 1:])
    words = sum(1 for e in (*before, *after) if e.kind != "slot")
    return Pattern(code, before, after, words, text)


def read_cameo_dictionary() -> CameoDictionary:
    """Reads ``resources/en/cameo_verbs.tsv``."""
    dictionary = CameoDictionary()
    synsets: dict[str, list[tuple[str, ...]]] = {}
    text = data_path("en", "cameo_verbs.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0] == "S":
            members = [tuple(m.lower().split("_")[:1]) if not m.endswith("_") else
                       (m.lower().split("_")[0] + "_",) for m in cells[2].split("|") if m]
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
            pattern = parse_pattern(code, pattern_text)
            if pattern is not None:
                dictionary.patterns.setdefault(block, []).append(pattern)
    dictionary.synsets = {name: tuple(members) for name, members in synsets.items()}
    for patterns in dictionary.patterns.values():
        patterns.sort(key=lambda p: -p.words)
    return dictionary


def load_cameo(resources: Resources, language: str) -> CameoDictionary:
    """Resource loader for :func:`read_cameo_dictionary` (English only)."""
    return read_cameo_dictionary()
