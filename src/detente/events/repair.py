"""Repairs of parses the small English model gets wrong in ways our rules cannot read around:
a clause read as one noun phrase, a fronted participle read as the subject, a subject read as a
modifier, an object read as a clause, as a verb or as the object of a particle, a place read as
a modifier of a span of time, a list split into a second subject. Each repair re-hangs a few
tokens of the sentence in place, before events are read from it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.events.arguments import DURATIONS, child_of


def repair_parse(sentence: Span) -> None:
    """Every repair on one sentence: those of its root, then those of single words, in one pass
    (each pass over a sentence's tokens costs as much as the repairs themselves)."""
    repair_noun_root(sentence)
    repair_fronted_participle(sentence)
    repair_subject_read_as_modifier(sentence)
    for token in sentence:
        dep = token.dep_
        if token.tag_ == "VBZ":
            repair_object_read_as_clause(token)
            repair_object_read_as_verb(token)
        elif dep == "prt":
            repair_object_of_particle(token)
        elif dep == "pobj":
            repair_place_read_as_time_modifier(token)
        elif dep == "nsubj":
            repair_list_read_as_second_subject(token)


def repair_fronted_participle(sentence: Span) -> None:
    """A fronted participle clause the parser took for the subject, and the real subject for an
    apposition inside it: "Addressing the General Assembly, Iran's President Masoud Pezeshkian
    called on ..." ("Addressing" a `csubj`, the president an `appos` of "Assembly"). The name
    right before the verb becomes its subject and the participle an adverbial clause."""
    verb = sentence.root
    first = sentence[0]
    if verb.pos_ != "VERB" or first.tag_ != "VBG" or first.dep_ != "csubj" or first.head.i != verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    name = next((t for t in first.subtree if t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN")
                 and t.right_edge.i == verb.i - 1 and t.left_edge.i > first.i
                 and t.doc[t.left_edge.i - 1].lower_ == ","), None)
    if name is None:
        return
    name.head, name.dep_ = verb, "nsubj"
    first.dep_ = "advcl"


def repair_noun_root(sentence: Span) -> None:
    """A clause the parser read as one noun phrase, its verb a modifier of the subject or of a
    noun inside it: "Qatar, which has mediated for months, offered to host talks" ("offered" an
    `acl` of Qatar after a relative clause), "A Russian missile strike on a shopping centre in
    Kremenchuk killed 18 people" ("killed" an `acl` of "centre"). The verb becomes the root and
    the root noun its subject; a sentence with a verb of its own at the root is left alone."""
    root = sentence.root
    if root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ == "AUX" and t.dep_ != "aux" for t in sentence):
        return
    for verb in sentence:
        if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.i <= root.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in verb.children):
            continue
        comma = verb.doc[verb.i - 1].lower_ == ","
        if verb.head.i == root.i and verb.tag_ in ("VBD", "VBN") and comma and any(
                c.dep_ in ("relcl", "appos") and root.i < c.i < verb.i for c in root.children):
            pass  # "Qatar, which has mediated ..., offered": after a relative clause or an apposition
        elif verb.tag_ == "VBD" and verb.head.i != root.i and child_of(verb, "dobj") is not None \
                and verb.head.head.dep_ == "prep" and root in verb.ancestors:
            pass  # "A missile strike on a centre in Kremenchuk killed 18 people"
        else:
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        return


def repair_subject_read_as_modifier(sentence: Span) -> None:
    """A name opening the sentence that the parser hung on the verb as a modifier: "Nauru
    recognised China", "Azerbaijan massed troops along the line" ("Nauru" an `advmod`). With no
    subject of its own, the verb takes the name as its subject."""
    verb = sentence.root
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return
    name = next((c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.i < verb.i), None)
    if name is None or name.pos_ != "PROPN" or not name.ent_type_ or name.left_edge.i != sentence.start:
        return
    name.dep_ = "nsubj"


def repair_object_read_as_clause(verb: Token) -> None:
    """A coordinated object the parser read as a clause: "imposed travel bans and asset freezes
    on ..." ("freezes" a verb whose subject is "bans and asset"). A singular verb cannot have two
    nouns joined by "and" as its subject, so the clause is undone: the first noun becomes the
    object, the second noun and the "verb" one noun joined to it."""
    governor = verb.head
    if verb.tag_ != "VBZ" or verb.dep_ not in ("ccomp", "conj") or governor.pos_ != "VERB" \
            or child_of(governor, "dobj") is not None or any(c.dep_ == "aux" for c in verb.children):
        return
    first = child_of(verb, "nsubj")
    second = verb.doc[verb.i - 1]
    if first is None or first.tag_ != "NNS" or second.head.i != first.i or second.dep_ != "conj" \
            or second.pos_ != "NOUN" or not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        return
    first.head, first.dep_ = governor, "dobj"
    verb.head, verb.dep_, verb.pos_, verb.tag_ = first, "conj", "NOUN", "NNS"
    second.head, second.dep_ = verb, "compound"


# Verbs that stage what their object names ("conducted bombing drills").
STAGING_VERBS = frozenset({"conduct", "hold", "stage", "carry", "launch", "begin", "start", "resume"})


def repair_object_read_as_verb(word: Token) -> None:
    """A plural object the tagger took for a verb: "China's navy conducted drills off the coast"
    ("drills" a verb in the object's place), "conducted bombing drills" ("bombing" the subject
    of a clause "drills off the coast"). The object becomes a plural noun again, and a noun
    read as its subject a modifier of it."""
    if word.pos_ != "VERB" or word.tag_ != "VBZ" or any(
            c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in word.children):
        return
    governor = word.head
    kind = child_of(word, "nsubj")
    if word.dep_ in ("dobj", "pobj") and kind is None:
        pass
    elif word.dep_ == "ccomp" and governor.lemma_.lower() in STAGING_VERBS and child_of(governor, "dobj") is None \
            and kind is not None and kind.i == word.i - 1 and kind.tag_ == "NN" and not list(kind.children):
        word.head, word.dep_ = governor, "dobj"
        kind.dep_ = "compound"
    else:
        return
    word.pos_, word.tag_ = "NOUN", "NNS"
    for particle in (c for c in word.children if c.dep_ == "prt"):
        particle.dep_ = "prep"  # "drills off the coast"


def repair_object_of_particle(particle: Token) -> None:
    """An object the parser hung on the verb's particle as if it were a preposition: "shot down
    the Chinese balloon" ("balloon" a `pobj` of "down"). The verb has no object of its own, so
    the noun becomes it."""
    verb = particle.head
    if particle.dep_ != "prt" or verb.pos_ != "VERB" or child_of(verb, "dobj") is not None:
        return
    noun = child_of(particle, "pobj")
    if noun is not None:
        noun.head, noun.dep_ = verb, "dobj"


def repair_place_read_as_time_modifier(span: Token) -> None:
    """A place the parser read as a modifier of the span of time after it: "delivered tanks to
    Ukraine months ahead of schedule" ("Ukraine" a compound of "months", the object of "to").
    The place becomes the object of the preposition, the span a modifier of the verb."""
    if span.dep_ != "pobj" or span.lemma_.lower() not in DURATIONS or span.i == span.sent.start:
        return
    place = span.doc[span.i - 1]
    if place.dep_ != "compound" or place.head.i != span.i or place.ent_type_ not in ("GPE", "LOC"):
        return
    prep = span.head
    place.head, place.dep_ = prep, "pobj"
    span.head, span.dep_ = prep.head, "npadvmod"


def repair_list_read_as_second_subject(second: Token) -> None:
    """A list inside the subject the parser split into a second subject: "vessels from the
    Philippines, the United States and Japan staged ..." ("the United States and Japan" a
    subject of its own). The rest of the list joins the noun it continues."""
    verb = second.head
    if second.dep_ != "nsubj" or verb.i < second.i:
        return
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "dep") and c.pos_ in ("NOUN", "PROPN")
                and c.i < verb.i]
    if len(subjects) != 2 or subjects[1].i != second.i:
        return
    first = subjects[0]
    listed = first.right_edge
    if listed.dep_ == "pobj" and listed.i + 2 == second.left_edge.i and listed.doc[listed.i + 1].text == "," \
            and any(c.dep_ == "cc" for c in second.children):
        second.head, second.dep_ = listed, "conj"
        first.dep_ = "nsubj"  # "Navy ships" read as a loose dependent of the verb
