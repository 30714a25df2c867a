"""Coded error messages.

Every error a user can meet has a stable code so that logs, the CLI, the REST
API and tests can tell errors apart without parsing prose. Messages are one
line and name the file (and line) they concern.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    """Stable error codes; the value is what users see."""

    # Input (ingest)
    EMPTY = "E101"
    BINARY = "E102"
    TOO_LARGE = "E103"
    BAD_JSON = "E104"
    MISSING_FIELD = "E105"
    UNREADABLE = "E106"
    BAD_ENCODING = "E107"
    NOT_FOUND = "E108"
    BAD_HTML = "E109"
    BAD_FEED = "E110"
    BAD_DATE = "E111"
    # Language
    UNSUPPORTED_LANGUAGE = "E201"
    UNKNOWN_LANGUAGE = "E202"
    # Pipeline
    STAGE_FAILED = "E301"
    PIPELINE_ORDER = "E302"
    UNKNOWN_STAGE = "E303"
    # Store
    STORE = "E401"
    SCHEMA_VERSION = "E402"
    # Settings and usage
    SETTINGS = "E501"
    USAGE = "E502"
    # Evaluation
    EVAL_DATA = "E601"
    # Resources
    RESOURCE = "E701"
    # REST API (requests that are not about the input text itself)
    API_NOT_FOUND = "E801"
    API_METHOD_NOT_ALLOWED = "E802"
    API_UNAUTHORIZED = "E803"
    API_FORBIDDEN = "E804"
    API_READ_ONLY = "E805"
    API_BAD_REQUEST = "E806"
    API_INTERNAL = "E899"


class LagebildError(Exception):
    """An error with a code, a one-line message and the place it concerns."""

    def __init__(
        self,
        code: Code,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path
        self.line = line

    @property
    def reason(self) -> str:
        """The short reason, without place: used to count rejections by reason."""
        return self.message

    def __str__(self) -> str:
        place = ""
        if self.path is not None:
            place = self.path if self.line is None else f"{self.path}:{self.line}"
            place += ": "
        return f"{place}error {self.code.value}: {self.message}"


class InputError(LagebildError):
    """Input that cannot be read as a news document."""


class UnsupportedLanguageError(LagebildError):
    """Text in a language the pipeline has no resources for."""

    def __init__(self, language: str, supported: tuple[str, ...], path: str | None = None):
        super().__init__(
            Code.UNSUPPORTED_LANGUAGE,
            f"unsupported language {language}; supported: {', '.join(supported)}",
            path=path,
        )
        self.language = language


class StageError(LagebildError):
    """A pipeline stage raised; names the stage and the document."""

    def __init__(self, stage: str, doc_id: str, cause: BaseException, path: str | None = None):
        super().__init__(
            Code.STAGE_FAILED,
            f"stage '{stage}' failed on document {doc_id}: {type(cause).__name__}: {cause}",
            path=path,
        )
        self.stage = stage
        self.doc_id = doc_id
        self.cause = cause


class PipelineConfigError(LagebildError):
    """The configured stages cannot run in the configured order."""


class StoreError(LagebildError):
    """The database cannot be opened, migrated or written."""


class SettingsError(LagebildError):
    """A settings file is malformed or names unknown options."""


class EvalDataError(LagebildError):
    """Evaluation data is missing or malformed."""
