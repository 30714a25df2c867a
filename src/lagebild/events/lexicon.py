"""Trigger lexicons: which words report which PLOVER event, and how to read their arguments.

German and English triggers are listed in ``resources/<lang>/event_lexicon.tsv``
(columns documented in the file header). English verbs additionally come from
the CAMEO verb dictionary (``resources/en/cameo_verbs.tsv``, converted from
PETRARCH2 by ``tools/build_event_resources.py``), see :mod:`.cameo`.

A :class:`Lexicon` answers, for one token, which entries it may trigger:

* verbs by lemma or by surface form (participles the lemmatizer misses are
  generated: ``ge-...-t``, ``...-iert``, separable ``an-ge-...-t``), and
  separable verbs by their base ("griffen" + a clause-final "an");
* nouns by lemma, and compound heads at the end of a noun ("Luftangriff"),
  with the compound's first part kept for mode cues ("Luft" -> aerial);
* mode cues: nouns in the clause that set or refine the mode.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lagebild.errors import Code, LagebildError
from lagebild.resources import Resources, data_path, parse_yaml, read_lines

FRAMES = frozenset({"act", "dat", "meet", "visit", "host", "intr", "victim", "intercept", "recv"})
ROLES = frozenset({"source", "target", "content", "none"})
KINDS = frozenset({"verb", "noun", "head", "cue"})
# German plural and genitive endings, longest first, that an unknown compound may keep.
PLURAL_ENDINGS = ("en", "n", "e", "s")


@dataclass(frozen=True)
class Entry:
    """One trigger of the lexicon."""

    key: str  # lowercase lemma (verbs: the infinitive without "|"), or compound head
    kind: str
    type: str
    mode: str | None
    cameo: str | None
    frame: str
    preps: Mapping[str, str]
    needs: tuple[frozenset[str], ...] = ()
    excludes: frozenset[str] = frozenset()
    particle: str | None = None
    base: str | None = None  # separable verbs: the verb without its particle
    before: tuple[str, ...] = ()  # multiword nouns: lemmas right before ("air" strike)
    after: tuple[str, ...] = ()  # multiword verbs: words after the verb ("call" for)
    note: str = ""


@dataclass(frozen=True)
class Cue:
    """A word that sets the mode of an event of ``type`` in its clause."""

    word: str
    type: str
    mode: str
    prefix: bool  # may also be the first part of a compound trigger


@dataclass(frozen=True)
class SyntaxWords:
    """Closed word classes of one language (``resources/<lang>/event_syntax.yaml``)."""

    prepositions: frozenset[str]
    contractions: Mapping[str, str]
    determiners: frozenset[str]
    oblique_determiners: frozenset[str]
    genitive_determiners: frozenset[str]
    possessives: frozenset[str]
    coordinators: frozenset[str]
    clause_coordinators: frozenset[str]
    subordinators: frozenset[str]
    relative_pronouns: frozenset[str]
    infinitive_openers: frozenset[str]
    auxiliaries: Mapping[str, str]  # finite form -> auxiliary lemma
    modals: frozenset[str]
    separable_particles: frozenset[str]
    inseparable_prefixes: tuple[str, ...]
    negations: frozenset[str]
    negation_breakers: frozenset[str]
    hypothetical_openers: frozenset[str]
    hypothetical_words: frozenset[str]
    planned_modals: frozenset[str]
    speech_verbs: frozenset[str]
    generic_markers: frozenset[str]
    participant_nouns: frozenset[str]
    pronouns: frozenset[str]
    time_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    title_nouns: frozenset[str]
    civilian_nouns: frozenset[str]
    obligation_modals: frozenset[str]
    light_verbs: frozenset[str]
    adverbs: frozenset[str]
    topic_verbs: frozenset[str]
    # verbs whose object does what their infinitive says ("urged Israel to allow")
    object_control: frozenset[str] = frozenset()
    # document-level reference: pronoun -> features its antecedent may have
    anaphoric_pronouns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    determiner_genders: Mapping[str, str] = field(default_factory=dict)
    anaphoric_nouns: Mapping[str, str] = field(default_factory=dict)
    definite_determiners: frozenset[str] = frozenset()
    # light verbs whose prepositional object names the event ("beteiligte sich an den
    # Angriffen", "bekannte sich zu dem Anschlag", "kam es zu Zusammenstößen")
    light_verb_preps: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # light verbs that announce the event they govern rather than report it ("kündigten
    # Kundgebungen an"): the event is planned
    planning_verbs: frozenset[str] = frozenset()
    # light verbs of a claim of responsibility ("bekannte sich zu dem Anschlag")
    claim_verbs: frozenset[str] = frozenset()
    # protesters: violence by them is a riot (PROTEST), not an ASSAULT
    protester_nouns: frozenset[str] = frozenset()
    # verbs of storming or ransacking: done by protesters they are a riot even with an
    # object ("protesters stormed the parliament building")
    riot_verbs: frozenset[str] = frozenset()
    # English nouns of a government named by its owner ("the government of X")
    government_nouns: frozenset[str] = frozenset()
    # English participles whose "by" phrase names who acts through the noun before them
    # ("a coalition led by Saudi Arabia", "rockets fired by Hezbollah")
    agentive_participles: frozenset[str] = frozenset()
    # English nouns a named group puts before itself ("the Islamic State group")
    group_nouns: frozenset[str] = frozenset()
    # English verbs whose participle is their base form: after "be" they are passives
    # ("was hit by a car bomb")
    unchanged_participles: frozenset[str] = frozenset()
    # modals of will and the future: a negated cooperative act with them is a refusal
    volitional_modals: frozenset[str] = frozenset()
    # modals that report rather than plan with a perfect infinitive ("sollen ... getötet
    # haben")
    reportative_modals: frozenset[str] = frozenset()
    # nouns (and noun endings) of things and forces of nature: as the subject of a
    # violent verb they are no perpetrator ("Ein Erdbeben tötete ...")
    inanimate_nouns: frozenset[str] = frozenset()
    # nouns of topics, plans and policies: "attacking" one is no assault ("das Thema angreifen")
    topic_nouns: frozenset[str] = frozenset()
    inanimate_suffixes: tuple[str, ...] = ()
    # German nouns after which "als" is a preposition, not a subordinator ("Als Reaktion
    # auf den Angriff kündigte Israel Vergeltung an")
    as_nouns: frozenset[str] = frozenset()
    # German event nouns (and compound heads) whose genitive names who acts ("die
    # Angriffe der Siedler"), where a common noun of people is the source
    agent_genitive_nouns: frozenset[str] = frozenset()
    # English nouns that follow "to" without being an infinitive ("sentenced to death")
    destination_nouns: frozenset[str] = frozenset()
    # words of a predicate that states an agreement's content or validity ("ist in Kraft",
    # "regelt"): an agreement noun as its subject names a standing agreement, no event
    standing_words: frozenset[str] = frozenset()
    # prepositions of concession or attribution: "trotz der Vereinbarung" is one in force
    standing_preps: frozenset[str] = frozenset()
    # nouns whose genitive is an agreement in force ("im Rahmen der Absprachen")
    standing_hosts: frozenset[str] = frozenset()
    # German: nouns of consequences; a warning of those of something ("vor den Folgen des
    # Hitzesommers") foretells them and threatens no one
    consequence_nouns: frozenset[str] = frozenset()
    # German: forms of "ankündigen"; an attack announced is a threat of force
    announcing_words: frozenset[str] = frozenset()
    # German subjunctive I forms: the mood of reported speech
    subjunctive_words: frozenset[str] = frozenset()

    @property
    def function_words(self) -> frozenset[str]:
        """Every closed-class word (never a content verb or noun)."""
        return (
            self.prepositions | self.determiners | self.coordinators | self.subordinators
            | self.relative_pronouns | frozenset(self.auxiliaries) | self.modals
            | self.negations | self.clause_coordinators
        )


def read_syntax(language: str) -> SyntaxWords:
    """Reads ``resources/<language>/event_syntax.yaml``."""
    raw: dict[str, Any] = parse_yaml(
        data_path(language, "event_syntax.yaml").read_text(encoding="utf-8")
    )

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or ())

    auxiliaries = {
        str(form).lower(): str(lemma)
        for lemma, forms in (raw.get("auxiliaries") or {}).items()
        for form in forms
    }
    return SyntaxWords(
        prepositions=words("prepositions"),
        contractions={str(k): str(v) for k, v in (raw.get("contractions") or {}).items()},
        determiners=words("determiners"),
        oblique_determiners=words("oblique_determiners"),
        genitive_determiners=words("genitive_determiners"),
        possessives=words("possessives"),
        coordinators=words("coordinators"),
        clause_coordinators=words("clause_coordinators"),
        subordinators=words("subordinators"),
        relative_pronouns=words("relative_pronouns"),
        infinitive_openers=words("infinitive_openers"),
        auxiliaries=auxiliaries,
        modals=words("modals"),
        separable_particles=words("separable_particles"),
        inseparable_prefixes=tuple(sorted(words("inseparable_prefixes"), key=len, reverse=True)),
        negations=words("negations"),
        negation_breakers=words("negation_breakers"),
        hypothetical_openers=words("hypothetical_openers"),
        hypothetical_words=words("hypothetical_words"),
        planned_modals=words("planned_modals"),
        speech_verbs=words("speech_verbs"),
        generic_markers=words("generic_markers"),
        participant_nouns=words("participant_nouns") | words("civilian_nouns"),
        pronouns=words("pronouns"),
        time_nouns=words("time_nouns"),
        quantity_nouns=words("quantity_nouns"),
        title_nouns=words("title_nouns"),
        civilian_nouns=words("civilian_nouns"),
        obligation_modals=words("obligation_modals"),
        light_verbs=words("light_verbs"),
        adverbs=words("adverbs"),
        topic_verbs=words("topic_verbs"),
        object_control=words("object_control"),
        anaphoric_pronouns={str(k).lower(): frozenset(str(f) for f in v) for k, v in (
            raw.get("anaphoric_pronouns") or {}).items()},
        determiner_genders={str(k).lower(): str(v) for k, v in (
            raw.get("determiner_genders") or {}).items()},
        anaphoric_nouns={str(k).lower(): str(v) for k, v in (
            raw.get("anaphoric_nouns") or {}).items()},
        definite_determiners=words("definite_determiners"),
        light_verb_preps={str(k).lower(): frozenset(str(p).lower() for p in v) for k, v in (
            raw.get("light_verb_preps") or {}).items()},
        planning_verbs=words("planning_verbs"),
        claim_verbs=words("claim_verbs"),
        protester_nouns=words("protester_nouns"),
        riot_verbs=words("riot_verbs"),
        government_nouns=words("government_nouns"),
        agentive_participles=words("agentive_participles"),
        group_nouns=words("group_nouns"),
        unchanged_participles=words("unchanged_participles"),
        volitional_modals=words("volitional_modals"),
        reportative_modals=words("reportative_modals"),
        topic_nouns=words("topic_nouns"),
        inanimate_nouns=frozenset(w for w in words("inanimate_nouns") if not w.startswith("-")),
        inanimate_suffixes=tuple(w[1:] for w in words("inanimate_nouns") if w.startswith("-")),
        as_nouns=words("as_nouns"),
        agent_genitive_nouns=words("agent_genitive_nouns"),
        destination_nouns=words("destination_nouns"),
        standing_words=words("standing_words"),
        standing_preps=words("standing_preps"),
        standing_hosts=words("standing_hosts"),
        consequence_nouns=words("consequence_nouns"),
        announcing_words=words("announcing_words"),
        subjunctive_words=words("subjunctive_words"),
    )


def _parse_preps(text: str, path: str, line: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in text.split():
        prep, _, role = item.partition(":")
        if role not in ROLES:
            raise LagebildError(Code.RESOURCE, f"unknown role '{role}'", path=path, line=line)
        out[prep.lower()] = role
    return out


def _parse_needs(text: str) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    needs: list[frozenset[str]] = []
    excludes: set[str] = set()
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if part.startswith("!"):
            excludes.add(part[1:].lower())
        else:
            needs.append(frozenset(alt.strip().lower() for alt in part.split("|") if alt.strip()))
    return tuple(needs), frozenset(excludes)


def weak_forms(infinitive: str, particle: str | None, syntax: SyntaxWords) -> set[str]:
    """Returns regular participle and past forms of a (weak) verb, lowercase.

    Strong verbs' irregular forms are listed in the lexicon's ``forms`` column;
    these regular forms cover what the lemmatizer leaves unlemmatized
    ("bombardiert", "abgefeuert", "entführt").
    """
    base = infinitive[len(particle):] if particle else infinitive
    if base.endswith(("eln", "ern")):
        stem = base[:-1]
    elif base.endswith("en"):
        stem = base[:-2]
    elif base.endswith("n"):
        stem = base[:-1]
    else:
        return set()
    t_ending = "et" if stem.endswith(("t", "d", "chn", "ffn", "gn")) else "t"
    no_ge = stem.endswith("ier") or any(
        base.startswith(prefix) and len(base) > len(prefix) + 3
        for prefix in syntax.inseparable_prefixes
    )
    participle = (stem + t_ending) if no_ge else ("ge" + stem + t_ending)
    past = stem + ("ete" if t_ending == "et" else "te")
    forms = {participle, past, past + "n", stem + t_ending}
    if particle:
        forms = {particle + participle, particle + past, particle + past + "n",
                 particle + "zu" + base}
    return forms


StrongVerbs = Mapping[str, tuple[str, str, str]]


def read_strong_verbs(language: str) -> dict[str, tuple[str, str, str]]:
    """Reads ``resources/<language>/strong_verbs.txt``: infinitive -> (present, past, participle).

    Empty for a language without the file.
    """
    if not data_path(language, "strong_verbs.txt").is_file():
        return {}
    table = {}
    for line in read_lines(language, "strong_verbs.txt"):
        infinitive, present, past, participle = line.lower().split()
        table[infinitive] = (present, past, participle)
    return table


def strong_forms(infinitive: str, particle: str | None, syntax: SyntaxWords,
                 table: StrongVerbs) -> tuple[set[str], set[str]]:
    """Returns (forms, separated finite forms) of a verb built on a strong verb.

    "verbieten" -> ({"verbietet", "verbot", "verboten", ...}, {}); "fest|nehmen" ->
    ({"festgenommen"}, {"nimmt", "nahm", "nahmen"}): the finite forms of a separable
    verb stand apart from their particle, so they are indexed as separated forms. A
    verb whose base is no strong verb has no forms here (see :func:`weak_forms`).
    """
    base = infinitive[len(particle):] if particle else infinitive
    found = _strong_base(base, table)
    if found is None:
        return set(), set()
    prefix, verb = found
    present, past, participle = table[verb]
    if prefix and prefix in syntax.inseparable_prefixes:
        participle = prefix + participle.removeprefix("ge")
    else:
        participle = prefix + participle
    plural = past + ("n" if past.endswith("e") else "en")
    finite = {prefix + present, prefix + past, prefix + plural}
    if particle:
        return {particle + participle}, finite
    return finite | {participle}, set()


def past_forms(infinitive: str, particle: str | None, syntax: SyntaxWords,
               table: StrongVerbs) -> set[str]:
    """Returns the finite Präteritum forms of a verb, without a separable particle.

    "unterzeichnen" -> {"unterzeichnete", "unterzeichneten"}; "auf|nehmen" -> {"nahm",
    "nahmen"}: the forms a narrative uses for what happened.
    """
    base = infinitive[len(particle):] if particle else infinitive
    found = _strong_base(base, table)
    if found is not None:
        prefix, verb = found
        past = table[verb][1]
        return {prefix + past, prefix + past + ("n" if past.endswith("e") else "en")}
    return {f for f in weak_forms(base, None, syntax) if f.endswith(("te", "ten"))}


def _strong_base(base: str, table: StrongVerbs) -> tuple[str, str] | None:
    """The prefix and the longest strong verb ``base`` ends with ("bringen" before "ringen")."""
    return next(((base[:k], base[k:]) for k in range(len(base) - 2) if base[k:] in table),
                None)


def light_verb_forms(syntax: SyntaxWords, table: StrongVerbs) -> dict[str, str]:
    """Finite forms and participles of the strong light verbs -> their infinitive.

    The lemmatizer leaves some of them alone ("bekannte" -> "bekannt", not "bekennen");
    a light verb is recognised by its infinitive.
    """
    verbs = {*syntax.light_verbs, *syntax.planning_verbs, *syntax.light_verb_preps,
             *syntax.claim_verbs}
    out: dict[str, str] = {}
    for verb in sorted(verbs):
        forms, separated = strong_forms(verb, None, syntax, table)
        for form in forms | separated:
            out.setdefault(form, verb)
    return out


@dataclass
class Lexicon:
    """The trigger lexicon of one language, indexed for lookup by token."""

    language: str
    syntax: SyntaxWords
    verbs: dict[str, list[Entry]] = field(default_factory=dict)
    separable: dict[str, list[Entry]] = field(default_factory=dict)
    # finite forms of separable verbs the lemmatizer misses ("brach" + "ab")
    separable_forms: dict[str, list[Entry]] = field(default_factory=dict)
    forms: dict[str, list[Entry]] = field(default_factory=dict)
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    heads: dict[str, list[Entry]] = field(default_factory=dict)
    cues: dict[str, list[Cue]] = field(default_factory=dict)
    strong: StrongVerbs = field(default_factory=dict)
    # forms of strong light verbs the lemmatizer misses -> infinitive ("bekannte")
    light_forms: dict[str, str] = field(default_factory=dict)
    # German: Präteritum forms of the lexicon's verbs ("unterzeichneten", "nahmen")
    past: set[str] = field(default_factory=set)
    _head_lengths: tuple[int, ...] = ()
    _cue_lengths: tuple[int, ...] = ()
    _compound_cache: dict[str, tuple[str, list[Entry]] | None] = field(default_factory=dict)

    def add(self, entry: Entry, forms: list[str]) -> None:
        """Indexes one entry under its lemma, base and surface forms."""
        if entry.kind == "verb":
            self.verbs.setdefault(entry.key, []).append(entry)
            if entry.particle and entry.base:
                self.separable.setdefault(entry.base, []).append(entry)
            generated: set[str] = set()
            if self.language == "de":
                strong, separated = strong_forms(entry.key, entry.particle, self.syntax,
                                                 self.strong)
                generated = weak_forms(entry.key, entry.particle, self.syntax) | strong
                generated.update(f"{form}+{entry.particle}" for form in separated)
                self.past.update(past_forms(entry.key, entry.particle, self.syntax, self.strong))
            for form in {*forms, *generated}:
                if "+" in form:
                    self._index(self.separable_forms, form.split("+")[0].lower(), entry)
                else:
                    self._index(self.forms, form.lower(), entry)
        elif entry.kind == "noun":
            self.nouns.setdefault(entry.key, []).append(entry)
        elif entry.kind == "head":
            self.heads.setdefault(entry.key, []).append(entry)
            self.nouns.setdefault(entry.key, []).append(entry)
            self._head_lengths = tuple(sorted({len(h) for h in self.heads}, reverse=True))

    @staticmethod
    def _index(index: dict[str, list[Entry]], key: str, entry: Entry) -> None:
        entries = index.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)

    def compound(self, lemma: str) -> tuple[str, list[Entry]] | None:
        """Returns (first part, entries) when ``lemma`` ends in a compound head.

        "luftangriff" -> ("luft", [Angriff entries]); "hamas-angriff" ->
        ("hamas-", ...). A whole-word match is not a compound.
        """
        cached = self._compound_cache.get(lemma, False)
        if cached is not False:
            return cached  # type: ignore[return-value]
        found = None
        for length in self._head_lengths:
            if len(lemma) > length and lemma[-length:] in self.heads:
                found = (lemma[:-length], self.heads[lemma[-length:]])
                break
        if found is None and self.language == "de":
            found = self._inflected_compound(lemma)
        if len(self._compound_cache) > 200_000:
            self._compound_cache.clear()
        self._compound_cache[lemma] = found
        return found

    def _inflected_compound(self, word: str) -> tuple[str, list[Entry]] | None:
        """German: a compound the lemmatizer left inflected ("Grenzgespräche").

        Unknown compounds keep their plural or genitive ending; without it the word
        may end in a head. The part before the head must be a word of its own (three
        letters or more), so that short words are not read as compounds.
        """
        for ending in PLURAL_ENDINGS:
            if not word.endswith(ending):
                continue
            stem = word[:-len(ending)]
            for length in self._head_lengths:
                if len(stem) >= length + 3 and stem[-length:] in self.heads:
                    return stem[:-length], self.heads[stem[-length:]]
        return None

    def cue_modes(self, lemma: str, event_type: str, prefix: bool = False) -> str | None:
        """Returns the mode a noun (or compound first part) sets for ``event_type``."""
        if prefix:
            stripped = lemma.rstrip("-")
            for candidate in (stripped, stripped.removesuffix("n"), stripped.removesuffix("en"),
                              stripped.removesuffix("s")):
                for cue in self.cues.get(candidate, ()):
                    if cue.type == event_type and cue.prefix:
                        return cue.mode
            return self.suffix_cue(stripped, event_type, prefix=True)
        for cue in self.cues.get(lemma, ()):
            if cue.type == event_type:
                return cue.mode
        return None

    def suffix_cue(self, word: str, event_type: str, prefix: bool = False) -> str | None:
        """The mode of the longest cue (5 letters or more) ``word`` ends with.

        "Panzerabwehrrakete" -> the cue "rakete"; with ``prefix`` only cues that may be
        the first part of a compound trigger count.
        """
        for length in self._cue_lengths:
            if length > len(word):
                continue
            for cue in self.cues.get(word[-length:], ()):
                if cue.type == event_type and (cue.prefix or not prefix):
                    return cue.mode
        return None

    def add_cue(self, cue: Cue) -> None:
        """Indexes a mode cue."""
        self.cues.setdefault(cue.word, []).append(cue)
        if len(cue.word) >= 5:
            self._cue_lengths = tuple(sorted({*self._cue_lengths, len(cue.word)}, reverse=True))

    def cue_words(self) -> frozenset[str]:
        """Every cue word (for the suffix search over clause nouns)."""
        return frozenset(self.cues)


def read_lexicon(language: str) -> Lexicon:
    """Reads ``resources/<language>/event_lexicon.tsv`` into a :class:`Lexicon`.

    Raises:
        LagebildError: (RESOURCE) naming the line of a malformed entry.
    """
    path = f"resources/{language}/event_lexicon.tsv"
    syntax = read_syntax(language)
    strong = read_strong_verbs(language)
    lexicon = Lexicon(language, syntax, strong=strong,
                      light_forms=light_verb_forms(syntax, strong))
    text = data_path(language, "event_lexicon.tsv").read_text(encoding="utf-8")
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = (raw.split("\t") + [""] * 10)[:10]
        if not header_seen:
            header_seen = True
            if cells[0] == "form":
                continue
        form, kind, event_type, mode, cameo, frame, preps, needs, forms, note = cells
        if kind not in KINDS:
            raise LagebildError(Code.RESOURCE, f"unknown kind '{kind}'", path=path, line=number)
        if kind == "cue":
            lexicon.add_cue(Cue(form.lower(), event_type, mode, frame == "prefix"))
            continue
        if kind == "verb" and event_type == "NONE":
            frame = "act"  # pattern-only verb: the CAMEO match decides
        if kind == "verb" and frame not in FRAMES:
            raise LagebildError(Code.RESOURCE, f"unknown frame '{frame}'", path=path, line=number)
        particle, _, base = form.partition("|")
        key = (particle + base).lower() if base else form.lower()
        before: tuple[str, ...] = ()
        after: tuple[str, ...] = ()
        if " " in key and kind == "verb":  # "call for": indexed by the verb
            key, *rest = key.split()
            after = tuple(rest)
        elif " " in key:  # "air strike": indexed by the head noun
            *first_words, key = key.split()
            before = tuple(first_words)
        need_sets, excludes = _parse_needs(needs)
        entry = Entry(
            key=key,
            kind=kind,
            type=event_type,
            mode=mode or None,
            cameo=cameo or None,
            frame=frame or ("act" if kind == "verb" else "noun"),
            preps=_parse_preps(preps, path, number),
            needs=need_sets,
            excludes=excludes,
            particle=particle.lower() if base else None,
            base=base.lower() if base else None,
            before=before,
            after=after,
            note=note,
        )
        lexicon.add(entry, [f for f in forms.split() if f])
    return lexicon


def load_lexicon(resources: Resources, language: str) -> Lexicon:
    """Resource loader for :func:`read_lexicon`."""
    return read_lexicon(language)
