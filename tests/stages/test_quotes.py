"""Stage ``quotes``: direct, indirect and scare quotes and attribution, German and English.

Each case is a short news-style text and what must come out of it. A quote
expectation is (kind, a phrase of the quote text, speaker text, cue text);
speaker or cue None means there must be none. The cue text of a split verb is
"verb … particle" (cue and cue_particle). An attribution expectation is
(kind, source text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from lagebild.model import AnalysisResult, Quote
from lagebild.pipeline import Pipeline
from lagebild.service import analyze


@dataclass(frozen=True)
class Q:
    kind: str
    text: str
    speaker: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class Case:
    name: str
    language: str
    text: str
    quotes: tuple[Q, ...] = ()
    attributions: tuple[tuple[str, str], ...] = ()
    # Phrases that must not be the text of any quote or attribution source.
    absent: tuple[str, ...] = field(default=())
    # When True, the quotes listed must be all the quotes found.
    exhaustive: bool = True


def _cue_text(quote: Quote) -> str | None:
    if quote.cue is None:
        return None
    if quote.cue_particle is not None:
        return f"{quote.cue.text} … {quote.cue_particle.text}"
    return quote.cue.text


DE = "de"
EN = "en"

STYLE_CASES = [
    Case(
        "de-low-high",
        DE,
        "„Wir ziehen uns zurück“, sagte der Kommandeur.",
        (Q("direct", "Wir ziehen uns zurück", "der Kommandeur", "sagte"),),
    ),
    Case(
        "de-english-marks",
        DE,
        "“Die Lage ist ernst”, sagte eine Sprecherin der Polizei.",
        (Q("direct", "Die Lage ist ernst", "eine Sprecherin der Polizei", "sagte"),),
    ),
    Case(
        "de-guillemets-inward",
        DE,
        "»Wir verhandeln weiter«, erklärte der Vermittler.",
        (Q("direct", "Wir verhandeln weiter", "der Vermittler", "erklärte"),),
    ),
    Case(
        "de-guillemets-outward",
        DE,
        "«Die Grenze bleibt zu», sagte der Bürgermeister.",
        (Q("direct", "Die Grenze bleibt zu", "der Bürgermeister", "sagte"),),
    ),
    Case(
        "de-straight-double",
        DE,
        '"Es gibt keine Verletzten", sagte ein Feuerwehrsprecher.',
        (Q("direct", "Es gibt keine Verletzten", "ein Feuerwehrsprecher", "sagte"),),
    ),
    Case(
        "de-straight-single",
        DE,
        "'Das Feuer ist gelöscht', sagte der Einsatzleiter.",
        (Q("direct", "Das Feuer ist gelöscht", "der Einsatzleiter", "sagte"),),
    ),
    Case(
        "de-sloppy-low-straight-close",
        DE,
        "„Wir bleiben hier”, sagte die Bürgermeisterin.",
        (Q("direct", "Wir bleiben hier", "die Bürgermeisterin", "sagte"),),
    ),
    Case(
        "en-curly",
        EN,
        "“We will not withdraw,” the commander said.",
        (Q("direct", "We will not withdraw", "the commander", "said"),),
    ),
    Case(
        "en-straight",
        EN,
        '"There are no casualties," a fire department spokesman said.',
        (Q("direct", "There are no casualties", "a fire department spokesman", "said"),),
    ),
    Case(
        "en-single-curly",
        EN,
        "‘The border stays closed,’ the mayor told reporters.",
        (Q("direct", "The border stays closed", "the mayor", "told"),),
    ),
    Case(
        "en-straight-single",
        EN,
        "'The fire is out,' said the incident commander.",
        (Q("direct", "The fire is out", "the incident commander", "said"),),
    ),
    Case(
        "en-guillemets",
        EN,
        "«We keep talking,» the mediator said.",
        (Q("direct", "We keep talking", "the mediator", "said"),),
    ),
]

NESTING_CASES = [
    Case(
        "de-nested-low",
        DE,
        "„Der Minister hat uns ‚Verräter‘ genannt“, sagte der Abgeordnete.",
        (
            Q("direct", "Der Minister hat uns ‚Verräter‘ genannt", "der Abgeordnete", "sagte"),
            Q("scare", "Verräter"),
        ),
    ),
    Case(
        "de-nested-guillemets",
        DE,
        "»Wir lehnen den ›Friedensplan‹ ab«, erklärte die Gruppe.",
        (
            Q("direct", "Wir lehnen den ›Friedensplan‹ ab", "die Gruppe", "erklärte"),
            Q("scare", "Friedensplan"),
        ),
    ),
    Case(
        "en-nested",
        EN,
        "“They called it a ‘temporary pause’ in the talks,” the diplomat said.",
        (
            Q("direct", "They called it a ‘temporary pause’ in the talks", "the diplomat", "said"),
            Q("scare", "temporary pause"),
        ),
    ),
    Case(
        "en-nested-straight",
        EN,
        "\"He told me 'never again' and left,\" the witness said.",
        (
            Q("direct", "He told me 'never again' and left", "the witness", "said"),
            Q("scare", "never again"),
        ),
    ),
    Case(
        "en-apostrophes-inside",
        EN,
        "“Hamas’ leaders don’t want a ceasefire,” the minister said.",
        (Q("direct", "Hamas’ leaders don’t want a ceasefire", "the minister", "said"),),
    ),
    Case(
        "de-apostroph-genitiv",
        DE,
        "Hamas' Anführer und Grass' Roman sind bekannt. „Wir warten ab“, sagte er.",
        (Q("direct", "Wir warten ab", "er", "sagte"),),
    ),
]

MULTI_SENTENCE_CASES = [
    Case(
        "de-two-sentences",
        DE,
        "„Die Angriffe gehen weiter. Wir haben keine Wahl.“, sagte der Sprecher der Armee.",
        (
            Q(
                "direct",
                "Die Angriffe gehen weiter. Wir haben keine Wahl.",
                "der Sprecher der Armee",
                "sagte",
            ),
        ),
    ),
    Case(
        "de-colon-two-sentences",
        DE,
        "Der Außenminister sagte: „Das ist inakzeptabel. Wir bestellen den Botschafter ein.“",
        (
            Q(
                "direct",
                "Das ist inakzeptabel. Wir bestellen den Botschafter ein.",
                "Der Außenminister",
                "sagte",
            ),
        ),
    ),
    Case(
        "en-two-sentences",
        EN,
        "“The strikes will continue. We have no choice,” the army spokesman said.",
        (
            Q(
                "direct",
                "The strikes will continue. We have no choice",
                "the army spokesman",
                "said",
            ),
        ),
    ),
    Case(
        "de-ellipsis-bracket",
        DE,
        "„Die Parteien müssen handeln […] um den Sieg zu erreichen“, "
        "sagte ein Kommuniqué der Gruppe.",
        (
            Q(
                "direct",
                "Die Parteien müssen handeln […] um den Sieg zu erreichen",
                "ein Kommuniqué der Gruppe",
                "sagte",
            ),
        ),
    ),
    Case(
        "en-ellipsis-bracket",
        EN,
        "“We must act […] to stop the aggression,” said a statement from the group.",
        (
            Q(
                "direct",
                "We must act […] to stop the aggression",
                "a statement from the group",
                "said",
            ),
        ),
    ),
    Case(
        "de-paragraph-continuation",
        DE,
        "„Die Lage im Norden ist dramatisch. Wir brauchen Hilfe.\n"
        "„Die Menschen haben seit Tagen keinen Strom“, sagte der Bürgermeister.",
        (
            Q("direct", "Die Lage im Norden ist dramatisch. Wir brauchen Hilfe."),
            Q("direct", "Die Menschen haben seit Tagen keinen Strom", "der Bürgermeister", "sagte"),
        ),
    ),
    Case(
        "de-interrupted",
        DE,
        "„Wir kommen“, sagte der Sprecher, „und zwar noch heute.“",
        (
            Q("direct", "Wir kommen", "der Sprecher", "sagte"),
            Q("direct", "und zwar noch heute.", "der Sprecher", "sagte"),
        ),
    ),
    Case(
        "en-interrupted",
        EN,
        "“We will come,” the spokesman said, “and we will come today.”",
        (
            Q("direct", "We will come", "the spokesman", "said"),
            Q("direct", "and we will come today.", "the spokesman", "said"),
        ),
    ),
    Case(
        "de-continuation-next-sentence",
        DE,
        "„Wir haben verloren“, sagte der Trainer. „Es war ein schwarzer Tag für uns alle.“",
        (
            Q("direct", "Wir haben verloren", "der Trainer", "sagte"),
            Q("direct", "Es war ein schwarzer Tag für uns alle.", "der Trainer", None),
        ),
    ),
]

SCARE_CASES = [
    Case(
        "de-scare",
        DE,
        "Die Führer trafen sich, um ihren „Krieg gegen Israel“ zu besprechen.",
        (Q("scare", "Krieg gegen Israel"),),
        attributions=(),
    ),
    Case(
        "de-scare-english-marks",
        DE,
        "Die Regierung nennt die Proteste eine “Gefahr für die Ordnung” und greift durch.",
        (Q("scare", "Gefahr für die Ordnung"),),
    ),
    Case(
        "de-scare-title",
        DE,
        "Die Operation »Eiserne Schwerter« begann am Morgen.",
        (Q("scare", "Eiserne Schwerter"),),
    ),
    Case(
        "en-scare",
        EN,
        "The group vowed to continue its “war against Israel” on Wednesday.",
        (Q("scare", "war against Israel"),),
    ),
    Case(
        "en-scare-straight",
        EN,
        'Officials described the raid as a "targeted operation" overnight.',
        (Q("scare", "targeted operation"),),
    ),
    Case(
        "de-short-with-cue-is-direct",
        DE,
        "„Nein“, sagte der Minister.",
        (Q("direct", "Nein", "der Minister", "sagte"),),
    ),
    Case(
        "en-short-with-cue-is-direct",
        EN,
        "“No,” the minister said.",
        (Q("direct", "No", "the minister", "said"),),
    ),
    Case(
        "de-partial-quote-in-report",
        DE,
        "Der Minister sagte, die Lage sei „sehr ernst“.",
        (
            Q("indirect", "die Lage sei „sehr ernst“", "Der Minister", "sagte"),
            Q("direct", "sehr ernst", "Der Minister", "sagte"),
        ),
    ),
    Case(
        "en-partial-quote-in-report",
        EN,
        "The minister said the situation was “very serious” and getting worse.",
        (
            Q(
                "indirect",
                "the situation was “very serious” and getting worse",
                "The minister",
                "said",
            ),
            Q("direct", "very serious", "The minister", "said"),
        ),
    ),
]

SPEAKER_POSITION_CASES = [
    Case(
        "de-speaker-after-inverted",
        DE,
        "„Wir werden antworten“, sagte Verteidigungsminister Joav Galant am Mittwoch.",
        (Q("direct", "Wir werden antworten", "Verteidigungsminister Joav Galant", "sagte"),),
    ),
    Case(
        "de-speaker-after-pronoun",
        DE,
        "„Das war ein Fehler“, räumte er ein.",
        (Q("direct", "Das war ein Fehler", "er", "räumte … ein"),),
    ),
    Case(
        "de-speaker-before-colon",
        DE,
        "Die Sprecherin des Ministeriums erklärte: „Die Gespräche sind gescheitert.“",
        (
            Q(
                "direct",
                "Die Gespräche sind gescheitert.",
                "Die Sprecherin des Ministeriums",
                "erklärte",
            ),
        ),
    ),
    Case(
        "de-speaker-after-adverbial",
        DE,
        "Am Abend sagte ein Sprecher der Regierung: „Wir prüfen die Lage.“",
        (Q("direct", "Wir prüfen die Lage.", "ein Sprecher der Regierung", "sagte"),),
    ),
    Case(
        "de-separable-colon",
        DE,
        "Der Sprecher fügte hinzu: „Die Waffenruhe gilt ab Mitternacht.“",
        (Q("direct", "Die Waffenruhe gilt ab Mitternacht.", "Der Sprecher", "fügte … hinzu"),),
    ),
    Case(
        "de-separable-mit",
        DE,
        "Die Polizei teilte am Morgen mit: „Der Verdächtige wurde festgenommen.“",
        (Q("direct", "Der Verdächtige wurde festgenommen.", "Die Polizei", "teilte … mit"),),
    ),
    Case(
        "de-separable-after",
        DE,
        "„Wir kommen wieder“, kündigte die Gruppe an.",
        (Q("direct", "Wir kommen wieder", "die Gruppe", "kündigte … an"),),
    ),
    Case(
        "de-so-after-quote",
        DE,
        "„Die Preise steigen weiter“, so der Ökonom.",
        (Q("direct", "Die Preise steigen weiter", "der Ökonom", "so"),),
    ),
    Case(
        "en-speaker-before-colon",
        EN,
        "The foreign minister said: “This is unacceptable.”",
        (Q("direct", "This is unacceptable.", "The foreign minister", "said"),),
    ),
    Case(
        "en-said-inverted",
        EN,
        "“We are ready,” said Defense Minister Yoav Gallant.",
        (Q("direct", "We are ready", "Defense Minister Yoav Gallant", "said"),),
    ),
    Case(
        "en-pronoun-after",
        EN,
        "“That was a mistake,” he admitted.",
        (Q("direct", "That was a mistake", "he", "admitted"),),
    ),
    Case(
        "en-phrasal",
        EN,
        "“The data are incomplete,” the analyst pointed out.",
        (Q("direct", "The data are incomplete", "the analyst", "pointed … out"),),
    ),
    Case(
        "en-according-to-after-quote",
        EN,
        "“The talks have failed,” according to a senior official.",
        (Q("direct", "The talks have failed", "a senior official", "according to"),),
    ),
]

ANAPHORA_CASES = [
    Case(
        "de-anaphoric-statement",
        DE,
        "„Wir verlangen einen Rückzug“, sagte eine Erklärung der Miliz. "
        "Die Erklärung fügte hinzu: „Die Kämpfe gehen weiter.“",
        (
            Q("direct", "Wir verlangen einen Rückzug", "eine Erklärung der Miliz", "sagte"),
            Q("direct", "Die Kämpfe gehen weiter.", "eine Erklärung der Miliz", "fügte … hinzu"),
        ),
    ),
    Case(
        "de-anaphoric-pronoun",
        DE,
        "Der Bürgermeister von Haifa sagte, die Stadt sei vorbereitet. "
        "Er fügte hinzu: „Niemand muss fliehen.“",
        (
            Q("indirect", "die Stadt sei vorbereitet", "Der Bürgermeister von Haifa", "sagte"),
            Q("direct", "Niemand muss fliehen.", "Der Bürgermeister von Haifa", "fügte … hinzu"),
        ),
    ),
    Case(
        "en-anaphoric-statement",
        EN,
        "“We demand a withdrawal,” said a statement from the militia. "
        "The statement added: “The fighting will go on.”",
        (
            Q("direct", "We demand a withdrawal", "a statement from the militia", "said"),
            Q("direct", "The fighting will go on.", "a statement from the militia", "added"),
        ),
    ),
    Case(
        "en-anaphoric-pronoun",
        EN,
        "The mayor of Haifa said the city was prepared for an attack. "
        "She added: “Nobody needs to flee.”",
        (
            Q("indirect", "the city was prepared for an attack", "The mayor of Haifa", "said"),
            Q("direct", "Nobody needs to flee.", "The mayor of Haifa", "added"),
        ),
    ),
]

INDIRECT_CASES = [
    Case(
        "de-berichtet-dass",
        DE,
        "Die Zeitung Haaretz berichtet, dass die Armee neue Einheiten an die Grenze verlegt.",
        (
            Q(
                "indirect",
                "dass die Armee neue Einheiten an die Grenze verlegt",
                "Die Zeitung Haaretz",
                "berichtet",
            ),
        ),
        attributions=(("reporting_verb", "Die Zeitung Haaretz"),),
    ),
    Case(
        "de-sagte-konjunktiv",
        DE,
        "Ein Sprecher des Ministeriums sagte, die Verhandlungen seien abgebrochen worden.",
        (
            Q(
                "indirect",
                "die Verhandlungen seien abgebrochen worden",
                "Ein Sprecher des Ministeriums",
                "sagte",
            ),
        ),
        attributions=(("reporting_verb", "Ein Sprecher des Ministeriums"),),
    ),
    Case(
        "de-sagte-inverted-after",
        DE,
        "Die Verhandlungen seien abgebrochen worden, sagte ein Sprecher des Ministeriums.",
        (
            Q(
                "indirect",
                "Die Verhandlungen seien abgebrochen worden",
                "ein Sprecher des Ministeriums",
                "sagte",
            ),
        ),
    ),
    Case(
        "de-teilte-mit-dass",
        DE,
        "Die Armee teilte am Dienstag mit, dass zwei Soldaten verletzt worden seien.",
        (Q("indirect", "dass zwei Soldaten verletzt worden seien", "Die Armee", "teilte … mit"),),
    ),
    Case(
        "de-laut",
        DE,
        "Laut Jerusalem Post ist es der größte Angriff seit Beginn des Krieges.",
        (
            Q(
                "indirect",
                "ist es der größte Angriff seit Beginn des Krieges",
                "Jerusalem Post",
                "Laut",
            ),
        ),
        attributions=(("according_to", "Jerusalem Post"),),
    ),
    Case(
        "de-laut-angaben",
        DE,
        "Laut Angaben der Armee wurden drei Raketen abgefangen.",
        (Q("indirect", "wurden drei Raketen abgefangen", "der Armee", "Laut"),),
        attributions=(("according_to", "der Armee"),),
    ),
    Case(
        "de-zufolge",
        DE,
        "Dem Gesundheitsministerium zufolge starben mindestens zwölf Menschen.",
        (
            Q(
                "indirect",
                "starben mindestens zwölf Menschen",
                "Dem Gesundheitsministerium",
                "zufolge",
            ),
        ),
        attributions=(("according_to", "Dem Gesundheitsministerium"),),
    ),
    Case(
        "de-nach-angaben",
        DE,
        "Nach Angaben der Polizei wurden zwei Verdächtige festgenommen.",
        (Q("indirect", "wurden zwei Verdächtige festgenommen", "der Polizei", "Nach Angaben"),),
        attributions=(("according_to", "der Polizei"),),
    ),
    Case(
        "de-so-end",
        DE,
        "Die Brücke ist seit Montag gesperrt, so ein Sprecher der Stadt.",
        (Q("indirect", "Die Brücke ist seit Montag gesperrt", "ein Sprecher der Stadt", "so"),),
        attributions=(("according_to", "ein Sprecher der Stadt"),),
    ),
    Case(
        "de-wie-mitteilte",
        DE,
        "Wie die Armee mitteilte, wurden drei Raketen abgefeuert.",
        (),
        attributions=(("reporting_verb", "die Armee"),),
        exhaustive=False,
    ),
    Case(
        "de-konjunktiv-continuation",
        DE,
        "Der Sprecher sagte, man habe die Angreifer identifiziert. "
        "Sie seien über die Grenze gekommen. Die Polizei sperrte das Gebiet ab.",
        (
            Q("indirect", "man habe die Angreifer identifiziert", "Der Sprecher", "sagte"),
            Q("indirect", "Sie seien über die Grenze gekommen", "Der Sprecher", None),
        ),
        attributions=(("reporting_verb", "Der Sprecher"), ("free_indirect", "Der Sprecher")),
    ),
    Case(
        "en-said-that",
        EN,
        "The health ministry said that at least twelve people were killed in the strike.",
        (
            Q(
                "indirect",
                "that at least twelve people were killed in the strike",
                "The health ministry",
                "said",
            ),
        ),
        attributions=(("reporting_verb", "The health ministry"),),
    ),
    Case(
        "en-said-no-that",
        EN,
        "Israeli officials said the operation would continue for several weeks.",
        (
            Q(
                "indirect",
                "the operation would continue for several weeks",
                "Israeli officials",
                "said",
            ),
        ),
    ),
    Case(
        "en-said-after",
        EN,
        "The operation will continue for several weeks, an army spokesman said.",
        (
            Q(
                "indirect",
                "The operation will continue for several weeks",
                "an army spokesman",
                "said",
            ),
        ),
    ),
    Case(
        "en-according-to",
        EN,
        "According to the Jerusalem Post, it was the largest attack since the war began.",
        (
            Q(
                "indirect",
                "it was the largest attack since the war began",
                "the Jerusalem Post",
                "According to",
            ),
        ),
        attributions=(("according_to", "the Jerusalem Post"),),
    ),
    Case(
        "en-according-to-end",
        EN,
        "Three rockets were intercepted, according to the army.",
        (Q("indirect", "Three rockets were intercepted", "the army", "according to"),),
    ),
    Case(
        "en-reported",
        EN,
        "The Times of Israel reported that the cabinet met overnight to discuss the offer.",
        (
            Q(
                "indirect",
                "that the cabinet met overnight to discuss the offer",
                "The Times of Israel",
                "reported",
            ),
        ),
    ),
]

NEGATIVE_CASES = [
    Case(
        "de-declare-war-is-no-report",
        DE,
        "Die Angriffe führten dazu, dass Israel den Krieg erklärte.",
        (),
        (),
        absent=("Israel",),
    ),
    Case(
        "de-discuss-is-no-report",
        DE,
        "Die Minister sprachen am Mittwoch über den Konflikt.",
        (),
        (),
    ),
    Case("de-so-adverb", DE, "Noch nie wurden so viele Menschen vertrieben.", (), ()),
    Case("de-zu-is-no-particle", DE, "Es gab keine weiteren Angaben zu den Verhandlungen.", (), ()),
    Case("de-no-marks", DE, "Die Armee griff am Morgen mehrere Ziele an.", (), ()),
    Case("en-apostrophes-no-quote", EN, "The group's leaders didn't attend the talks.", (), ()),
    Case(
        "en-discuss-is-no-report",
        EN,
        "The ministers talked about the conflict on Wednesday.",
        (),
        (),
    ),
    Case("en-stray-mark", EN, "‘ Anders Hagstrom contributed to this report.", (), ()),
]

ALL_CASES = (
    STYLE_CASES
    + NESTING_CASES
    + MULTI_SENTENCE_CASES
    + SCARE_CASES
    + SPEAKER_POSITION_CASES
    + ANAPHORA_CASES
    + INDIRECT_CASES
    + NEGATIVE_CASES
)


def _run(case: Case, pipeline: Pipeline) -> AnalysisResult:
    return analyze(case.text, language=case.language, pipeline=pipeline)


def _matches(quote: Quote, expected: Q) -> bool:
    return (
        quote.kind == expected.kind
        and expected.text in quote.text
        and (len(quote.text) <= len(expected.text) + 3)
    )


def test_enough_cases() -> None:
    assert len(ALL_CASES) >= 60
    assert {c.language for c in ALL_CASES} == {DE, EN}


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.name for c in ALL_CASES])
def test_quotes(case: Case, pipeline: Pipeline) -> None:
    result = _run(case, pipeline)
    found = list(result.quotes)
    for expected in case.quotes:
        match = next((q for q in found if _matches(q, expected)), None)
        assert match is not None, f"no {expected.kind} quote {expected.text!r} in {found}"
        speaker = match.speaker.text if match.speaker else None
        assert speaker == expected.speaker, f"speaker of {expected.text!r}"
        assert _cue_text(match) == expected.cue, f"cue of {expected.text!r}"
        found.remove(match)
    if case.exhaustive:
        assert not found, f"unexpected quotes: {found}"
    sources = [(a.kind, a.source.text) for a in result.attributions]
    for expected_attribution in case.attributions:
        assert expected_attribution in sources
    for phrase in case.absent:
        assert all(a.source.text != phrase for a in result.attributions)
        assert all(q.text != phrase for q in result.quotes)


def test_offsets_point_at_text(pipeline: Pipeline) -> None:
    case = SPEAKER_POSITION_CASES[4]
    result = _run(case, pipeline)
    text = result.document.text
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.speaker is not None and quote.cue is not None
        assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
        assert text[quote.cue.start : quote.cue.end] == quote.cue.text
    for attribution in result.attributions:
        assert text[attribution.source.start : attribution.source.end] == attribution.source.text
        assert attribution.start < attribution.end


def test_direct_quotes_are_attributions(pipeline: Pipeline) -> None:
    result = analyze(
        "„Wir ziehen ab“, sagte der Kommandeur. Ihre „Strategie“ ist unklar.",
        language=DE,
        pipeline=pipeline,
    )
    kinds = sorted((a.kind, a.source.text) for a in result.attributions)
    assert kinds == [("quote", "der Kommandeur")]
    scare = [q for q in result.quotes if q.kind == "scare"]
    assert [q.text for q in scare] == ["Strategie"]
    assert scare[0].speaker is None and scare[0].cue is None


@pytest.mark.shared
def test_seed_report(seed_text: str, pipeline: Pipeline) -> None:
    result = analyze(seed_text, language=DE, pipeline=pipeline)
    direct = [q for q in result.quotes if q.kind == "direct"]
    assert len(direct) == 2
    for quote in direct:
        assert quote.speaker is not None
        assert quote.speaker.text == "ein Kommuniqué von Hisbollah"
    assert [_cue_text(q) for q in direct] == ["sagte", "fügte … hinzu"]
    # The second quote's speaker is resolved from "Die Nachricht" back to the
    # communiqué named in the sentence before.
    assert direct[1].speaker == direct[0].speaker
    scare = [q.text for q in result.quotes if q.kind == "scare"]
    assert scare == ["Krieg gegen Israel"]
    post = [a for a in result.attributions if "Jerusalem Post" in a.source.text]
    assert len(post) == 1
    assert post[0].kind == "reporting_verb"
    assert post[0].cue is not None and post[0].cue.text == "berichtet"
    reported = seed_text[post[0].start : post[0].end]
    assert reported.startswith("dass es der größte Angriff")
    indirect = [q for q in result.quotes if q.kind == "indirect"]
    assert [q.speaker.text for q in indirect if q.speaker] == ["die Jerusalem Post"]


def test_speaker_links_to_entity_inside() -> None:
    from lagebild.model import EntityMention, Speaker
    from lagebild.stages.quotes import link_speaker

    speaker = Speaker(text="ein Kommuniqué von Hisbollah", start=10, end=38)
    mentions = [
        EntityMention(doc_id="d", text="Hisbollah", start=29, end=38, label="ORG", kb_id="Q41053"),
        EntityMention(doc_id="d", text="Israel", start=50, end=56, label="LOC", kb_id="Q801"),
    ]
    assert link_speaker(speaker, mentions).kb_id == "Q41053"
    assert link_speaker(speaker, mentions[1:]).kb_id is None
    assert link_speaker(speaker, []) == speaker
