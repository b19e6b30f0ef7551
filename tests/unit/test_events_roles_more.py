"""Actors and recipients the coder used to miss: the rival of a show of force, the forces' own
border, the author of what a speech act is about, domestic groups placed by the gazetteer. All
sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # a show of force told with the quarrel it answers is aimed at the rival
        ("Greece put its navy on alert as tensions with Turkey rose over drilling rights.", ["GRC"], ["TUR"]),
        ("Kenya moved troops to the north after a border dispute with Somalia.", ["KEN"], ["SOM"]),
        ("Thailand held naval drills in the gulf amid a row with Cambodia.", ["THA"], ["KHM"]),
        # the forces' own border is no recipient; its other side is
        ("Armenia sent more troops to its border with Azerbaijan on Sunday.", ["ARM"], ["AZE"]),
    ],
)
def test_show_of_force_recipient(code, text, actor, recipient):
    event = only(code(text), "MOBILIZE")
    assert countries(event.actor) == actor
    assert countries(event.recipient) == recipient


def test_a_quarrel_in_a_joined_main_clause_is_not_the_rival(code):
    text = "Chile held naval drills off its coast, and Bolivia voiced concern over a dispute with Peru."
    event = only(code(text), "MOBILIZE")
    assert "PER" not in countries(event.recipient)


def test_a_quarrel_between_others_names_no_rival(code):
    event = only(code("Sweden held air drills as tensions rose in the Baltic."), "MOBILIZE")
    assert countries(event.recipient) == []


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # the agent of a participle owns the thing the speech act is about
        ("Ghana refused to sign a trade deal drafted by the European Union.", "REJECT", ["GHA"], ["IGO"]),
        ("Peru rejected the peace plan put forward by Ecuador.", "REJECT", ["PER"], ["ECU"]),
    ],
)
def test_author_of_the_content_is_the_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_the_author_of_a_subject_is_not_its_actor(code):
    text = "The proposal drafted by Egypt demanded that both sides stop firing."
    assert "REQUEST" not in [e.event for e in code(text)]


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # help and offers: a "for" phrase names who benefits, "into" where help goes
        ("Canada pledged 20 million dollars for Haiti on Monday.", "AGREE", ["CAN"], ["HTI"]),
        ("Jordan sent medical supplies into Syria.", "AID", ["JOR"], ["SYR"]),
    ],
)
def test_who_benefits_from_help(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_a_pledge_for_its_own_people_has_no_foreign_recipient(code):
    event = only(code("Brazil promised to spend ten billion reais for Brazilian farmers."), "AGREE")
    assert countries(event.recipient) == []


def test_a_domestic_group_takes_the_country_of_a_gazetteer_place(code):
    from detente.events.extract import place_actor
    from detente.records import Location

    event = only(code("Riot police beat students with batons in the town square."), "ASSAULT")
    assert countries(event.actor) == [None]
    place = Location(name="Kutaisi", country="GEO", lat=None, lon=None)
    assert countries(place_actor(event, place)) == ["GEO"]
    dateline = Location(name="Kutaisi", country="GEO", lat=None, lon=None, basis="dateline")
    assert countries(place_actor(event, dateline)) == ["GEO"]  # by the dateline too


def test_an_army_is_not_placed_by_the_gazetteer(code):
    from detente.events.extract import place_actor
    from detente.records import Location

    event = only(code("Soldiers shelled the villages near the river."), "ASSAULT")
    place = Location(name="Kutaisi", country="GEO", lat=None, lon=None)
    assert countries(place_actor(event, place)) == countries(event.actor)


def test_a_go_between_is_not_the_author(code):
    text = "Nepal rejected the truce mediated by India between the two parties."
    event = only(code(text), "REJECT")
    assert "IND" not in countries(event.recipient)


def test_calling_off_drills_to_please_a_third_country_is_a_concession_to_it(code):
    text = "Tokyo and Washington postponed their joint naval drills to make room for talks with Beijing."
    event = only(code(text), "CONCEDE")
    assert countries(event.actor) == ["JPN", "USA"]
    assert countries(event.recipient) == ["CHN"]


def test_the_owner_of_a_noun_in_the_trigger_is_the_target(code):
    text = "North Korean hackers broke into the email accounts of Japanese defence officials."
    event = only(code(text), "COERCE")
    assert countries(event.actor) == ["PRK"]
    assert countries(event.recipient) == ["JPN"]
