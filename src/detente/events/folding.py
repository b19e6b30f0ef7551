"""Which trigger matches of a sentence are coded as acts of their own.

A trigger inside the complement of a speech act ("accused Y of attacking Z", "agreed to resume
talks") is folded into that act as its content. Triggers that only set the scene (background,
purpose, description, claims, conditions, standing rules) or say an act again are skipped.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.arguments import (
    DOCUMENTS,
    DRAWING_VERBS,
    INQUIRY_BODIES,
    ISSUED,
    LIGHT_VERBS,
    SETTING_PREPS,
    SPEECH_ACTS,
    child_of,
    for_clause,
    free_relative_object,
    goes_ahead,
    partitive_slot,
    put_out,
    stranded_clause,
)
from detente.events.modality import REPORTING_VERBS, is_condition, plan_clause
from detente.events.triggers import TriggerMatch

# Acts whose complement is their content, not a second act: speech acts, and protests (what
# is protested against is their subject, coding rules 1).
CONTENT_TAKERS = SPEECH_ACTS | {"PROTEST"}
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "attr", "oprd",
                             "nsubjpass", "acl", "compound", "amod", "poss", "dative", "appos", "acomp"})
# Prepositions of time adjuncts: an event noun in one is background ("after the invasion").
BACKGROUND_PREPS = frozenset({"after", "following", "since", "amid", "before", "despite",
                              "until", "like", "as"})
# Works whose "about" or "on" phrase is their subject, not a reported act.
WORKS = frozenset({"book", "memoir", "novel", "film", "documentary", "movie", "play", "biography", "series",
                   "exhibition", "podcast", "essay", "thesis", "lecture", "song", "opera"})
# Nouns whose "at" phrase tells on whose word something was done ("at the request of Baghdad").
ASKINGS = frozenset({"request", "invitation", "behest", "urging", "insistence", "demand", "call"})
# Nouns whose "to"/"for" phrase names the earlier act answered, not a new one.
# Auxiliaries of a reported clause that make it a demand ("Japan should apologise, ... said").
DEMAND_MODALS = frozenset({"should", "must"})
RESPONSES = frozenset({"response", "retaliation", "reaction", "reply", "answer", "revenge", "reprisal"})
# Prepositions whose event noun is what another act is about ("rallied against the deployment
# of THAAD", "sanctions over the nerve agent attack"): the topic, not a second event.
TOPIC_PREPS = frozenset({"against", "over", "for", "about"})
# What a prohibition may stand on ("banned by U.N. resolutions", "prohibited under the treaty").
RULES = DOCUMENTS | {"treaty", "convention", "agreement", "accord", "rule", "regulation", "charter",
                     "constitution", "sanction"}
# Nouns whose "that" clause is a claim being reported, not an act ("reports that jets entered").
CLAIM_NOUNS = frozenset({"report", "claim", "allegation", "rumor", "rumour", "speculation",
                         "suggestion", "accusation", "charge", "assertion"})

# Verbs by which a claim is judged ("the charges were baseless") or dismissed ("charges he rejected").
JUDGING_COPULAS = frozenset({"be", "seem", "remain", "sound", "look"})
DISMISSING = frozenset({"reject", "dismiss", "deny", "call", "term", "brand", "describe"})
# Verbs by which a claim is made ("levelled allegations"): other verbs of it take it as their topic.
CLAIM_MAKERS = LIGHT_VERBS | {"level", "repeat", "raise", "lodge", "file", "bring", "voice", "renew"}
# Words by which "let" exhorts ("Let's build", "Let us carry out") rather than lets someone in.
EXHORTING = frozenset({"us", "'s"})

# Verbs whose "from" phrase is the state people leave: "released from detention".
LEFT_BEHIND = frozenset({"release", "free", "escape", "return", "extradite", "deport", "flee", "rescue"})
# Verbs of coming together (no triggers themselves) whose purpose "to discuss" is the meeting.
GATHERINGS = frozenset({"gather", "assemble"})
# How a crowd comes together to protest: "gathered outside parliament to protest", "drove tractors into Paris".
CROWD_MOVES = GATHERINGS | {"march", "rally", "converge", "flock", "pour", "drive", "take", "turn", "come",
                            # activists' stunts: "scaled an oil platform to protest", "chained
                            # themselves to the gates to protest", "formed a human chain to protest"
                            "climb", "scale", "chain", "unfurl", "form", "sit", "stand", "wear"}

# What an act brings on that makes it the topic: condemnation, protest, rebuke, rejection, threats.
REACTIONS = frozenset({"ACCUSE", "PROTEST", "REJECT", "THREATEN"})


def fold(matches: list[TriggerMatch]) -> tuple[list[TriggerMatch], dict[int, list[TriggerMatch]]]:
    """The matches coded as acts of their own, and by head index the matches folded into each
    as its content; the others are skipped."""
    by_head = {m.head.i: m for m in matches}
    # a verb of forces whose subject is an act of its own ("no missile launches had been
    # detected") tells that act; it is neither coded nor does it hold the act as its content
    told = {m.head.i for m in matches if "forces" in m.trigger.flags and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i in by_head for c in m.head.children)}
    # "North Korea's missile launch drew condemnation from Tokyo": the act is the reaction's topic
    told |= {m.head.i for m in matches if m.trigger.pos == "NOUN" and m.head.dep_ == "nsubj"
             and m.head.head.lemma_.lower() in DRAWING_VERBS and any(
                 c.dep_ == "dobj" and c.i in by_head and by_head[c.i].trigger.event in REACTIONS
                 for c in m.head.head.children)}
    matches = [m for m in matches if m.head.i not in told]
    by_head = {i: m for i, m in by_head.items() if i not in told}
    carried = _carried_acts(matches, by_head)
    # "a fact-finding mission to investigate abuses in Nicaragua": the inquiry's verb is coded
    inquiries = {body.i for body in map(_inquiry_body, matches) if body is not None}
    inner: dict[int, list[TriggerMatch]] = {}
    top: list[TriggerMatch] = []
    for match in matches:
        if match.head.i in carried.values():
            continue  # "ordered the release of ...": the release is coded, not the order
        if match.head.i in carried:
            top.append(match)
            continue
        if match.trigger.pos == "NOUN" and match.head.i in inquiries:
            continue
        gathered = _gathered_to_talk(match) and match.head.head.i not in by_head
        if (_is_purpose(match.head) and not gathered and _inquiry_body(match) is None) or _is_background(match) \
                or _is_comment(match, by_head) or _is_standing_rule(match) \
                or _is_passive_participle(match.head) or _is_description(match, by_head) or _reports(match) \
                or _repeats(match, by_head) or _is_claim(match.head) or _exhorts(match.head) \
                or _claim_as_topic(match, by_head) or _aim_of_sanction(match, matches) \
                or _protest_demand(match, by_head) or _pundit_view(match) or _setting_of_act(match, by_head) \
                or _is_habit(match.head) or _quarrel_topic(match) or _told_by_blow(match, by_head) \
                or _result_of_alleged(match):
            continue
        governor, via_condition = _governing_act(match.head, by_head)
        if governor is None and _in_condition(match.head):
            continue  # "if Russia invades, ...": the condition is not a reported act
        if governor is None and match.trigger.pos == "NOUN" \
                and any(c.dep_ == "det" and c.lower_ == "any" for c in match.head.children):
            continue  # "any deployment of NATO troops would mean war": no act is reported
        if governor is None and match.trigger.pos == "NOUN" and match.head.dep_ in ("compound", "amod"):
            continue  # "riot police", "protest camps": the noun names a kind, not an act
        if match.trigger.pos == "NOUN" and match.head.ent_type_ in ("DATE", "TIME"):
            continue  # "from March 2" is a month
        if governor is None:
            top.append(match)
        elif not via_condition and requirements_met(match):
            inner.setdefault(governor.head.i, []).append(match)
    return top, inner


# Adverbs of a habit: "the board usually meets five times a year" tells a routine, not an act.
HABITUAL = frozenset({"usually", "normally", "typically", "traditionally", "customarily"})
# Nouns of a schedule or a setting: "on the agenda of the council's consultations".
AGENDA_NOUNS = frozenset({"agenda", "programme", "program", "schedule", "sideline", "sidelines", "margin",
                      "margins", "eve"})


# Quarrels whose "over" phrase names what they are about ("the row over Somaliland's port deal").
QUARRELS = frozenset({"row", "dispute", "spat", "feud", "quarrel", "standoff", "stand-off", "tension", "wrangle"})


def _quarrel_topic(match: TriggerMatch) -> bool:
    """An event noun that a quarrel is "over" is its topic, not an act told again: "as the row over
    Ethiopia's port deal with Somaliland dragged on" codes no agreement."""
    head = match.head
    if match.trigger.pos == "NOUN" and head.dep_ == "pobj" and (
            head.head.lower_ in ("regarding", "concerning")
            or (head.head.lower_ == "to" and head.head.head.lemma_.lower() in ("refer", "reference", "regard"))):
        return True  # "..., referring to negotiations between Russia and Ukraine": what a remark is about
    if match.trigger.pos != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in ("over", "about"):
        return False
    return head.head.head.lemma_.lower() in QUARRELS


ALLEGING = frozenset({"accuse", "blame", "charge"})


def _result_of_alleged(match: TriggerMatch) -> bool:
    """A participle after an accusation tells what the alleged act did, not an act of the accuser
    (coding rules 4): "accused the RSF of shelling a hospital, killing nine patients"."""
    head = match.head
    governor = head.head
    return match.trigger.pos == "VERB" and match.trigger.event == "ASSAULT" and head.tag_ == "VBG" \
        and head.dep_ in ("advcl", "xcomp", "conj") \
        and governor.i < head.i and governor.lemma_.lower() in ALLEGING \
        and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in governor.children) \
        and not any(c.dep_ == "nsubj" for c in head.children)


def _is_habit(token: Token) -> bool:
    """An act told as what someone usually does ("usually meets in March") is no reported act."""
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in token.children)


def _setting_of_act(match: TriggerMatch, by_head: dict[int, TriggerMatch]) -> bool:
    """A meeting named as where another act was done ("blocked the package at a summit in
    Brussels", "reached agreement at talks in Havana", "during an AU summit") is its setting, not a
    second act."""
    head = match.head
    if match.trigger.event == "CONSULT" and match.trigger.pos == "VERB" and head.dep_ == "advcl" \
            and head.i < head.head.i and head.head.i in by_head and head.lemma_.lower() in ("meet", "host") \
            and (head.tag_ == "VBG" and head.lemma_.lower() == "meet" or head.tag_ == "VBN") \
            and not any(c.dep_ in ("dobj", "nsubj") or (c.dep_ == "prep" and c.lower_ in ("with", "between"))
                        for c in head.children):
        return True  # "Meeting in Riyadh on Wednesday, X and Y signed a pact", "Hosted by Oman, ... held talks"
    if match.trigger.event != "CONSULT" or match.trigger.pos != "NOUN":
        return False
    slot = partitive_slot(head)  # "at the end of a round of talks"
    if slot.dep_ != "pobj" or slot.head.lower_ not in ("at", "during") or slot.head.dep_ != "prep":
        return False
    if any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("with", "between"))
           for c in head.children):
        return False  # "at a White House meeting hosted by Trump": the meeting is told as well
    if slot.head.lower_ == "during" and (head.lemma_.lower() in ("visit", "trip", "tour") or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children)):
        return False  # "fired missiles at Kyiv during the visit of the UN chief": someone else's visit
    act = by_head.get(slot.head.head.i)
    return act is not None and act is not match and act.trigger.event != "CONSULT"


def _aim_of_sanction(match: TriggerMatch, matches: list[TriggerMatch]) -> bool:
    """What sanctions are aimed at is no attack: "adopted new sanctions, targeting Russia's gas
    trade", "sanctions targeting three banks"."""
    head = match.head
    if match.trigger.words != ("target",) or head.dep_ not in ("advcl", "acl"):
        return False
    if any(m.trigger.event == "SANCTION" and any(t.i == head.head.i for t in m.tokens) for m in matches):
        return True
    # "agreed on a package of sanctions against Russia, targeting its gas trade": the sanctions
    # noun sits in the governing verb's object, outside the participle's own clause
    governed = {t.i for t in head.head.subtree} - {t.i for t in head.subtree}
    return any(m.trigger.event == "SANCTION" and m.trigger.pos == "NOUN" and m.head.i in governed
               for m in matches)


# Who voices a view, not a state's act: "the crackdown may backfire, analysts say".
PUNDITS = frozenset({"analyst", "expert", "observer", "economist", "commentator", "scholar", "pundit",
                     "strategist", "historian"})


def _pundit_view(match: TriggerMatch) -> bool:
    """An event noun that is the subject of a forecast by analysts is their opinion about it, not a
    report of it (coding rules 2): "analysts say the crackdown may backfire"."""
    head = match.head
    if match.trigger.pos != "NOUN" or head.dep_ != "nsubj" or head.head.i in {t.i for t in match.tokens}:
        return False
    clause = head.head
    if not any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "would", "will", "can") for c in clause.children):
        return False  # "analysts say the sanctions have hurt farmers" still reports them
    say = clause.head if clause.dep_ in ("ccomp", "parataxis") else None
    if say is None and clause.dep_ == "ROOT":  # "the crackdown may backfire, analysts say"
        say = next((c for c in clause.children if c.dep_ in ("ccomp", "parataxis") and c.i > clause.i), None)
    if say is None or say.lemma_.lower() not in REPORTING_VERBS | {"argue", "believe", "think", "warn", "note"}:
        return False
    speaker = child_of(say, "nsubj")
    return speaker is not None and speaker.lemma_.lower() in PUNDITS


def _protest_demand(match: TriggerMatch, by_head: dict[int, TriggerMatch]) -> bool:
    """What a protest demands is its content, not a second act (coding rules 7, REQUEST):
    "began a hunger strike to demand medical care", "staged a sit-in to demand his release", "held
    a rally demanding the president's impeachment"."""
    head = match.head
    participle = head.tag_ == "VBG" and head.dep_ in ("advcl", "acl")  # "held a rally demanding his impeachment"
    if match.trigger.event != "REQUEST" or head.dep_ not in ("xcomp", "advcl", "acl") \
            or not (participle or (head.dep_ != "acl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in head.children))) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    verb = head.head
    acts = [by_head.get(verb.i), *(by_head.get(c.i) for c in verb.children if c.dep_ == "dobj")]
    return any(m is not None and m.trigger.event == "PROTEST" for m in acts)


def _carried_acts(matches: list[TriggerMatch], by_head: dict[int, TriggerMatch]) -> dict[int, int]:
    """Event nouns that are the object of a verb by which an authority carries them out
    ("ordered the release of", "ordered a siege of"): noun head -> that verb's head."""
    carried: dict[int, int] = {}
    for match in matches:
        if "carry" not in match.trigger.flags:
            continue
        obj = child_of(match.head, "dobj")
        if obj is not None and obj.i in by_head and by_head[obj.i].trigger.pos == "NOUN":
            carried[obj.i] = match.head.i
        for prep in (c for c in match.head.children if c.dep_ == "prep" and c.lower_ == "by"):
            for act in (g for g in prep.children if g.dep_ == "pcomp" and g.i in by_head):
                if by_head[act.i].trigger.event == match.trigger.event:
                    carried[act.i] = match.head.i  # "retaliated by bombing the port": the bombing is coded
    return carried


def _told_by_blow(match: TriggerMatch, by_head: dict[int, TriggerMatch]) -> bool:
    """A retaliation in kind told by its blow is that blow: "Hungary responded in kind, expelling a
    Ukrainian consul" is the expulsion, no threat besides it."""
    token = match.head
    blows = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
             for g in c.children if g.dep_ == "pcomp"]
    if match.trigger.words[0] in ("retaliate", "respond") and any(
            b.i in by_head and by_head[b.i].trigger.event != match.trigger.event for b in blows):
        return True  # "Moscow retaliated by expelling ten Polish diplomats": the expulsion
    if match.trigger.words[-2:] != ("in", "kind") or token.tag_ != "VBD":
        return False
    blows += [c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return any(b.i in by_head for b in blows)


def _repeats(match: TriggerMatch, by_head: dict[int, TriggerMatch]) -> bool:
    """The same act said twice: "shelled the island, killing two marines" (a participle after an
    act of its category), "killed one soldier and wounded two" (a second verb of the same
    subject) or "air strikes destroyed a tower" (an event noun as the subject of one)."""
    token = match.head
    if token.dep_ in ("acl", "oprd", "ccomp", "xcomp", "amod"):
        leave = token.head.head if token.head.dep_ == "dobj" else token.head
        cause = by_head.get(leave.head.i) if leave.lemma_.lower() == "leave" and leave.dep_ == "advcl" \
            and leave.tag_ == "VBG" else None
        if cause is not None and cause.trigger.event == match.trigger.event:
            return True  # "fired tear gas at students, leaving scores injured": what the act left
    if token.dep_ == "conj" and match.trigger.pos == "NOUN" and any(
            m.trigger.event == match.trigger.event and any(t.i == c.i for t in m.tokens for c in token.conjuncts)
            for m in by_head.values()):
        return True  # "launched artillery, mortar and rocket fire": one barrage
    if token.dep_ in ("relcl", "acl") and match.trigger.event == "PROTEST":
        own = by_head.get(token.head.i)  # "a rally to protest the law": the rally's purpose
        if own is not None and own.trigger.event == "PROTEST":
            return True
    if token.dep_ == "relcl":  # "launched the drones that struck the plants"
        governor = by_head.get(token.head.head.i)
        return governor is not None and governor.trigger.event == match.trigger.event
    governor = by_head.get(token.head.i)
    if governor is None and token.dep_ == "advcl" and token.tag_ == "VBG":
        # "held a rally in Tbilisi, chanting slogans": the act named by the verb's object noun
        governor = next((by_head[c.i] for c in token.head.children if c.dep_ == "dobj" and c.i in by_head
                         and by_head[c.i].trigger.pos == "NOUN"), None)
    if match.trigger.event == "RETREAT" and token.dep_ == "advcl" and token.tag_ == "VBG" and any(
            m.trigger.mode == "deport" for m in (by_head.get(t.i) for t in (token.head, *token.head.children)
                                                 if t.i == token.head.i or t.dep_ == "xcomp") if m is not None):
        return True  # "began expelling Afghans, sending thousands back": the deportation again
    if governor is not None and match.trigger.words[:2] == ("bow", "to") and token.tag_ == "VBG" \
            and token.dep_ in ("advcl", "xcomp"):
        return True  # "withdrew the bill, bowing to protests": the giving in told twice
    if governor is not None and governor.trigger.event == "PROTEST" and governor.trigger.words[0] == "burn" \
            and "riot" in match.trigger.flags and token.dep_ == "conj":
        return True  # "burned Japanese flags and threw rocks at the embassy": one protest
    if governor is not None and "riot" in governor.trigger.flags and "riot" in match.trigger.flags \
            and token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return True  # "stormed the embassy and set it on fire": one rampage
    if governor is not None and match.trigger.pos == "NOUN" and token.dep_ == "nsubj" \
            and match.trigger.not_crowd is not None and governor.trigger.event == match.trigger.not_crowd[0]:
        return True  # "Israeli strikes on a school killed 30 people": the strikes are the killing
    if governor is None or governor.trigger.event != match.trigger.event:
        return False
    if "warn" in match.trigger.flags and any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return False  # "condemned the attack and warned that it would respond": perhaps a threat
    if token.dep_ == "dobj" and match.trigger.pos == "NOUN" and any(
            t.i != governor.head.i and t in token.subtree for t in governor.tokens):
        return True  # "ordered the deployment of troops": the row "order troop" reads through the noun
    if token.dep_ in ("npadvmod", "appos") and match.trigger.pos == "NOUN":
        return True  # "arrived in Kyiv on Friday, the first visit by an Indian leader": the arrival again
    if token.dep_ == "conj" and token.tag_ == "VBG" and token.head.dep_ == "advcl" and token.head.tag_ == "VBG" \
            and (first := by_head.get(token.head.head.i)) is not None \
            and first.trigger.event == match.trigger.event \
            and match.trigger.mode in (None, first.trigger.mode, "destroy", "primitive"):
        # "shelled the island, killing two marines and setting houses ablaze": one shelling (but
        # "..., killing 1,200 people and taking 250 hostages" is an abduction besides)
        return True
    if token.dep_ == "conj" and token.pos_ == "VERB":  # "killed one soldier and wounded two others"
        own_mode = match.trigger.mode not in (None, governor.trigger.mode)  # "... and took hostages"
        active = not any(c.dep_ == "nsubjpass" for c in governor.head.children)  # not "was captured and killed by"
        # "met and had a talk with X": the first verb, which needs a party, names none; the second does
        bare = "rcp" in governor.trigger.needs \
            and not any(c.dep_ in ("dobj", "prep", "dative") for c in governor.head.children)
        return active and not own_mode and not bare \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    return (token.dep_ == "advcl" and token.tag_ == "VBG") or token.dep_ in ("nsubj", "nsubjpass")


def _denied_report(token: Token) -> bool:
    """The act a denied report tells of: "denied a report that Putin had held a call with Trump"
    names the call, and says it did not happen (coding rules 5)."""
    return token.dep_ in ("acl", "ccomp") and token.head.lemma_.lower() in CLAIM_NOUNS \
        and token.head.dep_ == "dobj" and token.head.head.lemma_.lower() == "deny" \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _is_claim(token: Token) -> bool:
    """An act inside what a report or claim says ("declined to comment on reports that Russian
    jets had entered Turkish airspace") is hearsay the sentence does not assert."""
    current = token
    for _ in range(4):
        if current.dep_ in ("acl", "ccomp", "relcl") and current.head.lemma_.lower() in CLAIM_NOUNS \
                and current.head.pos_ != "VERB" \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children):
            return not _denied_report(current)  # the denial names the act, negated
        if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _exhorts(token: Token) -> bool:
    """A slogan in the imperative ("Let's build a thriving nation", "Reject the talks!") urges;
    it reports no act."""
    if token.lemma_.lower() == "let" and any(t.lower_ in EXHORTING and t.dep_ in ("nsubj", "dobj")
                                              for c in (token, *token.children) for t in c.children):
        return True
    return token.tag_ == "VB" and token.dep_ == "ROOT" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


def _claim_as_topic(match: TriggerMatch, by_head: dict[int, TriggerMatch]) -> bool:
    """An accusation that is the object of a verb which only speaks of it ("termed the Indian
    allegations baseless", "responded to the charges") is its topic, not an accusation made."""
    head = match.head
    if match.trigger.pos != "NOUN" or head.lemma_.lower() not in CLAIM_NOUNS:
        return False
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
    if head.dep_ == "nsubj" and verb.lemma_.lower() in JUDGING_COPULAS \
            and any(c.dep_ in ("acomp", "attr") for c in verb.children):
        return True  # "saying accusations by Berlin were absurd": judged, not made
    if any(c.dep_ == "relcl" and c.lemma_.lower() in DISMISSING for c in head.children):
        return True  # "charges he has rejected as false"
    return head.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" and verb.i not in by_head \
        and verb.lemma_.lower() not in CLAIM_MAKERS


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
    told = [c for c in match.head.children if c.dep_ == "ccomp" and c.i < match.head.i]
    if match.trigger.event == "REQUEST" and any(_demanded(c) for c in told):
        return False  # "Japan should apologise for its crimes, Rodong Sinmun said": a demand
    return reporting and bool(told)


def _demanded(clause: Token) -> bool:
    """A clause of what another party should or must do ("we should" is the speakers' own plan)."""
    return any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in clause.children) \
        and not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in clause.children)


def _is_background(match: TriggerMatch) -> bool:
    """An event noun in a time adjunct ("since last month's invasion", "during a summit") is
    background to the sentence's act, not a reported act."""
    if match.trigger.pos != "NOUN":
        return False
    token = match.head
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "cite":
        return True  # "pulled out of the summit, citing cross-border attacks": the reason given
    if token.dep_ == "pobj" and token.head.lower_ == "in" and token.lemma_.lower() == "protest":
        return True  # "resigned in protest", "a hunger strike in protest of ...": a manner
    if token.dep_ == "pobj" and token.head.lower_ in ("about", "on") and token.head.head.lemma_.lower() in WORKS:
        return True  # "her book about the Iraq invasion", "a film on the 1973 coup": a work's subject
    if token.dep_ == "pobj" and token.head.lower_ == "at" and token.lemma_.lower() in ASKINGS:
        return True  # "present at Damascus's request", "visited at the invitation of Putin": a setting
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.lower_ in BACKGROUND_PREPS:
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "because" and any(
                c.lower_ == "of" for c in token.head.children):
            return True  # "because of Israeli restrictions", parsed with "of" as a complement
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ("ahead", "because"):
            return True  # "ahead of an opposition rally"
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in AGENDA_NOUNS:
            return True  # "on the agenda of the closed consultations", "on the sidelines of a summit"
        if token.dep_ == "pobj" and token.head.lower_ == "from" \
                and token.head.head.lemma_.lower() in LEFT_BEHIND:
            return True  # "released from Chinese detention": where they were, not a new act
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
    if by_head[token.head.i].trigger.event == "CONSULT" and child_of(token, "dobj") is not None:
        return False  # "spoke with Putin by phone, urging him to withdraw": a demand made in the call
    return match.trigger.event in ("REQUEST", "SUPPORT")


def _is_description(match: TriggerMatch, by_head: dict[int, TriggerMatch]) -> bool:
    """A clause that describes a noun ("refugees, whom authorities blame", "demonstrators
    protesting the results") characterises it; it is not the reported act. A reaction to an act
    is one ("declared a ceasefire, which Kyiv dismissed as a ploy")."""
    if _reaction_to_act(match, by_head) or _denied_report(match.head) or first_to_act(match.head):
        return False
    if _inquiry_body(match) is not None and match.head.head.dep_ == "dobj" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in match.head.children):
        return False  # "set up a mission to investigate abuses", parsed as a relative clause, is the inquiry
    if match.head.dep_ == "acl" and match.head.tag_ == "VBG":
        # "rebels fighting the government" describes; "a decree imposing sanctions" acts, and so
        # does a paper its subject put out ("KCNA issued a report exposing the crimes of ...")
        return match.head.head.lemma_.lower() not in ISSUED and not put_out(match.head.head)
    clause = match.head
    while clause.dep_ in ("dobj", "pobj", "prep", "xcomp") and clause.head.i != clause.i:
        clause = clause.head  # the verb that carries an event noun: "which is preparing an offensive"
    if clause.dep_ == "conj" and clause.head.dep_ == "relcl" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head  # "the territory, which belonged to Syria and was occupied by Israel"
    if _said_at_setting(clause) or _said_in_words(clause) or _done_at_gathering(clause):
        return False
    if clause.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubj", "nsubjpass")
                                      for c in clause.children):
        # "guerrillas who overran it", "Macedonia, which is preparing an offensive"; but police
        # "who fired tear gas" at a protest are told acting on it ("clashed with police who fired
        # tear gas", "defying police who fired water cannon")
        return match.trigger.mode != "crowd-control"
    # a noun the parser made the root ("The minister conferred ...") has its predicate as an acl
    predicate = match.head.head.dep_ == "ROOT" and match.head.tag_ in ("VBD", "VBZ", "VBP")
    return match.trigger.event in SPEECH_ACTS and match.head.dep_ in ("relcl", "acl") and not predicate \
        and not plan_clause(match.head)  # "has no plans to attend the conference" tells the plan


# Words that rank a state among those who did something: "the first country to", "the only one to".
RANKS = frozenset({"first", "second", "third", "latest", "last", "only", "sole", "next"})


def first_to_act(verb: Token) -> bool:
    """ "Russia became the first country to recognise the Taliban government": the infinitive on
    what the subject is or becomes tells the subject's own act, when that is the sentence's news
    (not a gloss on another act: "skipped the summit, becoming the first leader to snub it")."""
    noun, copula = verb.head, verb.head.head
    return verb.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and noun.dep_ == "attr" and any(c.lower_ in RANKS for c in noun.children) \
        and copula.lemma_.lower() in ("be", "become", "remain") and copula.dep_ == "ROOT" \
        and child_of(copula, "nsubj") is not None \
        and not any(c.dep_ == "advcl" and c.tag_ == "VBG" for c in copula.children)


# Nouns that sum up the act told before them: "..., a move Beijing called a provocation".
MOVES = frozenset({"move", "step", "decision", "measure", "action", "act"})


def sums_up_act(clause: Token) -> bool:
    """A relative clause on a noun that sums up the act told before it: "..., a move the Kremlin
    called unfriendly", "..., a decision Damascus hailed", "in a move Guyana called a threat"."""
    noun = clause.head
    summing_up = noun.dep_ in ("appos", "npadvmod") or (noun.dep_ == "pobj" and noun.head.lower_ == "in")
    return clause.dep_ == "relcl" and summing_up and noun.lemma_.lower() in MOVES


def _reaction_to_act(match: TriggerMatch, by_head: dict[int, TriggerMatch]) -> bool:
    """A relative clause after a comma whose object is an act and whose subject is another party:
    "Moscow declared a truce, which Kyiv rejected"."""
    clause, noun = match.head, match.head.head
    subject = child_of(clause, "nsubj")
    if sums_up_act(clause) and subject is not None and subject.tag_ != "PRP":
        return True  # "ratified the Rome Statute, a move the Kremlin called unfriendly", "in a move ..."
    acts = {t.i for m in by_head.values() if m is not match for t in m.tokens}
    act = noun
    while act.i not in acts and act.dep_ in ("pobj", "prep") and act.head.i != act.i:
        act = act.head  # "a ceasefire over Orthodox Christmas, which ..."
    if clause.dep_ != "relcl" or act.i not in acts or act.pos_ not in ("NOUN", "PROPN"):
        return False
    relative = any(c.tag_ == "WDT" and c.dep_ == "dobj" for c in clause.children)
    comma = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].is_punct
    return relative and comma and subject is not None and subject.tag_ != "PRP"


# What words are said or written in: "a speech in which he condemned the rioters".
UTTERANCES = frozenset({"speech", "statement", "address", "letter", "interview", "message", "tweet", "post",
                        "remarks", "editorial", "commentary", "communique", "article", "video", "broadcast"})


def _said_in_words(clause: Token) -> bool:
    """ "delivered a speech in which he condemned the rioters": the clause tells what the speech
    said, the act itself, not a description of the speech."""
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() in UTTERANCES and any(
        c.dep_ == "prep" and c.lower_ in ("in", "through") and any(g.tag_ == "WDT" for g in c.children)
        for c in clause.children)


# Meetings that acts are done at: "an AU summit where Nigeria and Benin signed the agreement".
SUMMITS = frozenset({"summit", "meeting", "conference", "session", "ceremony", "talks", "forum", "gathering"})


def _done_at_gathering(clause: Token) -> bool:
    """A "where" clause on a summit tells what was done there, not what the summit is."""
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() in SUMMITS and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)


def _said_at_setting(clause: Token) -> bool:
    """A parser slip: "said at a regular press briefing that China urges the US to ..." hangs the
    that-clause on the briefing as a relative clause; it is what was said, not a description."""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "during", "in", "on"):
        return False
    if noun.head.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    that = noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "that" \
        and noun.doc[noun.i + 1].head.i in {t.i for t in clause.subtree}
    return that and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children)


def _is_standing_rule(match: TriggerMatch) -> bool:
    """A passive whose agent is a document states a rule, not an act: "a test banned by U.N.
    resolutions", "weapons prohibited under the treaty"."""
    head = match.head
    if head.tag_ != "VBN":
        return False
    for prep in head.children:
        if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "under"):
            rule = child_of(prep, "pobj")
            if rule is not None and rule.lemma_.lower() in RULES:
                return True
    return False


def _is_passive_participle(token: Token) -> bool:
    """"Asked about prices, the minister said ...": the main clause's subject is not its actor."""
    return token.tag_ == "VBN" and token.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


def _gathered_to_talk(match: TriggerMatch) -> bool:
    """ "Ministers gathered in Brussels to discuss the war": the gathering is the talks; so a crowd
    that gathered or marched "to protest" is the protest ("drove tractors into Brussels to protest")."""
    head = match.head
    if match.trigger.pos != "VERB" or head.dep_ not in ("advcl", "xcomp"):
        return False
    if match.trigger.event == "CONSULT":
        return head.head.lemma_.lower() in GATHERINGS
    if (match.trigger.event, head.lemma_.lower()) in CROWD_AIMS and head.head.lemma_.lower() in GATHERINGS:
        return gathered_crowd(head)  # "hundreds of protesters gathered ... to demand his resignation"
    return match.trigger.event == "PROTEST" and head.lemma_.lower() in ("protest", "demonstrate") \
        and head.head.lemma_.lower() in CROWD_MOVES


# A crowd's demand or denunciation told as why it gathered is its protest; the gatherers named by these words.
CROWD_AIMS = frozenset({("REQUEST", "demand"), ("REQUEST", "call"), ("ACCUSE", "denounce"), ("ACCUSE", "condemn")})
GATHERERS = frozenset({"protester", "demonstrator", "crowd", "activist", "thousand", "hundred", "student",
                       "worker", "resident", "villager", "supporter"})


def gathered_crowd(purpose: Token) -> bool:
    """ "Hundreds of protesters gathered outside the office to demand ...": a crowd gathered."""
    verb = purpose.head
    if purpose.dep_ not in ("advcl", "xcomp") or verb.lemma_.lower() not in GATHERINGS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(t.lemma_.lower() in GATHERERS for t in subject.subtree)


def _inquiry_body(match: TriggerMatch) -> Token | None:
    """ "set up a commission to investigate enforced disappearances", "formed a panel to probe the
    killings": the body set up, whose inquiry is the act of whoever set it up, not a mere aim."""
    head = match.head
    if match.trigger.mode != "investigate" or match.trigger.pos != "VERB" or head.dep_ not in ("advcl", "acl", "relcl", "xcomp"):
        return None
    governor = head.head
    body = governor if governor.pos_ in ("NOUN", "PROPN") else child_of(governor, "dobj")
    return body if body is not None and body.lemma_.lower() in INQUIRY_BODIES else None


# Verbs that raise or send forces for a task: their "to" infinitive is the task, not an act.
SENDING_TO_ACT = frozenset({"call", "send", "deploy", "dispatch", "mobilise", "mobilize", "recruit", "rush",
                            "conscript", "draft", "train", "arm", "muster", "station"})


# Verbs whose infinitive is their content: after a time phrase the parser may read it as an
# adverbial clause ("threatened on Sunday to raise tariffs", "vowed on Monday to retaliate").
INFINITIVE_TAKERS = frozenset({"threaten", "vow", "pledge", "promise", "agree", "refuse", "decline", "offer",
                               "decide", "vote", "propose", "plan", "seek"})


def misread_complement(token: Token) -> bool:
    """An infinitive the parser hung as an adverbial clause after a time phrase of its verb,
    where it is the verb's content: "threatened on Sunday to raise tariffs"."""
    head = token.head
    if token.dep_ != "advcl" or head.i >= token.i or head.lemma_.lower() not in INFINITIVE_TAKERS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children) \
            or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == token.i - 1 for c in token.children):
        return False
    between = [c for c in head.children if head.i < c.i < token.i]
    return bool(between) and all(c.dep_ in ("prep", "npadvmod", "advmod", "punct") for c in between) \
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in head.children)


# Envoys summoned or called in, and the verbs that do it: an infinitive on the envoy is the summons' aim.
SUMMONED_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "d'affaires", "chargé",
                             "charge", "representative", "emissary"})
SUMMONING_VERBS = frozenset({"summon", "call", "recall", "convoke"})


def _is_purpose(token: Token) -> bool:
    """An infinitive of purpose ("suspended drills to support diplomacy", "missiles to counter
    drone attacks") states an aim, not an act."""
    if token.dep_ in ("relcl", "acl") and token.head.dep_ == "dobj" \
            and token.head.lemma_.lower() in SUMMONED_ENVOYS and token.head.head.lemma_.lower() in SUMMONING_VERBS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return True  # "summoned a Japanese diplomat to protest Tokyo's claim": the summons' aim, not the envoy's act
    current = token
    for _ in range(3):
        if misread_complement(current):
            return False
        if current.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in current.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return True
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in SENDING_TO_ACT \
                and any(c.dep_ == "dobj" for c in current.head.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            return True  # "called up 300,000 reservists to fight in Ukraine": what they are for
        if current.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children) \
                and any(c.dep_ == "mark" for c in current.children):
            return False  # "as Russia massed troops": a clause of its own, whatever it hangs on
        if current.dep_ not in ("dobj", "pobj", "prep", "advcl", "compound", "xcomp", "conj") or current.head.i == current.i:
            return False
        if current.dep_ == "conj" and (current.pos_ != "VERB" or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux") and c.lower_ != "to" for c in current.children)):
            return False  # "to end the violence and allow access": both the aim; not a clause of its own
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
                or any(c.dep_ in ("aux", "nsubj", "nsubjpass") and c.lower_ != "to" for c in current.children)
                or (current.head.dep_ == "ccomp" and current.head.i in by_head
                    and (current.head.head.i not in by_head  # "..., the spokesman told reporters": no demand
                         or not requirements_met(by_head[current.head.head.i])))):
            # "condemned the test and imposed sanctions"; not "urged X to unite and mobilize" nor
            # "agreed to reduce its stockpile and to allow inspectors in"; a reported act's partner
            # is an act of its own ("said Tehran condemned the strike and held Washington responsible")
            return None, False
        if current.dep_ == "acl" and current.head.lemma_.lower() in ISSUED and not _rejected(current.head, by_head):
            return None, False  # "signed a decree imposing sanctions": the decree's act is the event
        if current.dep_ == "prep" and current.lower_ in TOPIC_PREPS and token.pos_ in ("NOUN", "PROPN"):
            via_topic = True
        if is_condition(current):
            via_condition = True
        elif current.dep_ not in COMPLEMENT_DEPS and current.dep_ != "conj" and not _content_participle(current) \
                and not for_clause(current) and not _gerund_object(current) and not misread_complement(current):
            return None, False
        elif current.dep_ == "prep" and current.lower_ in SETTING_PREPS | BACKGROUND_PREPS \
                and not (current.lower_ == "for" and (previous.dep_ == "pcomp" or current.head.pos_ == "NOUN"
                                                      or _for_what(current, by_head))) \
                and not _pattern_word(current, by_head):
            return None, False  # "urged China ... during a visit to Beijing": a setting, not content
        previous = current  # "denounced Seoul for staging drills", "an offer for talks": content
        current = current.head
        found = by_head.get(current.i)
        if found is not None and "to" in found.trigger.needs and not requirements_met(found):
            found = None  # "told Putin that he was willing to ...": a saying verb, not a demand
        if found is None and previous.dep_ == "ccomp":
            noun = next((by_head[c.i] for c in current.children if c.dep_ == "dobj" and c.i in by_head), None)
            stranded = stranded_clause(noun.head) if noun is not None else None
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


def _for_what(prep: Token, by_head: dict[int, TriggerMatch]) -> bool:
    """The "for" of an apology, a regret or praise names what it is for: "offered an apology on
    Friday for the shooting of ...", "thanked Doha for mediating" (the topic, not a setting)."""
    governor = by_head.get(prep.head.i)
    return governor is not None and governor.trigger.event in ("CONCEDE", "SUPPORT")


def _pattern_word(prep: Token, by_head: dict[int, TriggerMatch]) -> bool:
    """The preposition belongs to the trigger it hangs on: the "for" of "called for the release"."""
    governor = by_head.get(prep.head.i)
    if governor is not None and governor.trigger.event == "ACCUSE" and prep.lower_ in governor.trigger.recipient_preps:
        return True  # "lashed out at the U.S. exercises": what is criticised, not a setting
    return governor is not None and any(t.i == prep.i for t in governor.tokens)


def _rejected(document: Token, by_head: dict[int, TriggerMatch]) -> bool:
    """ "vetoed a resolution condemning the annexation": the refusal is the event, not the text."""
    verb = by_head.get(document.head.i)
    return document.dep_ == "dobj" and verb is not None and verb.trigger.event == "REJECT"


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
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.head.dep_ not in ("pcomp", "xcomp", "ccomp"):
        return False
    # "Scholz spoke with Putin, urging him to withdraw, a spokesman said": the clause the
    # participle hangs on is a reported act, not the content of a speech act
    return not (token.head.dep_ == "ccomp" and token.head.head.lemma_.lower() in REPORTING_VERBS
                and token.head.head.i > token.i)


# Prepositions the parser may read as an adjective of the place, making it an object
# ("rallied outside parliament").
MISREAD_PLACE_PREPS = frozenset({"outside", "inside", "near", "around", "across", "through", "along", "opposite"})


def requirements_met(match: TriggerMatch) -> bool:
    """needs=comp / needs=dobj / needs=intrans / needs=clause / needs=passive / needs=other of the lexicon row."""
    needs = match.trigger.needs
    deps = {c.dep_ for c in match.head.children}
    if "dobj" in needs and not deps & {"dobj", "nsubjpass"} and match.head.dep_ != "acl" \
            and free_relative_object(match.head) is None:
        return False
    if "intrans" in needs and any(c.dep_ == "dobj" and not any(g.lower_ in MISREAD_PLACE_PREPS for g in c.children)
                                  for c in match.head.children):
        return False  # "demonstrated outside the embassy", not "demonstrated a shocking ignorance"
    if "comp" in needs and not deps & {"xcomp", "ccomp", "dobj", "prep", "nsubjpass"} and not any(
            c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in match.head.children):  # "offered to host talks", "host" misread as a noun
        return False
    if "other" in needs and not any(c.dep_ in ("ccomp", "xcomp") and child_of(c, "nsubj") is not None
                                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                    for c in match.head.children):
        return False  # "wants Germany to pay more", not "wants to join NATO"
    if "passive" in needs and "nsubjpass" not in deps:
        return False  # "seismic monitors in Japan detected the blast": whoever sees moves nothing
    if match.trigger.event == "REQUEST" and goes_ahead(match.head):
        return False  # "pressed ahead with its offensive": carried on, asked no one
    if "to" in needs and match.trigger.event == "REQUEST" and "xcomp" not in deps:
        return False  # "told Manila to tow the ship away" asks; "told Putin that he was willing" says
    # needs=clause: "its demand that Israel ease ...", not "demand for oil"
    return "clause" not in needs or bool(deps & {"acl", "ccomp", "xcomp"}) or stranded_clause(match.head) is not None
