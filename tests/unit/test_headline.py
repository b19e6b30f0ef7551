"""Title Case headlines become sentences the parser reads, names kept."""

from __future__ import annotations

import pytest

from detente.actors.kb import load_kb
from detente.headline import headline_sentence, is_title_case, sentence_case


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("title, expected", [
    ("Rodong Sinmun Slams U.S. Nuclear Threats to DPRK",
     "Rodong Sinmun slams U.S. nuclear threats to DPRK"),
    ("Kim Jong Un Meets Chinese Delegation in Pyongyang",
     "Kim Jong Un meets Chinese delegation in Pyongyang"),
    ("Pakistan Says It Shot Down Two Indian Jets", "Pakistan says it shot down two Indian jets"),
])
def test_title_case_headlines_are_sentence_cased_around_names(kb, title, expected):
    assert sentence_case(title, kb) == expected
    assert len(sentence_case(title, kb)) == len(title)


def test_ordinary_headlines_are_left_alone(kb):
    title = "Pakistan says it shot down two Indian jets as Kashmir crisis deepens"
    assert not is_title_case(title)
    assert sentence_case(title, kb) == title


def test_sentence_cased_headline_parses_as_a_clause(kb, nlp):
    doc = nlp(sentence_case("Rodong Sinmun Slams U.S. Nuclear Threats to DPRK", kb))
    verb = next(t for t in doc if t.lower_ == "slams")
    assert verb.pos_ == "VERB" and verb.dep_ == "ROOT"
    assert any(child.dep_ == "nsubj" and child.text == "Sinmun" for child in verb.children)


def test_colon_attribution_of_a_passive_headline_becomes_its_agent(kb):
    assert (headline_sentence("U.S. Violation of Sovereignty of Pakistan Slammed: Rodong Sinmun", kb)
            == "U.S. violation of sovereignty of Pakistan slammed by Rodong Sinmun")
    active = "U.S., S. Korea, Japan Are to Blame for Danger of War in Korean Peninsula: Japanese"
    assert ": Japanese" in headline_sentence(active, kb)
    unknown_speaker = "Hostile Policy Slammed: Some Writer"
    assert headline_sentence(unknown_speaker, kb).endswith(": some writer")
