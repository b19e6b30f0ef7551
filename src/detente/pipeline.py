"""Composes the stages: clean -> parse -> actors -> events -> when/where -> Event records.

Articles travel in batches; with `settings.workers > 1` each batch is coded in a worker process.
On Linux the models are loaded once in the parent and the workers are forked from it, sharing
them copy-on-write (no start-up cost per worker); elsewhere workers are spawned and load their own.
One article that fails never stops the others: it comes back as a `ReadError`.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache, partial
from itertools import chain, islice
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from detente.actors.kb import load_kb
from detente.actors.resolve import Resolver
from detente.events.extract import (
    EventCandidate,
    extract_events,
    place_actor,
    place_recipient,
    unplaced,
)
from detente.events.calibration import ConfidenceModel, calibrated, load_confidence_model
from detente.events.triggers import TriggerLexicon, load_lexicon
from detente.headline import (
    HEADLINE_LEAD,
    detach_lead,
    headline_sentence,
    is_headline_text,
    mark_headline,
    read_root_as_verb,
)
from detente.ingest.clean import clean_article
from detente.ingest.readers import read_inputs
from detente.nlp import load_nlp
from detente.records import (
    Article,
    CleanArticle,
    CodedArticle,
    Event,
    Location,
    ReadError,
)
from detente.settings import Settings
from detente.when import date_event, dated_history
from detente.where import Gazetteer, article_place, load_gazetteer, locate_event

Item = Article | ReadError
Result = CodedArticle | ReadError


@dataclasses.dataclass(frozen=True)
class Components:
    """The loaded models and tables one process codes with."""

    nlp: Language
    resolver: Resolver
    lexicon: TriggerLexicon
    gazetteer: Gazetteer
    confidence: ConfidenceModel | None


@lru_cache(maxsize=4)
def load_components(settings: Settings) -> Components:
    """Load everything once per process and settings."""
    return Components(
        nlp=load_nlp(settings.spacy_model),
        resolver=Resolver(load_kb(settings.actor_tables)),
        lexicon=load_lexicon(),
        gazetteer=load_gazetteer(),
        confidence=load_confidence_model(settings.confidence_model) if settings.confidence_model else None,
    )


class Coder:
    """Codes articles with the given settings; `code_articles` streams results in input order."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    def code_articles(self, items: Iterable[Item]) -> Iterator[Result]:
        code = partial(code_batch, self.settings)
        if self.settings.workers <= 1:
            for batch in _batched(items, self.settings.batch_size):
                yield from code(batch)
            return
        # Smaller tasks than one spaCy batch keep both workers busy to the end of the input.
        batches = _batched(items, max(1, self.settings.batch_size // 4))
        first = next(batches, None)
        if first is None:  # nothing to code (say, a re-ingest of unchanged articles): load nothing
            return
        batches = chain([first], batches)
        if sys.platform == "linux":
            load_components(self.settings)
            context = multiprocessing.get_context("fork")
        else:
            context = multiprocessing.get_context("spawn")
        with context.Pool(self.settings.workers) as pool:
            for results in pool.imap(code, batches):
                yield from results

    def code_inputs(self, inputs: Sequence[str | Path]) -> Iterator[Result]:
        """Read files, directories, JSONL or `-` and code what could be read."""
        items = read_inputs(inputs, max_bytes=self.settings.max_article_bytes)
        return self.code_articles(items)


def code_batch(settings: Settings, items: Sequence[Item]) -> list[Result]:
    """Clean, parse (one spaCy batch) and code a batch; failures become ReadErrors."""
    components = load_components(settings)
    results: list[Result | None] = [None] * len(items)
    cleaned: list[tuple[int, CleanArticle]] = []
    for position, item in enumerate(items):
        if isinstance(item, ReadError):
            results[position] = item
            continue
        try:
            cleaned.append((position, _headline_only(_with_default_date(clean_article(item), settings))))
        except Exception as exc:  # one bad article must not stop the batch
            results[position] = _failure(item, "could not be cleaned", exc)
    kb = components.resolver.kb
    bodies = _parse_each(components.nlp, [a.text for _, a in cleaned], settings.batch_size)
    lemmatizer = components.nlp.get_pipe("lemmatizer") if "lemmatizer" in components.nlp.pipe_names else None
    titles = [title if isinstance(title, Exception) else _as_headline(title, lemmatizer, components.lexicon)
              for title in _parse_each(
        components.nlp, [_lead(headline_sentence(a.title or "", kb)) for _, a in cleaned], settings.batch_size)]
    for (position, article), doc, title in zip(cleaned, bodies, titles):
        try:
            for parsed in (doc, title):
                if isinstance(parsed, Exception):
                    raise parsed
            results[position] = code_parsed(components, article, doc, title, settings.coder)
        except Exception as exc:
            results[position] = _failure(article, "could not be coded", exc)
    return [result for result in results if result is not None]


def code_parsed(components: Components, article: CleanArticle, doc: Doc, title: Doc,
                coder: str) -> CodedArticle:
    """Events of one parsed article, dated and placed.

    The headline is coded too, but its events are kept only when no sentence of the body
    already gives the same category between the same countries: a headline usually restates
    the lead, and a count of events must not double it.
    """
    published = article.published_date()
    events: dict[str, Event] = {}
    actors = components.resolver.for_document(doc, published)
    home = article_place((doc, title), components.gazetteer)
    voice = components.resolver.voice_of(article.source)
    for candidate in extract_events(doc, actors, components.lexicon, voice):
        if dated_history(candidate.sentence, candidate.trigger, published):
            continue  # "when Argentina invaded the Falklands in 1982": background, not news
        event = _to_event(components, article, candidate, coder, home)
        if not unplaced(event.actor):  # "was arrested" with no place the gazetteer knows
            events.setdefault(event.id, event)
    reported = {_who_did_what(event) for event in events.values()}
    title_actors = components.resolver.for_document(title, published)
    for candidate in extract_events(title, title_actors, components.lexicon):
        if dated_history(candidate.sentence, candidate.trigger, published):
            continue  # "Remembering the day Iraq invaded Kuwait, 30 years on"
        event = _to_event(components, article, candidate, coder, home, headline=True)
        if _who_did_what(event) not in reported and not unplaced(event.actor):
            events.setdefault(event.id, event)
    sentence_count = sum(1 for _ in doc.sents)
    return CodedArticle(article=article, events=tuple(events.values()), sentence_count=sentence_count)


def _who_did_what(event: Event) -> tuple[str, frozenset[str | None], frozenset[str | None]]:
    return (event.event, frozenset(e.country for e in event.actor),
            frozenset(e.country for e in event.recipient))


def _to_event(components: Components, article: CleanArticle, candidate: EventCandidate,
              coder: str, home: Location | None, headline: bool = False) -> Event:
    sentence = candidate.sentence
    countries = [entity.country for entity in (*candidate.actor, *candidate.recipient)
                 if entity.country]
    trigger_span = candidate.trigger_span
    if headline:  # the parse read a rewritten copy whose offsets hold up to the trigger
        text, span = article.title or "", None
        lead = len(HEADLINE_LEAD)
        trigger_span = (max(0, trigger_span[0] - lead), max(0, trigger_span[1] - lead))
        trigger = text[trigger_span[0]:trigger_span[1]] or candidate.trigger_text
    else:
        text, trigger = sentence.text, candidate.trigger_text
        span = (sentence.start_char, sentence.end_char)
    location = locate_event(sentence, candidate.trigger, components.gazetteer, countries, article.dateline,
                            home)
    event = Event(
        doc_id=article.doc_id,
        sentence_index=None if headline else candidate.sentence_index,
        event=candidate.event,
        mode=candidate.mode,
        context=tuple(candidate.context),
        quad_code=candidate.quad_code,
        intensity=candidate.intensity,
        cameo=candidate.cameo,
        actor=place_actor(candidate, location),
        recipient=place_recipient(candidate, location),
        negated=candidate.negated,
        modality=candidate.modality,
        text=text,
        trigger=trigger,
        span=span,
        trigger_span=trigger_span,
        confidence=candidate.confidence,
        published=article.published,
        date=date_event(sentence, candidate.trigger, article.published_date()),
        location=location,
        coder=coder,
        headline=headline,
    )
    return calibrated(event, components.confidence) if components.confidence is not None else event


def _parse_each(nlp: Language, texts: Sequence[str], batch_size: int) -> list[Doc | Exception]:
    """Parse the texts in one spaCy call; if that fails, one by one to isolate the bad text."""
    try:
        return list(nlp.pipe(texts, batch_size=batch_size))
    except Exception:
        docs: list[Doc | Exception] = []
        for text in texts:
            try:
                docs.append(nlp(text))
            except Exception as exc:
                docs.append(exc)
        return docs


def _as_headline(title: Doc, lemmatizer: Lemmatizer | None, lexicon: TriggerLexicon) -> Doc:
    """Flag a parsed headline, with a root the parser took for a noun read as its verb."""
    detach_lead(title)
    if lemmatizer is not None and len(title):
        read_root_as_verb(title, lemmatizer.rule_lemmatize, lexicon.verbs)
    return mark_headline(title)


def _lead(title: str) -> str:
    """The headline as parsed: after `HEADLINE_LEAD`, which helps the parser read it as a clause."""
    return HEADLINE_LEAD + title if title else title


def _headline_only(article: CleanArticle) -> CleanArticle:
    """A text with no title that is only a headline ("Putin to visit Pyongyang") is read as the
    title it is, with an empty body, so that headline grammar applies to it."""
    if article.title or not is_headline_text(article.text):
        return article
    return dataclasses.replace(article, title=article.text.strip(), text="", segments=())


def _with_default_date(article: CleanArticle, settings: Settings) -> CleanArticle:
    """The settings' publication date, for articles where none was given or found."""
    if article.published or not settings.published:
        return article
    return dataclasses.replace(article, published=settings.published, published_basis="given")


def _failure(article: Article | CleanArticle, what: str, exc: Exception) -> ReadError:
    origin = article.origin or article.doc_id
    return ReadError(origin, f"{what}: {type(exc).__name__}: {exc}")


def _batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, max(1, size))):
        yield batch
