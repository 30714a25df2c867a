"""The cue inventory learned from SpkAtt annotations: which words are cues, how often.

For every word form and lemma of the training speeches, the inventory counts
how often it occurs and how often it is (part of) an annotated cue; for
multi-word cues ("zur Kenntnis nehmen", "Kritik üben", "deutlich machen",
"eine Rede halten") it counts each pair of cue lemmas, and how often the two
occur in one sentence at all. The cue tagger reads these rates as features:

* the **rate** of the form and of the lemma (the organisers' word-form
  lookup, as a feature the CRF weighs against the context);
* a **back-off** for words the inventory has not seen: the rate of the
  longest known lemma the word ends with ("Strafkammerbericht" ->
  "bericht", "bedrohen" -> "drohen"): German compounds and prefixed verbs
  keep the head's meaning;
* the **partner** of a multi-word cue: whether a word's partner lemma
  stands in the same sentence, and how often the two are a cue together.

Rates on the training data are cross-fitted (each speech sees the counts of
the other folds only), so the CRF learns how far a rate from unseen text can
be trusted. The inventory is a reviewable TSV file written by the trainer.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.errors import Code, LagebildError
from lagebild.quotes.files import numbered_lines
from lagebild.quotes.spkatt import SpeechDoc

# Suffixes shorter than this are no lemma of their own ("en", "ung").
_MIN_SUFFIX = 4
# Pairs more than this many tokens apart are not looked for.
PAIR_WINDOW = 12
_RATE_BUCKETS = (0.0, 0.05, 0.15, 0.3, 0.5, 0.7, 0.9)
_COUNT_BUCKETS = (1, 2, 4, 10, 30)
FORM, LEMMA, PAIR = "f", "l", "p"


def rate_bucket(cue: int, seen: int) -> str:
    """A coarse label for a rate of ``cue`` in ``seen`` (e.g. ``"0.3"``)."""
    rate = cue / seen if seen else 0.0
    if cue == 0:
        return "0"
    return str(next(b for b in reversed(_RATE_BUCKETS) if rate >= b))


def count_bucket(seen: int) -> int:
    """A coarse label for how often something was seen."""
    return next(b for b in reversed(_COUNT_BUCKETS) if seen >= b)


@dataclass
class CueInventory:
    """Counts of cue words and cue pairs: key -> (times a cue, times seen)."""

    forms: dict[str, tuple[int, int]] = field(default_factory=dict)
    lemmas: dict[str, tuple[int, int]] = field(default_factory=dict)
    # (lemma, lemma) in sorted order -> (times a cue together, sentences with both).
    pairs: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._partners: dict[str, frozenset[str]] = {}
        partners: dict[str, set[str]] = {}
        for a, b in self.pairs:
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
        self._partners = {k: frozenset(v) for k, v in partners.items()}
        # Lemmas that were a cue at least once: the back-off looks only for these.
        self._cue_lemmas = {k: v for k, v in self.lemmas.items() if v[0] > 0}

    @classmethod
    def count(cls, docs: Iterable[SpeechDoc], lemma: Callable[[str], str]) -> CueInventory:
        """Counts forms, lemmas and pairs in annotated speeches."""
        forms: Counter[str] = Counter()
        form_cues: Counter[str] = Counter()
        lemmas: Counter[str] = Counter()
        lemma_cues: Counter[str] = Counter()
        pair_cues: Counter[tuple[str, str]] = Counter()
        sentences_of: list[tuple[str, ...]] = []
        for doc in docs:
            cue_tokens = {ref for event in doc.events for ref in event.cue}
            lemma_of: dict[tuple[int, int], str] = {}
            for sid, tokens in zip(doc.sentence_ids, doc.sentences, strict=True):
                lowers = [t.lower() for t in tokens]
                sentence_lemmas = [lemma(t).lower() for t in tokens]
                sentences_of.append(tuple(sentence_lemmas))
                for i, (lower, lem) in enumerate(zip(lowers, sentence_lemmas, strict=True)):
                    forms[lower] += 1
                    lemmas[lem] += 1
                    lemma_of[(sid, i)] = lem
                    if (sid, i) in cue_tokens:
                        form_cues[lower] += 1
                        lemma_cues[lem] += 1
            for event in doc.events:
                words = sorted({lemma_of[ref] for ref in event.cue if ref in lemma_of})
                for a, b in itertools.combinations(words, 2):
                    pair_cues[(a, b)] += 1
        # How often the two words of each pair share a sentence at all.
        partners: dict[str, set[str]] = {}
        for a, b in pair_cues:
            partners.setdefault(a, set()).add(b)
        together: Counter[tuple[str, str]] = Counter()
        for sentence in sentences_of:
            present = set(sentence)
            for a in present & partners.keys():
                for b in partners[a] & present:
                    together[(a, b)] += 1
        return cls(
            forms={k: (form_cues[k], n) for k, n in forms.items()},
            lemmas={k: (lemma_cues[k], n) for k, n in lemmas.items()},
            pairs={k: (n, max(n, together[k])) for k, n in pair_cues.items()},
        )

    def backoff(self, lemma: str) -> str | None:
        """The longest cue lemma that ``lemma`` ends with (not itself), or None."""
        cue_lemmas = self._cue_lemmas
        for k in range(1, len(lemma) - _MIN_SUFFIX + 1):
            if lemma[k:] in cue_lemmas:
                return lemma[k:]
        return None

    def features(self, lowers: Sequence[str], lemmas: Sequence[str]) -> list[list[str]]:
        """The inventory features of every token of one sentence."""
        out: list[list[str]] = []
        n = len(lowers)
        for i, (lower, lemma) in enumerate(zip(lowers, lemmas, strict=True)):
            feats = []
            for name, table, key in ((FORM, self.forms, lower), (LEMMA, self.lemmas, lemma)):
                counts = table.get(key)
                if counts is None:
                    feats.append(f"i{name}=unk")
                else:
                    cue, seen = counts
                    rate = rate_bucket(cue, seen)
                    feats.append(f"i{name}={rate}")
                    feats.append(f"i{name}n={rate}|{count_bucket(seen)}")
            lemma_counts = self.lemmas.get(lemma)
            if (lemma_counts is None or lemma_counts[1] < 3) and lemma.isalpha():
                head = self.backoff(lemma)
                if head is not None:
                    cue, seen = self.lemmas[head]
                    feats.append(f"ib={rate_bucket(cue, seen)}")
            partners = self._partners.get(lemma)
            if partners:
                best: tuple[int, int] | None = None
                for j in range(max(0, i - PAIR_WINDOW), min(n, i + PAIR_WINDOW + 1)):
                    if j != i and lemmas[j] in partners:
                        a, b = sorted((lemma, lemmas[j]))
                        counts = self.pairs[(a, b)]
                        if best is None or counts[0] * best[1] > best[0] * counts[1]:
                            best = counts
                if best is not None:
                    rate = rate_bucket(*best)
                    feats += [f"ip={rate}", f"ipn={rate}|{count_bucket(best[1])}"]
            out.append(feats)
        return out

    def are_partners(self, a: str, b: str) -> bool:
        """Whether lemmas ``a`` and ``b`` were annotated as one cue more often than not."""
        counts = self.pairs.get((a, b) if a <= b else (b, a))
        return counts is not None and 2 * counts[0] > counts[1]

    def save(self, path: Path) -> None:
        """Writes the inventory as sorted TSV lines (kind, key, cue count, count)."""
        lines = ["# kind\tkey\ttimes a cue\ttimes seen (pairs: sentences with both)"]
        for kind, table in ((FORM, self.forms), (LEMMA, self.lemmas)):
            lines += [f"{kind}\t{k}\t{c}\t{n}" for k, (c, n) in sorted(table.items())]
        lines += [f"{PAIR}\t{a} {b}\t{c}\t{n}" for (a, b), (c, n) in sorted(self.pairs.items())]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> CueInventory:
        """Reads an inventory written by :meth:`save`.

        Raises:
            LagebildError: When the file is missing or a line is malformed.
        """
        inventory = cls()
        forms, lemmas, pairs = inventory.forms, inventory.lemmas, inventory.pairs
        for number, line in numbered_lines(path, "cue inventory", comments=True):
            cells = line.split("\t")
            try:
                kind, key, cue, seen = cells[0], cells[1], int(cells[2]), int(cells[3])
            except (IndexError, ValueError):
                raise LagebildError(
                    Code.RESOURCE,
                    "expected 'kind<TAB>key<TAB>n<TAB>n'",
                    path=str(path),
                    line=number,
                ) from None
            if kind == FORM:
                forms[key] = (cue, seen)
            elif kind == LEMMA:
                lemmas[key] = (cue, seen)
            else:
                a, _, b = key.partition(" ")
                pairs[(a, b)] = (cue, seen)
        return cls(forms, lemmas, pairs)


def fold_of(name: str, folds: int) -> int:
    """The cross-fitting fold of a speech (a hash byte the development split does not use)."""
    return hashlib.sha1(name.encode("utf-8")).digest()[2] % folds


def cross_fitted(
    docs: Sequence[SpeechDoc], lemma: Callable[[str], str], folds: int = 5
) -> dict[str, CueInventory]:
    """For each speech, the inventory of the speeches in the other folds (name -> inventory)."""
    inventories = [
        CueInventory.count([d for d in docs if fold_of(d.name, folds) != k], lemma)
        for k in range(folds)
    ]
    return {d.name: inventories[fold_of(d.name, folds)] for d in docs}
