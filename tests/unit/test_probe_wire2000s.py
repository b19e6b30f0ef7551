"""Phrasings of 1990-2010 international wire copy found with probe_wire2000s: forces that land,
troops that raid a camp, retaliation told by its instrument, pots and pans banged in protest,
"has no intention of", and false alarms from a leader's flight into exile, a transfer of power and
sanctions that merely remain in place. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # forces that land somewhere deploy there; peacekeepers bring help
        ("Two thousand U.S. Marines landed in Somalia on Wednesday.", "MOBILIZE", ["USA"], ["SOM"]),
        ("The first Brazilian peacekeepers landed in Haiti on Tuesday.", "AID", ["BRA"], ["HTI"]),
        # soldiers who raid a camp attack it
        ("Turkish troops raided a rebel camp in northern Iraq, the army said.", "ASSAULT", ["TUR"], ["IRQ"]),
        # retaliation told by its instrument is that instrument
        ("Israel responded with air strikes on targets in southern Lebanon.", "ASSAULT", ["ISR"], ["LBN"]),
        ("Beijing responded with tariffs on American soybeans.", "SANCTION", ["CHN"], ["USA"]),
        ("Moscow responded with the expulsion of ten British diplomats.", "SANCTION", ["RUS"], ["GBR"]),
        # the cacerolazo
        ("Thousands of Chileans banged pots and pans in Santiago to protest against the government.",
         "PROTEST", ["CHL"], ["CHL"]),
        # armed groups of the period
        ("Zapatista rebels seized four towns in the southern state of Chiapas.", "ASSAULT", ["MEX"], ["MEX"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_no_intention_of_is_a_negated_plan(code):
    event = only(code("Ethiopia has no intention of sending troops into Somalia, the prime minister said."),
                 "MOBILIZE")
    assert countries(event.actor) == ["ETH"]
    assert event.negated and event.modality == "future"


def test_no_intention_of_joining_talks_is_a_refusal(code):
    event = only(code("China has no intention of joining arms control talks with the United States, the ministry said."),
                 "REJECT")
    assert countries(event.actor) == ["CHN"]
    assert countries(event.recipient) == ["USA"]


def test_police_raid_stays_a_search(code):
    only(code("Police raided the offices of an opposition newspaper in Caracas."), "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "The ousted president stepped down and flew into exile in Nigeria, handing power to his deputy.",
        "Tehran ruled out talks with Washington as long as U.S. sanctions remained in place.",
        "The government responded to the strike by promising higher wages.",
    ],
)
def test_no_false_alarm(code, text):
    events = code(text)
    assert not [e for e in events if e.event in ("MOBILIZE", "AID", "SANCTION", "ASSAULT", "PROTEST")], \
        [(e.event, e.trigger_text) for e in events]
