"""Expulsions of diplomats, passive meetings and cancelled visits, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Estonia declared a Russian diplomat persona non grata on Tuesday.", ["EST"], ["RUS"]),
        ("Poland declared three Russian diplomats personae non gratae.", ["POL"], ["RUS"]),
        ("Beijing declared a Canadian diplomat persona non grata over the affair.", ["CHN"], ["CAN"]),
        ("Kenya gave the British ambassador 48 hours to leave the country.", ["KEN"], ["GBR"]),
        ("Burkina Faso gave the French envoy three days to leave.", ["BFA"], ["FRA"]),
        ("Ethiopia ordered the Irish envoy to leave within 72 hours.", ["ETH"], ["IRL"]),
        ("The government in Algiers ordered the Moroccan ambassador to leave the country.", ["DZA"], ["MAR"]),
    ],
)
def test_diplomats_told_to_leave_are_expelled(code, text, actor, recipient):
    event = only(code(text), "SANCTION")
    assert event.mode == "expel"
    assert countries(event.actor) == actor
    assert countries(event.recipient) == recipient


def test_own_diplomats_sent_home_are_no_expulsion(code):
    events = code("The State Department ordered non-essential diplomats to leave the embassy in Kyiv.")
    assert "SANCTION" not in [e.event for e in events]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Talks were held between Armenia and Azerbaijan in Moscow.", ["ARM", "AZE"]),
        ("A meeting was held between Putin and Erdogan in Sochi.", ["RUS", "TUR"]),
        ("Talks between Serbia and Kosovo were held in Brussels on Monday.", ["SRB", "XKX"]),
    ],
)
def test_passive_meeting_puts_both_sides_in_the_actor_list(code, text, actor):
    event = only(code(text), "CONSULT")
    assert countries(event.actor) == actor
    assert event.recipient == ()


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The US secretary of state called off a planned trip to Beijing.", ["USA"], ["CHN"]),
        ("The Dutch prime minister scrapped a trip to Washington.", ["NLD"], ["USA"]),
        ("India postponed the foreign minister's visit to Islamabad.", ["IND"], ["PAK"]),
        ("Japan postponed the summit with South Korea.", ["JPN"], ["KOR"]),
    ],
)
def test_cancelled_meeting_is_rejected(code, text, actor, recipient):
    event = only(code(text), "REJECT")
    assert event.mode == "meet"
    assert countries(event.actor) == actor
    assert countries(event.recipient) == recipient


def test_postponed_drills_are_a_concession(code):
    event = only(code("Seoul postponed its annual military exercises near the border."), "CONCEDE")
    assert countries(event.actor) == ["KOR"]
