"""Economic statecraft (probe_trade): tariffs and export curbs aimed at the goods' country,
threats and pledges told after a time phrase, energy delivered under supply deals, trade
curbs undone and lenders approached. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # goods named by where they are made or who uses them name the measure's target
        ("Ottawa imposed duties on steel made in China.", "SANCTION", ["CAN"], ["CHN"]),
        ("Brussels opened an anti-dumping inquiry into biodiesel imported from Argentina.",
         "ACCUSE", ["IGO"], ["ARG"]),
        ("Tokyo tightened export controls on chemicals used by South Korean manufacturers.",
         "SANCTION", ["JPN"], ["KOR"]),
        # the U.S. Commerce Department is the U.S. government
        ("The Commerce Department added six Chinese firms to its Entity List on Tuesday.",
         "SANCTION", ["USA"], ["CHN"]),
        # energy delivered under a supply deal is trade carried out
        ("Azerbaijan began pumping gas to Italy through the new pipeline.", "COOPERATE", ["AZE"], ["ITA"]),
        ("Norway supplied gas to Poland through the Baltic Pipe on Saturday.", "COOPERATE", ["NOR"], ["POL"]),
        # imports resumed after a ban, firms taken off a blacklist
        ("Moscow resumed imports of Turkish tomatoes on Monday.", "CONCEDE", ["RUS"], ["TUR"]),
        ("Kenya approached the World Bank for a loan to cover its budget gap.", "REQUEST", ["KEN"], ["IGO"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


@pytest.mark.parametrize(
    ("text", "mode", "recipient"),
    [
        ("Beijing threatened on Friday to impose tariffs on Canadian canola.", "restrict", ["CAN"]),
        ("Ankara vowed on Tuesday to slap duties on American rice.", "restrict", ["USA"]),
    ],
)
def test_a_threat_told_after_a_time_phrase_keeps_its_content(code, text, mode, recipient):
    events = code(text)
    assert [e.event for e in events] == ["THREATEN"]
    assert events[0].mode == mode
    assert countries(events[0].recipient) == recipient


def test_an_agreement_told_after_a_time_phrase_is_one_agreement(code):
    events = code("Seoul agreed on Monday to lift its ban on Japanese fish.")
    assert [e.event for e in events] == ["AGREE"]


def test_gas_pumped_to_homes_is_no_trade_between_states(code):
    events = code("The utility began pumping gas to homes in the suburbs again on Sunday.")
    assert "COOPERATE" not in [e.event for e in events]


def test_an_effect_told_by_a_participle_is_no_second_act(code):
    events = code("Washington put the shipping firm on its sanctions list, effectively barring it from U.S. ports.")
    assert "COERCE" not in [e.event for e in events]
