"""Word lists of temporal expressions, read from ``resources/<lang>/time_*.tsv``.

Every table maps a surface form to what it means (a month number, a TIMEX3
code, an offset). Lookups are by the normalised form (lower case, single
spaces), so "Oktober" and "oktober" share an entry; which forms may appear in
which case is decided by the grammar, not here.
"""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.errors import Code, LagebildError
from lagebild.resources import Resources, read_lines


def norm(form: str) -> str:
    """Returns the lookup key of a surface form: lower case, single spaces."""
    return " ".join(form.lower().split())


@dataclass(frozen=True)
class RelWord:
    """A word naming a unit relative to an anchor ("gestern", "Vorjahr")."""

    unit: str
    offset: int
    anchor: str  # deictic | anaphoric | either
    daypart: str | None


@dataclass(frozen=True)
class Lexicon:
    """The temporal vocabulary of one language."""

    language: str
    months: dict[str, int]
    weekdays: dict[str, int]
    dayparts: dict[str, str]
    seasons: dict[str, str]
    holidays: dict[str, str]
    numbers: dict[str, str]
    ordinals: dict[str, int]
    units: dict[str, str]
    relatives: dict[str, tuple[int, str]]
    relwords: dict[str, RelWord]
    vague: dict[str, str]
    mods: dict[str, tuple[str, str]]
    triggers: dict[str, frozenset[str]]
    # Surface forms as listed (for building patterns), per table.
    forms: dict[str, tuple[str, ...]]

    def number(self, form: str) -> float | None:
        """Returns the value of a number (digits or a number word); None for vague ones.

        Raises:
            KeyError: When ``form`` is neither digits nor a listed number word.
        """
        text = form.strip()
        if text[:1].isdigit():
            return float(text.replace(",", "."))
        value = self.numbers[norm(text)]
        return None if value == "X" else float(value)

    def has_role(self, form: str, role: str) -> bool:
        """Whether ``form`` is listed in the trigger table with ``role``."""
        return role in self.triggers.get(form, frozenset())


def _table(language: str, name: str, columns: int) -> list[list[str]]:
    rows = []
    for line in read_lines(language, name):
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < columns:
            raise LagebildError(
                Code.RESOURCE, f"expected {columns} tab-separated columns: {line!r}", path=name
            )
        rows.append(cells)
    return rows


def load_lexicon(resources: Resources, language: str) -> Lexicon:
    """Reads the temporal word lists of ``language`` (a ``resources.load`` loader)."""
    tables = {
        name: _table(language, f"time_{name}.tsv", columns)
        for name, columns in (
            ("months", 2),
            ("weekdays", 2),
            ("dayparts", 2),
            ("seasons", 2),
            ("holidays", 2),
            ("numbers", 2),
            ("ordinals", 2),
            ("units", 2),
            ("relatives", 3),
            ("relwords", 4),
            ("vague", 2),
            ("mods", 3),
            ("triggers", 2),
        )
    }
    triggers: dict[str, set[str]] = {}
    for form, role, *_ in tables["triggers"]:
        triggers.setdefault(form, set()).add(role)
    return Lexicon(
        language=language,
        months={norm(r[0]): int(r[1]) for r in tables["months"]},
        weekdays={norm(r[0]): int(r[1]) for r in tables["weekdays"]},
        dayparts={norm(r[0]): r[1] for r in tables["dayparts"]},
        seasons={norm(r[0]): r[1] for r in tables["seasons"]},
        holidays={norm(r[0]): r[1] for r in tables["holidays"]},
        numbers={norm(r[0]): r[1] for r in tables["numbers"]},
        ordinals={norm(r[0]): int(r[1]) for r in tables["ordinals"]},
        units={norm(r[0]): r[1] for r in tables["units"]},
        relatives={norm(r[0]): (int(r[1]), r[2]) for r in tables["relatives"]},
        relwords={
            norm(r[0]): RelWord(r[1], int(r[2]), r[3], r[4] if len(r) > 4 and r[4] else None)
            for r in tables["relwords"]
        },
        vague={norm(r[0]): r[1] for r in tables["vague"]},
        mods={norm(r[0]): (r[1], r[2]) for r in tables["mods"]},
        triggers={form: frozenset(roles) for form, roles in triggers.items()},
        forms={name: tuple(row[0] for row in rows) for name, rows in tables.items()},
    )
