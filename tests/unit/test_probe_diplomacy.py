"""Diplomatic acts (probe_diplomacy): recognition suspended, ties severed by a noun, missions
ordered shut, deadlines for envoys, representations made, credentials presented, labels after a
deed, reasons cited, years put in front of two verbs. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # recognition suspended or revoked cuts relations
        ("Vanuatu suspended its recognition of Kosovo on Monday.", "SANCTION", ["VUT"], ["XKX"]),
        ("Paraguay revoked its recognition of Kosovo last week.", "SANCTION", ["PRY"], ["XKX"]),
        # the severance of relations "with" a state, told as a noun
        ("Caracas announced the severance of diplomatic relations with Bogota.", "SANCTION", ["VEN"], ["COL"]),
        # a host state ordering another state's mission shut
        ("Lithuania ordered Russia to close its consulate in Klaipeda.", "SANCTION", ["LTU"], ["RUS"]),
        ("Beijing ordered Washington to shut its consulate in Wuhan within three days.",
         "SANCTION", ["CHN"], ["USA"]),
        # a deadline for another state's envoy to leave is an expulsion, not a gift
        ("Riyadh gave Canada's ambassador 24 hours to leave and froze new investment.",
         "SANCTION", ["SAU"], ["CAN"]),
        # representations made to a government are a diplomatic protest
        ("Beijing made stern representations to Seoul over the missile shield.", "ACCUSE", ["CHN"], ["KOR"]),
        # an envoy presenting credentials meets the host
        ("The new Japanese ambassador presented his credentials to President Yoon Suk Yeol on Thursday.",
         "CONSULT", ["JPN"], ["KOR"]),
        # marines the tagger reads as a name are still troops
        ("The Pentagon rushed 200 Marines to Khartoum to guard the embassy.", "MOBILIZE", ["USA"], ["SDN"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_a_label_after_a_deed_is_an_accusation_of_its_own(code):
    events = code("Moscow expelled two German diplomats, calling Berlin's move hostile.")
    assert countries(only(events, "SANCTION").recipient) == ["DEU"]
    assert countries(only(events, "ACCUSE").recipient) == ["DEU"]


def test_a_label_after_a_speech_act_continues_it(code):
    events = code("China's foreign ministry welcomed the summit in Pyongyang, calling it a positive step.")
    assert [e.event for e in events] == ["SUPPORT"]


def test_an_envoy_summoned_to_protest_does_not_protest(code):
    events = code("Seoul summoned a senior Japanese diplomat to protest Tokyo's claim to the Dokdo islets.")
    event = only(events, "ACCUSE")
    assert countries(event.actor) == ["KOR"]
    assert countries(event.recipient) == ["JPN"]


def test_a_reason_cited_is_no_act(code):
    events = code("India pulled out of the summit in Islamabad, citing cross-border terrorist attacks.")
    assert [e.event for e in events] == ["REJECT"]


def test_a_retaliation_in_kind_told_by_its_blow_is_that_blow(code):
    events = code("Hungary responded in kind, expelling a Ukrainian consul from Budapest.")
    assert [e.event for e in events] == ["SANCTION"]
    events = code("Moscow retaliated by expelling ten Polish diplomats.")
    assert [e.event for e in events] == ["SANCTION"]


def test_a_year_in_front_dates_both_verbs():
    from detente import code_text

    assert code_text("In 1979, student militants seized the U.S. embassy in Tehran and held 52 Americans "
                     "hostage for 444 days.", "2024-11-04") == []
