"""Sectors from words: the titles and role nouns reporters use, mapped to PLOVER sectors.

"troops" fixes the sector (MIL) whatever surrounds it, while "official" or "leader" give way to
a stronger word beside them ("military official" -> MIL, "opposition leader" -> OPP). The words
are data (data/sectors.tsv); this module only looks them up.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

STRONG = "strong"
WEAK = "weak"


@dataclass(frozen=True)
class SectorTerm:
    """A role word: its PLOVER sector, whether it overrides weaker words, its role class, and the
    country code it stands for when the phrase names no country ("aid agencies" -> NGO)."""

    sector: str
    strong: bool
    role: str | None = None
    alone: str | None = None


@dataclass(frozen=True)
class SectorLexicon:
    terms: dict[str, SectorTerm]  # lower-case word or phrase -> term
    modifiers: dict[str, str]  # "former" -> ELI: words that re-sector any role
    longest: int  # tokens in the longest term, to bound phrase look-ups
    words: frozenset[str]  # every word of every term: a token outside it cannot start a look-up

    def term(self, phrase: str) -> SectorTerm | None:
        return self.terms.get(phrase)

    def knows(self, lower: str, lemma: str) -> bool:
        return lower in self.words or lemma in self.words


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.rstrip("\n\r").split("\t")]
            if cells[0] in ("term", "word"):
                continue
            yield number, cells


def read_sector_table(path: Path) -> dict[str, SectorTerm]:
    """term<TAB>sector<TAB>weight<TAB>role<TAB>alone rows (weight strong/weak, default weak)."""
    terms = {}
    for number, cells in _rows(path):
        if len(cells) < 2:
            raise ValueError(f"{path}:{number}: expected term<TAB>sector[<TAB>weight<TAB>role<TAB>alone]")
        term, sector, weight, role, alone = (cells + ["", "", "", ""])[:5]
        if weight and weight not in (STRONG, WEAK):
            raise ValueError(f"{path}:{number}: weight must be '{STRONG}' or '{WEAK}', not {weight!r}")
        terms[term.lower()] = SectorTerm(sector=sector, strong=weight == STRONG, role=role or None,
                                       alone=alone or None)
    return terms


def read_modifiers(path: Path) -> dict[str, str]:
    return {cells[0].lower(): cells[1] for _, cells in _rows(path)}


def build_sector_lexicon(terms: dict[str, SectorTerm], modifiers_path: Path) -> SectorLexicon:
    longest = max((len(t.replace("-", " - ").split()) for t in terms), default=1)
    words = frozenset(w for t in terms for w in t.replace("-", " - ").split())
    return SectorLexicon(terms=dict(terms), modifiers=read_modifiers(modifiers_path), longest=longest, words=words)
