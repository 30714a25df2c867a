"""Actor linking evaluation: ``lagebild eval linking --data FILE``.

The data is a TSV file with the header ``id lang sentence mention occurrence
qid name type``: one gold mention per row, given as the exact substring
``mention`` and its 1-based ``occurrence`` in ``sentence``; ``qid`` is the
Wikidata id (may be empty), ``name`` the English Wikipedia title or
``unlinked``; ``type`` names the kind of actor (rows of type ``place`` expect
no actor link).

A row is correct when:

* type ``place``: no mention was found there, or it is unlinked, or it links to
  a knowledge-base entry that is not an actor (a territory);
* name ``unlinked``: no mention, or an ``unlinked:`` id;
* otherwise the mention must be linked: to ``qid`` when the knowledge base has
  that id, else to an entry whose canonical name or one of whose aliases is
  ``name`` (case- and accent-insensitive).

Also reported: mention recall (a system mention overlaps the gold span) and
exact-boundary recall, per language and per type.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from lagebild.actors.kb import KnowledgeBase, fold, load_kb
from lagebild.eval.core import EvalOptions, EvalReport, ScoreRow, task
from lagebild.eval.tables import locate, occurrence_of, read_table
from lagebild.model import EntityMention
from lagebild.pipeline import Pipeline
from lagebild.service import make_document

COLUMNS = ("id", "lang", "sentence", "mention", "occurrence", "qid", "name", "type")
UNLINKED = "unlinked"
PLACE = "place"


@dataclass(frozen=True)
class GoldRow:
    """One gold mention."""

    id: str
    lang: str
    sentence: str
    mention: str
    occurrence: int
    qid: str
    name: str
    type: str
    line: int
    start: int
    end: int

    def span(self) -> tuple[int, int]:
        """Character offsets of the mention in the sentence."""
        return self.start, self.end


@dataclass
class Counts:
    """Correct links and found mentions out of a number of rows."""

    rows: int = 0
    correct: int = 0
    found: int = 0
    exact: int = 0

    def add(self, correct: bool, found: bool, exact: bool) -> None:
        """Counts one row."""
        self.rows += 1
        self.correct += correct
        self.found += found
        self.exact += exact


def read_gold(path: Path) -> list[GoldRow]:
    """Reads the gold TSV.

    Raises:
        EvalDataError: When the header or a row is malformed.
    """
    rows: list[GoldRow] = []
    for number, fields in read_table(path, COLUMNS):
        nth = occurrence_of(fields["occurrence"], path, number)
        sentence, mention = fields["sentence"], fields["mention"]
        start, end = locate(sentence, mention, nth, path, number)
        rows.append(GoldRow(fields["id"], fields["lang"], sentence, mention, nth, fields["qid"],
                            fields["name"], fields["type"], number, start, end))
    return rows


def _best_mention(mentions: list[EntityMention], start: int, end: int) -> EntityMention | None:
    best, best_overlap = None, 0
    for mention in mentions:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap > best_overlap:
            best, best_overlap = mention, overlap
    return best


def alias_names(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Returns, per entry id, the folded canonical name and aliases."""
    names: dict[str, set[str]] = defaultdict(set)
    for entry in kb.entries.values():
        names[entry.id].add(fold(entry.name))
    for alias in kb.aliases:
        names[alias.entry].add(fold(alias.text))
    return names


def judge(row: GoldRow, mention: EntityMention | None, kb: KnowledgeBase,
          names: dict[str, set[str]]) -> bool:
    """Whether the system's link for a gold row is correct (see module docstring)."""
    kb_id = mention.kb_id if mention is not None else None
    linked = kb_id is not None and not kb_id.startswith("unlinked:")
    if row.type == PLACE:
        entry = kb.get(kb_id) if linked and kb_id else None
        return entry is None or not entry.is_actor
    if row.name.lower() == UNLINKED:
        return not linked
    if not linked or kb_id is None:
        return False
    if row.qid and row.qid in kb.entries:
        return kb_id == row.qid
    return fold(row.name) in names.get(kb_id, set())


def _pipeline_stages(pipeline: Pipeline) -> list[str]:
    names = pipeline.stage_names
    return names[: names.index("entities") + 1] if "entities" in names else [
        *names, "entities"
    ]


@task("linking", help="Actor mention detection and knowledge-base linking (TSV gold table).")
def evaluate_linking(options: EvalOptions) -> EvalReport:
    """Scores entity linking against a gold table (see module docstring)."""
    rows = read_gold(options.data)
    if options.limit is not None:
        rows = rows[: options.limit]
    pipeline = Pipeline(stages=_pipeline_stages(Pipeline()))
    kb = pipeline.resources.load(load_kb, "")
    names = alias_names(kb)
    analyses: dict[tuple[str, str], list[EntityMention]] = {}
    by_group: dict[str, Counts] = defaultdict(Counts)
    predictions: list[list[str]] = []
    missing: set[str] = set()
    for row in rows:
        key = (row.lang, row.sentence)
        if key not in analyses:
            document = make_document(row.sentence, language=row.lang or None)
            analyses[key] = list(pipeline.run(document).entities)
        span = row.span()
        # make_document strips the sentence; offsets shift by the stripped prefix.
        shift = len(row.sentence) - len(row.sentence.lstrip())
        start, end = span[0] - shift, span[1] - shift
        mention = _best_mention(analyses[key], start, end)
        correct = judge(row, mention, kb, names)
        found = mention is not None
        exact = found and mention is not None and (mention.start, mention.end) == (start, end)
        for group in ("all", f"lang:{row.lang}", f"type:{row.type}"):
            by_group[group].add(correct, found, exact)
        if row.type != PLACE and row.name.lower() != UNLINKED and not (
            (row.qid and row.qid in kb.entries)
            or any(fold(row.name) in n for n in names.values())
        ):
            missing.add(row.name)
        predictions.append([
            row.id, row.lang, row.mention, row.qid, row.name, row.type,
            mention.text if mention else "", mention.kb_id or "" if mention else "",
            mention.name or "" if mention else "", "1" if correct else "0",
        ])
    report = EvalReport(task="linking", data=str(options.data))
    order = sorted(by_group, key=lambda g: (g != "all", g))
    report.tables["linking accuracy"] = [
        ScoreRow(g, value=c.correct / c.rows, support=c.rows) for g, c in
        ((g, by_group[g]) for g in order)
    ]
    report.tables["mention recall (overlap)"] = [
        ScoreRow(g, recall=c.found / c.rows, support=c.rows) for g, c in
        ((g, by_group[g]) for g in order)
    ]
    report.tables["mention recall (exact span)"] = [
        ScoreRow(g, recall=c.exact / c.rows, support=c.rows) for g, c in
        ((g, by_group[g]) for g in order)
    ]
    report.counts = {"rows": len(rows), "sentences": len(analyses),
                     "gold names not in the knowledge base": len(missing)}
    if missing:
        report.notes.append("not in the knowledge base: " + ", ".join(sorted(missing)))
    report.notes.append(f"stages: {', '.join(pipeline.stage_names)}")
    if options.predictions is not None:
        with options.predictions.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(["id", "lang", "mention", "qid", "name", "type", "system_text",
                             "system_kb_id", "system_name", "correct"])
            writer.writerows(predictions)
    return report
