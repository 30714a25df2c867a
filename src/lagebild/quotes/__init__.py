"""Quotes and attribution: who said what, and according to whom.

* :mod:`~lagebild.quotes.marks` pairs quotation marks in every German and
  English style.
* :mod:`~lagebild.quotes.rules` finds cues, speakers and prepositional
  attributions ("laut X", "according to X") with lexicons.
* :mod:`~lagebild.quotes.tagger` is a CRF speech-event tagger (cue and roles)
  trained on SpkAtt-2023, read and written by :mod:`~lagebild.quotes.spkatt`;
  its cue CRF reads the cue rates of :mod:`~lagebild.quotes.inventory`;
  :mod:`~lagebild.quotes.sources` chooses the Source and Addr of each event
  among the sentence's phrases with the conditional logit model of
  :mod:`~lagebild.quotes.choice`.

The pipeline stage that combines them is :mod:`lagebild.stages.quotes`.
"""
