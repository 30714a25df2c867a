"""Spelling variants of place names, for building the gazetteer.

German and English news spell the towns of a war zone in their own ways:
"Wowtschansk" and "Vovchansk" for Вовчанськ, "Dschabalia" and "Jabalia" for
جباليا, "Madschdal Schams" and "Majdal Shams". GeoNames lists many Latin
spellings but rarely the German ones, so :func:`variants` derives them
systematically (never town by town) from the names GeoNames has:

* Cyrillic names (Ukrainian, Russian, Belarusian) are transliterated twice:
  the German Duden way ("Ч" -> "Tsch", "в" -> "w", "х" -> "ch", "с"
  between vowels -> "ss") and the English way (the Ukrainian national system
  of 2010 for Ukrainian letters, BGN/PCGN for Russian: "Ч" -> "Ch", "х" ->
  "kh", "я" -> "ia"/"ya").
* Latin names of towns in Arabic-, Persian- and Hebrew-speaking countries
  (romanised the English or French way) get their German form: "J"/"Dj" ->
  "Dsch", "sh" -> "sch", "kh" -> "ch", "ou" -> "u", "y" before a vowel ->
  "j" (elsewhere "i"), "ee"/"oo" -> "i"/"u", "v" -> "w", and "q" -> "k" in a
  second form.

Persons' names get the same treatment in the knowledge base
(``tools/build_kb.py``): Russian and Ukrainian names written the English way
get their German form (:func:`germanise_slavic`: "Sergei Shoigu" -> "Sergei
Schoigu", "Volodymyr Zelenskyy" -> "Wolodymyr Selenskyj"), and romanised
Arabic, Persian and Hebrew ones theirs ("Khalil al-Hayya" -> "Chalil
al-Hajja").

Those are used at build time only (``lagebild train gazetteer``,
``tools/build_kb.py``); the runtime reads the compiled names. :func:`romanisation_key`
is the one runtime helper: the derived forms cannot cover every romanisation
("Asas", "A'zaz", "Azaz"; "Sheikh Zuweid", "Ash Shaykh Zuwayd"), so names of
those countries are also looked up by a key that forgets the differences.
"""

from __future__ import annotations

import re
import unicodedata

# Countries whose town names are romanised from Arabic, Persian, Hebrew,
# Pashto, Urdu or Somali script (the German rules apply to their Latin names).
ROMANISED_COUNTRIES = frozenset(
    {
        "PS", "IL", "LB", "SY", "IQ", "YE", "SD", "SS", "LY", "JO", "EG", "SA", "IR", "AF", "PK",
        "SO", "TD", "NE", "ML", "BF", "KW", "QA", "AE", "BH", "OM", "DZ", "TN", "MA", "MR",
    }
)
# Countries whose GeoNames entries carry Cyrillic names worth transliterating.
CYRILLIC_COUNTRIES = frozenset({"UA", "RU", "BY", "MD", "GE", "AM", "AZ", "KZ", "KG", "TJ", "UZ"})

_VOWELS = frozenset("aeiouyаеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄAEIOUY")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile(r"[ыэёъЫЭЁЪ]")

# German (Duden) transliteration; lower-case letters, upper case derived.
_DE_COMMON = {
    "а": "a", "б": "b", "в": "w", "д": "d", "ж": "sch", "з": "s", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ь": "",
    "ъ": "", "ю": "ju", "я": "ja", "'": "", "’": "", "ʼ": "",
}
_DE_RU = {**_DE_COMMON, "г": "g", "е": "e", "ё": "jo", "и": "i", "й": "i", "ы": "y", "э": "e"}
_DE_UK = {**_DE_COMMON, "г": "h", "ґ": "g", "е": "e", "є": "je", "и": "y", "і": "i", "ї": "ji",
          "й": "j", "ы": "y", "э": "e", "ё": "jo"}
# English: BGN/PCGN for Russian, the Ukrainian national system (2010) for Ukrainian.
_EN_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "ж": "zh", "з": "z", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "",
    "'": "", "’": "", "ʼ": "",
}
_EN_RU = {**_EN_COMMON, "г": "g", "е": "e", "ё": "e", "и": "i", "й": "y", "ы": "y", "э": "e",
          "ю": "yu", "я": "ya"}
_EN_UK = {**_EN_COMMON, "г": "h", "ґ": "g", "е": "e", "и": "y", "і": "i", "ы": "y", "э": "e",
          "ё": "io"}
# Ukrainian letters spelled differently at the start of a word (national system).
_EN_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_EN_UK_MEDIAL = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' \-]{2,39}$")


def _cased(letters: str, upper: bool) -> str:
    return letters[:1].upper() + letters[1:] if upper and letters else letters


def transliterate_cyrillic(name: str, language: str, *, in_ukraine: bool = False) -> str | None:
    """A Cyrillic name in German ("de") or English ("en") letters, or None.

    Args:
        name: A name in Cyrillic script.
        language: "de" or "en".
        in_ukraine: The place lies in Ukraine: the name is read as Ukrainian
            unless it has letters Ukrainian lacks (ы, э, ё, ъ). Elsewhere it
            is Ukrainian only when it has letters only Ukrainian has (і, ї, є, ґ).
    """
    if not _CYRILLIC.search(name):
        return None
    ukrainian = (
        not _RUSSIAN_ONLY.search(name) if in_ukraine else bool(_UKRAINIAN_ONLY.search(name))
    )
    table = (_DE_UK if ukrainian else _DE_RU) if language == "de" else (
        _EN_UK if ukrainian else _EN_RU
    )
    out: list[str] = []
    previous = ""
    for i, char in enumerate(name):
        lower = char.lower()
        upper = char != lower
        following = name[i + 1].lower() if i + 1 < len(name) else ""
        word_start = not previous or not (previous.isalpha() or previous in "'’ʼ")
        if language == "en" and ukrainian and lower in _EN_UK_INITIAL:
            letters = (_EN_UK_INITIAL if word_start else _EN_UK_MEDIAL)[lower]
        elif lower == "с" and language == "de" and previous in _VOWELS and following in _VOWELS:
            letters = "ss"  # German: "Часів" -> "Tschassiw"
        elif lower == "е" and language == "de" and not ukrainian and (
            word_start or previous in _VOWELS or previous in "ьъ"
        ):
            letters = "je"
        elif lower in table:
            letters = table[lower]
        elif char.isascii():
            letters = lower
        else:
            return None  # a letter of another script
        out.append(_cased(letters, upper))
        previous = lower
    text = "".join(out)
    return text if _LATIN_NAME.match(text) else None


def _ascii(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[`ʿʾ‘]", "", text)


def germanise_romanised(name: str, *, v_to_w: bool = True) -> list[str]:
    """German forms of a name romanised the English or French way.

    Args:
        name: A town or person name.
        v_to_w: Spell "v" as "w" (Persian and Arabic romanisations); Hebrew
            names keep their "v" in German ("Joav").

    Returns:
        Up to two forms ("q" kept and "q" -> "k"), without the name itself.
    """
    text = _ascii(name)
    if not _LATIN_NAME.match(text):
        return []
    text = text.replace("Dj", "Dsch").replace("dj", "dsch")
    text = text.replace("J", "Dsch").replace("j", "dsch")
    text = text.replace("yy", "jj")  # "Hayya" -> "Hajja"
    text = text.replace("Kh", "Ch").replace("kh", "ch")
    text = text.replace("Sh", "Sch").replace("sh", "sch")
    text = text.replace("Ou", "U").replace("ou", "u").replace("ee", "i").replace("oo", "u")
    if v_to_w:
        text = text.replace("V", "W").replace("v", "w")
    # "y" before a vowel is "j" ("Yunis", "Kiryat"), elsewhere "i" ("Hudaydah").
    text = re.sub(r"Y(?=[aeiou])", "J", text)
    text = re.sub(r"y(?=[aeiou])", "j", text)
    text = text.replace("Y", "I").replace("y", "i")
    forms = [text]
    if "q" in text.lower():
        forms.append(re.sub(r"Q", "K", text).replace("q", "k"))
    return [form for form in dict.fromkeys(forms) if form != name and _LATIN_NAME.match(form)]


# Romanisation key: one pass over letter groups, longest first. Groups that
# different romanisations of one Arabic, Persian or Pashto letter use fall
# together: German and English spellings of the consonants, then the vowels.
_KEY_LETTERS = {
    "dsch": "j", "tsch": "ch", "sch": "s", "dj": "j", "zh": "j", "sh": "s", "z": "s",
    "kh": "k", "ch": "k", "q": "k", "c": "k", "gh": "g", "th": "t", "dh": "d", "ph": "f",
    "v": "w", "ou": "u", "oo": "u", "o": "u", "ee": "i", "ie": "i", "ei": "ai", "ey": "ai",
    "ay": "ai", "e": "a",
}
_KEY_PATTERN = re.compile("|".join(sorted(_KEY_LETTERS, key=len, reverse=True)))
# Arabic articles before a word, assimilated or not ("al-", "el ", "ash-", "as ").
_KEY_ARTICLE = re.compile(r"(?:^|(?<=\s))(?:a|e)(?:l|[dnrstz]h?)[-\s](?=\w)")
_KEY_Y_BEFORE_VOWEL = re.compile(r"(?:^|(?<=[^aeiou]))y(?=[aeiou])")
_KEY_FINAL_H = re.compile(r"(?<=[aeiou])h\b")
_KEY_SEPARATORS = re.compile(r"[\s\-]+")
_KEY_DOUBLED = re.compile(r"(.)\1+")


def romanisation_key(name: str) -> str:
    """A key on which romanisations of one Arabic-, Persian- or Pashto-script name agree.

    Folds case, accents, apostrophes and ayn marks, spaces and hyphens, the
    article ("al-", "el-", "ash-", "as-"...), German and English consonant
    spellings ("sch"/"sh", "dsch"/"j", "ch"/"kh", "w"/"v", "s"/"z", "q"/"k"),
    vowel spellings ("ou"/"u", "ee"/"i", "ei"/"ay", "e"/"a"), a final "h"
    after a vowel ("-ah"/"-a") and doubled letters. "Asas" and "Azaz", "Sheikh
    Zuweid" and "Ash Shaykh Zuwayd", "Turmus Ayya" and "Turmus'ayya" share keys.
    The key is far coarser than a spelling: use it only where the context says
    a place is meant.
    """
    text = _ascii(name).lower().replace("'", "").replace("’", "")
    text = _KEY_ARTICLE.sub("", text)
    text = _KEY_Y_BEFORE_VOWEL.sub("j", text)
    text = _KEY_FINAL_H.sub("", text)
    # Letter groups within a word only: "Kirjat Schmona" has no "tsch".
    text = _KEY_PATTERN.sub(lambda m: _KEY_LETTERS[m.group()], text)
    text = _KEY_SEPARATORS.sub("", text)
    text = text.replace("y", "i")
    return _KEY_DOUBLED.sub(r"\1", text)


# German writes the final "-ah" of an Arabic name with "ch" ("Deir al-Balach").
_GERMAN_FINAL_CH = re.compile(r"(?<=[aeiou])ch\b")


def english_final_h(name: str) -> str | None:
    """``name`` with a German word-final "ch" after a vowel written as English "h".

    "Deir al-Balach" -> "Deir al-Balah". The romanisation key cannot fold this
    itself: the same German "ch" stands for English "kh" in "Scheich"/"Sheikh".
    None when the name has no such ending.
    """
    respelled = _GERMAN_FINAL_CH.sub("h", name)
    return None if respelled == name else respelled


# English romanisation of Russian and Ukrainian -> German, one pass, longest first.
_SLAVIC = {
    "shch": "schtsch", "kh": "ch", "zh": "sch", "ch": "tsch", "sh": "sch", "ts": "z",
    "yu": "ju", "ya": "ja", "ye": "je", "yo": "jo", "yi": "ji", "z": "s", "v": "w",
}
_SLAVIC_PATTERN = re.compile("|".join(sorted(_SLAVIC, key=len, reverse=True)), re.IGNORECASE)
# Already German: these never occur in English romanisations.
_GERMAN_LOOK = re.compile(r"sch|tsch|w|ß|ä|ö|ü", re.IGNORECASE)


def _slavic_letters(match: re.Match[str]) -> str:
    english = match.group()
    return _cased(_SLAVIC[english.lower()], english[:1].isupper())


def _slavic_word(word: str) -> str:
    word = re.sub(r"(?:yy|yi|iy|ii)$", lambda m: m.group()[0] + "j", word)  # Selenskyj, Andrij
    word = re.sub(r"ey$", "ej", word)  # "Sergey" -> "Sergej"
    word = re.sub(r"(?<=[^aeiouy])y$", "i", word)  # "Dmitry" -> "Dmitri"
    word = re.sub(r"(?<=[aeiou])s(?=[aeiou])", "ss", word)  # "Gerasimov" -> "Gerassimow"
    return _SLAVIC_PATTERN.sub(_slavic_letters, word)


def germanise_slavic(name: str) -> str | None:
    """The German form of a Russian or Ukrainian name written the English way.

    "Sergei Shoigu" -> "Sergei Schoigu", "Volodymyr Zelenskyy" -> "Wolodymyr
    Selenskyj", "Maria Zakharova" -> "Maria Sacharowa". None when nothing changes.
    """
    text = _ascii(name)
    if not _LATIN_NAME.match(text) or _GERMAN_LOOK.search(text):
        return None
    form = " ".join("-".join(_slavic_word(part) for part in word.split("-"))
                    for word in text.split(" "))
    return form if form != name else None


def variants(names: list[str], country_code: str) -> set[str]:
    """German and English spelling variants of a place's names (see module docstring).

    Args:
        names: The GeoNames primary and alternate names of one place.
        country_code: Its ISO country code.

    Returns:
        New Latin-script forms, not including the given names.
    """
    out: set[str] = set()
    if country_code in CYRILLIC_COUNTRIES:
        for name in names:
            for language in ("de", "en"):
                form = transliterate_cyrillic(name, language, in_ukraine=country_code == "UA")
                if form is not None:
                    out.add(form)
    if country_code in ROMANISED_COUNTRIES:
        for name in names:
            if name.isascii() or _ascii(name).isascii():
                out.update(germanise_romanised(name, v_to_w=country_code != "IL"))
    return out - set(names)


__all__ = [
    "CYRILLIC_COUNTRIES",
    "ROMANISED_COUNTRIES",
    "english_final_h",
    "germanise_romanised",
    "germanise_slavic",
    "romanisation_key",
    "transliterate_cyrillic",
    "variants",
]
