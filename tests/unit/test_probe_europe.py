"""Phrasings of European news found with the probe set tests/gold/events/probe_europe.jsonl:
workers' walkouts, boats carrying migrants pushed back, weapons handed over, interceptions of
aircraft, motions of parliaments, refused conferences, visa-free travel suspended, and senses
of "leave", "scramble", "seek" and "dismantle" that are no act. All sentences are our own."""

from __future__ import annotations

import pytest

from detente import code_text
from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a boat carrying migrants pushed back is the migrants pushed back
        ("Croatian police pushed back a van carrying 20 migrants into Bosnia.", "COERCE", ["HRV"], ["BIH"]),
        # weapons handed over to another state are aid, not a release
        ("Norway handed over two air defence systems to Ukraine.", "AID", ["NOR"], ["UKR"]),
        # jets that intercept aircraft show force
        ("Dutch F-35 jets intercepted two Russian bombers over the North Sea.", "MOBILIZE", ["NLD"], ["RUS"]),
        # a parliament's motion carries its demand
        ("The Irish parliament passed a motion calling on Israel to lift the siege.", "REQUEST", ["IRL"], ["ISR"]),
        # visa-free travel suspended for a country's citizens
        ("The European Union suspended visa-free travel for Venezuelans.", "SANCTION", ["IGO"], ["VEN"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_train_drivers_walking_out_strike(code):
    event = only(code("French train drivers walked out for 48 hours on Tuesday."), "PROTEST")
    assert event.mode == "strike"
    assert countries(event.actor) == ["FRA"]


def test_a_refused_conference_is_rejected(code):
    event = only(code("Greece will not attend the conference in Ankara next week."), "REJECT")
    assert event.mode == "meet"


def test_rioters_setting_several_things_on_fire_riot(code):
    event = only(code("Rioters in Belfast set two cars and a bus on fire."), "PROTEST")
    assert event.mode == "riot"


def test_scrambling_to_intercept_is_one_show_of_force(code):
    text = "Polish jets scrambled to intercept a Russian spy plane over the Baltic Sea."
    event = only(code(text), "MOBILIZE")
    assert countries(event.recipient) == ["RUS"]
    assert "COERCE" not in [e.event for e in code(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia vetoed the package, leaving the bloc scrambling for another way to fund Kyiv.",
        "The court banned the party, ruling that it had sought to undermine the constitution.",
        "Spanish police dismantled a drug trafficking network in Malaga.",
    ],
)
def test_senses_that_are_no_withdrawal_show_of_force_request_or_disarmament(code, text):
    assert not {"SANCTION", "MOBILIZE", "REQUEST", "RETREAT"} & {e.event for e in code(text)}


def test_an_act_in_a_relative_clause_of_an_old_dated_battle_is_history():
    text = "The siege of Vienna in 1683, in which Ottoman troops attacked the city walls, is still taught in schools."
    assert code_text(text, published="2023-09-12") == []
