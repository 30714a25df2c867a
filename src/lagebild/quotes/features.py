"""Token features for the speech-event CRFs (cue tagger and role tagger).

The same functions serve training (on SpkAtt token lists) and tagging (on
pipeline tokens), so the two cannot drift apart. Features are plain strings
(``"l=sagen"``), which python-crfsuite weighs 1.0.

Per token we compute a small "static" description once (form, lemma, shape,
cue class from our lexicon, person of pronouns); the cue tagger adds a window
of neighbours, and the role tagger adds where the token lies relative to one
cue (direction, distance, clause boundaries in between).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.quotes.chunks import noun_chunks
from lagebild.quotes.inventory import CueInventory
from lagebild.quotes.lexicon import CueLexicon, QuoteWords

# Punctuation that separates clauses: roles rarely reach across it.
CLAUSE_BOUNDARIES = frozenset(",:;–—-()[]\"'„“”»«‚‘’›‹")
_DISTANCE_BUCKETS = (0, 1, 2, 3, 5, 8, 12)
COMPLEMENTIZERS = frozenset({"dass", "ob", "that", "whether"})
# Case of pronouns and determiners: nominative forms mark subjects (Sources),
# dative ones addressees. Ambiguous forms ("die", "sie") get their own class.
_CASES = {
    **dict.fromkeys(
        [
            "ich",
            "wir",
            "du",
            "er",
            "man",
            "der",
            "ein",
            "kein",
            "jeder",
            "i",
            "we",
            "he",
            "she",
            "they",
        ],
        "N",
    ),
    **dict.fromkeys(["mich", "dich", "ihn", "einen", "keinen", "me", "him", "us", "them"], "A"),
    **dict.fromkeys(["mir", "dir", "ihm", "dem", "einem", "keinem", "ihnen"], "D"),
    **dict.fromkeys(["des", "eines", "keines"], "G"),
    **dict.fromkeys(["uns", "euch"], "AD"),
    **dict.fromkeys(["sie", "die", "das", "es", "eine", "keine", "alle", "you", "it"], "NA"),
}
# Finite forms of auxiliaries and modals: they mark the left bracket of a
# German clause, so what precedes them is the Vorfeld (often the subject).
FINITE_AUXILIARIES = frozenset(
    [
        "hat",
        "habe",
        "haben",
        "hast",
        "habt",
        "hatte",
        "hatten",
        "ist",
        "bin",
        "sind",
        "bist",
        "seid",
        "war",
        "waren",
        "sei",
        "seien",
        "wird",
        "werde",
        "werden",
        "wirst",
        "werdet",
        "wurde",
        "wurden",
        "würde",
        "würden",
        "kann",
        "können",
        "kannst",
        "konnte",
        "konnten",
        "könnte",
        "könnten",
        "muss",
        "müssen",
        "musst",
        "musste",
        "mussten",
        "müsste",
        "müssten",
        "will",
        "wollen",
        "willst",
        "wollte",
        "wollten",
        "soll",
        "sollen",
        "sollst",
        "sollte",
        "sollten",
        "darf",
        "dürfen",
        "durfte",
        "dürfte",
        "möchte",
        "möchten",
        "mag",
        "mögen",
    ]
)


def shape(form: str) -> str:
    """Returns a coarse shape: T(itle), U(pper), L(ower), D(igit), P(unct) or M(ixed)."""
    if form.isdigit():
        return "D"
    if not any(ch.isalnum() for ch in form):
        return "P"
    if form.islower():
        return "L"
    if form[:1].isupper() and (len(form) == 1 or form[1:].islower() or "-" in form):
        return "T"
    if form.isupper():
        return "U"
    return "M"


def _bucket(distance: int) -> str:
    magnitude = abs(distance)
    label = next((b for b in reversed(_DISTANCE_BUCKETS) if magnitude >= b), 0)
    return f"{'-' if distance < 0 else '+'}{label}"


@dataclass(frozen=True)
class TokenInfo:
    """What the features need to know about one token."""

    lower: str
    lemma: str
    shape: str
    cue_class: str
    # Class of the split verb this token is the base of, when its particle
    # follows later in the sentence ("teilte ... mit" -> "say"), else "".
    split_class: str
    person: str
    boundary: bool
    # Index of the noun chunk the token is in (-1: none), the chunk's kind
    # (R pronoun, D determiner alone, N noun phrase) and whether it starts it.
    chunk: int = -1
    chunk_kind: str = ""
    chunk_start: bool = False
    # Whether the lemma is capitalised: the lemmatizer's word for "noun or
    # name", which tells a sentence-initial adverb from a noun.
    noun: bool = False
    # The token's own features (shared by both taggers, computed once).
    own: tuple[str, ...] = ()


def describe(
    forms: Sequence[str], lemmas: Sequence[str], lexicon: CueLexicon, words: QuoteWords
) -> list[TokenInfo]:
    """Returns the static description of every token of one sentence."""
    lowers = [form.lower() for form in forms]
    chunk_of: dict[int, tuple[int, str, bool]] = {}
    for number, chunk in enumerate(
        noun_chunks(forms, words, lowercase_nouns=lexicon.language == "en")
    ):
        for i in range(chunk.start, chunk.end):
            chunk_of[i] = (number, chunk.kind, i == chunk.start)
    infos = []
    for i, (form, lemma) in enumerate(zip(forms, lemmas, strict=True)):
        lemma_lower = lemma.lower()
        cue_class = lexicon.classes.get(lemma_lower) or lexicon.classes.get(lowers[i]) or "-"
        split_class = ""
        table = lexicon.separable.get(lemma_lower)
        if table:
            window = lowers[i + 1 :] if lexicon.particle_first else lowers[i + 1 : i + 3]
            split_class = next((table[w] for w in window if w in table), "")
        if form in words.first_second_person:
            person = "12"
        elif lowers[i] in words.pronouns:
            person = "3"
        else:
            person = "-"
        chunk_number, chunk_kind, chunk_start = chunk_of.get(i, (-1, "", False))
        token_shape = shape(form)
        infos.append(
            TokenInfo(
                lower=lowers[i],
                lemma=lemma_lower,
                shape=token_shape,
                cue_class=cue_class,
                split_class=split_class,
                person=person,
                boundary=form in CLAUSE_BOUNDARIES,
                chunk=chunk_number,
                chunk_kind=chunk_kind,
                chunk_start=chunk_start,
                noun=lemma[:1].isupper(),
                own=_own(lowers[i], lemma_lower, token_shape, cue_class, person, split_class),
            )
        )
    return infos


def _own(
    lower: str, lemma: str, token_shape: str, cue_class: str, person: str, split_class: str
) -> tuple[str, ...]:
    feats = [
        "b",
        "w=" + lower,
        "l=" + lemma,
        "sh=" + token_shape,
        "c=" + cue_class,
        "p=" + person,
    ]
    if len(lower) > 4:
        feats.append("s3=" + lower[-3:])
        feats.append("s4=" + lower[-4:])
    if split_class:
        feats.append("split=" + split_class)
    return tuple(feats)


def cue_features(
    infos: Sequence[TokenInfo], inventory: CueInventory | None = None
) -> list[list[str]]:
    """Returns the cue tagger's features for every token of one sentence.

    Args:
        infos: The sentence's token descriptions.
        inventory: Cue rates learned from annotations (see
            :mod:`lagebild.quotes.inventory`); None: no such features.
    """
    n = len(infos)
    out = []
    learned = (
        inventory.features([t.lower for t in infos], [t.lemma for t in infos])
        if inventory is not None
        else [[] for _ in infos]
    )
    for i, info in enumerate(infos):
        feats = list(info.own) + learned[i]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                other = infos[j]
                feats.append(f"l{offset}={other.lemma}")
                feats.append(f"c{offset}={other.cue_class}")
                if abs(offset) == 1:
                    feats.append(f"w{offset}={other.lower}")
                    feats.append(f"sh{offset}={other.shape}")
            else:
                feats.append(f"edge{offset}")
        if i > 0:
            feats.append(f"bg-={infos[i - 1].lemma}|{info.lemma}")
        if i + 1 < n:
            feats.append(f"bg+={info.lemma}|{infos[i + 1].lemma}")
        near = {infos[j].person for j in range(max(0, i - 3), min(n, i + 4)) if j != i}
        if "12" in near:
            feats.append("near12")
        if "3" in near:
            feats.append("near3")
        ahead = {infos[j].lower for j in range(i + 1, min(n, i + 5))}
        if "dass" in ahead or "that" in ahead:
            feats.append("dass>")
        if ":" in ahead:
            feats.append("colon>")
        out.append(feats)
    return out


def role_features(
    infos: Sequence[TokenInfo], anchor: int, other_cues: frozenset[int] = frozenset()
) -> list[list[str]]:
    """Returns the role tagger's features for every token, relative to one cue.

    Args:
        infos: The sentence's token descriptions.
        anchor: Index of the cue token whose roles are tagged.
        other_cues: Indices of other cue tokens in the sentence.
    """
    n = len(infos)
    cue = infos[anchor]
    cue_key = cue.lemma
    cue_kind = cue.split_class or cue.cue_class
    # Clause boundaries between the anchor and each token, counted outwards.
    crossings = [0] * n
    count = 0
    for j in range(anchor + 1, n):
        if infos[j - 1].boundary:
            count += 1
        crossings[j] = count
    count = 0
    for j in range(anchor - 1, -1, -1):
        if infos[j + 1].boundary:
            count += 1
        crossings[j] = count
    before_cue = infos[anchor - 1].lower if anchor > 0 else "<s>"
    after_cue = infos[anchor + 1].lower if anchor + 1 < n else "</s>"
    # Tokens behind a complementizer ("dass", "ob") seen from the cue.
    subordinate = [False] * n
    seen = False
    for j in range(anchor + 1, n):
        subordinate[j] = seen
        seen = seen or infos[j].lower in COMPLEMENTIZERS
    seen = False
    for j in range(anchor - 1, -1, -1):
        seen = seen or infos[j].lower in COMPLEMENTIZERS
        subordinate[j] = seen
    finite = next(
        (
            j
            for j in range(n)
            if infos[j].lower in FINITE_AUXILIARIES or (j == anchor and cue.shape == "L")
        ),
        -1,
    )
    cue_ending = cue.lower[-2:] if cue.shape == "L" else "N"
    # Rank of each chunk seen from the cue: L1 is the nearest chunk on its left.
    anchor_chunk = cue.chunk
    rank_of = {anchor_chunk: "A", -1: "-"}
    left = sorted({t.chunk for t in infos[:anchor]} - rank_of.keys(), reverse=True)
    right = sorted({t.chunk for t in infos[anchor + 1 :]} - rank_of.keys() - set(left))
    rank_of.update({c: f"L{min(k, 3)}" for k, c in enumerate(left, start=1)})
    rank_of.update({c: f"R{min(k, 3)}" for k, c in enumerate(right, start=1)})
    out = []
    for i, info in enumerate(infos):
        distance = i - anchor
        direction = "0" if distance == 0 else ("L" if distance < 0 else "R")
        bucket = _bucket(distance)
        crossed = min(crossings[i], 2)
        feats = list(info.own)
        feats += [
            "d=" + bucket,
            f"x={direction}{crossed}",
            f"al={cue_key}|{direction}",
            f"ac={cue_kind}|{direction}{crossed}",
            f"ash={cue.shape}|{bucket}",
            f"dw={direction}|{info.lower}",
            f"dp={direction}{crossed}|{info.person}",
            f"dsh={direction}{crossed}|{info.shape}",
        ]
        feats += [
            f"dc={direction}{crossed}|{info.cue_class}",
            f"ad={cue.shape}{direction}{crossed}|{info.shape}",
            f"apw={direction}|{before_cue}",
            f"anw={direction}|{after_cue}",
        ]
        case = _CASES.get(info.lower, "")
        if case:
            feats.append(f"case={direction}{crossed}|{case}")
            feats.append(f"acase={cue_key}|{direction}|{case}")
        if finite >= 0:
            if i < finite:
                feats.append("vf")
            elif i > finite and i - finite <= 3:
                feats.append("mf")
        if i == 0:
            feats.append("i0")
        if subordinate[i]:
            feats.append(f"sub{direction}")
        rank = rank_of[info.chunk]
        feats += [
            f"ck={rank}|{crossed}",
            f"ckk={rank}|{info.chunk_kind}",
            f"ckl={cue_key}|{rank}",
            f"ckb={info.chunk_start}",
        ]
        if case:
            feats.append(f"ckc={rank}|{case}")
        if info.chunk_kind in ("R", "D"):
            # Subject-verb agreement: the pronoun against the ending of the
            # cue and of the finite auxiliary ("ich glaube", "wir haben gesagt").
            feats.append(f"agr={cue_ending}|{info.lower}|{direction}")
            if finite >= 0 and finite != anchor:
                feats.append(f"fagr={infos[finite].lower}|{info.lower}")
            if i > 0 and infos[i - 1].lower == "," and info.chunk_kind == "D":
                feats.append(f"rel={direction}{crossed}")
        if i in other_cues:
            feats.append("oc")
        if i > 0:
            feats.append(f"w-1={infos[i - 1].lower}")
        else:
            feats.append("edge-1")
        if i + 1 < n:
            feats.append(f"w+1={infos[i + 1].lower}")
        else:
            feats.append("edge+1")
        out.append(feats)
    return out
