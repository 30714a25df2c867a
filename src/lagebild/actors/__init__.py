"""Actors: the knowledge base, its matcher and the role lexicon."""
