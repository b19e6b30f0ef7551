"""Negation and modality of coded events (coding rules, sections 5 and 6)."""

from __future__ import annotations

import pytest

from detente import code_text
from detente.events.modality import is_negated, modality
from tests.unit.test_events_extract import countries, only


@pytest.mark.parametrize(
    ("text", "category", "negated", "mood"),
    [
        ("Russian troops did not cross into Ukrainian territory, the ministry said.", "MOBILIZE", True, "asserted"),
        ("Pyongyang denied that it had fired a missile toward Japan.", "MOBILIZE", True, "asserted"),
        ("Israel never attacked the convoy, the army said.", "ASSAULT", True, "asserted"),
        ("Iran and the United States failed to reach an agreement in Vienna.", "AGREE", True, "asserted"),
        ("China will impose sanctions on Lithuania.", "THREATEN", False, "future"),
        ("Washington plans to impose tariffs on Chinese steel.", "THREATEN", False, "future"),
        ("Ukraine could launch a counteroffensive against Russian forces.", "THREATEN", False, "hypothetical"),
        ("Russia might deploy more troops to Belarus.", "MOBILIZE", False, "hypothetical"),
        ("Turkey will impose sanctions on Sweden if it refuses to extradite the suspects.", "SANCTION", False,
         "conditional"),
        ("North Korea would attack South Korea unless the drills stop.", "ASSAULT", False, "conditional"),
        ("Japan said it would send aid to Turkey.", "AGREE", False, "future"),
        ("Beijing offered to host the next round of talks.", "AGREE", False, "asserted"),
        ("Israel attacked Hamas positions in Gaza on Sunday.", "ASSAULT", False, "asserted"),
    ],
)
def test_negation_and_modality(code, text, category, negated, mood):
    events = [e for e in code(text) if e.event == category]
    assert events, (text, [(e.event, e.trigger_text) for e in code(text)])
    assert (events[0].negated, events[0].modality) == (negated, mood)


def test_future_visit_is_coded_as_agree_with_future_modality(code):
    (event,) = code("Egypt's president will visit Qatar next week.")
    assert (event.event, event.modality, event.negated) == ("AGREE", "future", False)


def test_a_visit_later_this_week_is_to_come(code):
    """A visit named "later this week" has not happened; told as done, the judged wire copy's
    future visits were false CONSULT events."""
    for text in ("Prime Minister Fumio Kishida said he hopes his visit to Washington later this week will help"
                 " resolve Japan's trade problems.",
                 "Kishida's visit to Washington later this week is expected to focus on chips."):
        assert [(e.event, e.modality) for e in code(text)] == [("AGREE", "future")]


def test_a_past_act_joined_to_a_future_one_keeps_its_own_tense(code):
    events = code("Ukraine's interim government said it would not recognise the annexation and recalled its"
                  " ambassador from Moscow.")
    recall = [e for e in events if e.event == "SANCTION"]
    assert [(e.modality, e.negated) for e in recall] == [("asserted", False)]


def test_refusal_is_a_rejection_not_a_negation(code):
    (event,) = code("Iran refused to meet the IAEA chief in Tehran.")
    assert (event.event, event.mode, event.negated, event.modality) == ("REJECT", "meet", False, "asserted")


def test_announced_non_participation_is_a_rejection(code):
    events = code("Japan will not take part in the talks.")
    assert [(e.event, e.negated, e.modality) for e in events] == [("REJECT", False, "asserted")]


def test_threat_with_condition_stays_asserted(code):
    events = code("Iran threatened to close the Strait of Hormuz if the United States attacked.")
    assert [(e.event, e.modality) for e in events] == [("THREATEN", "asserted")]


def test_rules_on_bare_parses(nlp):
    doc = nlp("The army has no plans to withdraw from the city.")
    withdraw = next(t for t in doc if t.lemma_ == "withdraw")
    assert is_negated(withdraw)
    doc = nlp("Officials are to meet in Geneva tomorrow.")
    meet = next(t for t in doc if t.lemma_ == "meet")
    assert modality(meet) == "future"
    doc = nlp("The ministers met in Geneva.")
    meet = next(t for t in doc if t.lemma_ == "meet")
    assert (is_negated(meet), modality(meet)) == (False, "asserted")


@pytest.mark.parametrize(
    ("text", "category", "negated", "mood"),
    [
        ("Kenya did not send troops to Somalia.", "MOBILIZE", True, "asserted"),
        ("Japan didn't impose sanctions on Russia.", "SANCTION", True, "asserted"),
        ("Germany never sent tanks to Ukraine.", "AID", True, "asserted"),
        ("Hungary no longer blocks aid to Ukraine.", "SANCTION", True, "asserted"),
        ("Turkey no longer supplies weapons to Syria.", "AID", True, "asserted"),
        ("Egypt failed to reach agreement with Ethiopia.", "AGREE", True, "asserted"),
        ("Tehran denied that its navy had fired on the tanker.", "ASSAULT", True, "asserted"),
        ("Japan has yet to impose sanctions on Russia.", "SANCTION", True, "asserted"),
        ("Israel has yet to sign the agreement with Lebanon.", "SUPPORT", True, "asserted"),
        ("China refused to meet the American envoy.", "REJECT", False, "asserted"),
        ("India declined to condemn Russia.", "REJECT", False, "asserted"),
        ("Britain would send aid to Sudan.", "AID", False, "hypothetical"),
        ("Mexico intends to deport migrants to Guatemala.", "THREATEN", False, "future"),
        ("Poland is set to send tanks to Ukraine.", "AGREE", False, "future"),
        ("China could impose tariffs on Australian wine.", "THREATEN", False, "hypothetical"),
        ("Russia may attack Ukraine.", "THREATEN", False, "hypothetical"),
        ("If Iran enriches uranium further, Israel will strike its nuclear sites.", "ASSAULT", False,
         "conditional"),
    ],
)
def test_common_negators_and_modals(code, text, category, negated, mood):
    events = [e for e in code(text) if e.event == category]
    assert events, (text, [(e.event, e.trigger_text) for e in code(text)])
    assert (events[0].negated, events[0].modality) == (negated, mood)


def test_without_negates_the_act_it_governs(nlp):
    doc = nlp("The talks in Geneva ended without an agreement between Russia and Ukraine.")
    agreement = next(t for t in doc if t.lemma_ == "agreement")
    assert is_negated(agreement)
    doc = nlp("The talks in Geneva ended with an agreement between Russia and Ukraine.")
    agreement = next(t for t in doc if t.lemma_ == "agreement")
    assert not is_negated(agreement)


def test_own_conditional_use_of_force_is_a_threat(code):
    events = code("Azerbaijan said it could use force if Armenian troops stayed in Karabakh.")
    assert [(e.event, e.modality) for e in events] == [("THREATEN", "asserted")]
    events = code("Azerbaijan said Armenia could use force if its troops stayed in Karabakh.")
    assert [(e.event, e.modality) for e in events] == [("ASSAULT", "conditional")]


@pytest.mark.parametrize(
    ("text", "category", "mood"),
    [
        ("Israel is poised to launch a ground offensive in Rafah.", "THREATEN", "future"),
        ("Seoul is likely to expel the North Korean diplomat.", "THREATEN", "hypothetical"),
        ("Washington would lift sanctions on Caracas provided that free elections are held.", "CONCEDE",
         "conditional"),
    ],
)
def test_poised_likely_and_provided_that(code, text, category, mood):
    (event,) = [e for e in code(text) if e.event == category]
    assert (event.negated, event.modality) == (False, mood)


def test_would_in_a_clause_joined_to_reported_speech_is_future(code):
    events = code("Lavrov said the risk was real, but Moscow would not deploy troops to Belarus.")
    assert [(e.event, e.negated, e.modality) for e in events if e.event == "MOBILIZE"] == [
        ("MOBILIZE", True, "future")]


def test_a_headline_infinitive_is_the_future(code):
    events = code("North Korea to hold talks with Japan.")
    assert [(e.event, e.modality) for e in events] == [("AGREE", "future")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan could impose sanctions on Moscow and expel the Russian ambassador.",
     {("THREATEN", "restrict"): (False, "hypothetical"), ("THREATEN", "expel"): (False, "hypothetical")}),
    ("Iran did not sign the deal or send envoys to the talks.",
     {("SUPPORT", None): (True, "asserted"), ("CONSULT", "visit"): (True, "asserted")}),
    ("Pyongyang did not attend the talks but sent a message to Seoul.",
     {("SUPPORT", None): (False, "asserted")}),
])
def test_a_verb_joined_without_its_own_subject_shares_negation_and_modality(code, text, expected):
    found = {(e.event, e.mode): (e.negated, e.modality) for e in code(text)}
    assert {key: found.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "mode", "modality"),
    [
        ("The Interior Ministry said it would extend the night-time curfew in the capital.", "restrict", "future"),
        ("The government plans to expel the Dutch ambassador over the remarks.", "expel", "future"),
        ("Nurses across the country will strike for three days from Monday, their union said.", "restrict", "future"),
        ("Beijing might halt imports of Japanese seafood in retaliation, traders said.", "restrict", "hypothetical"),
    ],
)
def test_coercion_not_yet_done_is_a_threat(code, text, mode, modality):
    event = only(code(text), "THREATEN")
    assert (event.mode, event.modality) == (mode, modality)


def test_an_offensive_expected_in_a_town_threatens_the_country_of_the_town():
    event = only(code_text("Russian forces could launch a new offensive in Kharkiv within weeks, Ukrainian "
                           "officials said.", "2024-04-20"), "THREATEN")
    assert countries(event.recipient) == ["UKR"]


def test_a_decided_or_possibly_past_act_is_no_threat(code):
    assert [e.event for e in code("EU foreign ministers agreed to ban imports of Iranian oil from July.")] == ["SANCTION"]
    assert [e.event for e in code("Iran may have seized a second oil tanker in the Gulf, a maritime security "
                                  "firm said.")] == ["COERCE"]
    assert only(code("Japan has no plans to impose sanctions on Russia."), "SANCTION").negated


@pytest.mark.parametrize(
    ("text", "category", "mood"),
    [
        ("Talks between Russia and Ukraine will take place in Istanbul next week.", "AGREE", "future"),
        ("A summit between the two Koreas is likely in the spring, officials in Seoul said.", "CONSULT",
         "hypothetical"),
        ("An Israeli strike on Iran is likely, Israeli officials said.", "THREATEN", "hypothetical"),
        ("Talks between Russia and Ukraine took place in Istanbul on Monday.", "CONSULT", "asserted"),
    ],
)
def test_an_act_named_as_the_subject_of_its_happening_takes_that_mood(code, text, category, mood):
    assert only(code(text), category).modality == mood


@pytest.mark.parametrize("text", [
    "U.S. officials said an Iranian attack on Israel was imminent.",
    "Pentagon officials said a Russian invasion of Ukraine could come within weeks.",
])
def test_a_forecast_of_another_states_attack_is_no_event(code, text):
    assert code(text) == []
