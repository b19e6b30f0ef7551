"""When an event happened: date expressions of its sentence resolved against the publication date.

Coders that stamp every event with the story date smear history; here the date comes from the
words of the event's clause ("on Monday", "last week", "in mid-November", "September 18-20"),
resolved with our own rules against the publication date and the tense of the clause. The
publication date is the fallback (`basis="published"`), and without it the date is unknown.

Conventions (documented in docs/accuracy-when-where.md):
- `basis="explicit"` when the text states the year; `"relative"` when any part (the year of
  "January 10", the day of "Monday", the month of "last week") comes from the publication date.
- ranges give their first day; seasons the month they start (spring 03, summer 06, autumn 09,
  winter 12); week and weekend expressions give the month of that week (precision "month"),
  since a week is not a day.
- past tense: the latest matching date on or before publication; future: the earliest on or after;
  present: the nearest one (ties go to the past).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from detente.records import EventDate

PAST, PRESENT, FUTURE = "past", "present", "future"

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
SEASON_START: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# Holidays on a fixed day of the year: (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "new year s eve": (12, 31), "new years eve": (12, 31), "new year s day": (1, 1),
    "new years day": (1, 1), "boxing day": (12, 26), "valentine s day": (2, 14),
}
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_MONTH = r"(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_MONTH2 = _MONTH.replace("?P<m>", "?P<m2>")
_WEEKDAY = r"(?P<w>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")"
_SEASON = r"(?P<s>" + "|".join(SEASON_START) + r")"
_DAY = r"(?P<d>[0-3]?\d)"
_DAY2 = r"(?P<d2>[0-3]?\d)"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_TO = r"(?:-|to|and|through|until|till)"
_REL = r"(?P<rel>last|this|next|past|coming|previous)"
_TIME_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"

# Words that qualify an expression without changing its date at the precision we give.
_QUALIFIERS = re.compile(
    r"\b(?:early|earlier|late|later|mid|middle|beginning|start|end|first half|second half|"
    r"at the|by the|of the|in the|the|on|in|at|during|since|from|between|by|around|as of|"
    r"until|till|over|as early as|as late as|starting)\b"
)

_Handler = Callable[[re.Match[str], dt.date | None, str], EventDate | None]


def _normalise(expression: str) -> str:
    """Lower case, no ordinals, no abbreviation dots or commas, one space between words."""
    text = expression.lower().replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"[.,']", " ", text)
    text = re.sub(r"\s*-\s*", " - ", text)
    text = re.sub(r"\bmid\b", "mid ", text)
    return " ".join(text.split())


def _strip_qualifiers(text: str) -> str:
    """'early this morning' -> 'this morning', 'in mid - november' -> 'november'."""
    text = _QUALIFIERS.sub(" ", text)
    text = re.sub(r"^\s*-\s*", "", " ".join(text.split()))
    text = re.sub(r"\bof\b", " ", text)
    return " ".join(text.split())


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[dt.date], published: dt.date, tense: str) -> dt.date:
    """Of dates a year apart, the one the tense points at (see the module docstring)."""
    if tense == PAST:
        before = [c for c in candidates if c <= published]
        return max(before) if before else min(candidates)
    if tense == FUTURE:
        after = [c for c in candidates if c >= published]
        return min(after) if after else max(candidates)
    return min(candidates, key=lambda c: (abs((c - published).days), c > published))


def _day_date(match: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    """A day of a month (the first of a range), in the stated year or, failing that, the year
    the tense points at; a future range still running at publication keeps its start."""
    month, day = MONTHS[match["m"]], int(match["d"])
    year_text = match.groupdict().get("y")
    if year_text:
        if _safe_date(int(year_text), month, day) is None:
            return None
        return EventDate(_iso(int(year_text), month, day), "day", "explicit")
    if published is None:
        return None
    options = [d for y in (published.year - 1, published.year, published.year + 1)
               if (d := _safe_date(y, month, day)) is not None]
    if not options:
        return None
    chosen = _pick(options, published, tense)
    if tense == FUTURE:
        chosen = _running_range(options, match, published) or chosen
    return EventDate(chosen.isoformat(), "day", "relative")


def _running_range(starts: list[dt.date], match: re.Match[str], published: dt.date) -> dt.date | None:
    """The start of a range ("December 27 to 30") still running at publication, if any."""
    groups = match.groupdict()
    if not groups.get("d2"):
        return None
    last_month = MONTHS[groups["m2"]] if groups.get("m2") else MONTHS[groups["m"]]
    for start in starts:
        end = _safe_date(start.year + (last_month < start.month), last_month, int(groups["d2"]))
        if end is not None and start < published <= end:
            return start
    return None


def _month_date(month: int, published: dt.date, rel: str | None, tense: str) -> dt.date:
    """First day of the month named, placed in a year by 'last/next/this' or by the tense."""
    this_year = dt.date(published.year, month, 1)
    current = published.replace(day=1)
    if rel in ("last", "past", "previous"):
        return this_year if this_year < current else dt.date(published.year - 1, month, 1)
    if rel in ("next", "coming"):
        return this_year if this_year > current else dt.date(published.year + 1, month, 1)
    if rel == "this":
        return this_year
    if tense == PRESENT:
        options = [dt.date(y, month, 1) for y in (published.year - 1, published.year, published.year + 1)]
        return min(options, key=lambda c: (abs((c - current).days), c > current))
    if tense == FUTURE:
        return this_year if this_year >= current else dt.date(published.year + 1, month, 1)
    return this_year if this_year <= current else dt.date(published.year - 1, month, 1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _weekday_date(weekday: int, published: dt.date, rel: str | None, tense: str) -> dt.date:
    """The weekday named: 'last' strictly before, 'next' strictly after, else by tense."""
    back = (published.weekday() - weekday) % 7
    forward = (weekday - published.weekday()) % 7
    if rel in ("last", "past", "previous"):
        return published - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return published + dt.timedelta(days=forward or 7)
    if tense == FUTURE:
        return published + dt.timedelta(days=forward)
    if tense == PRESENT and forward < back:
        return published + dt.timedelta(days=forward)
    return published - dt.timedelta(days=back)


def _season_date(season: str, published: dt.date, rel: str | None, tense: str) -> dt.date:
    """Start month of the season: 'last' = the latest one over; otherwise the current one, or
    the latest (past, present) or next (future) one."""
    start = SEASON_START[season]
    latest = dt.date(published.year, start, 1)
    if latest > published:
        latest = dt.date(published.year - 1, start, 1)
    ongoing = published < _add_months(latest, 3)
    if rel in ("last", "past", "previous"):
        return dt.date(latest.year - 1, start, 1) if ongoing else latest
    if rel in ("next", "coming"):
        return dt.date(latest.year + 1, start, 1)
    if ongoing or tense != FUTURE:
        return latest
    return dt.date(latest.year + 1, start, 1)


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


# --- handlers: each gets the match on the qualifier-free text, the publication date, the tense.


def _h_iso(m: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    day = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return EventDate(day.isoformat(), "day", "explicit") if day else None


def _h_day(m: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    return _day_date(m, published, tense)


def _h_holiday(m: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    """'Christmas Eve', 'New Year's Day 2019': a fixed day, placed in a year like 'January 10'."""
    month, day = FIXED_HOLIDAYS[m["h"]]
    if m["y"]:
        return EventDate(_iso(int(m["y"]), month, day), "day", "explicit")
    if published is None:
        return None
    options = [dt.date(y, month, day) for y in (published.year - 1, published.year, published.year + 1)]
    return EventDate(_pick(options, published, tense).isoformat(), "day", "relative")


def _h_month_year(m: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    return EventDate(_iso(int(m["y"]), MONTHS[m["m"]]), "month", "explicit")


def _h_month(m: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    if published is None:
        return None
    first = _month_date(MONTHS[m["m"]], published, m["rel"], tense)
    return EventDate(_iso(first.year, first.month), "month", "relative")


def _h_season_year(m: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    return EventDate(_iso(int(m["y"]), SEASON_START[m["s"]]), "month", "explicit")


def _h_season(m: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    if published is None:
        return None
    first = _season_date(m["s"], published, m["rel"], tense)
    return EventDate(_iso(first.year, first.month), "month", "relative")


def _h_year(m: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    return EventDate(m["y"], "year", "explicit")


def _h_weekday(m: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    if published is None:
        return None
    day = _weekday_date(WEEKDAYS[m["w"]], published, m["rel"], tense)
    return EventDate(day.isoformat(), "day", "relative")


_DAY_OFFSETS = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last night": -1,
                "tomorrow": 1, "day before yesterday": -2, "day after tomorrow": 2}


def _h_day_word(m: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    if published is None:
        return None
    word = " ".join(m["word"].split())
    day = published + dt.timedelta(days=_DAY_OFFSETS[word])
    return EventDate(day.isoformat(), "day", "relative")


def _h_unit(m: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    """'last week', 'this month', 'next year', 'this weekend'."""
    if published is None:
        return None
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(m["rel"] or "", 0)
    unit = m["unit"]
    if unit == "year":
        return EventDate(_iso(published.year + step), "year", "relative")
    if unit == "month":
        first = _add_months(published, step)
        return EventDate(_iso(first.year, first.month), "month", "relative")
    if unit == "week":
        day = published + dt.timedelta(days=7 * step)
    else:  # weekend: the Saturday that the tense and 'last/next' point at
        day = _weekday_date(5, published, None if step == 0 else m["rel"], tense)
    return EventDate(_iso(day.year, day.month), "month", "relative")


def _h_ago(m: re.Match[str], published: dt.date | None, tense: str) -> EventDate | None:
    """'three days ago' (day), 'two weeks ago' and 'a month ago' (month), 'a year ago' (year)."""
    count = _number(m["n"])
    if published is None or count is None:
        return None
    unit = m["unit"]
    if unit == "day":
        return EventDate((published - dt.timedelta(days=count)).isoformat(), "day", "relative")
    if unit == "week":
        day = published - dt.timedelta(days=7 * count)
        return EventDate(_iso(day.year, day.month), "month", "relative")
    if unit == "month":
        first = _add_months(published, -count)
        return EventDate(_iso(first.year, first.month), "month", "relative")
    return EventDate(_iso(published.year - count), "year", "relative")


_PATTERNS: tuple[tuple[re.Pattern[str], _Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (r"(?P<y>(?:19|20)\d\d) - (?P<mo>[01]?\d) - " + _DAY, _h_iso),
        # "september 18 - 20 2019", "march 25 to 28", "sept 30 to oct 2 2019", "january 10 2019"
        (_MONTH + " " + _DAY + rf"(?: {_TO} (?:{_MONTH2} )?{_DAY2})?(?: {_YEAR})?", _h_day),
        # "18 - 20 september 2019", "30 september to 2 october", "10 january"
        (_DAY + rf"(?: {_TO} {_DAY2})? {_MONTH}(?: {_TO} [0-3]?\d {_MONTH2})?(?: {_YEAR})?",
         _h_day),
        (_MONTH + rf"(?: {_TO} {_MONTH2})? {_YEAR}", _h_month_year),
        (rf"(?:{_REL} )?{_MONTH}(?: {_TO} {_MONTH2})?", _h_month),
        ("(?P<h>" + "|".join(FIXED_HOLIDAYS) + rf")(?: {_YEAR})?", _h_holiday),
        (_SEASON + " " + _YEAR, _h_season_year),
        (_YEAR + " " + _SEASON, _h_season_year),
        (rf"(?:{_REL} )?{_SEASON}", _h_season),
        (_YEAR + rf"(?: {_TO} (?:19|20)?\d\d)?", _h_year),
        (rf"(?:{_REL} )?{_WEEKDAY}(?: {_TIME_OF_DAY})?", _h_weekday),
        (r"(?P<word>today|tonight|yesterday|tomorrow|last night|day before yesterday|"
         r"day after tomorrow)(?: " + _TIME_OF_DAY + ")?", _h_day_word),
        (r"(?P<word>this) " + _TIME_OF_DAY, _h_day_word),
        (_REL + r" (?P<unit>year|month|week|weekend)", _h_unit),
        (r"(?P<rel>)(?P<unit>weekend)", _h_unit),
        (r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
         r"(?P<unit>day|week|month|year)s? ago", _h_ago),
    )
)


def resolve_date_expression(expression: str, published: dt.date | None, tense: str) -> EventDate | None:
    """The date a date expression names, or None when our rules do not read it.

    Pure (no spaCy) so labelled expressions can be scored directly. `tense` is "past",
    "present" or "future": it places partial dates ("January 10", "in November", "Monday")
    before or after `published`. Durations ("two years", "annual") give None.
    """
    text = _normalise(expression)
    for candidate in (text, _strip_qualifiers(text)):
        for pattern, handler in _PATTERNS:
            match = pattern.fullmatch(candidate)
            if match:
                found = handler(match, published, tense)
                if found is not None:
                    return EventDate(found.date, found.precision, found.basis, expression)
    return None


# --- the sentence side: which expression belongs to the event, and the tense of its clause.

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would", "may", "might", "should", "must"})
# Verbs whose infinitive complement has happened when they did ("tried to meet").
_PAST_CARRYING = frozenset({"try", "manage", "fail", "attempt", "begin", "start", "continue",
                            "refuse", "decline", "seek", "use", "help"})
# Verbs that put their subject or complement in the future ("talks are scheduled for Monday").
_FUTURE_VERBS = frozenset({"schedule", "plan", "expect", "due", "intend", "set", "slate"})
_DATE_LABELS = frozenset({"DATE", "TIME"})
_LEFT_MODIFIERS = frozenset({"last", "next", "this", "early", "late", "mid", "earlier", "later",
                             "coming", "past", "previous"})
# Words that start a date expression the entity recogniser may miss: capitalised month and
# weekday names ("a march" and "may" are not dates) and the day words.
_MONTH_NAMES = frozenset({"January", "February", "March", "April", "May", "June", "July",
                          "August", "September", "October", "November", "December",
                          "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"})
_WEEKDAY_NAMES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                            "Sunday"})
_MONTH_LEFT = frozenset({"in", "on", "since", "until", "by", "from", "between", "early", "late",
                         "mid", "last", "next", "this", "of", "through", "to", "and", "-",
                         "during", "before", "after"})
_DAY_WORDS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
_SEASON_LEFT = frozenset({"the", "this", "last", "next", "early", "late", "in", "coming"})
_CONNECTORS = frozenset({"-", "\u2013", "to", "and", "through", "until", "till"})
_KEYWORDS = _MONTH_NAMES | _WEEKDAY_NAMES | _DAY_WORDS | frozenset(SEASON_START)


def clause_verb(token: Token) -> Token:
    """The verb heading the clause a token belongs to (the token itself when it is one)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head != current:
        current = current.head
    return current


def clause_tense(verb: Token) -> str:
    """past / present / future of a clause, from its verb and auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX or verb.lemma_ in _FUTURE_VERBS:
        return FUTURE
    if any(a.tag_ == "TO" for a in auxes):
        governor = verb.head
        if verb.dep_ in ("xcomp", "ccomp", "advcl") and governor.lemma_ in _PAST_CARRYING:
            return clause_tense(governor)
        return FUTURE
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN" and (words & {"has", "have", "had", "'ve", "'s"} or not auxes):
        return PAST
    if verb.lower_ == "going":  # "is going to meet"
        return FUTURE
    return PRESENT


def entity_spans(sentence: Span, labels: frozenset[str]) -> list[Span]:
    """The sentence's entities with these labels, read from its tokens (`Span.ents` walks the
    whole document's entities on every call)."""
    spans: list[Span] = []
    start = None
    for token in sentence:
        if start is not None and token.ent_iob_ != "I":
            spans.append(sentence.doc[start:token.i])
            start = None
        if token.ent_iob_ == "B" and token.ent_type_ in labels:
            start = token.i
    if start is not None:
        spans.append(sentence.doc[start:sentence.end])
    return spans


def _expression_span(sentence: Span, ent: Span) -> Span:
    """The entity with modifiers spaCy left outside it ('last' of 'last Monday')."""
    start = ent.start
    while start > sentence.start and sentence.doc[start - 1].lower_ in _LEFT_MODIFIERS:
        start -= 1
    return sentence.doc[start:ent.end]


def _keyword_spans(sentence: Span, covered: set[int]) -> list[Span]:
    """Date words the entity recogniser missed, with their neighbouring numbers and modifiers."""
    spans: list[Span] = []
    doc = sentence.doc
    for token in sentence:
        if token.i in covered or token.text.rstrip(".") not in _KEYWORDS and token.lower_ not in _KEYWORDS:
            continue
        before = doc[token.i - 1].lower_ if token.i > sentence.start else ""
        after = doc[token.i + 1] if token.i + 1 < sentence.end else None
        season = token.lower_ in SEASON_START and before in _SEASON_LEFT
        # a month name needs a preposition before it or a number after it ("Theresa May")
        month = token.text.rstrip(".") in _MONTH_NAMES and (
            before in _MONTH_LEFT or after is not None and after.like_num)
        if not (season or month or token.text in _WEEKDAY_NAMES or token.lower_ in _DAY_WORDS):
            continue
        start, end = token.i, token.i + 1
        while start > sentence.start and (doc[start - 1].like_num
                                          or doc[start - 1].lower_ in _LEFT_MODIFIERS):
            start -= 1
        while end < sentence.end and (doc[end].like_num or doc[end].text in ("-", ",", "of")):
            end += 1
        while end > token.i + 1 and doc[end - 1].text in ("-", ",", "of"):
            end -= 1
        spans.append(doc[start:end])
    return spans


def _merged(spans: list[Span]) -> list[Span]:
    """Spans that touch, overlap or are joined by 'to', 'and', '-' read as one range
    ("30 October to 4" + "November 2014"); the parts stay as candidates after it."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for span in ordered:
        if merged:
            last = merged[-1]
            gap = span.doc[last.end:span.start] if span.start > last.end else None
            if span.start <= last.end or gap is not None and all(t.lower_ in _CONNECTORS for t in gap):
                merged[-1] = span.doc[last.start:max(last.end, span.end)]
                continue
        merged.append(span)
    return merged + [s for s in ordered if s not in merged]


# A date that only names a thing ("the 2015 nuclear deal", "last year's election") dates the
# thing, not the event.
_NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "nummod", "poss"})


def _names_a_thing(expression: Span) -> bool:
    root = expression.root
    return root.dep_ in _NOUN_MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN")


def _candidates(sentence: Span) -> list[Span]:
    ents = entity_spans(sentence, _DATE_LABELS)
    covered = {t.i for e in ents for t in e}
    spans = [_expression_span(sentence, e) for e in ents] + _keyword_spans(sentence, covered)
    return [span for span in _merged(spans) if not _names_a_thing(span)]


def _before_reported_clause(expression: Span, verb: Token) -> bool:
    """'Seoul said on Monday it will ...': the parser hangs the date on the reported clause,
    but between the reporting verb and that clause's subject it dates the statement."""
    if verb.dep_ != "ccomp" or not verb.head.i < expression.start:
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and expression.end <= min(subjects)


def _attachment_rank(expression: Span, trigger_verb: Token) -> int:
    """0: in the trigger's clause; 1: in a clause governing it ('said on Monday that ...');
    2: in a clause under it; 3: elsewhere in the sentence."""
    own_verb = clause_verb(expression.root.head if expression.root.pos_ in ("VERB", "AUX")
                           else expression.root)
    if own_verb == trigger_verb:
        return 1 if _before_reported_clause(expression, trigger_verb) else 0
    if trigger_verb in own_verb.subtree:
        return 1
    if own_verb in trigger_verb.subtree:
        return 2
    return 3


def _starts_after(event_date: EventDate, published: dt.date) -> bool:
    """Whether the earliest day of the date's period is after publication."""
    parts = [int(p) for p in (event_date.date or "").split("-") if p] + [1, 1]
    return len(parts) >= 3 and dt.date(parts[0], parts[1], parts[2]) > published


def date_event(sentence: Span, trigger: Token, published: dt.date | None) -> EventDate:
    """The event's date: a date expression of its own clause first, then of the sentence,
    else the publication date (`basis="published"`), else unknown.

    Candidates are spaCy's DATE/TIME entities (already computed by the parse) plus date words it
    missed; each is read by `resolve_date_expression` with the tense of the clause it modifies.
    A past-tense event is never dated after `published`: such a reading is skipped.
    A future event does not take the date of the statement announcing it.
    """
    trigger_verb = clause_verb(trigger)
    trigger_tense = clause_tense(trigger_verb)
    keyed = [((_attachment_rank(span, trigger_verb), abs(span.root.i - trigger.i), -len(span)), span)
             for span in _candidates(sentence)]
    ranked = sorted(keyed, key=lambda item: item[0])
    for (rank, *_), span in ranked:
        if rank == 1 and trigger_tense == FUTURE:
            continue  # "said on Monday it will ...": the statement's date, not the event's
        # a date in a clause under the trigger ("voted to leave ... in June") dates the trigger
        tense = trigger_tense if rank in (0, 2) else clause_tense(clause_verb(span.root))
        found = resolve_date_expression(span.text, published, tense)
        if found is None or (found.precision == "year" and span.start > 0
                             and sentence.doc[span.start - 1].lower_ == "since"):
            continue  # "his first visit to Britain since 1982": the year measures, it dates nothing
        if published is not None and PAST in (tense, trigger_tense) \
                and _starts_after(found, published):
            continue
        return found
    if published is None:
        return EventDate(None, None, "unknown", None)
    return EventDate(published.isoformat(), "day", "published", None)


# Years this far before publication date an act of history, told as background ("when Argentina
# invaded the Falklands in 1982", "whose rebel army captured Kigali in 1994").
HISTORY_YEARS = 2


AGO_UNITS = {"year": 1, "decade": 10, "century": 100}
# A look back that ends a sentence or headline: "Chernobyl, 35 years on", "two decades on".
YEARS_ON = re.compile(r"\b(?P<n>\d+|[a-z]+)\s+(?P<unit>year|decade|century)s?\s+on\W*$", re.IGNORECASE)


def _years_ago(verb: Token) -> int:
    """How many years back "N years ago" (or "decades ago") under the verb's own clause puts it
    (0 when none): "invaded Kuwait three decades ago" is 30, "a year ago" 1. An "ago" inside a
    clause of its own (a ccomp, relcl or acl under the verb) dates that clause, not the verb."""
    for ago in verb.subtree:
        if ago.lower_ != "ago":
            continue
        step = ago.head
        while step.i != verb.i and step.dep_ not in ("ccomp", "relcl", "acl", "ROOT"):
            step = step.head
        if step.i != verb.i:
            continue
        for unit in (c for c in ago.children if c.dep_ == "npadvmod"):
            per = AGO_UNITS.get(unit.lemma_.lower())
            if per is None:
                continue
            number = 2 if unit.tag_ == "NNS" else 1  # "years ago"; "a year ago", "a decade ago"
            for count in (c for c in unit.children if c.dep_ == "nummod"):
                said = _number(count.lower_.replace(",", ""))
                number = said if said is not None else 2
            return number * per
    return 0


def dated_history(sentence: Span, trigger: Token, published: dt.date | None) -> bool:
    """Whether the act is dated, in its own clause, "in" a year at least `HISTORY_YEARS` before
    publication: a past act told as background (an obituary, a biography, a museum's history),
    not news. "since 1979" and "the first since 1949" measure the news act and do not count."""
    if published is None:
        return False
    if trigger.pos_ == "NOUN" and any(
            c.dep_ in ("nummod", "compound", "amod", "nmod") and re.fullmatch(r"1[89]\d\d|20\d\d", c.text)
            and int(c.text) <= published.year - HISTORY_YEARS for c in trigger.children):
        return True  # "the 1968 student protests", "the 1989 crackdown": an act named by its year
    trigger_verb = clause_verb(trigger)
    if trigger_verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "once" and c.tag_ == "RB" and c.i < trigger_verb.i
           for c in trigger_verb.children):
        return True  # "he was once accused by the state press of treason": a past life
    # "the 1982 siege of Hama, when the army shelled the city": a clause on a dated noun
    # and "the Battle of Kosovo in 1389, in which Serbian knights fought ...": a dated noun's own act
    # and a second verb of that clause with no subject of its own ("when their troops crossed the
    # canal and stormed the line")
    joined_to = trigger_verb.head if trigger_verb.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in trigger_verb.children) else None
    relative = joined_to if joined_to is not None else trigger_verb
    dated_noun = relative.head if relative.dep_ == "relcl" and any(
        (c.dep_ == "advmod" and c.lower_ == "when") or (c.dep_ == "prep" and c.lower_ in ("in", "during")
                                                       and any(g.lower_ == "which" for g in c.children))
        for c in relative.children) else None
    if _years_ago(trigger_verb) >= HISTORY_YEARS:
        return True  # "fought alongside Korean troops seventy years ago": history told by its distance
    years_on = YEARS_ON.search(sentence.text)
    if years_on and (_number(years_on["n"].lower()) or 0) * AGO_UNITS[years_on["unit"].lower()] >= HISTORY_YEARS:
        return True  # "The day Russia annexed Crimea, ten years on": an anniversary looks back
    # a second verb with no subject of its own shares a year put in front of the first
    shared = joined_to if joined_to is not None and joined_to.tag_ in ("VBD", "VBN") else None
    for span in sentence.ents:
        if span.label_ not in ("DATE", "EVENT"):  # "in 1982", "in the 1967 Middle East war"
            continue
        year = re.search(r"\b(1[0-9]\d\d|20\d\d)\b", span.text)  # also "in 1389", "in 1683"
        if not year or int(year.group(1)) > published.year - HISTORY_YEARS:
            continue
        head = span.root.head
        if head.lower_ in ("since", "than"):
            continue  # "their first strike since 1977" measures the news act
        if _attachment_rank(span, trigger_verb) == 0 and head.lower_ == "in" and head.head.i == trigger_verb.i:
            return True
        if head.lower_ == "in" and shared is not None and head.head.i == shared.i and head.i < shared.i:
            return True  # "In 1979, militants seized the embassy and held 52 Americans hostage"
        if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and span.root in c.subtree
               for c in trigger_verb.children):
            return True  # "captured by Israel in the 1967 war", "in the period of the war (1950-1953)"
        if dated_noun is not None and (head.i == dated_noun.i or (
                head.lower_ in ("in", "during") and head.head.i == dated_noun.i)):
            return True
        if head.lower_ in ("in", "during") and head.head.dep_ in ("nsubj", "nsubjpass") \
                and head.head.head.i == trigger_verb.i and head.head.pos_ == "NOUN":
            return True  # "the bombing of Dresden in February 1945 killed 25,000 people"
    return False
