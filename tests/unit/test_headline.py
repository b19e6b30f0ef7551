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


@pytest.fixture(scope="module")
def code_headline(nlp, kb):
    """Code a headline as the pipeline does: sentence-cased, parsed and flagged as a headline."""
    import datetime as dt

    from detente.actors import Resolver
    from detente.events.extract import extract_events
    from detente.events.triggers import load_lexicon
    from detente.headline import mark_headline

    resolver, lexicon = Resolver(kb), load_lexicon()

    def run(title: str):
        doc = mark_headline(nlp(headline_sentence(title, kb)))
        return extract_events(doc, resolver.for_document(doc, dt.date(2020, 9, 25)), lexicon)
    return run


def sides(event):
    return sorted(e.code for e in event.actor), sorted(e.code for e in event.recipient)


@pytest.mark.parametrize("title, category, actor_countries, recipient", [
    # a bare participle is a passive: its subject suffered the act
    ("Opposition leader arrested in Minsk", "COERCE", {"BLR"}, ["BLROPP"]),
    ("Russian diplomats expelled from Norway", "COERCE", {"NOR"}, ["RUSGOV"]),
    ("American journalist freed by Iran", "RETREAT", {"IRN"}, ["USAJRN"]),
    ("Two Britons released from Iranian jail", "RETREAT", {"IRN"}, ["GBRCVL"]),
    ("Three soldiers killed in ambush in Mali", "ASSAULT", {None}, ["MLIMIL"]),
    # so for speech acts; the outlet a headline credits after its colon is the speaker
    ("Japan Urged to Make Reparation for Past Crimes: KCNA Commentary", "REQUEST", {"PRK"}, ["JPN"]),
    ("Japan Accused of Laying Groundwork for Overseas Expansion: Minju Joson", "ACCUSE", {"PRK"}, ["JPN"]),
    # an act told in the present, or a fight between two sides, keeps its subject as the actor
    ("Police arrest opposition leader in Minsk", "COERCE", {"BLR"}, ["BLROPP"]),
    ("China accuses US of spreading lies", "ACCUSE", {"CHN"}, ["USA"]),
])
def test_a_headlines_bare_participle_is_a_passive(code_headline, title, category, actor_countries, recipient):
    found = [e for e in code_headline(title) if e.event == category]
    assert len(found) == 1, [(e.event, sides(e)) for e in code_headline(title)]
    actor, recipients = sides(found[0])
    assert {e.country for e in found[0].actor} == actor_countries
    assert recipients == recipient


@pytest.mark.parametrize("title, actors", [
    ("US President Trump says Osama bin Laden's son killed", set()),
    ("Brother of murdered Pakistani social media star sentenced to life", set()),
    ("Hamas commander killed in Israeli strike on Gaza", {"ISR"}),
])
def test_a_passive_headline_never_makes_the_victim_the_actor(code_headline, title, actors):
    acts = [e for e in code_headline(title) if e.event in ("ASSAULT", "SANCTION")]
    assert {a.code for e in acts for a in e.actor} == actors


def test_fights_in_a_headline_keep_their_subject(code_headline):
    fight = next(e for e in code_headline("Rebels clashed with troops in Darfur") if e.event == "ASSAULT")
    assert "REB" in {e.sector for e in fight.actor}


def test_a_passive_speech_act_with_no_one_credited_names_no_speaker(code_headline):
    assert [e.event for e in code_headline("U.S. Accused of Interfering in Nicaragua's Internal Affairs")] == []
