"""Text layers: language id, tokens, sentences, lemmas (per language in de/, en/)."""
