"""A CRF tagger of speech events (cue and roles), trained on SpkAtt-2023.

Two linear-chain CRFs (python-crfsuite):

1. The **cue tagger** labels each token of a sentence ``C`` (part of a cue)
   or ``O``.
2. The **role tagger** runs once per predicted cue token (the *anchor*) and
   labels every token of the sentence with the role it plays for that cue:
   ``B-``/``I-`` Source, Message, Addr, Topic, Medium, Evidence, ``PTC`` (a
   split verb particle), ``Cue`` (another token of the same multi-word cue,
   e.g. "Rede ... halten") or ``O``.

Anchors that tag each other as ``Cue`` are merged into one event. Then the
Source and the Addr of each event are chosen among the sentence's phrases by
the role choosers of :mod:`lagebild.quotes.sources` (better than the CRF's
token labels for these two roles, measured on an inner split of the training
part); the CRF's labels stay for the other roles. Roles are looked for in
the cue's sentence only: SpkAtt events whose Source sits in an earlier
sentence (well under 1 % of the Source tokens) are out of reach.

All models are reproduced by ``lagebild train quotes`` (see
:mod:`lagebild.quotes.training`).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycrfsuite

from lagebild.errors import Code, LagebildError
from lagebild.quotes.features import TokenInfo, cue_features, describe, role_features
from lagebild.quotes.inventory import PAIR_WINDOW, CueInventory
from lagebild.quotes.lexicon import CueLexicon, QuoteWords, load_cue_lexicon, load_quote_words
from lagebild.quotes.sources import RoleChooser, open_choosers
from lagebild.quotes.spkatt import ARGUMENT_ROLES, SpeechDoc, SpeechEvent
from lagebild.resources import Resources, data_path

CUE_MODEL = "spkatt-cue-{language}.crfsuite"
ROLE_MODEL = "spkatt-role-{language}.crfsuite"
MODEL_INFO = "spkatt-{language}.json"
INVENTORY = "spkatt-cues-{language}.tsv"
CUE = "C"
OUTSIDE = "O"
# Roles that are one contiguous span in 99 % of SpkAtt events.
SINGLE_SPAN_ROLES: tuple[str, ...] = ("Source", "Addr", "Medium", "Evidence")
# A single-span role the best label sequence lacks is added when its most
# likely first token has at least this marginal probability.
RECALL_THRESHOLD = 0.3
# A token is a cue when its marginal probability reaches this (0.5 and above:
# the best label sequence decides). 0.4 gave a cue F1 at least as good as
# 0.5 in every setting tried on an inner split of the training part, with
# more recall, which the roles of the added events need.
CUE_THRESHOLD = 0.4
# When one token would carry two labels, the first of these wins.
LABEL_PRIORITY: tuple[str, ...] = ("Cue", "PTC", *[r for r in ARGUMENT_ROLES if r != "PTC"])


@dataclass(frozen=True)
class TaggedEvent:
    """A speech event in one sentence: token indices of the cue and of each role."""

    cue: tuple[int, ...]
    roles: dict[str, tuple[int, ...]]

    def role(self, name: str) -> tuple[int, ...]:
        """Returns the token indices of role ``name`` (empty when absent)."""
        return self.roles.get(name, ())


def role_labels(n: int, roles: dict[str, set[int]], cue_tokens: set[int], anchor: int) -> list[str]:
    """Returns the role tagger's gold labels for one anchor.

    Args:
        n: Number of tokens in the sentence.
        roles: Token indices of each argument role (PTC included).
        cue_tokens: All cue tokens of the event in this sentence.
        anchor: The cue token the labels are relative to.
    """
    labels = [OUTSIDE] * n
    tagged = {name: set(indices) for name, indices in roles.items()}
    tagged["Cue"] = cue_tokens - {anchor}
    for name in reversed(LABEL_PRIORITY):
        for i in sorted(tagged.get(name, ())):
            if name in ("Cue", "PTC"):
                labels[i] = name
            else:
                continued = i > 0 and (i - 1) in tagged[name] and labels[i - 1] != OUTSIDE
                labels[i] = ("I-" if continued else "B-") + name
    labels[anchor] = OUTSIDE
    return labels


def decode_roles(labels: Sequence[str]) -> dict[str, list[int]]:
    """Turns role tagger labels into token indices per role (``Cue`` included)."""
    roles: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        if label == OUTSIDE:
            continue
        name = label[2:] if label[:2] in ("B-", "I-") else label
        roles.setdefault(name, []).append(i)
    return roles


class SpeechEventTagger:
    """Tags speech events (cue and roles) in tokenized sentences."""

    def __init__(
        self,
        cue_model: Path,
        role_model: Path,
        lexicon: CueLexicon,
        words: QuoteWords,
        recall_threshold: float = RECALL_THRESHOLD,
        cue_threshold: float = CUE_THRESHOLD,
        choosers: Mapping[str, RoleChooser] | None = None,
        inventory: CueInventory | None = None,
    ) -> None:
        """Opens the two CRF models.

        Args:
            cue_model: The cue CRF.
            role_model: The role CRF.
            lexicon: The cue lexicon (features).
            words: Closed word classes (features).
            recall_threshold: See :meth:`roles`.
            cue_threshold: Marginal probability that makes a token a cue.
            choosers: Choose the phrase of these roles (Source, Addr) for
                each event instead of the role CRF.
            inventory: Cue rates learned from annotations (cue tagger features).

        Raises:
            LagebildError: When a model file is missing or unreadable.
        """
        self.choosers = dict(choosers or {})
        self.inventory = inventory
        self.lexicon = lexicon
        self.words = words
        self.recall_threshold = recall_threshold
        self.cue_threshold = cue_threshold
        self._cue = pycrfsuite.Tagger()
        self._role = pycrfsuite.Tagger()
        for tagger, path in ((self._cue, cue_model), (self._role, role_model)):
            if not path.is_file():
                raise LagebildError(Code.RESOURCE, "speech-event model missing", path=str(path))
            tagger.open(str(path))
        self._role_labels = frozenset(self._role.labels())

    def describe(self, forms: Sequence[str], lemmas: Sequence[str]) -> list[TokenInfo]:
        """Returns the static token descriptions the features are built from."""
        return describe(forms, lemmas, self.lexicon, self.words)

    def cues(self, infos: Sequence[TokenInfo]) -> list[int]:
        """Returns the indices of the tokens whose cue probability reaches the threshold."""
        tagger = self._cue
        labels = tagger.tag(cue_features(infos, self.inventory))
        if self.cue_threshold >= 0.5:
            return [i for i, label in enumerate(labels) if label == CUE]
        return [i for i in range(len(labels)) if tagger.marginal(CUE, i) >= self.cue_threshold]

    def roles(
        self,
        infos: Sequence[TokenInfo],
        anchor: int,
        other_cues: frozenset[int],
        span_roles: Sequence[str] = SINGLE_SPAN_ROLES,
        window: int | None = None,
    ) -> dict[str, list[int]]:
        """Returns the role tokens of the cue at ``anchor`` (``Cue``: its other tokens).

        With ``window``, only the tokens at most that far from the cue are
        tagged (faster on long sentences; roles rarely lie further away).

        Roles that are (almost) always one contiguous span in SpkAtt (Source,
        Addr, Medium, Evidence; or those in ``span_roles``) are cut down to the
        most probable span; when the
        best label sequence has none but one token is likely enough to start
        one (marginal >= ``recall_threshold``), that span is added.
        """
        offset = 0
        if window is not None and len(infos) > 2 * window + 1:
            offset = max(0, anchor - window)
            infos = infos[offset : anchor + window + 1]
            anchor -= offset
            other_cues = frozenset(
                c - offset for c in other_cues if offset <= c < offset + len(infos)
            )
        tagger = self._role
        labels = list(tagger.tag(role_features(infos, anchor, other_cues)))
        for role in span_roles:
            begin, inside = "B-" + role, "I-" + role
            if begin not in self._role_labels:
                continue
            starts = [i for i, label in enumerate(labels) if label == begin]
            if len(starts) > 1:
                keep = max(starts, key=lambda i: tagger.marginal(begin, i))
                for i in starts:
                    if i == keep:
                        continue
                    labels[i] = OUTSIDE
                    j = i + 1
                    while j < len(labels) and labels[j] == inside:
                        labels[j] = OUTSIDE
                        j += 1
            elif not starts:
                best = max(range(len(labels)), key=lambda i: tagger.marginal(begin, i))
                if best != anchor and tagger.marginal(begin, best) >= self.recall_threshold:
                    labels[best] = begin
                    j = best + 1
                    # Up to the end of its noun chunk, or on while likely enough.
                    while (
                        j < len(labels)
                        and j != anchor
                        and inside in self._role_labels
                        and (
                            (infos[j].chunk >= 0 and infos[j].chunk == infos[best].chunk)
                            or tagger.marginal(inside, j) >= 0.5
                        )
                    ):
                        labels[j] = inside
                        j += 1
        roles = decode_roles(labels)
        if offset:
            roles = {name: [i + offset for i in indices] for name, indices in roles.items()}
        return roles

    def tag(
        self,
        forms: Sequence[str],
        lemmas: Sequence[str],
        *,
        infos: Sequence[TokenInfo] | None = None,
        anchors: Sequence[int] | None = None,
        span_roles: Sequence[str] = SINGLE_SPAN_ROLES,
        window: int | None = None,
    ) -> list[TaggedEvent]:
        """Finds the speech events of one sentence.

        Args:
            forms: Token texts.
            lemmas: Their lemmas (aligned).
            infos: Token descriptions, when the caller has them already.
            anchors: Cue tokens to use instead of running the cue tagger.
            span_roles: Roles decoded as a single span (see :meth:`roles`); of
                these, the ones with a chooser are chosen among the phrases.
            window: Tag roles only this many tokens around each cue (see :meth:`roles`).

        Returns:
            One event per cue, multi-word cues merged, in text order.
        """
        if infos is None:
            infos = self.describe(forms, lemmas)
        cue_tokens = list(anchors) if anchors is not None else self.cues(infos)
        if not cue_tokens:
            return []
        # How sure the cue tagger is of each cue token (given anchors: sure).
        certainty = {
            i: (1.0 if anchors is not None else float(self._cue.marginal(CUE, i)))
            for i in cue_tokens
        }
        cue_set = frozenset(cue_tokens)
        predicted = {a: self.roles(infos, a, cue_set - {a}, span_roles, window) for a in cue_tokens}
        # Merge anchors that name each other as part of the same cue.
        group = {a: a for a in cue_tokens}

        def root(a: int) -> int:
            while group[a] != a:
                a = group[a]
            return a

        for a, roles in predicted.items():
            for other in roles.get("Cue", ()):
                if other in group:
                    group[root(other)] = root(a)
        if self.inventory is not None:
            # Two words annotated as one cue more often than not ("Kenntnis" ...
            # "nehmen") are one event, also when the role tagger did not link them.
            for a, b in itertools.combinations(cue_tokens, 2):
                if abs(a - b) <= PAIR_WINDOW and self.inventory.are_partners(
                    infos[a].lemma, infos[b].lemma
                ):
                    group[root(b)] = root(a)
        members: dict[int, list[int]] = {}
        for a in cue_tokens:
            members.setdefault(root(a), []).append(a)
        events = []
        for anchors_of_event in members.values():
            # Verbs carry the roles of a multi-word cue (guidelines: the verb is the head).
            head = next((a for a in anchors_of_event if infos[a].shape == "L"), anchors_of_event[0])
            roles = predicted[head]
            cue = set(anchors_of_event) | set(roles.get("Cue", ()))
            events.append(
                TaggedEvent(
                    cue=tuple(sorted(cue)),
                    roles={k: tuple(v) for k, v in roles.items() if k != "Cue"},
                )
            )
        choosers = {r: c for r, c in self.choosers.items() if r in span_roles}
        if choosers:
            self._choose_roles(choosers, forms, infos, events, cue_set, certainty)
        events.sort(key=lambda e: e.cue)
        return events

    @staticmethod
    def _choose_roles(
        choosers: Mapping[str, RoleChooser],
        forms: Sequence[str],
        infos: Sequence[TokenInfo],
        events: list[TaggedEvent],
        cue_set: frozenset[int],
        certainty: Mapping[int, float],
    ) -> None:
        """Replaces the CRF's spans of the chosen roles by the choosers' phrases."""
        sentence = next(iter(choosers.values())).sentence(forms, infos)
        for event in events:
            others = cue_set - set(event.cue)
            sure = max(certainty.get(i, 0.0) for i in event.cue)
            for role, chooser in choosers.items():
                span = chooser.choose(sentence, event.cue, others, sure)
                if span is None:
                    event.roles.pop(role, None)
                else:
                    event.roles[role] = tuple(range(*span))


def model_dir() -> Path:
    """Returns the folder of the packaged models."""
    return Path(str(data_path("models")))


def open_tagger(
    language: str, lexicon: CueLexicon, words: QuoteWords, folder: Path | None = None
) -> SpeechEventTagger | None:
    """Opens the packaged tagger for ``language``; None when we ship none for it."""
    folder = folder or model_dir()
    cue_model = folder / CUE_MODEL.format(language=language)
    if not cue_model.is_file():
        return None
    inventory = folder / INVENTORY.format(language=language)
    return SpeechEventTagger(
        cue_model,
        folder / ROLE_MODEL.format(language=language),
        lexicon,
        words,
        choosers=open_choosers(folder, language, words),
        inventory=CueInventory.load(inventory) if inventory.is_file() else None,
    )


def load_tagger(resources: Resources, language: str) -> SpeechEventTagger | None:
    """Loads the packaged tagger for ``language`` (a `resources.load` loader)."""
    # Loaders must not call resources.load themselves (its lock is not
    # re-entrant), so the word lists are read directly here.
    return open_tagger(
        language, load_cue_lexicon(resources, language), load_quote_words(resources, language)
    )


def model_info(language: str = "de", folder: Path | None = None) -> dict[str, Any]:
    """Returns what the trainer recorded about the model (training files, scores)."""
    path = (folder or model_dir()) / MODEL_INFO.format(language=language)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def predict_doc(
    tagger: SpeechEventTagger, doc: SpeechDoc, lemma: Callable[[str], str]
) -> list[SpeechEvent]:
    """Tags every sentence of a SpkAtt speech and returns its events in SpkAtt form."""
    events = []
    for sid, forms in zip(doc.sentence_ids, doc.sentences, strict=True):
        for event in tagger.tag(forms, [lemma(form) for form in forms]):
            roles = {"Cue": frozenset((sid, i) for i in event.cue)}
            for name, indices in event.roles.items():
                roles[name] = frozenset((sid, i) for i in indices)
            events.append(SpeechEvent(roles))
    return events
