"""The event coder: lexicon triggers in the parse -> PLOVER 2.0 event candidates."""

from detente.events.extract import EventCandidate, extract_events
from detente.events.triggers import TriggerLexicon, load_lexicon

__all__ = ["EventCandidate", "TriggerLexicon", "extract_events", "load_lexicon"]
