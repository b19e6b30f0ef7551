"""Constructions found with the dispute probe (ACCUSE, THREATEN, SANCTION, RETREAT): partners
of a reported act, small clauses, pledges of force, labels that condemn, the aim of sanctions,
leaving an organisation, and acts in which nothing moves. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a pledge to crush or annex is a threat
        ("Beijing vowed to crush any attempt by Taipei to declare independence.", "THREATEN", ["CHN"], ["TWN"]),
        # a warning drawn from someone: they warned
        ("The vote in Pristina drew a warning from Belgrade that it would cut all contacts with Kosovo.",
         "THREATEN", ["SRB"], ["XKX"]),
        # a state that leaves an organisation reduces relations with it
        ("Nicaragua will leave the Organization of American States next year.", "THREATEN", ["NIC"], ["IGO"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_the_partner_of_a_reported_act_is_an_act_of_its_own(code):
    events = code("A spokesman said Baghdad condemned the raid and held Ankara responsible for the deaths.")
    assert sorted((e.event, e.trigger_text) for e in events) == [("ACCUSE", "condemned"), ("ACCUSE", "held responsible")]
    assert [countries(e.recipient) for e in events if e.trigger_text == "held responsible"] == [["TUR"]]


def test_a_small_clause_holds_the_rest_of_a_verb_pattern(code):
    event = only(code("A court in Dhaka found the opposition leader guilty of graft."), "SANCTION")
    assert event.mode == "convict"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Caracas threatened to annex the disputed border region.", "territory"),
        ("Kinshasa threatened to expel the Rwandan ambassador.", "expel"),
    ],
)
def test_a_threatened_verb_names_the_mode(code, text, mode):
    assert only(code(text), "THREATEN").mode == mode


@pytest.mark.parametrize(
    "text",
    ["Warsaw called the border closure illegal and provocative.",
     "The Kremlin called the seizure of its diplomatic property a hostile step."],
)
def test_a_label_that_condemns_is_an_accusation(code, text):
    only(code(text), "ACCUSE")


def test_a_label_that_praises_is_none(code):
    assert not [e for e in code("The minister called the talks an important step.") if e.event == "ACCUSE"]


def test_what_sanctions_target_is_no_attack(code):
    events = code("London imposed new sanctions on Moscow, targeting its oil exports and shipping.")
    assert [e.event for e in events] == ["SANCTION"]


def test_a_minister_leaving_a_city_is_no_event(code):
    assert code("The foreign minister left Brussels on Tuesday evening.") == []


def test_arms_burned_by_their_own_fighters_are_handed_in(code):
    event = only(code("Rebel fighters burned their rifles at a ceremony in Juba."), "RETREAT")
    assert event.mode == "disarm" and event.recipient == ()


@pytest.mark.parametrize(
    "text",
    ["The Nepalese prime minister resigned from a hotel in New Delhi.",
     "Pakistan's prime minister announced his resignation during a visit to London."],
)
def test_a_resignation_abroad_has_no_recipient(code, text):
    event = only(code(text), "RETREAT")
    assert event.mode == "resign" and not any(e.country for e in event.recipient)


def test_an_event_noun_a_participle_completes_is_the_same_act(code):
    events = code("The last German soldiers left Mali on Tuesday, completing a withdrawal ordered by Berlin.")
    assert [e.event for e in events] == ["RETREAT"]
