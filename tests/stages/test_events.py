"""Tests of the events stage: sentence-to-event cases, evidence, settings, the seed report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from lagebild.eval.events import actor_name, field_checks, pair_events
from lagebild.events.agents import read_agents
from lagebild.events.cameo import parse_pattern, read_cameo_dictionary
from lagebild.events.lexicon import read_lexicon
from lagebild.events.ontology import read_ontology
from lagebild.pipeline import Analysis, Pipeline
from lagebild.resources import Resources
from lagebild.settings import load_settings
from tests.conftest import REPO
from tests.stages.events_support import analyse

DATA = REPO / "tests" / "data"


def _cases(name: str) -> list[dict[str, Any]]:
    path = DATA / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


DE_CASES = _cases("events-dev-de.jsonl")
EN_CASES = _cases("events-dev-en.jsonl")
# A second German set (events-dev2-de.jsonl); a third of it, events-holdout2-de.jsonl, is
# kept out of development and only measured (`lagebild eval events --data ...`).
DE2_CASES = _cases("events-dev2-de.jsonl")
# A third English set (events-dev3-en.jsonl, sentences written for lagebild): places of acts
# on a territory, the authors of acts reacted to, readiness and purpose infinitives,
# appositions, "according to", participles standing for people or used as adjectives.
EN3_CASES = _cases("events-dev3-en.jsonl")
# A fourth English set (events-dev4-en.jsonl, sentences written for lagebild in the style
# of the PLOVER GSR): generic actors, passives, headlines, reported speech, appositions.
EN4_CASES = _cases("events-dev4-en.jsonl")


def _run(pipeline: Pipeline, case: dict[str, Any]) -> Analysis:
    return analyse(pipeline, case["text"], case["lang"], dt.date.fromisoformat(case["dct"]))


def _check_case(pipeline: Pipeline, case: dict[str, Any]) -> None:
    analysis = _run(pipeline, case)
    pairs, missed, spurious = pair_events(case["events"], list(analysis.events), analysis.text)
    described = [(e.type, e.mode, [actor_name(a) for a in e.sources],
                  [actor_name(a) for a in e.targets], e.modality) for e in analysis.events]
    assert not missed, f"missed {missed}; predicted {described}"
    assert not spurious, f"spurious {described}"
    # reported_by comes from the quotes stage (attributions) when it is installed
    skip = set() if "quotes" in pipeline.stage_names else {"reported_by"}
    for gold, event in pairs:
        checks = field_checks(gold, event, analysis.text, list(analysis.entities))
        wrong = {k: v for k, v in checks.items() if v is False and k not in skip}
        assert not wrong, f"{gold['type']}: wrong {sorted(wrong)} in {described}, gold {gold}"


def test_there_are_enough_cases() -> None:
    assert len(DE_CASES) >= 100
    assert len(EN_CASES) >= 60
    for cases in (DE_CASES, EN_CASES):
        kinds = {e["modality"] for c in cases for e in c["events"]}
        assert {"negated", "threatened", "planned", "hypothetical"} <= kinds
        assert any(len(c["events"]) == 2 for c in cases)
        assert any(not c["events"] for c in cases)
        assert any(e["reported_by"] for c in cases for e in c["events"])


# Cases that fail because of another stage, with the reason (strict: they must be
# removed from here when that stage gets them right).
OTHER_STAGE = {
    "de-dev-128": "quotes stage: no attribution for 'nach russischen Angaben'",
    "de-dev2-004": "places: 'Tel Aviv' is not resolved to a country, so no target",
    "de-dev2-010": "places: 'Charkiw' is not resolved to a country, so no target",
}
# Known gaps of the events stage itself on the second German set (docs/events.md).
KNOWN_GAPS = {
    "de-dev2-009": "a place in a locative phrase is taken as the target",
    "de-dev2-021": "'aus der Luft' does not set the aerial mode",
    "de-dev2-022": "'Ziele im Iran': a place inside the object is not the target",
    "de-dev2-023": "'die Stadt Awdijiwka': the seized place is not coded as its country",
    "de-dev2-070": "'Vergeltung für die Angriffe': the reason of a threat is coded",
    "de-dev2-115": "the genitive of an event noun subject is not its target",
    "de-dev2-130": "a bare plural object after a place name is not the target",
    "de-dev2-135": "a pronoun does not satisfy a lexicon condition ('übergab sie')",
}


# Known gaps of the English coder on the fourth English set (measured, not tuned to).
KNOWN_GAPS_EN4 = {
    "en-dev4-012": "'sent tanks': the AID reading of 'send' knows no weapon noun 'tank'",
    "en-dev4-019": "'signed a peace agreement' is coded SUPPORT (CAMEO 057), the set says AGREE",
    "en-dev4-028": "'killed by Hezbollah fire': 'fire' also yields an attack by the victims",
    "en-dev4-031": "'Al-Shabaab militants': the name before a participant noun is not the "
                   "source, and Mogadishu gives no country",
    "en-dev4-043": "'signed a fisheries agreement' is coded SUPPORT (CAMEO 057), the set says "
                   "AGREE",
    "en-dev4-044": "'approved a loan for Kenya' is coded CONCEDE (CAMEO 'approve'), not AID",
    "en-dev4-065": "places: 'Kharkiv' is not resolved to a country, so no target",
}


def _params(cases: list[dict[str, Any]]) -> list[Any]:
    reasons = {**OTHER_STAGE, **KNOWN_GAPS, **KNOWN_GAPS_EN4}
    return [pytest.param(c, id=c["id"], marks=pytest.mark.xfail(reason=reasons[c["id"]],
                                                                 strict=True))
            if c["id"] in reasons else pytest.param(c, id=c["id"]) for c in cases]


@pytest.mark.parametrize("case", _params(DE_CASES))
def test_german_sentence(pipeline: Pipeline, case: dict[str, Any]) -> None:
    _check_case(pipeline, case)


@pytest.mark.parametrize("case", _params(DE2_CASES))
def test_german_sentence_second_set(pipeline: Pipeline, case: dict[str, Any]) -> None:
    _check_case(pipeline, case)


@pytest.mark.parametrize("case", _params(EN_CASES))
def test_english_sentence(pipeline: Pipeline, case: dict[str, Any]) -> None:
    _check_case(pipeline, case)


@pytest.mark.parametrize("case", _params(EN3_CASES))
def test_english_sentence_third_set(pipeline: Pipeline, case: dict[str, Any]) -> None:
    _check_case(pipeline, case)


@pytest.mark.parametrize("case", _params(EN4_CASES))
def test_english_sentence_fourth_set(pipeline: Pipeline, case: dict[str, Any]) -> None:
    _check_case(pipeline, case)


# -- evidence ----------------------------------------------------------------------------
EVIDENCE_TEXTS = [
    ("Die Hamas feuerte am Sonntag Dutzende Raketen auf Israel ab, wobei drei Menschen "
     "getötet wurden.", "de"),
    ("Israel hat die Hisbollah nicht angegriffen, sagte ein Sprecher.", "de"),
    ("Russian forces attacked Kharkiv with glide bombs on Tuesday, killing four people.", "en"),
]


@pytest.mark.parametrize(("text", "language"), EVIDENCE_TEXTS)
def test_every_field_points_at_its_text(pipeline: Pipeline, text: str, language: str) -> None:
    analysis = analyse(pipeline, text, language, dt.date(2024, 3, 15))
    assert analysis.events
    for event in analysis.events:
        assert event.trigger is not None
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        assert event.evidence.start <= event.trigger.start < event.evidence.end
        for actor in (*event.sources, *event.targets):
            assert text[actor.start:actor.end] == actor.text
        if event.date is not None and event.date.basis == "text":
            assert event.date.start is not None and event.date.end is not None
            assert text[event.date.start:event.date.end] == event.date.text
        for quantity in event.quantities:
            assert text[quantity.start:quantity.end] == quantity.text
        for span in (event.mode_evidence, event.modality_evidence, event.trigger_particle):
            if span is not None:
                assert text[span.start:span.end] == span.text
        assert 0.0 < event.confidence < 1.0
        assert event.quad in (1, 2, 3, 4)


def test_negation_has_its_evidence(pipeline: Pipeline) -> None:
    text = "Israel hat die Hisbollah nicht angegriffen."
    (event,) = analyse(pipeline, text, "de", dt.date(2024, 3, 15)).events
    assert event.modality == "negated"
    assert event.modality_evidence is not None and event.modality_evidence.text == "nicht"


def test_separable_particle_is_evidence(pipeline: Pipeline) -> None:
    text = "Die Hamas griff am Montag Israel an."
    (event,) = analyse(pipeline, text, "de", dt.date(2024, 3, 15)).events
    assert event.trigger is not None and event.trigger.text == "griff"
    assert event.trigger_particle is not None and event.trigger_particle.text == "an"
    assert event.date is not None and event.date.value == "2024-03-11"


def test_document_date_is_flagged(pipeline: Pipeline) -> None:
    text = "Die Hamas griff Israel an."
    (event,) = analyse(pipeline, text, "de", dt.date(2024, 3, 15)).events
    assert event.date is not None
    assert event.date.basis == "document" and event.date.value == "2024-03-15"
    assert event.date.start is None


def test_no_date_without_publication_date(pipeline: Pipeline) -> None:
    (event,) = analyse(pipeline, "Die Hamas griff Israel an.", "de").events
    assert event.date is None or event.date.basis == "text"


def test_casualties_of_a_consequence_clause_attach_once(pipeline: Pipeline) -> None:
    text = ("Die Hisbollah beschoss am Montag Metula und griff Kirjat Schmona an, wobei "
            "mindestens fünf Menschen getötet und zwölf verletzt wurden.")
    events = analyse(pipeline, text, "de", dt.date(2024, 3, 15)).events
    counted = [q for e in events for q in e.quantities if q.category in ("killed", "injured")]
    assert sorted(q.category for q in counted) == ["injured", "killed"]
    assert all(e.type == "ASSAULT" for e in events)


def test_byline_names_are_never_actors(pipeline: Pipeline) -> None:
    text = ("Die Hamas griff am Montag Israel an. Anna Weber und Paul Krüger haben zu diesem "
            "Bericht beigetragen.")
    analysis = analyse(pipeline, text, "de", dt.date(2024, 3, 15))
    byline = text.index("Anna")
    assert all(e.evidence.end <= byline for e in analysis.events)
    assert all(a.start < byline for e in analysis.events for a in (*e.sources, *e.targets))


def test_support_relation_is_not_an_event(pipeline: Pipeline) -> None:
    text = "Israel kämpft gegen Milizen, die vom Iran unterstützt werden."
    events = analyse(pipeline, text, "de", dt.date(2024, 3, 15)).events
    assert not [e for e in events if e.type == "SUPPORT"]


# -- generic agents ------------------------------------------------------------------------
AGENT_CASES = [
    ("Die Polizei nahm am Samstag 20 Demonstranten fest.", "de", "COERCE",
     ("Polizei", "---COP", "Polizei"), ("Demonstranten", "---OPP", "Demonstranten")),
    ("Sicherheitskräfte lösten die Kundgebung gewaltsam auf.", "de", "COERCE",
     ("Sicherheitskräfte", "---COP", "Sicherheitskräfte"), None),
    ("Rebellen griffen am Montag einen Armeeposten an.", "de", "ASSAULT",
     ("Rebellen", "---REB", "Rebellen"), None),
    ("Police arrested dozens of protesters in the capital on Monday.", "en", "COERCE",
     ("police", "---COP", "Police"), ("protester", "---OPP", "protesters")),
    ("A human rights group accused the army of torture.", "en", "ACCUSE",
     ("human rights group", "---HRI", "human rights group"), ("army", "---MIL", "army")),
]


@pytest.mark.parametrize(("text", "language", "event_type", "source", "target"), AGENT_CASES)
def test_generic_agents_fill_their_slot(
    pipeline: Pipeline, text: str, language: str, event_type: str,
    source: tuple[str, str, str], target: tuple[str, str, str] | None,
) -> None:
    events = [e for e in analyse(pipeline, text, language, dt.date(2024, 3, 15)).events
              if e.type == event_type]
    assert len(events) == 1
    (event,) = events
    (actor,) = event.sources
    assert (actor.name, actor.code, actor.text, actor.kb_id) == (*source, None)
    assert text[actor.start:actor.end] == actor.text
    if target is not None:
        (other,) = event.targets
        assert (other.name, other.code, other.text, other.kb_id) == (*target, None)


@pytest.mark.parametrize(("text", "language"), [
    ("Die Kundgebung wurde am Montag aufgelöst.", "de"),
    ("Die Stadt wurde angegriffen, in der Gegend sind Rebellen aktiv.", "de"),
    ("The town was attacked on Monday, in an area where rebels are active.", "en"),
])
def test_agents_are_never_invented(pipeline: Pipeline, text: str, language: str) -> None:
    events = analyse(pipeline, text, language, dt.date(2024, 3, 15)).events
    assert events
    assert all(not e.sources for e in events)


def test_agent_lexicons() -> None:
    english, german = read_agents("en"), read_agents("de")
    assert len(english.by_last) > 1_000
    police = english.ending_at(["police"], ["police"], 0, 0)
    assert police is not None and police.agent.actor_code == "---COP"
    group = english.ending_at(["a", "human", "right", "group"],
                              ["a", "human", "rights", "group"], 3, 0)
    assert group is not None and group.first == 1 and group.agent.code == "HRI"
    compound = german.word("bereitschaftspolizei")
    assert compound is not None and compound.code == "COP"
    assert german.word("vogelbauer") is None or german.word("vogelbauer").code == "AGR"
    assert english.word("town") is None  # a place, not an actor


# -- document-level reference ---------------------------------------------------------------
def _sources(pipeline: Pipeline, text: str, language: str = "de") -> list[list[str]]:
    events = analyse(pipeline, text, language, dt.date(2024, 3, 15)).events
    return [[a.name for a in e.sources] for e in events if e.type == "ASSAULT"]


def test_pronoun_refers_to_previous_subject(pipeline: Pipeline) -> None:
    text = ("Die Hamas bekannte sich zu dem Anschlag. Sie hatte am Mittwoch Raketen auf Israel "
            "abgefeuert.")
    events = analyse(pipeline, text, "de", dt.date(2024, 3, 15)).events
    (event,) = [e for e in events if e.type == "ASSAULT"]
    (actor,) = event.sources
    assert actor.name == "Hamas" and text[actor.start:actor.end] == "Hamas"
    assert actor.start < text.index("Sie")  # the evidence is the antecedent
    direct = analyse(pipeline, "Die Hamas hatte am Mittwoch Raketen auf Israel abgefeuert.",
                     "de", dt.date(2024, 3, 15)).events[0]
    assert event.confidence < direct.confidence


@pytest.mark.parametrize(("text", "expected"), [
    # "sie" does not agree with "der Iran"
    ("Der Iran kritisierte den Anschlag. Sie feuerten Raketen auf Israel ab.", [[]]),
    # only the previous sentence is looked at
    ("Die Hamas bekannte sich zu dem Anschlag. Der Bericht erschien am Montag. Sie feuerte "
     "Raketen auf Israel ab.", [[]]),
    # a definite description fits a group
    ("Die Huthi-Miliz hat ein Schiff attackiert. Die Gruppe feuerte zwei Raketen auf den "
     "Frachter ab.", [["Houthis"], ["Houthis"]]),
    # "das Land" needs a country, and the Hamas is none
    ("Die Hamas bekannte sich zu dem Anschlag. Das Land feuerte Raketen auf Israel ab.",
     [[]]),
    # coordinated subjects are plural
    ("Die Hamas und der Islamische Dschihad bekannten sich zu dem Anschlag. Sie hatten "
     "Raketen auf Israel abgefeuert.", [["Hamas", "Palestinian Islamic Jihad"]]),
])
def test_reference_only_when_it_agrees(pipeline: Pipeline, text: str,
                                       expected: list[list[str]]) -> None:
    assert _sources(pipeline, text) == expected


def test_pronoun_after_reporting_verb(pipeline: Pipeline) -> None:
    assert _sources(pipeline, "Iraq said it had attacked Kuwaiti border posts.", "en") == [
        ["Iraq"]]


# -- German: one event per reported act (long news sentences) -----------------------------
# Each sentence names one act, or none, plus material that must not become an event of its
# own: the background, a repeated mention, what is demanded, refused or discussed.
ONE_ACT_CASES = [
    # a claim of responsibility codes the attack the noun describes, with the claimant
    ("Der IS bekannte sich zu dem Anschlag auf ein Konzert in Moskau.",
     [("ASSAULT", ["Islamic State"])]),
    # ... but a bare noun points to an attack reported elsewhere (CAMEO 015, a statement)
    ("Die Miliz bekannte sich zu dem Angriff.", []),
    # a relative clause on an event noun tells more about the same attack
    ("Russland überzog die Ukraine mit Drohnenangriffen, die mehrere Kraftwerke beschädigten.",
     [("ASSAULT", ["Russia"])]),
    # ... unless the event is coded nowhere else (the source of an object relative clause
    # is a known gap: None leaves it unchecked)
    ("Die Angriffe, die Russland am Montag auf Kiew verübte, forderten zwölf Tote.",
     [("ASSAULT", None)]),
    # a coordinated casualty verb counts the victims of the same attack
    ("Ein Angreifer schoss in einem Einkaufszentrum um sich und tötete drei Menschen.",
     [("ASSAULT", ["unlinked"])]),
    ("Die Streitkräfte eröffneten das Feuer auf eine Menschenmenge, die sich vor dem Palast "
     "versammelt hatte, und töteten mindestens acht Menschen.", [("ASSAULT", ["unlinked"])]),
    # "X zufolge" attributes, it is no subject; two adjacent names are two phrases
    ("Augenzeugen zufolge beschossen Soldaten das Dorf.", [("ASSAULT", ["unlinked"])]),
    ("Am Montag griff die Hamas Israel an.", [("ASSAULT", ["Hamas"])]),
    # topics of talks, what is refused, demanded or prevented are no events
    ("Die Außenminister der G7 berieten in Rom über eine Waffenruhe und die Freilassung der "
     "Gefangenen.", [("CONSULT", ["G7"])]),
    ("Moskau schloss Gespräche mit Kiew aus.", [("REJECT", ["Russia"])]),
    ("Die USA drängen Israel, vor einer Bodenoffensive einen Plan zum Schutz der Zivilisten "
     "vorzulegen.", [("REQUEST", ["United States"])]),
    ("Die Polizei hinderte Demonstranten daran, das Parlament zu stürmen.",
     [("COERCE", ["unlinked"])]),
    # the terms of a promise are part of it
    ("Die Miliz sagte zu, die Geiseln freizulassen, wenn die Regierung Gefangene entlässt.",
     [("CONCEDE", ["unlinked"])]),
    # an attributive participle and a time phrase name no new attack
    ("Helfer brachten Verletzte aus der belagerten Stadt.", []),
    ("Die Zahl der bei israelischen Angriffen getöteten Palästinenser stieg auf über 30.000.",
     []),
    # what an accusation alleges is not asserted
    ("Die Regierung warf der Opposition vor, die Proteste angezettelt zu haben.",
     [("ACCUSE", ["unlinked"])]),
    ("Die Regierung verhängte nach dem Anschlag eine Ausgangssperre.", [("COERCE", ["unlinked"])]),
    # a topic is tackled, not attacked; unattributed violence during protests is a riot
    ("Die Opposition will das Thema Rente im Wahlkampf angreifen.", []),
    ("Bei Protesten gegen die Regierung wurden mehrere Polizeiwachen gestürmt.",
     [("PROTEST", [])]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_ACT_CASES)
def test_german_one_event_per_act(pipeline: Pipeline, text: str,
                                  expected: list[tuple[str, list[str] | None]]) -> None:
    events = analyse(pipeline, text, "de", dt.date(2024, 3, 15)).events
    assert [(e.type, None if sources is None else [actor_name(a) for a in e.sources])
            for e, (_, sources) in zip(events, expected, strict=False)] == expected
    assert len(events) == len(expected)


# -- settings and resources ---------------------------------------------------------------
def test_release_can_be_coded_as_retreat() -> None:
    settings = load_settings().with_overrides({"events": {"release_as": "RETREAT"}})
    pipeline = Pipeline(resources=Resources(settings))
    text = "Die Hamas ließ am Freitag 13 Geiseln frei."
    (event,) = analyse(pipeline, text, "de", dt.date(2024, 3, 15)).events
    assert (event.type, event.mode) == ("RETREAT", "release")


def test_release_setting_is_checked() -> None:
    with pytest.raises(Exception, match="release_as"):
        read_ontology("FREE")


def test_ontology_maps_cameo_codes() -> None:
    ontology = read_ontology("CONCEDE")
    assert ontology.from_cameo("1831").type == "ASSAULT"  # type: ignore[union-attr]
    assert ontology.from_cameo("0841").type == "CONCEDE"  # type: ignore[union-attr]
    assert read_ontology("RETREAT").from_cameo("0841").type == "RETREAT"  # type: ignore[union-attr]
    assert ontology.from_cameo("010").type is None  # type: ignore[union-attr]  # statement
    assert ontology.from_cameo("195").mode == "aerial"  # type: ignore[union-attr]
    assert ontology.from_cameo("0253").type == "REQUEST"  # type: ignore[union-attr]
    assert ontology.quad("SANCTION") == 3 and ontology.quad("ASSAULT") == 4


@pytest.mark.parametrize("language", ["de", "en"])
def test_lexicon_entries_use_plover_types_and_modes(language: str) -> None:
    ontology = read_ontology()
    lexicon = read_lexicon(language)
    entries = [e for group in (*lexicon.verbs.values(), *lexicon.nouns.values()) for e in group]
    assert len(entries) > 80
    for entry in entries:
        if entry.type == "NONE":
            continue
        assert entry.type in ontology.types, entry
        assert entry.mode is None or entry.mode in ontology.types[entry.type].modes, entry
    for cues in lexicon.cues.values():
        for cue in cues:
            assert cue.mode in ontology.types[cue.type].modes, cue


def test_cameo_dictionary_is_complete() -> None:
    dictionary = read_cameo_dictionary()
    assert sum(len(p) for p in dictionary.patterns.values()) > 11_000
    assert len(dictionary.verbs) > 1_500
    assert dictionary.lookup("attack", "attacked")[0].code == "190"


def test_cameo_pattern_matching() -> None:
    dictionary = read_cameo_dictionary()
    pattern = parse_pattern("196", "* &CEASEFIRE")
    assert pattern is not None and pattern.words == 1
    dictionary.patterns["TEST"] = [pattern]
    verb = dictionary.verbs["abandon"][0]
    verb = type(verb)(verb.lemma, "TEST", verb.code)
    words = ["rebels", "abandoned", "the", "truce"]
    match = dictionary.match(verb, words, words, list(range(4)), 1)
    assert match is not None and match.code == "196"
    words = ["rebels", "abandoned", "the", "talks"]
    match = dictionary.match(verb, words, words, list(range(4)), 1)
    assert match is not None and match.pattern is None and match.code == verb.code


def test_cameo_candidates_are_the_patterns_whose_words_a_clause_has() -> None:
    # the per-block index may only leave out patterns that cannot match the clause
    dictionary = read_cameo_dictionary()
    for words in (["rebels", "abandoned", "the", "truce"],
                  ["washington", "cut", "military", "aid", "to", "kyiv"],
                  ["police", "fired", "tear", "gas", "at", "protesters"]):
        keys = frozenset(words)
        read = 0
        for block, patterns in dictionary.patterns.items():
            possible = [p for p in patterns
                        if all(need & keys for need in dictionary._requirements(p))]
            candidates = dictionary._candidates(block, keys)
            assert [p for p in candidates if p in possible] == possible, block
            read += len(candidates)
        assert read < sum(len(p) for p in dictionary.patterns.values()) / 4


def _cut(dictionary: Any, pattern_text: str) -> Any:
    pattern = parse_pattern("162", pattern_text)
    assert pattern is not None
    dictionary.patterns["TEST"] = [pattern]
    verb = dictionary.verbs["cut"][0]
    return type(verb)(verb.lemma, "TEST", "160")


@pytest.mark.parametrize(("words", "phrases", "target"), [
    # "+" binds the noun phrase after "to", skipping the object "all aid"
    ("washington cut all aid to the rebels", [(0, 0), (2, 3), (5, 6)], (5, 6)),
    # a word may be inside a noun phrase ("military aid")
    ("washington cut military aid to kyiv", [(0, 0), (2, 3), (5, 5)], (5, 5)),
])
def test_cameo_slots_bind_noun_phrases(words: str, phrases: list[tuple[int, int]],
                                       target: tuple[int, int]) -> None:
    dictionary = read_cameo_dictionary()
    verb = _cut(dictionary, "$ * AID TO +")
    tokens = words.split()
    match = dictionary.match(verb, tokens, tokens, list(range(len(tokens))), 1, phrases)
    assert match is not None and match.code == "162"
    assert match.target == target and match.source == (0, 0)


def test_cameo_slots_are_required() -> None:
    dictionary = read_cameo_dictionary()
    verb = _cut(dictionary, "* AID TO +")
    tokens = ["washington", "cut", "aid", "to", "stop", "the", "war"]
    # "to" is followed by a verb, not a noun phrase: the pattern does not match
    match = dictionary.match(verb, tokens, tokens, list(range(len(tokens))), 1,
                             [(0, 0), (2, 2), (5, 6)])
    assert match is not None and match.pattern is None and match.code == "160"


@pytest.mark.parametrize(("word", "token", "matches"), [
    ("accus", "accusations", True),  # a TABARI stem continued by a suffix
    ("accus", "accustomed", False),  # not an English suffix
    ("troops", "troop", True),  # the pattern's plural, the text's singular
    ("in_", "inside", False),  # exact words do not extend
    ("war", "warning", False),  # short words are not stems
    ("&CEASEFIRE", "truces", True),  # a member of a synonym set
    ("&CEASEFIRE", "trucks", False),
])
def test_cameo_word_matching(word: str, token: str, matches: bool) -> None:
    dictionary = read_cameo_dictionary()
    pattern = parse_pattern("111", f"* {word}")
    assert pattern is not None
    dictionary.patterns["TEST"] = [pattern]
    verb = type(dictionary.verbs["cut"][0])("cut", "TEST", "160")
    tokens = ["they", "cut", token]
    lemmas = ["they", "cut", token[:-1] if token.endswith("s") else token]
    match = dictionary.match(verb, tokens, lemmas, [0, 1, 2], 1)
    assert match is not None and (match.pattern is not None) == matches


# -- the seed report ------------------------------------------------------------------------
def _seed_events(pipeline: Pipeline, seed_text: str) -> tuple[str, Analysis]:
    return seed_text, analyse(pipeline, seed_text, "de")


def _names(actors: list[Any]) -> set[str]:
    return {a.name for a in actors}


SEED_CHECKS = [
    "consult",
    "agree",
    "rocket_attack",
    "threat",
    "anti_tank",
    "air_strikes",
    "tuesday_attack",
    "tuesday_attack_reported",
    "release",
    "no_byline_event",
    "support_is_relation",
]


@pytest.mark.shared
@pytest.mark.parametrize("check", SEED_CHECKS)
def test_seed_acceptance(pipeline: Pipeline, seed_text: str, check: str) -> None:
    text, analysis = _seed_events(pipeline, seed_text)
    events = list(analysis.events)

    def find(event_type: str, source: str | None = None) -> list[Any]:
        return [e for e in events if e.type == event_type
                and (source is None or source in _names(e.sources))]

    if check == "consult":
        assert any({"Hamas", "Hezbollah", "Palestinian Islamic Jihad"} <= _names(e.sources)
                   and e.date is not None and e.date.value == "2023-10-25"
                   for e in find("CONSULT"))
    elif check == "agree":
        agree = find("AGREE")
        assert agree and any("vereinbart" in e.trigger.text for e in agree)
    elif check == "rocket_attack":
        assert any("Israel" in _names(e.targets) and e.mode == "heavy-weapons" and any(
            q.category == "killed" and (q.low or 0) >= 1400 for q in e.quantities)
            for e in find("ASSAULT", "Hamas"))
    elif check == "threat":
        assert any("Israel" in _names(e.targets) and e.modality == "threatened"
                   for e in find("THREATEN", "Hezbollah"))
    elif check == "anti_tank":
        assert any("Israel" in _names(e.targets) and e.mode == "heavy-weapons"
                   and e.mode_evidence is not None
                   and "Panzerabwehrraketen" in e.mode_evidence.text
                   for e in find("ASSAULT", "Hezbollah"))
    elif check == "air_strikes":
        assert any("Hamas" in _names(e.targets) and e.mode == "aerial"
                   and e.location is not None and "Gaza" in e.location.name
                   for e in find("ASSAULT", "Israel"))
    elif check in ("tuesday_attack", "tuesday_attack_reported"):
        tuesday = [e for e in find("ASSAULT", "Hamas")
                   if e.date is not None and e.date.value == "2023-10-24"]
        # The sentence names no target: lagebild does not take "Israel" from other
        # sentences, so the target is empty or Israel, never anything else.
        assert tuesday and all(_names(e.targets) <= {"Israel"} for e in tuesday)
        if check == "tuesday_attack_reported":
            assert any(e.reported_by is not None and "Jerusalem Post" in e.reported_by.text
                       for e in tuesday)
    elif check == "release":
        assert any(e.mode == "release" and any(
            q.category == "released" and q.value == 4 for q in e.quantities)
            for e in find("CONCEDE", "Hamas"))
    elif check == "no_byline_event":
        byline = text.index("Anders Hagstrom")
        assert all(e.evidence.end <= byline for e in events)
    elif check == "support_is_relation":
        assert not [e for e in find("SUPPORT", "Iran") if e.date and e.date.basis == "text"]
        assert not find("SUPPORT")


def test_stage_is_last_in_the_default_pipeline() -> None:
    stages = load_settings().get("pipeline", "stages")
    assert stages[-1] == "events"


def test_events_survive_the_public_record(pipeline: Pipeline) -> None:
    analysis = analyse(pipeline, "Die Hamas griff am Montag Israel an.", "de",
                       dt.date(2024, 3, 15))
    result = analysis.to_result()
    again = type(result).model_validate_json(result.model_dump_json())
    assert again.events == result.events
    assert Path  # keep the import used by type checkers of the test module


# German constructions of meetings, agreements, threats and concessions (sentences written
# for these tests): (sentence, expected events as (type, sorted source names) or
# (type, sorted sources, sorted targets, modality); None for a field = not checked). Only
# the five types of issue 6 (and REJECT for refused meetings) are compared.
GERMAN_FIVE = ("ASSAULT", "CONSULT", "THREATEN", "CONCEDE", "AGREE", "REJECT")
GERMAN_CONSTRUCTIONS: list[tuple[str, list[tuple[Any, ...]]]] = [
    # a meeting of one plural group of people; a gathering of protesters is none
    ("Die Innenminister der Länder berieten am Freitag über die Abschiebung von Straftätern.",
     [("CONSULT", ["unlinked"])]),
    ("Die Demonstranten trafen sich am Bahnhof.", []),
    ("Der Innenminister beriet am Freitag über Abschiebungen.", []),
    # an inflected compound the lemmatizer does not know
    ("China und Indien nahmen ihre Grenzgespräche wieder auf.",
     [("CONSULT", ["China", "India"])]),
    # the meeting noun's other party is the clause subject
    ("Nach einem Telefonat mit Präsident Erdogan sagte der griechische Regierungschef, die "
     "Lage sei ruhig.", [("CONSULT", ["Greece", "Recep Tayyip Erdoğan"])]),
    ("Trump sagte, er habe mit Putin telefoniert.",
     [("CONSULT", ["Donald Trump", "Vladimir Putin"])]),
    # a passive reception: the visitor is the subject, the host comes with "von"
    ("Selenskyj wurde am Montag von Trump empfangen.",
     [("CONSULT", ["Volodymyr Zelenskyy"], ["Donald Trump"], "asserted")]),
    # a date takes no "von" phrase: the agent of the passive stays the source
    ("Israel wurde am Montag von der Hamas angegriffen.",
     [("ASSAULT", ["Hamas"], ["Israel"], "asserted")]),
    ("In der Nacht von Samstag auf Sonntag griff Russland Kiew an.",
     [("ASSAULT", ["Russia"], ["Ukraine"], "asserted")]),
    # ... and neither does a place: "in Gaza von der Hamas" names where and by whom
    ("Soldaten wurden in Gaza von der Hamas angegriffen.",
     [("ASSAULT", ["Hamas"], ["unlinked"], "asserted")]),
    ("Der Bürgermeister von Kiew wurde von Russland bedroht.",
     [("THREATEN", ["Russia"], ["unlinked"], "threatened")]),
    ("Selenskyj wurde am Montag im Weißen Haus von Trump empfangen.",
     [("CONSULT", ["Volodymyr Zelenskyy"], ["Donald Trump"], "asserted")]),
    # mediation: one meeting with the mediator among its parties
    ("Israel und die Hamas verhandelten unter Vermittlung Katars über eine Waffenruhe.",
     [("CONSULT", ["Hamas", "Israel", "Qatar"])]),
    ("Die Vermittlung Katars gilt als schwierig.", []),
    # a relative clause with a light verb names the actor of its event noun
    ("Die Gespräche, die Israel und die Hamas in Kairo führten, blieben ohne Ergebnis.",
     [("CONSULT", ["Hamas", "Israel"])]),
    ("Die Angriffe, die Russland in der Nacht verübte, forderten zwölf Tote.",
     [("ASSAULT", ["Russia"])]),
    # the genitive of an attack noun is its actor
    ("Die Angriffe der Siedler auf palästinensische Dörfer nehmen zu.",
     [("ASSAULT", ["unlinked"])]),
    ("Unterhändler aus Ägypten und Katar haben in Kairo über eine Waffenruhe verhandelt.",
     [("CONSULT", None)]),
    # agreements: passive with "zwischen"; no actor at all is an opinion
    ("Eine Waffenruhe wurde zwischen Israel und der Hisbollah vereinbart.",
     [("AGREE", ["Hezbollah", "Israel"])]),
    ("Die Mehrheit der Befragten stimmte der Aussage zu.", []),
    ("Die Waffen sollen nächste Woche geliefert werden.", []),
    # concessions
    ("Die Regierung gab den Forderungen der Lehrer nach.", [("CONCEDE", ["unlinked"])]),
    ("Die Regierung nahm das umstrittene Gesetz nach Massenprotesten zurück.",
     [("CONCEDE", ["unlinked"])]),
    # threats, and what only looks like one
    ("Als Reaktion auf den Angriff kündigte Israel Vergeltung an.",
     [("THREATEN", ["Israel"])]),
    ("China kündigte Gegenmaßnahmen an.", [("THREATEN", ["China"])]),
    ("Die Drohungen Pjöngjangs werden ernst genommen.",
     [("THREATEN", ["North Korea"], [], "threatened")]),
    ("Tausenden Menschen droht der Verlust ihrer Wohnungen.", []),
    ("Der Stürmer griff in der zweiten Halbzeit über links an.", []),
    # a refused meeting targets the partner
    ("Die Ukraine will nicht mit Russland verhandeln.",
     [("REJECT", ["Ukraine"], ["Russia"], "asserted")]),
    # (branch evde5) the infinitive "einigen" is a verb, the determiner "einigen" is not
    ("Frankreich und Spanien konnten sich nicht auf einen gemeinsamen Kandidaten einigen.",
     [("AGREE", ["France", "Spain"], [], "negated")]),
    ("Polen und Litauen wollen sich bis Herbst auf eine gemeinsame Grenzsicherung einigen.",
     [("AGREE", ["Lithuania", "Poland"], None, "planned")]),
    ("In einigen Ländern haben sich die Preise verdoppelt.", []),
    ("Darauf haben sich Indien und China verständigt.", [("AGREE", ["China", "India"])]),
    # agreements in force are no agreement reached; a recent one is
    ("Das Abkommen von 2019 regelt den Fischfang in der Region.", []),
    ("Das Handelsabkommen zwischen Japan und Indien ist seit 2011 in Kraft.", []),
    ("Die Einigung zwischen Japan und Indien vom Montag wurde in Tokio begrüßt.",
     [("AGREE", ["India", "Japan"])]),
    ("Die Gespräche über ein Abkommen gehen nächste Woche weiter.", []),
    ("Trotz der Vereinbarung zwischen Armenien und Aserbaidschan bleibt die Lage angespannt.",
     []),
    ("Eine Einigung zwischen Kiew und Moskau scheint in weiter Ferne.", []),
    ("Ziel sei eine Einigung bis Jahresende, sagte der Vermittler.", []),
    # agreeing with a view or in a survey is no AGREE; agreeing to a release concedes
    ("Der Sprecher stimmte der Darstellung des Ministers zu.", []),
    ("Laut einer Umfrage stimmt die Mehrheit der Franzosen der Reform zu.", []),
    ("Die Türkei stimmte dem Beitritt Schwedens zur Nato zu.", [("AGREE", ["Turkey"])]),
    ("Die Regierung stimmte der Freilassung von 40 Häftlingen zu.", [("CONCEDE", ["unlinked"])]),
    ("Serbien und Kosovo einigten sich darauf, die Grenzübergänge zu öffnen.",
     [("AGREE", ["Kosovo", "Serbia"])]),
    # warnings of consequences: of something (no threat), to someone (a threat)
    ("Forscher warnen vor den Folgen der Überfischung.", []),
    ("Moskau warnte Berlin vor den Folgen einer Lieferung von Marschflugkörpern.",
     [("THREATEN", ["Russia"], ["Germany"], "threatened")]),
    # announced attacks, and measures announced for when a condition is met, are threats
    ("Die Miliz kündigte an, die Hauptstadt anzugreifen.", [("THREATEN", ["unlinked"])]),
    ("Die USA kündigten an, Brasilien mit Strafzöllen zu belegen, falls das Land seine Politik "
     "nicht ändere.", [("THREATEN", ["United States"])]),
    # long sentences: the relative pronoun after "Regierung in X", a conjunct after reported
    # speech, a reporting threat verb after a conditional
    ("Die Regierung in Ankara, die wiederholt mit einer Offensive gedroht hatte, zog ihre "
     "Truppen ab.", [("THREATEN", ["Turkey"])]),
    ("Der Präsident sagte, die Lage sei ernst, und drohte den Rebellen mit einer Offensive.",
     [("THREATEN", ["unlinked"], ["unlinked"], "threatened")]),
    ("Sollte Aserbaidschan die Grenze verletzen, werde man antworten, drohte der Armeechef.",
     [("THREATEN", ["unlinked"])]),
    # a threat as the means of a demand
    ("Mit einem Ultimatum an Belgrad verlangte die EU die Auslieferung der Verdächtigen.",
     [("THREATEN", ["European Union"])]),
]


# Known misses, by the case's first 40 characters.
GERMAN_CONSTRUCTION_GAPS = {
    "Selenskyj wurde am Montag im Weißen Haus": "a passive reception with a place phrase before "
    "'von' ('im Weißen Haus von Trump') codes no event; it passed only while the entities stage "
    "made 'Weißen Haus' an organisation",
}


@pytest.mark.parametrize("text,expected", GERMAN_CONSTRUCTIONS,
                         ids=[t[:40] for t, _ in GERMAN_CONSTRUCTIONS])
def test_german_constructions(pipeline: Pipeline, text: str, expected: list[tuple[Any, ...]],
                              request: pytest.FixtureRequest) -> None:
    gap = GERMAN_CONSTRUCTION_GAPS.get(text[:40])
    if gap:
        request.applymarker(pytest.mark.xfail(strict=True, reason=gap))
    analysis = analyse(pipeline, text, "de", dt.date(2025, 6, 20))
    found = [e for e in analysis.events if e.type in GERMAN_FIVE]
    described = [(e.type, sorted(actor_name(a) for a in e.sources),
                  sorted(actor_name(a) for a in e.targets), e.modality) for e in found]
    assert sorted(e.type for e in found) == sorted(x[0] for x in expected), described
    for want in expected:
        candidates = [d for d in described if d[0] == want[0]]
        assert any(all(w is None or w == got for w, got in zip(want[1:], d[1:], strict=False))
                   for d in candidates), f"{want} not in {described}"
