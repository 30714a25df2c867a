"""Coverage pass 10 (link13): companies, outlets and an association the KB lacked."""

from __future__ import annotations

import pytest

from lagebild.actors.gazetteer import Gazetteer
from lagebild.actors.kb import KnowledgeBase
from tests.actors.test_gazetteer import matched
from tests.actors.test_kb_link9 import _entry_of

# That each row of organisations_link13.yaml is a new curated entry sharing no name
# with another entry is tested with the previous pass (test_kb_link12.py).


@pytest.mark.parametrize(
    ("lang", "text", "span", "name"),
    [
        ("de", "Der Bergbaukonzern Barrick Gold verlor seine Mine.", "Barrick Gold",
         "Barrick Gold"),
        ("en", "Vattenfall sold its Berlin heating business.", "Vattenfall", "Vattenfall"),
        ("en", "Bellingcat identified the unit behind the strike.", "Bellingcat",
         "Bellingcat"),
        ("de", "Der ADAC warnt vor Staus zum Ferienbeginn.", "ADAC", "ADAC"),
        ("en", "Tens of thousands of Serbians marched in Belgrade.", "Serbians", "Serbia"),
        ("de", "Die katholische Kirche entschuldigte sich.", "katholische Kirche",
         "Catholic Church"),
        ("en", "The Russian Orthodox Church backed the war.", "Russian Orthodox Church",
         "Russian Orthodox Church"),
        ("de", "Der Bauernverband fordert Entlastungen.", "Bauernverband",
         "German Farmers' Association"),
        ("de", "Der Marburger Bund ruft zum Warnstreik auf.", "Marburger Bund",
         "Marburger Bund"),
        ("en", "The NRA opposed the bill.", "NRA", "National Rifle Association"),
        ("de", "Die Weißhelme bargen Verschüttete.", "Weißhelme",
         "White Helmets (Syrian civil war)"),
    ],
)
def test_mentions(gazetteers: dict[str, Gazetteer], kb: KnowledgeBase, lang: str, text: str,
                  span: str, name: str) -> None:
    assert matched(gazetteers[lang], text).get(span) == _entry_of(kb, name)


def test_a_family_name_alone_does_not_link(gazetteers: dict[str, Gazetteer]) -> None:
    # "Barrick" is a short name: it links only after the full name in the same document.
    assert "Barrick" not in matched(gazetteers["en"], "Barrick, a retired teacher, said so.")
