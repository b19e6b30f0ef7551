"""Actors: a time-aware knowledge base of who is who, and a resolver of the noun phrases that name them."""

from detente.actors.kb import KnowledgeBase, load_kb
from detente.actors.resolve import DocumentActors, Resolver

__all__ = ["DocumentActors", "KnowledgeBase", "Resolver", "load_kb"]
