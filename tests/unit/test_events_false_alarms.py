"""Generic verbs used in a sense that is no act (state-media and wire phrasings), on sentences
written for these tests: they code nothing, while the act the same verb names elsewhere stays."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    "text",
    [
        "The Cuban president sent condolences to the North Korean leader on Monday.",
        "Kim Jong Un gave field guidance to a fertiliser complex in South Hamgyong Province.",
        "The Chinese delegation's visit is giving new impetus to ties between China and Laos.",
        "A performance was given by a Russian army ensemble for the people of Pyongyang.",
        "The friendly relations provided by the two late leaders with Vietnam keep developing.",
    ],
)
def test_words_and_gestures_given_are_no_aid(code, text):
    assert not [e for e in code(text) if e.event == "AID"]


def test_goods_sent_stay_aid(code):
    event = only(code("Japan sent tents and blankets to Turkey after the earthquake."), "AID")
    assert countries(event.actor) == ["JPN"]
    assert countries(event.recipient) == ["TUR"]


@pytest.mark.parametrize(
    "text",
    [
        "The United States threw away its promise to North Korea.",
        "The US defence secretary let loose a string of warlike remarks in Seoul.",
        "Let's build a thriving nation with our own hands, the paper said.",
        "A statement released by the Egyptian court on Tuesday said the verdict was final.",
        "The Japanese foreign minister said the exercise of powers by the cabinet was lawful.",
        "The United States committed unpardonable crimes against the Korean people.",
        "Pakistan termed the Indian allegations baseless.",
        "Crowds in Pyongyang were calling their late leader in tearful voices.",
        "The Russian defence minister said he could not repress his sorrow at the news.",
    ],
)
def test_other_senses_of_trigger_words_code_nothing(code, text):
    assert code(text) == []


def test_released_captives_stay_a_retreat(code):
    event = only(code("The two French nationals released by Iran arrived in Paris on Friday."), "RETREAT")
    assert event.mode == "release"
    assert countries(event.actor) == ["IRN"]


def test_commitment_to_act_stays_agree(code):
    event = only(code("Japan committed to provide emergency aid to Haiti."), "AGREE")
    assert countries(event.recipient) == ["HTI"]


def test_letting_mediators_in_stays_access(code):
    event = only(code("Israel let Egyptian mediators deliver fuel to the Gaza power plant."), "RETREAT")
    assert event.mode == "access"


def test_air_raids_committed_stay_assault(code):
    event = only(code("American forces are committing ceaseless air raids on Pakistan."), "ASSAULT")
    assert countries(event.recipient) == ["PAK"]


def test_drills_of_a_force_stay_mobilize(code):
    event = only(code("Kim Jong Un guided the combined exercises of the three services of the Korean army."),
                 "MOBILIZE")
    assert countries(event.actor) == ["PRK"]


def test_allegations_levelled_stay_accusation(code):
    event = only(code("India levelled allegations against Pakistan over the border attack."), "ACCUSE")
    assert countries(event.actor) == ["IND"]
    assert countries(event.recipient) == ["PAK"]


def test_protesters_throwing_rocks_stay_riot(code):
    event = only(code("Protesters threw rocks at the French embassy in Niamey."), "PROTEST")
    assert event.mode == "riot"


def test_gifts_handed_over_are_no_aid(code):
    events = code("A Swiss businessman handed over the gift to the North Korean ambassador in Bern.")
    assert not [e for e in events if e.event == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia will continue its fight against AIDS with help from donors.",
        "Seoul launched a charm offensive in Southeast Asian capitals this year.",
        "The late leader made a forced march through the northern provinces for field guidance.",
    ],
)
def test_figurative_fights_and_marches_code_nothing(code, text):
    assert not [e for e in code(text) if e.event in ("ASSAULT", "PROTEST")]


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish president attacked the American decision on the Golan Heights.",
        "Beijing attacked Tokyo for rewriting its wartime history.",
        "The Russian foreign minister attacked the sanctions as an act of economic war.",
    ],
)
def test_attacks_in_words_are_accusations(code, text):
    events = code(text)
    assert not [e for e in events if e.event == "ASSAULT"]
    assert only(events, "ACCUSE").mode == "disapprove"


def test_armed_attack_stays_assault(code):
    event = only(code("Houthi rebels attacked a Saudi oil facility with drones on Saturday."), "ASSAULT")
    assert countries(event.recipient) == ["SAU"]


@pytest.mark.parametrize(
    "text",
    [
        "The North Korean opera troupe gave its first performance of the new opera in China.",
        "A South Korean civic group released a commentary on the US-South Korean security talks.",
    ],
)
def test_performances_and_papers_are_no_concession_or_release(code, text):
    assert not [e for e in code(text) if e.event in ("CONCEDE", "RETREAT")]


def test_civil_rights_march_stays_protest(code):
    event = only(code("Thousands of Kenyans joined a civil rights march against police killings in Nairobi."), "PROTEST")
    assert countries(event.actor) == ["KEN"]


def test_attack_as_part_of_an_offensive_stays_assault(code):
    events = code("Russian troops attacked the town as part of their offensive in eastern Ukraine.")
    assert [e for e in events if e.event == "ASSAULT"]
