"""Humanitarian crises and conflict endings: withdrawals ordered or announced, aid convoys,
reactions in relative clauses, "neither ... nor", appeals and what they ask for, towns named
after a person, and sport that gives no retreat. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Biden ordered the pullout of all US troops from Afghanistan.", ["USA"], ["AFG"]),
        ("Macron announced the withdrawal of French troops from Mali.", ["FRA"], ["MLI"]),
        ("Putin ordered the withdrawal of Russian forces from Syria.", ["RUS"], ["SYR"]),
    ],
)
def test_an_ordered_or_announced_withdrawal_is_the_announcer_conceding(code, text, actor, recipient):
    events = code(text)
    assert "MOBILIZE" not in [e.event for e in events]
    event = only(events, "CONCEDE")
    assert countries(event.actor) == actor
    assert countries(event.recipient) == recipient


def test_a_withdrawal_noun_names_its_forces_by_of_and_the_place_by_from(code):
    event = only(code("The withdrawal of Russian troops from Syria was completed on Friday."), "RETREAT")
    assert event.mode == "withdraw"
    assert countries(event.actor) == ["RUS"]
    assert countries(event.recipient) == ["SYR"]


def test_its_own_troops_withdrawn_are_the_subjects(code):
    event = only(code("The Philippines completed the withdrawal of its troops from Iraq."), "RETREAT")
    assert countries(event.actor) == ["PHL"]
    assert countries(event.recipient) == ["IRQ"]


def test_a_town_named_after_a_person_is_a_place_not_that_person(code):
    """"Khan" is no surname (of the ICC prosecutor) in "Khan Younis"; the place is the gazetteer's."""
    event = only(code("Israeli ground forces withdrew from Khan Younis after a four-month offensive."), "RETREAT")
    assert event.mode == "withdraw"
    assert "IGO" not in countries(event.recipient)


def test_a_convoy_loaded_with_relief_delivers_aid(code):
    events = code("A convoy of Egyptian trucks loaded with flour and medical supplies crossed into Gaza.")
    assert "MOBILIZE" not in [e.event for e in events]
    event = only(events, "AID")
    assert countries(event.actor) == ["EGY"]
    assert countries(event.recipient) == ["PSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Neither Armenian nor Azerbaijani forces observed the humanitarian truce.",
        "Neither Moscow nor Kyiv has released any prisoners since May.",
    ],
)
def test_neither_nor_negates_the_act_of_both(code, text):
    (event,) = [e for e in code(text) if e.event == "RETREAT"]
    assert event.negated
    assert len(countries(event.actor)) == 2


def test_a_neither_nor_apposition_negates_nothing(code):
    event = only(code("Russia, neither friend nor foe, freed two Americans."), "RETREAT")
    assert not event.negated


def test_a_reaction_in_a_relative_clause_is_coded(code):
    events = code("Moscow declared a ceasefire over Orthodox Christmas, which Kyiv dismissed as a ploy.")
    assert countries(only(events, "CONCEDE").actor) == ["RUS"]
    reject = only(events, "REJECT")
    assert countries(reject.actor) == ["UKR"]
    assert countries(reject.recipient) == ["RUS"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Pope Francis appealed for the release of all hostages held in Gaza.", "yield"),
        ("The UN chief appealed for a ceasefire in Sudan.", "yield"),
        ("Kyiv appealed to its allies for more artillery shells.", "assist"),
    ],
)
def test_an_appeal_takes_its_mode_from_what_it_is_for(code, text, mode):
    assert only(code(text), "REQUEST").mode == mode


@pytest.mark.parametrize(
    "text",
    [
        "Swiss skier Lara Gut-Behrami pulled out of the downhill after a crash in training.",
        "The American golfer withdrew from the Masters with a back injury.",
    ],
)
def test_sport_withdrawals_are_no_retreat(code, text):
    assert code(text) == []
