"""Entity mentions and links: German and English tables, including the traps."""

from __future__ import annotations

import pytest

from lagebild.model import EntityMention
from lagebild.pipeline import Analysis, Pipeline
from lagebild.resources import Resources
from lagebild.service import make_document
from lagebild.stages.entities import find_entities, text_stages


@pytest.fixture(scope="module")
def text_pipeline(resources: Resources) -> Pipeline:
    return Pipeline(stages=text_stages(resources.settings), resources=resources)


def analyse(pipeline: Pipeline, text: str, language: str,
            ner: tuple[EntityMention, ...] = ()) -> Analysis:
    analysis = pipeline.run(make_document(text, language=language, published="2023-10-25"))
    return find_entities(analysis.replace(ner=ner), pipeline.resources)


def mention(analysis: Analysis, text: str, nth: int = 1) -> EntityMention | None:
    hits = [m for m in analysis.entities if m.text == text]
    return hits[nth - 1] if len(hits) >= nth else None


# (language, sentence, mention text, expected kb id; "unlinked" = an unlinked id,
#  None = no mention with exactly this text)
LINKS = [
    ("de", "Israels Premier wies die Vorwürfe des Irans zurück.", "Israels", "Q801"),
    ("de", "Israels Premier wies die Vorwürfe des Irans zurück.", "Irans", "Q794"),
    ("de", "Die israelischen Streitkräfte griffen an.", "israelischen Streitkräfte",
     "lb:israel-defense-forces"),
    ("de", "Die israelischen Soldaten rückten vor.", "israelischen", "Q801"),
    ("de", "Ein israelischer Sprecher bestätigte das.", "israelischer", "Q801"),
    ("de", "Die Zahl der getöteten Israelis stieg.", "Israelis", "Q801"),
    ("de", "Zwei Amerikaner wurden freigelassen.", "Amerikaner", "Q30"),
    ("de", "Kämpfer des Islamischen Staates griffen an.", "Islamischen Staates",
     "lb:islamic-state"),
    ("de", "Hamas, Hisbollah und Islamischer Jihad lehnten ab.", "Hamas", "Q38799"),
    ("de", "Hamas, Hisbollah und Islamischer Jihad lehnten ab.", "Hisbollah", "lb:hezbollah"),
    ("de", "Hamas, Hisbollah und Islamischer Jihad lehnten ab.", "Islamischer Jihad",
     "lb:palestinian-islamic-jihad"),
    ("de", "Der Islamische Dschihad feuerte Raketen.", "Islamische Dschihad",
     "lb:palestinian-islamic-jihad"),
    ("de", "Sie traten in den Israel-Hamas-Konflikt ein.", "Israel", "Q801"),
    ("de", "Sie traten in den Israel-Hamas-Konflikt ein.", "Hamas", "Q38799"),
    ("de", "Sie traten in den Israel-Hamas-Konflikt ein.", "Israel-Hamas-Konflikt", None),
    ("de", "Washington warnte Teheran vor einer Eskalation.", "Washington", "Q30"),
    ("de", "Am Montag kündigte Moskau neue Angriffe an.", "Moskau", "Q159"),
    ("de", "Netanjahu reiste nach Washington.", "Washington", "unlinked"),
    ("de", "Die Angriffe auf Kiew dauerten an.", "Kiew", "unlinked"),
    ("de", "Der König von Jordanien empfing den Gast.", "Jordanien", "Q810"),
    ("de", "Die US-Regierung und die Nato berieten.", "US-Regierung",
     "lb:federal-government-of-the-united-states"),
    ("de", "Die US-Regierung und die Nato berieten.", "Nato", "Q7184"),
    ("de", "Selenskyj sprach mit Scholz.", "Selenskyj", "Q3874799"),
    ("de", "Die Huthi-Miliz griff ein Schiff an.", "Huthi-Miliz", "lb:houthis"),
    ("de", "Das berichtete die Nachrichtenagentur dpa.", "dpa", "lb:deutsche-presse-agentur"),
    ("en", "Iran's foreign minister met Hezbollah officials in Beirut.", "Iran", "Q794"),
    ("en", "Iran's foreign minister met Hezbollah officials in Beirut.", "Hezbollah",
     "lb:hezbollah"),
    ("en", "Iran's foreign minister met Hezbollah officials in Beirut.", "Beirut", "unlinked"),
    ("en", "Washington warned Moscow against escalation.", "Washington", "Q30"),
    ("en", "Protesters marched in Washington on Sunday.", "Washington", "unlinked"),
    ("en", "Jordan closed its airspace to all flights.", "Jordan", "Q810"),
    ("en", "Fans cheered as Michael Jordan arrived.", "Michael Jordan", "unlinked"),
    ("en", "Fans cheered as Michael Jordan arrived.", "Jordan", None),
    ("en", "The lecture by Jordan Peterson was cancelled.", "Jordan Peterson", "unlinked"),
    ("en", "Hamas, Hezbollah and Islamic Jihad rejected the plan.", "Islamic Jihad",
     "lb:palestinian-islamic-jihad"),
    ("en", "The Israel-Hamas war entered its third month.", "Israel", "Q801"),
    ("en", "The Washington Post reported the talks.", "Washington Post",
     "lb:the-washington-post"),
    ("en", "The Washington Post reported the talks.", "Washington", None),
    ("en", "Al-Shabaab fighters attacked the base.", "Al-Shabaab", "lb:al-shabaab"),
    ("en", "The Kremlin said Lavrov would attend.", "Lavrov", "lb:sergey-lavrov"),
    ("en", "Bild reported the plan first.", "Bild", "lb:bild"),
    ("de", "Das Bild zeigte zerstörte Häuser.", "Bild", None),
]


# Later classes: country adjectives inside words or before a group's name, a
# one-word party alias opening another name, a state body after another
# country's adjective, and knowledge-base coverage.
COVERAGE = [
    ("de", "Proiranische Milizen griffen den Stützpunkt an.", "iranische", "Q794"),
    ("de", "Bei der Kundgebung wurden antiisraelische Parolen gerufen.", "israelische",
     "Q801"),
    ("de", "Die pakistanischen Taliban bekannten sich zu dem Anschlag.", "pakistanischen",
     "Q843"),
    ("de", "Die pakistanischen Taliban bekannten sich zu dem Anschlag.", "Taliban",
     "lb:tehrik-i-taliban-pakistan"),
    ("de", "Die Syrischen Demokratischen Kräfte meldeten Gefechte.",
     "Syrischen Demokratischen Kräfte", "lb:syrian-democratic-forces"),
    ("en", "The Chilean Senate approved the budget.", "Senate", "unlinked"),
    # A senate the knowledge base has under its state's adjective (link20) is that body.
    ("en", "The Polish Senate approved the budget.", "Polish Senate", "lb:senate-of-poland"),
    ("en", "The Senate approved the budget.", "Senate", "lb:united-states-senate"),
    ("en", "Malawi's Supreme Court annulled the vote.", "Supreme Court", "unlinked"),
    ("en", "Kenya's Supreme Court annulled the vote.", "Supreme Court",
     "lb:supreme-court-of-kenya"),
    ("en", "The National Guard was deployed to Chicago.", "National Guard",
     "lb:national-guard-united-states"),
    ("de", "Mexikos Regierung schickte die Nationalgarde an die Grenze.", "Nationalgarde",
     "lb:national-guard-mexico"),
    ("de", "Der Vorsitzende der Democratic Alliance trat zurück.", "Democratic Alliance",
     "lb:democratic-alliance-south-africa"),
    # A company's or group's short name opening a compound with a member noun.
    ("de", "Telekom-Chef Tim Höttges kündigte Stellenabbau an.", "Telekom",
     "lb:deutsche-telekom"),
    ("de", "Der Chef der Wagner-Truppe kam ums Leben.", "Wagner", "lb:wagner-group"),
    # An acronym two parties share links where the text names the country.
    ("de", "Die NPP gewann die Wahl.", "NPP", "unlinked"),
    ("de", "In Ghana gewann die NPP die Wahl.", "NPP", "lb:new-patriotic-party"),
    ("en", "Sri Lanka's NPP won the vote.", "NPP", "lb:national-people-s-power"),
    ("en", "The Supreme Court struck down the tariffs.", "Supreme Court",
     "lb:supreme-court-of-the-united-states"),
    ("de", "Die Union stellte einen eigenen Antrag.", "Union", "lb:cdu-csu"),
    ("de", "Die Europäische Union stellte einen Antrag.", "Union", None),
    ("en", "The Justice Department charged him on Friday.", "Justice Department",
     "lb:united-states-department-of-justice"),
    ("en", "Two Republican senators voted against it.", "Republican",
     "lb:republican-party-united-states"),
    ("de", "Der republikanische Senator stimmte dagegen.", "republikanische",
     "lb:republican-party-united-states"),
    ("en", "Democratic lawmakers walked out of the chamber.", "Democratic",
     "lb:democratic-party-united-states"),
    ("en", "Japan's small Democratic Reform Party lost its only seat.",
     "Democratic Reform Party", "unlinked"),
    ("de", "Die Republikanische Garde zog durch die Stadt.", "Republikanische Garde",
     "unlinked"),
    ("de", "Der Chefankläger des Strafgerichtshofs beantragte Haftbefehle.",
     "Strafgerichtshofs", "Q47488"),
]

# Knowledge-base gaps closed in link5: each entity must link on its own, and the
# longer name must win over the shorter entity or country it contains.
GAPS = [
    ("de", "Die Insolvenz von Wirecard erschütterte den Finanzplatz.", "Wirecard", "lb:wirecard"),
    ("en", "Regulators fined X Corp over its verification badges.", "X Corp", "lb:x-corp"),
    ("en", "Ministers of OPEC+ meet in Vienna next week.", "OPEC+", "lb:opec-plus"),
    ("de", "Die Opec+ erhöht ab Mai die Förderung.", "Opec+", "lb:opec-plus"),
    ("de", "Die Opec lehnte eine Stellungnahme ab.", "Opec", "lb:opec"),
    ("en", "Abdulaziz bin Salman defended the cuts.", "Abdulaziz bin Salman",
     "lb:abdulaziz-bin-salman"),
    ("en", "Chad Wolf testified before the committee.", "Chad Wolf", "lb:chad-wolf"),
    ("en", "The Home Office deported the men on Tuesday.", "Home Office", "lb:home-office"),
    ("de", "Ein Zerstörer der US-Marine fing die Raketen ab.", "US-Marine",
     "lb:united-states-navy"),
    ("en", "A U.S. Navy destroyer shot down the missiles.", "U.S. Navy", "lb:united-states-navy"),
    ("en", "The US Army opened an inquiry.", "US Army", "lb:united-states-army"),
    ("en", "The Free Democrats quit the government in Berlin.", "Free Democrats",
     "lb:free-democratic-party"),
    ("de", "Die Polizei durchsuchte Wohnungen der Reichsbürger in Bayern.", "Reichsbürger",
     "lb:reichsburger-movement"),
    ("en", "The New Popular Front named its candidate.", "New Popular Front",
     "lb:new-popular-front"),
    ("en", "The Sahra Wagenknecht Alliance entered two state parliaments.",
     "Sahra Wagenknecht Alliance", "lb:bundnis-sahra-wagenknecht"),
    # A title settles a bare surname only when exactly one holder of that office
    # with that surname is still in it.
    ("en", "The bill stalled after Speaker Johnson refused a vote.", "Johnson", "lb:mike-johnson"),
    ("en", "President Johnson signed the act in 1964.", "Johnson", "unlinked"),
    ("en", "Speaker Whitcombe adjourned the session.", "Whitcombe", "unlinked"),
]


# A name several states' bodies share links to the body of the country the text
# names: right before or after it, else in the sentence; never on its own.
SHARED_NAMES = [
    ("de", "Die Nationalversammlung stimmte am Abend über den Haushalt ab.",
     "Nationalversammlung", "unlinked"),
    ("en", "The National Assembly approved the budget late on Tuesday.", "National Assembly",
     "unlinked"),
    ("de", "Die Nationalversammlung Serbiens billigte die neue Regierung.",
     "Nationalversammlung", "lb:national-assembly-serbia"),
    ("de", "In Vietnam wählte die Nationalversammlung einen neuen Präsidenten.",
     "Nationalversammlung", "lb:national-assembly-vietnam"),
    ("en", "Pakistan's National Assembly elected a new prime minister.", "National Assembly",
     "lb:national-assembly-of-pakistan"),
    ("en", "The National Assembly in Paris rejected the pension bill.", "National Assembly",
     "lb:national-assembly-france"),
    ("en", "Peru's president dissolved Congress and called new elections.", "Congress",
     "lb:congress-of-the-republic-of-peru"),
    ("en", "Congress passed the defense bill after the Senate vote.", "Congress",
     "lb:united-states-congress"),
    ("en", "The Liberals won the most seats in Canada after a tight race.", "Liberals",
     "lb:liberal-party-of-canada"),
    ("en", "Australia's Liberals chose a new leader.", "Liberals",
     "lb:liberal-party-of-australia"),
    ("en", "The House passed the bill and Speaker Mike Johnson sent it on.", "House",
     "lb:united-states-house-of-representatives"),
    ("de", "Ein Sprecher des Verteidigungsministeriums in Kiew sagte das.",
     "Verteidigungsministeriums", "lb:ministry-of-defence-ukraine"),
    ("de", "Rheinmetall erhielt einen Auftrag vom Verteidigungsministerium.",
     "Verteidigungsministerium", "lb:federal-ministry-of-defence-germany"),
    ("de", "In Neu-Delhi warf der Kongress der Regierung Versagen vor.", "Kongress",
     "lb:indian-national-congress"),
    ("en", "The Democratic Party nominated a new candidate.", "Democratic Party",
     "lb:democratic-party-united-states"),
    ("en", "Italy's Democratic Party chose a new leader.", "Democratic Party",
     "lb:democratic-party-italy"),
    ("en", "The Supreme Court in Islamabad ordered his release.", "Supreme Court",
     "lb:supreme-court-of-pakistan"),
    ("en", "The Supreme Court struck down the tariffs.", "Supreme Court",
     "lb:supreme-court-of-the-united-states"),
    ("de", "Das Oberste Gericht wies die Klage ab.", "Oberste Gericht", "unlinked"),
]


# Coverage pass 5 (link7): ministries of the states in the news under their
# shared names, office holders and parties the knowledge base lacked.
COVERAGE_LINK7 = [
    ("de", "Das Außenministerium in Riad begrüßte die Waffenruhe.", "Außenministerium",
     "lb:ministry-of-foreign-affairs-saudi-arabia"),
    ("en", "Kenya's Defence Ministry confirmed the deployment.", "Defence Ministry",
     "lb:ministry-of-defence-kenya"),
    ("de", "Das polnische Verteidigungsministerium bestellte Panzer.",
     "polnische Verteidigungsministerium", "lb:ministry-of-national-defence-poland"),
    ("de", "Das Verteidigungsministerium Polens bestellte Panzer.", "Verteidigungsministerium",
     "lb:ministry-of-national-defence-poland"),
    ("en", "The Foreign Ministry summoned the ambassador on Monday.", "Foreign Ministry",
     "unlinked"),
    ("en", "Taiwan's ruling Democratic Progressive Party lost its majority.",
     "Democratic Progressive Party", "lb:democratic-progressive-party"),
    ("de", "Die Demokratische Allianz trat der Regierung bei.", "Demokratische Allianz",
     "lb:democratic-alliance-south-africa"),
    ("en", "Foreign minister Musalia Mudavadi met the envoy in Nairobi.", "Musalia Mudavadi",
     "lb:musalia-mudavadi"),
    ("en", "Pakistan's ISI denied any role in the attack.", "ISI",
     "lb:inter-services-intelligence"),
    ("de", "Der MAD ermittelt gegen einen Offizier.", "MAD",
     "lb:military-counterintelligence-service"),
    ("en", "South Korea's NIS said the North had sent troops.", "NIS",
     "lb:national-intelligence-service-south-korea"),
    ("en", "The NIS said the report was false.", "NIS", "unlinked"),
    ("de", "IWF-Chefin Kristalina Georgiewa warnte vor einer Rezession.",
     "Kristalina Georgiewa", "lb:kristalina-georgieva"),
    ("de", "Die Miliz FDLR operiert im Osten des Kongo.", "FDLR",
     "lb:democratic-forces-for-the-liberation-of-rwanda"),
    ("en", "Peacekeepers of UNMISS protected the camp.", "UNMISS",
     "lb:united-nations-mission-in-south-sudan"),
    ("en", "Finance Minister Nirmala Sitharaman presented the budget.", "Nirmala Sitharaman",
     "lb:nirmala-sitharaman"),
]

# A country possessive before a central bank is the state, not only its location.
CENTRAL_BANKS = [
    ("en", "Turkey's central bank raised its key rate.", "Turkey", True),
    ("de", "Russlands Zentralbank senkte den Leitzins.", "Russlands", True),
    ("en", "Germany's largest bank cut jobs.", "Germany", False),
]


# A German closed compound opening with an actor's name before a person or group
# noun: the name is a mention of its own; other compounds stay words.
COMPOUNDS = [
    ("de", "Bundeswehrsoldaten sicherten den Flughafen.", "Bundeswehr", "lb:bundeswehr"),
    ("de", "Palästinenserpräsident Mahmud Abbas reiste ab.", "Palästinenser", "Q219060"),
    ("de", "Kremlsprecher Dmitri Peskow wies das zurück.", "Kreml", "lb:moscow-kremlin"),
    ("de", "Mehrere Hamaskämpfer wurden festgenommen.", "Hamas", "Q38799"),
    ("de", "Die Chinareise des Kanzlers wurde verschoben.", "China", None),
    ("de", "Der Nordamerikaner gewann das Rennen.", "Nordamerikaner", None),
]

# A country possessive opening an alias is a mention of its own; a one-word
# party alias ending a longer English name is not the party, nor is a German
# one-word alias after a capitalised adjective.
NAME_PARTS = [
    ("en", "South Korea's Democratic Party won the election.", "Democratic Party",
     "lb:democratic-party-of-korea"),
    ("en", "Brazil's Workers' Party lost ground.", "Workers' Party", "lb:workers-party-brazil"),
    ("en", "Sweden's Social Democrats lost seats.", "Social Democrats", "unlinked"),
    ("en", "Senate Democrats blocked the bill.", "Democrats", "lb:democratic-party-united-states"),
    ("en", "The Democrats blocked the bill.", "Democrats", "lb:democratic-party-united-states"),
    # German: a capitalised adjective inside a sentence opens a longer proper name.
    ("de", "Der Nationale Sicherheitsrat der Türkei tagte am Abend.", "Nationale Sicherheitsrat",
     "unlinked"),
    ("de", "Der Sicherheitsrat tagte in New York.", "Sicherheitsrat", "Q37470"),
    ("de", "Die Tochter Eurowings streicht Flüge.", "Eurowings", "lb:eurowings"),
    ("de", "Die Ampelkoalition stritt um den Haushalt. Die Ampel zerbrach im November.", "Ampel",
     "lb:scholz-cabinet"),
    ("de", "Der Radfahrer wartete an der Ampel.", "Ampel", None),  # the traffic light
]


# Coverage pass 7 (link10): shared body names in lower case, settled by the
# country named before or after them (a capital's possessive too), shared
# party names, German party nouns made of adjectives, and an organisation's
# short name opening a hyphenated compound with a member noun.
SHARED_LINK10 = [
    ("en", "Taiwan's defense ministry reported 30 Chinese aircraft.", "defense ministry",
     "lb:ministry-of-national-defense-taiwan"),
    ("en", "Beijing's foreign ministry called the sanctions illegal.", "foreign ministry",
     "lb:ministry-of-foreign-affairs-china"),
    ("en", "The foreign ministry in Tehran summoned the envoy.", "foreign ministry",
     "lb:ministry-of-foreign-affairs-iran"),
    ("en", "The defence ministry said it shot down 40 drones.", "defence ministry", None),
    ("en", "The foreign ministry summoned the Turkish ambassador.", "foreign ministry", None),
    ("en", "Washington's Treasury imposed sanctions on two banks.", "Treasury",
     "lb:united-states-department-of-the-treasury"),
    ("en", "Britain's Treasury published the borrowing figures.", "Treasury", "lb:hm-treasury"),
    ("en", "The Treasury said the sanctions targeted 40 tankers.", "Treasury", "unlinked"),
    ("en", "Germany's Greens said they would not join the coalition.", "Greens",
     "lb:alliance-90-the-greens"),
    ("en", "Australia's Greens blocked the housing bill.", "Greens", "lb:australian-greens"),
    ("en", "Ukraine's General Staff said 40 clashes took place.", "General Staff",
     "lb:general-staff-of-the-armed-forces-of-ukraine"),
    ("de", "Der Generalstab in Moskau meldete Geländegewinne.", "Generalstab",
     "lb:general-staff-of-the-armed-forces-of-russia"),
    ("en", "Number 10 declined to comment on the report.", "Number 10",
     "lb:government-of-the-united-kingdom"),
    ("en", "Conservative leader Kemi Badenoch attacked the budget.", "Conservative",
     "lb:conservative-party-uk"),
    ("en", "Jim Jordan, the Ohio Republican, opposed the package.", "Republican",
     "lb:republican-party-united-states"),
    ("en", "Texas Democrats left the state to block the vote.", "Democrats",
     "lb:democratic-party-united-states"),
    ("en", "Sweden Democrats gained seats in the election.", "Democrats", None),
    ("en", "Bavaria's Christian Social Union won the state election.",
     "Christian Social Union", "lb:christian-social-union-in-bavaria"),
    ("de", "Die Christsozialen gewannen die Landtagswahl.", "Christsozialen",
     "lb:christian-social-union-in-bavaria"),
    ("de", "Die Freiheitlichen legten bei der Wahl deutlich zu.", "Freiheitlichen",
     "lb:freedom-party-of-austria"),
    ("de", "Die britischen Konservativen stürzten in den Umfragen ab.", "Konservativen",
     "lb:conservative-party-uk"),
    ("de", "Die Konservativen in Kanada gewannen die Wahl.", "Konservativen",
     "lb:conservative-party-of-canada"),
    ("de", "Die Sozialdemokraten in Wien verloren Stimmen.", "Sozialdemokraten",
     "lb:social-democratic-party-of-austria"),
    ("de", "Wagner-Chef Jewgeni Prigoschin kam ums Leben.", "Wagner", "lb:wagner-group"),
    ("de", "Die Wagner-Oper wurde in Bayreuth gespielt.", "Wagner", None),
    # English writes the member noun apart: the short name links before it only.
    ("en", "Wagner mercenaries withdrew from Mali.", "Wagner", "lb:wagner-group"),
    ("en", "Wagner operas were staged in Bayreuth.", "Wagner", None),
    ("de", "Der ICE nach Berlin fiel aus.", "ICE", None),
    ("en", "ICE agents detained him outside the courthouse.", "ICE",
     "lb:u-s-immigration-and-customs-enforcement"),
]


@pytest.mark.parametrize(
    ("language", "sentence", "text", "expected"),
    LINKS + COVERAGE + GAPS + SHARED_NAMES + NAME_PARTS + COVERAGE_LINK7 + COMPOUNDS
    + SHARED_LINK10,
)
def test_links(text_pipeline: Pipeline, language: str, sentence: str, text: str,
               expected: str | None) -> None:
    found = mention(analyse(text_pipeline, sentence, language), text)
    if expected is None:
        assert found is None
        return
    assert found is not None, f"{text!r} not found"
    if expected == "unlinked":
        assert found.kb_id is not None and found.kb_id.startswith("unlinked:")
    else:
        assert found.kb_id == expected


def test_closed_compound_name_offsets(text_pipeline: Pipeline) -> None:
    analysis = analyse(text_pipeline, "Ein Palästinenserpräsident und Kremlsprecher.", "de")
    spans = {(m.text, m.start, m.end) for m in analysis.entities}
    assert spans == {("Palästinenser", 4, 17), ("Kreml", 31, 36)}


def test_compound_offsets(text_pipeline: Pipeline) -> None:
    text = "Hamas-Vizechef und Israel-Hamas-Konflikt an der Gaza-Grenze."
    analysis = analyse(text_pipeline, text, "de")
    spans = [(m.text, m.start, m.end) for m in analysis.entities]
    assert ("Hamas", 0, 5) in spans
    assert ("Israel", 19, 25) in spans
    assert ("Hamas", 26, 31) in spans
    assert ("Gaza", 48, 52) in spans
    for m in analysis.entities:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("language", "sentence", "text", "label", "actor", "type_"),
    [
        ("de", "Raketen schlugen im Gazastreifen ein.", "Gazastreifen", "LOC", False, "territory"),
        ("de", "Truppen zogen an die Gaza-Grenze.", "Gaza", "LOC", False, "territory"),
        ("de", "Das meldete die Jerusalem Post.", "Jerusalem Post", "ORG", False, "media"),
        ("en", "The Jerusalem Post reported the attack.", "Jerusalem Post", "ORG", False, "media"),
        ("en", "According to Reuters, ten people died.", "Reuters", "ORG", False, "media"),
        ("de", "Die Hamas griff an.", "Hamas", "ORG", True, "armed_group"),
        ("de", "Israel griff an.", "Israel", "LOC", True, "country"),
        ("de", "Nasrallah drohte.", "Nasrallah", "PER", True, "person"),
    ],
)
def test_labels_and_actor_flags(text_pipeline: Pipeline, language: str, sentence: str,
                                text: str, label: str, actor: bool, type_: str) -> None:
    found = mention(analyse(text_pipeline, sentence, language), text)
    assert found is not None
    assert (found.label, found.actor, found.type) == (label, actor, type_)


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("de", "Die Armee griff an.\nAnna Berg, Tom Weiss und Lea Kurz haben zu diesem Bericht "
         "beigetragen.", ["Anna Berg", "Tom Weiss", "Lea Kurz"]),
        ("en", "The army attacked.\nReporting by Anna Berg and Tom Weiss; Editing by Lea Kurz",
         ["Anna Berg", "Tom Weiss", "Lea Kurz"]),
    ],
)
def test_byline_names_are_not_actors(text_pipeline: Pipeline, language: str, text: str,
                                     names: list[str]) -> None:
    analysis = analyse(text_pipeline, text, language)
    bylines = {m.text: m for m in analysis.entities if m.role_in_text == "byline"}
    assert sorted(bylines) == sorted(names)
    assert all(m.actor is False and m.label == "PER" for m in bylines.values())


def test_byline_mentions_found_by_model_are_marked(text_pipeline: Pipeline) -> None:
    text = "Die Armee griff an. Nina Ostrowski hat zu diesem Bericht beigetragen."
    start = text.index("Nina")
    span = EntityMention(doc_id="x", text="Nina Ostrowski", start=start, end=start + 14,
                         label="PER")
    analysis = analyse(text_pipeline, text, "de", ner=(span,))
    found = mention(analysis, "Nina Ostrowski")
    assert found is not None and found.role_in_text == "byline" and found.actor is False


def test_short_name_joins_full_name(text_pipeline: Pipeline) -> None:
    text = ("Der Minister Ivo Pavlenko traf Abbas Araghtschi. Später sagte Pavlenko, "
            "Araghtschi habe zugehört.")
    analysis = analyse(text_pipeline, text, "de")
    first, second = mention(analysis, "Ivo Pavlenko"), mention(analysis, "Pavlenko")
    assert first is not None and second is not None
    assert first.kb_id is not None and first.kb_id.startswith("unlinked:")
    assert second.kb_id == first.kb_id
    short = mention(analysis, "Araghtschi")
    assert short is not None and short.kb_id == "lb:abbas-araghchi"


def test_phoenix_surname_needs_full_name_first(text_pipeline: Pipeline) -> None:
    # "Karzai" alone is a short form in the knowledge base: linked only after
    # the full name appeared.
    alone = analyse(text_pipeline, "Karzai sprach.", "de")
    assert mention(alone, "Karzai") is None
    after = analyse(text_pipeline, "Hamid Karzai kam. Karzai sprach.", "de")
    full, short = mention(after, "Hamid Karzai"), mention(after, "Karzai")
    assert full is not None and short is not None and full.kb_id == short.kb_id


def test_model_spans_merge(text_pipeline: Pipeline) -> None:
    text = "Mahmoud Abbas traf Jordan Ellwanger in Ramallah bei der Firma Zentex."

    def span(part: str, label: str) -> EntityMention:
        start = text.index(part)
        return EntityMention(doc_id="x", text=part, start=start, end=start + len(part),
                             label=label)

    ner = (span("Mahmoud Abbas", "PER"), span("Abbas", "PER"), span("Jordan Ellwanger", "PER"),
           span("Zentex", "ORG"))
    analysis = analyse(text_pipeline, text, "de", ner=ner)
    abbas = mention(analysis, "Mahmoud Abbas")
    assert abbas is not None and abbas.kb_id == "lb:mahmoud-abbas" and abbas.source == "kb"
    ellwanger = mention(analysis, "Jordan Ellwanger")
    assert ellwanger is not None and ellwanger.source == "model"
    assert ellwanger.kb_id is not None and ellwanger.kb_id.startswith("unlinked:")
    zentex = mention(analysis, "Zentex")
    assert zentex is not None and zentex.label == "ORG" and zentex.source == "model"
    again = analyse(text_pipeline, "Zentex expandiert.", "de",
                    ner=(EntityMention(doc_id="y", text="Zentex", start=0, end=6, label="ORG"),))
    assert mention(again, "Zentex") is not None
    assert mention(again, "Zentex").kb_id == zentex.kb_id  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("language", "text", "span_text", "place", "expected"),
    [
        # A person span the model opens with a role noun names an office of the country.
        ("de", "Sisi empfing den Emir von Katar in Kairo.", "Emir von Katar", "Katar", "Q846"),
        ("en", "The King of Jordan met the envoy.", "King of Jordan", "Jordan", "Q810"),
        # A personal name around a place name stays the person.
        ("de", "Michael Jordan spielte Basketball.", "Michael Jordan", "Michael Jordan", None),
    ],
)
def test_a_model_person_span_opened_by_a_role_keeps_the_country(
    text_pipeline: Pipeline, language: str, text: str, span_text: str, place: str,
    expected: str | None
) -> None:
    start = text.index(span_text)
    span = EntityMention(doc_id="x", text=span_text, start=start, end=start + len(span_text),
                         label="PER")
    found = mention(analyse(text_pipeline, text, language, ner=(span,)), place)
    assert found is not None
    if expected is None:
        assert found.label == "PER" and found.source == "model"
    else:
        assert found.kb_id == expected and found.actor is True


def test_without_model_entities_is_empty_tuple_safe(text_pipeline: Pipeline) -> None:
    analysis = text_pipeline.run(make_document("Kein Name hier.", language="de"))
    assert analysis.ner == ()
    assert find_entities(analysis, text_pipeline.resources).entities == ()


def test_seed_acceptance(pipeline: Pipeline, seed_text: str) -> None:
    analysis = pipeline.run(make_document(seed_text, published="2023-10-25"))
    assert analysis.language == "de"
    linked = {m.text: m.kb_id for m in analysis.entities if m.role_in_text != "byline"}
    expected = {
        "Hamas": "Q38799",
        "Hisbollah": "lb:hezbollah",
        "Islamischer Jihad": "lb:palestinian-islamic-jihad",
        "Israel": "Q801",
        "Iran": "Q794",
        "Gaza": "lb:gaza-strip",
        "Gazastreifen": "lb:gaza-strip",
        "Jerusalem Post": "lb:the-jerusalem-post",
        "Sayyed Hassan Nasrallah": "lb:hassan-nasrallah",
        "Saleh al-Arouri": "lb:saleh-al-arouri",
        "Ziad al-Nakhala": "lb:ziyad-al-nakhalah",
    }
    for text, kb_id in expected.items():
        assert linked.get(text) == kb_id, text
    media = [m for m in analysis.entities if m.text == "Jerusalem Post"]
    assert all(m.actor is False for m in media)
    roles = {(r.person_kb_id, r.role, r.organization_kb_id) for r in analysis.roles}
    assert ("lb:hassan-nasrallah", "official", "lb:hezbollah") in roles
    assert ("lb:saleh-al-arouri", "deputy leader", "Q38799") in roles
    assert ("lb:ziyad-al-nakhalah", "leader", "lb:palestinian-islamic-jihad") in roles
    byline_sentence = next(s for s in analysis.sentences
                           if "beigetragen" in seed_text[s.start : s.end])
    in_byline = [m for m in analysis.entities
                 if byline_sentence.start <= m.start < byline_sentence.end]
    assert len(in_byline) == 3
    assert all(m.actor is False and m.role_in_text == "byline" for m in in_byline)
    assert not any(r.start >= byline_sentence.start for r in analysis.roles)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Hamas griff an. Die Gruppe teilte mit, sie werde weiterkämpfen."),
        ("en", "Hamas attacked. The group said it would keep fighting."),
    ],
)
def test_pronouns_and_group_nouns_stay_unlinked(text_pipeline: Pipeline, language: str,
                                                text: str) -> None:
    analysis = analyse(text_pipeline, text, language)
    assert [m.text for m in analysis.entities] == ["Hamas"]


@pytest.mark.parametrize(
    ("language", "sentence", "expected_names"),
    [
        ("de", "Der Präsident der Bundesstiftung sprach.", []),
        ("de", "Sprecher Dr. Ivo Marek widersprach.", ["Ivo Marek"]),
        ("en", "Spokesman Clarence E. Holt declined to comment.", ["Clarence E. Holt"]),
        ("de", "Die CD-ROM lag in Rom.", []),
    ],
)
def test_rule_names(text_pipeline: Pipeline, language: str, sentence: str,
                    expected_names: list[str]) -> None:
    analysis = analyse(text_pipeline, sentence, language)
    assert [m.text for m in analysis.entities if m.label == "PER"] == expected_names
    assert all(m.text != "ROM" for m in analysis.entities)


@pytest.mark.parametrize(
    ("language", "text", "mention", "linked"),
    [
        ("en", "IRAN WARNS ISRAEL OVER STRIKES", "IRAN", True),
        ("de", "IRAN DROHT ISRAEL MIT VERGELTUNG", "IRAN", True),
        # A short word in capitals among ordinary words is an acronym, not the name.
        ("de", "Die Daten kamen auf einer CD-ROM aus dem Labor.", "ROM", False),
        ("en", "The IRAN act passed the Senate.", "IRAN", False),
    ],
)
def test_short_names_in_capitals_link_only_in_a_headline_in_capitals(
    text_pipeline: Pipeline, language: str, text: str, mention: str, linked: bool
) -> None:
    analysis = analyse(text_pipeline, text, language)
    found = [m for m in analysis.entities if m.text == mention and m.kb_id is not None
             and not m.kb_id.startswith("unlinked:")]
    assert bool(found) == linked


# A country or capital named as a location keeps its link (countries) or stays
# unlinked (capitals) but is no actor; the same names act elsewhere.
USES = [
    ("de", "Bei Angriffen in der Ukraine starben drei Menschen.", "Ukraine", "Q212", False),
    ("de", "Die Ministerin reiste nach Libanon.", "Libanon", "Q822", False),
    ("de", "Die Ukraine meldete neue Angriffe.", "Ukraine", "Q212", True),
    ("de", "In Amman demonstrierten Tausende.", "Amman", "unlinked", False),
    ("de", "Amman verurteilte den Angriff scharf.", "Amman", "Q810", True),
    ("de", "Brüssel will neue Zölle verhängen.", "Brüssel", "Q458", True),
    ("de", "Die Minister trafen sich in Brüssel.", "Brüssel", "unlinked", False),
    ("de", "Der Konvoi hielt auf ägyptischem Gebiet.", "ägyptischem", "Q79", False),
    ("en", "Two soldiers died in Lithuania.", "Lithuania", "Q37", False),
    ("en", "Lithuania summoned the envoy.", "Lithuania", "Q37", True),
    ("en", "Washington's allies urged restraint.", "Washington", "Q30", True),
    ("en", "The drone fell on Egyptian territory.", "Egyptian", "Q79", False),
]


# Seats of power (alias kind b) stand for the body housed there unless a
# preposition of place makes them the building.
SEATS = [
    ("de", "Merz empfing die Gäste im Kanzleramt.", "Kanzleramt", "unlinked", False),
    ("de", "Das Kanzleramt wies den Bericht zurück.", "Kanzleramt", "lb:german-chancellery",
     True),
    ("de", "Vor dem Kreml standen Hunderte Touristen.", "Kreml", "unlinked", False),
    ("de", "Der Kreml dementierte die Meldung.", "Kreml", "lb:moscow-kremlin", True),
    ("de", "Kreml-Sprecher Peskow widersprach.", "Kreml", "lb:moscow-kremlin", True),
    ("en", "The treaty was signed at the White House on Monday.", "White House", "unlinked",
     False),
    ("en", "The White House rejected the report.", "White House", "lb:white-house", True),
    ("en", "The firm received new orders from the Pentagon.", "Pentagon",
     "lb:united-states-department-of-defense", True),
    ("en", "Reporters waited outside Downing Street for hours.", "Downing Street", "unlinked",
     False),
]


# A state coordinated after a body placed in a capital is the body's partner,
# not a second place; a plain list of places stays places.
PARTNERS = [
    ("de", "Die Regierung in Kiew und die USA unterzeichneten ein Rohstoffabkommen.", "USA",
     "Q30", True),
    ("en", "The government in Kyiv and the United States signed a minerals deal.",
     "United States", "Q30", True),
    ("en", "The government in Kyiv and Washington agreed on a deal.", "Washington", "Q30", True),
    ("de", "Es gab Proteste in Kiew und Polen.", "Polen", "Q36", False),
    ("en", "Talks were held in Kyiv and Warsaw.", "Warsaw", "unlinked", False),
]


# Place or actor, third round: coordinated capitals in a stance, the topic of a plan,
# a state behind sanctions or support, a country owning a body, a capital breaking off
# talks and "Serb" as a country word; each with a twin that keeps its old reading.
PLACE_OR_ACTOR = [
    ("en", "London and Dublin remain split over the border checks.", "London", "Q145", True),
    ("en", "London and Dublin remain split over the border checks.", "Dublin", "Q27", True),
    ("en", "Kyiv and Kharkiv remain under fire overnight.", "Kyiv", "unlinked", False),
    ("de", "Paris und Berlin bleiben uneins über die Schuldenregeln.", "Berlin", "Q183", True),
    ("de", "Kiew und Charkiw bleiben unter Beschuss.", "Kiew", "unlinked", False),
    ("en", "Rabat welcomed a new autonomy plan for Western Sahara.", "Western Sahara",
     "Q6250", False),
    ("de", "Die Kommission legte eine Strategie für die Westsahara vor.", "Westsahara",
     "Q6250", False),
    ("en", "Congress approved more aid for Ukraine.", "Ukraine", "Q212", True),
    ("de", "Berlin sagte weitere Hilfen für die Ukraine zu.", "Ukraine", "Q212", True),
    ("en", "Dozens of firms were hit by new U.S. sanctions on Friday.", "U.S.", "Q30", True),
    ("en", "The militia expanded its attacks with support from Tehran.", "Tehran", "Q794",
     True),
    ("en", "Thousands of refugees from Kyiv reached the border.", "Kyiv", "unlinked", False),
    ("en", "Haiti's transitional council named a new premier.", "Haiti", "Q790", True),
    ("en", "Austria's interior ministry deported the man.", "Austria", "Q40", True),
    ("en", "Japan's coast guard detained the crew.", "Japan", "Q17", True),
    ("en", "Kyiv's city council approved the budget.", "Kyiv", "unlinked", False),
    ("en", "Heavy snow blanketed Austria's interior overnight.", "Austria", "Q40", False),
    ("en", "A typhoon battered Japan's coast.", "Japan", "Q17", False),
    ("en", "Moscow broke off the talks on Tuesday.", "Moscow", "Q159", True),
    ("de", "Moskau brach die Verhandlungen am Dienstag ab.", "Moskau", "Q159", True),
    ("en", "Kyiv broke into applause after the vote.", "Kyiv", "unlinked", False),
    ("de", "Kiew brach nach der Abstimmung in Jubel aus.", "Kiew", "unlinked", False),
    ("en", "Serb forces withdrew from the village.", "Serb", "Q403", True),
]


@pytest.mark.parametrize(("language", "sentence", "text", "expected", "actor"),
                         USES + SEATS + PARTNERS + PLACE_OR_ACTOR)
def test_place_names_as_locations_are_not_actors(
    text_pipeline: Pipeline, language: str, sentence: str, text: str, expected: str, actor: bool
) -> None:
    found = mention(analyse(text_pipeline, sentence, language), text)
    assert found is not None
    if expected == "unlinked":
        assert found.kb_id is not None and found.kb_id.startswith("unlinked:")
    else:
        assert found.kb_id == expected
    assert found.actor is actor
    assert (found.role_in_text == "location") is (not actor)


@pytest.mark.parametrize(
    ("language", "sentence", "text", "expected"),
    [
        ("en", "Gazans queued for flour.", "Gazans", "Q219060"),
        ("de", "Die saudischen Behörden schwiegen.", "saudischen", "Q851"),
        ("de", "Zwei Malier wurden festgenommen.", "Malier", "Q912"),
        ("en", "Yemeni rebels fired again.", "Yemeni", "Q805"),
        ("en", "German Chancellor Olaf Scholz spoke.", "German", "Q183"),
        ("de", "Der Hamas-Unterhändler Chalil al-Hajja reiste ab.", "Chalil al-Hajja",
         "lb:khalil-al-hayya"),
        ("de", "Georgiens Regierungschef Irakli Kobachidse sprach.", "Irakli Kobachidse",
         "lb:irakli-kobakhidze"),
        ("de", "Der Georgische Traum gewann erneut.", "Georgische Traum", "lb:georgian-dream"),
        ("en", "Republicans in the House blocked the bill.", "Republicans",
         "lb:republican-party-united-states"),
    ],
)
def test_demonyms_adjectives_and_coverage(text_pipeline: Pipeline, language: str,
                                          sentence: str, text: str, expected: str) -> None:
    found = mention(analyse(text_pipeline, sentence, language), text)
    assert found is not None and found.kb_id == expected and found.actor is True


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Jim Jordan chaired the hearing. Later, Jordan said the panel would vote."),
        ("de", "Im Ausschuss sprach Jim Jordan. Danach sagte Jordan, man werde abstimmen."),
    ],
)
def test_a_surname_repeated_is_the_person_not_the_country(
    text_pipeline: Pipeline, language: str, text: str
) -> None:
    analysis = analyse(text_pipeline, text, language)
    full, short = mention(analysis, "Jim Jordan"), mention(analysis, "Jordan")
    assert full is not None and short is not None
    assert short.kb_id == full.kb_id == "lb:jim-jordan" and short.form == "short"


def test_surname_of_an_unknown_person_over_a_country(text_pipeline: Pipeline) -> None:
    text = "The economist Paul Georgia warned of inflation. Georgia said prices would rise."
    analysis = analyse(text_pipeline, text, "en")
    full, short = mention(analysis, "Paul Georgia"), mention(analysis, "Georgia")
    assert full is not None and short is not None
    assert short.label == "PER" and short.kb_id == full.kb_id and short.type != "country"


def test_state_bodies_carry_their_country(text_pipeline: Pipeline) -> None:
    analysis = analyse(text_pipeline, "Die israelische Armee und die Bundesregierung.", "de")
    army, government = mention(analysis, "israelische Armee"), mention(analysis, "Bundesregierung")
    assert army is not None and army.country == "ISR"
    assert government is not None and government.country == "DEU"



# A country possessive only locates a company, party or armed group; before a state
# body it is the state.
POSSESSIVES = [
    ("en", "Italy's biggest lender UniCredit raised its offer.", "Italy", False),
    ("en", "Lebanon's Hezbollah fired drones at the border.", "Lebanon", False),
    ("en", "Sudan's army shelled the city again.", "Sudan", True),
    ("en", "Iraq's government condemned the strike.", "Iraq", True),
    ("en", "Afghanistan's Taliban government banned the meeting.", "Afghanistan", True),
    ("en", "Russia's Africa Corps replaced the mercenaries.", "Russia", True),
    ("en", "Taiwan's ruling Democratic Progressive Party lost its majority.", "Taiwan", False),
    # A role noun after the party heads the phrase: the state's officer.
    ("en", "Vietnam's Communist Party chief To Lam visited Pyongyang.", "Vietnam", True),
    ("de", "Deutschlands größter Autobauer Volkswagen streicht Stellen.", "Deutschlands",
     False),
    ("de", "Russlands Armee rückte weiter vor.", "Russlands", True),
    ("en", "South Korea's Democratic Party won the election.", "South Korea", False),
    ("en", "Brazil's Workers' Party lost ground.", "Brazil", False),
]


@pytest.mark.parametrize(
    ("language", "sentence", "area"),
    [
        ("de", "Die Flotte kreuzte im Indischen Ozean.", "Indischen Ozean"),
        ("de", "Die Rakete stürzte ins Japanische Meer.", "Japanische Meer"),
        ("en", "A cyclone formed over the Indian Ocean.", "Indian Ocean"),
        # ... and closing one (thirteenth round).
        ("en", "The missile fell into the Sea of Japan.", "Sea of Japan"),
        ("en", "Storms hit oil platforms in the Gulf of Mexico.", "Gulf of Mexico"),
    ],
)
def test_a_country_word_opening_a_sea_name_is_part_of_the_place(
    text_pipeline: Pipeline, language: str, sentence: str, area: str
) -> None:
    analysis = analyse(text_pipeline, sentence, language)
    found = mention(analysis, area)
    assert found is not None and found.label == "LOC" and found.actor is False
    assert all(m.type != "country" for m in analysis.entities)


# "<state body> in <country or capital>": the state's body, or the state itself;
# the place stays a place.
PLACED_BODIES = [
    ("de", "Die Behörden in Ankara nahmen mehrere Journalisten fest.", "Behörden", "Q43",
     "Ankara"),
    ("de", "Die Regierung in Syrien kündigte Wahlen an.", "Regierung", "Q858", "Syrien"),
    ("en", "The authorities in Moscow detained two activists.", "authorities", "Q159", "Moscow"),
    ("en", "The regime in Damascus denied the report.", "regime", "Q858", "Damascus"),
    ("de", "Das Verteidigungsministerium in Paris bestätigte den Abzug.",
     "Verteidigungsministerium", "lb:ministry-of-the-armed-forces-france", "Paris"),
    ("en", "The Defence Ministry in New Delhi confirmed the purchase.", "Defence Ministry",
     "lb:ministry-of-defence-india", "New Delhi"),
    ("de", "Die Militärjunta in Niamey verwies den Botschafter des Landes.", "Militärjunta",
     "Q1032", "Niamey"),
    ("de", "Die Machthaber in Damaskus wiesen den Bericht zurück.", "Machthaber", "Q858",
     "Damaskus"),
    ("en", "The junta in Naypyidaw extended the state of emergency.", "junta", "Q836",
     "Naypyidaw"),
    # Knowledge-base aliases that spell the seat come out as the same two mentions.
    ("de", "Die Regierung in Teheran bestellte den Botschafter ein.", "Regierung", "Q794",
     "Teheran"),
    ("de", "Die Führung in Peking reagierte verärgert.", "Führung", "Q148", "Peking"),
    ("de", "Das Verteidigungsministerium in Moskau meldete die Einnahme eines Dorfes.",
     "Verteidigungsministerium", "lb:ministry-of-defence-russia", "Moskau"),
    ("de", "Das Parlament in Tiflis verabschiedete das Gesetz.", "Parlament",
     "lb:parliament-of-georgia", "Tiflis"),
]


@pytest.mark.parametrize(("language", "sentence", "head", "expected", "place"), PLACED_BODIES)
def test_a_body_in_a_capital_is_that_states_body(
    text_pipeline: Pipeline, language: str, sentence: str, head: str, expected: str, place: str
) -> None:
    analysis = analyse(text_pipeline, sentence, language)
    body, located = mention(analysis, head), mention(analysis, place)
    assert body is not None and body.kb_id == expected and body.actor is True
    assert located is not None and located.actor is False


@pytest.mark.parametrize(
    ("language", "sentence", "texts"),
    [
        ("de", "Die somalische Regierung in Mogadischu protestierte.",
         {"somalische", "Mogadischu"}),
        ("en", "The Taliban government in Kabul banned the meeting.", {"Taliban", "Kabul"}),
        ("en", "Troops in Damascus were put on alert.", {"Damascus"}),
    ],
)
def test_a_body_a_name_opens_or_no_body_head_adds_no_mention(
    text_pipeline: Pipeline, language: str, sentence: str, texts: set[str]
) -> None:
    analysis = analyse(text_pipeline, sentence, language)
    assert {m.text for m in analysis.entities} == texts


def test_an_article_yields_to_a_longer_name_after_it(text_pipeline: Pipeline) -> None:
    analysis = analyse(text_pipeline, "The National Assembly of Serbia met on Monday.", "en")
    assert mention(analysis, "The National") is None
    found = mention(analysis, "National Assembly")
    assert found is not None and found.kb_id == "lb:national-assembly-serbia"


def test_a_family_name_first_surname_repeats_the_person(text_pipeline: Pipeline) -> None:
    analysis = analyse(
        text_pipeline, "Lee Jae-myung won the election. Lee promised to heal divisions.", "en"
    )
    full, short = mention(analysis, "Lee Jae-myung"), mention(analysis, "Lee")
    assert full is not None and short is not None and short.kb_id == full.kb_id




# A country adjective before goods gives their origin; before a description of
# traders, a plant or a company it stays their nationality.
GOODS = [
    ("en", "Washington imposed tariffs of 50 percent on Indian goods.", "Indian", False),
    ("en", "India kept buying Russian oil despite the sanctions.", "Russian", False),
    ("en", "Beijing banned exports of Chinese steel and aluminium.", "Chinese", False),
    ("en", "London sanctioned Russian oil traders in Dubai.", "Russian", True),
    ("en", "Drones struck a Russian oil refinery near the border.", "Russian", True),
    ("en", "Russian oil giant Rosneft cut its output.", "Russian", True),
    ("en", "Russian diplomats left the embassy.", "Russian", True),
    ("de", "Kanada kündigte Gegenzölle auf amerikanische Waren an.", "amerikanische", False),
    ("de", "Die EU will russisches Öl bis 2027 ersetzen.", "russisches", False),
    ("de", "Die Preise für chinesische Elektroautos fielen.", "chinesische", False),
    ("de", "Der russische Ölkonzern Lukoil verkauft seine Tankstellen.", "russische", True),
    ("de", "Die russischen Diplomaten reisten ab.", "russischen", True),
    # A country as the destination of goods, or where someone is based, is no actor;
    # the recipient of aid or weapons is.
    ("en", "China's exports to the United States fell sharply.", "United States", False),
    ("en", "Qatar agreed to supply gas to Syria through a pipeline.", "Syria", False),
    ("en", "Kenya-based diplomats said the talks had stalled.", "Kenya", False),
    ("en", "A Panama-flagged tanker was seized in the Gulf.", "Panama", False),
    ("en", "French troops left Mali after a row with the junta.", "Mali", False),
    ("en", "Britain left the EU, and Germany left the talks early.", "Germany", True),
    ("en", "The EU sent aid to Ukraine.", "Ukraine", True),
    ("en", "Washington tightened export controls on chips to China.", "China", True),
    ("de", "Die Regierung in Kopenhagen wies Trumps Anspruch auf Grönland zurück.", "Grönland",
     False),
    ("en", "Moscow tightened its control of Belarus, analysts said.", "Belarus", False),
    ("en", "Washington sent weapons to Ukraine.", "Ukraine", True),
]


@pytest.mark.parametrize(("language", "sentence", "text", "actor"),
                         CENTRAL_BANKS + POSSESSIVES + GOODS)
def test_a_country_word_that_only_locates_is_no_actor(
    text_pipeline: Pipeline, language: str, sentence: str, text: str, actor: bool
) -> None:
    found = mention(analyse(text_pipeline, sentence, language), text)
    assert found is not None and found.type == "country"
    assert found.actor is actor
    assert (found.role_in_text == "location") is (not actor)


# The German adjective of a capital before a word for the state's government is the
# state ("die Moskauer Führung"); before town bodies it is no actor mention.
CAPITAL_ADJECTIVES = [
    ("Die Moskauer Führung reagierte gelassen auf die Sanktionen.", "Moskauer", "Q159"),
    ("Das Teheraner Regime ließ die Demonstranten verhaften.", "Teheraner", "Q794"),
    ("Die Kiewer Regierung dementierte den Bericht.", "Kiewer", "Q212"),
    ("Die Berliner Behörden schlossen die Schule.", "Berliner", None),
    ("Die Pariser Polizei räumte den Platz.", "Pariser", None),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), CAPITAL_ADJECTIVES)
def test_a_capital_adjective_before_the_leadership_is_the_state(
    text_pipeline: Pipeline, sentence: str, text: str, expected: str | None
) -> None:
    found = mention(analyse(text_pipeline, sentence, "de"), text)
    if expected is None:
        assert found is None or found.actor is not True
    else:
        assert found is not None and found.kb_id == expected and found.actor is True


# Thirteenth round: goods, accounts and restrictions (each with a twin that keeps
# the old reading); a country after "of" that closes no sea name stays the country.
def test_a_country_after_another_of_phrase_stays_the_country(text_pipeline: Pipeline) -> None:
    analysis = analyse(text_pipeline, "The Prime Minister of Japan protested.", "en")
    found = mention(analysis, "Japan")
    assert found is not None and found.kb_id == "Q17" and found.actor is True


GOODS_AND_ACCOUNTS = [
    ("en", "Ottawa retaliated with tariffs on U.S. steel.", "U.S.", False),
    ("en", "Ottawa retaliated against new U.S. sanctions.", "U.S.", True),
    ("en", "U.S. oil companies lobbied against the tax.", "U.S.", True),
    ("en", "Huawei unveiled a chip despite U.S. export controls.", "U.S.", True),
    ("en", "Ghana banned imports of poultry from Nigeria.", "Ghana", True),
    ("en", "A Swiss bank account belonging to the general was frozen.", "Swiss", False),
    ("en", "Swiss officials froze the general's assets.", "Swiss", True),
    ("de", "Ein Schweizer Bankkonto des Generals wurde eingefroren.", "Schweizer", False),
    ("de", "Schweizer Ermittler froren das Vermögen ein.", "Schweizer", True),
    ("en", "Shares fell after Washington restricted chip exports to China.", "China", True),
    ("en", "Chip exports to China rose sharply last year.", "China", False),
    ("en", "Cuba asked Russia for oil.", "Russia", True),
    ("en", "The State Department approved an arms sale to Taiwan.", "Taiwan", True),
    # German: a country right before a clause-final "verlassen" is the place left.
    ("de", "Frankreich hat Niger nach dem Putsch verlassen.", "Niger", True),
    ("de", "Frankreich hat nach dem Putsch Niger verlassen.", "Niger", False),
    ("de", "2022 verließ Frankreich Mali.", "Frankreich", True),
    # An English demonym that is also the adjective reads as one before a noun.
    ("en", "Protests erupted in the Lebanese capital.", "Lebanese", False),
    ("en", "Lebanese soldiers were deployed to the south.", "Lebanese", True),
    ("en", "Two Lebanese were killed in the strike.", "Lebanese", True),
    # Farm goods and metals give their origin too; their growers and makers a nationality.
    ("en", "Washington announced tariffs on Brazilian coffee.", "Brazilian", False),
    ("en", "Brazilian coffee growers protested against the tariffs.", "Brazilian", True),
    ("en", "China imposed duties on Canadian canola.", "Canadian", False),
    ("de", "Die Zölle auf brasilianischen Kaffee steigen.", "brasilianischen", False),
    ("de", "Der brasilianische Präsident kritisierte die Zölle.", "brasilianische", True),
]


@pytest.mark.parametrize(("language", "sentence", "text", "actor"), GOODS_AND_ACCOUNTS)
def test_goods_accounts_and_restrictions(
    text_pipeline: Pipeline, language: str, sentence: str, text: str, actor: bool
) -> None:
    found = mention(analyse(text_pipeline, sentence, language), text)
    assert found is not None and found.type == "country"
    assert found.actor is actor


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Israeli strikes killed 30 people, the Hamas-run health ministry said."),
        ("de", "Die Hamas-Gesundheitsbehörde meldete 30 Tote."),
    ],
)
def test_a_group_running_a_body_is_its_own_mention(
    text_pipeline: Pipeline, language: str, sentence: str
) -> None:
    found = mention(analyse(text_pipeline, sentence, language), "Hamas")
    assert found is not None and found.kb_id == "Q38799"


def test_the_body_named_by_its_place_keeps_its_entry(text_pipeline: Pipeline) -> None:
    found = mention(analyse(text_pipeline, "Gaza's health ministry said 30 people died.", "en"),
                    "Gaza's health ministry")
    assert found is not None and found.kb_id == "lb:gaza-health-ministry"


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        # A German agent noun before a company's name is no adjective opening a longer
        # name: the company stays its own mention.
        ("Der Autohersteller BMW senkt die Prognose.", "BMW", "lb:bmw"),
        ("Der Chiphersteller TSMC baut ein Werk in Dresden.", "TSMC", "lb:tsmc"),
        ("Der Finanzdienstleister Wirecard ist pleite.", "Wirecard", "lb:wirecard"),
        # A capitalised adjective still opens the longer name.
        ("Die Freie Demokratische Partei verlor Stimmen.", "Freie Demokratische Partei",
         "lb:free-democratic-party"),
    ],
)
def test_agent_nouns_before_company_names(
    text_pipeline: Pipeline, sentence: str, text: str, expected: str
) -> None:
    found = mention(analyse(text_pipeline, sentence, "de"), text)
    assert found is not None and found.kb_id == expected


# Papers named by a common word link only where the text reports (link15): a source
# after "laut", or the title opening its clause before a reporting verb.
PAPERS = [
    ("de", "Laut Bild plant die Regierung Kürzungen.", "Bild", "lb:bild"),
    ("de", "Bild berichtete zuerst über den Fall.", "Bild", "lb:bild"),
    ("en", "According to Bild, the minister will resign.", "Bild", "lb:bild"),
    ("de", "Das Bild zeigt zerstörte Häuser.", "Bild", None),
    ("de", "Die Zeit berichtete über den Fall.", "Die Zeit", "lb:die-zeit"),
    ("de", "Wie die Welt meldete, tritt er zurück.", "Welt", "lb:die-welt"),
    ("de", "Wie die Wochenzeitung „Die Zeit“ schreibt, tritt er zurück.", "Die Zeit",
     "lb:die-zeit"),
    ("de", "Die Zeit drängt, sagte der Minister.", "Die Zeit", None),
    ("de", "Die Welt schaut auf Gaza.", "Die Welt", None),
    ("de", "In der Zeit berichtete er über den Krieg.", "Zeit", None),
    ("de", "Die Welt am Sonntag schrieb, er trete zurück.", "Welt am Sonntag", "lb:die-welt"),
]


@pytest.mark.parametrize(("language", "sentence", "text", "expected"), PAPERS)
def test_papers_named_by_common_words_link_where_the_text_reports(
    text_pipeline: Pipeline, language: str, sentence: str, text: str, expected: str | None
) -> None:
    found = mention(analyse(text_pipeline, sentence, language), text)
    assert (found.kb_id if found is not None else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An acronym introduced in brackets after its long form is that entry's, in every
        # later sentence of the document too ...
        ("The Alliance Fleuve Congo (AFC) said it had taken the town. The AFC later denied it.",
         "lb:congo-river-alliance"),
        # ... but without the long form the acronym keeps its own entry.
        ("The AFC suspended the club after the match. The AFC later denied it.",
         "lb:asian-football-confederation"),
    ],
)
def test_an_acronym_in_brackets_takes_its_long_form(
    text_pipeline: Pipeline, sentence: str, expected: str
) -> None:
    analysis = analyse(text_pipeline, sentence, "en")
    acronyms = [m for m in analysis.entities if m.text == "AFC"]
    assert len(acronyms) == 2 and all(m.kb_id == expected for m in acronyms)
