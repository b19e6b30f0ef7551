""""let", "allow" and "permit" are RETREAT (access) only when what is allowed is getting in or
through: people, help or goods let into a place or across a line. The hand-judged Reuters and
KCNA events (eleventh session) had 44 false RETREAT events of these verbs for every real one.
All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded


@pytest.mark.parametrize("text", [
    "The Thai government let the Cambodian side know that it regarded the border accord as void.",
    "Vietnam will allow foreign banks to open branches in Hanoi next year.",
    "Nigeria allowed its crude output to fall below one million barrels a day in March.",
    "The Kremlin let its top diplomats visit Beijing in quick succession this spring.",
    "The court ruling allows French wine into the Chinese market.",
    "The Philippine Senate let the bill pass without a vote.",
])
def test_what_is_allowed_is_no_access(code, text):
    assert "RETREAT" not in [e.event for e in code(text)]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Sudan allowed a UN convoy carrying food to enter El Fasher on Sunday.", ["SDN"], ["IGO"]),
    ("Israel let the first fuel trucks into Gaza on Thursday.", ["ISR"], ["PSE"]),
    ("Iran allowed IAEA inspectors back into the Natanz site.", ["IRN"], ["IGO"]),
    ("Serbia allowed Kosovo's police to cross the bridge at Mitrovica.", ["SRB"], ["XKX"]),
    ("Azerbaijan let a Red Cross team into Khankendi on Monday.", ["AZE"], ["NGO"]),
])
def test_people_and_help_let_in_are_access(code, text, actor, recipient):
    assert_coded(code(text), "RETREAT", actor, recipient)
