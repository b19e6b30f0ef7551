"""Long sentences with two or three acts (compound probe, 2026-11-24): a speech act joined to
the clause a denial reports, reprisals promised in kind, budget
support suspended, satellites put into orbit. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


def test_accusation_joined_to_a_denied_clause_is_the_deniers_and_not_negated(code):
    events = code("Beijing denied that its coast guard had rammed a Vietnamese fishing boat and "
                  "accused Hanoi of provoking the incident.")
    accuse = only(events, "ACCUSE")
    assert countries(accuse.actor) == ["CHN"]
    assert countries(accuse.recipient) == ["VNM"]
    assert accuse.negated is False


def test_condemnation_joined_to_a_denial_keeps_the_denier(code):
    events = code("Tehran denied that it had shipped drones to Russia and condemned the new "
                  "European sanctions.")
    accuse = only(events, "ACCUSE")
    assert countries(accuse.actor) == ["IRN"]
    assert accuse.negated is False


def test_the_denied_act_itself_stays_negated(code):
    events = code("Beijing denied that its coast guard had rammed a Vietnamese fishing boat and "
                  "accused Hanoi of provoking the incident.")
    assert all(e.negated for e in events if e.event != "ACCUSE")


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("The World Bank suspended budget support to Mali after the coup.", "SANCTION", ["IGO"], ["MLI"]),
        ("Iran said it had put a new military satellite into orbit.", "MOBILIZE", ["IRN"], []),
        ("China vowed to respond in kind to the new American tariffs.", "THREATEN", ["CHN"], ["USA"]),
    ],
)
def test_compound_probe_rows(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)
