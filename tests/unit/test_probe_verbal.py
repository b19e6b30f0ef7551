"""Verbal conflict and support told in journalists' words (probe_verbal review): threats told
as a conditional act with the warning after it, warnings that an act "means war", pledges to
take back land, idioms of refusal and solidarity, condemning names joined by "and", and
rewards offered for information. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a hostile act told as a noun ("launch an operation", "begin a strike") under a
        # warning placed after it, or announced by its own actor "unless" the other side yields
        ("Turkey will launch a new military operation in Iraq if the attacks continue, Erdogan warned.", ["TUR"]),
        ("Kenya's doctors said they would begin a nationwide strike next week unless the government honoured the pay deal.",
         ["KEN"]),
    ],
)
def test_conditional_act_told_as_a_noun_is_a_threat(code, text, actor):
    event = only(code(text), "THREATEN")
    assert countries(event.actor) == actor
    assert event.modality == "asserted"


def test_warning_that_something_means_war_is_a_threat(code):
    event = only(code("Moscow warned that NATO membership for Ukraine means war."), "THREATEN")
    assert countries(event.actor) == ["RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Caracas vowed to take back the disputed territory from Guyana.",
        "Baku vowed to retake every village held by Armenian forces.",
    ],
)
def test_pledge_to_take_back_land_is_a_territorial_threat(code, text):
    events = code(text)
    assert "AGREE" not in [e.event for e in events]
    assert only(events, "THREATEN").mode == "territory"


def test_cold_shoulder_is_a_refusal_not_a_gift(code):
    events = code("The Kremlin gave the cold shoulder to Kyiv's proposal for a prisoner swap.")
    assert "AID" not in [e.event for e in events]
    event = only(events, "REJECT")
    assert countries(event.actor) == ["RUS"]


def test_standing_shoulder_to_shoulder_is_support(code):
    # the "with" phrase hangs on the second "shoulder", out of the trigger's reach: no recipient yet
    event = only(code("Poland stands shoulder to shoulder with Ukraine, the prime minister said."), "SUPPORT")
    assert countries(event.actor) == ["POL"]


def test_condemning_word_joined_by_and_is_an_accusation(code):
    event = only(code("Seoul called Tokyo's move deeply regrettable and provocative."), "ACCUSE")
    assert countries(event.recipient) == ["JPN"]


def test_reward_offered_for_information_is_no_agreement(code):
    events = code("Colombian police offered a bounty for information leading to the capture of the rebel commander.")
    assert "AGREE" not in [e.event for e in events]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Ankara gave Stockholm until Friday to hand over the suspects.", ["TUR"], ["SWE"]),
        ("Washington gave Caracas until the end of the month to free the detained Americans.", ["USA"], ["VEN"]),
    ],
)
def test_deadline_given_as_a_date_is_an_ultimatum(code, text, actor, recipient):
    events = code(text)
    assert "AID" not in [e.event for e in events]
    event = only(events, "THREATEN")
    assert countries(event.actor) == actor
    assert countries(event.recipient) == recipient


def test_retaliation_announced_is_a_threat_and_past_hitting_back_criticism(code):
    event = only(code("\"We will hit back hard,\" the Iranian defence minister said after the strikes."), "THREATEN")
    assert event.mode == "violence"
    assert event.modality == "future"
    threat = only(code("Tehran will hit back at Israel if attacked, the foreign minister said."), "THREATEN")
    assert threat.modality == "asserted"
    assert only(code("The Kremlin hit back at Washington's criticism of the election."), "ACCUSE")
