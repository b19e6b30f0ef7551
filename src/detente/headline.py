"""Headlines as sentences the parser can read.

Wire and state-media headlines are written in Title Case ("Rodong Sinmun Slams U.S. Nuclear
Threats to DPRK"), which spaCy's small model parses as one long proper noun. Lower-casing every
capitalised word that is not part of a name the knowledge base knows gives an ordinary sentence
("Rodong Sinmun slams U.S. nuclear threats to DPRK") with the same length, so offsets still hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

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


# "Seoul, Tokyo agree ...", "S. Korea, US postpone ...", "Chinese, Russian bombers ...": headlines
# write "and" as a comma between the names that open them. A name here is one to three words
# that each start with a capital (or are an initial such as "N.").
OPENING_NAME = r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2}"
OPENING_LIST = re.compile(rf"^(?:{OPENING_NAME}, )+(?={OPENING_NAME} [a-z])")


def and_for_commas(title: str) -> str:
    """The commas of a headline's opening list of names as "&", which the parser reads as "and"
    (the same length, so offsets hold): "Xi, Biden hold video call" -> "Xi& Biden hold video call"."""
    opening = OPENING_LIST.match(title)
    if not opening:
        return title
    return opening.group(0).replace(", ", "& ") + title[opening.end():]


def headline_sentence(title: str, kb: KnowledgeBase) -> str:
    """The headline as a sentence: sentence case, and a colon attribution as a passive agent.

    "U.S. Hostile Policy Slammed: Rodong Sinmun" reads "U.S. hostile policy slammed by Rodong
    Sinmun" when the words after the colon are a name the knowledge base knows. Only the text
    after the colon moves, so offsets before it still index the title as written.
    """
    attributed = ATTRIBUTED_PASSIVE.match(title)
    if attributed and kb.lookup(attributed["who"]) is not None:
        title = f"{attributed['what']} by {attributed['who']}"
    return and_for_commas(sentence_case(title, kb))


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


# A headline's last character: no sentence stop ("Putin to visit Pyongyang", "... : KCNA").
SENTENCE_END = frozenset(".!?;")
MAX_HEADLINE_WORDS = 16


def is_headline_text(text: str) -> bool:
    """A text given with no title that is itself only a headline: one line of 3 to 16 words
    with no sentence stop at its end or inside it ("Troops fire on protesters in Dhaka").
    Coded as a headline, its dropped auxiliaries and colon credits are read as headlines'."""
    line = text.strip()
    if not line or "\n" in line or line[-1] in SENTENCE_END or line.rstrip("'\"\u2019\u201d")[-1:] in SENTENCE_END:
        return False
    if re.search(r"[a-z0-9][.!?]\s+[A-Z]", line):  # a second sentence
        return False
    return 3 <= len(line.split()) <= MAX_HEADLINE_WORDS


# Read before a headline: the small parser takes "Blinken lands in Beijing", "Pakistan hands over
# ..." or "Russian missiles pound Kyiv" as noun phrases, but reads them as clauses after an
# opening adverbial. Offsets into the parse are shifted back by its length.
HEADLINE_LEAD = "Now, "


def detach_lead(doc: Doc) -> Doc:
    """Hang the words of `HEADLINE_LEAD` on the root, outside every name and phrase of the
    headline, so that no entity or date is read from them."""
    lead = [t for t in doc if t.idx < len(HEADLINE_LEAD)]
    roots = [t for t in doc if t.dep_ == "ROOT" and t.idx >= len(HEADLINE_LEAD)]
    if not lead or not roots or not doc.text.startswith(HEADLINE_LEAD):
        return doc
    for token in lead:
        if token.head.i != token.i or token.dep_ != "ROOT":
            token.head, token.dep_ = roots[0], "punct" if token.is_punct else "advmod"
    doc.ents = [span for span in doc.ents if span.start_char >= len(HEADLINE_LEAD)]
    return doc


SUBJECT_DEPS = frozenset({"nsubj", "compound", "amod", "nmod", "npadvmod"})
SINGULAR_TAGS = frozenset({"NNP", "NN", "JJ"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
COLLECTIVE = frozenset({"police", "people", "troops"})


def read_root_as_verb(doc: Doc, lemmatize: Callable[[Token], list[str]], verbs: Collection[str]) -> Doc:
    """A headline the parser read as one noun phrase whose head is the verb: "Blinken lands in
    Beijing", "Pakistan hands over suspect to US", "Thousands rally in Tbilisi", "Pakistan
    summons Indian envoy". The root noun becomes a verb in the present tense (and its lemma the
    verb's) when a trigger verb has that lemma, the name just before it agrees with it in number
    ("Blinken lands", "thousands rally") and a complement follows it (a preposition or an object);
    that name becomes its subject. Nothing changes in a headline that has a finite verb or a verb
    before that root ("LoC firing" after it is no verb of its own)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or any(t.tag_ in FINITE_TAGS or (t.pos_ in ("VERB", "AUX") and t.i < roots[0].i)
                              for t in doc):
        return doc
    root = roots[0]
    if root.pos_ != "NOUN" or root.i == 0:
        return doc
    inner = _inner_verb(doc, root, lemmatize, verbs)
    if inner is not None:
        return doc
    if not root.text.isalpha() or not root.text.islower():
        return doc
    before = doc[root.i - 1]
    subject = before if before.head.i == root.i and before.dep_ in SUBJECT_DEPS else None
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "ADJ") or not subject.text[:1].isupper() \
            and subject.lower_ not in COLLECTIVE:
        return doc
    third_person = root.tag_ == "NNS"
    agrees = subject.tag_ in SINGULAR_TAGS if third_person else (
        subject.tag_ in PLURAL_TAGS or subject.lower_ in COLLECTIVE)
    complements = [c for c in root.children if c.i > root.i and c.dep_ in ("prep", "dobj", "appos", "pobj")]
    if not agrees or not complements or not _read_as_verb(root, "VBZ" if third_person else "VBP", lemmatize, verbs):
        return doc
    subject.dep_ = "nsubj"
    for complement in complements:
        if complement.dep_ in ("appos", "pobj"):
            complement.dep_ = "dobj"  # "summons Indian envoy"
    return doc


def _read_as_verb(token: Token, tag: str, lemmatize: Callable[[Token], list[str]], verbs: Collection[str]) -> bool:
    """Re-tag a noun as a present-tense verb with its verb lemma when a trigger verb has that
    lemma; otherwise leave it as it was."""
    pos, old_tag, lemma = token.pos_, token.tag_, token.lemma_
    token.pos_, token.tag_ = "VERB", tag
    verb_lemma = (lemmatize(token) or [token.lower_])[0].lower()
    if verb_lemma in verbs:
        token.lemma_ = verb_lemma
        return True
    token.pos_, token.tag_, token.lemma_ = pos, old_tag, lemma
    return False


def _agrees(subject: Token, verb: Token) -> bool:
    """ "Blinken lands", "police fire", "Houthis hijack": a singular name before a verb in -s, a
    plural or a name before the bare form."""
    if verb.tag_ == "NNS" or (verb.lower_.endswith("s") and not verb.lower_.endswith("ss")):
        return subject.tag_ in SINGULAR_TAGS and subject.lower_ not in COLLECTIVE
    return subject.tag_ in PLURAL_TAGS or subject.lower_ in COLLECTIVE or (
        subject.pos_ == "PROPN" and subject.lower_.endswith("s"))


def _named(subject: Token) -> bool:
    """A name, a collective ("police") or a noun with a name on it ("Russian missiles")."""
    return subject.text[:1].isupper() or subject.lower_ in COLLECTIVE or any(
        c.i < subject.i and c.text[:1].isupper() and c.pos_ in ("ADJ", "PROPN") for c in subject.children)


def _inner_verb(doc: Doc, root: Token, lemmatize: Callable[[Token], list[str]],
                verbs: Collection[str]) -> Token | None:
    """A verb the parser took for a modifier of its object, in a headline read as one noun
    phrase: "Police fire tear gas at marchers", "Houthis hijack cargo ship", "Russian missiles
    pound Kyiv energy grid". The first lower-case noun after a name, inside the root's phrase,
    becomes the root verb, the name its subject and the root its object."""
    for verb in doc[1:root.i]:
        if verb.pos_ != "NOUN" or not verb.text.isalpha() or not verb.text.islower() \
                or verb.dep_ not in ("compound", "nmod", "amod"):
            continue
        subject = doc[verb.i - 1]
        if subject.pos_ not in ("PROPN", "NOUN") or not _named(subject) or not _agrees(subject, verb):
            continue
        if not all(t.head.i == root.i or verb.i < t.head.i <= root.i for t in doc[verb.i + 1:root.i]):
            continue  # the words between the verb and the root are the object's own
        if _read_as_verb(verb, "VBZ" if verb.lower_.endswith("s") else "VBP", lemmatize, verbs):
            break
    else:
        return None
    lead = len(HEADLINE_LEAD) if doc.text.startswith(HEADLINE_LEAD) else 0
    for token in doc[:subject.i]:
        if token.head.i in (root.i, verb.i) and token.idx >= lead:
            token.head = subject  # "Kenyan" of "Kenyan riot police"
    subject.head, subject.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "dobj"
    for token in doc[root.i + 1:]:
        if token.head.i == root.i and token.dep_ == "prep" and token.lower_ in ("at", "on", "against", "into"):
            token.head = verb  # "fire tear gas at marchers"
    return verb


def mark_headline(doc: Doc) -> Doc:
    """Flag a parsed headline, whose grammar differs from a sentence's: it drops the auxiliary
    of a passive ("Opposition leader arrested in Minsk")."""
    doc.user_data[HEADLINE] = True
    return doc


def is_headline(doc: Doc) -> bool:
    return bool(doc.user_data.get(HEADLINE))
