"""Builds the actor knowledge base from curated facts and the Phoenix dictionaries.

Usage::

    python tools/build_kb.py [--phoenix ../shared/data/dictionaries-en] \
        [--out src/lagebild/resources/kb]

Inputs:

* ``src/lagebild/resources/kb/curated/*.yaml``: facts written by us (countries,
  organisations, armed groups, state bodies, territories, media, persons).
* The PETRARCH2/Phoenix actor dictionaries (MIT, Open Event Data Alliance):
  ``Phoenix.Countries.actors.txt`` (countries, state institutions and about
  18,000 office holders with date-ranged CAMEO codes),
  ``Phoenix.International.actors.txt`` (IGOs, NGOs; companies are skipped) and
  ``Phoenix.MilNonState.actors.txt`` (about 1,000 armed non-state actors).

Outputs (deterministic: the same inputs give byte-identical files):

* ``actors.tsv``: one entry per actor: id (Wikidata QID where certain, else a
  stable ``lb:`` slug), canonical name, type, CAMEO code, PLOVER sector,
  source (curated / phoenix / both), country (the CAMEO country code the
  entry belongs to: a country's own code, the first three letters of a
  country-based code such as ISRMIL, or a curated ``country`` key; empty for
  international and transnational entries) and aliases.
* ``roles.tsv``: person-role-organisation facts with date ranges.

Curated entries win: a Phoenix entry whose main phrase names a curated entry
is merged into it, and a Phoenix synonym that another curated entry claims
(e.g. "Islamic Jihad" listed under Hezbollah) is dropped from the first.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simplemma import is_known

sys.path.insert(0, str(Path(__file__).resolve().parent))
from phoenix import Entry as PhoenixEntry
from phoenix import read_entries

from lagebild.geo.translit import germanise_romanised, germanise_slavic
from lagebild.resources import parse_yaml

REPO = Path(__file__).resolve().parent.parent
KB_DIR = REPO / "src" / "lagebild" / "resources" / "kb"
DEFAULT_PHOENIX = REPO.parent / "shared" / "data" / "dictionaries-en"

# Alias kinds written to actors.tsv (see lagebild.kb for their meaning).
NAME, ADJECTIVE, DEMONYM, CAPITAL, SHORT, SEAT, GENERIC = "n", "a", "d", "c", "s", "b", "g"

# The role vocabulary persons' roles use (curated and derived from Phoenix).
ROLE_NAMES = frozenset(
    {
        "adviser", "ambassador to the UN", "chairman", "chancellor", "chief of staff",
        "commander", "commander-in-chief", "commissioner-general", "coordinator",
        "crown prince", "defence minister", "deputy chairman of the security council",
        "deputy commander", "deputy leader", "deputy secretary-general", "director",
        "director-general", "economy minister", "emir", "envoy", "finance minister",
        "foreign minister", "foreign policy chief", "general secretary",
        "government official", "head of state", "head of the Chechen Republic",
        "head of the presidential office", "high commissioner for human rights",
        "humanitarian chief", "intelligence chief", "intelligence official",
        "interior minister", "judge", "king", "leader", "leader in Gaza", "legislator",
        "mayor of Kyiv", "military official", "minister", "national security adviser",
        "national security minister", "official", "opposition leader", "party official",
        "police official", "pope", "president", "president of the General Assembly",
        "prime minister", "prosecutor", "rebel leader", "secretary of the security council",
        "secretary-general", "speaker of parliament", "spokesperson", "state counsellor",
        "supreme leader", "vice chancellor", "vice president",
    }
)

# Roles whose holders the news names by surname alone.
LEADER_ROLES = frozenset({"president", "prime minister", "chancellor", "supreme leader"})

# PLOVER sector for each entry type (persons take theirs from their roles).
TYPE_SECTOR = {
    "armed_group": "REB", "party": "PTY", "government": "GOV", "military": "MIL",
    "intelligence": "SPY", "police": "COP", "legislature": "LEG", "judiciary": "JUD",
    "media": "JRN", "igo": "IGO", "ngo": "NGO", "country": "GOV", "territory": "",
    "person": "", "organisation": "",
}
# CAMEO sector (characters 4-6 of a country-based code) -> entry type.
SECTOR_TYPE = {
    "MIL": "military", "GOV": "government", "SPY": "intelligence", "COP": "police",
    "JUD": "judiciary", "LEG": "legislature", "PTY": "party", "OPP": "party",
    "REB": "armed_group", "INS": "armed_group", "SEP": "armed_group", "UAF": "armed_group",
    "MED": "media",
}
# CAMEO sector and agent codes (the second three letters of a country-based
# code); any other three letters there name a dependency ("GBRGIB").
CAMEO_SECTORS = frozenset(
    {
        "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "MED", "EDU", "BUS",
        "CRM", "CVL", "ELI", "HRI", "LAB", "REF", "MOD", "RAD", "AGR", "DEV", "HLH", "UAF",
        "INS", "SEP", "IGO", "NGO", "IMG", "MNC", "ENV", "REL", "SPI", "PRE", "JRN", "SOC",
    }
)
# CAMEO sector of a Phoenix role code -> role name for persons.
SECTOR_ROLE = {
    "GOV": "government official", "MIL": "military official", "REB": "rebel leader",
    "INS": "rebel leader", "SEP": "rebel leader", "OPP": "opposition leader",
    "JUD": "judge", "LEG": "legislator", "PTY": "party official",
    "SPY": "intelligence official", "COP": "police official",
}
# Lower-case words that belong to a surname ("Le Pen", "von der Leyen", "bin Salman").
# Countries whose names put the family name first ("Yoon Suk Yeol", "Hun Manet"): the
# first word of the canonical name is a short form too; an alias in Western order
# ("William Lai" for Lai Ching-te) keeps only its last word.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "KOR", "PRK", "KHM"})
SURNAME_PARTICLES = frozenset(
    {"al", "el", "bin", "abu", "le", "la", "de", "del", "della", "di", "da", "du", "van",
     "von", "der", "den", "ter", "zu"}
)
# Romanisations of one first name that news copy uses interchangeably.
FIRST_NAME_SPELLINGS = ("Mohammed", "Mohammad", "Mohamed", "Muhammad")
# Phoenix persons are kept when one of their roles reaches into this period.
PERSON_CUTOFF = dt.date(1990, 1, 1)
# Words that make a Phoenix synonym an organisation rather than a person.
ORG_WORDS = frozenset(
    {
        "ARMY", "ARMIES", "BRIGADE", "BRIGADES", "FRONT", "MOVEMENT", "PARTY",
        "ORGANIZATION", "ORGANISATION", "GROUP", "GROUPS", "FORCE", "FORCES", "COUNCIL",
        "COMMITTEE", "UNION", "LEAGUE", "FACTION", "CELL", "CELLS", "NETWORK", "JIHAD",
        "ISLAMIC", "LIBERATION", "REVOLUTIONARY", "RESISTANCE", "MILITIA", "MILITIAS",
        "BATTALION", "BATTALIONS", "COMMANDO", "COMMANDOS", "SQUAD", "NUCLEI", "TIGERS",
        "PEOPLE", "PEOPLES", "NATIONAL", "FOUNDATION", "ASSOCIATION", "SOCIETY", "GOD",
        "JUSTICE", "OPPRESSED", "EARTH", "STATE", "AGENCY", "MINISTRY", "INSTITUTE",
        "SERVICE", "CORPS", "GUARD", "GUARDS", "POLICE", "COURT", "BANK", "FUND", "OFFICE",
        "DEPARTMENT", "COMMISSION", "PROGRAM", "PROGRAMME", "MISSION", "AL-AQSA", "MARTYRS",
        "DEFENSE", "DEFENCE", "UNITS", "UNIT"
    }
)
# Office words: a Phoenix synonym holding one ("PRIME MINISTER NETANYAHU") is a
# title plus a name; the role stage reads titles, so such synonyms are dropped.
OFFICE_WORDS = frozenset(
    {
        "PRESIDENT", "MINISTER", "SECRETARY", "SECRETARY-GENERAL", "CHAIRMAN", "LEADER",
        "KING", "PRINCE", "GENERAL", "AMBASSADOR", "SPOKESMAN", "CHIEF", "COMMANDER",
        "DIRECTOR", "OFFICIAL", "PREMIER", "CHANCELLOR", "GOVERNOR", "SENATOR", "MAYOR",
        "ENVOY", "COLONEL", "ADMIRAL", "MARSHAL", "JUDGE", "SPEAKER", "DEPUTY", "VICE"
    }
)
TITLES = frozenset({"SHEIKH", "SHEIK", "SAYYED", "SAYYID", "SEYYED", "MULLAH", "MAWLAWI", "EMIR"})
FORMAL_WORDS = re.compile(
    r"\b(REPUBLIC|KINGDOM|STATE OF|EMIRATE|SULTANATE|PRINCIPALITY|FEDERATION|COMMONWEALTH)\b"
)
LOWER_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "de", "da", "del", "der", "van", "von", "of", "the",
     "and", "for", "in", "on", "du", "la", "le", "y", "e", "ul", "ur", "ud"}
)
ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
# CAMEO country codes of persons whose names get German spellings (see
# Builder.add_german_spellings): Russian and Ukrainian names, and names
# romanised from Arabic, Persian, Pashto, Urdu, Somali or Hebrew script.
# Countries whose persons' names German news spells by the German rules for
# Cyrillic (lagebild.geo.translit.germanise_slavic): Russia, Ukraine and
# Belarus, the other post-Soviet states whose names reach German copy through
# Russian ("Alijew", "Paschinjan", "Kobachidse", "Tokajew"), Bulgaria and
# Mongolia.
CYRILLIC_COUNTRIES = frozenset(
    {"RUS", "UKR", "BLR", "ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB", "BGR", "MNG"}
)
ROMANISED_COUNTRIES = frozenset(
    {
        "PSE", "ISR", "LBN", "SYR", "IRQ", "YEM", "SDN", "LBY", "JOR", "EGY", "SAU", "IRN",
        "AFG", "PAK", "SOM", "QAT", "ARE", "KWT", "BHR", "OMN", "DZA", "TUN", "MAR", "MRT",
        "TCD", "NER", "MLI", "BFA",
    }
)


def fold(text: str) -> str:
    """Case- and accent-insensitive key (same rule as lagebild.kb.fold)."""
    text = text.replace("ß", "ss").replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str) -> str:
    """A stable id slug: lower-case ASCII words joined by hyphens.

    A '+' is spelled out so that "OPEC+" and "OPEC" get different ids.
    """
    return re.sub(r"[^a-z0-9]+", "-", fold(text).replace("+", " plus")).strip("-")


def title_case(phrase: str) -> str:
    """Turns an all-caps Phoenix phrase into a display name."""
    words = []
    for i, word in enumerate(phrase.split()):
        parts = []
        for j, part in enumerate(word.split("-")):
            low = part.lower()
            if (i or j) and low in LOWER_PARTICLES:
                parts.append(low)
            elif re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", part) or (
                len(phrase.split()) == 1 and len(part) <= 5
            ):
                parts.append(part)
            else:
                parts.append(low[:1].upper() + low[1:])
        words.append("-".join(parts))
    return " ".join(words)


def phoenix_alias(phrase: str) -> str:
    """Display form of a Phoenix synonym, without a leading article or acronym in brackets."""
    phrase = re.sub(r"\(.*?\)", " ", phrase)
    phrase = re.sub(r"^THE\s+", "", phrase.strip())
    return title_case(re.sub(r"\s+", " ", phrase).strip())


def bracket_acronyms(phrase: str) -> list[str]:
    """Acronyms given in brackets, e.g. ``(AAIA)``."""
    return [m for m in re.findall(r"\(([A-Z][A-Z.\-]{1,9})\)", phrase)]


@dataclass
class Alias:
    """One alias of an entry."""

    text: str
    kind: str = NAME
    lang: str = "*"


@dataclass
class RoleFact:
    """A person's role in an organisation over a date range."""

    role: str
    org: str  # canonical name while building, entry id when written
    start: str = ""
    end: str = ""
    code: str = ""
    source: str = "curated"


@dataclass
class Actor:
    """One knowledge-base entry while it is being built."""

    id: str
    name: str
    type: str
    code: str = ""
    plover: str = ""
    country: str = ""
    curated: bool = True
    phoenix: bool = False
    aliases: list[Alias] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)

    @property
    def source(self) -> str:
        """curated, phoenix or both."""
        if self.curated and self.phoenix:
            return "both"
        return "curated" if self.curated else "phoenix"

    def add(self, text: str, kind: str = NAME, lang: str = "*") -> None:
        """Adds an alias unless the same text, kind and language is there.

        A seat is never also a name: "White House" listed by Phoenix must not
        link where the building is only a place.
        """
        text = re.sub(r"\s+", " ", text).strip()
        if not text:
            return
        for alias in self.aliases:
            if alias.text == text and alias.kind == kind and alias.lang in {lang, "*"}:
                return
            if alias.kind == SEAT and kind == NAME and fold(alias.text) == fold(text):
                return
        self.aliases.append(Alias(text, kind, lang))


# Keys the curated files may use (a typo or an unquoted comma in a YAML flow
# mapping shows up as an unknown key).
CURATED_KEYS = frozenset(
    {
        "iso3", "qid", "en", "de", "adj_en", "adj_de", "adj_extra_de", "dem_en", "dem_de",
        "dem_extra_de", "cap_en", "cap_de", "seat_en", "seat_de", "aliases", "aliases_en",
        "aliases_de", "name", "name_is_alias", "type", "kind", "code", "plover", "phoenix",
        "roles", "country", "source", "generic", "generic_en", "generic_de",
        "foreign", "defence", "interior", "short",
    }
)


def read_curated(path: Path) -> list[dict[str, Any]]:
    """Reads one curated YAML file and checks its keys."""
    rows: list[dict[str, Any]] = parse_yaml(path.read_text(encoding="utf-8"))
    for row in rows:
        unknown = set(row) - CURATED_KEYS
        if unknown:
            raise SystemExit(f"{path.name}: unknown keys {sorted(unknown)} in {row}")
    return rows


def common_word(alias: str) -> bool:
    """A one-word Phoenix alias that is an ordinary English word ("YOUTH", "Organization")."""
    word = alias.strip(".")
    if " " in word or not word.isalpha():
        return False
    return bool(is_known(word.lower(), lang="en"))


def as_list(value: object) -> list[str]:
    """A YAML scalar or list as a list of strings."""
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


# The generic names each kind of ministry shares across states, per language
# (the same forms as the hand-written ministries of organisations_2022_2024.yaml),
# with the entry type and CAMEO sector of that kind.
MINISTRY_KINDS: dict[str, tuple[str, str, tuple[tuple[str, str], ...]]] = {
    "foreign": ("government", "GOV", (
        ("en", "Foreign Ministry"), ("en", "Ministry of Foreign Affairs"),
        ("de", "Außenministerium"),
    )),
    "defence": ("military", "MIL", (
        ("en", "Defence Ministry"), ("en", "Defense Ministry"), ("en", "Ministry of Defence"),
        ("en", "Ministry of Defense"), ("de", "Verteidigungsministerium"),
    )),
    "interior": ("government", "GOV", (
        ("en", "Interior Ministry"), ("en", "Ministry of the Interior"),
        ("en", "Ministry of Interior"), ("de", "Innenministerium"),
    )),
}


# Further generic names a kind of body goes by (link16): German copy calls any
# state's foreign ministry "Außenamt" as often as "Außenministerium" ("das
# chinesische Außenamt", "Außenamtssprecherin Mao Ning"). Every entry with the
# first generic name gets the others.
GENERIC_SYNONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("de", "Außenministerium"): ("Außenamt",),
}


def german_demonyms(base: str) -> list[str]:
    """Plural, feminine and dative forms of a German demonym (masculine singular)."""
    if base.endswith("e"):
        stem = base[:-1]
        return [base, base + "n", stem + "in", stem + "innen"]
    if base.endswith("er"):
        return [base, base + "n", base + "in", base + "innen"]
    if base.endswith("i"):
        return [base, base + "s"]
    return [base, base + "en", base + "in", base + "innen"]


class Builder:
    """Collects actors from the curated files and the Phoenix dictionaries."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.by_name: dict[str, Actor] = {}
        self.phoenix_claims: dict[str, Actor] = {}
        self.curated_alias_owner: dict[str, Actor] = {}
        self.country_by_code: dict[str, Actor] = {}

    # -- curated ---------------------------------------------------------
    def new_actor(self, qid: str | None, name: str, type_: str, prefix: str = "") -> Actor:
        """Creates and registers an entry; the id is the QID or an ``lb:`` slug."""
        actor_id = qid or f"lb:{prefix}{slug(name)}"
        if actor_id in self.actors:
            raise SystemExit(f"duplicate id {actor_id} ({name})")
        actor = Actor(actor_id, name, type_)
        self.actors[actor_id] = actor
        self.by_name.setdefault(fold(name), actor)
        return actor

    def load_countries(self, path: Path) -> None:
        """Reads curated/countries.yaml."""
        for row in read_curated(path):
            actor = self.new_actor(row.get("qid"), row["en"], "country", "country-")
            actor.code = row["iso3"]
            actor.plover = TYPE_SECTOR["country"]
            self.country_by_code[row["iso3"]] = actor
            actor.add(row["en"], lang="en")
            actor.add(row["de"], lang="de")
            for alias in as_list(row.get("aliases_en")):
                actor.add(alias, lang="en")
            for alias in as_list(row.get("aliases_de")):
                actor.add(alias, lang="de")
            for stem in as_list(row.get("adj_de")) + as_list(row.get("adj_extra_de")):
                actor.add(stem, ADJECTIVE, "de")
            for adjective in as_list(row.get("adj_en")):
                actor.add(adjective, ADJECTIVE, "en")
            dem_de = row.get("dem_de")
            forms = as_list(dem_de) if isinstance(dem_de, list) else (
                german_demonyms(dem_de) if dem_de else []
            )
            for extra in as_list(row.get("dem_extra_de")):
                forms.extend(german_demonyms(extra))
            for form in forms:
                actor.add(form, DEMONYM, "de")
            dem_en = as_list(row.get("dem_en"))
            adj_en = row.get("adj_en")
            if not dem_en and adj_en and adj_en[-1] in "ni":
                dem_en = [adj_en + "s"]
            for form in dem_en:
                actor.add(form, DEMONYM, "en")
            for capital in as_list(row.get("cap_en")):
                actor.add(capital, CAPITAL, "en")
            for capital in as_list(row.get("cap_de", row.get("cap_en"))):
                actor.add(capital, CAPITAL, "de")

    def load_organisations(self, path: Path) -> None:
        """Reads a curated file of organisations (any type but country and person)."""
        for row in read_curated(path):
            type_ = row.get("type", "armed_group")
            actor = self.new_actor(row.get("qid"), row["name"], type_)
            actor.code = row.get("code", "")
            actor.country = row.get("country", "")
            actor.plover = row.get("plover", TYPE_SECTOR.get(type_, ""))
            if row.get("name_is_alias", True):
                actor.add(re.sub(r"\s*\(.*\)$", "", row["name"]))
            for phrase in as_list(row.get("phoenix")):
                self.phoenix_claims[fold(phrase)] = actor
            self.add_names(actor, row)

    def load_additions(self, path: Path) -> None:
        """Reads a curated file of names for entries another curated file created.

        Each row names an existing entry by its canonical ``name`` and lists
        further aliases, seats or generic names in the keys organisation files use.
        """
        for row in read_curated(path):
            actor = self.by_name.get(fold(row["name"]))
            if actor is None or not actor.curated:
                raise SystemExit(f"{path.name}: no curated entry named {row['name']!r}")
            self.add_names(actor, row)

    @staticmethod
    def add_names(actor: Actor, row: dict[str, Any]) -> None:
        """Adds a curated row's aliases, seats and generic names to an entry."""
        for alias in as_list(row.get("aliases")):
            actor.add(alias)
        for lang in ("en", "de"):
            for alias in as_list(row.get(f"aliases_{lang}")):
                actor.add(alias, lang=lang)
        # Demonyms a country file left out ("a Briton" beside "Britons").
        for lang in ("en", "de"):
            for demonym in as_list(row.get(f"dem_{lang}")):
                actor.add(demonym, DEMONYM, lang)
        # A seat standing for the organisation ("Brüssel" for the EU).
        for capital in as_list(row.get("cap_en")):
            actor.add(capital, CAPITAL, "en")
        for capital in as_list(row.get("cap_de", row.get("cap_en"))):
            actor.add(capital, CAPITAL, "de")
        # A building standing for the body housed there ("the White House said").
        for lang in ("en", "de"):
            for seat in as_list(row.get(f"seat_{lang}")):
                actor.add(seat, SEAT, lang)
        # A short name that links only after a fuller one in the same document
        # or opening a compound with a member noun ("Wagner" of the Wagner Group).
        for alias in as_list(row.get("short")):
            actor.add(alias, SHORT)
        # A name other states' bodies share ("Nationalversammlung", "the House").
        for alias in as_list(row.get("generic")):
            actor.add(alias, GENERIC)
        for lang in ("en", "de"):
            for alias in as_list(row.get(f"generic_{lang}")):
                actor.add(alias, GENERIC, lang)

    def load_ministries(self, path: Path) -> None:
        """Reads curated/ministries.yaml: per state, its ministries under their shared names.

        Each title becomes an entry of the state with the generic names of its
        kind (``MINISTRY_KINDS``), which link only where the text names the
        state, those names after the state's adjectives as full names, and the
        title itself where it needs no parenthesis. A state whose curated
        entries already carry one of those generic names must not list that
        kind again.
        """
        for row in read_curated(path):
            country = self.country_by_code[row["iso3"]]
            for kind, (type_, sector, generic) in MINISTRY_KINDS.items():
                name = row.get(kind)
                if not name:
                    continue
                keys = {fold(text) for _, text in generic}
                if any(
                    country_of(self, actor) == country.code and alias.kind == GENERIC
                    and fold(alias.text) in keys
                    for actor in self.actors.values() for alias in actor.aliases
                ):
                    raise SystemExit(f"{path.name}: {country.name} already has a {kind} ministry")
                actor = self.new_actor(None, name, type_)
                actor.code, actor.plover = country.code + sector, sector
                for lang, text in generic:
                    actor.add(text, GENERIC, lang)
                    # Full names: the generic name after each of the state's
                    # adjectives ("Kenyan Defence Ministry", "kenianisches
                    # Verteidigungsministerium"; the matcher inflects the German one).
                    for adjective in country.aliases:
                        if adjective.kind == ADJECTIVE and adjective.lang == lang:
                            stem = adjective.text + ("es" if lang == "de" else "")
                            if lang == "en" or " " not in text:
                                actor.add(f"{stem} {text}", NAME, lang)
                if "(" not in name:
                    actor.add(name)  # a title of its own ("Global Affairs Canada")

    def load_persons(self, path: Path) -> None:
        """Reads curated/persons.yaml."""
        for row in read_curated(path):
            actor = self.new_actor(row.get("qid"), row["name"], "person")
            display = re.sub(r"\s*\(.*\)$", "", row["name"])
            actor.add(display)
            for alias in as_list(row.get("aliases")):
                actor.add(alias)
            for role, org, start, end in row.get("roles", []):
                if role not in ROLE_NAMES:
                    raise SystemExit(f"unknown role {role!r} for {row['name']}")
                actor.roles.append(RoleFact(role, org, str(start or ""), str(end or "")))

    def add_generic_synonyms(self) -> None:
        """Gives every entry with a generic name in ``GENERIC_SYNONYMS`` that name's synonyms."""
        for actor in self.actors.values():
            for alias in list(actor.aliases):
                if alias.kind != GENERIC:
                    continue
                for synonym in GENERIC_SYNONYMS.get((alias.lang, alias.text), ()):
                    actor.add(synonym, GENERIC, alias.lang)

    def index_curated_aliases(self) -> None:
        """Remembers which curated entry owns each alias (for conflict checks)."""
        for actor in self.actors.values():
            for alias in actor.aliases:
                if alias.kind in (NAME, SEAT):
                    self.curated_alias_owner.setdefault(fold(alias.text), actor)

    def curated_match(self, phrase: str) -> Actor | None:
        """The curated entry a Phoenix main phrase names, if any."""
        key = fold(phoenix_alias(phrase))
        return self.phoenix_claims.get(fold(phrase)) or self.curated_alias_owner.get(key)

    # -- Phoenix ---------------------------------------------------------
    def first_names(self, entries: Iterable[PhoenixEntry]) -> frozenset[str]:
        """First words of Phoenix person names (used to spot persons among synonyms)."""
        counts: Counter[str] = Counter()
        for entry in entries:
            words = entry.phrase.split()
            if entry.dated and len(words) >= 2 and words[0] not in ORG_WORDS:
                counts[words[0]] += 1
        return frozenset(w for w, n in counts.items() if n >= 3 and len(w) > 2)

    def looks_like_person(self, phrase: str, first_names: frozenset[str]) -> bool:
        """Whether a Phoenix synonym names a person rather than an organisation."""
        words = re.sub(r"\(.*?\)", " ", phrase).split()
        if len(words) < 2 or any(w.strip("'") in ORG_WORDS for w in words):
            return False
        return words[0] in TITLES or words[0] in first_names

    def add_phoenix_person(
        self, phrase: str, synonyms: list[str], roles: list[RoleFact], code: str
    ) -> None:
        """Adds (or merges) a person found in Phoenix."""
        existing = self.curated_alias_owner.get(fold(phoenix_alias(phrase)))
        if existing is None:
            for synonym in synonyms:
                owner = self.curated_alias_owner.get(fold(phoenix_alias(synonym)))
                if owner is not None and owner.type == "person":
                    existing = owner
                    break
        if existing is not None and existing.type == "person":
            existing.phoenix = True
            for synonym in [phrase, *synonyms]:
                self.add_phoenix_synonym(existing, synonym)
            return
        if existing is not None:
            return  # the phrase names a curated organisation: not a person
        words = phrase.split()
        while len(words) > 2 and words[0] in OFFICE_WORDS:
            words = words[1:]
        if OFFICE_WORDS & set(words[:2]):
            return  # a title ("GERMAN CHANCELLOR", "RUSSIAN PRESIDENT YELTSIN"), not a name
        phrase = " ".join(words)
        name = phoenix_alias(phrase)
        actor_id = f"lb:{slug(name)}"
        actor = self.actors.get(actor_id)
        if actor is None:
            actor = Actor(actor_id, name, "person", curated=False, phoenix=True)
            actor.code = code
            self.actors[actor_id] = actor
        actor.add(name)
        for synonym in synonyms:
            self.add_phoenix_synonym(actor, synonym)
        actor.roles.extend(roles)

    def add_phoenix_synonym(self, actor: Actor, phrase: str) -> None:
        """Adds a Phoenix synonym unless another curated entry claims it."""
        alias = phoenix_alias(phrase)
        owner = self.curated_alias_owner.get(fold(alias))
        if owner is not None and owner is not actor:
            return
        if actor.type == "person" and OFFICE_WORDS & set(phrase.replace("-", " ").split()):
            return
        if len(alias) < 2 or re.fullmatch(r"[\W\d]+", alias) or common_word(alias):
            return
        if actor.type == "person":
            # Names are the same in every language; a lone surname only
            # links after the full name (curated entries list the famous ones).
            actor.add(alias, SHORT if len(alias.split()) == 1 else NAME)
            return
        actor.add(alias, lang="en")
        for acronym in bracket_acronyms(phrase):
            if fold(acronym) not in self.curated_alias_owner:
                actor.add(acronym, lang="en")

    def person_roles(self, entry: PhoenixEntry) -> list[RoleFact]:
        """Roles of a dated Phoenix person entry (former-elite codes skipped)."""
        roles = []
        for code in entry.codes:
            country, sector = code.code[:3], code.code[3:6]
            role = SECTOR_ROLE.get(sector)
            org = self.country_by_code.get(country)
            if role is None and country == "IGO":
                role, org = "official", None
            if role is None or (code.start and code.end and code.start > code.end):
                continue  # no person role, or an inverted (erroneous) date range
            roles.append(
                RoleFact(
                    role,
                    org.name if org else "",
                    code.start.isoformat() if code.start else "",
                    code.end.isoformat() if code.end else "",
                    code.code,
                    "phoenix",
                )
            )
        return roles

    @staticmethod
    def recent(roles: list[RoleFact]) -> bool:
        """Whether a role reaches past PERSON_CUTOFF (open-ended roles count)."""
        cutoff = PERSON_CUTOFF.isoformat()
        return any((r.end or "9999") >= cutoff and (r.start or r.end) for r in roles)

    def load_phoenix_countries(self, entries: list[PhoenixEntry], first: frozenset[str]) -> None:
        """Countries file: country names, state institutions, office holders."""
        for entry in entries:
            codes = [c.code for c in entry.codes]
            if len(codes) == 1 and len(codes[0]) == 3 and codes[0] in self.country_by_code:
                country = self.country_by_code[codes[0]]
                known = {fold(a.text) for a in country.aliases}
                if fold(phoenix_alias(entry.phrase)) not in known and not FORMAL_WORDS.search(
                    entry.phrase
                ):
                    continue
                country.phoenix = True
                for synonym in entry.synonyms:
                    if FORMAL_WORDS.search(synonym) and any(
                        fold(w) in fold(synonym) for w in country.name.split()
                    ):
                        self.add_phoenix_synonym(country, synonym)
                continue
            if entry.dated:
                roles = self.person_roles(entry)
                if roles and self.recent(roles) and len(entry.phrase.split()) >= 2:
                    self.add_phoenix_person(entry.phrase, entry.synonyms, roles, codes[0])
                continue
            if codes and len(codes[0]) >= 6:
                self.add_phoenix_org(entry, codes[0], first)

    def add_phoenix_org(self, entry: PhoenixEntry, code: str, first: frozenset[str]) -> None:
        """Adds (or merges) an undated Phoenix organisation entry."""
        curated = self.curated_match(entry.phrase)
        if curated is not None and curated.type != "person":
            curated.phoenix = True
            for synonym in entry.synonyms:
                if self.looks_like_person(synonym, first):
                    self.add_phoenix_person(synonym, [], [], curated.code)
                else:
                    self.add_phoenix_synonym(curated, synonym)
            return
        if curated is not None or self.looks_like_person(entry.phrase, first):
            return
        if OFFICE_WORDS & set(entry.phrase.replace("-", " ").split()):
            return  # an office ("UN SECRETARY GENERAL"), which the role stage reads
        sector = code[3:6]
        prefix = code[:3]
        if prefix in {"IGO", "NGO"}:
            type_ = prefix.lower()
        elif len(code) == 6 and prefix in self.country_by_code and sector not in CAMEO_SECTORS:
            type_ = "territory"  # a dependency ("GBRGIB" Gibraltar): a place
        elif prefix in {"IMG", "INT"} or code.endswith("REB"):
            type_ = "armed_group"
        else:
            type_ = SECTOR_TYPE.get(sector, "organisation")
        name = phoenix_alias(entry.phrase)
        if len(name) < 3 or common_word(name):
            return
        actor_id = f"lb:{slug(name)}"
        if actor_id in self.actors:
            actor = self.actors[actor_id]
        else:
            actor = Actor(actor_id, name, type_, code, TYPE_SECTOR.get(type_, ""),
                          curated=False, phoenix=True)
            self.actors[actor_id] = actor
        actor.add(name, lang="en")
        for acronym in bracket_acronyms(entry.phrase):
            if fold(acronym) not in self.curated_alias_owner:
                actor.add(acronym, lang="en")
        for synonym in entry.synonyms:
            if self.looks_like_person(synonym, first):
                self.add_phoenix_person(synonym, [], [], code)
            else:
                self.add_phoenix_synonym(actor, synonym)

    def load_phoenix_groups(self, entries: list[PhoenixEntry], first: frozenset[str],
                            default_code: str) -> None:
        """MilNonState and International files: organisations and a few persons."""
        for entry in entries:
            codes = [c.code for c in entry.codes]
            code = codes[0] if codes else default_code
            if code.startswith("MNC") or code.startswith("---"):
                continue
            if entry.dated:
                roles = self.person_roles(entry)
                if self.curated_match(entry.phrase) is None and self.recent(roles):
                    self.add_phoenix_person(entry.phrase, entry.synonyms, roles, code)
                continue
            self.add_phoenix_org(entry, code, first)

    # -- output ----------------------------------------------------------
    def add_german_spellings(self) -> None:
        """German spellings of persons' names romanised the English way.

        "Sergei Shoigu" -> "Sergei Schoigu", "Khalil al-Hayya" -> "Chalil
        al-Hajja" (lagebild.geo.translit): German news transliterates from
        the original script, so the English form alone misses them.
        """
        for actor in self.actors.values():
            country = actor.code[:3]
            if actor.type != "person" or (
                country not in CYRILLIC_COUNTRIES and country not in ROMANISED_COUNTRIES
            ):
                continue
            # The canonical name is the English one (curated aliases may be German).
            name = re.sub(r"\s*\(.*\)$", "", actor.name)
            if len(name.split()) < 2:
                continue
            if country in CYRILLIC_COUNTRIES:
                # Every English spelling has its German one ("Mirziyoyev" and
                # Phoenix's "Mirziyayev"); forms already German give None.
                spellings = [name, *sorted(
                    a.text for a in actor.aliases
                    if a.kind == NAME and a.lang in ("*", "en") and len(a.text.split()) >= 2
                )]
                forms = [germanise_slavic(spelling) for spelling in spellings]
            else:
                forms = list(germanise_romanised(name, v_to_w=country != "ISR"))
            for form in forms:
                if form:
                    actor.add(form, NAME, "de")

    def add_first_name_spellings(self) -> None:
        """Other romanisations of the commonest Arabic first name ("Mohammed Eslami").

        News copy spells Muhammad as Mohammad, Mohammed, Mohamed or Muhammad
        whatever the person's own choice; each full name gets the other
        spellings unless another entry already has that form as a name.
        """
        taken = {fold(a.text) for actor in self.actors.values() for a in actor.aliases
                 if a.kind == NAME}
        for actor in sorted(self.actors.values(), key=lambda a: a.id):
            if actor.type != "person":
                continue
            for alias in list(actor.aliases):
                first, _, rest = alias.text.partition(" ")
                if alias.kind != NAME or not rest or first not in FIRST_NAME_SPELLINGS:
                    continue
                for spelling in FIRST_NAME_SPELLINGS:
                    form = f"{spelling} {rest}"
                    if fold(form) not in taken:
                        taken.add(fold(form))
                        actor.add(form, NAME, alias.lang)

    def add_short_forms(self) -> None:
        """Surnames of persons become in-document short forms."""
        for actor in self.actors.values():
            if actor.type != "person":
                continue
            names = {fold(a.text) for a in actor.aliases if a.kind == NAME}
            for alias in list(actor.aliases):
                words = alias.text.split()
                if alias.kind != NAME or len(words) < 2:
                    continue
                # A surname keeps its particles: "al-Hayya" -> "al Hayya" style
                # Arabic ones ("bin Salman") and European ones ("Le Pen",
                # "von der Leyen", "De Wever"), else "Pen" would stand for a person.
                first = len(words) - 1
                while first > 1 and words[first - 1].lower() in SURNAME_PARTICLES:
                    first -= 1
                if words[0].lower() in SURNAME_PARTICLES:
                    continue  # already a surname ("Von der Leyen")
                surnames = [" ".join(words[first:])]
                if actor.code[:3] in FAMILY_NAME_FIRST and words[0] == actor.name.split()[0]:
                    surnames.append(words[0])  # "Yoon" of "Yoon Suk Yeol"
                for surname in surnames:
                    if fold(surname) not in names and len(surname) > 2:
                        actor.add(surname, SHORT)

    def add_leader_surnames(self) -> None:
        """Heads of state and government are named by surname alone ("Tebboune warnte").

        A curated leader's family name becomes a full name alias where no
        other person has it as a short form, no entry has it as a name and it
        is no common English or German word ("Kohl", "Frieden", "May").
        """
        owners: Counter[str] = Counter()
        named: set[str] = set()
        for actor in self.actors.values():
            for alias in actor.aliases:
                if alias.kind == SHORT:
                    owners[fold(alias.text)] += 1
                elif alias.kind == NAME:
                    named.add(fold(alias.text))
        for actor in self.actors.values():
            if not actor.curated or not any(r.role in LEADER_ROLES for r in actor.roles):
                continue
            words = actor.name.split()
            surname = words[0] if actor.code[:3] in FAMILY_NAME_FIRST else words[-1]
            key = fold(surname)
            if (
                len(words) >= 2
                and words[-2].lower() not in SURNAME_PARTICLES  # "De Wever", "Al Thani"
                and len(surname) >= 4
                and surname[:1].isupper()
                and owners[key] == 1
                and key not in named
                and not is_known(key, lang="en")
                and not is_known(key, lang="de")
            ):
                actor.add(surname)

    def resolve_roles(self) -> list[tuple[str, RoleFact]]:
        """Turns role organisations (canonical names) into entry ids."""
        rows = []
        for actor in sorted(self.actors.values(), key=lambda a: a.id):
            for fact in actor.roles:
                org_id = ""
                if fact.org:
                    org = self.by_name.get(fold(fact.org))
                    if org is None:
                        raise SystemExit(f"unknown organisation {fact.org!r} ({actor.name})")
                    org_id = org.id
                    if not fact.code:
                        fact.code = org.code[:3] if org.type == "country" else org.code
                rows.append((actor.id, RoleFact(fact.role, org_id, fact.start, fact.end,
                                                fact.code, fact.source)))
        return rows

    def finish_persons(self) -> None:
        """Gives persons a code and PLOVER sector from their latest role."""
        for actor in self.actors.values():
            if actor.type != "person" or not actor.roles:
                continue
            latest = max(actor.roles, key=lambda r: (r.end or "9999", r.start))
            org = self.by_name.get(fold(latest.org)) if latest.org else None
            if org is not None and not actor.code:
                sector = "GOV" if org.type == "country" else org.plover
                actor.code = (org.code[:3] + sector) if org.type == "country" else org.code
            if not actor.plover:
                actor.plover = TYPE_SECTOR.get(org.type, "") if org else ""
                if org is not None and org.type == "country":
                    actor.plover = "GOV"


# CAMEO country codes Phoenix spells differently from ours, and former states
# that live on in a present one.
COUNTRY_CODE_ALIASES = {"KSV": "KOS", "DDR": "DEU"}


def country_of(builder: Builder, actor: Actor) -> str:
    """The CAMEO country code an entry belongs to ('' for international ones)."""
    if actor.country:
        return actor.country
    prefix = COUNTRY_CODE_ALIASES.get(actor.code[:3], actor.code[:3])
    return prefix if prefix in builder.country_by_code else ""


def write_tsv(builder: Builder, out: Path, role_rows: list[tuple[str, RoleFact]]) -> None:
    """Writes actors.tsv and roles.tsv."""
    header = (
        "# lagebild actor knowledge base. GENERATED by tools/build_kb.py: edit the curated\n"
        "# YAML under curated/ and re-run the script, never this file.\n"
        "# Sources: curated facts (curated/*.yaml) and the PETRARCH2 Phoenix actor\n"
        "# dictionaries (MIT, (c) 2014 Open Event Data Alliance); column source says which.\n"
        "# Aliases: kind:lang:text joined by ' | '; kinds n=name, a=adjective (German: stem,\n"
        "# all endings match), d=demonym, c=capital (government metonym), s=short form\n"
        "# (links only after a fuller name in the same document), b=seat (a building\n"
        "# standing for the body housed there where it acts), g=generic name (one that\n"
        "# other states' bodies share: links only where the text names the country);\n"
        "# lang * = any.\n"
        "# country: CAMEO country code the entry belongs to (empty: international).\n"
    )
    lines = [header + "id\tname\ttype\tcode\tplover\tsource\tcountry\taliases"]
    for actor in sorted(builder.actors.values(), key=lambda a: a.id):
        aliases = " | ".join(
            f"{a.kind}:{a.lang}:{a.text}"
            for a in sorted(actor.aliases, key=lambda a: (a.kind, a.lang, a.text))
        )
        lines.append("\t".join([actor.id, actor.name, actor.type, actor.code, actor.plover,
                                actor.source, country_of(builder, actor), aliases]))
    (out / "actors.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    role_header = (
        "# Person-role-organisation facts. GENERATED by tools/build_kb.py from\n"
        "# curated/persons.yaml and the Phoenix dictionaries' date-ranged codes.\n"
        "# Dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD); an empty end means still held\n"
        "# as far as the source knows.\n"
    )
    rlines = [role_header + "person\trole\torganization\tstart\tend\tcode\tsource"]
    for person, fact in role_rows:
        rlines.append("\t".join([person, fact.role, fact.org, fact.start, fact.end, fact.code,
                                 fact.source]))
    (out / "roles.tsv").write_text("\n".join(rlines) + "\n", encoding="utf-8")


def round_files(curated: Path, kind: str) -> list[Path]:
    """The curated files of one kind added by later passes (``persons_link9.yaml``), in order.

    Each linking pass adds its facts in a file of its own; they load after the base files,
    earlier passes first, so that no build list needs editing when a pass adds one.
    """
    def number(path: Path) -> int:
        return int(path.stem.rsplit("_link", 1)[1])

    return sorted(curated.glob(f"{kind}_link*.yaml"), key=number)


def build(phoenix_dir: Path, out: Path) -> Builder:
    """Runs the whole build and writes the output files."""
    builder = Builder()
    curated = out / "curated"
    builder.load_countries(curated / "countries.yaml")
    for name in ("organisations", "armed_groups", "state_bodies", "territories", "media",
                 "organisations_2022_2024", "organisations_2025", "shared_names"):
        builder.load_organisations(curated / f"{name}.yaml")
    for path in round_files(curated, "organisations"):
        builder.load_organisations(path)
    builder.load_ministries(curated / "ministries.yaml")
    for name in ("persons", "persons_2022_2024", "persons_2025"):
        builder.load_persons(curated / f"{name}.yaml")
    for path in round_files(curated, "persons"):
        builder.load_persons(path)
    # After the persons, so that a round's additions may name a curated person too.
    for path in round_files(curated, "additions"):
        builder.load_additions(path)
    builder.add_generic_synonyms()
    builder.index_curated_aliases()
    countries = read_entries(phoenix_dir / "Phoenix.Countries.actors.txt")
    international = read_entries(phoenix_dir / "Phoenix.International.actors.txt")
    nonstate = read_entries(phoenix_dir / "Phoenix.MilNonState.actors.txt")
    first = builder.first_names(countries)
    builder.load_phoenix_countries(countries, first)
    builder.load_phoenix_groups(nonstate, first, "IMGREB")
    builder.load_phoenix_groups(international, first, "NGO")
    builder.finish_persons()
    builder.add_german_spellings()
    builder.add_first_name_spellings()
    builder.add_short_forms()
    builder.add_leader_surnames()
    role_rows = builder.resolve_roles()
    write_tsv(builder, out, role_rows)
    return builder


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX)
    parser.add_argument("--out", type=Path, default=KB_DIR)
    args = parser.parse_args(argv)
    builder = build(args.phoenix, args.out)
    counts = Counter(a.type for a in builder.actors.values())
    sources = Counter(a.source for a in builder.actors.values())
    dated = sum(
        1 for a in builder.actors.values()
        if a.type == "person" and any(r.start or r.end for r in a.roles)
    )
    print("entries:", len(builder.actors), dict(sorted(counts.items())))
    print("sources:", dict(sorted(sources.items())))
    print("persons with dated roles:", dated)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
