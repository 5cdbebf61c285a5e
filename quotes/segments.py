"""Split raw article text into paragraphs and tell prose from page furniture.

Each paragraph is parsed as its own spaCy Doc, so a paragraph is also the unit of parsing cost
(see ``quotes.extractor``) and the window for sentence-level rules. Offsets stay raw-text offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.furniture import COLON_DATELINE, trim_furniture
from quotes.lexicon import LABEL_INTRO, LABEL_PREFIX, speech_lemma
from quotes.syntax import SENTENCE_CUT, sentence_breaks

#: Paragraphs longer than this are cut into pieces for the parser (spaCy's default max_length is
#: 1,000,000 characters, and parse memory grows with length); pieces end at sentence ends when possible.
MAX_PIECE_CHARS = 50_000

_TERMINAL = ".!?:;\"”’»)…'"
_BULLETS = "•·▪‣◦*-–—>|"
_WORD = re.compile(r"[^\W\d_][\w’'\-.]*")
#: A quote closed by sentence punctuation and credited by a dash to a capitalised name ("“…” ― Jane
#: Doe, mayor"): prose, though the credit after the quote does not end with a full stop.
_DASH_CREDITED_QUOTE = re.compile(r"""^[“"][^“”"]+[.!?,][”"]\s*(?:―|—|–|--)\s*[A-Z@]""")
#: A short quote closed by its punctuation and followed by a short cue sentence ("“Sad!” Trump
#: tweeted.", "‘No,’ he said."): prose however few its words, when the words after it hold a cue verb.
_SHORT_CUED_QUOTE = re.compile(r"""^[“"‘'][^“”"‘’\n]{1,60}[.!?,…][”"’']\s+(?P<cue>[\w.'’ -]{1,40})[.!?]$""")


#: A writer's sign-off ("Follow Jane Roe on Twitter @janeroe."), also inside the quote marks of a
#: transcript that closes on it: page furniture, never anybody's words.
_SIGN_OFF = re.compile(r"^[\"“]?Follow\s+[^.\n]{1,60}?\s+on\s+(?:Twitter|Facebook|Instagram)\b")
#: A headline that credits its claim to a short label and a colon ("Rubio: I'm Not Interested In Being
#: Vice President"): news sites' way of quoting in a title. ``quotes.rules.labels`` decides
#: whether the label names a speaker.
_LABELLED_HEADLINE = re.compile(LABEL_PREFIX + r"(?:\S+\s+){2}\S")


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    #: True when the paragraph reads as running prose (not a headline, label, byline or bullet).
    is_prose: bool
    #: The text of an embedded social post (its markup and signature cut off, see ``quotes.furniture``).
    is_post: bool = False


def split_paragraphs(text: str, *, max_chars: int = MAX_PIECE_CHARS) -> list[Paragraph]:
    """Paragraphs of ``text`` in order, stripped of surrounding whitespace.

    Lines are paragraphs, except that a hard-wrapped line (no terminal punctuation, the next line
    starting in lower case) is joined with the next one, so wrapped prose stays one sentence stream.
    Page furniture at a paragraph's ends (a dateline, a source citation, a post's markup) is left
    outside its bounds.
    """
    spans: list[tuple[int, int]] = []
    for start, end in _line_spans(text):
        if spans and _continues_previous(text, spans[-1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    paragraphs: list[Paragraph] = []
    # one line opening "PLACE: " is a dateline; several are a transcript's speaker labels
    colon_dateline = sum(1 for line_start, line_end in spans if COLON_DATELINE.match(text[line_start:line_end])) == 1
    for line_start, line_end in spans:
        kept = trim_furniture(text, line_start, line_end, colon_dateline=colon_dateline)
        if kept.start == kept.end:  # nothing but furniture: kept whole, never read
            if kept.closes_post and paragraphs and not paragraphs[-1].is_post:
                paragraphs[-1] = _as_post(text, paragraphs[-1])  # the signature's own line
            paragraphs.append(Paragraph(line_start, line_end, False, kept.is_post))
            continue
        # A post needs no closing punctuation to be prose: posts seldom end a sentence properly; nor
        # does a caption, whose credit closed it.
        prose = looks_like_prose(text[kept.start : kept.end], ends_sentence=not (kept.is_post or kept.credited))
        for piece_start, piece_end in _cut(text, kept.start, kept.end, max_chars):
            paragraphs.append(Paragraph(piece_start, piece_end, prose, kept.is_post))
    return _items_under_headings(text, paragraphs)


#: A section heading inside an article: a short line in capitals ("UP NEXT", "KEY MOMENT", "THE
#: TAKEAWAY"), as wire sports recaps and explainers set them; not a transcript's "(END VIDEO CLIP)".
_SECTION_HEADING = re.compile(r"^[A-Z][A-Z’'&-]*(?: [A-Z][A-Z’'&-]*){0,3}$")


def _items_under_headings(text: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """"Team: Host Edmonton on Tuesday." lines right under a section heading are the writer's list items
    (a schedule, notes per team), not a speaker label's words: page furniture, like the heading. Labels
    in capitals ("ROE: …") are a transcript's turns and stay."""
    under_heading = False
    for i, paragraph in enumerate(paragraphs):
        words = text[paragraph.start : paragraph.end]
        if not paragraph.is_prose and _SECTION_HEADING.match(words):
            under_heading = True
        elif under_heading and LABEL_INTRO.match(words) and not words.split(":")[0].isupper():
            paragraphs[i] = Paragraph(paragraph.start, paragraph.end, False, paragraph.is_post)
        else:
            under_heading = False
    return paragraphs


def _as_post(text: str, paragraph: Paragraph) -> Paragraph:
    prose = looks_like_prose(text[paragraph.start : paragraph.end], ends_sentence=False)
    return Paragraph(paragraph.start, paragraph.end, prose, is_post=True)


def _line_spans(text: str):
    for match in re.finditer(r"[^\r\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


#: A line that credits the quote above it by a dash ("— Merritt resident Jane Roe"), the way pull quotes
#: and epigraphs are set: short, a credit dash, then a capitalised name.
_CREDIT_LINE = re.compile(r"(?:―|—|–|--)\s*[A-Z][^\n]{0,80}$")
#: The rest of a line, whichever break ends it (old Mac text ends lines with a bare carriage return).
_LINE = re.compile(r"[^\r\n]*")
#: A line that is one quote and nothing else, closed on its sentence's punctuation.
_QUOTE_LINE = re.compile(r"""[“"][^“”"\n]+[.!?,][”"]$""")


def _continues_previous(text: str, previous: tuple[int, int], start: int) -> bool:
    gap = text[previous[1] : start]
    breaks = gap.count("\n") + gap.count("\r") - gap.count("\r\n")
    if breaks in (1, 2) and _credits_quote_above(text, previous, start):
        return True  # a pull quote's credit line, also across one blank line
    if breaks != 1:
        return False  # a blank line always separates paragraphs
    last = text[previous[1] - 1]
    return last not in _TERMINAL and text[start].islower()


def _credits_quote_above(text: str, previous: tuple[int, int], start: int) -> bool:
    """A pull quote set on its own line with its credit on the next ("“…”" / "— Jane Roe, resident"):
    the credit line joins the quote, so the dash credits it as on one line (``rules.direct.dash_credit``);
    a blank line between them is common in pages saved as text."""
    line = _LINE.match(text, start).group().rstrip()
    return bool(_CREDIT_LINE.match(line)) and bool(_QUOTE_LINE.fullmatch(text[previous[0] : previous[1]]))


def _cut(text: str, start: int, end: int, max_chars: int):
    """Pieces of at most ``max_chars``, cut after a sentence end, else at whitespace, else anywhere."""
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cut = 0
        for match in SENTENCE_CUT.finditer(window, max_chars // 2):
            cut = match.end()
        if not cut:
            cut = window.rfind(" ", max_chars // 2) + 1
        if cut <= 0:
            cut = max_chars
        piece_end = start + cut
        trimmed_end = piece_end
        while trimmed_end > start and text[trimmed_end - 1].isspace():
            trimmed_end -= 1
        yield start, trimmed_end
        start = piece_end
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def _short_cued_quote(paragraph: str) -> bool:
    match = _SHORT_CUED_QUOTE.match(paragraph)
    return match is not None and any(speech_lemma(word) for word in match.group("cue").split())


def looks_like_prose(paragraph: str, *, ends_sentence: bool = True) -> bool:
    """Headlines, section labels, bylines and bullet items are not prose and never yield quotes.

    Why these tests: news pages wrap the article in short unpunctuated lines ("INTERNATIONAL > Asia",
    "• Ukraine", a headline) and title-cased headlines; running text ends its paragraph with sentence
    punctuation (or a closing quote mark) and is mostly lower-case words.
    """
    stripped = paragraph.strip()
    if not stripped or stripped[0] in _BULLETS and (len(stripped) < 2 or stripped[1] == " "):
        return False
    if _SIGN_OFF.match(stripped):
        return False
    words = _WORD.findall(stripped)
    if stripped[-1] == ":" and len(words) >= 2:
        return True  # "Cruz continued:", "Jane Doe, The Daily Record:": an introduction, never a headline
    if len(words) < 4:
        return _short_cued_quote(stripped)
    if ends_sentence and stripped[-1] not in _TERMINAL and not _DASH_CREDITED_QUOTE.match(stripped):
        finished = finished_sentences(stripped)
        return finished is not None and looks_like_prose(finished)
    if title_cased(stripped):
        # a headline, unless it credits its claim to a label ("Rubio: I'm Not Running Again")
        return _LABELLED_HEADLINE.match(stripped) is not None
    return True


def finished_sentences(paragraph: str) -> str | None:
    """The paragraph up to its last full stop, when words without closing punctuation follow it.

    Why: a headline has no full stop in it, but running text can trail off after its last sentence:
    a photo credit, a cut-off sentence, a "More to come". Whether such a paragraph is prose is
    decided on its finished sentences, so the trailing words cannot hide the quotes before them.
    """
    stops = [m for m in sentence_breaks(paragraph) if "." in m.group()]
    return paragraph[: stops[-1].end()].rstrip() if stops else None


def title_cased(text: str) -> bool:
    """A Title-Cased Headline: nearly all its longer words capitalised."""
    long_words = [w for w in _WORD.findall(text) if len(w) >= 4]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 3 and capitalised / len(long_words) >= 0.8
