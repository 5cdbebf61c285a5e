"""Photo credits closing a line: page furniture, never a speaker, a mention or part of a quote.

Where the forms come from: the news agencies' own caption conventions — The Canadian Press
("THE CANADIAN PRESS/Photographer"), the Associated Press ("AP Photo/Photographer", "(AP Photo/Photographer,
File)"), Reuters ("REUTERS/Photographer"), AFP, EPA and UPI ("AFP/Photographer"), Getty Images
("Photographer/Getty Images", "AFP via Getty Images") — and the credit lines newspapers write themselves
("Photo by Name/Agency", "(Photo: Name, Outlet)", "File photo").

Conservative on purpose: a credit is cut only where it closes the line — in brackets, after a finished
sentence, or as the whole line — and only in these forms (an agency in its credit spelling with a
slash and a name, "Photo by", "Photo:", "Getty Images", "File photo"). Prose that names an agency
("The Canadian Press reported …", "a Reuters/Ipsos poll", "the AP photo showed …") keeps every word.
"""

from __future__ import annotations

import re

#: Agencies as their captions spell them before "/Photographer".
SLASH_AGENCIES: tuple[str, ...] = (
    "THE CANADIAN PRESS",
    "The Canadian Press",
    "AP Photo",
    "AP PHOTO",
    "REUTERS",
    "AFP PHOTO",
    "AFP",
    "EPA-EFE",
    "EPA",
    "UPI Photo",
    "UPI",
)
#: Words that introduce the photographer's name in a newspaper's own credit line.
CREDIT_LEADS: tuple[str, ...] = (
    "Photo by",
    "Photos by",
    "PHOTO BY",
    "Photograph by",
    "Image by",
    "Photo courtesy of",
    "Courtesy of",
)
CREDIT_LABELS: tuple[str, ...] = ("Photo", "Photos", "PHOTO", "Image", "Credit", "Photo credit")

#: A photographer's or an outlet's name: capitalised words, with the particles of names and outlets
#: between them ("Office of the Premier", "The Globe and Mail"), parts joined by a dash ("HO - Office …").
_PARTICLES = "de|da|di|du|van|von|der|den|la|le|del|bin|al|of|the|and|for"
_NAME = rf"[A-Z][\w'’.-]*(?:(?:\s[-–]\s|[ -])(?:[A-Z][\w'’.-]*|{_PARTICLES})){{0,6}}"
_NAMES = rf"{_NAME}(?:\s?[/,]\s?{_NAME}){{0,2}}"


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in words)


_CREDIT = (
    rf"(?:(?:{_alternatives(SLASH_AGENCIES)})(?:/{_NAME}){{1,3}}(?:,\s?(?:File|FILE|Pool|POOL|HO))?"
    rf"|(?:{_NAME}(?:/{_NAME}){{0,2}}(?:/| via ))?Getty Images(?: for {_NAME})?"
    rf"|(?:{_alternatives(CREDIT_LEADS)}) {_NAMES}"
    rf"|(?:{_alternatives(CREDIT_LABELS)}):\s?{_NAMES}"
    rf"|(?:File|FILE) (?:photo|Photo|PHOTO))"
)
#: The broadcasters' and papers' bracketed caption credit, photographer then outlet ("(Jane Roe/CBC)",
#: "(Jane Roe/The Canadian Press)"), also closing a caption set in square brackets: only in brackets
#: after a finished sentence and with a full name of two to four words before the slash, so that a
#: bracketed poll or agency pair ("(Reuters/Ipsos)", "fell (Angus Reid/Postmedia).") is no credit.
_PHOTOGRAPHER_SLASH = rf"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,3}}/{_NAME}"
#: A credit closing a line: in brackets after anything, or bare as the whole line or after a finished
#: sentence (a full stop, or a closing mark after one).
_CLOSING_CREDIT = re.compile(
    rf"\s*(?P<bracketed>[(\[]{_CREDIT}\.?[)\]])\.?\s*$"
    rf"|(?<=[.!?])\s*(?P<photographer>\({_PHOTOGRAPHER_SLASH}\))\]?\s*$"
    rf"|(?:^|(?<=[.!?…”\"’»)])\s+)(?P<bare>{_CREDIT})\.?\s*$"
)
#: Credits are short: only the end of a long line is searched.
_CREDIT_WINDOW = 200


def credit_start(line: str, start: int, end: int) -> int | None:
    """Where the photo credits closing ``line[start:end]`` begin, or None when it ends without one."""
    cut = None
    while start < end:
        match = _CLOSING_CREDIT.search(line, max(start, end - _CREDIT_WINDOW), end)
        if match is None:
            break
        cut = end = match.start(next(group for group in ("bracketed", "photographer", "bare") if match.group(group)))
    return cut
