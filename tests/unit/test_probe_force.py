"""Phrasings of MOBILIZE, ASSAULT and PROTEST found missing with the probe set
`tests/gold/events/probe_force.jsonl`: units rushed or rolling toward a place, launches
conducted, fighters called up, strikes by workers ("doctors will strike"), hunger strikers refusing food, paint
sprayed on monuments, and the hedge "what it called". All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "category", "mode", "actor", "recipient"),
    [
        ("Azerbaijan rushed several army units to its frontier with Iran.", "MOBILIZE", "troops", ["AZE"], ["IRN"]),
        ("Russian tank columns rolled toward the Ukrainian city of Kharkiv.", "MOBILIZE", None, ["RUS"], ["UKR"]),
        ("India conducted a night launch of the Agni-5 missile from an island off Odisha.",
         "MOBILIZE", "weapons", ["IND"], []),
        ("Armenia called up thousands of soldiers after the border clashes.", "MOBILIZE", "troops", ["ARM"], []),
        ("Nurses in New Zealand launched a nationwide strike over pay.", "PROTEST", "strike", ["NZL"], []),
        ("Israel launched strikes on Hezbollah targets in southern Lebanon.", "ASSAULT", "aerial", ["ISR"], ["LBN"]),
        ("Jailed Bahraini activists refused food for a month in protest at their sentences.",
         "PROTEST", "hunger", ["BHR"], []),
        ("Environmental activists sprayed red paint on the front of the parliament building in Berlin.",
         "PROTEST", "vandalize", ["DEU"], []),
        ("The Kazakh government deployed thousands of police across Almaty before the vote.",
         "MOBILIZE", "police", ["KAZ"], []),
        ("Russia deployed police to the Ukrainian city of Kherson.", "MOBILIZE", "police", ["RUS"], ["UKR"]),
        ("Government soldiers raped dozens of women in eastern Congo, the UN said.", "ASSAULT", "sexual", [None], None),
    ],
)
def test_force_phrasings(code, text, category, mode, actor, recipient):
    event = only(code(text), category)
    if mode is not None:
        assert event.mode == mode
    assert countries(event.actor) == actor
    if recipient is not None:
        assert countries(event.recipient) == recipient


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("Coal miners in Kentucky struck over pay and pensions.", "PROTEST", ["USA"]),
        ("Teachers in Ontario struck against the province's education cuts.", "PROTEST", ["CAN"]),
        ("Israeli jets struck Hezbollah positions in southern Lebanon.", "ASSAULT", ["ISR"]),
    ],
)
def test_workers_who_strike_walk_out(code, text, category, actor):
    event = only(code(text), category)
    assert countries(event.actor) == actor


def test_workers_who_will_strike_unless_paid_threaten(code):
    event = only(code("Nurses in Kenya will strike on Monday unless the government pays their arrears."), "THREATEN")
    assert countries(event.actor) == ["KEN"]


def test_what_it_called_is_no_accusation(code):
    """The writer's distance from the speaker's name for a thing is no label (coding rules 2)."""
    events = code("Iran test-fired what it called a hypersonic missile.")
    assert [e.event for e in events] == ["MOBILIZE"]
    events = code("Pyongyang fired two rockets in response to what it called US hostility.")
    assert "ACCUSE" not in [e.event for e in events]


def test_a_label_is_still_an_accusation(code):
    assert only(code("KCNA called the drills a rehearsal for invasion."), "ACCUSE").mode == "disapprove"


@pytest.mark.parametrize(
    "text",
    [
        "Pension funds mobilised billions of dollars for Indian infrastructure bonds.",
        "The singer rapped about the war in Yemen.",
        "An earthquake struck off the coast of Sumatra.",
    ],
)
def test_no_event(code, text):
    assert [e.event for e in code(text)] == []
