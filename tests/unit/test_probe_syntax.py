"""Constructions of the syntax probe (probe_syntax): relative clauses and fronted participles the
parser misreads, passives, nominalisations as subjects, pronouns that refer back, and settings
told by a participle. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a verb after a relative clause that the parser hangs on the subject noun
        ("Norway, which has hosted secret talks for years, offered on Monday to mediate between "
         "Venezuela and its opposition.", "AGREE", ["NOR"], ["VEN"]),
        # a verb the parser hangs on a noun inside the subject
        # a fronted participle the parser took for the subject
        ("Speaking at a news conference in Ankara, Turkey's foreign minister accused Israel of "
         "blocking aid.", "ACCUSE", ["TUR"], ["ISR"]),
        # an attack claimed in the passive
        # an act named as a subject, with the participle that says whose it is
        ("A nationwide strike called by Nigeria's labour unions shut banks and airports.",
         "PROTEST", ["NGA"], []),
        # "it" as the subject of a second verb is the first verb's subject
        ("Pakistan's foreign office condemned the strike, and it also warned India of a firm response.",
         "THREATEN", ["PAK"], ["IND"]),
        # a pronoun object in a participle after the act refers back to its object
        ("Antony Blinken met Wang Yi in Munich, urging him to stop helping Moscow's war effort.",
         "REQUEST", ["USA"], ["CHN"]),
        ("The European Commission wrote to Budapest on Friday, asking it to amend the media law.",
         "REQUEST", ["IGO"], ["HUN"]),
        # passives: the recipient on the subject noun, aid sent into a place
        ("Fresh sanctions on Belarus will be imposed by the European Union next week.",
         "THREATEN", ["IGO"], ["BLR"]),
        ("Medical supplies were flown to Khartoum by Egyptian military planes.", "AID", ["EGY"], ["SDN"]),
        # forces seen by the ministry that reports them
        ("Twenty Chinese military aircraft were detected near Taiwan on Sunday, the defence ministry said.",
         "MOBILIZE", ["CHN"], ["TWN"]),
        # crowds that ring a building
        ("The presidential palace in Colombo was surrounded by thousands of protesters.",
         "PROTEST", ["LKA"], ["LKA"]),
        # a guest welcomed in the passive visits
        ("Yoon Suk Yeol was welcomed by Joe Biden on Wednesday.", "CONSULT", ["KOR"], ["USA"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_a_verb_hung_on_a_noun_inside_the_subject_is_the_main_verb(code):
    event = only(code("A Russian drone attack on a power station in Odesa killed two workers overnight."), "ASSAULT")
    assert countries(event.actor) == ["RUS"]


def test_an_attack_claimed_in_the_passive_is_the_claimants(code):
    event = only(code("The car bombing outside a police station in Mogadishu was claimed by al-Shabaab."), "ASSAULT")
    assert countries(event.actor) == ["SOM"]


def test_a_reaction_drawn_by_an_act_is_aimed_at_its_owner_and_the_act_is_its_topic(code):
    events = code("North Korea's satellite launch drew swift condemnation from Tokyo.")
    assert [e.event for e in events] == ["ACCUSE"]
    assert countries(events[0].actor) == ["JPN"]
    assert countries(events[0].recipient) == ["PRK"]


def test_a_meeting_told_by_a_fronted_participle_is_the_setting(code):
    events = code("Meeting in Cairo on Sunday, Egypt and Sudan signed a military cooperation agreement.")
    assert "CONSULT" not in [e.event for e in events]
    assert countries(only(events, "SUPPORT").actor) == ["EGY", "SDN"]


def test_launches_not_detected_stay_a_negated_launch(code):
    event = only(code("Seoul said no North Korean missile launches had been detected since March."), "MOBILIZE")
    assert event.negated


def test_what_is_surrounded_by_mountains_or_by_troops_is_no_protest(code):
    assert not code("The village is surrounded by mountains.")
    assert "PROTEST" not in [e.event for e in code("Police surrounded the house of the opposition leader.")]


def test_a_decision_welcomed_in_the_passive_is_still_praise(code):
    event = only(code("The ceasefire was welcomed by Egypt and Qatar."), "SUPPORT")
    assert countries(event.actor) == ["EGY", "QAT"]
