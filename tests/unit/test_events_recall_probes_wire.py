"""Ways of telling an act that the coder missed until the fourteenth session's probes, written
in the style of wire copy for the categories the GSR's held-out half finds hardest (sanctions,
accusations, attacks by fired weapons, mobilisation, retreats). All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Denmark stopped all aid to Tanzania after the disputed vote.", ["DNK"], ["TZA"]),
    ("Sweden stopped funding for the Palestinian Authority.", ["SWE"], ["PSE"]),
    ("The World Bank suspended disbursements to Nigeria over the audit.", ["IGO"], ["NGA"]),
    ("Canada halted arms exports to Turkey.", ["CAN"], ["TUR"]),
    ("Ethiopia suspended flights to Eritrea.", ["ETH"], ["ERI"]),
    ("The Arab League imposed an economic boycott on Egypt in 1979.", ["IGO"], ["EGY"]),
])
def test_aid_and_trade_stopped_are_sanctions(code, text, actor, recipient):
    assert_coded(code(text), "SANCTION", actor, recipient)


def test_the_commonwealth_is_an_international_body(code):
    assert_coded(code("The Commonwealth suspended Nigeria's membership in 1995."), "SANCTION", ["IGO"], ["NGA"])


def test_commonwealth_in_other_names_is_no_body(code):
    assert code("Australia won 20 gold medals at the Commonwealth Games.") == []


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("Aid agencies flew food to Juba.", "AID", ["NGO"], ["SSD"]),
    ("Human rights groups accused the Bahraini government of torturing detainees.", "ACCUSE", ["NGO"], ["BHR"]),
])
def test_aid_agencies_and_rights_groups_named_alone_are_ngos(code, text, event, actor, recipient):
    assert_coded(code(text), event, actor, recipient)


def test_aid_groups_of_a_country_are_that_country(code):
    events = code("Sudanese aid groups accused the army of blocking convoys.")
    assert [e.actor[0].country for e in events if e.event == "ACCUSE"] == ["SDN"]


def test_the_accuser_of_a_passive_blame_may_close_the_sentence(code):
    assert_coded(code("Former president Alberto Fujimori has been accused of hiding $15 million "
                      "in foreign banks by Peruvian prosecutors."), "ACCUSE", ["PER"], ["PER"])


def test_a_by_phrase_in_a_conviction_names_a_doer_not_the_court(code):
    events = code("Former Peruvian president Alberto Fujimori was convicted in Lima of ordering two "
                  "massacres by death squads and sentenced to 25 years in prison.")
    assert {e.event for e in events} == {"SANCTION", "COERCE"}


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("A rocket fired from Lebanon landed near the Israeli town of Metula.", ["LBN"], ["ISR"]),
    ("Two Katyusha rockets landed in northern Israel on Tuesday.", [None], ["ISR"]),
    ("Three mortar shells fell on the Israeli town of Sderot.", [None], ["ISR"]),
    ("Mortar rounds slammed into the U.S. embassy compound in Baghdad.", [None], ["USA"]),
    ("A grenade was hurled at an Indian army patrol in Srinagar.", [None], ["IND"]),
    ("Two rockets were fired at Israel from Gaza.", ["PSE"], ["ISR"]),
    ("Four Iranian missiles were fired at U.S. bases in Iraq.", ["IRN"], ["USA"]),
])
def test_fired_ammunition_that_lands_is_an_attack(code, text, actor, recipient):
    assert_coded(code(text), "ASSAULT", actor, recipient)


@pytest.mark.parametrize("text", [
    "The Chinese military plane landed in Beijing after the exercise.",
    "The prime minister's plane landed in Berlin on Monday.",
    "Oil prices fell on Monday.",
])
def test_aircraft_landing_and_prices_falling_are_no_attack(code, text):
    assert "ASSAULT" not in [e.event for e in code(text)]


@pytest.mark.parametrize("text", [
    "Warsaw called for calm after a stray missile landed in a Polish village, killing two farmers.",
    "India said a missile was accidentally fired into Pakistan during routine maintenance.",
])
def test_a_stray_or_accidental_shot_is_no_attack(code, text):
    assert "ASSAULT" not in [e.event for e in code(text)]


def test_a_claim_of_an_attack_already_told_is_that_attack(code):
    events = code("A drone launched from Lebanon slammed into a building in the Israeli town of Nahariya, "
                  "and Hezbollah later claimed the attack.")
    assert [(e.event, [a.country for a in e.actor]) for e in events] == [("ASSAULT", ["LBN"])]


@pytest.mark.parametrize("text", [
    "The U.S. Navy dispatched a destroyer through the Taiwan Strait.",
    "Beijing stepped up military patrols near the Senkaku Islands.",
    "Turkey reinforced its military posts in Idlib province.",
    "Russian warships sailed into the Black Sea.",
])
def test_forces_sent_patrols_stepped_up_and_posts_reinforced_mobilise(code, text):
    assert [e.event for e in code(text)] == ["MOBILIZE"]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Moscow reduced its troop presence along the Mongolian border.", ["RUS"], ["MNG"]),
    ("The United States reduced its military presence in Somalia.", ["USA"], ["SOM"]),
])
def test_forces_reduced_where_they_stand_retreat(code, text, actor, recipient):
    assert_coded(code(text), "RETREAT", actor, recipient)


def test_a_company_that_reduces_its_presence_is_no_retreat(code):
    assert code("The company reduced its presence in Russia.") == []


@pytest.mark.parametrize("text", [
    "The military government ordered the closure of two independent newspapers.",
    "Authorities in Tehran shut down the offices of a reformist daily.",
])
def test_papers_closed_by_order_are_censored(code, text):
    assert [e.event for e in code(text)] == ["COERCE"]


def test_a_state_that_owns_a_mistaken_shot_still_attacked(code):
    assert_coded(code("Iran said its military had unintentionally shot down a Ukrainian airliner."),
                 "ASSAULT", ["IRN"], ["UKR"])


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Israeli Prime Minister Yitzhak Shamir wants Germany to pay more compensation to the victims.", ["ISR"], ["DEU"]),
    ("Washington wants Islamabad to do more against the militants.", ["USA"], ["PAK"]),
    ("Chirac reminded Baghdad that it must cooperate fully with the inspectors.", ["FRA"], ["IRQ"]),
    ("The Pope pleaded with Sudan to free the hostages.", ["VAT"], ["SDN"]),
])
def test_wanting_and_reminding_another_state_to_act_are_demands(code, text, actor, recipient):
    assert_coded(code(text), "REQUEST", actor, recipient)


@pytest.mark.parametrize("text", [
    "Poland wants to join the European Union by 2004.",
    "The minister reminded reporters that the talks were secret.",
])
def test_wanting_for_oneself_and_reminding_of_facts_are_no_demands(code, text):
    assert "REQUEST" not in [e.event for e in code(text)]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("Egypt offered to host talks between the Libyan factions.", "AGREE", ["EGY"], ["LBY"]),
    ("Armenia and Azerbaijan initialled a peace treaty in Washington.", "AGREE", ["ARM", "AZE"], []),
    ("Hungary objected to the EU's refugee quota plan.", "REJECT", ["HUN"], ["IGO"]),
    ("Morocco walked out of the African Union summit.", "REJECT", ["MAR"], ["IGO"]),
    ("Iran vowed to close the Strait of Hormuz if attacked.", "THREATEN", ["IRN"], []),
    ("A crowd of 10,000 people gathered in Tbilisi on Sunday to denounce Russian policy.", "PROTEST", ["GEO"], ["RUS"]),
])
def test_offers_treaties_objections_walkouts_vows_and_crowds(code, text, event, actor, recipient):
    assert_coded(code(text), event, actor, recipient)


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Mexico sent the cartel boss back to the United States to stand trial.", ["MEX"], ["USA"]),
    ("Uganda surrendered the rebel commander to the International Criminal Court.", ["UGA"], ["IGO"]),
    ("Colombia transferred the captured guerrilla leader to U.S. custody.", ["COL"], ["USA"]),
])
def test_wanted_people_sent_back_surrendered_or_transferred_are_legal_handovers(code, text, actor, recipient):
    assert_coded(code(text), "COOPERATE", actor, recipient)


def test_suspects_deported_stay_coerced(code):
    events = code("Turkey deported a suspected Islamic State militant to Germany.")
    assert [e.event for e in events] == ["COERCE"]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("The EU earmarked 50 million euros for refugees in Jordan.", "AID", ["IGO"], ["JOR"]),
    ("China airlifted tents and blankets to earthquake victims in Nepal.", "AID", ["CHN"], ["NPL"]),
    ("Tokyo voiced its appreciation for Jakarta's help in the rescue.", "SUPPORT", ["JPN"], ["IDN"]),
    ("The Cuban foreign minister extolled Venezuela's solidarity.", "SUPPORT", ["CUB"], ["VEN"]),
])
def test_aid_earmarked_or_sent_to_victims_and_praise_voiced_or_extolled(code, text, event, actor, recipient):
    assert_coded(code(text), event, actor, recipient)


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Britain froze diplomatic relations with Syria over the bombing plot.", ["GBR"], ["SYR"]),
    ("Tokyo suspended yen loans to Beijing after the crackdown.", ["JPN"], ["CHN"]),
    ("The World Bank cut off new credits to Zimbabwe.", ["IGO"], ["ZWE"]),
    ("Denmark ended its development assistance programme in Uganda.", ["DNK"], ["UGA"]),
    ("The EU curtailed high-level contacts with Belarus.", ["IGO"], ["BLR"]),
    ("China called off military exchanges with the United States.", ["CHN"], ["USA"]),
    ("The United States withdrew trade privileges from Argentina.", ["USA"], ["ARG"]),
    ("Washington ordered Moscow to reduce its embassy staff by 50.", ["USA"], ["RUS"]),
])
def test_loans_contacts_exchanges_and_privileges_cut_are_sanctions(code, text, actor, recipient):
    assert_coded(code(text), "SANCTION", actor, recipient)


def test_an_order_to_cut_arms_stays_a_demand(code):
    assert [e.event for e in code("Washington ordered Moscow to reduce its nuclear arsenal.")] == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "Nicaragua's government ordered the opposition newspaper La Prensa to suspend publication.",
    "The Kenyan government ordered the radio station to stop broadcasting.",
])
def test_an_outlet_ordered_to_stop_publishing_is_censored(code, text):
    assert [e.event for e in code(text)] == ["COERCE"]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("KCNA issued a detailed report exposing the crimes of the U.S. imperialists.", "ACCUSE", ["PRK"], ["USA"]),
    ("Rodong Sinmun carried an article accusing Japan of distorting history.", "ACCUSE", ["PRK"], ["JPN"]),
    ("Minju Joson exposed the true colours of the Japanese reactionaries.", "ACCUSE", ["PRK"], ["JPN"]),
    ("Pyongyang said Seoul would pay dearly for its provocations.", "THREATEN", ["PRK"], ["KOR"]),
])
def test_state_media_reports_exposing_and_warnings_of_dear_payment(code, text, event, actor, recipient):
    assert_coded(code(text), event, actor, recipient)


@pytest.mark.parametrize("text", [
    "Amnesty cited a report accusing Israel of apartheid.",
    "The floods exposed weaknesses in the dam.",
    "Consumers will pay dearly for the new tariffs, economists said.",
])
def test_cited_reports_exposed_flaws_and_dear_prices_are_no_acts(code, text):
    assert [e.event for e in code(text) if e.event in ("ACCUSE", "THREATEN")] == []


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Tel Aviv balked at the American proposal for a settlement freeze.", ["ISR"], ["USA"]),
    ("Seoul stood firm against Japanese demands over the disputed islands.", ["KOR"], ["JPN"]),
    ("Havana held out against pressure from Washington to hold free elections.", ["CUB"], ["USA"]),
    ("Ankara scoffed at the European Parliament resolution.", ["TUR"], ["IGO"]),
])
def test_refusals_told_as_balking_standing_firm_holding_out_or_scoffing(code, text, actor, recipient):
    assert_coded(code(text), "REJECT", actor, recipient)


def test_shells_fired_into_the_sea_show_force(code):
    events = code("North Korea fired artillery shells into the sea near the disputed border.")
    assert [e.event for e in events] == ["MOBILIZE"]


def test_shells_fired_at_a_place_attack_it(code):
    assert_coded(code("North Korea fired artillery shells at the South Korean island of Yeonpyeong."),
                 "ASSAULT", ["PRK"], ["KOR"])


def test_carriers_deployed_off_a_coast_face_its_state(code):
    assert_coded(code("The United States deployed two aircraft carriers off the Taiwan coast."),
                 "MOBILIZE", ["USA"], ["TWN"])


def test_an_envoy_summoned_to_a_named_ministry_is_summoned_by_its_state(code):
    assert_coded(code("The French ambassador was summoned to the Iranian foreign ministry."), "ACCUSE", ["IRN"], ["FRA"])


def test_an_envoy_is_not_summoned_by_his_own_state(code):
    assert code("The British envoy was summoned to the ministry on Monday.") == []


@pytest.mark.parametrize(("text", "recipient"), [
    ("Nigeria was suspended from the Commonwealth in 1995.", ["NGA"]),
    ("Mali was suspended from the African Union after the coup.", ["MLI"]),
])
def test_a_member_suspended_from_a_body_is_suspended_by_it(code, text, recipient):
    assert_coded(code(text), "SANCTION", ["IGO"], recipient)


def test_punjab_alone_names_no_country(code):
    events = code("Farmers' unions blocked railway tracks across Punjab on Thursday.")
    assert all("PAK" not in [a.country for a in e.actor] for e in events)


@pytest.mark.parametrize(("text", "actor"), [
    ("Egypt and Libya settled their differences at a summit in Tobruk.", ["EGY", "LBY"]),
    ("The Palestinians assented to the new timetable for the withdrawal.", ["PSE"]),
])
def test_differences_settled_and_assent_are_agreements(code, text, actor):
    assert_coded(code(text), "AGREE", actor, [])


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Japan returned the fishing boat to China after the crew was questioned.", ["JPN"], ["CHN"]),
    ("Iran and Iraq exchanged the remains of soldiers killed in their war.", ["IRN", "IRQ"], []),
])
def test_boats_returned_and_remains_exchanged_are_releases(code, text, actor, recipient):
    assert_coded(code(text), "RETREAT", actor, recipient)


def test_a_company_returning_an_aircraft_is_no_release(code):
    assert code("Boeing returned the aircraft to the airline.") == []


@pytest.mark.parametrize("text", [
    "Bosnian Serb forces fired dozens of shells into the Muslim enclave of Gorazde.",
    "Serb gunners fired shells on the town overnight.",
])
def test_shells_fired_at_a_place_no_table_names_stay_attacks(code, text):
    assert [e.event for e in code(text)] == ["ASSAULT"]


def test_missiles_launched_that_struck_a_base_are_one_attack(code):
    events = code("The Pentagon said the missiles were launched from Iranian territory and struck "
                  "the Ain al-Asad air base in western Anbar province.")
    assert [(e.event, [a.country for a in e.actor], [r.country for r in e.recipient]) for e in events] \
        == [("ASSAULT", ["IRN"], ["IRQ"])]


def test_a_launch_and_a_separate_barrage_are_two_acts(code):
    events = code("North Korea launched two missiles and fired artillery at the island.")
    assert sorted(e.event for e in events) == ["ASSAULT", "MOBILIZE"]
