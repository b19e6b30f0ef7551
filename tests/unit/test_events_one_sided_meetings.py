"""A meeting noun whose only party is one state body is a gathering, not a consultation between
two sides (coding rules 7, CONSULT). In the hand-judged Reuters and KCNA events (twelfth session)
such one-party CONSULT events from a meeting noun were false about three times in four: a
cabinet or party meeting, a speech "at the April meeting", a meeting only forecast by markets.
All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded


@pytest.mark.parametrize("text", [
    "Kim Jong Un attended a joint national meeting of the Korean Children's Union in Pyongyang on Sunday.",
    "The Indonesian defence minister told a meeting of the ruling Golkar party that the border was calm.",
    "The Japanese finance minister said currency bands would not be raised at the meeting of the cabinet.",
    "An oath-taking meeting of service personnel of the Korean People's Army took place in Pyongyang on Thursday.",
])
def test_a_meeting_of_one_side_is_no_consultation(code, text):
    assert "CONSULT" not in [e.event for e in code(text)]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Kishida raised the tariff dispute in his meeting with Biden in Washington on Monday.", ["JPN", "USA"], []),
    ("Talks between Armenia and Azerbaijan resumed in Almaty on Friday.", ["ARM", "AZE"], []),
    ("Wang Yi told Ishaq Dar in a phone call on Saturday that China supports Pakistan.", ["CHN"], []),
])
def test_a_meeting_with_another_side_stays(code, text, actor, recipient):
    assert_coded(code(text), "CONSULT", actor, recipient)


def test_rival_sides_named_in_one_phrase_meet(code):
    events = code("Delegations of Libya's rival governments met in Geneva for talks on an election law.")
    assert "CONSULT" in [e.event for e in events]


def test_a_summit_to_be_hosted_stays(code):
    events = code("India will host the leaders of the Quad for a summit in New Delhi next year.")
    assert [e.event for e in events] == ["AGREE"]
