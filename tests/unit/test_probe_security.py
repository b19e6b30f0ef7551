"""Security and defence news (probe_security): shows of force, strikes, pushbacks, cyber
outages, ultimatums and pullbacks, and the trigger rows and rules added for them. All sentences
are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # forces sent "to" a border (parsed as a dative) aim at the country on its other side
        ("Caracas sent troops to its eastern border with Guyana.", "MOBILIZE", ["VEN"], ["GUY"]),
        ("Warsaw is considering moving more soldiers to its border with Belarus.", "MOBILIZE", ["POL"], ["BLR"]),
        # a nuclear explosion that is a test is a show of force, not a bombing
        ("North Korea detonated a nuclear device at its Punggye-ri site.", "MOBILIZE", ["PRK"], []),
        # missiles that slam into a place attack it; striking back is an attack
        ("Russian missiles slammed into apartment blocks in the Ukrainian city of Odesa.", "ASSAULT", ["RUS"], ["UKR"]),
        ("Tehran vowed that Israel would pay as Israeli jets struck back at Iran.", "ASSAULT", ["ISR"], ["IRN"]),
        # migrants pushed back over a border are expelled
        ("Greek coast guards pushed dozens of migrants back to Turkey.", "COERCE", ["GRC"], ["TUR"]),
        # an ultimatum of a month, like one of days or weeks
        ("Mali's junta gave the French troops a month to leave the country.", "THREATEN", ["MLI"], ["FRA"]),
        # territory handed back is a retreat, not a release
        ("Armenian forces handed the Aghdam district back to Azerbaijan.", "RETREAT", ["ARM"], ["AZE"]),
        # a group "working for" a state is that state's
        ("Hackers working for Iran breached the networks of Albania's government.", "COERCE", ["IRN"], ["ALB"]),
        # the subject of "completed their withdrawal from" withdraws; the place is the recipient
        ("Eritrean troops completed their withdrawal from the Tigray region.", "RETREAT", ["ERI"], ["ETH"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


@pytest.mark.parametrize(
    ("text", "category", "mode"),
    [
        ("Pro-Kremlin hackers knocked Lithuanian government websites offline.", "COERCE", "cyber"),
        ("Ugandan authorities flooded central Kampala with police ahead of the planned march.", "MOBILIZE", "police"),
    ],
)
def test_mode(code, text, category, mode):
    assert only(code(text), category).mode == mode


@pytest.mark.parametrize(
    "text",
    [
        "The minister pushed back against criticism of the defence budget.",
        "A delivery van slammed into a lamppost in central Leeds.",
        "Knocked out in the first round, the champion struck back with a title win in March.",
        # cricket: the bowlers' attack is the game
        "England's batsmen crumbled as India's bowlers pressed for victory in Chennai.",
    ],
)
def test_no_event(code, text):
    assert code(text) == []
