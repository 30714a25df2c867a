"""Tests of the English event coder on wire ledes (issue 6, ninth round).

Each construction comes with a twin that looks alike and must keep its own reading; the
sentences were written for these tests, not taken from a development set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.pipeline import Pipeline
from tests.stages.events_support import analyse, described_events

# (text, [(type, sorted sources, sorted targets)]): every event the sentence must yield.
ROUND9_CONSTRUCTIONS: list[tuple[str, list[tuple[str, list[str], list[str]]]]] = [
    # a capital that is the whole subject stands for its government; a capital hit is none
    ("Moscow suspended talks with Tbilisi.", [("SANCTION", ["Russia"], ["Georgia"])]),
    ("Moscow was hit by a series of bombings.", [("ASSAULT", [], [])]),
    # welcoming a visitor is hosting a visit; welcoming a decision is support
    ("The Thai king welcomed the Laotian president to Bangkok on Monday.",
     [("CONSULT", ["Thailand"], ["Laos"])]),
    ("The Thai king welcomed the decision of the Laotian parliament.",
     [("SUPPORT", ["Thailand"], ["Laos"])]),
    # a serial comma keeps the whole list the subject
    ("Chile, Peru, and Bolivia signed a treaty on water rights.",
     [("SUPPORT", ["Bolivia", "Chile", "Peru"], [])]),
    ("Chile, Peru and Bolivia signed a treaty on water rights.",
     [("SUPPORT", ["Bolivia", "Chile", "Peru"], [])]),
    # an unknown organ of a named state acts for the state; a known one stays itself
    ("Norway's coast guard detained a Russian trawler.",
     [("COERCE", ["Norway"], ["Russia"])]),
    ("Norway's foreign ministry condemned the Russian missile test.",
     [("ACCUSE", ["Norway"], ["Russia"])]),
    # troops loyal to a title act for their state; loyal to a named person, for him
    ("Malian troops loyal to the president shelled the rebel positions.",
     [("ASSAULT", ["Mali"], ["unlinked"])]),
    ("Troops loyal to Charles Taylor shelled the rebel positions.",
     [("ASSAULT", ["Charles Taylor"], ["unlinked"])]),
    # a plural noun before "said" is the speaker, not a verb
    ("U.N. observers said Ethiopia had sent troops to the border.",
     [("MOBILIZE", ["Ethiopia"], [])]),
    ("Ethiopia attacks Eritrean positions, U.N. officials said.",
     [("ASSAULT", ["Ethiopia"], ["Eritrea"])]),
    # releasing a person is a concession, releasing a statement is none
    ("The junta freed the opposition leader on Tuesday.",
     [("CONCEDE", ["unlinked"], ["unlinked"])]),
    ("The opposition leader released a statement on Tuesday.", []),
    # an unknown named subject is an unlinked actor; a date or pronoun is none
    ("The Movement for Justice and Equality attacked an army base in Darfur.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    ("Witnesses said rebels attacked an army base in Darfur.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    # a speaker's own forces act for the speaker
    ("Armenia said its troops had shelled Azerbaijani positions.",
     [("ASSAULT", ["Armenia"], ["Azerbaijan"])]),
    ("Armenia said the troops had shelled Azerbaijani positions.",
     [("ASSAULT", ["unlinked"], ["Azerbaijan"])]),
    # the demand a protest is staged for is part of it
    ("Nurses went on strike in Lagos to demand unpaid salaries.",
     [("PROTEST", ["unlinked"], [])]),
    ("Nurses demanded unpaid salaries in Lagos.", [("REQUEST", ["unlinked"], [])]),
    # a participle clause's object pronoun is the target of the clause before it
    ("Kenya expelled the Somali envoy, accusing him of espionage.",
     [("ACCUSE", ["Kenya"], ["Somalia"]), ("SANCTION", ["Kenya"], ["Somalia"])]),
    # the agent of an event-noun subject carried out the verb's act
    ("An ambush by rebels on an army convoy killed nine soldiers.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    ("An ambush on an army convoy killed nine soldiers.",
     [("ASSAULT", [], ["unlinked"])]),
    # a hyphenated ceasefire is a ceasefire
    ("The rebels declared a cease-fire on Sunday.", [("RETREAT", ["unlinked"], [])]),
    ("The rebels declared a state of emergency on Sunday.",
     [("COERCE", ["unlinked"], [])]),
    # a protest lodged is diplomatic; a protest staged is a demonstration
    ("Seoul lodged a formal protest with Beijing over the fishing boats.",
     [("ACCUSE", ["South Korea"], ["China"])]),
    ("Fishermen staged a protest in Seoul over the fishing boats.",
     [("PROTEST", ["unlinked"], [])]),
    # an act the subject failed or refused to do did not happen
    ("The Commonwealth suspended Fiji's membership over its failure to release prisoners.",
     [("SANCTION", ["unlinked"], ["Fiji"])]),
    ("The Commonwealth suspended Fiji's membership, and Fiji released prisoners.",
     [("SANCTION", ["unlinked"], ["Fiji"]), ("CONCEDE", ["Fiji"], ["unlinked"])]),
    # the reported clause starts at its subject, after the date of the speech
    ("The rebels said on Sunday they had freed the hostages.",
     [("CONCEDE", ["unlinked"], ["unlinked"])]),
]


@pytest.mark.parametrize("text,expected", ROUND9_CONSTRUCTIONS,
                         ids=[t[:40] for t, _ in ROUND9_CONSTRUCTIONS])
def test_english_round9_constructions(pipeline: Pipeline, text: str,
                                      expected: list[tuple[str, list[str], list[str]]]) -> None:
    analysis = analyse(pipeline, text, "en", dt.date(2025, 6, 20))
    assert described_events(analysis) == sorted((t, sorted(s), sorted(g)) for t, s, g in expected)
