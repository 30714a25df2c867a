"""The linking evaluation: scoring rules, recall, and malformed input."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.actors.kb import load_kb
from lagebild.errors import EvalDataError
from lagebild.eval.core import EvalOptions, get_task
from lagebild.eval.linking import COLUMNS, GoldRow, alias_names, judge, read_gold
from lagebild.model import EntityMention
from lagebild.resources import Resources

HEADER = "id\tlang\tsentence\tmention\toccurrence\tqid\tname\ttype\n"


def write(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "gold.tsv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def row(mention: str, qid: str, name: str, type_: str) -> GoldRow:
    return GoldRow("x", "de", mention, mention, 1, qid, name, type_, 2, 0, len(mention))


def linked(kb_id: str | None, actor: bool | None = None, start: int = 0, end: int = 1,
           role: str | None = None) -> EntityMention:
    return EntityMention(doc_id="d", text="t", start=start, end=end, label="ORG", kb_id=kb_id,
                         actor=actor, role_in_text=role)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("gold", "system", "correct"),
    [
        (row("Israel", "Q801", "Israel", "country"), linked("Q801"), True),
        (row("Israel", "Q801", "Israel", "country"), linked("Q794"), False),
        (row("Israel", "Q801", "Israel", "country"), None, False),
        (row("Israel", "Q801", "Israel", "country"), linked("unlinked:abc"), False),
        # QID not in the knowledge base: the name decides (canonical name or alias).
        (row("Hisbollah", "Q999999999", "Hizbullah", "armed_group"), linked("lb:hezbollah"), True),
        (row("Hamas", "", "Hamas", "armed_group"), linked("Q38799"), True),
        (row("Hamas", "", "Hezbollah", "armed_group"), linked("Q38799"), False),
        # A Wikipedia title's disambiguation is not part of the name.
        (row("Al-Shabaab", "", "Al-Shabaab (militant group)", "armed_group"),
         linked("lb:al-shabaab"), True),
        (row("Al-Shabaab", "", "Al-Shabaab (militant group)", "armed_group"),
         linked("Q38799"), False),
        # ... but it must not let one of several same-named bodies pass for another.
        (row("National Assembly", "", "National Assembly (Pakistan)", "legislature"),
         linked("lb:national-assembly-of-pakistan"), True),
        (row("National Assembly", "", "National Assembly (Pakistan)", "legislature"),
         linked("lb:national-assembly-armenia"), False),
        (row("Democratic Party", "", "Democratic Party (South Korea)", "party"),
         linked("lb:democratic-party-of-korea"), True),
        (row("Democratic Party", "", "Democratic Party (United States)", "party"),
         linked("lb:democratic-party-of-korea"), False),
        (row("Karl Brenner", "", "unlinked", "person"), linked("unlinked:abc"), True),
        (row("Karl Brenner", "", "unlinked", "person"), None, True),
        (row("Karl Brenner", "", "unlinked", "person"), linked("Q801"), False),
        (row("Gaza", "", "Gaza Strip", "place"), linked("lb:gaza-strip"), True),
        (row("Kiew", "", "Kyiv", "place"), linked("unlinked:abc"), True),
        (row("Kiew", "", "Kyiv", "place"), None, True),
        (row("Kiew", "", "Kyiv", "place"), linked("Q212"), False),
        # A country named as a location keeps its link but is no actor.
        (row("Ukraine", "", "Ukraine", "place"), linked("Q212", actor=False, role="location"),
         True),
        (row("Ukraine", "", "Ukraine", "place"), linked("Q212", actor=True), False),
        (row("Ukraine", "Q212", "Ukraine", "country"),
         linked("Q212", actor=False, role="location"), False),
        # State bodies: the gold country inside (or named by) the body's mention.
        (row("israelische", "Q801", "Israel", "country"),
         linked("lb:israel-defense-forces", start=0, end=17), True),
        (row("Bundesregierung", "Q183", "Germany", "country"),
         linked("lb:federal-government-of-germany", start=0, end=15), True),
        (row("Kreml", "Q159", "Russia", "country"), linked("lb:moscow-kremlin", start=0, end=5),
         True),
        (row("israelische", "Q801", "Israel", "country"),
         linked("lb:federal-government-of-germany", start=0, end=17), False),
        (row("israelische", "Q801", "Israel", "country"),
         linked("lb:benjamin-netanyahu", start=0, end=17), False),
        (row("Hamas", "Q38799", "Hamas", "armed_group"),
         linked("lb:israel-defense-forces", start=0, end=17), False),
    ],
)
def test_judge(resources: Resources, gold: GoldRow, system: EntityMention | None,
               correct: bool) -> None:
    kb = resources.load(load_kb, "")
    assert judge(gold, system, kb, alias_names(kb)) is correct



def test_occurrence_picks_the_nth_match(tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text(
        "# comment\n" + "\t".join(COLUMNS) + "\n"
        + "x\ten\tIsrael and Israel\tIsrael\t2\tQ801\tIsrael\tcountry\n",
        encoding="utf-8",
    )
    (gold,) = read_gold(path)
    assert gold.span() == (11, 17) and gold.line == 3


def test_report(tmp_path: Path) -> None:
    path = write(tmp_path, [
        "1\tde\tWashington warnte Moskau.\tWashington\t1\tQ30\tUnited States\tcountry",
        "2\tde\tWashington warnte Moskau.\tMoskau\t1\tQ159\tRussia\tcountry",
        "3\ten\tProtesters met in Washington.\tWashington\t1\t\tWashington, D.C.\tplace",
        "4\ten\tHamas denied it.\tHamas\t1\t\tHezbollah\tarmed_group",
    ])
    predictions = tmp_path / "pred.tsv"
    report = get_task("linking").func(EvalOptions(data=path, predictions=predictions))
    accuracy = {r.name: r.value for r in report.tables["linking accuracy"]}
    assert accuracy["all"] == pytest.approx(0.75)
    assert accuracy["lang:de"] == 1.0
    assert accuracy["type:armed_group"] == 0.0
    recall = {r.name: r.recall for r in report.tables["mention recall (overlap)"]}
    assert recall["all"] == 1.0
    lines = predictions.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and lines[-1].endswith("\t0")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id\tlang\tsentence\n", "header"),
        (HEADER + "1\tde\tHamas griff an.\tHisbollah\t1\t\tHezbollah\tarmed_group\n",
         "not in the sentence"),
        (HEADER + "1\tde\tHamas griff an.\tHamas\tzwei\t\tHamas\tarmed_group\n", "occurrence"),
        (HEADER + "1\tde\tHamas griff an.\tHamas\n", "columns"),
    ],
)
def test_malformed_data(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalDataError, match=message):
        read_gold(path)


def test_dev_table_reads() -> None:
    rows = read_gold(Path(__file__).resolve().parent.parent / "data" / "actors-dev.tsv")
    assert len(rows) >= 60
    assert {r.lang for r in rows} == {"de", "en"}


def test_missing_names_are_listed_only_on_request(tmp_path: Path) -> None:
    path = write(tmp_path, [
        "1\tde\tKarl Brennerowski sprach.\tKarl Brennerowski\t1\tQ999999998\tKarl Brennerowski\t"
        "person",
    ])
    task = get_task("linking").func
    quiet = task(EvalOptions(data=path))
    assert not any("Brennerowski" in note for note in quiet.notes)
    assert quiet.counts["gold names not in the knowledge base"] == 1
    listed = task(EvalOptions(data=path, extra={"missing": "list"}))
    assert any("Brennerowski" in note for note in listed.notes)
