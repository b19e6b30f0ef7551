"""More words in another sense from general web news (ninth session): showing is no protest,
documents released free no one, laws permit without acting, questions assert nothing; and the
real events beside each of them stay. All sentences are our own."""

from __future__ import annotations

import pytest

from detente import code_text
from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "demonstrate" and "rally" with an object show or gather something
        ("With that verdict the tribunal demonstrated a worrying lack of independence.", "PROTEST"),
        ("The Kenyan president rallied his cabinet behind the new budget.", "PROTEST"),
        # papers and recordings released
        ("The Kremlin released a transcript of the call between Putin and Macron.", "RETREAT"),
        ("Downing Street released a summary of the prime minister's talks in Kyiv.", "RETREAT"),
        # what a law or a system permits is no concession of anyone's
        ("Egyptian law allows the president to extend the state of emergency.", "RETREAT"),
        ("The Swiss system lets cantons set their own tax rates.", "RETREAT"),
        # animals killed
        ("Vietnamese authorities culled 40,000 pigs to stop the spread of swine fever.", "ASSAULT"),
        ("The Danish government ordered the killing of millions of mink.", "ASSAULT"),
        # a round of voting, a requirement met, an envoy sent
        ("Chile held the first round of its presidential election on Sunday.", "CONSULT"),
        ("The Mexican candidate meets every requirement for the post, the court said.", "CONSULT"),
        ("Washington sent Secretary of State Antony Blinken to the summit in Jakarta.", "AID"),
        # a name that only contains a trigger's word
        ("The drone crashed near a base used by the Turkish Air Force.", "ASSAULT"),
        # a hyphenated adjective is no particle of the verb
        ("Activists in Portland set up a police-free zone downtown.", "RETREAT"),
        # campaign rallies and verbal attacks in domestic politics
        ("The Brazilian president held a campaign rally in Sao Paulo.", "PROTEST"),
        ("The French opposition leader attacked Macron for his pension reform.", "ASSAULT"),
        ("The Labour leader attacked Johnson during the debate in London.", "ASSAULT"),
        # questions, direct and indirect
        ("Will Iran retaliate against the United States?", "THREATEN"),
        ("Did the Chinese embassy ever support the exhibition?", "SUPPORT"),
        ("The Japanese ambassador asked whether Seoul would apologise.", "REQUEST"),
        ("At the farm he asked in detail how large the harvest had been this year.", "REQUEST"),
        # a debtor's moratorium is market news
        ("Creditor banks voiced concern over Ecuador's suspension of interest payments on its debt.", "SANCTION"),
        # the sick flown out are no one's aid
        ("The Russian opposition leader was airlifted from Omsk to Berlin for treatment.", "AID"),
        ("Wounded Palestinians were sent to Egypt for treatment.", "AID"),
        # a kind of drill is no attack
        ("South Korean marines staged shelling exercises on Yeonpyeong Island.", "ASSAULT"),
    ],
)
def test_no_event_of_that_category(code, text, category):
    assert category not in [e.event for e in code(text)]


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("Iran released two French researchers on Saturday.", "RETREAT", ["IRN"], ["FRA"]),
        ("Israel allowed UN inspectors to enter the site.", "RETREAT", ["ISR"], ["IGO"]),
        ("Russian forces attacked the town for three days.", "ASSAULT", ["RUS"], []),
        ("China asked Japan to release the captain of the trawler.", "REQUEST", ["CHN"], ["JPN"]),
        ("The United States provided aerial photographs to Ukraine.", "AID", ["USA"], ["UKR"]),
        ("Britain said it would not meet hostage-takers demands to release prisoners in Syria.", "REJECT",
         ["GBR"], ["SYR"]),
        # people of a country sent to help are that country's help
        ("Chinese rescue teams were sent to Turkey after the earthquake.", "AID", ["CHN"], ["TUR"]),
        ("Jordanian medical teams were dispatched to Sudan to treat the wounded.", "AID", ["JOR"], ["SDN"]),
    ],
)
def test_real_events_beside_them_stay(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


@pytest.mark.parametrize(("text", "category"), [
    ("Thousands of Georgians rallied outside parliament in Tbilisi against the law.", "PROTEST"),
    ("Islamist fighters ambushed a Malian army patrol near Gao.", "ASSAULT"),
])
def test_a_place_or_a_patrol_as_object_keeps_the_event(code, text, category):
    # "outside parliament" read as an object; a patrol ambushed is no drill
    assert category in [e.event for e in code(text)]


@pytest.mark.parametrize("text", [
    "China's navy conducted drills off the coast of Taiwan.",
    "China's navy conducted bombing drills off the coast of Taiwan.",
])
def test_drills_tagged_as_a_verb_are_still_drills(code, text):
    # the tagger reads "drills" as a verb in the object's place; the parse is repaired
    assert_coded(code(text), "MOBILIZE", ["CHN"], [])


def test_drills_off_a_coast_are_aimed_at_its_country():
    events = code_text("China's navy conducted drills off the coast of Taiwan.", "2022-08-05")
    assert [(e.event, [a.country for a in e.recipient]) for e in events] == [("MOBILIZE", ["TWN"])]


@pytest.mark.parametrize("text", [
    "A U.S. fighter jet shot down the Chinese balloon off the coast of South Carolina.",
    "An American warplane shot down the Chinese balloon off the coast of Alaska on Friday.",
])
def test_an_object_hung_on_the_particle_is_the_verbs_object(code, text):
    # the parser reads "down the balloon" as a preposition phrase; the parse is repaired
    assert_coded(code(text), "ASSAULT", ["USA"], ["CHN"])


def test_a_place_read_as_a_modifier_of_a_span_of_time_is_the_place(code):
    # the parser reads "to Ukraine months ahead" as "to [Ukraine months]"; the parse is repaired
    assert_coded(code("Germany delivered the first Leopard tanks to Ukraine weeks ahead of schedule."),
                 "AID", ["DEU"], ["UKR"])


def test_a_list_inside_the_subject_read_as_a_second_subject_is_rejoined(code):
    # "the Philippines, the United States and Japan" split by the parser into a subject of its own
    event = only(code("Navy ships from the Philippines, the United States and Japan held their first "
                      "trilateral exercise off Palawan."), "COOPERATE")
    assert countries(event.actor) == ["JPN", "PHL", "USA"]
