"""Withdrawals, releases, disarmament, resignations, arrivals of monitors and handovers in wire
copy (probe set probe_retreat). All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    "text",
    [
        "Jordan's defence minister offered his resignation after the helicopter crash.",
        "Turkey's interior minister tendered his resignation to the prime minister on Friday.",
        "Israel's justice minister handed in his resignation over the prison scandal.",
        "Kenya's energy minister quit as head of the ministry on Tuesday.",
        "Japan's prime minister quit on Sunday to take the blame for the election defeat.",
        "Peru's president quit his post after a week of protests.",
    ],
)
def test_resignations_handed_in_or_quit(code, text):
    event = only(code(text), "RETREAT")
    assert event.mode == "resign"


def test_the_last_of_the_troops_pulled_out_is_a_withdrawal(code):
    event = only(code("Uganda pulled the last of its soldiers out of eastern Congo on Friday."), "RETREAT")
    assert event.mode == "withdraw"
    assert countries(event.recipient) == ["COD"]


def test_the_bulk_of_the_forces_withdrawn_is_a_withdrawal(code):
    event = only(code("Moscow withdrew the bulk of its forces from Moldova last year."), "RETREAT")
    assert countries(event.recipient) == ["MDA"]


def test_troops_sailing_out_withdraw(code):
    event = only(code("The last French troops sailed out of Djibouti on Sunday."), "RETREAT")
    assert event.mode == "withdraw"


def test_monitors_arriving_bring_help(code):
    events = code("The first fifty OSCE monitors arrived in Macedonia on Monday.")
    assert "MOBILIZE" not in [e.event for e in events]
    event = only(events, "AID")
    assert countries(event.recipient) == ["MKD"]


def test_paramilitaries_take_the_country_of_the_place(code):
    event = only(code("Hundreds of paramilitaries laid down their arms in northern Colombia."), "RETREAT")
    assert countries(event.actor) == ["COL"]


def test_a_company_pulling_out_of_a_bid_retreats_from_nothing(code):
    events = code("Gazprom pulled out of the bid for the Greek gas company on Monday.")
    assert "RETREAT" not in [e.event for e in events]


def test_quitting_talks_is_no_resignation(code):
    assert "RETREAT" not in [e.event for e in code("Britain's foreign secretary quit the talks in anger.")]


def test_attacks_that_patrols_are_to_stem_are_not_coded(code):
    events = code("Thai and Malaysian police began joint patrols to stem a wave of insurgent attacks.")
    assert [e.event for e in events] == ["COOPERATE"]


def test_helicopters_supplied_by_a_state_that_arrive_are_its_aid(code):
    events = code("The first of twelve transport helicopters supplied by Russia arrived in Bolivia on Monday.")
    assert "CONSULT" not in [e.event for e in events]
    event = only(events, "AID")
    assert countries(event.actor) == ["RUS"]
    assert countries(event.recipient) == ["BOL"]


def test_crew_freed_from_a_ship_stormed_from_pirates_is_a_rescue(code):
    events = code("Dutch marines stormed a freighter held by Somali pirates and freed its crew.")
    assert "RETREAT" not in [e.event for e in events]
    assert countries(only(events, "AID").actor) == ["NLD"]
