"""Reported speech (probe_quotes): who acts in a quote, what an accusation's participle belongs
to, acts named with "any" or as what a remark refers to, and the trigger rows added with them.
All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


def test_revoked_agreement_is_a_sanction(code):
    event = only(code("Mali's junta revoked its defence agreement with France on Monday."), "SANCTION")
    assert countries(event.actor) == ["MLI"]
    assert countries(event.recipient) == ["FRA"]


def test_terminated_accord_is_a_sanction(code):
    events = code("Burkina Faso terminated its military accord with France, state television said.")
    assert [e.event for e in events] == ["SANCTION"]


def test_vow_to_hunt_down_attackers_is_a_threat(code):
    events = code("The army vowed to hunt down the militants who ambushed the convoy near Djibo.")
    assert "THREATEN" in [e.event for e in events]
    assert "AGREE" not in [e.event for e in events]


def test_force_promised_in_answer_is_a_threat(code):
    event = only(code("Pyongyang will respond with overwhelming force to any provocation, KCNA said."), "THREATEN")
    assert countries(event.actor) == ["PRK"]


def test_third_person_in_a_quote_is_not_the_speaker(code):
    events = code('"They opened fire on our positions," the Armenian defence ministry said.')
    assert not any("ARM" in countries(e.actor) for e in events if e.event == "ASSAULT")


def test_first_person_in_a_quote_is_still_the_speaker(code):
    event = only(code('"We urge both sides to stop the fighting," the Kenyan foreign minister said.'), "REQUEST")
    assert countries(event.actor) == ["KEN"]


def test_its_troops_in_a_denial_are_the_speakers(code):
    event = only(code("Rwanda denied that its troops had crossed into eastern Congo."), "MOBILIZE")
    assert countries(event.actor) == ["RWA"]
    assert event.negated


def test_participle_after_accusation_is_the_alleged_act(code):
    events = code("Kyiv accused Moscow of shelling a school in Kharkiv, killing four children.")
    assert [e.event for e in events] == ["ACCUSE"]


def test_any_act_named_in_a_warning_is_not_reported(code):
    events = code("The Kremlin warned that any deployment of Western troops to Ukraine would mean war.")
    assert [e.event for e in events] == ["THREATEN"]


def test_act_referred_to_is_a_topic(code):
    events = code('"We are ready to host the talks," the Qatari minister said, referring to negotiations '
                  'between Israel and Hamas.')
    assert "CONSULT" not in [e.event for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Indian team withdrew from the tournament after three players fell ill.",
        '"The rupee could come under attack from speculators," a currency strategist told Reuters.',
    ],
)
def test_sport_and_markets_code_nothing(code, text):
    assert code(text) == []
