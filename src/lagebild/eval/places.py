"""Evaluation of place detection and geocoding (task ``places``).

The gold table is a TSV with a header row and the columns

    id  lang  sentence  mention  occurrence  geonameid  country_code  name  level

``mention`` is an exact substring of ``sentence`` and ``occurrence`` its
1-based occurrence there. ``geonameid`` may be empty (a place GeoNames lacks,
or a region such as "northern Israel"); the row is then matched on ``name``
(for admin1 areas and named areas, on the core name without designators
such as "Oblast" or "Valley", up to two letters of transliteration apart)
plus ``country_code``. ``level`` is one of country, admin1, region, city,
area or not_place; a not_place row names a span that must not be geocoded
(a capital used for its government, a person called Jordan, "das Essen").

Each distinct sentence is analysed once with the configured pipeline up to
the ``places`` stage. A gold mention is detected when a predicted place
overlaps its span (the one overlapping most is taken). Reported per language
and overall:

* country accuracy: the predicted country code equals the gold one, over all
  gold place rows (a missed mention counts as wrong), as mordecai reports it;
* exact accuracy: the predicted GeoNames id equals the gold id (or, without a
  gold id, the names and countries agree);
* detection recall: gold place rows with an overlapping prediction;
* not_place false-positive rate: not_place rows with an overlapping prediction.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import Code, EvalDataError
from lagebild.eval.core import EvalOptions, EvalReport, ScoreRow, require_path, task
from lagebild.eval.tables import locate, occurrence_of, read_table
from lagebild.geo.gazetteer import Gazetteer, load_gazetteer
from lagebild.geo.words import fold
from lagebild.model import Place
from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from lagebild.service import make_document

COLUMNS = (
    "id", "lang", "sentence", "mention", "occurrence", "geonameid", "country_code", "name", "level",
)
LEVELS = frozenset({"country", "admin1", "region", "city", "area", "not_place"})
_NON_ALNUM = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class GoldPlace:
    """One row of the gold table, with the mention's offsets in its sentence."""

    row_id: str
    lang: str
    sentence: str
    mention: str
    start: int
    end: int
    geonameid: int | None
    country_code: str
    name: str
    level: str
    line: int


def _norm(text: str) -> str:
    return _NON_ALNUM.sub("", fold(text).casefold())


# Words that say what kind of area a name is, not which one ("Kharkiv Oblast",
# "Beqaa Valley", "Blue Line (Lebanon)"): names are compared without them.
_DESIGNATORS = re.compile(
    r"\([^)]*\)|\b(?:oblast|governorate|province|provinz|region|district|county|valley|"
    r"ebene|air\s+base|base|gebiet|gebiets)\b",
    re.IGNORECASE,
)


def _core(text: str) -> str:
    return _norm(_DESIGNATORS.sub(" ", text))


def _close(a: str, b: str) -> bool:
    """Same core name, or spellings one or two letters apart (Hmeimim/Khmeimim)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return False
    return _edit_distance(a, b) <= 2


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def read_gold(path: Path, limit: int | None = None) -> list[GoldPlace]:
    """Reads and checks the gold table.

    Raises:
        EvalDataError: On a missing column, a bad level or occurrence, or a
            mention that is not in its sentence (naming the line).
    """
    rows: list[GoldPlace] = []
    for number, row in read_table(path, COLUMNS):
        level = row["level"]
        if level not in LEVELS:
            raise EvalDataError(
                Code.EVAL_DATA, f"unknown level {level!r}", path=str(path), line=number
            )
        geonameid_cell = row["geonameid"]
        if geonameid_cell and not geonameid_cell.isdigit():
            raise EvalDataError(
                Code.EVAL_DATA, "geonameid must be an integer", path=str(path), line=number
            )
        sentence, mention = row["sentence"], row["mention"]
        start, end = locate(
            sentence, mention, occurrence_of(row["occurrence"], path, number), path, number
        )
        rows.append(
            GoldPlace(
                row_id=row["id"], lang=row["lang"], sentence=sentence,
                mention=mention, start=start, end=end,
                geonameid=int(geonameid_cell) if geonameid_cell else None,
                country_code=row["country_code"].upper(),
                name=row["name"], level=level, line=number,
            )
        )
        if limit is not None and len(rows) >= limit:
            break
    return rows


def _best_overlap(gold: GoldPlace, places: Iterable[Place]) -> Place | None:
    best: Place | None = None
    best_key: tuple[int, int] = (0, 0)
    for place in places:
        overlap = min(place.end, gold.end) - max(place.start, gold.start)
        if overlap <= 0:
            continue
        key = (int(place.start == gold.start and place.end == gold.end), overlap)
        if key > best_key:
            best, best_key = place, key
    return best


class _Names:
    """Every form the gazetteer knows for a place, for name-based matching."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self._forms: dict[int, set[str]] | None = None

    def _reverse(self) -> dict[int, set[str]]:
        if self._forms is None:
            self._forms = {
                index: {_norm(form) for form in forms}
                for index, forms in self.gaz.forms_by_entry().items()
            }
        return self._forms

    def forms(self, place: Place) -> set[str]:
        names = {_norm(place.name), _norm(place.text)}
        for ref in (place.id, place.parent.id if place.parent else None):
            index = self.gaz.by_id(ref) if ref else None
            if index is not None:
                names |= self._reverse().get(index, set())
        return names


def _exact(gold: GoldPlace, place: Place, names: _Names) -> bool:
    if gold.geonameid is not None:
        return place.geonames_id == gold.geonameid
    if (place.country_code or "") != gold.country_code:
        return False
    target = _norm(gold.name or gold.mention)
    forms = names.forms(place)
    if target in forms:
        return True
    if gold.level in ("admin1", "area"):
        # Without a GeoNames id the name is the yardstick: compare the core names
        # (no "Oblast", "Valley", ...), allowing small transliteration differences.
        core = _core(gold.name or gold.mention)
        if any(_close(core, _core(form)) for form in (place.name, place.text, *forms)):
            return True
    if gold.level == "region" and place.precision == "region" and place.parent is not None:
        # "northern Israel" / "Nordisrael" / "Norden Israels": the parent's name inside.
        return any(form and form in target for form in forms if len(form) >= 4)
    return False


@dataclass
class _Tally:
    places: int = 0
    detected: int = 0
    country: int = 0
    exact: int = 0
    not_place: int = 0
    false_positive: int = 0

    def rows(self, label: str) -> list[ScoreRow]:
        def share(part: int, whole: int) -> float | None:
            return part / whole if whole else None

        measures = (
            ("country accuracy", self.country, self.places),
            ("exact accuracy", self.exact, self.places),
            ("detection recall", self.detected, self.places),
            ("not_place false-positive rate", self.false_positive, self.not_place),
        )
        return [
            ScoreRow(f"{name} ({label})", value=share(part, whole), support=whole)
            for name, part, whole in measures
        ]


def _pipeline(resources: Resources) -> Pipeline:
    return Pipeline.through("places", resources=resources)


def evaluate_places(options: EvalOptions, resources: Resources | None = None) -> EvalReport:
    """Runs the evaluation described in the module docstring."""
    gold = read_gold(options.data, options.limit)
    resources = resources if resources is not None else Resources()
    pipeline = _pipeline(resources)
    names = _Names(resources.load(load_gazetteer))
    predicted: dict[tuple[str, str], list[Place]] = {}
    for row in gold:
        key = (row.lang, row.sentence)
        if key not in predicted:
            analysis = pipeline.run(make_document(row.sentence, language=row.lang or None))
            predicted[key] = list(analysis.places)
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    records = []
    for row in gold:
        places = predicted[(row.lang, row.sentence)]
        match = _best_overlap(row, places)
        exact = match is not None and row.level != "not_place" and _exact(row, match, names)
        for label in (row.lang, "all"):
            tally = tallies[label]
            if row.level == "not_place":
                tally.not_place += 1
                tally.false_positive += match is not None
                continue
            tally.places += 1
            if match is None:
                continue
            tally.detected += 1
            tally.country += (match.country_code or "") == row.country_code
            tally.exact += exact
        records.append(
            {
                "id": row.row_id, "lang": row.lang, "mention": row.mention, "level": row.level,
                "gold_geonameid": row.geonameid, "gold_country": row.country_code,
                "predicted": match.model_dump() if match is not None else None,
                "exact": exact,
            }
        )
    report = EvalReport(task="places", data=str(options.data))
    rows: list[ScoreRow] = []
    for label in [*sorted(k for k in tallies if k != "all"), "all"]:
        rows.extend(tallies[label].rows(label))
    report.tables["places"] = rows
    report.counts = {
        "rows": len(gold),
        "sentences": len(predicted),
        "place_rows": tallies["all"].places,
        "not_place_rows": tallies["all"].not_place,
        "predicted_places": sum(len(p) for p in predicted.values()),
    }
    report.notes.append(
        "country and exact accuracy are over all gold place rows; a missed mention counts as wrong"
    )
    if options.predictions is not None:
        with options.predictions.open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    return report


@task("places", help="Place detection and geocoding: country-level and exact accuracy.")
def places_task(options: EvalOptions) -> EvalReport:
    """The ``lagebild eval places`` task."""
    return evaluate_places(options)


# -- detection against GermEval 2014 LOC annotations -----------------------------------

_LOC_GOLD = frozenset({"LOC"})
_LOC_ACCEPTED = frozenset({"LOC", "LOCpart"})


@dataclass(frozen=True)
class _NerSentence:
    text: str
    spans: tuple[tuple[int, int, str], ...]  # (start, end, label) from both tag columns


def read_germeval(path: Path, limit: int | None = None) -> list[_NerSentence]:
    """Reads GermEval 2014 NER (index, token, outer BIO, nested BIO), tokens joined by spaces."""
    sentences: list[_NerSentence] = []
    tokens: list[str] = []
    tags: list[tuple[str, str]] = []

    def flush() -> None:
        if not tokens:
            return
        text_parts: list[str] = []
        offsets: list[tuple[int, int]] = []
        position = 0
        for token in tokens:
            offsets.append((position, position + len(token)))
            text_parts.append(token)
            position += len(token) + 1
        spans: list[tuple[int, int, str]] = []
        for column in (0, 1):
            start: int | None = None
            label = ""
            for i, pair in enumerate([*tags, ("O", "O")]):
                tag = pair[column]
                if start is not None and not tag.startswith("I-"):
                    spans.append((offsets[start][0], offsets[i - 1][1], label))
                    start = None
                if tag.startswith("B-"):
                    start, label = i, tag[2:]
        sentences.append(_NerSentence(" ".join(text_parts), tuple(spans)))
        tokens.clear()
        tags.clear()

    with require_path(path).open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                flush()
                if limit is not None and len(sentences) >= limit:
                    break
                continue
            if line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) < 4:
                raise EvalDataError(
                    Code.EVAL_DATA, "expected 4 tab-separated columns", path=str(path), line=number
                )
            tokens.append(cells[1])
            tags.append((cells[2], cells[3]))
        flush()
    return sentences[:limit] if limit is not None else sentences


@task(
    "places-ner",
    help="Place detection against GermEval 2014 LOC spans (German; no ids): P/R/F1.",
)
def places_ner_task(options: EvalOptions) -> EvalReport:
    """Detection precision/recall of the ``places`` stage on GermEval-style NER data.

    A gold item is an outer or nested LOC span; a predicted place counts as
    correct when it overlaps a LOC or LOCpart span (a place inside a compound,
    "Gaza-Grenze"). Places that overlap a PER/ORG/OTH span instead are listed
    in the notes by count, since they show metonymy and name errors.
    """
    sentences = read_germeval(options.data, options.limit)
    resources = Resources()
    pipeline = _pipeline(resources)
    tp = fp = fn = on_other = 0
    gold_found = 0
    for sentence in sentences:
        analysis = pipeline.run(make_document(sentence.text, language="de"))
        gold = [(s, e) for s, e, label in sentence.spans if label in _LOC_GOLD]
        accepted = [(s, e) for s, e, label in sentence.spans if label in _LOC_ACCEPTED]
        others = [(s, e) for s, e, label in sentence.spans if label not in _LOC_ACCEPTED]
        for place in analysis.places:
            if any(place.start < e and s < place.end for s, e in accepted):
                tp += 1
            else:
                fp += 1
                on_other += any(place.start < e and s < place.end for s, e in others)
        for s, e in gold:
            if any(place.start < e and s < place.end for place in analysis.places):
                gold_found += 1
            else:
                fn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = gold_found / (gold_found + fn) if gold_found + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    report = EvalReport(task="places-ner", data=str(options.data))
    report.tables["detection"] = [
        ScoreRow("LOC (overlap)", precision, recall, f1, gold_found + fn)
    ]
    report.counts = {
        "sentences": len(sentences),
        "predicted": tp + fp,
        "false_positives_on_PER_ORG_OTH": on_other,
    }
    report.notes.append(
        "LOC includes streets, buildings and landscapes that a gazetteer of towns, areas and "
        "countries does not aim at; recall is a lower bound for geocodable places"
    )
    return report
