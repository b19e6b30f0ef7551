"""Web news (probe_web): history told as background, campaign and business talk, figures of
speech that look like acts, and the recipient named in a pledge's purpose. All sentences are
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.when import dated_history
from tests.unit.test_events_extract import countries, only


def _history(nlp, text: str, trigger: str, published: str) -> bool:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return dated_history(token.sent, token, dt.date.fromisoformat(published))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Okafor, who died on Monday, was foreign minister when Nigerian troops entered Liberia in 1990.",
         "entered"),
        ("The general, whose brigade captured the port city in 1995, retired last year.", "captured"),
        ("The fortress was shelled by Ottoman artillery in the 1877 war and restored in the 1920s.", "shelled"),
        ("Born in Tbilisi, she was once detained by the Soviet secret police for her poems.", "detained"),
        ("Historians still debate the 1956 uprising, when Soviet tanks crushed the protests in Budapest.",
         "crushed"),
    ],
)
def test_acts_dated_years_before_publication_are_background(nlp, text, trigger):
    assert _history(nlp, text, trigger, "2021-05-10")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Dock workers walked off the job on Monday in their first national strike since 1994.", "walked"),
        ("The two presidents shook hands in Hanoi, the first such meeting since 1979.", "shook"),
        ("Police detained twelve activists in Minsk in March.", "detained"),
        ("Rebels captured the town in 2020, the army said on Monday.", "captured"),
    ],
)
def test_news_acts_are_not_background(nlp, text, trigger):
    assert not _history(nlp, text, trigger, "2021-05-10")


@pytest.mark.parametrize(
    "text",
    [
        # figures of speech and business senses of event words
        "A fuel truck slammed into a row of parked cars on the ring road.",
        "The retailer has targeted younger shoppers with a cheaper range of clothes.",
        "The carmaker booked a 300 million dollar restructuring charge in the second quarter.",
        "The bond issue is supported by a guarantee from the parent company.",
        "It struck me that the streets were empty, the mayor said.",
        "The finance ministry threw obstacles in the way of the merger.",
        "The island has become self-supporting in food over the past decade.",
        # companies quarrelling with companies
        "The airline's chief executive slammed the planemaker for repeated delays.",
        # campaign talk of a candidate with no state role
        "The candidate attacked his rival's record on jobs at a rally in Leeds.",
        "The mayor is seeking a third term in the autumn vote.",
    ],
)
def test_no_event(code, text):
    assert code(text) == []


def test_a_pledge_to_fight_for_voters_is_no_threat(code):
    events = code("The opposition leader vowed to fight for farmers and small businesses.")
    assert not any(e.event == "THREATEN" for e in events)


def test_a_threat_to_fight_an_enemy_stays(code):
    event = only(code("Hamas vowed to fight Israeli forces in every street of Gaza."), "THREATEN")
    assert "PSE" in countries(event.actor) or event.actor


def test_a_pledge_names_the_country_its_purpose_helps(code):
    event = only(code("Germany pledged 500 million euros to help rebuild Syria's power grid."), "AGREE")
    assert countries(event.recipient) == ["SYR"]


def test_an_offer_of_troops_to_help_a_state_names_it(code):
    event = only(code("Kenya offered a thousand police officers to help stabilise Haiti."), "AGREE")
    assert countries(event.recipient) == ["HTI"]


def test_ships_that_carry_deportees_are_not_sent(code):
    events = code("Malaysia sent hundreds of migrants home on navy ships.")
    assert not any(e.event == "MOBILIZE" for e in events)


def test_warships_sent_to_a_sea_are_still_a_show_of_force(code):
    event = only(code("China sent warships to the waters off Taiwan."), "MOBILIZE")
    assert countries(event.actor) == ["CHN"]


def test_terms_sought_from_creditors_are_a_request(code):
    event = only(code("Venezuela sought new terms from its creditor banks after oil income fell."), "REQUEST")
    assert countries(event.actor) == ["VEN"]
