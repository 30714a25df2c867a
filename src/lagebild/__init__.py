"""lagebild: verifiable, structured event records from German and English news."""

from lagebild.model import AnalysisResult
from lagebild.service import analyze

__version__ = "0.1.0"

__all__ = ["AnalysisResult", "__version__", "analyze"]
