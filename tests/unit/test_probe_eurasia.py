"""Rows and rules added after the Russian, Ukrainian, Caucasian, Central Asian and Balkan probe
(`tests/gold/events/probe_eurasia.jsonl`): wanted lists, combat readiness, weapons moved, truces
ordered, junctions blocked, frozen participation, handovers to security services, forecasts
that are no threats and figurative offensives. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a wanted list is a threat of arrest, not a sanctions list
        ("Russia's Interior Ministry put the Lithuanian culture minister on its wanted list.",
         "THREATEN", ["RUS"], ["LTU"]),
        ("Moscow added the exiled Ukrainian commander to the wanted list.", "THREATEN", ["RUS"], ["UKR"]),
        # combat readiness, also graded by "level of"
        ("Baku put its army on full combat readiness after the clashes.", "MOBILIZE", ["AZE"], []),
        ("The president placed the army on the highest level of combat readiness.", "MOBILIZE", [None], []),
        # weapons moved to another state's soil
        ("Moscow has started moving nuclear warheads and weapons to Belarus.", "MOBILIZE", ["RUS"], ["BLR"]),
        # a leader who orders a truce concedes it
        ("The Kremlin ordered a 36-hour truce in Ukraine over Orthodox Christmas.", "CONCEDE", ["RUS"], ["UKR"]),
        # crowds that block junctions obstruct
        ("Students blocked a busy intersection in Belgrade for an hour.", "PROTEST", ["SRB"], ["SRB"]),
        # freezing participation in a bloc leaves it
        ("Yerevan froze its participation in the CSTO on Friday.", "SANCTION", ["ARM"], ["IGO"]),
        ("Niger froze its participation in ECOWAS after the coup.", "SANCTION", ["NER"], ["IGO"]),
        # an extension blocked is refused
        ("Moscow blocked an extension of the UN monitoring mission in Georgia.", "REJECT", ["RUS"], ["IGO"]),
        # a person handed to another state's security services is a legal handover
        ("Kazakhstan handed the blogger over to Uzbekistan's security services.",
         "COOPERATE", ["KAZ"], ["UZB"]),
        # the European Council is an international body
        ("Kyiv welcomed the European Council's decision on accession talks.", "SUPPORT", ["UKR"], ["IGO"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_whoever_announces_a_mobilisation_acts_not_the_reservists(code):
    event = only(code("Vladimir Putin announced a mobilisation of reservists for the war in Ukraine."),
                 "MOBILIZE")
    assert countries(event.actor) == ["RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said frost hit the cotton harvest, warning that yields could fall by a tenth.",
        "The central bank warned that inflation would rise further this year.",
        "Georgian winemakers launched a marketing offensive in China.",
        "The brewer launched an advertising offensive across Kazakhstan.",
    ],
)
def test_forecasts_and_sales_campaigns_code_nothing(code, text):
    assert code(text) == []


def test_a_warning_of_what_the_speaker_will_do_is_still_a_threat(code):
    event = only(code("Moscow warned that it could cut gas transit to Europe."), "THREATEN")
    assert countries(event.actor) == ["RUS"]


def test_pulling_out_of_a_meeting_rejects_whom_it_was_with(code):
    event = only(code("Ilham Aliyev pulled out of a planned meeting with Nikol Pashinyan in Granada."), "REJECT")
    assert countries(event.recipient) == ["ARM"]


def test_an_order_read_through_its_event_noun_is_one_act(code):
    events = code("Serbia ordered the deployment of troops to the border with Kosovo.")
    assert [e.event for e in events] == ["MOBILIZE"]
