"""Phrasings of the state-media probe (probe_kcna): missile strikes launched, retaliation
announced, hotlines cut off, aid shipped, history told "years ago", and courtesies inside one
state. All sentences are our own."""

from __future__ import annotations

import pytest

from detente import code_text

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # strikes launched with missiles or rockets are attacks, not launches
        ("Russian forces launched massive missile strikes on power plants across Ukraine.",
         "ASSAULT", ["RUS"], ["UKR"]),
        ("Hezbollah launched a rocket attack on military positions in northern Israel.",
         "ASSAULT", ["LBN"], ["ISR"]),
        # communication lines and contacts cut off with a state reduce relations
        ("Pyongyang cut off all communication lines with Seoul on Tuesday.", "SANCTION", ["PRK"], ["KOR"]),
        ("The junta cut off all contact with the French embassy, state television said.",
         "SANCTION", [None], ["FRA"]),
        # relief shipped as assistance
        ("Moscow shipped 20,000 tonnes of flour to Syria as humanitarian assistance.", "AID", ["RUS"], ["SYR"]),
    ],
)
def test_state_media_phrasings(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_retaliation_announced_is_a_threat(code):
    events = code("The Korean People's Army will retaliate with merciless strikes if the enemy "
                  "intrudes into its waters, a KPA spokesman said.")
    threat = only(events, "THREATEN")
    assert countries(threat.actor) == ["PRK"]
    assert threat.modality == "asserted"
    assert not [e for e in events if e.event == "ASSAULT"]


def test_retaliation_done_stays_an_attack(code):
    events = code("Israel retaliated with air strikes on Hezbollah positions in southern Lebanon.")
    assert [e.event for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        # courtesies inside one state are no diplomatic support
        "The party's Central Committee sent a congratulatory message to the farmers of the province.",
        "Kim Jong Un received a gift from schoolchildren who had won prizes at a maths olympiad.",
    ],
)
def test_no_event(code, text):
    assert code(text) == [], [(e.event, e.trigger_text) for e in code(text)]


def test_message_to_another_state_still_supports(code):
    events = code("Kim Jong Un sent a message of greeting to Cuban President Miguel Diaz-Canel.")
    assert_coded(events, "SUPPORT", ["PRK"], ["CUB"])


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # history told by how long ago it was (the pipeline drops acts dated two or more years back)
        ("Xinhua recalled how Chinese volunteers fought alongside Korean troops seventy years ago.", False),
        ("Iraqi troops invaded Kuwait three decades ago, the museum guide told visitors.", False),
        ("Iraqi troops invaded Kuwait a year ago.", True),
    ],
)
def test_years_ago(text, coded):
    events = code_text(text, published="2020-10-25")
    assert bool(events) == coded, [(e.event, e.trigger_text) for e in events]
