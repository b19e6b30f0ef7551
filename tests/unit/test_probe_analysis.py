"""Phrasings of newspaper analysis and opinion pages, tuned on `probe_analysis.jsonl`: negation
by "stopped short of" and "unable to", conditions the parser joins with "but", sanctions only
considered, the one quoted as urging, Brussels standing for the EU, threats of tariffs, and the
trigger rows added with them. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # added trigger rows
        ("Pakistan said it would withdraw its high commissioner from New Delhi.", "THREATEN", ["PAK"], ["IND"]),
        ("Britain recalled its high commissioner from Harare for consultations.", "SANCTION", ["GBR"], ["ZWE"]),
        ("Germany halted deliveries of tank shells to Turkey after the offensive.", "SANCTION", ["DEU"], ["TUR"]),
        ("Moscow plans to station nuclear-capable weapons in Belarus.", "MOBILIZE", ["RUS"], ["BLR"]),
        ("Turkey rushed medicine and blankets to Syria after the quake.", "AID", ["TUR"], ["SYR"]),
        # Brussels as an actor is the EU; as a place it stays in Belgium
        ("Brussels warned Warsaw it could freeze cohesion funds.", "THREATEN", ["IGO"], ["POL"]),
        # a protest noun that spreads "to" a place is the crowd of that country
        ("Protests spread to several Iranian cities overnight.", "PROTEST", ["IRN"], ["IRN"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("The Arab League stopped short of endorsing the plan for Gaza.", "SUPPORT", ["IGO"]),
        ("Tokyo stopped short of a formal apology to Seoul.", "CONCEDE", ["JPN"]),
        ("Canada stopped short of imposing sanctions on Beijing.", "SANCTION", ["CAN"]),
        ("The UN said it had been unable to deliver food to Darfur for a month.", "AID", ["IGO"]),
    ],
)
def test_stopped_short_of_and_unable_to_are_negations(code, text, category, actor):
    event = only(code(text), category)
    assert countries(event.actor) == actor
    assert event.negated


def test_act_in_a_condition_joined_by_but_is_not_coded(code):
    events = code("Kosovo said it was ready to resume talks with Serbia, but only if Belgrade "
                  "dropped its claim to the north.")
    assert [e.event for e in events] == ["AGREE"]


def test_sanctions_under_consideration_are_a_hypothetical_threat(code):
    event = only(code("Australia is weighing sanctions against Myanmar's generals."), "THREATEN")
    assert countries(event.actor) == ["AUS"]
    assert event.modality == "hypothetical"


def test_the_one_quoted_as_urging_makes_the_request(code):
    event = only(code("The agency quoted Iran's deputy foreign minister as urging Washington to lift "
                      "the sanctions."), "REQUEST")
    assert countries(event.actor) == ["IRN"]
    assert countries(event.recipient) == ["USA"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Washington threatened to double tariffs on Brazilian steel.", "restrict"),
        ("Warsaw threatened to recall its ambassador from Budapest.", "relations"),
    ],
)
def test_threatened_sanctions_take_their_mode(code, text, mode):
    assert only(code(text), "THREATEN").mode == mode


def test_hunger_strike_under_a_light_verb_is_a_hunger_strike(code):
    assert only(code("Jailed activists in Bahrain staged a hunger strike."), "PROTEST").mode == "hunger"
