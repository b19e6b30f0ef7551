"""Rows and rules added after the Middle East and North Africa probe (probe_mideast.jsonl):
blows struck "by" way of retaliation, forces sent to help fight, visitors kept out of a
country, cooperation suspended, causes blamed that are no one's act, seized pills, state
airlines, envoys recalled from their posts, calls during which something else was said,
demands between two international bodies, inquiries set up, and one crowd's rampage.
All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a retaliation told by its blow is the blow, with its target
        ("Israeli warplanes retaliated on Sunday by bombing Houthi fuel depots in Ras Isa.",
         "ASSAULT", ["ISR"], ["YEM"]),
        ("Turkish artillery responded by shelling Syrian army positions near Saraqeb.",
         "ASSAULT", ["TUR"], ["SYR"]),
        # cooperation with a state suspended or ended
        ("Ramallah halted security coordination with Israel after the raid on Jenin.",
         "SANCTION", ["PSE"], ["ISR"]),
        ("Niger ended military cooperation with France last year.", "SANCTION", ["NER"], ["FRA"]),
        # envoys recalled from their posts
        ("Bahrain recalled its ambassador to Beirut over the minister's remarks.", "SANCTION", ["BHR"], ["LBN"]),
        # one body addressing another
        ("The African Union called on the UN Security Council to lift the arms embargo on Libya.",
         "REQUEST", ["IGO"], ["IGO"]),
        # a pronoun object of a second verb names the first verb's object
        ("Egypt's intelligence chief met Hamas officials in Cairo and pressed them to accept the truce.",
         "REQUEST", ["EGY"], ["PSE"]),
        # inquiries set up by a body
        ("Baghdad formed a commission of inquiry into the killing of protesters in Nasiriyah.",
         "ACCUSE", ["IRQ"], ["IRQ"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_retaliation_by_a_blow_is_one_attack(code):
    events = code("Hezbollah retaliated by firing dozens of rockets at northern Israel.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert countries(events[0].recipient) == ["ISR"]


def test_forces_sent_to_help_fight_are_no_aid(code):
    event = only(code("Tehran sent troops to Iraq to help fight the jihadists."), "MOBILIZE")
    assert countries(event.recipient) == ["IRQ"]
    assert not [e for e in code("Iranian troops crossed into Iraq to help fight the militants.") if e.event == "AID"]


def test_teams_sent_to_help_fight_an_epidemic_still_bring_aid(code):
    only(code("Cuban medical teams arrived in Italy with ventilators to help fight the epidemic."), "AID")


def test_foreign_visitors_kept_out_of_the_country_are_refused(code):
    event = only(code("Israel barred two French lawmakers from entering the country last week."), "REJECT")
    assert event.mode == "meet"
    assert countries(event.actor) == ["ISR"]


def test_an_opposition_leader_kept_out_stays_coercion(code):
    events = code("Ankara barred the opposition leader from entering the country.")
    assert "REJECT" not in [e.event for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Officials blamed a short circuit for the blaze at the hospital in Nasiriyah.",
        "The ministry blamed the crash on a technical failure.",
        "Jordanian border guards seized four million captagon pills hidden in a truck of tomatoes.",
        "Qatar Airways threatened to cancel its remaining orders for Airbus jets.",
        "The coalition pressed ahead with plans to raise fuel prices.",
        "The UN said it could not reach Khartoum because of restrictions on fuel imports.",
    ],
)
def test_no_event(code, text):
    assert code(text) == [], [(e.event, e.trigger_text) for e in code(text)]


def test_blame_on_a_state_names_it(code):
    event = only(code("Damascus blamed the explosion on Israel."), "ACCUSE")
    assert countries(event.recipient) == ["ISR"]


def test_pressed_on_with_is_no_demand(code):
    events = code("Haftar's forces rejected calls for a truce and pressed on with their assault.")
    assert "REQUEST" not in [e.event for e in events]


def test_call_with_its_parties_is_coded_beside_the_praise(code):
    events = code("King Abdullah praised Egypt's role in reopening the Rafah crossing during a phone call "
                  "with President Abdel Fattah al-Sisi.")
    assert sorted(e.event for e in events) == ["CONSULT", "SUPPORT"]


def test_a_crowd_storming_and_burning_an_embassy_is_one_protest(code):
    events = code("Demonstrators stormed the Danish embassy in Tehran and set it on fire.")
    assert [e.event for e in events] == ["PROTEST"]
