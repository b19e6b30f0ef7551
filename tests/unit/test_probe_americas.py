"""Rows and rules added after the Americas probe (probe_americas.jsonl): militia called up,
battalions ordered to a border, solidarity reaffirmed, pardons announced, legitimacy questioned,
Latin American seats of power and groupings, rescues of several captives, inquiry missions
set up, people sent to face charges, fights that last "for hours", offensives on prices and
goals in football.
All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("Maduro called up the Bolivarian militia in response to the U.S. naval deployment in the Caribbean.",
         "MOBILIZE", ["VEN"], ["USA"]),
        ("Quito ordered two battalions to the Colombian border.", "MOBILIZE", ["ECU"], ["COL"]),
        ("Havana reaffirmed its solidarity with the government of Nicaragua.", "SUPPORT", ["CUB"], ["NIC"]),
        ("Ecuador questioned the legitimacy of Venezuela's presidential election.", "ACCUSE", ["ECU"], ["VEN"]),
        ("The Lima Group urged Caracas to hold free elections.", "REQUEST", ["IGO"], ["VEN"]),
        ("The Treasury Department imposed sanctions on three Nicaraguan officials.", "SANCTION", ["USA"], ["NIC"]),
        ("Itamaraty criticised Caracas for barring the opposition candidate.", "ACCUSE", ["BRA"], ["VEN"]),
        ("Peruvian troops freed a mayor, two engineers and nine other workers held by Shining Path rebels.",
         "AID", ["PER"], []),
        # people sent to another state "to face charges" are handed over, not aid
        ("Mexico sent 29 cartel bosses to the United States to face drug trafficking charges.",
         "COOPERATE", ["MEX"], ["USA"]),
        # a body set up to investigate, parsed as a relative clause, is its founder's inquiry
        ("The Human Rights Council set up a fact-finding mission to investigate abuses in Nicaragua.",
         "ACCUSE", ["IGO"], ["NIC"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_announced_pardon_is_a_concession(code):
    event = only(code("Raul Castro announced a pardon for 500 prisoners in Havana."), "CONCEDE")
    assert countries(event.actor) == ["CUB"]


def test_fighting_for_hours_is_a_fight_not_a_cause(code):
    event = only(code("Colombian troops and ELN rebels fought for hours near the town of Saravena."), "ASSAULT")
    assert countries(event.actor) == ["COL", "COL"]
    assert not [e for e in code("The union vowed to fight for higher wages in Bogota.") if e.event == "ASSAULT"]


def test_an_offensive_on_prices_is_no_attack(code):
    assert not code("Walmart de Mexico launched an offensive on prices to win back shoppers.")
    assert not code("The Argentine government launched an offensive against inflation.")
    assert only(code("The Colombian army launched an offensive against FARC dissidents in Cauca."), "ASSAULT")


def test_a_goal_is_sport(code):
    assert not code("Raul Jimenez attacked the near post and headed home the equaliser for Mexico.")

