"""Cooperation, aid and support phrasings from the coopaid probe review: exercises that are
kicked off or wrapped up, fugitives handed over, intelligence passed on, records turned over,
credit lines, cash distributed and backing won. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # an event noun carried by "kick off" or "wrap up"
        ("Indonesia and Australia kicked off a joint naval exercise off Darwin on Monday.", "COOPERATE",
         ["AUS", "IDN"], []),
        ("Troops from Kenya and Uganda wrapped up joint drills near Lake Victoria.", "COOPERATE",
         ["KEN", "UGA"], []),
        # people wanted for crimes handed over are a legal handover
        ("Ecuador handed over a drug lord to U.S. authorities on Friday.", "COOPERATE", ["ECU"], ["USA"]),
        ("Turkey handed over Ahmet Yilmaz, Germany's most wanted fugitive, to German police.",
         "COOPERATE", ["TUR"], ["DEU"]),
        # intelligence passed on and records turned over
        ("London passed intelligence on the smuggling network to Paris.", "COOPERATE", ["GBR"], ["FRA"]),
        ("Washington has been feeding intelligence to Manila on Chinese ship movements.", "COOPERATE",
         ["USA"], ["PHL"]),
        ("Singapore turned over bank records to Malaysian investigators.", "COOPERATE", ["SGP"], ["MYS"]),
        # credit lines and cash handed out
        ("India extended a $500 million credit line to the Maldives for infrastructure.", "AID",
         ["IND"], ["MDV"]),
        ("The UAE distributed cash to displaced families in Sudan.", "AID", ["ARE"], ["SDN"]),
        # deposits rolled over, tranches unlocked, weapons shipped, arms deliveries
        ("Riyadh rolled over a $2 billion deposit for Cairo.", "AID", ["SAU"], ["EGY"]),
        ("The IMF unlocked a $700 million tranche for Sri Lanka.", "AID", ["IGO"], ["LKA"]),
        ("Washington shipped 20 tanks to Kyiv.", "AID", ["USA"], ["UKR"]),
        ("Paris resumed arms deliveries to Baghdad.", "AID", ["FRA"], ["IRQ"]),
        ("Egypt sent an aid convoy to Sudan.", "AID", ["EGY"], ["SDN"]),
        # backing won from someone is that someone's support
        ("Rabat won the backing of Paris for its plan for the Sahara.", "SUPPORT", ["FRA"], ["MAR"]),
        ("Kyiv secured the support of Warsaw for its membership bid.", "SUPPORT", ["POL"], ["UKR"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_a_released_prisoner_handed_to_his_own_state_stays_a_release(code):
    events = code("Iran handed over the French tourist to the French embassy in Tehran.")
    assert "COOPERATE" not in [e.event for e in events]


def test_a_team_winning_support_from_fans_is_no_event(code):
    assert code("The club won the support of its fans with a late goal.") == []
