"""Constructions of war and insurgency reporting found with probe_conflict.jsonl: attacks named
by what they hit, places that come under attack, claims of an attack told in the same sentence,
killings caused by a hit, alerts, call-ups and suspended broadcasts, and what is no act (a weather
alert, a purpose of a call-up, a result told by a participle, an old war). All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # an attack or a weapon that hits a place: the weapon's owner attacks the place's country
        ("A Russian missile hit an apartment block in Dnipro on Saturday.", "ASSAULT", ["RUS"], ["UKR"]),
        ("An Israeli air strike hit a house in Gaza City overnight.", "ASSAULT", ["ISR"], ["PSE"]),
        ("A Turkish drone slammed into a car near Qamishli in northeast Syria.", "ASSAULT", ["TUR"], ["SYR"]),
        ("Israeli tank fire hit a UNIFIL position in southern Lebanon.", "ASSAULT", ["ISR"], ["IGO"]),
        # a place that comes under attack is the recipient
        ("Odesa came under a Russian drone attack before dawn.", "ASSAULT", ["RUS"], ["UKR"]),
        # Russian Defence Ministry phrasing
        ("Russian forces inflicted fire damage on two Ukrainian brigades near Kupiansk.", "ASSAULT",
         ["RUS"], ["UKR"]),
        ("Ethiopian troops inflicted heavy losses on Eritrean units near Badme.", "ASSAULT", ["ETH"], ["ERI"]),
        # alerts, call-ups, suspended broadcasts
        ("Pakistan's air force went on high alert on Wednesday.", "MOBILIZE", ["PAK"], []),
        ("Burkina Faso's military government suspended broadcasts of Radio France Internationale on Saturday.",
         "COERCE", ["BFA"], ["FRA"]),
        # a siege imposed is one coercion; cutting off supplies is what it does
        ("Israel imposed a siege on Gaza City, cutting off food and fuel.", "COERCE", ["ISR"], ["PSE"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_an_air_strike_that_hits_is_one_attack(code):
    events = code("Israeli strikes on a camp in Nuseirat killed at least 20 people.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert countries(events[0].actor) == ["ISR"]


def test_a_hit_that_killed_soldiers_is_one_attack_on_them(code):
    events = code("Three Indian soldiers were killed when a Pakistani shell hit their bunker.")
    assault = only(events, "ASSAULT")
    assert countries(assault.actor) == ["PAK"]
    assert countries(assault.recipient) == ["IND"]


def test_a_mine_that_killed_soldiers_is_an_attack_by_unknown_hands(code):
    events = code("Four Malian soldiers were killed when their truck hit a landmine near Gao.")
    assault = only(events, "ASSAULT")
    assert countries(assault.actor) == [None]
    assert countries(assault.recipient) == ["MLI"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a bus near Peshawar, in an attack claimed by the Pakistani Taliban.",
        "A car bomb exploded outside a police station in Mogadishu, and al-Shabaab later claimed the attack.",
    ],
)
def test_a_claimed_attack_is_the_claimants_own(code, text):
    events = code(text)
    assault = only(events, "ASSAULT")
    assert None not in countries(assault.actor)


@pytest.mark.parametrize(
    "text",
    [
        # a weather alert, a storm or a company that hits: no force
        "The Kashmir valley was placed on orange alert for heavy snowfall.",
        "Cyclone Freddy hit the coast of Mozambique on Friday.",
        "The sanctions inflicted serious damage on Russia's economy.",
        "Royal Dutch Shell hit a record quarterly profit.",
        "A fire hit the warehouse on Sunday.",
        "A general strike hit ports across Nigeria on Monday.",
    ],
)
def test_no_act_of_force(code, text):
    events = code(text)
    assert not [e for e in events if e.event in ("ASSAULT", "MOBILIZE")], [(e.event, e.trigger_text) for e in events]


def test_the_task_of_a_call_up_is_no_attack(code):
    events = code("Moscow called up 200,000 reservists to fight in eastern Ukraine.")
    assert [e.event for e in events] == ["MOBILIZE"]


def test_a_general_mobilisation_is_ordered_by_the_government(code):
    events = code("Armenia's government ordered a general mobilisation, allowing it to requisition trucks.")
    assert [e.event for e in events] == ["MOBILIZE"]
    assert countries(events[0].actor) == ["ARM"]


def test_an_old_war_told_as_history_is_not_coded():
    from detente import code_text

    events = code_text("The bombing of Hamburg in July 1943 killed some 37,000 people, historians say.", "2023-07-24")
    assert not [e for e in events if e.event == "ASSAULT"]
