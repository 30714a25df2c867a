"""Evaluation task ``quotes-news``: quotes and their speakers in news sentences.

``lagebild eval quotes-news --data tests/gold/quotes.tsv`` reads a table with
the header ``id lang sentence kind quote_text speaker_text cue_text``
(conventions in ``tests/gold/README.md``): one row per expected quote. Rows
whose ids share ``<lang>-<number>`` share a sentence, which is analysed once
in its row's language, through the ``quotes`` stage.

The SpkAtt task (``lagebild eval quotes``) scores parliamentary speeches token
by token; this one asks what a news reader asks of each quote:

* detection: a predicted quote matches the gold quote its span overlaps most
  (one to one); P/R/F1 over all quotes and per kind (recall by the gold kind,
  a spurious quote counts against its predicted kind);
* kind: share of matched quotes with the gold kind (direct, indirect, scare);
* speaker: among matched quotes whose gold row names a speaker, the share
  whose predicted speaker overlaps the gold speaker span (and, stricter, has
  exactly its offsets); speaker and cue are located at their first occurrence
  outside the quote, as the gold convention says;
* cue: likewise for the reporting word (its first part when split, "teilte … mit");
* attribution recall: gold quotes with a speaker that were found *and*
  attributed to the right speaker, over all such gold quotes.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import Code, EvalDataError
from lagebild.eval.core import EvalOptions, EvalReport, Metrics, ScoreRow, task
from lagebild.eval.tables import read_table
from lagebild.model import Quote
from lagebild.pipeline import Pipeline
from lagebild.service import make_document, normalize_text

GOLD_COLUMNS = ("id", "lang", "sentence", "kind", "quote_text", "speaker_text", "cue_text")
KINDS = ("direct", "indirect", "scare")
_SPLIT_CUE = " … "

Offsets = tuple[int, int]


@dataclass(frozen=True)
class GoldQuote:
    """One gold row, located in its (normalised) sentence."""

    row_id: str
    sentence: str  # the sentence key: "<lang>-<number>"
    kind: str
    quote: Offsets
    speaker: Offsets | None
    cue: Offsets | None


@dataclass
class _Sentence:
    key: str
    lang: str
    text: str


def _outside(text: str, part: str, quote: Offsets) -> Offsets | None:
    """Offsets of the first occurrence of ``part`` that does not overlap ``quote``."""
    start = text.find(part)
    while start >= 0:
        end = start + len(part)
        if end <= quote[0] or start >= quote[1]:
            return start, end
        start = text.find(part, start + 1)
    return None


def read_gold(path: Path, limit: int | None = None) -> tuple[list[GoldQuote], list[_Sentence]]:
    """Reads the gold table; returns the quotes and the distinct sentences in file order.

    Raises:
        EvalDataError: On an unknown kind, or a quote, speaker or cue not in its sentence.
    """
    sentences: dict[str, _Sentence] = {}
    gold: list[GoldQuote] = []
    for line, row in read_table(path, GOLD_COLUMNS):
        if limit is not None and len(gold) >= limit:
            break
        if row["kind"] not in KINDS:
            raise EvalDataError(
                Code.EVAL_DATA, f"kind must be one of {', '.join(KINDS)}: {row['kind']!r}",
                path=str(path), line=line,
            )
        key = "-".join(row["id"].split("-")[:2])
        text = normalize_text(row["sentence"])
        sentence = sentences.setdefault(key, _Sentence(key, row["lang"], text))
        start = sentence.text.find(row["quote_text"]) if row["quote_text"] else -1
        if start < 0:
            raise EvalDataError(
                Code.EVAL_DATA, "quote_text is empty or not in the sentence",
                path=str(path), line=line,
            )
        quote = (start, start + len(row["quote_text"]))
        located: dict[str, Offsets | None] = {}
        for column in ("speaker_text", "cue_text"):
            part = row[column].split(_SPLIT_CUE)[0]
            located[column] = _outside(sentence.text, part, quote) if part else None
            if part and located[column] is None:
                raise EvalDataError(
                    Code.EVAL_DATA, f"{column} {part!r} is not in the sentence outside the quote",
                    path=str(path), line=line,
                )
        gold.append(GoldQuote(row["id"], key, row["kind"], quote, located["speaker_text"],
                              located["cue_text"]))
    return gold, list(sentences.values())


def _overlap(a: Offsets, b: Offsets) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pair_quotes(gold: list[GoldQuote], predicted: list[Quote]) -> list[tuple[GoldQuote, Quote]]:
    """Pairs gold and predicted quotes of one sentence one to one, largest overlap first."""
    candidates = sorted(
        ((_overlap(g.quote, (p.start, p.end)), gi, pi)
         for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[GoldQuote, Quote]] = []
    for size, gi, pi in candidates:
        if size == 0 or gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return pairs


def _share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def _write_predictions(path: Path, sentences: list[_Sentence],
                       predicted: dict[str, list[Quote]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(GOLD_COLUMNS)
        for sentence in sentences:
            for number, quote in enumerate(predicted[sentence.key], 1):
                writer.writerow([
                    f"{sentence.key}-{number}", sentence.lang, sentence.text, quote.kind,
                    quote.text, quote.speaker.text if quote.speaker else "",
                    quote.cue.text if quote.cue else "",
                ])


@task("quotes-news", help="Quotes in news sentences: detection, kind, speaker and cue accuracy.")
def evaluate_news_quotes(options: EvalOptions) -> EvalReport:
    """Scores the quotes stage on a news quote table (see the module docstring)."""
    gold, sentences = read_gold(options.data, options.limit)
    pipeline = Pipeline.through("quotes")
    predicted: dict[str, list[Quote]] = {}
    for sentence in sentences:
        document = make_document(sentence.text, language=sentence.lang)
        predicted[sentence.key] = list(pipeline.run(document).quotes)
    gold_by_sentence: dict[str, list[GoldQuote]] = defaultdict(list)
    for g in gold:
        gold_by_sentence[g.sentence].append(g)

    detection: dict[str, Metrics] = defaultdict(Metrics)
    pairs: list[tuple[GoldQuote, Quote]] = []
    for sentence in sentences:
        found = pair_quotes(gold_by_sentence[sentence.key], predicted[sentence.key])
        pairs.extend(found)
        matched = {g.row_id for g, _ in found}
        for g in gold_by_sentence[sentence.key]:
            hit = g.row_id in matched
            for label in (g.kind, "micro"):
                detection[label].tp += hit
                detection[label].fn += not hit
        paired = {id(p) for _, p in found}
        for quote in predicted[sentence.key]:
            if id(quote) not in paired:
                # A spurious quote counts against the kind it was given.
                detection[quote.kind].fp += 1
                detection["micro"].fp += 1

    with_speaker = [(g, p) for g, p in pairs if g.speaker is not None]
    speaker_overlap = sum(
        p.speaker is not None and g.speaker is not None
        and _overlap(g.speaker, (p.speaker.start, p.speaker.end)) > 0
        for g, p in with_speaker
    )
    speaker_exact = sum(
        p.speaker is not None and g.speaker == (p.speaker.start, p.speaker.end)
        for g, p in with_speaker
    )
    with_cue = [(g, p) for g, p in pairs if g.cue is not None]
    cue_overlap = sum(
        p.cue is not None and g.cue is not None and _overlap(g.cue, (p.cue.start, p.cue.end)) > 0
        for g, p in with_cue
    )
    gold_with_speaker = sum(g.speaker is not None for g in gold)

    report = EvalReport(task="quotes-news", data=str(options.data))
    report.add_metrics("detection (overlap)", dict(detection))
    report.tables["matched quotes"] = [
        ScoreRow("kind", value=_share(sum(g.kind == p.kind for g, p in pairs), len(pairs)),
                 support=len(pairs)),
        ScoreRow("speaker (overlap)", value=_share(speaker_overlap, len(with_speaker)),
                 support=len(with_speaker)),
        ScoreRow("speaker (exact span)", value=_share(speaker_exact, len(with_speaker)),
                 support=len(with_speaker)),
        ScoreRow("cue (overlap)", value=_share(cue_overlap, len(with_cue)),
                 support=len(with_cue)),
    ]
    report.tables["end to end"] = [
        ScoreRow("attribution recall", value=_share(speaker_overlap, gold_with_speaker),
                 support=gold_with_speaker),
    ]
    report.counts = {
        "sentences": len(sentences), "gold quotes": len(gold),
        "predicted quotes": sum(len(v) for v in predicted.values()), "matched": len(pairs),
    }
    if options.predictions is not None:
        _write_predictions(options.predictions, sentences, predicted)
        report.notes.append(f"predictions written to {options.predictions}")
    return report
