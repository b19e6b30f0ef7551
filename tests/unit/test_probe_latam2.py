"""Rules and rows added while tuning on probe_latam2 (Latin American and Caribbean news):
force not ruled out, envoys told to leave, fire-fighting help, pledges to guard one's own
border, "according to", pan-regional words, given names that are country names, company words
and sport fixtures. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # envoys of another state told to leave are expelled
        ("Caracas ordered diplomats from Uruguay and Panama to leave the country within three days.",
         "SANCTION", ["VEN"], ["PAN", "URY"]),
        ("Nicaragua told the Colombian ambassador to leave Managua within 48 hours.",
         "SANCTION", ["NIC"], ["COL"]),
        # crews sent to help fight wildfires bring aid, not force
        ("Chile sent firefighting planes to Argentina to help fight wildfires in Patagonia.",
         "AID", ["CHL"], ["ARG"]),
        # a pledge to send forces to one's own border threatens no one
        ("Colombia pledged to deploy 3,000 soldiers to its border under an accord with Ecuador.",
         "AGREE", ["COL"], ["ECU"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_own_diplomats_told_to_leave_are_no_expulsion(code):
    events = code("Brazil ordered its diplomats to leave Port-au-Prince as the gangs advanced.")
    assert not [e for e in events if e.event == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Biden refused to rule out military force against the cartels in Mexico.",
        "Washington has not ruled out a military strike on the gang strongholds in Haiti.",
    ],
)
def test_force_not_ruled_out_is_a_threat(code, text):
    event = only(code(text), "THREATEN")
    assert event.mode == "violence"
    assert not event.negated
    assert countries(event.actor) == ["USA"]


def test_force_ruled_out_is_a_threat_withheld(code):
    event = only(code("Brazil ruled out military action against Venezuela over the border dispute."),
                 "THREATEN")
    assert event.negated


def test_according_to_strikes_no_accord(code):
    events = code("The army could strike the rebel camps in Guaviare, according to officials in Bogota.")
    assert not [e for e in events if e.event == "AGREE"]
    assert only(events, "THREATEN").mode == "violence"


def test_pan_american_names_no_country(code):
    event = only(code("Truckers in Peru blocked the Pan-American Highway to protest against fuel prices."),
                 "PROTEST")
    assert "USA" not in countries(event.actor) + countries(event.recipient)


def test_a_people_named_by_place_is_no_given_name(code):
    event = only(code("Kosovo Serbs boycotted the vote in four northern municipalities."), "PROTEST")
    assert countries(event.actor) == ["XKX"]


def test_a_given_name_is_no_country(code):
    event = only(code("Supporters of Salvador Nasralla blocked roads in Tegucigalpa."), "PROTEST")
    assert "SLV" not in countries(event.actor)


@pytest.mark.parametrize(
    "text",
    [
        "Brazilian meatpacker JBS rejected claims by a short seller that its accounts were inflated.",
        "Colombia's national team withdrew from the friendly in Madrid after a row over fees.",
        "The automaker demonstrated its new electric pickup on the streets of Monterrey.",
    ],
)
def test_business_and_sport_senses(code, text):
    assert code(text) == []
