"""Legal and judicial acts (probe_legal): acquittals and quashed convictions, detention and red
notices, arrests in absentia, extraditions approved or ordered by a court, people surrendered to
a court, clemency for a state's own people, orders to another state to stop, acts told in a
report ("TASS reported that ...") and conditional coercion that a warning after it reports.
All sentences are our own."""

from __future__ import annotations

import pytest

from detente.events.extract import place_recipient

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # acquittals and convictions quashed are clemency (CONCEDE), to the court's own people
        ("A court in Nairobi acquitted the opposition senator of incitement.", "CONCEDE", ["KEN"], ["KEN"]),
        ("An appeals court in Ankara overturned the conviction of the Kurdish mayor.", "CONCEDE", ["TUR"], ["TUR"]),
        # charges dismissed, withdrawn or a case dropped are clemency too
        ("A court in Islamabad dismissed the corruption charges against former prime minister Imran Khan.",
         "CONCEDE", ["PAK"], ["PAK"]),
        ("Senegalese prosecutors withdrew the charges against Ousmane Sonko.", "CONCEDE", ["SEN"], ["SEN"]),
        ("Guatemalan prosecutors dropped the case against Jose Ruben Zamora.", "CONCEDE", ["GTM"], []),
        # detention and wanted notices
        ("Chinese authorities placed two Japanese businessmen in detention.", "COERCE", ["CHN"], ["JPN"]),
        ("Interpol issued a red notice for the fugitive Brazilian banker.", "THREATEN", ["IGO"], ["BRA"]),
        # a court that orders or approves an extradition acts, not the person sent
        ("A Spanish court ordered the extradition of a Russian programmer to the United States.",
         "COOPERATE", ["ESP"], ["USA"]),
        ("Britain's home secretary approved the extradition of Julian Assange to the United States.",
         "COOPERATE", ["GBR"], ["USA"]),
        # a named person surrendered to a court is a legal handover, not a surrender of arms
        ("Manila surrendered former president Rodrigo Duterte to the International Criminal Court.",
         "COOPERATE", ["PHL"], ["IGO"]),
        # an order to another state to stop is a demand, not a halt of one's own act
        ("The International Court of Justice ordered Israel to halt its offensive in Rafah.",
         "REQUEST", ["IGO"], ["ISR"]),
        # "X reported that ..." tells the act, as "said that" does
        ("TASS reported that Russian investigators had opened a criminal case against the Estonian foreign minister.",
         "ACCUSE", ["RUS"], ["EST"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_pardoned_people_are_the_pardoning_state_own(code):
    event = only(code("The Moroccan king pardoned three journalists jailed over their reporting."), "CONCEDE")
    assert countries(place_recipient(event, None)) == ["MAR"]


@pytest.mark.parametrize(
    "text",
    [
        "A Moscow court ordered the arrest in absentia of the exiled Russian journalist.",
        "A court in Minsk sentenced the exiled opposition leader in absentia to 15 years in prison.",
    ],
)
def test_arrest_or_prison_term_in_absentia_is_a_threat(code, text):
    events = code(text)
    assert [e.event for e in events] == ["THREATEN"]
    assert events[0].mode == "arrest"


def test_prison_term_in_person_stays_coercion(code):
    events = code("A court in Minsk sentenced the opposition leader to 15 years in prison.")
    assert [e.event for e in events] == ["COERCE"]


def test_conditional_coercion_reported_by_a_later_warning_is_a_threat(code):
    event = only(code("Police could detain the organisers of the march if they block parliament, "
                      "the Georgian interior ministry warned."), "THREATEN")
    assert event.modality == "asserted"


def test_order_to_own_army_to_halt_is_not_a_demand(code):
    assert not [e for e in code("Putin ordered the army to halt the offensive.") if e.event == "REQUEST"]


def test_weapons_surrendered_stay_a_retreat(code):
    assert [e.event for e in code("The rebels surrendered their weapons to the Congolese army.")] == ["RETREAT"]


def test_in_absentia_in_a_relative_clause_leaves_the_arrest(code):
    events = code("Police in Tallinn arrested the businessman, who had been sentenced in absentia in Russia.")
    assert [e.event for e in events] == ["COERCE"]
