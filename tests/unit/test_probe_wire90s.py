"""Rows and rules added while tuning on `probe_wire90s.jsonl` (wire copy of 1979-2008): threats of
revenge, halts and suspensions of hostile acts that are ordered, legal handovers, aid planes,
government protests, students placed where they protest, and phrasings that name no act
(warning shots, recalls "for consultations", terms of a deal, anniversaries, market attacks,
company boards). All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a pledge whose content is revenge is a threat
        ("Syria's government vowed to take revenge on Israel after the air raid.", "THREATEN", ["SYR"], ["ISR"]),
        ("Hezbollah vowed to avenge the killing of its commander by Israel.", "THREATEN", ["LBN"], []),
        # ordering a halt, a suspension or an end to a hostile act concedes it
        ("Ethiopian Prime Minister Meles Zenawi ordered a halt to offensive operations against Eritrea.",
         "CONCEDE", ["ETH"], ["ERI"]),
        ("The NATO chief ordered a suspension of air strikes against Serbia.", "CONCEDE", ["IGO"], ["SRB"]),
        ("Prime Minister Ehud Olmert ordered an end to air strikes on Lebanon.", "CONCEDE", ["ISR"], ["LBN"]),
        # people handed to agents, police or a tribunal are a legal handover to who receives them
        ("Jordan handed over the terrorist to American agents in Amman.", "COOPERATE", ["JOR"], ["USA"]),
        ("Belgrade handed the general over to the U.N. war crimes tribunal on Friday.",
         "COOPERATE", ["SRB"], ["IGO"]),
        # a plane carrying relief that lands is the aid itself, not a visit
        ("A Turkish plane carrying tents and blankets landed in Islamabad on Sunday.", "AID", ["TUR"], ["PAK"]),
        ("British transport planes began flying grain to Ethiopia on Monday.", "AID", ["GBR"], ["ETH"]),
        # a protest drawn from a government is a diplomatic one
        ("The visit drew an angry protest from the Chinese government.", "ACCUSE", ["CHN"], []),
        # students and supporters are placed where they protest
        ("Thousands of students occupied the parliament building in Jakarta.", "PROTEST", ["IDN"], ["IDN"]),
        ("Hundreds of his supporters rallied outside the court in Kuala Lumpur.", "PROTEST", ["MYS"], ["MYS"]),
        # naming a test with a condemning word
        ("Tokyo called the missile test unpardonable.", "ACCUSE", ["JPN"], []),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_the_british_armed_services_are_british(code):
    event = only(code("The Royal Air Force flew food to famine victims in Sudan on Tuesday."), "AID")
    assert countries(event.actor) == ["GBR"]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # warning shots are a kind of shot, no warning given
        ("Police fired tear gas and warning shots at the students in Dhaka on Monday.", ["ASSAULT"], "ACCUSE"),
        # a recall "for consultations" is the recall, no meeting
        ("Paris recalled its ambassador from Rome for consultations on Thursday.", ["SANCTION"], "CONSULT"),
        # the terms of a deal are its content
        ("Iran and the powers reached an accord under which Tehran will freeze its enrichment work.",
         ["AGREE"], "SANCTION"),
    ],
)
def test_no_second_event(code, text, kept, dropped):
    found = [e.event for e in code(text)]
    assert found == kept and dropped not in found


@pytest.mark.parametrize(
    "text",
    [
        # an anniversary recalls history
        "Veterans gathered in Caen, 60 years after Allied troops stormed ashore in Normandy.",
        # the topic of a reaction
        "Stocks fell in Tokyo as traders reacted to the invasion of Kuwait.",
        # speculators attacking currencies
        "Speculators attacked the Italian lira and the Spanish peseta on Tuesday.",
        # a company board's refusal
        "The French group's board rejected the hostile takeover offer as too low.",
        # walking out of prison is being freed, no walkout
        "The opposition leader walked out of prison in Minsk on Friday.",
    ],
)
def test_no_event(code, text):
    assert code(text) == [], [(e.event, e.trigger_text) for e in code(text)]


def test_a_diplomatic_protest_is_still_a_crowd_when_a_crowd_protests(code):
    event = only(code("Protests erupted in Kenya over the tax increases."), "PROTEST")
    assert countries(event.actor) == ["KEN"]
