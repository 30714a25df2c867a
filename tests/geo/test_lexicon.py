from __future__ import annotations

import pytest

from lagebild.geo.lexicon import CommonWords, load_cues
from lagebild.resources import Resources


@pytest.fixture(scope="module")
def german() -> CommonWords:
    return CommonWords("de")


@pytest.mark.parametrize("word", ["Essen", "Hof", "Halle", "Mark", "Bad", "Boden", "Ende", "Zug"])
def test_german_common_words(german: CommonWords, word: str) -> None:
    assert german.is_common(word)


@pytest.mark.parametrize("word", ["Berlin", "Israel", "Kiew", "Paris", "Wolfsburg", "Mainz"])
def test_town_names_are_not_common_words(german: CommonWords, word: str) -> None:
    assert not german.is_common(word)


def test_compound_nouns_count_as_common_around_names(german: CommonWords) -> None:
    assert german.is_common_noun("Raketenbeschuss")
    assert german.is_common_noun("Liga-Präsident")
    assert not german.is_common("Raketenbeschuss") or german.is_common_noun("Raketenbeschuss")


def test_english_common_words() -> None:
    english = CommonWords("en")
    assert english.is_common("Reading") and english.is_common("Nice")
    assert not english.is_common("Paris")


def test_cues_load_for_both_languages(resources: Resources) -> None:
    for language in ("de", "en"):
        cues = load_cues(resources, language)
        assert "in" in cues.locative
        assert cues.direction_adjective("northern" if language == "en" else "nördlichen") == "north"
        assert "Jerusalem Post" in cues.blocked
    german = load_cues(resources, "de")
    assert {"Juli", "Montag", "Norden", "Israelische"} <= german.never_alone
