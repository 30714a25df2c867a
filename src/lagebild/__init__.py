"""lagebild: verifiable, structured event records from German and English news."""

from lagebild.service import analyze
from lagebild.model import AnalysisResult

__version__ = "0.1.0"

__all__ = ["AnalysisResult", "__version__", "analyze"]
