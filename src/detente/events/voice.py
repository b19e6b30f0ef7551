"""Demands a state-run outlet makes in its own voice.

A KCNA commentary says "The U.S. should stop at once its provocations" without "said": the
sentence is the outlet's demand, and the outlet speaks for its state (coding rules 2, REQUEST).
In a wire story the same words are the reporter's or an analyst's view and no event, so only
stories from an outlet the actor tables mark as state media have a voice. A statement quoted
at length ("The statement said:" and the paragraphs after it) speaks for whoever issued it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.events.arguments import QUOTE_MARKS, ActorSource, child_of
from detente.records import Entity

# Modals by which an outlet tells another party what to do.
DEMANDING_MODALS = frozenset({"should", "must"})
# Subjects that are the outlet itself or its readers, not a party addressed.
OWN_SIDE_PRONOUNS = frozenset({"we", "us", "you", "i", "one", "everyone", "anyone", "whoever"})


def demanded_party(sentence: Span, voice: Entity, actors: ActorSource) -> tuple[Token, tuple[Entity, ...]] | None:
    """The modal of a bare demand and the party it is made of: the sentence's main verb takes
    "should" or "must" and an active subject of another country ("The south Korean authorities
    should stop the suppression ...", "Japan must apologise"). The modal's head is the verb."""
    root = sentence.root
    modal = next((c for c in root.children if c.dep_ == "aux" and c.lower_ in DEMANDING_MODALS), None)
    if root.pos_ not in ("VERB", "AUX") or modal is None:
        return None
    if any(t.text in QUOTE_MARKS for t in sentence):
        return None  # a quotation: someone else's words
    subject = child_of(root, "nsubj")
    if subject is None or subject.lower_ in OWN_SIDE_PRONOUNS:
        return None
    addressed = tuple(e for e in actors.resolve(subject) if e.country and e.country != voice.country)
    return (modal, addressed) if addressed else None


def quoted_voice(sentence: Span, voice: Entity | None, actors: ActorSource) -> Entity | None:
    """Whose words follow a sentence that ends by introducing them ("The statement said:"): its
    speaker when the tables know their country, else nobody; other sentences keep the voice."""
    tokens = [t for t in sentence if not t.is_space]
    if not tokens or tokens[-1].text != ":":
        return voice
    speaker = child_of(sentence.root, "nsubj")
    found = [e for e in actors.resolve(speaker) if e.country] if speaker is not None else []
    return found[0] if found else None
