"""Events general web news reports and the coder missed or misread, found by the hand-labelled
recall sample (benchmarks/recall_sample.py, tuning half; tenth session). All sentences are our own."""

from __future__ import annotations

import pytest

from detente import code_text
from tests.unit.test_events_extract import assert_coded, countries, only


def test_a_claim_of_responsibility_in_a_sentence_of_its_own_is_the_groups_attack(code):
    assert_coded(code("The Islamic State group, which is linked to Abu Sayyaf, later claimed responsibility."),
                 "ASSAULT", ["IMG"], [])


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a crowd near Peshawar, and the Pakistani Taliban claimed responsibility.",
    "The Pakistani Taliban claimed responsibility for the attack on the crowd near Peshawar.",
])
def test_a_claim_beside_the_attack_is_one_attack_by_the_claimant(code, text):
    event = only(code(text), "ASSAULT")
    assert countries(event.actor) == ["PAK"]


def test_a_claim_denied_or_unmade_is_no_attack(code):
    assert "ASSAULT" not in [e.event for e in code("No group has claimed responsibility so far.")]


def test_a_passive_verb_joined_to_another_clause_keeps_its_sufferer(code):
    # "Serbia" is the subject of "is" and suffers the condemnation; the condemners are in "by"
    assert_coded(code("Serbia is already under pressure and was condemned in a joint statement by "
                      "Croatia and Slovenia on Monday."), "ACCUSE", ["HRV", "SVN"], ["SRB"])


@pytest.mark.parametrize("text", [
    "Venezuela is already under US sanctions.",
    "The airline has been the subject of American sanctions since 2011.",
    "Iran, which remains under UN sanctions, held elections on Friday.",
])
def test_sanctions_a_country_is_under_are_no_new_sanction(code, text):
    assert "SANCTION" not in [e.event for e in code(text)]


def test_sanctions_placed_are_still_a_sanction(code):
    assert_coded(code("The EU placed Belarus under sanctions on Monday."), "SANCTION", ["IGO"], ["BLR"])


@pytest.mark.parametrize("text", [
    "Officials would not say whether Israel had attacked the convoy.",
    "It is unclear whether Russia will attend the talks in Geneva.",
    "The UN is examining if Iran violated the nuclear deal.",
])
def test_an_act_inside_an_indirect_question_is_not_coded(code, text):
    assert code(text) == []


def test_an_if_condition_is_still_coded(code):
    assert "THREATEN" in [e.event for e in code("Iran will retaliate if Israel attacks its nuclear sites.")]


def test_a_person_killed_in_a_named_countrys_operation_was_killed_by_that_country(code):
    event = only(code("The Pentagon said an al-Qaeda commander was killed in a US counter-terrorism "
                      "operation in Syria."), "ASSAULT")
    assert countries(event.actor) == ["USA"]


def test_an_unknown_person_acts_in_the_office_held(code):
    assert_coded(code("Maria Estrada resigned as Peru's ambassador to Chile on Friday."), "RETREAT", ["PER"], [])


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Iraqi prime minister recommended that American troops leave Iraq.", ["IRQ"], ["USA"]),
    ("The French president encouraged Ukraine to join the talks.", ["FRA"], ["UKR"]),
])
def test_recommending_and_encouraging_an_act_are_requests(code, text, actor, recipient):
    assert_coded(code(text), "REQUEST", actor, recipient)


def test_encouraging_without_an_act_asked_is_no_request(code):
    assert "REQUEST" not in [e.event for e in code("The Kenyan government encouraged investment in the region.")]


def test_a_town_named_among_places_is_no_person_of_that_surname():
    # Danilo Medina was president of the Dominican Republic on that date
    events = code_text("Saudi Arabia extended curfews in the holy cities of Mecca and Medina.", "2020-04-02")
    assert [(e.event, [a.country for a in e.recipient]) for e in events] == [("COERCE", ["SAU"])]


def test_a_surname_the_tagger_reads_as_a_place_is_still_the_person():
    events = code_text("Blinken flew to Beijing for talks with Chinese leaders.", "2023-06-18")
    assert [(e.event, [a.country for a in e.actor]) for e in events] == [("CONSULT", ["USA"])]


def test_a_curfew_planned_is_a_threat():
    events = code_text("Thailand plans to implement a nightly curfew from Friday.", "2020-04-02")
    assert [(e.event, [a.country for a in e.actor]) for e in events] == [("THREATEN", ["THA"])]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("China described the US move as a serious provocation.", ["CHN"], ["USA"]),
    ("The Kremlin described the new sanctions as an act of economic aggression.", ["RUS"], []),
])
def test_describing_an_act_in_condemning_words_is_an_accusation(code, text, actor, recipient):
    assert_coded(code(text), "ACCUSE", actor, recipient)


@pytest.mark.parametrize("text", [
    "The Kenyan minister described the talks as constructive.",
    "The Iranian report describes the situation in the camps.",
])
def test_other_descriptions_are_no_accusation(code, text):
    assert "ACCUSE" not in [e.event for e in code(text)]


def test_a_label_after_a_plain_comment_is_the_accusation():
    events = code_text("Mitsotakis commented on the maritime deal, calling it null and void.", "2020-01-05")
    assert [(e.event, [a.country for a in e.actor]) for e in events] == [("ACCUSE", ["GRC"])]


def test_what_a_speech_said_is_the_act_not_a_description_of_the_speech():
    events = code_text("President Trump flew to South Dakota on Friday. He gave a speech in which he "
                       "condemned the protesters who tore down statues.", "2020-07-05")
    assert [(e.event, [a.country for a in e.actor]) for e in events] == [("ACCUSE", ["USA"])]


def test_what_was_done_at_a_summit_is_an_act():
    events = code_text("African leaders met in Niamey for a summit where the presidents of Nigeria and "
                       "Benin signed the free trade agreement.", "2019-07-08")
    event = next(e for e in events if e.event == "SUPPORT")
    assert countries(event.actor) == ["BEN", "NGA"]


def test_regretting_ones_own_mistake_is_an_apology(code):
    assert_coded(code("Iran deeply regrets this disastrous mistake, its foreign minister said."), "CONCEDE",
                 ["IRN"], [])


def test_the_members_named_after_including_are_the_doers(code):
    event = only(code("Tributes were paid by world leaders including the Iranian foreign minister and "
                      "the British prime minister."), "SUPPORT")
    assert countries(event.actor) == ["GBR", "IRN"]


@pytest.mark.parametrize("text", [
    "Russia occupies about a fifth of Ukraine's territory.",
    "The Armenian-backed separatists currently occupy the region.",
])
def test_an_occupation_told_in_the_present_is_a_standing_state(code, text):
    assert "ASSAULT" not in [e.event for e in code(text)]


def test_an_occupation_told_as_done_is_an_assault(code):
    assert_coded(code("Russian troops occupied the town of Izium on Friday."), "ASSAULT", ["RUS"], [])


def test_a_verb_joined_to_a_relative_clause_describes_like_it(code):
    events = code("The UN disputes the claim to the territory, which belonged to Syria and was occupied by Israel.")
    assert "ASSAULT" not in [e.event for e in events]


@pytest.mark.parametrize("text", [
    "The French president attacked the German proposal.",
    "The Chinese foreign ministry attacked the impeachment process in Washington.",
])
def test_attacking_a_proposal_or_an_inquiry_is_criticism(code, text):
    assert [e.event for e in code(text)] == ["ACCUSE"]


def test_taking_a_shot_at_someone_is_criticism_and_the_former_president_is_still_american():
    events = code_text("Obama took a veiled shot at Putin in his speech.", "2022-07-30")
    assert [(e.event, [a.code for a in e.actor], [a.country for a in e.recipient]) for e in events] == [
        ("ACCUSE", ["USAELI"], ["RUS"])]


def test_officers_sent_to_guard_buildings_are_police_mobilised():
    events = code_text("President Trump sent federal officers to protect federal buildings in Portland.",
                       "2020-07-30")
    assert [(e.event, e.mode, [a.country for a in e.actor]) for e in events] == [("MOBILIZE", "police", ["USA"])]


def test_members_of_the_house_of_commons_are_british_legislators(code):
    event = only(code("Members of the House of Commons protested against the suspension of parliament."),
                 "ACCUSE")
    assert [a.code for a in event.actor] == ["GBRLEG"]


def test_naming_a_group_as_terrorists_is_an_accusation(code):
    assert_coded(code("Erdogan named the YPG as terrorists."), "ACCUSE", ["TUR"], ["SYR"])


def test_naming_someone_to_an_office_is_no_accusation(code):
    assert "ACCUSE" not in [e.event for e in code("The Kenyan president named Ruto as defence minister.")]
