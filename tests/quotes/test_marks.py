"""Pairing of quotation marks in every style."""

from __future__ import annotations

import pytest

from lagebild.quotes.marks import pair_quotes

# (text, [(depth, content), ...]) in order of the opening marks.
CASES = [
    ("„Ja“, sagte er.", [(0, "Ja")]),
    ("“Yes,” he said.", [(0, "Yes,")]),
    ("Sie nannte es “Krieg” und ging.", [(0, "Krieg")]),
    ("»Ja«, sagte er.", [(0, "Ja")]),
    ("«Oui», dit-il.", [(0, "Oui")]),
    ("« Oui », dit-il.", [(0, " Oui ")]),
    ("›Ja‹ und ‹Nein›", [(0, "Ja"), (0, "Nein")]),
    ('"Ja", sagte er.', [(0, "Ja")]),
    ("'Ja', sagte er.", [(0, "Ja")]),
    ("„Er rief ‚Halt‘ und lief.“", [(0, "Er rief ‚Halt‘ und lief."), (1, "Halt")]),
    ("“He said ‘stop’ twice.”", [(0, "He said ‘stop’ twice."), (1, "stop")]),
    ("\"He said 'stop' twice.\"", [(0, "He said 'stop' twice."), (1, "stop")]),
    ("„Wir bleiben”, sagte sie.", [(0, "Wir bleiben")]),
    ("“Wir bleiben“, sagte sie.", [(0, "Wir bleiben")]),
    ("„Eins. Zwei. Drei.“ Ende.", [(0, "Eins. Zwei. Drei.")]),
    ("„Wir müssen […] handeln“, sagte sie.", [(0, "Wir müssen […] handeln")]),
    ("Hamas’ Chef und Hamas' Sprecher", []),
    ("The group's leader didn't come.", []),
    ("“It’s the ‘best’ plan,” she said.", [(0, "It’s the ‘best’ plan,"), (1, "best")]),
    ("‘ Anders Hagstrom contributed.", []),
    ("„Nicht geschlossen, und weiter.", []),
    ("„Absatz eins.\n„Absatz zwei.“", [(0, "Absatz eins."), (0, "Absatz zwei.")]),
    ("„Zeile eins\nzeile zwei“, sagte er.", [(0, "Zeile eins\nzeile zwei")]),
    ("„Offen am Ende.\nNeuer Absatz ohne Zeichen.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_pairing(text: str, expected: list[tuple[int, str]]) -> None:
    found = [(q.depth, text[q.start : q.end]) for q in pair_quotes(text)]
    assert found == expected


def test_unclosed_paragraph_quote_is_marked() -> None:
    text = "„Absatz eins.\n„Absatz zwei.“"
    first, second = pair_quotes(text)
    assert not first.closed
    assert second.closed
    assert text[second.close] == "“"
