"""Tests of the English event coder on wire-style ledes (issue 6, fifth and sixth rounds).

Three tables: the development sets ``events-dev5-en.jsonl`` and ``events-dev6-en.jsonl``
(written for lagebild before the coder was run on them; their known gaps are strict
xfails), and short constructions, each with a twin that must not change the reading it
tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from lagebild.pipeline import Pipeline
from tests.stages.events_support import analyse, described_events
from tests.stages.test_events import _cases, _check_case

EN5_CASES = _cases("events-dev5-en.jsonl")

# Known gaps on the fifth English set (measured after this round's changes, not tuned to).
KNOWN_GAPS_EN5 = {
    "en-dev5-010": "'the Treasury Department' (the reporter) is not linked",
    "en-dev5-065": "'Poland's foreign ministry said it had summoned': the pronoun after the "
                   "reporting verb is not resolved to a state body (as 'The Pentagon said it')",
    "en-dev5-023": "'on Sunday' between object and complement is not the warning's date",
    "en-dev5-056": "'a rally planned for Saturday' makes the ban planned, and its date",
    "en-dev5-008": "'aid to flood victims in Pakistan': the victims' country is not the target",
    "en-dev5-012": "'set fire to tyres' and 'blocked main roads' are two protests (riot, "
                   "obstruct), the set has one",
    "en-dev5-013": "'gave him 72 hours to leave' is read as a threat",
    "en-dev5-014": "'seized control of a town' is COERCE/seize (CAMEO 192), the set says "
                   "ASSAULT; 'eastern Congo' gives no country",
    "en-dev5-015": "'confiscated computers' is a second seizure without a target",
    "en-dev5-020": "'they had held captive' codes a COERCE of its own",
    "en-dev5-024": "the explosion in the 'when' clause is a second attack, Mogadishu no target",
    "en-dev5-031": "'clashed with striking workers' is read as their protest",
    "en-dev5-033": "'demolished homes' is ASSAULT (CAMEO destroy), the set says COERCE",
    "en-dev5-034": "'suspended talks' is SANCTION (CAMEO), the set says REJECT",
    "en-dev5-041": "'a planned rally' is coded as a protest",
    "en-dev5-046": "'the warring parties in Sudan' is coded as Sudan",
    "en-dev5-047": "'Saudi-led coalition aircraft' names no source",
    "en-dev5-048": "'promised a full investigation' is coded AGREE (a promise), the set has no "
                   "event; the condemnation gets the victim as target",
    "en-dev5-052": "'police entered the embassy' codes no event",
    "en-dev5-055": "'announced new military aid' is AGREE, the set says AID",
    "en-dev5-061": "a clash of miners with police is read as an attack",
    "en-dev5-062": "'the detention of one of its citizens in China' codes no event and no target",
    "en-dev5-067": "'after the military seized power' is coded as a seizure of its own",
    "en-dev5-068": "'appealed to Arab states' finds no target ('Arab' is no entity)",
    "en-dev5-071": "'warships had entered waters near its coast' codes no event",
    "en-dev5-074": "'to the earthquake zone in Syria' gives no target",
    "en-dev5-075": "'on charges of plotting' codes no accusation",
}


EN6_CASES = _cases("events-dev6-en.jsonl")

# Known gaps on the sixth English set (light verbs, nominal triggers, headline verbs;
# measured after this round's changes, not tuned to).
KNOWN_GAPS_EN6: dict[str, str] = {
    "en-dev6-011": "the Kremlin is not found as the reporter of 'said ... would travel'",
    "en-dev6-014": "'government troops ... in northern Mali' stays unlinked; the dead become the "
                   "target, the set has none",
    "en-dev6-017": "'Ministers from Brazil and Paraguay': the origin is not the actor",
    "en-dev6-020": "'clashes between rival party supporters' names no source, the dead become "
                   "the target",
    "en-dev6-021": "'into the former defence minister' (a person noun) gives no target",
    "en-dev6-023": "'hosts X for talks' codes the visitor as source and the host as target",
    "en-dev6-025": "headline 'Japan, South Korea agree': a comma does not coordinate subjects",
    "en-dev6-026": "'pushed into northern Syria in an offensive' is COERCE (CAMEO), the set says "
                   "ASSAULT",
    "en-dev6-031": "'recalled its ambassador to Madrid': the capital is no target, the later "
                   "'Western Sahara' is",
    "en-dev6-034": "'fired live bullets to disperse supporters': the dispersed are no target",
    "en-dev6-039": "'during Friday prayers' is read as a date",
    "en-dev6-042": "'Beijing lashed out at Tokyo': both capitals are read as places",
    "en-dev6-047": "'approved a loan to help Ghana' is CONCEDE and an AID by Ghana",
    "en-dev6-053": "'The Pentagon said it would send': the pronoun is not resolved to the "
                   "speaker",
    "en-dev6-059": "'expressed concern over' is a statement (CAMEO 012), the set says ACCUSE",
    "en-dev6-060": "'the resignation of the prime minister' becomes the protest's target",
    "en-dev6-064": "'The Nigerian Senate' is not linked to Nigeria; 'by soldiers' gives no source",
    "en-dev6-067": "stones thrown at police by protesters are an ASSAULT, the set says PROTEST",
    "en-dev6-068": "'is due in Washington for talks' codes no visit",
    "en-dev6-069": "'filed a case ... accusing Israel': the participle after the object finds no "
                   "subject",
    "en-dev6-075": "'to hospitals in besieged Gaza City' gives no target",
    "en-dev6-077": "'appealed to Arab states' finds no target ('Arab' is no entity)",
    "en-dev6-081": "'charged X with spying' is ACCUSE (CAMEO 115), the set says COERCE/arrest",
    "en-dev6-083": "'The Syrian opposition' is coded as Syria",
    "en-dev6-085": "'help to fight al-Shabaab' makes the group the target",
    "en-dev6-086": "'to Venezuelan border': an adjective's country is no target",
    "en-dev6-089": "'Seoul and Tokyo hold talks': both capitals are read as places",
    "en-dev6-091": "'vowed to keep supplying weapons' is AID, the set says AGREE (a pledge)",
    "en-dev6-092": "'to press for the release of' finds no target and is not planned",
}


def _with_gaps(cases: list[dict[str, Any]], gaps: dict[str, str]) -> list[Any]:
    """The cases as parameters, a known gap as a strict xfail with its reason."""
    return [pytest.param(c, id=c["id"], marks=pytest.mark.xfail(reason=gaps[c["id"]],
                                                                strict=True))
            if c["id"] in gaps else pytest.param(c, id=c["id"]) for c in cases]


@pytest.mark.parametrize("case", _with_gaps(EN5_CASES, KNOWN_GAPS_EN5)
                         + _with_gaps(EN6_CASES, KNOWN_GAPS_EN6))
def test_english_wire_lede(pipeline: Pipeline, case: dict[str, Any]) -> None:
    _check_case(pipeline, case)


@pytest.mark.parametrize("cases,gaps,minimum", [(EN5_CASES, KNOWN_GAPS_EN5, 70),
                                                (EN6_CASES, KNOWN_GAPS_EN6, 90)],
                         ids=["fifth", "sixth"])
def test_development_set_is_large_enough(cases: list[dict[str, Any]], gaps: dict[str, str],
                                         minimum: int) -> None:
    assert len(cases) >= minimum
    assert len(gaps) < len(cases) / 2


# (text, [(type, sorted sources, sorted targets)]): every event the sentence must yield.
ENGLISH_CONSTRUCTIONS: list[tuple[str, list[tuple[str, list[str], list[str]]]]] = [
    # a casualty participle after a comma reports the toll of the attack before it
    ("Militants stormed a hotel in the capital, killing at least nine civilians.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    ("Rebels bombed the market, wounding dozens of civilians.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    # "to death" is a destination, not an infinitive
    ("A Saudi court sentenced three Yemeni men to death.",
     [("SANCTION", ["Saudi Arabia"], ["Yemen"])]),
    ("Chad agreed to resume talks with Sudan.", [("AGREE", ["Chad"], ["Sudan"])]),
    # arriving for talks is a visit; arriving is not
    ("The Turkish foreign minister arrived in Baghdad for talks with Iraqi leaders.",
     [("CONSULT", ["Turkey"], ["Iraq"])]),
    ("The Turkish foreign minister arrived in Baghdad on Monday.", []),
    # the force a modifier names owns the place attacked
    ("Government troops shelled militant camps near the border.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    # the first party named after the verb, when no slot names one
    ("The union called off its strike in response to demands from the Kenyan government.",
     [("CONCEDE", ["unlinked"], ["Kenya"])]),
    ("Workers blocked roads in defiance of the Chinese authorities.",
     [("PROTEST", ["unlinked"], ["China"])]),
    ("Students protested in Nairobi and Mombasa.", [("PROTEST", ["unlinked"], [])]),
    ("Iran and Iraq held talks about Syria.", [("CONSULT", ["Iran", "Iraq"], [])]),
    # a "by" phrase further down a passive clause names the agent
    ("Six soldiers were killed in a raid by insurgents.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    # an event noun with no participant and no date of its own is no event
    ("Police arrested two men suspected of planning bombings.",
     [("COERCE", ["unlinked"], ["unlinked"])]),
    # conventions of the manual
    ("The foreign ministry summoned the Turkish ambassador.",
     [("ACCUSE", ["unlinked"], ["Turkey"])]),
    ("Bolivia's government declared a state of emergency in the capital.",
     [("COERCE", ["Bolivia"], [])]),
    ("Bolivia's government declared a state of emergency over the floods.", []),
    ("Russia vetoed the resolution.", [("REJECT", ["Russia"], [])]),
    ("India massed troops along the border.", [("MOBILIZE", ["India"], [])]),
    # a warning's complement clause says whether it is coercive
    ("Serbia warned Kosovo that it would respond with force.",
     [("THREATEN", ["Serbia"], ["Kosovo"])]),
    ("Serbia warned that prices would rise.", []),
    # a state organ in a named country is that country; in a city it stays unlinked
    ("Authorities in Egypt detained a blogger.", [("COERCE", ["Egypt"], ["unlinked"])]),
    ("Police in Cairo detained a blogger.", [("COERCE", ["unlinked"], ["unlinked"])]),
    # downing an aircraft is the shooter's attack; downing drones codes their owner's
    ("Syria shot down a Turkish warplane.", [("ASSAULT", ["Syria"], ["Turkey"])]),
    ("Poland shot down three Russian drones.", [("ASSAULT", ["Russia"], ["Poland"])]),
    # a named crowd-control weapon makes a dispersal an ASSAULT, also when the governing
    # clause names it; without one, dispersing a rally restricts it
    ("Police officers used pepper spray to disperse a crowd of students in Dhaka.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    ("Riot police fired rubber bullets at striking miners.",
     [("ASSAULT", ["unlinked"], ["unlinked"])]),
    ("Police dispersed a rally in Minsk.", [("COERCE", ["unlinked"], ["Belarus"])]),
    ("The fog dispersed by noon.", []),
    # a glued hyphen does not end a name's noun phrase
    ("The Asia-Pacific Economic Cooperation forum rejected the proposal.",
     [("REJECT", ["Asia-Pacific Economic Cooperation"], [])]),
    ("The APEC forum rejected the proposal.",
     [("REJECT", ["Asia-Pacific Economic Cooperation"], [])]),
    ("The European Community lifted its ban on Irish beef.",
     [("CONCEDE", ["European Communities"], ["Ireland"])]),
    # clashes between two named parties are their fight; a clash of views is none
    ("Clashes between Armenian and Azerbaijani troops erupted on the border.",
     [("ASSAULT", ["Armenia", "Azerbaijan"], [])]),
    ("A clash of opinions marked the debate in Yerevan.", []),
    # a word before "police" modifies it
    ("Riot police guarded the parliament in Athens.", []),
    # forces of nature act for no one
    ("A tornado destroyed dozens of homes in Kansas.", []),
    ("Heavy flooding closed the main highway.", []),
    # light verbs: the event noun's parties are the light verb's event's
    ("The Spanish foreign minister paid a visit to Kyiv on Friday.",
     [("CONSULT", ["Spain"], ["Ukraine"])]),
    ("The Spanish foreign minister made a two-day visit to Ukraine.",
     [("CONSULT", ["Spain"], ["Ukraine"])]),
    ("The Spanish foreign minister paid a fine in Madrid.", []),
    ("The Arab League issued a call for a ceasefire in Sudan.",
     [("REQUEST", ["Arab League"], [])]),
    ("Iran's president made a phone call to his Egyptian counterpart.",
     [("CONSULT", ["Egypt", "Iran"], [])]),
    ("Japan made a formal protest to China.", [("ACCUSE", ["Japan"], ["China"])]),
    ("The Iranian president is on a three-day visit to Russia.",
     [("CONSULT", ["Iran"], ["Russia"])]),
    ("The Iranian president was on a plane to Russia.", []),
    ("Iran's president had a meeting with his Egyptian counterpart.",
     [("CONSULT", ["Egypt", "Iran"], [])]),
    ("Thousands joined a protest in Tokyo.", [("PROTEST", ["unlinked"], [])]),
    # a participle after a comma shares the clause's subject; a casualty participle is
    # the toll of the attack before it
    ("Morocco broke off ties with Iran, accusing Tehran of arming rebels.",
     [("SANCTION", ["Morocco"], ["Iran"]), ("ACCUSE", ["Morocco"], ["Iran"])]),
    # a base form after a plural noun of people is a headline's verb
    ("Tunisian authorities arrest opposition leader",
     [("COERCE", ["Tunisia"], ["unlinked"])]),
    ("Weapons supply remained a concern for Tunisian authorities.", []),
    # who claims an attack carried it out
    ("The Houthis claimed responsibility for an attack on a Greek tanker.",
     [("ASSAULT", ["Houthis"], ["Greece"])]),
    ("Russia claimed victory in the battle.", []),
    # travelling for talks is a visit (a date in between does not hide the place)
    ("China's foreign minister travelled to Moscow last week for talks.",
     [("CONSULT", ["China"], ["Russia"])]),
    ("China's foreign minister travelled to Moscow last week.", []),
    # an agreement "under" which something happens is in force, not reached
    ("Cuba freed 20 prisoners under a deal with the United States.",
     [("CONCEDE", ["Cuba"], ["unlinked"])]),
    # the parties to a clash named by common nouns are its sources
    ("Fighting between government troops and rebels killed 30 people.",
     [("ASSAULT", ["unlinked", "unlinked"], ["unlinked"])]),
    # damage by protesters is a riot; an attack on someone stays an ASSAULT
    ("Supporters of the candidate torched polling stations.",
     [("PROTEST", ["unlinked"], [])]),
    ("Protesters pelted police with stones.", [("ASSAULT", ["unlinked"], ["unlinked"])]),
    # pulling out diplomats is a sanction, pulling out troops a retreat
    ("Mexico pulled its ambassador out of Peru.", [("SANCTION", ["Mexico"], ["Peru"])]),
    ("Israel pulled its troops out of Jenin.", [("RETREAT", ["Israel"], [])]),
    # headline and lede verbs, each with a sense that is no event
    ("Israel rebuffed a proposal from the United Nations.",
     [("REJECT", ["Israel"], ["United Nations"])]),
    ("Argentina slams British military drills", [("ACCUSE", ["Argentina"], ["United Kingdom"])]),
    ("A car slammed into a bus in Nairobi.", []),
    ("Moscow dismissed the accusations as absurd.", [("REJECT", ["Russia"], [])]),
    ("The president dismissed the army chief.", []),
    ("The African Union suspended Gabon from all its activities.",
     [("SANCTION", ["African Union"], ["Gabon"])]),
    ("Police shut down an opposition newspaper in Harare.",
     [("COERCE", ["unlinked"], ["unlinked"])]),
    ("The factory shut down last year.", []),
    ("Ghana banned imports of poultry from Nigeria.", [("SANCTION", ["Ghana"], ["Nigeria"])]),
    ("Ghana banned opposition rallies.", [("COERCE", ["Ghana"], ["unlinked"])]),
    ("Greece sent two frigates to the Aegean.", [("MOBILIZE", ["Greece"], [])]),
    ("Greece sent aid to Turkey.", [("AID", ["Greece"], ["Turkey"])]),
    # "would" after a reporting verb is a plan (a promise of aid is AGREE), not a hypothesis
    ("Germany said it would send more weapons to Ukraine.",
     [("AGREE", ["Germany"], ["Ukraine"])]),
    ("Germany could send more weapons to Ukraine, analysts said.",
     [("AID", ["Germany"], ["Ukraine"])]),
    # force promised for when a condition is met is a threat; the condition is no event
    ("Hamas said it would attack Israel if the raids continued.",
     [("THREATEN", ["Hamas"], ["Israel"])]),
    ("If Israel attacks Hamas in Rafah, the situation will escalate.",
     [("ASSAULT", ["Israel"], ["Hamas"])]),
    # what a bid, plan or offer aims at is no event; a US offer is a noun
    ("Turkey lifted its veto on Sweden's bid to join NATO.",
     [("CONCEDE", ["Turkey"], ["Sweden"])]),
    ("Denmark turned down a US offer to buy Greenland.",
     [("REJECT", ["Denmark"], ["United States"])]),
]


@pytest.mark.parametrize("text,expected", ENGLISH_CONSTRUCTIONS,
                         ids=[t[:40] for t, _ in ENGLISH_CONSTRUCTIONS])
def test_english_constructions(pipeline: Pipeline, text: str,
                               expected: list[tuple[str, list[str], list[str]]]) -> None:
    analysis = analyse(pipeline, text, "en", dt.date(2025, 6, 20))
    assert described_events(analysis) == sorted((t, sorted(s), sorted(g)) for t, s, g in expected)


# (text, date of the only event): a date right after a speech verb dates the statement
STATEMENT_DATES = [
    ("Rebels seized the airport, officials said on Tuesday.", None),
    ("Troops shelled the town on Sunday, the army said on Monday.", "2025-06-15"),
    ("Rebels seized the airport on Tuesday.", "2025-06-17"),
]


@pytest.mark.parametrize("text,date", STATEMENT_DATES, ids=[t[:40] for t, _ in STATEMENT_DATES])
def test_statement_date_is_not_the_event_date(pipeline: Pipeline, text: str,
                                              date: str | None) -> None:
    analysis = analyse(pipeline, text, "en", dt.date(2025, 6, 20))
    [event] = analysis.events
    found = event.date.value if event.date is not None and event.date.basis == "text" else None
    assert found == date
