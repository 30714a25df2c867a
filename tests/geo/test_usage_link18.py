"""Place or actor (link18): German objects further from their verb.

Each case has a look-alike twin that keeps the other reading.
"""

from __future__ import annotations

import pytest

from lagebild.geo.usage import NameKind
from lagebild.pipeline import Pipeline
from lagebild.resources import Resources
from tests.geo.test_usage import use_of


@pytest.fixture(scope="module")
def text_pipeline(resources: Resources) -> Pipeline:
    return Pipeline.through("lemmas", resources=resources)


# (language, sentence, name, kind, expected use)
CASES = [
    # The object of a verb of striking or visiting past the inverted subject, past adverbs
    # or an adverbial phrase is the place struck or visited.
    ("de", "Im Frühjahr bombardierten die Saudis den Jemen.", "Jemen", "country", "location"),
    ("de", "Am Mittwoch beschossen die Rebellen erneut Ruanda.", "Ruanda", "country",
     "location"),
    ("de", "Heute besuchte die Kanzlerin Kenia.", "Kenia", "country", "location"),
    ("de", "Die Milizen beschossen in der Nacht Ruanda.", "Ruanda", "country", "location"),
    # Twins: a verb of saying keeps the state; a genitive after a noun belongs to it.
    ("de", "Heute kritisierte die Kanzlerin Kenia.", "Kenia", "country", "actor"),
    ("de", "Am Montag beschossen Einheiten der Ukraine russische Stellungen.", "Ukraine",
     "country", "actor"),
    # A verb of reaching makes its object the place reached; as an inverted subject the
    # country acts.
    ("de", "Hunderte Familien erreichten Ruanda.", "Ruanda", "country", "location"),
    ("de", "Die Flüchtlinge erreichten nach einer langen Reise Uganda.", "Uganda", "country",
     "location"),
    ("de", "Am Freitag erreichte Ruanda eine Einigung mit dem Kongo.", "Ruanda", "country",
     "actor"),
    # An adverb opening the sentence is no subject: the country after the verb acts.
    ("de", "Gestern beschoss Armenien Stellungen an der Grenze.", "Armenien", "country",
     "actor"),
    ("de", "Danach besuchte Ghana den Nachbarn.", "Ghana", "country", "actor"),
]


@pytest.mark.parametrize(("language", "text", "name", "kind", "expected"), CASES)
def test_use(text_pipeline: Pipeline, language: str, text: str, name: str, kind: NameKind,
             expected: str) -> None:
    assert use_of(text_pipeline, text, language, name, kind) == expected
