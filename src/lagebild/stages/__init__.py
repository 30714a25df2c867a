"""Pipeline stages. Importing this package registers every built-in stage (one line each)."""

import lagebild.stages.entities
import lagebild.stages.events
import lagebild.stages.geo
import lagebild.stages.ner
import lagebild.stages.quantities
import lagebild.stages.quotes
import lagebild.stages.roles
import lagebild.stages.time
import lagebild.text.langid
import lagebild.text.lemmas
import lagebild.text.sentences
import lagebild.text.tokens
