"""Ways to decide the Source of predicted speech events, compared offline.

Tags every speech of the cross-validation folds (models written by
``scripts/quotes_experiments.py --out DIR``, each fold tagged by the models
that did not train on it) or of our development part (``--dev``, the
shipped models), and records per predicted event what the Source chooser
(its phrases, their probabilities and grown spans) and the role CRF (its
Source span, the per-token marginals of ``B-Source`` and ``I-Source``) say.
Then scores, without tagging again, decision rules built from both:
thresholds by cue shape, the cue's certainty raised to a power, the CRF's
span where the chooser abstains, the chooser's phrase where the CRF is sure
of it, a blend of both probabilities, and spans grown by the CRF.

Usage: python scripts/quotes_combine.py --folds-dir /tmp/q3cv [--folds 4]
       python scripts/quotes_combine.py --dev
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lagebild.eval.quotes import score_corpus
from lagebild.quotes.features import TokenInfo
from lagebild.quotes.lexicon import load_cue_lexicon, load_quote_words
from lagebild.quotes.sources import cue_view
from lagebild.quotes.spkatt import SpeechDoc, SpeechEvent, find_files, is_dev, read_docs
from lagebild.quotes.tagger import CUE, SpeechEventTagger, TaggedEvent, model_dir, open_tagger
from lagebild.quotes.training import DEFAULT_DATA
from lagebild.resources import Resources
from lagebild.text.lemmas import load_lemmatizer

sys.path.insert(0, str(Path(__file__).parent))
from quotes_experiments import fold_of, training_docs

Span = tuple[int, int]


@dataclass(frozen=True)
class Record:
    """What is known about one predicted event when its Source is decided."""

    sid: int
    cue: tuple[int, ...]
    roles: dict[str, tuple[int, ...]]
    verb_cue: bool
    infinitive: bool
    certainty: float
    mass: float
    span: Span | None
    crf_span: Span | None
    b_marginal: tuple[float, ...]
    i_marginal: tuple[float, ...]
    addr: Span | None


def _record_sentence(
    tagger: SpeechEventTagger, sid: int, forms: Sequence[str], infos: Sequence[TokenInfo]
) -> list[Record]:
    chosen, tagger.choosers = tagger.choosers, {}
    try:
        events: list[TaggedEvent] = tagger.tag(forms, [i.lemma for i in infos], infos=infos)
    finally:
        tagger.choosers = chosen
    if not events:
        return []
    # The cue CRF still holds this sentence: read its marginals as tag() did
    # (private state, read by this experiment only).
    marginal = tagger._cue.marginal
    cue_set = frozenset(i for i in range(len(forms)) if marginal(CUE, i) >= tagger.cue_threshold)
    source, addr = chosen["Source"], chosen["Addr"]
    sentence = source.sentence(forms, infos)
    found = []
    for event in events:
        others = cue_set - set(event.cue)
        certainty = max((float(marginal(CUE, i)) for i in event.cue if i in cue_set), default=0.0)
        anchors = [a for a in event.cue if a in cue_set] or list(event.cue)
        head = next((a for a in anchors if infos[a].shape == "L"), anchors[0])
        tagger.roles(infos, head, cue_set - {head})
        role_crf = tagger._role
        view = cue_view(sentence, event.cue)
        ranked = source.ranked(sentence, view, others)
        crf = event.role("Source")
        found.append(
            Record(
                sid=sid,
                cue=event.cue,
                roles=dict(event.roles),
                verb_cue=view.shape == "L",
                infinitive=view.infinitive,
                certainty=certainty,
                mass=sum(p for _, p in ranked),
                span=source.extend(sentence, view, ranked[0][0]) if ranked else None,
                crf_span=(min(crf), max(crf) + 1) if crf else None,
                b_marginal=tuple(role_crf.marginal("B-Source", i) for i in range(len(forms))),
                i_marginal=tuple(role_crf.marginal("I-Source", i) for i in range(len(forms))),
                addr=addr.choose(sentence, event.cue, others, certainty),
            )
        )
    return found


def record(
    tagger: SpeechEventTagger, docs: Sequence[SpeechDoc], lemma: Callable[[str], str]
) -> list[tuple[SpeechDoc, list[Record]]]:
    """Tags ``docs`` and records every predicted event."""
    out = []
    for doc in docs:
        records: list[Record] = []
        for sid, forms in zip(doc.sentence_ids, doc.sentences, strict=True):
            infos = tagger.describe(forms, [lemma(f) for f in forms])
            records += _record_sentence(tagger, sid, forms, infos)
        out.append((doc, records))
    return out


Rule = Callable[[Record], Span | None]


def _events(records: Sequence[Record], rule: Rule) -> list[SpeechEvent]:
    events = []
    for r in records:
        roles = {"Cue": frozenset((r.sid, i) for i in r.cue)}
        for name, indices in r.roles.items():
            if name not in ("Source", "Addr"):
                roles[name] = frozenset((r.sid, i) for i in indices)
        for name, span in (("Addr", r.addr), ("Source", rule(r))):
            if span is not None:
                roles[name] = frozenset((r.sid, i) for i in range(*span))
        events.append(SpeechEvent(roles))
    return events


def score(data: Sequence[tuple[SpeechDoc, list[Record]]], rule: Rule) -> str:
    """Source P / R / F1 of one rule."""
    m = score_corpus([(doc.events, _events(records, rule)) for doc, records in data])["Source"]
    return f"P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.4f}"


def chooser(t: float = 0.45, power: float = 1.0, noun: float | None = None) -> Rule:
    """The shipped decision (mass x certainty >= t); ``noun``: another threshold for noun cues."""

    def rule(r: Record) -> Span | None:
        limit = noun if noun is not None and not r.verb_cue else t
        return r.span if r.mass * r.certainty**power >= limit else None

    return rule


def crf_where_abstaining(sure: float, t: float = 0.45) -> Rule:
    """The chooser; where it abstains, the CRF's span when its first token is likely enough."""

    def rule(r: Record) -> Span | None:
        if r.mass * r.certainty >= t:
            return r.span
        if r.crf_span is not None and r.b_marginal[r.crf_span[0]] >= sure:
            return r.crf_span
        return None

    return rule


def chooser_where_crf_agrees(sure: float, t: float = 0.45) -> Rule:
    """The chooser; where it abstains, its phrase when the CRF is sure a Source starts in it."""

    def rule(r: Record) -> Span | None:
        if r.span is None:
            return None
        if r.mass * r.certainty >= t or max(r.b_marginal[slice(*r.span)]) * r.certainty >= sure:
            return r.span
        return None

    return rule


def blend(weight: float, t: float) -> Rule:
    """Weighted mean of the chooser's mass and the CRF's best ``B-Source`` marginal."""

    def rule(r: Record) -> Span | None:
        p = weight * r.mass + (1 - weight) * max(r.b_marginal)
        return r.span if r.span is not None and p * r.certainty >= t else None

    return rule


def grown_by_crf(inside: float, t: float = 0.45) -> Rule:
    """The chooser's span, grown rightwards while the CRF's ``I-Source`` marginal >= ``inside``."""

    def rule(r: Record) -> Span | None:
        if r.span is None or r.mass * r.certainty < t:
            return None
        start, end = r.span
        while end < len(r.i_marginal) and end not in r.cue and r.i_marginal[end] >= inside:
            end += 1
        return start, end

    return rule


def main() -> None:
    """Records the events of the folds or the development part and prints every rule's score."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds-dir", type=Path, default=None)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--dev", action="store_true")
    args = parser.parse_args()
    resources = Resources()
    lexicon = resources.load(load_cue_lexicon, "de")
    words = resources.load(load_quote_words, "de")
    lemma = resources.load(load_lemmatizer, "de").lemma
    data = []
    if args.dev:
        tagger = open_tagger("de", lexicon, words, model_dir())
        assert tagger is not None
        dev = [d for d in read_docs(find_files(DEFAULT_DATA)) if is_dev(d.name)]
        data = record(tagger, dev, lemma)
    else:
        if args.folds_dir is None:
            parser.error("--folds-dir or --dev")
        docs = training_docs()
        for k in range(args.folds):
            tagger = open_tagger("de", lexicon, words, args.folds_dir / f"fold{k}")
            assert tagger is not None
            data += record(tagger, [d for d in docs if fold_of(d.name, args.folds) == k], lemma)
    rules: list[tuple[str, Rule]] = [
        *[(f"chooser, threshold {t}", chooser(t)) for t in (0.35, 0.4, 0.45, 0.5)],
        *[(f"certainty ** {p}", chooser(power=p)) for p in (1.5, 2.0)],
        *[(f"noun cues threshold {t}", chooser(noun=t)) for t in (0.25, 0.35)],
        *[(f"CRF span where abstaining, B >= {s}", crf_where_abstaining(s)) for s in (0, 0.5, 0.7)],
        *[(f"chooser where CRF agrees, B >= {s}", chooser_where_crf_agrees(s)) for s in (0.5, 0.7)],
        *[(f"blend {w}, threshold {t}", blend(w, t)) for w in (0.5, 0.7) for t in (0.4, 0.45)],
        *[(f"grown by CRF, I >= {i}", grown_by_crf(i)) for i in (0.5, 0.7)],
    ]
    for name, rule in rules:
        print(f"{name:40s} {score(data, rule)}")


if __name__ == "__main__":
    main()
