"""Web-news phrasings from the webneg probe: campaign talk, failed deals, interceptions of drones
and groups placed "across" a country. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    "text",
    [
        # campaign talk of candidates: no fight, no attack, no clash (coding rules 2)
        "With two weeks to go, both candidates are fighting for every vote in Ohio.",
        "The two candidates for governor attacked each other's records on taxes during a debate.",
        "Candidates clashed over health care and taxes in the final debate of the campaign.",
        # a deal or talks that collapse or break down are no agreement and no meeting
        "The coalition fell after its power-sharing deal with the Liberals collapsed in March.",
        "Pay talks between the union and the carmaker broke down on Sunday.",
    ],
)
def test_no_event(code, text):
    assert code(text) == [], [(e.event, e.trigger_text) for e in code(text)]


def test_jets_intercepting_drones_show_force(code):
    event = only(code("Taiwanese fighter jets scrambled to intercept three Chinese drones near the island."),
                 "MOBILIZE")
    assert event.mode == "weapons"
    assert countries(event.actor) == ["TWN"]


def test_a_group_across_a_country_is_of_that_country(code):
    event = only(code("Nurses across Kenya went on strike on Monday over unpaid wages."), "PROTEST")
    assert countries(event.actor) == ["KEN"]


def test_clashes_over_land_are_still_fighting(code):
    event = only(code("Armenian and Azerbaijani troops clashed over a disputed ridge on Tuesday."), "ASSAULT")
    assert countries(event.actor) == ["ARM", "AZE"]


def test_a_deal_still_reached_is_coded(code):
    assert only(code("Serbia and Kosovo reached a deal on licence plates on Wednesday."), "AGREE")
