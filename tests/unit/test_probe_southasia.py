"""Phrasings of South Asian news met in probe_southasia: shutdowns observed, IMF facilities,
fire of forces that kills, results told by "leaving", denials of reports and cricket.
All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    "text",
    [
        "Traders in Lahore observed a complete shutdown on Friday against the arrests.",
        "Traders in Karachi observed a strike over the new sales tax.",
    ],
)
def test_shutdown_observed_is_a_strike(code, text):
    event = only(code(text), "PROTEST")
    assert event.mode == "strike"


@pytest.mark.parametrize(
    "text",
    [
        "The IMF approved a $3 billion standby arrangement for Pakistan on Wednesday.",
        "The IMF board approved a 48-month extended fund facility for Sri Lanka.",
    ],
)
def test_imf_facility_approved_is_aid(code, text):
    event = only(code(text), "AID")
    assert countries(event.actor) == ["IGO"]


def test_fire_of_forces_kills(code):
    event = only(code("Israeli fire killed three Palestinians near the fence in Gaza."), "ASSAULT")
    assert countries(event.actor) == ["ISR"]


def test_a_blaze_still_kills_no_one_by_intent(code):
    assert code("A fire killed twelve workers at a garment factory in Dhaka.") == []


def test_result_told_by_leaving_is_the_same_act(code):
    events = code("Police fired tear gas at students in Lahore, leaving dozens injured.")
    assert [e.event for e in events] == ["ASSAULT"]


def test_denied_report_with_pronoun_names_the_denier(code):
    event = only(code("Moscow denied reports that it had deployed troops to the border with Georgia."),
                 "MOBILIZE")
    assert event.negated
    assert countries(event.actor) == ["RUS"]


def test_cricket_attack_is_no_assault(code):
    assert code("Sri Lanka's pace attack ripped through the Indian batting on a lively pitch.") == []
