"""Imports every module that registers an evaluation task (one line each)."""

import lagebild.eval.events
import lagebild.eval.linking
import lagebild.eval.ner
import lagebild.eval.places
import lagebild.eval.quantities
import lagebild.eval.quotes
import lagebild.eval.quotes_news
import lagebild.eval.segmentation
import lagebild.eval.time
