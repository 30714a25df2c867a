"""The SpkAtt speech-event tagger: labels, decoding and the packaged model."""

from __future__ import annotations

import pytest

from lagebild.quotes.tagger import (
    OUTSIDE,
    SpeechEventTagger,
    decode_roles,
    load_tagger,
    model_info,
    role_labels,
)
from lagebild.resources import Resources
from lagebild.text.lemmas import load_lemmatizer


def test_role_labels_bio_and_priority() -> None:
    labels = role_labels(
        8,
        {"Source": {0, 1}, "Message": {4, 5, 6}, "PTC": {7}, "Topic": {6}},
        cue_tokens={2, 3},
        anchor=2,
    )
    assert labels == [
        "B-Source",
        "I-Source",
        OUTSIDE,
        "Cue",
        "B-Message",
        "I-Message",
        "I-Message",
        "PTC",
    ]
    assert decode_roles(labels) == {
        "Source": [0, 1],
        "Cue": [3],
        "Message": [4, 5, 6],
        "PTC": [7],
    }


def test_role_labels_split_runs_start_again() -> None:
    labels = role_labels(5, {"Message": {0, 1, 3, 4}}, cue_tokens={2}, anchor=2)
    assert labels == ["B-Message", "I-Message", OUTSIDE, "B-Message", "I-Message"]


@pytest.fixture(scope="module")
def tagger(resources: Resources) -> SpeechEventTagger:
    loaded = resources.load(load_tagger, "de")
    assert loaded is not None, "the German speech-event model is not packaged"
    return loaded


def _tag(tagger: SpeechEventTagger, resources: Resources, sentence: str) -> list[dict[str, str]]:
    lemma = resources.load(load_lemmatizer, "de").lemma
    forms = sentence.split()
    out = []
    for event in tagger.tag(forms, [lemma(f) for f in forms]):
        described = {"Cue": " ".join(forms[i] for i in event.cue)}
        for role, indices in event.roles.items():
            described[role] = " ".join(forms[i] for i in indices)
        out.append(described)
    return out


# Sentences in the style of parliamentary speech (the training domain), with
# the cue and Source a reader would mark. The model must get most of them.
SPEECH_CASES = [
    ("Die Ministerin sagte , dass die Verhandlungen weitergehen .", "sagte", "Die Ministerin"),
    ("Wir glauben , dass dieser Weg falsch ist .", "glauben", "Wir"),
    ("Das hat der Kanzler gestern im Fernsehen gesagt .", "gesagt", "der Kanzler"),
    ("Ich frage Sie : Wo bleibt das Geld ?", "frage", "Ich"),
    ("Sie behaupten , die Zahlen seien gefälscht .", "behaupten", "Sie"),
    ("Die Opposition fordert seit Jahren ein neues Gesetz .", "fordert", "Die Opposition"),
    ("Meine Fraktion lehnt diesen Antrag ab .", "lehnt", "Meine Fraktion"),
    ("Man kann nicht oft genug betonen , wie wichtig das ist .", "betonen", "Man"),
    ("Der Kollege Müller hat vorhin darauf hingewiesen .", "hingewiesen", "Der Kollege Müller"),
    ("Ich bin davon überzeugt , dass wir das schaffen .", "überzeugt", "Ich"),
]


def test_packaged_model_finds_cue_and_source(
    tagger: SpeechEventTagger, resources: Resources
) -> None:
    right = []
    for sentence, cue, source in SPEECH_CASES:
        events = _tag(tagger, resources, sentence)
        match = next((e for e in events if cue in e["Cue"].split()), None)
        right.append(match is not None and match.get("Source") == source)
    assert sum(right) >= 8, list(zip(SPEECH_CASES, right, strict=True))


def test_separated_particle_is_ptc(tagger: SpeechEventTagger, resources: Resources) -> None:
    events = _tag(tagger, resources, "Die Regierung lehnt den Antrag der Opposition ab .")
    lehnt = next(e for e in events if "lehnt" in e["Cue"].split())
    assert lehnt.get("PTC") == "ab"


def test_no_event_without_cue(tagger: SpeechEventTagger, resources: Resources) -> None:
    assert _tag(tagger, resources, "Der Zug fährt um acht Uhr ab .") == []


def test_model_info_records_the_split() -> None:
    info = model_info("de")
    assert len(info["train_files"]) > 100
    assert len(info["dev_files"]) > 20
    assert not set(info["train_files"]) & set(info["dev_files"])
