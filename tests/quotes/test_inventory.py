"""Tests of the cue inventory learned from SpkAtt annotations."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import LagebildError
from lagebild.quotes.inventory import (
    CueInventory,
    count_bucket,
    cross_fitted,
    fold_of,
    rate_bucket,
)
from lagebild.quotes.spkatt import SpeechDoc, SpeechEvent


def _lemma(word: str) -> str:
    # A toy lemmatizer: enough to tell form counts from lemma counts.
    return {"sagte": "sagen", "sagt": "sagen", "nahm": "nehmen", "nimmt": "nehmen"}.get(word, word)


def _doc(name: str, sentences: list[str], cues: list[list[tuple[int, int]]]) -> SpeechDoc:
    tokens = tuple(tuple(s.split()) for s in sentences)
    return SpeechDoc(
        name,
        tuple(range(len(tokens))),
        tokens,
        tuple(SpeechEvent({"Cue": frozenset(refs)}) for refs in cues),
    )


DOCS = [
    _doc(
        "a",
        ["Er sagte das .", "Sie nahm das zur Kenntnis .", "Das sagt viel ."],
        [[(0, 1)], [(1, 1), (1, 4)]],
    ),
    _doc("b", ["Wir sagen nichts .", "Er nimmt Kenntnis davon ."], [[(0, 1)], [(1, 1), (1, 2)]]),
]


@pytest.fixture(scope="module")
def inventory() -> CueInventory:
    return CueInventory.count(DOCS, _lemma)


def test_counts_forms_lemmas_and_pairs(inventory: CueInventory) -> None:
    # "sagt" occurs once and is no cue there; the lemma "sagen" is a cue 2 of 3 times.
    assert inventory.forms["sagt"] == (0, 1)
    assert inventory.forms["sagte"] == (1, 1)
    assert inventory.lemmas["sagen"] == (2, 3)
    # "nehmen" + "kenntnis" form a cue twice, in the two sentences that hold both.
    assert inventory.pairs[("kenntnis", "nehmen")] == (2, 2)
    assert inventory.are_partners("nehmen", "kenntnis")
    assert not inventory.are_partners("nehmen", "sagen")


@pytest.mark.parametrize(
    ("cue", "seen", "bucket"),
    [(0, 5, "0"), (1, 100, "0.0"), (1, 10, "0.05"), (1, 2, "0.5"), (9, 10, "0.9"), (3, 3, "0.9")],
)
def test_rate_bucket(cue: int, seen: int, bucket: str) -> None:
    assert rate_bucket(cue, seen) == bucket


@pytest.mark.parametrize(("seen", "bucket"), [(1, 1), (3, 2), (9, 4), (29, 10), (500, 30)])
def test_count_bucket(seen: int, bucket: int) -> None:
    assert count_bucket(seen) == bucket


def test_backoff_to_the_longest_known_cue_lemma(inventory: CueInventory) -> None:
    # A compound ends with a cue lemma ("nehmen"); a word that is one itself has no back-off.
    assert inventory.backoff("vornehmen") == "nehmen"
    assert inventory.backoff("wegsagen") == "sagen"
    assert inventory.backoff("sagen") is None
    # Suffixes shorter than four letters are no lemma of their own.
    assert inventory.backoff("haus") is None


def test_features_mark_rates_backoff_and_partner(inventory: CueInventory) -> None:
    lowers = ["sie", "nimmt", "kenntnis", "vornehmen", "xyz"]
    lemmas = ["sie", "nehmen", "kenntnis", "vornehmen", "xyz"]
    feats = inventory.features(lowers, lemmas)
    assert "if=unk" in feats[4] and "il=unk" in feats[4]
    assert "il=0.9" in feats[1]  # nehmen: a cue both times
    assert any(f.startswith("ip=") for f in feats[1])  # its partner is in the sentence
    assert any(f.startswith("ip=") for f in feats[2])
    assert not any(f.startswith("ip=") for f in feats[0])
    assert "ib=0.9" in feats[3]  # unseen, backs off to "nehmen"


def test_partner_only_within_window(inventory: CueInventory) -> None:
    far = ["kenntnis"] + ["x"] * 20 + ["nehmen"]
    feats = inventory.features(far, far)
    assert not any(f.startswith("ip=") for f in feats[0])


def test_save_and_load_round_trip(inventory: CueInventory, tmp_path: Path) -> None:
    path = tmp_path / "cues.tsv"
    inventory.save(path)
    loaded = CueInventory.load(path)
    assert loaded.forms == inventory.forms
    assert loaded.lemmas == inventory.lemmas
    assert loaded.pairs == inventory.pairs
    assert loaded.are_partners("kenntnis", "nehmen")


def test_load_errors(tmp_path: Path) -> None:
    with pytest.raises(LagebildError):
        CueInventory.load(tmp_path / "missing.tsv")
    bad = tmp_path / "bad.tsv"
    bad.write_text("f\tsagen\tzwei\t3\n", encoding="utf-8")
    with pytest.raises(LagebildError) as error:
        CueInventory.load(bad)
    assert error.value.line == 1


def test_cross_fitted_leaves_each_speech_out() -> None:
    docs = [_doc(f"speech{k}", ["Er sagte das ."], [[(0, 1)]]) for k in range(12)]
    fitted = cross_fitted(docs, _lemma, folds=3)
    for doc in docs:
        same_fold = sum(1 for d in docs if fold_of(d.name, 3) == fold_of(doc.name, 3))
        # The inventory of a speech counts only the speeches of the other folds.
        assert fitted[doc.name].lemmas["sagen"] == (len(docs) - same_fold,) * 2
