"""Person-role-organisation relations, German and English."""

from __future__ import annotations

import pytest

from lagebild.model import Role
from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from lagebild.service import make_document
from lagebild.stages.entities import text_stages


@pytest.fixture(scope="module")
def role_pipeline(resources: Resources) -> Pipeline:
    stages = [*text_stages(resources.settings), "entities", "roles"]
    return Pipeline(stages=stages, resources=resources)


def roles_of(pipeline: Pipeline, text: str, language: str,
             published: str | None = "2023-10-25") -> list[Role]:
    return list(pipeline.run(make_document(text, language=language, published=published)).roles)


# (language, sentence, person text, role, organisation text, person id, organisation id)
ROLES = [
    ("de", "Hamas-Vizechef Saleh al-Arouri wurde getötet.", "Saleh al-Arouri", "deputy leader",
     "Hamas", "lb:saleh-al-arouri", "Q38799"),
    ("de", "Islamischer-Jihad-Chef Ziad al-Nakhala drohte.", "Ziad al-Nakhala", "leader",
     "Islamischer-Jihad", "lb:ziyad-al-nakhalah", "lb:palestinian-islamic-jihad"),
    ("de", "Israels Premierminister Benjamin Netanjahu sprach.", "Benjamin Netanjahu",
     "prime minister", "Israels", "Q43723", "Q801"),
    ("de", "Der israelische Ministerpräsident Benjamin Netanjahu sprach.", "Benjamin Netanjahu",
     "prime minister", "israelische", "Q43723", "Q801"),
    ("de", "Der Chef der Hamas, Jahia Sinwar, versteckt sich.", "Jahia Sinwar", "leader",
     "Hamas", "lb:yahya-sinwar", "Q38799"),
    ("de", "Hassan Nasrallah, Generalsekretär der Hisbollah, drohte.", "Hassan Nasrallah",
     "secretary-general", "Hisbollah", "lb:hassan-nasrallah", "lb:hezbollah"),
    ("de", "US-Außenminister Antony Blinken reiste ab.", "Antony Blinken", "foreign minister",
     "US", "lb:antony-blinken", "Q30"),
    ("de", "Hisbollah-Sprecher Ali Karaki widersprach.", "Ali Karaki", "spokesperson",
     "Hisbollah", None, "lb:hezbollah"),
    ("de", "Präsident Joe Biden sagte Hilfe zu.", "Joe Biden", "president", None, "Q6279", None),
    ("en", "Israeli Prime Minister Benjamin Netanyahu spoke.", "Benjamin Netanyahu",
     "prime minister", "Israeli", "Q43723", "Q801"),
    ("en", "Hezbollah leader Hassan Nasrallah spoke.", "Hassan Nasrallah", "leader",
     "Hezbollah", "lb:hassan-nasrallah", "lb:hezbollah"),
    ("en", "Iran's foreign minister, Hossein Amir-Abdollahian, spoke.",
     "Hossein Amir-Abdollahian", "foreign minister", "Iran", "lb:hossein-amir-abdollahian",
     "Q794"),
    ("en", "Nasrallah, the leader of Hezbollah, spoke.", "Nasrallah", "leader", "Hezbollah",
     "lb:hassan-nasrallah", "lb:hezbollah"),
    ("en", "Hamas deputy chief Saleh al-Arouri was killed.", "Saleh al-Arouri",
     "deputy leader", "Hamas", "lb:saleh-al-arouri", "Q38799"),
]


@pytest.mark.parametrize(("language", "sentence", "person", "role", "org", "person_id",
                          "org_id"), ROLES)
def test_roles(role_pipeline: Pipeline, language: str, sentence: str, person: str, role: str,
               org: str | None, person_id: str | None, org_id: str | None) -> None:
    found = [r for r in roles_of(role_pipeline, sentence, language) if r.person == person]
    assert len(found) == 1, roles_of(role_pipeline, sentence, language)
    record = found[0]
    assert (record.role, record.organization) == (role, org)
    assert record.organization_kb_id == org_id
    if person_id is None:
        assert record.person_kb_id is None
    else:
        assert record.person_kb_id == person_id
    assert sentence[record.start : record.end].count(person) == 1


@pytest.mark.parametrize(
    ("language", "sentence", "published", "holder"),
    [
        ("en", "Iran's foreign minister said the talks failed.", "2023-10-25",
         "lb:hossein-amir-abdollahian"),
        ("en", "Iran's foreign minister said the talks failed.", "2024-10-01",
         "lb:abbas-araghchi"),
        ("de", "Irans Außenminister sagte, die Gespräche seien gescheitert.", "2020-05-01",
         "lb:mohammad-javad-zarif"),
        ("de", "Der Hisbollah-Chef drohte Israel.", "2020-05-01", "lb:hassan-nasrallah"),
        ("de", "Der Hisbollah-Chef drohte Israel.", "2025-01-10", "lb:naim-qassem"),
        ("de", "Irans Außenminister sagte, die Gespräche seien gescheitert.", None, None),
    ],
)
def test_unnamed_role_holder_from_dates(role_pipeline: Pipeline, language: str, sentence: str,
                                        published: str | None, holder: str | None) -> None:
    found = roles_of(role_pipeline, sentence, language, published)
    assert len(found) == 1
    assert found[0].person_kb_id == holder


def test_no_role_without_role_noun(role_pipeline: Pipeline) -> None:
    assert roles_of(role_pipeline, "Hamas und Israel kämpfen weiter.", "de") == []


@pytest.mark.parametrize(
    ("language", "sentence", "person", "role", "org_id"),
    [
        ("en", "Hezbollah's top commander Fuad Shukr was killed.", "Fuad Shukr", "commander",
         "lb:hezbollah"),
        ("de", "Der ehemalige Hamas-Chef Chaled Maschal lebt in Katar.", "Chaled Maschal",
         "leader", "Q38799"),
        ("de", "EU-Außenbeauftragter Josep Borrell kritisierte die Angriffe.", "Josep Borrell",
         "foreign policy chief", "Q458"),
        ("de", "Bundesaußenministerin Annalena Baerbock reiste ab.", "Annalena Baerbock",
         "foreign minister", None),
    ],
)
def test_roles_with_modifiers_and_compounds(role_pipeline: Pipeline, language: str,
                                            sentence: str, person: str, role: str,
                                            org_id: str | None) -> None:
    found = [r for r in roles_of(role_pipeline, sentence, language) if r.person == person]
    assert [(r.role, r.organization_kb_id) for r in found] == [(role, org_id)]
