"""The SpkAtt-2023 data format (Task 1), read and written.

One JSON file per speech: ``{"Sentences": [{"SentenceId": 0, "Tokens": [...]}, ...],
"Annotations": [{"Cue": ["2:9"], "Source": ["2:0", "2:1"], ...}, ...]}``. Token
references are ``"<SentenceId>:<token index>"``. A speech event may refer to
tokens of several sentences (e.g. a Source in the sentence before its cue).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import Code, EvalDataError

# The cue first, then the roles in the order of the official format description.
ROLES: tuple[str, ...] = ("Cue", "Source", "Message", "Addr", "Topic", "Medium", "Evidence", "PTC")
ARGUMENT_ROLES: tuple[str, ...] = ROLES[1:]

TokenRef = tuple[int, int]
"""(SentenceId, token index), both from 0."""


@dataclass(frozen=True)
class SpeechEvent:
    """One annotated speech event: the cue tokens and the tokens of each role."""

    roles: Mapping[str, frozenset[TokenRef]]

    def tokens(self, role: str) -> frozenset[TokenRef]:
        """Returns the tokens of ``role`` (empty when the role is not realised)."""
        return self.roles.get(role, frozenset())

    @property
    def cue(self) -> frozenset[TokenRef]:
        """The cue tokens."""
        return self.tokens("Cue")


@dataclass(frozen=True)
class SpeechDoc:
    """One speech: its sentences (tokens) and speech events."""

    name: str
    sentence_ids: tuple[int, ...]
    sentences: tuple[tuple[str, ...], ...]
    events: tuple[SpeechEvent, ...]


def _parse_ref(ref: str, path: Path) -> TokenRef:
    try:
        sentence, token = ref.split(":")
        return int(sentence), int(token)
    except ValueError:
        raise EvalDataError(
            Code.EVAL_DATA, f"bad token reference {ref!r} (expected 'S:T')", path=str(path)
        ) from None


def read_doc(path: Path) -> SpeechDoc:
    """Reads one SpkAtt Task 1 JSON file.

    Raises:
        EvalDataError: When the file is not valid JSON in the Task 1 format.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        raw_sentences = data["Sentences"]
        raw_events = data.get("Annotations", [])
        ids = tuple(int(s["SentenceId"]) for s in raw_sentences)
        sentences = tuple(tuple(str(t) for t in s["Tokens"]) for s in raw_sentences)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvalDataError(
            Code.EVAL_DATA, f"not a SpkAtt Task 1 file: {exc}", path=str(path)
        ) from None
    events = tuple(
        SpeechEvent(
            {
                role: frozenset(_parse_ref(ref, path) for ref in event.get(role, []))
                for role in ROLES
            }
        )
        for event in raw_events
    )
    return SpeechDoc(path.stem, ids, sentences, events)


def find_files(data: Path) -> list[Path]:
    """Returns the Task 1 JSON files under ``data``, sorted by name.

    ``data`` may be a folder of JSON files, or a folder that holds them in
    ``task1/`` or ``spkatt2023-train/task1/`` (the layout of ``quotes-de``).

    Raises:
        EvalDataError: When no JSON file is found.
    """
    for candidate in (data / "spkatt2023-train" / "task1", data / "task1", data):
        if candidate.is_dir():
            files = sorted(candidate.glob("*.json"))
            if files:
                return files
    if data.is_file() and data.suffix == ".json":
        return [data]
    raise EvalDataError(Code.EVAL_DATA, "no SpkAtt JSON files found", path=str(data))


def read_docs(paths: Iterable[Path]) -> list[SpeechDoc]:
    """Reads several SpkAtt files."""
    return [read_doc(path) for path in paths]


def is_dev(name: str, folds: int = 5) -> bool:
    """Tells whether a speech belongs to our own development part of the train split.

    The split is by speech (file stem) and fixed: a hash of the name, so that
    it does not depend on which other files are present. One speech in
    ``folds`` (20 %) is development data.
    """
    digest = hashlib.sha1(name.encode("utf-8")).digest()
    return digest[0] % folds == 0


def to_json(doc: SpeechDoc, events: Sequence[SpeechEvent]) -> dict[str, object]:
    """Returns ``doc`` with ``events`` as annotations, in the official Task 1 shape."""
    return {
        "Sentences": [
            {"SentenceId": sid, "Tokens": list(tokens)}
            for sid, tokens in zip(doc.sentence_ids, doc.sentences, strict=True)
        ],
        "Annotations": [
            {role: [f"{s}:{t}" for s, t in sorted(event.tokens(role))] for role in ROLES}
            for event in events
        ],
    }


def write_doc(path: Path, doc: SpeechDoc, events: Sequence[SpeechEvent]) -> None:
    """Writes ``doc`` with ``events`` as a Task 1 JSON file."""
    path.write_text(
        json.dumps(to_json(doc, events), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
