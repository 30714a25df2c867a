"""Tests of English trigger forms and argument classes of wire ledes (issue 6, branch enev3).

Each class comes with look-alikes that must keep their own reading (or none): phrasal and
idiomatic triggers ("came to terms with", "sat down with", "walked out ... in protest"),
sports and weather sentences that look like violence or bans, protesters who storm or
denounce, the go-between of an agreement, the act a threat or demand is about and the
grievance of a diplomatic act. The sentences were written for these tests, not taken from
a development set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.pipeline import Pipeline
from tests.stages.events_support import analyse, described_events

# (text, event types the sentence must yield, in order of the text)
TYPE_CASES: list[tuple[str, list[str]]] = [
    # idioms of agreeing and meeting
    ("The Tuareg rebels came to terms with Bamako on a ceasefire.", ["AGREE"]),
    ("The rebels came to Bamako for the ceremony.", []),
    ("President Jimmy Carter sat down with Egypt's Anwar Sadat at Camp David.", ["CONSULT"]),
    ("The delegates sat down after the anthem.", []),
    # a walk-out in protest; a walk-out of talks keeps CAMEO's reading
    ("Opposition senators walked out of the chamber in protest at the vote.", ["PROTEST"]),
    ("The Syrian delegation walked out of the talks in Geneva.", ["SANCTION"]),
    # indictments accuse (PLOVER ACCUSE/allege)
    ("A federal grand jury indicted two Libyan agents for the airliner bombing.", ["ACCUSE"]),
    # handing over arms to a state is aid; handing in one's own weapons disarms
    ("Britain handed over 14 battle tanks to the Ukrainian army.", ["AID"]),
    ("The militia handed over its weapons to the peacekeepers.", ["RETREAT"]),
    # an announced attack on a kind of target is a threat; targeted sanctions are not
    ("The rebels said they would target any convoy entering the province.", ["THREATEN"]),
    ("The new measures target luxury goods exported to Russia.", []),
    # a heavy price threatened
    ("Ankara warned that the militants would pay a heavy price for the ambush.", ["THREATEN"]),
    ("Economists warned that households would pay higher prices for bread.", []),
    # military action taken, or promised under a condition
    ("The Kremlin will take military measures if NATO deploys missiles in Finland, "
     "a Russian spokesman said.", ["THREATEN"]),
    ("The central bank will take measures to stabilise the currency.", []),
    # retaliation: announced it is a threat; a retort to critics is no violence
    ("Ankara said it would strike back at any attack on its troops in Syria.", ["THREATEN"]),
    ("Government troops hit back at the insurgents with helicopter gunships.", ["ASSAULT"]),
    ("The senator hit back at his critics in a television interview.", ["ACCUSE"]),
    # sports, weather and markets
    ("Brazil beat Argentina 3-1 in the World Cup qualifier.", []),
    ("Soldiers beat three journalists at a checkpoint near Hebron.", ["ASSAULT"]),
    ("The sprinter was banned for two years after a failed doping test.", []),
    ("The junta banned the country's largest opposition party.", ["COERCE"]),
    ("Heavy rains swept away a bridge in northern Kenya.", []),
    ("The ruling coalition will dominate the new parliament.", []),
    ("Typhoon Haiyan killed more than 6,000 people in the Philippines.", []),
    ("Cyclone Freddy killed hundreds of people in southern Malawi.", []),
    # protesters storming a building riot; denouncing crowds protest
    ("Hundreds of protesters stormed the state television building in Belgrade.",
     ["PROTEST"]),
    ("Egyptian commandos stormed the hijacked airliner in Malta.", ["ASSAULT"]),
    ("Hundreds of protesters ransacked the ruling party's offices in Dhaka.", ["PROTEST"]),
    ("Police ransacked the offices of an opposition newspaper in Dhaka.", ["ASSAULT"]),
    ("Protesters threw stones at riot police outside the embassy.", ["ASSAULT"]),
    # the act a threat raises the prospect of, or a demand asks to halt, is no event of its own
    ("Brussels raised the prospect of sanctions against Minsk.", ["THREATEN"]),
    ("The Vatican demanded an end to the shelling of Sarajevo by Serb forces.", ["REQUEST"]),
    ("Norway condemned the shelling of Sarajevo by Serb forces.", ["ACCUSE", "ASSAULT"]),
    # the grievance of a diplomatic act
    ("Jakarta recalled its envoy from Canberra over attacks on Indonesian students.",
     ["SANCTION"]),
    ("Kenya closed its border with Somalia over attacks by al-Shabaab on border towns.",
     ["COERCE", "ASSAULT"]),
    # signing an agreement is one act, also when initialled or inked
    ("Colombia signed a free trade agreement with South Korea.", ["SUPPORT"]),
    ("Croatia and Slovenia initialled a border treaty in Zagreb.", ["SUPPORT"]),
    ("Hungary inked a gas supply deal with Gazprom.", ["SUPPORT"]),
    ("The artist inked a portrait of the queen.", []),
    # repression, confiscation, forced returns, a muzzled press, a brandished threat
    ("Government forces put down a mutiny at the main army barracks.", ["ASSAULT"]),
    ("The speaker put down the microphone and left the stage.", []),
    ("Italian police impounded a freighter loaded with Libyan oil.", ["COERCE"]),
    ("Malaysia forcibly returned 40 asylum seekers to Myanmar.", ["COERCE"]),
    ("The refugees returned to their villages after the floods.", []),
    ("The military council muzzled the independent press.", ["COERCE"]),
    ("Pyongyang brandished the threat of nuclear force against Seoul.", ["THREATEN"]),
    ("The lawyer brandished a copy of the contract in court.", []),
]


@pytest.mark.parametrize("text,expected", TYPE_CASES, ids=[t[:40] for t, _ in TYPE_CASES])
def test_english_trigger_forms(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    analysis = analyse(pipeline, text, "en", dt.date(2025, 6, 20))
    assert [event.type for event in analysis.events] == expected


# (text, [(type, sources, targets)]): every event the sentence must yield.
ARGUMENT_CASES: list[tuple[str, list[tuple[str, list[str], list[str]]]]] = [
    # a go-between is no party to an agreement; the author of an accepted offer is
    ("Armenia and Azerbaijan agreed to a ceasefire brokered by Russia.",
     [("AGREE", ["Armenia", "Azerbaijan"], [])]),
    ("Israel and Hezbollah accepted a French-brokered truce.",
     [("AGREE", ["Hezbollah", "Israel"], [])]),
    ("Hamas accepted an Egyptian proposal for a truce.", [("AGREE", ["Hamas"], ["Egypt"])]),
    # a crowd named with its nationality protests; the one it denounces is the target
    ("Pakistani protesters stormed a police station in Karachi.",
     [("PROTEST", ["Pakistan"], ["unlinked"])]),
    ("Demonstrators in Beirut denounced the United States over the embargo.",
     [("PROTEST", ["unlinked"], ["United States"])]),
    ("Iran denounced the United States over the embargo.",
     [("ACCUSE", ["Iran"], ["United States"])]),
    # a protest against "the government of X" is aimed at X
    ("Students protested against the government of President Robert Mugabe in Harare.",
     [("PROTEST", ["unlinked"], ["Robert Mugabe"])]),
    ("Students protested against the government in Harare.",
     [("PROTEST", ["unlinked"], ["Zimbabwe"])]),
    ("Farmers protested against the regime of President Hosni Mubarak in Cairo.",
     [("PROTEST", ["unlinked"], ["Hosni Mubarak"])]),
    # a summoned EU commissioner stands for the Union, as an ambassador for a state
    ("London summoned the EU commissioner over the fishing dispute.",
     [("ACCUSE", ["United Kingdom"], ["European Union"])]),
]


@pytest.mark.parametrize("text,expected", ARGUMENT_CASES,
                         ids=[t[:40] for t, _ in ARGUMENT_CASES])
def test_english_argument_forms(pipeline: Pipeline, text: str,
                                expected: list[tuple[str, list[str], list[str]]]) -> None:
    analysis = analyse(pipeline, text, "en", dt.date(2025, 6, 20))
    assert described_events(analysis) == sorted((t, sorted(s), sorted(g)) for t, s, g in expected)
