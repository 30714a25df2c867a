"""Generic agents: common nouns that name a kind of actor ("police", "Rebellen").

When an argument slot of a trigger holds no named entity but a noun phrase such
as "die Polizei", "Demonstranten" or "human rights group", the actor is that
generic agent: an :class:`~lagebild.model.EventActor` with the agent's name,
the CAMEO agent code with an unknown country (``---COP``) and no knowledge-base
id. The agents come from ``resources/<lang>/event_agents.tsv``: English from
PETRARCH2's and NGEC's agents dictionaries (MIT), German written for lagebild
with the same codes. An agent is only ever read from the words of the slot; it
is never inferred.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lagebild.resources import Resources, data_path

UNKNOWN_COUNTRY = "---"
# German compounds are matched by their end ("Bereitschaftspolizei" -> polizei) only for
# agent nouns at least this long, so that "Bauer" does not match "Vogelbauer".
MIN_COMPOUND_HEAD = 5
# PETRARCH's code for words that name no codable actor. Its one-word entries are weekdays,
# continents and things ("Monday", "Africa", "cash", "power"): never an actor, so
# "was hit by artillery fire on Monday" names no target. Its phrases of several words
# name groups of states ("the international community", "the West") and stay agents.
NON_ACTOR_CODE = "NON"


@dataclass(frozen=True)
class Agent:
    """One generic agent: its words (lemmas, lowercase), CAMEO agent code and name."""

    words: tuple[str, ...]
    code: str
    name: str

    @property
    def actor_code(self) -> str:
        """The CAMEO actor code with an unknown country ("---COP")."""
        return UNKNOWN_COUNTRY + self.code


@dataclass(frozen=True)
class AgentMatch:
    """An agent found in a noun phrase: first and last token (sentence-relative)."""

    first: int
    last: int
    agent: Agent


@dataclass
class AgentLexicon:
    """The generic agents of one language, indexed by their last word."""

    language: str
    by_last: dict[str, list[Agent]] = field(default_factory=dict)
    _suffix_lengths: tuple[int, ...] = ()

    def add(self, agent: Agent) -> None:
        """Indexes one agent (longer phrases are tried first)."""
        group = self.by_last.setdefault(agent.words[-1], [])
        group.append(agent)
        group.sort(key=lambda a: -len(a.words))
        if self.language == "de" and len(agent.words[-1]) >= MIN_COMPOUND_HEAD:
            self._suffix_lengths = tuple(sorted({*self._suffix_lengths, len(agent.words[-1])},
                                                reverse=True))

    def word(self, lemma: str) -> Agent | None:
        """The one-word agent a lemma names (German: also as a compound's end)."""
        for agent in self.by_last.get(lemma, ()):
            if len(agent.words) == 1:
                return agent
        if self.language != "de":
            return None
        tail = lemma.rsplit("-", 1)[-1]
        if tail != lemma:
            return self.word(tail)
        for length in self._suffix_lengths:
            if len(lemma) > length + 2:
                for agent in self.by_last.get(lemma[-length:], ()):
                    if len(agent.words) == 1:
                        return agent
        return None

    def ending_at(self, lemmas: Sequence[str], lower: Sequence[str], end: int,
                  first: int) -> AgentMatch | None:
        """The longest agent ending at token ``end`` and starting at or after ``first``."""
        for key in dict.fromkeys((lemmas[end], lower[end])):
            for agent in self.by_last.get(key, ()):
                start = end - len(agent.words) + 1
                if start < first:
                    continue
                if all(lemmas[start + k] == w or lower[start + k] == w
                       for k, w in enumerate(agent.words[:-1])):
                    return AgentMatch(start, end, agent)
        single = self.word(lemmas[end]) or self.word(lower[end])
        return AgentMatch(end, end, single) if single is not None else None


def read_agents(language: str) -> AgentLexicon:
    """Reads ``resources/<language>/event_agents.tsv``."""
    lexicon = AgentLexicon(language)
    text = data_path(language, "event_agents.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        cells = [*line.split("\t"), "", ""][:3]
        phrase, code, name = (c.strip() for c in cells)
        if phrase in ("phrase", "lemma") or not code:
            continue
        words = tuple(phrase.lower().split())
        if code == NON_ACTOR_CODE and len(words) == 1:
            continue
        if not name:
            name = phrase.capitalize() if language == "de" else phrase
        lexicon.add(Agent(words, code, name))
    return lexicon


def load_agents(resources: Resources, language: str) -> AgentLexicon:
    """Resource loader for :func:`read_agents`."""
    return read_agents(language)
