"""Language identification (stage ``language``) with lingua.

Only the first ``[language] sample_chars`` characters are read: a news report
does not change language halfway, and detection time grows with length.
lingua's low-accuracy mode (trigram models only) is used: on report-length
text it decides the same, and the high-accuracy models of twenty languages
take about 450 MB more memory and twice the time.
"""

from __future__ import annotations

from dataclasses import dataclass

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from lagebild.errors import Code, UnsupportedLanguageError
from lagebild.pipeline import Analysis
from lagebild.registry import stage
from lagebild.resources import Resources

# lingua names Norwegian Bokmål "nb"; users say "no".
_ALIASES = {"no": "nb"}


@dataclass(frozen=True)
class LanguageGuess:
    """The detected language and how sure the detector is."""

    language: str | None
    confidence: float


def _build_detector(resources: Resources, _: str) -> LanguageDetector:
    codes = [
        getattr(IsoCode639_1, _ALIASES.get(code, code).upper())
        for code in resources.settings.get("language", "detectable")
    ]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def detect_language(text: str, resources: Resources) -> LanguageGuess:
    """Detects the language of ``text``.

    A supported language close behind an unsupported winner on a short or
    uncertain text is preferred, since names ("Hamas") can tip short texts
    towards other languages.

    Args:
        text: The text; only its beginning is read.
        resources: Where the detector is cached.

    Returns:
        The ISO 639-1 code (None when the text has no letters) and confidence.
    """
    detector = resources.load(_build_detector)
    sample = text[: int(resources.settings.get("language", "sample_chars"))]
    values = detector.compute_language_confidence_values(sample)
    if not values or values[0].value <= 0.0:
        return LanguageGuess(None, 0.0)
    supported = set(resources.supported_languages)
    best = values[0]
    best_code = best.language.iso_code_639_1.name.lower()
    min_confidence = float(resources.settings.get("language", "min_confidence"))
    if best_code not in supported and best.value < min_confidence:
        for candidate in values[1:]:
            code = candidate.language.iso_code_639_1.name.lower()
            if code in supported and candidate.value >= best.value / 2:
                return LanguageGuess(code, candidate.value)
    return LanguageGuess("no" if best_code == "nb" else best_code, best.value)


@stage("language", requires=("document",), assigns=("language", "rejection"))
def identify_language(analysis: Analysis, resources: Resources) -> Analysis:
    """Sets the document language (given, else detected); rejects unsupported ones."""
    language = analysis.document.language
    if language is None:
        language = detect_language(analysis.text, resources).language
    if language is None:
        return analysis.replace(
            rejection=f"error {Code.UNKNOWN_LANGUAGE.value}: no language could be identified"
        )
    if language not in resources.supported_languages:
        error = UnsupportedLanguageError(language, resources.supported_languages)
        return analysis.replace(language=language, rejection=str(error))
    return analysis.replace(language=language)
