"""From a raw `Article` to the `CleanArticle` the coder reads.

HTML goes through trafilatura first; its extracted text then counts as the raw text. Site
furniture (navigation, cookie notices, appeals, credits, widgets, repeated blocks) is dropped
line by line, and what is kept is copied unchanged in `segments`, so every offset in the
cleaned text maps back to the raw text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import trafilatura

from detente.ingest.metadata import HEAD_LINES, HeadLine, author_names, choose_published, read_head
from detente.records import Article, CleanArticle, Segment

PARAGRAPH_BREAK = "\n\n"
MIN_DEDUP_CHARS = 40  # shorter repeated lines ("The message said:", table rows) are left alone
MAX_FURNITURE_CHARS = 300  # furniture lines are short: longer lines are text
MAX_WIDGET_ITEM_CHARS = 120
SENTENCE_ENDS = frozenset('.!?"”’')
LINE_RE = re.compile(r"[^\r\n]+")
TEMPLATE_RE = re.compile(r"\{\{[^{}\n]{0,200}\}\}|\{%[^{}\n]{0,200}%\}")
SEPARATOR_RE = re.compile(r"\s*(?:[|•·»›]|\s/\s)\s*")
WORD_SPLIT_RE = re.compile(r"[\s|•·»›,]+")

# Appeals and prompts: also furniture when a short lead-in goes before them ("Have your say: leave a
# comment below", "Enjoyed this article? Support independent journalism.").
_APPEAL_PATTERNS = (
    # donation and newsletter appeals
    r"(?:please )?support (?:us|(?:[\w-]+ ){0,2}journalism)\b.*",
    r".*\bis (?:reader|member|listener|subscriber)[- ]funded\b.*",
    r"(?:donate|give|contribute) (?:now|today)\b.*",
    r"(?:become|join us as) an? (?:member|subscriber|supporter|patron)\b.*",
    r"since you(?:'|’)re here\b.*|we have a small favou?r to ask\b.*",
    r"subscribe(?: now| today| here| for free)?[.!]?|subscribe to (?:our|the) .*",
    r"(?:sign up|register|subscribe) (?:for|to) (?:our|the|a|my) (?:[\w'’-]+ ){0,4}"
    r"(?:newsletters?|briefings?|bulletins?|digests?|alerts?)\b.*",
    r"get (?:our|the) (?:[\w'’-]+ ){0,4}newsletter\b.*|newsletters?\s*:.*",
    # live-coverage banners
    r"(?:breaking(?: news)?|developing(?: story)?|live)\s*:\s*(?:follow|read|watch|see|get)\b.*",
    r"follow (?:our|the) live (?:blog|coverage|updates)\b.*",
    # social media prompts
    r"follow (?:us|@?[\w.'’-]+(?: [\w.'’-]+){0,4}) on (?:twitter|facebook|instagram|linkedin|telegram|youtube"
    r"|tiktok|x|threads|mastodon|bluesky|social media)\b.*",
    r"like us on facebook\b.*",
    # comment prompts
    r"(?:leave|post|add|write) a (?:comment|reply)\b.*|comments? (?:are|is) (?:now )?(?:closed|disabled)\b.*",
    r"\d+ comments?|comments?(?: \(\d+\))?|(?:view|show|load|read)(?: all| more)? comments"
    r"|be the first to comment\b.*|join the (?:discussion|conversation)\b.*",
    r"(?:please )?(?:log ?in|sign in|register)\b.{0,60}\b(?:comment|discussion|conversation)\b.*",
)
_FURNITURE_PATTERNS = (
    *_APPEAL_PATTERNS,
    # reading times, relative times
    r"\d+\s*min(?:ute)?s?\s+read|(?:(?:last\s+)?(?:published|updated|posted)\s*:?\s*)?"
    r"(?:\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago",
    # skip links, loaders, advertising slots
    r"skip to (?:the )?(?:main )?(?:content|navigation|menu|main menu)|jump to (?:main )?(?:navigation|content)",
    r"loading,? please wait(?:\.{3}|…)?|loading(?:\.{3}|…)|please wait(?:\.{3}|…)",
    r"advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?"
    r"|continue reading(?: the main story| below)?|scroll (?:down )?to continue(?: with content)?",
    # cookie notices
    r"(?:we|this (?:web)?site|our (?:web)?site)(?: also)? uses? cookies\b.*",
    r".*\b(?:accept|allow|manage|reject)(?: all)? cookies\b.*",
    r".*\bcookie (?:policy|settings|preferences|consent|notice)\b.*",
    r"by (?:continuing|using)(?: to (?:use|browse))? (?:this|our) (?:web)?site\b.*",
    # share buttons
    r"share(?: this)?(?: article| story| page| post)?(?: (?:on|via) (?:facebook|twitter|x|linkedin|whatsapp|e-?mail"
    r"|reddit|telegram|messenger))?:?",
    # links out
    r"our standards:.*",
    r"click here\b.*|(?:watch|listen)(?: now| live)?\s*:.*|(?:image|photo) (?:copyright|caption|source)\b.*",
    # copyright lines
    r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})).*|.*\ball rights reserved\.?",
    # related-article widgets: the header alone, or the header and a colon and a link
    r"(?:related|read more|read also|also read|see also|more on this(?: story)?|recommended(?: for you)?"
    r"|you (?:may|might) also (?:like|be interested in)|more from [\w .'’-]{1,40}|most (?:popular|read|viewed)"
    r"|trending(?: now)?|related (?:articles?|stories|coverage|content|topics|news|links))"
    r"(?:\s*[:»›|]\s*.*)?",
    # photo credits making a whole line
    r"(?:photo|image|picture|photograph|illustration|video)s?(?: credit)?\s*(?:by)?\s*[:|]\s*.{1,80}"
    r"|credits?\s*:\s*.{1,80}|\(?(?:AP Photo|Getty Images|Reuters|AFP|EPA(?:-EFE)?|Xinhua|Shutterstock|Alamy)"
    r"(?:\s*/\s*.{1,60})?\)?",
)
FURNITURE_RE = re.compile("|".join(f"(?:{pattern})" for pattern in _FURNITURE_PATTERNS), re.IGNORECASE)
APPEAL_RE = re.compile("|".join(f"(?:{pattern})" for pattern in _APPEAL_PATTERNS), re.IGNORECASE)
# Where a line splits into a lead-in and what follows: after a sentence stop or a colon.
LEAD_IN_SPLIT_RE = re.compile(r"(?<=[.?!:])\s+")
MAX_LEAD_IN_WORDS = 5  # fewer words than a sentence worth keeping
# A caption line: "(Photo: ... AFP/Getty Images)", "Photograph: ... (Getty Images)", whatever its length.
CAPTION_RE = re.compile(r"\(?(?:photo|image|picture|photograph|illustration)s?(?: caption)?\s*:\s.*", re.IGNORECASE)
# A list bullet or number opening a widget link ("- Timeline: ...", "2. North Korea: ...").
BULLET_RE = re.compile(r"(?:[-–•*·]|\d{1,2}[.)])\s+")
# Menus whose items are set apart by runs of spaces ("World  Middle East  Europe").
SPACED_SEPARATOR_RE = re.compile(r"\s{2,}")
# "HANS PUNZ/AFP/Getty Images", "REUTERS/Kim Hong-Ji", "(AP Photo/Ahn Young-joon)": a credit, the whole line.
AGENCY_CREDIT_RE = re.compile(
    r"\(?[\w .'’-]{0,60}/(?:AFP|Getty Images|Reuters|REUTERS|AP|EPA|EPA-EFE|Xinhua|KCNA|Yonhap|Bloomberg|dpa)"
    r"(?:/[\w .'’-]{1,40})?(?: via Getty Images)?\)?\.?"
)
# "Reporting by Jane Doe; Editing by John Roe": wire-copy credits (capitalised name, no final period).
TRAILER_RE = re.compile(r"\(?(?:(?:Additional r|R)eporting|Writing|Editing|Compiled) by [A-Z][^.]*(?:\.\)|\))?")
# "... at the summit. Image: Jane Doe." - a credit closing a caption line: cut, the caption kept.
CREDIT_TAIL_RE = re.compile(r"[(\[]?(?:Photo|Image|Picture|Photograph)s?(?: credit)?:\s*[^:()\[\]]{1,80}[)\]]?\.?$")
# Headers whose following lines are the widget's links ("You may also like" + headlines).
WIDGET_HEADER_RE = re.compile(
    r"(?:related(?: articles?| stories| coverage| content| news| links)?|read more|more on this(?: story)?"
    r"|recommended(?: for you)?|you (?:may|might) also (?:like|be interested in)|more from [\w .'’-]{1,40}"
    r"|most (?:popular|read|viewed)|trending(?: now)?|see also)\s*:?",
    re.IGNORECASE,
)
NAV_WORDS = frozenset("""
home news world politics business opinion opinions sport sports tech technology science health culture
entertainment arts lifestyle life style travel video videos podcast podcasts photos pictures weather markets
economy money local national international us u.s. uk asia europe africa americas middle east latin america
australia climate environment education menu search login logout sign in up register account subscribe more
latest live topics sections about contact careers advertise privacy policy terms of use cookies newsletters
newsletter games food books music film tv media magazine weekend investigations features analysis editorials
letters obituaries jobs crime defence defense security diplomacy elections back to top next previous article
share tweet facebook twitter x linkedin whatsapp telegram reddit email e-mail print pinterest copy link messenger
flipboard instagram youtube rss close open all e-paper epaper
""".split())
UI_WORDS = frozenset({"menu", "search", "share", "tweet", "print", "email", "e-mail", "home", "close", "login",
                      "subscribe", "newsletters", "trending", "topics", "sections"})
NAV_FILLERS = frozenset({"of", "in", "up", "to", "and", "&", "all", "open", "close", "more"})
MIN_MENU_ITEMS = 3
MIN_BARE_MENU_WORDS = 4
MAX_MENU_ITEM_WORDS = 4
MAX_MENU_ITEM_CHARS = 30


@dataclass(frozen=True)
class HtmlPage:
    """What trafilatura found in an HTML page: the text and its metadata."""

    text: str
    title: str | None
    author: str | None
    date: str | None


@dataclass(frozen=True)
class Line:
    """A kept line raw[start:end]; `new_paragraph` after a blank or dropped line."""

    start: int
    end: int
    new_paragraph: bool
    indented: bool


@dataclass(frozen=True)
class Piece:
    """A kept stretch of raw text [start, end); `joiner` goes before it, None = the raw gap is kept."""

    start: int
    end: int
    joiner: str | None


def clean_article(article: Article) -> CleanArticle:
    """The cleaned text with offsets into the raw text, and the metadata found on the way."""
    page = extract_html(article.text) if article.is_html else None
    raw = page.text if page else article.text
    pieces = kept_pieces(raw, one_paragraph_per_line=page is not None)
    known_titles = [title for title in (article.title, page.title if page else None) if title]
    head = read_head(head_lines(raw, pieces), known_titles)
    body = _after_head(pieces, head.lines_used, head.body_skip, raw)
    text, segments = assemble(raw, body)
    published, basis = choose_published(article.published, page.date if page else None, head, article.url)
    return CleanArticle(
        doc_id=article.doc_id,
        text=text,
        raw_text=raw,
        segments=segments,
        title=article.title or head.title or (page.title if page else None),
        byline=head.byline or (author_names(page.author) if page else None),
        published=published,
        published_basis=basis,
        dateline=head.dateline,
        url=article.url,
        source=article.source or head.agency,
        origin=article.origin,
        content_hash=article.content_hash(),
    )


def extract_html(html: str) -> HtmlPage:
    """Main text and metadata of a page.

    The date comes only from the page's own markup: no guessing from the body text, and not from
    the URL, which `choose_published` reads itself so that the basis says "url".
    """
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return HtmlPage("", None, None, None)
    return HtmlPage(document.text or "", document.title or None, document.author or None, document.date or None)


def kept_pieces(raw: str, one_paragraph_per_line: bool = False) -> list[Piece]:
    """The stretches of `raw` that are not furniture, each with what joins it to the one before."""
    pieces: list[Piece] = []
    seen: set[str] = set()
    after_drop = False
    for block in blocks(raw, content_lines(raw), one_paragraph_per_line):
        key = " ".join(" ".join(raw[line.start:line.end] for line in block).split()).casefold()
        if len(key) >= MIN_DEDUP_CHARS and key in seen:
            after_drop = True
            continue
        seen.add(key)
        for index, line in enumerate(block):
            new_paragraph = one_paragraph_per_line or line.new_paragraph or (after_drop and index == 0)
            for part, (start, end) in enumerate(_without_templates(raw, line.start, line.end)):
                pieces.append(Piece(start, end, " " if part else PARAGRAPH_BREAK if new_paragraph else None))
        after_drop = False
    return pieces


def content_lines(raw: str) -> Iterator[Line]:
    """The lines of `raw` that are not furniture, photo credits cut off their ends."""
    new_paragraph = True
    in_widget = False
    previous_end = 0
    for match in LINE_RE.finditer(raw):
        start, end = _strip(raw, match.start(), match.end())
        if start == end or raw.count("\n", previous_end, start) > 1:
            new_paragraph, in_widget = True, False
        if start == end:
            continue
        previous_end = end
        line = raw[start:end]
        if in_widget and _is_widget_item(line):
            new_paragraph = True
            continue
        in_widget = bool(WIDGET_HEADER_RE.fullmatch(line))
        end = start + _credit_cut(line)
        # a line of mere punctuation ('..."' closing a wrapped quote) is text unless it stands alone
        stray = new_paragraph and not any(ch.isalnum() for ch in raw[start:end])
        if start == end or stray or is_furniture(raw[start:end]):
            new_paragraph = True
            continue
        yield Line(start, end, new_paragraph, indented=start > match.start())
        new_paragraph = False


def blocks(raw: str, lines: Iterable[Line], one_paragraph_per_line: bool) -> Iterator[list[Line]]:
    """Lines grouped into paragraphs, the unit of de-duplication.

    A paragraph ends at a blank or dropped line, before an indented line (wire copy), and after
    a line closing a sentence, so two versions of one wrapped paragraph that share some lines
    are never confused.
    """
    block: list[Line] = []
    for line in lines:
        closes_sentence = bool(block) and raw[block[-1].end - 1] in SENTENCE_ENDS
        if block and (one_paragraph_per_line or line.new_paragraph or line.indented or closes_sentence):
            yield block
            block = []
        block.append(line)
    if block:
        yield block


def is_furniture(line: str) -> bool:
    """A line of site furniture: navigation, notices, appeals, prompts, credits, copyright."""
    if TEMPLATE_RE.search(line) and not any(ch.isalnum() for ch in TEMPLATE_RE.sub("", line)):
        return True
    if len(line) > MAX_FURNITURE_CHARS:
        return False
    credit = AGENCY_CREDIT_RE.fullmatch(line) or TRAILER_RE.fullmatch(line) or CAPTION_RE.fullmatch(line)
    return bool(FURNITURE_RE.fullmatch(line) or credit) or is_menu(line) or is_appeal(line)


def is_appeal(line: str) -> bool:
    """An appeal or prompt after a short lead-in: "Never miss a story: sign up for our newsletter.".

    Only appeals and prompts count after a lead-in, never credits or labels, so that a short
    news sentence followed by, say, "Reuters" is kept.
    """
    lead_in, *rest = LEAD_IN_SPLIT_RE.split(line)
    return len(lead_in.split()) <= MAX_LEAD_IN_WORDS and any(APPEAL_RE.fullmatch(part) for part in rest)


def is_menu(line: str) -> bool:
    """Navigation: "Home | World | Politics", "Home › World", "Home World Politics Business", "Menu".

    Menu words without separators must be capitalised and at least four, so that a hard-wrapped
    news line such as "Analysis and Technology" is never taken for a menu.
    """
    if line.endswith("."):
        return False
    items = [item for item in SEPARATOR_RE.split(line) if item]
    breadcrumb = "›" in line or "»" in line
    if len(items) >= (2 if breadcrumb else MIN_MENU_ITEMS) and all(_is_menu_item(item) for item in items):
        return True
    spaced = SPACED_SEPARATOR_RE.split(line.strip())
    if len(spaced) >= MIN_MENU_ITEMS and all(_is_menu_item(item) for item in spaced) and _mostly_nav(line):
        return True
    words = [word for word in WORD_SPLIT_RE.split(line) if word]
    if len(words) == 1:
        return words[0].casefold() in UI_WORDS
    menu_words = [word for word in words if word.casefold() not in NAV_FILLERS]
    return len(menu_words) >= MIN_BARE_MENU_WORDS and all(
        word.casefold() in NAV_WORDS and word[0].isupper() for word in menu_words
    )


def _is_menu_item(item: str) -> bool:
    """A short capitalised link ("South Asia", "e-Paper"), or a notice such as "(c) 2025 Example News"."""
    words = item.split()
    if FURNITURE_RE.fullmatch(item):
        return True
    return (len(words) <= MAX_MENU_ITEM_WORDS and len(item) <= MAX_MENU_ITEM_CHARS
            and (item[0].isupper() or item[0].isdigit() or item.casefold() in NAV_WORDS) and not item.endswith("."))


def _mostly_nav(line: str) -> bool:
    """At least half the words are menu words: a table header is capitalised too, but not made of these."""
    words = [word.casefold() for word in WORD_SPLIT_RE.split(line) if word]
    return 2 * sum(word in NAV_WORDS or word in NAV_FILLERS for word in words) >= len(words)


def _is_widget_item(line: str) -> bool:
    """A link under a related-articles header: a short headline without a final period."""
    line = BULLET_RE.sub("", line, count=1) if BULLET_RE.match(line) else line
    return len(line) <= MAX_WIDGET_ITEM_CHARS and not line.endswith((".", ":")) and line[:1].isupper()


def _credit_cut(line: str) -> int:
    """Length of `line` without a photo credit closing it."""
    match = CREDIT_TAIL_RE.search(line)
    return len(line[: match.start()].rstrip()) if match else len(line)


def _without_templates(raw: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The parts of raw[start:end] between template leftovers such as {{ ad_slot }}."""
    position = start
    for match in TEMPLATE_RE.finditer(raw, start, end):
        part = _strip(raw, position, match.start())
        if part[0] < part[1]:
            yield part
        position = match.end()
    part = _strip(raw, position, end)
    if part[0] < part[1]:
        yield part


def _strip(raw: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of raw[start:end] without the whitespace around it."""
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def head_lines(raw: str, pieces: Sequence[Piece]) -> list[HeadLine]:
    """The first kept lines, each marked when a paragraph break follows it."""
    starts = _line_starts(pieces)[: HEAD_LINES + 1]
    following = [*starts[1:], None]
    return [
        HeadLine(_line_at(raw, pieces[index]), after is None or pieces[after].joiner == PARAGRAPH_BREAK)
        for index, after in zip(starts, following)
    ]


def _line_starts(pieces: Sequence[Piece]) -> list[int]:
    """Indexes of the pieces that open a line (the others follow a template leftover in it)."""
    return [index for index, piece in enumerate(pieces) if piece.joiner != " " or index == 0]


def _line_at(raw: str, piece: Piece) -> str:
    """The whole kept line a piece starts (template leftovers inside it removed)."""
    line_end = raw.find("\n", piece.start)
    return TEMPLATE_RE.sub(" ", raw[piece.start: line_end if line_end != -1 else len(raw)]).strip()


def _after_head(pieces: Sequence[Piece], lines_used: int, body_skip: int, raw: str) -> list[Piece]:
    """The pieces left once the head lines are taken out and the dateline cut off the first line."""
    starts = _line_starts(pieces)
    if lines_used >= len(starts):
        return []
    body = list(pieces[starts[lines_used]:])
    first = body[0]
    start = _strip(raw, min(first.start + body_skip, first.end), first.end)[0]
    if start == first.end:
        return body[1:]
    body[0] = Piece(start, first.end, PARAGRAPH_BREAK)
    return body


def assemble(raw: str, pieces: Sequence[Piece]) -> tuple[str, tuple[Segment, ...]]:
    """Join the pieces into the cleaned text, recording where each run came from in `raw`."""
    parts: list[str] = []
    segments: list[Segment] = []
    length = 0
    for piece in pieces:
        if piece.joiner is None and segments:
            last = segments[-1]
            piece_text = raw[last.raw_start + last.length: piece.end]
            segments[-1] = Segment(last.clean_start, last.raw_start, last.length + len(piece_text))
        else:
            joiner = piece.joiner if parts else ""
            parts.append(joiner)
            length += len(joiner)
            piece_text = raw[piece.start: piece.end]
            segments.append(Segment(length, piece.start, len(piece_text)))
        parts.append(piece_text)
        length += len(piece_text)
    return "".join(parts), tuple(segments)
