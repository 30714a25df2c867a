"""Source and target actors of a trigger, from entity mentions in clause slots.

Actors come only from the ``entities`` stage (mentions whose ``actor`` flag is
not False and that are not byline names or news outlets) in the trigger's own
clause, or from the antecedent of a relative pronoun and the shared subject of
coordinated verb phrases in the same sentence. Nothing is taken from other
sentences. A slot without a mention stays empty, except that a common noun
for people or forces ("Demonstranten", "Zivilisten", "die Armee") in a slot
becomes an ``unlinked`` participant with its own evidence span.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from lagebild.events.clauses import (
    AUX,
    MODAL,
    SUBORD,
    VERB,
    Chunk,
    Clause,
    SentenceView,
    overlaps_place,
)
from lagebild.events.lexicon import Entry, SyntaxWords


@dataclass(frozen=True)
class Mention:
    """An actor mention as the coder sees it (token range sentence-relative)."""

    first: int
    last: int
    start: int
    end: int
    text: str
    name: str | None
    kb_id: str | None
    type: str | None = None
    form: str | None = None
    code: str | None = None
    participant: bool = False  # an unlinked common noun, not an entity mention
    anaphor: bool = False  # found through a pronoun or description ("sie", "die Gruppe")


@dataclass
class Slots:
    """The argument slots of one clause around its verb."""

    subject: list[Chunk] = field(default_factory=list)
    objects: list[list[Chunk]] = field(default_factory=list)
    preps: dict[str, list[Chunk]] = field(default_factory=dict)
    passive: bool = False
    finite: int = -1
    # In a relative clause: whether the relative pronoun is the subject or an object
    relative: str | None = None
    # A conjunct without its own finite verb shares the first conjunct's subject
    shares_subject: bool = False

ADJECTIVAL_PARTICIPLES = frozenset({"opposed", "committed", "determined", "prepared", "willing",
                                    "ready", "concerned", "worried", "interested"})
# Past forms of German "werden": no infinitive follows them, only a passive participle.
PAST_WERDEN = frozenset({"wurde", "wurden", "wurdest", "wurdet", "worden"})
OBLIQUE_PRONOUNS = frozenset({"ihn", "ihm", "ihnen", "uns", "mich", "dich", "him", "them",
                              "us", "me"})


def coordinated(chunks: list[Chunk], first: Chunk) -> list[Chunk]:
    """Returns ``first`` and the chunks coordinated with it."""
    return [c for c in chunks if c.coord == first.coord and c.attached_to is first.attached_to]


def finite_index(view: SentenceView, clause: Clause) -> int:
    """Index of the clause's finite verb (first verb in V2 clauses, last in verb-final)."""
    verbs = [i for i in clause.tokens if view.classes[i] in (VERB, AUX, MODAL)]
    if not verbs:
        return -1
    if view.language == "de" and clause.kind in ("sub", "rel", "inf"):
        return verbs[-1]
    return verbs[0]


def is_passive(view: SentenceView, clause: Clause, trigger: int, words: SyntaxWords,
               group: list[Clause], intransitive: bool = False,
               irregular: Container[str] = ()) -> bool:
    """Whether the trigger verb is a passive participle ("wurden getötet", "was attacked").

    ``intransitive``: the verb forms its perfect with "sein" ("ist eingetroffen",
    "sind gestorben"), so only "werden" makes a passive. ``irregular``: English verb
    forms that differ from their base form although the lemmatizer kept them ("shot").
    """
    tokens = [i for c in group for i in c.tokens] if group else clause.tokens
    low = view.lower[trigger]
    if view.language == "de":
        if view.lemmas[trigger] == "werden":
            return False  # the copula is the verb itself: "wurden sich einig"
        auxiliaries = {words.auxiliaries.get(view.lower[i]) for i in tokens}
        if "werden" not in auxiliaries and ("sein" not in auxiliaries or intransitive):
            return False
        participle = low != view.lemmas[trigger] or low.startswith("ge") or "ge" in low[2:6]
        if low == view.lemmas[trigger] and not low.endswith(("t", "en")):
            return False
        # "wird angreifen" is a future: the verb is an infinitive (form == lemma); after a
        # past form of "werden" it is a participle ("wurde von Trump empfangen")
        past = any(view.lower[i] in PAST_WERDEN for i in tokens)
        if low == view.lemmas[trigger] and not low.startswith("ge") and "ge" not in low[2:6]:
            if not past:
                return False
            participle = True
        werden = [i for i in tokens if words.auxiliaries.get(view.lower[i]) == "werden"]
        sein = [i for i in tokens if words.auxiliaries.get(view.lower[i]) == "sein"
                and not intransitive]
        return participle and bool(werden or sein)
    if low in ADJECTIVAL_PARTICIPLES:
        return False  # "Israel is opposed to ...": an adjective, not a passive
    # English: a form of "be" (or "get") before a participle, at most 3 tokens back
    k = trigger - 1
    steps = 0
    while k >= 0 and steps < 4:
        if words.auxiliaries.get(view.lower[k]) == "be" or view.lower[k] in ("got", "get"):
            return (low != view.lemmas[trigger] or low in irregular
                    or low in words.unchanged_participles) and not low.endswith("ing")
        if view.classes[k] not in ("O", AUX, MODAL) and view.lower[k] not in words.negations:
            break
        k -= 1
        steps += 1
    return False


def clause_slots(view: SentenceView, clause: Clause, trigger: int, passive: bool,
                 words: SyntaxWords) -> Slots:
    """Finds subject, objects and prepositional chunks of a verbal trigger's clause."""
    slots = Slots(passive=passive, finite=finite_index(view, clause))
    top = [c for c in clause.chunks if c.attached_to is None and not c.temporal]
    bare = [c for c in top if c.prep is None]
    for chunk in top:
        if chunk.prep is not None:
            slots.preps.setdefault(chunk.prep, []).append(chunk)
    relative_chunk = None
    if clause.kind == "rel" and bare and bare[0].first == clause.tokens[0]:
        relative_chunk = bare[0]
        bare = bare[1:]
    if clause.kind == "conj" and not any(
        view.classes[i] in (AUX, MODAL) for i in clause.tokens
    ) and (view.language == "de" or view.classes[clause.tokens[0]] in (VERB, AUX, MODAL)):
        slots.shares_subject = True
        subject = None
    elif view.language == "de":
        subject = _german_subject(view, clause, bare, slots.finite, trigger, words)
        named = _german_apposition(view, bare, subject, slots.finite)
        if named is not None:
            bare = [c for c in bare if c is not subject]  # the description of the name
            subject = named
    else:
        subject = _english_subject(view, bare, trigger)
    if clause.kind == "rel" and relative_chunk is not None and subject is not None and (
        view.language == "de" and relative_chunk.det in ("die", "das")
        and subject.det in (None, "die", "das") and clause.antecedent is not None
        and any(a <= clause.antecedent <= b for a, b in view.mention_spans)
    ):
        # "Die Hamas, die Israel angegriffen hatte": neither phrase marks its case; the
        # pronoun of an actor is read as the subject, as German prefers
        subject = None
    if clause.kind == "rel":
        if subject is None:
            slots.relative = "subject"
        elif relative_chunk is not None:
            slots.relative = "object"
    subject_group = coordinated(bare, subject) if subject is not None else []
    slots.subject = subject_group
    if view.language != "de":
        _english_complements(view, clause, trigger, slots)
        return slots
    seen = {c.coord for c in subject_group}
    for chunk in bare:
        if chunk.coord in seen:
            continue
        seen.add(chunk.coord)
        slots.objects.append(coordinated(bare, chunk))
    return slots


def _english_complements(view: SentenceView, clause: Clause, trigger: int, slots: Slots) -> None:
    """Objects and prepositional arguments of an English verb: its own verb phrase.

    The phrase runs from the verb to the next verb of the clause. A prepositional
    phrase is the verb's when it follows the verb or its object directly ("sent
    weapons to Ukraine", "withdrew its ambassador from Somalia"); one that follows
    another prepositional phrase modifies that phrase's noun ("agreed to US mediation
    in the talks with the Palestinians": "with" belongs to "talks"). Time phrases
    are skipped.
    """
    inside = {i for c in clause.chunks for i in range(c.first, c.last + 1)}
    stop = next((i for i in clause.tokens if i > trigger and i not in inside
                 and view.classes[i] in (VERB, AUX, MODAL, SUBORD)), len(view))
    slots.preps = {}
    previous: Chunk | None = None
    seen: set[int] = set()
    for chunk in clause.chunks:
        if chunk.first <= trigger or chunk.first >= stop or chunk.attached_to is not None:
            continue
        if chunk.temporal:
            continue
        if chunk.prep is None:
            if chunk.coord not in seen:
                seen.add(chunk.coord)
                slots.objects.append([c for c in coordinated(clause.chunks, chunk)
                                      if c.prep is None and c.first < stop])
            previous = chunk
            continue
        if previous is None or previous.prep is None or (
            previous.coord == chunk.coord
        ) or _named_setting(view, previous):
            slots.preps.setdefault(chunk.prep, []).append(chunk)
            previous = chunk


# Prepositions of a setting: a phrase after "in Ramallah" or "at Gao" is still the verb's
# ("demonstrated in Ramallah against the occupation"), as a name takes no modifier; so is
# one after the means of communication ("spoke by phone with Erdogan").
SETTING_PREPOSITIONS = frozenset({"in", "at", "near", "outside"})
MEANS_NOUNS = frozenset({"phone", "telephone", "video", "videolink", "letter", "email"})


def _named_setting(view: SentenceView, chunk: Chunk) -> bool:
    """Whether a prepositional phrase names the place or means of the act ("in Ramallah")."""
    if chunk.head < 0 or chunk.head != chunk.last:
        return False
    if chunk.prep == "by" and view.lemmas[chunk.head] in MEANS_NOUNS:
        return True
    if chunk.prep == "from" and overlaps_place(view, chunk.first, chunk.last):
        return True  # "fired rockets from southern Lebanon at X": where the act comes from
    return chunk.prep in SETTING_PREPOSITIONS and view.words[chunk.head][:1].isupper()


def _german_subject(view: SentenceView, clause: Clause, bare: list[Chunk], finite: int,
                    trigger: int, words: SyntaxWords) -> Chunk | None:
    def nominative(chunk: Chunk) -> bool:
        return chunk.det not in words.oblique_determiners and chunk.det not in (
            words.genitive_determiners
        ) and chunk.det not in OBLIQUE_PRONOUNS

    if clause.kind == "inf":
        return None  # a zu-infinitive has no subject of its own (see the coder's control)
    candidates = [c for c in bare if nominative(c)]
    if not candidates:
        return None
    if clause.kind in ("main", "conj") and finite >= 0 and (
        view.classes[clause.tokens[0]] == "P"
    ):
        # the Vorfeld is a prepositional phrase ("In Tel Aviv protestierten Zehntausende"):
        # the subject follows the finite verb
        after = [c for c in candidates if c.first > finite]
        return after[0] if after else None
    if clause.kind in ("main", "conj") and finite >= 0:
        vorfeld = [c for c in candidates if c.last < finite]
        if vorfeld:
            return vorfeld[0]
        if clause.kind == "conj" and clause.tokens and view.classes[clause.tokens[0]] in (
            VERB, AUX, MODAL
        ):
            return None  # "... und drangen in X ein": the subject is shared
    return candidates[0]


def _german_apposition(view: SentenceView, bare: list[Chunk], subject: Chunk | None,
                       finite: int) -> Chunk | None:
    """The name after a common noun in the Vorfeld ("Das Ex-Mitglied Indonesien stimmte zu").

    The Vorfeld of a German main clause holds one phrase, so a bare name right after the
    subject's noun and before the finite verb is its apposition: the name is the actor
    (also after a compound that opens with a name: "Der US-Sondergesandte Witkoff").
    """
    if subject is None or finite < 0 or subject.last >= finite or subject.head < 0 or (
        "-" not in view.words[subject.head]
        and any(a <= subject.head <= b for a, b in view.mention_spans)
    ):
        return None
    named = next((c for c in bare if c.first == subject.last + 1), None)
    if named is None or named.last >= finite or named.det is not None or named.head < 0:
        return None
    return named if any(a <= named.head <= b for a, b in view.mention_spans) else None


def _english_subject(view: SentenceView, bare: list[Chunk], trigger: int) -> Chunk | None:
    before = [c for c in bare if c.last < trigger]
    if not before:
        return None
    last = before[-1]
    # take the first chunk of the coordination the nearest chunk belongs to
    for chunk in before:
        if chunk.coord == last.coord:
            if chunk is last and len(before) > 1 and _apposition(view, before[-2], last,
                                                                 trigger):
                # "The Union of Teachers, the umbrella union for ..., announced": the
                # phrase before the apposition is the subject
                return _english_subject(view, before[:-1], trigger)
            return chunk
    return last


def _apposition(view: SentenceView, named: Chunk, chunk: Chunk, trigger: int) -> bool:
    """Whether an English description stands between commas right before the verb.

    A name there ("The head of the IAEA, Rafael Grossi, will visit") is the subject, and
    so is a description after a phrase that names no one the entities stage knows.
    """
    # the phrase before it with its attachments ("A member of the Syrian parliament")
    if any(a <= chunk.head <= b for a, b in view.mention_spans) or not any(
        named.first <= b and a < chunk.first for a, b in view.mention_spans
    ):
        return False
    return chunk.first > 0 and view.words[chunk.first - 1] == "," and any(
        view.words[k] == "," for k in range(chunk.last + 1, trigger)
    ) and all(view.classes[k] != VERB for k in range(chunk.last + 1, trigger))


@dataclass
class Roles:
    """Chunks assigned to source and target, plus chunks whose words set the mode."""

    source: list[Chunk] = field(default_factory=list)
    target: list[Chunk] = field(default_factory=list)
    content: list[Chunk] = field(default_factory=list)
    instrument: list[Chunk] = field(default_factory=list)


def assign_roles(entry: Entry, slots: Slots, view: SentenceView) -> Roles:
    """Maps slots to roles according to the entry's frame and preposition table."""
    roles = Roles()
    frame = entry.frame
    subject = slots.subject
    first_object = slots.objects[0] if slots.objects else []
    if slots.passive and frame == "host" and view.language == "de":
        # "Selenskyj wurde von Trump empfangen": the visitor is the subject
        roles.source.extend(subject)
        roles.target.extend(slots.preps.get("von", ()))
    elif slots.passive and frame not in ("meet", "intr"):
        roles.target.extend(subject)
        for prep in ("von", "durch", "by"):
            roles.source.extend(slots.preps.get(prep, ()))
    elif frame in ("act", "dat", "victim", "visit"):
        roles.source.extend(subject)
        roles.target.extend(first_object)
    elif frame == "meet":
        roles.source.extend(subject)
        for group in slots.objects:
            roles.source.extend(group)
    elif frame == "intr":
        roles.source.extend(subject)
    elif frame == "host":
        roles.target.extend(subject)
        roles.source.extend(first_object)
    elif frame == "intercept":
        roles.target.extend(subject)
        roles.instrument.extend(first_object)
    elif frame == "recv":
        roles.target.extend(subject)
        roles.source.extend(slots.preps.get("von", ()))
        roles.source.extend(slots.preps.get("from", ()))
    prep_targets = [c for prep, role in entry.preps.items() if role == "target"
                    for c in slots.preps.get(prep, [])]
    if prep_targets and frame in ("act", "dat") and not slots.passive and first_object:
        # "verlangt von Russland die Freilassung": the object is what is demanded
        roles.target = [c for c in roles.target if c not in first_object]
        roles.content.extend(first_object)
    for prep, role in entry.preps.items():
        chunks = slots.preps.get(prep, [])
        if role == "source":
            roles.source.extend(c for c in chunks if c not in roles.source)
        elif role == "target":
            roles.target.extend(c for c in chunks if c not in roles.target)
        elif role == "content":
            roles.content.extend(chunks)
    roles.instrument.extend(slots.preps.get("mit", ()) if view.language == "de" else
                            slots.preps.get("with", ()))
    # "beraten über neue Sanktionen", "talks about a ceasefire": the topic is content
    for topic in ("über", "about"):
        roles.content.extend(c for c in slots.preps.get(topic, ()) if c not in roles.target)
    return roles
