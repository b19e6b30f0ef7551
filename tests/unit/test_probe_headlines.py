"""Headlines given as the whole text (probe_headlines review): read as headlines, with commas for
"and", roots the parser took for nouns read as verbs, "to" for the future, "N years on" as history;
and the rows and rules added with them. All sentences are our own."""

from __future__ import annotations

import pytest

from detente import code_text
from detente.headline import and_for_commas, is_headline_text
from tests.unit.test_events_extract import assert_coded, countries, only


def coded(text: str, published: str = "2023-06-01"):
    return code_text(text, published)


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # commas for "and" in the names that open a headline
        ("Seoul, Washington Agree to Expand Joint Drills", "AGREE", ["KOR", "USA"], []),
        ("Japan, Philippines sign reciprocal access pact", "SUPPORT", ["JPN", "PHL"], []),
        ("Kenya, Uganda, Tanzania agree to build oil pipeline", "AGREE", ["KEN", "TZA", "UGA"], []),
        # a root the parser read as a noun is the headline's verb
        ("Macron lands in Beijing for three-day state visit", "CONSULT", ["FRA"], ["CHN"]),
        ("Germany summons Russian ambassador over cyberattack", "ACCUSE", ["DEU"], ["RUS"]),
        ("Thousands rally in Belgrade against lithium mine", "PROTEST", ["SRB"], ["SRB"]),
        # ... also when it was read as a modifier of its object
        ("Kenyan riot police fire tear gas at protesters in Nairobi", "ASSAULT", ["KEN"], ["KEN"]),
        ("Russian drones pound Odesa port overnight", "ASSAULT", ["RUS"], ["UKR"]),
        # a relief team that arrives brings help
        ("Turkish rescue team arrives in quake-hit Morocco", "AID", ["TUR"], ["MAR"]),
        # long-range missiles named by their class
        ("N. Korea fires ICBM toward Japan: Seoul", "MOBILIZE", ["PRK"], ["JPN"]),
    ],
)
def test_headline_category_actor_recipient(text, category, actor, recipient):
    assert_coded(coded(text), category, actor, recipient)


def test_the_parsing_aid_before_a_headline_leaves_no_trace():
    """What is read before a headline to help the parser is no part of a name, a date or an offset."""
    title = "Kim Yong Nam Greets Lao President"
    event = only(coded(title, "2012-01-05"), "SUPPORT")
    assert [e.text for e in event.actor] == ["Kim Yong Nam"]
    assert (event.date.basis, event.date.expression) == ("published", None)
    assert title[event.trigger_span[0]:event.trigger_span[1]] == event.trigger == "Greets"


def test_headline_to_verb_after_a_noun_subject_is_future():
    event = only(coded("Belgian unions to strike over pension cuts", "2025-01-10"), "THREATEN")
    assert event.modality == "future"
    assert countries(event.actor) == ["BEL"]


def test_an_anniversary_n_years_on_is_history():
    assert coded("The day Russia annexed Crimea, ten years on", "2024-03-18") == []
    assert coded("Remembering how Argentina invaded the Falklands, 40 years on", "2022-04-02") == []


@pytest.mark.parametrize(
    "text",
    [
        "Dollar rallies as Fed signals more hikes",
        "Liverpool fans rally behind Klopp after derby defeat",
        "Apple shares slide after iPhone launch",
        "Gold price rally lifts miners",
    ],
)
def test_market_and_sport_headlines_code_nothing(text):
    assert coded(text) == []


def test_only_a_one_line_text_without_a_stop_is_a_headline():
    assert is_headline_text("Troops fire on protesters in Dhaka")
    assert not is_headline_text("Troops fired on protesters in Dhaka.")
    assert not is_headline_text("Troops fire on protesters\nin Dhaka")
    assert not is_headline_text("Dhaka")


def test_commas_become_and_only_between_opening_names():
    assert and_for_commas("Xi, Biden hold video call") == "Xi& Biden hold video call"
    assert and_for_commas("Myanmar junta pardons 6,000 prisoners, frees envoy") == \
        "Myanmar junta pardons 6,000 prisoners, frees envoy"
    assert and_for_commas("Storm batters France, cuts power") == "Storm batters France, cuts power"


def test_relief_team_arriving_in_a_sentence(code):
    event = only(code("A Japanese medical team arrived in Kathmandu on Tuesday."), "AID")
    assert countries(event.actor) == ["JPN"]
    assert countries(event.recipient) == ["NPL"]
