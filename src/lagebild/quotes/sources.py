"""The Source of a speech event, chosen among the phrases of its sentence.

The CRF role tagger (:mod:`lagebild.quotes.tagger`) labels tokens one by one
and often labels none as the Source when the speaker is a plain noun phrase.
This module treats the Source as a choice instead, in two steps:

1. **Core**: every speaker-like phrase of the sentence is a candidate (a
   pronoun in any case, a possessive determiner, a noun phrase of an
   optional article, adjectives and a run of capitalised words), and so is
   "no Source in this sentence"; a conditional logit model
   (:mod:`lagebild.quotes.choice`) scores each (cue, candidate) pair from where the
   candidate stands relative to the cue (side, distance, punctuation and
   subordinate clauses in between, first phrase of its clause, right after
   the finite verb), its case (article and pronoun forms), agreement with
   the verb and the cue's word and class, and the candidates compete. The
   best phrase is the Source when the probability that the event has one
   (all candidates but "none" together) reaches a threshold: when two
   phrases share the mass, the best alone may fall short although "none"
   is unlikely. (The Addr chooser still asks the best phrase's own
   probability, see ``BY_MASS``.)
2. **Extension**: the core grows step by step to the phrase the annotators
   mark: a genitive ("der Leiter des Amtes"), a prepositional attribute
   ("der Kollege von der AfD"), a coordinated phrase, a relative clause
   ("Jeder, der sich damit befasst"), "als"/"wie" phrases, and to the left a
   preposition ("von Ihnen beschlossen") or a focus particle ("auch wir").
   A logistic regression (a python-crfsuite CRF over one-item sequences)
   decides each step; growing stops at the first step it rejects.

Both models are trained by :mod:`lagebild.quotes.training`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from lagebild.errors import Code, LagebildError
from lagebild.quotes.choice import ChoiceModel
from lagebild.quotes.features import CLAUSE_BOUNDARIES, FINITE_AUXILIARIES, TokenInfo
from lagebild.quotes.lexicon import QuoteWords
from lagebild.quotes.rules import SentenceView, TokenSpan, subject_of
from lagebild.quotes.spkatt import SpeechDoc
from lagebild.resources import Resources, data_path, parse_yaml

YES, NO = "Y", "N"
# Token classes of the candidate finder.
PRONOUN, POSSESSIVE, ARTICLE, NOUN, NUMBER, PUNCT, FUNCTION, OTHER = "RSDN#PFo"
# Kinds of core candidates: a pronoun, a possessive alone, an article alone
# (a demonstrative or relative pronoun) and a noun phrase.
KINDS = (PRONOUN, POSSESSIVE, ARTICLE, NOUN)
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_MAX_MODIFIERS = 4
_MAX_STEPS = 6
_CLAUSE_OPENERS = frozenset({"und", "aber", "denn", "oder", "sondern", "doch"})
_CASES = {
    **dict.fromkeys(["ich", "wir", "du", "er", "man", "der", "ein", "kein", "jeder", "wer"], "N"),
    **dict.fromkeys(["mich", "dich", "ihn", "einen", "keinen", "wen", "jeden"], "A"),
    **dict.fromkeys(["mir", "dir", "ihm", "dem", "einem", "keinem", "ihnen", "wem", "jedem"], "D"),
    **dict.fromkeys(["des", "eines", "keines"], "G"),
    **dict.fromkeys(["uns", "euch"], "AD"),
    **dict.fromkeys(["sie", "die", "das", "es", "eine", "keine", "alle", "diese"], "NA"),
}
_FIRST_SECOND = frozenset({"ich", "mich", "mir", "wir", "uns", "du", "dich", "dir", "euch"})
_DISTANCES = (0, 1, 2, 3, 5, 8, 12, 20)
# "einzufordern", "vorzulegen": an infinitive with "zu" inside a separable verb.
_ZU_INFINITIVE = re.compile(
    r"^(?:ab|an|auf|aus|bei|dar|ein|fest|her|hin|mit|nach|vor|weg|zurück|zusammen|über|um|"
    r"durch|klar|offen|frei|hervor|hinzu|heraus|hinweg|vorweg|entgegen|dazu|davon)zu\w+e?n$"
)
CHOICE_MODEL = "spkatt-{role}-{language}.tsv"
STEP_MODEL = "spkatt-{role}-extend-{language}.crfsuite"
# Roles chosen among the sentence's phrases, and the probability the best
# phrase needs to be taken: for the roles in BY_MASS the probability that the
# event has the role at all (1 - P("none"), all phrases together), for the
# others the best phrase's own. Chosen by 4-fold cross-validation within the
# training part, with gold cues and end to end (scripts/quotes_chooser_cv.py,
# scripts/quotes_experiments.py); the mass decision is kept for the Source
# only, where the development part agreed (QUOTES-EXPERIMENTS.md).
THRESHOLDS: dict[str, float] = {"Source": 0.45, "Addr": 0.2}
BY_MASS: frozenset[str] = frozenset({"Source"})
CHOSEN_ROLES: tuple[str, ...] = tuple(THRESHOLDS)
# An extension step is taken when its probability reaches this.
EXTEND_THRESHOLD = 0.5


@dataclass(frozen=True)
class SourceWords:
    """Closed word classes of the candidate finder (``de/source_words.yaml``)."""

    pronouns: frozenset[str]
    possessives: frozenset[str]
    articles: frozenset[str]
    genitive_articles: frozenset[str]
    relatives: frozenset[str]
    prepositions: frozenset[str]
    particles: frozenset[str]
    trailers: frozenset[str]
    coordinators: frozenset[str]
    subordinators: frozenset[str]
    passive: frozenset[str]
    not_speakers: frozenset[str]


def read_source_words(language: str) -> SourceWords | None:
    """Reads ``source_words.yaml`` for ``language``; None when there is none.

    Raises:
        LagebildError: When a key is missing or not a list of words.
    """
    path = Path(str(data_path(language, "source_words.yaml")))
    if not path.is_file():
        return None
    data = parse_yaml(path.read_text(encoding="utf-8"))
    lists: dict[str, frozenset[str]] = {}
    for name in SourceWords.__dataclass_fields__:
        value = data.get(name) if isinstance(data, dict) else None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise LagebildError(Code.RESOURCE, f"'{name}' must be a list of words", path=str(path))
        lists[name] = frozenset(v.lower() for v in value)
    return SourceWords(**lists)


def load_source_words(resources: Resources, language: str) -> SourceWords | None:
    """Loads the candidate finder's word lists (a `resources.load` loader)."""
    return read_source_words(language)


@dataclass(frozen=True)
class Phrase:
    """Tokens ``start`` to ``end`` (exclusive) of a candidate; ``kind`` is one of KINDS."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Step:
    """One way to grow a phrase: by tokens ``start``..``end``, a ``kind`` of attachment."""

    start: int
    end: int
    kind: str
    word: str
    right: bool


class Sentence:
    """What the candidate finder and the features know about one sentence."""

    def __init__(
        self,
        forms: Sequence[str],
        infos: Sequence[TokenInfo],
        words: SourceWords,
        quote_words: QuoteWords,
    ) -> None:
        """Classifies the tokens and finds the core candidates."""
        function_words = quote_words.function_words
        self.quote_words = quote_words
        self.forms = forms
        self.infos = infos
        self.words = words
        self.n = len(forms)
        lowers = [info.lower for info in infos]
        self.lowers = lowers
        self.classes = [
            _token_class(f, info.lower, words, function_words)
            for f, info in zip(forms, infos, strict=True)
        ]
        for i, info in enumerate(infos):
            # A capital that opens the sentence (or a clause after a colon or
            # a quote) marks a noun only when the lemma is one too.
            if self.classes[i] == NOUN and not info.noun and (i == 0 or not forms[i - 1].isalnum()):
                self.classes[i] = OTHER
        self.boundary = [
            info.boundary or f in CLAUSE_BOUNDARIES for f, info in zip(forms, infos, strict=True)
        ]
        self.finite = [lo in FINITE_AUXILIARIES for lo in lowers]
        self.phrases = self._phrases()
        self.phrase_at = {p.start: p for p in self.phrases if p.kind != POSSESSIVE}
        # Index of the first token of each token's clause.
        starts = []
        current = 0
        for i in range(self.n):
            if i > 0 and (self.boundary[i - 1] or lowers[i] in words.subordinators):
                current = i
            starts.append(current)
        self.clause_start = starts
        self._rule_subjects: dict[int, TokenSpan | None] = {}

    def rule_subject(self, cue: int) -> TokenSpan | None:
        """The subject the news rules find for a verb cue (memoised)."""
        if cue not in self._rule_subjects:
            starts = list(itertools.accumulate((len(f) + 1 for f in self.forms), initial=0))
            view = SentenceView(
                self.forms,
                [info.lemma for info in self.infos],
                starts[:-1],
                [start + len(f) for start, f in zip(starts, self.forms, strict=False)],
                "de",
                self.quote_words,
            )
            self._rule_subjects[cue] = subject_of(view, cue)
        return self._rule_subjects[cue]

    def _is_adjective(self, i: int) -> bool:
        lower = self.lowers[i]
        return (
            self.classes[i] == OTHER
            and lower.endswith(_ADJECTIVE_ENDINGS)
            and lower not in FINITE_AUXILIARIES
            and self.infos[i].cue_class == "-"
        )

    def _noun_run_end(self, i: int) -> int:
        k = i
        classes, n = self.classes, self.n
        while k < n:
            inside = classes[k] == NUMBER or (
                self.forms[k] == "/" and k + 1 < n and classes[k + 1] == NOUN
            )
            if classes[k] == NOUN or (inside and k > i):
                k += 1
            else:
                break
        return k

    def _noun_after(self, i: int) -> int:
        """The end of a noun phrase whose modifiers start at ``i`` (``i``: none)."""
        j = i
        while (
            j < self.n
            and j - i < _MAX_MODIFIERS
            and (self._is_adjective(j) or self.classes[j] == NUMBER)
        ):
            j += 1
        if j < self.n and self.classes[j] == NOUN:
            return self._noun_run_end(j)
        return i

    def _phrases(self) -> list[Phrase]:
        found: list[Phrase] = []
        i = 0
        words, lowers, classes = self.words, self.lowers, self.classes
        while i < self.n:
            cls = classes[i]
            if cls in (ARTICLE, POSSESSIVE):
                end = self._noun_after(i + 1)
                if end > i + 1:
                    found.append(Phrase(i, end, NOUN))
                    if cls == POSSESSIVE:
                        found.append(Phrase(i, i + 1, POSSESSIVE))
                    i = end
                    continue
                if lowers[i] in words.pronouns:
                    found.append(Phrase(i, i + 1, PRONOUN))
                elif cls == ARTICLE:
                    found.append(Phrase(i, i + 1, ARTICLE))
                i += 1
            elif cls == PRONOUN:
                found.append(Phrase(i, i + 1, PRONOUN))
                i += 1
            elif cls in (NOUN, NUMBER, OTHER):
                end = self._noun_after(i) if cls != NOUN else self._noun_run_end(i)
                if end > i and any(classes[k] == NOUN for k in range(i, end)):
                    found.append(Phrase(i, end, NOUN))
                    i = end
                else:
                    i += 1
            else:
                i += 1
        return found

    def steps_right(self, end: int, blocked: frozenset[int]) -> list[Step]:
        """The chain of attachments that can follow a phrase ending at ``end``."""
        steps: list[Step] = []
        words, lowers = self.words, self.lowers
        while len(steps) < _MAX_STEPS and end < self.n:
            lower = lowers[end]
            stop = end
            kind = word = ""
            if lower in words.genitive_articles and end in self.phrase_at:
                stop, kind, word = self.phrase_at[end].end, "gen", lower
            elif lower in words.prepositions and end + 1 in self.phrase_at:
                stop, kind, word = self.phrase_at[end + 1].end, "pp", lower
            elif lower in words.coordinators or lower == "als":
                k = end + 1
                while k < self.n and lowers[k] in words.particles:
                    k += 1
                if k in self.phrase_at:
                    stop, kind, word = self.phrase_at[k].end, "coord", lower
            elif lower in words.trailers:
                stop, kind, word = end + 1, "trail", lower
            elif lower == ",":
                k = end + 1
                if k < self.n and lowers[k] in words.prepositions:
                    k += 1
                if k < self.n and lowers[k] in words.relatives:
                    stop = k + 1
                    while stop < self.n and not self.boundary[stop] and self.forms[stop] != ".":
                        stop += 1
                    kind, word = "rel", lowers[end + 1]
                elif k in self.phrase_at:
                    stop, kind, word = self.phrase_at[k].end, "list", lowers[k]
            if not kind or any(t in blocked for t in range(end, stop)):
                break
            steps.append(Step(end, stop, kind, word, right=True))
            end = stop
        return steps

    def steps_left(self, start: int, blocked: frozenset[int]) -> list[Step]:
        """The chain of prepositions and particles that can precede a phrase at ``start``."""
        steps: list[Step] = []
        words = self.words
        while len(steps) < 3 and start > 0 and start - 1 not in blocked:
            lower = self.lowers[start - 1]
            if lower in words.prepositions:
                kind = "prep"
            elif lower in words.particles:
                kind = "part"
            else:
                break
            start -= 1
            steps.append(Step(start, start + 1, kind, lower, right=False))
        return steps


def _token_class(form: str, lower: str, words: SourceWords, function_words: frozenset[str]) -> str:
    if form.isspace() or not any(ch.isalnum() for ch in form):
        return PUNCT
    if lower in words.possessives:
        return POSSESSIVE
    if lower in words.articles:
        return ARTICLE
    if lower in words.pronouns:
        return PRONOUN
    if form[0].isdigit():
        return NUMBER
    if lower in function_words:
        return FUNCTION
    if form[0].isupper():
        return NOUN
    return OTHER


def _bucket(distance: int) -> int:
    return next(b for b in reversed(_DISTANCES) if distance >= b)


@dataclass(frozen=True)
class CueView:
    """The cue of one event as the features see it."""

    anchor: int
    tokens: frozenset[int]
    lemma: str
    cls: str
    shape: str
    passive: bool
    finite: int
    infinitive: bool
    # First and last token of the cue's clause.
    clause_first: int = 0
    clause_last: int = 0


def cue_head(infos: Sequence[TokenInfo], cue_tokens: Sequence[int]) -> int:
    """The head of a cue: its first lower-case token (a verb), else its first token."""
    tokens = sorted(cue_tokens)
    return next((t for t in tokens if infos[t].shape == "L"), tokens[0])


def cue_view(sentence: Sentence, cue_tokens: Sequence[int]) -> CueView:
    """Describes the cue: its head (a verb when it has one), class and voice."""
    infos = sentence.infos
    tokens = sorted(cue_tokens)
    anchor = cue_head(infos, tokens)
    info = infos[anchor]
    first = sentence.clause_start[anchor]
    last = anchor
    while last + 1 < sentence.n and not sentence.boundary[last + 1]:
        last += 1
    clause = range(first, last + 1)
    passive = any(sentence.lowers[k] in sentence.words.passive for k in clause if k != anchor)
    finite = next((k for k in clause if sentence.finite[k]), -1)
    lower = info.lower
    infinitive = info.shape == "L" and (
        (anchor > 0 and sentence.lowers[anchor - 1] == "zu") or bool(_ZU_INFINITIVE.match(lower))
    )
    return CueView(
        infinitive=infinitive,
        anchor=anchor,
        tokens=frozenset(tokens),
        lemma=info.lemma,
        cls=info.split_class or info.cue_class,
        shape=info.shape,
        passive=passive,
        finite=finite,
        clause_first=first,
        clause_last=last,
    )


def core_features(
    sentence: Sentence, cue: CueView, phrase: Phrase, rank: int, other_cues: frozenset[int]
) -> list[str]:
    """Features of one (cue, core candidate) pair.

    Args:
        sentence: The sentence.
        cue: The event's cue.
        phrase: The candidate.
        rank: How many candidates lie between it and the cue (0: the nearest).
        other_cues: Tokens of other cues in the sentence.
    """
    lowers, forms, infos = sentence.lowers, sentence.forms, sentence.infos
    a = cue.anchor
    s, e, kind = phrase.start, phrase.end, phrase.kind
    left = e <= a
    side = "L" if left else "R"
    gap = range(e, min(cue.tokens)) if left else range(max(cue.tokens) + 1, s)
    if not left and s < a:
        # Inside a multi-word cue ("Debatte ... geführt").
        side = "I"
        gap = range(0)
    distance = _bucket(len(gap))
    between = [k for k in gap]
    boundaries = min(2, sum(sentence.boundary[k] for k in between))
    colon = any(lowers[k] in (":", ";") for k in between)
    subordinate = any(lowers[k] in sentence.words.subordinators for k in between)
    finite_between = any(sentence.finite[k] for k in between)
    other_between = any(k in other_cues for k in between)
    first_lower = lowers[s]
    head = lowers[e - 1]
    head_lemma = infos[e - 1].lemma
    prev = lowers[s - 1] if s > 0 else "<s>"
    after = lowers[e] if e < sentence.n else "</s>"
    case = _CASES.get(first_lower, "")
    person = "12" if first_lower in _FIRST_SECOND or forms[s] in ("Sie", "Ihnen") else "3"
    clause_initial = s == 0 or sentence.boundary[s - 1] or prev in _CLAUSE_OPENERS
    first_in_clause = not any(
        p.end <= s and p.start >= sentence.clause_start[s] for p in sentence.phrases
    )
    after_finite = s > 0 and (sentence.finite[s - 1] or s - 1 == a)
    before_finite = e < sentence.n and (sentence.finite[e] or e == a)
    length = min(e - s, 4)
    cl, lem, sh = cue.cls, cue.lemma, cue.shape
    pos = f"{side}{min(rank, 3)}"
    feats = [
        "b",
        f"k={kind}",
        f"side={side}",
        f"d={side}{distance}",
        f"r={pos}",
        f"nb={side}{boundaries}",
        f"w={first_lower}",
        f"hd={head}",
        f"hl={head_lemma}",
        # A compound's head noun keeps its meaning ("Regierungskoalition",
        # "Innenminister"): the endings of the head tell a speaker (person,
        # organisation) from a thing also when the word itself is rare.
        f"hs={head_lemma[-5:]}|{side}",
        f"hs3={head_lemma[-3:]}",
        f"len={kind}{length}",
        f"p={person}|{side}",
        f"prev={prev}",
        f"next={after}",
        f"prevk={prev}|{kind}|{side}",
        f"cl={cl}|{side}|{kind}",
        f"clr={cl}|{pos}",
        f"lem={lem}|{side}",
        f"lemr={lem}|{pos}",
        f"lemk={lem}|{kind}|{side}",
        f"sh={sh}|{pos}|{boundaries}",
        f"shk={sh}|{kind}|{side}{distance}",
        f"shprev={sh}|{side}|{prev}",
        f"pass={cue.passive}|{prev}|{side}",
        f"passk={cue.passive}|{kind}|{pos}",
    ]
    if case:
        feats += [f"case={case}|{side}", f"ccase={cl}|{case}|{side}", f"lcase={lem}|{case}"]
    if colon:
        feats.append(f"colon={side}")
    if subordinate:
        feats.append(f"sub={side}|{sh}")
    if finite_between:
        feats.append(f"fin={side}")
    if other_between:
        feats.append(f"oc={side}")
    if clause_initial:
        feats.append(f"ci={side}|{sh}")
    if first_in_clause:
        feats += [f"first={side}|{boundaries}", f"firstc={cl}|{side}"]
    if after_finite:
        feats.append(f"aft={side}|{kind}")
    if before_finite:
        feats.append(f"bef={side}|{kind}")
    if s == 0:
        feats.append("s0")
    if head in sentence.words.not_speakers:
        feats.append(f"tmp={side}")
    names = sum(1 for k in range(s, e) if forms[k][:1].isupper())
    if names >= 2:
        feats.append(f"caps2={side}|{sh}")
    prev2 = lowers[s - 2] if s > 1 else "<s>"
    feats.append(f"prev2={prev2}|{prev}")
    verb_final = a + 1 >= sentence.n or sentence.boundary[a + 1]
    feats.append(f"vfin={verb_final}|{side}|{sh}")
    if cue.finite >= 0 and sentence.clause_start[s] == sentence.clause_start[cue.finite]:
        if e <= cue.finite:
            feats.append(f"vorfeld={first_in_clause}")
        else:
            middle = sum(1 for p in sentence.phrases if cue.finite < p.start and p.end <= s)
            feats.append(f"mittel={min(middle, 2)}|{kind}|{case}")
    if kind in (PRONOUN, ARTICLE, POSSESSIVE) or case:
        # Agreement of a pronoun or article with the finite verb (or the cue).
        verb = cue.finite if cue.finite >= 0 else a
        feats.append(f"agr={first_lower}|{lowers[verb][-2:]}")
        feats.append(f"agrc={first_lower}|{lowers[a][-2:]}|{sh}")
    if cue.infinitive:
        feats.append(f"inf={pos}|{boundaries}")
    if sh == "L":
        rule = sentence.rule_subject(a)
        if rule is None:
            feats.append("rule=none")
        elif rule[0] <= s and e <= rule[1]:
            feats.append(f"rule={'head' if s == rule[0] else 'in'}|{kind}")
        else:
            feats.append("rule=out")
    if forms[s] in ("Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer"):
        feats.append(f"polite={side}|{kind}")
    if sh != "L":
        # A noun cue: its own possessive or genitive.
        feats.append(f"noun={side}{distance}|{kind}|{prev if left else lowers[s]}")
    feats += _attachment_features(sentence, cue, phrase, side)
    return feats


# Prepositions whose object can be the speaker ("von Ihnen beschlossen",
# "laut der Regierung", "für uns ist klar"); others make a phrase an adjunct.
_SPEAKER_PREPOSITIONS = frozenset(["von", "vom", "durch", "seitens", "für", "laut", "nach", "bei"])


def _attachment_features(sentence: Sentence, cue: CueView, phrase: Phrase, side: str) -> list[str]:
    """What the candidate hangs from: a preposition, a noun (genitive), a cue noun.

    Also where it stands when the cue's clause opens with its verb, and a
    possessive right before a noun cue ("unser Antrag").
    """
    s, kind = phrase.start, phrase.kind
    lowers = sentence.lowers
    feats = []
    prev = lowers[s - 1] if s > 0 else "<s>"
    if prev in sentence.words.prepositions:
        word = prev if prev in _SPEAKER_PREPOSITIONS else "x"
        feats.append(f"pp={word}|{cue.passive}|{side}")
        feats.append(f"ppc={word}|{cue.shape}|{cue.cls}")
    elif (
        s > 0 and sentence.classes[s - 1] == NOUN and lowers[s] in sentence.words.genitive_articles
    ):
        # "die Hälfte der Unternehmen", "Gründung der Liste": a genitive attribute.
        feats.append(f"genattr={side}|{kind}")
    verb = cue.finite if cue.finite >= 0 else cue.anchor
    if verb == cue.clause_first and cue.shape == "L":
        # A clause that opens with its verb: the subject follows, or it is
        # the one of the clause before ("..., appellieren an Sie").
        here = sentence.clause_start[s] == cue.clause_first
        first = not any(
            p.end <= s and p.start >= sentence.clause_start[s] for p in sentence.phrases
        )
        feats.append(f"v1={side}|{here}|{first}|{kind}")
    if kind == POSSESSIVE:
        near = next(
            (
                k - s
                for k in range(s + 1, min(sentence.n, s + 5))
                if k in cue.tokens or sentence.boundary[k]
            ),
            0,
        )
        if near and s + near in cue.tokens:
            feats.append(f"posscue={min(near, 3)}|{cue.shape}")
    return feats


def step_features(
    sentence: Sentence, cue: CueView, phrase: Phrase, step: Step, number: int
) -> list[str]:
    """Features of one extension step of a core phrase.

    Args:
        sentence: The sentence.
        cue: The event's cue.
        phrase: The core phrase.
        step: The step (its added tokens).
        number: How many steps on the same side were taken before it.
    """
    lowers = sentence.lowers
    side = "L" if phrase.end <= cue.anchor else "R"
    if step.right:
        touches = step.end in cue.tokens
        tail = lowers[step.end] if step.end < sentence.n else "</s>"
    else:
        touches = step.start - 1 in cue.tokens
        tail = lowers[step.start - 1] if step.start > 0 else "<s>"
    kind = step.kind
    return [
        "b",
        f"k={kind}",
        f"kw={kind}|{step.word}",
        f"ks={kind}|{side}",
        f"kc={kind}|{phrase.kind}",
        f"kn={kind}|{min(number, 2)}",
        f"sz={kind}|{min(step.end - step.start, 6)}",
        f"tail={kind}|{tail}",
        f"touch={kind}|{touches}",
        f"cue={kind}|{cue.shape}|{side}",
        f"cl={kind}|{cue.cls}",
        f"lem={step.word}|{cue.lemma}",
        f"hd={kind}|{lowers[phrase.end - 1]}",
        f"pass={kind}|{step.word}|{cue.passive}",
    ]


_MODALS = frozenset(
    [
        "kann",
        "können",
        "könnte",
        "könnten",
        "muss",
        "müssen",
        "müsste",
        "müssten",
        "will",
        "wollen",
        "wollte",
        "wollten",
        "soll",
        "sollen",
        "sollte",
        "sollten",
        "darf",
        "dürfen",
        "möchte",
        "möchten",
    ]
)
_SUBJECT_PRONOUNS = frozenset(["ich", "wir", "du", "er", "sie", "man", "es", "ihr"])
_IMPERATIVE_PARTNERS = frozenset(["sie", "wir", "uns", "mich"])


def event_features(sentence: Sentence, cue: CueView) -> list[str]:
    """Features of the event as a whole: whether its cue has a Source at all.

    Voice, mood and person of the clause, the pronouns in it, a question or
    an imperative ("Lassen Sie mich sagen"), an infinitive or relative
    clause, and a noun cue's own possessive or genitive.
    """
    a = cue.anchor
    lowers, forms = sentence.lowers, sentence.forms
    first, last = cue.clause_first, cue.clause_last
    clause = range(first, last + 1)
    cl, sh = cue.cls, cue.shape
    feats = []
    verb = cue.finite if cue.finite >= 0 else (a if sh == "L" else -1)
    if verb >= 0:
        feats.append(f"E|end={lowers[verb][-2:]}|{sh}")
        if lowers[verb] in _MODALS:
            feats.append(f"E|modal|{sh}")
    subjects = [
        ("Sie" if forms[k] == "Sie" and k > 0 else lowers[k])
        for k in clause
        if lowers[k] in _SUBJECT_PRONOUNS and k != a
    ]
    feats.append(f"E|subj={subjects[0] if subjects else '-'}|{sh}")
    if "man" in subjects:
        feats.append(f"E|man|{cl}")
    if "es" in subjects:
        feats.append(f"E|es|{cue.passive}")
    end = sentence.n - 1
    while end > 0 and sentence.classes[end] == PUNCT and forms[end] not in "?!":
        end -= 1
    if forms[end] == "?":
        feats.append(f"E|question|{sh}")
    head = lowers[first]
    if (
        first + 1 < sentence.n
        and lowers[first + 1] in _IMPERATIVE_PARTNERS
        and sentence.classes[first] in (OTHER, NOUN)
        and not sentence.infos[first].noun
    ):
        feats.append(f"E|imp={head}|{lowers[first + 1]}")
    if first > 0 and head in sentence.words.relatives:
        feats.append(f"E|rel|{sh}")
    if first > 0 and head in sentence.words.subordinators:
        feats.append(f"E|sub={head}")
    if "um" in lowers[first:a] and cue.infinitive:
        feats.append("E|umzu")
    if sh != "L":
        before = lowers[a - 1] if a else "<s>"
        after = lowers[a + 1] if a + 1 < sentence.n else "</s>"
        if sentence.classes[a - 1] == POSSESSIVE if a else False:
            feats.append(f"E|poss={before}")
        if after in sentence.words.genitive_articles or after in ("von", "vom"):
            feats.append(f"E|after={after}")
    left = sum(1 for p in sentence.phrases if first <= p.start and p.end <= a)
    right = sum(1 for p in sentence.phrases if a < p.start and p.end <= last + 1)
    feats.append(f"E|np={min(left, 2)}{min(right, 2)}|{sh}")
    feats.append(f"E|pos={'0' if a == first else ('1' if a == last else 'm')}|{sh}")
    return feats


def none_features(sentence: Sentence, cue: CueView) -> list[str]:
    """Features of the candidate "no Source in this sentence"."""
    a = cue.anchor
    lowers = sentence.lowers
    return [
        *event_features(sentence, cue),
        "NONE",
        f"N|l={cue.lemma}",
        f"N|c={cue.cls}",
        f"N|sh={cue.shape}",
        f"N|shl={cue.shape}|{cue.lemma}",
        f"N|pass={cue.passive}",
        f"N|fin={cue.finite >= 0}",
        f"N|inf={cue.infinitive}",
        f"N|rule={cue.shape == 'L' and sentence.rule_subject(a) is not None}",
        f"N|prev={lowers[a - 1] if a else '<s>'}",
        f"N|next={lowers[a + 1] if a + 1 < sentence.n else '</s>'}",
    ]


def candidates(
    sentence: Sentence, cue: CueView, other_cues: frozenset[int]
) -> Iterator[tuple[Phrase, list[str]]]:
    """Yields every core candidate of an event with its features."""
    usable = [
        p for p in sentence.phrases if not any(t in cue.tokens for t in range(p.start, p.end))
    ]
    a = cue.anchor
    left = [p for p in usable if p.end <= a]
    right = [p for p in usable if p.end > a]
    for rank, phrase in enumerate(reversed(left)):
        yield phrase, core_features(sentence, cue, phrase, rank, other_cues)
    for rank, phrase in enumerate(right):
        yield phrase, core_features(sentence, cue, phrase, rank, other_cues)


class RoleChooser:
    """Chooses the phrase of one role (Source, Addr) of speech events with two trained models."""

    def __init__(
        self,
        source_model: Path,
        extend_model: Path,
        words: SourceWords,
        quote_words: QuoteWords,
        threshold: float = THRESHOLDS["Source"],
        extend_threshold: float = EXTEND_THRESHOLD,
        by_mass: bool = True,
    ) -> None:
        """Opens the two models.

        Args:
            source_model: The core choice model (``CHOICE_MODEL``).
            extend_model: The extension step model (``STEP_MODEL``).
            words: The candidate finder's word lists.
            quote_words: Closed word classes of the quote rules.
            threshold: The probability a core phrase needs to be taken.
            extend_threshold: The probability an extension step needs.
            by_mass: Compare the threshold with the probability that the
                event has the role at all (1 - P("none")); False: with the
                best phrase's own probability.

        Raises:
            LagebildError: When a model file is missing.
        """
        self.words = words
        self.quote_words = quote_words
        self.threshold = threshold
        self.extend_threshold = extend_threshold
        self.by_mass = by_mass
        self._core = ChoiceModel.load(source_model)
        self._extend = pycrfsuite.Tagger()
        if not extend_model.is_file():
            raise LagebildError(Code.RESOURCE, "source model missing", path=str(extend_model))
        self._extend.open(str(extend_model))

    def sentence(self, forms: Sequence[str], infos: Sequence[TokenInfo]) -> Sentence:
        """Prepares one sentence (once for all its events)."""
        return Sentence(forms, infos, self.words, self.quote_words)

    def core(
        self, sentence: Sentence, cue: CueView, other_cues: frozenset[int]
    ) -> tuple[Phrase | None, float]:
        """Returns the most probable core phrase and the probability the threshold is compared with.

        That is the probability that the event has the role at all (1 -
        P("none"), the mass of all phrases together) when the chooser decides
        by mass, else the phrase's own. The phrase is returned also when
        "none" is more probable: the caller's threshold decides.
        """
        ranked = self.ranked(sentence, cue, other_cues)
        if not ranked:
            return None, 0.0
        best, p = ranked[0]
        return best, sum(q for _, q in ranked) if self.by_mass else p

    def ranked(
        self, sentence: Sentence, cue: CueView, other_cues: frozenset[int]
    ) -> list[tuple[Phrase, float]]:
        """Returns every core candidate with its probability, the most probable first."""
        found = list(candidates(sentence, cue, other_cues))
        if not found:
            return []
        probabilities = self._core.probabilities(
            [none_features(sentence, cue)] + [feats for _, feats in found]
        )
        return sorted(
            ((phrase, probabilities[k + 1]) for k, (phrase, _) in enumerate(found)),
            key=lambda item: -item[1],
        )

    def _accepts(self, feats: list[str]) -> bool:
        self._extend.set([feats])
        return float(self._extend.marginal(YES, 0)) >= self.extend_threshold

    def extend(self, sentence: Sentence, cue: CueView, phrase: Phrase) -> tuple[int, int]:
        """Grows a core phrase step by step while the model accepts each step."""
        start, end = phrase.start, phrase.end
        for number, step in enumerate(sentence.steps_right(end, cue.tokens)):
            if not self._accepts(step_features(sentence, cue, phrase, step, number)):
                break
            end = step.end
        for number, step in enumerate(sentence.steps_left(start, cue.tokens)):
            if not self._accepts(step_features(sentence, cue, phrase, step, number)):
                break
            start = step.start
        return start, end

    def choose(
        self,
        sentence: Sentence,
        cue_tokens: Sequence[int],
        other_cues: frozenset[int],
        certainty: float = 1.0,
    ) -> tuple[int, int] | None:
        """Returns the role's span (token indices, end exclusive) of one event, or None.

        Args:
            sentence: The prepared sentence.
            cue_tokens: The event's cue tokens.
            other_cues: The tokens of the sentence's other cues.
            certainty: The probability that the cue is one: a phrase for a
                doubtful cue costs precision when the cue is wrong.
        """
        cue = cue_view(sentence, cue_tokens)
        phrase, p = self.core(sentence, cue, other_cues)
        if phrase is None or p * certainty < self.threshold:
            return None
        return self.extend(sentence, cue, phrase)


def gold_core(sentence: Sentence, cue: CueView, gold: frozenset[int]) -> Phrase | None:
    """The candidate the annotated Source grows from: its first phrase.

    That is the leftmost candidate wholly inside the annotated span (the
    longest when two start together); None when no candidate lies inside.
    """
    inside = [
        p
        for p in sentence.phrases
        if all(t in gold for t in range(p.start, p.end))
        and not any(t in cue.tokens for t in range(p.start, p.end))
    ]
    if not inside:
        return None
    return min(inside, key=lambda p: (p.start, -(p.end - p.start)))


Instance = tuple[list[str], str]
Decision = tuple[list[list[str]], int]
"""The features of each candidate of one choice, and the index of the right one."""


def training_instances(
    sentence: Sentence,
    cue_tokens: Sequence[int],
    other_cues: frozenset[int],
    gold: frozenset[int],
) -> tuple[Decision | None, list[Instance]]:
    """Returns the training data of one event: the core choice and the extension steps.

    An event whose annotated Source holds no candidate gives none (it would
    teach that the right answer is wrong); an event without a Source in the
    sentence teaches the choice of "none" (candidate 0).
    """
    cue = cue_view(sentence, cue_tokens)
    core = gold_core(sentence, cue, gold) if gold else None
    if gold and core is None:
        return None, []
    found = list(candidates(sentence, cue, other_cues))
    options = [none_features(sentence, cue)] + [feats for _, feats in found]
    right = 0 if core is None else 1 + [phrase for phrase, _ in found].index(core)
    steps = step_instances(sentence, cue, core, gold) if core is not None else []
    return (options, right), steps


def step_instances(
    sentence: Sentence, cue: CueView, core: Phrase, gold: frozenset[int]
) -> list[Instance]:
    """The extension steps from ``core`` towards the annotated span ``gold``.

    Each chain (right, then left) is followed while its steps belong to the
    span (more than half of their tokens); the first one that does not is
    the last example of the chain.
    """
    steps: list[Instance] = []
    for chain in (
        sentence.steps_right(core.end, cue.tokens),
        sentence.steps_left(core.start, cue.tokens),
    ):
        for number, step in enumerate(chain):
            added = range(step.start, step.end)
            take = 2 * sum(t in gold for t in added) > len(added)
            feats = step_features(sentence, cue, core, step, number)
            steps.append((feats, YES if take else NO))
            if not take:
                break
    return steps


def doc_instances(
    doc: SpeechDoc,
    infos: Sequence[Sequence[TokenInfo]],
    words: SourceWords,
    quote_words: QuoteWords,
    role: str = "Source",
) -> tuple[list[Decision], list[Instance]]:
    """Returns the training data (core choices, extension steps) of one speech.

    Each event is read in the sentence of its (first) cue token; Source tokens
    in other sentences are out of reach and ignored.
    """
    position = {sid: k for k, sid in enumerate(doc.sentence_ids)}
    cues_by_sentence: dict[int, set[int]] = {}
    for event in doc.events:
        for sid, i in event.cue:
            cues_by_sentence.setdefault(sid, set()).add(i)
    prepared: dict[int, Sentence] = {}
    cores: list[Decision] = []
    steps: list[Instance] = []
    for event in doc.events:
        if not event.cue:
            continue
        sid = min(event.cue)[0]
        if sid not in position:
            continue
        if sid not in prepared:
            k = position[sid]
            prepared[sid] = Sentence(doc.sentences[k], infos[k], words, quote_words)
        sentence = prepared[sid]
        cue_tokens = [i for s, i in event.cue if s == sid and i < sentence.n]
        if not cue_tokens:
            continue
        gold = frozenset(i for s, i in event.tokens(role) if s == sid and i < sentence.n)
        other = frozenset(cues_by_sentence[sid] - set(cue_tokens))
        decision, e = training_instances(sentence, cue_tokens, other, gold)
        if decision is not None:
            cores.append(decision)
        steps += e
    return cores, steps


def open_choosers(folder: Path, language: str, quote_words: QuoteWords) -> dict[str, RoleChooser]:
    """Opens the trained choosers found in ``folder`` (role -> chooser)."""
    words = read_source_words(language)
    if words is None:
        return {}
    choosers = {}
    for role in CHOSEN_ROLES:
        model = folder / CHOICE_MODEL.format(role=role.lower(), language=language)
        if model.is_file():
            choosers[role] = RoleChooser(
                model,
                folder / STEP_MODEL.format(role=role.lower(), language=language),
                words,
                quote_words,
                THRESHOLDS[role],
                by_mass=role in BY_MASS,
            )
    return choosers
