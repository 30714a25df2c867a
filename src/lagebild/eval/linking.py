"""Actor linking evaluation: ``lagebild eval linking --data FILE``.

The data is a TSV file with the header ``id lang sentence mention occurrence
qid name type``: one gold mention per row, given as the exact substring
``mention`` and its 1-based ``occurrence`` in ``sentence``; ``qid`` is the
Wikidata id (may be empty), ``name`` the English Wikipedia title or
``unlinked``; ``type`` names the kind of actor (rows of type ``place`` expect
no actor: a country or capital named as a location, "in der Ukraine",
"nach Libanon", "in Kiew").

The system mention judged is the one overlapping the gold span most. A row is
correct when:

* type ``place``: the mention is not used as an actor: there is none, or it
  is unlinked, or the entities stage marked it ``actor=False`` (a country
  named as a location keeps its link to the country: "in der Ukraine"), or
  (when it left ``actor`` unset) it links to an entry that is not an actor;
* name ``unlinked``: no mention, or an ``unlinked:`` id;
* otherwise the mention must be linked: to ``qid`` when the knowledge base has
  that id, else to an entry whose canonical name or one of whose aliases is
  ``name`` (case- and accent-insensitive; a Wikipedia title's disambiguating
  parenthesis is ignored on both sides: "Al-Shabaab (militant group)" names
  the entry "Al-Shabaab"). Ignoring the parenthesis must not let one of
  several same-named entries pass for another: when both titles carry one and
  they differ ("National Assembly (Armenia)" for "National Assembly
  (Pakistan)"), or the gold's names a country and the entry belongs to another
  country ("Democratic Party of Korea" for "Democratic Party (United States)"),
  the row fails. A gold ``country`` row also fails when the system used the
  mention as a location, not an actor.

State bodies (the rule for gold rows that name a country): the gold
convention links the country where the annotated mention is its adjective
or name inside the name of a state body ("israelische" in "die israelische
Armee", "Israeli" in "the Israeli military", "russische" in "das russische
Verteidigungsministerium", "German" in "German Chancellor") or is a body or
seat standing for it ("Bundesregierung", "Kreml", "Weißes Haus", "Downing
Street"); the system links the longer or same mention to the specific body.
Such a row is also correct when the system mention contains the gold span
and links to a state body (government, military, intelligence, police,
legislature or judiciary entry) whose ``country`` is the gold country.

Also reported: mention recall (a system mention overlaps the gold span) and
exact-boundary recall, per language and per type.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from lagebild.actors.kb import STATE_BODY_TYPES, Entry, KnowledgeBase, fold, load_kb
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


_DISAMBIGUATION = re.compile(r"\s*\([^()]*\)$")


def _disambiguation(name: str) -> str | None:
    """The folded text of a Wikipedia title's disambiguating parenthesis, if any."""
    found = _DISAMBIGUATION.search(name)
    return fold(found.group(0).strip()[1:-1]) if found else None


def name_key(name: str) -> str:
    """The folded form of a name without a Wikipedia disambiguation ("X (militant group)")."""
    return fold(_DISAMBIGUATION.sub("", name))


def alias_names(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Returns, per entry id, the keys (:func:`name_key`) of its canonical name and aliases."""
    names: dict[str, set[str]] = defaultdict(set)
    for entry in kb.entries.values():
        names[entry.id].add(name_key(entry.name))
    for alias in kb.aliases:
        names[alias.entry].add(name_key(alias.text))
    return names


def used_as_actor(mention: EntityMention, kb: KnowledgeBase) -> bool:
    """Whether the system used a mention as an actor (see module docstring)."""
    kb_id = mention.kb_id
    if kb_id is None or kb_id.startswith("unlinked:"):
        return False
    if mention.actor is not None:
        return mention.actor
    entry = kb.get(kb_id)
    return entry is not None and entry.is_actor


def _gold_country(row: GoldRow, kb: KnowledgeBase, names: dict[str, set[str]]) -> Entry | None:
    """The country entry a gold row names, if it names one."""
    entry = kb.get(row.qid) if row.qid else None
    if entry is None:
        key = name_key(row.name)
        entry = next(
            (kb.entries[i] for i, forms in names.items()
             if key in forms and kb.entries[i].type == "country"),
            None,
        )
    return entry if entry is not None and entry.type == "country" else None


def _other_namesake(row: GoldRow, entry: Entry | None, kb: KnowledgeBase,
                    names: dict[str, set[str]]) -> bool:
    """Whether a name match holds only because both titles' parentheses were ignored."""
    wanted = _disambiguation(row.name)
    if wanted is None or entry is None:
        return False
    own = _disambiguation(entry.name)
    if own is not None and own != wanted:
        return True
    country = next(
        (kb.entries[i] for i, forms in names.items()
         if wanted in forms and kb.entries[i].type == "country"),
        None,
    )
    return country is not None and bool(entry.country) and entry.country != country.code


def _state_body_of(row: GoldRow, mention: EntityMention, entry: Entry | None,
                   span: tuple[int, int], kb: KnowledgeBase,
                   names: dict[str, set[str]]) -> bool:
    """The state-body rule of the module docstring."""
    if entry is None or entry.type not in STATE_BODY_TYPES or not entry.country:
        return False
    if not (mention.start <= span[0] and span[1] <= mention.end):
        return False
    country = _gold_country(row, kb, names)
    return country is not None and country.code == entry.country


def judge(row: GoldRow, mention: EntityMention | None, kb: KnowledgeBase,
          names: dict[str, set[str]], span: tuple[int, int] | None = None) -> bool:
    """Whether the system's link for a gold row is correct (see module docstring).

    Args:
        row: The gold row.
        mention: The system mention overlapping it most, or None.
        kb: The knowledge base.
        names: Folded names per entry (:func:`alias_names`).
        span: The gold span in the system's offsets (default: the row's own).
    """
    if row.type == PLACE:
        return mention is None or not used_as_actor(mention, kb)
    kb_id = mention.kb_id if mention is not None else None
    linked = kb_id is not None and not kb_id.startswith("unlinked:")
    if row.name.lower() == UNLINKED:
        return not linked
    if mention is None or not linked or kb_id is None:
        return False
    if row.type == "country" and mention.role_in_text == "location":
        return False
    if row.qid and row.qid in kb.entries:
        correct = kb_id == row.qid
    else:
        correct = name_key(row.name) in names.get(kb_id, set()) and not _other_namesake(
            row, kb.get(kb_id), kb, names)
    return correct or _state_body_of(
        row, mention, kb.get(kb_id), span if span is not None else row.span(), kb, names
    )


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
        correct = judge(row, mention, kb, names, (start, end))
        found = mention is not None
        exact = found and mention is not None and (mention.start, mention.end) == (start, end)
        for group in ("all", f"lang:{row.lang}", f"type:{row.type}"):
            by_group[group].add(correct, found, exact)
        if row.type != PLACE and row.name.lower() != UNLINKED and not (
            (row.qid and row.qid in kb.entries)
            or any(name_key(row.name) in n for n in names.values())
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
        # Names stay hidden unless asked for: on a held-out table they would show its content.
        if options.extra.get("missing") == "list":
            report.notes.append("not in the knowledge base: " + ", ".join(sorted(missing)))
        else:
            report.notes.append(f"{len(missing)} gold names are not in the knowledge base "
                                "(--set missing=list names them; not on held-out tables)")
    report.notes.append(f"stages: {', '.join(pipeline.stage_names)}")
    if options.predictions is not None:
        with options.predictions.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(["id", "lang", "mention", "qid", "name", "type", "system_text",
                             "system_kb_id", "system_name", "correct"])
            writer.writerows(predictions)
    return report
