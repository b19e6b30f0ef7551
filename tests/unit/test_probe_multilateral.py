"""International bodies as actors and recipients (probe_multilateral): peacekeeping missions and
war crimes tribunals as IGO, readmissions, states' bids to join a body, blocked aid packages,
meetings named as the setting of another act, habits, crowds that gather to protest, condemning
names read as clauses, surrenders to a court and scores of games. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # peacekeeping missions and war crimes tribunals are intergovernmental bodies
        ("Israeli troops fired on MONUSCO peacekeepers near the border.", "ASSAULT", ["ISR"], ["IGO"]),
        ("Rwanda extradited the suspect to the ICTR in Arusha.", "COOPERATE", ["RWA"], ["IGO"]),
        # "readmitted", which the parser reads as "readmitte"
        ("The African Union readmitted Guinea on Friday.", "SUPPORT", ["IGO"], ["GIN"]),
        # a state's bid to join a body is no takeover bid
        ("Sweden backed Ukraine's bid to join the European Union.", "SUPPORT", ["SWE"], ["UKR"]),
        # an aid package blocked is a refusal, not a cut in aid
        ("Slovakia blocked the EU aid package for Kyiv.", "REJECT", ["SVK"], ["IGO"]),
        # legal action and infringement procedures are charges
        ("The European Commission launched legal action against Poland over the judges' law.",
         "ACCUSE", ["IGO"], ["POL"]),
        ("Brussels opened an infringement procedure against Italy over its migrant decree.",
         "ACCUSE", ["IGO"], ["ITA"]),
        # a condemning name the parser reads as a clause
        ("Moscow called the IAEA resolution biased.", "ACCUSE", ["RUS"], ["IGO"]),
        # a surrender to a court is cooperation with it, not a release
        ("Kenyan authorities handed the militia leader over to the International Criminal Court.",
         "COOPERATE", ["KEN"], ["IGO"]),
        ("Croatia extradited the former general to the UN war crimes tribunal in The Hague.",
         "COOPERATE", ["HRV"], ["IGO"]),
        # regret "over" a loss is aimed at whose loss it is
        ("NATO expressed regret over the deaths of nine Afghan civilians in an air strike.",
         "CONCEDE", ["IGO"], ["AFG"]),
        # "its" in the object of a reported act is the speaker's
        ("The IAEA said unknown hackers had broken into its email servers.", "COERCE", [None], ["IGO"]),
        ("Ukraine said Russian hackers had breached its railway ticketing system.", "COERCE", ["RUS"], ["UKR"]),
        # bombers near another's airspace show force
        ("Two Russian bombers approached Norwegian airspace over the Barents Sea.", "MOBILIZE", ["RUS"], ["NOR"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_a_crowd_gathering_to_protest_is_the_protest(code):
    event = only(code("Thousands of Kenyan teachers gathered outside parliament to protest against the pay freeze."),
                 "PROTEST")
    assert event.mode == "demo"


def test_a_march_to_protest_stays_one_protest(code):
    events = code("Tens of thousands marched in Belgrade to protest the election result.")
    assert [e.event for e in events] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        # a meeting named as where another act was done is its setting
        "Poland vetoed the migration pact at a summit in Granada.",
        "Spain and Portugal endorsed the plan at an EU summit in Brussels.",
    ],
)
def test_a_meeting_as_setting_is_no_consultation(code, text):
    assert "CONSULT" not in [e.event for e in code(text)]


def test_a_meeting_told_with_its_host_is_still_coded(code):
    events = code("Serbia and Kosovo agreed to a road map at a meeting hosted by the European Union.")
    assert "CONSULT" in [e.event for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # routines, schedules and agendas
        "The OPEC conference normally meets twice a year in Vienna.",
        "Sudan is on the agenda of the Security Council's consultations on Thursday.",
        # a game's score
        "Morocco attacked from the first whistle and beat Portugal 1-0 in Doha.",
    ],
)
def test_no_event(code, text):
    assert code(text) == []


def test_a_vote_count_is_no_score(code):
    event = only(code("The Security Council voted 13-0 to condemn the junta in Niger."), "ACCUSE")
    assert countries(event.actor) == ["IGO"]


def test_a_clause_with_its_own_subject_is_no_purpose_of_a_misparsed_infinitive(code):
    events = code("Britain flew extra jets to eastern Europe as Russia massed troops near Ukraine.")
    massed = [e for e in events if e.trigger_text.startswith("massed")]
    assert len(massed) == 1 and countries(massed[0].actor) == ["RUS"]


def test_a_participle_with_a_pronoun_object_shares_the_main_verbs_recipient(code):
    event = only(code("Burundi expelled two UN human rights officials, accusing them of spying."), "ACCUSE")
    assert countries(event.recipient) == ["IGO"]
