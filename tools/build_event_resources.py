"""Builds the event-coding resources derived from public dictionaries.

Three files are generated, both reviewable text, both with their licence in the
header:

* ``src/lagebild/resources/events/cameo2plover.tsv`` from the PLOVER project's
  ``CAMEO2PLOVER-2021.txt`` (CC BY-SA 4.0), with lagebild's documented changes
  (see ``OVERRIDES`` and ``MODE_ALIASES`` below).
* ``src/lagebild/resources/en/cameo_verbs.tsv`` from PETRARCH2's
  ``CAMEO.verbpatterns.150430.txt`` (MIT): synonym sets, verbs with their
  irregular forms and default codes, and the phrase patterns.
* ``src/lagebild/resources/en/event_agents.tsv`` from PETRARCH2's
  ``Phoenix.agents.txt`` and NGEC's ``PLOVER_agents.txt`` (both MIT): generic
  agents ("police", "rebel", "human rights group") with their CAMEO agent code.

Usage::

    python tools/build_event_resources.py [--shared ../shared] [--out DIR]

The output is deterministic: running it twice gives the same files.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from lagebild.resources import parse_yaml

REPO = Path(__file__).resolve().parents[1]
RESOURCES = REPO / "src" / "lagebild" / "resources"

# Modes in the 2021 CAMEO table that are not PLOVER 2.0 modes of the type they
# are listed under, and what lagebild uses instead (None: no mode).
MODE_ALIASES: dict[tuple[str, str], str | None] = {
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "massacre"): "targeted",
    ("ASSAULT", "cleansing"): None,
    ("ASSAULT", "pro_autocracy"): None,
    ("ASSAULT", "seize"): "destroy",
    ("THREATEN", "ban"): "restrict",
    ("THREATEN", "political"): "restrict",
    ("COERCE", "ban"): "restrict",
    ("RETREAT", "ease"): None,
    ("RETREAT", "return"): None,
}

# Codes whose PLOVER 2.0 coding lagebild sets differently from the 2021 table,
# with the reason (written to the `note` column).
OVERRIDES: dict[str, tuple[str, str, str]] = {
    "195": ("ASSAULT", "aerial", "PLOVER 2.0 has the mode aerial for air strikes"),
    "0813": ("CONCEDE", "", "PLOVER 2.0 manual: removing curfews is CONCEDE"),
    "0814": ("CONCEDE", "", "PLOVER 2.0 manual: easing restrictions is CONCEDE"),
    "163": (
        "SANCTION",
        "discontinue",
        "PLOVER 2.0 manual: international sanctions are SANCTION/discontinue",
    ),
}

# CAMEO 02 (APPEAL) is "dropped" in the manual's translation table, but PLOVER
# 2.0 REQUEST covers "all requests, demands and orders", so lagebild codes
# appeals as REQUEST with the mode of the matching DEMAND (10x) code.
APPEALS: list[tuple[str, str, str]] = [
    ("02", "", "Appeal"),
    ("020", "", "Make an appeal or request"),
    ("021", "assist", "Appeal for material cooperation"),
    ("0211", "assist", "Appeal for economic cooperation"),
    ("0212", "assist", "Appeal for military cooperation"),
    ("0213", "assist", "Appeal for judicial cooperation"),
    ("0214", "assist", "Appeal for intelligence"),
    ("022", "assist", "Appeal for diplomatic cooperation (such as policy support)"),
    ("023", "assist", "Appeal for aid"),
    ("0231", "assist", "Appeal for economic aid"),
    ("0232", "assist", "Appeal for military aid"),
    ("0233", "assist", "Appeal for humanitarian aid"),
    ("0234", "assist", "Appeal for military protection or peacekeeping"),
    ("024", "change", "Appeal for political reform"),
    ("0241", "change", "Appeal for change in leadership"),
    ("0242", "change", "Appeal for policy change"),
    ("0243", "change", "Appeal for rights"),
    ("0244", "change", "Appeal for change in institutions, regime"),
    ("025", "yield", "Appeal to yield"),
    ("0251", "yield", "Appeal for easing of administrative sanctions"),
    ("0252", "yield", "Appeal for easing of popular dissent"),
    ("0253", "yield", "Appeal for release of persons or property"),
    ("0254", "yield", "Appeal for easing of economic sanctions, boycott, or embargo"),
    ("0255", "yield", "Appeal for target to allow international involvement"),
    ("0256", "yield", "Appeal for de-escalation of military engagement"),
    ("026", "meet", "Appeal to others to meet or negotiate"),
    ("027", "meet", "Appeal to others to settle dispute"),
    ("028", "meet", "Appeal to others to engage in or accept mediation"),
]

_MAPPING_LINE = re.compile(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$")


def plover_modes() -> dict[str, set[str]]:
    """Returns the modes of each PLOVER 2.0 type from ``plover.yaml``."""
    data = parse_yaml((RESOURCES / "events" / "plover.yaml").read_text(encoding="utf-8"))
    return {name: set(spec["modes"]) for name, spec in data["types"].items()}


def build_cameo2plover(source: Path) -> str:
    """Returns the TSV text of the CAMEO -> PLOVER 2.0 mapping."""
    modes = plover_modes()
    rows: dict[str, tuple[str, str, str, str, str]] = {}
    for raw in source.read_text(encoding="utf-8").splitlines():
        match = _MAPPING_LINE.match(raw.strip())
        if match is None:
            continue
        code, body, description = match.group(1), match.group(2), (match.group(3) or "").strip()
        parts = [part.strip() for part in body.split(",")]
        plover = parts[0]
        mode = parts[1] if len(parts) > 1 else ""
        context = ", ".join(p for p in parts[2:] if p)
        if code in rows:  # the table repeats "08:" and "175:"; the first line wins
            continue
        note = ""
        if mode and mode not in modes[plover]:
            alias = MODE_ALIASES.get((plover, mode))
            note = f"2021 table mode '{mode}' is not a PLOVER 2.0 mode of {plover}"
            mode = alias or ""
        if code in OVERRIDES:
            plover, mode, note = OVERRIDES[code]
        if code.startswith("084") and mode == "release":
            note = "release_as setting: CONCEDE by default (issue 6), RETREAT per the manual"
        rows[code] = (plover, mode, context, description, note)
    for code, mode, description in APPEALS:
        rows[code] = ("REQUEST", mode, "", description, "lagebild: appeals coded as REQUEST")
    rows["01"] = ("", "", "", "Make public statement", "dropped in PLOVER: not an event")
    lines = [
        "# CAMEO event codes -> PLOVER 2.0 type, mode and context.",
        "# Derived from CAMEO2PLOVER-2021.txt (openeventdata/PLOVER @5e0c24f; PLOVER manual",
        "# Draft 0.8, 17 Sept 2021, ed. Philip Schrodt), licensed CC BY-SA 4.0. This derived",
        "# file is licensed CC BY-SA 4.0 too. Generated by tools/build_event_resources.py;",
        "# lagebild's changes are named in the `note` column. A code not listed maps as its",
        "# longest listed prefix; codes starting 01 are statements and produce no event.",
        "cameo\ttype\tmode\tcontext\tdescription\tnote",
    ]
    for code in sorted(rows, key=lambda c: (c[:2], len(c), c)):
        lines.append("\t".join((code, *rows[code])))
    return "\n".join(lines) + "\n"


def _words(text: str) -> str:
    return " ".join(text.split())


def build_cameo_verbs(source: Path) -> str:
    """Returns the TSV text of the CAMEO verb dictionary (synsets, verbs, patterns)."""
    synsets: list[tuple[str, list[str]]] = []
    verbs: list[tuple[str, str, str, str]] = []
    patterns: list[tuple[str, str, str, str]] = []
    block = ""
    block_code = ""
    current_synset: list[str] | None = None
    for raw in source.read_text(encoding="latin-1").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("&"):
            current_synset = []
            synsets.append((line[1:].strip().rstrip("_"), current_synset))
            continue
        if line.startswith("---"):
            current_synset = None
            # A block without a code ("--- DEFEND ###") codes only through its patterns.
            match = re.match(r"---\s*(\S+)\s*(?:\[([^\]]*)\])?", line)
            if match is None:
                raise ValueError(f"unreadable block header: {line}")
            block, block_code = match.group(1), (match.group(2) or "---").strip()
            continue
        body, _, comment = line.partition("#")
        if current_synset is not None and line.startswith("+"):
            current_synset.append(body[1:].strip())
            continue
        if line.startswith("-"):
            match = re.match(r"-\s*(.*?)\s*\[([^\]]*)\]\s*$", body)
            if match is None:
                continue
            words = _words(match.group(1))
            if "*" not in words:
                continue  # a pattern without a verb slot cannot be matched
            found_in = comment.strip().split(" ")[0] if comment.strip() else ""
            patterns.append((block, match.group(2).strip(), words, found_in))
            continue
        match = re.match(r"\+?([A-Z0-9'_\-]+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", body.strip())
        if match is None:
            continue
        verb = match.group(1)
        forms = _words((match.group(2) or "").strip("{} ").replace("+", ""))
        code = (match.group(3) or "").strip("[] ") or block_code
        verbs.append((block, verb, forms, code))
    lines = [
        "# CAMEO verb dictionary for English event coding.",
        "# Converted from CAMEO.verbpatterns.150430.txt (openeventdata/petrarch2 @676801c,",
        "# petrarch2/data/dictionaries/). The MIT License (MIT), Copyright (c) 2015 Open Event",
        "# Data Alliance: permission is granted to use, copy, modify, merge, publish and",
        "# distribute, provided this notice is kept. Generated by tools/build_event_resources.py.",
        "# Rows: S<TAB>synset<TAB>members (| separated; '_' joins words, trailing '_' = exact);",
        "#       V<TAB>block<TAB>verb<TAB>irregular forms<TAB>CAMEO code;",
        "#       P<TAB>block<TAB>CAMEO code<TAB>pattern<TAB>verb the pattern was written for.",
        "# Pattern syntax (PETRARCH): * the verb, $ source, + target, % compound actor,",
        "# ^ skip a noun phrase, &NAME a synset, [---] = match but code nothing.",
    ]
    for name, members in synsets:
        lines.append("\t".join(("S", name, "|".join(members))))
    for block_name, verb, forms, code in verbs:
        lines.append("\t".join(("V", block_name, verb, forms, code)))
    for block_name, code, words, found_in in patterns:
        lines.append("\t".join(("P", block_name, code, words, found_in)))
    return "\n".join(lines) + "\n"


# Agent phrases left out: they name things or places far more often than actors in an
# argument slot of an event ("cabinetmaker" is in the dictionary as a business agent; "the
# town", "a hospital" in a target slot are places, which lagebild codes by their country).
AGENT_STOPLIST = frozenset({"cabinetmaker", "rebellion", "police district", "police post",
                            "rebel base", "cargo ship", "cargo vessel", "aerospace",
                            "business", "people", "capital", "city", "town", "village",
                            "region", "hospital", "school", "embassy", "university",
                            "district", "province", "area", "building", "settlement"})


def _agent_phrases(body: str, substitutions: dict[str, list[str]]) -> list[str]:
    """Expands one dictionary phrase (with !SET! substitutions) into lowercase phrases."""
    phrases = [body]
    for name, members in substitutions.items():
        token = f"!{name}!"
        phrases = [p.replace(token, member) if token in p else p
                   for p in phrases for member in (members if token in p else [""])]
    out = []
    for phrase in phrases:
        words = phrase.replace("_", " ").lower().split()
        if words and all(re.fullmatch(r"[a-z][a-z'.\-]*", w) for w in words):
            out.append(" ".join(words))
    return out


def build_agents(sources: list[Path]) -> str:
    """Returns the TSV text of the English agents lexicon (phrase, CAMEO agent code)."""
    rows: dict[str, str] = {}
    for source in sources:
        substitutions: dict[str, list[str]] = {}
        for raw in source.read_text(encoding="latin-1").splitlines():
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            sub = re.match(r"!(\w+)!\s*=\s*(.*)", line)
            if sub is not None:
                substitutions[sub.group(1)] = [m.strip() for m in sub.group(2).split(",")
                                               if m.strip()]
                continue
            match = re.match(r"(.+?)\s*(\{[^}]*\})?\s*\[~(\w+)\]", line)
            if match is None:
                continue
            code = match.group(3)
            bodies = [match.group(1)] + [
                b for b in (match.group(2) or "").strip("{} ").split() if b
            ]
            for body in bodies:
                for phrase in _agent_phrases(body.strip(), substitutions):
                    if phrase not in AGENT_STOPLIST:
                        rows.setdefault(phrase, code)
    lines = [
        "# Generic agents for English event actors: a common noun phrase naming a kind of",
        "# actor (police, rebels, a human rights group) with its CAMEO agent code.",
        "# Converted from Phoenix.agents.txt (openeventdata/petrarch2 @676801c,",
        "# petrarch2/data/dictionaries/) and PLOVER_agents.txt (ahalterman/NGEC @787a06b,",
        "# NGEC/assets/). The MIT License (MIT), Copyright (c) 2014 Open Event Data Alliance:",
        "# permission is granted to use, copy, modify, merge, publish and distribute, provided",
        "# this notice is kept. Generated by tools/build_event_resources.py; the phrases in",
        "# its AGENT_STOPLIST are left out. Regular plurals are matched through lemmas.",
        "phrase\tcode",
    ]
    lines.extend(f"{phrase}\t{code}" for phrase, code in sorted(rows.items()))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Regenerates the derived resource files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=RESOURCES,
                        help="resources folder to write into (default: the package's)")
    args = parser.parse_args(argv)
    events_en = args.shared / "data" / "events-en" / "CAMEO2PLOVER-2021.txt"
    verbs_en = args.shared / "data" / "dictionaries-en" / "CAMEO.verbpatterns.150430.txt"
    agents_en = [args.shared / "data" / "dictionaries-en" / "Phoenix.agents.txt",
                 args.shared / "data" / "events-en" / "PLOVER_agents.txt"]
    for path in (events_en, verbs_en, *agents_en):
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            return 1
    outputs = {
        Path("events", "cameo2plover.tsv"): build_cameo2plover(events_en),
        Path("en", "cameo_verbs.tsv"): build_cameo_verbs(verbs_en),
        Path("en", "event_agents.tsv"): build_agents(agents_en),
    }
    for name, text in outputs.items():
        out = args.out / name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
