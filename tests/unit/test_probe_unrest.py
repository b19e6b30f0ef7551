"""Domestic unrest (probe_unrest): strikes and protests called by unions and parties, burdens a
government lifts under pressure, protests that are only forbidden, and named history. All
sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "mode", "actor"),
    [
        ("Nigeria's labour unions called a nationwide strike over fuel prices.", "strike", ["NGA"]),
        ("Kenya's opposition called three days of protests against the finance bill.", "demo", ["KEN"]),
        ("Bangladesh's main opposition party called a 48-hour nationwide blockade of roads and railways.",
         "obstruct", ["BGD"]),
        ("Protesters in Dhaka enforced a nationwide hartal on Sunday.", "strike", ["BGD"]),
        ("Crowds in Lima chanted for President Dina Boluarte to resign.", "demo", ["PER"]),
        ("Students in Lagos boycotted classes to protest against fee increases.", "boycott", ["NGA"]),
        ("Protesters in Karachi burned effigies of the prime minister.", "demo", ["PAK"]),
    ],
)
def test_protests_called_held_and_shown(code, text, mode, actor):
    events = code(text)
    event = only(events, "PROTEST")
    assert event.mode == mode
    assert countries(event.actor) == actor
    assert "RETREAT" not in [e.event for e in events]  # "chanted for X to resign": the demand's content


def test_a_strike_called_illegal_is_no_strike(code):
    assert "PROTEST" not in [e.event for e in code("The Kenyan government called the strike illegal.")]


def test_a_march_called_off_is_a_concession(code):
    events = code("Lebanon's opposition organisers called off a planned march on parliament.")
    assert [e.event for e in events] == ["CONCEDE"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana suspended the fuel price increase on Friday.",
        "The Ghanaian government scrapped the fuel levy after days of protests.",
        "Zambia's government announced a suspension of the electricity tariff increase.",
        "Hong Kong suspended the extradition bill.",
        "Zambia announced an easing of restrictions on public gatherings.",
    ],
)
def test_burdens_lifted_are_concessions(code, text):
    events = code(text)
    assert [e.event for e in events] == ["CONCEDE"]


def test_interest_rate_hikes_halted_are_monetary_policy(code):
    assert code("The Bank of Ghana halted its interest rate hikes.") == []


def test_giving_in_told_twice_is_one_concession(code):
    events = code("Ghana's president withdrew the controversial tax bill, bowing to pressure from street protests.")
    assert [e.event for e in events] == ["CONCEDE"]


def test_a_broadcaster_suspended_is_censored(code):
    event = only(code("Pakistan suspended three private television channels for airing the speech."), "COERCE")
    assert event.mode == "censor"


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan government lifted the ban on opposition rallies.",
        "Police in Kampala banned the planned march by opposition supporters.",
    ],
)
def test_a_forbidden_protest_is_not_held(code, text):
    assert "PROTEST" not in [e.event for e in code(text)]


def test_flags_burned_and_stones_thrown_are_one_protest(code):
    events = code("Chinese protesters burned Japanese flags and threw rocks at the Japanese embassy in Beijing.")
    assert [e.event for e in events] == ["PROTEST"]


def test_a_person_named_like_an_act_is_no_act(code):
    assert code("The word comes from Charles Boycott, a land agent in County Mayo.") == []


def test_an_accident_that_kills_is_no_attack(code):
    assert "ASSAULT" not in [e.event for e in code(
        "Thousands marched in Belgrade after the collapse of a bridge killed nine people.")]


def test_slogans_chanted_at_a_rally_are_the_rally(code):
    events = code("Thousands of protesters held a rally in Tbilisi, chanting anti-government slogans.")
    assert [e.event for e in events] == ["PROTEST"]
