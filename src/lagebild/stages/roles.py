"""Person-role-organisation relations as the text states them (stage ``roles``).

Patterns, German and English, over the entity mentions and a role lexicon
(``resources/<lang>/roles.tsv``):

* compound: ``Hamas-Vizechef Saleh al-Arouri``, ``US-Außenminister Blinken``;
* premodifier: ``Israels Premierminister Benjamin Netanjahu``, ``der
  israelische Ministerpräsident ...``, ``Iran's foreign minister ...``,
  ``Hezbollah leader Hassan Nasrallah``;
* postmodifier: ``der Chef der Hamas, Jahia Sinwar``, ``the leader of
  Hezbollah, Hassan Nasrallah``;
* apposition: ``Hassan Nasrallah, Generalsekretär der Hisbollah``,
  ``Nasrallah, the Hezbollah leader``;
* role and name without organisation: ``Präsident Joe Biden``.

When the text names the role but not the person ("Iran's foreign minister
said"), the person is resolved from the knowledge base's dated roles for the
publication date where exactly one person held that role; ``person`` is then
the role phrase itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.actors.gazetteer import Unit, make_units
from lagebild.actors.kb import KnowledgeBase, load_kb
from lagebild.actors.lexicon import ActorLexicon, load_lexicon
from lagebild.model import EntityMention, Role
from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources

# Words linking a role noun to the organisation after it ("Chef der Hamas").
_LINKERS = frozenset({"der", "des", "von", "vom", "of", "the", "for"})
# Articles that may stand between a name, its comma and the role ("X, der Chef ...").
_ARTICLES = frozenset({"der", "die", "das", "the", "a", "an", "ein", "eine"})
_ORG_LABELS = frozenset({"ORG", "LOC"})
# Knowledge-base roles a role noun of the text may refer to.
_SAME_ROLE: dict[str, frozenset[str]] = {
    "leader": frozenset({"leader", "secretary-general", "general secretary", "supreme leader"}),
    "head of state": frozenset({"head of state", "president", "king", "emir"}),
    "commander": frozenset({"commander", "commander-in-chief"}),
}


@dataclass(frozen=True)
class _Spot:
    """A mention placed on the unit sequence."""

    mention: EntityMention
    first: int
    last: int


class RoleReader:
    """Finds the roles of one document."""

    def __init__(self, analysis: Analysis, lexicon: ActorLexicon, kb: KnowledgeBase) -> None:
        assert analysis.tokens is not None
        self.analysis = analysis
        self.text = analysis.text
        self.lexicon = lexicon
        self.kb = kb
        self.units: list[Unit] = make_units(analysis.text, (s.start for s in analysis.sentences))
        starts = {u.start: i for i, u in enumerate(self.units)}
        ends = {u.end: i for i, u in enumerate(self.units)}
        self.by_first: dict[int, _Spot] = {}
        self.by_last: dict[int, _Spot] = {}
        for mention in analysis.entities:
            if mention.role_in_text == "byline":
                continue
            first, last = starts.get(mention.start), ends.get(mention.end)
            if first is None or last is None:
                continue
            spot = _Spot(mention, first, last)
            self.by_first[first] = spot
            self.by_last[last] = spot

    def _unit_key(self, i: int) -> str | None:
        return self.units[i].key if 0 <= i < len(self.units) else None

    def _organisation_before(self, i: int) -> _Spot | None:
        """The organisation premodifying a role noun at unit ``i``."""
        unit = self.units[i]
        j = i - 1
        while self._unit_key(j) in self.lexicon.role_modifiers and i - j <= 2:
            j -= 1
        spot = self.by_last.get(j)
        if spot is None and self._unit_key(j) in {"'s", "'"}:
            spot = self.by_last.get(j - 1)
        if spot is None or spot.mention.label not in _ORG_LABELS:
            return None
        if unit.glued or self.lexicon.language == "en":
            return spot
        # German without a hyphen: only a genitive or an adjective premodifies.
        text = spot.mention.text
        if spot.mention.form == "adjective" or text.endswith(("s", "'")):
            return spot
        return None

    def _organisation_after(self, i: int) -> _Spot | None:
        """The organisation after a role noun ending at unit ``i`` ("Chef der Hamas")."""
        j = i + 1
        seen_linker = False
        while self._unit_key(j) in _LINKERS and j - i <= 2:
            seen_linker = True
            j += 1
        spot = self.by_first.get(j)
        if not seen_linker or spot is None or spot.mention.label not in _ORG_LABELS:
            return None
        return spot

    def _person_after(self, i: int) -> _Spot | None:
        """A person right after unit ``i`` (optionally after a comma)."""
        spot = self.by_first.get(i + 1)
        if spot is None and self._unit_key(i + 1) == ",":
            spot = self.by_first.get(i + 2)
        return spot if spot is not None and spot.mention.label == "PER" else None

    def _person_before(self, i: int) -> _Spot | None:
        """A person in apposition before unit ``i`` ("Nasrallah, der Chef ...")."""
        j = i - 1
        if self._unit_key(j) in _ARTICLES:
            j -= 1
        if self._unit_key(j) != ",":
            return None
        spot = self.by_last.get(j - 1)
        return spot if spot is not None and spot.mention.label == "PER" else None

    def roles(self) -> list[Role]:
        """All roles of the document, in text order."""
        found: list[Role] = []
        i = 0
        while i < len(self.units):
            hit = self.lexicon.role_at(self.units, i)
            if hit is None or (i in self.by_first and self.by_first[i].mention.label == "PER"):
                i += 1
                continue
            role, size = hit
            last = i + size - 1
            org = self._organisation_before(i)
            phrase_start = org.first if org is not None else i
            person = self._person_after(last)
            phrase_end = last
            if org is None:
                org = self._organisation_after(last)
                if org is not None:
                    phrase_end = org.last
                    person = person or self._person_after(org.last)
            if person is None:
                person = self._person_before(phrase_start)
            role_record = self._record(role, org, person, phrase_start, phrase_end)
            if role_record is not None:
                found.append(role_record)
            i = last + 1
        return found

    def _record(self, role: str, org: _Spot | None, person: _Spot | None,
                phrase_start: int, phrase_end: int) -> Role | None:
        doc_id = self.analysis.document.id
        points = [self.units[phrase_start].start, self.units[phrase_end].end]
        org_mention = org.mention if org is not None else None
        org_id = org_mention.kb_id if org_mention and not _unlinked(org_mention.kb_id) else None
        if person is not None:
            points += [person.mention.start, person.mention.end]
            mention = person.mention
            return Role(
                doc_id=doc_id,
                person=mention.text,
                role=role,
                organization=org_mention.text if org_mention else None,
                start=min(points),
                end=max(points),
                person_kb_id=None if _unlinked(mention.kb_id) else mention.kb_id,
                organization_kb_id=org_id,
            )
        if org_mention is None:
            return None
        start, end = min(points), max(points)
        return Role(
            doc_id=doc_id,
            person=self.text[start:end],
            role=role,
            organization=org_mention.text,
            start=start,
            end=end,
            person_kb_id=self._holder(org_id, role),
            organization_kb_id=org_id,
        )

    def _holder(self, org_id: str | None, role: str) -> str | None:
        """The one person holding ``role`` in ``org_id`` on the publication date."""
        day = self.analysis.published
        if org_id is None or day is None:
            return None
        wanted = _SAME_ROLE.get(role, frozenset({role}))
        holders = {p for r in wanted for p in self.kb.holders(org_id, r, day)}
        return holders.pop() if len(holders) == 1 else None


def _unlinked(kb_id: str | None) -> bool:
    return kb_id is None or kb_id.startswith("unlinked:")


def read_roles(analysis: Analysis, resources: Resources) -> Sequence[Role]:
    """Returns the roles the text states (see module docstring)."""
    assert analysis.language is not None
    reader = RoleReader(
        analysis, resources.load(load_lexicon, analysis.language), resources.load(load_kb, "")
    )
    return reader.roles()


@stage("roles", requires=("entities", "tokens", "sentences", "language"), assigns=("roles",))
def find_roles(analysis: Analysis, resources: Resources) -> Analysis:
    """Extracts person-role-organisation relations from appositions and compounds."""
    return analysis.replace(roles=tuple(read_roles(analysis, resources)))
