"""Tests of English event source and target behind long subjects (issue 6, branch enev4).

Each rule comes with a look-alike twin that must keep its own reading; the sentences were
written for these tests, not taken from a development set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.pipeline import Pipeline
from tests.stages.events_support import analyse, described_events

# (text, [(type, sources, targets)]): every event the sentence must yield.
SUBJECT_CASES: list[tuple[str, list[tuple[str, list[str], list[str]]]]] = [
    # a group "led by" a party acts as that party; one "backed by" it acts on its own
    ("An alliance led by Nigeria bombed Boko Haram camps.",
     [("ASSAULT", ["Nigeria"], ["Boko Haram"])]),
    ("An alliance backed by Nigeria bombed Boko Haram camps.",
     [("ASSAULT", ["unlinked"], ["Boko Haram"])]),
    # weapons "launched by" a party are its attack; without the phrase no one acted
    ("Shells fired by Hezbollah hit the Israeli town of Safed.",
     [("ASSAULT", ["Hezbollah"], ["Israel"])]),
    ("Shells hit the Israeli town of Safed.", [("ASSAULT", [], ["Israel"])]),
    # fighters "from" a group named before its noun act for it; a region says where from
    ("Fighters from the Al-Shabaab group attacked a Kenyan army base.",
     [("ASSAULT", ["Al-Shabaab"], ["Kenya"])]),
    ("Fighters from the border region attacked a Kenyan army base.",
     [("ASSAULT", ["unlinked"], ["Kenya"])]),
    # an aside between commas keeps the subject with its verb
    ("Turkish warplanes, acting on intelligence reports, bombed PKK camps.",
     [("ASSAULT", ["Turkey"], ["Kurdistan Workers' Party"])]),
    ("The Kenyan foreign minister, on a tour of the region, met the Somali president.",
     [("CONSULT", ["Kenya", "Somalia"], [])]),
    # ... while a phrase opening the sentence is no aside
    ("After the talks, Iran rejected the offer.", [("REJECT", ["Iran"], [])]),
    # coordinated parties restoring relations are joint sources; "with" names a target
    ("Qatar and Egypt restored diplomatic relations on Sunday.",
     [("SUPPORT", ["Qatar", "Egypt"], [])]),
    ("Qatar restored diplomatic relations with Egypt.", [("SUPPORT", ["Qatar"], ["Egypt"])]),
    # "was hit" is a passive: the thing hit names the target; a capital hit is a place
    ("A Turkish navy ship was hit by a drone.", [("ASSAULT", [], ["Turkey"])]),
    ("Ankara was hit by a drone.", [("ASSAULT", [], [])]),
    # the author of a proposal a passive rejection is about is its target
    ("A proposal by Egypt for a truce was rejected by Hamas.",
     [("REJECT", ["Hamas"], ["Egypt"])]),
    ("The proposal was rejected by Hamas on Monday.", [("REJECT", ["Hamas"], [])]),
    # diplomats "from" states act for them; "from" provinces they are unnamed diplomats
    ("Diplomats from Sweden and Norway met in Oslo on Monday.",
     [("CONSULT", ["Sweden", "Norway"], [])]),
    ("Diplomats from the northern provinces met with Taliban leaders in Kabul.",
     [("CONSULT", ["unlinked", "Taliban"], [])]),
    ("Officials from Egypt and Jordan met in Amman on Tuesday.",
     [("CONSULT", ["Egypt", "Jordan"], [])]),
    ("Officials from the southern provinces met with the president in Amman.",
     [("CONSULT", ["unlinked", "unlinked"], [])]),
    # a conjunct after a "from" phrase is no "from" phrase of its own (no endless loop)
    ("Delegates from the Colombian government and the FARC resumed talks in Oslo.",
     [("CONSULT", ["Colombia", "Revolutionary Armed Forces of Colombia"], [])]),
    # a place "from" which an attack comes is its origin; the "at" phrase is hit
    ("Militants fired mortars from Syria at the Turkish town of Kilis.",
     [("ASSAULT", ["unlinked"], ["Turkey"])]),
    ("Militants fired mortars at the Turkish town of Kilis.",
     [("ASSAULT", ["unlinked"], ["Turkey"])]),
]


@pytest.mark.parametrize("text,expected", SUBJECT_CASES,
                         ids=[t[:40] for t, _ in SUBJECT_CASES])
def test_english_subjects(pipeline: Pipeline, text: str,
                          expected: list[tuple[str, list[str], list[str]]]) -> None:
    analysis = analyse(pipeline, text, "en", dt.date(2025, 6, 20))
    assert described_events(analysis) == sorted((t, sorted(s), sorted(g)) for t, s, g in expected)
