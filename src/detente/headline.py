"""Headlines as sentences the parser can read.

Wire and state-media headlines are written in Title Case ("Rodong Sinmun Slams U.S. Nuclear
Threats to DPRK"), which spaCy's small model parses as one long proper noun. Lower-casing every
capitalised word that is not part of a name the knowledge base knows gives an ordinary sentence
("Rodong Sinmun slams U.S. nuclear threats to DPRK") with the same length, so offsets still hold.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from detente.actors.kb import KnowledgeBase

# "U.S. Hostile Policy Slammed: Rodong Sinmun": a passive headline whose speaker follows a colon.
ATTRIBUTED_PASSIVE = re.compile(r"^(?P<what>.*\b[A-Za-z]+ed)\s*:\s*(?P<who>[^:]+?)\s*$")
CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+(?:['\u2019-][A-Za-z]+)*\b")
HEADLINE = "detente_headline"  # Doc.user_data key: the doc is an article's headline
SMALL_WORDS = frozenset("a an and as at but by for from in into of on or over the to up via with".split())


def is_title_case(title: str) -> bool:
    """Most words other than small ones start with a capital."""
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", title) if w.lower() not in SMALL_WORDS]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75


def headline_sentence(title: str, kb: KnowledgeBase) -> str:
    """The headline as a sentence: sentence case, and a colon attribution as a passive agent.

    "U.S. Hostile Policy Slammed: Rodong Sinmun" reads "U.S. hostile policy slammed by Rodong
    Sinmun" when the words after the colon are a name the knowledge base knows. Only the text
    after the colon moves, so offsets before it still index the title as written.
    """
    attributed = ATTRIBUTED_PASSIVE.match(title)
    if attributed and kb.lookup(attributed["who"]) is not None:
        title = f"{attributed['what']} by {attributed['who']}"
    return sentence_case(title, kb)


def sentence_case(title: str, kb: KnowledgeBase) -> str:
    """Lower-case the capitalised words of a Title Case headline that are not known names."""
    if not is_title_case(title):
        return title
    names = [(start, end) for start, end, _ in kb.name_spans(title)]
    letters = list(title)
    for word in CAPITALISED_WORD.finditer(title):
        at = word.start()
        if at == 0 or any(start <= at < end for start, end in names):
            continue
        letters[at] = title[at].lower()
    return "".join(letters)


def mark_headline(doc: Doc) -> Doc:
    """Flag a parsed headline, whose grammar differs from a sentence's: it drops the auxiliary
    of a passive ("Opposition leader arrested in Minsk")."""
    doc.user_data[HEADLINE] = True
    return doc


def is_headline(doc: Doc) -> bool:
    return bool(doc.user_data.get(HEADLINE))
