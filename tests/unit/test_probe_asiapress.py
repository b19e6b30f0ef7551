"""Phrasings of the English-language press of Asia found with the asiapress probe: borders and
crossings closed to a neighbour, treaties held in abeyance, disengagement at friction points,
suspects named by prosecutors, forces massing, ultimatums told as "or face", names that are no
phone call, weather warnings and a second act after a denial. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # border crossings closed to a named neighbour reduce relations with it
        ("Afghanistan's Taliban government shut the crossings with Pakistan after the clashes.",
         "SANCTION", ["AFG"], ["PAK"]),
        ("Uzbekistan closed its border crossings with Kyrgyzstan for a week.", "SANCTION", ["UZB"], ["KGZ"]),
        # "warned ... to ... or face ...": an ultimatum
        ("Beijing warned Tokyo to withdraw its remarks or face serious consequences.",
         "THREATEN", ["CHN"], ["JPN"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_forces_massing_with_no_object_show_force(code):
    event = only(code("Chinese navy ships massed off the coast of Taiwan."), "MOBILIZE")
    assert countries(event.actor) == ["CHN"]
    assert only(code("Thousands of farmers massed outside parliament in Delhi."), "PROTEST")


def test_treaty_held_in_abeyance_is_a_sanction_not_an_agreement(code):
    events = code("New Delhi held the water-sharing treaty with Dhaka in abeyance on Wednesday.")
    assert [e.event for e in events] == ["SANCTION"]
    assert countries(events[0].actor) == ["IND"]


def test_disengagement_of_troops_is_a_retreat(code):
    event = only(code("Indian and Chinese troops completed disengagement at two friction points."), "RETREAT")
    assert event.mode == "withdraw"
    assert countries(event.actor) == ["CHN", "IND"]


def test_prosecutors_naming_a_suspect_accuse(code):
    event = only(code("Seoul prosecutors named the former defence minister a suspect in the insurrection case."),
                 "ACCUSE")
    assert event.mode == "allege"


@pytest.mark.parametrize("text", [
    "Beijing called Manila's accusations baseless.",
    "The ministry called the Japanese claims baseless on Friday.",
])
def test_calling_a_claim_baseless_is_no_phone_call(code, text):
    assert [e.event for e in code(text)] == []


@pytest.mark.parametrize("text", [
    "The weather bureau warned of heavy rainfall in Manila over the weekend.",
    "Forecasters warned of a powerful typhoon approaching Okinawa.",
])
def test_weather_warnings_are_no_threat(code, text):
    assert [e.event for e in code(text)] == []


def test_accusation_after_a_denial_told_to_reporters_is_coded(code):
    events = code("Islamabad rejected the charges and accused Kabul of harbouring militants, "
                  "the spokesman told reporters.")
    event = only(events, "ACCUSE")
    assert countries(event.actor) == ["PAK"] and countries(event.recipient) == ["AFG"]


def test_first_country_to_act_is_the_subject_of_the_copula(code):
    event = only(code("Singapore was the first nation to send rescue teams to Myanmar."), "AID")
    assert countries(event.actor) == ["SGP"]
