"""Phrasings of talks, concessions, requests, refusals and coercion found missing or miscoded
by the probe_talks set (tests/gold/events/probe_talks.jsonl). All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # forgiveness asked "for" is an apology, not a request
        ("Chancellor Olaf Scholz asked for forgiveness for the massacres in Namibia.", "CONCEDE", ["DEU"], None),
        # "told X to do" asks
        ("Washington told Beijing to stop harassing Philippine vessels in the South China Sea.",
         "REQUEST", ["USA"], ["CHN"]),
        # a boycotted meeting is refused
        ("The Serbian government boycotted the talks with Kosovo.", "REJECT", ["SRB"], ["XKX"]),
        # summits held online are calls
        ("Joe Biden and Luiz Inacio Lula da Silva held a virtual summit on climate finance.",
         "CONSULT", ["BRA", "USA"], []),
        # a courtesy call on a leader, and a foreign leader welcomed in a place, are visits
        ("Emmanuel Macron called on Chinese President Xi Jinping in Beijing.", "CONSULT", ["FRA"], ["CHN"]),
        ("Recep Tayyip Erdogan welcomed Hungarian Prime Minister Viktor Orban in Ankara on Tuesday.",
         "CONSULT", ["HUN"], ["TUR"]),
        # selling land is no market deal
        ("Copenhagen ruled out selling Greenland to the United States.", "REJECT", ["DNK"], ["USA"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    event = only(code(text), category)
    assert countries(event.actor) == actor
    if recipient is not None:
        assert countries(event.recipient) == recipient


def test_a_call_on_a_leader_to_act_stays_a_request(code):
    event = only(code("Emmanuel Macron called on Xi Jinping to press Moscow to end the war."), "REQUEST")
    assert countries(event.recipient) == ["CHN"]


def test_told_that_is_saying_and_keeps_the_content(code):
    events = code("Yoon Suk Yeol told Fumio Kishida that Seoul was willing to resume shuttle diplomacy.")
    assert "REQUEST" not in [e.event for e in events]
    assert countries(only(events, "AGREE").actor) == ["KOR"]


def test_refusing_to_take_part_in_talks_codes_no_talks(code):
    events = code("Iran refused to take part in the talks with Washington in Oman.")
    assert [e.event for e in events] == ["REJECT"]
    assert events[0].mode == "meet"
    assert countries(events[0].recipient) == ["USA"]


@pytest.mark.parametrize(
    "text",
    [
        "Police banned gatherings of more than five people in Dakar after the riots.",
        "Authorities restricted movement in the border districts ahead of the vote.",
    ],
)
def test_curbs_on_movement_and_gatherings_are_coercion(code, text):
    event = only(code(text), "COERCE")
    assert event.mode == "restrict"


def test_a_share_average_surrendering_gains_is_market_news(code):
    assert code("The Topix average surrendered early gains in afternoon trading.") == []


def test_a_participle_restating_a_deportation_is_the_same_act(code):
    events = code("Thailand deported forty Uyghurs to China, sending them back despite protests.")
    assert [e.event for e in events] == ["COERCE"]


def test_an_event_noun_in_apposition_restates_the_visit(code):
    events = code("Narendra Modi arrived in Kyiv on Friday, the first visit by an Indian leader in decades.")
    assert [(e.event, e.mode) for e in events] == [("CONSULT", "visit")]
