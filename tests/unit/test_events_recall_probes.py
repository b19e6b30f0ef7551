"""Ways of telling an act that the coder missed until the thirteenth session's probes: several
hundred news sentences of our own, written to vary how each category is told (a clause as the
object, the fire of an armed group, handovers into custody, passives with a counted subject,
pledges of forces, suspended members, border closures). All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Israel struck what it said were Hamas targets in the Gaza Strip.", ["ISR"], ["PSE"]),
    ("Israeli jets hit what the army described as Hezbollah weapons depots in southern Lebanon.", ["ISR"], ["LBN"]),
    ("Israel bombed what it said were Hamas positions.", ["ISR"], ["PSE"]),
])
def test_a_clause_that_names_the_target_is_the_object(code, text, actor, recipient):
    assert_coded(code(text), "ASSAULT", actor, recipient)


def test_the_fire_of_an_armed_group_is_an_attack(code):
    assert_coded(code("Two Israeli soldiers were wounded by Hezbollah fire along the border."),
                 "ASSAULT", ["LBN"], ["ISR"])


def test_a_fire_named_like_a_group_is_no_attack(code):
    assert code("The Camp Fire in northern California destroyed the town of Paradise.") == []


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Pakistani authorities handed Khalid Sheikh Mohammed over to U.S. custody after his arrest.", ["PAK"], ["USA"]),
    ("Bangladesh handed over rebel chairman Arabinda Rajkhowa to Indian security forces.", ["BGD"], ["IND"]),
    ("Colombia turned over the drug lord to American authorities.", ["COL"], ["USA"]),
])
def test_a_named_person_handed_into_custody_is_a_legal_handover(code, text, actor, recipient):
    assert_coded(code(text), "COOPERATE", actor, recipient)


@pytest.mark.parametrize("text", [
    "Hamas handed over four hostages to the Red Cross.",
    "The rebels turned over 12 captured soldiers to the Red Cross.",
])
def test_captives_handed_over_are_released(code, text):
    assert [e.event for e in code(text)] == ["RETREAT"]


def test_forgave_is_read_as_forgive(code):
    assert_coded(code("Russia forgave $10 billion of Cuban debt."), "AID", ["RUS"], ["CUB"])


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Chinese ambassador was summoned to the foreign ministry in Manila.", ["PHL"], ["CHN"]),
    ("Russia's ambassador was summoned in Warsaw over the drone incursion.", ["POL"], ["RUS"]),
])
def test_an_envoy_summoned_in_a_capital_is_summoned_by_its_state(code, text, actor, recipient):
    assert_coded(code(text), "ACCUSE", actor, recipient)


def test_a_state_that_protests_to_another_accuses_it(code):
    assert_coded(code("Seoul protested to Tokyo over the textbooks."), "ACCUSE", ["KOR"], ["JPN"])


def test_a_protest_filed_against_a_state_accuses_it(code):
    assert_coded(code("The Philippines filed a diplomatic protest against China over the water cannon incident."),
                 "ACCUSE", ["PHL"], ["CHN"])


def test_forces_counted_in_a_passive_subject_were_sent(code):
    assert_coded(code("Hundreds of troops were sent to the border by Kenya after the attack."),
                 "MOBILIZE", ["KEN"], [])


def test_a_round_of_talks_held_is_a_meeting_of_its_parties(code):
    assert_coded(code("A fresh round of EU-mediated talks between Serbia and Kosovo was held in Brussels on Monday."),
                 "CONSULT", ["SRB", "XKX"], [])


@pytest.mark.parametrize(("text", "recipient"), [
    ("Kenya pledged to send 1,000 police officers to Haiti.", ["HTI"]),
    ("Russia promised to deploy troops to Belarus.", ["BLR"]),
])
def test_forces_promised_to_a_country_are_help_offered(code, text, recipient):
    events = code(text)
    assert "THREATEN" not in [e.event for e in events]
    assert_coded(events, "AGREE", [events[0].actor[0].country], recipient)


def test_forces_sworn_into_a_country_are_a_threat(code):
    assert "THREATEN" in [e.event for e in code("Israel vowed to send troops into Gaza.")]


def test_a_bloc_that_suspends_a_state_sanctions_it(code):
    assert_coded(code("The African Union suspended Niger after the coup."), "SANCTION", ["IGO"], ["NER"])


def test_a_border_closed_to_a_neighbour_sanctions_it(code):
    assert_coded(code("Nigeria closed its border with Benin to curb smuggling."), "SANCTION", ["NGA"], ["BEN"])


@pytest.mark.parametrize("text", [
    "Italy closed its border with Austria because of the coronavirus outbreak.",
    "China suspended flights to Japan amid the virus outbreak.",
])
def test_a_border_closed_against_a_disease_is_no_sanction(code, text):
    assert code(text) == []


def test_a_border_closed_after_an_embassy_was_stormed_is_a_sanction(code):
    events = code("Saudi Arabia cut diplomatic ties with Iran after protesters stormed its embassy in Tehran.")
    assert_coded(events, "SANCTION", ["SAU"], ["IRN"])


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("The Chinese foreign ministry chastised Australia for its remarks.", "ACCUSE", ["CHN"], ["AUS"]),
    ("Putin complimented Trump on his victory.", "SUPPORT", ["RUS"], ["USA"]),
    ("Russian soldiers plundered museums in Kherson.", "ASSAULT", ["RUS"], []),
])
def test_more_verbs_of_the_categories(code, text, event, actor, recipient):
    assert_coded(code(text), event, actor, recipient)


@pytest.mark.parametrize(("text", "country"), [
    ("The Senate called on President Biden to impose tariffs on Chinese steel.", "USA"),
    ("Lawmakers urged Prime Minister Kishida to resign.", "JPN"),
])
def test_a_legislature_named_without_a_country_that_addresses_a_government_is_its_own(code, text, country):
    assert_coded(code(text), "REQUEST", [country], [country])


@pytest.mark.parametrize("text", [
    "Thousands of Syrian refugees crossed into Turkey.",
    "Jordan allowed Iraqi refugees to cross into its territory.",
])
def test_refugees_who_cross_a_border_move_no_forces(code, text):
    assert "MOBILIZE" not in [e.event for e in code(text)]


def test_torture_told_as_a_noun_with_its_doer(code):
    assert_coded(code("The torture of detainees by Syrian security forces is systematic, the UN said."),
                 "ASSAULT", ["SYR"], [])
