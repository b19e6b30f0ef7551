"""Domestic politics (probe_domestic): protests that go on, what protesters demand, prisoners
freed, sentences joined to arrests, quoted officials, political bids, civil judgments and
analysts' forecasts, with the trigger rows added with them. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # an ongoing strike told with "be/remain on": its subject strikes
        ("Nurses in Kenya have been on strike for three weeks over unpaid allowances.", "PROTEST", ["KEN"], []),
        ("The jailed Bahraini activist has been on hunger strike since March.", "PROTEST", ["BHR"], []),
        # people freed: "figures" with a political modifier, "none of / dozens of" the captives
        ("Belarus freed several opposition figures on Thursday.", "RETREAT", ["BLR"], []),
        ("Azerbaijan released dozens of the detained protesters.", "RETREAT", ["AZE"], []),
        # the official quoted is the speaker
        ("Xinhua quoted the Ministry of Commerce as urging Washington to lift the chip curbs.",
         "REQUEST", ["CHN"], ["USA"]),
        # a bid for an office is no business bid
        ("Opposition leaders urged President Recep Tayyip Erdogan to drop his bid for another term.",
         "REQUEST", ["TUR"], ["TUR"]),
        # added rows: motorways blocked, coalitions quit, prison terms, rules and increases scrapped
        ("Polish truck drivers blocked motorways around Warsaw on Monday.", "PROTEST", ["POL"], []),
        ("Slovakia's junior party quit the coalition in protest at the budget.", "SANCTION", ["SVK"], []),
        ("A Moscow court sentenced the activist to life imprisonment.", "COERCE", ["RUS"], [None]),
        ("Peru scrapped the curfew in Lima after a week of unrest.", "CONCEDE", ["PER"], ["PER"]),
        ("The Nigerian government dropped the fuel price increase after the unions threatened a strike.",
         "CONCEDE", ["NGA"], []),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_a_sentence_joined_to_a_passive_arrest_is_the_courts_act_at_the_same_place(code):
    events = code("The blogger was detained in Tehran and sentenced to six years in prison.")
    assert [e.event for e in events] == ["COERCE", "COERCE"]
    assert [countries(e.actor) for e in events] == [["IRN"], ["IRN"]]
    assert [e.actor[0].sector for e in events] == ["COP", "JUD"]


def test_the_second_passive_act_has_no_suffering_actor(code):
    events = code("The reporter was arrested by police in Istanbul and jailed pending trial.")
    assert all(not e.actor or countries(e.actor) != [None] for e in events)
    assert [e.event for e in events] == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "Jailed dissident Ivan Petrov went on hunger strike to demand a fair trial.",
        "Kenyan teachers staged a nationwide strike to demand higher pay.",
    ],
)
def test_what_a_protest_demands_is_no_request(code, text):
    assert "REQUEST" not in [e.event for e in code(text)]


def test_a_planned_march_that_was_not_held_is_negated_not_future(code):
    event = only(code("The opposition did not hold its planned march in Yerevan on Saturday."), "PROTEST")
    assert event.negated and event.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "A jury in Delaware ordered the drugmaker to pay $300 million to a rival over a patent.",
        "Analysts say the junta's crackdown on the press could backfire before the vote.",
        "The statistics office released figures showing inflation eased in May.",
    ],
)
def test_no_event(code, text):
    assert code(text) == []


def test_a_court_ordering_a_state_to_pay_is_still_an_order(code):
    event = only(code("The European Court of Human Rights ordered Turkey to pay damages to the journalist."),
                 "REQUEST")
    assert countries(event.recipient) == ["TUR"]
