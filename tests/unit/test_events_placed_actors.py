"""Domestic groups and institutions named without a country act for the country the event is in."""

from __future__ import annotations

import pytest

from detente import code_text

MANCHESTER = ("A man stabbed three people in a park in Manchester on Saturday evening. "
              "Police soon arrived and detained the man. Officers later searched a flat in Salford.")


def test_police_of_a_report_about_one_country_are_that_countrys():
    events = code_text(MANCHESTER, "2020-06-21")
    (arrest,) = [e for e in events if e.event == "COERCE"]
    assert [a.code for a in arrest.actor] == ["GBRCOP"]
    assert (arrest.location.country, arrest.location.basis) == ("GBR", "article")


def test_police_of_the_place_the_sentence_names():
    (arrest,) = code_text("Police arrested twelve people in Tamil Nadu on Monday.", "2020-06-21")
    assert [a.code for a in arrest.actor] == ["INDCOP"]


@pytest.mark.parametrize("text", [
    "The ministry accused the opposition of fraud in a statement issued in Nairobi.",
    "Soldiers were deployed along the border near Kharkiv.",
])
def test_ministries_and_forces_do_not_take_the_country_of_the_place(text):
    events = code_text(text, "2022-03-01")
    assert events
    assert [a.country for e in events for a in e.actor] == [None] * sum(len(e.actor) for e in events)


def test_an_actor_with_a_country_keeps_it():
    (arrest,) = code_text("Turkish police detained two Greek soldiers in Edirne.", "2020-06-21")
    assert [a.code for a in arrest.actor] == ["TURCOP"]


def test_a_party_of_a_report_about_one_country_is_that_countrys():
    text = ("Tens of thousands marched through Minsk on Sunday, and smaller crowds gathered in Brest "
            "and Gomel. Opposition leaders accused Alexander Lukashenko of rigging the vote.")
    (accusation,) = [e for e in code_text(text, "2020-08-16") if e.event == "ACCUSE"]
    assert [a.code for a in accusation.actor] == ["BLROPP"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Opposition leaders called on President Alexander Lukashenko to resign.", ["BLROPP"]),
    ("Protesters demanded that the Thai government dissolve parliament.", ["THACVL"]),
])
def test_a_domestic_group_addressing_a_state_is_its_own(text, actor):
    (request,) = code_text(text, "2020-08-16")
    assert [a.code for a in request.actor] == actor


def test_refugees_addressing_a_state_are_not_its_own():
    assert code_text("Refugees asked the German government for asylum.", "2020-08-16") == []


def test_farmers_are_a_domestic_group():
    (blockade,) = code_text("Farmers blockaded motorways around Paris with their tractors.", "2024-01-29")
    assert [a.code for a in blockade.actor] == ["FRAAGR"]


MEASLES = ("Measles cases doubled in Manila and Cebu in a week, and hospitals in Davao ran out of "
           "beds. The president called on church leaders and teachers to help vaccinate every child.")


def test_domestic_groups_addressed_by_their_government_take_the_articles_country():
    (appeal,) = [e for e in code_text(MEASLES, "2019-12-02") if e.event == "REQUEST"]
    assert {a.code for a in appeal.recipient} == {"PHLREL", "PHLEDU"}


def test_domestic_groups_addressed_by_a_foreign_state_are_not_placed_by_the_article():
    text = ("Protests spread from Caracas to Maracaibo and Valencia over the weekend. "
            "The U.S. State Department urged the opposition to avoid violence.")
    (appeal,) = [e for e in code_text(text, "2019-04-30") if e.event == "REQUEST"]
    assert [a.country for a in appeal.recipient] == [None]


def test_opposition_named_without_a_country_cooperates_in_the_country_of_the_place():
    (agreement,) = code_text("Opposition leaders agreed to postpone the rally in Tbilisi until next week.", "2019-03-01")
    assert (agreement.event, [a.code for a in agreement.actor]) == ("AGREE", ["GEOOPP"])
    assert code_text("The two companies agreed to merge.", "2019-03-01") == []
    assert code_text("Officials agreed to review the contract.", "2019-03-01") == []


def test_an_unnamed_government_concedes_in_the_country_of_its_place():
    (concession,) = code_text("The junta lifted the curfew in Yangon.", "2021-06-01")
    assert concession.event == "CONCEDE"
    assert [a.country for a in concession.actor] == ["MMR"]


@pytest.mark.parametrize("text", [
    "Belarusian police detained Ales Kovalenko on Tuesday.",
    "A Belarusian court jailed Ales Kovalenko for five years.",
])
def test_a_person_unknown_to_the_tables_held_by_a_states_police_or_courts_is_its_own(text):
    (held,) = code_text(text, "2023-06-01")
    assert [a.country for a in held.recipient] == ["BLR"]
