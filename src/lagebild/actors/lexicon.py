"""Role nouns and cue words for entity and role detection, per language.

Read from ``resources/<lang>/roles.tsv`` and ``resources/<lang>/actors.yaml``
once per process (:func:`load_lexicon`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from simplemma import is_known

from lagebild.actors.gazetteer import Unit, alias_units
from lagebild.actors.kb import fold
from lagebild.resources import Resources, data_path, parse_yaml

# German inflection endings tried when a role noun is not found as written.
_DE_ENDINGS = ("innen", "in", "en", "es", "n", "s")


@dataclass(frozen=True)
class ActorLexicon:
    """Role nouns and cue words of one language."""

    language: str
    roles: dict[tuple[str, ...], str]
    suffix_roles: tuple[tuple[str, str], ...]
    name_particles: frozenset[str]
    byline_patterns: tuple[re.Pattern[str], ...]
    byline_separators: frozenset[str]
    given_names: frozenset[str] = frozenset()
    role_modifiers: frozenset[str] = frozenset()
    seat_prepositions: frozenset[str] = frozenset()
    seat_destinations: frozenset[str] = frozenset()
    state_heads: tuple[str, ...] = ()
    placed_heads: tuple[str, ...] = ()
    name_heads: frozenset[str] = frozenset()
    owned_heads: tuple[str, ...] = ()
    # Goods whose origin a country adjective before them gives ("russisches Öl").
    goods_heads: tuple[str, ...] = ()
    # Glued endings after a country name that make it where something is based
    # ("-based", "-registered"), and prepositions after goods that make the
    # country their destination ("exports to").
    place_suffixes: tuple[str, ...] = ()
    # Verbs of leaving whose object is the place left ("left Mali").
    departure_verbs: frozenset[str] = frozenset()
    # Nouns of claiming or holding territory and the prepositions after them
    # ("Anspruch auf Grönland", "control of Crimea").
    claim_heads: tuple[str, ...] = ()
    claim_prepositions: frozenset[str] = frozenset()
    goods_prepositions: frozenset[str] = frozenset()
    # Restrictions whose target a state after goods and "to" is ("export controls").
    restrictions: frozenset[str] = frozenset()
    # Nouns goods before them only qualify ("oil traders", "oil refinery").
    goods_holders: tuple[str, ...] = ()
    # Heads that make a capital's German adjective its state ("die Moskauer Führung").
    capital_heads: frozenset[str] = frozenset()
    # Conjunctions that coordinate a state with a body placed in a capital.
    partner_conjunctions: frozenset[str] = frozenset()
    # Second parts of closed compounds whose first part is an actor's name, longest first.
    compound_heads: tuple[str, ...] = ()
    # A word opening with one of the adjective prefixes ("prorussische"): group 2 is the rest.
    prefixed_words: re.Pattern[str] | None = None
    # Papers named by a common word ("Bild", "Zeit", "Welt"): word -> knowledge-base id;
    # linked only where the text reports ("laut Bild", "Die Zeit berichtete").
    context_papers: dict[str, str] = field(default_factory=dict)
    # The paper's word, optionally after a nominative article (group 1), as group 2.
    paper_words: re.Pattern[str] | None = None
    paper_articles: frozenset[str] = frozenset()
    paper_verbs: frozenset[str] = frozenset()
    # Words for a paper right before its title ("die Zeitung Dawn", "the newspaper Dawn")
    # and phrases that make the title after them a source ("according to Dawn").
    paper_nouns: frozenset[str] = frozenset()
    paper_sources: frozenset[str] = frozenset()
    # Canonical roles a generic title ("Chef", "leader") or a government noun before or
    # after a surname ("Regierung Sánchez", "the Sánchez government") may stand for.
    office_roles: frozenset[str] = frozenset()
    # The canonical role of generic titles: they name an office holder, not an office.
    generic_title_role: str = ""
    # Nouns that name a government by its head's surname ("Regierung Ortega").
    government_nouns: frozenset[str] = frozenset()
    # Knowledge-base ids of unions of states whose name also names their territory
    # ("in der EU zugelassen"): read like a country's name, acting or locating.
    territorial_unions: frozenset[str] = frozenset()
    # Knowledge-base ids of countries named like a U.S. state ("Georgia"), and the
    # offices after a possessive that only a U.S. state has ("Georgia's governor").
    state_namesakes: frozenset[str] = frozenset()
    state_offices: tuple[tuple[str, ...], ...] = ()
    max_role_units: int = 1
    multi_first: frozenset[str] = frozenset()
    _known: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    _single: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def role_at(self, units: Sequence[Unit], i: int) -> tuple[str, int] | None:
        """Returns (canonical role, number of units) of a role noun starting at unit ``i``."""
        key = units[i].key
        if key in self.multi_first:
            for size in range(min(self.max_role_units, len(units) - i), 1, -1):
                if any(units[i + j].sent_start for j in range(1, size)):
                    continue
                keys = tuple(units[i + j].key for j in range(size))
                role = self.roles.get(keys) or self._inflected(keys)
                if role is not None:
                    return role, size
        if key in self._single:
            single = self._single[key]
        else:
            single = self.roles.get((key,)) or self._inflected((key,))
            if len(self._single) < 200_000:
                self._single[key] = single
        return (single, 1) if single is not None else None

    def is_role_word(self, text: str) -> bool:
        """Whether ``text`` is one role noun ("Emir", "Präsidentin"), not a name."""
        key = fold(text)
        return bool(self.roles.get((key,)) or self._inflected((key,)))

    def _inflected(self, keys: tuple[str, ...]) -> str | None:
        last = keys[-1]
        endings = _DE_ENDINGS if self.language == "de" else ("s",)
        stems = [last] + [last[: -len(e)] for e in endings
                          if last.endswith(e) and len(last) > len(e) + 2]
        for stem in stems[1:]:
            role = self.roles.get((*keys[:-1], stem))
            if role is not None:
                return role
        if len(keys) == 1 and self.language == "de" and any(
            s.endswith(self._role_suffixes) for s in stems
        ):
            for suffix, role in self.suffix_roles:
                if any(s.endswith(suffix) and len(s) > len(suffix) + 2 for s in stems):
                    return role
        return None

    @cached_property
    def _role_suffixes(self) -> tuple[str, ...]:
        # All endings of ``suffix_roles`` at once: most words end in none of them.
        return tuple(suffix for suffix, _ in self.suffix_roles)

    def is_known_word(self, text: str) -> bool:
        """Whether ``text`` is a common word of the language (simplemma's lexicon)."""
        known = self._known.get(text)
        if known is None:
            known = bool(is_known(text, lang=self.language))
            if len(self._known) < 200_000:
                self._known[text] = known
        return known

    def is_owned_head(self, text: str) -> bool:
        """Whether ``text`` names a company, party or armed group a country only locates.

        "Germany's largest arms maker", "Deutschlands größter Rüstungskonzern":
        German compounds count by their last part.
        """
        return self._head_in(text, self.owned_heads)

    def is_goods_head(self, text: str) -> bool:
        """Whether ``text`` names goods whose origin a country adjective gives.

        "tariffs on Indian goods", "russisches Öl"; German compounds count by
        their last part ("Elektroautos").
        """
        return self._head_in(text, self.goods_heads)

    def is_claim_head(self, text: str) -> bool:
        """Whether ``text`` names a claim on, or control of, a territory ("Gebietsanspruch")."""
        return self._head_in(text, self.claim_heads)

    def is_restriction(self, text: str) -> bool:
        """Whether ``text`` names a restriction on trade ("controls", "ban")."""
        key = fold(text)
        return key in self.restrictions or (key.endswith("s") and key[:-1] in self.restrictions)

    def is_goods_holder(self, text: str) -> bool:
        """Whether ``text`` names people, firms or plants that goods before it qualify."""
        return self._head_in(text, self.goods_holders)

    def is_capital_head(self, text: str) -> bool:
        """Whether ``text`` names a state's government as a whole ("Führung", "regime").

        German compounds count by their last part ("Militärjunta").
        """
        key = fold(text)
        if self.language == "de":
            return key.endswith(tuple(self.capital_heads))
        return key in self.capital_heads

    def is_state_head(self, text: str) -> bool:
        """Whether ``text`` names a body of a state ("government", "Taliban-Regierung")."""
        return self._head_in(text, self.state_heads)

    def is_placed_head(self, text: str) -> bool:
        """Whether "``text`` in <country or capital>" names that state's body.

        "die Regierung in Warschau", "the Defence Ministry in Tokyo"; German
        compounds count by their last part ("Verteidigungsministerium").
        """
        return self._head_in(text, self.placed_heads)

    def _head_in(self, text: str, heads: tuple[str, ...]) -> bool:
        key = fold(text)
        if self.language == "de":
            return key.endswith(heads)
        return key in heads or (key.endswith("s") and (
            key[:-1] in heads or (key.endswith("ies") and key[:-3] + "y" in heads)
        ))  # "companies", "refineries"

    def is_byline(self, sentence: str) -> bool:
        """Whether a sentence credits reporters rather than reporting news."""
        return any(p.search(sentence) for p in self.byline_patterns)


@lru_cache(maxsize=4)
def _read_yaml(language: str) -> dict[str, list[str]]:
    data = parse_yaml(data_path(language, "actors.yaml").read_text(encoding="utf-8"))
    return {key: [str(v) for v in values] for key, values in data.items()}


def _prefixed_words(prefixes: list[str]) -> re.Pattern[str] | None:
    if not prefixes:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"\b({alternatives})([^\W\d_]{{4,}})", re.IGNORECASE)


def _paper_words(papers: dict[str, str], articles: list[str]) -> re.Pattern[str] | None:
    if not papers:
        return None
    words = "|".join(re.escape(w) for w in sorted(papers))
    article = "|".join(re.escape(a) for a in articles) or "(?!)"
    return re.compile(rf"(?:\b({article}) )?\b({words})\b(?![-‐])")


def load_lexicon(resources: Resources, language: str) -> ActorLexicon:
    """Reads the role nouns and cue words of ``language`` (once per process)."""
    roles: dict[tuple[str, ...], str] = {}
    suffix_roles: list[tuple[str, str]] = []
    text = data_path(language, "roles.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    for line in lines[1:]:
        form, role = line.split("\t")
        if form.startswith("*"):
            suffix_roles.append((fold(form[1:]), role))
        else:
            roles[tuple(fold(u) for u in alias_units(form))] = role
    cues = _read_yaml(language)
    papers = dict(pair.split() for pair in cues.get("context_papers", []))
    return ActorLexicon(
        language=language,
        roles=roles,
        suffix_roles=tuple(sorted(suffix_roles, key=lambda s: -len(s[0]))),
        name_particles=frozenset(fold(w) for w in cues["name_particles"]),
        byline_patterns=tuple(re.compile(p) for p in cues["byline_patterns"]),
        byline_separators=frozenset(fold(w) for w in cues["byline_separators"]),
        given_names=frozenset(fold(w) for w in cues["given_names"]),
        role_modifiers=frozenset(fold(w) for w in cues["role_modifiers"]),
        seat_prepositions=frozenset(fold(w) for w in cues["seat_prepositions"]),
        seat_destinations=frozenset(fold(w) for w in cues["seat_destinations"]),
        state_heads=tuple(fold(w) for w in cues["state_heads"]),
        placed_heads=tuple(fold(w) for w in cues["placed_heads"]),
        name_heads=frozenset(fold(w) for w in cues["name_heads"]),
        owned_heads=tuple(fold(w) for w in cues["owned_heads"]),
        goods_heads=tuple(fold(w) for w in cues.get("goods_heads", [])),
        goods_holders=tuple(fold(w) for w in cues.get("goods_holders", [])),
        place_suffixes=tuple(cues.get("place_suffixes", [])),
        departure_verbs=frozenset(fold(w) for w in cues.get("departure_verbs", [])),
        claim_heads=tuple(fold(w) for w in cues.get("claim_heads", [])),
        claim_prepositions=frozenset(fold(w) for w in cues.get("claim_prepositions", [])),
        goods_prepositions=frozenset(fold(w) for w in cues.get("goods_prepositions", [])),
        restrictions=frozenset(fold(w) for w in cues.get("restrictions", [])),
        capital_heads=frozenset(fold(w) for w in cues.get("capital_heads", [])),
        partner_conjunctions=frozenset(fold(w) for w in cues.get("partner_conjunctions", [])),
        compound_heads=tuple(sorted({fold(w) for w in cues.get("compound_heads", [])},
                                    key=lambda w: (-len(w), w))),
        prefixed_words=_prefixed_words(cues.get("adjective_prefixes", [])),
        context_papers=papers,
        paper_words=_paper_words(papers, cues.get("paper_articles", [])),
        paper_articles=frozenset(cues.get("paper_articles", [])),
        paper_verbs=frozenset(fold(w) for w in cues.get("paper_verbs", [])),
        paper_nouns=frozenset(fold(w) for w in cues.get("paper_nouns", [])),
        paper_sources=frozenset(fold(w) for w in cues.get("paper_sources", [])),
        office_roles=frozenset(cues.get("office_roles", [])),
        generic_title_role=" ".join(cues.get("generic_title_role", [])),
        government_nouns=frozenset(fold(w) for w in cues.get("government_nouns", [])),
        territorial_unions=frozenset(cues.get("territorial_unions", [])),
        state_namesakes=frozenset(cues.get("state_namesakes", [])),
        state_offices=tuple(tuple(fold(w) for w in phrase.split())
                            for phrase in cues.get("state_offices", [])),
        max_role_units=max(len(k) for k in roles),
        multi_first=frozenset(k[0] for k in roles if len(k) > 1),
    )
