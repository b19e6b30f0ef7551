"""Who is acting: the noun phrases of a parsed article resolved to country + sector entities.

`Resolver.for_document` scans an article once: every known name (one Aho-Corasick pass over
the text), and every person introduced with a title ("U.S. Secretary of State Rex Tillerson"),
so that later short mentions ("Tillerson", "the top diplomat", "he") resolve to the same actor.
`DocumentActors.resolve(token)` then reads the noun phrase headed by a token: its own name, its
possessor, compound and adjective modifiers, appositions and conjuncts. Unknown stays unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from detente.actors.kb import (
    ACTOR,
    ADJECTIVE,
    CAPITAL,
    COUNTRY,
    GROUP,
    ActorRecord,
    KnowledgeBase,
    NameEntry,
    normalize,
)
from detente.actors.sectors import SectorTerm
from detente.records import Entity

if TYPE_CHECKING:  # spaCy is loaded by whoever parses; importing the resolver stays cheap
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

# Dependencies that stay outside the noun phrase when they hang on its head.
OUTSIDE_DEPS = frozenset({"conj", "cc", "punct", "relcl", "acl", "advcl", "prep", "det", "predet", "case"})
# Prepositions whose object still says whose actor it is ("president of Armenia", "rebels in Darfur",
# "a spokesman for the DPRK Foreign Ministry"); a country inside the phrase itself comes first.
INSIDE_PREPS = frozenset({"of", "from", "in", "for"})
# Participles that tie a group to its sponsor: "militants backed by Iran" is read as "Iran-backed militants".
AFFILIATION_PARTICIPLES = frozenset({"link", "back", "tie", "affiliate", "ally", "sponsor", "align", "connect",
                                     "arm", "fund", "support"})
# Nouns that, with "both" or "two", mean the last two countries named ("both countries", "the two sides").
PAIR_NOUNS = frozenset({"country", "countries", "nation", "nations", "side", "sides", "state", "states",
                        "government", "governments", "leader", "leaders", "neighbour", "neighbours",
                        "neighbor", "neighbors", "capital", "capitals", "ally", "allies"})
PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
# Pronouns that, as the subject opening a sentence, carry on the subject of the sentence before.
SUBJECT_PRONOUNS = frozenset({"it", "they"})
# Verbs after which "it" stands for a clause that follows, not for anyone named before.
LINKING_VERBS = frozenset({"be", "seem", "appear", "remain", "become"})
# "the North" and "the South" in an article about Korea: the two Korean states.
KOREAN_HALVES = {"North": "PRK", "South": "KOR"}
# Words before a name that are no given names ("Mr Khan", "Sheikh Hasina").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "madam", "mister"})
PRONOUN_REACH = 3  # sentences back a "he" may reach for the last person named
DEFINITE = frozenset({"the", "this", "that"})
# A state referred to again by a common noun: "the kingdom", "the island nation", "his country".
COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic", "emirate", "sultanate"})
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "his", "her", "its", "their"})
PERSONAL_POSSESSIVES = frozenset({"his", "her"})
PERSON_LABELS = frozenset({"PERSON"})
# Parts of speech a title in front of a name is made of ("Saudi Foreign Minister", "U.S. Secretary of State").
TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
PLACE_KINDS = frozenset({COUNTRY, CAPITAL, GROUP})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})  # spaCy's entity types of places
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "state", "district", "port"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X"})
# Lower-case particles before a family name: "al-Sadr" is later just "Sadr".
NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "bin", "ibn", "abu", "van", "von", "de", "da"})
# Sectors a definite generic phrase ("the regime", "the army") may take from the article's main country.
FOCUS_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Counts that head a crowd ("thousands of protesters"): the "of" phrase says who; alone they are people.
CROWD_COUNTS = frozenset({"millions", "thousands", "hundreds", "dozens", "scores", "tens"})
# Plural nouns for several states at once, and the words that make them a bloc rather than one
# country's ("Western powers", "Arab foreign ministers", "world leaders"): PLOVER codes these IGO.
BLOC_NOUNS = frozenset({"country", "nation", "state", "power", "government", "leader", "minister", "ally", "member"})
BLOC_WORDS = frozenset({"western", "arab", "gulf", "major", "world", "great", "european", "african", "asian",
                        "nordic", "donor", "member"})
# Nouns that a count alone makes a bloc ("more than 120 countries"); "several members of Congress" is none.
COUNTED_STATES = frozenset({"country", "nation", "state", "power", "government"})
QUANTIFIERS = frozenset({"several", "many", "dozens", "scores"})
# Nouns that, under an organisation's name, mean its member states ("EU members", "NATO allies").
MEMBER_NOUNS = frozenset({"member", "ally", "state", "country", "nation"})
# Prepositions that place what happens in a sentence ("Police clashed with rioters in Paris").
LOCATIVE_PREPS = frozenset({"in", "at", "across", "near", "outside", "throughout", "around"})
# Words after a country's name or adjective that make it a sea ("the Indian Ocean", "the South China Sea").
WATER_WORDS = frozenset({"Ocean", "Sea", "Gulf", "Strait", "Straits"})
# A text said to be carried or published by an outlet is the outlet's ("a commentary carried by Xinhua").
TEXT_PARTICIPLES = frozenset({"carry", "publish", "issue", "air", "broadcast", "run"})
TEXT_NOUNS = frozenset({"commentary", "editorial", "article", "statement", "report", "column", "op-ed",
                        "dispatch", "communique", "broadcast", "bulletin"})
# Papers that speak for whoever issued them: "The statement denounced the drills" is the words of
# the ministry that "issued a statement" a sentence before.
ISSUED_PAPERS = TEXT_NOUNS | {"message", "letter", "request", "resolution", "declaration", "appeal", "note",
                              "memorandum", "petition", "open letter", "speech", "address", "press release"}
PAPER_REACH = 3  # sentences back a paper's issuer may be
# Verbs whose subject issued the paper that is their object ("issued a statement"), or spoke in
# it ("said in a statement"); not those of others who back or reject it.
ISSUING_VERBS = frozenset({"issue", "adopt", "send", "publish", "release", "draft", "pass", "deliver", "write",
                           "present", "submit", "table", "carry", "make", "say", "announce", "declare", "sign",
                           "address", "give", "state", "note", "stress"})
# Sectors of groups that an "in <town>" phrase places in its country when no country is named
# ("prosecutors in Brooklyn", "a court in Rawalpindi", "rebels in Benghazi"): not governments or
# armies, which often act abroad (coding rules 3).
PLACED_SECTORS = frozenset({"COP", "JUD", "LEG", "OPP", "REB", "CVL", "LAB", "AGR", "EDU", "MED", "REL",
                            "PTY", "SOC", "CRM"})
# Capitals that in news mostly stand for an international body seated there, not the host's
# government: "Brussels urged Budapest to ..." is the EU. As a place ("farmers blocked roads into
# Brussels") the city stays in its country.
IGO_SEATS = frozenset({"Brussels"})
# The role of outlets that speak for their state (data/media.tsv).
STATE_MEDIA = "state media"
# Agreements named after the city where they were signed: the city is no party.
TREATY_NAMES = frozenset({"accord", "agreement", "treaty", "protocol", "convention", "declaration",
                          "process", "format", "pact", "deal", "charter", "communique", "statement"})


@dataclass(frozen=True)
class Mention:
    """A KB name found in the text, as a token range [start, end)."""

    start: int
    end: int
    entry: NameEntry


@dataclass(frozen=True)
class Clue:
    """Something in a noun phrase that says which country: a KB name or an earlier mention."""

    countries: tuple[str, ...]
    why: str
    tokens: tuple[int, ...]
    inner: bool  # in the phrase itself, not in an "of/from/in" phrase after it
    name: str | None = None
    sector: str | None = None  # the sector of a KB actor named as a modifier ("Hamas leader" -> REB)


@dataclass(frozen=True)
class Remembered:
    """An entity the article introduced at token `at`, under a name or a role."""

    at: int
    entity: Entity


class Resolver:
    """Resolves actors with a knowledge base; `nlp` is only needed by `resolve_text`."""

    def __init__(self, kb: KnowledgeBase, nlp: Language | None = None) -> None:
        self.kb = kb
        self._nlp = nlp

    def for_document(self, doc: Doc, published: dt.date | None) -> DocumentActors:
        return DocumentActors(self.kb, doc, published)

    def voice_of(self, source: str | None) -> Entity | None:
        """The state a story's publisher speaks for, when the tables mark it as state media ("KCNA");
        None for other outlets, whose reporters speak for no state."""
        entry = self.kb.lookup(source) if source else None
        record = next((r for r in entry.records if r.role == STATE_MEDIA), None) if entry is not None else None
        if record is None:
            return None
        return Entity(text=source or "", country=record.country, sector=record.sector, name=record.name,
                      kb_id=record.kb_id, why=f"the story's publisher '{source}' is {record.name}, state media of "
                                              f"{record.country}")

    def resolve_text(self, text: str, date: dt.date | None = None, context: str | None = None) -> list[Entity]:
        """Entities of a mention, read in its context sentence when given (else on its own)."""
        if self._nlp is None:
            from detente.nlp import load_nlp

            self._nlp = load_nlp()
        start = last_occurrence(text, context) if context else -1
        sentence = context if start >= 0 else text
        doc = self._nlp(sentence)
        start = max(start, 0)
        span = doc.char_span(start, start + len(text.strip()), alignment_mode="expand") or doc[:]
        actors = self.for_document(doc, date)
        heads = [t for t in actors.coordinated(span_head(span)) if span.start <= t.i < span.end]
        return actors.resolve_heads(heads)


class DocumentActors:
    """The actors of one article: built once by `Resolver.for_document`, then asked per token."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, published: dt.date | None) -> None:
        self.kb = kb
        self.doc = doc
        self.date = published
        self.mentions = find_mentions(kb, doc)
        self.mention_at: dict[int, Mention] = {i: m for m in self.mentions for i in range(m.start, m.end)}
        self.person_ent_at: dict[int, Span] = {t.i: ent for ent in person_spans(doc) for t in ent}
        self.country_mentions: list[tuple[int, str]] = [
            (m.start, c) for m in self.mentions for c in m.entry.countries if c in kb.countries]
        # the countries the document names: a town's namesake there is the one meant (Norfolk in
        # a London story is England's)
        self.countries_in_play = tuple(dict.fromkeys(code for _, code in self.country_mentions))
        self.names: dict[str, list[Remembered]] = {}
        self.roles: dict[str, list[Remembered]] = {}
        self.people: list[Remembered] = []
        self._cache: dict[int, list[Entity]] = {}  # head -> entities: the coder asks about a head many times
        self.sentence_number = {sent.start: n for n, sent in enumerate(doc.sents)}
        self._remember_people()

    # -- public -------------------------------------------------------------------------------

    def resolve(self, token: Token) -> list[Entity]:
        """Entities of the noun phrase headed by `token`, its conjuncts included; [] if unknown."""
        return self.resolve_heads(self.coordinated(token))

    def coordinated(self, token: Token) -> list[Token]:
        """A head and its conjuncts, and country names listed after it ("Saudi Arabia, the UAE and Egypt")."""
        heads = {token, *token.conjuncts}
        if token.i in self.mention_at and self.mention_at[token.i].entry.kind in PLACE_KINDS:
            for child in token.children:
                mention = self.mention_at.get(child.i)
                if child.dep_ == "appos" and mention is not None and mention.entry.kind in PLACE_KINDS:
                    heads.update((child, *child.conjuncts))
        heads.update(self._misparsed_pair(token))
        return sorted(heads, key=lambda t: t.i)

    def _misparsed_pair(self, token: Token) -> list[Token]:
        """Two titled leaders joined by "and" that the parser did not join: "Kyrgyz President X
        and Tajik President Y signed" read as two subjects, "Egypt's President X and Ethiopia's
        Prime Minister Y" as two appositions, "Egyptian President X and Ethiopian Prime Minister
        Y" with the first name a modifier of the second title. Only people named in full count."""
        def person(t: Token) -> bool:
            return t.i in self.person_ent_at and t.pos_ == "PROPN"

        def joined(a: Token, b: Token) -> bool:
            return any(t.lower_ == "and" and t.dep_ == "cc" for t in self.doc[min(a.i, b.i) + 1:max(a.i, b.i)]) \
                and not any(t.lower_ in (",", ";") or t.pos_ == "VERB" for t in self.doc[min(a.i, b.i) + 1:max(a.i, b.i)])

        if not person(token) and token.dep_ not in ("nsubj", "nsubjpass"):
            return []
        found: list[Token] = []
        if token.dep_ in ("nsubj", "nsubjpass") and person(token):
            found += [s for s in token.head.children if s.dep_ == token.dep_ and s.i > token.i
                      and person(s) and joined(token, s) and any(c.dep_ == "cc" for c in token.children)]
        appos = [c for c in token.children if c.dep_ == "appos" and person(c)]
        found += [a for a in appos[1:] if joined(appos[0], a)]
        if person(token):
            found += [m for m in token.subtree if m.i < token.i and m.dep_ in ("amod", "compound") and person(m)
                      and any(c.dep_ == "cc" and c.lower_ == "and" for c in m.children)
                      and any(c.dep_ == "conj" for c in m.children)]
        return found

    def resolve_heads(self, heads: Sequence[Token]) -> list[Entity]:
        found: dict[tuple, Entity] = {}
        for head in heads:
            if head.i not in self._cache:
                self._cache[head.i] = self._resolve_head(head)
            for entity in self._cache[head.i]:
                found.setdefault((entity.country, entity.sector, entity.name), entity)
        return list(found.values())

    # -- the pre-scan -------------------------------------------------------------------------

    def _remember_people(self) -> None:
        """Record, in text order, each person named in full (with a title, a KB row, or both) under
        their short names and roles, each "he"/"she" that can only be one of them (so that a chain
        of pronouns keeps its referent), and each named outlet under its role ("the article")."""
        heads: dict[int, Token] = {}
        for ent in set(self.person_ent_at.values()):
            heads[ent.root.i] = ent.root
        for mention in self.mentions:
            root = self.doc[mention.start:mention.end].root
            if any(r.is_person for r in mention.entry.records):
                heads[root.i] = root
            else:
                self._remember_role(mention, root)
        for token in self.doc:
            if token.lower_ in PRONOUNS and token.pos_ == "PRON":
                heads[token.i] = token
        for i in sorted(heads):
            head = heads[i]
            if head.pos_ == "PRON":
                self.people.extend(Remembered(i, e) for e in self._pronoun(head))
                continue
            if not self._is_person(head):
                continue  # the tagger's "person" is a name the KB knows as something else (Rodong Sinmun)
            entities = self._resolve_head(head)
            if not any(e.country and e.sector for e in entities) and head.i in self.person_ent_at:
                entities = self._from_title_window(self.person_ent_at[head.i]) or entities
            if len(entities) != 1:
                continue
            entity = entities[0]
            if not entity.name or not (entity.kb_id or head.i in self.person_ent_at):
                continue
            remembered = Remembered(i, entity)
            self.people.append(remembered)
            for key in name_keys(entity.name, self._name_text(head)):
                self.names.setdefault(key, []).append(remembered)
            for role in self._roles_in(head):
                self.roles.setdefault(role, []).append(remembered)

    def _remember_role(self, mention: Mention, root: Token) -> None:
        """A named organisation whose role has a class ("media") that later phrases refer back to."""
        record = mention.entry.records[0] if mention.entry.records else None
        term = self.kb.sectors.term(record.role.lower()) if record and record.role else None
        if term is None or not term.role:
            return
        for entity in self._resolve_head(root):
            self.roles.setdefault(term.role, []).append(Remembered(root.i, entity))

    def _from_title_window(self, ent: Span) -> list[Entity]:
        """A title written just before a name the parser split off ("Saudi Foreign Minister | Adel al-Jubeir")."""
        start = ent.start
        while start > ent.sent.start and self.doc[start - 1].pos_ in TITLE_POS:
            start -= 1
        window = list(self.doc[start:ent.start])
        if not window:
            return []
        sector, sector_why, _ = self._sector(window[-1], window)
        seen: set[int] = set()
        clues = []
        for token in window:
            mention = self.mention_at.get(token.i)
            if mention is not None and mention.start not in seen:
                seen.add(mention.start)
                clue = self._mention_clue(mention, inner=True)
                if clue is not None:
                    clues.append(clue)
        if not clues or not sector:
            return []
        name = strip_titles(ent, self.kb)
        clue = clues[0]
        return [Entity(text=self.doc[start:ent.end].text, country=clue.countries[0], sector=sector, name=name,
                       why=f"{clue.why}; {sector_why} (title before the name)")]

    def _name_text(self, head: Token) -> str:
        ent = self.person_ent_at.get(head.i)
        if ent is not None:
            return strip_titles(ent, self.kb)
        mention = self.mention_at.get(head.i)
        return self.doc[mention.start:mention.end].text if mention else head.text

    def _roles_in(self, head: Token) -> set[str]:
        roles = set()
        for tokens in phrase_windows(np_tokens(head, inner_only=True), self.kb.sectors.longest):
            term = self._term(tokens)
            if term is not None and term.role:
                roles.add(term.role)
        return roles

    # -- resolution ---------------------------------------------------------------------------

    def _resolve_head(self, head: Token) -> list[Entity]:
        mention = self.mention_at.get(head.i)
        if mention is not None and mention.entry.kind == GROUP:
            text = self.doc[mention.start:mention.end].text
            return [Entity(text=text, country=c, sector=None, name=self.kb.countries.get(c), kb_id=None,
                           why=f"'{text}' names several countries") for c in mention.entry.countries]
        if head.pos_ == "PRON":
            return self._pronoun(head) if head.lower_ in PRONOUNS else self._carried_subject(head)
        if mention is None and head.pos_ not in NOMINAL_POS and not is_name(head):
            return []  # a verb or a function word heads no actor
        referred = self._pair(head) or self._korean_half(head) or self._paper_issuer(head)
        if referred:  # a phrase that refers back: "both countries", "the North", "the statement"
            return referred
        counted = counted_noun(head)
        if counted is not None:  # "thousands of people" are the people; "millions of dollars" no one
            text = phrase_text(self.doc, np_tokens(head, inner_only=True))
            return [replace(e, text=text) for e in self._resolve_head(counted)]
        bloc = self._bloc(head)
        if bloc:
            return bloc
        anaphor = self._country_anaphor(head)
        if anaphor is not None:
            return [anaphor]
        tokens = np_tokens(head, inner_only=False)
        inner = np_tokens(head, inner_only=True)
        sector, sector_why, strong = self._sector(head, inner)
        if mention is None and not sector and not is_name(head) and not any(t.i in self.mention_at for t in tokens):
            return []  # no name, no role word: nothing to resolve ("the bill", "talks")
        text = phrase_text(self.doc, inner)
        clues = self._clues(head, tokens, {t.i for t in inner})
        if mention is None and not sector and head.pos_ == "PROPN" and head.i not in self.person_ent_at:
            # "Texas Instruments", "Georgia Power": a name that starts with a province is no act of its state
            kept = [c for c in clues if not (c.inner and self._names_region(c))]
            if clues and not kept:
                return []
            clues = kept
        if not clues and sector in PLACED_SECTORS and self._person_name(head) is None:
            clues = self._placed_institution(head)
        if mention is not None and mention.entry.kind == ACTOR:
            named = self._named_actor(mention, head, inner, text, sector, sector_why, clues)
            if named is not None:
                return [named]
            # a namesake: "Jordanian King Abdullah" is not the Saudi one the KB knows; read the words
            sector, sector_why, strong = self._sector(head, inner, name_words=True)
        if mention is not None and mention.entry.kind == ADJECTIVE and any(c.inner for c in clues):
            sector = sector or ("CVL" if head.tag_ in ("NNS", "NNPS") else None)
            sector_why = sector_why or "a people named by where they live: civilians"
            strong = True  # "Bosnian Serbs", "Iraqi Kurds": the people of the country named first
        elif mention is not None and mention.entry.kind == CAPITAL and not sector and (
                any(t.pos_ == "PROPN" and not mention.start <= t.i < mention.end for t in inner)
                or (head.dep_ == "compound" and head.head.lemma_.lower() in TREATY_NAMES)):
            return []  # "Real Madrid", "the Dakar Rally", "the Paris accord": a thing named after the city
        elif mention is not None and mention.entry.kind in (COUNTRY, CAPITAL, ADJECTIVE):
            return [self._place_entity(mention, head, text, sector, sector_why)]
        if not clues and is_name(head):
            known = self._remembered_name(head)
            if known is not None:
                return [known]
            titles = {t.lower_ for t in inner if t.i != head.i and self.kb.sectors.term(t.lower_)}
            for entity in self._by_surname(head, text, titles):
                return [replace(entity, sector="ELI") if sector == "ELI" else entity]
        if not clues and sector:
            referent = self._referent(head, inner, sector)
            if referent is not None:
                return [referent]
        person = self._person_name(head)
        if not sector and head.tag_ == "NNPS" and clues:
            sector, sector_why = "CVL", f"'{head.text}': a people, civilians"
        if not clues:
            if not sector:
                return []
            if sector == "CVL" and person is None:
                placed = self._civilians_place(head)
                if placed is not None:
                    code, place_why = placed
                    return [Entity(text=text, country=code, sector=sector, name=self.kb.countries.get(code),
                                   why=f"{sector_why}; {place_why}")]
            alone = self._countryless_code(head, inner)
            return [Entity(text=text, country=alone, sector=sector, name=person,
                           why=f"{sector_why}; no country in the phrase" + (f": {alone}" if alone else ""))]
        if head.lemma_.lower() in TREATY_NAMES and not sector:
            clues = [c for c in clues if not self._names_city(c)]  # "the Paris climate accord"
            if not clues:
                return []
        entities = []
        for clue in self._chosen_clues(clues):
            chosen, why = (sector, sector_why) if strong or not clue.sector else (clue.sector, clue.why)
            entities.extend(Entity(text=text, country=c, sector=chosen, name=person or clue.name,
                                   why=f"{clue.why}; {why or 'no sector word'}") for c in clue.countries)
        return entities

    def _names_region(self, clue: Clue) -> bool:
        """The clue is a province or region of a state (regions.tsv), written as a name's first word."""
        return all(self.mention_at.get(i) is not None and is_place(self.mention_at[i])
                   and self.mention_at[i].entry.kind == ACTOR for i in clue.tokens) \
            and all(self.doc[i].dep_ == "compound" for i in clue.tokens if self.doc[i].head.i not in clue.tokens)

    def _placed_institution(self, head: Token) -> list[Clue]:
        """ "judges at the International Criminal Court": the named body; "prosecutors in Brooklyn",
        "a court in Rawalpindi", "New York police": the country of a town the actor tables do not
        list (gazetteer)."""
        town = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.ent_type_ == "GPE"]
        if town and town[-1].i == head.i - 1 and town[0].text[:1].isupper():
            from detente.where import load_gazetteer, resolve_place

            start = min(town[0].i, town[0].left_edge.i)
            written = self.doc[start:head.i].text
            location = resolve_place(written, load_gazetteer(), self.countries_in_play) \
                if all(t.pos_ == "PROPN" for t in self.doc[start:head.i]) else None
            if location is not None and location.country and location.country in self.kb.countries:
                return [Clue((location.country,), f"'{written}' is a place in {location.country} (gazetteer)",
                             tuple(range(start, head.i)), True, name=self.kb.countries.get(location.country))]
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "in"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                mention = self.mention_at.get(pobj.i)
                if mention is not None:
                    if prep.lower_ == "at" and mention.entry.kind == ACTOR and not is_place(mention):
                        clue = self._mention_clue(mention, inner=False)
                        return [clue] if clue is not None else []
                    continue
                if prep.lower_ != "in" or pobj.pos_ != "PROPN" or not pobj.text[:1].isupper():
                    continue
                from detente.where import load_gazetteer, resolve_place

                start = min([pobj.i] + [c.i for c in pobj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
                written = self.doc[start:pobj.i + 1].text
                location = resolve_place(written, load_gazetteer(), self.countries_in_play)
                if location is not None and location.country and location.country in self.kb.countries:
                    return [Clue((location.country,), f"'{written}' is a place in {location.country} (gazetteer)",
                                 tuple(range(start, pobj.i + 1)), False, name=self.kb.countries.get(location.country))]
        return []

    def _names_city(self, clue: Clue) -> bool:
        """The clue is a capital's name: a treaty named after the city where it was signed."""
        return all(self.mention_at.get(i) is not None and self.mention_at[i].entry.kind == CAPITAL
                   for i in clue.tokens)

    def _named_actor(self, mention: Mention, head: Token, inner: Sequence[Token], text: str,
                     sector: str | None, sector_why: str, clues: Sequence[Clue]) -> Entity | None:
        """The KB actor a phrase names, on the article's date; None when the text says it is a namesake."""
        entity = self._actor_entity(mention, text, sector, sector_why)
        is_person = mention.entry.records[0].is_person
        if entity.sector is None and is_person:  # not in office yet: the title the article gives counts
            titled, titled_why, _ = self._sector(head, inner, name_words=True)
            remembered = self._remembered_name(head)
            if remembered is not None and remembered.sector:
                entity = remembered
            elif titled:
                entity = replace(entity, sector=titled, why=f"{entity.why}; {titled_why}")
        countries = {c for clue in clues if clue.inner for c in clue.countries}
        if is_person and countries and entity.country not in countries:
            return None
        owners = {c for clue in clues if clue.inner and any(self.doc[i].dep_ == "poss" or _of_phrase_of(self.doc[i], head)
                                                            for i in clue.tokens)
                  for c in clue.countries}
        if owners and entity.country not in owners:
            return None  # "Pakistan's Foreign Office" is not the British one, "the Democratic Party of south Korea" no American party
        return entity

    def _person_name(self, head: Token) -> str | None:
        """The name of the person a phrase is headed by (titles left out), None for other heads."""
        ent = self.person_ent_at.get(head.i)
        return strip_titles(ent, self.kb) if ent is not None else None

    def _actor_entity(self, mention: Mention, text: str, sector: str | None, sector_why: str) -> Entity:
        record, status = choose_record(mention.entry.records, self.date)
        written = self.doc[mention.start:mention.end].text
        on = f" on {self.date.isoformat()}" if self.date else ""
        period = f", {record.period()}" if record.start or record.end else ""
        why = f"'{written}' is {record.name} ({record.role or 'actor'}{period}, {record.kb_id})"
        if status == "active" or (status == "former" and not record.is_person):
            chosen = "ELI" if sector == "ELI" else record.sector or sector
            return Entity(text=text, country=record.country, sector=chosen, name=record.name,
                          kb_id=record.kb_id, why=why + (f"; in this role{on}" if period else ""))
        if status == "former":
            return Entity(text=text, country=record.country, sector="ELI", name=record.name, kb_id=record.kb_id,
                          why=why + f"; no longer in office{on}: ELI")
        return Entity(text=text, country=record.country, sector=sector, name=record.name, kb_id=record.kb_id,
                      why=why + f"; not yet in office{on}" + (f"; {sector_why}" if sector else ""))

    def _place_entity(self, mention: Mention, head: Token, text: str, sector: str | None,
                      sector_why: str) -> Entity:
        code = mention.entry.countries[0]
        written = self.doc[mention.start:mention.end].text
        why = f"'{written}' is {mention.entry.kind} of {code}"
        if sector:
            return Entity(text=text, country=code, sector=sector, name=self.kb.countries.get(code), why=f"{why}; {sector_why}")
        if mention.entry.kind == CAPITAL and written in IGO_SEATS:
            return Entity(text=text, country="IGO", sector="GOV", name=written,
                          why=f"'{written}' stands for the international body seated there (the EU)")
        if mention.entry.kind == CAPITAL:
            return Entity(text=text, country=code, sector="GOV", name=self.kb.countries.get(code),
                          why=f"{why}; a capital or seat of power stands for the government")
        if mention.entry.kind == ADJECTIVE and head.tag_ in ("NNS", "NNPS"):
            if any(t.lower_ == "ethnic" for t in self.doc[max(mention.start - 2, 0):mention.start]):
                return Entity(text=text, country=None, sector="CVL",
                              why=f"{why}; 'ethnic': a people of no state here, placed where they live")
            return Entity(text=text, country=code, sector="CVL", name=self.kb.countries.get(code),
                          why=f"{why}; a people: civilians")
        return Entity(text=text, country=code, sector=None, name=self.kb.countries.get(code), why=why)

    def _sector(self, head: Token, inner: Sequence[Token], name_words: bool = False) -> tuple[str | None, str, bool]:
        """The sector the phrase's words give, why, and whether it is strong.

        Precedence: ELI > strong head > strong modifier > weak head > weak modifier. The words of
        a KB name do not count ("European Union" is no trade union) unless `name_words`.
        """
        lexicon = self.kb.sectors
        words = [t for t in inner if lexicon.knows(t.lower_, t.lemma_.lower())]
        if words or head.i in self.person_ent_at:  # "the late president", not "late October"
            for token in inner:
                if token.lower_ in lexicon.modifiers and token.i < head.i:
                    return lexicon.modifiers[token.lower_], f"'{token.text}' makes a former office holder", True
        inner = words
        if not inner:
            return None, "", False
        named = self.mention_at.get(head.i)
        if named is not None and named.entry.kind != ADJECTIVE and not name_words:
            # the words of a name are not role words ("European Union" is no trade union)
            inner = [t for t in inner if not named.start <= t.i < named.end]
            head_term, head_tokens = None, set()
        else:
            head_term, head_tokens = self._head_term(head, inner)
        modifiers: list[tuple[int, SectorTerm, str]] = []
        used: set[int] = set(head_tokens)
        for tokens in sorted(phrase_windows([t for t in inner if t.i not in head_tokens], lexicon.longest),
                             key=lambda w: (-len(w), w[0].i)):
            if any(t.i in used for t in tokens):
                continue
            term = self._term(tokens)
            if term is not None:
                used.update(t.i for t in tokens)
                modifiers.append((tokens[0].i, term, " ".join(t.text for t in tokens)))
        modifiers.sort(key=lambda m: m[0])
        if head_term is not None and head_term[0].strong:
            return head_term[0].sector, f"'{head_term[1]}' -> {head_term[0].sector}", True
        for _, term, words in modifiers:
            if term.strong:
                return term.sector, f"'{words}' -> {term.sector}", True
        if head_term is not None:
            return head_term[0].sector, f"'{head_term[1]}' -> {head_term[0].sector}", False
        if modifiers:
            _, term, words = modifiers[-1]
            return term.sector, f"'{words}' -> {term.sector}", False
        return None, "", False

    def _head_term(self, head: Token, inner: Sequence[Token]) -> tuple[tuple[SectorTerm, str] | None, set[int]]:
        """The longest sector phrase ending at the head, or "X of Y" starting at it."""
        lexicon = self.kb.sectors
        inside = {t.i for t in inner}
        if head.i not in inside:
            return None, set()
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        words = self.doc[head.i:pobj.i + 1]
                        term = lexicon.term(words.text.lower())
                        if term is not None:
                            return (term, words.text), {t.i for t in words}
        for n in range(min(lexicon.longest, head.i + 1), 0, -1):
            start = head.i - n + 1
            if not all(i in inside for i in range(start, head.i)):
                continue
            tokens = self.doc[start:head.i + 1]
            term = self._term(list(tokens))
            if term is not None:
                return (term, tokens.text), set(range(start, head.i + 1))
        return None, set()

    def _countryless_code(self, head: Token, inner: Sequence[Token]) -> str | None:
        """The code a role phrase stands for on its own: "aid agencies" are NGO."""
        head_term, _ = self._head_term(head, inner)
        return head_term[0].alone if head_term is not None else None

    def _term(self, tokens: Sequence[Token]) -> SectorTerm | None:
        lexicon = self.kb.sectors
        words = " ".join(t.lower_ for t in tokens[:-1])
        for last in (tokens[-1].lower_, tokens[-1].lemma_.lower()):
            term = lexicon.term(f"{words} {last}".strip().replace(" - ", "-"))
            if term is not None:
                return term
        return None

    def _clues(self, head: Token, tokens: Sequence[Token], inner_ids: set[int]) -> list[Clue]:
        """Country clues in the phrase: KB names, then people the article introduced earlier."""
        clues: list[Clue] = []
        own = self.mention_at.get(head.i)
        seen: set[int] = {own.start} if own is not None else set()
        for token in tokens:
            mention = self.mention_at.get(token.i)
            if mention is None or mention.start in seen:
                continue
            seen.add(mention.start)
            if self._stance_prefixed(mention):
                continue  # "an anti-Syria journalist", "a pro-Russian politician": not of that country
            clue = self._mention_clue(mention, token.i in inner_ids)
            if clue is not None:
                clues.append(clue)
        own_name = self.person_ent_at.get(head.i)
        for token in tokens:
            if token.dep_ == "poss" and token.lower_ in PRONOUNS:  # "his government": the person's country
                for person in self._pronoun(token):
                    if person.country:
                        clues.append(Clue((person.country,), f"'{token.text}' is {person.name} ({person.code})",
                                          (token.i,), token.i in inner_ids))
                continue
            if token.i == head.i or token.pos_ != "PROPN" or token.i in self.mention_at:
                continue
            if own_name is not None and own_name.start <= token.i < own_name.end:
                continue
            if self._name_goes_on(token):
                continue  # "Elizabeth Warren", "Khan Younis": a first word of a longer name is no surname
            known = self._remembered_name(token)
            if known is None and looks_like_person(token):  # "officials close to Kim", "the Trump administration"
                known = next(iter(self._by_surname(token, token.text, set())), None)
            if known is not None and known.country:
                clues.append(Clue((known.country,), f"'{token.text}' is {known.name} ({known.code})",
                                  (token.i,), token.i in inner_ids))
        return clues

    def _stance_prefixed(self, mention: Mention) -> bool:
        before = [t.lower_ for t in self.doc[max(mention.start - 2, 0):mention.start]]
        return before[-1:] in (["anti"], ["pro"]) or (len(before) == 2 and before[1] == "-" and before[0] in ("anti", "pro"))

    def _mention_clue(self, mention: Mention, inner: bool) -> Clue | None:
        entry = mention.entry
        written = self.doc[mention.start:mention.end].text
        tokens = tuple(range(mention.start, mention.end))
        if entry.kind == ACTOR:
            record, status = choose_record(entry.records, self.date)
            if not record.country:
                return None
            sector = record.sector if status == "active" and not record.is_person else None
            return Clue((record.country,), f"'{written}' is {record.name} ({record.country})",
                        tokens, inner, sector=sector)
        if entry.kind == GROUP:
            return Clue(entry.countries, f"'{written}' names {', '.join(entry.countries)}", tokens, inner)
        return Clue(entry.countries, f"'{written}' is {entry.kind} of {entry.countries[0]}", tokens, inner,
                    name=self.kb.countries.get(entry.countries[0]))

    def _chosen_clues(self, clues: list[Clue]) -> list[Clue]:
        """Inner clues beat "of/from/in" ones; conjoined clues all count ("Hungarian and Romanian")."""
        inner = [c for c in clues if c.inner] or clues
        first = inner[0]
        chosen = [first]
        for clue in inner[1:]:
            if any(self._conjoined(c, clue) for c in chosen) and clue.countries != first.countries:
                chosen.append(clue)
        return chosen

    def _conjoined(self, a: Clue, b: Clue) -> bool:
        """Coordinated by the parse, or only commas and "and" between them: the parser hangs
        "Australian, French and British navies" as two modifiers with a conjunct."""
        tokens_a = {self.doc[i] for i in a.tokens}
        if any(self.doc[i] in t.conjuncts for i in b.tokens for t in tokens_a):
            return True
        gap = self.doc[max(a.tokens) + 1:min(b.tokens)]
        return len(gap) > 0 and all(t.is_punct or t.dep_ == "cc" for t in gap)

    def _remembered_name(self, head: Token) -> Entity | None:
        ent = self.person_ent_at.get(head.i)
        keys = [normalize(strip_titles(ent, self.kb))] if ent is not None else []
        keys.append(normalize(head.text))
        for key in keys:
            found = latest_before(self.names.get(key, ()), head.i)
            if found is not None:
                return replace(found.entity, text=ent.text if ent is not None else head.text,
                               why=f"'{head.text}' is {found.entity.name}, named earlier ({found.entity.why})")
        return None

    def _by_surname(self, head: Token, text: str, titles: set[str]) -> list[Entity]:
        """A surname of a KB person: resolved only when every holder on the date codes alike, or,
        with no one in office, when one former holder bears it (sector ELI).

        Given names written before it must be the person's. A title in front ("President Kim")
        keeps only holders of a role with that word in it.
        """
        if self._name_goes_on(head):
            return []  # "Khan Younis", "Gaza City": the first word of a longer name is no surname
        if _among_places(head):
            return []  # "the holy cities of Mecca and Medina" (not Danilo Medina)
        records = self.kb.surnames.get(normalize(head.text), ())
        given = {normalize(c.text) for c in head.lefts
                 if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.text.endswith(".")
                 and c.lower_ not in HONORIFICS} | self._given_before(head)
        given -= titles
        if given:  # "Jane Doe" is not Samuel Doe
            records = tuple(r for r in records
                            if given <= set(normalize(r.name.replace("-", " ")).split()))
        former = False
        if self.date is not None:
            active = tuple(r for r in records if r.active_on(self.date))
            # out of office now, like "Obama" in 2020: still of that country, among its elites; only
            # a name the tagger takes for a person's ("Meta" lifting a freeze is the company)
            former = not active and not titles and head.ent_type_ == "PERSON" and head.dep_ != "compound"
            records = active or (tuple(r for r in records if r.is_person and r.end is not None and r.end < self.date)
                                 if former else ())
        titled = tuple(r for r in records if r.role and titles & set(r.role.lower().split()))
        records = titled or records
        codes = {(r.country, "ELI" if former else r.sector) for r in records}
        if len(codes) != 1:
            return []
        record = records[0]
        names = sorted({r.name for r in records})
        if former and len(names) != 1:
            return []  # two former holders of the name: which one is meant is not known
        return [Entity(text=text, country=record.country, sector="ELI" if former else record.sector,
                       name=record.name if len(names) == 1 else None, kb_id=record.kb_id,
                       why=f"'{head.text}' is the short name of {', '.join(names)} ({record.role})"
                           + ("; no longer in office: ELI" if former else ""))]

    def _name_goes_on(self, token: Token) -> bool:
        """The next word continues the name ("Elizabeth | Warren", "Khan | Younis"): a capitalised
        proper noun that is no role word ("the Biden Administration" ends the name)."""
        if token.i + 1 >= len(self.doc):
            return False
        following = self.doc[token.i + 1]
        return following.pos_ == "PROPN" and following.text[:1].isupper() and not following.is_sent_start \
            and not self.kb.sectors.knows(following.lower_, following.lemma_.lower())

    def _given_before(self, head: Token) -> set[str]:
        """Capitalised names written right before a surname ("Usman Khan"), whatever the parse hung
        them on; titles, role words and names the KB knows are no given names."""
        given: set[str] = set()
        i = head.i - 1
        while i >= head.sent.start:
            token = self.doc[i]
            if token.pos_ != "PROPN" or not token.text[:1].isupper() or i in self.mention_at \
                    or token.text.endswith(".") or token.lower_ in HONORIFICS \
                    or self.kb.sectors.knows(token.lower_, token.lemma_.lower()) \
                    or token.lower_ in self.kb.sectors.modifiers:
                break
            given.add(normalize(token.text))
            i -= 1
        return given

    def _referent(self, head: Token, inner: Sequence[Token], sector: str) -> Entity | None:
        """A definite role phrase with no country ("the top diplomat", "the regime"): the article's;
        a state body owned by "its" as a subject ("Iraq's government protested, and its parliament
        voted"): the state a subject of the sentence named before it."""
        if sector in FOCUS_SECTORS and head.dep_ in ("nsubj", "nsubjpass") \
                and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
            code = self._named_before(head, nearest=False)
            if code is not None:
                return Entity(text=phrase_text(self.doc, inner), country=code, sector=sector,
                              name=self.kb.countries.get(code),
                              why=f"'its {head.text}': {self.kb.countries.get(code)}, named before it")
        if not any(c.lower_ in DEFINITE for c in head.children):
            return None
        for role in self._roles_in(head):
            found = latest_before(self.roles.get(role, ()), head.i)
            if found is not None:
                return replace(found.entity, text=phrase_text(self.doc, inner),
                               why=f"'{head.text}' refers back to {found.entity.name} ({role})")
        if sector not in FOCUS_SECTORS:
            return None
        code = self._focus_country(head.i)
        if code is None:
            return None
        return Entity(text=phrase_text(self.doc, inner), country=code, sector=sector,
                      name=self.kb.countries.get(code),
                      why=f"definite '{head.text}' ({sector}) of the country the article is about so far ({code})")

    def _country_anaphor(self, head: Token) -> Entity | None:
        """"the kingdom", "the Pacific nation", "his country" with no country of their own: the
        country a subject of the same sentence named before ("Kiribati cut ties with Taiwan after
        the Pacific nation switched recognition"), or the one country named before in it."""
        if head.lemma_.lower() not in COUNTRY_NOUNS or head.tag_ != "NN" or not any(
                c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETERMINERS for c in head.children):
            return None
        inner = np_tokens(head, inner_only=True)
        if any(t.i in self.mention_at for t in inner):
            return None
        # "Argentine Treasury Secretary Brodersohn on his country's request": the nearest
        code = self._named_before(head, nearest=any(c.lower_ in PERSONAL_POSSESSIVES for c in head.children))
        if code is None:
            return None
        return Entity(text=phrase_text(self.doc, inner), country=code, sector=None,
                      name=self.kb.countries.get(code),
                      why=f"'{head.text}' refers back to {self.kb.countries.get(code)}, named before it")

    def _named_before(self, head: Token, nearest: bool) -> str | None:
        """The country a subject of the sentence named before the token, or the one country named
        before it in the sentence; with `nearest`, the last country named before it."""
        before = [(at, code) for at, code in self.country_mentions if head.sent.start <= at < head.i]
        if nearest:
            found = before
        else:
            subjects = [(at, code) for at, code in before if _in_subject(self.doc[at])]
            found = subjects or (before if len({code for _, code in before}) == 1 else [])
        return found[-1][1] if found else None

    def _bloc(self, head: Token) -> list[Entity]:
        """Several states named as a bloc ("Western powers", "Arab foreign ministers", "OPEC members",
        "more than 120 countries"): IGO, no sector, as the gold labels them; [] when a country is named."""
        if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in BLOC_NOUNS:
            return []
        inner = np_tokens(head, inner_only=True)
        why = ""
        for token in inner:
            mention = self.mention_at.get(token.i)
            is_igo = mention is not None and mention.entry.kind == ACTOR and \
                any(r.country == "IGO" for r in mention.entry.records)
            if mention is not None and not is_igo:
                return []  # "Saudi ministers", "U.S. allies", "al-Qaeda leaders": one country's or group's
            if token.i == head.i:
                continue
            if is_igo and head.lemma_.lower() in MEMBER_NOUNS:
                why = why or f"'{token.text}' {head.text}: the member states of an organisation"
            elif token.lower_ in BLOC_WORDS and (token.lower_ != "world" or head.lemma_.lower() == "power"):
                # "world powers" are the few great ones; "world leaders" come from everywhere
                why = why or f"'{token.text} {head.text}': a bloc of states"
            elif head.lemma_.lower() in COUNTED_STATES and token.head == head and (
                    token.lower_ in QUANTIFIERS
                    or (token.dep_ == "nummod" and token.lower_ not in ("one", "1", "two", "2"))):
                why = why or f"'{token.text} {head.text}': many states at once"
        if not why and head.lemma_.lower() in COUNTED_STATES and head.dep_ == "pobj" \
                and head.head.head.lower_ in CROWD_COUNTS:
            why = f"'{head.head.head.text} of {head.text}': many states at once"
        if not why:
            return []
        return [Entity(text=phrase_text(self.doc, inner), country="IGO", sector=None, name=None, why=f"{why}: IGO")]

    def _civilians_place(self, head: Token) -> tuple[str, str] | None:
        """Where unnamed people are: the one country placed in the sentence ("in Paris"), else the
        article's main country when it is named at least twice and clearly leads."""
        sent = head.sent
        placed = {c for m in self.mentions if sent.start <= m.start < sent.end and is_place(m)
                  for c in m.entry.countries
                  if self.doc[m.start:m.end].root.dep_ == "pobj"
                  and self.doc[m.start:m.end].root.head.lower_ in LOCATIVE_PREPS}
        if not placed:
            placed = self._gazetteer_places(sent)
        if len(placed) == 1:
            code = next(iter(placed))
            return code, f"the sentence happens in {code}"
        if placed:
            return None
        code = self._focus_country(len(self.doc))
        if code is not None and sum(1 for _, c in self.country_mentions if c == code) >= 2:
            return code, f"the article is about {code}"
        return None

    def _gazetteer_places(self, sent: Span) -> set[str]:
        """Countries of the cities a sentence is placed in ("in Manchester"), from the event stage's
        gazetteer; imported here, as it loads only when unnamed people need a place."""
        from detente.where import load_gazetteer, resolve_place

        found = set()
        for token in sent:
            if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPS:
                continue
            start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
            location = resolve_place(self.doc[start:token.i + 1].text, load_gazetteer(), self.countries_in_play)
            if location is not None and location.country:
                found.add(location.country)
        return found

    def _focus_country(self, before: int) -> str | None:
        """The country named most often before a token, when one clearly leads."""
        counts: dict[str, int] = {}
        for at, code in self.country_mentions:
            if at < before:
                counts[code] = counts.get(code, 0) + 1
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
            return None
        return ranked[0][0]

    def _pronoun(self, token: Token) -> list[Entity]:
        """he/she: the one person in the last sentence naming anyone and the sentence before it.

        The last mention may be a pronoun resolved before, so a chain keeps its referent; a
        person named more than three sentences back is too far to be sure.
        """
        before = [r for r in self.people if r.at < token.i]
        if not before:
            return []
        last = self.doc[before[-1].at].sent
        if self.sentence_number[token.sent.start] - self.sentence_number[last.start] > PRONOUN_REACH:
            return []
        window_start = self.doc[last.start - 1].sent.start if last.start > 0 else 0
        candidates = {r.entity.name: r.entity for r in before if window_start <= r.at}
        if len(candidates) != 1:
            return []
        entity = next(iter(candidates.values()))
        return [replace(entity, text=token.text, why=f"'{token.text}' can only be {entity.name} here")]

    def _carried_subject(self, token: Token) -> list[Entity]:
        """ "It urged Japan to ...", "They called on ..." opening a sentence: the subject of the
        sentence before, when that names a state, a body or a group (never a person for "it")."""
        if token.lower_ not in SUBJECT_PRONOUNS or token.dep_ != "nsubj" or token.i != token.sent.start \
                or token.i == 0 or token.head.lemma_.lower() in LINKING_VERBS:
            return []  # "It is a common desire of ... to establish relations": no one acts
        previous = self.doc[token.i - 1].sent
        subject = next((c for c in previous.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or token.lower_ == "it" and self._is_person(subject):
            return []
        return [replace(e, text=token.text, why=f"'{token.text}' carries on the subject of the sentence before: {e.why}")
                for e in self.resolve(subject) if e.country]

    def _paper_issuer(self, head: Token) -> list[Entity]:
        """ "The statement", "the request", "this letter" with nothing of its own that says whose:
        the subject that issued, adopted or sent the same paper in a sentence shortly before
        ("The Foreign Ministry issued a statement on Monday. The statement denounced ..."), or
        that said something in it ("X said in a statement ...")."""
        lemma = head.lemma_.lower()
        if lemma not in ISSUED_PAPERS or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children) \
                or any(t.i in self.mention_at or t.dep_ == "poss" for t in head.subtree):
            return []
        first = self.sentence_number[head.sent.start] - PAPER_REACH
        for earlier in reversed(self.doc[:head.sent.start]):
            if self.sentence_number[earlier.sent.start] < first:
                return []
            if earlier.lemma_.lower() != lemma:
                continue
            verb = earlier.head if earlier.dep_ == "dobj" else earlier.head.head if earlier.dep_ == "pobj" else None
            if verb is None or verb.lemma_.lower() not in ISSUING_VERBS:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON":
                continue
            issuers = [e for e in self.resolve(subject) if e.country]
            return [replace(e, text=phrase_text(self.doc, np_tokens(head, inner_only=True)),
                            why=f"'{head.text}' is the one {subject.text} issued: {e.why}") for e in issuers]
        return []

    def _is_person(self, head: Token) -> bool:
        """Tagged or known as a person, unless the KB knows the name as something else ("Rodong Sinmun")."""
        named = self.mention_at.get(head.i)
        if named is not None:
            return any(r.is_person for r in named.entry.records)
        return head.i in self.person_ent_at

    def _many_named_with(self, codes: list[str], phrase: Token) -> bool:
        """The last country named is one of a list of more than two ("urged Britain, Germany, France,
        Russia and China to ..."): which two "both countries" are is anyone's guess."""
        last = self.doc[max(at for at, code in self.country_mentions if code == codes[0] and at < phrase.i)]
        listed = {last.i, *(t.i for t in last.conjuncts)}
        return len({code for at, code in self.country_mentions if at in listed}) > 2

    def _korean_half(self, head: Token) -> list[Entity]:
        """"the North's rocket launch", "agreements with the South": in an article that names
        either Korea, "the North" is North Korea's government and "the South" South Korea's."""
        code = KOREAN_HALVES.get(head.text)
        if code is None or not any(c.lower_ == "the" for c in head.children) \
                or not {c for _, c in self.country_mentions} & set(KOREAN_HALVES.values()):
            return []
        return [Entity(text=f"the {head.text}", country=code, sector="GOV", name=self.kb.countries.get(code),
                       why=f"'the {head.text}' in an article about Korea")]

    def _pair(self, head: Token) -> list[Entity]:
        """"both countries", "the two sides": the last two countries named before the phrase."""
        if head.lower_ not in PAIR_NOUNS:
            return []
        if not any(c.lower_ in ("both", "two") for c in head.children):
            return []
        codes: list[str] = []
        addresser = _addresser(head)
        for at, code in reversed(self.country_mentions):
            if at < head.i and code not in codes and at not in addresser:
                codes.append(code)
            if len(codes) == 2:
                break
        if len(codes) < 2 or self._many_named_with(codes, head):
            return []
        term = self._term([head])
        sector = term.sector if term is not None and head.lemma_.lower() not in ("state", "side", "country", "nation") else None
        text = phrase_text(self.doc, np_tokens(head, inner_only=True))
        return [Entity(text=text, country=c, sector=sector, name=self.kb.countries.get(c),
                       why=f"'{text}': the last two countries named ({', '.join(reversed(codes))})")
                for c in reversed(codes)]


# -- helpers --------------------------------------------------------------------------------------


def _of_phrase_of(token: Token, head: Token) -> bool:
    """The token is in an "of" phrase that hangs on the head ("the Democratic Party of south Korea")."""
    while token.head.i != token.i and token.i != head.i:
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i == head.i:
            return True
        token = token.head
    return False


def _addresser(phrase: Token) -> set[int]:
    """The words of the subject of the verb a phrase is the object of: "Iraq's government
    protested to both countries" speaks of two others, not of Iraq."""
    verb = phrase.head.head if phrase.dep_ == "pobj" else phrase.head
    if phrase.dep_ not in ("pobj", "dobj", "dative") or verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _in_subject(token: Token) -> bool:
    """The token is a subject or part of one ("Qatar's foreign minister said")."""
    while token.dep_ in ("poss", "compound", "amod", "nmod", "pobj", "prep", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def find_mentions(kb: KnowledgeBase, doc: Doc) -> list[Mention]:
    """Every KB name in the text, leftmost-longest, on word boundaries, as token ranges."""
    mentions, last_end = [], -1
    for start_char, end_char, entry in kb.name_spans(doc.text):
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or len(span) == 0 or span.start < last_end:
            continue
        if entry.kind in (COUNTRY, ADJECTIVE) and span.end < len(doc) and doc[span.end].text in WATER_WORDS:
            continue  # "the Indian Ocean", "the South China Sea": a sea, not the country
        if entry.kind == COUNTRY and len(span) == 1 and span.end < len(doc) and doc[span.end].tag_ == "NNP" \
                and doc[span.end].ent_type_ == "PERSON" and span[0].ent_type_ == "PERSON" and span[0].ent_iob_ == "B":
            continue  # "Salvador Nasralla", "Israel Vasquez": a given name, not the country
        if entry.kind in (COUNTRY, ADJECTIVE) and span.start >= 2 and doc[span.start - 1].text == "-" \
                and doc[span.start - 2].lower_ == "pan":
            continue  # "the Pan-American Highway", "pan-African": a whole region, not the country
        mentions.append(Mention(span.start, span.end, entry))
        last_end = span.end
    return mentions


def counted_noun(head: Token) -> Token | None:
    """What a crowd count counts ("thousands of protesters" -> protesters); None for other heads."""
    if head.lower_ not in CROWD_COUNTS:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def is_place(mention: Mention) -> bool:
    """A country, a capital or a region: a name that says where something happens."""
    entry = mention.entry
    if entry.kind in (COUNTRY, CAPITAL):
        return True
    return entry.kind == ACTOR and any(r.role == "region" for r in entry.records)


def np_tokens(head: Token, inner_only: bool) -> list[Token]:
    """The noun phrase of a head: its modifiers and appositions, without its conjuncts or clauses.

    `inner_only` leaves out "of/from/in" phrases hanging on the head ("rebels in Darfur").
    """
    tokens = [head]
    stack = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in INSIDE_PREPS and not inner_only:
            stack.append(child)
        elif child.dep_ == "acl" and not inner_only and (_names_sponsor(child) or _names_outlet(child)):
            stack.append(child)  # "hackers linked to North Korea", "militants backed by Iran"
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            stack.append(child)  # "Secretary of State": part of the title itself
        elif child.dep_ not in OUTSIDE_DEPS:
            stack.append(child)
        elif child.dep_ in ("det", "case") and child.i < head.i:
            tokens.append(child)
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("relcl", "advcl"))
    return sorted(tokens, key=lambda t: t.i)


def _names_sponsor(participle: Token) -> bool:
    """ "backed by Iran", "linked to North Korea": a participle of affiliation whose phrase names
    the sponsor (not "dollars backed by the profits of frozen assets")."""
    return participle.lemma_.lower() in AFFILIATION_PARTICIPLES and any(
        prep.dep_ in ("prep", "agent") and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)
        for prep in participle.children)


def _names_outlet(participle: Token) -> bool:
    """ "a commentary carried by Xinhua", "a statement issued by the Foreign Ministry": a text
    speaks for the outlet or body that published it."""
    return participle.lemma_.lower() in TEXT_PARTICIPLES and participle.head.lemma_.lower() in TEXT_NOUNS \
        and any(prep.dep_ == "agent" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)
                for prep in participle.children)


def last_occurrence(text: str, context: str) -> int:
    """Where the mention last stands as whole words in its context, whatever its case; -1 if nowhere.

    The last: a later short mention ("Tillerson" after "Rex Tillerson") is why context is given.
    """
    found = -1
    for match in re.finditer(rf"(?<!\w){re.escape(text.strip())}(?!\w)", context, flags=re.IGNORECASE):
        found = match.start()
    return found


def person_spans(doc: Doc) -> list[Span]:
    """PERSON entities, with adjacent ones joined: the model splits "Syed Yusuf | Raza Gilani"."""
    spans: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS:
            continue
        if spans and spans[-1].end == ent.start:
            spans[-1] = doc[spans[-1].start:ent.end]
        else:
            spans.append(ent)
    return spans


def is_name(token: Token) -> bool:
    """A proper name, even one the tagger took for something else ("Ryom spoke", "May said")."""
    return (token.pos_ == "PROPN" or token.ent_type_ in PERSON_LABELS
            or (token.pos_ == "NOUN" and token.text[:1].isupper()))


def looks_like_person(token: Token) -> bool:
    """Tagged a person, or a name used as a compound or possessor not first in its sentence (the
    capital of a first word says nothing: "Young Algerians" are not Mr Young's)."""
    if token.ent_type_ in PERSON_LABELS:
        return True
    return token.dep_ in ("compound", "poss") and not token.is_sent_start


def span_head(span: Span) -> Token:
    """The head of a mention cut out of a sentence: its word that hangs outside it (not "the" or a comma)."""
    outside = [t for t in span if not span.start <= t.head.i < span.end or t.head == t]
    words = [t for t in outside if t.dep_ not in ("det", "punct", "case", "cc", "predet")]
    if span.root in words or not words:
        return span.root
    return words[-1]


def phrase_text(doc: Doc, tokens: Sequence[Token]) -> str:
    """The text from the first to the last token of a phrase (punctuation at its edges trimmed)."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return tokens[0].text if tokens else ""
    return doc[words[0].i:words[-1].i + 1].text


def phrase_windows(tokens: Sequence[Token], longest: int) -> Iterable[list[Token]]:
    """Runs of adjacent tokens up to `longest` long: the candidate sector phrases of a modifier."""
    for end in range(len(tokens)):
        for n in range(1, longest + 1):
            start = end - n + 1
            if start < 0:
                break
            window = list(tokens[start:end + 1])
            if window[-1].i - window[0].i != n - 1:
                break
            yield window


def choose_record(records: Sequence[ActorRecord], date: dt.date | None) -> tuple[ActorRecord, str]:
    """The row in force on the date: 'active', else 'former' (an office ended) or 'future' (none begun).

    Without a date, the current row (open end) or the latest one is taken as active.
    """
    if date is None:
        current = [r for r in records if r.end is None]
        pool = current or sorted(records, key=lambda r: r.end or dt.date.max)[-1:]
        return pool[-1], "active"
    active = [r for r in records if r.active_on(date)]
    if active:
        return max(active, key=lambda r: r.start or dt.date.min), "active"
    ended = [r for r in records if r.end is not None and r.end < date]
    if ended:  # out of office now, even if a later term is to come (Biden in 2018)
        return max(ended, key=lambda r: r.end), "former"
    return min(records, key=lambda r: r.start or dt.date.min), "future"


def latest_before(found: Sequence[Remembered], at: int) -> Remembered | None:
    """The latest remembered entity introduced before token `at`, else the first after it."""
    before = [r for r in found if r.at < at]
    if before:
        return before[-1]
    return found[0] if found else None


def name_keys(name: str, written: str) -> set[str]:
    """Keys a person is later called by: the full name, first and last word, as written and in the KB."""
    keys = set()
    for full in (name, written):
        words = full.split()
        if not words:
            continue
        keys.add(normalize(full))
        if len(words) > 1:
            keys.add(normalize(words[0]))
            keys.add(normalize(words[-1]))
            particle, _, family = words[-1].partition("-")
            if family and particle.lower() in NAME_PARTICLES:
                keys.add(normalize(family))
    return keys


def strip_titles(ent: Span, kb: KnowledgeBase) -> str:
    """A PERSON entity's text without a leading title spaCy sometimes includes ("President Obama")."""
    start = ent.start
    while start < ent.end - 1 and kb.sectors.term(ent.doc[start].lower_) is not None:
        start += 1
    return ent.doc[start:ent.end].text


def _among_places(token: Token) -> bool:
    """A name in a list of places or after "the cities of": a place, though a person bears it
    too. The tagger's place type alone is no proof: it tags surnames ("Blinken") as places."""
    first = token.head if token.dep_ == "conj" else token
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "the city of Leon", whatever the tagger calls the name
    return token.ent_type_ in PLACE_ENTITIES and any(other.ent_type_ in PLACE_ENTITIES for other in token.conjuncts)
