"""Constructions of the second pass over the coder: recipients inside a speech act's content,
arrivals of forces, protests and whom they target, weapons as perpetrators, releases, claims,
and the trigger rows added with them. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.test_events_extract import assert_coded, countries, only


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # the party named inside the content of a speech act is its recipient
        ("The European Union agreed to lend Moldova two billion euros.", "AGREE", ["IGO"], ["MDA"]),
        ("Japan offered to help Turkey rebuild hospitals after the quake.", "AGREE", ["JPN"], ["TUR"]),
        ("Kabul refused to hand over the suspects to Pakistan.", "REJECT", ["AFG"], ["PAK"]),
        # a place names the target of a concession or a coercive act when nothing else does
        ("Ethiopia lifted the state of emergency in Tigray on Friday.", "CONCEDE", ["ETH"], ["ETH"]),
        ("Serbia lifted the curfew in Kosovo after the vote.", "CONCEDE", ["SRB"], ["XKX"]),
        # added trigger rows
        ("Nigeria turned down a British request to extradite the senator.", "REJECT", ["NGA"], ["GBR"]),
        ("Beijing suspended imports of Australian coal in November.", "SANCTION", ["CHN"], ["AUS"]),
        ("Ecuador granted refuge to two Venezuelan opposition politicians.", "AID", ["ECU"], ["VEN"]),
        ("Belarus said it would always stand with Russia.", "AGREE", ["BLR"], ["RUS"]),
        ("The Iraqi government gave Turkey a deadline to pull its soldiers out of Bashiqa.",
         "THREATEN", ["IRQ"], ["TUR"]),
    ],
)
def test_category_actor_recipient(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_troops_arriving_for_joint_drills_are_coded_by_the_drills(code):
    events = code("Russian troops arrived in Serbia for joint anti-terror drills.")
    assert [e.event for e in events] == ["COOPERATE"]
    assert countries(events[0].recipient) == ["SRB"]


def test_warships_arriving_show_force_rather_than_visit(code):
    events = code("Two Chinese warships arrived in Sri Lanka on Tuesday.")
    assert "CONSULT" not in [e.event for e in events]
    event = only(events, "MOBILIZE")
    assert event.mode == "weapons"
    assert countries(event.recipient) == ["LKA"]


def test_peacekeepers_arriving_bring_help(code):
    event = only(code("The first Kenyan peacekeeping troops arrived in Haiti on Tuesday."), "AID")
    assert countries(event.actor) == ["KEN"]
    assert countries(event.recipient) == ["HTI"]


def test_a_delegation_arriving_still_visits(code):
    event = only(code("A Chinese delegation arrived in Pyongyang on Monday."), "CONSULT")
    assert event.mode == "visit"


def test_a_hunger_strike_targets_what_it_protests_against(code):
    text = "Hundreds of Tamil refugees began a hunger strike to protest against Australia's detention policy."
    event = only(code(text), "PROTEST")
    assert event.mode == "hunger"
    assert countries(event.recipient) == ["AUS"]


def test_a_crowd_without_a_country_belongs_to_the_place_it_rallies_in(code):
    event = only(code("Tens of thousands of people rallied in Tbilisi against the foreign agents bill."), "PROTEST")
    assert countries(event.actor) == ["GEO"]
    assert countries(event.recipient) == ["GEO"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Four Nigerian soldiers were killed by a roadside bomb near Maiduguri.", "explosives"),
        ("A roadside bombing near Kandahar killed two Canadian soldiers.", "explosives"),
        ("A suicide bomber killed twelve police officers in Quetta.", "suicide-attack"),
    ],
)
def test_a_weapon_stands_for_an_unknown_perpetrator(code, text, mode):
    event = only(code(text), "ASSAULT")
    assert [(e.country, e.sector) for e in event.actor] == [(None, "UAF")]
    assert event.mode == mode


def test_a_noun_killed_in_fighting_is_the_victim_not_the_actor(code):
    events = code("Armenia and Azerbaijan exchanged the bodies of soldiers killed in the fighting.")
    assert "ASSAULT" not in [e.event for e in events]


def test_an_assault_by_the_subject_of_a_noun_is_the_agents(code):
    event = only(code("A rocket attack by Houthi rebels killed three Saudi border guards."), "ASSAULT")
    assert countries(event.actor) == ["YEM"]
    assert countries(event.recipient) == ["SAU"]


def test_releasing_water_is_no_retreat_but_releasing_prisoners_is(code):
    assert "RETREAT" not in [e.event for e in code("Japan began releasing treated water into the Pacific.")]
    event = only(code("Venezuela released six American prisoners on Saturday."), "RETREAT")
    assert event.mode == "release"


def test_acts_inside_reports_that_are_not_asserted(code):
    text = "The ministry declined to comment on reports that Iranian drones had entered Iraqi airspace."
    assert code(text) == []


def test_joint_flights_of_two_air_forces_are_cooperation(code):
    text = "Japanese and American fighter jets flew over the East China Sea in a show of force."
    event = only(code(text), "COOPERATE")
    assert countries(event.actor) == ["JPN", "USA"]


@pytest.mark.parametrize(
    ("text", "category", "mode"),
    [
        ("Islamic State militants beheaded a Japanese journalist.", "ASSAULT", "targeted"),
        ("Syrian air defences shot down an Israeli drone.", "ASSAULT", "aerial"),
        ("Gunmen took dozens of foreign workers hostage at the gas plant.", "ASSAULT", "abduct"),
        ("A court in Tehran sentenced the French researcher to six years in prison.", "COERCE", "arrest"),
        ("Thousands of students walked out of classes in Santiago.", "PROTEST", "strike"),
        ("The Iranian delegation walked out of the talks in Vienna.", "REJECT", "meet"),
        ("North Korea displayed new missiles at a military parade.", "MOBILIZE", "weapons"),
        ("Hanoi banned any contact with the breakaway government.", "REJECT", "meet"),
    ],
)
def test_added_trigger_rows(code, text, category, mode):
    event = only(code(text), category)
    assert event.mode == mode


def test_a_protest_noun_in_a_complaint_names_the_target(code):
    event = only(code("Lebanon complained to the Security Council over Israeli air raids."), "ACCUSE")
    assert "ISR" in countries(event.recipient)


def test_a_demand_noun_with_its_clause_is_a_request(code):
    event = only(code("The European Union repeated its demand that Russia withdraw its troops from Georgia."),
                 "REQUEST")
    assert countries(event.actor) == ["IGO"]
    assert countries(event.recipient) == ["RUS"]
    assert [e.event for e in code("Demand for Saudi oil rose sharply in March.")] == []


def test_the_subject_of_a_threats_condition_is_its_target(code):
    event = only(code("Moscow threatened to suspend the arms talks if Washington deployed new missiles in Europe."),
                 "THREATEN")
    assert countries(event.recipient) == ["USA"]
    assert event.modality == "asserted"


def test_a_reported_conditional_refusal_is_a_rejection(code):
    event = only(code("Hungary said it would not accept any more migrants if the border fence was breached."),
                 "REJECT")
    assert event.negated is False


def test_a_second_verb_of_the_same_assault_is_not_a_second_event(code):
    events = code("Rebels killed four Malian soldiers and wounded six others near Gao.")
    assert [e.event for e in events] == ["ASSAULT"]
    events = code("Gunmen stormed the hotel, killing twenty guests and taking forty hostages.")
    assert "abduct" in {e.mode for e in events if e.event == "ASSAULT"}


def test_a_relative_clause_describing_a_party_is_no_event(code):
    events = code("The Iraqi army is fighting militants who seized Mosul last month.")
    assert [e.trigger_text for e in events] == ["fighting"]


def test_the_blockade_of_an_occupied_territory_stays_coercion(code):
    event = only(code("Israel reimposed the blockade on the West Bank after the attack."), "COERCE")
    assert event.mode == "restrict"


def test_what_a_call_urges_in_a_coordinated_clause_is_content(code):
    events = code("Hamas leaders called on Palestinians to rise up and attack Israeli settlers.")
    assert [e.event for e in events] == ["REQUEST"]


def test_resigning_in_protest_is_no_protest(code):
    assert "PROTEST" not in [e.event for e in code("The Georgian defence minister resigned in protest over the deal.")]


def test_the_passive_subject_of_a_conjoined_active_verb_acts(code):
    text = "Serbia's former interior minister was indicted by the tribunal and will resign on Friday."
    assert {e.event for e in code(text)} >= {"ACCUSE", "CONCEDE"}


def test_victims_without_a_state_role_belong_to_the_country_of_the_place(code):
    event = only(code("Two Palestinian gunmen killed six people in Jerusalem on Tuesday."), "ASSAULT")
    assert countries(event.recipient) == ["ISR"]


def test_an_ordered_release_is_the_release(code):
    events = code("Myanmar's junta ordered the release of thousands of political prisoners.")
    assert [e.event for e in events] == ["RETREAT"]
    assert countries(events[0].actor) == ["MMR"]


def test_rioters_clashing_with_police_protest(code):
    event = only(code("Thousands of Kenyan protesters clashed with police in Nairobi."), "PROTEST")
    assert event.mode == "riot"


def test_troops_crossing_out_of_a_country_withdraw(code):
    event = only(code("The last Russian troops crossed from Georgia into South Ossetia."), "RETREAT")
    assert countries(event.recipient) == ["GEO"]


def test_aid_received_from_names_the_giver_even_on_the_object(code):
    event = only(code("Nepal received tents and aid from India after the earthquake."), "AID")
    assert countries(event.actor) == ["IND"]
    assert countries(event.recipient) == ["NPL"]


def test_the_actor_is_never_its_own_recipient(code):
    event = only(code("Norway gave two billion Norwegian kroner to Ukraine for reconstruction."), "AID")
    assert countries(event.recipient) == ["UKR"]


def test_ten_days_of_joint_drills_take_the_subject_of_the_verb(code):
    event = only(code("Russia and China began ten days of joint naval drills in the Sea of Japan."), "COOPERATE")
    assert countries(event.actor) == ["CHN", "RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Exports of Canadian lumber have injured American sawmills, the commission ruled.",
        "Wheat deliveries will resume from March 2, the ministry said.",
    ],
)
def test_trade_harm_and_months_are_no_events(code, text):
    assert code(text) == []


def test_words_of_war_are_not_sport(code):
    event = only(code("The Sri Lankan army killed the rebel leader in the final battle of the war."), "ASSAULT")
    assert countries(event.actor) == ["LKA"]


def test_a_weapon_named_in_the_means_of_a_passive_assault(code):
    event = only(code("The governor was assassinated in a gun and bomb attack in Peshawar."), "ASSAULT")
    assert [e.sector for e in event.actor] == ["UAF"]


def test_a_crackdown_on_foreigners_stays_coercion(code):
    event = only(code("Police in Minsk cracked down on Lithuanian activists near the border."), "COERCE")
    assert event.mode == "restrict"


def test_more_charges_after_an_accusation_are_its_content(code):
    text = ("Human Rights Watch accused Egypt of torturing detainees, ignoring court orders "
            "and silencing critics.")
    assert [e.event for e in code(text)] == ["ACCUSE"]


def test_a_barrage_of_several_weapons_is_one_assault_on_its_target(code):
    text = "Turkish forces launched artillery, mortar and rocket fire against Kurdish positions in Syria."
    events = [e for e in code(text) if e.event == "ASSAULT"]
    assert len(events) == 1
    assert events[0].recipient != ()


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # "called for X to do Y": the clause is the demand's content and X its recipient
        ("The African Union called for Eritrea to withdraw its troops from Tigray.", "REQUEST", ["IGO"],
         ["ERI"]),
        ("Germany pushed for Serbia to recognise Kosovo.", "REQUEST", ["DEU"], ["SRB"]),
        # "would pay a (heavy) price" is a threat, not a market price
        ("Ankara warned Athens that it would pay a heavy price for arming the islands.", "THREATEN", ["TUR"],
         ["GRC"]),
        # "share" as a verb is no stock-market share; "a team of agents" is no sports team
        ("Australia and India signed a pact to share naval intelligence.", "SUPPORT", ["AUS", "IND"], []),
        ("A team of Russian agents killed the defector in Salisbury.", "ASSAULT", ["RUS"], []),
        # near-synonyms added to the lexicon
        ("Chile and Peru clinched a deal on their maritime border.", "AGREE", ["CHL", "PER"], []),
        ("Morocco and Israel agreed to normalise relations.", "AGREE", ["ISR", "MAR"], []),
        ("Pakistan's foreign minister lambasted India over the dam project.", "ACCUSE", ["PAK"], ["IND"]),
    ],
)
def test_generalised_rows_and_constructions(code, text, category, actor, recipient):
    event = only(code(text), category)
    assert countries(event.actor) == actor
    assert set(recipient) <= set(countries(event.recipient))


def test_a_team_of_footballers_is_still_sport(code):
    assert not [e for e in code("Brazil's team attacked from the first minute and beat Argentina.")
                if e.event == "ASSAULT"]


def test_a_farmers_price_is_still_commerce(code):
    assert code("Farmers in Kansas said they would pay a higher price for fertiliser this year.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said Belarus had fired rockets at Ukrainian border posts, which Minsk denied.",
        "Seoul said North Korean troops had crossed the border, a charge Pyongyang denied.",
        "Manila said a Chinese ship had rammed a Philippine supply boat, a claim Beijing denied.",
    ],
)
def test_a_denied_charge_is_coded_twice_asserted_and_negated(code, text):
    flags = sorted(e.negated for e in code(text) if e.event in ("ASSAULT", "MOBILIZE"))
    assert flags == [False, True]


def test_a_denial_by_someone_else_is_no_copy(code):
    events = code("Kyiv said Belarus had fired rockets at Ukrainian border posts, which Moscow denied.")
    assert [e.negated for e in events if e.event in ("ASSAULT", "MOBILIZE")] == [False]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Shoppers in China boycotted Japanese cars after the island dispute.", "PROTEST"),
        ("The United States boycotted the Beijing Winter Olympics diplomatically.", "REJECT"),
        ("Students occupied the parliament building in Taipei to protest the trade pact with China.", "PROTEST"),
        ("Russian forces occupied the Zaporizhzhia nuclear plant.", "ASSAULT"),
    ],
)
def test_crowds_boycott_and_occupy_in_protest_states_do_not(code, text, category):
    assert [e.event for e in code(text)] == [category]


def test_calling_something_a_name_is_an_accusation(code):
    events = code("Pyongyang's state media called the joint drills a rehearsal for invasion.")
    assert [(e.event, countries(e.actor)) for e in events] == [("ACCUSE", ["PRK"])]
    praise = code("The Indonesian president called the summit with Australia a success.")
    assert all(e.event != "ACCUSE" for e in praise)


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        # a clause misread as a noun phrase: the actor is a modifier of the object
        ("Iran test-fired three cruise missiles over the Gulf of Oman.", "MOBILIZE", ["IRN"], []),
        # weapons used, aircraft downed
        ("Turkey downed a Russian warplane near the Syrian border.", "ASSAULT", ["TUR"], ["RUS"]),
        ("Chinese coast guard personnel used knives and axes against Filipino sailors.", "ASSAULT", ["CHN"],
         ["PHL"]),
    ],
)
def test_misparsed_clauses_and_weapons_used(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


@pytest.mark.parametrize("text", ["Oil prices were down two percent on Monday.",
                                  "The company used its cash to buy back shares."])
def test_down_and_use_in_market_news_code_nothing(code, text):
    assert code(text) == []


@pytest.mark.parametrize("text", ["The carmaker sued a rival supplier over a patent for battery cells.",
                                  "Doctors warned that the cholera outbreak could spread if the rains continued."])
def test_private_quarrels_and_warnings_are_no_events(code, text):
    assert code(text) == []


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("China handed over two patrol boats to the Cambodian navy.", "AID", ["CHN"], ["KHM"]),
        ("Hamas handed over three Israeli hostages to the Red Cross.", "RETREAT", ["PSE"], ["ISR"]),
        ("Beijing hit out at Washington over its Taiwan arms sales.", "ACCUSE", ["CHN"], ["USA"]),
        ("Washington hit Moscow with new sanctions over the poisoning.", "SANCTION", ["USA"], ["RUS"]),
        ("Hungary sided with Russia on the energy sanctions.", "SUPPORT", ["HUN"], ["RUS"]),
    ],
)
def test_goods_handed_over_and_idioms(code, text, category, actor, recipient):
    event = only(code(text), category)
    assert (countries(event.actor), countries(event.recipient)) == (actor, recipient)


@pytest.mark.parametrize(
    ("text", "category", "actor", "negated"),
    [
        ("Japan did not join the Chinese-led initiative on Ukraine peace talks.", "SUPPORT", ["JPN"], True),
        ("Italy joined the coalition against Islamic State.", "SUPPORT", ["ITA"], False),
        ("Kenyan and Somali forces launched a joint operation against al-Shabaab.", "COOPERATE", ["KEN", "SOM"],
         False),
        ("Iranian hackers broke into the email accounts of American officials.", "COERCE", ["IRN"], False),
    ],
)
def test_joining_and_joint_operations(code, text, category, actor, negated):
    event = only(code(text), category)
    assert (sorted(countries(event.actor)), event.negated) == (sorted(actor), negated)


def test_a_label_continuing_an_accusation_is_not_a_second_one(code):
    events = code("Iran's state television lashed out at the British navy, calling it a band of pirates.")
    assert [e.event for e in events].count("ACCUSE") == 1


def test_a_rule_stated_by_a_document_is_no_act(code):
    assert code("Seoul said it was a test of missile technology banned by U.N. resolutions.") == []
    assert [c.event for c in code("The United Nations banned arms sales to Libya.")] == ["SANCTION"]


def test_a_meeting_noun_under_a_meeting_verb_is_one_meeting(code):
    events = code("Putin hosted Erdogan in Sochi for an informal meeting on Syria.")
    assert [c.event for c in events] == ["CONSULT"]


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("Opposition leaders called off a rally in Baku.", "CONCEDE", ["AZE"]),
        ("Police in riot gear detained dozens of students at a campus in Dhaka.", "COERCE", ["BGD"]),
    ],
)
def test_a_domestic_group_takes_the_country_it_acts_in(code, text, category, actor):
    event = only(code(text), category)
    assert countries(event.actor) == actor


def test_a_visitor_is_not_placed_in_the_country_it_visits(code):
    events = code("The president arrived in Paris for talks on Tuesday.")
    presidents = [e for c in events for e in c.actor if e.text.lower() == "the president"]
    assert presidents and all(e.country is None for e in presidents)


def test_a_passive_agent_hung_on_the_object_still_acts(code):
    event = only(code("Aristide has been accused of corruption by Haitian officials."), "ACCUSE")
    assert countries(event.actor) == ["HTI"]


@pytest.mark.parametrize(
    ("text", "category", "recipient"),
    [
        ("EU foreign ministers agreed to ban imports of Iranian oil from July.", "SANCTION", ["IRN"]),
        ("Moscow agreed to expel two British diplomats.", "SANCTION", ["GBR"]),
        ("EU leaders agreed a package of sanctions targeting Russian banks and the energy sector.", "SANCTION",
         ["RUS"]),
        ("Group of Seven leaders agreed to consider new sanctions on Iran.", "THREATEN", ["IRN"]),
        ("The UN Security Council unanimously backed tough new sanctions on North Korea.", "SANCTION", ["PRK"]),
        ("Japan backed U.S. sanctions on Russia.", "SUPPORT", ["USA"]),
        ("North Korea agreed to freeze its nuclear programme in return for fuel aid from Washington.",
         "AGREE", ["USA"]),
    ],
)
def test_agreeing_to_act_against_another_state_is_that_act(code, text, category, recipient):
    event = only(code(text), category)
    assert countries(event.recipient) == recipient


@pytest.mark.parametrize(
    ("text", "category", "actor", "negated", "modality"),
    [
        ("Japan has no plans to impose sanctions on Russia.", "SANCTION", ["JPN"], True, "future"),
        ("China announced plans to impose tariffs on Australian wine.", "THREATEN", ["CHN"], False, "future"),
        ("North Korea has no plans to hold further drills.", "MOBILIZE", ["PRK"], True, "future"),
    ],
)
def test_the_act_of_a_plan_is_done_by_who_plans_it(code, text, category, actor, negated, modality):
    event = only(code(text), category)
    assert (countries(event.actor), event.negated, event.modality) == (actor, negated, modality)


def test_a_leader_touring_a_site_at_home_is_no_visit(code):
    assert code("Kim Jong Un visited the Rungna People's Pleasure Ground with his wife.") == []
    event = only(code("President Xi Jinping visited Russia."), "CONSULT")
    assert countries(event.recipient) == ["RUS"]


def test_the_charge_of_a_denunciation_is_its_content(code):
    events = code("The Korean Central News Agency denounced the Lee Myung Bak group for staging "
                  "naval firing drills near the disputed waters.")
    assert [e.event for e in events] == ["ACCUSE"]


def test_a_meeting_the_arrival_was_for_names_the_host(code):
    event = only(code("Chinese President Xi Jinping arrived in Florida for his first meeting with "
                      "U.S. President Donald Trump at Mar-a-Lago."), "CONSULT")
    assert (countries(event.actor), countries(event.recipient)) == (["CHN"], ["USA"])


def test_a_verb_pattern_does_not_take_the_modifier_of_another_act(code):
    event = only(code("Vietnamese forces launched rocket fire against Kampuchean guerrilla camps."), "ASSAULT")
    assert (countries(event.actor), countries(event.recipient)) == (["VNM"], ["KHM"])


def test_what_a_rejected_offer_was_for_is_its_content(code):
    events = code("Pakistan rejected a fresh offer from Afghanistan for direct talks between the two neighbors.")
    assert [(e.event, countries(e.recipient)) for e in events] == [("REJECT", ["AFG"])]


def test_a_demand_clause_hung_on_the_verb_stays_the_demand(code):
    events = code("Washington repeated its demand on Monday that Moscow withdraw its troops.")
    assert [(e.event, countries(e.recipient)) for e in events] == [("REQUEST", ["RUS"])]


def test_an_act_announced_unless_the_other_side_complies_is_a_threat(code):
    event = only(code("Washington will cut aid to Cairo unless the army hands power to civilians."), "THREATEN")
    assert (countries(event.actor), event.modality) == (["USA"], "asserted")


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("The last U.S. troops had left Niger.", "RETREAT", ["USA"], ["NER"]),
        ("Armenia handed four border villages over to Azerbaijan.", "RETREAT", ["ARM"], ["AZE"]),
        ("Syria destroyed its declared chemical weapons production equipment.", "RETREAT", ["SYR"], []),
        ("Israeli jets destroyed Hamas weapons depots.", "ASSAULT", ["ISR"], ["PSE"]),
    ],
)
def test_withdrawals_ceded_ground_and_disarmament(code, text, category, actor, recipient):
    event = only(code(text), category)
    assert (countries(event.actor), countries(event.recipient)) == (actor, recipient)


def test_leaving_is_a_retreat_only_for_forces_and_markets_do_not_retreat(code):
    assert code("The minister left Paris on Monday.") == []
    assert code("The US dollar retreated against the yen.") == []


def test_two_clauses_with_their_own_subjects_are_two_events(code):
    events = code("Ethiopian troops withdrew from Mekelle and Tigrayan forces released hundreds of prisoners.")
    assert [(e.event, e.mode) for e in events] == [("RETREAT", "withdraw"), ("RETREAT", "release")]


def test_health_workers_on_strike_are_a_crowd_but_un_bodies_are_not(code):
    event = only(code("Nurses went on strike in Kenya."), "PROTEST")
    assert countries(event.actor) == ["KEN"]
    assert [e.event for e in code("UNICEF staff protested in Geneva.")] == ["ACCUSE"]


def test_forces_pledged_to_lead_a_mission_are_no_threat(code):
    events = code("Kenyan President William Ruto vowed to send 1,000 police officers to Haiti to lead a "
                  "multinational security mission.")
    assert [e.event for e in events] == ["AGREE"]
    assert [e.event for e in code("Russia vowed to send more troops to crush the rebels.")] == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary vowed to block the EU sanctions package.", ["REJECT"]),
        ("Russia vetoed a resolution condemning its annexation of Crimea.", ["REJECT"]),
        ("Anglo American rejected a takeover proposal from BHP.", []),
        ("Putin signed a decree imposing sanctions on Ukraine.", ["SANCTION"]),
    ],
)
def test_vowed_refusals_vetoed_texts_and_takeover_bids(code, text, expected):
    assert [e.event for e in code(text)] == expected


def test_papers_and_words_handed_over_are_no_aid(code):
    events = code("Palestinian President Mahmoud Abbas formally asked the United Nations on Friday to admit a "
                  "Palestinian state as a full member, handing the application to Secretary-General Ban Ki-moon.")
    assert [e.event for e in events] == ["REQUEST"]
    assert [e.event for e in code("Japan gave five million dollars in aid to Egypt.")] == ["AID"]


def test_the_preposition_of_a_pattern_takes_the_content(code):
    events = code("Hamas called for the release of Palestinian prisoners.")
    assert [e.event for e in events] == ["REQUEST"]


def test_a_strike_launched_to_protest_is_a_protest(code):
    event = only(code("Pakistani lawyers launched a strike on Monday to protest against the NATO raids."), "PROTEST")
    assert event.mode == "strike"
    assert [e.event for e in code("US jets launched a strike on Raqqa.")] == ["ASSAULT"]


def test_an_anti_modifier_names_the_target_of_a_protest(code):
    event = only(code("Thousands joined an anti-Japan rally in Beijing."), "PROTEST")
    assert (countries(event.actor), countries(event.recipient)) == (["CHN"], ["JPN"])


def test_an_object_the_parser_made_a_subject_is_still_the_recipient(code):
    event = only(code("Peru has granted diplomatic asylum to five Panamanian army officers holed up in a "
                      "diplomatic residence."), "AID")
    assert countries(event.recipient) == ["PAN"]


def test_an_object_after_its_as_phrase_is_the_recipient(code):
    event = only(code("Albania denounced as an ugly crime Serbia's suppression of the unrest in Montenegro."), "ACCUSE")
    assert countries(event.recipient) == ["SRB"]


def test_a_treaty_named_after_a_city_has_no_party_there(code):
    event = only(code("Donald Trump said the United States would withdraw from the Paris climate accord."),
                 "THREATEN")
    assert countries(event.recipient) == []


def test_a_second_infinitive_of_an_agreement_is_its_content_too(code):
    events = code("Iran agreed to reduce its stockpile of enriched uranium and to allow inspectors from the "
                  "International Atomic Energy Agency into its nuclear sites.")
    assert [e.event for e in events] == ["AGREE"]


def test_a_warning_joined_to_a_condemnation_can_be_a_threat_of_its_own(code):
    events = code("Israel condemned the attack and warned that it would respond with force.")
    assert [e.event for e in events] == ["ACCUSE", "THREATEN"]
    assert [e.event for e in code("China criticised the visit and warned Washington against provocations.")] \
        == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Venezuela barred a European Parliament delegation from entering the country.", "REJECT"),
        ("Pyongyang barred Malaysians from leaving North Korea.", "COERCE"),
        ("China banned Australian wine.", "SANCTION"),
    ],
)
def test_bans_on_entering_and_on_leaving(code, text, category):
    assert [e.event for e in code(text)] == [category]


def test_gathering_to_discuss_is_a_meeting_and_its_topic_no_party(code):
    event = only(code("NATO foreign ministers gathered in Brussels to discuss the war in Ukraine."), "CONSULT")
    assert countries(event.actor) == ["IGO"]
    event = only(code("Putin and Xi discussed the war in Ukraine."), "CONSULT")
    assert countries(event.actor) == ["CHN", "RUS"]


def test_in_the_passive_from_names_who_hands_people_over(code):
    event = only(code("Former Panamanian president Ricardo Martinelli was extradited from the United States "
                      "to Panama."), "COOPERATE")
    assert (countries(event.actor), countries(event.recipient)) == (["USA"], ["PAN"])
    events = code("Two Canadians were released from Chinese detention.")
    assert [(e.event, countries(e.actor)) for e in events] == [("RETREAT", ["CHN"])]


def test_the_people_freed_are_the_recipient_of_a_release(code):
    event = only(code("Israel freed 30 Palestinians from prison."), "RETREAT")
    assert countries(event.recipient) == ["PSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian striker apologised to fans after missing a penalty in the shootout.",
        "Real Madrid coach Zinedine Zidane resigned days after winning the Champions League.",
        "Real Madrid reached an agreement with Borussia Dortmund to sign Jude Bellingham.",
    ],
)
def test_players_clubs_and_clubs_named_after_capitals_make_no_events(code, text):
    assert code(text) == []


def test_saying_someone_will_pay_a_price_is_the_speakers_threat(code):
    event = only(code("Xi Jinping said Taiwan would pay a heavy price for independence."), "THREATEN")
    assert (countries(event.actor), countries(event.recipient), event.modality) == (["CHN"], ["TWN"], "asserted")
    assert code("Consumers paid a high price for fuel last winter.") == []


@pytest.mark.parametrize(
    ("text", "category", "actor", "recipient"),
    [
        ("Turkey moved tanks and artillery toward its border with northern Syria.", "MOBILIZE", ["TUR"], ["SYR"]),
        ("Belarus held large-scale drills near the Lithuanian border on Saturday.", "MOBILIZE", ["BLR"], ["LTU"]),
    ],
)
def test_forces_that_move_act_on_the_country_of_the_place(code, text, category, actor, recipient):
    assert_coded(code(text), category, actor, recipient)


def test_where_a_deployment_came_from_is_no_recipient(code):
    event = only(code("Russia deployed troops to the border from Belarus."), "MOBILIZE")
    assert "BLR" not in countries(event.recipient)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Russian troops withdrew from the city of Kherson after the counteroffensive.", ["UKR"]),
        ("Armenian troops pulled out of the town of Aghdam on Thursday.", ["AZE"]),
    ],
)
def test_forces_leaving_a_town_the_actor_tables_do_not_know_act_on_its_country(text, recipient):
    from detente import code_text

    (event,) = code_text(text, "2022-11-11")
    assert event.event == "RETREAT"
    assert countries(event.recipient) == recipient
    assert event.recipient[0].why == "the country of the place the forces moved to or from"


@pytest.mark.parametrize(
    ("text", "recipient"),
    [("A gunman killed nine people at a nightclub in Orlando on Sunday.", ["USA"]),
     ("Gunmen stormed a hotel in Peshawar, killing eleven guests.", ["PAK"]),
     ("A suicide bomber killed eleven passengers at a bus station in Peshawar.", ["PAK"])],
)
def test_victims_of_an_unknown_attacker_belong_to_the_country_of_the_town(text, recipient):
    from detente import code_text

    event = next(e for e in code_text(text, "2016-06-13") if e.event == "ASSAULT")
    assert countries(event.recipient) == recipient


def test_a_verb_joined_to_an_act_of_the_same_actor_shares_its_recipient(code):
    event = only(code("Turkey condemned Sweden for allowing the protest and vowed to retaliate."),
                 "THREATEN")
    assert countries(event.recipient) == ["SWE"]


def test_a_reaction_with_no_recipient_answers_the_act_told_before_it(code):
    event = only(code("India and the United States signed a defence pact, and Pakistan protested."), "ACCUSE")
    assert countries(event.recipient) == ["IND", "USA"]


def test_a_reaction_is_not_aimed_at_its_own_side(code):
    events = code("Russian forces shelled the port, and Moscow denied any wrongdoing.")
    assert all("RUS" not in countries(e.recipient) for e in events if e.event in ("ACCUSE", "REJECT"))


@pytest.mark.parametrize(
    ("text", "category", "recipient"),
    [
        # a verb read as a noun after a possessive still names who is asked
        ("The EU demanded that Belarus's government free all political prisoners.", "REQUEST", ["BLR"]),
        # the "that" clause of the object noun names who must act
        ("Kyiv demanded assurances that Russia would not attack again.", "REQUEST", ["RUS"]),
        # the parties of the agreement praised or welcomed
        ("Qatar welcomed the ceasefire agreement between Israel and Hamas.", "SUPPORT", ["ISR", "PSE"]),
        ("Egypt praised the peace deal between Ethiopia and Eritrea.", "SUPPORT", ["ERI", "ETH"]),
    ],
)
def test_who_a_speech_act_is_about(code, text, category, recipient):
    event = only(code(text), category)
    assert countries(event.recipient) == recipient


def test_a_company_suspending_trade_in_shares_is_no_sanction(code):
    assert code("The company suspended trade in its shares after the profit warning.") == []
    assert [e.event for e in code("Turkey suspended all trade with Israel.")] == ["SANCTION"]


@pytest.mark.parametrize(
    ("text", "mode", "country"),
    [
        ("Protests erupted in Kenya over the planned tax increases.", "demo", "KEN"),
        ("Riots broke out in several French cities after the police shooting.", "riot", "FRA"),
        ("Protests swept Bangladesh as students demanded an end to job quotas.", "demo", "BGD"),
    ],
)
def test_a_protest_that_broke_out_somewhere_is_the_crowd_of_that_country(code, text, mode, country):
    event = only(code(text), "PROTEST")
    assert event.mode == mode
    assert [(e.country, e.sector) for e in event.actor] == [(country, "CVL")]


@pytest.mark.parametrize("text", ["Protests continued on Monday.",
                                  "Protests erupted outside the Israeli embassy in Amman.",
                                  "The protest began outside the assembly building but later moved to "
                                  "the Hong Kong police headquarters."])
def test_a_protest_of_no_one_country_is_no_event(code, text):
    assert code(text) == []


@pytest.mark.parametrize(
    ("text", "actor", "mode"),
    [
        ("Armenian and Azerbaijani foreign ministers held talks in Moscow.", ["ARM", "AZE"], "third-party"),
        ("US and Iranian negotiators held indirect talks in Muscat on Saturday.", ["IRN", "USA"], "third-party"),
        ("Putin held talks in Moscow with Erdogan.", ["RUS", "TUR"], None),
    ],
)
def test_where_talks_are_held_is_no_party_and_a_third_state_hosts_them(code, text, actor, mode):
    event = only(code(text), "CONSULT")
    assert countries(event.actor) == actor
    assert event.mode == mode


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Seoul postponed its joint drills with Washington because of the outbreak.", ["USA"]),
        ("Japan called off joint naval exercises with China after the collision.", ["CHN"]),
    ],
)
def test_calling_off_an_act_concedes_to_its_partner(code, text, recipient):
    event = only(code(text), "CONCEDE")
    assert countries(event.recipient) == recipient


@pytest.mark.parametrize("text", ["Jakarta forced the UN refugee agency out of the country.",
                                  "Niger expelled Doctors Without Borders from the region."])
def test_forcing_an_agency_out_is_an_expulsion(code, text):
    assert only(code(text), "SANCTION").mode == "expel"


def test_deporting_people_stays_coercion(code):
    assert only(code("Hungary deported twenty migrants to Serbia."), "COERCE").mode == "deport"


def test_met_and_had_talks_with_is_one_meeting_with_the_party_named(code):
    events = code("Kim Jong Un met and had a friendly talk with the visiting Chinese foreign minister.")
    assert [e.event for e in events] == ["CONSULT"]
    # the party named "visiting" is the visitor (coding rules 7, CONSULT)
    assert countries(events[0].actor) == ["CHN"]
    assert countries(events[0].recipient) == ["PRK"]


def test_staging_is_read_as_stage(code):
    assert [e.event for e in code("Thousands of workers are staging protests in Seoul.")] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [("Houthi rebels fired drones at Saudi oil facilities.", "drone"),
     ("Hamas fired rockets at Tel Aviv on Friday.", "heavy-weapons"),
     ("Soldiers fired on protesters in Yangon.", "firearms")],
)
def test_the_weapon_fired_names_the_mode(code, text, mode):
    assert only(code(text), "ASSAULT").mode == mode


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        ("Israeli police said officers arrested two suspects near the Old City.", "COERCE", [("ISR", "COP")]),
        ("Ukraine's military said troops repelled an attack near Bakhmut.", "ASSAULT", [("UKR", "MIL")]),
    ],
)
def test_state_forces_in_a_state_bodys_report_are_its_own(code, text, category, actor):
    event = only(code(text), category)
    assert [(e.country, e.sector) for e in event.actor] == actor


def test_forces_in_a_witness_report_keep_no_country(code):
    event = only(code("Witnesses said soldiers fired on the crowd."), "ASSAULT")
    assert [e.country for e in event.actor] == [None]


@pytest.mark.parametrize(
    ("text", "category", "recipient"),
    [
        ("Poland extradited a Ukrainian diver to Germany over the pipeline sabotage.", "COOPERATE", ["DEU"]),
        ("Hamas handed over two Thai hostages to the Red Cross in Rafah.", "RETREAT", ["THA"]),
    ],
)
def test_the_state_that_receives_people_is_the_recipient_not_a_go_between(code, text, category, recipient):
    assert countries(only(code(text), category).recipient) == recipient


def test_money_backed_by_assets_names_no_sponsor(code):
    event = only(code("The G7 agreed to lend Kyiv 20 billion dollars backed by the profits of frozen Russian assets."),
                 "AGREE")
    assert countries(event.recipient) == ["UKR"]


def test_the_state_suspended_from_a_body_is_the_recipient(code):
    event = only(code("The African Union suspended Mali from the bloc after the coup."), "SANCTION")
    assert countries(event.actor) == ["IGO"]
    assert countries(event.recipient) == ["MLI"]


def test_a_condemnation_is_aimed_at_who_did_the_act_not_its_victims(code):
    event = only(code("India condemned the killing of its soldiers by Chinese troops."), "ACCUSE")
    assert countries(event.recipient) == ["CHN"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [("Two American bombers flew over the peninsula in a show of force against Pyongyang.", ["PRK"]),
     ("Russia held drills near the Ukrainian border as Kyiv moved against separatists.", ["UKR"])],
)
def test_a_show_of_force_is_aimed_at_whom_its_own_phrase_names(code, text, recipient):
    event = next(e for e in code(text) if e.event == "MOBILIZE")
    assert countries(event.recipient) == recipient


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [("Thousands of Kenyans gathered outside parliament in the second of weekly protests.", "PROTEST", ["KEN"]),
     ("EU foreign ministers gathered in Luxembourg for two days of talks on Syria.", "CONSULT", ["IGO"])],
)
def test_an_event_counted_by_an_of_phrase_is_the_gatherings_act(code, text, category, actor):
    assert countries(only(code(text), category).actor) == actor


def test_a_summit_day_is_the_summit_already_coded(code):
    assert len([e for e in code("G20 leaders discussed debt relief on the second day of their summit in Rome.")
                if e.event == "CONSULT"]) == 1


def test_a_gerund_after_a_joined_verb_has_the_first_verbs_subject(code):
    event = only(code("Iran closed its airspace and put its air defences on alert after downing an American drone."),
                 "ASSAULT")
    assert countries(event.actor) == ["IRN"]
    assert countries(event.recipient) == ["USA"]


@pytest.mark.parametrize("text", [
    "Zelensky warned that Moscow would keep shelling Ukrainian cities through the winter.",
    "Western officials warned of an imminent Russian invasion of Ukraine.",
    "The Pentagon warned that Chinese forces could invade Taiwan by 2027.",
])
def test_a_warning_of_another_states_force_is_no_threat(code, text):
    assert [e.event for e in code(text)] == []


@pytest.mark.parametrize("text", [
    "Tehran warned that its forces would strike US bases if attacked.",
    "Russia's ambassador warned that any U.S. missiles fired at Syria would be shot down.",
])
def test_a_warning_of_ones_own_force_is_a_threat(code, text):
    assert [e.event for e in code(text)] == ["THREATEN"]


def test_a_visit_and_the_talks_held_during_it_are_one_meeting(code):
    events = code("Chinese President Xi Jinping arrived in Moscow on Monday for a state visit and was greeted by "
                  "a guard of honour before holding talks with President Vladimir Putin.")
    assert [e.event for e in events] == ["CONSULT"]


def test_a_greeting_with_no_place_is_greetings_sent(code):
    assert_coded(code("Kim Jong Un greeted the Chinese president on his birthday."), "SUPPORT", ["PRK"], ["CHN"])
    assert_coded(code("Putin greeted Xi Jinping at the Kremlin on Monday."), "CONSULT", ["CHN"], ["RUS"])


@pytest.mark.parametrize(("text", "actor"), [
    ("Egyptian and Sudanese engineers jointly inspected the dam site on Tuesday.", ["EGY", "SDN"]),
    ("Vietnam and Laos jointly cleared unexploded bombs along their border.", ["VNM", "LAO"]),
])
def test_any_act_two_states_do_jointly_is_cooperation(code, text, actor):
    event = only(code(text), "COOPERATE")
    assert sorted(countries(event.actor)) == sorted(actor)


def test_a_joint_act_still_to_come_is_agreed(code):
    assert [e.event for e in code("Spain and Portugal will jointly build a high-speed rail link.")] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "The two firms said they would jointly own the new refinery.",
    "Seoul and Tokyo jointly announced the results of the survey.",
])
def test_owning_or_saying_jointly_is_no_joint_act(code, text):
    assert [e.event for e in code(text)] == []


def test_goods_sent_under_a_deal_are_cooperation(code):
    assert_coded(code("Azerbaijan began pumping gas to Serbia under a supply agreement signed last year."),
                 "COOPERATE", ["AZE"], ["SRB"])


def test_a_frame_verb_under_a_deal_leaves_the_act_it_frames(code):
    events = code("Russian and Turkish soldiers carried out a joint patrol near Kobani under the October agreement.")
    assert [e.event for e in events] == ["COOPERATE"]


def test_fugitives_sent_to_another_state_are_handed_over(code):
    assert_coded(code("Colombia sent 12 suspected drug traffickers to the United States on Friday."),
                 "COOPERATE", ["COL"], ["USA"])
    assert_coded(code("Paraguay returned two wanted gang leaders to Brazil."), "COOPERATE", ["PRY"], ["BRA"])


@pytest.mark.parametrize(("text", "sides"), [
    ("Clashes between Thai and Cambodian troops broke out near the Preah Vihear temple.", ["KHM", "THA"]),
    ("Heavy fighting between Eritrean and Ethiopian forces erupted along the border.", ["ERI", "ETH"]),
    ("Clashes between Kyrgyz and Tajik border guards killed 24 people on Friday.", ["KGZ", "TJK"]),
])
def test_a_fight_between_two_sides_is_coded_with_both_as_actors(code, text, sides):
    event = only(code(text), "ASSAULT")
    assert sorted(countries(event.actor)) == sides
    assert countries(event.recipient) == []


def test_fighting_told_as_what_goes_on_in_a_place_is_background(code):
    events = code("The UN appealed for funds for Sudan, where fighting between the army and the Rapid Support "
                  "Forces has displaced millions.")
    assert "ASSAULT" not in [e.event for e in events]


def test_a_move_another_state_called_names_a_reaction_to_the_act(code):
    events = code("Estonia expelled a Russian diplomat on Monday, a step the Kremlin called provocative.")
    accusation = only(events, "ACCUSE")
    assert countries(accusation.actor) == ["RUS"]
    assert countries(accusation.recipient) == ["EST"]


def test_praise_for_a_move_is_aimed_at_whoever_made_it(code):
    events = code("Washington announced it would lift sanctions on Belarusian potash, a decision Minsk welcomed.")
    assert_coded(events, "SUPPORT", ["BLR"], ["USA"])


@pytest.mark.parametrize("text", [
    "Serbia turned down the EU's latest proposal on Kosovo, calling it blackmail.",
    "Turkey recalled its ambassador from Vienna, calling Austria's decision racist.",
])
def test_a_condemning_name_after_an_act_is_an_accusation(code, text):
    assert "ACCUSE" in [e.event for e in code(text)]


def test_an_adjective_for_charges_is_a_denial_not_an_accusation(code):
    assert "ACCUSE" not in [e.event for e in code("Beijing called the espionage charges absurd.")]


def test_a_state_named_the_first_to_act_is_the_actor(code):
    assert_coded(code("Kenya became the first country to recognise the Palestinian state."),
                 "SUPPORT", ["KEN"], ["PSE"])


def test_no_reason_to_act_is_no_act(code):
    assert code("There is no reason for the Seoul authorities to refuse to repeal the security law.") == []


def test_a_first_act_glossing_another_is_not_coded_twice(code):
    events = code("Mexico's president boycotted the summit in Lima, becoming the first Mexican leader to snub "
                  "the alliance.")
    assert [e.event for e in events] == ["REJECT"]


def test_a_bid_to_join_a_body_is_no_business_bid(code):
    assert countries(only(code("Hungary's parliament ratified Finland's NATO membership bid on Monday."),
                          "SUPPORT").actor) == ["HUN"]


@pytest.mark.parametrize(("text", "category", "actor"), [
    ("Tuvalu recognised Taiwan in 1979.", "SUPPORT", ["TUV"]),
    ("Azerbaijan massed troops along the line of contact.", "MOBILIZE", ["AZE"]),
])
def test_a_name_read_as_a_modifier_of_the_verb_is_its_subject(code, text, category, actor):
    assert countries(only(code(text), category).actor) == actor


def test_a_vowed_response_is_a_threat(code):
    assert [e.event for e in code("Pyongyang vowed a merciless response to the joint drills.")] == ["THREATEN"]
    assert "THREATEN" not in [e.event for e in code("The ministry promised a response to the letter.")]


def test_transferring_power_to_civilians_steps_down(code):
    assert [e.event for e in code("Guinea's junta agreed to transfer power to a civilian government.")] == ["AGREE"]
    assert [e.event for e in code("Bolivia's interim president ceded power to the elected leader.")] == ["RETREAT"]
    assert [e.event for e in code("Japan handed over 50 power generators to Ukrainian hospitals.")] == ["AID"]


@pytest.mark.parametrize(("text", "category"), [
    ("Israel has no plans to attend the Paris conference.", "AGREE"),
    ("Seoul has no plans to lift its sanctions on Pyongyang.", "CONCEDE"),
])
def test_no_plans_to_act_is_the_act_negated(code, text, category):
    event = only(code(text), category)
    assert event.negated


@pytest.mark.parametrize(("text", "category"), [
    ("Morocco and Iran re-established diplomatic relations on Monday.", "SUPPORT"),
    ("The EU re-imposed sanctions on Niger's junta.", "SANCTION"),
])
def test_an_act_done_again_with_a_hyphen_is_that_act(code, text, category):
    assert [e.event for e in code(text)] == [category]


def test_the_name_in_a_clause_on_a_move_is_the_object_of_calling(code):
    events = code("Russia annexed four Ukrainian regions, in a move Kyiv called a land grab.")
    assert countries(only(events, "ACCUSE").actor) == ["UKR"]


@pytest.mark.parametrize("text", [
    "Canada imposed travel bans and asset freezes on 14 Iranian officials.",
    "EU ministers agreed travel bans and asset freezes on Belarusian officials.",
])
def test_joined_sanctions_the_parser_reads_as_a_clause_are_sanctions(code, text):
    assert [e.event for e in code(text)] == ["SANCTION"]
