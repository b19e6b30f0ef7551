"""Recoding of a trigger's category and mode by what the sentence says around it.

By content (a pledge of force is a threat, a demand takes its mode from what is demanded), by
actor and object (crowds protest, leaving a treaty is a sanction, releasing water is no
retreat), by negation and modality (a planned meeting is AGREE), and the filters that drop
business news and acts of nobody in particular.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from detente.events import ontology
from detente.events.arguments import (
    DOCUMENTS,
    DURATIONS,
    ISSUED,
    NON_STATES,
    PROTEST_PURPOSES,
    QUOTE_VERBS,
    SPEECH_ACTS,
    ActorSource,
    Roles,
    announced_retreat,
    child_of,
    counted_whole,
    goes_ahead,
    is_weapon,
    load_instruments,
    owner_entities,
    prep_entities,
    prep_object,
    subject_of,
)
from detente.events.folding import gathered_crowd
from detente.events.modality import (
    FUTURE_WORDS,
    HYPOTHETICAL_GOVERNORS,
    REPORTING_VERBS,
    has_negator,
    is_negated,
    modality,
    plan_clause,
)
from detente.events.triggers import TriggerLexicon, TriggerMatch
from detente.headline import is_headline
from detente.records import Entity

Coding = tuple[str, str | None, str | None]  # category, mode, CAMEO code

# Speech acts keep their own modality: an if-clause belongs to their content (coding rules 6).
CONTENT_CONDITIONAL = frozenset({"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
BUSINESS_SECTORS = frozenset({"BUS"})
FORWARD_AUX = frozenset({"will", "would", "'ll", "wo", "could", "might", "may"})
# Content that makes a pledge or warning a threat ("vowed to fight", "vowed severe punishment").
HOSTILE_CONTENT = frozenset({"ASSAULT", "MOBILIZE", "SANCTION", "COERCE"})
# Coercion announced or considered, not yet done: a threat (coding rules 6).
THREAT_RECODE = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})
# Acts that, once agreed among the actors, are the act decided ("agreed to impose sanctions").
DECIDED_CONTENT = frozenset({"SANCTION", "COERCE", "ASSAULT"})
PLEDGES = frozenset({"vow", "pledge", "promise", "swear", "prepared", "ready", "willing"})
# Verbs of a pledge's content that make it a threat ("vowed to crush any attempt at independence").
FORCEFUL_THREATS = frozenset({"crush", "annihilate", "retaliate", "invade", "annex", "occupy", "punish",
                              "smash", "wipe", "avenge", "retake", "recapture", "reconquer"})
# Threat modes the content verb names more exactly than the category of its act does.
SPECIFIC_THREATS = frozenset({"territory", "expel", "arrest"})
THREAT_OBJECTS = frozenset({"punishment", "retaliation", "revenge", "consequence", "reprisal",
                            "countermeasure", "retribution"})
# Sectors whose protest is a diplomatic one, not a crowd in the street.
STATE_VOICES = frozenset({"GOV", "LEG", "JUD", "MIL", "JRN"})
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "OPP", "AGR", "REL", "REF", "MED"})
STRIKER_WORDS = ("worker", "union", "doctor", "nurse", "teacher", "employee", "staff", "miner", "driver",
                 "lawyer", "pilot", "docker")
CROWD_WORDS = ("protester", "demonstrator", "rioter", "crowd", "activist", "mob", "thousands",
               "hundreds", "students", "workers", "union", "shopper", "consumer", "civic group",
               "civic organisation", "civic organization", "villager", "residents")
MEETINGS = frozenset({"summit", "talk", "talks", "meeting", "negotiation", "conference", "forum",
                      "runoff", "election", "race"})
# What a company pulls out of: business, no retreat ("pulled out of a bid for the licence").
BIDS = frozenset({"bid", "tender", "auction", "takeover", "merger"})
PACT_WORDS = frozenset({"treaty", "deal", "agreement", "accord", "pact", "organization",
                        "organisation", "alliance", "council", "court", "union", "bloc", "force",
                        "convention", "protocol", "talks", "mission", "coalition", "initiative",
                        "partnership", "community", "arrangement", "framework", "compact"})
# What is withdrawn when a withdrawal is a retreat: forces, not laws or vetoes.
FORCE_WORDS = frozenset({"troop", "force", "soldier", "unit", "brigade", "battalion", "personnel", "column",
                         "peacekeeper", "army", "military", "contingent", "division", "navy",
                         "observer", "monitor", "inspector", "staff", "mission", "marine", "paratrooper",
                         "commando", "marines"})  # "U.S. Marines" is a proper noun, lemma unchanged
# Monitors and observers arriving: a mission that watches a truce or a vote, no show of force.
MONITORS = frozenset({"monitor", "observer"})
# Event nouns that are exercises: forces arriving for them are coded by them.
EXERCISES = frozenset({"drill", "exercise", "maneuver", "manoeuvre", "game", "patrol", "training"})
# Exercises an attack word may name the kind of ("shelling exercises"); a patrol is attacked.
DRILLS = EXERCISES - {"patrol", "game"}
# What is released when a release is a retreat, or evacuated when an evacuation is aid: people,
# not water, data, a report or an embassy.
CAPTIVES = frozenset({"prisoner", "hostage", "detainee", "captive", "national", "citizen", "soldier",
                      "sailor", "crew", "activist", "journalist", "dissident", "inmate", "pow",
                      "fisherman", "worker", "student", "tourist", "aid", "missionary", "pastor",
                      "reporter", "man", "woman", "child", "people", "civilian", "leader", "opponent",
                      "member", "official", "diplomat", "officer", "body", "remains", "spy", "suspect",
                      "wounded", "injured", "resident", "refugee", "survivor", "patient", "villager",
                      "politician", "protester", "demonstrator", "lawyer", "critic", "blogger",
                      "migrant", "seeker",
                      # kin and callings of the kidnapped: "freed the father of a footballer"
                      "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
                      "relative", "girl", "boy", "schoolgirl", "schoolboy", "pupil", "priest", "nun",
                      "engineer", "doctor", "nurse", "teacher", "contractor", "businessman", "farmer",
                      "policeman", "foreigner", "expatriate", "westerner"})
# What makes "figures" people: "opposition figures", "political figures".
PUBLIC_ROLES = frozenset({"opposition", "political", "public", "religious", "senior", "prominent",
                          "leading", "key", "protest", "tribal", "community", "civic"})
# Bans of another country's airlines or goods are sanctions; blockades of a territory and
# crackdowns stay coercion whoever lives there ("reimposed the blockade of the West Bank").
BANS = frozenset({"ban", "bar", "outlaw", "restrict", "restriction", "blacklist", "curb"})
KEPT_OUT = ("enter", "visit", "land", "attend", "entry")
KEPT_IN = ("leave", "exit", "depart")
VENUE_PREPS = ("in", "at")
# Who is told to leave when an order to leave is an expulsion ("gave the ambassador 48 hours to leave").
DIPLOMATS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "d'affaires"})
# Commerce-list nouns that as verbs mean something else: "agreed to share intelligence".
NOMINAL_COMMERCE = frozenset({"share", "price", "rate", "stock", "bond", "market"})
# Words of the commerce list that also name places weapons hit ("shelled the central market").
STRUCK_PLACES = frozenset({"market", "bazaar", "bank", "shop", "store", "mall"})
# Verbs by which sellers take a market ("Chinese carmakers are invading Thailand's market"), not
# by which weapons hit a marketplace.
CONQUERING = frozenset({"invade", "conquer", "penetrate", "flood"})
# Subjects that hurt only in the trade sense.
TRADE_SUBJECTS = frozenset({"export", "import", "price", "dumping", "competition", "tariff", "subsidy"})
# Market subjects of movement verbs: "the dollar retreated against the yen", "the Nikkei average
# surrendered early gains", "Ghana's cedi rallied".
MARKET_SUBJECTS = frozenset({"dollar", "yen", "euro", "pound", "currency", "share", "stock", "price",
                             "index", "bond", "yield", "market", "futures", "gold", "oil", "rouble",
                             "ruble", "yuan", "rupee", "peso", "franc", "mark", "average", "benchmark", "bourse",
                             "rand", "naira", "cedi", "shilling", "kwacha", "birr", "dinar", "dirham", "lira",
                             "rupiah", "ringgit", "baht", "copper", "cocoa", "coffee", "platinum"})
# Harvests, output and demand, which ease or cut supplies without any actor.
SUPPLY_SUBJECTS = frozenset({"harvest", "crop", "output", "production", "supply", "demand", "weather",
                             "rain", "rainfall", "inflation", "growth", "export", "import", "shipment"})
METALS = frozenset({"gold", "silver", "bronze"})
# What is won in a contest, not seized from anyone ("seized five gold medals", "captured the title").
PRIZES = frozenset({"medal", "title", "trophy", "crown", "championship", "cup", "lead", "victory", "win",
                    "gold", "silver", "bronze", "wicket", "pole", "point", "seat", "vote"})
# Land and control, which are ceded, not given as aid.
# Papers and words, which are handed over or given without being aid.
PAPERS = ISSUED | {"application", "petition", "credential", "report", "speech", "address", "interview",
                   "warning", "ultimatum", "briefing", "list", "dossier", "document", "request",
                   "proposal", "assurance", "guarantee", "signal", "reply", "answer", "response",
                   "invitation", "lecture", "testimony", "evidence", "name", "condolence", "sympathy",
                   "guidance", "impetus", "performance", "concert", "relation", "friendship",
                   "foundation", "thanks", "advice", "instruction", "publicity", "reception", "ear", "play",
                   "gift", "present", "bouquet", "banquet", "commentary", "article", "figure", "result",
                   "data", "footage", "video", "book", "summary", "transcript", "readout", "recording",
                   "memo", "audio", "statistic", "estimate", "forecast", "album", "film", "song"}
GROUND = frozenset({"village", "town", "city", "territory", "base", "control", "region", "land", "island",
                    "district", "province", "area", "enclave", "sovereignty", "port", "airport", "position",
                    "outpost", "checkpoint", "barracks", "garrison"})
# What a state destroys of its own to disarm ("destroyed its chemical weapons").
ARSENALS = frozenset({"weapon", "arsenal", "stockpile", "warhead", "missile", "mine", "munition",
                      "equipment", "launcher", "rifle", "gun", "arm"})
# Forces that arrive somewhere do not visit it: they deploy, or bring help when they keep peace.
PEACEKEEPING = ("peacekeep", "peace-keep", "blue helmet")
# Who a state media outlet attacks it attacks in words ("Chinese state media attacked ...").
MEDIA_SECTORS = frozenset({"JRN"})
# What forces carry when they bring aid ("planes with relief supplies").
RELIEF = frozenset({"aid", "supply", "relief", "food", "medicine", "assistance", "tent", "blanket", "flour",
                    "grain", "wheat"})
# Verbs of holding captives, and the operations that free them: a rescue, not a release.
CAPTURE_VERBS = frozenset({"hold", "abduct", "kidnap", "capture", "seize", "take"})
RAIDS = frozenset({"raid", "operation", "assault", "mission"})
# Goods received that are no visitor: "received the first batch of", "Patriot systems".
SHIPMENTS = frozenset({"shipment", "batch", "consignment", "delivery", "system", "dose", "vaccine",
                       "ammunition", "shell", "jet", "aircraft"})
# Verbs of vehicles that carry goods ("trucks carrying aid", "planes loaded with food").
CARRY_VERBS = frozenset({"carry", "bring", "load", "transport", "ferry"})
# Names that praise: "called the talks a success" is no accusation.
# Words of a name that condemn: "called the junta illegitimate", "called it a hostile step".
CONDEMNING_WORDS = frozenset({"illegitimate", "illegal", "unlawful", "unacceptable", "provocative", "irresponsible",
                              "hostile", "unfriendly", "reckless", "criminal", "barbaric", "outrageous", "shameful",
                              "despicable", "heinous", "aggressive", "destabilising", "destabilizing", "dangerous",
                              "unpardonable", "unforgivable", "deplorable", "intolerable", "reprehensible",
                              "abhorrent", "cowardly", "biased", "one-sided", "politicised", "politicized",
                              "unjust", "unfair", "hypocritical", "genocidal", "antisemitic", "racist", "fascist",
                              "absurd", "arrogant", "insulting", "offensive", "unjustified", "inhumane", "brutal",
                              "treacherous", "subversive", "ridiculous", "void", "unthinkable", "disgraceful",
                              "scandalous", "preposterous", "ludicrous", "appalling", "undemocratic",
                              "unconstitutional", "fraudulent"})
# Nouns a speaker names an act with to condemn it ("calling it blackmail"), when the parser reads
# the name as the verb of a clause.
CONDEMNING_NAMES = frozenset({"blackmail", "provocation", "capitulation", "farce", "lie", "sham", "ruse", "insult",
                              "aggression", "terrorism", "interference", "propaganda", "slander", "smear",
                              "fabrication", "hoax", "betrayal", "piracy", "theft", "robbery", "terrorist"})
CONDEMNING = CONDEMNING_WORDS | CONDEMNING_NAMES
PRAISE_LABELS = frozenset({"success", "breakthrough", "milestone", "friend", "partner", "ally", "step",
                           "model", "victory", "hero"})
# What is held back when "repress" or "suppress" is no repression: "could not repress his sorrow".
FEELINGS = frozenset({"sorrow", "grief", "tear", "anger", "emotion", "indignation", "joy", "excitement",
                      "feeling", "rage", "fury", "resentment", "laughter", "sadness", "pain", "smile"})
# What is thrown only in a figure of speech: "threw obstacles in the way", "threw cold water on".
THROWN_FIGURES = frozenset({"obstacle", "roadblock", "hurdle", "spanner", "wrench", "doubt", "light", "water",
                            "party", "tantrum", "curveball", "lifeline", "gauntlet", "hat", "towel", "spotlight"})
# Words that make a verb another one: "threw away its promise", "let loose invectives".
IDIOM_WORDS = frozenset({"away", "aside", "loose"})
# What is exercised when an exercise is no drill: "the exercise of powers", "of its right".
RIGHTS = frozenset({"power", "right", "sovereignty", "authority", "jurisdiction", "restraint", "duty",
                    "freedom", "control", "function", "responsibility", "prerogative", "option", "influence",
                    "leadership", "democracy", "discretion"})
# What an accord, a law or a plan "provides for": its content, no aid.
PROVIDED_FOR = frozenset({"withdrawal", "pullout", "release", "exchange", "ceasefire", "election", "elections",
                          "return", "transfer", "creation", "establishment", "deployment", "reduction", "removal"})
# Modifiers of an offensive or a march that is no force or protest: "a charm offensive", "the
# forced march of the leader's field guidance".
FIGURATIVE = frozenset({"charm", "diplomatic", "propaganda", "media", "ideological", "forced", "onward",
                        "victory", "publicity", "marketing", "advertising", "sales", "promotional",
                        "campaign", "election", "electoral"})
# What a campaign of labour is for: "launched an all-out offensive to boost steel output" (state media).
PRODUCTION_GOALS = frozenset({"boost", "increase", "raise", "attain", "fulfil", "fulfill", "overfulfil",
                              "achieve", "accomplish", "produce", "harvest", "output", "production", "plan",
                              "goal", "target", "quota", "yield"})
AIR_MODES = frozenset({"aerial", "drone"})
HELP_VERBS = frozenset({"help", "assist", "aid", "rescue", "support", "evacuate", "rebuild", "treat",
                        "deliver", "distribute", "feed"})
MISSIONS = frozenset({"mission", "peacekeeping", "stabilisation", "stabilization"})
# Subjects that kill without an actor: disasters and accidents are not events.
DISASTERS = frozenset({"flood", "earthquake", "quake", "storm", "typhoon", "hurricane", "wave",
                       "landslide", "tsunami", "cyclone", "explosion", "crash", "accident", "disease",
                       "virus", "outbreak", "fire", "blaze", "avalanche", "drought", "heat", "eruption",
                       "collapse", "stampede", "derailment", "wildfire", "bushfire"})
# Ills that are fought without force (by words of FIGHTS): "the fight against AIDS", "fighting the virus".
ILLS = DISASTERS | {"aids", "hiv", "poverty", "hunger", "corruption", "pandemic", "epidemic", "inflation",
                    "coronavirus", "covid-19", "malaria", "unemployment", "illiteracy", "desertification"}
FIGHTS = frozenset({"fight", "battle", "combat", "war", "struggle"})
# What is attacked in words, not with force: "attacked the investigation as a witch hunt".
VERBAL_TARGETS = PAPERS | {"investigation", "proclamation", "ruling", "subpoena", "decision", "policy",
                           "plan", "idea", "notion", "record", "media", "press", "culture", "verdict",
                           "voting", "vote", "ballot", "inquiry", "impeachment", "process", "proposal", "bill",
                           "law", "legislation", "remark", "comment", "agenda", "approach", "handling",
                           "response", "reform", "strategy", "budget", "stance", "rhetoric", "narrative"}
# Where words are the weapon: "attacked Biden during the debates".
SPEAKING_OCCASIONS = frozenset({"debate", "speech", "interview", "tweet", "post", "rally", "hearing", "address",
                                "briefing", "conference", "editorial", "column", "remark", "statement", "eulogy"})
# A sentence about sport: "beat", "clashed", "attacked" are the game.
# Words of war too ("the final battle", "a death squad", "the goal of the offensive") are left out.
SPORTS = frozenset({"team", "match", "cup", "tournament", "championship", "olympic", "olympics",
                    "medal", "league", "finals", "swimmer", "player", "coach", "rugby", "football",
                    "cricket", "hockey", "striker", "penalties", "pitch"})
# Words only sport news uses: nobody's act but a state's sector makes it political.
SPORT_ONLY = frozenset({"striker", "penalty", "penalties", "shootout", "goalkeeper", "midfielder", "coach",
                        "footballer", "club", "champions", "skier", "slalom", "golfer", "sprinter",
                        "tennis", "batsman", "batsmen", "bowler", "bowlers", "wicket", "wickets",
                        "innings", "equaliser", "equalizer", "batting", "bowling", "spinner", "spinners"})
# Categories that may be coded with actors of no known country ("gunmen", "protesters", "the
# president" when the resolver cannot tell whose): conflict, and concessions, which a government
# makes where it rules ("the junta lifted the curfew in Yangon"; `extract.place_actor`). Other
# cooperation without a country is mostly market news ("the ministry proposed a bond coupon").
COUNTRYLESS_ACTORS_OK = frozenset({"ASSAULT", "PROTEST", "COERCE", "CONCEDE", "MOBILIZE", "SANCTION", "ACCUSE",
                                   "REJECT", "THREATEN"})
# Groups that are political actors by what they are, with no country named (coding rules 3).
POLITICAL_SECTORS = frozenset({"OPP", "REB", "PRM"})
# Disputes of companies, doctors or schools with no state on either side are nobody's event
# ("the company sued a rival", "the exchange suspended trade in its shares").
PRIVATE_DISPUTES = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION"})
PRIVATE_SECTORS = frozenset({"BUS", "MED", "EDU"})
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
RECIPIENT_EXPECTED = frozenset({"COOPERATE", "AID", "SANCTION"})

# --- Real web news: talk, campaigns, crime and accidents that are no political act ---
# Verbs of talking to the press: an interview is a statement, not a consultation.
PRESS_TALK = frozenset({"speak", "talk", "tell", "discuss", "interview", "chat", "say"})
# What a fight is for when it is a campaign, not force: "fighting to recover politically",
# "fighting for a public holiday"; fights to take or hold ground are force.
GROUND_VERBS = frozenset({"retake", "recapture", "capture", "take", "hold", "seize", "defend", "control",
                          "repel", "repulse", "drive", "push", "enter", "reach", "break", "storm", "oust"})
# Laws and bills whose permission is no act of the party they would allow to act.
LAWS = frozenset({"law", "bill", "legislation", "measure", "amendment", "act", "rule", "provision",
                  "regulation", "ordinance", "decree", "proposal", "treaty", "clause"})
PERMITS = frozenset({"allow", "let", "permit", "enable", "authorize", "authorise", "empower"})
# Texts and systems that permit without acting: "Pakistani law allowed the perpetrators to go unpunished".
STANDING_RULES = LAWS | {"constitution", "statute", "code", "model", "system", "loophole", "framework", "policy"}
# Words that open an indirect question ("asked whether ...").
QUESTION_WORDS = frozenset({"whether", "if", "how", "what", "why", "when", "where", "who", "which"})
# What is "met" when no one is: "meets the natural born citizen requirement", "met the deadline".
# (Demands and conditions met are coded by the verb: "would not meet the hostage-takers' demands".)
STANDARDS = frozenset({"requirement", "criterion", "criteria", "standard", "target", "goal", "deadline", "need",
                       "expectation", "threshold", "obligation", "quota", "definition", "cost", "challenge",
                       "benchmark"})
# What a "round" is of when it is no round of talks: "held the first round of primary elections".
VOTING = frozenset({"election", "primary", "vote", "voting", "ballot", "caucus", "poll", "presidential",
                    "parliamentary", "runoff", "golf", "game"})
# Animals and vehicles that kill or strike without any actor ("killed by his lions", "a
# helicopter struck power lines", "the plane overran the runway"); animals killed are no
# assault either ("ordered the killing of 300,000 pigs").
ANIMALS = frozenset({"lion", "tiger", "bear", "shark", "crocodile", "alligator", "elephant", "dog", "snake",
                     "leopard", "hippo", "hippopotamus", "bull", "wolf", "buffalo", "animal", "cheetah",
                     "pig", "chicken", "bird", "poultry", "cattle", "cow", "sheep", "goat", "whale",
                     "dolphin", "rhino", "deer", "livestock", "mink", "camel"})
VEHICLES = frozenset({"aircraft", "plane", "airplane", "airliner", "helicopter", "train", "bus", "car",
                      "truck", "lorry", "ship", "vessel", "boat", "ferry", "vehicle", "flight", "glider"})
# Adverbs that make a shot an accident: not an attack by anyone.
ACCIDENTALLY = frozenset({"accidentally", "inadvertently", "unintentionally"})
# What a vehicle hits only by accident (not a building or a bridge, which strikes aim at).
STRUCTURES = frozenset({"runway", "line", "pylon", "tree", "mountain", "hillside", "tarmac", "pole", "cable",
                        "wire", "barrier", "fence", "rock", "reef", "iceberg", "mast", "crane"})
# What a company or a bank aims at: "targeted financial services", "targets inflation of 2 percent".
MARKET_TARGETS = frozenset({"sector", "service", "customer", "consumer", "investor", "buyer",
                            "segment", "audience", "inflation", "growth", "profit", "deficit", "sale",
                            "shopper", "client", "niche"})
# Words of accounts that make a "charge" a cost: "a restructuring charge", "a one-time charge".
ACCOUNTING = frozenset({"restructuring", "one-time", "special", "pretax", "pre-tax", "after-tax", "extraordinary",
                        "writedown", "write-down", "noncash", "non-cash", "impairment", "quarterly", "tax",
                        "accounting", "nonrecurring", "non-recurring", "dlr", "dlrs", "mln", "billion", "million"})
# Things, not parties, that back a loan or a price: "supported by a guarantee".
BACKING = frozenset({"guarantee", "collateral", "demand", "buying", "data", "figure", "price", "earnings",
                     "asset", "letter", "fund", "bid", "hope", "expectation", "rally", "gain", "inflow"})
# Verbs of criticism that, with "into" and no object, tell an impact: "missiles slammed into a block".
IMPACT_VERBS = frozenset({"slam", "blast", "hit", "smash", "hammer", "crash", "plough", "plow"})
# What an election seeks: "sought the nomination", "seeking ballot access", "asked voters".
ELECTORAL = frozenset({"nomination", "ballot", "reelection", "re-election", "office", "candidacy",
                       "presidency", "voter", "mandate"})
# A term of office when counted: "seeking a fourth term", "a second term"; not "sought new terms".
COUNTED_TERMS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "consecutive", "straight",
                           "another", "full", "two-year", "four-year", "five-year", "six-year", "seven-year"})
# Verbs of a camera or a reporter that records: "cameras captured the moment".
RECORD_VERBS = frozenset({"capture", "shoot", "record", "film", "take"})
# Verbal acts that, by people of no country against no one, about an idea, voice an opinion.
OPINION_ACTS = frozenset({"AGREE", "REQUEST", "REJECT", "ACCUSE"})
# Nouns that say whether something happened: "no indication of a threat".
SIGNS = frozenset({"indication", "suggestion", "sign", "evidence", "hint", "proof", "report"})
# Words of a schedule, which in the past tense tell background: "was scheduled to meet".
SCHEDULED = frozenset({"schedule", "due", "slate", "set"})
AHEAD = FUTURE_WORDS | {"later"}
# Goods seized from smugglers: law enforcement against crime, not coercion of a party.
CONTRABAND = frozenset({"ivory", "tusk", "horn", "pangolin", "scale", "drug", "cocaine", "heroin", "cannabis",
                        "marijuana", "methamphetamine", "narcotic", "contraband", "counterfeit", "cigarette",
                        "opium", "hashish", "ketamine", "fentanyl", "timber", "rosewood", "wildlife",
                        "captagon", "amphetamine", "tramadol", "khat", "pill"})


# What a debtor stops paying: a moratorium on its debt is market news, no sanction.
DEBT_SERVICE = frozenset({"payment", "repayment", "debt", "interest", "servicing"})


def is_commerce(match: TriggerMatch, lexicon: TriggerLexicon) -> bool:
    """Objects or complements of the trigger that mark business news ("agreed to buy shares");
    a word of the trigger itself does not ("dropped barrels of toxic gas")."""
    own = {t.i for t in match.tokens}
    subject = child_of(match.head, "nsubj")
    if match.trigger.event == "ASSAULT" and subject is not None and subject.lemma_.lower() in TRADE_SUBJECTS:
        return True  # "U.S. corn exports have injured Ontario growers"
    if match.trigger.event in ("RETREAT", "PROTEST") and subject is not None and subject.lemma_.lower() in MARKET_SUBJECTS:
        return True  # "the dollar retreated against the yen", "Nigerian stocks rallied"
    if match.trigger.event in ("CONCEDE", "RETREAT"):
        doer = subject_of(match.head)
        if doer is not None and doer.lemma_.lower() in MARKET_SUBJECTS | SUPPLY_SUBJECTS:
            return True  # "a bigger harvest in Brazil eased the pressure on supplies"
    for token in match.tokens:
        for child in token.children:
            if child.dep_ not in ("dobj", "xcomp", "ccomp", "acl", "nsubjpass") or child.i in own:
                continue
            if child.dep_ == "ccomp" and child.i > token.i and child.lemma_.lower() in QUOTE_VERBS:
                continue  # "'We urge Israel to ...,' Cameron said": the attribution that follows
            if child.dep_ == "xcomp" and any(g.dep_ == "dobj" and g.ent_type_ in ("GPE", "LOC") for g in child.children):
                continue  # "ruled out selling Greenland": land, not a market deal
            if match.trigger.event == "ASSAULT" and child.lemma_.lower() in STRUCK_PLACES \
                    and match.trigger.words[0] not in CONQUERING and not any(
                    g.lemma_.lower() in NOMINAL_COMMERCE or g.ent_type_ in ("NORP", "GPE", "LOC")
                    for g in child.children if g.dep_ in ("amod", "compound", "nmod")):
                continue  # "missiles struck a market in Kharkiv", not "the stock market", "the European market"
            if _commerce_word(child, lexicon) or (child.dep_ == "dobj" and match.trigger.event in SPEECH_ACTS and any(
                    g.dep_ == "compound" and _commerce_word(g, lexicon) for g in child.children)):
                return True  # "rejected a takeover proposal from BHP"
            if any(g.dep_ == "dobj" and _commerce_word(g, lexicon) for g in child.children) \
                    and not _pays_price(child):
                return True
    if match.trigger.pos != "NOUN" or match.trigger.event != "SANCTION":
        return False
    return _lemma_is(prep_object(match.head, ("of",)), *DEBT_SERVICE)  # "the suspension of interest payments"


def _commerce_word(token: Token, lexicon: TriggerLexicon) -> bool:
    """A word of the commerce list; its nouns used as verbs are not ("share intelligence"), nor
    a bid for power ("abandon his bid for a third term")."""
    lemma = token.lemma_.lower()
    return lemma in lexicon.commerce and not (token.pos_ == "VERB" and lemma in NOMINAL_COMMERCE) \
        and not (lemma == "bid" and _political_aim(token))


# What a political bid is for: "a bid for a third term", "its bid for NATO membership".
POLITICAL_AIMS = frozenset({"term", "presidency", "office", "power", "reelection", "re-election", "seat",
                            "membership", "independence", "nomination", "leadership", "mandate"})
# What names a bid political before it: "a presidential bid", "Sweden's NATO membership bid".
POLITICAL_BIDS = POLITICAL_AIMS | {"presidential"}


def _political_aim(bid: Token) -> bool:
    """The "for" phrase of a bid, on the noun or on its verb, names an office or a status; or the bid
    is a state's ("Palestine's bid") or one to join a body ("a bid to join NATO")."""
    preps = [c for t in (bid, bid.head) for c in t.children if c.dep_ == "prep" and c.lower_ == "for"]
    return any(g.lemma_.lower() in POLITICAL_AIMS for p in preps for g in p.children if g.dep_ == "pobj") \
        or any(c.lemma_.lower() in POLITICAL_BIDS for c in bid.children if c.dep_ in ("amod", "compound")) \
        or any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in bid.children) \
        or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in BID_TO_JOIN for c in bid.children)


# A state's bid to enter a body: "Ukraine's bid", "its bid to join NATO", "a bid to become a full member".
BID_TO_JOIN = frozenset({"join", "rejoin", "become", "enter", "accede"})


def _pays_price(token: Token) -> bool:
    """ "would pay a heavy price": the idiom of a threat, not a market price."""
    return token.lemma_.lower() == "pay" and any(
        g.dep_ == "dobj" and g.lemma_.lower() == "price" for g in token.children)


def signs_document(match: TriggerMatch) -> bool:
    """Signing a decree or a law is how a government acts, not an agreement."""
    obj = child_of(match.head, "dobj")
    return match.trigger.words == ("sign",) and obj is not None and obj.lemma_.lower() in DOCUMENTS


def first_object_trigger(head: Token, inner: list[TriggerMatch]) -> TriggerMatch | None:
    """The event cancelled, suspended or halted: in the object's phrase ("part of an aid program")."""
    objects = {t.i for c in head.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
    if any(c.dep_ == "dobj" and c.lemma_.lower() in STOPPAGES for c in head.children):
        # "ordered a halt to offensive operations": the parser may hang the "to" phrase on the verb
        objects |= {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "of") for t in c.subtree}
    return next((m for m in inner if m.head.i in objects), None)


# Nouns of stopping whose "to" or "of" phrase names what is stopped.
STOPPAGES = frozenset({"halt", "end", "suspension", "stop", "freeze", "moratorium"})

# Burdens a government puts on its own people: suspending, scrapping, cancelling or halting one
# gives in to those who protest it ("suspended the extradition bill", "scrapped the fuel levy",
# "announced a suspension of fuel tax increases"; probe_unrest). Rate rises are monetary policy.
BURDENS = frozenset({"bill", "law", "legislation", "decree", "reform", "levy", "tax", "fee", "surcharge",
                     "hike", "increase", "rise"})
MONETARY = frozenset({"rate", "interest"})


def lifts_burden(head: Token) -> bool:
    """The object of a verb of cancelling (or of its noun of stopping) is a burden."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for obj in list(objects):
        if obj.lemma_.lower() in STOPPAGES:
            objects += [g for holder in (obj, head) for p in holder.children
                        if p.dep_ == "prep" and p.lower_ in ("to", "of") for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in BURDENS and not any(c.dep_ == "compound" and c.lemma_.lower() in MONETARY
                                                      for c in o.children) for o in objects)


def is_cooperative(match: TriggerMatch) -> bool:
    """Exercises count as hostile whoever joins them: calling off drills is a concession."""
    return match.trigger.event in COOPERATIVE and "joint" not in match.trigger.flags


def undo(coding: Coding, undone_match: TriggerMatch) -> Coding:
    """Calling off a hostile act is a concession; calling off a cooperative one a rejection."""
    event = coding[0]
    undone = undone_match.trigger.event
    if is_cooperative(undone_match):
        if event == "SANCTION":
            return coding
        return "REJECT", ontology.ASKED_MODE.get(undone, "meet"), "12"
    return "CONCEDE", None, "08"


# Participles of a vessel that name the people it holds: "a boat carrying migrants".
CARRYING = frozenset({"carry", "transport", "ferry"})


def frees_people(verb: Token, actors: ActorSource, named: bool = True) -> bool:
    """A release is a retreat when people are freed: captives named by a word, a name or (when
    `named`) a resolved actor; a verb with no object at all ("was released") keeps the benefit
    of doubt."""
    obj = given_thing(verb)
    if obj is None:
        return True
    obj = counted_whole(obj)  # "freed none of the activists"
    carried = next((g for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in CARRYING
                    for g in c.children if g.dep_ == "dobj"), None)
    obj = carried if carried is not None else obj  # "pushed back a dinghy carrying 30 migrants"
    if obj.lemma_.lower() == "figure" and any(  # "opposition figures", not "released figures"
            c.lemma_.lower() in PUBLIC_ROLES for c in obj.children if c.dep_ in ("compound", "amod")):
        return True
    if obj.lemma_.lower() in CAPTIVES or obj.lower_ in CAPTIVES or obj.ent_type_ in ("PERSON", "NORP", "CARDINAL"):
        return True
    if _goods(obj):
        return False  # "handed over the F-16 jets to Ukraine": weapons given, no one freed
    return named and obj.lemma_.lower() not in PAPERS and bool(actors.resolve(obj))  # not "a report by the UN"


def gives_words(match: TriggerMatch) -> bool:
    """Handing over an application, giving a speech or field guidance, sending condolences is no
    aid; the thing given may be the object, the passive subject ("a performance was given") or
    the noun a participle describes ("the relations provided by Kim Il Sung")."""
    obj = given_thing(match.head)
    return match.trigger.event == "AID" and match.trigger.pos == "VERB" and obj is not None \
        and obj.lemma_.lower() in PAPERS and not hands_over_wanted(match.head)  # "cartel figures" are people


# What a refusal to tell withholds: "declined to specify", "refused to give details".
WITHHELD_TELLING = frozenset({"specify", "detail", "estimate", "reveal", "quantify", "explain", "describe"})
WITHHELD_FACTS = frozenset({"detail", "figure", "forecast", "estimate", "breakdown", "number", "name", "timetable"})


def withholds_facts(match: TriggerMatch) -> bool:
    """Declining to give details, figures or a forecast is no rejection of anyone: "declined to
    specify which products", "declined to give further details", "declined to estimate volume".
    ("declined to comment" is caught as a comment, among the commerce words.)"""
    if match.trigger.event != "REJECT" or match.trigger.words not in (("decline",), ("refuse",)):
        return False
    told = child_of(match.head, "xcomp")
    if told is None:
        return False
    lemma = told.lemma_.lower()
    if lemma in WITHHELD_TELLING:
        return True
    fact = child_of(told, "dobj")
    return lemma in ("give", "provide", "offer", "go") and fact is not None and fact.lemma_.lower() in WITHHELD_FACTS \
        or lemma == "go" and any(g.lemma_.lower() == "detail" for p in told.children if p.dep_ == "prep" for g in p.children)


# Verbs that make a bare "sanctions" an act, decided or weighed (the rows "impose sanction",
# "adopt sanction" ... take the commoner ones): "announced sanctions on", "joined Western
# sanctions", "is considering sanctions against" (THREATEN).
SANCTIONS_DECIDED = frozenset({"announce", "join", "approve", "introduce", "level", "enforce", "apply", "order",
                               "renew", "declare", "decide", "agree", "pass", "vote", "consider", "weigh",
                               "mull", "propose", "prepare", "plan", "draft"})
# Verbs whose subject "sanctions" are acts taking place: "new sanctions took effect on Friday".
SANCTIONS_HAPPENING = frozenset({"take", "come", "begin", "start", "enter", "hit", "target", "kick"})


def sanctions_mentioned(match: TriggerMatch) -> bool:
    """A bare measure ("sanctions", "embargo", "tariffs") named in passing is no act: "did not
    mention the recent U.S. trade sanctions", "a decision on Japan sanctions", "the U.S.
    sanctions against the DPRK are an important tool", "faces more possible sanctions". It is
    one when announced, joined or complied with, told in the passive, dated, or said to take
    effect."""
    head = match.head
    if match.trigger.event != "SANCTION" or match.trigger.pos != "NOUN" or len(match.trigger.words) != 1:
        return False
    while head.dep_ == "conj":
        head = head.head
    governor = head.head.lemma_.lower()
    if head.dep_ == "dobj" and governor in SANCTIONS_DECIDED or head.dep_ == "nsubjpass" \
            or head.dep_ == "nsubj" and governor in SANCTIONS_HAPPENING:
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.lemma_.lower() in ("comply", "compliance"):
        return False  # "returned coal shipments, complying with UN sanctions": enforcing them
    return not any(t.ent_type_ in ("DATE", "TIME") for t in match.head.subtree)


# Ills that are no danger a border keeps out.
SOCIAL_ILLS = frozenset({"corruption", "inflation", "unemployment", "poverty", "hunger", "illiteracy"})
# The phrases that give a measure's cause or aim ("because of the virus", "to curb the outbreak").
CAUSE_DEPS = frozenset({"prep", "advcl", "xcomp", "npadvmod"})


def guards_against_illness(match: TriggerMatch) -> bool:
    """A border closed or flights halted against a disease is public health, no sanction on the
    neighbour: "closed its border with Austria because of the coronavirus outbreak"."""
    if match.trigger.event != "SANCTION" or match.trigger.pos != "VERB":
        return False
    causes = [c for c in match.head.children if c.dep_ in CAUSE_DEPS]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in ILLS - SOCIAL_ILLS for c in causes for t in c.subtree)


# What a state offers another side even when the side goes unnamed: "had offered assistance",
# "to offer a missile treaty", "plans to offer a farm reform plan at GATT".
POLITICAL_OFFERS = frozenset({"assistance", "aid", "help", "support", "treaty", "plan", "proposal", "deal", "pact",
                              "talks", "dialogue", "negotiation", "ceasefire", "truce", "mediation", "concession",
                              "compromise", "troop", "soldier", "peacekeeper", "asylum", "amnesty", "guarantee",
                              "loan", "grant", "credit", "protection", "cooperation", "initiative", "package",
                              "olive", "condolence", "apology", "resignation", "exchange", "swap"})


def offers_goods(match: TriggerMatch, roles: Roles) -> bool:
    """An offer of something to no one named is commerce or debate, not an offer to a political
    side: "is offering 100 mln dlrs of bonds", "Hong Kong offers good business opportunities",
    "said he might offer the bill on the Senate floor". Offers to do something ("offered to
    mediate") and of help, talks or a treaty stay."""
    if match.trigger.event != "AGREE" or match.trigger.words != ("offer",) or roles.recipient \
            or child_of(match.head, "xcomp") is not None:
        return False
    offered = given_thing(match.head)
    if offered is None:
        return False
    what = {offered.lemma_.lower()} | {g.lemma_.lower() for p in (*offered.children, *match.head.children)
                                       if p.dep_ == "prep" and p.lower_ in ("in", "of", "as")
                                       for g in p.children if g.dep_ == "pobj"}
    return not what & POLITICAL_OFFERS  # "offered 1.5 billion dollars in grants" stays


# Verbs by which a threat is made or answered: "repeated the threat of sanctions", "prompting
# threats from Pyongyang", "Moscow's threat to cut gas supplies rattled Chisinau".
THREAT_MADE = frozenset({"issue", "make", "repeat", "renew", "reiterate", "deliver", "voice", "send", "carry",
                         "prompt", "draw", "trigger", "spark", "provoke", "rattle", "alarm", "follow",
                         "back", "step", "escalate"})


def danger_named(match: TriggerMatch) -> bool:
    """A bare "threat" is often a danger, not a threat made: "the threat from Pyongyang had become
    grave", "the threat of higher interest rates may erode deposits", "the U.S. nuclear threat to
    the DPRK". It is one made when it says what would be done ("a threat to cut gas supplies"),
    or is issued, repeated, drawn or answered."""
    head = match.head
    if match.trigger.event != "THREATEN" or match.trigger.words != ("threat",) or match.trigger.pos != "NOUN":
        return False
    if any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)
           for c in head.children):
        return False  # "Moscow's threat to cut gas supplies"
    while head.dep_ == "conj":
        head = head.head
    return not (head.dep_ in ("dobj", "nsubj", "nsubjpass") and head.head.lemma_.lower() in THREAT_MADE)


def given_thing(verb: Token) -> Token | None:
    """What a verb of giving or releasing hands over: its object, its passive subject, or the
    noun its participle describes ("a statement released by the court")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return child_of(verb, "dobj", "nsubjpass")


def handed_over(match: TriggerMatch, roles: Roles) -> Coding | None:
    """What handing over things (not people) to a named country is: land or control a retreat
    ("handed four border villages over to Azerbaijan"), goods aid ("handed over ambulances to
    hospitals in Baghdad"), papers, words and gifts nothing."""
    obj = child_of(match.head, "dobj")
    if obj is None or not any(e.country for e in roles.recipient):
        return None
    if (match.trigger.words[0] in HANDING or match.trigger.words in HANDING_OVER) \
            and (hands_over_wanted(match.head) or _to_face_justice(match.head)):
        # "handed over a drug lord to U.S. authorities", "sent the cartel boss back to the United States"
        return "COOPERATE", None, "0631"
    if match.trigger.words == ("return",) and obj.lemma_.lower() in CRAFT | {"tanker", "trawler"}:
        return "RETREAT", "release", "0842"  # "returned the fishing boat to China": seized property given back
    if match.trigger.words[:2] not in HANDING_OVER | {("hand", "back")}:
        return None
    if obj.lemma_.lower() in GROUND:
        return "RETREAT", None, "087"  # also "handed the district back to Azerbaijan"
    if match.trigger.words[1] == "back":
        return None  # things handed back are returned, not given
    return None if obj.lemma_.lower() in PAPERS else ("AID", None, "070")


def speech_content(coding: Coding, match: TriggerMatch, inner: list[TriggerMatch]) -> Coding:
    """A pledge or warning of force is a threat ("vowed to reduce Seoul to ashes"); demands,
    refusals and threats take their mode from what is demanded, refused or threatened."""
    trig, head = match.trigger, match.head
    event, mode, cameo = coding
    hostile_content = any(m.trigger.event in HOSTILE_CONTENT and not _helps(m.head)
                          and not (m.trigger.event == "MOBILIZE" and _to_own_ground(m.head))  # "pledged to deploy troops to its border"
                          and not _forces_promised(head, m)  # "pledged to send 1,000 police officers to Haiti"
                          and not (trig.words[0] in PLEDGES and _pledged_not(m.head, head))  # "pledged not to attack"
                          and not (m.trigger.words == ("fight",) and _campaigns(m.head))  # "vowed to fight for steelworkers"
                          for m in inner) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in THREAT_OBJECTS for c in head.children) or any(
        c.dep_ in ("xcomp", "ccomp") and _forceful(c) for c in head.children) or any(
        c.dep_ == "ccomp" and c.lemma_.lower() in ("mean", "spell") and any(
            o.dep_ == "dobj" and o.lemma_.lower() == "war" for o in c.children)
        for c in head.children if "warn" in trig.flags) or any(  # "warned that independence means war"
        c.dep_ == "xcomp" and any(o.dep_ == "dobj" and o.lemma_.lower() in THREAT_OBJECTS
                                  for v in (c, *c.conjuncts) for o in v.children)  # "... or face countermeasures"
        for c in head.children)  # "vowed to crush any attempt at independence", "vowed that Israel would be punished", "vowed to take revenge"
    if ("warn" in trig.flags and (hostile_content or _announces_future(head))) or (
            event == "AGREE" and hostile_content and trig.words[0] in PLEDGES) or (
            event == "REQUEST" and _or_face(head)):
        event, mode, cameo = "THREATEN", None, "138"
    elif event == "REJECT" and trig.words[0] in ("refuse", "decline") and inner \
            and inner[0].trigger.words[:2] == ("rule", "out") and inner[0].trigger.event == "THREATEN":
        first = inner[0].trigger  # "refused to rule out military force": force not ruled out, a threat
        event, mode, cameo = first.event, first.mode, first.cameo
    elif event == "AGREE" and trig.words[0] in PLEDGES and inner and inner[0].trigger.event in ("REJECT", "THREATEN"):
        first = inner[0].trigger  # "Hungary vowed to block the sanctions package"
        event, mode, cameo = first.event, first.mode, first.cameo
    elif event == "AGREE" and trig.words[0] in PLEDGES and inner and inner[0].trigger.event in ontology.ASKED_MODE \
            and _pledged_not(inner[0].head, head):
        event, mode, cameo = "REJECT", None, "12"  # "vowed never to return to the six-party talks": a refusal
    if event in ("REQUEST", "REJECT", "THREATEN") and mode is None:
        mode = _content_mode(event, inner[0].trigger.event if inner else None, head,
                             inner[0].trigger.mode if inner else None)
    return event, mode, cameo


def _or_face(head: Token) -> bool:
    """A demand whose infinitive goes on "or face ..." is an ultimatum: "told Tehran to return to
    compliance or face further isolation", "ordered the rebels to disarm or face an assault"."""
    return any(c.dep_ == "xcomp" and any(
        v.dep_ == "conj" and v.lemma_.lower() == "face" and any(o.dep_ == "dobj" for o in v.children)
        and any(k.dep_ == "cc" and k.lower_ == "or" for k in c.children)
        for v in c.children) for c in head.children)


def _pledged_not(content: Token, pledge: Token) -> bool:
    """A pledge whose content verb is negated ("vowed never to return to the talks", "pledged not
    to take part") refuses it (coding rules 5: refusals are acts, not negations)."""
    verb = content if content.pos_ in ("VERB", "AUX") else content.head
    return verb.i != pledge.i and verb.head.i == pledge.i and verb.dep_ in ("xcomp", "ccomp") \
        and any(c.dep_ == "neg" for c in verb.children)


def _forceful(verb: Token) -> bool:
    """The content verb of a pledge is force: "crush", "annex", and taking land back ("vowed to
    retake the town", "to take back the region from Guyana"; not "take back control")."""
    lemma = verb.lemma_.lower()
    if lemma == "hunt" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children):
        return True  # "vowed to hunt down the attackers"
    if lemma == "take" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
        obj = child_of(verb, "dobj")
        return obj is not None and obj.lemma_.lower() not in ("control", "power", "seat", "charge", "word")
    if goes_ahead(verb):  # "vowed to press on with the offensive", "to push ahead with the war"
        return _lemma_is(prep_object(verb, ("with",)), *WARS)
    return lemma in FORCEFUL_THREATS


# Contests one pulls out of in sport, not ground given up: "withdrew from the tournament".
CONTESTS = frozenset({"tournament", "championship", "championships", "match", "cup", "race", "league",
                      "olympics", "games", "competition", "final", "semifinal", "contest", "qualifier",
                      "qualifiers", "qualifying", "friendly", "fixture", "playoff"})


def _leaves_contest(verb: Token) -> bool:
    """A withdrawal "from" a sports contest is sport ("pulled out of the World Cup")."""
    return any(c.dep_ == "prep" and c.lower_ in ("from", "of") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in CONTESTS for o in c.children) for c in verb.children)


# Acts of war that a pledge to carry on with threatens.
WARS = ("offensive", "war", "assault", "attack", "strike", "invasion", "bombardment", "bombing", "incursion")


def _announces_future(head: Token) -> bool:
    """A clause under the trigger says what will, would or could happen ("warned that police
    will ...", "warned it could cut gas transit")."""
    clauses = [c for c in head.children if c.dep_ == "ccomp"]
    clauses += [g for c in clauses for g in c.conjuncts]
    return any(a.dep_ == "aux" and a.lower_ in FORWARD_AUX for c in clauses for a in c.children
               if not measure_subject(c))


# Quantities that rise and fall of themselves: "warning that yields could fall" is a forecast.
MEASURES = frozenset({"yield", "price", "output", "inflation", "growth", "production", "harvest", "crop",
                      "rate", "economy", "temperature", "demand", "supply", "export", "import", "sale",
                      "profit", "cost", "unemployment", "deficit", "toll", "figure", "currency", "level"})


def measure_subject(clause: Token) -> bool:
    """The clause's subject is a quantity, not someone who acts ("yields could fall")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in MEASURES for c in clause.children)


# Acts of giving ground, and meetings, named as what a demand is "for".
YIELDED_ACTS = frozenset({"release", "ceasefire", "truce", "withdrawal", "pullout", "de-escalation", "restraint",
                          "armistice"})
MEETINGS_ASKED = frozenset({"talk", "talks", "negotiation", "dialogue", "meeting", "summit"})


def _content_mode(event: str, content: str | None, head: Token, content_mode: str | None = None) -> str | None:
    """The mode of a demand, refusal or threat from what is demanded, refused or threatened;
    a demand for some other act ("urged Hungary to respect ...") asks for change."""
    if event == "THREATEN":
        verbs = [c.lemma_.lower() for c in head.children if c.dep_ in ("xcomp", "ccomp")]
        by_verb = next((ontology.THREAT_VERBS[v] for v in verbs if v in ontology.THREAT_VERBS), None)
        if by_verb is None and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "take" and _forceful(c)
                                   for c in head.children):
            by_verb = "territory"  # "vowed to take back the region": land taken by force
        if by_verb in SPECIFIC_THREATS:  # "threatened to annex", "to expel": more than force or sanctions
            return by_verb
        if content == "SANCTION" and content_mode in ontology.SANCTION_THREAT_MODE:
            # tariffs and embargoes restrict goods; a recalled envoy or an expulsion is more exact
            return ontology.SANCTION_THREAT_MODE[content_mode]
        return (ontology.THREAT_MODE.get(content) if content else None) or by_verb
    if content is not None:
        return ontology.ASKED_MODE.get(content, "change")
    if any(c.dep_ in ("xcomp", "ccomp") for c in head.children):
        return "change"
    obj = child_of(head, "dobj")
    if event == "REJECT" and obj is not None and any(c.dep_ in ("acl", "relcl") for c in obj.children):
        return "change"  # "rejected calls to hand power to civilians"
    addressee = prep_object(head, ("to",))  # the parser's "appealed to its allies | for shells"
    asked = prep_object(head, ("for",)) or (prep_object(addressee, ("for",)) if addressee is not None else None)
    if event == "REQUEST" and asked is not None:
        if asked.lemma_.lower() in YIELDED_ACTS:
            return "yield"  # "appealed for the release of all hostages", "for a ceasefire"
        if asked.lemma_.lower() in MEETINGS_ASKED:
            return "meet"  # "appealed for talks"
        return "assist"  # "appealed to its allies for more shells"
    return None


# Verbs by which a body adopts what it backs: "the Security Council backed new sanctions on
# North Korea" decides them (SANCTION), it supports no one.
ENDORSING = frozenset({"back", "approve", "endorse", "adopt", "pass"})
# Participles by which sanctions name their target: "a package of sanctions targeting Russian banks".
AIMING = frozenset({"target", "hit", "aim"})


def decided_act(coding: Coding, match: TriggerMatch, inner: list[TriggerMatch], roles: Roles,
                actors: ActorSource) -> Coding:
    """Agreeing to sanction, expel or strike another state is that act, decided: "EU ministers
    agreed to ban imports of Iranian oil" is SANCTION, and so is backing sanctions of one's own
    ("the Security Council backed new sanctions on North Korea"). Agreeing to suspend one's own
    programme stays AGREE."""
    endorses = coding[0] == "SUPPORT" and match.trigger.words[0] in ENDORSING
    if not (coding[0] == "AGREE" or endorses) or not inner or match.trigger.words[0] in PLEDGES:
        return coding
    content = inner[0]
    if content.trigger.event not in DECIDED_CONTENT or {"undo", "stop"} & set(content.trigger.flags):
        return coding
    if endorses and (content.trigger.event != "SANCTION" or _owned_by_another(content.head, roles, actors)):
        return coding  # "Japan backed U.S. sanctions on Russia" supports the United States
    obj = child_of(content.head, "dobj")
    aimed = [child_of(c, "dobj") for c in content.head.children if c.dep_ == "acl" and c.lemma_.lower() in AIMING]
    targets = [*(owner_entities(obj, actors, set()) if obj is not None else ()),  # "on" may hang on a joined noun
               *prep_entities([content.head, *content.head.conjuncts], ("on", "against", "to"), actors, set()),
               *(e for o in aimed if o is not None for e in owner_entities(o, actors, set()))]
    restricts = content.trigger.event == "COERCE" and content.trigger.mode == "restrict" \
        and content.trigger.words[0] in BANS
    if restricts:  # "join U.S. restrictions on exports of tools to China": "to China" may hang on the goods
        targets += roles.recipient
    own = {e.country for e in roles.actor}
    if any(e.country and e.country not in own | NON_STATES for e in targets):
        if restricts:
            return "SANCTION", "discontinue", "163"  # "agreed to join U.S. restrictions on exports to China"
        if _weighed(content.head, match.head):  # "agreed to consider new sanctions on Iran"
            return "THREATEN", _content_mode("THREATEN", content.trigger.event, content.head, content.trigger.mode), "138"
        return content.trigger.event, content.trigger.mode, content.trigger.cameo
    return coding


def _owned_by_another(act: Token, roles: Roles, actors: ActorSource) -> bool:
    """An act noun whose owner named before it is not the actor: "U.S. sanctions", "Washington's sanctions"."""
    own = {e.country for e in roles.actor}
    return any(e.country and e.country not in own for c in act.children if c.dep_ in ("poss", "compound", "amod", "nmod")
               and c.i < act.i for e in actors.resolve(c))


def _weighed(act: Token, decision: Token) -> bool:
    """Whether a verb of weighing stands between a decision and the act it names: "agreed to
    consider new sanctions" decides to weigh them, which threatens them (coding rules 6)."""
    step = act
    while step.i != decision.i and step.head.i != step.i:
        step = step.head
        if step.lemma_.lower() in HYPOTHETICAL_GOVERNORS:
            return True
    return False


def _barred_from(verb: Token, acts: tuple[str, ...]) -> bool:
    """A ban "from entering" (a visit refused) or "from leaving" (people held)."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in acts for g in c.children) for c in verb.children)


def _with_visiting(match: TriggerMatch) -> Span | None:
    """The party met, named as the visitor: "held talks with visiting Cambodian Prime Minister
    Hun Manet", "met the visiting Japanese foreign minister"; None when no one is."""
    for token in match.tokens:
        for child in token.children:
            party = child_of(child, "pobj") if child.dep_ == "prep" and child.lower_ == "with" else \
                (child if child.dep_ == "dobj" else None)
            if party is not None and any(c.dep_ == "amod" and c.lower_ == "visiting" for c in party.subtree
                                         if c.head.i == party.i or c.head.head.i == party.i):
                return party.doc[party.left_edge.i:party.right_edge.i + 1]
            visiting = child_of(child, "pcomp") if child.dep_ == "prep" and child.lower_ == "with" else None
            guest = child_of(visiting, "dobj") if visiting is not None and visiting.lower_ == "visiting" else None
            if guest is not None:  # "with visiting Vietnamese Prime Minister X in Beijing", read as a verb
                return guest.doc[guest.left_edge.i:guest.right_edge.i + 1]
    return None


def _to_own_ground(verb: Token) -> bool:
    """Forces sent "to its northern border" or "along their frontier" guard one's own ground: a
    pledge to send them threatens no one (coding rules 6: a deployment is no threat)."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "along", "on", "at") and any(
        o.dep_ == "pobj" and any(p.dep_ == "poss" and p.lower_ in ("its", "their", "our") for p in o.children)
        for o in c.children) for c in verb.children)


# Pledges that promise rather than swear.
PROMISES = frozenset({"pledge", "promise"})


def _forces_promised(pledge: Token, content: TriggerMatch) -> bool:
    """Forces promised to go to a place ("pledged to send 1,000 police officers to Haiti") are
    help offered to the country they go to, not a threat against it."""
    return pledge.lemma_.lower() in PROMISES and content.trigger.event == "MOBILIZE" \
        and content.trigger.words[0] in ("send", "dispatch", "deploy") \
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in content.head.children)


def _own_envoys_leave(verb: Token, roles: Roles) -> bool:
    """Envoys told to leave are expelled only when they are another state's: "ordered diplomats
    from Argentina to leave", not "ordered its diplomats to leave Sudan" (an evacuation)."""
    envoys = child_of(verb, "dobj")
    own = envoys is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her")
                                     for c in envoys.children)
    return own or not roles.recipient


def _kept_out_of_country(verb: Token) -> bool:
    """ "barred two congresswomen from entering the country": those kept out of one's own
    country come from abroad, whoever they are."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pcomp" and g.lemma_.lower() == "enter" and any(
            o.dep_ == "dobj" and o.lemma_.lower() in ("country", "territory", "kingdom") for o in g.children)
        for g in c.children) for c in verb.children)


def _protests(verb: Token) -> bool:
    """A purpose clause of protest: "launched a strike to protest against the raids"."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PROTEST_PURPOSES for c in verb.children)


def by_actor_and_object(coding: Coding, match: TriggerMatch, roles: Roles
                         ) -> tuple[Coding, Roles] | None:
    """Recoding by who acts and on what: crowds protest, several countries exercise jointly,
    withdrawals from pacts are sanctions; None when the sentence is no event after all."""
    trig, head = match.trigger, match.head
    event, mode, cameo = coding
    crowd = _is_crowd(roles.actor)
    if _other_sense(match, event):
        return None
    if _no_political_act(match, event, mode, roles):
        return None
    if event == "SANCTION" and len(trig.words) == 3 and trig.words[2] == "leave" and _own_envoys_leave(head, roles):
        return None  # "ordered its diplomats to leave Sudan": an evacuation, no expulsion
    if event == "REQUEST" and trig.words in (("call", "on"), ("call", "upon")) and _pays_call(head):
        event, mode, cameo = "CONSULT", "visit", "042"  # "called on the supreme leader in Tehran"
    if event == "SUPPORT" and trig.words == ("welcome",) and _welcomes_guest(head, roles):
        # "welcomed Syrian President Bashar al-Assad in Jeddah": hosting, coded as the guest's visit
        event, mode, cameo = "CONSULT", "visit", "042"
        roles = Roles(roles.recipient, roles.actor, roles.weak)
    if trig.words == ("mass",) and trig.pos == "VERB" and not crowd and _forces_mass(head) \
            and child_of(head, "dobj") is None:
        event, mode, cameo = "MOBILIZE", "troops", "150"  # "militia vessels have massed at the reef"
    elif trig.not_crowd is not None and not crowd \
            and not ((event, mode) == ("PROTEST", "strike") and _workers(roles.actor)):  # "train drivers walked out"
        if trig.not_crowd[0] == "-":
            return None
        event, mode, cameo = trig.not_crowd
    if event == "PROTEST" and trig.pos == "NOUN" and trig.words == ("protest",) and roles.actor and not crowd \
            and all(e.country and e.sector in STATE_VOICES for e in roles.actor):
        event, mode, cameo = "ACCUSE", "disapprove", "111"  # "drew a protest from the Chinese government"
    if event in ("REQUEST", "ACCUSE") and gathered_crowd(head):
        event, mode, cameo = "PROTEST", "demo", "141"  # "protesters gathered ... to demand his resignation"
    if "riot" in trig.flags and crowd:
        event, mode, cameo = "PROTEST", "riot", "145"
    if event == "ASSAULT" and "strike" in trig.words and (_protests(head) or (crowd and _workers(roles.actor))):
        event, mode, cameo = "PROTEST", "strike", "143"  # "lawyers launched a strike to protest ..."
    if trig.words == ("quit",) and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in head.children):
        return None  # "quit on Monday" resigns; "quit the talks", "quit smoking" do not
    if event == "RETREAT" and mode == "withdraw" and "forces" not in trig.flags:
        if _leaves(head, BIDS):
            return None  # "pulled out of a bid for an offshore licence": a company's business
        event, mode, cameo = _withdrawal(head, roles)  # forces that leave a place just withdraw
    if (event, mode) == ("RETREAT", "withdraw") and announced_retreat(match):
        event, mode, cameo = "CONCEDE", None, "087"  # "announced the withdrawal of its troops"
    if event in ("AID", "RETREAT") and trig.words[0] in HANDING and (_to_face_justice(head) or hands_over_wanted(head)):
        # "sent 14 paramilitary chiefs to the US to face charges", "sent 29 cartel figures to the US"
        event, mode, cameo = "COOPERATE", None, "0631"
    own = {e.country for e in roles.actor if e.country}
    if "joint" in trig.flags and (len(own) > 1 or any(e.country and e.country not in own for e in roles.recipient)):
        event, mode, cameo = "COOPERATE", None, "062"  # joint exercises, "drills with South Korea"
    elif event == "MOBILIZE" and len(own - NON_STATES) > 1:
        event, mode, cameo = "COOPERATE", None, "062"  # "South Korean and US jets flew over ..."
    elif "joint" in trig.flags and event == "COOPERATE" and len(own - NON_STATES) == 1 and not roles.recipient:
        # one country's "joint combat readiness patrols" (its services together) show force
        event, mode, cameo = "MOBILIZE", "troops", "150"
    intercepted = child_of(head, "dobj") if trig.words == ("intercept",) else None
    if event == "COERCE" and intercepted is not None and (intercepted.lemma_.lower() in AIRCRAFT or (
            intercepted.lemma_.lower() in UNMANNED and (by := subject_of(head)) is not None
            and by.lemma_.lower() in AIRCRAFT)):
        event, mode, cameo = "MOBILIZE", "weapons", "150"  # "jets intercepted two Russian bombers": no seizure
    if event == "REJECT" and trig.pos == "VERB" and _dismisses_claim(head):
        return None  # "dismissed the report as a fabrication" denies a charge (coding rules 2, 5)
    if event == "COERCE" and mode == "seize" and trig.words[0] == "raid" and _air_raid(head) is not None:
        event, mode, cameo = "ASSAULT", _air_raid(head) or None, "195"  # "jets carried out raids on Gaza"
    if event == "MOBILIZE" and trig.words[0] == "fly" and _lemma_is(prep_object(head, ("into",)), "exile"):
        return None  # "fled the country and flew into exile in Nigeria": a leader's flight, no show of force
    if event == "AID" and trig.words == ("hand",) and _lemma_is(child_of(head, "dobj"), *HANDED_POWER):
        return None  # "handing power to his deputy": a transfer of office, no help given
    if event == "ASSAULT" and roles.actor and all(e.sector in MEDIA_SECTORS for e in roles.actor):
        event, mode, cameo = "ACCUSE", "disapprove", "111"  # "state media attacked Tokyo's plan"
    elif event == "ASSAULT" and trig.words == ("attack",) and trig.pos == "VERB" and _attacks_in_words(head):
        event, mode, cameo = "ACCUSE", "disapprove", "111"
    elif event == "ASSAULT" and trig.words == ("attack",) and trig.pos == "NOUN" and _lemma_is(
            prep_object(head, ("on", "against")), *VERBAL_TARGETS):
        event, mode, cameo = "ACCUSE", "disapprove", "111"  # "his attacks on mail-in voting"
    if event == "CONSULT" and mode == "visit" and trig.words[0] in ("arrive", "land") and _relief_team(head):
        event, mode, cameo = "AID", None, "073"  # "a Chinese rescue team arrived in quake-hit Turkey"
    if event == "MOBILIZE" and "forces" in trig.flags and _for_exercise(head):
        return None  # "the carrier sailed into the Yellow Sea for drills with South Korea"
    if event == "ASSAULT" and trig.words[0] == "fire" and not roles.recipient and _into_the_sea(head):
        event, mode, cameo = "MOBILIZE", "weapons", "150"  # "fired artillery shells into the sea": a show of force
    if event == "CONSULT" and mode == "visit" and trig.words[0] in ("arrive", "land") and are_forces(head):
        found = _forces_arrive(head)
        if found is None:
            return None
        event, mode, cameo = found
    if trig.words == ("call",) and _labels(head):
        if _label_of_own_act(head) or _hedged_name(head):
            return None
        event, mode, cameo = "ACCUSE", "disapprove", "111"
    elif trig.words in (("describe",), ("name",)) and not _condemning_description(head):
        return None  # "described the talks as constructive", "named him as minister"
    elif trig.words == ("call",) and event == "CONSULT" and (child_of(head, "oprd") is not None or _calls_claim(head)):
        return None  # "called Manila's claims baseless", "called the talks useful": a name, no phone call
    if mode == "phone" and crowd:
        return None  # "people are calling their leader in heartrending voices": no phone call
    guest = _with_visiting(match) if event == "CONSULT" and mode is None and "mutual" in trig.flags else None
    if guest is not None and roles.actor:
        # "Xi held talks with visiting Cambodian Prime Minister Hun Manet": the guest's visit
        if roles.recipient:
            roles = Roles(roles.recipient, roles.actor, roles.weak)
        else:  # the guest parsed into the actor list
            words = guest.text
            visitors = tuple(e for e in roles.actor if e.text and e.text in words)
            hosts = tuple(e for e in roles.actor if e not in visitors)
            if visitors and hosts:
                roles = Roles(visitors, hosts, roles.weak)
        if roles.recipient:
            event, mode, cameo = "CONSULT", "visit", "042"
    if "mutual" in trig.flags and mode != "visit" and event not in ("PROTEST", "ACCUSE") \
            and not _recoded_as_future(event, head):  # rioters clashing with police act on them
        roles = Roles(_merge(roles.actor, roles.recipient), (), roles.weak)
    if event in ("MOBILIZE", "CONSULT") and _helps(head):
        event, mode, cameo = "AID", None, "074"  # "troops sent to help", "doctors arrived to treat"
    elif event == "MOBILIZE" and roles.recipient and _after_disaster(head):
        event, mode, cameo = "AID", None, "074"  # "dispatched helicopters to the Philippines after Typhoon Haiyan"
    elif event == "RETREAT" and mode == "release" and trig.words in HANDING_OVER and hands_over_wanted(head):
        event, mode, cameo = "COOPERATE", None, "0631"  # "handed over to Russia a man wanted for fraud"
    elif event == "RETREAT" and mode == "release" and _rescues(head):
        event, mode, cameo = "AID", None, "070"  # "freed sailors held by pirates", "freed hostages in a raid"
    elif event == "CONSULT" and trig.words[0] == "receive" and _goods(child_of(head, "dobj")):
        event, mode, cameo = "AID", None, "070"  # "received the first Patriot systems from the US"
    elif event in ("MOBILIZE", "CONSULT") and _delivers(head):
        event, mode, cameo = "AID", None, "070"  # "aid crossed into Syria", "jets from Denmark arrived"
    if event in ("COERCE", "ASSAULT") and _done_by_disaster(head):
        return None  # "villages cut off by the floods", "roads blocked by landslides"
    if event == "ASSAULT" and (_is_disaster(head) or _about_sport(head.sent)):
        return None
    if event == "ASSAULT" and head.dep_ == "pobj" and head.head.lower_ == "under" \
            and measure_subject(head.head.head):
        return None  # "oil prices could come under attack from weaker demand": markets
    if event == "RETREAT" and mode == "withdraw" and _leaves_contest(head):
        return None  # "the Chinese team withdrew from the tournament": sport, no forces
    if any(t.lower_ in SPORT_ONLY for t in head.sent) and not any(e.sector for e in roles.actor):
        return None  # "the Brazilian striker apologised", "Zidane resigned after the final"
    if event == "ASSAULT" and _destroys_own_arms(head):
        event, mode, cameo = "RETREAT", "disarm", "0871"  # "Syria destroyed its chemical weapons"
        roles = Roles(roles.actor, (), roles.weak)
    if mode == "visit" and _at_home(roles):
        return None  # "Kim Jong Un visited a fertiliser plant": a tour at home, no diplomacy
    if event == "COERCE" and trig.words[0] in BANS and _barred_from(head, KEPT_OUT) and (
            _foreign(roles) or any(e.country in NON_STATES for e in roles.recipient)
            or (_kept_out_of_country(head) and any(e.country for e in roles.actor) and roles.recipient
                and not any(e.country or e.sector in ("OPP", "PTY") for e in roles.recipient))):
        event, mode, cameo = "REJECT", "meet", "12"  # "barred a European Parliament delegation from entering"
    elif event == "COERCE" and mode == "restrict" and _foreign(roles) and trig.words[0] in BANS \
            and not _barred_from(head, KEPT_IN):  # "barred Malaysians from leaving" holds people
        event, mode, cameo = "SANCTION", "discontinue", "163"  # "banned Belarusian airlines"
    if event == "SANCTION" and trig.words == ("freeze",) and roles.actor \
            and all(e.sector in ("COP", "JUD") for e in roles.actor) and not _foreign(roles):
        event, mode, cameo = "COERCE", "seize", "1711"  # "police froze the newspaper's assets": a seizure at home
    if event == "REQUEST" and trig.words[0] == "order" and _foreign(roles) and _orders_mission_shut(head):
        event, mode, cameo = "SANCTION", "discontinue", "161"  # "ordered China to close its consulate in Houston"
    if event == "REQUEST" and trig.words[0] == "order" and _orders_publication_stopped(head):
        event, mode, cameo = "COERCE", "censor", "172"  # "ordered La Prensa to suspend publication"
    telling = event in ("REQUEST", "THREATEN") or (event == "AID" and trig.words == ("give",))
    if telling and _foreign(roles) and _orders_envoy_out(head) or (
            event in ("REQUEST", "THREATEN") and roles.recipient
            and all(e.country in ("IGO", "NGO") for e in roles.recipient)
            and any(e.country for e in roles.actor) and _ordered_out_of_country(head)):
        # "ordered the envoy to leave within 72 hours", "gave Lebanon's ambassador 48 hours to
        # leave", "ordered the head of the UN mission to leave the country"
        event, mode, cameo = "SANCTION", "expel", "1663"
    elif event == "COERCE" and mode == "deport" and roles.recipient \
            and all(e.country in ("IGO", "NGO") for e in roles.recipient):
        event, mode, cameo = "SANCTION", "expel", "1663"  # "forced the UN refugee agency out"
    elif event == "COERCE" and mode == "deport" and _foreign(roles) and (expelled := child_of(head, "dobj")) \
            is not None and _lemma_is(prep_object(expelled, ("of",)), *DIPLOMATIC_MISSIONS):
        event, mode, cameo = "SANCTION", "expel", "1663"  # "expelled 25 members of the Soviet mission"
    if "sector" in trig.needs and not (roles.recipient and all(e.sector for e in (*roles.actor, *roles.recipient))):
        return None  # "Spain beat the Netherlands 1-0": teams named by their country
    if "rcp" in trig.needs and event != "ACCUSE" and not any(e.country for e in roles.recipient) \
            and len({e.code for e in roles.actor}) < 2:
        if not (event == "CONSULT" and any(e.country == "IGO" for e in roles.actor)):
            return None
        mode = "multilateral"  # "NATO defence ministers met in Brussels"
    return (event, mode, cameo), roles


def _animals_killed(head: Token, obj: Token | None) -> bool:
    """The victims of an assault are animals: its object, passive subject or "of" phrase."""
    victims = (obj, child_of(head, "nsubjpass"), prep_object(head, ("of",)),
               prep_object(obj, ("of",)) if obj is not None else None)
    return any(t is not None and counted_whole(t).lemma_.lower() in ANIMALS for t in victims)


# Verbs of a standing state that measures are "under": "is under sanctions", "remains under".
STATE_VERBS = frozenset({"be", "remain", "stay", "live", "operate", "suffer", "chafe", "labour", "labor"})


def _held_under(noun: Token) -> bool:
    """Measures a country is under, or the subject of: a standing state, no act."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return (prep.lower_ == "under" and prep.head.lemma_.lower() in STATE_VERBS) or (
        prep.lower_ in ("of", "to") and prep.head.lemma_.lower() == "subject")


def _indirect_question(verb: Token) -> bool:
    """A clause that asks whether something is so, which tells nothing happened: "whether", or
    "if" opening a complement (an "if" condition is an adverbial clause, coded as hypothetical)."""
    return any(m.dep_ == "mark" and (m.lower_ == "whether" or (m.lower_ == "if" and verb.dep_ == "ccomp"))
               for m in verb.children)


# What "let", "allow", "permit" give access to (RETREAT) when it is getting in or through.
ACCESS_ACTS = frozenset({"enter", "cross", "reach", "land", "dock", "return", "visit", "deliver", "meet",
                         "transit", "inspect", "examine", "verify", "install", "reinstall", "monitor", "access",
                         "travel", "go", "come", "leave", "use", "resume", "continue", "keep", "evacuate"})
ACCESS_WAYS = frozenset({"into", "in", "back", "through", "across", "out"})
LET_IN = frozenset({"inspector", "convoy", "aid", "truck", "team", "observer", "monitor", "worker", "journalist",
                    "envoy", "delegation", "mission", "flight", "ship", "vessel", "access", "supply", "shipment",
                    "fuel", "food", "medicine", "investigator", "staff", "refugee", "evacuee", "entry", "return",
                    "visit", "passage", "transit"})
MARKETS = frozenset({"market", "business", "sector", "economy", "industry"})


def _lets_in(verb: Token) -> bool:
    """ "allowed UN inspectors back into the site", "let aid trucks cross the bridge", "allowed a
    convoy to enter": people, goods or help let in or through. Not "let the other side know",
    "allowed banks to do business", "let its envoys visit Seoul" (its own people sent)."""
    allowed = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    # who or what is allowed: the object, or the subject of the act allowed ("let trucks cross")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        s for c in allowed for s in c.children if s.dep_ == "nsubj"]
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for o in objects for c in o.children):
        return False
    if any(c.lemma_.lower() in ACCESS_ACTS for c in allowed):
        return True
    ways = [w for t in (verb, *objects, *allowed) for w in t.children
            if w.dep_ in ("prep", "prt", "advmod") and w.lower_ in ACCESS_WAYS]
    if any(not any(p.lemma_.lower() in MARKETS for p in w.children if p.dep_ == "pobj") for w in ways):
        return True
    return any(o.lemma_.lower() in LET_IN for o in objects)


def _other_sense(match: TriggerMatch, event: str) -> bool:
    """The trigger word in a sense that is no act: a phrasal verb of its own ("threw away its
    promise"), a place phrase read as its particle, feelings held back ("could not repress his
    sorrow"), a figurative offensive or march, the fight against a disease, a commitment with
    no act to do, the exercise of a right or of powers rather than of troops; animals killed,
    what a law permits, a round of voting, the kind of a drill, a question asked or one an act
    is in, a stance kept, a requirement met, an envoy sent, sanctions a country is under, an
    occupation that stands, someone let do what is no getting in."""
    head, trig = match.head, match.trigger
    obj = child_of(head, "dobj")
    near = [*head.children, *(obj.children if obj is not None else ())]
    if trig.pos == "VERB" and len(trig.words) == 1 and any(
            c.lower_ in IDIOM_WORDS and not any(g.lower_ == "from" for g in c.children) for c in near):
        return True  # not "moved its troops away from the border"
    if trig.words in (("lift",), ("ease",)) and head.tag_ == "VBG" and head.i > 0 and (
            head.dep_ == "advcl" or (head.dep_ == "conj" and head.head.tag_ == "VBG")) \
            and head.doc[head.i - 1].lower_ == "," and (obj is None or obj.lemma_.lower() not in EASED_BURDENS):
        return True  # "..., lifting hotel occupancy above 80 percent", "..., easing a standoff": a result
    cause = prep_object(head, ("on",)) if trig.words == ("blame",) else None
    if trig.words == ("blame",) and cause is None and obj is not None and obj.lemma_.lower() not in DISASTERS:
        cause = obj  # "blamed an electrical fault", not "blamed the fire at the plant on Moscow"
    if cause is not None and cause.lemma_.lower() in MISHAPS:
        return True  # "officials blamed an electrical fault", "blamed the fire on a gas leak": no one accused
    if trig.words == ("say", "should") and any(
            t.lower_ == "should" and t.dep_ == "aux" and any(
                s.dep_ in ("nsubj", "nsubjpass") and s.i > t.i for s in t.head.children)
            for t in match.tokens):
        return True  # "will take all measures should Manila continue its provocations": a condition, no demand
    if trig.words == ("press",) and any(c.dep_ == "prt" and c.lower_ in ("on", "ahead") for c in head.children):
        return True  # "pressed on with the offensive", "pressed ahead with the plan": kept going, no demand
    if len(trig.words) == 2 and trig.words[1] == "in" and obj is not None and match.tokens[1].dep_ == "prep":
        return True  # "gave its first performance in China" is no "give in"
    if trig.event in ("COERCE", "ASSAULT") and obj is not None and obj.lemma_.lower() in FEELINGS:
        return True
    if event == "ASSAULT" and _animals_killed(head, obj):
        return True  # "culled 300,000 pigs", "ordered the killing of 300,000 pigs"
    if trig.event == "RETREAT" and trig.words[0] in PERMITS and _lemma_is(subject_of(head), *STANDING_RULES):
        return True  # "Omani law allowed three days for a royal council to select a successor"
    if trig.mode == "access" and trig.words[0] in PERMITS and not _lets_in(head):
        return True  # "let the Turkish side know", "allowed its output to sink": no one let in
    if "round" in trig.words and any(
            t.lemma_.lower() in VOTING for r in match.tokens if r.lemma_.lower() == "round"
            for t in (*r.children, *(g for c in r.children if c.dep_ == "prep" and c.lower_ == "of"
                                     for g in c.subtree))):
        return True  # "held the first round of primary elections"
    drilled = head.head if trig.pos == "NOUN" and head.dep_ in ("compound", "amod") else obj
    if event == "ASSAULT" and _lemma_is(drilled, *DRILLS):
        return True  # "staged shelling exercises" (also read as shelling the exercises): coded by the drill
    if trig.words == ("ask",) and not child_of(head, "xcomp") and any(
            c.dep_ == "ccomp" and c.left_edge.lower_ in QUESTION_WORDS for c in head.children):
        return True  # "asked whether Japan would apologise", "asked how big production was": a question
    if trig.words == ("occupy",) and head.tag_ in ("VBZ", "VBP") and not is_headline(head.doc) and not any(
            c.dep_ in ("aux", "auxpass") for c in head.children):
        return True  # "the separatists currently occupy the region": a standing occupation, no act
    if _indirect_question(head):
        return True  # "would not say whether he supported the plan", "unclear whether Russia will attend"
    if trig.pos == "ADJ" and head.dep_ == "acomp" and head.head.lemma_.lower() in ("remain", "stay"):
        return True  # "the country remained committed to a peaceful neighbourhood": a standing stance
    if trig.event == "SANCTION" and trig.pos == "NOUN" and _held_under(head):
        return True  # "Turkey is already under EU sanctions", "has been the subject of US sanctions"
    if trig.words == ("meet",) and obj is not None and obj.lemma_.lower() in STANDARDS:
        return True  # "Harris meets the natural born citizen requirement"
    if trig.event == "AID" and trig.words == ("send",) and obj is not None and obj.ent_type_ == "PERSON":
        return True  # "sent Secretary of State Mike Pompeo to join the meeting": an envoy, no aid
    if trig.words == ("throw",) and obj is not None and obj.lemma_.lower() in THROWN_FIGURES:
        return True  # "threw obstacles in the way of the talks", "threw a lifeline to the bank"
    won = [obj, prep_object(obj, ("of",))] if obj is not None else []
    if won and won[1] is not None and won[1].lemma_.lower() in METALS:
        won = won[:1]  # "seized three tonnes of gold from the mine" is goods taken, no medal won
    if trig.event == "COERCE" and any(t is not None and t.lemma_.lower() in PRIZES for t in won):
        return True  # "seizing five gold medals", "seized the title": a contest won
    if "to" in trig.needs and event == "AGREE" and not _to_complement(head):
        return True  # "committed crimes"; "committed air raids on Pakistan" is coded by the raids
    if trig.event in ("ASSAULT", "PROTEST") and any(c.dep_ in ("amod", "compound") and c.lower_ in FIGURATIVE
                                                    for t in match.tokens for c in t.children):
        return True  # "launched a charm offensive"
    fought = [t for t in (obj, prep_object(head, ("against",))) if t is not None]
    if trig.head in FIGHTS and any(t.lemma_.lower() in ILLS or t.lower_ in ILLS for t in fought):
        return True
    if trig.event == "ASSAULT" and "offensive" in trig.words and _for_production(head):
        return True  # "turn out in the general offensive to attain the goals of the plan"
    aimed = [prep_object(t, ("on", "against")) for t in (head, head.head, *match.tokens)] \
        if trig.event == "ASSAULT" and "offensive" in trig.words else []
    if any(t is not None and t.lemma_.lower() in ILLS | SPECULATED | {"cost", "tax", "bureaucracy", "market"}
           for t in aimed):
        return True  # "launched an offensive on prices", "an offensive against inflation", "on the European market"
    if trig.words == ("arrest",) and trig.pos == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.lemma_.lower() == "power":
        return True  # "giving police sweeping powers of arrest": a power granted, no arrest made
    if trig.words == ("provide",) and child_of(head, "dobj") is None and _lemma_is(
            prep_object(head, ("for",)), *PROVIDED_FOR):
        return True  # "accords providing for the withdrawal of Soviet troops": what a text lays down
    if trig.words == ("wound",) and (head.dep_ == "amod" or (head.dep_ == "conj" and head.head.dep_ == "amod")
                                      or (head.i >= 2 and head.doc[head.i - 1].lower_ == "and"
                                          and head.doc[head.i - 2].lower_ in ("sick", "dead", "injured"))):
        return True  # "exchanged sick and wounded prisoners", "wounded soldiers were flown home": a state, no attack
    if trig.pos == "NOUN" and trig.event in COOPERATIVE and _fell_through(head):
        return True  # "after his power-sharing deal collapsed", "wage talks broke down": no deal, no talks
    if trig.pos == "NOUN" and head.dep_ == "dobj" and head.head.lemma_.lower() in MEMORY_VERBS:
        return True  # "we will never forget the visits of the leader": remembered, not done now
    if trig.pos == "NOUN" and _answered(head):
        return True  # "in protest at Seoul's joint drills", "in retaliation for the tariffs": the topic
    if trig.pos == "NOUN" and head.dep_ == "dobj" and _evaded(head.head):
        return True  # "helped Iran evade U.S. sanctions", "to head off U.S. tariffs": not imposed here
    if trig.pos == "NOUN" and (verb := _taken_by(head)) is not None and verb.lemma_.lower() in PREVENTING_VERBS:
        return True  # "patrols to stem a wave of insurgent attacks", "to prevent attacks": warded off
    if trig.event == "ASSAULT" and obj is not None and obj.lemma_.lower() in SPECULATED:
        return True  # "speculators attacked the pound"
    if trig.words == ("leave",) and obj is not None and any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in head.children):
        return True  # "leaving the bloc scrambling for a workaround": a result, no one leaves
    if trig.words == ("scramble",) and any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "intercept"
                                           for c in head.children):
        return True  # "jets scrambled to intercept Russian bombers": the interception is coded
    if trig.words == ("scramble",) and obj is None and prep_object(head, ("for",)) is not None:
        return True  # "scrambling for a workaround", "scrambled for cover": no jets scrambled
    if trig.words == ("seek",) and obj is None and any(c.dep_ == "xcomp" for c in head.children):
        return True  # "had sought to undermine the state": an attempt, not a request
    if trig.words == ("dismantle",) and obj is not None and obj.lemma_.lower() in RINGS:
        return True  # "police dismantled a smuggling network": no arms given up
    if trig.words == ("walk", "out") and _out_of(head, CUSTODY):
        return True  # "walked out of prison a free man" is no walkout
    of = prep_object(head, ("of",)) if trig.words == ("exercise",) else None
    return of is not None and of.lemma_.lower() in RIGHTS


# Burdens whose lifting or easing, told in a participle after a comma, is a concession of its own
# ("..., lifting the curfew"); anything else lifted or eased there is what the act achieved.
EASED_BURDENS = frozenset({"ban", "sanction", "restriction", "curb", "curfew", "embargo", "blockade", "closure",
                           "lockdown", "tariff", "duty", "siege", "control", "limit", "quota", "measure",
                           "suspension", "freeze", "moratorium", "rule", "law", "emergency", "order", "penalty"})
# Aircraft that jets intercept: escorted away in a show of force, not seized as ships are.
AIRCRAFT = frozenset({"plane", "aircraft", "airplane", "jet", "bomber", "fighter", "helicopter"})
# Craft without crew that jets (not air defences) intercept: "jets scrambled to intercept two drones".
UNMANNED = frozenset({"drone", "balloon", "uav"})
# Verbs by which a deal or talks fail: "the deal collapsed", "talks foundered".
FAILING = frozenset({"collapse", "founder", "unravel", "crumble", "stall", "falter", "fail"})
# Criminal groups broken up by police: "dismantled a people-smuggling ring" disarms no one.
RINGS = frozenset({"network", "ring", "gang", "cartel", "racket", "operation"})
# Verbs of memory: an event noun they take is a past act remembered ("recalled the visit").
MEMORY_VERBS = frozenset({"forget", "remember", "recall", "recollect", "reminisce"})
# Verbs of getting round an act: the act they take is elsewhere or never comes ("evade sanctions").
EVADING_VERBS = frozenset({"evade", "circumvent", "dodge", "skirt", "bypass", "sidestep", "escape"})
WARDING_VERBS = frozenset({"head", "stave", "ward", "fend"})  # with "off": "head off tariffs"
# Verbs of preventing: the act they take is what others might do, not done here ("stem attacks").
PREVENTING_VERBS = frozenset({"stem", "prevent", "avert", "forestall", "thwart", "deter", "curb", "foil"})
# Nouns of number whose "of" phrase is what is taken: "a wave of attacks", "a spate of raids".
WAVES = frozenset({"wave", "spate", "series", "string", "surge", "rash", "spree", "flurry"})


def _taken_by(noun: Token) -> Token | None:
    """The verb whose object the noun is, also through "a wave of": "to stem a wave of attacks"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in WAVES:
        noun = noun.head.head
    return noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None


def _answered(noun: Token) -> bool:
    """An act named as what another answers: "in protest at X", "in retaliation for X", "in anger
    over X"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("at", "against", "over", "for", "to"):
        return False
    reaction = prep.head
    if reaction.lemma_.lower() not in ("protest", "retaliation", "response", "reprisal", "anger", "outrage", "fury") \
            or reaction.dep_ != "pobj":
        return False
    return reaction.head.lower_ == "in"


def _evaded(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in EVADING_VERBS or (lemma in WARDING_VERBS and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))

# Currencies and securities that speculators attack (not "market": missiles strike marketplaces).
SPECULATED = frozenset({"currency", "pound", "sterling", "dollar", "yen", "euro", "franc", "lira", "peso",
                        "rupee", "baht", "ringgit", "rouble", "ruble", "stock", "bond", "share", "price"})
# Places one is held in: walking out of them is being freed, no walkout.
CUSTODY = frozenset({"prison", "jail", "gaol", "detention", "custody", "hospital", "cell", "camp"})


def _out_of(verb: Token, places: frozenset[str]) -> bool:
    """ "walked out of prison": the object of "of" after the particle "out"."""
    for out in verb.children:
        if out.lower_ == "out":
            for of in (*out.children, *verb.children):
                if of.lower_ == "of" and any(p.lemma_.lower() in places for p in of.children):
                    return True
    return False


# What is denied, not refused, when it is dismissed or rejected ("dismissed the report as a fabrication").
DENIED_CLAIMS = frozenset({"report", "claim", "allegation", "rumor", "rumour", "speculation", "accusation",
                           "charge", "assertion"})


def _dismisses_claim(verb: Token) -> bool:
    """A report or charge dismissed is denied; a claim "to" or "over" land is refused."""
    obj = child_of(verb, "dobj")
    if obj is None or obj.lemma_.lower() not in DENIED_CLAIMS:
        return False
    labelled = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    return labelled or (obj.lemma_.lower() != "claim" and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "over", "on") for c in obj.children))


def hands_over_wanted(verb: Token) -> bool:
    """Whom a state hands over is a fugitive when "wanted" for a crime or "accused" of one."""
    if any(c.dep_ == "advcl" and c.lower_ == "wanted" for c in verb.children):
        return True  # the parser's reading of "handed over to Russia a man wanted for fraud"
    obj = child_of(verb, "dobj")
    people = [obj, *(c for c in obj.children if c.dep_ == "conj")] if obj is not None else []
    if any(o.lemma_.lower() in FUGITIVES or any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in FUGITIVES for c in o.subtree if c.i < o.i)
           for o in people):
        return True  # "handed over the terrorist known as Carlos", "two suspects", "drug lord X"
    takers = [g for c in verb.children if c.lower_ in ("to", "over")
              for g in (c, *c.children) if g.dep_ == "prep" and g.lower_ == "to" or g is c and c.lower_ == "to"]
    if any(p.lemma_.lower() in JUSTICE for t in takers for p in t.children if p.dep_ == "pobj"):
        return True  # "handed Milosevic over to the UN war crimes tribunal", "to French agents"
    if obj is not None and obj.ent_type_ == "PERSON" and not any(t.lemma_.lower() in CAPTIVES for t in obj.subtree) \
            and any(p.lemma_.lower() in CUSTODIANS for t in takers for p in t.children if p.dep_ == "pobj"):
        return True  # "handed Khalid Sheikh Mohammed over to U.S. custody", "to Indian security forces"
    described = [obj, *(c for c in obj.children if c.dep_ == "appos")] if obj is not None else []
    return any(c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in ("want", "wanted", "accuse")
               for o in described for c in o.children)  # also "X, Germany's most wanted man"


# Handing people or things over, whose object says what the act is.
HANDING_OVER = frozenset({("hand", "over"), ("turn", "over")})
# Verbs of moving people that, with fugitives as their object, are a legal handover.
HANDING = frozenset({"send", "fly", "hand", "return", "transfer"})
# Whom handing over people to is a legal handover, not the release of captives.
FUGITIVES = frozenset({"terrorist", "fugitive", "suspect", "militant", "criminal", "kingpin", "trafficker",
                       "drug", "cartel", "smuggler", "gangster", "mobster", "jihadist"})  # "a drug lord", "cartel bosses"
JUSTICE = frozenset({"tribunal", "court", "prosecutor", "agent", "police", "investigator", "justice", "interpol",
                     "service"})
# Whose keeping a named person is handed into is a legal handover, unless the person is a captive.
CUSTODIANS = frozenset({"custody", "authority", "force"})


def _governing_verb(head: Token) -> Token:
    """The verb that carries an event noun ("launched a series of raids")."""
    verb = head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _for_production(head: Token) -> bool:
    """An offensive whose purpose is output or a plan's goals is a campaign of labour."""
    verb = _governing_verb(head)
    for clause in (c for t in (head, verb) for c in t.children if c.dep_ in ("advcl", "xcomp", "acl")):
        words = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
        if any(w.lemma_.lower() in PRODUCTION_GOALS for w in words):
            return True
    return False


def _air_raid(head: Token) -> str | None:
    """Raids flown by aircraft or drones are air strikes, not police raids ("warplanes launched
    raids on Sanaa", "Israeli jets carried out raids on Gaza"): the mode, or None."""
    verb = _governing_verb(head)
    subject = child_of(verb, "nsubj") if verb.i != head.i or head.pos_ == "VERB" else None
    if subject is None:
        return None
    mode = load_instruments().get(("ASSAULT", subject.lemma_.lower()))
    if mode in AIR_MODES:
        return mode
    target = child_of(verb, "dobj") if verb.i == head.i else prep_object(head, ("on",))
    if target is not None and (target.lemma_.lower() in RAIDED_HIDEOUTS or target.lower_ == "bases") \
            and subject.lemma_.lower() in ARMED_RAIDERS:  # the tagger reads "bases" as "basis"
        return ""  # "troops raided a rebel camp": an armed attack, not a police search
    return None


# What is handed over in a transfer of office, not as help ("handed power to his deputy").
HANDED_POWER = ("power", "presidency", "rein", "office", "leadership")


def _lemma_is(token: Token | None, *lemmas: str) -> bool:
    return token is not None and token.lemma_.lower() in lemmas


# Soldiers who raid a camp or a hideout attack it (a police raid on an office stays a search).
ARMED_RAIDERS = frozenset({"troop", "soldier", "commando", "force", "army", "paratrooper", "marine",
                           "militia", "militiaman", "rebel", "guerrilla", "insurgent", "fighter", "militant"})
RAIDED_HIDEOUTS = frozenset({"camp", "hideout", "base", "stronghold", "position", "outpost", "garrison",
                             "bunker", "barracks"})


CALLED_ON = frozenset({"leader", "president", "king", "queen", "emperor", "pope", "minister", "chancellor",
                       "premier", "monarch", "prince", "sultan", "emir", "ayatollah", "counterpart"})


def _pays_call(verb: Token) -> bool:
    """ "called on Iran's supreme leader in Tehran": a courtesy call on a person, asking nothing
    (no clause, no "for"), is a visit; "called on Iran to stop" is a request."""
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") or (c.dep_ == "prep" and c.lower_ in ("for", "to"))
           for c in verb.children):
        return False
    person = prep_object(verb, ("on", "upon"))
    if person is None or any(c.dep_ in ("acl", "relcl", "xcomp") for c in person.children):
        return False
    names = [person, *(c for c in person.children if c.dep_ in ("appos", "compound"))]
    return any(t.ent_type_ == "PERSON" or t.lemma_.lower() in CALLED_ON for t in names)


def _welcomes_guest(verb: Token, roles: Roles) -> bool:
    """A foreign leader named as the object of "welcomed", in, to or at a place: a host receiving a
    visitor, not praise ("welcomed the ceasefire", "welcomed Finland into NATO")."""
    guest = child_of(verb, "dobj")
    passive = guest is None and child_of(verb, "agent") is not None
    if passive:  # "Mohammed bin Salman was welcomed by Donald Trump": the guest is the subject
        guest = child_of(verb, "nsubjpass")
    if guest is None or not passive and not any(c.dep_ == "prep" and c.lower_ in ("in", "to", "at") and any(
            g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children) for c in (*verb.children, *guest.children)):
        return False
    names = [guest, *(c for c in guest.children if c.dep_ in ("appos", "compound"))]
    own = {e.country for e in roles.actor}
    return any(t.ent_type_ == "PERSON" for t in names) and bool(roles.actor) and bool(roles.recipient) \
        and all(e.country and e.country not in own for e in roles.recipient)


def _no_political_act(match: TriggerMatch, event: str, mode: str | None, roles: Roles) -> bool:
    """Acts of real web news that are no event between political actors: talking to the press,
    campaigning, calling a race, decreasing, permission a bill would give, animals and vehicles
    that kill or strike, seized contraband (coding rules 2)."""
    head, trig = match.head, match.trigger
    lemma = trig.words[0]
    obj = child_of(head, "dobj")
    if event == "CONSULT" and mode != "visit" and _talks_to_press(match, roles):
        return True  # "talking to reporters", "discussed the fires with journalists"
    if trig.pos == "VERB" and head.i >= 2 and head.doc[head.i - 1].text == "-" \
            and head.doc[head.i - 2].lower_ == "self":
        return True  # "self-supporting in economy", "self-defending": an adjective, no act
    if event == "ASSAULT" and lemma == "target" and obj is not None and obj.lemma_.lower() in MARKET_TARGETS:
        return True  # "the group has targeted financial services", "the bank targets inflation of 2%"
    if event == "ASSAULT" and lemma in ("strike", "hit") and obj is not None and obj.lower_ in ("me", "us", "you") \
            and any(c.dep_ == "nsubj" and c.lower_ in ("it", "what", "this", "that") for c in head.children):
        return True  # "it strikes me odd that ...": an impression
    if event == "ACCUSE" and trig.pos == "NOUN" and lemma == "charge" and any(
            c.lemma_.lower() in ACCOUNTING or c.ent_type_ == "MONEY" for c in head.children):
        return True  # "a 65 mln dlr restructuring charge": a cost in the accounts
    if event == "SUPPORT" and lemma == "support" and (agent := _by_whom(head)) is not None \
            and agent.lemma_.lower() in BACKING:
        return True  # "the credit is supported by a guarantee", "prices were supported by demand"
    if event == "ACCUSE" and lemma in IMPACT_VERBS and obj is None and any(
            c.dep_ == "prep" and c.lower_ in ("into", "onto") for c in head.children):
        return True  # "missiles slammed into a block of flats", "a car ploughed into": motion, no words
    if event == "MOBILIZE" and roles.actor and all(e.sector in ("REF", "CVL") for e in roles.actor):
        return True  # "Iraqi refugees crossed into Jordan": people who flee move no forces
    if event == "ASSAULT" and trig.pos == "VERB" and lemma == "fight" and _campaigns(head):
        return True  # "fighting to recover politically", "fighting for a public holiday"
    issue = prep_object(head, ("over",)) if event == "ASSAULT" and lemma == "clash" else None
    if issue is not None and issue.lemma_.lower() not in GROUND and any(e.sector == "PTY" for e in roles.actor) \
            and all(e.sector in (None, "PTY") for e in roles.actor):
        return True  # "candidates clashed over housing in the debate": a quarrel in words
    if _permitted_by_law(head) or _terms_of_deal(head):
        return True  # "a bill that would have allowed Hong Kong to extradite suspects"
    if event == "ASSAULT" and _animal_or_accident(head, obj):
        return True  # "killed by his lions", "a helicopter struck power lines"
    if trig.words == ("call", "for") and obj is not None:
        return True  # "networks called Nevada for Biden": a projection, no call for anything
    if lemma == "decline" and event == "REJECT" and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in head.children):
        return True  # "the party has declined in recent years": a decrease
    if event == "REQUEST" and lemma in ("seek", "ask") and _electoral(head, obj):
        return True  # "sought the nomination", "asked voters to back him"
    if event == "REQUEST" and lemma == "order" and _pays_damages(head) \
            and not any(e.country and e.country != "MNC" and e.sector != "BUS" for e in roles.recipient):
        return True  # "a jury ordered Intel to pay $2 billion": a civil judgment, no state party
    if event == "COERCE" and lemma == "seize" and obj is not None and _contraband(obj):
        return True  # "customs officers seized 300 kilograms of ivory"
    if trig.pos == "NOUN" and _no_sign_of(head):
        return True  # "there was no indication of a terrorist threat"
    if event in COOPERATIVE and _was_scheduled(head):
        return True  # "the G7 leaders were scheduled to meet in June": background, no act
    if trig.pos == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "to" \
            and head.head.head.lemma_.lower() in ("react", "respond", "reply"):
        return True  # "traders reacted to the Iraqi invasion of Kuwait": the topic of a reaction
    if _years_ago(head):
        return True  # "50 years after Allied troops stormed ashore": history recalled
    if event == "CONSULT" and trig.pos == "NOUN" and _recalled_for(head):
        return True  # "recalled its ambassador for consultations": the recall, no meeting
    if event in ("ASSAULT", "COERCE") and lemma in RECORD_VERBS and roles.actor \
            and all(e.sector in MEDIA_SECTORS for e in roles.actor):
        return True  # "the broadcaster's cameras captured the moment"
    private = all(not e.country and e.sector in (None, "CVL", "PTY") for e in roles.recipient)  # "his rival"
    campaigner = event == "ASSAULT" and lemma == "attack" and roles.actor \
        and all(e.sector == "PTY" for e in roles.actor)  # "the candidate attacked his rival's record"
    return (event in OPINION_ACTS or campaigner) and private and obj is not None and _opinion(obj) \
        and not any(e.country for e in roles.actor) and (
            all(e.sector in (None, "CVL", "PTY") for e in roles.actor) or obj.lower_.endswith("ism"))
    # "many voters reject the idea", "the candidate blamed capitalism"


def _years_ago(head: Token) -> bool:
    """A clause "50 years after" or "two decades since" an act: an anniversary, not the act."""
    return any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in head.children) and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "decade", "century")
        and any(g.dep_ == "nummod" for g in c.children) for c in head.children)


def _recalled_for(head: Token) -> bool:
    """ "recalled its ambassador for consultations", "called home its envoy for talks"."""
    return head.dep_ == "pobj" and head.head.lower_ == "for" \
        and head.head.head.lemma_.lower() in ("recall", "summon", "call", "bring", "withdraw")


def _no_sign_of(head: Token) -> bool:
    """ "no suggestion of an increased threat", "no evidence of an attack": nothing happened."""
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    sign = head.head.head
    return sign.lemma_.lower() in SIGNS and any(c.lower_ == "no" for c in sign.children)


def _was_scheduled(head: Token) -> bool:
    """A meeting that "was scheduled" or "was due" to take place: background, not an announcement."""
    governor = head.head if head.dep_ == "xcomp" else None
    if governor is None or any(t.lower_ in AHEAD or (t.pos_ == "VERB" and t.lemma_.lower() in REPORTING_VERBS)
                               for t in head.sent):
        return False  # "was scheduled to travel tomorrow, they added": future in reported speech
    return governor.lemma_.lower() in SCHEDULED and any(
        c.dep_ in ("aux", "auxpass", "cop") and c.lower_ in ("was", "were") for c in governor.children)


def _opinion(obj: Token) -> bool:
    """An idea, a cause or a system as the object, not a party: no entity, no person."""
    return obj.pos_ == "NOUN" and not obj.ent_type_ and not any(
        (c.dep_ == "poss" and c.pos_ != "NOUN" and c.head.i == obj.i and c.lower_ != "other")
        or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
        for c in obj.subtree)  # "his rival's record" is an opinion; "Russia's record", "its record" are not


def _talks_to_press(match: TriggerMatch, roles: Roles) -> bool:
    """A talk whose only partner is the press: reporters, a newspaper, a broadcaster."""
    parties = (*roles.actor, *roles.recipient)
    press = [e for e in parties if e.sector in MEDIA_SECTORS]
    others = {e.country for e in parties if e.sector not in MEDIA_SECTORS}
    if not press or len(others - {None}) > 1:
        return False
    return match.trigger.words[0] in PRESS_TALK or all(e.country is None or e.country in others for e in press)


def _fell_through(noun: Token) -> bool:
    """A deal, truce or talks as the subject of a verb of failing: "the deal collapsed", "talks broke
    down", "the accord fell apart"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in FAILING or (lemma in ("break", "fall") and any(
        c.dep_ == "prt" and c.lower_ in ("down", "apart", "through") for c in verb.children))


def _campaigns(head: Token) -> bool:
    """A fight "to" do something that takes no ground, or "for" a cause, with no enemy named."""
    enemy = prep_object(head, ("against", "with"))
    if any(c.dep_ == "dobj" for c in head.children) or (enemy is not None and not (
            enemy.head.i < head.i and enemy.ent_type_ in ("DATE", "TIME"))):
        return False  # "With three weeks to go, both are fighting for every vote": a time, no enemy
    aim = child_of(head, "xcomp", "advcl")
    if aim is not None and aim.tag_ == "VB" and any(c.lower_ == "to" for c in aim.children):
        return aim.lemma_.lower() not in GROUND_VERBS
    cause = prep_object(head, ("for",))
    return cause is not None and cause.lemma_.lower() not in GROUND | DURATIONS and cause.ent_type_ not in (
        "ORG", "NORP", "GPE", "PERSON", "FAC", "LOC", "TIME", "DATE")  # "fought for hours" is no cause


def _permitted_by_law(head: Token) -> bool:
    """An act that a law, bill or treaty would allow: its content, not an act."""
    verb = head
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
            return False
        verb = verb.head
        if verb.lemma_.lower() in PERMITS:
            subject = child_of(verb, "nsubj", "nsubjpass")
            if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                subject = verb.head
            return subject is not None and subject.lemma_.lower() in LAWS
    return False


def _terms_of_deal(head: Token) -> bool:
    """An act in a clause "under which" a deal, accord or plan has it done: its terms, not an act
    ("reached an agreement under which Pyongyang will freeze its nuclear programme")."""
    verb = head
    while verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        verb = verb.head
    if verb.dep_ != "relcl":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(g.tag_ in ("WDT", "WP") for g in c.children)
               for c in verb.children) and verb.head.lemma_.lower() in PACT_WORDS | LAWS | PLANS


PLANS = frozenset({"plan", "arrangement", "framework", "settlement", "formula", "scheme", "roadmap", "ceasefire",
                   "truce", "declaration", "understanding", "memorandum"})


def _animal_or_accident(head: Token, obj: Token | None) -> bool:
    shot = head.head if head.dep_ == "advcl" and head.tag_ == "VBG" else head  # "landed ..., killing two"
    if child_of(shot, "nsubj") is None and any(c.dep_ == "advmod" and c.lower_ in ACCIDENTALLY for c in shot.children):
        return True  # "a missile was accidentally fired into Pakistan"; a state that owns the error acts
    subject = child_of(shot, "nsubj", "nsubjpass")
    if subject is not None and is_weapon(subject) and any(c.lower_ == "stray" for c in subject.children):
        return True  # "a stray missile landed in a village, killing two farmers"
    doer = child_of(head, "nsubj") or _by_whom(head)
    if doer is None:
        return False
    if doer.lemma_.lower() in ANIMALS:
        return True
    return doer.lemma_.lower() in VEHICLES and obj is not None and obj.lemma_.lower() in STRUCTURES


def _electoral(head: Token, obj: Token | None) -> bool:
    words = [obj] if obj is not None else []
    words += [c for c in head.children if c.dep_ == "compound"]
    if obj is not None:
        words += [c for c in obj.children if c.dep_ in ("compound", "amod")]
    if obj is not None and obj.lemma_.lower() == "term" and obj.tag_ == "NN" and any(
            c.lower_ in COUNTED_TERMS for c in obj.children):
        return True  # "is seeking a fourth term"
    return any(w.lemma_.lower() in ELECTORAL or w.lower_ in ELECTORAL for w in words)


def _pays_damages(head: Token) -> bool:
    """An order to pay money: "ordered the company to pay $5 million in damages"."""
    aim = child_of(head, "xcomp")
    return aim is not None and aim.lemma_.lower() in ("pay", "compensate", "refund", "reimburse")


def _contraband(obj: Token) -> bool:
    """The goods or the measure of them: "ivory", "300 kilograms of ivory", "a haul of cocaine"."""
    of = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    goods = [obj, *of, *(c for t in (obj, *of) for c in t.children if c.dep_ in ("compound", "amod"))]
    return any(g.lemma_.lower() in CONTRABAND or g.lower_ in CONTRABAND for g in goods)


def _attacks_in_words(head: Token) -> bool:
    """ "attacked Biden for accumulating wealth", "attacked the subpoena as a political
    strategy", "attacked the investigation": criticism, not force."""
    obj = child_of(head, "dobj")
    if obj is not None and obj.lemma_.lower() in VERBAL_TARGETS:
        return True
    labels = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "as"
              and not any(g.lemma_.lower() == "part" for g in c.children)]  # not "as part of an offensive"
    if labels or any(c.dep_ == "prep" and c.lower_ in ("for", "on") and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in head.children):
        return True
    if _lemma_is(prep_object(head, ("during", "in", "on", "at")), *SPEAKING_OCCASIONS):
        return True  # "attacked Biden during the debates", "in a tweet"
    reason = prep_object(head, ("for",))  # "attacked Trump for the tweet", not "for three hours"
    return obj is not None and obj.ent_type_ == "PERSON" and reason is not None \
        and reason.lemma_.lower() not in DURATIONS and reason.ent_type_ not in ("DATE", "TIME")


def _to_complement(verb: Token) -> bool:
    """A clause or a "to" phrase: "committed to provide aid", "committed itself to the talks"."""
    return any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children)


def _orders_envoy_out(verb: Token) -> bool:
    """An order or a deadline for another state's diplomat to leave expels them: "ordered the
    envoy to leave", "gave the ambassador 48 hours to leave the country"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "npadvmod")]  # "48 hours"
    if not any(t.dep_ in ("dobj", "dative") and t.lemma_.lower() in DIPLOMATS and _of_a_country(t) for t in objects):
        return False
    clauses = [c for t in (verb, *objects) for c in t.children if c.dep_ in ("xcomp", "advcl", "relcl", "acl")]
    return any(c.lemma_.lower() in KEPT_IN for c in clauses)


def _ordered_out_of_country(verb: Token) -> bool:
    """ "ordered the head of the UN mission to leave the country": an international body's or an
    aid group's staff told to leave is expelled (SANCTION `expel`), as an envoy is."""
    if child_of(verb, "dobj") is None:
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in KEPT_IN and any(
        g.dep_ == "dobj" and g.lemma_.lower() in ("country", "territory") for g in c.children)
        for c in verb.children)


# A state's missions abroad, which the host state orders shut.
DIPLOMATIC_MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
# Cuts a host state orders in another state's mission: "reduce its embassy staff by 50".
MISSION_CUTS = frozenset({"reduce", "cut", "halve", "slash"})
MISSION_STAFF = frozenset({"staff", "personnel", "presence", "staffing"})


def _orders_mission_shut(verb: Token) -> bool:
    """ "ordered China to shut its consulate in Houston", "ordered Moscow to reduce its embassy
    staff": a host state closing or cutting another state's mission cuts relations (SANCTION), it
    does not ask for anything."""
    for clause in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
        obj = child_of(clause, "dobj")
        if obj is None:
            continue
        if clause.lemma_.lower() in ("close", "shut") and obj.lemma_.lower() in DIPLOMATIC_MISSIONS:
            return True
        if clause.lemma_.lower() in MISSION_CUTS and obj.lemma_.lower() in MISSION_STAFF and any(
                c.lemma_.lower() in DIPLOMATIC_MISSIONS | {"diplomatic"} for c in obj.children):
            return True
    return False


# What an outlet ordered to stop no longer puts out: "ordered the newspaper to suspend publication".
STOPPING_VERBS = frozenset({"suspend", "stop", "halt", "cease", "end"})
PUBLISHING = frozenset({"publication", "publishing", "printing", "broadcast", "broadcasting", "transmission"})


def _orders_publication_stopped(verb: Token) -> bool:
    """An order to stop publishing or broadcasting silences the outlet (COERCE `censor`)."""
    return any(clause.lemma_.lower() in STOPPING_VERBS and _lemma_is(child_of(clause, "dobj", "xcomp"), *PUBLISHING)
               for clause in verb.children if clause.dep_ in ("xcomp", "ccomp"))


def _of_a_country(person: Token) -> bool:
    """ "the French ambassador", "Canada's envoy", "the envoy of Iran": a country's representative,
    not "non-essential diplomats" sent home by their own government."""
    owners = [c for c in person.children if c.dep_ in ("amod", "compound", "poss")]
    owners += [g for c in person.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(t.ent_type_ in ("NORP", "GPE") for t in owners)


def _destroys_own_arms(verb: Token) -> bool:
    """ "destroyed its declared chemical weapons", "burned their rifles": the object is the actor's own arsenal."""
    obj = child_of(verb, "dobj")
    if obj is None or verb.lemma_.lower() not in ("destroy", "dismantle", "scrap", "decommission", "burn"):
        return False
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children)
    arms = obj.lemma_.lower() in ARSENALS or any(
        c.dep_ == "compound" and c.lemma_.lower() in ARSENALS for c in obj.children)
    return own and arms


def _at_home(roles: Roles) -> bool:
    """Every party of the act is of the actor's one country."""
    own = {e.country for e in roles.actor}
    return len(own) == 1 and None not in own and bool(roles.recipient) \
        and all(e.country in own for e in roles.recipient)


def are_forces(verb: Token) -> bool:
    """The subject of an arrival is troops, ships or weapons rather than a delegation (also the
    subject of a passive: "Chinese military aircraft were detected in the zone")."""
    subject = child_of(verb, "nsubjpass") or subject_of(verb)
    if subject is None:
        return False
    of = prep_object(subject, ("of",))  # "a first contingent of Bangladeshi troops"
    words = [subject] + ([of] if of is not None else [])
    return any(t.lemma_.lower() in FORCE_WORDS | WARCRAFT or ("MOBILIZE", t.lemma_.lower()) in load_instruments()
               or any(w in t.lower_ for w in PEACEKEEPING) or _military_craft(t) for t in words)


# Warships and warplanes by name, and craft named as military: "a U.S. destroyer sailed through the
# Taiwan Strait", "21 Chinese military aircraft entered the zone" (not "a cruise ship", "a Boeing 737").
WARCRAFT = frozenset({"destroyer", "frigate", "cruiser", "corvette", "warplane", "gunboat", "minesweeper"})
MILITARY_MARKS = frozenset({"military", "naval", "navy", "warship", "fighter", "combat", "air", "force",
                            "coast", "guard", "reconnaissance", "surveillance", "patrol"})


def _military_craft(token: Token) -> bool:
    return token.lemma_.lower() in CRAFT and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in MILITARY_MARKS for c in token.children)


def _forces_mass(verb: Token) -> bool:
    """Troops, warships or militia boats gather ("militia vessels massed at the reef"): forces,
    also when the force word modifies the head ("navy ships", "militia vessels")."""
    subject = subject_of(verb)
    return are_forces(verb) or (subject is not None and any(
        c.dep_ in ("compound", "amod") and (c.lemma_.lower() in FORCE_WORDS or c.lemma_.lower() == "militia")
        for c in subject.children))


# Fired ammunition, which may land or fall on a target ("two rockets landed near Sderot"); with
# drones and attacks named as such, what may hit one ("an air strike hit a market").
PROJECTILES = frozenset({"projectile", "shell", "bomb", "missile", "rocket", "mortar", "grenade"})
ATTACK_SUBJECTS = PROJECTILES | {"strike", "airstrike", "attack", "barrage", "salvo", "bombardment", "shelling",
                                 "drone"}
# What makes a "strike" a walkout ("a general strike hit the ports").
WALKOUT_WORDS = frozenset({"general", "national", "nationwide", "worker", "union", "labour", "labor", "hunger",
                           "rail", "transport", "dock", "teacher", "doctor", "nurse", "miner", "trucker"})


def are_weapons(verb: Token) -> bool:
    """The subject of a verb of hitting is forces, a weapon or an attack ("a drone slammed into
    a building", "an army air strike hit a market"), not a storm, a sanction or a company."""
    if are_forces(verb):
        return True
    subject = subject_of(verb)
    if subject is None or subject.pos_ != "NOUN":
        return False
    lemma = subject.lemma_.lower()
    if lemma == "strike" and any(c.lemma_.lower() in WALKOUT_WORDS for c in subject.children):
        return False
    if lemma == "fire":  # "Israeli tank fire hit a watchtower", not "a fire hit the warehouse"
        return any(c.dep_ in ("compound", "amod") for c in subject.children)
    return lemma in ATTACK_SUBJECTS or is_weapon(subject)


def are_projectiles(verb: Token) -> bool:
    """The subject of a verb of landing is fired ammunition ("two rockets landed near Sderot",
    "mortar rounds fell on the base"), not aircraft or troops, which land without attacking."""
    subject = subject_of(verb)
    return subject is not None and subject.pos_ == "NOUN" and (
        subject.lemma_.lower() in PROJECTILES
        or subject.lemma_.lower() == "round" and is_weapon(subject))


# Teams whose arrival brings help rather than a visit ("a rescue team", "relief workers").
RELIEF_TEAMS = frozenset({"team", "worker", "crew", "unit", "contingent", "squad", "personnel"})
RELIEF_KINDS = frozenset({"rescue", "relief", "search", "medical", "humanitarian", "aid"})


def _relief_team(verb: Token) -> bool:
    """The subject of an arrival is a rescue, relief or medical team: it brings help (AID)."""
    subject = subject_of(verb)
    return subject is not None and subject.lemma_.lower() in RELIEF_TEAMS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in RELIEF_KINDS for c in subject.children)


# Waters a shot may fall into without hitting anyone.
SEA_WORDS = frozenset({"sea", "waters", "ocean"})


def _into_the_sea(verb: Token) -> bool:
    """Shells or rockets fired "into the sea" hit no one: a show of force, not an attack."""
    return _lemma_is(prep_object(verb, ("into",)), *SEA_WORDS)


def _for_exercise(verb: Token) -> bool:
    """Forces that move "for drills": the drills are the act, coded on their own."""
    purpose = prep_object(verb, ("for",))
    return purpose is not None and purpose.pos_ == "NOUN" and purpose.lemma_.lower() in EXERCISES


def _forces_arrive(verb: Token) -> Coding | None:
    """Troops arriving for drills are coded by the drills (None); peacekeepers bring help;
    other forces or warships arriving show force."""
    if _for_exercise(verb):
        return None
    subject = subject_of(verb)
    of = prep_object(subject, ("of",)) if subject is not None else None  # "the first of 200 EU monitors"
    if subject is not None and (any(w in " ".join(t.lower_ for t in subject.subtree) for w in PEACEKEEPING)
                                or any(t.lemma_.lower() in MONITORS for t in (subject, of) if t is not None)):
        return "AID", None, "074"  # peacekeepers, and unarmed monitors or observers sent to watch a truce
    weapon = subject is not None and ("MOBILIZE", subject.lemma_.lower()) in load_instruments() \
        and subject.lemma_.lower() not in FORCE_WORDS
    return "MOBILIZE", "weapons" if weapon else "troops", "150"


def _withdrawal(head: Token, roles: Roles) -> Coding:
    """Leaving a summit rejects it, leaving a treaty or an IGO reduces relations, withdrawing a
    law or a veto concedes; troops pulling back retreat."""
    if _leaves(head, MEETINGS):
        return "REJECT", "meet", "125"
    if _leaves(head, PACT_WORDS) or any(e.country == "IGO" for e in roles.recipient):
        return "SANCTION", "withdraw", "161"
    if _withdraws_no_force(head):
        return "CONCEDE", None, "08"
    return "RETREAT", "withdraw", "0872"


def _is_crowd(entities: Iterable[Entity]) -> bool:
    """Protesters, rioters, unions: a crowd rather than a state."""
    return any((e.sector in CROWD_SECTORS and e.country not in NON_STATES)
               or any(w in e.text.lower() for w in CROWD_WORDS) for e in entities)


def _leaves(head: Token, what: frozenset[str]) -> bool:
    """Withdrawing from a treaty or organisation reduces relations; from a summit rejects it."""
    preps = [c for c in head.children if c.dep_ == "prep"]
    preps += [g for c in head.children if c.lower_ == "out" for g in c.children]  # "pulled out of"
    left = ("from",) if head.pos_ == "NOUN" else ("from", "of")  # "the withdrawal of forces" names who leaves
    return any(p.lower_ in left and any(
        g.dep_ == "pobj" and g.lemma_.lower() in what for g in p.children) for p in preps)


# Ships and aircraft pulled out of a place withdraw as troops do ("pulled its last vessels out of the shoal").
CRAFT = frozenset({"vessel", "ship", "warship", "boat", "frigate", "destroyer", "aircraft", "jet", "plane"})


def _withdraws_no_force(head: Token) -> bool:
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in head.children):
        return False
    obj = child_of(head, "dobj")
    if obj is not None:
        obj = counted_whole(obj)  # "pulled the last of its troops out", "the bulk of its forces"
    if obj is None or any(c.dep_ in ("compound", "amod") and (c.lemma_.lower() in FORCE_WORDS or (
            c.lemma_.lower(), obj.lemma_.lower()) == ("military", "presence")) for c in obj.children):
        return False  # "reduced its troop presence", "its military presence in Somalia"
    return obj.lemma_.lower() not in FORCE_WORDS | CRAFT and not any(
        obj.lemma_.lower() == word for (_, word) in load_instruments())


def _recoded_as_future(event: str, head: Token) -> bool:
    """A planned meeting becomes AGREE, directed at the other side ("plans to hold talks with"); one
    refused for the future becomes REJECT, directed the same way ("will not negotiate with")."""
    return event in ontology.FUTURE_RECODE and modality(head) == "future"


def _is_disaster(head: Token) -> bool:
    """"A flood killed ..." is no event; "a minefield explosion killed ..." names its weapon."""
    subject = child_of(head, "nsubj")
    if subject is None and head.dep_ == "advcl":
        # "after the collapse of a canopy killed 15 people", parsed as "after the collapse" + "killed"
        subject = next((o for p in head.head.children if p.dep_ == "prep" and p.lower_ in ("after", "before")
                        and p.i < head.i for o in p.children if o.dep_ == "pobj"), None)
    return subject is not None and subject.lemma_.lower() in DISASTERS and not is_weapon(subject) \
        and not _armed_fire(subject)


# Who fires: "Israeli fire", "police fire", "tank fire" killed, not a blaze.
ARMED_FIRERS = FORCE_WORDS | {"police", "tank", "artillery", "sniper", "gun", "machine", "naval", "enemy", "rebel",
                              "militant", "army", "border", "security"}


def _armed_fire(noun: Token) -> bool:
    """"Israeli fire killed three", "killed by police fire", "by Hezbollah fire": the fire of forces, an attack."""
    return noun.lemma_.lower() in ("fire", "gunfire") and any(
        c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in ("NORP", "GPE") or c.lemma_.lower() in ARMED_FIRERS
                                                    or c.ent_type_ == "ORG" and noun.text.islower())
        for c in noun.children)  # "Hezbollah fire", not "the Camp Fire"


def _done_by_disaster(head: Token) -> bool:
    """The agent of a passive is a disaster: "villages cut off by the floods"."""
    by = _by_whom(head)
    return by is not None and by.lemma_.lower() in DISASTERS and not is_weapon(by) and not _armed_fire(by)


def _by_whom(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase."""
    agent = child_of(verb, "agent")
    return child_of(agent, "pobj") if agent is not None else None


def _about_sport(sentence: Span) -> bool:
    """A sports word names sport, unless it heads an "of" phrase ("a team of agents"; but the
    "Africa Cup of Nations" is a tournament); so does a
    score after a verb of winning ("beat Nigeria 2-1"; not a vote "voted 15-0")."""
    return any(t.lower_ in SPORTS and (t.text == "Cup" or not any(c.lower_ == "of" for c in t.children))
               for t in sentence) \
        or any(t.like_num and t.i + 2 < sentence.end and sentence.doc[t.i + 1].text in ("-", "–")
               and sentence.doc[t.i + 2].like_num and any(h.lemma_.lower() in WIN_VERBS for h in (t.head, t.head.head))
               for t in sentence)


# Verbs a score hangs on: "beat Nigeria 2-1", "crushed Indonesia 3-1".
WIN_VERBS = frozenset({"beat", "defeat", "win", "lose", "draw", "crush", "thrash", "edge", "rout", "trounce",
                       "overcome", "outclass", "stun", "hammer", "down", "tie"})


def _foreign(roles: Roles) -> bool:
    """A restriction aimed at another country is a sanction, at one's own people coercion."""
    own = {e.country for e in roles.actor}
    if not own - {None} and all(e.sector == "CVL" for e in roles.recipient):
        return False  # "authorities barred gatherings of more than four people": crowds placed, no state
    return any(e.country and e.country not in own and e.country not in NON_STATES for e in roles.recipient)


def _helps(head: Token) -> bool:
    """Troops sent "to help flood victims", "to lead a security mission" or planes sent "with relief
    supplies" bring aid, not force."""
    return any(c.dep_ in ("advcl", "xcomp") and ((c.lemma_.lower() in HELP_VERBS and not _helps_fight(c))
                                                 or _leads_mission(c))
               for c in head.children) or any(
        c.dep_ == "prep" and c.lower_ == "with" and any(
            g.lemma_.lower() in RELIEF or any(m.lemma_.lower() in RELIEF for m in g.children) for g in c.children)
        for c in head.children) or _carries_relief(child_of(head, "dobj"))


# Causes blamed that are no one's act: "officials blamed an electrical fault".
MISHAPS = DISASTERS | {"fault", "failure", "malfunction", "glitch", "leak", "circuit", "short-circuit", "error",
                       "weather", "rain", "fog", "wind", "lightning", "heatwave", "snow", "ice"}
# What forces "help" do when the help is force: "crossed the border to help fight Islamic State".
FORCE_AIMS = frozenset({"fight", "battle", "combat", "defeat", "repel", "attack", "crush", "retake",
                        "recapture", "push", "drive", "storm", "besiege"})


def _disaster_word(token: Token | None) -> bool:
    """A disaster, also named ("Typhoon Haiyan", "Cyclone Nargis")."""
    return token is not None and (token.lemma_.lower() in DISASTERS or any(
        c.dep_ == "compound" and c.lemma_.lower() in DISASTERS for c in token.children))


def _after_disaster(head: Token) -> bool:
    """Forces sent to a country "after Typhoon Haiyan killed thousands" or "after the earthquake"
    bring help, not force (coding rules 2: "Japan sent troops to help flood victims" is AID)."""
    for c in head.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children) \
                and _disaster_word(child_of(c, "nsubj")):
            return True
        if c.dep_ == "prep" and c.lower_ in ("after", "following") and _disaster_word(child_of(c, "pobj")):
            return True
    return False


def _helps_fight(helping: Token) -> bool:
    """ "to help fight the militants", "to help retake the city": force, not aid (but "to help
    Haiti fight armed gangs" helps a state)."""
    if any(c.dep_ in ("dobj", "nsubj") for c in helping.children):
        return False
    return any(c.dep_ in ("xcomp", "ccomp", "conj") and c.lemma_.lower() in FORCE_AIMS
               and not any(g.dep_ == "nsubj" for g in c.children) and not any(o.dep_ == "dobj" and (o.lemma_.lower() in ILLS or o.lower_ in ILLS) for o in c.children)
               for c in helping.children)  # not "to help fight the epidemic"


def _carries_relief(vehicle: Token | None) -> bool:
    """A ship or plane sent "carrying 2,000 tonnes of food and medicine" brings aid."""
    if vehicle is None:
        return False
    for carry in (c for c in vehicle.children if c.dep_ == "acl" and c.lemma_.lower() in CARRY_VERBS):
        load = child_of(carry, "dobj") or prep_object(carry, ("with",))
        if load is None:
            continue
        of = prep_object(load, ("of",))
        goods = [load, *load.conjuncts] + ([of, *of.conjuncts] if of is not None else [])
        if any(t.lemma_.lower() in RELIEF for t in goods):
            return True
    return False


# Goods "supplied by" a state that arrive are its delivery.
SUPPLY_VERBS = frozenset({"supply", "donate", "provide", "deliver", "give", "gift", "send", "pledge"})


def _delivers(head: Token) -> bool:
    """Goods that move are delivered: relief as the subject ("relief supplies were flown into
    Benghazi", "a convoy carrying aid crossed into Syria"), or weapons arriving "from" a state
    ("the first F-16s from Denmark arrived in Ukraine")."""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and head.dep_ == "acl":
        subject = head.head  # the parser's reading of "a convoy carrying aid crossed into Gaza"
    if subject is None:
        return False
    words = [subject, *subject.conjuncts, *(c for c in subject.children if c.dep_ in ("compound", "amod"))]
    of = prep_object(subject, ("of",))  # "a convoy of trucks carrying aid"
    if of is not None and subject.lemma_.lower() in SHIPMENTS:  # "a consignment of aid", "a batch of vaccines"
        if _goods(subject):
            return True
        words.extend(c for c in of.children if c.dep_ in ("compound", "amod"))
    for noun in [subject] + ([of] if of is not None else []):
        for carry in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in CARRY_VERBS):
            obj = child_of(carry, "dobj") or prep_object(carry, ("with",))
            if obj is not None:
                words.extend((obj, *obj.conjuncts))  # "loaded with flour and medical supplies"
                load = prep_object(obj, ("of",))
                if load is not None:
                    words.extend((load, *load.conjuncts))  # "carrying 40 tonnes of medical supplies"
    if any(t.lemma_.lower() in RELIEF for t in words):
        return True
    if head.lemma_.lower() == "arrive" and any(
            c.dep_ == "acl" and c.lemma_.lower() in SUPPLY_VERBS and child_of(c, "agent") is not None
            for noun in (subject, of) if noun is not None for c in noun.children):
        return True  # "the first of 16 helicopters supplied by the United States arrived in Colombia"
    return head.lemma_.lower() == "arrive" and prep_object(subject, ("from",)) is not None and (
        ("MOBILIZE", subject.lemma_.lower()) in load_instruments() or is_weapon(subject))


def _goods(obj: Token | None) -> bool:
    """Weapons, relief or a shipment of them, not a visitor ("received a batch of tanks")."""
    if obj is None:
        return False
    of = prep_object(obj, ("of",))
    return any(t.lemma_.lower() in RELIEF | SHIPMENTS or ("MOBILIZE", t.lemma_.lower()) in load_instruments()
               or is_weapon(t) for t in [obj] + ([of] if of is not None else []))


# What people are sent to another state to face: a handover for trial, not aid or a release.
FACED = frozenset({"charge", "trial", "justice", "prosecution", "court", "indictment", "accusation"})


def _to_face_justice(verb: Token) -> bool:
    """ "sent the suspects to the United States to face drug charges", "flown to The Hague to
    stand trial": people handed to another state's courts (coding rules 3)."""
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp")):
        if clause.lemma_.lower() in ("face", "stand") and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            obj = child_of(clause, "dobj")
            if obj is not None and obj.lemma_.lower() in FACED:
                return True
    return False


def _rescues(verb: Token) -> bool:
    """Freeing people held by someone else is a rescue: the captives are "held by" or
    "abducted by" a third party, or they are freed "in a raid" or "in an operation"."""
    obj = child_of(verb, "dobj")
    held = [obj] if obj is not None else []  # "freed X, Y and 11 other hostages held by"
    if verb.dep_ == "conj" and (stormed := child_of(verb.head, "dobj")) is not None:
        held.append(stormed)  # "stormed a yacht held by pirates and freed its crew"
    for t in obj.subtree if obj is not None else ():
        if t.dep_ in ("conj", "appos") and t.head in held:
            held.append(t)
    if any(c.dep_ == "acl" and c.lemma_.lower() in CAPTURE_VERBS
           and any(g.dep_ == "agent" for g in c.children) for o in held for c in o.children):
        return True
    means = prep_object(verb, ("in", "during"))
    return means is not None and means.lemma_.lower() in RAIDS


def _leads_mission(verb: Token) -> bool:
    obj = child_of(verb, "dobj")
    return verb.lemma_.lower() in ("lead", "join") and obj is not None and obj.lemma_.lower() in MISSIONS


def _labels(head: Token) -> bool:
    """ "called the drills a rehearsal for invasion": naming something with a noun is an
    accusation, unless the noun praises ("called the talks a success")."""
    label = child_of(head, "oprd")
    obj = child_of(head, "dobj")
    if label is None and obj is not None and head.dep_ == "relcl" and obj.tag_ not in ("WDT", "WP"):
        label, obj = obj, None  # "a move Guyana called a threat": the noun named is the gap, the object the name
    if obj is not None and obj.lemma_.lower() in JUDGED_CLAIMS and (label is None or label.pos_ != "NOUN"):
        return False  # "called the charges absurd": a denial; "called its reports lies" accuses
    if label is not None and label.pos_ in ("ADJ", "VERB", "ADV"):  # "called the junta illegitimate", "... biased"
        return any(w.lemma_.lower() in CONDEMNING_WORDS or w.lower_ in CONDEMNING
                   for w in (label, *label.conjuncts))  # "unfortunate and irresponsible", "blackmail" read as a verb
    if label is None and obj is not None and any(c.dep_ in ("advmod", "amod") and c.i > obj.i
                                                 and c.lower_ in CONDEMNING_WORDS for c in obj.children):
        return True  # "calling Berlin's move unfriendly", the name parsed as the object's modifier
    if label is None and obj is not None and obj.lower_ in CONDEMNING_WORDS:
        return True  # "calling Netanyahu's government genocidal", the name parsed as the object
    clause = child_of(head, "ccomp")
    if label is None and clause is not None and clause.lower_ in CONDEMNING \
            and child_of(clause, "nsubj") is not None:
        return True  # "called the commission biased", "calling it blackmail", read as a clause
    return label is not None and label.pos_ == "NOUN" and (label.lemma_.lower() not in PRAISE_LABELS or any(
        c.dep_ == "amod" and c.lemma_.lower() in CONDEMNING_WORDS for c in label.children))  # "a hostile step"


def _condemning_description(head: Token) -> bool:
    """ "described the move as unacceptable", "... as an act of economic aggression": the words
    after "as" condemn."""
    described = next((c for t in (head, child_of(head, "dobj")) if t is not None
                      for c in t.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    return described is not None and any(
        w.lemma_.lower() in CONDEMNING or w.lower_ in CONDEMNING for w in described.subtree)


# Claims whose name is judged ("calling Tokyo's claims groundless"): one does not phone a claim.
JUDGED_CLAIMS = frozenset({"report", "claim", "allegation", "accusation", "charge", "assertion", "remark",
                           "statement", "rumour", "rumor"})


def _calls_claim(head: Token) -> bool:
    obj = child_of(head, "dobj")
    return obj is not None and any(t.lemma_.lower() in JUDGED_CLAIMS for t in (obj, *obj.children)
                                   if t.dep_ in ("dobj", "compound"))


def _hedged_name(head: Token) -> bool:
    """ "detonating what it called a hydrogen bomb", "in response to what he called US threats":
    the writer keeps the speaker's name for a thing at a distance; nothing is denounced."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in head.children)


def _workers(entities: Iterable[Entity]) -> bool:
    """Strikers: workers, unions, staff of a trade, not a crowd of protesters in the street."""
    return any(e.sector in ("LAB", "MED", "EDU") or any(w in e.text.lower() for w in STRIKER_WORDS)
               for e in entities)


def workers_strike(match: TriggerMatch) -> bool:
    """ "Junior doctors will strike for five days", "miners struck over pay": workers who strike
    with nothing struck walk out (PROTEST strike), they attack no one."""
    head = match.head
    if match.trigger.words != ("strike",) or match.trigger.pos != "VERB" \
            or any(c.dep_ in ("dobj", "nsubjpass") for c in head.children):
        return False
    subject = subject_of(head)
    return subject is not None and any(w in subject.lemma_.lower() for w in STRIKER_WORDS)


# Deeds after which a participle "calling ..." is an accusation of its own ("expelled two
# diplomats, calling Berlin's move unfriendly"); after anything else it goes on with that act.
LABELLED_DEEDS = frozenset({"expel", "order", "sever", "break", "cut", "recall", "strip", "seize", "confiscate",
                            "arrest", "detain", "jail", "ban", "close", "shut", "suspend", "impose", "freeze",
                            "deport", "refuse", "turn", "downgrade", "declare", "sanction", "revoke"})


# Verbs of speaking that are no act of their own: "commented on the deal, calling it illegal"
# makes the label the accusation.
PLAIN_SPEECH = frozenset({"comment", "speak", "react", "respond", "reply", "write", "tweet", "post", "remark",
                          "weigh", "address"})


def _label_of_own_act(head: Token) -> bool:
    """ "lashed out at the drills, calling them a provocation": the label continues that act.
    After a deed ("expelled two German diplomats, calling Berlin's move unfriendly") it is an
    accusation of its own."""
    return head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.pos_ == "VERB" \
        and head.head.lemma_.lower() not in LABELLED_DEEDS | PLAIN_SPEECH


def _merge(first: Iterable[Entity], second: Iterable[Entity]) -> tuple[Entity, ...]:
    seen: dict[str, Entity] = {}
    for entity in (*first, *second):
        seen.setdefault(entity.code + "|" + entity.text, entity)
    return tuple(seen.values())


def political(event: str, roles: Roles) -> bool:
    """Business deals and acts of nobody in particular are not events between political actors:
    an actor needs a country (unknown gunmen and crowds aside), and cooperation of companies
    with companies is market news."""
    lender = event == "AID" and any(e.country == "IGO" for e in roles.actor)  # the IMF lends to Egypt
    if event in COOPERATIVE | {"REQUEST", "ASSAULT", "MOBILIZE"} and all(_is_business(e) for e in roles.actor) \
            and not lender:  # "investors mobilised $48 billion"
        return False
    if event in COOPERATIVE and roles.recipient and all(_is_business(e) and not e.country
                                                        for e in roles.recipient):
        return False
    if event in ("ACCUSE", "REJECT", "THREATEN") and roles.actor and all(_is_business(e) for e in roles.actor) \
            and all(_is_business(e) or not e.country for e in roles.recipient):
        return False  # "Ryanair's chief executive slammed Boeing": a quarrel of companies
    if any(e.country for e in roles.actor):
        return True
    if event in PRIVATE_DISPUTES and all(e.sector in PRIVATE_SECTORS for e in roles.actor):
        return any(e.country for e in roles.recipient)  # "doctors warned", "the company sued a rival"
    # "opposition leaders agreed to postpone the rally", "the rebels agreed to a truce": political
    # by who they are; the place of the event gives them their country (extract.place_actor)
    return event in COUNTRYLESS_ACTORS_OK or bool(roles.actor) and all(e.sector in POLITICAL_SECTORS for e in roles.actor)


def _is_business(entity: Entity) -> bool:
    return entity.country == "MNC" or entity.sector in BUSINESS_SECTORS


# Triggers of a demand told as what someone "should" or "must" do, said by the actor.
SAID_DEMANDS = frozenset({("say", "should"), ("say", "must"), ("tell", "must")})


def demand_of_no_one(match: TriggerMatch, roles: Roles) -> bool:
    """ "X said Y should/must ..." is a demand only when Y is a party it is made of: "said grain
    output should reach 450 mln tonnes", "said the trade bill should increase competitiveness",
    "said the problem must be approached on many fronts" ask nothing of anyone."""
    return match.trigger.words in SAID_DEMANDS and not roles.recipient


# Prepositions that name the other side of a meeting noun: "talks with Putin", "a meeting between".
PARTNER_PREPS = frozenset({"with", "between", "among"})


def meets_itself(event: str, mode: str | None, match: TriggerMatch, roles: Roles) -> bool:
    """A meeting noun whose only party is one state body is a gathering, not a consultation
    between two sides (coding rules 7, CONSULT): "addressed a meeting of the ruling party",
    "will be discussed at next week's IMF meeting" (coded from the speaker), "attended the joint
    national meeting". A meeting with a partner named ("talks with", "between"), a call, a visit,
    one that is hosted, or one of an international body keeps its CONSULT."""
    head = match.head
    if event != "CONSULT" or mode in ("visit", "phone") or head.pos_ != "NOUN" or roles.recipient \
            or len(roles.actor) != 1:
        return False
    (party,) = roles.actor
    if party.country is None or party.country in NON_STATES or "rival" in party.text.lower().split():
        return False  # "Libya's rival legislatures met": two sides in one phrase
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for t in (head, *match.tokens) for c in t.children):
        return False
    return not any(t.lemma_.lower() == "host" for t in head.ancestors)


def meeting_mode(coding: Coding, match: TriggerMatch, roles: Roles, actors: ActorSource) -> Coding:
    """Talks of two or more states held in a third state's city are `third-party` (coding rules 7,
    CONSULT): "US and Iranian negotiators held indirect talks in Muscat"."""
    event, mode, cameo = coding
    parties = {e.country for e in roles.actor if e.country}
    if event != "CONSULT" or mode is not None or len(parties) < 2 or roles.recipient:
        return coding
    holders = [match.head, *match.tokens[1:], *(c for c in match.head.children if c.dep_ == "dobj")]
    venue = {e.country for e in prep_entities(holders, VENUE_PREPS, actors, set())
             if e.country and e.country not in NON_STATES}
    if len(venue) == 1 and not venue & parties:
        return event, "third-party", cameo
    return coding


def instrument_mode(event: str, mode: str | None, match: TriggerMatch) -> str | None:
    """A weapon named by the actor or the object ("jets struck", "deployed missiles"); it also
    replaces the gunfire that "fired at" assumes ("fired rockets at the base")."""
    if event == "ASSAULT" and mode not in (None, "firearms"):
        return None
    instruments = load_instruments()
    head = match.head
    words = [t for t in match.tokens]
    for child in head.children:
        if child.dep_ in ("nsubj", "dobj", "nsubjpass", "prep", "agent", "compound"):
            # modifiers first: "suicide bombers" names the attack better than "bombers"
            words.extend(child.subtree if child.dep_ in ("prep", "agent") else [*child.children, child])
    for token in words:
        found = instruments.get((event, token.lemma_.lower()))
        if found is not None:
            return found
    return None


def qualified(coding: Coding, match: TriggerMatch) -> tuple[Coding, bool, str]:
    """Negation and modality, and the codebook's recoding by them: a planned meeting is AGREE,
    an announced withdrawal CONCEDE, "will not take part in the talks" a rejection."""
    event, mode, cameo = coding
    head = match.head
    negated = is_negated(head) or any(has_negator(t) for t in match.tokens)
    mood = modality(head)
    if "said" in match.trigger.flags:
        mood = "asserted"  # the threat was made; what would happen is its content
    if event == "THREATEN" and match.trigger.words[:2] == ("rule", "out"):
        # force "not ruled out" is threatened; force "ruled out" is a threat withheld
        refused = head.dep_ == "xcomp" and head.head.lemma_.lower() in ("refuse", "decline")
        negated = not (negated or refused)
        mood = "asserted"
    if mood == "future" and event == "THREATEN" and _will(head) and match.trigger.words[0] not in ("warn", "threaten"):
        mood = "asserted"  # "will take resolute countermeasures": saying so is the threat (coding rules 6)
    if mood == "conditional" and event in CONTENT_CONDITIONAL and not any(
            c.dep_ == "aux" and c.lower_ in FORWARD_AUX for c in head.children):
        mood = "asserted"  # the if-clause is the content's ("warned it would strike if attacked")
    # "will not accept refugees if ...", "said it would not accept ... if": a conditional refusal
    forward = ("will", "wo", "'ll", "shall") + (("would",) if head.dep_ == "ccomp" else ())
    will = any(c.dep_ == "aux" and c.lower_ in forward for c in head.children)
    if negated and (mood == "future" or (mood == "conditional" and will)) and event in COOPERATIVE \
            and not (plan_clause(head) and head.dep_ == "acl"):
        # "has no plans to attend" keeps the act, negated; "no intention of joining talks" refuses
        return ("REJECT", ontology.ASKED_MODE.get(event), "12"), False, "asserted"
    clause = _carrier(head)
    if mood == "conditional" and not negated and event in HOSTILE_CONTENT \
            and (_speaker_own_act(clause) or _warned_after(clause)):
        # "Syria said it could use chemical weapons if attacked": a conditional threat
        return ("THREATEN", _content_mode("THREATEN", event, head, mode), "138"), False, "asserted"
    if mood == "conditional" and not negated and event not in SPEECH_ACTS and _unless(clause) \
            and (will or _will(clause) or _speaker_own_act(clause) or _said_after(clause)):
        # "will withdraw its peacekeepers from Chad unless a ceasefire is arranged": coercion
        return ("THREATEN", _content_mode("THREATEN", event, head, mode), "138"), False, "asserted"
    if match.trigger.words in (("hit", "back"), ("retaliate",)) and mood != "asserted" and not negated:
        # "will hit back at a time of our choosing": retaliation announced, not criticism to come;
        # "will hit back if attacked", "will retaliate ... if the enemy dares": a conditional
        # threat, made (coding rules 6)
        return ("THREATEN", "violence", "138"), False, "asserted" if mood == "conditional" else mood
    if event == "COERCE" and mode == "arrest" and not negated and _in_absentia(head):
        # "ordered his arrest in absentia", "sentenced in absentia to ten years": the person is out
        # of reach, so the arrest or the prison term is a threat (coding rules 7, THREATEN)
        return ("THREATEN", "arrest", "1313"), False, mood
    if mood in ("future", "hypothetical") and not negated and event in THREAT_RECODE \
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children):
        # "will extend the curfew", "could strike": coercion not yet done is a threat (coding
        # rules 6); "may have seized" tells of a past act
        return ("THREATEN", _content_mode("THREATEN", event, head, mode), "138"), False, mood
    if (mood == "future" or (mood == "conditional" and _will(head))) and event in ontology.FUTURE_RECODE:
        # "will establish relations only if ...": cooperation announced on a condition is still
        # announced (AGREE, conditional); "would go to Pyongyang if ..." stays CONSULT, conditional
        withdrawal = event == "RETREAT" and mode == "withdraw"
        event = ontology.FUTURE_RECODE[event]
        mode, cameo = None, ontology.CATEGORIES[event].cameo_root + ("0" if event == "AGREE" else "")
        if withdrawal:
            cameo = "087"  # a withdrawal announced: de-escalating military engagement (CAMEO 087)
    return (event, mode, cameo), negated, mood


def _carrier(head: Token) -> Token:
    """The verb whose clause an act told as its object noun stands in ("will launch an operation
    ... if", "would begin a strike unless"); the trigger itself otherwise."""
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return head


def _warned_after(head: Token) -> bool:
    """The clause is what a warning placed after it says: "Police could detain the organisers if
    they block parliament, the ministry warned" (the warning is the threat)."""
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in ("warn", "threaten") and head.i < head.head.i


def _said_after(head: Token) -> bool:
    """The clause is what a speaker named after it says: "Moscow could halt gas deliveries unless
    Chisinau pays its debt, Kremlin spokesman Dmitry Peskov said" (an act announced "unless" the
    other side complies is a threat; coding rules 6)."""
    if not (head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING_VERBS and head.i < head.head.i):
        return False
    speaker = child_of(head.head, "nsubj")
    # anonymous sources and onlookers ("..., diplomats said", "lawmakers said") report another's plan
    return speaker is not None and speaker.tag_ != "NNS" and speaker.lemma_.lower() not in ANONYMOUS_SOURCES


# Who reports a plan without being the state that would act: "..., diplomats said".
ANONYMOUS_SOURCES = frozenset({"source", "official", "diplomat", "analyst", "expert", "lawmaker", "observer",
                               "people", "person", "report", "media", "newspaper", "agency"})


def _in_absentia(head: Token) -> bool:
    """The act's own phrases say "in absentia" (on the noun, or on the verb that carries it)."""
    scope = head.head if head.dep_ == "dobj" and head.pos_ == "NOUN" else head
    level = [scope]
    for _ in range(3):  # through objects and prepositions, not into clauses of their own
        level = [c for t in level for c in t.children if c.dep_ in ("dobj", "prep", "pobj", "advmod")]
        if any(t.lower_ == "absentia" for t in level):
            return True
    return False


def _will(head: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "'ll", "shall") for c in head.children)


def _unless(head: Token) -> bool:
    """The act is announced to happen "unless" the other side does something."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in head.children)


def _speaker_own_act(head: Token) -> bool:
    """The act is reported by its own actor: "X said it would ...", "Y announced they could ..."."""
    subject = child_of(head, "nsubj")
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING_VERBS \
        and subject is not None and subject.tag_ == "PRP"


def confidence(match: TriggerMatch, roles: Roles, event: str) -> float:
    """Lower for noun triggers, fallback roles and missing recipients the category expects."""
    score = 0.75 if match.trigger.pos == "NOUN" else 0.9
    if roles.weak:
        score -= 0.1
    if not roles.recipient and event in RECIPIENT_EXPECTED:
        score -= 0.15
    if len(match.tokens) > 1:
        score += 0.05
    return max(0.05, min(1.0, score))
