"""Sentence splitting: German and English traps, as tables of texts and expected sentences."""

from __future__ import annotations

import pytest

from lagebild.resources import Resources
from lagebild.text.sentences import load_split_rules, split_sentences

GERMAN = [
    # (text, expected sentences)
    ("Die Armee griff am 7. Oktober an. Danach wurde es ruhig.",
     ["Die Armee griff am 7. Oktober an.", "Danach wurde es ruhig."]),
    ("Mindestens 1.400 Menschen starben. Tausende wurden verletzt.",
     ["Mindestens 1.400 Menschen starben.", "Tausende wurden verletzt."]),
    ("Der Verein spielt in der 2. Bundesliga. Er ist Tabellenführer.",
     ["Der Verein spielt in der 2. Bundesliga.", "Er ist Tabellenführer."]),
    ("Das geschah im Jahr 2023. Dann kam der Krieg.",
     ["Das geschah im Jahr 2023.", "Dann kam der Krieg."]),
    ("Es kamen ca. 300 Menschen, u.a. aus Köln. Die Polizei war vor Ort.",
     ["Es kamen ca. 300 Menschen, u.a. aus Köln.", "Die Polizei war vor Ort."]),
    ("Dr. Müller und Prof. Weber sprachen z.B. über Mio. Euro. Das war neu.",
     ["Dr. Müller und Prof. Weber sprachen z.B. über Mio. Euro.", "Das war neu."]),
    ("Er sagte: „Wir gehen.“ Dann ging er.",
     ["Er sagte: „Wir gehen.“", "Dann ging er."]),
    ("„Wir bleiben!“, rief sie. Niemand widersprach.",
     ["„Wir bleiben!“, rief sie.", "Niemand widersprach."]),
    ("»Niemals?« fragte er leise. Sie nickte.",
     ["»Niemals?« fragte er leise.", "Sie nickte."]),
    ("Die Sprecherin fügte hinzu: “Es wurde eine Einigung erzielt.” Das Treffen endete.",
     ["Die Sprecherin fügte hinzu: “Es wurde eine Einigung erzielt.”", "Das Treffen endete."]),
    ("Die Sitzung am 12. März 2024 dauerte drei Stunden. Am 13. März folgte die nächste.",
     ["Die Sitzung am 12. März 2024 dauerte drei Stunden.", "Am 13. März folgte die nächste."]),
    ("Der Preis stieg um 2,5 Prozent. Am 07.10.2023 um 14.30 Uhr fiel er.",
     ["Der Preis stieg um 2,5 Prozent.", "Am 07.10.2023 um 14.30 Uhr fiel er."]),
    ("Überschrift ohne Punkt\nDer erste Absatz beginnt hier.",
     ["Überschrift ohne Punkt", "Der erste Absatz beginnt hier."]),
    ("Erster Absatz.\n\nZweiter Absatz.", ["Erster Absatz.", "Zweiter Absatz."]),
    ("Wie geht es weiter? Niemand weiß es.", ["Wie geht es weiter?", "Niemand weiß es."]),
    ("Das war es… Oder doch nicht?", ["Das war es…", "Oder doch nicht?"]),
    ("Er las Kap. 3 und Nr. 5 vor. Danach Pause.",
     ["Er las Kap. 3 und Nr. 5 vor.", "Danach Pause."]),
    ("Der Prozess endet usw. Die Richterin vertagte.",
     ["Der Prozess endet usw.", "Die Richterin vertagte."]),
    ("Die Stadt wurde 1945 zerstört. 1.200 Häuser brannten.",
     ["Die Stadt wurde 1945 zerstört.", "1.200 Häuser brannten."]),
    ("Er trat am 3. Mai zurück, sein Nachfolger am 4. Juni an.",
     ["Er trat am 3. Mai zurück, sein Nachfolger am 4. Juni an."]),
    ("Das Ergebnis: „Es reicht […] um zu siegen“, hieß es.",
     ["Das Ergebnis: „Es reicht […] um zu siegen“, hieß es."]),
    ("Es war der 3. Die Menge jubelte.", ["Es war der 3.", "Die Menge jubelte."]),
    ("J. R. Ewing kam. Er blieb.", ["J. R. Ewing kam.", "Er blieb."]),
]

ENGLISH = [
    ("Mr. Smith went to Washington. He met the president.",
     ["Mr. Smith went to Washington.", "He met the president."]),
    ("The U.S. Army said so. The ministry disagreed.",
     ["The U.S. Army said so.", "The ministry disagreed."]),
    ("At least 1,400 people were killed on Oct. 7. Thousands were injured.",
     ["At least 1,400 people were killed on Oct. 7.", "Thousands were injured."]),
    ("“We will win,” he said. “Never.” She left.",
     ["“We will win,” he said.", "“Never.”", "She left."]),
    ("It happened at 5 p.m. on Tuesday. Nobody saw it.",
     ["It happened at 5 p.m. on Tuesday.", "Nobody saw it."]),
    ("Prices rose 2.5 percent in 2023. Officials were worried.",
     ["Prices rose 2.5 percent in 2023.", "Officials were worried."]),
    ("Gen. Lee and Dr. Jones arrived. The talks began.",
     ["Gen. Lee and Dr. Jones arrived.", "The talks began."]),
    ("Was it over? “No!” he shouted.", ["Was it over?", "“No!” he shouted."]),
]


@pytest.fixture(scope="module")
def rules_de(resources: Resources):  # type: ignore[no-untyped-def]
    return resources.load(load_split_rules, "de")


@pytest.fixture(scope="module")
def rules_en(resources: Resources):  # type: ignore[no-untyped-def]
    return resources.load(load_split_rules, "en")


def _split(text: str, rules: object) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, rules)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_german(text: str, expected: list[str], rules_de: object) -> None:
    assert _split(text, rules_de) == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: list[str], rules_en: object) -> None:
    assert _split(text, rules_en) == expected


def test_hard_wrapped_text_is_not_split_at_every_line(rules_de: object) -> None:
    line = "Dies ist eine lange Zeile eines Berichts, die mitten im Satz umbrochen"
    text = "\n".join([line, "wird und weitergeht, bis der Satz endet. Danach folgt ein", line,
                      "wird und weitergeht, bis der Satz endet. Danach folgt ein",
                      line, "wird und weitergeht."])
    sentences = _split(text, rules_de)
    assert len(sentences) == 3
    assert all(s.endswith(".") for s in sentences)


def test_offsets_cover_text_without_whitespace(rules_de: object) -> None:
    text = "  Erster Satz.   Zweiter Satz!\n\n Dritter?  "
    spans = split_sentences(text, rules_de)  # type: ignore[arg-type]
    assert [text[s:e] for s, e in spans] == ["Erster Satz.", "Zweiter Satz!", "Dritter?"]
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
