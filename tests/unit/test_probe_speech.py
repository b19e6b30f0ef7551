"""Reported speech and attribution as wire copy tells it: quotes whose speaker follows them,
participles that add what a speaker did, claims and denials of responsibility, denied reports,
requests and invitations as a setting, and clauses of verbs whose object acts. All sentences
are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # "we" in a quote is the speaker named after it (coding rules 4)
        ("'We urge Armenia to return to the negotiating table,' the Azerbaijani foreign minister said.",
         "REQUEST", ["AZE"], ["ARM"]),
        ("'We strongly condemn the shelling of our border posts,' the Indian army said in a statement.",
         "ACCUSE", ["IND"], []),
        # a participle after a reported call is an act of its own
        ("Macron spoke by phone with Netanyahu on Sunday, urging Israel to allow more aid into Gaza, "
         "the Elysee said.", "REQUEST", ["FRA"], ["ISR"]),
        # a claim of responsibility is the claimant's attack
        ("The Islamic State group claimed responsibility for the bombing of a Pakistani army convoy near "
         "Quetta.", "ASSAULT", ["IMG"], ["PAK"]),
        ("Al-Shabaab claimed the attack on the African Union base in Mogadishu, its radio station said.",
         "ASSAULT", ["SOM"], ["IGO"]),
        # the object of "prompt", "force" does what their clause says
        ("Chinese warships sailed near the Senkaku islands, prompting Tokyo to lodge a protest with Beijing.",
         "ACCUSE", ["JPN"], ["CHN"]),
        # an act a prompting act drew answers whoever did that act
        ("Russian troops shelled the Estonian border post, prompting Tallinn to put its army on alert.",
         "MOBILIZE", ["EST"], ["RUS"]),
        # both parties of joint drills condemned are its recipients
        ("Beijing condemned Manila's joint patrols with Washington in the South China Sea.", "ACCUSE",
         ["CHN"], ["PHL", "USA"]),
        # the owner of a decision noun decides the act of its clause
        ("Tokyo said it regretted Beijing's decision to suspend imports of Japanese beef.",
         "SANCTION", ["CHN"], ["JPN"]),
        # added trigger rows
        ("Pyongyang will respond resolutely to any provocation by the South, KCNA said.",
         "THREATEN", ["PRK"], ["KOR"]),
        ("Britain blamed Moscow for the poisoning of a former spy in Salisbury.", "ACCUSE", ["GBR"], ["RUS"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("Damascus denied any involvement in the gas attack on Douma.", "ASSAULT", ["SYR"]),
        ("Kyiv denied responsibility for the drone strike on the Kremlin.", "ASSAULT", ["UKR"]),
        ("The Kremlin denied a report that Putin had met the Ukrainian envoy in Riyadh.", "CONSULT", ["RUS"]),
    ],
)
def test_denial_of_an_act_codes_it_negated(code, text, category, actor):
    event = only(code(text), category)
    assert countries(event.actor)[:1] == actor
    assert event.negated


@pytest.mark.parametrize(
    "text",
    [
        # requests and invitations "at" someone's word are a setting, not an act
        "Iranian military advisers are in Iraq at the request of Baghdad, the ministry said.",
        "Russian troops are in Kazakhstan at the invitation of President Tokayev.",
        # accusations judged or dismissed are no accusation made
        "Beijing said the accusations by Manila were groundless.",
        # a report neither denied nor confirmed stays hearsay
        "The ministry declined to comment on reports that Israeli jets had struck the airport.",
        # what a book or a film is about is its subject
        "The historian said his book about the Soviet invasion of Afghanistan took a decade to write.",
        "Her documentary on the bombing of Grozny premiered in Berlin on Friday.",
        # "we" of no named speaker is nobody's act
        "'We will respond,' he said.",
    ],
)
def test_no_event(code, text):
    assert [(e.event, e.trigger_text) for e in code(text)] == []
