"""Who acts and on whom: the actor and the recipient of a trigger in the dependency parse.

A verb's actor is its subject or passive agent, a noun's its possessor, its "by"/"from" phrase
or the subject of the light verb that carries it ("held talks"); the recipient is the object,
the preposition the lexicon names, or the party a speech act's content is about. Groups of no
known country take the country where they act (coding rules 3).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol

from spacy.tokens import Doc, Token

from detente.events import ontology
from detente.events.modality import is_condition, speaker_own_conj
from detente.events.triggers import DATA_DIR, TriggerMatch, lemma_of
from detente.headline import is_headline
from detente.records import Entity

# Categories whose act is said, not done: they take a trigger in their complement as content.
SPEECH_ACTS = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT",
                         "THREATEN"})
# What a denial names, whose "it" is the denier: "denied reports that it had moved troops".
DENIED_REPORTS = frozenset({"report", "claim", "allegation", "rumor", "rumour", "speculation", "suggestion"})
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
    "pass",  # a legislature enacts what it passes: "passed an amnesty law", "passed sanctions"
    "consider", "weigh", "mull", "contemplate",  # a possibility only: "is considering sanctions"
    "kick", "wrap",  # "kicked off joint drills", "wrapped up talks"
    "tighten", "toughen", "strengthen", "broaden", "widen", "maintain",  # "would tighten the blockade"
    "set", "establish", "form", "dispatch",  # "set up a fact-finding mission", "formed a commission of inquiry"
})
# Verbs whose "in" phrase holds the event noun: "took part in talks".
PARTICIPATION_VERBS = frozenset({"take", "engage", "participate", "join"})
# Verbs whose "on" phrase holds an ongoing act of their subject: "have been on strike".
STAYING_VERBS = frozenset({"be", "remain", "stay", "continue", "go"})
# Nouns of people handed to another state, whose "of" names who is moved, not who moves them.
HANDOVER_NOUNS = frozenset({"extradition", "handover", "deportation", "repatriation"})
OWNER_PREPS = ("of", "from", "by", "in", "near", "on", "at", "to", "against", "between", "inside")
# Where talks are held is no party to them: "held talks in Moscow".
MEETING_OWNER_PREPS = tuple(p for p in OWNER_PREPS if p not in ("in", "near", "on", "at", "inside"))
# A subject is owned only by "of"/"from" ("supporters of X") or by its agent ("an attack by
# militants killed ..."), never by where it stood.
SUBJECT_OWNER_PREPS = ("of", "from", "by", "including")  # "leaders including Zarif and Johnson"
# The parties of what a speech act is about: "praised the agreement between Israel and the UAE".
CONTENT_OWNER_PREPS = (*SUBJECT_OWNER_PREPS, "between")
TIME_NOUNS = frozenset({"eve", "day", "anniversary", "morning", "night", "week", "month", "year"})
WATERS = frozenset({"sea", "waters", "ocean", "gulf", "strait"})
# Prepositions that put the clause's subject in an event noun ("stand with Russia during talks").
SETTING_PREPS = frozenset({"during", "at", "in", "for", "on"})
SETTING_CATEGORIES = frozenset({"CONSULT", "COOPERATE", "MOBILIZE"})
# Verbs of coming together whose place is only where a meeting is held.
VENUE_VERBS = frozenset({"gather", "assemble", "convene", "meet", "converge"})
# Verbs of a crowd coming together whose "for"/"in" phrase names its protest: "thousands
# gathered in Nairobi for a rally", "marched in a protest against the tax".
LINKED = frozenset({"link", "tie", "connect", "affiliate", "work"})  # "hackers working for the GRU"
GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "march", "rally", "mass", "throng"})
# Documents that carry an act: "signed a decree imposing sanctions".
DOCUMENTS = frozenset({"decree", "order", "law", "resolution", "bill", "measure", "directive", "motion"})
# Nouns of intent whose infinitive is the intended act, done by who has them ("has no plans to").
INTENTIONS = frozenset({"plan", "intention", "decision", "readiness", "willingness", "commitment",
                        "bid", "effort", "attempt", "option", "move"})
# Documents whose issuer acts through them: "issued a statement condemning the raid".
ISSUED = DOCUMENTS | {"statement", "declaration", "communique", "letter", "message", "note"}
# Writings whose publisher speaks through them when it puts them out ("issued a report exposing").
WRITINGS = frozenset({"report", "article", "commentary", "editorial"})
PUTTING_OUT = frozenset({"issue", "publish", "release", "carry", "run"})
# Categories whose place names the target when nothing else does ("struck targets in Lebanon",
# "lifted the curfew in Montenegro", "reimposed blockades in the West Bank").
PLACE_IS_TARGET = {"ASSAULT": ("in", "on", "at"), "CONCEDE": ("in", "on"), "COERCE": ("in",),
                   "AID": ("into",)}  # "sent aid trucks into Gaza": where help goes is helped
# Papers signed, whose place is where the signing was held.
SIGNED_PAPERS = frozenset({"declaration", "agreement", "accord", "deal", "treaty", "pact", "memorandum",
                           "communique", "charter", "protocol", "document", "roadmap", "convention"})
# Participles whose agent made the thing they follow ("a plan drafted by X"); not "mediated by",
# "hit by", whose agent is a go-between or a cause.
AUTHORING = frozenset({"draft", "propose", "set", "submit", "table", "write", "prepare", "present", "issue",
                       "impose", "put", "make", "craft", "draw", "announce", "introduce", "offer", "pass",
                       "adopt", "unveil", "lay", "sponsor", "float", "advance",
                       # a meeting is its organiser's: "boycotted a congress organised by Moscow"
                       "organise", "organize", "convene",
                       # an agreement is its parties': "welcomed the ceasefire agreed by the army and the RSF"
                       "agree", "sign", "reach", "conclude"})
# Categories of help and offers, whose object's "for" phrase names who benefits ("pledged
# 150 million dollars for flood relief in Pakistan").
BENEFIT_CATEGORIES = frozenset({"AGREE", "AID"})
NOUN_ACTOR_PREPS = ("by", "from")
# Prepositions whose object is the party a speech act's content is aimed at.
CONTENT_PREPS = ("to", "against", "on", "with", "from")
RECIPROCAL_NOUN_PREPS = ("between", "among", "of")
NON_STATES = frozenset({"IGO", "NGO", "MNC"})
# Categories whose passive subject is the force that acts ("troops were deployed").
FORCES_MOVE = frozenset({"MOBILIZE"})
# Verbs of sending help, and the people sent who are help of their country ("Cuban doctors were
# dispatched to Italy"); the sick or wounded flown out are not ("Navalny was airlifted to Berlin").
SENDING = frozenset({"send", "dispatch", "deploy"})
HELPERS = frozenset({"doctor", "medic", "nurse", "team", "rescuer", "expert", "specialist", "engineer", "worker",
                     "volunteer", "firefighter", "personnel", "unit", "brigade"})
# Verbs that say what a protest is against ("... to protest against the decision").
PROTEST_PURPOSES = frozenset({"protest", "oppose", "denounce", "condemn", "demand", "decry"})
# Nouns that name an assault by its means when they are its subject or agent.
ATTACK_NOUNS = frozenset({"bombing", "ambush", "airstrike", "shelling"})
# The instrument as subject ("a car bomb killed eight soldiers"): an unknown perpetrator.
UNKNOWN_PERPETRATOR = "UAF"
PLACE_PREPS = ("in", "at", "near", "outside", "across", "throughout")
# Sectors of a state's own forces, and the verbs by which a state body reports what they did.
STATE_FORCES = frozenset({"MIL", "COP", "SPY"})
REPORTERS = frozenset({"say", "deny", "confirm", "announce", "report", "admit", "acknowledge", "state",
                       "claim", "insist"})
# Verbs that say a protest happened: "protests erupted in", "riots swept France".
OCCURRENCE_VERBS = frozenset({"erupt", "spread", "break", "continue", "begin", "start", "flare", "grow",
                              "escalate", "rage", "intensify", "sweep", "rock", "engulf", "resume", "hit"})
# Where forces went or aimed, nearest in meaning first; a retreat is also from a place ("of" as
# in "out of"), where a deployment "from Belarus" names where the forces came from.
FORCE_PLACE_PREPS = {
    "MOBILIZE": ("toward", "towards", "into", "near", "along", "over", "across", "to", "in", "at", "on", "around"),
    "RETREAT": ("from", "of", "into", "toward", "towards", "to", "in", "at", "near", "along"),
}
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
# Verbs that lay a burden on someone: "the sanctions imposed on Niger".
IMPOSING = frozenset({"impose", "place", "slap", "level"})
# Words of quantity whose "of" phrase names what is counted: "most of the sanctions", "the last of
# its troops", "freed hundreds of prisoners".
PORTIONS = frozenset({"any", "none", "some", "all", "most", "many", "much", "several", "few", "part",
                      "half", "rest", "remainder", "bulk", "majority", "last", "one", "two", "three",
                      "dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand",
                      "thousands"})
# Quarrels whose "with" phrase names the rival a show of force answers ("amid tensions with Iran").
RIVALRY_NOUNS = frozenset({"tension", "tensions", "dispute", "clash", "standoff", "stand-off", "row",
                           "confrontation", "feud", "spat", "showdown", "hostility", "hostilities"})
# Event nouns whose modifier may name the actor ("U.S. sanctions", "a Russian attack"); for
# cooperation nouns a modifier names the topic too often ("a Mexico-type accord").
MODIFIER_ACTOR_CATEGORIES = frozenset({"ASSAULT", "SANCTION", "MOBILIZE", "COERCE", "PROTEST",
                                       "THREATEN", "ACCUSE"})


class ActorSource(Protocol):
    """What the coder needs of the actors stage (`DocumentActors`)."""

    def resolve(self, token: Token) -> list[Entity]: ...


# Adjectives on an event noun that say what kind of act it is, not who does it: "a general
# mobilisation", "the military threat to the DPRK", "a military attack on Iran".
KINDS_OF_ACT = frozenset({"general", "military", "armed", "naval"})


@dataclass(frozen=True)
class Roles:
    """The actor and recipient found for a trigger."""

    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    weak: bool  # found through a fallback (owner of a noun phrase, light verb, inherited subject)


# Participles of a vehicle's load ("a plane carrying aid to ...").
CARRYING = frozenset({"carry", "transport", "bear", "load"})
# Participles that name where goods come from or who uses them: the state a trade measure on
# "electric vehicles made in China" or "chemicals used by South Korean chipmakers" is aimed at.
ORIGINS = frozenset({"make", "import", "produce", "manufacture", "build", "export", "ship", "source",
                     "use", "grow", "assemble"})
# Verbs that report what a speaker says will happen to someone ("said X would pay a price").
SPEAKING = frozenset({"say", "warn", "tell", "declare", "vow", "insist", "add", "state"})
# Acts that move people from one state's hands: in the passive, "from" names who acted.
HANDED_OVER = frozenset({"COOPERATE", "RETREAT"})


def act_roles(match: TriggerMatch, inner: list[TriggerMatch], actors: ActorSource) -> Roles:
    """Actor and recipient of a trigger, an event noun's or a verb's."""
    return noun_roles(match, actors) if match.trigger.pos == "NOUN" else verb_roles(match, inner, actors)


def verb_roles(match: TriggerMatch, inner: list[TriggerMatch], actors: ActorSource) -> Roles:
    """Actor and recipient of a verb trigger; `inner` are the acts folded into it as content."""
    trig, head = match.trigger, match.head
    skip = {t.i for t in match.tokens}
    patient = child_of(head, "nsubjpass") or headline_patient(match) or _shared_passive_subject(head)
    weak = False
    agent = _passive_agent(head) if patient is not None else None  # "by a team of agents from Riyadh"
    by_agent = tuple(owner_entities(agent, actors, skip, depth=1, preps=SUBJECT_OWNER_PREPS)
                     ) if agent is not None else ()
    of_patient = prep_object(patient, ("of",)) if patient is not None else None
    if patient is not None and (patient.i in skip or of_patient is not None and of_patient.i in skip):
        # "talks were held between X and Y", "a fresh round of talks was held"
        actor = by_agent
        if not actor and "mutual" in trig.flags:  # also "talks between X and Y were held"
            actor = prep_entities([head, patient], RECIPROCAL_NOUN_PREPS, actors, skip)
        # "new sanctions on Iran will be imposed by the EU": the phrase may hang on the subject
        recipient = prep_entities([head, patient], trig.recipient_preps, actors, skip)
        if not actor and trig.event == "ASSAULT":  # "rockets were fired at Israel from Gaza"
            launcher = _weapon_as_actor(patient, actors)
            # an unknown launcher counts only when the shot had a target (not "a rocket was launched")
            actor = launcher if recipient or any(e.country for e in launcher) else ()
    elif patient is not None:
        actor = by_agent
        if not actor and trig.event == "ASSAULT":  # "were killed by a roadside bomb", "in a car bomb blast"
            means = agent if agent is not None else prep_object(head, ("in", "by")) or _weapon_struck(head)
            actor = (_operation_owner(means, actors) or _weapon_as_actor(means, actors)) if means is not None else ()
        recipient = tuple(owner_entities(patient, actors, skip))
        if not actor and trig.event == "ASSAULT" and is_weapon(patient):
            # "a grenade was hurled at a temple": the weapon's unknown user attacks what it was aimed at
            actor, recipient = _weapon_as_actor(patient, actors), prep_entities(head, trig.recipient_preps, actors, skip)
        if not recipient and trig.event == "AID":  # "food was airdropped into Gaza by Jordanian planes"
            recipient = prep_entities(head, trig.recipient_preps, actors, skip)
        if not actor and trig.event in SPEECH_ACTS and is_headline(head.doc):
            actor = _credited_source(head.doc, actors)  # "Japan Urged to Make Reparation: KCNA Commentary"
        if not actor and trig.event == "SANCTION":
            # "PDVSA was hit with sweeping U.S. sanctions": whose the sanctions are acts
            actor = tuple(e for t in match.tokens if t.i != head.i and t.pos_ == "NOUN"
                          for e in owner_entities(t, actors, set(), depth=1, preps=()) if e.country)
        if not actor and (trig.event in FORCES_MOVE or trig.event == "AID" and trig.words[0] in SENDING
                          and patient.lemma_.lower() in HELPERS and any(e.country for e in recipient)):
            # "troops were deployed along the border", "Cuban doctors were dispatched to Italy"
            actor, recipient = recipient, prep_entities(head, trig.recipient_preps, actors, skip)
        elif not actor and trig.mode == "expel":
            # "Nigeria was suspended from the Commonwealth": the body that drops its member acts
            actor = tuple(e for e in prep_entities(head, ("from",), actors, skip) if e.country in NON_STATES)
        elif not actor and trig.event in HANDED_OVER:
            # "was extradited from the United States to Panama", "released from Chinese detention"
            actor = tuple(e for e in prep_entities(head, ("from",), actors, skip) if e.country)
            recipient = prep_entities(head, ("to",), actors, skip) or recipient
    elif _joined_passive(head) and child_of(head.head, "nsubjpass") is not None:
        # "was arrested by police and jailed": who suffered both, the doer of the second untold
        actor = ()
        recipient = tuple(owner_entities(child_of(head.head, "nsubjpass"), actors, skip))
    else:
        subject = subject_of(head)
        # the sides of a fight, or the parties "the two" refers back to: all act, none receives
        parties = _fighting_sides(subject, actors) if subject is not None and trig.event == "ASSAULT" else ()
        if subject is None and head.dep_ == "acl":
            agent = _passive_agent(head)
            actor = tuple(actors.resolve(agent)) if agent is not None else ()
        else:
            actor = tuple(owner_entities(subject, actors, set(), depth=1, preps=SUBJECT_OWNER_PREPS)
                          ) if subject is not None else ()
            weak = subject is not None and subject.head.i != head.i
            if not actor and subject is not None and trig.event == "ASSAULT":
                actor = _weapon_as_actor(subject, actors) or parties
            if not actor and subject is not None and _reciprocal(subject):
                parties = actor = _earlier_parties(subject, actors)
            if not actor and subject is not None and _named(subject):
                actor = _role_held(head, actors)
        recipient = () if parties and actor == parties else _verb_recipient(match, inner, actors, skip, actor)
        if subject is None and head.dep_ == "acl" and head.tag_ == "VBN" and trig.mode == "release" \
                and not any(e.country for e in recipient):
            # "30 Palestinian prisoners released by Israel": the people the participle follows
            recipient = tuple(e for e in owner_entities(head.head, actors, skip, depth=1) if e.country) or recipient
    if trig.actor_prep:  # "received aid from Chile": the phrase may hang on the object
        giver = prep_entities([head, *match.tokens, *_children(head, "dobj")], tuple(trig.actor_prep.split("/")),
                              actors, skip)
        actor, recipient = (giver, actor) if giver else ((), actor)
    if "swap" in trig.flags:
        actor, recipient = recipient, actor
    if "said" in trig.flags:
        actor, recipient = _speaker_and_addressee(head, actors)
    recipient = tuple(e for e in recipient if e.code not in {a.code for a in actor})
    return Roles(actor, recipient, weak)


def _speaker_and_addressee(verb: Token, actors: ActorSource) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """ "Biden said Russia would pay a heavy price": Biden acts on Russia. No actor when the
    speakers speak of themselves ("farmers said they would pay a higher price")."""
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEAKING
    speaker, subject = (subject_of(verb.head) if reported else None), subject_of(verb)
    actor = tuple(owner_entities(speaker, actors, set(), depth=1)) if speaker is not None else ()
    addressee = tuple(owner_entities(subject, actors, set(), depth=1)) if subject is not None else ()
    if not {e.code for e in addressee} - {e.code for e in actor}:
        return (), addressee
    return actor, addressee


def _verb_recipient(match: TriggerMatch, inner: list[TriggerMatch], actors: ActorSource,
                    skip: set[int], actor: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The first place that names a recipient with a country; else one without ("protesters").
    What a speech act is about counts only when it names another country than the actor's
    ("warned it would suspend the military pact": the pact is not the recipient), and the
    actor itself is never its own recipient ("gave one billion Australian dollars to Indonesia")."""
    own = {e.country for e in actor}
    codes = {e.code for e in actor}
    fallback: tuple[Entity, ...] = ()
    own_kind: tuple[Entity, ...] = ()  # "pledged Germany's solidarity with Israel": Israel, not Germany
    # one international body may address another ("the Arab League called on the Security Council")
    addressed = match.trigger.event in SPEECH_ACTS
    bodies = {_body(e) for e in actor if e.country in NON_STATES}
    for found, direct in _recipient_places(match, inner, actors, skip):
        found = tuple(e for e in found if e.code not in codes
                      or (addressed and e.country in NON_STATES and _body(e) not in bodies))
        if not direct and all(e.country in own for e in found):
            continue
        if any(e.country for e in found):
            named = tuple(e for e in found if e.country)
            # force may well hit the actor's own people abroad ("a Turkish drone strike killed PKK members in Iraq")
            other_body = any(addressed and e.country in NON_STATES and _body(e) not in bodies for e in named)
            if own - {None} and not other_body and all(e.country in own for e in named) \
                    and match.trigger.event not in ("ASSAULT", "COERCE"):
                own_kind = own_kind or named
                continue
            return named
        if direct:
            fallback = fallback or found
    return own_kind or fallback


def _body(entity: Entity) -> str:
    """Which international body an IGO or NGO entity is."""
    return (entity.kb_id or entity.name or entity.text).lower()


def _recipient_places(match: TriggerMatch, inner: list[TriggerMatch], actors: ActorSource,
                      skip: set[int]) -> Iterable[tuple[tuple[Entity, ...], bool]]:
    """Candidate recipients, best first, each with whether the trigger itself governs it:
    object, indirect object, the lexicon's prepositions, the place of an assault, whom help is
    "for", the owner of a noun inside the trigger, then what a speech act is about."""
    trig, head = match.trigger, match.head
    speech = trig.event in SPEECH_ACTS or "warn" in trig.flags or "comp" in trig.needs
    contents = [(content, act_roles(content, [], actors)) for content in inner] if speech else []
    if trig.event == "ACCUSE":  # who did the act condemned: "condemned the killing of its soldiers by Chinese troops"
        for content, roles in contents:
            if roles.actor and _joint_act(content.head):
                # "denounced Seoul's joint drills with the U.S.": both parties of the drills
                known = {e.code for e in roles.actor}
                partners = tuple(e for e in prep_entities(content.head, ("with",), actors, skip)
                                 if e.country and e.code not in known)
                yield roles.actor + partners, False
                continue
            yield roles.actor, False
    declared = _declared_unwelcome(match)
    if declared is not None:
        yield tuple(owner_entities(declared, actors, skip)), True
    # a relative "that" before the verb is never the recipient ("a briefing that China urges the US")
    dobj = next((c for c in head.children if c.dep_ == "dobj" and not (c.lower_ == "that" and c.i < head.i)),
                None) or _shifted_object(head) or (_free_relative_thing(head) if trig.event in FORCE_ACTS else None)
    if dobj is not None and (dobj.lower_ == "them" and head.dep_ == "conj" or dobj.lower_ in ("him", "her", "it", "them")
                             and head.dep_ == "advcl" and head.tag_ == "VBG" and head.i > head.head.i):
        # "met Hamas leaders in Doha and urged them to accept": the first verb's object; so in a
        # participle after it: "hosted Xi, pressing him to ...", "wrote to Warsaw, asking it to ..."
        earlier = child_of(head.head, "dobj")
        if earlier is None and head.dep_ == "advcl":
            earlier = prep_object(head.head, ("to", "with"))
        if earlier is not None and earlier.tag_ != "PRP" and any(e.country for e in actors.resolve(earlier)):
            dobj = earlier
    holders = [head, *match.tokens[1:]]
    if dobj is not None:  # "launched artillery, mortar and rocket fire against ..."
        holders.extend([dobj, *dobj.conjuncts])
        # "sent a plane carrying 50 tonnes of supplies to Port Sudan": the load goes where it is sent
        holders.extend(c for c in dobj.children if c.dep_ == "acl" and c.lemma_.lower() in CARRYING)
        # "closed all crossings on its eastern border with Russia": the border's other side
        holders.extend(b for p in dobj.children if p.dep_ == "prep" and p.lower_ in ("on", "along", "at")
                       for b in p.children if b.dep_ == "pobj" and b.lemma_.lower() in BORDER_NOUNS)
    if trig.event in HANDED_OVER and "to" in trig.recipient_preps:
        # "extradited a Russian hacker to the United States": the state that receives, not whom it
        # gets; a go-between ("handed the hostages to the Red Cross") leaves the hostages' state
        receivers = prep_entities(holders, ("to",), actors, skip)
        # an international court is no go-between: "extradited Mladic to the UN war crimes tribunal"
        yield tuple(e for e in receivers if e.country not in NON_STATES or e.sector == "JUD"), True
    if dobj is not None:
        if "nodobj" in trig.flags:  # "praised Haiti's efforts", not "discussed the war in Ukraine"
            found = owner_entities(dobj, actors, skip | {dobj.i}, preps=CONTENT_OWNER_PREPS)
            if not found and trig.mode == "release":  # "freed 30 Palestinians": the people freed
                found = [e for e in actors.resolve(dobj) if e.country]
            if not found and trig.mode == "release":
                # "freed 52 prisoners, including Lithuanian and Polish citizens": the foreigners named
                found = [e for p in (*_children(dobj, "prep"), *_children(head, "prep")) if p.lower_ == "including"
                         for o in _children(p, "pobj") for e in owner_entities(o, actors, skip, depth=1) if e.country]
        else:
            # where a meeting is held or a paper signed is no party to it: "signed a
            # declaration in Beijing"
            signed = head.lemma_.lower() in ("sign", "initial") and dobj.lemma_.lower() in SIGNED_PAPERS
            preps = MEETING_OWNER_PREPS if trig.event == "CONSULT" or signed else OWNER_PREPS
            found = owner_entities(dobj, actors, skip, preps=preps)
        yield tuple(found), True
    if trig.event == "CONCEDE" and dobj is not None:
        # "lifted the sanctions (it had) imposed on Niger": whom the burden was laid on
        burden = counted_whole(dobj)
        laid = [c for c in (burden.children if burden is not None else ())
                if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in IMPOSING]
        yield prep_entities(laid, ("on", "against"), actors, skip), True
    dative = child_of(head, "dative", "iobj")
    if dative is not None and dative.lower_ not in ("to", "for"):
        yield tuple(actors.resolve(dative)), True
    yield prep_entities(holders, trig.recipient_preps, actors, skip), True
    for word in match.tokens[1:]:  # "broke into the Senate's email system": whose system
        if word.dep_ == "pobj" and word.pos_ in ("NOUN", "PROPN"):
            yield tuple(owner_entities(word, actors, skip, depth=1, preps=("of",))), True
        elif word.dep_ == "prep" and word.head.i == head.i:  # "railed against the United States"
            for pobj in (c for c in word.children if c.dep_ == "pobj" and c.i not in skip):
                # a party named, not a thing placed ("called for a cessation of hostilities in Sudan")
                yield tuple(e for e in owner_entities(pobj, actors, skip, depth=0)
                            if e.country and (pobj.pos_ == "PROPN" or e.sector)), True
    if trig.event == "ASSAULT":  # "launched the drones that struck the Saudi oil plants"
        for word in dict.fromkeys([*match.tokens[1:], *([dobj] if dobj is not None else [])]):
            for clause in _children(word, "relcl"):
                target = child_of(clause, "dobj")
                if target is not None:
                    yield tuple(owner_entities(target, actors, skip)), True
                yield prep_entities(clause, ("in", "on", "at"), actors, skip), True
    if trig.event in PLACE_IS_TARGET:
        yield prep_entities(holders, PLACE_IS_TARGET[trig.event], actors, skip), True
    if trig.event in BENEFIT_CATEGORIES and dobj is not None:
        yield prep_entities(holders, ("for",), actors, skip), False
    if not speech:  # a noun of the trigger names whose thing was hit: "broke into the accounts of U.S. officials"
        for noun in (t for t in match.tokens[1:] if t.pos_ == "NOUN"):
            yield tuple(owner_entities(noun, actors, skip, depth=1)), False
    if speech:
        if trig.event == "THREATEN" or "warn" in trig.flags:
            # whom the condition names before what the threat is about: "threatened to cut the
            # transit of Russian gas if the EU imposed sanctions" is aimed at the EU
            yield _condition_subject(head, actors, skip), False
        clauses = _content_clauses(head, dobj)
        for comp in clauses:
            subj = child_of(comp, "nsubj", "nsubjpass")
            if subj is not None and subj.tag_ != "PRP":
                yield tuple(owner_entities(subj, actors, skip, depth=1)), False
            elif subj is None and comp.pos_ == "NOUN" and comp.dep_ == "ccomp":
                # a verb read as a noun after a possessive: "demanded that Myanmar's military release ..."
                yield tuple(owner_entities(comp, actors, skip, depth=1)), False
        for content, roles in contents:
            yield roles.recipient, False
            if "mutual" in content.trigger.flags:  # "offered to host talks between X and Y"
                yield roles.actor, False
        for comp in clauses:
            for found in _content_entities(comp, actors, skip):
                yield found, False


# Nouns of an offer whose infinitive says what was offered ("an invitation to visit Washington").
OFFER_NOUNS = frozenset({"invitation", "offer", "proposal", "request", "call", "appeal", "plea"})


def _content_clauses(head: Token, dobj: Token | None) -> list[Token]:
    """The clauses that say what a speech act asks, says or offers: its complements, a "for X to"
    clause, and a "that" clause of its object noun ("demanded guarantees that NATO would not
    expand")."""
    clauses = [c for c in head.children if c.dep_ in ("ccomp", "xcomp") or for_clause(c)]
    if dobj is not None:
        clauses += [c for c in dobj.children if c.dep_ == "acl" and c.pos_ == "VERB"
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if dobj.lemma_.lower() in OFFER_NOUNS:  # "declined an invitation to meet Iranian leaders"
            clauses += [c for c in dobj.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                        and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)]
    return clauses


def _declared_unwelcome(match: TriggerMatch) -> Token | None:
    """Who is declared persona non grata: the noun just before the phrase, which the parser
    reads as a subject, a compound or an object ("declared two German diplomats persona non grata")."""
    if match.trigger.words[-3:] != ("persona", "non", "grata"):
        return None
    before = min(t.i for t in match.tokens[1:]) - 1
    return match.head.doc[before] if before > match.head.i else None


def _condition_subject(head: Token, actors: ActorSource, skip: set[int]) -> tuple[Entity, ...]:
    """Whom a threat's condition names: "threatened to halt talks if the United States ..."."""
    clauses = [head, *(c for c in head.children if c.dep_ in ("ccomp", "xcomp"))]
    for clause in clauses:
        for child in clause.children:
            if is_condition(child):
                subj = child_of(child, "nsubj", "nsubjpass")
                if subj is not None and subj.tag_ != "PRP":
                    return tuple(e for e in owner_entities(subj, actors, skip, depth=1) if e.country)
    return ()


def _content_entities(clause: Token, actors: ActorSource, skip: set[int],
                      depth: int = 1) -> Iterable[tuple[Entity, ...]]:
    """Who the content of a speech act is about, best first: its indirect object, a party
    in a prepositional phrase, its object, the subject of a clause under it ("agreed to lend
    Ukraine ...", "refused to hand over X to the United States", "offered to help Nepal rebuild")."""
    dative = child_of(clause, "dative", "iobj")
    if dative is not None and dative.lower_ not in ("to", "for"):
        yield tuple(e for e in actors.resolve(dative) if e.country)
    obj = child_of(clause, "dobj")
    holders = [clause] + ([obj] if obj is not None else [])
    yield prep_entities(holders, CONTENT_PREPS, actors, skip)
    if obj is not None:
        yield tuple(e for e in owner_entities(obj, actors, skip) if e.country)
    yield prep_entities(holders, ("in", "inside", "for"), actors, skip)
    if depth > 0:
        for comp in clause.children:
            if comp.dep_ in ("ccomp", "xcomp") or for_clause(comp):
                subj = child_of(comp, "nsubj", "nsubjpass")
                if subj is not None and subj.tag_ != "PRP":
                    yield tuple(e for e in owner_entities(subj, actors, skip, depth=1) if e.country)
                yield from _content_entities(comp, actors, skip, depth - 1)


def is_weapon(token: Token) -> bool:
    """A weapon word, or a noun a weapon word modifies ("a car bomb explosion", "a roadside
    bombing" names its means by its compound or is an assault noun itself)."""
    instruments = load_instruments()
    if ("ASSAULT", token.lemma_.lower()) in instruments or token.lemma_.lower() in ATTACK_NOUNS:
        return True
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    modifiers += [g for c in modifiers for g in c.conjuncts]  # "a gun and bomb attack"
    return any(("ASSAULT", c.lemma_.lower()) in instruments for c in modifiers)


# Verbs by which a vehicle or a patrol meets a hidden weapon: "when their convoy hit a mine".
MEETING_WEAPONS = frozenset({"hit", "strike", "trigger", "detonate"})


def _weapon_struck(verb: Token) -> Token | None:
    """The weapon of a "when" clause of a killing told in the passive: "five soldiers were killed
    when their vehicle hit a roadside bomb" (the mine or bomb stands for an unknown attacker)."""
    for clause in _children(verb, "advcl"):
        if clause.lemma_.lower() in MEETING_WEAPONS and any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
            weapon = child_of(clause, "dobj")
            if weapon is not None and is_weapon(weapon):
                return weapon
    return None


# Nouns of two-sided fighting, whose sides are named "between" them.
FIGHT_NOUNS = frozenset({"clash", "fighting", "skirmish", "firefight", "gunfight", "battle"})


def _fighting_sides(subject: Token, actors: ActorSource) -> tuple[Entity, ...]:
    """ "Clashes between Indian and Chinese troops killed 20 soldiers": the fight's sides all act,
    and, as with "clashed", no one is its recipient (coding rules 7, ASSAULT)."""
    if subject.lemma_.lower() not in FIGHT_NOUNS:
        return ()
    return prep_entities(subject, ("between", "among"), actors, set())


# Operations of armed forces, whose owner did what was done in them.
OPERATIONS = frozenset({"operation", "raid", "strike", "airstrike", "offensive", "assault", "bombardment", "attack"})


def _operation_owner(means: Token, actors: ActorSource) -> tuple[Entity, ...]:
    """Who ran the operation someone was killed in: "killed in a US counter-terrorism operation"."""
    if means.lemma_.lower() not in OPERATIONS:
        return ()
    return tuple(e for e in owner_entities(means, actors, set(), depth=1, preps=SUBJECT_OWNER_PREPS) if e.country)


# Verbs by which a weapon is sent off from where its users are: "a rocket fired from Lebanon".
LAUNCHING = frozenset({"fire", "launch", "shoot"})


def _weapon_as_actor(subject: Token, actors: ActorSource) -> tuple[Entity, ...]:
    """A weapon as the subject of an assault stands for whose it is ("Iranian missiles were fired
    at U.S. bases"), or for the country it was fired from ("a rocket fired from Lebanon landed
    near Kiryat Shmona"), else for an unknown perpetrator."""
    if not is_weapon(subject):
        return ()
    owner = tuple(e for c in subject.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                  for e in actors.resolve(c) if e.country)
    launched = [c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in LAUNCHING]
    if subject.dep_ == "nsubjpass" and subject.head.lemma_.lower() in LAUNCHING:
        launched.append(subject.head)  # "two rockets were fired at Israel from Gaza"
    origin = owner or tuple(e for e in prep_entities(launched, ("from",), actors, set()) if e.country)
    if origin:
        return origin
    return (Entity(text=subject.text, country=None, sector=UNKNOWN_PERPETRATOR,
                   why="a weapon is the subject: unknown perpetrator"),)


def _with_hyphened_states(modifier: Token, found: tuple[Entity, ...], actors: ActorSource) -> tuple[Entity, ...]:
    """ "the China-Russia drills", "U.S.-south Korea exercises": a state joined by a hyphen to the
    name before an act noun is a party too."""
    if not any(e.country for e in found):
        return found
    doc, own = modifier.doc, {e.country for e in found}
    partners = [e for t in modifier.subtree if t.text == "-" and t.i > 0
                for e in actors.resolve(doc[t.i - 1]) if e.country and e.country not in own]
    return (*partners, *found)


def _against(modifier: Token) -> bool:
    """An "anti-" modifier names whom the act is against ("anti-NATO", "anti-Japan")."""
    words = [t.lower_ for t in modifier.subtree] + [modifier.doc[modifier.i - k].lower_ for k in (1, 2)
                                                    if modifier.i - k >= 0]
    return any(w == "anti" or w.startswith("anti-") for w in words)


# Relations named after an event noun's "of", whose "with" names the other side.
TIES = frozenset({"relation", "relations", "tie", "ties", "link", "links"})


def noun_roles(match: TriggerMatch, actors: ActorSource) -> Roles:
    """Actor and recipient of an event noun, from its own phrase or the verb that carries it."""
    trig, noun = match.trigger, match.head
    skip = {t.i for t in match.tokens}
    weak = False
    actor: tuple[Entity, ...] = ()
    recipient = prep_entities(noun, trig.recipient_preps, actors, skip)
    ties = prep_object(noun, ("of",))
    if not recipient and ties is not None and ties.lemma_.lower() in TIES:
        recipient = prep_entities(ties, trig.recipient_preps, actors, skip)  # "the severance of relations with Malaysia"
    for child in noun.children:
        if child.dep_ == "poss":
            actor = tuple(actors.resolve(child))
            break
    carrier = _carrier_verb(noun)
    if carrier is None and trig.event == "ASSAULT":
        carrier = claimed_by(noun)
    if not actor:
        # a preposition that names the recipient names no actor ("the withdrawal of troops from Mali");
        # with a light verb its subject acts ("completed their withdrawal from the Kyiv region")
        own_preps = tuple(p for p in NOUN_ACTOR_PREPS if p not in trig.recipient_preps) \
            + (() if "of" in trig.recipient_preps else ("of",))
        actor = prep_entities(noun, own_preps, actors, skip)
        if not actor:
            fallback = prep_entities(noun, NOUN_ACTOR_PREPS, actors, skip)  # "the visit of the UN chief"
            actor = (_carrier_subject(carrier, actors) if fallback else ()) or fallback
    if not actor and noun.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        actor = tuple(_performed_by(noun, actors, skip))  # "a general strike called by the unions paralysed ..."
    owner = prep_object(noun, ("of",))
    if not any(e.country for e in actor) and noun.dep_ == "dobj" and any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for t in (noun, owner) if t is not None for c in t.children):
        # "the Philippines completed the withdrawal of its troops"
        actor = _subject_with_country(noun.head, actors) or actor
    ordered = noun.dep_ == "dobj" and not any(c.dep_ == "poss" for c in noun.children) \
        and (trig.event == "MOBILIZE" or noun.lemma_.lower() in HANDOVER_NOUNS)
    if announced_retreat(match) or ordered:
        # "Moscow ordered the withdrawal of its troops": Moscow concedes; "Putin announced a
        # mobilisation of reservists", "a Spanish court approved the extradition of a Russian
        # programmer": who orders the forces out or the person handed over acts, not those named
        actor = _subject_with_country(noun.head, actors) or actor
    if not actor and "mutual" in trig.flags and not _where_it_goes_on(noun):
        holders = [noun] if carrier is None else [noun, carrier]  # "no talks were held between X and Y"
        actor = prep_entities(holders, RECIPROCAL_NOUN_PREPS, actors, skip)
    if not actor and trig.event in MODIFIER_ACTOR_CATEGORIES | {"RETREAT"}:
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i not in skip \
                    and not (child.dep_ == "amod" and child.lower_ in KINDS_OF_ACT):  # "a general mobilisation"
                found = _with_hyphened_states(child, tuple(actors.resolve(child)), actors)
                if trig.event == "RETREAT" and child.dep_ != "amod":
                    continue  # "the Syrian truce", "the Russian withdrawal"; not "the Gaza ceasefire"
                if found and _against(child):
                    recipient = recipient or found  # "an anti-NATO rally": NATO is the target
                elif found:
                    actor = found
                    break
    if carrier is not None:
        if actor and not any(e.country for e in actor):  # "it would tighten the naval blockade": NATO, not "naval"
            actor = _subject_with_country(carrier, actors) or actor
        if not actor:
            weak = True
            agent = _passive_agent(carrier) if child_of(carrier, "nsubjpass") is not None else None
            subject = agent if agent is not None else subject_of(carrier)
            actor = tuple(owner_entities(subject, actors, set(), depth=1)) if subject is not None else ()
        if not recipient:
            dative = child_of(carrier, "dative")
            recipient = tuple(actors.resolve(dative)) if dative is not None else ()
            recipient = recipient or prep_entities(carrier, trig.recipient_preps, actors, skip)
    slot = partitive_slot(noun)  # "for two days of talks", "in the first of weekly protests"
    if not actor and (trig.event in SETTING_CATEGORIES or trig.event == "PROTEST" and slot.dep_ == "pobj"
                      and lemma_of(slot.head.head, GATHERING_VERBS) in GATHERING_VERBS) \
            and slot.dep_ == "pobj" and slot.head.lower_ in SETTING_PREPS and slot.head.head.pos_ in ("VERB", "AUX"):
        weak = True  # "North Korea would stand with Russia during talks with Putin"
        subject = subject_of(slot.head.head)
        if subject is None and slot.head.head.dep_ == "pcomp" and any(
                c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
            # "praised Qatar's role in brokering the truce during a call with the emir": the
            # parser hangs the setting on the gerund; the clause's subject is in the call
            subject = next((subject_of(t) for t in noun.head.head.ancestors
                            if t.pos_ in ("VERB", "AUX") and subject_of(t) is not None), None)
        actor = tuple(owner_entities(subject, actors, set(), depth=1, preps=SUBJECT_OWNER_PREPS)
                      ) if subject is not None else ()
        if not recipient and slot.head.lower_ == "for" \
                and not (trig.event == "CONSULT" and slot.head.head.lemma_.lower() in VENUE_VERBS):
            # "arrived in Belarus for joint drills"; not "gathered in Luxembourg for talks", a venue
            recipient = prep_entities(slot.head.head, ("in", "to"), actors, skip)
    if not recipient and trig.event in SPEECH_ACTS:  # "its demand that Israel ease restrictions"
        stranded = stranded_clause(noun)
        for clause in [*noun.children, *([stranded] if stranded is not None else [])]:
            subj = child_of(clause, "nsubj", "nsubjpass") if clause.dep_ in ("acl", "ccomp") else None
            if subj is not None and subj.tag_ != "PRP":
                recipient = tuple(e for e in owner_entities(subj, actors, skip, depth=1) if e.country)
                break
    if not recipient and ontology.quad_code(trig.event) in (3, 4):  # "rocket fire against camps"
        recipient = prep_entities([noun] if carrier is None else [noun, carrier], ("against",), actors, skip)
    if trig.actor_prep and carrier is not None:
        giver = prep_entities([noun, carrier], tuple(trig.actor_prep.split("/")), actors, skip)
        actor, recipient = (giver, actor) if giver else ((), actor)
    if not recipient and trig.event == "ASSAULT" and noun.dep_ == "pobj" and noun.head.lower_ == "under" \
            and noun.head.head.lemma_.lower() in ("come", "be", "remain"):
        subject = subject_of(noun.head.head)  # "Kyiv came under a heavy Russian missile attack"
        recipient = tuple(owner_entities(subject, actors, set(), depth=1)) if subject is not None else ()
    if not recipient and (trig.event in SPEECH_ACTS or trig.event == "PROTEST") and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in DRAWING_VERBS:
        # "Iran's seizure of two tankers drew a sharp protest from Athens": the act's owner
        cause = child_of(noun.head, "nsubj")
        recipient = tuple(e for e in owner_entities(cause, actors, skip, depth=1) if e.country
                          ) if cause is not None else ()
    recipient = tuple(e for e in recipient if e.code not in {a.code for a in actor})
    return Roles(actor, recipient, weak)


# Verbs by which an act brings on a reaction: "the test drew condemnation from Seoul".
DRAWING_VERBS = frozenset({"draw", "prompt", "spark", "provoke", "trigger", "elicit"})


def _subject_with_country(verb: Token, actors: ActorSource) -> tuple[Entity, ...]:
    """The subject of a verb (inherited as `subject_of` finds it), when it names a country."""
    subject = subject_of(verb)
    found = tuple(owner_entities(subject, actors, set(), depth=1)) if subject is not None else ()
    return found if any(e.country for e in found) else ()


def partitive_slot(noun: Token) -> Token:
    """Where an event noun stands in its clause when it is counted or ranked by an "of" phrase:
    "days" in "for two days of talks", "first" in "in the first of weekly protests"."""
    slot = noun
    while slot.dep_ == "pobj" and slot.head.lower_ == "of" and slot.head.head.dep_ == "pobj" \
            and slot.head.head.pos_ in ("NOUN", "ADJ", "NUM"):
        slot = slot.head.head
    return slot


def _where_it_goes_on(noun: Token) -> bool:
    """A fight told as what goes on in a place ("Sudan, where fighting between the army and the
    RSF has displaced ten million") is the place's background, not a reported clash."""
    clause = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    return clause is not None and clause.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children)


def _carrier_subject(carrier: Token | None, actors: ActorSource) -> tuple[Entity, ...]:
    """The subject of an event noun's light verb, when it names a country."""
    subject = child_of(carrier, "nsubj") if carrier is not None else None
    found = tuple(owner_entities(subject, actors, set(), depth=1)) if subject is not None else ()
    return found if any(e.country for e in found) else ()


# Verbs by which a government announces a retreat it makes: "ordered the withdrawal of its troops".
ANNOUNCING_VERBS = frozenset({"announce", "order", "decide", "approve", "declare"})


def announced_retreat(match: TriggerMatch) -> bool:
    """A withdrawal noun as the object of a verb that announces or orders it (coding rules 7,
    CONCEDE: announced withdrawals)."""
    noun = match.head
    return match.trigger.pos == "NOUN" and match.trigger.event == "RETREAT" \
        and match.trigger.mode == "withdraw" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
        and noun.head.lemma_.lower() in ANNOUNCING_VERBS


# Verbs by which a group owns an attack: "claimed the bombing", "claimed responsibility for".
CLAIMING_VERBS = frozenset({"claim", "admit", "accept", "take", "deny"})
# What a group claims or denies in an attack, and the preposition naming the attack.
CLAIMED_SHARES = {"responsibility": "for", "involvement": "in", "role": "in"}


def claimed_by(noun: Token) -> Token | None:
    """The verb by which a group claims an attack as its own, whose subject is the attacker:
    "Islamic State claimed the bombing", "the Pakistani Taliban claimed responsibility for the
    attack", "took responsibility for the killings"; a denial of it names the act, negated
    (coding rules 5): "Moscow denied any involvement in the poisoning"."""
    verb = noun.head
    share = noun.head.head.lemma_.lower() if noun.dep_ == "pobj" else ""
    if share in CLAIMED_SHARES and noun.head.lower_ == CLAIMED_SHARES[share]:
        verb = noun.head.head.head  # "claimed responsibility for the rocket barrage"
        if noun.head.head.dep_ != "dobj":
            return None
    elif noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() != "claim":
        return None  # "the bombing was claimed by Islamic State": the passive's agent attacked
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIMING_VERBS:
        return None
    return verb


# Verbs that go on with an act named in their "with" phrase: "pressed ahead with the offensive".
AHEAD_VERBS = frozenset({"press", "push", "forge", "go", "move", "plough", "plow", "proceed"})


def goes_ahead(verb: Token) -> bool:
    """ "pressed ahead with", "pushed on with", "went ahead with", "proceeded with": carrying on."""
    lemma = verb.lemma_.lower()
    return lemma in AHEAD_VERBS and (lemma == "proceed" or any(
        c.dep_ in ("advmod", "prt") and c.lower_ in ("ahead", "on", "forward") for c in verb.children))


def _carrier_verb(noun: Token) -> Token | None:
    """The light verb of an event noun: "held [talks]", "took part in [talks]"."""
    if noun.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "appos") and lemma_of(noun.head, LIGHT_VERBS) in LIGHT_VERBS:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        if lemma_of(verb, PARTICIPATION_VERBS) in PARTICIPATION_VERBS:
            return verb
        if noun.head.lower_ == "with" and goes_ahead(verb):
            return verb  # "pressed ahead with its offensive", "went ahead with the strike"
        if noun.head.lower_ == "on" and verb.lemma_.lower() in STAYING_VERBS:
            return verb  # "has been on hunger strike since May", "remained on strike"
        if noun.head.lower_ == "of" and short_of(noun.head) is not None:
            return short_of(noun.head)  # "stopped short of a formal apology"
        if noun.head.lower_ == "of" and verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "attr", "nsubjpass"):
            return _carrier_verb(verb)  # "began ten days of joint drills", "held a round of talks"
    if noun.dep_ == "conj":
        return _carrier_verb(noun.head)
    return None


def placed(head: Token, entities: tuple[Entity, ...], actors: ActorSource, why: str) -> tuple[Entity, ...]:
    """Entities of no known country belong to the one country where the act took place (coding
    rules 3): victims ("killed 23 people ... in Tel Aviv") and domestic groups ("opposition
    leaders called off a rally in Baku")."""
    clauses = [head, *(c for c in head.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB")]
    clauses += [t for t in head.subtree if t.dep_ in ("xcomp", "dobj") and t.head.i in {c.i for c in clauses}]
    places = {e.country for e in prep_entities(clauses, PLACE_PREPS, actors, set())
              if e.country and e.country not in NON_STATES}
    if len(places) != 1:
        return entities
    (country,) = places
    return tuple(replace(e, country=country, why=why) for e in entities)


def forces_destination(event: str, match: TriggerMatch, actor: tuple[Entity, ...],
                       actors: ActorSource) -> tuple[Entity, ...]:
    """Where forces went, came from or aimed, when that is another country than the actor's:
    "drills near the Ukrainian border", "moved troops toward its border with Iraq", "pulled
    out of the city of Kherson" (coding rules 3, MOBILIZE and RETREAT)."""
    own = {e.country for e in actor} | NON_STATES
    skip = {t.i for t in match.tokens}
    head = match.head
    objects = _children(head, "dobj")
    holders = [head, *match.tokens[1:], *_children(head, "prt", "advmod"), *objects,
               *(c for o in objects for c in _children(o, "conj"))]
    if head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass"):  # "launched drills near ..."
        holders.append(head.head)
    if event == "MOBILIZE":  # "flew over the peninsula in a show of force against Pyongyang"
        for prep in (t for holder in holders for t in _phrases(holder) if t.lower_ == "against"):
            target = [e for e in prep_entities(prep.head, ("against",), actors, skip) if e.country not in own]
            if target:
                return tuple(target)
        for prep in (t for holder in holders for t in _phrases(holder)
                     if t.lower_ == "to" and t.head.lemma_.lower() in WARNING_NOUNS):
            # "sent a carrier group to the eastern Mediterranean as a warning to Hezbollah"
            target = [e for e in prep_entities(prep.head, ("to",), actors, skip) if e.country not in own]
            if target:
                return tuple(target)
    for prep in FORCE_PLACE_PREPS[event]:
        for holder in holders:
            for child in holder.children:
                if child.dep_ not in ("prep", "dative") or child.lower_ != prep:  # "sent troops to"
                    continue
                pobj = child_of(child, "pobj")
                if pobj is None or _is_time(pobj):
                    continue
                found = [e for e in owner_entities(pobj, actors, skip) if e.country and e.country not in own]
                if not found and pobj.lemma_.lower() in BORDER_NOUNS:  # "to its border with China"
                    found = [e for e in prep_entities(pobj, ("with",), actors, skip) if e.country not in own]
                found = [e for e in found if e.country]
                if found:
                    return tuple(found)
    return _rival(match, own, actors) if event == "MOBILIZE" else ()


# What a show of force is sent as, aimed at whom it names: "as a warning to Hezbollah".
WARNING_NOUNS = frozenset({"warning", "message", "signal", "deterrent"})


def _rival(match: TriggerMatch, own: set[str | None], actors: ActorSource) -> tuple[Entity, ...]:
    """A show of force told with the quarrel it answers is aimed at the other side of it:
    "held drills amid a dispute with China", "sent troops as tensions with Iran rose" (coding
    rules 3, MOBILIZE). Only the trigger's own phrases and clauses, not a joined main clause."""
    head = match.head
    verb = head.head if head.pos_ == "NOUN" and head.dep_ in ("dobj", "nsubjpass") else head
    stack, skip = [verb], {t.i for t in match.tokens}
    while stack:
        token = stack.pop()
        stack.extend(c for c in token.children if c.dep_ not in ("conj", "ccomp", "parataxis"))
        if token.lemma_.lower() in RIVALRY_NOUNS and token.i not in skip:
            found = [e for e in prep_entities(token, ("with",), actors, set()) if e.country and e.country not in own]
            if found:
                return tuple(found)
        if token.dep_ == "advcl" and token.pos_ == "VERB" and token.lemma_.lower() in HOSTILE_ANSWERED \
                and any(c.dep_ == "mark" and c.lower_ in ("after", "as", "when") for c in token.children):
            # "put its forces on high alert after Indian jets struck a camp in Balakot"
            subject = child_of(token, "nsubj")
            found = [e for e in owner_entities(subject, actors, set(), depth=1)
                     if e.country and e.country not in own] if subject is not None else []
            if found:
                return tuple(found)
    return ()


# Hostile acts of another state that a show of force answers ("after Indian jets struck ...").
HOSTILE_ANSWERED = frozenset({"strike", "attack", "shell", "bomb", "fire", "kill", "raid", "invade", "cross",
                              "seize", "shoot", "launch", "test", "violate", "mass", "deploy",
                              "fly", "enter", "approach", "intrude", "sail"})  # "after Russian bombers flew along its coast"


def _phrases(token: Token) -> list[Token]:
    """The prepositions in a word's own phrases, not in clauses under it: "in a show of force
    against Pyongyang", not "as Kiev moved against separatists"."""
    found = []
    stack = [c for c in token.children if c.dep_ == "prep"]
    while stack:
        prep = stack.pop()
        found.append(prep)
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            stack.extend(c for c in noun.children if c.dep_ == "prep")
    return found


def reporters_own(head: Token, entities: tuple[Entity, ...], actors: ActorSource) -> tuple[Entity, ...]:
    """State forces with no country named, in what a state body reports, are its own: "the
    Egyptian army denied that soldiers had opened fire" (soldiers: EGY MIL)."""
    if any(e.country for e in entities) or not all(e.sector in STATE_FORCES for e in entities):
        return entities
    clause = head
    while clause.dep_ in ("conj", "xcomp", "advcl") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTERS:
        return entities
    speaker = subject_of(clause.head)
    doer = child_of(head, "nsubj", "nsubjpass")
    own = doer is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in doer.children)
    # "Rwanda denied that its troops had crossed into Congo": "its" is the speaking state's
    said = [e for e in owner_entities(speaker, actors, set(), depth=1)
            if e.sector in STATE_FORCES | {"GOV"} or (own and e.sector is None)] \
        if speaker is not None else []
    countries = {e.country for e in said if e.country and e.country not in NON_STATES}
    if len(countries) != 1:
        return entities
    country = countries.pop()
    return tuple(replace(e, country=country, why=f"state forces in a report by {country}") for e in entities)


def crowd_where_it_happened(match: TriggerMatch, roles: Roles, actors: ActorSource) -> Roles:
    """ "Protests erupted in Kenya", "riots swept France": a protest noun with no one named that
    is the subject of a verb of occurrence is the crowd of the one country where it happened,
    protesting there as a verb's crowd does ("thousands protested in Tbilisi")."""
    noun, verb = match.head, match.head.head
    if roles.actor or noun.dep_ != "nsubj" or verb.lemma_.lower() not in OCCURRENCE_VERBS:
        return roles
    places = prep_entities(verb, (*PLACE_PREPS, "to"), actors, set())  # also "spread to Lyon"
    obj = child_of(verb, "dobj")
    if not places and obj is not None:
        places = tuple(owner_entities(obj, actors, set()))
    places = tuple(e for e in places if e.country and e.country not in NON_STATES)
    spots = [t for t in verb.subtree if t.dep_ == "pobj"] + ([obj] if obj is not None else [])
    named = {e.country for t in spots for e in actors.resolve(t) if e.country and e.country not in NON_STATES}
    countries = {e.country for e in places} | named
    if not places or len(countries) != 1:
        return roles  # "outside the Israeli embassy in Amman": whose crowd is unclear
    text = " ".join(t.text for t in noun.subtree if t.i <= noun.i)
    crowd = Entity(text=text, country=countries.pop(), sector="CVL",
                   why="a protest with no one named: the crowd of the country where it happened")
    return Roles((crowd,), roles.recipient or places, weak=True)


def protest_roles(match: TriggerMatch, roles: Roles, actors: ActorSource) -> Roles:
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
    return Roles(actor, recipient, roles.weak)


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
                recipient = recipient or prep_entities(child, ("against", "over"), actors, skip)
                obj = child_of(child, "dobj")
                if not recipient and obj is not None:
                    recipient = tuple(e for e in owner_entities(obj, actors, skip) if e.country)
            if child.dep_ == "prep" and child.lower_ == "in":
                pobj = child_of(child, "pobj")
                if pobj is not None and pobj.lemma_.lower() == "protest":
                    recipient = recipient or prep_entities(pobj, ("against", "of", "over", "at"), actors, skip)
    found = tuple(e for e in recipient if e.country)
    # "blocked roads and burned tyres in Dakar": the place of a joined protest verb is this one's too
    joined = [c for c in head.conjuncts if c.pos_ == "VERB" and c.i > head.i
              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)] if match.trigger.pos == "VERB" else []
    return found or tuple(e for e in prep_entities(holders + joined, ("in", "outside", "past", "at"), actors, skip)
                          if e.country)


# --- reading the parse -------------------------------------------------------------------------


# Verbs of hitting back whose "by" gerund is the blow, done by their subject.
REPRISALS = frozenset({"retaliate", "respond", "react", "reply"})
# Prepositions whose subjectless gerund shares the subject of the verb they hang on.
GERUND_TIME_PREPS = frozenset({"after", "before", "by", "since", "upon"})
# How long something lasted or how long after it came: "fought for hours", "hours after arresting him".
DURATIONS = frozenset({"hour", "day", "week", "month", "minute", "night", "year"})
# Entity types of a subject that names who it is ("Houthi rebels", "Philippine authorities").
NAMED_KINDS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def short_of(prep: Token) -> Token | None:
    """The verb of "stopped short of" / "fell short of" that an "of" hangs on, directly or
    through "short"."""
    head = prep.head.head if prep.head.lower_ == "short" else prep.head
    if head.pos_ == "VERB" and (prep.head.lower_ == "short" or any(c.lower_ == "short" for c in head.children)):
        return head
    return None


# Verbs whose object answers with what their "to" clause says: "prompted Seoul to scramble jets".
# (Not "force": "the cyclone forced residents to seek shelter" names no act of theirs.)
OBJECT_CONTROL = frozenset({"prompt", "provoke", "spur"})
# Pronouns by which a quoted speaker names themselves: "'We will respond,' the minister said".
FIRST_PERSON = frozenset({"we", "i"})
# Verbs that attribute a quote to its speaker when they follow it.
QUOTE_VERBS = frozenset({"say", "tell", "add", "write", "declare", "state", "insist", "warn"})


def quote_speaker(verb: Token) -> Token | None:
    """The named speaker of a quote whose verb has a first-person subject: in "'We urge Israel
    to open the crossings,' Cameron said" (the parser may hang "said" under "urge" or "urge"
    under "said") the speaker acts (coding rules 4)."""
    clause = verb
    for _ in range(4):
        if clause.dep_ not in ("conj", "xcomp", "advcl") or clause.head.i == clause.i:
            break
        clause = clause.head
    candidates = [c for c in clause.children if c.dep_ in ("ccomp", "parataxis") and c.i > verb.i]
    if clause.dep_ in ("ccomp", "parataxis") and clause.head.i > clause.i:
        candidates.append(clause.head)
    for reporter in candidates:
        if reporter.lemma_.lower() not in QUOTE_VERBS:
            continue
        speaker = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.tag_ != "PRP" and speaker.lower_ not in FIRST_PERSON:
            return speaker
    return None


QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


def _quoted_third_person(pronoun: Token, reporter: Token) -> bool:
    """A third-person pronoun inside a quote that comes before its reporting verb is someone the
    speaker talks about ("'They opened fire without warning,' a witness said"); a speaker quoted
    names themselves "we" or "I"."""
    if pronoun.lower_ not in ("they", "he", "she") or reporter.i < pronoun.i:
        return False
    doc = pronoun.doc
    opened = any(doc[i].text in QUOTE_MARKS for i in range(pronoun.sent.start, pronoun.i))
    closed = any(doc[i].text in QUOTE_MARKS for i in range(pronoun.i + 1, reporter.i))
    return opened and closed


# "the two", "both sides", "each side": the parties an earlier clause of the sentence names.
RECIPROCALS = frozenset({"two", "both", "each"})
RECIPROCAL_HEADS = frozenset({"side", "leader", "country", "man", "nation", "government", "minister", "president",
                              "party", "neighbour", "neighbor", "army", "rival", "capital", "delegation"})


def _reciprocal(subject: Token) -> bool:
    """"the two", "both", "each side", "the two leaders": parties named before, not here."""
    return subject.lower_ in RECIPROCALS or (subject.lemma_.lower() in RECIPROCAL_HEADS and any(
        c.lower_ in RECIPROCALS for c in subject.children))


def _earlier_parties(subject: Token, actors: ActorSource) -> tuple[Entity, ...]:
    """The parties of the sentence's main clause, told before "the two" or "each side" in a later
    one: "Erdogan met Mitsotakis in Athens, and the two signed a declaration", "Russia and
    Ukraine agreed to a halt, though each accused the other"."""
    root = subject.sent.root
    if root.i >= subject.i or root.pos_ not in ("VERB", "AUX"):
        return ()
    holders = [subject_of(root), child_of(root, "dobj"), prep_object(root, ("with",))]
    found = [e for t in holders if t is not None
             for e in owner_entities(t, actors, set(), depth=1, preps=SUBJECT_OWNER_PREPS) if e.country]
    return tuple(found) if len(found) > 1 else ()


def _role_held(verb: Token, actors: ActorSource) -> tuple[Entity, ...]:
    """The office an unknown person acts in ("Rosselló resigned as the governor of Puerto
    Rico"): the office's country and sector stand for the person."""
    role = prep_object(verb, ("as",))
    return tuple(e for e in actors.resolve(role) if e.country) if role is not None else ()


def _time_clause_governor(gerund: Token) -> Token | None:
    """The verb a gerund after "after", "before", "by" ... belongs to, also through a measure of
    time ("handed him over hours after arresting him")."""
    prep = gerund.head
    if prep.lower_ not in GERUND_TIME_PREPS or prep.dep_ != "prep":
        return None
    holder = prep.head
    if holder.dep_ == "npadvmod" and holder.lemma_.lower() in DURATIONS:
        holder = holder.head
    return holder if holder.pos_ == "VERB" else None


def _named(noun: Token) -> bool:
    """A subject that names who it is: a name, or a noun a name modifies ("Houthi rebels")."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in NAMED_KINDS or any(
        c.dep_ in ("compound", "amod") and c.ent_type_ in NAMED_KINDS for c in noun.children)


def subject_of(verb: Token, depth: int = 0, raised: bool = False) -> Token | None:
    """The subject of a verb, inherited from the governing verb for xcomp/conj/advcl clauses."""
    # "Russia is expected to announce ...": the raised subject of a passive governor counts;
    # in "were killed or wounded" the passive subject suffered both acts, in "was indicted and
    # will resign" it resigns
    subject_deps = ("nsubj", "csubj", "nsubjpass") if raised else ("nsubj", "csubj")
    for child in verb.children:
        if child.dep_ in subject_deps:
            if child.lower_ in FIRST_PERSON:
                speaker = quote_speaker(verb)
                if speaker is not None:
                    return speaker
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                return verb.head
            if child.lower_ in ("it", "he", "she") and verb.dep_ == "conj" and depth < 3 \
                    and verb.head.pos_ == "VERB" and verb.head.i < child.i and verb.head.dep_ == "ROOT" \
                    and not any(c.dep_ == "mark" for c in verb.children):
                # "condemned the sanctions, and it also threatened ...": the first verb's subject
                return subject_of(verb.head, depth + 1) or child
            if child.tag_ == "PRP" and verb.dep_ in ("ccomp", "xcomp") and depth < 3:
                if _quoted_third_person(child, verb.head):
                    return child  # "'They opened fire,' a protester said": not the speaker
                return subject_of(verb.head, depth + 1, verb.dep_ == "xcomp") or child
            if child.tag_ == "PRP" and verb.dep_ == "acl" and depth < 3 and verb.head.dep_ == "dobj" \
                    and verb.head.lemma_.lower() in DENIED_REPORTS and verb.head.head.lemma_.lower() == "deny":
                return subject_of(verb.head.head, depth + 1) or child  # "denied reports that it had moved troops"
            if child.tag_ == "VBG" and child.dep_ == "nsubj":
                # a modifier misread as the subject: "the Red Cross operating in Iraq said"
                return child_of(child, "nsubj") or child
            return child
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL:
        obj = child_of(verb.head, "dobj")
        if obj is not None:
            return obj  # "prompting Seoul to scramble fighter jets": Seoul scrambles
    if verb.dep_ == "relcl" and verb.head.dep_ == "attr" and verb.head.head.lemma_.lower() in ("be", "become") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and depth < 3:
        return subject_of(verb.head.head, depth + 1)  # "Russia became the first country to recognise ..."
    if depth < 3 and speaker_own_conj(verb):
        return subject_of(verb.head.head, depth + 1)  # "denied that ... and accused Manila": who denied
    if depth < 3 and verb.dep_ == "dep" and verb.tag_ == "VBD" and verb.head.pos_ == "VERB" \
            and verb.i > verb.head.i and verb.doc[verb.i - 1].lower_ == "then":
        return subject_of(verb.head, depth + 1)  # "detained the leaders, then declared a state of emergency"
    if depth < 3 and verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and verb.head.i != verb.i:
        return subject_of(verb.head, depth + 1, verb.dep_ != "conj" or verb.tag_ != "VBN")
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "as" \
            and verb.head.head.lemma_.lower() in ("quote", "cite"):
        # "Xinhua quoted the ministry as urging police to ...": the one quoted speaks (coding rules 4)
        quoted = child_of(verb.head.head, "dobj")
        if quoted is not None:
            return quoted
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.lower_ == "of" and short_of(verb.head) is not None:
        # "stopped short of endorsing the plan", "fell short of recognising": the verb's subject
        return subject_of(short_of(verb.head), depth + 1)
    governor = _time_clause_governor(verb) if depth < 3 and verb.dep_ == "pcomp" and verb.tag_ == "VBG" else None
    if governor is not None and child_of(verb, "dobj") is not None:
        # "established ties with China after severing its ties with Taiwan", "handed him over hours
        # after arresting him": the main clause's own named subject acts, or its passive subject
        # ("students were arrested after staging a protest"); not "pressed Israel to protect
        # civilians before launching ...", whose gerund belongs to the object, nor "the jet landed
        # after striking geese"
        passive_ok = verb.head.lower_ != "by"  # "was interrupted by protesting legislators": who interrupts
        main = next((c for c in governor.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and passive_ok)),
                    None)
        if main is None and governor.dep_ == "conj":  # "closed its airspace and put forces on alert after downing"
            main = subject_of(governor, depth + 1)
        if main is not None and (_named(main) or governor.lemma_.lower() in REPRISALS):
            return main  # "Israeli jets retaliated by bombing the port": the jets bomb
    intended = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else None
    if intended is not None and intended.lemma_.lower() in INTENTIONS and depth < 3:
        verb = verb.head  # "has no intention of sending troops": the one who intends
    if (verb.dep_ == "acl" and (verb.head.lemma_.lower() in ISSUED | INTENTIONS or put_out(verb.head))
            or verb.dep_ == "prep" and intended is not None) and depth < 3:
        # "Putin signed a decree imposing ...": the signer acts; "Japan has no plans to impose
        # ...": the one who plans
        owner = child_of(verb.head, "poss")
        if owner is not None and owner.tag_ != "PRP$":
            return owner  # "regretted Pyongyang's decision to cut off the lines": Pyongyang decided
        carrier = verb.head.head
        if carrier.pos_ == "VERB":
            return subject_of(carrier, depth + 1)
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in INQUIRY_BODIES and verb.head.dep_ == "dobj" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and depth < 3:
        return subject_of(verb.head.head, depth + 1)  # "set up a mission to investigate": who set it up
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ != "ROOT":
            return None  # "soldiers killed in the fighting": the noun suffered the act
        return verb.head
    if verb.dep_ == "amod" and verb.head.dep_ in ("ROOT", "conj") and verb.head.pos_ == "NOUN":
        # a clause misread as a noun phrase: "North Korea test-fired missiles" parsed as
        # "[North Korea] [test-fired] missiles", the actor a modifier of the object
        # ("Iran's Revolutionary Guards test-fired missiles": the subject of the noun)
        return next((c for c in verb.head.children if c.dep_ in ("compound", "poss", "nsubj") and c.i < verb.i), None)
    return None


# Bodies set up to look into something: "set up a commission to investigate ...".
INQUIRY_BODIES = frozenset({"commission", "committee", "panel", "team", "inquiry", "tribunal", "board",
                            "body", "mission", "probe"})


# Acts whose bare participle in a headline is a passive: "Police officer shot in custody centre",
# "American journalist freed by Iran", "Fugitive banker extradited to Brazil".
HEADLINE_PASSIVES = frozenset({"ASSAULT", "COERCE", "SANCTION", "REQUEST", "ACCUSE", ("RETREAT", "release"),
                               ("COOPERATE", "legal")})
MUTUAL_FIGHTS = frozenset({"clash", "fight", "battle", "skirmish", "exchange"})


def headline_patient(match: TriggerMatch) -> Token | None:
    """Who suffered an act told by a headline's bare participle. Headlines drop a passive's
    auxiliary and tell active acts in the present, so "Opposition leader arrested in Minsk"
    and "Bin Laden's son killed" name the one arrested or killed, not who acted."""
    verb = match.head
    trig = match.trigger
    kinds = {trig.event, (trig.event, trig.mode), *((trig.event, context) for context in trig.context)}
    if not is_headline(verb.doc) or trig.pos != "VERB" or not kinds & HEADLINE_PASSIVES \
            or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() in MUTUAL_FIGHTS \
            or any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return child_of(verb, "nsubj")


def _credited_source(doc: Doc, actors: ActorSource) -> tuple[Entity, ...]:
    """The outlet a headline credits after its last colon, who says what the headline tells:
    "S. Korean Warmongers Warned against Provocations: Minju Joson"."""
    colons = [t.i for t in doc if t.text == ":"]
    if not colons:
        return ()
    for token in doc[colons[-1] + 1:]:
        found = tuple(e for e in actors.resolve(token) if e.country)
        if found:
            return found
    return ()


# Verbs whose "of/for ...ing" clause tells the blame, so that a "by" hung on that clause names
# who blames ("was accused of smuggling arms by prosecutors"), not the doer of a deed in it
# ("was convicted of ordering massacres by death squads").
BLAMING = frozenset({"accuse", "blame", "charge", "suspect", "criticise", "criticize", "condemn", "fault"})


def put_out(paper: Token) -> bool:
    """A report or commentary its subject published: "issued a report", "carried an article"."""
    return paper.lemma_.lower() in WRITINGS and paper.dep_ == "dobj" and paper.head.lemma_.lower() in PUTTING_OUT


def _passive_agent(verb: Token) -> Token | None:
    """The "by" of a passive, also where the parser hung it on the verb's prepositional object
    ("was accused of corruption by officials") or on the gerund of a blame ("was accused of
    smuggling arms by prosecutors"), not on a "with" phrase, whose
    "by" is its own ("were destroyed, with some estimates by the Red Cross ...")."""
    agent = child_of(verb, "agent")
    if agent is not None:
        return child_of(agent, "pobj")
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    for prep in _children(verb, "prep"):
        held = child_of(prep, "pobj") or child_of(prep, "pcomp")
        if prep.lower_ == "with" or held is None:
            continue
        by = next((c for c in _children(held, "prep") if c.lower_ == "by"), None)
        by_whom = child_of(by, "pobj") if by is not None else None
        if by_whom is not None and (held.dep_ == "pobj" or verb.lemma_.lower() in BLAMING
                                    and by_whom.pos_ in ("NOUN", "PROPN") and by_whom.tag_ != "VBG"):
            return by_whom
    return None


# Acts done together with a partner named by "with": "joint drills with the U.S.".
JOINT_NOUNS = frozenset({"drill", "exercise", "maneuver", "manoeuvre", "patrol", "wargame"})


def _joint_act(noun: Token) -> bool:
    """A joint exercise or patrol: "joint air drills", "their war games"."""
    return noun.lemma_.lower() in JOINT_NOUNS or any(
        c.lower_ == "joint" for c in noun.children if c.dep_ in ("amod", "compound"))


def owner_entities(token: Token, actors: ActorSource, skip: set[int], depth: int = 2,
                   preps: tuple[str, ...] = OWNER_PREPS) -> list[Entity]:
    """Entities of a noun phrase, else of the words that own it: "Haiti's efforts", "an Indian
    proposal", "the removal of President X", "targets in southern Lebanon"."""
    if token.i in skip:
        found: list[Entity] = []
    else:
        found = actors.resolve(token)
    if found and not any(e.country for e in found):
        found = _linked_state(token, actors) or found  # "hackers linked to North Korea"
    if found and not any(e.country for e in found) and depth > 0 and "by" in preps \
            and token.dep_ in ("dobj", "pobj"):  # "refugee quotas set by the EU": the EU's quotas
        found = _author(token, actors, skip, depth, preps) or found
    if found and not any(e.country for e in found) and depth > 0 and "including" in preps:
        found = [e for e in prep_entities(token, ("including",), actors, skip) if e.country] or found
    if found or depth == 0:
        return found
    for child in token.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i not in skip:
            found = [e for e in actors.resolve(child) if e.country]
            if found:
                return found
    for clause in _children(token, "acl"):  # "cars made in China", "brandy imported from the EU"
        if clause.tag_ == "VBN" and clause.lemma_.lower() in ORIGINS:
            for prep in _children(clause, "prep", "agent"):
                pobj = child_of(prep, "pobj") if prep.lower_ in ("in", "from", "by") else None
                found = [e for e in actors.resolve(pobj) if e.country] if pobj is not None else []
                if found:
                    return found
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = child_of(child, "pobj")
            if pobj is not None and not _is_time(pobj):
                found = [e for e in owner_entities(pobj, actors, skip, depth - 1, preps) if e.country]
                if found:
                    return found
    # not for subjects: "the ultimatum issued by X demanded ..." is X's ultimatum, not a demand
    return _author(token, actors, skip, depth, preps) if "by" in preps and token.dep_ in ("dobj", "pobj") else []


def _author(token: Token, actors: ActorSource, skip: set[int], depth: int,
            preps: tuple[str, ...]) -> list[Entity]:
    """Whose an object is: the agent of a participle of making after it, as "by" owns it when
    it hangs on the noun ("rejected quotas set by the EU", "a deal drafted by Washington")."""
    for clause in _children(token, "acl"):
        authored = clause.tag_ == "VBN" and clause.lemma_.lower() in AUTHORING
        agent = child_of(clause, "agent") if authored else None
        pobj = child_of(agent, "pobj") if agent is not None else None
        if pobj is not None:
            found = [e for e in owner_entities(pobj, actors, skip, depth - 1, preps) if e.country]
            if found:
                return found
    return []


# Participles by which an act named as a subject is someone's doing: "a strike called by the
# unions", "an offensive launched by the army", "sanctions imposed by Brussels".
PERFORMING = AUTHORING | frozenset({"call", "stage", "launch", "carry", "mount", "conduct", "order", "lead",
                                    "claim", "declare", "initiate"})


def _performed_by(noun: Token, actors: ActorSource, skip: set[int]) -> list[Entity]:
    """The agent of a participle of doing on an event noun that is the clause's subject: "A
    general strike called by the CGT brought transport to a halt" is the CGT's strike."""
    for clause in _children(noun, "acl"):
        agent = child_of(clause, "agent") if clause.tag_ == "VBN" and clause.lemma_.lower() in PERFORMING else None
        pobj = child_of(agent, "pobj") if agent is not None else None
        if pobj is not None:
            found = [e for e in owner_entities(pobj, actors, skip, 1) if e.country]
            if found:
                return found
    return []


def _linked_state(token: Token, actors: ActorSource) -> list[Entity]:
    """The state an unnamed group is said to belong to: "hackers linked to North Korea",
    "gunmen tied to the Syrian government", also where the parser made the participle the main
    verb ("[Hackers] [linked] to Russia [broke into] ...")."""
    misread = [token.head] if token.dep_ == "nsubj" and token.head.tag_ in ("VBN", "VBD") else []
    for clause in [*token.children, *misread]:
        if clause.dep_ in ("acl", "ROOT", "conj", "ccomp") and clause.lemma_.lower() in LINKED:
            for prep in _children(clause, "prep"):
                pobj = child_of(prep, "pobj") if prep.lower_ in ("to", "with", "for") else None
                found = [e for e in actors.resolve(pobj) if e.country] if pobj is not None else []
                if found:
                    return found
    return []


def _shifted_object(verb: Token) -> Token | None:
    """An object placed after its "as" phrase, which the parser hangs on the phrase:
    "denounced as an ugly crime Serbia's suppression of the unrest"."""
    as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    label = child_of(as_phrase, "pobj") if as_phrase is not None else None
    return child_of(label, "appos") if label is not None else None


# Acts of force, whose object may be told as a clause ("struck what it said were Hamas targets").
FORCE_ACTS = frozenset({"ASSAULT", "COERCE"})


def free_relative_object(verb: Token) -> Token | None:
    """The clause that is the verb's object ("struck what it said were Hamas targets"), which the
    parser hangs on the verb as a complement with "what" inside it."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                 and verb.doc[c.left_edge.i].lower_ == "what"), None)


def _free_relative_thing(verb: Token) -> Token | None:
    """What such a clause names: "what it said were Hamas targets", "what New Delhi called
    terrorist camps", "what the army described as weapons depots"."""
    clause = free_relative_object(verb)
    if clause is None:
        return None
    return next((t for t in clause.subtree if t.pos_ in ("NOUN", "PROPN") and (
        t.dep_ in ("attr", "oprd") or t.dep_ == "pobj" and t.head.lower_ == "as")), None)


def _stranded_object(prep: Token) -> Token | None:
    """The object the parser made the subject of a following clause: "granted asylum to five
    officers holed up in the embassy" read as "[officers] holed up"."""
    if any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    for clause in prep.head.children:
        if clause.i > prep.i and clause.dep_ in ("advcl", "ccomp", "conj") and clause.pos_ == "VERB":
            subject = child_of(clause, "nsubj", "nsubjpass")
            if subject is not None and subject.left_edge.i == prep.i + 1:
                return subject
    return None


def prep_entities(tokens: Token | Iterable[Token], preps: Iterable[str], actors: ActorSource,
                  skip: set[int]) -> tuple[Entity, ...]:
    """Entities in the first of the named prepositional phrases found on any of the tokens."""
    holders = [tokens] if isinstance(tokens, Token) else list(tokens)
    for prep in preps:
        for holder in holders:
            for child in holder.children:
                if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
                    pobj = child_of(child, "pobj") or _stranded_object(child)
                    found = owner_entities(pobj, actors, skip) if pobj is not None and not _is_time(pobj) else []
                    if found:
                        return tuple(found)
    return ()


def counted_whole(noun: Token) -> Token:
    """What a word of quantity counts out of ("the sanctions" in "most of the sanctions"), else
    the noun itself."""
    if noun.lemma_.lower() in PORTIONS or noun.ent_type_ == "CARDINAL":
        return prep_object(noun, ("of",)) or noun
    return noun


def prep_object(token: Token, preps: tuple[str, ...]) -> Token | None:
    """The object of the first of the named prepositions under the token."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = child_of(child, "pobj")
            if pobj is not None:
                return pobj
    return None


def _is_time(token: Token) -> bool:
    """"on the eve of the election", "on Monday": a time, not a party."""
    return token.ent_type_ in ("DATE", "TIME") or token.lemma_.lower() in TIME_NOUNS | WATERS


def for_clause(token: Token) -> bool:
    """A "for X to do Y" clause, the content of "called for", "pushed for", "appealed for"."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)


def stranded_clause(noun: Token) -> Token | None:
    """The "that" clause of an object noun that the parser hung on its verb: "reiterated its
    demand today that Israel ease restrictions"."""
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def child_of(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


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


# --- acts told without their doer --------------------------------------------------------------

# Coercion the state's authorities carry out, told without its doer ("was arrested in Moscow",
# "were sentenced to ten years", "was deported from Russia"): the sector of who does it, by the
# trigger's first word, else by its mode (coding rules 3).
AUTHORITY_WORDS = {"sentence": "JUD", "jail": "JUD", "imprison": "JUD", "remand": "JUD", "hand": "JUD",
                   "disperse": "COP", "break up": "COP", "raid": "COP", "ban": "GOV",
                   "outlaw": "GOV", "proscribe": "GOV", "summon": "GOV"}
AUTHORITY_MODES = {("COERCE", "arrest"): "COP", ("COERCE", "deport"): "GOV", ("SANCTION", "convict"): "JUD",
                   ("SANCTION", "expel"): "GOV", ("ACCUSE", "investigate"): "JUD"}
# Acts whose "from" phrase names the state that does them ("was expelled from Mali").
FROM_THE_STATE = frozenset({"deport", "expel"})
# Acts whose "to" phrase names the state body that does them ("was summoned to the Iranian foreign ministry").
TO_THE_STATE = frozenset({"summon"})
# Acts on things as much as on people ("plastic bags were banned"): coded only when what is
# acted on is a known entity ("the opposition party was banned").
ON_ENTITIES = frozenset({"ban", "outlaw", "proscribe", "raid"})
# Speakers who report their own state's arrests and sentences also of their own citizens.
AUTHORITIES = frozenset({"JUD", "COP", "SPY"})
# Why an unnamed authority has no country yet: the pipeline gives it the country of the place
# the gazetteer finds in the sentence, or drops the event.
UNPLACED_AUTHORITY = "an unnamed authority of the place the sentence names"
PLACED_AUTHORITY = "an unnamed authority of the country where it acted"
# Territories where arrests and raids are mostly the work of another state's forces (Israeli
# forces in the West Bank): no authority of the place is inferred there.
OCCUPIED = frozenset({"PSE"})
# Clauses of their own under a trigger, whose places are not the act's ("for a robbery that
# left a shopkeeper dead in Melbourne").
OWN_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj"})


def authority_sector(match: TriggerMatch) -> str | None:
    """The sector of the state body that does an act of coercion or an investigation told
    without its doer, or None when the trigger is not such an act."""
    trig = match.trigger
    if trig.event not in ("COERCE", "SANCTION", "ACCUSE") or trig.pos == "NOUN" and trig.mode != "arrest":
        return None  # nouns only of arrests: "the arrest of the journalist in Moscow"
    word = " ".join(trig.words[:2]) if trig.words[:2] == ("break", "up") else trig.head
    return (AUTHORITY_WORDS.get(word) if trig.event in ("COERCE", "ACCUSE") else None) \
        or AUTHORITY_MODES.get((trig.event, trig.mode))


def unnamed_authority(match: TriggerMatch, roles: Roles, actors: ActorSource) -> Roles:
    """The state authorities that did an arrest, a sentence, a deportation or a dispersal told
    without its doer: "a British tourist was arrested in Moscow" (RUS COP), "the activist was
    sentenced to five years in Minsk" (BLR JUD), "an American was deported from Russia" (RUS
    GOV), "Iran's judiciary said two journalists were sentenced" (IRN JUD). The country comes
    from a place in the act's own phrases, else from a state body that reports the act ("said",
    "according to"); a town only the gazetteer knows leaves the country to the pipeline
    (`place_actor`). No place and no state body: no actor (coding rules 3)."""
    head = match.head
    sector = authority_sector(match)
    if sector is None or roles.actor or not _doer_untold(match):
        return roles
    if match.trigger.head in ON_ENTITIES and not roles.recipient:
        return roles
    skip = {t.i for t in match.tokens}
    sufferer = _gerund_patient(head)
    if sufferer is not None:  # "was freed after being detained in Venezuela": who was freed
        roles = replace(roles, recipient=tuple(owner_entities(sufferer, actors, skip)) or roles.recipient)
    own = {e.country for e in roles.recipient if e.country}
    preps = PLACE_PREPS + (("from",) if match.trigger.mode in FROM_THE_STATE else ()) \
        + (("to",) if match.trigger.words[0] in TO_THE_STATE else ())
    phrases = _own_place_phrases(head, preps)
    if _joined_passive(head):  # the place of the verb it is joined to: "was convicted in Lima and sentenced"
        phrases += _own_place_phrases(head.head, preps)
    country = _one_country(phrases, actors, skip)
    named_place = any(_is_place_name(child_of(p, "pobj")) for p in phrases)
    why = PLACED_AUTHORITY
    if country is not None:  # victims of no country are of the country where it happened
        roles = replace(roles, recipient=tuple(
            e if e.country else replace(e, country=country, why="a victim in the country where it happened")
            for e in roles.recipient))
    elif not named_place:
        country = _reporting_state(head, actors, own)
    if country is None:
        if not named_place:
            return roles
        why = UNPLACED_AUTHORITY
    if country in OCCUPIED or (match.trigger.words[0] in TO_THE_STATE and country in own):
        return roles  # an envoy is summoned by the state that receives him, not his own
    recipient = roles.recipient
    patient = child_of(head, "nsubjpass") or headline_patient(match)
    if not recipient and _joined_passive(head):
        shared = child_of(head.head, "nsubjpass")
        recipient = tuple(owner_entities(shared, actors, skip, depth=1)) if shared is not None else ()
    if patient is not None and patient.i in skip:  # "two Russian diplomats were expelled from Norway"
        recipient = tuple(owner_entities(patient, actors, skip, depth=1))
    recipient = tuple(e for e in recipient if country is None or e.country != country or e.sector)
    text = match.text if match.trigger.pos == "NOUN" else "authorities"
    actor = Entity(text=text, country=country, sector=sector, why=why)
    return Roles((actor,), recipient, weak=True)


def _gerund_patient(head: Token) -> Token | None:
    """Who suffered a passive gerund with no subject of its own: the subject of the clause it
    hangs on ("the American was released after being detained in Venezuela")."""
    if head.dep_ != "pcomp" or child_of(head, "nsubjpass", "nsubj") is not None \
            or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return child_of(head.head.head, "nsubj", "nsubjpass")


def _doer_untold(match: TriggerMatch) -> bool:
    """A passive verb with no "by" phrase that tells an act, not a standing state ("was arrested
    in Moscow", not "is banned in Turkey"), or an event noun that names no one who acts ("the
    arrest of the journalist in Moscow")."""
    head = match.head
    if match.trigger.pos == "NOUN":
        return not any(c.dep_ == "poss" for c in head.children)
    if _passive_agent(head) is not None or child_of(head, "agent") is not None:
        return False
    if any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in head.children):
        return False  # a state, not an act: "the party is banned in Turkey"
    if _joined_passive(head):  # "was convicted in Lima and sentenced to 25 years"
        verb = head.head
        return _passive_agent(verb) is None and child_of(verb, "agent") is None \
            and not any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return child_of(head, "nsubjpass") is not None or any(c.dep_ == "auxpass" for c in head.children) \
        or headline_patient(match) is not None


def _shared_passive_subject(head: Token) -> Token | None:
    """The subject a passive verb joined by "and" shares with the verb before it: who suffered
    ("Turkey is under sanctions and was condemned by Egypt")."""
    if head.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in head.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    return subject_of(head)


def _joined_passive(head: Token) -> bool:
    """A participle joined by "and" to a passive verb, with no subject or auxiliary of its own:
    it shares that verb's passive subject ("was arrested in Minsk and charged with treason"). A
    weapon launched and then hitting something acts ("the missiles were launched from Iran and
    struck the base")."""
    shared = child_of(head.head, "nsubjpass")
    if shared is not None and is_weapon(shared) and child_of(head, "dobj") is not None:
        return False
    return head.dep_ == "conj" and head.tag_ in ("VBN", "VBD") and head.head.pos_ == "VERB" \
        and any(c.dep_ == "auxpass" for c in head.head.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in head.children)


def _own_place_phrases(head: Token, preps: tuple[str, ...]) -> list[Token]:
    """The place phrases of an act, its own first: those on the trigger, then those inside its
    phrases ("detained after the rally in Yerevan"), never inside clauses of their own."""
    found: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop(0)
        for child in token.children:
            if child.dep_ in OWN_CLAUSES or child.dep_ in ("nsubjpass", "nsubj"):
                continue
            if child.dep_ == "prep" and child.lower_ in preps:
                pobj = child_of(child, "pobj")
                if pobj is not None and not _is_time(pobj):
                    found.append(child)
            stack.append(child)
    return found


def _one_country(phrases: list[Token], actors: ActorSource, skip: set[int]) -> str | None:
    """The one state the first of the place phrases that names one names."""
    for prep in phrases:
        pobj = child_of(prep, "pobj")
        entities = [e for e in owner_entities(pobj, actors, skip, depth=1) if e.country] if pobj is not None else []
        countries = {e.country for e in entities}
        if countries and countries <= NON_STATES:
            return None  # "expelled from the United Nations"
        countries -= NON_STATES
        if len(countries) == 1:
            return countries.pop()
        if countries:
            return None
    return None


def _is_place_name(token: Token | None) -> bool:
    """A proper name that may be a town the gazetteer knows ("in Yerevan", "in the city of Mosul")."""
    if token is None:
        return False
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return any(t.pos_ == "PROPN" for t in token.subtree if t.dep_ != "prep")


def _reporting_state(head: Token, actors: ActorSource, patients: set[str]) -> str | None:
    """The state of a state body that reports the act ("Iran's judiciary said two journalists
    were sentenced", "according to the Belarusian interior ministry"). A government reporting
    what befell its own citizens reports no act of its own ("Washington said two Americans were
    detained"); its courts and police do."""
    speakers: list[Token] = []
    clause = head
    while clause.dep_ in ("conj", "xcomp", "advcl", "acl", "pobj", "prep") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ in ("ccomp", "parataxis") and clause.head.lemma_.lower() in REPORTERS:
        speaker = subject_of(clause.head)
        if speaker is not None:
            speakers.append(speaker)
    for reporter in (c for c in head.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in REPORTERS):
        speaker = child_of(reporter, "nsubj")
        if speaker is not None:
            speakers.append(speaker)
    for token in head.sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
            pobj = child_of(token.doc[token.i + 1], "pobj")
            if pobj is not None:
                speakers.append(pobj)
    for speaker in speakers:
        said = [e for e in owner_entities(speaker, actors, set(), depth=1)
                if e.sector in AUTHORITIES | {"GOV"} and e.country and e.country not in NON_STATES]
        countries = {e.country for e in said}
        if len(countries) != 1:
            continue
        country = countries.pop()
        if country in patients and not any(e.sector in AUTHORITIES for e in said):
            continue
        return country
    return None
