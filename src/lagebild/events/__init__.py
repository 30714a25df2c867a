"""Event coding: PLOVER 2.0 event records from German and English clauses.

The stage ``events`` (:mod:`lagebild.stages.events`) uses these modules:

* :mod:`.ontology`: PLOVER types, modes, quad classes and the CAMEO mapping.
* :mod:`.lexicon`: the trigger lexicons (German and English TSV files, plus the
  English CAMEO verb dictionary converted from PETRARCH2).
* :mod:`.cameo`: matching of CAMEO verb patterns around an English verb.
* :mod:`.clauses`: clause segmentation and noun-phrase chunks over tokens and lemmas.
* :mod:`.arguments`: source and target actors from entity mentions in clause slots.
* :mod:`.coder`: triggers, modality, date, location, quantities, attribution,
  confidence, evidence; one :class:`~lagebild.model.Event` per reported event.
"""
