"""General web news: interviews, campaign talk, races called, crime, accidents and laws that
would have allowed an act are no events; arrests, talks and attacks around them still are.
All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # talking to the press is a statement, not a consultation
        ("The Australian prime minister discussed the bushfires with reporters in Canberra.", "CONSULT"),
        ("Talking to journalists on Friday, the Brazilian finance minister said the plan would work.",
         "CONSULT"),
        # campaigns and opinions of nobody in particular
        ("Many voters reject the idea of a carbon tax.", "REJECT"),
        ("The candidate blamed capitalism for the housing crisis.", "ACCUSE"),
        ("The Libertarian Party is seeking ballot access in Ohio.", "REQUEST"),
        ("The senator is seeking the Republican nomination for governor.", "REQUEST"),
        ("Residents are fighting for a new public holiday.", "ASSAULT"),
        ("The governor is fighting to win back suburban voters.", "ASSAULT"),
        # words in another sense
        ("Two networks called Arizona for the challenger late on Tuesday.", "REQUEST"),
        ("Support for the party has declined sharply since the spring.", "REJECT"),
        ("Security cameras captured the moment the van hit the barrier.", "ASSAULT"),
        # animals, vehicles and smugglers
        ("A keeper was mauled and killed by two tigers at the zoo in Ohio.", "ASSAULT"),
        ("A small aircraft overran the runway at the airport in Lukla.", "ASSAULT"),
        ("A rescue helicopter struck power lines near the village.", "ASSAULT"),
        ("Customs officers in Mombasa seized two tonnes of ivory hidden in a container.", "COERCE"),
        # background and things that did not happen
        ("The Indian and Chinese foreign ministers were scheduled to meet in Vienna in March.", "AGREE"),
        ("Police said there was no sign of a terrorist threat to the parade.", "THREATEN"),
        # what a law would have allowed is its content, not an act
        ("The bill would have allowed Hong Kong to extradite suspects to Taiwan.", "COOPERATE"),
    ],
)
def test_no_event_in_general_news(code, text, category):
    assert category not in [e.event for e in code(text)]


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("Police in Minsk detained the opposition leader on Sunday.", "COERCE", ["BLR"], [None]),
        ("Macron met Scholz in Berlin on Monday to discuss the budget.", "CONSULT", ["DEU", "FRA"], []),
                        ("Blinken spoke by phone with his Indian counterpart on Tuesday.", "CONSULT", ["IND", "USA"], []),
        ("The United States asked Britain to extradite the suspect.", "REQUEST", ["USA"], ["GBR"]),
        ("Kenya sought the support of its neighbours for the mission.", "REQUEST", ["KEN"], []),
    ],
)
def test_real_events_around_them_stay(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_fighting_to_take_ground_is_force(code):
    events = code("Syrian troops were fighting to retake the town of Saraqeb.")
    assert "fighting" in [e.trigger_text for e in events if e.event == "ASSAULT"]


def test_a_foreign_press_delegation_still_visits(code):
    events = code("A delegation of the Chinese news agency Xinhua arrived in Pyongyang on Monday.")
    assert "CONSULT" in [e.event for e in events]


def test_a_meeting_still_scheduled_is_announced(code):
    event = only(code("The Indian and Chinese foreign ministers are scheduled to meet in Vienna next week."),
                 "AGREE")
    assert countries(event.actor) == ["CHN", "IND"]


def test_a_schedule_told_in_reported_speech_is_still_future(code):
    events = code("The Brazilian finance minister was scheduled to travel to Switzerland tomorrow, officials said.")
    assert "AGREE" in [e.event for e in events]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # what another state should or must do, said before or after the clause, is a demand on it
    ("Japan should apologise for its past crimes, Rodong Sinmun said.", "PRK", "JPN"),
    ("Germany should send more tanks to Ukraine, Polish President Andrzej Duda said on Monday.", "POL", "DEU"),
    ("Israel must halt its attacks on Gaza, Egyptian Foreign Minister Sameh Shoukry said.", "EGY", "ISR"),
    ("Egyptian Foreign Minister Sameh Shoukry said Israel must halt its attacks on Gaza.", "EGY", "ISR"),
])
def test_what_another_state_should_do_is_a_demand_not_its_act(code, text, actor, recipient):
    events = code(text)
    demand = only(events, "REQUEST")
    assert (countries(demand.actor), countries(demand.recipient)) == ([actor], [recipient])
    assert [e.event for e in events] == ["REQUEST"]


def test_what_the_speakers_themselves_should_do_is_no_demand(code):
    assert not [e for e in code("We must strengthen our alliance with Japan, Biden said.") if e.event == "REQUEST"]


def test_a_claim_told_after_its_clause_is_still_a_report(code):
    events = code("Russia has not sent troops to Belarus, Lukashenko said.")
    assert [(e.event, e.negated) for e in events] == [("MOBILIZE", True)]


@pytest.mark.parametrize("text", [
    "Russian missiles struck a market in Kharkiv, killing 12 people.",
    "Israeli jets bombed a crowded market in Gaza City.",
    "Russian drones targeted a market in Kherson on Saturday.",
])
def test_a_marketplace_struck_is_an_attack(code, text):
    assert only(code(text), "ASSAULT").actor


def test_a_market_of_a_region_attacked_by_sellers_is_business(code):
    assert not code("Korean carmakers are attacking the European market with cheaper models.")
