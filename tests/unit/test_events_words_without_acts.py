"""Wordings that looked like acts in the hand-judged Reuters and KCNA events (twelfth
session) and almost never were: "military" before an act noun taken for its doer ("the military
threat to the DPRK": 25 of 26 judged false), declining to give details or figures taken for a
rejection, "did not hesitate to" taken for a refusal, and sanctions named in passing ("the U.S.
sanctions against the DPRK are a tool": 16 of 16 judged false). All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded


@pytest.mark.parametrize("text", [
    "The drills are aimed at escalating the military threat to the DPRK.",
    "Washington and Tel Aviv are openly revealing their scheme for a military attack on Iran.",
    "Tokyo keeps expanding its forces under the pretext of a military threat from outside.",
])
def test_military_says_what_kind_of_act_not_who(code, text):
    assert [e.event for e in code(text)] == []


def test_a_state_named_with_military_still_acts(code):
    assert_coded(code("Russia's defence ministry issued a military threat to Lithuania on Monday."),
                 "THREATEN", ["RUS"], ["LTU"])


@pytest.mark.parametrize("text", [
    "Chinese officials declined to specify which products would be affected.",
    "The Japanese foreign ministry declined to give further details.",
    "Indian officials declined to estimate the volume of wheat exports.",
    "Kremlin spokesman Dmitry Peskov declined to go into details about the talks.",
    "The Brazilian finance ministry refused to give a forecast for inflation.",
])
def test_withholding_details_is_no_rejection(code, text):
    assert "REJECT" not in [e.event for e in code(text)]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Iran refused to give IAEA inspectors access to the Fordow site.", ["IRN"], ["IGO"]),
    ("Germany hesitated to send Leopard tanks to Ukraine.", ["DEU"], ["UKR"]),
])
def test_refusals_of_acts_stay(code, text, actor, recipient):
    assert_coded(code(text), "REJECT", actor, recipient)


def test_not_hesitating_is_no_refusal(code):
    events = code("South Korea's puppet forces did not hesitate to wreck the north-south talks.")
    assert "REJECT" not in [e.event for e in events]


@pytest.mark.parametrize("text", [
    "Yeutter did not mention the recent U.S. trade sanctions against Japanese semiconductors in his testimony.",
    "The U.S. economic sanctions against the DPRK are an important tool of its hostile policy.",
    "Japan also faces more possible sanctions amid calls in the U.S. Congress for tougher action.",
    "Australia asked the World Trade Organization to rule on China's tariffs on its barley.",
])
def test_sanctions_named_in_passing_are_no_act(code, text):
    assert "SANCTION" not in [e.event for e in code(text)]


@pytest.mark.parametrize(("text", "category", "actor", "recipient"), [
    ("Beijing announced sanctions on Republican senators Marco Rubio and Ted Cruz over Xinjiang.",
     "SANCTION", ["CHN"], ["USA"]),
    ("New EU sanctions on Russia took effect on Friday.", "SANCTION", ["IGO"], ["RUS"]),
    ("The European Union is considering sanctions against two Israeli ministers over settler violence.",
     "THREATEN", ["IGO"], ["ISR"]),
])
def test_sanctions_announced_in_force_or_weighed_stay(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


@pytest.mark.parametrize("text", [
    "Texas Commerce is offering 100 mln dlrs of first mortgage bonds due 2037, the lead manager said.",
    "The Minnesota senator said he might offer the bill on the Senate floor.",
    "Saudi Arabia offers bankers' security deposit accounts.",
    "The European Commission may offer the sugar for sale within the Community.",
])
def test_offers_of_goods_to_no_one_are_no_agreement(code, text):
    assert "AGREE" not in [e.event for e in code(text)]


@pytest.mark.parametrize("text", [
    "Only three countries, the U.S., Colombia and Venezuela, had offered assistance.",
    "Japan offered 1.5 billion dollars in grants.",
    "Qatar offered to broker a prisoner swap between Washington and Tehran.",
])
def test_offers_of_help_money_or_acts_stay(code, text):
    assert "AGREE" in [e.event for e in code(text)]


@pytest.mark.parametrize("text", [
    "Prime Minister Shinzo Abe told reporters that the threat from Pyongyang had become grave and real.",
    "The nuclear issue of the peninsula was spawned by the U.S. nuclear threat to the DPRK.",
    "The threat of higher U.S. interest rates may erode bank deposits in Bahrain.",
])
def test_a_danger_is_no_threat_made(code, text):
    assert "THREATEN" not in [e.event for e in code(text)]


@pytest.mark.parametrize("text", [
    "Moscow's threat to cut gas supplies to Moldova rattled the government in Chisinau.",
    "The British trade minister repeated the threat of sanctions before leaving Tokyo.",
])
def test_a_threat_made_stays(code, text):
    assert "THREATEN" in [e.event for e in code(text)]


def test_whoever_detects_a_blast_moves_nothing(code):
    assert code("Seismic monitors in South Korea and Japan detected the blast shortly before noon.") == []


def test_forces_detected_are_still_moved(code):
    assert_coded(code("Seventy Chinese military aircraft were detected in Taiwan's air defence zone on Sunday."),
                 "MOBILIZE", ["CHN"], ["TWN"])
