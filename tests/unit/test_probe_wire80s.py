"""Phrasings of 1980s and early-1990s wire copy found by the wire80s probe: forces moving into a
city, exchanges of sick and wounded prisoners, accords that provide for a withdrawal, members of a
diplomatic mission expelled, offensives on markets, teams leaving qualifiers, and the period's
armed groups and parties. All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events import extract_events, load_lexicon
from tests.unit.test_events_extract import countries, only


@pytest.fixture(scope="module")
def code_1988(nlp):
    """Code one sentence as of 1988-06-01, when the contras fought and the Sandinistas governed."""
    from detente.actors import Resolver, load_kb

    resolver = Resolver(load_kb())
    lexicon = load_lexicon()

    def run(text: str):
        doc = nlp(text)
        return extract_events(doc, resolver.for_document(doc, dt.date(1988, 6, 1)), lexicon)

    return run


def test_forces_that_move_into_a_city_deploy_there(code):
    event = only(code("Turkish troops moved into the border town of Tal Abyad on Wednesday."), "MOBILIZE")
    assert countries(event.actor) == ["TUR"]


def test_a_company_that_moves_into_a_market_deploys_nothing(code):
    assert code("The carmaker moved into the Indian market last year.") == []


def test_sick_and_wounded_prisoners_are_no_attack(code):
    events = code("Armenia and Azerbaijan handed over sick and wounded prisoners at the border.")
    assert "ASSAULT" not in [e.event for e in events]


def test_wounding_people_is_still_an_attack(code):
    only(code("Gunmen wounded four policemen in Quetta on Monday."), "ASSAULT")


def test_an_accord_providing_for_a_withdrawal_gives_no_aid(code):
    events = code("The two sides signed an accord providing for the withdrawal of foreign forces.")
    assert "AID" not in [e.event for e in events]


def test_members_of_a_diplomatic_mission_expelled_are_a_sanction(code):
    event = only(code("Britain expelled 18 members of the Russian embassy, accusing them of spying."), "SANCTION")
    assert event.mode == "expel"
    assert countries(event.actor) == ["GBR"] and countries(event.recipient) == ["RUS"]


def test_an_offensive_on_a_market_is_business(code):
    assert code("Korean chipmakers launched an all-out offensive on the European market.") == []


def test_a_team_withdrawing_from_qualifiers_gives_up_no_ground(code):
    assert code("Syria's national football team withdrew from the World Cup qualifiers.") == []


def test_contras_and_sandinistas_of_the_1980s(code_1988):
    event = only(code_1988("Sandinista and contra negotiators agreed on a new truce in Managua."), "AGREE")
    assert countries(event.actor) == ["NIC"]
    event = only(code_1988("Contra rebels ambushed an army truck near Esteli, killing five soldiers."), "ASSAULT")
    assert countries(event.actor) == ["NIC"] and event.actor[0].sector == "REB"


def test_mineworkers_on_strike_in_the_transvaal(code):
    event = only(code("Thousands of mineworkers went on strike across the Transvaal."), "PROTEST")
    assert countries(event.actor) == ["ZAF"]


def test_an_armed_struggle_suspended_is_a_concession(code):
    event = only(code("The PKK said on Saturday it would suspend its armed struggle against Turkey."), "CONCEDE")
    assert event.modality == "future"


def test_soldiers_raiding_bases_attack_them(code):
    events = code("Rwandan troops raided rebel bases inside Congo at dawn.")
    assert [e.event for e in events] == ["ASSAULT"]


def test_powers_of_arrest_granted_are_no_arrest(code):
    events = code("The decree gives the army sweeping powers of arrest in the southern provinces.")
    assert "COERCE" not in [e.event for e in events]


def test_foreigners_freed_are_a_release(code):
    only(code("Iraq freed 300 foreigners held in Baghdad, the official news agency said."), "RETREAT")


def test_positions_handed_over_to_another_army_are_ground_given_up(code):
    events = code("Russian forces handed over their positions to the Syrian army near Palmyra.")
    assert [e.event for e in events] == ["RETREAT"]
