"""Page furniture at the ends of a line: what is cut off before the line is read as a paragraph.

- a dateline opening a story ("LOS ANGELES, Feb. 2 (UPI) — ", "New York (AFP) – "): a place and an
  agency, never a speaker or a mention;
- a source citation closing a round-up item ("… [Reuters.]", "[Remarks to a bank, 10/7/14.]");
- a photo credit closing a caption ("… on Tuesday. THE CANADIAN PRESS/Adrian Wyld", "(AP Photo/Evan
  Vucci, File)"; the forms in ``quotes.credits``);
- the remnants of an embedded social post: markup tags with ids, authors and timestamps, trailing
  "pic.twitter.com/…" and "https://t.co/…" links, and the signatures "— Name (@handle) June 5, 2016"
  and "A post shared by Name (@handle) on Jun 5, 2016 at 3:21pm PDT".
  The post's own text stays (a paragraph marked ``is_post``), so a post the article introduces can still
  be quoted; a line that is nothing but furniture is left empty.

Why cut rather than skip: spaCy reads "MACAU (Reuters) – Top donor Sheldon Adelson said" with the city as
subject, and a tag's `author="@X"` as a name; text the parser never sees can be neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.credits import credit_start
from quotes.syntax import DATELINE_PREFIX

#: "NEW DELHI: " / "MUMBAI, March 5: " opening a story: the colon dateline of South Asian papers, a
#: place in capitals (and a date) before a colon. Without a date it reads like a transcript's speaker
#: label ("SANDERS: We need …"), so ``quotes.segments`` cuts it only when it is the one such line, and
#: never before a first- or second-person opening, which is somebody speaking. Three capitals at least:
#: "AP: …", "UN: …" credit a source.
COLON_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{2,30}(?P<date>,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?:\s+(?=[A-Z])"
    r"(?!(?:I|I'm|I’m|We|We're|We’re|You|My|Our|Your|Let's|Let’s)\b)"  # a speaker's first words
)
#: A source in square brackets after the last sentence of a round-up item.
_SOURCE_CITATION = re.compile(r"(?<=[.!?”\"’])\s*\[[^\[\]\n]{1,80}\]\.?\s*$")
#: A markup tag (with attributes) or a closing / self-closing tag.
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w-]+(?:=\"[^\"\n]*\")?)*\s*/?>")
_LEADING_TAGS = re.compile(rf"^(?:\s*{_TAG.pattern})+\s*")
_TRAILING_TAGS = re.compile(rf"(?:\s*{_TAG.pattern})+\s*\.?\s*$")
#: The rest of a tag whose attributes began on the line before (`… tweet-date="March 9, 2016` ⏎ `">Text`).
_TAG_TAIL = re.compile(r'^[^<>"\n]*">\s*')
#: A tag left open at the end of a line (its attributes run on to the next line).
_OPEN_TAG = re.compile(r"^\s*<[A-Za-z][\w-]*\s[^>]*$")
_POST_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S*|https?://t\.co/\S*))+\s*$")
#: "— Jane Doe (@janedoe) June 5, 2016" closing an embedded post.
_POST_SIGNATURE = re.compile(
    r"\s*[—–-]+\s*[^—–\n]{1,80}?\s*\(@\w{1,30}\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*$"
)

#: Instagram's caption line: "A post shared by Jane Doe (@janedoe) on Jun 5, 2016 at 3:21pm PDT".
_SHARED_BY = re.compile(
    r"\s*A (?:photo|video|post) shared by [^\n]{1,80}?\(@[\w.]{1,30}\) on [A-Z][a-z]+\.? \d{1,2}, \d{4}"
    r"(?: at \d{1,2}:\d{2}\s?[ap]m(?: [A-Z]{2,4})?)?\s*$"
)


@dataclass(frozen=True)
class Trimmed:
    """What is left of a line: ``[start, end)`` (empty when it was all furniture)."""

    start: int
    end: int
    #: The line is (the text of) an embedded social post.
    is_post: bool
    #: The line is nothing but a post's signature or links: the post's text is the line before.
    closes_post: bool = False
    #: A photo credit closed the line: what is left is a caption, text even without a full stop.
    credited: bool = False


def trim_furniture(text: str, start: int, end: int, *, colon_dateline: bool = False) -> Trimmed:
    """The line ``text[start:end]`` without the page furniture at its ends; with ``colon_dateline``,
    a place in capitals and a colon opening it is a dateline even without a date."""
    line = text[start:end]
    if _OPEN_TAG.match(line):
        return Trimmed(start, start, True)
    head, tail, is_post, tagged, credited = 0, len(line), False, False, False
    for pattern in (_LEADING_TAGS, _TAG_TAIL if _TRAILING_TAGS.search(line) else None):
        match = pattern.match(line) if pattern is not None else None
        if match:
            head, is_post, tagged = match.end(), True, True
    changed = True
    while changed and head < tail:  # tags, links and signature close a post in any order
        changed = False
        for pattern in (_TRAILING_TAGS, _POST_LINKS, _POST_SIGNATURE, _SHARED_BY):
            match = pattern.search(line, head, tail)
            if match and match.start() < tail:
                tail, is_post, changed = match.start(), True, True
                tagged = tagged or pattern is _TRAILING_TAGS
    if not is_post:
        dateline = DATELINE_PREFIX.match(line)
        colon = COLON_DATELINE.match(line)
        if dateline is None and colon and (colon_dateline or colon.group("date")):
            dateline = colon
        if dateline and dateline.end() >= tail:
            return Trimmed(start, start, False)  # a dateline on a line of its own
        if dateline:
            head = dateline.end()
        citation = _SOURCE_CITATION.search(line, head, tail)
        if citation and citation.start() > head:
            tail = citation.start()
        credit = credit_start(line, head, tail)
        if credit is not None:
            tail, credited = credit, True
    if is_post and not any(c.isalnum() for c in line[head:tail]):
        return Trimmed(start, start, True, closes_post=not tagged)
    while head < tail and line[head].isspace():
        head += 1
    while tail > head and line[tail - 1].isspace():
        tail -= 1
    if credited and head == tail:
        return Trimmed(start, start, False)  # a credit on a line of its own
    return Trimmed(start + head, start + tail, is_post, credited=credited)
