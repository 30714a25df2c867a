"""Test support for the events stage: a tiny stand-in for the entities stage.

Until the ``entities`` stage is in the pipeline, event tests need actor
mentions from somewhere. ``mark_entities`` finds the names of a small fixed
table in the text (whole words, inflected with -s, or as the first part of a
hyphenated compound) and returns EntityMentions, so that argument logic can be
tested on known spans. When the real entities stage is installed, the tests
use it instead (see ``analyse``).
"""

from __future__ import annotations

import datetime as dt
import re

from lagebild.eval.events import actor_name
from lagebild.model import EntityMention
from lagebild.pipeline import Analysis, Pipeline
from lagebild.registry import REGISTRY
from lagebild.service import make_document

# surface form -> (label, kb_id, canonical name)
NAMES: dict[str, tuple[str, str, str]] = {
    "Hamas": ("ORG", "Q38799", "Hamas"),
    "Hisbollah": ("ORG", "Q41053", "Hezbollah"),
    "Hezbollah": ("ORG", "Q41053", "Hezbollah"),
    "Islamischer Jihad": ("ORG", "Q1124484", "Palestinian Islamic Jihad"),
    "Islamic Jihad": ("ORG", "Q1124484", "Palestinian Islamic Jihad"),
    "Israel": ("LOC", "Q801", "Israel"),
    "israelische": ("LOC", "Q801", "Israel"),
    "israelischen": ("LOC", "Q801", "Israel"),
    "Israeli": ("LOC", "Q801", "Israel"),
    "Iran": ("LOC", "Q794", "Iran"),
    "iranische": ("LOC", "Q794", "Iran"),
    "iranischen": ("LOC", "Q794", "Iran"),
    "Iranian": ("LOC", "Q794", "Iran"),
    "Tehran": ("LOC", "Q794", "Iran"),
    "Teheran": ("LOC", "Q794", "Iran"),
    "Russland": ("LOC", "Q159", "Russia"),
    "Russia": ("LOC", "Q159", "Russia"),
    "russische": ("LOC", "Q159", "Russia"),
    "russischen": ("LOC", "Q159", "Russia"),
    "Russische": ("LOC", "Q159", "Russia"),
    "Russian": ("LOC", "Q159", "Russia"),
    "Moskau": ("LOC", "Q159", "Russia"),
    "Ukraine": ("LOC", "Q212", "Ukraine"),
    "ukrainische": ("LOC", "Q212", "Ukraine"),
    "ukrainischen": ("LOC", "Q212", "Ukraine"),
    "Ukrainian": ("LOC", "Q212", "Ukraine"),
    "Kiew": ("LOC", "Q212", "Ukraine"),
    "Kyiv": ("LOC", "Q212", "Ukraine"),
    "Deutschland": ("LOC", "Q183", "Germany"),
    "Frankreich": ("LOC", "Q142", "France"),
    "France": ("LOC", "Q142", "France"),
    "Ägypten": ("LOC", "Q79", "Egypt"),
    "Egypt": ("LOC", "Q79", "Egypt"),
    "Katar": ("LOC", "Q846", "Qatar"),
    "Qatar": ("LOC", "Q846", "Qatar"),
    "USA": ("LOC", "Q30", "United States"),
    "United States": ("LOC", "Q30", "United States"),
    "Washington": ("LOC", "Q30", "United States"),
    "China": ("LOC", "Q148", "China"),
    "Türkei": ("LOC", "Q43", "Turkey"),
    "Turkey": ("LOC", "Q43", "Turkey"),
    "Syrien": ("LOC", "Q858", "Syria"),
    "Syria": ("LOC", "Q858", "Syria"),
    "Libanon": ("LOC", "Q822", "Lebanon"),
    "Lebanon": ("LOC", "Q822", "Lebanon"),
    "Jemen": ("LOC", "Q805", "Yemen"),
    "Huthi": ("ORG", "Q1520858", "Houthis"),
    "Houthis": ("ORG", "Q1520858", "Houthis"),
    "Nordkorea": ("LOC", "Q423", "North Korea"),
    "North Korea": ("LOC", "Q423", "North Korea"),
    "Südkorea": ("LOC", "Q884", "South Korea"),
    "South Korea": ("LOC", "Q884", "South Korea"),
    "Japan": ("LOC", "Q17", "Japan"),
    "EU": ("ORG", "Q458", "European Union"),
    "UN": ("ORG", "Q1065", "United Nations"),
    "Nato": ("ORG", "Q7184", "NATO"),
    "NATO": ("ORG", "Q7184", "NATO"),
    "Polen": ("LOC", "Q36", "Poland"),
    "Poland": ("LOC", "Q36", "Poland"),
    "Serbien": ("LOC", "Q403", "Serbia"),
    "Kosovo": ("LOC", "Q1246", "Kosovo"),
    "Sudan": ("LOC", "Q1049", "Sudan"),
    "RSF": ("ORG", "Q7276043", "Rapid Support Forces"),
    "Taliban": ("ORG", "Q42418", "Taliban"),
    "Pakistan": ("LOC", "Q843", "Pakistan"),
    "Indien": ("LOC", "Q668", "India"),
    "India": ("LOC", "Q668", "India"),
    "Armenien": ("LOC", "Q399", "Armenia"),
    "Aserbaidschan": ("LOC", "Q227", "Azerbaijan"),
    "Venezuela": ("LOC", "Q717", "Venezuela"),
    "Kolumbien": ("LOC", "Q739", "Colombia"),
    "Mali": ("LOC", "Q912", "Mali"),
    "Niger": ("LOC", "Q1032", "Niger"),
    "Scholz": ("PER", "Q61053", "Olaf Scholz"),
    "Macron": ("PER", "Q3052772", "Emmanuel Macron"),
    "Selenskyj": ("PER", "Q3874799", "Volodymyr Zelenskyy"),
    "Zelensky": ("PER", "Q3874799", "Volodymyr Zelenskyy"),
    "Putin": ("PER", "Q7747", "Vladimir Putin"),
    "Netanjahu": ("PER", "Q43152", "Benjamin Netanyahu"),
    "Netanyahu": ("PER", "Q43152", "Benjamin Netanyahu"),
    "Baerbock": ("PER", "Q15914", "Annalena Baerbock"),
    "Blinken": ("PER", "Q2300183", "Antony Blinken"),
    "Guterres": ("PER", "Q311440", "António Guterres"),
    "Erdogan": ("PER", "Q39259", "Recep Tayyip Erdoğan"),
    "Erdoğan": ("PER", "Q39259", "Recep Tayyip Erdoğan"),
    "Galant": ("PER", "Q2293553", "Yoav Gallant"),
    "Gallant": ("PER", "Q2293553", "Yoav Gallant"),
    "Nasrallah": ("PER", "Q193353", "Hassan Nasrallah"),
    "Biden": ("PER", "Q6279", "Joe Biden"),
    "Lawrow": ("PER", "Q173839", "Sergey Lavrov"),
    "Lavrov": ("PER", "Q173839", "Sergey Lavrov"),
    "Kim Jong Un": ("PER", "Q56226", "Kim Jong Un"),
    "Sisi": ("PER", "Q2741", "Abdel Fattah el-Sisi"),
    "Israelische": ("LOC", "Q801", "Israel"),
    "Israels": ("LOC", "Q801", "Israel"),
    "Ukrainische": ("LOC", "Q212", "Ukraine"),
    "palästinensische": ("LOC", "Q219060", "State of Palestine"),
    "palästinensischen": ("LOC", "Q219060", "State of Palestine"),
    "Palästinenser": ("LOC", "Q219060", "State of Palestine"),
    "Palestinians": ("LOC", "Q219060", "State of Palestine"),
    "Amerikaner": ("LOC", "Q30", "United States"),
    "Israelis": ("LOC", "Q801", "Israel"),
    "US": ("LOC", "Q30", "United States"),
    "Syrer": ("LOC", "Q858", "Syria"),
    "Schweden": ("LOC", "Q34", "Sweden"),
    "Ungarn": ("LOC", "Q28", "Hungary"),
    "Hungary": ("LOC", "Q28", "Hungary"),
    "chinesischen": ("LOC", "Q148", "China"),
    "Chinese": ("LOC", "Q148", "China"),
    "ägyptische": ("LOC", "Q79", "Egypt"),
    "Egyptian": ("LOC", "Q79", "Egypt"),
    "katarischen": ("LOC", "Q846", "Qatar"),
    "Qatari": ("LOC", "Q846", "Qatar"),
    "Auswärtige Amt": ("ORG", "Q685932", "Federal Foreign Office"),
    "Rote Kreuz": ("ORG", "Q71", "International Committee of the Red Cross"),
    "Finnland": ("LOC", "Q33", "Finland"),
    "Taiwan": ("LOC", "Q865", "Taiwan"),
    "Belarus": ("LOC", "Q184", "Belarus"),
    "European Union": ("ORG", "Q458", "European Union"),
    "United Nations": ("ORG", "Q1065", "United Nations"),
    "Syrians": ("LOC", "Q858", "Syria"),
    "Armenia": ("LOC", "Q399", "Armenia"),
    "Azerbaijan": ("LOC", "Q227", "Azerbaijan"),
    "Houthi": ("ORG", "Q1520858", "Houthis"),
    "Serbia": ("LOC", "Q403", "Serbia"),
    "Palestinian": ("LOC", "Q219060", "State of Palestine"),
    "Germany": ("LOC", "Q183", "Germany"),
    "Sweden": ("LOC", "Q34", "Sweden"),
    "West": ("ORG", "unlinked:west", "the West"),
    "Reuters": ("ORG", "Q130879", "Reuters"),
    "Rotes Kreuz": ("ORG", "Q71", "International Committee of the Red Cross"),
    "Roten Kreuz": ("ORG", "Q71", "International Committee of the Red Cross"),
    "Red Cross": ("ORG", "Q71", "International Committee of the Red Cross"),
}
_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(sorted((re.escape(n) for n in NAMES), key=len, reverse=True))
    + r")(s|’s|'s)?(?=\W|-|$)"
)


def mark_entities(text: str, doc_id: str) -> tuple[EntityMention, ...]:
    """Returns mentions of the names in ``NAMES`` (test stand-in for the entities stage)."""
    out = []
    for match in _PATTERN.finditer(text):
        label, kb_id, name = NAMES[match.group(1)]
        out.append(EntityMention(doc_id=doc_id, text=match.group(0), start=match.start(),
                                 end=match.end(), label=label, kb_id=kb_id, name=name))
    return tuple(out)


def real_entities_available() -> bool:
    """Whether the entities stage is installed (then tests use it)."""
    import lagebild.stages  # noqa: F401

    return "entities" in REGISTRY.names()


def analyse(pipeline: Pipeline, text: str, language: str,
            published: dt.date | None = None) -> Analysis:
    """Runs the pipeline on ``text``; without an entities stage, marks the test names first.

    The events stage runs last: when the pipeline has no entities stage, this
    runs every stage before ``events``, adds :func:`mark_entities`, then runs
    ``events`` itself.
    """
    document = make_document(text, language=language, published=published)
    if "entities" in pipeline.stage_names:
        return pipeline.run(document)
    before = Pipeline([n for n in pipeline.stage_names if n != "events"],
                      resources=pipeline.resources)
    analysis = before.run(document)
    analysis = analysis.replace(entities=mark_entities(analysis.text, document.id))
    events = REGISTRY.get("events").func(analysis, pipeline.resources)
    return events


def described_events(analysis: Analysis) -> list[tuple[str, list[str], list[str]]]:
    """The events of an analysis as sorted (type, sorted sources, sorted targets) triples."""
    return sorted((e.type, sorted(actor_name(a) for a in e.sources),
                   sorted(actor_name(a) for a in e.targets)) for e in analysis.events)
