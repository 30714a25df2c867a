"""Evaluation task ``time``: temporal expressions against TIMEX gold.

Two gold formats are read:

* the **WikiWarsDE** folder (``in/``, ``key/``; TIMEX2 in ACE APF stand-off):
  offsets are inclusive UTF-8 *byte* offsets into the text with all SGML tags
  stripped, and a duplicated ``VAL`` attribute holds the anchor's value first
  and the expression's own value last. The document-creation-time tag in the
  header is not part of the text and is not scored.
* a **JSONL** file, one sentence per line:
  ``{"id", "lang", "dct": "YYYY-MM-DD", "text", "timexes": [{"text",
  "occurrence", "type", "value", "mod"?}]}``, where ``occurrence`` counts the
  occurrences of ``text`` in the sentence (1-based; 0-based when the file
  uses 0 anywhere).

Reported: extraction P/R/F1, strict (same offsets) and lenient (overlap), and
value accuracy over the gold expressions that a prediction overlaps (each
gold paired with the prediction that overlaps it most). Interval records
that only join two other expressions ("zwischen Montag und Mittwoch") are not
scored: the gold marks their parts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from lagebild.errors import Code, EvalDataError
from lagebild.eval.core import EvalOptions, EvalReport, LabeledSpan, ScoreRow, score_spans, task
from lagebild.model import TimeExpr
from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from lagebild.service import make_document
from lagebild.settings import load_settings
from lagebild.stages.time import tag_times

STAGES = ("language", "sentences", "tokens", "time")
LABEL = "TIMEX"
_TAG = re.compile(r"<[^>]*>")
_TIMEX2 = re.compile(r"<timex2\b([^>]*)>(.*?)</timex2>", re.S)
_CHARSEQ = re.compile(r'<charseq\s+START="(\d+)"\s+END="(\d+)"')
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    """One gold expression: character offsets into its document's text, and its value."""

    start: int
    end: int
    value: str
    mod: str | None = None


@dataclass
class GoldDoc:
    """A document (or sentence) with its gold expressions."""

    id: str
    language: str
    published: dt.date | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def _byte_to_char(text: str) -> list[int]:
    """Maps each UTF-8 byte offset of ``text`` to its character offset."""
    table = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table


def read_wikiwars(folder: Path) -> list[GoldDoc]:
    """Reads the WikiWarsDE folder (``in/`` and ``key/``) into gold documents.

    Raises:
        EvalDataError: When the folder lacks ``in/`` or a key file, or a gold
            offset does not point at its text.
    """
    if (folder / "WikiWarsDE_20110412").is_dir():
        folder = folder / "WikiWarsDE_20110412"
    sources = sorted((folder / "in").glob("*.sgm"))
    if not sources:
        raise EvalDataError(Code.EVAL_DATA, "no in/*.sgm files (WikiWarsDE layout)",
                            path=str(folder))
    docs = []
    for source in sources:
        raw = source.read_text(encoding="utf-8")
        stripped = _TAG.sub("", raw)
        to_char = _byte_to_char(stripped)
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        header = re.search(r"<DATETIME>\s*(\d{4}-\d{2}-\d{2})", raw)
        if body is None:
            raise EvalDataError(Code.EVAL_DATA, "no <TEXT> element", path=str(source))
        text_start = len(_TAG.sub("", raw[: body.start(1)]))
        text = stripped[text_start: text_start + len(_TAG.sub("", body.group(1)))]
        key = folder / "key" / (source.stem + ".key.apf.xml")
        if not key.is_file():
            raise EvalDataError(Code.EVAL_DATA, "missing key file", path=str(key))
        doc = GoldDoc(
            source.stem, "de",
            dt.date.fromisoformat(header.group(1)) if header else None, text,
        )
        for attrs, inner in _TIMEX2.findall(key.read_text(encoding="utf-8")):
            seq = _CHARSEQ.search(inner)
            if seq is None:
                continue
            start = to_char[int(seq.group(1))] - text_start
            end = to_char[int(seq.group(2)) + 1] - text_start
            if start < 0:
                continue  # the document-creation time in the header
            values = [v for k, v in _ATTR.findall(attrs) if k == "VAL"]
            mods = [v for k, v in _ATTR.findall(attrs) if k == "MOD"]
            doc.timexes.append(GoldTimex(start, end, values[-1] if values else "",
                                         mods[-1] if mods else None))
        docs.append(doc)
    return docs


def read_jsonl(path: Path) -> list[GoldDoc]:
    """Reads the one-sentence-per-line JSONL gold format (see the module docstring).

    Raises:
        EvalDataError: Naming the line when it is not valid JSON, lacks a
            field, or a timex text does not occur in the sentence.
    """
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise EvalDataError(Code.EVAL_DATA, f"invalid JSON: {exc.msg}", path=str(path),
                                line=number) from None
    zero_based = any(
        t.get("occurrence") == 0 for _, row in rows for t in row.get("timexes", [])
    )
    docs = []
    for number, row in rows:
        try:
            doc = GoldDoc(
                str(row["id"]), str(row.get("lang", "de")),
                dt.date.fromisoformat(row["dct"]) if row.get("dct") else None, row["text"],
            )
            for t in row["timexes"]:
                occurrence = int(t.get("occurrence", 0 if zero_based else 1))
                start = _find_occurrence(doc.text, t["text"], occurrence + (1 if zero_based
                                                                            else 0))
                if start < 0:
                    raise EvalDataError(Code.EVAL_DATA, f"timex {t['text']!r} not found "
                                        f"(occurrence {occurrence})", path=str(path),
                                        line=number)
                doc.timexes.append(GoldTimex(start, start + len(t["text"]), str(t["value"]),
                                             t.get("mod")))
        except (KeyError, TypeError, ValueError) as exc:
            raise EvalDataError(Code.EVAL_DATA, f"bad record: {exc}", path=str(path),
                                line=number) from None
        docs.append(doc)
    return docs


def _find_occurrence(text: str, needle: str, occurrence: int) -> int:
    pos = -1
    for _ in range(max(occurrence, 1)):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def read_gold(path: Path) -> list[GoldDoc]:
    """Reads gold from a WikiWarsDE folder or a JSONL file.

    Raises:
        EvalDataError: When the path is missing or in neither format.
    """
    if not path.exists():
        raise EvalDataError(Code.EVAL_DATA, "evaluation data not found", path=str(path))
    if path.is_dir():
        return read_wikiwars(path)
    return read_jsonl(path)


def leaves(times: list[TimeExpr]) -> list[TimeExpr]:
    """Drops interval records that only join other records (they contain one)."""
    return [
        t for t in times
        if not any(o is not t and t.start <= o.start and o.end <= t.end and
                   (o.start, o.end) != (t.start, t.end) for o in times)
    ]


class Predicted(Protocol):
    """What scoring needs of a predicted expression (a TimeExpr, or another system's)."""

    @property
    def start(self) -> int: ...  # noqa: D102
    @property
    def end(self) -> int: ...  # noqa: D102
    @property
    def text(self) -> str: ...  # noqa: D102
    @property
    def value(self) -> str | None: ...  # noqa: D102
    @property
    def mod(self) -> str | None: ...  # noqa: D102


def _pairs(gold: Sequence[GoldTimex], predicted: Sequence[Predicted]) -> Iterator[
    tuple[GoldTimex, Predicted]
]:
    """Pairs each gold expression with the unclaimed prediction overlapping it most."""
    claimed: set[int] = set()
    for g in gold:
        best, best_overlap = None, 0
        for i, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if i not in claimed and overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None:
            claimed.add(best)
            yield g, predicted[best]


def predict(
    docs: Sequence[GoldDoc], genre: str | None
) -> tuple[dict[str, list[TimeExpr]], float, int]:
    """Runs the pipeline up to ``time`` over the gold texts.

    Returns:
        Predicted expressions per document id, the seconds the ``time`` stage
        took (the stages before it are not timed), and the number of sentences.
    """
    settings = load_settings()
    if genre:
        settings = settings.with_overrides({"time": {"genre": genre}})
    resources = Resources(settings)
    prefix = Pipeline(list(STAGES[:-1]), resources=resources)
    Pipeline(list(STAGES), resources=resources)  # checks the stage order
    out: dict[str, list[TimeExpr]] = {}
    seconds, sentences = 0.0, 0
    for doc in docs:
        document = make_document(doc.text, language=doc.language, published=doc.published,
                                 published_source="metadata" if doc.published else None)
        if document.text != doc.text:
            raise EvalDataError(Code.EVAL_DATA, "text changes under normalisation "
                                "(surrounding white space?)", path=doc.id)
        analysis = prefix.run(document)
        began = time.perf_counter()
        analysis = tag_times(analysis, resources)
        seconds += time.perf_counter() - began
        sentences += len(analysis.sentences)
        out[doc.id] = leaves(list(analysis.times))
    return out, seconds, sentences


def prepare(docs: list[GoldDoc]) -> None:
    """Strips surrounding white space from the texts (as the pipeline does), moving the gold."""
    for doc in docs:
        lead = len(doc.text) - len(doc.text.lstrip())
        doc.text = doc.text.strip()
        doc.timexes = [GoldTimex(t.start - lead, t.end - lead, t.value, t.mod)
                       for t in doc.timexes]


def score(
    docs: Sequence[GoldDoc], predictions: Mapping[str, Sequence[Predicted]], data: str
) -> EvalReport:
    """Scores predictions (per document id) against the gold: extraction and values."""
    gold_spans = [LabeledSpan(d.id, t.start, t.end, LABEL) for d in docs for t in d.timexes]
    pred_spans = [LabeledSpan(d.id, p.start, p.end, LABEL) for d in docs
                  for p in predictions[d.id]]
    report = EvalReport("time", data)
    report.add_metrics("extraction (strict)", score_spans(gold_spans, pred_spans, "exact"))
    report.add_metrics("extraction (lenient)", score_spans(gold_spans, pred_spans, "overlap"))
    matched = correct = correct_mod = 0
    errors: list[str] = []
    for doc in docs:
        for g, p in _pairs(doc.timexes, predictions[doc.id]):
            matched += 1
            if (p.value or "") == g.value:
                correct += 1
                correct_mod += (p.mod or None) == (g.mod or None)
            elif len(errors) < 10:
                errors.append(f"{doc.id}: {p.text!r} -> {p.value} (gold {g.value})")
    total_gold = len(gold_spans)
    report.tables["values"] = [
        ScoreRow("value accuracy (matched)", value=correct / matched if matched else 0.0,
                 support=matched),
        ScoreRow("value and mod accuracy (matched)",
                 value=correct_mod / matched if matched else 0.0, support=matched),
        ScoreRow("value recall (all gold)", value=correct / total_gold if total_gold else 0.0,
                 support=total_gold),
    ]
    report.counts = {"documents": len(docs), "gold": total_gold, "predicted": len(pred_spans),
                     "matched": matched}
    report.notes.extend(f"value error: {e}" for e in errors)
    return report


@task("time", help="Temporal expressions: extraction P/R/F1 and TIMEX value accuracy.")
def evaluate(options: EvalOptions) -> EvalReport:
    """Scores the ``time`` stage on WikiWarsDE or a JSONL gold file."""
    docs = read_gold(options.data)
    if options.limit is not None:
        docs = docs[: options.limit]
    prepare(docs)
    predictions, seconds, sentences = predict(docs, options.genre)
    report = score(docs, predictions, str(options.data))
    report.counts["sentences"] = sentences
    report.notes.insert(0, f"genre: {options.genre or 'auto'}; time stage {seconds:.2f} s "
                        f"= {sentences / seconds if seconds else 0:,.0f} sentences/s")
    if options.predictions is not None:
        with options.predictions.open("w", encoding="utf-8") as f:
            for doc in docs:
                for p in predictions[doc.id]:
                    f.write(p.model_dump_json() + "\n")
    return report
