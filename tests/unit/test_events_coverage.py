"""General lexicon coverage added for phrasings the gold sets do not hold: phrasal verbs, light
verbs with event nouns, and plain verbs of each category. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("Chancellor Scholz spoke by phone with President Macron on Sunday.", "CONSULT", ["DEU", "FRA"], []),
        ("President Biden spoke with Chinese President Xi Jinping for two hours on Thursday.",
         "CONSULT", ["USA", "CHN"], []),
        ("Morocco extended recognition to the new government in Tripoli.", "SUPPORT", ["MAR"], ["LBY"]),
        ("Singapore sent relief supplies to Indonesia after the earthquake.", "AID", ["SGP"], ["IDN"]),
        ("Germany shipped weapons to Ukraine in secret.", "AID", ["DEU"], ["UKR"]),
        ("Pakistan yielded to Chinese pressure.", "CONCEDE", ["PAK"], ["CHN"]),
        ("Israel paused its strikes on Gaza for four hours.", "CONCEDE", ["ISR"], ["PSE"]),
        ("Moscow ruled out talks with Kyiv until its conditions are met.", "REJECT", ["RUS"], ["UKR"]),
        ("China's foreign ministry mocked the Philippine coast guard.", "ACCUSE", ["CHN"], ["PHL"]),
        ("Beijing lodged a complaint with Washington over the arms sale.", "ACCUSE", ["CHN"], ["USA"]),
        ("North Korea vowed revenge against South Korea.", "THREATEN", ["PRK"], ["KOR"]),
        ("China levied tariffs on Australian barley in May.", "SANCTION", ["CHN"], ["AUS"]),
        ("France closed its embassy in Niger last week.", "SANCTION", ["FRA"], ["NER"]),
        ("The EU imposed an export ban on Russia covering luxury goods.", "SANCTION", ["IGO"], ["RUS"]),
        ("Venezuela's government apprehended three Colombian nationals.", "COERCE", ["VEN"], ["COL"]),
        ("Russia annexed Crimea in March 2014.", "ASSAULT", ["RUS"], ["UKR"]),
        ("Ghana skirmished with Togolese border guards on Tuesday.", "ASSAULT", ["GHA", "TGO"], []),
        ("Secretary of State Antony Blinken flew to Riyadh on Monday.", "CONSULT", ["USA"], ["SAU"]),
        ("Egypt and Sudan undertook to settle the border dispute peacefully.", "AGREE", ["EGY", "SDN"], []),
        ("Turkey withdrew its veto on Finland's membership.", "CONCEDE", ["TUR"], ["FIN"]),
        ("Beijing hit back at Washington over the chip curbs.", "ACCUSE", ["CHN"], ["USA"]),
        ("Russia cut off gas supplies to Bulgaria and Poland.", "SANCTION", ["RUS"], ["BGR", "POL"]),
        ("Lithuania withdrew its ambassador from Minsk.", "SANCTION", ["LTU"], ["BLR"]),
        ("Washington added five Chinese firms to a trade blacklist.", "SANCTION", ["USA"], ["CHN"]),
        ("Hezbollah fighters lobbed rockets into northern Israel.", "ASSAULT", ["LBN"], ["ISR"]),
        ("Russia and Ukraine carried out a prisoner swap on Saturday.", "RETREAT", ["RUS", "UKR"], []),
        ("The Pentagon announced a new weapons package for Ukraine.", "AID", ["USA"], ["UKR"]),
        ("Washington imposed sweeping export controls on China's chip industry.", "SANCTION", ["USA"], ["CHN"]),
        ("China's defence ministry issued a stern warning to Taiwan after the vote.", "ACCUSE", ["CHN"], ["TWN"]),
        ("Japan announced a donation of one million vaccine doses to Vietnam.", "AID", ["JPN"], ["VNM"]),
    ],
)
def test_added_phrasings(code, text, category, actor, recipient):
    event = only(code(text), category)
    assert sorted(countries(event.actor)) == sorted(actor)  # reciprocal parties come in any order
    assert countries(event.recipient) == recipient


def test_a_light_verb_opens_an_investigation(code):
    event = only(code("The Dutch prosecutor opened an investigation into the downing of the airliner."), "ACCUSE")
    assert event.mode == "investigate"
    assert countries(event.actor) == ["NLD"]


def test_what_is_ruled_out_is_content_not_a_second_act(code):
    events = code("Hungary ruled out sending weapons to Ukraine.")
    assert [e.event for e in events] == ["REJECT"]
    assert countries(events[0].recipient) == ["UKR"]


def test_not_ruling_out_is_a_negated_rejection(code):
    event = only(code("The Kremlin did not rule out talks with Ukraine."), "REJECT")
    assert event.negated


def test_speaking_with_no_one_named_is_no_meeting(code):
    assert code("The Portuguese president spoke for an hour at the opening of the fair.") == []


def test_a_central_bank_pausing_rate_rises_is_no_concession(code):
    assert code("Argentina's central bank said it would not pause its interest rate increases.") == []


def test_backing_off_a_plan_is_a_concession(code):
    event = only(code("The Polish government backed off its plan to tax foreign banks."), "CONCEDE")
    assert countries(event.actor) == ["POL"]


def test_a_price_heading_to_a_high_is_no_visit(code):
    assert code("Copper prices headed to a six-month high on Tuesday.") == []


def test_going_to_a_capital_is_a_visit_and_going_to_war_is_not(code):
    visit = only(code("Moon Jae-in would go to Pyongyang if conditions were right, his spokesman said."), "CONSULT")
    assert (visit.mode, countries(visit.recipient), visit.modality) == ("visit", ["PRK"], "conditional")
    events = code("Iraq and Iran went to war in 1980.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert sorted(countries(events[0].actor)) == ["IRN", "IRQ"]


def test_export_controls_described_as_policy_are_no_event(code):
    assert code("U.S. export controls are intended to deny rival countries access to technology.") == []
