""" "X said Y should/must ..." is X's demand of Y only when Y is a party it is made of. In the
hand-judged Reuters and KCNA events (twelfth session) such demands with no one to make them of
were false about four times in five: forecasts, opinions on a bill, a market or a policy.
All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded


@pytest.mark.parametrize("text", [
    "Japanese Prime Minister Fumio Kishida said the Tokyo stock market should not be gravely affected by the downturns in New York.",
    "The Chinese finance minister said grain output should reach 700 million tonnes by 2030.",
    "British Foreign Secretary James Cleverly said there should be no question of a special fund for farmers.",
    "President Biden said the United States must do more to lessen its reliance on imported oil.",
])
def test_what_should_happen_is_no_demand(code, text):
    assert "REQUEST" not in [e.event for e in code(text)]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("China's foreign ministry said Japan should apologise for its wartime crimes.", ["CHN"], ["JPN"]),
    ("Seoul said Pyongyang must return to the negotiating table without conditions.", ["KOR"], ["PRK"]),
])
def test_what_another_state_should_do_is_a_demand(code, text, actor, recipient):
    assert_coded(code(text), "REQUEST", actor, recipient)
