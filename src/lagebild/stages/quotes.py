"""Quotes and attribution (stage ``quotes``).

How the parts combine, and why:

* **Quotation marks** are paired by rules (:mod:`lagebild.quotes.marks`):
  they are typography, which no training set of ours covers in every style.
* **Direct quotes** get their cue and speaker from the configuration around
  the marks (rules): after the quote ("„…“, sagte X", "“…,” X said", "„…“,
  so X"), before it ("X fügte hinzu: „…“"), or from the quote they continue
  ("„A“, sagte X, „B.“"). A short quote without any cue is a scare quote
  ("ihren “Krieg gegen Israel”"); a short quote inside a reported clause is
  part of that report.
* **Reported speech without marks** ("X sagte, dass …", "X berichtet, dass
  …") in German is read by the SpkAtt speech-event tagger (a CRF trained on
  Bundestag speeches, :mod:`lagebild.quotes.tagger`) for the Source and the
  Message of each reporting verb our news lexicon knows; where the tagger
  finds no Source the subject rules of :mod:`lagebild.quotes.rules` step in.
  SpkAtt also counts nouns ("Antrag") and verbs of discussion ("diskutieren")
  as cues; for news attribution we keep only verbs of saying and thinking.
  English has no training data here and uses the rules only.
* **Prepositional attribution** ("laut X", "X zufolge", "nach Angaben X",
  ", so X", "according to X") is closed-class and handled by rules.
* A speaker that is a pronoun or an anaphoric noun ("er", "die Nachricht",
  "the statement") is resolved to the previous speaker within a few
  sentences; a German sentence in Konjunktiv that follows a report goes on
  reporting the same source ("free_indirect").

Every quote and report also becomes an :class:`~lagebild.model.Attribution`
(what is reported, and according to whom) for the events stage to read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lagebild.model import (
    Attribution,
    AttributionKind,
    EntityMention,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)
from lagebild.pipeline import Analysis
from lagebild.quotes.lexicon import (
    REPORTING_CLASSES_ALL,
    CueLexicon,
    QuoteWords,
    load_cue_lexicon,
    load_quote_words,
)
from lagebild.quotes.marks import MARKS, QuoteMarks, pair_quotes
from lagebild.quotes.rules import (
    FINAL_PUNCT,
    Cue,
    SentenceView,
    TokenSpan,
    clean_source,
    is_konjunktiv_one,
    prepositional_attributions,
    reported_clause,
    reporting_cues,
    rules_suffice,
    subject_of,
)
from lagebild.quotes.tagger import SpeechEventTagger, open_tagger
from lagebild.registry import stage
from lagebild.resources import Resources

# A quote of at most this many words with no cue is a scare quote.
SCARE_MAX_WORDS = 4
# The tagger looks at most this many tokens to either side of a cue.
TAGGER_WINDOW = 20
# Anaphoric speakers are resolved to a speaker at most this many sentences back.
ANAPHORA_WINDOW = 3
# Textual triggers of prepositional attribution that lemmas do not catch.
_TEXT_TRIGGERS = {
    "de": re.compile(
        r", so |\b[Nn]ach (?:Angaben|Informationen|Berichten|Darstellung|Schätzung)|hieß es"
    ),
    "en": re.compile(r"\b[Aa]ccording to|, said "),
}


@dataclass(frozen=True)
class QuoteResources:
    """What the stage needs for one language, loaded once per process."""

    language: str
    lexicon: CueLexicon
    words: QuoteWords
    tagger: SpeechEventTagger | None
    # Lemmas whose presence makes a sentence worth a closer look.
    triggers: frozenset[str]
    text_trigger: re.Pattern[str]


def load_quote_resources(resources: Resources, language: str) -> QuoteResources:
    """Loads lexicons and (for German) the speech-event tagger."""
    # Not through resources.load: a loader may not call it (its lock is not re-entrant).
    lexicon = load_cue_lexicon(resources, language)
    words = load_quote_words(resources, language)
    lowered = {lemma for lemma, cls in lexicon.classes.items() if cls in REPORTING_CLASSES_ALL}
    lowered |= {
        base
        for base, table in lexicon.separable.items()
        if any(cls in REPORTING_CLASSES_ALL for cls in table.values())
    }
    # Lemmas keep the case of the word ("Laut" at the start of a sentence).
    triggers = lowered | {lemma.capitalize() for lemma in lowered}
    return QuoteResources(
        language=language,
        lexicon=lexicon,
        words=words,
        tagger=open_tagger(language, lexicon, words),
        triggers=frozenset(triggers),
        text_trigger=_TEXT_TRIGGERS[language],
    )


@dataclass
class _Found:
    """A quote or report while the stage works on it (token level)."""

    kind: AttributionKind | None
    quote_kind: QuoteKind | None
    start: int
    end: int
    sentence: int
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    particle: tuple[int, int] | None = None


@dataclass
class _Doc:
    """The document's tokens, sentences and the views built so far."""

    analysis: Analysis
    res: QuoteResources
    starts: list[int]
    ends: list[int]
    sentence_tokens: list[tuple[int, int]]
    sentence_starts: list[int]
    views: dict[int, SentenceView] = field(default_factory=dict)

    def view(self, k: int) -> SentenceView:
        if k not in self.views:
            t0, t1 = self.sentence_tokens[k]
            text = self.analysis.text
            starts, ends = self.starts[t0:t1], self.ends[t0:t1]
            self.views[k] = SentenceView(
                forms=[text[s:e] for s, e in zip(starts, ends, strict=True)],
                lemmas=self.analysis.lemmas[t0:t1],
                starts=starts,
                ends=ends,
                language=self.res.language,
                words=self.res.words,
            )
        return self.views[k]

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence holding character ``offset``."""
        return max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)

    def token_in(self, k: int, offset: int) -> int:
        """The index (within sentence k) of the token at or after ``offset``."""
        view = self.view(k)
        return bisect.bisect_left(view.ends, offset + 1)

    def char_span(self, k: int, span: TokenSpan) -> tuple[int, int]:
        return self.view(k).text_of(span)


def _word_count(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def _sentence_tokens(starts: Sequence[int], analysis: Analysis) -> list[tuple[int, int]]:
    out = []
    for sentence in analysis.sentences:
        t0 = bisect.bisect_left(starts, sentence.start)
        t1 = bisect.bisect_left(starts, sentence.end)
        out.append((t0, t1))
    return out


def _quote_configuration(d: _Doc, q: QuoteMarks, cues: dict[int, list[Cue]]) -> _Found | None:
    """Finds the cue and speaker of a quote from the words around its marks."""
    text = d.analysis.text
    # After the quote: "„…“, sagte X." / "“…,” X said." / "„…“, so X."
    k = d.sentence_of(q.close)
    view = d.view(k)
    i = d.token_in(k, q.close)
    if i < len(view) and view.starts[i] == q.close:
        i += 1
    while (i < len(view) and view.forms[i] in ",–—-") or (
        i < len(view) and view.forms[i] in MARKS and view.starts[i] > q.close
    ):
        i += 1
    if i < len(view) and view.forms[i] not in FINAL_PUNCT:
        # German inverts: the verb comes first ("„…“, sagte X"); English may
        # name the speaker first ("“…,” the minister said").
        reach = 0 if view.language == "de" else 6
        for cue in cues.get(k, ()):
            if i <= cue.token <= i + reach and not any(
                view.is_boundary(j) for j in range(i, cue.token)
            ):
                speaker = clean_source(view, subject_of(view, cue.token))
                if speaker is not None and speaker[0] >= i:
                    return _found(k, cue, speaker)
        for prep in prepositional_attributions(view, d.res.lexicon):
            if prep.cue[0] == i:
                return _Found("quote", "direct", 0, 0, k, prep.source, prep.cue)
    # Before the quote: "X sagte: „…“" / "Die Nachricht fügte hinzu: “…”".
    k = d.sentence_of(q.open)
    view = d.view(k)
    i = d.token_in(k, q.open)
    before = i - 1
    if before >= 0 and view.forms[before] in ":,":
        previous_marks = [j for j in range(before) if view.forms[j] in MARKS]
        floor = previous_marks[-1] + 1 if previous_marks else 0
        candidates = [c for c in cues.get(k, ()) if floor <= c.token < before]
        if candidates:
            cue = candidates[-1]
            speaker = clean_source(view, subject_of(view, cue.token))
            if speaker is not None and speaker[1] <= before:
                return _found(k, cue, speaker)
    del text
    return None


def _found(k: int, cue: Cue, speaker: TokenSpan) -> _Found:
    particle = (cue.particle, cue.particle + 1) if cue.particle is not None else None
    return _Found("quote", "direct", 0, 0, k, speaker, (cue.token, cue.token + 1), particle)


def _speaker_text(d: _Doc, k: int, span: TokenSpan) -> Speaker:
    start, end = d.char_span(k, span)
    return Speaker(text=d.analysis.text[start:end], start=start, end=end)


def _is_anaphoric(view: SentenceView, span: TokenSpan) -> bool:
    words = view.words
    tokens = view.lowers[span[0] : span[1]]
    if len(tokens) == 1:
        return tokens[0] in words.pronouns and tokens[0] not in words.impersonal
    return (
        len(tokens) == 2 and tokens[0] in words.determiners and tokens[1] in words.anaphoric_nouns
    )


def link_speaker(speaker: Speaker, mentions: Sequence[EntityMention]) -> Speaker:
    """Links a speaker to the (longest) entity mention inside its span.

    Args:
        speaker: The speaker phrase ("ein Kommuniqué von Hisbollah").
        mentions: The document's entity mentions (empty until the entities
            stage runs before this one).

    Returns:
        The speaker with ``kb_id`` of that mention, or unchanged when no
        mention lies inside it.
    """
    inside = [m for m in mentions if m.start >= speaker.start and m.end <= speaker.end]
    if not inside:
        return speaker
    best = max(inside, key=lambda m: (m.end - m.start, -m.start))
    return speaker.model_copy(update={"kb_id": best.kb_id})


class _Finder:
    """Finds the quotes and attributions of one document."""

    def __init__(self, analysis: Analysis, res: QuoteResources) -> None:
        doc = analysis.tokens
        assert doc is not None
        offsets = doc.to_array(["IDX", "LENGTH"]).tolist() if len(doc) else []
        starts = [start for start, _ in offsets]
        ends = [start + length for start, length in offsets]
        self.d = _Doc(
            analysis,
            res,
            starts,
            ends,
            _sentence_tokens(starts, analysis),
            [s.start for s in analysis.sentences],
        )
        self.res = res
        self.text = analysis.text
        self.doc_id = analysis.document.id

    def _trigger_sentences(self) -> set[int]:
        """Sentences with a reporting word: only these get a closer look."""
        d = self.d
        triggers = self.res.triggers
        token_starts = d.starts
        hits = {
            d.sentence_of(token_starts[j])
            for j, lemma in enumerate(d.analysis.lemmas)
            if lemma in triggers
        }
        hits.update(d.sentence_of(m.start()) for m in self.res.text_trigger.finditer(self.text))
        return hits

    def run(self) -> tuple[list[Quote], list[Attribution]]:
        d = self.d
        marks = pair_quotes(self.text)
        sentences = self._trigger_sentences()
        for q in marks:
            sentences.add(d.sentence_of(q.open))
            sentences.add(d.sentence_of(q.close))
        cues: dict[int, list[Cue]] = {
            k: reporting_cues(d.view(k), self.res.lexicon) for k in sorted(sentences)
        }
        found: list[_Found] = []
        used_cues: set[tuple[int, int]] = set()
        inside_quotes = [(q.start, q.end) for q in marks if q.depth == 0]
        found += self._direct_quotes(marks, cues, used_cues)
        found += self._reports(sorted(sentences), cues, used_cues, inside_quotes)
        found.sort(key=lambda f: (f.start, f.end))
        self._attach_short_quotes(found)
        self._continue_konjunktiv(found)
        return self._records(found)

    def _direct_quotes(
        self,
        marks: list[QuoteMarks],
        cues: dict[int, list[Cue]],
        used: set[tuple[int, int]],
    ) -> list[_Found]:
        d = self.d
        out: list[_Found] = []
        previous: _Found | None = None
        previous_close = -1
        for q in marks:
            content = self.text[q.start : q.end]
            k_open = d.sentence_of(q.open)
            hit = _quote_configuration(d, q, cues)
            if hit is None and previous is not None and previous.speaker is not None:
                between = self.text[previous_close + 1 : q.open]
                whole_sentence = q.open == d.analysis.sentences[k_open].start
                # "„A“, sagte X, „B.“" or a quote that goes on in the next sentences.
                if between.strip().endswith(",") and previous.cue is not None:
                    hit = _Found(
                        "quote",
                        "direct",
                        0,
                        0,
                        previous.sentence,
                        previous.speaker,
                        previous.cue,
                        previous.particle,
                    )
                elif whole_sentence and k_open - previous.sentence <= 2 and q.depth == 0:
                    # The speaker goes on in the next sentence: same speaker, no cue.
                    hit = _Found("quote", "direct", 0, 0, previous.sentence, previous.speaker)
            if hit is None:
                short = (
                    _word_count(content) <= SCARE_MAX_WORDS
                    and content.rstrip()[-1:] not in FINAL_PUNCT
                )
                kind: QuoteKind = "scare" if short else "direct"
                hit = _Found(None, kind, 0, 0, k_open)
            hit.start, hit.end = q.start, q.end
            if hit.cue is not None:
                used.add((hit.sentence, hit.cue[0]))
            out.append(hit)
            if q.depth == 0 and hit.quote_kind == "direct":
                previous, previous_close = hit, q.close
        return out

    def _reports(
        self,
        sentences: list[int],
        cues: dict[int, list[Cue]],
        used: set[tuple[int, int]],
        inside_quotes: list[tuple[int, int]],
    ) -> list[_Found]:
        d = self.d
        tagger = self.res.tagger
        out: list[_Found] = []

        def quoted(offset: int) -> bool:
            return any(s <= offset < e for s, e in inside_quotes)

        for k in sentences:
            view = d.view(k)
            free = [
                c
                for c in cues.get(k, ())
                if (k, c.token) not in used and not quoted(view.starts[c.token])
            ]
            # What is reported must be a clause ("dass ...", ", die Lage sei
            # ernst"), found by the rules; the tagger's Message may be a mere
            # object ("den Krieg erklären"). The tagger runs only for such cues.
            rule_subjects = {c.token: clean_source(view, subject_of(view, c.token)) for c in free}
            clauses = {c.token: reported_clause(view, c, rule_subjects[c.token]) for c in free}
            reporting = [c for c in free if clauses[c.token] is not None]
            # A personal pronoun as subject the rules get right as often as the
            # tagger (SpkAtt, our measurement), and a German inserted reporting
            # clause (", sagte der Sprecher.") is fixed word order: the tagger
            # is spared for them.
            unsure = [
                c
                for c in reporting
                if not rules_suffice(view, c, rule_subjects[c.token])
                # "hieß es (in X)" names its source in the words after it, or none.
                and view.lemmas[c.token].lower() != "heißen"
            ]
            tagged: dict[int, TokenSpan] = {}
            if tagger is not None and unsure:
                infos = tagger.describe(view.forms, view.lemmas)
                anchors = [c.token for c in unsure]
                for event in tagger.tag(
                    view.forms,
                    view.lemmas,
                    infos=infos,
                    anchors=anchors,
                    span_roles=("Source",),
                    window=TAGGER_WINDOW,
                ):
                    tokens = event.role("Source")
                    if tokens and not quoted(view.starts[tokens[0]]):
                        span = clean_source(view, (tokens[0], tokens[-1] + 1))
                        if span is not None:
                            for a in event.cue:
                                tagged[a] = span
            for cue in reporting:
                source = tagged.get(cue.token) or rule_subjects[cue.token]
                message = clauses[cue.token]
                if source is None or message is None:
                    continue
                if source != rule_subjects[cue.token]:
                    # The clause must not swallow the tagger's source.
                    message = reported_clause(view, cue, source) or message
                start, end = d.char_span(k, message)
                particle = (cue.particle, cue.particle + 1) if cue.particle is not None else None
                out.append(
                    _Found(
                        "reporting_verb",
                        "indirect",
                        start,
                        end,
                        k,
                        source,
                        (cue.token, cue.token + 1),
                        particle,
                    )
                )
            for prep in prepositional_attributions(view, self.res.lexicon):
                if (k, prep.cue[0]) in used or quoted(view.starts[prep.cue[0]]):
                    continue
                span = _reported_part(view, prep.cue, prep.source)
                start, end = d.char_span(k, span)
                out.append(_Found("according_to", "indirect", start, end, k, prep.source, prep.cue))
        return out

    def _attach_short_quotes(self, found: list[_Found]) -> None:
        """A short quote inside a reported clause is the reported speaker's words."""
        reports = [f for f in found if f.kind in ("reporting_verb", "according_to")]
        for f in found:
            if f.quote_kind != "scare":
                continue
            host = next((r for r in reports if r.start <= f.start and f.end <= r.end), None)
            if host is not None:
                f.quote_kind = "direct"
                f.kind = "quote"
                f.sentence, f.speaker, f.cue, f.particle = (
                    host.sentence,
                    host.speaker,
                    host.cue,
                    host.particle,
                )

    def _continue_konjunktiv(self, found: list[_Found]) -> None:
        """German: a sentence in Konjunktiv after a report goes on reporting its source."""
        if self.res.language != "de":
            return
        d = self.d
        by_sentence: dict[int, _Found] = {}
        for f in found:
            if f.kind in ("reporting_verb", "according_to", "free_indirect") and f.speaker:
                by_sentence[f.sentence] = f
        covered = {f.sentence for f in found if f.kind is not None or f.quote_kind == "direct"}
        for k in range(len(d.analysis.sentences)):
            host = by_sentence.get(k - 1)
            if host is None or k in covered:
                continue
            view = d.view(k)
            if "ich" in view.lowers or not any(
                is_konjunktiv_one(view, j) for j in range(len(view))
            ):
                continue
            sentence = d.analysis.sentences[k]
            end = sentence.end
            while end > sentence.start and self.text[end - 1] in FINAL_PUNCT:
                end -= 1
            continued = _Found(
                "free_indirect", "indirect", sentence.start, end, host.sentence, host.speaker
            )
            continued.cue = None
            found.append(continued)
            by_sentence[k] = continued
            covered.add(k)
        found.sort(key=lambda f: (f.start, f.end))

    def _records(self, found: list[_Found]) -> tuple[list[Quote], list[Attribution]]:
        d = self.d
        mentions = d.analysis.entities
        quotes: list[Quote] = []
        attributions: list[Attribution] = []
        last: tuple[int, Speaker] | None = None
        for f in found:
            speaker = cue = particle = None
            if f.speaker is not None:
                view = d.view(f.sentence)
                speaker = _speaker_text(d, f.sentence, f.speaker)
                if (
                    _is_anaphoric(view, f.speaker)
                    and last is not None
                    and (f.sentence - last[0] <= ANAPHORA_WINDOW)
                ):
                    speaker = last[1]
                elif f.kind != "free_indirect":
                    last = (f.sentence, speaker)
                if mentions:
                    speaker = link_speaker(speaker, mentions)
            if f.cue is not None:
                cue = self._span(f.sentence, f.cue)
            if f.particle is not None:
                particle = self._span(f.sentence, f.particle)
            common: dict[str, Any] = {
                "doc_id": self.doc_id,
                "start": f.start,
                "end": f.end,
                "cue": cue,
                "cue_particle": particle,
            }
            if f.quote_kind is not None:
                text = self.text[f.start : f.end]
                quotes.append(Quote(text=text, kind=f.quote_kind, speaker=speaker, **common))
            if f.kind is not None and speaker is not None:
                attributions.append(Attribution(source=speaker, kind=f.kind, **common))
        return quotes, attributions

    def _span(self, k: int, span: TokenSpan) -> Span:
        start, end = self.d.char_span(k, span)
        return Span(text=self.text[start:end], start=start, end=end)


def _reported_part(view: SentenceView, cue: TokenSpan, source: TokenSpan) -> TokenSpan:
    """The part of a sentence that "laut X" / ", so X" / "according to X" attributes."""
    first = min(cue[0], source[0])
    last = max(cue[1], source[1])
    n = len(view)
    end = n
    while end > 0 and view.forms[end - 1] in FINAL_PUNCT:
        end -= 1
    if first == 0:
        start = last
        while start < end and view.forms[start] in ",":
            start += 1
        return (start, end) if start < end else (0, end)
    if last >= end:
        stop = first
        while stop > 0 and view.forms[stop - 1] in ",–—-":
            stop -= 1
        return (0, stop) if stop > 0 else (0, end)
    return 0, end


@stage(
    "quotes",
    requires=("tokens", "sentences", "lemmas", "language", "entities"),
    assigns=("quotes", "attributions"),
)
def find_quotes(analysis: Analysis, resources: Resources) -> Analysis:
    """Finds direct, indirect and scare quotes and who each report is attributed to."""
    language = analysis.language
    if language not in _TEXT_TRIGGERS or analysis.tokens is None or not analysis.sentences:
        return analysis.replace(quotes=(), attributions=())
    res = resources.load(load_quote_resources, language)
    quotes, attributions = _Finder(analysis, res).run()
    return analysis.replace(quotes=tuple(quotes), attributions=tuple(attributions))
