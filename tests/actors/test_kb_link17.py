"""Coverage pass 14 (link17): Suharto, Daniel Ortega by surname, the MDC, German
spellings of al-Shabaab and the dative "Emiraten"."""

from __future__ import annotations

import pytest

from lagebild.actors.gazetteer import Gazetteer
from lagebild.actors.kb import KnowledgeBase
from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from lagebild.service import make_document
from tests.actors.test_gazetteer import matched
from tests.actors.test_kb_link9 import _entry_of, _rows

PERSONS = "persons_link17.yaml"
ORGANISATIONS = "organisations_link17.yaml"


def test_entries_of_the_pass_are_curated(kb: KnowledgeBase) -> None:
    """Each row makes (or takes over) one curated entry."""
    for name in (PERSONS, ORGANISATIONS):
        for row in _rows(name):
            assert kb.entries[_entry_of(kb, str(row["name"]))].source in ("curated", "both")


@pytest.mark.parametrize(
    ("lang", "text", "span", "name"),
    [
        ("en", "Under Suharto, the army dominated politics for decades.", "Suharto", "Suharto"),
        ("de", "Soeharto ließ sich 1968 zum Präsidenten wählen.", "Soeharto", "Suharto"),
        ("en", "The MDC boycotted the run-off.", "MDC", "Movement for Democratic Change"),
        ("de", "Die Bewegung für Demokratischen Wandel verlor die Wahl.",
         "Bewegung für Demokratischen Wandel", "Movement for Democratic Change"),
        ("de", "Kämpfer von asch-Schabab griffen einen Stützpunkt an.", "asch-Schabab",
         "Al-Shabaab"),
        ("de", "Die Gespräche mit den Emiraten stocken.", "Emiraten", "United Arab Emirates"),
        ("de", "Ortega ließ die Universität schließen.", "Ortega", "Daniel Ortega"),
    ],
)
def test_mentions(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase, lang: str, text: str,
                  span: str, name: str) -> None:
    assert matched(gazetteers[lang], text).get(span) == _entry_of(kb, name)


@pytest.fixture(scope="module")
def entity_pipeline(resources: Resources) -> Pipeline:
    return Pipeline.through("entities", resources=resources)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("de", "Unter der Regierung Ortega wurden Hunderte NGOs verboten.", "Ortega"),
        ("en", "The Ortega regime closed two more radio stations.", "Ortega"),
    ],
)
def test_government_named_by_surname(entity_pipeline: Pipeline, kb: KnowledgeBase, lang: str,
                                     text: str, span: str) -> None:
    analysis = entity_pipeline.run(make_document(text, language=lang))
    found = {e.text: e.kb_id for e in analysis.entities}
    assert found.get(span) == _entry_of(kb, "Daniel Ortega")


@pytest.mark.parametrize(
    ("lang", "text", "span", "name"),
    [
        # A government named after its head: German after the noun, English before it.
        ("de", "Die Regierung Sánchez kündigte Neuwahlen an.", "Sánchez", "Pedro Sánchez"),
        ("en", "The Sánchez government announced a snap election.", "Sánchez",
         "Pedro Sánchez"),
        ("de", "Das Kabinett Modi beschloss neue Zölle.", "Modi", "Narendra Modi"),
        # A generic title names an office holder: any open office of the surname's
        # one bearer will do, also where the surname is a German word.
        ("de", "Juntachef Traoré löste die Wahlkommission auf.", "Traoré", "Ibrahim Traoré"),
        ("en", "Junta leader Traoré dissolved the electoral commission.", "Traoré",
         "Ibrahim Traoré"),
        ("de", "Hisbollah-Chef Kassem drohte mit Vergeltung.", "Kassem", "Naim Qassem"),
        ("en", "Hezbollah chief Qassem threatened retaliation.", "Qassem", "Naim Qassem"),
        # A title before the short form of a holder whose family name comes first.
        ("en", "President Lai toured a navy base.", "Lai", "Lai Ching-te"),
        # Given names of Thai prime ministers.
        ("en", "Anutin dissolved parliament on Friday.", "Anutin", "Anutin Charnvirakul"),
        ("de", "Thaksin kehrte nach Bangkok zurück.", "Thaksin", "Thaksin Shinawatra"),
    ],
)
def test_office_holder_by_surname(entity_pipeline: Pipeline, kb: KnowledgeBase, lang: str,
                                  text: str, span: str, name: str) -> None:
    analysis = entity_pipeline.run(make_document(text, language=lang))
    found = {e.text: e.kb_id for e in analysis.entities}
    assert found.get(span) == _entry_of(kb, name)


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # No office holder has the surname: nothing is linked.
        ("de", "Die Regierung Müller trat geschlossen zurück.", "Müller"),
        ("en", "The Smith government fell in 1979.", "Smith"),
        ("de", "Der Chef Wolf kündigte Stellenabbau an.", "Wolf"),
    ],
)
def test_unknown_surname_stays_unlinked(entity_pipeline: Pipeline, lang: str, text: str,
                                        span: str) -> None:
    analysis = entity_pipeline.run(make_document(text, language=lang))
    linked = {e.text for e in analysis.entities
              if e.kb_id is not None and not e.kb_id.startswith("unlinked:")}
    assert span not in linked
