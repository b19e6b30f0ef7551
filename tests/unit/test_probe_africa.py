"""Constructions found with the probe of African news (`tests/gold/events/probe_africa.jsonl`):
labour strikes named by their reach, strikes announced "unless" the government gives in, budget
support suspended, impeachment proceedings, sanctions lifted that were imposed on someone, a
summit as the setting of another act, quarrels "over" a deal, currencies that rally and gold
seized from a mine. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # budget support suspended to a state is aid cut off
        ("The European Union suspended budget support to Malawi over the cashgate scandal.",
         "SANCTION", ["IGO"], ["MWI"]),
        ("Germany froze development support to Niger after the coup.", "SANCTION", ["DEU"], ["NER"]),
        # impeachment proceedings opened against an office holder
        ("South Africa's parliament opened impeachment proceedings against President Cyril Ramaphosa.",
         "ACCUSE", ["ZAF"], ["ZAF"]),
        # a burden lifted is aimed at whom it was imposed on
        ("ECOWAS lifted most of the sanctions it had imposed on Niger, citing humanitarian reasons.",
         "CONCEDE", ["IGO"], ["NER"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


@pytest.mark.parametrize(
    "text",
    [
        "Teachers in Kenya began a nationwide strike over pay on Monday.",
        "The union of mine workers called an indefinite strike at the Kansanshi copper mine in Zambia.",
    ],
)
def test_strikes_named_by_their_reach_are_walkouts(code, text):
    events = code(text)
    assert [e.event for e in events] == ["PROTEST"]
    assert events[0].mode == "strike"


def test_strike_announced_unless_the_government_pays_is_a_threat(code):
    event = only(code("The Nigeria Labour Congress will begin an indefinite strike on Monday unless the "
                      "government raises the minimum wage."), "THREATEN")
    assert event.modality == "asserted"
    assert countries(event.actor) == ["NGA"]


def test_seizing_gold_from_a_mine_is_coercion_not_a_medal(code):
    event = only(code("Malian authorities seized three tonnes of gold from the Loulo mine in a row over "
                      "the mining code."), "COERCE")
    assert countries(event.actor) == ["MLI"]
    assert code("Ghana's sprinter seized gold in the 200 metres at the African Games.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's cedi rallied after the central bank raised its benchmark rate.",
        "Kenya's shilling rallied against the dollar on strong tea exports.",
        "The rand retreated as platinum prices slid.",
    ],
)
def test_currencies_that_rally_protest_nothing(code, text):
    assert code(text) == []


def test_summit_during_which_an_act_is_done_is_its_setting(code):
    events = code("Pretoria declined to arrest the Sudanese leader during an African Union summit in "
                  "Johannesburg.")
    assert "CONSULT" not in [e.event for e in events]
    # someone else's visit during which an attack falls is still coded
    events = code("Russia fired missiles at Kyiv during the visit of the UN secretary-general.")
    assert "ASSAULT" in [e.event for e in events]


def test_deal_a_quarrel_is_over_is_its_topic(code):
    assert code("The dispute over Ethiopia's port deal with Somaliland deepened.") == []
