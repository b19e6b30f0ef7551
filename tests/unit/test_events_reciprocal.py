"""Parties named once and referred to again: "the two", "each side", "both sides" in a later
clause are the parties of the main clause; "the kingdom", "the Pacific nation", "his country",
and a state body "its parliament" as a subject, are the state a subject named before; a gerund
"hours after arresting him" is done by the main clause's subject; "the next day" of a past story
is no future. All sentences are our own."""

from __future__ import annotations

import pytest

from detente import code_text
from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("Macron spoke by phone with his Italian counterpart on Sunday, and the two agreed to "
         "coordinate their migration policies.", "AGREE", ["FRA", "ITA"]),
        ("The Serbian president met the Hungarian prime minister in Belgrade, and the two leaders "
         "signed a declaration on energy cooperation.", "SUPPORT", ["HUN", "SRB"]),
        ("India and Pakistan agreed to a ceasefire along the Line of Control, though each side "
         "accused the other of violating it within a day.", "ACCUSE", ["IND", "PAK"]),
        ("Ethiopian and Eritrean troops exchanged artillery fire near Badme, with each accusing the "
         "other of starting the clash.", "ACCUSE", ["ERI", "ETH"]),
    ],
)
def test_reciprocal_subjects_are_the_parties_named_before(code, text, category, actor):
    assert_coded(code(text), category, actor, [])


def test_a_reciprocal_with_no_parties_before_it_stays_unresolved(code):
    assert "CONSULT" not in [e.event for e in code("The two leaders met in Geneva on Tuesday.")]


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("Kenyan authorities handed the suspect over to Uganda hours after arresting him in Nairobi.",
         "COERCE", ["KEN"], []),
        ("A Minsk court sentenced the Lithuanian activist to five years on Friday, two days after convicting her of "
         "extremism.", "SANCTION", ["BLR"], []),
    ],
)
def test_a_gerund_after_a_span_of_time_belongs_to_the_main_clause(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_the_next_day_of_a_past_story_is_no_future(code):
    event = only(code("Residents said Russian troops kept shelling Kherson the next day."), "ASSAULT")
    assert event.modality == "asserted"


def test_next_week_is_still_future(code):
    event = only(code("Russian troops will withdraw from the town next week."), "CONCEDE")
    assert event.modality == "future"


def test_a_gerund_after_by_in_a_passive_clause_is_not_the_subjects_act(code):
    # "by protesting legislators" (read as a gerund under "by") names who interrupted her
    events = code("Today the Chief Executive of Hong Kong Carrie Lam delivered her annual policy speech. "
                  "Speaking in the Legislative Council, Lam was interrupted by protesting legislators.")
    assert [e for e in events if e.trigger_text == "protesting"] == []


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("Bahrain's foreign minister said his country would restore ties with Qatar.", "AGREE", ["BHR"], ["QAT"]),
        ("Honduras cut ties with Taiwan, and the small nation recognised Beijing a day later.",
         "SUPPORT", ["HND"], ["CHN"]),
        ("According to the official news agency SPA, the kingdom condemned the attack on Israeli settlers "
         "by Palestinian gunmen.", "ACCUSE", ["SAU"], []),
        ("Iraq's government protested to both countries, and its parliament has voted to expel U.S. troops.",
         "COERCE", ["IRQ"], ["USA"]),
        ("Russia said on Friday its forces had completed their withdrawal from the city of Kherson.",
         "RETREAT", ["RUS"], []),
    ],
)
def test_a_state_referred_to_again_by_a_common_noun(code, text, category, actor, recipient):
    event = only(code(text), category)
    assert countries(event.actor) == actor
    assert not recipient or countries(event.recipient) == recipient


def test_a_country_noun_with_two_states_before_it_and_no_subject_stays_unresolved(code):
    events = code("After talks between Chile and Peru, the country condemned the attack.")
    assert all(countries(e.actor) in ([], [None]) for e in events if e.event == "ACCUSE")


def test_remaining_committed_is_a_stance_not_an_act(code):
    assert "AGREE" not in [e.event for e in code("Ghana's president said the country remained committed to "
                                                 "the regional peace plan.")]


def test_a_truce_named_by_a_nationality_is_that_states(code):
    assert_coded(code("The Libyan truce took effect at dawn, and the shelling of Tripoli stopped."),
                 "RETREAT", ["LBY"], [])



def test_his_country_is_the_country_of_the_person_named_nearest_before():
    events = code_text("Bankers heard what Brazil's hard line would mean, with a presentation from Argentine "
                       "Economy Minister Juan Sourrouille on his country's request for new loans.", "1987-03-01")
    assert [[a.country for a in e.actor] for e in events if e.event == "REQUEST"] == [["ARG"]]
