"""The trigger lexicon (data/triggers/*.tsv) and finding its entries in a parsed sentence.

Lookup is by lemma in dicts, so a sentence costs one dict probe per token; multiword
patterns are checked only on the few tokens whose lemma starts one.
"""

from __future__ import annotations

import itertools
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from spacy.tokens import Span, Token

from detente.events import ontology

DATA_DIR = Path(__file__).resolve().parent / "data"
TRIGGER_DIR = DATA_DIR / "triggers"
COMMERCE_LIST = DATA_DIR / "commerce.txt"

VERB_TAGS = frozenset({"VERB"})
ADJ_TAGS = frozenset({"ADJ"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
# Dependents of a verb that may hold the other words of a multiword verb pattern.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "prt", "attr", "oprd", "dative", "npadvmod", "compound",
                         "advmod", "xcomp"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# Captives counted after a particle the parser reads as part of the number ("hand over four soldiers").
HELD_PEOPLE = frozenset({"hostage", "prisoner", "detainee", "captive", "soldier", "body"})
# "persona non grata", which the parser splits a different way in every sentence: its words
# count as dependents of the verb whose clause holds them, by their singular forms.
UNWELCOME = {"persona": "persona", "personae": "persona", "non": "non", "grata": "grata", "gratae": "grata"}
# The head of a row any verb can fill ("* jointly": "jointly guarded the polls"); reporting and
# stating verbs do not ("said jointly", "jointly announced" tell of a statement, not joint work).
ANY_VERB = "*"
NOT_ACTS = frozenset({"say", "announce", "state", "declare", "tell", "write", "note", "issue", "publish",
                      "report", "own", "hold", "chair", "be", "have"})
FLAGS = frozenset({"nodobj", "swap", "mutual", "undo", "warn", "joint", "riot", "stop", "carry", "people",
                   "forces", "said", "weapon", "projectile"})


@dataclass(frozen=True)
class Trigger:
    """One lexicon row: the words that signal an event and how to code it."""

    words: tuple[str, ...]
    pos: str  # VERB, ADJ (read like a verb: "is willing to") or NOUN
    event: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...]
    recipient_preps: tuple[str, ...] = ()
    actor_prep: str | None = None
    needs: frozenset[str] = frozenset()
    flags: frozenset[str] = frozenset()  # of FLAGS; meanings in data/triggers/README.md
    solo: tuple[str, str | None, str | None] | None = None  # (event, mode, cameo) with no recipient
    not_crowd: tuple[str, str | None, str | None] | None = None  # coding when no crowd acts

    @property
    def head(self) -> str:
        return self.words[-1] if self.pos == "NOUN" else self.words[0]

    @property
    def others(self) -> tuple[str, ...]:
        return self.words[:-1] if self.pos == "NOUN" else self.words[1:]


@dataclass(frozen=True)
class TriggerLexicon:
    """Triggers by head lemma, the most specific (most words) first; plus the commerce list."""

    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    adjectives: dict[str, tuple[Trigger, ...]]
    commerce: frozenset[str] = field(default_factory=frozenset)

    def __len__(self) -> int:
        return sum(len(v) for table in (self.verbs, self.nouns, self.adjectives) for v in table.values())


@dataclass(frozen=True)
class TriggerMatch:
    """A lexicon entry found in a sentence: its head token and all the tokens it spans."""

    trigger: Trigger
    head: Token
    tokens: tuple[Token, ...]

    @property
    def text(self) -> str:
        return " ".join(t.text for t in sorted(self.tokens, key=lambda t: t.i))

    @property
    def char_span(self) -> tuple[int, int]:
        return (min(t.idx for t in self.tokens), max(t.idx + len(t) for t in self.tokens))


class LexiconError(ValueError):
    """A malformed row of a trigger table (the message names file and line)."""


def parse_trigger_rows(line: str, where: str) -> list[Trigger]:
    """One tab-separated row: pattern, pos, event, mode, cameo, context, hints. A word of the
    pattern may list alternatives ("halt|suspend loan|credit"): one trigger per combination."""
    pattern, _, rest = line.partition("\t")
    choices = [word.split("|") for word in pattern.split()]
    if any("" in words for words in choices):
        raise LexiconError(f"{where}: empty alternative in {pattern!r}")
    return [parse_trigger_row(" ".join(words) + "\t" + rest, where) for words in itertools.product(*choices)]


def parse_trigger_row(line: str, where: str) -> Trigger:
    """One tab-separated row of a single pattern: pattern, pos, event, mode, cameo, context, hints."""
    cells = line.rstrip("\n").split("\t")
    cells += [""] * (7 - len(cells))
    pattern, pos, event, mode, cameo, context, hints = (c.strip() for c in cells[:7])
    if pos not in ("VERB", "ADJ", "NOUN"):
        raise LexiconError(f"{where}: pos must be VERB, ADJ or NOUN, not {pos!r}")
    if event not in ontology.CATEGORIES:
        raise LexiconError(f"{where}: unknown PLOVER category {event!r}")
    if not ontology.is_valid_mode(event, mode or None):
        raise LexiconError(f"{where}: {event} has no mode {mode!r}")
    unknown = [c for c in context.split("/") if c and c not in ontology.CONTEXTS]
    if unknown:
        raise LexiconError(f"{where}: unknown PLOVER context {unknown[0]!r}")
    options = _parse_hints(hints, where)
    return Trigger(
        words=tuple(pattern.lower().split()),
        pos=pos,
        event=event,
        mode=mode or None,
        cameo=cameo or None,
        context=tuple(c for c in context.split("/") if c),
        **options,
    )


def _parse_hints(hints: str, where: str) -> dict:
    options: dict = {}
    needs: set[str] = set()
    flags: set[str] = set()
    for hint in (h.strip() for h in hints.split(",") if h.strip()):
        key, _, value = hint.partition("=")
        if key == "rcp":
            options["recipient_preps"] = tuple(value.split("/"))
        elif key == "actor":
            options["actor_prep"] = value
        elif key == "needs":
            needs.add(value)
        elif key in FLAGS and not value:
            flags.add(key)
        elif key == "crowd":
            event, mode, cameo = (value.split(":") + ["", ""])[:3]
            if event != "-" and (event not in ontology.CATEGORIES or not ontology.is_valid_mode(event, mode or None)):
                raise LexiconError(f"{where}: unknown category or mode in {hint!r}")
            options["not_crowd"] = (event, mode or None, cameo or None)
        elif key == "solo":
            event, mode, cameo = (value.split(":") + ["", ""])[:3]
            if event not in ontology.CATEGORIES or not ontology.is_valid_mode(event, mode or None):
                raise LexiconError(f"{where}: unknown category or mode in {hint!r}")
            options["solo"] = (event, mode or None, cameo or None)
        else:
            raise LexiconError(f"{where}: unknown hint {hint!r}")
    options["needs"] = frozenset(needs)
    options["flags"] = frozenset(flags)
    return options


def read_trigger_table(path: Path) -> list[Trigger]:
    """Rows of a TSV trigger table; `#` lines and the header row are skipped."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith(("#", "pattern\t")):
                continue
            rows.extend(parse_trigger_rows(line, f"{path}:{number}"))
    return rows


def read_word_list(path: Path) -> frozenset[str]:
    with path.open(encoding="utf-8") as handle:
        return frozenset(w.strip().lower() for w in handle if w.strip() and not w.startswith("#"))


def build_lexicon(triggers: Iterable[Trigger], commerce: frozenset[str] = frozenset()) -> TriggerLexicon:
    """Index rows by head lemma; later rows with the same words replace earlier ones."""
    unique = {(t.words, t.pos): t for t in triggers}
    tables: dict[str, dict[str, list[Trigger]]] = {"VERB": {}, "ADJ": {}, "NOUN": {}}
    for trig in unique.values():
        tables[trig.pos].setdefault(trig.head, []).append(trig)
    ordered = {pos: {k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in table.items()}
               for pos, table in tables.items()}
    return TriggerLexicon(verbs=ordered["VERB"], nouns=ordered["NOUN"], adjectives=ordered["ADJ"],
                          commerce=commerce)


def bundled_trigger_rows() -> list[Trigger]:
    """The rows of every bundled table (one per quad class), in file name order."""
    return [row for table in sorted(TRIGGER_DIR.glob("*.tsv")) for row in read_trigger_table(table)]


def load_lexicon(extra_tables: Sequence[Path] = ()) -> TriggerLexicon:
    """The bundled lexicon, then users' tables (same columns) on top; cached per process."""
    return _load_lexicon(tuple(Path(p) for p in extra_tables))


@lru_cache(maxsize=4)
def _load_lexicon(extra_tables: tuple[Path, ...]) -> TriggerLexicon:
    rows = bundled_trigger_rows()
    for table in extra_tables:
        rows.extend(read_trigger_table(table))
    return build_lexicon(rows, read_word_list(COMMERCE_LIST))


# Prepositions naming the vehicle of what a verb of sending moves ("sent them home on navy ships").
CARRIED_BY = frozenset({"on", "aboard", "by"})
CARRY_VERBS = frozenset({"send", "return", "fly", "ship", "deport", "repatriate", "transfer"})


def _verb_dependents(verb: Token, latin: bool = False) -> dict[str, Token]:
    """Lemma -> token of the words a multiword verb pattern may use: particles, objects,
    prepositions and their objects, and the modifiers of the object ("use tear gas"); with
    `latin`, the words of "persona non grata" anywhere under the verb."""
    found: dict[str, Token] = {}
    for child in verb.children:
        if child.dep_ == "ccomp":  # "said X must ...": the modal of the reported clause
            for grandchild in child.children:
                if grandchild.dep_ == "aux":
                    found.setdefault(grandchild.lemma_.lower(), grandchild)
        if child.dep_ == "ccomp" and child.pos_ == "ADJ":  # "found Suu Kyi guilty": a small clause
            found.setdefault(child.lemma_.lower(), child)
        if child.dep_ in ("advcl", "ccomp", "xcomp"):  # "called for Israel to halt": the "for" of the clause
            for grandchild in child.children:
                if grandchild.dep_ == "mark" and grandchild.lower_ == "for":
                    found.setdefault("for", grandchild)
        if child.dep_ == "prep" and child.lower_ not in ("to", "until") and any(
                g.ent_type_ in ("DATE", "TIME") for g in child.children):
            continue  # "called on Sunday" is no "call on"; "sentenced to six years" is a sentence, "gave Kyiv until Friday" a deadline
        if child.dep_ == "prep" and child.lower_ in ("according", "accordance"):
            continue  # "could strike ..., according to U.S. officials" strikes no accord
        if child.dep_ in OBJECT_DEPS or child.dep_ in ("prep", "agent"):
            found.setdefault(child.lemma_.lower(), child)
            if child.tag_ == "VBG":
                found.setdefault(child.lower_, child)  # "stopped funding to": the parser's gerund "fund"
            if child.tag_ == "NNPS" and child.lemma_.lower().endswith("s"):
                found.setdefault(child.lemma_.lower()[:-1], child)  # "rushed 100 Marines": a plural the tagger takes for a name
            if child.dep_ == "prep" and child.lower_ in CARRIED_BY and verb.lemma_.lower() in CARRY_VERBS:
                continue  # "sent 1,086 migrants home on navy ships": the ships carry, they are not sent
            if child.dep_ == "agent":
                continue  # "a base used by the US Air Force" is no "use force"
            for grandchild in child.children:
                if grandchild.i > 0 and grandchild.doc[grandchild.i - 1].text == "-":
                    continue  # "set up police-free zones" frees no one
                if grandchild.dep_ in ("pobj", "compound", "amod") or child.dep_ == "prep":
                    found.setdefault(grandchild.lemma_.lower(), grandchild)
                if child.dep_ == "prep" and grandchild.dep_ == "pobj":
                    for word in _prep_object_words(grandchild):  # "put on its wanted list"
                        found.setdefault(word.lemma_.lower(), word)
                        found.setdefault(word.lower_, word)
                if child.dep_ == "dobj" and grandchild.dep_ == "conj":  # "rescue teams and aid"
                    found.setdefault(grandchild.lemma_.lower(), grandchild)
                    for fire in (g for p in grandchild.children if p.dep_ == "prep" and p.lower_ == "on"
                                 for g in p.children if g.dep_ == "pobj" and g.lower_ == "fire"):
                        found.setdefault("on", fire.head)  # "set buses and a tram on fire": the
                        found.setdefault("fire", fire)  # parser hangs the verb's phrase on the last object
                if child.dep_ == "dobj" and grandchild.dep_ == "nummod" and child.lemma_.lower() in HELD_PEOPLE:
                    for particle in grandchild.children:  # "hand over four soldiers": the parser reads
                        if particle.dep_ == "quantmod" and particle.pos_ == "ADP" and particle.i == verb.i + 1:
                            found.setdefault(particle.lower_, particle)  # "over four" as a number
                if child.dep_ in ("dobj", "nsubjpass") and grandchild.dep_ == "prep" and grandchild.lower_ == "of":
                    for pobj in grandchild.children:  # "fired a barrage of missiles", "hundreds of troops were sent"
                        found.setdefault(pobj.lemma_.lower(), pobj)
                if child.dep_ == "dobj" and grandchild.dep_ == "prep" and grandchild.lower_ == "in" \
                        and child.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY"):
                    for pobj in grandchild.children:  # "withheld $195 million in military aid"
                        found.setdefault(pobj.lemma_.lower(), pobj)
    for word in _unwelcome(verb) if latin else ():
        found.setdefault(UNWELCOME[word.lower_], word)
    return found


# Nouns that grade what follows them: "on the highest level of combat readiness"; and nouns whose
# modifier tells which one is meant ("its wanted list" is no sanctions list).
GRADES = frozenset({"level", "state", "degree"})
KINDED = frozenset({"list", "readiness", "alert"})


def _prep_object_words(pobj: Token) -> list[Token]:
    """The modifiers of a preposition's object ("on its wanted list", "on combat readiness"), and
    through a grade noun the graded one and its modifiers ("on the highest level of readiness")."""
    words = [c for c in pobj.children if c.dep_ in ("compound", "amod")] if pobj.lemma_.lower() in KINDED else []
    if pobj.lemma_.lower() in GRADES:
        for of in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for graded in (g for g in of.children if g.dep_ == "pobj" and g.lemma_.lower() in KINDED):
                words += [graded, *(c for c in graded.children if c.dep_ in ("compound", "amod"))]
    return words


def _unwelcome(verb: Token) -> list[Token]:
    """The words of "persona non grata" under the verb ("declared two diplomats persona non grata")."""
    for token in verb.subtree:
        if UNWELCOME.get(token.lower_) == "grata" and token.i >= 2:
            words = [token.doc[token.i - 2], token.doc[token.i - 1], token]
            if [UNWELCOME.get(w.lower_) for w in words] == ["persona", "non", "grata"]:
                return words
    return []


def _noun_modifiers(noun: Token) -> dict[str, Token]:
    found: dict[str, Token] = {}
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS:
            found.setdefault(child.lemma_.lower(), child)
            found.setdefault(child.lower_, child)
    return found


# Past tenses the model's lemmatizer leaves as they are.
UNLEMMATIZED_PASTS = {"forgave": "forgive"}


def lemma_of(token: Token, known: Container[str]) -> str:
    """The lemma, repaired where the model drops a final "e" ("staged", "staging" -> "stag") and
    the repaired form is a word we know, or adds a final "e" to a doubled consonant ("readmitted" ->
    "readmitte") or keeps the doubled one ("extolled" -> "extoll"); a past tense that adds "ed" to a stem ending in "e"
    ("raped", lemma "rap") keeps the "e", as the other verb would double its consonant ("rapped")."""
    lemma = UNLEMMATIZED_PASTS.get(token.lower_, token.lemma_.lower())
    if lemma.startswith("re-") and lemma not in known:
        return _again(lemma[3:], known) or lemma  # "re-established relations": the act again
    if lemma not in known and lemma + "e" in known and (
            token.lower_.startswith(lemma + "e") or token.lower_ == lemma + "ing"):
        return lemma + "e"
    if lemma + "e" in known and token.lower_ == lemma + "ed":
        return lemma + "e"  # "raped" read as "rap": "rapped" doubles its consonant
    if lemma not in known and len(lemma) > 4 and lemma.endswith("e") and lemma[-2] == lemma[-3] \
            and lemma[:-2] in known and token.lower_.startswith(lemma[:-1]):
        return lemma[:-2]  # "readmitted" read as "readmitte": the stem doubled its last consonant
    if lemma not in known and len(lemma) > 4 and lemma[-1] == lemma[-2] and lemma[:-1] in known:
        return lemma[:-1]  # "extolled" read as "extoll"
    return lemma


def _again(stem: str, known: Container[str]) -> str | None:
    """The known verb a "re-" word repeats, whose lemma the lemmatizer may have left with a
    stray "e" ("re-establishe", "re-opene"): "reestablish" or "establish"."""
    stems = (stem, stem[:-1]) if stem.endswith("e") else (stem, stem + "e")
    return next((word for base in stems for word in ("re" + base, base) if word in known), None)


def _any_verb_rows(token: Token, lemma: str, table: dict[str, tuple[Trigger, ...]]) -> tuple[Trigger, ...]:
    """The "*" rows a verb may fill: only those whose next word is one of its own dependents
    (a cheap test, since most verbs have no row and no "jointly" or "under")."""
    rows = table.get(ANY_VERB, ())
    if not rows or lemma in NOT_ACTS:
        return ()
    children = {c.lemma_.lower() for c in token.children}
    return tuple(t for t in rows if t.others[0] in children)


def match_token(token: Token, lexicon: TriggerLexicon) -> TriggerMatch | None:
    """The most specific lexicon entry headed by this token, if any."""
    if token.pos_ in VERB_TAGS or token.pos_ in ADJ_TAGS:
        table = lexicon.verbs if token.pos_ in VERB_TAGS else lexicon.adjectives
        lemma = lemma_of(token, table)
        entries = table.get(lemma, ()) + _any_verb_rows(token, lemma, table)
        # the subtree is searched for "persona non grata" only where a row asks for it
        context = partial(_verb_dependents, latin=any("grata" in t.others for t in entries)) if entries else None
    elif token.pos_ in NOUN_TAGS:
        entries = lexicon.nouns.get(token.lemma_.lower())
        context = _noun_modifiers if entries else None
    else:
        return None
    if not entries or context is None:
        return None
    dependents: dict[str, Token] | None = None
    for trig in entries:
        if not trig.others:
            return TriggerMatch(trig, token, (token,))
        if dependents is None:
            dependents = context(token)
        if all(word in dependents for word in trig.others):
            if trig.words[0] == "call" and "off" in dependents and "off" not in trig.others:
                continue  # "called off a planned march": the calling off, not a march called
            return TriggerMatch(trig, token, (token, *(dependents[w] for w in trig.others)))
    return None


def _modifies_other_act(match: TriggerMatch, lexicon: TriggerLexicon) -> bool:
    """A verb pattern whose object word only modifies an event noun of another category (not one
    the pattern names itself: "blocked the aid package")."""
    if match.trigger.pos != "VERB":
        return False
    own = {t.i for t in match.tokens}
    for word in match.tokens[1:]:
        if word.dep_ in ("compound", "amod") and word.head.pos_ in NOUN_TAGS and word.head.i not in own:
            noun = match_token(word.head, lexicon)
            if noun is not None and noun.trigger.event != match.trigger.event:
                return True
        if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ in NOUN_TAGS \
                and word.head.head.head.i == match.head.i:  # "ordered the withdrawal of troops"
            noun = match_token(word.head.head, lexicon)
            if noun is not None and noun.trigger.event != match.trigger.event:
                return True
    return False


# Nouns that "warning" names a kind of, not a warning given: "fired warning shots", "warning signs".
WARNING_KINDS = frozenset({"shot", "sign", "light", "label", "system", "siren", "signal", "flare"})


def _names_a_kind(token: Token) -> bool:
    """A participle that only says what kind of thing its noun is ("warning shots")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ == "warning" and following is not None and following.lemma_.lower() in WARNING_KINDS \
        and (following.i == token.head.i or following.head.i == token.i)  # parsed as "warning" the verb too


def find_triggers(sentence: Span, lexicon: TriggerLexicon) -> list[TriggerMatch]:
    """Trigger matches of a sentence; a word used by a multiword match starts no match of its own."""
    matches: list[TriggerMatch] = []
    used: set[int] = set()
    for tag_set in (VERB_TAGS, ADJ_TAGS, NOUN_TAGS):
        for token in sentence:
            if token.pos_ not in tag_set or token.i in used or _names_a_kind(token):
                continue
            found = match_token(token, lexicon)
            if found is not None and _modifies_other_act(found, lexicon):
                continue  # "launched rocket fire": the fire is the act, not a rocket launch
            if found is not None:
                matches.append(found)
                used.update(t.i for t in found.tokens)
                # "ended mediation efforts": the noun the matched modifier belongs to is used too
                used.update(t.head.i for t in found.tokens[1:] if t.dep_ in ("compound", "amod"))
    heads_of_others = {m.head.head.i for m in matches if m.trigger.words[0] != ANY_VERB}
    # a verb any row fills is only the frame of an act its own dependent names
    # ("conducted a joint patrol under the Sochi agreement" is the patrol)
    matches = [m for m in matches if m.trigger.words[0] != ANY_VERB or m.head.i not in heads_of_others]
    return sorted(matches, key=lambda m: m.head.i)
