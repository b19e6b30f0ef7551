"""Constructions found with the long wire-copy probe (tests/gold/events/probe_long.jsonl): a
subjectless gerund after "after"/"before"/"by" shares the main subject, a vow that the other side
will be punished is a threat, vows to block talks or deals are refusals, and casualties "left dead"
are no withdrawal. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a gerund after a time preposition is an act of the main clause's subject
        ("Nicaragua opened an embassy in Beijing on Monday after breaking off ties with Taiwan.",
         "SANCTION", ["NIC"], ["TWN"]),
        ("Lithuania summoned the Chinese charge d'affaires on Tuesday before expelling two Chinese diplomats.",
         "SANCTION", ["LTU"], ["CHN"]),
        # a vow that the other side will be punished threatens it
        ("Tehran vowed on Sunday that Israel would be punished for the attack on its consulate in Damascus.",
         "THREATEN", ["IRN"], ["ISR"]),
        # vows to block talks, deals or agreements refuse them
        ("Poland vowed on Thursday to block the trade deal with the Mercosur countries at the next EU summit.",
         "REJECT", ["POL"], ["IGO"]),  # Mercosur is a known regional body (organisations.tsv)
        ("Bulgaria vowed to block the opening of membership talks with North Macedonia.", "REJECT", ["BGR"], ["MKD"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_casualties_left_dead_are_no_withdrawal(code):
    events = code("Azerbaijani and Armenian troops exchanged fire along the border overnight, "
                  "leaving four soldiers dead, officials in Baku said on Wednesday.")
    assert "RETREAT" not in [e.event for e in events]
    only(events, "ASSAULT")


def test_a_gerund_without_a_time_preposition_is_not_given_the_main_subject(code):
    # "without" tells what did not happen; no act is read into it
    events = code("Hungary joined the statement on Monday without changing its position on Russia.")
    assert "SANCTION" not in [e.event for e in events]


def test_sanctions_agreed_on_and_what_they_target_is_no_attack(code):
    events = code("EU governments agreed on Wednesday on a new package of sanctions against Belarus, "
                  "targeting its potash exports.")
    assert "ASSAULT" not in [e.event for e in events]
    only(events, "SANCTION")
