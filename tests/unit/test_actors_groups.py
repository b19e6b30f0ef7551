"""Generic and group actors reporters use: crowds, unknown attackers, blocs of states, ministries.

Event sentences whose actor is "rioters" or "Western powers" were dropped when the resolver found
nothing; these follow PLOVER's sectors (CVL, UAF, IGO) and the event gold's labels.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import Resolver, load_kb

DAY = dt.date(2019, 6, 1)


@pytest.fixture(scope="module")
def bundled(nlp):
    return Resolver(load_kb(), nlp)


def pairs(entities):
    return [(e.country, e.sector) for e in entities]


@pytest.mark.parametrize("text, context, expected", [
    ("Rioters", "Rioters set fire to shops in Manchester overnight.", [("GBR", "CVL")]),
    ("protesters", "Police used water cannon on protesters in Santiago.", [("CHL", "CVL")]),
    ("A mob", "A mob stormed the consulate in Karachi.", [("PAK", "CVL")]),
    ("villagers", "Soldiers fired on villagers in Mali.", [("MLI", "CVL")]),
    ("Shoppers in Japan", "Shoppers in Japan shunned South Korean goods.", [("JPN", "CVL")]),
    ("Tens of thousands of people", "Tens of thousands of people marched in Budapest.", [("HUN", "CVL")]),
    ("Millions", "Millions took to the streets on Sunday.", [(None, "CVL")]),
])
def test_crowds_are_civilians_of_the_place_named(bundled, text, context, expected):
    assert pairs(bundled.resolve_text(text, DAY, context)) == expected


def test_a_crowd_is_not_given_the_country_it_acts_against(bundled):
    assert pairs(bundled.resolve_text("Protesters", DAY, "Protesters burned an Israeli flag.")) == [(None, "CVL")]


def test_a_count_of_money_is_no_actor(bundled):
    assert bundled.resolve_text("millions of dollars", DAY, "The fund lost millions of dollars.") == []


def test_civilians_take_the_country_the_article_is_about(bundled, nlp):
    doc = nlp("Venezuela's opposition called a general strike. "
              "Venezuela's government said the strike had failed. "
              "Residents said shops stayed shut.")
    actors = bundled.for_document(doc, DAY)
    residents = next(t for t in doc if t.text == "Residents")
    assert pairs(actors.resolve(residents)) == [("VEN", "CVL")]


@pytest.mark.parametrize("text, context", [
    ("An attacker", "An attacker stabbed three people at a railway station."),
    ("unidentified assailants", "Unidentified assailants shot dead a local official."),
    ("A suicide bomber", "A suicide bomber blew himself up outside a mosque."),
    ("Gunmen", "Gunmen abducted a priest on Tuesday."),
])
def test_unknown_attackers_are_uaf_without_country(bundled, text, context):
    assert pairs(bundled.resolve_text(text, DAY, context)) == [(None, "UAF")]


@pytest.mark.parametrize("text, context", [
    ("Western governments", "Western governments condemned the crackdown."),
    ("Western powers", "Western powers urged restraint."),
    ("Gulf Arab states", "Gulf Arab states recalled their envoys."),
    ("Arab foreign ministers", "Arab foreign ministers met in Cairo."),
    ("major powers", "Tehran rejected the offer made by major powers."),
    ("six world powers", "Iran resumed talks with six world powers."),
    ("More than 150 nations", "More than 150 nations adopted the pact."),
    ("Dozens of countries", "Dozens of countries expelled Russian diplomats."),
    ("EU member states", "EU member states approved the package."),
    ("NATO allies", "NATO allies agreed to raise spending."),
])
def test_blocs_of_states_are_igo(bundled, text, context):
    assert pairs(bundled.resolve_text(text, DAY, context)) == [("IGO", None)]


@pytest.mark.parametrize("text, context, expected", [
    ("Saudi ministers", "Saudi ministers met the delegation.", [("SAU", "GOV")]),
    ("U.S. allies", "U.S. allies voiced concern.", [("USA", None)]),
    ("World leaders", "World leaders gathered in Davos.", [(None, "GOV")]),
    ("eight senior Taliban leaders", "Drone strikes killed eight senior Taliban leaders.", [("AFG", "REB")]),
])
def test_one_country_or_everyone_is_no_bloc(bundled, text, context, expected):
    assert pairs(bundled.resolve_text(text, DAY, context)) == expected


def test_members_of_a_body_are_no_bloc_of_states(bundled):
    got = bundled.resolve_text("Several members of Congress", DAY, "Several members of Congress criticised the deal.")
    assert [e.sector for e in got] == ["LEG"] and all(e.country != "IGO" for e in got)


def test_two_countries_are_still_the_last_two_named(bundled, nlp):
    doc = nlp("Chile and Peru signed a trade pact. The two countries will cut tariffs.")
    actors = bundled.for_document(doc, DAY)
    countries = next(t for t in doc if t.text == "countries")
    assert sorted(pairs(actors.resolve(countries))) == [("CHL", None), ("PER", None)]


def test_coordinated_demonyms_on_one_noun(bundled):
    got = bundled.resolve_text("Australian, French and British navies", DAY,
                               "Australian, French and British navies sailed through the strait.")
    assert pairs(got) == [("AUS", "MIL"), ("FRA", "MIL"), ("GBR", "MIL")]


@pytest.mark.parametrize("text, context, expected", [
    ("the U.S. Treasury", "The U.S. Treasury blacklisted two shipping firms.", [("USA", "GOV")]),
    ("the Treasury", ("Washington widened sanctions on Caracas and the U.S. said more would come; "
                      "the Treasury named six officials."), [("USA", "GOV")]),
    ("Pakistan's Foreign Office", "Pakistan's Foreign Office summoned the envoy.", [("PAK", "GOV")]),
])
def test_ministries_take_the_country_named(bundled, text, context, expected):
    assert pairs(bundled.resolve_text(text, DAY, context)) == expected


def test_unknown_proper_names_stay_unresolved(bundled):
    assert bundled.resolve_text("Velmor Quist", DAY, "Velmor Quist attacked the convoy.") == []


@pytest.mark.parametrize("text, context, expected", [
    ("the North", "Seoul said the North fired two missiles into the sea.", [("PRK", "GOV")]),
    ("the South", "Pyongyang cut all hotlines with the South on Tuesday.", [("KOR", "GOV")]),
    ("the North", "Rebels in the North seized the airport, Sudan's army said.", []),
])
def test_the_north_and_the_south_are_the_korean_states_only_in_news_of_korea(bundled, text, context, expected):
    assert pairs(bundled.resolve_text(text, DAY, context)) == expected


@pytest.mark.parametrize("text, context, expected", [
    ("Militants backed by Iran", "Militants backed by Iran attacked a US base.", [("IRN", "REB")]),
    ("Iran-backed militants", "Iran-backed militants attacked a US base.", [("IRN", "REB")]),
])
def test_a_group_backed_by_a_state_is_read_like_the_compound(bundled, text, context, expected):
    assert pairs(bundled.resolve_text(text, DAY, context)) == expected
