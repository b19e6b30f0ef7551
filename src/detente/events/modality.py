"""Negation and modality of an event from cheap dependency rules around its trigger.

We look only at the trigger, the words that govern it (the light verb of a noun trigger,
the verbs above it in an xcomp chain such as "plans to visit") and their direct children.
"""

from __future__ import annotations

from spacy.tokens import Token

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
# Verbs whose complement did not happen: "failed to reach", "denied attacking".
NEGATING_GOVERNORS = frozenset({"fail", "deny", "avoid", "stop", "unable"})
# Nouns that negate a complement when they carry "no": "has no plans to meet".
NEGATABLE_PLANS = frozenset({"plan", "intention", "intent", "desire", "interest"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "gonna"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "can", "must", "'d"})
# Governing verbs that put their complement in the future: "plans to visit", "is set to meet".
FUTURE_GOVERNORS = frozenset({"plan", "schedule", "expect", "set", "intend", "prepare", "aim", "go",
                              "be", "due", "decide", "hope", "want", "wish", "propose", "poise", "about"})
# Governing verbs that make it a possibility only: "considering sanctions", "may seek to".
HYPOTHETICAL_GOVERNORS = frozenset({"consider", "mull", "weigh", "contemplate", "likely", "unlikely"})
FUTURE_WORDS = frozenset({"tomorrow", "next", "upcoming", "coming", "forthcoming"})
# Verbs by which a planned act is carried out: "held the planned rally" happened.
HOLDING_VERBS = frozenset({"hold", "stage", "carry", "conduct", "mount", "go", "begin", "start", "launch"})
FUTURE_NOUN_MODIFIERS = frozenset({"planned", "proposed", "upcoming", "forthcoming", "scheduled",
                                   "expected", "future", "next", "coming"})
CONDITION_MARKERS = frozenset({"if", "unless", "provided", "providing", "whether"})
# Reporting verbs whose "would" is a reported future ("announced it would withdraw").
REPORTING_VERBS = frozenset({"say", "announce", "tell", "state", "declare", "report", "add",
                             "confirm", "insist", "indicate", "pledge", "promise", "vow"})
# Prepositions of a setting: what governs them does not qualify the event noun inside.
SETTINGS = frozenset({"at", "during", "in", "on"})
PARTICIPATION = frozenset({"take", "part", "engage", "participate", "join",  # "take part in talks"
                           "involvement", "role"})  # "denied any involvement in the attack"
CLIMB_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "attr", "nsubjpass", "acl", "pcomp", "oprd"})


def governors(trigger: Token, limit: int = 4) -> list[Token]:
    """The trigger and the words above it through complement links, nearest first."""
    chain = [trigger]
    token = trigger
    while token.dep_ in CLIMB_DEPS and token.head.i != token.i and len(chain) <= limit:
        if token.dep_ == "pobj" and token.head.lower_ in SETTINGS \
                and token.head.head.lemma_.lower() not in PARTICIPATION:
            break  # "did not agree ... at the Geneva talks": the talks still took place
        token = token.head
        chain.append(token)
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("xcomp",) and not plan_clause(token):
            break
    return chain


def _held_now(noun: Token) -> bool:
    """A planned act that was (or was not) held: "did not hold its planned march", "staged the
    planned strike". The verb that carries it tells when it happened, not the modifier."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in HOLDING_VERBS and verb.tag_ in ("VBD", "VBN", "VB") \
        and not _aux_lemmas(verb) & (FUTURE_AUX | HYPOTHETICAL_AUX)


def plan_clause(token: Token) -> bool:
    """The infinitive of a plan: "has no plans to hold drills", "announced plans to impose"."""
    if token.dep_ == "pcomp" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in NEGATABLE_PLANS:
        return True  # "has no intention of joining the talks"
    return token.dep_ == "acl" and token.head.lemma_.lower() in NEGATABLE_PLANS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def has_negator(token: Token) -> bool:
    """A direct "not", "never" or "no" on the token, or "no longer" ("no longer supplies arms")."""
    return any(child.dep_ == "neg" or (child.lower_ in NEGATORS and child.dep_ in ("det", "advmod", "neg"))
               or (child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children))
               for child in token.children)


def _yet_to(token: Token) -> bool:
    """ "has yet to sign", "is yet to meet": the complement has not happened."""
    return token.lemma_.lower() in ("have", "be") and any(c.lower_ == "yet" for c in token.children)


# Speech acts the parser may join to the clause another verb reports ("denied that its ships had
# fired and accused Manila of ramming"): the reporter's own second act, not the report's.
OWN_SPEECH_ACTS = frozenset({"accuse", "blame", "condemn", "denounce", "criticise", "criticize", "urge",
                             "demand", "warn", "vow", "slam", "reject", "call"})
REPORTING_HEADS = frozenset({"deny", "say", "insist", "claim", "state", "maintain"})


def speaker_own_conj(token: Token) -> bool:
    """A speech act joined by "and" to the clause a reporting or denying verb governs, with no
    subject of its own while that clause has one: "China denied that its warships had fired on
    Philippine boats and accused Manila of ramming a ship" (China accuses, and not negated)."""
    head = token.head
    return token.dep_ == "conj" and token.pos_ == "VERB" and token.lemma_.lower() in OWN_SPEECH_ACTS \
        and head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING_HEADS \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) \
        and any(c.dep_ == "mark" for c in head.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


def _joined_predicate(token: Token) -> bool:
    """A verb joined to another by "and" or "or", with no subject or auxiliary of its own: it
    shares that verb's negation and modality ("did not sign the deal or send envoys", "could
    impose sanctions and expel the ambassador"); after "but" it does not, nor does a past tense
    joined to a bare verb ("would not recognise the annexation and recalled its ambassador")."""
    return token.dep_ == "conj" and token.pos_ == "VERB" and token.head.pos_ in ("VERB", "AUX") \
        and not (token.tag_ == "VBD" and token.head.tag_ == "VB") \
        and not speaker_own_conj(token) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") or c.tag_ == "MD" for c in token.children) \
        and not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in token.head.children)


def is_negated(trigger: Token) -> bool:
    """True when the text says the event did not happen: "did not attack", "no talks were held",
    "failed to reach", "denied attacking", "has no plans to visit", "has yet to sign",
    "ended without an agreement"."""
    if _joined_predicate(trigger):
        return is_negated(trigger.head)
    chain = governors(trigger)
    if any(has_negator(token) for token in chain):
        return True
    above = chain[1:]
    if any(token.lemma_.lower() in NEGATING_GOVERNORS or token.lower_ == "without" or _yet_to(token)
           for token in above):
        return True
    if any(token.lower_ == "of" and token.head.lower_ == "short" for token in above):
        return True  # "stopped short of endorsing the plan", "fell short of an apology"
    if any(token.dep_ == "ccomp" and token.head.lemma_.lower() in NEGATING_GOVERNORS for token in chain):
        return True  # "denied attacking", "denied that Russia was planning to invade Ukraine"
    if trigger.pos_ == "NOUN" and trigger.head.dep_ == "nsubj" and has_negator(trigger.head):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "no" and d.dep_ == "det" for d in c.children)
           for c in trigger.children):
        return True  # "no troops were deployed"
    if any(c.dep_ in ("nsubj", "nsubjpass") and _neither_nor(c) for c in trigger.children):
        return True  # "neither Moscow nor Kyiv has released any prisoners"
    return any(t.lemma_.lower() in NEGATABLE_PLANS and has_negator(t) for t in above)


def _neither_nor(subject: Token) -> bool:
    """A subject of "neither X nor Y": the act is denied of both."""
    words = [t for t in subject.subtree if t.i <= subject.i or t.dep_ in ("cc", "conj")]
    return any(t.lower_ == "neither" and t.dep_ in ("preconj", "det", "cc") for t in words) \
        and any(t.lower_ == "nor" for t in words)


def is_condition(token: Token) -> bool:
    """An adverbial clause opened by if / unless / provided (also one the parser joins with
    "but" or "and": "ready to sign, but only if Baku dropped its demand")."""
    return token.dep_ in ("advcl", "conj") and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKERS
                                         for m in token.children)


def _condition(token: Token) -> bool:
    """An if/unless clause on the token, or "provided (that) ..." read as a preposition."""
    return is_condition(token) or any(
        is_condition(child) or (child.lower_ in ("provided", "providing") and child.dep_ in ("prep", "advcl")
                                and any(g.dep_ in ("advcl", "ccomp", "pcomp") for g in child.children))
        for child in token.children)


def _aux_lemmas(token: Token) -> set[str]:
    return {child.lower_ for child in token.children if child.dep_ in ("aux", "auxpass") or child.tag_ == "MD"}


def _future_time(token: Token) -> bool:
    """A time expression pointing forward among the token's dependents ("next week", "tomorrow");
    not "the next day" of a clause told in the past ("kept fighting the next day")."""
    told_past = token.tag_ == "VBD" or (token.dep_ == "xcomp" and token.head.tag_ == "VBD")
    for child in token.children:
        if told_past and any(g.lower_ == "the" and g.dep_ == "det" for g in child.children):
            continue
        if child.dep_ in ("npadvmod", "advmod", "tmod", "obl") and child.lower_ in FUTURE_WORDS:
            return True
        if child.dep_ == "npadvmod" and {"later", "this"} <= {g.lower_ for g in child.children}:
            return True  # "his visit to Washington later this week"
        if child.dep_ in ("npadvmod", "prep") and any(
                g.lower_ in FUTURE_WORDS for g in child.subtree if g.i - child.i < 4):
            return True
    return False


def _reported(token: Token) -> bool:
    """A clause under a reporting verb, or joined to one: "said ... but Moscow would not use"."""
    if token.dep_ == "conj" and token.head.lemma_.lower() in REPORTING_VERBS:
        return True  # "Lavrov said ..., but Moscow would not ..." read as two clauses
    clause = token.head if token.dep_ == "conj" and token.head.dep_ == "ccomp" else token
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS


# Verbs saying that an act named as their subject happens: "talks will take place next week",
# "an invasion could come within weeks".
OCCURRENCE_VERBS = frozenset({"come", "happen", "occur", "begin", "start", "proceed", "resume", "follow",
                              "materialise", "materialize"})
# How likely an act named as the subject of "be" is: "an attack was imminent", "a summit is likely".
LIKELIHOOD = {"possible": "hypothetical", "likely": "hypothetical", "probable": "hypothetical",
              "unlikely": "hypothetical", "imminent": "future", "inevitable": "future"}


def occurrence(noun: Token) -> Token | None:
    """The predicate whose subject an event noun is when the predicate only says the act takes
    place ("will take place", "could come", "was imminent"): its tense and mood are the act's."""
    verb = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in OCCURRENCE_VERBS or (lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)):
        return verb
    if lemma == "be" and any(c.dep_ in ("acomp", "attr") and c.lower_ in LIKELIHOOD for c in verb.children):
        return verb
    return None


def modality(trigger: Token) -> str:
    """asserted / future / hypothetical / conditional, from auxiliaries, governing verbs,
    "if/unless" clauses and forward time expressions."""
    if _joined_predicate(trigger):
        return modality(trigger.head)
    predicate = occurrence(trigger)
    if predicate is not None:
        mood = modality(predicate)
        likelihood = next((LIKELIHOOD[c.lower_] for c in predicate.children
                           if c.dep_ in ("acomp", "attr") and c.lower_ in LIKELIHOOD), "asserted")
        return likelihood if mood == "asserted" else mood
    chain = governors(trigger)
    if any(_condition(token) for token in chain):
        return "conditional"
    if (trigger.dep_ == "ROOT" or (trigger.dep_ in ("relcl", "acl") and trigger.head.dep_ == "ROOT"
                                   and trigger.head.pos_ in ("NOUN", "PROPN") and trigger.head.i < trigger.i
                                   and not any(t.pos_ in ("VERB", "AUX") for t in trigger.doc[:trigger.head.i])))\
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return "future"  # a headline's "Kim Yong Nam to Visit Tanzania", "French unions to strike"
    for position, token in enumerate(chain):
        aux = _aux_lemmas(token)
        if aux & FUTURE_AUX:
            return "future"
        if aux & HYPOTHETICAL_AUX:
            reported = _reported(token)
            return "future" if reported and aux & {"would", "'d"} else "hypothetical"
        lemma = token.lemma_.lower()
        if position > 0 and lemma in HYPOTHETICAL_GOVERNORS:
            return "hypothetical"
        if position > 0 and lemma in FUTURE_GOVERNORS and (chain[position - 1].dep_ == "xcomp"
                                                           or plan_clause(chain[position - 1])):
            return "future"
        if position > 1 and lemma in NEGATABLE_PLANS and chain[position - 1].lower_ == "of" \
                and chain[position - 2].dep_ == "pcomp":
            return "future"  # "has no intention of sending troops", "its intention of imposing tariffs"
        if _future_time(token):
            return "future"
    if trigger.pos_ in ("NOUN", "PROPN") and any(
            c.lower_ in FUTURE_NOUN_MODIFIERS for c in trigger.children if c.dep_ in ("amod", "poss", "compound")) \
            and not _held_now(trigger):
        return "future"
    return "asserted"
