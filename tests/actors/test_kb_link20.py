"""Coverage pass 16 (link20): companies, outlets, parties, state bodies, organisations and
persons of 2022-2026 news, and the common words among their names that must stay unlinked."""

from __future__ import annotations

import pytest

from lagebild.actors.gazetteer import Gazetteer
from lagebild.actors.kb import KnowledgeBase
from tests.actors.test_gazetteer import matched
from tests.actors.test_kb_link9 import _entry_of, _rows

FILES = ("persons_link20.yaml", "organisations_link20.yaml")


def test_entries_of_the_pass_are_curated(kb: KnowledgeBase) -> None:
    """Each row makes (or takes over) one curated entry."""
    for name in FILES:
        for row in _rows(name):
            assert kb.entries[_entry_of(kb, str(row["name"]))].source in ("curated", "both")


@pytest.mark.parametrize(
    ("lang", "text", "span", "name"),
    [
        ("de", "Der Maschinenbauer Trumpf senkte seine Prognose.", "Maschinenbauer Trumpf",
         "Trumpf (company)"),
        ("de", "Vor der Zentrale von Knorr-Bremse protestierten Beschäftigte.", "Knorr-Bremse",
         "Knorr-Bremse"),
        ("en", "Euroclear holds most of the immobilised central bank assets.", "Euroclear",
         "Euroclear"),
        ("de", "Telegram sperrte nach dem Urteil mehrere Kanäle.", "Telegram",
         "Telegram (software)"),
        ("en", "Coinbase shares jumped after the ruling.", "Coinbase", "Coinbase"),
        ("de", "Das Weimarer Dreieck kam in Paris zusammen.", "Weimarer Dreieck",
         "Weimar Triangle"),
        ("en", "The Venice Commission criticised the draft law.", "Venice Commission",
         "Venice Commission"),
        ("de", "Die Parlamentarische Versammlung des Europarats stimmte der Resolution zu.",
         "Parlamentarische Versammlung des Europarats",
         "Parliamentary Assembly of the Council of Europe"),
        ("de", "Die Zentrale Wahlkommission Russlands meldete eine hohe Beteiligung.",
         "Zentrale Wahlkommission Russlands", "Central Election Commission of Russia"),
        ("en", "GSG 9 officers stormed the flat at dawn.", "GSG 9", "GSG 9"),
        ("de", "Die Deutsche Marine schickt eine Fregatte in den Indopazifik.",
         "Deutsche Marine", "German Navy"),
        ("en", "Kenya's IEBC postponed the by-election.", "IEBC",
         "Independent Electoral and Boundaries Commission"),
        ("de", "Kartellamtschef Andreas Mundt kündigte eine Prüfung an.", "Andreas Mundt",
         "Andreas Mundt"),
        ("en", "James Comey pleaded not guilty in Alexandria.", "James Comey", "James Comey"),
        ("de", "Energieministerin Switlana Hryntschuk trat zurück.", "Switlana Hryntschuk",
         "Svitlana Hrynchuk"),
        ("de", "Die Junge Welt druckte den Aufruf im Wortlaut.", "Junge Welt", "Junge Welt"),
        ("en", "Schaeffler cut another 3,000 jobs in Germany.", "Schaeffler", "Schaeffler Group"),
        # German federal ministries; the Defense Department's second name.
        ("de", "Das Bundesarbeitsministerium legte einen Entwurf vor.",
         "Bundesarbeitsministerium", "Federal Ministry of Labour and Social Affairs"),
        ("en", "The Department of War announced another strike on a boat.", "Department of War",
         "United States Department of Defense"),
    ],
)
def test_mentions(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase, lang: str, text: str,
                  span: str, name: str) -> None:
    assert matched(gazetteers[lang], text).get(span) == _entry_of(kb, name)


@pytest.mark.parametrize(
    ("lang", "text", "word", "name"),
    [
        # German nouns and idioms that are names of entries of the pass only in longer forms
        # or after the full name ("Trumpf", "Grab", "Damen", "Allegro") or not at all.
        ("de", "Der Kanzler spielte seinen letzten Trumpf aus.", "Trumpf", "Trumpf (company)"),
        ("de", "Am Grab des Soldaten legten sie Blumen nieder.", "Grab", "Grab Holdings"),
        ("de", "Die Damen gewannen das Finale in Berlin.", "Damen", "Damen Shipyards Group"),
        ("de", "Das Allegro klang an diesem Abend zu schnell.", "Allegro", "Allegro (company)"),
        ("de", "Die Partei kündigte ein Mitgliedervotum an.", "Partei", "Die PARTEI"),
        ("de", "Die Mitte der Gesellschaft ist nach rechts gerückt.", "Mitte",
         "The Centre (Switzerland)"),
        ("de", "Der Freitag begann mit Regen und Sturm.", "Freitag", "Der Freitag"),
        ("de", "Neste aus Zweigen hingen in den Bäumen.", "Neste", "Neste"),
        ("de", "Er kaufte sich ein Quad für den Sommer.", "Quad",
         "Quadrilateral Security Dialogue"),
        # Every air force is a Luftwaffe in German; only English copy means Germany's.
        ("de", "Die russische Luftwaffe bombardierte die Stadt.", "Luftwaffe",
         "German Air Force"),
        # Places and persons that share a company's short name.
        ("de", "In Sabadell demonstrierten Tausende.", "Sabadell", "Banco Sabadell"),
        ("de", "Ein Bild von Leonardo da Vinci hängt im Louvre.", "Vinci", "Vinci SA"),
        ("en", "Vanguard units led the assault on the town.", "Vanguard", "The Vanguard Group"),
        ("en", "He sent a telegram to the king.", "telegram", "Telegram (software)"),
    ],
)
def test_common_words_stay_unlinked(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase,
                                    lang: str, text: str, word: str, name: str) -> None:
    found = matched(gazetteers[lang], text)
    entry = _entry_of(kb, name)
    assert all(entry != linked for span, linked in found.items() if word in span)
