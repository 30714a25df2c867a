"""Tests of English event SOURCE and TARGET choice on wire ledes (issue 6, branch enarg).

Each argument rule comes with a look-alike twin that must keep its own reading; the
sentences were written for these tests, not taken from a development set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.pipeline import Pipeline
from tests.stages.events_support import analyse, described_events

# (text, [(type, sources, targets)]): every event the sentence must yield.
ARGUMENT_CASES: list[tuple[str, list[tuple[str, list[str], list[str]]]]] = [
    # the country that names the place an attack hits is the target; a city alone is not
    ("Syrian jets bombed two villages in northern Lebanon.",
     [("ASSAULT", ["Syria"], ["Lebanon"])]),
    ("Syrian jets bombed two villages near Homs.", [("ASSAULT", ["Syria"], [])]),
    # ... and so is the country of the place a force leaves, named by its adjective
    ("Chadian troops withdrew from the Sudanese town of Geneina.",
     [("RETREAT", ["Chad"], ["Sudan"])]),
    ("Chadian troops withdrew from the Abeche region.", [("RETREAT", ["Chad"], [])]),
    # a ceasefire declared in a place leaves no place behind
    ("The rebels declared a ceasefire in northern Mali.", [("RETREAT", ["unlinked"], [])]),
    # a border names a neighbour, not the party attacked
    ("Rebels attacked a fuel depot near the border with Niger.",
     [("ASSAULT", ["unlinked"], [])]),
    # an evacuation helps the place people are taken from, not the evacuees
    ("Dutch helicopters evacuated the wounded from the Bosnian town of Srebrenica.",
     [("AID", ["Netherlands"], ["Bosnia and Herzegovina"])]),
    ("Dutch helicopters evacuated the wounded to a hospital in Zagreb.",
     [("AID", ["Netherlands"], ["unlinked"])]),
    # a withdrawal noun's "from" phrase names the country left, a valley does not
    ("The withdrawal of Syrian forces from Lebanon began on Monday.",
     [("RETREAT", ["Syria"], ["Lebanon"])]),
    ("The withdrawal of Syrian forces from the Bekaa valley began on Monday.",
     [("RETREAT", ["Syria"], [])]),
    # forces on alert in a place are aimed at it
    ("Greek troops remained on alert in southern Albania.",
     [("MOBILIZE", ["Greece"], ["Albania"])]),
    ("Greek troops remained on alert on Sunday.", [("MOBILIZE", ["Greece"], [])]),
    # a settlement named in the object's "of" phrase is the place hit, a facility is not
    ("Israeli jets shelled the town of Nabatiyeh.", [("ASSAULT", ["Israel"], ["Lebanon"])]),
    ("Rebels attacked the headquarters of the police in Kismayo.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    # ... also as a passive's subject
    ("The town of Bihac was shelled by Serb forces on Sunday.",
     [("ASSAULT", ["Serbia"], ["Bosnia and Herzegovina"])]),
    ("The headquarters of the party was shelled by Serb forces on Sunday.",
     [("ASSAULT", ["Serbia"], ["unlinked"])]),
    # a threat of force "against" people names them, also by a common noun
    ("The junta threatened to take action against striking teachers.",
     [("THREATEN", ["unlinked"], ["unlinked"])]),
    ("The junta threatened to take action if necessary.", [("THREATEN", ["unlinked"], [])]),
    # fighters "from" a named group act for it; "from" a region says where they are from
    ("Gunmen from Hamas attacked an Israeli patrol.", [("ASSAULT", ["Hamas"], ["Israel"])]),
    ("Gunmen from the north attacked an Israeli patrol.",
     [("ASSAULT", ["unlinked"], ["Israel"])]),
    # the victims' country beats the modifier of the thing hit; bare victims do not
    ("Rebels attacked an army base near Uri, killing three Indian soldiers.",
     [("ASSAULT", ["unlinked"], ["India"])]),
    ("Rebels attacked an army base near Uri, killing three soldiers.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    # condemning an act done "by" someone accuses its author, not its victims
    ("Amnesty International condemned the arrest of two journalists by Egyptian police.",
     [("ACCUSE", ["Amnesty International"], ["Egypt"]), ("COERCE", ["Egypt"], ["unlinked"])]),
    ("Amnesty International condemned the arrest of two journalists in Cairo.",
     [("ACCUSE", ["Amnesty International"], ["unlinked"]), ("COERCE", [], ["unlinked"])]),
    # diplomats "from" countries are theirs, with every conjunct; "from" an embassy no one
    ("Britain expelled diplomats from Libya, Iraq and Syria.",
     [("SANCTION", ["United Kingdom"], ["Iraq", "Libya", "Syria"])]),
    ("Britain expelled 20 diplomats from its embassy in Moscow.",
     [("SANCTION", ["United Kingdom"], ["unlinked"])]),
    # "its" in the object of a reported attack is the speaker's; "its own" the attacker's
    ("Sudan said Eritrean troops had attacked its border posts.",
     [("ASSAULT", ["Eritrea"], ["Sudan"])]),
    ("Sudan said the Eritrean army had attacked its own border posts.",
     [("ASSAULT", ["Eritrea"], [])]),
    # a protest at an embassy is aimed at the state it houses
    ("Hundreds of Tibetan exiles demonstrated outside the Chinese embassy in New Delhi.",
     [("PROTEST", ["unlinked"], ["China"])]),
    ("Hundreds of Tibetan exiles demonstrated outside the parliament in New Delhi.",
     [("PROTEST", ["unlinked"], [])]),
    # shooting exchanged is the act, its weapon names no one hit
    ("Thai and Cambodian troops exchanged artillery fire near the temple.",
     [("ASSAULT", ["Cambodia", "Thailand"], [])]),
    ("Thai troops shelled Cambodian artillery positions near the temple.",
     [("ASSAULT", ["Thailand"], ["Cambodia"])]),
    # a go-between named by "brokered by" is no party; an author ("proposed by") is
    ("Armenia and Azerbaijan agreed to exchange prisoners under a deal brokered by Russia.",
     [("AGREE", ["Armenia", "Azerbaijan"], [])]),
    ("Hamas rejected a plan proposed by Egypt.", [("REJECT", ["Hamas"], ["Egypt"])]),
    # a spokesman speaks for the party his "for" phrase names, and its fighters are its own
    ("A spokesman for Hamas said its fighters had fired rockets at Israel.",
     [("ASSAULT", ["Hamas"], ["Israel"])]),
    ("A spokesman for Hamas said Israeli troops had fired rockets at Gaza.",
     [("ASSAULT", ["Israel"], ["State of Palestine"])]),
    # (branch enarg2) a weekday is never an actor, victims named by a participle are
    ("Rebels shelled a market on Monday.", [("ASSAULT", ["unlinked"], [])]),
    ("Rebels shelled a market on Monday, killing five traders.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    # a country before rebels only locates them; before its army it acts
    ("Peru's Maoist rebels attacked an army patrol.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    ("Peru's army attacked a rebel camp.", [("ASSAULT", ["Peru"], ["unlinked"])]),
    # a visit "for talks with" a named person is aimed at that person; with officials
    # the place visited stands for their country
    ("The Turkish foreign minister flew to Athens for talks with George Papandreou.",
     [("CONSULT", ["Turkey"], ["George Papandreou"])]),
    ("The Turkish foreign minister flew to Athens for talks with Greek officials.",
     [("CONSULT", ["Turkey"], ["Greece"])]),
    # an attack on an embassy hits the state it houses; one near it does not
    ("Gunmen fired on the Saudi embassy in Sanaa.",
     [("ASSAULT", ["unlinked"], ["Saudi Arabia"])]),
    ("Gunmen fired on a hotel near the Saudi embassy in Sanaa.",
     [("ASSAULT", ["unlinked"], [])]),
    # an outlet's journalists are the outlet; the outlet reporting is no party
    ("Police in Minsk detained two Reuters journalists.",
     [("COERCE", ["unlinked"], ["Reuters"])]),
    ("Reuters said police in Minsk detained two journalists.",
     [("COERCE", ["unlinked"], ["unlinked"])]),
    # a bracketed name between a name and its noun belongs to the phrase
    ("The Hizbul Mujahideen (Holy Warriors) group attacked an army camp.",
     [("ASSAULT", ["Hizbul Mujahideen"], ["unlinked"])]),
    ("The group (based in Pakistan) attacked an army camp.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    # troops massed near a country's border are aimed at it, near their own at no one
    ("Ethiopia massed troops near Eritrea's southern border.",
     [("MOBILIZE", ["Ethiopia"], ["Eritrea"])]),
    ("Ethiopia massed troops near its southern border.", [("MOBILIZE", ["Ethiopia"], [])]),
    # soldiers killed "when" someone attacked are that attack's victims; "after" it
    # they are a toll of their own
    ("Four Malian soldiers were killed when jihadists attacked their convoy.",
     [("ASSAULT", ["unlinked"], ["Mali"])]),
    ("Four Malian soldiers were killed after jihadists attacked a village.",
     [("ASSAULT", [], ["Mali"]), ("ASSAULT", ["unlinked"], [])]),
    # a capital left stands for its state, another town for no one
    ("Bahrain recalled its ambassador from Tehran.", [("SANCTION", ["Bahrain"], ["Iran"])]),
    ("Syrian troops pulled out of Beirut after 29 years.",
     [("RETREAT", ["Syria"], ["Lebanon"])]),
    ("Syrian troops pulled out of Zahle after 29 years.", [("RETREAT", ["Syria"], [])]),
    # a state of emergency lifted is the measure, not a party; a ban's parties are
    ("Ecuador lifted the state of emergency in three provinces.",
     [("CONCEDE", ["Ecuador"], [])]),
    ("The junta lifted the ban on the opposition party.",
     [("CONCEDE", ["unlinked"], ["unlinked"])]),
    # where an appeal's money is to be spent is no addressee; whom it is to help is
    ("UNICEF appealed for 10 million dollars to feed children in Niger.",
     [("REQUEST", ["UNICEF"], [])]),
    ("UNICEF appealed for 10 million dollars to help Niger.",
     [("REQUEST", ["UNICEF"], ["Niger"])]),
    # "to" before a hyphenated modifier is a preposition, before a verb an infinitive
    ("Britain sent food aid to war-torn Sierra Leone.",
     [("AID", ["United Kingdom"], ["Sierra Leone"])]),
    ("Norway sent 20 tonnes of medical supplies to flood the market.",
     [("AID", ["Norway"], [])]),
]


@pytest.mark.parametrize("text,expected", ARGUMENT_CASES,
                         ids=[t[:40] for t, _ in ARGUMENT_CASES])
def test_english_arguments(pipeline: Pipeline, text: str,
                           expected: list[tuple[str, list[str], list[str]]]) -> None:
    analysis = analyse(pipeline, text, "en", dt.date(2025, 6, 20))
    assert described_events(analysis) == sorted((t, sorted(s), sorted(g)) for t, s, g in expected)
