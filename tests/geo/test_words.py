from __future__ import annotations

import pytest

from lagebild.geo.words import fold, join_key, name_key, split_words


def texts(text: str) -> list[str]:
    return [w.text for w in split_words(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel's army", ["Israel", "army"]),
        ("nach Kiew.", ["nach", "Kiew"]),
        ("in Washington, D.C., today", ["in", "Washington", ",", "D.C.", ",", "today"]),
        ("Frankfurt (Oder)", ["Frankfurt", "(", "Oder", ")"]),
        ("„Moskau“ sagte", ["Moskau", "sagte"]),
        ("St. Petersburg", ["St.", "Petersburg"]),
        ("Sana'a und Be’eri", ["Sana'a", "und", "Be’eri"]),
        ("Gaza-Grenze", ["Gaza-Grenze"]),
        ("Paris' Bürgermeister", ["Paris", "Bürgermeister"]),
    ],
)
def test_split_words(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "Raketen auf Israel, dann Gaza-Grenze."
    for word in split_words(text):
        assert text[word.start : word.end] == word.text


def test_joined_only_across_white_space() -> None:
    words = split_words("Tel Aviv: Jerusalem")
    assert [w.joined for w in words] == [False, True, False]


@pytest.mark.parametrize(
    ("raw", "folded"),
    [("Khān Yūnis", "Khan Yunis"), ("Łódź", "Lodz"), ("Be’eri", "Be'eri"), ("Köln", "Koln")],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_name_key_matches_text_key() -> None:
    text = "Grenzübergang bei Frankfurt (Oder) und Washington, D.C."
    words = split_words(text)
    assert join_key(words[2:6], text) == name_key("Frankfurt (Oder)")
    assert join_key(words[7:10], text) == name_key("Washington,  D.C.")
