"""Rows and rules added after the East Asian, Southeast Asian and Pacific probe
(`tests/gold/events/probe_pacific.jsonl`): visits told by "visiting", shows of force at sea and
in the air, boats turned back, a summons' purpose, refusals pledged, results told in
participles, business senses. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # the party met "visiting" is the visitor, the host the recipient
        ("Premier Li Qiang held talks with visiting Vietnamese Prime Minister Pham Minh Chinh in Beijing.",
         "CONSULT", ["VNM"], ["CHN"]),
        # shows of force in the air and at sea
        ("Chinese military aircraft entered Taiwan's air defence identification zone on Sunday.",
         "MOBILIZE", ["CHN"], ["TWN"]),
        ("Two Chinese bombers flew close to South Korean airspace over the Yellow Sea.", "MOBILIZE", ["CHN"], ["KOR"]),
        ("A Canadian frigate sailed through the Taiwan Strait on Saturday.", "MOBILIZE", ["CAN"], []),
        ("A British destroyer transited the Taiwan Strait last week.", "MOBILIZE", ["GBR"], []),
        ("Pyongyang conducted a test-fire of a new cruise missile.", "MOBILIZE", ["PRK"], []),
        # boats of migrants turned back are pushed into the state they are sent to
        ("Malaysian navy ships turned back a boat carrying Rohingya refugees to Thai waters.",
         "COERCE", ["MYS"], ["THA"]),
        # forces sent after a disaster bring help
        ("South Korea sent military transport planes to Indonesia after the tsunami.", "AID", ["KOR"], ["IDN"]),
        # a summons and its purpose are one complaint
        ("Beijing summoned the Philippine ambassador to protest Manila's new maritime zones law.",
         "ACCUSE", ["CHN"], ["PHL"]),
        # a pledge not to take part refuses
        ("Taipei vowed never to hold talks with Beijing under the one-China framework.", "REJECT", ["TWN"], ["CHN"]),
        # ships pulled out withdraw, as troops do
        ("Vietnam pulled its last vessels out of the disputed waters near the Paracels.", "RETREAT", ["VNM"], []),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_then_declared_shares_the_subject(code):
    events = code("Thailand's army detained the cabinet ministers, then declared martial law across the country.")
    assert sorted(e.mode for e in events if e.event == "COERCE") == ["arrest", "martial-law"]
    assert countries(only([e for e in events if e.mode == "martial-law"], "COERCE").actor) == ["THA"]


def test_pledged_not_to_attack_is_no_threat(code):
    events = code("India and Pakistan pledged not to attack each other's nuclear facilities.")
    assert [e.event for e in events] == ["AGREE"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a shelling told with its results is one attack
        ("Russian artillery shelled Kherson, killing three civilians and setting a hospital ablaze.", "ASSAULT"),
        # what a rally demands is its content
        ("Tens of thousands of Filipinos held a rally in Manila demanding the resignation of the president.",
         "PROTEST"),
        # what is criticised is the topic, not an act
        ("Rodong Sinmun lashed out at the Japanese naval drills.", "ACCUSE"),
        # an act answered "in anger over" is the topic
        ("Crowds in Seoul burned Japanese flags in anger over Tokyo's export curbs.", "PROTEST"),
        # what the act achieved, told in a participle, is no concession
        ("Seoul pulled its warships out of the disputed waters, easing tensions with Tokyo.", "RETREAT"),
    ],
)
def test_one_event(code, text, category):
    assert [e.event for e in code(text)] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign tourists poured into Bali over Easter, lifting hotel revenues to a record.",
        "South Korean carmakers are invading the Vietnamese market with cheaper hybrids.",
        "The cruise ship sailed through the Strait of Malacca on its way to Phuket.",
        "A chartered Boeing 737 flew close to the storm before landing in Darwin.",
    ],
)
def test_no_event(code, text):
    assert code(text) == [], [(e.event, e.trigger_text) for e in code(text)]
