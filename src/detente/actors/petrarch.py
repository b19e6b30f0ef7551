"""Import of PETRARCH/TABARI dictionaries: `.actors` files and the agents file, as users have them.

Actor entries look like::

    KIM_JONG_IL_  # comment
    +KIM_JONG-IL_
        [PRKGOV >041201]
    AFGHANISTAN_  [AFG]

(a name, `+` aliases, then codes with optional date bounds `>YYMMDD`, `<YYMMDD`, `YYMMDD-YYMMDD`).
Agents lines such as `FARMER [~AGR]` or `!MINIST! OF_DEFENSE [~GOVMIL]` become sector words.
CAMEO's MED (media) and HLH (health) are PLOVER's JRN and MED.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from detente.actors.sectors import SectorTerm

if TYPE_CHECKING:
    from detente.actors.kb import ActorRecord

# CAMEO agent codes whose PLOVER name differs.
CAMEO_TO_PLOVER_SECTOR = {"MED": "JRN", "HLH": "MED"}
PLOVER_SECTORS = frozenset({"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR",
                            "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL",
                            "SOC", "HLH", "INS", "SEP"})
CAMEO_ONLY_SECTORS = {"INS": "REB", "SEP": "REB"}
NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC", "ISM"})

_CODE = re.compile(r"\[([~A-Z0-9]+)\s*([^\]]*)\]")
_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


@dataclass
class _Entry:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)


def is_petrarch_file(path: Path) -> bool:
    """By extension (.actors, .agents) or content: a bracketed CAMEO code and no tabs."""
    if path.suffix.lower() in (".actors", ".agents"):
        return True
    with open(path, encoding="utf-8", errors="replace") as handle:
        head = handle.read(20000)
    return "\t" not in head.split("\n", 1)[0] and bool(_CODE.search(head))


def words(token: str) -> str:
    """KIM_JONG_IL_ -> Kim Jong Il; short acronyms (UN, U.N.) keep their capitals."""
    text = token.replace("_", " ").strip()
    text = re.sub(r"\s+", " ", text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) <= 3 or re.fullmatch(r"(?:[A-Z]\.)+", text.replace(" ", "")):
        return text
    return text.title()


def parse_cameo_date(value: str, end: bool) -> dt.date | None:
    """YYMMDD or YYYYMMDD (two-digit years up to 30 are 20xx)."""
    value = value.strip()
    if not value.isdigit() or len(value) not in (6, 8):
        return None
    if len(value) == 6:
        year = int(value[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(value[2:4]), int(value[4:6])
    else:
        year, month, day = int(value[:4]), int(value[4:6]), int(value[6:8])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)


def date_bounds(restriction: str) -> tuple[dt.date | None, dt.date | None]:
    restriction = restriction.strip()
    if restriction.startswith(">"):
        return parse_cameo_date(restriction[1:], end=False), None
    if restriction.startswith("<"):
        return None, parse_cameo_date(restriction[1:], end=True)
    if "-" in restriction:
        start, end = restriction.split("-", 1)
        return parse_cameo_date(start, end=False), parse_cameo_date(end, end=True)
    return None, None


def split_code(code: str) -> tuple[str | None, str | None]:
    """PRKGOVBUS -> (PRK, GOV); IGOUNO -> (IGO, None); ~AGR -> (None, AGR)."""
    code = code.lstrip("~") if code.startswith("~") else code
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not chunks:
        return None, None
    country = None
    if not (chunks[0] in PLOVER_SECTORS and len(code) == 3 and code.startswith(chunks[0])):
        country = chunks.pop(0)
    for chunk in chunks:
        if chunk in PLOVER_SECTORS:
            chunk = CAMEO_ONLY_SECTORS.get(chunk, chunk)
            return country, CAMEO_TO_PLOVER_SECTOR.get(chunk, chunk)
    return country, None


def read_petrarch(path: Path) -> tuple[list[ActorRecord], dict[str, SectorTerm]]:
    """(actor records, sector words) of a PETRARCH dictionary file."""
    from detente.actors.kb import ActorRecord  # kb imports this module: import at call time

    entries: list[_Entry] = []
    terms: dict[str, SectorTerm] = {}
    macros: dict[str, list[str]] = {}
    with open(path, encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            line = raw.split("#", 1)[0].rstrip()
            stripped = line.strip()
            if not stripped:
                continue
            macro = _MACRO.match(stripped)
            if macro:
                macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
                continue
            code = _CODE.search(stripped)
            if code and code.group(1).startswith("~"):
                _add_agent(terms, stripped[:code.start()], code.group(1), macros)
                continue
            if stripped.startswith("["):
                if entries and code:
                    entries[-1].codes.append((code.group(1), code.group(2)))
                continue
            if stripped.startswith("+"):
                if entries:
                    entries[-1].aliases.append(words(stripped[1:].split("[")[0]))
                if entries and code:
                    entries[-1].codes.append((code.group(1), code.group(2)))
                continue
            entries.append(_Entry(name=words(stripped.split("[")[0])))
            if code:
                entries[-1].codes.append((code.group(1), code.group(2)))
    records = []
    for number, entry in enumerate(entries, 1):
        names = tuple(dict.fromkeys([entry.name, *entry.aliases]))
        for code, restriction in entry.codes:
            country, sector = split_code(code)
            start, end = date_bounds(restriction)
            records.append(ActorRecord(
                kb_id=f"{path.name}:{number}", name=entry.name, names=names, country=country, sector=sector,
                role=None, start=start, end=end,
                is_person=bool(restriction) or (sector is not None and country not in NON_STATE and len(names[0].split()) > 1),
            ))
    return records, terms


def _add_agent(terms: dict[str, SectorTerm], text: str, code: str, macros: dict[str, list[str]]) -> None:
    """One agents line: a word or phrase (with !MACRO! forms expanded) -> its sector."""
    _, sector = split_code(code)
    if sector is None:
        return
    phrases = [text.strip()]
    for macro, forms in macros.items():
        phrases = [p.replace(macro, f"{form}_") if macro in p else p for p in phrases for form in forms] \
            if any(macro in p for p in phrases) else phrases
    for phrase in phrases:
        term = re.sub(r"\s+", " ", phrase.replace("_", " ")).strip().lower()
        if term:
            terms.setdefault(term, SectorTerm(sector=sector, strong=False))
