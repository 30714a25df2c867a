"""Evaluation task ``quotes``: speech events on SpkAtt-2023 (Task 1).

``lagebild eval quotes --data DIR`` tags every speech in DIR with the
speech-event tagger and scores it the way the shared task did: token-level
precision, recall and F1 for the cue and for each role, where a system event
and a gold event are paired (one to one) when their cues share a token. The
role tokens of a paired event count as true positives where they agree; the
role tokens of an unpaired event all count as errors.

Speeches the shipped model was trained on are skipped (the trainer records
their names), so pointing the task at the train split scores our own held-out
development part only. ``--predictions OUT`` writes one SpkAtt JSON file per
input file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from lagebild.eval.core import EvalOptions, EvalReport, Metrics, require_path, task
from lagebild.quotes.lexicon import SAY
from lagebild.quotes.rules import (
    SentenceView,
    clean_source,
    reporting_cues,
    rules_suffice,
    subject_of,
)
from lagebild.quotes.spkatt import (
    ARGUMENT_ROLES,
    ROLES,
    SpeechDoc,
    SpeechEvent,
    find_files,
    read_doc,
    write_doc,
)
from lagebild.quotes.tagger import SpeechEventTagger, load_tagger, model_info, predict_doc
from lagebild.resources import Resources
from lagebild.text.lemmas import load_lemmatizer

ALL_ROLES = "roles (micro)"


def pair_events(
    gold: Sequence[SpeechEvent], predicted: Sequence[SpeechEvent]
) -> list[tuple[int, int]]:
    """Pairs gold and predicted events whose cues share a token, one to one.

    Pairs with the larger cue overlap are made first; ties go to the earlier
    events.

    Returns:
        (gold index, predicted index) pairs.
    """
    candidates = []
    for g, gold_event in enumerate(gold):
        for p, predicted_event in enumerate(predicted):
            shared = len(gold_event.cue & predicted_event.cue)
            if shared:
                candidates.append((-shared, g, p))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, g, p in candidates:
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((g, p))
    return pairs


def score_events(
    gold: Sequence[SpeechEvent], predicted: Sequence[SpeechEvent]
) -> dict[str, Metrics]:
    """Scores the events of one document, token by token, per role (and the cue)."""
    metrics = {role: Metrics() for role in ROLES}
    pairs = pair_events(gold, predicted)
    paired_gold = {g for g, _ in pairs}
    paired_predicted = {p for _, p in pairs}
    for g, p in pairs:
        for role in ROLES:
            gold_tokens = gold[g].tokens(role)
            predicted_tokens = predicted[p].tokens(role)
            metrics[role].add(
                Metrics(
                    tp=len(gold_tokens & predicted_tokens),
                    fp=len(predicted_tokens - gold_tokens),
                    fn=len(gold_tokens - predicted_tokens),
                )
            )
    for p, event in enumerate(predicted):
        if p not in paired_predicted:
            for role in ROLES:
                metrics[role].fp += len(event.tokens(role))
    for g, event in enumerate(gold):
        if g not in paired_gold:
            for role in ROLES:
                metrics[role].fn += len(event.tokens(role))
    return metrics


def score_corpus(
    pairs: Sequence[tuple[Sequence[SpeechEvent], Sequence[SpeechEvent]]],
) -> dict[str, Metrics]:
    """Scores many documents (gold, predicted) and sums the counts (micro average).

    Returns:
        Metrics per role, the cue, and ``"roles (micro)"`` over all argument roles.
    """
    totals = {role: Metrics() for role in ROLES}
    for gold, predicted in pairs:
        for role, metrics in score_events(gold, predicted).items():
            totals[role].add(metrics)
    combined = Metrics()
    for role in ARGUMENT_ROLES:
        combined.add(totals[role])
    totals[ALL_ROLES] = combined
    return totals


SOURCE_TABLE = "Source of reporting verbs, gold cues (news rules vs tagger)"


def compare_sources(
    docs: Sequence[SpeechDoc], tagger: SpeechEventTagger, lemma: Callable[[str], str]
) -> dict[str, Metrics]:
    """Scores three ways of finding the Source of a reporting verb, given its gold cue.

    Only gold events whose cue is one verb of saying from our news lexicon
    count: the case the ``quotes`` stage reads. The ways are the tagger alone,
    the subject rules alone, and what the stage does (rules where they
    suffice, else the tagger, else the rules).
    """
    metrics = {name: Metrics() for name in ("tagger", "rules", "stage (combined)")}
    for doc in docs:
        for sid, forms in zip(doc.sentence_ids, doc.sentences, strict=True):
            lemmas = [lemma(f) for f in forms]
            # Offsets as if the tokens were written with one space between them.
            starts = [sum(len(f) + 1 for f in forms[:i]) for i in range(len(forms))]
            ends = [start + len(f) for start, f in zip(starts, forms, strict=True)]
            view = SentenceView(forms, lemmas, starts, ends, "de", tagger.words)
            cues = {c.token: c for c in reporting_cues(view, tagger.lexicon) if c.cls == SAY}
            infos = None
            for event in doc.events:
                tokens = [i for s, i in event.cue if s == sid]
                if len(tokens) != 1 or tokens[0] not in cues:
                    continue
                cue = cues[tokens[0]]
                infos = infos or tagger.describe(forms, lemmas)
                events = tagger.tag(forms, lemmas, infos=infos, anchors=[cue.token])
                found = events[0].role("Source") if events else ()
                tagged = clean_source(view, (found[0], found[-1] + 1) if found else None)
                ruled = clean_source(view, subject_of(view, cue.token))
                combined = ruled if rules_suffice(view, cue, ruled) else (tagged or ruled)
                gold = {i for s, i in event.tokens("Source") if s == sid}
                for name, span in (
                    ("tagger", tagged),
                    ("rules", ruled),
                    ("stage (combined)", combined),
                ):
                    predicted = set(range(*span)) if span else set()
                    metrics[name].add(
                        Metrics(len(gold & predicted), len(predicted - gold), len(gold - predicted))
                    )
    return metrics


def _select(files: list[Path], trained_on: set[str], options: EvalOptions) -> list[Path]:
    if not options.extra.get("include_training"):
        files = [f for f in files if f.stem not in trained_on]
    if options.limit is not None:
        files = files[: options.limit]
    return files


@task("quotes", help="Speech events (cue and roles) on SpkAtt-2023 JSON files.")
def evaluate(options: EvalOptions) -> EvalReport:
    """Tags SpkAtt speeches and scores cues and roles at token level."""
    data = require_path(options.data)
    all_files = find_files(data)
    info = model_info("de")
    trained_on = set(info.get("train_files", []))
    files = _select(all_files, trained_on, options)
    resources = Resources()
    tagger = resources.load(load_tagger, "de")
    lemma = resources.load(load_lemmatizer, "de").lemma
    report = EvalReport(task="quotes", data=str(data))
    if tagger is None:
        report.notes.append("no German speech-event model is installed")
        return report
    if options.predictions is not None:
        options.predictions.mkdir(parents=True, exist_ok=True)
    scored: list[tuple[Sequence[SpeechEvent], Sequence[SpeechEvent]]] = []
    docs: list[SpeechDoc] = []
    for path in files:
        doc = read_doc(path)
        predicted = predict_doc(tagger, doc, lemma)
        scored.append((doc.events, predicted))
        docs.append(doc)
        if options.predictions is not None:
            write_doc(options.predictions / path.name, doc, predicted)
    metrics = score_corpus(scored)
    report.add_metrics("speech events (token level)", metrics)
    report.add_metrics(SOURCE_TABLE, compare_sources(docs, tagger, lemma))
    skipped = len(all_files) - len(files)
    report.counts = {
        "files": len(files),
        "sentences": sum(len(d.sentences) for d in docs),
        "gold events": sum(len(d.events) for d in docs),
        "predicted events": sum(len(p) for _, p in scored),
        "skipped (model trained on them)": skipped
        if not options.extra.get("include_training")
        else 0,
    }
    report.notes.append(
        "Token-level P/R/F1; system and gold events are paired (one to one) when their cues "
        "share a token; role tokens of unpaired events count as errors."
    )
    if skipped and not options.extra.get("include_training"):
        report.notes.append(
            f"{skipped} speech(es) skipped because the shipped model was trained on them; "
            "the scores are on the remaining (held-out) speeches."
        )
    return report
