"""Rows and rules added after the second Middle East and North Africa probe (probe_mideast2):
crowds gathered to demand, ships boarded, gerunds of attacks stopped, resignations from a
government, terrorist designations restored, exports resumed, arrears paid, carrying on with an
offensive, particles read as numbers, and history told in a clause on a dated war. All sentences
are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # naval forces that board a ship take it
        ("Iranian naval forces boarded a Greek tanker in the Gulf of Oman on Thursday.", "COERCE", ["IRN"], []),
        # quitting a government or a cabinet is a resignation
        ("Turkey's deputy prime minister quit the cabinet on Friday.", "RETREAT", ["TUR"], []),
        # a terrorist designation restored is one made
        ("Canada redesignated the militia as a terrorist organisation on Monday.", "SANCTION", ["CAN"], []),
        # exports taken up again to a state are trade carried out
        ("Qatar resumed LNG exports to Egypt after a three-month pause.", "COOPERATE", ["QAT"], ["EGY"]),
        # another state's arrears paid off or cleared are help
        ("Kuwait cleared Lebanon's arrears to the World Bank last month.", "AID", ["KWT"], ["LBN"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    events = code(text)
    event = only(events, category)
    assert countries(event.actor) == actor
    if recipient:
        assert countries(event.recipient) == recipient


def test_a_crowd_gathered_to_demand_protests(code):
    event = only(code("Hundreds of protesters gathered outside parliament in Baghdad to demand the "
                      "resignation of the electricity minister."), "PROTEST")
    assert event.mode == "demo"
    assert countries(event.actor) == ["IRQ"]


def test_ministers_gathered_to_demand_do_not_protest(code):
    events = code("Arab foreign ministers gathered in Amman to demand an immediate ceasefire.")
    assert "PROTEST" not in [e.event for e in events]


def test_mourners_gathered_make_no_event(code):
    assert not code("Hundreds of mourners gathered in Tyre to bury the victims.")


def test_passengers_boarding_a_ship_seize_nothing(code):
    assert not code("Passengers boarded the ferry in Alexandria on Monday morning.")


def test_stopping_attacks_told_by_a_gerund_is_a_concession(code):
    event = only(code("The militia said it would stop attacking U.S. bases in Iraq."), "CONCEDE")
    assert event.modality == "future"
    assert countries(event.actor) != []


def test_a_company_that_stops_targeting_shoppers_concedes_nothing(code):
    assert not code("The retailer will stop targeting younger shoppers in its advertising.")


def test_pressing_ahead_with_an_offensive_asks_no_one(code):
    assert "REQUEST" not in [e.event for e in code("Israel pressed ahead with its offensive in Rafah.")]


def test_a_pledge_to_press_on_with_the_war_is_a_threat(code):
    events = code("The Sudanese army chief vowed to press on with the war against the RSF.")
    assert "AGREE" not in [e.event for e in events]
    only(events, "THREATEN")


def test_a_pledge_to_press_ahead_with_reforms_is_no_threat(code):
    assert "THREATEN" not in [e.event for e in code("The Tunisian president vowed to press ahead with the reforms.")]


def test_a_particle_read_as_a_number_still_hands_captives_over(code):
    events = code("Hamas said it would hand over three Israeli hostages on Saturday.")
    event = only(events, "CONCEDE")
    assert event.modality == "future"


def test_history_in_a_second_verb_of_a_clause_on_a_dated_war_is_not_coded():
    from detente import code_text

    events = code_text("Veterans in Cairo recalled the 1973 war, when Egyptian troops crossed the canal and "
                       "overran the Israeli forts.", "2023-10-06")
    assert not [e for e in events if e.event in ("ASSAULT", "MOBILIZE")]


def test_aid_carried_by_the_tonne_arrives_as_aid(code):
    events = code("A Jordanian plane carrying 30 tonnes of medical supplies landed in Damascus on Monday.")
    assert "CONSULT" not in [e.event for e in events]
    assert_coded(events, "AID", ["JOR"], ["SYR"])


def test_a_show_of_force_sent_as_a_warning_is_aimed_at_whom_it_warns(code):
    event = only(code("Washington sent two destroyers to the eastern Mediterranean as a warning to Iran."), "MOBILIZE")
    assert countries(event.recipient) == ["IRN"]
