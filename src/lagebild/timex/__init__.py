"""Temporal expressions: recognition, TIMEX3 normalisation, anchoring, date inference.

The pipeline stage ``time`` (:mod:`lagebild.stages.time`) runs these steps:
:mod:`~lagebild.timex.recognize` finds expressions with the grammar in
:mod:`~lagebild.timex.grammar` and the word lists in ``resources/<lang>/time_*.tsv``;
:mod:`~lagebild.timex.infer` infers a missing publication date from the text;
:mod:`~lagebild.timex.resolve` picks the anchoring regime (news or narrative)
and computes TIMEX3 values with :mod:`~lagebild.timex.values`.
"""
