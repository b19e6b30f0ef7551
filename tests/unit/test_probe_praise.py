"""Praise, votes, solidarity and concessions in wire-copy wording (probe_praise). Our own sentences."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("Malaysia reaffirmed its solidarity with the people of Lebanon.", "SUPPORT", ["MYS"], ["LBN"]),
        ("Mexico voted in favour of a resolution tabled by Brazil.", "SUPPORT", ["MEX"], ["BRA"]),
        ("Spain came out in support of Morocco's plan.", "SUPPORT", ["ESP"], ["MAR"]),
        ("Budapest softened its opposition to Finland's bid.", "CONCEDE", ["HUN"], ["FIN"]),
        ("Bolivia's president revoked the state of emergency on Monday.", "CONCEDE", ["BOL"], []),
        ("Ecuador's parliament passed an amnesty law for protesters.", "CONCEDE", ["ECU"], []),
        ("Kim Jong Un offered an apology on Friday for the killing of a South Korean official.",
         "CONCEDE", ["PRK"], ["KOR"]),
    ],
)
def test_praise_rows(code, text, category, actor, recipient):
    event = only(code(text), category)
    assert countries(event.actor) == actor
    assert countries(event.recipient) == recipient


def test_apology_topic_is_no_attack(code):
    events = code("Kim Jong Un offered an apology on Friday for the shooting of a South Korean official.")
    assert [e.event for e in events] == ["CONCEDE"]
