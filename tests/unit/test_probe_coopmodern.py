"""Cooperation in modern wire and web news (probe_coopmodern): hosts rolling out the red carpet,
talks wrapped up, joint patrolling, relief flown or shipped, deposits placed with central banks,
announced withdrawals aimed where the troops leave, agreements owned by the parties that reached
them, and prisoners freed by a participle or named with "including". All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a host that rolls out the red carpet receives a visitor (CONSULT visit, seen from the guest)
        ("Riyadh rolled out the red carpet for the Syrian president on Wednesday.", "CONSULT", ["SYR"], ["SAU"]),
        # patrolling done jointly is cooperation
        ("Thai and Malaysian troops began joint patrolling along the border on Monday.",
         "COOPERATE", ["MYS", "THA"], []),
        # relief flown or food shipped to a country is aid
        ("Pakistan's air force flew tents to flood survivors in Libya.", "AID", ["PAK"], ["LBY"]),
        ("Turkey shipped 2,000 tonnes of food to Sudan.", "AID", ["TUR"], ["SDN"]),
        ("The UAE placed a $1 billion deposit with Egypt's central bank.", "AID", ["ARE"], ["EGY"]),
        # the parties of an agreement that a speech act is about, named by "agreed by", "signed by"
        ("Qatar praised the truce signed by Armenia and Azerbaijan.", "SUPPORT", ["QAT"], ["ARM", "AZE"]),
        # prisoners freed by a participle, or foreigners named among those freed
        ("Tehran freed a dozen prisoners, including two Swedish nationals.", "RETREAT", ["IRN"], ["SWE"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    event = only(code(text), category)
    assert countries(event.actor) == actor
    assert countries(event.recipient) == recipient


def test_talks_wrapped_up_are_concluded_not_held(code):
    events = code("Canada and Ecuador signed a trade pact, wrapping up two years of negotiations.")
    assert "CONSULT" not in [e.event for e in events]


def test_prisoners_released_by_a_participle_are_the_recipient(code):
    events = code("Kyiv freed 40 Russian soldiers in exchange for 40 Ukrainian prisoners released by Moscow.")
    released = [e for e in events if e.event == "RETREAT" and countries(e.actor) == ["RUS"]]
    assert released and countries(released[0].recipient) == ["UKR"]


def test_an_announced_withdrawal_is_aimed_where_the_troops_leave():
    from detente import code_text

    events = code_text("Paris will pull its soldiers out of Chad by January.", published="2024-11-29")
    event = only(events, "CONCEDE")
    assert event.modality == "future"
    assert countries(event.recipient) == ["TCD"]
