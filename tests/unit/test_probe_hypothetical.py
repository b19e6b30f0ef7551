"""Acts told as not (yet) happened: conditions, ultimatums, denials of plans and suspended
operations, from the hypothetical probe (2026-11-24). All sentences are our own."""

from __future__ import annotations

from tests.unit.test_events_extract import countries, only


def test_inverted_should_is_a_condition_not_a_demand(code):
    # "should Manila continue ..." is "if Manila continues ...": no one is told what to do
    events = code("Beijing will respond with all means at its disposal should Tokyo continue the survey, "
                  "a Xinhua commentary said.")
    assert not [e for e in events if e.event == "REQUEST"]


def test_reported_should_is_still_a_demand(code):
    event = only(code("Tokyo should compensate the victims of forced labour, Rodong Sinmun said."), "REQUEST")
    assert countries(event.recipient) == ["JPN"]


def test_or_face_makes_a_demand_an_ultimatum(code):
    event = only(code("The European Union told Minsk to release the detained journalist or face new sanctions."),
                 "THREATEN")
    assert countries(event.actor) == ["IGO"]
    assert countries(event.recipient) == ["BLR"]
    assert event.modality == "asserted"


def test_a_plain_demand_stays_a_request(code):
    assert only(code("The European Union told Minsk to release the detained journalist."), "REQUEST")


def test_announced_unless_by_a_spokesman_after_the_clause_is_a_threat(code):
    event = only(code("Ankara could suspend trade with Baghdad unless Iraq expels the militants, "
                      "the Turkish foreign ministry spokesman said."), "THREATEN")
    assert countries(event.actor) == ["TUR"]
    assert event.modality == "asserted"


def test_unless_reported_by_anonymous_sources_is_no_threat(code):
    events = code("Ankara could suspend trade with Baghdad unless Iraq expels the militants, diplomats said.")
    assert not [e for e in events if e.event == "THREATEN"]


def test_denied_plan_to_attack_is_the_attack_negated(code):
    event = only(code("Tehran denied that it was preparing to attack American bases in Iraq."), "ASSAULT")
    assert event.negated
    assert event.modality == "future"
    assert countries(event.actor) == ["IRN"]


def test_suspended_offensive_operations_are_a_concession(code):
    event = only(code("The Philippine government suspended its offensive military operations against the "
                      "communist rebels for the holidays."), "CONCEDE")
    assert countries(event.actor) == ["PHL"]
    assert not [e for e in code("Philippine Airlines suspended operations at its Cebu hub.")
                if e.event == "CONCEDE"]


def test_crossings_closed_on_the_border_with_a_neighbour(code):
    event = only(code("Poland closed two crossings on its eastern border with Belarus on Tuesday."), "SANCTION")
    assert countries(event.recipient) == ["BLR"]


def test_live_ammunition_used_is_an_attack(code):
    event = only(code("Soldiers used live ammunition against protesters in Mandalay on Sunday."), "ASSAULT")
    assert event.mode == "firearms"
