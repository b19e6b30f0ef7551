"""Actors the tables used to miss or misread: first names taken for surnames, seas taken for
countries, companies named after a province, institutions placed by a town, spokespeople."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import Resolver, load_kb


@pytest.fixture(scope="module")
def bundled(nlp):
    return Resolver(load_kb(), nlp)


def codes(entities):
    return [e.code for e in entities]


@pytest.mark.parametrize("date, text, context, expected", [
    # a first name followed by the rest of the name is no surname of a KB person
    ("2019-10-02", "Elizabeth Warren's campaign", "Elizabeth Warren's campaign rejected the donation.", []),
    ("2023-11-20", "Khan Younis", "Israeli tanks moved toward Khan Younis on Monday.", []),
    ("2020-03-05", "Elizabeth", "Elizabeth Warren endorses Joe Biden in 2020 US presidential election", []),
    # a given name written before a surname must be the KB person's, however the parse hangs it
    ("2019-12-01", "the Usman Khan attack", "Detectives reviewed the Usman Khan attack in detail.", []),
    ("2019-12-01", "Mr. Khan", "Pakistani Prime Minister Imran Khan landed in Riyadh. Mr. Khan met the king.",
     ["PAKGOV"]),
    ("2019-12-01", "Prime Minister Khan", "Prime Minister Khan opened the new road.", ["PAKGOV"]),
    ("2019-12-01", "Queen Elizabeth", "Queen Elizabeth opened the new session of parliament.", ["GBRGOV"]),
    # seas are not countries
    ("2020-03-01", "the Indian Ocean", "Two warships sailed across the Indian Ocean.", []),
    ("2020-03-01", "the South China Sea", "Beijing built runways in the South China Sea.", []),
    # a company named after a province is no act of that state; a province's officials are
    ("2020-03-01", "Texas Instruments", "Texas Instruments signed a supply deal with the carmaker.", []),
    ("2020-03-01", "Texas officials", "Texas officials sued the federal government.", ["USAGOV"]),
])
def test_namesakes_and_places(bundled, date, text, context, expected):
    assert codes(bundled.resolve_text(text, dt.date.fromisoformat(date), context)) == expected


@pytest.mark.parametrize("text, context, expected", [
    ("Armed men", "Armed men stormed a village police post overnight.", ["UAF"]),
    ("Masked men", "Masked men set fire to the offices of the newspaper.", ["UAF"]),
    ("Dockworkers", "Dockworkers walked off the job for a second day.", ["LAB"]),
    ("CODECO militiamen", "CODECO militiamen raided a camp for displaced families.", ["CODPRM"]),
    ("CODECO", "CODECO denied the accusation.", ["CODREB"]),
    # "X in <town>": the town's country from the gazetteer, for institutions and groups of a place
    ("Federal prosecutors in Brooklyn", "Federal prosecutors in Brooklyn charged the trader with fraud.",
     ["USAJUD"]),
    ("a special court in Rawalpindi", "A special court in Rawalpindi convicted the former army chief.",
     ["PAKJUD"]),
    ("Rebels in Benghazi", "Rebels in Benghazi refused the offer of a truce.", ["LBYREB"]),
    ("Chicago police", "Chicago police arrested two men after the shooting.", ["USACOP"]),
    # "at" a named body is that body
    ("Judges at the International Criminal Court",
     "Judges at the International Criminal Court issued a warrant for the general.", ["IGOJUD"]),
    # a text speaks for the outlet that carried it
    ("A commentary carried by Xinhua", "A commentary carried by Xinhua accused the navy of provocation.",
     ["CHNJRN"]),
    ("An editorial published by Rodong Sinmun", "An editorial published by Rodong Sinmun denounced the drills.",
     ["PRKJRN"]),
])
def test_unnamed_groups_and_placed_institutions(bundled, text, context, expected):
    assert codes(bundled.resolve_text(text, dt.date(2022, 5, 1), context)) == expected


@pytest.mark.parametrize("date, text, context, expected", [
    ("2022-03-10", "Maria Zakharova", "Maria Zakharova said Moscow would answer the expulsions.", ["RUSGOV"]),
    ("2022-03-10", "Zakharova", "Zakharova said Moscow would answer the expulsions.", ["RUSGOV"]),
    ("2019-07-01", "Peskov", "Peskov told reporters that the Kremlin saw no reason for talks.", ["RUSGOV"]),
    ("2023-04-01", "Mao Ning", "Mao Ning urged Washington to stop arming the island.", ["CHNGOV"]),
    # companies: global platforms are MNC, a firm tied to one state takes its code
    ("2022-03-10", "Instagram", "Instagram removed the accounts of the ministry.", ["MNCBUS"]),
    ("2021-05-24", "Ryanair", "Ryanair said its crew had been ordered to land.", ["MNCBUS"]),
    ("2014-12-19", "Sony Pictures", "Sony Pictures cancelled the release of the film.", ["USABUS"]),
])
def test_spokespeople_and_companies(bundled, date, text, context, expected):
    assert codes(bundled.resolve_text(text, dt.date.fromisoformat(date), context)) == expected


@pytest.mark.parametrize("date, text, context, expected", [
    # people in the news who hold no office: their nationality and the role that makes them news
    ("2019-04-11", "Julian Assange", "British police arrested Julian Assange at the embassy.", ["AUSCVL"]),
    ("2018-10-20", "Khashoggi", ("Riyadh admitted that Jamal Khashoggi died in its consulate. Khashoggi had "
                                 "criticised the crown prince."), ["SAUJRN"]),
    ("2021-02-02", "Alexei Navalny", "A Moscow court jailed Alexei Navalny for three and a half years.", ["RUSOPP"]),
])
def test_people_in_the_news(bundled, date, text, context, expected):
    assert codes(bundled.resolve_text(text, dt.date.fromisoformat(date), context)) == expected
