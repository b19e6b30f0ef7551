"""Acts of coercion told without their doer: arrests, sentences, deportations and dispersals in
the passive (or as a noun) are acts of the authorities of the country where the sentence puts
them, or of the state body that reports them (coding rules 3). All sentences are our own."""

from __future__ import annotations

import pytest

from detente import code_text
from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "sector", "recipient"),
    [
        # a place the actor tables know
        ("A Canadian businessman was arrested in Moscow on Thursday.", "COERCE", ["RUS"], "COP", ["CAN"]),
        ("Two French reporters were detained in Iran last month on espionage charges.",
         "COERCE", ["IRN"], "COP", ["FRA"]),
        ("Hundreds of opposition supporters were detained in Belarus after the vote.",
         "COERCE", ["BLR"], "COP", ["BLR"]),
        ("A dissident blogger was sentenced to six years in prison in Hanoi.", "COERCE", ["VNM"], "JUD", ["VNM"]),
        ("Demonstrators were dispersed with water cannon in Caracas on Saturday.",
         "COERCE", ["VEN"], "COP", ["VEN"]),
        ("A Japanese engineer was convicted of spying in China.", "SANCTION", ["CHN"], "JUD", ["JPN"]),
        ("The main opposition party was banned in Cambodia in 2017.", "COERCE", ["KHM"], "GOV", ["KHM"]),
        # the place in a phrase of the act
        ("Dozens of students were detained after a rally in Tbilisi.", "COERCE", ["GEO"], "COP", ["GEO"]),
        # a "from" phrase names the state that deports or expels
        ("A Dutch journalist was deported from Turkey on Monday.", "COERCE", ["TUR"], "GOV", ["NLD"]),
        ("Three Iranian diplomats were expelled from Albania.", "SANCTION", ["ALB"], "GOV", ["IRN"]),
        # the arrest as a noun with no one named
        ("The arrest of two Canadians in China angered Ottawa.", "COERCE", ["CHN"], "COP", ["CAN"]),
        # a state body that reports the act
        ("Two Britons were detained last week, Iran's intelligence ministry said.",
         "COERCE", ["IRN"], "COP", ["GBR"]),
        ("Iran's judiciary said two German nationals were sentenced to ten years in prison.",
         "COERCE", ["IRN"], "JUD", ["DEU"]),
    ],
)
def test_the_authorities_of_the_place_act(code, text, category, actor, sector, recipient):
    event = only(code(text), category)
    assert countries(event.actor) == actor
    assert [e.sector for e in event.actor] == [sector]
    assert countries(event.recipient) == recipient


@pytest.mark.parametrize(
    "text",
    [
        # no place and no state body: no one to code
        "The opposition leader was placed under house arrest.",
        "The defender was banned for four matches after a late tackle.",
        # a government that reports what befell its own citizens does not report its own act
        "Two Americans were detained last week, the State Department said.",
        # the place belongs to a clause of its own, not to the sentencing
        "A man was sentenced to life in prison for a robbery that left a cashier dead in Perth.",
        # things, not people, banned
        "Plastic bags were banned in Rwanda in 2008.",
    ],
)
def test_no_place_no_authority(code, text):
    assert not [e for e in code(text) if e.event in ("COERCE", "SANCTION") and any(a.country for a in e.actor)]


def test_a_named_doer_is_kept(code):
    event = only(code("Two Georgian soldiers were detained by Russian border guards in South Ossetia."),
                 "COERCE")
    assert countries(event.actor) == ["RUS"]
    assert countries(event.recipient) == ["GEO"]


def test_assault_passives_keep_unknown_attackers_without_a_country(code):
    assert not [e for e in code("Four policemen were killed in Kandahar on Sunday.") if e.event == "ASSAULT"
                and any(a.country for a in e.actor)]


def test_a_town_only_the_gazetteer_knows_places_the_authority():
    (arrest,) = [e for e in code_text("Two opposition activists were arrested in Grodno on Friday.", "2021-03-05")
                 if e.event == "COERCE"]
    assert [a.code for a in arrest.actor] == ["BLRCOP"]


def test_without_a_place_in_the_sentence_no_event_is_made():
    events = code_text("Police surrounded the court in Manchester on Monday. "
                       "The suspect was arrested on Tuesday.", "2020-06-21")
    assert not [e for e in events if e.event == "COERCE" and e.trigger == "arrested"]


def test_arrests_in_the_occupied_west_bank_are_not_put_on_the_palestinians(code):
    assert not [e for e in code("Twelve Palestinians were arrested in the West Bank overnight.")
                if e.event == "COERCE"]


def test_a_standing_ban_is_a_state_not_an_act(code):
    assert not [e for e in code("The movement is banned in Egypt.") if e.event == "COERCE"]


def test_who_was_held_before_being_freed_is_the_recipient(code):
    event = only(code("A Canadian citizen was released on Monday after being detained in Venezuela for a year."),
                 "COERCE")
    assert countries(event.actor) == ["VEN"]
    assert countries(event.recipient) == ["CAN"]
