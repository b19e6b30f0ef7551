"""Phrasings found missing when tuning against the PLOVER GSR sentences: crowds gathering for a
protest, hackers as unknown perpetrators, and a participle modifier the parser reads as the
subject of a reporting verb. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a crowd that gathers, marches or converges "for"/"in" a protest holds it
        ("Thousands of Kenyans gathered in Nairobi for a rally against the new tax.",
         "PROTEST", ["KEN"], ["KEN"]),
        ("Hundreds of Chileans marched in a protest against pension reform in Santiago.",
         "PROTEST", ["CHL"], ["CHL"]),
        # hackers are unknown perpetrators; the victims are the state whose sites they hit
        ("Hackers defaced dozens of Estonian government websites on Friday.",
         "COERCE", [None], ["EST"]),
        # a group said to be linked to a state acts for it; whose system was broken into
        ("Hackers linked to Iran broke into the email servers of the Israeli parliament.",
         "COERCE", ["IRN"], ["ISR"]),
        ("Chinese hackers broke into the Indian defence ministry's computer network.",
         "COERCE", ["CHN"], ["IND"]),
        # what the weapons fired hit is the target
        ("Houthi rebels launched a missile that hit a Saudi airport on Monday.",
         "ASSAULT", ["YEM"], ["SAU"]),
        # "X operating in Y said": the participle is no subject of its own
        ("The Red Cross operating in Yemen said Saudi forces must let fuel ships dock in Hodeidah.",
         "REQUEST", ["NGO"], ["SAU"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_police_firing_at_a_rally_do_not_hold_the_rally(code):
    events = code("Police fired tear gas at a rally in Nairobi on Monday.")
    assert "PROTEST" not in [e.event for e in events]


def test_a_rally_to_protest_is_one_protest(code):
    events = code("Thousands of Ghanaians converged on Accra for a rally to protest the fuel price rise.")
    assert [e.event for e in events] == ["PROTEST"]
    assert countries(events[0].actor) == ["GHA"]
