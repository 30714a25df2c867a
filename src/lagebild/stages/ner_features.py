"""Token features of the German named-entity CRF.

What a feature-based tagger can know beyond the ~5,000 labelled sentences
comes from lexicons, because German capitalises every noun:

* the inflection paradigm of the token's lemma in simplemma's German
  dictionary ("Angriff" has the forms -s, -es, -e, -en: a common noun;
  "Berlin" only -s: a name), also for the head of an unknown compound
  ("Raketenangriffs");
* whether simplemma reads a capitalised token as a lowercase word (adjective
  or verb at the start of a sentence or inside a name: "Römischen");
* name lists: first names, organisation and place suffixes, countries and
  cities;
* word clusters computed from unlabelled German text.

Features of a word form do not depend on its neighbours, so they are built
once per form and memoised; a token's feature list is then the
concatenation of its own and its neighbours' memoised lists, which keeps
tagging fast. The same code serves training and tagging, so the two cannot
drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

_CACHE_SIZE = 300_000
# Window offsets whose word identity and compact features a token sees.
WINDOW = (-2, -1, 1, 2)
_SHAPE_MAP = str.maketrans(
    {
        **{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"},
        **{c: "x" for c in "abcdefghijklmnopqrstuvwxyzäöüß"},
        **{c: "d" for c in "0123456789"},
    }
)
_REPEATS = re.compile(r"(.)\1+")
_FIRST_GROUP = itemgetter(1)
# Letters the translation table does not cover (é, ñ, ł, ...).
_UNMAPPED_LETTER = re.compile(r"[^\W\dXx_]")
_MIN_HEAD = 4
_MIN_MODIFIER = 3


def word_shape(word: str) -> str:
    """Returns the shape of a word: X upper, x lower, d digit, others kept ("Xxxx-Xxx")."""
    shape = word.translate(_SHAPE_MAP)
    if _UNMAPPED_LETTER.search(shape) is None:
        return shape
    return "".join(
        ch if ch in "Xxd" or not ch.isalpha() else ("X" if ch.isupper() else "x") for ch in shape
    )


def short_shape(word: str) -> str:
    """Returns the shape with runs collapsed ("Xx-Xx")."""
    return _collapse(word_shape(word))


def _collapse(shape: str) -> str:
    return _REPEATS.sub(_FIRST_GROUP, shape)


@dataclass(frozen=True)
class Lexicons:
    """Knowledge the features draw on; every part may be empty.

    Attributes:
        paradigms: Capitalised lemma -> signature of its inflected forms in
            simplemma's German dictionary (e.g. "|e|en|es|s").
        clusters: Lowercased word -> cluster path (bit string).
        gazetteer: Word (exact case) -> name-list tags it carries ("first",
            "country", "city", ...).
        suffixes: Name-list tags of word endings: ending -> tag
            (e.g. "burg" -> "placesuffix").
        groups: Feature groups to emit (see :data:`ALL_GROUPS`).
    """

    paradigms: Mapping[str, str] = field(default_factory=dict)
    clusters: Mapping[str, str] = field(default_factory=dict)
    gazetteer: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    suffixes: Mapping[str, str] = field(default_factory=dict)
    groups: frozenset[str] = frozenset()


ALL_GROUPS = frozenset({"paradigm", "clusters", "gazetteer", "suffixes"})
_CLUSTER_PREFIXES = (4, 8, 12)


class FeatureExtractor:
    """Builds CRF feature lists for sentences; memoises per word form."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons
        self.word_features = lru_cache(maxsize=_CACHE_SIZE)(self._word_features)

    def _head_signature(self, word: str) -> str:
        """The paradigm of the longest known noun that ends ``word`` (compound head)."""
        paradigms = self.lexicons.paradigms
        for cut in range(_MIN_MODIFIER, len(word) - _MIN_HEAD + 1):
            head = word[cut].upper() + word[cut + 1 :]
            signature = paradigms.get(head)
            if signature is not None:
                return signature
        return "none"

    def _word_features(self, word: str, lemma: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Returns (features for the token itself, compact features for neighbours)."""
        lower = word.lower()
        full_shape = word_shape(word)
        shape = _collapse(full_shape)
        own = [
            "w=" + lower,
            "sh=" + full_shape[:8],
            "ss=" + shape,
            "p2=" + lower[:2],
            "p3=" + lower[:3],
            "p4=" + lower[:4],
            "s2=" + lower[-2:],
            "s3=" + lower[-3:],
            "s4=" + lower[-4:],
            "s5=" + lower[-5:],
            "len=" + str(min(len(word), 12)),
        ]

        compact = ["w=" + lower, "ss=" + shape]
        if word[:1].isupper():
            own.append("title")
        if "-" in word.strip("-"):
            parts = [p for p in word.split("-") if p]
            own.append("hy0=" + parts[0].lower())
            own.append("hyN=" + parts[-1].lower())
            own.append("hy0sh=" + short_shape(parts[0]))
        groups = self.lexicons.groups
        if "paradigm" in groups and word[:1].isupper():
            if lemma[:1].islower():
                klass = "lowerlemma"
            else:
                paradigms = self.lexicons.paradigms
                klass = paradigms.get(lemma) or ""
                if not klass and lemma == word and word.endswith("s"):
                    # simplemma leaves unknown genitives alone: "Bismarcks".
                    stem = paradigms.get(word[:-1])
                    klass = "gen" + stem if stem is not None else ""
                if not klass:
                    klass = "head" + self._head_signature(lemma.rsplit("-", 1)[-1])
            own.append("par=" + klass)
            compact.append("par=" + klass)
        if "clusters" in groups:
            path = self.lexicons.clusters.get(lower)
            if path is None:
                own.append("cl=none")
            else:
                own.extend(f"cl{n}={path[:n]}" for n in _CLUSTER_PREFIXES)
                compact.append(f"cl8={path[:8]}")
        if "gazetteer" in groups:
            name_tags = self.lexicons.gazetteer.get(word)
            if name_tags is None and len(word) > 3 and word[-1] in "s'’":
                # German genitive of a name: "Bismarcks", "Melanies", "Agnes'".
                name_tags = tuple(
                    "gen_" + tag for tag in self.lexicons.gazetteer.get(word[:-1], ())
                )
            for name_tag in name_tags or ():
                own.append("gz=" + name_tag)
                compact.append("gz=" + name_tag)
        if "suffixes" in groups and word[:1].isupper():
            for n in (6, 5, 4, 3):
                tag = self.lexicons.suffixes.get(lower[-n:])
                if tag is not None and len(lower) > n + 1:
                    own.append("sfx=" + tag)
                    compact.append("sfx=" + tag)
                    break
        return tuple(own), tuple(compact)

    def sentence_features(
        self, words: Sequence[str], lemmas: Sequence[str]
    ) -> list[list[str]]:
        """Returns one feature list per token of a sentence.

        Args:
            words: The tokens' texts.
            lemmas: Their lemmas (aligned with ``words``).
        """
        own_and_compact = [
            self.word_features(word, lemma) for word, lemma in zip(words, lemmas, strict=True)
        ]
        n = len(words)
        lowers = [w.lower() for w in words]
        out: list[list[str]] = []
        for i in range(n):
            feats = ["bias", *own_and_compact[i][0]]
            if i == 0:
                feats.append("BOS")
            if i == n - 1:
                feats.append("EOS")
            for k in WINDOW:
                j = i + k
                if 0 <= j < n:
                    prefix = f"{k}:"
                    feats.extend(prefix + f for f in own_and_compact[j][1])
            if i > 0:
                feats.append("bg-1=" + lowers[i - 1] + "|" + lowers[i])
            if i < n - 1:
                feats.append("bg+1=" + lowers[i] + "|" + lowers[i + 1])
            out.append(feats)
        return out
