"""Constructions of the second pass over the coder: recipients inside a speech act's content,
arrivals of forces, protests and whom they target, weapons as perpetrators, releases, claims,
and the trigger rows added with them. All sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events import EventCandidate, extract_events, load_lexicon


@pytest.fixture(scope="module")
def code(nlp):
    from detente.actors import Resolver, load_kb

    resolver = Resolver(load_kb())
    lexicon = load_lexicon()

    def run(text: str) -> list[EventCandidate]:
        doc = nlp(text)
        return extract_events(doc, resolver.for_document(doc, dt.date(2023, 6, 1)), lexicon)

    return run


def countries(entities) -> list[str | None]:
    return sorted((e.country for e in entities), key=str)


def only(events: list[EventCandidate], category: str) -> EventCandidate:
    found = [e for e in events if e.event == category]
    assert len(found) == 1, [(e.event, e.trigger_text) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # the party named inside the content of a speech act is its recipient
        ("The European Union agreed to lend Moldova two billion euros.", "AGREE", ["IGO"], ["MDA"]),
        ("Japan offered to help Turkey rebuild hospitals after the quake.", "AGREE", ["JPN"], ["TUR"]),
        ("Kabul refused to hand over the suspects to Pakistan.", "REJECT", ["AFG"], ["PAK"]),
        # a place names the target of a concession or a coercive act when nothing else does
        ("Ethiopia lifted the state of emergency in Tigray on Friday.", "CONCEDE", ["ETH"], ["ETH"]),
        ("Serbia lifted the curfew in Kosovo after the vote.", "CONCEDE", ["SRB"], ["XKX"]),
        # added trigger rows
        ("Nigeria turned down a British request to extradite the senator.", "REJECT", ["NGA"], ["GBR"]),
        ("Beijing suspended imports of Australian coal in November.", "SANCTION", ["CHN"], ["AUS"]),
        ("Ecuador granted refuge to two Venezuelan opposition politicians.", "AID", ["ECU"], ["VEN"]),
        ("Belarus said it would always stand with Russia.", "AGREE", ["BLR"], ["RUS"]),
        ("The Iraqi government gave Turkey a deadline to pull its soldiers out of Bashiqa.",
         "THREATEN", ["IRQ"], ["TUR"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    event = only(code(text), category)
    assert countries(event.actor) == actor
    assert countries(event.recipient) == recipient


def test_troops_arriving_for_joint_drills_are_coded_by_the_drills(code):
    events = code("Russian troops arrived in Serbia for joint anti-terror drills.")
    assert [e.event for e in events] == ["COOPERATE"]
    assert countries(events[0].recipient) == ["SRB"]


def test_warships_arriving_show_force_rather_than_visit(code):
    events = code("Two Chinese warships arrived in Sri Lanka on Tuesday.")
    assert "CONSULT" not in [e.event for e in events]
    event = only(events, "MOBILIZE")
    assert event.mode == "weapons"
    assert countries(event.recipient) == ["LKA"]


def test_peacekeepers_arriving_bring_help(code):
    event = only(code("The first Kenyan peacekeeping troops arrived in Haiti on Tuesday."), "AID")
    assert countries(event.actor) == ["KEN"]
    assert countries(event.recipient) == ["HTI"]


def test_a_delegation_arriving_still_visits(code):
    event = only(code("A Chinese delegation arrived in Pyongyang on Monday."), "CONSULT")
    assert event.mode == "visit"


def test_a_hunger_strike_targets_what_it_protests_against(code):
    text = "Hundreds of Tamil refugees began a hunger strike to protest against Australia's detention policy."
    event = only(code(text), "PROTEST")
    assert event.mode == "hunger"
    assert countries(event.recipient) == ["AUS"]


def test_a_crowd_without_a_country_belongs_to_the_place_it_rallies_in(code):
    event = only(code("Tens of thousands of people rallied in Tbilisi against the foreign agents bill."), "PROTEST")
    assert countries(event.actor) == ["GEO"]
    assert countries(event.recipient) == ["GEO"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Four Nigerian soldiers were killed by a roadside bomb near Maiduguri.", "explosives"),
        ("A roadside bombing near Kandahar killed two Canadian soldiers.", "explosives"),
        ("A suicide bomber killed twelve police officers in Quetta.", "suicide-attack"),
    ],
)
def test_a_weapon_stands_for_an_unknown_perpetrator(code, text, mode):
    event = only(code(text), "ASSAULT")
    assert [(e.country, e.sector) for e in event.actor] == [(None, "UAF")]
    assert event.mode == mode


def test_a_noun_killed_in_fighting_is_the_victim_not_the_actor(code):
    events = code("Armenia and Azerbaijan exchanged the bodies of soldiers killed in the fighting.")
    assert "ASSAULT" not in [e.event for e in events]


def test_an_assault_by_the_subject_of_a_noun_is_the_agents(code):
    event = only(code("A rocket attack by Houthi rebels killed three Saudi border guards."), "ASSAULT")
    assert countries(event.actor) == ["YEM"]
    assert countries(event.recipient) == ["SAU"]


def test_releasing_water_is_no_retreat_but_releasing_prisoners_is(code):
    assert "RETREAT" not in [e.event for e in code("Japan began releasing treated water into the Pacific.")]
    event = only(code("Venezuela released six American prisoners on Saturday."), "RETREAT")
    assert event.mode == "release"


def test_acts_inside_reports_that_are_not_asserted(code):
    text = "The ministry declined to comment on reports that Iranian drones had entered Iraqi airspace."
    assert code(text) == []


def test_joint_flights_of_two_air_forces_are_cooperation(code):
    text = "Japanese and American fighter jets flew over the East China Sea in a show of force."
    event = only(code(text), "COOPERATE")
    assert countries(event.actor) == ["JPN", "USA"]


@pytest.mark.parametrize(
    ("text", "category", "mode"),
    [
        ("Islamic State militants beheaded a Japanese journalist.", "ASSAULT", "targeted"),
        ("Syrian air defences shot down an Israeli drone.", "ASSAULT", "aerial"),
        ("Gunmen took dozens of foreign workers hostage at the gas plant.", "ASSAULT", "abduct"),
        ("A court in Tehran sentenced the French researcher to six years in prison.", "COERCE", "arrest"),
        ("Thousands of students walked out of classes in Santiago.", "PROTEST", "strike"),
        ("The Iranian delegation walked out of the talks in Vienna.", "REJECT", "meet"),
        ("North Korea displayed new missiles at a military parade.", "MOBILIZE", "weapons"),
        ("Hanoi banned any contact with the breakaway government.", "REJECT", "meet"),
    ],
)
def test_added_trigger_rows(code, text, category, mode):
    event = only(code(text), category)
    assert event.mode == mode


def test_a_protest_noun_in_a_complaint_names_the_target(code):
    event = only(code("Lebanon complained to the Security Council over Israeli air raids."), "ACCUSE")
    assert "ISR" in countries(event.recipient)
