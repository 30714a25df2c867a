"""Evaluation task ``events``: event type, mode, actors, date, modality and source.

Two data formats are read (chosen by the file's first record):

* **lagebild JSONL** (``tests/gold/events-de.jsonl``): one sentence per line,
  ``{"id", "lang", "dct", "text", "events": [{"type", "mode"?, "source": [names],
  "target": [names], "date", "modality", "reported_by"}]}``. Each sentence is
  analysed on its own with ``dct`` as the publication date. Predicted and gold
  events of a sentence are paired one-to-one by type (best actor agreement
  first); the report gives per-type precision/recall/F1 of the type, and the
  accuracy of every other field over the paired events.
* **PLOVER GSR** (``plover-gsr-given.jsonl``, PLOVER 0.5 labels): one gold
  event per record. Labels are mapped to PLOVER 2.0 with :data:`PLOVER05_TO_20`
  (the manual's "PLOVER equivalents to CAMEO cue categories" table: the 0.5
  names are CAMEO cue-category names). The predicted event for a record is the
  one whose trigger overlaps a gold ``EVT`` span in the markup, else the most
  confident one. Type, source and target accuracy are over all records (no
  prediction counts as wrong; an empty gold target is right only when the
  predicted target is empty too).

Actor matching (both formats): a predicted actor matches a gold actor when the
gold name equals the predicted canonical name (case-folded), or when the gold
actor's text (``actorText`` / the name) overlaps the predicted mention's text
span (GSR: character overlap with the gold ``actorText`` occurrence in the
sentence, or with its pieces when the markup tags them apart: :func:`actor_spans`).
Unlinked predictions (no knowledge-base id) match the gold name ``unlinked``. A
field is right when the predicted and gold actor sets match one-to-one.
``--set split=dev|test`` evaluates half of the GSR records (records alternate
dev, test in file order), so that one half can be used for development and the
other kept for measuring.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from lagebild.errors import Code, EvalDataError
from lagebild.eval.core import (
    EvalOptions,
    EvalReport,
    Metrics,
    ScoreRow,
    greedy_pairs,
    require_path,
    task,
)
from lagebild.model import EntityMention, Event, EventActor

# PLOVER 0.5 (GSR) -> PLOVER 2.0. From the PLOVER 2.0 manual, section "CAMEO to PLOVER
# translation", table "PLOVER equivalents to CAMEO cue categories": the 0.5 labels are
# the CAMEO cue-category names (09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE, 19 FIGHT).
PLOVER05_TO_20: dict[str, str] = {
    "AGREE": "AGREE",
    "CONSULT": "CONSULT",
    "SUPPORT": "SUPPORT",
    "COOPERATE": "COOPERATE",
    "AID": "AID",
    "CONCEDE": "CONCEDE",
    "RETREAT": "RETREAT",
    "INVESTIGATE": "ACCUSE",
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "ACCUSE": "ACCUSE",
    "REQUEST": "REQUEST",
    "REJECT": "REJECT",
    "THREATEN": "THREATEN",
    "PROTEST": "PROTEST",
    "MOBILIZE": "MOBILIZE",
    "SANCTION": "SANCTION",
    "COERCE": "COERCE",
    "ASSAULT": "ASSAULT",
    "FIGHT": "ASSAULT",
}
UNLINKED = "unlinked"
FIELDS = ("mode", "source", "target", "date", "modality", "reported_by")
_MARKUP = re.compile(r"\((SRC|TAR|SRC/TAR|EVT|LOC):\s*([^()]*?)\)")


@dataclass
class Analysed:
    """What the evaluator needs from one analysed sentence."""

    text: str
    events: list[Event]
    entities: list[EntityMention] = field(default_factory=list)


def analyse_texts(items: Sequence[tuple[str, str, dt.date | None]]) -> list[Analysed]:
    """Runs the default pipeline on (text, language, publication date) items."""
    from lagebild.pipeline import Pipeline
    from lagebild.service import make_document

    pipeline = Pipeline()
    out = []
    for text, language, published in items:
        analysis = pipeline.run(make_document(text, language=language, published=published))
        out.append(Analysed(analysis.text, list(analysis.events), list(analysis.entities)))
    return out


def actor_name(actor: EventActor) -> str:
    """The name an actor is compared by: canonical name, or ``unlinked``."""
    if actor.kb_id is None or actor.kb_id.startswith("unlinked"):
        return UNLINKED
    return actor.name


def actors_match(gold: Sequence[str], predicted: Sequence[EventActor], text: str,
                 gold_spans: Sequence[Sequence[tuple[int, int]]] = ()) -> bool:
    """Whether gold names and predicted actors match one-to-one (see module docstring).

    ``gold_spans[k]`` are the text spans of gold actor ``k`` (several when the gold
    names one actor by separate pieces of the sentence: "Jordan's visiting King ...").
    """
    if len(gold) != len(predicted):
        return False
    remaining = list(predicted)
    for k, name in enumerate(gold):
        spans = gold_spans[k] if k < len(gold_spans) else ()
        found = None
        for actor in remaining:
            if actor_name(actor).casefold() == name.casefold():
                found = actor
                break
            if any(actor.start < end and start < actor.end for start, end in spans):
                found = actor
                break
        if found is None:
            return False
        remaining.remove(found)
    return True


@lru_cache(maxsize=1)
def _kb_names() -> dict[str, str]:
    from lagebild.actors.kb import load_kb
    from lagebild.resources import Resources

    return {e.id: e.name for e in load_kb(Resources(), "").entries.values()}


def speaker_name(event: Event, entities: Sequence[EntityMention]) -> str | None:
    """The canonical name of the event's ``reported_by``.

    From its knowledge-base id, else from the entity mention at its span, else
    ``unlinked``.
    """
    speaker = event.reported_by
    if speaker is None:
        return None
    if speaker.kb_id and speaker.kb_id in _kb_names():
        return _kb_names()[speaker.kb_id]
    for mention in entities:
        if mention.start < speaker.end and speaker.start < mention.end and mention.name and (
            mention.kb_id and not mention.kb_id.startswith("unlinked")
        ):
            return mention.name
    return UNLINKED


def event_date(event: Event) -> str | None:
    """The date the text gives (a document-date fallback counts as no date)."""
    if event.date is None or event.date.basis == "document":
        return None
    return event.date.value


# -- lagebild JSONL ---------------------------------------------------------------------
@dataclass
class SentenceResult:
    """Gold and predicted events of one sentence, paired."""

    id: str
    text: str
    pairs: list[tuple[dict[str, Any], Event]]
    missed: list[dict[str, Any]]
    spurious: list[Event]
    entities: list[EntityMention]


def pair_events(gold: list[dict[str, Any]], predicted: list[Event],
                text: str) -> tuple[list[tuple[dict[str, Any], Event]], list[dict[str, Any]],
                                    list[Event]]:
    """Pairs gold and predicted events of one sentence by type, best actor agreement first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if p.type != g["type"]:
                continue
            score = int(actors_match(g.get("source", []), p.sources, text)) * 2 + int(
                actors_match(g.get("target", []), p.targets, text)
            )
            candidates.append((float(-score), gi, pi))
    matched = greedy_pairs(candidates)
    pairs = [(gold[gi], predicted[pi]) for gi, pi in matched]
    used_g = {gi for gi, _ in matched}
    used_p = {pi for _, pi in matched}
    missed = [g for k, g in enumerate(gold) if k not in used_g]
    spurious = [p for k, p in enumerate(predicted) if k not in used_p]
    return pairs, missed, spurious


def field_checks(gold: dict[str, Any], event: Event, text: str,
                 entities: Sequence[EntityMention]) -> dict[str, bool | None]:
    """Per-field agreement of a paired event (None: the field is not scored)."""
    return {
        "mode": (event.mode == gold["mode"]) if gold.get("mode") else None,
        "source": actors_match(gold.get("source", []), event.sources, text),
        "target": actors_match(gold.get("target", []), event.targets, text),
        "date": event_date(event) == gold.get("date"),
        "modality": event.modality == gold.get("modality", "asserted"),
        "reported_by": (speaker_name(event, entities) or None) == (gold.get("reported_by")),
    }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Reads a JSONL file, naming the line of a malformed record."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EvalDataError(Code.EVAL_DATA, f"invalid JSON: {exc.msg}",
                                    path=str(path), line=number) from exc
    return rows


def evaluate_sentences(rows: Sequence[dict[str, Any]],
                       analysed: Sequence[Analysed]) -> list[SentenceResult]:
    """Pairs the events of analysed sentences with their gold events."""
    out = []
    for row, result in zip(rows, analysed, strict=True):
        pairs, missed, spurious = pair_events(row.get("events", []), result.events, result.text)
        out.append(SentenceResult(row["id"], result.text, pairs, missed, spurious,
                                  result.entities))
    return out


def report_sentences(name: str, data: str, results: Sequence[SentenceResult]) -> EvalReport:
    """Builds the report for lagebild-format data."""
    report = EvalReport(name, data)
    per_type: dict[str, Metrics] = defaultdict(Metrics)
    fields: dict[str, list[bool]] = defaultdict(list)
    for result in results:
        for gold, event in result.pairs:
            per_type[gold["type"]].tp += 1
            for key, ok in field_checks(gold, event, result.text, result.entities).items():
                if ok is not None:
                    fields[key].append(ok)
        for gold in result.missed:
            per_type[gold["type"]].fn += 1
        for event in result.spurious:
            per_type[event.type].fp += 1
    micro = Metrics()
    for metrics in per_type.values():
        micro.add(metrics)
    report.add_metrics("event type", {**dict(sorted(per_type.items())), "micro": micro})
    report.tables["fields (paired events)"] = [
        ScoreRow(key, value=sum(values) / len(values), support=len(values))
        for key in FIELDS if (values := fields.get(key))
    ]
    exact = sum(1 for r in results if not r.missed and not r.spurious and all(
        all(v is not False for v in field_checks(g, e, r.text, r.entities).values())
        for g, e in r.pairs))
    report.counts = {
        "sentences": len(results),
        "gold events": sum(len(r.pairs) + len(r.missed) for r in results),
        "predicted events": sum(len(r.pairs) + len(r.spurious) for r in results),
        "sentences fully right": exact,
    }
    report.notes.append(
        "Pairs are same-type events; field accuracy is over pairs. Date: the TIMEX3 value of "
        "a text-dated event (publication-date fallbacks count as no date)."
    )
    return report


# -- PLOVER GSR --------------------------------------------------------------------------
@dataclass
class GsrRecord:
    """One PLOVER GSR event record."""

    id: str
    text: str
    type: str
    sources: list[str]
    targets: list[str]
    events: list[tuple[int, int]]
    source_spans: list[list[tuple[int, int]]] = field(default_factory=list)
    target_spans: list[list[tuple[int, int]]] = field(default_factory=list)


def _spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    out = []
    for word in words:
        k = text.find(word)
        if k >= 0:
            out.append((k, k + len(word)))
    return out


def actor_spans(text: str, name: str, tagged: Sequence[str]) -> list[tuple[int, int]]:
    """Where a gold actor's text is in the sentence, one list per actor.

    The GSR's ``actorText`` is mostly a substring of the sentence; otherwise it joins
    pieces that the markup tags separately ("Jordan's" ... "King Abdullah II"), joins
    them with " .. ", or adds a gloss ("Hizbollah  (Party of God)"). Then the actor is
    wherever its tagged pieces (or " .. " pieces) are.
    """
    whole = _spans(text, [name])
    if whole:
        return whole
    folded = " ".join(name.split())
    pieces = [p.strip() for p in folded.split("..") if p.strip()]
    pieces += [t for t in tagged if t and " ".join(t.split()) in folded]
    return sorted(set(_spans(text, pieces)))


def read_gsr(path: Path, split: str | None = None) -> list[GsrRecord]:
    """Reads GSR records (skipping the DOCUMENT header); ``split`` dev/test takes a half."""
    records = []
    for row in read_jsonl(path):
        if row.get("event") == "DOCUMENT" or "text" not in row:
            continue
        label = str(row["event"]).upper()
        mapped = PLOVER05_TO_20.get(label)
        if mapped is None:
            raise EvalDataError(Code.EVAL_DATA, f"unknown PLOVER label '{label}'",
                                path=str(path))

        def names(value: Any) -> list[str]:
            if not value:
                return []
            return [str(a.get("actorText", "")).strip() for a in value if a.get("actorText")]

        markup = row.get("textInfo", {}).get("markup", "")
        tags = [(m.group(1), m.group(2).strip()) for m in _MARKUP.finditer(markup)]
        evt = [content for tag, content in tags if tag == "EVT"]
        text = str(row["text"])
        sources, targets = names(row.get("source")), names(row.get("target"))
        records.append(GsrRecord(
            str(row["id"]), text, mapped, sources, targets, _spans(text, evt),
            [actor_spans(text, n, [c for t, c in tags if "SRC" in t]) for n in sources],
            [actor_spans(text, n, [c for t, c in tags if "TAR" in t]) for n in targets],
        ))
    if split in ("dev", "test"):
        records = [r for k, r in enumerate(records) if (k % 2 == 0) == (split == "dev")]
    return records


def pick_event(record: GsrRecord, events: Sequence[Event]) -> Event | None:
    """The predicted event to compare: trigger inside a gold EVT span, else most confident."""
    for event in events:
        if event.trigger is None:
            continue
        if any(event.trigger.start < e and s < event.trigger.end for s, e in record.events):
            return event
    return max(events, key=lambda e: e.confidence) if events else None


def gsr_checks(record: GsrRecord, event: Event | None) -> dict[str, bool]:
    """Type, source and target agreement for one GSR record."""
    if event is None:
        return {"type": False, "source": False, "target": False}
    return {
        "type": event.type == record.type,
        "source": actors_match(record.sources, event.sources, record.text,
                               record.source_spans),
        "target": actors_match(record.targets, event.targets, record.text,
                               record.target_spans),
    }


def report_gsr(data: str, records: Sequence[GsrRecord], analysed: Sequence[Analysed],
               split: str | None) -> EvalReport:
    """Builds the report for PLOVER GSR data."""
    report = EvalReport("events", data)
    totals: dict[str, list[bool]] = defaultdict(list)
    confusion: Counter[tuple[str, str]] = Counter()
    per_type: dict[str, Metrics] = defaultdict(Metrics)
    for record, result in zip(records, analysed, strict=True):
        event = pick_event(record, result.events)
        checks = gsr_checks(record, event)
        for key, ok in checks.items():
            totals[key].append(ok)
        predicted = event.type if event is not None else "NONE"
        confusion[(record.type, predicted)] += 1
        if predicted == record.type:
            per_type[record.type].tp += 1
        else:
            per_type[record.type].fn += 1
            if event is not None:
                per_type[predicted].fp += 1
    report.tables["accuracy"] = [
        ScoreRow(key, value=sum(v) / len(v), support=len(v)) for key, v in totals.items()
    ]
    micro = Metrics()
    for metrics in per_type.values():
        micro.add(metrics)
    report.add_metrics("event type", {**dict(sorted(per_type.items())), "micro": micro})
    report.counts = {"records": len(records),
                     "no event predicted": confusion_total(confusion, "NONE")}
    report.notes.append(
        "PLOVER 0.5 labels mapped to 2.0 (DEMAND->REQUEST, DISAPPROVE->ACCUSE, "
        "INVESTIGATE->ACCUSE, FIGHT->ASSAULT; manual, CAMEO translation table)."
    )
    if split:
        report.notes.append(f"split={split}: every other record in file order "
                            f"({'even' if split == 'dev' else 'odd'} positions).")
    errors = sorted(((g, p), n) for (g, p), n in confusion.items() if g != p)
    if errors:
        report.notes.append("type confusions (gold->predicted): " + ", ".join(
            f"{g}->{p} {n}" for (g, p), n in errors))
    return report


def confusion_total(confusion: Counter[tuple[str, str]], predicted: str) -> int:
    """How many records were predicted as ``predicted``."""
    return sum(n for (_, p), n in confusion.items() if p == predicted)


def _format(path: Path) -> str:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                first = json.loads(line)
                return "gsr" if "event" in first and "events" not in first else "lagebild"
    raise EvalDataError(Code.EVAL_DATA, "evaluation data is empty", path=str(path))


@task("events", help="PLOVER event coding: type, actors, date, modality (lagebild JSONL or "
      "PLOVER GSR; --set split=dev|test for a GSR half)")
def evaluate_events(options: EvalOptions) -> EvalReport:
    """Runs the pipeline on the evaluation sentences and scores the events."""
    path = require_path(options.data)
    split = options.extra.get("split")
    if _format(path) == "gsr":
        records = read_gsr(path, split)[: options.limit]
        analysed = analyse_texts([(r.text, "en", None) for r in records])
        if options.predictions is not None:
            write_predictions(options.predictions, [{"id": r.id} for r in records], analysed)
        return report_gsr(str(path), records, analysed, split)
    rows = read_jsonl(path)[: options.limit]
    items = []
    for row in rows:
        dct = row.get("dct")
        items.append((str(row["text"]), str(row.get("lang", "de")),
                      dt.date.fromisoformat(dct) if dct else None))
    analysed = analyse_texts(items)
    report = report_sentences("events", str(path), evaluate_sentences(rows, analysed))
    if options.predictions is not None:
        write_predictions(options.predictions, rows, analysed)
    return report


def write_predictions(path: Path, rows: Sequence[dict[str, Any]],
                      analysed: Sequence[Analysed]) -> None:
    """Writes the predicted events per sentence as JSONL (same shape as the gold)."""
    with path.open("w", encoding="utf-8") as handle:
        for row, result in zip(rows, analysed, strict=True):
            events = [{
                "type": e.type, "mode": e.mode,
                "source": [actor_name(a) for a in e.sources],
                "target": [actor_name(a) for a in e.targets],
                "date": event_date(e), "modality": e.modality,
                "reported_by": speaker_name(e, result.entities),
                "confidence": e.confidence,
            } for e in result.events]
            handle.write(json.dumps({"id": row["id"], "text": result.text, "events": events},
                                    ensure_ascii=False) + "\n")
