"""Fixtures shared by the unit tests of the event coder."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events import EventCandidate, extract_events, load_lexicon


@pytest.fixture(scope="session")
def code(nlp):
    """Code one sentence with the real resolver and lexicon, as of 2023-06-01."""
    from detente.actors import Resolver, load_kb

    resolver = Resolver(load_kb())
    lexicon = load_lexicon()

    def run(text: str) -> list[EventCandidate]:
        doc = nlp(text)
        return extract_events(doc, resolver.for_document(doc, dt.date(2023, 6, 1)), lexicon)

    return run
