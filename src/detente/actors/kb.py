"""The actor knowledge base: our tables (and users'), loaded once and indexed for fast matching.

Everything the resolver knows is data: countries with their names, adjectives and capitals,
actors (people with dated offices, organisations, media, armed groups, seats of power), words
for sectors. `load_kb` reads the bundled tables, then the user's, and builds one Aho-Corasick
automaton over every name so that an article is scanned once, in a single pass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import ahocorasick

from detente.actors.petrarch import is_petrarch_file, read_petrarch
from detente.actors.sectors import (
    SectorLexicon,
    SectorTerm,
    build_sector_lexicon,
    read_sector_table,
)

DATA_DIR = Path(__file__).parent / "data"
OFFICE_HOLDERS_DIR = DATA_DIR / "office_holders"
# Bundled actor tables in the office-holder format, read after data/office_holders/*.tsv.
ACTOR_TABLES = ("organisations.tsv", "media.tsv", "armed_groups.tsv", "seats.tsv", "territories.tsv", "regions.tsv",
                "companies.tsv", "parties.tsv")
ACTOR_COLUMNS = ("name", "aliases", "country", "sector", "role", "start", "end")
HEADER_WORDS = frozenset({"name", "code", "term", "word", "phrase"})

# Kinds of name the automaton knows.
COUNTRY = "country"  # a country's name: "North Korea", "DPRK"
ADJECTIVE = "adjective"  # an adjective or demonym: "North Korean", "Russians"
CAPITAL = "capital"  # a capital or seat of government standing for the government: "Pyongyang"
ACTOR = "actor"  # a row of an actor table: person, organisation, outlet, group
GROUP = "group"  # a name for several countries at once: "the two Koreas"

# Roles of actor-table rows that are not people (anything else in the role column is an office).
NON_PERSON_ROLES = frozenset({"", "organisation", "organization", "media", "state media", "armed group",
                              "seat of power", "territory", "party", "agency", "outlet", "country", "group",
                              "region", "company"})
# Countries whose people are named family name first, so "Kim" and "Xi" are the short forms.
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "HKG", "SGP", "KHM"})


@dataclass(frozen=True)
class ActorRecord:
    """One row of an actor table: an actor, its names, and when it held this role (None = open)."""

    kb_id: str
    name: str
    names: tuple[str, ...]
    country: str | None
    sector: str | None
    role: str | None
    start: dt.date | None
    end: dt.date | None
    is_person: bool

    def active_on(self, date: dt.date) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)

    def period(self) -> str:
        start = self.start.isoformat() if self.start else "..."
        end = self.end.isoformat() if self.end else "today"
        return f"{start} to {end}"


@dataclass(frozen=True)
class NameEntry:
    """What one name in the automaton stands for.

    `case_sensitive` names (acronyms such as US, UN, IS) only match as written; the others
    match whatever their case as long as the text has a capital letter in it.
    """

    key: str
    kind: str
    written: str
    countries: tuple[str, ...] = ()
    records: tuple[ActorRecord, ...] = ()
    case_sensitive: bool = False


@dataclass(frozen=True)
class KnowledgeBase:
    """Indexed tables, built once by `load_kb` and only read afterwards."""

    countries: dict[str, str]  # code -> name
    names: dict[str, NameEntry]  # normalised name -> entry
    surnames: dict[str, tuple[ActorRecord, ...]]  # normalised short name of a person -> rows
    sectors: SectorLexicon
    automaton: ahocorasick.Automaton = field(repr=False, compare=False)
    tables: tuple[str, ...] = ()

    def name_spans(self, text: str) -> list[tuple[int, int, NameEntry]]:
        """Every known name in `text` as (start, end, entry): word-bounded, leftmost-longest.

        Case-sensitive names must match as written; the others need a capital letter.
        """
        norm = normalize(text)
        hits = []
        for end_char, key in self.automaton.iter(norm):
            start_char = end_char - len(key) + 1
            if start_char > 0 and norm[start_char - 1].isalnum():
                continue
            if end_char + 1 < len(norm) and norm[end_char + 1].isalnum():
                continue
            entry = self.names[key]
            written = text[start_char:end_char + 1]
            if entry.case_sensitive and written != entry.written:
                continue
            if not entry.case_sensitive and written.islower():
                continue
            hits.append((start_char, end_char + 1, entry))
        hits.sort(key=lambda h: (h[0], -h[1]))
        spans, last_end = [], -1
        for start_char, end_char, entry in hits:
            if start_char >= last_end:
                spans.append((start_char, end_char, entry))
                last_end = end_char
        return spans

    def lookup(self, text: str) -> NameEntry | None:
        """The entry of a name as written, None when the KB does not know it."""
        entry = self.names.get(normalize(text.strip()))
        if entry is None or (entry.case_sensitive and entry.written != text.strip()):
            return None
        return entry


_NORMALIZE = str.maketrans({"-": " ", "\u2019": "'", "\u2018": "'", "\u2013": " ", "\u00a0": " "})


def normalize(text: str) -> str:
    """Lower case, hyphens and curly quotes as plain characters, and the same length as the input.

    Keeping the length lets automaton hits on the normalised text index the original text.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_NORMALIZE)


def is_acronym(name: str) -> bool:
    """US, U.S., UN, DPRK, IS: short all-capital names that must match as written."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


def parse_date(value: str, end: bool = False) -> dt.date | None:
    """YYYY-MM-DD, YYYY-MM or YYYY; a partial end date means the last day of that month or year."""
    value = value.strip()
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        year, month = parts
        if not end:
            return dt.date(year, month, 1)
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)


def split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def data_lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of a tab-separated table; comments, blank lines and the header skipped."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.rstrip("\n\r").split("\t")]
            if cells[0] in HEADER_WORDS:
                continue
            yield number, cells


def table_kind(path: Path) -> str:
    """'petrarch' (by extension or content), else by the TSV header: 'sectors', 'countries' or 'actors'."""
    if is_petrarch_file(path):
        return "petrarch"
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                return {"term": "sectors", "code": "countries"}.get(line.split("\t")[0].strip(), "actors")
    return "actors"


def read_actor_table(path: Path, is_office_table: bool = False) -> list[ActorRecord]:
    """Rows of a TSV in the office-holder format: name, aliases, country, sector, role, start, end."""
    records = []
    for number, cells in data_lines(path):
        if len(cells) < 3 or not cells[0]:
            raise ValueError(f"{path}:{number}: expected the columns {', '.join(ACTOR_COLUMNS)}")
        name, aliases, country, sector, role, start, end = (cells + [""] * 7)[:7]
        try:
            start_date, end_date = parse_date(start), parse_date(end, end=True)
        except ValueError as err:
            raise ValueError(f"{path}:{number}: bad date ({err})") from err
        records.append(ActorRecord(
            kb_id=f"{path.stem}:{number}",
            name=name,
            names=tuple(dict.fromkeys([name, *split_list(aliases)])),
            country=country or None,
            sector=sector or None,
            role=role or None,
            start=start_date,
            end=end_date,
            is_person=is_office_table or role.lower() not in NON_PERSON_ROLES,
        ))
    return records


@dataclass
class _Builder:
    """Collects names while tables are read; `build` freezes them into a KnowledgeBase."""

    countries: dict[str, str] = field(default_factory=dict)
    names: dict[str, NameEntry] = field(default_factory=dict)
    sector_terms: dict[str, SectorTerm] = field(default_factory=dict)
    tables: list[str] = field(default_factory=list)

    def add_name(self, written: str, kind: str, countries: tuple[str, ...] = (),
                 record: ActorRecord | None = None, override: bool = False) -> None:
        key = normalize(written)
        old = self.names.get(key)
        records: tuple[ActorRecord, ...] = (record,) if record else ()
        if old is not None and old.kind == kind == ACTOR and not override:
            records = old.records + records
        elif old is not None and not override and old.kind != ACTOR and kind != ACTOR:
            return  # first country-table reading of a name wins ("U.S." the name, not the adjective)
        self.names[key] = NameEntry(key=key, kind=kind, written=written, countries=countries,
                                    records=records, case_sensitive=is_acronym(written))

    def add_countries(self, path: Path) -> None:
        for _, cells in data_lines(path):
            code, name, aliases, adjectives, capitals = (cells + [""] * 5)[:5]
            self.countries[code] = name
            for written in [name, *split_list(aliases)]:
                self.add_name(written, COUNTRY, (code,))
            for written in split_list(adjectives):
                self.add_name(written, ADJECTIVE, (code,))
            for written in split_list(capitals):
                self.add_name(written, CAPITAL, (code,))
        self.tables.append(str(path))

    def add_groups(self, path: Path) -> None:
        for _, cells in data_lines(path):
            self.add_name(cells[0], GROUP, tuple(split_list(cells[1])))
        self.tables.append(str(path))

    def add_actors(self, records: Sequence[ActorRecord], source: Path, override: bool) -> None:
        """Index each row under all its names; a user's table replaces what a name meant before."""
        replaced: set[str] = set()
        for record in records:
            for written in record.names:
                key = normalize(written)
                first_in_table = key not in replaced
                replaced.add(key)
                self.add_name(written, ACTOR, (record.country,) if record.country else (),
                              record, override=override and first_in_table)
        self.tables.append(str(source))

    def add_user_table(self, path: Path) -> None:
        kind = table_kind(path)
        if kind == "sectors":
            self.sector_terms.update(read_sector_table(path))
            self.tables.append(str(path))
        elif kind == "countries":
            self.add_countries(path)
        elif kind == "petrarch":
            records, terms = read_petrarch(path)
            self.sector_terms.update(terms)
            self.add_actors(records, path, override=True)
        else:
            self.add_actors(read_actor_table(path), path, override=True)

    def build(self) -> KnowledgeBase:
        automaton = ahocorasick.Automaton()
        for key in self.names:
            automaton.add_word(key, key)
        automaton.make_automaton()
        return KnowledgeBase(
            countries=dict(self.countries),
            names=dict(self.names),
            surnames=_surname_index(self.names.values()),
            sectors=build_sector_lexicon(self.sector_terms, DATA_DIR / "modifiers.tsv"),
            automaton=automaton,
            tables=tuple(self.tables),
        )


def _surname_index(entries) -> dict[str, tuple[ActorRecord, ...]]:
    """People by the short name reporters use after the first mention ("Putin", "Kim", "Xi")."""
    index: dict[str, dict[str, ActorRecord]] = {}
    for entry in entries:
        for record in entry.records:
            if not record.is_person:
                continue
            for name in {record.name, *record.names}:  # "Zelenskiy" from "Volodymyr Zelenskiy"
                words = name.replace("-", " ").split()
                if len(words) < 2:
                    continue
                word = words[0] if record.country in FAMILY_NAME_FIRST else words[-1]
                index.setdefault(normalize(word), {})[record.kb_id] = record
    return {key: tuple(rows.values()) for key, rows in index.items()}


def _bundled_builder() -> _Builder:
    builder = _Builder()
    builder.add_countries(DATA_DIR / "countries.tsv")
    builder.add_groups(DATA_DIR / "groups.tsv")
    builder.sector_terms.update(read_sector_table(DATA_DIR / "sectors.tsv"))
    for path in sorted(OFFICE_HOLDERS_DIR.glob("*.tsv")):
        builder.add_actors(read_actor_table(path, is_office_table=True), path, override=False)
    for name in ACTOR_TABLES:
        builder.add_actors(read_actor_table(DATA_DIR / name), DATA_DIR / name, override=False)
    return builder


@lru_cache(maxsize=8)
def _load_cached(extra_tables: tuple[Path, ...]) -> KnowledgeBase:
    builder = _bundled_builder()
    for path in extra_tables:
        builder.add_user_table(path)
    return builder.build()


def load_kb(extra_tables: Sequence[Path | str] = ()) -> KnowledgeBase:
    """The bundled tables, then the user's in order (later rows override earlier ones). Cached."""
    paths = tuple(Path(p).resolve() for p in extra_tables)
    for path in paths:
        if not path.is_file():
            raise FileNotFoundError(f"actor table not found: {path}")
    return _load_cached(paths)
