"""How a place name is used: one decision for the entities and places stages."""

from __future__ import annotations

import pytest

from lagebild.geo.detect import LemmaSource
from lagebild.geo.lexicon import load_cues
from lagebild.geo.usage import NameKind, UseEvidence, UseReader
from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from lagebild.service import make_document


@pytest.fixture(scope="module")
def text_pipeline(resources: Resources) -> Pipeline:
    return Pipeline.through("lemmas", resources=resources)


def use_of(pipeline: Pipeline, text: str, language: str, name: str, kind: NameKind,
           genitive: bool = False) -> str:
    analysis = pipeline.run(make_document(text, language=language))
    tokens = analysis.tokens
    assert tokens is not None
    lemma_of = LemmaSource(lambda: tokens.to_array("IDX").tolist(), analysis.lemmas)
    reader = UseReader.for_document(
        analysis.text, [(s.start, s.end) for s in analysis.sentences],
        pipeline.resources.load(load_cues, language), lemma_of,
    )
    start = analysis.text.index(name)
    return reader.use(start, start + len(name), kind, genitive=genitive)


# (language, sentence, name, kind, genitive, expected use)
CASES = [
    # A: a country after a locative or directional preposition is a place
    ("de", "Bei Angriffen in der Ukraine starben drei Zivilisten.", "Ukraine", "country", False,
     "location"),
    ("de", "Die Ministerin flog nach Libanon weiter.", "Libanon", "country", False, "location"),
    ("de", "Tausende flohen aus dem Jemen über das Meer.", "Jemen", "country", False, "location"),
    ("de", "Kämpfe im Sudan haben Millionen vertrieben.", "Sudan", "country", False, "location"),
    ("de", "In Polen und Litauen wurde die Grenze dichtgemacht.", "Litauen", "country", False,
     "location"),
    ("de", "Im Norden Syriens griff die Türkei an.", "Syriens", "country", True, "location"),
    ("de", "Raketen flogen auf Israel.", "Israel", "country", False, "location"),
    ("de", "Der Transport lief über Jordanien ins Westjordanland.", "Jordanien", "country", False,
     "location"),
    ("en", "Two soldiers died in Lithuania last week.", "Lithuania", "country", False,
     "location"),
    ("en", "The envoy flew to Qatar for talks.", "Qatar", "country", False, "location"),
    ("en", "Refugees crossed into Bangladesh overnight.", "Bangladesh", "country", False,
     "location"),
    ("en", "Gains were reported in eastern Ukraine.", "Ukraine", "country", False, "location"),
    ("en", "Jordan closed its border with Syria.", "Syria", "country", False, "location"),
    # A: ... and an actor as subject, possessor, partner or recipient
    ("de", "Israel erklärte, die Einsätze gingen weiter.", "Israel", "country", False, "actor"),
    ("de", "Israels Armee rückte vor.", "Israels", "country", True, "actor"),
    ("de", "Waffenlieferungen an die Ukraine gehen weiter.", "Ukraine", "country", False,
     "actor"),
    ("de", "Die Gespräche mit Katar dauern an.", "Katar", "country", False, "actor"),
    ("de", "Die Beziehungen zu China sind schlecht.", "China", "country", False, "actor"),
    ("en", "Washington will send more weapons to Ukraine.", "Ukraine", "country", False,
     "actor"),
    ("en", "Beijing warned against interference in Taiwan.", "Taiwan", "country", False,
     "actor"),
    ("en", "The EU imposed new sanctions on Russia.", "Russia", "country", False, "actor"),
    # B: capitals and seats
    ("de", "Moskau wies die Vorwürfe zurück.", "Moskau", "capital", False, "actor"),
    ("de", "Paris und Berlin einigten sich.", "Paris", "capital", False, "actor"),
    ("de", "Paris und Berlin einigten sich.", "Berlin", "capital", False, "actor"),
    ("de", "Nun hat Peking reagiert.", "Peking", "capital", False, "actor"),
    ("de", "Die Entscheidung Moskaus überraschte.", "Moskaus", "capital", True, "actor"),
    ("de", "Moskaus Entscheidung überraschte.", "Moskaus", "capital", True, "actor"),
    ("de", "Im Zentrum Moskaus wurde protestiert.", "Moskaus", "capital", True, "location"),
    ("de", "Kiew bittet um Hilfe, Moskau droht mit Vergeltung.", "Moskau", "capital", False,
     "actor"),
    ("de", "Die Gespräche zwischen Washington und Teheran stocken.", "Teheran", "capital",
     False, "actor"),
    ("de", "Der Flug von Berlin nach Tel Aviv fiel aus.", "Berlin", "capital", False,
     "location"),
    ("de", "Kiew wurde in der Nacht angegriffen.", "Kiew", "capital", False, "location"),
    ("de", "Moskau hat mehr als zwölf Millionen Einwohner.", "Moskau", "capital", False,
     "location"),
    ("de", "Kiew – Die Armee meldete Angriffe.", "Kiew", "capital", False, "location"),
    ("de", "Die Angriffe auf Kiew dauerten an.", "Kiew", "capital", False, "location"),
    ("en", "Moscow's decision angered Ankara.", "Moscow", "capital", False, "actor"),
    ("en", "Moscow's decision angered Ankara.", "Ankara", "capital", False, "actor"),
    ("en", "Ties between Beijing and Washington improved.", "Washington", "capital", False,
     "actor"),
    ("en", "Flights between Moscow and Istanbul were halted.", "Istanbul", "capital", False,
     "location"),
    ("en", "Amman has recalled its ambassador.", "Amman", "capital", False, "actor"),
    ("en", "Officials in Amman said the border stays shut.", "Amman", "capital", False,
     "location"),
    ("en", "Kyiv has been hit by 40 drones.", "Kyiv", "capital", False, "location"),
    ("en", "Protesters gathered at Kyiv's main square.", "Kyiv", "capital", False, "location"),
    ("en", "Paris will host the Olympic Games.", "Paris", "capital", False, "location"),
    # D: a country adjective is a place only before a territory noun
    ("de", "Der Konvoi wurde auf ägyptischem Gebiet gestoppt.", "ägyptischem", "adjective",
     False, "location"),
    ("de", "Bei russischen Angriffen starben zwei Menschen.", "russischen", "adjective", False,
     "actor"),
    ("en", "The drone crashed on Egyptian territory.", "Egyptian", "adjective", False,
     "location"),
    ("en", "Polish farmers blocked the border.", "Polish", "adjective", False, "actor"),
    # E: the state acting in more verbs and clause openings
    ("de", "Madrid bleibt bei seiner Ablehnung des Plans.", "Madrid", "capital", False, "actor"),
    ("de", "Charkiw bleibt heftig umkämpft.", "Charkiw", "city", False, "location"),
    ("de", "Ankara machte Damaskus für den Anschlag verantwortlich.", "Damaskus", "capital",
     False, "actor"),
    ("de", "Die Armee meldete Gefechte; Kairo warnte vor einer Eskalation.", "Kairo", "capital",
     False, "actor"),
    ("en", "The spokesman said that Ankara would not back the plan.", "Ankara", "capital",
     False, "actor"),
    ("en", "Seoul lodged a complaint with the embassy.", "Seoul", "capital", False, "actor"),
    # ... a recipient after a verb of giving, a location after a verb of moving
    ("en", "Pyongyang denied selling shells to Moscow.", "Moscow", "capital", False, "actor"),
    ("en", "The delegation travelled to Moscow on Monday.", "Moscow", "capital", False,
     "location"),
    # ... a country qualifying a noun is the state, not the place of the preposition
    ("en", "Brussels vowed a response to the new US levies.", "US", "country", False, "actor"),
    ("en", "Carmakers moved plants to avoid US duties.", "US", "country", False, "actor"),
    ("en", "Two soldiers died in Lithuania overnight.", "Lithuania", "country", False,
     "location"),
    ("en", "Aid finally arrived in Sudan last week.", "Sudan", "country", False, "location"),
    ("en", "Fighting in Yemen has uprooted millions.", "Yemen", "country", False, "location"),
    ("en", "Voters in Malta and Cyprus go to the polls.", "Cyprus", "country", False,
     "location"),
    ("en", "Villages along the Niger flooded overnight.", "Niger", "country", False,
     "location"),
    ("en", "Rockets were fired at Israel from Lebanon.", "Lebanon", "country", False,
     "location"),
    # ... a state body named after a territory noun ("coast guard") is no territory
    ("en", "Italian coast guards rescued 40 migrants.", "Italian", "adjective", False, "actor"),
    ("en", "Greek border guards stopped the group.", "Greek", "adjective", False, "actor"),
    ("en", "The boat sank off the Libyan coast.", "Libyan", "adjective", False, "location"),
    # ... envoys from a country stand for it; refugees from it come from the place
    ("de", "Vermittler aus Ägypten legten einen neuen Plan vor.", "Ägypten", "country", False,
     "actor"),
    ("de", "Flüchtlinge aus Syrien erreichten die Grenze.", "Syrien", "country", False,
     "location"),
    # F: places that are no actors
    ("de", "Die Marine patrouillierte rund um Zypern.", "Zypern", "country", False, "location"),
    ("de", "Der Streit um Taiwan verschärfte sich.", "Taiwan", "country", False, "actor"),
    ("de", "Man fürchtet ein Übergreifen des Krieges auf Moldau.", "Moldau", "country", False,
     "location"),
    ("de", "Rebellen blockieren die Stromversorgung Khartums.", "Khartums", "capital", True,
     "location"),
    ("de", "Das Stadtzentrum Kiews wurde getroffen.", "Kiews", "capital", True, "location"),
]


@pytest.mark.parametrize(("language", "text", "name", "kind", "genitive", "expected"), CASES)
def test_use(text_pipeline: Pipeline, language: str, text: str, name: str, kind: NameKind,
             genitive: bool, expected: str) -> None:
    assert use_of(text_pipeline, text, language, name, kind, genitive) == expected


@pytest.mark.parametrize(
    ("evidence", "kind", "expected"),
    [
        (UseEvidence(), "country", "actor"),
        (UseEvidence(), "adjective", "actor"),
        (UseEvidence(), "capital", "location"),
        (UseEvidence(), "area", "location"),
        (UseEvidence(actor=True), "capital", "actor"),
        (UseEvidence(location=True, actor=True), "country", "location"),
        # A country's council is its state's body; a town's council is local.
        (UseEvidence(location=True, council=True), "country", "actor"),
        (UseEvidence(location=True, council=True), "capital", "location"),
    ],
)
def test_decision_defaults(evidence: UseEvidence, kind: NameKind, expected: str) -> None:
    assert evidence.decide(kind) == expected
