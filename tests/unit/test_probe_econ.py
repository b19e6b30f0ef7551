"""Economic statecraft (tests/gold/events/probe_econ.jsonl): retaliation in kind, sanctions told
in the passive, aid withheld by the sum, Commonwealth envoys, withdrawals from initiatives, and
market and business sentences that use the same words. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # retaliation named by its instrument is that instrument
        ("Ottawa retaliated with tariffs on American steel and whiskey.", "SANCTION", ["CAN"], ["USA"]),
        ("Beijing retaliated against Washington with duties on $60 billion of goods.",
         "SANCTION", ["CHN"], ["USA"]),
        ("New Delhi hit back with duties on American almonds and apples.", "SANCTION", ["IND"], ["USA"]),
        # sanctions told in the passive: whose sanctions they are acts
        ("Two Iranian shipping firms were hit with fresh U.S. sanctions on Tuesday.",
         "SANCTION", ["USA"], ["IRN"]),
        ("Four Belarusian officials were slapped with British sanctions over the crackdown.",
         "SANCTION", ["GBR"], ["BLR"]),
        # aid cut by the sum ("$X in aid")
        ("Washington withheld $300 million in military aid to Islamabad.", "SANCTION", ["USA"], ["PAK"]),
        ("The European Union suspended 150 million euros in aid to Niger.",
         "SANCTION", ["IGO"], ["NER"]),
        # Commonwealth ambassadors are high commissioners
        ("Canada expelled India's acting high commissioner on Monday.", "SANCTION", ["CAN"], ["IND"]),
        # curbs and halted deliveries aimed at another state
        ("Beijing imposed curbs on exports of graphite to Japan.", "SANCTION", ["CHN"], ["JPN"]),
        ("Moscow halted gas deliveries to Poland and Bulgaria.", "SANCTION", ["RUS"], ["BGR", "POL"]),
        # agreeing to join another state's export restrictions is the sanction
        ("South Korea agreed to join U.S. restrictions on exports of chipmaking tools to China.",
         "SANCTION", ["KOR"], ["CHN"]),
    ],
)
def test_economic_sanctions(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Russia pulled out of the Black Sea Grain Initiative on Monday.",
        "Italy withdrew from the Belt and Road Initiative last year.",
    ],
)
def test_leaving_an_initiative_reduces_relations(code, text):
    events = code(text)
    assert [(e.event, e.mode) for e in events] == [("SANCTION", "withdraw")]


@pytest.mark.parametrize(
    "text",
    [
        "Coffee futures fell as Brazil's bigger harvest eased the pressure on tight supplies.",
        "Bondholders of the Chinese developer rejected its restructuring proposal.",
        "Shareholders of the Japanese carmaker rejected the board's plan to sell its battery unit.",
        "The government imposed curbs on public gatherings in the capital.",
        # a duty or a quota with no country it is aimed at is trade policy, not a sanction
        "Indonesia raised the export duty on crude palm oil to 124 dollars a tonne.",
        "Seoul still restricts imports of a dozen farm products, including rice.",
    ],
)
def test_market_and_domestic_senses_code_no_sanction_or_refusal(code, text):
    assert not [e for e in code(text) if e.event in ("CONCEDE", "REJECT", "SANCTION")]


def test_a_visit_remembered_is_no_visit_refused(code):
    assert not code("The delegates said they would never forget the visit of the premier to their town.")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an act got round or warded off is not done in the sentence
        ("Tehran used front companies in Dubai to circumvent the U.N. embargo.", []),
        ("Seoul offered to buy more American gas in a bid to head off U.S. tariffs on its cars.", []),
        # an act named as what a reaction answers is its topic
        ("Pyongyang turned down Seoul's offer of fertiliser in protest at its joint drills with Washington.",
         ["REJECT"]),
        ("Beijing raised tariffs on American pork in retaliation for the U.S. sanctions on its chipmakers.",
         ["SANCTION"]),
    ],
)
def test_acts_evaded_or_answered_are_topics(code, text, kept):
    assert [e.event for e in code(text) if e.event != "AGREE"] == kept
