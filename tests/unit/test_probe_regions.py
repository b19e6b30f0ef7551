"""Constructions found with the probe of news from Africa, Latin America, the Middle East, South,
Southeast and Central Asia (`tests/gold/events/probe_regions.jsonl`): titled leaders joined by
"and", hosting "for talks", results told by a participle, warnings of a danger, inquiries set up,
police "who fired tear gas", shows of force after another state's strike, aid carried by a
vehicle, people helped or placed by their own phrase, and the regional bodies and armed groups
added to the actor tables. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # two titled leaders joined by "and" that the parser does not join
        ("Thai Prime Minister Srettha Thavisin and Cambodian Prime Minister Hun Manet agreed to reopen "
         "two border checkpoints.", "AGREE", ["KHM", "THA"], []),
        ("Egyptian President Abdel Fattah al-Sisi and Ethiopian Prime Minister Abiy Ahmed agreed to "
         "resume talks on the dam.", "AGREE", ["EGY", "ETH"], []),
        ("Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev signed a "
         "treaty on their common border.", "SUPPORT", ["KAZ", "UZB"], []),
        # hosting a leader "for talks" is the guest's visit
        ("Angolan President Joao Lourenco hosted Rwandan President Paul Kagame in Luanda for talks "
         "on eastern Congo.", "CONSULT", ["RWA"], ["AGO"]),
        # a ship or plane sent carrying relief brings aid, to where it is sent
        ("Malaysia sent a ship carrying 1,500 tonnes of rice and medicine to Myanmar.", "AID", ["MYS"], ["MMR"]),
        # a show of force answers the other state's strike told after it
        ("Iran put its air defences on high alert after Pakistani jets struck militant hideouts in "
         "Sistan-Baluchestan.", "MOBILIZE", ["IRN"], ["PAK"]),
        # "inside" a country names it as "in" does
        ("Turkey threatened to strike Kurdish militants inside Syria.", "THREATEN", ["TUR"], ["SYR"]),
        # people helped are of the country where they are
        ("UNICEF delivered vaccines to 300,000 children in Yemen.", "AID", ["IGO"], ["YEM"]),
        # a domestic group placed by its own phrase
        ("Teachers in Nairobi went on strike over unpaid wages.", "PROTEST", ["KEN"], []),
        # added rows: a region, regional bodies and armed groups
        ("Burundian troops pulled out of positions in eastern Congo.", "RETREAT", ["BDI"], ["COD"]),
        ("Paraguay urged Mercosur to conclude the trade deal with the European Union.", "REQUEST",
         ["PRY"], ["IGO"]),
        ("JNIM fighters ambushed a Malian army convoy near Timbuktu.", "ASSAULT", ["MLI"], ["MLI"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        # a participle after a comma tells what the main act achieved
        "Ghana and Togo signed a maritime accord, ending years of tension over oil fields.",
        # a danger warned of is no threat
        "The Somali president asked donors for more aid, warning of a famine in the south.",
        # market, sport: no rally, no seizure
        "Kenyan shares rallied for a third day on strong bank earnings.",
        "Ethiopia's runners seized three gold medals on the final night in Budapest.",
    ],
)
def test_no_second_or_false_event(code, text):
    events = code(text)
    assert not [e for e in events if e.event in ("CONCEDE", "THREATEN", "PROTEST", "COERCE")], \
        [(e.event, e.trigger_text) for e in events]


def test_a_commission_set_up_to_investigate_is_an_inquiry(code):
    event = only(code("Nigeria's government set up a panel to investigate the killing of protesters in Lagos."),
                 "ACCUSE")
    assert event.mode == "investigate" and countries(event.actor) == ["NGA"]


def test_a_second_aim_joined_to_a_demand_is_its_content(code):
    events = code("The African Union called on Sudan's army to end the siege and allow aid into El Fasher.")
    assert [e.event for e in events] == ["REQUEST"]


def test_police_who_fired_tear_gas_at_a_protest_act(code):
    events = code("Students in Dhaka clashed with police who fired tear gas and rubber bullets.")
    assert "ASSAULT" in [e.event for e in events]
    assert only(events, "ASSAULT").mode == "crowd-control"


def test_a_hunger_strike_keeps_its_mode(code):
    event = only(code("The jailed Egyptian activist went on hunger strike in Cairo."), "PROTEST")
    assert event.mode == "hunger"


def test_test_fired_with_a_misread_subject(code):
    event = only(code("Iran's Revolutionary Guards test-fired cruise missiles during naval drills in the Gulf."),
                 "MOBILIZE")
    assert countries(event.actor) == ["IRN"] and event.mode == "weapons"
