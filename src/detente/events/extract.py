"""Who did what to whom: event candidates from the dependency parse of each sentence.

For every lexicon trigger in a sentence we find the actor (subject, passive agent, possessor
of an event noun, "talks between X and Y") and the recipient (object, the preposition the
lexicon names, the subject of a demanded act), then code category, mode, negation and
modality. A trigger inside the complement of a speech act ("accused Y of attacking Z",
"agreed to resume talks") is folded into that act instead of coded on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from detente.events import ontology
from detente.events.modality import (
    REPORTING_VERBS,
    has_negator,
    is_condition,
    is_negated,
    modality,
)
from detente.events.triggers import (
    DATA_DIR,
    TriggerLexicon,
    TriggerMatch,
    find_triggers,
    lemma_of,
)
from detente.records import Entity

# Categories whose act is said, not done: they take a trigger in their complement as content.
SPEECH_ACTS = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT",
                         "THREATEN"})
# Acts whose complement is their content, not a second act: speech acts, and protests (what
# is protested against is their subject, coding rules 1).
CONTENT_TAKERS = SPEECH_ACTS | {"PROTEST"}
# Speech acts keep their own modality: an if-clause belongs to their content (coding rules 6).
CONTENT_CONDITIONAL = frozenset({"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "attr", "oprd",
                             "nsubjpass", "acl", "compound", "amod", "poss", "dative", "appos", "acomp"})
# Verbs that carry an event noun: the subject of "held talks" or "imposed sanctions" is its actor.
LIGHT_VERBS = frozenset({
    "hold", "have", "conduct", "carry", "launch", "stage", "mount", "begin", "start", "resume",
    "continue", "open", "make", "pay", "order", "announce", "sign", "reach", "conclude", "join",
    "attend", "organize", "organise", "give", "provide", "send", "deliver", "extend", "grant",
    "issue", "deploy", "unleash", "step", "intensify", "escalate", "wage", "complete", "finish",
    "impose", "approve", "take", "engage", "perform", "lead", "host", "participate", "renew",
    "expand", "increase", "offer", "pledge", "promise", "seek", "request", "demand", "ratify",
    "agree", "accept", "propose", "plan", "prepare", "threaten", "undertake", "initiate",
    "draw", "prompt", "spark", "trigger", "face", "fly", "reiterate", "repeat", "voice", "express",
    "declare", "proclaim", "introduce", "enforce",
})
# Verbs whose "in" phrase holds the event noun: "took part in talks".
PARTICIPATION_VERBS = frozenset({"take", "engage", "participate", "join"})
OWNER_PREPS = ("of", "from", "by", "in", "near", "on", "at", "to", "against")
# A subject is owned only by "of"/"from" ("supporters of X") or by its agent ("an attack by
# militants killed ..."), never by where it stood.
SUBJECT_OWNER_PREPS = ("of", "from", "by")
TIME_NOUNS = frozenset({"eve", "day", "anniversary", "morning", "night", "week", "month", "year"})
SHOW_OF_FORCE_PREPS = ("over", "toward", "towards", "near", "at")
# Prepositions of time adjuncts: an event noun in one is background ("after the invasion").
BACKGROUND_PREPS = frozenset({"after", "following", "since", "amid", "before", "despite",
                              "until", "like", "as"})
# Nouns whose "to"/"for" phrase names the earlier act answered, not a new one.
RESPONSES = frozenset({"response", "retaliation", "reaction", "reply", "answer", "revenge", "reprisal"})
# Prepositions whose event noun is what another act is about ("rallied against the deployment
# of THAAD", "sanctions over the nerve agent attack"): the topic, not a second event.
TOPIC_PREPS = frozenset({"against", "over", "for", "about"})
# Prepositions that put the clause's subject in an event noun ("stand with Russia during talks").
SETTING_PREPS = frozenset({"during", "at", "in", "for", "on"})
SETTING_CATEGORIES = frozenset({"CONSULT", "COOPERATE", "MOBILIZE"})
# Documents that carry an act: "signed a decree imposing sanctions".
DOCUMENTS = frozenset({"decree", "order", "law", "resolution", "bill", "measure", "directive"})
# What a prohibition may stand on ("banned by U.N. resolutions", "prohibited under the treaty").
RULES = DOCUMENTS | {"treaty", "convention", "agreement", "accord", "rule", "regulation", "charter",
                     "constitution", "sanction"}
# Nouns of intent whose infinitive is the intended act, done by who has them ("has no plans to").
INTENTIONS = frozenset({"plan", "intention", "decision", "readiness", "willingness", "commitment",
                        "bid", "effort", "attempt", "option", "move"})
# Documents whose issuer acts through them: "issued a statement condemning the raid".
ISSUED = DOCUMENTS | {"statement", "declaration", "communique", "letter", "message", "note"}
# Categories whose place names the target when nothing else does ("struck targets in Lebanon",
# "lifted the curfew in Montenegro", "reimposed blockades in the West Bank").
PLACE_IS_TARGET = {"ASSAULT": ("in", "on", "at"), "CONCEDE": ("in", "on"), "COERCE": ("in",)}
NOUN_ACTOR_PREPS = ("by", "from")
# Prepositions whose object is the party a speech act's content is aimed at.
CONTENT_PREPS = ("to", "against", "on", "with", "from")
RECIPROCAL_NOUN_PREPS = ("between", "among", "of")
BUSINESS_SECTORS = frozenset({"BUS"})
NON_STATES = frozenset({"IGO", "NGO", "MNC"})
FORWARD_AUX = frozenset({"will", "would", "'ll", "wo", "could", "might", "may"})
# Content that makes a pledge or warning a threat ("vowed to fight", "vowed severe punishment").
HOSTILE_CONTENT = frozenset({"ASSAULT", "MOBILIZE", "SANCTION", "COERCE"})
# Acts that, once agreed among the actors, are the act decided ("agreed to impose sanctions").
DECIDED_CONTENT = frozenset({"SANCTION", "COERCE", "ASSAULT"})
PLEDGES = frozenset({"vow", "pledge", "promise", "swear", "prepared", "ready", "willing"})
THREAT_OBJECTS = frozenset({"punishment", "retaliation", "revenge", "consequence", "reprisal",
                            "countermeasure", "retribution"})
CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "OPP", "AGR", "REL", "REF", "MED"})
CROWD_WORDS = ("protester", "demonstrator", "rioter", "crowd", "activist", "mob", "thousands",
               "hundreds", "students", "workers", "union", "shopper", "consumer", "civic group",
               "civic organisation", "civic organization", "villager", "residents")
MEETINGS = frozenset({"summit", "talk", "talks", "meeting", "negotiation", "conference", "forum",
                      "runoff", "election", "race"})
PACT_WORDS = frozenset({"treaty", "deal", "agreement", "accord", "pact", "organization",
                        "organisation", "alliance", "council", "court", "union", "bloc", "force",
                        "convention", "protocol", "talks", "mission", "coalition"})
# What is withdrawn when a withdrawal is a retreat: forces, not laws or vetoes.
FORCE_WORDS = frozenset({"troop", "force", "soldier", "unit", "brigade", "battalion", "personnel",
                         "peacekeeper", "army", "military", "contingent", "division", "navy",
                         "observer", "monitor", "inspector", "staff", "mission"})
# Event nouns that are exercises: forces arriving for them are coded by them.
EXERCISES = frozenset({"drill", "exercise", "maneuver", "manoeuvre", "game", "patrol", "training"})
# Categories whose passive subject is the force that acts ("troops were deployed").
FORCES_MOVE = frozenset({"MOBILIZE"})
# What is released when a release is a retreat, or evacuated when an evacuation is aid: people,
# not water, data, a report or an embassy.
CAPTIVES = frozenset({"prisoner", "hostage", "detainee", "captive", "national", "citizen", "soldier",
                      "sailor", "crew", "activist", "journalist", "dissident", "inmate", "pow",
                      "fisherman", "worker", "student", "tourist", "aid", "missionary", "pastor",
                      "reporter", "man", "woman", "child", "people", "civilian", "leader", "opponent",
                      "member", "official", "diplomat", "officer", "body", "remains", "spy", "suspect",
                      "wounded", "injured", "resident", "refugee", "survivor", "patient", "villager"})
# Verbs that say what a protest is against ("... to protest against the decision").
PROTEST_PURPOSES = frozenset({"protest", "oppose", "denounce", "condemn", "demand", "decry"})
# Bans of another country's airlines or goods are sanctions; blockades of a territory and
# crackdowns stay coercion whoever lives there ("reimposed the blockade of the West Bank").
BANS = frozenset({"ban", "bar", "outlaw", "restrict", "restriction", "blacklist"})
# Commerce-list nouns that as verbs mean something else: "agreed to share intelligence".
NOMINAL_COMMERCE = frozenset({"share", "price", "rate", "stock", "bond", "market"})
# Subjects that hurt only in the trade sense.
TRADE_SUBJECTS = frozenset({"export", "import", "price", "dumping", "competition", "tariff", "subsidy"})
# Market subjects of movement verbs: "the dollar retreated against the yen".
MARKET_SUBJECTS = frozenset({"dollar", "yen", "euro", "pound", "currency", "share", "stock", "price",
                             "index", "bond", "yield", "market", "futures", "gold", "oil", "rouble",
                             "ruble", "yuan", "rupee", "peso", "franc", "mark"})
# Land and control, which are ceded, not given as aid.
GROUND = frozenset({"village", "town", "city", "territory", "base", "control", "region", "land", "island",
                    "district", "province", "area", "enclave", "sovereignty", "port", "airport"})
# What a state destroys of its own to disarm ("destroyed its chemical weapons").
ARSENALS = frozenset({"weapon", "arsenal", "stockpile", "warhead", "missile", "mine", "munition",
                      "equipment", "launcher"})
# Categories whose recipients are victims, of the country where the act happened.
VICTIM_CATEGORIES = frozenset({"ASSAULT", "COERCE"})
# Modes that make an act of their own beside others of the category in one sentence.
SEPARATE_MODES = frozenset({"abduct"})
# Nouns that name an assault by its means when they are its subject or agent.
ATTACK_NOUNS = frozenset({"bombing", "ambush", "airstrike", "shelling"})
# Forces that arrive somewhere do not visit it: they deploy, or bring help when they keep peace.
PEACEKEEPING = ("peacekeep", "peace-keep", "blue helmet")
# Nouns whose "that" clause is a claim being reported, not an act ("reports that jets entered").
CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "rumor", "rumour", "speculation",
                         "suggestion", "accusation", "charge", "assertion"})
# Who a state media outlet attacks it attacks in words ("Chinese state media attacked ...").
MEDIA_SECTORS = frozenset({"JRN"})
# What forces carry when they bring aid ("planes with relief supplies").
RELIEF = frozenset({"aid", "supply", "relief", "food", "medicine", "assistance", "tent", "blanket"})
# Names that praise: "called the talks a success" is no accusation.
PRAISE_LABELS = frozenset({"success", "breakthrough", "milestone", "friend", "partner", "ally", "step",
                           "model", "victory", "hero"})
HELP_VERBS = frozenset({"help", "assist", "aid", "rescue", "support", "evacuate", "rebuild", "treat",
                        "deliver", "distribute", "feed"})
MISSIONS = frozenset({"mission", "peacekeeping", "stabilisation", "stabilization"})
# Subjects that kill without an actor: disasters and accidents are not events.
DISASTERS = frozenset({"flood", "earthquake", "quake", "storm", "typhoon", "hurricane", "wave",
                       "landslide", "tsunami", "cyclone", "explosion", "crash", "accident", "disease",
                       "virus", "outbreak", "fire", "blaze", "avalanche", "drought", "heat", "eruption"})
# A sentence about sport: "beat", "clashed", "attacked" are the game.
# Words of war too ("the final battle", "a death squad", "the goal of the offensive") are left out.
SPORTS = frozenset({"team", "match", "cup", "tournament", "championship", "olympic", "olympics",
                    "medal", "league", "finals", "swimmer", "player", "coach", "rugby", "football",
                    "cricket", "hockey", "striker", "penalties"})
WATERS = frozenset({"sea", "waters", "ocean", "gulf", "strait"})
# The instrument as subject ("a car bomb killed eight soldiers"): an unknown perpetrator.
UNKNOWN_PERPETRATOR = "UAF"
# Categories that may be coded with actors of no known country ("gunmen", "protesters", "the
# president" when the resolver cannot tell whose): conflict. Cooperation without a country is
# mostly market news ("the ministry proposed a bond coupon").
COUNTRYLESS_ACTORS_OK = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION", "ACCUSE",
                                   "REJECT", "THREATEN"})
# Verbal conflict by companies, doctors or schools with no state on either side is nobody's event.
WORDS_ONLY = frozenset({"ACCUSE", "REJECT", "THREATEN"})
PRIVATE_SECTORS = frozenset({"BUS", "MED", "EDU"})
PLACE_PREPS = ("in", "at", "near", "outside", "across", "throughout")
# Sectors of groups that act inside their own country: with no country named, they take the
# country where they act.
# Not GOV or MIL: "the president arrived in Paris", "troops deployed in Mali" are often foreign.
DOMESTIC_SECTORS = frozenset({"OPP", "REB", "CVL", "COP", "JUD", "PTY", "LAB", "REF", "CRM", "REL",
                              "SOC"})
# Event nouns whose modifier may name the actor ("U.S. sanctions", "a Russian attack"); for
# cooperation nouns a modifier names the topic too often ("a Mexico-type accord").
MODIFIER_ACTOR_CATEGORIES = frozenset({"ASSAULT", "SANCTION", "MOBILIZE", "COERCE", "PROTEST",
                                       "THREATEN", "ACCUSE"})
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
RECIPIENT_EXPECTED = frozenset({"COOPERATE", "AID", "SANCTION"})


class ActorSource(Protocol):
    """What the coder needs of the actors stage (`DocumentActors`)."""

    def resolve(self, token: Token) -> list[Entity]: ...


@dataclass(frozen=True)
class EventCandidate:
    """One coded event of a sentence, before dating and locating."""

    sentence_index: int
    sentence: Span
    trigger: Token
    trigger_text: str
    trigger_span: tuple[int, int]
    event: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    quad_code: int
    intensity: float
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    negated: bool
    modality: str
    confidence: float


@dataclass(frozen=True)
class _Roles:
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    weak: bool  # found through a fallback (owner of a noun phrase, light verb, inherited subject)


@lru_cache(maxsize=1)
def load_instruments() -> dict[tuple[str, str], str]:
    """(event, word) -> mode, from data/instruments.tsv."""
    table: dict[tuple[str, str], str] = {}
    with (DATA_DIR / "instruments.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(("#", "word\t")) or not line.strip():
                continue
            word, event, mode = line.rstrip("\n").split("\t")
            table.setdefault((event, word), mode)
    return table


def extract_events(doc: Doc, actors: ActorSource, lexicon: TriggerLexicon) -> list[EventCandidate]:
    """All event candidates of a parsed document, sentence by sentence, in text order."""
    events: list[EventCandidate] = []
    for index, sentence in enumerate(doc.sents):
        events.extend(sentence_events(index, sentence, actors, lexicon))
    return events


def sentence_events(index: int, sentence: Span, actors: ActorSource,
                    lexicon: TriggerLexicon) -> list[EventCandidate]:
    matches = find_triggers(sentence, lexicon)
    if not matches:
        return []
    by_head = {m.head.i: m for m in matches}
    carried = _carried_acts(matches, by_head)
    inner: dict[int, list[TriggerMatch]] = {}
    top: list[TriggerMatch] = []
    for match in matches:
        if match.head.i in carried.values():
            continue  # "ordered the release of ...": the release is coded, not the order
        if match.head.i in carried:
            top.append(match)
            continue
        if _is_purpose(match.head) or _is_background(match) or _is_comment(match, by_head) or _is_standing_rule(match) \
                or _is_passive_participle(match.head) or _is_description(match) or _reports(match) \
                or _repeats(match, by_head) or _is_claim(match.head):
            continue
        governor, via_condition = _governing_act(match.head, by_head)
        if governor is None and _in_condition(match.head):
            continue  # "if Russia invades, ...": the condition is not a reported act
        if governor is None and match.trigger.pos == "NOUN" and match.head.dep_ in ("compound", "amod"):
            continue  # "riot police", "protest camps": the noun names a kind, not an act
        if match.trigger.pos == "NOUN" and match.head.ent_type_ in ("DATE", "TIME"):
            continue  # "from March 2" is a month
        if governor is None:
            top.append(match)
        elif not via_condition and _requirements_met(match):
            inner.setdefault(governor.head.i, []).append(match)
    coded = [c for c in (_code(index, sentence, m, inner.get(m.head.i, []), actors, lexicon) for m in top)
             if c is not None]
    return _unique(_one_act_per_phrase(coded) + _denied_copies(coded, sentence, actors))


def _one_act_per_phrase(coded: list[EventCandidate]) -> list[EventCandidate]:
    """An event noun in a phrase of a coded verb of its category names that verb's act again:
    "hosted Hashimoto for an informal meeting" is one meeting, and "arrived in Florida for a
    meeting with Trump" names whom the arrival was for."""
    verbs = {(c.trigger.i, c.event): c for c in coded}
    kept = {id(c): c for c in coded}
    for noun in coded:
        verb = verbs.get((noun.trigger.head.head.i, noun.event))
        if noun.trigger.pos_ != "NOUN" or noun.trigger.dep_ != "pobj" or noun.trigger.head.dep_ != "prep" \
                or verb is None:
            continue
        del kept[id(noun)]
        if not verb.recipient:
            own = {e.country for e in verb.actor}
            others = tuple(e for e in (*noun.actor, *noun.recipient) if e.country not in own)
            kept[id(verb)] = replace(kept[id(verb)], recipient=others)
    return list(kept.values())


def _denied_copies(coded: list[EventCandidate], sentence: Span, actors: ActorSource) -> list[EventCandidate]:
    """ "X said Y did Z, which Y denied" / "a charge Y denied": the report is coded as it stands,
    and Y's denial of the same act as that act negated."""
    copies = []
    for deny in sentence:
        if deny.lemma_.lower() != "deny" or deny.pos_ != "VERB":
            continue
        denier = _denier(deny)
        if denier is None:
            continue
        countries = {e.country for e in actors.resolve(denier) if e.country}
        for cand in coded:
            if cand.trigger.i < deny.i and not cand.negated and countries & {e.country for e in cand.actor}:
                copies.append(replace(cand, trigger=deny, trigger_text=deny.text, negated=True,
                                      trigger_span=(deny.idx, deny.idx + len(deny))))
    return copies


def _denier(deny: Token) -> Token | None:
    """Who denies a charge made earlier in the sentence ("which Beijing denied", "a charge Kyiv
    denied"); None when "deny" has its own object (a denial of its own, coded elsewhere)."""
    subject = _child(deny, "nsubj")
    if subject is not None and subject.lemma_.lower() in CLAIM_NOUNS:
        return _child(subject, "appos", "relcl")
    if any(c.dep_ == "dobj" and c.lower_ == "which" for c in deny.children) or (
            deny.dep_ == "relcl" and deny.head.lemma_.lower() in CLAIM_NOUNS and _child(deny, "dobj") is None):
        return subject
    return None


def _carried_acts(matches: list[TriggerMatch], by_head: dict[int, TriggerMatch]) -> dict[int, int]:
    """Event nouns that are the object of a verb by which an authority carries them out
    ("ordered the release of", "ordered a siege of"): noun head -> that verb's head."""
    carried: dict[int, int] = {}
    for match in matches:
        if "carry" not in match.trigger.flags:
            continue
        obj = _child(match.head, "dobj")
        if obj is not None and obj.i in by_head and by_head[obj.i].trigger.pos == "NOUN":
            carried[obj.i] = match.head.i
    return carried


def _repeats(match: TriggerMatch, by_head: dict[int, TriggerMatch]) -> bool:
    """The same act said twice: "shelled the island, killing two marines" (a participle after an
    act of its category), "killed one soldier and wounded two" (a second verb of the same
    subject) or "air strikes destroyed a tower" (an event noun as the subject of one)."""
    token = match.head
    if token.dep_ == "conj" and match.trigger.pos == "NOUN" and any(
            m.trigger.event == match.trigger.event and any(t.i == c.i for t in m.tokens for c in token.conjuncts)
            for m in by_head.values()):
        return True  # "launched artillery, mortar and rocket fire": one barrage
    if token.dep_ == "relcl":  # "launched the drones that struck the plants"
        governor = by_head.get(token.head.head.i)
        return governor is not None and governor.trigger.event == match.trigger.event
    governor = by_head.get(token.head.i)
    if governor is None or governor.trigger.event != match.trigger.event:
        return False
    if token.dep_ == "conj" and token.pos_ == "VERB":  # "killed one soldier and wounded two others"
        own_mode = match.trigger.mode not in (None, governor.trigger.mode)  # "... and took hostages"
        active = not any(c.dep_ == "nsubjpass" for c in governor.head.children)  # not "was captured and killed by"
        return active and not own_mode and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    return (token.dep_ == "advcl" and token.tag_ == "VBG") or token.dep_ in ("nsubj", "nsubjpass")


def _is_claim(token: Token) -> bool:
    """An act inside what a report or claim says ("declined to comment on reports that Russian
    jets had entered Turkish airspace") is hearsay the sentence does not assert."""
    current = token
    for _ in range(4):
        if current.dep_ in ("acl", "ccomp", "relcl") and current.head.lemma_.lower() in CLAIM_NOUNS \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children):
            return True
        if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _in_condition(token: Token) -> bool:
    current = token
    for _ in range(6):
        if is_condition(current):
            return True
        if current.dep_ == "ROOT" or current.head.i == current.i:
            return False
        current = current.head
    return False


def _reports(match: TriggerMatch) -> bool:
    """A warning or claim placed after the clause it reports ("..., officials warned", "Belarus
    has not sent troops, Lukashenko insisted") reports that clause; it is no act of its own."""
    reporting = "warn" in match.trigger.flags or match.trigger.event in ("REQUEST", "AGREE", "SUPPORT")
    return reporting and any(c.dep_ == "ccomp" and c.i < match.head.i for c in match.head.children)


def _is_background(match: TriggerMatch) -> bool:
    """An event noun in a time adjunct ("since last month's invasion", "during a summit") is
    background to the sentence's act, not a reported act."""
    if match.trigger.pos != "NOUN":
        return False
    token = match.head
    if token.dep_ == "pobj" and token.head.lower_ == "in" and token.lemma_.lower() == "protest":
        return True  # "resigned in protest", "a hunger strike in protest of ...": a manner
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.lower_ in BACKGROUND_PREPS:
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ("ahead", "because"):
            return True  # "ahead of an opposition rally"
        if token.dep_ == "pobj" and token.head.lower_ in ("to", "for") \
                and token.head.head.lemma_.lower() in RESPONSES:
            return True  # "in response to Berlin's expulsions", "in retaliation for the strikes"
        if token.dep_ not in ("pobj", "poss", "compound", "conj", "appos"):
            return False
        token = token.head.head if token.dep_ == "pobj" else token.head
    return False


def _is_comment(match: TriggerMatch, by_head: dict[int, TriggerMatch]) -> bool:
    """A participle adding what the actor said while acting ("protested, demanding ...",
    "rejected the offer, urging ...") gives the content of that act, not a second one; so does
    one more charge after an accusation ("accused Washington of violating rights, ignoring ...")."""
    token = match.head
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.head.i not in by_head:
        return False
    if by_head[token.head.i].trigger.event == "ACCUSE":
        return match.trigger.event in ("REQUEST", "SUPPORT", "REJECT", "ACCUSE")
    return match.trigger.event in ("REQUEST", "SUPPORT")


def _is_description(match: TriggerMatch) -> bool:
    """A clause that describes a noun ("refugees, whom authorities blame", "demonstrators
    protesting the results") characterises it; it is not the reported act."""
    if match.head.dep_ == "acl" and match.head.tag_ == "VBG":
        # "rebels fighting the government" describes; "a decree imposing sanctions" acts
        return match.head.head.lemma_.lower() not in ISSUED
    clause = match.head
    while clause.dep_ in ("dobj", "pobj", "prep", "xcomp") and clause.head.i != clause.i:
        clause = clause.head  # the verb that carries an event noun: "which is preparing an offensive"
    if clause.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubj", "nsubjpass")
                                      for c in clause.children):
        return True  # "guerrillas who overran it", "Macedonia, which is preparing an offensive"
    # a noun the parser made the root ("The minister conferred ...") has its predicate as an acl
    predicate = match.head.head.dep_ == "ROOT" and match.head.tag_ in ("VBD", "VBZ", "VBP")
    return match.trigger.event in SPEECH_ACTS and match.head.dep_ in ("relcl", "acl") and not predicate


def _is_standing_rule(match: TriggerMatch) -> bool:
    """A passive whose agent is a document states a rule, not an act: "a test banned by U.N.
    resolutions", "weapons prohibited under the treaty"."""
    head = match.head
    if head.tag_ != "VBN":
        return False
    for prep in head.children:
        if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "under"):
            rule = _child(prep, "pobj")
            if rule is not None and rule.lemma_.lower() in RULES:
                return True
    return False


def _is_passive_participle(token: Token) -> bool:
    """"Asked about prices, the minister said ...": the main clause's subject is not its actor."""
    return token.tag_ == "VBN" and token.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


def _is_purpose(token: Token) -> bool:
    """An infinitive of purpose ("suspended drills to support diplomacy", "missiles to counter
    drone attacks") states an aim, not an act."""
    current = token
    for _ in range(3):
        if current.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in current.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return True
        if current.dep_ not in ("dobj", "pobj", "prep", "advcl", "compound", "xcomp") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _governing_act(token: Token, by_head: dict[int, TriggerMatch]) -> tuple[TriggerMatch | None, bool]:
    """The speech act (or cancellation) whose complement holds this token, if any, and whether
    the token sits in a condition of it ("threatened to strike if attacked")."""
    current = previous = token
    via_condition = via_topic = False
    for _ in range(8):
        if current.dep_ == "conj" and current.pos_ in ("VERB", "AUX") and (
                current.head.dep_ not in ("xcomp", "ccomp", "pcomp")
                or any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in current.children)):
            return None, False  # "condemned the test and imposed sanctions"; not "urged X to unite and mobilize"
        if current.dep_ == "acl" and current.head.lemma_.lower() in ISSUED and not _rejected(current.head, by_head):
            return None, False  # "signed a decree imposing sanctions": the decree's act is the event
        if current.dep_ == "prep" and current.lower_ in TOPIC_PREPS and token.pos_ in ("NOUN", "PROPN"):
            via_topic = True
        if is_condition(current):
            via_condition = True
        elif current.dep_ not in COMPLEMENT_DEPS and current.dep_ != "conj" and not _content_participle(current) \
                and not _for_clause(current) and not _gerund_object(current):
            return None, False
        elif current.dep_ == "prep" and current.lower_ in SETTING_PREPS | BACKGROUND_PREPS \
                and not (current.lower_ == "for" and (previous.dep_ == "pcomp" or current.head.pos_ == "NOUN")):
            return None, False  # "urged China ... during a visit to Beijing": a setting, not content
        previous = current  # "denounced Seoul for staging drills", "an offer for talks": content
        current = current.head
        found = by_head.get(current.i)
        if found is None and previous.dep_ == "ccomp":
            noun = next((by_head[c.i] for c in current.children if c.dep_ == "dobj" and c.i in by_head), None)
            stranded = _stranded_clause(noun.head) if noun is not None else None
            if stranded is not None and stranded.i == previous.i:
                found, current = noun, noun.head  # the demand noun, not its verb, governs the clause
        if found is not None and _reports(found) and current.i > token.i:
            return None, False  # "Israel may strike, officials warned": reported, not absorbed
        if found is not None and (found.trigger.event in CONTENT_TAKERS or "undo" in found.trigger.flags
                                  or "warn" in found.trigger.flags or via_topic):
            return found, via_condition
        if current.dep_ == "ROOT":
            return None, False
    return None, False


def _rejected(document: Token, by_head: dict[int, TriggerMatch]) -> bool:
    """ "vetoed a resolution condemning the annexation": the refusal is the event, not the text."""
    verb = by_head.get(document.head.i)
    return document.dep_ == "dobj" and verb is not None and verb.trigger.event == "REJECT"


def _for_clause(token: Token) -> bool:
    """A "for X to do Y" clause, the content of "called for", "pushed for", "appealed for"."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)


def _gerund_object(token: Token) -> bool:
    """A gerund the parser hangs as an adverbial clause where the verb has no object of its own
    ("ruled out sending weapons", "objected to holding talks"): the act's content."""
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.i < token.head.i:
        return False
    between = token.doc[token.head.i + 1:token.i]
    return all(t.dep_ == "prt" for t in between) and not any(c.dep_ == "dobj" for c in token.head.children) \
        and not any(c.dep_ in ("nsubj", "mark") for c in token.children)


def _content_participle(token: Token) -> bool:
    """A participle that continues a content clause: "accused the US of violating human rights,
    ignoring international law"."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.dep_ in ("pcomp", "xcomp", "ccomp")


Coding = tuple[str, str | None, str | None]  # category, mode, CAMEO code


def _code(index: int, sentence: Span, match: TriggerMatch, inner: list[TriggerMatch],
          actors: ActorSource, lexicon: TriggerLexicon) -> EventCandidate | None:
    """One event from a trigger and the triggers folded into it, or None when it is no event."""
    trig, head = match.trigger, match.head
    if not _requirements_met(match) or _is_commerce(match, lexicon) or _signs_document(match):
        return None
    if "forces" in trig.flags and not _are_forces(head):
        return None  # "the last U.S. troops left Niger", not "the minister left Paris"
    coding: Coding = (trig.event, trig.mode, trig.cameo)
    if "undo" in trig.flags or "stop" in trig.flags:
        undone = _first_object_trigger(head, inner)
        if undone is None or ("stop" in trig.flags and _is_cooperative(undone)):
            return None
        coding = _undo(coding, undone)
    roles = _noun_roles(match, actors) if trig.pos == "NOUN" else _verb_roles(match, inner, actors)
    if not roles.actor:
        return None
    if trig.mode == "visit" and trig.pos == "NOUN" and head.dep_ == "pobj" \
            and head.head.head.lemma_.lower() == "arrive" and _are_forces(head.head.head):
        return None  # "warships arrived in Havana for a visit": the arrival is coded
    if (trig.mode == "release" or "people" in trig.flags) and trig.pos == "VERB" \
            and not _frees_people(head, actors, named="people" not in trig.flags):
        if _cedes_ground(match, roles):
            coding = ("RETREAT", None, "087")  # "handed four border villages over to Azerbaijan"
        elif not _hands_over_goods(match, roles):
            return None  # "Japan began releasing treated water", "evacuated its embassy"
        else:
            coding = ("AID", None, "070")  # "handed over ambulances to hospitals in Baghdad"
    coding = _speech_content(coding, match, inner)
    coding = _decided_act(coding, match, inner, roles, actors)
    if trig.event == "PROTEST":
        roles = _protest_roles(match, roles, actors)
    if trig.event in VICTIM_CATEGORIES and roles.recipient and not any(e.country for e in roles.recipient):
        roles = replace(roles, recipient=_placed(head, roles.recipient, actors,
                                                 "a victim in the country where it happened"))
    if not any(e.country for e in roles.actor) and all(e.sector in DOMESTIC_SECTORS for e in roles.actor) \
            and trig.mode != "visit":
        roles = replace(roles, actor=_placed(head, roles.actor, actors, "acts in the country where it happened"))
    if trig.solo is not None and not roles.recipient:
        coding = trig.solo
        roles = replace(roles, recipient=_prep_entities(head, SHOW_OF_FORCE_PREPS, actors, set()))
    found = _by_actor_and_object(coding, match, roles)
    if found is None:
        return None
    coding, roles = found
    if not _political(coding[0], roles):
        return None
    event, mode, cameo = coding
    if event in ("ASSAULT", "MOBILIZE"):
        mode = _instrument_mode(event, mode, match) or mode
    (event, mode, cameo), negated, mood = _qualified((event, mode, cameo), match)
    context = tuple(dict.fromkeys(trig.context + ontology.mode_contexts(event, mode)))
    return EventCandidate(
        sentence_index=index,
        sentence=sentence,
        trigger=head,
        trigger_text=match.text,
        trigger_span=match.char_span,
        event=event,
        mode=mode,
        context=context,
        cameo=cameo,
        quad_code=ontology.quad_code(event),
        intensity=ontology.intensity(event, mode),
        actor=roles.actor,
        recipient=roles.recipient,
        negated=negated,
        modality=mood,
        confidence=_confidence(match, roles, event),
    )


def _placed(head: Token, entities: tuple[Entity, ...], actors: ActorSource, why: str) -> tuple[Entity, ...]:
    """Entities of no known country belong to the one country where the act took place (coding
    rules 3): victims ("killed 23 people ... in Tel Aviv") and domestic groups ("opposition
    leaders called off a rally in Baku")."""
    clauses = [head, *(c for c in head.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB")]
    clauses += [t for t in head.subtree if t.dep_ in ("xcomp", "dobj") and t.head.i in {c.i for c in clauses}]
    places = {e.country for e in _prep_entities(clauses, PLACE_PREPS, actors, set())
              if e.country and e.country not in NON_STATES}
    if len(places) != 1:
        return entities
    (country,) = places
    return tuple(replace(e, country=country, why=why) for e in entities)


def _protest_roles(match: TriggerMatch, roles: _Roles, actors: ActorSource) -> _Roles:
    """Whom a protest is against ("began a hunger strike to protest against Sweden's decision",
    "rallied in protest against X"), else where it was held; a crowd with no country of its own
    belongs to the country it protests in (coding rules 7, PROTEST)."""
    recipient = tuple(e for e in roles.recipient if e.country) or _protest_target(match, actors)
    if not recipient:
        return roles
    actor = roles.actor
    places = {e.country for e in recipient if e.country and e.country not in NON_STATES}
    if len(places) == 1 and not any(e.country for e in actor):
        (country,) = places
        actor = tuple(replace(e, country=country, why="a crowd of the country it protests in") for e in actor)
    return _Roles(actor, recipient, roles.weak)


def _protest_target(match: TriggerMatch, actors: ActorSource) -> tuple[Entity, ...]:
    """What the protest's purpose clause or "in protest against" names, else its place."""
    head = match.head
    carrier = _carrier_verb(head) if match.trigger.pos == "NOUN" else None
    holders = [head] + ([carrier] if carrier is not None else [])
    skip = {t.i for t in match.tokens}
    recipient: tuple[Entity, ...] = ()
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("advcl", "xcomp", "acl", "relcl") and child.lemma_.lower() in PROTEST_PURPOSES:
                recipient = recipient or _prep_entities(child, ("against", "over"), actors, skip)
                obj = _child(child, "dobj")
                if not recipient and obj is not None:
                    recipient = tuple(e for e in _owner_entities(obj, actors, skip) if e.country)
            if child.dep_ == "prep" and child.lower_ == "in":
                pobj = _child(child, "pobj")
                if pobj is not None and pobj.lemma_.lower() == "protest":
                    recipient = recipient or _prep_entities(pobj, ("against", "of", "over", "at"), actors, skip)
    found = tuple(e for e in recipient if e.country)
    return found or tuple(e for e in _prep_entities(holders, ("in", "outside", "at"), actors, skip) if e.country)


def _frees_people(verb: Token, actors: ActorSource, named: bool = True) -> bool:
    """A release is a retreat when people are freed: captives named by a word, a name or (when
    `named`) a resolved actor; a verb with no object at all ("was released") keeps the benefit
    of doubt."""
    obj = _child(verb, "dobj", "nsubjpass")
    if obj is None:
        return True
    if obj.lemma_.lower() in CAPTIVES or obj.lower_ in CAPTIVES or obj.ent_type_ in ("PERSON", "NORP", "CARDINAL"):
        return True
    return named and bool(actors.resolve(obj))


def _hands_over_goods(match: TriggerMatch, roles: _Roles) -> bool:
    """Things (not people, not papers, not land) handed over to a named country are aid."""
    obj = _child(match.head, "dobj")
    return match.trigger.words[:2] == ("hand", "over") and obj is not None \
        and obj.lemma_.lower() not in ISSUED | GROUND and any(e.country for e in roles.recipient)


def _cedes_ground(match: TriggerMatch, roles: _Roles) -> bool:
    """Land or control handed over to a named country is a retreat from it."""
    obj = _child(match.head, "dobj")
    return match.trigger.words[:2] == ("hand", "over") and obj is not None \
        and obj.lemma_.lower() in GROUND and any(e.country for e in roles.recipient)


def _signs_document(match: TriggerMatch) -> bool:
    """Signing a decree or a law is how a government acts, not an agreement."""
    obj = _child(match.head, "dobj")
    return match.trigger.words == ("sign",) and obj is not None and obj.lemma_.lower() in DOCUMENTS


def _speech_content(coding: Coding, match: TriggerMatch, inner: list[TriggerMatch]) -> Coding:
    """A pledge or warning of force is a threat ("vowed to reduce Seoul to ashes"); demands,
    refusals and threats take their mode from what is demanded, refused or threatened."""
    trig, head = match.trigger, match.head
    event, mode, cameo = coding
    hostile_content = any(m.trigger.event in HOSTILE_CONTENT and not _helps(m.head) for m in inner) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in THREAT_OBJECTS for c in head.children)
    if ("warn" in trig.flags and (hostile_content or _announces_future(head))) or (
            event == "AGREE" and hostile_content and trig.words[0] in PLEDGES):
        event, mode, cameo = "THREATEN", None, "138"
    elif event == "AGREE" and trig.words[0] in PLEDGES and inner and inner[0].trigger.event in ("REJECT", "THREATEN"):
        first = inner[0].trigger  # "Hungary vowed to block the sanctions package"
        event, mode, cameo = first.event, first.mode, first.cameo
    if event in ("REQUEST", "REJECT", "THREATEN") and mode is None:
        mode = _content_mode(event, inner[0].trigger.event if inner else None, head)
    return event, mode, cameo


def _decided_act(coding: Coding, match: TriggerMatch, inner: list[TriggerMatch], roles: _Roles,
                 actors: ActorSource) -> Coding:
    """Agreeing to sanction, expel or strike another state is that act, decided: "EU ministers
    agreed to ban imports of Iranian oil" is SANCTION. Agreeing to suspend one's own programme
    stays AGREE."""
    if coding[0] != "AGREE" or not inner or match.trigger.words[0] in PLEDGES:
        return coding
    content = inner[0]
    if content.trigger.event not in DECIDED_CONTENT or {"undo", "stop"} & set(content.trigger.flags):
        return coding
    obj = _child(content.head, "dobj")
    targets = [*(_owner_entities(obj, actors, set()) if obj is not None else ()),
               *_prep_entities(content.head, ("on", "against", "to"), actors, set())]
    own = {e.country for e in roles.actor}
    if any(e.country and e.country not in own | NON_STATES for e in targets):
        return content.trigger.event, content.trigger.mode, content.trigger.cameo
    return coding


def _by_actor_and_object(coding: Coding, match: TriggerMatch, roles: _Roles
                         ) -> tuple[Coding, _Roles] | None:
    """Recoding by who acts and on what: crowds protest, several countries exercise jointly,
    withdrawals from pacts are sanctions; None when the sentence is no event after all."""
    trig, head = match.trigger, match.head
    event, mode, cameo = coding
    crowd = _is_crowd(roles.actor)
    if trig.not_crowd is not None and not crowd:
        if trig.not_crowd[0] == "-":
            return None
        event, mode, cameo = trig.not_crowd
    if "riot" in trig.flags and crowd:
        event, mode, cameo = "PROTEST", "riot", "145"
    if event == "RETREAT" and mode == "withdraw" and "forces" not in trig.flags:
        event, mode, cameo = _withdrawal(head, roles)  # forces that leave a place just withdraw
    own = {e.country for e in roles.actor if e.country}
    if "joint" in trig.flags and (len(own) > 1 or any(e.country and e.country not in own for e in roles.recipient)):
        event, mode, cameo = "COOPERATE", None, "062"  # joint exercises, "drills with South Korea"
    elif event == "MOBILIZE" and len(own - NON_STATES) > 1:
        event, mode, cameo = "COOPERATE", None, "062"  # "South Korean and US jets flew over ..."
    if event == "ASSAULT" and roles.actor and all(e.sector in MEDIA_SECTORS for e in roles.actor):
        event, mode, cameo = "ACCUSE", "disapprove", "111"  # "state media attacked Tokyo's plan"
    if event == "CONSULT" and mode == "visit" and trig.words[0] == "arrive" and _are_forces(head):
        found = _forces_arrive(head)
        if found is None:
            return None
        event, mode, cameo = found
    if trig.words == ("call",) and _labels(head):
        if _label_of_own_act(head):
            return None
        event, mode, cameo = "ACCUSE", "disapprove", "111"
    if "mutual" in trig.flags and mode != "visit" and event not in ("PROTEST", "ACCUSE") \
            and not _recoded_as_future(event, head):  # rioters clashing with police act on them
        roles = _Roles(_merge(roles.actor, roles.recipient), (), roles.weak)
    if event in ("MOBILIZE", "CONSULT") and _helps(head):
        event, mode, cameo = "AID", None, "074"  # "troops sent to help", "doctors arrived to treat"
    if event == "ASSAULT" and (_is_disaster(head) or _about_sport(head.sent)):
        return None
    if event == "ASSAULT" and _destroys_own_arms(head):
        event, mode, cameo = "RETREAT", "disarm", "0871"  # "Syria destroyed its chemical weapons"
        roles = _Roles(roles.actor, (), roles.weak)
    if mode == "visit" and _at_home(roles):
        return None  # "Kim Jong Un visited a fertiliser plant": a tour at home, no diplomacy
    if event == "COERCE" and mode == "restrict" and _foreign(roles) and trig.words[0] in BANS:
        event, mode, cameo = "SANCTION", "discontinue", "163"  # "banned Belarusian airlines"
    if "sector" in trig.needs and not (roles.recipient and all(e.sector for e in (*roles.actor, *roles.recipient))):
        return None  # "Spain beat the Netherlands 1-0": teams named by their country
    if "rcp" in trig.needs and event != "ACCUSE" and not any(e.country for e in roles.recipient) \
            and len({e.code for e in roles.actor}) < 2:
        if not (event == "CONSULT" and any(e.country == "IGO" for e in roles.actor)):
            return None
        mode = "multilateral"  # "NATO defence ministers met in Brussels"
    return (event, mode, cameo), roles


def _destroys_own_arms(verb: Token) -> bool:
    """ "destroyed its declared chemical weapons": the object is the actor's own arsenal."""
    obj = _child(verb, "dobj")
    if obj is None or verb.lemma_.lower() not in ("destroy", "dismantle", "scrap", "decommission"):
        return False
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children)
    arms = obj.lemma_.lower() in ARSENALS or any(
        c.dep_ == "compound" and c.lemma_.lower() in ARSENALS for c in obj.children)
    return own and arms


def _at_home(roles: _Roles) -> bool:
    """Every party of the act is of the actor's one country."""
    own = {e.country for e in roles.actor}
    return len(own) == 1 and None not in own and bool(roles.recipient) \
        and all(e.country in own for e in roles.recipient)


def _are_forces(verb: Token) -> bool:
    """The subject of an arrival is troops, ships or weapons rather than a delegation."""
    subject = _subject(verb)
    if subject is None:
        return False
    of = _prep_object(subject, ("of",))  # "a first contingent of Bangladeshi troops"
    words = [subject] + ([of] if of is not None else [])
    return any(t.lemma_.lower() in FORCE_WORDS or ("MOBILIZE", t.lemma_.lower()) in load_instruments()
               or any(w in t.lower_ for w in PEACEKEEPING) for t in words)


def _forces_arrive(verb: Token) -> Coding | None:
    """Troops arriving for drills are coded by the drills (None); peacekeepers bring help;
    other forces or warships arriving show force."""
    purpose = _prep_object(verb, ("for",))
    if purpose is not None and purpose.pos_ == "NOUN" and purpose.lemma_.lower() in EXERCISES:
        return None
    subject = _subject(verb)
    if subject is not None and any(w in " ".join(t.lower_ for t in subject.subtree) for w in PEACEKEEPING):
        return "AID", None, "074"
    weapon = subject is not None and ("MOBILIZE", subject.lemma_.lower()) in load_instruments() \
        and subject.lemma_.lower() not in FORCE_WORDS
    return "MOBILIZE", "weapons" if weapon else "troops", "150"


def _withdrawal(head: Token, roles: _Roles) -> Coding:
    """Leaving a summit rejects it, leaving a treaty or an IGO reduces relations, withdrawing a
    law or a veto concedes; troops pulling back retreat."""
    if _leaves(head, MEETINGS):
        return "REJECT", "meet", "125"
    if _leaves(head, PACT_WORDS) or any(e.country == "IGO" for e in roles.recipient):
        return "SANCTION", "withdraw", "161"
    if _withdraws_no_force(head):
        return "CONCEDE", None, "08"
    return "RETREAT", "withdraw", "0872"


def _qualified(coding: Coding, match: TriggerMatch) -> tuple[Coding, bool, str]:
    """Negation and modality, and the codebook's recoding by them: a planned meeting is AGREE,
    an announced withdrawal CONCEDE, "will not take part in the talks" a rejection."""
    event, mode, cameo = coding
    head = match.head
    negated = is_negated(head) or any(has_negator(t) for t in match.tokens)
    mood = modality(head)
    if mood == "conditional" and event in CONTENT_CONDITIONAL and not any(
            c.dep_ == "aux" and c.lower_ in FORWARD_AUX for c in head.children):
        mood = "asserted"  # the if-clause is the content's ("warned it would strike if attacked")
    # "will not accept refugees if ...", "said it would not accept ... if": a conditional refusal
    forward = ("will", "wo", "'ll", "shall") + (("would",) if head.dep_ == "ccomp" else ())
    will = any(c.dep_ == "aux" and c.lower_ in forward for c in head.children)
    if negated and (mood == "future" or (mood == "conditional" and will)) and event in COOPERATIVE:
        return ("REJECT", ontology.ASKED_MODE.get(event), "12"), False, "asserted"
    if mood == "conditional" and not negated and event in HOSTILE_CONTENT and _speaker_own_act(head):
        # "Syria said it could use chemical weapons if attacked": a conditional threat
        return ("THREATEN", _content_mode("THREATEN", event, head), "138"), False, "asserted"
    if mood == "conditional" and not negated and event not in SPEECH_ACTS and _unless(head) \
            and (will or _speaker_own_act(head)):
        # "will withdraw its peacekeepers from Chad unless a ceasefire is arranged": coercion
        return ("THREATEN", _content_mode("THREATEN", event, head), "138"), False, "asserted"
    if mood == "future" and event in ontology.FUTURE_RECODE:
        event = ontology.FUTURE_RECODE[event]
        mode, cameo = None, ontology.CATEGORIES[event].cameo_root + ("0" if event == "AGREE" else "")
    return (event, mode, cameo), negated, mood


def _unless(head: Token) -> bool:
    """The act is announced to happen "unless" the other side does something."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in head.children)


def _speaker_own_act(head: Token) -> bool:
    """The act is reported by its own actor: "X said it would ...", "Y announced they could ..."."""
    subject = _child(head, "nsubj")
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING_VERBS \
        and subject is not None and subject.tag_ == "PRP"


def _is_crowd(entities: Iterable[Entity]) -> bool:
    """Protesters, rioters, unions: a crowd rather than a state."""
    return any((e.sector in CROWD_SECTORS and e.country not in NON_STATES)
               or any(w in e.text.lower() for w in CROWD_WORDS) for e in entities)


def _leaves(head: Token, what: frozenset[str]) -> bool:
    """Withdrawing from a treaty or organisation reduces relations; from a summit rejects it."""
    preps = [c for c in head.children if c.dep_ == "prep"]
    preps += [g for c in head.children if c.lower_ == "out" for g in c.children]  # "pulled out of"
    return any(p.lower_ in ("from", "of") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in what for g in p.children) for p in preps)


def _withdraws_no_force(head: Token) -> bool:
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in head.children):
        return False
    obj = _child(head, "dobj")
    return obj is not None and obj.lemma_.lower() not in FORCE_WORDS and not any(
        obj.lemma_.lower() == word for (_, word) in load_instruments())


def _recoded_as_future(event: str, head: Token) -> bool:
    """A planned meeting becomes AGREE, directed at the other side ("plans to hold talks with")."""
    return event in ontology.FUTURE_RECODE and modality(head) == "future" and not is_negated(head)


def _is_disaster(head: Token) -> bool:
    """"A flood killed ..." is no event; "a minefield explosion killed ..." names its weapon."""
    subject = _child(head, "nsubj")
    return subject is not None and subject.lemma_.lower() in DISASTERS and not _is_weapon(subject)


def _about_sport(sentence: Span) -> bool:
    """A sports word names sport, unless it heads an "of" phrase ("a team of agents")."""
    return any(t.lower_ in SPORTS and not any(c.lower_ == "of" for c in t.children) for t in sentence)


def _foreign(roles: _Roles) -> bool:
    """A restriction aimed at another country is a sanction, at one's own people coercion."""
    own = {e.country for e in roles.actor}
    return any(e.country and e.country not in own and e.country not in NON_STATES for e in roles.recipient)


def _helps(head: Token) -> bool:
    """Troops sent "to help flood victims", "to lead a security mission" or planes sent "with relief
    supplies" bring aid, not force."""
    return any(c.dep_ in ("advcl", "xcomp") and (c.lemma_.lower() in HELP_VERBS or _leads_mission(c))
               for c in head.children) or any(
        c.dep_ == "prep" and c.lower_ == "with" and any(
            g.lemma_.lower() in RELIEF or any(m.lemma_.lower() in RELIEF for m in g.children) for g in c.children)
        for c in head.children)


def _leads_mission(verb: Token) -> bool:
    obj = _child(verb, "dobj")
    return verb.lemma_.lower() in ("lead", "join") and obj is not None and obj.lemma_.lower() in MISSIONS


def _labels(head: Token) -> bool:
    """ "called the drills a rehearsal for invasion": naming something with a noun is an
    accusation, unless the noun praises ("called the talks a success")."""
    label = _child(head, "oprd")
    return label is not None and label.pos_ == "NOUN" and label.lemma_.lower() not in PRAISE_LABELS


def _label_of_own_act(head: Token) -> bool:
    """ "lashed out at the drills, calling them a provocation": the label continues that act."""
    return head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.pos_ == "VERB"


def _announces_future(head: Token) -> bool:
    """A clause under the trigger says what will, would or could happen ("warned that police
    will ...", "warned it could cut gas transit")."""
    clauses = [c for c in head.children if c.dep_ == "ccomp"]
    clauses += [g for c in clauses for g in c.conjuncts]
    return any(a.dep_ == "aux" and a.lower_ in FORWARD_AUX for c in clauses for a in c.children)


def _requirements_met(match: TriggerMatch) -> bool:
    """needs=comp / needs=dobj / needs=clause of the lexicon row."""
    needs = match.trigger.needs
    deps = {c.dep_ for c in match.head.children}
    if "dobj" in needs and not deps & {"dobj", "nsubjpass"} and match.head.dep_ != "acl":
        return False
    if "comp" in needs and not deps & {"xcomp", "ccomp", "dobj", "prep", "nsubjpass"}:
        return False
    # needs=clause: "its demand that Israel ease ...", not "demand for oil"
    return "clause" not in needs or bool(deps & {"acl", "ccomp", "xcomp"}) or _stranded_clause(match.head) is not None


def _stranded_clause(noun: Token) -> Token | None:
    """The "that" clause of an object noun that the parser hung on its verb: "reiterated its
    demand today that Israel ease restrictions"."""
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _is_commerce(match: TriggerMatch, lexicon: TriggerLexicon) -> bool:
    """Objects or complements of the trigger that mark business news ("agreed to buy shares");
    a word of the trigger itself does not ("dropped barrels of toxic gas")."""
    own = {t.i for t in match.tokens}
    subject = _child(match.head, "nsubj")
    if match.trigger.event == "ASSAULT" and subject is not None and subject.lemma_.lower() in TRADE_SUBJECTS:
        return True  # "U.S. corn exports have injured Ontario growers"
    if match.trigger.event == "RETREAT" and subject is not None and subject.lemma_.lower() in MARKET_SUBJECTS:
        return True  # "the dollar retreated against the yen"
    for token in match.tokens:
        for child in token.children:
            if child.dep_ not in ("dobj", "xcomp", "ccomp", "acl", "nsubjpass") or child.i in own:
                continue
            if _commerce_word(child, lexicon) or (child.dep_ == "dobj" and match.trigger.event in SPEECH_ACTS and any(
                    g.dep_ == "compound" and _commerce_word(g, lexicon) for g in child.children)):
                return True  # "rejected a takeover proposal from BHP"
            if any(g.dep_ == "dobj" and _commerce_word(g, lexicon) for g in child.children) \
                    and not _pays_price(child):
                return True
    return False


def _commerce_word(token: Token, lexicon: TriggerLexicon) -> bool:
    """A word of the commerce list; its nouns used as verbs are not ("share intelligence")."""
    lemma = token.lemma_.lower()
    return lemma in lexicon.commerce and not (token.pos_ == "VERB" and lemma in NOMINAL_COMMERCE)


def _pays_price(token: Token) -> bool:
    """ "would pay a heavy price": the idiom of a threat, not a market price."""
    return token.lemma_.lower() == "pay" and any(
        g.dep_ == "dobj" and g.lemma_.lower() == "price" for g in token.children)


def _first_object_trigger(head: Token, inner: list[TriggerMatch]) -> TriggerMatch | None:
    """The event cancelled, suspended or halted: in the object's phrase ("part of an aid program")."""
    objects = {t.i for c in head.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
    return next((m for m in inner if m.head.i in objects), None)


def _is_cooperative(match: TriggerMatch) -> bool:
    """Exercises count as hostile whoever joins them: calling off drills is a concession."""
    return match.trigger.event in COOPERATIVE and "joint" not in match.trigger.flags


def _undo(coding: Coding, undone_match: TriggerMatch) -> Coding:
    """Calling off a hostile act is a concession; calling off a cooperative one a rejection."""
    event = coding[0]
    undone = undone_match.trigger.event
    if _is_cooperative(undone_match):
        if event == "SANCTION":
            return coding
        return "REJECT", ontology.ASKED_MODE.get(undone, "meet"), "12"
    return "CONCEDE", None, "08"


def _content_mode(event: str, content: str | None, head: Token) -> str | None:
    """The mode of a demand, refusal or threat from what is demanded, refused or threatened;
    a demand for some other act ("urged Hungary to respect ...") asks for change."""
    if event == "THREATEN":
        verbs = [c.lemma_.lower() for c in head.children if c.dep_ in ("xcomp", "ccomp")]
        by_verb = next((ontology.THREAT_VERBS[v] for v in verbs if v in ontology.THREAT_VERBS), None)
        return (ontology.THREAT_MODE.get(content) if content else None) or by_verb
    if content is not None:
        return ontology.ASKED_MODE.get(content, "change")
    if any(c.dep_ in ("xcomp", "ccomp") for c in head.children):
        return "change"
    obj = _child(head, "dobj")
    if event == "REJECT" and obj is not None and any(c.dep_ in ("acl", "relcl") for c in obj.children):
        return "change"  # "rejected calls to hand power to civilians"
    if event == "REQUEST" and any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
        return "assist"  # "appealed to its allies for more shells"
    return None


# --- roles -------------------------------------------------------------------------------------


def _subject(verb: Token, depth: int = 0, raised: bool = False) -> Token | None:
    """The subject of a verb, inherited from the governing verb for xcomp/conj/advcl clauses."""
    # "Russia is expected to announce ...": the raised subject of a passive governor counts;
    # in "were killed or wounded" the passive subject suffered both acts, in "was indicted and
    # will resign" it resigns
    subject_deps = ("nsubj", "csubj", "nsubjpass") if raised else ("nsubj", "csubj")
    for child in verb.children:
        if child.dep_ in subject_deps:
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head
            if child.tag_ == "PRP" and verb.dep_ in ("ccomp", "xcomp") and depth < 3:
                return _subject(verb.head, depth + 1, verb.dep_ == "xcomp") or child
            return child
    if depth < 3 and verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and verb.head.i != verb.i:
        return _subject(verb.head, depth + 1, verb.dep_ != "conj" or verb.tag_ != "VBN")
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in ISSUED | INTENTIONS and depth < 3:
        # "Putin signed a decree imposing ...": the signer acts; "Japan has no plans to impose
        # ...": the one who plans
        carrier = verb.head.head
        if carrier.pos_ == "VERB":
            return _subject(carrier, depth + 1)
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ != "ROOT":
            return None  # "soldiers killed in the fighting": the noun suffered the act
        return verb.head
    if verb.dep_ == "amod" and verb.head.dep_ in ("ROOT", "conj") and verb.head.pos_ == "NOUN":
        # a clause misread as a noun phrase: "North Korea test-fired missiles" parsed as
        # "[North Korea] [test-fired] missiles", the actor a modifier of the object
        return next((c for c in verb.head.children if c.dep_ in ("compound", "poss") and c.i < verb.i), None)
    return None


def _is_time(token: Token) -> bool:
    """"on the eve of the election", "on Monday": a time, not a party."""
    return token.ent_type_ in ("DATE", "TIME") or token.lemma_.lower() in TIME_NOUNS | WATERS


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _prep_object(token: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the first of the named prepositions under the token."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = _child(child, "pobj")
            if pobj is not None:
                return pobj
    return None


def _passive_agent(verb: Token) -> Token | None:
    """The "by" of a passive, also where the parser hung it on the verb's prepositional object
    ("was accused of corruption by officials")."""
    agent = _child(verb, "agent")
    if agent is None and any(c.dep_ == "nsubjpass" for c in verb.children):
        for prep in _children(verb, "prep"):
            pobj = _child(prep, "pobj")
            agent = _child(pobj, "prep") if pobj is not None else None
            if agent is not None and agent.lower_ == "by":
                break
            agent = None
    return _child(agent, "pobj") if agent is not None else None


def _owner_entities(token: Token, actors: ActorSource, skip: set[int], depth: int = 2,
                    preps: tuple[str, ...] = OWNER_PREPS) -> list[Entity]:
    """Entities of a noun phrase, else of the words that own it: "Haiti's efforts", "an Indian
    proposal", "the removal of President X", "targets in southern Lebanon"."""
    if token.i in skip:
        found: list[Entity] = []
    else:
        found = actors.resolve(token)
    if found or depth == 0:
        return found
    for child in token.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i not in skip:
            found = [e for e in actors.resolve(child) if e.country]
            if found:
                return found
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = _child(child, "pobj")
            if pobj is not None and not _is_time(pobj):
                found = [e for e in _owner_entities(pobj, actors, skip, depth - 1, preps) if e.country]
                if found:
                    return found
    return []


def _prep_entities(tokens: Token | Iterable[Token], preps: Iterable[str], actors: ActorSource,
                   skip: set[int]) -> tuple[Entity, ...]:
    """Entities in the first of the named prepositional phrases found on any of the tokens."""
    holders = [tokens] if isinstance(tokens, Token) else list(tokens)
    for prep in preps:
        for holder in holders:
            for child in holder.children:
                if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
                    pobj = _child(child, "pobj")
                    found = _owner_entities(pobj, actors, skip) if pobj is not None and not _is_time(pobj) else []
                    if found:
                        return tuple(found)
    return ()


def _verb_roles(match: TriggerMatch, inner: list[TriggerMatch], actors: ActorSource) -> _Roles:
    trig, head = match.trigger, match.head
    skip = {t.i for t in match.tokens}
    patient = _child(head, "nsubjpass")
    weak = False
    if patient is not None and patient.i in skip:  # "talks were held between X and Y"
        agent = _passive_agent(head)
        actor = tuple(actors.resolve(agent)) if agent is not None else ()
        if not actor and "mutual" in trig.flags:
            actor = _prep_entities(head, RECIPROCAL_NOUN_PREPS, actors, skip)
        recipient = _prep_entities(head, trig.recipient_preps, actors, skip)
    elif patient is not None:
        agent = _passive_agent(head)  # "by a team of agents from Riyadh"
        actor = tuple(_owner_entities(agent, actors, skip, depth=1, preps=SUBJECT_OWNER_PREPS)
                      ) if agent is not None else ()
        if not actor and trig.event == "ASSAULT":  # "were killed by a roadside bomb", "in a car bomb blast"
            means = agent if agent is not None else _prep_object(head, ("in", "by"))
            actor = _weapon_as_actor(means) if means is not None else ()
        recipient = tuple(_owner_entities(patient, actors, skip))
        if not actor and trig.event in FORCES_MOVE:  # "troops were deployed along the border"
            actor, recipient = recipient, _prep_entities(head, trig.recipient_preps, actors, skip)
    else:
        subject = _subject(head)
        if subject is None and head.dep_ == "acl":
            agent = _passive_agent(head)
            actor = tuple(actors.resolve(agent)) if agent is not None else ()
        else:
            actor = tuple(_owner_entities(subject, actors, set(), depth=1, preps=SUBJECT_OWNER_PREPS)
                          ) if subject is not None else ()
            weak = subject is not None and subject.head.i != head.i
            if not actor and subject is not None and trig.event == "ASSAULT":
                actor = _weapon_as_actor(subject)
        recipient = _verb_recipient(match, inner, actors, skip, actor)
    if trig.actor_prep:  # "received aid from Chile": the phrase may hang on the object
        giver = _prep_entities([head, *match.tokens, *_children(head, "dobj")], (trig.actor_prep,), actors, skip)
        actor, recipient = (giver, actor) if giver else ((), actor)
    if "swap" in trig.flags:
        actor, recipient = recipient, actor
    recipient = tuple(e for e in recipient if e.code not in {a.code for a in actor})
    return _Roles(actor, recipient, weak)


def _verb_recipient(match: TriggerMatch, inner: list[TriggerMatch], actors: ActorSource,
                    skip: set[int], actor: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The first place that names a recipient with a country; else one without ("protesters").
    What a speech act is about counts only when it names another country than the actor's
    ("warned it would suspend the military pact": the pact is not the recipient), and the
    actor itself is never its own recipient ("gave one billion Australian dollars to Indonesia")."""
    own = {e.country for e in actor}
    codes = {e.code for e in actor}
    fallback: tuple[Entity, ...] = ()
    for found, direct in _recipient_places(match, inner, actors, skip):
        found = tuple(e for e in found if e.code not in codes)
        if not direct and all(e.country in own for e in found):
            continue
        if any(e.country for e in found):
            return tuple(e for e in found if e.country)
        if direct:
            fallback = fallback or found
    return fallback


def _recipient_places(match: TriggerMatch, inner: list[TriggerMatch], actors: ActorSource,
                      skip: set[int]) -> Iterable[tuple[tuple[Entity, ...], bool]]:
    """Candidate recipients, best first, each with whether the trigger itself governs it:
    object, indirect object, the lexicon's prepositions, the place of an assault, then what a
    speech act is about."""
    trig, head = match.trigger, match.head
    dobj = _child(head, "dobj")
    if dobj is not None:
        if "nodobj" in trig.flags:
            found = _owner_entities(dobj, actors, skip | {dobj.i})
        else:
            found = _owner_entities(dobj, actors, skip)
        yield tuple(found), True
    dative = _child(head, "dative", "iobj")
    if dative is not None and dative.lower_ not in ("to", "for"):
        yield tuple(actors.resolve(dative)), True
    holders = [head, *(t for t in match.tokens if t.i != head.i)]
    if dobj is not None:  # "launched artillery, mortar and rocket fire against ..."
        holders.extend([dobj, *dobj.conjuncts])
    yield _prep_entities(holders, trig.recipient_preps, actors, skip), True
    if trig.event in PLACE_IS_TARGET:
        yield _prep_entities(holders, PLACE_IS_TARGET[trig.event], actors, skip), True
    if trig.event in SPEECH_ACTS or "warn" in trig.flags or "comp" in trig.needs:
        for comp in head.children:
            if comp.dep_ in ("ccomp", "xcomp") or _for_clause(comp):
                subj = _child(comp, "nsubj", "nsubjpass")
                if subj is not None and subj.tag_ != "PRP":
                    yield tuple(_owner_entities(subj, actors, skip, depth=1)), False
        for content in inner:
            roles = (_noun_roles(content, actors) if content.trigger.pos == "NOUN"
                     else _verb_roles(content, [], actors))
            yield roles.recipient, False
            if "mutual" in content.trigger.flags:  # "offered to host talks between X and Y"
                yield roles.actor, False
        for comp in head.children:
            if comp.dep_ in ("ccomp", "xcomp") or _for_clause(comp):
                for found in _content_entities(comp, actors, skip):
                    yield found, False
        if trig.event == "THREATEN" or "warn" in trig.flags:
            yield _condition_subject(head, actors, skip), False


def _condition_subject(head: Token, actors: ActorSource, skip: set[int]) -> tuple[Entity, ...]:
    """Whom a threat's condition names: "threatened to halt talks if the United States ..."."""
    clauses = [head, *(c for c in head.children if c.dep_ in ("ccomp", "xcomp"))]
    for clause in clauses:
        for child in clause.children:
            if is_condition(child):
                subj = _child(child, "nsubj", "nsubjpass")
                if subj is not None and subj.tag_ != "PRP":
                    return tuple(e for e in _owner_entities(subj, actors, skip, depth=1) if e.country)
    return ()


def _content_entities(clause: Token, actors: ActorSource, skip: set[int],
                      depth: int = 1) -> Iterable[tuple[Entity, ...]]:
    """Who the content of a speech act is about, best first: its indirect object, a party
    in a prepositional phrase, its object, the subject of a clause under it ("agreed to lend
    Ukraine ...", "refused to hand over X to the United States", "offered to help Nepal rebuild")."""
    dative = _child(clause, "dative", "iobj")
    if dative is not None and dative.lower_ not in ("to", "for"):
        yield tuple(e for e in actors.resolve(dative) if e.country)
    obj = _child(clause, "dobj")
    holders = [clause] + ([obj] if obj is not None else [])
    yield _prep_entities(holders, CONTENT_PREPS, actors, skip)
    if obj is not None:
        yield tuple(e for e in _owner_entities(obj, actors, skip) if e.country)
    yield _prep_entities(holders, ("in", "for"), actors, skip)
    if depth > 0:
        for comp in clause.children:
            if comp.dep_ in ("ccomp", "xcomp") or _for_clause(comp):
                subj = _child(comp, "nsubj", "nsubjpass")
                if subj is not None and subj.tag_ != "PRP":
                    yield tuple(e for e in _owner_entities(subj, actors, skip, depth=1) if e.country)
                yield from _content_entities(comp, actors, skip, depth - 1)


def _is_weapon(token: Token) -> bool:
    """A weapon word, or a noun a weapon word modifies ("a car bomb explosion", "a roadside
    bombing" names its means by its compound or is an assault noun itself)."""
    instruments = load_instruments()
    if ("ASSAULT", token.lemma_.lower()) in instruments or token.lemma_.lower() in ATTACK_NOUNS:
        return True
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    modifiers += [g for c in modifiers for g in c.conjuncts]  # "a gun and bomb attack"
    return any(("ASSAULT", c.lemma_.lower()) in instruments for c in modifiers)


def _weapon_as_actor(subject: Token) -> tuple[Entity, ...]:
    """A weapon as the subject of an assault stands for an unknown perpetrator."""
    if not _is_weapon(subject):
        return ()
    return (Entity(text=subject.text, country=None, sector=UNKNOWN_PERPETRATOR,
                   why="a weapon is the subject: unknown perpetrator"),)


def _carrier_verb(noun: Token) -> Token | None:
    """The light verb of an event noun: "held [talks]", "took part in [talks]"."""
    if noun.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "appos") and lemma_of(noun.head, LIGHT_VERBS) in LIGHT_VERBS:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        if lemma_of(verb, PARTICIPATION_VERBS) in PARTICIPATION_VERBS:
            return verb
        if noun.head.lower_ == "of" and verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "attr", "nsubjpass"):
            return _carrier_verb(verb)  # "began ten days of joint drills", "held a round of talks"
    if noun.dep_ == "conj":
        return _carrier_verb(noun.head)
    return None


def _noun_roles(match: TriggerMatch, actors: ActorSource) -> _Roles:
    trig, noun = match.trigger, match.head
    skip = {t.i for t in match.tokens}
    weak = False
    actor: tuple[Entity, ...] = ()
    recipient = _prep_entities(noun, trig.recipient_preps, actors, skip)
    for child in noun.children:
        if child.dep_ == "poss":
            actor = tuple(actors.resolve(child))
            break
    if not actor:
        own_preps = NOUN_ACTOR_PREPS + (() if "of" in trig.recipient_preps else ("of",))
        actor = _prep_entities(noun, own_preps, actors, skip)  # "the visit of the UN chief"
    carrier = _carrier_verb(noun)
    if not actor and "mutual" in trig.flags:
        holders = [noun] if carrier is None else [noun, carrier]  # "no talks were held between X and Y"
        actor = _prep_entities(holders, RECIPROCAL_NOUN_PREPS, actors, skip)
    if not actor and trig.event in MODIFIER_ACTOR_CATEGORIES:
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i not in skip:
                actor = tuple(actors.resolve(child))
                if actor:
                    break
    if carrier is not None:
        if not actor:
            weak = True
            agent = _passive_agent(carrier) if _child(carrier, "nsubjpass") is not None else None
            subject = agent if agent is not None else _subject(carrier)
            actor = tuple(_owner_entities(subject, actors, set(), depth=1)) if subject is not None else ()
        if not recipient:
            dative = _child(carrier, "dative")
            recipient = tuple(actors.resolve(dative)) if dative is not None else ()
            recipient = recipient or _prep_entities(carrier, trig.recipient_preps, actors, skip)
    if not actor and trig.event in SETTING_CATEGORIES and noun.dep_ == "pobj" \
            and noun.head.lower_ in SETTING_PREPS and noun.head.head.pos_ in ("VERB", "AUX"):
        weak = True  # "North Korea would stand with Russia during talks with Putin"
        subject = _subject(noun.head.head)
        actor = tuple(_owner_entities(subject, actors, set(), depth=1, preps=SUBJECT_OWNER_PREPS)
                      ) if subject is not None else ()
        if not recipient and noun.head.lower_ == "for":  # "arrived in Belarus for joint drills"
            recipient = _prep_entities(noun.head.head, ("in", "to"), actors, skip)
    if not recipient and trig.event in SPEECH_ACTS:  # "its demand that Israel ease restrictions"
        stranded = _stranded_clause(noun)
        for clause in [*noun.children, *([stranded] if stranded is not None else [])]:
            subj = _child(clause, "nsubj", "nsubjpass") if clause.dep_ in ("acl", "ccomp") else None
            if subj is not None and subj.tag_ != "PRP":
                recipient = tuple(e for e in _owner_entities(subj, actors, skip, depth=1) if e.country)
                break
    if not recipient and ontology.quad_code(trig.event) in (3, 4):  # "rocket fire against camps"
        recipient = _prep_entities([noun] if carrier is None else [noun, carrier], ("against",), actors, skip)
    if trig.actor_prep and carrier is not None:
        giver = _prep_entities([noun, carrier], (trig.actor_prep,), actors, skip)
        actor, recipient = (giver, actor) if giver else ((), actor)
    recipient = tuple(e for e in recipient if e.code not in {a.code for a in actor})
    return _Roles(actor, recipient, weak)


# --- finishing ---------------------------------------------------------------------------------


def _merge(first: Iterable[Entity], second: Iterable[Entity]) -> tuple[Entity, ...]:
    seen: dict[str, Entity] = {}
    for entity in (*first, *second):
        seen.setdefault(entity.code + "|" + entity.text, entity)
    return tuple(seen.values())


def _is_business(entity: Entity) -> bool:
    return entity.country == "MNC" or entity.sector in BUSINESS_SECTORS


def _political(event: str, roles: _Roles) -> bool:
    """Business deals and acts of nobody in particular are not events between political actors:
    an actor needs a country (unknown gunmen and crowds aside), and cooperation of companies
    with companies is market news."""
    lender = event == "AID" and any(e.country == "IGO" for e in roles.actor)  # the IMF lends to Egypt
    if event in COOPERATIVE | {"REQUEST", "ASSAULT"} and all(_is_business(e) for e in roles.actor) and not lender:
        return False
    if event in COOPERATIVE and roles.recipient and all(_is_business(e) and not e.country
                                                        for e in roles.recipient):
        return False
    if any(e.country for e in roles.actor):
        return True
    if event in WORDS_ONLY and all(e.sector in PRIVATE_SECTORS for e in roles.actor):
        return any(e.country for e in roles.recipient)  # "doctors warned", "the company sued a rival"
    return event in COUNTRYLESS_ACTORS_OK


def _instrument_mode(event: str, mode: str | None, match: TriggerMatch) -> str | None:
    """A weapon named by the actor or the object ("jets struck", "deployed missiles")."""
    if event == "ASSAULT" and mode is not None:
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


def _confidence(match: TriggerMatch, roles: _Roles, event: str) -> float:
    """Lower for noun triggers, fallback roles and missing recipients the category expects."""
    score = 0.75 if match.trigger.pos == "NOUN" else 0.9
    if roles.weak:
        score -= 0.1
    if not roles.recipient and event in RECIPIENT_EXPECTED:
        score -= 0.15
    if len(match.tokens) > 1:
        score += 0.05
    return max(0.05, min(1.0, score))


def _unique(candidates: list[EventCandidate]) -> list[EventCandidate]:
    """One event per (category, actors, recipients) in a sentence: the most confident; taking
    hostages stays apart from the killing in the same raid."""
    best: dict[tuple, EventCandidate] = {}
    for cand in candidates:
        subject = _child(cand.trigger, "nsubj", "nsubjpass") if cand.trigger.pos_ == "VERB" else None
        key = (cand.event, frozenset(e.code for e in cand.actor), frozenset(e.code for e in cand.recipient),
               cand.mode if cand.mode in SEPARATE_MODES else None, cand.negated,
               subject.i if subject is not None else None)  # "troops withdrew and forces released ..."
        if key not in best or cand.confidence > best[key].confidence:
            best[key] = cand
    return sorted(best.values(), key=lambda c: c.trigger.i)
