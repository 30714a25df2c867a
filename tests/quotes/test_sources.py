"""Candidate phrases, extension steps and the packaged role choosers (Source, Addr)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from lagebild.quotes.choice import ChoiceModel
from lagebild.quotes.lexicon import QuoteWords, load_cue_lexicon, load_quote_words
from lagebild.quotes.sources import (
    ARTICLE,
    NOUN,
    POSSESSIVE,
    PRONOUN,
    STEP_MODEL,
    RoleChooser,
    Sentence,
    SourceWords,
    cue_view,
    doc_instances,
    load_source_words,
)
from lagebild.quotes.spkatt import SpeechDoc, SpeechEvent
from lagebild.quotes.tagger import SpeechEventTagger, load_tagger, model_dir
from lagebild.resources import Resources
from lagebild.text.lemmas import load_lemmatizer


@pytest.fixture(scope="module")
def source_words(resources: Resources) -> SourceWords:
    words = resources.load(load_source_words, "de")
    assert words is not None, "de/source_words.yaml is not packaged"
    return words


def _sentence(resources: Resources, words: SourceWords, text: str) -> Sentence:
    lemma = resources.load(load_lemmatizer, "de").lemma
    quote_words: QuoteWords = resources.load(load_quote_words, "de")
    lexicon = resources.load(load_cue_lexicon, "de")
    from lagebild.quotes.features import describe

    forms = text.split()
    infos = describe(forms, [lemma(f) for f in forms], lexicon, quote_words)
    return Sentence(forms, infos, words, quote_words)


def _phrases(sentence: Sentence) -> set[tuple[str, str]]:
    return {(" ".join(sentence.forms[p.start : p.end]), p.kind) for p in sentence.phrases}


PHRASE_CASES = [
    (
        "Der Kollege Dr. Müller hat das gesagt .",
        {("Der Kollege Dr. Müller", NOUN), ("das", ARTICLE)},
        set(),
    ),
    (
        "In Ihrem Antrag fordern Sie mehr Geld .",
        {("Ihrem Antrag", NOUN), ("Ihrem", POSSESSIVE), ("Sie", PRONOUN)},
        set(),
    ),
    # A capitalised adverb at the start of a sentence is no noun.
    (
        "Stattdessen will die Bundesregierung verhandeln .",
        {("die Bundesregierung", NOUN)},
        {"Stattdessen"},
    ),
    ("Von Ihnen wurde das beschlossen .", {("Ihnen", PRONOUN)}, set()),
    ("Nationale Gerichte werden das klären .", {("Nationale Gerichte", NOUN)}, set()),
    (
        "Das sehen auch immer mehr Menschen in Europa so .",
        {("Menschen", NOUN), ("Europa", NOUN)},
        set(),
    ),
    ("Mir ist klar , dass wer fordert , zahlt .", {("Mir", PRONOUN), ("wer", PRONOUN)}, set()),
]


@pytest.mark.parametrize(("text", "expected", "absent"), PHRASE_CASES)
def test_candidate_phrases(
    resources: Resources,
    source_words: SourceWords,
    text: str,
    expected: set[tuple[str, str]],
    absent: set[str],
) -> None:
    found = _phrases(_sentence(resources, source_words, text))
    assert expected <= found
    assert not {phrase for phrase, _ in found} & absent


STEP_CASES = [
    # (sentence, core phrase, cue word, steps to the right as "kind:added words")
    (
        "Der Leiter des Amtes , der das weiß , sagte es .",
        "Der Leiter",
        "sagte",
        ["gen:des Amtes", "rel:, der das weiß"],
    ),
    (
        "Die Kollegen von der AfD und die Grünen haben das gefordert .",
        "Die Kollegen",
        "gefordert",
        ["pp:von der AfD", "coord:und die Grünen"],
    ),
    ("Wir als Freie Demokraten lehnen das ab .", "Wir", "lehnen", ["coord:als Freie Demokraten"]),
    ("Wir alle wissen das .", "Wir", "wissen", ["trail:alle"]),
    # A step never takes in a cue token.
    ("Wir und die Forderung der Regierung .", "Wir", "Forderung", []),
]


@pytest.mark.parametrize(("text", "core", "cue", "expected"), STEP_CASES)
def test_steps_right(
    resources: Resources,
    source_words: SourceWords,
    text: str,
    core: str,
    cue: str,
    expected: list[str],
) -> None:
    sentence = _sentence(resources, source_words, text)
    phrase = next(p for p in sentence.phrases if " ".join(sentence.forms[p.start : p.end]) == core)
    blocked = frozenset({sentence.forms.index(cue)})
    steps = sentence.steps_right(phrase.end, blocked)
    got = [f"{s.kind}:{' '.join(sentence.forms[s.start : s.end])}" for s in steps]
    assert got == expected


def test_steps_left_take_preposition_then_particle(
    resources: Resources, source_words: SourceWords
) -> None:
    sentence = _sentence(resources, source_words, "Das wurde auch von den Grünen kritisiert .")
    phrase = next(p for p in sentence.phrases if sentence.forms[p.start] == "den")
    steps = sentence.steps_left(phrase.start, frozenset({6}))
    assert [(s.kind, s.word) for s in steps] == [("prep", "von"), ("part", "auch")]


@pytest.mark.parametrize(
    ("text", "cue", "passive", "infinitive"),
    [
        ("Das wurde von Ihnen beschlossen .", "beschlossen", True, False),
        ("Wir haben das beschlossen .", "beschlossen", False, False),
        ("Um das klar zu sagen : Nein .", "sagen", False, True),
        ("Es gilt , Fortschritte einzufordern .", "einzufordern", False, True),
    ],
)
def test_cue_voice_and_infinitive(
    resources: Resources,
    source_words: SourceWords,
    text: str,
    cue: str,
    passive: bool,
    infinitive: bool,
) -> None:
    sentence = _sentence(resources, source_words, text)
    view = cue_view(sentence, [sentence.forms.index(cue)])
    assert (view.passive, view.infinitive) == (passive, infinitive)


def test_training_decisions_point_at_the_first_phrase_of_the_source(
    resources: Resources, source_words: SourceWords
) -> None:
    lemma = resources.load(load_lemmatizer, "de").lemma
    quote_words = resources.load(load_quote_words, "de")
    lexicon = resources.load(load_cue_lexicon, "de")
    from lagebild.quotes.features import describe

    forms = tuple(["Der", "Leiter", "des", "Amtes", "hat", "das", "gesagt", "."])
    other = tuple(["Das", "bleibt", "so", "."])
    doc = SpeechDoc(
        "x",
        (0, 1),
        (forms, other),
        (
            SpeechEvent(
                {"Cue": frozenset({(0, 6)}), "Source": frozenset((0, i) for i in range(4))}
            ),
            SpeechEvent({"Cue": frozenset({(1, 1)})}),
        ),
    )
    infos = [describe(f, [lemma(w) for w in f], lexicon, quote_words) for f in (forms, other)]
    decisions, steps = doc_instances(doc, infos, source_words, quote_words)
    assert len(decisions) == 2
    (with_source, right), (without_source, none) = decisions
    assert right > 0 and none == 0
    assert "NONE" in with_source[0] and "NONE" in without_source[0]
    # The genitive step belongs to the annotated Source.
    assert [label for _, label in steps] == ["Y"]


@pytest.mark.parametrize("weight", [1.0, -1.0, -2.0])
def test_chooser_decides_on_the_mass_of_all_phrases(
    tmp_path: Path, resources: Resources, source_words: SourceWords, weight: float
) -> None:
    # Every phrase scores ``weight`` (feature "b"), "none" scores 0: with k
    # phrases, P(some Source) = k e^w / (1 + k e^w) while the best phrase
    # alone has e^w / (1 + k e^w).
    ChoiceModel({"b": weight}).save(tmp_path / "choice.tsv")
    chooser = RoleChooser(
        tmp_path / "choice.tsv",
        model_dir() / STEP_MODEL.format(role="source", language="de"),
        source_words,
        resources.load(load_quote_words, "de"),
        threshold=0.45,
    )
    sentence = _sentence(
        resources, source_words, "Der Kollege und die Ministerin haben das gesagt ."
    )
    cue = sentence.forms.index("gesagt")
    view = cue_view(sentence, [cue])
    k = len(chooser.ranked(sentence, view, frozenset()))
    mass = k * math.exp(weight) / (1 + k * math.exp(weight))
    phrase, p = chooser.core(sentence, view, frozenset())
    assert k >= 3 and phrase is not None
    assert p == pytest.approx(mass)
    assert p > chooser.ranked(sentence, view, frozenset())[0][1]
    span = chooser.choose(sentence, [cue], frozenset())
    assert (span is not None) == (mass >= 0.45)
    # Deciding by the best phrase alone (the Addr chooser's way).
    chooser.by_mass = False
    assert chooser.core(sentence, view, frozenset())[1] == pytest.approx(
        math.exp(weight) / (1 + k * math.exp(weight))
    )
    assert (chooser.choose(sentence, [cue], frozenset()) is not None) == (
        math.exp(weight) / (1 + k * math.exp(weight)) >= 0.45
    )


@pytest.fixture(scope="module")
def tagger(resources: Resources) -> SpeechEventTagger:
    loaded = resources.load(load_tagger, "de")
    assert loaded is not None
    assert set(loaded.choosers) == {"Source", "Addr"}, "the role choosers are not packaged"
    return loaded


# Parliamentary-style sentences (the training domain) with the addressee a
# reader would mark.
ADDR_CASES = [
    ("Ich sage Ihnen ganz deutlich : Das reicht nicht .", "sage", "Ihnen"),
    (
        "Die Ministerin hat dem Ausschuss berichtet , dass alles bereit ist .",
        "berichtet",
        "dem Ausschuss",
    ),
    ("Ich kann Ihnen versichern , dass wir handeln werden .", "versichern", "Ihnen"),
    (
        "Wir haben die Bundesregierung aufgefordert , endlich zu handeln .",
        "aufgefordert",
        "die Bundesregierung",
    ),
    ("Ich danke Ihnen für die Aufmerksamkeit .", "danke", "Ihnen"),
]


def test_packaged_chooser_finds_addressees(tagger: SpeechEventTagger, resources: Resources) -> None:
    lemma = resources.load(load_lemmatizer, "de").lemma
    right = []
    for text, cue, addr in ADDR_CASES:
        forms = text.split()
        events = tagger.tag(forms, [lemma(f) for f in forms], anchors=[forms.index(cue)])
        found = " ".join(forms[i] for i in events[0].role("Addr")) if events else ""
        right.append(found == addr)
    assert sum(right) >= 3, list(zip(ADDR_CASES, right, strict=True))
