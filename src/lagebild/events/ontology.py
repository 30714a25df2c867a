"""PLOVER 2.0 ontology: types, modes, quad classes, scores and the CAMEO mapping.

Read from ``resources/events/plover.yaml`` (facts from the PLOVER 2.0 manual)
and ``resources/events/cameo2plover.tsv`` (derived from the PLOVER project's
CAMEO2PLOVER-2021 table; both CC BY-SA 4.0). The setting ``[events]
release_as`` chooses how the release of hostages and prisoners is coded:
``"CONCEDE"`` (mode ``release``, as issue 6 asks; the default) or
``"RETREAT"`` (mode ``release``, as the PLOVER 2.0 manual asks).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lagebild.errors import Code, SettingsError
from lagebild.resources import Resources, data_path, parse_yaml

RELEASE_TYPES = ("CONCEDE", "RETREAT")


@dataclass(frozen=True)
class EventType:
    """One PLOVER event type."""

    name: str
    quad: int
    score: float
    requires_recipient: bool
    modes: Mapping[str, float]
    description: str


@dataclass(frozen=True)
class CameoCode:
    """What one CAMEO code means in PLOVER 2.0 (type None: not an event)."""

    code: str
    type: str | None
    mode: str | None
    context: str | None
    description: str


@dataclass(frozen=True)
class Ontology:
    """The PLOVER types and the CAMEO mapping, with the release setting applied."""

    types: Mapping[str, EventType]
    quads: Mapping[int, str]
    cameo: Mapping[str, CameoCode]
    release_as: str = "CONCEDE"
    _cache: dict[str, CameoCode | None] = field(default_factory=dict, compare=False)

    def quad(self, event_type: str) -> int:
        """Returns the quad class (1-4) of a PLOVER type."""
        return self.types[event_type].quad

    def score(self, event_type: str, mode: str | None) -> float:
        """Returns the PLOVER conflict-cooperation score of a type and mode."""
        spec = self.types[event_type]
        return spec.modes.get(mode or "", spec.score)

    def valid_mode(self, event_type: str, mode: str | None) -> str | None:
        """Returns ``mode`` when the type has it, else None."""
        return mode if mode and mode in self.types[event_type].modes else None

    def release(self, event_type: str, mode: str | None) -> str:
        """Returns the type a release of persons is coded as under the setting."""
        if mode == "release" and event_type in RELEASE_TYPES:
            return self.release_as
        return event_type

    def from_cameo(self, code: str) -> CameoCode | None:
        """Returns the PLOVER coding of a CAMEO code (its longest listed prefix).

        Returns None when the code, or every prefix of it, is unknown, and a
        CameoCode whose ``type`` is None for statements (CAMEO 01).
        """
        if code in self._cache:
            return self._cache[code]
        found = None
        for end in range(len(code), 1, -1):
            found = self.cameo.get(code[:end])
            if found is not None:
                break
        if found is not None and found.type is not None:
            event_type = self.release(found.type, found.mode)
            if event_type != found.type:
                found = CameoCode(found.code, event_type, found.mode, found.context,
                                  found.description)
        self._cache[code] = found
        return found


def _read_cameo() -> dict[str, CameoCode]:
    text = data_path("events", "cameo2plover.tsv").read_text(encoding="utf-8")
    out: dict[str, CameoCode] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("cameo\t"):
            continue
        code, plover, mode, context, description, _note = (line.split("\t") + [""] * 6)[:6]
        out[code] = CameoCode(code, plover or None, mode or None, context or None, description)
    return out


def read_ontology(release_as: str = "CONCEDE") -> Ontology:
    """Reads the packaged ontology files.

    Args:
        release_as: "CONCEDE" or "RETREAT": the type of a release of persons.

    Raises:
        SettingsError: When ``release_as`` is neither.
    """
    if release_as not in RELEASE_TYPES:
        raise SettingsError(
            Code.SETTINGS, f"events.release_as must be CONCEDE or RETREAT, not '{release_as}'"
        )
    data = parse_yaml(data_path("events", "plover.yaml").read_text(encoding="utf-8"))
    types = {
        name: EventType(
            name,
            int(spec["quad"]),
            float(spec["score"]),
            bool(spec["requires_recipient"]),
            {mode: float(info["score"]) for mode, info in (spec.get("modes") or {}).items()},
            str(spec["description"]),
        )
        for name, spec in data["types"].items()
    }
    quads = {int(k): str(v) for k, v in data["quads"].items()}
    return Ontology(types, quads, _read_cameo(), release_as)


def load_ontology(resources: Resources, language: str) -> Ontology:
    """Resource loader: the ontology with the ``[events] release_as`` setting."""
    return read_ontology(str(resources.settings.get("events", "release_as")))
