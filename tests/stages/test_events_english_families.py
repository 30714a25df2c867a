"""Tests of English trigger families (issue 6, branch ``entrig``): threats, retreats,
rejections, agreements, coercion and concessions in the forms wire copy uses.

Each family comes with look-alikes that must keep their own reading (or none); the
sentences were written for these tests, not taken from a development set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.pipeline import Pipeline
from tests.stages.events_support import analyse

# (text, event types the sentence must yield, in order of the text)
FAMILIES: list[tuple[str, list[str]]] = [
    # threats: coercive warnings, also when the reported clause runs past a relative clause
    # or an infinitive; warnings of what no one will do are forecasts
    ("Chilean police warned that protesters who stay in the square could face prosecution.",
     ["THREATEN"]),
    ("The navy warned fishermen to leave the zone or face arrest.", ["THREATEN"]),
    ("Bolivia warned Peru that it would launch strikes unless the raids stopped.",
     ["THREATEN"]),
    ("The finance minister warned that inflation could rise next year.", []),
    ("Analysts warned of a slowdown in the market.", []),
    ("Turkey raised the prospect of military action against the militia.", ["THREATEN"]),
    ("Turkey raised the prospect of joining the customs union.", []),
    ("The insurgents vowed to avenge the killing of their commander.", ["THREATEN"]),
    ("Ecuador will use force if the smugglers cross the river again.", ["THREATEN"]),
    ("Armenia said it would shoot down any warplane entering its airspace.", ["THREATEN"]),
    ("Minsk said it would arrest anyone who joined the march.", ["THREATEN"]),
    # what a warning is conditional on is part of it
    ("Peru warned the rebels that the army would hunt them down if they rejected the truce.",
     ["THREATEN"]),
    ("Ottawa said it would send 200 more troops to Latvia.", ["MOBILIZE"]),
    # retreats: forces leaving, vacating, abandoning or evacuating positions, missions ending
    ("Kenyan troops left the Somali port of Kismayo on Sunday.", ["RETREAT"]),
    ("The minister left for Nairobi on Sunday.", []),
    ("The storm left a trail of destruction along the coast.", []),
    ("The ambush left 14 soldiers dead.", []),  # an event noun naming no party is none
    ("Ghanaian peacekeepers vacated three posts near the border.", ["RETREAT"]),
    ("The senator vacated his seat in March.", []),
    ("Rebel fighters abandoned their positions outside the town.", ["RETREAT"]),
    ("The firm abandoned its plan for a new factory.", []),
    ("Syrian soldiers evacuated their bases in the valley.", ["RETREAT"]),
    ("Rescue teams evacuated 300 villagers from the flooded district.", ["AID"]),
    ("The African Union ended its peacekeeping mission in Burundi.", ["RETREAT"]),
    ("Fiji pulls troops back from the border, army says", ["RETREAT"]),
    ("Militia units demobilised on Monday.", ["RETREAT"]),
    ("Britain scaled back its military presence in Cyprus.", ["RETREAT"]),
    ("Donors reduced aid to Malawi.", ["SANCTION"]),
    ("Georgia handed over control of two villages to South Ossetia.", ["RETREAT"]),
    ("The guerrillas gave up their weapons in a ceremony.", ["RETREAT"]),
    # an event noun that is the topic of a meeting noun is no event of its own
    ("Peru and Ecuador resumed negotiations on a troop pullback from the border.",
     ["CONSULT"]),
    ("Ethiopia completed the pullout of its troops from Somalia.", ["RETREAT"]),
    # rejections
    ("Cuba said no to a Spanish offer of mediation.", ["REJECT"]),
    ("The spokesman said no decision had been taken.", []),
    ("Lawmakers in Lima voted down the government's budget.", ["REJECT"]),
    ("The court threw out the opposition's petition.", ["REJECT"]),
    ("Hanoi brushed aside calls for an inquiry.", ["REJECT"]),
    # agreements
    ("The two factions reached a settlement on Monday.", ["AGREE"]),
    ("Israeli settlers built a new settlement near Hebron.", []),
    ("Bolivia and Chile sealed a deal on gas exports.", ["AGREE"]),
    ("Kurdish parties settled their dispute over the council.", ["AGREE"]),
    ("Albania and Greece committed to a moratorium on new dams.", ["AGREE"]),
    ("The government remains committed to the reforms.", []),
    ("An accord between Laos and Vietnam was reached on Tuesday.", ["AGREE"]),
    # coercion
    ("Soldiers placed the former president under house arrest.", ["COERCE"]),
    ("Police placed flowers at the memorial.", []),
    ("The junta closed down two radio stations.", ["COERCE"]),
    ("The authorities barred the candidate from running.", ["COERCE"]),
    ("Troops sealed off the town.", ["COERCE"]),
    # concessions and aid
    ("The kidnappers set free two Italian engineers.", ["CONCEDE"]),
    ("The president conceded defeat on Sunday.", ["CONCEDE"]),
    ("Rebels freed 30 peacekeepers on Friday.", ["CONCEDE"]),
    ("Japan shipped 20,000 tonnes of rice to Laos.", ["AID"]),
    ("Cuba deployed 300 doctors to Haiti.", ["AID"]),
    # sanctions
    ("The EU slapped an arms embargo on Sudan.", ["SANCTION"]),
    # mobilisation
    ("India moved tanks and troops to the border.", ["MOBILIZE"]),
    ("India moved its troops back from the border.", []),
]


@pytest.mark.parametrize("text,expected", FAMILIES, ids=[t[:40] for t, _ in FAMILIES])
def test_english_trigger_families(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    analysis = analyse(pipeline, text, "en", dt.date(2025, 6, 20))
    assert [event.type for event in analysis.events] == expected
