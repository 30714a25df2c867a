"""Lists gaps in the knowledge base's coverage of office holders.

Usage::

    python tools/kb_coverage.py [--from 2022-01-01] [--to 2024-12-31]

For each state of the G20 and each state in or close to an armed conflict
(the list below), prints which of head of state, head of government,
foreign minister and defence minister has no holder in the knowledge base
for the period. The 2022-2024 coverage pass (curated/*_2022_2024.yaml) was
written against this list (presidential
systems count their president as head of government; states whose ministers
we could not date with confidence still show as gaps).
"""

from __future__ import annotations

import argparse

from lagebild.actors.kb import load_kb
from lagebild.resources import Resources

_STATES = """USA DEU GBR FRA ITA JPN CAN RUS CHN IND BRA ZAF MEX ARG AUS KOR IDN SAU TUR
UKR ISR PSE LBN SYR IRN IRQ YEM SDN SSD ETH SOM MLI BFA NER AFG PAK MMR COD LBY ARM AZE GEO BLR
MDA SRB KOS VEN HTI NGA QAT EGY JOR ARE POL HUN NLD ESP AUT CHE BEL SWE FIN NOR DNK GRC LTU LVA
EST ROU CZE SVK PRK TWN PHL THA KAZ TCD CAF DZA TUN MAR KEN RWA ERI"""
STATES = _STATES.split()
# Presidential systems: the head of state heads the government too.
_PRESIDENTIAL = "USA BRA ARG MEX IDN TUR IRN ZAF KEN NGA PHL VEN CAF TCD CYP AFG"
PRESIDENTIAL = frozenset(_PRESIDENTIAL.split())
OFFICES = {
    "head of state": {"president", "king", "emir", "head of state", "supreme leader"},
    "head of government": {"prime minister", "chancellor"},
    "foreign minister": {"foreign minister"},
    "defence minister": {"defence minister"},
}


def main() -> None:
    """Prints the gaps, one state per line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="start", default="2022-01-01")
    parser.add_argument("--to", dest="end", default="2024-12-31")
    args = parser.parse_args()
    kb = load_kb(Resources(), "")
    by_code = {e.code: e.id for e in kb.entries.values() if e.type == "country"}
    held: dict[tuple[str, str], set[str]] = {}
    for person, facts in kb.roles.items():
        for fact in facts:
            if (fact.start or "0000") > args.end or (fact.end or "9999") < args.start:
                continue
            for office, roles in OFFICES.items():
                if fact.role in roles:
                    held.setdefault((fact.organization, office), set()).add(
                        kb.entries[person].name
                    )
    complete = 0
    for code in STATES:
        country = by_code.get(code, "")
        gaps = [
            office for office in OFFICES
            if not held.get((country, office))
            and not (office == "head of government" and code in PRESIDENTIAL
                     and held.get((country, "head of state")))
        ]
        if gaps:
            print(f"{code}: no {', '.join(gaps)}")
        else:
            complete += 1
    print(f"{complete} of {len(STATES)} states complete for {args.start}..{args.end}")


if __name__ == "__main__":
    main()
