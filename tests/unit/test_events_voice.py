"""A state-run outlet's bare demands are its state's ("The U.S. should stop ..." in a KCNA
story); other outlets' reporters speak for no state, and quoted statements for their issuer.
All texts are our own, written in the style of state-media commentary."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import Resolver, load_kb
from detente.events import extract_events, load_lexicon
from detente.pipeline import Coder
from detente.records import Article, CodedArticle
from detente.settings import Settings


@pytest.fixture(scope="module")
def voiced(nlp):
    """Code a text as published by `source`."""
    resolver, lexicon = Resolver(load_kb()), load_lexicon()

    def run(text: str, source: str | None):
        doc = nlp(text)
        return extract_events(doc, resolver.for_document(doc, dt.date(2012, 6, 1)), lexicon,
                              resolver.voice_of(source))

    return run


def triples(events):
    return [(e.event, [a.country for a in e.actor], [r.country for r in e.recipient]) for e in events]


def test_state_media_are_marked_and_others_are_not():
    resolver = Resolver(load_kb())
    assert resolver.voice_of("KCNA").country == "PRK"
    assert resolver.voice_of("Xinhua").country == "CHN"
    assert resolver.voice_of("Reuters") is None
    assert resolver.voice_of(None) is None


@pytest.mark.parametrize(("text", "recipient"), [
    ("Japan should make a sincere apology for its past crimes against the Korean people.", ["JPN"]),
    ("The south Korean authorities must stop the suppression of the pro-reunification figures at once.", ["KOR"]),
    ("The U.S. should roll back its hostile policy towards the DPRK.", ["USA"]),
])
def test_a_bare_demand_in_state_media_is_the_state_s_request(voiced, text, recipient):
    assert triples(voiced(text, "KCNA")) == [("REQUEST", ["PRK"], recipient)]


def test_the_demanded_act_is_not_told_as_done(voiced):
    events = voiced("Japan should apologize for its past crimes.", "KCNA")
    assert [(e.event, e.mode) for e in events] == [("REQUEST", "yield")]


@pytest.mark.parametrize("text", [
    "The DPRK should further strengthen its defence capability.",
    "We should build a thriving nation.",
    "Officials should become true servants for the people.",
    '"The U.S. should stop its provocations," the spokesman told reporters.',
])
def test_own_side_readers_and_quotations_are_no_demand_of_the_outlet(voiced, text):
    assert "REQUEST" not in [e.event for e in voiced(text, "KCNA")]


def test_a_wire_reporter_makes_no_demand(voiced):
    assert voiced("Japan should cut interest rates again this year.", "Reuters") == []


def test_a_quoted_statement_speaks_for_its_issuer(voiced):
    text = ("The Cuban Foreign Ministry issued a statement on Monday. The statement said:\n\n"
            "The United States should lift its blockade against Cuba without delay.")
    assert ("REQUEST", ["CUB"], ["USA"]) in triples(voiced(text, "KCNA"))


def test_the_pipeline_reads_the_publisher_from_the_source_field():
    article = Article(doc_id="kcna-voice-1", text="Japan should stop its moves to revise the history textbooks.",
                      published="2012-06-01", source="KCNA", origin="test")
    [coded] = [r for r in Coder(Settings()).code_articles([article]) if isinstance(r, CodedArticle)]
    assert [(e.event, [a.country for a in e.actor]) for e in coded.events] == [("REQUEST", ["PRK"])]
