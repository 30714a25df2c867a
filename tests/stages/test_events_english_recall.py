"""Tests of English trigger recall on wire ledes (issue 6, branch ``entrig2``).

Each class is a place where a sentence with a known trigger used to end with no event:
threats whose author is a common noun no agent list knows, conditional and attributed
threats, refusals stated with "would not", hyphenated CAMEO phrases, light-verb and
particle forms. Each comes with look-alikes that must keep their own reading (or none);
the sentences were written for these tests, not taken from a development set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.pipeline import Pipeline
from tests.stages.events_support import analyse

# (text, event types the sentence must yield, in order of the text)
CASES: list[tuple[str, list[str]]] = [
    # a threat's author named by a plural of people no agent list has
    ("Angry truckers threatened to block the motorways around Lyon.", ["THREATEN"]),
    ("Unpaid dockworkers threatened to strike unless wages were paid.", ["THREATEN"]),
    ("Rising tensions threatened to derail the talks.", []),
    ("Falling prices threaten the income of cocoa growers.", []),
    # the consequence of a condition, with a weaker modal
    ("NATO could launch air strikes on the Serb positions if the shelling went on, an "
     "alliance official said.", ["THREATEN"]),
    ("Ghana may expel the Togolese envoy if the border incidents continue, officials said.",
     ["THREATEN"]),
    ("If the talks collapse, the army could attack the rebel camps.", ["ASSAULT"]),
    ("The storm could flood the delta if the dikes break.", []),
    # a plan with a trailing attribution to the actor's side is its threat
    ("Pakistan will retaliate against any incursion, the army chief said on Monday.",
     ["THREATEN"]),
    ("Turkey will respond militarily to any attack on its soldiers, the premier said.",
     ["THREATEN"]),
    ("Turkey responded to the shelling with a diplomatic note.", []),
    # a refusal stated with a negated "would"/"will"
    ("Morocco said it would not withdraw its troops from the disputed strip.", ["REJECT"]),
    ("The kidnappers will not release the engineers until a ransom is paid.", ["REJECT"]),
    # hyphenated CAMEO phrases ("go-ahead")
    ("The cabinet gave the go-ahead for the sale of the state airline.", ["AGREE"]),
    # reducing relations
    ("Beijing suspended military exchanges with Washington.", ["SANCTION"]),
    ("Libya halted oil shipments to Italy.", ["SANCTION"]),
    ("The army halted its offensive near the river.", []),
    ("Ecuador downgraded relations with Mexico.", ["SANCTION"]),
    # disarming, curfews, refusals and intents in other words
    ("Militiamen handed in their rifles to the peacekeepers.", ["RETREAT"]),
    ("The governor put the port city under curfew.", ["COERCE"]),
    ("Israel balked at the American proposal.", ["REJECT"]),
    ("The guerrillas expressed willingness to lay down their arms.", ["AGREE"]),
    ("The minister expressed surprise at the result.", []),
    # single-country exercises are mobilisation, joint ones cooperation (PLOVER manual)
    ("The Chinese navy held live-fire exercises in the strait.", ["MOBILIZE"]),
    ("Regular exercise lowers the risk of heart disease, the study found.", []),
    # turning people back, prolonged emergencies, sunk vessels
    ("Greek coastguards turned back a boat carrying 60 migrants.", ["COERCE"]),
    ("The debate turned back to the budget.", []),
    ("The military council extended the state of emergency by three months.", ["COERCE"]),
    ("The ministry extended the deadline for applications.", []),
    ("Navy gunboats sank three smuggling vessels off the coast.", ["ASSAULT"]),
    ("Share prices sank after the announcement.", []),
    # persons freed by the words wire copy uses for them
    ("The rebels freed a Dutch couple held since March.", ["CONCEDE"]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_english_trigger_recall(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    analysis = analyse(pipeline, text, "en", dt.date(2025, 6, 20))
    assert [event.type for event in analysis.events] == expected
