"""Who did what to whom: event candidates from the dependency parse of each sentence.

For every lexicon trigger in a sentence we find the actor (subject, passive agent, possessor
of an event noun, "talks between X and Y") and the recipient (object, the preposition the
lexicon names, the subject of a demanded act), then code category, mode, negation and
modality. A trigger inside the complement of a speech act ("accused Y of attacking Z",
"agreed to resume talks") is folded into that act instead of coded on its own.

This module runs the steps per sentence and trigger; `folding` decides which triggers are
acts of their own, `arguments` finds actor and recipient, `recode` recodes by content, actor,
object, negation and modality.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from detente.events import ontology
from detente.events.arguments import (
    FORCE_PLACE_PREPS,
    NON_STATES,
    OBJECT_CONTROL,
    OCCUPIED,
    PLACED_AUTHORITY,
    UNPLACED_AUTHORITY,
    ActorSource,
    Roles,
    act_roles,
    child_of,
    crowd_where_it_happened,
    forces_destination,
    owner_entities,
    partitive_slot,
    placed,
    prep_entities,
    protest_roles,
    reporters_own,
    subject_of,
    unnamed_authority,
)
from detente.events.folding import CLAIM_NOUNS, fold, requirements_met, sums_up_act
from detente.events.modality import REPORTING_VERBS, modality, occurrence
from detente.events.recode import (
    CAPTIVES,
    HANDING_OVER,
    HOSTILE_CONTENT,
    Coding,
    are_forces,
    are_projectiles,
    are_weapons,
    by_actor_and_object,
    confidence,
    danger_named,
    decided_act,
    demand_of_no_one,
    first_object_trigger,
    frees_people,
    gives_words,
    guards_against_illness,
    handed_over,
    hands_over_wanted,
    instrument_mode,
    is_commerce,
    is_cooperative,
    lifts_burden,
    measure_subject,
    meeting_mode,
    meets_itself,
    offers_goods,
    political,
    qualified,
    sanctions_mentioned,
    signs_document,
    speech_content,
    undo,
    withholds_facts,
    workers_strike,
)
from detente.events.repair import repair_parse
from detente.events.triggers import TriggerLexicon, TriggerMatch, find_triggers
from detente.events.voice import demanded_party, quoted_voice
from detente.records import Entity, Location

# Words of a courtesy that is SUPPORT only between states ("sent a message of greeting to Xi").
COURTESIES = frozenset({"message", "gift", "greeting", "congratulation", "condolence"})

# Bodies and pacts a state leaves when it withdraws from them ("left the alliance").
BODIES = frozenset({"treaty", "pact", "accord", "alliance", "bloc", "organization", "organisation", "convention",
                    "federation", "commonwealth"})
# Modes of the force-moving categories in which nothing moves: a resignation announced from
# Riyadh or sent from Singapore, or rifles burned at a ceremony in Iraq, are aimed at no one there;
# prisoners freed are of their own state, not of where the promise to free them was made.
UNMOVED_MODES = frozenset({"resign", "disarm", "release"})

__all__ = ["ActorSource", "EventCandidate", "extract_events", "place_actor", "place_recipient", "sentence_events",
           "unplaced"]


SHOW_OF_FORCE_PREPS = ("over", "toward", "towards", "near", "at")
# Categories whose recipients are victims, of the country where the act happened.
VICTIM_CATEGORIES = frozenset({"ASSAULT", "COERCE"})
# Acts whose unnamed government is the one of the place: "the junta lifted the curfew in Yangon".
GOVERNED_HERE = VICTIM_CATEGORIES | {"CONCEDE"}
# Sectors of groups that act inside their own country: with no country named, they take the
# country where they act.
# Not GOV or MIL: "the president arrived in Paris", "troops deployed in Mali" are often foreign.
DOMESTIC_SECTORS = frozenset({"OPP", "REB", "PRM", "CVL", "COP", "JUD", "PTY", "LAB", "AGR", "REF", "CRM", "REL", "EDU",
                              "SOC"})
# Who, named without a country, acts for the country where the event is placed (`place_actor`).
PLACED_SECTORS = (DOMESTIC_SECTORS - {"REF"}) | {"LEG", "ELI"}
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})
# Who, named without a country, is addressed or acted on in the country where the event is placed.
PLACED_RECIPIENT_SECTORS = PLACED_SECTORS | {"EDU", "MED"}
# Verbal answers to another's act: with no recipient named, they answer the act told before them.
REACTIONS = frozenset({"ACCUSE", "THREATEN", "REJECT"})
# Modes that make an act of their own beside others of the category in one sentence.
SEPARATE_MODES = frozenset({"abduct"})


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


def extract_events(doc: Doc, actors: ActorSource, lexicon: TriggerLexicon,
                   voice: Entity | None = None) -> list[EventCandidate]:
    """All event candidates of a parsed document, sentence by sentence, in text order. `voice`
    is the state a state-run outlet speaks for: its bare demands are its own (`events.voice`)."""
    events: list[EventCandidate] = []
    for index, sentence in enumerate(doc.sents):
        repair_parse(sentence)
        coded = sentence_events(index, sentence, actors, lexicon)
        if voice is not None:
            demand = demanded_party(sentence, voice, actors)
            coded = _voiced_demand(index, sentence, demand, voice, coded) if demand is not None else coded
            voice = quoted_voice(sentence, voice, actors)
        events.extend(coded)
    return events


def _voiced_demand(index: int, sentence: Span, demand: tuple[Token, tuple[Entity, ...]], voice: Entity,
                   coded: list[EventCandidate]) -> list[EventCandidate]:
    """The outlet's demand replaces the acts it demands, which the coder read as told of the
    party addressed ("Japan should apologise" is no apology)."""
    modal, addressed = demand
    verb = modal.head
    if any(c.event == "REQUEST" for c in coded):
        return coded  # "The U.S. should heed the calls of ..." is coded from its own words
    clause = {t.i for t in verb.subtree}
    parties = {e.country for e in addressed}
    asked = [c for c in coded if c.trigger.i in clause and {e.country for e in c.actor} & parties]
    mode = ontology.ASKED_MODE.get(asked[0].event) if asked else None
    demanded = EventCandidate(
        sentence_index=index, sentence=sentence, trigger=verb, trigger_text=f"{modal.text} {verb.text}",
        trigger_span=(modal.idx, verb.idx + len(verb)), event="REQUEST", mode=mode,
        context=asked[0].context if asked else (), cameo="10", quad_code=ontology.quad_code("REQUEST"),
        intensity=ontology.intensity("REQUEST", mode), actor=(voice,), recipient=addressed, negated=False,
        modality="asserted", confidence=0.75)
    return [demanded, *(c for c in coded if c not in asked)]


# Weather and natural hazards, warned of or alerted for ("warned of heavy rainfall", "of a cyclone").
HAZARDS = frozenset({"rain", "rainfall", "downpour", "storm", "thunderstorm", "flood", "flooding", "heatwave",
                     "cyclone", "typhoon", "hurricane", "drought", "landslide", "snowfall", "tsunami", "weather"})
# Dangers one warns of without threatening them ("warned of a famine", "of a security vacuum").
PLIGHTS = frozenset({"vacuum", "famine", "catastrophe", "disaster", "crisis", "collapse", "shortage",
                     "risk", "danger", "spread", "outbreak", "resurgence", "starvation", "exodus",
                     "bloodbath", "chaos", "instability", "meltdown", "recession", "slowdown"}) | HAZARDS
# What a weather alert is for: "placed on red alert for heavy snowfall"; its words beyond HAZARDS
# say more than weather when warned of ("fire and fury").
WEATHER = HAZARDS | {"snow", "heat", "avalanche", "wildfire", "fire", "blizzard", "wind", "monsoon"}


def _captives_to_go_between(head: Token, roles: Roles) -> bool:
    """People handed to an aid group or an international body that only passes them on (the Red
    Cross, the UN): a release (coded by its own verb), no aid to the go-between."""
    obj = child_of(head, "dobj")
    people = obj is not None and (obj.lower_ in ("them", "him", "her") or obj.lemma_.lower() in CAPTIVES)
    return people and bool(roles.recipient) and all(
        e.country in ("NGO", "IGO") and e.sector != "JUD" for e in roles.recipient)


def _suspended_member(head: Token, actors: ActorSource) -> bool:
    """The verb's object is a state by its name, suspended from a body it belongs to."""
    obj = child_of(head, "dobj")
    return obj is not None and obj.pos_ == "PROPN" and any(
        e.country and e.country not in NON_STATES and e.sector in (None, "GOV") for e in actors.resolve(obj))


# Modes of acts done to people only, and the tagger's labels of names that are no person.
PEOPLE_HELD_MODES = frozenset({"arrest", "convict"})
PLACE_OR_BODY_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def _unknown_person_acted_on(head: Token, mode: str | None) -> tuple[Entity, ...]:
    """A person the actor tables do not know, arrested, tried or sentenced by name ("a federal
    judge sentenced Manafort to 47 months"): someone of no country yet, whom the state's own
    courts or police, or the place of the act, give one (`place_recipient`). Whom an arrest or a
    sentence names is a person, whatever the tagger calls the name."""
    person = child_of(head, "dobj") or child_of(head, "nsubjpass")
    if person is None or not (person.ent_type_ == "PERSON" or mode in PEOPLE_HELD_MODES and person.pos_ == "PROPN"
                              and person.ent_type_ not in PLACE_OR_BODY_LABELS):
        return ()
    name = head.doc[person.left_edge.i:person.i + 1].text
    return (Entity(text=name, country=None, sector="CVL", why="a person named, unknown to the actor tables"),)


def _person_object(head: Token) -> bool:
    """The verb's object is a named person ("surrendered former president Rodrigo Duterte")."""
    obj = child_of(head, "dobj")
    return obj is not None and obj.ent_type_ == "PERSON"


def _tells_another_to_stop(match: TriggerMatch) -> bool:
    """An order to stop given to a party named as the object ("ordered Israel to halt the
    offensive") asks that party to stop; it is no halt of the speaker's own act."""
    head, told = match.head, child_of(match.head, "dobj")
    return "stop" in match.trigger.flags and told is not None and told.pos_ == "PROPN" and any(
        t.dep_ == "xcomp" and t.pos_ == "VERB" and t.head.i == head.i for t in match.tokens if t.i != head.i)


def _greets_from_afar(match: TriggerMatch) -> bool:
    """A greeting with no place or visit to it is greetings sent ("Kim Yong Nam Greets Lao
    President"), not a host's welcome ("greeted Xi at the airport", "was greeted by")."""
    head = match.head
    return match.trigger.words == ("greet",) and not any(
        c.dep_ in ("nsubjpass", "auxpass") or c.dep_ == "prep" and c.lower_ in ("in", "at", "upon", "during")
        for c in head.children) and not any(
        g.lower_ in ("visiting", "arriving") for c in head.children if c.dep_ == "dobj" for g in c.children)


def _anothers_force(inner: list[TriggerMatch], warner: tuple[Entity, ...], actors: ActorSource) -> bool:
    """The force a warning speaks of is done by a named state other than the one warning
    (coding rules 7, THREATEN: a danger one does not bring about is no threat)."""
    own = {e.country for e in warner if e.country}
    hostile = [m for m in inner if m.trigger.event in HOSTILE_CONTENT
               and m.head.dep_ not in ("acl", "relcl", "amod")]  # not "any U.S. missiles fired at Syria"
    if not hostile:
        return False
    for m in hostile:
        if m.trigger.pos == "VERB":
            subject = subject_of(m.head)
            doers = [subject] if subject is not None and subject.dep_ == "nsubj" else []
        else:
            doers = [c for c in m.head.children if c.dep_ in ("poss", "amod", "compound")]
        doers = [d for d in doers if d.pos_ == "PROPN" or d.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                 or d.lemma_.lower() in ("force", "troop", "army", "military", "navy", "regime", "government")]
        found = {e.country for d in doers for e in actors.resolve(d) if e.country}  # not "U.S. missiles"
        if not found or found & own:
            return False
    return True


def _forecast_of_another(head: Token, actor: tuple[Entity, ...], actors: ActorSource) -> bool:
    """ "U.S. officials said an Iranian attack on Israel was imminent": a forecast of another
    state's hostile act is no threat of anyone's (coding rules 7, THREATEN)."""
    predicate = occurrence(head)
    if predicate is None or modality(head) == "asserted" or predicate.dep_ != "ccomp" \
            or predicate.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    speaker = subject_of(predicate.head)
    said_by = {e.country for e in actors.resolve(speaker) if e.country} if speaker is not None else set()
    return bool(said_by) and not said_by & {e.country for e in actor}


def _result_participle(head: Token) -> bool:
    """A present participle after a comma that tells what the main clause's act achieved
    ("..., ending years of deadly clashes", "..., ending a three-year rupture")."""
    return head.tag_ == "VBG" and head.dep_ in ("advcl", "conj", "xcomp") and head.i > head.head.i \
        and head.head.pos_ in ("VERB", "AUX") and head.i > 0 and head.doc[head.i - 1].lower_ == ","


# Adverbs that mark a participle after a comma as the effect of the main act, not an act of its
# own ("..., effectively barring the company from buying U.S. parts", "..., thereby cutting off ...").
RESULT_ADVERBS = frozenset({"effectively", "thereby", "essentially", "virtually"})


def _effect_participle(head: Token) -> bool:
    """A present participle after a comma and an adverb of effect: "added the firm to its Entity
    List, effectively barring it from buying U.S. parts" tells what the listing does."""
    before = head.doc[head.i - 1] if head.i > 1 else None
    return head.tag_ == "VBG" and head.dep_ in ("advcl", "conj", "xcomp") and head.i > head.head.i \
        and head.head.pos_ in ("VERB", "AUX") and before is not None and before.lower_ in RESULT_ADVERBS \
        and before.head.i == head.i and head.doc[head.i - 2].lower_ == ","


# Bodies that arrest, try and convict only on their own state's soil.
OWN_SOIL_SECTORS = frozenset({"JUD", "COP"})


def _own_courts_people(event: str, actor: tuple[Entity, ...], recipient: tuple[Entity, ...],
                       context: tuple[str, ...] = ()) -> tuple[Entity, ...]:
    """People named without a country whom one state's courts or police arrest, try or convict,
    where no place says where, are that state's own: "A Tunisian court convicted opposition
    leader X" (coding rules 3). So are those its government or courts pardon, amnesty or
    acquit: "The king pardoned three journalists"."""
    states = {e.country for e in actor}
    clemency = event == "CONCEDE" and "legal" in context and all(e.sector in STATE_SECTORS for e in actor)
    if (event not in ("COERCE", "SANCTION", "ACCUSE") and not clemency) or len(states) != 1 or None in states \
            or not (clemency or all(e.sector in OWN_SOIL_SECTORS for e in actor)) or not recipient \
            or any(e.country for e in recipient) \
            or not all(e.sector in PLACED_RECIPIENT_SECTORS | {"JRN"} or (clemency and e.sector is None)
                       for e in recipient):
        return recipient
    (country,) = states
    return tuple(replace(e, country=country, why="acted on by its own state's courts or police")
                 for e in recipient)


def _where_helped(head: Token, recipient: tuple[Entity, ...], actors: ActorSource) -> tuple[Entity, ...]:
    """People helped, named without a country, are of the one country where they are:
    "delivered food aid to 1.2 million people in Somalia's Bay region" (coding rules 3)."""
    helped = [g for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
              for g in c.children if g.dep_ == "pobj"] + [c for c in head.children if c.dep_ == "dobj"] + [head]
    places = {e.country for g in helped for p in g.children if p.dep_ == "prep" and p.lower_ in ("in", "across")
              for o in p.children if o.dep_ == "pobj" for e in owner_entities(o, actors, set())
              if e.country and e.country not in NON_STATES}
    if len(places) != 1 or not all(e.sector in PLACED_RECIPIENT_SECTORS for e in recipient):
        return recipient
    (country,) = places
    return tuple(replace(e, country=country, why="people helped in the country where they are") for e in recipient)


def _where_they_are(head: Token, actor: tuple[Entity, ...], actors: ActorSource) -> tuple[Entity, ...]:
    """A domestic group placed by its own phrase: "workers at Chile's Escondida copper mine walked
    off the job", "protesters in Caracas" (coding rules 3)."""
    subject = child_of(head, "nsubj")
    if subject is None or any(e.country or e.sector == "REF" for e in actor):
        return actor  # refugees are never placed
    places = {e.country for e in prep_entities(subject, ("at", "in", "across", "throughout"), actors, set())
              if e.country and e.country not in NON_STATES}
    if len(places) != 1:
        return actor
    (country,) = places
    return tuple(replace(e, country=country, why="a group placed by its own phrase") for e in actor)


# Verbs and nouns of forbidding: the protest they name is what is forbidden ("banned the rally",
# "lifted the ban on opposition rallies"), not a protest held (probe_unrest).
BANNING_VERBS = frozenset({"ban", "prohibit", "outlaw", "forbid", "disallow"})
BANNING_NOUNS = frozenset({"ban", "prohibition", "moratorium"})


def _banned(noun: Token) -> bool:
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in BANNING_VERBS:
        return True
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "against"):
        return False
    holder = noun.head.head  # the parser may hang "on rallies" on the verb of "lifted the ban"
    return holder.lemma_.lower() in BANNING_NOUNS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in BANNING_NOUNS for c in holder.children)


def _of_objects(match: TriggerMatch) -> list[Token]:
    return [g for t in match.tokens if t.lower_ == "of" for g in t.children if g.dep_ == "pobj"]


def sentence_events(index: int, sentence: Span, actors: ActorSource,
                    lexicon: TriggerLexicon) -> list[EventCandidate]:
    """The event candidates of one sentence: each act coded once, with what is folded into it.
    A question asserts nothing ("Did the federation ever support you?")."""
    if is_question(sentence):
        return []
    matches = [_shell_landing(m) for m in find_triggers(sentence, lexicon)
               if (m.trigger.words != CLAIM_RESPONSIBILITY or _bare_claim(m.head))
               and ("other" not in m.trigger.needs or requirements_met(m))]  # "wants to join NATO" is no demand
    if not matches:
        return []
    top, inner = fold(matches)
    coded = [c for c in (_code(index, sentence, m, inner.get(m.head.i, []), actors, lexicon) for m in top)
             if c is not None]
    coded = _launched_to_strike(_struck_when_killed(_claimed_attacks(coded, sentence, actors), actors))
    return _unique(_implied_recipients(_one_act_per_phrase(coded)) + _denied_copies(coded, sentence, actors))


def _shell_landing(match: TriggerMatch) -> TriggerMatch:
    """ "Two rockets landed in northern Israel" is an attack, not an arrival (a visit)."""
    if match.trigger.words[0] == "land" and match.trigger.mode == "visit" and are_projectiles(match.head):
        return replace(match, trigger=replace(match.trigger, event="ASSAULT", mode="heavy-weapons", cameo="190",
                                              context=("military",), needs=frozenset()))
    return match


CLOSING_MARKS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]", "''"})


def is_question(sentence: Span) -> bool:
    """The sentence ends with a question mark, closing quotes and brackets aside."""
    for token in reversed(sentence):
        if token.is_space or token.text in CLOSING_MARKS:
            continue
        return token.text.endswith("?")
    return False


# Verbs by which a weapon or an attack hits something (the "weapon" rows of the tables).
HITTING = frozenset({"hit", "slam", "tear", "rip"})
# Verbs of the harm done: "were killed when ...".
KILLED = frozenset({"kill", "wound", "injure", "maim"})


def _struck_when_killed(coded: list[EventCandidate], actors: ActorSource) -> list[EventCandidate]:
    """A killing told in the passive and the hit that caused it are one attack: "two soldiers
    were killed when a missile fired from Lebanon hit their vehicle". The hit is coded once, on
    the people killed when they have a country; a killing coded too gives way to it."""
    kept = list(coded)
    for hit in coded:
        verb = hit.trigger.head
        victims = child_of(verb, "nsubjpass")
        if hit.event != "ASSAULT" or hit.trigger.lemma_.lower() not in HITTING or hit.trigger.dep_ != "advcl" \
                or victims is None or verb.lemma_.lower() not in KILLED \
                or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in hit.trigger.children):
            continue
        merged = hit
        found = tuple(e for e in owner_entities(victims, actors, set()) if e.country)
        if found:
            merged = replace(merged, recipient=found)
        killing = next((c for c in kept if c.trigger.i == verb.i and c.event == "ASSAULT"), None)
        if killing is not None:
            if any(e.country for e in killing.actor) or not any(e.country for e in hit.actor):
                merged = replace(merged, actor=killing.actor)
            kept.remove(killing)
        kept[kept.index(hit)] = merged
    return kept


def _launched_to_strike(coded: list[EventCandidate]) -> list[EventCandidate]:
    """A launch joined to the hit it made is the attack alone: "the missiles were launched from
    Iranian territory and struck the Ain al-Asad air base" is one ASSAULT, no show of force."""
    hits = {c.trigger.head.i for c in coded if c.event == "ASSAULT" and c.trigger.dep_ == "conj"}
    return [c for c in coded if not (c.event == "MOBILIZE" and c.trigger.i in hits
                                     and child_of(c.trigger, "nsubjpass") is not None)]


# The trigger of a claim told apart from the attack it owns (see `_bare_claim`).
CLAIM_RESPONSIBILITY = ("claim", "responsibility")
# Attack nouns a group claims as its own: "in an attack claimed by Islamic State".
CLAIMED_ATTACKS = frozenset({"attack", "bombing", "assault", "strike", "blast", "explosion", "ambush", "raid",
                             "killing", "killings", "shooting"})


def _claimed_attacks(coded: list[EventCandidate], sentence: Span, actors: ActorSource) -> list[EventCandidate]:
    """An attack told without its doer and claimed in the same sentence is the claimant's (coding
    rules 4): "a suicide bomber blew himself up ..., in an attack claimed by Islamic State" and "a
    drone slammed into a building, and Hezbollah later claimed the attack" are one attack each,
    by the group that claimed it."""
    bare = [c for c in coded if _bare_claim(c.trigger)]
    unnamed = [c for c in coded if c.event == "ASSAULT" and not any(e.country for e in c.actor) and c not in bare]
    claims = [c for c in coded if c.event == "ASSAULT" and c.trigger.pos_ == "NOUN" and c not in unnamed
              and c.trigger.dep_ == "dobj" and c.trigger.head.lemma_.lower() == "claim"
              and any(d.dep_ == "det" and d.lower_ == "the" for d in c.trigger.children)]
    told = [c for c in claims if any(a.event == "ASSAULT" and a.trigger.i < c.trigger.i
                                     and {e.country for e in a.actor} == {e.country for e in c.actor} for a in coded)]
    coded = [c for c in coded if c not in told]  # "a drone launched from Lebanon hit ..., and Hezbollah claimed the attack"
    if not unnamed:
        return coded
    if len(bare) == 1 and any(e.country for e in bare[0].actor):
        # "drones attacked the facilities, and the Houthis claimed responsibility": one attack
        return [replace(c, actor=bare[0].actor) if c in unnamed else c for c in coded if c is not bare[0]]
    claims = [c for c in claims if c not in told]
    claimant: tuple[Entity, ...] = ()
    if len(claims) == 1 and all(c.trigger.i < claims[0].trigger.i for c in unnamed):
        claimant = claims[0].actor
    else:
        claims = []
        for token in sentence:
            agent = child_of(token, "agent") if token.dep_ == "acl" and token.lemma_.lower() == "claim" \
                and token.head.lemma_.lower() in CLAIMED_ATTACKS else None
            by = child_of(agent, "pobj") if agent is not None else None
            if by is not None:
                found = tuple(e for e in owner_entities(by, actors, set(), depth=1) if e.country)
                claimant = claimant or found
    if not claimant:
        return coded
    return [replace(c, actor=claimant) if c in unnamed else c for c in coded if c not in claims]


def _bare_claim(verb: Token) -> bool:
    """ "claimed responsibility" with no act named: the attack it owns is told elsewhere. A
    claim "for the attack" is coded from the attack, by the claimant (`claimed_by`)."""
    share = child_of(verb, "dobj")
    return verb.lemma_.lower() == "claim" and share is not None and share.lemma_.lower() == "responsibility" \
        and not any(prep.dep_ == "prep" and prep.lower_ in ("for", "in") for t in (verb, share) for prep in t.children)


def _code(index: int, sentence: Span, match: TriggerMatch, inner: list[TriggerMatch],
          actors: ActorSource, lexicon: TriggerLexicon) -> EventCandidate | None:
    """One event from a trigger and the triggers folded into it, or None when it is no event."""
    if workers_strike(match):  # "junior doctors will strike": a walkout, no attack
        match = replace(match, trigger=replace(match.trigger, event="PROTEST", mode="strike", cameo="143",
                                               context=(), needs=frozenset(), recipient_preps=("against", "over")))
    if _tells_another_to_stop(match):  # "the court ordered Israel to halt its offensive": a demand
        match = replace(match, trigger=replace(match.trigger, event="REQUEST", mode="yield", cameo="10",
                                               flags=frozenset(), needs=frozenset()))
    if _greets_from_afar(match):
        match = replace(match, trigger=replace(match.trigger, event="SUPPORT", mode=None, cameo="051",
                                               flags=match.trigger.flags - {"swap"}))
    trig, head = match.trigger, match.head
    if not requirements_met(match) or is_commerce(match, lexicon) or signs_document(match) or gives_words(match) \
            or withholds_facts(match) or sanctions_mentioned(match) or danger_named(match) \
            or guards_against_illness(match):
        return None
    if trig.pos == "NOUN" and head.ent_type_ == "PERSON":
        return None  # "Charles Boycott", "Mr Strike": a name, not an act
    if trig.event == "SANCTION" and trig.pos == "NOUN" and head.dep_ == "nsubj" \
            and head.head.lemma_.lower() in ("remain", "stay"):
        return None  # "as long as U.S. sanctions remained in place": a state of affairs, no act
    if trig.event == "PROTEST" and trig.pos == "NOUN" and _banned(head):
        return None  # "banned all public demonstrations": what is forbidden did not take place
    if trig.words[0] == "call" and trig.event == "PROTEST" and any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN") for c in head.children):
        return None  # "called the strike illegal": a name for a strike, not one called
    if trig.words[0] == "leave" and any(c.dep_ in ("oprd", "acomp") for c in head.children):
        return None  # "clashed, leaving 20 soldiers dead": a result, no departure
    if "stop" in trig.flags and _result_participle(head):
        return None  # "signed a border treaty, ending years of clashes": what the act achieved
    if _effect_participle(head):
        return None  # "added the firm to its Entity List, effectively barring it from ...": the effect
    if trig.event == "RETREAT" and trig.words[0] in ("allow", "let") and _result_participle(head):
        return None  # "ordered a general mobilisation, allowing it to requisition men": what it achieved
    if trig.event == "MOBILIZE" and "alert" in trig.words and any(
            o.lemma_.lower() in WEATHER for t in (head, *match.tokens) for p in t.children
            if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"):
        return None  # "placed on red alert for heavy snowfall": a weather warning
    if trig.words == ("warn", "of") and any(o.lemma_.lower() in PLIGHTS for o in _of_objects(match)):
        return None  # "warning of a security vacuum": a danger foreseen, no threat
    if trig.words == ("warn",) and not child_of(head, "dobj") and any(
            c.dep_ == "ccomp" and measure_subject(c) for c in head.children):
        return None  # "warning that yields could fall": a forecast, no threat
    if trig.words == ("offer",) and any(c.dep_ == "dobj" and c.lemma_.lower() in ("bounty", "reward")
                                        for c in head.children):
        return None  # "offered a bounty for information leading to his capture": no promise to a state
    if "weapon" in trig.flags and not are_weapons(head):
        return None  # "an air strike hit a market", not "the storm hit the coast"
    if "projectile" in trig.flags and not are_projectiles(head):
        return None  # "two rockets landed near Sderot", not "the plane landed in Beijing"
    leaves_body = "forces" in trig.flags and not are_forces(head) and _leaves_body(head, actors)
    if "forces" in trig.flags and not are_forces(head) and not leaves_body:
        return None  # "the last U.S. troops left Niger", not "the minister left Paris"
    coding: Coding = ("SANCTION", "withdraw", "161") if leaves_body else (trig.event, trig.mode, trig.cameo)
    undone = None
    if "undo" in trig.flags or "stop" in trig.flags:
        undone = first_object_trigger(head, inner)
        if lifts_burden(head):  # "suspended the extradition bill": giving in
            coding, undone = ("CONCEDE", None, "08"), None
        elif undone is None and trig.words == ("suspend",) and _suspended_member(head, actors):
            coding = ("SANCTION", "expel", "1663")  # "the African Union suspended Niger after the coup"
        elif undone is None or ("stop" in trig.flags and is_cooperative(undone)):
            return None
        else:
            coding = undo(coding, undone)
    if trig.words == ("suspend", "operation") and _armed_operation(head):
        coding = ("CONCEDE", None, "08")  # "suspended its offensive operations against the guerrillas"
    roles = act_roles(match, inner, actors)
    if not roles.recipient and trig.event in ("COERCE", "SANCTION") and trig.pos == "VERB":
        roles = replace(roles, recipient=_unknown_person_acted_on(head, trig.mode))
    if undone is not None and not any(e.country for e in roles.recipient):
        partner = _undone_partner(undone, roles.actor, actors) or _purpose_partner(head, roles.actor, actors)
        roles = replace(roles, recipient=partner or roles.recipient)
    if trig.event == "AID" and trig.words == ("hand",) and _captives_to_go_between(head, roles):
        return None  # "freed four officers, handing them to the Red Cross": passed on, not helped
    if trig.event in ("AGREE", "AID") and not any(e.country for e in roles.recipient):
        roles = replace(roles, recipient=_helped(head, roles.actor, actors) or roles.recipient)
    if trig.event == "PROTEST" and trig.pos == "NOUN":
        roles = crowd_where_it_happened(match, roles, actors)
    if not roles.actor:  # "a British tourist was arrested in Moscow": the authorities of Russia
        roles = unnamed_authority(match, roles, actors)
    if not roles.actor:
        return None
    if trig.mode == "visit" and trig.pos == "NOUN" and head.dep_ == "pobj" \
            and head.head.head.lemma_.lower() == "arrive" and are_forces(head.head.head):
        return None  # "warships arrived in Havana for a visit": the arrival is coded
    if (trig.mode == "release" or "people" in trig.flags) and trig.pos == "VERB" \
            and not frees_people(head, actors, named="people" not in trig.flags):
        handed = handed_over(match, roles)
        if handed is None:
            return None  # "Japan began releasing treated water", "evacuated its embassy"
        coding = handed
    if trig.words == ("surrender",) and (_person_object(head) or hands_over_wanted(head)) \
            and any(e.country for e in roles.recipient):
        coding = ("COOPERATE", None, "0631")  # "surrendered Duterte to the ICC": a legal handover
    coding = speech_content(coding, match, inner)
    if coding[0] == "THREATEN" and trig.words[0] == "warn" and _anothers_force(inner, roles.actor, actors):
        return None  # "Kyiv warned that Moscow would keep shelling": a forecast, no threat of Kyiv's
    coding = decided_act(coding, match, inner, roles, actors)
    if trig.event == "PROTEST":
        roles = protest_roles(match, roles, actors)
    if trig.event in VICTIM_CATEGORIES and roles.recipient and not any(e.country for e in roles.recipient):
        roles = replace(roles, recipient=placed(head, roles.recipient, actors,
                                                "a victim in the country where it happened"))
    if coding[0] == "AID" and roles.recipient and not any(e.country for e in roles.recipient):
        roles = replace(roles, recipient=_where_helped(head, roles.recipient, actors))
    roles = replace(roles, actor=reporters_own(head, roles.actor, actors))
    if trig.mode != "visit":
        roles = _placed_actor(head, coding[0], roles, actors)
    if trig.solo is not None and not roles.recipient:
        coding = trig.solo
        roles = replace(roles, recipient=prep_entities(head, SHOW_OF_FORCE_PREPS, actors, set()))
    found = by_actor_and_object(coding, match, roles)
    if found is None:
        return None
    coding, roles = found
    if coding[0] in HOSTILE_CONTENT and _forecast_of_another(head, roles.actor, actors):
        return None  # a forecast of another state's act
    if coding[0] == "COOPERATE" and trig.event == "RETREAT" and trig.words[:2] in HANDING_OVER:
        # "handed Carlos over to French agents": the state or tribunal that receives him
        objects = [c for c in head.children if c.dep_ in ("dobj", "prt")]
        holders = [head, *match.tokens[1:], *objects, *(g for c in objects for g in c.children if g.dep_ == "acl")]
        receivers = prep_entities(holders, ("to",), actors, set())
        if any(e.country for e in receivers):
            roles = replace(roles, recipient=receivers)
    if coding[:2] == ("REJECT", "meet") and trig.event == "RETREAT" and not any(e.country for e in roles.recipient):
        # "pulled out of a planned meeting with Pashinyan": whom the meeting was with
        left = [g for c in (head, *(c for c in head.children if c.lower_ == "out")) for p in c.children
                if p.dep_ == "prep" and p.lower_ in ("from", "of") for g in p.children if g.dep_ == "pobj"]
        partners = prep_entities(left, ("with",), actors, set()) if left else ()
        if any(e.country for e in partners):
            roles = replace(roles, recipient=partners)
    coding = meeting_mode(coding, match, roles, actors)
    own = {e.country for e in roles.actor} | {None}
    if coding[0] in FORCE_PLACE_PREPS and coding[1] not in UNMOVED_MODES \
            and {e.country for e in roles.recipient} <= own:
        # "rushed troops to its border with China": the forces' own country is no recipient
        roles = replace(roles, recipient=forces_destination(coding[0], match, roles.actor, actors)
                        or roles.recipient)
    if not any(e.country for e in roles.recipient):
        roles = replace(roles, recipient=_reporters_own_thing(head, roles.actor, actors) or roles.recipient)
    if not political(coding[0], roles):
        return None
    if coding[0] == "SUPPORT" and roles.recipient and any(t.lemma_.lower() in COURTESIES for t in match.tokens) \
            and {e.country for e in roles.recipient} <= {e.country for e in roles.actor} | {None}:
        return None  # "sent a congratulatory message to the farmers", "received a gift from
        # schoolchildren": a courtesy inside one state is no diplomatic support (coding rules 2)
    event, mode, cameo = coding
    if event in ("ASSAULT", "MOBILIZE"):
        mode = instrument_mode(event, mode, match) or mode
    if event == "PROTEST" and mode == "strike" and any(
            c.lower_ == "hunger" for t in match.tokens for c in t.children):
        mode, cameo = "hunger", "142"  # "went on hunger strike", "staged a hunger strike"
    (event, mode, cameo), negated, mood = qualified((event, mode, cameo), match)
    if meets_itself(event, mode, match, roles) or demand_of_no_one(match, roles) or offers_goods(match, roles) \
            or (trig.words == ("hesitate",) and negated):  # "did not hesitate to": did it, refused nothing
        return None
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
        confidence=confidence(match, roles, event),
    )


def _placed_actor(head: Token, event: str, roles: Roles, actors: ActorSource) -> Roles:
    """Domestic actors named without a country ("police", "students") act in the country where the
    act took place, or where they are ("doctors across South Korea struck")."""
    if any(e.country for e in roles.actor):
        return roles
    if all(e.sector in DOMESTIC_SECTORS for e in roles.actor):
        roles = replace(roles, actor=placed(head, roles.actor, actors, "acts in the country where it happened"))
    roles = replace(roles, actor=addressing_own_state(roles))  # also "the Senate called on Reagan to ..."
    if not any(e.country for e in roles.actor) and all(
            e.sector in DOMESTIC_SECTORS or (e.sector == "MED" and event == "PROTEST") for e in roles.actor):
        roles = replace(roles, actor=_where_they_are(head, roles.actor, actors))
    return roles


def _reporters_own_thing(head: Token, actor: tuple[Entity, ...], actors: ActorSource) -> tuple[Entity, ...]:
    """ "Ukraine said Russian hackers had breached its servers": "its" in the object of a reported
    act done by a plural doer is the speaker's, who is then the recipient."""
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in REPORTING_VERBS:
        return ()
    objects = [c for c in head.children if c.dep_ == "dobj"] + [
        g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if not any(c.dep_ == "poss" and c.lower_ == "its" for obj in objects for c in obj.children):
        return ()  # "breached its servers", "broke into its computer systems"
    doer = child_of(head, "nsubj")
    if doer is None or doer.tag_ not in ("NNS", "NNPS"):
        return ()  # "North Korea fired missiles off its east coast": "its" is the doer's own
    speaker = child_of(head.head, "nsubj")
    if speaker is None:
        return ()
    own = {e.country for e in actor}
    found = tuple(e for e in actors.resolve(speaker) if e.country and e.country not in own)
    return found


def _leaves_body(head: Token, actors: ActorSource) -> bool:
    """A state that leaves an organisation or a treaty reduces relations: "will leave the World
    Health Organization", "left the alliance"."""
    obj = child_of(head, "dobj")
    if obj is None or head.head.lemma_.lower() in ("vote", "referendum", "campaign"):
        return False  # "Britain voted to leave the EU": a referendum's choice, not a state's act
    if obj.lemma_.lower() in BODIES:
        return True
    return obj.ent_type_ == "ORG" and any(e.country == "IGO" for e in actors.resolve(obj))


# Modifiers that make "operations" armed ones: suspending them halts one's own hostile act.
ARMED_OPERATIONS = frozenset({"military", "offensive", "combat", "ground", "air", "army", "counterinsurgency"})


def _armed_operation(verb: Token) -> bool:
    """ "suspended its offensive operations against the guerrillas" (CONCEDE), not "suspended
    operations at its Beirut hub" (an airline) or "at the embassy"."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "operation" and (
        any(m.dep_ in ("amod", "compound") and m.lower_ in ARMED_OPERATIONS for m in c.children)
        or any(p.dep_ == "prep" and p.lower_ == "against" for p in (*c.children, *verb.children)))
        for c in verb.children)


def _undone_partner(undone: TriggerMatch, actor: tuple[Entity, ...], actors: ActorSource
                    ) -> tuple[Entity, ...]:
    """Whom a called-off act was with or against: "postponed joint drills with the United
    States" is a concession to the United States."""
    own = {e.country for e in actor}
    found = act_roles(undone, [], actors)
    # the parser often hangs the act's "with" phrase on the verb that calls it off
    partner = found.recipient or prep_entities(undone.head.head, undone.trigger.recipient_preps, actors, set())
    return tuple(e for e in partner if e.country and e.country not in own)


def _purpose_partner(head: Token, actor: tuple[Entity, ...], actors: ActorSource) -> tuple[Entity, ...]:
    """Whom calling an act off is meant to please, named in its purpose clause: "suspended
    their joint drills to support diplomacy with North Korea" is a concession to North Korea."""
    own = {e.country for e in actor}
    for clause in (c for c in head.children if c.dep_ in ("advcl", "xcomp")):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        for token in clause.subtree:
            if token.dep_ == "prep" and token.lower_ == "with":
                partner = prep_entities(token.head, ("with",), actors, set())
                found = tuple(e for e in partner if e.country and e.country not in own)
                if found:
                    return found
    return ()


# Verbs of a purpose clause whose object is helped: "pledged $12 billion to help rebuild Ukraine".
HELPING = frozenset({"help", "assist", "aid", "support", "rebuild", "reconstruct", "stabilise", "stabilize"})


def _helped(head: Token, actor: tuple[Entity, ...], actors: ActorSource) -> tuple[Entity, ...]:
    """The state a pledge or aid is for, named as the object of its purpose clause: "pledged
    $12 billion in loans to help rebuild Ukraine", "offered troops to help stabilise Haiti"."""
    own = {e.country for e in actor}
    for clause in (c for c in head.children if c.dep_ in ("advcl", "xcomp")):
        if clause.lemma_.lower() not in HELPING or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        verbs = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in HELPING)]
        for verb in verbs:
            obj = child_of(verb, "dobj")
            if obj is None:
                continue
            found = tuple(e for e in actors.resolve(obj) if e.country and e.country not in own | NON_STATES)
            if found:
                return found
    return ()


def place_recipient(candidate: EventCandidate, location: Location | None) -> tuple[Entity, ...]:
    """The recipient of an event; when it names no country, the country of the place the
    sentence puts the event in, as the gazetteer knows towns the actor tables do not. Victims
    of an assault or coercion belong to the country where it happened ("a gunman killed 51
    worshippers at two mosques in Christchurch"); forces that moved act on the country they
    moved to, near or out of when it is not their own ("pulled out of the city of Kherson").
    Domestic groups a state of that country addresses are its own, also when only the dateline
    or the article places the event ("the prime minister called on church leaders")."""
    if any(e.country for e in candidate.recipient):
        return candidate.recipient
    if location is None or not location.country or location.country in NON_STATES:
        return _own_courts_people(candidate.event, candidate.actor, candidate.recipient, candidate.context)
    own = {e.country for e in candidate.actor} - {None}
    if location.basis == "text" and (candidate.event in VICTIM_CATEGORIES or _threatened_force(candidate)):
        why = "a victim in the country where it happened"
        if candidate.recipient:
            return tuple(replace(e, country=location.country, why=why) for e in candidate.recipient)
        return (Entity(text=location.name, country=location.country, sector=None, why=why),)
    if candidate.recipient and own <= {location.country} \
            and all(e.sector in PLACED_RECIPIENT_SECTORS for e in candidate.recipient):
        return tuple(replace(e, country=location.country, why="a domestic group of the country where it happened")
                     for e in candidate.recipient)
    if location.basis == "text" and candidate.event == "AID" and not candidate.recipient \
            and own and location.country not in own:
        # "ferried food to quake victims in Port-au-Prince": the country of the people helped
        return (Entity(text=location.name, country=location.country, sector=None,
                       why="the country where the help went"),)
    announced_pullback = candidate.event == "CONCEDE" and (candidate.cameo or "").startswith("087")
    if location.basis == "text" and (candidate.event in FORCE_PLACE_PREPS or announced_pullback) \
            and candidate.mode not in UNMOVED_MODES and own and location.country not in own:
        # a resignation abroad moves no forces; a withdrawal announced ("will pull its troops out
        # of Niger") is aimed where the forces would leave, as the withdrawal itself would be
        return (Entity(text=location.name, country=location.country, sector=None,
                       why="the country of the place the forces moved to or from"),)
    return candidate.recipient


def _threatened_force(candidate: EventCandidate) -> bool:
    """An offensive announced or expected "in Rafah" is aimed at the country of the place, as the
    offensive itself would be (coding rules 6: coercion not yet done is THREATEN)."""
    return candidate.event == "THREATEN" and candidate.mode == "violence" \
        and candidate.modality in ("future", "hypothetical")


def addressing_own_state(roles: Roles) -> tuple[Entity, ...]:
    """A domestic group named without a country that addresses the government, parliament,
    courts or police of one state is that state's own: "opposition leaders called on President
    Lukashenko to resign" is BLR OPP (a foreign group would be named as foreign)."""
    states = {e.country for e in roles.recipient if e.sector in STATE_SECTORS and e.country}
    if any(e.country or e.sector not in PLACED_SECTORS for e in roles.actor) or len(states) != 1 or states & NON_STATES \
            or any(e.country not in states | {None} for e in roles.recipient):
        return roles.actor
    (country,) = states
    return tuple(replace(e, country=country, why="a domestic group addressing its own state") for e in roles.actor)


def place_actor(candidate: EventCandidate, location: Location | None) -> tuple[Entity, ...]:
    """The actor of an event. Domestic groups and institutions named without a country (police,
    courts, legislators, parties, protesters, opposition) belong to the country where the event
    is placed, by the sentence ("riot police beat demonstrators in Tbilisi", also for towns only
    the gazetteer knows), the dateline or the article (a bare "police detained the man" in a
    report about Britain); so do unnamed authorities that arrest, seize or strike, and unknown
    attackers where the sentence places the attack. Governments, armies, refugees and visitors
    are not placed."""
    actor = candidate.actor
    own_people = _own_people_state(candidate, location)
    if own_people is not None:
        return tuple(replace(e, country=own_people, why="state forces acting on the country's own people")
                     for e in actor)
    if not actor or any(e.country for e in actor) or location is None or not location.country \
            or location.country in NON_STATES or candidate.mode == "visit":
        return actor
    if any(e.why == UNPLACED_AUTHORITY for e in actor):  # "was arrested in Yerevan": only a place the sentence names
        return actor if location.basis != "text" or location.country in OCCUPIED else tuple(
            replace(e, country=location.country, why=PLACED_AUTHORITY) for e in actor)
    local = PLACED_SECTORS | ({"GOV"} if candidate.event in GOVERNED_HERE else set())
    if candidate.event in VICTIM_CATEGORIES and location.basis == "text":
        local |= {"UAF"}  # "a car bomb in Beirut": LBN UAF, an unidentified force of the place
    return tuple(replace(e, country=location.country, why="acts in the country where it happened")
                 if e.sector in local else e for e in actor)


# State bodies that, named without a country, act on the people of the country they are in.
STATE_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV"})


def _own_people_state(candidate: EventCandidate, location: Location | None) -> str | None:
    """Soldiers, police or agents of no named country that fire on, beat or detain the people
    of one country (civilians, protesters, opposition) in that country are that state's own:
    "soldiers opened fire on demonstrators in Yangon" is MMR MIL (coding rules 3). Not in
    occupied territory, and only where the sentence itself places the act."""
    if candidate.event not in VICTIM_CATEGORIES or not candidate.actor or not candidate.recipient \
            or any(e.country or e.sector not in STATE_FORCE_SECTORS for e in candidate.actor) \
            or location is None or location.basis != "text":
        return None
    recipient = place_recipient(candidate, location)
    states = {e.country for e in recipient}
    if states != {location.country} or states & (NON_STATES | OCCUPIED) \
            or not all(e.sector in PLACED_RECIPIENT_SECTORS for e in recipient):
        return None
    return location.country


def unplaced(actor: tuple[Entity, ...]) -> bool:
    """An unnamed authority that no place of the sentence gave a country: no event (coding
    rules 3, acts told without their doer)."""
    return any(e.why == UNPLACED_AUTHORITY and not e.country for e in actor)


def _one_act_per_phrase(coded: list[EventCandidate]) -> list[EventCandidate]:
    """An event noun in a phrase of a coded verb of its category names that verb's act again:
    "hosted Hashimoto for an informal meeting" is one meeting, and "arrived in Florida for a
    meeting with Trump" names whom the arrival was for."""
    verbs = {(c.trigger.i, c.event): c for c in coded}
    kept = {id(c): c for c in coded}
    for noun in coded:
        slot = partitive_slot(noun.trigger)  # "on the second day of their summit"
        verb = verbs.get((slot.head.head.i, noun.event))
        if noun.trigger.pos_ == "NOUN" and slot.dep_ == "dobj" and slot.head.dep_ == "advcl" \
                and slot.head.tag_ == "VBG" and verb is not None:
            del kept[id(noun)]  # "the last soldiers left Niger, completing a withdrawal": the same act
            continue
        if noun.trigger.pos_ != "NOUN" or slot.dep_ != "pobj" or slot.head.dep_ != "prep" \
                or verb is None:
            continue
        del kept[id(noun)]
        if not verb.recipient:
            own = {e.country for e in verb.actor}
            others = tuple(e for e in (*noun.actor, *noun.recipient) if e.country not in own)
            kept[id(verb)] = replace(kept[id(verb)], recipient=others)
    return list(kept.values())


def _implied_recipients(coded: list[EventCandidate]) -> list[EventCandidate]:
    """Recipients a clause leaves to the rest of the sentence. A verb joined to another act of
    the same actor shares its recipient ("accused Israel of a crime and vowed severe
    punishment"), and so does a participle whose object is a pronoun ("expelled the officials,
    accusing them of meddling"); a reaction with none named answers the act of another country
    told before it ("a U.S. jet shot down the Chinese balloon, and Beijing protested")."""
    result = []
    for cand in coded:
        if not any(e.country for e in cand.recipient):
            own = {e.country for e in cand.actor}
            joined_to = cand.trigger.head.i if cand.trigger.dep_ == "conj" or _pronoun_participle(cand.trigger) \
                else None
            partner = next((c for c in coded if c.trigger.i == joined_to and own == {e.country for e in c.actor}
                            and any(e.country for e in c.recipient)), None)
            if partner is not None:
                cand = replace(cand, recipient=partner.recipient)
            elif (cand.event in REACTIONS or _prompted(cand.trigger) or sums_up_act(cand.trigger)) and own - {None}:
                before = [c for c in coded if c.trigger.i < cand.trigger.i
                          and {e.country for e in c.actor} - {None} and not own & {e.country for e in c.actor}]
                answered = _answered(cand, coded)
                if answered:
                    cand = replace(cand, recipient=answered)
                elif before:
                    cand = replace(cand, recipient=tuple(e for e in before[-1].actor if e.country))
            elif cand.event in ANSWERING and own - {None}:
                answered = _answered(cand, coded)
                cand = replace(cand, recipient=answered or cand.recipient)
        result.append(cand)
    return result


# Acts that answer another state's act told in a clause of theirs ("after", "because"): with no
# recipient named, they are aimed at whoever did it.
ANSWERING = frozenset({"SANCTION"})
ANSWER_MARKS = frozenset({"after", "because", "since", "when", "following"})


def _answered(cand: EventCandidate, coded: list[EventCandidate]) -> tuple[Entity, ...]:
    """The doer of another country's act told in the candidate's own "after" or "because" clause:
    "China vowed to fight to the end after Washington raised tariffs" is THREATEN CHN -> USA
    (coding rules 3)."""
    own = {e.country for e in cand.actor}
    verbs = [cand.trigger, *(c for c in cand.trigger.children if c.dep_ == "xcomp")]  # "vowed to fight ... after"
    clauses = [c for verb in verbs for c in verb.children if c.dep_ == "advcl"
               and any(m.dep_ == "mark" and m.lower_ in ANSWER_MARKS for m in c.children)]
    inside = {t.i for clause in clauses for t in clause.subtree}
    for other in coded:  # a hostile act: "after Germany dropped its objection" is answered by no one
        if other.trigger.i in inside and ontology.quad_code(other.event) in (3, 4):
            found = tuple(e for e in other.actor if e.country and e.country not in own)
            if found and not {e.country for e in other.actor} & own:
                return found
    return ()


def _pronoun_participle(token: Token) -> bool:
    """ "expelled seven UN officials, accusing them of meddling": the pronoun is the main verb's object."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and any(
        c.dep_ == "dobj" and c.lower_ in ("them", "it", "him", "her") for c in token.children)


def _prompted(trigger: Token) -> bool:
    """An act told as the answer an earlier act prompted ("Chinese bombers flew over the sea,
    prompting Seoul to scramble fighter jets") is aimed at whoever did that act."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in OBJECT_CONTROL \
        and trigger.head.dep_ in ("advcl", "conj", "relcl")


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
    subject = child_of(deny, "nsubj")
    if subject is not None and subject.lemma_.lower() in CLAIM_NOUNS:
        return child_of(subject, "appos", "relcl")
    if any(c.dep_ == "dobj" and c.lower_ == "which" for c in deny.children) or (
            deny.dep_ == "relcl" and deny.head.lemma_.lower() in CLAIM_NOUNS and child_of(deny, "dobj") is None):
        return subject
    return None


def _unique(candidates: list[EventCandidate]) -> list[EventCandidate]:
    """One event per (category, actors, recipients) in a sentence, and one meeting per set of
    parties: the most confident. Taking hostages stays apart from the killing in the same raid,
    and clauses with subjects of their own stay apart ("troops withdrew and forces released
    prisoners")."""
    best: dict[tuple, EventCandidate] = {}
    for cand in candidates:
        if cand.event == "CONSULT":  # one meeting of the same parties: "arrived for a visit ... before holding talks"
            key: tuple = (cand.event, frozenset(e.code for e in (*cand.actor, *cand.recipient)), cand.negated)
        else:
            subject = child_of(cand.trigger, "nsubj", "nsubjpass") if cand.trigger.pos_ == "VERB" else None
            key = (cand.event, frozenset(e.code for e in cand.actor), frozenset(e.code for e in cand.recipient),
                   cand.mode if cand.mode in SEPARATE_MODES else None, cand.negated,
                   subject.i if subject is not None else None)
        if key not in best or (cand.confidence, cand.mode is not None) > (best[key].confidence,
                                                                            best[key].mode is not None):
            best[key] = cand
    return sorted(best.values(), key=lambda c: c.trigger.i)
