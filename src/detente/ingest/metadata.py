"""Title, byline, dateline and publication date from the head of an article.

The head zone is the run of lines above the first body line: site name, section labels and
menus left by the cleaner, the headline, the byline and date lines. Each line is classified;
the headline is the longest headline-like line that is not a label, and the whole zone leaves
the text. The first body line may open with a dateline ("TOKYO/SEOUL, July 29 (Reuters) - ").

Cheap on purpose: a few anchored regexes over the first lines (and the URL), never a date parser
over the body. Precise on purpose: a date is only taken from a line that is nothing but a date,
from a byline, from a dateline or from the URL, and a date without a year is only completed
from another date found for the same article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" \
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
# One date: ISO (2018-06-25, 2018/06/25), "Jun 25 2018", "June 25, 2018", "25 June 2018".
DATE = (
    rf"(?:{_WEEKDAY}\s+)?(?:"
    rf"(?P<iy>{_YEAR})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})"
    rf"|(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}),?(?:\s+(?P<y2>{_YEAR}))?)"
)
_TIME = r"\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
# What may follow a date on a date line: a time, a zone, an "updated" note.
_DATE_TAIL = (
    rf"(?:\s*(?:,|\bat\b|-|–|—|\||·|/)?\s*(?:{_TIME})(?:\s*\(?(?:[A-Z]{{2,5}}|GMT|UTC)\)?)?"
    r"(?:\s*[+-]\d{2}:?\d{2})?)?"
)
_DATE_LABEL = r"(?:(?:first\s+)?published|posted|updated|last\s+(?:updated|modified)|date|dated)(?:\s+on)?\s*:?\s*"
DATE_RE = re.compile(DATE, re.IGNORECASE)
# A time may also come first: "Published: 11:05 BST, 14 July 2015".
_TIME_FIRST = rf"(?:(?:{_TIME})(?:\s*[A-Z]{{2,5}})?\s*(?:,|\||·|-|–|—|on)?\s*)?"
DATE_LINE_RE = re.compile(rf"(?:{_DATE_LABEL})?{_TIME_FIRST}{DATE}{_DATE_TAIL}\s*\.?", re.IGNORECASE)

_NAME_WORD = r"[A-Z][\w.'’-]*"
_NAME_JOIN = r"(?:and|&|de|da|del|der|van|von|bin|al|el|le|la|di)"
# "By Jane Doe and Tom Roe", "by Jane Doe in Kyiv and Tom Roe in Brussels", then what follows the names.
BYLINE_RE = re.compile(
    rf"(?:(?i:posted|written|words)\s+)?(?i:by):?\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_NAME_JOIN}|in(?=\s+[A-Z])))*)(?P<rest>.*)"
)
# Left out of what follows a byline's names: a reading time, the "on" before a date.
BYLINE_NOISE_RE = re.compile(r"[\s,|·•–—-]*\d+\s*min(?:ute)?s?\s+read\b|^[\s,|·•–—-]*on\s+",
                             re.IGNORECASE)
# Between an affiliation and a date: "Vienna correspondent | June 25, 2018".
BYLINE_SEPARATOR_RE = re.compile(r"\s*[|·•]\s*|,\s+|\s+[-–—]\s+")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
DATE_WORD_RE = re.compile(rf"{_WEEKDAY}|{_MONTH},?|{_DAY},?|{_YEAR},?", re.IGNORECASE)
AGENCIES = (
    "Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse",
    "Bloomberg", "BBC News", "CNN", "Al Jazeera", "Xinhua", "Yonhap", "KCNA", "Kyodo", "TASS",
    "dpa", "UPI", "Staff Writer", "Staff Reporter", "Correspondent",
)
_AGENCY = "|".join(re.escape(agency) for agency in AGENCIES)
NAME_AGENCY_RE = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s*[,|–—-]\s*(?i:{_AGENCY})")
_PLACE = r"[A-Z][A-Za-z.'’-]*(?:\s[A-Z][A-Za-z.'’-]*){0,3}"
# "SEOUL, Dec 3 (Reuters) -", "TOKYO/SEOUL, July 29 (Reuters) -", "PYONGYANG, January 5 (KCNA) --",
# "WASHINGTON (AP) —", "SAN JOSE, Calif. -", "Moscow, 3 March (AFP) -"
DATELINE_RE = re.compile(
    rf"(?P<place>{_PLACE}(?:/{_PLACE}){{0,3}}(?:,\s[A-Z][A-Za-z.'’]*(?:\s[A-Z][A-Za-z.'’]*)?)?)?"
    rf"(?:,?\s+(?P<date>(?i:{_MONTH})\s+\d{{1,2}}(?:,\s+{_YEAR})?|\d{{1,2}}\s+(?i:{_MONTH})(?:\s+{_YEAR})?))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w.&'’ /-]{1,30})\))?"
    r"\s*(?:--|-|—|–)\s+(?=\S)"
)
URL_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})(?:[/-](?P<d>\d{1,2}))?(?!\d)")
TITLE_END_WORDS = frozenset("a an the of in on at to for and or but with by from as that".split())
MAX_TITLE_CHARS = 120
MAX_TITLE_WORDS = 20
MAX_BYLINE_TAIL_WORDS = 5
MIN_HEADLINE_WORDS = 4  # shorter head lines may be site names: a longer headline wins over them
HEAD_LINES = 12
SENTENCE_STOPS = (".", ",", ";", ":", "!", "?")
OPENING_QUOTES = "\"'“‘"
NO_DATELINE: tuple[None, None, None, int] = (None, None, None, 0)
CHRONICLE_DAYS = 2  # a dateline date may be this much after the reference date it takes a year from


@dataclass(frozen=True)
class PartialDate:
    """A date as written: the year may be missing ("Dec 3" in a dateline)."""

    year: int | None
    month: int
    day: int

    def complete(self) -> dt.date | None:
        return _valid_date(self.year, self.month, self.day) if self.year else None

    def near(self, reference: dt.date) -> dt.date | None:
        """This date in the year that puts it closest to `reference` (Dec 31 near Jan 2 -> last year)."""
        candidates = [_valid_date(reference.year + shift, self.month, self.day) for shift in (-1, 0, 1)]
        usable = [day for day in candidates if day and day <= reference + dt.timedelta(days=CHRONICLE_DAYS)]
        return min(usable, key=lambda day: abs(day - reference), default=None)


@dataclass(frozen=True)
class HeadLine:
    """A line at the head of an article; `break_after` when a blank or dropped line follows it."""

    text: str
    break_after: bool


@dataclass(frozen=True)
class Head:
    """What the first lines of an article said about it, and how much of them that used."""

    title: str | None = None
    byline: str | None = None
    byline_date: PartialDate | None = None
    text_date: PartialDate | None = None
    dateline: str | None = None
    dateline_date: PartialDate | None = None
    agency: str | None = None
    lines_used: int = 0  # lines of the head zone (site name, labels, title, byline, dates) taken out
    body_skip: int = 0  # characters of the first body line taken by its dateline


def read_head(lines: Sequence[HeadLine], known_titles: Sequence[str] = ()) -> Head:
    """Read the head zone: the lines above the first body line, each a date line, a byline or head text.

    Head text is the site name, section labels and the headline; the headline is the title.
    The zone is only taken out when a body line closes it. With `known_titles` (given with
    the article, found in HTML metadata) the title is the line repeating one of them; head
    text below it stays in the body unless a byline or date line comes after it.
    """
    limit = min(len(lines), HEAD_LINES)
    byline = byline_date = None
    byline_at = 0
    dates: list[tuple[int, PartialDate]] = []
    texts: list[int] = []
    used = 0
    while used < limit:
        line, following = lines[used].text, lines[used + 1:]
        date = parse_date_line(line)
        if date and date.year:
            dates.append((used, date))
        elif byline is None and (found := parse_byline(line, following)):
            (byline, byline_date), byline_at = found, used
        elif _is_head_text(lines[used], following, known_titles):
            texts.append(used)
        else:
            break
        used += 1
    if used == limit or used == len(lines) - 1 and _head_shaped(lines[used].text):
        # no body line closes the zone: its head text may be all the body there is
        texts, used = [], min(texts, default=used)
    if known_titles:
        title_at = next((index for index in texts if any(_same_title(lines[index].text, title)
                                                         for title in known_titles)), None)
        credits = [index for index, _ in dates] + ([byline_at] if byline is not None else [])
        if not (texts and credits and max(credits) > texts[-1]):
            used = min([index for index in texts if title_at is None or index > title_at], default=used)
    else:
        title_at = _headline_line(lines, texts)
    dated_byline_at = byline_at + 1 if byline is not None and byline_date is None else None  # "By X" + date line
    byline_date = byline_date or next((date for index, date in dates if index == dated_byline_at), None)
    text_date = next((date for index, date in dates if index != dated_byline_at), None)
    place, dateline_date, agency, skip = parse_dateline(lines[used].text) if used < len(lines) else NO_DATELINE
    return Head(title=lines[title_at].text if title_at is not None else None, byline=byline,
                byline_date=byline_date, text_date=text_date, dateline=place, dateline_date=dateline_date,
                agency=agency, lines_used=used, body_skip=skip)


def _headline_line(lines: Sequence[HeadLine], texts: Sequence[int]) -> int | None:
    """Index of the headline among the head text lines, when no title is known.

    The longest line of four words or more that is not a label (all capitals, or sections
    joined by "|"), mixed case first; failing that, the last short one, which stands just
    before the byline or the body.
    """
    headlines = [index for index in texts if not _is_label(lines[index].text)]
    long = [index for index in headlines if len(lines[index].text.split()) >= MIN_HEADLINE_WORDS]
    if long:
        return max(reversed(long), key=lambda index: (not lines[index].text.isupper(), len(lines[index].text)))
    return headlines[-1] if headlines else None


def _is_label(line: str) -> bool:
    """A section label or site name in capitals ("WORLD NEWS", "POLITICS | DEFENCE")."""
    return "|" in line or (line.isupper() and len(line.split()) < MIN_HEADLINE_WORDS)


def parse_date_line(line: str) -> PartialDate | None:
    """The date of a line that is only a date ("Friday, January 4, 2019", "Jun 25 2018, 11:15am")."""
    match = DATE_LINE_RE.fullmatch(line.strip())
    return _partial(match) if match else None


def parse_date(text: str) -> PartialDate | None:
    """The first date written in `text`, year optional."""
    match = DATE_RE.search(text)
    return _partial(match) if match else None


def _partial(match: re.Match[str]) -> PartialDate | None:
    if match["iy"]:
        year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
    elif match["m1"]:
        year, month, day = _int(match["y1"]), MONTHS[match["m1"].lower().rstrip(".")], _day(match["d1"])
    else:
        year, month, day = _int(match["y2"]), MONTHS[match["m2"].lower().rstrip(".")], _day(match["d2"])
    probe_year = year or 2000  # a leap year, so Feb 29 without a year stays possible
    return PartialDate(year, month, day) if _valid_date(probe_year, month, day) else None


def parse_byline(line: str, following: Sequence[HeadLine] = ()) -> tuple[str, PartialDate | None] | None:
    """("Jane Doe", date) from "By Jane Doe | Jun 25 2018", or from "Jane Doe, Reuters" + a date line.

    After the names may come an affiliation ("Vienna correspondent", "Reuters"), a date, or
    both, separated by "|", "," or a dash.
    """
    match = BYLINE_RE.fullmatch(line.strip())
    first = match["name"].split()[0].lower().rstrip(".,") if match else ""
    if match and first not in MONTHS and first not in WEEKDAYS:
        name, rest = match["name"], BYLINE_NOISE_RE.sub("", match["rest"]).strip(" ,|·•–—-")
        if not rest:
            return name, None
        if date := parse_date_line(rest):
            return name, date
        affiliation, _, tail = BYLINE_SEPARATOR_RE.sub("\x1f", rest, count=1).partition("\x1f")
        date = parse_date_line(tail) if tail else None
        if _is_affiliation(affiliation) and (date or not tail):
            return f"{name}, {affiliation}", date
        return None
    if NAME_AGENCY_RE.fullmatch(line.strip()) and following and parse_date_line(following[0].text):
        return line.strip(), None
    return None


def _is_affiliation(text: str) -> bool:
    """A place, desk or agency after a byline's names: a few capitalised words, no final stop."""
    return len(text.split()) <= MAX_BYLINE_TAIL_WORDS and not text.endswith(".") and text[:1].isupper()


def author_names(author: str | None) -> str | None:
    """An author field without the date a page template left in it ("Jane Doe; Fri May" -> "Jane Doe").

    A part goes only when every word in it is a weekday, a month or a number, so that a
    surname such as May stays.
    """
    if not author:
        return None
    parts = [part.strip() for part in author.split(";")]
    kept = [part for part in parts if part and not all(_is_date_word(word) for word in part.split())]
    return "; ".join(kept) or None


def _is_date_word(word: str) -> bool:
    return bool(DATE_WORD_RE.fullmatch(word))


def _is_head_text(head_line: HeadLine, following: Sequence[HeadLine], known_titles: Sequence[str] = ()) -> bool:
    """A line of the head: shaped like one (or repeating a known title) and standing alone above more text.

    Never a line that a lowercase line continues (the first line of a wrapped paragraph).
    """
    text = head_line.text
    if not following or not (_head_shaped(text) or any(_same_text(text, title) for title in known_titles)):
        return False
    after = following[0].text
    if not head_line.break_after and after[:1].islower():
        return False
    full_paragraph = after[:1].isupper() and after.endswith((".", '"', "”")) and len(after) > len(text)
    return head_line.break_after or full_paragraph or bool(parse_date_line(after) or parse_byline(after, following[1:]))


def _head_shaped(line: str) -> bool:
    """Short, capitalised, no final stop, no dateline: a site name, a label or a headline."""
    words = line.split()
    if not words or len(line) > MAX_TITLE_CHARS or len(words) > MAX_TITLE_WORDS:
        return False
    if not (line[:1].isupper() or line[:1].isdigit() or line[:1] in OPENING_QUOTES):
        return False
    if line.rstrip("\"'”’)").endswith(SENTENCE_STOPS) or words[-1].lower() in TITLE_END_WORDS:
        return False
    return not parse_dateline(line)[3]


def parse_dateline(line: str) -> tuple[str | None, PartialDate | None, str | None, int]:
    """(place, date, agency, characters used) of a dateline opening `line`, else (None, None, None, 0).

    "(Reuters) - " alone is a dateline without a place: it is cut from the text all the same.
    """
    match = DATELINE_RE.match(line)
    if not match:
        return NO_DATELINE
    place = match["place"]
    letters = [ch for ch in (place or "").split(",")[0] if ch.isalpha()]
    capitals = len(letters) >= 3 and all(ch.isupper() for ch in letters)
    if not (match["agency"] or place and (capitals or match["date"])):
        return NO_DATELINE
    date = parse_date(match["date"]) if match["date"] else None
    return place, date, match["agency"], match.end()


def date_from_url(url: str | None) -> PartialDate | None:
    """A date in a URL path (/2018/06/25/ or /2018-06-25-...); day 1 is never assumed."""
    for match in URL_DATE_RE.finditer(url or ""):
        year, month = int(match["y"]), int(match["m"])
        day = int(match["d"]) if match["d"] else None
        if day and _valid_date(year, month, day):
            return PartialDate(year, month, day)
    return None


def year_hint(url: str | None) -> tuple[int, int] | None:
    """(year, month) from a URL such as /2018/06/ when it carries no full date."""
    for match in URL_DATE_RE.finditer(url or ""):
        year, month = int(match["y"]), int(match["m"])
        if 1 <= month <= 12:
            return year, month
    return None


def normalize_date(value: str | None) -> dt.date | None:
    """An ISO date or datetime, or a written date with a year ("June 25, 2018 11:15"), as a date."""
    if not value or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    partial = parse_date_line(value)
    return partial.complete() if partial else None


def choose_published(
    given: str | None, metadata: str | None, head: Head, url: str | None
) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, basis) from the best source: given, metadata, byline, dateline, text, url."""
    url_date = date_from_url(url)
    found: list[tuple[dt.date | None, str]] = [
        (normalize_date(given), "given"),
        (normalize_date(metadata), "metadata"),
        (head.byline_date.complete() if head.byline_date else None, "byline"),
        (None, "dateline"),
        (head.text_date.complete() if head.text_date else None, "text"),
        (url_date.complete() if url_date else None, "url"),
    ]
    if head.dateline_date:
        found[3] = (_dateline_day(head.dateline_date, [day for day, _ in found if day], url), "dateline")
    for day, basis in found:
        if day:
            return day.isoformat(), basis
    return None, None


def _dateline_day(date: PartialDate, others: Sequence[dt.date], url: str | None) -> dt.date | None:
    """The dateline's date, its year taken from another date of the article when it has none."""
    if date.year:
        return date.complete()
    if others:
        return date.near(others[0])
    hint = year_hint(url)
    return date.near(_month_end(*hint)) if hint else None


def _month_end(year: int, month: int) -> dt.date:
    first_of_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def _same_text(a: str, b: str) -> bool:
    return a.casefold().split() == b.casefold().split()


def _same_title(line: str, title: str) -> bool:
    """The same headline, or one cut short of the other ("X" and "X as Y", "X - Site name")."""
    line_words, title_words = line.casefold().split(), title.casefold().split()
    shorter = min(len(line_words), len(title_words))
    return line_words == title_words or shorter >= MIN_HEADLINE_WORDS and line_words[:shorter] == title_words[:shorter]


def _valid_date(year: int | None, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) if year else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _day(value: str) -> int:
    return int(re.sub(r"\D", "", value))
