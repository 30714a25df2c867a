"""Rules for cues, speakers and attributions in one tokenized sentence.

Everything here works on a :class:`SentenceView` (the tokens of one sentence
with their character offsets and lemmas) and the language's word lists; it
returns token index spans ``(start, end)`` with ``end`` exclusive.

* :func:`reporting_cues` finds reporting verbs, with the particle of a split
  verb ("fügte ... hinzu", "teilte ... mit").
* :func:`subject_of` finds who speaks for a reporting verb: the German
  Vorfeld ("Die Armee teilte mit"), the subject after the finite verb ("Am
  Mittwoch sagte ein Sprecher", "„…“, sagte er"), the subject of a verb-final
  clause ("wie die Armee mitteilte"), and in English the words before the verb
  ("the ministry said") or after it ("said the ministry").
* :func:`prepositional_attributions` finds "laut X", "X zufolge", "nach
  Angaben X", ", so X.", "according to X".
* :func:`reported_clause` finds the clause a reporting verb introduces
  ("X sagte, dass ...", "X said ...", "..., sagte X.").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from lagebild.quotes.chunks import Chunk, noun_chunks
from lagebild.quotes.features import FINITE_AUXILIARIES
from lagebild.quotes.lexicon import PREP, REPORTING_CLASSES, SAY, CueLexicon, QuoteWords

TokenSpan = tuple[int, int]
# Punctuation that ends a clause for the rules (quotation marks included).
CLAUSE_PUNCT = frozenset(",:;()[]–—-\"'„“”»«‚‘’›‹")
FINAL_PUNCT = frozenset(".!?…")
# English auxiliaries and adverbs that may stand between a subject and its verb.
_EN_BETWEEN = frozenset(
    [
        "has",
        "have",
        "had",
        "will",
        "would",
        "also",
        "has've",
        "later",
        "earlier",
        "previously",
        "then",
        "again",
    ]
)
_COORDINATION = frozenset({"und", "oder", "sowie", "and", "or"})
# English verbs that may come before their subject ("..., said the official").
_EN_INVERTING = frozenset({"say", "add", "ask", "write", "continue", "explain", "declare"})
# Longer stretches before an English verb are not its subject.
_MAX_LEFT_SUBJECT = 8
# Endings of German present participles ("zitierend", "erklärende"): adjectives.
_PRESENT_PARTICIPLE = ("end", "ende", "enden", "endem", "ender", "endes")
# Words that cannot open a reported clause after "sagte,": relative pronouns,
# prepositions (of a relative clause), conjunctions, non-reporting subordinators.
_NOT_REPORTED = frozenset(
    [
        "der",
        "die",
        "das",
        "dem",
        "den",
        "deren",
        "dessen",
        "denen",
        "welche",
        "welcher",
        "welches",
        "und",
        "oder",
        "aber",
        "sondern",
        "denn",
        "wenn",
        "weil",
        "da",
        "als",
        "nachdem",
        "während",
        "obwohl",
        "um",
        "ohne",
        "statt",
        "bevor",
        "bis",
        "seit",
        "falls",
        "which",
        "who",
        "whom",
        "whose",
        "and",
        "or",
        "but",
        "if",
        "because",
        "when",
        "while",
        "although",
        "unless",
    ]
)
# Complementizers that introduce reported content.
_REPORTED_COMPLEMENTIZERS = frozenset(
    [
        "dass",
        "ob",
        "wie",
        "warum",
        "wann",
        "wo",
        "was",
        "wer",
        "weshalb",
        "wieso",
        "that",
        "whether",
        "how",
        "why",
        "when",
        "what",
        "who",
    ]
)
# German subject pronouns; "sie" and "es" are left out (also objects).
_NOMINATIVE_PRONOUNS = frozenset({"ich", "wir", "du", "er", "man", "ihr"})
# A Vorfeld of one of these is the object: "Das sagte der Minister".
_DEMONSTRATIVES = frozenset({"das", "dies", "dieses", "diesen", "den", "dem", "was", "dazu"})
# German words after "so" that still allow "..., so der Sprecher weiter."
_SO_TRAILERS = frozenset({"weiter", "zudem", "außerdem", "abschließend", "wörtlich"})


@dataclass
class SentenceView:
    """The tokens of one sentence and what the rules need to know about them."""

    forms: Sequence[str]
    lemmas: Sequence[str]
    starts: Sequence[int]
    ends: Sequence[int]
    language: str
    words: QuoteWords
    lowers: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.lowers = [f.lower() for f in self.forms]

    def __len__(self) -> int:
        return len(self.forms)

    @cached_property
    def chunks(self) -> list[Chunk]:
        """The sentence's noun chunks (computed once)."""
        return noun_chunks(self.forms, self.words, lowercase_nouns=self.language == "en")

    @cached_property
    def chunk_at(self) -> dict[int, Chunk]:
        """Maps the first token of each chunk to the chunk."""
        return {c.start: c for c in self.chunks}

    def text_of(self, span: TokenSpan) -> tuple[int, int]:
        """Returns the character offsets of a token span."""
        return self.starts[span[0]], self.ends[span[1] - 1]

    def is_boundary(self, i: int) -> bool:
        """Tells whether token ``i`` is clause punctuation.

        A hyphen inside a word ("Al-Amer", split off by the tokenizer) is not.
        """
        form = self.forms[i]
        if form not in CLAUSE_PUNCT:
            return False
        if form == "-" and 0 < i < len(self.forms) - 1:
            return not (self.ends[i - 1] == self.starts[i] and self.ends[i] == self.starts[i + 1])
        return True


@dataclass(frozen=True)
class Cue:
    """A reporting verb (or attribution word) and the particle of a split verb."""

    token: int
    particle: int | None
    cls: str


def reporting_cues(view: SentenceView, lexicon: CueLexicon) -> list[Cue]:
    """Finds the reporting verbs of a sentence (classes say and think).

    A base verb counts when its particle follows in the same clause ("teilte
    am Mittwoch mit"), or comes right after it in English ("pointed out").
    """
    found = []
    for i, lemma in enumerate(view.lemmas):
        lower = lemma.lower()
        if lower == "heißen" and "es" in view.lowers[max(0, i - 2) : i + 3]:
            # "es heißt, ...", "hieß es in einer Erklärung": a report; "heißt sie"
            # ("she is called") is not.
            found.append(Cue(i, None, SAY))
            continue
        if view.language == "de" and view.lowers[i].endswith(_PRESENT_PARTICIPLE):
            continue
        table = lexicon.separable.get(lower)
        particle = _particle(view, i, table, lexicon.particle_first) if table else None
        if table and particle is not None:
            cls: str | None = table[view.lowers[particle]]
            if cls in REPORTING_CLASSES:
                found.append(Cue(i, particle, cls))
            continue
        cls = lexicon.classes.get(lower)
        if cls is None:
            cls = lexicon.classes.get(view.lowers[i])
        if cls in REPORTING_CLASSES and _is_verb_like(view, i):
            found.append(Cue(i, None, cls))
    return found


def _particle(
    view: SentenceView, i: int, table: Mapping[str, str], particle_first: bool
) -> int | None:
    """The split-off particle of the verb at ``i``, if it is there.

    German: the particle closes the verb's clause ("fügte ... hinzu:", "teilte
    ... mit, dass"), so it stands before punctuation, a complementizer or the
    end. English: it follows the verb ("pointed out").
    """
    n = len(view)
    if not particle_first:
        j = i + 1
        return j if j < n and view.lowers[j] in table else None
    for j in range(i + 1, n):
        if view.is_boundary(j) or view.forms[j] in FINAL_PUNCT:
            return None
        if view.lowers[j] in table:
            after = j + 1
            if (
                after >= n
                or view.forms[after] in FINAL_PUNCT
                or view.is_boundary(after)
                or view.lowers[after] in view.words.complementizers
            ):
                return j
    return None


def _is_verb_like(view: SentenceView, i: int) -> bool:
    # Inside a sentence a verb is lower-case: German "Bericht" is a noun,
    # English "Post" a name. At its start "Sagen"/"Reports" may be verbs.
    form = view.forms[i]
    if not (form.islower() or (i == 0 and form[:1].isupper() and form[1:].islower())):
        return False
    if view.language == "en" and i > 0:
        # English nouns and verbs share forms: after a determiner or a
        # possessive it is a noun ("the reported abuses", "Africa's state").
        previous = view.lowers[i - 1]
        return previous not in view.words.determiners and previous not in ("'s", "’s")
    return True


def _chunk_after(view: SentenceView, start: int, stop: int) -> Chunk | None:
    """The first chunk in [start, stop) that is not the object of a preposition."""
    words = view.words
    for i in range(start, stop):
        if view.is_boundary(i) or view.forms[i] in FINAL_PUNCT:
            return None
        chunk = view.chunk_at.get(i)
        if chunk is None:
            continue
        previous = view.lowers[i - 1] if i > 0 else ""
        if previous in words.phrase_breaks and previous not in words.genitive_links and i > start:
            continue
        if view.lowers[i] == "sich":
            continue
        return chunk
    return None


def extend_phrase(view: SentenceView, chunk: Chunk) -> TokenSpan:
    """Extends a chunk to the right with genitives and "von"/"of" phrases.

    "ein Kommuniqué" + "von Hisbollah", "der Sprecher" + "des Ministeriums",
    "a spokesman" + "for the ministry".
    """
    words = view.words
    start, end = chunk.start, chunk.end
    definite = view.lowers[start] in words.determiners
    while end < len(view):
        nxt = view.chunk_at.get(end)
        lower = view.lowers[end]
        if nxt is not None and lower in words.genitive_links and lower in words.determiners:
            if lower == "der" and not definite:
                break
            end = nxt.end
            continue
        linked = view.chunk_at.get(end + 1)
        if linked is not None and (lower in words.genitive_links or lower in _COORDINATION):
            end = linked.end
            continue
        break
    return start, end


def _extend_left(view: SentenceView, chunk: Chunk) -> TokenSpan:
    """Extends a chunk to the left over genitive links ("Angaben der Armee")."""
    start = chunk.start
    for other in reversed(view.chunks):
        if other.end > start:
            continue
        gap = view.lowers[other.end : start]
        if (other.end == start and view.lowers[start] in view.words.genitive_links) or (
            len(gap) == 1 and gap[0] in view.words.genitive_links
        ):
            start = other.start
        else:
            break
    return start, chunk.end


def _clause_start(view: SentenceView, i: int) -> int:
    j = i
    while j > 0 and not view.is_boundary(j - 1):
        j -= 1
    return j


def _strip(view: SentenceView, span: TokenSpan) -> TokenSpan | None:
    """Trims function words from both ends of a span; None when nothing is left."""
    start, end = span
    words = view.words
    while start < end and (
        view.lowers[start] in words.function_words and view.lowers[start] not in words.pronouns
    ):
        start += 1
    while end > start and (
        (
            view.lowers[end - 1] in words.function_words
            and view.lowers[end - 1] not in words.pronouns
        )
        or view.lowers[end - 1] in _EN_BETWEEN
        or view.forms[end - 1] in CLAUSE_PUNCT
    ):
        end -= 1
    return (start, end) if start < end else None


def subject_of(view: SentenceView, cue: int) -> TokenSpan | None:
    """Finds the speaker (subject) of the reporting verb at token ``cue``.

    Returns:
        The token span of the speaker phrase, or None when none is found.
    """
    if view.language == "de":
        return _german_subject(view, cue)
    return _english_subject(view, cue)


def _german_subject(view: SentenceView, cue: int) -> TokenSpan | None:
    words = view.words
    if cue > 0 and view.lowers[cue - 1] == "zu":
        # "um das klar zu sagen": an infinitive has no subject of its own.
        return None
    start = _clause_start(view, cue)
    if _is_passive(view, start, cue):
        return None
    # The finite verb: an auxiliary before a participle ("hat ... gesagt"), else the cue.
    finite = next((j for j in range(start, cue) if view.lowers[j] in FINITE_AUXILIARIES), cue)
    if start < finite and view.lowers[start] in words.complementizers:
        # Verb-final clause: "wie die Armee mitteilte", "dass er sagte".
        chunk = _chunk_after(view, start + 1, cue)
        return extend_phrase(view, chunk) if chunk else None
    after = finite + 1
    if (
        start < finite
        and after < len(view)
        and view.lowers[after] in _NOMINATIVE_PRONOUNS
        and view.lowers[start] not in _NOMINATIVE_PRONOUNS
    ):
        # "Das muss man sagen", "Dem kann ich nur zustimmen": the Vorfeld is an
        # object and the subject pronoun follows the finite verb.
        return after, after + 1
    if finite - start == 1 and view.lowers[start] in _DEMONSTRATIVES:
        # "Dies teilte die Armee mit": the subject follows the finite verb.
        chunk = _chunk_after(view, after, len(view))
        return extend_phrase(view, chunk) if chunk else None
    if start < finite and view.lowers[start] not in words.vorfeld_adverbials:
        vorfeld = _strip(view, (start, finite))
        if vorfeld is not None and any(
            c.start >= vorfeld[0] and c.end <= vorfeld[1] for c in view.chunks
        ):
            if vorfeld[1] - vorfeld[0] == 1 and view.lowers[vorfeld[0]] in words.impersonal:
                return _impersonal_source(view, finite)
            return vorfeld
    chunk = _chunk_after(view, finite + 1, len(view))
    if chunk is None:
        return None
    if chunk.end - chunk.start == 1 and view.lowers[chunk.start] in words.impersonal:
        return _impersonal_source(view, chunk.end - 1)
    return extend_phrase(view, chunk)


def _is_passive(view: SentenceView, start: int, cue: int) -> bool:
    """A participle cue with a passive auxiliary in its clause.

    German "genannt werden", English "she was told": the subject is then not
    the speaker.
    """
    form = view.lowers[cue]
    if form == view.lemmas[cue].lower():
        return False
    if view.language == "en":
        return any(view.lowers[j] in view.words.passive_auxiliaries for j in range(start, cue))
    if not form.endswith(("t", "en")):
        return False
    end = cue + 1
    while end < len(view) and not view.is_boundary(end) and view.forms[end] not in FINAL_PUNCT:
        end += 1
    return any(view.lowers[j] in view.words.passive_auxiliaries for j in range(start, end))


def _impersonal_source(view: SentenceView, after: int) -> TokenSpan | None:
    """The source of "es hieß in einer Erklärung", "hieß es aus dem Ministerium"."""
    for i in range(after + 1, min(len(view), after + 6)):
        if view.is_boundary(i):
            break
        if view.lowers[i] in ("in", "aus", "von", "vom", "im", "seitens"):
            chunk = view.chunk_at.get(i + 1)
            if chunk is not None:
                return extend_phrase(view, chunk)
    return None


def _english_subject(view: SentenceView, cue: int) -> TokenSpan | None:
    if cue > 0 and view.lowers[cue - 1] == "to":
        return None
    start = _clause_start(view, cue)
    if view.lowers[start] in view.words.complementizers and start < cue:
        start += 1
    if _is_passive(view, start, cue):
        return None
    left = _strip(view, (start, cue))
    if left is not None and left[1] - left[0] <= _MAX_LEFT_SUBJECT:
        return left
    if start == cue and start >= 2 and view.forms[start - 1] == ",":
        # "Mikhail Turesevich, director of the office, told reporters": the
        # subject stands before an apposition.
        opening = next((j for j in range(start - 2, -1, -1) if view.is_boundary(j)), None)
        if opening is not None and view.forms[opening] == "," and start - opening <= 10:
            before = _strip(view, (_clause_start(view, opening), opening))
            if before is not None and before[1] - before[0] <= _MAX_LEFT_SUBJECT:
                return before
    if view.lemmas[cue].lower() not in _EN_INVERTING:
        return None
    chunk = _chunk_after(view, cue + 1, len(view))
    if chunk is not None and chunk.start == cue + 1:
        return extend_phrase(view, chunk)
    return None


def reported_clause(view: SentenceView, cue: Cue, speaker: TokenSpan | None) -> TokenSpan | None:
    """Finds the clause a reporting verb introduces.

    * after the verb: "X sagte, (dass) ...", "X said (that) ...", "X sagte: ..."
    * before it: "..., sagte X.", "..., X said." (the verb in the last clause)

    Returns:
        The token span of the reported clause, or None.
    """
    n = len(view)
    last = n
    while last > 0 and view.forms[last - 1] in FINAL_PUNCT:
        last -= 1
    end_of_cue = max(cue.token, cue.particle or cue.token, speaker[1] - 1 if speaker else 0)
    clause = _clause_start(view, cue.token)
    if view.lowers[clause] in ("wie", "as") and clause < cue.token:
        # "Wie die Armee mitteilte, ..." / "..., as the army said.": the rest
        # of the sentence is reported, in any mood.
        if clause == 0:
            comma = next((j for j in range(cue.token + 1, last) if view.forms[j] == ","), None)
            return (comma + 1, last) if comma is not None and last - comma > 3 else None
        if view.forms[clause - 1] == "," and not any(
            view.is_boundary(j) for j in range(cue.token + 1, last)
        ):
            return (0, clause - 1) if clause > 3 else None
    # Before: "..., sagte X." / "..., X said.": the cue's clause is the last
    # one, follows a comma, and is an inserted reporting clause: German puts
    # the verb first in it, English a short subject before the verb.
    inserted = (
        clause == cue.token
        if view.language == "de"
        else cue.token - clause <= _MAX_LEFT_SUBJECT
        and not any(view.lowers[j] in view.words.complementizers for j in range(clause, cue.token))
    )
    # After the speaker may come an apposition or a relative clause (", sagte
    # Thiem, der ..."), but no further main clause.
    speaker_end = speaker[1] if speaker is not None and speaker[0] > cue.token else cue.token + 1
    following = next((j for j in range(cue.token + 1, last) if view.is_boundary(j)), last)
    if (
        inserted
        and clause > 1
        and view.forms[clause - 1] in ",–—-"
        and (following == last or (following >= speaker_end and view.forms[following] == ","))
    ):
        return 0, clause - 1
    # After: a comma or colon right after the cue (and its subject/particle),
    # or "that"/"dass" straight after it.
    j = end_of_cue + 1
    while j < last and not view.is_boundary(j) and j - end_of_cue <= 6:
        if view.lowers[j] in view.words.complementizers and view.lowers[j] in ("dass", "that"):
            return (j, last) if last - j >= 3 else None
        j += 1
    if j < last and view.forms[j] == ":" and last - (j + 1) >= 3:
        return j + 1, last
    if (
        j < last
        and view.forms[j] == ","
        and last - (j + 1) >= 3
        and _opens_report(view, j + 1, last)
    ):
        return j + 1, last
    if (
        view.language == "en"
        and cue.token + 1 < last
        and view.lowers[cue.token]
        in (
            "said",
            "says",
            "told",
        )
    ):
        # "X said the ministry had ..." (no "that").
        start = cue.token + 1
        if view.lowers[cue.token] == "told":
            chunk = view.chunk_at.get(start)
            start = chunk.end if chunk else start
        if last - start >= 4:
            return start, last
    return None


def _opens_report(view: SentenceView, start: int, end: int) -> bool:
    """Tells whether the clause at ``start`` (after "sagte,") is reported content.

    It is when a complementizer opens it ("dass", "ob"), or (German) when it is
    a main clause in the subjunctive ("die Lage sei ernst"). A relative clause
    or a conditional ("die erklären", "wenn sie ...") is not.
    """
    first = view.lowers[start]
    if first in _REPORTED_COMPLEMENTIZERS:
        return True
    if first in _NOT_REPORTED and first not in view.words.determiners:
        return False
    if view.language == "en":
        return first not in _NOT_REPORTED
    stop = next((j for j in range(start, end) if view.forms[j] in ",;:"), end)
    if first in _NOT_REPORTED:
        # "die Lage sei ernst" (an article) or "die erklären, ..." (a relative
        # pronoun): only the subjunctive tells them apart.
        return any(is_konjunktiv_one(view, j) for j in range(start, stop))
    return any(
        is_konjunktiv_one(view, j) or view.lowers[j] in view.words.konjunktiv_two
        for j in range(start, stop)
    )


def is_konjunktiv_one(view: SentenceView, j: int) -> bool:
    """Tells whether token ``j`` is a German verb in Konjunktiv I.

    Listed forms ("sei", "habe", "werde", ...), or a third person singular
    made of the infinitive without its "n" ("verstoße", "niederlege"); after
    "ich" that form is the indicative.
    """
    lower = view.lowers[j]
    if lower in view.words.konjunktiv:
        return True
    lemma = view.lemmas[j].lower()
    return (
        j > 0
        and view.forms[j].islower()
        and lemma.endswith("en")
        and lower == lemma[:-1]
        and view.lowers[j - 1] != "ich"
    )


def clean_source(view: SentenceView, span: TokenSpan | None) -> TokenSpan | None:
    """Tidies a speaker phrase; None when it names nobody.

    Function words at its edges go; "man" and "es" name nobody; a relative
    pronoun ("Käufer, die erklären") stands for the phrase before its comma.
    """
    if span is None:
        return None
    span = _strip(view, span)
    if span is None:
        return None
    start, end = span
    if view.lowers[start] in view.words.impersonal:
        return None
    if any(view.lowers[i] in view.words.not_sources for i in range(start, end)):
        return None
    # German capitals mark every noun, so its chunks are reliable: a speaker
    # runs over one noun phrase with its genitives, "von" phrases and
    # coordination ("warf Beckenbauer den Präsidenten vor" has the speaker
    # "Beckenbauer" and an addressee after it), and a phrase cut short ("Ein
    # Sprecher" of "Ein Sprecher des Ministeriums") is completed.
    first = view.chunk_at.get(start)
    if first is not None and view.language == "de":
        end = extend_phrase(view, first)[1]
    if end - start == 1:
        lower = view.lowers[start]
        if lower in view.words.determiners and lower not in view.words.pronouns:
            if start >= 2 and view.forms[start - 1] == ",":
                antecedent = next((c for c in view.chunks if c.end == start - 1), None)
                if antecedent is not None and antecedent.kind == "N":
                    return antecedent.start, antecedent.end
            return None
    return start, end


def rules_suffice(view: SentenceView, cue: Cue, subject: TokenSpan | None) -> bool:
    """Tells whether the subject the rules found needs no second opinion from the tagger.

    A personal pronoun the rules get right as often as the SpkAtt tagger (our
    measurement on SpkAtt), and a German inserted reporting clause (", sagte
    der Sprecher.") has fixed word order.
    """
    if subject is None:
        return False
    if (
        subject[1] - subject[0] == 1
        and view.lowers[subject[0]] in view.words.pronouns
        and view.lowers[subject[0]] not in view.words.impersonal
    ):
        return True
    return (
        view.language == "de"
        and subject[0] > cue.token
        and cue.token > 0
        and view.forms[cue.token - 1] in ",–—-"
    )


@dataclass(frozen=True)
class PrepAttribution:
    """An attribution by preposition or parenthesis: cue and source tokens.

    "laut X", "X zufolge", "nach Angaben X", ", so X.", "according to X".
    """

    cue: TokenSpan
    source: TokenSpan


def _skip_source_noun(view: SentenceView, span: TokenSpan) -> TokenSpan:
    """Skips a leading source noun: "Angaben der Armee" -> "der Armee"."""
    words = view.words
    start, end = span
    for i in range(start, min(end, start + 3)):
        if view.lowers[i] in words.source_nouns:
            j = i + 1
            if j < end and view.lowers[j] in words.genitive_links:
                if view.lowers[j] in words.determiners:
                    return j, end
                return j + 1, end
    return span


def _source_after(view: SentenceView, j: int) -> TokenSpan | None:
    """The source phrase starting at token ``j`` ("der Armee", "Angaben der Armee")."""
    words = view.words
    n = len(view)
    if j >= n:
        return None
    if view.lowers[j] in words.source_nouns and j + 1 < n:
        link = view.lowers[j + 1]
        if link in words.genitive_links:
            start = j + 1 if link in words.determiners else j + 2
            chunk = view.chunk_at.get(start)
            if chunk is not None:
                return extend_phrase(view, chunk)
    chunk = view.chunk_at.get(j)
    if chunk is None and view.forms[j][:1].isupper():
        chunk = Chunk(j, j + 1, "N")
    return extend_phrase(view, chunk) if chunk is not None else None


def _add(found: list[PrepAttribution], view: SentenceView, attribution: PrepAttribution) -> None:
    source = clean_source(view, attribution.source)
    if source is not None:
        found.append(PrepAttribution(attribution.cue, source))


def prepositional_attributions(view: SentenceView, lexicon: CueLexicon) -> list[PrepAttribution]:
    """Finds attributions by preposition or parenthesis in one sentence."""
    found: list[PrepAttribution] = []
    words = view.words
    n = len(view)
    for i, lower in enumerate(view.lowers):
        cls = lexicon.classes.get(lower)
        if lower == "according" and i + 1 < n and view.lowers[i + 1] == "to":
            span = _source_after(view, i + 2)
            if span is not None:
                _add(found, view, PrepAttribution((i, i + 2), span))
        elif cls == PREP and lower == "laut":
            span = _source_after(view, i + 1)
            if span is not None:
                _add(found, view, PrepAttribution((i, i + 1), span))
        elif cls == PREP and lower == "zufolge":
            chunk = next((c for c in view.chunks if c.end == i), None)
            if chunk is not None:
                span = _skip_source_noun(view, _extend_left(view, chunk))
                _add(found, view, PrepAttribution((i, i + 1), span))
        elif lower == "nach" and i + 1 < n and view.lowers[i + 1] in words.source_nouns:
            span = _source_after(view, i + 1)
            if span is not None and span[0] > i + 1:
                _add(found, view, PrepAttribution((i, i + 2), span))
        elif lower == "so" and i > 0 and view.forms[i - 1] in ",–—-":
            chunk = view.chunk_at.get(i + 1)
            if chunk is None or not (
                view.lowers[chunk.start] in words.determiners
                or view.forms[chunk.start][:1].isupper()
            ):
                continue
            span = extend_phrase(view, chunk)
            j = span[1]
            while j < n and view.lowers[j] in _SO_TRAILERS:
                j += 1
            if j >= n or view.forms[j] in FINAL_PUNCT or view.forms[j] in CLAUSE_PUNCT:
                _add(found, view, PrepAttribution((i, i + 1), span))
    return found
